#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

namespace {
std::string inactivation(const std::string& process, const std::string& points) {
  return base_study() + R"(  - id: lowph
    name: low pH
    type: inactivation
)" + process + R"(    runs:
      - id: i1
        virus: X-MuLV
        load: {volume_ml: 10, titer: {log10: 7.0, ci95: 0.3}}
        timecourse: )" + points + "\n";
}
}  // namespace

TEST_CASE("kinetics: a complete time course passes", "[check]") {
  CHECK(with_rule(inactivation("    process_minutes: 60\n", "[{minutes: 0, titer: {log10: 7, ci95: 0.3}}, {minutes: 10, titer: {log10: 4, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics").empty());
}

TEST_CASE("kinetics: no intermediate point, no point at 0, no process time", "[check]") {
  const auto middle = with_rule(inactivation("    process_minutes: 60\n", "[{minutes: 0, titer: {log10: 7, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics");
  REQUIRE(middle.size() == 1);
  CHECK(middle[0].message.find("strictly between") != std::string::npos);
  const auto zero = with_rule(inactivation("    process_minutes: 60\n", "[{minutes: 5, titer: {log10: 5, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics");
  REQUIRE(zero.size() == 1);
  CHECK(zero[0].message.find("at 0 minutes") != std::string::npos);
  const auto process = with_rule(inactivation("", "[{minutes: 0, titer: {log10: 7, ci95: 0.3}}, {minutes: 60, titer: {log10_max: 1}}]"), "kinetics");
  REQUIRE(process.size() == 1);
  CHECK(process[0].where.line == 22);
}
