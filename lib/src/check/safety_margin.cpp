// ICH Q5A(R2) Appendix 5: the estimated particles per dose should meet the target.
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {

void check_safety_margin(const Study& study, const Results& results, Diagnostics& out) {
  if (!study.safety_margin || !results.safety_margin) return;
  const SafetyMargin& m = results.safety_margin->margin;
  if (!m.meets_target)
    out.push_back({study.safety_margin->marks.where, Severity::warning, "safety-margin",
                   fmt::format("estimated {}10^{:.2f} particles per dose for {} against a target of {} per dose "
                               "(margin {:.2f} log10); the process does not show enough clearance: add or "
                               "improve clearance steps", m.particles_per_dose.qualifier == Qualifier::at_most ? "≤ " : "",
                               m.particles_per_dose.log10, results.safety_margin->virus,
                               results.safety_margin->target_per_dose, m.margin_log10)});
}

}  // namespace vclear::detail
