"""End to end: real `mkdocs build --strict` runs in temp folders, read back as HTML and search index."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, SEEDS
from tests.site.build_tools import make_project, mkdocs_build, tree_bytes

pytestmark = pytest.mark.slow


def search_index(site: Path) -> list[dict[str, str]]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, str] = {}
        self._open: list[str] = []
        self._text: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ident = dict(attrs).get("id")
        if ident:
            self._open.append(ident)
            self._text[ident] = []

    def handle_data(self, data: str) -> None:
        for ident in self._open:
            self._text[ident].append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag in {"span", "p", "li", "div", "section", "h2", "h3", "h4"}:
            ident = self._open.pop()
            self.ids[ident] = "".join(self._text[ident])


def element_texts(html: str) -> dict[str, str]:
    parser = _Ids()
    parser.feed(html)
    return parser.ids


def test_demo_builds_strict_and_byte_identical(tmp_path: Path) -> None:
    project = make_project(tmp_path, sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.yml")))
    first = mkdocs_build(project, tmp_path / "site1")
    assert "WARNING  -" not in first.stderr
    mkdocs_build(project, tmp_path / "site2")  # warm cache: must not change a byte
    assert tree_bytes(tmp_path / "site1") == tree_bytes(tmp_path / "site2")


def test_sentence_is_found_on_its_page_at_its_anchor(tmp_path: Path) -> None:
    project = make_project(tmp_path, sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.yml")))
    mkdocs_build(project)
    site = project / "site"
    hits = [
        d for d in search_index(site) if "Title 42" in d["text"] and d["location"].startswith("articles/")
    ]
    assert hits, "the sentence that mentions Title 42 is not in the search index"
    page = site / hits[0]["location"].split("#")[0] / "index.html"
    anchors = element_texts(page.read_text(encoding="utf-8"))
    holding = [
        ident for ident, text in anchors.items() if re.fullmatch(r"s\d+", ident) and "Title 42" in text
    ]
    assert holding, "no sentence anchor holds the Title 42 sentence"
    assert "known as Title 42, ended back in May" in anchors[holding[0]]


def test_articles_of_every_format_become_pages(tmp_path: Path) -> None:
    fixtures = sorted((FIXTURES / "site").iterdir())
    project = make_project(tmp_path, fixtures)
    handwritten = project / "docs" / "notes.md"
    handwritten.write_text("# Editor's notes\n\nWritten by hand.\n", encoding="utf-8")
    before = handwritten.read_bytes()
    mkdocs_build(project)
    site = project / "site"
    assert handwritten.read_bytes() == before
    assert "Written by hand." in (site / "notes" / "index.html").read_text(encoding="utf-8")
    index = search_index(site)
    titles = {d["title"] for d in index if d["location"].startswith("articles/") and "#" not in d["location"]}
    assert "Riverton council approves flood relief fund" in titles  # Markdown front matter
    assert "State sends aid to flooded Riverton" in titles  # saved HTML page
    assert any("Clear River" in t for t in titles), titles  # plain text: title from the lede
    all_text = " ".join(d["text"] for d in index)
    assert "Dana Whitfield" not in all_text  # a photo credit is furniture, not article text
    assert "Subscribe for more news" not in all_text  # page furniture of the saved HTML
    home = (site / "index.html").read_text(encoding="utf-8")
    for outlet in ("Riverton Gazette", "Valley Courier", "Capital Ledger"):
        assert outlet in home


def test_cli_build_writes_markdown_and_only_what_it_owns(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "keep-me.md"
    mine.write_text("mine", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "generator",
        "--project",
        str(ROOT),
        "--cache",
        str(tmp_path / "cache"),
        "build",
        "--out",
        str(out),
        "--quiet",
    ]
    first = subprocess.run(command, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert (out / "index.md").is_file()
    assert any((out / "articles").rglob("*.md"))
    snapshot = tree_bytes(out)
    second = subprocess.run(command, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert tree_bytes(out) == snapshot
    assert mine.read_text(encoding="utf-8") == "mine"


def test_extract_prints_the_contract(tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--project",
            str(ROOT),
            "--cache",
            str(tmp_path / "c"),
            "extract",
        ],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert set(data) >= {"articles", "entities", "quantities", "quotes", "claims", "timeline", "timexes"}
    article = data["articles"][0]
    assert set(article) >= {"id", "path", "title", "outlet", "url", "published", "published_estimated"}
    entity = data["entities"][0]
    assert set(entity) >= {"id", "name", "type", "aliases", "roles", "mentions"}
    assert set(entity["mentions"][0]) >= {"article", "start", "end", "text"}
    for kind, fields in {
        "quantities": {"id", "text", "value", "unit", "qualifier", "about", "date", "sources"},
        "quotes": {"id", "speaker", "speaker_id", "text", "date", "sources"},
        "claims": {"id", "by", "text", "kind", "sources"},
        "timeline": {"id", "date", "text", "timex", "sources"},
    }.items():
        assert data[kind], f"no {kind} extracted from the demo"
        assert set(data[kind][0]) >= fields
        assert set(data[kind][0]["sources"][0]) >= {"article", "start", "end", "sentence"}
    assert set(data["timeline"][0]["date"]) >= {"value", "mod", "edtf", "start", "end"}


def test_annotate_offsets_slice_the_text_read(tmp_path: Path) -> None:
    text = "On Monday, Acme Corp said it would cut 1,500 jobs, about 8% of its staff.\n"
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "annotate", "--dct", "2025-03-05", "-"],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert set(data) >= {"timexes", "quantities", "entities", "quotes"}
    for layer in ("timexes", "quantities", "entities"):
        assert data[layer], f"annotate found no {layer}"
        for item in data[layer]:
            assert text[item["start"] : item["end"]] == item["text"]
    assert any(t["value"] == "2025-03-03" for t in data["timexes"])
