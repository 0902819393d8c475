#pragma once
// The Q5A(R2) study rules of domain.md §6 and the whole check of one file.
#include <string>
#include <vector>

#include "vclear/compute/results.hpp"
#include "vclear/diagnostic.hpp"
#include "vclear/study/loader.hpp"
#include "vclear/study/model.hpp"

namespace vclear {

// Warnings and notes about the design of a loaded, computed study (replicates, virus-panel,
// spike-ratio, hold-loss, assay-precision, kinetics, mixed-methods, safety-margin, negligible,
// mechanism). Reads the model and the results, never the YAML.
std::vector<Diagnostic> check_rules(const Study& study, const Results& results);

// Load + compute + rules for one file. Diagnostics are sorted by line, then column.
struct Analysis {
  LoadResult::Status status = LoadResult::Status::ok;
  std::optional<Study> study;
  Results results;                      // empty unless the study loaded
  std::vector<Diagnostic> diagnostics;  // all of them: loader, calculation, rules
  bool has_errors() const;
};
Analysis analyze_file(const std::string& path, const LoadLimits& limits = {});
Analysis analyze_text(std::string_view text, const std::string& file_name, const LoadLimits& limits = {});

}  // namespace vclear
