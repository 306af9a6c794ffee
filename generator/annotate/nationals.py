"""A nationality used as a noun for one person ("the Australian was found", "the 40-year-old
American"): a description of a person of the story, not the nation (issue 16, wave 8).

The model tags the word as a nationality (NORP), typed a group. Read with the parse, the word is the
head of a singular noun phrase opened by an article ("the", "a", "an"), and not a modifier
("Australian police", "an Australian climber"): such a mention keeps its type, a group, and carries
the label `NATIONAL_LABEL`; the story stage (`story/nationals.py`) makes it a mention of the one person
the story introduces with that nationality ("Australian climber Jo Roe"), and leaves it a group
otherwise."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from generator.annotate.entity_candidates import Candidate

NATIONAL_LABEL = "NATIONAL"
# Where a noun phrase stands in its clause (not "amod" or "compound": those modify a noun).
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT"})
_ARTICLES = frozenset({"the", "a", "an"})
# Words between the article and the nationality: an age ("40-year-old", "40 - year - old").
_AGE_WORDS = frozenset({"-", "year", "old", "years"})


def with_national_nouns(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates, a nationality used as a noun for one person labelled `NATIONAL_LABEL`."""
    return [replace(c, label=NATIONAL_LABEL) if c.type == "group" and c.end - c.start == 1
            and _is_singular_noun_use(doc, doc[c.start]) else c for c in candidates]


def _is_singular_noun_use(doc: Doc, token: Token) -> bool:
    if token.dep_ not in _NOUN_ROLES or token.pos_ not in {"PROPN", "NOUN"} or token.tag_ in {"NNS", "NNPS"}:
        return False
    if token.text.endswith("s") or not token.is_title:
        return False  # "Americans", "Swiss": a people, or a word no single person is called
    i = token.i - 1
    while i >= 0 and token.i - i <= 6 and (doc[i].like_num or doc[i].lower_ in _AGE_WORDS):
        i -= 1
    return i >= 0 and doc[i].lower_ in _ARTICLES
