#include "vclear/stats/estimate.hpp"

#include <boost/math/distributions/normal.hpp>

namespace vclear {

std::string_view symbol(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::at_most: return "<=";
    case Qualifier::at_least: return ">=";
    case Qualifier::equal: break;
  }
  return "=";
}

// Two-sided 95 %: Φ⁻¹(0.975) from Boost.Math's standard normal.
double z95() {
  static const double z = boost::math::quantile(boost::math::normal_distribution<double>(), 0.975);
  return z;
}

}  // namespace vclear
