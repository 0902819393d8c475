#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/titer.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("the Poisson bound reproduces the ICH Q5A probability table", "[stats][poisson]") {
  // Q5A(R2) Appendix: a 1 mL sample at 10, 100, 1000 virus per litre is empty with p = 0.99, 0.90,
  // 0.37. The bound at confidence 1 − p is the concentration with that probability of an empty sample.
  CHECK_THAT(std::pow(10, poisson_bound(1.0, 1 - 0.99).estimate.log10) * 1000, WithinAbs(10, 0.06));
  CHECK_THAT(std::pow(10, poisson_bound(1.0, 1 - 0.90).estimate.log10) * 1000, WithinAbs(100, 6));
  CHECK_THAT(std::pow(10, poisson_bound(1.0, 1 - 0.37).estimate.log10) * 1000, WithinAbs(1000, 15));
  // and exactly: p(empty) = e^{−cV}
  CHECK_THAT(std::exp(-0.01), WithinAbs(0.99, 0.0005));
  CHECK_THAT(std::exp(-1.0), WithinAbs(0.37, 0.005));
}

TEST_CASE("the 95 % Poisson bound is 2.996/V", "[stats][poisson]") {
  const Titer t = poisson_bound(10.0, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_most);
  CHECK_THAT(std::pow(10, t.estimate.log10), WithinAbs(0.29957, 1e-5));
  CHECK_THROWS_AS(poisson_bound(0.0, 0.95), ComputeError);
  CHECK_THROWS_AS(poisson_bound(1.0, 1.0), ComputeError);
}

TEST_CASE("large-volume plating with some positive wells", "[stats][lvp]") {
  const Titer t = large_volume_titer({10, 100, 20}, 0.95);
  // v = 0.1 mL: c = −ln(0.8)/0.1; SE(ln c) = √(20/(100·80))/(−ln 0.8).
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(-std::log(0.8) / 0.1), 1e-12));
  const double se = std::sqrt(20.0 / 8000) / -std::log(0.8);
  CHECK_THAT(t.estimate.ci95, WithinAbs(1.959963984540054 * se / std::log(10.0), 1e-12));
}

TEST_CASE("large-volume plating with every well positive is a lower bound ln(N)/v", "[stats][lvp]") {
  const Titer t = large_volume_titer({10, 100, 100}, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_least);
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(std::log(100.0) / 0.1), 1e-12));
  CHECK_THROWS_AS(large_volume_titer({10, 1, 1}, 0.95), ComputeError);
  CHECK_THROWS_AS(large_volume_titer({10, 10, 11}, 0.95), ComputeError);
}

TEST_CASE("huge and tiny large-volume platings stay finite", "[stats][lvp]") {
  CHECK(std::isfinite(large_volume_titer({1e6, 1000, 0}, 0.95).estimate.log10));
  CHECK(std::isfinite(large_volume_titer({1e-6, 10, 3}, 0.95).estimate.log10));
}
