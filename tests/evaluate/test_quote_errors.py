"""Error classes of `explainer evaluate quotes --errors`, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.document import annotate_doc
from generator.evaluate import quote_errors
from generator.evaluate.quote_errors import ErrorClasses, Miss, error_class, report_classes
from generator.evaluate.quotes import id_range, in_ranges, same_speaker
from generator.models import Claim, Quote, Source


def _source(start: int, end: int) -> Source:
    return Source(article="a", start=start, end=end, sentence="s")


def _quote(speaker: str | None, reported_by: str | None = None) -> Quote:
    return Quote(id="q", text="t", speaker=speaker, reported_by=reported_by, sources=[_source(0, 1)])


def _claim(by: str) -> Claim:
    return Claim(id="c", by=by, text="t", kind="statement", sources=[_source(0, 1)])


# (text, the words attributed, gold speaker, what the system found, whether its speaker was right, class)
CASES = [
    ("The bridge closed on Monday. Crews worked through the night.", "Crews worked", "Ann Poe", None, False,
     quote_errors.NOT_FOUND_NO_VERB),
    ("Ann Poe said that the bridge would close on Monday.", "the bridge would close", "Ann Poe", None, False,
     quote_errors.NOT_FOUND_WITH_VERB),
    ("“We will win the final,” said Ann Poe.", "We will win", "Ann Poe", _quote("Ann Poe"), True,
     quote_errors.MOOD),
    ("The fire is said to have started in the kitchen.", "started in the kitchen", "unattributed",
     _claim("Ann Poe"), False, quote_errors.GIVEN_NONE),
    ("Ann Poe met Tom Ode. “We will win the final,” he said.", "We will win", "Max Bell", _quote(None), False,
     quote_errors.UNATTRIBUTED.format(subject="pronoun")),
    ("Ann Poe met Tom Ode. “We will win the final,” he said.", "We will win", "Max Bell", _quote("Tom Ode"),
     False, quote_errors.PRONOUN),
    ("“We will win the final,” the coach said.", "We will win", "Max Bell", _quote("the coach"), False,
     quote_errors.DESCRIPTION),
    ("“We will win the final,” Ann Poe said.", "We will win", "Ann Poe", _quote("Ann Pope"), False,
     quote_errors.STORY_RESOLUTION),
    ("“We will win the final,” Ann Poe said. “The team is ready for it.”", "The team is ready", "Max Bell",
     _quote("Ann Poe"), False, quote_errors.CARRIED),
    ("Ann Poe said Tom Ode shouted that the bridge was closed.", "the bridge was closed", "Max Bell",
     _claim("Ann Poe"), False, quote_errors.NESTED),
]


@pytest.mark.parametrize(("text", "words", "gold", "fact", "right", "expected"), CASES)
def test_each_error_class(nlp: Language, text: str, words: str, gold: str, fact: Quote | Claim | None,
                          right: bool, expected: str) -> None:
    doc = nlp(text)
    annotations = annotate_doc(doc, "a", None)
    start = text.index(words)
    miss = Miss("a1", "a", 0, (start, start + len(words)), gold, fact, right)
    assert error_class(miss, doc, annotations, same_speaker) == expected


def test_the_report_counts_classes_largest_first() -> None:
    classes = ErrorClasses()
    classes.counts.update({quote_errors.PRONOUN: 1, quote_errors.CARRIED: 3})
    classes.lines.append(f"| {quote_errors.PRONOUN} | a1 | Ann Poe | Tom Ode |")
    table = report_classes(classes)
    assert table.index(quote_errors.CARRIED) < table.index(quote_errors.PRONOUN)
    assert "| 3 | 0.75 |" in table and "| a1 | Ann Poe | Tom Ode |" in table


@pytest.mark.parametrize(("item", "ranges", "kept"), [
    ("a600", [(591, 683)], True), ("a590", [(591, 683)], False), ("a590", [], True),
    ("a700", [(591, 683), (684, 733)], True),
])
def test_id_ranges_select_attributions(item: str, ranges: list[tuple[int, int]], kept: bool) -> None:
    assert in_ranges(item, ranges) is kept


def test_an_id_range_is_read_from_the_command_line() -> None:
    assert id_range("a591-a683") == (591, 683) and id_range("a600") == (600, 600)
