"""The Updates page: what each article added to the story when it came out, and the editor's fixes.

Articles are read in publication order (the site's one order, `publication_order`); a fact or an
entity belongs to the first article that carries it. Each article then lists the developments it
reported first (timeline entries, one per sentence), the figures it gave that revise an earlier
article's (a figure the merge marked as disagreeing, or the same thing counted with another value that
no rounding or qualifier reconciles, not told alongside it as a part of it),
and the people and organisations it named first. Days are newest first. Everything is derived from
the inputs (no build time, no clock), so the same inputs give the same page.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from generator.models import Article, Entity, Fact, Quantity, Story, TimelineEntry
from generator.story.briefing import SentenceEntities, fact_sentence, own_words
from generator.story.briefing_sentences import SaysOwnWords
from generator.story.measures import compatible, disagree, same_occasion, single_value
from generator.story.summary import publication_order, told_in_one_sentence
from generator.wording import display_event_date

_NEW_ACTORS = ("person", "organization")


@dataclass
class UpdateLine(SaysOwnWords):
    """A development or a revised figure, said with its whole sentence and linked to it."""

    fact_id: str
    text: str
    article: str
    sentence_index: int
    lead: str = ""  # the event's date, or the new figure
    earlier: str = ""  # a revised figure: the figure it replaces
    counts: str = ""  # a revised figure: what it counts
    own: str = ""  # the fact's own words, for where its sentence may not be quoted
    paraphrased: bool = False  # `text` is the fact's own words, not the sentence it links to


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
        self.places = frozenset(entity.id for entity in story.entities if entity.type == "place")

    def _revises(self, quantity: Quantity, earlier: Quantity) -> bool:
        """Whether a figure counting the same words as an earlier one revises it: the same thing
        (date, place), single values (no score or range) of one order that no rounding or qualifier
        ("about", "over") reconciles, of the same occasion (one stated date, or sentences that say
        the same of it), and not told alongside it ("Of the 288 candidates, 286 ..."). The merge's
        own tests of two figures (story/measures.py), so the Updates page never calls revised what the
        merge would not call contradictory."""
        if not (single_value(quantity) and single_value(earlier)) or _told_alongside(quantity, earlier):
            return False
        if not disagree(quantity, earlier, self.places) or not same_occasion(quantity, earlier):
            return False
        return not (compatible(earlier.value, earlier.qualifier, quantity.value)
                    or compatible(quantity.value, quantity.qualifier, earlier.value))

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
        best = fact_sentence(fact, [s for s in fact.sources if s.article == article], self.names)
        if best is None:
            return None
        source, text, paraphrased = best
        return UpdateLine(fact.id, text, source.article, source.sentence_index,
                          own=own_words(fact, source.sentence), paraphrased=paraphrased)

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
        """Figures that revise an earlier article's: of the same thing (the same `about`, unit and
        rate, or marked as disagreeing) with another value. Figures are grouped by what they count
        and sorted by article, so a figure looks back only at earlier articles' figures of its group,
        and compares with the newest of them: thousands of figures cost about one pass."""
        firsts = {q.id: self.first_article([s.article for s in q.sources]) for q in self.story.quantities}
        by_id = {quantity.id: quantity for quantity in self.story.quantities}
        groups: dict[tuple[str, str | None, str | None], list[tuple[int, str, Quantity]]] = {}
        for quantity in self.story.quantities:
            first = firsts[quantity.id]
            if first is not None and quantity.about:
                key = (quantity.about.casefold(), quantity.unit, quantity.rate)
                groups.setdefault(key, []).append((self.rank[first], quantity.id, quantity))
        for members in groups.values():
            members.sort(key=lambda member: (member[0], member[1]))
        for quantity in self.story.quantities:
            first = firsts[quantity.id]
            if first is None:
                continue
            rank = self.rank[first]
            candidates = [
                (self.rank[other_first], other.id, other)
                for other in (by_id[ident] for ident in quantity.conflicts_with if ident in by_id)
                if (other_first := firsts[other.id]) is not None
            ]
            if quantity.about:
                members = groups[(quantity.about.casefold(), quantity.unit, quantity.rate)]
                earlier = bisect.bisect_left(members, rank, key=lambda member: member[0])
                # the newest earlier figure of the same thing: when it already says this value, the
                # figure confirms it and revises nothing
                candidates += members[earlier - 1 : earlier] if earlier else []
            earlier_other = [c for c in candidates if c[0] < rank and not _same_value(c[2], quantity)
                             and not told_in_one_sentence(quantity, c[2])
                             and (c[2].id in quantity.conflicts_with or self._revises(quantity, c[2]))]
            line = self._line(quantity, first) if earlier_other else None
            if line is not None:
                latest = max(earlier_other, key=lambda candidate: (candidate[0], candidate[1]))[2]
                line.lead, line.earlier, line.counts = quantity.text, latest.text, quantity.about or ""
                updates[first].revisions.append(line)


def _told_alongside(quantity: Quantity, earlier: Quantity) -> bool:
    """Whether a sentence giving the figure also gives the earlier one ("Of the 288 candidates, 286
    have ..."): a part or a breakdown told with its whole, not a new count of the same thing."""
    figure = re.compile(rf"(?<![\w.,]){re.escape(earlier.text.strip())}(?![\w]|[.,]\d)", re.IGNORECASE)
    return bool(earlier.text.strip()) and any(figure.search(source.sentence) for source in quantity.sources)


def _same_value(first: Quantity, second: Quantity) -> bool:
    return (first.value, first.value_to) == (second.value, second.value_to)


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
