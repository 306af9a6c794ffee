"""What a count of times counts: the clause it repeats, as a noun phrase ("times the singer has been
arrested" for "The singer has been arrested four times"), never the clause's subject alone or "total"
(issue 17). A multiplier ("four times higher", "three times as many") is left to the other rules."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from generator.annotate.quantities.lexicon import VAGUE_NOUNS

# Words after "N times" that make it a multiplier of a comparison, not a count of occurrences.
MULTIPLIER_NEXT = frozenset({"as", "more", "less", "fewer", "the", "that", "what", "over", "bigger", "larger",
                             "smaller", "higher", "lower", "greater", "faster", "slower", "longer", "his",
                             "her", "its", "their"})
PREDICATE_DEPS = frozenset({"dobj", "prep", "acomp", "attr", "prt", "oprd", "xcomp", "dative", "agent"})
VERB_DEPS = frozenset({"aux", "auxpass", "neg"})
RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})
MAX_WORDS = 12


def times_told(span: Span, excluded: Container[int]) -> str | None:
    """ "times Jo Vale has sat on the council" for "Jo Vale, who has sat on the council a total of five
    times";
    None when the count is a multiplier or its clause has no named subject."""
    times = span[-1]
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if times.lower_ != "times" or (following is not None and following.lower_ in MULTIPLIER_NEXT):
        return None
    outer = times  # "a total of five times": the clause holds "total", not "times"
    if times.dep_ == "pobj" and times.head.lower_ == "of" and times.head.head.lower_ in VAGUE_NOUNS:
        outer = times.head.head
    verb = outer.head
    if outer.dep_ not in {"npadvmod", "advmod", "attr", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
        subject = verb.head  # "Jo Vale, who has sat ...": the noun the relative clause describes
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None  # "he was arrested four times": a pronoun says not who
    words = subject_words(subject)
    words += [c for c in verb.children if c.dep_ in VERB_DEPS and c.i < verb.i] + [verb]
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in PREDICATE_DEPS or child.i == outer.i:
            continue
        tokens = list(child.subtree)
        if any(t.i in excluded or t.i == outer.i for t in tokens) or len(words) + len(tokens) > MAX_WORDS:
            break
        words += tokens
    words = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    text = " ".join(t.lower_ if t.tag_ == "DT" else t.text for t in words)  # "The Lions" -> "the Lions"
    return f"times {text}"


def subject_words(subject: Token) -> list[Token]:
    """The subject's name or noun with its article and modifiers before it ("the Rovers", "Jo Vale")."""
    return [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "punct"
            and (t.i == subject.i or t.head.i == subject.i or t.dep_ == "compound")][-5:]
