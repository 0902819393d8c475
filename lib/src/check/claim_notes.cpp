// Notes on what the cumulative claim leaves out, and why (domain.md §4): `negligible` for a claim that
// is not counted or counts only through its justification, `mechanism` for a repeated mechanism.
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "check/rules.hpp"
#include "vclear/stats/claim.hpp"

namespace vclear::detail {
namespace {

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string lrv_text(const Estimate& lrv) {
  const std::string_view q = lrv.qualifier == Qualifier::equal ? "" : symbol(lrv.qualifier);
  return fmt::format("{}{}{:.2f} log10", q, q.empty() ? "" : " ", lrv.log10);
}

// The claims of one virus as the counting rules of compute saw them (same order, same fields).
std::vector<ClaimCandidate> candidates_of(const Study& study, const Results& results, const std::string& virus,
                                          std::vector<const StepResult*>& claims) {
  std::vector<ClaimCandidate> candidates;
  for (const StepResult& claim : results.steps) {
    if (claim.virus != virus) continue;
    const Step& step = step_of(study, claim.step);
    claims.push_back(&claim);
    candidates.push_back({step.id, step.mechanism, step.claim, !step.justification.empty(), claim.lrv});
  }
  return candidates;
}

// A counted claim with a justification gets a note only when the justification decided it: the
// counting rules, asked again without it, would have left the claim out. The note says why.
void justification_notes(const Study& study, const Results& results, Diagnostics& out) {
  for (const Virus& virus : study.viruses) {
    std::vector<const StepResult*> claims;
    const std::vector<ClaimCandidate> candidates = candidates_of(study, results, virus.id, claims);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (!claims[i]->counted || !candidates[i].justified) continue;
      std::vector<ClaimCandidate> unjustified = candidates;
      unjustified[i].justified = false;
      const CountDecision without = count_claims(unjustified, study.settings.min_countable_lrv)[i];
      if (without.counted) continue;
      const Step& step = step_of(study, claims[i]->step);
      out.push_back({step.marks.of("justification"), Severity::note, "negligible",
                     fmt::format("step '{}' counts {} for {} only under its justification (without it: {}); "
                                 "ICH Q5A(R2) accepts this when justified, so make sure the report's "
                                 "justification says why: {}",
                                 step.id, lrv_text(claims[i]->lrv), virus.id, without.reason.value_or("not counted"),
                                 step.justification)});
    }
  }
}

void not_counted_notes(const Study& study, const Results& results, Diagnostics& out) {
  for (const StepResult& claim : results.steps) {
    if (claim.counted) continue;
    const Step& step = step_of(study, claim.step);
    // What the user can do depends on why: a deliberate claim: false or an upper bound needs nothing.
    const char* hint = !step.claim ? "reported only, as claim: false asks"
                       : claim.lrv.qualifier == Qualifier::at_most
                           ? "an upper bound shows no reduction and never counts"
                           : "reported only; add justification: to the step if it should count under ICH Q5A(R2)'s exception";
    out.push_back({step.marks.where, Severity::note, "negligible",
                   fmt::format("step '{}' ({} for {}) is not counted in the cumulative clearance ({}): {}",
                               step.id, lrv_text(claim.lrv), claim.virus, claim.reason.value_or("not counted"),
                               hint)});
  }
}

// Q5A(R2): steps with similar mechanisms may overestimate clearance when summed.
void mechanism_notes(const Study& study, Diagnostics& out) {
  std::map<std::string, std::string> first;  // lower-case mechanism → first step with it
  for (const Step& step : study.steps) {
    if (step.mechanism.empty()) continue;
    const auto [it, inserted] = first.emplace(lowercase(step.mechanism), step.id);
    if (!inserted)
      out.push_back({step.marks.of("mechanism"), Severity::note, "mechanism",
                     fmt::format("step '{}' repeats the mechanism '{}' of step '{}'; ICH Q5A(R2) warns that "
                                 "steps with similar mechanisms overestimate clearance when summed, so only "
                                 "the better of them counts for each virus unless a justification is given",
                                 step.id, step.mechanism, it->second)});
  }
}

}  // namespace

void check_claim_notes(const Study& study, const Results& results, Diagnostics& out) {
  not_counted_notes(study, results, out);
  justification_notes(study, results, out);
  mechanism_notes(study, out);
}

}  // namespace vclear::detail
