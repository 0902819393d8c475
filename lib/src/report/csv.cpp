#include <fmt/format.h>

#include "report/format.hpp"
#include "vclear/report/render.hpp"

namespace vclear {
namespace {

// RFC 4180 quoting: only when needed.
std::string cell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

std::string join(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) line.push_back(',');
    line.append(cell(cells[i]));
  }
  line.push_back('\n');
  return line;
}

void sample_cells(std::vector<std::string>& row, const Estimate* titer, double volume_ml,
                  const Estimate* load) {
  if (!titer) {
    row.insert(row.end(), {"", "", "", "", ""});
    return;
  }
  row.insert(row.end(), {detail::shortest(titer->log10), detail::shortest(titer->ci95),
                         std::string(symbol(titer->qualifier)), detail::shortest(volume_ml),
                         detail::shortest(load->log10)});
}

}  // namespace

std::string render_csv(const Study& study, const Results& results) {
  (void)study;
  std::vector<std::string> header = {"step", "run", "virus"};
  for (const char* part : {"load", "output", "hold"})
    for (const char* field : {"log10_titer", "ci95", "qualifier", "volume_ml", "log10_load"})
      header.push_back(fmt::format("{}_{}", part, field));
  header.insert(header.end(), {"lrv", "ci95", "qualifier"});
  std::string out = join(header);
  for (const RunResult& r : results.runs) {
    std::vector<std::string> row = {r.step, r.run, r.virus};
    sample_cells(row, &r.load.titer.estimate, r.load.volume_ml, &r.load.load);
    if (r.output)
      sample_cells(row, &r.output->titer, r.output->volume_ml, &r.output->load);
    else
      sample_cells(row, nullptr, 0, nullptr);
    if (r.hold)
      sample_cells(row, &r.hold->titer.estimate, r.hold->volume_ml, &r.hold->load);
    else
      sample_cells(row, nullptr, 0, nullptr);
    row.insert(row.end(), {detail::shortest(r.lrv.log10), detail::shortest(r.lrv.ci95),
                           std::string(symbol(r.lrv.qualifier))});
    out += join(row);
  }
  out += "\n" + join({"step", "virus", "lrv", "ci95", "qualifier", "runs", "counted", "reason"});
  for (const StepResult& c : results.steps) {
    std::string runs;
    for (const std::string& r : c.runs) {
      if (!runs.empty()) runs.push_back(';');
      runs.append(r);
    }
    out += join({c.step, c.virus, detail::shortest(c.lrv.log10), detail::shortest(c.lrv.ci95),
                 std::string(symbol(c.lrv.qualifier)), runs, c.counted ? "true" : "false",
                 c.reason.value_or("")});
  }
  return out;
}

}  // namespace vclear
