#include "report/report_model.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "report/format.hpp"

namespace vclear::detail {
namespace {

const char* kGuideline = "ICH Q5A(R2) (2023)";

// Superscript letters for footnotes: ᵃ ᵇ ᶜ …
std::string footnote_mark(std::size_t i) {
  static const char* marks[] = {"ᵃ", "ᵇ", "ᶜ", "ᵈ", "ᵉ", "ᶠ", "ᵍ", "ʰ", "ⁱ", "ʲ", "ᵏ", "ˡ", "ᵐ", "ⁿ", "ᵒ", "ᵖ"};
  return i < 16 ? marks[i] : fmt::format("[{}]", i + 1);
}

// The contract's reason texts use "<="; a reader expects "≤".
std::string readable(std::string text) {
  for (std::size_t at; (at = text.find("<=")) != std::string::npos;) text.replace(at, 2, "≤");
  return text;
}

// 2.1 × 10⁶ (three significant digits at most), for counts a reader should not decode.
std::string power_of_ten(double value) {
  static const char* digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  if (!(value > 0) || !std::isfinite(value)) return "—";
  const int exponent = static_cast<int>(std::floor(std::log10(value)));
  const double mantissa = value / std::pow(10.0, exponent);
  std::string sup = exponent < 0 ? "⁻" : "";
  for (char c : std::to_string(std::abs(exponent))) sup += digits[c - '0'];
  if (std::fabs(mantissa - 1) < 5e-3) return "10" + sup;
  return fmt::format("{:.2g} × 10{}", mantissa, sup);
}

// A footnote that explains a not-counted claim in the words of the guideline; `reason` is the
// contract's short text ("not claimed", "<= 1.0 log10", "same mechanism as step X", ...).
std::string not_counted_note(const std::string& reason) {
  if (reason == "not claimed") return "Not counted: the step is reported for information and not claimed.";
  if (reason.rfind("<= ", 0) == 0 && reason.size() > 3 && reason.find("log10") != std::string::npos)
    return "Not counted: the reduction is " + readable(reason) +
           " (ICH Q5A(R2): reductions of about 1 log10 or less are negligible unless justified).";
  if (reason.rfind("same mechanism as step ", 0) == 0)
    return "Not counted: " + reason +
           ", counted with a higher reduction (ICH Q5A(R2): steps with similar mechanisms are not summed).";
  if (reason.find("upper bound") != std::string::npos)
    return "Not counted: the reduction is only an upper bound (≤), which cannot add clearance.";
  return "Not counted: " + readable(reason) + ".";
}

// Short method names keep the run tables narrow; the abbreviations are spelled out under them.
std::string method_name(const std::string& method) {
  if (method == "spearman-karber") return "SK";
  if (method == "reed-muench") return "RM";
  if (method == "poisson-ml") return "ML";
  if (method == "plaque") return "PFU";
  if (method == "large-volume") return "LVP";
  if (method == "reported") return "rep.";
  return method.empty() ? "—" : method;
}
constexpr const char* kAbbreviations =
    "SK: Spearman–Kärber TCID50; RM: Reed–Muench; ML: single-hit maximum likelihood; PFU: plaque assay; "
    "LVP: large-volume plating; rep.: titer reported by the laboratory. Titers in log10 per mL, loads in log10, "
    "± the 95 % confidence half-width; ≤ nothing detected (Poisson bound), ≥ a lower bound.";

// "SK" when load and output used one method, "SK / LVP" when they differ.
std::string methods_text(const std::string& load, const std::string& output) {
  return output.empty() || output == load ? method_name(load) : method_name(load) + " / " + method_name(output);
}

std::string volume_text(double v) { return fmt::format("{:g}", v); }

Table summary_table(const Study& study, const Results& results, std::vector<std::string>& footnotes) {
  Table t;
  t.header.push_back("Step");
  for (const Virus& v : study.viruses) t.header.push_back(v.id);
  t.numeric.assign(t.header.size(), true);
  t.numeric[0] = false;
  std::map<std::string, std::string> mark_of;  // reason → footnote mark
  for (const Step& step : study.steps) {
    std::vector<std::string> row{step.name};
    bool any = false;
    for (const Virus& v : study.viruses) {
      const auto c = std::find_if(results.steps.begin(), results.steps.end(),
                                  [&](const StepResult& r) { return r.step == step.id && r.virus == v.id; });
      if (c == results.steps.end()) {
        row.push_back("n.t.");
        continue;
      }
      any = true;
      std::string cell = estimate_text(c->lrv);
      if (!c->counted) {
        const std::string reason = c->reason.value_or("not counted");
        auto [it, inserted] = mark_of.emplace(reason, footnote_mark(mark_of.size()));
        if (inserted) footnotes.push_back(it->second + " " + not_counted_note(reason));
        cell = fmt::format("({}) {}", cell, it->second);
      }
      row.push_back(cell);
    }
    if (any) {
      t.rows.push_back(row);
      t.emphasis.push_back(false);
    }
  }
  std::vector<std::string> total{"Cumulative (counted steps)"};
  for (const CumulativeResult& c : results.cumulative) total.push_back(estimate_text(c.lrv));
  t.rows.push_back(total);
  t.emphasis.push_back(true);
  footnotes.push_back("n.t.: not tested. Values in parentheses are reported but not counted in the cumulative clearance.");
  return t;
}

Table virus_table(const Study& study) {
  Table t{{"Virus", "Name", "Family", "Genome", "Envelope", "Size (nm)", "Resistance"}, {}, {}, {}};
  t.numeric.assign(t.header.size(), false);
  for (const Virus& v : study.viruses) {
    t.rows.push_back({v.id, v.name.empty() ? "—" : v.name, v.family.empty() ? "—" : v.family,
                      v.genome.empty() ? "—" : v.genome,
                      v.enveloped ? (*v.enveloped ? "enveloped" : "non-enveloped") : "—",
                      v.size_nm ? fmt::format("{:g}–{:g}", (*v.size_nm)[0], (*v.size_nm)[1]) : "—",
                      v.resistance.empty() ? "—" : v.resistance});
    t.emphasis.push_back(false);
  }
  return t;
}

std::vector<std::string> coverage(const Study& study) {
  int enveloped = 0, naked = 0, dna = 0, rna = 0;
  double smallest = INFINITY;
  std::string smallest_id;
  for (const Virus& v : study.viruses) {
    if (v.enveloped) (*v.enveloped ? enveloped : naked)++;
    if (v.genome == "DNA") ++dna;
    if (v.genome == "RNA") ++rna;
    if (v.size_nm && (*v.size_nm)[0] < smallest) smallest = (*v.size_nm)[0], smallest_id = v.id;
  }
  std::vector<std::string> lines = {
      fmt::format("{} model virus{}: {} enveloped, {} non-enveloped; {} DNA, {} RNA.", study.viruses.size(),
                  study.viruses.size() == 1 ? "" : "es", enveloped, naked, dna, rna)};
  if (!smallest_id.empty())
    lines.push_back(fmt::format("The smallest virus of the panel is {} ({:g} nm), the worst case for removal by size.",
                                smallest_id, smallest));
  lines.push_back(enveloped && naked && dna && rna
                      ? "The panel covers enveloped and non-enveloped, DNA and RNA viruses (ICH Q5A(R2) Appendix 2)."
                      : "The panel does not cover enveloped and non-enveloped, DNA and RNA viruses (see the findings).");
  return lines;
}

Table runs_table(const Step& step, const Results& results) {
  const bool inactivation = step.type == StepType::inactivation;
  Table t;
  t.header = {"Run", "Virus", "Method", "Load titer", "Vol. (mL)", "Load", "Hold load",
              inactivation ? "Claim at (min)" : "Output titer", inactivation ? "Titer" : "Vol. (mL)",
              "Output load", "LRV"};
  t.numeric = {false, false, false, true, true, true, true, true, true, true, true};
  for (const RunResult& r : results.runs) {
    if (r.step != step.id) continue;
    std::vector<std::string> row{r.run, r.virus, "", estimate_text(r.load.titer.estimate), volume_text(r.load.volume_ml),
                                 estimate_text(r.load.load), r.hold ? estimate_text(r.hold->load) : "—", "—", "—", "—",
                                 r.computed ? estimate_text(r.lrv) : "not computed"};
    std::string output_method;
    if (r.timecourse_claim) {
      const TimepointResult& p = r.timecourse[*r.timecourse_claim];
      output_method = p.sample.titer.method;
      row[7] = inactivation ? fmt::format("{:g}", p.minutes) : estimate_text(p.sample.titer.estimate);
      row[8] = inactivation ? estimate_text(p.sample.titer.estimate) : volume_text(p.sample.volume_ml);
      row[9] = estimate_text(p.sample.load);
    } else if (r.output) {
      const bool pooled = r.output->fractions.size() > 1;
      if (!pooled) output_method = r.output->fractions.front().titer.method;
      row[7] = pooled ? fmt::format("{} fractions", r.output->fractions.size())
                      : estimate_text(r.output->fractions.front().titer.estimate);
      row[8] = inactivation ? row[7] : volume_text(r.output->volume_ml);
      if (inactivation) row[7] = "—";
      row[9] = estimate_text(r.output->load);
    }
    row[2] = methods_text(r.load.titer.method, output_method);
    t.rows.push_back(row);
    t.emphasis.push_back(false);
    if (r.output && r.output->fractions.size() > 1)
      for (const SampleResult& f : r.output->fractions) {
        t.rows.push_back({"  " + f.name, "", method_name(f.titer.method), "", "", "", "",
                          inactivation ? "—" : estimate_text(f.titer.estimate),
                          inactivation ? estimate_text(f.titer.estimate) : volume_text(f.volume_ml),
                          estimate_text(f.load), ""});
        t.emphasis.push_back(false);
      }
  }
  return t;
}

Table timecourse_table(const Step& step, const Results& results) {
  Table t{{"Run", "Time (min)", "Method", "Titer", "Vol. (mL)", "Load", "LRV", "Claim"}, {}, {}, {}};
  t.numeric = {false, true, false, true, true, true, true, false};
  for (const RunResult& r : results.runs) {
    if (r.step != step.id) continue;
    for (std::size_t i = 0; i < r.timecourse.size(); ++i) {
      const TimepointResult& p = r.timecourse[i];
      t.rows.push_back({i == 0 ? r.run : "", fmt::format("{:g}", p.minutes), method_name(p.sample.titer.method),
                        estimate_text(p.sample.titer.estimate), volume_text(p.sample.volume_ml),
                        estimate_text(p.sample.load), estimate_text(p.lrv),
                        r.timecourse_claim == i ? "run LRV" : ""});
      t.emphasis.push_back(r.timecourse_claim == i);
    }
  }
  return t;
}

Table claims_table(const Study& study, const Step& step, const Results& results) {
  Table t{{"Virus", "Step claim (log10)", "Derived from", "Cumulative total"}, {}, {false, true, false, false}, {}};
  const bool lowest = study.settings.replicate_rule == ReplicateRule::lowest;
  for (const StepResult& c : results.steps) {
    if (c.step != step.id) continue;
    std::string runs;
    for (const std::string& run : c.runs) runs += (runs.empty() ? "" : ", ") + run;
    const std::string derived =
        c.runs.size() == 1 ? fmt::format("the single run {}", runs)
                           : fmt::format("{} of {} runs ({})", lowest ? "lowest" : "mean", c.runs.size(), runs);
    t.rows.push_back({c.virus, estimate_text(c.lrv), derived,
                      c.counted ? "counted" : "not counted: " + readable(c.reason.value_or("—"))});
    t.emphasis.push_back(false);
  }
  return t;
}

StepSection step_section(std::size_t index, const Study& study, const Step& step, const Results& results) {
  StepSection s;
  s.heading = fmt::format("3.{} {} ({})", index + 1, step.name.empty() ? step.id : step.name, step.id);
  s.facts.push_back({"Type", std::string(to_string(step.type))});
  s.facts.push_back({"Mechanism", step.mechanism.empty() ? "—" : step.mechanism});
  if (step.process_minutes)
    s.facts.push_back({"Process time", fmt::format("{:g} min (shortest exposure in manufacturing)", *step.process_minutes)});
  else if (step.type == StepType::inactivation)
    s.facts.push_back({"Process time", "not given: every time point is within the process"});
  s.facts.push_back({"Claimed", step.claim ? "yes" : "no (reported for information)"});
  if (!step.justification.empty()) s.facts.push_back({"Justification", step.justification});
  s.facts.push_back({"Replicate rule", study.settings.replicate_rule == ReplicateRule::lowest
                                           ? "lowest run LRV per virus (most conservative)"
                                           : "mean run LRV per virus, CI √Σci²/m"});
  s.runs = runs_table(step, results);
  s.timecourse = timecourse_table(step, results);
  s.claims = claims_table(study, step, results);

  KineticsPlot plot;
  plot.title = fmt::format("Inactivation kinetics — {}", step.name);
  plot.process_minutes = step.process_minutes;
  for (const RunResult& r : results.runs) {
    if (r.step != step.id || r.timecourse.empty()) continue;
    KineticsSeries series{r.run, {}, r.kinetics};
    for (const TimepointResult& p : r.timecourse)
      series.points.push_back({p.minutes, p.sample.titer.estimate.log10,
                               p.sample.titer.estimate.qualifier == Qualifier::at_most});
    plot.series.push_back(series);
    if (r.kinetics)
      s.fits.push_back(fmt::format("{}: log10 titer = {} {} {}·t; slope {} ± {} log10/min (SE, {} uncensored points)",
                                   r.run, fixed(r.kinetics->intercept), r.kinetics->slope < 0 ? "−" : "+",
                                   fixed(std::fabs(r.kinetics->slope), 3), fixed(r.kinetics->slope, 3),
                                   fixed(r.kinetics->slope_se, 3), r.kinetics->points));
    else
      s.fits.push_back(fmt::format("{}: no fit (fewer than three uncensored points)", r.run));
  }
  if (!plot.series.empty()) s.kinetics = plot;
  return s;
}

std::vector<std::string> margin_lines(const Study& study, const Results& results) {
  if (!study.safety_margin || !results.safety_margin) return {"No safety margin was specified for this study."};
  const SafetyMarginSpec& spec = *study.safety_margin;
  const SafetyMarginResult& m = *results.safety_margin;
  const auto total = std::find_if(results.cumulative.begin(), results.cumulative.end(),
                                  [&](const CumulativeResult& c) { return c.virus == m.virus; });
  if (total == results.cumulative.end())
    return {fmt::format("The safety margin names {}, which has no cumulative clearance in the results.", m.virus)};
  const Estimate& p = m.margin.particles_per_dose;
  const Estimate& lrv = total->lrv;
  std::vector<std::string> lines = {
      "Estimated particles per dose = particles per mL of unprocessed bulk × mL of bulk per dose ÷ 10^(cumulative LRV) "
      "(ICH Q5A(R2) Appendix 5).",
      fmt::format("Virus: {}. Particles in unprocessed bulk: {} per mL; bulk per dose: {:g} mL; cumulative LRV: {} log10.",
                  m.virus, power_of_ten(spec.particles_per_ml), spec.bulk_ml_per_dose, estimate_text(lrv)),
      fmt::format("log10 particles per dose = {} + {} − {} = {}{}", fixed(std::log10(spec.particles_per_ml)),
                  fixed(std::log10(spec.bulk_ml_per_dose)), fixed(lrv.log10), fixed(p.log10),
                  p.qualifier == Qualifier::at_most ? ", an upper bound (≤), since the cumulative LRV is a lower bound."
                                                    : "."),
      fmt::format("Target: at most {} particles per dose (log10 {}). Margin = log10 target − log10 particles per dose = "
                  "{} log10: {}.",
                  power_of_ten(m.target_per_dose), fixed(std::log10(m.target_per_dose)), fixed(m.margin.margin_log10),
                  m.margin.meets_target ? "the target is met" : "the target is NOT met"),
      fmt::format("That is {} one particle in {} doses.", p.qualifier == Qualifier::at_most ? "at most" : "about",
                  power_of_ten(std::pow(10.0, -p.log10)))};
  return lines;
}

// Which starting load each run's LRV uses, as the study file states it.
std::string reference_text(const Study& study) {
  std::string others;
  for (const Step& step : study.steps)
    for (const Run& run : step.runs)
      if (run.reference != Reference::load)
        others += fmt::format("{}{} ({})", others.empty() ? "" : ", ", run.id, to_string(run.reference));
  return others.empty() ? "the spiked load for every run (ICH Q5A(R2): virus detected in the spiked starting material)."
                        : "the spiked load, except " + others + " (hold: the hold control; lower: the lower of the two).";
}

Table findings(const Results& results) {
  Table t{{"Line", "Severity", "Rule", "Finding"}, {}, {true, false, false, false}, {}};
  for (const Diagnostic& d : results.diagnostics) {
    t.rows.push_back({d.where.line > 0 ? std::to_string(d.where.line) : "—", std::string(to_string(d.severity)), d.rule,
                      readable(d.message)});
    t.emphasis.push_back(false);
  }
  return t;
}

}  // namespace

ReportModel build_report_model(const Study& study, const Results& results, const RenderOptions& options) {
  ReportModel m;
  m.title = "Viral clearance study report";
  m.subtitle = study.info.title;
  m.identity = {{"Study", study.info.id},
                {"Title", study.info.title},
                {"Product", study.info.product},
                {"Process", study.info.process.empty() ? "—" : study.info.process},
                {"Sponsor", study.info.sponsor.empty() ? "—" : study.info.sponsor},
                {"Laboratory", study.info.laboratory.empty() ? "—" : study.info.laboratory},
                {"Study date", study.info.date.empty() ? "—" : study.info.date},
                {"Guideline", kGuideline},
                {"Generated by", fmt::format("vclear {} (study format {})", VCLEAR_VERSION, study.format_version)},
                {"Study file", study.file},
                {"SHA-256", options.study_sha256.empty() ? "—" : options.study_sha256}};
  if (!study.info.notes.empty()) m.identity.push_back({"Notes", study.info.notes});
  m.summary = summary_table(study, results, m.footnotes);
  for (const CumulativeResult& c : results.cumulative) {
    ChartBar bar{c.virus, {}, estimate_text(c.lrv)};
    for (const StepResult& s : results.steps)
      if (s.virus == c.virus && s.counted) {
        bar.segments.push_back({s.step, s.lrv.log10});
        if (std::find(m.chart_steps.begin(), m.chart_steps.end(), s.step) == m.chart_steps.end())
          m.chart_steps.push_back(s.step);
      }
    m.chart.push_back(bar);
  }
  m.viruses = virus_table(study);
  m.coverage = coverage(study);
  for (std::size_t i = 0; i < study.steps.size(); ++i) m.steps.push_back(step_section(i, study, study.steps[i], results));
  m.safety_margin = margin_lines(study, results);
  m.findings = findings(results);
  const Settings& s = study.settings;
  m.methods = {
      {"Settings", fmt::format("sk_variance {}; replicate_rule {}; min_countable_lrv {:g}; lod_confidence {:g}.",
                               to_string(s.sk_variance), to_string(s.replicate_rule), s.min_countable_lrv,
                               s.lod_confidence)},
      {"Reference titer", reference_text(study)},
      {"Titer scale", "log10 per mL of the sample as taken; every ± is a two-sided 95 % confidence half-width (z = 1.96)."},
      {"TCID50", fmt::format("Spearman–Kärber, variance with {} (Miller 1973 / Finney; or modified Kärber as in Lei et al. 2021); "
                             "all-negative plates give the Poisson bound over the volume tested, all-positive plates a lower bound.",
                             s.sk_variance == SkVariance::n ? "n" : "n−1")},
      {"Nothing detected", fmt::format("One-sided Poisson bound c ≤ −ln(1 − {:g})/V (ICH Q5A(R2) Appendix; 3/V at 95 %).", s.lod_confidence)},
      {"Plaques", "Pooled Poisson count N/V, SE(log10) = 1/(ln 10·√N); exact Garwood interval."},
      {"Reduction factor", "log10 reference load − log10 output load; 95 % CI √(s² + a²) (ICH Q5A(R2) Appendix 3). "
                           "The reference is the spiked load, the hold control or the lower of the two, as each run states."},
      {"Inactivation", "The latest time point within the process time, or an earlier ≥ point with a larger reduction; "
                       "least-squares kinetics over uncensored points are shown and never change a claim."},
      {"Step claim", fmt::format("The {} of the runs of each step and virus.", s.replicate_rule == ReplicateRule::lowest
                                                                                    ? "lowest (most conservative)"
                                                                                    : "mean, CI √Σci²/m,")},
      {"Counting", fmt::format("A claim counts if claimed, not an upper bound, greater than {:g} log10 and not repeating a "
                               "mechanism already counted with a higher value, unless justified (ICH Q5A(R2)).",
                               s.min_countable_lrv)},
      {"Cumulative", "Sum of counted claims per virus, CI √Σci²; never summed across viruses."}};
  m.abbreviations = kAbbreviations;
  m.references = {
      "ICH Q5A(R2): Viral safety evaluation of biotechnology products derived from cell lines of human or animal origin (2023), Appendices 2, 3 and 5.",
      "Kärber G. Arch Exp Pathol Pharmakol 1931;162:480–483. Spearman C. Br J Psychol 1908;2:227–242.",
      "Miller RG. Jackknifing variances. Ann Stat 1973;1:880–891. Finney DJ. Statistical Method in Biological Assay.",
      "Lei C, Yang J, Hu J, Sun X. On the calculation of TCID50 for quantitation of virus infectivity. Virol Sin 2021;36:141–144.",
      "Reed LJ, Muench H. A simple method of estimating fifty per cent endpoints. Am J Hyg 1938;27:493–497.",
      "Brownie C, et al. Estimating viral titres in solutions with low viral loads. Biologicals 2011;39:224–230.",
      "Garwood F. Fiducial limits for the Poisson distribution. Biometrika 1936;28:437–442."};
  return m;
}

}  // namespace vclear::detail
