"""Teams named by their place in sports reports ("beat Evansville 91-73", "North Carolina (10-0)",
"Springfield signed Jo Roe"): a place or a lone word that plays a game or signs a player is an
organisation."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.annotate import entity_rules as rules
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_text import doc_text
from generator.annotate.entity_candidates import RULE_LABEL, Candidate

_AGAINST = frozenset({"against", "vs", "vs.", "versus"})
# (wave 8) What only a team does to a player ("Springfield signed Jo Roe", "... waived Jo Roe and
# drafted ..."): a place that does it to a named person is the place's team. Not "release" or "place"
# (a country releases a prisoner) nor "acquire" (a company).
_ROSTER_VERBS = frozenset({"sign", "waive", "draft", "trade"})
# How a roster verb hangs from the verb whose subject the place is: "signed", "waived X and drafted
# Y" (conj), "replaced him by signing Y" (prep -> pcomp).
_VERB_LINKS = frozenset({"conj", "prep", "pcomp", "advcl", "xcomp"})


def _teams_named_by_place(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"North Carolina (10-0)", "beat Evansville 91-73", "a 31-24 win over Jacksonville", "games against
    Detroit": in a sports report a city, state or school that plays names its team, an organisation."""
    teams = [replace(c, type="organization", label=RULE_LABEL)
             if _may_name_a_team(c) and _plays_a_game(doc, c) else c for c in candidates]
    # "games against Marbury and Pellston": a place joined by "and" to a team is a team too.
    for position in range(1, len(teams)):
        previous, current = teams[position - 1], teams[position]
        if (previous.label == RULE_LABEL and previous.type == "organization" and current.type == "place"
                and current.start == previous.end + 1 and doc[previous.end].lower_ in {"and", "or"}
                and _may_name_a_team(current)):
            teams[position] = replace(current, type="organization", label=RULE_LABEL)
    return teams


def _may_name_a_team(c: Candidate) -> bool:
    """A place, or one word the model could not call a place; never a person (boxers have records
    too: "Jane Roe (31-2)")."""
    return c.type == "place" or (c.type in {"other", "organization"} and c.end - c.start == 1)


def _plays_a_game(doc: Doc, c: Candidate) -> bool:
    span = span_at(doc, c.start, c.end)
    if _signs_a_player(span):
        return True
    after = doc_text(doc)[span.end_char:span.end_char + 24]
    if rules.RECORD_AFTER.match(after) or rules.SCORE_AFTER.match(after):
        return True
    sentence = span.sent  # found once: spaCy walks the parse for it
    before = [t.lower_ for t in span_at(doc, max(sentence.start, c.start - 2), c.start)]
    if len(before) == 2 and before[-2] in rules.GAME_NOUNS and before[-1] in _AGAINST:
        return True
    next_word = doc[c.end].lower_ if c.end < len(doc) else ""
    # The other signs count only with a score in the sentence, searched only when one is there.
    scored_sign = ((before and before[-1] in rules.OPPONENT_WORDS) or next_word in rules.WINNING_VERBS
                   or before[-2:] in (["lost", "to"], ["loss", "to"]))
    return bool(scored_sign and rules.SCORE.search(sentence.text))


def _signs_a_player(span: Span) -> bool:
    """The place is the subject of a roster verb (`_ROSTER_VERBS`) whose object is a person's name:
    "Springfield signed Jo Roe", "Springfield replaced him by signing Jo Roe"."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ not in {"VERB", "AUX"}:
        return False
    verbs: list[Token] = []
    frontier = [root.head]
    while frontier and len(verbs) < 8:
        verb = frontier.pop()
        verbs.append(verb)
        frontier.extend(child for child in verb.children if child.dep_ in _VERB_LINKS
                        and child.pos_ in {"VERB", "ADP"})
    return any(verb.lemma_ in _ROSTER_VERBS and any(_is_person_name(child) for child in verb.children)
               for verb in verbs)


def _is_person_name(token: Token) -> bool:
    """The object is a proper noun the model did not call a company, a place or a product ("China
    traded Acme shares" is no team's trade)."""
    return token.dep_ == "dobj" and token.pos_ == "PROPN" and token.ent_type_ in {"", "PERSON"}
