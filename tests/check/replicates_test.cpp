#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"
#include "check/rules.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("replicates: a counted claim from a single run", "[check]") {
  const std::string one = replaced(base_study(), R"(      - id: r2
        virus: X-MuLV
        load: {volume_ml: 100, titer: {log10: 7.0, ci95: 0.3}}
        output: {volume_ml: 100, titer: {log10: 3.2, ci95: 0.3}}
)", "");
  const auto found = with_rule(one, "replicates");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].where.line == 13);  // the runs key of the step
  CHECK(with_rule(base_study(), "replicates").empty());
}

TEST_CASE("replicate-spread: runs more than 1 log10 apart", "[check]") {
  const auto found = with_rule(replaced(base_study(), "log10: 3.2, ci95: 0.3", "log10: 1.5, ci95: 0.3"), "replicate-spread");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 13);
  CHECK(found[0].message.find("1.50") != std::string::npos);
}

TEST_CASE("replicates: tests/data/check/replicates.yaml warns once, at the runs of step aex", "[check]") {
  const Analysis a = analyze_check_data("replicates.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"replicates"});
  CHECK(a.diagnostics[0].severity == Severity::warning);
  CHECK(a.diagnostics[0].where.line == 14);
  CHECK(a.diagnostics[0].where.column == 7);
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("from 1 run") && Catch::Contains("X-MuLV"));
}

TEST_CASE("replicate-spread: tests/data/check/replicate_spread.yaml warns once, with both LRVs", "[check]") {
  const Analysis a = analyze_check_data("replicate_spread.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"replicate-spread"});
  CHECK(a.diagnostics[0].where.line == 14);
  CHECK(a.diagnostics[0].where.column == 7);
  // r1: 7.0 − 3.0 = 4.00; r2: 7.1 − 1.5 = 5.60; spread 1.60 log10.
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("1.60 log10 (4.00 to 5.60)"));
}

TEST_CASE("replicates: a claim that is not counted needs no replicate; exactly 1 log10 apart is no spread", "[check]") {
  // One run of 0.8 log10: not counted (≤ 1.0), so no replicates warning (a negligible note instead).
  const std::string small = replaced(replaced(base_study(), R"(      - id: r2
        virus: X-MuLV
        load: {volume_ml: 100, titer: {log10: 7.0, ci95: 0.3}}
        output: {volume_ml: 100, titer: {log10: 3.2, ci95: 0.3}}
)", ""), "log10: 3.0, ci95: 0.3", "log10: 6.2, ci95: 0.3");
  CHECK(with_rule(small, "replicates").empty());
  CHECK(with_rule(small, "negligible").size() == 1);
  // 4.00 and 3.00 log10 differ by exactly 1: replicates that agree within 1 log10.
  CHECK(with_rule(replaced(base_study(), "log10: 3.2, ci95: 0.3", "log10: 4.0, ci95: 0.3"), "replicate-spread").empty());
}

TEST_CASE("replicates: built in code, a counted lower-bound claim from one run shows its qualifier", "[check]") {
  Study study;
  Step step;
  step.id = "nf";
  step.marks.where = {"t.yaml", 20, 5};
  step.marks.fields["runs"] = {"t.yaml", 25, 7};
  study.steps.push_back(step);
  Results results;
  results.steps.push_back({"nf", "MVM", {4.5, 0.3, Qualifier::at_least}, {"n1"}, true, std::nullopt});
  RunResult run;
  run.step = "nf";
  run.run = "n1";
  run.virus = "MVM";
  run.computed = true;
  run.lrv = {4.5, 0.3, Qualifier::at_least};
  results.runs.push_back(run);
  std::vector<Diagnostic> out;
  detail::check_replicates(study, results, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "replicates");
  CHECK(out[0].where.line == 25);
  CHECK_THAT(out[0].message, Catch::Contains("counts >= 4.50 log10 for MVM from 1 run"));
  // A run whose calculation failed does not widen the spread.
  run.run = "n2";
  run.computed = false;
  run.lrv = {0.5, 0.3, Qualifier::equal};
  results.runs.push_back(run);
  out.clear();
  detail::check_replicates(study, results, out);
  CHECK(out.size() == 1);
}
