#include <algorithm>

#include <fmt/format.h>

#include "report/format.hpp"
#include "report/text_table.hpp"
#include "vclear/report/render.hpp"

namespace vclear {
namespace {

using detail::estimate_text;
using detail::fixed;
using detail::TextTable;

struct Style {
  bool color;
  std::string bold(const std::string& s) const { return color ? "\x1b[1m" + s + "\x1b[0m" : s; }
  std::string dim(const std::string& s) const { return color ? "\x1b[2m" + s + "\x1b[0m" : s; }
  std::string good(const std::string& s) const { return color ? "\x1b[32m" + s + "\x1b[0m" : s; }
  std::string bad(const std::string& s) const { return color ? "\x1b[31m" + s + "\x1b[0m" : s; }
};

std::string sample_cells(const SampleResult& s) {
  return fmt::format("{} × {} mL", estimate_text(s.titer.estimate), detail::shortest(s.volume_ml));
}

std::string runs_section(const Results& results) {
  TextTable table({"step", "run", "virus", "load titer × volume", "output titer × volume",
                   "ref. load", "output load", "LRV"},
                  {false, false, false, false, false, true, true, true});
  for (const RunResult& r : results.runs) {
    std::string output = "—", output_load = "—";
    if (r.output) {
      output = r.output->fractions.size() == 1 && r.output->fractions.front().name.empty()
                   ? sample_cells(r.output->fractions.front())
                   : fmt::format("{} fractions, {} mL", r.output->fractions.size(),
                                 detail::shortest(r.output->volume_ml));
      output_load = estimate_text(r.output->load);
    }
    if (r.timecourse_claim) {
      const TimepointResult& p = r.timecourse[*r.timecourse_claim];
      output = fmt::format("{} min: {}", detail::shortest(p.minutes), sample_cells(p.sample));
      output_load = estimate_text(p.sample.load);
    }
    table.add_row({r.step, r.run, r.virus, sample_cells(r.load), output,
                   estimate_text(r.reference), output_load, estimate_text(r.lrv)});
  }
  return table.render();
}

std::string claims_section(const Results& results) {
  TextTable table({"step", "virus", "claim (LRV ± 95% CI)", "runs", "counted"},
                  {false, false, true, false, false});
  for (const StepResult& c : results.steps) {
    std::string runs;
    for (const std::string& r : c.runs) runs += (runs.empty() ? "" : ", ") + r;
    table.add_row({c.step, c.virus, estimate_text(c.lrv), runs,
                   c.counted ? "yes" : "no: " + c.reason.value_or("")});
  }
  return table.render();
}

std::string cumulative_section(const Results& results) {
  TextTable table({"virus", "cumulative LRV", "counted steps"}, {false, true, false});
  for (const CumulativeResult& c : results.cumulative) {
    std::string steps;
    for (const std::string& s : c.steps) steps += (steps.empty() ? "" : " + ") + s;
    table.add_row({c.virus, estimate_text(c.lrv), steps.empty() ? "none" : steps});
  }
  return table.render();
}

std::string margin_section(const Study& study, const Results& results, const Style& style) {
  if (!results.safety_margin || !study.safety_margin) return "  none specified\n";
  const SafetyMarginResult& m = *results.safety_margin;
  const SafetyMarginSpec& spec = *study.safety_margin;
  const std::string verdict = m.margin.meets_target ? style.good("target met") : style.bad("TARGET NOT MET");
  return fmt::format(
      "  {}: {} particles/mL × {} mL/dose, cumulative LRV {}\n"
      "  log10 particles per dose {}   target {} per dose   margin {} log10: {}\n",
      m.virus, spec.particles_per_ml, spec.bulk_ml_per_dose,
      estimate_text(std::find_if(results.cumulative.begin(), results.cumulative.end(),
                                 [&](const CumulativeResult& c) { return c.virus == m.virus; })
                        ->lrv),
      estimate_text(m.margin.particles_per_dose), m.target_per_dose, fixed(m.margin.margin_log10),
      verdict);
}

}  // namespace

std::string render_table(const Study& study, const Results& results, const RenderOptions& options) {
  const Style style{options.color};
  std::string out = style.bold(fmt::format("{} — {}", study.info.id, study.info.title)) + "\n";
  out += fmt::format("Product: {}{}\n", study.info.product,
                     study.info.process.empty() ? "" : "   Process: " + study.info.process);
  out += style.dim(fmt::format("All values log10; ± is the 95 % CI half-width; SK variance {}, "
                               "replicate rule {}, counted if > {} log10",
                               to_string(study.settings.sk_variance),
                               to_string(study.settings.replicate_rule),
                               fixed(study.settings.min_countable_lrv, 1))) + "\n\n";
  out += style.bold("Runs") + "\n" + runs_section(results) + "\n";
  out += style.bold("Step claims") + "\n" + claims_section(results) + "\n";
  out += style.bold("Cumulative clearance") + "\n" + cumulative_section(results) + "\n";
  out += style.bold("Safety margin") + "\n" + margin_section(study, results, style);
  return out;
}

}  // namespace vclear
