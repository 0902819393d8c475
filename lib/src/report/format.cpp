#include "report/format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace vclear::detail {

std::string fixed(double value, int decimals) {
  if (!std::isfinite(value)) return "n/a";
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.find_first_not_of("-0.") == std::string::npos && text.front() == '-') text.erase(0, 1);
  return text;
}

std::string shortest(double value) {
  if (!std::isfinite(value)) return "";
  return fmt::format("{}", value);
}

std::string_view qualifier_sign(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::at_most: return "≤ ";
    case Qualifier::at_least: return "≥ ";
    case Qualifier::equal: break;
  }
  return "";
}

std::string estimate_text(const Estimate& e, int decimals) {
  std::string text = std::string(qualifier_sign(e.qualifier)) + fixed(e.log10, decimals);
  if (e.qualifier == Qualifier::equal || e.ci95 > 0) text += " ± " + fixed(e.ci95, decimals);
  return text;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++width;
  return width;
}

}  // namespace vclear::detail
