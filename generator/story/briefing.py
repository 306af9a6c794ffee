"""The home page's briefing: the story told from its facts, newest news first.

No language model: every line is a fact (or an entity) and the whole sentence an article says it
in, so every line stays linked to that sentence. Sections answer what readers ask (see
`SECTIONS`): what happened lately (the newest and most corroborated developments), who is involved,
what each side wants, the numbers that matter, what happens next (dated after the newest article, or
said in the future tense about the newest article's days), and the background (earlier events).

A line reads as a complete sentence: of a fact's source sentences the one that names its subject
is chosen; when every one opens with a pronoun ("It was able to ..."), the pronoun is replaced by
the entity named first in the sentence before it, when that entity is of a fitting type. No
sentence appears twice, and a line that repeats most of an earlier line's words is skipped.

The editor's `home:` entries (Story.home) and `featured:` pin, reorder, move, hide or rewrite
lines; a pinned line is shown even when the section's limit is reached.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.models import Claim, Entity, Fact, HomeLineEdit, Quantity, Source, Story, TimelineEntry
from generator.story.subjects import SentenceEntities, resolve_leading_pronoun
from generator.story.summary import content_tokens, opens_with_anaphor
from generator.wording import claim_sentence, claim_verb, display_event_date

# Section key -> how many lines it shows unless the editor pins more.
SECTIONS: dict[str, int] = {
    "happened": 6,
    "involved": 8,
    "wants": 8,
    "numbers": 5,
    "next": 5,
    "background": 5,
}
# The order in which sections claim a sentence that two of them could show.
CLAIM_ORDER = ("happened", "next", "wants", "numbers", "background", "involved")
RECENT_DAYS = 45  # events this close to the newest article are news; older ones are background
LOOSE_DAYS = 31  # an event dated only to a season or a year is background, however recent its end
_THAT_BEFORE = re.compile(r"\bthat\s*$")  # the words just before a clause of demanded words
PARTY_LIMIT = 3  # demands and positions shown per party
_REPEATS = 0.6  # share of a line's words an earlier line may carry before it is left out
_CONTAINS = 0.8  # share of an earlier line's words a line may carry before it is left out
_FUTURE = re.compile(
    r"\b(will|shall|expected to|scheduled|plans? to|planned|set to|is to|are to|due to|deadline|"
    r"would (?:resume|begin|start|meet|vote|hold)|upcoming|next (?:week|month|year))\b",
    re.IGNORECASE,
)
_POSITION = re.compile(
    r"\b(wants?|wanted|demand\w*|call(?:s|ed)? (?:for|on)|urg\w+|offer\w*|reject\w*|refus\w*|insist\w*|"
    r"propos\w*|ask\w*|oppos\w*|support\w*|unaffordable|agree\w*)\b",
    re.IGNORECASE,
)
_ACTOR_TYPES = frozenset({"person", "organization", "group"})
_EVENT_SECTIONS = frozenset({"happened", "next", "background"})


@dataclass
class BriefingLine:
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

    @property
    def anchor(self) -> str:
        return f"s{self.sentence_index + 1}"

    def say_own_words(self) -> None:
        self.text, self.paraphrased = self.own, bool(self.own)


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


def best_sentence(sources: Iterable[Source], names: SentenceEntities) -> tuple[Source, str] | None:
    """The source sentence that best says a fact on its own: one that names its subject (a leading
    pronoun resolved), not a bare quotation, the shortest; the first source breaks ties."""
    candidates = []
    for order, source in enumerate(sources):
        if source.sentence_index < 0:
            continue
        text = names.texts.get((source.article, source.sentence_index)) or " ".join(source.sentence.split())
        resolved = resolve_leading_pronoun(text, source.article, source.sentence_index, names)
        standalone = resolved is not None and not opens_with_anaphor(resolved)
        rank = (not standalone, resolved is None, len(text.split()), order)
        candidates.append((rank, source, resolved or text))
    if not candidates:
        return None
    _, source, text = min(candidates, key=lambda item: item[0])
    return source, text


def stands_alone(text: str, names: SentenceEntities) -> bool:
    """Whether a line opens with what it is about, not by pointing back ("That stopped ...")."""
    return not opens_with_anaphor(text) and resolve_leading_pronoun(text, "", -1, names) == text


def fact_sentence(
    fact: Fact, sources: Iterable[Source], names: SentenceEntities
) -> tuple[Source, str, bool] | None:
    """The line that says a fact: its best source sentence. When every sentence opens by pointing
    back ("That stopped being the case since ..."): for an event, its own words when those name
    their subject ("The policy ended"); for a number, nothing (its figure and what it counts say
    it). The line stays linked to the sentence; the flag says it is in the fact's own words."""
    best = best_sentence(sources, names)
    if best is None:
        return None
    source, text = best
    if stands_alone(text, names):
        return source, text, False
    if isinstance(fact, Quantity):
        return source, "", False  # "However, that figure now ...": the number and what it counts say it
    if isinstance(fact, TimelineEntry) and stands_alone(fact.text, names):
        return source, own_words(fact), True
    return source, text, False


def own_words(fact: Fact) -> str:
    """A fact in its own words, as a line ("The policy ended."), for where its sentence may not be
    quoted: an event's or a claim's text; a number says itself through its lead, so nothing."""
    if isinstance(fact, Claim) and (fact.kind != "demand" or demanded_in_a_clause(fact)):
        # "It had offered 3 percent." alone leaves its subject unsaid: the party and its verb say it. A
        # demand's words are a noun phrase or an order ("A 9 percent raise", "Return to the table")
        # under its party's heading, and "demanded that" would break them; but a demand made in a
        # "that" clause ("the company restore the crossings") is a subjunctive fragment alone.
        return claim_sentence(fact.by, claim_verb(fact.kind, fact.mood, fact.polarity), fact.text)
    if not isinstance(fact, TimelineEntry | Claim):
        return ""
    text = " ".join(fact.text.split())
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def demanded_in_a_clause(claim: Claim) -> bool:
    """Whether a source sentence gives the demand's words as a "that" clause ("demanded that the
    company restore ...", "insisted that it be ...")."""
    words = " ".join(claim.text.split()).rstrip(".!?").casefold()
    for source in claim.sources:
        sentence = " ".join(source.sentence.split()).casefold()
        at = sentence.find(words) if words else -1
        if at > 0 and _THAT_BEFORE.search(sentence[:at]):
            return True
    return False


def newest_date(story: Story) -> dt.date | None:
    dates = [article.published for article in story.articles if article.published]
    return max(dates) if dates else None


def _is_ahead(entry: TimelineEntry, newest: dt.date) -> bool:
    """An event that begins after the newest article was published: still to come."""
    return entry.date.start is not None and entry.date.start > newest


def _event_section(entry: TimelineEntry, newest: dt.date, text: str) -> str | None:
    start, end = entry.date.start, entry.date.end
    if start is None or end is None:
        return None
    # A report is dated by its telling, which is past however future its words ("is set to visit").
    if start > newest or (end >= newest and entry.kind != "report" and _FUTURE.search(text)):
        return "next"
    recent = end >= newest - dt.timedelta(days=RECENT_DAYS) and (end - start).days <= LOOSE_DAYS
    return "happened" if recent else "background"


class BriefingBuilder:
    """Builds the briefing of one story; see the module docstring."""

    def __init__(self, story: Story, share: float | None = None) -> None:
        self.story = story
        # Words each article may still have quoted (`share` of its words; None: no limit), so that
        # a line quotes a sentence its article's excerpts can show.
        self.room: dict[str, float] | None = None
        if share is not None:
            self.room = {a.id: share * sum(len(s.text.split()) for s in a.sentences) for a in story.articles}
        self.quoted: set[tuple[str, int]] = set()
        self.names = SentenceEntities(story)
        self.newest = newest_date(story)
        self.entities = {entity.id: entity for entity in story.entities}
        self._dated_sentences = {(s.article, s.sentence_index) for e in story.timeline for s in e.sources}
        self._number_sentences = {(s.article, s.sentence_index) for q in story.quantities for s in q.sources}

    def build(self) -> list[BriefingSection]:
        candidates = self._candidates()
        candidates.update(self._edited_extras(candidates))
        sections = {key: BriefingSection(key) for key in SECTIONS}
        for line in candidates.values():
            edit = self.story.home.get(line.id)
            line.edit = edit
            if edit and edit.section:
                line.section = edit.section
            if edit and edit.text:
                line.text = edit.text
            if not (edit and edit.hide):
                sections[line.section].lines.append(line)
        shown: set[tuple[str, int]] = set()
        kept_tokens: list[frozenset[str]] = []
        for key in CLAIM_ORDER:  # the news sections take a shared sentence first
            sections[key].lines = self._chosen(sections[key], shown, kept_tokens)
        return [section for section in sections.values() if section.lines]

    # ------------------------------------------------------------------ choosing

    def _fit(self, line: BriefingLine) -> bool:
        """Quote a sentence that its article's excerpt share still has room for: of the fact's
        sources, the best among those that fit; when none does, the fact in its own words. False
        when those point back at what they do not name ("It had offered ..."): no line then."""
        rewritten = line.edit is not None and bool(line.edit.text)
        if self.room is None or line.fact is None or line.section == "involved" or rewritten:
            return True
        fitting = [s for s in line.fact.sources if self._fits(s.article, s.sentence_index)]
        best = fact_sentence(line.fact, fitting, self.names) if fitting else None
        if best is None:
            line.say_own_words()
            return stands_alone(line.own, self.names) or not line.own
        source, line.text, line.paraphrased = best
        line.article, line.sentence_index = source.article, source.sentence_index
        return True

    def _fits(self, article: str, index: int) -> bool:
        if self.room is None or (article, index) in self.quoted:
            return True
        words = len(self.names.texts.get((article, index), "").split())
        return words <= self.room.get(article, 0.0)

    def _charge(self, line: BriefingLine) -> None:
        key = (line.article, line.sentence_index)
        if self.room is not None and line.text and not line.paraphrased and key not in self.quoted:
            self.quoted.add(key)
            words = len(self.names.texts.get(key, "").split())
            self.room[line.article] = self.room.get(line.article, 0.0) - words

    def _pin_rank(self, line: BriefingLine) -> int | None:
        if line.edit and line.edit.position is not None:
            return line.edit.position
        if line.id in self.story.featured:  # after every explicit position
            return 10_000 + self.story.featured.index(line.id)
        return None

    def _chosen(
        self, section: BriefingSection, shown: set[tuple[str, int]], kept: list[frozenset[str]]
    ) -> list[BriefingLine]:
        """Pinned lines first (in the editor's order), then the rest in their ranked order, up to the
        section's limit; never a sentence already shown, nor a near-repeat of a shown line."""
        pinned = sorted(
            (line for line in section.lines if self._pin_rank(line) is not None),
            key=lambda line: (self._pin_rank(line), line.id),
        )
        rest = [line for line in section.lines if self._pin_rank(line) is None]
        chosen: list[BriefingLine] = []
        for line in [*pinned, *rest]:
            is_pinned = self._pin_rank(line) is not None
            if not is_pinned and len(chosen) >= SECTIONS[section.key]:
                break
            if not self._fit(line) and not is_pinned:
                continue
            key = (line.article, line.sentence_index)
            # what a line says is measured on its sentence: a fact's own words are short and would
            # otherwise pass for a repeat of any line that shares a name or two
            said = self.names.texts.get(key, line.text) if line.paraphrased else line.text
            tokens = content_tokens(said)
            repeated = key in shown or _repeats(tokens, kept)
            if repeated and line.section == "numbers" and line.counts and line.edit is None:
                line.text = ""  # the sentence is on the page already: the number and what it counts
                tokens = frozenset()
            elif repeated and line.section in _EVENT_SECTIONS and self._own_words_differ(line):
                line.say_own_words()  # the sentence is on the page already: the event in its own words
                tokens = frozenset()
            elif line.section != "involved" and not is_pinned and repeated:
                continue
            if line.section != "involved":
                shown.add(key)
                kept.append(tokens)
                self._charge(line)
            chosen.append(line)
        if section.key == "wants":
            chosen = _by_party(chosen)
        return chosen

    # ------------------------------------------------------------------ candidate lines

    def _candidates(self) -> dict[str, BriefingLine]:
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
        line.own, line.paraphrased = own_words(fact), paraphrased
        return line

    def _own_words_differ(self, line: BriefingLine) -> bool:
        """Whether an unedited line can say its fact in its own words instead of its sentence."""
        return line.edit is None and not line.paraphrased and stands_alone(line.own, self.names)

    def _event_lines(self) -> list[BriefingLine]:
        if self.newest is None:
            return []
        newest = self.newest
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
            section = _event_section(entry, newest, line.text)
            if section is None:
                continue
            line.section, line.lead = section, display_event_date(entry.date)
            start = entry.date.start.toordinal()
            precision = (entry.date.end - entry.date.start).days if entry.date.end else 366
            order = {
                "happened": (-start, -entry.corroboration, precision),  # newest, most corroborated first
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

    def _start(self, fact_id: str) -> int:
        entry = next(e for e in self.story.timeline if e.id == fact_id)
        return entry.date.start.toordinal() if entry.date.start else 0

    def _entity_lines(self) -> list[BriefingLine]:
        speakers = {claim.by_id for claim in self.story.claims if claim.kind != "report"}
        speakers |= {quote.speaker_id for quote in self.story.quotes}
        actors = [
            e for e in self.story.entities
            if e.mentions and (e.id in speakers or (e.type in _ACTOR_TYPES and (e.roles or e.description)))
            and not _only_a_setting(e)
        ]
        actors.sort(key=lambda e: (not e.roles and not e.description, -len(e.mentions), e.name))
        lines = []
        for entity in actors:
            line = self._entity_line(entity)
            if line is not None:
                lines.append(line)
        return lines

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
        claims = [claim for claim in self.story.claims if claim.kind == "demand" or self._is_position(claim)]
        claims.sort(key=lambda c: (c.kind != "demand", -c.corroboration, c.id))
        lines = []
        for claim in claims:
            line = self._fact_line(claim, "wants")
            if line is not None:
                line.group, line.entity = self._party(claim), claim.by_id
                lines.append(line)
        return lines

    def _is_position(self, claim: Claim) -> bool:
        """A statement that says what its party wants or thinks: not one that dates an event (it is
        what happens), nor one that only gives a number without a word of wanting or refusing."""
        if claim.kind != "statement":
            return False
        sentences = {(source.article, source.sentence_index) for source in claim.sources}
        if sentences & self._dated_sentences:
            return False
        gives_number = bool(sentences & self._number_sentences)
        return not gives_number or any(_POSITION.search(source.sentence) for source in claim.sources)

    def _party(self, claim: Claim) -> str:
        entity = self.entities.get(claim.by_id or "")
        return entity.name if entity else claim.by

    def _number_lines(self) -> list[BriefingLine]:
        numbers = sorted(
            self.story.quantities,
            # A bare small count ("three islands") matters less than an amount, a share or a large count.
            key=lambda q: (not q.about, q.unit is None and abs(q.value) < 10, -q.corroboration, q.id),
        )
        lines = []
        for quantity in numbers:
            line = self._fact_line(quantity, "numbers")
            if line is not None:
                line.lead, line.counts = quantity.text, quantity.about or ""
                lines.append(line)
        return lines

    def _edited_extras(self, candidates: dict[str, BriefingLine]) -> dict[str, BriefingLine]:
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
                    line.lead, line.counts = fact.text, fact.about or ""
                elif isinstance(fact, TimelineEntry):
                    line.lead = display_event_date(fact.date)
                elif isinstance(fact, Claim):
                    line.group = self._party(fact)
                extras[ident] = line
        return extras


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


def _repeats(tokens: frozenset[str], kept: list[frozenset[str]]) -> bool:
    """Whether most of a line's words are an earlier line's, or nearly all of an earlier line's
    words are in it (a long sentence that runs an earlier line into another)."""
    return bool(tokens) and any(
        len(tokens & other) / len(tokens) >= _REPEATS or len(tokens & other) / (len(other) or 1) >= _CONTAINS
        for other in kept
    )


def _by_party(lines: list[BriefingLine]) -> list[BriefingLine]:
    """At most `PARTY_LIMIT` lines per party, parties in the order they first appear."""
    grouped: dict[str, list[BriefingLine]] = {}
    for line in lines:
        party = grouped.setdefault(line.group, [])
        if len(party) < PARTY_LIMIT or (line.edit and line.edit.position is not None):
            party.append(line)
    return [line for party in grouped.values() for line in party]


def build_briefing(story: Story, share: float | None = None) -> list[BriefingSection]:
    """The home page's sections, in reading order, each with its lines; empty sections left out.
    With `share`, the lines quote at most that share of each article's words (its excerpts)."""
    return BriefingBuilder(story, share).build()
