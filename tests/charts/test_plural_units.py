"""What a count counts, in one group however written, and named as English names it (wave 7: a chart of
"catches" was grouped and labelled as "catche")."""

from __future__ import annotations

import pytest

from generator.charts.data import NumberGroup, build_group, comparable_family
from generator.charts.text import counted_noun, family_label, singular, unit_family
from generator.models import Quantity


@pytest.mark.parametrize(("plural", "one"), [
    ("catches", "catch"), ("matches", "match"), ("crashes", "crash"), ("losses", "loss"), ("taxes", "tax"),
    ("ferries", "ferry"), ("migrants", "migrant"), ("yards", "yard"), ("glass", "glass"), ("bus", "bus"),
])
def test_the_singular_of_a_counted_word(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_a_plural_after_a_hissing_sound_is_one_unit_and_named_as_written() -> None:
    assert unit_family("catches") == unit_family("catch") == "catch"
    assert counted_noun("11 catches for 90 yards") == "catch"
    assert family_label("catch", "catches") == "number of catches"
    assert family_label("catch") == "number of catches"  # no plural as written at hand
    assert family_label("loss") == "number of losses"
    assert family_label("ferry") == "number of ferries"
    assert family_label("day") == "number of days"
    assert family_label("series") == "number of series"



def group_of(*abouts: tuple[float, str]) -> NumberGroup:
    quantities = [Quantity(id=f"q-{at}", value=value, about=about, text=str(value), sources=[])
                  for at, (value, about) in enumerate(abouts)]
    return build_group(comparable_family(quantities[0]), None, quantities, [])


def test_a_group_is_named_by_the_plural_as_written_not_by_a_singular_use() -> None:
    # wave 7: a chart of games was subtitled "Number of game": of the words as written, "game" (a
    # figure about one game) came first alphabetically before "games"
    group = group_of((42, "game"), (106, "games as a starter"), (7, "games"))
    assert family_label(group.family, group.plural) == "number of games"
    people = group_of((40, "people at the hall"), (12, "people"))
    assert family_label(people.family, people.plural) == "number of people"  # the articles' own plural
