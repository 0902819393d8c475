#include <cmath>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "vclear/check/check.hpp"
#include "vclear/qualify/qualify.hpp"
#include "vclear/report/render.hpp"

namespace vclear {
namespace {

constexpr std::string_view kBuiltinCases =
#include "qualification_cases.inc"
    ;

std::string text(const YAML::Node& node, const char* key, const std::string& where) {
  const YAML::Node value = node[key];
  if (!value || !value.IsScalar())
    throw std::runtime_error(fmt::format("{}: expected a text value for '{}'", where, key));
  return value.as<std::string>();
}

std::string computed_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return fmt::format("{}", value.get<double>());
  return value.dump();
}

// Compares one value of the results with the case's expectation.
CaseCheck evaluate(const YAML::Node& spec, const nlohmann::json& results, const std::string& where) {
  CaseCheck check;
  check.path = text(spec, "path", where);
  check.what = text(spec, "what", where);
  check.expected = text(spec, "expected", where);
  if (spec["tolerance"]) check.tolerance = spec["tolerance"].as<double>();
  const nlohmann::json::json_pointer pointer(check.path);
  if (!results.contains(pointer)) {
    check.computed = "missing";
    return check;
  }
  const nlohmann::json& value = results.at(pointer);
  check.computed = computed_text(value);
  double expected = 0;
  if (YAML::convert<double>::decode(spec["expected"], expected) && value.is_number())
    check.pass = std::fabs(value.get<double>() - expected) <= check.tolerance;
  else
    check.pass = check.computed == check.expected;
  return check;
}

QualificationCase run_case(const YAML::Node& spec, std::size_t index) {
  QualificationCase c;
  const std::string where = fmt::format("case {}", index + 1);
  c.id = text(spec, "id", where);
  c.title = text(spec, "title", c.id);
  c.source = text(spec, "source", c.id);
  c.inputs = text(spec, "study", c.id);
  const YAML::Node checks = spec["checks"];
  if (!checks || !checks.IsSequence() || checks.size() == 0)
    throw std::runtime_error(c.id + ": expected a non-empty list of checks");
  const Analysis analysis = analyze_text(c.inputs, c.id + ".yaml");
  if (!analysis.study || analysis.has_errors()) {
    for (const Diagnostic& d : analysis.diagnostics)
      if (d.severity == Severity::error) c.error += (c.error.empty() ? "" : "; ") + format_gcc(d);
    return c;
  }
  const nlohmann::json results = nlohmann::json::parse(render_json(*analysis.study, analysis.results));
  c.pass = true;
  for (const YAML::Node& check : checks) {
    c.checks.push_back(evaluate(check, results, c.id));
    c.pass = c.pass && c.checks.back().pass;
  }
  return c;
}

}  // namespace

std::string_view builtin_qualification_cases() { return kBuiltinCases; }

std::vector<QualificationCase> run_qualification_cases(std::string_view cases_yaml) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(cases_yaml));
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(fmt::format("the case file is not valid YAML (line {}): {}",
                                         e.mark.line + 1, e.msg));
  }
  const YAML::Node cases = root["cases"];
  if (!cases || !cases.IsSequence() || cases.size() == 0)
    throw std::runtime_error("the case file has no list of cases");
  std::vector<QualificationCase> results;
  try {
    for (std::size_t i = 0; i < cases.size(); ++i) results.push_back(run_case(cases[i], i));
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(fmt::format("the case file is malformed (line {}): {}", e.mark.line + 1, e.msg));
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(fmt::format("the case file is malformed: {}", e.what()));
  }
  return results;
}

}  // namespace vclear
