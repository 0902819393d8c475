// Q5A(R2) Appendix 3: assays should be precise enough (a 95 % CI of about ±0.5 log10).
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {
namespace {

void check_sample(const Sample& model, const SampleResult& result, const std::string& run, const char* what,
                  Diagnostics& out) {
  const Estimate& e = result.titer.estimate;
  if (e.qualifier == Qualifier::equal && e.ci95 > 0.5)
    out.push_back({model.titer.where, Severity::warning, "assay-precision",
                   fmt::format("the {} titer of run '{}' has a 95 % CI of ±{:.2f} log10; ICH Q5A(R2) Appendix 3 "
                               "expects about ±0.5: test more wells or replicates", what, run, e.ci95)});
}

}  // namespace

void check_assay_precision(const Study& study, const Results& results, Diagnostics& out) {
  std::size_t index = 0;
  for (const Step& step : study.steps)
    for (const Run& run : step.runs) {
      const RunResult& r = results.runs.at(index++);
      if (!r.computed) continue;
      check_sample(run.load, r.load, run.id, "load", out);
      if (run.hold && r.hold) check_sample(*run.hold, *r.hold, run.id, "hold", out);
      if (run.output && r.output)
        for (std::size_t i = 0; i < run.output->fractions.size(); ++i)
          check_sample(run.output->fractions[i], r.output->fractions[i], run.id, "output", out);
      for (std::size_t i = 0; i < run.timecourse.size() && i < r.timecourse.size(); ++i) {
        Sample point;
        point.titer = run.timecourse[i].titer;
        check_sample(point, r.timecourse[i].sample, run.id, "time-point", out);
      }
    }
}

}  // namespace vclear::detail
