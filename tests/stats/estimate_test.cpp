#include <catch2/catch.hpp>

#include "vclear/stats/estimate.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("z for a two-sided 95 % interval is 1.959964", "[stats]") {
  CHECK_THAT(z95(), WithinAbs(1.959963984540054, 1e-12));
  CHECK(symbol(Qualifier::at_least) == ">=");
  CHECK(symbol(Qualifier::at_most) == "<=");
  CHECK(symbol(Qualifier::equal) == "=");
}
