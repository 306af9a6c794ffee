"""An attribution that closes its sentence after the claim, read from the words when the parse is lost.

"<claim>, said Jane Roe, the council's planning officer, a post she has held since 2019." and
"<claim>, chairman Ray Okafor announced on the league's website Sunday." put the words said before
the comma and the speaker, however long the description around the name, after it. The small
parser often hangs such a tail inside the claim (the verb as an adverbial clause of the claim's
verb, the speaker as the claim's subject, a description after the name as what was said), and the
claim is lost or cut from the wrong side. Read from the surface instead (wave 11):

* inverted: a comma, then a statement verb ("said", "announced"), then a noun phrase that holds a
  name or a noun ("said one young man", "said terminal manager Jane Roe"); whatever follows the
  phrase's comma describes the speaker;
* subject first: a comma, a noun phrase of up to eight words ending in a name or noun ("chairman Ray
  Okafor", "police"), then the verb, and after it only adjuncts (no "that", no other finite verb);

and before the comma a clause of its own (a finite verb, at least `MIN_CLAUSE_TOKENS` words, no
quotation mark). The claim is that clause; the speaker is the phrase's last name or noun.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_memo import memo
from generator.annotate.doc_spans import span_at

# A switch for the ablation benchmark (benchmarks/speech_rule_ablation.py).
TRAILING_ATTRIBUTIONS = True
# A switch for the ablation benchmark: a relative clause is no claim before a trailing verb (wave 12).
RELATIVE_SUBJECTS = True
# A switch for the ablation benchmark: ", KTMB reports," read as a verb though tagged a noun (wave 13).
NOUN_READ_VERBS = True
FINITE = {"VBD", "VBZ", "VBP", "MD"}
PHRASE_POS = {"DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"}
MAX_SUBJECT_WORDS = 8
MIN_CLAUSE_TOKENS = 4
SUBORDINATORS = {"after", "when", "if", "because", "while", "although", "though", "as", "before", "since",
                 "until", "once", "unless", "whereas", "whenever"}


@dataclass(frozen=True)
class Trailing:
    comma: int  # the comma that ends the claim
    verb: Token
    speaker: Token


def trailing_attribution(sentence: Span, inside: set[int], verbs: AbstractSet[str]) -> Trailing | None:
    """The attribution closing `sentence` after its claim (see the module docstring), or None."""
    if not TRAILING_ATTRIBUTIONS:
        return None
    doc = sentence.doc
    commas = comma_positions(doc)
    verb_ids = lemma_ids(frozenset(verbs))
    for index in commas[bisect_left(commas, sentence.start):bisect_left(commas, sentence.end)]:
        comma = doc[index]
        window = span_at(doc, index + 1, min(index + 2 + MAX_SUBJECT_WORDS, sentence.end))
        # Cheap test first (this runs on every sentence): a statement verb close after the comma.
        if index in inside or not any(t.lemma in verb_ids for t in window) \
                or not is_clause(span_at(doc, sentence.start, index), inside):
            continue
        found = inverted(comma, sentence, verbs) or subject_first(comma, sentence, verbs, inside)
        if found is not None and found.speaker.i not in inside:
            return found
    return None


@lru_cache(maxsize=8)
def lemma_ids(verbs: frozenset[str]) -> frozenset[int]:
    """The string-store ids of the verbs' lemmas (the same in every vocabulary), computed once."""
    store = StringStore()
    return frozenset(store.add(verb) for verb in verbs)


def comma_positions(doc: Doc) -> list[int]:
    """Where the document's commas are, found once per document (one array pass, not a token loop)."""
    return memo(doc, "explainer_comma_positions",
                lambda: [int(i) for i in (doc.to_array("ORTH") == doc.vocab.strings[","]).nonzero()[0]])


def is_clause(span: Span, inside: set[int]) -> bool:
    """A main clause of its own: "After the storm passed, the mayor said …" is no claim, nor is a
    subject with a relative clause ("Jane Roe, who replaced Tom Ray, said …": its one finite verb
    is the relative clause's, wave 12)."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) >= MIN_CLAUSE_TOKENS and words[0].lower_ not in SUBORDINATORS \
        and not any(t.i in inside for t in span) \
        and any(t.tag_ in FINITE and (t.dep_ != "relcl" or not RELATIVE_SUBJECTS) for t in span)


def inverted(comma: Token, sentence: Span, verbs: AbstractSet[str]) -> Trailing | None:
    """ ", said one young man, a helmet over his hair": the verb right after the comma."""
    doc = sentence.doc
    verb = doc[comma.i + 1] if comma.i + 1 < sentence.end else None
    if verb is None or verb.tag_ not in FINITE or verb.lemma_.lower() not in verbs or verb.lemma_ == "tell":
        return None
    head = phrase_head(span_at(doc, verb.i + 1, sentence.end))
    return Trailing(comma.i, verb, head) if head is not None else None


def subject_first(comma: Token, sentence: Span, verbs: AbstractSet[str], inside: set[int]) -> Trailing | None:
    """ ", chairman Ray Okafor announced on the website Sunday.": a noun phrase, the verb, adjuncts."""
    doc = sentence.doc
    words = span_at(doc, comma.i + 1, min(comma.i + 2 + MAX_SUBJECT_WORDS, sentence.end))
    verb = next((t for t in words if t.pos_ not in PHRASE_POS), None)
    misread = noun_read_verb(words, verbs)
    if misread is not None:
        verb = misread
    elif verb is None or verb.tag_ not in FINITE or verb.lemma_.lower() not in verbs:
        return None
    head = phrase_head(span_at(doc, comma.i + 1, verb.i))
    tail = span_at(doc, verb.i + 1, sentence.end)
    if head is None or head.pos_ not in {"PROPN", "NOUN"} or not only_adjuncts(tail) \
            or any(t.lower_ == "that" or t.tag_ in FINITE or t.i in inside for t in tail):
        return None
    return Trailing(comma.i, verb, head)


def noun_read_verb(words: Span, verbs: AbstractSet[str]) -> Token | None:
    """ "<claim>, KTMB reports, barely …": the small parser reads a present-tense verb of saying after a
    name as a plural noun ("KTMB reports" as reports by KTMB). A word in -s with a saying lemma that
    closes a phrase after a name, before a comma or the sentence's end, is that verb (wave 13); not
    in a list ("…, police reports, and …": no name before it, or "and"/"or" after it)."""
    if not NOUN_READ_VERBS:
        return None
    doc = words.doc
    for token in words:
        if token.pos_ not in PHRASE_POS:
            return None
        if token.tag_ == "NNS" and token.lower_.endswith("s") and token.lemma_.lower() in verbs \
                and token.i > words.start and doc[token.i - 1].pos_ == "PROPN":
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            following = doc[token.i + 2] if token.i + 2 < len(doc) else None
            closes = after is None or after.text in {",", "."}
            listed = following is not None and following.lower_ in {"and", "or"}
            return token if closes and not listed else None
    return None


def only_adjuncts(tail: Span) -> bool:
    """ "announced on the website Sunday", "said Friday", "said.": no object after the verb
    ("…, the mayor said nothing" tells nothing)."""
    first = tail[0] if len(tail) else None
    return first is None or first.is_punct or first.pos_ in {"ADP", "ADV"} \
        or first.ent_type_ in {"DATE", "TIME"}


def phrase_head(tokens: Span) -> Token | None:
    """The last name or noun of the noun phrase opening `tokens` ("one young man", "terminal manager
    Jane Roe"); None when they open with no such phrase."""
    head: Token | None = None
    for token in tokens:
        if token.pos_ in {"PROPN", "NOUN"}:
            head = token
        elif token.pos_ not in PHRASE_POS:
            break  # "the league's chairman": the possessive runs on to its noun
    return head
