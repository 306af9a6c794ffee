"""One chronology from the dated statements of every article.

Each dated statement of each article becomes a candidate (`event_candidates.py`); candidates that
tell the same event are grouped (`same_event.py`) and each group becomes one `TimelineEntry` with all
its sources: the most precise date, the other dates in `other_dates`, the clearest wording.

Ids are `t-` and a hash of the event's normalised text and date value: they depend on content only,
never on article order or positions. When candidates merge, the smallest id among them is kept.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.models import Article, ArticleAnnotations, EventDate, Source, TimelineEntry
from generator.story.event_candidates import (
    WORD,
    Candidate,
    article_candidates,
    mentions_by_article,
    tells_only_that_it_happened,
)
from generator.story.pronoun_subjects import with_pronoun_subjects
from generator.story.result_rows import join_results
from generator.story.row_text import is_readable, whole_sentence
from generator.story.same_event import date_width, group_same_events
from generator.story.unnamed_events import PERSON, join_unnamed


def build_timeline(articles: list[Article], annotations: list[ArticleAnnotations],
                   entity_ids: dict[tuple[str, int, int], str],
                   entity_types: Mapping[str, str] | None = None) -> list[TimelineEntry]:
    """The merged chronology of all articles, sorted by date (then id). `entity_types` (entity id ->
    type) tells persons and places apart; without it every participant counts as a person."""
    types = entity_types or {}
    candidates = timeline_candidates(articles, annotations, entity_ids, types)
    groups = join_results(join_unnamed(group_same_events(candidates), types))
    entries = [_merge(group) for group in groups]
    return sorted(entries, key=_chronological)


def timeline_candidates(articles: list[Article], annotations: list[ArticleAnnotations],
                        entity_ids: dict[tuple[str, int, int], str],
                        entity_types: Mapping[str, str]) -> list[Candidate]:
    """Every dated statement of every article, in a fixed order, before merging (the evaluations'
    error classes read them too)."""
    by_id = {article.id: article for article in articles}
    mentions = mentions_by_article(entity_ids)
    candidates: list[Candidate] = []

    def is_person(entity: str) -> bool:
        return entity_types.get(entity, PERSON) == PERSON

    for annotation in annotations:
        article = by_id.get(annotation.article_id)
        if article is not None:
            found = mentions.get(article.id, [])
            candidates.extend(with_pronoun_subjects(article_candidates(article, annotation, found), found,
                                                    annotation.sentences or article.sentences, is_person))
    candidates.sort(key=lambda c: (c.id, c.article.id, c.start))
    return candidates


def _chronological(entry: TimelineEntry) -> tuple[int, str, str]:
    start = entry.date.start
    return (0, start.isoformat(), entry.id) if start else (1, "", entry.id)


def _merge(group: list[Candidate]) -> TimelineEntry:
    # The most precise date; of equals, the one most tellings' dates agree with (the tellings say
    # "Monday" twice and "Tuesday" once: Monday), then the longer value ("Monday morning" over
    # "Monday"). A date counted from a guessed publication date comes last: another article's date is
    # a fact.
    representative = min(group, key=lambda c: (c.anchor_guessed, date_width(c.date), -_agreeing(c, group),
                                               -len(c.date.value), c.id))
    wording = min(group, key=lambda c: _clearest_first(c, representative))
    # No telling reads as a complete statement (cut inside a phrase): the sentence says it whole.
    text = wording.text if is_readable(wording.text) else whole_sentence(wording.sentence.text)
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
        text=text[:1].upper() + text[1:],  # a clause may start mid-sentence
        timex=representative.timex.text,
        entities=sorted({e for c in group for e in c.entities}),
        sources=[Source(article=c.article.id, start=c.start, end=c.end, sentence=c.sentence.text,
                        sentence_index=c.sentence.index) for c in sources],
        corroboration=len(articles),
        outlets=sorted({a.outlet for a in articles.values() if a.outlet}),
        reported=min(reported) if reported else None,
        kind=representative.kind,
        other_dates=[other_dates[key] for key in sorted(other_dates, key=lambda k: (k[0], k[1] or ""))],
        finite=wording.finite or text != wording.text,
    )


def _agreeing(candidate: Candidate, group: list[Candidate]) -> int:
    """How many tellings of the row give a date that can be the same time as `candidate`'s (their
    covered days overlap; a date that places nothing agrees with none)."""
    start, end = candidate.date.start, candidate.date.end
    if start is None or end is None:
        return 0
    return sum(1 for other in group if other.date.start is not None and other.date.end is not None
               and other.date.start <= end and start <= other.date.end)


_PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"})


def _clearest_first(candidate: Candidate, dated: Candidate) -> tuple[bool | float | str, ...]:
    """The order in which a row's mentions are preferred as its wording: a complete statement (not
    one cut inside a phrase), a named subject (not "It was able to ...", not "Was killed ..." or
    "Being struck ..."), one told on the row's date (`dated`: the telling that dates the row; "the
    board decided on Saturday to ..." merged into Monday's row does not word it), one that names a
    participant, one whose verb says what happened (not "the shooting took place ...": "a gunman shot
    ..." says who did it), then the most precise date."""
    event = candidate.timex.event
    return (not is_readable(candidate.text), _opens_with_pronoun(candidate.text),
            _opens_without_subject(candidate.text), not _agreeing(candidate, [dated]), not candidate.entities,
            event is not None and tells_only_that_it_happened(event), date_width(candidate.date),
            candidate.id)


_VERB_OPENINGS = frozenset({"was", "were", "is", "are", "has", "have", "had", "being", "having", "been",
                            "be", "will", "would", "to"})


def _opens_without_subject(text: str) -> bool:
    """"Was killed on ...", "being struck by ...", "following her exit": the statement lost its subject."""
    first = WORD.match(text.lstrip("\"“'‘ ("))
    if first is None:
        return True
    word = first.group()
    return word[:1].islower() or word.lower() in _VERB_OPENINGS


def _opens_with_pronoun(text: str) -> bool:
    """"It was able to ..." names nobody: another source's wording of the same event reads better."""
    first = WORD.match(text.lstrip("\"“'‘ ("))
    return first is not None and first.group().lower() in _PRONOUN_SUBJECTS

