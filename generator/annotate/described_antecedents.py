"""A definite description that speaks, read back to the one named earlier (issue 17, wave 8).

News prose names someone once in full and then goes on with a shorter description of the same one:

* an acronym of the title the article gave a person before the name: "Harbor County District
  Attorney Jane Roe … the DA said" is Jane Roe (the acronym is the initials of the last title words
  before the name, "District Attorney"; exactly one person of the article may fit);
* an epithet for a company: "Novatek released a patch … the US software giant said" is Novatek, the
  nearest organisation before it that is the subject of a clause (the company the text is about);
  only a few nouns that English uses as epithets of a business, and only when no company name holds
  the noun itself (`speakers.antecedent_organisation` handles "the company" with "Acme Corp").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.models import EntityMention

# Nouns that stand for a company already named ("the software giant", "the carmaker").
COMPANY_EPITHETS = {"giant", "maker", "carmaker", "automaker", "retailer", "carrier", "manufacturer",
                    "developer", "producer", "chain", "conglomerate", "firm", "company"}
# Sentences back (the description's own included) where an epithet looks for its company.
EPITHET_SENTENCES = 3
SUBJECTS = {"nsubj", "nsubjpass"}
# Each rule switched off in turn by benchmarks/speech_rule_ablation.py.
ACRONYM_TITLES = True
EPITHETS = True


def acronym_person(head: Token, mention: EntityMention | None, entities: list[EntityMention]
                   ) -> EntityMention | None:
    """ "the DA": the one person named before it whose title before the name ends in words with
    those initials; None otherwise."""
    word = head.text
    if not ACRONYM_TITLES or not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return None
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
        return None
    if mention is not None and mention.text.strip() != word:
        return None  # the acronym is part of a longer name
    doc = head.doc
    fitting: dict[str, EntityMention] = {}
    for person in entities:
        if person.type != "person" or person.end > head.idx:
            continue
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        if span is not None and title_initials(span.start, doc).endswith(word):
            fitting.setdefault(person.text.split()[-1], person)
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def title_initials(name_start: int, doc: Doc) -> str:
    """Initials of the capitalised compound words right before a name ("District Attorney Jane Roe"
    -> "DA"), nearest last."""
    letters: list[str] = []
    index = name_start - 1
    while index >= 0:
        token = doc[index]
        if token.dep_ != "compound" or not token.text[:1].isupper() or not token.is_alpha:
            break
        letters.append(token.text[0])
        index -= 1
    return "".join(reversed(letters))


def epithet_company(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """ "the US software giant said": the nearest organisation before it, in its own or the two
    sentences before, that is the subject of a clause; None when there is none."""
    if not EPITHETS or head.pos_ != "NOUN" or head.lemma_.lower() not in COMPANY_EPITHETS:
        return None
    if not any(child.dep_ == "det" and child.lower_ in {"the", "this"} for child in head.children):
        return None
    doc = head.doc
    first = head.sent.start
    for _ in range(EPITHET_SENTENCES - 1):
        first = doc[first - 1].sent.start if first > 0 else first
    window = doc[first].idx
    before = [e for e in entities if e.type == "organization" and window <= e.start and e.end <= head.idx]
    for mention in sorted(before, key=lambda e: e.start, reverse=True):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in SUBJECTS:
            return mention
    return None
