#include "vclear/check/check.hpp"

#include <catch2/catch.hpp>

#include "check/check_fixture.hpp"

using namespace vclear;
using namespace vclear::test;

TEST_CASE("a sound study has no warnings and its diagnostics are sorted", "[check]") {
  const Analysis a = analyze_text(base_study(), "t.yaml");
  CHECK_FALSE(a.has_errors());
  CHECK(std::none_of(a.diagnostics.begin(), a.diagnostics.end(), [](const Diagnostic& d) { return d.severity != Severity::note; }));
  const Analysis bad = analyze_text(replaced(replaced(base_study(), "spike_ml: 5", "spike_ml: 50"), "log10: 3.2, ci95: 0.3", "log10: 3.2, ci95: 0.9"), "t.yaml");
  CHECK(std::is_sorted(bad.diagnostics.begin(), bad.diagnostics.end(), [](const Diagnostic& x, const Diagnostic& y) {
    return std::tie(x.where.line, x.where.column) < std::tie(y.where.line, y.where.column);
  }));
  CHECK(bad.results.diagnostics.size() == bad.diagnostics.size());
}

TEST_CASE("calculation errors stop the rules but are reported", "[check]") {
  const Analysis a = analyze_text(replaced(base_study(), "{log10: 7.0, ci95: 0.3}", "{log10_max: 7.0}"), "t.yaml");
  CHECK(a.has_errors());
  CHECK(with_rule(replaced(base_study(), "{log10: 7.0, ci95: 0.3}", "{log10_max: 7.0}"), "censoring").size() == 1);
}
