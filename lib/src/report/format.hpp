#pragma once
// Internal: how every text renderer writes numbers, so the table, CSV and reports agree.
#include <cstddef>
#include <string>
#include <string_view>

#include "vclear/stats/estimate.hpp"

namespace vclear::detail {

std::string fixed(double value, int decimals = 2);  // never "-0.00", never "nan"
std::string shortest(double value);                 // round-trip precision, for CSV/JSON-like output
std::string_view qualifier_sign(Qualifier qualifier);  // "", "≤ ", "≥ "
// "≥ 5.28 ± 0.28", "6.52 ± 0.28", "≤ 1.20" (a censored value has no ± part).
std::string estimate_text(const Estimate& estimate, int decimals = 2);
// Terminal columns taken by UTF-8 text (one per code point; no wide characters are used).
std::size_t display_width(std::string_view text);

}  // namespace vclear::detail
