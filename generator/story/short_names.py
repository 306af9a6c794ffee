"""Short forms of names that any story writes (issue 16, wave 15), read from where they stand:

* a state abbreviated after a place, with or without the dot the tokenizer may have taken as the
  sentence's full stop ("Quarrelby, CA", "Quarrelby, Calif"), is that state, a place, whatever the
  model called it (`states_after_places`);
* a person's name that opens the name of exactly one institution of the story ("Jo Vale" of
  "Jo Vale Center"), written where a place or an institution goes ("stayed at Jo Vale", "went back
  to Jo Vale", "Jo Vale's staff"), is that institution's short name (`join_institutions_named_for_people`);
* a name that is the address of one of the story's outlets is that medium (`media_named_by_outlets`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urlparse

from generator.annotate.given_names import census_surnames
from generator.models import Article, Entity, EntityType
from generator.story.entity_types import given_names
from generator.story.name_forms import FACILITY_HEADS
from generator.story.name_groups import Found, state_written
from generator.story.union_find import UnionFind

# Words before a name that put it where a place or an institution goes ("stayed at X", "left X").
_PLACE_WORDS = frozenset({"at", "in", "into", "to", "from", "inside", "outside", "leaves", "left", "leaving",
                          "entered", "enters", "entering"})
# Nouns after "X's" that belong to an institution ("X's staff", "X's doctors").
_INSTITUTION_NOUNS = frozenset({"staff", "doctors", "nurses", "counselors", "counsellors", "patients",
                                "program", "programme", "grounds", "campus", "facility", "director"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s\-]*$")
_POSSESSED = re.compile(r"^['’]s\s+([a-z]+)")


def states_after_places(found: list[Found], texts: dict[str, str]) -> list[Found]:
    """`found`, a state's abbreviation written right after "<place>, " made a place ("Quarrelby, CA"),
    which `name_groups.mention_key` keys as the state written out ("California")."""
    place_ends = {(f.article, f.mention.end) for f in found if f.mention.type == "place"}
    result = []
    for item in found:
        mention = item.mention
        state = state_written(mention.text)
        text = texts.get(item.article, "")
        if state and text[mention.start - 2:mention.start] == ", " \
                and (item.article, mention.start - 2) in place_ends:
            mention = mention.model_copy(update={"type": "place"})
            item = Found(item.article, mention)
        result.append(item)
    return result


def join_institutions_named_for_people(union: UnionFind[str], by_key: dict[str, list[Found]],
                                       key_types: dict[str, EntityType], texts: dict[str, str],
                                       with_roles: set[tuple[str, int, int]]) -> None:
    """"Jo Vale" -> "Jo Vale Center": a person's name of two words or more that opens the names of
    one institution of the story only (an organisation, or a place named by a facility's word), when
    no mention of it has a role and three in four of its mentions, two at least, stand where a place
    or an institution goes. A person the story names once in such a place ("a visit to Jo Vale") stays
    a person."""
    institutions = sorted(k for k, t in key_types.items()
                          if t == "organization" or (t == "place" and k.split()[-1] in FACILITY_HEADS))
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in institutions:
        by_first[key.split()[0]].append(key)
    for key in sorted(k for k, t in key_types.items() if t == "person" and len(k.split()) > 1):
        words = key.split()
        opened = [k for k in by_first.get(words[0], []) if len(k.split()) > len(words)
                  and k.split()[:len(words)] == words]
        if len({union.find(k) for k in opened}) != 1 or union.find(key) == union.find(opened[0]):
            continue
        items = by_key[key]
        if any((f.article, f.mention.start, f.mention.end) in with_roles for f in items):
            continue
        placed = sum(_stands_as_institution(texts.get(f.article, ""), f.mention.start, f.mention.end)
                     for f in items)
        if placed >= 2 and placed * 4 >= len(items) * 3:
            union.union(key, opened[0])


def _stands_as_institution(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 30):start])
    if before and before.group(1).casefold() in _PLACE_WORDS:
        return True
    after = _POSSESSED.match(text[end:end + 30])
    return bool(after and after.group(1) in _INSTITUTION_NOUNS)


# Labels of a host that name no outlet ("uk.eonline.com", "articles.example.com", "news.example.co.uk").
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ac", "gov"})


def outlet_names(articles: list[Article]) -> frozenset[str]:
    """The names of the story's outlets as their addresses write them: "exampletimes" of
    "articles.exampletimes.com" or "www.exampletimes.co.uk"."""
    names = set()
    for article in articles:
        host = article.outlet or (urlparse(article.url).hostname if article.url else None)
        labels = (host or "").casefold().split(".")
        if len(labels) >= 3 and labels[-2] in _SECOND_LEVELS and len(labels[-1]) == 2:
            labels = labels[:-1]
        if len(labels) >= 2 and labels[-2]:
            names.add(labels[-2])
    return frozenset(names)


def media_named_by_outlets(entities: list[Entity], articles: list[Article]) -> None:
    """(wave 15) A person or untyped name that, its words run together, is the address of one of the
    story's outlets ("Vale Tonight" of valetonight.com: "told Vale Tonight") is that medium, an
    organisation; not when it has a role, or a word of it is a known given name or a common surname
    (a blogger's site named after him)."""
    outlets = outlet_names(articles)
    if not outlets:
        return
    given, surnames = given_names(), census_surnames()
    for entity in entities:
        if entity.type not in ("person", "other") or entity.roles:
            continue
        words = re.findall(r"[a-z0-9]+", entity.name.casefold())
        if "".join(words) in outlets and not any(w in given or w in surnames for w in words):
            entity.type = "organization"
