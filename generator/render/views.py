"""View models for the page templates: where every page lives and what every fact shows.

The templates stay free of lookups: this module resolves ids to pages, sources to sentence anchors,
conflicts to the facts they contradict, and entities to the facts that involve them. Values here are
plain text; escaping happens in the templates (the `md`/`attr` filters, and by default on output)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from generator.models import (
    Article,
    Claim,
    Edit,
    Entity,
    Fact,
    Quantity,
    Quote,
    Story,
    TimelineEntry,
)
from generator.render.escape import (
    plain_text,
    truncate_chars,
    truncate_words,
)
from generator.render.layout import FACT_LISTS
from generator.story.parties import can_speak
from generator.wording import (
    _CALENDAR_VALUE,
    CLAIM_VERBS,
    claim_verb,
    display_event_date,
    display_timex,
    month_label,
    value_with_unit,
)

UNDATED_PART = "undated"
# A figure joined to its unit by a hyphen, as a modifier writes it: "59-year", "three-mile", "12-hour".
_HYPHENATED_MEASURE = re.compile(r"^[\w.,]+-[^\W\d_]+$")
_FIGURE_AND_WORD = re.compile(r"^[\d.,]+\s+([^\W\d_]+)$")  # "20 year"


@dataclass(frozen=True)
class SourceLink:
    article: str
    outlet: str
    title: str
    date: str
    estimated: bool
    target: str  # page path under the docs root with the sentence anchor
    sentence: str
    sentence_index: int | None = None
    lead: str = ""  # set when `sentence` is a fact's own words, not the article's: the fact's date

    @property
    def label(self) -> str:
        name = self.outlet or truncate_words(self.title, 8)
        return f"{name}, {self.date}" if self.date else name


@dataclass(frozen=True)
class FactLink:
    id: str
    headline: str
    target: str


@dataclass
class FactView:
    id: str
    kind: str  # number | quote | claim | event
    headline: str
    text: str
    detail: str
    date: str
    sources: list[SourceLink]
    corroboration: int
    outlets: list[str]
    edit: Edit | None
    fact: Fact
    conflicts: list[FactLink] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # entity ids, explicit ones first
    speaker: str = ""
    speaker_id: str | None = None
    home: str = ""  # the list page that shows the fact in full (see SiteIndex.fact_lists)

    @property
    def target(self) -> str:
        return f"{self.home or FACT_LISTS[self.kind] + '.md'}#{self.id}"

    @property
    def action_headline(self) -> str:
        """A claim's heading where its speaker is already said (under the speaker's name): "Reported:
        …" rather than repeating the name; other facts keep their headline."""
        fact = self.fact
        if not isinstance(fact, Claim):
            return self.headline
        verb = CLAIM_VERBS.get(fact.kind, fact.kind)
        return truncate_chars(f"{verb.capitalize()}: {plain_text(fact.text)}", HEADLINE_CHARS)

    @property
    def titled(self) -> bool:
        """Whether the fact gets a heading of its own (a number only where it says what it counts)."""
        return says_what_it_counts(self.fact)

    @property
    def value_label(self) -> str:
        """A number's normalised value ("1,200 people, more than"); empty for other facts."""
        fact = self.fact
        if not isinstance(fact, Quantity):
            return ""
        amount = value_with_unit(fact.value, plain_text(fact.unit) or None)
        value = " ".join(part for part in (amount, plain_text(fact.rate)) if part)
        return f"{value} ({plain_text(fact.qualifier)})" if fact.qualifier else value


def distinct_roles(roles: list[str]) -> list[str]:
    """The roles a reader is shown, in the order first given: a role whose words all stand in another
    role says nothing more ("Coach" beside "Head Coach"), and case alone makes no second role."""
    words = [frozenset(role.casefold().split()) for role in roles]
    return [role for at, role in enumerate(roles)
            if not any(words[at] < other or (words[at] == other and before < at)
                       for before, other in enumerate(words) if before != at)]


@dataclass
class EntityView:
    id: str
    entity: Entity
    name: str
    type_label: str
    roles: list[str]
    aliases: list[str]
    mention_count: int
    articles: list[str]
    page: str | None
    link: str | None
    facts: list[FactView] = field(default_factory=list)


@dataclass
class ArticleView:
    article: Article
    page: str
    month: str
    date: str
    url: str | None
    facts: list[FactView] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)  # indexes of sentences that carry facts
    fact_ids: set[str] = field(default_factory=set)  # of `facts`: a list scan per fact is quadratic


def _quantity_detail(quantity: Quantity) -> str:
    parts = [value_with_unit(quantity.value, quantity.unit)]
    if quantity.rate:
        parts[0] += f" {quantity.rate}"
    if quantity.qualifier:
        parts.append(f"qualifier: {quantity.qualifier}")
    if quantity.about:
        parts.append(f"about: {quantity.about}")
    if quantity.date:
        parts.append(f"date: {display_timex(quantity.date, None)}")
    return " · ".join(parts)


@dataclass
class EntitySection:
    """An index page of entity pages: a type ("People"), or one initial of a type split by initial."""

    folder: str  # under the docs root, e.g. people/person or people/person/a
    title: str
    entity_type: str
    views: list[EntityView]
    parts: list[EntitySection] = field(default_factory=list)  # the initials of a split type


@dataclass
class FactGroup:
    """Facts under one heading: numbers about the same thing, quotes by the same speaker, ..."""

    label: str
    id: str
    facts: list[FactView] = field(default_factory=list)
    page: str | None = None  # the entity page of who the group is about, if any
    subgroups: list[FactGroup] = field(default_factory=list)


@dataclass(frozen=True)
class PartLink:
    """Another page of a split list as one part sees it: where it is and what it is called. Not its
    facts: a part's inputs are its own facts, so that an added article re-renders only the parts
    its facts fall in (a part holding the whole list would change with every fact of the story)."""

    page: str
    label: str


@dataclass
class PeriodPage:
    """A page of a list that is split into a page per period when long (the fact lists, the updates
    log): where it is, its period, and on a period's page the ways to the list's overview and to the
    periods before and after it (keyword-only, so that each list keeps its own fields' order)."""

    page: str  # path under the docs root
    key: str | None  # "2013", "2013-05" or "undated" for a period's page; None for the list or overview
    overview: PartLink | None = field(default=None, kw_only=True)
    previous: PartLink | None = field(default=None, kw_only=True)
    next: PartLink | None = field(default=None, kw_only=True)

    @property
    def label(self) -> str:
        return part_label(self.key) if self.key is not None else ""

    def link(self) -> PartLink:
        return PartLink(self.page, self.label)


@dataclass
class FactPart(PeriodPage):
    """A list page of one kind of fact: all of them, the overview of a split list, or one period's."""

    kind: str  # number | quote | claim | event
    facts: list[FactView]
    parts: list[FactPart] = field(default_factory=list)  # the periods' pages, when split
    newest: list[FactView] = field(default_factory=list)  # of an overview: the newest facts, newest first


def part_label(key: str) -> str:
    """A period's name: "2013", "May 2013" or "Undated"."""
    if key == UNDATED_PART:
        return "Undated"
    return month_label(key) if "-" in key else str(int(key))


@dataclass
class OutletView:
    name: str
    id: str
    articles: list[ArticleView]
    facts: list[FactView]
    corroborated: int  # of its facts, how many another outlet also carries
    kinds: dict[str, int]


def event_start(view: FactView) -> dt.date | None:
    """The first day an event may fall on; from the TIMEX3 value when no start was resolved."""
    fact = view.fact
    if not isinstance(fact, TimelineEntry):
        return None
    if fact.date.start is not None:
        return fact.date.start
    match = _CALENDAR_VALUE.match(fact.date.value)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def within_a_month(view: FactView) -> bool:
    """Whether an event's date is precise enough to sit under one month: a day, a week, a month
    (also "late March"); not a year, a season, a quarter or a span of months."""
    fact = view.fact
    start = event_start(view)
    if not isinstance(fact, TimelineEntry) or start is None:
        return False
    end = fact.date.end
    if end is None:
        match = _CALENDAR_VALUE.match(fact.date.value)
        return bool(match and match.group(2))
    if (end - start).days <= 7:
        return True  # a week that crosses into the next month still belongs to where it starts
    return (end.year, end.month) == (start.year, start.month)


def event_end(view: FactView) -> dt.date:
    fact = view.fact
    if isinstance(fact, TimelineEntry):
        return fact.date.end or event_start(view) or dt.date.min
    return dt.date.min


def _event_sort_key(view: FactView) -> tuple[dt.date, dt.date, str, str]:
    fact = view.fact
    assert isinstance(fact, TimelineEntry)
    start = event_start(view) or dt.date.max
    return (start, fact.date.end or start, fact.date.value, view.id)


def iter_facts(story: Story) -> Iterator[Fact]:
    yield from story.quantities
    yield from story.quotes
    yield from story.claims
    yield from story.timeline


HEADLINE_CHARS = 60  # fact headings are labels for the table of contents and search, not the text
_QUOTE_LABELS = {"question": "Question"}  # a quoted question is not headed as a statement


def describe_fact(fact: Fact) -> tuple[str, str, str, str, str]:
    """(kind, headline, text, normalised detail, date) of a fact, all plain text.

    The headline is a short label (what a number counts, who said or reported something), never a
    copy of the text shown below it.
    """
    if isinstance(fact, Quantity):
        text, date = plain_text(fact.text), plain_text(fact.date)
        return "number", _number_headline(fact), text, _quantity_detail(fact), date
    if isinstance(fact, Quote):
        speaker = shown_speaker(fact.speaker, fact.speaker_id) or "Unattributed"
        label = _QUOTE_LABELS.get(fact.mood, "Quote")
        return "quote", f"{label} by {truncate_chars(speaker, 40)}", plain_text(fact.text), "", ""
    if isinstance(fact, Claim):
        verb = claim_verb(fact.kind, fact.mood, fact.polarity)
        headline = truncate_chars(  # "government opponents said: ..." heads its fact as "Government ..."
            _sentence_case(f"{shown_speaker(fact.by, fact.by_id) or 'Unattributed'} {verb}: "
                           f"{plain_text(fact.text)}"),
            HEADLINE_CHARS,
        )
        return "claim", headline, _sentence_case(plain_text(fact.text)), fact.kind, ""
    if isinstance(fact, TimelineEntry):
        date = display_event_date(fact.date)
        return "event", date, plain_text(fact.text), fact.date.edtf, date
    raise TypeError(f"not a fact type the site shows: {type(fact).__name__}")


def shown_speaker(name: str | None, entity_id: str | None) -> str:
    """A speaker's name as pages show it: a resolved entity's, or words that could name someone who
    spoke; "" (unattributed) for a dated thing the extractor took for a speaker (`story/parties.py`)."""
    text = plain_text(name)
    return text if entity_id or can_speak(text) else ""


def says_what_it_counts(fact: Fact) -> bool:
    """Whether a number's heading can say what it counts (its subject or its unit is known); a bare
    "59" says nothing a heading should, so it is shown without one. Other facts: always True."""
    return not isinstance(fact, Quantity) or bool(plain_text(fact.about) or plain_text(fact.unit))


def _singular_after_figure(text: str, quantity: Quantity) -> bool:
    """Whether a figure other than one is written with its unit in the singular, as a modifier without
    its hyphen ("a 20 year sentence", "their 12 week child"): as a heading, "20 year" is no English."""
    match = _FIGURE_AND_WORD.match(text)
    if match is None or quantity.value == 1:
        return False
    word, unit = match[1].casefold(), plain_text(quantity.unit).casefold()
    return bool(unit) and f"{word}s" == unit


def _sentence_case(text: str) -> str:
    """A reported clause ("to bring numbers down, ...") shown on its own starts with a capital."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _number_headline(quantity: Quantity) -> str:
    """The number and what it counts; the subject is left out when the number's text already says it.
    A figure written as a modifier ("a 59-year lease") is headed in its noun form, "59 years": the
    modifier alone leaves the reader asking 59 what."""
    text, about = plain_text(quantity.text), plain_text(quantity.about)
    if _singular_after_figure(text, quantity):  # "a 20 year sentence": "20 years", not "20 year"
        text = value_with_unit(quantity.value, plain_text(quantity.unit))
    if not about and quantity.unit and _HYPHENATED_MEASURE.match(text):
        return truncate_chars(value_with_unit(quantity.value, plain_text(quantity.unit)), HEADLINE_CHARS)
    if not about or set(about.casefold().split()) <= set(text.casefold().split()):
        return truncate_chars(text, HEADLINE_CHARS)
    return truncate_chars(f"{text} ({truncate_chars(about, 40)})", HEADLINE_CHARS)
