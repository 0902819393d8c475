// Estimated particles per dose (domain.md §5; ICH Q5A(R2) Appendix 5).
#include "vclear/stats/safety_margin.hpp"

#include <cmath>

#include <fmt/format.h>

namespace vclear {

// log10 particles/dose = log10(particles/mL) + log10(mL bulk/dose) − cumulative LRV;
// margin = log10(target) − log10(particles/dose). Q5A's example: 10^6 × 10^3 / 10^15 = 10^-6.
SafetyMargin safety_margin(double particles_per_ml, double bulk_ml_per_dose, double target_per_dose,
                           const Estimate& cumulative_lrv) {
  if (!(particles_per_ml > 0) || !std::isfinite(particles_per_ml))
    throw ComputeError("method", fmt::format("particles_per_ml must be > 0, found {}", particles_per_ml));
  if (!(bulk_ml_per_dose > 0) || !std::isfinite(bulk_ml_per_dose))
    throw ComputeError("volume", fmt::format("bulk_ml_per_dose must be > 0 mL, found {}", bulk_ml_per_dose));
  if (!(target_per_dose > 0) || !std::isfinite(target_per_dose))
    throw ComputeError("method", fmt::format("target_per_dose must be > 0, found {}", target_per_dose));
  SafetyMargin m;
  const Qualifier q = cumulative_lrv.qualifier == Qualifier::at_least ? Qualifier::at_most
                      : cumulative_lrv.qualifier == Qualifier::at_most ? Qualifier::at_least
                                                                       : Qualifier::equal;
  m.particles_per_dose = {std::log10(particles_per_ml) + std::log10(bulk_ml_per_dose) - cumulative_lrv.log10,
                          cumulative_lrv.ci95, q};
  m.margin_log10 = std::log10(target_per_dose) - m.particles_per_dose.log10;
  // Exact decimal ties (the guideline's own example) must not fail on rounding in the last bit.
  m.meets_target = m.margin_log10 >= -1e-9 && q != Qualifier::at_least;
  return m;
}

}  // namespace vclear
