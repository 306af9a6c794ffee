"""A long story's timeline chart keeps its newest weeks readable (invented events)."""

from __future__ import annotations

import datetime as dt

from generator.charts.data import TimelineEvent
from generator.charts.draw import date_limits
from generator.charts.specs import FOCUS_DAYS, focus_note, timeline_drawing


def event(label: str, start: dt.date, end: dt.date | None = None) -> TimelineEvent:
    return TimelineEvent(label=label, text=label, start=start, end=end or start, when=start.isoformat(),
                         edtf=start.isoformat(), sources=1)


OLD = [event("Ferry line opens", dt.date(2019, 5, 2)), event("Pier rebuilt", dt.date(2021, 8, 9))]
RECENT = [event("Strike called", dt.date(2024, 2, 1)), event("Talks resume", dt.date(2024, 2, 20)),
          event("Deal signed", dt.date(2024, 3, 4))]


def test_a_long_story_focuses_on_its_newest_months_and_sums_up_the_rest() -> None:
    drawing = timeline_drawing(OLD + RECENT)
    assert drawing.focus_start == dt.date(2024, 3, 4) - dt.timedelta(days=FOCUS_DAYS)
    assert [mark.label for mark in drawing.marks] == ["Strike called", "Talks resume", "Deal signed"]
    assert drawing.earlier.startswith("◀ 2 earlier events, 2019-05-02 to 2021-08-09")
    low, high = date_limits(drawing.marks, drawing.focus_start)
    assert high - low < FOCUS_DAYS + 10  # the newest weeks get the whole width, not a sliver of 5 years
    assert "2 earlier events are in the table below" in focus_note(OLD + RECENT)


def test_a_period_reaching_into_the_window_is_drawn_from_its_start() -> None:
    spanning = event("Dispute", dt.date(2023, 6, 1), dt.date(2024, 2, 10))
    drawing = timeline_drawing([*OLD, spanning, *RECENT])
    dispute = next(mark for mark in drawing.marks if mark.label == "Dispute")
    assert dispute.start == drawing.focus_start and dispute.end == dt.date(2024, 2, 10)


def test_a_short_story_is_shown_whole() -> None:
    drawing = timeline_drawing(RECENT)
    assert drawing.focus_start is None and drawing.earlier == "" and len(drawing.marks) == 3
    assert focus_note(RECENT) == ""


def test_every_date_tick_label_keeps_room_from_the_picture_s_sides() -> None:
    """A window starting on the first of a month puts a tick, and its two-line label, at the very left
    edge: that tick is dropped and the next one names the year."""
    from matplotlib.dates import num2date

    from generator.charts.draw import TICK_EDGE_ROOM, draw_timeline
    from generator.charts.style import FIG_WIDTH, TimelineDrawing, TimelineMark

    drawing = TimelineDrawing((TimelineMark("Strike called", dt.date(2023, 11, 1), dt.date(2023, 12, 31)),
                               TimelineMark("Deal signed", dt.date(2024, 1, 20), dt.date(2024, 1, 31))),
                              focus_start=dt.date(2023, 11, 1))
    figure = draw_timeline(drawing)
    figure.canvas.draw()
    [axes] = figure.axes
    labels = [label for label in axes.get_xticklabels() if label.get_text()]
    renderer = figure.canvas.get_renderer()
    for label in labels:
        box = label.get_window_extent(renderer)
        assert box.x0 / figure.dpi >= TICK_EDGE_ROOM and box.x1 / figure.dpi <= FIG_WIDTH - TICK_EDGE_ROOM
    assert labels[0].get_text() == "Dec\n2023"  # the year is still named, on the first tick shown
    assert num2date(axes.get_xticks()[0]).date() == dt.date(2023, 12, 1)
