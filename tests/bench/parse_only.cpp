// The floor for any checker built on yaml-cpp: read each file, parse it, walk every node.
// Single-threaded, nothing else. Usage: parse_only FILE_OR_DIR...
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace {
// Number of scalars under `node` (keys included): touches every node once.
std::size_t walk(const YAML::Node& node) {
  std::size_t n = node.IsScalar() ? 1 : 0;
  if (node.IsMap())
    for (const auto& entry : node) n += walk(entry.first) + walk(entry.second);
  else if (node.IsSequence())
    for (const auto& item : node) n += walk(item);
  return n;
}
}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::filesystem::is_directory(argv[i])) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(argv[i]))
        if (e.path().extension() == ".yaml") files.push_back(e.path().string());
    } else {
      files.push_back(argv[i]);
    }
  }
  std::size_t scalars = 0;
  for (const std::string& f : files) {
    try {
      scalars += walk(YAML::LoadFile(f));
    } catch (const YAML::Exception& e) {
      std::fprintf(stderr, "%s: %s\n", f.c_str(), e.what());
      return 1;
    }
  }
  std::printf("%zu files, %zu scalars\n", files.size(), scalars);
  return 0;
}
