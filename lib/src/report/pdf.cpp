// The dossier report as PDF (libharu, A4, embedded DejaVu Sans).
#include <fmt/format.h>

#include "report/pdf_charts.hpp"
#include "report/pdf_document.hpp"
#include "report/report_model.hpp"
#include "vclear/report/render.hpp"

namespace vclear {

std::string render_pdf(const Study& study, const Results& results, const RenderOptions& options) {
  const detail::ReportModel m = detail::build_report_model(study, results, options);
  detail::PdfDocument doc;
  doc.heading(m.title, 0);
  doc.paragraph(m.subtitle, 11, false, {0.2f, 0.2f, 0.25f});
  doc.space(4);
  doc.key_values(m.identity);

  doc.heading("1. Summary of log10 reduction factors (CTD 2.3.A.2)", 1);
  doc.paragraph("log10 reduction factor ± 95 % confidence half-width for each step and model virus; ≥ marks a lower "
                "bound (no virus detected in the output).", 8.5f);
  doc.table(m.summary, 8.0f);
  for (const std::string& f : m.footnotes) doc.paragraph(f, 7.5f);
  doc.heading("Cumulative clearance by counted step", 2);
  const detail::BarChart chart = detail::cumulative_chart(m);
  doc.figure(detail::cumulative_chart_height(chart), [&](HPDF_Page p, float left, float top, float width) {
    detail::draw_cumulative_chart(doc, p, left, top, width, chart);
  });

  doc.heading("2. Model viruses", 1);
  doc.table(m.viruses, 8.0f);
  for (const std::string& c : m.coverage) doc.paragraph(c, 9);

  doc.heading("3. Process steps", 1);
  for (const detail::StepSection& s : m.steps) {
    doc.heading(s.heading, 2);
    doc.key_values(s.facts);
    doc.caption("Runs");
    doc.table(s.runs, 6.8f);
    if (!s.timecourse.rows.empty()) {
      doc.caption("Time course");
      doc.table(s.timecourse, 6.8f);
    }
    doc.caption("Step claims");
    doc.table(s.claims, 7.5f);
    if (s.kinetics) {
      const detail::KineticsChart kinetics = detail::kinetics_chart(*s.kinetics);
      doc.figure(detail::kKineticsHeight, [&](HPDF_Page p, float left, float top, float width) {
        detail::draw_kinetics(doc, p, left, top, width, kinetics);
      });
      for (const std::string& f : s.fits) doc.paragraph(f, 8);
    }
  }

  doc.paragraph(m.abbreviations, 7.5f, false, {0.3f, 0.3f, 0.35f});

  doc.heading("4. Safety margin", 1);
  for (const std::string& l : m.safety_margin) doc.paragraph(l, 9);
  doc.heading("5. Findings of the check", 1);
  if (m.findings.rows.empty()) doc.paragraph("No findings.", 9);
  else doc.table(m.findings, 7.5f);
  doc.heading("6. Methods and settings", 1);
  doc.key_values(m.methods);
  doc.heading("References", 2);
  for (const std::string& r : m.references) doc.paragraph(r, 8);
  detail::PdfInfo info;
  info.title = fmt::format("Viral clearance study report {}", study.info.id);
  info.subject = study.info.title;
  info.keywords = options.study_sha256.empty() ? "ICH Q5A(R2)" : "ICH Q5A(R2); study SHA-256 " + options.study_sha256;
  info.id_seed = fmt::format("{}\n{}\n{}", options.study_sha256, study.info.id, VCLEAR_VERSION);
  return doc.finish(fmt::format("{} — {}", study.info.id, study.info.product), "Viral clearance study report", info);
}

}  // namespace vclear
