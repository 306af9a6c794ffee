"""Candidate events: each dated statement of one article, before merging.

Each anchored DATE/TIME expression (not a duration or a frequency, not the date line restated, not a
copyright notice, not "now" or "recently") turns the clause that holds it into a candidate event. Its
text is the statement the tagger read off the dependency parse (`Timex.event`, see timex.py); without
a parse, the clause around the expression cut at punctuation. A date that only places the present
("this year", "this month") makes no entry unless its verb is past or future ("talks are expected to
resume this month"): "the issue becomes a talking point this year" is no event.

The day a speech verb told something ("X reported on Wednesday that Y will visit on Friday") is an
entry of kind "report"; the statement it reports is a separate entry (of kind "event", at its own date)
whose `reported` is that day.

A period named without a date ("since the Kennedy administration", "during the war") makes no entry:
placing it needs knowledge the articles do not state, and dates are never invented.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.annotate.predicates import classes_of_lemmas, predicate_classes, verbs_named_by
from generator.annotate.timex.clause_predicates import LIGHT_VERBS, PLANNING_VERBS
from generator.annotate.timex.lexicon import MONTH, MONTHS, PART_OF_DAY, SEASONS, UNIT, WEEKDAYS
from generator.annotate.timex.tense import clause_tense
from generator.models import Article, ArticleAnnotations, EventDate, EventKind, Sentence, Timex, TimexEvent
from generator.story.dates import date_range, to_edtf

MIN_CLAUSE_WORDS = 6  # a shorter clause ("On Friday") is widened to its neighbour
DATELINE_SHARE = 0.6  # a timex filling this much of its sentence is a date line, not an event

_CLAUSE_BREAK = re.compile(r"\s*(?:[;—–]|:\s|,[\"”’']?\s|\s-\s)\s*")
_LEADING_FILLER = re.compile(r"^(?:[\"“”'‘’(\s]|(?:and|but|or|which|while|as|who)\b\s*)+", re.IGNORECASE)
_TRAILING_PUNCTUATION = re.compile(r"[\s\"“”'’,.;:()]+$")
WORD = re.compile(r"[\w'’-]+")
_NOT_EVENTS = re.compile(r"©|\(c\)\s*\d{4}|all rights reserved|copyright", re.IGNORECASE)
# "this year", "this electoral year", "the current month": the present, not a moment on a line.
_PRESENT_CONTAINER = re.compile(
    r"^(?:(?:during|in|for)\s+)?(?:this|the\s+current|current)\s+(?:[a-z-]+\s+)?"
    r"(?:year|month|week|quarter|season|spring|summer|autumn|fall|winter|decade|century)$",
    re.IGNORECASE,
)
_AS_OF_BEFORE = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_THAN_AFTER = re.compile(r"(\s+(?:later|earlier|sooner))?\s+than\b", re.IGNORECASE)
_COMPARATIVE_END = re.compile(r"\b(?:later|earlier|sooner)$", re.IGNORECASE)
STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "that",
    "this", "these", "those", "it", "its", "it's", "their", "his", "her", "they", "them", "he", "she", "we",
    "you", "i", "not", "no", "so", "than", "then", "there", "which", "who", "whom", "whose", "what", "when",
    "where", "while", "will", "would", "can", "could", "should", "may", "might", "must", "also", "said",
    "says", "about", "after", "before", "into", "over", "under", "up", "down", "out", "more", "most",
    "such", "only", "own", "same", "other", "some", "any", "each",
})


@dataclass(frozen=True)
class Candidate:
    """One dated statement of one article, before merging."""

    id: str
    article: Article
    timex: Timex
    sentence: Sentence
    text: str
    start: int  # offsets of `text` in the article
    end: int
    date: EventDate
    kind: EventKind
    reported: dt.date | None  # the speech verb's date when the text gives one, else the publication date
    entities: tuple[str, ...]
    words: tuple[str, ...]
    content: frozenset[str]
    predicates: frozenset[str] = frozenset()  # classes of `predicates.PREDICATE_CLASSES` the clause names
    # The classes its main verb names ("found guilty of murdering": not "kill"); all of them without a parse.
    main_predicates: frozenset[str] = frozenset()
    # Every entity its article names: who a "she" or "the man" of the statement can be.
    article_entities: frozenset[str] = frozenset()
    # Entities of the whole sentence: a subject the statement leaves out ("Smith, 34, was killed on
    # ...") or a place named after it still tells who took part and where.
    participants: tuple[str, ...] = ()
    # The days (ordinals, inclusive) the date can mean when tellings are compared, which can be wider
    # than `date` (see `matching_window`); (None, None) for a date that places nothing.
    window: tuple[int | None, int | None] = (None, None)
    # The date counts from a publication date that is only a lower bound (`published_estimated`).
    anchor_guessed: bool = False
    # Who the "he" or "she" that opens the statement likely is (`pronoun_subjects.py`): compared with
    # other tellings' participants, never shown.
    antecedent: str | None = None
    # What the statement is about besides who did it (`themes_of`): "team" in "coached the rowing
    # team", "store" in "opened its online store".
    themes: frozenset[str] = frozenset()
    finite: bool = True  # `text` holds a finite verb (TimexEvent.finite; a clause cut without a parse: True)

    @property
    def compared_participants(self) -> tuple[str, ...]:
        """The participants `same_event` compares: the named ones and the antecedent of a pronoun."""
        return self.participants if self.antecedent is None else (*self.participants, self.antecedent)



_Mention = tuple[int, int, str]  # start, end, entity id


def mentions_by_article(entity_ids: dict[tuple[str, int, int], str]) -> dict[str, list[_Mention]]:
    """(start, end, entity id) of every resolved mention, per article, in text order (built once: a
    scan per article would be quadratic in the size of the story)."""
    mentions: dict[str, list[_Mention]] = defaultdict(list)
    for (article_id, start, end), entity in entity_ids.items():
        mentions[article_id].append((start, end, entity))
    return {article_id: sorted(found) for article_id, found in mentions.items()}


def article_candidates(article: Article, annotation: ArticleAnnotations,
                        mentions: list[_Mention]) -> list[Candidate]:
    sentences = annotation.sentences or article.sentences
    candidates = []
    per_sentence: Counter[int] = Counter()
    named = frozenset(entity for _, _, entity in mentions)
    for timex in annotation.timexes:
        sentence = _sentence_of(timex, sentences)
        if sentence is None or not _is_event_date(timex, sentence):
            continue
        per_sentence[sentence.index] += 1
        if per_sentence[sentence.index] > MAX_EVENTS_PER_SENTENCE:
            continue
        candidates.append(_candidate(article, timex, sentence, mentions, named))
    return candidates


# A sentence dates at most this many events. Each event reads its clause, which in a sentence of
# thousands of dates and no punctuation is the whole sentence: without a bound that is quadratic.
MAX_EVENTS_PER_SENTENCE = 24


def _sentence_of(timex: Timex, sentences: list[Sentence]) -> Sentence | None:
    if 0 <= timex.sentence < len(sentences) and sentences[timex.sentence].start <= timex.start:
        return sentences[timex.sentence]
    return next((s for s in sentences if s.start <= timex.start < s.end), None)


def _is_event_date(timex: Timex, sentence: Sentence) -> bool:
    """Anchored calendar dates in running text; not durations, sets, vague references or date lines."""
    if timex.type not in {"DATE", "TIME"} or not timex.anchored or timex.in_passing or timex.verbless:
        return False
    if date_range(timex.value, timex.mod) == (None, None):
        return False  # PRESENT_REF, XXXX-12, FY codes ...: nothing to place on a line
    if _NOT_EVENTS.search(sentence.text):
        return False
    if (_restates_the_present(timex, sentence) or _measures_a_delay(timex, sentence)
            or _states_a_standing(timex, sentence)):
        return False
    return (timex.end - timex.start) < DATELINE_SHARE * len(sentence.text.strip())


def _measures_a_delay(timex: Timex, sentence: Sentence) -> bool:
    """"three days later than planned", "a week earlier than expected": an amount of delay, not a date."""
    after = _THAN_AFTER.match(sentence.text, timex.end - sentence.start)
    return after is not None and (after.group(1) is not None or bool(_COMPARATIVE_END.search(timex.text)))


def _states_a_standing(timex: Timex, sentence: Sentence) -> bool:
    """"As of February, the store accounts for 70% of sales": a state measured on a day, told in the
    present tense, is no event; "as of Monday, the law took effect" (past) is one."""
    if _AS_OF_BEFORE.search(sentence.text, 0, timex.start - sentence.start) is None:
        return False
    if timex.event is not None:
        return timex.event.tense == "unknown"
    offset = timex.start - sentence.start
    return clause_tense(sentence.text, offset, offset + len(timex.text)) == "unknown"


def _restates_the_present(timex: Timex, sentence: Sentence) -> bool:
    """"this year" with a present-tense verb says what is the case now, not what happened."""
    if not _PRESENT_CONTAINER.match(timex.text.strip()):
        return False
    if timex.event is not None:
        return timex.event.tense == "unknown"
    offset = timex.start - sentence.start
    return clause_tense(sentence.text, offset, offset + len(timex.text)) == "unknown"


def _candidate(article: Article, timex: Timex, sentence: Sentence, mentions: list[_Mention],
               named: frozenset[str] = frozenset()) -> Candidate:
    text, start, end = _event_text(timex, sentence)
    finite = timex.event is None or text != timex.event.text or timex.event.finite
    words = tuple(w.lower() for w in WORD.findall(text))
    timex_words = {w.lower() for w in WORD.findall(timex.text)}
    content = frozenset(w for w in words if w not in STOPWORDS and w not in timex_words)
    edtf, first, last = _placed(timex.value, timex.mod)
    date = EventDate(value=timex.value, mod=timex.mod, edtf=edtf, start=first, end=last)
    entities = _entities_between(mentions, start, end)
    participants = _entities_between(mentions, sentence.start, sentence.end)
    event = timex.event
    reported = date_range(event.reported)[0] if event is not None and event.reported else None
    guessed = article.published_estimated and counts_from_publication(timex.text)
    referring = frozenset({REFERS_BACK}) if refers_back(timex, sentence, event) else frozenset()
    return Candidate(id=_event_id(words, timex.value), article=article, timex=timex, sentence=sentence,
                      text=text, start=start, end=end, date=date, anchor_guessed=guessed,
                      window=matching_window(date, timex.text, article.published, guessed),
                      kind=event.kind if event is not None else "event",
                      reported=reported or article.published, entities=entities,
                      participants=participants, words=words,
                      content=content, predicates=_predicates(event, words) | referring,
                      main_predicates=_main_predicates(event, words) | referring, article_entities=named,
                      themes=themes_of(event), finite=finite)


_NAMES_A_YEAR_OR_MONTH = re.compile(r"\b(?:1\d{3}|20\d{2})\b|\b" + MONTH + r"(?![a-z])", re.IGNORECASE)
_LAST_WEEK = re.compile(r"^(?:(?:in|during|over)\s+)?last\s+week$", re.IGNORECASE)


def counts_from_publication(text: str) -> bool:
    """"Saturday", "yesterday", "last week", "two days ago": a date the reader finds by counting from
    the day the article came out (it names no year and no month)."""
    return _NAMES_A_YEAR_OR_MONTH.search(text) is None


def matching_window(date: EventDate, text: str, published: dt.date | None,
                    guessed: bool) -> tuple[int | None, int | None]:
    """The days a date can mean when two tellings are compared (ordinals, inclusive).

    * Counted from a guessed publication date (the earliest day the text allows, see
      `annotate/timex/publication.py`), "Saturday" is that Saturday or any later one: the article may
      have come out any day after the guess, so only the start holds.
    * "Last week" in news also means the past seven days, not only the calendar week before: an
      article of Saturday says "he escaped last week" of the Monday five days before. The window runs
      up to the day before publication.
    Otherwise the window is the date's own range. The row keeps the most precise date of its tellings
    (`timeline._merge`), so a wider window never makes a date less precise on the page."""
    if date.start is None or date.end is None:
        return None, None
    start, end = date.start.toordinal(), date.end.toordinal()
    if guessed:
        return start, dt.date.max.toordinal()
    if published is not None and _LAST_WEEK.match(text.strip()):
        end = max(end, published.toordinal() - 1)
    return start, end


# Nouns that name a happening without saying which ("Tuesday's move", "the incident on Friday", "the
# incident occurred on Friday"): they refer back to a happening the reader already knows, mostly the
# day's main one (`unnamed_events.py` joins such a telling to it).
REFERRING_NOUNS = frozenset({"incident", "move", "action", "step", "event", "episode", "development",
                             "tragedy", "ordeal", "occurrence"})
REFERS_BACK = "*"  # marks, among the classes, a telling whose happening is a referring noun
_REFERRING = "|".join(sorted(REFERRING_NOUNS))
_NOUN_AFTER_DATE = re.compile(r"\s*['’]s\s+(?:[a-z-]+\s+)?(?:" + _REFERRING + r")s?\b", re.IGNORECASE)
_NOUN_BEFORE_DATE = re.compile(r"\b(?:" + _REFERRING + r")s?\s+(?:on|of|from)\s+(?:the\s+)?$",
                               re.IGNORECASE)


def refers_back(timex: Timex, sentence: Sentence, event: TimexEvent | None) -> bool:
    """Whether the date dates a referring noun ("Tuesday's move", "the incident on Friday"), or the
    statement only says that one happened ("the incident occurred on Friday",
    `tells_only_that_it_happened`)."""
    offset = timex.start - sentence.start
    if _NOUN_AFTER_DATE.match(sentence.text, offset + len(timex.text)):
        return True
    if _NOUN_BEFORE_DATE.search(sentence.text[max(0, offset - 40):offset]):
        return True
    return (event is not None and tells_only_that_it_happened(event)
            and bool(REFERRING_NOUNS.intersection(event.lemmas)))


def _predicates(event: TimexEvent | None, words: tuple[str, ...]) -> frozenset[str]:
    """The predicate classes of the statement (from spaCy's lemmas when the annotation has them), and
    its main verb's lemma as a class of its own: "escaped" and "escaped" agree without a table."""
    if event is None or not event.lemmas:
        return predicate_classes(words)
    own = {SAME_VERB + event.predicate} if event.predicate else set()
    made_from = {SAME_VERB + verb for lemma in event.lemmas for verb in verbs_named_by(lemma)}
    said_to_happen = _said_to_happen(words) if tells_only_that_it_happened(event) else frozenset()
    return classes_of_lemmas(event.lemmas) | own | made_from | _dated_happening(event) | said_to_happen


def _main_predicates(event: TimexEvent | None, words: tuple[str, ...]) -> frozenset[str]:
    """The classes of the statement's main verb (or the noun a light verb takes) and the verb itself."""
    if event is None or not event.lemmas:
        return predicate_classes(words)
    if not event.predicate:
        return _dated_happening(event)
    if tells_only_that_it_happened(event):
        return _predicates(event, words)
    made_from = {SAME_VERB + verb for verb in verbs_named_by(event.predicate)}  # "was a blast", "held talks"
    return (classes_of_lemmas([event.predicate]) | {SAME_VERB + event.predicate} | made_from
            | _dated_happening(event))


# Verbs that only say a happening took place: what happened is the noun they are said of ("the
# shooting happened", "the blast occurred", "the riot took place"; "took place" reads as the light
# verb "take" with its object "place").
OCCURRENCE_VERBS = frozenset({"happen", "occur", "unfold"})


def tells_only_that_it_happened(event: TimexEvent) -> bool:
    """Whether the main verb only says that something happened: the statement's happening is then
    told by its nouns ("The shooting took place outside a school on Monday": a shooting), so those
    count as the main verb's classes."""
    if event.predicate in OCCURRENCE_VERBS:
        return True
    return event.predicate == "place" and "take" in event.lemmas


# The forms of the verbs of OCCURRENCE_VERBS and of "take" (in "took place") as the text has them.
_OCCURRENCE_FORMS = frozenset({"happen", "happens", "happened", "occur", "occurs", "occurred", "unfold",
                               "unfolds", "unfolded"})
_TAKE_FORMS = frozenset({"take", "takes", "took", "taken"})


def _said_to_happen(words: tuple[str, ...]) -> frozenset[str]:
    """The classes of the words before "took place", "happened" or "occurred" in the statement: what
    it says happened ("The shooting took place outside a school"). The parse gives that noun as the
    subject, except when the statement is a relative clause ("the shooting that took place on
    Monday"): its subject is then supplied from the noun the clause is said of, as text only, and
    neither the lemmas nor `TimexEvent.happening` hold it."""
    for position, word in enumerate(words):
        took_place = word in _TAKE_FORMS and words[position + 1:position + 2] == ("place",)
        if word in _OCCURRENCE_FORMS or took_place:
            return predicate_classes(words[:position])
    return frozenset()


def _dated_happening(event: TimexEvent) -> frozenset[str]:
    """The classes of the happening noun the date hangs on, the noun as a verb and the verbs it is
    made from ("Pell's arrest on Tuesday came after a tip": arrest, =arrest): what the date dates is
    what the statement tells happened that day, as much as its main verb ("came") is."""
    noun = event.happening
    if not noun:
        return frozenset()
    return classes_of_lemmas([noun]) | {SAME_VERB + verb for verb in {noun, *verbs_named_by(noun)}}


SAME_VERB = "="  # marks a main verb's lemma among the classes

_TIME_NOUN = re.compile(UNIT + r"|" + "|".join([*MONTHS, *WEEKDAYS, *SEASONS, *PART_OF_DAY]), re.IGNORECASE)


def themes_of(event: TimexEvent | None) -> frozenset[str]:
    """The lemmas of the statement's nouns and verbs that say what it is about rather than what
    happened or when: not its main verb, not a word of a predicate class or a noun made from a verb
    it names, not a light or planning verb, not a noun of time ("year", "morning")."""
    if event is None:
        return frozenset()
    happened = {event.predicate, *verbs_named_by(event.predicate)}
    return frozenset(lemma for lemma in event.lemmas
                     if lemma not in happened and not classes_of_lemmas([lemma])
                     and not happened & verbs_named_by(lemma) and lemma not in LIGHT_VERBS | PLANNING_VERBS
                     and len(lemma) > 2 and not _TIME_NOUN.fullmatch(lemma))


def _entities_between(mentions: list[_Mention], start: int, end: int) -> tuple[str, ...]:
    """Ids of the entities mentioned inside [start, end) (`mentions` are sorted by start)."""
    first = bisect.bisect_left(mentions, (start, -1, ""))
    found = set()
    for m_start, m_end, entity in mentions[first:]:
        if m_start >= end:
            break
        if m_end <= end:
            found.add(entity)
    return tuple(sorted(found))


@functools.lru_cache(maxsize=4096)
def _placed(value: str, mod: str | None) -> tuple[str, dt.date | None, dt.date | None]:
    """EDTF and day range of a TIMEX3 value (a story repeats the same few thousand dates)."""
    return (to_edtf(value, mod), *date_range(value, mod))


def _event_text(timex: Timex, sentence: Sentence) -> tuple[str, int, int]:
    """The statement and the offsets (in the article) of the clause it comes from."""
    event = timex.event
    if event is not None and sentence.start <= event.start and event.end <= sentence.end:
        return event.text, event.start, event.end
    clause_start, clause_end = event_clause(sentence.text, timex.start - sentence.start,
                                            timex.end - sentence.start)
    text = sentence.text[clause_start:clause_end]
    return text, sentence.start + clause_start, sentence.start + clause_end


def event_clause(sentence: str, offset: int, offset_end: int | None = None) -> tuple[int, int]:
    """Start and end (in `sentence`) of the clause around the timex at `offset`..`offset_end`, widened
    until it says something.

    Clauses are cut at semicolons, dashes, colons and commas followed by a space, but never inside the
    timex ("March 3, 2023"); a clause under MIN_CLAUSE_WORDS words ("On Friday") takes in its
    neighbour, the following one first.
    """
    offset_end = offset if offset_end is None else offset_end
    inner = [m.end() for m in _CLAUSE_BREAK.finditer(sentence) if not offset <= m.start() < offset_end]
    cuts = [0, *inner, len(sentence)]
    bounds = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    index = next((i for i, (s, e) in enumerate(bounds) if s <= offset < e), len(bounds) - 1)
    first = last = index
    while _word_count(sentence[bounds[first][0]:bounds[last][1]]) < MIN_CLAUSE_WORDS:
        if last + 1 < len(bounds):
            last += 1
        elif first > 0:
            first -= 1
        else:
            break
    start, end = bounds[first][0], bounds[last][1]
    text = sentence[start:end]
    lead = _LEADING_FILLER.match(text)
    if lead and lead.end() <= offset - start:
        start += lead.end()
    trail = _TRAILING_PUNCTUATION.search(sentence[start:end])
    if trail:
        end = start + trail.start()
    return start, max(end, start)


def _word_count(text: str) -> int:
    return len(WORD.findall(text))


def _event_id(words: tuple[str, ...], value: str) -> str:
    key = " ".join(words) + "|" + value
    return "t-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
