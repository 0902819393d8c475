// Spearman–Kärber TCID50 (domain.md §1).
#include <cmath>

#include "stats/quantal.hpp"

namespace vclear {

// Kärber 1931 / Spearman 1908: m = x1 + d/2 − d·Σp; Var(m) = d²·Σ p(1−p)/(n−1) (Miller 1973,
// Finney) or d²·Σ p(1−p)/n ("modified Kärber", Lei et al. 2021 Virol Sin 36:141).
Titer spearman_karber(const QuantalAssay& a, SkVariance variance, double lod_confidence) {
  detail::validate_plate(a);
  const double d = detail::dilution_step(a);  // spacing is checked even when the plate is censored
  if (detail::all_negative(a)) return detail::no_positive_wells(a, "spearman-karber", lod_confidence);
  if (detail::all_positive(a)) return detail::all_positive_bound(a, d, "spearman-karber");
  if (d == 0)
    throw ComputeError("method", "Spearman–Kärber needs at least two dilutions to place a partial "
                                 "endpoint; with one dilution use method poisson-ml");
  Titer t;
  t.method = "spearman-karber";
  t.findings = detail::plate_findings(a);
  const double log10_inoculum = std::log10(a.inoculum_ml);
  double sum_p = 0, sum_var = 0;
  for (std::size_t i = 0; i < a.dilutions.size(); ++i) {
    const double n = a.wells[i], p = a.positive[i] / n;
    sum_p += p;
    const double denominator = variance == SkVariance::n ? n : n - 1;
    if (p > 0 && p < 1) sum_var += p * (1 - p) / denominator;  // n = 1 gives p ∈ {0, 1}: no term
  }
  const double m = a.dilutions.front() + d / 2 - d * sum_p;
  const double log10_titer = -m - log10_inoculum;
  const double ci95 = z95() * d * std::sqrt(sum_var);
  t.estimate = {log10_titer, ci95, Qualifier::equal};
  t.ci_low = log10_titer - ci95;
  t.ci_high = log10_titer + ci95;
  return t;
}

}  // namespace vclear
