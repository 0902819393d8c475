#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;

TEST_CASE("qualify passes and writes its report", "[cli]") {
  const std::string dir = temp_dir();
  const Ran ran = run_vclear("qualify -o '" + dir + "/q.json'");
  INFO(ran.err);
  CHECK(ran.exit_code == 0);
  const nlohmann::json q = nlohmann::json::parse(read_text(dir + "/q.json"));
  CHECK(q.at("pass") == true);
  CHECK(q.at("cases").size() >= 10);
  CHECK(q.at("executable_sha256").get<std::string>().size() == 64);
  REQUIRE(run_vclear("qualify -o '" + dir + "/q.pdf'").exit_code == 0);
  CHECK(read_text(dir + "/q.pdf").rfind("%PDF-", 0) == 0);
  const Ran md = run_vclear("qualify");
  CHECK_THAT(md.out, Contains("Performed by"));
  CHECK_THAT(md.out, Contains("LEI2021-SK-1"));
}

TEST_CASE("a broken expectation makes qualify fail and name the case", "[cli]") {
  const std::string dir = temp_dir();
  const Ran ran = run_vclear("qualify --cases '" + std::string(VCLEAR_TEST_DATA) +
                             "/qualify/broken_expectation.yaml' -o '" + dir + "/q.md'");
  CHECK(ran.exit_code == 1);
  CHECK_THAT(ran.err, Contains("BROKEN-CI-RULE"));
  CHECK_THAT(read_text(dir + "/q.md"), Contains("FAIL"));
}
