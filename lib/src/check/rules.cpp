#include "check/rules.hpp"

#include <algorithm>
#include <stdexcept>

#include "vclear/check/check.hpp"

namespace vclear {

namespace detail {
const Step& step_of(const Study& study, const std::string& id) {
  const auto it = std::find_if(study.steps.begin(), study.steps.end(), [&](const Step& s) { return s.id == id; });
  if (it == study.steps.end())  // results that do not match their study are a bug, not bad data
    throw std::logic_error("check: the results name step '" + id + "', which the study does not have");
  return *it;
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
