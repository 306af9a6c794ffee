"""The home page's briefing: the story told from its facts, newest news first.

No language model: every line is a fact (or an entity) and the whole sentence an article says it
in, so every line stays linked to that sentence. Sections answer what readers ask (see
`SECTIONS`): what happened lately (the newest and most corroborated developments), who is involved,
what each side wants, the numbers that matter, what happens next (dated after the newest article, or
said in the future tense about the newest article's days), and the background (earlier events).

Each line reads as a complete sentence (`briefing_sentences.py`); the candidate lines of each section
come from `briefing_lines.py`; this module chooses among them: no sentence appears twice, and a line
that repeats most of an earlier line's words is skipped.

The editor's `home:` entries (Story.home) and `featured:` pin, reorder, move, hide or rewrite
lines; a pinned line is shown even when the section's limit is reached.
"""

from __future__ import annotations

from generator.models import Quantity, Story, TimelineEntry
from generator.story.briefing_lines import (
    CENTRAL_ARTICLES,
    SECTIONS,
    BriefingCandidates,
    BriefingLine,
    BriefingSection,
)
from generator.story.briefing_sentences import fact_sentence, own_words, stands_alone
from generator.story.subjects import SentenceEntities, resolve_leading_pronoun
from generator.story.summary import content_tokens

# Re-exported: the pages and the Updates log use these with the briefing.
__all__ = ["CLAIM_ORDER", "SECTIONS", "BriefingLine", "BriefingSection", "SentenceEntities", "build_briefing",
           "fact_sentence", "own_words", "resolve_leading_pronoun"]

# The order in which sections claim a sentence that two of them could show.
CLAIM_ORDER = ("happened", "next", "wants", "numbers", "background", "involved")
PARTY_LIMIT = 3  # demands and positions shown per party
_REPEATS = 0.6  # share of a line's words an earlier line may carry before it is left out
_CONTAINS = 0.8  # share of an earlier line's words a line may carry before it is left out
_EVENT_SECTIONS = frozenset({"happened", "next", "background"})
# "What happened" is the coverage's news: of a story told by at least `MANY_ARTICLES` articles, one
# article (a late interview, a follow-up, a blow-by-blow report) quotes at most this many of its lines.
PER_ARTICLE = 2
MANY_ARTICLES = 3


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
        self.candidates = BriefingCandidates(story, self.names)

    def build(self) -> list[BriefingSection]:
        candidates = self.candidates.lines()
        candidates.update(self.candidates.edited_extras(candidates))
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
        self.told_by: dict[tuple[str, int], list[frozenset[str]]] = {}  # sentence -> its shown events' words
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
            if not line.own:  # a number says itself by its figure; an event with no words says nothing
                return isinstance(line.fact, Quantity)
            return stands_alone(line.own, self.names)
        source, line.text, line.paraphrased = best
        line.article, line.sentence_index = source.article, source.sentence_index
        if isinstance(line.fact, Quantity) and line.edit is None:
            line.lead = self.candidates.figure_as_said(line.fact, line)
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
            if not is_pinned and self._article_has_told_enough(section.key, line, chosen):
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
            elif repeated and line.section in _EVENT_SECTIONS and self._own_words_differ(line) \
                    and (key in shown or not _repeats(content_tokens(line.own), kept)) \
                    and not self._event_told(line, key):
                # the sentence is on the page already (for another event it holds): this event in its own
                # words; but a sentence that repeats another one's news is not said again in other words,
                # nor is one event of a sentence that another line tells already under another date
                # ("In 2009 and 2010, X was sued ...": one event, two years)
                line.say_own_words()
                tokens = frozenset()
            elif line.section != "involved" and not is_pinned and repeated:
                continue
            if line.section != "involved":
                shown.add(key)
                kept.append(tokens)
                self._charge(line)
                if _is_event(line) and line.own:  # a report and the event it announces are two lines
                    self.told_by.setdefault(key, []).append(content_tokens(line.own))
            chosen.append(line)
        if section.key == "wants":
            chosen = _by_party(chosen)
        if section.key == "happened":  # chosen with the story's own event first, read newest first
            unpinned = sorted((line for line in chosen if self._pin_rank(line) is None),
                              key=lambda line: line.shown_order)
            chosen = [line for line in chosen if self._pin_rank(line) is not None] + _news_first(
                unpinned, self.candidates.central)
        return chosen

    def _article_has_told_enough(self, key: str, line: BriefingLine, chosen: list[BriefingLine]) -> bool:
        """Whether the article a "What happened" line quotes has `PER_ARTICLE` lines there already, in a
        story that many articles tell: so that one article's details do not stand for the news."""
        if key != "happened" or len(self.story.articles) < MANY_ARTICLES:
            return False
        return sum(other.article == line.article for other in chosen) >= PER_ARTICLE

    def _event_told(self, line: BriefingLine, key: tuple[str, int]) -> bool:
        """Whether an event's own words repeat an event that a line shows its sentence for already."""
        return _is_event(line) and _repeats(content_tokens(line.own), self.told_by.get(key, []))

    def _own_words_differ(self, line: BriefingLine) -> bool:
        """Whether an unedited line can say its fact in its own words instead of its sentence."""
        return line.edit is None and not line.paraphrased and stands_alone(line.own, self.names)


def _is_event(line: BriefingLine) -> bool:
    return isinstance(line.fact, TimelineEntry) and line.fact.kind == "event"


def _news_first(lines: list[BriefingLine], central: set[str]) -> list[BriefingLine]:
    """"What happened" read newest first, but led by the story's own event (`central_events`) when
    every newer line is told by fewer than `CENTRAL_ARTICLES` articles: one article's later side story
    (a player signed two months after the coach was fired, a council vote a year after the fire) is no
    lead, and the first line is also the home page's description. A newer development that several
    articles tell (a verdict after a killing) is the news and keeps its place (wave 15)."""
    lead = next((i for i, line in enumerate(lines) if line.id in central), None)
    if lead is None or any(_told_by(line) >= CENTRAL_ARTICLES for line in lines[:lead]):
        return lines
    return [lines[lead], *lines[:lead], *lines[lead + 1:]]


def _told_by(line: BriefingLine) -> int:
    return line.fact.corroboration if isinstance(line.fact, TimelineEntry) else 1


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
