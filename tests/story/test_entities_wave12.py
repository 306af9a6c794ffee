"""Issue 16, wave 12, on invented names: a surname's opening particle ("al-", "van", "de") does not keep
one person on two pages; the spaced initials of a standard abbreviation ("U. N.") are that abbreviation,
never a person's initials; a name before a lower-case region noun ("the X region") is a place."""

from __future__ import annotations

from generator.story.entity_types import story_type
from generator.story.name_groups import name_key
from generator.story.names import parse_person, same_person, surname_core
from generator.story.person_links import surnames_agree
from generator.story.type_contexts import place_context
from tests.story.story_tools import ORG, G, P, resolve_names


def _same(a: str, b: str) -> bool:
    first, second = parse_person(a), parse_person(b)
    assert first is not None and second is not None
    return same_person(first, second)


def test_a_surname_with_and_without_its_particle_is_one_persons() -> None:
    assert _same("Omar al-Quarra", "Omar Quarra")
    assert _same("Omar Hassan al-Quarra", "Omar Quarra")
    assert _same("Hamid el-Vantrobe", "Hamid al-Vantrobe")
    assert _same("Ludwig van der Quarrel", "Ludwig Quarrel")
    assert _same("Rashid bin Quarra", "Rashid Quarra")


def test_a_group_guarded_by_surname_admits_the_particle_spelt_another_way() -> None:
    assert surnames_agree("el quarra", "al quarra") and surnames_agree("van der quarrel", "quarrel")
    assert not surnames_agree("al quarra", "al vantrobe")
    found = resolve_names([("Hamid el-Vantrobe", P, "PERSON")], [("Hamid al-Vantrobe", P, "PERSON")])
    assert found == [("Hamid al-Vantrobe", P, 2)]


def test_the_rest_of_the_name_must_still_agree() -> None:
    assert not _same("Omar al-Quarra", "Hamid Quarra")
    assert not _same("Omar al-Quarra", "Omar al-Vantrobe")
    assert surname_core("le") == "le" and surname_core("van der quarrel") == "quarrel"


def test_two_outlets_spelling_the_particle_or_not_give_one_page() -> None:
    found = resolve_names([("Omar al-Quarra", P, "PERSON"), ("al-Quarra", P, "PERSON")],
                          [("Omar Quarra", P, "PERSON"), ("Quarra", P, "PERSON")])
    assert found == [("Omar al-Quarra", P, 4)]


def test_a_surname_alone_with_its_particle_joins_the_full_name_without_it() -> None:
    found = resolve_names([("Omar Quarra", P, "PERSON"), ("al-Quarra", ORG, "ORG")])
    assert found == [("Omar Quarra", P, 2)]


def test_a_man_called_al_is_not_a_surname_particle() -> None:
    # "Al Quarra" (capitalised, no hyphen) may be a man called Al: he stays apart from Omar.
    found = resolve_names([("Omar Quarra", P, "PERSON"), ("Al Quarra", P, "PERSON")])
    assert found == [("Al Quarra", P, 1), ("Omar Quarra", P, 1)]


def test_spaced_initials_of_a_standard_abbreviation_are_that_abbreviation() -> None:
    assert name_key("U. N.") == name_key("U.N.") == name_key("UN")
    assert name_key("U. K.") == name_key("UK")
    assert name_key("J. R. Quarrel") == "j r quarrel"  # a person's initials stay apart
    assert name_key("Q. R.") == "q r"  # initials that are no standard abbreviation: as written


def test_spaced_initials_the_model_read_as_a_person_are_the_organisation() -> None:
    # "the U. N. said": two spaced initials read as a person's.
    found = resolve_names([("U. N.", P, "PERSON")], [("United Nations", ORG, "ORG"), ("UN", ORG, "ORG")])
    assert found == [("United Nations", ORG, 3)]


def test_a_name_before_a_region_noun_is_a_place() -> None:
    text = "Aid reached the Vantrobe region late."
    start = text.index("Vantrobe")
    assert place_context(text, start, start + len("Vantrobe"))
    assert place_context("in Quarrel province", 3, 10) and place_context("the Quarrel county line", 4, 11)
    labels = [(ORG, "ORG"), (ORG, "ORG"), (G, "GPE")]
    assert story_type(["Vantrobe"] * 3, labels, "vantrobe", False, place_contexts=1) == G  # type: ignore[arg-type]
    assert story_type(["Vantrobe"] * 3, labels, "vantrobe", False) == ORG  # type: ignore[arg-type]


def test_other_nouns_after_a_name_say_nothing_of_a_place() -> None:
    # "the Quarrel district attorney", "Quarrel state media", "the Quarrel regional office": no region.
    for text in ("the Quarrel district attorney", "Quarrel state media", "the Quarrel regional office",
                 "Quarrel Region"):
        start = text.index("Quarrel")
        assert not place_context(text, start, start + len("Quarrel")), text


def test_a_region_written_so_once_is_a_place_in_every_article() -> None:
    # The model reads "Vantrobe" as an organisation in two articles; the third writes "the Vantrobe region".
    found = resolve_names([("Vantrobe", ORG, "ORG")], [("Vantrobe", ORG, "ORG")], [("Vantrobe", G, "GPE")],
                          text="Vantrobe region")
    assert found == [("Vantrobe", G, 3)]
