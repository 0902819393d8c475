// libFuzzer target: any bytes through load + compute + check, then the text renderers.
// Built with -DVCLEAR_FUZZ=ON and clang (see .ci/run); seeds are studies/ and tests/data/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vclear/check/check.hpp"
#include "vclear/report/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vclear::LoadLimits limits;
  limits.max_bytes = 1u << 20;
  const vclear::Analysis analysis =
      vclear::analyze_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.yaml", limits);
  if (analysis.study && !analysis.has_errors()) {
    vclear::render_json(*analysis.study, analysis.results);
    vclear::render_table(*analysis.study, analysis.results);
    vclear::render_csv(*analysis.study, analysis.results);
  }
  return 0;
}
