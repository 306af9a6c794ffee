"""A team's name and a position abbreviation before a player's name are no part of the name (issue
16, wave 13): news writes "team, position, player" ("Herons QB Jo Quarrel"); the person is "Jo
Quarrel" and the position a role, whether the model found the span or the proper-noun runs did."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.entities import find_entities, find_roles


@pytest.mark.parametrize(("text", "person", "role"), [
    ("It was different when Herons QB Jonah Pell was the top prize of the draft.", "Jonah Pell",
     "Quarterback"),
    ("Notes: Quillbacks WR Tad Mork (left knee) and DT Ross Umber (left foot) left with injuries.",
     "Tad Mork", "Wide Receiver"),
])
def test_team_and_position_stay_out_of_the_name(nlp: Language, text: str, person: str, role: str) -> None:
    doc = nlp(text)
    entities = find_entities(doc)
    names = {m.text: m.type for m in entities}
    assert names.get(person) == "person"
    assert not any(m.text.endswith(person) and m.text != person for m in entities)
    assert (person, role) in {(text[r.entity_start:r.entity_end], r.role) for r in find_roles(doc, entities)}



def test_one_word_after_a_position_keeps_the_span(nlp: Language) -> None:
    """Only a name of two capitalised words or more is cut out: "Herons QB Pell" may be a list."""
    from generator.annotate.entity_candidates import Candidate
    from generator.annotate.name_edges import within_name_edges

    doc = nlp("They met Herons QB Pell.")
    span = Candidate(2, 5, "PERSON", "person")
    assert within_name_edges(doc, span).start == 2


def test_a_spelled_out_position_opening_the_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    names = {m.text: m.type for m in find_entities(nlp("Kicker Bo Mend tied the game with a field goal."))}
    assert names.get("Bo Mend") == "person" and "Kicker Bo Mend" not in names


def test_a_place_named_like_a_position_keeps_its_name(nlp: Language) -> None:
    names = {m.text for m in find_entities(nlp("Striker Bay was sold to a fishing company."))}
    assert "Bay" not in names
