#include "vclear/study/loader.hpp"

#include <cerrno>
#include <cstring>
#include <exception>
#include <new>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "study/yaml_tree.hpp"

namespace vclear {

namespace {

// No exception leaves the loader: one that gets here is exhausted memory or a bug, and it becomes
// an error on the file, so that `check` goes on with the next file and the CLI exits cleanly.
void add_failure(LoadResult& result, const std::string& file_name, const std::exception_ptr& failure) {
  result.status = LoadResult::Status::invalid;
  result.study.reset();
  Diagnostic d;
  d.where = {file_name, 1, 1};
  try {
    std::rethrow_exception(failure);
  } catch (const std::bad_alloc&) {
    d.rule = "yaml";
    d.message = "not enough memory to load the study";
  } catch (const std::exception& e) {
    d.rule = "internal";
    d.message = fmt::format("internal error while loading the study (please report it): {}", e.what());
  } catch (...) {
    d.rule = "internal";
    d.message = "internal error while loading the study (please report it)";
  }
  result.diagnostics.push_back(std::move(d));
}

}  // namespace

LoadResult load_study_text(std::string_view text, const std::string& file_name, const LoadLimits& limits) {
  LoadResult result;
  result.status = LoadResult::Status::invalid;
  try {
    const auto tree = detail::parse_yaml_tree(text, file_name, limits, result.diagnostics);
    if (!tree || !detail::validate_schema(*tree, file_name, result.diagnostics)) return result;
    result.study = detail::build_study(*tree, file_name, result.diagnostics);
    if (result.study) result.status = LoadResult::Status::ok;
  } catch (...) {
    add_failure(result, file_name, std::current_exception());
  }
  return result;
}

LoadResult load_study_file(const std::string& path, const LoadLimits& limits) {
  LoadResult result;
  auto unreadable = [&](const std::string& why) {
    result.status = LoadResult::Status::unreadable;
    Diagnostic d;
    d.where.file = path;
    d.rule = "io";
    d.message = fmt::format("cannot read {}: {}", path, why);
    result.diagnostics.push_back(std::move(d));
    return result;
  };
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return unreadable("it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return unreadable(std::strerror(errno));
  // Read at most one byte past the limit, so pipes and huge files cost no more than that.
  std::string text;
  char buffer[1 << 16];
  while (text.size() <= limits.max_bytes) {
    in.read(buffer, sizeof buffer);
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) return unreadable("read error");
  if (text.size() > limits.max_bytes) {
    result.status = LoadResult::Status::invalid;
    Diagnostic d;
    d.where = {path, 1, 1};
    d.rule = "yaml";
    d.message = fmt::format("the file is larger than the limit of {} bytes for a study file", limits.max_bytes);
    result.diagnostics.push_back(std::move(d));
    return result;
  }
  return load_study_text(text, path, limits);
}

}  // namespace vclear
