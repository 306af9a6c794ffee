"""The cold build of two checkouts side by side: empty cache, alternating runs, CPU ratios.

    .venv/bin/python benchmarks/cold_speed.py --old /work/main [--new .] [--articles 100] [--repeat 2]

One project of the corpus's first N articles (benchmarks/corpus.py) is built cold (`mkdocs build`
with the explainer plugin, no cache, no site) by each checkout's own interpreter (its `.venv`) and
templates, old then new, --repeat rounds; the run with the least CPU counts for each. The floors of
build_speed.py are measured once in the same run, with this interpreter: a plain `mkdocs build` of
the same generated Markdown (the fastest of --repeat) and the spaCy pass alone over the same texts.
CPU seconds are user + system of the command and all its children; the ratio is the issue's
cold / (spaCy pass + plain build).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import (  # noqa: E402
    Seconds,
    make_project,
    plain_build,
    run_measured,
    spacy_pass,
    write_plain_project,
)
from benchmarks.sample import sample_parser  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(__doc__, articles=100, repeat=2)
    parser.add_argument("--old", type=Path, required=True, help="the old checkout (a folder with .venv)")
    parser.add_argument("--new", type=Path, default=ROOT, help="the new checkout (default: this one)")
    args = parser.parse_args(argv)
    checkouts = {"old": args.old.resolve(), "new": args.new.resolve()}
    best: dict[str, tuple[Seconds, float]] = {}
    with tempfile.TemporaryDirectory(prefix="explainer-cold-") as folder:
        base = Path(folder) / "base"
        seeds = make_project(base, args.articles)
        for _ in range(max(1, args.repeat)):
            for name, checkout in checkouts.items():
                run = cold_build(checkout, base, Path(folder) / name)
                seconds, peak = run
                print(f"{name}: cold {seconds.cpu:.1f} CPU s, {seconds.wall:.1f} s, {peak:.0f} MB")
                if name not in best or run[0].cpu < best[name][0].cpu:
                    best[name] = run
        write_plain_project(base)
        plain = min((plain_build(base) for _ in range(max(1, args.repeat))), key=lambda t: t.cpu)
        spacy = spacy_pass(seeds)
    print(table(best, plain, spacy, args.articles))
    return 0


def cold_build(checkout: Path, base: Path, project: Path) -> tuple[Seconds, float]:
    """A cold build of `base`'s seeds by `checkout`'s interpreter, templates and configuration."""
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(base / "seeds", project / "seeds")
    (project / "docs").mkdir()
    shutil.copytree(checkout / "site-templates", project / "site-templates")
    shutil.copy(checkout / "mkdocs.yml", project / "mkdocs.yml")
    return run_measured([str(checkout / ".venv" / "bin" / "python"), "-m", "mkdocs", "build", "-q"], project)


def table(best: dict[str, tuple[Seconds, float]], plain: Seconds, spacy: Seconds, articles: int) -> str:
    lines = [f"\n{articles} articles; plain mkdocs {plain.cpu:.1f} CPU s, spaCy pass {spacy.cpu:.1f} CPU s\n",
             "| checkout | cold CPU s | cold/(spaCy+plain) | peak MB (PSS) |", "|---|---|---|---|"]
    for name, (seconds, peak) in best.items():
        ratio = seconds.cpu / (spacy.cpu + plain.cpu)
        lines.append(f"| {name} | {seconds.cpu:.1f} | {ratio:.2f} | {peak:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
