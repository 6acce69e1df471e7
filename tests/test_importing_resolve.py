"""One organisation however it is spelled; places are not organisations."""

from newsroom.importing.organisations import explain_acronym, find_organisations
from newsroom.importing.resolve import Entry, PartnerIndex, derived_acronyms


def test_word_order_typos_and_acronyms_find_the_same_partner():
    index = PartnerIndex()
    idx = index.add(
        Entry(name="Asian Institute of Technology Belt and Road Research Center", acronym="BRRC")
    )
    assert index.find("Belt and Road Research Center of the Asian Institute of Technology") == idx
    assert index.find("Asian Institute of Technology Beld and Road Research Center") == idx
    assert index.find("BRRC") == idx
    assert index.find("Asian Institute of Technology") is None


def test_different_organisations_sharing_words_stay_apart():
    index = PartnerIndex()
    index.add(Entry(name="Chongqing Science and Technology Association"))
    assert index.find("China Association for Science and Technology") is None


def test_acronyms_are_explained_and_derived():
    assert (
        explain_acronym("IRENA", ["China", "International", "Renewable", "Energy", "Agency"]) == 1
    )
    assert "BRRC" in derived_acronyms("Asian Institute of Technology Belt and Road Research Center")


def test_names_acronyms_and_what_is_not_an_organisation():
    mentions, acronyms = find_organisations(
        "Experts from Serbia and the Belt and Road region met the Chongqing Renewable Energy "
        "Society (CRES) in Thailand; CRES signed with UNDP on EV standards."
    )
    names = {m.name for m in mentions if not m.weak}
    assert names == {"Chongqing Renewable Energy Society"}
    assert [m.acronym for m in mentions if not m.weak] == ["CRES"]
    assert {a.text for a in acronyms} == {"CRES", "UNDP"}


def test_sub_unit_of_a_parent_yields_both_and_titles_are_cut_off():
    mentions, _ = find_organisations(
        "Wang, associate professor of the School of Future Technology of Sichuan University, "
        "and Ma, Director of International Department of Example Energy Society, spoke."
    )
    names = {m.name for m in mentions}
    assert "Sichuan University" in names
    assert "Example Energy Society" in names
    assert not any(n.startswith(("Director", "International Department")) for n in names)


def test_spellings_of_the_same_name_find_the_partner_in_the_database():
    index = PartnerIndex()
    energy = index.add(Entry(name="International Energy Charter"))
    power = index.add(Entry(name="Global Energy Private Limited"))
    renmin = index.add(Entry(name="Renmin University of China", acronym="RUC"))
    ministry = index.add(Entry(name="Ministry of Foreign Affairs of Japan"))
    centre = index.add(Entry(name="China Study Centre"))
    assert index.find("International Energy Chart") == energy  # a word cut short
    assert index.find("Global Energy Pvt Ltd") == power  # abbreviated words
    assert index.find("Renmin University of China (RUC)") == renmin
    assert index.find("Japanese Ministry of Foreign Affairs") == ministry
    assert index.find("China Study Center") == centre
    assert index.find("Korean Ministry of Foreign Affairs") is None
    assert index.find("International Energy Agency") is None
