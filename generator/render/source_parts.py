"""The sources page (every outlet and the articles it published) split into a page per period when long.

As the fact lists (render/list_parts.py): a story of a few dozen articles keeps one sources page. A
longer one keeps, at the old address, what each outlet contributed (its counts, how often others
corroborate it) and which periods hold its articles; the articles themselves move to a page per
period (a year, or a month for a year of more than a page's worth), grouped by outlet there. An
added article then changes its period's page and the short overview, not a page listing every
article of the story (issue 19: at 100 articles the sources page was 111 KB of HTML, rendered again
on every added article).

A period page's inputs are plain values (`SourceEntry`), not the articles' views: an article's view
holds its facts, whose corroboration changes when a later article repeats them, and that would
render every period page again."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.render.escape import anchor_id, plain_text
from generator.render.list_parts import link_periods, split_by_period
from generator.render.views import ArticleView, PartLink, PeriodPage

SOURCES_PAGE = "sources.md"
UNKNOWN_OUTLET = "Unknown outlet"


def outlet_name(view: ArticleView) -> str:
    """The outlet an article is listed under on the sources pages."""
    return plain_text(view.article.outlet) or UNKNOWN_OUTLET


def outlet_anchor(name: str) -> str:
    """The id of an outlet's section, the same on the overview and on every period page."""
    return f"o-{anchor_id(name).lower()}"


@dataclass(frozen=True)
class SourceEntry:
    """One article as a sources period page lists it."""

    title: str
    page: str
    date: str
    estimated: bool
    url: str | None


@dataclass
class OutletEntries:
    """One outlet's articles on one period's page."""

    name: str
    id: str
    entries: list[SourceEntry]


@dataclass
class OutletPeriod:
    """On the overview: a period holding some of an outlet's articles, and how many."""

    part: PartLink
    count: int


@dataclass
class SourcesPart(PeriodPage):
    """The whole sources page (`parts` empty), its overview when split, or one period's page (`key`)."""

    outlets: list[OutletEntries] = field(default_factory=list)  # of a period's page
    parts: list[SourcesPart] = field(default_factory=list)  # of the overview: the periods, earliest first
    periods_of_outlet: dict[str, list[OutletPeriod]] = field(default_factory=dict)  # of the overview, by id

    @property
    def article_count(self) -> int:
        return sum(len(outlet.entries) for outlet in self.outlets)


def sources_list(articles: list[ArticleView], limit: int) -> SourcesPart:
    """The sources page; past `limit` articles (Settings.list_page_facts, counted in articles here)
    an overview and a page per period. `articles` in the order the page lists them."""
    if len(articles) <= limit:
        return SourcesPart(SOURCES_PAGE, None)
    periods = split_by_period(articles, lambda view: view.article.published, limit)
    folder = SOURCES_PAGE.removesuffix(".md")
    parts = [SourcesPart(f"{folder}/{key}.md", key, _by_outlet(views)) for key, views in periods.items()]
    whole = SourcesPart(SOURCES_PAGE, None, parts=parts)
    link_periods(whole, parts)
    for part in parts:
        for outlet in part.outlets:
            whole.periods_of_outlet.setdefault(outlet.id, []).append(
                OutletPeriod(part.link(), len(outlet.entries)))
    return whole


def _by_outlet(views: list[ArticleView]) -> list[OutletEntries]:
    """A period's articles grouped by outlet: the outlet with the most articles in the period first
    (then by name), each outlet's articles in list order."""
    outlets: dict[str, OutletEntries] = {}
    for view in views:
        name = outlet_name(view)
        outlet = outlets.setdefault(name, OutletEntries(name, outlet_anchor(name), []))
        outlet.entries.append(SourceEntry(view.article.title, view.page, view.date,
                                          view.article.published_estimated, view.url))
    return sorted(outlets.values(), key=lambda outlet: (-len(outlet.entries), outlet.name))
