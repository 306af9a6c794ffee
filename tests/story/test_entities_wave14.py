"""Issue 16, wave 14, on invented sentences: a small town of the gazetteer that the model reads as an
organisation stays an organisation unless the story writes it as a place ("in X", "near X"); a name
whose first word alone is an organisation is a company's, whatever the model read the longer name as;
"<institution> of <...>" inside a name ("Quarrelton College of Nursing") is an organisation's."""

from __future__ import annotations

from generator.story.entity_types import has_organisation_cue, named_by_first_word, place_rank, story_type
from generator.story.type_contexts import locative_context, locative_contexts

TOWN = "Kettering"  # a town of the gazetteer (rank 1), not a country, state or big city


def test_the_town_used_here_is_a_gazetteer_town() -> None:
    assert place_rank(TOWN.casefold()) == 1


def test_a_town_the_model_reads_as_an_organisation_needs_a_place_context() -> None:
    read_as_company = [(TOWN, ("organization", "ORG")), (TOWN, ("organization", "ORG"))]
    texts, labelled = [t for t, _ in read_as_company], [label for _, label in read_as_company]
    assert story_type(texts, labelled, TOWN.casefold(), False) == "organization"
    assert story_type(texts, labelled, TOWN.casefold(), False, locative_contexts=1) == "place"
    # The model's "other" is outvoted by a town as before, with or without "in X".
    assert story_type([TOWN], [("other", "PROPN")], TOWN.casefold(), False) == "place"


def test_locative_prepositions_before_a_name() -> None:
    text = "The plant near Quarrelton closed. A statement from Quarrelton Foods followed. In Vantrobe, rain."
    starts = {word: text.index(word) for word in ("Quarrelton", "Vantrobe")}
    assert locative_context(text, starts["Quarrelton"])
    assert locative_context(text, starts["Vantrobe"])
    assert not locative_context(text, text.index("Quarrelton Foods"))
    assert not locative_context("She joined Kettering", len("She joined "))
    assert not locative_context("The win in Kettering", len("The win in Ketter"))  # mid-word: not a start
    company = text.index("Quarrelton Foods")
    spans = [(text, starts["Quarrelton"], starts["Quarrelton"] + 10), (text, company, company + 16)]
    assert locative_contexts(spans) == 1


def test_a_name_shortened_to_its_first_word_as_an_organisation_is_a_company() -> None:
    texts = ["Quarrel Vantrobe", "Quarrel", "Vantrobe"]
    labelled = [("person", "PERSON"), ("organization", "ORG"), ("person", "PERSON")]
    assert named_by_first_word(texts, labelled)
    assert story_type(texts, labelled, "quarrel vantrobe", False) == "organization"
    # A role stated for it keeps a person; so does a first word that is a given name ("Jo" alone).
    assert story_type(texts, labelled, "quarrel vantrobe", True) == "person"
    given = ["Jo Vantrobe", "Jo"]
    assert not named_by_first_word(given, [("person", "PERSON"), ("organization", "ORG")])
    # Without the first word alone, or with it read as a person once, nothing changes.
    assert not named_by_first_word(["Quarrel Vantrobe", "Vantrobe"], [("person", "PERSON")] * 2)
    assert not named_by_first_word([*texts, "Quarrel"], [*labelled, ("person", "PERSON")])
    assert story_type(["Quarrel Vantrobe", "Vantrobe"], [("person", "PERSON")] * 2, "quarrel vantrobe",
                      False) == "person"


def test_an_institution_of_a_field_is_an_organisation() -> None:
    assert has_organisation_cue("Quarrelton College of Nursing")
    assert has_organisation_cue("Vantrobe Department of Roads")
    assert not has_organisation_cue("College Vantrobe")  # no "of"
    assert not has_organisation_cue("Duke of Vantrobe")  # no institution's kind
    name = "Quarrelton College of Nursing"
    assert story_type([name], [("person", "PERSON")], name.casefold(), False) == "organization"
