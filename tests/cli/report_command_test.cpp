// `vclear report`: formats from the extension, and no partial or clobbered file on failure.
#include <filesystem>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;

namespace {
std::string starter(const std::string& dir) {
  REQUIRE(run_vclear("init -o '" + dir + "/s.yaml'").exit_code == 0);
  return dir + "/s.yaml";
}
}  // namespace

TEST_CASE("report picks the format from the extension", "[cli]") {
  const std::string dir = temp_dir();
  const std::string study = starter(dir);
  REQUIRE(run_vclear("report '" + study + "' -o '" + dir + "/r.json'").exit_code == 0);
  CHECK(nlohmann::json::parse(read_text(dir + "/r.json")).at("vclear") == 1);
  REQUIRE(run_vclear("report '" + study + "' -o '" + dir + "/r.csv'").exit_code == 0);
  CHECK_THAT(read_text(dir + "/r.csv"), Contains("step,run,virus"));
  REQUIRE(run_vclear("report '" + study + "' -o '" + dir + "/r.pdf'").exit_code == 0);
  CHECK(read_text(dir + "/r.pdf").rfind("%PDF-", 0) == 0);
  REQUIRE(run_vclear("report '" + study + "' -o - --format md").exit_code == 0);
}

TEST_CASE("report output is byte-identical across runs", "[cli]") {
  const std::string dir = temp_dir();
  const std::string study = starter(dir);
  REQUIRE(run_vclear("report '" + study + "' -o '" + dir + "/a.pdf'").exit_code == 0);
  REQUIRE(run_vclear("report '" + study + "' -o '" + dir + "/b.pdf'").exit_code == 0);
  CHECK(read_text(dir + "/a.pdf") == read_text(dir + "/b.pdf"));
}

TEST_CASE("a broken study leaves no file and never clobbers an existing one", "[cli]") {
  const std::string dir = temp_dir();
  write_text(dir + "/bad.yaml", "vclear: 1\nstudy: {id: x}\n");
  const Ran ran = run_vclear("report '" + dir + "/bad.yaml' -o '" + dir + "/out.pdf'");
  CHECK(ran.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(dir + "/out.pdf"));
  write_text(dir + "/old.pdf", "previous report");
  CHECK(run_vclear("report '" + dir + "/bad.yaml' -o '" + dir + "/old.pdf'").exit_code == 1);
  CHECK(read_text(dir + "/old.pdf") == "previous report");
  // Nothing else (no temporary file) is left in the folder.
  int files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 2);
}

TEST_CASE("report refuses unknown formats and unwritable places with exit 2", "[cli]") {
  const std::string dir = temp_dir();
  const std::string study = starter(dir);
  CHECK(run_vclear("report '" + study + "' -o '" + dir + "/r.docx'").exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir + "/r.docx"));
  CHECK(run_vclear("report '" + study + "' -o '" + dir + "/no/such/dir/r.pdf'").exit_code == 2);
  CHECK(run_vclear("report '" + study + "' -o '" + dir + "'").exit_code == 2);
}
