// The study schema and its messages: a valid study passes; typical mistakes are reported once, at
// the offending node's own line and column, in words a user can act on.
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>
#include <tuple>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "study/yaml_tree.hpp"

using namespace vclear;
using namespace vclear::detail;

namespace {

// Line numbers below refer to this text (line 1 is "vclear: 1").
const std::string minimal_study =
    "vclear: 1\n"
    "study: {id: T-1, title: Test, product: Test product}\n"
    "viruses:\n"
    "  - {id: X-MuLV, catalogue: X-MuLV}\n"
    "steps:\n"
    "  - id: aex\n"
    "    name: Anion exchange\n"
    "    type: removal\n"
    "    runs:\n"
    "      - id: r1\n"
    "        virus: X-MuLV\n"
    "        load: {volume_ml: 100, titer: {log10: 7.0, ci95: 0.3}}\n"
    "        output: {volume_ml: 100, titer: {log10: 3.0, ci95: 0.3}}\n";

std::string with(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Schema diagnostics of `text`, which must be well-formed YAML.
std::vector<Diagnostic> schema_errors(const std::string& text) {
  std::vector<Diagnostic> out;
  const auto tree = parse_yaml_tree(text, "s.yaml", {}, out);
  REQUIRE(tree);
  REQUIRE(out.empty());
  CHECK_FALSE(validate_schema(*tree, "s.yaml", out));
  return out;
}

void check_single(const std::vector<Diagnostic>& out, int line, int column, const std::string& words) {
  INFO((out.empty() ? std::string("no diagnostic") : format_gcc(out.front())));
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "schema");
  CHECK(out[0].severity == Severity::error);
  CHECK(out[0].where.file == "s.yaml");
  CHECK(out[0].where.line == line);
  CHECK(out[0].where.column == column);
  CHECK(out[0].message.find(words) != std::string::npos);
}

}  // namespace

TEST_CASE("a minimal study is valid", "[study][schema]") {
  std::vector<Diagnostic> out;
  const auto tree = parse_yaml_tree(minimal_study, "s.yaml", {}, out);
  REQUIRE(tree);
  CHECK(validate_schema(*tree, "s.yaml", out));
  CHECK(out.empty());
}

TEST_CASE("every documented form is valid", "[study][schema]") {
  const std::string full = with(with(minimal_study, "study: {id: T-1,", "study: {date: 2026-02-28, id: T-1,"),
                                "steps:\n",
                                "settings: {sk_variance: n, replicate_rule: mean, min_countable_lrv: 0, "
                                "lod_confidence: 0.99}\n"
                                "safety_margin: {virus: X-MuLV, particles_per_ml: 1.0e6, bulk_ml_per_dose: 1000, "
                                "target_per_dose: 1.0e-6}\n"
                                "steps:\n") +
                           "      - id: r2\n"
                           "        virus: X-MuLV\n"
                           "        reference: hold\n"
                           "        hold: {volume_ml: 50, titer: {log10_max: 1.2}}\n"
                           "        load: {volume_ml: 50, titer: {tcid50: {inoculum_ml: 0.1, dilutions: [-1, -2], "
                           "wells: [8, 8], positive: [8, 3], method: poisson-ml, "
                           "large_volume: {volume_ml: 10, wells: 100, positive: 0}}}}\n"
                           "        output: {fractions: [{name: ft, volume_ml: 40, titer: {plaque: {inoculum_ml: 1, "
                           "dilutions: [-3, -4], plaques: [[112, null], [12, 9]]}}}, {name: wash, volume_ml: 15, "
                           "titer: {large_volume: {volume_ml: 10, wells: 100, positive: 0}}}]}\n"
                           "        timecourse: [{minutes: 0, titer: {log10: 5, ci95: 0.2}}]\n";
  std::vector<Diagnostic> out;
  const auto tree = parse_yaml_tree(full, "s.yaml", {}, out);
  REQUIRE(tree);
  const bool valid = validate_schema(*tree, "s.yaml", out);
  INFO((out.empty() ? std::string() : format_gcc(out.front())));
  CHECK(valid);
}

TEST_CASE("typical mistakes are located and explained", "[study][schema]") {
  SECTION("a misspelt key points at the key and suggests the right one") {
    check_single(schema_errors(with(minimal_study, "output: {volume_ml", "output: {volum_ml")), 13, 18,
                 "unknown key 'volum_ml' in output; did you mean 'volume_ml'?");
  }
  SECTION("an unknown key far from any known one lists the keys allowed") {
    const auto out = schema_errors(minimal_study + "colour: blue\n");
    check_single(out, 14, 1, "unknown key 'colour' in the study; expected one of: ");
    CHECK(out[0].message.find("did you mean") == std::string::npos);
  }
  SECTION("text where a number belongs") {
    check_single(schema_errors(with(minimal_study, "output: {volume_ml: 100", "output: {volume_ml: abc")), 13, 29,
                 "volume_ml must be a number > 0; found the text \"abc\"");
  }
  SECTION("a zero volume") {
    check_single(schema_errors(with(minimal_study, "load: {volume_ml: 100", "load: {volume_ml: 0")), 12, 27,
                 "volume_ml must be a number > 0; found 0");
  }
  SECTION("two titer forms at once") {
    check_single(schema_errors(with(minimal_study, "{log10: 3.0, ci95: 0.3}", "{log10_max: 1, log10: 3.0, ci95: 0.3}")),
                 13, 41, "expected exactly one titer form: {log10, ci95}, {log10_max}, tcid50, plaque or large_volume");
  }
  SECTION("no titer form") {
    check_single(schema_errors(with(minimal_study, "{log10: 3.0, ci95: 0.3}", "{}")), 13, 41,
                 "exactly one titer form");
  }
  SECTION("a reported titer without its confidence interval") {
    check_single(schema_errors(with(minimal_study, "{log10: 3.0, ci95: 0.3}", "{log10: 3.0}")), 13, 41,
                 "titer is missing 'ci95'");
  }
  SECTION("a misspelt enum value") {
    check_single(schema_errors(with(minimal_study, "type: removal", "type: removel")), 8, 11,
                 "type must be one of: removal, inactivation; found the text \"removel\"");
  }
  SECTION("a wrong format version") {
    check_single(schema_errors(with(minimal_study, "vclear: 1", "vclear: 2")), 1, 9, "vclear must be exactly 1");
  }
  SECTION("a missing required key is reported on its mapping") {
    check_single(schema_errors(with(minimal_study, "title: Test, ", "")), 2, 8,
                 "study is missing the required key 'title'");
  }
  SECTION("a run with neither output nor time course") {
    check_single(schema_errors(with(minimal_study, "        output: {volume_ml: 100, titer: {log10: 3.0, ci95: 0.3}}\n", "")),
                 10, 9, "run needs 'output' or 'timecourse'");
  }
  SECTION("a confidence level outside (0, 1)") {
    check_single(schema_errors(with(minimal_study, "viruses:\n", "settings: {lod_confidence: 1}\nviruses:\n")), 3, 28,
                 "lod_confidence must be a number > 0 and < 1; found 1");
  }
  SECTION("a zero in a list of wells is reported at the item") {
    check_single(schema_errors(with(minimal_study, "{log10: 3.0, ci95: 0.3}",
                                    "{tcid50: {inoculum_ml: 0.1, dilutions: [-1, -2], wells: [8, 0], positive: [8, 2]}}")),
                 13, 101, "wells must be a whole number >= 1");
  }
  SECTION("a single well count of zero names both allowed forms") {
    check_single(schema_errors(with(minimal_study, "{log10: 3.0, ci95: 0.3}",
                                    "{tcid50: {inoculum_ml: 0.1, dilutions: [-1, -2], wells: 0, positive: [8, 2]}}")),
                 13, 97, "or a list of them; found 0");
  }
  SECTION("a negative plaque count") {
    check_single(schema_errors(with(minimal_study, "{log10: 3.0, ci95: 0.3}",
                                    "{plaque: {inoculum_ml: 1, dilutions: [-3], plaques: [[5, -2]]}}")),
                 13, 98, "plaque count must be a whole number >= 0");
  }
  SECTION("a positive dilution is named as a dilution, at the item") {
    check_single(schema_errors(with(minimal_study, "{log10: 3.0, ci95: 0.3}",
                                    "{tcid50: {inoculum_ml: 0.1, dilutions: [-1, 2], wells: 8, positive: [8, 2]}}")),
                 13, 85, "dilution must be a number >= -100 and <= 0; found 2");
  }
  SECTION("a date that is not YYYY-MM-DD") {
    check_single(schema_errors(with(minimal_study, "study: {id: T-1,", "study: {date: 2026-13-01, id: T-1,")), 2,
                 15, "date must be a text of the form YYYY-MM-DD");
  }
  SECTION("a number used as an id says how to make it text") {
    check_single(schema_errors(with(minimal_study, "id: r1", "id: 12")), 10, 13,
                 "id must be a text (not empty); found 12 (put it in quotes");
  }
  SECTION("a single output mixed with fractions") {
    check_single(schema_errors(with(minimal_study, "output: {volume_ml: 100,",
                                    "output: {fractions: [{name: a, volume_ml: 1, titer: {log10_max: 1}}], volume_ml: 100,")),
                 13, 17, "output: expected either one sample {volume_ml, titer} or {fractions: [...]}");
  }
  SECTION("an empty list of viruses") {
    check_single(schema_errors("vclear: 1\nstudy: {id: T-1, title: Test, product: P}\nviruses: []\n" +
                               minimal_study.substr(minimal_study.find("steps:"))),
                 3, 10, "viruses must be a list with at least 1 item");
  }
  SECTION("a size range with one number") {
    check_single(schema_errors(with(minimal_study, "catalogue: X-MuLV}", "catalogue: X-MuLV, size_nm: [80]}")), 4,
                 46, "size_nm must be a list with at least 2 items");
  }
}

TEST_CASE("a document that is not a mapping is refused at 1:1", "[study][schema]") {
  for (const char* text : {"", "# only a comment\n", "- a\n- b\n", "just text\n"}) {
    INFO(text);
    std::vector<Diagnostic> out;
    const auto tree = parse_yaml_tree(text, "s.yaml", {}, out);
    REQUIRE(tree);
    CHECK_FALSE(validate_schema(*tree, "s.yaml", out));
    check_single(out, 1, 1, "expected a mapping with the keys vclear, study, viruses and steps");
  }
}

TEST_CASE("errors come once per node, sorted by line and column", "[study][schema]") {
  std::string text = with(minimal_study, "type: removal", "type: removel");
  text = with(text, "vclear: 1", "vclear: 3");
  text = with(text, "{log10: 3.0, ci95: 0.3}", "{log10_max: 1, log10: 3.0}");
  text += "stepz: []\n";
  const auto out = schema_errors(text);
  REQUIRE(out.size() == 4);
  CHECK(out[0].where.line == 1);
  CHECK(out[1].where.line == 8);
  CHECK(out[2].where.line == 13);
  CHECK(out[2].where.column == 41);
  CHECK(out[3].where.line == 14);
  for (std::size_t i = 1; i < out.size(); ++i)
    CHECK(std::tie(out[i - 1].where.line, out[i - 1].where.column) <
          std::tie(out[i].where.line, out[i].where.column));
}

TEST_CASE("validation is safe from several threads (the schema is compiled once)", "[study][schema]") {
  std::vector<Diagnostic> parse_out;
  const auto tree = parse_yaml_tree(minimal_study, "s.yaml", {}, parse_out);
  REQUIRE(tree);
  std::vector<int> valid(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < valid.size(); ++t)
    threads.emplace_back([&, t] {
      std::vector<Diagnostic> out;
      valid[t] = validate_schema(*tree, "s.yaml", out) && out.empty();
    });
  for (std::thread& thread : threads) thread.join();
  for (int v : valid) CHECK(v == 1);
}

TEST_CASE("the compiled-in schema is the schema file, draft-07, described and closed", "[study][schema]") {
  std::ifstream file(std::string(VCLEAR_SOURCE_DIR) + "/schemas/study.schema.json");
  std::stringstream on_disk;
  on_disk << file.rdbuf();
  CHECK(std::string(study_schema_text()) == on_disk.str());

  const nlohmann::json schema = nlohmann::json::parse(study_schema_text());
  CHECK(schema["$schema"] == "http://json-schema.org/draft-07/schema#");
  CHECK(schema["properties"]["vclear"]["const"] == 1);
  const nlohmann::json& definitions = schema["definitions"];
  const auto described = [&](const nlohmann::json& s) {
    if (s.contains("description")) return true;
    if (!s.contains("$ref")) return false;
    const std::string ref = s["$ref"].get<std::string>();
    return definitions.at(ref.substr(ref.rfind('/') + 1)).contains("description");
  };
  int mappings = 0;
  const std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& s,
                                                                                   const std::string& path) {
    if (s.is_array())
      for (std::size_t i = 0; i < s.size(); ++i) walk(s[i], path + "/" + std::to_string(i));
    if (!s.is_object()) return;
    if (s.contains("properties")) {
      ++mappings;
      INFO(path);
      CHECK(s.value("additionalProperties", true) == false);
      for (const auto& [key, property] : s["properties"].items()) {
        INFO(key);
        CHECK(described(property));
      }
    }
    for (const auto& [key, child] : s.items()) walk(child, path + "/" + key);
  };
  walk(schema, "");
  CHECK(mappings >= 14);
}
