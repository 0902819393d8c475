#include "compute/run.hpp"

#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "vclear/stats/kinetics.hpp"
#include "vclear/stats/load.hpp"
#include "vclear/stats/lrv.hpp"

namespace vclear::detail {
namespace {

// Thrown inside this file only: a ComputeError plus the place it belongs to.
struct LocatedError {
  std::string rule;
  std::string message;
  Location where;
};

template <class F>
auto at(const Location& where, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const ComputeError& e) {
    throw LocatedError{e.rule(), e.what(), where};
  }
}

class RunComputer {
 public:
  RunComputer(const Step& step, const Run& run, const Settings& settings,
              std::vector<Diagnostic>& diagnostics)
      : step_(step), run_(run), settings_(settings), diagnostics_(diagnostics) {}

  RunResult compute() {
    RunResult result;
    result.step = step_.id;
    result.run = run_.id;
    result.virus = run_.virus;
    try {
      result.load = sample(run_.load, "load");
      if (result.load.titer.estimate.qualifier == Qualifier::at_most)
        throw LocatedError{"censoring",
                           "the spiked load is only an upper bound (nothing or too little detected); "
                           "an LRV needs a measured load titer",
                           run_.load.titer.where};
      if (run_.hold) {
        result.hold = sample(*run_.hold, "hold");
        if (result.hold->titer.estimate.qualifier == Qualifier::at_most)
          throw LocatedError{"censoring",
                             "the hold control is only an upper bound; the virus was not recovered "
                             "from the hold sample",
                             run_.hold->titer.where};
      }
      const std::optional<Estimate> hold_load =
          result.hold ? std::optional<Estimate>(result.hold->load) : std::nullopt;
      result.reference = at(run_.marks.of("reference"),
                            [&] { return reference_load(run_.reference, result.load.load, hold_load); });
      if (run_.output) result.output = output(*run_.output);
      timecourse(result);
      result.lrv = run_lrv(result);
      result.computed = true;
    } catch (const LocatedError& e) {
      diagnostics_.push_back({e.where, Severity::error, e.rule, e.message});
      result.computed = false;
    }
    return result;
  }

 private:
  Titer titer(const TiterSpec& spec) {
    Titer t = at(spec.where, [&] {
      return compute_titer(spec.input, {settings_.sk_variance, settings_.lod_confidence});
    });
    for (const Finding& f : t.findings)
      diagnostics_.push_back({spec.where, Severity::warning, f.rule, f.message});
    return t;
  }

  SampleResult sample(const Sample& s, std::string_view what) {
    SampleResult r;
    r.name = s.name;
    r.titer = titer(s.titer);
    r.volume_ml = s.volume_ml;
    r.load = at(s.marks.of("volume_ml"), [&] {
      if (!(s.volume_ml > 0))
        throw ComputeError("volume", fmt::format("{} volume must be > 0 mL", what));
      return log10_load(r.titer.estimate, s.volume_ml);
    });
    return r;
  }

  OutputResult output(const Output& o) {
    OutputResult r;
    std::vector<SampleTiter> parts;
    for (const Sample& fraction : o.fractions) {
      r.fractions.push_back(sample(fraction, "output"));
      r.volume_ml += fraction.volume_ml;
      parts.push_back({r.fractions.back().titer.estimate, fraction.volume_ml});
    }
    r.load = at(o.marks.where, [&] { return sum_of_loads(parts); });
    r.titer = r.load;
    r.titer.log10 = r.load.log10 - std::log10(r.volume_ml);
    return r;
  }

  void timecourse(RunResult& result) {
    std::vector<TimecourseTiter> fit_points;
    for (const TimePoint& p : run_.timecourse) {
      TimepointResult point;
      point.minutes = p.minutes;
      Sample s;
      s.volume_ml = p.volume_ml.value_or(run_.load.volume_ml);
      s.titer = p.titer;
      s.marks = p.marks;
      point.sample = sample(s, "time-point");
      point.lrv = at(p.marks.where, [&] { return log_reduction(result.reference, point.sample.load); });
      result.timecourse.push_back(point);
      fit_points.push_back({p.minutes, point.sample.titer.estimate});
    }
    result.kinetics = fit_kinetics(fit_points);
  }

  // domain.md §3: a time course, when given, decides the run's LRV; otherwise the output does.
  Estimate run_lrv(RunResult& result) {
    if (!result.timecourse.empty()) {
      std::vector<TimecourseLrv> points;
      for (const TimepointResult& p : result.timecourse) points.push_back({p.minutes, p.lrv});
      result.timecourse_claim = timecourse_claim_point(points, step_.process_minutes);
      if (result.timecourse_claim) return result.timecourse[*result.timecourse_claim].lrv;
      if (!result.output)
        throw LocatedError{"method",
                           fmt::format("no time-course point lies within the process time of {} min",
                                       *step_.process_minutes),
                           run_.marks.of("timecourse")};
    }
    if (!result.output)
      throw LocatedError{"method", "the run has neither an output sample nor a time course",
                         run_.marks.where};
    return at(run_.marks.of("output"),
              [&] { return log_reduction(result.reference, result.output->load); });
  }

  const Step& step_;
  const Run& run_;
  const Settings& settings_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

RunResult compute_run(const Step& step, const Run& run, const Settings& settings,
                      std::vector<Diagnostic>& diagnostics) {
  return RunComputer(step, run, settings, diagnostics).compute();
}

}  // namespace vclear::detail
