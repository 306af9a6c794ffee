"""Accusations as claims (issue 17, wave 10): "X accused Y of <doing>", "X blamed Y for <thing>".

A verb of accusing states that someone did something without a verb of saying: "Roe accused the
board of hiding the figures" is Roe's claim that the board hid them, as "Roe said the board hid the
figures" would be. The claim's words run from the one accused to the end of the "of" (or, after
"blame", the "for") phrase; the teller is the verb's active subject, found as for any statement verb
(a participle, "…, accusing Y of …", speaks for the subject of the verb it hangs on). Read only in
the active voice with its preposition: "was accused of theft" names no accuser, and "blamed the
weather" with no "for" states no act. Nor is a reciprocal accusation a claim ("They accused one
another of cheating", "blamed each other for the collision", wave 11): each side accuses the other,
so no one teller states it, and its words ("one another of cheating") say nothing on their own.
"""

from __future__ import annotations

from spacy.tokens import Token

# The verb of accusing and the preposition that names the act (VerbNet judgment-33: accuse, blame).
ACCUSATION_VERBS = {"accuse": "of", "blame": "for"}


def accused_act(verb: Token) -> tuple[int, int] | None:
    """Token range [first, last) of "<the accused> of <the act>" after an active verb of accusing,
    or None when the verb has no object or no such preposition (or is passive)."""
    preposition = ACCUSATION_VERBS.get(verb.lemma_.lower())
    if preposition is None or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    accused = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if accused is None or is_reciprocal(accused):
        return None
    # The parser hangs the phrase on the verb or on the one accused ("accused [Poe of theft]").
    phrase = next((c for c in (*verb.children, *accused.children) if c.dep_ == "prep"
                   and c.lower_ == preposition and c.i > accused.i), None)
    if phrase is None or not any(c.dep_ in {"pobj", "pcomp"} for c in phrase.children):
        return None
    return accused.left_edge.i, phrase.right_edge.i + 1


# "one another", "each other": the parser makes the second word (or "one") the object, the first its det.
RECIPROCALS = {("another", "one"), ("each", "other")}


def is_reciprocal(accused: Token) -> bool:
    """The object is a reciprocal pronoun: the subject's parties act on each other."""
    return any((child.lower_, accused.lower_) in RECIPROCALS for child in accused.children)
