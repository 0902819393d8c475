#pragma once
// Test helper: a small valid study as text, to be bent by each rule's test.
#include <algorithm>
#include <string>
#include <vector>

#include "vclear/check/check.hpp"

namespace vclear::test {

// Three viruses (enveloped/non-enveloped, DNA/RNA), one removal step with two runs per virus.
inline std::string base_study() {
  return R"(vclear: 1
study: {id: T, title: t, product: p}
viruses:
  - {id: X-MuLV, catalogue: X-MuLV}
  - {id: PRV, catalogue: PRV}
  - {id: MVM, catalogue: MVM}
steps:
  - id: aex
    name: anion exchange
    type: removal
    mechanism: anion-exchange
    runs:
      - id: r1
        virus: X-MuLV
        spike_ml: 5
        load: {volume_ml: 100, titer: {log10: 7.0, ci95: 0.3}}
        output: {volume_ml: 100, titer: {log10: 3.0, ci95: 0.3}}
      - id: r2
        virus: X-MuLV
        load: {volume_ml: 100, titer: {log10: 7.0, ci95: 0.3}}
        output: {volume_ml: 100, titer: {log10: 3.2, ci95: 0.3}}
)";
}

inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

inline std::vector<Diagnostic> with_rule(const std::string& text, const std::string& rule) {
  const Analysis a = analyze_text(text, "t.yaml");
  std::vector<Diagnostic> found;
  std::copy_if(a.diagnostics.begin(), a.diagnostics.end(), std::back_inserter(found),
               [&](const Diagnostic& d) { return d.rule == rule; });
  return found;
}

// The analysis of a study file under tests/data/check/ (one per rule, each triggering only its rule).
inline Analysis analyze_check_data(const std::string& name) {
  return analyze_file(std::string(VCLEAR_TEST_DATA) + "/check/" + name);
}

// The rules a file's diagnostics name, in order (to assert that a file triggers exactly one rule).
inline std::vector<std::string> rules_of(const Analysis& a) {
  std::vector<std::string> rules;
  for (const Diagnostic& d : a.diagnostics) rules.push_back(d.rule);
  return rules;
}

}  // namespace vclear::test
