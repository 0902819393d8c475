#include "cli/run_vclear.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace vclear::test {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "vclear-cli-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

std::string source_path(const std::string& relative) {
  return std::string(VCLEAR_SOURCE_DIR) + "/" + relative;
}

Ran run_vclear(const std::string& args, const std::string& input) {
  const std::string dir = temp_dir();
  write_text(dir + "/stdin", input);
  const std::string command = std::string("NO_COLOR=1 '") + VCLEAR_EXE + "' " + args + " <'" + dir +
                              "/stdin' >'" + dir + "/stdout' 2>'" + dir + "/stderr'";
  const int status = std::system(command.c_str());
  Ran ran;
  ran.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  ran.out = read_text(dir + "/stdout");
  ran.err = read_text(dir + "/stderr");
  std::filesystem::remove_all(dir);
  return ran;
}

}  // namespace vclear::test
