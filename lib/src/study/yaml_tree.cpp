// YAML text → JSON with marks, refusing what a study file must never contain (domain.md §6 "yaml").
#include "study/yaml_tree.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cctype>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace vclear::detail {
namespace {

using nlohmann::json;

struct Failure {
  Location where;
  std::string message;
};

Location location_of(const std::string& file, std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {file, line, column};
}

// Binary junk and invalid UTF-8 are refused before the parser sees them.
void check_bytes(std::string_view text, const std::string& file) {
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
        throw Failure{location_of(file, text, i),
                      fmt::format("binary data (control byte 0x{:02x}); a study file is UTF-8 text", c)};
      ++i;
      continue;
    }
    const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    bool valid = length > 0 && i + length <= text.size() && c != 0xC0 && c != 0xC1 && c <= 0xF4;
    for (int k = 1; valid && k < length; ++k)
      valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!valid)
      throw Failure{location_of(file, text, i),
                    fmt::format("invalid UTF-8 (byte 0x{:02x}); a study file is UTF-8 text", c)};
    i += length;
  }
}

// yaml-cpp's parser recurses on nesting, so deep documents are refused before parsing: flow
// brackets are counted outside quotes and comments, block nesting is bounded by indentation.
void check_nesting(std::string_view text, const std::string& file, const LoadLimits& limits) {
  int depth = 0;
  char quote = 0;
  std::size_t line_start = 0;
  bool at_line_start = true;
  // A flow collection or quoted scalar just closed in block context: ',' cannot follow it, and
  // yaml-cpp 0.7 loops forever when it does at the top level ("'a',"), so it is refused here.
  bool just_closed = false;
  const std::size_t max_indent = static_cast<std::size_t>(limits.max_depth) * 16;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      line_start = i + 1;
      at_line_start = true;
      just_closed = false;
      continue;
    }
    if (at_line_start && c != ' ') {
      at_line_start = false;
      if (i - line_start > max_indent)
        throw Failure{location_of(file, text, i),
                      fmt::format("nesting too deep: indentation of {} columns exceeds the limit of {} "
                                  "levels", i - line_start, limits.max_depth)};
    }
    if (quote) {
      if (c == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;
        } else {
          quote = 0;
          just_closed = depth == 0;
        }
      } else if (c == '\\' && quote == '"') {
        ++i;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (just_closed && c == ',')
      throw Failure{location_of(file, text, i),
                    "invalid YAML: ',' after a complete value outside a flow collection"};
    just_closed = false;
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      continue;
    }
    if ((c == '"' || c == '\'') && (depth > 0 || i == 0 || std::string_view(" \t\n:-[{,?").find(text[i - 1]) != std::string_view::npos))
      quote = c;
    else if (c == '[' || c == '{') {
      std::size_t k = i;
      while (k > line_start && text[k - 1] == ' ') --k;
      const bool opens = depth > 0 || k == line_start || std::string_view(":-,[{?").find(text[k - 1]) != std::string_view::npos;
      if (opens && ++depth > limits.max_depth)
        throw Failure{location_of(file, text, i),
                      fmt::format("nesting too deep: more than {} nested brackets", limits.max_depth)};
    } else if ((c == ']' || c == '}') && depth > 0) {
      just_closed = --depth == 0;
    }
  }
}

// One document per file, checked on the text: yaml-cpp's LoadAll loops forever (allocating)
// on some malformed input such as ",x" or "'a',", so only the first document is ever parsed
// (YAML::Load), and a second one is refused here. A document whose first token is ',' (which
// YAML forbids) is refused too, with a clearer message than the parser's.
void check_documents(std::string_view text, const std::string& file) {
  bool document_start = true, content_seen = false, ended = false;
  std::size_t line_start = 0;
  auto is_marker = [](std::string_view line, const char* marker) {
    return line.substr(0, 3) == marker && (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r');
  };
  while (line_start < text.size()) {
    std::size_t end = text.find('\n', line_start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(line_start, end - line_start);
    std::size_t first = line.find_first_not_of(" \t\r");
    std::string_view content = first == std::string_view::npos ? std::string_view() : line.substr(first);
    if (is_marker(line, "---")) {
      if (content_seen || ended)
        throw Failure{location_of(file, text, line_start), "more than one YAML document (---); a study file holds exactly one"};
      document_start = true;
      const std::size_t rest = line.find_first_not_of(" \t\r", 3);
      first = rest;
      content = rest == std::string_view::npos ? std::string_view() : line.substr(rest);
    } else if (is_marker(line, "...")) {
      ended = ended || content_seen;
      content = {};
    }
    if (!content.empty() && content[0] != '#' && !(document_start && !content_seen && content[0] == '%')) {
      if (ended)
        throw Failure{location_of(file, text, line_start + first), "content after the end of the document (...)"};
      if (!content_seen && content[0] == ',')
        throw Failure{location_of(file, text, line_start + first),
                      "invalid YAML: a document cannot start with ',' (a flow indicator)"};
      content_seen = true;
      document_start = false;
    }
    line_start = end + 1;
  }
}

std::string escape_pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

// Plain-scalar number forms of the YAML 1.2 core schema: [-+]?[0-9]+ and
// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
enum class NumberForm { none, integer, real };

NumberForm number_form(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t digits = 0, fraction = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
  bool real = false;
  if (i < s.size() && s[i] == '.') {
    real = true;
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++fraction;
  }
  if (digits == 0 && fraction == 0) return NumberForm::none;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    real = true;
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t exponent = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++exponent;
    if (exponent == 0) return NumberForm::none;
  }
  if (i != s.size()) return NumberForm::none;
  return real ? NumberForm::real : NumberForm::integer;
}

// Counts the values a document expands to, aliases included, without expanding them: an aliased
// node is the same node each time (same position), so its size is computed once. This refuses an
// alias bomb in microseconds instead of building it.
class ExpansionCounter {
 public:
  ExpansionCounter(const std::string& file, const LoadLimits& limits) : file_(file), limits_(limits) {}

  std::size_t count(const YAML::Node& node, int depth) {
    if (depth > limits_.max_depth) fail(node, fmt::format("nesting too deep: more than {} levels", limits_.max_depth));
    if (!node.IsMap() && !node.IsSequence()) return 1;
    const int position = node.Mark().pos;
    if (const auto it = sizes_.find(position); it != sizes_.end()) return it->second;
    std::size_t total = 1;
    for (const auto& entry : node) {
      if (node.IsMap()) total += count(entry.first, depth + 1) + count(entry.second, depth + 1);
      else total += count(entry, depth + 1);
      if (total > limits_.max_nodes)
        fail(node, fmt::format("too many values: the document expands to more than {} values (aliases "
                               "included)", limits_.max_nodes));
    }
    sizes_.emplace(position, total);
    return total;
  }

 private:
  [[noreturn]] void fail(const YAML::Node& node, std::string message) const {
    const YAML::Mark m = node.Mark();
    throw Failure{{file_, m.line + 1, m.column + 1}, std::move(message)};
  }

  const std::string& file_;
  const LoadLimits& limits_;
  std::unordered_map<int, std::size_t> sizes_;
};

class Converter {
 public:
  Converter(const std::string& file, const LoadLimits& limits, YamlTree& tree)
      : file_(file), limits_(limits), tree_(tree) {}

  json convert(const YAML::Node& node, const std::string& pointer, int depth) {
    if (++nodes_ > limits_.max_nodes)
      throw Failure{mark(node), fmt::format("too many nodes: the document expands to more than {} "
                                            "values (aliases included)", limits_.max_nodes)};
    if (depth > limits_.max_depth)
      throw Failure{mark(node), fmt::format("nesting too deep: more than {} levels", limits_.max_depth)};
    tree_.value_marks.emplace(pointer, mark(node));
    switch (node.Type()) {
      case YAML::NodeType::Null: return nullptr;
      case YAML::NodeType::Scalar: return scalar(node);
      case YAML::NodeType::Sequence: {
        json array = json::array();
        std::size_t index = 0;
        for (const YAML::Node& item : node)
          array.push_back(convert(item, pointer + "/" + std::to_string(index++), depth + 1));
        return array;
      }
      case YAML::NodeType::Map: {
        json object = json::object();
        std::unordered_map<std::string, Location> seen;
        for (const auto& entry : node) {
          const YAML::Node& key = entry.first;
          if (!key.IsScalar())
            throw Failure{mark(key), "a mapping key must be a plain name, not a list or mapping"};
          const std::string name = key.Scalar();
          const Location key_mark = mark(key);
          if (const auto first = seen.find(name); first != seen.end())
            throw Failure{key_mark, fmt::format("duplicate key '{}' (first at line {}); each key may "
                                                "appear once in a mapping", name, first->second.line)};
          seen.emplace(name, key_mark);
          const std::string child = pointer + "/" + escape_pointer_token(name);
          tree_.key_marks.emplace(child, key_mark);
          object[name] = convert(entry.second, child, depth + 1);
        }
        return object;
      }
      case YAML::NodeType::Undefined: break;
    }
    return nullptr;
  }

 private:
  Location mark(const YAML::Node& node) const {
    const YAML::Mark m = node.Mark();
    return {file_, m.line + 1, m.column + 1};
  }

  // YAML 1.2 core schema for plain scalars; quoted scalars (tag "!") and !!str stay text.
  json scalar(const YAML::Node& node) const {
    const std::string& text = node.Scalar();
    const std::string& tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str") return text;
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
    const NumberForm form = number_form(text);
    if (form == NumberForm::integer) {
      errno = 0;
      const long long value = std::strtoll(text.c_str(), nullptr, 10);
      if (errno != ERANGE) return value;
    }
    if (form != NumberForm::none) {
      const double value = std::strtod(text.c_str(), nullptr);
      if (!std::isfinite(value))
        throw Failure{mark(node), fmt::format("the number {} is out of range", text)};
      return value;
    }
    std::string lower = text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == ".nan" || lower == ".inf" || lower == "+.inf" || lower == "-.inf")
      throw Failure{mark(node), fmt::format("{} is not a usable number; every value must be finite", text)};
    return text;
  }

  const std::string& file_;
  const LoadLimits& limits_;
  YamlTree& tree_;
  std::size_t nodes_ = 0;
};

// yaml-cpp's messages, made readable, with a hint where the usual mistake is known.
// yaml-cpp's own wording (ErrorMsg), as a user would say it; the parser's text is the fallback.
std::string readable(const std::string& msg) {
  namespace M = YAML::ErrorMsg;
  static const std::unordered_map<std::string, std::string> words = {
      {M::TAB_IN_INDENTATION, "a tab character in the indentation; YAML indentation must use spaces"},
      {M::END_OF_MAP_FLOW, "a '{' mapping is not closed with '}'"},
      {M::END_OF_SEQ_FLOW, "a '[' list is not closed with ']'"},
      {M::END_OF_MAP, "the indentation does not line up: this line is not aligned with the keys of its mapping"},
      {M::END_OF_SEQ, "the indentation does not line up: this line is not aligned with the items of its list"},
      {M::MAP_VALUE, "unexpected ':' here; a value cannot be 'key: value' on the same line (indent it on "
                     "its own line, or quote the text)"},
      {M::MAP_KEY, "unexpected key here; check the indentation"},
      {M::BLOCK_ENTRY, "unexpected list item '-' here; check the indentation"},
      {M::FLOW_END, "a closing ']' or '}' without its opening '[' or '{'"},
      {M::UNKNOWN_ANCHOR, "an alias (*name) refers to an anchor (&name) that is not defined before it"},
      {M::EOF_IN_SCALAR, "a quoted text is not closed before the end of the file"},
      {M::DOC_IN_SCALAR, "a document marker (--- or ...) inside a text"},
      {M::UNKNOWN_TOKEN, "unexpected character"},
      {M::BAD_FILE, "nesting too deep for the YAML parser"}};
  if (const auto it = words.find(msg); it != words.end()) return it->second;
  if (msg.rfind(M::INVALID_ESCAPE, 0) == 0)
    return "unknown escape '\\" + msg.substr(std::string(M::INVALID_ESCAPE).size()) +
           "' in a double-quoted text (write '\\\\' for a backslash, or use single quotes)";
  return msg;
}

std::string parser_message(const YAML::ParserException& e, std::string_view text) {
  std::string message = "invalid YAML: " + readable(e.msg);
  std::size_t line = 0, i = 0;
  while (i < text.size() && line < static_cast<std::size_t>(e.mark.line))
    if (text[i++] == '\n') ++line;
  std::size_t end = text.find('\n', i);
  const std::string_view row = text.substr(i, end == std::string_view::npos ? text.size() - i : end - i);
  if (row.find('\t') != std::string_view::npos && e.msg != YAML::ErrorMsg::TAB_IN_INDENTATION)
    message += " (the line holds a tab character: YAML indentation must use spaces)";
  return message;
}

}  // namespace

const Location& YamlTree::value_at(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    if (const auto it = value_marks.find(p); it != value_marks.end()) return it->second;
    if (p.empty()) break;
    p.erase(p.rfind('/'));
  }
  static const Location nowhere;
  return nowhere;
}

const Location& YamlTree::key_at(const std::string& pointer) const {
  if (const auto it = key_marks.find(pointer); it != key_marks.end()) return it->second;
  return value_at(pointer);
}

std::optional<YamlTree> parse_yaml_tree(std::string_view text, const std::string& file,
                                        const LoadLimits& limits, std::vector<Diagnostic>& out) {
  try {
    if (text.size() > limits.max_bytes)
      throw Failure{{file, 1, 1}, fmt::format("the file is {} bytes; the limit is {} bytes", text.size(),
                                              limits.max_bytes)};
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    check_bytes(text, file);
    check_nesting(text, file, limits);
    check_documents(text, file);
    YAML::Node document;
    try {
      document = YAML::Load(std::string(text));
    } catch (const YAML::ParserException& e) {
      throw Failure{{file, e.mark.line + 1, e.mark.column + 1}, parser_message(e, text)};
    }
    YamlTree tree;
    if (!document || document.IsNull()) {
      tree.root = nullptr;
      tree.value_marks.emplace("", Location{file, 1, 1});
      return tree;
    }
    // Without an anchor ('&') there is no alias, and the conversion's own node count is the bound.
    if (text.find('&') != std::string_view::npos) ExpansionCounter(file, limits).count(document, 0);
    Converter converter(file, limits, tree);
    tree.root = converter.convert(document, "", 0);
    return tree;
  } catch (const Failure& f) {
    out.push_back({f.where, Severity::error, "yaml", f.message});
  } catch (const YAML::Exception& e) {
    // Exceptions outside parsing may carry yaml-cpp's null mark (-1): point at the file's start then.
    out.push_back({{file, std::max(e.mark.line, 0) + 1, std::max(e.mark.column, 0) + 1}, Severity::error, "yaml",
                   "invalid YAML: " + readable(e.msg)});
  }
  return std::nullopt;
}

}  // namespace vclear::detail
