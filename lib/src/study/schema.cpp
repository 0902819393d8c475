// The study JSON Schema, compiled in, applied with valijson to the YAML tree (as JSON).
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "study/yaml_tree.hpp"

namespace vclear {

std::string_view study_schema_text() {
  static constexpr std::string_view text =
#include "vclear_schema_text.inc"
      ;
  return text;
}

namespace detail {
namespace {

using nlohmann::json;

const json& schema_json() {
  static const json schema = json::parse(study_schema_text());
  return schema;
}

// Parsed once, on first use, so commands that never validate do not pay for it.
const valijson::Schema& compiled_schema() {
  static const std::unique_ptr<valijson::Schema> schema = [] {
    auto s = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(schema_json());
    parser.populateSchema(adapter, *s);
    return s;
  }();
  return *schema;
}

// Resolves "$ref": "#/definitions/x" (the schema only uses local references).
const json& resolve(const json& node) {
  const json* n = &node;
  for (int i = 0; i < 8 && n->is_object() && n->contains("$ref"); ++i) {
    const std::string ref = (*n)["$ref"].get<std::string>();
    n = &schema_json().at(json::json_pointer(ref.substr(1)));
  }
  return *n;
}

bool type_fits(const json& s, const json& value) {
  if (!s.contains("type") || !s["type"].is_string()) return value.is_object() && s.contains("properties");
  const std::string t = s["type"].get<std::string>();
  return (t == "object" && value.is_object()) || (t == "array" && value.is_array()) ||
         (t == "string" && value.is_string()) || (t == "boolean" && value.is_boolean()) ||
         (t == "null" && value.is_null()) || (t == "number" && value.is_number()) ||
         (t == "integer" && value.is_number());
}

// For "wells: 8 or [8, 8]" style alternatives: the alternative that describes `value`'s kind.
const json& alternative_for(const json& s, const json& value) {
  for (const char* key : {"oneOf", "anyOf"}) {
    if (!s.contains(key) || s.contains("properties")) continue;
    for (const json& alternative : s[key])
      if (type_fits(resolve(alternative), value)) return resolve(alternative);
  }
  return s;
}

// The subschema that describes the value at `tokens` (null when it cannot be told).
const json* subschema(const std::vector<std::string>& tokens, const json& instance) {
  const json* s = &resolve(schema_json());
  const json* v = &instance;
  for (const std::string& token : tokens) {
    s = &alternative_for(*s, *v);
    if (v->is_array()) {
      if (!s->contains("items")) return nullptr;
      s = &resolve((*s)["items"]);
      v = &(*v)[std::stoul(token)];
    } else if (v->is_object()) {
      if (!s->contains("properties") || !(*s)["properties"].contains(token)) return nullptr;
      s = &resolve((*s)["properties"][token]);
      v = &(*v)[token];
    } else {
      return nullptr;
    }
  }
  return s;
}

std::string found_text(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "nothing (null)";
    case json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    case json::value_t::string: {
      std::string s = value.get<std::string>();
      if (s.size() > 40) s = s.substr(0, 37) + "...";
      return fmt::format("the text \"{}\"", s);
    }
    case json::value_t::array: return fmt::format("a list of {} items", value.size());
    case json::value_t::object: return "a mapping";
    default: return value.dump();
  }
}

std::string type_name(const std::string& t) {
  if (t == "object") return "a mapping";
  if (t == "array") return "a list";
  if (t == "integer") return "a whole number";
  if (t == "number") return "a number";
  if (t == "string") return "a text";
  if (t == "boolean") return "true or false";
  if (t == "null") return "null (not countable)";
  return t;
}

std::string number_text(double x) { return fmt::format("{}", x); }

// What the schema expects at a node, in words: "a number > 0", "one of: n-1, n", ...
std::string expectation(const json& s) {
  for (const char* key : {"oneOf", "anyOf"}) {
    if (!s.contains(key) || s.contains("properties")) continue;
    std::vector<std::string> words;
    for (const json& alternative : s[key]) {
      const json& a = resolve(alternative);
      const bool list_of_previous = a.value("type", json()) == "array" && a.contains("items") &&
                                    !words.empty() && expectation(resolve(a["items"])) == words.back();
      words.push_back(list_of_previous ? "a list of them" : expectation(a));
    }
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i)
      text += (i == 0 ? "" : i + 1 == words.size() ? ", or " : ", ") + words[i];
    return text;
  }
  if (s.contains("const")) return fmt::format("exactly {}", s["const"].dump());
  if (s.contains("enum")) {
    std::string list;
    for (const json& e : s["enum"]) list += (list.empty() ? "" : ", ") + (e.is_string() ? e.get<std::string>() : e.dump());
    return "one of: " + list;
  }
  std::string text = s.contains("type") && s["type"].is_string() ? type_name(s["type"].get<std::string>()) : "a value";
  if (s.contains("exclusiveMinimum")) text += " > " + number_text(s["exclusiveMinimum"].get<double>());
  else if (s.contains("minimum")) text += " >= " + number_text(s["minimum"].get<double>());
  if (s.contains("exclusiveMaximum")) text += " and < " + number_text(s["exclusiveMaximum"].get<double>());
  else if (s.contains("maximum")) text += " and <= " + number_text(s["maximum"].get<double>());
  if (s.contains("minItems")) text += fmt::format(" with at least {} item{}", s["minItems"].get<int>(), s["minItems"].get<int>() == 1 ? "" : "s");
  if (s.contains("pattern")) text += " of the form YYYY-MM-DD";
  if (s.contains("minLength") && s["minLength"].get<int>() > 0) text += " (not empty)";
  return text;
}

std::string keys_of(const json& mapping) {
  std::string keys;
  for (const auto& item : mapping.items()) keys += (keys.empty() ? "" : ", ") + item.key();
  return keys.empty() ? "none" : keys;
}

std::string pointer_of(const std::vector<std::string>& tokens) {
  std::string p;
  for (const std::string& t : tokens) {
    p += "/";
    for (char c : t) p += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  }
  return p;
}

// valijson's context ["<root>", "[steps]", "[0]", ...] → tokens.
std::vector<std::string> tokens_of(const std::vector<std::string>& context) {
  std::vector<std::string> tokens;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& c = context[i];
    tokens.push_back(c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c);
  }
  return tokens;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// The name a user knows a node by: its key, or for a list item the singular of the list's key.
std::string name_of(const std::vector<std::string>& tokens) {
  static const std::map<std::string, std::string> singular = {
      {"runs", "run"}, {"steps", "step"}, {"viruses", "virus"}, {"fractions", "fraction"},
      {"timecourse", "time point"}, {"plaques", "plaque row"},
      {"dilutions", "dilution"}, {"positive", "positive count"}, {"size_nm", "size_nm value"}};
  const auto is_index = [](const std::string& t) { return !t.empty() && std::all_of(t.begin(), t.end(), ::isdigit); };
  int indices = 0;
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it, ++indices) {
    if (is_index(*it)) continue;
    if (*it == "plaques" && indices == 2) return "plaque count";
    if (indices > 0 && singular.count(*it)) return singular.at(*it);
    return *it;
  }
  return "the study";
}

class ErrorWriter {
 public:
  ErrorWriter(const YamlTree& tree, std::vector<Diagnostic>& out) : tree_(tree), out_(out) {}

  void unknown_keys(const std::vector<std::string>& tokens, const json& value, const json& s) {
    if (!value.is_object() || !s.contains("properties")) return;
    std::vector<std::string> known;
    for (const auto& [k, _] : s["properties"].items()) known.push_back(k);
    for (const auto& [key, _] : value.items()) {
      if (s["properties"].contains(key)) continue;
      std::string hint;
      std::size_t best = 3;
      for (const std::string& k : known)
        if (const std::size_t d = edit_distance(key, k); d < best) best = d, hint = k;
      std::string list;
      for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
      std::vector<std::string> child = tokens;
      child.push_back(key);
      emit(tree_.key_at(pointer_of(child)),
           hint.empty() ? fmt::format("unknown key '{}' in {}; expected one of: {}", key, name_of(tokens), list)
                        : fmt::format("unknown key '{}' in {}; did you mean '{}'? (expected one of: {})", key,
                                      name_of(tokens), hint, list));
    }
  }

  void emit(const Location& where, std::string message) {
    if (!seen_.insert({where.line, where.column, message}).second) return;
    out_.push_back({where, Severity::error, "schema", std::move(message)});
  }

 private:
  const YamlTree& tree_;
  std::vector<Diagnostic>& out_;
  std::set<std::tuple<int, int, std::string>> seen_;
};

}  // namespace

bool validate_schema(const YamlTree& tree, const std::string& file, std::vector<Diagnostic>& out) {
  if (!tree.root.is_object()) {
    out.push_back({tree.value_at(""), Severity::error, "schema",
                   fmt::format("expected a mapping with the keys vclear, study, viruses and steps, found {}",
                               tree.root.is_null() ? "an empty document" : found_text(tree.root))});
    return false;
  }
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(tree.root);
  if (validator.validate(compiled_schema(), target, &results)) return true;

  // Keep the most specific errors: drop those whose node has a deeper error below it.
  std::map<std::vector<std::string>, std::vector<std::string>> by_node;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) by_node[tokens_of(error.context)].push_back(error.description);
  ErrorWriter writer(tree, out);
  for (const auto& [tokens, descriptions] : by_node) {
    bool has_deeper = false;
    for (const auto& [other, _] : by_node)
      if (other.size() > tokens.size() && std::equal(tokens.begin(), tokens.end(), other.begin())) {
        has_deeper = true;
        break;
      }
    const json::json_pointer pointer(pointer_of(tokens));
    const json& value = tree.root.at(pointer);
    const json* s = subschema(tokens, tree.root);
    const Location& where = tree.value_at(pointer_of(tokens));
    const std::string name = name_of(tokens);
    bool unknown_key = false, one_of = false, missing = false;
    std::string dependency;
    for (const std::string& d : descriptions) {
      unknown_key = unknown_key || d.find("additional properties") != std::string::npos ||
                    d.find("could not be validated using") != std::string::npos;
      one_of = one_of || d.find("exactly one") != std::string::npos || d.find("oneOf") != std::string::npos ||
               d.find("anyOf") != std::string::npos || d.find("any child schemas") != std::string::npos;
      missing = missing || d.rfind("Missing", 0) == 0;
      if (d.rfind("Missing dependency '", 0) == 0) dependency = d.substr(20, d.find('\'', 20) - 20);
    }
    if (unknown_key && s) {
      writer.unknown_keys(tokens, value, *s);
      continue;  // a misspelt key also fails the required keys and forms: the typo is the finding
    }
    // A list item's own error (wells: [8, 0] → the 0) says more than its list's alternatives.
    if (has_deeper && (!(missing || one_of) || !value.is_object())) continue;
    if (!dependency.empty()) {
      writer.emit(where, fmt::format("{} is missing '{}', which goes with the keys given", name, dependency));
      continue;
    }
    if (s && one_of && value.is_object() && s->contains("properties") && s->contains("anyOf")) {
      std::string needed;
      for (const json& alternative : (*s)["anyOf"])
        for (const json& key : alternative.value("required", json::array()))
          needed += (needed.empty() ? "'" : "' or '") + key.get<std::string>();
      writer.emit(where, fmt::format("{} needs {}'; found the keys {}", name, needed, keys_of(value)));
      continue;
    }
    if (s && one_of && value.is_object() && s->contains("properties") && s->contains("oneOf")) {
      const std::string keys = keys_of(value);
      std::string expected = s->value("description", std::string("one of the allowed forms"));
      expected[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(expected[0])));
      if (!expected.empty() && expected.back() == '.') expected.pop_back();
      writer.emit(where, fmt::format("{}: expected {}; found {}", name, expected,
                                     keys == "none" ? "an empty mapping" : "the keys " + keys));
      continue;
    }
    for (const std::string& d : descriptions) {
      if (d.rfind("Missing required property '", 0) == 0) {
        const std::size_t a = d.find('\''), b = d.find('\'', a + 1);
        writer.emit(where, fmt::format("{} is missing the required key '{}'", name, d.substr(a + 1, b - a - 1)));
      } else if (d.find("could not be validated") != std::string::npos || d.find("additional properties") != std::string::npos ||
                 d.find("Failed to validate") != std::string::npos || d.find("Cannot validate") != std::string::npos) {
        // reported through a more specific message
      } else if (s) {
        const bool quotable = s->value("type", json()) == "string" && (value.is_number() || value.is_boolean());
        writer.emit(where, fmt::format("{} must be {}; found {}{}", name, expectation(*s), found_text(value),
                                       quotable ? " (put it in quotes to make it text)" : ""));
      } else {
        writer.emit(where, fmt::format("{}: {}", name, d));
      }
    }
  }
  if (out.empty() || std::none_of(out.begin(), out.end(), [](const Diagnostic& d) { return d.rule == "schema"; }))
    out.push_back({tree.value_at(""), Severity::error, "schema", "the study does not match the study schema"});
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  (void)file;
  return false;
}

}  // namespace detail
}  // namespace vclear
