"""Seconds per pipeline stage for one project, as a rebuild that misses the site cache pays them.

    .venv/bin/python benchmarks/stage_times.py PROJECT_DIR

Runs each stage of generator.pipeline once, in order, on the project's seeds and cache (annotations
already cached are read, new articles are annotated), and prints a table. Rendering is timed twice:
every page, then reusing the pages an earlier build of the project left in the cache whose inputs
are unchanged (render/page_reuse.py; the second run stores what it renders). For finding where a
rebuild's time goes; build_speed.py measures whole builds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from generator import pipeline
from generator.charts.build import build_charts
from generator.config import Settings
from generator.ingest.reader import load_articles
from generator.overrides.api import apply_overrides
from generator.render.page_reuse import ReuseStats
from generator.render.site import render_site
from generator.story.merge import merge_facts
from generator.story.resolve import resolve_entities
from generator.story.timeline import build_timeline


def main(argv: list[str]) -> int:
    settings = Settings(project_dir=Path(argv[0]).resolve())
    times: list[tuple[str, float]] = []
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times.append((name, now - clock))
        clock = now

    articles, problems = load_articles(settings.seeds_path)
    lap("ingest")
    inputs = pipeline.prepare_inputs(settings, articles, problems)
    lap("sidecars and overrides read")
    annotations = pipeline.annotate_articles(inputs.articles, settings)
    lap("annotate (cache, then spaCy)")
    pairs = zip(inputs.articles, annotations, strict=True)
    articles = [a.model_copy(update={"sentences": n.sentences}) for a, n in pairs]
    entities, entity_ids = resolve_entities(articles, annotations)
    lap("resolve entities")
    merge_facts(articles, annotations, entities, entity_ids)
    lap("merge facts")
    build_timeline(articles, annotations, entity_ids)
    lap("timeline")
    story = pipeline.assemble_story(articles, annotations, title="")
    lap("assemble (the three above again)")
    story, _ = apply_overrides(story, inputs.overrides, in_place=True)
    lap("apply overrides")
    charts = build_charts(story, settings.cache_path)
    lap("charts")
    render_site(story, settings, charts)
    lap("render (every page)")
    reuse = ReuseStats()
    render_site(story, settings, charts, reuse_pages=reuse)
    lap(f"render, reusing unchanged pages ({len(reuse.rendered)} rendered, {reuse.reused} reused)")
    print("| stage | seconds |\n|---|---|\n" + "\n".join(f"| {name} | {sec:.2f} |" for name, sec in times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
