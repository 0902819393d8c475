#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("negligible and mechanism notes", "[check]") {
  const std::string second = base_study() + R"(  - id: mm
    name: second anion exchange
    type: removal
    mechanism: Anion-Exchange
    runs:
      - {id: m1, virus: X-MuLV, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10: 5, ci95: 0.3}}}
      - {id: m2, virus: X-MuLV, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10: 5, ci95: 0.3}}}
)";
  const auto mechanism = with_rule(second, "mechanism");
  REQUIRE(mechanism.size() == 1);
  CHECK(mechanism[0].severity == Severity::note);
  CHECK(mechanism[0].where.line == 25);
  const auto negligible = with_rule(second, "negligible");
  REQUIRE(negligible.size() == 1);
  CHECK(negligible[0].message.find("same mechanism as step aex") != std::string::npos);
  const auto justified = with_rule(replaced(second, "    mechanism: Anion-Exchange\n", "    mechanism: Anion-Exchange\n    justification: different ligand chemistry\n"), "negligible");
  REQUIRE(justified.size() == 1);
  CHECK(justified[0].message.find("under its justification") != std::string::npos);
}
