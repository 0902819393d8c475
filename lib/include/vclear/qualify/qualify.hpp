#pragma once
// Operational qualification (GAMP 5 practice): reference cases with published or hand-derivable
// answers, run through the ordinary study pipeline (load → compute → JSON results), plus
// installation checks. Every case is data, never a code path special to qualification.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vclear {

struct CaseCheck {
  std::string path;      // JSON pointer into the study's JSON results (contract.md §4)
  std::string what;      // what the number is, in words
  std::string expected;  // as written in the case: a number or a text
  double tolerance = 0;  // absolute, for numbers
  std::string computed;  // what vclear produced ("missing" when absent)
  bool pass = false;
};

struct QualificationCase {
  std::string id, title, source;  // source: publication, table or guideline appendix
  std::string inputs;             // the study text the case runs
  std::vector<CaseCheck> checks;
  std::string error;              // why the case could not run, if it could not
  bool pass = false;
};

struct InstallationCheck {
  std::string what;
  std::string detail;
  bool pass = false;
};

struct Qualification {
  std::string vclear_version, format_version, compiler, libraries, operating_system, date;
  std::string executable_sha256;
  std::vector<InstallationCheck> installation;
  std::vector<QualificationCase> cases;
  bool pass = false;  // every case and every installation check passed
};

// The built-in reference cases (a YAML file compiled into the program).
std::string_view builtin_qualification_cases();

// Runs the cases of `cases_yaml`; throws std::runtime_error when the case file itself is malformed.
std::vector<QualificationCase> run_qualification_cases(std::string_view cases_yaml);

// The installation checks (IQ): the schema and fonts are found, `output_dir` is writable, and a
// one-page PDF renders.
std::vector<InstallationCheck> installation_checks(const std::string& output_dir);

// The build and platform facts recorded in the report (versions, OS, date, executable digest).
Qualification describe_installation();

// The qualification report as Markdown, JSON or PDF (bytes).
std::string render_qualification_markdown(const Qualification& q);
std::string render_qualification_json(const Qualification& q);
std::string render_qualification_pdf(const Qualification& q);

}  // namespace vclear
