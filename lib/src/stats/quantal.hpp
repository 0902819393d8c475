#pragma once
// Internal: checks shared by the quantal (TCID50) calculators.
#include "vclear/stats/titer.hpp"

namespace vclear::detail {

// Throws ComputeError unless the plate is usable: matching list lengths ("method"), wells ≥ 1 and
// 0 ≤ positive ≤ wells ("wells"), inoculum > 0 ("volume"), finite dilutions.
void validate_plate(const QuantalAssay& assay);
// The common step d of equally spaced dilutions (most concentrated first); throws "sk-spacing".
// A single dilution has no step: returns 0.
double dilution_step(const QuantalAssay& assay);
// Sample volume tested on the plate: Σ n_i · inoculum · 10^{x_i} (mL of original sample).
double volume_tested(const QuantalAssay& assay);
bool all_negative(const QuantalAssay& assay);
bool all_positive(const QuantalAssay& assay);
// Warnings when the plate does not bracket the endpoint or is not monotone (domain.md §1).
std::vector<Finding> plate_findings(const QuantalAssay& assay);
// Every well positive: the endpoint lies beyond the last dilution, so ">=" with m = x_k − d/2
// (domain.md §1). A single dilution has no step d; it gives m = x_1, i.e. at least one 50 % dose
// per inoculum at that dilution (the d → 0 limit, the most cautious bound the plate supports).
Titer all_positive_bound(const QuantalAssay& assay, double step, const std::string& method);
// No positive well on the serial plate: large-volume plating of the same sample decides when it has
// positives; otherwise the Poisson bound over all the volume tested (plate + large volume).
Titer no_positive_wells(const QuantalAssay& assay, const std::string& method, double lod_confidence);

}  // namespace vclear::detail
