#include "vclear/check/check.hpp"

#include <algorithm>
#include <tuple>

#include "vclear/compute/compute.hpp"

namespace vclear {
namespace {

// load → compute → rules. The study-design rules run only on a study whose calculation succeeded:
// with a calculation error some runs are missing from the claims, and warnings such as "one run"
// or "target not met" would describe the gap the error left, not the study. The errors come first;
// once they are fixed, the next check shows the design findings.
Analysis analyze(LoadResult loaded) {
  Analysis a;
  a.status = loaded.status;
  a.diagnostics = std::move(loaded.diagnostics);
  if (loaded.study) {
    a.results = compute(*loaded.study);
    a.diagnostics.insert(a.diagnostics.end(), a.results.diagnostics.begin(), a.results.diagnostics.end());
    if (!vclear::has_errors(a.results.diagnostics)) {
      const std::vector<Diagnostic> rules = check_rules(*loaded.study, a.results);
      a.diagnostics.insert(a.diagnostics.end(), rules.begin(), rules.end());
    }
    a.study = std::move(loaded.study);
  }
  // By position in the file; stable, so findings at one node keep the order they were found in.
  std::stable_sort(a.diagnostics.begin(), a.diagnostics.end(), [](const Diagnostic& x, const Diagnostic& y) {
    return std::tie(x.where.line, x.where.column) < std::tie(y.where.line, y.where.column);
  });
  a.results.diagnostics = a.diagnostics;
  return a;
}

}  // namespace

bool Analysis::has_errors() const { return status != LoadResult::Status::ok || vclear::has_errors(diagnostics); }

Analysis analyze_file(const std::string& path, const LoadLimits& limits) {
  return analyze(load_study_file(path, limits));
}

Analysis analyze_text(std::string_view text, const std::string& file_name, const LoadLimits& limits) {
  return analyze(load_study_text(text, file_name, limits));
}

}  // namespace vclear
