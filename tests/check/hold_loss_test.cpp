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

TEST_CASE("hold-loss: tests/data/check/hold_loss.yaml warns at the hold of r2", "[check]") {
  const Analysis a = analyze_check_data("hold_loss.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"hold-loss"});
  CHECK(a.diagnostics[0].where.line == 21);
  CHECK(a.diagnostics[0].where.column == 15);
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("0.70 log10 below"));
}

TEST_CASE("hold-loss compares loads, not titers, when the volumes differ", "[check]") {
  // Hold titer 6.8 in 200 mL is a load of 9.10 log10 against 9.00 for 7.0 in 100 mL: no loss.
  const std::string hold = replaced(base_study(), "        output: {volume_ml: 100, titer: {log10: 3.0",
                                    "        hold: {volume_ml: 200, titer: {log10: 6.4, ci95: 0.3}}\n"
                                    "        output: {volume_ml: 100, titer: {log10: 3.0");
  CHECK(with_rule(hold, "hold-loss").empty());
  // The same titer in 20 mL is a load of 7.70: 1.30 log10 lost.
  const auto lost = with_rule(replaced(hold, "volume_ml: 200", "volume_ml: 20"), "hold-loss");
  REQUIRE(lost.size() == 1);
  CHECK_THAT(lost[0].message, Catch::Contains("1.30 log10"));
}
