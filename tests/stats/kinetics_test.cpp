#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/kinetics.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

namespace {
TimecourseLrv point(double minutes, double lrv, Qualifier q = Qualifier::equal) { return {minutes, {lrv, 0.3, q}}; }
}  // namespace

TEST_CASE("the latest point within the process time gives the LRV", "[stats][kinetics]") {
  const TimecourseLrv points[] = {point(0, 0.1), point(10, 2.5), point(30, 4.2), point(60, 5.5)};
  CHECK(timecourse_claim_point(points, std::nullopt) == 3u);
  CHECK(timecourse_claim_point(points, 30.0) == 2u);
  CHECK(timecourse_claim_point(points, 45.0) == 2u);
  const TimecourseLrv late[] = {point(60, 5.5)};
  CHECK_FALSE(timecourse_claim_point(late, 30.0).has_value());
}

TEST_CASE("an earlier >= point with a larger LRV wins over a later higher detection limit", "[stats][kinetics]") {
  // Vox Sang 2004;87:10: at 5 min the virus is at the LOD (>= 5.1); at 30 min a larger sample
  // volume and toxicity raise the limit (>= 4.3). The claim is >= 5.1.
  const TimecourseLrv points[] = {point(0, 0.0), point(5, 5.1, Qualifier::at_least), point(30, 4.3, Qualifier::at_least)};
  CHECK(timecourse_claim_point(points, 30.0) == 1u);
  // An earlier "=" point with a larger LRV does not replace the latest one.
  const TimecourseLrv equal[] = {point(0, 0.0), point(5, 5.1), point(30, 4.3, Qualifier::at_least)};
  CHECK(timecourse_claim_point(equal, 30.0) == 2u);
  // The largest of several earlier >= points.
  const TimecourseLrv several[] = {point(1, 4.8, Qualifier::at_least), point(5, 5.1, Qualifier::at_least), point(30, 4.3, Qualifier::at_least)};
  CHECK(timecourse_claim_point(several, 30.0) == 1u);
}

TEST_CASE("least-squares kinetics over the uncensored points", "[stats][kinetics]") {
  // log10 titer = 6 − 0.1·t exactly: slope −0.1, SE 0.
  const TimecourseTiter exact[] = {{0, {6, 0.2, Qualifier::equal}}, {10, {5, 0.2, Qualifier::equal}},
                                   {20, {4, 0.2, Qualifier::equal}}, {30, {1, 0, Qualifier::at_most}}};
  const auto fit = fit_kinetics(exact);
  REQUIRE(fit.has_value());
  CHECK(fit->points == 3);
  CHECK_THAT(fit->slope, WithinAbs(-0.1, 1e-12));
  CHECK_THAT(fit->intercept, WithinAbs(6, 1e-12));
  CHECK_THAT(fit->slope_se, WithinAbs(0, 1e-9));
  // Hand-derived: t = 0, 10, 20; y = 6, 5.2, 4 → b = −0.1, a = 6.0667 −…; RSS = 0.0267, SE(b) = √(RSS/1 / 200).
  const TimecourseTiter noisy[] = {{0, {6, 0.2, Qualifier::equal}}, {10, {5.2, 0.2, Qualifier::equal}}, {20, {4, 0.2, Qualifier::equal}}};
  const auto n = fit_kinetics(noisy);
  REQUIRE(n.has_value());
  CHECK_THAT(n->slope, WithinAbs(-0.1, 1e-12));
  const double a = (6 + 5.2 + 4) / 3 + 0.1 * 10;
  const double rss = std::pow(6 - a, 2) + std::pow(5.2 - (a - 1), 2) + std::pow(4 - (a - 2), 2);
  CHECK_THAT(n->slope_se, WithinAbs(std::sqrt(rss / 200), 1e-12));
}

TEST_CASE("no fit with fewer than three uncensored points or a single time", "[stats][kinetics]") {
  const TimecourseTiter two[] = {{0, {6, 0.2, Qualifier::equal}}, {10, {5, 0.2, Qualifier::equal}}, {20, {1, 0, Qualifier::at_most}}};
  CHECK_FALSE(fit_kinetics(two).has_value());
  const TimecourseTiter same[] = {{5, {6, 0.2, Qualifier::equal}}, {5, {5, 0.2, Qualifier::equal}}, {5, {4, 0.2, Qualifier::equal}}};
  CHECK_FALSE(fit_kinetics(same).has_value());
}
