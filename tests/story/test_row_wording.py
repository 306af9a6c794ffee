"""A timeline row reads as a sentence (issue 16, wave 7): a participle told as a clause gets its "be"
back, a participle joined to a verb shares its auxiliaries, and a sentence-opening "it"/"they" gets the
subject of the sentence before. Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.story.story_tools import annotated_article, timeline_of

PUBLISHED = dt.date(2031, 3, 5)


def _row_texts(nlp, text: str) -> list[str]:
    return [row.text for row in timeline_of([annotated_article(nlp, "a", text, PUBLISHED, "Outlet")])]


@pytest.mark.parametrize(("text", "row"), [
    # a participle that modifies a noun, told as the dated statement
    ("The old grain store, built in 1911, was torn down on Monday.", "The old grain store was built"),
    ("The two ferries, launched in 2015, were sold on Monday.", "The two ferries were launched"),
    # a participle joined to a verb with auxiliaries
    ("The depot was built in 1911 and extended in 2002.", "The depot was extended"),
    ("The pier was closed in 2019 and reopened in 2022.", "The pier was reopened"),
    ("The treasurer has been charged on Monday and released on Tuesday.", "The treasurer has been released"),
    # "it"/"they" opening a sentence: the subject of the sentence before
    ("The pump house was built in 1911. It was torn down on Monday.", "The pump house was torn down"),
    ("The night buses were cut last year. They returned on Monday.", "The night buses returned"),
])
def test_a_row_reads_as_a_sentence(nlp, text, row):
    assert row in _row_texts(nlp, text)


@pytest.mark.parametrize(("text", "row"), [
    ("The firm bought the mill in 2001 and sold it in 2005.", "The firm sold it"),  # no auxiliary to share
    ("The mayor spoke on Friday. It was announced on Monday that the pool would close.",
     "It was announced that the pool would close"),  # "it" stands for the clause
    ("The storm reached the coast. It rained on Monday.", "It rained on Monday"),  # the weather's "it"
    ("The night buses were cut last year. It returned on Monday.", "It returned on Monday"),  # no agreement
])
def test_a_row_keeps_its_words_when_nothing_is_missing(nlp, text, row):
    assert row in _row_texts(nlp, text)
