// A hold control well below the load shows the virus is unstable in the matrix (Q5A(R2) Appendix 3).
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {

void check_hold_loss(const Study& study, const Results& results, Diagnostics& out) {
  std::size_t index = 0;
  for (const Step& step : study.steps)
    for (const Run& run : step.runs) {
      const RunResult& r = results.runs.at(index++);
      if (!r.computed || !r.hold || !run.hold) continue;
      const double loss = r.load.load.log10 - r.hold->load.log10;
      if (loss > 0.5)
        out.push_back({run.hold->marks.where, Severity::warning, "hold-loss",
                       fmt::format("the hold control of run '{}' is {:.2f} log10 below the spiked load; a loss "
                                   "> 0.5 log10 means the virus is unstable in the matrix and part of the "
                                   "reduction is not due to the step: report reference: hold or lower, and "
                                   "discuss it", run.id, loss)});
    }
}

}  // namespace vclear::detail
