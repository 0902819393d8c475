#pragma once
// Titers from assay readouts (domain.md §1). All titers are log10 per mL of the sample as taken.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "vclear/stats/estimate.hpp"

namespace vclear {

enum class SkVariance { n_minus_1, n };  // Miller 1973 / Finney; "modified Kärber" (Lei et al. 2021)
enum class QuantalMethod { spearman_karber, poisson_ml, reed_muench };

// Large-volume plating: `wells` wells holding `volume_ml` of sample in all, `positive` of them positive.
struct LargeVolumePlating {
  double volume_ml = 0;
  int wells = 0;
  int positive = 0;
};

// Quantal endpoint assay (TCID50): dilutions are log10, most concentrated first.
struct QuantalAssay {
  double inoculum_ml = 0;           // per well
  std::vector<double> dilutions;    // e.g. -1, -2, ...
  std::vector<int> wells;           // per dilution
  std::vector<int> positive;        // per dilution
  QuantalMethod method = QuantalMethod::spearman_karber;
  std::optional<LargeVolumePlating> large_volume;  // of the same sample
};

// Plaque assay: plaques[i][j] is plate j at dilutions[i]; nullopt = plate not countable, left out.
struct PlaqueAssay {
  double inoculum_ml = 0;  // per plate
  std::vector<double> dilutions;
  std::vector<std::vector<std::optional<double>>> plaques;
};

struct ReportedTiter {  // {log10, ci95} computed by the laboratory
  double log10 = 0;
  double ci95 = 0;
};
struct ReportedMaximum {  // {log10_max}: below the detection limit
  double log10_max = 0;
};

using TiterInput =
    std::variant<ReportedTiter, ReportedMaximum, QuantalAssay, PlaqueAssay, LargeVolumePlating>;

struct TiterSettings {
  SkVariance sk_variance = SkVariance::n_minus_1;
  double lod_confidence = 0.95;  // one-sided Poisson level for "nothing detected"
};

struct Titer {
  // "reported", "spearman-karber", "poisson-ml", "reed-muench", "plaque", "large-volume"
  std::string method;
  Estimate estimate;              // log10 per mL, ci95, qualifier
  std::optional<double> ci_low;   // log10 bounds of the 95 % interval, when the qualifier is "="
  std::optional<double> ci_high;  //   (exact Garwood for plaques, profile likelihood for poisson-ml)
  std::vector<Finding> findings;  // e.g. sk-bracket-top, sk-bracket-bottom, sk-monotone
};

// Each throws ComputeError (rule "sk-spacing", "wells", "volume", "method") on inputs it cannot use.
Titer spearman_karber(const QuantalAssay& assay, SkVariance variance, double lod_confidence);
Titer reed_muench(const QuantalAssay& assay, double lod_confidence);
Titer poisson_ml(const QuantalAssay& assay, double lod_confidence);
Titer plaque_titer(const PlaqueAssay& assay, double lod_confidence);
Titer large_volume_titer(const LargeVolumePlating& plating, double lod_confidence);
// Nothing detected in volume_ml of sample tested: c <= -ln(1 - confidence) / V (Q5A App.).
Titer poisson_bound(double volume_ml, double lod_confidence);
Titer reported_titer(const ReportedTiter& reported);
Titer reported_maximum(const ReportedMaximum& reported);

// Dispatches on the input form (a quantal assay by its method, large-volume combination included).
Titer compute_titer(const TiterInput& input, const TiterSettings& settings);

}  // namespace vclear
