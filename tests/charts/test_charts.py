"""Charts: data derivation per chart kind, SVG properties, alt text, tables, determinism and cache."""

from __future__ import annotations

import csv
import datetime as dt
import html as html_module
import io
import itertools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.cache.store import Cache
from generator.charts.build import (
    build_charts,
    chart_data,
    derive_totals,
    finish_chart,
    mention_table,
    number_groups,
    source_table,
    timeline_events,
)
from generator.charts.text import format_value, normalise_rate, unit_family
from generator.models import (
    Article,
    ChartSeries,
    DeclaredChart,
    Entity,
    EventDate,
    Mention,
    Quantity,
    Quote,
    Sentence,
    Source,
    Story,
    TimelineEntry,
)
from generator.render.data_files import chart_files
from generator.render.escape import escape_md
from generator.wording import describe_period
from tests.conftest import ROOT

SVG_NS = "{http://www.w3.org/2000/svg}"

ONE = (
    "Apprehensions reached over 300,000 encounters in December. "
    "Mexico agreed to receive 30,000 non-Mexicans apprehended by the U.S. each month. "
    "However, that figure now represents 10% of the total. "
    "López Obrador asked for $20 billion in investment."
)
TWO = (
    "Mexico agreed to receive 30,000 non-Mexicans apprehended by the U.S. each month. "
    "However, that figure now represents 10% of the total. "
    "A delegation led by Alicia Bárcena visits Washington on Friday. "
    "The plan would also see $5 billion for police <b>training</b> | and *more*."
)


def sentences_of(text: str) -> list[Sentence]:
    """Split after a full stop that follows a lower-case letter, digit or closing mark (not "U.S.")."""
    bounds = [0] + [m.end() for m in re.finditer(r"(?<=[a-z0-9%*>]\.)\s+", text)] + [len(text)]
    return [
        Sentence(index=i, start=start, end=end, text=text[start:end].strip(), paragraph=0)
        for i, (start, end) in enumerate(itertools.pairwise(bounds))
        if start < end
    ]


def article(
    article_id: str, text: str, published: dt.date | None, outlet: str | None = "Latin Times"
) -> Article:
    return Article(
        id=article_id,
        path=f"seeds/{article_id}.txt",
        format="text",
        title="AMLO and Biden",
        outlet=outlet,
        published=published,
        text=text,
        sentences=sentences_of(text),
    )


def source(art: Article, phrase: str) -> Source:
    start = art.text.index(phrase)
    sentence = art.sentence_at(start)
    assert sentence is not None
    return Source(
        article=art.id,
        start=start,
        end=start + len(phrase),
        sentence=sentence.text,
        sentence_index=sentence.index,
    )


def quantity(qid: str, sources: list[Source], value: float, text: str, **fields: object) -> Quantity:
    return Quantity(
        id=qid,
        sources=sources,
        corroboration=len({s.article for s in sources}),
        value=value,
        text=text,
        **fields,
    )


def mentions(art: Article, count: int, text: str) -> list[Mention]:
    return [Mention(article=art.id, start=i, end=i + 1, text=text) for i in range(count)]


def event(
    eid: str,
    text: str,
    value: str,
    start: dt.date | None,
    end: dt.date | None,
    srcs: list[Source],
    mod: str | None = None,
) -> TimelineEntry:
    date = EventDate(value=value, mod=mod, edtf=value, start=start, end=end)
    return TimelineEntry(id=eid, sources=srcs, date=date, text=text, timex=value)


@pytest.fixture
def story() -> Story:
    first = article("a1", ONE, dt.date(2024, 1, 5))
    second = article("a2", TWO, dt.date(2024, 1, 10))
    return Story(
        title="Migration talks",
        articles=[second, first],  # deliberately not in publication order
        quantities=[
            quantity(
                "q-300k",
                [source(first, "300,000")],
                300_000,
                "over 300,000",
                unit="encounters",
                qualifier="over",
                about="encounters at the southern border",
                date="2023-12",
            ),
            quantity(
                "q-30k",
                [source(first, "30,000"), source(second, "30,000")],
                30_000,
                "30,000",
                about="non-Mexicans apprehended by the U.S.",
                rate="each month",
            ),
            quantity("q-10pct", [source(first, "10%"), source(second, "10%")], 10, "10%", unit="%"),
            quantity(
                "q-20bn",
                [source(first, "$20 billion")],
                20e9,
                "$20 billion",
                unit="USD",
                about="police <b>training</b> | and *more*",  # one thing at two dates: a chart
                date="2023",
            ),
            quantity(
                "q-5bn",
                [source(second, "$5 billion")],
                5e9,
                "$5 billion",
                unit="$",
                about="police <b>training</b> | and *more*",
                date="2024",
            ),
        ],
        entities=[
            Entity(
                id="p-amlo",
                name="Andrés Manuel López Obrador",
                type="person",
                mentions=mentions(first, 4, "López Obrador") + mentions(second, 1, "AMLO"),
            ),
            Entity(
                id="p-biden",
                name="Joe Biden",
                type="person",
                mentions=mentions(first, 2, "Biden") + mentions(second, 2, "Biden"),
            ),
            Entity(
                id="p-barcena",
                name="Alicia Bárcena",
                type="person",
                mentions=mentions(second, 1, "Alicia Bárcena"),
            ),
            Entity(id="o-nbc", name="NBC News", type="organization", mentions=mentions(first, 1, "NBC News")),
            Entity(id="g-mexico", name="Mexico", type="place", mentions=mentions(first, 9, "Mexico")),
        ],
        quotes=[
            Quote(id="quote-1", sources=[source(first, "López Obrador")], speaker="López Obrador", text="x")
        ],
        timeline=[
            event(
                "t-visit",
                "Mexican delegation visits Washington",
                "2024-01-12",
                dt.date(2024, 1, 12),
                dt.date(2024, 1, 12),
                [source(second, "Friday")],
            ),
            event(
                "t-trip",
                "U.S. officials travel to Mexico",
                "2023-12",
                dt.date(2023, 12, 21),
                dt.date(2023, 12, 31),
                [source(first, "December")],
                mod="END",
            ),
            event(
                "t-t42",
                "Title 42 ends",
                "2023-05",
                dt.date(2023, 5, 1),
                dt.date(2023, 5, 31),
                [source(first, "30,000")],
            ),
            event("t-undated", "Something happened at some point", "PAST_REF", None, None, []),
        ],
        charts=[
            DeclaredChart(
                id="Aid by year!",
                title="Aid rose every year",
                unit="USD",
                source="Editors' count",
                kind="line",
                series=[
                    ChartSeries(label=str(y), value=v)
                    for y, v in [(2020, 1e9), (2021, 2e9), (2022, 2.5e9), (2023, 4e9)]
                ],
            ),
        ],
    )


# --------------------------------------------------------------------------- data derivation


def test_timeline_keeps_precision_and_order(story: Story) -> None:
    events = timeline_events(story)
    assert [e.label for e in events] == [
        "Title 42 ends",
        "U.S. officials travel to Mexico",
        "Mexican delegation visits Washington",
    ]
    assert [e.is_day for e in events] == [False, False, True]
    assert events[1].start == dt.date(2023, 12, 21) and events[1].end == dt.date(2023, 12, 31)
    assert events[0].when == "May 2023"
    assert events[2].when == "12 January 2024"


def test_single_event_is_no_timeline(story: Story) -> None:
    story.timeline = story.timeline[:1]
    assert timeline_events(story) == []
    assert "timeline" not in {c.id for c in build_charts(story)}


def test_share_of_total_derives_the_total(story: Story) -> None:
    (derivation,) = derive_totals(story)
    assert derivation.part.id == "q-30k" and derivation.percent.id == "q-10pct"
    assert derivation.total_value == pytest.approx(300_000)
    groups = {g.key: g for g in number_groups(story)}
    monthly = groups["non-mexican-per-month"]
    assert [(i.value, i.derived) for i in monthly.items] == [(300_000, True), (30_000, False)]
    assert monthly.share is not None and monthly.share.percent == 10


def test_share_needs_the_words_of_the_total(story: Story) -> None:
    for art in story.articles:
        art.sentences = [
            s.model_copy(update={"text": s.text.replace("of the total", "higher")}) for s in art.sentences
        ]
    story.quantities = [
        q.model_copy(
            update={
                "sources": [
                    s.model_copy(update={"sentence": s.sentence.replace("of the total", "higher")})
                    for s in q.sources
                ]
            }
        )
        for q in story.quantities
    ]
    assert derive_totals(story) == []
    assert "numbers-non-mexican-per-month" not in {g.key for g in number_groups(story)}


def test_numbers_never_mix_units(story: Story) -> None:
    groups = {g.key: g for g in number_groups(story)}
    # "$" and "USD" are one currency; dollars and people never share an axis
    assert set(groups) == {"usd", "non-mexican-per-month"}
    assert [i.display for i in groups["usd"].items] == ["$20 billion", "$5 billion"]


def test_bare_counts_group_by_what_they_count(story: Story) -> None:
    art = story.articles[0]
    counts = [
        (10e6, "Hispanics living in the U.S.", "2023"),
        (2e6, "migrants at the border", "2023"),
        (5e4, "the migrants at the border", "2024"),
        (7e4, "migrants in shelters", "2024"),  # the same noun, another thing counted
    ]
    story.quantities = [
        quantity(f"c{i}", [source(art, "Mexico")], value, "n", about=about, date=date)
        for i, (value, about, date) in enumerate(counts)
    ]
    (group,) = number_groups(story)
    assert group.key == "migrant" and [i.value for i in group.items] == [2e6, 5e4]


def test_a_single_number_is_no_chart(story: Story) -> None:
    story.quantities = [q for q in story.quantities if q.id == "q-20bn"]
    assert number_groups(story) == []
    assert not [c for c in build_charts(story) if c.page == "numbers"]


def test_mentions_by_article_in_publication_order(story: Story) -> None:
    table = mention_table(story)
    assert table is not None
    assert [ref.id for ref in table.articles] == ["a1", "a2"]
    assert [(r.name, r.counts) for r in table.rows] == [
        ("Andrés Manuel López Obrador", (4, 1)),
        ("Joe Biden", (2, 2)),
        ("Alicia Bárcena", (0, 1)),
        ("NBC News", (1, 0)),
    ]  # places are not people or organisations


def test_a_mentions_bar_says_its_own_articles_not_the_story_size() -> None:
    """Past the palette's colours a bar is one total with "in N articles": an article that names none
    of the charted people changes no bar, so the drawing (and its cached SVG) stays the same."""
    from generator.charts.build import drawing_hash
    from generator.charts.data import ArticleRef, MentionRow, MentionTable
    from generator.charts.specs import mentions_drawing

    def table(size: int) -> MentionTable:
        refs = tuple(ArticleRef(f"a{i}", f"Outlet, {i} May", "T", "Outlet", None) for i in range(size))
        counts = [(3, 1, *([0] * (size - 2))), (0, 2, 1, *([0] * (size - 3)))]
        rows = tuple(MentionRow(f"e{n}", name, "person", tuple(c)) for n, (name, c) in
                     enumerate(zip(("Ana Ruiz", "Ben Okafor"), counts, strict=True)))
        return MentionTable(refs, rows)

    ten, eleven = mentions_drawing(table(10), stacked=False), mentions_drawing(table(11), stacked=False)
    assert [row.value_label for row in ten.rows] == ["4 · in 2 articles", "3 · in 2 articles"]
    assert drawing_hash(ten) == drawing_hash(eleven)


def test_an_added_article_naming_no_charted_name_redraws_no_mentions_bar(
        story: Story, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Invalidation: past the palette (one colour here) the mentions SVG comes from the cache after an
    article that mentions none of the charted names; its title still counts the new article."""
    from generator.charts import specs as charts_specs

    monkeypatch.setattr(charts_specs, "PALETTE", ("#000000",))
    before = {c.id: c for c in build_charts(story, cache_dir=tmp_path)}
    story.articles.append(article("a3", "The talks went on.", dt.date(2024, 1, 20)))
    after = {c.id: c for c in build_charts(story, cache_dir=tmp_path)}
    assert after["mentions"].svg == before["mentions"].svg and not after["mentions"].rendered
    assert after["mentions"].title.endswith("in 2 of 3 articles") and "in 2 articles" in after["mentions"].svg


def test_charts_order_articles_as_the_rest_of_the_site_does_undated_first() -> None:
    from generator.charts.data import article_refs
    from generator.story.summary import publication_order

    articles = [article("b", "Later text.", dt.date(2024, 2, 1)), article("z", "No date here.", None),
                article("a", "Earlier text.", dt.date(2024, 1, 1))]
    story = Story(title="T", articles=articles)
    assert [ref.id for ref in article_refs(story)] == ["z", "a", "b"]
    assert [a.id for a in publication_order(articles)] == ["z", "a", "b"]


def test_sources_count_repeated_facts_and_sentences(story: Story) -> None:
    first, second = source_table(story)
    assert (
        first.article.id == "a1" and first.repeated == 0 and first.facts == 7
    )  # 4 numbers, 1 quote, 2 events
    assert (second.numbers, second.events, second.facts, second.repeated) == (3, 1, 4, 2)
    assert (second.sentences, second.repeated_sentences) == (4, 2)


def test_chart_data_bundles_every_kind(story: Story) -> None:
    data = chart_data(story)
    assert set(data) == {"timeline", "numbers", "mentions", "sources"}


def test_unit_and_wording_rules() -> None:
    assert unit_family("dollars") == unit_family("$") == "USD"
    assert unit_family("per cent") == "percent"
    assert unit_family("Migrants") == unit_family("migrant") == "migrant"
    assert normalise_rate("each month") == normalise_rate("monthly") == "month"
    assert format_value(1.5e6, "EUR", "about") == "about €1.5 million"
    assert describe_period(dt.date(2023, 1, 1), dt.date(2023, 12, 31)) == "2023"
    assert describe_period(dt.date(2023, 12, 21), dt.date(2023, 12, 31)) == "21–31 December 2023"
    assert describe_period(dt.date(2023, 1, 1), dt.date(2023, 4, 30)) == "January–April 2023"
    assert describe_period(dt.date(2023, 12, 30), dt.date(2024, 1, 2)) == "30 December 2023 – 2 January 2024"


# --------------------------------------------------------------------------- rendered charts


@pytest.fixture
def charts(story: Story) -> dict:
    return {chart.id: chart for chart in build_charts(story)}


def test_expected_charts_on_their_pages(charts: dict) -> None:
    assert {cid: c.page for cid, c in charts.items()} == {
        "timeline": "timeline",
        "numbers-non-mexican-per-month": "numbers",
        "numbers-usd": "numbers",
        "mentions": "people",
        "sources": "sources",
        "editor-aid-by-year": "home",
    }


def test_svg_is_valid_xml_with_real_text(charts: dict) -> None:
    for chart in charts.values():
        root = ET.fromstring(chart.svg.encode("utf-8"))
        texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))
        for row in chart.rows[:3]:
            assert row[0][:12] in texts or chart.id in ("timeline", "editor-aid-by-year"), (chart.id, row[0])
        assert "<dc:date>" not in chart.svg and "Creator" not in chart.svg
        assert chart.width_px > 300 and chart.height_px > 100
    timeline_text = "".join(ET.fromstring(charts["timeline"].svg).itertext())
    assert "Title 42 ends" in timeline_text
    assert "<b>" not in charts["numbers-usd"].svg  # markup from articles is text, never SVG


def test_alt_text_states_the_finding(charts: dict) -> None:
    monthly = charts["numbers-non-mexican-per-month"]
    assert monthly.title == "30,000 a month is a tenth of the 300,000 total"
    assert "a tenth of the 300,000 total" in monthly.alt
    assert (
        charts["numbers-usd"].title == "The largest figure, $20 billion, is 4 times the smallest, $5 billion"
    )
    assert charts["timeline"].alt.startswith("Timeline of 3 events from May 2023 to 12 January 2024")
    assert (
        charts["mentions"].title
        == "Andrés Manuel López Obrador is mentioned most, 5 times in 2 of 2 articles"
    )
    assert charts["sources"].title == "The later article repeats 50% of its facts from the earlier one"
    assert "rises by 300% from $1 billion (2020) to $4 billion (2023)" in charts["editor-aid-by-year"].alt


def test_csv_matches_the_table(charts: dict) -> None:
    # (no fixture cell starts with a formula character, so the CSV holds exactly the table)
    for chart in charts.values():
        parsed = list(csv.reader(io.StringIO(chart.csv)))
        assert parsed[0] == chart.columns and parsed[1:] == chart.rows
    assert ["Total implied by the 10% share", "300000", "non-Mexican", "month", "", "yes"] in charts[
        "numbers-non-mexican-per-month"
    ].rows


def test_two_renders_are_byte_identical(story: Story) -> None:
    first = [(c.id, c.svg, c.csv) for c in build_charts(story)]
    second = [(c.id, c.svg, c.csv) for c in build_charts(story.model_copy(deep=True))]
    assert first == second


def test_cache_second_build_renders_nothing(story: Story, tmp_path: Path) -> None:
    cold = build_charts(story, cache_dir=tmp_path)
    warm = build_charts(story, cache_dir=tmp_path)
    assert cold and all(c.rendered for c in cold) and not any(c.rendered for c in warm)
    assert [c.svg for c in cold] == [c.svg for c in warm]
    story.entities[0].mentions.pop()
    changed = {c.id for c in build_charts(story, cache_dir=tmp_path) if c.rendered}
    assert changed == {"mentions"}


def test_corrupt_cache_entry_is_redrawn(story: Story, tmp_path: Path) -> None:
    chart = build_charts(story, cache_dir=tmp_path)[0]
    Cache(tmp_path, "charts").store_json(chart.data_hash, {"svg": "<svg"})  # a truncated drawing
    again = build_charts(story, cache_dir=tmp_path)[0]
    assert again.rendered and again.svg == chart.svg


def test_chart_files_name_svg_and_csv(charts: dict) -> None:
    assert set(chart_files([charts["sources"]])) == {"charts/sources.svg", "charts/sources.csv"}


# --------------------------------------------------------------------------- escaping and the partial


def test_table_cells_are_escaped_by_the_renderers_rule() -> None:
    cell = escape_md("a | b *c* _d_ [e](f) <script>x</script> $1 & :smile: `g`\nnext")
    assert "|" not in cell and "<" not in cell and "*" not in cell and "`" not in cell and "\n" not in cell
    assert cell.startswith("a &#124; b &#42;c&#42;")


def render_partial(chart: object, asset_url: str = "../charts") -> str:
    from markupsafe import Markup

    from generator.render.site import make_environment

    template = make_environment(ROOT / "site-templates").get_template("partials/chart.md.j2")
    return template.render(chart=chart, asset_url=Markup(asset_url))


@pytest.mark.parametrize("asset_url", ["../charts", "../charts/"])
def test_partial_renders_figure_table_and_download(charts: dict, asset_url: str) -> None:
    text = render_partial(charts["numbers-usd"], asset_url)
    assert "](../charts/numbers-usd.svg){ .explainer-chart__image" in text
    assert "(CSV)](../charts/numbers-usd.csv)" in text
    assert '??? info "Data table"' in text
    assert "Police &#60;b&#62;training&#60;/b&#62; &#124; and &#42;more&#42;" in text  # escaped once
    assert "    | --- | ---: | --- | --- | --- | --- |" in text


def test_partial_output_is_a_real_figure_and_table_without_injected_html(charts: dict) -> None:
    import markdown

    html = markdown.markdown(
        render_partial(charts["numbers-usd"]),
        extensions=["attr_list", "md_in_html", "tables", "admonition", "pymdownx.details"],
    )
    assert "<table>" in html and "<details" in html and "<figure" in html and "<b>" not in html
    image = re.search(
        r'<img alt="([^"]*)" class="explainer-chart__image"[^>]* src="../charts/numbers-usd.svg"', html
    )
    assert image is not None and html_module.unescape(image.group(1)) == charts["numbers-usd"].alt
    assert '<a download="numbers-usd.csv" href="../charts/numbers-usd.csv">' in html
    cell = re.search(r"<td>(Police[^<]*)</td>", html)
    label = "Police <b>training</b> | and *more* · 2023"
    assert cell is not None and html_module.unescape(cell.group(1)) == label
    assert "<td>20,000,000,000</td>" in html.replace(' style="text-align: right;"', "")


def test_csv_guards_against_spreadsheet_formulas(story: Story) -> None:
    story.timeline[0].text = "=HYPERLINK(1)"
    chart = next(c for c in build_charts(story) if c.id == "timeline")
    assert "'=HYPERLINK(1)" in chart.csv and [r[3] for r in chart.rows if "HYPER" in r[3]] == [
        "=HYPERLINK(1)"
    ]


def test_sources_chart_draws_only_the_most_recent_articles_and_says_so(
        story: Story, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.charts import specs as charts_specs

    monkeypatch.setattr(charts_specs, "SOURCE_BARS", 1)
    spec = charts_specs.sources_spec(story)
    assert spec is not None
    newest = source_table(story)[-1].article.label
    assert [row.label for row in spec.drawing.rows] == [newest]
    assert len(spec.rows) == 2  # the CSV keeps every article
    assert spec.drawn_rows == (1, 2)  # the page's table only the one drawn
    assert "the 1 most recent of 2 articles (the CSV file has them all)" in spec.subtitle
    assert "Article 2: " in spec.alt and "Article 1: " not in spec.alt


def test_a_chart_drawing_some_rows_tables_only_those_and_links_the_csv_of_all(
        story: Story, monkeypatch: pytest.MonkeyPatch) -> None:
    import markdown

    from generator.charts import specs as charts_specs

    monkeypatch.setattr(charts_specs, "SOURCE_BARS", 1)
    spec = charts_specs.sources_spec(story)
    assert spec is not None
    chart = finish_chart(spec, None)
    newest, oldest = source_table(story)[-1].article, source_table(story)[0].article
    assert [row[0] for row in chart.table_rows] == [newest.label]
    assert [row[0] for row in csv.reader(io.StringIO(chart.csv))][1:] == [oldest.label, newest.label]
    html = markdown.markdown(render_partial(chart), extensions=["attr_list", "md_in_html", "tables",
                                                                "admonition", "pymdownx.details"])
    table = html[html.index("<table>"):]
    assert table.count("<tr>") == 2 and newest.label in table and oldest.label not in table
    line = re.search(r"<p>This table shows the 1 row the chart draws, of 2 rows; (<a [^>]*>)the CSV file</a> "
                     r"has every row.</p>", html)
    assert line is not None and 'href="../charts/sources.csv"' in line.group(1)


def test_mentions_past_the_palette_table_the_totals_drawn_and_link_the_csv_of_every_article(
        story: Story, monkeypatch: pytest.MonkeyPatch) -> None:
    """More articles than colours: a bar is a name's total, so the page's table has name, type, articles
    and total (not a column per article, 1,000 wide at 1,000 articles); the CSV keeps every column."""
    import markdown

    from generator.charts import specs as charts_specs

    monkeypatch.setattr(charts_specs, "PALETTE", ("#000000",))
    spec = charts_specs.mentions_spec(story)
    assert spec is not None
    chart = finish_chart(spec, None)
    assert chart.table_header == ["Name", "Type", "Articles", "Total"]
    assert chart.table_rows[0] == ["Andrés Manuel López Obrador", "person", "2", "5"]
    header = next(csv.reader(io.StringIO(chart.csv)))
    assert header == ["Name", "Type", *chart.columns[2:4], "Articles", "Total"] and len(chart.columns) == 6
    html = markdown.markdown(render_partial(chart), extensions=["attr_list", "md_in_html", "tables",
                                                                "admonition", "pymdownx.details"])
    assert html[html.index("<table>"):].count("</th>") == 4
    line = re.search(r"<p>This table shows the 4 columns the chart draws, of 6 columns; (<a [^>]*>)the CSV "
                     r"file</a> has every column.</p>", html)
    assert line is not None and 'href="../charts/mentions.csv"' in line.group(1)


def test_a_chart_drawing_every_row_tables_every_row_without_the_line(story: Story) -> None:
    charts = {chart.id: chart for chart in build_charts(story)}
    for chart in charts.values():
        assert chart.drawn_rows is None and chart.table_source_rows == chart.rows
        assert chart.drawn_columns is None and chart.table_header == chart.columns
        assert "This table shows" not in render_partial(chart)


def test_long_labels_wrap_whole_into_lines_of_svg_text() -> None:
    from generator.charts.draw import render_svg
    from generator.charts.style import BarRow, BarsDrawing, Segment, TimelineDrawing, TimelineMark

    long_event = ("The harbour authority and the dockers union met again and agreed to keep every berth of "
                  "the northern quay open through the winter storms")
    long_count = "containers unloaded at the northern quay of Portmere during the first week of the strike"
    timeline = TimelineDrawing((TimelineMark("Strike called", dt.date(2025, 3, 1), dt.date(2025, 3, 1)),
                                TimelineMark(long_event, dt.date(2025, 3, 20), dt.date(2025, 3, 20))))
    bars = BarsDrawing((BarRow(long_count, (Segment(1200),), "1,200"), BarRow("Ships", (Segment(40),), "40")))
    for drawing, label in ((timeline, long_event), (bars, long_count)):
        svg = render_svg(drawing)
        assert render_svg(drawing) == svg  # the same breaks every time
        lines = ["".join(t.itertext()) for t in ET.fromstring(svg).iter(f"{SVG_NS}text")]
        wrapped = [line for line in lines if line and line in label]
        assert len(wrapped) >= 2 and " ".join(wrapped) == label  # every word, in order, none cut
        assert "…" not in svg


def test_long_key_entries_and_line_ticks_wrap_whole_too() -> None:
    from generator.charts.draw import render_svg
    from generator.charts.style import BarRow, BarsDrawing, KeyItem, LineDrawing, Segment

    outlet = ("The Northern Quay and Portmere Islands Evening Courier and Weekly Shipping Gazette "
              "of the Three Harbours, 4 March")
    keyed = BarsDrawing((BarRow("Ships", (Segment(40, "#123456"), Segment(2, "#654321")), "42"),),
                        key=(KeyItem(outlet, "#123456"), KeyItem("Harbour Post, 5 March", "#654321")))
    tick = "Containers unloaded at the northern quay in the first week"
    line = LineDrawing((tick, "Second week", "Third week"), (1200.0, 900.0, 1500.0),
                       ("1,200", "900", "1,500"))
    for drawing, label in ((keyed, outlet), (line, tick)):
        svg = render_svg(drawing)
        assert render_svg(drawing) == svg
        texts = ["".join(t.itertext()) for t in ET.fromstring(svg).iter(f"{SVG_NS}text")]
        pieces = [piece for text in texts for piece in text.split("\n") if piece and piece in label]
        assert len(pieces) >= 2 and " ".join(pieces) == label
        assert "…" not in svg


def test_a_count_of_people_is_charted_as_people_and_a_name_is_never_a_counted_thing(story: Story) -> None:
    from generator.charts.specs import number_spec

    art = story.articles[0]
    story.entities = [Entity(id="ida-marsh", name="Ida Marsh", type="person", mentions=[])]
    counts = [(2.5e6, "people at the polls", "2020"), (65, "people at the polls", "2024"),
              (24, "Marsh", "2020"), (30, "Marsh", "2024")]
    story.quantities = [
        quantity(f"c{i}", [source(art, "Mexico")], value, "n", about=about, date=date)
        for i, (value, about, date) in enumerate(counts)
    ]
    (group,) = number_groups(story)  # the two figures "counting" Marsh (a misread record) are left out
    assert [item.value for item in group.items] == [2.5e6, 65]
    assert number_spec(story, group).subtitle.startswith("Number of people, as reported")
