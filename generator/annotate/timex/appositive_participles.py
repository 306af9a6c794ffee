"""A participle set off by commas after the subject, which the parse took for the main verb.

"Hart, fired on June 8, is seeking $4 million": "fired on June 8" tells something about Hart, and "is
seeking" is what the sentence says. The small model sometimes makes "fired" the root and "is seeking"
a verb joined to it, so the date of the firing dated "Hart, fired is seeking ...". English does not
set a subject off from its own verb by one comma, and two verbs joined without "and" or "or" after a
comma need a subject each: a verb in that place is a participle in apposition. The date in it dates
the participle alone ("Hart was fired"); the main clause is told without that date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Token

# Tags a past participle gets from the small model ("fired" as VBD or VBN).
_PARTICIPLE_TAGS = frozenset({"VBD", "VBN"})
# Tags of a verb group that has its own tense: the main clause after the apposition.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def main_verb_after(verb: Token) -> Token | None:
    """The main verb of "Subject, <verb> ..., <finite verb> ..." when the parse made `verb` (a past
    participle right after the subject and a comma) the head and that finite verb its conjunct ("Hart,
    fired on June 8, is seeking"), else None. Not "Hart, who was fired, is seeking" (a relative
    clause) nor "Hart fired Lee, and is seeking" (no comma before the verb, a "cc")."""
    if verb.tag_ not in _PARTICIPLE_TAGS or verb.i < 2:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    doc = verb.doc
    comma = doc[verb.i - 1]
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subject is None or comma.text != "," or subject.right_edge.i not in {comma.i, comma.i - 1}:
        return None
    if any(c.dep_ == "cc" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in {"VERB", "AUX"} or child.i < verb.i:
            continue
        if any(c.dep_ in _SUBJECTS for c in child.children):
            return None
        opening = child.left_edge
        if opening.i == 0 or doc[opening.i - 1].text != ",":
            return None
        group = [child, *(c for c in child.children if c.dep_ in {"aux", "auxpass"})]
        if any(t.tag_ in _FINITE_TAGS for t in group):
            return child
    return None


def participle_auxiliary(verb: Token) -> str:
    """The "be" a participle in apposition is told with on its own ("Hart was fired", "they were")."""
    subject = next(c for c in verb.children if c.dep_ in _SUBJECTS)
    return "were" if subject.tag_ in {"NNS", "NNPS"} or subject.lower_ == "they" else "was"
