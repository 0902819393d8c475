#pragma once
// A located finding about a study file: what the checker, loader and calculator report to users.
#include <string>
#include <string_view>
#include <vector>

namespace vclear {

// A place in a study file. Line and column are 1-based; 0 means "the whole file".
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { error, warning, note };
std::string_view to_string(Severity severity);

struct Diagnostic {
  Location where;
  Severity severity = Severity::error;
  std::string rule;     // rule id of domain.md §6, e.g. "schema", "sk-spacing", "replicates"
  std::string message;  // what was found, what was expected, how to fix it
};

// "file:line:col: severity: message [rule]" (GCC style, one line).
std::string format_gcc(const Diagnostic& diagnostic);
bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace vclear
