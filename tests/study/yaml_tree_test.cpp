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

namespace {

// The one diagnostic of a text that must be refused, with its position.
Diagnostic refusal(const std::string& text) {
  std::vector<Diagnostic> out;
  CHECK_FALSE(parse_yaml_tree(text, "t.yaml", {}, out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "yaml");
  CHECK(out[0].severity == Severity::error);
  return out[0];
}

}  // namespace

TEST_CASE("NaN, infinities and overflowing numbers never enter the tree", "[study]") {
  const Diagnostic inf = refusal("a: 1\nb: [1, .inf]\n");
  CHECK(inf.where.line == 2);
  CHECK(inf.where.column == 8);
  CHECK(inf.message.find(".inf") != std::string::npos);
  const Diagnostic minus_inf = refusal("a: 1\nc: -.Inf\n");
  CHECK(minus_inf.where.line == 2);
  CHECK(minus_inf.where.column == 4);
  const Diagnostic nan = refusal("x: .NaN\n");
  CHECK(nan.where.column == 4);
  const Diagnostic overflow = refusal("a:\n  b: 1e400\n");
  CHECK(overflow.where.line == 2);
  CHECK(overflow.where.column == 6);
  CHECK(overflow.message.find("1e400") != std::string::npos);
  std::vector<Diagnostic> out;
  const auto quoted = parse_yaml_tree("a: '.nan'\nb: \"1e400\"\n", "t.yaml", {}, out);
  REQUIRE(quoted);  // quoted, they are only text
  CHECK(quoted->root["a"] == ".nan");
  CHECK(quoted->root["b"] == "1e400");
}

TEST_CASE("yaml-cpp's parser errors are rephrased at their position", "[study]") {
  const Diagnostic tab = refusal("a:\n  b: 1\n\tc: 2\n");
  CHECK(tab.where.line == 3);
  CHECK(tab.where.column == 1);
  CHECK(tab.message.find("tab character in the indentation") != std::string::npos);
  const Diagnostic unclosed = refusal("a: [1, 2\nb: 3\n");
  CHECK(unclosed.where.line == 2);
  CHECK(unclosed.message.find("'[' list is not closed with ']'") != std::string::npos);
  const Diagnostic value = refusal("a: b: c\n");
  CHECK(value.where.column == 5);
  CHECK(value.message.find("unexpected ':'") != std::string::npos);
  const Diagnostic anchor = refusal("a: *nowhere\n");
  CHECK(anchor.where.column == 4);
  CHECK(anchor.message.find("anchor") != std::string::npos);
  const Diagnostic escape = refusal("a: \"C:\\q\"\n");
  CHECK(escape.message.find("unknown escape '\\q'") != std::string::npos);
  for (const Diagnostic& d : {tab, unclosed, value, anchor, escape}) {
    CHECK(d.message.rfind("invalid YAML: ", 0) == 0);
    CHECK(d.message.find("yaml-cpp") == std::string::npos);
  }
}

TEST_CASE("a second document is refused at its marker, the first alone is never enough", "[study]") {
  const Diagnostic two = refusal("a: 1\n---\nb: 2\n");
  CHECK(two.where.line == 2);
  CHECK(two.where.column == 1);
  CHECK(two.message.find("more than one YAML document") != std::string::npos);
  const Diagnostic after_end = refusal("a: 1\n...\nb: 2\n");
  CHECK(after_end.where.line == 3);
  std::vector<Diagnostic> out;
  CHECK(parse_yaml_tree("---\na: 1\n...\n# trailing comment\n", "t.yaml", {}, out));
  CHECK(out.empty());
}

TEST_CASE("nesting on one line is bounded before yaml-cpp recurses", "[study][hostile]") {
  std::string dashes;
  for (int i = 0; i < 100000; ++i) dashes += "- ";
  const Diagnostic d = refusal(dashes + "x\n");
  CHECK(d.where.line == 1);
  CHECK(d.message.find("nesting too deep") != std::string::npos);
}
