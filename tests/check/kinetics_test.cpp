#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"
#include "check/rules.hpp"

using namespace vclear;
using namespace vclear::test;

namespace {
std::string inactivation(const std::string& process, const std::string& points) {
  return base_study() + R"(  - id: lowph
    name: low pH
    type: inactivation
)" + process + R"(    runs:
      - id: i1
        virus: X-MuLV
        load: {volume_ml: 10, titer: {log10: 7.0, ci95: 0.3}}
        timecourse: )" + points + "\n";
}
}  // namespace

TEST_CASE("kinetics: a complete time course passes", "[check]") {
  CHECK(with_rule(inactivation("    process_minutes: 60\n", "[{minutes: 0, titer: {log10: 7, ci95: 0.3}}, {minutes: 10, titer: {log10: 4, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics").empty());
}

TEST_CASE("kinetics: no intermediate point, no point at 0, no process time", "[check]") {
  const auto middle = with_rule(inactivation("    process_minutes: 60\n", "[{minutes: 0, titer: {log10: 7, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics");
  REQUIRE(middle.size() == 1);
  CHECK(middle[0].message.find("strictly between") != std::string::npos);
  const auto zero = with_rule(inactivation("    process_minutes: 60\n", "[{minutes: 5, titer: {log10: 5, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics");
  REQUIRE(zero.size() == 1);
  CHECK(zero[0].message.find("at 0 minutes") != std::string::npos);
  const auto process = with_rule(inactivation("", "[{minutes: 0, titer: {log10: 7, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics");
  REQUIRE(process.size() == 1);
  CHECK(process[0].where.line == 22);
}

TEST_CASE("kinetics: tests/data/check/kinetics.yaml warns at the time course of i2 only", "[check]") {
  const Analysis a = analyze_check_data("kinetics.yaml");
  REQUIRE(rules_of(a) == std::vector<std::string>{"kinetics"});
  CHECK(a.diagnostics[0].where.line == 26);
  CHECK(a.diagnostics[0].where.column == 11);
  CHECK_THAT(a.diagnostics[0].message, Catch::Contains("run 'i2'") && Catch::Contains("strictly between 0 and 60"));
}

TEST_CASE("kinetics: built in code, an inactivation run without a time course is warned at the run", "[check]") {
  Study study;
  Step step;
  step.id = "uvc";
  step.type = StepType::inactivation;
  step.process_minutes = 10;
  step.marks.where = {"t.yaml", 8, 5};
  Run run;
  run.id = "u1";
  run.marks.where = {"t.yaml", 12, 9};
  step.runs.push_back(run);
  study.steps.push_back(step);
  std::vector<Diagnostic> out;
  detail::check_kinetics(study, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].where.line == 12);
  CHECK_THAT(out[0].message, Catch::Contains("no time course"));

  // A point at exactly the process time is not "between"; one a little before it is.
  TimePoint at_zero, at_end;
  at_end.minutes = 10;
  study.steps[0].runs[0].timecourse = {at_zero, at_end};
  out.clear();
  detail::check_kinetics(study, out);
  REQUIRE(out.size() == 1);
  CHECK_THAT(out[0].message, Catch::Contains("strictly between"));
  TimePoint inside;
  inside.minutes = 9.5;
  study.steps[0].runs[0].timecourse.push_back(inside);
  out.clear();
  detail::check_kinetics(study, out);
  CHECK(out.empty());

  // Removal steps are not inactivation: no kinetics expected.
  study.steps[0].type = StepType::removal;
  study.steps[0].runs[0].timecourse.clear();
  out.clear();
  detail::check_kinetics(study, out);
  CHECK(out.empty());
}
