#include <nlohmann/json.hpp>

#include "vclear/report/render.hpp"

namespace vclear {
namespace {

using json = nlohmann::ordered_json;

json optional_text(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json sample_json(const std::string& name, const Estimate& titer, const std::string& method,
                 double volume_ml, const Estimate& load) {
  json j = {{"log10_titer", titer.log10}, {"ci95", titer.ci95},
            {"qualifier", symbol(titer.qualifier)}, {"volume_ml", volume_ml},
            {"log10_load", load.log10}, {"load_ci95", load.ci95}, {"method", method}};
  if (!name.empty()) j["name"] = name;
  return j;
}

json sample_json(const SampleResult& s) {
  return sample_json(s.name, s.titer.estimate, s.titer.method, s.volume_ml, s.load);
}

json output_json(const OutputResult& o) {
  if (o.fractions.size() == 1 && o.fractions.front().name.empty()) return sample_json(o.fractions.front());
  json j = sample_json("", o.titer, "pooled", o.volume_ml, o.load);
  j["fractions"] = json::array();
  for (const SampleResult& f : o.fractions) j["fractions"].push_back(sample_json(f));
  return j;
}

json kinetics_json(const std::optional<KineticsFit>& fit) {
  if (!fit) return nullptr;
  return {{"intercept_log10", fit->intercept}, {"slope_log10_per_min", fit->slope},
          {"slope_se", fit->slope_se}, {"points", fit->points}};
}

json run_json(const Step& step, const Run& run, const RunResult& r) {
  json j = {{"step", r.step}, {"run", r.run}, {"virus", r.virus},
            {"reference", to_string(run.reference)},
            {"load", sample_json(r.load)},
            {"output", r.output ? output_json(*r.output) : json(nullptr)},
            {"hold", r.hold ? sample_json(*r.hold) : json(nullptr)},
            {"reference_log10_load", r.reference.log10},
            {"lrv", r.lrv.log10}, {"ci95", r.lrv.ci95}, {"qualifier", symbol(r.lrv.qualifier)}};
  if (step.type == StepType::inactivation || !r.timecourse.empty()) {
    j["timecourse"] = json::array();
    for (std::size_t i = 0; i < r.timecourse.size(); ++i) {
      const TimepointResult& p = r.timecourse[i];
      j["timecourse"].push_back({{"minutes", p.minutes},
                                 {"log10_titer", p.sample.titer.estimate.log10},
                                 {"ci95", p.sample.titer.estimate.ci95},
                                 {"qualifier", symbol(p.sample.titer.estimate.qualifier)},
                                 {"volume_ml", p.sample.volume_ml},
                                 {"log10_load", p.sample.load.log10},
                                 {"lrv", p.lrv.log10}, {"lrv_ci95", p.lrv.ci95},
                                 {"lrv_qualifier", symbol(p.lrv.qualifier)},
                                 {"claimed", r.timecourse_claim == i}});
    }
    j["kinetics"] = kinetics_json(r.kinetics);
  }
  return j;
}

json diagnostic_json(const Diagnostic& d) {
  return {{"file", d.where.file}, {"line", d.where.line}, {"column", d.where.column},
          {"severity", to_string(d.severity)}, {"rule", d.rule}, {"message", d.message}};
}

}  // namespace

std::string render_json(const Study& study, const Results& results) {
  json j;
  j["vclear"] = study.format_version;
  j["generator"] = {{"name", "vclear"}, {"version", VCLEAR_VERSION}};
  j["study"] = {{"id", study.info.id}, {"title", study.info.title}, {"product", study.info.product},
                {"process", optional_text(study.info.process)},
                {"sponsor", optional_text(study.info.sponsor)},
                {"laboratory", optional_text(study.info.laboratory)},
                {"date", optional_text(study.info.date)}};
  const Settings& s = study.settings;
  j["settings"] = {{"sk_variance", to_string(s.sk_variance)},
                   {"replicate_rule", to_string(s.replicate_rule)},
                   {"min_countable_lrv", s.min_countable_lrv}, {"lod_confidence", s.lod_confidence}};
  j["runs"] = json::array();
  std::size_t index = 0;
  for (const Step& step : study.steps)
    for (const Run& run : step.runs) j["runs"].push_back(run_json(step, run, results.runs.at(index++)));
  j["steps"] = json::array();
  for (const StepResult& c : results.steps)
    j["steps"].push_back({{"step", c.step}, {"virus", c.virus}, {"lrv", c.lrv.log10},
                          {"ci95", c.lrv.ci95}, {"qualifier", symbol(c.lrv.qualifier)},
                          {"runs", c.runs}, {"counted", c.counted},
                          {"reason", c.reason ? json(*c.reason) : json(nullptr)}});
  j["cumulative"] = json::array();
  for (const CumulativeResult& c : results.cumulative)
    j["cumulative"].push_back({{"virus", c.virus}, {"lrv", c.lrv.log10}, {"ci95", c.lrv.ci95},
                               {"qualifier", symbol(c.lrv.qualifier)}, {"steps", c.steps}});
  if (results.safety_margin) {
    const SafetyMarginResult& m = *results.safety_margin;
    j["safety_margin"] = {{"virus", m.virus},
                          {"log10_particles_per_dose", m.margin.particles_per_dose.log10},
                          {"ci95", m.margin.particles_per_dose.ci95},
                          {"qualifier", symbol(m.margin.particles_per_dose.qualifier)},
                          {"target_per_dose", m.target_per_dose},
                          {"margin_log10", m.margin.margin_log10},
                          {"meets_target", m.margin.meets_target}};
  } else {
    j["safety_margin"] = nullptr;
  }
  j["diagnostics"] = json::array();
  for (const Diagnostic& d : results.diagnostics) j["diagnostics"].push_back(diagnostic_json(d));
  return j.dump(2) + "\n";
}

}  // namespace vclear
