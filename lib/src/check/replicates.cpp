// Q5A(R2) Appendix 3: clearance should be shown in independent replicate runs that agree.
#include <algorithm>

#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {
namespace {

constexpr double max_spread_log10 = 1.0;

// Only a counted claim needs replicates: a claim left out of the total cannot overstate it.
void check_count(const Step& step, const StepResult& claim, Diagnostics& out) {
  if (!claim.counted || claim.runs.size() >= 2) return;
  out.push_back({step.marks.of("runs"), Severity::warning, "replicates",
                 fmt::format("step '{}' counts {}{:.2f} log10 for {} from {} run; ICH Q5A(R2) expects at least "
                             "two independent runs for a claimed reduction: add a replicate run",
                             step.id, claim.lrv.qualifier == Qualifier::at_least ? ">= " : "", claim.lrv.log10,
                             claim.virus, claim.runs.size())});
}

// Spread over the computed runs of one step and virus, censored LRVs at their bound.
void check_spread(const Step& step, const StepResult& claim, const Results& results, Diagnostics& out) {
  std::vector<double> lrvs;
  for (const RunResult& run : results.runs)
    if (run.step == claim.step && run.virus == claim.virus && run.computed) lrvs.push_back(run.lrv.log10);
  if (lrvs.size() < 2) return;
  const auto [low, high] = std::minmax_element(lrvs.begin(), lrvs.end());
  if (*high - *low > max_spread_log10)
    out.push_back({step.marks.of("runs"), Severity::warning, "replicate-spread",
                   fmt::format("the runs of step '{}' for {} differ by {:.2f} log10 ({:.2f} to {:.2f}); ICH "
                               "Q5A(R2) expects replicates to agree (within 1 log10): look for an assay or "
                               "process difference before claiming", step.id, claim.virus, *high - *low, *low, *high)});
}

}  // namespace

void check_replicates(const Study& study, const Results& results, Diagnostics& out) {
  for (const StepResult& claim : results.steps) {
    const Step& step = step_of(study, claim.step);
    check_count(step, claim, out);
    check_spread(step, claim, results, out);
  }
}

}  // namespace vclear::detail
