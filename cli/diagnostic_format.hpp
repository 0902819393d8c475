#pragma once
// How `vclear check` writes diagnostics: text (GCC style), json, github workflow commands, SARIF.
#include <string>
#include <vector>

#include "vclear/diagnostic.hpp"

namespace vclear::cli {

std::string format_text(const std::vector<Diagnostic>& diagnostics);
std::string format_github(const std::vector<Diagnostic>& diagnostics);
std::string format_json(const std::vector<Diagnostic>& diagnostics);   // one array, whole run
std::string format_sarif(const std::vector<Diagnostic>& diagnostics);  // SARIF 2.1.0, whole run

}  // namespace vclear::cli
