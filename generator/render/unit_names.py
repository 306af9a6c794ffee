"""A unit as a reader says it ("ft" -> "feet", "km/h" -> "kilometers per hour"), for a heading.

The facts write a measure's unit as pint's symbol ("ft", "kW"). A heading over numbers that count no
named thing would otherwise show that symbol ("Ft"), which is no word. The long name comes from pint's
unit registry (the symbol's unit: "foot"), the plural a reader says from the CLDR unit names that babel
ships ("feet", "miles per hour"); a unit CLDR lacks keeps pint's long name ("metric ton"). An ISO 4217
currency code is named by CLDR's currency names ("USD" -> "US dollars"): a code alone is no word a
reader says (wave 10). One that neither knows ("score") stays as written.

pint and babel are imported on first use only: this module sits on the render path, which a warm
rebuild runs without the extraction libraries, and most sites never need it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# pint's operators in a compound unit's name, as CLDR writes them in its unit ids.
_CLDR_JOINS = ((" / ", "-per-"), (" * ", "-"), ("_", "-"))
# A squared or cubed unit ("meter ** 2"): CLDR and a reader put the power first ("square meters").
_POWERS = {" ** 2": "square", " ** 3": "cubic"}
# An ISO 4217 code as the facts write a currency ("USD", "MYR").
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def unit_reader_name(unit: str) -> str:
    """The plural words a reader says for `unit`, or `unit` itself when pint does not know it."""
    return _reader_name(unit)


@functools.lru_cache(maxsize=256)
def _reader_name(unit: str) -> str:
    long_name = _pint_long_name(unit)
    if long_name is None:
        return _currency_name(unit) or unit
    for power, word in _POWERS.items():
        if long_name.endswith(power) and " " not in long_name.removesuffix(power):
            long_name = f"{word}_{long_name.removesuffix(power)}"
    fallback = long_name.replace("_", " ").replace(" / ", " per ")
    return _cldr_plural(long_name) or (unit if "*" in fallback else fallback)


def _pint_long_name(unit: str) -> str | None:
    """pint's name of the unit written `unit` ("foot" for "ft", "kilometer / hour" for "km/h")."""
    import pint

    try:
        return str(_registry().parse_units(unit))
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, KeyError, AssertionError):
        return None


def _currency_name(code: str) -> str | None:
    """CLDR's plural name of the currency whose ISO 4217 code is `code` ("US dollars"), or None."""
    if not _CURRENCY_CODE.fullmatch(code):
        return None
    from babel.numbers import get_currency_name

    name = get_currency_name(code, count=2, locale="en")
    return None if name == code else name


def _cldr_plural(long_name: str) -> str | None:
    """CLDR's long English display name of the unit ("feet"), or None when CLDR has no such unit."""
    from babel.core import UnknownLocaleError
    from babel.units import UnknownUnitError, get_unit_name

    cldr_id = long_name
    for pint_join, cldr_join in _CLDR_JOINS:
        cldr_id = cldr_id.replace(pint_join, cldr_join)
    try:
        return get_unit_name(cldr_id, length="long", locale="en")
    except (UnknownUnitError, UnknownLocaleError):
        return None


@functools.lru_cache(maxsize=1)
def _registry() -> Any:
    """pint's registry, made as the unit finder makes it (from pint's disk cache when it can be)."""
    from generator.annotate.quantities.registry import unit_registry

    return unit_registry()
