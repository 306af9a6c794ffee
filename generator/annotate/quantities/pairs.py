"""Heights and pairs of figures that a sports or court story writes: what a hyphen between numbers means.

* "the 6-foot-8 forward", "she is 5 feet 11 inches tall": one length, feet and inches added up by pint
  (value in inches, unit "in"), not a count of 6 followed by a stray 8;
* "a 5-11 guard": a pair of figures before a singular noun counts no range ("a range of 5 to 11 guard" is
  not English: a range of counts modifies a plural). It is a height when the article speaks of feet or
  inches and the pair fits feet and inches; otherwise it is no quantity at all;
* "lost 53-65", "a 65-53 win": a rising pair next to a game word (won, beat, lost; win, loss, lead) is
  the score of a game, like the falling pairs already read as scores."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.annotate.doc_text import doc_text
from generator.annotate.quantities.lexicon import MAX_SCORE
from generator.annotate.quantities.units import REGISTRY

# "6-foot-8", "6-foot 8", "6-feet-2 inches", "6 feet 8 inches", "6 ft, 2 in"
_FEET_INCHES = re.compile(
    r"(?P<feet>\d)(?:[-–](?:foot|feet|ft)[-–\s](?P<inches>\d{1,2})(?:\s(?:inches|inch|in)\b)?"
    r"|\s(?:foot|feet|ft)\.?,?\s(?P<spaced>\d{1,2})\s(?:inches|inch|in)\b)",
    re.IGNORECASE)
_LENGTH_WORDS = {"foot", "feet", "ft", "inch", "inches"}
# Verbs and nouns of a game result: the pair beside them is the score, whichever side is first.
_GAME_WORDS = {"win", "won", "beat", "lose", "lost", "defeat", "draw", "drew", "lead", "led", "trail",
               "victory", "loss", "rout", "edge", "score", "tie", "tied"}
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
