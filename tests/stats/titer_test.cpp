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
