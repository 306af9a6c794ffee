"""Whether two dated statements tell the same event, and grouping them without comparing every pair.

Candidates from all articles are merged: the same event told by several articles becomes one
entry with all its sources. Two candidates of the same kind are the same event when

* their clauses are nearly word for word the same and their dates can mean the same time, or
* their dates can mean the same time and their content words overlap strongly, or
* their dates can mean the same time and one is the other cut short, word for word (`cut_short`), or
* they are two dates joined in one phrase of one verb of one sentence ("in 2002 and 2003",
  `dates_conjoined`), or
* their dates can mean the same time, they name one happening (`same_happening`: a predicate class of
  `predicates.py` or the same main verb, from spaCy's lemmas, named by the main verb of at least one
  of them) and share a participant or a place named in their sentences; a telling that names nobody
  shares none, so for it the same main verb about the same theme ("the van was stopped on Monday" /
  "police stopped the van on Monday", `same_happening`) takes the participant's place. A step of
  justice told by a main verb ("arrested for the shooting") is no telling of the crime it names.

"Can mean the same time" is overlap of the covered date ranges (`event_candidates.matching_window`:
"last week" also as the past seven days, a date counted from a guessed publication date as that day or
later), so "late December" and "December 27" merge; the most precise date is kept and the others are
listed in `other_dates`. "When it happened" (`date`) stays apart from "when it was reported"
(`reported`: the earliest report date among the sources, the date of the speech verb when the text
gives one, else the article's publication date).
Two dates of one sentence date different things, unless they date one statement: both belong to the
clause the parse read it from ("from 2001 to 2005", "on Tuesday (6 January)"), or the statement keeps
its main verb and the dates can mean the same time ("Tuesday ... at 18:00 UTC").

Merging is blocked so that it scales to thousands of candidates: only pairs that share enough words
to pass either test are compared (prefix filtering over an inverted index, rarest words first), and
their dates are compared before their words.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher

from generator.annotate.predicates import classes_of_lemmas
from generator.models import EventDate
from generator.story.event_candidates import Candidate
from generator.story.union_find import UnionFind

NEAR_IDENTICAL = 0.85  # word-sequence similarity of clauses that tell the same thing
CONTENT_OVERLAP = 0.5  # Jaccard overlap of content words, for clauses with compatible dates
MONTH_DAYS = 31  # a date up to a month wide is precise enough to tie two tellings by one shared name
# A telling cut short from another (`cut_short`) holds at least this many words and content words.
MIN_COPY_WORDS = 5
MIN_COPY_CONTENT = 3
COMMON_WORD_TELLINGS = 50


def group_same_events(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Union-find over the pairs that tell the same event (candidates arrive in a fixed order)."""
    union: UnionFind[int] = UnionFind()
    for i, j in sorted(pairs_worth_comparing(candidates)):
        if union.find(i) != union.find(j) and same_event(candidates[i], candidates[j]):
            union.union(i, j)
    groups: dict[int, list[Candidate]] = {}
    for i, candidate in enumerate(candidates):
        groups.setdefault(union.find(i), []).append(candidate)
    return list(groups.values())


def pairs_worth_comparing(candidates: list[Candidate]) -> set[tuple[int, int]]:
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
    pairs |= _copy_pairs(candidates, compatible)
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


def _copy_pairs(candidates: list[Candidate], compatible: Callable[[int, int], bool]) -> set[tuple[int, int]]:
    """Pairs where one telling may be the other cut short (`cut_short`): the shorter one's rarest
    content word is in the longer one. A word more than COMMON_WORD_TELLINGS tellings hold is no rare
    word: a telling whose rarest word is that common is not looked up (the pass stays linear on a
    text that repeats itself)."""
    frequency = Counter(word for c in candidates for word in c.content)
    holders: dict[str, list[int]] = defaultdict(list)
    for i, candidate in enumerate(candidates):
        for word in candidate.content:
            holders[word].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, candidate in enumerate(candidates):
        if len(candidate.content) < MIN_COPY_CONTENT or len(candidate.words) < MIN_COPY_WORDS:
            continue
        rarest = min(candidate.content, key=lambda word: (frequency[word], word))
        if frequency[rarest] > COMMON_WORD_TELLINGS:
            continue
        for j in holders[rarest]:
            if len(candidates[j].words) > len(candidate.words) and compatible(min(i, j), max(i, j)):
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _shared_predicate_pairs(candidates: list[Candidate],
                            compatible: Callable[[int, int], bool]) -> set[tuple[int, int]]:
    """Pairs that name one predicate class and one participant or place, or one main verb and one
    theme with a telling that names nobody (see `same_happening`)."""
    by_participant: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_theme: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, candidate in enumerate(candidates):
        for predicate in candidate.predicates:
            for entity in candidate.compared_participants:
                by_participant[(predicate, entity)].append(i)
        verb = _main_verb(candidate)
        for theme in candidate.themes if verb else ():
            by_theme[(verb, theme)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_participant.values():
        pairs |= _overlapping_dates(candidates, members, compatible)

    def names_nobody(i: int) -> bool:
        return not candidates[i].compared_participants

    for members in by_theme.values():
        if any(map(names_nobody, members)):
            pairs |= {(i, j) for i, j in _overlapping_dates(candidates, members, compatible)
                      if names_nobody(i) or names_nobody(j)}
    return pairs


def _overlapping_dates(candidates: list[Candidate], members: list[int],
                       compatible: Callable[[int, int], bool]) -> set[tuple[int, int]]:
    """Pairs of `members` whose day ranges overlap, by a sweep over start days (a bucket of a story of
    thousands of articles can hold thousands of clauses); undated values pair with equal values."""
    dated = sorted((i for i in members if candidates[i].window[0] is not None),
                   key=lambda i: (candidates[i].window[0] or 0, i))
    pairs: set[tuple[int, int]] = set()
    for position, i in enumerate(dated):
        end = candidates[i].window[1]
        for j in dated[position + 1:]:
            start = candidates[j].window[0]
            if end is None or start is None or start > end:
                break
            if compatible(min(i, j), max(i, j)):
                pairs.add((min(i, j), max(i, j)))
    undated: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i in members:
        if candidates[i].window[0] is None:
            undated[(candidates[i].date.value, candidates[i].date.mod)].append(i)
    for same in undated.values():
        pairs.update((i, j) for position, i in enumerate(same) for j in same[position + 1:]
                     if compatible(i, j))
    return pairs


def _date_blocks(candidates: list[Candidate]) -> Callable[[int, int], bool]:
    """A fast `_may_overlap` by index: kinds and day ranges as plain tuples, looked up once."""
    spans = [(c.kind, *c.window, c.date.value, c.date.mod) for c in candidates]

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


def same_event(a: Candidate, b: Candidate) -> bool:
    if a.article.id == b.article.id and a.timex.start == b.timex.start:
        return True
    if a.article.id == b.article.id and a.sentence.index == b.sentence.index:
        return a.kind == b.kind and _one_statement(a, b)
    if a.kind != b.kind or not windows_overlap(a, b) or particles_disagree(a, b):
        return False
    union = a.content | b.content
    if union and len(a.content & b.content) / len(union) >= CONTENT_OVERLAP:
        return True  # the cheap test first
    if same_happening(a, b):
        return True
    if SequenceMatcher(None, a.words, b.words, autojunk=False).ratio() >= NEAR_IDENTICAL:
        return True
    return cut_short(a, b)


def cut_short(a: Candidate, b: Candidate) -> bool:
    """One telling is the other with words cut off, word for word: an outlet ran the same copy
    shortened ("the ferry service resumed between the two islands" / "the ferry service resumed between
    the two islands after a storm closed the harbour").
    The shorter holds at least MIN_COPY_WORDS words and MIN_COPY_CONTENT content words, so that a
    bare "he was arrested" is no copy of every longer arrest."""
    short, long = sorted((a, b), key=lambda c: (len(c.words), c.id))
    if len(short.words) < MIN_COPY_WORDS or len(short.content) < MIN_COPY_CONTENT:
        return False
    if not short.content <= long.content:
        return False
    match = SequenceMatcher(None, long.words, short.words, autojunk=False).find_longest_match(
        0, len(long.words), 0, len(short.words))
    return match.size == len(short.words)


def _one_statement(a: Candidate, b: Candidate) -> bool:
    """Two dates of one sentence date two things, unless they date one statement: the ends of a
    period ("from 2001 to 2005") or a date restated ("on Tuesday (6 January)") in one clause, or a date
    restated in other units ("Tuesday ... at 18:00 UTC"), which leaves the main verb the same."""
    clause = _same_clause(a)
    if clause is not None and clause == _same_clause(b):
        return True
    same_verb = _main_verb(a) != "" and _main_verb(a) == _main_verb(b)
    return same_verb and (windows_overlap(a, b) or dates_conjoined(a, b))


# What stands between two dates joined in one phrase: "in 2002 and 2003", "in May, June or July".
_DATE_JOINERS = frozenset({"and", "or", ",", ", and", ", or", "&"})


def dates_conjoined(a: Candidate, b: Candidate) -> bool:
    """Two dates joined in one phrase of one verb ("reached the final in 2002 and 2003") date one
    statement: the row tells it once, with both dates, not once per year with the same words."""
    first, second = sorted((a.timex, b.timex), key=lambda timex: timex.start)
    between = a.article.text[first.end:second.start].strip()
    return first.end <= second.start and between.lower() in _DATE_JOINERS


def _same_clause(candidate: Candidate) -> tuple[str, int, int] | None:
    """The article and offsets of the clause the parse read the statement from (None without one)."""
    event = candidate.timex.event
    return (candidate.article.id, event.start, event.end) if event is not None else None


def particles_disagree(a: Candidate, b: Candidate) -> bool:
    """One verb with particles that make two happenings: "checked in" / "checked out of", "stepped
    up" / "stepped down", or "checked into" / "checked out" where the particle changes the verb's
    class in `predicates.py`. Their words overlap almost wholly, so this is asked before the words."""
    verb_a, _, particle_a = _main_verb(a).partition("_")
    verb_b, _, particle_b = _main_verb(b).partition("_")
    if not verb_a or verb_a != verb_b or particle_a == particle_b:
        return False
    if particle_a and particle_b:
        return True
    return classes_of_lemmas([_main_verb(a)]) != classes_of_lemmas([_main_verb(b)])


def _main_verb(candidate: Candidate) -> str:
    event = candidate.timex.event
    return event.predicate if event is not None else ""


def same_happening(a: Candidate, b: Candidate) -> bool:
    """One happening told in other words: the predicates are of one class ("bought" / "acquisition")
    and the clauses share a participant or a place. When a date spans more than a month ("in 2009"),
    a second tie is needed, since a year holds many such events: another shared participant or place,
    or the same main verb about the same theme (`event_candidates.themes_of`: what the statement is
    about, "team" in "he coached the team in 2004"). The shared
    class must be the main verb's of at least one of them: "found guilty of murdering" (main verb
    "find") is not a killing told again, it names one in passing."""
    if not a.predicates & b.predicates & (a.main_predicates | b.main_predicates):
        return False
    if _tells_a_step_of_justice(a, b) or _tells_a_step_of_justice(b, a):
        return False
    shared = len(set(a.compared_participants) & set(b.compared_participants))
    narrow = max(date_width(a.date), date_width(b.date)) <= MONTH_DAYS
    if narrow and shared == 0:
        return _nameless_same_theme(a, b)
    if narrow or shared != 1:
        return shared >= (1 if narrow else 2)
    # "coached the team" / "has coached the rowing team": one verb about one thing is the second tie.
    return _same_verb_same_theme(a, b)


# Steps of justice taken over a happening: an arrest, a charge, a verdict, a sentence.
JUSTICE_STEPS = frozenset({"arrest", "charge", "convict", "sentence"})


def _tells_a_step_of_justice(a: Candidate, b: Candidate) -> bool:
    """Whether `a` tells a step of justice (its main verb: "three men were arrested for the shooting",
    "she was charged with the robbery") that `b` does not name: the crime named after it is why, not
    what happened that day, so `a` is no telling of the shooting `b` tells ("a gunman shot ...")."""
    steps = a.main_predicates & JUSTICE_STEPS
    return bool(steps) and not steps & b.predicates


def _nameless_same_theme(a: Candidate, b: Candidate) -> bool:
    """A telling that names nobody ("the van was stopped on Monday", "guards found the cell empty")
    shares no participant with any other; the same main verb about the same thing on a compatible
    date ("police stopped the van on Monday") ties it instead. Two tellings that both name someone,
    and not the same one, stay apart: two people arrested on one day are two arrests."""
    if a.compared_participants and b.compared_participants:
        return False
    return _same_verb_same_theme(a, b)


def _same_verb_same_theme(a: Candidate, b: Candidate) -> bool:
    return bool(a.themes & b.themes) and _main_verb(a) != "" and _main_verb(a) == _main_verb(b)


def windows_overlap(a: Candidate, b: Candidate) -> bool:
    """Whether the dates of two tellings can mean the same time (see `matching_window`)."""
    if a.date.value == b.date.value and a.date.mod == b.date.mod:
        return True
    (start_a, end_a), (start_b, end_b) = a.window, b.window
    if start_a is None or end_a is None or start_b is None or end_b is None:
        return False
    return start_a <= end_b and start_b <= end_a



def date_width(date: EventDate) -> float:
    """Days the date covers: the narrowest is the most precise (the same order as `is_more_precise`)."""
    if date.start is None or date.end is None:
        return math.inf
    return (date.end - date.start).days
