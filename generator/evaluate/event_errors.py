"""Why timeline rows and gold events disagree: the error classes of the event evaluations (`--errors`).

Both event evaluations align each row's source with a gold event (`ecbplus_events.anchor_event`).
Two kinds of disagreement are counted, each by cause:

* **Splits** (rows per event above 1.0, B³ recall): a gold event whose aligned sources lie in several
  rows. Each row beyond the one holding most of them is one split. It is classified by the pair of
  tellings (one in that row, one in the largest, both aligned with the gold event) that gets furthest
  through the tests of `story.same_event`, by the first test that pair fails: report against event;
  one date places nothing; dates that cannot mean the same time (counted from a guessed publication
  date or not); two statements of one sentence; no shared predicate class or main verb (a
  paraphrase); no shared participant (one telling names nobody: a pronoun or a description; two
  entity ids whose names share a word: one name in two forms; different names); a date wider than a
  month with one shared participant only; none (the pair passes: joined only through other tellings).
  The "dates apart" splits are counted once more by how the two dates disagree (`APART_KINDS`): one
  of them counted from a publication date ("Tuesday", "yesterday") or both named in the text, and up
  to two days, up to a month or more apart.
* **Joins** (B³ precision): a row whose sources are aligned with several gold events. Each gold event
  beyond the row's main one is one join, classified by how its telling sits with the main event's:
  in one clause (the clause tells both: an alignment limit), in one sentence, or two statements that
  `same_event` joins directly (by which test) or only through other tellings.

The tellings are rebuilt from the story's articles with the annotations of the build cache
(`story_candidates`), exactly as `story.timeline` builds them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from generator.config import Settings
from generator.models import EventDate, Source, Story, TimelineEntry
from generator.story.event_candidates import Candidate, counts_from_publication
from generator.story.same_event import (
    CONTENT_OVERLAP,
    MONTH_DAYS,
    NEAR_IDENTICAL,
    date_width,
    particles_disagree,
    same_event,
    windows_overlap,
)

SourceKey = tuple[str, int, int]  # article, start, end of a row's source
Item = tuple[str, int, int, str]  # a source and its row id, as the evaluations key them

SPLIT_CAUSES = (
    "report against event",
    "one date places nothing",
    "dates apart (counted from a guessed publication date)",
    "dates apart (dates of the text)",
    "two statements of one sentence",
    "no shared predicate class or main verb",
    "no shared participant: one names nobody",
    "no shared participant: one name in two forms",
    "no shared participant: different names",
    "a date wider than a month, one shared participant",
    "passes the tests (joined only through other tellings)",
)
DATE_CAUSES = (
    "the row shows another telling's date",
    "its own date, counted from a guessed publication date",
    "its own date, counted from the publication date",
    "its own date, named in the text",
    "no telling at that source",
)
# How two tellings of a "dates apart" split disagree: which of them counts from a publication date
# ("Tuesday", "today": the date is only as good as that day) and how many days lie between them.
APART_KINDS = (
    "one or both counted from a publication date, up to 2 days apart",
    "one or both counted from a publication date, 3 to 31 days apart",
    "one or both counted from a publication date, more than a month apart",
    "both named in the text, up to 2 days apart",
    "both named in the text, 3 to 31 days apart",
    "both named in the text, more than a month apart",
)
NEAR_DAYS = 2
JOIN_CAUSES = (
    "one clause tells both",
    "one sentence, two clauses",
    "same words (content overlap)",
    "same happening (class and participant)",
    "near-identical wording",
    "only through other tellings",
)


@dataclass
class EventErrors:
    splits: Counter[str] = field(default_factory=Counter)
    joins: Counter[str] = field(default_factory=Counter)
    dates: Counter[str] = field(default_factory=Counter)  # wrong dates (MEANTIME only: ECB+ has none)
    apart: Counter[str] = field(default_factory=Counter)  # the "dates apart" splits by APART_KINDS
    examples: list[str] = field(default_factory=list)

    def add(self, other: EventErrors) -> None:
        self.splits.update(other.splits)
        self.joins.update(other.joins)
        self.dates.update(other.dates)
        self.apart.update(other.apart)
        self.examples += other.examples


def story_candidates(story: Story, settings: Settings) -> dict[SourceKey, list[Candidate]]:
    """The story's tellings by their source, rebuilt from the cached annotations of its articles."""
    from generator.pipeline import annotate_articles
    from generator.story.resolve import resolve_entities
    from generator.story.timeline import timeline_candidates

    annotations = annotate_articles(story.articles, settings)
    entities, entity_ids = resolve_entities(story.articles, annotations)
    types = {entity.id: entity.type for entity in entities}
    candidates = timeline_candidates(story.articles, annotations, entity_ids, types)
    by_source: dict[SourceKey, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_source[(candidate.article.id, candidate.start, candidate.end)].append(candidate)
    return by_source


def classify(name: str, story: Story, candidates: Mapping[SourceKey, list[Candidate]],
             key: Mapping[Item, Hashable], response: Mapping[Item, str]) -> EventErrors:
    """Splits and joins of one story (`key`: item -> gold event, `response`: item -> row id)."""
    names = {entity.id: entity.name for entity in story.entities}
    errors = EventErrors()
    by_event: dict[Hashable, dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    by_row: dict[str, dict[Hashable, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for item, event in key.items():
        by_event[event][response[item]].append(item)
        by_row[response[item]][event].append(item)
    for _, rows in sorted(by_event.items(), key=lambda pair: str(pair[0])):
        main, *others = _largest_first(rows)
        for other in others:
            cause, pair = _split_cause(_tellings(rows[main], candidates), _tellings(rows[other], candidates),
                                       names)
            errors.splits[cause] += 1
            if pair is not None and cause.startswith("dates apart"):
                errors.apart[apart_kind(*pair)] += 1
            errors.examples.append(_example(name, "split", cause, pair))
    for _, events in sorted(by_row.items()):
        main, *others = _largest_first(events)
        for other in others:
            cause, pair = _join_cause(_tellings(events[main], candidates),
                                      _tellings(events[other], candidates))
            errors.joins[cause] += 1
            errors.examples.append(_example(name, "join", cause, pair))
    return errors


def _largest_first(groups: Mapping) -> list:
    return sorted(groups, key=lambda k: (-len(groups[k]), str(k)))


def _tellings(items: list[Item], candidates: Mapping[SourceKey, list[Candidate]]) -> list[Candidate]:
    return [c for article, start, end, _ in items for c in candidates.get((article, start, end), [])]


Pair = tuple[Candidate, Candidate] | None


def _split_cause(main: list[Candidate], other: list[Candidate], names: Mapping[str, str]) -> tuple[str, Pair]:
    """The cause of the pair that gets furthest through the tests (its rank in SPLIT_CAUSES, last best)."""
    ranked = [(_split_rank(a, b, names), a.id, b.id, a, b) for a in main for b in other]
    if not ranked:
        return "passes the tests (joined only through other tellings)", None
    rank, _, _, a, b = max(ranked, key=lambda r: r[:3])
    return SPLIT_CAUSES[rank], (a, b)


def _split_rank(a: Candidate, b: Candidate, names: Mapping[str, str]) -> int:
    """The index in SPLIT_CAUSES of the first test the pair fails (the last index when none fails)."""
    if a.kind != b.kind:
        return 0
    if not windows_overlap(a, b):
        if a.window[0] is None or b.window[0] is None:
            return 1
        guessed = a.anchor_guessed or b.anchor_guessed or a.article.published_estimated \
            or b.article.published_estimated
        return 2 if guessed else 3
    if a.article.id == b.article.id and a.sentence.index == b.sentence.index:
        return 10 if same_event(a, b) else 4
    if particles_disagree(a, b):
        return 5
    if not a.predicates & b.predicates & (a.main_predicates | b.main_predicates):
        return 5 if not _same_words(a, b) else 10
    shared = set(a.compared_participants) & set(b.compared_participants)
    if not shared:
        if not a.compared_participants or not b.compared_participants:
            return 6
        return 7 if _name_words(a, names) & _name_words(b, names) else 8
    if len(shared) < 2 and max(date_width(a.date), date_width(b.date)) > MONTH_DAYS:
        return 9
    return 10


def apart_kind(a: Candidate, b: Candidate) -> str:
    """Which of APART_KINDS a pair of tellings whose dates cannot mean the same time is."""
    relative = counts_from_publication(a.timex.text) or counts_from_publication(b.timex.text)
    gap = _days_between(a.window, b.window)
    size = 0 if gap <= NEAR_DAYS else 1 if gap <= MONTH_DAYS else 2
    return APART_KINDS[size if relative else 3 + size]


def _days_between(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> int:
    if None in a or None in b:
        return 0
    (start_a, end_a), (start_b, end_b) = a, b
    return max(0, (start_b or 0) - (end_a or 0), (start_a or 0) - (end_b or 0))


def _name_words(candidate: Candidate, names: Mapping[str, str]) -> set[str]:
    return {word.lower() for entity in candidate.compared_participants
            for word in names.get(entity, "").split() if len(word) > 2}


def _same_words(a: Candidate, b: Candidate) -> bool:
    union = a.content | b.content
    if union and len(a.content & b.content) / len(union) >= CONTENT_OVERLAP:
        return True
    return SequenceMatcher(None, a.words, b.words, autojunk=False).ratio() >= NEAR_IDENTICAL


def _join_cause(main: list[Candidate], other: list[Candidate]) -> tuple[str, Pair]:
    ranked = [(_join_rank(a, b), a.id, b.id, a, b) for a in main for b in other]
    if not ranked:
        return JOIN_CAUSES[-1], None
    rank, _, _, a, b = min(ranked, key=lambda r: r[:3])
    return JOIN_CAUSES[rank], (a, b)


def _join_rank(a: Candidate, b: Candidate) -> int:
    if a.article.id == b.article.id and (a.start, a.end) == (b.start, b.end):
        return 0
    if a.article.id == b.article.id and a.sentence.index == b.sentence.index:
        return 1
    if not same_event(a, b):
        return 5
    union = a.content | b.content
    if union and len(a.content & b.content) / len(union) >= CONTENT_OVERLAP:
        return 2
    shared = a.predicates & b.predicates & (a.main_predicates | b.main_predicates)
    if shared and set(a.compared_participants) & set(b.compared_participants):
        return 3
    return 4


def classify_dates(name: str, wrong: list[tuple[TimelineEntry, Source, str]],
                   candidates: Mapping[SourceKey, list[Candidate]],
                   is_right: Callable[[EventDate, str], bool], errors: EventErrors) -> None:
    """Adds each wrongly dated source (its row, the source, the gold value) to `errors` by cause."""
    for entry, source, gold in wrong:
        own = candidates.get((source.article, source.start, source.end), [])
        if not own:
            cause = DATE_CAUSES[4]
        elif any(is_right(c.date, gold) for c in own):
            cause = DATE_CAUSES[0]
        elif own[0].anchor_guessed:
            cause = DATE_CAUSES[1]
        elif counts_from_publication(own[0].timex.text):
            cause = DATE_CAUSES[2]
        else:
            cause = DATE_CAUSES[3]
        errors.dates[cause] += 1
        shown = f"row {entry.date.value} {entry.timex!r}, gold {gold}"
        errors.examples.append(f"{name}\tdate\t{cause}\t{shown}\t" + "\t".join(_telling(c) for c in own[:1]))


def _example(story: str, kind: str, cause: str, pair: Pair) -> str:
    if pair is None:
        return f"{story}\t{kind}\t{cause}"
    return f"{story}\t{kind}\t{cause}\t" + "\t".join(_telling(c) for c in pair)


def _telling(candidate: Candidate) -> str:
    guessed = "~" if candidate.anchor_guessed else ""
    return f"[{candidate.kind} {candidate.date.value}{guessed} {candidate.timex.text!r}] {candidate.text!r}"


def report(errors: EventErrors, with_examples: bool = True) -> str:
    """The counts per cause (a Markdown table each), then one line per error when asked."""
    lines = ["| split cause (one gold event, several rows) | rows |", "|---|---|"]
    lines += [f"| {cause} | {errors.splits[cause]} |" for cause in SPLIT_CAUSES]
    lines += [f"| all splits | {sum(errors.splits.values())} |", ""]
    if errors.apart:
        lines += ["| dates apart, by how (splits) | rows |", "|---|---|"]
        lines += [f"| {kind} | {errors.apart[kind]} |" for kind in APART_KINDS]
        lines += [""]
    lines += ["| join cause (one row, several gold events) | gold events |", "|---|---|"]
    lines += [f"| {cause} | {errors.joins[cause]} |" for cause in JOIN_CAUSES]
    lines += [f"| all joins | {sum(errors.joins.values())} |", ""]
    if errors.dates:
        lines += ["| wrong date cause (a source of a matched gold event) | sources |", "|---|---|"]
        lines += [f"| {cause} | {errors.dates[cause]} |" for cause in DATE_CAUSES]
        lines += [f"| all wrong dates | {sum(errors.dates.values())} |", ""]
    if with_examples:
        lines += errors.examples
    return "\n".join(lines) + "\n"
