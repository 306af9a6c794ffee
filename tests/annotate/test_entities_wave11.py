"""Issue 16, wave 11, on invented text: a league's acronym after an ordinal is a name, not a unit."""

from __future__ import annotations

from spacy.language import Language

from generator.annotate.entities import find_entities


def _found(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_entities(nlp(text))}


def test_an_acronym_after_an_ordinal_is_no_unit(nlp: Language) -> None:
    found = _found(nlp, "Jo Vantrobe of the Quarrelby Otters will miss what remains of his third NFL "
                        "campaign with a sore knee, the club said.")
    assert found.get("NFL") == "organization"


def test_a_unit_after_a_count_is_still_no_name(nlp: Language) -> None:
    found = _found(nlp, "The Vantrobe Pro drive holds 16 GB and costs less than the Quarrel model.")
    assert "GB" not in found
