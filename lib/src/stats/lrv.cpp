// Log reduction value of a run (domain.md §2; ICH Q5A(R2) Appendix 3).
#include "vclear/stats/lrv.hpp"

#include <cmath>

namespace vclear {

Estimate reference_load(Reference reference, const Estimate& load, const std::optional<Estimate>& hold) {
  switch (reference) {
    case Reference::load: return load;
    case Reference::hold:
      if (!hold) throw ComputeError("method", "reference: hold needs a hold control (hold:) in the run");
      return *hold;
    case Reference::lower:
      if (!hold) throw ComputeError("method", "reference: lower needs a hold control (hold:) in the run");
      return hold->log10 < load.log10 ? *hold : load;
  }
  return load;
}

// Reduction factor = log10 load in − log10 load out; its 95 % CI is √(s² + a²)
// (Q5A(R2) Appendix 3, item 4: ±0.3 and ±0.4 combine to ±0.5).
Estimate log_reduction(const Estimate& reference, const Estimate& output) {
  const bool lower = output.qualifier == Qualifier::at_most || reference.qualifier == Qualifier::at_least;
  const bool upper = output.qualifier == Qualifier::at_least || reference.qualifier == Qualifier::at_most;
  if (lower && upper)
    throw ComputeError("censoring", "the reference and output bounds point in opposite directions; "
                                    "the reduction factor is neither a lower nor an upper bound");
  return {reference.log10 - output.log10, std::hypot(reference.ci95, output.ci95),
          lower ? Qualifier::at_least : upper ? Qualifier::at_most : Qualifier::equal};
}

}  // namespace vclear
