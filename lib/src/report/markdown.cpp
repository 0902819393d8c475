// The report as Markdown (GitHub-flavoured pipe tables), laid out from the one report model.
#include <fmt/format.h>

#include "report/report_model.hpp"

namespace vclear {
namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string table(const detail::Table& t) {
  std::string md = "|";
  for (const std::string& h : t.header) md += " " + escape(h) + " |";
  md += "\n|";
  for (std::size_t c = 0; c < t.header.size(); ++c) md += c < t.numeric.size() && t.numeric[c] ? "---:|" : "---|";
  md += "\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const bool bold = r < t.emphasis.size() && t.emphasis[r];
    md += "|";
    for (const std::string& cell : t.rows[r]) md += " " + (bold && !cell.empty() ? "**" + escape(cell) + "**" : escape(cell)) + " |";
    md += "\n";
  }
  return md + "\n";
}

}  // namespace

std::string render_markdown(const Study& study, const Results& results, const RenderOptions& options) {
  const detail::ReportModel m = detail::build_report_model(study, results, options);
  std::string md = fmt::format("# {}\n\n{}\n\n", m.title, m.subtitle);
  md += "| | |\n|---|---|\n";
  for (const auto& [k, v] : m.identity) md += fmt::format("| {} | {} |\n", k, escape(v));
  md += "\n## 1. Summary of log10 reduction factors (CTD 2.3.A.2)\n\n" + table(m.summary);
  for (const std::string& f : m.footnotes) md += f + "  \n";
  md += "\n### Cumulative clearance by counted step\n\n";
  for (const detail::ChartBar& bar : m.chart) {
    md += fmt::format("- **{}**: {}", bar.virus, bar.total);
    std::string parts;
    for (const auto& [step, lrv] : bar.segments) parts += fmt::format("{}{} {:.2f}", parts.empty() ? "" : " + ", step, lrv);
    md += parts.empty() ? " (no counted step)\n" : fmt::format(" = {}\n", parts);
  }
  md += "\n## 2. Model viruses\n\n" + table(m.viruses);
  for (const std::string& c : m.coverage) md += c + "\n";
  md += "\n## 3. Process steps\n\n";
  for (const detail::StepSection& s : m.steps) {
    md += fmt::format("### {}\n\n", s.heading);
    for (const auto& [k, v] : s.facts) md += fmt::format("- {}: {}\n", k, v);
    md += "\n**Runs**\n\n" + table(s.runs);
    if (!s.timecourse.rows.empty()) md += "**Time course**\n\n" + table(s.timecourse);
    md += "**Step claims**\n\n" + table(s.claims);
    if (!s.fits.empty()) {
      md += "\nKinetics (least squares over uncensored points; informative, never changes a claim):\n\n";
      for (const std::string& f : s.fits) md += "- " + f + "\n";
    }
    md += "\n";
  }
  md += "*" + m.abbreviations + "*\n\n## 4. Safety margin\n\n";
  for (const std::string& l : m.safety_margin) md += l + "\n\n";
  md += "## 5. Findings of the check\n\n";
  md += m.findings.rows.empty() ? "No findings.\n\n" : table(m.findings);
  md += "## 6. Methods and settings\n\n";
  for (const auto& [k, v] : m.methods) md += fmt::format("- **{}.** {}\n", k, v);
  md += "\n## References\n\n";
  for (const std::string& r : m.references) md += "- " + r + "\n";
  return md;
}

}  // namespace vclear
