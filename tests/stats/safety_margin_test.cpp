#include <catch2/catch.hpp>

#include "vclear/stats/safety_margin.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("Q5A's worked example: 10^6/mL × 1000 mL ÷ 10^15 = 10^-6 per dose", "[stats][margin]") {
  const SafetyMargin m = safety_margin(1e6, 1000, 1e-6, {15.0, 0.5, Qualifier::equal});
  CHECK_THAT(m.particles_per_dose.log10, WithinAbs(-6.0, 1e-12));
  CHECK_THAT(m.margin_log10, WithinAbs(0.0, 1e-12));
  CHECK(m.meets_target);
}

TEST_CASE("a >= clearance gives an upper bound on particles per dose", "[stats][margin]") {
  const SafetyMargin m = safety_margin(1e6, 1000, 1e-6, {12.0, 0.5, Qualifier::at_least});
  CHECK(m.particles_per_dose.qualifier == Qualifier::at_most);
  CHECK_THAT(m.margin_log10, WithinAbs(-3.0, 1e-12));
  CHECK_FALSE(m.meets_target);
  CHECK_THROWS_AS(safety_margin(0, 1000, 1e-6, {12, 0, Qualifier::equal}), ComputeError);
  CHECK_THROWS_AS(safety_margin(1e6, 0, 1e-6, {12, 0, Qualifier::equal}), ComputeError);
}
