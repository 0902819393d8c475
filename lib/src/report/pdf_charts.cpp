#include "report/pdf_charts.hpp"

#include <fmt/format.h>

namespace vclear::detail {
namespace {

Rgb rgb(Color c) { return {c.r / 255.0f, c.g / 255.0f, c.b / 255.0f}; }
const Rgb kAxis{0.3f, 0.3f, 0.3f}, kGrid{0.86f, 0.86f, 0.86f}, kNote{0.35f, 0.35f, 0.35f}, kProcess{0.6f, 0.1f, 0.1f};

void line(HPDF_Page p, float x0, float y0, float x1, float y1, float width, Rgb c) {
  HPDF_Page_SetRGBStroke(p, c.r, c.g, c.b);
  HPDF_Page_SetLineWidth(p, width);
  HPDF_Page_MoveTo(p, x0, y0);
  HPDF_Page_LineTo(p, x1, y1);
  HPDF_Page_Stroke(p);
}

void dashed(HPDF_Page p, float x0, float y0, float x1, float y1, float width, Rgb c, HPDF_UINT16 on, HPDF_UINT16 off) {
  const HPDF_UINT16 pattern[] = {on, off};
  HPDF_Page_SetDash(p, pattern, 2, 0);
  line(p, x0, y0, x1, y1, width, c);
  HPDF_Page_SetDash(p, nullptr, 0, 0);
}

void fill_rect(HPDF_Page p, float x, float y, float w, float h, Rgb c) {
  HPDF_Page_SetRGBFill(p, c.r, c.g, c.b);
  HPDF_Page_Rectangle(p, x, y, w, h);
  HPDF_Page_Fill(p);
}

std::string tick_text(double v) { return fmt::format("{:g}", std::abs(v) < 1e-9 ? 0.0 : v); }

constexpr float kBar = 14, kGap = 8, kLabel = 60, kRightPad = 80;

}  // namespace

float cumulative_chart_height(const BarChart& chart) { return 62 + (kBar + kGap) * static_cast<float>(chart.bars.size()); }

void draw_cumulative_chart(PdfDocument& doc, HPDF_Page p, float left, float top, float width, const BarChart& chart) {
  const float plot_left = left + kLabel, plot_width = width - kLabel - kRightPad;
  const auto X = [&](double v) { return plot_left + static_cast<float>(chart.axis.fraction(v)) * plot_width; };
  float y = top - 4;
  for (const Bar& b : chart.bars) {
    y -= kBar + kGap;
    doc.text_at(p, left, y + 3.5f, b.virus, 8.5f, true);
    for (const BarSegment& s : b.segments) {
      const float x0 = X(s.from), x1 = X(s.to);
      fill_rect(p, x0, y, x1 - x0, kBar, rgb(chart_color(s.color)));
      if (x1 - x0 > doc.text_width(s.label, 7, false) + 6) doc.text_at(p, x0 + 3, y + 4, s.label, 7, false, {1, 1, 1});
    }
    doc.text_at(p, X(b.end) + 4, y + 3.5f, b.total, 8.5f, true);
  }
  const float axis_y = y - 6;
  line(p, X(chart.axis.min), axis_y, X(chart.axis.max), axis_y, 0.6f, kAxis);
  for (double v : chart.axis.ticks()) {
    line(p, X(v), axis_y, X(v), axis_y - 3, 0.6f, kAxis);
    const std::string t = tick_text(v);
    doc.text_at(p, X(v) - doc.text_width(t, 7, false) / 2, axis_y - 11, t, 7);
  }
  doc.text_at(p, plot_left, axis_y - 22, "cumulative log10 reduction (counted steps)", 7.5f);
  float lx = plot_left;
  for (std::size_t i = 0; i < chart.legend.size(); ++i) {
    fill_rect(p, lx, axis_y - 36, 8, 8, rgb(chart_color(i)));
    doc.text_at(p, lx + 11, axis_y - 35, chart.legend[i], 7.5f);
    lx += 20 + doc.text_width(chart.legend[i], 7.5f, false);
  }
}

void draw_kinetics(PdfDocument& doc, HPDF_Page p, float left, float top, float width, const KineticsChart& chart) {
  const float plot_left = left + 40, plot_top = top - 16, plot_width = width - 170, plot_height = kKineticsHeight - 60;
  const float bottom = plot_top - plot_height;
  const auto X = [&](double t) { return plot_left + static_cast<float>(chart.minutes.fraction(t)) * plot_width; };
  const auto Y = [&](double v) { return bottom + static_cast<float>(chart.log10.fraction(v)) * plot_height; };
  for (double v : chart.log10.ticks()) {
    line(p, plot_left, Y(v), plot_left + plot_width, Y(v), 0.2f, kGrid);
    line(p, plot_left - 3, Y(v), plot_left, Y(v), 0.6f, kAxis);
    const std::string t = tick_text(v);
    doc.text_at(p, plot_left - 6 - doc.text_width(t, 7, false), Y(v) - 2.5f, t, 7);
  }
  for (double t : chart.minutes.ticks()) {
    line(p, X(t), bottom, X(t), bottom - 3, 0.6f, kAxis);
    const std::string s = tick_text(t);
    doc.text_at(p, X(t) - doc.text_width(s, 7, false) / 2, bottom - 12, s, 7);
  }
  line(p, plot_left, bottom, plot_left + plot_width, bottom, 0.6f, kAxis);
  line(p, plot_left, bottom, plot_left, plot_top, 0.6f, kAxis);
  doc.text_at(p, plot_left + plot_width / 2 - doc.text_width("minutes", 7.5f, false) / 2, bottom - 24, "minutes", 7.5f);
  doc.text_at(p, left, plot_top + 9, "log10 titer per mL", 7.5f);
  if (chart.process_minutes) {
    const float x = X(*chart.process_minutes);
    dashed(p, x, bottom, x, plot_top, 0.8f, kProcess, 3, 2);
    const std::string label = fmt::format("process time {:g} min", *chart.process_minutes);
    doc.text_at(p, x - 3 - doc.text_width(label, 6.5f, false), plot_top - 8, label, 6.5f, false, kProcess);
  }
  const float legend_x = plot_left + plot_width + 14;
  float legend_y = plot_top - 4;
  for (const KineticsSeriesGeometry& s : chart.series) {
    const Rgb c = rgb(chart_color(s.color));
    for (std::size_t k = 1; k < s.points.size(); ++k)
      line(p, X(s.points[k - 1].minutes), Y(s.points[k - 1].log10), X(s.points[k].minutes), Y(s.points[k].log10), 0.5f, c);
    if (s.fit) dashed(p, X(s.fit->t0), Y(s.fit->y0), X(s.fit->t1), Y(s.fit->y1), 1.0f, c, 4, 2);
    for (const KineticsPoint& k : s.points) {
      const float x = X(k.minutes), y = Y(k.log10);
      HPDF_Page_SetRGBStroke(p, c.r, c.g, c.b);
      HPDF_Page_SetLineWidth(p, 0.9f);
      if (k.censored) {  // open marker at the detection limit, with a downward arrow
        HPDF_Page_SetRGBFill(p, 1, 1, 1);
        HPDF_Page_Circle(p, x, y, 2.6f);
        HPDF_Page_FillStroke(p);
        line(p, x, y - 2.6f, x, y - 11, 0.8f, c);
        HPDF_Page_MoveTo(p, x - 2.2f, y - 8);
        HPDF_Page_LineTo(p, x, y - 11.5f);
        HPDF_Page_LineTo(p, x + 2.2f, y - 8);
        HPDF_Page_Stroke(p);
      } else {
        HPDF_Page_SetRGBFill(p, c.r, c.g, c.b);
        HPDF_Page_Circle(p, x, y, 2.6f);
        HPDF_Page_Fill(p);
      }
    }
    HPDF_Page_SetRGBFill(p, c.r, c.g, c.b);
    HPDF_Page_Circle(p, legend_x, legend_y + 2.5f, 2.6f);
    HPDF_Page_Fill(p);
    doc.text_at(p, legend_x + 6, legend_y, s.run, 7.5f);
    legend_y -= 12;
  }
  legend_y -= 6;
  doc.text_at(p, legend_x, legend_y, "filled: measured titer", 6.5f, false, kNote);
  doc.text_at(p, legend_x, legend_y - 9, "open ↓: at or below the limit", 6.5f, false, kNote);
  doc.text_at(p, legend_x, legend_y - 18, "dashed: least-squares fit", 6.5f, false, kNote);
}

}  // namespace vclear::detail
