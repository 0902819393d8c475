// `vclear check`: exit codes, directories, input order, and the four output formats.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

std::string check_data(const std::string& name) { return std::string(VCLEAR_TEST_DATA) + "/check/" + name; }

std::string quoted(const std::string& path) { return "'" + path + "'"; }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(text.substr(start, end - start));
  return lines;
}

}  // namespace

TEST_CASE("check: exit 0 on a clean file, 0 with warnings, 1 with warnings under --strict", "[cli]") {
  const Ran clean = run_vclear("check " + quoted(check_data("clean.yaml")));
  CHECK(clean.exit_code == 0);
  CHECK(clean.out.empty());
  CHECK(clean.err == "1 file checked: 0 errors, 0 warnings, 0 notes\n");
  CHECK(run_vclear("check --strict " + quoted(check_data("clean.yaml"))).exit_code == 0);

  const Ran warned = run_vclear("check " + quoted(check_data("spike_ratio.yaml")));
  CHECK(warned.exit_code == 0);
  CHECK(warned.out == check_data("spike_ratio.yaml") + ":16:19: warning: run 'r1' spikes 15 mL into a 100 mL load "
                                                      "(15.0 % v/v); the spike should be at most 10 % so the load "
                                                      "stays representative of the process: use a smaller volume "
                                                      "of a more concentrated stock [spike-ratio]\n");
  CHECK(warned.err == "1 file checked: 0 errors, 1 warning, 0 notes\n");
  CHECK(run_vclear("check --strict " + quoted(check_data("spike_ratio.yaml"))).exit_code == 1);
  // Notes never fail a check, not even under --strict.
  CHECK(run_vclear("check --strict " + quoted(check_data("negligible.yaml"))).exit_code == 0);
}

TEST_CASE("check: exit 1 on errors, with the error located", "[cli]") {
  const std::string dir = temp_dir();
  write_text(dir + "/bad.yaml", "vclear: 1\nstudy: {id: x, title: t, product: p}\nviruses: []\nsteps: []\n");
  const Ran ran = run_vclear("check " + quoted(dir + "/bad.yaml"));
  CHECK(ran.exit_code == 1);
  const std::vector<std::string> lines = lines_of(ran.out);
  REQUIRE(lines.size() == 2);  // the empty viruses and steps lists, each at its value
  CHECK_THAT(lines[0], StartsWith(dir + "/bad.yaml:3:10: error: viruses") && EndsWith("[schema]"));
  CHECK_THAT(lines[1], StartsWith(dir + "/bad.yaml:4:8: error: steps") && EndsWith("[schema]"));
  CHECK(ran.err == "1 file checked: 2 errors, 0 warnings, 0 notes\n");
  std::filesystem::remove_all(dir);
}

TEST_CASE("check: a missing path exits 2 but the other files are still checked and printed", "[cli]") {
  const std::string missing = check_data("no-such-study.yaml");
  const Ran ran = run_vclear("check " + quoted(check_data("spike_ratio.yaml")) + " " + quoted(missing) + " " +
                             quoted(check_data("hold_loss.yaml")));
  CHECK(ran.exit_code == 2);
  const std::vector<std::string> lines = lines_of(ran.out);
  REQUIRE(lines.size() == 3);
  CHECK_THAT(lines[0], Contains("[spike-ratio]"));
  CHECK_THAT(lines[1], StartsWith(missing + ": error: cannot read") && EndsWith("[io]"));
  CHECK_THAT(lines[2], Contains("[hold-loss]"));
  CHECK(ran.err == "2 files checked: 1 error, 2 warnings, 0 notes\n");
}

TEST_CASE("check: directories are searched recursively for *.yaml and *.yml, in sorted order", "[cli]") {
  namespace fs = std::filesystem;
  const std::string dir = temp_dir();
  fs::create_directories(dir + "/b/deeper");
  fs::create_directories(dir + "/a");
  fs::copy_file(check_data("kinetics.yaml"), dir + "/b/deeper/k.yml");
  fs::copy_file(check_data("replicates.yaml"), dir + "/b/r.yaml");
  fs::copy_file(check_data("spike_ratio.yaml"), dir + "/a/s.yaml");
  fs::copy_file(check_data("hold_loss.yaml"), dir + "/a/notes.txt");  // not a study file: ignored
  fs::create_directories(dir + "/empty");
  const Ran ran = run_vclear("check " + quoted(dir + "/b") + " " + quoted(dir + "/a") + " " + quoted(dir + "/empty"));
  CHECK(ran.exit_code == 0);
  const std::vector<std::string> lines = lines_of(ran.out);
  REQUIRE(lines.size() == 3);
  // Input paths keep their order; inside each directory the files are sorted.
  CHECK_THAT(lines[0], StartsWith(dir + "/b/deeper/k.yml:26:11: warning:"));
  CHECK_THAT(lines[1], StartsWith(dir + "/b/r.yaml:14:7: warning:"));
  CHECK_THAT(lines[2], StartsWith(dir + "/a/s.yaml:16:19: warning:"));
  CHECK(ran.err == "3 files checked: 0 errors, 3 warnings, 0 notes\n");
  fs::remove_all(dir);
}

TEST_CASE("check: many files on all cores print in input order", "[cli]") {
  const std::vector<std::string> names = {"replicates.yaml", "virus_panel.yaml", "spike_ratio.yaml", "hold_loss.yaml",
                                          "assay_precision.yaml", "kinetics.yaml", "mixed_methods.yaml",
                                          "safety_margin.yaml", "negligible.yaml", "mechanism.yaml"};
  std::string args = "check";
  for (int round = 0; round < 3; ++round)
    for (const std::string& name : names) args += " " + quoted(check_data(name));
  const Ran ran = run_vclear(args);
  std::vector<std::string> files;
  for (const std::string& line : lines_of(ran.out)) {
    const std::string file = line.substr(0, line.find(".yaml:") + 5);
    if (files.empty() || files.back() != file) files.push_back(file);
  }
  REQUIRE(files.size() == 3 * names.size());
  for (std::size_t i = 0; i < files.size(); ++i) CHECK(files[i] == check_data(names[i % names.size()]));
}

TEST_CASE("check --format json: one array of {file, line, column, severity, rule, message}", "[cli]") {
  const Ran ran = run_vclear("check --format json " + quoted(check_data("virus_panel.yaml")) + " " +
                             quoted(check_data("negligible.yaml")));
  CHECK(ran.exit_code == 0);
  const nlohmann::json array = nlohmann::json::parse(ran.out);
  REQUIRE(array.is_array());
  REQUIRE(array.size() == 4);
  for (const nlohmann::json& d : array) {
    CHECK(d.size() == 6);
    for (const char* key : {"file", "line", "column", "severity", "rule", "message"}) CHECK(d.contains(key));
  }
  CHECK(array[0]["file"] == check_data("virus_panel.yaml"));
  CHECK(array[0]["line"] == 5);
  CHECK(array[0]["column"] == 3);
  CHECK(array[0]["severity"] == "warning");
  CHECK(array[0]["rule"] == "virus-panel");
  CHECK(array[3]["severity"] == "note");
  CHECK(array[3]["rule"] == "negligible");
  CHECK(nlohmann::json::parse(run_vclear("check --format json " + quoted(check_data("clean.yaml"))).out) ==
        nlohmann::json::array());
}

TEST_CASE("check --format github: workflow commands with escaped data and properties", "[cli]") {
  namespace fs = std::filesystem;
  const std::string dir = temp_dir();
  const std::string file = dir + "/a,b:c.yaml";  // ',' and ':' must be escaped in the file property
  fs::copy_file(check_data("spike_ratio.yaml"), file);
  fs::copy_file(check_data("negligible.yaml"), dir + "/n.yaml");
  const Ran ran = run_vclear("check --format github " + quoted(file) + " " + quoted(dir + "/n.yaml"));
  CHECK(ran.exit_code == 0);
  const std::vector<std::string> lines = lines_of(ran.out);
  REQUIRE(lines.size() == 2);
  CHECK_THAT(lines[0], StartsWith("::warning file=" + dir + "/a%2Cb%3Ac.yaml,line=16,col=19"));
  // '%' in the message is escaped as %25; the rule id closes the message.
  CHECK_THAT(lines[0], Contains("::run 'r1' spikes 15 mL into a 100 mL load (15.0 %25 v/v)") &&
                           EndsWith("[spike-ratio]"));
  CHECK_THAT(lines[1], StartsWith("::notice file=" + dir + "/n.yaml,line=10,col=5"));
  fs::remove_all(dir);
}

TEST_CASE("check --format sarif: rules for every result, levels, relative URIs as given", "[cli]") {
  const std::string relative = std::filesystem::relative(check_data("negligible.yaml")).generic_string();
  const Ran ran = run_vclear("check --format sarif " + quoted(check_data("virus_panel.yaml")) + " " + quoted(relative) +
                             " " + quoted(check_data("no-such-study.yaml")));
  CHECK(ran.exit_code == 2);
  const nlohmann::json sarif = nlohmann::json::parse(ran.out);
  CHECK(sarif.at("version") == "2.1.0");
  CHECK_THAT(sarif.at("$schema").get<std::string>(), Contains("sarif"));
  const nlohmann::json& run = sarif.at("runs").at(0);
  const nlohmann::json& driver = run.at("tool").at("driver");
  CHECK(driver.at("name") == "vclear");
  CHECK_FALSE(driver.at("version").get<std::string>().empty());
  CHECK(driver.contains("informationUri"));
  std::set<std::string> rule_ids;
  for (const nlohmann::json& rule : driver.at("rules")) {
    rule_ids.insert(rule.at("id").get<std::string>());
    CHECK_FALSE(rule.at("shortDescription").at("text").get<std::string>().empty());
  }
  const nlohmann::json& results = run.at("results");
  REQUIRE(results.size() == 5);  // three panel warnings, one note, one unreadable file
  std::map<std::string, std::string> level_of;
  for (const nlohmann::json& r : results) {
    CHECK(rule_ids.count(r.at("ruleId").get<std::string>()) == 1);
    CHECK_FALSE(r.at("message").at("text").get<std::string>().empty());
    const nlohmann::json& location = r.at("locations").at(0).at("physicalLocation");
    CHECK(location.at("region").at("startLine").get<int>() >= 1);
    CHECK(location.at("region").at("startColumn").get<int>() >= 1);
    level_of[r.at("ruleId").get<std::string>()] = r.at("level").get<std::string>();
  }
  CHECK(level_of == std::map<std::string, std::string>{{"virus-panel", "warning"}, {"negligible", "note"}, {"io", "error"}});
  CHECK(results[3].at("locations").at(0).at("physicalLocation").at("artifactLocation").at("uri") == relative);
  CHECK(results[3].at("locations").at(0).at("physicalLocation").at("region").at("startLine") == 10);
}

TEST_CASE("check: no path is a usage error; an unknown format is refused", "[cli]") {
  CHECK(run_vclear("check").exit_code == 2);
  CHECK(run_vclear("check --format xml " + quoted(check_data("clean.yaml"))).exit_code == 2);
}
