"""US states as news abbreviates them (issue 16, wave 10): "Quarrelby, Ga." and "Quarrelby, GA" are
"Quarrelby, Georgia" (`story.name_groups.name_key`); the state of a party tag ("D-Calif.",
`entity_party_tags`).

The abbreviations come from the `us` package (AP style, `State.ap_abbr`: "Ga.", "N.Y.", "W.Va."; and
USPS codes, `State.abbr`: "GA"), the 50 states and the capital district, read once, lazily. AP forms
that are the full name ("Ohio", "Texas") are full names already.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from generator.annotate.doc_tokens import span_text

if TYPE_CHECKING:  # the story stage keys names with this module on a warm rebuild, without spaCy
    from spacy.tokens import Doc


@functools.lru_cache(maxsize=1)
def ap_abbreviations() -> dict[str, str]:
    """AP abbreviation (with its dots) -> the state's name: {"Ga.": "Georgia", "W.Va.": "West Virginia"}."""
    return {s.ap_abbr: s.name for s in _states() if s.ap_abbr and s.ap_abbr != s.name}


@functools.lru_cache(maxsize=1)
def postal_codes() -> dict[str, str]:
    """USPS code -> the state's name: {"GA": "Georgia"}."""
    return {s.abbr: s.name for s in _states()}


def _states() -> list[Any]:
    import us  # only when a text writes a state after a comma

    return [*us.states.STATES, us.states.DC]


def state_name(text: str, postal: bool = False) -> str | None:
    """The state `text` abbreviates ("Ga.", "W.Va.", and with `postal` "GA"), else None. An AP form
    counts with its dot only: "Miss" and "Mo" are a title and a given name."""
    name = ap_abbreviations().get(text)
    if name is None and postal and text.isupper():
        name = postal_codes().get(text)
    return name


def state_end(doc: Doc, i: int) -> int | None:
    """End of a state abbreviation starting at token `i` ("Ga.", "W.Va." which the tokenizer may split
    as "W.Va" and ".", "GA"); None when none starts there. A postal code counts only where no
    capitalised word follows (a line in capitals, "GA Tech" are no state)."""
    for length in (2, 1):
        end = i + length
        if end > len(doc):
            continue
        text = span_text(doc, i, end)
        if length == 2 and not (doc[i].whitespace_ == "" and doc[i + 1].text == "."):
            continue
        if state_name(text) is not None:
            return end
        if length == 1 and state_name(text, postal=True) is not None and not _capitalised(doc, end):
            return end
    return None


def _capitalised(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start


def full_state_end(doc: Doc, start: int) -> int | None:
    """End of a state's full name ("Ohio", "New York") starting at token `start`, else None."""
    names = set(postal_codes().values())
    for length in (2, 1):
        if span_text(doc, start, start + length) in names:
            return start + length
    return None
