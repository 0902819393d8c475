#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/titer.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

namespace {
QuantalAssay plate(std::vector<double> dilutions, int wells, std::vector<int> positive, double inoculum = 0.1) {
  QuantalAssay a;
  a.inoculum_ml = inoculum;
  a.dilutions = std::move(dilutions);
  a.wells.assign(a.dilutions.size(), wells);
  a.positive = std::move(positive);
  return a;
}
}  // namespace

TEST_CASE("Spearman–Kärber reproduces Lei et al. 2021, example 1 (modified Kärber)", "[stats][sk]") {
  // Virol Sin 36:141: 10^-5..10^-8, 5 wells, 5/3/1/0, 0.1 mL → 2.00×10^7, CI 5.57×10^6–7.15×10^7.
  const Titer t = spearman_karber(plate({-5, -6, -7, -8}, 5, {5, 3, 1, 0}), SkVariance::n, 0.95);
  CHECK(t.method == "spearman-karber");
  CHECK(t.estimate.qualifier == Qualifier::equal);
  CHECK_THAT(std::pow(10, t.estimate.log10), WithinAbs(2.00e7, 0.005e7));
  CHECK_THAT(std::pow(10, *t.ci_low), WithinAbs(5.57e6, 0.01e6));
  CHECK_THAT(std::pow(10, *t.ci_high), WithinAbs(7.15e7, 0.01e7));
  CHECK(t.findings.empty());
}

TEST_CASE("Spearman–Kärber reproduces Lei et al. 2021, example 2 (modified Kärber)", "[stats][sk]") {
  // 10^-1..10^-5, 8 wells, 8/7/5/3/1 → 3.16×10^4, CI 8.42×10^3–1.19×10^5.
  const Titer t = spearman_karber(plate({-1, -2, -3, -4, -5}, 8, {8, 7, 5, 3, 1}), SkVariance::n, 0.95);
  CHECK_THAT(std::pow(10, t.estimate.log10), WithinAbs(3.16e4, 0.005e4));
  CHECK_THAT(std::pow(10, *t.ci_low), WithinAbs(8.42e3, 0.01e3));
  CHECK_THAT(std::pow(10, *t.ci_high), WithinAbs(1.19e5, 0.01e5));
  // The last dilution still has a positive well: bracketing warning.
  REQUIRE(t.findings.size() == 1);
  CHECK(t.findings[0].rule == "sk-bracket-bottom");
}

TEST_CASE("Lei et al. 2021 example 1 with the n-1 variance, hand-derived", "[stats][sk]") {
  // p = 1, 0.6, 0.2, 0: m = −5 + 0.5 − 1.8 = −6.3 → 7.3; Σp(1−p)/(n−1) = (0.24 + 0.16)/4 = 0.1,
  // so ci95 = 1.959964·√0.1 = 0.619795 (wider than the modified Kärber's 1.959964·√0.08 = 0.554365).
  const Titer t = spearman_karber(plate({-5, -6, -7, -8}, 5, {5, 3, 1, 0}), SkVariance::n_minus_1, 0.95);
  CHECK_THAT(t.estimate.log10, WithinAbs(7.3, 1e-12));
  CHECK_THAT(t.estimate.ci95, WithinAbs(0.619795, 1e-6));
  CHECK_THAT(*t.ci_low, WithinAbs(7.3 - 0.619795, 1e-6));
}

TEST_CASE("Spearman–Kärber with the n-1 variance (Miller 1973), hand-derived", "[stats][sk]") {
  // Σp(1−p)/(n−1) = (0.109375 + 0.234375 + 0.234375 + 0.109375)/7 = 0.0982143; d = 1.
  const Titer t = spearman_karber(plate({-1, -2, -3, -4, -5}, 8, {8, 7, 5, 3, 1}), SkVariance::n_minus_1, 0.95);
  CHECK_THAT(t.estimate.log10, WithinAbs(4.5, 1e-12));
  CHECK_THAT(t.estimate.ci95, WithinAbs(1.959963984540054 * std::sqrt(0.6875 / 7), 1e-9));
}

TEST_CASE("Spearman–Kärber on half-log dilutions", "[stats][sk]") {
  // d = 0.5: m = -1 + 0.25 - 0.5·(1 + 0.75 + 0.25) = -1.75 → titer 1.75 + 2 (inoculum 0.01 mL).
  const Titer t = spearman_karber(plate({-1, -1.5, -2, -2.5}, 4, {4, 3, 1, 0}, 0.01), SkVariance::n_minus_1, 0.95);
  CHECK_THAT(t.estimate.log10, WithinAbs(3.75, 1e-12));
  const double var = 0.25 * (0.1875 / 3 + 0.1875 / 3);
  CHECK_THAT(t.estimate.ci95, WithinAbs(1.959963984540054 * std::sqrt(var), 1e-12));
}

TEST_CASE("an all-negative plate gives the Poisson bound over the volume tested", "[stats][sk]") {
  // V = 8 wells × 0.1 mL × (1 + 0.1 + 0.01) = 0.888 mL; c ≤ −ln(0.05)/0.888.
  const Titer t = spearman_karber(plate({0, -1, -2}, 8, {0, 0, 0}), SkVariance::n_minus_1, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_most);
  CHECK_THAT(t.estimate.log10, WithinAbs(std::log10(-std::log(0.05) / 0.888), 1e-12));
  CHECK(t.estimate.ci95 == 0);
  CHECK_FALSE(t.ci_low.has_value());
}

TEST_CASE("large-volume plating decides when the serial plate is negative", "[stats][sk]") {
  QuantalAssay a = plate({0, -1, -2}, 8, {0, 0, 0});
  a.large_volume = LargeVolumePlating{10, 100, 0};
  const Titer joint = spearman_karber(a, SkVariance::n_minus_1, 0.95);
  CHECK_THAT(joint.estimate.log10, WithinAbs(std::log10(-std::log(0.05) / 10.888), 1e-12));
  a.large_volume->positive = 3;  // its positives decide: c = −ln(1 − 3/100)/0.1
  const Titer positive = spearman_karber(a, SkVariance::n_minus_1, 0.95);
  CHECK(positive.method == "large-volume");
  CHECK_THAT(positive.estimate.log10, WithinAbs(std::log10(-std::log(0.97) / 0.1), 1e-12));
  a.positive = {2, 0, 0};  // the serial plate has a positive: it decides
  CHECK(spearman_karber(a, SkVariance::n_minus_1, 0.95).method == "spearman-karber");
}

TEST_CASE("an all-positive plate gives a lower bound at x_k − d/2", "[stats][sk]") {
  const Titer t = spearman_karber(plate({-1, -2, -3}, 4, {4, 4, 4}), SkVariance::n_minus_1, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_least);
  CHECK_THAT(t.estimate.log10, WithinAbs(3.5 + 1, 1e-12));
}

TEST_CASE("single wells per dilution contribute no variance", "[stats][sk]") {
  const Titer t = spearman_karber(plate({-1, -2, -3, -4}, 1, {1, 1, 0, 0}), SkVariance::n_minus_1, 0.95);
  CHECK_THAT(t.estimate.log10, WithinAbs(2.5 + 1, 1e-12));
  CHECK(t.estimate.ci95 == 0);
}

TEST_CASE("plate problems are named errors and warnings", "[stats][sk]") {
  CHECK_THROWS_MATCHES(spearman_karber(plate({-1, -2, -4}, 4, {4, 2, 0}), SkVariance::n, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "sk-spacing"; }));
  CHECK_THROWS_MATCHES(spearman_karber(plate({-3, -2, -1}, 4, {0, 2, 4}), SkVariance::n, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "sk-spacing"; }));
  CHECK_THROWS_MATCHES(spearman_karber(plate({-1, -2}, 4, {5, 0}), SkVariance::n, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "wells"; }));
  CHECK_THROWS_MATCHES(spearman_karber(plate({-1, -2}, 4, {4, 0}, 0), SkVariance::n, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "volume"; }));
  CHECK_THROWS_MATCHES(spearman_karber(plate({-1, -2}, 4, {4}), SkVariance::n, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "method"; }));
  const Titer t = spearman_karber(plate({-1, -2, -3, -4}, 4, {3, 4, 1, 0}), SkVariance::n, 0.95);
  REQUIRE(t.findings.size() == 2);
  CHECK(t.findings[0].rule == "sk-bracket-top");
  CHECK(t.findings[1].rule == "sk-monotone");
}

TEST_CASE("huge and tiny inocula stay finite", "[stats][sk]") {
  const Titer tiny = spearman_karber(plate({-1, -2, -3}, 8, {8, 4, 0}, 1e-6), SkVariance::n, 0.95);
  CHECK_THAT(tiny.estimate.log10, WithinAbs(2 + 6, 1e-9));
  const Titer huge = spearman_karber(plate({-1, -2, -3}, 8, {8, 4, 0}, 1e6), SkVariance::n, 0.95);
  CHECK_THAT(huge.estimate.log10, WithinAbs(2 - 6, 1e-9));
}

TEST_CASE("a single dilution is censored or refused", "[stats][sk]") {
  // All positive at 10^-3 with 0.1 mL: at least one 50 % dose per 0.1 mL there, m = x1 → ≥ 3 + 1.
  const Titer all = spearman_karber(plate({-3}, 4, {4}), SkVariance::n_minus_1, 0.95);
  CHECK(all.estimate.qualifier == Qualifier::at_least);
  CHECK_THAT(all.estimate.log10, WithinAbs(4.0, 1e-12));
  // All negative: the Poisson bound over 4 × 0.1 mL × 10^-3.
  const Titer none = spearman_karber(plate({-3}, 4, {0}), SkVariance::n_minus_1, 0.95);
  CHECK(none.estimate.qualifier == Qualifier::at_most);
  CHECK_THAT(none.estimate.log10, WithinAbs(std::log10(-std::log(0.05) / 4e-4), 1e-12));
  // A partial readout cannot be placed without a second dilution.
  CHECK_THROWS_MATCHES(spearman_karber(plate({-3}, 4, {2}), SkVariance::n_minus_1, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "method"; }));
}

TEST_CASE("unequal spacing is an error even on a censored plate", "[stats][sk]") {
  CHECK_THROWS_MATCHES(spearman_karber(plate({-1, -2, -4}, 4, {0, 0, 0}), SkVariance::n, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "sk-spacing"; }));
  CHECK_THROWS_MATCHES(spearman_karber(plate({-1, -2, -4}, 4, {4, 4, 4}), SkVariance::n, 0.95), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "sk-spacing"; }));
}
