#include "vclear/study/model.hpp"

#include <catch2/catch.hpp>

using namespace vclear;

TEST_CASE("marks fall back to the mapping for absent keys", "[study]") {
  Marks m;
  m.where = {"f.yaml", 3, 5};
  m.fields["volume_ml"] = {"f.yaml", 4, 18};
  CHECK(m.of("volume_ml").line == 4);
  CHECK(m.of("titer").line == 3);
  CHECK(to_string(Reference::lower) == "lower");
  CHECK(to_string(SkVariance::n_minus_1) == "n-1");
  CHECK(to_string(StepType::inactivation) == "inactivation");
}
