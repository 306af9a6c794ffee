"""Which kind of happening a clause tells: a small, documented table of predicate classes.

Two articles tell one event in different words ("Acme bought Zeta", "the acquisition of Zeta by
Acme"); word overlap misses that, a class of predicates does not. Each class lists the base forms
(verbs and the nouns news uses for them) that mean the same happening for a timeline. The base forms
are spaCy's lemmas, stored with each dated statement at annotation time (`TimexEvent.lemmas`); a
statement without them (no parse) falls back on `base_form` (irregular forms from the table below,
else regular English endings). A clause may name no class (most do not): the timeline then relies on
its main verb's lemma and word overlap.

A word may belong to several classes ("fire": a blaze, a dismissal or a shot; "strike": a quake, an
attack or a collision): two clauses agree when they share any class, and the shared participant,
place and date the timeline also asks for tell the senses apart. The classes are deliberately
coarse and few: they only decide between rows whose dates are compatible and which share a
participant or a place, so "meet" and "visit" can share a class.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "meet": frozenset({"meet", "meeting", "visit", "host", "talk", "talks", "summit"}),
    "strike": frozenset({"strike", "hit", "quake", "earthquake", "tremor", "jolt", "rock", "shake",
                         "aftershock", "temblor"}),
    "attack": frozenset({"attack", "strike", "bomb", "bombing", "raid", "airstrike", "shell", "shelling",
                         "assault", "hit", "fire", "target"}),
    "acquire": frozenset({"buy", "acquire", "acquisition", "purchase", "takeover", "merger", "deal"}),
    "kill": frozenset({"kill", "shoot", "shooting", "murder", "slay", "death", "die", "killing", "gun",
                       "fire", "stab", "stabbing", "pass_away", "succumb", "perish"}),
    "arrest": frozenset({"arrest", "detain", "detention", "apprehend", "custody", "capture"}),
    "charge": frozenset({"charge", "indict", "indictment", "accuse"}),
    # A verdict and a sentence are two days of one trial: two classes.
    "convict": frozenset({"convict", "conviction", "verdict", "guilty", "acquit", "acquittal"}),
    "sentence": frozenset({"sentence", "sentencing", "jail", "imprison"}),
    # Leaving a post: "resigned", "stepped down", "announced his retirement".
    "resign": frozenset({"resign", "resignation", "quit", "step_down", "step_aside", "retire", "retirement"}),
    # "pushed out", "forced out": phrasal verbs of dismissal (their particle decides: "push" alone is none).
    "dismiss": frozenset({"fire", "dismiss", "dismissal", "sack", "oust", "relieve", "remove", "replace",
                          "firing", "ouster", "push_out", "force_out"}),
    # Taking someone on, told by either side: "the club hired him" / "he joined the club"; a player
    # "drafted" or "selected in the draft" by a team.
    "appoint": frozenset({"appoint", "nominate", "hire", "choose", "select", "name", "replace",
                          "appointment", "nomination", "succeed", "join", "draft"}),
    "announce": frozenset({"announce", "announcement", "unveil", "launch", "release", "introduce", "debut"}),
    # A contest told by the winner's or the loser's side: one result.
    "win": frozenset({"win", "victory", "beat", "defeat", "champion", "retain", "stop", "knock_out",
                      "lose", "loss"}),
    "injure": frozenset({"injure", "injury", "wound", "hurt"}),
    # An "accident" of a vehicle is its crash; "ran over", "mowed down", "rammed", "plowed into" say
    # how a vehicle struck someone.
    "crash": frozenset({"crash", "collide", "collision", "derail", "hit", "strike", "accident", "ram",
                        "plow", "plough", "mow", "mow_down", "run_over"}),
    "blaze": frozenset({"fire", "blaze", "burn", "flame"}),
    # "checked into" (a preposition: lemma "check") and "checked in"; not "checked out of".
    "enter": frozenset({"enter", "rehab", "admit", "check", "check_in"}),
    "escape": frozenset({"escape", "flee", "breakout", "escapee", "break_out"}),
    "fall": frozenset({"fall", "plunge", "slip", "tumble"}),
    # A bomb or a blast told by what went off or by what it did: "the explosion", "a bomb went off",
    # "the blast", "blew up".
    "explode": frozenset({"explode", "explosion", "blast", "detonate", "detonation", "bomb", "bombing",
                          "blow_up", "go_off"}),
    "rob": frozenset({"rob", "robbery", "heist", "steal", "theft", "burglary", "burgle", "loot", "hold_up",
                      "holdup"}),
    # Crowds against the authorities ("riots", "clashes"; not "march", also the month's lemma, nor
    # "rally", also a market's).
    "protest": frozenset({"protest", "riot", "rioting", "clash", "demonstration", "demonstrate", "unrest"}),
    "seize": frozenset({"hijack", "hijacking", "seize", "seizure", "capture", "kidnap", "kidnapping",
                        "abduct", "abduction"}),
    # A player's or an official's contract: "signed a deal", "agreed to a contract", "a two-year extension".
    "sign": frozenset({"sign", "signing", "contract", "deal", "agreement", "extension"}),
    "elect": frozenset({"elect", "election", "reelect", "re-elect", "vote", "ballot"}),
    # A flaw mended: "issued a patch", "fixed the flaw".
    "fix": frozenset({"patch", "fix"}),
    # Someone let go ("freed the hostages", "was released from prison").
    "free": frozenset({"free", "release", "liberate", "parole", "rescue"}),
    # Undoing a rule, a ruling or a decision: "revoked the rule", "overturned the ruling", "rescinded
    # the changes", "rolled back the regulation", "the repeal of the act". (Not "struck down": "strike"
    # with a particle would then no longer be read as a strike.)
    "revoke": frozenset({"revoke", "revocation", "rescind", "overturn", "reverse", "reversal", "repeal",
                         "overrule", "annul", "nullify", "quash", "roll_back"}),
}

# Irregular inflections of the base forms above (regular endings are undone by `base_form`).
_IRREGULAR = {
    "met": "meet", "held": "hold", "struck": "strike", "shook": "shake", "shaken": "shake", "bought": "buy",
    "shot": "shoot", "slain": "slay", "slew": "slay", "died": "die", "dead": "death", "won": "win",
    "beaten": "beat", "quit": "quit", "chose": "choose", "chosen": "choose", "hurt": "hurt",
    "burnt": "burn", "jailed": "jail", "killings": "kill", "killing": "kill", "fell": "fall",
    "fallen": "fall", "fled": "flee", "lost": "lose",
    "stole": "steal", "stolen": "steal",
}
_CLASSES_OF: dict[str, frozenset[str]] = {
    word: frozenset(name for name, words in PREDICATE_CLASSES.items() if word in words)
    for words in PREDICATE_CLASSES.values() for word in words
}


# A phrasal verb's lemma keeps its particle ("check_out", see `TimexEvent.predicate`). The table sees
# through the particle to the verb's classes ("shut_down" is "shut", "gun_down" is "gun"), except for
# a verb the table lists with a particle: there the particle decides ("check_in" enters, "check_out"
# does not; "step_down" resigns, "step_up" does not).
_PARTICLE_DECIDES = frozenset(word.partition("_")[0] for word in _CLASSES_OF if "_" in word)


def is_listed_phrasal(lemma: str) -> bool:
    """Whether a verb with its particle ("step_down", "break_out") is a word of the table."""
    return lemma in _CLASSES_OF


def _classes_of(lemma: str) -> frozenset[str]:
    if lemma in _CLASSES_OF:
        return _CLASSES_OF[lemma]
    verb, _, particle = lemma.partition("_")
    if particle and verb not in _PARTICLE_DECIDES:
        return _CLASSES_OF.get(verb, frozenset())
    return frozenset()


@functools.lru_cache(maxsize=65536)
def base_form(word: str) -> str:
    """"acquired" -> "acquire", "hitting" -> "hit", "visits" -> "visit"; unknown words unchanged."""
    word = word.lower()
    if word in _IRREGULAR or word in _CLASSES_OF:
        return _IRREGULAR.get(word, word)
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if candidate in _CLASSES_OF:
                    return candidate
    return word


def classes_of_lemmas(lemmas: Iterable[str]) -> frozenset[str]:
    """The classes that base forms (spaCy lemmas) name."""
    return frozenset(name for lemma in lemmas for name in _classes_of(lemma))


def predicate_classes(words: tuple[str, ...]) -> frozenset[str]:
    """The classes the words of a clause name (words without a parse: brought to a base form first)."""
    return classes_of_lemmas(map(base_form, words))


# A noun made from a verb names the verb's happening ("explosion" / "exploded", "arrival" / "arrived",
# "shooting" / "shot"): the ending it was made with, and what the verb ended in before it. English
# nominalising suffixes (Quirk et al., A Comprehensive Grammar, App. I.30-35); a form that is no verb
# ("stat" of "station") only ever matches a clause whose main verb it is, which asks for a shared
# participant and date too.
_NOMINAL_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ation", ("", "e")), ("ition", ("", "e")), ("sion", ("de", "d", "t")), ("ion", ("", "e")),
    ("ment", ("",)), ("ance", ("", "e")), ("ence", ("", "e")), ("al", ("", "e")), ("ure", ("", "e")),
    ("ing", ("", "e")), ("ery", ("",)), ("y", ("", "e")),
)
MIN_STEM = 3  # "ring" and "sing" are no "-ing" nouns


# Event nouns whose verb no nominalising ending gives back (a changed stem or vowel: English
# irregular derivation, Quirk et al., App. I.30-35): "his death" is the happening of "he died".
IRREGULAR_NOMINALS: dict[str, str] = {
    "death": "die", "loss": "lose", "sale": "sell", "theft": "steal", "choice": "choose",
    "proof": "prove", "speech": "speak", "entry": "enter", "defence": "defend", "defense": "defend",
    "response": "respond", "pursuit": "pursue", "complaint": "complain", "descent": "descend",
    "growth": "grow",
}


@functools.lru_cache(maxsize=65536)
def verbs_named_by(noun: str) -> frozenset[str]:
    """The verbs (base forms) a noun may be made from: "explosion" -> explode, "arrival" -> arrive,
    "shooting" -> shoot, "robbery" -> rob, "death" -> die (`IRREGULAR_NOMINALS`); nothing for a noun
    without a nominalising ending."""
    noun = noun.lower()
    forms: set[str] = {IRREGULAR_NOMINALS[noun]} if noun in IRREGULAR_NOMINALS else set()
    for ending, verb_endings in _NOMINAL_ENDINGS:
        stem = noun[:-len(ending)]
        if not noun.endswith(ending) or len(stem) < MIN_STEM:
            continue
        forms.update(stem + verb_ending for verb_ending in verb_endings)
        if len(stem) > MIN_STEM and stem[-1] == stem[-2]:
            forms.add(stem[:-1])  # "robbery" -> rob, "running" -> run
    return frozenset(forms)



# A bare "-y" makes few event nouns and ends many that are none ("family", "company", "party", "body").
_THING_ENDINGS = ("y",)


def names_a_happening(word: str) -> bool:
    """Whether a noun names something that happens ("death", "arrest", "resignation", "departure"):
    a word of a predicate class, an irregular event noun, or one made from a verb by an ending other
    than a bare "-y" ("robbery" and "recovery" end in "-ery")."""
    word = word.lower()
    if _classes_of(base_form(word)) or word in IRREGULAR_NOMINALS:
        return True
    return any(word.endswith(ending) and len(word) - len(ending) >= MIN_STEM
               for ending, _ in _NOMINAL_ENDINGS if ending not in _THING_ENDINGS)
