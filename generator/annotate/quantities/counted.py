"""What a quantity counts, read off the parse: the noun it modifies, its complement, the antecedent of
a pronoun or a pointing word, kept to a short phrase of the sentence's own words."""

from __future__ import annotations

import unicodedata
from collections.abc import Container

from spacy.tokens import Span, Token

from generator.annotate.doc_spans import span_at
from generator.annotate.quantities.attributes import governing_verb
from generator.annotate.quantities.doc_index import sentence_of, sentence_root
from generator.annotate.quantities.lexicon import (
    ADDED_TO,
    ADDING_VERBS,
    CHANGE_VERBS,
    COMPARISON_PREPOSITIONS,
    PLURAL_PRONOUNS,
    POINTING_WORDS,
    VAGUE_NOUNS,
)
from generator.annotate.quantities.lookback import lookback_of
from generator.annotate.quantities.not_amounts import counted_members
from generator.annotate.quantities.repeats import times_told
from generator.annotate.quantities.scan import Found
from generator.annotate.quantities.units import (
    CURRENCY_CODES,
    TIME_UNITS,
    currency_reader_name,
    modifies_plural_noun,
)

DURATION_UNITS = frozenset(TIME_UNITS.values())

# --------------------------------------------------------------------------- what is counted


def describe_counted(span: Span, anchor: Token, unit: str | None, excluded: Container[int],
                     found: list[Found]) -> str | None:
    """What the number counts or measures, as a short phrase from the sentence."""
    earlier = restated_or_compared(span, unit, found)
    if earlier is not None:
        return earlier.mention.about
    if unit == "times" and (repeated := times_told(span, excluded)) is not None:
        return repeated  # "times the singer has been arrested", not "singer"
    members = counted_members(span)
    if members is not None:
        return members  # "a two-man crew": the members of the crew
    bought = deal_object(anchor, unit)
    if bought is not None:
        phrase = noun_phrase_text(bought, excluded)
        return f"price of {phrase}" if phrase else None
    counted = counted_noun(span, anchor, unit)
    if counted is None:
        elided = elided_count(span, unit, found)
        if elided is None or not elided.mention.about:
            return None
        return elided_with_predicate(elided.mention.about, span, anchor)
    phrase = noun_phrase_text(counted, excluded)
    if not phrase or any(unicodedata.category(char) == "Cf" for char in phrase):
        return None  # invisible format characters (bidi marks) make no phrase a reader can read
    if counted.lower_ in VAGUE_NOUNS:
        return readable_vague(span, counted, phrase, excluded, found)
    if counted.text in CURRENCY_CODES and phrase == counted.text:
        return currency_reader_name(phrase)  # "The USD rose 2%": about the US dollar, not "USD"
    return with_predicate(phrase, counted) if unit is None else phrase


# Intransitive verbs whose subject count is told by a state: "24 people died" -> "people dead".
STATE_OF_SUBJECT = {"die": "dead", "perish": "dead", "drown": "drowned", "survive": "who survived",
                    "flee": "who fled", "vanish": "missing", "disappear": "missing", "escape": "who escaped"}


def with_predicate(phrase: str, subject: Token) -> str:
    """What happened to a counted subject, which tells one count from another: "migrants returned"
    (a passive), "people dead" ("24 people died"), "people injured" ("249 were injured")."""
    verb = subject.head
    if subject.dep_ == "nsubjpass" and verb.pos_ == "VERB" and verb.tag_ == "VBN":
        addition = verb.text
    elif subject.dep_ == "nsubj" and verb.lemma_.lower() in STATE_OF_SUBJECT:
        addition = STATE_OF_SUBJECT[verb.lemma_.lower()]
    elif subject.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in OUTCOME_OF_OBJECT:
        addition = OUTCOME_OF_OBJECT[verb.lemma_.lower()]  # "killed five people" -> "people killed"
    elif subject.dep_ == "nsubj" and verb.lemma_ == "be" and (state := predicate_state(verb)):
        addition = state  # "24 people were dead"
    else:
        return phrase
    return phrase if addition.lower() in phrase.lower().split() else f"{phrase} {addition}"


# Verbs whose object count is told by what happened to it: "the quake killed five people" counts
# "people killed", which is not "people injured".
OUTCOME_OF_OBJECT = {"kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "hurt",
                     "rescue": "rescued", "evacuate": "evacuated", "arrest": "arrested", "detain": "detained",
                     "displace": "displaced", "strand": "stranded", "hospitalize": "hospitalized",
                     "hospitalise": "hospitalised", "fire": "fired", "hire": "hired", "lay": "laid off"}
# States a count of people is in after "were": "24 people were dead", "12 were missing".
PREDICATE_STATES = {"dead", "injured", "missing", "wounded", "hurt", "homeless", "unaccounted", "killed"}


def predicate_state(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in {"acomp", "attr", "oprd"} and child.lower_ in PREDICATE_STATES:
            return child.lower_
    return None


def elided_with_predicate(about: str, span: Span, anchor: Token) -> str:
    """ "24 people died and 249 were injured", "five were killed and 140 injured": the earlier count's
    noun with what happened to these ("people injured"); without a predicate of its own, the earlier
    count's whole phrase ("nine seats ... the remaining six")."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.tag_ in {"VBN", "JJ"} and following.is_alpha:
        own = following.text
    else:
        own = with_predicate("", anchor).strip()
    if not own:
        return about
    words = about.split()
    if len(words) > 1 and (words[-1].endswith("ed") or words[-1] in STATE_OF_SUBJECT.values()):
        words = words[:-1]  # the earlier count's own predicate: "people killed" -> "people"
    return " ".join([*words, own])


def restated_or_compared(span: Span, unit: str | None, found: list[Found]) -> Found | None:
    """The earlier number this one restates in brackets or is compared with ("up from 5%")."""
    if not found or span.start == 0:
        return None
    doc = span.doc
    previous = doc[span.start - 1]
    last = found[-1]
    if previous.text == "(" and last.span.end == span.start - 1:
        return last  # "400 millimetres (16 inches)", "500 million pesos ($8.7 million)"
    if previous.lower_ in COMPARISON_PREPOSITIONS:
        return latest_in_sentence(span, found, unit)
    return None


def elided_count(span: Span, unit: str | None, found: list[Found]) -> Found | None:
    """ "took nine seats ... won the remaining six": a bare count stands for an earlier count's noun."""
    if unit is not None:
        return None
    return latest_in_sentence(span, found, None)


def latest_in_sentence(span: Span, found: list[Found], unit: str | None) -> Found | None:
    """The nearest earlier quantity of `span`'s sentence in `unit` that says what it counts.

    `found` is in text order, so the latest such quantity of the whole text is in this sentence or
    none is (lookback.py keeps the latest per unit instead of walking back over the sentence)."""
    latest = lookback_of(span.doc).latest("unit-and-about", found, _unit_if_about).get(("unit", unit))
    return latest if latest is not None and latest.sentence_start == sentence_of(span).start else None


def _unit_if_about(found: Found) -> tuple[str, str | None] | None:
    return ("unit", found.mention.unit) if found.mention.about else None


def counted_noun(span: Span, anchor: Token, unit: str | None) -> Token | None:
    for token in span:
        # The noun right after the number that the number modifies: "1.5m customers".
        if token.dep_ in {"nummod", "quantmod", "compound", "nmod"} and token.head.i >= span.end \
                and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i - span.end <= 4:
            if token.head.text in CURRENCY_CODES and modifies_plural_noun(token.doc, token.head.i):
                return token.doc[token.head.i + 1]  # "3 USD accounts": accounts, not the code (wave 11)
            return token.head
    head = anchor.head
    outside = not (span.start <= head.i < span.end)
    if anchor.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} and outside \
            and head.pos_ in {"NOUN", "PROPN"}:
        return head
    if anchor.dep_ in {"npadvmod", "advmod"} and head.dep_ == "amod" and head.head.pos_ == "NOUN":
        return head.head  # "a 32% lower risk"
    last = span[-1]  # "two-thirds of the farmland": the complement may hang from the last word
    noun = (own_complement(anchor, unit) or (own_complement(last, unit) if last.i != anchor.i else None)
            or complemented_noun(anchor) or object_set_to(anchor))
    if noun is not None:
        return noun
    if unit is None and anchor.pos_ == "NUM":
        # A bare count counts its subject only as that subject's new value ("the toll rose to 23",
        # "that figure will reach 139 million"); "Castleford's eight" or "the remaining six" count
        # what an earlier number in the sentence counts (see `elided_count`).
        return clause_subject(anchor) if governing_verb(anchor).lemma_.lower() in CHANGE_VERBS else None
    if unit in DURATION_UNITS:
        # "It took Airbus two years": a span of time is not its clause's subject, unless the clause
        # says how long the subject went on ("The strike lasted 54 days")
        return clause_subject(anchor) if governing_verb(anchor).lemma_.lower() in {"last", "run"} else None
    return money_purpose(anchor, unit) or clause_subject(anchor)


def own_complement(anchor: Token, unit: str | None) -> Token | None:
    """ "10% of the total", "$5 billion in loans"; "of them" is read as the noun it stands for. A span
    of time measures what "of" names ("six months of talks"); "in", "on" and "for" say where or on
    what it was spent ("100 days in office", "35 years on the project"): no counted noun."""
    shares = {"%", "percentage points", "basis points", None}
    prepositions = {"of"} if unit in shares or unit in DURATION_UNITS else {"of", "in", "on", "for"}
    for child in anchor.children:
        if child.dep_ != "prep" or child.lower_ not in prepositions:
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if not objects or any(d.lower_ in {"each", "every", "per"} for d in objects[0].children):
            continue  # "for each driver" is a rate, not what is counted
        noun = objects[0]
        if unit not in shares and noun.lemma_.lower() in PAYMENT_FORMS:
            continue  # "$2.1 billion in cash and stock" says how it is paid, not what it pays for
        if noun.lower_ in PLURAL_PRONOUNS:
            return plural_antecedent(noun)
        if is_nominal(noun):
            return noun
    return None


PAYMENT_FORMS = {"cash", "stock", "share", "equity", "bond", "note", "security", "kind", "installment",
                 "instalment", "credit", "coin", "bill", "check", "cheque"}


def is_nominal(token: Token) -> bool:
    """A noun, or an adjective used as one ("the dead", "the injured")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "ADJ" and any(c.lower_ == "the" for c in token.children)


def plural_antecedent(pronoun: Token) -> Token | None:
    """The plural noun a pronoun stands for: the nearest plural subject or object, this or last sentence."""
    doc = pronoun.doc
    sentence = sentence_of(pronoun)
    start = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    # The nearest plural argument from `start` on, else the nearest plural (tables: lookback.py).
    lookback = lookback_of(doc)
    nearest = lookback.nearest_before("plural-argument", _is_plural_argument, pronoun.i, start)
    if nearest < 0:
        nearest = lookback.nearest_before("plural", _is_plural, pronoun.i, start)
    return doc[nearest] if nearest >= 0 else None


def _is_plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"} and not token.ent_type_


def _is_plural_argument(token: Token) -> bool:
    return _is_plural(token) and token.dep_ in {"nsubj", "nsubjpass", "dobj"}


def complemented_noun(anchor: Token) -> Token | None:
    """ "revenue of $3bn", "a crowd of 41,286", "a forecast of between $35bn and $36bn"."""
    head = anchor.head if anchor.dep_ in {"pobj", "pcomp"} else None
    while head is not None and head.dep_ in {"prep", "pcomp"} and head.head.pos_ == "ADP":
        head = head.head
    if head is not None and head.lower_ == "of" and is_nominal(head.head):
        return head.head
    return None


def object_set_to(anchor: Token) -> Token | None:
    """ "put the party on 37%", "cap fares at £2", "raised its dividend by 5 cents": the verb's object."""
    preposition = anchor.head
    if anchor.dep_ != "pobj" or preposition.lower_ not in {"on", "at", "by", "to"}:
        return None
    verb = preposition.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    objects = [c for c in verb.children if c.i < preposition.i and (
        c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}))]
    return max(objects, key=lambda c: c.i) if objects else None


def money_purpose(anchor: Token, unit: str | None) -> Token | None:
    """ "released 500 million pesos in emergency funds": money spent or raised "in/for" something;
    "add €40 to the average mortgage payment": money added to or taken off something."""
    if unit in {None, "%", "percentage points", "basis points", "score"} or anchor.dep_ != "dobj":
        return None
    prepositions = {"in", "for"} | (ADDED_TO if anchor.head.lemma_.lower() in ADDING_VERBS else set())
    for child in anchor.head.children:
        if child.dep_ == "prep" and child.lower_ in prepositions and child.i > anchor.i:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


DEAL_VERBS = {"buy", "acquire", "purchase", "sell", "pay", "bid", "offer", "value", "take"}


def deal_object(anchor: Token, unit: str | None) -> Token | None:
    """ "agreed to buy Brightco for $2.1 billion (in cash and stock), or $45 a share": the thing a sum
    is the price of, the object of a buying or selling verb the sum is "for"."""
    if unit in {None, "%", "percentage points", "basis points", "score", "fraction"}:
        return None
    for _ in range(2):  # "... for $2.1 billion, or $45 a share"; a few steps: a list can be long
        if anchor.dep_ not in {"conj", "appos"} or anchor.head.i == anchor.i:
            break
        anchor = anchor.head
    preposition = anchor.head
    if anchor.dep_ != "pobj" or preposition.lower_ != "for":
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEAL_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    return objects[0] if objects else None


def clause_subject(anchor: Token) -> Token | None:
    """The subject of the verb the number hangs from: "Sales rose 12 per cent" -> "Sales"."""
    head = governing_verb(anchor)
    for child in head.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"} and child.i != anchor.i:
            return child
    if head.dep_ == "acl" and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head  # "forecasts show growth slowing to 0.8%"
    return None


def readable_vague(
    span: Span, counted: Token, phrase: str, excluded: Container[int], found: list[Found]
) -> str:
    """A vague counted noun made readable: what an earlier number counts, or the sentence's subject."""
    antecedent = pointed_antecedent(span, counted, found)
    if antecedent is not None:
        about = antecedent.mention.about or ""
        rate = antecedent.mention.rate
        return f"{phrase} ({about}{', ' + rate if rate else ''})"
    if counted.head.i == sentence_root(sentence_of(span)).i \
            and counted.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}:
        return phrase  # "the storm caused 40 incidents": the subject did it, it is not what is counted
    topic = sentence_topic(span, counted, excluded)
    return f"{phrase} {topic}" if topic and topic.startswith("of ") else (
        f"{phrase} ({topic})" if topic else phrase)


def pointed_antecedent(span: Span, counted: Token, found: list[Found]) -> Found | None:
    """The earlier number that "that figure" (or "the total" after it) refers to, if the text points back."""
    if not found or not points_back(sentence_of(span), counted):
        return None
    doc = span.doc
    sentence = sentence_of(span)
    first = sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    # The latest quantity that says plainly what it counts, if it is no earlier than `first` (found
    # is in text order: the walk back from the end stopped there); the latest kept by lookback.py.
    latest = lookback_of(doc).latest("plain-about", found, _says_plainly).get(True)
    return latest if latest is not None and latest.span.start >= first else None


def _says_plainly(found: Found) -> bool | None:
    about = found.mention.about
    return True if about and about.split()[0].lower() not in VAGUE_NOUNS else None


def points_back(sentence: Span, counted: Token) -> bool:
    """ "that figure", "this number", or "the total" itself."""
    if counted.lower_ in {"total", "figure", "number", "tally", "sum", "amount"} \
            and any(c.lower_ in {"the", "that", "this"} for c in counted.children):
        return True
    # Whether the sentence points back anywhere: asked for each of its numbers, answered once.
    lookback = lookback_of(sentence.doc)
    return lookback.remembered("points-back", sentence.start, lambda: pointing_noun_in(sentence))


def pointing_noun_in(sentence: Span) -> bool:
    """A vague noun after "that", "this", "these" ... anywhere in the sentence ("that figure")."""
    return any(token.lower_ in VAGUE_NOUNS and any(c.dep_ == "det" and c.lower_ in POINTING_WORDS - {"the"}
                                                   for c in token.children)
               for token in sentence)


def sentence_topic(span: Span, counted: Token, excluded: Container[int]) -> str | None:
    """What the sentence's subject says about the vague noun: its "of" complement, or the whole phrase.

    "Complaints of riders about late trains keep rising, with over 4,000 filings" gives
    "of riders about late trains" (read as "filings of riders about late trains").
    """
    root = sentence_root(sentence_of(span))
    for child in root.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            continue
        if child.i == counted.i or child.pos_ not in {"NOUN", "PROPN"} or child.lower_ in VAGUE_NOUNS:
            return None
        of_phrase = next((c for c in child.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of_phrase is not None:
            # the "of" phrase and the complements after it: "of migrants unlawfully crossing the border"
            complements = [c for c in child.rights if c.i >= of_phrase.i and c.dep_ in RIGHT_COMPLEMENTS]
            tokens = [t for c in complements for t in complement_tokens(c, excluded)]
            return tokens_text(trim_phrase(sorted(tokens, key=lambda t: t.i)[:14]))
        tokens = [t for t in child.subtree if t.i not in excluded and t.i != counted.i]
        return tokens_text(trim_phrase(tokens[:14])) or None
    return None


def trim_phrase(tokens: list[Token]) -> list[Token]:
    """Cut a phrase at its first comma (an apposition or a new clause follows) and strip punctuation."""
    cut = next((k for k, t in enumerate(tokens) if t.text == "," and k > 0), len(tokens))
    tokens = tokens[:cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens


LEFT_MODIFIERS = {"compound", "amod", "nmod", "poss", "case", "npadvmod"}
RIGHT_COMPLEMENTS = {"prep", "acl", "relcl"}
DROPPED_WORDS = {"more", "other", "additional", "further"}


def noun_phrase_text(head: Token, excluded: Container[int], max_tokens: int = 14) -> str:
    """The head noun with its modifiers and complements, minus numbers, dates and rates."""
    tokens: list[Token] = []
    for child in head.lefts:
        if child.dep_ in LEFT_MODIFIERS and not (child.dep_ == "poss" and child.tag_ in {"PRP$", "WP$"}):
            tokens.extend(t for t in child.subtree if t.i not in excluded)
    tokens.extend(hyphen_word(head))
    for child in head.rights:
        if child.dep_ not in RIGHT_COMPLEMENTS:
            if child.dep_ == "punct" and child.text == ",":
                break  # a comma ends the phrase: what follows is apposition or a new clause
            continue
        extra = complement_tokens(child, excluded)
        if child.dep_ == "prep" and len(extra) <= 1:
            continue  # its object was a date or a number: "in December", "of 20,000", "to Castleford's eight"
        if len(extra) <= 1 and any(t.i in excluded for t in child.subtree):
            continue  # a verb whose object is another figure: "a 6-foot-2 man weighing 220 pounds"
        if len(tokens) + len(extra) > max_tokens:
            break
        tokens.extend(extra)
    tokens = [t for t in tokens if t.lower_ not in DROPPED_WORDS or t.i == head.i]
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens_text(tokens)


def hyphen_word(head: Token) -> list[Token]:
    """The whole hyphenated word `head` is part of: "co-workers", not "co"; "non-Mexican"."""
    doc = head.doc
    first = last = head.i
    while first >= 2 and doc[first - 1].text in HYPHENS and not doc[first - 2].whitespace_ \
            and not doc[first - 1].whitespace_ and doc[first - 2].is_alpha:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text in HYPHENS and not doc[last].whitespace_ \
            and not doc[last + 1].whitespace_ and doc[last + 2].is_alpha:
        last += 2
    return list(span_at(doc, first, last + 1))


HYPHENS = {"-", "\u2010", "\u2011"}
FUNCTION_TAGS = {"IN", "TO", "DT", "CC", "WDT", "WP", "POS", ",", ":", "HYPH"}


def complement_tokens(child: Token, excluded: Container[int]) -> list[Token]:
    """A complement up to the first number, date or rate in it, without dangling function words.

    "non-Mexicans apprehended by the U.S. each month" keeps "apprehended by the U.S.";
    "shots to Castleford's eight" keeps nothing of "to Castleford's eight".
    """
    tokens: list[Token] = []
    for token in child.subtree:
        if token.i in excluded:
            if child.dep_ == "prep":
                return []
            tokens = without_objectless_verb(tokens, token, child)
            break
        tokens.append(token)
    while tokens and tokens[-1].tag_ in FUNCTION_TAGS:
        tokens.pop()
    return tokens


def without_objectless_verb(tokens: list[Token], cut: Token, child: Token) -> list[Token]:
    """A clause cut at a figure that is its verb's object keeps not that verb: "a lease that covered the
    shop and cost her $9,000" gives "lease that covered the shop", not "... and cost her";
    when the complement's own verb loses its object, nothing of the complement is kept."""
    below = cut
    while below.head.i != below.i and below.i != child.i and below.head.pos_ not in {"VERB", "AUX"}:
        below = below.head
    verb = below.head
    if below.dep_ not in {"dobj", "attr", "dative", "oprd"} or verb.pos_ not in {"VERB", "AUX"}:
        return tokens
    if verb.i == child.i:
        return []
    return [t for t in tokens if t.i < verb.left_edge.i]


def tokens_text(tokens: list[Token]) -> str:
    """Text of (possibly non-contiguous) tokens, keeping the original spacing where they touch."""
    parts: list[str] = []
    for position, token in enumerate(tokens):
        parts.append(token.text)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and (following.i != token.i + 1 or token.whitespace_):
            parts.append(" ")
    return "".join(parts).strip()

