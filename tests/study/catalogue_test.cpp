#include "vclear/study/catalogue.hpp"

#include <catch2/catch.hpp>

using namespace vclear;

TEST_CASE("the catalogue holds the model viruses of domain.md §7", "[study]") {
  CHECK(virus_catalogue().size() == 17);
  const Virus* mvm = catalogue_virus("MVM");
  REQUIRE(mvm);
  CHECK(mvm->family == "Parvoviridae");
  CHECK(mvm->genome == "DNA");
  CHECK(mvm->enveloped == false);
  CHECK((*mvm->size_nm)[0] == 18);
  CHECK(mvm->resistance == "very-high");
  const Virus* xmulv = catalogue_virus("X-MuLV");
  REQUIRE(xmulv);
  CHECK(*xmulv->enveloped);
  CHECK(xmulv->genome == "RNA");
  CHECK(catalogue_virus("mvm") == nullptr);  // ids are exact
}
