"""What a cold build does besides the spaCy pass and a plain MkDocs build, part by part (CPU seconds).

    .venv/bin/python benchmarks/cold_parts.py [--articles 100]

A project of the corpus's first N articles (benchmarks/corpus.py) is built cold in this process
(`mkdocs build` with the explainer plugin, empty cache), with every cache write counted by namespace
(entries, MB, CPU seconds: encoding the JSON and writing the file). Then, on the story that build
made (read back from its cache), the generator's later stages are timed alone: drawing every chart
anew (matplotlib), rendering every page without the cache, and rendering every page while recording
what each page read (render/page_inputs.py, what a cold build does so that a rebuild can reuse pages).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import make_project  # noqa: E402
from benchmarks.sample import sample_parser  # noqa: E402
from generator.cache.store import Cache  # noqa: E402


class Writes:
    """Cache writes by namespace: [entries, characters, CPU seconds]."""

    def __init__(self) -> None:
        self.by_namespace: dict[str, list[float]] = {}
        self.original: Callable[..., None] = Cache.store_json

    def __enter__(self) -> Writes:
        original = self.original

        def counted(cache: Cache, key: str, value: object) -> None:
            start = time.process_time()
            original(cache, key, value)
            row = self.by_namespace.setdefault(cache.namespace, [0, 0, 0.0])
            row[0] += 1
            row[2] += time.process_time() - start
            path = cache._path(key)
            row[1] += path.stat().st_size if path is not None and path.exists() else 0

        Cache.store_json = counted  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *_: Any) -> None:
        Cache.store_json = self.original  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    args = sample_parser(__doc__, articles=100, repeat=1).parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-parts-") as folder:
        project = Path(folder) / "project"
        make_project(project, args.articles)
        build_seconds, writes = cold_build(project)
        print(f"cold build of {args.articles} articles, in this process: {build_seconds:.1f} CPU s "
              "(extraction workers not counted)\n")
        print("| cache namespace | entries | MB | CPU s writing |\n|---|---|---|---|")
        rows = sorted(writes.by_namespace.items(), key=lambda item: -item[1][2])
        for namespace, (entries, size, seconds) in rows:
            print(f"| {namespace} | {entries:.0f} | {size / 1e6:.1f} | {seconds:.2f} |")
        print("\n| later stage, alone | CPU s |\n|---|---|")
        for name, seconds in later_stages(project):
            print(f"| {name} | {seconds:.2f} |")
    return 0


def cold_build(project: Path) -> tuple[float, Writes]:
    from mkdocs.__main__ import cli

    here = Path.cwd()
    os.chdir(project)
    try:
        with Writes() as writes:
            start = time.process_time()
            cli(["build", "-q"], standalone_mode=False)
            return time.process_time() - start, writes
    finally:
        os.chdir(here)


def later_stages(project: Path) -> list[tuple[str, float]]:
    from generator import pipeline
    from generator.charts.build import build_charts
    from generator.config import Settings
    from generator.ingest.reader import load_articles
    from generator.render.page_reuse import ReuseStats
    from generator.render.site import render_site

    settings = Settings(project_dir=project)
    articles, problems = load_articles(settings.seeds_path)
    story, _ = pipeline.story_from_inputs(settings, pipeline.prepare_inputs(settings, articles, problems))
    timed: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="explainer-parts-cache-") as empty:
        start = time.process_time()
        charts = build_charts(story, Path(empty))
        timed.append((f"drawing all {len(charts)} charts (matplotlib imported)", time.process_time() - start))
        start = time.process_time()
        render_site(story, settings.replace(cache_dir=None), charts)
        timed.append(("rendering every page, nothing recorded", time.process_time() - start))
        start = time.process_time()
        render_site(story, settings.replace(cache_dir=Path(empty)), charts, reuse_pages=ReuseStats())
        recorded = time.process_time() - start
        timed.append(("rendering every page, recording and storing each page's inputs", recorded))
    return timed


if __name__ == "__main__":
    raise SystemExit(main())
