#include "vclear/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace vclear {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string format_gcc(const Diagnostic& d) {
  if (d.where.line <= 0)  // about the file as a whole (e.g. it cannot be read)
    return fmt::format("{}: {}: {} [{}]", d.where.file, to_string(d.severity), d.message, d.rule);
  return fmt::format("{}:{}:{}: {}: {} [{}]", d.where.file, d.where.line, d.where.column,
                     to_string(d.severity), d.message, d.rule);
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace vclear
