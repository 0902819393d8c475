#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("spike-ratio: more than 10 % v/v", "[check]") {
  const auto found = with_rule(replaced(base_study(), "spike_ml: 5", "spike_ml: 10.5"), "spike-ratio");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 15);
  CHECK(found[0].where.column == 19);
  CHECK(with_rule(replaced(base_study(), "spike_ml: 5", "spike_ml: 10"), "spike-ratio").empty());
}
