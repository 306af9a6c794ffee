"""The Updates page: what each article added to the story when it came out, and the editor's fixes.

Articles are read in publication order (the site's one order, `publication_order`); a fact or an
entity belongs to the first article that carries it. Each article then lists the developments it
reported first (timeline entries, one per sentence), the figures it gave that revise an earlier
article's (the same thing counted, or a figure the merge marked as disagreeing, with another value),
and the people and organisations it named first. Days are newest first. Everything is derived from
the inputs (no build time, no clock), so the same inputs give the same page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.models import Article, Entity, Fact, Quantity, Story, TimelineEntry
from generator.story.briefing import SentenceEntities, best_sentence
from generator.story.summary import publication_order
from generator.wording import display_event_date

_NEW_ACTORS = ("person", "organization")


@dataclass
class UpdateLine:
    """A development or a revised figure, said with its whole sentence and linked to it."""

    fact_id: str
    text: str
    article: str
    sentence_index: int
    lead: str = ""  # the event's date, or the new figure
    earlier: str = ""  # a revised figure: the figure it replaces
    counts: str = ""  # a revised figure: what it counts

    @property
    def anchor(self) -> str:
        return f"s{self.sentence_index + 1}"


@dataclass
class ArticleUpdate:
    article: Article
    developments: list[UpdateLine] = field(default_factory=list)
    revisions: list[UpdateLine] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.developments or self.revisions or self.new_entities)


@dataclass
class UpdateDay:
    date: dt.date | None  # None: articles without a publication date
    articles: list[ArticleUpdate] = field(default_factory=list)


@dataclass
class Correction:
    """Something the editor changed or added, with their note."""

    id: str
    kind: str  # number | quote | claim | event | entity
    label: str
    fields: list[str]
    note: str | None
    added: bool


class UpdatesBuilder:
    def __init__(self, story: Story) -> None:
        self.story = story
        self.names = SentenceEntities(story)
        self.order = publication_order(story.articles)
        self.rank = {article.id: position for position, article in enumerate(self.order)}

    def first_article(self, articles: list[str]) -> str | None:
        known = [article for article in articles if article in self.rank]
        return min(known, key=self.rank.__getitem__) if known else None

    def build(self) -> list[UpdateDay]:
        updates = {article.id: ArticleUpdate(article) for article in self.order}
        self._add_developments(updates)
        self._add_revisions(updates)
        for entity in self.story.entities:
            first = self.first_article([mention.article for mention in entity.mentions])
            if entity.type in _NEW_ACTORS and first is not None:
                updates[first].new_entities.append(entity)
        days: dict[dt.date | None, UpdateDay] = {}
        for article in self.order:
            update = updates[article.id]
            if not update.empty:
                days.setdefault(article.published, UpdateDay(article.published)).articles.append(update)
        for update in updates.values():
            update.new_entities.sort(key=lambda entity: (-len(entity.mentions), entity.name))
        # Newest day first; undated articles last, since nothing says when they came.
        return sorted(days.values(), key=_newest_first)

    def _line(self, fact: Fact, article: str) -> UpdateLine | None:
        best = best_sentence([s for s in fact.sources if s.article == article], self.names)
        if best is None:
            return None
        source, text = best
        return UpdateLine(fact.id, text, source.article, source.sentence_index)

    def _add_developments(self, updates: dict[str, ArticleUpdate]) -> None:
        seen: set[tuple[str, int]] = set()
        entries = sorted(self.story.timeline, key=_entry_order)
        for entry in entries:
            first = self.first_article([source.article for source in entry.sources])
            line = self._line(entry, first) if first else None
            if first is None or line is None or (line.article, line.sentence_index) in seen:
                continue
            seen.add((line.article, line.sentence_index))
            line.lead = display_event_date(entry.date)
            updates[first].developments.append(line)

    def _add_revisions(self, updates: dict[str, ArticleUpdate]) -> None:
        firsts = {q.id: self.first_article([s.article for s in q.sources]) for q in self.story.quantities}
        by_id = {quantity.id: quantity for quantity in self.story.quantities}
        for quantity in self.story.quantities:
            first = firsts[quantity.id]
            if first is None:
                continue
            earlier = [
                other for other in self._comparable(quantity, by_id)
                if (firsts[other.id] is not None and self.rank[firsts[other.id] or ""] < self.rank[first])
                and (other.value, other.value_to) != (quantity.value, quantity.value_to)
            ]  # fmt: skip
            if not earlier:
                continue
            line = self._line(quantity, first)
            if line is not None:
                latest = max(earlier, key=lambda other: (self.rank[firsts[other.id] or ""], other.id))
                line.lead, line.earlier, line.counts = quantity.text, latest.text, quantity.about or ""
                updates[first].revisions.append(line)

    @staticmethod
    def _comparable(quantity: Quantity, by_id: dict[str, Quantity]) -> list[Quantity]:
        """Figures of the same thing: marked as disagreeing, or counting the same `about` in one unit."""
        about = (quantity.about or "").casefold()
        same = [
            other for other in by_id.values()
            if other.id != quantity.id and about and (other.about or "").casefold() == about
            and other.unit == quantity.unit and other.rate == quantity.rate
        ]  # fmt: skip
        marked = [by_id[ident] for ident in quantity.conflicts_with if ident in by_id]
        return sorted({other.id: other for other in [*marked, *same]}.values(), key=lambda other: other.id)


def _newest_first(day: UpdateDay) -> tuple[bool, int]:
    return (day.date is None, -(day.date or dt.date.min).toordinal())


def _entry_order(entry: TimelineEntry) -> tuple[int, str, str]:
    # Events before the reports that tell them, so that a shared sentence is shown as the event.
    start = entry.date.start.toordinal() if entry.date.start else 0
    return (entry.kind != "event", f"{start:08d}", entry.id)


def build_updates(story: Story) -> list[UpdateDay]:
    """What each article added, grouped by publication day, newest day first."""
    return UpdatesBuilder(story).build()


def editor_corrections(story: Story) -> list[Correction]:
    """The facts and entities the editor corrected or added, in the story's order, with their notes."""
    corrections: list[Correction] = []
    kinds: list[tuple[str, list[Fact]]] = [
        ("number", list(story.quantities)), ("quote", list(story.quotes)),
        ("claim", list(story.claims)), ("event", list(story.timeline)),
    ]  # fmt: skip
    for kind, facts in kinds:
        for fact in facts:
            if fact.edit is not None:
                label = getattr(fact, "text", fact.id)
                edit = fact.edit
                corrections.append(Correction(fact.id, kind, label, edit.fields, edit.note, edit.added))
    for entity in story.entities:
        if entity.edit is not None:
            edit = entity.edit
            correction = Correction(entity.id, "entity", entity.name, edit.fields, edit.note, edit.added)
            corrections.append(correction)
    return corrections
