#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"
#include "check/rules.hpp"

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

TEST_CASE("virus-panel: tests/data/check/virus_panel.yaml (X-MuLV, BVDV) gives the three panel warnings at viruses", "[check]") {
  const Analysis a = analyze_check_data("virus_panel.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>(3, "virus-panel"));
  for (const Diagnostic& d : a.diagnostics) {
    CHECK(d.where.line == 5);
    CHECK(d.where.column == 3);
    CHECK(d.severity == Severity::warning);
  }
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("2 viruses"));
  CHECK_THAT(a.diagnostics[1].message, Catch::Contains("non-enveloped"));
  CHECK_THAT(a.diagnostics[2].message, Catch::Contains("DNA"));
}

TEST_CASE("virus-panel: built in code, properties not given count as unknown and are named", "[check]") {
  Study study;
  study.marks.fields["viruses"] = {"t.yaml", 4, 3};
  for (const char* id : {"A", "B", "C"}) {
    Virus v;
    v.id = id;
    study.viruses.push_back(v);
  }
  study.viruses[0].enveloped = true;
  study.viruses[0].genome = "RNA";
  std::vector<Diagnostic> out;
  detail::check_virus_panel(study, out);
  REQUIRE(out.size() == 2);  // three viruses, but no known non-enveloped and no known DNA virus
  for (const Diagnostic& d : out) {
    CHECK(d.where.line == 4);
    CHECK_THAT(d.message, Catch::Contains("unknown for B, C"));
  }
  study.viruses[1].enveloped = false;
  study.viruses[1].genome = "DNA";
  out.clear();
  detail::check_virus_panel(study, out);
  CHECK(out.empty());
}
