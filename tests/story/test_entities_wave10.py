"""A state written as AP or the Postal Service abbreviates it is the state written out (issue 16, wave
10), on invented towns: "Quarrelby, Ga." and "Quarrelby, Georgia" are one place, "Ga." is Georgia."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.story.name_groups import name_key
from tests.story.story_tools import G, resolve_names


def test_an_abbreviated_state_keys_as_the_state_written_out() -> None:
    assert name_key("Quarrelby, Ga.") == name_key("Quarrelby, Georgia") == "quarrelby, georgia"
    assert name_key("Quarrelby, GA") == "quarrelby, georgia"  # a postal code after a town
    assert name_key("Marlow, W.Va.") == "marlow, west virginia"
    assert name_key("Ga.") == name_key("Georgia") == "georgia"
    assert name_key("N.Y.") == "new york"


def test_what_is_no_state_abbreviation_keeps_its_key() -> None:
    assert name_key("AL") == "al"  # a postal code alone may be a league ("the AL")
    assert name_key("Mo") == "mo"  # a given name; the AP form is "Mo."
    assert name_key("Acme, Inc.") == "acme, inc"
    assert name_key("Ohio") == "ohio"


def test_one_town_written_with_its_state_abbreviated_and_in_full_is_one_place() -> None:
    found = resolve_names([("Quarrelby, Georgia", G, "GPE"), ("Georgia", G, "GPE")],
                          [("Quarrelby, Ga.", G, "GPE"), ("Ga.", G, "GPE"), ("Quarrelby", G, "GPE")])
    assert sorted(found) == [("Georgia", G, 2), ("Quarrelby, Georgia", G, 3)]


def test_only_the_capital_abbreviation_is_the_united_states() -> None:
    # "Us" (the magazine beside "Us Weekly", or the pronoun) is no "US" / "U.S.".
    assert name_key("US") == name_key("U.S.") == name_key("United States") == "united states"
    assert name_key("Us") == "us" and name_key("Un") == "un"
    assert name_key("UK") == name_key("Britain") == "united kingdom"
    found = resolve_names([("Us Weekly", "organization", "ORG"), ("Us", "organization", "ORG")],
                          [("U.S.", G, "GPE"), ("Us", "organization", "ORG")])
    assert ("United States", G, 1) in found and ("Us", "organization", 2) in found


def test_keying_a_state_does_not_import_spacy() -> None:
    # the story stage keys names on a warm rebuild and a +1, where spaCy is loaded only for a new article
    code = ("import sys\nfrom generator.story.name_groups import name_key\n"
            "print(name_key('Quarrelby, Ga.'), '|', 'spacy' in sys.modules)\n")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert done.stdout.split("|") == ["quarrelby, georgia ", " False\n"]
