"""The per-document memo: an answer is made once per Doc (or once per token of it) and shared."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from generator.annotate.doc_memo import memo, memo_at


def blank_doc(text: str = "The clerk counted the votes twice.") -> Doc:
    return spacy.blank("en")(text)


def test_memo_makes_the_value_once_and_shares_it() -> None:
    doc = blank_doc()
    made: list[int] = []

    def make() -> list[str]:
        made.append(1)
        return [token.text for token in doc]

    first = memo(doc, "test.texts", make)
    assert first == ["The", "clerk", "counted", "the", "votes", "twice", "."]
    assert memo(doc, "test.texts", make) is first
    assert made == [1]
    assert doc.user_data["test.texts"] is first


def test_a_falsy_value_is_kept_too() -> None:
    doc = blank_doc()
    calls: list[int] = []

    def make() -> list[int]:
        calls.append(1)
        return []

    assert memo(doc, "test.empty", make) == []
    assert memo(doc, "test.empty", make) == []
    assert calls == [1]


def test_a_value_already_kept_under_the_key_is_read_not_made() -> None:
    doc = blank_doc()
    doc.user_data["test.given"] = "kept before"
    assert memo(doc, "test.given", lambda: "made") == "kept before"


def test_keys_and_documents_do_not_share_values() -> None:
    one, other = blank_doc(), blank_doc("A second text.")
    assert memo(one, "test.a", lambda: "a") == "a"
    assert memo(one, "test.b", lambda: "b") == "b"
    assert memo(other, "test.a", lambda: "other") == "other"


def test_memo_at_keeps_one_value_per_place() -> None:
    doc = blank_doc()
    made: list[int] = []

    def length(i: int) -> int:
        made.append(i)
        return len(doc[i].text)

    assert [memo_at(doc, "test.lengths", i, lambda i=i: length(i)) for i in (1, 2, 1, 2)] == [5, 7, 5, 7]
    assert made == [1, 2]
    assert doc.user_data["test.lengths"] == {1: 5, 2: 7}


def test_memo_at_keeps_none_and_takes_any_hashable_place() -> None:
    doc = blank_doc()
    calls: list[tuple[int, int]] = []

    def span(start: int, end: int) -> None:
        calls.append((start, end))

    for _ in range(2):
        assert memo_at(doc, "test.spans", (3, 99), lambda: span(3, 99)) is None
    assert calls == [(3, 99)]
