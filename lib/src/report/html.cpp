// The report as one self-contained HTML page (inline CSS, charts as inline SVG).
#include <fmt/format.h>

#include "report/report_model.hpp"
#include "report/svg_chart.hpp"

namespace vclear {
namespace {

using detail::xml_escape;

std::string table(const detail::Table& t) {
  std::string h = "<table><thead><tr>";
  for (std::size_t c = 0; c < t.header.size(); ++c)
    h += fmt::format("<th{}>{}</th>", c < t.numeric.size() && t.numeric[c] ? " class=num" : "", xml_escape(t.header[c]));
  h += "</tr></thead><tbody>\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    h += r < t.emphasis.size() && t.emphasis[r] ? "<tr class=total>" : "<tr>";
    for (std::size_t c = 0; c < t.rows[r].size(); ++c)
      h += fmt::format("<td{}>{}</td>", c < t.numeric.size() && t.numeric[c] ? " class=num" : "", xml_escape(t.rows[r][c]));
    h += "</tr>\n";
  }
  return h + "</tbody></table>\n";
}

}  // namespace

std::string render_html(const Study& study, const Results& results, const RenderOptions& options) {
  const detail::ReportModel m = detail::build_report_model(study, results, options);
  std::string h = "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>" + xml_escape(m.title + " — " + study.info.id) +
                  "</title>\n<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:960px;margin:2em auto;color:#111;"
                  "font-size:14px}h1{font-size:24px}h2{color:#1a3866;border-bottom:1px solid #1a3866;margin-top:2em}"
                  "table{border-collapse:collapse;margin:.6em 0;font-size:12px}th{background:#e8edf4;text-align:left}"
                  "th,td{padding:3px 6px;border-bottom:1px solid #ccd}td.num,th.num{text-align:right}tr.total td{font-weight:bold}"
                  "dl{display:grid;grid-template-columns:10em 1fr}dt{font-weight:bold;color:#444}dd{margin:0 0 .3em 0}"
                  ".chart{width:100%;max-width:720px}.label{font-size:12px;font-weight:bold}.small{font-size:11px}"
                  ".note{font-size:12px;color:#444}</style></head><body>\n";
  h += "<h1>" + xml_escape(m.title) + "</h1><p>" + xml_escape(m.subtitle) + "</p><dl>";
  for (const auto& [k, v] : m.identity) h += "<dt>" + xml_escape(k) + "</dt><dd>" + xml_escape(v) + "</dd>";
  h += "</dl>\n<h2>1. Summary of log10 reduction factors (CTD 2.3.A.2)</h2>\n" + table(m.summary);
  for (const std::string& f : m.footnotes) h += "<p class=note>" + xml_escape(f) + "</p>";
  h += "<h3>Cumulative clearance by counted step</h3>" + detail::svg_cumulative_chart(detail::cumulative_chart(m));
  h += "<h2>2. Model viruses</h2>\n" + table(m.viruses);
  for (const std::string& c : m.coverage) h += "<p>" + xml_escape(c) + "</p>";
  h += "<h2>3. Process steps</h2>\n";
  for (const auto& s : m.steps) {
    h += "<h3>" + xml_escape(s.heading) + "</h3><dl>";
    for (const auto& [k, v] : s.facts) h += "<dt>" + xml_escape(k) + "</dt><dd>" + xml_escape(v) + "</dd>";
    h += "</dl><h4>Runs</h4>" + table(s.runs);
    if (!s.timecourse.rows.empty()) h += "<h4>Time course</h4>" + table(s.timecourse);
    h += "<h4>Step claims</h4>" + table(s.claims);
    if (s.kinetics) {
      h += detail::svg_kinetics_chart(detail::kinetics_chart(*s.kinetics)) + "<ul class=note>";
      for (const std::string& f : s.fits) h += "<li>" + xml_escape(f) + "</li>";
      h += "</ul>";
    }
  }
  h += "<p class=note>" + xml_escape(m.abbreviations) + "</p><h2>4. Safety margin</h2>";
  for (const std::string& l : m.safety_margin) h += "<p>" + xml_escape(l) + "</p>";
  h += "<h2>5. Findings of the check</h2>" + (m.findings.rows.empty() ? std::string("<p>No findings.</p>") : table(m.findings));
  h += "<h2>6. Methods and settings</h2><dl>";
  for (const auto& [k, v] : m.methods) h += "<dt>" + xml_escape(k) + "</dt><dd>" + xml_escape(v) + "</dd>";
  h += "</dl><h3>References</h3><ul>";
  for (const std::string& r : m.references) h += "<li>" + xml_escape(r) + "</li>";
  return h + "</ul></body></html>\n";
}

}  // namespace vclear
