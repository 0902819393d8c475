#include <catch2/catch.hpp>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;

TEST_CASE("init writes a starter study that passes check --strict", "[cli]") {
  const std::string dir = temp_dir();
  REQUIRE(run_vclear("init -o '" + dir + "/s.yaml'").exit_code == 0);
  const Ran check = run_vclear("check --strict '" + dir + "/s.yaml'");
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  const std::string text = read_text(dir + "/s.yaml");
  for (const char* form : {"log10:", "log10_max:", "tcid50:", "plaque:", "large_volume:", "fractions:",
                           "timecourse:", "safety_margin:", "REPLACE"})
    CHECK_THAT(text, Contains(form));
}

TEST_CASE("init prints to stdout and never overwrites without --force", "[cli]") {
  CHECK_THAT(run_vclear("init").out, Contains("vclear: 1"));
  const std::string dir = temp_dir();
  write_text(dir + "/mine.yaml", "precious");
  CHECK(run_vclear("init -o '" + dir + "/mine.yaml'").exit_code == 2);
  CHECK(read_text(dir + "/mine.yaml") == "precious");
  CHECK(run_vclear("init --force -o '" + dir + "/mine.yaml'").exit_code == 0);
  CHECK_THAT(read_text(dir + "/mine.yaml"), Contains("vclear: 1"));
}
