"""Every stage of a build is linear or n·log n in an article's size (issue 14, "Inputs that never finish").

Hypothesis builds one paragraph by repeating a short adversarial pattern (runs of "5%", blanks,
"Mr ", currency, scale words, brackets, dates, quotes) to a small and a four times larger size, and
builds each into a whole site in process (ingest, spaCy, extraction, merge, charts, render). The
time per KB of the large article may not grow much beyond that of the small one. Ratios between
sizes, not absolute times, are compared, so a loaded machine slows both sides alike; each time is
the best of two runs, with the fixed cost of a build (measured on a tiny article) taken off.
"""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.pipeline import build_site_files
from tests.site.build_tools import hang_guard, project_settings, write_project

PIECES = (
    "5% ", " ", "     ", "Mr ", "$5 ", "trillion ", "(", ") ", "1,000 ", "the first half ", "in 2024 ",
    '"', "— ", "a year ", "per day ", "Ona Vell ", "said ", ", ", ". ", "of the total ", "\n", "3-2 ",
    "on 12 May 2024 ", "about 40 ships ", "£2bn ", "-", "\u200b", "&", "<b>", "*", "|",
)
SMALL_BYTES = 4_000
GROWTH = 4
# Linear time per KB stays level; quadratic would grow GROWTH times. Anything up to this is taken as
# noise and constant effects (caches, allocation) rather than a worse order of growth.
MAX_PER_KB_GROWTH = 2.5
# Below this, a time beyond the fixed cost is noise: a small build is counted as at least this long,
# so only a large build that is really slow (seconds, where quadratic inputs take minutes) can fail.
NOISE_SECONDS = 0.25
LEAD = "A scaling article\n\nThe Brackwater ferry board met on 12 March 2024.\n\n"


def build_seconds(text: str) -> float:
    """Best of two in-process builds of a project holding `text` as its only article."""
    best = float("inf")
    for _ in range(2):
        with TemporaryDirectory() as folder:
            project = write_project(Path(folder), {"scaling.txt": text})
            settings_ = project_settings(project, cache_dir=None, workers=1)
            started = time.perf_counter()
            with hang_guard(120):
                result = build_site_files(settings_)
            best = min(best, time.perf_counter() - started)
            assert result.errors == [], result.errors
    return best


@cache
def fixed_seconds() -> float:
    """What a build costs whatever the article (templates, charts, pages): measured once."""
    return build_seconds(article_of("Nothing happened. ", 200))


def article_of(pattern: str, size: int) -> str:
    return LEAD + (pattern * (size // len(pattern) + 1))[:size] + "\n"


@pytest.mark.slow
@settings(max_examples=3, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join))
@example("5% ")
@example(" ")
@example("in 2024 Ona Vell ")
def test_time_per_kb_stays_bounded_as_an_article_grows(pattern: str) -> None:
    fixed = fixed_seconds()
    small = max(build_seconds(article_of(pattern, SMALL_BYTES)) - fixed, NOISE_SECONDS)
    large = max(build_seconds(article_of(pattern, SMALL_BYTES * GROWTH)) - fixed, NOISE_SECONDS)
    growth = (large / GROWTH) / small
    assert growth <= MAX_PER_KB_GROWTH, (
        f"pattern {pattern!r}: {small:.2f} s beyond a tiny build at {SMALL_BYTES:,} bytes, {large:.2f} s at "
        f"{SMALL_BYTES * GROWTH:,} bytes: time per KB grew {growth:.1f} times"
    )
