"""Seed files read again only when their bytes, place or the ingest code changed (invented articles)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import generator.cache.ingest as ingest_cache
from generator.cache.ingest import CachedReader
from generator.config import Settings
from generator.ingest.reader import load_articles
from generator.pipeline import build_site_files
from tests.conftest import FIXTURES, ROOT

PLAIN = "Ferry talks resume\n\nThe Dunmore ferry union met the port board on Tuesday, its chair said.\n"
MARKDOWN = (
    "---\ntitle: Port board answers\noutlet: Coast Ledger\npublished: 2031-04-02\n---\n\n"
    "The port board said it would answer the union by Friday.\n\nTalks went on late.\n"
)
NO_YEAR = "KELMOUTH, March 3 — The harbour reopened after the storm, officials said.\n\n© 2029 Coast Ledger\n"


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "talks.txt").write_text(PLAIN, encoding="utf-8")
    (seeds / "board.md").write_text(MARKDOWN, encoding="utf-8")
    (seeds / "harbour.txt").write_text(NO_YEAR, encoding="utf-8")
    (seeds / "empty.txt").write_text("   \n", encoding="utf-8")
    latin = "Caf\xe9 owners on the quay said trade fell by half.\n"
    (seeds / "latin.txt").write_bytes(latin.encode("latin-1"))
    return seeds


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the real reader parses (the cached reader falls back to it on a miss)."""
    parsed: list[str] = []
    real = ingest_cache.read_article

    def counted(path: Path, seeds_dir: Path, **kwargs: object):  # type: ignore[no-untyped-def]
        parsed.append(path.name)
        return real(path, seeds_dir, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_cache, "read_article", counted)
    return parsed


def test_cached_reading_gives_what_reading_gives_articles_and_problems(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _seeds(tmp_path)
    expected = load_articles(seeds)
    parsed = _counting_reads(monkeypatch)
    first = load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    assert len(parsed) == 5
    second = load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    assert len(parsed) == 5  # nothing parsed again
    for found in (first, second):
        assert [a.model_dump_json() for a in found[0]] == [a.model_dump_json() for a in expected[0]]
        assert [p.describe() for p in found[1]] == [p.describe() for p in expected[1]]
    assert any("empty.txt" in p.describe() for p in expected[1])  # the refused file is reported every time


def test_a_changed_file_is_read_again_and_only_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _seeds(tmp_path)
    load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    parsed = _counting_reads(monkeypatch)
    (seeds / "talks.txt").write_text(PLAIN.replace("Tuesday", "Wednesday"), encoding="utf-8")
    articles, _ = load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    assert parsed == ["talks.txt"]
    assert "Wednesday" in next(a for a in articles if a.id == "talks").text


def test_other_ingest_code_reads_every_file_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _seeds(tmp_path)
    load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    parsed = _counting_reads(monkeypatch)
    reader = CachedReader(tmp_path / "cache")
    reader.code = "another version of the ingest code"
    load_articles(seeds, read=reader)
    assert len(parsed) == 5


def test_a_damaged_entry_is_read_again_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = _seeds(tmp_path)
    load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    for entry in (tmp_path / "cache" / "articles").rglob("*.json"):
        entry.write_text('{"format": "explainer-cache", "value": {"article": 3', encoding="utf-8")
    parsed = _counting_reads(monkeypatch)
    articles, _ = load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    assert len(parsed) == 5 and len(articles) == 4


@pytest.mark.slow
def test_a_rebuild_after_an_edited_article_gives_a_fresh_builds_bytes(tmp_path: Path) -> None:
    """The whole build with its caches (articles, compiled templates, pages) against one from nothing."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "site", project / "seeds")
    shutil.copytree(ROOT / "site-templates", project / "site-templates")

    def build(cache: str) -> dict[str, str | bytes]:
        return build_site_files(Settings(project_dir=project, cache_dir=Path(cache), workers=1)).files

    build(".cache")
    seed = sorted(path for path in (project / "seeds").iterdir() if path.suffix in (".txt", ".md"))[0]
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.rstrip("\n") + "\n\nThe harbour master said the quay would reopen in spring.\n",
                    encoding="utf-8")
    again = build(".cache")
    assert any("quay would reopen in spring" in str(content) for content in again.values())
    assert again == build("fresh-cache")


def test_a_file_name_that_is_not_utf8_is_read_and_cached(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / os.fsdecode(b"quay-caf\xe9.txt")).write_text(PLAIN, encoding="utf-8")
    expected = load_articles(seeds)
    load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    parsed = _counting_reads(monkeypatch)
    again = load_articles(seeds, read=CachedReader(tmp_path / "cache"))
    assert parsed == []
    assert [a.model_dump_json() for a in again[0]] == [a.model_dump_json() for a in expected[0]]
