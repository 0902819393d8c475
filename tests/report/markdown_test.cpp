#include <catch2/catch.hpp>

#include "report/fixture.hpp"
#include "vclear/report/render.hpp"

using namespace vclear;

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("the Markdown report has every section in order", "[report]") {
  const test::Fixture f = test::sev_fixture();
  const std::string md = render_markdown(f.study, f.results, {});
  const char* sections[] = {"# Viral clearance study report", "## 1. Summary", "## 2. Model viruses", "## 3. Process steps",
                            "## 4. Safety margin", "## 5. Findings", "## 6. Methods and settings", "## References"};
  std::size_t at = 0;
  for (const char* section : sections) {
    const std::size_t next = md.find(section, at);
    INFO(section);
    REQUIRE(next != std::string::npos);
    at = next;
  }
}

TEST_CASE("the Markdown summary is a pipe table with right-aligned numbers and footnotes", "[report]") {
  const test::Fixture f = test::sev_fixture();
  const std::string md = render_markdown(f.study, f.results, {});
  CHECK(contains(md, "| Step | X-MuLV | PRV | Reo-3 | MVM |\n|---|---:|---:|---:|---:|\n"));
  CHECK(contains(md, "| Anion-exchange chromatography (bind-elute) | ≥ 5.28 ± 0.28 | 4.25 ± 0.45 | 3.95 ± 0.40 |"));
  CHECK(contains(md, "| **Cumulative (counted steps)** | **≥ 13.03 ± 0.74** |"));
  CHECK(contains(md, "ᵃ Not counted: the step is reported for information and not claimed."));
  CHECK(contains(md, "**X-MuLV**: ≥ 13.03 ± 0.74 = aex 5.28 + mmc 3.15 + uvc 4.60"));
  CHECK(contains(md, "6.00 + 0.30 − 13.03 = -6.73"));
  CHECK(contains(md, "| 112 | warning | replicates |"));
}

TEST_CASE("Markdown escapes pipes in cell text", "[report]") {
  test::Fixture f = test::sev_fixture();
  f.study.steps[1].name = "AEX | bind-elute";
  const std::string md = render_markdown(f.study, f.results, {});
  CHECK(contains(md, "| AEX \\| bind-elute |"));
}
