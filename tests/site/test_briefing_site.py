"""End to end on an invented three-article story (a ferry strike, not the demo): a real
`mkdocs build --strict`, then the home page's "What happens next" and the Updates page read back
from the HTML, and every home page line followed to the sentence it links to."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from tests.conftest import FIXTURES
from tests.site.build_tools import make_project, mkdocs_build, tree_bytes

pytestmark = pytest.mark.slow
STORY = FIXTURES / "updates_story"


def ferry_project(tmp_path: Path) -> Path:
    project = make_project(tmp_path, sorted(STORY.iterdir()))
    # The story is our own invention, so its articles are published whole (`article_text: full`):
    # every sentence a home line quotes is on its article page to be compared.
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("article_text: excerpts", "article_text: full"),
                      encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def ferry_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = ferry_project(tmp_path_factory.mktemp("ferry"))
    completed = mkdocs_build(project)
    assert "WARNING  -" not in completed.stderr
    return project / "site"


def page(site: Path, path: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / path).read_text(encoding="utf-8"))


def section_items(home: lxml.html.HtmlElement, heading_id: str) -> list[lxml.html.HtmlElement]:
    heading = home.get_element_by_id(heading_id)
    box = heading.getnext()
    assert box is not None and "ex-briefing" in (box.get("class") or "")
    return box.xpath(".//li")


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().replace("¶", "").split())


def test_what_happens_next_lists_the_meeting_and_the_vote_soonest_first(ferry_site: Path) -> None:
    home = page(ferry_site, "index.html")
    upcoming = [text(item) for item in section_items(home, "what-happens-next")]
    assert len(upcoming) == 2
    assert upcoming[0].startswith("28 May 2025 — Lind will meet the union")
    assert upcoming[1].startswith("June 2025 — The crews will vote on any new offer in June.")
    happened = [text(item) for item in section_items(home, "what-happened")]
    assert happened[0].startswith("19 May 2025 — The government appointed retired judge Hanna Lind")
    assert not any("will meet" in line for line in happened)  # a future meeting is not news yet


def test_home_lines_lead_to_their_sentences_and_the_editor_rewrite_shows(ferry_site: Path) -> None:
    home = page(ferry_site, "index.html")
    involved = section_items(home, "who-is-involved")
    assert text(involved[0]).startswith("Paolo Serra: Transport minister, who urged both sides back to talks")
    assert "Rewritten by the editor" in text(involved[0])
    followed = 0
    for item in home.xpath('//div[contains(@class, "ex-briefing")]//li[span[@class="ex-sources"]]'):
        path, anchor = item.xpath('./span[@class="ex-sources"]/a/@href')[0].split("#")
        element = page(ferry_site, str(Path(path) / "index.html")).get_element_by_id(anchor)
        target = text(element)
        line = text(item)
        if " — " in line and "Rewritten" not in line:  # a dated event, a number or a position
            said = line.split(" — ", 1)[1].rsplit(" (", 1)[0]
            assert said == target, (said, target)
            followed += 1
    assert followed >= 6


def test_updates_page_logs_each_day_newest_first(ferry_site: Path) -> None:
    updates = page(ferry_site, "updates/index.html")
    days = [text(h) for h in updates.xpath("//h2")]
    assert days[:4] == ["Editor's corrections", "20 May 2025", "13 May 2025", "6 May 2025"]
    body = text(updates.xpath("//article")[0])
    may13 = body[body.index("13 May 2025") : body.index("6 May 2025")]
    assert "1 revised figure: about 6,500 (passengers stranded), earlier reported as about 4,000" in may13
    assert "Talks between the Kellport Ferry Company and the crews' union collapsed on Friday." in may13
    assert "New in the story: Paolo Serra." in may13
    may20 = body[body.index("20 May 2025") : body.index("13 May 2025")]
    assert "New in the story: Hanna Lind" in may20 and "3 new developments" in may20
    fixes = body[body.index("Editor's corrections") : body.index("20 May 2025")]
    assert "Ines Varga: corrected by the editor" in fixes and "Her title as the union gives it" in fixes


def test_the_briefing_and_updates_are_byte_identical_between_builds(tmp_path: Path, ferry_site: Path) -> None:
    project = ferry_project(tmp_path)
    mkdocs_build(project, tmp_path / "again")
    for path in ("index.html", "updates/index.html"):
        assert (tmp_path / "again" / path).read_bytes() == (ferry_site / path).read_bytes()
    assert tree_bytes(tmp_path / "again").keys() == tree_bytes(ferry_site).keys()


def test_in_excerpts_mode_a_home_line_quotes_only_a_sentence_its_article_shows(tmp_path: Path) -> None:
    """The same story as the publisher's (`article_text: excerpts`): a line that quotes a sentence
    links to it shown on its article page; a line whose sentence is beyond the article's excerpt
    share says its fact in the fact's own words, and its link lands at the visible gap."""
    project = make_project(tmp_path, sorted(STORY.iterdir()))
    mkdocs_build(project)
    site = project / "site"
    home = page(site, "index.html")
    quoted = own = 0
    for item in home.xpath('//div[contains(@class, "ex-briefing")]//li[span[@class="ex-sources"]]'):
        line = text(item)
        if " — " not in line or "Rewritten" in line:
            continue
        said = line.split(" — ", 1)[1].rsplit(" (", 1)[0]
        path, anchor = item.xpath('./span[@class="ex-sources"]/a/@href')[0].split("#")
        article = page(site, str(Path(path) / "index.html"))
        element = article.get_element_by_id(anchor)
        if "ex-s" in (element.get("class") or "").split():
            quoted += said == text(element)
        else:
            assert "ex-omitted" in (element.get("class") or ""), anchor
            shown = [text(s) for s in article.xpath('//span[@class="ex-s"]')]
            assert said not in shown
            own += 1
        assert said not in text(article) or "ex-s" in (element.get("class") or "").split(), said
    # a short article's 30 % is a sentence or two: the newest news (17 of its 47 words) is told in
    # its own words, two of the earlier articles' sentences are quoted whole
    assert quoted >= 3 and own >= 2
    happened = [text(item) for item in section_items(home, "what-happened")]
    assert happened[0].startswith("19 May 2025 — The government appointed retired judge Hanna Lind as mediator")
    upcoming = [text(item) for item in section_items(home, "what-happens-next")]
    assert upcoming[0].startswith("28 May 2025 — Lind will meet the union and the Kellport Ferry Company.")
