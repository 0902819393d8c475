// poisson-ml estimates infectious units, Spearman–Kärber TCID50 (1 TCID50 ≈ 0.69 units):
// a run must not subtract one from the other (domain.md §1).
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {
namespace {

enum class Unit { none, tcid50, units };

Unit unit_of(const TiterSpec& spec) {
  const auto* q = std::get_if<QuantalAssay>(&spec.input);
  if (!q) return Unit::none;
  return q->method == QuantalMethod::poisson_ml ? Unit::units : Unit::tcid50;
}

}  // namespace

void check_mixed_methods(const Study& study, const Results&, Diagnostics& out) {
  for (const Step& step : study.steps)
    for (const Run& run : step.runs) {
      bool tcid50 = false, units = false;
      auto add = [&](const TiterSpec& s) {
        const Unit u = unit_of(s);
        tcid50 = tcid50 || u == Unit::tcid50;
        units = units || u == Unit::units;
      };
      add(run.load.titer);
      if (run.hold) add(run.hold->titer);
      if (run.output)
        for (const Sample& f : run.output->fractions) add(f.titer);
      for (const TimePoint& p : run.timecourse) add(p.titer);
      if (tcid50 && units)
        out.push_back({run.marks.where, Severity::warning, "mixed-methods",
                       fmt::format("run '{}' mixes poisson-ml (infectious units) with Spearman–Kärber or "
                                   "Reed–Muench (TCID50) between its samples; the two estimate different quantities (1 TCID50 ≈ "
                                   "ln 2 infectious units under the single-hit model), so their difference is not a reduction: use one method for all samples", run.id)});
    }
}

}  // namespace vclear::detail
