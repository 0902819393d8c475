#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/titer.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("plaque titers pool counts over the volume plated", "[stats][plaque]") {
  PlaqueAssay a{1.0, {-3, -4}, {{112, 98}, {12, 9}}};
  const Titer t = plaque_titer(a, 0.95);
  // N = 231 over V = 2·10^-3 + 2·10^-4 = 2.2·10^-3 mL.
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(231 / 2.2e-3), 1e-12));
  CHECK_THAT(t.estimate.ci95, WithinAbs(1.959963984540054 / (std::log(10.0) * std::sqrt(231.0)), 1e-12));
}

TEST_CASE("the Garwood interval matches published exact Poisson limits", "[stats][plaque]") {
  // Exact 95 % limits for a count of 10: 4.7954 to 18.3904 (Garwood 1936; standard tables).
  PlaqueAssay a{1.0, {0}, {{10}}};
  const Titer t = plaque_titer(a, 0.95);
  CHECK_THAT(std::pow(10, *t.ci_low), WithinAbs(4.7954, 1e-3));
  CHECK_THAT(std::pow(10, *t.ci_high), WithinAbs(18.3904, 1e-3));
}

TEST_CASE("plates left out as null do not count, nor does their volume", "[stats][plaque]") {
  PlaqueAssay a{0.5, {-4, -5}, {{150, 138}, {16, std::nullopt}}};
  const Titer t = plaque_titer(a, 0.95);
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(304 / (0.5 * 2.1e-4)), 1e-12));
  PlaqueAssay none{0.5, {-4}, {{std::nullopt}}};
  CHECK_THROWS_AS(plaque_titer(none, 0.95), ComputeError);
}

TEST_CASE("no plaques gives the Poisson bound", "[stats][plaque]") {
  PlaqueAssay a{1.0, {0, -1}, {{0, 0}, {0, 0}}};
  const Titer t = plaque_titer(a, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_most);
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(-std::log(0.05) / 2.2), 1e-12));
}
