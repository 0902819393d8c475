#pragma once
// Internal: the geometry of the report's two charts, computed once from the report model in data
// units (axes with round ticks, stacked bar segments, points, fit lines), then drawn twice: as
// inline SVG for the HTML report (here) and with libharu for the PDF (pdf_charts.cpp).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "report/report_model.hpp"

namespace vclear::detail {

struct Color {
  unsigned char r, g, b;
};
Color chart_color(std::size_t index);  // a qualitative palette that survives greyscale printing
std::string hex(Color color);          // "#1f61a3"
std::string xml_escape(const std::string& text);  // & < > " as entities, for HTML and SVG

// An axis from min to max with ticks every `step` (1, 2, 2.5 or 5 × 10^k).
struct Axis {
  double min = 0, max = 1, step = 1;
  std::vector<double> ticks() const;
  double fraction(double value) const { return (value - min) / (max - min); }  // 0 at min, 1 at max
};
// The round axis that covers [low, high] with about `ticks` intervals.
Axis nice_axis(double low, double high, int ticks = 6);

// Cumulative clearance per virus, stacked by counted step (LRV units along the axis).
struct BarSegment {
  std::string step;
  std::size_t color = 0;  // index into chart_color, the same for a step in every bar and the legend
  double from = 0, to = 0;
  std::string label;      // "5.28"
};
struct Bar {
  std::string virus, total;  // total as printed in the summary ("≥ 13.03 ± 0.74")
  std::vector<BarSegment> segments;
  double end = 0;
};
struct BarChart {
  std::vector<Bar> bars;
  Axis axis;
  std::vector<std::string> legend;  // step ids in colour order
};
BarChart cumulative_chart(const ReportModel& model);

// Inactivation kinetics: log10 titer against minutes.
struct Segment {
  double t0 = 0, y0 = 0, t1 = 0, y1 = 0;
};
struct KineticsSeriesGeometry {
  std::string run;
  std::size_t color = 0;
  std::vector<KineticsPoint> points;
  std::optional<Segment> fit;  // the least-squares line from 0 to the last uncensored point
};
struct KineticsChart {
  Axis minutes, log10;
  std::optional<double> process_minutes;
  std::vector<KineticsSeriesGeometry> series;
};
KineticsChart kinetics_chart(const KineticsPlot& plot);

std::string svg_cumulative_chart(const BarChart& chart);
std::string svg_kinetics_chart(const KineticsChart& chart);

}  // namespace vclear::detail
