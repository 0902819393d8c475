#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("assay-precision: a titer CI wider than ±0.5 log10", "[check]") {
  const auto found = with_rule(replaced(base_study(), "log10: 3.2, ci95: 0.3", "log10: 3.2, ci95: 0.65"), "assay-precision");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 21);
  CHECK(found[0].where.column == 41);
  CHECK(with_rule(replaced(base_study(), "log10: 3.2, ci95: 0.3", "log10: 3.2, ci95: 0.5"), "assay-precision").empty());
}

TEST_CASE("assay-precision: tests/data/check/assay_precision.yaml warns at the output titer of r2", "[check]") {
  const Analysis a = analyze_check_data("assay_precision.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"assay-precision"});
  CHECK(a.diagnostics[0].where.line == 21);
  CHECK(a.diagnostics[0].where.column == 41);
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("output titer of run 'r2'") && Catch::Contains("±0.70"));
}

TEST_CASE("assay-precision: censored titers have no CI to judge; time points are judged too", "[check]") {
  CHECK(with_rule(replaced(base_study(), "{log10: 3.2, ci95: 0.3}", "{log10_max: 3.2}"), "assay-precision").empty());
  const std::string kinetics = base_study() + R"(  - id: lowph
    name: low pH
    type: inactivation
    process_minutes: 60
    runs:
      - id: i1
        virus: X-MuLV
        load: {volume_ml: 10, titer: {log10: 7.0, ci95: 0.3}}
        timecourse: [{minutes: 0, titer: {log10: 7, ci95: 0.3}}, {minutes: 10, titer: {log10: 4, ci95: 0.8}}, {minutes: 60, titer: {log10_max: 1}}]
)";
  const auto found = with_rule(kinetics, "assay-precision");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 30);
  CHECK_THAT(found[0].message, Catch::Contains("10-minute titer"));
}
