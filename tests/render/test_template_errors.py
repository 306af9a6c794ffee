"""A failing template names its file, its line, the page it was writing and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.site import PageRenderer, make_environment
from generator.render.template_errors import TemplateProblem


def _renderer(folder: Path, template: str) -> PageRenderer:
    (folder / "pages").mkdir(parents=True)
    (folder / "partials").mkdir()
    (folder / "partials" / "glossary.md.j2").write_text("", encoding="utf-8")
    (folder / "pages" / "log.md.j2").write_text(template, encoding="utf-8")
    renderer = PageRenderer(make_environment(folder), {}, [])
    renderer.render("updates.md", "pages/log.md.j2", part="the part")
    return renderer


def test_a_value_the_template_asks_for_and_does_not_get(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "# Updates\n\n{% for day in days %}{{ day }}{% endfor %}\n")
    with pytest.raises(TemplateProblem) as raised:
        renderer.render_one(0)
    message = str(raised.value)
    assert f"{tmp_path / 'pages' / 'log.md.j2'}:3" in message  # the file and the line that failed
    assert "'days' is undefined" in message
    assert "updates.md" in message  # the page it was writing
    assert "site-templates/" in message  # what to do


def test_a_template_that_does_not_parse(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "# Updates\n\n{% for day in part %}\n{{ day }}\n")
    with pytest.raises(TemplateProblem) as raised:
        renderer.render_one(0)
    message = str(raised.value)
    assert f"{tmp_path / 'pages' / 'log.md.j2'}:4" in message  # where Jinja found the block left open
    assert "updates.md" in message and "not valid Jinja" in message


def test_a_good_template_renders_as_before(tmp_path: Path) -> None:
    renderer = _renderer(tmp_path, "# Updates\n\n{{ part }}\n")
    assert "the part" in renderer.render_one(0)
