#include "report/svg_chart.hpp"

#include <catch2/catch.hpp>

#include "report/fixture.hpp"

using namespace vclear;
using namespace vclear::detail;
using Catch::Matchers::WithinAbs;

TEST_CASE("a nice axis covers the range with round ticks", "[report]") {
  const Axis a = nice_axis(0, 13.03);  // 13.03 / 6 = 2.17 → step 2.5
  CHECK(a.min == 0);
  CHECK(a.step == 2.5);
  CHECK(a.max == 15);
  CHECK(a.ticks().size() == 7);
  const Axis b = nice_axis(0.2, 7.35);  // 1.19 → step 2, from 0 to 8
  CHECK(b.min == 0);
  CHECK(b.max == 8);
  CHECK_THAT(b.fraction(2), WithinAbs(0.25, 1e-12));
  const Axis flat = nice_axis(3, 3);  // a degenerate range still gives a usable axis
  CHECK(flat.max > flat.min);
}

TEST_CASE("the cumulative chart stacks counted claims with one colour per step", "[report]") {
  const test::Fixture f = test::sev_fixture();
  const BarChart chart = cumulative_chart(build_report_model(f.study, f.results, {}));
  REQUIRE(chart.bars.size() == 4);
  const Bar& xmulv = chart.bars[0];
  REQUIRE(xmulv.segments.size() == 3);
  CHECK(xmulv.segments[0].from == 0);
  CHECK(xmulv.segments[1].from == xmulv.segments[0].to);
  CHECK_THAT(xmulv.end, WithinAbs(13.03, 0.005));
  CHECK(xmulv.segments[0].label == "5.28");
  // uvc is the third counted step: the same colour in the MVM bar (where it is second) and the legend.
  CHECK(chart.bars[3].segments[1].step == "uvc");
  CHECK(chart.bars[3].segments[1].color == 2);
  CHECK(chart.legend[2] == "uvc");
  CHECK(chart.axis.max >= xmulv.end);
}

TEST_CASE("the kinetics chart keeps censored points and fits over uncensored ones", "[report]") {
  const test::Fixture f = test::sev_fixture();
  const ReportModel m = build_report_model(f.study, f.results, {});
  const KineticsChart chart = kinetics_chart(*m.steps[3].kinetics);
  REQUIRE(chart.series.size() == 3);
  CHECK(chart.process_minutes == 4.0);
  CHECK(chart.minutes.min == 0);
  CHECK(chart.minutes.max >= 6);
  CHECK(chart.log10.min <= 0.7);  // room below the lowest censored point (1.50) for its arrow
  // UVC-XMuLV-1 fits 0–2 min only: 6.82 − 1.25·2 = 4.32 at the last uncensored point.
  REQUIRE(chart.series[0].fit);
  CHECK(chart.series[0].fit->t1 == 2);
  CHECK_THAT(chart.series[0].fit->y1, WithinAbs(6.8167 - 2.5, 1e-3));
  const std::string svg = svg_kinetics_chart(chart);
  CHECK(svg.find("process time 4 min") != std::string::npos);
}
