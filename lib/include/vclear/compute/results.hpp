#pragma once
// The computed results of a study (contract.md §4): what every renderer reads.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "vclear/diagnostic.hpp"
#include "vclear/stats/kinetics.hpp"
#include "vclear/stats/safety_margin.hpp"
#include "vclear/stats/titer.hpp"

namespace vclear {

struct SampleResult {
  std::string name;  // fraction name, or empty
  Titer titer;       // log10 per mL
  double volume_ml = 0;
  Estimate load;     // log10 virus load
};

struct OutputResult {
  std::vector<SampleResult> fractions;  // one element for a single sample
  double volume_ml = 0;                 // total volume
  Estimate titer;                       // of the pooled output: log10(total load / total volume)
  Estimate load;                        // summed load
};

struct TimepointResult {
  double minutes = 0;
  SampleResult sample;
  Estimate lrv;
};

struct RunResult {
  std::string step, run, virus;
  bool computed = false;  // false when an error stopped its calculation (see diagnostics)
  SampleResult load;
  std::optional<SampleResult> hold;
  std::optional<OutputResult> output;
  std::vector<TimepointResult> timecourse;
  std::optional<std::size_t> timecourse_claim;  // index of the point that gives the LRV
  std::optional<KineticsFit> kinetics;
  Estimate reference;  // the reference load the LRV uses
  Estimate lrv;
};

struct StepResult {
  std::string step, virus;
  Estimate lrv;
  std::vector<std::string> runs;
  bool counted = false;
  std::optional<std::string> reason;  // why not counted
};

struct CumulativeResult {
  std::string virus;
  Estimate lrv;
  std::vector<std::string> steps;
};

struct SafetyMarginResult {
  std::string virus;
  double target_per_dose = 1e-6;
  SafetyMargin margin;
};

struct Results {
  std::vector<RunResult> runs;        // in file order
  std::vector<StepResult> steps;      // per step (file order) × virus (order of `viruses`)
  std::vector<CumulativeResult> cumulative;  // per virus, order of `viruses`
  std::optional<SafetyMarginResult> safety_margin;
  std::vector<Diagnostic> diagnostics;  // calculation errors and findings, then check rules
};

}  // namespace vclear
