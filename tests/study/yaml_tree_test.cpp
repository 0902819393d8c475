#include "study/yaml_tree.hpp"

#include <catch2/catch.hpp>

using namespace vclear;
using namespace vclear::detail;

TEST_CASE("plain scalars follow the YAML 1.2 core schema and quoted ones stay text", "[study]") {
  std::vector<Diagnostic> out;
  const auto tree = parse_yaml_tree("a: 12\nb: 1.5e-3\nc: true\nd: ~\ne: '12'\nf: 0x1F\ng: -.5\nh: 1e999999\n", "t.yaml", {}, out);
  REQUIRE_FALSE(tree);  // 1e999999 overflows
  out.clear();
  const auto ok = parse_yaml_tree("a: 12\nb: 1.5e-3\nc: true\nd: ~\ne: '12'\nf: 0x1F\ng: -.5\n", "t.yaml", {}, out);
  REQUIRE(ok);
  CHECK(ok->root["a"].is_number_integer());
  CHECK(ok->root["b"].get<double>() == 1.5e-3);
  CHECK(ok->root["c"].get<bool>());
  CHECK(ok->root["d"].is_null());
  CHECK(ok->root["e"].is_string());
  CHECK(ok->root["f"].is_string());
  CHECK(ok->root["g"].get<double>() == -0.5);
  CHECK(ok->value_at("/g").line == 7);
  CHECK(ok->value_at("/g").column == 4);
  CHECK(ok->key_at("/g").column == 1);
  CHECK(ok->value_at("/no/such").line == 1);  // falls back to the root
}

TEST_CASE("duplicate keys are refused at the second key", "[study]") {
  std::vector<Diagnostic> out;
  CHECK_FALSE(parse_yaml_tree("a: 1\nb:\n  c: 1\n  c: 2\n", "t.yaml", {}, out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].where.line == 4);
  CHECK(out[0].where.column == 3);
  CHECK(out[0].message.find("'c'") != std::string::npos);
}

TEST_CASE("aliases expand within the node limit", "[study]") {
  std::vector<Diagnostic> out;
  const auto tree = parse_yaml_tree("t: &t {log10: 5, ci95: 0.2}\nu: *t\n", "t.yaml", {}, out);
  REQUIRE(tree);
  CHECK(tree->root["u"]["log10"] == 5);
  LoadLimits small;
  small.max_nodes = 4;
  CHECK_FALSE(parse_yaml_tree("t: &t {log10: 5, ci95: 0.2}\nu: *t\n", "t.yaml", small, out));
}
