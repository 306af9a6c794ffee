"""Extraction speed of two checkouts of the project, per token, measured alternately in one run.

    .venv/bin/python benchmarks/extract_speed.py --old /work/main/.venv/bin/explainer \
        --new .venv/bin/explainer --meantime airbus --repeat 3

Each round runs `explainer --no-cache extract` (ingest, spaCy, every annotator, the story stage) of
the old and then the new checkout on the same articles; the CPU seconds of each child process are
summed over user and system time, and the fastest round of each counts (the machine is shared, so
the slower rounds measure other people's load). Tokens are whitespace-separated words of the
articles. `--meantime STORY` takes the articles of one MEANTIME cross-document story (rebuilt from
its tokens into a temporary folder that is deleted afterwards); `--seeds DIR` any folder of articles.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import tempfile
from pathlib import Path

from generator.evaluate.meantime import DEFAULT_CORPUS
from generator.evaluate.meantime_events import read_gold, stories


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="the old checkout's explainer executable")
    parser.add_argument("--new", type=Path, required=True, help="the new checkout's explainer executable")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--seeds", type=Path, help="a folder of articles")
    source.add_argument("--meantime", help="a MEANTIME cross-document story (airbus, apple, gm, stock)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of old then new")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-speed-") as folder:
        seeds = args.seeds.resolve() if args.seeds else _meantime_seeds(args.meantime, Path(folder))
        tokens = sum(len(p.read_text(encoding="utf-8").split()) for p in seeds.iterdir() if p.is_file())
        best = {"old": float("inf"), "new": float("inf")}
        for _ in range(args.repeat):
            for name, executable in (("old", args.old), ("new", args.new)):
                best[name] = min(best[name], _cpu_seconds(executable, seeds))
    print(f"{tokens} tokens in {seeds.name}; fastest of {args.repeat} alternating rounds (CPU seconds)\n")
    print("| checkout | CPU s | µs per token |\n|---|---|---|")
    for name in ("old", "new"):
        print(f"| {name} | {best[name]:.2f} | {best[name] / tokens * 1e6:.0f} |")
    print(f"\nnew / old: {best['new'] / best['old']:.2f}")
    return 0


def _meantime_seeds(story: str, folder: Path) -> Path:
    seeds = folder / story
    seeds.mkdir()
    paths = dict(stories(DEFAULT_CORPUS, "all"))[story]
    for path in paths:
        gold = read_gold(path)
        (seeds / f"{gold.name[:80]}.txt").write_text("\n\n".join(gold.sentences) + "\n", encoding="utf-8")
    return seeds


def _cpu_seconds(executable: Path, seeds: Path) -> float:
    """CPU seconds (user + system) of one uncached extraction, children included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(executable), "--no-cache", "--project", str(seeds.parent), "--seeds", str(seeds),
                    "extract", "--format", "json"], check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


if __name__ == "__main__":
    raise SystemExit(main())
