#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "output.hpp"

namespace vclear::cli {
namespace {

constexpr std::string_view kStarterStudy =
#include "starter_study.inc"
    ;

}  // namespace

void add_init_command(CLI::App& app, int& exit_code) {
  auto output = std::make_shared<std::string>("-");
  auto force = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "init", "Write a commented starter study that passes `vclear check --strict`");
  cmd->add_option("-o,--output", *output, "Where to write it (- for stdout)");
  cmd->add_flag("--force", *force, "Overwrite an existing file");
  cmd->callback([output, force, &exit_code] {
    std::error_code ec;
    if (*output != "-" && !*force && std::filesystem::exists(*output, ec)) {
      std::cerr << "vclear init: " << *output << " exists; use --force to overwrite it\n";
      exit_code = 2;
      return;
    }
    const std::string error = write_output(*output, kStarterStudy);
    if (!error.empty()) {
      std::cerr << "vclear init: " << error << "\n";
      exit_code = 2;
    }
  });
}

}  // namespace vclear::cli
