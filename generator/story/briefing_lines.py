"""The home page's candidate lines: what each section could show, before the briefing chooses.

Sections answer what readers ask (see `SECTIONS`): what happened lately (the newest and most
corroborated developments), who is involved, what each side wants, the numbers that matter, what
happens next (dated after the newest article, or said in the future tense about the newest article's
days), and the background (earlier events).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from generator.models import Article, Claim, Entity, Fact, HomeLineEdit, Quantity, Story, TimelineEntry
from generator.story.briefing_sentences import SaysOwnWords, fact_sentence, own_words
from generator.story.measures import counts_a_name, person_name_words
from generator.story.parties import is_a_side
from generator.story.subjects import SentenceEntities
from generator.wording import display_event_date

# Section key -> how many lines it shows unless the editor pins more.
SECTIONS: dict[str, int] = {
    "happened": 6,
    "involved": 8,
    "wants": 8,
    "numbers": 5,
    "next": 5,
    "background": 5,
}
RECENT_DAYS = 45  # events this close to the newest article are news; older ones are background
LOOSE_DAYS = 31  # an event dated only to a season or a year is background, however recent its end
# The story's own event (told by the most articles, and by at least this share of them) is news however
# long ago it happened: a follow-up article months later does not turn the fire itself into background.
CENTRAL_SHARE = 1 / 3
CENTRAL_ARTICLES = 3  # ... and by at least this many: two articles agreeing on a background date are no story
PROMINENT_ARTICLES = 3  # a person named in this many articles, and in half of them, is one of the story's
_FUTURE = re.compile(
    r"\b(will|shall|expected to|scheduled|plans? to|planned|set to|is to|are to|due to|deadline|"
    r"would (?:resume|begin|start|meet|vote|hold)|upcoming|next (?:week|month|year))\b",
    re.IGNORECASE,
)
_ACTOR_TYPES = frozenset({"person", "organization", "group"})


@dataclass
class BriefingLine(SaysOwnWords):
    """One line of the home page: a complete sentence linked to the sentence it comes from."""

    id: str  # fact id, or entity id in "Who is involved"
    section: str
    text: str
    article: str
    sentence_index: int
    lead: str = ""  # what the line is about at a glance: a date, a number, a name
    counts: str = ""  # for a number: what it counts
    group: str = ""  # for a demand or position: the party
    entity: str | None = None  # the entity the line is about (involved) or the party (wants)
    edit: HomeLineEdit | None = None
    fact: Fact | None = field(default=None, repr=False)  # the fact the line says (None: an entity)
    own: str = ""  # the fact's own words: said instead where its sentence is shown already or may not be
    paraphrased: bool = False  # `text` is the fact's own words, not the sentence it links to
    shown_order: tuple[object, ...] = ()  # where a chosen line reads in its section (newest news first)


@dataclass
class BriefingSection:
    key: str
    lines: list[BriefingLine] = field(default_factory=list)

    def groups(self) -> list[tuple[str, list[BriefingLine]]]:
        """The lines by party (for "What each side wants"), in the order parties first appear."""
        grouped: dict[str, list[BriefingLine]] = {}
        for line in self.lines:
            grouped.setdefault(line.group, []).append(line)
        return list(grouped.items())


def newest_date(story: Story) -> dt.date | None:
    dates = [article.published for article in story.articles if article.published]
    return max(dates) if dates else None


def _is_ahead(entry: TimelineEntry, newest: dt.date) -> bool:
    """An event that begins after the newest article was published: still to come."""
    return entry.date.start is not None and entry.date.start > newest


def _event_section(entry: TimelineEntry, newest: dt.date, text: str, central: bool = False) -> str | None:
    start, end = entry.date.start, entry.date.end
    if start is None or end is None:
        return None
    # A report is dated by its telling, which is past however future its words ("is set to visit").
    if start > newest or (end >= newest and entry.kind != "report" and _FUTURE.search(text)):
        return "next"
    recent = end >= newest - dt.timedelta(days=RECENT_DAYS) and (end - start).days <= LOOSE_DAYS
    return "happened" if recent or central else "background"


def central_events(story: Story, newest: dt.date) -> set[str]:
    """The story's own event: the past event most articles tell, when at least `CENTRAL_ARTICLES`
    articles and `CENTRAL_SHARE` of them tell it (the quake, not one of its aftershocks); ties are all
    kept."""
    told = [entry for entry in story.timeline
            if entry.kind == "event" and entry.date.start is not None and not _is_ahead(entry, newest)]
    most = max((entry.corroboration for entry in told), default=0)
    if most < CENTRAL_ARTICLES or most < CENTRAL_SHARE * len(story.articles):
        return set()
    return {entry.id for entry in told if entry.corroboration == most}


class BriefingCandidates:
    """Every line a section could show, ranked within its section: events by when they happened,
    the people and groups involved, what each side wants, the numbers; before any is chosen."""

    def __init__(self, story: Story, names: SentenceEntities) -> None:
        self.story = story
        self.names = names
        self.newest = newest_date(story)
        self.central = central_events(story, self.newest) if self.newest else set()
        self.entities = {entity.id: entity for entity in story.entities}
        self.articles = {article.id: article for article in story.articles}
        self._dated_sentences = {(s.article, s.sentence_index) for e in story.timeline for s in e.sources}
        self._lead_sentences = lead_sentences(story.articles)
        self._parties: dict[str, str] = {}  # an unnamed party's key -> its heading, as first worded

    def lines(self) -> dict[str, BriefingLine]:
        lines: dict[str, BriefingLine] = {}
        for make in (self._event_lines, self._entity_lines, self._claim_lines, self._number_lines):
            for line in make():
                lines.setdefault(line.id, line)
        return lines

    def _fact_line(self, fact: Fact, section: str) -> BriefingLine | None:
        best = fact_sentence(fact, fact.sources, self.names)
        if best is None:
            return None
        source, text, paraphrased = best
        line = BriefingLine(fact.id, section, text, source.article, source.sentence_index, fact=fact)
        line.own, line.paraphrased = own_words(fact, source.sentence), paraphrased
        return line

    def _event_lines(self) -> list[BriefingLine]:
        if self.newest is None:
            return []
        newest = self.newest
        central = self.central
        ranked: list[tuple[tuple[object, ...], BriefingLine]] = []
        # The telling of an event is left out where the event has a line of its own, except the
        # announcement of what is still to come: that it was announced is news ("Reported on
        # Wednesday: a delegation is to visit on Friday"), and the event itself is what comes next.
        told = {
            (source.article, source.sentence_index)
            for entry in self.story.timeline
            if entry.kind == "event" and not _is_ahead(entry, newest)
            for source in entry.sources
        }
        for entry in self.story.timeline:
            if entry.kind == "report" and any((s.article, s.sentence_index) in told for s in entry.sources):
                continue
            line = self._fact_line(entry, "happened")
            if line is None or entry.date.start is None:
                continue
            section = _event_section(entry, newest, line.text, entry.id in central)
            if section is None:
                continue
            line.section, line.lead = section, display_event_date(entry.date)
            start = entry.date.start.toordinal()
            precision = (entry.date.end - entry.date.start).days if entry.date.end else 366
            # newest first; of one day's events, the news an article leads with, then the most told,
            # then the one told earliest in its article
            line.shown_order = (-start, not self._in_a_lead(entry), -entry.corroboration, precision,
                                min(s.sentence_index for s in entry.sources), entry.id)
            order = {
                # the story's own event is chosen first, so that newer details never crowd it out
                "happened": (entry.id not in central, *line.shown_order),
                "next": (start, precision),  # soonest first
                "background": (-entry.corroboration, start),  # the most reported earlier events
            }[section]
            ranked.append(((section, *order, entry.id), line))
        ranked.sort(key=lambda item: item[0])
        lines = [line for _, line in ranked]
        background = [line for line in lines if line.section == "background"][: SECTIONS["background"]]
        # Background reads in date order once chosen.
        background.sort(key=lambda line: self._start(line.id))
        return [line for line in lines if line.section != "background"] + background

    def _in_a_lead(self, entry: TimelineEntry) -> bool:
        """Whether an article tells the event in its lead (its first paragraph): news writing puts
        the news first and the detail and background after it."""
        return any((s.article, s.sentence_index) in self._lead_sentences for s in entry.sources)

    def _start(self, fact_id: str) -> int:
        entry = next(e for e in self.story.timeline if e.id == fact_id)
        return entry.date.start.toordinal() if entry.date.start else 0

    def _entity_lines(self) -> list[BriefingLine]:
        speakers = {claim.by_id for claim in self.story.claims if claim.kind != "report"}
        speakers |= {quote.speaker_id for quote in self.story.quotes}
        actors = [
            e for e in self.story.entities
            if e.mentions and (e.id in speakers or self._prominent(e)
                               or (e.type in _ACTOR_TYPES and (e.roles or e.description)))
            and not _only_a_setting(e)
        ]
        # the story's main people first (the victim no article gives a title), then those with a role
        actors.sort(key=self._involved_order)
        lines = []
        for entity in actors:
            line = self._entity_line(entity)
            if line is not None:
                lines.append(line)
        return lines

    def _involved_order(self, entity: Entity) -> tuple[bool, bool, int, str]:
        prominent = self._prominent(entity)
        described = prominent or bool(entity.roles or entity.description)
        return (not prominent, not described, -len(entity.mentions), entity.name)

    def _prominent(self, entity: Entity) -> bool:
        """A person or body most of the coverage names: in at least `PROMINENT_ARTICLES` articles and
        half of them, whether or not any gives a role."""
        told = len({mention.article for mention in entity.mentions})
        return entity.type in _ACTOR_TYPES and told >= max(PROMINENT_ARTICLES, len(self.story.articles) / 2)

    def _entity_line(self, entity: Entity) -> BriefingLine | None:
        role = entity.roles[0] if entity.roles else None
        if role and role.sources:
            source = role.sources[0]
            article, index = source.article, source.sentence_index
        else:
            mention = entity.mentions[0]
            article, index = mention.article, self.names.sentence_of(mention.article, mention.start)
        if index < 0:
            return None
        text = entity.description or (role.role if role else "")
        return BriefingLine(entity.id, "involved", text, article, index, lead=entity.name, entity=entity.id)

    def _claim_lines(self) -> list[BriefingLine]:
        claims = [claim for claim in self.story.claims if self._has_a_side(claim)
                  and (claim.kind == "demand" or self._is_position(claim))]
        claims.sort(key=lambda c: (c.kind != "demand", -c.corroboration, c.id))
        lines = []
        for claim in claims:
            line = self._fact_line(claim, "wants")
            if line is not None:
                line.group, line.entity = self._party(claim), claim.by_id
                lines.append(line)
        return lines

    def _has_a_side(self, claim: Claim) -> bool:
        """A named entity, or words that name someone who can want something: no line under an empty
        heading, nor under "The video" or "The February 2007 election"."""
        return claim.by_id in self.entities or is_a_side(claim.by)

    def _is_position(self, claim: Claim) -> bool:
        """A statement that says what its party wants (its words hold a want, read from their parse
        in the annotate stage: "the director says no injuries have been reported" is none), and not
        one that dates an event (it is what happens)."""
        if claim.kind != "statement" or not claim.wants:
            return False
        sentences = {(source.article, source.sentence_index) for source in claim.sources}
        return not sentences & self._dated_sentences

    def _party(self, claim: Claim) -> str:
        """The heading a demand or position is grouped under: its entity's name, or the words the
        article names the party with, one heading however articles word it ("The authorities",
        "authorities"), starting with a capital as a heading does."""
        entity = self.entities.get(claim.by_id or "")
        if entity:
            return entity.name
        described = " ".join(claim.by.split())
        return self._parties.setdefault(party_key(described), described[:1].upper() + described[1:])

    def _number_lines(self) -> list[BriefingLine]:
        names = person_name_words(self.story)
        numbers = sorted(
            (q for q in self.story.quantities if not counts_a_name(q, names)),  # "24 Thompson": misread
            # A bare small count ("three islands") matters less than an amount, a share or a large count.
            key=lambda q: (not q.about, q.unit is None and abs(q.value) < 10, -q.corroboration, q.id),
        )
        lines = []
        for quantity in numbers:
            line = self._fact_line(quantity, "numbers")
            if line is not None:
                line.lead, line.counts = self.figure_as_said(quantity, line), quantity.about or ""
                lines.append(line)
        return lines

    def figure_as_said(self, quantity: Quantity, line: BriefingLine) -> str:
        """The figure as the line's sentence words it: one fact merged from "more than 100 people" and
        "nearly 100 people" leads with "nearly 100" beside the sentence that says "nearly 100"."""
        article = self.articles.get(line.article)
        for source in quantity.sources:
            if article is not None and (source.article, source.sentence_index) == (line.article,
                                                                                  line.sentence_index):
                said = " ".join(article.text[source.start:source.end].split())
                return said or quantity.text
        return quantity.text

    def edited_extras(self, candidates: dict[str, BriefingLine]) -> dict[str, BriefingLine]:
        """Lines for facts the editor put on the home page that no section offered by itself."""
        wanted = [ident for ident, edit in self.story.home.items() if not edit.hide] + self.story.featured
        facts: dict[str, Fact] = {
            fact.id: fact
            for fact in (*self.story.quantities, *self.story.quotes, *self.story.claims, *self.story.timeline)
        }
        extras = {}
        for ident in wanted:
            fact = facts.get(ident)
            if ident in candidates or fact is None:
                continue
            line = self._fact_line(fact, _default_section(fact))
            if line is not None:
                if isinstance(fact, Quantity):
                    line.lead, line.counts = self.figure_as_said(fact, line), fact.about or ""
                elif isinstance(fact, TimelineEntry):
                    line.lead = display_event_date(fact.date)
                elif isinstance(fact, Claim):
                    line.group = self._party(fact)
                extras[ident] = line
        return extras


def lead_sentences(articles: list[Article]) -> set[tuple[str, int]]:
    """(article, sentence index) of the sentences of each article's first paragraph."""
    leads = set()
    for article in articles:
        first = min((sentence.paragraph for sentence in article.sentences), default=0)
        leads |= {(article.id, s.index) for s in article.sentences if s.paragraph == first}
    return leads


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def party_key(described: str) -> str:
    """What tells two wordings of one unnamed party apart: not case, not a leading article."""
    return _LEADING_ARTICLE.sub("", described).casefold()


def _only_a_setting(entity: Entity) -> bool:
    """A place with no role or description: listed by name alone it tells a reader nothing, and what it
    wants, when it speaks as a party ("Mexico asked for ..."), is under "What each side wants"."""
    return entity.type == "place" and not entity.roles and not entity.description


def _default_section(fact: Fact) -> str:
    if isinstance(fact, Quantity):
        return "numbers"
    if isinstance(fact, Claim):
        return "wants"
    return "happened"
