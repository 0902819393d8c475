#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include "commands.hpp"
#include "output.hpp"
#include "vclear/qualify/qualify.hpp"

namespace vclear::cli {
namespace {

struct QualifyOptions {
  std::string output = "-";
  std::string format;  // empty: from the extension (stdout: md)
  std::string cases;   // a case file other than the built-in one (for tests and extensions)
};

std::string format_of(const QualifyOptions& o) {
  if (!o.format.empty()) return o.format;
  const std::string ext = std::filesystem::path(o.output).extension().string();
  if (ext == ".pdf") return "pdf";
  if (ext == ".json") return "json";
  if (ext == ".md" || o.output == "-") return "md";
  return "";
}

}  // namespace

void add_qualify_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<QualifyOptions>();
  CLI::App* cmd = app.add_subcommand(
      "qualify", "Run the built-in reference cases and installation checks and write a "
                 "qualification report (IQ/OQ); exit 0 only when everything passes");
  cmd->add_option("-o,--output", o->output, "Report file (.pdf, .md or .json; - for stdout)");
  cmd->add_option("--format", o->format, "Report format (overrides the extension)")
      ->check(CLI::IsMember({"pdf", "md", "json"}));
  cmd->add_option("--cases", o->cases, "Run the cases of this YAML file instead of the built-in ones");
  cmd->callback([o, &exit_code] {
    const std::string format = format_of(*o);
    if (format.empty()) {
      std::cerr << "vclear qualify: cannot tell the format of '" << o->output
                << "': expected .pdf, .md or .json, or --format\n";
      exit_code = 2;
      return;
    }
    std::string cases(builtin_qualification_cases());
    if (!o->cases.empty()) {
      std::ifstream in(o->cases, std::ios::binary);
      if (!in) {
        std::cerr << "vclear qualify: cannot read " << o->cases << "\n";
        exit_code = 2;
        return;
      }
      cases.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    Qualification q = describe_installation();
    const std::filesystem::path out_dir =
        o->output == "-" ? std::filesystem::path(".") : std::filesystem::path(o->output).parent_path();
    q.installation = installation_checks(out_dir.empty() ? "." : out_dir.string());
    try {
      q.cases = run_qualification_cases(cases);
    } catch (const std::runtime_error& e) {
      std::cerr << "vclear qualify: " << (o->cases.empty() ? "built-in cases" : o->cases) << ": "
                << e.what() << "\n";
      exit_code = 2;
      return;
    }
    q.pass = true;
    for (const InstallationCheck& c : q.installation) {
      if (!c.pass) std::cerr << "vclear qualify: installation check failed: " << c.what << ": " << c.detail << "\n";
      q.pass = q.pass && c.pass;
    }
    int passed = 0;
    for (const QualificationCase& c : q.cases) {
      if (!c.pass) {
        std::cerr << "vclear qualify: case " << c.id << " FAILED";
        for (const CaseCheck& k : c.checks)
          if (!k.pass)
            std::cerr << "; " << k.what << ": expected " << k.expected << ", computed " << k.computed;
        if (!c.error.empty()) std::cerr << "; " << c.error;
        std::cerr << "\n";
      }
      passed += c.pass;
      q.pass = q.pass && c.pass;
    }
    const std::string bytes = format == "pdf"    ? render_qualification_pdf(q)
                              : format == "json" ? render_qualification_json(q)
                                                 : render_qualification_markdown(q);
    const std::string error = write_output(o->output, bytes);
    if (!error.empty()) {
      std::cerr << "vclear qualify: " << error << "\n";
      exit_code = 2;
      return;
    }
    std::cerr << "vclear qualify: " << passed << " of " << q.cases.size() << " reference cases passed; "
              << (q.pass ? "PASS" : "FAIL") << "\n";
    exit_code = q.pass ? 0 : 1;
  });
}

}  // namespace vclear::cli
