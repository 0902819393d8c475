#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("mixed-methods: poisson-ml against Spearman–Kärber in one run", "[check]") {
  const std::string plate = "{tcid50: {inoculum_ml: 0.1, dilutions: [-1, -2, -3, -4, -5, -6, -7, -8], wells: 8, positive: [8, 8, 8, 8, 8, 5, 1, 0]%s}}";
  std::string sk = plate, ml = plate;
  sk.replace(sk.find("%s"), 2, "");
  ml.replace(ml.find("%s"), 2, ", method: poisson-ml");
  std::string out = "{tcid50: {inoculum_ml: 0.1, dilutions: [0, -1, -2, -3], wells: 8, positive: [8, 6, 1, 0]}}";
  const std::string mixed = replaced(replaced(base_study(), "{log10: 7.0, ci95: 0.3}}\n        output: {volume_ml: 100, titer: {log10: 3.0, ci95: 0.3}}",
                                              ml + "}\n        output: {volume_ml: 100, titer: " + out + "}"), "", "");
  const auto found = with_rule(mixed, "mixed-methods");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 13);
  const std::string same = replaced(base_study(), "{log10: 7.0, ci95: 0.3}}\n        output: {volume_ml: 100, titer: {log10: 3.0, ci95: 0.3}}",
                                    sk + "}\n        output: {volume_ml: 100, titer: " + out + "}");
  CHECK(with_rule(same, "mixed-methods").empty());
}
