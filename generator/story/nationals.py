"""A nationality used as a noun for one person ("the Australian was found") joins the person the story
introduces with that nationality ("Australian climber Jo Roe", "Jo Roe, an Australian,"): the one such
person of the same article, else the one of the whole story. With none, or two people of that
nationality, the mention stays where it was (a group): a guess would put words in the wrong mouth
(issue 16, wave 8; the annotate side is `annotate/nationals.py`)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from generator.annotate.nationals import NATIONAL_LABEL

__all__ = ["NATIONAL_LABEL", "attach_nationals"]
from generator.story.name_groups import Found
from generator.story.names import fold

# Between a nationality and the person it introduces: up to three lower-case words ("climber",
# "aid worker"), or the person first and an article ("Jo Roe, an Australian").
_BEFORE_NAME = re.compile(r"(?: [a-z][a-z-]*){0,3} ")
_AFTER_NAME = re.compile(r", (?:an?|the) (?:[a-z][a-z-]* ){0,2}")

Introductions = dict[tuple[str, str], set[int]]  # (article, folded nationality) -> person groups


def attach_nationals(groups: list[list[Found]], texts: dict[str, str]) -> list[list[Found]]:
    """The groups, each nationality noun (`NATIONAL_LABEL`) moved into the group of the one person the
    article, else the story, introduces with that nationality; groups left empty are dropped."""
    group_of = {id(item): index for index, group in enumerate(groups) for item in group}
    introduced = _introductions(groups, texts, group_of)
    moves = []
    for item in (f for group in groups for f in group if f.mention.label == NATIONAL_LABEL):
        nationality = fold(item.mention.text)
        people = introduced.get((item.article, nationality)) or {
            index for (_, n), found in introduced.items() if n == nationality for index in found}
        if len(people) == 1:
            moves.append((item, next(iter(people))))
    for item, target in moves:
        groups[group_of[id(item)]].remove(item)
        groups[target].append(item)
    return [group for group in groups if group]


def _introductions(groups: list[list[Found]], texts: dict[str, str],
                   group_of: dict[int, int]) -> Introductions:
    by_article: dict[str, list[Found]] = defaultdict(list)
    for group in groups:
        for item in group:
            by_article[item.article].append(item)
    introduced: Introductions = defaultdict(set)
    for article, items in by_article.items():
        text = texts.get(article, "")
        ordered = sorted(items, key=lambda f: (f.mention.start, f.mention.end))
        for first, second in itertools.pairwise(ordered):
            between = text[first.mention.end:second.mention.start]
            if _is_nationality(first) and _is_person(second) and _BEFORE_NAME.fullmatch(between):
                introduced[(article, fold(first.mention.text))].add(group_of[id(second)])
            elif _is_person(first) and _is_nationality(second) and _AFTER_NAME.fullmatch(between):
                introduced[(article, fold(second.mention.text))].add(group_of[id(first)])
    return introduced


def _is_nationality(item: Found) -> bool:
    return item.mention.type == "group" and " " not in item.mention.text.strip()


def _is_person(item: Found) -> bool:
    return item.mention.type == "person"
