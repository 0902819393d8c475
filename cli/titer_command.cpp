// `vclear titer`: one assay readout, no study file (contract.md §3).
#include <cmath>
#include <iostream>
#include <memory>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "vclear/stats/titer.hpp"

namespace vclear::cli {
namespace {

struct TiterOptions {
  std::string dilutions, wells, positive, plaques;
  double inoculum_ml = 0, volume_ml = 0, lod_confidence = 0.95;
  int lvp_wells = 0, lvp_positive = 0;
  std::string method = "spearman-karber", sk_variance = "n-1", format = "text";
};

struct UsageError {
  std::string message;
};

double parse_number(const std::string& text, const std::string& option) {
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || !std::isfinite(value))
    throw UsageError{fmt::format("{}: expected a number, found '{}'", option, text)};
  return value;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, separator);) {
    part.erase(0, part.find_first_not_of(" \t"));
    part.erase(part.find_last_not_of(" \t") + 1);
    parts.push_back(part);
  }
  if (!text.empty() && text.back() == separator) parts.push_back("");
  return parts;
}

// "-1,-2,-3" or FIRST:LAST[:STEP] ("-1:-8", "-1:-4:-0.5"). The step defaults to 1 and always runs
// from FIRST towards LAST, whatever its sign; LAST must be a whole number of steps from FIRST.
std::vector<double> parse_dilutions(const std::string& text) {
  if (text.empty()) throw UsageError{"--dilutions: expected a list (-1,-2,-3) or a range (-1:-8), found nothing"};
  if (text.find(':') == std::string::npos) {
    std::vector<double> values;
    for (const std::string& part : split(text, ',')) values.push_back(parse_number(part, "--dilutions"));
    return values;
  }
  const std::vector<std::string> parts = split(text, ':');
  if (parts.size() < 2 || parts.size() > 3)
    throw UsageError{fmt::format("--dilutions: expected FIRST:LAST[:STEP], found '{}'", text)};
  const double first = parse_number(parts[0], "--dilutions"), last = parse_number(parts[1], "--dilutions");
  const double size = parts.size() == 3 ? std::fabs(parse_number(parts[2], "--dilutions")) : 1.0;
  if (size == 0) throw UsageError{fmt::format("--dilutions: the step of '{}' must not be 0", text)};
  const double steps = std::fabs(last - first) / size;
  if (steps > 1000) throw UsageError{fmt::format("--dilutions: '{}' makes more than 1000 dilutions", text)};
  if (std::fabs(steps - std::round(steps)) > 1e-6)
    throw UsageError{fmt::format("--dilutions: {} is not a whole number of steps of {} from {}", last, size, first)};
  const double step = last < first ? -size : size;
  std::vector<double> values;
  for (int i = 0; i <= static_cast<int>(std::round(steps)); ++i) values.push_back(first + i * step);
  return values;
}

std::vector<int> parse_counts(const std::string& text, const std::string& option) {
  std::vector<int> values;
  for (const std::string& part : split(text, ',')) {
    const double v = parse_number(part, option);
    if (v != std::floor(v) || v < 0 || v > 1e9)
      throw UsageError{fmt::format("{}: expected whole numbers >= 0, found '{}'", option, part)};
    values.push_back(static_cast<int>(v));
  }
  return values;
}

// "112,98;12,9": plates per dilution; an empty entry or "null" is a plate not counted.
std::vector<std::vector<std::optional<double>>> parse_plaques(const std::string& text) {
  std::vector<std::vector<std::optional<double>>> rows;
  for (const std::string& row : split(text, ';')) {
    std::vector<std::optional<double>> plates;
    for (const std::string& cell : split(row, ','))
      plates.push_back(cell.empty() || cell == "null" ? std::nullopt
                                                      : std::optional<double>(parse_number(cell, "--plaques")));
    rows.push_back(std::move(plates));
  }
  return rows;
}

TiterInput input_of(const std::string& kind, const TiterOptions& o) {
  if (kind == "lvp") return LargeVolumePlating{o.volume_ml, o.lvp_wells, o.lvp_positive};
  if (kind == "plaque") {
    PlaqueAssay a;
    a.inoculum_ml = o.inoculum_ml;
    a.dilutions = parse_dilutions(o.dilutions);
    a.plaques = parse_plaques(o.plaques);
    return a;
  }
  QuantalAssay a;
  a.inoculum_ml = o.inoculum_ml;
  a.dilutions = parse_dilutions(o.dilutions);
  a.positive = parse_counts(o.positive, "--positive");
  a.wells = parse_counts(o.wells, "--wells");
  if (a.wells.size() == 1) a.wells.assign(a.dilutions.size(), a.wells.front());
  a.method = o.method == "poisson-ml"    ? QuantalMethod::poisson_ml
             : o.method == "reed-muench" ? QuantalMethod::reed_muench
                                         : QuantalMethod::spearman_karber;
  return a;
}

// 10^x as "2.00e+07", computed from x itself so that no titer overflows to inf.
std::string scientific(double log10_value) {
  double exponent = std::floor(log10_value);
  double mantissa = std::pow(10.0, log10_value - exponent);
  if (mantissa >= 9.995) {  // would print as 10.00
    mantissa /= 10;
    exponent += 1;
  }
  return fmt::format("{:.2f}e{}{:02.0f}", mantissa, exponent < 0 ? '-' : '+', std::fabs(exponent));
}

std::string text_output(const Titer& t) {
  const Estimate& e = t.estimate;
  const std::string sign = e.qualifier == Qualifier::at_most ? "≤ " : e.qualifier == Qualifier::at_least ? "≥ " : "";
  std::string out = fmt::format("{:<13} {}\n", "method", t.method);
  if (e.qualifier == Qualifier::equal && !t.ci_low)  // Reed–Muench: no interval to show
    out += fmt::format("{:<13} {:.2f} per mL (point estimate, no interval)\n", "log10 titer", e.log10);
  else if (e.qualifier == Qualifier::equal)
    out += fmt::format("{:<13} {:.2f} ± {:.2f} per mL\n", "log10 titer", e.log10, e.ci95);
  else
    out += fmt::format("{:<13} {}{:.2f} per mL ({})\n", "log10 titer", sign, e.log10,
                       e.qualifier == Qualifier::at_most ? "upper bound: too little detected"
                                                         : "lower bound: above the assay's range");
  if (t.ci_low && t.ci_high)
    out += fmt::format("{:<13} {:.2f} to {:.2f} (log10)\n", "95 % interval", *t.ci_low, *t.ci_high);
  out += fmt::format("{:<13} {}{} per mL", "titer", sign, scientific(e.log10));
  if (t.ci_low && t.ci_high)
    out += fmt::format(" (95 % interval {} to {})", scientific(*t.ci_low), scientific(*t.ci_high));
  out += "\n";
  for (const Finding& f : t.findings) out += fmt::format("{:<13} {} [{}]\n", "warning", f.message, f.rule);
  return out;
}

std::string json_output(const Titer& t) {
  nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
  for (const Finding& f : t.findings) warnings.push_back({{"rule", f.rule}, {"message", f.message}});
  const nlohmann::ordered_json j = {
      {"method", t.method},
      {"log10_titer", t.estimate.log10},
      {"ci95", t.estimate.ci95},
      {"qualifier", symbol(t.estimate.qualifier)},
      {"ci_low", t.ci_low ? nlohmann::ordered_json(*t.ci_low) : nlohmann::ordered_json(nullptr)},
      {"ci_high", t.ci_high ? nlohmann::ordered_json(*t.ci_high) : nlohmann::ordered_json(nullptr)},
      {"warnings", warnings}};
  return j.dump(2) + "\n";
}

void add_method(CLI::App& titer, const std::string& kind, const std::string& help,
                std::shared_ptr<TiterOptions> o, int& exit_code) {
  CLI::App* cmd = titer.add_subcommand(kind, help);
  if (kind != "lvp") {
    // A string option, so "-1,-2" is read as a value and not as a flag.
    cmd->add_option("--dilutions", o->dilutions, "log10 dilutions: -1,-2,-3 or FIRST:LAST[:STEP]")->required()->allow_extra_args(false);
    cmd->add_option("--inoculum-ml", o->inoculum_ml, "Inoculum per well or plate (mL)")->required();
  }
  if (kind == "tcid50") {
    cmd->add_option("--wells", o->wells, "Wells per dilution: one number or a list")->required();
    cmd->add_option("--positive", o->positive, "Positive wells per dilution")->required();
    cmd->add_option("--method", o->method, "Estimator")->capture_default_str()->check(CLI::IsMember({"spearman-karber", "poisson-ml", "reed-muench"}));
    cmd->add_option("--sk-variance", o->sk_variance, "Spearman–Kärber variance denominator")->capture_default_str()->check(CLI::IsMember({"n-1", "n"}));
  }
  if (kind == "plaque") cmd->add_option("--plaques", o->plaques, "Counts: plates by ',' and dilutions by ';' (e.g. \"112,98;12,9\")")->required();
  if (kind == "lvp") {
    cmd->add_option("--volume-ml", o->volume_ml, "Total sample volume plated (mL)")->required();
    cmd->add_option("--wells", o->lvp_wells, "Number of wells")->required();
    cmd->add_option("--positive", o->lvp_positive, "Positive wells")->required();
  }
  cmd->add_option("--lod-confidence", o->lod_confidence, "One-sided Poisson level for 'nothing detected'")->capture_default_str();
  cmd->add_option("--format", o->format, "Output format")->capture_default_str()->check(CLI::IsMember({"text", "json"}));
  cmd->callback([kind, o, &exit_code] {
    try {
      if (!(o->lod_confidence > 0 && o->lod_confidence < 1))
        throw UsageError{fmt::format("--lod-confidence: expected a level strictly between 0 and 1, found {}",
                                     o->lod_confidence)};
      const TiterSettings settings{o->sk_variance == "n" ? SkVariance::n : SkVariance::n_minus_1, o->lod_confidence};
      const Titer t = compute_titer(input_of(kind, *o), settings);
      std::cout << (o->format == "json" ? json_output(t) : text_output(t));
      exit_code = 0;
    } catch (const UsageError& e) {
      std::cerr << "vclear titer " << kind << ": " << e.message << "\n";
      exit_code = 2;
    } catch (const ComputeError& e) {
      std::cerr << "error: " << e.what() << " [" << e.rule() << "]\n";
      exit_code = 1;
    }
  });
}

}  // namespace

void add_titer_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TiterOptions>();
  CLI::App* titer = app.add_subcommand("titer", "Compute one titer from an assay readout (no study file)");
  titer->require_subcommand(1);
  add_method(*titer, "tcid50", "Quantal endpoint assay (TCID50): Spearman–Kärber, poisson-ml or Reed–Muench", o, exit_code);
  add_method(*titer, "plaque", "Plaque assay: pooled counts with the exact Garwood interval", o, exit_code);
  add_method(*titer, "lvp", "Large-volume plating (Poisson)", o, exit_code);
}

}  // namespace vclear::cli
