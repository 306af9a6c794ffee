"""Which kind of happening a clause tells: a small, documented table of predicate classes.

Two articles tell one event in different words ("Acme bought Zeta", "the acquisition of Zeta by
Acme"); word overlap misses that, a class of predicates does not. Each class lists the base forms
(verbs and the nouns news uses for them) that mean the same happening for a timeline; a clause's words
are reduced to a base form by `base_form` (irregular forms from the table below, else regular English
endings), then looked up. A clause may name no class (most do not): the timeline then relies on word
overlap alone.

The classes are deliberately coarse and few: they only decide between rows whose dates are
compatible and which share a participant or a place, so "meet" and "visit" can share a class.
"""

from __future__ import annotations

import functools

PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "meet": frozenset({"meet", "meeting", "visit", "host", "talk", "talks", "summit"}),
    "strike": frozenset({"strike", "hit", "quake", "earthquake", "tremor", "jolt", "rock", "shake"}),
    "acquire": frozenset({"buy", "acquire", "acquisition", "purchase", "takeover", "merger"}),
    "kill": frozenset({"kill", "shoot", "shooting", "murder", "slay", "death", "die"}),
    "arrest": frozenset({"arrest", "detain", "detention", "apprehend", "custody", "capture"}),
    "charge": frozenset({"charge", "indict", "indictment", "accuse"}),
    "convict": frozenset({"convict", "conviction", "verdict", "guilty", "sentence", "jail"}),
    "resign": frozenset({"resign", "resignation", "quit"}),
    "appoint": frozenset({"appoint", "nominate", "hire", "choose", "select"}),
    "announce": frozenset({"announce", "announcement", "unveil", "launch", "release", "introduce"}),
    "win": frozenset({"win", "victory", "beat", "defeat", "champion"}),
    "injure": frozenset({"injure", "injury", "wound", "hurt"}),
    "crash": frozenset({"crash", "collide", "collision", "derail"}),
    "fire": frozenset({"fire", "blaze", "burn"}),
    "enter": frozenset({"enter", "rehab", "admit"}),
}

# Irregular inflections of the base forms above (regular endings are undone by `base_form`).
_IRREGULAR = {
    "met": "meet", "held": "hold", "struck": "strike", "shook": "shake", "shaken": "shake", "bought": "buy",
    "shot": "shoot", "slain": "slay", "slew": "slay", "died": "die", "dead": "death", "won": "win",
    "beaten": "beat", "quit": "quit", "chose": "choose", "chosen": "choose", "hurt": "hurt",
    "burnt": "burn", "jailed": "jail", "killings": "kill", "killing": "kill",
}
_CLASS_OF = {word: name for name, words in PREDICATE_CLASSES.items() for word in words}


@functools.lru_cache(maxsize=65536)
def base_form(word: str) -> str:
    """"acquired" -> "acquire", "hitting" -> "hit", "visits" -> "visit"; unknown words unchanged."""
    word = word.lower()
    if word in _IRREGULAR or word in _CLASS_OF:
        return _IRREGULAR.get(word, word)
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if candidate in _CLASS_OF:
                    return candidate
    return word


def predicate_classes(words: tuple[str, ...]) -> frozenset[str]:
    """The classes the words of a clause name."""
    return frozenset(_CLASS_OF[base] for base in map(base_form, words) if base in _CLASS_OF)
