"""A quotation that completes a verb of saying or naming is the words of that verb's subject.

"Roe called the plan “a mess”", "the mayor described the closure as “temporary”", "the crowd
chanted “not again”", "what she called a “smear”": the quoted words are the object (or the object's
predicate, or the object of "as") of the verb in the dependency parse, so they are what the
subject said, however short. Such a quotation is attributed to the subject and is never taken for a
scare quote (`QuoteMention.completes_verb`, read by the story stage's scare-quote filter).

A verb with no active subject gives nothing: "the so-called “reform”", "what is termed a “zero
day”" and "is described as “routine”" name nobody, and a quoted word modifying a noun ("a
“temporary” closure", `amod`) is the writer's scare quote, not a complement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.annotate.speech_subjects import subject_of
from generator.annotate.speech_verbs import NAMING_VERBS, SPEECH_VERBS

# Dependencies that link a quoted phrase up to the verb it completes: an object or object predicate
# ("called him a “fit”"), "as" and its object ("described it as “narrow”"), a coordinated or
# apposed complement ("called it “narrow” and “overdue”"), a clausal complement ("chanted “out!”").
COMPLEMENT_LINKS = {"dobj", "oprd", "attr", "acomp", "pobj", "prep", "conj", "appos", "ccomp", "xcomp", "dep"}
# Verbs whose complement can be a quotation of their subject's words.
COMPLETED_VERBS = NAMING_VERBS | SPEECH_VERBS
# How many links may stand between the quoted phrase and its verb ("as" + its object + a conjunct).
MAX_LINKS = 4


def completed_verb(doc: Doc, start: int, end: int, inside: set[int]) -> tuple[Token, Token] | None:
    """The verb the quoted words between the character offsets `start` and `end` complete, and its
    subject; None when they complete no such verb or the verb has no active subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    ids = {t.i for t in words}
    for root in (t for t in words if t.head.i not in ids and t.head.i != t.i):
        verb = _verb_completed_by(root, ids)
        subject = subject_of(verb, inside) if verb is not None and verb.i not in inside else None
        if verb is not None and subject is not None and subject.dep_ == "nsubj" and subject.i not in ids:
            return verb, subject
    return None


def _verb_completed_by(root: Token, quoted: set[int]) -> Token | None:
    token = root
    for _ in range(MAX_LINKS):
        head = token.head
        # "as “severe”": the parse hangs an adjective on "as" as a modifier; it is what "as" governs.
        linked = token.dep_ in COMPLEMENT_LINKS or (head.lower_ == "as" and head.dep_ == "prep")
        if not linked or head.i == token.i or head.i in quoted:
            return None
        if token.dep_ == "prep" and token.lower_ != "as":
            return None  # "called it a flaw “in the design”": a modifier, not the name given
        if head.pos_ in {"VERB", "AUX"}:
            return head if head.lemma_.lower() in COMPLETED_VERBS else None
        token = head
    return None
