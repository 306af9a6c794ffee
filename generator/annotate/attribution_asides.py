"""Attributions set aside from the clause they attribute: "according to (a report by) X, …" and
"The plan, the mayor said, would cost …" (moved out of claims.py, which builds the claims from them).

* "according to": who made the report named after it ("a report by X", "data compiled by X", "a
  study published in the journal X"); set off by commas inside the clause it attributes ("In fact,
  according to X, <claim>", "The fire, according to X, started …", "It was, according to X, <…>"),
  its token range, left out of the claim's words (wave 15);
* a parenthetical speech verb set off by commas inside the clause it reports: its token range, and
  the claim's words with that range left out;
* hearsay with no teller ("The fire is said to have started in the kitchen", "It was reported that
  …", "It is believed that …", "is thought to", no "by X") and a vague one ("Some have said …",
  "Others say …"): the claim is shown as unattributed, its words keeping "is said to" or "Some have
  said";
* a statement made with a noun ("made statements to friends that …", "issued a claim that …");
* a speech verb inside an aside set off by dashes ("X told the paper — where Y said … — “…”"): a
  quotation after the aside closes is not the aside's (wave 15, `in_closed_aside`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_spans import span_at
from generator.annotate.quantities.doc_index import sentence_of

REPORT_NOUNS = {"report", "article", "story", "investigation", "analysis", "reporting", "survey",
                "study", "poll", "document", "documents", "memo", "data", "figures"}
# Participles that name who made a report: "data compiled by X", "a study published in X".
AUTHOR_PARTICIPLES = {"compile", "publish", "release", "conduct", "carry", "produce", "commission", "prepare"}
PUBLICATION_NOUNS = {"journal", "newspaper", "magazine", "paper", "review", "bulletin"}
# Speech verbs used in the passive with no teller: "is said to", "it was reported that", "is alleged to".
HEARSAY_VERBS = {"say", "report", "allege", "claim", "rumour", "rumor"}
# "It has been revealed that …", "It was announced that …": news made public with no teller named
# (wave 11; only in the passive with no agent, as the others).
DISCLOSURE_VERBS = {"reveal", "announce", "confirm"}
# Verbs of belief that make hearsay only in that passive: "It is believed that …", "Roe is thought to
# have fled"; in the active ("Roe believes …") they tell no one anything.
BELIEF_VERBS = {"believe", "think", "understand", "suspect", "fear"}
# "made statements that …": the noun carries the speech, "make"/"issue" only make it.
STATEMENT_NOUNS = {"statement", "claim", "remark", "comment", "allegation", "accusation", "assertion"}
LIGHT_VERBS = {"make", "issue"}
# Subjects that tell without naming anyone: "Some have said", "Others say", "Many believe".
VAGUE_TELLERS = {"some", "others", "many"}


def is_according_to(token: Token, sentence: Span) -> bool:
    return token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor(1).lower_ == "to"


def according_aside(according: Token, sentence: Span) -> tuple[int, int] | None:
    """ "In fact, according to X, <claim>", "The fire, according to X, started …", "Instead it was,
    according to X, <…>": "according to X" set off by commas inside the clause it attributes, whose
    words before it are no clause of their own (no verb: an opening adverbial or the subject; or a
    clause cut after its "be"). The aside's token range, from "according" to its closing comma
    included; None when the aside closes the sentence ("<claim>, according to X.") or what follows
    its comma is about X ("…, according to X, who …")."""
    doc = sentence.doc
    before = span_between(doc, sentence.start, according.i)
    if not before or before[-1].text != ",":
        return None
    words = [t for t in before if not (t.is_punct or t.is_space)]
    cut_after_be = len(before) > 1 and before[-2].lemma_.lower() == "be"
    if not words or (any(t.pos_ in {"VERB", "AUX"} for t in words) and not cut_after_be):
        return None
    comma = next((t for t in doc[according.i + 2:sentence.end] if t.text == ","), None)
    if comma is None:
        return None
    rest = [t for t in doc[comma.i + 1:sentence.end] if not (t.is_punct or t.is_space)]
    if len(rest) < 2 or rest[0].lower_ in {"who", "whom", "whose", "which"}:
        return None
    return according.i, comma.i + 1


def span_between(doc: Doc, first: int, last: int) -> list[Token]:
    return [doc[i] for i in range(first, last)]


def report_author(report: Token) -> Token | None:
    """Who made a report: "a report by X", "analysis from X", "data compiled by X", "a study
    published in the journal X" (the journal's name)."""
    for prep in report.children:
        author = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"} and author is not None:
            return author
    participles = [t for t in report.subtree if t.dep_ == "acl" and t.lemma_.lower() in AUTHOR_PARTICIPLES]
    for participle in participles:
        for prep in participle.children:
            author = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if author is None or prep.lower_ not in {"by", "in"}:
                continue
            if prep.lower_ == "by" or author.ent_type_ == "ORG":
                return author
            if author.lower_ in PUBLICATION_NOUNS:
                return named_after(author) or author
    return None


def named_after(noun: Token) -> Token | None:
    """ "the journal Neurology Today": the name written right after a common noun."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.pos_ != "PROPN" or not following.ent_type_:
        return None
    end = following.i
    while end + 1 < len(noun.doc) and noun.doc[end + 1].ent_iob_ == "I":
        end += 1
    return noun.doc[end]


def parenthetical_span(verb: Token) -> tuple[int, int] | None:
    """ "In fact, X said, <claim>" / "<subject>, X said, <rest of the claim>": a speech verb set off
    by commas inside the clause it reports (the parser hangs it on that clause's verb, which follows).
    The token range of the cue, commas included; the caller checks that the verb has no content of
    its own after it."""
    if verb.dep_ != "parataxis" or verb.head.i <= verb.i:
        return None
    return verb.left_edge.i, verb.right_edge.i + 1


def words_without(span: Span, gap: tuple[int, int] | None) -> str:
    """The span's text with the cue inside it left out ("The plan, the mayor said, would cost" ->
    "The plan would cost")."""
    if gap is None or not span.start < gap[0] < gap[1] <= span.end:
        return span.text
    doc = span.doc
    return f"{doc[span.start:gap[0]].text.rstrip(' ,')} {doc[gap[1]:span.end].text.lstrip(' ,')}"


def hearsay_without_teller(verb: Token) -> bool:
    """ "The fire is said to have started …", "It was reported that …", "It is believed that …": a
    passive speech or belief verb with no agent ("by X"), reporting a clause or an infinitive."""
    if verb.lemma_.lower() not in HEARSAY_VERBS | BELIEF_VERBS | DISCLOSURE_VERBS or verb.tag_ != "VBN":
        return False
    children = {c.dep_ for c in verb.children}
    passive = "auxpass" in children and bool(children & {"nsubjpass", "expl"})
    return passive and "agent" not in children and bool(children & {"xcomp", "ccomp"})


def makes_a_statement(verb: Token) -> bool:
    """ "had made statements to his friends that …": a light verb whose object is a speech noun."""
    return verb.lemma_.lower() in LIGHT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in verb.children)


def is_vague_teller(subject: Token) -> bool:
    """ "Some have said …": a bare quantifier for a subject names no one ("some of the jurors" does)."""
    return subject.lower_ in VAGUE_TELLERS and not any(c.dep_ == "prep" for c in subject.children)


_DASHES = frozenset({"—", "–", "--"})
_ASIDE_REACH = 40  # tokens: how far an aside's dashes are looked for around its speech verb


def in_closed_aside(doc: Doc, verb: Token, mark: Token) -> bool:
    """ "X told the paper after a hearing — where Y said she was “safe” — “I hear she left.”": a
    speech verb inside an aside set off by dashes that closes before the quotation is the aside's;
    the quotation belongs to the sentence around the aside (X's)."""
    if mark.i - verb.i > _ASIDE_REACH:
        return False
    start = max(sentence_of(verb).start, verb.i - _ASIDE_REACH)  # an aside is short: read it only so far
    opened = sum(1 for t in span_at(doc, start, verb.i) if t.text in _DASHES) % 2 == 1
    return opened and any(t.text in _DASHES for t in span_at(doc, verb.i + 1, mark.i))
