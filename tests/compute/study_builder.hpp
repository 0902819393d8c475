#pragma once
// Test helper: small studies built in code, with locations that tests can assert on.
#include <string>

#include "vclear/study/model.hpp"

namespace vclear::test {

inline TiterSpec reported(double log10, double ci95, int line = 0) {
  return {ReportedTiter{log10, ci95}, {"t.yaml", line, 7}};
}
inline TiterSpec below(double log10_max, int line = 0) {
  return {ReportedMaximum{log10_max}, {"t.yaml", line, 7}};
}
inline Sample sample(double volume_ml, TiterSpec titer) {
  Sample s;
  s.volume_ml = volume_ml;
  s.titer = std::move(titer);
  return s;
}
inline Output single_output(double volume_ml, TiterSpec titer) {
  Output o;
  o.fractions.push_back(sample(volume_ml, std::move(titer)));
  return o;
}
inline Run simple_run(std::string id, std::string virus, double load_log10, double output_log10,
                      double volume_ml = 50) {
  Run r;
  r.id = std::move(id);
  r.virus = std::move(virus);
  r.load = sample(volume_ml, reported(load_log10, 0.3));
  r.output = single_output(volume_ml, reported(output_log10, 0.4));
  return r;
}
inline Virus virus(std::string id) {
  Virus v;
  v.id = std::move(id);
  return v;
}

}  // namespace vclear::test
