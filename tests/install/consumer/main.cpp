// Computes Lei et al. (2021)'s first Spearman–Kärber example through the installed library:
// 5 wells at 10^-5..10^-8 with 5, 3, 1, 0 positive, 0.1 mL inoculum → 10^7.30 TCID50/mL.
#include <cstdio>

#include <vclear/stats/lrv.hpp>
#include <vclear/stats/titer.hpp>

int main() {
  vclear::QuantalAssay plate;
  plate.inoculum_ml = 0.1;
  plate.dilutions = {-5, -6, -7, -8};
  plate.wells = {5, 5, 5, 5};
  plate.positive = {5, 3, 1, 0};
  const vclear::Titer titer = vclear::spearman_karber(plate, vclear::SkVariance::n, 0.95);
  const vclear::Estimate lrv = vclear::log_reduction({9.0, 0.3}, {3.0, 0.4});
  std::printf("titer %.2f ± %.2f log10/mL, LRV %.2f ± %.2f\n", titer.estimate.log10,
              titer.estimate.ci95, lrv.log10, lrv.ci95);
  const bool ok = titer.estimate.log10 > 7.295 && titer.estimate.log10 < 7.305 && lrv.ci95 > 0.4999 &&
                  lrv.ci95 < 0.5001;
  return ok ? 0 : 1;
}
