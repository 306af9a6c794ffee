"""Sports teams across a story: the place a team is named by ("Springfield" for "Springfield Otters")
and its nickname alone ("Otters", "Heels" of "Tar Heels") are the team.

A team is a name with a place's (`entity_types.has_team_cue`), or a name and a plural nickname
whose opening words the rules read as a team. A place's name is joined with its team only when the
story has exactly one team named by it and the annotation rules read that place as a team that
plays ("beat Springfield 91-73") at least `TEAM_READINGS` times, or the mentions' vote calls it an
organisation: a story about a game, not a story that merely names a city that also has a team.
(Wave 15) Its mentions after "in", "near" or "outside" ("the game in Springfield") stay the place.
"""

from __future__ import annotations

from collections import defaultdict

from generator.models import EntityType
from generator.story import entity_types
from generator.story.key_index import KeyIndex
from generator.story.name_groups import Found
from generator.story.names import ORGANISATION_DESIGNATORS
from generator.story.type_contexts import locative_context
from generator.story.union_find import UnionFind

# Rule-typed "organisation" readings of a place's name that make it a team's name in the story.
TEAM_READINGS = 2


# Plurals that end organisations' names without naming one alone ("Fox News", "Acme Industries").
_NOT_NICKNAMES = entity_types.INSTITUTION_HEADS | ORGANISATION_DESIGNATORS | {"news", "services", "affairs"}


def is_plural_nickname(word: str) -> bool:
    """"otters", "heels": a plural that may name a team alone (never a designator like "industries")."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha()
            and word not in _NOT_NICKNAMES)


def type_teams_by_nickname(by_key: dict[str, list[Found]], key_types: dict[str, EntityType]) -> None:
    """(wave 11) "Philly Sixers", typed a person for its first word (a given name), where the story
    names "Sixers" alone as an organisation: a team, so that its nickname alone joins it; not when
    the model read the longer name as a person's."""
    for key, items in sorted(by_key.items()):
        words = key.split()
        if len(words) < 2 or key_types[key] not in ("person", "other"):
            continue
        if key_types.get(words[-1]) != "organization":
            continue
        texts = [i.mention.text for i in items]
        if entity_types.named_by_its_nickname([*texts, words[-1].title()]) \
                and not entity_types.read_as_person([(i.mention.type, i.mention.label) for i in items]):
            key_types[key] = "organization"


def join_team_places(union: UnionFind[str], by_key: dict[str, list[Found]],
                     key_types: dict[str, EntityType], places: frozenset[str]) -> list[str]:
    """"Springfield" -> "Springfield Otters" where the story reads Springfield as a team (see module);
    the place keys joined so."""
    teams_of: dict[str, set[str]] = defaultdict(set)
    for key in sorted(key_types):
        if key_types[key] == "organization" and _may_be_team(key, by_key, places):
            teams_of[" ".join(key.split()[:-1])].add(key)
    joined = []
    for place, teams in sorted(teams_of.items()):
        roots = {union.find(team) for team in teams}
        if place in by_key and len(roots) == 1 and _read_as_team(by_key[place], key_types[place]):
            union.union(place, min(teams))
            joined.append(place)
    return joined


def split_team_places(groups: dict[str, list[Found]], by_key: dict[str, list[Found]], union: UnionFind[str],
                      joined: list[str], texts: dict[str, str]) -> None:
    """(wave 15) The mentions of a place joined with its team (`join_team_places`) that the text puts
    on the map ("the game in Springfield", "a plant near Springfield") are the place, not the team:
    they leave the team's group for one of their own. "in Springfield's win" is the team's."""
    for place in joined:
        located = [item for item in by_key[place] if _written_as_place(texts.get(item.article, ""), item)]
        if not located:
            continue
        moved = {id(item) for item in located}
        root = union.find(place)
        groups[root] = [item for item in groups[root] if id(item) not in moved]
        groups[f"{place} (place)"].extend(located)


def _written_as_place(text: str, item: Found) -> bool:
    after = text[item.mention.end:item.mention.end + 1]
    return locative_context(text, item.mention.start) and after not in {"'", "’"}


def _may_be_team(key: str, by_key: dict[str, list[Found]], places: frozenset[str]) -> bool:
    """A team's name by its place ("Springfield Otters"), or a name and a plural nickname whose first
    part the rules read as a team that plays ("Cresthaven Bluejays" where "beat Cresthaven 70-61")."""
    if entity_types.is_team([i.mention.text for i in by_key[key]],
                            [(i.mention.type, i.mention.label) for i in by_key[key]], places):
        return True
    words = key.split()
    opening = " ".join(words[:-1])
    return (len(words) > 1 and is_plural_nickname(words[-1]) and opening in by_key
            and _ruled_team_readings(by_key[opening]) >= TEAM_READINGS)


def _ruled_team_readings(items: list[Found]) -> int:
    return sum(1 for i in items
               if i.mention.type == "organization" and i.mention.label == entity_types.RULE_LABEL)


def _read_as_team(items: list[Found], voted: EntityType) -> bool:
    return voted == "organization" or _ruled_team_readings(items) >= TEAM_READINGS


def teams_by_nickname(key: str, index: KeyIndex) -> list[str]:
    """(wave 8) "Otters" the model took for a place, where the story names the "Springfield Otters": a
    plural nickname that is no place of the gazetteer is the team's."""
    words = key.split()
    if len(words) != 1 or entity_types.place_rank(key) or not is_plural_nickname(key):
        return []
    return [k for k, t in index.sharing_an_end(words)
            if t == "organization" and len(k.split()) > 1 and k.split()[-1] == key]
