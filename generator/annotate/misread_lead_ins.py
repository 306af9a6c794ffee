"""A quotation's lead-in whose speech verb the tagger misread: "The league's policy states: '…'".

Before the colon that opens a quotation, the tagger may read "states" (or "says") as the last noun
of a compound ("policy states") or as a verb with no subject. The speaker is then the noun phrase
before the verb, from the start of its clause, as written: a document speaks here as a source, never
as a person. Taken only when the verb has no subject (a real clause such as "Roe said:" is
attributed by the parse).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

NOUN_PHRASE_TAGS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"}


def misread_lead_in(before: list[Token], speech_verbs: Collection[str]) -> tuple[Token, list[Token]] | None:
    """The misread verb and the speaker's noun phrase of the lead-in `before` (its tokens up to the
    quotation's opening mark), or None when it is no such lead-in."""
    if len(before) < 3 or before[-1].text != ":":
        return None
    verb = before[-2]
    if verb.lemma_.lower() not in speech_verbs or not verb.lower_.endswith("s") \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    phrase = clause_noun_phrase(before[:-2])
    if not phrase or phrase[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return verb, phrase


def clause_noun_phrase(tokens: list[Token]) -> list[Token]:
    """The run of noun-phrase words ending the tokens ("The league's policy"), back to a word that
    is none (a verb, a comma)."""
    phrase: list[Token] = []
    for token in reversed(tokens):
        if token.pos_ not in NOUN_PHRASE_TAGS or token.is_punct:
            break
        phrase.insert(0, token)
    return phrase
