// Q5A(R2) Appendix 2: a panel of model viruses with a range of physico-chemical properties.
#include <fmt/format.h>

#include "check/rules.hpp"

namespace vclear::detail {

void check_virus_panel(const Study& study, Diagnostics& out) {
  const Location& where = study.marks.of("viruses");
  const std::size_t n = study.viruses.size();
  if (n < 3)
    out.push_back({where, Severity::warning, "virus-panel",
                   fmt::format("the panel has {} virus{}; ICH Q5A(R2) Appendix 2 expects at least three model "
                               "viruses of different properties: add viruses", n, n == 1 ? "" : "es")});
  bool enveloped = false, naked = false, dna = false, rna = false;
  std::string unknown;
  for (const Virus& v : study.viruses) {
    if (v.enveloped) (*v.enveloped ? enveloped : naked) = true;
    if (v.genome == "DNA") dna = true;
    if (v.genome == "RNA") rna = true;
    if (!v.enveloped || v.genome.empty()) unknown += (unknown.empty() ? "" : ", ") + v.id;
  }
  const std::string hint = unknown.empty() ? "" : fmt::format(" (envelope or genome unknown for {}: add catalogue: "
                                                              "or enveloped:/genome:)", unknown);
  if (!(enveloped && naked))
    out.push_back({where, Severity::warning, "virus-panel",
                   "the panel lacks " + std::string(enveloped ? "a non-enveloped" : naked ? "an enveloped" : "an enveloped and a non-enveloped") +
                       " virus; ICH Q5A(R2) Appendix 2 expects both" + hint});
  if (!(dna && rna))
    out.push_back({where, Severity::warning, "virus-panel",
                   "the panel lacks " + std::string(dna ? "an RNA" : rna ? "a DNA" : "a DNA and an RNA") +
                       " virus; ICH Q5A(R2) Appendix 2 expects both" + hint});
}

}  // namespace vclear::detail
