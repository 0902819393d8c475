#pragma once
// The study model (contract.md §2, format version 1): plain structs, every node remembering where
// in the file it came from, so diagnostics can point at it.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vclear/diagnostic.hpp"
#include "vclear/stats/claim.hpp"
#include "vclear/stats/lrv.hpp"
#include "vclear/stats/titer.hpp"

namespace vclear {

// Where a mapping was written, and where each of its keys' values were.
struct Marks {
  Location where;
  std::map<std::string, Location, std::less<>> fields;
  // The location of the value under `key`, or of the mapping itself when the key is absent.
  const Location& of(std::string_view key) const;
};

struct StudyInfo {
  std::string id, title, product;
  std::string process, sponsor, laboratory, date, notes;  // optional: empty when absent
  Marks marks;
};

struct Settings {
  SkVariance sk_variance = SkVariance::n_minus_1;
  ReplicateRule replicate_rule = ReplicateRule::lowest;
  double min_countable_lrv = 1.0;
  double lod_confidence = 0.95;
  Marks marks;
};

struct Virus {
  std::string id;
  std::string catalogue;   // catalogue id it was filled from, or empty
  std::string name, family;
  std::string genome;      // "RNA", "DNA" or empty when unknown
  std::optional<bool> enveloped;
  std::optional<std::array<double, 2>> size_nm;
  std::string resistance;  // "low", "medium", "high", "very-high" or empty
  Marks marks;
};

struct TiterSpec {
  TiterInput input;
  Location where;  // the titer mapping
};

struct Sample {
  std::string name;  // fractions only
  double volume_ml = 0;
  TiterSpec titer;
  Marks marks;
};

struct Output {
  std::vector<Sample> fractions;  // one element for a single sample
  bool fractionated = false;      // written as {fractions: [...]}
  Marks marks;
};

struct TimePoint {
  double minutes = 0;
  TiterSpec titer;
  std::optional<double> volume_ml;  // else the load volume
  Marks marks;
};

struct Run {
  std::string id;
  std::string virus;
  std::optional<double> spike_ml;
  Reference reference = Reference::load;
  Sample load;
  std::optional<Sample> hold;
  std::optional<Output> output;
  std::vector<TimePoint> timecourse;
  Marks marks;
};

enum class StepType { removal, inactivation };

struct Step {
  std::string id, name;
  StepType type = StepType::removal;
  std::string mechanism;
  bool claim = true;
  std::string justification;  // empty when absent
  std::optional<double> process_minutes;
  std::vector<Run> runs;
  Marks marks;
};

struct SafetyMarginSpec {
  std::string virus;
  double particles_per_ml = 0;
  double bulk_ml_per_dose = 0;
  double target_per_dose = 1e-6;
  Marks marks;
};

struct Study {
  std::string file;  // as given on the command line
  int format_version = 1;
  StudyInfo info;
  Settings settings;
  std::vector<Virus> viruses;
  std::vector<Step> steps;
  std::optional<SafetyMarginSpec> safety_margin;
  Marks marks;

  const Virus* find_virus(std::string_view id) const;
};

std::string_view to_string(StepType type);        // "removal", "inactivation"
std::string_view to_string(Reference reference);  // "load", "hold", "lower"
std::string_view to_string(SkVariance variance);  // "n-1", "n"
std::string_view to_string(ReplicateRule rule);   // "lowest", "mean"

}  // namespace vclear
