// Poisson detection limit and large-volume plating (domain.md §1).
#include <cmath>

#include <fmt/format.h>

#include "vclear/stats/titer.hpp"

namespace vclear {

// ICH Q5A(R2) Appendix, probability of detection at low concentrations: p(empty) = e^{-cV},
// so nothing seen in V mL bounds c <= -ln(1 - confidence) / V (2.996/V at 95 %).
Titer poisson_bound(double volume_ml, double lod_confidence) {
  if (!(volume_ml > 0) || !std::isfinite(volume_ml))
    throw ComputeError("volume", "the volume tested must be > 0 mL");
  if (!(lod_confidence > 0 && lod_confidence < 1))
    throw ComputeError("method", fmt::format("lod_confidence must lie strictly between 0 and 1, found {}",
                                             lod_confidence));
  Titer t;
  t.method = "poisson-bound";
  t.estimate = {std::log10(-std::log1p(-lod_confidence) / volume_ml), 0.0, Qualifier::at_most};
  return t;
}

// Single-hit Poisson on N wells of v = V/N mL each, k positive: c = -ln(1 - k/N)/v, with the
// delta-method SE(ln c) = √(k/(N(N-k))) / (-ln(1 - k/N)) (binomial variance of k/N).
Titer large_volume_titer(const LargeVolumePlating& p, double lod_confidence) {
  if (!(p.volume_ml > 0) || !std::isfinite(p.volume_ml))
    throw ComputeError("volume", "large-volume plating volume must be > 0 mL");
  if (p.wells < 1 || p.positive < 0 || p.positive > p.wells)
    throw ComputeError("wells", fmt::format("large-volume plating has {} positive of {} wells; expected "
                                            "0 to {} positive", p.positive, p.wells, std::max(p.wells, 0)));
  if (p.positive == 0) {
    Titer t = poisson_bound(p.volume_ml, lod_confidence);
    t.method = "large-volume";
    return t;
  }
  const double n = p.wells, k = p.positive, v = p.volume_ml / n;
  Titer t;
  t.method = "large-volume";
  if (p.positive == p.wells) {
    if (p.wells < 2)
      throw ComputeError("method", "a single large-volume well that is positive gives no titer; "
                                   "plate the sample over more wells");
    t.estimate = {std::log10(std::log(n) / v), 0.0, Qualifier::at_least};
    return t;
  }
  const double minus_log_empty = -std::log1p(-k / n);
  const double se_ln = std::sqrt(k / (n * (n - k))) / minus_log_empty;
  const double log10_c = std::log10(minus_log_empty / v);
  const double ci95 = z95() * se_ln / std::log(10.0);
  t.estimate = {log10_c, ci95, Qualifier::equal};
  t.ci_low = log10_c - ci95;
  t.ci_high = log10_c + ci95;
  return t;
}

}  // namespace vclear
