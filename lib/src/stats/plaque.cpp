// Plaque assay titer: pooled Poisson counts (domain.md §1).
#include <cmath>

#include <boost/math/distributions/chi_squared.hpp>
#include <fmt/format.h>

#include "vclear/stats/titer.hpp"

namespace vclear {

// Pooled Poisson count: titer = N/V, SE(log10) = 1/(ln10·√N); exact interval from the χ²
// relation of the Poisson (Garwood 1936, Biometrika 28:437): [χ²(0.025; 2N)/2, χ²(0.975; 2N+2)/2]/V.
Titer plaque_titer(const PlaqueAssay& a, double lod_confidence) {
  if (!(a.inoculum_ml > 0) || !std::isfinite(a.inoculum_ml))
    throw ComputeError("volume", "the inoculum per plate must be > 0 mL");
  if (a.plaques.size() != a.dilutions.size())
    throw ComputeError("method", fmt::format("plaques has {} rows but dilutions has {}", a.plaques.size(),
                                             a.dilutions.size()));
  double count = 0, volume = 0;
  int plates = 0;
  for (std::size_t i = 0; i < a.dilutions.size(); ++i) {
    if (!std::isfinite(a.dilutions[i]) || std::fabs(a.dilutions[i]) > 300)
      throw ComputeError("method", fmt::format("dilution {} is not a usable log10 value", a.dilutions[i]));
    for (const std::optional<double>& plate : a.plaques[i]) {
      if (!plate) continue;  // not countable: left out, with its volume
      if (!(*plate >= 0) || !std::isfinite(*plate))
        throw ComputeError("wells", fmt::format("a plaque count must be ≥ 0, found {}", *plate));
      count += *plate;
      volume += a.inoculum_ml * std::pow(10.0, a.dilutions[i]);
      ++plates;
    }
  }
  if (plates == 0) throw ComputeError("method", "no plate could be counted (every count is null)");
  if (count == 0) {
    Titer t = poisson_bound(volume, lod_confidence);
    t.method = "plaque";
    return t;
  }
  const double ln10 = std::log(10.0);
  Titer t;
  t.method = "plaque";
  const double log10_titer = std::log10(count / volume);
  t.estimate = {log10_titer, z95() / (ln10 * std::sqrt(count)), Qualifier::equal};
  const boost::math::chi_squared_distribution<double> lower(2 * count), upper(2 * count + 2);
  t.ci_low = std::log10(boost::math::quantile(lower, 0.025) / 2 / volume);
  t.ci_high = std::log10(boost::math::quantile(upper, 0.975) / 2 / volume);
  return t;
}

}  // namespace vclear
