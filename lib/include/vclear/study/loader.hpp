#pragma once
// Loads a study file: YAML text → (limits, duplicate keys) → JSON Schema → model.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vclear/diagnostic.hpp"
#include "vclear/study/model.hpp"

namespace vclear {

struct LoadLimits {
  std::size_t max_bytes = 16u << 20;  // 16 MiB of YAML text
  int max_depth = 64;                 // nesting of mappings and sequences
  std::size_t max_nodes = 1'000'000;  // after alias expansion
};

struct LoadResult {
  enum class Status { ok, invalid, unreadable };
  Status status = Status::ok;
  std::optional<Study> study;            // present when status is ok
  std::vector<Diagnostic> diagnostics;   // errors (rules yaml, schema, ref) and warnings
};

LoadResult load_study_file(const std::string& path, const LoadLimits& limits = {});
LoadResult load_study_text(std::string_view text, const std::string& file_name,
                           const LoadLimits& limits = {});

// The JSON Schema of the study format, as compiled into the program.
std::string_view study_schema_text();

}  // namespace vclear
