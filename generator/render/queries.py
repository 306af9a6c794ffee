"""Questions the page templates ask of the site index (facts of a kind, by year, by entity, by outlet),
answered as view objects so that templates stay free of lookups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from generator.models import (
    Quantity,
)
from generator.render.escape import (
    anchor_id,
    plain_text,
)
from generator.render.index import SiteIndex
from generator.render.source_parts import outlet_anchor, outlet_name
from generator.render.unit_names import unit_reader_name
from generator.render.views import (
    ArticleView,
    EntityView,
    FactGroup,
    FactView,
    OutletView,
    SourceLink,
    _event_sort_key,
    event_end,
    event_start,
    says_what_it_counts,
    within_a_month,
)
from generator.story.measures import counts_a_name, person_name_words
from generator.wording import MONTHS, as_heading

SHOWN_WORDS = 5  # a fact's words that make a sentence containing them a repeat


def _folded(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".")


class SiteQueries:
    """Selections and groupings the pages show, over a built `SiteIndex`."""

    def __init__(self, index: SiteIndex) -> None:
        self.index = index
        self._names: tuple[object, frozenset[str]] | None = None

    def _person_name_words(self) -> frozenset[str]:
        """`person_name_words` of the story, worked out once per story object: the story is only
        read while pages render, and each article page asks for its key numbers. (A recording
        page's site hands out a new proxy of the story at each access, so its reads are always
        recorded: page_inputs.py.)"""
        story = self.index.story
        if self._names is None or self._names[0] is not story:
            self._names = (story, person_name_words(story))
        return self._names[1]

    def quote_once(self, link: SourceLink | None, shown: list[str]) -> bool:
        """Whether a fact may quote its source sentence on this page: the sentence is one of its
        article's excerpts (`SiteIndex.quotable`), and neither it nor a fact's words it contains
        were shown above (`shown`, filled in page order). When it may, it joins `shown`."""
        if link is None or not link.sentence or not self.index.quotable_link(link):
            return False
        sentence = _folded(link.sentence)
        if any(text in sentence for text in shown):
            return False
        shown.append(sentence)
        return True

    def note_shown(self, fact: FactView, shown: list[str]) -> None:
        """Remember the words a fact shows on this page (a clause of five words or more), so that a
        sentence quoted below does not repeat them."""
        text = _folded(fact.text)
        if len(text.split()) >= SHOWN_WORDS:
            shown.append(text)

    def key_numbers(self, limit: int = 6, article: str | None = None) -> list[FactView]:
        """Featured numbers first (the editor's order), then the most corroborated."""
        featured = {ident: rank for rank, ident in enumerate(self.index.story.featured)}
        candidates = self.index.facts if article is None else self.index.articles[article].facts
        names = self._person_name_words()
        # a count of a person's name ("24 Thompson": a record or a score misread) is no key number,
        # nor is a bare figure that says not what it counts ("59")
        numbers = [view for view in candidates if view.kind == "number" and isinstance(view.fact, Quantity)
                   and not counts_a_name(view.fact, names) and says_what_it_counts(view.fact)]
        order = {id(view): position for position, view in enumerate(numbers)}
        numbers.sort(
            key=lambda v: (
                featured.get(v.fact.id, len(featured)),
                not v.fact.featured,
                -v.corroboration,
                order[id(v)],
            )
        )
        return numbers[:limit]

    def top_entities(
        self, limit: int = 6, article: str | None = None, types: tuple[str, ...] = ("person",)
    ) -> list[EntityView]:
        """The most mentioned entities of the given types (organisations fill in when people are few)."""
        if article is None:
            counts = {view.entity.id: view.mention_count for view in self.index.entities.values()}
            views = [view for view in self.index.entities.values() if counts.get(view.entity.id)]
        else:
            # The article's own mentions, listed entity by entity in the story's order: its entities
            # in that order without a pass over every entity (article pages ask this a thousand times).
            mentioned = self.index.mentions_by_article.get(article, [])
            counts = Counter(view.entity.id for _, view in mentioned)
            views = list({view.entity.id: view for _, view in mentioned}.values())

        def mentions(view: EntityView) -> int:
            return counts[view.entity.id]

        views.sort(key=lambda v: (v.entity.type not in types, -mentions(v), not v.roles, v.name))
        chosen = [v for v in views if v.entity.type in types][:limit]
        if len(chosen) < 3:
            chosen += [v for v in views if v.entity.type == "organization" and v not in chosen]
        return chosen[:limit]

    def latest_events(self, limit: int = 5) -> list[FactView]:
        events = [view for view in self.index.facts_of_kind("event") if event_start(view) is not None]
        # Newest start first; among equal starts the most precise first ("19 Jan" before "January").
        events.sort(key=lambda v: (-event_start(v).toordinal(), event_end(v), v.id))  # type: ignore[union-attr]  # filtered above
        return events[:limit]

    def timeline_groups(self, events: Iterable[FactView] | None = None) -> list[FactGroup]:
        """Years, each with its months, each with its entries, earliest first; undated ones last.

        An entry whose date is vaguer than a month ("2023", "early 2023", "summer 2023") cannot sit
        in a month: it stands directly under its year, before the months (its own heading is its
        date, so a "Sometime in 2023" heading over it would only stack dates).
        """
        years: dict[int, FactGroup] = {}
        undated = FactGroup("Undated", "undated")
        events = self.index.facts_of_kind("event") if events is None else events
        for view in sorted(events, key=_event_sort_key):
            start = event_start(view)
            if start is None:
                undated.facts.append(view)
                continue
            year = years.setdefault(start.year, FactGroup(str(start.year), f"y{start.year}"))
            if not within_a_month(view):
                year.facts.append(view)  # its own heading says "early 2023": no "Sometime in" heading over it
                continue
            label, ident = f"{MONTHS[start.month - 1]} {start.year}", f"m{start.year}-{start.month:02d}"
            group = next((g for g in year.subgroups if g.id == ident), None)
            if group is None:
                group = FactGroup(label, ident)
                year.subgroups.append(group)
            group.facts.append(view)
        for year in years.values():
            year.subgroups.sort(key=lambda g: g.id)
        groups = [years[key] for key in sorted(years)]
        return [*groups, undated] if undated.facts else groups

    def number_groups(self, numbers: Iterable[FactView] | None = None) -> list[FactGroup]:
        """Numbers grouped by what they are about (or their unit), biggest group first; each group's
        heading starts with a capital ("Ladder trucks"), as a heading does."""

        def key(view: FactView) -> str:
            fact = view.fact
            assert isinstance(fact, Quantity)
            # a unit heads its numbers in a reader's words: "Feet", not the symbol "Ft"
            words = fact.about or (unit_reader_name(fact.unit) if fact.unit else "")
            return as_heading(plain_text(words)) or "Other numbers"

        numbers = self.index.facts_of_kind("number") if numbers is None else numbers
        return self._grouped(numbers, key, prefix="n")

    def speaker_groups(self, kind: str, facts: Iterable[FactView] | None = None) -> list[FactGroup]:
        """Quotes (kind "quote") or reports, demands and statements (kind "claim") grouped by who."""
        groups = self._grouped(
            self.index.facts_of_kind(kind) if facts is None else facts,
            # a described speaker heads its group as a heading starts: "Police", not "police"
            lambda view: self.index.entity_name(view.speaker_id) if view.speaker_id
            else view.speaker[:1].upper() + view.speaker[1:],
            prefix="by",
        )
        for group in groups:
            first = group.facts[0]
            group.page = self.index.entity_page(first.speaker_id)
        return groups

    @staticmethod
    def _grouped(views: Iterable[FactView], key: Callable[[FactView], str], prefix: str) -> list[FactGroup]:
        groups: dict[str, FactGroup] = {}
        for view in views:
            label = key(view) or "Unattributed"
            group = groups.setdefault(
                label.casefold(), FactGroup(label, f"{prefix}-{anchor_id(label).lower()}")
            )
            group.facts.append(view)
        return sorted(groups.values(), key=lambda g: (-len(g.facts), g.label.casefold(), g.label))

    def outlets(self) -> list[OutletView]:
        by_outlet: dict[str, list[ArticleView]] = {}
        for view in self.index.articles.values():
            by_outlet.setdefault(outlet_name(view), []).append(view)
        outlets = []
        for name, articles in sorted(by_outlet.items(), key=lambda item: (-len(item[1]), item[0])):
            ids = {view.article.id for view in articles}
            facts = [f for f in self.index.facts if any(link.article in ids for link in f.sources)]
            corroborated = sum(
                1
                for f in facts
                if any(link.article not in ids for link in f.sources)
                or any(outlet != name for outlet in f.outlets)
            )
            kinds = Counter(f.kind for f in facts)
            outlets.append(
                OutletView(name, outlet_anchor(name), articles, facts, corroborated, dict(kinds))
            )
        return outlets

