"""Whether a statement says what its party wants: read from the parse of the statement's words.

"What each side wants" lists demands and the statements that hold a want. A statement holds one when
a verb of its clause asks, plans or takes a stand ("the union wants talks", "they plan to appeal",
"she urged calm", "the council rejects the plan") or a modal of obligation governs its verb ("the
city should pay", "we must act", "they need to leave", "the firm has to pay"). A report of what
happened ("no injuries have been reported", "the fire started at noon") holds none, however its
speaker is named. Words are judged by their lemma and part of speech, so "wanted" and "plans" count
while "the plan's cost" (a noun) or "a wanted man" (an adjective) do not.

Read in the annotate stage, where the parse is at hand (`ClaimMention.wants`): the story stage and a
rebuild never load a model for it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.annotate.claim_content import calls_for
from generator.annotate.claims import DEMAND_VERBS, QUESTION_WORDS
from generator.annotate.doc_tokens import head_indices, token_ids
from generator.models import ClaimMention

# Verbs that ask for something (the claims' demand verbs: "urged", "called for"), plan it or take a
# stand on it.
WANT_VERBS = frozenset(DEMAND_VERBS) | frozenset({
    "seek", "plan", "intend", "aim", "hope", "wish", "propose", "insist", "vow", "pledge", "promise",
    "threaten", "refuse", "reject", "oppose", "support", "back", "offer", "agree", "recommend", "favour",
    "favor",
})
# Verbs that take a stand ("insisted on a recount", "insisted that he resign", "agreed to pay") or
# merely say ("insisted the bridge is safe", "agreed the plan was flawed"): a want only in the first use.
STANCE_OR_SAYING = frozenset({"insist", "agree"})
# Subordinators of concession: a claim conceded in their clause is not what the sentence says.
CONCESSIVE_MARKERS = frozenset({"while", "although", "though", "whereas"})
# Finite verb forms of a statement of fact ("is safe", "was flawed"); a base form after "insist that"
# is a mandate ("that he resign").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
OBLIGATION_MODALS = frozenset({"should", "must", "ought", "shall"})
# Verbs that oblige with "to": "need to", "have to".
OBLIGATION_VERBS = frozenset({"need", "have"})


def mark_wants(doc: Doc, claims: list[ClaimMention]) -> list[ClaimMention]:
    """`claims` with `wants` set from the parse of `doc` (their offsets are into `doc.text`)."""
    for claim in claims:
        claim.wants = holds_a_want(doc, claim.start, claim.end)
    return claims


def holds_a_want(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of `doc` from character `start` to `end`, or the verb they hang from, want."""
    span = doc.char_span(start, end, alignment_mode="expand")  # the claim's tokens, not a scan of the doc
    words = range(span.start, span.end) if span is not None else range(0)
    stating = _stating_verbs(doc, words)
    if any(_is_conceded(verb) for verb in stating):
        return False
    # Only a verb or an auxiliary wants or obliges (`_wants`, `_obliges`), or a modal (tag MD): the
    # others are passed over by their ids, without a `Token` made for each word.
    pos, tags = token_ids(doc, "POS"), token_ids(doc, "TAG")
    verbal = {doc.vocab.strings["VERB"], doc.vocab.strings["AUX"]}
    modal = doc.vocab.strings["MD"]
    return any(_wants(token) or _obliges(token) for token in
               [doc[i] for i in words if pos[i] in verbal or tags[i] == modal] + stating)


def _is_conceded(verb: Token) -> bool:
    """ "While the firm claims the flaw is minor, …", "Although she insists she must stay, …": a
    statement conceded before the sentence turns to its point is the view the sentence sets aside,
    not a want its holder presses."""
    return verb.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in CONCESSIVE_MARKERS for child in verb.children)


def _stating_verbs(doc: Doc, words: range) -> list[Token]:
    """The nearest verb above the words (token indices), outside them: the verb that states them."""
    heads = head_indices(doc)
    verbs = []
    for i in words:
        head = heads[i]
        while head in words and heads[head] != head:  # a root is its own head
            head = heads[head]
        if head not in words and doc[head].pos_ in {"VERB", "AUX"}:
            verbs.append(doc[head])
    return verbs


def _wants(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lemma_.lower() not in WANT_VERBS:
        return False
    lemma = token.lemma_.lower()
    if lemma in STANCE_OR_SAYING and _states_a_fact(token):
        return False
    if lemma == "call":
        return calls_for(token)
    return lemma != "ask" or _asks_for(token)


def _states_a_fact(verb: Token) -> bool:
    """ "insisted the bridge is safe": a finite clause with no modal is what the verb says is so."""
    return any(child.dep_ == "ccomp" and child.tag_ in FINITE_TAGS and not _is_subjunctive(child)
               and not any(c.tag_ == "MD" for c in child.children) for child in verb.children)


def _is_subjunctive(verb: Token) -> bool:
    """ "insists that the owner repair it": a singular subject with the plain form (which the tagger
    reads as a plural present, VBP) is a mandate, not a statement of fact."""
    return verb.tag_ == "VBP" and any(
        child.dep_ == "nsubj" and (child.tag_ in SINGULAR_NOUN_TAGS or child.lower_ in SINGULAR_PRONOUNS)
        for child in verb.children)


def _asks_for(ask: Token) -> bool:
    """ "asked for a delay", "asked the court to dismiss it", "asked that the hearing be delayed" want;
    "asked about the injury" and "asked whether it was safe" are questions."""
    for child in ask.children:
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return True
        if child.dep_ == "ccomp" and not _opens_a_question(child):
            return True
    return False


def _opens_a_question(clause: Token) -> bool:
    """ "whether it was safe", "how it happened": a question word before the clause's verb."""
    return any(t.lower_ in QUESTION_WORDS and t.dep_ in {"mark", "advmod", "nsubj", "dobj"}
               for t in clause.subtree if t.i < clause.i)


def _obliges(token: Token) -> bool:
    """A modal of obligation on a verb ("should pay"), or "need"/"have" with a "to" verb."""
    if token.tag_ == "MD" and token.lower_ in OBLIGATION_MODALS:
        return token.head.pos_ in {"VERB", "AUX"} and token.head.i != token.i
    if token.lemma_.lower() in OBLIGATION_VERBS and token.pos_ in {"VERB", "AUX"}:
        return any(child.dep_ == "xcomp" and any(c.lower_ == "to" for c in child.children)
                   for child in token.children)
    return False
