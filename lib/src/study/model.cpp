#include "vclear/study/model.hpp"

#include <algorithm>

namespace vclear {

const Location& Marks::of(std::string_view key) const {
  const auto it = fields.find(key);
  return it == fields.end() ? where : it->second;
}

const Virus* Study::find_virus(std::string_view id) const {
  const auto it = std::find_if(viruses.begin(), viruses.end(), [&](const Virus& v) { return v.id == id; });
  return it == viruses.end() ? nullptr : &*it;
}

std::string_view to_string(StepType type) {
  return type == StepType::inactivation ? "inactivation" : "removal";
}

std::string_view to_string(Reference reference) {
  switch (reference) {
    case Reference::hold: return "hold";
    case Reference::lower: return "lower";
    case Reference::load: break;
  }
  return "load";
}

std::string_view to_string(SkVariance variance) { return variance == SkVariance::n ? "n" : "n-1"; }

std::string_view to_string(ReplicateRule rule) { return rule == ReplicateRule::mean ? "mean" : "lowest"; }

}  // namespace vclear
