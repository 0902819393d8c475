#pragma once
// Shared by compute and report: load + compute + check one study, print its diagnostics to stderr.
#include <optional>
#include <string>

#include "vclear/check/check.hpp"

namespace vclear::cli {

struct LoadedStudy {
  Study study;
  Results results;  // results.diagnostics holds every diagnostic of the analysis
};

// On failure prints the diagnostics, sets exit_code (1 invalid, 2 unreadable) and returns nullopt.
// On success prints warnings and notes to stderr.
std::optional<LoadedStudy> load_and_compute(const std::string& path, int& exit_code);

}  // namespace vclear::cli
