"""Comparing two figures: whether they measure the same thing and whether their values disagree.

Like for like: the same unit and rate, the same counted words with the same outcome ("killed" and
"dead" are one), the same date or period and the same place. Two such figures disagree when their values
are of the same order and neither is the other rounded or allowed by its qualifier ("over 4,000")."""

from __future__ import annotations

from generator.charts.text import counted_word, singular, unit_family
from generator.models import Quantity, Story
from generator.story.grouping import content_words, overlap

CONFLICT_CONTEXT_OVERLAP = 0.3  # ... of two sentences counting the same thing differently
APPROXIMATE_TOLERANCE = 0.1  # "about 300" is compatible with values within 10%
MAX_CONFLICT_RATIO = 10  # values further apart than this measure different things (two quakes' tolls)
QUALIFIER_BOUNDS = {
    "more than": ">", "over": ">", "above": ">", "greater than": ">", "in excess of": ">",
    "exceeding": ">", "upwards of": ">", "just over": ">", "well over": ">",
    "at least": ">=", "no fewer than": ">=", "as many as": "<=", "as much as": "<=",
    "up to": "<=", "at most": "<=", "no more than": "<=", "not more than": "<=",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "just under": "<",
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "nearly": "~", "almost": "~",
    "close to": "~", "some": "~", "an estimated": "~", "estimated": "~",
}


def dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def beyond_ratio(low: float, high: float) -> bool:
    """Whether `high` (sorted after `low`) is too far above it to count the same thing."""
    return low > 0 and high > MAX_CONFLICT_RATIO * low


def measure_the_same_thing(a: Quantity, b: Quantity, places: frozenset[str] = frozenset()) -> bool:
    """Like for like: the same unit and rate, the same counted thing with the same qualifier ("people
    dead" is not "people injured"; "killed" and "dead" are one), the same date or period (an unstated
    one may be any), and the same place when both sentences name one. Two such figures with other
    values are a revision or a disagreement; two figures failing this are two different things."""
    if a.unit != b.unit or a.rate != b.rate:
        return False
    if measured_words(a.about) != measured_words(b.about) or not dates_agree(a.date, b.date):
        return False
    return same_place(a, b, places)


def single_value(quantity: Quantity) -> bool:
    """One value, as the merge compares figures: no range ("10 to 12") and no score ("47-44"), which
    change within one event (a game's score, a run) and are not a count told twice."""
    return quantity.value_to is None and quantity.unit != "score"


def same_occasion(a: Quantity, b: Quantity) -> bool:
    """Evidence that two figures of the same words count the same instance of it, as the merge asks
    before calling them contradictory: one stated date (a calendar one: a bare time of day says not
    which day), or sentences that say the same of it, numbers aside ("Jo Roe scored 14 points" and "Jo
    Roe had 12 points"). "Seven rebounds" said of one player and "11 rebounds" of another, or "two
    seasons" and "three seasons" of different spans, share the counted word and little else."""
    if a.date is not None and a.date == b.date and not a.date.startswith("X"):
        return True
    return any(overlap(x.sentence, y.sentence, ignore_numbers=True) >= CONFLICT_CONTEXT_OVERLAP
               for x in a.sources for y in b.sources)


def same_place(a: Quantity, b: Quantity, places: frozenset[str]) -> bool:
    """The same place, or no place named in one of the two figures' sentences."""
    places_a, places_b = places.intersection(a.entities), places.intersection(b.entities)
    return not (places_a and places_b and not places_a & places_b)


def disagree(a: Quantity, b: Quantity, places: frozenset[str]) -> bool:
    """Two figures of the same thing that differ beyond rounding: values of the same order (a toll of 5
    and one of 230,000 are two events) of which neither is the other rounded ("1.5 million" and
    "1,523,000" agree)."""
    if not measure_the_same_thing(a, b, places):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or high / low > MAX_CONFLICT_RATIO:
        return False
    return not (rounded_to(a.value, b.value) or rounded_to(b.value, a.value))


# What happened to the people counted, one word per outcome: "killed" and "dead" are one count.
SAME_OUTCOME = {"killed": "dead", "died": "dead", "deaths": "dead", "death": "dead", "fatalities": "dead",
                "wounded": "injured", "hurt": "injured", "injuries": "injured", "injury": "injured"}


def measured_words(about: str | None) -> frozenset[str]:
    """The content words of what is counted, roughly singular, outcomes folded: "people killed" ->
    {people, dead}."""
    words = content_words(about or "")
    return frozenset(SAME_OUTCOME.get(w, w[:-1] if w.endswith("s") and len(w) > 3 else w) for w in words)


def rounded_to(round_value: float, precise: float) -> bool:
    """Whether `round_value` is `precise` rounded to the round value's last non-zero digit."""
    step = rounding_step(round_value)
    return step > 0 and abs(precise - round_value) <= step / 2


def rounding_step(value: float) -> float:
    """The step a round figure may have been rounded to (100 for "300", 1,000 for "4,000"); none for
    a figure under 100 or one with other digits ("4,120")."""
    if value != int(value) or abs(value) < 100:
        return 0.0
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return float(step) if step > 1 else 0.0


def compatible(value: float, qualifier: str | None, other: float) -> bool:
    """Whether `other` fits the range that `qualifier value` allows."""
    bound = QUALIFIER_BOUNDS.get(qualifier or "")
    if bound in {">", ">="}:
        return other >= value
    if bound in {"<", "<="}:
        return other <= value
    if bound == "~":
        return abs(other - value) <= APPROXIMATE_TOLERANCE * abs(value)
    return False


# "nearly 100" and "almost 100" say the count fell short of 100: close below it, never above it.
SHORT_OF = frozenset({"nearly", "almost", "not quite"})


def allowed_range(value: float, qualifier: str | None) -> tuple[float, float, bool, bool]:
    """The values "qualifier value" allows: (low, high, low end open, high end open). A bare figure
    may be rounded, so it allows what "about" allows; "nearly 100" is below 100 and close to it."""
    qualifier = (qualifier or "").lower()
    bound = QUALIFIER_BOUNDS.get(qualifier, "~")
    near = APPROXIMATE_TOLERANCE * abs(value)
    if qualifier in SHORT_OF:
        return value - near, value, False, True
    if bound in {">", ">="}:
        return value, float("inf"), bound == ">", False
    if bound in {"<", "<="}:
        return float("-inf"), value, False, bound == "<"
    return value - near, value + near, False, False


def ranges_exclude(a: tuple[float, str | None], b: tuple[float, str | None]) -> bool:
    """Whether no value fits both figures, each a (value, qualifier): "nearly 100" and "more than
    100" (below and above 100), "up to 50" and "at least 60"; not "about 100" and "more than 100"."""
    low_a, high_a, open_low_a, open_high_a = allowed_range(*a)
    low_b, high_b, open_low_b, open_high_b = allowed_range(*b)
    return (_ends_before(high_a, open_high_a, low_b, open_low_b)
            or _ends_before(high_b, open_high_b, low_a, open_low_a))


def _ends_before(high: float, high_open: bool, low: float, low_open: bool) -> bool:
    """Whether a range ending at `high` ends before one starting at `low` begins."""
    return high < low or (high == low and (high_open or low_open))


def person_name_words(story: Story) -> frozenset[str]:
    """The words of the story's people's names and aliases, case folded."""
    return frozenset(word.casefold() for entity in story.entities if entity.type == "person"
                     for name in (entity.name, *entity.aliases) for word in name.split())


def counts_a_name(quantity: Quantity, names: frozenset[str]) -> bool:
    """Whether a bare count's counted word is a person's name: nobody counts "Thompsons"."""
    word = counted_word(quantity.about) if unit_family(quantity.unit) == "count" else None
    return word is not None and word[:1].isupper() and singular(word).casefold() in names
