"""The updates log (what each article added, day by day) split into a page per period when long.

As the fact lists (render/list_parts.py): a log of a few days is one page; a longer one becomes a
short overview (the editor's corrections, the newest articles one line each, every period with its
count of articles) and a page per period, so that an added article changes its own period's page and
the overview, not a page holding every article's updates."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.render.list_parts import NEWEST_ON_OVERVIEW, link_periods, split_by_period
from generator.render.views import PeriodPage
from generator.story.updates import ArticleUpdate, UpdateDay

UPDATES_PAGE = "updates.md"


@dataclass
class NewestUpdate:
    """One of the newest articles, as the overview lists it: its update and the page holding it."""

    update: ArticleUpdate
    page: str


@dataclass
class UpdatesPart(PeriodPage):
    """The whole log, its overview when split (`parts`), or one period's page (`key`)."""

    days: list[UpdateDay]  # newest day first
    parts: list[UpdatesPart] = field(default_factory=list)  # the periods, earliest first
    newest: list[NewestUpdate] = field(default_factory=list)

    @property
    def article_count(self) -> int:
        return sum(len(day.articles) for day in self.days)


def updates_log(days: list[UpdateDay], limit: int) -> UpdatesPart:
    """The updates page, or past `limit` days (Settings.updates_page_days) an overview of a page
    per period."""
    if len(days) <= limit:
        return UpdatesPart(UPDATES_PAGE, None, days)
    periods = split_by_period(days, lambda day: day.date, limit)
    folder = UPDATES_PAGE.removesuffix(".md")
    parts = [UpdatesPart(f"{folder}/{key}.md", key, in_period) for key, in_period in periods.items()]
    whole = UpdatesPart(UPDATES_PAGE, None, days, parts)
    link_periods(whole, parts)
    page_of_day = {id(day): part.page for part in parts for day in part.days}
    whole.newest = _newest(days, page_of_day)
    return whole


def _newest(days: list[UpdateDay], page_of_day: dict[int, str]) -> list[NewestUpdate]:
    """The newest dated articles, newest first (days come newest first, undated last)."""
    newest: list[NewestUpdate] = []
    for day in days:
        if day.date is None or len(newest) >= NEWEST_ON_OVERVIEW:
            break
        newest += [NewestUpdate(update, page_of_day[id(day)]) for update in day.articles]
    return newest[:NEWEST_ON_OVERVIEW]
