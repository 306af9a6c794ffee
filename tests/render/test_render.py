"""The render stage: pages, links, anchors, escaping of hostile article text, determinism.

The story here is synthetic (a city council budget vote reported by two outlets) and built by hand,
so these tests do not depend on the extractors."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import posixpath
import re
import subprocess
import sys

import markdown
import pytest

from generator.models import (
    Article,
    Edit,
    Entity,
    EventDate,
    Mention,
    Story,
    TimelineEntry,
)
from generator.render.escape import escape_md, glossary_term, safe_url
from generator.render.site import relative_link, render_site
from tests.conftest import ROOT
from tests.render.render_tools import SITE_EXTENSIONS, shown, text_of, to_html
from tests.stories import ARTICLE_ONE, files_digest, make_story, mentions, settings, source, split_sentences


@pytest.fixture(scope="module")
def site() -> dict[str, str | bytes]:
    return render_site(make_story(), settings())


# --------------------------------------------------------------------------- pages and structure


def test_site_has_every_page_type(site: dict[str, str | bytes]) -> None:
    expected = {
        "index.md", "timeline.md", "numbers.md", "quotes.md", "reported.md", "sources.md",
        "people/index.md", "people/person/index.md", "people/person/dana-whitfield.md",
        "people/person/omar-reyes.md", "people/organization/riverton-taxpayers-association.md",
        "articles/index.md", "articles/2024/index.md", "articles/2024/2024-03/index.md",
        "articles/2024/2024-03/council-vote.md", "articles/2024/2024-03/budget-passed.md", "data/index.md",
        "data/facts.json", "data/quantities.csv", "data/timeline.csv", "assets/explainer.css",
        "assets/explainer.js",
    }  # fmt: skip
    assert expected <= set(site)


def test_every_internal_link_resolves_to_a_page_and_anchor(site: dict[str, str | bytes]) -> None:
    assert_links_resolve(site)


def test_no_link_points_at_the_page_it_is_on(site: dict[str, str | bytes]) -> None:
    """A speaker quoted on their own page is named there, not linked to where the reader already is."""
    pages = {path: to_html(text_of(site, path)) for path in site if path.endswith(".md")}
    empty = {path: re.findall(r'<a href="">([^<]*)</a>', html) for path, html in pages.items()}
    assert not {path: names for path, names in empty.items() if names}
    person = shown(text_of(site, "people/person/omar-reyes.md"))
    assert "Omar Reyes" in re.sub(r"<[^>]+>", "", person.split('class="ex-attribution"', 1)[-1])


def test_a_person_s_page_keeps_what_they_said_apart_from_quotes_that_mention_them() -> None:
    story = make_story()
    whitfield = next(e for e in story.entities if e.id == "dana-whitfield")
    article = story.articles[0]
    start = article.text.index("our roads")  # as if Reyes's quoted words named Whitfield
    whitfield.mentions.append(Mention(article=article.id, start=start, end=start + 9, text="our roads"))
    files = render_site(story, settings())
    named = shown(text_of(files, "people/person/dana-whitfield.md"))
    assert "What Dana Whitfield said" not in named
    mentioned = named.split('id="quoted-about"', 1)[1]
    assert "This budget ignores our roads" in mentioned.split("</h2>", 1)[-1].split("<h2", 1)[0]
    speaker = shown(text_of(files, "people/person/omar-reyes.md"))
    assert 'id="quotes">What Omar Reyes said' in speaker and 'id="quoted-about"' not in speaker


def assert_links_resolve(site: dict[str, str | bytes]) -> None:
    pages = {path: to_html(text_of(site, path)) for path in site if path.endswith(".md")}
    ids = {path: set(re.findall(r'\bid="([^"]+)"', html)) for path, html in pages.items()}
    checked = 0
    for path, html in pages.items():
        for href in re.findall(r'href="([^"]+)"', html):
            if href.startswith(("http://", "https://")):
                continue
            target, _, anchor = href.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
            assert resolved in site, f"{path}: broken link {href}"
            if anchor and resolved.endswith(".md"):
                assert anchor in ids[resolved], f"{path}: missing anchor {href}"
            checked += 1
    assert checked > 50


def test_article_sentences_have_stable_anchors_and_inline_marks(site: dict[str, str | bytes]) -> None:
    html = html_lib.unescape(to_html(text_of(site, "articles/2024/2024-03/council-vote.md")))
    assert re.search(r'<span class="ex-s" id="s1">The Riverton city council approved', html)
    # entity names link to their pages; numbers and dates carry their normalised value
    assert '<a href="../../../people/person/dana-whitfield.md">Dana Whitfield</a>' in html
    assert re.search(r'<abbr title="4,200,000 USD[^"]*">\$4\.2 million</abbr>', html)
    assert re.search(r'<abbr title="[^"]*5 Mar[^"]* 2024 \(2024-03-05\)">Tuesday</abbr>', html)
    assert 'href="https://ledger.example/budget"' in html


def test_excerpts_show_only_fact_sentences_and_full_mode_shows_all() -> None:
    excerpts = render_site(make_story(), settings())
    full = render_site(make_story(), settings(article_text="full"))
    page_excerpt = text_of(excerpts, "articles/2024/2024-03/council-vote.md")
    page_full = text_of(full, "articles/2024/2024-03/council-vote.md")
    assert "The meeting ran late" not in page_excerpt  # carries no fact, too short to summarise
    assert "The meeting ran late" in page_full
    assert 'id="s5"' in page_excerpt and 'id="s4"' not in page_excerpt
    assert "{: .ex-gap }" in page_excerpt
    facts = json.loads(text_of(excerpts, "data/facts.json"))
    assert facts["articles"] and all(article["text"] == "" for article in facts["articles"])
    assert json.loads(text_of(full, "data/facts.json"))["articles"][0]["text"] == ARTICLE_ONE


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def test_no_page_and_no_data_file_quotes_more_than_the_excerpts() -> None:
    """In excerpts mode an article's sentence appears whole on another page (home, numbers, people,
    updates) or in facts.json only when its article page shows it too."""
    story = make_story()
    files = render_site(story, settings())
    pages = {path: _plain(shown(text)) for path, text in files.items()
             if path.endswith(".md") and isinstance(text, str)}
    data = text_of(files, "data/facts.json")
    checked = 0
    for article in story.articles:
        page = next(p for p in pages if p.startswith("articles/") and p.endswith(f"{article.id}.md"))
        for sentence in article.sentences:
            words = " ".join(sentence.text.split())
            if len(words.split()) < 6 or words in pages[page]:
                continue
            checked += 1
            quoting = [path for path, text in pages.items() if words in text]
            assert not quoting, (words, quoting)
            assert json.dumps(sentence.text, ensure_ascii=False) not in data, words
    assert checked >= 2  # some sentences are left out of the excerpts, and so of every other page


def test_facts_show_sources_corroboration_conflicts_and_edits(site: dict[str, str | bytes]) -> None:
    numbers = shown(text_of(site, "numbers.md"))
    assert 'id="q-budget-ledger"' in numbers and 'id="q-budget-post"' in numbers
    assert numbers.count('<p class="admonition-title">Sources disagree</p>') == 2
    assert "Corrected by the editor</span> (value): Checked against the council minutes" in numbers
    assert 'href="articles/2024/2024-03/council-vote.md#s1"' in numbers
    timeline = shown(text_of(site, "timeline.md"))
    assert "in 2 articles" in timeline
    assert "Added by the editor</span>: From the" in timeline
    assert "(date estimated)" in timeline  # the Valley Post date is estimated


def test_timeline_is_chronological_and_grouped(site: dict[str, str | bytes]) -> None:
    page = text_of(site, "timeline.md")
    assert page.index("## 2024") < page.index("### March 2024")
    # a month-wide range starts before the 5th; dated "March 2024" under "March 2024", it keeps its
    # anchor but not a heading that would repeat the month's
    assert page.index('id="t-review"') < page.index("#t-vote")
    assert "### March 2024" in page and "#### March 2024" not in page


def test_home_page_sections_lead_with_the_news(site: dict[str, str | bytes]) -> None:
    html = shown(text_of(site, "index.md"))
    headings = ("What happened", "Who is involved", "What each side wants", "The numbers",
                "What happens next")
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert 'href="people/person/dana-whitfield.md">Dana Whitfield</a>: Mayor' in html
    assert "(date estimated)" in html
    assert "published</code> in" not in html and ".yml" not in html  # editors' hints go to the build log
    upcoming = html[html.index(">What happens next</h2>") : html.index(">Sources</h2>")]
    # the sentence is more than its short article's excerpt share allows: the event's own words
    assert "RTA</abbr> asks the state to review the plan." in upcoming
    assert 'href="articles/2024/2024-03/budget-passed.md#s4"' in upcoming


def test_people_pages_gather_every_fact_about_the_entity(site: dict[str, str | bytes]) -> None:
    reyes = to_html(text_of(site, "people/person/omar-reyes.md"))
    assert "Council member" in reyes and 'id="quote-roads"' in reyes
    rta = to_html(text_of(site, "people/organization/riverton-taxpayers-association.md"))
    assert 'id="claim-audit"' in rta and 'id="t-review"' in rta
    index = text_of(site, "people/index.md")
    assert "| [Dana Whitfield](person/dana-whitfield.md) | Mayor | 2 |" in index


def test_glossary_defines_acronyms_only_where_used(site: dict[str, str | bytes]) -> None:
    full = render_site(make_story(), settings(article_text="full"))  # the excerpts leave the term out
    article = text_of(full, "articles/2024/2024-03/budget-passed.md")
    assert article.rstrip().endswith("*[RTA]: Riverton Taxpayers Association")
    assert '<abbr title="Riverton Taxpayers Association">RTA</abbr>' in to_html(article)
    assert "*[RTA]" not in text_of(site, "quotes.md")  # the term does not occur there


def test_data_files_are_complete(site: dict[str, str | bytes]) -> None:
    quantities = text_of(site, "data/quantities.csv").splitlines()
    assert quantities[0].startswith("id,text,value,unit")
    assert len(quantities) == 4
    timeline = text_of(site, "data/timeline.csv").splitlines()
    assert any(line.startswith("t-vote,2024-03-05") for line in timeline)
    facts = json.loads(text_of(site, "data/facts.json"))
    assert {q["id"] for q in facts["quantities"]} == {"q-budget-ledger", "q-budget-post", "q-library-staff"}


def test_search_excludes_duplicated_boxes_but_keeps_facts(site: dict[str, str | bytes]) -> None:
    article = to_html(text_of(site, "articles/2024/2024-03/council-vote.md"))
    assert re.search(r'<div class="ex-boxes" data-search-exclude="[^"]*">', article)
    numbers = to_html(text_of(site, "numbers.md"))
    assert "data-search-exclude" not in numbers


def test_pages_stay_small_as_the_story_grows() -> None:
    """Home and article pages do not list every article: their size must not grow with the story."""
    story = make_story()
    extra = story.articles[1]
    story.articles += [
        extra.model_copy(update={"id": f"more-{n}", "published": dt.date(2024, 4, 1) + dt.timedelta(days=n)})
        for n in range(30)
    ]
    files = render_site(story, settings())
    home = text_of(files, "index.md")
    sources_section = home[home.index("## Sources") :]
    assert sources_section.count("\n- [") == 10
    assert "10 most recent of 32 articles" in home
    # (which of its sentences the excerpt keeps may change with what the home page quotes)
    article = text_of(files, "articles/2024/2024-03/council-vote.md")
    alone = text_of(render_site(make_story(), settings()), "articles/2024/2024-03/council-vote.md")
    assert "more-" not in article and abs(len(article) - len(alone)) < 200


def test_rendering_is_deterministic() -> None:
    assert render_site(make_story(), settings()) == render_site(make_story(), settings())


def test_pages_rendered_by_several_processes_equal_those_rendered_by_one() -> None:
    # In a fresh process: the test run may have started threads (the browser tests' server), and a
    # process running threads renders on one core by design.
    code = (
        "from generator.render import site as render\n"
        "from tests.stories import files_digest, make_story, settings\n"
        "render.PARALLEL_PAGES = 2\nforked = []\noriginal = render._render_in_processes\n"
        "render._render_in_processes = lambda *args: forked.append(1) or original(*args)\n"
        "files = render.render_site(make_story(), settings(workers=3))\n"
        "print(bool(forked), files_digest(files))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    forked, digest = done.stdout.split()
    assert forked == "True", "the story was not rendered by several processes"
    assert digest == files_digest(render_site(make_story(), settings(workers=1)))


def test_empty_story_renders() -> None:
    files = render_site(Story(title="Nothing yet", articles=[]), settings())
    assert "No articles yet" in text_of(files, "index.md")


# --------------------------------------------------------------------------- escaping

HOSTILE = (
    '<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) '
    '!!! note "pwned" # heading | table | cell | [^1] {: .x} --8<-- "/etc/passwd" {{ 7*7 }} '
    "{% if true %}jinja{% endif %} *[RTA]: injected ==mark== :smile: \x02wzxhzdk:0\x03 "
    "<a href='javascript:alert(4)'>x</a>"
)


def hostile_story() -> Story:
    story = make_story()
    first = story.articles[0]
    text = '!!! danger "Pwned"\n\n# Owned\n\n' + HOSTILE + " It was a $4.2 million budget."
    sentences, paragraphs = split_sentences(text)
    story.articles[0] = first.model_copy(
        update={
            "title": "# " + HOSTILE,
            "outlet": HOSTILE,
            "url": "javascript:alert(5)",
            "author": HOSTILE,
            "text": text,
            "sentences": sentences,
            "paragraphs": paragraphs,
        }
    )
    story.title = HOSTILE
    story.dek = "!!! warning\n    " + HOSTILE
    story.entities[0].name = HOSTILE
    story.entities[0].aliases = [HOSTILE, "<b>X</b>"]
    story.entities[0].roles[0].role = HOSTILE
    story.entities[0].link = "javascript:alert(6)"
    story.quotes[0].text = HOSTILE
    story.quotes[0].speaker = HOSTILE
    story.claims[0].by = HOSTILE
    story.quantities[0].about = HOSTILE
    story.quantities[0].text = HOSTILE
    story.timeline[0].text = HOSTILE
    story.timeline[1].edit = Edit(added=True, note=HOSTILE)
    return story


@pytest.mark.parametrize("mode", ["excerpts", "full"])
def test_hostile_article_text_stays_text(mode: str) -> None:
    files = render_site(hostile_story(), settings(article_text=mode))
    for path, content in files.items():
        if not path.endswith(".md"):
            continue
        assert isinstance(content, str)
        assert "{{" not in content and "{%" not in content, path  # Jinja syntax arrives encoded
        html = to_html(content)
        lowered = html.lower()
        assert "<script" not in lowered, path
        assert "onerror=" not in lowered, path
        assert not re.search(r"href=[\"']\s*javascript", lowered), path
        assert "<img" not in lowered, path
        assert not re.search(r'class="admonition (note|danger)"', html), path
        assert "<h1" not in html[html.find("</h1>") + 1 :] if "<h1" in html else True, path
        assert 'class="footnote' not in html and "<mark" not in html, path
        assert "<td>cell</td>" not in html and "<th>table</th>" not in html, path
        assert 'class="x"' not in html, path
        assert 'title="injected' not in html, path
    home = to_html(text_of(files, "index.md"))
    # literal text preserved, seen through HTML: the browser shows exactly the hostile characters
    shown = html_lib.unescape(re.sub(r"<[^>]+>", "", home))
    assert "<script>alert(1)</script>" in shown
    assert "{{ 7*7 }}" in shown and "{% if true %}" in shown
    assert '--8<-- "/etc/passwd"' in shown
    article = to_html(text_of(files, "articles/2024/2024-03/council-vote.md"))
    assert "Read the original" not in article  # the javascript: URL was dropped


def test_markdown_escape_round_trips_every_ascii_character() -> None:
    text = "a " + "".join(chr(c) for c in range(33, 127)) + " z"
    html = markdown.markdown(str(escape_md(text)), extensions=SITE_EXTENSIONS)
    assert html_lib.unescape(html.removeprefix("<p>").removesuffix("</p>")) == text


def test_hostile_aliases_never_reach_the_glossary() -> None:
    files = render_site(hostile_story(), settings(article_text="full"))
    definitions = [
        line for content in files.values() if isinstance(content, str) for line in content.splitlines()
        if line.startswith("*[")
    ]  # fmt: skip
    assert definitions  # the safe acronym is still defined
    assert all(re.fullmatch(r"\*\[[\w ]+\]: [\w .'-]+", line) for line in definitions), definitions


def test_charts_are_placed_on_their_pages_with_their_files() -> None:
    from generator.charts.build import build_charts

    story = make_story()
    charts = build_charts(story, None)
    files = render_site(story, settings(), charts)
    for chart in charts:
        assert files[f"charts/{chart.id}.svg"] == chart.svg
        page = {"home": "index.md", "people": "people/index.md"}.get(chart.page, f"{chart.page}.md")
        html = to_html(text_of(files, page))
        prefix = "../" if "/" in page else ""
        assert f'src="{prefix}charts/{chart.id}.svg"' in html, (chart.id, page)


def test_dates_show_their_real_precision() -> None:
    from generator.wording import _calendar_display

    assert _calendar_display("2024-03-05", None) == "5 March 2024"
    assert _calendar_display("2023-12", "END") == "late December 2023"
    assert _calendar_display("2023", "START") == "early 2023"
    assert _calendar_display("2024-W01", None) == "2024-W01"


def test_url_and_glossary_guards() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example", "/etc/passwd", "http://a b"):
        assert safe_url(bad) is None
    assert glossary_term("AMLO") == "AMLO"
    assert glossary_term("López Obrador") == "López Obrador"
    for bad in ("<b>", "A]: x", "x*", "a_b", "--8<--", ""):
        assert glossary_term(bad) is None


# --------------------------------------------------------------------------- readers' polish (issue 7)


def front_matter(page: str) -> dict[str, object]:
    import yaml

    match = re.match(r"\A---\n(.*?)\n---\n", page, flags=re.DOTALL)
    assert match, "the page has no front matter"
    return yaml.safe_load(match.group(1))


def test_entity_pages_are_grouped_by_type_and_only_for_entities_that_merit_them() -> None:
    story = make_story()
    one = story.articles[0]
    story.entities.append(
        Entity(id="riverton", name="Riverton", type="place", mentions=mentions(one, "Riverton")[:1])
    )
    files = render_site(story, settings())
    assert "people/person/dana-whitfield.md" in files
    assert "people/organization/riverton-taxpayers-association.md" in files
    assert not any(path.startswith("people/place/") for path in files)  # named once, in no fact's centre
    people = shown(text_of(files, "people/index.md"))
    assert "Riverton</td>" in people  # the index still lists everyone
    section = shown(text_of(files, "people/person/index.md"))
    assert re.search(r"<h1[^>]*>People</h1>", section)
    assert 'href="dana-whitfield.md">Dana Whitfield</a>' in section
    assert "Riverton Taxpayers" not in section  # organisations have their own section


def test_places_get_a_page_only_when_central() -> None:
    from generator.render.index import central_threshold, merits_page

    place = Entity(id="p", name="Eastmouth", type="place")
    assert central_threshold([]) == 3
    assert central_threshold([2, 10]) == 4
    assert central_threshold([500, 3]) == 20  # twenty sentences with facts are always central
    assert not merits_page(place, has_role=False, speaks=False, fact_sentences=3, central=4)
    assert merits_page(place, has_role=False, speaks=False, fact_sentences=4, central=4)
    assert merits_page(place, has_role=False, speaks=True, fact_sentences=0, central=4)
    person = Entity(id="x", name="Ann Lee", type="person")
    assert merits_page(person, has_role=True, speaks=False, fact_sentences=0, central=4)


LONG_DEMAND = (
    "a public audit of every contract the council signed since 2019, published in full before the "
    "next budget vote, with the names of all the firms involved"
)


def test_fact_headings_are_short_labels_and_the_text_appears_once() -> None:
    story = make_story()
    story.claims[0].text = LONG_DEMAND
    files = render_site(story, settings())
    page = shown(text_of(files, "people/organization/riverton-taxpayers-association.md"))
    heading = re.search(r'<h3 class="ex-fact-title" id="claim-audit">(.*?)</h3>', page)
    assert heading is not None
    assert heading.group(1).startswith("Riverton Taxpayers Association demanded: a public audit")
    assert len(heading.group(1)) <= 60 and heading.group(1).endswith("…")
    assert page.count("published in full before the next budget vote") == 1
    assert "A public audit of every contract" in page  # the full text, as a sentence
    reyes = shown(text_of(files, "people/person/omar-reyes.md"))
    assert re.search(r'id="quote-roads">Quote by Reyes, 5 March 2024<', reyes)
    # the quotation marks come from CSS, so the quote's first word is a word of its own for search
    assert re.search(r'<div class="ex-quote">\s*<blockquote>\s*<p>This budget ignores our roads</p>', reyes)
    numbers = shown(text_of(files, "numbers.md"))
    assert re.search(r'id="q-budget-ledger">\$4\.2 million \(city budget\)<', numbers)
    assert re.search(r'id="q-library-staff">12 new library staff positions<', numbers)  # no "(library staff)"


def _event(ident: str, value: str, start: dt.date, end: dt.date, article: Article, phrase: str,
           mod: str | None = None) -> TimelineEntry:  # fmt: skip
    return TimelineEntry(
        id=ident, date=EventDate(value=value, mod=mod, edtf=value, start=start, end=end), text=phrase,
        timex=value, sources=[source(article, phrase)],
    )  # fmt: skip


def test_timeline_groups_by_year_then_month_with_vague_dates_under_their_year() -> None:
    story = make_story()
    one, two = story.articles
    story.timeline += [
        _event("t-year", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), one, "The meeting ran late."),
        _event("t-early", "2023", dt.date(2023, 1, 1), dt.date(2023, 4, 30), one, "Council member", "START"),
        _event(
            "t-late-dec", "2023-12", dt.date(2023, 12, 21), dt.date(2023, 12, 31), two, "Whitfield", "END"
        ),
        _event("t-week", "2023-W52", dt.date(2023, 12, 25), dt.date(2024, 1, 1), two, "long debate"),
    ]
    page = text_of(render_site(story, settings()), "timeline.md")
    assert front_matter(page)["toc_depth"] == 3  # years and months, not every entry
    headings = re.findall(r"^(#{2,3}) (.+?) \{", page, flags=re.MULTILINE)
    assert headings == [
        ("##", "2023"), ("###", "early 2023"), ("###", "2023"), ("###", "December 2023"),
        ("##", "2024"), ("###", "March 2024"),
    ]  # fmt: skip
    assert page.index("#t-early") < page.index("#t-year") < page.index("### December 2023")
    december = page[page.index("### December 2023") : page.index("## 2024")]
    assert "#t-late-dec" in december and "#t-week" in december


def test_long_fact_lists_split_into_a_page_per_period() -> None:
    story = make_story()
    one, two = story.articles
    story.timeline += [
        _event("t-year", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), one, "The meeting ran late."),
        _event("t-dec", "2023-12", dt.date(2023, 12, 1), dt.date(2023, 12, 31), two, "long debate"),
    ]
    files = render_site(story, settings(list_page_facts=2))
    assert "timeline/2024.md" in files and "timeline/index.md" not in files
    # three numbers, all first reported in March 2024: a year over the limit is split into months
    assert "numbers/2024-03.md" in files and "numbers/2024.md" not in files
    assert "quotes.md" in files and not any(p.startswith("quotes/") for p in files)  # one quote: no split
    overview = text_of(files, "timeline.md")  # the overview keeps the list's place, and its links
    assert "[2023](timeline/2023.md) | 2 |" in overview and "[2024](timeline/2024.md) |" in overview
    assert overview.index("[2024](") < overview.index("[2023](")  # newest period first
    newest = overview[overview.index("## Newest") : overview.index("## By period")]
    # the newest entries first, each linking to its entry on its period's page
    assert newest.index("(timeline/2024.md#t-vote)") < newest.index("(timeline/2023.md#t-dec)")
    assert "The meeting ran late" not in overview.replace(newest, "")  # entries stay on their pages
    year = text_of(files, "timeline/2023.md")
    assert re.search(r"^# Timeline: 2023$", year, flags=re.MULTILINE)
    assert "[All periods](../timeline.md) · [2024 →](2024.md)" in year
    assert "[All periods](../timeline.md) · [← 2023](2023.md)\n" in text_of(files, "timeline/2024.md")
    headings = re.findall(r"^(#{2,3}) (.+?) \{", year, flags=re.MULTILINE)
    assert headings[0] == ("##", "2023") and headings[1] == ("##", "December 2023")  # the year's event first
    assert "Sometime in" not in year
    assert "t-dec" in year and "t-vote" not in year
    assert "#t-vote" in text_of(files, "timeline/2024.md")
    # numbers go by the month of the first article that reported them (both articles are from March 2024)
    month = text_of(files, "numbers/2024-03.md")
    assert re.search(r"^# Key numbers: March 2024$", month, flags=re.MULTILINE)
    assert "#q-budget-ledger" in month
    # every fact link leads to the period page that holds the fact
    article = text_of(files, "articles/2024/2024-03/council-vote.md")
    assert "(../../../numbers/2024-03.md#q-budget-ledger)" in article
    assert_links_resolve(files)


def test_every_page_has_a_meta_description_from_its_content(site: dict[str, str | bytes]) -> None:
    for path in site:
        if path.endswith(".md"):
            description = front_matter(text_of(site, path)).get("description")
            assert isinstance(description, str) and 20 <= len(html_lib.unescape(description)) <= 160, path
    assert html_lib.unescape(str(front_matter(text_of(site, "index.md"))["description"])).startswith(
        "How the city council passed its budget"
    )
    whitfield = html_lib.unescape(
        str(front_matter(text_of(site, "people/person/dana-whitfield.md"))["description"])
    )
    assert whitfield.startswith("Dana Whitfield: person, Mayor.")
    # searching a name lands on the entity's own page first (Material's per-page search boost)
    assert front_matter(text_of(site, "people/person/dana-whitfield.md"))["search"] == {"boost": 4}


def test_hostile_text_in_descriptions_stays_inside_the_attribute() -> None:
    files = render_site(hostile_story(), settings())
    for path, content in files.items():
        if path.endswith(".md"):
            assert isinstance(content, str)
            line = next(line for line in content.splitlines() if line.startswith("description: "))
            value = line.removeprefix('description: "').removesuffix('"')
            # Material prints the value unescaped into content="...": nothing may close the attribute
            assert not set(value) & set('"<>\\'), (path, value)


def test_glossary_terms_are_not_marked_in_the_page_title() -> None:
    story = make_story()
    story.title = "RTA and the Riverton budget"
    home = to_html(text_of(render_site(story, settings()), "index.md"))
    h1 = home[home.index("<h1") : home.index("</h1>")]
    assert "<abbr" not in h1 and html_lib.unescape(re.sub(r"<[^>]+>", "", h1)).startswith("RTA and the")
    assert '<abbr title="Riverton Taxpayers Association">RTA</abbr>' in home  # the body keeps its tooltips


def test_home_page_lines_link_to_their_sentences_and_never_repeat_one(site: dict[str, str | bytes]) -> None:
    home = shown(text_of(site, "index.md"))
    lines = re.findall(r'<div class="ex-briefing[^"]*">(.*?)</div>', home, flags=re.DOTALL)
    links = re.findall(r'<span class="ex-sources">\(<a href="([^"]+)"', "".join(lines))
    assert links and all(re.fullmatch(r"articles/2024/2024-03/[\w-]+\.md#s\d+", link) for link in links)
    sentence_links = [link for link in links if "#s" in link]
    assert len(set(sentence_links)) >= len(sentence_links) - 2  # "Who is involved" may share a sentence


@pytest.mark.parametrize("path", ["index.md", "people/person/j/jane-doe.md", "articles/2024/2024-01/a.md",
                                  "articles/2024/index.md", "data/facts.json"])
@pytest.mark.parametrize("folder", ["", "people", "people/person/j", "articles/2024/2024-01", "data/x/y"])
def test_relative_links_agree_with_posixpath(path: str, folder: str) -> None:
    assert relative_link(path, folder) == posixpath.relpath(path, folder or ".")


def test_entity_pages_open_a_law_with_its_definition_and_quote_a_sentence_once() -> None:
    from generator.models import Quantity

    story = make_story()
    one, two = story.articles
    story.entities.append(Entity(
        id="rule-7", name="Rule 7", type="law",
        mentions=mentions(two, "spending plan") + mentions(one, "budget protects"),
    ))  # fmt: skip
    story.quantities.append(Quantity(
        id="q-mayor-share", text="12", value=12, about="staff positions the mayor backed",
        sources=[source(two, "12 new")], entities=["dana-whitfield"],
    ))  # fmt: skip
    story.quantities.append(Quantity(
        id="q-mayor-new", text="12 new library staff positions", value=12, about="library staff",
        sources=[source(two, "12 new library")], entities=["dana-whitfield"],
    ))  # fmt: skip
    files = render_site(story, settings())
    law = text_of(files, "people/law/rule-7.md")
    body = law[law.index("# Rule 7") :]
    # the first sentence (in publication order) that names it opens the page, linked to its place
    assert body.split("\n\n")[1].startswith("Mayor Dana Whitfield said the budget protects libraries")
    assert "council-vote.md#s2" in body.split("\n\n")[1]
    full = render_site(story, settings(article_text="full"))
    mayor = text_of(full, "people/person/dana-whitfield.md")
    assert mayor.count("> The budget adds 12 new library staff positions") == 1
    # in excerpts mode only a sentence the article page shows is quoted: this one is not
    assert "> The budget adds 12" not in text_of(files, "people/person/dana-whitfield.md")
    assert mayor.index("## Numbers") > mayor.index("## Roles")


def test_cut_labels_close_the_brackets_they_open() -> None:
    from generator.render.escape import truncate_chars, truncate_words

    cut = truncate_words("The fund (set up after the flood in May) pays out", 5)
    assert cut == "The fund (set up after…)"
    assert truncate_chars("Ships waiting (outside the port of Kellport) each day", 30) == (
        "Ships waiting (outside the…)"
    )
    assert truncate_words("A [short] label", 5) == "A [short] label"


def test_who_reported_what_names_the_speaker_once_per_group(site: dict[str, str | bytes]) -> None:
    page = text_of(site, "reported.md")
    group = page[page.index("## Riverton Taxpayers Association") :]
    assert "### Demanded&#58; a public audit {: #claim-audit" in group
    assert "</span> by " not in group and "Involves: [Riverton Taxpayers" not in group


def test_a_number_does_not_quote_a_sentence_whose_words_an_event_above_shows() -> None:
    from generator.models import EventDate, Quantity

    story = make_story()
    two = story.articles[1]
    story.timeline.append(TimelineEntry(
        id="t-staff", date=EventDate(value="2024-03", edtf="2024-03", start=dt.date(2024, 3, 1),
                                     end=dt.date(2024, 3, 31)),
        timex="March", text="The budget adds 12 new library staff positions", entities=["dana-whitfield"],
        sources=[source(two, "The budget adds 12")],
    ))  # fmt: skip
    story.quantities.append(Quantity(
        id="q-staff", text="12 new library staff positions", value=12, about="library staff",
        sources=[source(two, "12 new library")], entities=["dana-whitfield"],
    ))  # fmt: skip
    files = render_site(story, settings(article_text="full"))
    mayor = shown(text_of(files, "people/person/dana-whitfield.md"))
    assert mayor.count("The budget adds 12 new library staff positions") == 1  # the event's words, once
    assert 'id="q-staff"' in mayor  # the number is still listed, without its sentence


def test_counts_agree_in_number_and_fact_dates_read_in_the_site_style() -> None:
    story = make_story()
    story.quotes[0].date = "2024-03-05"
    story.quantities[0].date = "2024-03"
    files = render_site(story, settings())
    sources = _plain(shown(text_of(files, "sources.md")))
    assert "1 quote," in sources and "1 quotes" not in sources
    for page in ("quotes.md", "numbers.md"):
        text = _plain(shown(text_of(files, page)))
        assert not re.search(r"\b2024-03(-05)?\b", text), page  # the value is left to the tooltip
    assert "5 March 2024" in _plain(shown(text_of(files, "quotes.md")))
    assert "· March 2024" in _plain(shown(text_of(files, "numbers.md")))
