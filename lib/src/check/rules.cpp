#include "check/rules.hpp"

#include <algorithm>

#include "vclear/check/check.hpp"

namespace vclear {

namespace detail {
const Step& step_of(const Study& study, const std::string& id) {
  return *std::find_if(study.steps.begin(), study.steps.end(), [&](const Step& s) { return s.id == id; });
}
}  // namespace detail

std::vector<Diagnostic> check_rules(const Study& study, const Results& results) {
  std::vector<Diagnostic> out;
  detail::check_virus_panel(study, out);
  detail::check_replicates(study, results, out);
  detail::check_spike_ratio(study, out);
  detail::check_hold_loss(study, results, out);
  detail::check_assay_precision(study, results, out);
  detail::check_kinetics(study, out);
  detail::check_mixed_methods(study, results, out);
  detail::check_safety_margin(study, results, out);
  detail::check_claim_notes(study, results, out);
  return out;
}

}  // namespace vclear
