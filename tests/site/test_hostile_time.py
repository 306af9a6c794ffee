"""Hostile sizes (issue 9): ordinary sentences are annotated in bounded time, a huge article is refused
by its size and a very long one is built in time linear in its length."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.site.build_tools import HANG_GUARD_SECONDS, hang_guard, write_project
from tests.site.hostile_corpus import BASELINE


@pytest.mark.parametrize(
    "text",
    [
        # Plain news prose, no tricks: each once sent an extractor into a loop that never ended.
        "The water board said on Thursday that the old pump station will close in April, engineer Ann Lee "
        "said.",
        "Final score: 42 points.",  # a number, no verb
        "Budget for 2025: $38 million.",
    ],
    ids=["two-reporting-verbs", "verbless-score", "verbless-budget"],
)
def test_ordinary_sentences_are_annotated_in_bounded_time(nlp: object, text: str) -> None:
    from generator.annotate.batch import annotate_text

    with hang_guard(60):
        annotations = annotate_text(text, None, "en_core_web_sm")
    assert annotations.sentences


# A long article's paragraphs, and how much more work the long build may take per added paragraph:
# the work grows about 4.3-fold from SHORT to LONG paragraphs (CPU seconds over the one-article
# baseline, 2.0 -> 8.6 s, 2026-12-06); linear is 4, quadratic 16. Far enough below 16 that a quadratic
# step is caught, far enough above 4.3 that a loaded machine's noise does not fail the test.
SHORT_ARTICLE, LONG_ARTICLE, GROWTH_ALLOWED = 500, 2_000, 10.0


def build_cpu_seconds(project: Path, out: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Build with the CLI; the CPU seconds it took (its own and its workers'), under a hang guard.

    CPU time, not wall time: on a loaded machine the wall clock grows with everyone else's work, the
    CPU time of this build far less."""
    import resource  # Unix only, like the hang guard's signals

    command = [
        sys.executable, "-m", "generator", "--project", str(project),
        "--templates", str(ROOT / "site-templates"), "build", "--out", str(out), "--quiet",
    ]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the build did not finish within {HANG_GUARD_SECONDS} s")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, completed


def long_article(paragraphs: int) -> str:
    lines = (f"Paragraph {n} reports that the count reached {n * 7} by noon." for n in range(paragraphs))
    return "\n".join(lines)


@pytest.mark.slow
def test_a_huge_and_a_very_long_article_do_not_hang_the_build(tmp_path: Path) -> None:
    """A 20 MB article is refused by its size before it is read, and a very long one is built, in time
    linear in its length: the work a 2,000-paragraph article adds is compared with what a 500-paragraph
    one adds, each over a build of the baseline article alone, all measured in this test."""
    baseline, _ = build_cpu_seconds(write_project(tmp_path / "baseline", {"good.txt": BASELINE}),
                                    tmp_path / "baseline-out")
    cpu: dict[int, float] = {}
    for paragraphs in (SHORT_ARTICLE, LONG_ARTICLE):
        project = write_project(tmp_path / f"p{paragraphs}",
                                {"good.txt": BASELINE, "long.txt": long_article(paragraphs) + "\n"})
        if paragraphs == LONG_ARTICLE:
            dump = "The board met again on Tuesday and adjourned without a vote. " * 20 + "\n\n"
            (project / "seeds" / "archive-dump.txt").write_text(dump * (20 * 1024 * 1024 // len(dump) + 1),
                                                                encoding="utf-8")
        out = tmp_path / f"p{paragraphs}-out"
        cpu[paragraphs], completed = build_cpu_seconds(project, out)
        assert [page.name for page in out.rglob("long.md")] == ["long.md"]
    refusal = [line for line in completed.stderr.splitlines() if "seeds/archive-dump.txt" in line]
    assert len(refusal) == 1 and "20.0 MB" in refusal[0] and "split it" in refusal[0], refusal
    short, long = (max(cpu[n] - baseline, 0.1) for n in (SHORT_ARTICLE, LONG_ARTICLE))
    growth = long / short
    assert growth < GROWTH_ALLOWED, (
        f"{LONG_ARTICLE // SHORT_ARTICLE}x the paragraphs took {growth:.1f}x the work "
        f"({short:.1f} -> {long:.1f} CPU s over a {baseline:.1f} s baseline): not linear"
    )
