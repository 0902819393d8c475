// The CI and editor integrations the README documents run as written.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;

TEST_CASE("the GitHub workflow example's commands work on the example studies", "[cli]") {
  const YAML::Node workflow = YAML::LoadFile(source_path("examples/ci/github-workflow.yml"));
  int commands = 0;
  for (const YAML::Node& step : workflow["jobs"]["check-studies"]["steps"]) {
    if (!step["run"]) continue;
    const std::string run = step["run"].as<std::string>();
    if (run.rfind("vclear check", 0) != 0) continue;
    const std::string args = run.substr(run.find(' ') + 1, run.find(" studies/") - run.find(' '));
    const Ran ran = run_vclear(args + " '" + source_path("studies") + "/'");
    INFO(run << "\n" << ran.out << ran.err);
    CHECK(ran.exit_code == 0);
    ++commands;
  }
  CHECK(commands == 2);
}

TEST_CASE("check --format sarif is SARIF 2.1.0 with located results", "[cli]") {
  const std::string dir = temp_dir();
  write_text(dir + "/bad.yaml", "vclear: 1\nstudy: {id: x, title: t, product: p}\nviruses: []\nsteps: []\n");
  const Ran ran = run_vclear("check --format sarif '" + dir + "/bad.yaml'");
  CHECK(ran.exit_code == 1);
  const nlohmann::json sarif = nlohmann::json::parse(ran.out);
  CHECK(sarif.at("version") == "2.1.0");
  const nlohmann::json& results = sarif.at("runs").at(0).at("results");
  REQUIRE_FALSE(results.empty());
  const nlohmann::json& region = results.at(0).at("locations").at(0).at("physicalLocation").at("region");
  CHECK(region.at("startLine").get<int>() >= 1);
}

TEST_CASE("the pre-commit hook runs vclear check --strict on YAML files", "[cli]") {
  const YAML::Node hooks = YAML::LoadFile(source_path(".pre-commit-hooks.yaml"));
  REQUIRE(hooks.size() == 1);
  CHECK(hooks[0]["entry"].as<std::string>() == "vclear check --strict");
  CHECK(run_vclear("check --strict '" + source_path("studies/msc-sev-process.yaml") + "'").exit_code == 0);
}

TEST_CASE("every example study starts with the yaml-language-server schema line", "[cli]") {
  for (const char* study : {"studies/msc-sev-process.yaml", "studies/mab-platform.yaml"})
    CHECK(read_text(source_path(study)).rfind("# yaml-language-server: $schema=", 0) == 0);
  CHECK(run_vclear("schema").out == read_text(source_path("schemas/study.schema.json")));
}
