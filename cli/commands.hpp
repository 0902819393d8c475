#pragma once
// Each subcommand registers itself on the app and sets `exit_code` when it runs
// (0 ok, 1 invalid study or errors found, 2 usage or file problem, 3 internal error).
#include <CLI/CLI.hpp>

namespace vclear::cli {

void add_compute_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_report_command(CLI::App& app, int& exit_code);
void add_titer_command(CLI::App& app, int& exit_code);
void add_schema_command(CLI::App& app, int& exit_code);
void add_init_command(CLI::App& app, int& exit_code);
void add_qualify_command(CLI::App& app, int& exit_code);

}  // namespace vclear::cli
