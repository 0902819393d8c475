#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli/run_vclear.hpp"

using namespace vclear::test;
using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;

namespace {
nlohmann::json titer_json(const std::string& args) {
  const Ran ran = run_vclear("titer " + args + " --format json");
  INFO(ran.err);
  REQUIRE(ran.exit_code == 0);
  return nlohmann::json::parse(ran.out);
}
}  // namespace

TEST_CASE("titer tcid50 reproduces Lei et al. 2021 as one JSON object", "[cli][titer]") {
  const nlohmann::json j =
      titer_json("tcid50 --dilutions -5,-6,-7,-8 --wells 5 --positive 5,3,1,0 --inoculum-ml 0.1 --sk-variance n");
  CHECK(j.size() == 7);
  CHECK(j.at("method") == "spearman-karber");
  CHECK(j.at("qualifier") == "=");
  CHECK_THAT(j.at("log10_titer").get<double>(), WithinAbs(7.30, 1e-9));
  CHECK_THAT(j.at("ci_low").get<double>(), WithinAbs(6.7456, 1e-3));   // 5.57×10^6
  CHECK_THAT(j.at("ci_high").get<double>(), WithinAbs(7.8543, 1e-3));  // 7.15×10^7
  CHECK(j.at("warnings").empty());
}

TEST_CASE("titer --dilutions takes a list or a range, with = or a space", "[cli][titer]") {
  const std::string rest = " --wells 8 --positive 8,7,5,3,1 --inoculum-ml 0.1";
  for (const char* dilutions : {"--dilutions -1,-2,-3,-4,-5", "--dilutions=-1,-2,-3,-4,-5", "--dilutions -1:-5",
                                "--dilutions=-1:-5:-1", "--dilutions -1:-5:1"}) {
    INFO(dilutions);
    const nlohmann::json j = titer_json(std::string("tcid50 ") + dilutions + rest);
    CHECK_THAT(j.at("log10_titer").get<double>(), WithinAbs(4.5, 1e-9));
    REQUIRE(j.at("warnings").size() == 1);
    CHECK(j.at("warnings")[0].at("rule") == "sk-bracket-bottom");
  }
  // Half-log steps: 7 dilutions from 10^-1 to 10^-4.
  const nlohmann::json half =
      titer_json("tcid50 --dilutions -1:-4:-0.5 --wells 4 --positive 4,4,3,2,1,0,0 --inoculum-ml 0.1");
  // m = −1 + 0.25 − 0.5·(1 + 1 + 0.75 + 0.5 + 0.25) = −2.5 → 2.5 + 1.
  CHECK_THAT(half.at("log10_titer").get<double>(), WithinAbs(3.5, 1e-9));
}

TEST_CASE("titer methods: poisson-ml, reed-muench, plaque and lvp", "[cli][titer]") {
  const nlohmann::json rm = titer_json(
      "tcid50 --dilutions -5:-8 --wells 5 --positive 5,3,1,0 --inoculum-ml 0.1 --method reed-muench");
  CHECK(rm.at("method") == "reed-muench");
  CHECK_THAT(rm.at("log10_titer").get<double>(), WithinAbs(7.3181818, 1e-6));  // 2.08×10^7
  CHECK(rm.at("ci_low").is_null());
  const nlohmann::json ml =
      titer_json("tcid50 --dilutions -2 --wells 10 --positive 4 --inoculum-ml 0.1 --method poisson-ml");
  CHECK_THAT(ml.at("log10_titer").get<double>(), WithinAbs(2.7082727, 1e-6));  // log10(−ln 0.6/10^-3)
  const nlohmann::json plaque = titer_json("plaque --dilutions -3,-4 --plaques \"112,98;12,null\" --inoculum-ml 1.0");
  CHECK_THAT(plaque.at("log10_titer").get<double>(), WithinAbs(std::log10(222 / 2.1e-3), 1e-9));
  const nlohmann::json empty = titer_json("plaque --dilutions -3,-4 --plaques \"0,0;,0\" --inoculum-ml 1.0");
  CHECK(empty.at("qualifier") == "<=");
  CHECK(empty.at("ci_high").is_null());
  const nlohmann::json lvp = titer_json("lvp --volume-ml 10 --wells 100 --positive 0");
  CHECK(lvp.at("qualifier") == "<=");
  CHECK_THAT(lvp.at("log10_titer").get<double>(), WithinAbs(std::log10(2.9957323 / 10), 1e-6));
  const nlohmann::json lvp99 = titer_json("lvp --volume-ml 10 --wells 100 --positive 0 --lod-confidence 0.99");
  CHECK_THAT(lvp99.at("log10_titer").get<double>(), WithinAbs(std::log10(4.6051702 / 10), 1e-6));
}

TEST_CASE("titer text output shows the estimate, the interval and 10^x per mL", "[cli][titer]") {
  const Ran ran = run_vclear("titer tcid50 --dilutions -5,-6,-7,-8 --wells 5 --positive 5,3,1,0 --inoculum-ml 0.1 "
                             "--sk-variance n");
  REQUIRE(ran.exit_code == 0);
  CHECK_THAT(ran.out, Contains("7.30 ± 0.55"));
  CHECK_THAT(ran.out, Contains("6.75 to 7.85"));
  CHECK_THAT(ran.out, Contains("2.00e+07 per mL"));
  CHECK_THAT(ran.out, Contains("5.57e+06 to 7.15e+07"));
  const Ran bound = run_vclear("titer lvp --volume-ml 10 --wells 100 --positive 0");
  CHECK_THAT(bound.out, Contains("≤ -0.52"));
  CHECK_THAT(bound.out, Contains("≤ 3.00e-01 per mL"));
  const Ran above = run_vclear("titer tcid50 --dilutions -1:-3 --wells 4 --positive 4,4,4 --inoculum-ml 0.1");
  CHECK_THAT(above.out, Contains("≥ 4.50"));
  CHECK_THAT(above.out, Contains("sk-bracket-bottom"));
  const Ran rm = run_vclear("titer tcid50 --dilutions -5:-8 --wells 5 --positive 5,3,1,0 --inoculum-ml 0.1 "
                            "--method reed-muench");
  CHECK_THAT(rm.out, Contains("7.32 per mL (point estimate"));
  CHECK_THAT(rm.out, Contains("2.08e+07 per mL"));
}

TEST_CASE("titer usage errors exit 2 and name the option", "[cli][titer]") {
  const std::string plate = " --wells 8 --positive 8,7,5 --inoculum-ml 0.1";
  for (const auto& [args, option] : std::vector<std::pair<std::string, std::string>>{
           {"tcid50 --dilutions -1,x,-3" + plate, "--dilutions"},
           {"tcid50 --dilutions -1:-4:-2" + plate, "--dilutions"},
           {"tcid50 --dilutions -1:-3:0" + plate, "--dilutions"},
           {"tcid50 --dilutions -1:-3 --wells 8 --positive 8,-7,5 --inoculum-ml 0.1", "--positive"},
           {"tcid50 --dilutions -1:-3 --wells 8.5 --positive 8,7,5 --inoculum-ml 0.1", "--wells"},
           {"tcid50 --dilutions -1:-3" + plate + " --method probit", "--method"},
           {"plaque --dilutions -3 --plaques \"12,a\" --inoculum-ml 1", "--plaques"},
           {"lvp --volume-ml 10 --wells 100 --positive 0 --lod-confidence 1.5", "--lod-confidence"}}) {
    INFO(args);
    const Ran ran = run_vclear("titer " + args);
    CHECK(ran.exit_code == 2);
    CHECK_THAT(ran.err, Contains(option));
    CHECK(ran.out.empty());
  }
}

TEST_CASE("titer calculation errors exit 1 as 'error: message [rule]'", "[cli][titer]") {
  for (const auto& [args, rule] : std::vector<std::pair<std::string, std::string>>{
           {"tcid50 --dilutions -1,-2,-4 --wells 8 --positive 8,7,5 --inoculum-ml 0.1", "[sk-spacing]"},
           {"tcid50 --dilutions -1,-2 --wells 8 --positive 8,9 --inoculum-ml 0.1", "[wells]"},
           {"tcid50 --dilutions -1,-2 --wells 8 --positive 8,7 --inoculum-ml 0", "[volume]"},
           {"tcid50 --dilutions -1,-2 --wells 8,8,8 --positive 8,7 --inoculum-ml 0.1", "[method]"},
           {"tcid50 --dilutions -3 --wells 4 --positive 2 --inoculum-ml 0.1", "[method]"},
           {"lvp --volume-ml 0 --wells 10 --positive 0", "[volume]"}}) {
    INFO(args);
    const Ran ran = run_vclear("titer " + args);
    CHECK(ran.exit_code == 1);
    CHECK(ran.err.rfind("error: ", 0) == 0);
    CHECK_THAT(ran.err, Contains(rule));
    CHECK(ran.out.empty());
  }
}
