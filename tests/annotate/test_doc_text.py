"""A parsed document's text is the string parsed: what spaCy's join of its tokens gives."""

from __future__ import annotations

from typing import Any

from generator.annotate.doc_text import doc_text
from generator.annotate.nlp import parse_texts

TEXTS = [
    "Jo Roe said on Monday that the plan was \"dead\".\n\nThe council met  twice\t(in May).",
    "  Leading spaces, trailing ones  \n",
    "Unicode: café, naïve, “quoted” — 5 km² … and the U.S. Sgt. Roe's dog's.",
    "",
]


def test_the_text_kept_at_parse_time_is_spacys_own(nlp: Any) -> None:
    for text, doc in zip(TEXTS, parse_texts(nlp, TEXTS), strict=True):
        assert "explainer.text" in doc.user_data  # kept, not joined again
        assert doc_text(doc) == doc.text == text


def test_a_document_made_elsewhere_is_joined_once(nlp: Any) -> None:
    doc = nlp("Made without parse_texts.")
    assert "explainer.text" not in doc.user_data
    assert doc_text(doc) == doc.text
