#pragma once
// The built-in catalogue of model viruses (domain.md §7: ICH Q5A(R2) Table A-1 and common additions).
#include <span>
#include <string_view>

#include "vclear/study/model.hpp"

namespace vclear {

// The catalogue entry with this id (exact, e.g. "MVM", "X-MuLV"), or nullptr.
const Virus* catalogue_virus(std::string_view id);
std::span<const Virus> virus_catalogue();

}  // namespace vclear
