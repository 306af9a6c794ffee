"""What each chart shows, derived from a merged `Story` by pure functions (no drawing, no files).

Each function returns plain frozen dataclasses or `None`/empty when the story does not support the
chart: a chart needs at least two things to compare (a single number is a fact box, not a chart).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.charts.text import (
    counted_noun,
    counted_word,
    format_value,
    normalise_rate,
    sentence_case,
    singular,
    unit_family,
)
from generator.models import Article, Entity, Fact, Quantity, Source, Story, TimelineEntry
from generator.story.measures import counts_a_name, measured_words, person_name_words, single_value
from generator.story.summary import publication_order
from generator.wording import day_month, describe_timex_value, display_event_date

MAX_TIMELINE_EVENTS = 20
MAX_NUMBERS_PER_GROUP = 8
TOP_ENTITIES = 8
CHARTED_ENTITY_TYPES = ("person", "organization")

# "that number is 25% of the total": the share is of a total the text does not state.
SHARE_OF_TOTAL = re.compile(r"\bof (?:the|all|a)?\s*(?:\w+\s+){0,2}?total\b", re.IGNORECASE)
SAME_VALUE_TOLERANCE = 0.01
# A sentence counts as carried by earlier articles when this share of its word trigrams was already
# published; this survives light rewording ("said" -> "told reporters") that exact matching misses.
REPEATED_SENTENCE_SHARE = 0.8
SHINGLE_WORDS = 3


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class ArticleRef:
    id: str
    label: str  # short, unique among the story's articles
    title: str
    outlet: str | None
    published: dt.date | None


def article_refs(story: Story) -> list[ArticleRef]:
    """Articles in publication order with short labels ("Outlet, Jan 5") that tell them apart."""
    ordered = publication_order(story.articles)
    bases = [article_label_base(article) for article in ordered]
    labels = [
        f"{base} ({bases[: index + 1].count(base)})" if bases.count(base) > 1 else base
        for index, base in enumerate(bases)
    ]
    return [
        ArticleRef(a.id, label, a.title, a.outlet, a.published)
        for a, label in zip(ordered, labels, strict=True)
    ]


def article_label_base(article: Article) -> str:
    # Whole: the charts wrap labels and keys between words, never cut them.
    name = " ".join((article.outlet or article.title or article.id).split())
    return f"{name}, {day_month(article.published)}" if article.published else name


# --------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class TimelineEvent:
    label: str
    text: str
    start: dt.date
    end: dt.date  # inclusive; equal to start for a single day
    when: str  # the date as a reader says it, at its real precision
    edtf: str
    sources: int

    @property
    def is_day(self) -> bool:
        return self.start == self.end


def timeline_events(story: Story, limit: int = MAX_TIMELINE_EVENTS) -> list[TimelineEvent]:
    """Dated events, earliest first. Fewer than two events make no timeline picture."""
    dated = [entry for entry in story.timeline if entry.date.start is not None]
    if len(dated) > limit:
        dated = sorted(dated, key=event_importance)[:limit]
    events = sorted((timeline_event(entry) for entry in dated), key=lambda e: (e.start, e.end, e.label))
    return events if len(events) >= 2 else []


def event_importance(entry: TimelineEntry) -> tuple[bool, int, int, str]:
    """Featured first, then the most corroborated, then the most precise; id breaks ties."""
    start, end = entry.date.start, entry.date.end or entry.date.start
    width = (end - start).days if start and end else 10**6
    return (not entry.featured, -len({s.article for s in entry.sources}), width, entry.id)


def timeline_event(entry: TimelineEntry) -> TimelineEvent:
    start = entry.date.start
    assert start is not None  # filtered by the caller
    end = max(entry.date.end or start, start)
    return TimelineEvent(
        label=sentence_case(" ".join(entry.text.split())),  # whole: the drawing wraps it
        text=" ".join(entry.text.split()),
        start=start,
        end=end,
        when=display_event_date(entry.date),  # the site's one way of saying an event's date
        edtf=entry.date.edtf,
        sources=len({source.article for source in entry.sources}),
    )


# --------------------------------------------------------------------------- key numbers


@dataclass(frozen=True)
class NumberItem:
    label: str
    value: float
    display: str
    date: str | None = None
    quantity_id: str | None = None
    derived: bool = False


@dataclass(frozen=True)
class ShareRelation:
    """A stated part and the total it is a stated percentage of."""

    part: NumberItem
    total: NumberItem
    percent: float


@dataclass(frozen=True)
class NumberGroup:
    key: str  # stable slug: unit family plus rate
    family: str  # ISO currency code, "percent", a counted noun, or "count"
    rate: str | None
    items: tuple[NumberItem, ...]
    share: ShareRelation | None = None
    plural: str | None = None  # the counted word as an article writes it for more than one ("people")
    words: str = ""  # what its figures count, as a slug ("career-point"): tells apart groups of one unit


@dataclass(frozen=True)
class Derivation:
    part: Quantity
    percent: Quantity
    total_value: float


def number_groups(story: Story) -> list[NumberGroup]:
    """Figures of one counted thing (same unit family, rate and counted words: "rebounds" are not
    "games as a Bluejay", "career points" not "points in the win"), with totals implied by "X% of the
    total". A chart shows that thing as it changed (at least two values for two stated dates, each bar
    told apart by its label), or a share with its total; "rebounds" of five players in five articles are
    bars no reader can tell apart. Figures that say not what they count, scores and ranges (two values:
    "47-44", a height "5-11") are listed on the numbers page, never charted."""
    derivations = derive_totals(story)
    used_percents = {d.percent.id for d in derivations}
    names = person_name_words(story)
    buckets: dict[tuple[str, str | None, frozenset[str]], list[Quantity]] = {}
    for quantity in story.quantities:
        if quantity.id in used_percents or not math.isfinite(quantity.value):
            continue  # a used share is shown next to its derived total; NaN/inf cannot be drawn
        if counts_a_name(quantity, names):
            continue  # "24 Thompson": a misread figure (a record, a score), no count of anything
        counted = measured_words(quantity.about)
        if not counted or not single_value(quantity):
            continue  # no bar can say what it measures, nor stand for two values
        key = (comparable_family(quantity).casefold(), normalise_rate(quantity.rate), counted)
        buckets.setdefault(key, []).append(quantity)
    groups = [
        build_group(comparable_family(quantities[0]), rate, quantities, derivations)
        for (_, rate, _), quantities in buckets.items()
    ]
    return distinct_keys([group for group in groups if len(group.items) >= 2
                          and (group.share is not None or told_apart_by_date(group.items))])


def told_apart_by_date(items: Sequence[NumberItem]) -> bool:
    """Values of one thing for two calendar dates or more, no two bars with one label: a count as it
    changed. (A time of day without its day, "XXXX-XX-XXT10:03", dates nothing.)"""
    dates = {item.date for item in items if item.date and not item.date.startswith("X")}
    return len(dates) >= 2 and len({item.label.casefold() for item in items}) == len(items)


def distinct_keys(groups: list[NumberGroup]) -> list[NumberGroup]:
    """Sorted by key; two groups of one unit ("points" of a career and of a game) are told apart by
    their counted words, so each chart keeps its own file name."""
    taken = Counter(group.key for group in groups)
    named = [replace(group, key=f"{group.key}-{group.words}") if taken[group.key] > 1 and group.words
             else group for group in groups]
    return sorted(named, key=lambda g: g.key)


def comparable_family(quantity: Quantity) -> str:
    """The unit family, and for bare counts what they count, so people and encounters stay apart."""
    family = unit_family(quantity.unit)
    if family == "count":
        return counted_noun(quantity.about) or family
    return family


def build_group(
    family: str, rate: str | None, quantities: list[Quantity], derivations: list[Derivation]
) -> NumberGroup:
    items = [number_item(q, family) for q in distinct_values(quantities)]
    ids = {q.id for q in quantities}
    share = None
    for derivation in derivations:
        if derivation.part.id not in ids:
            continue
        # distinct_values may have kept another quantity with the same value in the part's place
        part = matching_item(items, derivation.part.value) or number_item(derivation.part, family)
        total = matching_item(items, derivation.total_value) or derived_total(derivation, family)
        if total not in items:
            items.append(total)
        share = share or ShareRelation(part, total, derivation.percent.value)
    items = rank_items(items, share)
    written = {word for word in (counted_word(q.about) for q in quantities if abs(q.value) != 1) if word}
    # a word written in the plural ("games") over one written in the singular ("a 42-game season"):
    # only a word that is its own plural ("people") names the group as it stands
    plurals = {word for word in written if singular(word) != word}
    plural = min(plurals or written, default=None)
    words = "-".join(sorted(measured_words(quantities[0].about) - {family.casefold()}))
    slug = re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")
    return NumberGroup(group_key(family, rate), family, rate, tuple(items), share, plural, slug)


def group_key(family: str, rate: str | None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", family.lower()).strip("-") or "count"
    return f"{slug}-per-{re.sub(r'[^a-z0-9]+', '-', rate).strip('-')}" if rate else slug


def distinct_values(quantities: list[Quantity]) -> list[Quantity]:
    """One quantity per value: two facts with the same value and unit are almost always the same number."""
    best: dict[float, Quantity] = {}
    for quantity in sorted(quantities, key=lambda q: (-len(q.sources), q.id)):
        best.setdefault(quantity.value, quantity)
    return sorted(best.values(), key=lambda q: q.id)


def number_item(quantity: Quantity, family: str) -> NumberItem:
    about = quantity.about or quantity.text
    when = describe_timex_value(quantity.date)
    label = " ".join(about.split())  # whole: the drawing wraps it
    return NumberItem(
        label=sentence_case(f"{label} · {when}" if when else label),
        value=quantity.value,
        display=format_value(quantity.value, family, quantity.qualifier),
        date=quantity.date,
        quantity_id=quantity.id,
    )


def matching_item(items: list[NumberItem], value: float) -> NumberItem | None:
    return next((i for i in items if abs(i.value - value) <= SAME_VALUE_TOLERANCE * abs(value)), None)


def derived_total(derivation: Derivation, family: str) -> NumberItem:
    percent = format_value(derivation.percent.value, "percent")
    return NumberItem(
        label=f"Total implied by the {percent} share",
        value=derivation.total_value,
        display=format_value(derivation.total_value, family),
        derived=True,
    )


def rank_items(items: list[NumberItem], share: ShareRelation | None) -> list[NumberItem]:
    """Largest first, capped; the two halves of a share relation always stay in."""
    ranked = sorted(items, key=lambda i: (-i.value, i.label))
    keep = {share.part, share.total} if share else set()
    kept = [i for i in ranked if i in keep]
    kept += [i for i in ranked if i not in keep][: max(0, MAX_NUMBERS_PER_GROUP - len(kept))]
    return sorted(kept, key=lambda i: (-i.value, i.label))


def derive_totals(story: Story) -> list[Derivation]:
    """Totals the text implies but never states: "12,000 ... that figure is a quarter of the total".

    Only where the data clearly supports it: the percentage's own sentence says it is a share "of the
    total", and the number it is a share of stands in the same sentence (before it) or the sentence
    right before, in the same article.
    """
    derivations: list[Derivation] = []
    for percent in story.quantities:
        if unit_family(percent.unit) != "percent" or not 0 < percent.value < 100:
            continue
        part = share_base(story, percent)
        if part is not None:
            derivations.append(Derivation(part, percent, part.value * 100 / percent.value))
    return derivations


def share_base(story: Story, percent: Quantity) -> Quantity | None:
    for source in percent.sources:
        if not states_share_of_total(percent, source):
            continue
        candidates = [
            (q_source.start, quantity)
            for quantity in story.quantities
            if unit_family(quantity.unit) != "percent"
            for q_source in quantity.sources
            if precedes_in_context(q_source, source)
        ]
        if candidates:
            return max(candidates, key=lambda pair: pair[0])[1]
    return None


# How far after a percentage its sentence may say "of the total": near enough to be about it, and a
# bounded read per source however long the sentence is.
SHARE_PHRASE_REACH = 200


def states_share_of_total(percent: Quantity, source: Source) -> bool:
    start = max(0, source.sentence.find(percent.text))
    after_number = source.sentence[start : start + len(percent.text) + SHARE_PHRASE_REACH]
    return bool(SHARE_OF_TOTAL.search(after_number) or SHARE_OF_TOTAL.search(percent.about or ""))


def precedes_in_context(candidate: Source, anchor: Source) -> bool:
    """In the same article, before the anchor, in its sentence or the one right before."""
    if candidate.article != anchor.article or candidate.start >= anchor.start:
        return False
    if candidate.sentence_index >= 0 and anchor.sentence_index >= 0:
        return anchor.sentence_index - candidate.sentence_index in (0, 1)
    return candidate.sentence == anchor.sentence


# --------------------------------------------------------------------------- who's who


@dataclass(frozen=True)
class MentionRow:
    entity_id: str
    name: str
    type: str
    counts: tuple[int, ...]  # per article, in `MentionTable.articles` order

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def article_count(self) -> int:
        return sum(1 for count in self.counts if count)


@dataclass(frozen=True)
class MentionTable:
    articles: tuple[ArticleRef, ...]
    rows: tuple[MentionRow, ...]


def mention_table(story: Story, top: int = TOP_ENTITIES) -> MentionTable | None:
    """Mentions of the most-mentioned people and organisations, per article; None under two of them."""
    refs = article_refs(story)
    known = {ref.id for ref in refs}
    per_article: dict[str, tuple[Entity, Counter[str]]] = {}  # only the top ones become rows
    for entity in story.entities:
        if entity.type in CHARTED_ENTITY_TYPES:
            counts = Counter(m.article for m in entity.mentions if m.article in known)
            if counts:
                per_article[entity.id] = (entity, counts)
    ranked = sorted(per_article.values(), key=lambda item: (
        -item[1].total(), -len(item[1]), item[0].name.casefold(), item[0].id))
    rows = [MentionRow(entity.id, entity.name, entity.type, tuple(counts.get(ref.id, 0) for ref in refs))
            for entity, counts in ranked[:top]]
    return MentionTable(tuple(refs), tuple(rows)) if len(per_article) >= 2 else None


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class ArticleFacts:
    article: ArticleRef
    numbers: int
    quotes: int
    claims: int
    events: int
    repeated: int  # facts an earlier-published article already carried
    sentences: int
    repeated_sentences: int

    @property
    def facts(self) -> int:
        return self.numbers + self.quotes + self.claims + self.events

    @property
    def new(self) -> int:
        return self.facts - self.repeated

    @property
    def repeated_share(self) -> float | None:
        return self.repeated / self.facts if self.facts else None

    @property
    def repeated_sentence_share(self) -> float | None:
        return self.repeated_sentences / self.sentences if self.sentences else None


def source_table(story: Story) -> list[ArticleFacts]:
    """Per article (publication order): the facts it carries and how many earlier articles had already."""
    if len(story.articles) < 2:
        return []
    refs = article_refs(story)
    kinds: dict[str, Sequence[Fact]] = {
        "numbers": story.quantities,
        "quotes": story.quotes,
        "claims": story.claims,
        "events": story.timeline,
    }
    repeated_sentences = sentence_repetition([story.article(ref.id) for ref in refs])
    # One pass over the facts instead of one per article: which articles carry each fact, and the
    # publication position of the first of them (a fact repeats in every later article).
    order = {ref.id: position for position, ref in enumerate(refs)}
    # carried[article][kind]: for each fact of that kind the article carries, whether it repeats it
    carried: dict[str, dict[str, list[bool]]] = {ref.id: {kind: [] for kind in kinds} for ref in refs}
    for kind, facts in kinds.items():
        for fact in facts:
            carriers = {s.article for s in fact.sources if s.article in order}
            first = min((order[a] for a in carriers), default=None)
            for article in carriers:
                carried[article][kind].append(order[article] != first)
    table = []
    for position, ref in enumerate(refs):
        counts = carried[ref.id]
        repeated = sum(sum(repeats) for repeats in counts.values())
        sentences, repeats = repeated_sentences[position]
        numbers, quotes, claims, events = (len(counts[kind]) for kind in kinds)
        table.append(ArticleFacts(ref, numbers, quotes, claims, events, repeated, sentences, repeats))
    return table if any(row.facts for row in table) else []


def carries(fact: Fact, article_id: str) -> bool:
    return any(source.article == article_id for source in fact.sources)


def words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE_WORDS:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def sentence_repetition(articles: list[Article | None]) -> list[tuple[int, int]]:
    """(sentences, sentences mostly carried by earlier articles) per article, in the given order.

    Works on word trigrams pooled over all earlier articles, so cost grows linearly with the story.
    """
    published: set[tuple[str, ...]] = set()
    result = []
    for article in articles:
        texts = [s.text for s in article.sentences] if article else []
        sentence_shingles = [shingles(words_of(text)) for text in texts]
        sentence_shingles = [s for s in sentence_shingles if s]
        repeated = sum(1 for s in sentence_shingles if len(s & published) >= REPEATED_SENTENCE_SHARE * len(s))
        result.append((len(sentence_shingles), repeated))
        for s in sentence_shingles:
            published |= s
    return result
