#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("negligible and mechanism notes", "[check]") {
  const std::string second = base_study() + R"(  - id: mm
    name: second anion exchange
    type: removal
    mechanism: Anion-Exchange
    runs:
      - {id: m1, virus: X-MuLV, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10: 5, ci95: 0.3}}}
      - {id: m2, virus: X-MuLV, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10: 5, ci95: 0.3}}}
)";
  const auto mechanism = with_rule(second, "mechanism");
  REQUIRE(mechanism.size() == 1);
  CHECK(mechanism[0].severity == Severity::note);
  CHECK(mechanism[0].where.line == 25);
  const auto negligible = with_rule(second, "negligible");
  REQUIRE(negligible.size() == 1);
  CHECK(negligible[0].message.find("same mechanism as step aex") != std::string::npos);
  const auto justified = with_rule(replaced(second, "    mechanism: Anion-Exchange\n", "    mechanism: Anion-Exchange\n    justification: different ligand chemistry\n"), "negligible");
  REQUIRE(justified.size() == 1);
  CHECK(justified[0].message.find("under its justification") != std::string::npos);
}

TEST_CASE("negligible: tests/data/check/negligible.yaml notes the depth filter at its step", "[check]") {
  const Analysis a = analyze_check_data("negligible.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"negligible"});
  CHECK(a.diagnostics[0].severity == Severity::note);
  CHECK(a.diagnostics[0].where.line == 10);
  CHECK(a.diagnostics[0].where.column == 5);
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("0.40 log10") && Catch::Contains("<= 1.0 log10"));
}

TEST_CASE("mechanism: tests/data/check/mechanism.yaml notes the later step's mechanism", "[check]") {
  const Analysis a = analyze_check_data("mechanism.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"mechanism"});
  CHECK(a.diagnostics[0].severity == Severity::note);
  CHECK(a.diagnostics[0].where.line == 26);
  CHECK(a.diagnostics[0].where.column == 16);
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("step 'polish'") && Catch::Contains("of step 'aex'"));
}

TEST_CASE("negligible: a justification is noted only where it let the claim count", "[check]") {
  // 0.8 log10 with a justification counts only because of it: a note says so, and why.
  const std::string small = base_study() + R"(  - id: tff
    name: tangential flow
    type: removal
    mechanism: size
    justification: shown robust over five lots
    runs:
      - {id: t1, virus: X-MuLV, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10: 6.2, ci95: 0.3}}}
      - {id: t2, virus: X-MuLV, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10: 6.2, ci95: 0.3}}}
)";
  const auto noted = with_rule(small, "negligible");
  REQUIRE(noted.size() == 1);
  CHECK(noted[0].where.line == 26);  // the justification
  CHECK_THAT(noted[0].message, Catch::Contains("only under its justification") && Catch::Contains("<= 1.0 log10"));
  // 3 log10 would count anyway: the justification changed nothing, so nothing to note.
  CHECK(with_rule(replaced(replaced(small, "log10: 6.2", "log10: 4"), "log10: 6.2", "log10: 4"), "negligible").empty());
}

TEST_CASE("negligible: claim: false and upper-bound claims say why they do not count", "[check]") {
  const auto not_claimed = with_rule(replaced(base_study(), "    mechanism: anion-exchange\n",
                                              "    mechanism: anion-exchange\n    claim: false\n"), "negligible");
  REQUIRE(not_claimed.size() == 1);
  CHECK_THAT(not_claimed[0].message, Catch::Contains("(not claimed)") && Catch::Contains("claim: false"));
}
