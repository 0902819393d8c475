// Titers the laboratory reported (domain.md §1).
#include <cmath>

#include <fmt/format.h>

#include "vclear/stats/titer.hpp"

namespace vclear {

Titer reported_titer(const ReportedTiter& r) {
  if (!std::isfinite(r.log10) || !(r.ci95 >= 0) || !std::isfinite(r.ci95))
    throw ComputeError("method", fmt::format("a reported titer needs a finite log10 and a ci95 ≥ 0, "
                                             "found {} ± {}", r.log10, r.ci95));
  Titer t;
  t.method = "reported";
  t.estimate = {r.log10, r.ci95, Qualifier::equal};
  t.ci_low = r.log10 - r.ci95;
  t.ci_high = r.log10 + r.ci95;
  return t;
}

Titer reported_maximum(const ReportedMaximum& r) {
  if (!std::isfinite(r.log10_max))
    throw ComputeError("method", "a reported detection limit needs a finite log10_max");
  Titer t;
  t.method = "reported";
  t.estimate = {r.log10_max, 0.0, Qualifier::at_most};
  return t;
}

}  // namespace vclear
