#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("replicates: a counted claim from a single run", "[check]") {
  const std::string one = replaced(base_study(), R"(      - id: r2
        virus: X-MuLV
        load: {volume_ml: 100, titer: {log10: 7.0, ci95: 0.3}}
        output: {volume_ml: 100, titer: {log10: 3.2, ci95: 0.3}}
)", "");
  const auto found = with_rule(one, "replicates");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].where.line == 13);  // the runs key of the step
  CHECK(with_rule(base_study(), "replicates").empty());
}

TEST_CASE("replicate-spread: runs more than 1 log10 apart", "[check]") {
  const auto found = with_rule(replaced(base_study(), "log10: 3.2, ci95: 0.3", "log10: 1.5, ci95: 0.3"), "replicate-spread");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 13);
  CHECK(found[0].message.find("1.50") != std::string::npos);
}
