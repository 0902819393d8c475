#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/titer.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("Reed–Muench reproduces Lei et al. 2021 (2.08×10^7)", "[stats][rm]") {
  QuantalAssay a{0.1, {-5, -6, -7, -8}, {5, 5, 5, 5}, {5, 3, 1, 0}, QuantalMethod::reed_muench, std::nullopt};
  const Titer t = reed_muench(a, 0.95);
  // Rates 9/9, 4/6, 1/7, 0/11; proportionate distance (2/3 − 1/2)/(2/3 − 1/7) = 0.31818.
  CHECK_THAT(t.estimate.log10, WithinAbs(6 + (2.0 / 3 - 0.5) / (2.0 / 3 - 1.0 / 7) + 1, 1e-12));
  CHECK_THAT(std::pow(10, t.estimate.log10), WithinAbs(2.08e7, 0.005e7));
  CHECK(t.estimate.ci95 == 0);
  CHECK_FALSE(t.ci_low.has_value());
}

TEST_CASE("Reed–Muench censors like Spearman–Kärber at the edges", "[stats][rm]") {
  QuantalAssay none{0.1, {-1, -2}, {4, 4}, {0, 0}, QuantalMethod::reed_muench, std::nullopt};
  CHECK(reed_muench(none, 0.95).estimate.qualifier == Qualifier::at_most);
  QuantalAssay all{0.1, {-1, -2}, {4, 4}, {4, 4}, QuantalMethod::reed_muench, std::nullopt};
  CHECK(reed_muench(all, 0.95).estimate.qualifier == Qualifier::at_least);
}

TEST_CASE("Reed–Muench on half-log dilutions, hand-derived", "[stats][rm]") {
  // 4/4, 3/4, 1/4, 0/4 at 10^-1, 10^-1.5, 10^-2, 10^-2.5; inoculum 0.01 mL.
  // Cumulative positives 8, 4, 1, 0; cumulative negatives 0, 1, 4, 8; rates 1, 0.8, 0.2, 0.
  // 50 % between −1.5 (0.8) and −2 (0.2): distance (0.8 − 0.5)/(0.8 − 0.2) = 0.5 → endpoint −1.75.
  QuantalAssay a{0.01, {-1, -1.5, -2, -2.5}, {4, 4, 4, 4}, {4, 3, 1, 0}, QuantalMethod::reed_muench, std::nullopt};
  CHECK_THAT(reed_muench(a, 0.95).estimate.log10, WithinAbs(1.75 + 2, 1e-12));
}

TEST_CASE("Reed–Muench on a single dilution", "[stats][rm]") {
  QuantalAssay all{0.1, {-3}, {4}, {4}, QuantalMethod::reed_muench, std::nullopt};
  const Titer t = reed_muench(all, 0.95);
  CHECK(t.estimate.qualifier == Qualifier::at_least);
  CHECK_THAT(t.estimate.log10, WithinAbs(4.0, 1e-12));
  QuantalAssay partial{0.1, {-3}, {4}, {2}, QuantalMethod::reed_muench, std::nullopt};
  CHECK_THROWS_AS(reed_muench(partial, 0.95), ComputeError);
}
