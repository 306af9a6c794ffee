"""Who speaks: the subject of a speech verb next to a quotation, as the parse gives it or, where the
parser hung the speaker elsewhere, the noun phrase right after ("'…,' said X") or right before
("'…,' a source said") the verb (used by `quotes`)."""

from __future__ import annotations

from spacy.tokens import Token

from generator.annotate.doc_spans import span_at
from generator.annotate.speech_verbs import SPEECH_VERBS

# Tokens between a quote mark and its speech verb: room for a name with its apposition
# ("…," Daniel Ortiz, an analyst at Harbor Point Capital, told Reuters).
ATTRIBUTION_REACH = 16
# "'…,' said one young man, …": a numeral opening the inverted subject (wave 11); a switch for the
# ablation benchmark.
NUMERAL_DETERMINERS = True


def is_speech_verb(token: Token) -> bool:
    if token.lower_ == "according":
        return True
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS


def subject_of(verb: Token, inside: set[int]) -> Token | None:
    """The speaker: the verb's subject, or the object of "according to"."""
    if verb.lower_ == "according":
        for to in verb.children:
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in inside]
    if subjects:
        # "The Film writer Jane Roe tweeted": a parse with two subjects; the one next to the verb speaks
        words = [c for c in subjects if c.is_alpha]
        return max(words, key=lambda c: c.i) if words and all(c.i < verb.i for c in subjects) else subjects[0]
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        head = verb.head
        while head.i in inside and head.head.i != head.i:
            head = head.head  # a verb inside a quotation coordinates with nothing outside it
        if head.i in inside:  # the parse made the quotation the main clause: the speech verb before it
            speech = [c for c in head.children if c.i not in inside and c.i < verb.i and is_speech_verb(c)]
            return subject_of(speech[-1], inside) if speech else None
        return subject_of(head, inside)  # "The company declined and said: ..." shares the subject
    if verb.tag_ in {"VBG", "VBN"} and verb.head.i != verb.i:
        if verb.dep_ == "acl":  # "a spokesman stating: …"
            return verb.head
        if verb.dep_ in {"advcl", "xcomp"}:  # "The governor ordered a review, stating that …"
            return subject_of(verb.head, inside)
    return None


def inverted_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "'…,' said Jane Doe, a lawyer": the noun phrase right after a speech verb that directly follows
    the quotation, when the parser hung it elsewhere. Its head is the phrase's last noun. Never after
    "told" (what follows it is the listener: "'…,' a herder told Reuters")."""
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and before not in inside and doc[before].is_punct:
        before -= 1  # '"…," said X' and '"…", said X'
    if before < 0 or before not in inside or verb.lemma_.lower() == "tell":
        return None  # "'…,' X, who …, told Reuters": no inversion; the one told is no speaker
    head: Token | None = None
    for token in span_at(doc, verb.i + 1, verb.i + 1 + ATTRIBUTION_REACH):
        if token.pos_ in {"PROPN", "NOUN"} or (token.pos_ == "NUM" and head is not None):
            head = token
        elif token.pos_ == "NUM" and NUMERAL_DETERMINERS and token.dep_ == "nummod":
            continue  # "said one young man": a numeral before its noun counts people, as a determiner
        elif token.pos_ not in {"DET", "ADJ"} and token.text != ".":
            break
    return head


def preposed_subject(verb: Token, inside: set[int]) -> Token | None:
    """ "'…,' a source with knowledge of the talks said": the noun phrase between the quotation and
    its speech verb, when the parser hung it inside the quotation. Its head is the last noun of its
    first run of nouns, adjectives and determiners ("team general manager Jane Roe" is Roe)."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].i not in inside and not doc[start].is_sent_start:
        start -= 1
    if start == 0 or doc[start - 1].i not in inside or verb.i - start > ATTRIBUTION_REACH:
        return None  # no quotation right before the phrase in this sentence
    head: Token | None = None
    for token in span_at(doc, start, verb.i):
        if token.pos_ in {"NOUN", "PROPN"}:
            head = token
        elif token.pos_ not in {"DET", "ADJ", "NUM"}:
            break  # "team general manager Jane Roe": titles and adjectives run on to the name
    return head
