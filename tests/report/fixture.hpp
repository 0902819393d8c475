#pragma once
// A realistic study and its results, built by hand for the report tests: an illustrative MSC-sEV
// downstream process (4 model viruses, 5 steps: a step not claimed, two chromatography steps, a
// UV-C inactivation with time courses and censored points, a 0.2 µm filtration below 1 log10),
// a safety margin and a few findings. The numbers are invented for the tests, not measured data.
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "vclear/compute/results.hpp"
#include "vclear/stats/kinetics.hpp"
#include "vclear/stats/safety_margin.hpp"
#include "vclear/study/model.hpp"

namespace vclear::test {

inline Estimate est(double log10, double ci95, Qualifier q = Qualifier::equal) { return {log10, ci95, q}; }
inline Estimate at_most(double log10) { return {log10, 0, Qualifier::at_most}; }

// A sample: its titer and volume, and the load the compute pipeline would give (titer + log10 V).
inline SampleResult sample(Estimate titer, double volume_ml, std::string method = "spearman-karber",
                           std::string name = "") {
  SampleResult s;
  s.name = std::move(name);
  s.titer.method = std::move(method);
  s.titer.estimate = titer;
  s.volume_ml = volume_ml;
  s.load = {titer.log10 + std::log10(volume_ml), titer.ci95, titer.qualifier};
  return s;
}

// Reference load minus output load; CI √(s² + a²); a "<=" output makes a ">=" reduction.
inline Estimate reduction(const Estimate& reference, const Estimate& output) {
  return {reference.log10 - output.log10, std::hypot(reference.ci95, output.ci95),
          output.qualifier == Qualifier::at_most ? Qualifier::at_least : Qualifier::equal};
}

inline RunResult removal_run(std::string step, std::string run, std::string virus, SampleResult load,
                             SampleResult output) {
  RunResult r;
  r.step = std::move(step);
  r.run = std::move(run);
  r.virus = std::move(virus);
  r.computed = true;
  r.load = std::move(load);
  r.reference = r.load.load;
  OutputResult out;
  out.volume_ml = output.volume_ml;
  out.titer = output.titer.estimate;
  out.load = output.load;
  out.fractions.push_back(std::move(output));
  r.output = out;
  r.lrv = reduction(r.reference, r.output->load);
  return r;
}

// An inactivation run held in `volume_ml`; the claim is the last point within `process_minutes`.
inline RunResult inactivation_run(std::string step, std::string run, std::string virus, double volume_ml,
                                  const std::vector<std::pair<double, Estimate>>& titers, double process_minutes) {
  RunResult r;
  r.step = std::move(step);
  r.run = std::move(run);
  r.virus = std::move(virus);
  r.computed = true;
  r.load = sample(titers.front().second, volume_ml);
  r.reference = r.load.load;
  std::vector<TimecourseTiter> for_fit;
  for (const auto& [minutes, titer] : titers) {
    TimepointResult p;
    p.minutes = minutes;
    p.sample = sample(titer, volume_ml);
    p.lrv = reduction(r.reference, p.sample.load);
    if (minutes <= process_minutes) r.timecourse_claim = r.timecourse.size();
    r.timecourse.push_back(p);
    for_fit.push_back({minutes, titer});
  }
  r.kinetics = fit_kinetics(for_fit);
  r.lrv = r.timecourse[*r.timecourse_claim].lrv;
  return r;
}

inline Virus virus(std::string id, std::string name, std::string family, std::string genome, bool enveloped,
                   double size_low, double size_high, std::string resistance) {
  Virus v;
  v.id = id;
  v.catalogue = std::move(id);
  v.name = std::move(name);
  v.family = std::move(family);
  v.genome = std::move(genome);
  v.enveloped = enveloped;
  v.size_nm = std::array<double, 2>{size_low, size_high};
  v.resistance = std::move(resistance);
  return v;
}

inline Step step(std::string id, std::string name, StepType type, std::string mechanism, bool claim = true) {
  Step s;
  s.id = std::move(id);
  s.name = std::move(name);
  s.type = type;
  s.mechanism = std::move(mechanism);
  s.claim = claim;
  return s;
}

inline Diagnostic finding(int line, Severity severity, std::string rule, std::string message) {
  return {{"studies/sev.yaml", line, 9}, severity, std::move(rule), std::move(message)};
}

struct Fixture {
  Study study;
  Results results;
};

inline StepResult claim(std::string step, std::string virus, Estimate lrv, std::vector<std::string> runs,
                        bool counted, std::optional<std::string> reason = std::nullopt) {
  return {std::move(step), std::move(virus), lrv, std::move(runs), counted, std::move(reason)};
}

inline Fixture sev_fixture() {
  Fixture f;
  Study& s = f.study;
  s.file = "studies/sev.yaml";
  s.info.id = "SEV-VC-001";
  s.info.title = "Viral clearance of the MSC-sEV downstream process";
  s.info.product = "MSC-sEV drug substance";
  s.info.process = "DSP v3";
  s.info.sponsor = "Example Biologics Ltd.";
  s.info.laboratory = "Example Virology Services";
  s.info.date = "2025-03-14";
  s.viruses = {virus("X-MuLV", "Xenotropic murine leukemia virus", "Retroviridae", "RNA", true, 80, 110, "low"),
               virus("PRV", "Pseudorabies virus", "Herpesviridae", "DNA", true, 120, 200, "medium"),
               virus("Reo-3", "Reovirus type 3", "Reoviridae", "RNA", false, 60, 80, "medium"),
               virus("MVM", "Minute virus of mice", "Parvoviridae", "DNA", false, 18, 26, "very-high")};
  s.steps = {step("tff", "Tangential-flow filtration (300 kDa)", StepType::removal, "ultrafiltration", false),
             step("aex", "Anion-exchange chromatography (bind-elute)", StepType::removal, "anion-exchange"),
             step("mmc", "Multimodal chromatography (flow-through)", StepType::removal, "multimodal"),
             step("uvc", "UV-C irradiation (254 nm)", StepType::inactivation, "UV-C"),
             step("filt", "Filtration (0.2 µm)", StepType::removal, "size-exclusion")};
  s.steps[3].process_minutes = 4;
  s.safety_margin = SafetyMarginSpec{"X-MuLV", 1.0e6, 2.0, 1.0e-6, {}};

  std::vector<RunResult>& runs = f.results.runs;
  const auto sk = [](double t, double ci) { return est(t, ci); };
  runs.push_back(removal_run("tff", "TFF-XMuLV-1", "X-MuLV", sample(sk(6.31, 0.30), 200), sample(sk(6.85, 0.27), 50)));
  runs.push_back(removal_run("tff", "TFF-MVM-1", "MVM", sample(sk(6.95, 0.29), 200), sample(sk(7.35, 0.31), 50)));
  runs.push_back(removal_run("aex", "AEX-XMuLV-1", "X-MuLV", sample(sk(6.52, 0.28), 50),
                             sample(at_most(1.20), 55, "large-volume")));
  runs.push_back(removal_run("aex", "AEX-XMuLV-2", "X-MuLV", sample(sk(6.48, 0.25), 50),
                             sample(at_most(1.15), 55, "large-volume")));
  runs.push_back(removal_run("aex", "AEX-PRV-1", "PRV", sample(sk(6.90, 0.31), 50), sample(sk(2.61, 0.33), 55)));
  runs.push_back(removal_run("aex", "AEX-PRV-2", "PRV", sample(sk(6.84, 0.27), 50), sample(sk(2.35, 0.35), 55)));
  {
    // Reo-3 flows partly through: the output is two fractions whose loads add up.
    RunResult r = removal_run("aex", "AEX-Reo3-1", "Reo-3", sample(sk(7.10, 0.30), 50), sample(sk(3.20, 0.33), 40));
    const SampleResult ft = sample(sk(3.20, 0.33), 40, "spearman-karber", "flow-through");
    const SampleResult wash = sample(sk(2.70, 0.36), 15, "spearman-karber", "wash");
    const double total = std::pow(10, ft.load.log10) + std::pow(10, wash.load.log10);
    r.output->fractions = {ft, wash};
    r.output->volume_ml = 55;
    r.output->load = est(std::log10(total), 0.27);
    r.output->titer = est(std::log10(total / 55), 0.27);
    r.lrv = reduction(r.reference, r.output->load);
    runs.push_back(r);
  }
  runs.push_back(removal_run("aex", "AEX-MVM-1", "MVM", sample(sk(7.02, 0.30), 50), sample(sk(4.41, 0.34), 55)));
  runs.push_back(removal_run("aex", "AEX-MVM-2", "MVM", sample(sk(6.97, 0.26), 50), sample(sk(4.10, 0.30), 55)));
  runs.push_back(removal_run("mmc", "MMC-XMuLV-1", "X-MuLV", sample(sk(6.40, 0.29), 45), sample(sk(3.22, 0.36), 48)));
  runs.push_back(removal_run("mmc", "MMC-XMuLV-2", "X-MuLV", sample(sk(6.45, 0.27), 45), sample(sk(3.05, 0.32), 48)));
  {
    RunResult r = removal_run("mmc", "MMC-MVM-1", "MVM", sample(sk(6.88, 0.28), 45), sample(sk(6.01, 0.30), 48));
    r.hold = sample(sk(6.79, 0.31), 45);
    runs.push_back(r);
  }
  runs.push_back(inactivation_run("uvc", "UVC-XMuLV-1", "X-MuLV", 20,
                                  {{0, sk(6.80, 0.30)}, {1, sk(5.60, 0.31)}, {2, sk(4.30, 0.35)},
                                   {4, at_most(1.50)}, {6, at_most(1.50)}}, 4));
  runs.push_back(inactivation_run("uvc", "UVC-XMuLV-2", "X-MuLV", 20,
                                  {{0, sk(6.70, 0.29)}, {1, sk(5.50, 0.33)}, {2, sk(4.40, 0.30)},
                                   {4, sk(2.10, 0.42)}, {6, at_most(1.50)}}, 4));
  runs.push_back(inactivation_run("uvc", "UVC-MVM-1", "MVM", 20,
                                  {{0, sk(7.05, 0.28)}, {1, sk(6.20, 0.30)}, {2, sk(5.35, 0.31)},
                                   {4, sk(3.90, 0.33)}, {6, sk(2.85, 0.38)}}, 4));
  runs.push_back(removal_run("filt", "FILT-XMuLV-1", "X-MuLV", sample(sk(6.20, 0.30), 100), sample(sk(5.89, 0.31), 100)));

  // Step claims (lowest run), in step order × virus order, and whether they count.
  const auto lrv_of = [&](const std::string& run) {
    for (const RunResult& r : runs)
      if (r.run == run) return r.lrv;
    return Estimate{};
  };
  std::vector<StepResult>& steps = f.results.steps;
  steps.push_back(claim("tff", "X-MuLV", lrv_of("TFF-XMuLV-1"), {"TFF-XMuLV-1"}, false, "not claimed"));
  steps.push_back(claim("tff", "MVM", lrv_of("TFF-MVM-1"), {"TFF-MVM-1"}, false, "not claimed"));
  steps.push_back(claim("aex", "X-MuLV", lrv_of("AEX-XMuLV-1"), {"AEX-XMuLV-1", "AEX-XMuLV-2"}, true));
  steps.push_back(claim("aex", "PRV", lrv_of("AEX-PRV-1"), {"AEX-PRV-1", "AEX-PRV-2"}, true));
  steps.push_back(claim("aex", "Reo-3", lrv_of("AEX-Reo3-1"), {"AEX-Reo3-1"}, true));
  steps.push_back(claim("aex", "MVM", lrv_of("AEX-MVM-1"), {"AEX-MVM-1", "AEX-MVM-2"}, true));
  steps.push_back(claim("mmc", "X-MuLV", lrv_of("MMC-XMuLV-1"), {"MMC-XMuLV-1", "MMC-XMuLV-2"}, true));
  steps.push_back(claim("mmc", "MVM", lrv_of("MMC-MVM-1"), {"MMC-MVM-1"}, false, "<= 1.0 log10"));
  steps.push_back(claim("uvc", "X-MuLV", lrv_of("UVC-XMuLV-2"), {"UVC-XMuLV-1", "UVC-XMuLV-2"}, true));
  steps.push_back(claim("uvc", "MVM", lrv_of("UVC-MVM-1"), {"UVC-MVM-1"}, true));
  steps.push_back(claim("filt", "X-MuLV", lrv_of("FILT-XMuLV-1"), {"FILT-XMuLV-1"}, false, "<= 1.0 log10"));

  for (const Virus& v : s.viruses) {
    CumulativeResult c{v.id, {}, {}};
    double variance = 0;
    for (const StepResult& claim : steps)
      if (claim.virus == v.id && claim.counted) {
        c.lrv.log10 += claim.lrv.log10;
        variance += claim.lrv.ci95 * claim.lrv.ci95;
        if (claim.lrv.qualifier == Qualifier::at_least) c.lrv.qualifier = Qualifier::at_least;
        c.steps.push_back(claim.step);
      }
    c.lrv.ci95 = std::sqrt(variance);
    f.results.cumulative.push_back(c);
  }
  const SafetyMarginSpec& spec = *s.safety_margin;
  f.results.safety_margin = SafetyMarginResult{
      spec.virus, spec.target_per_dose,
      safety_margin(spec.particles_per_ml, spec.bulk_ml_per_dose, spec.target_per_dose, f.results.cumulative[0].lrv)};

  f.results.diagnostics = {
      finding(112, Severity::warning, "replicates", "step aex × Reo-3 is counted with 1 run; Q5A(R2) expects at least 2 independent runs"),
      finding(171, Severity::warning, "kinetics",
              "run UVC-XMuLV-1 has no uncensored point between 2 min and the process time (4 min)"),
      finding(150, Severity::note, "negligible", "step mmc × MVM (0.84 log10) is not counted: <= 1.0 log10"),
      finding(0, Severity::note, "virus-panel", "the panel covers enveloped and non-enveloped, DNA and RNA viruses")};
  return f;
}

}  // namespace vclear::test
