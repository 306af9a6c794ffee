"""The editor banner: the errors of the editor's YAML at the top of every page, under `mkdocs serve` only."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

BANNER_TEMPLATE = "editor/banner.html.j2"


def editor_banner(templates_dir: Path, errors: list[str]) -> str:
    """The banner's HTML (messages escaped: they quote what the editor wrote), empty without errors."""
    if not errors:
        return ""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)), autoescape=True, undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template(BANNER_TEMPLATE).render(errors=errors)
