"""What every ingest step reports with: `IngestError` for a file that cannot become an article, and
the `IngestProblem`s that name the file, the line and what to do."""

from __future__ import annotations

from typing import Literal

from generator.models import IngestProblem

ArticleFormat = Literal["text", "markdown", "html"]


class IngestError(Exception):
    """A file that cannot become an article; `problem` says why and what to do."""

    def __init__(self, problem: IngestProblem) -> None:
        super().__init__(problem.describe())
        self.problem = problem


def _problem(
    shown: str,
    message: str,
    hint: str,
    *,
    line: int | None = None,
    severity: Literal["warning", "error"] = "warning",
) -> IngestProblem:
    return IngestProblem(path=shown, line=line, message=message, hint=hint, severity=severity)

