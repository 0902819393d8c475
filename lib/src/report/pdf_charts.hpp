#pragma once
// Internal: the report's vector charts drawn with libharu, from the geometry of svg_chart.hpp
// (the same axes, stacks, points and fit lines as the HTML report's SVG).
#include "report/pdf_document.hpp"
#include "report/svg_chart.hpp"

namespace vclear::detail {

// Horizontal bars per virus, stacked by counted step, with an axis and a legend.
float cumulative_chart_height(const BarChart& chart);
void draw_cumulative_chart(PdfDocument& doc, HPDF_Page page, float left, float top, float width, const BarChart& chart);
// log10 titer against minutes, one series per run, censored points open with a downward arrow,
// the process time as a vertical line and the least-squares fit dashed.
constexpr float kKineticsHeight = 250;
void draw_kinetics(PdfDocument& doc, HPDF_Page page, float left, float top, float width, const KineticsChart& chart);

}  // namespace vclear::detail
