#pragma once
// Internal: one run of a step, from its model to its result (titers, loads, reference, LRV).
#include <vector>

#include "vclear/compute/results.hpp"
#include "vclear/study/model.hpp"

namespace vclear::detail {

// Calculation errors and titer findings are appended to `diagnostics`, located at the model node
// they concern; on an error the run comes back with computed = false.
RunResult compute_run(const Step& step, const Run& run, const Settings& settings,
                      std::vector<Diagnostic>& diagnostics);

}  // namespace vclear::detail
