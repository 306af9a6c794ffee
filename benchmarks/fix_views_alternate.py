"""An editor's fix on one built project, alternating: with the whole-story views' cache folders
deleted first (the charts, the Updates log and facts.json worked out whole, plus their digests and
writes) and with them kept. CPU seconds (user + system) of `python -m mkdocs build -q` and its children.

    .venv/bin/python benchmarks/fix_views_alternate.py --project DIR --person ID R1 R2 R3

Each name is a round: the person's role becomes "<round> dropped", then "<round> kept".
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

VIEW_FOLDERS = ("chart-lists", "updates-log", "facts-json")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def fix(project: Path, person: str, role: str) -> tuple[float, float]:
    (project / "seeds" / "story.yml").write_text(
        f"entities:\n  {person}:\n    roles: [{json.dumps(role)}]\n", encoding="utf-8")
    before, start = children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return children_cpu() - before, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--person", required=True, help="an entity id of the story")
    parser.add_argument("rounds", nargs="+")
    args = parser.parse_args(argv)
    for round_ in args.rounds:
        for mode in ("dropped", "kept"):
            if mode == "dropped":
                for name in VIEW_FOLDERS:
                    shutil.rmtree(args.project / ".cache" / name, ignore_errors=True)
            cpu, wall = fix(args.project, args.person, f"{round_} {mode}")
            load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
            print(f"{round_}\tviews {mode}\tcpu {cpu:.2f}\twall {wall:.2f}\tload {load}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
