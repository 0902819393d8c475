// Q5A(R2) Appendix 3: clearance should be shown in independent replicate runs that agree.
#include <algorithm>

#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {

void check_replicates(const Study& study, const Results& results, Diagnostics& out) {
  for (const StepResult& claim : results.steps) {
    const Step& step = step_of(study, claim.step);
    if (claim.counted && claim.runs.size() < 2)
      out.push_back({step.marks.of("runs"), Severity::warning, "replicates",
                     fmt::format("step '{}' claims {} for {} from {} run; ICH Q5A(R2) expects at least two "
                                 "independent runs for a counted step: add a replicate run",
                                 step.id, claim.lrv.log10 > 0 ? fmt::format("{:.2f} log10", claim.lrv.log10) : "clearance",
                                 claim.virus, claim.runs.size())});
    double low = 0, high = 0;
    bool first = true;
    for (const RunResult& run : results.runs) {
      if (run.step != claim.step || run.virus != claim.virus || !run.computed) continue;
      low = first ? run.lrv.log10 : std::min(low, run.lrv.log10);
      high = first ? run.lrv.log10 : std::max(high, run.lrv.log10);
      first = false;
    }
    if (high - low > 1.0)
      out.push_back({step.marks.of("runs"), Severity::warning, "replicate-spread",
                     fmt::format("the runs of step '{}' for {} differ by {:.2f} log10 ({:.2f} to {:.2f}); "
                                 "replicates should agree within 1 log10: look for an assay or process "
                                 "difference before claiming", step.id, claim.virus, high - low, low, high)});
  }
}

}  // namespace vclear::detail
