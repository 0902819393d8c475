#include <catch2/catch.hpp>

#include "vclear/study/loader.hpp"

using namespace vclear;

TEST_CASE("every field lands in the model with its location", "[study]") {
  const std::string text = R"(vclear: 1
study: {id: S-1, title: T, product: P, process: DSP, date: 2026-01-02}
settings: {sk_variance: n, replicate_rule: mean, min_countable_lrv: 0.5, lod_confidence: 0.9}
viruses:
  - id: V1
    catalogue: MVM
    name: Renamed
  - {id: V2, genome: RNA, enveloped: true, size_nm: [80, 110], resistance: low}
steps:
  - id: s1
    name: Step one
    type: inactivation
    mechanism: low-ph
    claim: false
    justification: because
    process_minutes: 30
    runs:
      - id: r1
        virus: V1
        spike_ml: 2
        reference: lower
        load: {volume_ml: 40, titer: {log10: 7, ci95: 0.3}}
        hold: {volume_ml: 40, titer: {log10_max: 6}}
        output:
          fractions:
            - {name: a, volume_ml: 1, titer: {large_volume: {volume_ml: 10, wells: 100, positive: 3}}}
            - {name: b, volume_ml: 2, titer: {plaque: {inoculum_ml: 1, dilutions: [-1], plaques: [[3, null]]}}}
        timecourse:
          - {minutes: 0, titer: {tcid50: {inoculum_ml: 0.1, dilutions: [-1, -2], wells: [4, 6], positive: [4, 1], method: poisson-ml}}, volume_ml: 5}
safety_margin: {virus: V2, particles_per_ml: 1.0e6, bulk_ml_per_dose: 10}
)";
  const LoadResult r = load_study_text(text, "m.yaml");
  REQUIRE(r.status == LoadResult::Status::ok);
  const Study& s = *r.study;
  CHECK(s.info.process == "DSP");
  CHECK(s.info.date == "2026-01-02");
  CHECK(s.settings.sk_variance == SkVariance::n);
  CHECK(s.settings.replicate_rule == ReplicateRule::mean);
  CHECK(s.settings.min_countable_lrv == 0.5);
  CHECK(s.settings.lod_confidence == 0.9);
  CHECK(s.viruses[0].name == "Renamed");
  CHECK(s.viruses[0].family == "Parvoviridae");  // from the catalogue
  CHECK(s.viruses[0].enveloped == false);
  CHECK(s.viruses[1].genome == "RNA");
  CHECK((*s.viruses[1].size_nm)[1] == 110);
  const Step& step = s.steps[0];
  CHECK(step.type == StepType::inactivation);
  CHECK_FALSE(step.claim);
  CHECK(step.justification == "because");
  CHECK(*step.process_minutes == 30);
  CHECK(step.marks.of("mechanism").line == 13);
  CHECK(step.marks.of("mechanism").column == 16);
  const Run& run = step.runs[0];
  CHECK(*run.spike_ml == 2);
  CHECK(run.reference == Reference::lower);
  CHECK(run.marks.of("spike_ml").line == 20);
  REQUIRE(run.hold);
  CHECK(std::holds_alternative<ReportedMaximum>(run.hold->titer.input));
  REQUIRE(run.output);
  CHECK(run.output->fractionated);
  REQUIRE(run.output->fractions.size() == 2);
  CHECK(std::get<LargeVolumePlating>(run.output->fractions[0].titer.input).positive == 3);
  const PlaqueAssay& plaque = std::get<PlaqueAssay>(run.output->fractions[1].titer.input);
  CHECK_FALSE(plaque.plaques[0][1].has_value());
  const QuantalAssay& q = std::get<QuantalAssay>(run.timecourse[0].titer.input);
  CHECK(q.method == QuantalMethod::poisson_ml);
  CHECK(q.wells == std::vector<int>{4, 6});
  CHECK(*run.timecourse[0].volume_ml == 5);
  CHECK(run.timecourse[0].titer.where.line == 29);
  REQUIRE(s.safety_margin);
  CHECK(s.safety_margin->target_per_dose == 1e-6);
}

TEST_CASE("a single wells number applies to every dilution", "[study]") {
  const std::string text = R"(vclear: 1
study: {id: S, title: T, product: P}
viruses: [{id: V}]
steps:
  - id: s
    name: s
    type: removal
    runs:
      - id: r
        virus: V
        load: {volume_ml: 1, titer: {tcid50: {inoculum_ml: 0.1, dilutions: [-1, -2, -3], wells: 8, positive: [8, 4, 0]}}}
        output: {volume_ml: 1, titer: {log10: 1, ci95: 0.1}}
)";
  const LoadResult r = load_study_text(text, "w.yaml");
  REQUIRE(r.status == LoadResult::Status::ok);
  CHECK(std::get<QuantalAssay>(r.study->steps[0].runs[0].load.titer.input).wells == std::vector<int>{8, 8, 8});
}
