"""Compiled templates kept between builds: reused while source and compile settings are unchanged,
compiled again otherwise, and rendering the same text either way (invented templates)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, FileSystemLoader, pass_context
from jinja2.runtime import Context

from generator.cache.templates import NAMESPACE, compile_settings_key, use_bytecode_cache


def _environment(templates: Path, cache: Path, **options: object) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates)), **options)  # type: ignore[arg-type]
    env.filters["shout"] = lambda value: str(value).upper()
    use_bytecode_cache(env, cache, "test")
    return env


def _compiled_files(cache: Path) -> list[Path]:
    return sorted((cache / NAMESPACE).rglob("*.cache"))


def test_a_second_environment_reads_the_compiled_template_and_renders_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "ferry.j2").write_text("{{ port | shout }} at {{ hour }}\n", encoding="utf-8")
    first = _environment(tmp_path / "t", tmp_path / "cache").get_template("ferry.j2")
    assert len(_compiled_files(tmp_path / "cache")) == 1
    compiled: list[str] = []
    original = Environment.compile

    def counting(self: Environment, source: Any, *args: Any, **kwargs: Any) -> Any:
        compiled.append(str(args[0] if args else kwargs.get("name")))
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(Environment, "compile", counting)
    second = _environment(tmp_path / "t", tmp_path / "cache").get_template("ferry.j2")
    assert compiled == []  # loaded from the cache, not compiled
    assert second.render(port="Dunmore", hour=9) == first.render(port="Dunmore", hour=9) == "DUNMORE at 9"


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    (tmp_path / "t").mkdir()
    template = tmp_path / "t" / "ferry.j2"
    for version in ("old", "new"):
        template.write_text(version + " {{ port }}", encoding="utf-8")
        env = _environment(tmp_path / "t", tmp_path / "cache")
        assert env.get_template("ferry.j2").render(port="A") == f"{version} A"


def test_other_compile_settings_use_another_folder(tmp_path: Path) -> None:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "list.j2").write_text("{% for x in xs %}\n{{ x }}\n{% endfor %}\n", encoding="utf-8")
    plain = _environment(tmp_path / "t", tmp_path / "cache")
    trimmed = _environment(tmp_path / "t", tmp_path / "cache", trim_blocks=True)
    assert plain.get_template("list.j2").render(xs=[1, 2]) == "\n1\n\n2\n"
    assert trimmed.get_template("list.j2").render(xs=[1, 2]) == "1\n2\n"
    assert len({path.parent for path in _compiled_files(tmp_path / "cache")}) == 2


def test_a_filter_that_now_takes_the_context_changes_the_settings_key(tmp_path: Path) -> None:
    env = Environment()
    env.filters["tag"] = lambda value: value
    before = compile_settings_key(env)

    @pass_context
    def tag(context: Context, value: object) -> object:
        return value

    env.filters["tag"] = tag
    assert compile_settings_key(env) != before


def test_without_a_cache_folder_nothing_is_attached(tmp_path: Path) -> None:
    env = Environment()
    use_bytecode_cache(env, None, "test")
    assert env.bytecode_cache is None
