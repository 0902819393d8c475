// The spike should not change the load material: at most 10 % v/v (Q5A(R2) Appendix 3 practice).
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {

void check_spike_ratio(const Study& study, Diagnostics& out) {
  for (const Step& step : study.steps)
    for (const Run& run : step.runs) {
      if (!run.spike_ml || !(run.load.volume_ml > 0)) continue;
      const double ratio = *run.spike_ml / run.load.volume_ml;  // load.volume_ml is the spiked load
      if (ratio > 0.10)
        out.push_back({run.marks.of("spike_ml"), Severity::warning, "spike-ratio",
                       fmt::format("run '{}' spikes {} mL into a {} mL load ({:.1f} % v/v); the spike should be "
                                   "at most 10 % so the load stays representative of the process: use a "
                                   "smaller volume of a more concentrated stock",
                                   run.id, *run.spike_ml, run.load.volume_ml, 100 * ratio)});
    }
}

}  // namespace vclear::detail
