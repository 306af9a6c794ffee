"""Person names parsed by an earlier build, handed to this one: `names.parse_person` is a pure function
of the name's text, and resolving a story after one added article asks again for nearly every name
the last build parsed (about 1,200 at 100 articles; nameparser takes about 0.13 ms a name).

The pipeline reads the memo from the cache before resolving (`remember`), and writes back the names
this build asked for (`asked_entries`), so the memo holds the current story's names and no others.
Its cache key (`memo_key`) covers what a parse depends on: nameparser's version and the source of
this module, `names.py` and `annotate/given_names.py` (`fold`). A value of the wrong shape is
skipped, never trusted; a name the memo lacks is parsed as before, so the result is the same as
without it.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from generator.story import names
from generator.story.names import PersonName

_SOURCES = (
    Path(__file__),
    Path(names.__file__),
    Path(__file__).resolve().parents[1] / "annotate" / "given_names.py",
)


def memo_sources() -> tuple[Path, ...]:
    """The files whose code decides a parse (hashed into the memo's cache key by the caller)."""
    return _SOURCES


def parser_version() -> str:
    return version("nameparser")


def begin() -> None:
    """Start counting the names this build asks for."""
    names.ASKED.clear()


def remember(entries: object) -> int:
    """Take an earlier build's parses (the JSON `asked_entries` wrote); returns how many were taken."""
    if not isinstance(entries, dict):
        return 0
    taken = 0
    for text, value in entries.items():
        parsed = _person_name(value)
        if isinstance(text, str) and (value is None or parsed is not None):
            names.PARSED.setdefault(text, parsed)
            taken += 1
    return taken


def asked_entries() -> dict[str, list[object] | None]:
    """The parses of the names asked for since `begin`, as JSON values (None: not a person's name)."""
    found: dict[str, list[object] | None] = {}
    for text in sorted(names.ASKED):
        parsed = names.parse_person(text)  # asked, so known (unless the memo was cleared at its limit)
        if parsed is None:
            found[text] = None
            continue
        value: list[object] = [parsed.first, list(parsed.middle), parsed.last]
        if parsed.generation:
            value.append(parsed.generation)  # "jr": only then a fourth item
        found[text] = value
    return found


def _person_name(value: object) -> PersonName | None:
    if not (isinstance(value, list) and len(value) in (3, 4)):
        return None
    first, middle, last, generation = (*value, "")[:4]  # (wave 15) a generation ("jr") came fourth
    if not (isinstance(first, str) and isinstance(last, str) and isinstance(middle, list)
            and isinstance(generation, str) and all(isinstance(part, str) for part in middle)):
        return None
    return PersonName(first=first, middle=tuple(middle), last=last, generation=generation)
