// The report as one self-contained HTML page (inline CSS, charts as inline SVG).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "report/report_model.hpp"

namespace vclear {
namespace {

std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* kColors[] = {"#1f61a3", "#de8021", "#339954", "#b33340", "#7d5cad", "#8c664d", "#d973a6", "#737373"};

std::string table(const detail::Table& t) {
  std::string h = "<table><thead><tr>";
  for (std::size_t c = 0; c < t.header.size(); ++c)
    h += fmt::format("<th{}>{}</th>", c < t.numeric.size() && t.numeric[c] ? " class=num" : "", esc(t.header[c]));
  h += "</tr></thead><tbody>\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    h += r < t.emphasis.size() && t.emphasis[r] ? "<tr class=total>" : "<tr>";
    for (std::size_t c = 0; c < t.rows[r].size(); ++c)
      h += fmt::format("<td{}>{}</td>", c < t.numeric.size() && t.numeric[c] ? " class=num" : "", esc(t.rows[r][c]));
    h += "</tr>\n";
  }
  return h + "</tbody></table>\n";
}

std::string bar_chart(const detail::ReportModel& m) {
  double max_total = 1;
  for (const auto& b : m.chart) {
    double sum = 0;
    for (const auto& s : b.segments) sum += std::max(0.0, s.second);
    max_total = std::max(max_total, sum);
  }
  const double scale = 520 / std::ceil(max_total);
  const int height = 30 + 26 * static_cast<int>(m.chart.size()) + 30;
  std::string svg = fmt::format("<svg class=chart viewBox=\"0 0 720 {}\" role=img aria-label=\"cumulative clearance\">", height);
  int y = 10;
  for (const auto& b : m.chart) {
    svg += fmt::format("<text x=0 y={} class=label>{}</text>", y + 13, esc(b.virus));
    double x = 70;
    for (const auto& [step, lrv] : b.segments) {
      const auto i = std::find(m.chart_steps.begin(), m.chart_steps.end(), step) - m.chart_steps.begin();
      const double w = std::max(0.0, lrv) * scale;
      svg += fmt::format("<rect x={:.1f} y={} width={:.1f} height=18 fill=\"{}\"><title>{}: {:.2f}</title></rect>", x, y,
                         w, kColors[i % 8], esc(step), lrv);
      x += w;
    }
    svg += fmt::format("<text x={:.1f} y={} class=label>{}</text>", x + 5, y + 13, esc(b.total));
    y += 26;
  }
  double lx = 70;
  for (std::size_t i = 0; i < m.chart_steps.size(); ++i) {
    svg += fmt::format("<rect x={:.0f} y={} width=10 height=10 fill=\"{}\"/><text x={:.0f} y={} class=small>{}</text>", lx,
                       y + 8, kColors[i % 8], lx + 14, y + 17, esc(m.chart_steps[i]));
    lx += 30 + 7 * m.chart_steps[i].size();
  }
  return svg + "</svg>\n";
}

std::string kinetics_chart(const detail::KineticsPlot& plot) {
  double t_max = plot.process_minutes.value_or(0), lo = 1e9, hi = -1e9;
  for (const auto& s : plot.series)
    for (const auto& k : s.points) t_max = std::max(t_max, k.minutes), lo = std::min(lo, k.log10), hi = std::max(hi, k.log10);
  t_max = t_max > 0 ? t_max * 1.05 : 1;
  lo = std::floor(lo - 1);
  hi = std::ceil(hi + 0.5);
  const auto X = [&](double t) { return 50 + t / t_max * 480; };
  const auto Y = [&](double v) { return 230 - (v - lo) / (hi - lo) * 210; };
  std::string svg = "<svg class=chart viewBox=\"0 0 720 260\" role=img aria-label=\"inactivation kinetics\">";
  svg += "<line x1=50 y1=230 x2=530 y2=230 stroke=#444 /><line x1=50 y1=20 x2=50 y2=230 stroke=#444 />";
  for (double v = lo; v <= hi; v += 1)
    svg += fmt::format("<text x=44 y={:.1f} class=small text-anchor=end>{:g}</text>", Y(v) + 3, v);
  svg += fmt::format("<text x=290 y=255 class=small>minutes (0–{:g})</text><text x=0 y=12 class=small>log10 titer per mL</text>", t_max / 1.05);
  if (plot.process_minutes)
    svg += fmt::format("<line x1={0:.1f} y1=20 x2={0:.1f} y2=230 stroke=#a11 stroke-dasharray=\"4 3\"/>"
                       "<text x={1:.1f} y=30 class=small fill=#a11>process time {2:g} min</text>",
                       X(*plot.process_minutes), X(*plot.process_minutes) + 3, *plot.process_minutes);
  for (std::size_t i = 0; i < plot.series.size(); ++i) {
    const auto& s = plot.series[i];
    const char* c = kColors[i % 8];
    std::string path;
    for (const auto& k : s.points) path += fmt::format("{}{:.1f},{:.1f} ", path.empty() ? "M" : "L", X(k.minutes), Y(k.log10));
    svg += fmt::format("<path d=\"{}\" fill=none stroke=\"{}\" stroke-width=1 />", path, c);
    for (const auto& k : s.points)
      svg += k.censored ? fmt::format("<circle cx={0:.1f} cy={1:.1f} r=3.5 fill=white stroke=\"{2}\"/><path d=\"M{0:.1f},{3:.1f} v10 m-3,-4 l3,4 l3,-4\" stroke=\"{2}\" fill=none/>",
                                      X(k.minutes), Y(k.log10), c, Y(k.log10) + 3.5)
                        : fmt::format("<circle cx={:.1f} cy={:.1f} r=3.5 fill=\"{}\"/>", X(k.minutes), Y(k.log10), c);
    svg += fmt::format("<circle cx=550 cy={} r=3.5 fill=\"{}\"/><text x=558 y={} class=small>{}</text>", 30 + 14 * i, c,
                       34 + 14 * i, esc(s.run));
  }
  return svg + "</svg>\n";
}

}  // namespace

std::string render_html(const Study& study, const Results& results, const RenderOptions& options) {
  const detail::ReportModel m = detail::build_report_model(study, results, options);
  std::string h = "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>" + esc(m.title + " — " + study.info.id) +
                  "</title>\n<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:960px;margin:2em auto;color:#111;"
                  "font-size:14px}h1{font-size:24px}h2{color:#1a3866;border-bottom:1px solid #1a3866;margin-top:2em}"
                  "table{border-collapse:collapse;margin:.6em 0;font-size:12px}th{background:#e8edf4;text-align:left}"
                  "th,td{padding:3px 6px;border-bottom:1px solid #ccd}td.num,th.num{text-align:right}tr.total td{font-weight:bold}"
                  "dl{display:grid;grid-template-columns:10em 1fr}dt{font-weight:bold;color:#444}dd{margin:0 0 .3em 0}"
                  ".chart{width:100%;max-width:720px}.label{font-size:12px;font-weight:bold}.small{font-size:11px}"
                  ".note{font-size:12px;color:#444}</style></head><body>\n";
  h += "<h1>" + esc(m.title) + "</h1><p>" + esc(m.subtitle) + "</p><dl>";
  for (const auto& [k, v] : m.identity) h += "<dt>" + esc(k) + "</dt><dd>" + esc(v) + "</dd>";
  h += "</dl>\n<h2>1. Summary of log10 reduction factors (CTD 2.3.A.2)</h2>\n" + table(m.summary);
  for (const std::string& f : m.footnotes) h += "<p class=note>" + esc(f) + "</p>";
  h += "<h3>Cumulative clearance by counted step</h3>" + bar_chart(m);
  h += "<h2>2. Model viruses</h2>\n" + table(m.viruses);
  for (const std::string& c : m.coverage) h += "<p>" + esc(c) + "</p>";
  h += "<h2>3. Process steps</h2>\n";
  for (const auto& s : m.steps) {
    h += "<h3>" + esc(s.heading) + "</h3><dl>";
    for (const auto& [k, v] : s.facts) h += "<dt>" + esc(k) + "</dt><dd>" + esc(v) + "</dd>";
    h += "</dl><h4>Runs</h4>" + table(s.runs);
    if (!s.timecourse.rows.empty()) h += "<h4>Time course</h4>" + table(s.timecourse);
    h += "<h4>Step claims</h4>" + table(s.claims);
    if (s.kinetics) {
      h += kinetics_chart(*s.kinetics) + "<ul class=note>";
      for (const std::string& f : s.fits) h += "<li>" + esc(f) + "</li>";
      h += "</ul>";
    }
  }
  h += "<p class=note>" + esc(m.abbreviations) + "</p><h2>4. Safety margin</h2>";
  for (const std::string& l : m.safety_margin) h += "<p>" + esc(l) + "</p>";
  h += "<h2>5. Findings of the check</h2>" + (m.findings.rows.empty() ? std::string("<p>No findings.</p>") : table(m.findings));
  h += "<h2>6. Methods and settings</h2><dl>";
  for (const auto& [k, v] : m.methods) h += "<dt>" + esc(k) + "</dt><dd>" + esc(v) + "</dd>";
  h += "</dl><h3>References</h3><ul>";
  for (const std::string& r : m.references) h += "<li>" + esc(r) + "</li>";
  return h + "</ul></body></html>\n";
}

}  // namespace vclear
