"""The content-addressed cache: exactly the right inputs invalidate it, and bad entries are ignored."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import keys, site
from generator.cache.store import Cache, content_key
from generator.config import Settings
from generator.ingest.reader import load_articles
from generator.models import Article, ArticleAnnotations
from tests.conftest import ROOT


def article(**changes: object) -> Article:
    base = Article(
        id="a", path="seeds/a.txt", format="text", title="T", text="One. Two.", published=dt.date(2025, 1, 2)
    )
    return base.model_copy(update=changes)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(project_dir=tmp_path, cache_dir=Path("cache"))


def test_content_key_separates_parts() -> None:
    assert content_key("ab", "c") != content_key("a", "bc")
    assert content_key("x") == content_key("x")


def test_cache_round_trip_and_rejects_corrupt_or_foreign_entries(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "annotations")
    value = ArticleAnnotations(article_id="a")
    key = content_key("a")
    cache.store(key, value)
    assert cache.load(key, ArticleAnnotations) == value
    path = next((tmp_path / "annotations").rglob("*.json"))
    path.write_text("{ truncated", encoding="utf-8")
    assert cache.load(key, ArticleAnnotations) is None
    foreign = {
        "format": "explainer-cache",
        "version": 1,
        "namespace": "annotations",
        "key": "other",
        "value": value.model_dump(mode="json"),
    }
    path.write_text(json.dumps(foreign), encoding="utf-8")
    assert cache.load(key, ArticleAnnotations) is None  # an entry filed under the wrong key
    wrong_shape = dict(foreign, key=key, value={"article_id": 3, "bogus": True})
    path.write_text(json.dumps(wrong_shape), encoding="utf-8")
    assert cache.load(key, ArticleAnnotations) is None  # validated, never trusted


def test_a_text_entry_comes_back_as_it_was_stored_and_a_damaged_or_foreign_one_is_refused(
    tmp_path: Path,
) -> None:
    cache = Cache(tmp_path, "page-html")
    key = content_key("a page")
    page = '<p class="x">Zoë said "no"\\n</p>\n\r\n\t\u2028 – done'
    cache.store_text(key, page)
    assert cache.load_text(key) == page
    assert cache.load_json(key) is None  # a text entry is not a JSON entry of the same key
    path = tmp_path / "page-html" / key[:2] / f"{key}.txt"
    data = path.read_bytes()
    path.write_bytes(data[:10])  # truncated inside the header
    assert cache.load_text(key) is None
    path.write_bytes(data.replace(key.encode(), content_key("another page").encode(), 1))
    assert cache.load_text(key) is None  # filed under the wrong key
    assert Cache(tmp_path, "pages").load_text(key) is None  # another namespace's folder
    path.write_bytes(data.replace(b"page-html", b"pages", 1))
    assert cache.load_text(key) is None  # another namespace's entry copied here
    path.write_bytes(data[: data.index(b"\n") + 1] + b"\xff\xfe not UTF-8")
    assert cache.load_text(key) is None
    cache.store_text(key, "\ud800 a lone surrogate")  # no UTF-8 form: not stored, no error
    assert cache.load_text(key) is None
    assert Cache(None, "page-html").load_text(key) is None  # no cache folder: nothing stored or found


def test_pruning_counts_text_entries_and_keeps_the_most_recently_used(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "page-html")
    keys = [content_key(str(n)) for n in range(4)]
    for n, key in enumerate(keys):
        cache.store_text(key, f"page {n}")
        path = tmp_path / "page-html" / key[:2] / f"{key}.txt"
        os.utime(path, ns=(n * 10**9, n * 10**9))  # stored one second apart
    assert cache.load_text(keys[0]) == "page 0"  # using the oldest makes it the newest
    cache.prune(keep=2)
    assert [key for key in keys if cache.load_text(key) is not None] == [keys[0], keys[3]]


def test_annotation_key_changes_with_text_date_model_and_extractor(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = keys.annotation_key(article(), settings)
    assert keys.annotation_key(article(), settings) == key
    assert keys.annotation_key(article(text="One. Three."), settings) != key
    assert keys.annotation_key(article(published=dt.date(2025, 1, 3)), settings) != key
    other_model = settings.replace(model=str(ROOT / "no-such-model"))
    assert keys.annotation_key(article(), other_model) != key
    monkeypatch.setattr(keys, "source_fingerprint", lambda files: "edited extractor")
    assert keys.annotation_key(article(), settings) != key


def test_annotation_key_ignores_what_extraction_does_not_read(settings: Settings) -> None:
    key = keys.annotation_key(article(), settings)
    assert (
        keys.annotation_key(article(title="Other", outlet="X", url="https://x.example"), settings) == key
    )
    assert keys.annotation_key(article(), settings.replace(article_text="full")) == key
    other_templates = settings.replace(templates_dir=Path("elsewhere"))
    assert keys.annotation_key(article(), other_templates) == key


def _project(tmp_path: Path) -> Settings:
    project = tmp_path / "p"
    (project / "seeds").mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, project / "seeds" / seed.name)
    shutil.copytree(ROOT / "site-templates", project / "site-templates")
    return Settings(project_dir=project, cache_dir=Path(".cache"))


def _site_key(settings: Settings) -> str:
    articles, problems = load_articles(settings.seeds_path)
    inputs = pipeline.prepare_inputs(settings, articles, problems)
    return keys.site_key(settings, inputs.articles, inputs.overrides.model_dump_json(),
                         inputs.result.warnings, inputs.result.errors)


def test_site_key_follows_text_metadata_overrides_and_templates(tmp_path: Path) -> None:
    settings = _project(tmp_path)
    key = _site_key(settings)
    assert _site_key(settings) == key

    seed = next(settings.seeds_path.glob("*.txt"))
    original = seed.read_text(encoding="utf-8")
    seed.write_text(original.replace("records", "record"), encoding="utf-8")
    assert _site_key(settings) != key
    seed.write_text(original, encoding="utf-8")
    assert _site_key(settings) == key

    sidecar = settings.seeds_path / f"{seed.stem}.yml"
    sidecar.write_text("published: 2024-01-09\n", encoding="utf-8")
    assert _site_key(settings) != key  # article metadata
    sidecar.unlink()

    settings.story_path.write_text("title: Another title\n", encoding="utf-8")
    assert _site_key(settings) != key  # an override
    settings.story_path.unlink()

    template = next(p for p in settings.templates_path.rglob("*.j2"))
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _site_key(settings) != key  # a template


def test_pruning_keeps_the_most_recently_stored_or_used_entries(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "site")
    keys = [content_key(str(n)) for n in range(4)]
    for n, key in enumerate(keys):
        cache.store(key, Article(id=f"a{n}", path="a.txt", format="text", title="A", text="x"))
        path = tmp_path / "site" / key[:2] / f"{key}.json"
        os.utime(path, ns=(n * 10**9, n * 10**9))  # stored one second apart
    assert cache.load(keys[0], Article) is not None  # using the oldest makes it the newest
    cache.prune(keep=2)
    kept = [key for key in keys if cache.load(key, Article) is not None]
    assert kept == [keys[0], keys[3]]


def test_a_build_keeps_only_the_last_two_rendered_sites(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copytree(ROOT / "site-templates", project / "site-templates")
    settings = Settings(project_dir=project)
    for title in ("One", "Two", "Three"):
        (project / "seeds" / "story.yml").write_text(f"title: {title}\n", encoding="utf-8")
        pipeline.build_site_files(settings)
    assert len(list((project / ".cache" / "site").glob("*/*.json"))) == site.SITES_KEPT


def test_an_entry_is_written_when_its_folder_is_new_or_was_removed(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", "pages")
    cache.store_json("ab" + "0" * 62, {"page": 1})
    shutil.rmtree(tmp_path / "cache" / "pages")  # e.g. the user cleared the cache during `mkdocs serve`
    cache.store_json("ab" + "1" * 62, {"page": 2})
    assert cache.load_json("ab" + "1" * 62) == {"page": 2}
    assert cache.load_json("ab" + "0" * 62) is None
    assert not list((tmp_path / "cache").rglob(".tmp-*"))  # no temporary file left behind


def test_pruning_with_slack_waits_until_the_slack_is_used_then_keeps_the_newest(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "page-html")
    keys = [content_key(str(n)) for n in range(6)]
    for n, key in enumerate(keys[:4]):
        cache.store_text(key, f"page {n}")
        os.utime(tmp_path / "page-html" / key[:2] / f"{key}.txt", ns=(n * 10**9, n * 10**9))
    cache.prune(keep=2, slack=2)  # 4 entries: within keep + slack, none deleted
    assert all(cache.load_text(key) is not None for key in keys[:4])
    for n, key in enumerate(keys):  # the times again (loading touched them), then one entry more
        cache.store_text(key, f"page {n}")
        os.utime(tmp_path / "page-html" / key[:2] / f"{key}.txt", ns=(n * 10**9, n * 10**9))
    cache.prune(keep=2, slack=2)  # 6 entries: down to the newest 2
    assert [key for key in keys if cache.load_text(key) is not None] == keys[4:]
