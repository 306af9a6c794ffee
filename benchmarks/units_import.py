"""CPU seconds a fresh process spends importing the quantities' units module (pint's unit registry).

    .venv/bin/python benchmarks/units_import.py [--runs 5] [--old /work/main]

Alternates a fresh interpreter of this checkout (its `.venv`, reading pint's disk cache in the user's
cache folder; the first run writes it) with one of the other checkout (`--old`, its own `.venv`), so
that both see the same machine load. Each child prints the CPU seconds of the import alone (after
Python's start-up), and this prints every run and the median of each.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
IMPORT_TIME = ("import time; start = time.process_time(); import generator.annotate.quantities.units; "
               "print(time.process_time() - start)")


def import_seconds(checkout: Path) -> float:
    """The import's CPU seconds in a fresh interpreter of `checkout`'s `.venv`, run from `checkout`."""
    python = checkout / ".venv" / "bin" / "python"
    output = subprocess.run([str(python), "-c", IMPORT_TIME], cwd=checkout, check=True,
                            capture_output=True, text=True).stdout
    return float(output.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--old", type=Path, default=Path("/work/main"), help="the checkout compared with")
    args = parser.parse_args(argv)
    import_seconds(HERE)  # the first run of a machine writes pint's cache: not what later runs pay
    times: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(args.runs):
        times["old"].append(import_seconds(args.old))
        times["new"].append(import_seconds(HERE))
    for name, seconds in times.items():
        runs = " ".join(f"{value:.3f}" for value in seconds)
        print(f"{name}: median {statistics.median(seconds):.3f} CPU s (runs: {runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
