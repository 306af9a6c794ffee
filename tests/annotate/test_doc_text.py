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


def test_token_texts_and_starts_are_spacys_and_made_once(nlp: Any) -> None:
    from generator.annotate.doc_tokens import token_starts, token_texts

    doc = nlp("Sen. Jo Roe (D-Calif.) said: \"It's 3.5%\" — twice.\n\nNew paragraph.")
    assert token_texts(doc) == [token.text for token in doc]
    assert token_starts(doc) == [token.idx for token in doc]
    assert token_texts(doc) is token_texts(doc)  # kept in user_data
    # the extractors read these off the texts: spaCy's own lexical attributes are these functions
    assert [t.lower_ for t in doc] == [text.lower() for text in token_texts(doc)]
    assert [t.is_lower and t.is_alpha for t in doc] == [t.islower() and t.isalpha() for t in token_texts(doc)]


def test_proper_name_positions_are_the_tokens_the_word_test_accepts(nlp: Any) -> None:
    from generator.annotate.entity_proper_runs import _is_proper_name_word, _proper_name_positions

    doc = nlp("On Monday Jo Roe of Acme Motors met NASA chiefs in Washington, D.C. and the Otters' coach.")
    assert _proper_name_positions(doc) == {t.i for t in doc if _is_proper_name_word(t)}
    assert _proper_name_positions(doc)  # some are


def test_cue_positions_are_the_verbs_and_according(nlp: Any) -> None:
    from generator.annotate.cue_positions import cue_positions

    doc = nlp("Jo Roe said it was raining, according to reports. The mayor has denied it.\n\nNo verbs here.")
    expected = [t.i for t in doc if t.pos_ in {"VERB", "AUX"} or t.lower_ == "according"]
    assert cue_positions(doc, 0, len(doc)) == expected
    sentence = list(doc.sents)[1]
    assert cue_positions(doc, sentence.start, sentence.end) == [i for i in expected if sentence.start <= i
                                                                < sentence.end]
