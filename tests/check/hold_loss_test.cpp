#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("hold-loss: the hold control more than 0.5 log10 below the load", "[check]") {
  const std::string hold = replaced(base_study(), "        output: {volume_ml: 100, titer: {log10: 3.0",
                                    "        hold: {volume_ml: 100, titer: {log10: 6.4, ci95: 0.3}}\n"
                                    "        output: {volume_ml: 100, titer: {log10: 3.0");
  const auto found = with_rule(hold, "hold-loss");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 17);
  CHECK(with_rule(replaced(hold, "log10: 6.4", "log10: 6.6"), "hold-loss").empty());
}
