#pragma once
// A log10 quantity with its two-sided 95 % half-width and its censoring qualifier.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vclear {

// "=" an estimate, "<=" an upper bound (nothing or too little detected), ">=" a lower bound.
enum class Qualifier { equal, at_most, at_least };
std::string_view symbol(Qualifier qualifier);  // "=", "<=", ">="

struct Estimate {
  double log10 = 0.0;
  double ci95 = 0.0;  // z·SE on the log10 scale; 0 when censored
  Qualifier qualifier = Qualifier::equal;
};

// A named warning attached to a calculated value (rule ids of domain.md §6), never a silent fix.
struct Finding {
  std::string rule;
  std::string message;
};

// A quantity that cannot be computed from its inputs; rule is a domain.md §6 error id
// ("sk-spacing", "wells", "volume", "censoring", "method"). The caller adds the location.
class ComputeError : public std::runtime_error {
 public:
  ComputeError(std::string rule, const std::string& message)
      : std::runtime_error(message), rule_(std::move(rule)) {}
  const std::string& rule() const { return rule_; }

 private:
  std::string rule_;
};

// z = Φ⁻¹(0.975) = 1.959964, from Boost.Math's normal quantile.
double z95();

}  // namespace vclear
