#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "commands.hpp"
#include "diagnostic_format.hpp"
#include "vclear/check/check.hpp"

namespace vclear::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool strict = false;
};

struct FileResult {
  std::vector<Diagnostic> diagnostics;
  bool unreadable = false;
  bool done = false;
};

bool is_study_file(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Files as given, directories searched recursively for *.yaml / *.yml (sorted, for determinism).
std::vector<std::string> expand(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      Diagnostic d;
      d.where.file = path;
      d.rule = "io";
      d.message = fmt::format("cannot read {}: {}", path, ec.message());
      problems.push_back(std::move(d));
    }
    for (; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec) && is_study_file(it->path())) found.push_back(it->path().string());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check study files (or directories, recursively *.yaml/*.yml) against the schema and the "
               "ICH Q5A(R2) rules");
  cmd->add_option("paths", o->paths, "Study files or directories")->required();
  cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json", "github", "sarif"}));
  cmd->add_flag("--strict", o->strict, "Fail on warnings too");
  cmd->callback([o, &exit_code] {
    std::vector<Diagnostic> problems;
    const std::vector<std::string> files = expand(o->paths, problems);
    std::vector<FileResult> results(files.size());
    std::mutex mutex;
    std::condition_variable finished;
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
      for (std::size_t i; (i = next++) < files.size();) {
        Analysis a = analyze_file(files[i]);
        std::lock_guard lock(mutex);
        results[i].diagnostics = std::move(a.diagnostics);
        results[i].unreadable = a.status == LoadResult::Status::unreadable;
        results[i].done = true;
        finished.notify_all();
      }
    };
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < std::min<std::size_t>(cores, files.size()); ++t) pool.emplace_back(worker);

    // Stream each file's diagnostics, in input order, as soon as it and all before it are done.
    const bool streaming = o->format == "text" || o->format == "github";
    std::vector<Diagnostic> all = problems;
    if (streaming) std::cout << (o->format == "text" ? format_text(problems) : format_github(problems));
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::unique_lock lock(mutex);
      finished.wait(lock, [&] { return results[i].done; });
      const std::vector<Diagnostic> diagnostics = std::move(results[i].diagnostics);
      lock.unlock();
      if (streaming) std::cout << (o->format == "text" ? format_text(diagnostics) : format_github(diagnostics)) << std::flush;
      all.insert(all.end(), diagnostics.begin(), diagnostics.end());
    }
    for (std::thread& t : pool) t.join();
    if (o->format == "json") std::cout << format_json(all);
    if (o->format == "sarif") std::cout << format_sarif(all);

    std::size_t errors = 0, warnings = 0, notes = 0;
    for (const Diagnostic& d : all)
      (d.severity == Severity::error ? errors : d.severity == Severity::warning ? warnings : notes)++;
    const bool unreadable = !problems.empty() || std::any_of(results.begin(), results.end(), [](const FileResult& r) { return r.unreadable; });
    std::cerr << fmt::format("{} file{} checked: {} error{}, {} warning{}, {} note{}\n", files.size(),
                             files.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                             warnings == 1 ? "" : "s", notes, notes == 1 ? "" : "s");
    if (unreadable) exit_code = 2;
    else if (errors > 0 || (o->strict && warnings > 0)) exit_code = 1;
    else exit_code = 0;
  });
}

}  // namespace vclear::cli
