#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include <catch2/catch.hpp>

#include "report/fixture.hpp"
#include "vclear/report/render.hpp"

using namespace vclear;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string run(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) out.append(buffer, n);
  return out;
}

// The text pdftotext (poppler) extracts from the bytes, page by page in reading order.
std::string pdf_text(const std::string& bytes, const std::string& name) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << bytes;
  const std::string text = run("pdftotext -enc UTF-8 -layout '" + path.string() + "' - 2>/dev/null");
  std::filesystem::remove(path);
  return text;
}

}  // namespace

TEST_CASE("the PDF report is a PDF whose text carries the sections, numbers and glyphs", "[report][pdf]") {
  const test::Fixture f = test::sev_fixture();
  RenderOptions options;
  options.study_sha256 = "3f1c0d5e9a7b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d";
  const std::string bytes = render_pdf(f.study, f.results, options);
  REQUIRE(bytes.rfind("%PDF-", 0) == 0);
  CHECK(contains(bytes.substr(bytes.size() - 8), "%%EOF"));

  const std::string text = pdf_text(bytes, "vclear_report_test.pdf");
  REQUIRE_FALSE(text.empty());
  for (const char* part : {"SEV-VC-001", "Viral clearance of the MSC-sEV downstream process", "ICH Q5A(R2)",
                           "Example Biologics Ltd.", "1. Summary", "2. Model viruses", "3. Process steps",
                           "4. Safety margin", "5. Findings", "6. Methods and settings", "References",
                           "Lei", "Brownie", options.study_sha256.c_str()}) {
    INFO(part);
    CHECK(contains(text, part));
  }
  // Numbers with their glyphs: ≥ and ± from the summary, ≤ from a censored titer, µ from a step name.
  CHECK(contains(text, "≥ 5.28 ± 0.28"));
  CHECK(contains(text, "≥ 13.03 ± 0.74"));
  CHECK(contains(text, "≤ 1.20"));
  CHECK(contains(text, "0.2 µm"));
  CHECK(contains(text, "10⁻⁶"));
  CHECK(contains(text, "6.00 + 0.30 − 13.03 = -6.73"));
  // "page X of Y" on every page, Y known on the first.
  const std::size_t first_footer = text.find("page 1 of ");
  REQUIRE(first_footer != std::string::npos);
  const std::size_t total = std::stoul(text.substr(first_footer + 10));
  REQUIRE(total >= 3);
  for (std::size_t p = 1; p <= total; ++p) {
    INFO(p);
    CHECK(contains(text, "page " + std::to_string(p) + " of " + std::to_string(total)));
  }
}

TEST_CASE("the PDF bytes are the same for the same inputs", "[report][pdf]") {
  const test::Fixture f = test::sev_fixture();
  const std::string first = render_pdf(f.study, f.results, {});
  const std::string second = render_pdf(f.study, f.results, {});
  CHECK(first.size() == second.size());
  CHECK(first == second);
  // No wall-clock date unless SOURCE_DATE_EPOCH asks for one.
  if (!std::getenv("SOURCE_DATE_EPOCH")) CHECK_FALSE(contains(first, "/CreationDate"));
}

TEST_CASE("a long table breaks across pages under a repeated header", "[report][pdf]") {
  test::Fixture f = test::sev_fixture();
  const RunResult model = f.results.runs[2];
  for (int i = 0; i < 120; ++i) {
    RunResult extra = model;
    extra.run = "AEX-EXTRA-" + std::to_string(i);
    f.results.runs.push_back(extra);
  }
  const std::string text = pdf_text(render_pdf(f.study, f.results, {}), "vclear_report_long_test.pdf");
  CHECK(contains(text, "AEX-EXTRA-0"));
  CHECK(contains(text, "AEX-EXTRA-119"));
  // The run table's header appears once per page it spans.
  std::size_t headers = 0;
  for (std::size_t at = text.find("Output load"); at != std::string::npos; at = text.find("Output load", at + 1)) ++headers;
  CHECK(headers >= 3);
}

TEST_CASE("a long product name is cut in the page header, not drawn over it", "[report][pdf]") {
  test::Fixture f = test::sev_fixture();
  f.study.info.product = "MSC-sEV drug substance (small extracellular vesicles from an immortalised MSC line, "
                         "purified by the µ-scale process)";
  const std::string text = pdf_text(render_pdf(f.study, f.results, {}), "vclear_report_header_test.pdf");
  CHECK(contains(text, "…"));
  CHECK(contains(text, "Viral clearance study report"));
  CHECK(contains(text, f.study.info.product.substr(0, 40)));  // whole in the title block
}

TEST_CASE("SOURCE_DATE_EPOCH sets the creation date; a malformed value is refused", "[report][pdf]") {
  const test::Fixture f = test::sev_fixture();
  const char* before = std::getenv("SOURCE_DATE_EPOCH");
  const std::string saved = before ? before : "";
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);  // 2023-11-14 22:13:20 UTC
  const std::string dated = render_pdf(f.study, f.results, {});
  setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  CHECK_THROWS_WITH(render_pdf(f.study, f.results, {}), Catch::Contains("SOURCE_DATE_EPOCH"));
  if (before) setenv("SOURCE_DATE_EPOCH", saved.c_str(), 1);
  else unsetenv("SOURCE_DATE_EPOCH");
  CHECK(contains(dated, "/CreationDate (D:20231114221320Z"));
  // The file identifier is written, derived from the inputs.
  CHECK(contains(dated, "/ID [ <"));
}
