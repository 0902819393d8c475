#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"
#include "check/rules.hpp"

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

TEST_CASE("mixed-methods: tests/data/check/mixed_methods.yaml warns at run r1", "[check]") {
  const Analysis a = analyze_check_data("mixed_methods.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"mixed-methods"});
  CHECK(a.diagnostics[0].where.line == 15);
  CHECK(a.diagnostics[0].where.column == 9);
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("run 'r1'") && Catch::Contains("poisson-ml"));
}

TEST_CASE("mixed-methods: reported titers next to poisson-ml are no mix; time points are compared", "[check]") {
  const auto quantal = [](QuantalMethod method) {
    QuantalAssay q;
    q.method = method;
    return TiterSpec{q, {"t.yaml", 1, 1}};
  };
  Study study;
  Step step;
  Run run;
  run.id = "x";
  run.marks.where = {"t.yaml", 9, 9};
  run.load.titer = quantal(QuantalMethod::poisson_ml);
  run.output = Output{};
  run.output->fractions.resize(1);
  run.output->fractions[0].titer = {ReportedTiter{3.0, 0.3}, {"t.yaml", 1, 1}};
  step.runs.push_back(run);
  study.steps.push_back(step);
  std::vector<Diagnostic> out;
  detail::check_mixed_methods(study, Results{}, out);
  CHECK(out.empty());
  TimePoint point;
  point.titer = quantal(QuantalMethod::spearman_karber);
  study.steps[0].runs[0].timecourse.push_back(point);
  detail::check_mixed_methods(study, Results{}, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].where.line == 9);
}
