#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("safety-margin: the target is not met", "[check]") {
  const std::string margin = base_study() + "safety_margin: {virus: X-MuLV, particles_per_ml: 1.0e6, bulk_ml_per_dose: 1000}\n";
  const auto found = with_rule(margin, "safety-margin");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 22);
  const std::string met = base_study() + "safety_margin: {virus: X-MuLV, particles_per_ml: 1.0e-3, bulk_ml_per_dose: 1}\n";
  CHECK(with_rule(met, "safety-margin").empty());
}

TEST_CASE("safety-margin: tests/data/check/safety_margin.yaml warns at safety_margin", "[check]") {
  const Analysis a = analyze_check_data("safety_margin.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"safety-margin"});
  CHECK(a.diagnostics[0].where.line == 23);
  CHECK(a.diagnostics[0].where.column == 3);
  // 6 + 3 − 3.90 (the lower run: 7.1 − 3.2) = 5.10 log10 per dose; target 10^-6: 11.10 log10 short.
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("10^5.10") && Catch::Contains("10^-6") &&
                                           Catch::Contains("11.10 log10"));
}
