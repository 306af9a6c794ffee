"""CPU seconds of the whole-story views (charts, the Updates log's days, the data files) after
editor's fixes, worked out whole (no digests: main's way) and reused by the digests of the story
parts they read (cache/views.py), in one process on one built project.

    .venv/bin/python benchmarks/views_fix.py --project DIR [--rounds 4]

Each round writes a new role for the story's first person into the project's seeds/story.yml,
re-applies the overrides to the cached story, and times both ways; the files are asserted equal.
The views' own cache lives in a temporary folder (filled by the first round: the later rounds are
an editor's next fixes); the charts' SVGs come from the project's cache in both ways.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.cache.views import StoryParts  # noqa: E402
from generator.charts.build import build_charts  # noqa: E402
from generator.config import Settings  # noqa: E402
from generator.models import Story  # noqa: E402
from generator.pipeline import prepare_inputs, read_seeds, story_from_inputs  # noqa: E402
from generator.render.data_files import data_files  # noqa: E402
from generator.render.index import SiteIndex  # noqa: E402
from generator.render.update_cache import updates_days  # noqa: E402
from generator.story.updates import build_updates  # noqa: E402

T = TypeVar("T")


def cpu(work: Callable[[], T]) -> tuple[float, T]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def one_round(story: Story, settings: Settings, views: Settings) -> tuple[str, str]:
    """The three views both ways (table cells) and their sums."""
    site = SiteIndex(story, [], full_text=settings.article_text == "full",
                     list_page_facts=settings.list_page_facts)
    whole = [cpu(lambda: build_charts(story, settings.cache_path)), cpu(lambda: build_updates(story)),
             cpu(lambda: data_files(story, settings, site))]
    parts = StoryParts(story)  # its digests are computed inside the timed calls below
    by_parts = [cpu(lambda: build_charts(story, settings.cache_path, parts)),
                cpu(lambda: updates_days(story, parts, views.cache_path)),
                cpu(lambda: data_files(story, views, site, parts))]
    assert whole[2][1] == by_parts[2][1], "facts.json and the CSV files must not change"
    cells = " | ".join(f"{a:.2f} / {b:.2f}" for (a, _), (b, _) in zip(whole, by_parts, strict=True))
    return cells, f"{sum(a for a, _ in whole):.2f} / {sum(b for b, _ in by_parts):.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, required=True, help="a project built before (its cache)")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)
    settings = Settings(project_dir=args.project)
    views = settings.replace(cache_dir=Path(tempfile.mkdtemp(prefix="views-")))
    articles, problems = read_seeds(settings)
    story, _ = story_from_inputs(settings, prepare_inputs(settings, articles, problems))
    person = next(entity.id for entity in story.entities if entity.type == "person")
    gc.freeze()
    print("| round | charts whole / by parts | Updates whole / by parts | data files whole / by parts "
          "| sum whole / by parts (CPU s) |\n|---|---|---|---|---|")
    for round_ in range(args.rounds):
        (args.project / "seeds" / "story.yml").write_text(
            f"entities:\n  {person}:\n    roles: [{json.dumps(f'Views round {round_}')}]\n", encoding="utf-8")
        story, _ = story_from_inputs(settings, prepare_inputs(settings, articles, problems))
        cells, total = one_round(story, settings, views)
        print(f"| {round_} | {cells} | {total} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
