"""Given names and common surnames as lexicons: the `nicknames` list's names and the 1990 US census
lists shipped in the `names` package, folded to lower-case ASCII. Both stages read them: the annotate
stage (is a name a person's, for an age) and the story stage (name parsing and types in
`story/names.py`, `story/entity_types.py`)."""

from __future__ import annotations

import functools
import importlib.resources
import unicodedata

from nicknames import name_triplets

# Short forms of given names that the `nicknames` list (carltonnorthern/nicknames, a US genealogy list)
# lacks, each with the full names it stands for. Source: the English Wikipedia's pages on the short
# names ("Mo (given name)": Maurice, Morris, Mohammed, Maureen, Moses).
NICKNAME_SUPPLEMENT: dict[str, frozenset[str]] = {
    "mo": frozenset({"maurice", "morris", "mohammed", "mohammad", "muhammad", "maureen", "moses"}),
}


@functools.lru_cache(maxsize=1 << 16)  # the same names are folded tens of thousands of times a merge
def fold(text: str) -> str:
    """Lower case ASCII without accents: "Núñez" -> "nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Given names of the US Census Bureau's 1990 name survey (the male and female first-name lists
# shipped in the `names` package, MIT licence) given to at least this share of people, in percent:
# the rarer ones are mostly words too ("Delta", "Diamond", "Macy").
CENSUS_MIN_SHARE = 0.01


@functools.lru_cache(maxsize=1)
def census_given_name_shares() -> dict[tuple[str, str], float]:
    """(sex, folded given name) -> the share of people of that sex given it, in percent; read from the
    package's data files (lines "JAMES 3.318 3.318 1": name, share, cumulative share, rank)."""
    folder = importlib.resources.files("names")
    shares: dict[tuple[str, str], float] = {}
    for sex, file_name in (("male", "dist.male.first"), ("female", "dist.female.first")):
        for line in folder.joinpath(file_name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares[(sex, fields[0].casefold())] = float(fields[1])
    return shares


@functools.lru_cache(maxsize=1)
def census_given_names() -> frozenset[str]:
    """The common first names of the 1990 US census (folded), of either sex."""
    shares = census_given_name_shares()
    return frozenset(name for (_, name), share in shares.items() if share >= CENSUS_MIN_SHARE)


@functools.lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """The common surnames of the same census (`dist.all.last`, share at least `CENSUS_MIN_SHARE`;
    about 1,300 names: "evans", "roberts"; not "eagles" or "saints"). The file is sorted by share, so
    reading stops at the first rarer name."""
    found = set()
    for line in importlib.resources.files("names").joinpath("dist.all.last").read_text(
            encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) < 2 or float(fields[1]) < CENSUS_MIN_SHARE:
            break
        found.add(fields[0].casefold())
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Every first name and nickname of the `nicknames` list, and the supplement's short forms (folded)."""
    listed = {fold(name) for triplet in name_triplets() for name in (triplet.name1, triplet.name2)}
    return frozenset(listed | set(NICKNAME_SUPPLEMENT))
