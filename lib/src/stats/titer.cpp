// Titer dispatch (domain.md §1): each input form to its calculator; a quantal assay by its method.
// The serial-plate + large-volume combination rule lives with the quantal calculators
// (detail::no_positive_wells), so every method applies it the same way.
#include <type_traits>

#include "vclear/stats/titer.hpp"

namespace vclear {

Titer compute_titer(const TiterInput& input, const TiterSettings& settings) {
  return std::visit(
      [&](const auto& form) -> Titer {
        using Form = std::decay_t<decltype(form)>;
        if constexpr (std::is_same_v<Form, ReportedTiter>) {
          return reported_titer(form);
        } else if constexpr (std::is_same_v<Form, ReportedMaximum>) {
          return reported_maximum(form);
        } else if constexpr (std::is_same_v<Form, PlaqueAssay>) {
          return plaque_titer(form, settings.lod_confidence);
        } else if constexpr (std::is_same_v<Form, LargeVolumePlating>) {
          return large_volume_titer(form, settings.lod_confidence);
        } else {
          switch (form.method) {
            case QuantalMethod::poisson_ml: return poisson_ml(form, settings.lod_confidence);
            case QuantalMethod::reed_muench: return reed_muench(form, settings.lod_confidence);
            case QuantalMethod::spearman_karber: break;
          }
          return spearman_karber(form, settings.sk_variance, settings.lod_confidence);
        }
      },
      input);
}

}  // namespace vclear
