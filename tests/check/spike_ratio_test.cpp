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

TEST_CASE("spike-ratio: tests/data/check/spike_ratio.yaml warns at spike_ml of r1", "[check]") {
  const Analysis a = analyze_check_data("spike_ratio.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"spike-ratio"});
  CHECK(a.diagnostics[0].where.line == 16);
  CHECK(a.diagnostics[0].where.column == 19);
  // load.volume_ml is the spiked load, so the ratio is 15 / 100, not 15 / 85.
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("15.0 % v/v"));
}
