// The qualification report in Markdown and JSON (the PDF is in render_pdf.cpp).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "vclear/qualify/qualify.hpp"

namespace vclear {

std::string render_qualification_markdown(const Qualification& q) {
  std::string md = "# vclear operational qualification\n\n";
  md += fmt::format("**Verdict: {}**\n\n", q.pass ? "PASS — every case and check passed" : "FAIL");
  md += "| | |\n|---|---|\n";
  md += fmt::format("| vclear version | {} |\n| study format version | {} |\n", q.vclear_version, q.format_version);
  md += fmt::format("| compiler | {} |\n| libraries | {} |\n| operating system | {} |\n", q.compiler,
                    q.libraries, q.operating_system);
  md += fmt::format("| date | {} |\n| SHA-256 of the vclear executable | `{}` |\n\n", q.date, q.executable_sha256);
  md += "## Installation checks\n\n| check | detail | result |\n|---|---|---|\n";
  for (const InstallationCheck& c : q.installation)
    md += fmt::format("| {} | {} | {} |\n", c.what, c.detail, c.pass ? "pass" : "**FAIL**");
  md += "\n## Reference cases\n\n";
  for (const QualificationCase& c : q.cases) {
    md += fmt::format("### {} — {}: {}\n\n", c.id, c.title, c.pass ? "pass" : "**FAIL**");
    md += fmt::format("Source: {}\n\n", c.source);
    if (!c.error.empty()) md += fmt::format("The case could not run: {}\n\n", c.error);
    if (!c.checks.empty()) {
      md += "| quantity | result path | expected | tolerance | computed | result |\n|---|---|---|---|---|---|\n";
      for (const CaseCheck& k : c.checks)
        md += fmt::format("| {} | `{}` | {} | {} | {} | {} |\n", k.what, k.path, k.expected,
                          k.tolerance > 0 ? fmt::format("± {}", k.tolerance) : "exact", k.computed,
                          k.pass ? "pass" : "**FAIL**");
    }
    md += "\n<details><summary>Inputs (study file)</summary>\n\n```yaml\n" + c.inputs + "```\n\n</details>\n\n";
  }
  md += "## Signatures\n\n| role | name | signature | date |\n|---|---|---|---|\n";
  md += "| Performed by | | | |\n| Reviewed by | | | |\n";
  return md;
}

std::string render_qualification_json(const Qualification& q) {
  nlohmann::ordered_json j = {{"vclear_version", q.vclear_version}, {"format_version", q.format_version},
                      {"compiler", q.compiler}, {"libraries", q.libraries},
                      {"operating_system", q.operating_system}, {"date", q.date},
                      {"executable_sha256", q.executable_sha256}, {"pass", q.pass}};
  j["installation"] = nlohmann::ordered_json::array();
  for (const InstallationCheck& c : q.installation)
    j["installation"].push_back({{"check", c.what}, {"detail", c.detail}, {"pass", c.pass}});
  j["cases"] = nlohmann::ordered_json::array();
  for (const QualificationCase& c : q.cases) {
    nlohmann::ordered_json checks = nlohmann::ordered_json::array();
    for (const CaseCheck& k : c.checks)
      checks.push_back({{"path", k.path}, {"what", k.what}, {"expected", k.expected},
                        {"tolerance", k.tolerance}, {"computed", k.computed}, {"pass", k.pass}});
    j["cases"].push_back({{"id", c.id}, {"title", c.title}, {"source", c.source}, {"pass", c.pass},
                          {"error", c.error.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.error)},
                          {"checks", checks}});
  }
  return j.dump(2) + "\n";
}

}  // namespace vclear
