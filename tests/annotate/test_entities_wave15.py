"""A one-word person the model tagged without the unfamiliar given name before it ("end Marques
Vellacott" tagged "Vellacott") takes that name back (issue 16, wave 15): the full name is what the
rules and the story see, not a surname nobody introduced. Invented names."""

from __future__ import annotations

from spacy.language import Language

from generator.annotate.entities import find_entities
from generator.annotate.entity_candidates import Candidate
from generator.annotate.entity_proper_runs import _people_with_their_given_names


def test_the_capitalised_word_before_a_lone_surname_is_its_given_name(nlp: Language) -> None:
    doc = nlp("Tight end Marques Vellacott sat out the morning drills on Friday.")
    surname = next(i for i, t in enumerate(doc) if t.text == "Vellacott")
    extended = _people_with_their_given_names(doc, [Candidate(surname, surname + 1, "PERSON", "person")])
    assert [doc[c.start:c.end].text for c in extended] == ["Marques Vellacott"]
    names = {m.text: m.type for m in find_entities(doc)}
    assert names.get("Marques Vellacott") == "person"


def test_a_title_a_longer_name_or_a_sentence_start_is_no_given_name(nlp: Language) -> None:
    cases = {
        "The league fined Coach Vellacott on Monday.": "Coach",  # a title
        "They cheered for Pro Bowl Vellacott again.": "Bowl",  # after another capitalised word
        "Marques. Vellacott was fined.": "Marques",  # another sentence
    }
    for text, word in cases.items():
        doc = nlp(text)
        surname = next(i for i, t in enumerate(doc) if t.text == "Vellacott")
        extended = _people_with_their_given_names(doc, [Candidate(surname, surname + 1, "PERSON", "person")])
        assert [doc[c.start:c.end].text for c in extended] == ["Vellacott"], word
    # Another label or a longer span is left alone.
    doc = nlp("Tight end Marques Vellacott sat out.")
    org = Candidate(3, 4, "ORG", "organization")
    assert _people_with_their_given_names(doc, [org]) == [org]
