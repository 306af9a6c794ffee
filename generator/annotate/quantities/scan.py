"""Reading numbers off the tokens: figures, number words, scales ("2.5 million"), fractions, ranges
and scores, currency before and units after the number, and the qualifier in front of it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_spans import span_at
from generator.annotate.doc_tokens import span_text
from generator.annotate.quantities.lexicon import (
    ARTICLE_FRACTIONS,
    COUNTRY_CURRENCIES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DASHES,
    DIGITS_WITH_SCALE,
    FRACTION_WORDS,
    GLUED_FIGURE,
    JOINED_PAIR,
    MAX_SCORE,
    PERCENT_SUFFIXES,
    PERCENT_WORDS,
    QUALIFIERS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SHARED_CURRENCY_WORDS,
    SPACED_SCALES,
    SPEED_PERIODS,
    SPEED_UNITS,
    SUBUNIT_WORDS,
    TIME_NOUNS,
    UNITS_WORDS,
)
from generator.annotate.quantities.lookback import lookback_of
from generator.annotate.quantities.number_reading import parse_figure, read_number
from generator.annotate.quantities.number_starts import possible_number_starts
from generator.annotate.quantities.pairs import (
    height_at,
    hyphened_pound_unit,
    is_game_result,
    pair_before_singular_noun,
    pair_height,
    speaks_of_lengths,
    speaks_of_weighing,
)
from generator.annotate.quantities.units import HYPHENED_UNITS, currency_code, modifies_plural_noun, unit_of
from generator.models import QuantityMention


@dataclass
class NumberExpression:
    """Token range [start, end) of one number expression and what it normalises to."""

    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None
    value_to: float | None = None
    scale: float = 1.0  # the scale word or suffix written with the figure ("billion", "m")
    figure: int = -1  # token index of the (first) figure
    dropped: bool = False  # read so that its figures are not read again, but no quantity ("a 5-11 guard")


@dataclass
class Found:
    """A quantity already found in the text, for the numbers after it that refer back to it."""

    span: Span
    mention: QuantityMention
    sentence_start: int  # first token of its sentence


def same_sentence_before(found: list[Found], sentence_start: int) -> Iterable[Found]:
    """The quantities found earlier in the sentence starting at `sentence_start`, nearest first.

    Stops at the sentence boundary, so a long article stays linear in its number of quantities.
    """
    for earlier in reversed(found):
        if earlier.sentence_start != sentence_start:
            return
        yield earlier


# --------------------------------------------------------------------------- scanning


def scan_number_expressions(doc: Doc, blocked: set[int]) -> list[NumberExpression]:
    expressions: list[NumberExpression] = []
    next_free = 0  # the token after the last expression found
    for i in possible_number_starts(doc):  # no other token starts one (number_starts.py)
        if i < next_free:
            continue
        expression = number_expression_at(doc, i, blocked)
        if expression is None:
            continue
        if not expression.dropped:
            expressions.append(expression)
        next_free = expression.end
    return expressions


def number_expression_at(doc: Doc, i: int, blocked: set[int]) -> NumberExpression | None:
    """The number expression (a single figure, a range or a score) starting at token `i`, if any."""
    height = height_at(doc, i) if i not in blocked else None
    if height is not None:  # "6-foot-8", "5 feet 11 inches": one length
        return NumberExpression(start=i, end=height[0], value=height[1], unit="in", qualifier=None, figure=i)
    pair = joined_pair_at(doc, i, blocked) or fraction_at(doc, i, blocked)
    if pair is not None:
        return pair
    first = single_expression_at(doc, i, blocked)
    if first is None:
        return None
    return range_or_score(doc, first, blocked) or first


def single_expression_at(doc: Doc, i: int, blocked: set[int], qualified: bool = True
                         ) -> NumberExpression | None:
    """One figure or number words from token `i`, with currency sign, scale, unit and qualifier."""
    glued = glued_expression(doc, i, blocked)
    if glued is not None:
        if qualified:
            glued.qualifier, glued.start = qualifier_before(doc, glued.start)
        return glued
    figure_end, value = read_number(doc, i)
    if figure_end == i or any(k in blocked for k in range(i, figure_end)):
        return None
    scale = scale_written(doc, i, figure_end)
    start, end = i, figure_end
    currency, start = currency_before(doc, start)
    end, value, suffix_unit, suffix_scale = read_suffix(doc, end, value)
    unit = currency or suffix_unit
    if currency and suffix_unit and suffix_unit != "%":
        unit = currency
    if sign_before(doc, start):
        value, start = -value, start - 1
    qualifier, start = qualifier_before(doc, start) if qualified else (None, start)
    if unit is None and plus_after(doc, end):
        end, qualifier = end + 2, qualifier or "more than"  # "three-plus seasons": more than three
    return NumberExpression(start=start, end=end, value=value, unit=unit, qualifier=qualifier,
                            scale=scale * suffix_scale, figure=i)


def plus_after(doc: Doc, end: int) -> bool:
    """Whether "plus" is hyphened to the number ending before token `end` ("three-plus seasons",
    "a 60-plus crowd"): more than the number, as "more than three seasons"."""
    return end + 1 < len(doc) and doc[end].text in DASHES and doc[end + 1].lower_ == "plus" \
        and not doc[end - 1].whitespace_ and not doc[end].whitespace_


def glued_expression(doc: Doc, i: int, blocked: set[int]) -> NumberExpression | None:
    """A figure written in one token with its sign, currency or unit: "RM23.50", "$US55,931,000" (spaCy
    splits off the "$"), "10kW", "24pc", "−5", "+3". A glued suffix that is no unit ("3G", "4K") makes
    the token a name, not a quantity."""
    match = GLUED_FIGURE.match(doc[i].text)
    if match is None or not (match["prefix"] or match["sign"] or match["suffix"]) or is_plain_scale(match):
        return None
    start = i
    prefix = match["prefix"] or ""
    if prefix == "US" and i > 0 and doc[i - 1].text == "$" and not doc[i - 1].whitespace_:
        prefix, start = "$US", i - 1
    currency = glued_currency(prefix) if prefix else None
    unit = unit_of(match["suffix"]) if match["suffix"] else None
    if (prefix and currency is None) or (match["suffix"] and unit is None):
        return None
    if i in blocked and not (currency or unit or match["sign"]):
        return None  # a time or a name; a glued currency or unit is neither
    value = parse_figure(match["figure"]) * (-1 if match["sign"] in {"-", "\u2212"} else 1)
    end = i + 1
    if unit is None:
        end, value, unit, _ = read_suffix(doc, end, value)  # "-366.94 points", "+3%"
    if currency is None:
        currency, start = currency_before(doc, start)
    return NumberExpression(start=start, end=end, value=value, unit=currency or unit, qualifier=None,
                            figure=i)


def is_plain_scale(match: re.Match[str]) -> bool:
    """ "3bn", "1.5m" are read by `read_number` (a scale, not a unit)."""
    return not match["prefix"] and not match["sign"] and (match["suffix"] or "").lower() in SCALE_SUFFIXES


def glued_currency(prefix: str) -> str | None:
    lower = prefix.lower()
    if lower in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[lower]
    return currency_code(prefix) if prefix.isupper() else None


def sign_before(doc: Doc, start: int) -> bool:
    """A minus written apart from the words before and glued to the figure: "closed at -36"."""
    if start == 0:
        return False
    sign = doc[start - 1]
    if sign.text not in {"-", "\u2212"} or sign.whitespace_:
        return False
    return sign.i == 0 or (bool(doc[sign.i - 1].whitespace_) and not doc[sign.i - 1].like_num)


def scale_written(doc: Doc, start: int, end: int) -> float:
    """The scale written with a figure ("3.5 billion", "3bn"): 1 when there is none."""
    scale = 1.0
    for token in span_at(doc, start, end):
        match = DIGITS_WITH_SCALE.match(token.lower_)
        if match:
            scale *= SCALE_SUFFIXES[match.group(2).lower()]
        elif token.lower_ in SCALE_WORDS and token.i > start:
            scale *= SCALE_WORDS[token.lower_]
    return scale


def joined_pair_at(doc: Doc, i: int, blocked: set[int]) -> NumberExpression | None:
    """A range or score written as one token ("3-2", "10-15") with its unit after it."""
    match = JOINED_PAIR.match(doc[i].text)
    if match is None or i in blocked:
        return None
    low, high = float(match.group(1)), float(match.group(2))
    end, _, unit, _ = read_suffix(doc, i + 1, low)
    currency, start = currency_before(doc, i)
    return pair_expression(doc, start, end, low, high, currency or unit, i)


def fraction_at(doc: Doc, i: int, blocked: set[int]) -> NumberExpression | None:
    """ "two-thirds", "a third", "one fifth", "half of the homes": a share of a counted group, kept a
    fraction (unit "fraction", value 1/3 for "a third") so that it reads as written, not as 33.33 %."""
    if i in blocked or i + 1 >= len(doc):
        return None
    word = doc[i].lower_
    if doc[i + 1].text in DASHES and i + 2 < len(doc) and word in UNITS_WORDS:
        numerator, end = UNITS_WORDS[word], i + 3
    elif word in {"a", "one"} and doc[i + 1].lower_ in ARTICLE_FRACTIONS:
        numerator, end = 1, i + 2
    elif share_of_a_group(doc, i):
        numerator, end = 1, i + (1 if word == "half" else 2)
    else:
        return None
    denominator = FRACTION_WORDS.get(doc[end - 1].lower_)
    if denominator is None or numerator >= denominator or (end < len(doc) and doc[end].lower_ in SCALE_WORDS):
        return None
    qualifier, start = qualifier_before(doc, i)
    return NumberExpression(start=start, end=end, value=round(numerator / denominator, 4), unit="fraction",
                            qualifier=qualifier, figure=i)


def share_of_a_group(doc: Doc, i: int) -> bool:
    """ "half of the sales", "a quarter of its dealers": a share of what follows "of", unless that is a
    stretch of time ("half of the year", "a quarter of an hour") or a number ("half of 40")."""
    word = doc[i].lower_
    if word == "half":
        of = i + 1
    elif word in {"a", "one"} and doc[i + 1].lower_ in {"half", "quarter"}:
        of = i + 2
    else:
        return False
    if of + 1 >= len(doc) or doc[of].lower_ != "of" or (i > 0 and doc[i - 1].lower_ in {"first", "second"}):
        return False
    following = [t for t in span_at(doc, of + 1, of + 4) if not t.is_punct]
    nouns = [t for t in following if t.pos_ in {"NOUN", "PROPN", "NUM"}]
    return bool(nouns) and nouns[0].pos_ != "NUM" and nouns[0].lemma_.lower() not in TIME_NOUNS


def range_or_score(doc: Doc, first: NumberExpression, blocked: set[int]) -> NumberExpression | None:
    """ "10-15%", "7,000 to 9,000", "between $35bn and $36bn", "3-2": one expression for both figures."""
    link = first.end
    if link + 1 >= len(doc):
        return None
    word = doc[link].lower_
    hyphen = doc[link].text in DASHES and not doc[link - 1].whitespace_ and not doc[link].whitespace_
    before = doc[first.start - 1].lower_ if first.start > 0 else ""
    if word == "to":
        if before in {"from", "by"}:
            return None  # "from 5% to 7%", "by 5 cents to 68 cents" are a change, not a range
    elif not hyphen and not (word == "and" and before == "between"):
        return None
    second_figure = link + 2 if doc[link + 1].lower_ in CURRENCY_SYMBOLS else link + 1
    second = single_expression_at(doc, second_figure, blocked, qualified=False)
    if second is None or second.start != link + 1:
        return None
    return join_pair(doc, first, second, hyphen)


def join_pair(doc: Doc, first: NumberExpression, second: NumberExpression, hyphen: bool
              ) -> NumberExpression | None:
    if first.unit and second.unit and first.unit != second.unit:
        return None
    low = first.value
    if first.scale == 1.0 and second.scale != 1.0:
        low *= second.scale  # "10 to 15 million": the scale is written once, after the second figure
    unit = first.unit or second.unit
    if not hyphen and low >= second.value:
        return None
    expression = pair_expression(doc, first.start, second.end, low, second.value, unit, first.figure, hyphen)
    if expression is not None:
        expression.qualifier = first.qualifier
    return expression


def pair_expression(doc: Doc, start: int, end: int, low: float, high: float, unit: str | None,
                    figure: int, hyphen: bool = True) -> NumberExpression | None:
    """A range when it rises or has a unit; a score when a unitless whole-number pair does not rise or
    stands beside a game word ("lost 53-65"); a height or nothing before a singular noun (pairs.py)."""
    if unit is None and low < high and hyphen:
        return rising_bare_pair(doc, start, end, low, high, figure)
    if unit is not None or low < high:
        if unit == "score":
            return None
        return NumberExpression(start=start, end=end, value=low, value_to=high, unit=unit, qualifier=None,
                                figure=figure)
    if low != int(low) or high != int(high) or max(low, high) > MAX_SCORE:
        return None
    if "," in span_text(doc, start, end):
        return None
    return NumberExpression(start=start, end=end, value=low, value_to=high, unit="score", qualifier=None,
                            figure=figure)


def rising_bare_pair(doc: Doc, start: int, end: int, low: float, high: float, figure: int
                     ) -> NumberExpression:
    """ "lost 53-65" (a score), "a 6-8 centre" (a height in an article about feet, else no quantity),
    "10-15 people" (a range)."""
    if is_game_result(doc, start, end, low, high):
        return NumberExpression(start=start, end=end, value=low, value_to=high, unit="score", qualifier=None,
                                figure=figure)
    if pair_before_singular_noun(doc, start, end):
        height = pair_height(low, high) if speaks_of_lengths(doc) else None
        return NumberExpression(start=start, end=end, value=height or 0.0, unit="in", qualifier=None,
                                figure=figure, dropped=height is None)
    return NumberExpression(start=start, end=end, value=low, value_to=high, unit=None, qualifier=None,
                            figure=figure)


def currency_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """A currency sign right before the figure: "$", "£", "US$" (spaCy may split "US" and "$")."""
    if start == 0:
        return None, start
    sign = doc[start - 1].lower_
    if sign in CURRENCY_SYMBOLS:
        if sign == "$" and start >= 2 and (doc[start - 2].lower_ + "$") in CURRENCY_SYMBOLS \
                and not doc[start - 2].whitespace_:
            return CURRENCY_SYMBOLS[doc[start - 2].lower_ + "$"], start - 2
        return CURRENCY_SYMBOLS[sign], start - 1
    return None, start


def read_suffix(doc: Doc, end: int, value: float) -> tuple[int, float, str | None, float]:
    """Scale abbreviations, percent signs and unit words right after the figure.

    Returns the new end, the value, the unit and the scale the suffix applied (1 when none).
    """
    scale = 1.0
    if end < len(doc) and doc[end].lower_ in SCALE_SUFFIXES and (
            not doc[end - 1].whitespace_ or doc[end].lower_ in SPACED_SCALES):
        scale = SCALE_SUFFIXES[doc[end].lower_]
        value *= scale
        end += 1
    if end >= len(doc):
        return end, value, None, scale
    word = doc[end].lower_
    if word in PERCENT_WORDS:
        return end + 1, value, "%", scale
    if word == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return end + 2, value, "%", scale
    if word == "percentage" and end + 1 < len(doc) and doc[end + 1].lower_ in {"point", "points"}:
        return end + 2, value, "percentage points", scale
    if word == "basis" and end + 1 < len(doc) and doc[end + 1].lower_ in {"point", "points"}:
        return end + 2, value, "basis points", scale
    if word in PERCENT_SUFFIXES and not doc[end - 1].whitespace_:
        return end + 1, value, "%", scale  # "24pc"
    if word in {"bp", "bps"}:
        return end + 1, value, "basis points", scale
    if word in SUBUNIT_WORDS and doc[end - 1].lower_ != "per":
        return end + 1, round(value * SUBUNIT_WORDS[word], 6), currency_in_use(doc, end), scale
    if word in CURRENCY_WORDS and word not in {"pound", "pounds"}:
        return end + 1, value, currency_of_word(doc, word), scale
    if word in {"pound", "pounds"} and speaks_of_weighing(doc, end - 1):
        return end + 1, value, "lb", scale  # "weighing 160 pounds": a mass
    if word in {"pound", "pounds"} and doc[end].ent_type_ == "MONEY":
        return end + 1, value, "GBP", scale
    compound = compound_unit(doc, end)
    if compound is not None:
        return compound[0], value, compound[1], scale  # "a 41-year history", "a 6,900-tonne ship"
    if is_glued_to_next_word(doc, end):
        return end, value, None, scale  # "co-workers", "mile-long": the word is part of another word
    code = currency_code(doc[end].text)
    if code is not None and not modifies_plural_noun(doc, end):
        after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
        if scale == 1.0 and after in SCALE_SUFFIXES and (after in SCALE_WORDS or after in SPACED_SCALES):
            scale = SCALE_SUFFIXES[after]  # "5 GBP billion": the code written before the scale (wave 11)
            return end + 2, value * scale, code, scale
        return end + 1, value, code, scale  # "5 billion USD", "300 ringgit"
    unit = unit_of(doc[end].text)
    if unit is not None:
        end, unit = speed_after(doc, end + 1, unit)
        return end, value, unit, scale
    return end, value, None, scale


def compound_unit(doc: Doc, end: int) -> tuple[int, str] | None:
    """A unit joined to its figure by a hyphen, the pair modifying a noun: "a 10-year deal", "a
    3.5-inch screen", "a 500,000-square-foot building" (the unit squared). Returns the new end and
    the unit; None when the hyphen joins no unit ("a 3-2 win", "co-workers")."""
    if end + 1 >= len(doc) or doc[end].text not in DASHES or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    word = doc[end + 1]
    squared = word.lower_ in {"square", "sq"} and end + 3 < len(doc) and doc[end + 2].text in DASHES \
        and not doc[end + 2].whitespace_ and not word.whitespace_
    unit_token = doc[end + 3] if squared else word
    unit = unit_of(unit_token.text) or HYPHENED_UNITS.get(unit_token.lower_) or hyphened_pound_unit(
        doc, unit_token.i)
    if unit is None or (unit_token.i + 1 < len(doc) and doc[unit_token.i + 1].text in DASHES
                        and not unit_token.whitespace_):
        return None  # "a 12-year-old": an age, read by the age rule; "5-day-long"
    return unit_token.i + 1, (f"{unit}²" if squared else unit)


def is_glued_to_next_word(doc: Doc, end: int) -> bool:
    token = doc[end]
    return not token.whitespace_ and end + 2 < len(doc) and doc[end + 1].text in DASHES \
        and doc[end + 2].is_alpha


def speed_after(doc: Doc, end: int, unit: str) -> tuple[int, str]:
    """ "185 kilometres per hour", "120 km/h", "60 miles an hour": a distance per time is a speed."""
    if unit not in SPEED_UNITS or end >= len(doc):
        return end, unit
    words = [t.lower_ for t in span_at(doc, end, end + 2)]
    period = SPEED_PERIODS[unit]
    if len(words) == 2 and words[0] in {"per", "an", "a", "/"} \
            and words[1].rstrip(".") in {period, period[:1]}:
        return end + 2, SPEED_UNITS[unit]
    return end, unit


def currency_in_use(doc: Doc, end: int) -> str:
    """The currency of the last sum written before `end` ("68 cents" after "$1.2 billion"): USD by default."""
    # The nearest such token before `end`, from a table made once per document (lookback.py).
    last = lookback_of(doc).nearest_before("currency-in-use", names_a_currency, end)
    if last < 0:
        return "USD"
    lower = doc[last].lower_
    if lower in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[lower]
    return currency_of_word(doc, lower)


def names_a_currency(token: Token) -> bool:
    """A currency sign, or a currency word that is not also an everyday word ("pound", "real", "won")."""
    lower = token.lower_
    return lower in CURRENCY_SYMBOLS or (
        lower in CURRENCY_WORDS and lower not in {"pound", "pounds", "real", "won"})


def currency_of_word(doc: Doc, word: str) -> str:
    """The currency a word names; for words shared by several countries the country in the text."""
    default = CURRENCY_WORDS[word]
    if word not in SHARED_CURRENCY_WORDS:
        return default
    countries = COUNTRY_CURRENCIES[word.rstrip("s")]
    # The first country or nationality named, in text order (the list made once per document).
    for name in lookback_of(doc).entity_names(("GPE", "NORP")):
        if name in countries:
            return countries[name]
    return default


# The qualifiers as word tuples, longest first, by their last word (looked up once per number).
QUALIFIERS_BY_LAST_WORD: dict[str, list[tuple[str, list[str]]]] = {}
for _phrase in sorted(QUALIFIERS, key=lambda p: -len(p.split())):
    QUALIFIERS_BY_LAST_WORD.setdefault(_phrase.split()[-1], []).append((_phrase, _phrase.split()))


def qualifier_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """The hedge written before the number ("at least", "over", "nearly"), as written in lower case."""
    if start == 0:
        return None, start
    for phrase, words in QUALIFIERS_BY_LAST_WORD.get(doc[start - 1].lower_, []):
        first = start - len(words)
        if first < 0:
            continue
        if [t.lower_ for t in span_at(doc, first, start)] == words:
            if phrase in {"some", "only", "just"} and doc[start].pos_ not in {"NUM", "SYM"}:
                continue
            return phrase, first
    return None, start

