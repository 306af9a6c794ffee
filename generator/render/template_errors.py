"""A template that fails names its file, its line, the page it was writing and what to do.

The templates in `site-templates/` are the project's own files and an editor may change them (or
keep a copy from an older version of explainer). Jinja's own message ("'days' is undefined") names
neither the file nor the page, so the editor cannot tell which of forty templates to open.
"""

from __future__ import annotations

import traceback

from jinja2 import TemplateError, TemplateSyntaxError


class TemplateProblem(RuntimeError):
    """A page's template failed; the message says where and what to do (one string: it crosses
    from a forked render worker back to the build)."""


def template_problem(error: TemplateError, template: str, page: str) -> TemplateProblem:
    where = _failing_line(error) or template
    if isinstance(error, TemplateSyntaxError):
        advice = "The template is not valid Jinja there: fix that line (or the block it leaves open)."
    else:
        advice = ("The template asks for something this version of explainer does not give it: fix the name "
                  "on that line, or, if this project keeps its own copy of site-templates/, compare it with "
                  "the templates that come with this version.")
    what = error.message or type(error).__name__
    return TemplateProblem(f"{where}: {what} (while writing the page {page}). {advice}")


def _failing_line(error: TemplateError) -> str | None:
    """`file:line` of the template line that failed: a syntax error says it; a runtime error's
    traceback holds the template's own frames (Jinja rewrites them to the template's lines)."""
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        return f"{error.filename or error.name}:{error.lineno}"
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename.endswith(".j2")]
    if not frames:
        return None
    return f"{frames[-1].filename}:{frames[-1].lineno}"
