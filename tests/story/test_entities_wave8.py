"""A nationality used as a noun for one person (issue 16, wave 8), on invented articles: it joins the
one person the article or the story introduces with that nationality, and only that one."""

from __future__ import annotations

from spacy.language import Language

from generator.models import Entity
from generator.story.resolve import resolve_entities
from tests.entity_layers import entity_annotations


def _entities(nlp: Language, *texts: str) -> dict[str, Entity]:
    layers = [entity_annotations(nlp, f"a{i}", text) for i, text in enumerate(texts)]
    entities, _ = resolve_entities([a for a, _ in layers], [n for _, n in layers])
    return {e.name: e for e in entities}


def test_the_nationality_as_a_noun_is_the_person_introduced_with_it(nlp: Language) -> None:
    entities = _entities(nlp, "Rescuers found Australian climber Tom Vantrobe on Tuesday near the summit. "
                              "The Australian had spent two nights on the glacier, police said.")
    person = entities["Tom Vantrobe"]
    assert person.type == "person"
    assert "Australian" in [m.text for m in person.mentions]
    assert "Australian" not in person.aliases  # a description, not another name


def test_the_person_may_be_introduced_in_another_article(nlp: Language) -> None:
    entities = _entities(nlp, "Rescuers found Tom Vantrobe, an Australian, on Tuesday.",
                         "Police said the Australian had spent two nights on the glacier.")
    assert len(entities["Tom Vantrobe"].mentions) == 3


def test_two_people_of_one_nationality_leave_the_noun_alone(nlp: Language) -> None:
    entities = _entities(nlp, "Rescuers found Australian climber Tom Vantrobe and Australian guide Jo Quarrel. "
                              "The Australian had spent two nights on the glacier, police said.")
    assert all(m.text != "Australian" for m in entities["Tom Vantrobe"].mentions)
    assert all(m.text != "Australian" for m in entities["Jo Quarrel"].mentions)


def test_a_nationality_as_a_modifier_or_a_people_is_no_person(nlp: Language) -> None:
    entities = _entities(nlp, "Australian climber Tom Vantrobe was found. Australian police thanked the "
                              "rescuers, and Australians sent messages.")
    assert [m.text for m in entities["Tom Vantrobe"].mentions] == ["Tom Vantrobe"]
