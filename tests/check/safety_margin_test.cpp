#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("safety-margin: the target is not met", "[check]") {
  const std::string margin = base_study() + "safety_margin: {virus: X-MuLV, particles_per_ml: 1.0e6, bulk_ml_per_dose: 1000}\n";
  const auto found = with_rule(margin, "safety-margin");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 22);
  const std::string met = base_study() + "safety_margin: {virus: X-MuLV, particles_per_ml: 1.0e-3, bulk_ml_per_dose: 1}\n";
  CHECK(with_rule(met, "safety-margin").empty());
}
