"""Tellings of an event that name nobody ("She checked in on Thursday", "A 36-year-old man died on
Friday"), joined to the one row of that day that tells the same kind of happening.

`same_event` asks two tellings to share a participant or a place; a telling whose subject is a
pronoun or a description shares none, so each such telling used to stay a row of its own. Such a
group of tellings (no person named in any of its sentences) joins another group when

* both are events (reports tell different things even on one day: they are never joined here),
* both dates are precise to a day or two (`NARROW_DAYS`) and can mean the same time,
* they name one happening (a predicate class of `predicates.py` or the same main verb, named by a
  main verb of one of them, as `same_event.same_happening` asks),
* their places do not disagree (when both name places, they share one), and
* its article names someone or something the other group names (its participants, or for a group
  that names nobody either, its articles' entities): a "she" of an article about Jo Smith can be
  Jo Smith, a "fire" of an article that names nothing else cannot be tied to anything.

Of several such groups it joins the one that shares its main verb ("checked in" / "checked into"
before "entered"), then the one told by the most articles: a story's main event of the day is far
more often retold without names than a side event. When two groups tie ("a man died on Friday" in a
story of two deaths that day, each told once) the telling cannot say which one it is, and it stays
apart. Targets are found through an index of (class, day), so the pass stays linear in the number of
groups; they are taken from the groups as they were before this pass, so the result does not depend
on order.

A telling whose happening is only referred to ("Traders criticised Monday's move", "the incident
occurred on Monday": `event_candidates.refers_back`) says no kind of happening, so no class can tie it.
It joins, by the same rules of date, place and article, the one most-told row of its day that is not
itself only referred to; it may name persons, and then the row must name one of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from generator.story.event_candidates import REFERS_BACK, SAME_VERB, Candidate
from generator.story.union_find import UnionFind

NARROW_DAYS = 1  # a date at most this many days wide ("Friday", "Friday morning", "the weekend" is not)
PERSON = "person"
PLACE = "place"


@dataclass(frozen=True)
class _Profile:
    """What one group of tellings says about who, where, what and when."""

    persons: frozenset[str]
    participants: frozenset[str]  # every entity named in its sentences
    article_entities: frozenset[str]  # every entity its articles name
    places: frozenset[str]
    classes: frozenset[str]
    main_classes: frozenset[str]  # named by a main verb (see `same_event.same_happening`)
    days: tuple[int, ...]  # ordinals of the days its dates can mean; () when not narrow
    is_event: bool
    articles: int  # how many articles tell it
    refers: bool = False  # every telling's happening is a referring noun ("Tuesday's move")


def join_unnamed(groups: list[list[Candidate]], entity_types: Mapping[str, str]) -> list[list[Candidate]]:
    """`groups` with each group that names no person joined to its single matching group (see module)."""
    profiles = [_profile(group, entity_types) for group in groups]
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for number, profile in enumerate(profiles):
        for key in {*_keys(profile), *((REFERS_BACK, day) for day in profile.days)}:
            index[key].append(number)
    union: UnionFind[int] = UnionFind()
    for number, profile in enumerate(profiles):
        if (profile.persons and not profile.refers) or not profile.days or not profile.is_event:
            continue
        targets = {other for key in _keys(profile) for other in index[key]
                   if other != number and _agree(profile, profiles[other])}
        target = _best(profile, targets, profiles)
        if target is not None:
            union.union(number, target)
    joined: dict[int, list[Candidate]] = {}
    for number, group in enumerate(groups):
        joined.setdefault(union.find(number), []).extend(group)
    return list(joined.values())


def _best(unnamed: _Profile, targets: set[int], profiles: list[_Profile]) -> int | None:
    """The target that shares the main verb, then is told by the most articles; None on a tie."""
    verbs = _verbs(unnamed)
    ranked = sorted(((bool(verbs & _verbs(profiles[t])), profiles[t].articles, t) for t in targets),
                    reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
        return None
    return ranked[0][2]


def _verbs(profile: _Profile) -> set[str]:
    return {name for name in profile.classes if name.startswith(SAME_VERB)}


def _profile(group: list[Candidate], entity_types: Mapping[str, str]) -> _Profile:
    participants = {entity for candidate in group for entity in candidate.participants}
    return _Profile(
        persons=frozenset(e for e in participants if entity_types.get(e, PERSON) == PERSON),
        participants=frozenset(participants),
        article_entities=frozenset(e for candidate in group for e in candidate.article_entities),
        places=frozenset(e for e in participants if entity_types.get(e) == PLACE),
        classes=frozenset(c for candidate in group for c in candidate.predicates),
        main_classes=frozenset(c for candidate in group for c in candidate.main_predicates),
        days=_narrow_days(group),
        is_event=all(candidate.kind == "event" for candidate in group),
        articles=len({candidate.article.id for candidate in group}),
        refers=all(REFERS_BACK in candidate.main_predicates for candidate in group),
    )


def _narrow_days(group: list[Candidate]) -> tuple[int, ...]:
    """The days the group's dates precise to NARROW_DAYS can mean (a wider date of a group already
    joined by stronger evidence, "in May", adds none)."""
    days: set[int] = set()
    for candidate in group:
        start, end = candidate.date.start, candidate.date.end
        if start is not None and end is not None and (end - start).days <= NARROW_DAYS:
            days.update(range(start.toordinal(), end.toordinal() + 1))
    return tuple(sorted(days))


def _keys(profile: _Profile) -> list[tuple[str, int]]:
    """(class, day) pairs the group is found by and looks up (a referring group: any class of its days)."""
    if profile.refers:
        return [(REFERS_BACK, day) for day in profile.days]
    return [(name, day) for name in sorted(profile.classes - {REFERS_BACK}) for day in profile.days]


def _agree(unnamed: _Profile, other: _Profile) -> bool:
    if not other.is_event or not other.days:
        return False
    if unnamed.places and other.places and not unnamed.places & other.places:
        return False
    if not unnamed.article_entities & (other.participants or other.article_entities):
        return False
    if unnamed.refers:
        # "Tuesday's move" says no kind of happening: any told one of its day that is not itself only
        # referred to, and shares the person it names, if it names one.
        if other.refers or (unnamed.persons and not unnamed.persons & other.persons):
            return False
        return bool(set(unnamed.days) & set(other.days))
    shared = unnamed.classes & other.classes & (unnamed.main_classes | other.main_classes) - {REFERS_BACK}
    return bool(shared) and bool(set(unnamed.days) & set(other.days))
