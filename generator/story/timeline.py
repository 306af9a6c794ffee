"""One chronology from the dated statements of every article.

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

Candidates from all articles are then merged: the same event told by several articles becomes one
entry with all its sources. Two candidates of the same kind are the same event when

* their clauses are nearly word for word the same and their dates can mean the same time, or
* their dates can mean the same time and their content words overlap strongly, or
* their dates can mean the same time, they name one happening (`same_happening`: a predicate class of
  `predicates.py` or the same main verb, from spaCy's lemmas) and share a participant or a place
  named in their sentences.

"Can mean the same time" is overlap of the covered date ranges, so "late December" and "December 27"
merge; the most precise date is kept and the others are listed in `other_dates`. "When it happened"
(`date`) stays apart from "when it was reported" (`reported`: the earliest report date among the
sources, the date of the speech verb when the text gives one, else the article's publication date).
Two dates of one sentence date different things, unless they date one statement: both belong to the
clause the parse read it from ("from 2001 to 2005", "on Tuesday (6 January)"), or the statement keeps
its main verb and the dates can mean the same time ("Tuesday ... at 18:00 UTC").

Merging is blocked so that it scales to thousands of candidates: only pairs that share enough words
to pass either test are compared (prefix filtering over an inverted index, rarest words first), and
their dates are compared before their words.

Ids are `t-` and a hash of the event's normalised text and date value: they depend on content only,
never on article order or positions. When candidates merge, the smallest id among them is kept.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from generator.annotate.timex.tense import clause_tense
from generator.models import (
    Article,
    ArticleAnnotations,
    EventDate,
    EventKind,
    Sentence,
    Source,
    TimelineEntry,
    Timex,
    TimexEvent,
)
from generator.story.dates import date_range, to_edtf
from generator.story.predicates import classes_of_lemmas, predicate_classes

MIN_CLAUSE_WORDS = 6  # a shorter clause ("On Friday") is widened to its neighbour
NEAR_IDENTICAL = 0.85  # word-sequence similarity of clauses that tell the same thing
CONTENT_OVERLAP = 0.5  # Jaccard overlap of content words, for clauses with compatible dates
DATELINE_SHARE = 0.6  # a timex filling this much of its sentence is a date line, not an event
MONTH_DAYS = 31  # a date up to a month wide is precise enough to tie two tellings by one shared name

_CLAUSE_BREAK = re.compile(r"\s*(?:[;—–]|:\s|,[\"”’']?\s|\s-\s)\s*")
_LEADING_FILLER = re.compile(r"^(?:[\"“”'‘’(\s]|(?:and|but|or|which|while|as|who)\b\s*)+", re.IGNORECASE)
_TRAILING_PUNCTUATION = re.compile(r"[\s\"“”'’,.;:()]+$")
_WORD = re.compile(r"[\w'’-]+")
_NOT_EVENTS = re.compile(r"©|\(c\)\s*\d{4}|all rights reserved|copyright", re.IGNORECASE)
# "this year", "this electoral year", "the current month": the present, not a moment on a line.
_PRESENT_CONTAINER = re.compile(
    r"^(?:(?:during|in|for)\s+)?(?:this|the\s+current|current)\s+(?:[a-z-]+\s+)?"
    r"(?:year|month|week|quarter|season|spring|summer|autumn|fall|winter|decade|century)$",
    re.IGNORECASE,
)
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
class _Candidate:
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
    # Entities of the whole sentence: a subject the statement leaves out ("Smith, 34, was killed on
    # ...") or a place named after it still tells who took part and where.
    participants: tuple[str, ...] = ()


def build_timeline(articles: list[Article], annotations: list[ArticleAnnotations],
                   entity_ids: dict[tuple[str, int, int], str]) -> list[TimelineEntry]:
    """The merged chronology of all articles, sorted by date (then id)."""
    by_id = {article.id: article for article in articles}
    mentions = _mentions_by_article(entity_ids)
    candidates: list[_Candidate] = []
    for annotation in annotations:
        article = by_id.get(annotation.article_id)
        if article is not None:
            candidates.extend(_article_candidates(article, annotation, mentions.get(article.id, [])))
    candidates.sort(key=lambda c: (c.id, c.article.id, c.start))
    entries = [_merge(group) for group in _group_same_events(candidates)]
    return sorted(entries, key=_chronological)


def _chronological(entry: TimelineEntry) -> tuple[int, str, str]:
    start = entry.date.start
    return (0, start.isoformat(), entry.id) if start else (1, "", entry.id)


# --------------------------------------------------------------------------- candidates


_Mention = tuple[int, int, str]  # start, end, entity id


def _mentions_by_article(entity_ids: dict[tuple[str, int, int], str]) -> dict[str, list[_Mention]]:
    """(start, end, entity id) of every resolved mention, per article, in text order (built once: a
    scan per article would be quadratic in the size of the story)."""
    mentions: dict[str, list[_Mention]] = defaultdict(list)
    for (article_id, start, end), entity in entity_ids.items():
        mentions[article_id].append((start, end, entity))
    return {article_id: sorted(found) for article_id, found in mentions.items()}


def _article_candidates(article: Article, annotation: ArticleAnnotations,
                        mentions: list[_Mention]) -> list[_Candidate]:
    sentences = annotation.sentences or article.sentences
    candidates = []
    per_sentence: Counter[int] = Counter()
    for timex in annotation.timexes:
        sentence = _sentence_of(timex, sentences)
        if sentence is None or not _is_event_date(timex, sentence):
            continue
        per_sentence[sentence.index] += 1
        if per_sentence[sentence.index] > MAX_EVENTS_PER_SENTENCE:
            continue
        candidates.append(_candidate(article, timex, sentence, mentions))
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
    if timex.type not in {"DATE", "TIME"} or not timex.anchored:
        return False
    if date_range(timex.value, timex.mod) == (None, None):
        return False  # PRESENT_REF, XXXX-12, FY codes ...: nothing to place on a line
    if _NOT_EVENTS.search(sentence.text):
        return False
    if _restates_the_present(timex, sentence):
        return False
    return (timex.end - timex.start) < DATELINE_SHARE * len(sentence.text.strip())


def _restates_the_present(timex: Timex, sentence: Sentence) -> bool:
    """"this year" with a present-tense verb says what is the case now, not what happened."""
    if not _PRESENT_CONTAINER.match(timex.text.strip()):
        return False
    if timex.event is not None:
        return timex.event.tense == "unknown"
    offset = timex.start - sentence.start
    return clause_tense(sentence.text, offset, offset + len(timex.text)) == "unknown"


def _candidate(article: Article, timex: Timex, sentence: Sentence, mentions: list[_Mention]) -> _Candidate:
    text, start, end = _event_text(timex, sentence)
    words = tuple(w.lower() for w in _WORD.findall(text))
    timex_words = {w.lower() for w in _WORD.findall(timex.text)}
    content = frozenset(w for w in words if w not in STOPWORDS and w not in timex_words)
    edtf, first, last = _placed(timex.value, timex.mod)
    date = EventDate(value=timex.value, mod=timex.mod, edtf=edtf, start=first, end=last)
    entities = _entities_between(mentions, start, end)
    participants = _entities_between(mentions, sentence.start, sentence.end)
    event = timex.event
    reported = date_range(event.reported)[0] if event is not None and event.reported else None
    return _Candidate(id=_event_id(words, timex.value), article=article, timex=timex, sentence=sentence,
                      text=text, start=start, end=end, date=date,
                      kind=event.kind if event is not None else "event",
                      reported=reported or article.published, entities=entities,
                      participants=participants, words=words,
                      content=content, predicates=_predicates(event, words))


def _predicates(event: TimexEvent | None, words: tuple[str, ...]) -> frozenset[str]:
    """The predicate classes of the statement (from spaCy's lemmas when the annotation has them), and
    its main verb's lemma as a class of its own: "escaped" and "escaped" agree without a table."""
    if event is None or not event.lemmas:
        return predicate_classes(words)
    own = {SAME_VERB + event.predicate} if event.predicate else set()
    return classes_of_lemmas(event.lemmas) | own


SAME_VERB = "="  # marks a main verb's lemma among the classes


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
    return len(_WORD.findall(text))


def _event_id(words: tuple[str, ...], value: str) -> str:
    key = " ".join(words) + "|" + value
    return "t-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------- merging


def _group_same_events(candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Union-find over the pairs that tell the same event (candidates arrive in a fixed order)."""
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(_pairs_worth_comparing(candidates)):
        first, second = root(i), root(j)
        if first != second and same_event(candidates[i], candidates[j]):
            parent[max(first, second)] = min(first, second)
    groups: dict[int, list[_Candidate]] = {}
    for i, candidate in enumerate(candidates):
        groups.setdefault(root(i), []).append(candidate)
    return list(groups.values())


def _pairs_worth_comparing(candidates: list[_Candidate]) -> set[tuple[int, int]]:
    """Every pair that could pass `same_event`, without looking at all n² pairs.

    Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007): with the words of each set ordered
    rarest first, two sets whose Jaccard overlap reaches t must share a word among the first
    |x| - ceil(t·|x|) + 1 words of each, and their sizes differ by at most a factor t. So only those
    prefixes go into an inverted index. It runs once for the content words (CONTENT_OVERLAP) and once
    for the words with their repeat count (a word-sequence similarity r bounds their Dice overlap by
    r, so their Jaccard overlap by r / (2 - r)). Pairs of different kinds or with dates that cannot
    overlap are left out as they are found."""
    compatible = _date_blocks(candidates)
    pairs = _prefix_pairs([c.content for c in candidates], CONTENT_OVERLAP, compatible)
    pairs |= _prefix_pairs([_counted(c.words) for c in candidates], NEAR_IDENTICAL / (2 - NEAR_IDENTICAL),
                           compatible)
    pairs |= _shared_predicate_pairs(candidates, compatible)
    same_timex: dict[tuple[str, int], list[int]] = defaultdict(list)
    same_clause: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    same_verb: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, candidate in enumerate(candidates):
        same_timex[(candidate.article.id, candidate.timex.start)].append(i)
        clause = _same_clause(candidate)
        if clause is not None:
            same_clause[clause].append(i)
        if _main_verb(candidate):
            same_verb[(candidate.article.id, candidate.sentence.index, _main_verb(candidate))].append(i)
    for groups in (same_timex, same_clause):
        pairs |= {(group[0], other) for group in groups.values() for other in group[1:]}
    pairs |= {(i, j) for group in same_verb.values() for x, i in enumerate(group) for j in group[x + 1:]}
    return pairs


def _shared_predicate_pairs(candidates: list[_Candidate],
                            compatible: Callable[[int, int], bool]) -> set[tuple[int, int]]:
    """Pairs that name one predicate class and one participant or place (see `same_happening`)."""
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, candidate in enumerate(candidates):
        for predicate in candidate.predicates:
            for entity in candidate.participants:
                buckets[(predicate, entity)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        pairs |= _overlapping_dates(candidates, members, compatible)
    return pairs


def _overlapping_dates(candidates: list[_Candidate], members: list[int],
                       compatible: Callable[[int, int], bool]) -> set[tuple[int, int]]:
    """Pairs of `members` whose day ranges overlap, by a sweep over start days (a bucket of a story of
    thousands of articles can hold thousands of clauses); undated values pair with equal values."""
    dated = sorted((i for i in members if candidates[i].date.start and candidates[i].date.end),
                   key=lambda i: (candidates[i].date.start, i))
    pairs: set[tuple[int, int]] = set()
    for position, i in enumerate(dated):
        end = candidates[i].date.end
        for j in dated[position + 1:]:
            start = candidates[j].date.start
            if end is None or start is None or start > end:
                break
            if compatible(min(i, j), max(i, j)):
                pairs.add((min(i, j), max(i, j)))
    undated: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i in members:
        if not (candidates[i].date.start and candidates[i].date.end):
            undated[(candidates[i].date.value, candidates[i].date.mod)].append(i)
    for same in undated.values():
        pairs.update((i, j) for position, i in enumerate(same) for j in same[position + 1:]
                     if compatible(i, j))
    return pairs


def _date_blocks(candidates: list[_Candidate]) -> Callable[[int, int], bool]:
    """A fast `_may_overlap` by index: kinds and day ranges as plain tuples, looked up once."""
    spans = [(c.kind, c.date.start.toordinal() if c.date.start else None,
              c.date.end.toordinal() if c.date.end else None, c.date.value, c.date.mod) for c in candidates]

    def compatible(i: int, j: int) -> bool:
        kind_a, start_a, end_a, value_a, mod_a = spans[i]
        kind_b, start_b, end_b, value_b, mod_b = spans[j]
        if kind_a != kind_b:
            return False
        if start_a is None or end_a is None or start_b is None or end_b is None:
            return (value_a, mod_a) == (value_b, mod_b)
        return start_a <= end_b and start_b <= end_a

    return compatible


def _counted(words: tuple[str, ...]) -> frozenset[str]:
    """The words as a set that keeps repeats apart ("the#1", "the#2"), so set overlap bounds matching."""
    seen: Counter[str] = Counter()
    counted = []
    for word in words:
        seen[word] += 1
        counted.append(f"{word}#{seen[word]}")
    return frozenset(counted)


def _prefix_pairs(sets: list[frozenset[str]], threshold: float,
                  compatible: Callable[[int, int], bool]) -> set[tuple[int, int]]:
    frequency = Counter(word for words in sets for word in words)
    rarest_first = sorted(frequency, key=lambda word: (frequency[word], word))
    rank = {word: position for position, word in enumerate(rarest_first)}
    index: dict[str, list[int]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    for i, words in enumerate(sets):
        size = len(words)
        prefix = size - math.ceil(threshold * size) + 1
        seen: set[int] = set()
        for word in sorted(words, key=rank.__getitem__)[:max(prefix, 0)]:
            for j in index[word]:
                if j in seen:
                    continue
                seen.add(j)
                other = len(sets[j])
                if threshold * max(size, other) <= min(size, other) and compatible(j, i):
                    pairs.add((j, i))
            index[word].append(i)
    return pairs


def same_event(a: _Candidate, b: _Candidate) -> bool:
    if a.article.id == b.article.id and a.timex.start == b.timex.start:
        return True
    if a.article.id == b.article.id and a.sentence.index == b.sentence.index:
        return a.kind == b.kind and _one_statement(a, b)
    if a.kind != b.kind or not _dates_compatible(a.date, b.date):
        return False
    union = a.content | b.content
    if union and len(a.content & b.content) / len(union) >= CONTENT_OVERLAP:
        return True  # the cheap test first
    if same_happening(a, b):
        return True
    return SequenceMatcher(None, a.words, b.words, autojunk=False).ratio() >= NEAR_IDENTICAL


def _one_statement(a: _Candidate, b: _Candidate) -> bool:
    """Two dates of one sentence date two things, unless they date one statement: the ends of a
    period ("from 2001 to 2005") or a date restated ("on Tuesday (6 January)") in one clause, or a date
    restated in other units ("Tuesday ... at 18:00 UTC"), which leaves the main verb the same."""
    clause = _same_clause(a)
    if clause is not None and clause == _same_clause(b):
        return True
    return _main_verb(a) != "" and _main_verb(a) == _main_verb(b) and _dates_compatible(a.date, b.date)


def _same_clause(candidate: _Candidate) -> tuple[str, int, int] | None:
    """The article and offsets of the clause the parse read the statement from (None without one)."""
    event = candidate.timex.event
    return (candidate.article.id, event.start, event.end) if event is not None else None


def _main_verb(candidate: _Candidate) -> str:
    event = candidate.timex.event
    return event.predicate if event is not None else ""


def same_happening(a: _Candidate, b: _Candidate) -> bool:
    """One happening told in other words: the predicates are of one class ("bought" / "acquisition")
    and the clauses share a participant or a place. When a date spans more than a month ("in 2009"),
    two shared participants or places are needed, since a year holds many such events."""
    if not a.predicates & b.predicates:
        return False
    shared = len(set(a.participants) & set(b.participants))
    narrow = max(_width(a.date), _width(b.date)) <= MONTH_DAYS
    return shared >= (1 if narrow else 2)


def _dates_compatible(a: EventDate, b: EventDate) -> bool:
    if a.value == b.value and a.mod == b.mod:
        return True
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start <= b.end and b.start <= a.end


def _merge(group: list[_Candidate]) -> TimelineEntry:
    representative = min(group, key=lambda c: (_width(c.date), -len(c.date.value), c.id))  # "Monday morning"
    wording = min(group, key=_clearest_first)
    other_dates: dict[tuple[str, str | None], EventDate] = {}
    for candidate in group:
        key = (candidate.date.value, candidate.date.mod)
        if key != (representative.date.value, representative.date.mod):
            other_dates.setdefault(key, candidate.date)
    sources = sorted({(c.article.id, c.start, c.end): c for c in group}.values(),
                     key=lambda c: (c.article.id, c.start))
    articles = {c.article.id: c.article for c in group}
    reported = [c.reported for c in group if c.reported is not None]
    return TimelineEntry(
        id=min(c.id for c in group),
        date=representative.date,
        text=wording.text[:1].upper() + wording.text[1:],  # a clause may start mid-sentence
        timex=representative.timex.text,
        entities=sorted({e for c in group for e in c.entities}),
        sources=[Source(article=c.article.id, start=c.start, end=c.end, sentence=c.sentence.text,
                        sentence_index=c.sentence.index) for c in sources],
        corroboration=len(articles),
        outlets=sorted({a.outlet for a in articles.values() if a.outlet}),
        reported=min(reported) if reported else None,
        kind=representative.kind,
        other_dates=[other_dates[key] for key in sorted(other_dates, key=lambda k: (k[0], k[1] or ""))],
    )


_PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"})


def _clearest_first(candidate: _Candidate) -> tuple[bool, bool, bool, float, str]:
    """The order in which a row's mentions are preferred as its wording: a named subject first (not
    "It was able to ...", not "Was killed ..." or "Being struck ..."), one that names a participant,
    then the most precise date."""
    return (_opens_with_pronoun(candidate.text), _opens_without_subject(candidate.text),
            not candidate.entities, _width(candidate.date), candidate.id)


_VERB_OPENINGS = frozenset({"was", "were", "is", "are", "has", "have", "had", "being", "having", "been",
                            "be", "will", "would", "to"})


def _opens_without_subject(text: str) -> bool:
    """"Was killed on ...", "being struck by ...", "following her exit": the statement lost its subject."""
    first = _WORD.match(text.lstrip("\"“'‘ ("))
    if first is None:
        return True
    word = first.group()
    return word[:1].islower() or word.lower() in _VERB_OPENINGS


def _opens_with_pronoun(text: str) -> bool:
    """"It was able to ..." names nobody: another source's wording of the same event reads better."""
    first = _WORD.match(text.lstrip("\"“'‘ ("))
    return first is not None and first.group().lower() in _PRONOUN_SUBJECTS


def _width(date: EventDate) -> float:
    """Days the date covers: the narrowest is the most precise (the same order as `is_more_precise`)."""
    if date.start is None or date.end is None:
        return math.inf
    return (date.end - date.start).days
