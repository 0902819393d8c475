// Q5A(R2) Appendix 3: assays should be precise enough (a 95 % CI of about ±0.5 log10).
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {
namespace {

constexpr double max_ci95 = 0.5;

// Censored titers carry ci95 0 (domain.md §1), so only "=" estimates can be imprecise.
void check_titer(const TiterSpec& spec, const Titer& titer, const std::string& run, std::string_view what,
                 Diagnostics& out) {
  const Estimate& e = titer.estimate;
  if (e.qualifier == Qualifier::equal && e.ci95 > max_ci95)
    out.push_back({spec.where, Severity::warning, "assay-precision",
                   fmt::format("the {} titer of run '{}' has a 95 % CI of ±{:.2f} log10; ICH Q5A(R2) Appendix 3 "
                               "expects about ±0.5: test more wells, more replicate plates or a larger volume",
                               what, run, e.ci95)});
}

}  // namespace

void check_assay_precision(const Study& study, const Results& results, Diagnostics& out) {
  std::size_t index = 0;  // results.runs holds one result per run, in file order
  for (const Step& step : study.steps)
    for (const Run& run : step.runs) {
      const RunResult& r = results.runs.at(index++);
      if (!r.computed) continue;
      check_titer(run.load.titer, r.load.titer, run.id, "load", out);
      if (run.hold && r.hold) check_titer(run.hold->titer, r.hold->titer, run.id, "hold", out);
      if (run.output && r.output)
        for (std::size_t i = 0; i < run.output->fractions.size() && i < r.output->fractions.size(); ++i)
          check_titer(run.output->fractions[i].titer, r.output->fractions[i].titer, run.id,
                      run.output->fractionated ? "fraction '" + run.output->fractions[i].name + "'" : "output",
                      out);
      for (std::size_t i = 0; i < run.timecourse.size() && i < r.timecourse.size(); ++i)
        check_titer(run.timecourse[i].titer, r.timecourse[i].sample.titer, run.id,
                    fmt::format("{}-minute", run.timecourse[i].minutes), out);
    }
}

}  // namespace vclear::detail
