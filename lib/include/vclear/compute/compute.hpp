#pragma once
// The study model → results: every titer, load, LRV, step claim, cumulative claim and margin.
#include "vclear/compute/results.hpp"
#include "vclear/study/model.hpp"

namespace vclear {

// Never throws for bad data: errors (sk-spacing, wells, volume, censoring, method) and calculation
// findings (sk-bracket-*, sk-monotone) become located diagnostics; a run that cannot be computed is
// kept with computed = false and left out of claims.
Results compute(const Study& study);

}  // namespace vclear
