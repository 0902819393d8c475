#include "vclear/check/check.hpp"

#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("a sound study has no warnings and its diagnostics are sorted", "[check]") {
  const Analysis a = analyze_text(base_study(), "t.yaml");
  CHECK_FALSE(a.has_errors());
  CHECK(std::none_of(a.diagnostics.begin(), a.diagnostics.end(), [](const Diagnostic& d) { return d.severity != Severity::note; }));
  const Analysis bad = analyze_text(replaced(replaced(base_study(), "spike_ml: 5", "spike_ml: 50"), "log10: 3.2, ci95: 0.3", "log10: 3.2, ci95: 0.9"), "t.yaml");
  CHECK(std::is_sorted(bad.diagnostics.begin(), bad.diagnostics.end(), [](const Diagnostic& x, const Diagnostic& y) {
    return std::tie(x.where.line, x.where.column) < std::tie(y.where.line, y.where.column);
  }));
  CHECK(bad.results.diagnostics.size() == bad.diagnostics.size());
}

TEST_CASE("calculation errors stop the rules but are reported", "[check]") {
  const Analysis a = analyze_text(replaced(base_study(), "{log10: 7.0, ci95: 0.3}", "{log10_max: 7.0}"), "t.yaml");
  CHECK(a.has_errors());
  CHECK(with_rule(replaced(base_study(), "{log10: 7.0, ci95: 0.3}", "{log10_max: 7.0}"), "censoring").size() == 1);
}

TEST_CASE("tests/data/check/clean.yaml has no diagnostics at all", "[check]") {
  const Analysis a = analyze_check_data("clean.yaml");
  CHECK(a.status == LoadResult::Status::ok);
  CHECK(a.diagnostics.empty());
  CHECK_FALSE(a.has_errors());
}

TEST_CASE("every rule file under tests/data/check triggers only the rule it is named after", "[check]") {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"replicates.yaml", "replicates"},       {"replicate_spread.yaml", "replicate-spread"},
      {"virus_panel.yaml", "virus-panel"},     {"spike_ratio.yaml", "spike-ratio"},
      {"hold_loss.yaml", "hold-loss"},         {"assay_precision.yaml", "assay-precision"},
      {"kinetics.yaml", "kinetics"},           {"mixed_methods.yaml", "mixed-methods"},
      {"safety_margin.yaml", "safety-margin"}, {"negligible.yaml", "negligible"},
      {"mechanism.yaml", "mechanism"}};
  for (const auto& [file, rule] : files) {
    INFO(file);
    const Analysis a = analyze_check_data(file);
    CHECK_FALSE(a.has_errors());
    REQUIRE_FALSE(a.diagnostics.empty());
    for (const Diagnostic& d : a.diagnostics) {
      CHECK(d.rule == rule);
      CHECK(d.where.file.find(file) != std::string::npos);
      CHECK(d.where.line >= 1);
      CHECK(d.where.column >= 1);
    }
  }
}

TEST_CASE("a file that cannot be read is unreadable, an error, and has no study", "[check]") {
  const Analysis a = analyze_file(std::string(VCLEAR_TEST_DATA) + "/check/no-such-file.yaml");
  CHECK(a.status == LoadResult::Status::unreadable);
  CHECK(a.has_errors());
  CHECK_FALSE(a.study);
  REQUIRE(a.diagnostics.size() == 1);
  CHECK(a.diagnostics[0].rule == "io");
}

TEST_CASE("results that name a step the study lacks are a bug, reported as an exception", "[check]") {
  Results results;
  results.steps.push_back({"ghost", "MVM", {3.0, 0.3, Qualifier::equal}, {"g1"}, true, std::nullopt});
  CHECK_THROWS_AS(check_rules(Study{}, results), std::logic_error);
}
