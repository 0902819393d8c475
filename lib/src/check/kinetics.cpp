// Inactivation should be shown as kinetics (Q5A(R2) Appendix 3; domain.md §6): a sample at 0 minutes,
// one strictly between 0 and the process time, and the process time itself on the step.
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {
namespace {

// domain.md §6 states the point rules for runs that give a time course. A run of an inactivation
// step with no time course at all shows no kinetics either, so it gets the same warning (at the run)
// rather than passing silently: an end-point alone cannot show that inactivation is still going on.
void check_run(const Step& step, const Run& run, Diagnostics& out) {
  if (run.timecourse.empty()) {
    out.push_back({run.marks.where, Severity::warning, "kinetics",
                   fmt::format("inactivation run '{}' has no time course; ICH Q5A(R2) expects the kinetics "
                               "of inactivation: add timecourse: with samples at 0 minutes, in between and at "
                               "the end of the exposure", run.id)});
    return;
  }
  bool at_zero = false, between = false;
  for (const TimePoint& p : run.timecourse) {
    at_zero = at_zero || p.minutes == 0;
    between = between || (step.process_minutes && p.minutes > 0 && p.minutes < *step.process_minutes);
  }
  if (!at_zero)
    out.push_back({run.marks.of("timecourse"), Severity::warning, "kinetics",
                   fmt::format("the time course of run '{}' has no point at 0 minutes; add the titer at the "
                               "start of the exposure so the kinetics start from the spiked load", run.id)});
  // Without process_minutes "between" is undefined; the step's own warning covers that case.
  if (step.process_minutes && !between)
    out.push_back({run.marks.of("timecourse"), Severity::warning, "kinetics",
                   fmt::format("the time course of run '{}' has no point strictly between 0 and {} minutes "
                               "(the process time); add an intermediate sample to show the inactivation "
                               "kinetics", run.id, *step.process_minutes)});
}

}  // namespace

void check_kinetics(const Study& study, Diagnostics& out) {
  for (const Step& step : study.steps) {
    if (step.type != StepType::inactivation) continue;
    if (!step.process_minutes)
      out.push_back({step.marks.where, Severity::warning, "kinetics",
                     fmt::format("inactivation step '{}' has no process_minutes; give the shortest exposure "
                                 "in manufacturing so the claim uses only points within it", step.id)});
    for (const Run& run : step.runs) check_run(step, run, out);
  }
}

}  // namespace vclear::detail
