// Model viruses of ICH Q5A(R2) Table A-1 and common additions (domain.md §7).
#include "vclear/study/catalogue.hpp"

#include <algorithm>
#include <vector>

namespace vclear {
namespace {

Virus entry(const char* id, const char* name, const char* family, const char* genome, bool enveloped,
            double size_min, double size_max, const char* resistance) {
  Virus v;
  v.id = id;
  v.catalogue = id;
  v.name = name;
  v.family = family;
  v.genome = genome;
  v.enveloped = enveloped;
  v.size_nm = std::array<double, 2>{size_min, size_max};
  v.resistance = resistance;
  return v;
}

const std::vector<Virus>& table() {
  static const std::vector<Virus> viruses = {
      entry("X-MuLV", "Xenotropic murine leukemia virus", "Retroviridae", "RNA", true, 80, 110, "low"),
      entry("PRV", "Pseudorabies virus", "Herpesviridae", "DNA", true, 120, 200, "medium"),
      entry("HSV-1", "Herpes simplex virus 1", "Herpesviridae", "DNA", true, 150, 200, "medium"),
      entry("BVDV", "Bovine viral diarrhea virus", "Flaviviridae", "RNA", true, 50, 70, "low"),
      entry("SINV", "Sindbis virus", "Togaviridae", "RNA", true, 60, 70, "low"),
      entry("VSV", "Vesicular stomatitis virus", "Rhabdoviridae", "RNA", true, 70, 150, "low"),
      entry("PI3", "Parainfluenza virus 3", "Paramyxoviridae", "RNA", true, 100, 200, "low"),
      entry("HIV-1", "Human immunodeficiency virus 1", "Retroviridae", "RNA", true, 80, 120, "low"),
      entry("Reo-3", "Reovirus type 3", "Reoviridae", "RNA", false, 60, 80, "medium"),
      entry("EMCV", "Encephalomyocarditis virus", "Picornaviridae", "RNA", false, 25, 30, "medium"),
      entry("PV-1", "Poliovirus Sabin 1", "Picornaviridae", "RNA", false, 25, 30, "medium"),
      entry("HAV", "Hepatitis A virus", "Picornaviridae", "RNA", false, 27, 32, "high"),
      entry("Ad5", "Human adenovirus 5", "Adenoviridae", "DNA", false, 70, 90, "medium"),
      entry("SV40", "Simian virus 40", "Polyomaviridae", "DNA", false, 40, 50, "very-high"),
      entry("MVM", "Minute virus of mice", "Parvoviridae", "DNA", false, 18, 26, "very-high"),
      entry("PPV", "Porcine parvovirus", "Parvoviridae", "DNA", false, 18, 24, "very-high"),
      entry("PCV", "Porcine circovirus", "Circoviridae", "DNA", false, 17, 20, "very-high"),
  };
  return viruses;
}

}  // namespace

const Virus* catalogue_virus(std::string_view id) {
  const auto& t = table();
  const auto it = std::find_if(t.begin(), t.end(), [&](const Virus& v) { return v.id == id; });
  return it == t.end() ? nullptr : &*it;
}

std::span<const Virus> virus_catalogue() { return table(); }

}  // namespace vclear
