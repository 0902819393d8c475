#pragma once
// Virus load of a sample and of several fractions (domain.md §2, Q5A Appendix).
#include <span>

#include "vclear/stats/estimate.hpp"

namespace vclear {

struct SampleTiter {
  Estimate titer;  // log10 per mL
  double volume_ml = 0;
};

// log10 load = log10 titer + log10 volume; ci95 and qualifier carried over.
Estimate log10_load(const Estimate& titer, double volume_ml);
// Sum of fraction loads with the delta-method SE; "<=" if any fraction is "<=", ">=" if any is
// ">="; both at once throws ComputeError("censoring").
Estimate sum_of_loads(std::span<const SampleTiter> fractions);

}  // namespace vclear
