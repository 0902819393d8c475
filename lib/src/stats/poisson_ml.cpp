// Single-hit maximum-likelihood titer with a profile-likelihood interval (domain.md §1).
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/tools/roots.hpp>

#include "stats/quantal.hpp"

namespace vclear {
namespace {

struct Wells {
  double u;         // mL of original sample per well
  double positive;  // wells positive
  double negative;  // wells negative
};

// Binomial log-likelihood of P(positive) = 1 − exp(−c·u), with θ = ln c.
double log_likelihood(const std::vector<Wells>& plate, double theta) {
  const double c = std::exp(theta);
  double l = 0;
  for (const Wells& w : plate) {
    const double x = c * w.u;
    if (w.positive > 0) l += w.positive * std::log(-std::expm1(-x));
    l -= w.negative * x;
  }
  return l;
}

// Sign of the score dℓ/dθ (a positive factor c dropped): decreasing in c.
double score(const std::vector<Wells>& plate, double theta) {
  const double c = std::exp(theta);
  double g = 0;
  for (const Wells& w : plate) {
    const double x = c * w.u;
    if (w.positive > 0) g += w.positive * w.u / std::expm1(x);
    g -= w.negative * w.u;
  }
  return g;
}

double solve(const std::function<double(double)>& f, double lo, double hi) {
  std::uintmax_t iterations = 200;
  const auto root = boost::math::tools::toms748_solve(
      f, lo, hi, boost::math::tools::eps_tolerance<double>(40), iterations);
  return (root.first + root.second) / 2;
}

// Steps from `from` in `direction` until f changes sign; returns the far end of the bracket.
double bracket(const std::function<double(double)>& f, double from, double direction) {
  const bool sign = f(from) > 0;
  double step = 1;
  for (int i = 0; i < 200; ++i, step *= 2) {
    const double at = from + direction * step;
    if ((f(at) > 0) != sign) return at;
  }
  throw ComputeError("method", "the maximum-likelihood interval could not be bracketed");
}

}  // namespace

// Brownie C, et al. Biologicals 2011;39:224 (single-hit Poisson model, binomial likelihood);
// interval where 2(ℓ̂ − ℓ) equals the χ²₁ 0.95 quantile (Boost.Math), roots by TOMS 748.
Titer poisson_ml(const QuantalAssay& a, double lod_confidence) {
  detail::validate_plate(a);
  if (detail::all_negative(a)) return detail::no_positive_wells(a, "poisson-ml", lod_confidence);
  std::vector<Wells> plate;
  double lowest_u = INFINITY, highest_u = 0;
  for (std::size_t i = 0; i < a.dilutions.size(); ++i) {
    const double u = a.inoculum_ml * std::pow(10.0, a.dilutions[i]);
    plate.push_back({u, double(a.positive[i]), double(a.wells[i] - a.positive[i])});
    lowest_u = std::min(lowest_u, u);
    highest_u = std::max(highest_u, u);
  }
  const double cutoff =
      boost::math::quantile(boost::math::chi_squared_distribution<double>(1), 0.95) / 2;
  Titer t;
  t.method = "poisson-ml";
  const double ln10 = std::log(10.0);
  if (detail::all_positive(a)) {
    // No finite maximum (ℓ → 0 as c → ∞): report the lower profile bound ℓ(θ) = −χ²/2 as ">=".
    const auto f = [&](double theta) { return log_likelihood(plate, theta) + cutoff; };
    const double start = -std::log(highest_u);
    const double lower = f(start) < 0 ? solve(f, start, bracket(f, start, +1))
                                      : solve(f, bracket(f, start, -1), start);
    t.estimate = {lower / ln10, 0.0, Qualifier::at_least};
    return t;
  }
  const auto g = [&](double theta) { return score(plate, theta); };
  const double lo = -std::log(highest_u) - 60, hi = -std::log(lowest_u) + 60;
  const double theta_hat = solve(g, lo, hi);
  const double l_hat = log_likelihood(plate, theta_hat);
  const auto profile = [&](double theta) { return l_hat - log_likelihood(plate, theta) - cutoff; };
  const double theta_low = solve(profile, bracket(profile, theta_hat, -1), theta_hat);
  const double theta_high = solve(profile, theta_hat, bracket(profile, theta_hat, +1));
  const double estimate = theta_hat / ln10;
  t.estimate = {estimate, (theta_high - theta_low) / ln10 / 2, Qualifier::equal};
  t.ci_low = theta_low / ln10;
  t.ci_high = theta_high / ln10;
  return t;
}

}  // namespace vclear
