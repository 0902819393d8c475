#include "report/pdf_charts.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace vclear::detail {
namespace {

void line(HPDF_Page p, float x0, float y0, float x1, float y1, float width, Rgb c) {
  HPDF_Page_SetRGBStroke(p, c.r, c.g, c.b);
  HPDF_Page_SetLineWidth(p, width);
  HPDF_Page_MoveTo(p, x0, y0);
  HPDF_Page_LineTo(p, x1, y1);
  HPDF_Page_Stroke(p);
}

float nice_step(float range) {
  const float raw = range / 6;
  const float magnitude = std::pow(10.0f, std::floor(std::log10(raw)));
  for (float m : {1.0f, 2.0f, 2.5f, 5.0f, 10.0f})
    if (raw <= m * magnitude) return m * magnitude;
  return 10 * magnitude;
}

}  // namespace

Rgb step_color(std::size_t i) {
  static const Rgb palette[] = {{0.12f, 0.38f, 0.64f}, {0.87f, 0.50f, 0.13f}, {0.20f, 0.60f, 0.33f},
                                {0.70f, 0.20f, 0.25f}, {0.49f, 0.36f, 0.68f}, {0.55f, 0.40f, 0.30f},
                                {0.85f, 0.45f, 0.65f}, {0.45f, 0.45f, 0.45f}};
  return palette[i % (sizeof(palette) / sizeof(palette[0]))];
}

float cumulative_chart_height(const ReportModel& m) { return 60 + 22 * static_cast<float>(m.chart.size()); }

void draw_cumulative_chart(PdfDocument& doc, HPDF_Page p, float left, float top, float width, const ReportModel& m) {
  const float label = 60, right_pad = 70, bar = 14, gap = 8;
  float max_total = 1;
  for (const ChartBar& b : m.chart) {
    float sum = 0;
    for (const auto& s : b.segments) sum += static_cast<float>(std::max(0.0, s.second));
    max_total = std::max(max_total, sum);
  }
  const float step = nice_step(max_total);
  const float axis_max = std::ceil(max_total / step) * step;
  const float plot_width = width - label - right_pad;
  const float scale = plot_width / axis_max;
  float y = top - 10;
  for (const ChartBar& b : m.chart) {
    y -= bar + gap;
    doc.text_at(p, left, y + 3.5f, b.virus, 8.5f, true);
    float x = left + label;
    for (const auto& [step_id, lrv] : b.segments) {
      const auto index = std::find(m.chart_steps.begin(), m.chart_steps.end(), step_id) - m.chart_steps.begin();
      const Rgb c = step_color(static_cast<std::size_t>(index));
      const float w = static_cast<float>(std::max(0.0, lrv)) * scale;
      HPDF_Page_SetRGBFill(p, c.r, c.g, c.b);
      HPDF_Page_Rectangle(p, x, y, w, bar);
      HPDF_Page_Fill(p);
      if (w > 24) doc.text_at(p, x + 3, y + 4, fmt::format("{:.1f}", lrv), 7, false, {1, 1, 1});
      x += w;
    }
    doc.text_at(p, x + 4, y + 3.5f, b.total, 8.5f, true);
  }
  const float axis_y = y - 6;
  line(p, left + label, axis_y, left + label + plot_width, axis_y, 0.6f, {0.3f, 0.3f, 0.3f});
  for (float v = 0; v <= axis_max + 1e-3f; v += step) {
    const float x = left + label + v * scale;
    line(p, x, axis_y, x, axis_y - 3, 0.6f, {0.3f, 0.3f, 0.3f});
    const std::string t = fmt::format("{:g}", v);
    doc.text_at(p, x - doc.text_width(t, 7, false) / 2, axis_y - 11, t, 7);
  }
  doc.text_at(p, left + label, axis_y - 22, "cumulative log10 reduction (counted steps)", 7.5f);
  float lx = left + label;
  for (std::size_t i = 0; i < m.chart_steps.size(); ++i) {
    const Rgb c = step_color(i);
    HPDF_Page_SetRGBFill(p, c.r, c.g, c.b);
    HPDF_Page_Rectangle(p, lx, axis_y - 36, 8, 8);
    HPDF_Page_Fill(p);
    doc.text_at(p, lx + 11, axis_y - 35, m.chart_steps[i], 7.5f);
    lx += 20 + doc.text_width(m.chart_steps[i], 7.5f, false);
  }
}

void draw_kinetics(PdfDocument& doc, HPDF_Page p, float left, float top, float width, const KineticsPlot& plot) {
  const float plot_left = left + 40, plot_top = top - 16, plot_width = width - 170, plot_height = kKineticsHeight - 60;
  float t_max = plot.process_minutes.value_or(0), y_min = 0, y_max = 1;
  bool first = true;
  for (const KineticsSeries& s : plot.series)
    for (const KineticsPoint& k : s.points) {
      t_max = std::max(t_max, static_cast<float>(k.minutes));
      y_min = first ? static_cast<float>(k.log10) : std::min(y_min, static_cast<float>(k.log10));
      y_max = first ? static_cast<float>(k.log10) : std::max(y_max, static_cast<float>(k.log10));
      first = false;
    }
  t_max = t_max > 0 ? t_max * 1.05f : 1;
  y_min = std::floor(y_min - 1);
  y_max = std::ceil(y_max + 0.5f);
  const auto X = [&](double t) { return plot_left + static_cast<float>(t) / t_max * plot_width; };
  const auto Y = [&](double v) { return plot_top - plot_height + (static_cast<float>(v) - y_min) / (y_max - y_min) * plot_height; };
  const Rgb axis{0.3f, 0.3f, 0.3f};
  line(p, plot_left, plot_top - plot_height, plot_left + plot_width, plot_top - plot_height, 0.6f, axis);
  line(p, plot_left, plot_top - plot_height, plot_left, plot_top, 0.6f, axis);
  const float ystep = nice_step(y_max - y_min);
  for (float v = y_min; v <= y_max + 1e-3f; v += ystep) {
    line(p, plot_left - 3, Y(v), plot_left, Y(v), 0.6f, axis);
    line(p, plot_left, Y(v), plot_left + plot_width, Y(v), 0.2f, {0.85f, 0.85f, 0.85f});
    const std::string t = fmt::format("{:g}", v);
    doc.text_at(p, plot_left - 6 - doc.text_width(t, 7, false), Y(v) - 2.5f, t, 7);
  }
  const float tstep = nice_step(t_max);
  for (float t = 0; t <= t_max + 1e-3f; t += tstep) {
    line(p, X(t), plot_top - plot_height, X(t), plot_top - plot_height - 3, 0.6f, axis);
    const std::string s = fmt::format("{:g}", t);
    doc.text_at(p, X(t) - doc.text_width(s, 7, false) / 2, plot_top - plot_height - 12, s, 7);
  }
  doc.text_at(p, plot_left + plot_width / 2 - 20, plot_top - plot_height - 24, "minutes", 7.5f);
  doc.text_at(p, left, plot_top + 4, "log10 titer per mL", 7.5f);
  if (plot.process_minutes) {
    const float x = X(*plot.process_minutes);
    static const HPDF_UINT16 dash[] = {3, 2};
    HPDF_Page_SetDash(p, dash, 2, 0);
    line(p, x, plot_top - plot_height, x, plot_top, 0.8f, {0.6f, 0.1f, 0.1f});
    HPDF_Page_SetDash(p, nullptr, 0, 0);
    const std::string label = fmt::format("process time {:g} min", *plot.process_minutes);
    doc.text_at(p, x - 3 - doc.text_width(label, 6.5f, false), plot_top - 8, label, 6.5f, false, {0.6f, 0.1f, 0.1f});
  }
  float legend_y = plot_top - 4;
  for (std::size_t i = 0; i < plot.series.size(); ++i) {
    const KineticsSeries& s = plot.series[i];
    const Rgb c = step_color(i);
    for (std::size_t k = 1; k < s.points.size(); ++k)
      line(p, X(s.points[k - 1].minutes), Y(s.points[k - 1].log10), X(s.points[k].minutes), Y(s.points[k].log10), 0.5f, c);
    if (s.fit) {  // the least-squares line over the uncensored points, dashed
      static const HPDF_UINT16 dots[] = {2, 2};
      HPDF_Page_SetDash(p, dots, 2, 0);
      double t_end = 0;
      for (const KineticsPoint& k : s.points)
        if (!k.censored) t_end = std::max(t_end, k.minutes);
      line(p, X(0), Y(s.fit->intercept), X(t_end), Y(s.fit->intercept + s.fit->slope * t_end), 0.9f, c);
      HPDF_Page_SetDash(p, nullptr, 0, 0);
    }
    for (const KineticsPoint& k : s.points) {
      const float x = X(k.minutes), y = Y(k.log10);
      HPDF_Page_SetRGBStroke(p, c.r, c.g, c.b);
      HPDF_Page_SetRGBFill(p, c.r, c.g, c.b);
      HPDF_Page_SetLineWidth(p, 0.9f);
      HPDF_Page_Circle(p, x, y, 2.6f);
      if (k.censored) {
        HPDF_Page_Stroke(p);  // open marker at the detection limit, with a downward arrow
        line(p, x, y - 2.6f, x, y - 11, 0.8f, c);
        HPDF_Page_MoveTo(p, x - 2.2f, y - 8);
        HPDF_Page_LineTo(p, x, y - 11.5f);
        HPDF_Page_LineTo(p, x + 2.2f, y - 8);
        HPDF_Page_Stroke(p);
      } else {
        HPDF_Page_Fill(p);
      }
    }
    const float lx = plot_left + plot_width + 14;
    HPDF_Page_SetRGBFill(p, c.r, c.g, c.b);
    HPDF_Page_Circle(p, lx, legend_y + 2.5f, 2.6f);
    HPDF_Page_Fill(p);
    doc.text_at(p, lx + 6, legend_y, s.run, 7.5f);
    legend_y -= 12;
  }
  const float lx = plot_left + plot_width + 14;
  legend_y -= 6;
  doc.text_at(p, lx, legend_y, "filled: measured titer", 6.5f, false, {0.35f, 0.35f, 0.35f});
  doc.text_at(p, lx, legend_y - 9, "open ↓: at or below the limit", 6.5f, false, {0.35f, 0.35f, 0.35f});
  doc.text_at(p, lx, legend_y - 18, "dashed: least-squares fit", 6.5f, false, {0.35f, 0.35f, 0.35f});
}

}  // namespace vclear::detail
