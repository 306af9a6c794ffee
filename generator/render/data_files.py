"""The site's data files (the story as JSON, numbers and timeline as CSV), chart files and assets."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cache.store import Cache, content_key
from generator.config import Settings
from generator.csv_files import to_csv
from generator.models import Story
from generator.render.escape import anchor_id
from generator.render.index import SiteIndex

if TYPE_CHECKING:
    from generator.cache.views import StoryParts
    from generator.charts.build import Chart

ASSET_SUFFIXES = (".css", ".js", ".svg", ".png", ".woff2")


def story_json(story: Story, settings: Settings, site: SiteIndex | None = None,
               parts: StoryParts | None = None) -> str:
    """The full story as JSON. In excerpts mode it holds no more of an article than its page: the
    article's text is left out, and of its sentences only the excerpts are kept, in its sentence
    list and in every source that cites one (any other source keeps its offsets, without the
    sentence). The articles usually belong to others.

    The file is written field by field (the same bytes as one dump of the whole story, keys
    sorted); with `parts`, a field's JSON is reused from the cache while that field and the
    quotable sentences are unchanged (an editor's fix of a role rewrites the entities only)."""
    excerpts = settings.article_text != "full"
    site = (site or SiteIndex(story)) if excerpts else None
    cache = Cache(settings.cache_path if parts is not None else None, FRAGMENTS_NAMESPACE)
    # What a field's JSON depends on besides the field: in excerpts mode, which sentences may be quoted.
    extra = (settings.article_text, _quotable_digest(site) if site is not None else "")
    fields = []
    for name in sorted(type(story).model_fields):
        key = parts.key("facts.json", (name,), *extra) if parts is not None else ""
        fragment = cache.load_text(key) if key else None
        if fragment is None:
            fragment = _field_json(story, name, site)
            if key:
                cache.store_text(key, fragment)
        fields.append(json.dumps(name, ensure_ascii=False) + ":" + fragment)
    if parts is not None:
        cache.prune(FRAGMENTS_KEPT, slack=FRAGMENTS_KEPT)
    return "{" + ",".join(fields) + "}\n"


FRAGMENTS_NAMESPACE = "facts-json"
FRAGMENTS_KEPT = 64  # a few builds' worth of every field


def _field_json(story: Story, name: str, site: SiteIndex | None) -> str:
    """One field of the story as facts.json writes it (`site`: excerpts mode)."""
    data = story.model_dump(mode="json", include={name})
    if site is not None:
        def quotable(article: str, index: int) -> bool:
            return site.quotable(article, index)

        for article in data.get("articles", ()):
            article["text"] = ""
            article["sentences"] = [s for s in article["sentences"] if quotable(article["id"], s["index"])]
        _drop_unquotable_sentences(data, quotable)
    # Compact: an indented dump doubles the file of a big story and is several times slower to write.
    return json.dumps(data[name], sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _quotable_digest(site: SiteIndex) -> str:
    """Which sentences of which articles may be quoted (`SiteIndex.quotable`: those of the site's
    articles that are in their excerpts, or all of them where an article is shown whole), as one digest."""
    quotable = []
    for article_id in site.articles:
        excerpt = site.excerpt(article_id)
        quotable.append((article_id, None if excerpt is None else sorted(excerpt)))
    return content_key(json.dumps(quotable, separators=(",", ":")))


def _drop_unquotable_sentences(data: object, quotable: Callable[[str, int], bool]) -> None:
    """Blank the `sentence` of every source in the dumped story whose sentence may not be quoted.

    A walk with a stack that steps only into lists and dicts (a dumped story is JSON data, so
    `type` is exact): a big story holds hundreds of thousands of strings and numbers, and a call
    for each of them was most of the walk."""
    pending = [data]
    while pending:
        node = pending.pop()
        if type(node) is dict:
            if "sentence_index" in node and "article" in node and "sentence" in node \
                    and not quotable(str(node["article"]), int(node["sentence_index"])):
                node["sentence"] = ""
            pending.extend(value for value in node.values() if type(value) in _CONTAINERS)
        elif isinstance(node, list):
            pending.extend(item for item in node if type(item) in _CONTAINERS)


_CONTAINERS = (dict, list)


def quantities_csv(story: Story) -> str:
    header = ["id", "text", "value", "unit", "qualifier", "about", "rate", "date", "articles", "outlets"]
    rows = (
        [q.id, q.text, repr(q.value), q.unit, q.qualifier, q.about, q.rate, q.date,
         " ".join(sorted({s.article for s in q.sources})), "; ".join(q.outlets)]
        for q in story.quantities
    )  # fmt: skip
    return to_csv(header, rows)


def timeline_csv(story: Story) -> str:
    header = ["id", "value", "mod", "edtf", "start", "end", "text", "timex", "articles"]
    rows = (
        [e.id, e.date.value, e.date.mod, e.date.edtf, e.date.start, e.date.end, e.text, e.timex,
         " ".join(sorted({s.article for s in e.sources}))]
        for e in story.timeline
    )  # fmt: skip
    return to_csv(header, rows)


def data_files(story: Story, settings: Settings, site: SiteIndex | None = None,
               parts: StoryParts | None = None) -> dict[str, str]:
    return {
        "data/facts.json": story_json(story, settings, site, parts),
        "data/quantities.csv": quantities_csv(story),
        "data/timeline.csv": timeline_csv(story),
    }


def chart_files(charts: Sequence[Chart]) -> dict[str, str | bytes]:
    """`charts/<id>.svg` and `.csv` for every chart that has them."""
    files: dict[str, str | bytes] = {}
    for chart in charts:
        ident = anchor_id(chart.id)
        for suffix, content in (("svg", chart.svg), ("csv", chart.csv)):
            if content:
                files[f"charts/{ident}.{suffix}"] = content
    return files


def asset_files(folder: Path) -> dict[str, str | bytes]:
    """The CSS/JS (and images) under site-templates/assets/, as `assets/<name>`."""
    if not folder.is_dir():
        return {}
    files: dict[str, str | bytes] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in ASSET_SUFFIXES:
            relative = "assets/" + path.relative_to(folder).as_posix()
            data = path.read_bytes()
            files[relative] = data.decode("utf-8") if path.suffix in (".css", ".js", ".svg") else data
    return files
