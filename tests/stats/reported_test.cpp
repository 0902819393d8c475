#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/titer.hpp"

using namespace vclear;

TEST_CASE("reported titers carry their CI and a detection limit is an upper bound", "[stats]") {
  const Titer t = reported_titer({6.52, 0.28});
  CHECK(t.estimate.qualifier == Qualifier::equal);
  CHECK(*t.ci_low == 6.52 - 0.28);
  const Titer m = reported_maximum({1.2});
  CHECK(m.estimate.qualifier == Qualifier::at_most);
  CHECK(m.estimate.ci95 == 0);
  CHECK_THROWS_AS(reported_titer({NAN, 0.2}), ComputeError);
  CHECK_THROWS_AS(reported_titer({6, -0.2}), ComputeError);
}
