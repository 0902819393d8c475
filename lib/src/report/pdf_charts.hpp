#pragma once
// Internal: the report's vector charts, drawn with libharu.
#include "report/pdf_document.hpp"

namespace vclear::detail {

Rgb step_color(std::size_t index);
// Horizontal bars per virus, stacked by counted step, with a legend; returns the height used.
float cumulative_chart_height(const ReportModel& model);
void draw_cumulative_chart(PdfDocument& doc, HPDF_Page page, float left, float top, float width, const ReportModel& model);
// log10 titer against minutes, one series per run, censored points open with a downward arrow.
constexpr float kKineticsHeight = 250;
void draw_kinetics(PdfDocument& doc, HPDF_Page page, float left, float top, float width, const KineticsPlot& plot);

}  // namespace vclear::detail
