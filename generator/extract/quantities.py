"""Numbers in the text: their normalised value, unit, qualifier, what they count, rate and date.

The number expressions are found by a small token scanner of our own rather than by spaCy's numeric
entities alone: the small model often cuts them wrongly ("£" left out of "£3bn", "m" left out of
"1.5m", "12 per cent" labelled MONEY). spaCy's entities are still used to leave out what is *not* a
quantity: dates, times, ordinals and names that contain a number ("Section 230", "Boeing 737").

What a number counts (`about`) comes from the dependency parse:

* a number modifying a noun ("300 migrants", "two dozen stores", "a 32% lower risk") counts that noun,
  expanded with its modifiers and its prepositional and participial/relative complements ("migrants
  held at the border");
* a number that complements a noun ("a crowd of 41,286", "fines of up to $10,000") counts that noun;
* money, percentages and measures that stand on their own take the noun of their "of" complement
  ("10% of the total"; money also "in/on": "$5 billion in loans"), the object of the verb they
  set ("put the party on 37%", "cap fares at £2"), or else the subject of the clause ("Sales rose 12
  per cent"); "of them" is read as the plural noun it refers back to;
* a number restating the one before it in brackets ("400mm (16 inches) of rain"), a bare number
  standing for the noun of an earlier count in the sentence ("nine seats ... the remaining six"), and
  the second term of a comparison ("up from 5%", "fewer than 3,000") count what that other number
  counts;
* a vague noun ("figure", "total", "encounters") is made readable from its context: when the sentence
  points back ("that figure") it takes what the previous number counts, in brackets ("figure (people
  living with dementia)"); when it stands in an adjunct of a sentence whose subject says more, it takes
  that subject's complements ("encounters of migrants crossing the border") or the subject itself in
  brackets.

Counts of people or things have no unit (`unit` is None); the counted noun is in `about`.
Ranges ("10-15%", "7,000 to 9,000 steps", "between $1bn and $2bn") are one quantity whose `value` is
the low end and `value_to` the high end; scores ("3-2", "a 2-0 lead") have unit "score" and the two
sides in `value` and `value_to`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.doc_text import doc_text
from generator.models import MAX_DRAWABLE_NUMBER, QuantityMention, Timex

# --------------------------------------------------------------------------- vocabulary

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales written after a figure: "1.5m", "£3bn", "$40 mn", "5k".
SCALE_SUFFIXES = {
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "million": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
    "billion": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Fractions read as percentages: "two-thirds of the farmland" -> 66.67 %, "a third less likely".
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}
# "a third", "one fifth" (not "a quarter" or "a half": quarters are periods, "half a million" a number).
ARTICLE_FRACTIONS = {"third", "fifth", "tenth"}
# Words that only make a number together with a following scale word: "half a million", "a dozen".
SCALE_LEADERS = {"a": 1.0, "an": 1.0, "half": 0.5, "quarter": 0.25}

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD",
    "ca$": "CAD", "a$": "AUD", "au$": "AUD", "₹": "INR", "mx$": "MXN", "r$": "BRL", "chf": "CHF",
    "gbp": "GBP", "eur": "EUR", "jpy": "JPY", "₱": "PHP", "₩": "KRW", "₦": "NGN",
}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "peso": "MXN", "pesos": "MXN", "rupee": "INR", "rupees": "INR",
    "yuan": "CNY", "renminbi": "CNY", "franc": "CHF", "francs": "CHF", "won": "KRW", "naira": "NGN",
    "rand": "ZAR", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "lira": "TRY", "roubles": "RUB",
    "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "reais": "BRL", "real": "BRL",
}
# Currency words shared by several countries: the country the article is about decides.
SHARED_CURRENCY_WORDS = {"peso", "pesos", "rupee", "rupees", "franc", "francs", "dollar", "dollars"}
COUNTRY_CURRENCIES = {
    "peso": {
        "philippines": "PHP", "philippine": "PHP", "filipino": "PHP", "filipinos": "PHP", "mexico": "MXN",
        "mexican": "MXN", "argentina": "ARS", "argentine": "ARS", "argentinian": "ARS", "chile": "CLP",
        "chilean": "CLP", "colombia": "COP", "colombian": "COP", "uruguay": "UYU", "uruguayan": "UYU",
        "cuba": "CUP", "cuban": "CUP", "dominican republic": "DOP",
    },
    "rupee": {
        "india": "INR", "indian": "INR", "pakistan": "PKR", "pakistani": "PKR", "sri lanka": "LKR",
        "sri lankan": "LKR", "nepal": "NPR", "nepali": "NPR", "mauritius": "MUR",
    },
    "franc": {"switzerland": "CHF", "swiss": "CHF"},
    # A bare "dollars" is US dollars unless it is written in one of these countries' own words.
    "dollar": {},
}
# Hundredths of the currency in use ("68 cents", "50p" is not read: too ambiguous).
SUBUNIT_WORDS = {"cent": 0.01, "cents": 0.01, "pence": 0.01, "penny": 0.01, "centavos": 0.01}
MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mi", "miles": "mi", "m2": "m2", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "foot": "ft", "feet": "ft", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "tonne": "t",
    "tonnes": "t", "ton": "t", "tons": "t", "pound-weight": "lb", "lb": "lb", "lbs": "lb",
    "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha", "barrel": "barrel",
    "barrels": "barrel", "gallon": "gallon", "gallons": "gallon", "litre": "l", "litres": "l",
    "liter": "l", "liters": "l", "times": "times", "mw": "MW", "gw": "GW", "kwh": "kWh", "degrees": "degrees",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "inch": "in", "inches": "in", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph",
    "knots": "knots", "sq": "sq",
}
# A distance unit followed by "per hour" / "an hour" / "/h" is a speed.
SPEED_UNITS = {"km": "km/h", "mi": "mph", "m": "m/s"}
SPEED_PERIODS = {"km": "hour", "mi": "hour", "m": "second"}
PERCENT_WORDS = ("%", "percent", "pct")

# Qualifiers as written (lower case), longest first so "more than" wins over "than".
QUALIFIERS = (
    "more than", "less than", "fewer than", "greater than", "in excess of", "at least", "at most",
    "up to", "no more than", "no fewer than", "not more than", "close to", "as many as", "as much as",
    "as few as", "upwards of", "an estimated", "an average of", "on average", "nearly", "almost",
    "about", "around", "roughly", "approximately", "some", "over", "under", "above", "below",
    "exceeding", "just over", "just under", "well over", "only", "just", "estimated",
)

# Period nouns that make a rate after "each/every/per/a": "30,000 each month" -> "per month".
PERIODS = {
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "quarter": "quarter", "year": "year", "years": "year",
    "annum": "year", "decade": "decade",
}
PERIOD_ADVERBS = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
    "annually": "year", "yearly": "year",
}
# "a year ago" is a date, not a rate.
NOT_RATE_AFTER = {"ago", "earlier", "later", "before", "after", "from", "since", "prior"}

# Nouns that say little about what is counted without the rest of the sentence.
VAGUE_NOUNS = {
    "encounter", "encounters", "figure", "figures", "number", "numbers", "total", "amount", "case",
    "cases", "incident", "incidents", "time", "times", "instance", "instances", "unit", "units",
    "item", "items", "one", "ones", "share", "level", "levels", "count", "those", "event",
    "events", "rate", "tally", "sum",
}
# Words that point back to something already said: "that figure", "this number".
POINTING_WORDS = {"that", "this", "these", "those", "the", "such"}
# Pronouns standing for a plural noun said before: "1,842 of them", "60% of those".
PLURAL_PRONOUNS = {"them", "those", "these", "they"}
# Verbs whose object is a new value of their subject: "the toll rose to 23", "the figure reached 139m".
CHANGE_VERBS = {
    "reach", "hit", "total", "exceed", "rise", "climb", "fall", "drop", "decline", "stand", "top",
    "number", "grow", "surpass", "double", "triple", "increase", "decrease", "jump", "soar", "plunge",
    "surge", "slip", "edge", "be",
}
# "add €40 to the payment", "cut $5 off the price": what the amount is added to or taken from.
ADDING_VERBS = {"add", "cut", "shave", "knock", "take", "save"}
ADDED_TO = {"to", "from", "off"}
# Prepositions that introduce the other side of a comparison: "up from 5%", "fewer than 3,000".
COMPARISON_PREPOSITIONS = {"from", "than", "with", "against", "versus", "vs"}

# spaCy entity labels under which a number is part of a name or a time, never a quantity.
TIME_LABELS = {"DATE", "TIME"}
NON_QUANTITY_LABELS = {
    "ORDINAL", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "ORG", "PERSON",
    "GPE", "LOC", "NORP", "LANGUAGE",
}

DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$|^\.\d+$")
DIGITS_WITH_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|mln|bn|bln|b|tn|trn)$", re.IGNORECASE)
# One token holding two figures joined by a hyphen or dash: "3-2", "10-15".
JOINED_PAIR = re.compile(r"^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$")
# A figure glued to other figures by "-", "/", ":" or "." is a date, time or phone number.
JOINED_FIGURES = re.compile(r"\d\s?[-–/:]\s?\d|\d\.\d+\.\d")
ORDINAL_SUFFIX = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
DASHES = {"-", "–"}
MAX_SCORE = 300  # a basketball score; larger "A-B" pairs are not scores


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


# --------------------------------------------------------------------------- public entry point


def find_quantities(doc: Doc, timexes: list[Timex]) -> list[QuantityMention]:
    """Every quantity in `doc`, with offsets into `doc.text`; `sentence` is filled in by annotate."""
    times = time_tokens(doc, timexes)
    blocked = times | name_tokens(doc)
    expressions = [e for e in scan_number_expressions(doc, blocked)
                   if is_quantity(doc[e.start:e.end], e) and is_drawable(e)]
    numbers = {i for e in expressions for i in range(e.start, e.end)}
    dates = dates_by_sentence(doc, timexes)
    by_sentence: dict[int, list[NumberExpression]] = {}
    for expression in expressions:
        by_sentence.setdefault(sentence_of(doc[expression.start]).start, []).append(expression)
    found: list[Found] = []
    for expression in expressions:
        span = doc[expression.start:expression.end]
        anchor = anchor_of(span)
        rate_tokens, rate = find_rate(span, anchor, expression.unit, by_sentence[sentence_of(span).start])
        excluded = InAny(numbers, rate_tokens, times)
        end = span.end_char - (1 if is_final_abbreviation(span[-1]) else 0)
        mention = QuantityMention(
            start=span.start_char, end=end, text=doc_text(doc)[span.start_char:end], value=expression.value,
            value_to=expression.value_to, unit=expression.unit, qualifier=expression.qualifier,
            about=describe_counted(span, anchor, expression.unit, excluded, found), rate=rate,
            date=find_date(span, anchor, dates, rate_tokens), sentence=-1,
        )
        found.append(Found(span, mention, sentence_of(span).start))
    return [f.mention for f in found]


_SENTENCES = "explainer.sentence-of-token"
_ROOTS = "explainer.sentence-roots"


def sentence_of(item: Token | Span) -> Span:
    """The sentence holding a token (or a span's first token), as spaCy's `.sent` gives it.

    Looked up in a table built once per Doc: `.sent` walks the sentence on every call, which over
    thousands of numbers in one long sentence is quadratic."""
    doc = item.doc
    table: list[Span] | None = doc.user_data.get(_SENTENCES)
    if table is None:
        table = [sentence for sentence in doc.sents for _ in range(sentence.start, sentence.end)]
        doc.user_data[_SENTENCES] = table
    return table[item.i if isinstance(item, Token) else item.start]


def sentence_root(sentence: Span) -> Token:
    """`sentence.root`, computed once per sentence (spaCy scans the sentence on every call)."""
    roots: dict[int, Token] = sentence.doc.user_data.setdefault(_ROOTS, {})
    if sentence.start not in roots:
        roots[sentence.start] = sentence.root
    return roots[sentence.start]


class InAny(Container[int]):
    """Membership in any of a few sets without copying them: a union built per number would copy
    every number of the article each time, quadratic in an article of thousands of numbers."""

    def __init__(self, *sets: Container[int]) -> None:
        self.sets = sets

    def __contains__(self, item: object) -> bool:
        return any(item in one for one in self.sets)


def is_final_abbreviation(token: Token) -> bool:
    """A unit that swallowed the full stop ending its sentence ("km/h.")."""
    return len(token.text) > 1 and token.text.endswith(".") and token.is_sent_end


def anchor_of(span: Span) -> Token:
    """The token of the expression that attaches it to the sentence (its syntactic root)."""
    return span.root


# --------------------------------------------------------------------------- what is not a number


def name_tokens(doc: Doc) -> set[int]:
    """Tokens of names and ordinals, which may contain figures that are not quantities.

    An "entity" made of figures and signs only ("3-2" taken for a product) is no name.
    """
    return {i for ent in doc.ents if ent.label_ in NON_QUANTITY_LABELS
            and any(char.isalpha() for char in ent.text) for i in range(ent.start, ent.end)}


def time_tokens(doc: Doc, timexes: Iterable[Timex]) -> set[int]:
    """Tokens of time expressions (the timexes, and spaCy's DATE/TIME entities as a fallback)."""
    times = {i for ent in doc.ents if ent.label_ in TIME_LABELS for i in range(ent.start, ent.end)}
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            times.update(range(span.start, span.end))
    return times


def is_drawable(expression: NumberExpression) -> bool:
    """Leave out numbers no page or chart can show: a 400-digit figure, "trillion trillion trillion"."""
    values = [expression.value] if expression.value_to is None else [expression.value, expression.value_to]
    return all(math.isfinite(value) and abs(value) <= MAX_DRAWABLE_NUMBER for value in values)


def is_quantity(span: Span, expression: NumberExpression) -> bool:
    """Leave out years, ordinals, figures glued to others (dates, phone numbers) and the pronoun "one"."""
    text = span.text
    if any(ORDINAL_SUFFIX.match(token.text) for token in span):
        return False
    if glued_to_other_figures(span):
        return False
    figures = [token for token in span if DIGITS.match(token.text)]
    if len(figures) == 1 and len(span) == 1 and YEAR.match(figures[0].text):
        return False
    if text.lower() == "one" and span.root.dep_ not in {"nummod", "quantmod"}:
        return False
    return expression.value_to is not None or not names_a_thing(span)


def glued_to_other_figures(span: Span) -> bool:
    doc = span.doc
    before = doc_text(doc)[max(span.start_char - 3, 0):span.start_char + 1]
    after = doc_text(doc)[max(span.end_char - 1, 0):min(span.end_char + 3, len(doc_text(doc)))]
    return bool(JOINED_FIGURES.search(before) or JOINED_FIGURES.search(after))


def names_a_thing(span: Span) -> bool:
    """A bare figure right after a capitalised word is a name: "Section 230", "Flight 370", "Section 8"."""
    if len(span) != 1 or not DIGITS.match(span[0].text) or "," in span[0].text:
        return False
    if span.start == 0:
        return False
    previous = span.doc[span.start - 1]
    return previous.pos_ == "PROPN" and previous.text[:1].isupper() and not previous.is_sent_start


# --------------------------------------------------------------------------- scanning


def scan_number_expressions(doc: Doc, blocked: set[int]) -> list[NumberExpression]:
    expressions: list[NumberExpression] = []
    i = 0
    while i < len(doc):
        expression = number_expression_at(doc, i, blocked)
        if expression is None:
            i += 1
            continue
        expressions.append(expression)
        i = expression.end
    return expressions


def number_expression_at(doc: Doc, i: int, blocked: set[int]) -> NumberExpression | None:
    """The number expression (a single figure, a range or a score) starting at token `i`, if any."""
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
    qualifier, start = qualifier_before(doc, start) if qualified else (None, start)
    return NumberExpression(start=start, end=end, value=value, unit=unit, qualifier=qualifier,
                            scale=scale * suffix_scale, figure=i)


def scale_written(doc: Doc, start: int, end: int) -> float:
    """The scale written with a figure ("3.5 billion", "3bn"): 1 when there is none."""
    scale = 1.0
    for token in doc[start:end]:
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
    """ "two-thirds", "a third", "one fifth": a share, as a percentage."""
    if i in blocked or i + 1 >= len(doc):
        return None
    word = doc[i].lower_
    if doc[i + 1].text in DASHES and i + 2 < len(doc) and word in UNITS_WORDS:
        numerator, end = UNITS_WORDS[word], i + 3
    elif word in {"a", "one"} and doc[i + 1].lower_ in ARTICLE_FRACTIONS:
        numerator, end = 1, i + 2
    else:
        return None
    denominator = FRACTION_WORDS.get(doc[end - 1].lower_)
    if denominator is None or numerator >= denominator or (end < len(doc) and doc[end].lower_ in SCALE_WORDS):
        return None
    qualifier, start = qualifier_before(doc, i)
    return NumberExpression(start=start, end=end, value=round(100 * numerator / denominator, 2), unit="%",
                            qualifier=qualifier, figure=i)


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
    expression = pair_expression(doc, first.start, second.end, low, second.value, unit, first.figure)
    if expression is not None:
        expression.qualifier = first.qualifier
    return expression


def pair_expression(doc: Doc, start: int, end: int, low: float, high: float, unit: str | None,
                    figure: int) -> NumberExpression | None:
    """A range when it rises or has a unit; a score when a unitless whole-number pair does not rise."""
    if unit is not None or low < high:
        if unit == "score":
            return None
        return NumberExpression(start=start, end=end, value=low, value_to=high, unit=unit, qualifier=None,
                                figure=figure)
    if low != int(low) or high != int(high) or max(low, high) > MAX_SCORE:
        return None
    if "," in doc[start:end].text:
        return None
    return NumberExpression(start=start, end=end, value=low, value_to=high, unit="score", qualifier=None,
                            figure=figure)


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
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in SCALE_WORDS:
            current = (current or 1.0) * SCALE_WORDS[word]
            if SCALE_WORDS[word] >= 1000:
                total, current = total + current, 0.0
        elif word in {"-", "and"} and consumed == j and j + 1 < len(doc) and is_number_word(doc[j + 1]):
            j += 1
            continue
        else:
            break
        j += 1
        consumed = j
    if consumed == i or (consumed > i and leader != 1.0 and consumed == i + 1):
        return i, 0.0
    return consumed, (total + current) * leader


def is_number_word(token: Token) -> bool:
    return token.lower_ in UNITS_WORDS or token.lower_ in TENS_WORDS or token.lower_ in SCALE_WORDS


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
    if end < len(doc) and doc[end].lower_ in SCALE_SUFFIXES and not doc[end - 1].whitespace_:
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
    if word in {"bp", "bps"}:
        return end + 1, value, "basis points", scale
    if word in SUBUNIT_WORDS and doc[end - 1].lower_ != "per":
        return end + 1, round(value * SUBUNIT_WORDS[word], 6), currency_in_use(doc, end), scale
    if word in CURRENCY_WORDS and word not in {"pound", "pounds"}:
        return end + 1, value, currency_of_word(doc, word), scale
    if word in {"pound", "pounds"} and doc[end].ent_type_ == "MONEY":
        return end + 1, value, "GBP", scale
    if word in MEASURE_UNITS:
        unit = MEASURE_UNITS[word]
        end, unit = speed_after(doc, end + 1, unit)
        return end, value, unit, scale
    return end, value, None, scale


def speed_after(doc: Doc, end: int, unit: str) -> tuple[int, str]:
    """ "185 kilometres per hour", "120 km/h", "60 miles an hour": a distance per time is a speed."""
    if unit not in SPEED_UNITS or end >= len(doc):
        return end, unit
    words = [t.lower_ for t in doc[end:end + 2]]
    period = SPEED_PERIODS[unit]
    if len(words) == 2 and words[0] in {"per", "an", "a", "/"} \
            and words[1].rstrip(".") in {period, period[:1]}:
        return end + 2, SPEED_UNITS[unit]
    return end, unit


def currency_in_use(doc: Doc, end: int) -> str:
    """The currency of the last sum written before `end` ("68 cents" after "$1.2 billion"): USD by default."""
    for token in reversed(doc[:end]):
        if token.lower_ in CURRENCY_SYMBOLS:
            return CURRENCY_SYMBOLS[token.lower_]
        if token.lower_ in CURRENCY_WORDS and token.lower_ not in {"pound", "pounds", "real", "won"}:
            return currency_of_word(doc, token.lower_)
    return "USD"


def currency_of_word(doc: Doc, word: str) -> str:
    """The currency a word names; for words shared by several countries the country in the text."""
    default = CURRENCY_WORDS[word]
    if word not in SHARED_CURRENCY_WORDS:
        return default
    countries = COUNTRY_CURRENCIES[word.rstrip("s")]
    for ent in doc.ents:
        if ent.label_ in {"GPE", "NORP"}:
            name = re.sub(r"^the\s+", "", ent.text.lower())
            if name in countries:
                return countries[name]
    return default


def qualifier_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """The hedge written before the number ("at least", "over", "nearly"), as written in lower case."""
    for phrase in sorted(QUALIFIERS, key=lambda p: -len(p.split())):
        words = phrase.split()
        first = start - len(words)
        if first < 0:
            continue
        if [t.lower_ for t in doc[first:start]] == words:
            if phrase in {"some", "only", "just"} and doc[start].pos_ not in {"NUM", "SYM"}:
                continue
            return phrase, first
    return None, start


# --------------------------------------------------------------------------- rate and date


def find_rate(span: Span, anchor: Token, unit: str | None, expressions: list[NumberExpression]
              ) -> tuple[set[int], str | None]:
    """A rate stated for the number in its clause: "each month", "per share", "a year", "annually".

    A rate nearer to another number in the sentence (`expressions`: those of this sentence) belongs
    to that number ("20 hours a week").
    """
    clause = clause_tokens(anchor)
    best: tuple[int, set[int], str] | None = None
    doc = span.doc
    sentence = sentence_of(span)
    # Only tokens within RATE_REACH of the number can give its rate, and only numbers near those can
    # be nearer to them: looking no further keeps a sentence of thousands of numbers linear.
    near = expressions_overlapping(expressions, span.start - 2 * RATE_REACH, span.end + 2 * RATE_REACH)
    first, last = max(sentence.start, span.start - RATE_REACH), min(sentence.end, span.end + RATE_REACH)
    for token in doc[first:last]:
        if token.i not in clause or span.start <= token.i < span.end:
            continue
        found = rate_at(token, span, unit)
        if found is None:
            continue
        tokens, rate = found
        if rate.startswith("per ") and token.lower_ == "per" and token.i != span.end \
                and not (span.start <= token.head.i < span.end):
            continue  # "per share" belongs to the figure it follows
        distance = distance_to(token.i, span.start, span.end)
        if distance > RATE_REACH or nearer_number(token.i, distance, span, near):
            continue
        if best is None or distance < best[0]:
            best = (distance, tokens, rate)
    return (best[1], best[2]) if best else (set(), None)


RATE_REACH = 12  # tokens between a number and the words stating its rate ("each month")


def expressions_overlapping(
    expressions: list[NumberExpression], start: int, end: int
) -> list[NumberExpression]:
    """The expressions with a token in [start, end); `expressions` are in text order and never
    overlap, so their ends are in order too and two binary searches find them."""
    first = bisect.bisect_right(expressions, start, key=lambda e: e.end)
    last = bisect.bisect_left(expressions, end, key=lambda e: e.start)
    return expressions[first:last]


def distance_to(i: int, start: int, end: int) -> int:
    return min(abs(i - start), abs(i - (end - 1)))


def nearer_number(i: int, distance: int, span: Span, expressions: list[NumberExpression]) -> bool:
    """Whether another number (a quantity, or a figure in a duration: "20 hours a week") is nearer."""
    if any(distance_to(i, e.start, e.end) < distance for e in expressions
           if e.start != span.start and sentence_of(span).start <= e.start < sentence_of(span).end):
        return True
    sentence = sentence_of(span)
    window = span.doc[max(sentence.start, i - distance + 1):min(sentence.end, i + distance)]
    return any(token.like_num and not span.start <= token.i < span.end for token in window)


def rate_at(token: Token, span: Span, unit: str | None) -> tuple[set[int], str] | None:
    doc = token.doc
    lower = token.lower_
    if lower in PERIOD_ADVERBS:
        # "sold 500,000 cars annually", not "a quarterly dividend" beside "a $10bn buyback"
        if token.pos_ == "ADV" or span.start <= token.head.i < span.end or token.head.i == span.end:
            return {token.i}, f"per {PERIOD_ADVERBS[lower]}"
        return None
    if lower not in {"each", "every", "per", "a", "an"} or token.i + 1 >= len(doc):
        return None
    following = doc[token.i + 1]
    after = doc[token.i + 2].lower_ if token.i + 2 < len(doc) else ""
    if following.lower_ in PERIODS:
        if after in NOT_RATE_AFTER or (
                lower in {"a", "an"} and following.lower_ not in {"day", "week", "month", "year", "hour"}):
            return None  # "a year earlier" is a date
        return {token.i, token.i + 1}, f"per {PERIODS[following.lower_]}"
    if following.tag_ not in {"NN", "NNP"} or following.lower_ == "cent":
        return None
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if lower == "per" or (lower in {"each", "every"} and previous == "for"):
        return {token.i, token.i + 1}, f"per {following.lemma_.lower()}"  # "for each driver"
    if lower in {"a", "an"} and token.i == span.end and unit not in {None, "%", "score"}:
        return {token.i, token.i + 1}, f"per {following.lemma_.lower()}"  # "£2 a journey"
    return None


DatedSpans = dict[int, list[tuple[Timex, Span]]]


def dates_by_sentence(doc: Doc, timexes: list[Timex]) -> DatedSpans:
    """Dates and times that can date a number, by the first token of their sentence (computed once,
    so that an article with thousands of numbers and dates stays linear)."""
    found: DatedSpans = {}
    for timex in timexes:
        if timex.type not in {"DATE", "TIME"} or not timex.value or timex.value.endswith("_REF"):
            continue  # "now", "recently" say nothing about which period the number covers
        timex_span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if timex_span is not None:
            found.setdefault(sentence_of(timex_span).start, []).append((timex, timex_span))
    return found


def find_date(span: Span, anchor: Token, dates: DatedSpans, rate_tokens: set[int]) -> str | None:
    """The TIMEX3 value of a date stated in the same clause as the number (the nearest one)."""
    clause = clause_tokens(anchor)
    best: tuple[int, str] | None = None
    for timex, timex_span in dates.get(sentence_of(span).start, []):
        if not any(t.i in clause and t.i not in rate_tokens for t in timex_span):
            continue
        distance = min(abs(timex.start - span.end_char), abs(span.start_char - timex.end))
        if best is None or distance < best[0]:
            best = (distance, timex.value)
    return best[1] if best else None


_CLAUSES = "explainer.clauses"


def clause_tokens(anchor: Token) -> frozenset[int]:
    """Token indices of the smallest clause (verb subtree) holding the number.

    Kept per verb on the Doc: the numbers of one clause share it, and building it again for each of
    a thousand numbers in one sentence would be quadratic."""
    verb = governing_verb(anchor)
    clauses: dict[int, frozenset[int]] = anchor.doc.user_data.setdefault(_CLAUSES, {})
    if verb.i not in clauses:
        clauses[verb.i] = frozenset(t.i for t in verb.subtree)
    return clauses[verb.i]


_VERBS = "explainer.governing-verbs"


def governing_verb(anchor: Token) -> Token:
    """The nearest verb (or the root) above `anchor`. Remembered on the Doc for every token passed
    on the way up: a parse can be one chain as long as the sentence, walked once, not per number."""
    known: dict[int, int] = anchor.doc.user_data.setdefault(_VERBS, {})
    passed = []
    head = anchor
    while head.i not in known and head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        passed.append(head.i)
        head = head.head
    verb = known.get(head.i, head.i)
    known.update(dict.fromkeys([*passed, head.i], verb))
    return anchor.doc[verb]


# --------------------------------------------------------------------------- what is counted


def describe_counted(span: Span, anchor: Token, unit: str | None, excluded: Container[int],
                     found: list[Found]) -> str | None:
    """What the number counts or measures, as a short phrase from the sentence."""
    earlier = restated_or_compared(span, unit, found)
    if earlier is not None:
        return earlier.mention.about
    counted = counted_noun(span, anchor, unit)
    if counted is None:
        elided = elided_count(span, unit, found)
        return elided.mention.about if elided else None
    phrase = noun_phrase_text(counted, excluded)
    if not phrase:
        return None
    if counted.lower_ in VAGUE_NOUNS:
        return readable_vague(span, counted, phrase, excluded, found)
    return phrase


def restated_or_compared(span: Span, unit: str | None, found: list[Found]) -> Found | None:
    """The earlier number this one restates in brackets or is compared with ("up from 5%")."""
    if not found or span.start == 0:
        return None
    doc = span.doc
    previous = doc[span.start - 1]
    last = found[-1]
    if previous.text == "(" and last.span.end == span.start - 1:
        return last  # "400 millimetres (16 inches)", "500 million pesos ($8.7 million)"
    if previous.lower_ in COMPARISON_PREPOSITIONS:
        return next((f for f in same_sentence_before(found, sentence_of(span).start)
                     if f.mention.unit == unit and f.mention.about), None)
    return None


def elided_count(span: Span, unit: str | None, found: list[Found]) -> Found | None:
    """ "took nine seats ... won the remaining six": a bare count stands for an earlier count's noun."""
    if unit is not None:
        return None
    return next((f for f in same_sentence_before(found, sentence_of(span).start)
                 if f.mention.unit is None and f.mention.about), None)


def counted_noun(span: Span, anchor: Token, unit: str | None) -> Token | None:
    for token in span:
        # The noun right after the number that the number modifies: "1.5m customers".
        if token.dep_ in {"nummod", "quantmod", "compound", "nmod"} and token.head.i >= span.end \
                and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i - span.end <= 4:
            return token.head
    head = anchor.head
    outside = not (span.start <= head.i < span.end)
    if anchor.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} and outside \
            and head.pos_ in {"NOUN", "PROPN"}:
        return head
    if anchor.dep_ in {"npadvmod", "advmod"} and head.dep_ == "amod" and head.head.pos_ == "NOUN":
        return head.head  # "a 32% lower risk"
    last = span[-1]  # "two-thirds of the farmland": the complement may hang from the last word
    noun = (own_complement(anchor, unit) or (own_complement(last, unit) if last.i != anchor.i else None)
            or complemented_noun(anchor) or object_set_to(anchor))
    if noun is not None:
        return noun
    if unit is None and anchor.pos_ == "NUM":
        # A bare count counts its subject only as that subject's new value ("the toll rose to 23",
        # "that figure will reach 139 million"); "Castleford's eight" or "the remaining six" count
        # what an earlier number in the sentence counts (see `elided_count`).
        return clause_subject(anchor) if governing_verb(anchor).lemma_.lower() in CHANGE_VERBS else None
    return money_purpose(anchor, unit) or clause_subject(anchor)


def own_complement(anchor: Token, unit: str | None) -> Token | None:
    """ "10% of the total", "$5 billion in loans"; "of them" is read as the noun it stands for."""
    shares = {"%", "percentage points", "basis points", None}
    prepositions = {"of"} if unit in shares else {"of", "in", "on", "for"}
    for child in anchor.children:
        if child.dep_ != "prep" or child.lower_ not in prepositions:
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if not objects or any(d.lower_ in {"each", "every", "per"} for d in objects[0].children):
            continue  # "for each driver" is a rate, not what is counted
        noun = objects[0]
        if noun.lower_ in PLURAL_PRONOUNS:
            return plural_antecedent(noun)
        if is_nominal(noun):
            return noun
    return None


def is_nominal(token: Token) -> bool:
    """A noun, or an adjective used as one ("the dead", "the injured")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "ADJ" and any(c.lower_ == "the" for c in token.children)


def plural_antecedent(pronoun: Token) -> Token | None:
    """The plural noun a pronoun stands for: the nearest plural subject or object, this or last sentence."""
    doc = pronoun.doc
    sentence = sentence_of(pronoun)
    start = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    plurals = [t for t in reversed(doc[start:pronoun.i]) if t.tag_ in {"NNS", "NNPS"} and not t.ent_type_]
    arguments = [t for t in plurals if t.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return (arguments or plurals or [None])[0]


def complemented_noun(anchor: Token) -> Token | None:
    """ "revenue of $3bn", "a crowd of 41,286", "a forecast of between $35bn and $36bn"."""
    head = anchor.head if anchor.dep_ in {"pobj", "pcomp"} else None
    while head is not None and head.dep_ in {"prep", "pcomp"} and head.head.pos_ == "ADP":
        head = head.head
    if head is not None and head.lower_ == "of" and is_nominal(head.head):
        return head.head
    return None


def object_set_to(anchor: Token) -> Token | None:
    """ "put the party on 37%", "cap fares at £2", "raised its dividend by 5 cents": the verb's object."""
    preposition = anchor.head
    if anchor.dep_ != "pobj" or preposition.lower_ not in {"on", "at", "by", "to"}:
        return None
    verb = preposition.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    objects = [c for c in verb.children if c.i < preposition.i and (
        c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}))]
    return max(objects, key=lambda c: c.i) if objects else None


def money_purpose(anchor: Token, unit: str | None) -> Token | None:
    """ "released 500 million pesos in emergency funds": money spent or raised "in/for" something;
    "add €40 to the average mortgage payment": money added to or taken off something."""
    if unit in {None, "%", "percentage points", "basis points", "score"} or anchor.dep_ != "dobj":
        return None
    prepositions = {"in", "for"} | (ADDED_TO if anchor.head.lemma_.lower() in ADDING_VERBS else set())
    for child in anchor.head.children:
        if child.dep_ == "prep" and child.lower_ in prepositions and child.i > anchor.i:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


def clause_subject(anchor: Token) -> Token | None:
    """The subject of the verb the number hangs from: "Sales rose 12 per cent" -> "Sales"."""
    head = governing_verb(anchor)
    for child in head.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"} and child.i != anchor.i:
            return child
    if head.dep_ == "acl" and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head  # "forecasts show growth slowing to 0.8%"
    return None


def readable_vague(
    span: Span, counted: Token, phrase: str, excluded: Container[int], found: list[Found]
) -> str:
    """A vague counted noun made readable: what an earlier number counts, or the sentence's subject."""
    antecedent = pointed_antecedent(span, counted, found)
    if antecedent is not None:
        about = antecedent.mention.about or ""
        rate = antecedent.mention.rate
        return f"{phrase} ({about}{', ' + rate if rate else ''})"
    if counted.head.i == sentence_root(sentence_of(span)).i \
            and counted.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}:
        return phrase  # "the storm caused 40 incidents": the subject did it, it is not what is counted
    topic = sentence_topic(span, counted, excluded)
    return f"{phrase} {topic}" if topic and topic.startswith("of ") else (
        f"{phrase} ({topic})" if topic else phrase)


def pointed_antecedent(span: Span, counted: Token, found: list[Found]) -> Found | None:
    """The earlier number that "that figure" (or "the total" after it) refers to, if the text points back."""
    if not found or not points_back(sentence_of(span), counted):
        return None
    doc = span.doc
    sentence = sentence_of(span)
    first = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    for earlier in reversed(found):
        about = earlier.mention.about
        if earlier.span.start < first:
            break
        if about and about.split()[0].lower() not in VAGUE_NOUNS:
            return earlier
    return None


def points_back(sentence: Span, counted: Token) -> bool:
    """ "that figure", "this number", or "the total" itself."""
    if counted.lower_ in {"total", "figure", "number", "tally", "sum", "amount"} \
            and any(c.lower_ in {"the", "that", "this"} for c in counted.children):
        return True
    return any(token.lower_ in VAGUE_NOUNS and any(c.dep_ == "det" and c.lower_ in POINTING_WORDS - {"the"}
                                                   for c in token.children)
               for token in sentence)


def sentence_topic(span: Span, counted: Token, excluded: Container[int]) -> str | None:
    """What the sentence's subject says about the vague noun: its "of" complement, or the whole phrase.

    "Complaints of riders about late trains keep rising, with over 4,000 filings" gives
    "of riders about late trains" (read as "filings of riders about late trains").
    """
    root = sentence_root(sentence_of(span))
    for child in root.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            continue
        if child.i == counted.i or child.pos_ not in {"NOUN", "PROPN"} or child.lower_ in VAGUE_NOUNS:
            return None
        of_phrase = next((c for c in child.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of_phrase is not None:
            # the "of" phrase and the complements after it: "of migrants unlawfully crossing the border"
            complements = [c for c in child.rights if c.i >= of_phrase.i and c.dep_ in RIGHT_COMPLEMENTS]
            tokens = [t for c in complements for t in complement_tokens(c, excluded)]
            return tokens_text(trim_phrase(sorted(tokens, key=lambda t: t.i)[:14]))
        tokens = [t for t in child.subtree if t.i not in excluded and t.i != counted.i]
        return tokens_text(trim_phrase(tokens[:14])) or None
    return None


def trim_phrase(tokens: list[Token]) -> list[Token]:
    """Cut a phrase at its first comma (an apposition or a new clause follows) and strip punctuation."""
    cut = next((k for k, t in enumerate(tokens) if t.text == "," and k > 0), len(tokens))
    tokens = tokens[:cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens


LEFT_MODIFIERS = {"compound", "amod", "nmod", "poss", "case", "npadvmod"}
RIGHT_COMPLEMENTS = {"prep", "acl", "relcl"}
DROPPED_WORDS = {"more", "other", "additional", "further"}


def noun_phrase_text(head: Token, excluded: Container[int], max_tokens: int = 14) -> str:
    """The head noun with its modifiers and complements, minus numbers, dates and rates."""
    tokens: list[Token] = []
    for child in head.lefts:
        if child.dep_ in LEFT_MODIFIERS and not (child.dep_ == "poss" and child.tag_ in {"PRP$", "WP$"}):
            tokens.extend(t for t in child.subtree if t.i not in excluded)
    tokens.append(head)
    for child in head.rights:
        if child.dep_ not in RIGHT_COMPLEMENTS:
            if child.dep_ == "punct" and child.text == ",":
                break  # a comma ends the phrase: what follows is apposition or a new clause
            continue
        extra = complement_tokens(child, excluded)
        if child.dep_ == "prep" and len(extra) <= 1:
            continue  # its object was a date or a number: "in December", "of 20,000", "to Castleford's eight"
        if len(tokens) + len(extra) > max_tokens:
            break
        tokens.extend(extra)
    tokens = [t for t in tokens if t.lower_ not in DROPPED_WORDS or t.i == head.i]
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens_text(tokens)


FUNCTION_TAGS = {"IN", "TO", "DT", "CC", "WDT", "WP", "POS", ",", ":", "HYPH"}


def complement_tokens(child: Token, excluded: Container[int]) -> list[Token]:
    """A complement up to the first number, date or rate in it, without dangling function words.

    "non-Mexicans apprehended by the U.S. each month" keeps "apprehended by the U.S.";
    "shots to Castleford's eight" keeps nothing of "to Castleford's eight".
    """
    tokens: list[Token] = []
    for token in child.subtree:
        if token.i in excluded:
            if child.dep_ == "prep":
                return []
            break
        tokens.append(token)
    while tokens and tokens[-1].tag_ in FUNCTION_TAGS:
        tokens.pop()
    return tokens


def tokens_text(tokens: list[Token]) -> str:
    """Text of (possibly non-contiguous) tokens, keeping the original spacing where they touch."""
    parts: list[str] = []
    for position, token in enumerate(tokens):
        parts.append(token.text)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and (following.i != token.i + 1 or token.whitespace_):
            parts.append(" ")
    return "".join(parts).strip()
