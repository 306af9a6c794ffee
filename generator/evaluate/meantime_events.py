"""Timeline rows against MEANTIME's cross-document events, with their dates.

MEANTIME (`intra_cross-doc_annotation/`) holds four stories of 30 Wikinews articles each (airbus,
apple, gm, stock). Each story is run through the real pipeline as one story (the articles' text
rebuilt from the tokens, one sentence per paragraph: the title, then the date line, as a saved
article has them; no cache, no editor overrides). The corpus is read where it lies; nothing of it
is copied into the project.

Gold: every EVENT_MENTION with the cross-document EVENT instance it REFERS_TO, and its date: the
TIMEX3 that a TLINK of type INCLUDES, IS_INCLUDED or SIMULTANEOUS ties to it (the article's creation
time included, which the annotators link to what happened that day). A row's source (a clause of one
article) is aligned with the gold event mention inside the clause nearest the row's date expression,
as in `ecbplus_events` (reporting events only when nothing else is there; a row of kind "report" on
its reporting event only, `--reports-as-events` for the rule before wave 4).

* B³ of rows and rows per matched event: as for ECB+.
* Dates: each aligned source whose gold mention has a gold date counts once; its row's date is right
  when it lies inside the gold date's range (as precise as the gold or more, never less: a row dated
  "2008" for an event on 1 March 2008 is wrong), or has the same TIMEX3 value.

The split: airbus and apple are tuned on, gm and stock are held out.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import DEFAULT_MODEL, Settings
from generator.evaluate.coref_scores import PRF, b_cubed
from generator.evaluate.ecbplus_events import GoldAction, anchor_event, count_rows_per_event
from generator.evaluate.event_errors import EventErrors, classify, classify_dates, story_candidates
from generator.evaluate.event_errors import report as error_report
from generator.evaluate.meantime import DEFAULT_CORPUS, _rebuild_text, refers_to
from generator.evaluate.meantime_dates import DateTotals, gold_mentions, instance_times, score_dates
from generator.evaluate.meantime_dates import report as dates_report
from generator.ingest.reader import read_article
from generator.models import Article, EventDate, IngestProblem, Source, Story, TimelineEntry
from generator.pipeline import story_from_articles
from generator.story.dates import date_range

PARTS = {"tune": ("airbus", "apple"), "heldout": ("gm", "stock"), "all": ("airbus", "apple", "gm", "stock")}
DATE_LINKS = {"INCLUDES", "IS_INCLUDED", "SIMULTANEOUS"}
Span = tuple[int, int]


@dataclass
class GoldDocument:
    name: str
    sentences: list[str]  # text of each sentence, in order
    token_spans: dict[str, tuple[int, int, int]]  # t_id -> sentence number, start, end inside it
    events: list[tuple[list[str], str, str]] = field(default_factory=list)  # tokens, tag, instance
    mention_dates: dict[tuple[str, ...], str] = field(default_factory=dict)  # tokens -> value


def read_gold(path: Path) -> GoldDocument:
    root = ET.parse(path).getroot()
    offsets, text, sentence_bounds = _rebuild_text(root)
    sentences = [text[start:end] for start, end in sentence_bounds]
    token_spans = {}
    for t_id, (start, end) in offsets.items():
        number = next(i for i, (s, e) in enumerate(sentence_bounds) if s <= start <= e)
        token_spans[t_id] = (number, start - sentence_bounds[number][0], end - sentence_bounds[number][0])
    document = GoldDocument(name=path.stem, sentences=sentences, token_spans=token_spans)
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None or relations is None:
        return document
    instances = {e.get("m_id", ""): (e.get("instance_id", ""), e.get("class", ""))
                 for e in markables.findall("EVENT")}
    timex_values = {t.get("m_id", ""): t.get("value", "") for t in markables.findall("TIMEX3")}
    mentions = {m.get("m_id", ""): [a.get("t_id", "") for a in m.findall("token_anchor")]
                for m in markables.findall("EVENT_MENTION")}
    instance_of = {source: instances[target]
                   for source, target in refers_to(relations) if target in instances}
    for m_id, tokens in mentions.items():
        if m_id in instance_of and instance_of[m_id][0] and tokens:  # "": no cross-document instance
            instance, event_class = instance_of[m_id]
            tag = "REPORTING" if event_class == "SPEECH_COGNITIVE" else event_class
            document.events.append((tokens, tag, instance))
    _read_dates(document, relations, mentions, instance_of, timex_values)
    return document


def _read_dates(document: GoldDocument, relations: ET.Element, mentions: dict[str, list[str]],
                instance_of: dict[str, tuple[str, str]], timex_values: dict[str, str]) -> None:
    """Gold date of each event mention: the timex a TLINK of inclusion or simultaneity ties to it."""
    for link in relations.findall("TLINK"):
        if link.get("reltype") not in DATE_LINKS:
            continue
        ends = [element.get("m_id", "") for name in ("source", "target")
                if (element := link.find(name)) is not None]
        timexes = [m for m in ends if m in timex_values]
        events = [m for m in ends if m in mentions and instance_of.get(m, ("", ""))[0]]
        if len(timexes) == 1 and len(events) == 1:
            value = timex_values[timexes[0]]
            if date_range(value) != (None, None):
                document.mention_dates.setdefault(tuple(mentions[events[0]]), value)


@dataclass
class EventTotals:
    stories: int = 0
    rows: int = 0
    aligned_sources: int = 0
    scores: PRF = field(default_factory=PRF)
    multi_article_events: int = 0
    matched_events: int = 0
    rows_of_matched: int = 0
    dated_sources: int = 0  # aligned sources whose gold mention has a gold date
    right_dates: int = 0
    per_story: list[tuple[str, EventTotals]] = field(default_factory=list)
    errors: EventErrors | None = None  # the error classes (`--errors`), when asked for
    all_dates: DateTotals | None = None  # every dated gold mention (`--dates-all`), when asked for

    def add(self, other: EventTotals) -> None:
        for name in ("stories", "rows", "aligned_sources", "multi_article_events", "matched_events",
                     "rows_of_matched", "dated_sources", "right_dates"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.scores = self.scores + other.scores
        if other.errors is not None:
            self.errors = self.errors or EventErrors()
            self.errors.add(other.errors)
        if other.all_dates is not None:
            self.all_dates = self.all_dates or DateTotals()
            self.all_dates.add(other.all_dates)

    @property
    def rows_per_event(self) -> float:
        return self.rows_of_matched / self.matched_events if self.matched_events else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.right_dates / self.dated_sources if self.dated_sources else 0.0


@dataclass
class MappedDocument:
    gold: GoldDocument
    article: Article
    actions: list[GoldAction]
    action_dates: dict[Span, str]


def run_story(name: str, paths: list[Path], model: str = DEFAULT_MODEL,
              cache_dir: Path | None = None) -> tuple[Story, list[MappedDocument]]:
    with tempfile.TemporaryDirectory(prefix="explainer-meantime-") as folder:
        seeds = Path(folder) / "seeds"
        seeds.mkdir()
        problems: list[IngestProblem] = []
        mapped = []
        for path in paths:
            gold = read_gold(path)
            seed = seeds / f"{gold.name[:80]}.txt"
            seed.write_text("\n\n".join(gold.sentences) + "\n", encoding="utf-8")
            article = read_article(seed, seeds, problems=problems)
            mapped.append(_map(gold, article))
        # A cache folder (kept by the caller) reuses annotations: a story-stage change re-runs only that.
        settings = Settings(project_dir=Path(folder), cache_dir=cache_dir, workers=1, model=model)
        story, _ = story_from_articles(settings, [m.article for m in mapped], problems)
    return story, mapped


def _map(gold: GoldDocument, article: Article) -> MappedDocument:
    """Gold event mentions at their offsets in the ingested text (sentences ingest took as the title
    or the date line are not in the body and are left out)."""
    starts: dict[int, int] = {}
    position = 0
    for number, sentence in enumerate(gold.sentences):
        found = article.text.find(sentence, position)
        if found >= 0 and sentence.strip():
            starts[number] = found
            position = found + len(sentence)
    actions: list[GoldAction] = []
    action_dates: dict[Span, str] = {}
    for tokens, tag, instance in gold.events:
        spans = [gold.token_spans[t] for t in tokens if t in gold.token_spans]
        if len(spans) != len(tokens) or spans[0][0] not in starts:
            continue
        offset = starts[spans[0][0]]
        span = (offset + min(s for _, s, _ in spans), offset + max(e for _, _, e in spans))
        actions.append((span, tag, instance))
        if tuple(tokens) in gold.mention_dates:
            action_dates[span] = gold.mention_dates[tuple(tokens)]
    return MappedDocument(gold, article, actions, action_dates)


def score_story(story: Story, documents: list[MappedDocument], reports_as_events: bool = False,
                errors_settings: Settings | None = None, name: str = "") -> EventTotals:
    """The figures of one story (`errors_settings`: classify its errors too, see `event_errors.py`)."""
    totals = EventTotals(stories=1, rows=len(story.timeline))
    wrong_dates: list[tuple[TimelineEntry, Source, str]] = []
    by_article = {d.article.id: d for d in documents}
    key: dict[tuple[str, int, int, str], str] = {}
    response: dict[tuple[str, int, int, str], str] = {}
    for entry in story.timeline:
        for source in entry.sources:
            mapped = by_article.get(source.article)
            if mapped is None:
                continue
            action = _aligned_action(story, entry, source, mapped.actions,
                                     report=entry.kind == "report" and not reports_as_events)
            if action is None:
                continue
            item = (source.article, source.start, source.end, entry.id)
            key[item], response[item] = action[2], entry.id
            gold_date = mapped.action_dates.get(action[0])
            if gold_date is not None:
                totals.dated_sources += 1
                totals.right_dates += is_right_date(entry, gold_date)
                if not is_right_date(entry, gold_date):
                    wrong_dates.append((entry, source, gold_date))
    totals.aligned_sources = len(key)
    totals.scores = b_cubed(key, response)
    _count_rows_per_event(documents, key, response, totals)
    if errors_settings is not None:
        candidates = story_candidates(story, errors_settings)
        totals.errors = classify(name, story, candidates, key, response)
        classify_dates(name, wrong_dates, candidates, is_right, totals.errors)
    return totals


def _aligned_action(story: Story, entry: TimelineEntry, source: Source,
                    actions: list[GoldAction], report: bool = False) -> GoldAction | None:
    instance = anchor_event(source, _date_span(story, entry, source), actions, report)
    if instance is None:
        return None
    inside = [a for a in actions if a[2] == instance and source.start <= a[0][0] and a[0][1] <= source.end]
    return inside[0] if inside else None


def _date_span(story: Story, entry: TimelineEntry, source: Source) -> Span | None:
    found = [(t.start, t.end) for t in story.timexes
             if t.article == source.article and t.text == entry.timex and source.start - 400 <= t.start]
    return min(found, key=lambda s: abs(s[0] - source.start), default=None)


def is_right_date(entry: TimelineEntry, gold_value: str) -> bool:
    """Inside the gold date's range (as precise or more), or the same value."""
    return is_right(entry.date, gold_value)


def is_right(date: EventDate, gold_value: str) -> bool:
    if date.value == gold_value:
        return True
    gold_start, gold_end = date_range(gold_value)
    start, end = date.start, date.end
    if None in (gold_start, gold_end, start, end):
        return False
    return gold_start <= start and end <= gold_end  # type: ignore[operator]


def _count_rows_per_event(documents: list[MappedDocument], key: dict, response: dict,
                          totals: EventTotals) -> None:
    articles_of: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for _, _, instance in document.actions:
            articles_of[instance].add(document.article.id)
    count_rows_per_event(articles_of, key, response, totals)


def stories(corpus: Path, part: str) -> Iterator[tuple[str, list[Path]]]:
    folder = corpus / "intra_cross-doc_annotation"
    if not folder.is_dir():
        raise FileNotFoundError(f"MEANTIME cross-document annotation not found at {folder}")
    for name in PARTS[part]:
        yield name, sorted((folder / f"corpus_{name}").glob("*.xml"))


def evaluate(corpus: Path = DEFAULT_CORPUS, part: str = "heldout", model: str = DEFAULT_MODEL,
             cache_dir: Path | None = None, reports_as_events: bool = False,
             errors: bool = False, dates_all: bool = False) -> EventTotals:
    """`errors`: classify the splits, joins and wrong dates too (a temporary cache folder keeps the
    annotations for that when `cache_dir` is None); `dates_all`: score every dated gold mention's date
    too (`meantime_dates.py`)."""
    totals = EventTotals()
    with tempfile.TemporaryDirectory(prefix="explainer-events-") as folder:
        cache_dir = cache_dir or (Path(folder) if errors or dates_all else None)
        settings = Settings(project_dir=Path(folder), cache_dir=cache_dir, workers=1, model=model)
        for name, paths in stories(corpus, part):
            story, documents = run_story(name, paths, model, cache_dir)
            figures = score_story(story, documents, reports_as_events, settings if errors else None, name)
            if dates_all:
                times = instance_times(corpus)
                mentions = {d.article.id: gold_mentions(path, d.article, times)
                            for path, d in zip(paths, documents, strict=True)}
                figures.all_dates = score_dates(name, story, mentions, story_candidates(story, settings),
                                                is_right)
            totals.add(figures)
            totals.per_story.append((name, figures))
    return totals


def report(totals: EventTotals, part: str) -> str:
    s = totals.scores
    names = ", ".join(PARTS[part])
    return "\n".join([
        f"### MEANTIME events, {part} part ({names})", "",
        f"{totals.stories} stories, {totals.rows} timeline rows; {totals.aligned_sources} sources aligned "
        f"with a gold event; {totals.dated_sources} of them with a gold date.", "",
        "| measure | value |", "|---|---|",
        f"| B³ of rows against gold events: P / R / F1 | {s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f} |",
        f"| gold events reported by ≥ 2 articles | {totals.multi_article_events} |",
        f"| of those, matched by a timeline row | {totals.matched_events} |",
        f"| rows per matched event (1.0 = one row per real event) | {totals.rows_per_event:.2f} |",
        f"| matched events with the right date | {totals.date_accuracy:.3f} "
        f"({totals.right_dates}/{totals.dated_sources}) |", "",
    ])


def per_story_report(totals: EventTotals) -> str:
    """A row per story; with `--dates-all`, the right row dates of every dated mention a telling
    dates, and the wrong ones (a story's count of classes can be checked without reading its examples)."""
    wide = totals.all_dates is not None
    lines = ["| story | rows | aligned | B³ P | B³ R | rows per event | right dates |"
             + (" dates-all: right row dates; wrong own dates; wrong side |" if wide else ""),
             "|---|---|---|---|---|---|---|" + ("---|" if wide else "")]
    for name, t in totals.per_story:
        line = (f"| {name} | {t.rows} | {t.aligned_sources} | {t.scores.precision:.3f} | "
                f"{t.scores.recall:.3f} | {t.rows_per_event:.2f} | {t.right_dates}/{t.dated_sources} |")
        if t.all_dates is not None:
            d = t.all_dates
            line += (f" {d.row_right}/{d.held}; {sum(d.classes.values())}; "
                     f"{sum(d.side_classes.values())} of {d.sided} |")
        lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer evaluate meantime-events",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="MEANTIME folder")
    parser.add_argument("--part", choices=tuple(PARTS), default="heldout",
                        help="tune: airbus and apple; heldout: gm and stock")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    parser.add_argument("--per-story", action="store_true", help="also a row per story")
    parser.add_argument("--cache", dest="cache_dir", type=Path,
                        help="keep the articles' annotations here between runs")
    parser.add_argument("--reports-as-events", action="store_true",
                        help="align report rows with the event they report (the rule before wave 4)")
    parser.add_argument("--errors", action="store_true",
                        help="also count splits, joins and wrong dates by cause and list them (tune only)")
    parser.add_argument("--dates-all", action="store_true",
                        help="also score the date of every gold event mention MEANTIME dates, row or not "
                             "(with --errors: by class, listed)")
    args = parser.parse_args(argv)
    if args.errors and args.part != "tune":
        print("--errors lists errors of the tuning part only (--part tune)", file=sys.stderr)
        return 2
    try:
        totals = evaluate(args.corpus, args.part, args.model, args.cache_dir, args.reports_as_events,
                          args.errors, args.dates_all)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    print(report(totals, args.part))
    if args.per_story:
        print(per_story_report(totals))
    if totals.all_dates is not None:
        print(dates_report(totals.all_dates, with_examples=args.errors))
    if totals.errors is not None:
        print(error_report(totals.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
