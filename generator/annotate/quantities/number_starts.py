"""The tokens a number expression can start at: the scan tries only these, not every token.

`number_expression_at` (scan.py) finds an expression at token i only when one of its readers
accepts that token, and each of them needs one of:
* a digit in the token: figures, glued figures ("$US5", "10kW", "-3"), joined pairs ("3-2");
* a number word: "three", "twenty" (`read_number_words`; a scale word alone never starts one);
* a scale leader: "a", "an", "half", "quarter" ("half a million", "a dozen");
* "a" or "one" before a fraction, "half" of a group ("a third", "half of the homes");
Every other token gives nothing, so skipping it changes no result; the scan walks the tokens
once here instead of running every reader at every token.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.annotate.doc_tokens import token_texts
from generator.annotate.quantities.lexicon import SCALE_LEADERS, TENS_WORDS, UNITS_WORDS

_STARTING_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_LEADERS) | {
    "a", "an", "one", "half", "quarter"}
_DIGIT = re.compile(r"\d")


def possible_number_starts(doc: Doc) -> list[int]:
    """Indices of the tokens of `doc` at which a number expression may start, in order."""
    return [i for i, text in enumerate(token_texts(doc))  # spaCy's `lower_` is the text's str.lower()
            if text.lower() in _STARTING_WORDS or _DIGIT.search(text)]
