"""Timeline rows against gold cross-document events on ECB+.

Per sub-topic (one story) the real pipeline builds the timeline; each row lists its sources (a
clause of an article). Gold: the action mentions (ACTION_*, NEG_ACTION_*) of the scored sentences
that a CROSS_DOC_COREF relation puts in a cross-document event instance.

Alignment of a row's source with a gold event: among the gold action mentions inside the source's
clause, the one nearest to the row's date expression in that sentence (a date phrase modifies the
nearest predicate; the first one when the date is not found in the sentence), reporting verbs
("said") only when the clause holds no other action. A row of kind "report" ("X said on Monday that
Y resigned") tells the report, which the product keeps apart from the event by design: its sources
are aligned with the reporting action only ("said"), and with nothing when the gold gives that
action no cross-document event. Before wave 4 they were aligned with the reported action
("resigned"), which counted every report row as one more row of the event it reports;
`--reports-as-events` scores by that rule. Each source is then one item: its gold event is the
key, its row the response.

* B³ of rows: precision falls when one row joins different gold events, recall when one gold event
  is spread over several rows (over the aligned sources only; coverage is reported apart).
* Rows per event: for each gold event reported by at least two articles of the story and aligned
  with at least one source, the number of distinct rows its sources are in; the mean (1.0 is one
  row per real event).

`--all-sentences` scores every sentence instead: the gold actions of all sentences and every row's
sources. ECB+ lists the sentences annotated with care (`ECBplus_coreference_sentences.csv`); the
others carry annotations too, less complete (a missed action mostly leaves a source unaligned: it
is then left out of the scores rather than counted wrong). The scored sentences give a slice few gold events
told by two articles, so few splits show on a small tuning slice; every sentence gives more gold
events per story and shows the splits that scoring hides. Read it beside the default, not instead.

ECB+ has no gold dates (the articles carry no publication date): dates are not scored here, and the
timeline depends on the publication dates the pipeline estimates from the text.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from generator.config import DEFAULT_MODEL, Settings
from generator.evaluate.coref_scores import PRF, b_cubed
from generator.evaluate.ecbplus import DEFAULT_CORPUS, load_subtopics
from generator.evaluate.ecbplus_entities import add_arguments, describe_selection, failure_note
from generator.evaluate.ecbplus_story import DocumentMap, Span, StoryRun, run_stories
from generator.evaluate.event_errors import EventErrors, classify, story_candidates
from generator.evaluate.event_errors import report as error_report
from generator.models import Source, TimelineEntry

GoldAction = tuple[Span, str, str]  # offsets in the article, tag, event instance

ALL_SENTENCES_HELP = ("score every annotated sentence, not only the ones ECB+ lists as annotated with care: "
                      "more gold events per story, so the splits show on a small tuning slice")


@dataclass
class EventTotals:
    stories: int = 0
    articles: int = 0
    dated_articles: int = 0  # articles the pipeline found a publication date for (ECB+ gives none)
    rows: int = 0
    sources: int = 0
    sources_in_scored: int = 0
    aligned_sources: int = 0
    scores: PRF = field(default_factory=PRF)
    multi_article_events: int = 0  # gold events reported by two or more articles
    matched_events: int = 0  # of those, aligned with at least one source
    rows_of_matched: int = 0  # distinct rows over the matched events
    failed: list[str] = field(default_factory=list)  # sub-topics the pipeline crashed on
    errors: EventErrors | None = None  # the error classes (`--errors`), when asked for
    per_story: list[tuple[str, EventTotals]] = field(default_factory=list)  # (sub-topic, its figures)
    all_sentences: bool = False  # scored over every annotated sentence (`--all-sentences`)

    def add(self, other: EventTotals) -> None:
        for name in ("stories", "articles", "dated_articles", "rows", "sources", "sources_in_scored",
                     "aligned_sources", "multi_article_events", "matched_events", "rows_of_matched"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.scores = self.scores + other.scores
        if other.errors is not None:
            self.errors = self.errors or EventErrors()
            self.errors.add(other.errors)

    @property
    def rows_per_event(self) -> float:
        return self.rows_of_matched / self.matched_events if self.matched_events else 0.0


def gold_actions(mapped: DocumentMap, all_sentences: bool = False) -> list[GoldAction]:
    """The cross-document gold actions of the scored sentences (`all_sentences`: of every sentence)."""
    actions = []
    for mention in mapped.document.mentions:
        if mention.is_action and mention.cross_doc and (all_sentences or mapped.is_scored(mention)):
            span = mapped.mention_span(mention)
            if span is not None:
                actions.append((span, mention.tag, mention.instance))
    return actions


def anchor_event(source: Source, date_span: Span | None, actions: list[GoldAction],
                 report: bool = False) -> str | None:
    """The gold event a row's source tells: see the module notes. A row of kind "report" tells the
    report, so it is anchored on a reporting action only (None when the gold has none there)."""
    inside = [a for a in actions if source.start <= a[0][0] and a[0][1] <= source.end]
    if report:
        preferred = [a for a in inside if a[1].endswith("REPORTING")]
    else:
        preferred = [a for a in inside if not a[1].endswith("REPORTING")] or inside
    if not preferred:
        return None
    if date_span is None:
        return preferred[0][2]
    return min(preferred, key=lambda a: (_distance(a[0], date_span), a[0][0]))[2]


def _distance(a: Span, b: Span) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


def date_span(run: StoryRun, entry: TimelineEntry, source: Source) -> Span | None:
    """Offsets of the row's date expression in the source's sentence (nearest to the clause)."""
    article = run.story.article(source.article)  # the story's copy carries the sentences
    if article is None or not 0 <= source.sentence_index < len(article.sentences):
        return None
    sentence = article.sentences[source.sentence_index]
    found = [(t.start, t.end) for t in run.story.timexes
             if t.article == source.article and t.text == entry.timex
             and sentence.start <= t.start < sentence.end]
    return min(found, key=lambda s: _distance(s, (source.start, source.end)), default=None)


def score_story(run: StoryRun, reports_as_events: bool = False,
                errors_settings: Settings | None = None, all_sentences: bool = False) -> EventTotals:
    """The figures of one story (`reports_as_events`: the rule before wave 4, see the module notes;
    `errors_settings`: classify its errors too, reading the annotations from that build cache;
    `all_sentences`: score every sentence, not only the scored ones)."""
    totals = EventTotals(stories=1, rows=len(run.story.timeline), articles=len(run.story.articles),
                         dated_articles=sum(1 for article in run.story.articles if article.published),
                         all_sentences=all_sentences)
    actions = {article: gold_actions(mapped, all_sentences) for article, mapped in run.documents.items()}
    key: dict[tuple[str, int, int, str], str] = {}
    response: dict[tuple[str, int, int, str], str] = {}
    for entry in run.story.timeline:
        for source in entry.sources:
            totals.sources += 1
            mapped = run.documents.get(source.article)
            if mapped is None or not (all_sentences or mapped.in_scored_sentence(source.start)):
                continue
            totals.sources_in_scored += 1
            event = anchor_event(source, date_span(run, entry, source), actions[source.article],
                                 report=entry.kind == "report" and not reports_as_events)
            if event is not None:
                item = (source.article, source.start, source.end, entry.id)
                key[item], response[item] = event, entry.id
    totals.aligned_sources = len(key)
    totals.scores = b_cubed(key, response)
    _count_rows_per_event(actions, key, response, totals)
    if errors_settings is not None:
        totals.errors = classify(run.subtopic.name, run.story, story_candidates(run.story, errors_settings),
                                 key, response)
    return totals


def _count_rows_per_event(actions: dict[str, list[GoldAction]], key: dict, response: dict,
                          totals: EventTotals) -> None:
    articles_of: dict[str, set[str]] = defaultdict(set)
    for article, found in actions.items():
        for _, _, instance in found:
            articles_of[instance].add(article)
    count_rows_per_event(articles_of, key, response, totals)


class RowCounts(Protocol):
    multi_article_events: int
    matched_events: int
    rows_of_matched: int


def count_rows_per_event(articles_of: dict[str, set[str]], key: dict, response: dict,
                         totals: RowCounts) -> None:
    """Adds to `totals` the gold events told by two or more articles, those aligned with a row, and
    the distinct rows over them (`key`: item -> gold event, `response`: item -> row)."""
    rows_of: dict[str, set[str]] = defaultdict(set)
    for item, event in key.items():
        rows_of[event].add(response[item])
    for event, articles in articles_of.items():
        if len(articles) < 2:
            continue
        totals.multi_article_events += 1
        if rows_of.get(event):
            totals.matched_events += 1
            totals.rows_of_matched += len(rows_of[event])


def evaluate(corpus: Path = DEFAULT_CORPUS, part: str = "heldout", topics: Sequence[int] | None = None,
             model: str = DEFAULT_MODEL, cache_dir: Path | None = None,
             reports_as_events: bool = False, errors: bool = False,
             all_sentences: bool = False) -> EventTotals:
    """`errors`: classify the splits and joins too (`event_errors.py`; a temporary cache folder keeps
    the annotations for that when `cache_dir` is None); `all_sentences`: score every sentence."""
    with tempfile.TemporaryDirectory(prefix="explainer-events-") as folder:
        cache_dir = cache_dir or (Path(folder) if errors else None)
        settings = Settings(project_dir=Path(folder), cache_dir=cache_dir, workers=1, model=model)
        totals = EventTotals(all_sentences=all_sentences)
        for run in run_stories(load_subtopics(corpus, part, topics), totals.failed, model, cache_dir):
            story = score_story(run, reports_as_events, settings if errors else None, all_sentences)
            totals.add(story)
            totals.per_story.append((run.subtopic.name, story))
    return totals


def report(totals: EventTotals, title: str) -> str:
    s = totals.scores
    sentences = "every sentence (--all-sentences)" if totals.all_sentences else "scored sentences"
    return "\n".join([
        f"### {title}{', every sentence' if totals.all_sentences else ''}", "",
        f"{totals.stories} stories (sub-topics), {totals.rows} timeline rows with {totals.sources} sources; "
        f"{totals.sources_in_scored} sources in {sentences}, {totals.aligned_sources} aligned with a "
        "gold cross-document event. No gold dates in ECB+: dates are not scored.",
        f"{totals.dated_articles} of {totals.articles} articles got a publication date from their text "
        "(a date line); an undated article's relative dates stay unanchored.",
        *failure_note(totals.failed), "",
        "| measure | value |", "|---|---|",
        f"| B³ of rows against gold events: P / R / F1 | {s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f} |",
        f"| gold events reported by ≥ 2 articles | {totals.multi_article_events} |",
        f"| of those, matched by a timeline row | {totals.matched_events} |",
        f"| rows per matched event (1.0 = one row per real event) | {totals.rows_per_event:.2f} |", "",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer evaluate ecbplus-events",
                                     description=__doc__.split("\n")[0])
    add_arguments(parser)
    parser.add_argument("--reports-as-events", action="store_true",
                        help="align report rows with the event they report (the rule before wave 4)")
    parser.add_argument("--errors", action="store_true",
                        help="also count the splits and joins by cause and list them (tuning part only)")
    parser.add_argument("--all-sentences", action="store_true", help=ALL_SENTENCES_HELP)
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    errors = getattr(args, "errors", False)
    if errors and args.part != "tune":
        print("--errors lists errors of the tuning part only (--part tune)", file=sys.stderr)
        return 2
    try:
        totals = evaluate(args.corpus, args.part, args.topics, args.model, getattr(args, "cache", None),
                          getattr(args, "reports_as_events", False), errors,
                          getattr(args, "all_sentences", False))
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    print(report(totals, describe_selection(args.part, args.topics)))
    if args.per_story:
        print(per_story_report(totals))
    if totals.errors is not None:
        print(error_report(totals.errors))
    return 0


def per_story_report(totals: EventTotals) -> str:
    lines = ["| story | rows | aligned sources | B³ P | B³ R | events in ≥ 2 articles | matched | "
             "rows per event |",
             "|---|---|---|---|---|---|---|---|"]
    for name, t in totals.per_story:
        s = t.scores
        lines.append(f"| {name} | {t.rows} | {t.aligned_sources} | {s.precision:.3f} | {s.recall:.3f} | "
                     f"{t.multi_article_events} | {t.matched_events} | {t.rows_per_event:.2f} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
