"""Whether two checkouts draw the same chart SVGs for the same story: the proof that a charts speed-up
changed no picture.

    .venv/bin/python benchmarks/same_charts.py --old /work/main [--new .] [--articles 100]

A project of the corpus's first N articles (benchmarks/corpus.py) is built once with this checkout
(`explainer build`, to get its story); the story, as JSON, is then handed to each checkout, which
draws every chart in a process of its own (`build_charts`, no cache: every chart drawn, in the order
a build draws them) with this interpreter and that checkout's `generator` first on the path. The SVGs
are compared chart by chart; the command prints how many differ and each process's CPU seconds for
the drawing, and exits 1 if any differs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import make_project  # noqa: E402
from benchmarks.sample import sample_parser  # noqa: E402

# Run in each checkout: only what both old and new trees have (Story, build_charts).
DRAW = """
import json, sys, time
from pathlib import Path
import generator
from generator.charts.build import build_charts
from generator.models import Story
story = Story.model_validate_json(Path(sys.argv[1]).read_text(encoding="utf-8"))
import generator.charts.draw  # matplotlib imported before the clock starts
start = time.process_time()
charts = build_charts(story, None)
seconds = time.process_time() - start
svgs = [[chart.id, chart.svg] for chart in charts]
result = {"code": generator.__file__, "seconds": seconds, "svgs": svgs}
Path(sys.argv[2]).write_text(json.dumps(result), encoding="utf-8")
"""


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(__doc__, articles=100, repeat=1)
    parser.add_argument("--old", type=Path, required=True, help="the old checkout (a folder)")
    parser.add_argument("--new", type=Path, default=ROOT, help="the new checkout (default: this one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-charts-") as folder:
        story_file = Path(folder) / "story.json"
        story_file.write_text(story_json(Path(folder) / "project", args.articles), encoding="utf-8")
        old = drawn(args.old.resolve(), story_file, Path(folder) / "old.json")
        new = drawn(args.new.resolve(), story_file, Path(folder) / "new.json")
    old_svgs, new_svgs = old["svgs"], new["svgs"]
    differing = [name for (name, svg), (_, other) in zip(old_svgs, new_svgs, strict=False) if svg != other]
    if len(old_svgs) != len(new_svgs):
        differing.append(f"{len(old_svgs)} against {len(new_svgs)} charts")
    print(f"{len(old_svgs)} charts; drawing CPU s: old {old['seconds']:.2f}, new {new['seconds']:.2f}; "
          f"{len(differing)} differ{': ' + ', '.join(differing[:5]) if differing else ''}")
    return 1 if differing else 0


def story_json(project: Path, articles: int) -> str:
    """The story of a project of the corpus's first `articles` articles, as this checkout builds it."""
    from generator import pipeline
    from generator.config import Settings
    from generator.ingest.reader import load_articles

    make_project(project, articles)
    settings = Settings(project_dir=project)
    loaded, problems = load_articles(settings.seeds_path)
    story, _ = pipeline.story_from_inputs(settings, pipeline.prepare_inputs(settings, loaded, problems))
    return story.model_dump_json()


def drawn(checkout: Path, story_file: Path, out: Path) -> dict[str, Any]:
    """Every chart's SVG as the checkout's own code draws it, and the CPU seconds it took."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    subprocess.run([sys.executable, "-c", DRAW, str(story_file), str(out)], check=True, cwd=checkout,
                   env=environment)
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    code = Path(str(result["code"])).resolve()
    if not code.is_relative_to(checkout):
        raise SystemExit(f"{checkout}'s charts were drawn by the code in {code.parent}: check PYTHONPATH")
    return result


if __name__ == "__main__":
    raise SystemExit(main())
