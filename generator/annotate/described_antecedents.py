"""A company described, read back to the one named earlier (issue 17, wave 8).

News prose names a company once and then goes on with an epithet for it: "Intel shipped a
repair … the chip giant said" is Intel, the nearest organisation before it (in its own or
the two sentences before) that is the subject of a clause: the company the text is about. Only a
few nouns that English uses as epithets of a business, with "the" or "this", and only when no
company name holds the noun itself (`speakers.antecedent_organisation`, tried first, takes "the
company" for "Acme Corp" and "the alliance" for "the Drivers Alliance").

A person described by age ("the 34-year-old said", wave 12) is read back the same way to the
nearest person named before it as the subject of a clause: news prose uses the age as an epithet
for someone just named, never to bring in someone new (who would come with a name or a role).

Tried and dropped in wave 8 (commit of the candidates in docs/evaluation.md): "the DA" as the person
titled "District Attorney" before the name; it gained only on the batch it was written from.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.annotate.quantities.doc_index import sentence_of
from generator.models import EntityMention

# Nouns that stand for a company already named ("the chip giant", "the carmaker").
COMPANY_EPITHETS = {"giant", "maker", "carmaker", "automaker", "retailer", "carrier", "manufacturer",
                    "developer", "producer", "chain", "conglomerate", "firm", "company"}
# Nouns that stand for a sports team or club already named ("the team announced", wave 13).
TEAM_EPITHETS = {"team", "club", "franchise"}
# Sentences back (the description's own included) where an epithet looks for its company.
EPITHET_SENTENCES = 3
SUBJECTS = {"nsubj", "nsubjpass"}
# Switched off by benchmarks/speech_rule_ablation.py.
EPITHETS = True
AGE_EPITHETS = True
TEAM_EPITHETS_ON = True
# The units of "the 34-year-old", "the six-month-old".
AGE_UNITS = {"year", "month", "week"}


def epithet_company(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """ "the chip giant said": the nearest organisation before it, in its own or the two
    sentences before, that is the subject of a clause; None when there is none."""
    if not EPITHETS or head.pos_ != "NOUN" or head.lemma_.lower() not in COMPANY_EPITHETS:
        return None
    if not any(child.dep_ == "det" and child.lower_ in {"the", "this"} for child in head.children):
        return None
    return nearest_subject_before(head, entities, "organization")


def epithet_team(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """ "Roe was placed on injured reserve, the team announced": the nearest organisation named before
    it, in its own or the two sentences before, in any role ("the Saints' leading rusher": a team is
    named in passing more often than as a subject); a bare "the team" only ("the rescue team" is
    another group)."""
    if not TEAM_EPITHETS_ON or head.pos_ != "NOUN" or head.lower_ not in TEAM_EPITHETS:
        return None
    if any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in head.lefts) or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children):
        return None
    return nearest_before(head, entities, "organization")


def epithet_person(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """ "the 34-year-old said": the nearest person before it, in its own or the two sentences
    before, that is the subject of a clause; None when there is none or `head` is no age."""
    if not AGE_EPITHETS or head.lower_ != "old" or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children):
        return None
    if not any(c.lemma_.lower() in AGE_UNITS and any(n.dep_ == "nummod" for n in c.children)
               for c in head.children):
        return None
    return nearest_subject_before(head, entities, "person")


def nearest_before(head: Token, entities: list[EntityMention], kind: str) -> EntityMention | None:
    """The nearest mention of `kind` before `head`, in its own or the sentences before (up to
    EPITHET_SENTENCES in all), in any role."""
    doc = head.doc
    first = head.sent.start
    for _ in range(EPITHET_SENTENCES - 1):
        first = doc[first - 1].sent.start if first > 0 else first
    window = doc[first].idx
    before = [e for e in entities if e.type == kind and window <= e.start and e.end <= head.idx]
    return max(before, key=lambda e: e.start) if before else None


def nearest_subject_before(head: Token, entities: list[EntityMention], kind: str) -> EntityMention | None:
    """The nearest mention of `kind` before `head`, in its own or the sentences before (up to
    EPITHET_SENTENCES in all), that is the subject of a clause."""
    doc = head.doc
    first = sentence_of(head).start
    for _ in range(EPITHET_SENTENCES - 1):
        first = sentence_of(doc[first - 1]).start if first > 0 else first
    window = doc[first].idx
    before = [e for e in entities if e.type == kind and window <= e.start and e.end <= head.idx]
    for mention in sorted(before, key=lambda e: e.start, reverse=True):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in SUBJECTS:
            return mention
    return None
