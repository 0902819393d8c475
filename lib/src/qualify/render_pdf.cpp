// The qualification report as PDF, laid out with the report's PDF layer.
#include <fmt/format.h>

#include "report/pdf_document.hpp"
#include "vclear/qualify/qualify.hpp"

namespace vclear {

std::string render_qualification_pdf(const Qualification& q) {
  detail::PdfDocument doc;
  doc.heading("vclear operational qualification", 0);
  doc.paragraph(q.pass ? "Verdict: PASS — every reference case and installation check passed."
                       : "Verdict: FAIL — see the failed lines below.",
                12, true, q.pass ? detail::Rgb{0.1f, 0.45f, 0.2f} : detail::Rgb{0.7f, 0.1f, 0.1f});
  doc.key_values({{"vclear version", q.vclear_version},
                  {"Study format", q.format_version},
                  {"Compiler", q.compiler},
                  {"Libraries", q.libraries},
                  {"Operating system", q.operating_system},
                  {"Date", q.date},
                  {"Executable SHA-256", q.executable_sha256}});
  doc.heading("Installation checks (IQ)", 1);
  detail::Table iq{{"Check", "Detail", "Result"}, {}, {false, false, false}, {}};
  for (const InstallationCheck& c : q.installation) iq.rows.push_back({c.what, c.detail, c.pass ? "pass" : "FAIL"});
  doc.table(iq, 8);
  doc.heading("Reference cases (OQ)", 1);
  for (const QualificationCase& c : q.cases) {
    doc.heading(fmt::format("{} — {}: {}", c.id, c.title, c.pass ? "pass" : "FAIL"), 2);
    doc.paragraph("Source: " + c.source, 8);
    if (!c.error.empty()) doc.paragraph("The case could not run: " + c.error, 8, true);
    detail::Table t{{"Quantity", "Result path", "Expected", "Tolerance", "Computed", "Result"}, {}, {false, false, true, true, true, false}, {}};
    for (const CaseCheck& k : c.checks)
      t.rows.push_back({k.what, k.path, k.expected, k.tolerance > 0 ? fmt::format("± {:g}", k.tolerance) : "exact",
                        k.computed, k.pass ? "pass" : "FAIL"});
    if (!t.rows.empty()) doc.table(t, 7.5f);
  }
  doc.heading("Signatures", 1);
  detail::Table sign{{"Role", "Name", "Signature", "Date"}, {{"Performed by", "", "", ""}, {"Reviewed by", "", "", ""}}, {}, {}};
  doc.table(sign, 10);
  return doc.finish("vclear " + q.vclear_version + " — operational qualification", q.date);
}

}  // namespace vclear
