"""Spellings that let the site's search forgive: "Nunez" finds Núñez.

Material's search (lunr, in the browser) lowercases but does not fold accents, and most readers type
names without them. An entity page therefore also carries its names written without accents; the
template puts them in a `hidden` element, which search indexes and nobody (eye or screen reader) meets
twice.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters that do not decompose into a base letter and a combining mark.
_SPELLED_OUT = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                              "ł": "l", "Ł": "L", "œ": "oe", "Œ": "OE", "ı": "i"})


def fold_accents(text: str) -> str:
    """`text` without diacritics: "Inés Núñez" -> "Ines Nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED_OUT))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def unaccented_spellings(names: Iterable[str]) -> list[str]:
    """`names` written without accents, in order, once each (also those that had none: every entity
    page has the same structure, whatever its names)."""
    found: list[str] = []
    for name in names:
        folded = fold_accents(name)
        if folded not in found:
            found.append(folded)
    return found
