"""The events that time expressions date: a short extractive statement read off the dependency parse
of the clause the expression modifies (who did what), for the timeline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.annotate.doc_tokens import token_ids
from generator.annotate.doc_trees import depth, subtree_ids
from generator.annotate.quantities.doc_index import sentence_of
from generator.annotate.timex.appositive_participles import main_verb_after, participle_auxiliary
from generator.annotate.timex.clause_predicates import (
    LEMMA_POS,
    dated_happening,
    main_predicate,
    phrasal_lemma,
    subject_happening,
)
from generator.annotate.timex.clause_subjects import (
    RELATIVE_PRONOUNS,
    agrees,
    noun_phrase,
    shared_subject,
    subject_of,
)
from generator.annotate.timex.clause_text import join_said
from generator.annotate.timex.contact_participles import opens_with_contact
from generator.annotate.timex.date_attachment import (
    date_phrase_head,
    dated_content,
    dates_in_passing,
    first_phrase,
    governing_verb,
    has_predicate,
    lasts_through,
)
from generator.annotate.timex.missing_words import (
    THING_PRONOUNS,
    passive_auxiliary,
    previous_subject,
    shared_auxiliaries,
)
from generator.annotate.timex.reporting_clauses import SPEECH_VERBS, is_attribution, reporting_verb
from generator.annotate.timex.statement_cut import completes_its_noun as _whole
from generator.annotate.timex.statement_cut import cut_past_limit, drop_phrase, tokens_past, word_count
from generator.annotate.timex.tense import _verb_tense
from generator.models import Timex, TimexEvent

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Span, Token



# --------------------------------------------------------------------------- the events they date
#
# A timeline entry needs a short statement of what happened on the date. It is read off the
# dependency parse: the verb the expression modifies, climbed up through "set to", "expected to",
# "able to" to the clause that has a subject, with its subject, objects and complements. The date
# phrase itself is left out (the timeline shows the date), and so are the parts that tell other
# things: clauses with their own subject, discourse adverbs, "according to ...". The text stays
# extractive: words are only dropped, moved (an inverted subject goes first) or copied from the same
# sentence (the noun a "which" stands for, the speaker an "it said it would ..." stands for, the verb
# phrase an "as it did" stands for).

MAX_EVENT_WORDS = 20
MIN_EVENT_WORDS = 3
# A date phrase led by one of these only places the event ("on Friday", "in May"), so it can go;
# "since 2003", "until early 2023", "by 2011" change what the clause means and stay.
POINT_PREPOSITIONS = frozenset({"on", "in", "at", "during", "for"})
DATE_PHRASE_DEPS = frozenset({"prep", "npadvmod", "tmod", "advmod", "nummod", "compound", "amod", "nmod",
                              "appos", "dep"})
DISCOURSE_ADVERBS = frozenset({"however", "meanwhile", "also", "instead", "still", "moreover", "though",
                               "nevertheless", "furthermore", "now", "then", "reportedly", "already"})
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she"})
ELLIPSIS_MARKERS = frozenset({"as", "than", "like"})
TEMPORAL_MARKS = frozenset({"since", "when", "after", "before", "because", "while", "until", "once"})
CLAUSE_LEVEL_DROPS = frozenset({"cc", "parataxis", "mark", "punct", "preconj", "discourse", "meta",
                                "intj"})
# What may go, first to last, when a clause is longer than MAX_EVENT_WORDS.
OPTIONAL_DEPS = {"conj": 0, "advcl": 1, "relcl": 2, "acl": 2, "appos": 2, "prep": 3, "npadvmod": 3,
                 "advmod": 3, "xcomp": 4, "ccomp": 4, "dobj": 5, "pobj": 5}
_EVENT_WORD = re.compile(r"\S*\w\S*")


@dataclass
class _Clause:
    """The tokens of one event text, before rendering."""

    root: Token
    kept: set[int]
    protected: set[int]  # the path to a date phrase that stays in the text
    # token index -> what is said instead: tokens, or a word the clause needs but does not hold
    # (the "was" of a participle told as a clause)
    replacements: dict[int, list[Token | str]] = field(default_factory=dict)
    leading: list[int] = field(default_factory=list)  # said first: the subject and verb of a report
    trailing: list[int] = field(default_factory=list)  # said last: reported words that came first
    lowercase: set[int] = field(default_factory=set)  # sentence-initial words that no longer start it
    content: list[int] = field(default_factory=list)  # what an attribution ("..., X said") reports


def attach_events(timexes: list[Timex], doc: Doc) -> None:
    """Set `event` on every timex: the statement it dates, and for the date of a speech verb ("X
    reported on Wednesday that ...") kind "report", whose value becomes `reported` of the statements
    the verb reports."""
    report_dates: dict[int, str] = {}
    roots: list[Token | None] = []
    spans = [doc.char_span(timex.start, timex.end, alignment_mode="expand") for timex in timexes]
    dated = {i for span in spans if span is not None for i in range(span.start, span.end)}  # no Token made
    verbs_dated: dict[int, list[str]] = {}  # verb -> the values of the date phrases hanging from it
    for timex, span in zip(timexes, spans, strict=True):
        phrase = date_phrase_head(span) if span is not None else None
        if phrase is not None and phrase.head.pos_ in {"VERB", "AUX"}:
            verbs_dated.setdefault(phrase.head.i, []).append(timex.value)
    clauses: dict[int, bool] = {}  # sentence start -> has a clause (read once: a sentence holds many dates)
    for timex, span in zip(timexes, spans, strict=True):
        if span is not None:
            sentence = sentence_of(span[0])
            if sentence.start not in clauses:
                clauses[sentence.start] = has_predicate(sentence, dated)
            timex.verbless = not clauses[sentence.start]
        # already set when the date dates a happening an offset counts from ("a week after the vote on
        # March 3": the vote's day, not the clause's; `happening_offsets`)
        timex.in_passing = timex.in_passing or (span is not None and (
            dates_in_passing(span, dated, verbs_dated, timex.value) or lasts_through(span)))
        built = _event_for(span, dated) if span is not None and not timex.in_passing else None
        roots.append(built[1] if built else None)
        if built is None:
            continue
        timex.event = built[0]
        if timex.event.kind == "report":
            report_dates.setdefault(built[1].i, timex.value)
    for timex, root in zip(timexes, roots, strict=True):
        if timex.event is not None and timex.event.kind == "event" and root is not None:
            speech = reporting_verb(root)
            if speech is not None and speech.i in report_dates:
                timex.event.reported = report_dates[speech.i]


def _event_for(span: Span, dated: set[int]) -> tuple[TimexEvent, Token] | None:
    """The statement the date phrase `span` dates (`dated`: the tokens of every date of the text)."""
    phrase = date_phrase_head(span)
    if phrase.head == phrase:
        return None  # the date is the whole sentence (a date line, a headline fragment)
    governor = governing_verb(phrase.head)
    if governor.pos_ not in {"VERB", "AUX"}:
        return None
    contact = opens_with_contact(governor)  # "Reached by phone on Monday, X declined": X's clause's date
    contact_words = set(subtree_ids(governor)) if contact else set()
    if contact:
        governor = governor.head
    content = dated_content(span, phrase, governor, subject_of(governor)) \
        if governor.lemma_ in SPEECH_VERBS and not contact else None
    if content is not None:  # "X was arrested at 1:30 a.m. Friday, police said": the arrest's date
        governor, phrase = content, first_phrase(span)
    # The date of a speech verb that has a speaker ("X said on Friday", "X said at a briefing on
    # Friday"); "a plan announced on Monday" is an event told in passing.
    is_report = governor.lemma_ in SPEECH_VERBS and subject_of(governor) is not None
    root = governor if is_report else _clause_root(governor)
    widened = _clause_that_says_who(root) if not is_report else None
    removable = phrase.dep_ in DATE_PHRASE_DEPS and (
        phrase.dep_ != "prep" or phrase.lower_ in POINT_PREPOSITIONS)
    skip = _date_phrase(phrase) if removable else set()
    skip |= _conjuncts_dated_apart(root, set(range(span.start, span.end)), dated)
    skip |= contact_words
    protected = set() if removable else {t.i for t in phrase.subtree} | {t.i for t in span.root.ancestors}
    if widened is not None:
        protected |= {t.i for t in root.subtree} - skip
        root = widened
    main = main_verb_after(root) if not is_report else None  # "Hart, fired on June 8, is seeking"
    if main is not None:
        skip |= {t.i for t in main.subtree} | {root.i - 1}
    clause = _Clause(root=root, kept=set(), protected=protected)
    _collect(clause, root, skip, top=True, quoted_content=is_report and _content_is_quoted(root))
    if main is not None:
        clause.replacements[root.i] = [participle_auxiliary(root), root]
    if is_report and is_attribution(root):  # "X resigned, the paper reported": X resigned is the content
        before = set(clause.kept)
        _collect(clause, root.head, skip | {t.i for t in root.subtree}, top=True, quoted_content=False)
        clause.content = sorted(clause.kept - before)
    _keep_inner_commas(clause)
    _supply_subject(clause)
    _supply_elided_verb(clause)
    text = _render(clause)
    if len(_EVENT_WORD.findall(text)) < MIN_EVENT_WORDS:
        return None
    doc = root.doc
    first, last = min(clause.kept), max(clause.kept)
    event = TimexEvent(text=text, start=doc[first].idx, end=doc[last].idx + len(doc[last].text),
                       kind="report" if is_report else "event", tense=_verb_tense(governor),
                       lemmas=_lemmas(clause), predicate=main_predicate(root),
                       happening=dated_happening(span) or ("" if is_report else subject_happening(root)),
                       finite=_has_finite_verb(clause))
    return event, root


# Penn tags of a verb with tense or a modal: a statement holding none ("Killing two and wounding a
# third", "Sources brandishing a gun") is a participle or gerund phrase, no sentence on its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FINITE_WORDS = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})


def _has_finite_verb(clause: _Clause) -> bool:
    """Whether the statement's main verb, as said, has tense: itself, an auxiliary or modal of it, or a
    word the clause supplies ("was"). One in a clause under it does not count: "Wounding two as he fled"."""
    if any(isinstance(word, str) and word.lower() in _FINITE_WORDS for word in _said_in_order(clause)):
        return True
    root = clause.root
    if root.i not in clause.kept:
        return True  # said in other words: not judged
    # A second conjunct shares the first one's auxiliary and subject ("the board will meet and vote").
    owners = [root, root.head] if root.dep_ == "conj" else [root]
    supplied = [t for tokens in clause.replacements.values() for t in tokens if not isinstance(t, str)]
    kept = [c for owner in owners for c in owner.children if c.i in clause.kept] + supplied
    if any(verb.tag_ in _FINITE_TAGS for verb in [root, *(c for c in kept if c.dep_ in {"aux", "auxpass"})]):
        return True
    # The small model tags many a past or present verb after its subject as a participle or base form
    # ("forces killed", "arrests become"): with its own subject kept, it is a clause ("He becoming" is not).
    return root.tag_ in {"VB", "VBN"} and any(c.dep_ in _SUBJECT_DEPS for c in kept)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _conjuncts_dated_apart(root: Token, own: set[int], dated: set[int]) -> set[int]:
    """The tokens of the verbs joined to the clause that hold a date of their own ("fought a lawsuit in
    2003 and took four weeks off in late 2008"): each date tells its own conjunct, not the other."""
    apart: set[int] = set()
    for child in root.children:
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            tokens = {t.i for t in child.subtree}
            if tokens & dated and not tokens & own:
                apart |= tokens
    return apart


def _lemmas(clause: _Clause) -> list[str]:
    doc = clause.root.doc
    pos, wanted = token_ids(doc, "POS"), {doc.vocab.strings[name] for name in LEMMA_POS}
    # a `Token` made only for a verb or noun (told by its part-of-speech id)
    return sorted({phrasal_lemma(doc[i]) for i in clause.kept if pos[i] in wanted})


def _date_phrase(phrase: Token) -> set[int]:
    """The tokens of the date phrase, with a bare adverb that leads it ("back in May")."""
    tokens = {t.i for t in phrase.subtree}
    before = phrase.doc[phrase.left_edge.i - 1] if phrase.left_edge.i > 0 else None
    if (before is not None and before.dep_ == "advmod" and before.head == phrase.head
            and not list(before.children)):
        tokens.add(before.i)
    return tokens


def _clause_root(verb: Token) -> Token:
    """Up from "visit" in "is set to visit", "do" in "was able to do", "assess" in "to assess": the
    verb that has the subject."""
    for _ in range(6):
        if not _completes_its_head(verb):
            break
        verb = verb.head
    return verb


def _completes_its_head(verb: Token) -> bool:
    if verb.dep_ == "acomp":
        return verb.head.pos_ in {"AUX", "VERB"}
    if verb.dep_ == "xcomp":
        return subject_of(verb) is None
    return verb.dep_ == "advcl" and subject_of(verb) is None and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _clause_that_says_who(root: Token) -> Token | None:
    """The enclosing clause, when this one cannot say who on its own: "since it was announced",
    "which it will begin to fly"."""
    subject = subject_of(root)
    marks = {c.lower_ for c in root.children if c.dep_ in {"mark", "advmod"}}
    if (root.dep_ == "advcl" and subject is not None and subject.lower_ in PERSONAL_PRONOUNS
            and marks & TEMPORAL_MARKS):
        return _clause_root(governing_verb(root.head))
    if root.dep_ == "relcl" and (subject is None or subject.lower_ not in RELATIVE_PRONOUNS) and any(
            c.lower_ in RELATIVE_PRONOUNS for c in root.subtree if c.dep_ in {"dobj", "pobj"}):
        return _clause_root(governing_verb(root.head))
    return None


def _collect(clause: _Clause, token: Token, skip: set[int], top: bool, quoted_content: bool) -> None:
    # A loop over a stack rather than recursion: a parse can be a chain as deep as the sentence is
    # long ("Mr Mr Mr ..."), deeper than Python's recursion limit.
    pending = [(token, top, quoted_content)]
    while pending:
        current, at_top, quoted = pending.pop()
        clause.kept.add(current.i)
        children = [c for c in current.children if c.i not in skip and not _dropped(c, at_top, quoted)]
        if at_top and any(c.dep_ == "conj" for c in children):
            children += [c for c in current.children if c.dep_ == "cc"]  # "took place and included"
        pending.extend((child, False, False) for child in children)


def _dropped(child: Token, top: bool, quoted_content: bool) -> bool:
    """Parts of the clause that tell something else, or only link it to the rest of the sentence."""
    if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
        return subject_of(child) is not None  # a second clause; a shared-subject verb ("and included") stays
    if not top:
        return False
    if child.dep_ in CLAUSE_LEVEL_DROPS:
        return True
    if child.dep_ in {"prep", "advcl"} and child.lower_ == "according":
        return True
    if child.dep_ == "advmod" and (child.lower_ in DISCOURSE_ADVERBS or child.tag_ == "WRB"):
        return True
    if is_attribution(child):
        return True
    return quoted_content and child.dep_ in {"ccomp", "dobj"} and child.i < child.head.i


def _keep_inner_commas(clause: _Clause) -> None:
    """A comma of the clause itself stays after a kept word ("in Riverton, forcing"), not after a date
    phrase that was left out."""
    doc = clause.root.doc
    if not clause.kept:
        return
    first, last = min(clause.kept), max(clause.kept)
    for child in clause.root.children:
        if (child.text == "," and first < child.i < last and child.i - 1 in clause.kept
                and not doc[child.i + 1].is_quote):
            clause.kept.add(child.i)


def _content_is_quoted(verb: Token) -> bool:
    """"'...,' said X": the reported words are a quotation before the verb, too long to restate."""
    doc = verb.doc
    return any(doc[i].is_quote for i in range(max(0, verb.i - 3), verb.i))


def _supply_subject(clause: _Clause) -> None:
    """Say who: the noun a relative pronoun or a participle stands for, the speaker that "it"/"they"
    in reported speech stands for; an inverted subject ("said X") goes first."""
    root = clause.root
    subject = subject_of(root)
    if subject is None or subject.i not in clause.kept:
        if root.dep_ == "acl" and root.head.pos_ in {"NOUN", "PROPN"}:
            clause.replacements[root.i] = [*noun_phrase(root.head, root.left_edge.i),
                                           *passive_auxiliary(root), root]
        elif (borrowed := shared_subject(root)) is not None:
            clause.replacements[root.i] = [*shared_auxiliaries(root), root]
            start = min(clause.kept)
            said_there = clause.replacements.get(start, [root.doc[start]])
            clause.replacements[start] = [*noun_phrase(borrowed), *said_there]
        return
    antecedent: Token | None = None
    limit = None
    if subject.lower_ in RELATIVE_PRONOUNS and root.dep_ == "relcl":
        antecedent, limit = root.head, root.left_edge.i
    elif subject.lower_ in RELATIVE_PRONOUNS and root.dep_ == "conj" and root.head.dep_ == "relcl":
        antecedent, limit = root.head.head, root.head.left_edge.i  # "X, whose ... and who was named"
    elif subject.lower_ in PERSONAL_PRONOUNS and root.dep_ == "ccomp" and root.head.lemma_ in SPEECH_VERBS:
        speaker = subject_of(root.head)
        if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"} and agrees(subject, speaker):
            antecedent = speaker
    elif subject.lower_ in THING_PRONOUNS:
        antecedent = previous_subject(subject)
    if antecedent is not None:
        clause.kept -= {t.i for t in subject.subtree}
        clause.kept.add(subject.i)
        clause.replacements[subject.i] = [*noun_phrase(antecedent, limit)]
    elif subject.i > root.i or root.lemma_ in SPEECH_VERBS:
        _subject_and_verb_first(clause, subject)


def _subject_and_verb_first(clause: _Clause, subject: Token) -> None:
    """"..., Bloomberg reported" -> "Bloomberg reported ..."; "said X in his speech" -> "X said in his
    speech"."""
    root = clause.root
    verb_group = [c.i for c in root.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < root.i]
    inverted = subject.i > root.i  # "said X in his speech": only X goes first, "in his speech" stays
    clause.leading = [t.i for t in subject.subtree
                      if (t.i <= subject.i or not inverted) and t.i in clause.kept]
    clause.leading += [*verb_group, root.i]
    doc = root.doc
    around = (clause.leading[0] - 1, root.i - 1, root.i + 1)
    closes_subject = root.i - 1 if not inverted and subject.right_edge.i == root.i - 1 else None
    clause.kept -= {i for i in around if 0 <= i < len(doc) and doc[i].is_punct and i != closes_subject}
    for content in root.children:
        if content.dep_ in {"ccomp", "dobj"} and content.i < root.i and content.i in clause.kept:
            clause.trailing = sorted(t.i for t in content.subtree if t.i in clause.kept)
    if clause.content:
        clause.trailing = clause.content
    if clause.trailing:
        first = root.doc[clause.trailing[0]]
        if first.pos_ in {"DET", "PRON", "ADP", "SCONJ"} and first.text != "I":
            clause.lowercase.add(first.i)


def _supply_elided_verb(clause: _Clause) -> None:
    """"as it was able to do": "do" stands for the verb phrase of the clause it modifies."""
    root = clause.root
    marks = {c.lower_ for c in root.children if c.dep_ == "mark"}
    if root.dep_ != "advcl" or not marks & ELLIPSIS_MARKERS:
        return
    stand_in = next((t for t in root.subtree if t.lemma_ == "do" and t.pos_ == "VERB" and t.i in clause.kept
                     and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in t.children)), None)
    if stand_in is None:
        return
    antecedent = root.head
    excluded = {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "punct", "cc", "conj", "advcl", "neg"}
    phrase = [antecedent]
    for child in antecedent.children:
        if child.dep_ not in excluded and child != root:
            phrase.extend(child.subtree)
    clause.replacements[stand_in.i] = [*sorted(phrase, key=lambda t: t.i)]


def _render(clause: _Clause) -> str:
    text = join_said(clause.root.doc, _said_in_order(clause), clause.lowercase)
    weighed: dict[int, tuple[int, int, frozenset[int]] | None] = {}  # `_shorten`'s, once per statement
    for _ in range(12):
        if len(_EVENT_WORD.findall(text)) <= MAX_EVENT_WORDS or not _shorten(clause, weighed):
            break
        text = join_said(clause.root.doc, _said_in_order(clause), clause.lowercase)
    for _ in range(12):  # still too long: cut at the end of a phrase (`statement_cut.py`)
        if word_count(text) <= MAX_EVENT_WORDS:
            break
        past = tokens_past(_words_per_token(clause), MAX_EVENT_WORDS)
        if not cut_past_limit(clause.root, clause.kept, past, set(clause.leading) | set(clause.trailing)):
            break
        text = join_said(clause.root.doc, _said_in_order(clause), clause.lowercase)
    words = list(_EVENT_WORD.finditer(text))
    if len(words) > MAX_EVENT_WORDS:
        text = text[:words[MAX_EVENT_WORDS - 1].end()]
    return text[:1].upper() + text[1:]


def _words_per_token(clause: _Clause) -> list[tuple[int, int]]:
    """(token index, how many words it is said as), in the order `_said_in_order` says them."""
    doc = clause.root.doc
    replacements = clause.replacements
    said = [(i, replacements[i] if i in replacements else [doc[i]]) for i in _order(clause)]
    return [(i, sum(word_count(t if isinstance(t, str) else t.text) for t in tokens)) for i, tokens in said]


def _order(clause: _Clause) -> list[int]:
    placed = set(clause.leading) | set(clause.trailing)
    middle = [i for i in sorted(clause.kept) if i not in placed]
    return [i for i in clause.leading + middle + clause.trailing if i in clause.kept]


def _said_in_order(clause: _Clause) -> list[int | str]:
    """The clause's tokens in the order they are said, by index in the document (a replacement's
    tokens in its place; a string: a word supplied); no spaCy `Token` made for a kept token."""
    replacements = clause.replacements
    said: list[int | str] = []
    for i in _order(clause):
        if i in replacements:
            said.extend(token if isinstance(token, str) else token.i for token in replacements[i])
        else:
            said.append(i)
    return said


def _shorten(clause: _Clause, weighed: dict[int, tuple[int, int, frozenset[int]] | None]) -> bool:
    """Drop the least needed optional part (the lowest rank, then the deepest, then the longest); False
    when none is left. `weighed`: each token's (rank, minus depth, subtree), None when it may not go,
    kept between the cuts of one statement (the parse does not change between them)."""
    options = []
    for i in clause.kept:
        if i not in weighed:
            token = clause.root.doc[i]
            optional = (token != clause.root and token.dep_ in OPTIONAL_DEPS and i not in clause.protected
                        and not _whole(token)  # "the end of the season" goes whole or not at all
                        and not (token.dep_ in {"dobj", "pobj"} and token.head == clause.root))  # its object
            weighed[i] = (OPTIONAL_DEPS[token.dep_], -depth(token), subtree_ids(token)) if optional else None
        if (weight := weighed[i]) is not None and not (subtree := weight[2] & clause.kept) & clause.protected:
            options.append((weight[0], weight[1], -len(subtree), i, subtree))
    if not options:
        return False
    drop_phrase(clause.root.doc[min(options)[3]], clause.kept)
    return True

