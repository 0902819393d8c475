// vclear: viral clearance validation calculator (ICH Q5A(R2)).
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"

int main(int argc, char** argv) {
  int exit_code = 0;
  try {
    CLI::App app{"vclear — viral clearance validation calculator (ICH Q5A(R2))", "vclear"};
    app.set_version_flag("--version",
                         fmt::format("vclear {} (study format {})", VCLEAR_VERSION, VCLEAR_FORMAT_VERSION));
    app.require_subcommand(1);
    vclear::cli::add_compute_command(app, exit_code);
    vclear::cli::add_check_command(app, exit_code);
    vclear::cli::add_report_command(app, exit_code);
    vclear::cli::add_titer_command(app, exit_code);
    vclear::cli::add_schema_command(app, exit_code);
    vclear::cli::add_init_command(app, exit_code);
    vclear::cli::add_qualify_command(app, exit_code);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      const int code = app.exit(e);  // prints help/version to stdout, errors to stderr
      return code == 0 ? 0 : 2;
    }
    return exit_code;
  } catch (const std::exception& e) {
    std::cerr << "vclear: internal error: " << e.what() << "\n";
    return 3;
  } catch (...) {
    std::cerr << "vclear: internal error\n";
    return 3;
  }
}
