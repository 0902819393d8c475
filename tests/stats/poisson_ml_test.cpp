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

TEST_CASE("poisson-ml on one all-positive dilution: the lower profile bound in closed form", "[stats][ml]") {
  // ℓ(c) = n·ln(1 − e^{−c·u}) rises to 0 as c → ∞; the bound is where ℓ = −χ²₁(0.95)/2:
  // c = −ln(1 − e^{−1.920729/n})/u, with n = 6 and u = 0.1 mL × 10^-2.
  QuantalAssay a{0.1, {-2}, {6}, {6}, QuantalMethod::poisson_ml, std::nullopt};
  const Titer t = poisson_ml(a, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_least);
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(-std::log(1 - std::exp(-1.920729410347062 / 6)) / 1e-3), 1e-7));
}

TEST_CASE("poisson-ml and Spearman–Kärber agree on a plate that follows the single-hit model", "[stats][ml]") {
  // Expected readout of c = 10^4 infectious units per mL, 10^5 wells of 0.1 mL at 10^-1 … 10^-8 in
  // half-log steps. The threshold dose of a well is exponential with rate c, so the 50 % dose is
  // ln 2/c (1 TCID50 ≈ 0.69 units: TCID50 titer = log10 c − log10 ln 2 = log10 c + 0.159), while
  // Spearman–Kärber estimates the mean log threshold, −log10 c − γ/ln 10 (γ Euler's constant): so
  // log10 SK = log10 ML + 0.2507, i.e. the ln 2 rule of thumb plus 0.09 log10 from the skew.
  QuantalAssay a;
  a.inoculum_ml = 0.1;
  a.method = QuantalMethod::poisson_ml;
  for (double x = -1; x >= -8; x -= 0.5) {
    a.dilutions.push_back(x);
    a.wells.push_back(100000);
    a.positive.push_back(static_cast<int>(std::lround(100000 * -std::expm1(-1e4 * 0.1 * std::pow(10, x)))));
  }
  const double ml = poisson_ml(a, 0.95).estimate.log10;
  const double sk = spearman_karber(a, SkVariance::n_minus_1, 0.95).estimate.log10;
  CHECK_THAT(ml, WithinAbs(4.0, 0.002));
  CHECK_THAT(sk - ml, WithinAbs(0.5772156649015329 / std::log(10.0), 0.005));
  CHECK_THAT(sk - ml, WithinAbs(-std::log10(std::log(2.0)), 0.1));  // the ln 2 rule of thumb
}

TEST_CASE("poisson-ml needs no equal spacing and keeps the large-volume rule", "[stats][ml]") {
  // Uneven dilutions are fine for the likelihood; one dilution with k of n reduces to the closed form.
  QuantalAssay uneven{0.1, {-1, -2, -4}, {8, 8, 8}, {8, 3, 0}, QuantalMethod::poisson_ml, std::nullopt};
  CHECK(std::isfinite(poisson_ml(uneven, 0.95).estimate.log10));
  QuantalAssay none{0.1, {-1, -2}, {4, 4}, {0, 0}, QuantalMethod::poisson_ml, LargeVolumePlating{10, 100, 0}};
  // V = 4 × 0.1 × (0.1 + 0.01) + 10 = 10.044 mL.
  CHECK_THAT(poisson_ml(none, 0.95).estimate.log10, WithinAbs(std::log10(-std::log(0.05) / 10.044), 1e-12));
}
