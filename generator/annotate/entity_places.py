"""Place names as news writes them: rules over token spans that `entities.find_entities` applies.

* "in Springfield, Ohio": a name followed by its state or country is one place, and the state or
  country named inside it is a place of its own (two mentions, the second nested in the first);
* "in Africa and Oceania": a name the model left untagged, coordinated with a place, is a place too;
* "based in Springfield - Acme": a dash written between spaces separates two names, never joins them;
* "Stansted airport": a lower-case facility noun right after a facility's name belongs to the name.

Spans are token offsets, end exclusive, like `entity_aliases`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.annotate import entity_rules as rules
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_tokens import span_text

TokenSpan = tuple[int, int]

_DASHES = frozenset({"-", "–", "—", "--"})
_NAMED_REGIONS = rules.REGIONS | rules.COUNTRIES


def spaced_dash_end(doc: Doc, start: int, end: int) -> int:
    """`end`, or the first dash inside [start, end) that has a space on both sides: "San Juan - Acme"
    is two names the model ran together ("Coca-Cola", written without spaces, stays whole)."""
    for i in range(start + 1, end - 1):
        if doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_:
            return i
    return end


def facility_noun_end(doc: Doc, end: int) -> int:
    """End of "[international] airport" written in lower case right after a name ending at `end`."""
    i = end
    if i < len(doc) and doc[i].text == "international":
        i += 1
    if i < len(doc) and doc[i].text in rules.FACILITY_NOUNS:
        return i + 1
    return end


def region_after(doc: Doc, i: int, separators: frozenset[str] = frozenset({",", "in"})) -> int | None:
    """End of ", <state or country>" (or "in <state or country>") starting at token `i`, when the
    region ends the name there."""
    if i + 1 >= len(doc) or doc[i].text not in separators or doc[i].whitespace_ == "":
        return None
    for length in (3, 2, 1):
        end = i + 1 + length
        if end > len(doc) or span_text(doc, i + 1, end) not in _NAMED_REGIONS:
            continue
        following = doc[end] if end < len(doc) else None
        if following is not None and following.is_title and not following.is_sent_start:
            return None  # "Washington Post": the region word begins another name
        return end
    return None


def region_compound_end(doc: Doc, place: TokenSpan, places: dict[int, int]) -> int | None:
    """End of "<place>, <state or country>" ("Lyon, France", "Springfield, Ohio") written as one
    place name; None when the place has no region after it or the comma rather separates a list.
    `places` maps the end of every place mention to its start."""
    start, end = place
    region_end = region_after(doc, end, frozenset({","}))
    if region_end is None or not all(t.is_title or not t.is_alpha for t in span_at(doc, start, end)):
        return None
    if region_end < len(doc) and doc[region_end].lower_ in {"'s", "’s"}:
        return None  # "In Lyon, France's president said": the region belongs to what follows
    if span_text(doc, start, end) in _NAMED_REGIONS \
            and span_text(doc, end + 1, region_end) not in rules.CAPITAL_DISTRICTS:
        return None  # "Germany, France and Italy", "Texas, Ohio": a list of regions
    if _follows_list_item(doc, start, places) or _list_continues(doc, region_end):
        return None  # "Lyon, Nice, France", "in Chile, Peru, France and Spain"
    return region_end


def _follows_list_item(doc: Doc, start: int, places: dict[int, int]) -> bool:
    """The place comes after ", " and another place that is not the region closing a "City, Region"
    pair: "Lyon, Nice, ..." and "Chile, Peru, ..." are lists; "Lyon, France, Nice, Italy" is not."""
    if start < 1 or doc[start - 1].text != ",":
        return False
    previous_start = places.get(start - 1)
    if previous_start is None:
        return False
    if span_text(doc, previous_start, start - 1) not in _NAMED_REGIONS:
        return True
    before = previous_start - 1
    paired_start = places.get(before) if before >= 0 and doc[before].text == "," else None
    return paired_start is None or span_text(doc, paired_start, before) in _NAMED_REGIONS


def _list_continues(doc: Doc, region_end: int) -> bool:
    """", Spain", "and Spain", ", and Spain" after the region: it is one item of a list of regions."""
    i = region_end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in {"and", "or"}:
        i += 1
    if i == region_end:
        return False
    return any(span_text(doc, i, i + length) in _NAMED_REGIONS for length in (1, 2, 3))


def coordinated_names(doc: Doc, places: list[TokenSpan], taken: set[int]) -> list[TokenSpan]:
    """Names the model left untagged that are coordinated with a place ("in Africa and Oceania", "in
    Oceania and Africa"): coordinated names share their kind. Only runs of capitalised proper nouns that
    no entity of any kind (a date, an organisation) covers."""
    found: set[TokenSpan] = set()
    for start, end in places:
        for conjunct in span_at(doc, start, end).root.conjuncts:
            run = _untagged_name_run(doc, conjunct, taken)
            if run is not None:
                found.add(run)
    return sorted(found)


def _untagged_name_run(doc: Doc, token: Token, taken: set[int]) -> TokenSpan | None:
    if not _is_untagged_name_word(token, taken):
        return None
    start, end = token.i, token.i + 1
    while start > 0 and _is_untagged_name_word(doc[start - 1], taken) and doc[start - 1].head.i == token.i:
        start -= 1
    return start, end


def _is_untagged_name_word(token: Token, taken: set[int]) -> bool:
    return (token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.is_sent_start
            and token.ent_type_ == "" and token.i not in taken)
