#include "report/svg_chart.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace vclear::detail {
namespace {

// "{:g}" of a tick value, without "-0" and without binary noise (2.5000000001).
std::string tick_text(double v) { return fmt::format("{:g}", std::fabs(v) < 1e-9 ? 0.0 : std::round(v * 1000) / 1000); }

}  // namespace

Color chart_color(std::size_t index) {
  static const Color palette[] = {{31, 97, 163}, {222, 128, 33}, {51, 153, 84},  {179, 51, 64},
                                  {125, 92, 173}, {140, 102, 77}, {217, 115, 166}, {115, 115, 115}};
  return palette[index % (sizeof(palette) / sizeof(palette[0]))];
}

std::string hex(Color c) { return fmt::format("#{:02x}{:02x}{:02x}", c.r, c.g, c.b); }

std::vector<double> Axis::ticks() const {
  std::vector<double> t;
  for (int i = 0; min + i * step <= max + step * 1e-6; ++i) t.push_back(min + i * step);
  return t;
}

Axis nice_axis(double low, double high, int ticks) {
  if (!std::isfinite(low) || !std::isfinite(high)) low = 0, high = 1;
  if (high <= low) high = low + 1;
  const double raw = (high - low) / std::max(ticks, 1);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10 * magnitude;
  for (double m : {1.0, 2.0, 2.5, 5.0})
    if (raw <= m * magnitude * (1 + 1e-9)) {
      step = m * magnitude;
      break;
    }
  return {std::floor(low / step + 1e-9) * step, std::ceil(high / step - 1e-9) * step, step};
}

BarChart cumulative_chart(const ReportModel& m) {
  BarChart chart;
  chart.legend = m.chart_steps;
  double longest = 1;
  for (const ChartBar& source : m.chart) {
    Bar bar{source.virus, source.total, {}, 0};
    for (const auto& [step, lrv] : source.segments) {
      const auto color = static_cast<std::size_t>(std::find(m.chart_steps.begin(), m.chart_steps.end(), step) -
                                                  m.chart_steps.begin());
      const double length = std::max(0.0, lrv);  // a counted claim is > min_countable_lrv; guard anyway
      bar.segments.push_back({step, color, bar.end, bar.end + length, fmt::format("{:.2f}", lrv)});
      bar.end += length;
    }
    longest = std::max(longest, bar.end);
    chart.bars.push_back(bar);
  }
  chart.axis = nice_axis(0, longest);
  return chart;
}

KineticsChart kinetics_chart(const KineticsPlot& plot) {
  KineticsChart chart;
  chart.process_minutes = plot.process_minutes;
  double t_max = plot.process_minutes.value_or(0), low = INFINITY, high = -INFINITY;
  for (std::size_t i = 0; i < plot.series.size(); ++i) {
    const KineticsSeries& s = plot.series[i];
    KineticsSeriesGeometry g{s.run, i, s.points, std::nullopt};
    double last_measured = 0;
    for (const KineticsPoint& p : s.points) {
      t_max = std::max(t_max, p.minutes);
      low = std::min(low, p.log10);
      high = std::max(high, p.log10);
      if (!p.censored) last_measured = std::max(last_measured, p.minutes);
    }
    if (s.fit) {
      g.fit = Segment{0, s.fit->intercept, last_measured, s.fit->intercept + s.fit->slope * last_measured};
      low = std::min(low, g.fit->y1);
    }
    chart.series.push_back(g);
  }
  if (!std::isfinite(low)) low = 0, high = 1;
  chart.minutes = nice_axis(0, t_max > 0 ? t_max : 1);
  // Room under the lowest point for the downward arrows of censored points.
  chart.log10 = nice_axis(std::floor(low - 0.8), high + 0.3);
  return chart;
}

std::string svg_cumulative_chart(const BarChart& chart) {
  const double label = 70, plot_width = 520, bar = 18, gap = 8;
  const double axis_y = 10 + chart.bars.size() * (bar + gap);
  const double height = axis_y + 56;
  const auto X = [&](double v) { return label + chart.axis.fraction(v) * plot_width; };
  std::string svg = fmt::format(
      "<svg class=chart viewBox=\"0 0 720 {:.0f}\" role=img aria-label=\"cumulative clearance per virus\">", height);
  double y = 10;
  for (const Bar& b : chart.bars) {
    svg += fmt::format("<text x=0 y={:.1f} class=label>{}</text>", y + 13, xml_escape(b.virus));
    for (const BarSegment& s : b.segments) {
      svg += fmt::format("<rect x={:.1f} y={:.1f} width={:.1f} height={:.0f} fill=\"{}\"><title>{}: {}</title></rect>",
                         X(s.from), y, X(s.to) - X(s.from), bar, hex(chart_color(s.color)), xml_escape(s.step), s.label);
      if (X(s.to) - X(s.from) > 30)
        svg += fmt::format("<text x={:.1f} y={:.1f} class=small fill=white>{}</text>", X(s.from) + 4, y + 13, s.label);
    }
    svg += fmt::format("<text x={:.1f} y={:.1f} class=label>{}</text>", X(b.end) + 6, y + 13, xml_escape(b.total));
    y += bar + gap;
  }
  svg += fmt::format("<line x1={:.1f} y1={:.1f} x2={:.1f} y2={:.1f} stroke=#444 />", X(chart.axis.min), axis_y,
                     X(chart.axis.max), axis_y);
  for (double v : chart.axis.ticks())
    svg += fmt::format("<line x1={0:.1f} y1={1:.1f} x2={0:.1f} y2={2:.1f} stroke=#444 />"
                       "<text x={0:.1f} y={3:.1f} class=small text-anchor=middle>{4}</text>",
                       X(v), axis_y, axis_y + 4, axis_y + 15, tick_text(v));
  svg += fmt::format("<text x={:.1f} y={:.1f} class=small>cumulative log10 reduction (counted steps)</text>", label,
                     axis_y + 29);
  double lx = label;
  for (std::size_t i = 0; i < chart.legend.size(); ++i) {
    svg += fmt::format("<rect x={:.1f} y={:.1f} width=10 height=10 fill=\"{}\"/><text x={:.1f} y={:.1f} class=small>{}</text>",
                       lx, axis_y + 38, hex(chart_color(i)), lx + 14, axis_y + 47, xml_escape(chart.legend[i]));
    lx += 34 + 7 * static_cast<double>(chart.legend[i].size());
  }
  return svg + "</svg>\n";
}

std::string svg_kinetics_chart(const KineticsChart& chart) {
  const double left = 50, top = 20, width = 480, height = 210;
  const auto X = [&](double t) { return left + chart.minutes.fraction(t) * width; };
  const auto Y = [&](double v) { return top + height - chart.log10.fraction(v) * height; };
  std::string svg = "<svg class=chart viewBox=\"0 0 720 270\" role=img aria-label=\"inactivation kinetics\">";
  for (double v : chart.log10.ticks())
    svg += fmt::format("<line x1={0:.1f} y1={1:.1f} x2={2:.1f} y2={1:.1f} stroke=#ddd />"
                       "<text x={3:.1f} y={4:.1f} class=small text-anchor=end>{5}</text>",
                       left, Y(v), left + width, left - 6, Y(v) + 4, tick_text(v));
  for (double t : chart.minutes.ticks())
    svg += fmt::format("<line x1={0:.1f} y1={1:.1f} x2={0:.1f} y2={2:.1f} stroke=#444 />"
                       "<text x={0:.1f} y={3:.1f} class=small text-anchor=middle>{4}</text>",
                       X(t), top + height, top + height + 4, top + height + 16, tick_text(t));
  svg += fmt::format("<line x1={0} y1={1} x2={2} y2={1} stroke=#444 /><line x1={0} y1={3} x2={0} y2={1} stroke=#444 />",
                     left, top + height, left + width, top);
  svg += fmt::format("<text x={:.1f} y=262 class=small text-anchor=middle>minutes</text>"
                     "<text x=0 y=12 class=small>log10 titer per mL</text>",
                     left + width / 2);
  if (chart.process_minutes)
    svg += fmt::format("<line x1={0:.1f} y1={1:.1f} x2={0:.1f} y2={2:.1f} stroke=#a11 stroke-dasharray=\"4 3\"/>"
                       "<text x={3:.1f} y={4:.1f} class=small fill=#a11 text-anchor=end>process time {5:g} min</text>",
                       X(*chart.process_minutes), top, top + height, X(*chart.process_minutes) - 4, top + 10,
                       *chart.process_minutes);
  for (const KineticsSeriesGeometry& s : chart.series) {
    const std::string c = hex(chart_color(s.color));
    std::string path;
    for (const KineticsPoint& k : s.points)
      path += fmt::format("{}{:.1f},{:.1f} ", path.empty() ? "M" : "L", X(k.minutes), Y(k.log10));
    svg += fmt::format("<path d=\"{}\" fill=none stroke=\"{}\" stroke-width=1 />", path, c);
    if (s.fit)
      svg += fmt::format("<line x1={:.1f} y1={:.1f} x2={:.1f} y2={:.1f} stroke=\"{}\" stroke-width=1.4 "
                         "stroke-dasharray=\"5 3\"/>",
                         X(s.fit->t0), Y(s.fit->y0), X(s.fit->t1), Y(s.fit->y1), c);
    for (const KineticsPoint& k : s.points)
      svg += k.censored
                 ? fmt::format("<circle cx={0:.1f} cy={1:.1f} r=3.5 fill=white stroke=\"{2}\"/>"
                               "<path d=\"M{0:.1f},{3:.1f} v10 m-3,-4 l3,4 l3,-4\" stroke=\"{2}\" fill=none/>",
                               X(k.minutes), Y(k.log10), c, Y(k.log10) + 3.5)
                 : fmt::format("<circle cx={:.1f} cy={:.1f} r=3.5 fill=\"{}\"/>", X(k.minutes), Y(k.log10), c);
    svg += fmt::format("<circle cx=550 cy={} r=3.5 fill=\"{}\"/><text x=558 y={} class=small>{}</text>",
                       26 + 14 * s.color, c, 30 + 14 * s.color, xml_escape(s.run));
  }
  const double note = 40 + 14.0 * chart.series.size();
  svg += fmt::format("<text x=546 y={:.0f} class=small fill=#555>filled: measured titer</text>"
                     "<text x=546 y={:.0f} class=small fill=#555>open ↓: at or below the limit</text>"
                     "<text x=546 y={:.0f} class=small fill=#555>dashed: least-squares fit</text>",
                     note, note + 13, note + 26);
  return svg + "</svg>\n";
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
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

}  // namespace vclear::detail
