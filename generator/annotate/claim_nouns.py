"""A claim stated as a noun: "Roe's suggestion was that …", "Roe's claim that …" (issue 17, wave 12).

A noun of saying ("claim", "suggestion", "argument") with an owner, a possessive ("Roe's", "his") or
"by X", and a "that" clause says what the owner said: the clause is the noun's complement ("Roe's
claim that the mill would close") or the predicate after "was" ("Roe's suggestion was that …").
The owner tells the claim. A noun with no owner ("the claim that …") names no teller and gives
nothing; a claim someone else rejects ("critics rejected Roe's claim that …") is left to the
rejecter's denial (`claims`).
"""

from __future__ import annotations

from spacy.tokens import Token

# A switch for the ablation benchmark (benchmarks/speech_rule_ablation.py).
NOUN_CLAIMS = True
SAYING_NOUNS = {"claim", "suggestion", "argument", "assertion", "contention", "allegation", "statement",
                "insistence", "explanation", "warning", "prediction", "testimony", "message", "answer",
                "response", "proposal", "recommendation", "complaint", "admission", "promise"}


def noun_claim(verb: Token) -> tuple[Token, Token, Token] | None:
    """(the token the clause hangs on, the noun of saying, its owner) when `verb` is the verb of the
    clause a noun of saying governs ("claim that [it] closed") or the "was" of "Roe's suggestion was
    that …"; None otherwise. Cheap first: only an "acl" verb or a form of "be" gets further."""
    if not NOUN_CLAIMS:
        return None
    subject: Token | None = verb.head
    clause: Token | None = verb
    copula = verb.dep_ != "acl" and verb.lemma_ == "be"
    if copula:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    elif verb.dep_ != "acl":
        return None
    if subject is None or clause is None:
        return None
    noun, governor = subject, (verb if copula else subject)
    if noun.lemma_.lower() not in SAYING_NOUNS or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    owner = owner_of(noun)
    return (governor, noun, owner) if owner is not None else None


def owner_of(noun: Token) -> Token | None:
    """ "Roe's claim", "his claim", "the claim by Roe": who made it."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
