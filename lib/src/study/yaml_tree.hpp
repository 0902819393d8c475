#pragma once
// Internal: a parsed YAML document as JSON, with the location of every node.
// The one pass over yaml-cpp's tree: refuses duplicate keys, NaN/inf, excessive depth and node
// counts (alias bombs), and records marks so schema errors and the model can point at the file.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "vclear/diagnostic.hpp"
#include "vclear/study/loader.hpp"

namespace vclear::detail {

struct YamlTree {
  nlohmann::json root;
  // JSON pointer (RFC 6901, "" for the root, "/steps/0/runs/1/load") → the value's location.
  std::unordered_map<std::string, Location> value_marks;
  // JSON pointer of a mapping entry → the location of its key (for unknown-key diagnostics).
  std::unordered_map<std::string, Location> key_marks;

  const Location& value_at(const std::string& pointer) const;  // falls back to the nearest parent
  const Location& key_at(const std::string& pointer) const;    // falls back to value_at
};

// Parses `text`; on failure returns nullopt and appends located "yaml" errors.
// Scalars follow the YAML 1.2 core schema: plain true/false → bool, integers and floats → numbers,
// null/~/empty → null, anything quoted → string.
std::optional<YamlTree> parse_yaml_tree(std::string_view text, const std::string& file,
                                        const LoadLimits& limits, std::vector<Diagnostic>& out);

// Validates the tree against the study schema; appends located "schema" errors. True when valid.
bool validate_schema(const YamlTree& tree, const std::string& file, std::vector<Diagnostic>& out);

// Builds the model from a schema-valid tree; appends "ref" errors (unknown or duplicate ids,
// unknown catalogue entries) and returns nullopt if any.
std::optional<Study> build_study(const YamlTree& tree, const std::string& file,
                                 std::vector<Diagnostic>& out);

}  // namespace vclear::detail
