// The program itself: version, help and usage errors.
#include <catch2/catch.hpp>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;

TEST_CASE("the version flag prints the program and study format versions", "[cli]") {
  const Ran ran = run_vclear("--version");
  CHECK(ran.exit_code == 0);
  CHECK_THAT(ran.out, Contains("vclear 0."));
  CHECK_THAT(ran.out, Contains("study format 1"));
}

TEST_CASE("usage errors exit 2", "[cli]") {
  CHECK(run_vclear("").exit_code == 2);
  CHECK(run_vclear("frobnicate").exit_code == 2);
  CHECK(run_vclear("compute --no-such-flag x.yaml").exit_code == 2);
}

TEST_CASE("every command has --help", "[cli]") {
  for (const char* cmd : {"compute", "check", "report", "titer", "schema", "init"}) {
    const Ran ran = run_vclear(std::string(cmd) + " --help");
    INFO(cmd);
    CHECK(ran.exit_code == 0);
    CHECK_THAT(ran.out, Contains("Usage"));
  }
}
