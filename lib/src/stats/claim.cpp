// From runs to step claims and the cumulative claim (domain.md §4; ICH Q5A(R2) Appendix 3).
#include "vclear/stats/claim.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

namespace vclear {
namespace {

std::string lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// "1.0", "0.5", "1.25": the shortest form with at least one decimal.
std::string threshold_text(double value) {
  std::string text = fmt::format("{}", value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

Estimate step_claim(std::span<const Estimate> runs, ReplicateRule rule) {
  if (runs.empty()) throw ComputeError("method", "a step claim needs at least one run");
  if (rule == ReplicateRule::lowest) {
    // The smallest LRV; on a tie an estimate before a lower bound, then the first run.
    const Estimate* best = &runs[0];
    for (const Estimate& r : runs)
      if (r.log10 < best->log10 ||
          (r.log10 == best->log10 && best->qualifier == Qualifier::at_least && r.qualifier == Qualifier::equal))
        best = &r;
    return *best;
  }
  double sum = 0, variance = 0;
  bool lower = false, upper = false;
  for (const Estimate& r : runs) {
    sum += r.log10;
    variance += r.ci95 * r.ci95;
    lower = lower || r.qualifier == Qualifier::at_least;
    upper = upper || r.qualifier == Qualifier::at_most;
  }
  const double m = static_cast<double>(runs.size());
  return {sum / m, std::sqrt(variance) / m,
          lower ? Qualifier::at_least : upper ? Qualifier::at_most : Qualifier::equal};
}

// Q5A(R2): only reductions > 1 log10 count unless justified; steps with similar mechanisms are
// not summed twice (the best of them counts); a "<=" claim never counts.
std::vector<CountDecision> count_claims(std::span<const ClaimCandidate> claims, double min_countable_lrv) {
  std::vector<CountDecision> decisions(claims.size());
  std::vector<bool> eligible(claims.size(), false);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const ClaimCandidate& c = claims[i];
    if (!c.claimed) {
      decisions[i].reason = "not claimed";
    } else if (c.lrv.qualifier == Qualifier::at_most) {
      decisions[i].reason = "upper bound (<=) only";
    } else if (!(c.lrv.log10 > min_countable_lrv) && !c.justified) {
      decisions[i].reason = "<= " + threshold_text(min_countable_lrv) + " log10";
    } else {
      eligible[i] = true;
    }
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (!eligible[i]) continue;
    decisions[i].counted = true;
    if (claims[i].justified || claims[i].mechanism.empty()) continue;
    const std::string mechanism = lowercase(claims[i].mechanism);
    for (std::size_t j = 0; j < claims.size(); ++j) {
      if (j == i || !eligible[j] || lowercase(claims[j].mechanism) != mechanism) continue;
      const bool better = claims[j].lrv.log10 > claims[i].lrv.log10 ||
                          (claims[j].lrv.log10 == claims[i].lrv.log10 && j < i);
      if (better) {
        decisions[i].counted = false;
        decisions[i].reason = "same mechanism as step " + claims[j].step;
        break;
      }
    }
  }
  return decisions;
}

Estimate cumulative_clearance(std::span<const Estimate> counted) {
  Estimate total{0.0, 0.0, Qualifier::equal};
  double variance = 0;
  for (const Estimate& e : counted) {
    total.log10 += e.log10;
    variance += e.ci95 * e.ci95;
    if (e.qualifier == Qualifier::at_least) total.qualifier = Qualifier::at_least;
  }
  total.ci95 = std::sqrt(variance);
  return total;
}

}  // namespace vclear
