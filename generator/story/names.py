"""Name variants across articles: when two written names can be one person or one organisation.

People: names are parsed with `nameparser` (titles such as "Mayor" or "Dr." and suffixes such as "Jr."
are set apart), folded to ASCII without case, and compared part by part:

* surnames must be equal, or, for a rare name written two ways ("Kowalczyk"/"Kowalczik"), close by edit
  distance (`rapidfuzz`) when the first names are equal: a spelling variant is only believed when the
  rest of the name agrees;
* first names must be equal, a nickname of each other (the hand-curated `nicknames` list: Bill/William,
  Liz/Elizabeth, with a few short forms it lacks in `NICKNAME_SUPPLEMENT`), an initial of each other
  ("J." / "John"), a clipped form of four letters or more ("Alex"/"Alexandros", "Nico"/"Nicolette":
  English shortens given names by clipping their end), or a spelling variant ("Antony"/"Anthony")
  when the surnames are equal;
* middle names, when both give one, must agree the same way (a missing middle name agrees);
* a surname's opening particles ("al-", "el-", "bin", "ibn", "van", "von", "de", ...) do not keep
  two names apart when the rest agrees: news writes "Omar al-Quarra" and "Omar Quarra" for one man.

Organisations: an acronym is the initials of a full name ("ACME" for "American Cable and Media
Enterprises"), and a short form is the full name without its legal or trade designator ("Acme" for
"Acme Foods Inc.").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from nameparser import HumanName
from nicknames import NickNamer
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from generator.annotate.given_names import (
    NICKNAME_SUPPLEMENT,
    fold,
)

# Spelling variants: similarity (0-100) two parts must reach, and the shortest part it applies to
# (short names differ by one letter and are different names: "Jon"/"Jan").
SPELLING_SIMILARITY = 85.0
SPELLING_MIN_LENGTH = 4
# Place and organisation names written two ways ("Jabaliya"/"Jabalya"): a stricter bar, since such
# names are often near each other by chance ("Austria"/"Australia").
PLACE_SPELLING_SIMILARITY = 90.0
PLACE_SPELLING_MIN_LENGTH = 6

# The shortest clipped given name believed without a list ("Alex", "Nico"; "Dan"/"Dana" are two names).
CLIPPED_MIN_LENGTH = 4

# Words that end an organisation's name without being its distinctive part.
ORGANISATION_DESIGNATORS = frozenset({
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "gmbh", "nv", "sa", "group",
    "holdings", "limited", "foods", "food", "industries", "international", "technologies", "systems",
    "incorporated", "enterprises", "brands", "motors", "pharmaceuticals",
})
# Words left out of an acronym ("Bank of America" -> "BOA" or "BA").
_ACRONYM_SKIPPED = frozenset({"of", "the", "and", "for", "&", "de", "in", "on", "at"})


@dataclass(frozen=True)
class PersonName:
    first: str
    middle: tuple[str, ...]
    last: str
    generation: str = ""  # (wave 15) "jr", "sr", "ii", "iii", "iv": a father and son share the rest

    @property
    def is_surname_only(self) -> bool:
        return not self.first and not self.middle


# Parsed names by text, kept for the process and, through `story/name_memo.py`, between builds:
# parsing is a pure function of the text, and a build after one added article would otherwise parse
# again every name of the story (nameparser: about 0.13 ms a name, thousands of names).
PARSED: dict[str, PersonName | None] = {}
PARSED_LIMIT = 65536  # a long `mkdocs serve` session over changing stories stays bounded
# The texts this process asked for since `name_memo.begin`: what the next build's memo keeps.
ASKED: set[str] = set()


def parse_person(text: str) -> PersonName | None:
    """The parts of a person's name, folded; None when nothing like a surname is left."""
    ASKED.add(text)
    try:
        return PARSED[text]
    except KeyError:
        pass
    if len(PARSED) >= PARSED_LIMIT:
        PARSED.clear()
    found = PARSED[text] = _parse_person(text)
    return found


def _parse_person(text: str) -> PersonName | None:
    parsed = HumanName(" ".join(text.replace("’", "'").split()))
    # One word is a surname ("Doe said"), which nameparser would take for a first name.
    last = parsed.last or (parsed.first if not parsed.middle else "")
    words = [w for w in re.findall(r"[\w'-]+", fold(last)) if w]
    if not words:
        return None
    first = fold(parsed.first).rstrip(".") if parsed.last else ""
    middle = tuple(w.rstrip(".") for w in fold(parsed.middle).split() if w.rstrip("."))
    generation = _GENERATIONS.get(fold(parsed.suffix).replace(".", "").replace(",", " ").strip(), "")
    return PersonName(first=first, middle=middle, last=" ".join(words).replace("-", " "),
                      generation=generation)


def without_generation(words: list[str]) -> list[str]:
    """Name words without a closing "Jr." / "III" ("john doe jr." -> "john doe")."""
    if len(words) > 2 and _GENERATIONS.get(words[-1].casefold().strip(".,")):
        return words[:-1]
    return words


_GENERATIONS = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "2nd": "ii", "iii": "iii",
                "3rd": "iii", "iv": "iv", "4th": "iv"}


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two full names (both with a first name) can name one person. "Jr." and "Sr." (or "II"
    and "III") are two people of one name, father and son."""
    if a.generation and b.generation and a.generation != b.generation:
        return False
    a, b = _same_surname_split(a, b), _same_surname_split(b, a)
    if surname_core(a.last) == surname_core(b.last):
        first_agrees = _given_names_agree(a.first, b.first, allow_spelling=True)
        return first_agrees and _middles_agree(a.middle, b.middle)
    if a.first == b.first and spelling_variants(a.last, b.last):
        return _middles_agree(a.middle, b.middle)
    return False


# (wave 12) Words that open a surname in Arabic, Hebrew, Dutch, German and Romance names: the
# article ("al-", "el-"), "son of" ("bin", "ibn", "ben"), "of"/"of the" ("van", "von", "de", "du",
# "della", "van der"). English-language news often drops them, or writes them one way in one outlet
# and another way in the next ("al-Quarra" / "el-Quarra" / "Quarra").
SURNAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "bint", "van", "von", "der", "den", "de",
                               "del", "della", "la", "le", "da", "di", "du", "dos", "das", "ter", "ten"})


def surname_core(last: str) -> str:
    """The folded surname without its opening particles ("al bashir" -> "bashir", "van der berg" ->
    "berg"); a surname that is only a particle ("le") is kept."""
    words = last.split()
    while len(words) > 1 and words[0] in SURNAME_PARTICLES:
        words.pop(0)
    return " ".join(words)


def _same_surname_split(a: PersonName, b: PersonName) -> PersonName:
    """`a` with its last middle names moved into the surname when `b`'s double surname is written so:
    "Margaret Hale Osborn" against "Peggy Hale-Osborn"."""
    for size in range(1, len(a.middle) + 1):
        if " ".join((*a.middle[-size:], a.last)) == b.last:
            return PersonName(first=a.first, middle=a.middle[:-size], last=b.last)
    return a


def _given_names_agree(a: str, b: str, allow_spelling: bool) -> bool:
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if is_nickname(a, b):
        return True
    return allow_spelling and (spelling_variants(a, b) or is_clipped(a, b))


def is_clipped(a: str, b: str) -> bool:
    """One given name is the other cut short ("alex"/"alexandros"): four letters or more, the longer
    one going on with more letters."""
    short, full = sorted((a, b), key=len)
    return len(short) >= CLIPPED_MIN_LENGTH and len(full) > len(short) and full.startswith(short)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    return _given_names_agree(a[0], b[0], allow_spelling=False)


def spelling_variants(a: str, b: str) -> bool:
    """Two spellings of one rare name: long enough, one edit apart (two for long names), and similar."""
    if min(len(a), len(b)) < SPELLING_MIN_LENGTH or a[0] != b[0]:
        return False
    allowed = 1 if max(len(a), len(b)) < 10 else 2
    return Levenshtein.distance(a, b) <= allowed and ratio(a, b) >= SPELLING_SIMILARITY


@functools.lru_cache(maxsize=1)
def _nick_namer() -> NickNamer:
    return NickNamer()


@functools.lru_cache(maxsize=16384)
def is_nickname(a: str, b: str) -> bool:
    """"bill"/"william", "liz"/"elizabeth"; "tony"/"antony" through "anthony" written another way."""
    namer = _nick_namer()
    if b in namer.nicknames_of(a) or a in namer.nicknames_of(b):
        return True
    if b in NICKNAME_SUPPLEMENT.get(a, ()) or a in NICKNAME_SUPPLEMENT.get(b, ()):
        return True
    for short, full in ((a, b), (b, a)):
        if any(spelling_variants(canonical, full) for canonical in namer.canonicals_of(short)):
            return True
    return False


def is_short_form_of(short: str, full: str) -> bool:
    """Whether the given name `short` is the everyday form of the formal `full` ("mo"/"maurice",
    "liz"/"elizabeth"): the `nicknames` list or the supplement gives it as its nickname. The list gives
    some pairs both ways ("bill"/"william"): then the shorter name is the nickname."""
    if full in NICKNAME_SUPPLEMENT.get(short, ()):
        return True
    namer = _nick_namer()
    if short not in namer.nicknames_of(full):
        return False
    return full not in namer.nicknames_of(short) or len(short) < len(full)


def informal_forms(texts: Iterable[str]) -> frozenset[str]:
    """The written names that call a person by the nickname of a formal given name another of `texts`
    gives, the rest of the name agreeing ("Mo Quarrel" beside "Maurice Quarrel", "Mo J. Quarrel" too):
    such a form does not name the person's page."""
    parsed = {text: parse_person(text) for text in sorted(set(texts))}
    people = {text: name for text, name in parsed.items() if name is not None and name.first}
    return frozenset(
        text for text, name in people.items()
        if any(other.last == name.last and is_short_form_of(name.first, other.first)
               and _middles_agree(name.middle, other.middle) for other in people.values()))


# --------------------------------------------------------------------------- organisations


def organisation_core(key: str, is_place: Callable[[str], bool] = lambda _: False) -> str:
    """The name without trailing designators or the place it serves, each word singular: "acme foods
    inc" -> "acme", "central elections commission of freedonia" -> "central election commission"."""
    words = key.replace(",", " ").split()
    if "of" in words[1:-1] and is_place(" ".join(words[words.index("of") + 1:])):
        words = words[:words.index("of")]
    while len(words) > 1 and words[-1] in ORGANISATION_DESIGNATORS:
        words.pop()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def spelling_variant_names(a: str, b: str) -> bool:
    """Two keys of a place or organisation that differ only in the spelling of one long word
    ("jabaliya camp" / "jabalya camp", "centre" / "center"): one or two edits apart. Two swapped
    letters are two edits, so "turkeminstan" / "turkmenistan" (three) stay two names."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if {x, y} == {x[:-2] + "re", x[:-2] + "er"}:
        return True  # British and American spelling: centre/center, theatre/theater
    return (min(len(x), len(y)) >= PLACE_SPELLING_MIN_LENGTH and x[0] == y[0]
            and Levenshtein.distance(x, y) <= 2 and ratio(x, y) >= PLACE_SPELLING_SIMILARITY)


# A name written only as capital initials with dots, spaced or not ("U. N.", "Q.R.B.", "Q.R.B").
_DOTTED_INITIALS = re.compile(r"[A-Z](?:\.\s*[A-Z]){1,5}\.?")


def is_dotted_initials(text: str) -> bool:
    """(wave 12) "U. N.", "Q.R.B.": initials with dots, one word however they are spaced."""
    return bool(_DOTTED_INITIALS.fullmatch(text.strip()))


def acronym_of(text: str) -> str | None:
    """The written acronym when `text` is one ("ACME", "A.C.M.E."), else None."""
    letters = text.replace(".", "").replace("&", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters.casefold()
    return None


def initials(key: str) -> set[str]:
    """Acronyms a full name can have: of all its words, without "of"/"the", without designators."""
    words = [w for w in re.split(r"[\s,-]+", key) if w]
    if len(words) < 2:
        return set()
    found = set()
    for kept in (words, [w for w in words if w not in _ACRONYM_SKIPPED],
                 organisation_core(" ".join(w for w in words if w not in _ACRONYM_SKIPPED)).split()):
        if len(kept) >= 2:
            found.add("".join(w[0] for w in kept))
    return found
