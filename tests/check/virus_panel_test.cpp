#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("virus-panel: too few viruses, and no non-enveloped or no DNA virus", "[check]") {
  const std::string two = replaced(replaced(base_study(), "  - {id: MVM, catalogue: MVM}\n", ""), "  - {id: PRV, catalogue: PRV}\n", "");
  const auto found = with_rule(two, "virus-panel");
  REQUIRE(found.size() == 3);  // one virus; enveloped only; RNA only
  for (const Diagnostic& d : found) CHECK(d.where.line == 4);
  CHECK(with_rule(base_study(), "virus-panel").empty());
  const auto unknown = with_rule(replaced(base_study(), "{id: MVM, catalogue: MVM}", "{id: MVM}"), "virus-panel");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message.find("unknown for MVM") != std::string::npos);
}
