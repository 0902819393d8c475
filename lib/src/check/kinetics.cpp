// Inactivation should be shown as kinetics (Q5A(R2) Appendix 3): a point at 0, one in between.
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {

void check_kinetics(const Study& study, Diagnostics& out) {
  for (const Step& step : study.steps) {
    if (step.type != StepType::inactivation) continue;
    if (!step.process_minutes) {
      out.push_back({step.marks.where, Severity::warning, "kinetics",
                     fmt::format("inactivation step '{}' has no process_minutes; give the shortest exposure "
                                 "in manufacturing so the claim uses only points within it", step.id)});
    }
    for (const Run& run : step.runs) {
      if (run.timecourse.empty()) {
        out.push_back({run.marks.where, Severity::warning, "kinetics",
                       fmt::format("inactivation run '{}' has no time course; ICH Q5A(R2) expects the kinetics "
                                   "of inactivation (samples at 0, in between and at the end)", run.id)});
        continue;
      }
      bool at_zero = false, between = false;
      for (const TimePoint& p : run.timecourse) {
        at_zero = at_zero || p.minutes == 0;
        between = between || (p.minutes > 0 && (!step.process_minutes || p.minutes < *step.process_minutes));
      }
      if (!at_zero)
        out.push_back({run.marks.of("timecourse"), Severity::warning, "kinetics",
                       fmt::format("the time course of run '{}' has no point at 0 minutes; add the starting "
                                   "titer so the kinetics are complete", run.id)});
      if (step.process_minutes && !between)
        out.push_back({run.marks.of("timecourse"), Severity::warning, "kinetics",
                       fmt::format("the time course of run '{}' has no point strictly between 0 and {} minutes; "
                                   "an intermediate sample shows the inactivation kinetics", run.id,
                                   *step.process_minutes)});
    }
  }
}

}  // namespace vclear::detail
