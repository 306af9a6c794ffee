"""Who a speech verb's subject is: a named entity, a pronoun's antecedent, an organisation, a phrase.

* a subject inside a named entity mention gives that mention's text and offsets;
* "the woman, who was identified as Jane Roe" is Jane Roe;
* "President and General Manager Jane Roe" (a title the parse coordinates with the name) is Jane Roe,
  and so is "Sgt. Jane Roe" when the tagger made the title a name of its own;
* a pronoun subject ("he", "she") takes the nearest agreeing subject before it by the parse
  (`pronoun_antecedents`: main or subordinate clause, inverted "said X", number and gender); when
  there is none, the nearest person named before it outside quotation marks
  (a name the tagger left untyped counts as a person once it is the subject of a speech verb, and
  so does a name typed as an organisation whose own speech is about "she" or "he": "Guzel said she …"),
  preferring the subject of a main clause (the usual antecedent in news prose), but first the subject
  of a clause before it in its own sentence ("When Roe hired Poe, he called him …" is Roe);
* "they" takes the nearest group named before it as the subject of a speech verb ("the inspectors
  asked …"), else the plural subject of the nearest main clause in its own or the previous sentence
  ("Police saw the van. They say …"), and nothing when there is none;
* a spokesperson or representative "for/of" an organisation speaks for it: the organisation is the
  speaker;
* "the company" (or "the firm") is the nearest company named before it with a legal designator
  ("Acme Corp"); "the alliance", "the fund" the nearest organisation named before it whose name holds
  that word ("the Drivers Alliance");
* "someone", "somebody" are kept as written (the article names nobody, and says so);
* "the chip giant" is the company that is the subject just before it (`described_antecedents`,
  wave 8), "the 34-year-old" the person (wave 12), "the team" the organisation named just before
  (wave 13);
* any other subject ("a spokesperson") is kept as its noun phrase.
"""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from generator.annotate.described_antecedents import epithet_company, epithet_person, epithet_team
from generator.annotate.described_people import described_as, named_in_description
from generator.annotate.doc_memo import memo
from generator.annotate.doc_quotes import doc_quoted_parts
from generator.annotate.doc_spans import span_at
from generator.annotate.pronoun_antecedents import agrees, parse_antecedent
from generator.annotate.quantities.doc_index import sentence_of
from generator.models import EntityMention

PERSON_PRONOUNS = {"he", "she", "him", "her"}
# Pronouns that name an unknown speaker as the article does ("someone shouted"): kept as written.
INDEFINITE_SPEAKERS = {"someone", "somebody", "anyone", "anybody"}
GROUP_PRONOUNS = {"they", "them"}
# Verbs that make their plural subject a group that speaks ("the inspectors asked …").
GROUP_SPEECH_VERBS = {"say", "tell", "ask", "add", "report", "write", "argue", "claim", "insist",
                      "demand", "deny", "testify", "state", "explain", "warn", "contend", "complain"}
# A switch for the ablation benchmark: a speaking "organisation" named like a person ("Darcy Davies")
# is a person to "he" and "she" (wave 13).
GIVEN_NAME_SPEAKERS = True
# Nouns singular in form that English treats as plural ("the police say").
PLURAL_COLLECTIVES = {"police", "people", "staff", "crew", "personnel"}
# Plural people nouns "they" may stand for: agent nouns by their ending ("officers", "investigators",
# "residents", "physicians", "activists"), and common tellers without such an ending.
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
PEOPLE_NOUNS = {"official", "authority", "critic", "witness", "expert", "relative", "neighbor",
                "neighbour", "family", "parent", "analyst", "observer", "source"}
# How far back (in tokens) "they" looks for the group it stands for.
GROUP_REACH = 120
# People who speak for an organisation: "a spokesperson for X said" is X speaking.
SPOKESPERSON_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople"}
# "the company" refers back to a name ending in a legal designator.
COMPANY_NOUNS = {"company", "firm", "corporation", "group", "business", "conglomerate"}
CORPORATE_DESIGNATORS = {
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "gmbh", "nv", "sa", "se", "holdings",
    "group", "limited",
}
# "the woman, who was identified as Jane Roe", "a man named as John Roe".
IDENTIFYING_VERBS = {"identify", "name"}
RELATIVE_WHO = {"who", "that"}
# Clauses whose subject is background to a later pronoun: "… after Roe was sentenced", "Poe is sure
# that Roe is the right choice" (a pronoun after it is Poe).
SUBORDINATE_CLAUSES = {"advcl", "relcl", "acl", "pcomp", "csubj", "ccomp"}

def resolve_speaker(head: Token, entities: list[EntityMention]) -> tuple[str, int | None, int | None] | None:
    """Name text and offsets of the entity a subject token refers to (see module docstring)."""
    mention = entity_covering(head, entities)
    if mention is not None:
        mention = person_after_title(mention, head, entities) or mention
        return mention.text, mention.start, mention.end
    for child in head.children:
        if child.dep_ == "appos":
            mention = entity_covering(child, entities)
            if mention is not None:
                return mention.text, mention.start, mention.end
    titled = titled_person(head, entities) or named_in_description(head, entities)
    if titled is not None:
        return titled.text, titled.start, titled.end
    named = identified_as(head)
    if named is not None:
        mention = entity_covering(named.root, entities)
        return (mention.text, mention.start, mention.end) if mention else (
            named.text, named.start_char, named.end_char)
    if head.lower_ in GROUP_PRONOUNS:
        group = nearest_speaking_group(head) or previous_plural_subject(head)
        return (group.text, group.start_char, group.end_char) if group is not None else None
    if head.lower_ in PERSON_PRONOUNS:
        person = nearest_person_before(head, entities)
        if person is not None and person.label == "DESCRIPTION":  # "Our reporter says … He says" (wave 14)
            phrase = head.doc.char_span(person.start, person.end, alignment_mode="expand")
            if phrase is not None and phrase.root.lower_ not in PERSON_PRONOUNS:
                return resolve_speaker(phrase.root, entities)  # as if it spoke here ("a spokesman for X")
        return (person.text, person.start, person.end) if person else None
    described = epithet_person(head, entities)  # "the 34-year-old said" (wave 12)
    if described is not None:
        return described.text, described.start, described.end
    organisation = represented_organisation(head, entities) or antecedent_organisation(head, entities) \
        or epithet_company(head, entities) or epithet_team(head, entities)
    if organisation is not None:
        return organisation.text, organisation.start, organisation.end
    in_role = described_as(head, entities)  # "the district attorney says": named in that role before
    if in_role is not None:
        return in_role.text, in_role.start, in_role.end
    if head.lower_ in INDEFINITE_SPEAKERS:
        return head.text, head.idx, head.idx + len(head)  # "someone said": the article names nobody
    if head.pos_ == "PRON":
        return None
    phrase = subject_phrase(head)
    return phrase.text, phrase.start_char, phrase.end_char


def person_after_title(mention: EntityMention, head: Token, entities: list[EntityMention]
                       ) -> EntityMention | None:
    """ "said Sgt. Marty Roe": a one-word name the tagger split off a person's name (a title, with or
    without its full stop, which the sentence splitter may take for a sentence end) stands for the
    person named right after it."""
    if mention.type == "person" or " " in mention.text.strip():
        return None
    following = next((t for t in span_at(head.doc, head.i + 1, head.i + 3) if t.text != "."), None)
    if following is None:
        return None
    after = entity_covering(following, entities)
    return after if after is not None and after.type == "person" and after.start == following.idx else None


def titled_person(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """ "Team President and General Manager Jane Roe said": the parse coordinates the first title with
    the name; a capitalised title word outside any name, joined to a person's name, is that person."""
    if head.tag_ != "NNP" or not head.is_title:
        return None
    for child in head.children:
        if child.dep_ != "conj":
            continue
        mention = entity_covering(child, entities)
        between = span_at(head.doc, head.i + 1, child.left_edge.i)
        titles_only = all(word.is_title for word in between if word.is_alpha and word.dep_ != "cc")
        if mention is not None and mention.type == "person" and titles_only:
            return mention
    return None


def identified_as(head: Token) -> Span | None:
    """ "the woman, who was identified as Jane Roe": the name the description is given."""
    for clause in head.children:
        if clause.dep_ not in {"relcl", "acl"}:
            continue
        for token in clause.subtree:
            if token.lower_ == "as" and token.head.lemma_.lower() in IDENTIFYING_VERBS:
                objects = [c for c in token.children if c.dep_ == "pobj"]
                if objects:
                    return head.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]
    return None


def represented_organisation(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """ "a spokesperson for the Alzheimer's Research Fund" speaks for the fund."""
    if head.lemma_.lower() not in SPOKESPERSON_NOUNS and head.lower_ not in SPOKESPERSON_NOUNS:
        return None
    for preposition in head.rights:
        if preposition.dep_ == "prep" and preposition.lower_ in {"for", "of", "at"}:
            for noun in preposition.children:
                mention = entity_covering(noun, entities)
                if mention is not None and mention.type in {"organization", "group", "place"}:
                    return mention
    return None


def antecedent_organisation(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """The organisation a definite description refers back to (see the module docstring)."""
    if head.pos_ != "NOUN" or not any(c.lower_ in {"the", "this"} for c in head.children) \
            or any(c.dep_ == "poss" for c in head.children):
        return None
    before = (e for e in reversed(entities) if e.type == "organization" and e.end <= head.idx)
    word = head.lemma_.lower()
    for mention in before:
        words = [w.strip(".,").lower() for w in mention.text.split()]
        if word in words or head.lower_ in words:
            return mention
        if word in COMPANY_NOUNS and words and words[-1] in CORPORATE_DESIGNATORS:
            return mention
    return None


def entity_covering(token: Token, entities: list[EntityMention]) -> EntityMention | None:
    return next((e for e in entities if e.start <= token.idx < e.end), None)


def nearest_person_before(pronoun: Token, entities: list[EntityMention]) -> EntityMention | None:
    """The person a pronoun refers back to: the nearest person named before it outside quotation
    marks (a name inside a quote is what the speaker talks about), preferring the subject of a
    clause (the usual antecedent in news prose) to a name in any other role."""
    doc = pronoun.doc
    quoted = quoted_spans(doc)
    speaking = speaking_names(doc, entities)
    people = sorted((e for e in entities if (e.type == "person" or e.text in speaking)
                     and e.end <= pronoun.idx and not any(start <= e.start < end for start, end in quoted)
                     and agrees(pronoun, e, doc)),
                    key=lambda e: e.start, reverse=True)
    by_parse = parse_antecedent(pronoun, people, quoted, entities)
    if by_parse is not None:
        return by_parse  # the nearest agreeing subject, by the parse (pronoun_antecedents)
    sentence_start = sentence_of(pronoun).start_char
    in_sentence = takewhile(lambda e: e.start >= sentence_start, people)  # nearest first
    leading = next((e for e in in_sentence if leads_a_clause(doc, e)), None)
    if leading is not None:
        return leading  # "When Roe hired Poe, he called him …": he is Roe
    return next((e for e in people if is_subject_mention(doc, e)), people[0] if people else None)


def leads_a_clause(doc: Doc, mention: EntityMention) -> bool:
    """The mention is the active subject of a clause (a subordinate one too)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nsubj"


def speaking_names(doc: Doc, entities: list[EntityMention]) -> set[str]:
    """Names of untyped entities ("other") that are the subject of a speech verb somewhere in the text:
    whoever "said" something and is not an organisation or a place is a person to "he" and "she"
    (a surname the name tagger missed still speaks). Computed once per document and entity list."""
    key = f"explainer_speaking:{id(entities)}:{len(entities)}:{entities[0].start if entities else -1}"
    return memo(doc, key, lambda: _speaking_names(doc, entities))


def _speaking_names(doc: Doc, entities: list[EntityMention]) -> set[str]:
    names = set()
    for mention in entities:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") \
            if mention.type in {"other", "organization"} else None
        speaks = span is not None and span.root.dep_ == "nsubj" \
            and span.root.head.lemma_.lower() in GROUP_SPEECH_VERBS
        if span is None or not speaks:
            continue
        if mention.type == "other" or says_he_or_she(span.root.head) \
                or (person_like_name(mention) and not says_it(span.root.head)):
            names.add(mention.text)
    return names


def person_like_name(mention: EntityMention) -> bool:
    """ "Darcy Davies, a student, wrote …": a name the tagger typed as an organisation that speaks and
    is a common given name followed by one or two capitalised words is a person's (wave 13), unless
    its own speech calls it "it" ("Morgan Stanley said its profit fell", `says_it`)."""
    if not GIVEN_NAME_SPEAKERS or mention.type != "organization":
        return False
    from generator.annotate.given_names import census_given_names, fold  # lazy: the lists load once

    words = mention.text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
        and fold(words[0]) in census_given_names()


def says_it(verb: Token) -> bool:
    """ "Morgan Stanley said its profit fell": a speaker whose own speech calls it "it" is no person."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    return any(t.lower_ in {"it", "its"} for c in clauses for t in c.subtree)


def says_he_or_she(verb: Token) -> bool:
    """ "Guzel said she had come to vote": a name whose own speech is about "she" or "he" is a person
    (an organisation is "it"), whatever type the tagger gave the name."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    return any(s.dep_ == "nsubj" and s.lower_ in {"he", "she"} for c in clauses for s in c.children)


def nearest_speaking_group(pronoun: Token) -> Span | None:
    """The group "they" stands for: the nearest plural noun before it, outside quotation marks, that
    is the subject of a speech verb ("the four inspectors asked …"); None when there is none close by."""
    doc = pronoun.doc
    quoted = quoted_spans(doc)
    for token in reversed(span_at(doc, max(0, pronoun.i - GROUP_REACH), pronoun.i)):
        if token.tag_ in {"NNS", "NNPS"} and token.dep_ == "nsubj" \
                and token.head.lemma_.lower() in GROUP_SPEECH_VERBS \
                and not any(start <= token.idx < end for start, end in quoted):
            return subject_phrase(token)
    return None


def previous_plural_subject(pronoun: Token) -> Span | None:
    """ "Harbor Police saw the van. They tried to stop him, but they say …": with no group that spoke
    before it, a subject "they" stands for the subject of the nearest main clause before it, in its
    own or the previous sentence, that is plural ("officers", "police"); None otherwise (the claim is
    then left out rather than given to a guess)."""
    if pronoun.dep_ != "nsubj":
        return None
    doc = pronoun.doc
    own = sentence_of(pronoun).start
    first = sentence_of(doc[own - 1]).start if own > 0 else own
    quoted = quoted_spans(doc)
    for token in reversed(span_at(doc, first, pronoun.i)):
        main = token.head.dep_ in {"ROOT", "conj"} or token.head.i == token.i
        outside = not any(s <= token.idx < e for s, e in quoted)
        if token.dep_ == "nsubj" and main and names_people(token) and outside:
            return subject_phrase(token)
    return None


def names_people(noun: Token) -> bool:
    """A plural noun for people who can speak: a collective ("police"), a name's head ("Harbor
    Police"), or a plural agent noun ("officers", "investigators", "residents"); not "the beams"."""
    lemma = noun.lemma_.lower()
    if lemma in PLURAL_COLLECTIVES or noun.lower_ in PLURAL_COLLECTIVES:
        return True
    return noun.tag_ in {"NNS", "NNPS"} and (lemma in PEOPLE_NOUNS or lemma.endswith(AGENT_SUFFIXES))


def quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans inside quotation marks, computed once per document."""
    return memo(doc, "explainer_quoted", lambda: [(p.start, p.end) for p in doc_quoted_parts(doc)])


def is_subject_mention(doc: Doc, mention: EntityMention) -> bool:
    """The mention is the subject of a main clause, in apposition to one, or the antecedent of "who" doing
    something ("Jane Doe, who produced the film")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return root.head.dep_ not in SUBORDINATE_CLAUSES  # "… after Roe was sentenced" is background
    return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in RELATIVE_WHO for g in c.children)
               for c in root.children)


def subject_phrase(head: Token) -> Span:
    """The subject's head with its left modifiers ("the company's chief executive")."""
    left = head
    for child in head.lefts:
        if child.dep_ in {"det", "compound", "amod", "poss", "nmod", "case"}:
            left = child.left_edge if child.left_edge.i < left.i else left
            break
    return span_at(head.doc, left.i, head.i + 1)
