"""View models for the page templates: where every page lives and what every fact shows.

The templates stay free of lookups: this module resolves ids to pages, sources to sentence anchors,
conflicts to the facts they contradict, and entities to the facts that involve them. Values here are
plain text; escaping happens in the templates (the `md`/`attr` filters, and by default on output).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from generator.models import (
    Article,
    ArticleTimex,
    Claim,
    Edit,
    Entity,
    EventDate,
    Fact,
    Mention,
    Quantity,
    Quote,
    Source,
    Story,
    TimelineEntry,
)
from generator.render_escape import (
    anchor_id,
    file_stem,
    glossary_term,
    plain_text,
    safe_url,
    truncate_chars,
    truncate_words,
)
from generator.site_layout import FACT_LISTS

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
UNDATED = "undated"
ENTITY_TYPE_LABELS = {
    "person": "Person",
    "organization": "Organisation",
    "place": "Place",
    "group": "Group",
    "law": "Law or policy",
    "other": "Other",
}
ENTITY_TYPE_SECTIONS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "law": "Laws and policies",
    "other": "Other names",
}
# Entity pages live in one folder per type under people/, so the navigation groups them by type.
ENTITY_FOLDERS = {
    "person": "person",
    "organization": "organization",
    "place": "place",
    "group": "group",
    "law": "law",
    "other": "other",
}
# A place or group earns a page when it is in as many sentences that carry facts as this share of the
# most central place or group (at least CENTRAL_MIN, and CENTRAL_ENOUGH always suffices).
CENTRAL_SHARE = 0.4
CENTRAL_MIN = 3
CENTRAL_ENOUGH = 20
NAV_SECTION_LIMIT = 60  # entity pages of one type beyond which they are split by initial
# Facts of one kind beyond which their list page becomes an overview with a page per year: a page
# of thousands of fact boxes is slow to open, and a new article then changes only its year's page.
PAGE_FACT_LIMIT = 400
UNDATED_PART = "undated"
_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ACRONYM = re.compile(r"^[^\W\d_]{2,10}$")


def entity_folder(entity_type: str) -> str:
    return "people/" + ENTITY_FOLDERS.get(entity_type, "other")


def initial_folder(name: str) -> str:
    """The folder of a name within a long section: its first letter without accents ("É" -> "e"),
    or "0-9" for anything else."""
    for char in unicodedata.normalize("NFKD", name.casefold()):
        if char.isascii() and char.isalpha():
            return char
        if char.isalnum():
            break
    return "0-9"


def entity_folders(entities: Iterable[Entity], with_page: set[str]) -> dict[str, str]:
    """Where each entity's page goes: its type's folder, and below that a folder per initial when
    the type has more than NAV_SECTION_LIMIT pages, so the navigation lists a bounded number of
    names next to any page however big the story grows."""
    by_type = Counter(entity.type for entity in entities if entity.id in with_page)
    folders = {}
    for entity in entities:
        folder = entity_folder(entity.type)
        if by_type[entity.type] > NAV_SECTION_LIMIT:
            folder += "/" + initial_folder(plain_text(entity.name) or entity.id)
        folders[entity.id] = folder
    return folders


def merits_page(entity: Entity, has_role: bool, speaks: bool, fact_sentences: int, central: int) -> bool:
    """Whether an entity gets a page of its own; the people index lists everyone either way.

    People and organisations act in a story: a second mention, a role, a quote or a report is
    enough. Places and groups are mostly setting ("in Europe", "voters"): only those in at least
    `central` sentences that carry facts are worth a page. Laws and other names sit in between.
    """
    if speaks:
        return True
    if entity.type in ("person", "organization"):
        return len(entity.mentions) >= 2 or has_role
    if entity.type in ("place", "group"):
        return fact_sentences >= central
    return len(entity.mentions) >= 2 or fact_sentences >= 2


def central_threshold(counts: Iterable[int]) -> int:
    """How many fact sentences make a place or group central, relative to the most central one."""
    top = max(counts, default=0)
    return max(CENTRAL_MIN, min(math.ceil(CENTRAL_SHARE * top), CENTRAL_ENOUGH))


def human_date(value: dt.date | None) -> str:
    """`5 January 2024`; written out so readers everywhere read it the same way."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


def month_key(value: dt.date | None) -> str:
    return f"{value.year:04d}-{value.month:02d}" if value else UNDATED


def article_folder(month: str) -> str:
    """articles/<year>/<year-month>: years, then months, so the navigation stays short as a story
    runs over many years (a flat list of months grows without bound)."""
    return f"articles/{UNDATED}" if month == UNDATED else f"articles/{month[:4]}/{month}"


def month_label(key: str) -> str:
    if key == UNDATED:
        return "Undated"
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def format_number(value: float) -> str:
    if abs(value) < 1e15 and value == int(value):  # abs first: int() of an infinity raises
        return f"{int(value):,}"
    return f"{value:,.6g}"


_MOD_WORDS = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
}


def display_event_date(date: EventDate) -> str:
    return display_timex(date.value, date.mod)


def display_timex(value: str, mod: str | None) -> str:
    """A TIMEX3 value at its real precision, via the timeline module when it is there."""
    try:
        from generator.timeline.dates import display_date  # written in parallel; optional
    except ImportError:
        display_date = None
    if display_date is not None:
        try:
            return str(display_date(value, mod))
        except (ValueError, TypeError, KeyError):
            pass
    return _calendar_display(value, mod)


def _calendar_display(value: str, mod: str | None) -> str:
    """`5 March 2024`, `March 2024`, `2024`, with the modifier as a word (`late March 2024`);
    other TIMEX3 values (weeks, seasons, PRESENT_REF) are shown as they are."""
    match = _CALENDAR_VALUE.match(value)
    if match is None:
        text = value
    else:
        year, month, day = match.groups()
        text = year
        if month and 1 <= int(month) <= 12:
            text = f"{MONTHS[int(month) - 1]} {year}"
            if day:
                text = f"{int(day)} {text}"
    word = _MOD_WORDS.get(mod or "", (mod or "").lower().replace("_", " "))
    return f"{word} {text}" if word else text


@dataclass(frozen=True)
class SourceLink:
    article: str
    outlet: str
    title: str
    date: str
    estimated: bool
    target: str  # page path under the docs root with the sentence anchor
    sentence: str

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
    def value_label(self) -> str:
        """A number's normalised value ("1,200 people, more than"); empty for other facts."""
        fact = self.fact
        if not isinstance(fact, Quantity):
            return ""
        value = " ".join(
            part for part in (format_number(fact.value), plain_text(fact.unit), plain_text(fact.rate)) if part
        )
        return f"{value} ({plain_text(fact.qualifier)})" if fact.qualifier else value


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


class UniquePaths:
    """Hands out file names from ids, never the same one twice (ids are sanitised to slugs)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, folder: str, ident: str) -> str:
        stem = file_stem(ident)
        candidate, counter = f"{folder}/{stem}.md", 1
        while candidate in self.taken or stem == "index":
            counter += 1
            stem = f"{file_stem(ident)}-{counter}"
            candidate = f"{folder}/{stem}.md"
        self.taken.add(candidate)
        return candidate


def _quantity_detail(quantity: Quantity) -> str:
    parts = [format_number(quantity.value) + (f" {quantity.unit}" if quantity.unit else "")]
    if quantity.rate:
        parts[0] += f" {quantity.rate}"
    if quantity.qualifier:
        parts.append(f"qualifier: {quantity.qualifier}")
    if quantity.about:
        parts.append(f"about: {quantity.about}")
    if quantity.date:
        parts.append(f"date: {quantity.date}")
    return " · ".join(parts)


class SiteIndex:
    """Everything the templates look up, computed once per build."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.articles = self._article_views(story.articles)
        self._sentence_entities = self._entities_by_sentence()
        self.facts = [self._fact_view(fact) for fact in iter_facts(story)]
        self.facts_by_id = {view.fact.id: view for view in self.facts}
        self.fact_lists = {kind: self._fact_list(kind) for kind in FACT_LISTS}
        self._link_conflicts()
        self.entities = self._entity_views(story.entities)
        self._attach_facts()
        self._keep_role_sentences()
        # Per-article lookups, so that rendering N articles stays linear in N.
        self.mentions_by_article: dict[str, list[tuple[Mention, EntityView]]] = {}
        for view in self.entities.values():
            for mention in view.entity.mentions:
                self.mentions_by_article.setdefault(mention.article, []).append((mention, view))
        self.timexes_by_article: dict[str, list[ArticleTimex]] = {}
        for timex in story.timexes:
            self.timexes_by_article.setdefault(timex.article, []).append(timex)

    # ------------------------------------------------------------------ articles and sources

    def _article_views(self, articles: Iterable[Article]) -> dict[str, ArticleView]:
        paths = UniquePaths()
        views = {}
        for article in articles:
            month = month_key(article.published)
            views[article.id] = ArticleView(
                article=article,
                page=paths.claim(article_folder(month), article.id),
                month=month,
                date=human_date(article.published),
                url=safe_url(article.url),
            )
        return views

    def sentence_index(self, source: Source) -> int | None:
        view = self.articles.get(source.article)
        if view is None:
            return None
        if 0 <= source.sentence_index < len(view.article.sentences):
            return source.sentence_index
        sentence = view.article.sentence_at(source.start)
        return sentence.index if sentence else None

    def source_link(self, source: Source) -> SourceLink | None:
        view = self.articles.get(source.article)
        if view is None:
            return None
        index = self.sentence_index(source)
        anchor = f"#s{index + 1}" if index is not None else ""
        return SourceLink(
            article=source.article,
            outlet=plain_text(view.article.outlet),
            title=plain_text(view.article.title),
            date=view.date,
            estimated=view.article.published_estimated,
            target=view.page + anchor,
            sentence=plain_text(source.sentence),
        )

    def _source_links(self, sources: Iterable[Source]) -> list[SourceLink]:
        links: dict[tuple[str, str], SourceLink] = {}
        seen: set[tuple[str, int | None]] = set()
        for source in sources:
            # One link per sentence, made once: a fact found thousands of times in one long sentence
            # would otherwise clean that sentence thousands of times.
            sentence_key = (source.article, self.sentence_index(source))
            if sentence_key in seen:
                continue
            seen.add(sentence_key)
            link = self.source_link(source)
            if link is not None:
                links.setdefault((link.article, link.target), link)
        return list(links.values())

    # ------------------------------------------------------------------ facts

    def _fact_view(self, fact: Fact) -> FactView:
        kind, headline, text, detail, date = describe_fact(fact)
        sources = self._source_links(fact.sources)
        view = FactView(
            id=anchor_id(fact.id),
            kind=kind,
            headline=headline,
            text=text,
            detail=detail,
            date=date,
            sources=sources,
            corroboration=max(fact.corroboration, len({link.article for link in sources})),
            outlets=sorted({plain_text(outlet) for outlet in fact.outlets if outlet}),
            edit=fact.edit,
            fact=fact,
        )
        view.entities = self._fact_entities(fact)
        if isinstance(fact, Quote) and sources and sources[0].date:
            view.headline += f", {sources[0].date}"  # tells apart several quotes by the same speaker
        if isinstance(fact, Quote):
            view.speaker, view.speaker_id = plain_text(fact.speaker), fact.speaker_id
        elif isinstance(fact, Claim):
            view.speaker, view.speaker_id = plain_text(fact.by), fact.by_id
        for source in fact.sources:
            index = self.sentence_index(source)
            article = self.articles.get(source.article)
            if article is not None and index is not None:
                article.sentences.add(index)
                if view.id not in article.fact_ids:
                    article.fact_ids.add(view.id)
                    article.facts.append(view)
        return view

    def _fact_list(self, kind: str) -> FactPart:
        """The list page of one kind of fact; past PAGE_FACT_LIMIT an overview of year pages."""
        name, facts = FACT_LISTS[kind], self.facts_of_kind(kind)
        if len(facts) <= PAGE_FACT_LIMIT:
            whole = FactPart(kind, f"{name}.md", None, facts)
            parts = [whole]
        else:
            by_year: dict[str, list[FactView]] = {}
            for view in facts:
                by_year.setdefault(self._fact_year(view), []).append(view)
            keys = sorted(by_year, key=lambda key: (key == UNDATED_PART, key))
            parts = [FactPart(kind, f"{name}/{key}.md", key, by_year[key]) for key in keys]
            for earlier, later in itertools.pairwise(parts):
                earlier.next, later.previous = later, earlier
            whole = FactPart(kind, f"{name}.md", None, facts, parts)
            for part in parts:
                part.overview = whole
        for part in parts:
            for view in part.facts:
                view.home = part.page
        return whole

    def _fact_year(self, view: FactView) -> str:
        """An event's year; for other facts the year of the first article that reported them."""
        if view.kind == "event":
            start = event_start(view)
        else:
            dates = [self.articles[link.article].article.published for link in view.sources
                     if link.article in self.articles]
            start = min((date for date in dates if date is not None), default=None)
        return f"{start.year:04d}" if start is not None else UNDATED_PART

    def _link_conflicts(self) -> None:
        for view in self.facts:
            for other_id in view.fact.conflicts_with:
                other = self.facts_by_id.get(other_id)
                if other is not None and other is not view:
                    view.conflicts.append(FactLink(other.id, other.headline, other.target))

    # ------------------------------------------------------------------ entities

    def _entities_by_sentence(self) -> dict[tuple[str, int], list[str]]:
        found: dict[tuple[str, int], list[str]] = {}
        for entity in self.story.entities:
            for mention in entity.mentions:
                view = self.articles.get(mention.article)
                sentence = view.article.sentence_at(mention.start) if view else None
                if sentence is not None:
                    ids = found.setdefault((mention.article, sentence.index), [])
                    if entity.id not in ids:
                        ids.append(entity.id)
        return found

    def _fact_entities(self, fact: Fact) -> list[str]:
        explicit: list[str | None] = []
        if isinstance(fact, Quantity | TimelineEntry):
            explicit.extend(fact.entities)
        if isinstance(fact, Quote):
            explicit.append(fact.speaker_id)
        if isinstance(fact, Claim):
            explicit.append(fact.by_id)
        ids = [ident for ident in explicit if ident]
        for source in fact.sources:
            index = self.sentence_index(source)
            if index is not None:
                ids.extend(self._sentence_entities.get((source.article, index), []))
        return list(dict.fromkeys(ids))

    def _entity_views(self, entities: Iterable[Entity]) -> dict[str, EntityView]:
        entities = list(entities)
        with_page = self._entities_meriting_pages(entities)
        folders = entity_folders(entities, with_page)
        paths = UniquePaths()
        views = {}
        for entity in entities:
            roles = list(dict.fromkeys(plain_text(role.role) for role in entity.roles if role.role.strip()))
            views[entity.id] = EntityView(
                id=anchor_id(entity.id),
                entity=entity,
                name=plain_text(entity.name),
                type_label=ENTITY_TYPE_LABELS.get(entity.type, "Other"),
                roles=roles,
                aliases=[plain_text(alias) for alias in entity.aliases if plain_text(alias) != entity.name],
                mention_count=len(entity.mentions),
                articles=self._in_publication_order({mention.article for mention in entity.mentions}),
                page=paths.claim(folders[entity.id], entity.id) if entity.id in with_page else None,
                link=safe_url(entity.link),
            )
        return views

    def _entities_meriting_pages(self, entities: list[Entity]) -> set[str]:
        speakers = {view.speaker_id for view in self.facts if view.speaker_id}
        sentences: dict[str, set[str]] = {}
        for fact in self.facts:
            for ident in fact.entities:
                sentences.setdefault(ident, set()).update(link.target for link in fact.sources)
        central = central_threshold(
            len(sentences.get(e.id, ())) for e in entities if e.type in ("place", "group")
        )
        return {
            entity.id
            for entity in entities
            if merits_page(
                entity,
                any(role.role.strip() for role in entity.roles),
                entity.id in speakers,
                len(sentences.get(entity.id, ())),
                central,
            )
        }

    def _in_publication_order(self, article_ids: Iterable[str]) -> list[str]:
        def key(ident: str) -> tuple[bool, dt.date, str]:
            view = self.articles.get(ident)
            published = view.article.published if view else None
            return (published is None, published or dt.date.min, ident)

        return sorted(article_ids, key=key)

    def _attach_facts(self) -> None:
        for view in self.facts:
            for ident in view.entities:
                entity = self.entities.get(ident)
                if entity is not None:
                    entity.facts.append(view)

    def _keep_role_sentences(self) -> None:
        """Entity pages link each role to the sentence that states it: keep those in excerpts."""
        for entity in self.story.entities:
            for role in entity.roles:
                for source in role.sources:
                    index = self.sentence_index(source)
                    article = self.articles.get(source.article)
                    if article is not None and index is not None:
                        article.sentences.add(index)

    # ------------------------------------------------------------------ lookups for templates

    def entity_page(self, ident: str | None) -> str | None:
        view = self.entities.get(ident) if ident else None
        return view.page if view else None

    def entity_name(self, ident: str) -> str:
        view = self.entities.get(ident)
        return view.name if view else ident

    def facts_of_kind(self, kind: str) -> list[FactView]:
        return [view for view in self.facts if view.kind == kind]

    def major_entities(self) -> list[EntityView]:
        return [view for view in self.entities.values() if view.page]

    def entity_sections(self) -> list[EntitySection]:
        """One index page per entity type with pages, plus one per initial when the type is split."""
        sections = []
        for entity_type, views in self.entities_with_pages().items():
            label = ENTITY_TYPE_SECTIONS.get(entity_type, "Other names")
            top = EntitySection(entity_folder(entity_type), label, entity_type, views)
            by_folder: dict[str, list[EntityView]] = {}
            for view in views:
                assert view.page is not None
                by_folder.setdefault(view.page.rsplit("/", 1)[0], []).append(view)
            parts = [
                EntitySection(folder, f"{label}: {folder.rsplit('/', 1)[1].upper()}", entity_type, members)
                for folder, members in sorted(by_folder.items())
                if folder != top.folder
            ]
            top.parts = parts
            sections += [top, *parts]
        return sections

    def entities_with_pages(self) -> dict[str, list[EntityView]]:
        """Entities with a page, by type (in the order of ENTITY_TYPE_SECTIONS), most mentioned first."""
        by_type: dict[str, list[EntityView]] = {kind: [] for kind in ENTITY_TYPE_SECTIONS}
        for view in self.major_entities():
            by_type.setdefault(view.entity.type, []).append(view)
        for views in by_type.values():
            views.sort(key=lambda v: (-v.mention_count, v.name.casefold(), v.id))
        return {kind: views for kind, views in by_type.items() if views}

    def glossary(self) -> list[tuple[str, str]]:
        """(term, canonical name) for acronyms and nicknames: aliases sharing no word with the name."""
        terms: dict[str, str] = {}
        for view in self.entities.values():
            name = glossary_term(view.name)
            if name is None:
                continue
            name_words = {word.lower() for word in name.split()}
            for alias in view.aliases:
                term = glossary_term(alias)
                # Terms are matched in escaped page text, where punctuation is encoded: only plain
                # words can match, so only those are worth defining.
                if term is None or not all(part.isalnum() for part in term.split()):
                    continue
                is_nickname = not name_words & {word.lower() for word in term.split()}
                if (_ACRONYM.match(term) and term.isupper()) or (is_nickname and len(term.split()) <= 3):
                    terms.setdefault(term, name)
        return sorted(terms.items())


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


@dataclass
class FactPart:
    """A list page of one kind of fact: all of them, or one year's once the list is split."""

    kind: str  # number | quote | claim | event
    page: str  # path under the docs root
    key: str | None  # "2013" or "undated" for a year page; None for the whole list or its overview
    facts: list[FactView]
    parts: list[FactPart] = field(default_factory=list)  # the year pages, when split
    # Of a year page: the list it is part of, and the years before and after it.
    overview: FactPart | None = field(default=None, repr=False, compare=False)
    previous: FactPart | None = field(default=None, repr=False, compare=False)
    next: FactPart | None = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        if self.key is None:
            return ""
        return "Undated" if self.key == UNDATED_PART else str(int(self.key))


@dataclass
class OutletView:
    name: str
    id: str
    articles: list[ArticleView]
    facts: list[FactView]
    corroborated: int  # of its facts, how many another outlet also carries
    kinds: dict[str, int]


class SiteQueries:
    """Selections and groupings the pages show, over a built `SiteIndex`."""

    def __init__(self, index: SiteIndex) -> None:
        self.index = index

    def key_numbers(self, limit: int = 6, article: str | None = None) -> list[FactView]:
        """Featured numbers first (the editor's order), then the most corroborated."""
        featured = {ident: rank for rank, ident in enumerate(self.index.story.featured)}
        candidates = self.index.facts if article is None else self.index.articles[article].facts
        numbers = [view for view in candidates if view.kind == "number"]
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
        else:
            counts = Counter(view.entity.id for _, view in self.index.mentions_by_article.get(article, []))
        views = [view for view in self.index.entities.values() if counts.get(view.entity.id)]

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
        events.sort(key=lambda v: (-event_start(v).toordinal(), event_end(v), v.id))  # type: ignore[union-attr]
        return events[:limit]

    def timeline_groups(self, events: Iterable[FactView] | None = None) -> list[FactGroup]:
        """Years, each with its months, each with its entries, earliest first; undated ones last.

        An entry whose date is vaguer than a month ("2023", "early 2023", "summer 2023") cannot sit
        in a month: it goes to its year's "Sometime in <year>" group, first in the year.
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
            if within_a_month(view):
                label, ident = f"{MONTHS[start.month - 1]} {start.year}", f"m{start.year}-{start.month:02d}"
            else:
                label, ident = f"Sometime in {start.year}", f"y{start.year}-x"
            group = next((g for g in year.subgroups if g.id == ident), None)
            if group is None:
                group = FactGroup(label, ident)
                year.subgroups.append(group)
            group.facts.append(view)
        for year in years.values():
            year.subgroups.sort(key=lambda g: (not g.id.endswith("-x"), g.id))
        groups = [years[key] for key in sorted(years)]
        return [*groups, undated] if undated.facts else groups

    def number_groups(self, numbers: Iterable[FactView] | None = None) -> list[FactGroup]:
        """Numbers grouped by what they are about (or their unit), biggest group first."""

        def key(view: FactView) -> str:
            fact = view.fact
            assert isinstance(fact, Quantity)
            return plain_text(fact.about or fact.unit or "") or "Other numbers"

        numbers = self.index.facts_of_kind("number") if numbers is None else numbers
        return self._grouped(numbers, key, prefix="n")

    def speaker_groups(self, kind: str, facts: Iterable[FactView] | None = None) -> list[FactGroup]:
        """Quotes (kind "quote") or reports, demands and statements (kind "claim") grouped by who."""
        groups = self._grouped(
            self.index.facts_of_kind(kind) if facts is None else facts,
            lambda view: self.index.entity_name(view.speaker_id) if view.speaker_id else view.speaker,
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
            name = plain_text(view.article.outlet) or "Unknown outlet"
            by_outlet.setdefault(name, []).append(view)
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
                OutletView(name, f"o-{anchor_id(name).lower()}", articles, facts, corroborated, dict(kinds))
            )
        return outlets


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
_CLAIM_VERBS = {"report": "reported", "demand": "demanded", "statement": "said"}


def describe_fact(fact: Fact) -> tuple[str, str, str, str, str]:
    """(kind, headline, text, normalised detail, date) of a fact, all plain text.

    The headline is a short label (what a number counts, who said or reported something), never a
    copy of the text shown below it.
    """
    if isinstance(fact, Quantity):
        text, date = plain_text(fact.text), plain_text(fact.date)
        return "number", _number_headline(fact), text, _quantity_detail(fact), date
    if isinstance(fact, Quote):
        speaker = plain_text(fact.speaker) or "Unattributed"
        return "quote", f"Quote by {truncate_chars(speaker, 40)}", plain_text(fact.text), "", ""
    if isinstance(fact, Claim):
        verb = _CLAIM_VERBS.get(fact.kind, fact.kind)
        headline = truncate_chars(
            f"{plain_text(fact.by) or 'Unattributed'} {verb}: {plain_text(fact.text)}", HEADLINE_CHARS
        )
        return "claim", headline, _sentence_case(plain_text(fact.text)), fact.kind, ""
    if isinstance(fact, TimelineEntry):
        date = display_event_date(fact.date)
        return "event", date, plain_text(fact.text), fact.date.edtf, date
    raise TypeError(f"not a fact type the site shows: {type(fact).__name__}")


def _sentence_case(text: str) -> str:
    """A reported clause ("to bring numbers down, ...") shown on its own starts with a capital."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _number_headline(quantity: Quantity) -> str:
    """The number and what it counts; the subject is left out when the number's text already says it."""
    text, about = plain_text(quantity.text), plain_text(quantity.about)
    if not about or set(about.casefold().split()) <= set(text.casefold().split()):
        return truncate_chars(text, HEADLINE_CHARS)
    return truncate_chars(f"{text} ({truncate_chars(about, 40)})", HEADLINE_CHARS)
