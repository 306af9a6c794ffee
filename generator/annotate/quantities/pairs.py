"""Heights and pairs of figures that a sports or court story writes: what a hyphen between numbers means.

* "the 6-foot-8 forward", "she is 5 feet 11 inches tall": one length, feet and inches added up by pint
  (value in inches, unit "in"), not a count of 6 followed by a stray 8;
* "a 5-11 guard": a pair of figures before a singular noun counts no range ("a range of 5 to 11 guard" is
  not English: a range of counts modifies a plural). It is a height when the article speaks of feet or
  inches and the pair fits feet and inches; otherwise it is no quantity at all;
* "weighing 160 pounds", "she weighs 130 pounds": a mass in pounds (lb), not British pounds (wave 10);
  "a 180-pound man", "a 500-pound bomb": pounds hyphened to a figure before a noun are what the thing
  weighs, unless the noun is a sum of money ("a 200-pound fine": GBP) (wave 11);
* "lost 53-65", "a 65-53 win": a rising pair next to a game word (won, beat, lost; win, loss, lead) is
  the score of a game, like the falling pairs already read as scores."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.annotate.doc_text import doc_text
from generator.annotate.quantities.lexicon import MAX_SCORE
from generator.annotate.quantities.units import REGISTRY

# "6-foot-8", "6-foot 8", "6-feet-2 inches", "6 feet 8 inches", "6 ft, 2 in"; glued to their units
# (wave 10): "6ft 2in", "5ft 11ins", "6 ft 2in"
_FEET_INCHES = re.compile(
    r"(?P<feet>\d)(?:[-–](?:foot|feet|ft)[-–\s](?P<inches>\d{1,2})(?:\s(?:inches|inch|in)\b)?"
    r"|\s?(?:foot|feet|ft)\.?,?\s(?P<spaced>\d{1,2})\s?(?:inches|inch|ins|in)\b)",
    re.IGNORECASE)
_LENGTH_WORDS = {"foot", "feet", "ft", "inch", "inches"}
# Verbs and nouns of a game result: the pair beside them is the score, whichever side is first.
_GAME_WORDS = {"win", "won", "beat", "lose", "lost", "defeat", "draw", "drew", "lead", "led", "trail",
               "victory", "loss", "rout", "edge", "score", "tie", "tied"}
# Words of weighing: "pounds" after a figure they govern is a mass, not a sum of money (wave 10).
_WEIGHT_WORDS = {"weigh", "weighs", "weighed", "weighing", "weight", "weights", "weighted", "overweight"}
# How many words before the figure a weight word may stand ("weighing about 160", "a weight of 160").
_WEIGHT_REACH = 4
# Nouns that are a sum of money: "a 200-pound fine", "a 5,000-pound prize" are sterling, not a weight.
_MONEY_NOUNS = {
    "fine", "fee", "note", "bill", "payment", "charge", "penalty", "bonus", "salary", "wage", "loan", "debt",
    "deal", "price", "bet", "prize", "reward", "award", "contract", "ticket", "tax", "levy", "grant",
    "cheque", "check", "rise", "raise", "cut", "increase", "budget", "donation", "investment", "bid", "offer",
    "settlement", "compensation", "payout", "sum", "voucher", "deposit", "overdraft", "fund", "stake",
    "takeover", "bailout", "transfer", "fortune", "bribe", "ransom", "pension", "refund", "subsidy",
    "scheme", "package", "profit", "loss", "windfall", "mortgage", "rent", "tip", "spend",
}
_INCH = REGISTRY.inch
_FOOT = REGISTRY.foot


def height_at(doc: Doc, i: int) -> tuple[int, float] | None:
    """A length in feet and inches written from token `i`: the end token and the length in inches."""
    if not doc[i].text.isdigit():
        return None
    match = _FEET_INCHES.match(doc_text(doc), doc[i].idx)
    if match is None:
        return None
    inches = int(match["inches"] or match["spaced"])
    span = doc.char_span(match.start(), match.end())  # None when the match ends inside a word
    if span is None or inches >= 12:
        return None
    return span.end, in_inches(int(match["feet"]), inches)


def speaks_of_weighing(doc: Doc, figure: int) -> bool:
    """Whether the figure at token `figure` is what something weighs: a word of weighing at most four
    words before it in the same clause ("weighing about 160 pounds", "a weight of 90 pounds") or the verb
    its unit hangs on ("she weighs 130 pounds"). A bare "200 pounds" stays a sum of money or nothing."""
    for k in range(figure - 1, max(figure - 1 - _WEIGHT_REACH, -1), -1):
        token = doc[k]
        if token.is_punct and token.text not in {"-", "–"}:
            break
        if token.lower_ in _WEIGHT_WORDS or token.lemma_.lower() == "weigh":
            return True
    return any(t.lemma_.lower() == "weigh" for t in doc[figure].ancestors)


def hyphened_pound_unit(doc: Doc, unit_token: int) -> str | None:
    """ "a 180-pound man", "a 500-pound bomb": "pound" hyphened to a figure before a noun is what the
    noun weighs (lb); before a sum of money ("a 200-pound fine", "a 5,000-pound prize") it is sterling.
    None when `unit_token` is no "pound" or stands before no noun."""
    token = doc[unit_token]
    if token.lower_ not in {"pound", "pounds"} or unit_token + 1 >= len(doc):
        return None
    noun = token.head if token.head.i > unit_token else doc[unit_token + 1]
    if noun.pos_ not in {"NOUN", "PROPN", "ADJ"} or not noun.is_alpha:
        return None
    return "GBP" if noun.lemma_.lower() in _MONEY_NOUNS or noun.lower_ in _MONEY_NOUNS else "lb"


def in_inches(feet: float, inches: float) -> float:
    return float((feet * _FOOT + inches * _INCH).to(_INCH).magnitude)


def pair_before_singular_noun(doc: Doc, start: int, end: int) -> bool:
    """ "a 5-11 guard", "the 6-8 forward": the pair stands right before a singular common noun. The
    small model often tags a player's position as an adverb ("forward"), so a lower-case content word
    that is no plural also counts when the pair hangs on it or follows "a"/"an"."""
    if end >= len(doc):
        return False
    following = doc[end]
    if following.tag_ == "NN":
        return True
    if not (following.is_alpha and following.text.islower()) or following.is_stop \
            or following.tag_ in {"NNS", "NNPS"}:
        return False
    return doc[start].head.i == following.i or (start > 0 and doc[start - 1].lower_ in {"a", "an"})


def speaks_of_lengths(doc: Doc) -> bool:
    """The article writes feet or inches somewhere: the cue that a bare "6-8" is a height."""
    return any(token.lower_ in _LENGTH_WORDS for token in doc)


def pair_height(low: float, high: float) -> float | None:
    """ "5-11" as feet and inches (a person's height: 4 to 7 feet, 0 to 11 inches), or None."""
    if low != int(low) or high != int(high) or not 4 <= low <= 7 or not 0 <= high <= 11:
        return None
    return in_inches(low, high)


def is_game_result(doc: Doc, start: int, end: int, low: float, high: float) -> bool:
    """ "lost 53-65", "a 53-65 loss", "beat them 2-4": whole numbers beside (or hanging on) a game word
    are a score."""
    if low != int(low) or high != int(high) or max(low, high) > MAX_SCORE:
        return False
    if end < len(doc) and doc[end].tag_ == "NNS":
        return False  # "to win 2-3 seats": a range of what follows
    # the words on either side and the word the pair hangs on ("beat Kellford 2-4")
    beside = [doc[k] for k in (start - 1, end) if 0 <= k < len(doc)] + [doc[start].head]
    return any(token.lower_ in _GAME_WORDS or token.lemma_.lower() in _GAME_WORDS for token in beside)
