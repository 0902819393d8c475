#pragma once
// Inactivation time courses (domain.md §3).
#include <cstddef>
#include <optional>
#include <span>

#include "vclear/stats/estimate.hpp"

namespace vclear {

struct TimecourseLrv {
  double minutes = 0;
  Estimate lrv;
};

// Index of the point that gives the run's LRV: the latest point with minutes <= process_minutes
// (all points when unset), unless an earlier ">=" point has a larger LRV, then the largest such.
// nullopt when no point lies within the process time.
std::optional<std::size_t> timecourse_claim_point(std::span<const TimecourseLrv> points,
                                                  std::optional<double> process_minutes);

struct KineticsFit {
  double intercept = 0;  // log10 titer at t = 0
  double slope = 0;      // log10 per minute
  double slope_se = 0;
  int points = 0;
};

struct TimecourseTiter {
  double minutes = 0;
  Estimate titer;
};
// Least squares log10 titer = a + b·t over the "=" points; nullopt with fewer than 3 of them.
std::optional<KineticsFit> fit_kinetics(std::span<const TimecourseTiter> points);

}  // namespace vclear
