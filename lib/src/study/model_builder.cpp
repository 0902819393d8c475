// A schema-valid YAML tree → the study model, resolving catalogue entries and references.
#include <set>

#include <fmt/format.h>

#include "study/yaml_tree.hpp"
#include "vclear/study/catalogue.hpp"

namespace vclear::detail {
namespace {

using nlohmann::json;

// A value of the tree with its JSON pointer, so every model field can find its location.
class Node {
 public:
  Node(const YamlTree& tree, const json& value, std::string pointer)
      : tree_(&tree), value_(&value), pointer_(std::move(pointer)) {}

  bool has(const char* key) const { return value_->is_object() && value_->contains(key) && !(*value_)[key].is_null(); }
  Node operator[](const char* key) const { return {*tree_, (*value_)[key], pointer_ + "/" + key}; }
  Node operator[](std::size_t i) const { return {*tree_, (*value_)[i], pointer_ + "/" + std::to_string(i)}; }
  std::size_t size() const { return value_->size(); }
  bool is_array() const { return value_->is_array(); }
  bool is_null() const { return value_->is_null(); }

  std::string text() const { return value_->is_string() ? value_->get<std::string>() : value_->dump(); }
  std::string text_or(const char* key, std::string fallback = "") const { return has(key) ? (*this)[key].text() : fallback; }
  double number() const { return value_->get<double>(); }
  int integer() const { return value_->get<int>(); }
  bool boolean() const { return value_->get<bool>(); }
  const Location& where() const { return tree_->value_at(pointer_); }

  Marks marks() const {
    Marks m;
    m.where = where();
    if (value_->is_object())
      for (const auto& item : value_->items()) m.fields.emplace(item.key(), tree_->value_at(pointer_ + "/" + item.key()));
    return m;
  }

 private:
  const YamlTree* tree_;
  const json* value_;
  std::string pointer_;
};

class Builder {
 public:
  Builder(const YamlTree& tree, std::vector<Diagnostic>& out) : tree_(tree), out_(out) {}

  std::optional<Study> build(const std::string& file) {
    const Node root(tree_, tree_.root, "");
    Study study;
    study.file = file;
    study.format_version = root["vclear"].integer();
    study.marks = root.marks();
    info(root["study"], study.info);
    if (root.has("settings")) settings(root["settings"], study.settings);
    for (std::size_t i = 0; i < root["viruses"].size(); ++i) study.viruses.push_back(virus(root["viruses"][i]));
    const Node steps = root["steps"];
    for (std::size_t i = 0; i < steps.size(); ++i) study.steps.push_back(step(steps[i]));
    if (root.has("safety_margin")) study.safety_margin = margin(root["safety_margin"]);
    references(study);
    if (failed_) return std::nullopt;
    return study;
  }

 private:
  void error(const Location& where, const std::string& rule, std::string message) {
    out_.push_back({where, Severity::error, rule, std::move(message)});
    failed_ = true;
  }

  static void info(const Node& n, StudyInfo& info) {
    info.id = n["id"].text();
    info.title = n["title"].text();
    info.product = n["product"].text();
    info.process = n.text_or("process");
    info.sponsor = n.text_or("sponsor");
    info.laboratory = n.text_or("laboratory");
    info.date = n.text_or("date");
    info.notes = n.text_or("notes");
    info.marks = n.marks();
  }

  static void settings(const Node& n, Settings& s) {
    if (n.has("sk_variance")) s.sk_variance = n["sk_variance"].text() == "n" ? SkVariance::n : SkVariance::n_minus_1;
    if (n.has("replicate_rule"))
      s.replicate_rule = n["replicate_rule"].text() == "mean" ? ReplicateRule::mean : ReplicateRule::lowest;
    if (n.has("min_countable_lrv")) s.min_countable_lrv = n["min_countable_lrv"].number();
    if (n.has("lod_confidence")) s.lod_confidence = n["lod_confidence"].number();
    s.marks = n.marks();
  }

  Virus virus(const Node& n) {
    Virus v;
    if (n.has("catalogue")) {
      const std::string id = n["catalogue"].text();
      if (const Virus* entry = catalogue_virus(id)) {
        v = *entry;
      } else {
        std::string known;
        for (const Virus& c : virus_catalogue()) known += (known.empty() ? "" : ", ") + c.id;
        error(n["catalogue"].where(), "ref", fmt::format("unknown catalogue virus '{}'; the catalogue has: {}", id, known));
      }
    }
    v.id = n["id"].text();
    v.name = n.text_or("name", v.name);
    v.family = n.text_or("family", v.family);
    v.genome = n.text_or("genome", v.genome);
    if (n.has("enveloped")) v.enveloped = n["enveloped"].boolean();
    if (n.has("size_nm")) v.size_nm = std::array<double, 2>{n["size_nm"][std::size_t{0}].number(), n["size_nm"][std::size_t{1}].number()};
    v.resistance = n.text_or("resistance", v.resistance);
    v.marks = n.marks();
    return v;
  }

  std::vector<double> numbers(const Node& list) {
    std::vector<double> values;
    for (std::size_t i = 0; i < list.size(); ++i) values.push_back(list[i].number());
    return values;
  }

  TiterSpec titer(const Node& n) {
    TiterSpec spec;
    spec.where = n.where();
    if (n.has("log10")) {
      spec.input = ReportedTiter{n["log10"].number(), n["ci95"].number()};
    } else if (n.has("log10_max")) {
      spec.input = ReportedMaximum{n["log10_max"].number()};
    } else if (n.has("tcid50")) {
      spec.input = quantal(n["tcid50"]);
    } else if (n.has("plaque")) {
      spec.input = plaque(n["plaque"]);
    } else {
      spec.input = large_volume(n["large_volume"]);
    }
    return spec;
  }

  static LargeVolumePlating large_volume(const Node& n) {
    return {n["volume_ml"].number(), n["wells"].integer(), n["positive"].integer()};
  }

  QuantalAssay quantal(const Node& n) {
    QuantalAssay a;
    a.inoculum_ml = n["inoculum_ml"].number();
    a.dilutions = numbers(n["dilutions"]);
    const Node positive = n["positive"];
    for (std::size_t i = 0; i < positive.size(); ++i) a.positive.push_back(positive[i].integer());
    const Node wells = n["wells"];
    if (wells.is_array()) {
      for (std::size_t i = 0; i < wells.size(); ++i) a.wells.push_back(wells[i].integer());
      if (a.wells.size() != a.dilutions.size())
        error(wells.where(), "schema", fmt::format("wells has {} entries but dilutions has {}; give one per "
                                                   "dilution or a single number", a.wells.size(), a.dilutions.size()));
    } else {
      a.wells.assign(a.dilutions.size(), wells.integer());
    }
    if (a.positive.size() != a.dilutions.size())
      error(positive.where(), "schema", fmt::format("positive has {} entries but dilutions has {}; give one "
                                                    "count per dilution", a.positive.size(), a.dilutions.size()));
    const std::string method = n.text_or("method", "spearman-karber");
    a.method = method == "poisson-ml"    ? QuantalMethod::poisson_ml
               : method == "reed-muench" ? QuantalMethod::reed_muench
                                         : QuantalMethod::spearman_karber;
    if (n.has("large_volume")) a.large_volume = large_volume(n["large_volume"]);
    return a;
  }

  PlaqueAssay plaque(const Node& n) {
    PlaqueAssay a;
    a.inoculum_ml = n["inoculum_ml"].number();
    a.dilutions = numbers(n["dilutions"]);
    const Node rows = n["plaques"];
    for (std::size_t i = 0; i < rows.size(); ++i) {
      std::vector<std::optional<double>> plates;
      for (std::size_t j = 0; j < rows[i].size(); ++j)
        plates.push_back(rows[i][j].is_null() ? std::nullopt : std::optional<double>(rows[i][j].number()));
      a.plaques.push_back(std::move(plates));
    }
    if (a.plaques.size() != a.dilutions.size())
      error(rows.where(), "schema", fmt::format("plaques has {} rows but dilutions has {}; give one row of "
                                                "plate counts per dilution", a.plaques.size(), a.dilutions.size()));
    return a;
  }

  Sample sample(const Node& n) {
    Sample s;
    s.name = n.text_or("name");
    s.volume_ml = n["volume_ml"].number();
    s.titer = titer(n["titer"]);
    s.marks = n.marks();
    return s;
  }

  Output output(const Node& n) {
    Output o;
    o.marks = n.marks();
    if (n.has("fractions")) {
      o.fractionated = true;
      const Node fractions = n["fractions"];
      for (std::size_t i = 0; i < fractions.size(); ++i) o.fractions.push_back(sample(fractions[i]));
    } else {
      o.fractions.push_back(sample(n));
    }
    return o;
  }

  Run run(const Node& n) {
    Run r;
    r.id = n["id"].text();
    r.virus = n["virus"].text();
    if (n.has("spike_ml")) r.spike_ml = n["spike_ml"].number();
    const std::string reference = n.text_or("reference", "load");
    r.reference = reference == "hold" ? Reference::hold : reference == "lower" ? Reference::lower : Reference::load;
    r.load = sample(n["load"]);
    if (n.has("hold")) r.hold = sample(n["hold"]);
    if (n.has("output")) r.output = output(n["output"]);
    if (n.has("timecourse")) {
      const Node points = n["timecourse"];
      for (std::size_t i = 0; i < points.size(); ++i) {
        TimePoint p;
        p.minutes = points[i]["minutes"].number();
        p.titer = titer(points[i]["titer"]);
        if (points[i].has("volume_ml")) p.volume_ml = points[i]["volume_ml"].number();
        p.marks = points[i].marks();
        r.timecourse.push_back(std::move(p));
      }
    }
    r.marks = n.marks();
    return r;
  }

  Step step(const Node& n) {
    Step s;
    s.id = n["id"].text();
    s.name = n["name"].text();
    s.type = n["type"].text() == "inactivation" ? StepType::inactivation : StepType::removal;
    s.mechanism = n.text_or("mechanism");
    if (n.has("claim")) s.claim = n["claim"].boolean();
    s.justification = n.text_or("justification");
    if (n.has("process_minutes")) s.process_minutes = n["process_minutes"].number();
    const Node runs = n["runs"];
    for (std::size_t i = 0; i < runs.size(); ++i) s.runs.push_back(run(runs[i]));
    s.marks = n.marks();
    return s;
  }

  static SafetyMarginSpec margin(const Node& n) {
    SafetyMarginSpec m;
    m.virus = n["virus"].text();
    m.particles_per_ml = n["particles_per_ml"].number();
    m.bulk_ml_per_dose = n["bulk_ml_per_dose"].number();
    if (n.has("target_per_dose")) m.target_per_dose = n["target_per_dose"].number();
    m.marks = n.marks();
    return m;
  }

  // Unique ids and known viruses ("ref").
  void references(const Study& study) {
    std::string known;
    std::set<std::string> viruses;
    for (const Virus& v : study.viruses) {
      if (!viruses.insert(v.id).second)
        error(v.marks.of("id"), "ref", fmt::format("duplicate virus id '{}'; each virus is listed once", v.id));
      known += (known.empty() ? "" : ", ") + v.id;
    }
    std::set<std::string> steps;
    for (const Step& s : study.steps) {
      if (!steps.insert(s.id).second)
        error(s.marks.of("id"), "ref", fmt::format("duplicate step id '{}'; step ids must be unique", s.id));
      std::set<std::string> runs;
      for (const Run& r : s.runs) {
        if (!runs.insert(r.id).second)
          error(r.marks.of("id"), "ref", fmt::format("duplicate run id '{}' in step '{}'", r.id, s.id));
        if (!viruses.count(r.virus))
          error(r.marks.of("virus"), "ref", fmt::format("unknown virus '{}'; the study's viruses are: {}", r.virus, known));
      }
    }
    if (study.safety_margin && !viruses.count(study.safety_margin->virus))
      error(study.safety_margin->marks.of("virus"), "ref",
            fmt::format("unknown virus '{}' in safety_margin; the study's viruses are: {}",
                        study.safety_margin->virus, known));
  }

  const YamlTree& tree_;
  std::vector<Diagnostic>& out_;
  bool failed_ = false;
};

}  // namespace

std::optional<Study> build_study(const YamlTree& tree, const std::string& file, std::vector<Diagnostic>& out) {
  try {
    return Builder(tree, out).build(file);
  } catch (const nlohmann::json::exception& e) {
    // Only reachable if the schema and the builder disagree: report it, never crash.
    out.push_back({tree.value_at(""), Severity::error, "schema", fmt::format("unexpected shape: {}", e.what())});
    return std::nullopt;
  }
}

}  // namespace vclear::detail
