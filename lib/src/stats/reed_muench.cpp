// Reed–Muench 50 % endpoint (domain.md §1): a point estimate, shown beside Spearman–Kärber.
#include <cmath>
#include <vector>

#include "stats/quantal.hpp"

namespace vclear {

// Reed LJ, Muench H. Am J Hyg 1938;27:493: cumulative positives from the dilute end, cumulative
// negatives from the concentrated end, linear interpolation of the 50 % rate (proportionate distance).
Titer reed_muench(const QuantalAssay& a, double lod_confidence) {
  detail::validate_plate(a);
  const double d = detail::dilution_step(a);  // spacing is checked even when the plate is censored
  if (detail::all_negative(a)) return detail::no_positive_wells(a, "reed-muench", lod_confidence);
  if (detail::all_positive(a)) return detail::all_positive_bound(a, d, "reed-muench");
  if (d == 0)
    throw ComputeError("method", "Reed–Muench needs at least two dilutions to interpolate the 50 % "
                                 "endpoint; with one dilution use method poisson-ml");
  Titer t;
  t.method = "reed-muench";
  t.findings = detail::plate_findings(a);
  const double log10_inoculum = std::log10(a.inoculum_ml);
  const std::size_t k = a.dilutions.size();
  std::vector<double> cumulative_positive(k), cumulative_negative(k), rate(k);
  for (std::size_t j = k; j-- > 0;)
    cumulative_positive[j] = a.positive[j] + (j + 1 < k ? cumulative_positive[j + 1] : 0);
  for (std::size_t j = 0; j < k; ++j)
    cumulative_negative[j] = (a.wells[j] - a.positive[j]) + (j > 0 ? cumulative_negative[j - 1] : 0);
  for (std::size_t j = 0; j < k; ++j) {
    const double total = cumulative_positive[j] + cumulative_negative[j];
    rate[j] = total > 0 ? cumulative_positive[j] / total : 0;
  }
  if (rate.front() < 0.5) {  // the endpoint lies before the first dilution: an upper bound
    t.estimate = {-a.dilutions.front() - log10_inoculum, 0.0, Qualifier::at_most};
    return t;
  }
  if (rate.back() >= 0.5) {  // beyond the last dilution: a lower bound
    t.estimate = {-a.dilutions.back() - log10_inoculum, 0.0, Qualifier::at_least};
    return t;
  }
  std::size_t i = 0;
  while (!(rate[i] >= 0.5 && rate[i + 1] < 0.5)) ++i;
  const double proportionate_distance = (rate[i] - 0.5) / (rate[i] - rate[i + 1]);
  const double endpoint = a.dilutions[i] - proportionate_distance * d;
  t.estimate = {-endpoint - log10_inoculum, 0.0, Qualifier::equal};
  return t;
}

}  // namespace vclear
