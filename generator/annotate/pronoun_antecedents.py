"""The person "he" or "she" refers back to, read from the dependency parse (issue 17, wave 7).

News prose names a speaker, then goes on with "he said". The antecedent is the nearest earlier
person mention that is the subject of a clause, main or subordinate, including the subject of an
inverted speech verb ("…, said Officer Jane Roe."), which agrees with the pronoun:

* in number: a name whose head is a plural noun ("Harbor Police", "the Rangers") is no "he";
* in gender, where the article shows it: a name after "Mr." is no "she", after "Mrs.", "Ms.",
  "Miss" no "he";
* by the parse: a name inside the clause the pronoun's own speech verb reports is not its speaker
  ("Poe was on probation, he said": he is not Poe, or the article would have written "Poe said he
  was"); nor is a name inside quotation marks (what someone talks about).

In the pronoun's own sentence the nearest such subject before it is taken ("When Roe hired Poe, he
called him …" is Roe). In an earlier sentence the one who spoke there comes first (the subject of a
speech verb in any clause: the speaker goes on), then the subject of its main clause, then any
other subject; sentences are searched back from the nearest, a few at most. None found: the caller
keeps its own fallback.

"It" saying something ("It also says that …") with no speaker around it is the nearest organisation
named before it as the subject of a clause, in its own sentence or the few before (`organisation_before`,
wave 12), agreeing as `agrees` has it: a plural name or a collective ("the Rangers", "Harbor Police",
"the fire department") is left out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.annotate.described_people import (
    described_subjects,
    description_gender,
    name_gender,
    title_gender,
)
from generator.annotate.doc_memo import memo_at
from generator.annotate.quantities.doc_index import sentence_of
from generator.models import EntityMention

# Verbs of saying whose subject is a speaker who may go on as "he said" in a later sentence.
SPEAKING_VERBS = {"say", "tell", "ask", "add", "report", "write", "argue", "claim", "insist", "demand",
                  "deny", "testify", "state", "explain", "warn", "contend", "complain", "concur",
                  "reply", "respond", "answer", "note", "announce", "acknowledge", "admit", "recall",
                  "suggest", "confirm", "declare", "stress", "remind", "predict", "comment", "continue"}
MALE_PRONOUNS = {"he", "him", "his"}
FEMALE_PRONOUNS = {"she", "her", "hers"}
# Collective nouns singular in form that name a group, never one "he" ("Harbor Police").
GROUP_HEADS = {"police", "staff", "crew", "personnel", "team", "department", "office", "council",
               "committee", "board", "government", "administration", "agency", "patrol", "jury"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
REPORTED_CLAUSES = {"ccomp", "parataxis", "xcomp"}
SENTENCES_BACK = 4
# A switch for the ablation benchmark: "it" said by an organisation named before (wave 12).
ORGANISATION_IT = True


def parse_antecedent(pronoun: Token, people: list[EntityMention], quoted: list[tuple[int, int]],
                     entities: list[EntityMention] | None = None) -> EntityMention | None:
    """The person `pronoun` ("he", "she") refers to, among `people` (mentions before it, in text
    order or not), by the rules of the module docstring; None when no subject agrees."""
    doc = pronoun.doc
    reported = reported_clause_span(pronoun)
    described = described_subjects(doc, pronoun.idx, entities) \
        if entities is not None and pronoun.lower_ in {"he", "she"} else []
    candidates = [*people, *described]
    compatible = [m for m in candidates if m.end <= pronoun.idx and agrees(pronoun, m, doc, people)
                  and not inside(m.start, quoted) and not reported[0] <= m.start < reported[1]]
    own = sentence_of(pronoun)
    sentence = own
    for _ in range(SENTENCES_BACK + 1):
        here = [m for m in compatible if sentence.start_char <= m.start < sentence.end_char]
        chosen = best_in_sentence(here, doc, nearest_only=sentence == own)
        if chosen is not None:
            return chosen
        if sentence.start == 0:
            break
        sentence = sentence_of(doc[sentence.start - 1])
    return None


def best_in_sentence(mentions: list[EntityMention], doc: Doc, nearest_only: bool) -> EntityMention | None:
    subjects = [(m, root) for m in sorted(mentions, key=lambda m: m.start, reverse=True)
                if (root := subject_root(doc, m)) is not None]
    if not subjects:
        return None
    if nearest_only:
        return subjects[0][0]
    for wanted in (is_speaker, is_main_subject):
        found = next((m for m, root in subjects if wanted(root)), None)
        if found is not None:
            return found
    return subjects[0][0]


def mention_span(doc: Doc, mention: EntityMention) -> Span | None:
    """The mention's tokens, looked up once per document (every pronoun weighs the same names)."""
    return memo_at(doc, "explainer_mention_spans", (mention.start, mention.end),
                   lambda: doc.char_span(mention.start, mention.end, alignment_mode="expand"))


def subject_root(doc: Doc, mention: EntityMention) -> Token | None:
    """The subject token the mention is (or stands in apposition to), or None if it is no subject."""
    span = mention_span(doc, mention)
    if span is None:
        return None
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root if root.dep_ in SUBJECT_DEPS else None


def is_speaker(subject: Token) -> bool:
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in SPEAKING_VERBS


def is_main_subject(subject: Token) -> bool:
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def reported_clause_span(pronoun: Token) -> tuple[int, int]:
    """Character span of the clause the pronoun's own speech verb reports ("[Poe was on probation],
    he said"): (0, 0) when the pronoun is no speaker."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in SPEAKING_VERBS:
        return 0, 0
    clauses = [c for c in verb.children if c.dep_ in REPORTED_CLAUSES]
    if not clauses:
        return 0, 0
    first = min(c.left_edge.idx for c in clauses)
    last = max(c.right_edge.idx + len(c.right_edge) for c in clauses)
    return first, last


def agrees(pronoun: Token, mention: EntityMention, doc: Doc, people: list[EntityMention] | None = None,
           ) -> bool:
    """Number always; gender where a title before the name gives it, and (wave 14, with `people`, the
    person names around) where a described person's noun or a name's given name gives it."""
    span = mention_span(doc, mention)
    if span is None:
        return True
    head = span.root
    if head.tag_ in {"NNS", "NNPS"} or head.lower_ in GROUP_HEADS:
        return False
    if people is not None and pronoun.lower_ in {"he", "she"}:
        gender = description_gender(head) if mention.label == "DESCRIPTION" \
            else name_gender(mention, doc, people)
        if gender is not None:
            return gender == ("male" if pronoun.lower_ == "he" else "female")
    by_title = title_gender(span)
    if by_title == "male":
        return pronoun.lower_ not in FEMALE_PRONOUNS
    if by_title == "female":
        return pronoun.lower_ not in MALE_PRONOUNS
    return True


def inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def organisation_before(pronoun: Token, entities: list[EntityMention], quoted: list[tuple[int, int]],
                        ) -> EntityMention | None:
    """The organisation "it" stands for (see the module docstring), or None."""
    if not ORGANISATION_IT:
        return None
    doc = pronoun.doc
    organisations = sorted((m for m in entities if m.type == "organization" and m.end <= pronoun.idx
                            and not inside(m.start, quoted) and agrees(pronoun, m, doc)),
                           key=lambda m: m.start, reverse=True)
    sentence = sentence_of(pronoun)
    for _ in range(SENTENCES_BACK + 1):
        here = (m for m in organisations if sentence.start_char <= m.start < sentence.end_char)
        found = next((m for m in here if subject_root(doc, m) is not None), None)
        if found is not None or sentence.start == 0:
            return found
        sentence = sentence_of(doc[sentence.start - 1])
    return None
