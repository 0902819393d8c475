#pragma once
// Output plumbing shared by the commands: atomic file writes and terminal detection.
#include <string>
#include <string_view>

namespace vclear::cli {

// Writes `bytes` to `path` through a temporary file in the same directory and a rename, so a
// failure never leaves a partial file nor clobbers an existing one. "-" writes to stdout.
// Returns an error message, or an empty string on success.
std::string write_output(const std::string& path, std::string_view bytes);

// ANSI colour only on a terminal, and never when NO_COLOR is set.
bool stdout_wants_color();

}  // namespace vclear::cli
