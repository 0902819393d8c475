// `vclear check PATH... [--format text|json|github|sarif] [--strict]` (contract.md §1): the schema and
// the ICH Q5A(R2) rules over study files, checked in parallel and printed in input order.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
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

// One file to check, or a path that could not even be listed (its diagnostic is known up front).
struct Item {
  std::string file;
  std::optional<Diagnostic> problem;
};

// What a worker found for one item; `done` is guarded by the mutex of the run.
struct ItemResult {
  std::vector<Diagnostic> diagnostics;
  bool unreadable = false;
  std::optional<std::string> internal_error;
  bool done = false;
};

bool is_study_file(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

Diagnostic io_problem(const std::string& path, const std::string& why) {
  Diagnostic d;
  d.where.file = path;
  d.rule = "io";
  d.message = fmt::format("cannot read {}: {}", path, why);
  return d;
}

// Files as given (the loader reports one that is missing or unreadable); directories searched
// recursively for *.yaml / *.yml, sorted so the output does not depend on the file system's order.
std::vector<Item> expand(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<Item> items;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      items.push_back({path, std::nullopt});
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_regular_file(type_ec) && is_study_file(it->path())) found.push_back(it->path().string());
    }
    if (ec) items.push_back({path, io_problem(path, ec.message())});
    std::sort(found.begin(), found.end());
    for (std::string& file : found) items.push_back({std::move(file), std::nullopt});
  }
  return items;
}

// Checks every item on `workers` threads pulling indices from one counter; `consume(result)` is
// called on the calling thread for each item in input order, as soon as it and all before it are done.
template <class Consume>
void check_in_parallel(const std::vector<Item>& items, unsigned workers, Consume consume) {
  std::vector<ItemResult> results(items.size());
  std::mutex mutex;
  std::condition_variable finished;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < items.size();) {
      ItemResult r;
      if (items[i].problem) {
        r.diagnostics.push_back(*items[i].problem);
        r.unreadable = true;
      } else {
        try {
          Analysis a = analyze_file(items[i].file);
          r.diagnostics = std::move(a.diagnostics);
          r.unreadable = a.status == LoadResult::Status::unreadable;
        } catch (const std::exception& e) {  // a bug: keep checking the others, exit 3 at the end
          r.internal_error = fmt::format("internal error while checking {}: {}", items[i].file, e.what());
        }
      }
      std::lock_guard lock(mutex);
      results[i] = std::move(r);
      results[i].done = true;
      finished.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::min<std::size_t>(workers, items.size()); ++t) pool.emplace_back(work);
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::unique_lock lock(mutex);
    finished.wait(lock, [&] { return results[i].done; });
    ItemResult r = std::move(results[i]);
    lock.unlock();
    consume(r);
  }
  for (std::thread& t : pool) t.join();
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check study files (or directories, recursively *.yaml/*.yml) against the schema and the "
               "ICH Q5A(R2) rules");
  cmd->add_option("paths", o->paths, "Study files or directories")->required();
  cmd->add_option("--format", o->format, "Output format: text (GCC style), json, github (workflow commands), sarif")
      ->check(CLI::IsMember({"text", "json", "github", "sarif"}))
      ->capture_default_str();
  cmd->add_flag("--strict", o->strict, "Fail (exit 1) on warnings too");
  cmd->callback([o, &exit_code] {
    const std::vector<Item> items = expand(o->paths);
    // text and github stream one file at a time; json and sarif are one document, printed at the end.
    const bool streaming = o->format == "text" || o->format == "github";
    std::vector<Diagnostic> all;
    std::size_t files = 0, errors = 0, warnings = 0, notes = 0;
    bool unreadable = false, internal = false;
    const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
    check_in_parallel(items, workers, [&](const ItemResult& r) {
      if (!r.unreadable) ++files;  // a path that could not be read was not checked
      unreadable = unreadable || r.unreadable;
      if (r.internal_error) {
        internal = true;
        std::cerr << "vclear: " << *r.internal_error << "\n";
      }
      for (const Diagnostic& d : r.diagnostics)
        ++(d.severity == Severity::error ? errors : d.severity == Severity::warning ? warnings : notes);
      if (streaming)
        std::cout << (o->format == "text" ? format_text(r.diagnostics) : format_github(r.diagnostics)) << std::flush;
      else
        all.insert(all.end(), r.diagnostics.begin(), r.diagnostics.end());
    });
    if (o->format == "json") std::cout << format_json(all);
    if (o->format == "sarif") std::cout << format_sarif(all);
    std::cout << std::flush;

    // The summary goes to stderr, so stdout stays one clean document for json and sarif.
    std::cerr << fmt::format("{} checked: {}, {}, {}\n", plural(files, "file"), plural(errors, "error"),
                             plural(warnings, "warning"), plural(notes, "note"));
    if (internal) exit_code = 3;
    else if (unreadable) exit_code = 2;
    else if (errors > 0 || (o->strict && warnings > 0)) exit_code = 1;
    else exit_code = 0;
  });
}

}  // namespace vclear::cli
