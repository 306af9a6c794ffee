"""Direct quotations, who said them and when.

A quotation is text between a pair of quote marks, found by `quote_marks` (double marks of any
shape pair in order, single marks with care for apostrophes, quotations running over paragraphs).

A quotation is attributed through a speech verb next to it, found in the dependency parse:
``"…," said X`` / ``"…," X said`` / ``X said: "…"`` / ``"…", according to X``. A quotation interrupted
by its attribution (``"…," he said, "…"``) is one quote whose text joins both parts.

Speakers are resolved to an entity mention where possible (see `speakers`). Further:

* nested speech ("X said Y yelled, '…'", "'…,' Y yelled, X said"): the speaker is who uttered the
  words (Y, the subject of the speech verb whose content the quotation is), and X, the subject of the
  speech verb that reports it, is kept as `reported_by`;
* a quotation inside a quotation ("They asked, 'Why?'," Y said) with a speech verb of its own in
  the outer quotation is a quote of its own: its speaker is that verb's subject, reported by Y;
* a quotation introduced by a question verb ("asked") or that is a question (ends in "?") has the
  mood `question`;
* a quotation that opens a paragraph right after a paragraph ending in "X said:" is X's;
* a quotation with no speech verb of its own that follows an attributed one (and its attribution) in
  the same or the next paragraph is taken as the same speaker going on.

Short quoted phrases (three words or fewer) with no speech verb are scare quotes and are left out,
unless they complete a verb of saying or naming ("Roe called the plan “a mess”": `quote_complements`,
wave 9), which makes them the words of that verb's subject.
The quote's offsets span the quoted words without the marks (from the first part to the last).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from generator.annotate.attribution_asides import in_closed_aside
from generator.annotate.doc_quotes import doc_quoted_parts, doc_quoted_token_ids, token_ids_in_parts
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_text import doc_text
from generator.annotate.misread_lead_ins import misread_lead_in
from generator.annotate.quantities.doc_index import sentence_of
from generator.annotate.quote_complements import completed_verb
from generator.annotate.quote_marks import PARAGRAPH_BREAK, QuotedPart, nested_parts
from generator.annotate.quote_marks import quoted_parts as quoted_parts  # read from here by callers and tests
from generator.annotate.reporting_clauses import reports_clause
from generator.annotate.speakers import PERSON_PRONOUNS, resolve_speaker
from generator.annotate.speech_subjects import (
    ATTRIBUTION_REACH,
    inverted_subject,
    is_speech_verb,
    preposed_subject,
    subject_of,
)
from generator.annotate.speech_verbs import NAMING_VERBS, QUESTION_VERBS, SPEECH_VERBS
from generator.models import EntityMention, QuoteMention, Timex

MIN_UNATTRIBUTED_WORDS = 6
# A quoted word or three inside an attribution ('known as "take,"').
SHORT_QUOTATION = re.compile(r"[\"“‘][^\"“”‘’\n]{1,40}[\"”’]")
MAX_SCARE_QUOTE_WORDS = 3
# A short quotation that is a sentence of its own goes on with the speaker before (wave 10); a switch
# for the ablation benchmark.
OWN_SENTENCE_QUOTES = True
# Verbs of taking a stance whose subject the next quotation goes on with (wave 12); a switch for the
# ablation benchmark.
STANCE_VERBS = {"agree", "disagree", "concur", "object", "welcome", "praise", "applaud", "criticize",
                "criticise", "condemn", "react"}
STANCE_LEAD_INS = True


@dataclass
class Quotation:
    parts: list[QuotedPart]
    verb: Token | None = None
    speaker_head: Token | None = None
    attribution: list[Token] = field(default_factory=list)
    reporter_head: Token | None = None  # nested speech: the subject of the verb that reports the speech
    # The speaker's words as written, when the parse gives no phrase for them (a misread lead-in).
    speaker_phrase: tuple[int, int] | None = None
    completes_verb: bool = False  # the object of its verb ("called it “a mess”"): never a scare quote

    @property
    def said_end(self) -> int:
        """Where the quotation and its attribution end (the attribution may follow the quote)."""
        if self.attribution:
            last = self.attribution[-1]
            return max(self.end, last.idx + len(last.text))
        return self.end

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


def find_quotes(doc: Doc, entities: list[EntityMention], timexes: list[Timex]) -> list[QuoteMention]:
    """Direct quotations in `doc`; `sentence` is filled in by annotate."""
    parts = doc_quoted_parts(doc)
    inside = doc_quoted_token_ids(doc)
    quotations = join_interrupted(doc, parts, inside)
    mentions: list[QuoteMention] = []
    previous: tuple[Quotation, QuoteMention] | None = None
    inner_parts = nested_parts(doc_text(doc))
    for quotation in quotations:
        attribute(doc, quotation, inside)
        short = quotation.verb is None and word_count(doc_text(doc)[quotation.start:quotation.end]) \
            <= MAX_SCARE_QUOTE_WORDS
        keep_short = short and is_own_sentence(doc, quotation)
        mention = to_mention(doc, quotation, entities, timexes, keep_short=keep_short)
        if mention is None:
            continue
        if mention.speaker is None and previous is not None and continues(doc_text(doc), *previous, mention):
            said = previous[1]
            mention.speaker = said.speaker
            mention.speaker_start, mention.speaker_end = said.speaker_start, said.speaker_end
        if mention.speaker is None:
            lead_in = reported_speech_before(doc, quotation, inside)
            speaker = resolve_speaker(lead_in, entities) if lead_in is not None else None
            if speaker is not None:
                mention.speaker, mention.speaker_start, mention.speaker_end = speaker
        if quotation.verb is None and word_count(mention.text) < MIN_UNATTRIBUTED_WORDS \
                and mention.speaker is None:
            continue
        mentions.append(mention)
        in_attribution = previous is not None and quotation.start <= previous[0].said_end + 3 \
            and word_count(mention.text) <= MAX_SCARE_QUOTE_WORDS
        if not in_attribution:  # a quoted word inside the attribution does not end the speech
            previous = (quotation, mention)
        mentions.extend(inner_quotes(doc, quotation, mention, inner_parts, entities, timexes))
    return mentions


def reported_speech_before(doc: Doc, quotation: Quotation, inside: set[int]) -> Token | None:
    """ "Roe said the pier would reopen. “We have the steel now.”": a quotation with no attribution of
    its own that opens the sentence right after a sentence reporting someone's speech (its main verb
    a speech verb, no quotation in it) goes on with that speaker; so does one after a sentence whose
    main verb takes a stance ("Roe agreed with the ruling. “…”", wave 12: news prose gives the
    words of whoever just agreed, praised or objected); None otherwise."""
    mark = token_at(doc, quotation.start - 1)
    if mark is None or sentence_of(mark).start == 0 \
            or any(t.is_alpha for t in span_at(doc, sentence_of(mark).start, mark.i)):
        return None
    before = sentence_of(doc[sentence_of(mark).start - 1])
    root = before.root
    leads_in = is_speech_verb(root) or (STANCE_LEAD_INS and root.lemma_.lower() in STANCE_VERBS)
    if any(t.i in inside for t in before) or not leads_in or root.lower_ == "according":
        return None
    return subject_of(root, inside)


def inner_quotes(doc: Doc, outer: Quotation, said: QuoteMention, inner_parts: list[QuotedPart],
                 entities: list[EntityMention], timexes: list[Timex]) -> list[QuoteMention]:
    """Quotations inside `outer` introduced by a speech verb of their own ("They asked, 'Why?'"):
    the speaker is that verb's subject, and the outer quotation's speaker reports them."""
    found: list[QuoteMention] = []
    for part in inner_parts:
        if not (outer.start < part.start and part.end < outer.end):
            continue
        inner = Quotation(parts=[part])
        own = quoted_token_ids(doc, [part])
        mark = token_at(doc, part.start - 1)
        if mark is None:
            continue
        region = [t for t in reversed(span_at(doc, sentence_of(mark).start, mark.i))
                  if t.i not in own and t.idx >= outer.start]
        verb = next((t for t in region[:ATTRIBUTION_REACH] if is_speech_verb(t)), None)
        speaker = subject_of(verb, own) if verb is not None else None
        if verb is None or speaker is None:
            continue
        inner.verb, inner.speaker_head, inner.attribution = verb, speaker, sorted(region, key=lambda t: t.i)
        mention = to_mention(doc, inner, not_the_speaker(speaker, said, entities), timexes)
        # "He said, 'Thank you.'": words the verb right before them introduces are speech, however short.
        speech = mark.i - verb.i <= 2 or word_count(mention.text if mention else "") > MAX_SCARE_QUOTE_WORDS
        if mention is not None and mention.speaker and speech:
            mention.reported_by = said.speaker if said.speaker != mention.speaker else None
            found.append(mention)
    return found


def not_the_speaker(subject: Token, said: QuoteMention, entities: list[EntityMention]) -> list[EntityMention]:
    """ "He" in a quotation is not its speaker (who says "I"): a pronoun inside someone's words is
    resolved among the other people named."""
    if subject.lower_ not in PERSON_PRONOUNS or not said.speaker:
        return entities
    last = said.speaker.split()[-1]
    return [e for e in entities if not (e.type == "person" and e.text.split()[-1] == last)]


# --------------------------------------------------------------------------- quote marks


def quoted_token_ids(doc: Doc, parts: list[QuotedPart]) -> set[int]:
    """Tokens inside quote marks, the marks included."""
    return token_ids_in_parts(doc, parts)


def join_interrupted(doc: Doc, parts: list[QuotedPart], inside: set[int]) -> list[Quotation]:
    """Join ``"…," he said, "…"`` into one quotation; every other part stands alone."""
    quotations: list[Quotation] = []
    for part in parts:
        last = quotations[-1] if quotations else None
        if last is not None and (part.continued or is_interruption(doc, last.parts[-1], part, inside)):
            last.parts.append(part)
        else:
            quotations.append(Quotation(parts=[part]))
    return quotations


def is_interruption(doc: Doc, first: QuotedPart, second: QuotedPart, inside: set[int]) -> bool:
    gap_text = doc_text(doc)[first.end + 1:second.start - 1]
    if "\n\n" in gap_text or word_count(gap_text) > 8 or word_count(gap_text) == 0:
        return False
    if not doc_text(doc)[first.start:first.end].rstrip().endswith(",") or not gap_text.rstrip().endswith(","):
        return False  # '"A." She said. "B."' is two quotations, '"A," she said, "b"' is one
    gap = doc.char_span(first.end + 1, second.start - 1, alignment_mode="expand")
    return gap is not None and any(is_speech_verb(t) for t in gap if t.i not in inside)


# --------------------------------------------------------------------------- attribution


def attribute(doc: Doc, quotation: Quotation, inside: set[int]) -> None:
    """Find the speech verb and its subject next to the quotation (after it first, then before)."""
    first_mark = token_at(doc, quotation.start - 1)
    last_mark = token_at(doc, quotation.end)
    if first_mark is None or last_mark is None:
        return
    after = tokens_after(doc, last_mark, inside)
    before = tokens_before(doc, first_mark, inside)
    between = interruption_tokens(doc, quotation, inside)
    if after and after[-1].i + 1 in inside and after[-1].text in {":", ","}:
        # 'and said: "…"' at the end belongs to the quotation that follows, not to this one.
        after = [t for t in after if t.i < after[-1].i - 2]
    governing = governing_speech_verb(doc, quotation, first_mark, inside)
    # Only a short quotation needs its verb found before a speech verb next to it attributes it: the
    # flag matters to the scare-quote filter alone (kept lazy: the parse walk costs time per quote).
    short = word_count(doc_text(doc)[quotation.start:quotation.end]) <= MAX_SCARE_QUOTE_WORDS
    completed = completed_verb(doc, quotation.start, quotation.end, inside) if short else None
    led = subject_led_verb(after)
    for region in (between, after, list(reversed(before)), colon_lead_in(doc, first_mark, inside), governing):
        verb = led[0] if led and region is after else None
        verb = verb or next((t for t in region[:ATTRIBUTION_REACH]
                             if is_speech_verb(t) or (region is governing and reports_clause(t))), None)
        if verb is None:
            continue
        verb = uttering_verb(verb, region)
        speaker = subject_of(verb, inside) or inverted_subject(verb, inside) or preposed_subject(verb, inside)
        if speaker is not None:
            quotation.verb, quotation.speaker_head = verb, speaker
            quotation.attribution = sorted(region, key=lambda t: t.i)
            quotation.reporter_head = reporter_of(verb, inside, first_mark)
            quotation.completes_verb = completed is not None and completed[0].i == verb.i
            return
    if attribute_misread_lead_in(quotation, before):
        return
    if not short:
        completed = completed_verb(doc, quotation.start, quotation.end, inside)
    if completed is not None:  # "Roe called the plan “a mess”": the object of a naming verb
        quotation.verb, quotation.speaker_head = completed
        quotation.attribution, quotation.completes_verb = [completed[0]], True
        return
    namer = naming_verb(doc, quotation, last_mark, inside)
    speaker = subject_of(namer, inside) if namer is not None else None
    if namer is not None and speaker is not None:
        quotation.verb, quotation.speaker_head, quotation.attribution = namer, speaker, [namer]


def attribute_misread_lead_in(quotation: Quotation, before: list[Token]) -> bool:
    """ "The league's policy states: '…'" (see `misread_lead_ins`): the document as written speaks."""
    found = misread_lead_in(before, SPEECH_VERBS)
    if found is None:
        return False
    verb, phrase = found
    quotation.verb, quotation.speaker_head = verb, phrase[-1]
    quotation.speaker_phrase = (phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
    quotation.attribution = [*phrase, verb]
    return True


def subject_led_verb(after: list[Token]) -> list[Token]:
    """ "'…,' Aygul, a shopkeeper in the old town who asked that her family name be withheld, told
    AFP": the name right after the quotation is the subject of a speech verb later in the
    sentence, however long the apposition between them (beyond the usual reach)."""
    first = next((t for t in after[:3] if t.pos_ in {"PROPN", "NOUN"}), None)
    while first is not None and first.dep_ in {"compound", "flat"} and first.head.i > first.i:
        first = first.head
    verb = first.head if first is not None and first.dep_ == "nsubj" else None
    return [verb] if verb is not None and any(t.i == verb.i for t in after) and is_speech_verb(verb) else []


def naming_verb(doc: Doc, quotation: Quotation, last_mark: Token, inside: set[int]) -> Token | None:
    """ "the “City Max,” as Roe later called it": a clause right after a quotation says whose name for
    the thing it is; "Roe called the plan “one more sign that the council has lost its way”": a
    quotation longer than a scare quote completing a naming verb is Roe's words. (Since wave 9 a
    short phrase completing its verb, "called the decision “deeply disappointing”", is attributed
    before this by `quote_complements`.)"""
    first = token_at(doc, quotation.start)
    text = doc_text(doc)[quotation.start:quotation.end]
    if first is not None and word_count(text) > MAX_SCARE_QUOTE_WORDS:
        head = first
        while head.head.i != head.i and head.i in range(first.i, last_mark.i + 1):
            head = head.head
        if head.lemma_.lower() in NAMING_VERBS and head.i not in inside:
            return head
    for follower in span_at(doc, last_mark.i + 1, min(last_mark.i + 6, sentence_of(last_mark).end)):
        if follower.lemma_.lower() in NAMING_VERBS and follower.i not in inside \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in follower.children) \
                and any(c.dep_ == "dobj" and c.lower_ in {"it", "them", "this"} for c in follower.children):
            return follower
    return None


def governing_speech_verb(doc: Doc, quotation: Quotation, mark: Token, inside: set[int]) -> list[Token]:
    """ "X said that even though …, the list is “not the means …”": the speech verb before the
    quotation, however far, whose reported clause holds it (up the parse from the quoted words)."""
    first = token_at(doc, quotation.start)
    if first is None:
        return []
    token = first
    while token.head.i != token.i and sentence_of(token).start == sentence_of(mark).start:
        token = token.head
        if token.i not in inside and token.i < mark.i and (is_speech_verb(token) or reports_clause(token)) \
                and not in_closed_aside(doc, token, mark):
            return [token]
    return []


def uttering_verb(verb: Token, region: list[Token]) -> Token:
    """In "X said Y yelled", the speech verb in the content of `verb` (yelled) uttered the words."""
    ids = {t.i for t in region}
    for token in region:
        if token.i != verb.i and is_speech_verb(token) and token.dep_ in {"ccomp", "parataxis"} \
                and token.head.i == verb.i and token.i in ids \
                and not any(c.dep_ == "ccomp" for c in token.children):
            return token
    return verb


def reporter_of(verb: Token, inside: set[int], mark: Token | None = None) -> Token | None:
    """The subject of the speech verb that reports `verb`'s speech ("X said Y yelled"), if any; not one
    in an aside closed before the quotation's opening `mark` (`in_closed_aside`)."""
    head = verb.head
    # "… after a hearing, where X said …": a clause opened by "where"/"when" is no reported speech.
    adverbial = any(c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i for c in verb.children)
    reported = verb.dep_ in {"ccomp", "parataxis"} and head.i != verb.i and not adverbial
    if reported and head.i not in inside and is_speech_verb(head):
        return subject_of(head, inside)
    for child in verb.children:  # "'…,' Y yelled, X said": the reporting clause hangs off the verb
        if child.dep_ in {"parataxis", "ccomp"} and is_speech_verb(child) and child.i > verb.i \
                and (mark is None or not in_closed_aside(child.doc, child, mark)):
            return subject_of(child, inside)
    return None


def colon_lead_in(doc: Doc, mark: Token, inside: set[int]) -> list[Token]:
    """A paragraph ending in "X said:" leads into the quotation that opens the next paragraph:
    the tokens of that lead-in sentence, nearest first."""
    index = mark.i - 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if index < 0 or doc[index].text != ":" or "\n" not in doc_text(doc)[doc[index].idx:mark.idx]:
        return []
    tokens: list[Token] = []
    for token in reversed(doc[:index]):
        if token.i in inside or "\n\n" in token.text:
            break
        tokens.append(token)
        if token.is_sent_start:
            break
    return tokens


def interruption_tokens(doc: Doc, quotation: Quotation, inside: set[int]) -> list[Token]:
    tokens: list[Token] = []
    for first, second in zip(quotation.parts, quotation.parts[1:], strict=False):
        if second.continued:
            continue  # a paragraph break, not an attribution
        gap = doc.char_span(first.end, second.start, alignment_mode="expand")
        if gap is not None:
            tokens.extend(t for t in gap if t.i not in inside)
    return tokens


def tokens_after(doc: Doc, mark: Token, inside: set[int]) -> list[Token]:
    """Tokens after the closing mark up to the end of its sentence or the next quotation."""
    tokens: list[Token] = []
    for token in doc[mark.i + 1:]:
        if token.i in inside or (token.is_sent_start and tokens) or "\n\n" in token.text:
            break
        tokens.append(token)
    return tokens


def tokens_before(doc: Doc, mark: Token, inside: set[int]) -> list[Token]:
    """Tokens before the opening mark back to the start of its sentence or the previous quotation."""
    tokens: list[Token] = []
    for token in reversed(doc[:mark.i]):
        if token.i in inside or "\n\n" in token.text:
            break
        tokens.append(token)
        if token.is_sent_start:
            break
    return list(reversed(tokens))


def token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# --------------------------------------------------------------------------- output


def to_mention(doc: Doc, quotation: Quotation, entities: list[EntityMention], timexes: list[Timex],
               keep_short: bool = False) -> QuoteMention | None:
    texts = [doc_text(doc)[p.start:p.end].strip() for p in quotation.parts]
    text = " ".join(texts).rstrip(", ")
    if not text:
        return None
    if quotation.verb is None and word_count(text) <= MAX_SCARE_QUOTE_WORDS and not keep_short:
        return None
    start = quotation.start + (len(doc_text(doc)[quotation.start:quotation.end]) -
                               len(doc_text(doc)[quotation.start:quotation.end].lstrip()))
    end = start + len(doc_text(doc)[start:quotation.end].rstrip().rstrip(",").rstrip())
    speaker = resolve_speaker(quotation.speaker_head, entities) if quotation.speaker_head else None
    if quotation.speaker_phrase is not None:
        phrase_start, phrase_end = quotation.speaker_phrase
        speaker = doc_text(doc)[phrase_start:phrase_end], phrase_start, phrase_end
    reporter = resolve_speaker(quotation.reporter_head, entities) if quotation.reporter_head else None
    question = quotation.verb is not None and quotation.verb.lemma_.lower() in QUESTION_VERBS
    return QuoteMention(
        mood="question" if question or is_question(text) else "statement",
        start=start, end=end, text=text,
        speaker=speaker[0] if speaker else None,
        speaker_start=speaker[1] if speaker else None,
        speaker_end=speaker[2] if speaker else None,
        date=attribution_date(quotation, timexes), sentence=-1,
        reported_by=reporter[0] if reporter and (not speaker or reporter[0] != speaker[0]) else None,
        completes_verb=quotation.completes_verb,
    )


def is_own_sentence(doc: Doc, quotation: Quotation) -> bool:
    """ "“No.”" after someone's question: a quotation that is a whole sentence of its own (nothing
    before its opening mark in the sentence, a capital first and a full stop, question or exclamation
    mark last) is speech however short, never a scare quote; it is kept only when a speaker goes on
    into it (`continues`, wave 10)."""
    if not OWN_SENTENCE_QUOTES:
        return False
    text = doc_text(doc)[quotation.start:quotation.end].strip()
    mark = token_at(doc, quotation.start - 1)
    if not text or not text[0].isupper() or text[-1] not in ".?!" or mark is None:
        return False
    token = mark  # back to the sentence start, stopping at the first word (never the whole sentence)
    while not token.is_sent_start and token.i > 0:
        token = doc[token.i - 1]
        if token.is_alpha:
            return False
    return True


def is_question(text: str) -> bool:
    """One sentence that asks: "How about fifty people?" (not "We won. Why not?")."""
    words = text.strip()
    return words.endswith("?") and not any(mark in words[:-1] for mark in ".!?")


# A value with no known part ("XXXX", a season without its year): "a year (unknown)" tells nothing.
_PLACES_NOTHING = re.compile(r"[XW\-]+")


def attribution_date(quotation: Quotation, timexes: list[Timex]) -> str | None:
    """The attribution's date ("said X on Friday"), never one inside the quote nor one placing nothing."""
    if quotation.verb is None or not quotation.attribution:
        return None
    low = quotation.attribution[0].idx
    high = quotation.attribution[-1].idx + len(quotation.attribution[-1])
    candidates = [t for t in timexes if t.type in {"DATE", "TIME"} and t.value
                  and low <= t.start and t.end <= high and not _PLACES_NOTHING.fullmatch(t.value)]
    if not candidates:
        return None
    verb_offset = quotation.verb.idx
    return min(candidates, key=lambda t: (abs(t.start - verb_offset), t.start)).value


def continues(text: str, quotation: Quotation, previous: QuoteMention, current: QuoteMention) -> bool:
    """A quotation with no attribution straight after an attributed one (and its attribution), in
    the next paragraph at most."""
    gap = text[max(previous.end, min(quotation.said_end, current.start)):current.start]
    gap = SHORT_QUOTATION.sub(" ", gap)  # '…, known as “take,” carries penalties.': the attribution goes on
    words = [w for w in gap.split() if any(c.isalnum() for c in w)]  # marks and dashes are no words
    return previous.speaker is not None and len(PARAGRAPH_BREAK.findall(gap)) <= 1 and len(words) <= 3


def word_count(text: str) -> int:
    return len(text.split())
