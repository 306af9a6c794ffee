"""Race and record times: "finished in 2:56", "a time of 2:56:32", "ran 3:07:35" measure how long
something took (a TimeML DURATION), not the hour of the day.

A clock time needs a clock's context (a.m./p.m., "at", a part of the day, a zone: the clock rule);
a time after a word of racing ("finished in", "ran", "clocked", "a time of", "a record of") is a
span, and so is any hours:minutes:seconds figure without a clock's context (news gives the hour of
an event to the minute, a race to the second). Two fields are hours and minutes ("finished the
marathon in 2:56" is PT2H56M) unless the figure has a fraction of a second ("3:56.4"), the first
field is 10 or more, or the sentence names a short race (a mile, metres, laps), where they are
minutes and seconds.

A game clock's figure is a span too (wave 13): "with 3:17 to play", "11:42 left in the second
quarter", "used 5:21 of the clock" count the minutes and seconds left or used in a period of play,
not the hour of the day; the words after the figure say so (a clock time is followed by a day, a zone
or a meridiem, never by "to play" or "left")."""

from __future__ import annotations

import re

from generator.annotate.timex.lexicon import TIMEZONE
from generator.annotate.timex.normalise import Normalised, _Context

_MERIDIEM_AFTER = rf"(?!\s*(?i:a\.?m\b|p\.?m\b|{TIMEZONE}\b|local\b))"
_FIGURE = r"(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?P<frac>\.\d{1,3})?"
_CUE = r"finish(?:ed|es|ing)?|won|wins|complet(?:ed|es|ing)|ran|runs?|clock(?:ed|ing)?|timed|swam|rode"
RACE_TIME = (
    rf"\b(?i:(?:{_CUE})(?:\s+(?:the|a|an|his|her|their|its)(?:\s+[\w-]+){{1,2}})?\s+(?:(?:in|at)\s+)?"
    rf"(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:time|record)\s+of\s+)?"
    rf"|(?:time|record|best|PB|PR)\s+of\s+)"
    rf"(?P<core>(?<![\d:.]){_FIGURE})(?![\d:]|\.\d){_MERIDIEM_AFTER}"
)
# Hours, minutes and seconds with no clock context: a span wherever it stands.
THREE_FIELD_TIME = (
    rf"(?<![\d:.])(?<!\bat\s)(?P<h>\d{{1,2}}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?P<frac>\.\d{{1,3}})?"
    rf"(?![\d:]|\.\d){_MERIDIEM_AFTER}"
)
# A game clock: minutes and seconds right before the words that say time is left or used up.
GAME_CLOCK = (
    r"(?<![\d:.])(?<!\bat\s)(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?![\d:]|\.\d)"
    r"(?=\s+(?i:to\s+(?:play|go)|left|remaining|to\s+spare|(?:of|on)\s+(?:the\s+)?(?:game\s+)?clock)\b)"
)
_SHORT_RACE = re.compile(r"\b(?:miles?|metres?|meters?|\d+\s?m|laps?|furlongs?|yards?|sprint|freestyle"
                         r"|butterfly|backstroke|breaststroke|medley|relay)\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[.!?]\s|\n")


def norm_race_time(m: re.Match[str], ctx: _Context) -> Normalised | None:
    hours, minutes, seconds, fraction = m.group("h"), m.group("m"), m.group("s"), m.group("frac") or ""
    if seconds is not None:
        return Normalised("DURATION", _duration(int(hours), int(minutes), seconds + fraction))
    if fraction or int(hours) >= 10 or _SHORT_RACE.search(_sentence_around(ctx.text, m.start(), m.end())):
        return Normalised("DURATION", _duration(0, int(hours), minutes + fraction))
    return Normalised("DURATION", _duration(int(hours), int(minutes), "0"))


def norm_game_clock(m: re.Match[str], ctx: _Context) -> Normalised | None:
    """"3:17 to play" -> PT3M17S: a game clock reads minutes and seconds."""
    return Normalised("DURATION", _duration(0, int(m.group("m")), m.group("s")))


def _duration(hours: int, minutes: int, seconds: str) -> str:
    parts = [f"{hours}H" if hours else "", f"{minutes}M" if minutes else "",
             f"{float(seconds):g}S" if float(seconds) else ""]
    return "PT" + ("".join(parts) or "0S")


def _sentence_around(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 160):start]
    edges = list(_CLAUSE_EDGE.finditer(before))
    after = text[end:end + 100]
    stop = _CLAUSE_EDGE.search(after)
    return before[edges[-1].end() if edges else 0:] + after[:stop.start() if stop else len(after)]


# The rules of this module, in the order the grammar tries them (a race's time, a three-field time,
# a game clock).
CLOCK_FIGURE_RULES = (("race-time", RACE_TIME, norm_race_time),
                      ("three-field-time", THREE_FIELD_TIME, norm_race_time),
                      ("game-clock", GAME_CLOCK, norm_game_clock))
