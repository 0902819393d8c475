#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"
#include "check/rules.hpp"

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

TEST_CASE("safety-margin: built in code, a met target is silent and a bound is shown as such", "[check]") {
  Study study;
  study.safety_margin = SafetyMarginSpec{};
  study.safety_margin->marks.where = {"t.yaml", 30, 3};
  Results results;
  results.safety_margin = SafetyMarginResult{"MVM", 1e-6, {{-7.5, 0, Qualifier::at_most}, 1.5, true}};
  std::vector<Diagnostic> out;
  detail::check_safety_margin(study, results, out);
  CHECK(out.empty());
  // ≤ 10^-5.25 per dose (the clearance is a lower bound) misses 10^-6 by 0.75 log10.
  results.safety_margin = SafetyMarginResult{"MVM", 1e-6, {{-5.25, 0, Qualifier::at_most}, -0.75, false}};
  detail::check_safety_margin(study, results, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].where.line == 30);
  CHECK_THAT(out[0].message, Catch::Contains("≤ 10^-5.25 particles of MVM") && Catch::Contains("by 0.75 log10"));
  // A target that is not a power of ten keeps its digits.
  results.safety_margin->target_per_dose = 5e-7;
  out.clear();
  detail::check_safety_margin(study, results, out);
  REQUIRE(out.size() == 1);
  CHECK_THAT(out[0].message, Catch::Contains("target of 5e-07 per dose"));
}
