// Virus loads (domain.md §2; ICH Q5A(R2) Appendix, calculation of reduction factors).
#include "vclear/stats/load.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace vclear {

// log10 load = log10 titer + log10 volume (Q5A Appendix).
Estimate log10_load(const Estimate& titer, double volume_ml) {
  if (!(volume_ml > 0) || !std::isfinite(volume_ml))
    throw ComputeError("volume", fmt::format("a volume must be > 0 mL, found {}", volume_ml));
  return {titer.log10 + std::log10(volume_ml), titer.ci95, titer.qualifier};
}

// L = Σ V_j·10^{t_j}; Var(L) = Σ (V_j·10^{t_j}·ln10·SE_j)² (delta method);
// SE(log10 L) = √Var / (L·ln10). Terms are scaled by the largest so huge and tiny loads stay finite.
Estimate sum_of_loads(std::span<const SampleTiter> fractions) {
  if (fractions.empty()) throw ComputeError("method", "an output needs at least one fraction");
  bool upper = false, lower = false;
  std::vector<double> logs;
  for (const SampleTiter& f : fractions) {
    const Estimate load = log10_load(f.titer, f.volume_ml);
    logs.push_back(load.log10);
    upper = upper || f.titer.qualifier == Qualifier::at_most;
    lower = lower || f.titer.qualifier == Qualifier::at_least;
  }
  if (upper && lower)
    throw ComputeError("censoring", "the fractions mix an upper bound (<=) with a lower bound (>=); "
                                    "their sum is neither");
  const double top = *std::max_element(logs.begin(), logs.end());
  const double z = z95();
  double scaled_sum = 0, scaled_variance = 0;  // in units of 10^top
  for (std::size_t j = 0; j < fractions.size(); ++j) {
    const double share = std::pow(10.0, logs[j] - top);
    const double se = fractions[j].titer.ci95 / z;
    scaled_sum += share;
    scaled_variance += std::pow(share * se, 2);  // the ln10 factors cancel on the log10 scale
  }
  const double log10_total = top + std::log10(scaled_sum);
  const double se_log10 = std::sqrt(scaled_variance) / scaled_sum;
  return {log10_total, z * se_log10,
          upper ? Qualifier::at_most : lower ? Qualifier::at_least : Qualifier::equal};
}

}  // namespace vclear
