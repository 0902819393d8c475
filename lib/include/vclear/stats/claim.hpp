#pragma once
// From runs to step claims and the cumulative process claim (domain.md §4).
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "vclear/stats/estimate.hpp"

namespace vclear {

enum class ReplicateRule { lowest, mean };

// lowest: the run with the smallest LRV (ties: an "=" before a ">=", then the first);
// mean: mean LRV, ci95 = √Σci²/m, ">=" if any run is ">=".
Estimate step_claim(std::span<const Estimate> run_lrvs, ReplicateRule rule);

// One step's claim for one virus, as the counting rules see it.
struct ClaimCandidate {
  std::string step;
  std::string mechanism;  // compared case-insensitively; empty = no mechanism
  bool claimed = true;
  bool justified = false;  // a justification overrides the threshold and mechanism rules
  Estimate lrv;
};

struct CountDecision {
  bool counted = false;
  std::optional<std::string> reason;  // "not claimed", "<= 1.0 log10", "same mechanism as step X", ...
};

// The counting rules of domain.md §4 for the claims of one virus, in process order.
std::vector<CountDecision> count_claims(std::span<const ClaimCandidate> claims,
                                        double min_countable_lrv);

// Σ counted LRVs, ci95 = √Σci², ">=" if any is ">="; {0, 0, "="} when none.
Estimate cumulative_clearance(std::span<const Estimate> counted);

}  // namespace vclear
