"""Who reported, demanded or stated what (attributed claims in reported speech).

Three shapes are read from the dependency parse of each sentence:

* reports: "According to a report by X" (or "data compiled by X", "a study published in the journal
  X"), "according to <news organisation>", "X reported (that) <claim>", "<claim>, X reported"; a
  company that "reported profit" (a direct object, no clause) makes a statement, not a report; "according
  to" an organisation that is not a news organisation is a statement. News organisations are known by
  their name ("… News", "… Times"), by having reported, or by being told things ("told Reuters"); a
  statement verb ("said", "highlighted") whose subject is a news organisation that reported earlier
  in the article, or an anaphor for one ("the outlet", "the newspaper", "it"), is a report too, and
  the anaphor is resolved to the last organisation that reported before it (name and offsets);
* demands: "X asked/urged/called on Y to <a>, <b> and <c>", "X called for <a> and <b>", "X wants Y to
  <a>", "X wants <a> and <b>" (not "X wants to <a>", an intention): every
  coordinated complement (conj of the ccomp/xcomp, or of the object of "for") is its own demand, its
  text running from its verb or noun phrase to the start of the next item;
* statements: "X said (that) <claim>", "X mentioned that ...", "X announced ..."; "<claim>, said X,
  <a long description>." read from the words when the parse loses the tail (`trailing_attributions`).

Each claim also says how its source puts it (`mood`) and whether the source is said to have said it
at all (`polarity`): "X denied/rejected/disputed that …" is a denial; "X asked how/why/whether …",
"X questioned …", "X wondered …" a question (a question is not a demand: "asked Y to <act>" stays a
demand); a negated speech verb ("X did not say why …", "X never claimed …") has negative polarity.

`by` is the name as written (a pronoun or anaphor replaced by the name it refers to) with its
offsets; the merge stage maps it to an entity. "it" saying or wanting something inside what another
subject said ("the union said it wants …") is that subject. Speech inside quotation marks is left to
the quotes extractor: a cue inside quotes, or one whose content is a quotation, gives no claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.annotate.accusations import accused_act
from generator.annotate.attribution_asides import (
    BELIEF_VERBS,
    REPORT_NOUNS,
    according_aside,
    hearsay_without_teller,
    is_according_to,
    is_vague_teller,
    makes_a_statement,
    parenthetical_span,
    report_author,
    words_without,
)
from generator.annotate.claim_content import (
    FINITE_TAGS,
    adverbial_clause_end,
    adverbial_gerund,
    after_dateline,
    before_closing_quotation,
    calls_for,
    demanded_actions,
    demanded_things,
    is_negated,
    is_perfect_participle,
    item_start,
    right_content_start,
    stranded_subject,
    subject_of_aside,
    takes_head_subject,
    trim,
)
from generator.annotate.claim_nouns import noun_claim
from generator.annotate.cue_positions import cue_positions
from generator.annotate.doc_quotes import doc_quoted_token_ids
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_tokens import doc_sents
from generator.annotate.outlets import is_outlet_anaphor, outlet_names
from generator.annotate.pronoun_antecedents import organisation_before
from generator.annotate.quotes import resolve_speaker
from generator.annotate.speakers import quoted_spans
from generator.annotate.speech_acts import INSTRUCTION_VERBS, instructs, states_with_clause
from generator.annotate.trailing_attributions import trailing_attribution
from generator.models import ClaimKind, ClaimMention, ClaimMood, EntityMention, Polarity

REPORT_VERBS = {"report", "reveal", "publish"}
STATEMENT_VERBS = {
    "say", "mention", "announce", "state", "tell", "note", "add", "explain", "claim", "highlight",
    "warn", "argue", "insist", "confirm", "declare", "stress", "emphasise", "emphasize", "acknowledge",
    "admit", "suggest", "write", "tweet", "indicate", "deny", "allege", "predict", "estimate",
    "assert", "contend", "maintain", "point", "reiterate", "signal", "testify", "brag", "boast", "concede",
}
TRAILING_VERBS = frozenset(STATEMENT_VERBS | REPORT_VERBS)
DENIAL_VERBS = {"deny", "reject", "dispute", "refute", "dismiss", "contest"}
# What one denies when one rejects or disputes something said: "rejected the allegations".
ASSERTION_NOUNS = {"claim", "allegation", "accusation", "suggestion", "charge", "report", "assertion",
                   "statement", "rumour", "rumor", "account"}
# What one "denies" someone when one refuses it: "denied a plea offer", "denied bail".
REFUSED_THINGS = {"offer", "request", "motion", "bail", "appeal", "permission", "access", "entry",
                  "application", "petition", "bid", "visa", "parole", "service", "admission"}
QUESTION_VERBS = {"ask", "question", "wonder", "inquire", "enquire", "query"}
# Words that open an indirect question: "asked how she felt", "asked whether the plan was legal".
QUESTION_WORDS = {"how", "why", "what", "when", "where", "who", "whom", "whose", "which", "whether", "if"}
DEMAND_VERBS = {
    "ask", "urge", "demand", "request", "call", "press", "push", "appeal", "implore", "beg", "want",
}
# "it/they" inside what another subject said refers to that subject ("the union said it wants ...").
SUBJECT_PRONOUNS = {"it", "they"}
# What is sent to say something: "sent a letter urging …", "issued a statement calling for …".
MESSAGE_NOUNS = {"letter", "letters", "statement", "memo", "memorandum", "note", "petition", "message",
                 "release", "resolution", "email", "appeal", "request", "report"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
MIN_CLAIM_TOKENS = 3
ACCORDING_ASIDES = True  # wave 15 switch (`attribution_asides.according_aside`)
MIN_DEMAND_TOKENS = 2  # "raise wages"


@dataclass
class Cue:
    """One attribution found in a sentence, before its content is cut out."""

    kind: ClaimKind
    start: int  # first token of the cue phrase (subject or "according")
    by_head: Token
    verb: Token | None
    content_left: bool  # the claim stands before the cue ("<claim>, X reported")
    mood: ClaimMood = "statement"
    polarity: Polarity = "positive"
    # "The plan, the mayor said, would cost …": the cue's own tokens, left out of the claim's words.
    gap: tuple[int, int] | None = None
    unnamed: bool = False  # "The fire is said to have started …": no teller (`by_head` is the verb)
    end: int | None = None  # "Roe's claim that [it closed] was false": where the claim's clause ends


@dataclass
class Reporter:
    text: str
    start: int | None
    end: int | None


def find_claims(doc: Doc, entities: list[EntityMention]) -> list[ClaimMention]:
    """Reports, demands and statements in `doc`; `sentence` is filled in by annotate."""
    inside = doc_quoted_token_ids(doc)
    outlets = outlet_names(doc)
    reporters: list[Reporter] = []
    claims: list[ClaimMention] = []
    for sentence in doc_sents(doc):
        cues = with_trailing_attribution(find_cues(sentence, inside, outlets), sentence, inside)
        for position, cue in enumerate(cues):
            next_start = content_end(cue, cues[position + 1:], sentence)
            claims.extend(claims_for_cue(cue, sentence, next_start, entities, reporters, inside))
            if cue.kind == "report" and not cue.unnamed:
                outlets.add(cue.by_head.lower_)
    return claims


def with_trailing_attribution(cues: list[Cue], sentence: Span, inside: set[int]) -> list[Cue]:
    """ "<claim>, said Jane Roe, <a long description>." (`trailing_attributions`, wave 11): the claim
    before the comma is the speaker's, whatever the parse made of the tail; the cues the parse found
    in the tail give way to it."""
    trailing = trailing_attribution(sentence, inside, TRAILING_VERBS)
    if trailing is not None and not any(c.verb is not None and c.verb.i == trailing.verb.i and c.content_left
                                        for c in cues):
        kind: ClaimKind = "report" if trailing.verb.lemma_.lower() in REPORT_VERBS else "statement"
        cues = [c for c in cues
                if c.start <= trailing.comma and (c.verb is None or c.verb.i < trailing.comma)]
        cues.append(Cue(kind=kind, start=trailing.comma + 1, by_head=trailing.speaker, verb=trailing.verb,
                        content_left=True, polarity="negative" if is_negated(trailing.verb) else "positive"))
    return sorted(cues, key=lambda cue: cue.start)


def content_end(cue: Cue, later: list[Cue], sentence: Span) -> int:
    """Where this cue's content stops: at the next cue, unless that cue is said inside this one's
    content ("Delgado said [the group wants a pay rise]"; "Then, according to X, [Y asked …]")."""
    for other in later:
        nested = (cue.verb is not None and other.verb is not None and other.by_head.i != cue.by_head.i
                  and (is_complement_of(other.verb, cue.verb) or reports_clause_of(cue, other.verb))) \
            or (cue.gap is not None and cue.verb is None and other.verb is not None
                and sentence.doc[cue.start].head.i == other.verb.i)
        if not nested:
            return other.start
    return sentence.end


def reports_clause_of(cue: Cue, verb: Token) -> bool:
    """ "In fact, X said, [Y asked …]": a parenthetical cue reports the clause of the verb it hangs on."""
    return cue.gap is not None and cue.verb is not None and cue.verb.head.i == verb.i


def is_complement_of(inner: Token, outer: Token) -> bool:
    """Whether `inner` stands in the clause that `outer` reports ("said [the group wants …]")."""
    token = inner
    while token.head.i != token.i and token.head.i != outer.i:
        token = token.head
    return token.head.i == outer.i and token is not outer and token.dep_ in {"ccomp", "xcomp", "dobj"}


# --------------------------------------------------------------------------- cues


def find_cues(sentence: Span, inside: set[int], outlets: set[str]) -> list[Cue]:
    cues: list[Cue] = []
    doc = sentence.doc
    for i in cue_positions(doc, sentence.start, sentence.end):
        if i in inside:
            continue
        token = doc[i]
        if is_according_to(token, sentence):
            cue = according_cue(token, sentence, outlets)
        elif token.pos_ in {"VERB", "AUX"}:
            cue = verb_cue(token, sentence, inside) or noun_cue(token)
        else:
            cue = None
        if cue is not None:
            cues.append(cue)
    return cues


def according_cue(according: Token, sentence: Span, outlets: set[str]) -> Cue | None:
    """ "according to (a report by) X" """
    to = sentence.doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    kind: ClaimKind = "statement"
    if source.lower_ in REPORT_NOUNS or source.lemma_.lower() in REPORT_NOUNS:
        kind = "report"
        source = report_author(source) or source
    elif source.ent_type_ == "ORG" and source.lower_ in outlets:
        kind = "report"
    at_start = all(t.is_punct or t.is_space for t in span_at(sentence.doc, sentence.start, according.i))
    gap = None if at_start or not ACCORDING_ASIDES else according_aside(according, sentence)
    return Cue(kind=kind, start=according.i, by_head=source, verb=None,
               content_left=not at_start and gap is None, gap=gap)


def verb_cue(verb: Token, sentence: Span, inside: set[int]) -> Cue | None:
    lemma = verb.lemma_.lower()
    mood: ClaimMood = "statement"
    if lemma in BELIEF_VERBS:  # "It is believed that …" is hearsay; "Roe believes …" tells nobody
        unnamed = hearsay_without_teller(verb)
        return Cue(kind="statement", start=sentence.start, by_head=verb, verb=verb, content_left=False,
                   unnamed=True) if unnamed else None
    if (lemma == "deny" and not denies_something_said(verb)) or (lemma == "want" and is_negated(verb)):
        return None  # a refusal ("denied bail") says nothing; "did not want X" is no demand nor denial
    if lemma in DENIAL_VERBS and denies_something_said(verb):
        kind: ClaimKind = "statement"
        mood = "denial"
    elif lemma in QUESTION_VERBS and asks_a_question(verb):
        kind, mood = "statement", "question"
    elif lemma in REPORT_VERBS:
        kind = "statement" if reports_results(verb) else "report"
    elif (lemma in DEMAND_VERBS and (lemma != "call" or calls_for(verb))) or instructs(verb):
        kind = mood = "demand"  # "told the driver to stop" too (`speech_acts`, wave 13)
    elif lemma in STATEMENT_VERBS or makes_a_statement(verb) or accused_act(verb) is not None \
            or states_with_clause(verb):
        kind = "statement"  # "X accused Y of <act>" states that Y did it (`accusations`)
    else:
        return None
    subject = subject_of(verb)
    if hearsay_without_teller(verb) or (subject is not None and is_vague_teller(subject)):
        return Cue(kind=kind, start=sentence.start, by_head=verb, verb=verb, content_left=False, unnamed=True)
    if subject is None or subject.i in inside:
        return None
    # A subject shared with an earlier verb ("X urged … and said …") belongs to that verb's cue.
    start = min(subject.left_edge.i, verb.i) if subject.head.i == verb.i else verb.i
    # An accusation's words follow the verb ("accusing Y of …"), never the clause before it.
    stands_alone = right_content_start(verb, sentence) is None and accused_act(verb) is None
    gap = parenthetical_span(verb) if stands_alone else None
    return Cue(kind=kind, start=start, by_head=subject, verb=verb,
               content_left=stands_alone and gap is None and content_is_left(verb, subject, sentence),
               mood=mood,
               polarity="negative" if is_negated(verb) else "positive", gap=gap)


def noun_cue(verb: Token) -> Cue | None:
    """ "Roe's claim that …", "Roe's suggestion was that …" (`claim_nouns`); not "rejected Roe's claim"."""
    found = noun_claim(verb)
    if found is None or (found[1].dep_ == "dobj" and found[1].head.lemma_.lower() in DENIAL_VERBS):
        return None
    governor, noun, owner = found
    return Cue(kind="statement", start=noun.left_edge.i, by_head=owner, verb=governor, content_left=False,
               end=verb.right_edge.i + 1)


def denies_something_said(verb: Token) -> bool:
    """ "denied (that) …" always; "rejected the offer" is no speech, "rejected the allegations" is."""
    if verb.lemma_.lower() == "deny":
        # "denied the offer", "denied him bail": a refusal, not a denial of something said.
        return not any(c.dep_ == "dative" or (c.dep_ == "dobj" and c.lemma_.lower() in REFUSED_THINGS)
                       for c in verb.children)
    return any(c.dep_ == "ccomp" for c in verb.children) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in ASSERTION_NOUNS for c in verb.children)


def asks_a_question(verb: Token) -> bool:
    """ "asked how/whether …", "questioned the plan", "wondered …"; not "asked Y to <act>"."""
    if verb.lemma_.lower() in {"question", "wonder", "query"}:
        return True
    for complement in verb.rights:
        if complement.dep_ in {"ccomp", "advcl", "xcomp"} and complement.left_edge.lower_ in QUESTION_WORDS:
            return True
    return False


def reports_results(verb: Token) -> bool:
    """ "The company reported record profit": an object and no reported clause."""
    return any(c.dep_ == "dobj" for c in verb.children) and not any(
        c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The active subject; shared by a coordinated verb; a relative pronoun gives the noun it refers to."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ in {"nsubjpass", "csubj", "expl"}:
            return None
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head
        # "X urged Y to buy … and called on Z": a finite verb coordinated with a bare infinitive
        # is coordinated with the verb governing that infinitive.
        while verb.tag_ in FINITE_TAGS and head.tag_ == "VB" and head.dep_ in {"xcomp", "ccomp"}:
            head = head.head
        return subject_of(head)
    if verb.head.pos_ in {"VERB", "AUX"} and takes_head_subject(verb):
        return subject_of(verb.head)  # "X went on to acknowledge …"; not "called on Y to add"
    if verb.dep_ == "acl" and verb.tag_ in FINITE_TAGS and verb.head.dep_ == "ROOT":
        return verb.head  # "The alliance called on …" misread as a noun phrase: the noun is the subject
    if (verb.tag_ == "VBG" and verb.dep_ in {"acl", "advcl"}) or is_perfect_participle(verb) \
            or adverbial_gerund(verb):
        return participle_subject(verb)
    return subject_of_aside(verb) or stranded_subject(verb)  # "Roe, still playing at 38, said …" (wave 12)


def participle_subject(verb: Token) -> Token | None:
    """ "X sent a letter urging Y to …", "X said on Monday, asking Y to …": a participle speech verb
    speaks for the subject of the verb it hangs on, directly or through the letter or statement sent."""
    head = verb.head.head if adverbial_gerund(verb) else verb.head  # "After telling X …, Roe left"
    if head.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in MESSAGE_NOUNS:
        head = head.head.head if head.dep_ == "pobj" else head.head
    if head.pos_ not in {"VERB", "AUX"} or head.i == verb.i:
        return None
    return subject_of(head)


def content_is_left(verb: Token, subject: Token, sentence: Span) -> bool:
    """ "<claim>, Bloomberg reported on Wednesday": a clause before the comma and nothing after."""
    if right_content_start(verb, sentence) is not None:
        return False
    cue_start = min(subject.left_edge.i, verb.i)
    enough_before = cue_start - sentence.start >= MIN_CLAIM_TOKENS
    return enough_before and sentence.doc[cue_start - 1].text in {",", "—", "-"}


# --------------------------------------------------------------------------- claims


def claims_for_cue(cue: Cue, sentence: Span, next_start: int, entities: list[EntityMention],
                   reporters: list[Reporter], inside: set[int]) -> list[ClaimMention]:
    by = resolve_by(cue, entities, reporters)
    if by is None:
        return []
    kind = cue.kind
    if kind == "statement" and is_reporter(by, cue, reporters):
        kind = "report"
    if kind == "demand":
        items = demand_items(cue, sentence, next_start)
    else:
        items = [content_range(cue, sentence, next_start)]
    claims = []
    shortest = MIN_DEMAND_TOKENS if kind == "demand" else MIN_CLAIM_TOKENS
    for first, last in items:
        while first is not None and first not in inside and last - 1 in inside:
            first, last = before_closing_quotation(sentence.doc, first, last, inside)
        if first is None or any(i in inside for i in (first, last - 1)):
            continue
        if last - first < shortest and not (kind == "demand" and sentence.doc[first].tag_ == "VB"):
            continue  # a bare verb is a whole demand ("urged the bank to pause"), a lone word otherwise not
        span = span_at(sentence.doc, first, last)
        text = words_without(span, cue.gap)
        claims.append(ClaimMention(start=span.start_char, end=span.end_char, text=text, by=by.text,
                                   by_start=by.start, by_end=by.end, kind=kind, sentence=-1,
                                   mood=cue.mood, polarity=cue.polarity))
    if claims and kind == "report" and by.start is not None:
        reporters.append(by)
    return claims


def resolve_by(cue: Cue, entities: list[EntityMention], reporters: list[Reporter]) -> Reporter | None:
    if cue.unnamed:
        return Reporter("", None, None)  # shown as unattributed, never given to a guess
    head = cue.by_head
    if head.lower_ in SUBJECT_PRONOUNS:
        speaker = enclosing_speaker(head)
        if speaker is not None:
            head = speaker  # "the union said it wants …"
        elif head.lower_ == "it" and cue.kind != "demand" and reporters:
            return reporters[-1]
        elif head.lower_ == "it":  # "Acme Corp filed its report. … It also says that …"
            organisation = organisation_before(head, entities, quoted_spans(head.doc))
            return Reporter(organisation.text, organisation.start, organisation.end) if organisation else None
    elif is_outlet_anaphor(head) and reporters:
        return reporters[-1]
    resolved = resolve_speaker(head, entities)
    return Reporter(*resolved) if resolved else None


def enclosing_speaker(pronoun: Token) -> Token | None:
    """The subject of the speech verb whose clause holds the pronoun's verb, if any."""
    verb = pronoun.head
    while verb.dep_ in {"ccomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() in STATEMENT_VERBS | REPORT_VERBS:
            subject = subject_of(verb)
            return subject if subject is not None and subject.lower_ not in SUBJECT_PRONOUNS else None
    return None


def is_reporter(by: Reporter, cue: Cue, reporters: list[Reporter]) -> bool:
    """A statement by a news organisation that reported before is part of its report."""
    return any(r.text == by.text for r in reporters) or (is_outlet_anaphor(cue.by_head) and bool(reporters))


def content_range(cue: Cue, sentence: Span, next_start: int) -> tuple[int | None, int]:
    doc = sentence.doc
    if cue.unnamed:  # the whole clause, "is said to" and all: the reader sees it is hearsay
        return trim(doc, after_dateline(sentence), next_start)
    if cue.gap is not None and cue.verb is not None:
        main = cue.verb.head
        subject_before = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.gap[0] for c in main.children)
        first, last = (after_dateline(sentence) if subject_before else cue.gap[1]), next_start
    elif cue.content_left:
        first, last = after_dateline(sentence), cue.start
    elif cue.verb is None:  # "According to X, <claim>"; "The fire, according to X, started …" (a gap)
        according = doc[cue.start]
        first, last = (after_dateline(sentence) if cue.gap else according.right_edge.i + 1), next_start
    elif (accused := accused_act(cue.verb)) is not None:
        first, last = accused[0], min(next_start, accused[1])
    else:
        start = right_content_start(cue.verb, sentence)
        if start is None:
            return None, 0
        first, last = start, min(next_start, adverbial_clause_end(cue.verb), cue.end or next_start)
    return trim(doc, first, last)


# --------------------------------------------------------------------------- demands


def demand_items(cue: Cue, sentence: Span, next_start: int) -> list[tuple[int | None, int]]:
    """Each coordinated thing demanded, as a token range."""
    verb = cue.verb
    if verb is None:
        return []
    heads = demanded_actions(verb) or demanded_things(verb)
    if not heads:
        start = right_content_start(verb, sentence) if verb.lemma_.lower() not in {"call", "want"} else None
        return [trim(sentence.doc, start, next_start)] if start is not None else []
    starts = [item_start(head) for head in heads]
    ranges = []
    for position, first in enumerate(starts):
        last = starts[position + 1] if position + 1 < len(starts) else min(next_start, sentence.end)
        if verb.lemma_.lower() in INSTRUCTION_VERBS:  # "told him to stop, but he drove on": the act only
            last = min(last, heads[position].right_edge.i + 1)
        ranges.append(trim(sentence.doc, first, last))
    return ranges
