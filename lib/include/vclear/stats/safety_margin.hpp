#pragma once
// Estimated particles per dose and the safety margin (domain.md §5, Q5A Appendix 5).
#include "vclear/stats/estimate.hpp"

namespace vclear {

struct SafetyMargin {
  Estimate particles_per_dose;  // log10; "<=" when the clearance is ">="
  double margin_log10 = 0;      // log10(target) − log10(particles per dose)
  bool meets_target = false;
};

SafetyMargin safety_margin(double particles_per_ml, double bulk_ml_per_dose, double target_per_dose,
                           const Estimate& cumulative_lrv);

}  // namespace vclear
