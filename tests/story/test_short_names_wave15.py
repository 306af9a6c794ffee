"""Issue 16, wave 15 (w15_e2), on invented sentences: a person's name that opens an institution's name
and stands where a place goes is that institution; a state abbreviated after a place, with or without
its dot, or as a postal code, is the state; a place's initials ("L. A.") opening an organisation's name
are the place written out."""

from __future__ import annotations

from generator.models import Article, ArticleAnnotations, EntityMention, RoleMention
from generator.story.name_groups import name_key, state_written
from generator.story.resolve import resolve_entities
from generator.story.short_names import outlet_names
from tests.story.story_tools import ORG, P, article_with_names


def _resolved(text: str, names: list[tuple[str, str, str, int]]) -> list[tuple[str, str, int]]:
    """(name, type, mentions) of the entities of one invented article; each name given as (text, type,
    label, which occurrence of the text)."""
    article, annotations = article_with_names(text, names)
    entities, _ = resolve_entities([article], [annotations])
    return sorted((e.name, e.type, len(e.mentions)) for e in entities)


_CLINIC = ("Rona Vell entered the Marta Quill Center on Monday. She stayed at Marta Quill for a month "
           "in 2019 and went back to Marta Quill because she knows the staff. ")


def test_a_person_s_name_standing_where_a_place_goes_is_the_institution_it_opens() -> None:
    names = [("Rona Vell", P, "PERSON", 0), ("Marta Quill Center", ORG, "ORG", 0),
             ("Marta Quill", P, "PERSON", 1), ("Marta Quill", P, "PERSON", 2)]
    assert _resolved(_CLINIC, names) == [("Marta Quill Center", ORG, 3), ("Rona Vell", P, 1)]


def test_the_person_the_institution_is_named_for_stays_a_person() -> None:
    # Written as a person ("Marta Quill said", "Marta Quill founded"): no place word before the name.
    text = _CLINIC + "Marta Quill founded the clinic in 1982. Marta Quill said it would grow. "
    names = [("Rona Vell", P, "PERSON", 0), ("Marta Quill Center", ORG, "ORG", 0),
             ("Marta Quill", P, "PERSON", 1), ("Marta Quill", P, "PERSON", 2),
             ("Marta Quill", P, "PERSON", 3), ("Marta Quill", P, "PERSON", 4)]
    assert _resolved(text, names) == [("Marta Quill", P, 4), ("Marta Quill Center", ORG, 1),
                                      ("Rona Vell", P, 1)]


def test_one_visit_to_a_person_is_no_institution() -> None:
    text = "Rona Vell flew to Marta Quill in May. Marta Quill runs the Marta Quill Foundation."
    names = [("Rona Vell", P, "PERSON", 0), ("Marta Quill", P, "PERSON", 0), ("Marta Quill", P, "PERSON", 1),
             ("Marta Quill Foundation", ORG, "ORG", 0)]
    assert _resolved(text, names) == [("Marta Quill", P, 2), ("Marta Quill Foundation", ORG, 1),
                                      ("Rona Vell", P, 1)]


def test_two_institutions_opened_by_the_name_leave_it_alone() -> None:
    text = _CLINIC + "The Marta Quill School paid."
    names = [("Rona Vell", P, "PERSON", 0), ("Marta Quill Center", ORG, "ORG", 0),
             ("Marta Quill", P, "PERSON", 1), ("Marta Quill", P, "PERSON", 2),
             ("Marta Quill School", ORG, "ORG", 0)]
    assert ("Marta Quill", P, 2) in _resolved(text, names)


def test_a_person_with_a_role_stays_a_person() -> None:
    text = ("Dr. Marta Quill works at the Marta Quill Center. Patients came to Marta Quill and to "
            "Marta Quill again.")
    article = Article(id="a", path="a.txt", format="text", title="a", text=text)
    mentions = []
    start = -1
    for kind, label, name in [(P, "PERSON", "Marta Quill"), (ORG, "ORG", "Marta Quill Center"),
                              (P, "PERSON", "Marta Quill"), (P, "PERSON", "Marta Quill")]:
        start = text.index(name, start + 1)
        mentions.append(EntityMention(start=start, end=start + len(name), text=name, type=kind, label=label,
                                      sentence=0))
    role = RoleMention(entity_start=mentions[0].start, entity_end=mentions[0].end, role="doctor", start=0,
                       end=3, sentence=0)
    entities, _ = resolve_entities([article], [ArticleAnnotations(article_id="a", entities=mentions,
                                                                  roles=[role])])
    assert sorted((e.name, e.type, len(e.mentions)) for e in entities) == [("Marta Quill", P, 3),
                                                                          ("Marta Quill Center", ORG, 1)]


def test_a_state_abbreviated_after_a_place_is_the_state() -> None:
    text = ("She lives in Quarrelby, CA. She moved from Vantrobe, Calif, in May. "
            "California officials and Calif. voters agreed.")
    names = [("Quarrelby", "place", "GPE", 0), ("CA", ORG, "ORG", 0), ("Vantrobe", "place", "GPE", 0),
             ("Calif", "place", "GPE", 0), ("California", "place", "GPE", 0), ("Calif.", "place", "GPE", 0)]
    found = _resolved(text, names)
    states = [n for n in found if n[0] in ("CA", "Calif", "Calif.", "California")]
    assert states == [("California", "place", 4)]


def test_an_abbreviation_no_place_comes_before_keeps_its_reading() -> None:
    # "CA" here is a company's initials; "Miss" a title.
    text = "Jo Roe joined CA in May. Miss Vell sang. Quarrelby, Ohio, sent CA a letter."
    names = [("Jo Roe", P, "PERSON", 0), ("CA", ORG, "ORG", 0), ("Quarrelby", "place", "GPE", 0),
             ("Ohio", "place", "GPE", 0), ("CA", ORG, "ORG", 1)]
    assert ("CA", ORG, 2) in _resolved(text, names)
    assert state_written("Calif") == "California" and state_written("CA") == "California"
    assert state_written("Mayor") is None and state_written("Springfield") is None


def test_place_initials_opening_an_organisation_are_the_place() -> None:
    key = name_key("Los Angeles Superior Court")
    assert name_key("L. A. Superior Court") == key
    assert name_key("L.A. Superior Court") == key
    assert name_key("LA Superior Court") == key
    assert name_key("L. A Superior Court") == key
    assert name_key("U.S. Coast Guard") == name_key("US Coast Guard") == name_key("United States Coast Guard")
    assert name_key("L. A.") == name_key("Los Angeles")
    # Initials no place is known by, and initials run into a word, stay as written.
    assert name_key("J. R. Quarrel Inc.") == "j r quarrel inc"
    assert name_key("USAir Group") == "usair group"


def test_the_state_written_out_names_the_page() -> None:
    text = "Quarrelby, Calif., is quiet. Vantrobe, Calif., too. California voted."
    names = [("Quarrelby", "place", "GPE", 0), ("Calif.", "place", "GPE", 0), ("Vantrobe", "place", "GPE", 0),
             ("Calif.", "place", "GPE", 1), ("California", "place", "GPE", 0)]
    assert ("California", "place", 3) in _resolved(text, names)


def test_outlet_names_come_from_the_addresses() -> None:
    addresses = [("a", "articles.valetonight.com", None), ("b", None, "https://www.quarrelpost.co.uk/x"),
                 ("c", None, None)]
    articles = [Article(id=i, path=f"{i}.txt", format="text", title=i, text="", outlet=outlet, url=url)
                for i, outlet, url in addresses]
    assert outlet_names(articles) == frozenset({"valetonight", "quarrelpost"})


def _story_with_outlet(text: str, names: list[tuple[str, str, str]], outlet: str) -> list[tuple[str, str]]:
    mentions = []
    for name, kind, label in names:
        start = text.index(name)
        mentions.append(EntityMention(start=start, end=start + len(name), text=name, type=kind, label=label,
                                      sentence=0))
    article = Article(id="a", path="a.txt", format="text", title="a", text=text, outlet=outlet)
    entities, _ = resolve_entities([article], [ArticleAnnotations(article_id="a", entities=mentions)])
    return sorted((e.name, e.type) for e in entities)


def test_a_name_that_is_an_outlet_s_address_is_that_medium() -> None:
    text = "Rona Vell told Vale Tonight she was well."
    names = [("Rona Vell", P, "PERSON"), ("Vale Tonight", P, "PERSON")]
    assert _story_with_outlet(text, names, "valetonight.com") == [("Rona Vell", P), ("Vale Tonight", ORG)]
    assert _story_with_outlet(text, names, "quarrelpost.com") == [("Rona Vell", P), ("Vale Tonight", P)]


def test_a_site_named_after_a_person_keeps_the_person() -> None:
    text = "Rona Vell told Jane Smith she was well."
    names = [("Rona Vell", P, "PERSON"), ("Jane Smith", P, "PERSON")]
    assert _story_with_outlet(text, names, "janesmith.com") == [("Jane Smith", P), ("Rona Vell", P)]
