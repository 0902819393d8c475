#include "stats/quantal.hpp"

#include <cmath>

#include <fmt/format.h>

namespace vclear::detail {

void validate_plate(const QuantalAssay& a) {
  if (a.dilutions.empty()) throw ComputeError("method", "the plate has no dilutions");
  if (a.positive.size() != a.dilutions.size())
    throw ComputeError("method", fmt::format("positive has {} entries but dilutions has {}",
                                             a.positive.size(), a.dilutions.size()));
  if (a.wells.size() != a.dilutions.size())
    throw ComputeError("method", fmt::format("wells has {} entries but dilutions has {}",
                                             a.wells.size(), a.dilutions.size()));
  if (!(a.inoculum_ml > 0) || !std::isfinite(a.inoculum_ml))
    throw ComputeError("volume", "the inoculum per well must be > 0 mL");
  for (std::size_t i = 0; i < a.dilutions.size(); ++i) {
    if (!std::isfinite(a.dilutions[i]) || std::fabs(a.dilutions[i]) > 300)
      throw ComputeError("method", fmt::format("dilution {} is not a usable log10 value", a.dilutions[i]));
    if (a.wells[i] < 1)
      throw ComputeError("wells", fmt::format("dilution {} has {} wells; expected at least 1",
                                              a.dilutions[i], a.wells[i]));
    if (a.positive[i] < 0 || a.positive[i] > a.wells[i])
      throw ComputeError("wells", fmt::format("dilution {} has {} positive of {} wells; expected 0 to {}",
                                              a.dilutions[i], a.positive[i], a.wells[i], a.wells[i]));
  }
  if (a.large_volume) {
    const LargeVolumePlating& lv = *a.large_volume;
    if (!(lv.volume_ml > 0)) throw ComputeError("volume", "large-volume plating volume must be > 0 mL");
    if (lv.wells < 1 || lv.positive < 0 || lv.positive > lv.wells)
      throw ComputeError("wells", fmt::format("large-volume plating has {} positive of {} wells",
                                              lv.positive, lv.wells));
  }
}

double dilution_step(const QuantalAssay& a) {
  if (a.dilutions.size() < 2) return 0;
  const double d = a.dilutions[0] - a.dilutions[1];
  if (!(d > 0))
    throw ComputeError("sk-spacing", fmt::format("dilutions must decrease (most concentrated first); "
                                                 "found {} then {}", a.dilutions[0], a.dilutions[1]));
  for (std::size_t i = 1; i + 1 < a.dilutions.size(); ++i) {
    const double step = a.dilutions[i] - a.dilutions[i + 1];
    if (std::fabs(step - d) > 1e-6 * std::max(1.0, d))
      throw ComputeError("sk-spacing",
                         fmt::format("dilutions must be equally spaced: step {} between {} and {}, "
                                     "but {} before", step, a.dilutions[i], a.dilutions[i + 1], d));
  }
  return d;
}

double volume_tested(const QuantalAssay& a) {
  double v = 0;
  for (std::size_t i = 0; i < a.dilutions.size(); ++i)
    v += a.wells[i] * a.inoculum_ml * std::pow(10.0, a.dilutions[i]);
  return v;
}

bool all_negative(const QuantalAssay& a) {
  for (int p : a.positive)
    if (p > 0) return false;
  return true;
}

bool all_positive(const QuantalAssay& a) {
  for (std::size_t i = 0; i < a.positive.size(); ++i)
    if (a.positive[i] < a.wells[i]) return false;
  return true;
}

std::vector<Finding> plate_findings(const QuantalAssay& a) {
  std::vector<Finding> findings;
  const double p1 = double(a.positive.front()) / a.wells.front();
  const double pk = double(a.positive.back()) / a.wells.back();
  if (p1 < 1)
    findings.push_back({"sk-bracket-top",
                        fmt::format("the most concentrated dilution ({}) is not all positive ({} of {}); "
                                    "Spearman–Kärber assumes 100 % there and may underestimate the titer",
                                    a.dilutions.front(), a.positive.front(), a.wells.front())});
  if (pk > 0)
    findings.push_back({"sk-bracket-bottom",
                        fmt::format("the most dilute dilution ({}) is not all negative ({} of {}); "
                                    "Spearman–Kärber assumes 0 % beyond it and may underestimate the titer",
                                    a.dilutions.back(), a.positive.back(), a.wells.back())});
  for (std::size_t i = 1; i < a.positive.size(); ++i) {
    const double before = double(a.positive[i - 1]) / a.wells[i - 1];
    const double now = double(a.positive[i]) / a.wells[i];
    if (now > before) {
      findings.push_back({"sk-monotone",
                          fmt::format("the positive fraction rises from {}/{} at {} to {}/{} at {}; "
                                      "a dose–response should not increase with dilution",
                                      a.positive[i - 1], a.wells[i - 1], a.dilutions[i - 1], a.positive[i],
                                      a.wells[i], a.dilutions[i])});
      break;
    }
  }
  return findings;
}

Titer all_positive_bound(const QuantalAssay& a, double step, const std::string& method) {
  Titer t;
  t.method = method;
  t.findings = plate_findings(a);
  const double m = a.dilutions.back() - step / 2;
  t.estimate = {-m - std::log10(a.inoculum_ml), 0.0, Qualifier::at_least};
  return t;
}

Titer no_positive_wells(const QuantalAssay& a, const std::string& method, double lod_confidence) {
  if (a.large_volume && a.large_volume->positive > 0) return large_volume_titer(*a.large_volume, lod_confidence);
  double volume = volume_tested(a);
  if (a.large_volume) volume += a.large_volume->volume_ml;
  Titer t = poisson_bound(volume, lod_confidence);
  t.method = method;
  return t;
}

}  // namespace vclear::detail
