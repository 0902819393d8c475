#include <cmath>

#include <catch2/catch.hpp>

#include "vclear/stats/claim.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

namespace {
Estimate e(double lrv, double ci = 0.3, Qualifier q = Qualifier::equal) { return {lrv, ci, q}; }
ClaimCandidate c(std::string step, std::string mechanism, double lrv, bool claimed = true, bool justified = false,
                 Qualifier q = Qualifier::equal) {
  return {std::move(step), std::move(mechanism), claimed, justified, e(lrv, 0.3, q)};
}
}  // namespace

TEST_CASE("lowest takes the smallest run with its CI and qualifier", "[stats][claim]") {
  const Estimate runs[] = {e(5.2, 0.3, Qualifier::at_least), e(4.8, 0.4), e(5.0)};
  const Estimate claim = step_claim(runs, ReplicateRule::lowest);
  CHECK(claim.log10 == 4.8);
  CHECK(claim.ci95 == 0.4);
  // Tie: an estimate before a lower bound.
  const Estimate tie[] = {e(4.0, 0.2, Qualifier::at_least), e(4.0, 0.3)};
  CHECK(step_claim(tie, ReplicateRule::lowest).qualifier == Qualifier::equal);
}

TEST_CASE("mean averages LRVs, CI √Σci²/m, >= if any run is >=", "[stats][claim]") {
  const Estimate runs[] = {e(5.0, 0.3), e(4.0, 0.4, Qualifier::at_least)};
  const Estimate claim = step_claim(runs, ReplicateRule::mean);
  CHECK_THAT(claim.log10, WithinAbs(4.5, 1e-12));
  CHECK_THAT(claim.ci95, WithinAbs(0.25, 1e-12));
  CHECK(claim.qualifier == Qualifier::at_least);
  CHECK_THROWS_AS(step_claim({}, ReplicateRule::mean), ComputeError);
}

TEST_CASE("counting rules: claim flag, upper bounds, threshold", "[stats][claim]") {
  const ClaimCandidate claims[] = {c("tff", "", 3.0, false), c("depth", "", 0.8), c("edge", "", 1.0),
                                   c("up", "", 4.0, true, false, Qualifier::at_most), c("aex", "", 4.0),
                                   c("j", "", 0.6, true, true)};
  const auto d = count_claims(claims, 1.0);
  CHECK(d[0].reason == "not claimed");
  CHECK(d[1].reason == "<= 1.0 log10");
  CHECK(d[2].reason == "<= 1.0 log10");  // must be greater than 1
  CHECK(d[3].reason == "upper bound (<=) only");
  CHECK(d[4].counted);
  CHECK(d[5].counted);  // justified
  CHECK(count_claims(claims, 0.5)[1].counted);
  CHECK(count_claims(std::span(claims, 2), 1.25)[1].reason == "<= 1.25 log10");
}

TEST_CASE("the same mechanism counts once, case-insensitively, the best step", "[stats][claim]") {
  const ClaimCandidate claims[] = {c("aex", "Anion-Exchange", 3.0), c("mm", "anion-exchange", 4.0), c("vf", "size", 4.0)};
  const auto d = count_claims(claims, 1.0);
  CHECK_FALSE(d[0].counted);
  CHECK(d[0].reason == "same mechanism as step mm");
  CHECK(d[1].counted);
  CHECK(d[2].counted);
}

TEST_CASE("ties in the mechanism rule: the earlier step counts", "[stats][claim]") {
  const ClaimCandidate claims[] = {c("a", "aex", 3.0), c("b", "AEX", 3.0)};
  const auto d = count_claims(claims, 1.0);
  CHECK(d[0].counted);
  CHECK_FALSE(d[1].counted);
  CHECK(d[1].reason == "same mechanism as step a");
}

TEST_CASE("a justification lets a repeated mechanism count", "[stats][claim]") {
  const ClaimCandidate claims[] = {c("a", "aex", 3.0), c("b", "aex", 2.0, true, true)};
  const auto d = count_claims(claims, 1.0);
  CHECK(d[0].counted);
  CHECK(d[1].counted);
  // A justified better step still blocks an unjustified one.
  const ClaimCandidate other[] = {c("a", "aex", 2.0), c("b", "aex", 3.0, true, true)};
  CHECK_FALSE(count_claims(other, 1.0)[0].counted);
}

TEST_CASE("cumulative clearance sums counted claims", "[stats][claim]") {
  const Estimate counted[] = {e(4.0, 0.3), e(5.0, 0.4, Qualifier::at_least)};
  const Estimate total = cumulative_clearance(counted);
  CHECK_THAT(total.log10, WithinAbs(9.0, 1e-12));
  CHECK_THAT(total.ci95, WithinAbs(0.5, 1e-12));
  CHECK(total.qualifier == Qualifier::at_least);
  const Estimate none = cumulative_clearance({});
  CHECK(none.log10 == 0);
  CHECK(none.qualifier == Qualifier::equal);
}
