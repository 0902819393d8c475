#include "vclear/compute/compute.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "compute/run.hpp"
#include "vclear/stats/claim.hpp"

namespace vclear {
namespace {

// domain.md §4: the claim of every step for every virus it was challenged with.
void step_claims(const Study& study, Results& results) {
  for (const Step& step : study.steps) {
    for (const Virus& virus : study.viruses) {
      StepResult claim{step.id, virus.id, {}, {}, false, std::nullopt};
      std::vector<Estimate> lrvs;
      for (const RunResult& run : results.runs) {
        if (run.step != step.id || run.virus != virus.id || !run.computed) continue;
        claim.runs.push_back(run.run);
        lrvs.push_back(run.lrv);
      }
      if (lrvs.empty()) continue;
      claim.lrv = step_claim(lrvs, study.settings.replicate_rule);
      results.steps.push_back(std::move(claim));
    }
  }
}

// domain.md §4: which claims count, and the cumulative clearance per virus.
void cumulative(const Study& study, Results& results) {
  for (const Virus& virus : study.viruses) {
    std::vector<StepResult*> claims;
    std::vector<ClaimCandidate> candidates;
    for (StepResult& claim : results.steps) {
      if (claim.virus != virus.id) continue;
      const auto step = std::find_if(study.steps.begin(), study.steps.end(),
                                     [&](const Step& s) { return s.id == claim.step; });
      claims.push_back(&claim);
      candidates.push_back(
          {step->id, step->mechanism, step->claim, !step->justification.empty(), claim.lrv});
    }
    const std::vector<CountDecision> decisions =
        count_claims(candidates, study.settings.min_countable_lrv);
    CumulativeResult total{virus.id, {}, {}};
    std::vector<Estimate> counted;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      claims[i]->counted = decisions[i].counted;
      claims[i]->reason = decisions[i].reason;
      if (!decisions[i].counted) continue;
      counted.push_back(claims[i]->lrv);
      total.steps.push_back(claims[i]->step);
    }
    total.lrv = cumulative_clearance(counted);
    results.cumulative.push_back(std::move(total));
  }
}

// domain.md §5.
void margin(const Study& study, Results& results) {
  if (!study.safety_margin) return;
  const SafetyMarginSpec& spec = *study.safety_margin;
  const auto total = std::find_if(results.cumulative.begin(), results.cumulative.end(),
                                  [&](const CumulativeResult& c) { return c.virus == spec.virus; });
  if (total == results.cumulative.end()) return;  // an unknown virus is a "ref" error of the loader
  try {
    results.safety_margin = SafetyMarginResult{
        spec.virus, spec.target_per_dose,
        safety_margin(spec.particles_per_ml, spec.bulk_ml_per_dose, spec.target_per_dose, total->lrv)};
  } catch (const ComputeError& e) {
    results.diagnostics.push_back({spec.marks.where, Severity::error, e.rule(), e.what()});
  }
}

}  // namespace

Results compute(const Study& study) {
  Results results;
  for (const Step& step : study.steps)
    for (const Run& run : step.runs)
      results.runs.push_back(detail::compute_run(step, run, study.settings, results.diagnostics));
  step_claims(study, results);
  cumulative(study, results);
  margin(study, results);
  return results;
}

}  // namespace vclear
