#include "study_command.hpp"

#include <iostream>

namespace vclear::cli {

std::optional<LoadedStudy> load_and_compute(const std::string& path, int& exit_code) {
  Analysis analysis = analyze_file(path);
  for (const Diagnostic& d : analysis.diagnostics) std::cerr << format_gcc(d) << "\n";
  if (analysis.status == LoadResult::Status::unreadable) {
    exit_code = 2;
    return std::nullopt;
  }
  if (!analysis.study || analysis.has_errors()) {
    exit_code = 1;
    return std::nullopt;
  }
  LoadedStudy loaded{std::move(*analysis.study), std::move(analysis.results)};
  loaded.results.diagnostics = std::move(analysis.diagnostics);
  return loaded;
}

}  // namespace vclear::cli
