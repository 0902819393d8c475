// The loader refuses every kind of broken or hostile input with a located error, quickly.
#include "vclear/study/loader.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "vclear/check/check.hpp"

using namespace vclear;

namespace {

const Diagnostic* first_error(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::error) return &d;
  return nullptr;
}

template <class F>
double seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("every file of the bad-input corpus gets its located error", "[study][corpus]") {
  const std::string dir = std::string(VCLEAR_TEST_DATA) + "/bad/";
  std::ifstream index(dir + "expected.txt");
  std::string line;
  int cases = 0;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string file, rule;
    int row = 0, column = 0;
    fields >> file >> row >> column >> rule;
    const Analysis a = analyze_file(dir + file);
    INFO(file);
    CHECK(a.has_errors());
    const Diagnostic* e = first_error(a.diagnostics);
    REQUIRE(e != nullptr);
    CHECK(e->rule == rule);
    CHECK(e->where.line == row);
    CHECK(e->where.column == column);
    CHECK(e->where.file == dir + file);
    CHECK(e->message.size() > 20);
    ++cases;
  }
  CHECK(cases >= 43);
}

TEST_CASE("200,000 nested brackets are refused without overflowing the stack", "[study][hostile]") {
  const std::string text = "vclear: " + std::string(200000, '[') + std::string(200000, ']') + "\n";
  LoadResult r;
  CHECK(seconds([&] { r = load_study_text(text, "deep.yaml"); }) < 2.0);
  REQUIRE(first_error(r.diagnostics));
  CHECK(first_error(r.diagnostics)->rule == "yaml");
  CHECK(first_error(r.diagnostics)->message.find("64") != std::string::npos);
  CHECK(first_error(r.diagnostics)->where.line == 1);
  CHECK(first_error(r.diagnostics)->where.column == 9 + 64);  // the 65th '['
}

TEST_CASE("deep block nesting is refused", "[study][hostile]") {
  std::string text = "vclear: 1\nstudy:\n";
  for (int i = 1; i < 3000; ++i) text += std::string(static_cast<std::size_t>(2 * i), ' ') + "a:\n";
  LoadResult r;
  CHECK(seconds([&] { r = load_study_text(text, "deep.yaml"); }) < 2.0);
  REQUIRE(first_error(r.diagnostics));
  CHECK(first_error(r.diagnostics)->rule == "yaml");
  CHECK(first_error(r.diagnostics)->message.find("nesting too deep") != std::string::npos);
  // Line 515 is the first indented past 64 levels of 16 columns.
  CHECK(first_error(r.diagnostics)->where.line == 515);
  CHECK(first_error(r.diagnostics)->where.column == 1027);
  // Within the pre-scan's bound, the conversion still stops at 64 levels.
  std::string moderate = "vclear: 1\nstudy:\n";
  for (int i = 1; i < 100; ++i) moderate += std::string(static_cast<std::size_t>(2 * i), ' ') + "a:\n";
  const LoadResult m = load_study_text(moderate, "deep.yaml");
  REQUIRE(first_error(m.diagnostics));
  CHECK(first_error(m.diagnostics)->rule == "yaml");
  CHECK(first_error(m.diagnostics)->message.find("more than 64 levels") != std::string::npos);
  CHECK(first_error(m.diagnostics)->where.line == 67);  // the mapping at level 65
}

TEST_CASE("a billion-laughs alias bomb is refused quickly", "[study][hostile]") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 9; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  LoadResult r;
  CHECK(seconds([&] { r = load_study_text(text, "bomb.yaml"); }) < 3.0);
  REQUIRE(first_error(r.diagnostics));
  CHECK(first_error(r.diagnostics)->rule == "yaml");
  CHECK(first_error(r.diagnostics)->message.find("1000000") != std::string::npos);
  CHECK(first_error(r.diagnostics)->where.line == 6);  // a5 is the first list past a million values
  CHECK(first_error(r.diagnostics)->where.column == 5);
}

TEST_CASE("a 60 MB file is refused by the size limit", "[study][hostile]") {
  const std::string path = (std::filesystem::temp_directory_path() / "vclear-huge-test.yaml").string();
  {
    std::ofstream out(path, std::ios::binary);
    const std::string line = "# " + std::string(98, 'x') + "\n";
    for (int i = 0; i < 600000; ++i) out << line;
  }
  LoadResult r;
  CHECK(seconds([&] { r = load_study_file(path); }) < 2.0);
  std::filesystem::remove(path);
  REQUIRE(first_error(r.diagnostics));
  CHECK(first_error(r.diagnostics)->rule == "yaml");
  CHECK(first_error(r.diagnostics)->where.line == 1);
  CHECK(first_error(r.diagnostics)->where.column == 1);
  CHECK(first_error(r.diagnostics)->message.find("16777216") != std::string::npos);
}

TEST_CASE("binary junk, NUL bytes and invalid UTF-8 are refused at their position", "[study][hostile]") {
  const LoadResult nul = load_study_text(std::string("vclear: 1\nstu\0dy: x\n", 20), "nul.yaml");
  REQUIRE(first_error(nul.diagnostics));
  CHECK(first_error(nul.diagnostics)->rule == "yaml");
  CHECK(first_error(nul.diagnostics)->where.line == 2);
  CHECK(first_error(nul.diagnostics)->where.column == 4);
  const LoadResult utf = load_study_text("vclear: 1\ntitle: \xff\xfe\n", "utf.yaml");
  REQUIRE(first_error(utf.diagnostics));
  CHECK(first_error(utf.diagnostics)->where.line == 2);
  CHECK(first_error(utf.diagnostics)->where.column == 8);
  CHECK(first_error(utf.diagnostics)->message.find("UTF-8") != std::string::npos);
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) % 256);
  LoadResult j;
  CHECK(seconds([&] { j = load_study_text(junk, "junk.bin"); }) < 1.0);
  REQUIRE(first_error(j.diagnostics));
  CHECK(first_error(j.diagnostics)->rule == "yaml");
  CHECK(first_error(j.diagnostics)->where.line == 1);
  CHECK(first_error(j.diagnostics)->where.column == 1);  // the junk starts with a NUL byte
}

TEST_CASE("an unreadable path is reported as such", "[study]") {
  const LoadResult missing = load_study_file("no/such/file.yaml");
  CHECK(missing.status == LoadResult::Status::unreadable);
  CHECK(first_error(missing.diagnostics)->rule == "io");
  CHECK(first_error(missing.diagnostics)->message.find("no/such/file.yaml") != std::string::npos);
  CHECK_FALSE(missing.study);
  const LoadResult dir = load_study_file(std::filesystem::temp_directory_path().string());
  CHECK(dir.status == LoadResult::Status::unreadable);
}

TEST_CASE("the example studies load and keep every location", "[study]") {
  for (const char* name : {"msc-sev-process.yaml", "mab-platform.yaml"}) {
    const LoadResult r = load_study_file(std::string(VCLEAR_SOURCE_DIR) + "/studies/" + name);
    INFO(name);
    REQUIRE(r.status == LoadResult::Status::ok);
    const Study& s = *r.study;
    CHECK(s.viruses.size() == 4);
    CHECK(s.steps.size() >= 4);
    for (const Step& step : s.steps) {
      CHECK(step.marks.where.line > 0);
      for (const Run& run : step.runs) {
        CHECK(run.marks.of("virus").line > 0);
        CHECK(run.load.titer.where.line > 0);
      }
    }
  }
}
