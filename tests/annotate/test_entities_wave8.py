"""What a name's span must not swallow (issue 16, wave 8), on invented sports reports: a player's
position before a name, a gerund opening the sentence, a prepositional phrase after a person; "IR"."""

from __future__ import annotations

from spacy.language import Language

from generator.annotate.entities import find_entities, find_roles
from generator.annotate.entity_candidates import Candidate
from generator.annotate.name_edges import POSITIONS, is_position_before_name, position_role
from generator.models import Article
from generator.story.resolve import resolve_entities
from tests.entity_layers import entity_annotations


def _mentions(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_entities(nlp(text))}


def test_a_position_before_a_name_is_a_role_not_part_of_the_name(nlp: Language) -> None:
    text = ("The Herons signed RB Marcus Dellow to a one-year deal. The team also signed WR Lamar Testo "
            "and QB Jonah Pell.")
    doc = nlp(text)
    entities = find_entities(doc)
    names = {m.text: m.type for m in entities}
    assert names["Marcus Dellow"] == "person" and names["Lamar Testo"] == "person"
    assert names["Jonah Pell"] == "person"
    assert not any(m.text in POSITIONS or m.text.split()[0] in POSITIONS for m in entities)
    roles = {(text[r.entity_start:r.entity_end], r.role) for r in find_roles(doc, entities)}
    assert {("Marcus Dellow", "Running Back"), ("Lamar Testo", "Wide Receiver"),
            ("Jonah Pell", "Quarterback")} <= roles


def test_an_injury_list_of_positions_and_names(nlp: Language) -> None:
    names = _mentions(nlp, "Did not practice: TE Omar Felt (ankle), DT Ross Umber (knee), "
                           "LB Dale Crisp (hamstring).")
    assert {"Omar Felt", "Ross Umber", "Dale Crisp"} <= set(names)
    assert all(names[n] == "person" for n in ("Omar Felt", "Ross Umber", "Dale Crisp"))


def test_only_listed_abbreviations_before_a_capitalised_word_are_positions(nlp: Language) -> None:
    doc = nlp("The Herons signed TJ Quarrelby and RB Jo Vantrobe, and the RB said so.")
    words = [t.text for t in doc]
    tj, rb, last_rb = words.index("TJ"), words.index("RB"), len(words) - 1 - words[::-1].index("RB")
    assert not is_position_before_name(doc, Candidate(tj, tj + 1, "ORG", "organization"))  # initials
    assert is_position_before_name(doc, Candidate(rb, rb + 1, "GPE", "place"))
    assert not is_position_before_name(doc, Candidate(last_rb, last_rb + 1, "ORG", "organization"))
    assert position_role("RB") == "Running Back" and position_role("LHP") == "Left-handed Pitcher"


def test_a_gerund_opening_the_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    names = _mentions(nlp, ("Coach Jo Quarrel said the team would miss Tim Vantrobe, who broke his ankle. "
                            "Losing Vantrobe hurts the Herons."))
    assert "Losing Vantrobe" not in names
    assert names.get("Vantrobe") == "person"


def test_a_person_swallows_no_prepositional_phrase(nlp: Language) -> None:
    text = ("The club promoted Jo Quarrel after putting Tim Vantrobe on Injured Reserve, then released "
            "Lu Testo.")
    names = _mentions(nlp, text)
    assert names.get("Tim Vantrobe") == "person"
    assert not any(" on " in name for name in names)


def test_ir_is_a_roster_list_not_an_organisation(nlp: Language) -> None:
    names = _mentions(nlp, "Tim Vantrobe was placed on IR on Tuesday with a knee injury.")
    assert "IR" not in names and names.get("Tim Vantrobe") == "person"


def test_a_sports_report_types_teams_and_players(nlp: Language) -> None:
    text = ("The Herons signed RB Marcus Dellow off the Philadelphia Quillbacks' practice squad on "
            "Wednesday. Dellow played at Wayne State, where he ran for 4,000 yards. The Quillbacks released "
            "him in August. Dellow replaces Tyrell Vantrobe, who went on IR on Tuesday.")
    article, annotations = entity_annotations(nlp, "a", text)
    entities, _ = resolve_entities([article], [annotations])
    types = {e.name: e.type for e in entities}
    assert types["Marcus Dellow"] == "person"
    assert types["Philadelphia Quillbacks"] == "organization"
    assert types["Wayne State"] == "organization"
    assert "IR" not in types
    assert isinstance(article, Article)


def test_a_place_that_signs_a_player_is_its_team(nlp: Language) -> None:
    assert _mentions(nlp, "Springfield signed Tim Vantrobe to a one-year deal on Monday.")["Springfield"] \
        == "organization"
    assert _mentions(nlp, "Springfield waived Lu Testo and drafted Jo Roe.")["Springfield"] == "organization"
    # A country that signs a treaty or releases a person is the country.
    assert _mentions(nlp, "Freedonia signed a treaty with France.")["France"] == "place"
    assert _mentions(nlp, "Iran released Jo Roe on Monday.")["Iran"] == "place"


def test_a_city_that_signs_players_joins_its_team(nlp: Language) -> None:
    text = ("The Springfield Quillbacks lost their running back on Sunday. Springfield signed Tim Vantrobe "
            "on Monday. Springfield also waived Lu Testo. Fans in Springfield cheered the Quillbacks.")
    article, annotations = entity_annotations(nlp, "a", text)
    entities, _ = resolve_entities([article], [annotations])
    teams = [e for e in entities if e.name == "Springfield Quillbacks"]
    assert len(teams) == 1 and teams[0].type == "organization"
    assert any(m.text == "Springfield" for m in teams[0].mentions)


def test_a_person_swallows_no_verb_after_the_name(nlp: Language) -> None:
    """Wave 14: a suffix, a verb and a station's name ("Jr told 9News") put the verb into the name."""
    names = _mentions(nlp, "Rowan Pell Jr told 9News after Quarrel's arrest that on the night of the fire, "
                           "she was planning to meet a friend.")
    assert not any(name.endswith(" told") for name in names)
    assert names.get("Rowan Pell Jr") == "person"
