// Deterministic generator of synthetic, valid vclear studies for the benchmark.
//   generate_studies --files N --out DIR     N studies of about 30 KB (study-0001.yaml, ...)
//   generate_studies --runs R --out FILE     one study with about R runs
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

namespace {

// PCG-style LCG with explicit arithmetic: identical output on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed * 2862933555777941757ULL + 3037000493ULL) {}
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33);
  }
  int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint32_t>(hi - lo + 1)); }
  double uniform(double lo, double hi) { return lo + (hi - lo) * (next() / 2147483648.0); }

 private:
  std::uint64_t state_;
};

const char* kViruses[] = {"X-MuLV", "PRV", "Reo-3", "MVM", "BVDV", "PPV"};

// A well-bracketed, monotone TCID50 plate for a titer near `log10_titer` (8 wells, 0.1 mL).
std::string plate(Random& r, double log10_titer, int dilutions, const std::string& indent) {
  const double endpoint = -(log10_titer - 1);  // log10 dilution of the 50 % endpoint
  const int first = std::min(0, static_cast<int>(std::ceil(endpoint)) + 2);
  std::string d, p;
  for (int i = 0; i < dilutions; ++i) {
    const double x = first - i;
    const double offset = x - endpoint;  // > 0: more concentrated than the endpoint
    int positive = offset > 1 ? 8 : offset < -1 ? 0 : std::clamp(static_cast<int>(std::lround(4 + 4 * offset)), 0, 8);
    if (i == 0) positive = 8;
    if (i == dilutions - 1) positive = 0;
    d += fmt::format("{}{}", i ? ", " : "", x);
    p += fmt::format("{}{}", i ? ", " : "", positive);
  }
  (void)r;
  return fmt::format("{}tcid50:\n{}  inoculum_ml: 0.1\n{}  dilutions: [{}]\n{}  wells: 8\n{}  positive: [{}]\n", indent,
                     indent, indent, d, indent, indent, p);
}

std::string titer(Random& r, double log10_titer, bool may_be_censored, const std::string& indent) {
  const int kind = r.between(0, 9);
  if (kind < 4) return fmt::format("{}{{log10: {:.2f}, ci95: {:.2f}}}\n", indent, log10_titer, r.uniform(0.2, 0.45));
  if (kind < 7) return plate(r, log10_titer, r.between(6, 25), indent);
  if (kind < 8) {
    // Two dilutions a decade apart with about 30-300 plaques on the first, as a lab would count.
    const int top = -static_cast<int>(std::lround(log10_titer - 2));
    auto count = [&](int dilution) { return std::lround(std::pow(10.0, log10_titer + dilution) * r.uniform(0.9, 1.1)); };
    // Draws in statement order: the order of evaluation of function arguments is unspecified.
    const long first_a = count(top), first_b = count(top), second_a = count(top - 1);
    const bool lost_plate = r.between(0, 3) == 0;  // an occasional plate that could not be read
    const std::string second_b = lost_plate ? std::string("null") : std::to_string(count(top - 1));
    return fmt::format("{}plaque:\n{}  inoculum_ml: 1.0\n{}  dilutions: [{}, {}]\n{}  plaques: [[{}, {}], [{}, {}]]\n",
                       indent, indent, indent, top, top - 1, indent, first_a, first_b, second_a, second_b);
  }
  if (may_be_censored) return fmt::format("{}{{log10_max: {:.2f}}}\n", indent, log10_titer);
  return fmt::format("{}{{log10: {:.2f}, ci95: 0.3}}\n", indent, log10_titer);
}

// An output with no virus found: an all-negative serial plate plus large-volume plating of 10 mL.
std::string cleared_output(const std::string& indent) {
  return fmt::format("{0}tcid50:\n{0}  inoculum_ml: 0.1\n{0}  dilutions: [0, -1, -2, -3]\n{0}  wells: 8\n"
                     "{0}  positive: [0, 0, 0, 0]\n{0}  large_volume: {{volume_ml: 10, wells: 100, positive: 0}}\n",
                     indent);
}

std::string sample(Random& r, const char* key, double volume, double log10_titer, bool censored, const std::string& indent) {
  return fmt::format("{}{}:\n{}  volume_ml: {}\n{}  titer:\n{}", indent, key, indent, volume, indent,
                     titer(r, log10_titer, censored, indent + "    "));
}

std::string study(Random& r, int index, int target_runs) {
  const int viruses = 4;
  std::string y = fmt::format("# Synthetic benchmark study {} (generated; not data)\nvclear: 1\nstudy:\n  id: BENCH-{:05}\n"
                              "  title: Synthetic benchmark study {}\n  product: Synthetic product\nviruses:\n",
                              index, index, index);
  for (int v = 0; v < viruses; ++v) y += fmt::format("  - {{id: {0}, catalogue: {0}}}\n", kViruses[v]);
  y += "steps:\n";
  int runs = 0, step = 0;
  const int steps = target_runs > 0 ? std::max(2, target_runs / (viruses * 3)) : r.between(3, 6);
  for (step = 0; step < steps; ++step) {
    const bool inactivation = step % 3 == 2;
    y += fmt::format("  - id: step-{}\n    name: Step {}\n    type: {}\n    mechanism: mechanism-{}\n", step, step,
                     inactivation ? "inactivation" : "removal", step);
    if (inactivation) y += "    process_minutes: 30\n";
    y += "    runs:\n";
    const int per_virus = target_runs > 0 ? 3 : r.between(2, 3);
    for (int v = 0; v < viruses; ++v) {
      // Now and then a removal step clears every run of a virus below detection, so all runs of that
      // step and virus are measured alike and their bounds agree.
      const bool cleared = !inactivation && r.between(0, 5) == 0;
      // A realistic spike (10^6 to 10^8 per mL), the same virus stock for every run of the step.
      const double stock = r.uniform(6.1, 7.9);
      for (int k = 0; k < per_virus; ++k, ++runs) {
        const double load = stock + r.uniform(-0.1, 0.1);
        const double volume = r.between(20, 200);
        y += fmt::format("      - id: run-{}-{}-{}\n        virus: {}\n        spike_ml: {}\n", step, v, k, kViruses[v],
                         volume / 20);
        y += sample(r, "load", volume, load, false, "        ");
        if (k == 0)
          y += fmt::format("        hold: {{volume_ml: {}, titer: {{log10: {:.2f}, ci95: 0.3}}}}\n", volume, load - 0.1);
        if (inactivation) {
          y += "        timecourse:\n";
          const int minutes[] = {0, 5, 15, 30};
          for (int t = 0; t < 4; ++t)
            y += fmt::format("          - minutes: {}\n            titer:\n{}", minutes[t],
                             titer(r, load - 1.0 * t, t == 3, "              "));
        } else if (cleared) {
          y += fmt::format("        output:\n          volume_ml: {}\n          titer:\n{}", volume,
                           cleared_output("            "));
        } else if (k == 1) {
          y += "        output:\n          fractions:\n";
          for (int f = 0; f < 2; ++f)
            y += fmt::format("            - name: fraction-{}\n              volume_ml: {}\n              titer:\n{}", f,
                             volume / 2, titer(r, load - 3.0, f == 1, "                "));
        } else {
          y += sample(r, "output", volume, load - 3.0 - 0.1 * k, true, "        ");
        }
      }
    }
  }
  y += fmt::format("safety_margin: {{virus: X-MuLV, particles_per_ml: 1.0e-3, bulk_ml_per_dose: 1}}\n");
  return y;
}

}  // namespace

int main(int argc, char** argv) {
  int files = 0, runs = 0;
  std::string out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--files") files = std::atoi(argv[i + 1]);
    else if (flag == "--runs") runs = std::atoi(argv[i + 1]);
    else if (flag == "--out") out = argv[i + 1];
  }
  if (out.empty() || (files <= 0 && runs <= 0)) {
    std::fprintf(stderr, "usage: generate_studies (--files N | --runs R) --out PATH\n");
    return 2;
  }
  if (runs > 0) {
    Random r(20261124);
    std::ofstream(out) << study(r, 0, runs);
    return 0;
  }
  std::filesystem::create_directories(out);
  for (int i = 1; i <= files; ++i) {
    Random r(static_cast<std::uint64_t>(i));
    std::ofstream(fmt::format("{}/study-{:04}.yaml", out, i)) << study(r, i, 0);
  }
  return 0;
}
