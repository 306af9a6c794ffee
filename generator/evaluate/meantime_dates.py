"""Every dated event mention of MEANTIME against the date we give it (`meantime-events --dates-all`).

`meantime_events` scores dates only on the sources of timeline rows aligned with a gold event of a
cross-document instance by a TLINK: 36 on the tuning part, too few to find classes. Here every
EVENT_MENTION of the story's files has the dates MEANTIME gives it, whether or not it has a
cross-document instance:

* a TLINK of inclusion or simultaneity to a TIMEX3 with a placeable value (the article's creation
  time included: the annotators tie to it what happened that day);
* failing that, a chain of such TLINKs through other events (an event simultaneous with, or inside,
  a dated one);
* the TIME anchor of its cross-document instance in the corpus's `list_instances.csv` (the
  annotators' date of the real-world event, "2010-01-XX" read as "2010-01").

Each telling of a timeline row (a dated clause, `event_errors.story_candidates`) dates one gold
mention, as `ecbplus_events.anchor_event` aligns a row: of the mentions inside its clause, the one
nearest its date expression (a reporting one only for a report). A mention several tellings date
takes the innermost clause's. Its **row date** (the date the timeline shows) and **own date** (the
telling's, before the row took its most precise one) are right as in `meantime_events.is_right`
(inside the gold range, as precise or more, or the same value), against any of its gold dates.
Mentions MEANTIME only puts before or after the creation time (TLINK BEFORE/AFTER) are checked
for the side of the publication day their row date lies on.

Wrong own dates are counted by class (`--errors`): the gold dates the mention by the publication
day, by another expression of the text, or through another event; else the value tests of
`VALUE_CLASSES` on the same expression or on the instance's time (less precise than the gold;
counted from the publication date, ours after or before the gold; named in the text, another value).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.evaluate.meantime import _rebuild_text, refers_to
from generator.models import Article, EventDate, Story, TimelineEntry
from generator.story.dates import date_range
from generator.story.event_candidates import Candidate, counts_from_publication

DATE_LINKS = {"INCLUDES", "IS_INCLUDED", "SIMULTANEOUS"}
Span = tuple[int, int]

# The value tests, asked of a date expression the gold ties to the mention (or of the instance's time).
VALUE_CLASSES = (
    "ours less precise than the gold",
    "counted from the publication date, ours after the gold",
    "counted from the publication date, ours before the gold",
    "named in the text, another value",
)
DATE_CLASSES = (
    "gold: the publication day; ours: an expression of the text",
    "gold: another expression of the text than ours",
    "gold: through another event (a TLINK chain)",
    *(f"same expression, {kind}" for kind in VALUE_CLASSES),
    *(f"gold: only the instance's time (list of instances), {kind}" for kind in VALUE_CLASSES),
    "the row shows another telling's date (own date right)",
)
# Which side of the article's creation time an event lies on, by the TLINK's type when the event is
# its source (the reverse when the creation time is).
SIDE_LINKS = {"BEFORE": "before", "IBEFORE": "before", "AFTER": "after", "IAFTER": "after"}
SIDE_CLASSES = (
    "counted from the publication date, ours after it (a past event read as ahead)",
    "counted from the publication date, ours before it (an event ahead read as past)",
    "named in the text, on the wrong side of the publication date",
)
# An event inside or simultaneous with a dated one has a date inside it: (link, which end gets it).
CHAIN_LINKS = {"SIMULTANEOUS": ("source", "target"), "IS_INCLUDED": ("source",), "INCLUDES": ("target",)}


@dataclass(frozen=True)
class GoldAnchor:
    value: str
    timex_span: Span | None  # offsets in the article; None for the creation time (the date line)
    creation_time: bool
    chained: bool = False  # dated through another event's date (a TLINK chain)
    instance: bool = False  # the time anchor of its cross-document instance (`list_instances.csv`)


@dataclass
class GoldMention:
    span: Span  # offsets of the mention in the article text
    text: str
    reporting: bool  # its event is of class SPEECH_COGNITIVE
    anchors: list[GoldAnchor]  # empty: MEANTIME ties it to no placeable date
    side: str = ""  # "before" or "after" the creation time, when a TLINK says so
    created: dt.date | None = None  # the creation time's day


@dataclass
class DateTotals:
    mentions: int = 0  # gold mentions with a placeable date
    held: int = 0  # of those, the mention a telling dates
    row_right: int = 0
    own_right: int = 0
    by_anchor: Counter[str] = field(default_factory=Counter)  # by kind of gold anchor: held, right
    classes: Counter[str] = field(default_factory=Counter)
    sided: int = 0  # mentions a telling dates that MEANTIME only puts before or after the creation time
    right_side: int = 0
    side_classes: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def add(self, other: DateTotals) -> None:
        self.mentions += other.mentions
        self.held += other.held
        self.row_right += other.row_right
        self.own_right += other.own_right
        self.by_anchor.update(other.by_anchor)
        self.classes.update(other.classes)
        self.sided += other.sided
        self.right_side += other.right_side
        self.side_classes.update(other.side_classes)
        self.examples += other.examples


def instance_times(corpus: Path) -> dict[str, str]:
    """Event instance id -> its TIME anchor in the corpus's list of instances, as a TIMEX3 value
    ("2010-01-XX" -> "2010-01"); instances with no placeable time are left out."""
    path = corpus / "list_instances.csv"
    if not path.is_file():
        return {}
    times = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            value = re.sub(r"(?:-XX)+$", "", (row.get("TIME") or "").strip())
            if row.get("TYPE") == "EVENT" and value and date_range(value) != (None, None):
                times[row.get("#ID", "")] = value
    return times


def gold_mentions(path: Path, article: Article, times: Mapping[str, str] | None = None) -> list[GoldMention]:
    """The gold event mentions of one file with the dates MEANTIME ties them to, at their offsets in the
    ingested article (mentions of sentences ingest took as title or date line are left out)."""
    root = ET.parse(path).getroot()
    offsets, text, bounds = _rebuild_text(root)
    starts = _sentence_starts(text, bounds, article.text)
    markables, relations = root.find("Markables"), root.find("Relations")
    if markables is None or relations is None:
        return []

    def place(tokens: list[str]) -> Span | None:
        spans = [offsets[t] for t in tokens if t in offsets]
        if not spans or len(spans) != len(tokens):
            return None
        number = next((i for i, (s, e) in enumerate(bounds) if s <= spans[0][0] <= e), -1)
        if number not in starts:
            return None
        shift = starts[number] - bounds[number][0]
        return min(s for s, _ in spans) + shift, max(e for _, e in spans) + shift

    mentions = {m.get("m_id", ""): [a.get("t_id", "") for a in m.findall("token_anchor")]
                for m in markables.findall("EVENT_MENTION")}
    timexes = {t.get("m_id", ""): t for t in markables.findall("TIMEX3")}
    links = [(link.get("reltype", ""), _end(link, "source"), _end(link, "target"))
             for link in relations.findall("TLINK")]
    anchors: dict[str, list[GoldAnchor]] = {}
    for reltype, source, target in links:
        events = [m for m in (source, target) if m in mentions]
        linked = [m for m in (source, target) if m in timexes]
        if reltype in DATE_LINKS and len(events) == 1 and len(linked) == 1:
            anchor = _timex_anchor(timexes[linked[0]], place)
            if anchor is not None:
                anchors.setdefault(events[0], []).append(anchor)
    _chain(anchors, [(r, s, t) for r, s, t in links if s in mentions and t in mentions])
    for m_id, instance in _instances(markables, relations).items():
        if times and instance in times and m_id in mentions:
            anchors.setdefault(m_id, []).append(GoldAnchor(times[instance], None, False, instance=True))
    creation_ids = {m for m, t in timexes.items() if t.get("functionInDocument") == "CREATION_TIME"}
    created = next((_day(timexes[m].get("value", "")) for m in creation_ids), None)
    sides = _sides(links, set(mentions), creation_ids)
    reporting = _reporting_mentions(markables, relations)
    found = []
    for m_id, tokens in mentions.items():
        span = place(tokens)
        if span is not None:
            found.append(GoldMention(span, article.text[span[0]:span[1]], m_id in reporting,
                                     anchors.get(m_id, []), sides.get(m_id, ""), created))
    return found


def _end(link: ET.Element, name: str) -> str:
    element = link.find(name)
    return element.get("m_id", "") if element is not None else ""


def _timex_anchor(timex: ET.Element, place: Callable[[list[str]], Span | None]) -> GoldAnchor | None:
    value = timex.get("value", "")
    if date_range(value) == (None, None):
        return None
    creation = timex.get("functionInDocument") == "CREATION_TIME"
    span = None if creation else place([a.get("t_id", "") for a in timex.findall("token_anchor")])
    return GoldAnchor(value, span, creation)


def _sides(links: list[tuple[str, str, str]], mentions: set[str], creation: set[str]) -> dict[str, str]:
    """Mention -> "before" or "after" the creation time, from a TLINK between the two."""
    sides: dict[str, str] = {}
    for reltype, source, target in links:
        if reltype in SIDE_LINKS and source in mentions and target in creation:
            sides[source] = SIDE_LINKS[reltype]
        elif reltype in SIDE_LINKS and target in mentions and source in creation:
            sides[target] = "after" if SIDE_LINKS[reltype] == "before" else "before"
    return sides


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _chain(anchors: dict[str, list[GoldAnchor]], links: list[tuple[str, str, str]]) -> None:
    """Dates an undated event through one inside or simultaneous with a dated one, to a fixed point."""
    changed = True
    while changed:
        changed = False
        for reltype, source, target in links:
            for end in CHAIN_LINKS.get(reltype, ()):
                getter, other = (source, target) if end == "source" else (target, source)
                if getter not in anchors and other in anchors:
                    anchors[getter] = [GoldAnchor(a.value, a.timex_span, a.creation_time, True)
                                       for a in anchors[other]]
                    changed = True


def _instances(markables: ET.Element, relations: ET.Element) -> dict[str, str]:
    """Mention id -> the cross-document instance id of the event it refers to."""
    instance = {e.get("m_id", ""): e.get("instance_id", "") for e in markables.findall("EVENT")}
    return {source: instance[target] for source, target in refers_to(relations) if instance.get(target)}


def _reporting_mentions(markables: ET.Element, relations: ET.Element) -> set[str]:
    speech = {e.get("m_id", "") for e in markables.findall("EVENT") if e.get("class") == "SPEECH_COGNITIVE"}
    return {source for source, target in refers_to(relations) if target in speech}


def _sentence_starts(text: str, bounds: list[tuple[int, int]], article_text: str) -> dict[int, int]:
    starts: dict[int, int] = {}
    position = 0
    for number, (start, end) in enumerate(bounds):
        sentence = text[start:end]
        found = article_text.find(sentence, position)
        if found >= 0 and sentence.strip():
            starts[number] = found
            position = found + len(sentence)
    return starts


def score_dates(name: str, story: Story, article_mentions: Mapping[str, list[GoldMention]],
                candidates: Mapping[tuple[str, int, int], list[Candidate]],
                is_right: Callable[[EventDate, str], bool]) -> DateTotals:
    """`article_mentions`: article id -> its gold mentions; `candidates`: the story's tellings by
    source (`event_errors.story_candidates`); `is_right(EventDate, gold value) -> bool`."""
    rows = {(s.article, s.start, s.end): entry for entry in story.timeline for s in entry.sources}
    totals = DateTotals()
    for article_id, mentions in article_mentions.items():
        dated_by: dict[int, Candidate] = {}  # mention index -> the innermost telling that dates it
        for (article, _, _), found in candidates.items():
            for telling in found:
                if article != article_id or (article, telling.start, telling.end) not in rows:
                    continue
                number = dated_mention(telling, mentions)
                if number is not None and (number not in dated_by
                                           or _size(telling) < _size(dated_by[number])):
                    dated_by[number] = telling
        for number, mention in enumerate(mentions):
            if mention.anchors:
                _score(name, mention, dated_by.get(number), rows, is_right, totals)
            elif mention.side and mention.created and number in dated_by:
                _score_side(name, mention, dated_by[number], rows, totals)
    return totals


def dated_mention(telling: Candidate, mentions: list[GoldMention]) -> int | None:
    """The gold mention a telling dates, as `ecbplus_events.anchor_event` aligns a row: of those inside
    its clause, the one nearest its date expression (a reporting one only for a report, or when
    nothing else is there)."""
    inside = [i for i, m in enumerate(mentions) if telling.start <= m.span[0] and m.span[1] <= telling.end]
    if telling.kind == "report":
        preferred = [i for i in inside if mentions[i].reporting]
    else:
        preferred = [i for i in inside if not mentions[i].reporting] or inside
    date = (telling.timex.start, telling.timex.end)
    return min(preferred, key=lambda i: (_distance(mentions[i].span, date), mentions[i].span[0]),
               default=None)


def _size(telling: Candidate) -> int:
    return telling.end - telling.start


def _score(name: str, mention: GoldMention, telling: Candidate | None, rows: Mapping,
           is_right: Callable[[EventDate, str], bool], totals: DateTotals) -> None:
    totals.mentions += 1
    kind = ("the instance's time" if all(a.instance for a in mention.anchors)
            else "through another event" if all(a.chained for a in mention.anchors)
            else "publication day" if all(a.creation_time for a in mention.anchors) else "text")
    totals.by_anchor[f"{kind}: mentions"] += 1
    if telling is None:
        return
    totals.held += 1
    totals.by_anchor[f"{kind}: held"] += 1
    row = rows[(telling.article.id, telling.start, telling.end)]
    row_right = any(is_right(row.date, a.value) for a in mention.anchors)
    own_right = any(is_right(telling.date, a.value) for a in mention.anchors)
    totals.row_right += row_right
    totals.own_right += own_right
    totals.by_anchor[f"{kind}: row right"] += row_right
    if own_right and row_right:
        return
    cause = DATE_CLASSES[-1] if own_right else date_class(telling, mention.anchors)
    totals.classes[cause] += 1
    totals.examples.append(_example(name, cause, mention, telling, row))


def _distance(a: Span, b: Span) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


def _score_side(name: str, mention: GoldMention, telling: Candidate, rows: Mapping,
                totals: DateTotals) -> None:
    """A mention MEANTIME puts only before (after) the creation time: our row's date must not lie wholly
    after (before) that day."""
    row = rows[(telling.article.id, telling.start, telling.end)]
    start, end = row.date.start, row.date.end
    if start is None or end is None:
        return
    totals.sided += 1
    created = mention.created
    if created is None:
        return
    wrong = start > created if mention.side == "before" else end < created
    totals.right_side += not wrong
    if not wrong:
        return
    if counts_from_publication(telling.timex.text):
        cause = SIDE_CLASSES[0] if mention.side == "before" else SIDE_CLASSES[1]
    else:
        cause = SIDE_CLASSES[2]
    totals.side_classes[cause] += 1
    totals.examples.append(f"{name}\tside\t{cause}\tmention {mention.text!r}\tgold {mention.side} "
                           f"{mention.created}\trow {row.date.value} {telling.timex.text!r}\t"
                           f"{telling.sentence.text.strip()!r}")


def date_class(telling: Candidate, anchors: list[GoldAnchor]) -> str:
    """Which of DATE_CLASSES a wrong own date is (a TLINK to a time expression decides first, then
    a chain, then the instance's time; of equals, the narrowest)."""
    gold = min(anchors, key=lambda a: (a.instance, a.chained, _width(a.value)))  # the TLINK's first
    ours = (telling.timex.start, telling.timex.end)
    if gold.chained:
        return DATE_CLASSES[2]
    if gold.creation_time:
        return DATE_CLASSES[0]
    if not gold.instance and (gold.timex_span is None or gold.timex_span[1] <= ours[0]
                              or ours[1] <= gold.timex_span[0]):
        return DATE_CLASSES[1]
    prefix = "gold: only the instance's time (list of instances)" if gold.instance else "same expression"
    gold_start, gold_end = date_range(gold.value)
    start, end = telling.date.start, telling.date.end
    if None not in (gold_start, gold_end, start, end) and start <= gold_start and gold_end <= end:  # type: ignore[operator]
        return f"{prefix}, {VALUE_CLASSES[0]}"
    if counts_from_publication(telling.timex.text):
        after = start is not None and gold_end is not None and start > gold_end
        return f"{prefix}, {VALUE_CLASSES[1] if after else VALUE_CLASSES[2]}"
    return f"{prefix}, {VALUE_CLASSES[3]}"


def _width(value: str) -> int:
    start, end = date_range(value)
    return (end - start).days if start and end else 10**6


def _example(name: str, cause: str, mention: GoldMention, telling: Candidate, row: TimelineEntry) -> str:
    gold = ", ".join(("DCT " if a.creation_time else "") + a.value for a in mention.anchors)
    return (f"{name}\tdate-all\t{cause}\tmention {mention.text!r}\tgold {gold}\town {telling.date.value} "
            f"{telling.timex.text!r}\trow {row.date.value}\t{telling.sentence.text.strip()!r}")


def report(totals: DateTotals, with_examples: bool) -> str:
    def share(right: int, of: int) -> str:
        return f"{right / of:.3f} ({right}/{of})" if of else "-"

    lines = ["| every dated gold event mention (`--dates-all`) | value |", "|---|---|",
             f"| gold mentions with a date | {totals.mentions} |",
             "| the mention a telling dates (the nearest its date expression in its clause) | "
             f"{totals.held} |",
             f"| right row date | {share(totals.row_right, totals.held)} |",
             f"| right own date (the telling's, before the row took its most precise date) | "
             f"{share(totals.own_right, totals.held)} |"]
    for kind in ("publication day", "text", "through another event", "the instance's time"):
        dated = kind if kind.startswith("through") else f"by {kind}"  # "dated through another event"
        lines.append(f"| gold dated {dated}: held / mentions; right row date | "
                     f"{totals.by_anchor[kind + ': held']} / {totals.by_anchor[kind + ': mentions']}; "
                     f"{share(totals.by_anchor[kind + ': row right'], totals.by_anchor[kind + ': held'])} |")
    lines.append(f"| mentions a telling dates that MEANTIME only puts before or after the publication day: "
                 f"on the right side | {share(totals.right_side, totals.sided)} |")
    lines.append("")
    if with_examples:
        lines += ["| wrong date class (every dated mention) | mentions |", "|---|---|"]
        lines += [f"| {cause} | {totals.classes[cause]} |" for cause in DATE_CLASSES]
        lines += [f"| all wrong | {sum(totals.classes.values())} |", ""]
        lines += ["| wrong side of the publication day | mentions |", "|---|---|"]
        lines += [f"| {cause} | {totals.side_classes[cause]} |" for cause in SIDE_CLASSES]
        lines += [""]
        lines += totals.examples
    return "\n".join(lines) + "\n"
