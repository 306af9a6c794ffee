"""Derived figures: a part stated with its total ("40% of its 500 workers", "200 of the 500 workers",
"a third of the 900 homes").

A part is not its total, nor any other count of the same words: the 200 laid off among 500 workers do
not disagree with "the plant's 500 workers". So a part is compared only with the same part of the same
total in another article, by the count it stands for (40% of 500 is 200, give or take the share's
rounding): "laid off 40% of its 500 workers" and "laid off 260 of its 500 workers" disagree; two parts of
different totals, or of different things (sentences with little in common: "are women", "were laid
off"), are never compared. A bare count told elsewhere of the same thing ("200 workers were laid off",
"300 were laid off") is a part too: it is compared with the part's count, never with the total
(`flag_count_conflicts`). A share stated without its total is compared with shares of the same words
as any other figure (story/merge.py)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from generator.models import Quantity, QuantityMention
from generator.story.grouping import WORD, Occurrence
from generator.story.measures import (
    APPROXIMATE_TOLERANCE,
    CONFLICT_CONTEXT_OVERLAP,
    MAX_CONFLICT_RATIO,
    QUALIFIER_BOUNDS,
    dates_agree,
    measured_words,
    rounded_to,
    rounding_step,
    same_place,
)

# What one unit of a share is worth as a part of its total.
SHARE_UNITS = {"%": 0.01, "fraction": 1.0}
# What stands between a part and its total: "40% of its 500", "a third of the 900", "200 of 500",
# "40% of the mill's 500".
_PART_OF = re.compile(
    r"\s+of\s+(?:(?:all\s+)?(?:the|its|their|his|her|our|your|this|that|these|those)\s+)?"
    r"(?:[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s?\s+)?$",
    re.IGNORECASE)
MAX_GAP_CHARS = 60  # "of all the harbour company's": longer words between two figures are no "of"
MAX_PART_NEIGHBOURS = 4  # parts compared with their next few neighbours by value, as whole figures are


@dataclass(frozen=True)
class Part:
    """The count a part stands for (between `low` and `high`) and the total it is a part of."""

    low: float
    high: float
    total: float
    total_unit: str | None
    whole: frozenset[str]  # the counted words of the total
    total_fact: int = -1  # the index of the total's own fact


def find_parts(facts: list[Quantity], groups: list[list[Occurrence]]) -> dict[int, Part]:
    """The facts (by index) that one of their sentences states as a part of a total next to them."""
    by_sentence: dict[tuple[str, int], list[Occurrence]] = {}
    for members in groups:
        for occurrence in members:
            by_sentence.setdefault((occurrence.article, occurrence.sentence_start), []).append(occurrence)
    for found in by_sentence.values():
        found.sort(key=lambda occurrence: occurrence.mention.start)
    starts = {key: [occurrence.mention.start for occurrence in found] for key, found in by_sentence.items()}
    owner = {id(occurrence): index for index, members in enumerate(groups) for occurrence in members}
    parts: dict[int, Part] = {}
    for index, members in enumerate(groups):
        for occurrence in members:
            key = (occurrence.article, occurrence.sentence_start)
            # Only the next figure of the sentence can be the total: one look per figure, however many.
            after = bisect_left(starts[key], occurrence.mention.end)
            following = by_sentence[key][after] if after < len(starts[key]) else None
            total = total_of(occurrence, following) if following is not None else None
            if total is not None and following is not None and facts[index].value_to is None:
                parts[index] = part_of(facts[index], total, owner[id(following)])
                break
    return parts


def total_of(part: Occurrence, following: Occurrence) -> QuantityMention | None:
    """The figure that follows `part` in its sentence after "of (the)", when it can be its total: a
    single value; for a share any unit but a share's, for a count or sum the same unit and more."""
    mention, total, sentence = part.mention, following.mention, part.source.sentence
    gap_start, gap_end = mention.end - part.sentence_start, total.start - part.sentence_start
    if not 0 <= gap_start < gap_end <= min(len(sentence), gap_start + MAX_GAP_CHARS):
        return None
    if not _PART_OF.fullmatch(sentence[gap_start:gap_end]):
        return None
    if total.value_to is not None or total.unit in SHARE_UNITS or total.value <= 0:
        return None
    if mention.unit in SHARE_UNITS or (mention.unit == total.unit and mention.value < total.value):
        return total
    return None


def part_of(fact: Quantity, total: QuantityMention, total_fact: int = -1) -> Part:
    """The count a part stands for: a share of the total within its rounding, or the count itself;
    a qualifier ("over", "about") widens it as it widens any figure."""
    if fact.unit in SHARE_UNITS:
        scale = SHARE_UNITS[fact.unit] * total.value
        count = fact.value * scale
        if fact.unit == "fraction":  # "a third" is said of 32% as of 34%
            spread = APPROXIMATE_TOLERANCE * count
        else:  # "40%" is 39.5% to 40.5%, "12.5%" 12.45% to 12.55%
            spread = scale * last_digit(fact.value) / 2
    else:
        count, spread = fact.value, 0.0
    bound = QUALIFIER_BOUNDS.get(fact.qualifier or "", "=")
    low, high = count - spread, count + spread
    if bound in {">", ">="}:
        high = total.value
    elif bound in {"<", "<="}:
        low = 0.0
    elif bound == "~":
        about = APPROXIMATE_TOLERANCE * count
        low, high = min(low, count - about), max(high, count + about)
    return Part(low, high, total.value, total.unit, measured_words(total.about), total_fact)


def last_digit(value: float) -> float:
    """The size of a figure's last written digit: 1 for 40, 0.1 for 12.5."""
    written = f"{value:g}"
    return 10.0 ** -len(written.split(".")[1]) if "." in written else 1.0


def parts_disagree(a: Part, b: Part) -> bool:
    """The same total (one may be the other rounded) and counts that no rounding can bring together."""
    if a.whole != b.whole or a.total_unit != b.total_unit or not a.whole:
        return False
    same_total = a.total == b.total or rounded_to(a.total, b.total) or rounded_to(b.total, a.total)
    return same_total and (a.high < b.low or b.high < a.low)


def flag_part_conflicts(facts: list[Quantity], groups: list[list[Occurrence]], parts: dict[int, Part],
                        places: frozenset[str] = frozenset()) -> None:
    """Parts of one total told differently by two articles, about the same thing: each names the other."""
    buckets: dict[tuple[object, ...], list[int]] = {}
    for index, part in parts.items():
        buckets.setdefault((part.whole, part.total_unit, facts[index].rate), []).append(index)
    articles = [frozenset(o.article for o in members) for members in groups]
    for members in buckets.values():
        members.sort(key=lambda i: (parts[i].low, facts[i].id))
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + MAX_PART_NEIGHBOURS]:
                if articles[i] == articles[j] and len(articles[i]) == 1:
                    continue  # one article giving two parts of a total is a breakdown
                if same_part(facts[i], facts[j], groups[i], groups[j], places) \
                        and parts_disagree(parts[i], parts[j]):
                    facts[i].conflicts_with.append(facts[j].id)
                    facts[j].conflicts_with.append(facts[i].id)


def same_part(a: Quantity, b: Quantity, members_a: list[Occurrence], members_b: list[Occurrence],
              places: frozenset[str], whole: frozenset[str] | None = None) -> bool:
    """The same date and place, and sentences that say the same of the part ("were laid off"), once the
    names, figures and counted words they share anyway (`whole`; by default both figures' counted
    words) are set aside."""
    if not dates_agree(a.date, b.date) or not same_place(a, b, places):
        return False
    if whole is None:
        whole = measured_words(a.about) | measured_words(b.about)
    said_a = {said_of_part(sentence, a.text, whole) for sentence in {o.source.sentence for o in members_a}}
    said_b = {said_of_part(sentence, b.text, whole) for sentence in {o.source.sentence for o in members_b}}
    return any(jaccard(x, y) >= CONFLICT_CONTEXT_OVERLAP for x in said_a for y in said_b)


def said_of_part(sentence: str, part_text: str, whole: frozenset[str]) -> frozenset[str]:
    """What a sentence says happened to a part: its words but names (capitalised), figures, the part's
    own words ("a third") and the counted words of the whole ("workers")."""
    lower_case = " ".join(word for word in WORD.findall(sentence) if not word[0].isupper())
    words = measured_words(lower_case) - measured_words(part_text) - whole
    return frozenset(word for word in words if not any(char.isdigit() for char in word))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def flag_count_conflicts(facts: list[Quantity], groups: list[list[Occurrence]], parts: dict[int, Part],
                         places: frozenset[str] = frozenset()) -> set[frozenset[int]]:
    """Bare counts that another article tells as a part of a total: "200 workers were laid off" is
    checked against "40% of its 500 workers were laid off" (200 agrees, "300 were laid off" does not),
    and each names the other when they disagree. Returns the pairs (count, total) that do not measure
    the same thing, for the whole-figure check to leave alone: 200 laid off is no count of all 500."""
    unlike: set[frozenset[int]] = set()
    totals = {part.total_fact for part in parts.values()}
    articles = [frozenset(o.article for o in members) for members in groups]
    index = PartIndex(facts, parts)
    for i, count in enumerate(facts):
        if i in parts or i in totals or count.value_to is not None or count.unit in SHARE_UNITS:
            continue
        for p in index.candidates(count):
            if articles[i] == articles[p] and len(articles[i]) == 1:
                continue  # one article giving a part and a count: a breakdown, or the same figure twice
            # what the count counts beyond the whole ("workers laid off") is what is said of the part
            if not same_part(count, facts[p], groups[i], groups[p], places, parts[p].whole):
                continue
            unlike.add(frozenset((i, parts[p].total_fact)))
            if count_disagrees(count, parts[p]):
                facts[i].conflicts_with.append(facts[p].id)
                facts[p].conflicts_with.append(facts[i].id)
    return unlike


class PartIndex:
    """The parts a bare count may be told of: by unit, rate and the total's counted words (a count
    naming what it counts must name the whole's words: "workers laid off" is of "workers"); a count
    naming nothing ("300 were laid off") is looked up by unit and rate. Either way only the parts
    nearest to it in value are returned, so each count costs a few comparisons however long the story."""

    def __init__(self, facts: list[Quantity], parts: dict[int, Part]) -> None:
        self.by_whole: dict[tuple[object, ...], list[tuple[float, int]]] = {}
        self.by_unit: dict[tuple[object, ...], list[tuple[float, int]]] = {}
        for index, part in parts.items():
            middle, kind = (part.low + part.high) / 2, (part.total_unit, facts[index].rate)
            self.by_whole.setdefault((*kind, part.whole), []).append((middle, index))
            self.by_unit.setdefault(kind, []).append((middle, index))
        for ranked in (*self.by_whole.values(), *self.by_unit.values()):
            ranked.sort()

    def candidates(self, count: Quantity) -> Iterator[int]:
        counted = measured_words(count.about)
        if not counted:
            yield from nearest(self.by_unit.get((count.unit, count.rate), []), count.value)
            return
        words = sorted(counted)[:MAX_COUNTED_WORDS]
        for size in range(1, len(words) + 1):
            for chosen in combinations(words, size):
                ranked = self.by_whole.get((count.unit, count.rate, frozenset(chosen)), [])
                yield from nearest(ranked, count.value)


MAX_COUNTED_WORDS = 4  # what a count counts is a few words; its wholes are their subsets


def nearest(ranked: list[tuple[float, int]], value: float) -> list[int]:
    """The parts whose counts lie next to `value`: a few on either side, not beyond the ratio at which
    two figures count different things."""
    at = bisect_left(ranked, (value, -1))
    around = ranked[max(0, at - MAX_PART_NEIGHBOURS):at + MAX_PART_NEIGHBOURS]
    return [index for middle, index in around
            if min(middle, value) > 0 and max(middle, value) <= MAX_CONFLICT_RATIO * min(middle, value)]


def count_disagrees(count: Quantity, part: Part) -> bool:
    """Whether no reading of the count (its qualifier, its rounding) falls among the part's counts."""
    low, high = count_range(count)
    return high < part.low or part.high < low


def count_range(count: Quantity) -> tuple[float, float]:
    """The values a count allows: "over 200" any above, "about 200" within 10%, a round "300" (in
    hundreds) anything it may be rounded from."""
    value = count.value
    bound = QUALIFIER_BOUNDS.get(count.qualifier or "", "=")
    if bound in {">", ">="}:
        return value, float("inf")
    if bound in {"<", "<="}:
        return 0.0, value
    if bound == "~":
        return value * (1 - APPROXIMATE_TOLERANCE), value * (1 + APPROXIMATE_TOLERANCE)
    step = rounding_step(value)
    return value - step / 2, value + step / 2

