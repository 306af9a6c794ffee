"""The junk count of the ECB+ entity evaluation (wave 11): a street named by its ordinal is a name."""

from __future__ import annotations

from generator.evaluate.ecbplus_entities import junk_reason


def test_a_numbered_street_is_no_junk_but_other_figures_are() -> None:
    assert junk_reason("233rd Street", "place") is None
    assert junk_reason("West 81st St.", "place") is None
    assert junk_reason("42nd Precinct", "organization") == "digits"
    assert junk_reason("233rd Street", "person") == "digits"
