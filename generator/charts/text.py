"""Words for charts: units, currencies, rates and shares; dates and numbers come from `generator.wording`.

Kept apart from the drawing code so titles, alt texts and data tables (which must agree with what
the picture shows) are built from the same formatting rules and can be tested without matplotlib.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import textwrap

from generator.wording import FRACTION_UNIT, format_number, fraction_words, trim_decimals

# Symbols and words that name a currency; any other three-letter upper-case unit is taken as an
# ISO 4217 code. "pound" is deliberately absent: it is also a unit of weight.
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
CURRENCY_WORDS = {"dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "gbp": "GBP", "sterling": "GBP"}
CURRENCY_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
CURRENCY_NAMES = {
    "USD": "US dollars",
    "EUR": "euros",
    "GBP": "pounds sterling",
    "JPY": "yen",
    "INR": "rupees",
}
PERCENT_UNITS = {"%", "percent", "per cent", "percentage", "percentage point", "pct"}

# Rates are free text from the extractor ("per month", "each month", "monthly", "a year").
RATE_PERIODS = {
    "hour": "hour",
    "hourly": "hour",
    "day": "day",
    "daily": "day",
    "week": "week",
    "weekly": "week",
    "month": "month",
    "monthly": "month",
    "quarter": "quarter",
    "quarterly": "quarter",
    "year": "year",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "annum": "year",
}

# Common fractions a reader grasps faster than a percentage, with the tolerance (in points).
SHARE_WORDS = (
    (100 / 2, "half"),
    (100 / 3, "a third"),
    (200 / 3, "two thirds"),
    (25.0, "a quarter"),
    (75.0, "three quarters"),
    (20.0, "a fifth"),
    (10.0, "a tenth"),
    (5.0, "a twentieth"),
)
SHARE_TOLERANCE = 0.4


def shorten(text: str, width: int) -> str:
    """Cut to at most `width` characters at a word boundary, marking the cut with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    return (
        textwrap.shorten(flat, width=width, placeholder="…")
        if " " in flat[:width]
        else flat[: width - 1] + "…"
    )


def format_value(value: float, family: str, qualifier: str | None = None) -> str:
    """A value with its unit as a reader expects it: "$3 billion", "25%", "at least 45,000"."""
    if family == "percent":
        text = f"{trim_decimals(value, 1)}%"
    elif family == FRACTION_UNIT:
        text = fraction_words(value)
    elif family in CURRENCY_PREFIX:
        text = f"{CURRENCY_PREFIX[family]}{format_number(value)}"
    elif is_currency(family):
        text = f"{family} {format_number(value)}"
    else:
        text = format_number(value)
    return f"{qualifier.strip()} {text}" if qualifier and qualifier.strip() else text


def plain_number(value: float) -> str:
    """Machine-readable form for CSV cells: no separators, no trailing ".0"."""
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(float(value))


def is_currency(family: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}", family))


# English adds "es", not "s", after a hissing sound: "catches", "crashes", "losses", "taxes".
_HISSING_PLURAL = re.compile(r"(?:ch|sh|ss|x)es$", re.IGNORECASE)


def singular(word: str) -> str:
    """Naive English singular, enough to put "migrants" and "migrant" in one group."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and _HISSING_PLURAL.search(word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def unit_family(unit: str | None) -> str:
    """What a quantity is measured in: an ISO currency code, "percent", a counted noun, or "count"."""
    if not unit or not unit.strip():
        return "count"
    raw = " ".join(unit.split())
    lowered = raw.lower()
    if lowered in PERCENT_UNITS or singular(lowered) in PERCENT_UNITS:
        return "percent"
    if lowered in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[lowered]
    if singular(lowered) in CURRENCY_WORDS:
        return CURRENCY_WORDS[singular(lowered)]
    if re.fullmatch(r"[A-Z]{3}", raw):
        return raw
    return " ".join(singular(word) for word in lowered.split())


# Words that end the head of a noun phrase: "migrants | at the border", "people | who live there",
# "jobs | created". What a count counts is the word before the first of them.
PHRASE_BOUNDARY = {
    "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "without", "over", "under", "across",
    "who", "which", "that", "whose", "where", "when", "than", "as", "per", "each", "every", "a", "an", "the",
}  # fmt: skip
DETERMINERS = {"a", "an", "the", "some", "about", "around", "nearly", "almost"}
HEAD_NOUN_WINDOW = 3


def counted_noun(about: str | None) -> str | None:
    """What a bare count counts, from its description: "undocumented migrants at the border" -> "migrant".

    A heuristic without a parser: the last word before the first preposition, relative pronoun or
    participle, within the first few words. Keeps the writer's case ("Hispanics" -> "Hispanic").
    """
    written = counted_word(about)
    return singular(written) if written else None


def counted_word(about: str | None) -> str | None:
    """The word a count's description counts, as the writer wrote it ("people", "migrants")."""
    if not about:
        return None
    words = re.findall(r"[^\W\d_][\w'-]*", about)
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    head: list[str] = []
    for word in words[:HEAD_NOUN_WINDOW]:
        lowered = word.lower()
        if lowered in PHRASE_BOUNDARY or (head and lowered.endswith(("ing", "ed"))):
            break
        head.append(word)
    return head[-1] if head else None


def family_label(family: str, plural: str | None = None) -> str:
    """How a subtitle names the unit: "US dollars", "percent", "number of people" (with `plural`, the
    counted word as the articles write it for more than one: "people", not "peoples")."""
    if family in CURRENCY_NAMES:
        return CURRENCY_NAMES[family]
    if is_currency(family):
        return family
    if family == "count":
        return "number"
    if family == "percent":
        return "percent"
    if plural and singular(plural).casefold() == family.casefold():
        return f"number of {plural}"
    return f"number of {plural_of(family)}"


_HISSING_END = re.compile(r"(?:ch|sh|ss|x)$", re.IGNORECASE)


def plural_of(word: str) -> str:
    """Naive English plural of a singular counted word: "catch" -> "catches", "ferry" -> "ferries"; a
    word ending in another "s" ("news", "series") is taken as already plural."""
    if _HISSING_END.search(word):
        return word + "es"
    if word.endswith("s"):
        return word
    if len(word) > 2 and word.endswith("y") and word[-2].lower() not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def normalise_rate(rate: str | None) -> str | None:
    """ "per month", "each month", "monthly" -> "month"; unknown rates are kept as written."""
    if not rate or not rate.strip():
        return None
    words = re.findall(r"[a-z]+", rate.lower())
    for word in words:
        if word in RATE_PERIODS:
            return RATE_PERIODS[word]
        if singular(word) in RATE_PERIODS:
            return RATE_PERIODS[singular(word)]
    return " ".join(words) or None


def rate_phrase(rate: str | None) -> str:
    return f"a {rate}" if rate in RATE_PERIODS.values() else (rate or "")


def share_words(percent: float) -> str:
    for exact, words in SHARE_WORDS:
        if abs(percent - exact) <= SHARE_TOLERANCE:
            return words
    return f"{trim_decimals(percent, 1)}%"


def ratio_words(larger: float, smaller: float) -> str:
    """How many times larger, in words a headline uses: "twice", "10 times", "1.5 times"."""
    ratio = larger / smaller
    if math.isclose(ratio, 2, rel_tol=0.03):
        return "twice"
    if ratio >= 10:
        return f"{format_number(round(ratio))} times"
    return f"{trim_decimals(ratio, 1)} times"


def describe_duration(start: dt.date, end: dt.date) -> str:
    """The length of a span in the largest whole unit a headline would use."""
    days = (end - start).days + 1
    months = (end.year - start.year) * 12 + end.month - start.month
    if months >= 24:
        return f"{months // 12} years"
    if months >= 2:
        return f"{months + 1} months"
    if days >= 14:
        return f"{days // 7} weeks"
    return "1 day" if days == 1 else f"{days} days"


def join_words(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
