"""Where the words a speech verb reports start, and a claim's token range tidied (moved out of
claims.py, which finds the cues and builds the claims).

* after "that", or the verb's clausal complement; the object of a verb that states it ("announced
  a $5bn plan"); a clause the parse hung on the object of "said" ("said the old rule excluded …"),
  or of another verb that reports a clause when that clause's finite verb has no subject of its own
  ("noted efforts to sell it had failed", wave 15), or on a noun of an adverbial ("said after the
  vote that …");
* a range loses punctuation, spaces and joining words at both ends;
* whether a speech verb is negated ("did not say", "declined to say") and whether its subject is
  that of the verb it hangs on ("went on to acknowledge");
* what a demand verb asks for: its base-form complements or the nouns demanded, each coordinated
  item on its own (`demanded_actions`, `demanded_things`); "call" asks only in its asking sense
  (`calls_for`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_spans import span_at

# Verbs whose direct object is the statement itself ("announced a $5bn plan").
OBJECT_STATEMENT_VERBS = {"announce", "reveal", "confirm", "deny", "publish", "report",
                          "estimate", "demand", "request", "reject", "dispute", "refute", "question"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
REFUSAL_VERBS = {"decline", "refuse"}  # "declined to say whether …" says nothing
# "called on/upon the league to act": the prepositions of the asking sense of "call" with a "to" verb.
CALL_ON = {"on", "upon"}
DASHES = {"–", "—", "-", "--"}
# Switches for the ablation benchmark (wave 12): "Having told reporters …, Roe left" speaks for Roe;
# so does "Roe, <participle phrase>, said …"; a colon before a quotation ends the claim before it.
PERFECT_PARTICIPLES = True
PARTICIPLE_ASIDES = True
COLON_LEAD_INS = True
# How the parser hangs a participle phrase set off between a name and its verb.
ASIDE_DEPS = {"ccomp", "advcl"}
# A finite speech verb the parser left without a subject takes the noun phrase right before it (wave 14);
# a switch for the ablation benchmark.
STRANDED_SUBJECTS = True
# Verbs that report a clause ("noted (that) …"): a noun right after them with a subjectless finite
# verb further on is that clause's subject, misread as their object (wave 15; a switch).
CLAUSE_VERBS = {"note", "claim", "contend", "argue", "insist", "warn", "add", "explain", "state",
                "admit", "acknowledge", "suggest", "write", "allege", "assert", "maintain", "stress",
                "concede", "testify", "tell", "confirm", "report", "reveal", "announce", "recall",
                "complain", "predict", "declare", "emphasise", "emphasize", "indicate", "reiterate"}
SUBJECTLESS_CLAUSES = True
# "told a friend before the attack that [her neighbour had threatened her]" (`misread_relative`) and
# "After telling X that …, Roe left" (`adverbial_gerund`): wave 15 switches.
MISREAD_RELATIVES = True
# "a rule that residents claim [weakened the plan]" (`relative_speech_clause`), "a deal that the union
# says [will cost jobs]" (`right_content_start`): wave 15 switches. "The players who said [they were
# tired] left" (`adverbial_clause_end`) is off: it lost one attribution on the check slice (topics 3
# mod 4) and gained none on the read slice (wave 15).
RELATIVE_SPEECH = True
RELATIVE_COMPLEMENTS = True
RELATIVE_CLAUSE_ENDS = False
ADVERBIAL_GERUNDS = True
# Words a noun phrase right before its verb may hold ("a source from the magazine", "the 33-year-old").
PHRASE_POS = {"DET", "ADJ", "NUM", "NOUN", "PROPN", "ADP", "PART"}


def right_content_start(verb: Token, sentence: Span) -> int | None:
    """First token of the content after a speech verb: after "that", or its clausal complement."""
    doc = sentence.doc
    # "told a judge that …": the parser may hang the clause on the person told.
    governors = {verb.i} | {c.i for c in verb.children if c.dep_ in {"dobj", "dative"}}
    for token in span_at(doc, verb.i + 1, min(verb.i + 9, sentence.end)):
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.head.i in governors:
            return token.i + 1
        if token.text in {".", ";"}:
            break
    complements = [c for c in verb.rights if c.dep_ in {"ccomp", "xcomp"}]
    if complements:
        if complements[0].left_edge.i > verb.i:
            return complements[0].left_edge.i
        # "a deal that the union says [will cost jobs]": the relative pronoun opens the clause's
        # subtree before the verb; its words after the verb ("will" too) are what was said.
        return next((t.i for t in complements[0].subtree if t.i > verb.i), complements[0].i) \
            if RELATIVE_COMPLEMENTS else complements[0].i
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    if objects and (verb.lemma_.lower() in OBJECT_STATEMENT_VERBS or misread_clause(verb, objects[0])):
        return objects[0].left_edge.i
    return later_that_clause(verb, sentence) or relative_speech_clause(verb, sentence)


def relative_speech_clause(verb: Token, sentence: Span) -> int | None:
    """ "a rule that residents claim [weakened the plan]": a speech verb in a relative clause whose
    antecedent is the subject of what was said; the parse may hang the tensed verb right after it
    elsewhere. That verb opens the words said (wave 15)."""
    after = verb.i + 1
    if not RELATIVE_SPEECH or verb.dep_ != "relcl" or after >= sentence.end:
        return None
    following = sentence.doc[after]
    tensed = following.tag_ in FINITE_TAGS | {"MD"} and following.pos_ in {"VERB", "AUX"}
    return after if tensed and not has_subject(following) else None


def misread_clause(verb: Token, noun: Token) -> bool:
    """ "Roe said the old rule excluded experts": the parse makes "the old rule" the object of "said"
    and the clause's verb a modifier of it; "said a prayer" has no verb after its object. "The audit
    noted efforts to sell it had failed": the clause's verb, tensed, has no subject of its own ("noted
    the rule, which had lapsed" has one)."""
    lemma = verb.lemma_.lower()
    if lemma == "say":
        return any(t.dep_ in {"acl", "advcl"} and t.tag_ in FINITE_TAGS | {"VBN"}
                   for t in noun.subtree if t.i > noun.i)
    return SUBJECTLESS_CLAUSES and lemma in CLAUSE_VERBS and any(
        t.dep_ in {"acl", "advcl", "conj", "relcl"} and is_finite(t) and not has_subject(t)
        for t in noun.subtree if t.i > noun.i)


def is_finite(verb: Token) -> bool:
    """ "failed", "had failed", "would fail": a tensed form or one with a tensed auxiliary."""
    return verb.tag_ in FINITE_TAGS or (verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS | {"MD"} for c in verb.children))


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)


def later_that_clause(verb: Token, sentence: Span) -> int | None:
    """ "X said after the team lost in the first round that he planned …": the parse hangs the clause
    on a noun of the adverbial, but a complementiser "that" (a mark, not a relative pronoun) inside
    the speech verb's own phrase still opens what was said; "so that" is a purpose, not speech."""
    for token in span_at(sentence.doc, verb.i + 1, sentence.end):
        if token.text in {".", ";"}:
            break
        if token.lower_ == "that" and (token.dep_ == "mark" or misread_relative(token)) \
                and token.nbor(-1).lower_ not in {"so", "such"} \
                and token.head.dep_ != "advcl" and any(a.i == verb.i for a in token.ancestors):
            return token.i + 1
    return None


def misread_relative(that: Token) -> bool:
    """ "told a friend a week before the attack that her neighbour had threatened her": the parse
    makes "that" the object of a relative clause on "attack", but that clause has a subject and an
    object of its own, so "that" fills no gap in it: it is the complementiser of what was told
    (wave 15; "the attack that her neighbour had planned" keeps its relative "that")."""
    holder = clause = that.head  # "… that her neighbour had threatened to burn the shed": "burn" holds it
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if not MISREAD_RELATIVES or that.dep_ != "dobj" or clause.dep_ != "relcl":
        return False
    return any(c.dep_ == "nsubj" and c.i != that.i for c in clause.children) and any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i != that.i for c in holder.children)


def adverbial_gerund(verb: Token) -> bool:
    """ "After telling a host that …, Ida Marsh checked in": a gerund after a preposition of time or
    means speaks for the subject of the verb that preposition hangs on (wave 15)."""
    return ADVERBIAL_GERUNDS and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
        and verb.head.lower_ in {"after", "before", "while", "since", "by", "upon", "on"} \
        and verb.head.head.pos_ in {"VERB", "AUX"}


def trim(doc: Doc, first: int, last: int) -> tuple[int | None, int]:
    """Drop punctuation, spaces and joining words at both ends of a token range."""
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last - 1].is_punct or doc[last - 1].is_space
                            or doc[last - 1].lower_ in {"and", "or", "but", "as", "well"}):
        last -= 1
    return (first, last) if last > first else (None, 0)


def adverbial_clause_end(verb: Token) -> int:
    """Where the words a speech verb reports must stop when the verb stands in an adverbial clause
    ("While the firm says [the flaw is minor], regulators want a recall"; "After the club said [it
    would appeal], fans gathered"; "After telling X [that …], Roe left"; with RELATIVE_CLAUSE_ENDS,
    "The players who said [they were tired] left"): at the end of that clause, never in the main
    clause after it.
    A verb of the main clause may report to the end of the sentence."""
    clause = verb
    while clause.dep_ != "advcl" and clause.head.i != clause.i and clause.dep_ in {"conj", "xcomp"}:
        clause = clause.head  # "while the firm says and repeats …": the clause of the first verb
    if clause.dep_ == "relcl" and RELATIVE_CLAUSE_ENDS:  # "The players who said [they were tired] left"
        if clause.right_edge.i > verb.i:
            return clause.right_edge.i + 1
        cut = clause.i + 1  # "a rule that residents claim [weakened the plan]" read apart
        return verb.doc[cut].right_edge.i + 1 if cut < len(verb.doc) else len(verb.doc)
    return clause.right_edge.i + 1 if clause.dep_ == "advcl" or adverbial_gerund(clause) else len(verb.doc)


def takes_head_subject(verb: Token) -> bool:
    """ "called a meeting to announce …", "went on to acknowledge …": an adverbial "to" infinitive, or a
    complement of a verb with no object, has the subject of the verb it hangs on ("called on the
    league to add …" has the league's)."""
    if verb.dep_ == "advcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative", "prep"} for c in verb.head.children)


def is_perfect_participle(verb: Token) -> bool:
    """ "Having told reporters he would stay, Roe left": a participle clause with "having" before its
    verb (which the tagger often reads as a past tense) speaks for the subject of the clause it leads,
    as "telling reporters …" does (wave 12)."""
    return PERFECT_PARTICIPLES and verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "having" and c.i < verb.i for c in verb.children)


def subject_of_aside(verb: Token) -> Token | None:
    """ "Linebacker Jane Roe, probably playing her last game, said …": the parser makes the name the
    subject of the participle set off between commas, and that participle a clause of the verb (reported
    or adverbial); the participle's subject is the verb's (wave 12). None for any other shape."""
    if not PARTICIPLE_ASIDES:
        return None
    aside = next((c for c in verb.children if c.dep_ in ASIDE_DEPS and c.i < verb.i and c.tag_ == "VBG"
                  and verb.doc[c.right_edge.i + 1].text == ","), None)
    if aside is None:
        return None
    subject = next((c for c in aside.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.i < aside.i and subject.pos_ == "PROPN" else None


def stranded_subject(verb: Token) -> Token | None:
    """ "Although the rep would not say why, a source from the magazine said that …", "Cowboys
    quarterback Tony Roe said he …": English puts a finite verb's subject right before it; when the
    parser hung that noun phrase elsewhere (an apposition in the clause before, the object of a title
    it read as a verb) and gave the verb no subject, the phrase between the verb and the comma, clause
    or sentence start before it is the subject. Its head is the last noun of its first run of nouns
    ("a source from the magazine" is "source"). Only for a finite verb that reports a clause."""
    if not STRANDED_SUBJECTS or verb.tag_ not in FINITE_TAGS \
            or not any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    start = verb.i
    while start > verb.sent.start and doc[start - 1].pos_ in PHRASE_POS:
        start -= 1
    phrase = span_at(doc, start, verb.i)
    if not phrase or phrase[0].pos_ == "ADP" or any(t.i in {a.i for a in verb.ancestors} for t in phrase):
        return None
    head: Token | None = None
    for token in phrase:
        if token.pos_ in {"NOUN", "PROPN"}:
            head = token
        elif head is not None:
            break  # "a source from the magazine": the first run of nouns holds the head
    return head


def is_negated(verb: Token) -> bool:
    """ "did not say", "never claimed", "declined to say": the source is said not to have said it."""
    refused = verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in REFUSAL_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # not "declined, telling Y"
    return refused or any(child.dep_ == "neg" for child in verb.children)


# --------------------------------------------------------------------------- demanded items


def calls_for(call: Token) -> bool:
    """ "called for calm" and "called on the league to act" ask; "called his mother to tell her the
    news" and "called the owner on Tuesday" are telephone calls (or a summons), which ask for nothing:
    the asking sense of "call" always takes "for", or "on"/"upon" right after it ("called his mother
    on Sunday to tell her" is a call on a day) with a "to" verb."""
    particles = [child for child in call.children if child.dep_ in {"prep", "prt"}]
    calls_on = any(p.lower_ in CALL_ON and p.i == call.i + 1 for p in particles)
    return any(p.lower_ == "for" for p in particles) or (
        calls_on and any(t.dep_ == "xcomp" for t in call.subtree))


def demanded_actions(verb: Token) -> list[Token]:
    """Base-form verbs complementing the demand verb and everything coordinated with them."""
    complements = [c for c in verb.rights if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"]
    if not complements:
        return []
    if verb.lemma_.lower() == "want" and not (
            any(c.dep_ == "dobj" for c in verb.children)
            or any(c.dep_ == "nsubj" for c in complements[0].children)):
        return []  # "X wants to expand" is an intention; "X wants Y to act" a demand
    first = complements[0]
    items = [first] + [c for c in verb.rights
                       if c.i > first.i and c.dep_ in {"conj", "xcomp", "ccomp"} and c.tag_ == "VB"]
    return sorted({t.i: t for item in items for t in coordinated(item)}.values(), key=lambda t: t.i)


def demanded_things(verb: Token) -> list[Token]:
    """Nouns demanded: "called for a ceasefire and talks", "demanded his resignation"."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                return coordinated(objects[0])
    if verb.lemma_.lower() in {"demand", "request", "want"}:
        objects = [c for c in verb.rights if c.dep_ == "dobj"]
        if objects:
            return coordinated(objects[0])
    return []


def coordinated(token: Token) -> list[Token]:
    """The token and its conjuncts of the same kind (verbs with verbs, nouns with nouns)."""
    items = [token]
    for child in token.children:
        same_kind = child.tag_ == token.tag_ if token.pos_ in {"VERB", "AUX"} else (
            child.pos_ == token.pos_ or child.tag_ == token.tag_)
        if child.dep_ == "conj" and same_kind:
            items.extend(coordinated(child))
    return sorted(items, key=lambda t: t.i)


def item_start(head: Token) -> int:
    """Where an item's text starts: the verb itself, or the noun phrase's first word."""
    if head.pos_ in {"VERB", "AUX"}:
        return head.i
    return min(t.i for t in head.subtree if t.i <= head.i and t.dep_ not in {"cc", "punct"})


def before_closing_quotation(doc: Doc, first: int, last: int, inside: set[int]) -> tuple[int | None, int]:
    """ "said that X used a wheelchair – he "claimed it was needed"": the claim is what comes before
    the dash (or colon) that leads into the quotation ending it. Without such an aside the quotation finishes
    the clause, which is left to the quotes extractor."""
    cut = last - 1
    while cut > first and cut - 1 in inside:
        cut -= 1
    while cut > first and doc[cut - 1].is_punct:
        cut -= 1  # the opening mark of the quotation
    dashes = [t.i for t in span_at(doc, max(first, cut - 4), cut) if t.text in DASHES]
    if not dashes and COLON_LEAD_INS and doc[cut].text == ":":
        dashes = [cut]  # "… with a spokesman stating: “…”": a colon leading into it ends the claim (wave 12)
    if not dashes:
        return None, 0  # the quotation finishes the clause ("the list is “not the means”"): no claim
    return trim(doc, first, dashes[-1])


def after_dateline(sentence: Span) -> int:
    """Skip a dateline opening the sentence ("MANILA — …", "LONDON (Reuters) -")."""
    doc = sentence.doc
    for token in sentence[:8]:
        if token.text in {"—", "–", "-", "--"} and token.i > sentence.start:
            words = [t for t in span_at(doc, sentence.start, token.i) if t.is_alpha]
            if words and all(t.is_upper or t.text in {"(", ")"} or t.ent_type_ == "ORG" for t in words) \
                    and any(t.is_upper and len(t) > 1 for t in words):
                return token.i + 1
            break
    return sentence.start
