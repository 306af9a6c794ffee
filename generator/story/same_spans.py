"""One span of time told in other words: "a 90-day stay", "her 90-day stint" and "90 days of treatment"
in one story are one figure with all their sources, not one number each (issue 17).

Two groups of one length ("three months" is "90 days") join when the nouns they measure name the same
kind of span (a stay somewhere, a ban, a stoppage, time off); a group that says not what it measures
joins them when its value and unit meet only that kind in the story. Nouns of different kinds stay apart ("a
30-day ban" and "a 30-day stay"), and so do figures whose qualifiers exclude each other."""

from __future__ import annotations

import math
import re

from generator.models import QuantityMention
from generator.story.grouping import Occurrence
from generator.story.measures import dates_agree, ranges_exclude

# Nouns for one continuous span, by kind: two of a kind measured with the same figure are one span.
SPAN_KINDS: dict[str, str] = {
    **dict.fromkeys(("stay", "stint", "spell", "treatment", "rehab", "rehabilitation", "program",
                     "programme", "detox", "residency", "confinement", "recovery"), "stay"),
    **dict.fromkeys(("ban", "suspension", "exclusion", "disqualification"), "ban"),
    **dict.fromkeys(("strike", "walkout", "stoppage", "shutdown", "closure", "lockdown"), "stoppage"),
    **dict.fromkeys(("leave", "break", "hiatus", "vacation", "holiday", "sabbatical"), "time off"),
}
# Words that end the head of a counted phrase: "stay in the clinic", "ban that began".
PHRASE_ENDS = frozenset({"in", "at", "on", "of", "for", "from", "to", "with", "by", "that", "which", "who",
                         "after", "before", "during", "under", "as", "and", "or"})
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def span_kind(about: str | None) -> str | None:
    """The kind of span a counted phrase names by its head noun ("stay" for "court-ordered stay in the
    clinic"), "" when the phrase is empty, None for any other phrase."""
    words = WORD.findall((about or "").lower())
    if not words:
        return ""
    head = words
    for position, word in enumerate(words):
        if word in PHRASE_ENDS:
            head = words[:position]
            break
    return SPAN_KINDS.get(head[-1]) if head else None


Groups = list[list[Occurrence[QuantityMention]]]


def join_same_spans(groups: Groups) -> Groups:
    """`groups` with the groups of one span told in other words joined, in first-group order."""
    firsts: dict[tuple, int] = {}  # (length step, rate, kind) -> the first group of that kind and length
    exact: dict[tuple, dict[str, int]] = {}  # (value, unit, rate) -> kind -> the group it joined
    target: dict[int, int] = {}
    bare: list[int] = []
    for index, members in enumerate(groups):
        mention = members[0].mention
        days = length_in_days(mention)
        kind = span_kind(mention.about) if days is not None else None
        if days is None or kind is None:
            continue
        if kind == "":
            bare.append(index)
            continue
        step = length_step(days)
        first = next((firsts[(near, mention.rate, kind)] for near in (step - 1, step, step + 1)
                      if (near, mention.rate, kind) in firsts), None)
        if first is not None and same_length(groups[first], members) and fits(groups[first], members):
            target[index] = first
        else:
            firsts.setdefault((step, mention.rate, kind), index)
        told = exact.setdefault((mention.value, mention.unit, mention.rate), {})
        told.setdefault(kind, target.get(index, index))
    for index in bare:  # a group not saying what it measures: the one kind told with its value and unit
        mention = groups[index][0].mention
        found = exact.get((mention.value, mention.unit, mention.rate), {})
        if len(found) == 1:
            first = next(iter(found.values()))
            if fits(groups[first], groups[index]):
                target[index] = first
    if not target:
        return groups
    joined: dict[int, list[Occurrence[QuantityMention]]] = {}
    for index, members in enumerate(groups):
        joined.setdefault(target.get(index, index), []).extend(members)
    return list(joined.values())


# Days in each time unit, for telling "three months" and "90 days" as one length.
DAYS_PER = {"hours": 1 / 24, "days": 1.0, "weeks": 7.0, "months": 30.4375, "years": 365.25}
# Two lengths within this share of each other are one ("three months" is 91 days, told as "90 days").
LENGTH_TOLERANCE = 0.025


def length_in_days(mention: QuantityMention) -> float | None:
    if mention.unit not in DAYS_PER or mention.value_to is not None or mention.value <= 0:
        return None
    return mention.value * DAYS_PER[mention.unit]


def length_step(days: float) -> int:
    """A step on a scale of lengths LENGTH_TOLERANCE apart: lengths that are one are at most a step apart."""
    return round(math.log(days) / math.log(1 + LENGTH_TOLERANCE))


def same_length(a: list[Occurrence[QuantityMention]], b: list[Occurrence[QuantityMention]]) -> bool:
    """Whether two groups' lengths are one: "three months" and "90 days", not "two months" and "90 days"."""
    x, y = length_in_days(a[0].mention), length_in_days(b[0].mention)
    return x is not None and y is not None and abs(x - y) <= LENGTH_TOLERANCE * max(x, y)


def fits(a: list[Occurrence[QuantityMention]], b: list[Occurrence[QuantityMention]]) -> bool:
    """No date or qualifier of one group rules out the other ("nearly 90 days" is not "over 90 days");
    the lengths are one already, so the qualifiers are read around one value. Compared by their distinct
    (date, qualifier) readings, a handful whatever the group sizes."""
    return all(dates_agree(x[0], y[0]) and not ranges_exclude((ONE_LENGTH, x[1]), (ONE_LENGTH, y[1]))
               for x in readings(a) for y in readings(b))


ONE_LENGTH = 100.0  # any value: both figures stand for the same length


def readings(members: list[Occurrence[QuantityMention]]) -> list[tuple[str | None, str | None]]:
    return sorted({(o.mention.date, o.mention.qualifier) for o in members},
                  key=lambda r: (r[0] or "", r[1] or ""))
