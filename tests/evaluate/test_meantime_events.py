"""The MEANTIME events evaluation: the date rule on invented rows, and reading the gold where it lies."""

from __future__ import annotations

import pytest

from generator.evaluate.meantime import DEFAULT_CORPUS
from generator.evaluate.meantime_events import PARTS, is_right_date, read_gold, stories
from generator.models import EventDate, TimelineEntry
from generator.story.dates import date_range


def _row(value: str) -> TimelineEntry:
    start, end = date_range(value)
    return TimelineEntry(id="t-1", date=EventDate(value=value, edtf=value, start=start, end=end),
                         text="Zenco opened a plant", timex="Monday")


@pytest.mark.parametrize(("row", "gold", "right"), [
    ("2008-03-01", "2008-03-01", True),
    ("2008-03-01", "2008-03", True),  # more precise than the gold, inside it
    ("2008-03-01TMO", "2008-03-01", True),
    ("2008", "2008-03-01", False),  # less precise than the gold
    ("2008-03-08", "2008-03-01", False),  # a week off
    ("2008-03-01", "PRESENT_REF", False),
])
def test_a_row_date_is_right_inside_the_gold_range(row: str, gold: str, right: bool) -> None:
    assert is_right_date(_row(row), gold) is right


def test_the_split_keeps_tuning_and_held_out_stories_apart() -> None:
    assert set(PARTS["tune"]).isdisjoint(PARTS["heldout"])
    assert set(PARTS["tune"]) | set(PARTS["heldout"]) == set(PARTS["all"])


@pytest.mark.skipif(not (DEFAULT_CORPUS / "intra_cross-doc_annotation").is_dir(),
                    reason=f"MEANTIME not available at {DEFAULT_CORPUS}")
def test_gold_events_carry_cross_document_instances_and_dates() -> None:
    (_, paths), *_ = stories(DEFAULT_CORPUS, "tune")
    documents = [read_gold(path) for path in paths]
    instances: dict[str, set[str]] = {}
    for document in documents:
        for _, _, instance in document.events:
            instances.setdefault(instance, set()).add(document.name)
    assert any(len(names) > 1 for names in instances.values())  # told by several articles
    assert sum(len(d.mention_dates) for d in documents) > 10
    assert all(date_range(v) != (None, None) for d in documents for v in d.mention_dates.values())
