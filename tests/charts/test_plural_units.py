"""What a count counts, in one group however written, and named as English names it (wave 7: a chart of
"catches" was grouped and labelled as "catche")."""

from __future__ import annotations

import pytest

from generator.charts.text import counted_noun, family_label, singular, unit_family


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
