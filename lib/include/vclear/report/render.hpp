#pragma once
// Renderers: they read the model and the results, never recompute a number, never parse YAML.
#include <string>

#include "vclear/compute/results.hpp"
#include "vclear/study/model.hpp"

namespace vclear {

struct RenderOptions {
  bool color = false;        // ANSI colour in the table (a TTY without NO_COLOR)
  std::string study_sha256;  // hex digest of the study file, for traceability in reports
};

std::string render_table(const Study& study, const Results& results, const RenderOptions& options = {});
std::string render_json(const Study& study, const Results& results);  // contract.md §4
std::string render_csv(const Study& study, const Results& results);   // the runs and steps tables
std::string render_markdown(const Study& study, const Results& results, const RenderOptions& options = {});
std::string render_html(const Study& study, const Results& results, const RenderOptions& options = {});
std::string render_pdf(const Study& study, const Results& results, const RenderOptions& options = {});  // bytes

}  // namespace vclear
