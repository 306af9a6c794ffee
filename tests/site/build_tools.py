"""Building a whole site in memory for the end-to-end tests of hostile input: a project folder of
invented articles, its settings, and a build that fails instead of hanging."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.config import Settings
from generator.pipeline import BuildResult, build_site_files
from tests.conftest import ROOT

HANG_GUARD_SECONDS = 300


def write_project(folder: Path, articles: dict[str, str]) -> Path:
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return folder


def project_settings(project: Path, **changes: object) -> Settings:
    values: dict[str, object] = {
        "project_dir": project,
        "templates_dir": ROOT / "site-templates",
        "cache_dir": project / ".cache",
        "workers": 1,
    }
    values.update(changes)
    return Settings(**values)


@contextmanager
def hang_guard(seconds: int = HANG_GUARD_SECONDS) -> Iterator[None]:
    """Fail instead of hanging when an in-process build never finishes (not a speed requirement)."""

    def give_up(signum: int, frame: object) -> None:
        raise TimeoutError(f"did not finish within {seconds} s: a loop that never ends?")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def guarded_build(settings: Settings) -> BuildResult:
    with hang_guard():
        return build_site_files(settings)
