// `vclear compute`: the starter study's numbers, derived by hand from domain.md, through the CLI.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;
using nlohmann::json;

namespace {
json find(const json& list, const std::string& key, const std::string& value,
          const std::string& key2 = "", const std::string& value2 = "") {
  for (const json& item : list)
    if (item.at(key) == value && (key2.empty() || item.at(key2) == value2)) return item;
  FAIL("no item with " << key << " = " << value);
  return {};
}

json starter_results() {
  const std::string dir = temp_dir();
  REQUIRE(run_vclear("init -o '" + dir + "/s.yaml'").exit_code == 0);
  const Ran ran = run_vclear("compute '" + dir + "/s.yaml' --format json");
  INFO(ran.err);
  REQUIRE(ran.exit_code == 0);
  return json::parse(ran.out);
}
}  // namespace

TEST_CASE("compute --format json gives the hand-derived LRVs of the starter study", "[cli]") {
  const json r = starter_results();
  CHECK(r.at("vclear") == 1);
  CHECK(r.at("study").at("id") == "STUDY-001");
  CHECK(r.at("settings").at("sk_variance") == "n-1");

  // Load: SK over 8,8,8,8,8,5,1,0 of 8 at -1..-8, 0.1 mL: m = -0.5 - 5.75 → 7.25 log10/mL,
  // ci95 = 1.959964·√((0.625·0.375 + 0.125·0.875)/7) = 0.4343.
  const json x1 = find(r.at("runs"), "run", "AEX-XMuLV-1");
  CHECK_THAT(x1.at("load").at("log10_titer").get<double>(), WithinAbs(7.25, 1e-9));
  CHECK_THAT(x1.at("load").at("ci95").get<double>(), WithinAbs(0.4343306, 1e-6));
  CHECK_THAT(x1.at("load").at("log10_load").get<double>(), WithinAbs(8.948970, 1e-6));
  // Output: plate all negative, so the joint Poisson bound over 10.888 mL (8·0.1·1.11 + 10).
  CHECK(x1.at("output").at("qualifier") == "<=");
  CHECK_THAT(x1.at("output").at("log10_titer").get<double>(), WithinAbs(-0.560448, 1e-5));
  CHECK_THAT(x1.at("lrv").get<double>(), WithinAbs(7.769052, 1e-5));
  CHECK(x1.at("qualifier") == ">=");

  // Reference "lower": the hold control (7.0) is below the load (7.1).
  const json x2 = find(r.at("runs"), "run", "AEX-XMuLV-2");
  CHECK_THAT(x2.at("lrv").get<double>(), WithinAbs(7.482104, 1e-5));
  CHECK(x2.at("hold").at("log10_titer") == 7.0);

  // Plaques: 304 plaques in 0.5·(2·10^-4 + 10^-5) mL; fractions 45·10^2.5 + 10·10^2.2.
  const json m1 = find(r.at("runs"), "run", "AEX-MVM-1");
  CHECK_THAT(m1.at("load").at("log10_titer").get<double>(), WithinAbs(6.461684, 1e-5));
  CHECK_THAT(m1.at("load").at("ci95").get<double>(), WithinAbs(0.048820, 1e-5));
  CHECK_THAT(m1.at("lrv").get<double>(), WithinAbs(3.961581, 1e-5));
  CHECK(m1.at("output").at("fractions").size() == 2);

  // The UV-C time course: the 10 min point below the LOD gives >= 5.0 and >= 5.2.
  const json u1 = find(r.at("runs"), "run", "UVC-XMuLV-1");
  CHECK(u1.at("timecourse").size() == 3);
  CHECK_THAT(u1.at("lrv").get<double>(), WithinAbs(5.0, 1e-9));

  const json aex = find(r.at("steps"), "step", "chromatography", "virus", "X-MuLV");
  CHECK_THAT(aex.at("lrv").get<double>(), WithinAbs(7.482104, 1e-5));  // lowest run
  CHECK(aex.at("counted") == true);
  CHECK(aex.at("reason").is_null());

  const json xmulv = find(r.at("cumulative"), "virus", "X-MuLV");
  CHECK_THAT(xmulv.at("lrv").get<double>(), WithinAbs(12.482104, 1e-5));
  CHECK(xmulv.at("qualifier") == ">=");
  CHECK(xmulv.at("steps") == json({"chromatography", "uvc"}));
  CHECK_THAT(find(r.at("cumulative"), "virus", "MVM").at("lrv").get<double>(), WithinAbs(3.758607, 1e-5));

  const json margin = r.at("safety_margin");
  CHECK_THAT(margin.at("log10_particles_per_dose").get<double>(), WithinAbs(-6.482104, 1e-5));
  CHECK(margin.at("qualifier") == "<=");
  CHECK_THAT(margin.at("margin_log10").get<double>(), WithinAbs(0.482104, 1e-5));
  CHECK(margin.at("meets_target") == true);
}

TEST_CASE("compute prints a readable table by default", "[cli]") {
  const std::string dir = temp_dir();
  REQUIRE(run_vclear("init -o '" + dir + "/s.yaml'").exit_code == 0);
  const Ran ran = run_vclear("compute '" + dir + "/s.yaml'");
  REQUIRE(ran.exit_code == 0);
  CHECK_THAT(ran.out, Contains("Cumulative clearance"));
  CHECK_THAT(ran.out, Contains("≥ 12.48"));
  CHECK_THAT(ran.out, Contains("target met"));
  CHECK(ran.out.find("\x1b[") == std::string::npos);  // no colour when not a terminal
}

TEST_CASE("compute csv has the runs and steps tables", "[cli]") {
  const std::string dir = temp_dir();
  REQUIRE(run_vclear("init -o '" + dir + "/s.yaml'").exit_code == 0);
  const Ran ran = run_vclear("compute '" + dir + "/s.yaml' --format csv");
  REQUIRE(ran.exit_code == 0);
  CHECK_THAT(ran.out, Contains("step,run,virus,load_log10_titer"));
  CHECK_THAT(ran.out, Contains("step,virus,lrv,ci95,qualifier,runs,counted,reason"));
  CHECK_THAT(ran.out, Contains("chromatography,X-MuLV,"));
}

TEST_CASE("compute refuses bad input with the contract's exit codes", "[cli]") {
  CHECK(run_vclear("compute does-not-exist.yaml").exit_code == 2);
  CHECK(run_vclear("compute").exit_code == 2);
  CHECK(run_vclear("compute x.yaml --format nope").exit_code == 2);
  const std::string dir = temp_dir();
  write_text(dir + "/bad.yaml", "vclear: 1\nstudy: [unclosed\n");
  const Ran ran = run_vclear("compute '" + dir + "/bad.yaml'");
  CHECK(ran.exit_code == 1);
  CHECK_THAT(ran.err, Contains("bad.yaml:"));
  CHECK_THAT(ran.err, Contains("error:"));
  CHECK(ran.out.empty());
}

TEST_CASE("the example studies compute", "[cli]") {
  for (const char* study : {"studies/msc-sev-process.yaml", "studies/mab-platform.yaml"}) {
    const Ran ran = run_vclear("compute '" + source_path(study) + "' --format json");
    INFO(study << "\n" << ran.err);
    REQUIRE(ran.exit_code == 0);
    const json r = json::parse(ran.out);
    CHECK(r.at("runs").size() >= 8);
    CHECK(r.at("cumulative").size() >= 4);
    CHECK_FALSE(r.at("safety_margin").is_null());
    CHECK(ran.out.find("NaN") == std::string::npos);
  }
}
