#include <cctype>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "commands.hpp"
#include "output.hpp"
#include "study_command.hpp"
#include "vclear/report/render.hpp"
#include "vclear/sha256.hpp"

namespace vclear::cli {
namespace {

struct ReportOptions {
  std::string study;
  std::string output;
  std::string format;  // empty: from the output's extension
};

std::string format_from_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "markdown") return "md";
  if (ext == "htm") return "html";
  return ext;
}

}  // namespace

void add_report_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Render the study report (PDF dossier report, Markdown, HTML, CSV or JSON)");
  cmd->add_option("study", options->study, "Study file (YAML)")->required();
  cmd->add_option("-o,--output", options->output, "Output file; format from its extension; - for stdout")
      ->required();
  cmd->add_option("--format", options->format, "Output format (overrides the extension)")
      ->check(CLI::IsMember({"pdf", "md", "html", "csv", "json"}));
  cmd->callback([options, &exit_code] {
    const std::string format =
        options->format.empty() ? format_from_extension(options->output) : options->format;
    if (format != "pdf" && format != "md" && format != "html" && format != "csv" && format != "json") {
      std::cerr << "vclear report: cannot tell the format of '" << options->output
                << "': expected an extension .pdf, .md, .html, .csv or .json, or --format\n";
      exit_code = 2;
      return;
    }
    auto loaded = load_and_compute(options->study, exit_code);
    if (!loaded) return;
    RenderOptions render{false, sha256_file(options->study).value_or("")};
    std::string bytes;
    if (format == "pdf")
      bytes = render_pdf(loaded->study, loaded->results, render);
    else if (format == "md")
      bytes = render_markdown(loaded->study, loaded->results, render);
    else if (format == "html")
      bytes = render_html(loaded->study, loaded->results, render);
    else if (format == "csv")
      bytes = render_csv(loaded->study, loaded->results);
    else
      bytes = render_json(loaded->study, loaded->results);
    const std::string error = write_output(options->output, bytes);
    if (!error.empty()) {
      std::cerr << "vclear report: " << error << "\n";
      exit_code = 2;
    }
  });
}

}  // namespace vclear::cli
