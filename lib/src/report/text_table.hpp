#pragma once
// Internal: an aligned plain-text table for terminals (UTF-8 aware column widths).
#include <string>
#include <vector>

namespace vclear::detail {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header, std::vector<bool> right_aligned = {});
  void add_row(std::vector<std::string> cells);
  std::string render(const std::string& indent = "  ") const;

 private:
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> right_;
};

}  // namespace vclear::detail
