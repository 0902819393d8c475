#include <memory>
#include <string>

#include "commands.hpp"
#include "output.hpp"
#include "study_command.hpp"
#include "vclear/report/render.hpp"

namespace vclear::cli {

void add_compute_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<std::pair<std::string, std::string>>("", "table");
  CLI::App* cmd = app.add_subcommand(
      "compute", "Load, check and compute one study: titers, run LRVs, step claims, cumulative "
                 "clearance and safety margin");
  cmd->add_option("study", options->first, "Study file (YAML)")->required();
  cmd->add_option("--format", options->second, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv", "md"}));
  cmd->callback([options, &exit_code] {
    auto loaded = load_and_compute(options->first, exit_code);
    if (!loaded) return;
    const std::string& format = options->second;
    std::string text;
    if (format == "json")
      text = render_json(loaded->study, loaded->results);
    else if (format == "csv")
      text = render_csv(loaded->study, loaded->results);
    else if (format == "md")
      text = render_markdown(loaded->study, loaded->results);
    else
      text = render_table(loaded->study, loaded->results, {stdout_wants_color(), ""});
    const std::string error = write_output("-", text);
    if (!error.empty()) {
      std::cerr << "vclear: " << error << "\n";
      exit_code = 2;
    }
  });
}

}  // namespace vclear::cli
