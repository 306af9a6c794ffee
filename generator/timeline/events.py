"""One chronology from the dated statements of every article.

Each anchored DATE/TIME expression (not a duration or a frequency, not the date line restated, not a
copyright notice, not "now" or "recently") turns the clause that holds it into a candidate event.
Candidates from all articles are then merged: the same event told by several articles becomes one
entry with all its sources. Two candidates are the same event when

* their clauses are nearly word for word the same and their dates can mean the same time, or
* their dates can mean the same time and their content words overlap strongly.

"Can mean the same time" is overlap of the covered date ranges, so "late December" and "December 27"
merge; the most precise date is kept and the others are listed in `other_dates`. "When it happened"
(`date`) stays apart from "when it was reported" (`reported`, the earliest publication date among the
sources).

Ids are `t-` and a hash of the event's normalised text and date value: they depend on content only,
never on article order or positions. When candidates merge, the smallest id among them is kept.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from generator.models import Article, ArticleAnnotations, EventDate, Sentence, Source, TimelineEntry, Timex
from generator.timeline.dates import date_range, is_more_precise, to_edtf

MIN_CLAUSE_WORDS = 6  # a shorter clause ("On Friday") is widened to its neighbour
NEAR_IDENTICAL = 0.85  # word-sequence similarity of clauses that tell the same thing
CONTENT_OVERLAP = 0.5  # Jaccard overlap of content words, for clauses with compatible dates
DATELINE_SHARE = 0.6  # a timex filling this much of its sentence is a date line, not an event

_CLAUSE_BREAK = re.compile(r"\s*(?:[;—–]|:\s|,[\"”’']?\s|\s-\s)\s*")
_LEADING_FILLER = re.compile(r"^(?:[\"“”'‘’(\s]|(?:and|but|or|which|while|as|who)\b\s*)+", re.IGNORECASE)
_TRAILING_PUNCTUATION = re.compile(r"[\s\"“”'’,.;:()]+$")
_WORD = re.compile(r"[\w'’-]+")
_NOT_EVENTS = re.compile(r"©|\(c\)\s*\d{4}|all rights reserved|copyright", re.IGNORECASE)
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
    entities: tuple[str, ...]
    words: tuple[str, ...]
    content: frozenset[str]


def build_timeline(articles: list[Article], annotations: list[ArticleAnnotations],
                   entity_ids: dict[tuple[str, int, int], str]) -> list[TimelineEntry]:
    """The merged chronology of all articles, sorted by date (then id)."""
    by_id = {article.id: article for article in articles}
    candidates: list[_Candidate] = []
    for annotation in annotations:
        article = by_id.get(annotation.article_id)
        if article is not None:
            candidates.extend(_article_candidates(article, annotation, entity_ids))
    candidates.sort(key=lambda c: (c.id, c.article.id, c.start))
    entries = [_merge(group) for group in _group_same_events(candidates)]
    return sorted(entries, key=_chronological)


def _chronological(entry: TimelineEntry) -> tuple[int, str, str]:
    start = entry.date.start
    return (0, start.isoformat(), entry.id) if start else (1, "", entry.id)


# --------------------------------------------------------------------------- candidates


def _article_candidates(article: Article, annotation: ArticleAnnotations,
                        entity_ids: dict[tuple[str, int, int], str]) -> list[_Candidate]:
    sentences = annotation.sentences or article.sentences
    mentions = sorted((start, end, entity) for (article_id, start, end), entity in entity_ids.items()
                      if article_id == article.id)
    candidates = []
    for timex in annotation.timexes:
        sentence = _sentence_of(timex, sentences)
        if sentence is None or not _is_event_date(timex, sentence):
            continue
        candidates.append(_candidate(article, timex, sentence, mentions))
    return candidates


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
    return (timex.end - timex.start) < DATELINE_SHARE * len(sentence.text.strip())


def _candidate(article: Article, timex: Timex, sentence: Sentence,
               mentions: list[tuple[int, int, str]]) -> _Candidate:
    clause_start, clause_end = event_clause(sentence.text, timex.start - sentence.start,
                                            timex.end - sentence.start)
    text = sentence.text[clause_start:clause_end]
    start, end = sentence.start + clause_start, sentence.start + clause_end
    words = tuple(w.lower() for w in _WORD.findall(text))
    timex_words = {w.lower() for w in _WORD.findall(timex.text)}
    content = frozenset(w for w in words if w not in STOPWORDS and w not in timex_words)
    first, last = date_range(timex.value, timex.mod)
    date = EventDate(value=timex.value, mod=timex.mod, edtf=to_edtf(timex.value, timex.mod),
                     start=first, end=last)
    entities = tuple(sorted({entity for m_start, m_end, entity in mentions
                             if sentence.start <= m_start and m_end <= sentence.end}))
    return _Candidate(id=_event_id(words, timex.value), article=article, timex=timex, sentence=sentence,
                      text=text, start=start, end=end, date=date, entities=entities, words=words,
                      content=content)


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
    """Union-find over all pairs that tell the same event (candidates arrive in a fixed order)."""
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, first in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            if root(i) != root(j) and same_event(first, candidates[j]):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[_Candidate]] = {}
    for i, candidate in enumerate(candidates):
        groups.setdefault(root(i), []).append(candidate)
    return list(groups.values())


def same_event(a: _Candidate, b: _Candidate) -> bool:
    if a.article.id == b.article.id and a.timex.start == b.timex.start:
        return True
    if not _dates_compatible(a.date, b.date):
        return False
    if SequenceMatcher(None, a.words, b.words, autojunk=False).ratio() >= NEAR_IDENTICAL:
        return True
    union = a.content | b.content
    return bool(union) and len(a.content & b.content) / len(union) >= CONTENT_OVERLAP


def _dates_compatible(a: EventDate, b: EventDate) -> bool:
    if a.value == b.value and a.mod == b.mod:
        return True
    if None in (a.start, a.end, b.start, b.end):
        return False
    return a.start <= b.end and b.start <= a.end  # type: ignore[operator]


def _merge(group: list[_Candidate]) -> TimelineEntry:
    representative = min(group, key=lambda c: (_precision_key(c, group), c.id))
    other_dates: dict[tuple[str, str | None], EventDate] = {}
    for candidate in group:
        key = (candidate.date.value, candidate.date.mod)
        if key != (representative.date.value, representative.date.mod):
            other_dates.setdefault(key, candidate.date)
    sources = sorted({(c.article.id, c.start, c.end): c for c in group}.values(),
                     key=lambda c: (c.article.id, c.start))
    articles = {c.article.id: c.article for c in group}
    reported = [a.published for a in articles.values() if a.published is not None]
    return TimelineEntry(
        id=min(c.id for c in group),
        date=representative.date,
        text=representative.text[:1].upper() + representative.text[1:],  # a clause may start mid-sentence
        timex=representative.timex.text,
        entities=sorted({e for c in group for e in c.entities}),
        sources=[Source(article=c.article.id, start=c.start, end=c.end, sentence=c.sentence.text,
                        sentence_index=c.sentence.index) for c in sources],
        corroboration=len(articles),
        outlets=sorted({a.outlet for a in articles.values() if a.outlet}),
        reported=min(reported) if reported else None,
        other_dates=[other_dates[key] for key in sorted(other_dates, key=lambda k: (k[0], k[1] or ""))],
    )


def _precision_key(candidate: _Candidate, group: list[_Candidate]) -> int:
    """How many dates in the group are more precise than this one (0 for the most precise)."""
    return sum(is_more_precise(other.date, candidate.date) for other in group)
