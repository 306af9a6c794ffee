"""Which word after (or glued to) a figure is a unit, and how the unit is written in the facts.

Three sources, tried in this order:

1. `NEWS_UNITS`: units news writes that pint does not know or knows as something else ("points" is a
   typographic point to pint, "pc" a parsec; "mpg", "shekels", "bps" are not in it);
2. currencies: ISO 4217 codes from pycountry ("USD", "MYR"), written in capitals before or after the
   figure, and the last word of each ISO currency name ("ringgit", "dirham") when only one currency
   has that word (shared words such as "dollar" or "peso" are decided by lexicon.COUNTRY_CURRENCIES);
3. pint's unit registry (with its SI prefixes: "kW", "GHz", "gigabytes", "yards", "horsepower"),
   written as pint's symbol ("km", "kW", "hp"), except time units, written as words ("years").

A word that is also an ordinary English word is no unit after a number ("5 in", "10 at", "3 are"):
stop words and single letters are left out (single letters after a figure are scales: "5m", "3bn")."""

from __future__ import annotations

import functools
import re

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from generator.annotate.quantities.registry import unit_registry
from generator.optional_imports import hidden_modules

with hidden_modules("dask"):  # pint would import dask for quantities of dask arrays, which none is
    import pint

# Units written in news that pint lacks or reads otherwise: word -> unit as written in the facts.
NEWS_UNITS = {
    "point": "points", "points": "points", "pts": "points", "pt": "points",
    "pc": "%", "pct": "%", "percent": "%", "%": "%",
    "mpg": "mpg", "bps": "basis points", "bp": "basis points",
    "barrel": "barrel", "barrels": "barrel", "bbl": "barrel", "bpd": "barrel per day",
    "shekel": "ILS", "shekels": "ILS", "sheqel": "ILS", "sheqels": "ILS",
    "times": "times", "x": "times", "m2": "m²", "km2": "km²", "sq": "sq",
    "degrees": "degrees", "degree": "degrees", "°c": "°C", "°f": "°F",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
    "gallon": "gallon", "gallons": "gallon", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "lb": "lb", "lbs": "lb", "megawatts": "MW", "gigawatts": "GW",
    "kph": "km/h", "kmh": "km/h", "km/h": "km/h",
}
# pint's time units are written as words: a reader knows "years", not "a".
TIME_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days",
              "week": "weeks", "month": "months", "year": "years", "decade": "decades",
              "century": "centuries"}
# Words pint knows that are not units in news text ("are" is 100 m², "at" an atmosphere, "cup"...).
NOT_UNITS = {
    "are", "at", "in", "cup", "cups", "gal", "pi", "bit", "bits", "count", "percent", "turn", "turns",
    "cycle", "cycles", "mil", "rad", "ms", "ton", "min", "am", "pm", "Am", "Pm", "people", "person",
    "dozen", "hundred", "thousand", "million", "billion", "trillion", "pound", "pounds", "light",
    "lights", "stone", "stones", "grain", "grains", "line", "lines", "round", "rounds", "hand", "hands",
    "pica", "tex", "franklin", "poise", "unit", "units",
}
# Units that NOT_UNITS leaves out only because the word alone is everyday English ("a bit"): glued
# to a figure by a hyphen they measure ("a 32-bit chip": a word size of 32 bits).
HYPHENED_UNITS = {"bit": "bit", "bits": "bit"}
ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")
UNIT_WORD = re.compile(r"[A-Za-zµΩ°²³/]+")



REGISTRY: pint.UnitRegistry = unit_registry()
CURRENCY_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies)


# Last words of ISO currency names that are English words, metals or fund jargon, not currencies in news:
# "the 5000 mark", "a sum", "for testing purposes", "silver".
NOT_CURRENCY_WORDS = {"account", "involved", "mark", "purposes", "sum", "silver", "platinum", "palladium",
                      "oro", "fomento", "previsional", "bceao", "beac", "mvdol", "omani", "uruguayo", "sol",
                      "dong", "pula", "lari"}
# pint units accepted in their short written form (symbols up to three letters, glued or not): everyday
# measures only, so that "3GS" is not giga-siemens and "5 Gy" no gray; spelled-out names go to pint as is.
EVERYDAY_UNITS = {
    "meter", "gram", "metric_ton", "liter", "watt", "watt_hour", "byte", "bit", "hertz", "volt", "ampere",
    "joule", "calorie", "pascal", "bar", "newton", "foot", "inch", "yard", "mile", "acre", "hectare",
    "horsepower", "knot", "ounce", "pound", "gallon", "barrel", "degree_Celsius", "degree_Fahrenheit",
    "kelvin", "mile_per_hour", "kilometer_per_hour", "nautical_mile", "bit_per_second", "byte_per_second",
}


def _currency_name_words() -> dict[str, str]:
    """The last word of every ISO currency name that only one currency uses ("ringgit" -> MYR)."""
    codes: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        word = currency.name.split()[-1].lower()
        if word in NOT_CURRENCY_WORDS:
            continue
        codes.setdefault(word, set()).add(currency.alpha_3)
    return {word: next(iter(found)) for word, found in codes.items() if len(found) == 1 and word.isalpha()}


CURRENCY_NAME_WORDS = _currency_name_words()


def currency_code(word: str) -> str | None:
    """An ISO 4217 code written as such ("USD") or a currency name's word ("ringgit", "ringgits")."""
    if ISO_CURRENCY.match(word) and word in CURRENCY_CODES:
        return word
    lower = word.lower()
    return CURRENCY_NAME_WORDS.get(lower) or CURRENCY_NAME_WORDS.get(lower.removesuffix("s"))


def currency_reader_name(code: str) -> str:
    """CLDR's name of the currency `code` ("US dollar" for "USD"): a code alone is no phrase a reader
    understands as what a figure is about (wave 10). babel is imported here only."""
    from babel.numbers import get_currency_name

    return str(get_currency_name(code, count=1, locale="en"))


def modifies_plural_noun(doc: Doc, i: int) -> bool:
    """Whether the currency code at token `i` stands before a plural noun it modifies: "3 USD accounts"
    counts accounts (wave 10), "40 million USD" is a sum."""
    return i + 1 < len(doc) and doc[i + 1].tag_ in {"NNS", "NNPS"} and not doc[i + 1].like_num


@functools.lru_cache(maxsize=4096)
def unit_of(word: str) -> str | None:
    """The unit `word` names after a figure, as written in the facts, or None."""
    lower = word.lower()
    if lower in NEWS_UNITS:
        return NEWS_UNITS[lower]
    if len(word) < 2 or lower in NOT_UNITS or lower in STOP_WORDS or not UNIT_WORD.fullmatch(word):
        return None
    return pint_unit(word)


def pint_unit(word: str) -> str | None:
    """pint's reading of `word`: the one without a prefix when there are several ("ft" is a foot, not a
    femto-tonne), else the only one; symbols are case-sensitive ("MW" is not "mW")."""
    try:
        readings = REGISTRY.parse_unit_name(word, case_sensitive=len(word) <= 3)
    except (pint.errors.PintError, ValueError, KeyError):  # pragma: no cover - pint raises on odd names
        return None
    plain = [reading for reading in readings if not reading[0]]
    if len(plain) == 1:
        readings = tuple(plain)
    if len(readings) != 1:
        return None
    prefix, name, suffix = readings[0]
    if name in NOT_UNITS or suffix:
        return None
    if len(word) <= 3 and name not in EVERYDAY_UNITS and name not in TIME_UNITS:
        return None
    if name in TIME_UNITS:
        return None if prefix else TIME_UNITS[name]
    return str(REGISTRY.get_symbol(prefix + name))
