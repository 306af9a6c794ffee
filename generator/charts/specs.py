"""From chart data to a full chart specification: finding-stating title, subtitle, source line, alt
text, data table and the drawing. Every sentence here is generated from the numbers, so it agrees with
the picture; nothing is specific to one story.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from generator.charts.data import (
    ArticleFacts,
    MentionTable,
    NumberGroup,
    TimelineEvent,
    mention_table,
    number_groups,
    source_table,
    timeline_events,
)
from generator.charts.style import (
    ACCENT,
    PALETTE,
    REPEATED,
    BarRow,
    BarsDrawing,
    Drawing,
    KeyItem,
    LineDrawing,
    Segment,
    TimelineDrawing,
    TimelineMark,
)
from generator.charts.text import (
    CURRENCY_PREFIX,
    describe_duration,
    family_label,
    format_value,
    join_words,
    plain_number,
    rate_phrase,
    ratio_words,
    sentence_case,
    share_words,
    unit_family,
)
from generator.models import DeclaredChart, Story
from generator.overrides.schema import chart_file_stem
from generator.wording import count, describe_timex_value, format_number, trim_decimals

ALT_LIST_ITEMS = 6


@dataclass(frozen=True)
class ChartSpec:
    id: str
    kind: str
    page: str
    title: str
    subtitle: str
    source_line: str
    alt: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric_columns: tuple[bool, ...]
    drawing: Drawing
    # The rows the chart draws, as a `rows[start:stop]` range, when it draws fewer than all: the page's
    # data table shows only these (a table of 1,000 articles outweighs the rest of the page many times
    # over); the CSV keeps every row. None: the table shows every row (the timeline points readers to
    # the table for the events before its window, so it keeps them all).
    drawn_rows: tuple[int, int] | None = None
    # The columns the chart draws, by index, when it draws fewer than all: the page's table shows only
    # these (the mentions chart past the palette draws each name's total, not a column per article,
    # which at 1,000 articles would be a table 1,000 columns wide); the CSV keeps every column.
    drawn_columns: tuple[int, ...] | None = None


def chart_specs(story: Story) -> list[ChartSpec]:
    """Every chart the story's data supports, in page order; editor-declared charts last."""
    specs = [timeline_spec(story)]
    specs += [number_spec(story, group) for group in number_groups(story)]
    specs += [mentions_spec(story), sources_spec(story)]
    specs += [declared_spec(chart) for chart in story.charts]
    return [spec for spec in specs if spec is not None]


def source_line(story: Story, note: str = "") -> str:
    outlets = sorted({a.outlet for a in story.articles if a.outlet}, key=str.casefold)
    count = len(story.articles)
    articles = f"{count} article{'s' if count != 1 else ''}"
    line = (
        f"Source: {join_words(outlets)} ({articles})" if outlets else f"Source: the {articles} in this story"
    )
    return f"{line}; {note}" if note else line


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def listing(pairs: list[tuple[str, str]]) -> str:
    shown = [f"{label}: {value}" for label, value in pairs[:ALT_LIST_ITEMS]]
    more = len(pairs) - len(shown)
    return "; ".join(shown) + (f"; and {more} more" if more > 0 else "") + "."


# --------------------------------------------------------------------------- timeline


def timeline_spec(story: Story) -> ChartSpec | None:
    events = timeline_events(story)
    if not events:
        return None
    # From the first event to the most recent one to start: a year-long "2024" must not stretch the span.
    first, last = events[0], events[-1]
    days = sum(1 for e in events if e.is_day)
    periods = len(events) - days
    span = describe_duration(first.start, last.start if last.start > first.start else last.end)
    return ChartSpec(
        id="timeline",
        kind="timeline",
        page="timeline",
        title=timeline_title(len(events), span, first, last),
        subtitle=timeline_subtitle(days, periods) + focus_note(events),
        source_line=source_line(story),
        alt=timeline_alt(events, first, last, days, periods),
        columns=("Date", "From", "To", "Event", "EDTF", "Articles"),
        rows=tuple(
            (e.when, e.start.isoformat(), e.end.isoformat(), e.text, e.edtf, str(e.sources)) for e in events
        ),
        numeric_columns=(False, False, False, False, False, True),
        drawing=timeline_drawing(events),
    )


# A story that runs for years but whose news is in the last weeks would put those weeks in a few
# pixels: past this span the chart shows the newest FOCUS_DAYS and sums up what came before.
FOCUS_DAYS = 92
FOCUS_AFTER_DAYS = 3 * FOCUS_DAYS


def focus_start(events: list[TimelineEvent]) -> dt.date | None:
    """Where the chart's axis starts when the story is too long to show whole, else None."""
    newest = max(event.end for event in events)
    start = newest - dt.timedelta(days=FOCUS_DAYS)
    if (newest - events[0].start).days <= FOCUS_AFTER_DAYS:
        return None
    shown = [event for event in events if event.end >= start]
    return start if len(shown) >= 2 and len(shown) < len(events) else None


def focus_note(events: list[TimelineEvent]) -> str:
    start = focus_start(events)
    if start is None:
        return ""
    earlier = sum(1 for event in events if event.end < start)
    earlier_events = count(earlier, "earlier event")
    verb = "is" if earlier == 1 else "are"
    return f" The chart shows the last three months; {earlier_events} {verb} in the table below."


def timeline_drawing(events: list[TimelineEvent]) -> TimelineDrawing:
    start = focus_start(events)
    if start is None:
        return TimelineDrawing(tuple(TimelineMark(e.label, e.start, e.end) for e in events))
    before = [event for event in events if event.end < start]
    shown = [event for event in events if event.end >= start]
    earlier = (
        f"◀ {count(len(before), 'earlier event')}, {before[0].when} to {before[-1].when}, in the table"
    )
    marks = tuple(TimelineMark(e.label, max(e.start, start), e.end) for e in shown)
    return TimelineDrawing(marks, focus_start=start, earlier=earlier)


def timeline_title(count: int, span: str, first: TimelineEvent, last: TimelineEvent) -> str:
    if first.when == last.when:
        return f"{count} dated events, all in {first.when}"
    return f"{count} dated events over {span}, from {first.when} to {last.when}"


def timeline_subtitle(days: int, periods: int) -> str:
    base = "Events reported in the articles, by date."
    if not periods:
        return f"{base} Each dot is an event dated to the day."
    if not days:
        return f"{base} Each bar spans the period an event is dated to."
    return f"{base} Dots are single days; bars span periods the articles give only roughly, such as a month."


def timeline_alt(
    events: list[TimelineEvent], first: TimelineEvent, last: TimelineEvent, days: int, periods: int
) -> str:
    precision = f"{days} dated to the day and {periods} only to a longer period"
    return (
        f"Timeline of {len(events)} events from {first.when} to {last.when}, {precision}. "
        f"Earliest: {first.label} ({first.when}). Latest: {last.label} ({last.when})."
    )


# --------------------------------------------------------------------------- key numbers


def number_spec(story: Story, group: NumberGroup) -> ChartSpec:
    title, alt_finding = number_finding(group)
    measured = family_label(group.family, group.plural) + (f" per {group.rate}" if group.rate else "")
    derived = any(item.derived for item in group.items)
    subtitle = sentence_case(measured) + ", as reported in the articles"
    subtitle += "; the hatched bar is derived from a stated share." if derived else "."
    alt = f"Bar chart of {len(group.items)} figures ({measured}). {alt_finding} " + listing(
        [(item.label, item.display) for item in group.items]
    )
    return ChartSpec(
        id=f"numbers-{group.key}",
        kind="numbers",
        page="numbers",
        title=title,
        subtitle=subtitle,
        source_line=source_line(story, "total derived from the stated share" if derived else ""),
        alt=alt,
        columns=("What", "Value", "Unit", "Rate", "Date", "Derived"),
        rows=tuple(
            (
                i.label,
                plain_number(i.value),
                group.family,
                group.rate or "",
                describe_timex_value(i.date),  # a reader's table: the date in words, never its code
                "yes" if i.derived else "",
            )
            for i in group.items
        ),
        numeric_columns=(False, True, False, False, False, False),
        drawing=BarsDrawing(
            tuple(
                BarRow(i.label, (Segment(i.value, ACCENT, outline=i.derived),), i.display)
                for i in group.items
            )
        ),
    )


def number_finding(group: NumberGroup) -> tuple[str, str]:
    """(title, alt sentence) stating what the comparison shows."""
    rate = rate_phrase(group.rate)
    if group.share is not None:
        share = share_words(group.share.percent)
        part, total = group.share.part, group.share.total
        title = f"{part.display}{' ' + rate if rate else ''} is {share} of the {total.display} total"
        alt = f"The {title[: title.index(' is ')]} ({part.label}) is {share} of the {total.display} total."
        return sentence_case(title), alt
    largest, smallest = group.items[0], group.items[-1]
    if group.family == "percent":  # shares of different wholes: a range, not a ratio
        title = f"Shares range from {smallest.display} to {largest.display}"
        high, low = f"{largest.display} ({largest.label})", f"{smallest.display} ({smallest.label})"
        return title, f"The highest is {high}, the lowest {low}."
    if smallest.value <= 0 or largest.value <= smallest.value:
        title = f"{len(group.items)} figures, the largest {largest.display}"
        return title, f"The largest is {largest.display} ({largest.label})."
    ratio = ratio_words(largest.value, smallest.value)
    title = f"The largest figure, {largest.display}, is {ratio} the smallest, {smallest.display}"
    alt = f"The largest, {largest.display} ({largest.label}), is {ratio} the smallest, {smallest.display} "
    return title, alt + f"({smallest.label})."


# --------------------------------------------------------------------------- who's who


def mentions_spec(story: Story) -> ChartSpec | None:
    table = mention_table(story)
    if table is None:
        return None
    stacked = 2 <= len(table.articles) <= len(PALETTE)
    return ChartSpec(
        id="mentions",
        kind="mentions",
        page="people",
        title=mentions_title(table),
        subtitle=f"Mentions of the {len(table.rows)} most-mentioned people and organisations"
        + (", by article" if stacked else "")
        + ".",
        source_line=source_line(story),
        alt=f"Bar chart of mentions. {mentions_title(table)}. "
        + listing([(row.name, str(row.total)) for row in table.rows]),
        columns=("Name", "Type", *(ref.label for ref in table.articles), "Articles", "Total"),
        rows=tuple((r.name, r.type, *(str(c) for c in r.counts), str(r.article_count), str(r.total))
                   for r in table.rows),
        numeric_columns=(False, False, *(True for _ in table.articles), True, True),
        drawing=mentions_drawing(table, stacked),
        # stacked, a bar has a segment per article: the table shows them; else name, type, the
        # articles that mention it and the total, as the bar's label does
        drawn_columns=None if stacked else (0, 1, len(table.articles) + 2, len(table.articles) + 3),
    )


def mentions_title(table: MentionTable) -> str:
    top = [row for row in table.rows if row.total == table.rows[0].total]
    articles = len(table.articles)
    if len(top) > 1:
        return f"{join_words([r.name for r in top[:3]])} are mentioned most, {top[0].total} times each"
    row = top[0]
    where = f" in {row.article_count} of {articles} articles" if articles > 1 else ""
    return f"{row.name} is mentioned most, {row.total} times{where}"


def mentions_drawing(table: MentionTable, stacked: bool) -> BarsDrawing:
    rows = []
    for row in table.rows:
        label = " ".join(row.name.split())  # whole: the drawing wraps it
        if stacked:
            segments = tuple(Segment(c, PALETTE[i]) for i, c in enumerate(row.counts))
            rows.append(BarRow(label, segments, str(row.total)))
        else:
            # "in 5 articles", not "in 5 of 101": the story's size is in the title and the source
            # line; in the drawing it would change the SVG, and make matplotlib draw it again, with
            # every added article, though no bar changed
            reach = f" · in {count(row.article_count, 'article')}" if len(table.articles) > 1 else ""
            rows.append(BarRow(label, (Segment(row.total, ACCENT),), f"{row.total}{reach}"))
    used = [i for i in range(len(table.articles)) if any(row.counts[i] for row in table.rows)]
    key = tuple(KeyItem(table.articles[i].label, PALETTE[i]) for i in used) if stacked else ()
    return BarsDrawing(tuple(rows), key)


# --------------------------------------------------------------------------- sources


# The most articles the facts-per-article chart draws: the most recent ones.
SOURCE_BARS = 40


def sources_spec(story: Story) -> ChartSpec | None:
    table = source_table(story)
    if not table:
        return None
    title = sources_title(table)
    drawn = table[-SOURCE_BARS:]  # a bar per article stops being readable long before 1,000 articles
    which = "each article" if len(drawn) == len(table) else (
        f"the {len(drawn)} most recent of {len(table):,} articles (the CSV file has them all)")
    return ChartSpec(
        id="sources",
        kind="sources",
        page="sources",
        title=title,
        subtitle=f"Facts (numbers, quotes, claims, events) in {which}, in order of publication: "
        "new to the story, or already reported by an earlier article.",
        source_line=source_line(story),
        alt=f"Bar chart of facts per article. {title}. {sources_alt(drawn, len(table) - len(drawn))}",
        columns=(
            "Article",
            "Title",
            "Outlet",
            "Published",
            "Numbers",
            "Quotes",
            "Claims",
            "Events",
            "Facts",
            "Already reported",
            "Share already reported",
            "Sentences",
            "Sentences repeating earlier articles",
        ),
        rows=tuple(source_row(row) for row in table),
        numeric_columns=(False, False, False, False, *(True,) * 6, False, True, True),
        drawing=BarsDrawing(
            tuple(source_bar(row) for row in drawn),
            (KeyItem("New to the story", ACCENT), KeyItem("Already reported", REPEATED)),
        ),
        drawn_rows=None if len(drawn) == len(table) else (len(table) - len(drawn), len(table)),
    )


def sources_title(table: list[ArticleFacts]) -> str:
    later = table[1:]
    facts = sum(row.facts for row in later)
    repeated = sum(row.repeated for row in later)
    if not facts:
        return "Only the first article carries facts"
    if not repeated:
        return "No article repeats a fact an earlier one reported"
    if len(later) == 1:
        return f"The later article repeats {percent(repeated / facts)} of its facts from the earlier one"
    return f"{sentence_case(percent(repeated / facts))} of the facts in later articles were already reported"


def sources_alt(drawn: list[ArticleFacts], earlier: int = 0) -> str:
    """The bars in words; `earlier` articles before the first bar are not drawn."""
    parts = [f"{row.article.label}: {row.facts} facts, {row.new} new" + sentence_note(row) for row in drawn]
    return listing([(f"Article {earlier + i + 1}", part) for i, part in enumerate(parts)])


def sentence_note(row: ArticleFacts) -> str:
    share = row.repeated_sentence_share
    if not share:
        return ""
    count = f"{row.repeated_sentences} of its {row.sentences} sentences ({percent(share)})"
    return f"; {count} repeat earlier articles"


def source_row(row: ArticleFacts) -> tuple[str, ...]:
    share = row.repeated_share
    return (
        row.article.label,
        row.article.title,
        row.article.outlet or "",
        row.article.published.isoformat() if row.article.published else "",
        str(row.numbers),
        str(row.quotes),
        str(row.claims),
        str(row.events),
        str(row.facts),
        str(row.repeated),
        percent(share) if share is not None else "",
        str(row.sentences),
        str(row.repeated_sentences),
    )


def source_bar(row: ArticleFacts) -> BarRow:
    share = row.repeated_share
    value = f"{row.facts} facts" + (f" · {percent(share)} repeated" if share else "")
    return BarRow(
        row.article.label,
        (Segment(row.new, ACCENT), Segment(row.repeated, REPEATED)),
        value if row.facts else "none",
    )


# --------------------------------------------------------------------------- editor charts


def declared_spec(chart: DeclaredChart) -> ChartSpec | None:
    series = [s for s in chart.series if math.isfinite(s.value)]
    if not series:
        return None
    family = unit_family(chart.unit)
    labels = [" ".join(s.label.split()) for s in series]
    values = [s.value for s in series]
    shown = [format_value(v, family) for v in values]
    slug = chart_file_stem(chart.id)
    source = (chart.source or "the editors").strip()
    drawing: Drawing
    if chart.kind == "line":
        prefix, suffix = CURRENCY_PREFIX.get(family, ""), "%" if family == "percent" else ""
        drawing = LineDrawing(tuple(labels), tuple(values), tuple(shown), prefix, suffix)
    else:
        drawing = BarsDrawing(
            tuple(
                BarRow(lbl, (Segment(v),), s)
                for lbl, v, s in zip(labels, values, shown, strict=True)
            )
        )
    return ChartSpec(
        id=f"editor-{slug}",
        kind="editor",
        page="home",
        title=chart.title,
        subtitle=chart.subtitle or (f"In {chart.unit}." if chart.unit else ""),
        source_line=source if source.lower().startswith("source") else f"Source: {source}",
        alt=declared_alt(chart.kind, labels, values, shown),
        columns=("Label", f"Value ({chart.unit})" if chart.unit else "Value"),
        rows=tuple((label, plain_number(value)) for label, value in zip(labels, values, strict=True)),
        numeric_columns=(False, True),
        drawing=drawing,
    )


def declared_alt(kind: str, labels: list[str], values: list[float], shown: list[str]) -> str:
    pairs = list(zip(labels, shown, strict=True))
    if kind == "line" and len(values) >= 2:
        first, last = values[0], values[-1]
        trend = "rises" if last > first else "falls" if last < first else "is unchanged"
        change = (
            f" by {trim_decimals(abs(last - first) / abs(first) * 100, 1)}%"
            if first and last != first
            else ""
        )
        peak = max(range(len(values)), key=lambda i: (values[i], -i))
        return (
            f"Line chart of {len(values)} points: {trend}{change} from {shown[0]} ({labels[0]}) to "
            f"{shown[-1]} ({labels[-1]}); highest {shown[peak]} ({labels[peak]}). " + listing(pairs)
        )
    if len(values) >= 2:
        high = max(range(len(values)), key=lambda i: (values[i], -i))
        low = min(range(len(values)), key=lambda i: (values[i], i))
        return (
            f"Bar chart of {len(values)} values: highest {labels[high]} ({shown[high]}), "
            f"lowest {labels[low]} ({shown[low]}). " + listing(pairs)
        )
    return f"Chart of one value: {labels[0]}, {shown[0]}."


def format_table_number(text: str) -> str:
    """Thousands separators for numeric table cells ("45000" -> "45,000"); other text unchanged."""
    try:
        value = float(text)
    except ValueError:
        return text
    return trim_decimals(value, 2) if abs(value) < 1e15 else format_number(value)
