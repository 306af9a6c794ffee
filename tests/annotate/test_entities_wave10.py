"""A party tag after a lawmaker's name (issue 16, wave 10), on invented names: "(D-Calif.)" and
", R-Texas," hold no name but the state, a place, and make the name before them a person's."""

from __future__ import annotations

from spacy.language import Language

from generator.annotate import us_states
from generator.annotate.entities import find_entities
from generator.annotate.entity_candidates import Candidate
from generator.annotate.entity_generic_plurals import is_generic_plural


def _found(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_entities(nlp(text))}


def test_the_letter_of_a_party_tag_is_no_name_and_its_state_is_a_place(nlp: Language) -> None:
    found = _found(nlp, "Sen. Jo Testo (D-Calif.) and Rep. Amy Vantrobe, R-Texas, voted no. "
                        "Testo, D-Ohio, spoke later.")
    assert "D" not in found and "R" not in found
    assert found["Calif."] == found["Texas"] == found["Ohio"] == "place"
    assert found["Jo Testo"] == found["Amy Vantrobe"] == found["Testo"] == "person"


def test_abbreviations_the_tokenizer_splits_and_states_of_two_words(nlp: Language) -> None:
    found = _found(nlp, "Zed Ferro, R-W.Va., said no. Lee Pardo (R-N.Y.) and Kim Umber (I-Vt.) agreed "
                        "with Marlow Quint (D-New York).")
    assert found["W.Va."] == found["N.Y."] == found["Vt."] == found["New York"] == "place"
    people = {k for k, v in found.items() if v == "person"}
    assert {"Zed Ferro", "Lee Pardo", "Kim Umber", "Marlow Quint"} <= people


def test_a_surname_the_model_missed_before_a_tag_is_a_person(nlp: Language) -> None:
    found = _found(nlp, "Zed Ferro said no. Vantrobe (D-Mass.) agreed.")
    assert found.get("Vantrobe") == "person" and found.get("Mass.") == "place"
    # A postal code in a tag gives no page called "MA".
    assert "MA" not in _found(nlp, "Zed Ferro said no. Vantrobe (D-MA) agreed.")


def test_what_is_no_party_tag(nlp: Language) -> None:
    found = _found(nlp, "Team D-League players met in Quarrelby. Jo Roe, Miss Ohio, smiled.")
    assert found.get("Ohio") == "place" and found.get("Jo Roe") == "person"
    assert us_states.state_name("Miss") is None and us_states.state_name("Miss.") == "Mississippi"
    assert us_states.state_name("GA") is None and us_states.state_name("GA", postal=True) == "Georgia"
    assert us_states.state_name("Ohio") is None  # AP writes it out: a full name, not an abbreviation


def test_a_plural_common_noun_opening_a_sentence_is_no_name(nlp: Language) -> None:
    found = _found(nlp, "Shoppers lined up outside the Quarrelby mall on Friday. Eyewitnesses said the doors "
                        "opened late. \"Residents were told to leave,\" Jo Testo said.")
    assert not {"Shoppers", "Eyewitnesses", "Residents"} & set(found)


def test_what_is_no_generic_plural(nlp: Language) -> None:
    # A common surname that is a plural noun too, and a plural written capitalised mid-sentence (a name).
    doc = nlp("Jo Banks, 41, was arrested. Banks said nothing.")
    banks = next(t for t in doc if t.text == "Banks" and t.tag_ == "NNS")
    assert not is_generic_plural(doc, Candidate(banks.i, banks.i + 1, "PERSON", "person"))
    assert "Shoppers" in _found(nlp, "Shoppers opened a store in Quarrelby. Jo Testo runs Shoppers.")


def test_a_people_opening_a_sentence_is_still_named(nlp: Language) -> None:
    # A nationality's plural is capitalised anywhere in English: "Turkmens", "Palestinians" stay groups.
    for text in ("Turkmens make up most of Quarrelby.", "Uzbeks say the vote was unfair.",
                 "Palestinians marched in Quarrelby."):
        doc = nlp(text)
        first = Candidate(0, 1, "NORP", "group")
        assert not is_generic_plural(doc, first), text
