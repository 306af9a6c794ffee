"""The whole-story fact lists (timeline, numbers, quotes, reports) split into a page per period.

A short list is one page. A long one becomes a short overview (the newest entries, then every
period with how many entries it holds) and a page per period: a year, or a month for a year that
alone holds more than a page's worth. An added article then changes the pages of the periods its
facts fall in and the overview, not a page holding the whole story (issue 19: at 100 articles these
lists were the site's largest pages, and converting them was most of a rebuild's Markdown work)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import TypeVar

from generator.render.layout import FACT_LISTS
from generator.render.views import UNDATED_PART, FactPart, FactView, PeriodPage

T = TypeVar("T")

# Entries an overview shows before its table of periods: the story's latest, one line each.
NEWEST_ON_OVERVIEW = 10


def fact_list(
    kind: str, facts: list[FactView], fact_date: Callable[[FactView], dt.date | None], limit: int
) -> FactPart:
    """The list page of one kind of fact; past `limit` facts (Settings.list_page_facts, which says
    why) an overview of period pages. `fact_date` places a fact in time (an event's start; the day
    another fact was first reported)."""
    name = FACT_LISTS[kind]
    if len(facts) <= limit:
        whole = FactPart(f"{name}.md", None, kind, facts)
        _set_home(whole)
        return whole
    dates = {id(view): fact_date(view) for view in facts}
    periods = split_by_period(facts, lambda view: dates[id(view)], limit)
    parts = [FactPart(f"{name}/{key}.md", key, kind, views) for key, views in periods.items()]
    whole = FactPart(f"{name}.md", None, kind, facts, parts, newest=_newest(facts, dates))
    link_periods(whole, parts)
    for part in parts:
        _set_home(part)
    return whole


def link_periods(whole: PeriodPage, parts: Sequence[PeriodPage]) -> None:
    """Give each period's page its way back to the overview (`whole`) and on to its neighbours."""
    for earlier, later in itertools.pairwise(parts):
        earlier.next, later.previous = later.link(), earlier.link()
    for part in parts:
        part.overview = whole.link()


def split_by_period(items: list[T], date_of: Callable[[T], dt.date | None], limit: int) -> dict[str, list[T]]:
    """Period key ("2013", "2013-05", "undated") -> its items in list order, earliest period first
    and undated last. A year of more than `limit` items is split into its months."""
    by_year: dict[str, list[tuple[T, dt.date | None]]] = {}
    for item in items:
        date = date_of(item)
        by_year.setdefault(f"{date.year:04d}" if date else UNDATED_PART, []).append((item, date))
    periods: dict[str, list[T]] = {}
    for year, dated in by_year.items():
        if year == UNDATED_PART or len(dated) <= limit:
            periods[year] = [item for item, _ in dated]
            continue
        for item, date in dated:
            assert date is not None  # a dated year
            periods.setdefault(f"{date.year:04d}-{date.month:02d}", []).append(item)
    # "2013" < "2013-05" < "2014": keys of one kind per year, so plain text order is time order
    return {key: periods[key] for key in sorted(periods, key=lambda key: (key == UNDATED_PART, key))}


def _newest(facts: list[FactView], dates: dict[int, dt.date | None]) -> list[FactView]:
    """The latest dated facts, newest first; among facts of one day, the later in the list first."""
    dated = [(dates[id(view)], position, view) for position, view in enumerate(facts) if dates[id(view)]]
    dated.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [view for _, _, view in dated[:NEWEST_ON_OVERVIEW]]


def _set_home(part: FactPart) -> None:
    """Every link to a fact (fact boxes, people's pages, the overview) leads to the page holding it."""
    for view in part.facts:
        view.home = part.page
