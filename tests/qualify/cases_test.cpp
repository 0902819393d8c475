#include <catch2/catch.hpp>

#include "vclear/qualify/qualify.hpp"

using namespace vclear;

TEST_CASE("every built-in reference case passes", "[qualify]") {
  const std::vector<QualificationCase> cases = run_qualification_cases(builtin_qualification_cases());
  REQUIRE(cases.size() >= 10);
  for (const QualificationCase& c : cases) {
    INFO(c.id << ": " << c.error);
    for (const CaseCheck& k : c.checks) INFO(k.path << " expected " << k.expected << " computed " << k.computed);
    CHECK(c.error.empty());
    CHECK(c.pass);
    CHECK_FALSE(c.source.empty());
  }
}

TEST_CASE("a wrong expectation fails its case and names the value", "[qualify]") {
  const std::string cases = R"(cases:
  - id: WRONG
    title: wrong on purpose
    source: test
    study: |
      vclear: 1
      study: {id: T, title: t, product: p}
      viruses: [{id: V, catalogue: MVM}]
      steps:
        - id: s
          name: s
          type: removal
          runs:
            - {id: r, virus: V, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10: 3, ci95: 0.4}}}
    checks:
      - {path: /runs/0/lrv, what: LRV, expected: 4.5, tolerance: 0.01}
      - {path: /runs/0/qualifier, what: qualifier, expected: "="}
      - {path: /runs/0/no_such_value, what: missing, expected: 1}
)";
  const std::vector<QualificationCase> result = run_qualification_cases(cases);
  REQUIRE(result.size() == 1);
  CHECK_FALSE(result[0].pass);
  REQUIRE(result[0].checks.size() == 3);
  CHECK_FALSE(result[0].checks[0].pass);
  CHECK(result[0].checks[0].computed == "4");
  CHECK(result[0].checks[1].pass);
  CHECK(result[0].checks[2].computed == "missing");
}

TEST_CASE("a case whose study is invalid reports why", "[qualify]") {
  const std::string cases = R"(cases:
  - id: BAD-STUDY
    title: t
    source: s
    study: "vclear: 1\n"
    checks: [{path: /runs/0/lrv, what: LRV, expected: 1}]
)";
  const std::vector<QualificationCase> result = run_qualification_cases(cases);
  REQUIRE(result.size() == 1);
  CHECK_FALSE(result[0].pass);
  CHECK_FALSE(result[0].error.empty());
}

TEST_CASE("a malformed case file is refused", "[qualify]") {
  CHECK_THROWS(run_qualification_cases("cases: [unclosed"));
  CHECK_THROWS(run_qualification_cases("nothing: here\n"));
  CHECK_THROWS(run_qualification_cases("cases:\n  - {id: X, title: t, source: s, study: 'x'}\n"));
}
