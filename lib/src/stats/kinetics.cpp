// Inactivation time courses (domain.md §3).
#include "vclear/stats/kinetics.hpp"

#include <Eigen/Dense>

namespace vclear {

// The run's LRV (domain.md §3; Vox Sang 2004;87:10): the latest point within the process time,
// unless an earlier ">=" point shows a larger reduction (the virus reached the detection limit
// earlier and later samples had a higher limit): then the largest such ">=" point.
std::optional<std::size_t> timecourse_claim_point(std::span<const TimecourseLrv> points,
                                                  std::optional<double> process_minutes) {
  std::optional<std::size_t> latest;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (process_minutes && points[i].minutes > *process_minutes) continue;
    if (!latest || points[i].minutes >= points[*latest].minutes) latest = i;
  }
  if (!latest) return std::nullopt;
  std::size_t chosen = *latest;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (i == *latest || points[i].lrv.qualifier != Qualifier::at_least) continue;
    if (process_minutes && points[i].minutes > *process_minutes) continue;
    if (points[i].minutes > points[*latest].minutes) continue;
    if (points[i].lrv.log10 > points[chosen].lrv.log10) chosen = i;
  }
  return chosen;
}

// Ordinary least squares log10 titer = a + b·t over the "=" points; Cov = s²(XᵀX)⁻¹, s² = RSS/(n−2).
std::optional<KineticsFit> fit_kinetics(std::span<const TimecourseTiter> points) {
  std::vector<const TimecourseTiter*> used;
  for (const TimecourseTiter& p : points)
    if (p.titer.qualifier == Qualifier::equal) used.push_back(&p);
  if (used.size() < 3) return std::nullopt;
  const Eigen::Index n = static_cast<Eigen::Index>(used.size());
  Eigen::MatrixXd x(n, 2);
  Eigen::VectorXd y(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    x(i, 0) = 1.0;
    x(i, 1) = used[i]->minutes;
    y(i) = used[i]->titer.log10;
  }
  const Eigen::Matrix2d xtx = x.transpose() * x;
  const Eigen::FullPivLU<Eigen::Matrix2d> lu(xtx);
  if (!lu.isInvertible()) return std::nullopt;  // all points at one time
  const Eigen::Vector2d beta = lu.solve(x.transpose() * y);
  const double rss = (y - x * beta).squaredNorm();
  const Eigen::Matrix2d covariance = lu.inverse() * (rss / double(n - 2));
  return KineticsFit{beta(0), beta(1), std::sqrt(std::max(0.0, covariance(1, 1))), static_cast<int>(n)};
}

}  // namespace vclear
