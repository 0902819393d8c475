#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("assay-precision: a titer CI wider than ±0.5 log10", "[check]") {
  const auto found = with_rule(replaced(base_study(), "log10: 3.2, ci95: 0.3", "log10: 3.2, ci95: 0.65"), "assay-precision");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 21);
  CHECK(found[0].where.column == 41);
  CHECK(with_rule(replaced(base_study(), "log10: 3.2, ci95: 0.3", "log10: 3.2, ci95: 0.5"), "assay-precision").empty());
}
