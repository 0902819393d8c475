#include "vclear/compute/compute.hpp"

#include <cmath>

#include <catch2/catch.hpp>

#include "compute/study_builder.hpp"

using namespace vclear;
using namespace vclear::test;
using Catch::Matchers::WithinAbs;

namespace {
Step removal(std::string id, std::string mechanism, std::vector<Run> runs) {
  Step s;
  s.id = std::move(id);
  s.mechanism = std::move(mechanism);
  s.runs = std::move(runs);
  return s;
}
}  // namespace

TEST_CASE("claims, counting and the cumulative clearance of a study", "[compute]") {
  Study study;
  study.viruses = {virus("X"), virus("M")};
  study.steps = {
      removal("aex", "anion-exchange", {simple_run("a1", "X", 7, 3), simple_run("a2", "X", 7, 2.5),
                                        simple_run("a3", "M", 7, 6.5)}),
      removal("mm", "Anion-Exchange", {simple_run("m1", "X", 7, 4), simple_run("m2", "X", 7, 4)}),
      removal("vf", "size-exclusion", {simple_run("v1", "X", 7, 2), simple_run("v2", "M", 7, 3)}),
  };
  study.safety_margin = SafetyMarginSpec{"X", 1e6, 1000, 1e-6, {}};
  const Results r = compute(study);
  REQUIRE(r.runs.size() == 7);
  CHECK(r.diagnostics.empty());
  REQUIRE(r.steps.size() == 5);  // aex×X, aex×M, mm×X, vf×X, vf×M

  // aex × X: lowest of 4 and 4.5.
  CHECK(r.steps[0].step == "aex");
  CHECK(r.steps[0].virus == "X");
  CHECK_THAT(r.steps[0].lrv.log10, WithinAbs(4.0, 1e-12));
  CHECK(r.steps[0].counted);
  // aex × M: 0.5 is not more than 1 log10.
  CHECK_FALSE(r.steps[1].counted);
  CHECK(r.steps[1].reason == "<= 1.0 log10");
  // mm × X: same mechanism (case-insensitive) as aex with a lower LRV (3 < 4).
  CHECK_FALSE(r.steps[2].counted);
  CHECK(r.steps[2].reason == "same mechanism as step aex");

  REQUIRE(r.cumulative.size() == 2);
  CHECK(r.cumulative[0].virus == "X");
  CHECK_THAT(r.cumulative[0].lrv.log10, WithinAbs(9.0, 1e-12));  // aex 4 + vf 5
  CHECK_THAT(r.cumulative[0].lrv.ci95, WithinAbs(std::sqrt(0.5), 1e-12));
  CHECK(r.cumulative[0].steps == std::vector<std::string>{"aex", "vf"});
  CHECK_THAT(r.cumulative[1].lrv.log10, WithinAbs(4.0, 1e-12));  // vf only

  // 10^6 × 10^3 / 10^9 = 1 particle per dose; target 10^-6 → margin −6.
  REQUIRE(r.safety_margin);
  CHECK_THAT(r.safety_margin->margin.particles_per_dose.log10, WithinAbs(0.0, 1e-12));
  CHECK_THAT(r.safety_margin->margin.margin_log10, WithinAbs(-6.0, 1e-12));
  CHECK_FALSE(r.safety_margin->margin.meets_target);
}

TEST_CASE("a virus with no counted step has a cumulative of 0", "[compute]") {
  Study study;
  study.viruses = {virus("X"), virus("Y")};
  study.steps = {removal("aex", "", {simple_run("a1", "X", 7, 3)})};
  const Results r = compute(study);
  REQUIRE(r.cumulative.size() == 2);
  CHECK(r.cumulative[1].virus == "Y");
  CHECK(r.cumulative[1].lrv.log10 == 0.0);
  CHECK(r.cumulative[1].lrv.qualifier == Qualifier::equal);
  CHECK(r.cumulative[1].steps.empty());
}

TEST_CASE("the mean replicate rule averages runs", "[compute]") {
  Study study;
  study.settings.replicate_rule = ReplicateRule::mean;
  study.viruses = {virus("X")};
  study.steps = {removal("aex", "", {simple_run("a1", "X", 7, 3), simple_run("a2", "X", 7, 2)})};
  const Results r = compute(study);
  REQUIRE(r.steps.size() == 1);
  CHECK_THAT(r.steps[0].lrv.log10, WithinAbs(4.5, 1e-12));
  CHECK_THAT(r.steps[0].lrv.ci95, WithinAbs(std::sqrt(2 * 0.25) / 2, 1e-12));
}

TEST_CASE("a run that cannot be computed stays out of the claims", "[compute]") {
  Study study;
  study.viruses = {virus("X")};
  Run bad = simple_run("bad", "X", 7, 3);
  bad.load.titer = below(7.0, 5);
  study.steps = {removal("aex", "", {bad, simple_run("ok", "X", 7, 3)})};
  const Results r = compute(study);
  CHECK(has_errors(r.diagnostics));
  REQUIRE(r.steps.size() == 1);
  CHECK(r.steps[0].runs == std::vector<std::string>{"ok"});
}
