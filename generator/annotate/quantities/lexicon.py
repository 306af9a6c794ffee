"""The words and patterns of quantities: number words and scales, currencies, units, percent,
qualifiers (about, more than), periods of rates, and the entity labels that are never quantities."""

from __future__ import annotations

import re

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
# Fractions, kept fractions of a counted group: "two-thirds of the farmland" -> 0.6667, unit "fraction".
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}
# A share of these is a stretch of time, not of a counted group: "half of the year", "a quarter of an hour".
TIME_NOUNS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "season",
              "term", "period", "time", "night", "morning", "afternoon", "evening", "game", "match", "half",
              "quarter", "inning", "innings", "session", "trading"}
# "a third", "one fifth" (not "a quarter" or "a half": quarters are periods, "half a million" a number).
ARTICLE_FRACTIONS = {"third", "fifth", "tenth"}
# Words that only make a number together with a following scale word: "half a million", "a dozen".
SCALE_LEADERS = {"a": 1.0, "an": 1.0, "half": 0.5, "quarter": 0.25}

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD",
    "ca$": "CAD", "a$": "AUD", "au$": "AUD", "₹": "INR", "mx$": "MXN", "r$": "BRL", "chf": "CHF",
    "gbp": "GBP", "eur": "EUR", "jpy": "JPY", "₱": "PHP", "₩": "KRW", "₦": "NGN",
    "$us": "USD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "rm": "MYR", "rs": "INR", "rs.": "INR",
    "₪": "ILS", "₺": "TRY", "₽": "RUB", "zł": "PLN",
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
# Units of measure come from pint's registry and the news table in units.py.
# A distance unit followed by "per hour" / "an hour" / "/h" is a speed.
SPEED_UNITS = {"km": "km/h", "mi": "mph", "m": "m/s"}
SPEED_PERIODS = {"km": "hour", "mi": "hour", "m": "second"}
PERCENT_WORDS = ("%", "percent", "pct")
PERCENT_SUFFIXES = {"pc", "pct"}  # glued: "24pc"
# Scale abbreviations that are scales even when written apart from the figure ("US$ 7.2 bn").
SPACED_SCALES = {"bn", "mn", "mln", "bln", "trn", "tn"}
# One token holding a figure with its sign, currency or unit: "RM23.50", "US55,931,000", "10kW", "−5".
GLUED_FIGURE = re.compile(
    r"^(?P<prefix>[A-Z]{1,3}\$|[A-Z]{2,3}|Rs\.?|[$£€¥₹₪₩₦₱₺₽])?(?P<sign>[-+\u2212])?"
    r"(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<suffix>[A-Za-z%°²µ/]+)?$")

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

# Nouns before a figure that names rather than counts: "version 10.4", "Chapter 11", "number one".
NAME_NOUNS = {
    "version", "number", "model", "flight", "route", "title", "section", "chapter", "article", "page",
    "room", "gate", "channel", "episode", "season", "series", "highway", "interstate", "platform", "bus",
    "line", "level", "phase", "stage", "category", "grade", "class", "type", "no", "no.", "nos", "#",
}

# spaCy entity labels under which a number is part of a name, never a quantity (not PERSON: the small
# model stretches people's names over their ages).
NON_QUANTITY_LABELS = {
    "ORDINAL", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "ORG",
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


# Words naming a member of a group: a number hyphened to one counts the group's members ("a two-man
# crew", "a 12-member jury", "a 2,000-strong crowd", "a 125-seat assembly"), where a number hyphened to
# any other word that is no unit names a kind ("a four-door car"). People, by the plain nouns English
# uses for them, and the seats and member states of a body.
MEMBER_WORDS = frozenset({
    "man", "woman", "person", "member", "strong", "people", "men", "women", "child", "adult", "player",
    "juror", "judge", "student", "officer", "soldier", "worker", "passenger", "seat", "nation", "country",
    "state", "game", "match", "fight", "bout", "race", "win", "loss", "story", "storey", "floor",
})
# Member words that are no people: what they count is named by the word ("seats in the majority",
# "games in the streak" of "a 10-game streak", "stories in the building" of "a three-story building").
COUNTED_AS_THEMSELVES = {
    "seat": "seats", "nation": "nations", "country": "countries", "state": "states", "game": "games",
    "match": "matches", "fight": "fights", "bout": "bouts", "race": "races", "win": "wins",
    "loss": "losses", "story": "stories", "storey": "storeys", "floor": "floors",
}

# Common nouns for a person that news follows with an age between commas ("The suspect, 41, was held"):
# kin, roles in a crime or an accident, and everyday occupations (wave 10). An organisation's or a
# thing's noun never takes an age this way.
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "child", "teenager", "teen", "youth", "baby", "toddler", "infant",
    "suspect", "victim", "defendant", "accused", "gunman", "shooter", "attacker", "assailant", "killer",
    "robber", "thief", "burglar", "inmate", "prisoner", "fugitive", "witness", "survivor", "hostage",
    "driver", "passenger", "pilot", "motorist", "cyclist", "pedestrian", "rider", "hiker", "climber",
    "tourist", "resident", "neighbor", "neighbour", "owner", "tenant", "landlord", "customer", "patient",
    "mother", "father", "mom", "dad", "son", "daughter", "wife", "husband", "brother", "sister",
    "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece",
    "cousin", "boyfriend", "girlfriend", "fiance", "fiancee", "partner", "widow", "widower", "friend",
    "colleague", "coworker", "co-worker", "roommate", "classmate", "student", "pupil", "teacher",
    "worker", "employee", "officer", "soldier", "firefighter", "nurse", "doctor", "lawyer", "journalist",
    "reporter", "photographer", "actor", "actress", "singer", "musician", "player", "coach", "veteran",
    "pensioner", "retiree", "mechanic", "farmer", "guard", "priest", "pastor", "founder",
})
