"""The hand-built stories' sentence splitter keeps every word of its test text (invented text)."""

from __future__ import annotations

import pytest

from tests.stories import split_sentences


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)[0]]


def _covered(text: str) -> str:
    """The text's characters outside every sentence, spaces dropped."""
    inside = set()
    for sentence in split_sentences(text)[0]:
        inside.update(range(sentence.start, sentence.end))
    return "".join(char for index, char in enumerate(text) if index not in inside and not char.isspace())


def test_a_paragraph_wholly_in_curly_quotes_is_kept() -> None:
    text = "The ferry left at noon.\n\n“We will sail again tomorrow.”\n\nThe harbour stayed closed."
    assert _texts(text) == [
        "The ferry left at noon.", "“We will sail again tomorrow.”", "The harbour stayed closed."]
    sentences, paragraphs = split_sentences(text)
    assert [sentence.paragraph for sentence in sentences] == [0, 1, 2]
    assert len(paragraphs) == 3


@pytest.mark.parametrize("text", [
    "“Hold the line!” “Not yet?”",
    "He said: ‘Go home.’ She stayed.",
    "The vote (held at night.) The count.",
    "A headline without a full stop\n\nThe council met.",
])
def test_no_word_of_the_text_is_left_out(text: str) -> None:
    assert _covered(text) == ""


def test_offsets_point_at_the_sentence_text() -> None:
    text = "Roe quit. “Why now?”\n“Because.”"
    for sentence in split_sentences(text)[0]:
        assert text[sentence.start:sentence.end] == sentence.text
    assert _texts(text) == ["Roe quit.", "“Why now?”", "“Because.”"]


def test_straight_quotes_close_a_sentence_as_before() -> None:
    assert _texts('"This road is closed." The mayor left.') == ['"This road is closed."', "The mayor left."]
