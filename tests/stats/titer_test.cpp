#include <catch2/catch.hpp>

#include "vclear/stats/titer.hpp"

using namespace vclear;
using Catch::Matchers::WithinAbs;

TEST_CASE("compute_titer dispatches every titer form", "[stats]") {
  const TiterSettings settings{SkVariance::n, 0.95};
  CHECK(compute_titer(ReportedTiter{6.5, 0.3}, settings).estimate.log10 == 6.5);
  CHECK(compute_titer(ReportedMaximum{1.2}, settings).estimate.qualifier == Qualifier::at_most);
  CHECK(compute_titer(LargeVolumePlating{10, 100, 0}, settings).method == "large-volume");
  CHECK(compute_titer(PlaqueAssay{1, {-3}, {{10}}}, settings).method == "plaque");
  QuantalAssay a{0.1, {-5, -6, -7, -8}, {5, 5, 5, 5}, {5, 3, 1, 0}, QuantalMethod::spearman_karber, std::nullopt};
  CHECK_THAT(compute_titer(a, settings).estimate.log10, WithinAbs(7.3, 1e-12));
  a.method = QuantalMethod::reed_muench;
  CHECK(compute_titer(a, settings).method == "reed-muench");
  a.method = QuantalMethod::poisson_ml;
  CHECK(compute_titer(a, settings).method == "poisson-ml");
}

TEST_CASE("compute_titer applies the serial-plate + large-volume rule for every method", "[stats]") {
  const TiterSettings settings{SkVariance::n_minus_1, 0.95};
  for (QuantalMethod method : {QuantalMethod::spearman_karber, QuantalMethod::reed_muench, QuantalMethod::poisson_ml}) {
    QuantalAssay a{0.1, {0, -1}, {8, 8}, {0, 0}, method, LargeVolumePlating{10, 50, 5}};
    // The serial plate is empty: the large-volume plating decides, c = −ln(1 − 5/50)/0.2.
    const Titer lv = compute_titer(a, settings);
    CHECK(lv.method == "large-volume");
    CHECK_THAT(lv.estimate.log10, WithinAbs(std::log10(-std::log(0.9) / 0.2), 1e-12));
    // Both empty: the joint bound over 8 × 0.1 × 1.1 + 10 = 10.88 mL.
    a.large_volume->positive = 0;
    const Titer joint = compute_titer(a, settings);
    CHECK(joint.estimate.qualifier == Qualifier::at_most);
    CHECK_THAT(joint.estimate.log10, WithinAbs(std::log10(-std::log(0.05) / 10.88), 1e-12));
  }
}

TEST_CASE("compute_titer honours lod_confidence", "[stats]") {
  // At 99 % the bound is −ln(0.01)/V = 4.605/V.
  const Titer t = compute_titer(LargeVolumePlating{10, 100, 0}, TiterSettings{SkVariance::n, 0.99});
  CHECK_THAT(std::pow(10, t.estimate.log10), WithinAbs(0.4605170, 1e-6));
}
