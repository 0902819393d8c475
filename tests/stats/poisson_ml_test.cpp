#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/titer.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("single-hit ML on one dilution has the closed form −ln(1 − k/n)/v", "[stats][ml]") {
  // Brownie et al. 2011: P(positive) = 1 − exp(−c·v); one dilution → ĉ = −ln(1 − k/n)/v.
  QuantalAssay a{0.1, {-2}, {10}, {4}, QuantalMethod::poisson_ml, std::nullopt};
  const Titer t = poisson_ml(a, 0.95);
  CHECK(t.method == "poisson-ml");
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(-std::log(0.6) / 1e-3), 1e-8));
  REQUIRE(t.ci_low.has_value());
  CHECK(*t.ci_low < t.estimate.log10);
  CHECK(*t.ci_high > t.estimate.log10);
  CHECK_THAT(t.estimate.ci95, WithinAbs((*t.ci_high - *t.ci_low) / 2, 1e-12));
}

TEST_CASE("the profile interval is where the deviance reaches χ²₁(0.95)", "[stats][ml]") {
  QuantalAssay a{0.1, {-1, -2, -3, -4, -5}, {8, 8, 8, 8, 8}, {8, 7, 5, 3, 1}, QuantalMethod::poisson_ml, std::nullopt};
  const Titer t = poisson_ml(a, 0.95);
  auto loglik = [&](double log10c) {
    const double c = std::pow(10, log10c);
    double l = 0;
    for (std::size_t i = 0; i < a.dilutions.size(); ++i) {
      const double p = 1 - std::exp(-c * 0.1 * std::pow(10, a.dilutions[i]));
      if (a.positive[i] > 0) l += a.positive[i] * std::log(p);
      if (a.wells[i] > a.positive[i]) l += (a.wells[i] - a.positive[i]) * std::log(1 - p);
    }
    return l;
  };
  const double lmax = loglik(t.estimate.log10);
  CHECK(lmax >= loglik(t.estimate.log10 + 0.01));
  CHECK(lmax >= loglik(t.estimate.log10 - 0.01));
  CHECK_THAT(2 * (lmax - loglik(*t.ci_low)), WithinAbs(3.841458820694124, 1e-6));
  CHECK_THAT(2 * (lmax - loglik(*t.ci_high)), WithinAbs(3.841458820694124, 1e-6));
}

TEST_CASE("poisson-ml recovers the concentration of a plate that follows the single-hit model", "[stats][ml]") {
  // c = 10^4 per mL, 0.1 mL at 10^-1..10^-7: expected positives of 1000 wells are
  // 1000·(1 − e^{−c·u}) = 1000, 1000, 632, 95, 10, 1, 0 (rounded), so ĉ ≈ 10^4.
  QuantalAssay a{0.1, {-1, -2, -3, -4, -5, -6, -7}, std::vector<int>(7, 1000), {1000, 1000, 632, 95, 10, 1, 0},
                 QuantalMethod::poisson_ml, std::nullopt};
  const Titer t = poisson_ml(a, 0.95);
  CHECK_THAT(t.estimate.log10, WithinAbs(4.0, 0.01));
  CHECK(t.estimate.ci95 < 0.05);
}

TEST_CASE("poisson-ml censors all-negative and all-positive plates", "[stats][ml]") {
  QuantalAssay none{0.1, {-1, -2}, {4, 4}, {0, 0}, QuantalMethod::poisson_ml, std::nullopt};
  CHECK(poisson_ml(none, 0.95).estimate.qualifier == Qualifier::at_most);
  QuantalAssay all{0.1, {-1, -2}, {4, 4}, {4, 4}, QuantalMethod::poisson_ml, std::nullopt};
  const Titer t = poisson_ml(all, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_least);
  CHECK(std::isfinite(t.estimate.log10));
}

TEST_CASE("poisson-ml stays finite over 25 dilutions", "[stats][ml]") {
  QuantalAssay a;
  a.inoculum_ml = 0.1;
  for (int i = 0; i < 25; ++i) {
    a.dilutions.push_back(-i);
    a.wells.push_back(8);
    a.positive.push_back(i < 6 ? 8 : i == 6 ? 5 : 0);
  }
  const Titer t = poisson_ml(a, 0.95);
  CHECK(std::isfinite(t.estimate.log10));
  CHECK(std::isfinite(*t.ci_low));
  CHECK(std::isfinite(*t.ci_high));
}
