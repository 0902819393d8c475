#include <iostream>

#include "commands.hpp"
#include "vclear/study/loader.hpp"

namespace vclear::cli {

void add_schema_command(CLI::App& app, int& exit_code) {
  CLI::App* cmd = app.add_subcommand(
      "schema", "Print the JSON Schema of the study format (schemas/study.schema.json)");
  cmd->callback([&exit_code] {
    std::cout << study_schema_text();
    exit_code = std::cout ? 0 : 2;
  });
}

}  // namespace vclear::cli
