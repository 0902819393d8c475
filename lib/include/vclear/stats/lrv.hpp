#pragma once
// Log reduction value of one run (domain.md §2, Q5A Appendix 3).
#include <optional>

#include "vclear/stats/estimate.hpp"

namespace vclear {

enum class Reference { load, hold, lower };

// The reference load: the spiked load, the hold control, or the lower of the two.
// Throws ComputeError("method") when `hold` is asked for and absent.
Estimate reference_load(Reference reference, const Estimate& load, const std::optional<Estimate>& hold);

// LRV = reference − output, ci95 = √(s² + a²); output "<=" or reference ">=" → ">=",
// output ">=" or reference "<=" → "<="; both → ComputeError("censoring").
Estimate log_reduction(const Estimate& reference, const Estimate& output);

}  // namespace vclear
