#include <catch2/catch.hpp>

#include "report/fixture.hpp"
#include "vclear/report/render.hpp"

using namespace vclear;

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("the HTML report is one self-contained page", "[report]") {
  const test::Fixture f = test::sev_fixture();
  const std::string html = render_html(f.study, f.results, {});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(contains(html, "<meta charset=utf-8>"));
  CHECK(contains(html, "<style>"));
  // Nothing is fetched from elsewhere: no scripts, stylesheets or images by reference.
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "<link"));
  CHECK_FALSE(contains(html, "src="));
  CHECK_FALSE(contains(html, "http"));
  CHECK(contains(html, "</html>"));
}

TEST_CASE("the HTML report shows the numbers and draws its charts as inline SVG", "[report]") {
  const test::Fixture f = test::sev_fixture();
  const std::string html = render_html(f.study, f.results, {});
  CHECK(contains(html, "<td class=num>≥ 5.28 ± 0.28</td>"));
  CHECK(contains(html, "≥ 13.03 ± 0.74"));
  // The cumulative chart and one kinetics plot (the UV-C step).
  CHECK(count(html, "<svg") == 2);
  CHECK(count(html, "</svg>") == 2);
  // Two censored points are drawn open (white fill) in the kinetics plot.
  CHECK(count(html, "r=3.5 fill=white") == 3);  // UVC-XMuLV-1 at 4 and 6 min, UVC-XMuLV-2 at 6 min
  // Every run with a fit gets its dashed least-squares line.
  CHECK(count(html, "stroke-dasharray=\"5 3\"") == 3);
  CHECK(contains(html, "process time 4 min"));
}

TEST_CASE("HTML escapes text from the study", "[report]") {
  test::Fixture f = test::sev_fixture();
  f.study.info.title = "<script>alert(1)</script> & more";
  const std::string html = render_html(f.study, f.results, {});
  CHECK_FALSE(contains(html, "<script>"));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
}
