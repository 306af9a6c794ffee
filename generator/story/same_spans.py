"""One span of time told in other words: "a 90-day stay", "her 90-day stint" and "90 days of treatment"
in one story are one figure with all their sources, not one number each (issue 17).

Two groups of the same value and time unit join when the nouns they measure name the same kind of
span (a stay somewhere, a ban, a stoppage, time off); a group that says not what it measures joins them
when its value and unit meet only that kind in the story. Nouns of different kinds stay apart ("a
30-day ban" and "a 30-day stay"), and so do figures whose qualifiers exclude each other."""

from __future__ import annotations

import re

from generator.models import QuantityMention
from generator.story.grouping import Occurrence
from generator.story.measures import dates_agree, ranges_exclude

TIME_UNITS = frozenset({"hours", "days", "weeks", "months", "years"})

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
    kinds: dict[tuple, dict[str, int]] = {}  # (value, unit, rate) -> kind -> first group of that kind
    target: dict[int, int] = {}
    for index, members in enumerate(groups):
        mention = members[0].mention
        if mention.unit not in TIME_UNITS or mention.value_to is not None:
            continue
        kind = span_kind(mention.about)
        if not kind:
            continue
        first = kinds.setdefault((mention.value, mention.unit, mention.rate), {}).setdefault(kind, index)
        if first != index and fits(groups[first], members):
            target[index] = first
    for index, members in enumerate(groups):  # a group not saying what it measures: one kind in reach
        mention = members[0].mention
        if mention.unit not in TIME_UNITS or mention.value_to is not None or span_kind(mention.about) != "":
            continue
        found = kinds.get((mention.value, mention.unit, mention.rate), {})
        if len(found) == 1:
            first = next(iter(found.values()))
            if fits(groups[first], members):
                target[index] = first
    if not target:
        return groups
    joined: dict[int, list[Occurrence[QuantityMention]]] = {}
    for index, members in enumerate(groups):
        joined.setdefault(target.get(index, index), []).extend(members)
    return list(joined.values())


def fits(a: list[Occurrence[QuantityMention]], b: list[Occurrence[QuantityMention]]) -> bool:
    """No date or qualifier of one group rules out the other ("nearly 90 days" is not "over 90 days");
    compared by their distinct (date, value, qualifier) readings, a handful whatever the group sizes."""
    return all(dates_agree(x[0], y[0]) and not ranges_exclude(x[1:], y[1:])
               for x in readings(a) for y in readings(b))


def readings(members: list[Occurrence[QuantityMention]]) -> list[tuple[str | None, float, str | None]]:
    return sorted({(o.mention.date, o.mention.value, o.mention.qualifier) for o in members},
                  key=lambda r: (r[0] or "", r[1], r[2] or ""))
