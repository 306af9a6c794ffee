"""Matchers kept per vocabulary: built once, rebuilt for another vocabulary, the same matches."""

from __future__ import annotations

import spacy
from spacy.matcher import Matcher
from spacy.vocab import Vocab

from generator.annotate.vocab_matchers import matcher_for


def _ferry_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("FERRY", [[{"IS_TITLE": True, "OP": "+"}, {"LOWER": "ferry"}]])
    return matcher


def test_a_matcher_is_built_once_per_vocabulary_and_again_for_another() -> None:
    first, second = spacy.blank("en"), spacy.blank("en")
    kept = matcher_for(first.vocab, "ferry-test", _ferry_matcher)
    assert matcher_for(first.vocab, "ferry-test", _ferry_matcher) is kept
    other = matcher_for(second.vocab, "ferry-test", _ferry_matcher)
    assert other is not kept and matcher_for(second.vocab, "ferry-test", _ferry_matcher) is other


def test_a_kept_matcher_finds_what_a_new_one_finds_in_every_document() -> None:
    nlp = spacy.blank("en")
    texts = ["The Blue Harbour ferry left late.", "No boat here.", "Old Pier ferry and Red Rock Ferry left."]
    for text in texts:
        doc = nlp(text)
        assert matcher_for(nlp.vocab, "ferry-test", _ferry_matcher)(doc) == _ferry_matcher(nlp.vocab)(doc)
