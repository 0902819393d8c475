// ICH Q5A(R2) Appendix 5: the estimated particles per dose should meet the target.
#include <cmath>

#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {
namespace {

// 1e-06 reads as 10^-6; a target that is not a power of ten keeps its digits.
std::string power_of_ten_text(double value) {
  const double exponent = std::log10(value);
  if (std::isfinite(exponent) && exponent == std::round(exponent)) return fmt::format("10^{}", static_cast<int>(exponent));
  return fmt::format("{:g}", value);
}

}  // namespace

void check_safety_margin(const Study& study, const Results& results, Diagnostics& out) {
  if (!study.safety_margin || !results.safety_margin) return;
  const SafetyMarginResult& r = *results.safety_margin;
  const SafetyMargin& m = r.margin;
  if (m.meets_target) return;
  out.push_back({study.safety_margin->marks.where, Severity::warning, "safety-margin",
                 fmt::format("the process leaves an estimated {}10^{:.2f} particles of {} per dose, above the "
                             "target of {} per dose by {:.2f} log10; ICH Q5A(R2) Appendix 5 expects the "
                             "clearance to reduce the particles per dose below the target: add or improve "
                             "clearance steps, or review the particle count",
                             m.particles_per_dose.qualifier == Qualifier::at_most ? "≤ " : "",
                             m.particles_per_dose.log10, r.virus, power_of_ten_text(r.target_per_dose),
                             -m.margin_log10)});
}

}  // namespace vclear::detail
