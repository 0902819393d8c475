#include <sys/utsname.h>

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <string>

#include <boost/version.hpp>
#include <fmt/format.h>
#include <hpdf_version.h>
#include <nlohmann/json.hpp>

#include "vclear/check/check.hpp"
#include "vclear/qualify/qualify.hpp"
#include "vclear/report/render.hpp"
#include "vclear/study/loader.hpp"
#include "vclear/sha256.hpp"

namespace vclear {
namespace {

std::string operating_system() {
  std::string name = "unknown operating system";
  std::ifstream release("/etc/os-release");
  for (std::string line; std::getline(release, line);)
    if (line.rfind("PRETTY_NAME=", 0) == 0) {
      name = line.substr(12);
      if (name.size() >= 2 && name.front() == '"') name = name.substr(1, name.size() - 2);
    }
  utsname u{};
  if (uname(&u) == 0) name += fmt::format(", {} {} {}", u.sysname, u.release, u.machine);
  return name;
}

// SOURCE_DATE_EPOCH when set (reproducible builds convention), else today's date in UTC.
std::string today() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && value >= 0) now = static_cast<std::time_t>(value);
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

InstallationCheck schema_check() {
  const nlohmann::json schema = nlohmann::json::parse(study_schema_text(), nullptr, false);
  const bool ok = !schema.is_discarded() && schema.contains("properties");
  return {"The study schema is compiled in and parses",
          ok ? fmt::format("{} bytes, draft-07 JSON Schema", study_schema_text().size())
             : "the compiled-in schema does not parse",
          ok};
}

InstallationCheck font_check() {
  std::string missing;
  for (const char* font : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
    const std::string path = std::string(VCLEAR_FONT_DIR) + "/" + font;
    if (!std::filesystem::is_regular_file(path)) missing += (missing.empty() ? "" : ", ") + path;
  }
  return {"The report fonts are installed (fonts-dejavu-core)",
          missing.empty() ? std::string("DejaVu Sans and DejaVu Sans Bold in ") + VCLEAR_FONT_DIR
                          : "missing: " + missing,
          missing.empty()};
}

InstallationCheck writable_check(const std::string& output_dir) {
  std::string probe = (std::filesystem::path(output_dir.empty() ? "." : output_dir) / ".vclear-iq-XXXXXX").string();
  const int fd = mkstemp(probe.data());
  const bool ok = fd >= 0 && ::write(fd, "iq", 2) == 2;
  if (fd >= 0) {
    ::close(fd);
    ::unlink(probe.c_str());
  }
  return {"The output folder is writable", output_dir.empty() ? "." : output_dir, ok};
}

InstallationCheck pdf_check() {
  const std::string study = R"(vclear: 1
study: {id: IQ-PDF, title: Installation check, product: none}
viruses: [{id: V, catalogue: X-MuLV}]
steps:
  - id: step
    name: step
    type: removal
    runs:
      - {id: r, virus: V, load: {volume_ml: 1, titer: {log10: 7, ci95: 0.3}}, output: {volume_ml: 1, titer: {log10_max: 1}}}
)";
  try {
    const Analysis analysis = analyze_text(study, "iq.yaml");
    if (!analysis.study || analysis.has_errors()) return {"A PDF report renders", "the probe study did not load", false};
    const std::string pdf = render_pdf(*analysis.study, analysis.results);
    const bool ok = pdf.rfind("%PDF-", 0) == 0 && pdf.size() > 1000;
    return {"A PDF report renders with embedded fonts", fmt::format("{} bytes", pdf.size()), ok};
  } catch (const std::exception& e) {
    return {"A PDF report renders with embedded fonts", e.what(), false};
  }
}

}  // namespace

std::vector<InstallationCheck> installation_checks(const std::string& output_dir) {
  return {schema_check(), font_check(), writable_check(output_dir), pdf_check()};
}

Qualification describe_installation() {
  Qualification q;
  q.vclear_version = VCLEAR_VERSION;
  q.format_version = std::to_string(VCLEAR_FORMAT_VERSION);
#if defined(__clang__)
  q.compiler = fmt::format("clang {}", __clang_version__);
#else
  q.compiler = fmt::format("g++ {}", __VERSION__);
#endif
  std::string boost = BOOST_LIB_VERSION;
  for (char& c : boost) c = c == '_' ? '.' : c;
  q.libraries = fmt::format("Boost {}, yaml-cpp {}, libharu {}, nlohmann-json {}.{}.{}, fmt {}", boost,
                            VCLEAR_YAML_CPP_VERSION, HPDF_VERSION_TEXT, NLOHMANN_JSON_VERSION_MAJOR,
                            NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH, FMT_VERSION);
  q.operating_system = operating_system();
  q.date = today();
  q.executable_sha256 = sha256_file("/proc/self/exe").value_or("unavailable");
  return q;
}

}  // namespace vclear
