#include <cmath>

#include <catch2/catch.hpp>

#include "stats/quantal.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

namespace {
bool rule_is(const QuantalAssay& a, const char* rule) {
  try {
    detail::validate_plate(a);
    detail::dilution_step(a);
  } catch (const ComputeError& e) {
    return e.rule() == rule;
  }
  return false;
}
}  // namespace

TEST_CASE("quantal plates are validated with named rules", "[stats][quantal]") {
  CHECK(rule_is({0.1, {-1, -2, -4}, {4, 4, 4}, {4, 2, 0}, {}, {}}, "sk-spacing"));
  CHECK(rule_is({0.1, {-1, -1}, {4, 4}, {4, 2}, {}, {}}, "sk-spacing"));
  CHECK(rule_is({0.1, {-1, -2}, {4, 4}, {4, 5}, {}, {}}, "wells"));
  CHECK(rule_is({0.1, {-1, -2}, {4, 4}, {4, -1}, {}, {}}, "wells"));
  CHECK(rule_is({0.1, {-1, -2}, {4, 0}, {4, 0}, {}, {}}, "wells"));
  CHECK(rule_is({0, {-1, -2}, {4, 4}, {4, 2}, {}, {}}, "volume"));
  CHECK(rule_is({-0.1, {-1, -2}, {4, 4}, {4, 2}, {}, {}}, "volume"));
  CHECK(rule_is({0.1, {-1, -2}, {4}, {4, 2}, {}, {}}, "method"));
  CHECK(rule_is({0.1, {}, {}, {}, {}, {}}, "method"));
  CHECK(rule_is({0.1, {-1, -2}, {4, 4}, {4, 2}, {}, LargeVolumePlating{0, 10, 0}}, "volume"));
  CHECK(rule_is({0.1, {-1, -2}, {4, 4}, {4, 2}, {}, LargeVolumePlating{10, 10, 11}}, "wells"));
  CHECK_FALSE(rule_is({0.1, {-1, -1.5, -2}, {4, 4, 4}, {4, 2, 0}, {}, {}}, "sk-spacing"));
}

TEST_CASE("the step and the volume tested", "[stats][quantal]") {
  const QuantalAssay a{0.1, {-1, -1.5, -2}, {4, 6, 8}, {4, 2, 0}, {}, {}};
  CHECK_THAT(detail::dilution_step(a), WithinAbs(0.5, 1e-15));
  // Σ n·v·10^x = 0.4·0.1 + 0.6·10^-1.5 + 0.8·0.01
  CHECK_THAT(detail::volume_tested(a), WithinAbs(0.04 + 0.6 * std::pow(10, -1.5) + 0.008, 1e-15));
  CHECK(detail::dilution_step({0.1, {-3}, {4}, {2}, {}, {}}) == 0);
}

TEST_CASE("bracketing and monotonicity findings", "[stats][quantal]") {
  CHECK(detail::plate_findings({0.1, {-1, -2, -3}, {4, 4, 4}, {4, 2, 0}, {}, {}}).empty());
  const auto findings = detail::plate_findings({0.1, {-1, -2, -3}, {4, 4, 4}, {3, 1, 2}, {}, {}});
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].rule == "sk-bracket-top");
  CHECK(findings[1].rule == "sk-bracket-bottom");
  CHECK(findings[2].rule == "sk-monotone");
}
