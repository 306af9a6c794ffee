"""Phrase occurrences: what spaCy's PhraseMatcher on ORTH finds, in its order, on invented text."""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from generator.annotate.token_phrases import phrase_occurrences

PHRASES = [("Jane",), ("Jane", "Jane"), ("Jane", "Doe"), ("Doe",), ("Jane", "Jane", "Jane", "Doe"),
           ("Port", "\n", "Rowan"), ("Rowan",), ("O'", "Hara"), ("Absent", "Name")]
TEXTS = ["Jane Jane Jane Doe and Doe Jane Doe Doe", "Port\nRowan and Port Rowan; O' Hara met Jane.",
         "", "Doe", "Nothing to find here, jane doe."]


def _phrase_matcher_finds(doc: Doc) -> list[tuple[int, int, tuple[str, ...]]]:
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    keys = {}
    for phrase in PHRASES:
        keys[" ".join(phrase)] = phrase
        matcher.add(" ".join(phrase), [Doc(doc.vocab, words=list(phrase), spaces=[True] * len(phrase))])
    return [(start, end, keys[doc.vocab.strings[key]]) for key, start, end in matcher(doc)]


def test_every_occurrence_in_the_phrase_matchers_order() -> None:
    nlp = spacy.blank("en")
    for text in TEXTS:
        doc = nlp(text)
        assert list(phrase_occurrences(doc, PHRASES)) == _phrase_matcher_finds(doc), text


def test_overlapping_occurrences_of_one_phrase_are_all_found() -> None:
    doc = spacy.blank("en")("Jane Jane Jane")
    pair = ("Jane", "Jane")
    assert list(phrase_occurrences(doc, [pair])) == [(0, 2, pair), (1, 3, pair)]
