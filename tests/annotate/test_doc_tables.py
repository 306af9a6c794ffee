"""The per-document tables and the Span helpers give exactly what spaCy's own attributes give."""

from __future__ import annotations

from typing import Any

from generator.annotate.doc_spans import span_at
from generator.annotate.doc_tokens import (
    doc_ents,
    doc_sents,
    head_indices,
    span_offsets,
    span_text,
    token_ids,
    token_starts,
    token_texts,
)
from generator.annotate.nlp import parse_texts
from generator.annotate.quantities.doc_index import sentence_of

TEXTS = [
    "Jo Roe told Acme News on Monday that the plan was \"dead\".\n\nThe council met  twice\t(in May).",
    "  Leading spaces, trailing ones  \n",
    "Unicode: café, naïve, “quoted” — 5 km² … and the U.S. Sgt. Roe's dog's. Then a third one!",
    "One",
    "",
]


def test_token_tables_are_spacys(nlp: Any) -> None:
    for doc in parse_texts(nlp, TEXTS):
        assert token_texts(doc) == [token.text for token in doc]
        assert token_starts(doc) == [token.idx for token in doc]
        assert head_indices(doc) == [token.head.i for token in doc]
        for attribute in ("POS", "TAG", "DEP"):
            assert token_ids(doc, attribute) == [getattr(token, attribute.lower()) for token in doc]
        assert doc_ents(doc) == tuple(doc.ents) and doc_ents(doc) is doc_ents(doc)
        assert doc_sents(doc) == tuple(doc.sents)
        assert [sentence_of(token) for token in doc] == [token.sent for token in doc]


def test_a_document_made_elsewhere_has_the_same_tables(nlp: Any) -> None:
    doc = nlp("Made without parse_texts, with a trailing space. ")
    assert token_texts(doc) == [token.text for token in doc]


def test_spans_by_bounds_are_the_slices(nlp: Any) -> None:
    """Every pair of bounds, in and out of the document, negative and reversed included."""
    for doc in parse_texts(nlp, TEXTS):
        bounds = range(-3, len(doc) + 3)
        for start in bounds:
            for end in bounds:
                sliced = doc[start:end]
                span = span_at(doc, start, end)
                assert (span.start, span.end, span.label, span.start_char, span.end_char) == (
                    sliced.start, sliced.end, sliced.label, sliced.start_char, sliced.end_char)
                assert span_text(doc, start, end) == sliced.text
                assert span_offsets(doc, start, end) == (sliced.start_char, sliced.end_char)


def test_subtree_indices_are_spacys_subtrees(nlp: Any) -> None:
    from generator.annotate.doc_trees import subtree_indices

    for doc in parse_texts(nlp, TEXTS):
        assert [subtree_indices(token) for token in doc] == [
            frozenset(t.i for t in token.subtree) for token in doc]


def test_token_layout_is_spacys(nlp: Any) -> None:
    from generator.annotate.timex.clause_text import token_layout

    for doc in parse_texts(nlp, TEXTS):
        spaces, starts, pos = token_layout(doc)
        assert [" " if space else "" for space in spaces] == [token.whitespace_ for token in doc]
        assert [start == 1 for start in starts] == [bool(token.is_sent_start) for token in doc]
        assert pos == [token.pos for token in doc]


def test_join_said_writes_the_tokens_as_spaced_in_the_text(nlp: Any) -> None:
    from generator.annotate.timex.clause_text import join_said

    doc = nlp("The mayor resigned on Friday. Officials said the council would meet.")
    said: list[int | str] = [i for i in range(len(doc)) if doc[i].text not in {"on", "Friday", "."}]
    # a sentence start moved inside the text is lower-cased; a supplied word stands as a word of its own
    assert join_said(doc, said, set()) == "The mayor resigned officials said the council would meet"
    assert join_said(doc, ["she", *said[2:3]], set()) == "she resigned"
