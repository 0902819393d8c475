#include <filesystem>

#include <catch2/catch.hpp>

#include "vclear/qualify/qualify.hpp"

using namespace vclear;

TEST_CASE("the installation checks pass in the build tree", "[qualify]") {
  for (const InstallationCheck& c : installation_checks(std::filesystem::temp_directory_path().string())) {
    INFO(c.what << ": " << c.detail);
    CHECK(c.pass);
  }
}

TEST_CASE("an unwritable output folder fails its installation check", "[qualify]") {
  const auto checks = installation_checks("/nonexistent-folder/for-vclear");
  CHECK_FALSE(checks.at(2).pass);
}

TEST_CASE("the installation is described for the report", "[qualify]") {
  const Qualification q = describe_installation();
  CHECK(q.vclear_version == VCLEAR_VERSION_FOR_TESTS);
  CHECK(q.format_version == "1");
  CHECK(q.libraries.find("Boost 1.") != std::string::npos);
  CHECK(q.libraries.find("yaml-cpp 0.") != std::string::npos);
  CHECK(q.executable_sha256.size() == 64);
  CHECK(q.date.size() == 10);
}
