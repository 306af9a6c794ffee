"""An invented story about a harbour strike, shared by the briefing and updates tests."""

from __future__ import annotations

import datetime as dt

from generator.models import Claim, Entity, EventDate, Quantity, Role, Story, TimelineEntry
from tests.stories import make_article, mentions, source

EARLY = (
    "The Portmere dockers union called a strike in March. "
    "The harbour authority said the strike cost 40 ships a day. "
    "It offered a 2 percent raise."
)
LATE = (
    "Dockers in Portmere rejected the harbour authority's offer on Monday. "
    "It was able to keep 12 berths open. "
    "Union leader Mara Voss demanded a 6 percent raise. "
    "Talks are expected to resume on 20 June. "
    "Voss said the union would not back down."
)


def dated(value: str, start: dt.date, end: dt.date) -> EventDate:
    return EventDate(value=value, edtf=value, start=start, end=end)


def harbour_story() -> Story:
    early = make_article("early", "Dockers strike", "Harbour News", EARLY, dt.date(2025, 3, 10))
    late = make_article("late", "Offer rejected", "Coast Daily", LATE, dt.date(2025, 6, 3))
    authority = Entity(
        id="harbour-authority", name="Portmere Harbour Authority", type="organization",
        mentions=mentions(early, "harbour authority") + mentions(late, "harbour authority"),
    )  # fmt: skip
    voss = Entity(
        id="mara-voss", name="Mara Voss", type="person",
        roles=[Role(role="Union leader", sources=[source(late, "Union leader Mara Voss")])],
        mentions=mentions(late, "Mara Voss") + mentions(late, "Voss said"),
    )  # fmt: skip
    strike = TimelineEntry(
        id="t-strike", date=dated("2025-03", dt.date(2025, 3, 1), dt.date(2025, 3, 31)), timex="in March",
        text="The union called a strike.", sources=[source(early, "in March")],
    )  # fmt: skip
    rejected = TimelineEntry(
        id="t-rejected", date=dated("2025-06-02", dt.date(2025, 6, 2), dt.date(2025, 6, 2)), timex="Monday",
        text="Dockers rejected the offer.", sources=[source(late, "on Monday")],
    )  # fmt: skip
    berths = TimelineEntry(
        id="t-berths", date=dated("2025-06", dt.date(2025, 6, 1), dt.date(2025, 6, 2)), timex="June",
        text="It was able to keep 12 berths open.", sources=[source(late, "It was able")],
    )  # fmt: skip
    talks = TimelineEntry(
        id="t-talks", date=dated("2025-06-20", dt.date(2025, 6, 20), dt.date(2025, 6, 20)), timex="20 June",
        text="Talks resume.", sources=[source(late, "20 June")],
    )  # fmt: skip
    ships = Quantity(
        id="q-ships", text="40 ships", value=40, about="ships held up each day",
        sources=[source(early, "40 ships")],
    )  # fmt: skip
    demand = Claim(
        id="c-raise", by="Mara Voss", by_id="mara-voss", text="a 6 percent raise", kind="demand",
        sources=[source(late, "demanded a 6 percent raise")],
    )  # fmt: skip
    return Story(
        title="Portmere strike", articles=[early, late], entities=[authority, voss],
        quantities=[ships], claims=[demand], timeline=[strike, rejected, berths, talks],
    )  # fmt: skip
