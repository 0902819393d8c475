#pragma once
// Internal: one report model built from the study and its results; the Markdown, HTML and PDF
// renderers only lay it out. Numbers are formatted here, once.
#include <optional>
#include <string>
#include <vector>

#include "vclear/compute/results.hpp"
#include "vclear/report/render.hpp"
#include "vclear/study/model.hpp"

namespace vclear::detail {

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;  // right-aligned columns
  std::vector<bool> emphasis;  // per row: bold (totals)
};

struct ChartBar {  // one virus: counted steps stacked
  std::string virus;
  std::vector<std::pair<std::string, double>> segments;  // step id, LRV
  std::string total;                                     // "≥ 11.32"
};

struct KineticsPoint {
  double minutes = 0, log10 = 0;
  bool censored = false;  // "<=": drawn open, at the detection limit, with a downward arrow
};

struct KineticsSeries {
  std::string run;
  std::vector<KineticsPoint> points;
  std::optional<KineticsFit> fit;
};

struct KineticsPlot {
  std::string title;
  std::optional<double> process_minutes;
  std::vector<KineticsSeries> series;
};

struct StepSection {
  std::string heading;                 // "3.2 Anion-exchange chromatography (aex)"
  std::vector<std::pair<std::string, std::string>> facts;  // type, mechanism, conditions
  Table runs;                          // one row per run (and per output fraction)
  Table timecourse;                    // inactivation: one row per time point; empty otherwise
  Table claims;                        // per virus: the claim, how it was derived, counted or why not
  std::optional<KineticsPlot> kinetics;
  std::vector<std::string> fits;       // "UVC-PRV-1: log10 titer = 6.82 − 1.250·t; slope … (SE, 3 points)"
};

struct ReportModel {
  std::string title, subtitle;
  std::vector<std::pair<std::string, std::string>> identity;  // study id, product, …, SHA-256
  Table summary;
  std::vector<std::string> footnotes;
  std::vector<ChartBar> chart;
  std::vector<std::string> chart_steps;  // every counted step, for the legend and colours
  Table viruses;
  std::vector<std::string> coverage;
  std::vector<StepSection> steps;
  std::vector<std::string> safety_margin;
  Table findings;
  std::vector<std::pair<std::string, std::string>> methods;
  std::vector<std::string> references;
  std::string abbreviations;  // the method abbreviations the run tables use
};

ReportModel build_report_model(const Study& study, const Results& results, const RenderOptions& options);

}  // namespace vclear::detail
