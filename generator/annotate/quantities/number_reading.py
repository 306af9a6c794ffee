"""Reading the value of one number off the tokens: a figure ("250,000", "1.5", "3bn", "2.5 million")
or number words ("two hundred and fifty thousand", "half a million", "a dozen")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.annotate.quantities.lexicon import (
    DIGITS,
    DIGITS_WITH_SCALE,
    SCALE_LEADERS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
)


def read_number(doc: Doc, i: int) -> tuple[int, float]:
    """Read a figure ("250,000", "1.5", "3bn") or number words ("two million") from token `i`."""
    token = doc[i]
    lower = token.lower_
    match = DIGITS_WITH_SCALE.match(lower)
    if match:
        return i + 1, parse_figure(match.group(1)) * SCALE_SUFFIXES[match.group(2)]
    if DIGITS.match(lower):
        value = parse_figure(lower)
        j = i + 1
        while j < len(doc) and doc[j].lower_ in SCALE_WORDS:
            value *= SCALE_WORDS[doc[j].lower_]
            j += 1
        return j, value
    return read_number_words(doc, i)


def parse_figure(text: str) -> float:
    return float(text.replace(",", ""))


def read_number_words(doc: Doc, i: int) -> tuple[int, float]:
    """"two hundred and fifty thousand", "twenty-five", "half a million", "a dozen", "three"."""
    j = i
    leader = 1.0
    if doc[j].lower_ in SCALE_LEADERS:
        # "half a million", "a dozen": only a number when a scale word follows.
        leader = SCALE_LEADERS[doc[j].lower_]
        j += 1
        if j < len(doc) and doc[j].lower_ in {"a", "an"} and leader != 1.0:
            j += 1
        if j >= len(doc) or doc[j].lower_ not in SCALE_WORDS:
            return i, 0.0
    total, current, consumed = 0.0, 0.0, j
    while j < len(doc):
        word = doc[j].lower_
        if word in UNITS_WORDS:
            if j > i and doc[j - 1].lower_ in UNITS_WORDS:
                break  # "two zero-day bugs", "one two": a units word never follows another in one number
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in SCALE_WORDS:
            if j == i:
                break  # an orphan scale word ("the million-dollar question") is no number
            current = (current or 1.0) * SCALE_WORDS[word]
            if SCALE_WORDS[word] >= 1000:
                total, current = total + current, 0.0
        elif joins_number_words(doc, i, j):
            j += 1
            continue
        else:
            break
        j += 1
        consumed = j
    if consumed == i or (consumed > i and leader != 1.0 and consumed == i + 1):
        return i, 0.0
    return consumed, (total + current) * leader


def joins_number_words(doc: Doc, i: int, j: int) -> bool:
    """ "twenty-five", "two hundred and fifty": a hyphen after a tens word, "and" after a scale word,
    inside a number begun at token `i`. "and" never begins one and never joins two counts ("seven
    points and eight rebounds", "between seven and eight" are two numbers)."""
    if j == i or j + 1 >= len(doc) or not is_number_word(doc[j + 1]):
        return False
    word, previous = doc[j].lower_, doc[j - 1].lower_
    if word == "-":
        return previous in TENS_WORDS or doc[j + 1].lower_ in SCALE_WORDS  # "forty-two", "one-hundred"
    return word == "and" and previous in SCALE_WORDS


def is_number_word(token: Token) -> bool:
    return token.lower_ in UNITS_WORDS or token.lower_ in TENS_WORDS or token.lower_ in SCALE_WORDS
