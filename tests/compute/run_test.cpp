#include "compute/run.hpp"

#include <cmath>

#include <catch2/catch.hpp>

#include "compute/study_builder.hpp"

using namespace vclear;
using namespace vclear::test;
using Catch::Matchers::WithinAbs;

namespace {
RunResult run_one(const Run& run, std::vector<Diagnostic>& out, StepType type = StepType::removal,
                  std::optional<double> process_minutes = std::nullopt) {
  Step step;
  step.id = "s";
  step.type = type;
  step.process_minutes = process_minutes;
  return detail::compute_run(step, run, Settings{}, out);
}
}  // namespace

TEST_CASE("a run's LRV is reference load minus output load, CIs in quadrature", "[compute]") {
  Run run;
  run.id = "r1";
  run.virus = "X";
  run.load = sample(50, reported(7.0, 0.3));
  run.output = single_output(55, reported(2.0, 0.4));
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out);
  REQUIRE(r.computed);
  CHECK(out.empty());
  // 7 + log10 50 − (2 + log10 55) = 5 + log10(50/55); Q5A: ±0.3 and ±0.4 give ±0.5.
  CHECK_THAT(r.lrv.log10, WithinAbs(5 + std::log10(50.0 / 55.0), 1e-12));
  CHECK_THAT(r.lrv.ci95, WithinAbs(0.5, 1e-12));
  CHECK(r.lrv.qualifier == Qualifier::equal);
  CHECK_THAT(r.load.load.log10, WithinAbs(7 + std::log10(50.0), 1e-12));
}

TEST_CASE("an output below the detection limit gives a lower bound", "[compute]") {
  Run run;
  run.load = sample(10, reported(6.0, 0.2));
  run.output = single_output(10, below(1.0));
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out);
  CHECK_THAT(r.lrv.log10, WithinAbs(5.0, 1e-12));
  CHECK_THAT(r.lrv.ci95, WithinAbs(0.2, 1e-12));
  CHECK(r.lrv.qualifier == Qualifier::at_least);
}

TEST_CASE("reference lower takes the hold control when it is lower", "[compute]") {
  Run run;
  run.reference = Reference::lower;
  run.load = sample(10, reported(6.0, 0.2));
  run.hold = sample(10, reported(5.7, 0.2));
  run.output = single_output(10, reported(2.0, 0.2));
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out);
  CHECK_THAT(r.reference.log10, WithinAbs(6.7, 1e-12));
  CHECK_THAT(r.lrv.log10, WithinAbs(3.7, 1e-12));
}

TEST_CASE("fractions add up to the output load", "[compute]") {
  Run run;
  run.load = sample(10, reported(6.0, 0.0));
  Output o;
  o.fractions = {sample(40, reported(2.0, 0.0)), sample(10, reported(3.0, 0.0))};
  o.fractionated = true;
  run.output = o;
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out);
  // 40·100 + 10·1000 = 14000 → log10 4.146128; load 7 → LRV 2.853872.
  CHECK_THAT(r.output->load.log10, WithinAbs(std::log10(14000.0), 1e-12));
  CHECK_THAT(r.output->titer.log10, WithinAbs(std::log10(14000.0 / 50.0), 1e-12));
  CHECK_THAT(r.lrv.log10, WithinAbs(7 - std::log10(14000.0), 1e-12));
}

TEST_CASE("a time course gives the run's LRV by the domain rule", "[compute]") {
  Run run;
  run.load = sample(20, reported(6.5, 0.3));
  run.timecourse = {{0, reported(6.4, 0.3), std::nullopt, {}},
                    {5, below(1.2), std::nullopt, {}},   // at the LOD early: >= 5.3
                    {30, below(2.0), std::nullopt, {}}};  // higher LOD later: >= 4.5
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out, StepType::inactivation, 30.0);
  REQUIRE(r.computed);
  REQUIRE(r.timecourse_claim == 1u);
  CHECK_THAT(r.lrv.log10, WithinAbs(5.3, 1e-12));
  CHECK(r.lrv.qualifier == Qualifier::at_least);
  CHECK_FALSE(r.kinetics.has_value());  // one "=" point only
}

TEST_CASE("process_minutes excludes later time points", "[compute]") {
  Run run;
  run.load = sample(20, reported(6.0, 0.3));
  run.timecourse = {{0, reported(6.0, 0.3), 1.0, {}},
                    {10, reported(4.0, 0.3), 1.0, {}},
                    {60, reported(1.0, 0.3), 1.0, {}}};
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out, StepType::inactivation, 15.0);
  REQUIRE(r.timecourse_claim == 1u);
  // reference 6 + log10 20; point volume 1 mL: LRV = 6 + log10 20 − 4.
  CHECK_THAT(r.lrv.log10, WithinAbs(2 + std::log10(20.0), 1e-12));
  REQUIRE(r.kinetics.has_value());
  CHECK(r.kinetics->points == 3);
}

TEST_CASE("a load below the detection limit is a located censoring error", "[compute]") {
  Run run;
  run.load = sample(10, below(3.0, 12));
  run.output = single_output(10, reported(1.0, 0.2));
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out);
  CHECK_FALSE(r.computed);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "censoring");
  CHECK(out[0].severity == Severity::error);
  CHECK(out[0].where.line == 12);
}

TEST_CASE("a hold reference without a hold control is a method error", "[compute]") {
  Run run;
  run.reference = Reference::hold;
  run.marks.fields["reference"] = {"t.yaml", 9, 20};
  run.load = sample(10, reported(6.0, 0.2));
  run.output = single_output(10, reported(1.0, 0.2));
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out);
  CHECK_FALSE(r.computed);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "method");
  CHECK(out[0].where.line == 9);
}

TEST_CASE("assay errors from the calculators are located at the titer", "[compute]") {
  Run run;
  run.load = sample(10, reported(6.0, 0.2));
  QuantalAssay uneven;
  uneven.inoculum_ml = 0.1;
  uneven.dilutions = {-1, -2, -4};
  uneven.wells = {8, 8, 8};
  uneven.positive = {8, 4, 0};
  run.output = single_output(10, {uneven, {"t.yaml", 21, 11}});
  std::vector<Diagnostic> out;
  const RunResult r = run_one(run, out);
  CHECK_FALSE(r.computed);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "sk-spacing");
  CHECK(out[0].where.line == 21);
  CHECK(out[0].where.column == 11);
}
