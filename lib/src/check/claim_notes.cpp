// Notes on what the cumulative claim leaves out, and why (domain.md §4).
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {

void check_claim_notes(const Study& study, const Results& results, Diagnostics& out) {
  for (const StepResult& claim : results.steps) {
    const Step& step = step_of(study, claim.step);
    if (!claim.counted && claim.reason)
      out.push_back({step.marks.where, Severity::note, "negligible",
                     fmt::format("step '{}' is not counted for {} ({}): {}", step.id, claim.virus,
                                 fmt::format("{:.2f} log10", claim.lrv.log10), *claim.reason)});
    else if (claim.counted && !step.justification.empty())
      out.push_back({step.marks.of("justification"), Severity::note, "negligible",
                     fmt::format("step '{}' counts for {} under its justification: {}", step.id, claim.virus,
                                 step.justification)});
  }
  std::map<std::string, std::string> first;  // lower-case mechanism → first step
  for (const Step& step : study.steps) {
    if (step.mechanism.empty()) continue;
    std::string key = step.mechanism;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto [it, inserted] = first.emplace(key, step.id);
    if (!inserted)
      out.push_back({step.marks.of("mechanism"), Severity::note, "mechanism",
                     fmt::format("step '{}' repeats the mechanism '{}' of step '{}'; only the better of them "
                                 "counts for each virus unless a justification is given", step.id,
                                 step.mechanism, it->second)});
  }
}

}  // namespace vclear::detail
