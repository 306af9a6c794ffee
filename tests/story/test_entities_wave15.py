"""Issue 16, wave 15, on invented sentences: a word every mention of which an article reads as an
organisation is no surname of a person that only other articles name (a company named after its
founder); an age in apposition or a kinship noun next to a name calls it a person's; a city joined
with its team stays the place where the text puts it on the map ("in Springfield")."""

from __future__ import annotations

from generator.story.entity_types import story_type
from generator.story.resolve import resolve_entities
from generator.story.type_contexts import person_context, person_contexts
from tests.story.story_tools import ORG, P, article_with_names, resolve_names


def test_a_company_named_after_a_person_of_another_article_stays_a_company() -> None:
    founder = [("Hallam Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")]
    company = [("Quarrelby", ORG, "ORG"), ("Quarrelby", ORG, "ORG")]
    assert resolve_names(founder, company) == [("Hallam Quarrelby", P, 2), ("Quarrelby", ORG, 2)]


def test_a_surname_the_model_misread_once_still_joins_the_story_s_one_person() -> None:
    # One mention read as a person in that article is enough: the word may be the surname there.
    founder = [("Hallam Quarrelby", P, "PERSON")]
    mixed = [("Quarrelby", ORG, "ORG"), ("Quarrelby", P, "PERSON")]
    assert resolve_names(founder, mixed) == [("Hallam Quarrelby", P, 3)]


def test_an_article_naming_the_person_keeps_its_surname_whatever_the_model_read() -> None:
    # In the article that names "Hallam Quarrelby", the bare word is his surname as before.
    same_article = [("Hallam Quarrelby", P, "PERSON"), ("Quarrelby", ORG, "ORG")]
    assert resolve_names(same_article) == [("Hallam Quarrelby", P, 2)]


def test_an_age_in_apposition_and_a_kinship_noun_are_person_contexts() -> None:
    text = ("Ysolde Marrak, 41, was charged. His wife, Tamsin, wept. Marrak's widow spoke. "
            "A 40-year-old Vantrobe man")
    marrak = text.index("Ysolde Marrak")
    assert person_context(text, marrak, marrak + len("Ysolde Marrak"))
    tamsin = text.index("Tamsin")
    assert person_context(text, tamsin, tamsin + len("Tamsin"))
    widow = text.index("Marrak's")
    assert person_context(text, widow, widow + len("Marrak"))
    town = text.index("Vantrobe")
    assert not person_context(text, town, town + len("Vantrobe"))  # an age before a modifier: no person
    assert not person_context("Acme, 3 and 4, rose", 0, 4)  # no age: a list of figures
    assert person_contexts([(text, marrak, marrak + 13), (text, town, town + 8)]) == 1


def test_a_name_the_model_could_not_type_is_a_person_with_an_age() -> None:
    texts, labelled = ["Ysolde Marrak"], [("other", "PROPN")]
    assert story_type(texts, labelled, "ysolde marrak", False) == "other"
    assert story_type(texts, labelled, "ysolde marrak", False, person_contexts=1) == "person"
    # A country of the gazetteer keeps its place whatever the words next to it.
    assert story_type(["France"], [("place", "GPE")], "france", False, person_contexts=1) == "place"


def test_a_city_put_on_the_map_is_no_part_of_its_team() -> None:
    text = ("Springfield beat Quarrelton 70-61. The Springfield Otters won again. Springfield signed Jo Roe. "
            "Fans in Springfield cheered. A late run in Springfield's win settled it.")
    article, annotations = article_with_names(text, [
        ("Springfield", ORG, "RULE", 0), ("Springfield Otters", ORG, "ORG", 0),
        ("Springfield", ORG, "RULE", 2), ("Springfield", "place", "GPE", 3), ("Springfield", ORG, "RULE", 4)])
    entities, _ = resolve_entities([article], [annotations])
    found = sorted((e.name, e.type, [m.start for m in e.mentions]) for e in entities)
    fans = text.index("in Springfield") + 3
    team = sorted(m.start for m in annotations.entities if m.start != fans)
    assert found == [("Springfield", "place", [fans]), ("Springfield Otters", ORG, team)]
