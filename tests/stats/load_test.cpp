#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/load.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("a load is titer × volume", "[stats][load]") {
  const Estimate l = log10_load({6.52, 0.28, Qualifier::equal}, 50.0);
  CHECK_THAT(l.log10, WithinAbs(6.52 + std::log10(50.0), 1e-12));
  CHECK(l.ci95 == 0.28);
  CHECK_THROWS_AS(log10_load({6, 0, Qualifier::equal}, 0), ComputeError);
  CHECK_THROWS_AS(log10_load({6, 0, Qualifier::equal}, -1), ComputeError);
}

TEST_CASE("volumes of 1e-6 and 1e6 mL", "[stats][load]") {
  CHECK_THAT(log10_load({3, 0, Qualifier::equal}, 1e-6).log10, WithinAbs(-3, 1e-12));
  CHECK_THAT(log10_load({3, 0, Qualifier::equal}, 1e6).log10, WithinAbs(9, 1e-12));
  const SampleTiter parts[] = {{{12, 0.2, Qualifier::equal}, 1e6}, {{-3, 0.2, Qualifier::equal}, 1e-6}};
  const Estimate sum = sum_of_loads(parts);
  CHECK(std::isfinite(sum.log10));
  CHECK_THAT(sum.log10, WithinAbs(18, 1e-12));
  CHECK_THAT(sum.ci95, WithinAbs(0.2, 1e-9));
}

TEST_CASE("fraction loads add, with the delta-method CI", "[stats][load]") {
  // 40·10^2 + 10·10^3 = 14000; SE_j = 0.2/z; Var = Σ(L_j ln10 SE_j)²; SE(log10) = √Var/(L ln10).
  const SampleTiter parts[] = {{{2, 0.2, Qualifier::equal}, 40}, {{3, 0.4, Qualifier::equal}, 10}};
  const Estimate sum = sum_of_loads(parts);
  CHECK_THAT(sum.log10, WithinAbs(std::log10(14000.0), 1e-12));
  const double expected = std::sqrt(std::pow(4000 * 0.2, 2) + std::pow(10000 * 0.4, 2)) / 14000;
  CHECK_THAT(sum.ci95, WithinAbs(expected, 1e-12));
  CHECK(sum.qualifier == Qualifier::equal);
}

TEST_CASE("censored fractions make the sum censored and mixed directions are an error", "[stats][load]") {
  const SampleTiter upper[] = {{{2, 0.2, Qualifier::equal}, 40}, {{1, 0, Qualifier::at_most}, 10}};
  CHECK(sum_of_loads(upper).qualifier == Qualifier::at_most);
  const SampleTiter lower[] = {{{2, 0.2, Qualifier::at_least}, 40}, {{1, 0.1, Qualifier::equal}, 10}};
  CHECK(sum_of_loads(lower).qualifier == Qualifier::at_least);
  const SampleTiter both[] = {{{2, 0, Qualifier::at_least}, 40}, {{1, 0, Qualifier::at_most}, 10}};
  CHECK_THROWS_MATCHES(sum_of_loads(both), ComputeError,
                       Catch::Predicate<ComputeError>([](const ComputeError& e) { return e.rule() == "censoring"; }));
}
