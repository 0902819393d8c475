#include "diagnostic_format.hpp"

#include <cctype>
#include <map>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace vclear::cli {
namespace {

// GitHub workflow-command escaping (data and property values differ).
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '%' ? "%25" : c == '\r' ? "%0D" : c == '\n' ? "%0A" : std::string(1, c);
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) out += c == ':' ? "%3A" : c == ',' ? "%2C" : std::string(1, c);
  return out;
}

const char* rule_description(const std::string& rule) {
  static const std::map<std::string, const char*> descriptions = {
      {"io", "The file cannot be read."},
      {"yaml", "The file is not parseable YAML, or exceeds a size, depth or node limit."},
      {"schema", "The study does not match the study format (shape, type or range)."},
      {"ref", "An unknown or duplicate id."},
      {"sk-spacing", "Dilutions are not equally spaced, most concentrated first."},
      {"wells", "Positive wells exceed the wells, or counts are negative."},
      {"volume", "A volume is not greater than 0 mL."},
      {"censoring", "A load below the detection limit, or contradictory censoring."},
      {"method", "A quantity cannot be computed from the data given."},
      {"replicates", "A counted step and virus with fewer than two independent runs."},
      {"replicate-spread", "Runs of one step and virus differ by more than 1 log10."},
      {"virus-panel", "The virus panel lacks breadth (ICH Q5A(R2) Appendix 2)."},
      {"spike-ratio", "The spike exceeds 10 % v/v of the load."},
      {"hold-loss", "The hold control is more than 0.5 log10 below the load."},
      {"assay-precision", "A titer's 95 % CI exceeds ±0.5 log10."},
      {"kinetics", "An inactivation step without complete kinetics."},
      {"mixed-methods", "A run mixes poisson-ml with Spearman–Kärber titers."},
      {"sk-bracket-top", "The most concentrated dilution is not all positive."},
      {"sk-bracket-bottom", "The most dilute dilution is not all negative."},
      {"sk-monotone", "The positive fraction rises with dilution."},
      {"safety-margin", "The estimated particles per dose miss the target."},
      {"negligible", "A step claim is not counted in the cumulative clearance."},
      {"mechanism", "Steps share a clearance mechanism."},
  };
  const auto it = descriptions.find(rule);
  return it == descriptions.end() ? "A vclear diagnostic." : it->second;
}

int at_least_one(int v) { return v < 1 ? 1 : v; }

// SARIF wants a URI reference: the path as given (relative paths stay relative, so code scanning
// resolves them against the checkout), '/' separators, and characters a URI cannot hold
// percent-encoded (RFC 3986). An absolute path becomes a file: URI.
std::string uri_of(const std::string& path) {
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (const char raw : path) {
    const char c = raw == '\\' ? '/' : raw;
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || std::string_view("-._~/!$&'()*+,;=:@").find(c) != std::string_view::npos)
      out += c;
    else
      out += fmt::format("%{:02X}", u);
  }
  return out;
}

}  // namespace

std::string format_text(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += format_gcc(d) + "\n";
  return out;
}

std::string format_github(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    const char* command = d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "notice";
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n", command, escape_property(d.where.file),
                       at_least_one(d.where.line), at_least_one(d.where.column),
                       escape_property("vclear " + d.rule), escape_data(d.message + " [" + d.rule + "]"));
  }
  return out;
}

std::string format_json(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics)
    array.push_back({{"file", d.where.file}, {"line", d.where.line}, {"column", d.where.column},
                     {"severity", to_string(d.severity)}, {"rule", d.rule}, {"message", d.message}});
  return array.dump(2) + "\n";
}

std::string format_sarif(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  std::map<std::string, int> rule_index;
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    if (!rule_index.count(d.rule)) {
      rule_index[d.rule] = static_cast<int>(rules.size());
      rules.push_back({{"id", d.rule}, {"shortDescription", {{"text", rule_description(d.rule)}}}});
    }
    results.push_back(
        {{"ruleId", d.rule},
         {"ruleIndex", rule_index[d.rule]},
         {"level", d.severity == Severity::error ? "error" : d.severity == Severity::warning ? "warning" : "note"},
         {"message", {{"text", d.message}}},
         {"locations",
          {{{"physicalLocation",
             {{"artifactLocation", {{"uri", uri_of(d.where.file)}}},
              {"region", {{"startLine", at_least_one(d.where.line)}, {"startColumn", at_least_one(d.where.column)}}}}}}}}});
  }
  nlohmann::ordered_json sarif = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       {{{"tool",
          {{"driver",
            {{"name", "vclear"}, {"version", VCLEAR_VERSION}, {"semanticVersion", VCLEAR_VERSION},
             {"informationUri", "https://www.ich.org/page/quality-guidelines"}, {"rules", rules}}}}},
         {"results", results}}}}};
  return sarif.dump(2) + "\n";
}

}  // namespace vclear::cli
