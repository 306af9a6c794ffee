"""What a name's span must not swallow at its edges (issue 16, wave 8; sports reports show all three):

* a player's position written as its abbreviation before the name ("signed RB Jo Quarrel"): the
  person is "Jo Quarrel", the position a role ("Running Back"); the abbreviation alone ("WR" before a
  name) is no entity;
* a gerund opening the sentence ("Losing Quarrel hurts the team"): the tagger reads the word as a verb
  (VBG); the person is "Quarrel";
* a prepositional phrase after a person's name ("putting Jo Quarrel on Injured Reserve"): a lower-case
  preposition ends a person's name (nobiliary particles such as "van", "de" and "of" in "Catherine of
  Aragon" are not in the list); so does a lower-case verb after it ("Jo Quarrel Jr told 9News after
  ...": the model took the verb in, wave 14).

The positions are the common roster abbreviations of American football, basketball, baseball and ice
hockey (as team sites and league transaction reports write them), only the unambiguous ones: a single
letter (K, P, C, S) may be an initial, and "SS" (shortstop or strong safety), "SF" (a city), "OF" (a
word in a capitalised headline) name more than one thing. An abbreviation counts only written in capitals
right before a capitalised word.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.annotate.doc_spans import span_at
from generator.annotate.entity_candidates import RULE_LABEL, Candidate

POSITIONS: dict[str, str] = {
    # American football
    "QB": "quarterback", "RB": "running back", "HB": "halfback", "FB": "fullback", "WR": "wide receiver",
    "TE": "tight end", "OT": "offensive tackle", "OG": "offensive guard", "OL": "offensive lineman",
    "DE": "defensive end", "DT": "defensive tackle", "NT": "nose tackle", "DL": "defensive lineman",
    "LB": "linebacker", "ILB": "inside linebacker", "OLB": "outside linebacker", "MLB": "middle linebacker",
    "CB": "cornerback", "DB": "defensive back", "FS": "free safety",
    # basketball
    "PG": "point guard", "SG": "shooting guard", "PF": "power forward",
    # baseball
    "RHP": "right-handed pitcher", "LHP": "left-handed pitcher", "SP": "starting pitcher",
    "RP": "relief pitcher",
    # ice hockey
    "LW": "left wing", "RW": "right wing",
}
# Prepositions that end a person's name: "Jo Quarrel on Injured Reserve", "Jo Quarrel at Springfield".
_ENDING_PREPOSITIONS = frozenset({
    "on", "at", "in", "with", "by", "from", "after", "before", "into", "onto", "over", "under", "against",
    "during", "for", "to", "off", "via",
})


def position_before(doc: Doc, start: int) -> Span | None:
    """The position abbreviation written right before token `start` ("RB" of "RB Jo Quarrel")."""
    if start == 0 or not doc[start].is_title:
        return None
    token = doc[start - 1]
    return span_at(doc, start - 1, start) if token.text in POSITIONS else None


def position_role(abbreviation: str) -> str:
    """"RB" -> "Running Back": the role as `roles.normal_role` writes it when spelled out."""
    return " ".join(word[:1].upper() + word[1:] for word in POSITIONS[abbreviation].split())


def is_position_before_name(doc: Doc, c: Candidate) -> bool:
    """A lone position abbreviation the model took for a name ("WR" before "Jo Quarrel" as a place)."""
    return (c.end - c.start == 1 and doc[c.start].text in POSITIONS and c.end < len(doc)
            and doc[c.end].is_title)


def within_name_edges(doc: Doc, c: Candidate) -> Candidate:
    """The candidate without a position, a gerund before it or a prepositional phrase after it. Without
    its position the rest is a person ("RB Jo Quarrel" as one organisation); without a gerund the rest
    is untyped: the model typed a span that was no name, and the document's other mentions of the
    name type it ("Losing Quarrel" as an organisation, where "Jo Quarrel" is a person)."""
    position = _team_position(doc, c)
    if position is not None:  # "Herons QB Jo Quarrel": the team's name and the position stay out
        c = replace(c, start=position + 1, type="person", label=c.label if c.type == "person" else RULE_LABEL)
    elif c.end - c.start > 1 and (doc[c.start].text in POSITIONS or _is_spelled_position(doc, c)) \
            and doc[c.start + 1].is_title:
        c = replace(c, start=c.start + 1, type="person", label=c.label if c.type == "person" else RULE_LABEL)
    elif c.end - c.start > 1 and _is_gerund(doc, c.start) and doc[c.start + 1].is_title:
        c = replace(c, start=c.start + 1, type="other", label="")
    if c.type == "person":  # a preposition or a lower-case verb ends it ("Jo Quarrel Jr told 9News")
        end = next((i for i in range(c.start + 1, c.end) if doc[i].text in _ENDING_PREPOSITIONS
                    or (doc[i].is_lower and doc[i].pos_ in {"VERB", "AUX"})), c.end)
        c = replace(c, end=end) if end != c.end else c
    return c


# A player's position spelled out as one word, capitalised before a name where it opens a sentence
# ("Kicker Jo Quarrel tied the game"): a description, as "kicker Jo Quarrel" is mid-sentence.
_SPELLED_POSITIONS = frozenset({
    "quarterback", "halfback", "fullback", "tailback", "linebacker", "cornerback", "kicker", "punter",
    "receiver", "pitcher", "catcher", "goalkeeper", "goaltender", "goalie", "striker", "midfielder",
    "defender", "winger", "shortstop",
})


def _is_spelled_position(doc: Doc, c: Candidate) -> bool:
    """A spelled-out position opening a span of it and two or more capitalised words ("Kicker Jo
    Quarrel"); a one-word name after it may be a nickname or a team ("Kicker Joe")."""
    return (doc[c.start].lower_ in _SPELLED_POSITIONS and c.end - c.start >= 3
            and all(doc[j].is_title for j in range(c.start + 1, c.end)))


def _team_position(doc: Doc, c: Candidate) -> int | None:
    """The position abbreviation inside a span, after the team's name and before a name of at least two
    capitalised words ("Herons QB Jo Quarrel": news writing's "team, position, player")."""
    for i in range(c.start + 1, c.end - 2):
        if (doc[i].text in POSITIONS and doc[i - 1].is_title
                and all(doc[j].is_title for j in range(i + 1, c.end))):
            return i
    return None


def _is_gerund(doc: Doc, i: int) -> bool:
    """A verb in -ing opening the name ("Losing"), as the tagger reads it (a given name such as
    "Sterling" is a proper noun to it)."""
    token = doc[i]
    return token.tag_ == "VBG" and token.lower_.endswith("ing") and token.is_alpha
