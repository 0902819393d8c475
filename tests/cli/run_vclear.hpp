#pragma once
// Test helper: runs the built vclear program and captures its exit code, stdout and stderr.
#include <string>

namespace vclear::test {

struct Ran {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// `args` is appended to the program path as shell words (quote them yourself); `input` is stdin.
Ran run_vclear(const std::string& args, const std::string& input = "");
// A fresh empty directory for one test's files.
std::string temp_dir();
std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);
std::string source_path(const std::string& relative);  // a file of the source tree

}  // namespace vclear::test
