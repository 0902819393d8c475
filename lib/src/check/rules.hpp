#pragma once
// Internal: the study rules of domain.md §6, one function per rule (or pair of twin rules).
#include <vector>

#include "vclear/compute/results.hpp"
#include "vclear/study/model.hpp"

namespace vclear::detail {

using Diagnostics = std::vector<Diagnostic>;

void check_replicates(const Study& study, const Results& results, Diagnostics& out);   // replicates, replicate-spread
void check_virus_panel(const Study& study, Diagnostics& out);                         // virus-panel
void check_spike_ratio(const Study& study, Diagnostics& out);                         // spike-ratio
void check_hold_loss(const Study& study, const Results& results, Diagnostics& out);    // hold-loss
void check_assay_precision(const Study& study, const Results& results, Diagnostics& out);  // assay-precision
void check_kinetics(const Study& study, Diagnostics& out);                            // kinetics
void check_mixed_methods(const Study& study, const Results& results, Diagnostics& out);  // mixed-methods
void check_safety_margin(const Study& study, const Results& results, Diagnostics& out);  // safety-margin
void check_claim_notes(const Study& study, const Results& results, Diagnostics& out);  // negligible, mechanism

// The step of a result, by id (results only name steps that exist).
const Step& step_of(const Study& study, const std::string& id);

}  // namespace vclear::detail
