#include <catch2/catch.hpp>

#include "vclear/stats/lrv.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("Q5A: ±0.3 and ±0.4 combine to ±0.5", "[stats][lrv]") {
  const Estimate lrv = log_reduction({8.0, 0.3, Qualifier::equal}, {3.0, 0.4, Qualifier::equal});
  CHECK_THAT(lrv.log10, WithinAbs(5.0, 1e-12));
  CHECK_THAT(lrv.ci95, WithinAbs(0.5, 1e-12));
  CHECK(lrv.qualifier == Qualifier::equal);
}

TEST_CASE("censoring of the reduction factor", "[stats][lrv]") {
  const Estimate eq{8, 0.3, Qualifier::equal};
  CHECK(log_reduction(eq, {2, 0, Qualifier::at_most}).qualifier == Qualifier::at_least);
  CHECK(log_reduction({8, 0, Qualifier::at_least}, {2, 0.2, Qualifier::equal}).qualifier == Qualifier::at_least);
  CHECK(log_reduction(eq, {7, 0, Qualifier::at_least}).qualifier == Qualifier::at_most);
  CHECK(log_reduction({8, 0, Qualifier::at_most}, {2, 0.2, Qualifier::equal}).qualifier == Qualifier::at_most);
  CHECK_THAT(log_reduction(eq, {2, 0, Qualifier::at_most}).ci95, WithinAbs(0.3, 1e-12));
  CHECK_THROWS_AS(log_reduction({8, 0, Qualifier::at_least}, {7, 0, Qualifier::at_least}), ComputeError);
  CHECK_THROWS_AS(log_reduction({8, 0, Qualifier::at_most}, {2, 0, Qualifier::at_most}), ComputeError);
}

TEST_CASE("the reference load: load, hold or the lower", "[stats][lrv]") {
  const Estimate load{8.0, 0.3, Qualifier::equal}, hold{7.6, 0.3, Qualifier::equal};
  CHECK(reference_load(Reference::load, load, hold).log10 == 8.0);
  CHECK(reference_load(Reference::hold, load, hold).log10 == 7.6);
  CHECK(reference_load(Reference::lower, load, hold).log10 == 7.6);
  CHECK(reference_load(Reference::lower, hold, load).log10 == 7.6);
  CHECK_THROWS_AS(reference_load(Reference::hold, load, std::nullopt), ComputeError);
  CHECK_THROWS_AS(reference_load(Reference::lower, load, std::nullopt), ComputeError);
}
