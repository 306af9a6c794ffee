"""Aligning a timeline row's source with gold events (wave 4): a report row tells the report."""

from __future__ import annotations

import pytest

from generator.evaluate.ecbplus_events import anchor_event, count_rows_per_event
from generator.evaluate.meantime_events import EventTotals
from generator.models import Source

SOURCE = Source(article="a", start=0, end=60, sentence="")
ACTIONS = [((0, 4), "ACTION_REPORTING", "said"), ((10, 18), "ACTION_OCCURRENCE", "resign")]


@pytest.mark.parametrize(("actions", "report", "expected"), [
    (ACTIONS, False, "resign"),  # an event row: the reported action, not the speech verb
    (ACTIONS, True, "said"),  # a report row: the speech verb
    (ACTIONS[1:], True, None),  # a report row whose speech verb has no cross-document event
    (ACTIONS[:1], False, "said"),  # an event row with nothing but a speech verb
])
def test_a_report_row_is_anchored_on_its_reporting_action(actions, report, expected) -> None:
    assert anchor_event(SOURCE, (20, 25), actions, report=report) == expected


def test_rows_per_event_counts_events_told_by_two_articles_only() -> None:
    totals = EventTotals()
    articles_of = {"quake": {"a", "b"}, "rescue": {"a", "b", "c"}, "aside": {"a"}}
    key = {("a", 1): "quake", ("b", 2): "quake", ("a", 3): "rescue", ("c", 4): "aside"}
    response = {("a", 1): "row-1", ("b", 2): "row-2", ("a", 3): "row-3", ("c", 4): "row-4"}
    count_rows_per_event(articles_of, key, response, totals)
    assert (totals.multi_article_events, totals.matched_events, totals.rows_of_matched) == (2, 2, 3)
    assert totals.rows_per_event == 1.5
