"""`explainer overrides init --article ID`: a starter sidecar `<article-id>.yml` for one article.

Its first line points the YAML language server (VS Code's YAML extension, Neovim, Helix, JetBrains
IDEs) at the article schema, so the editor completes and checks the file with no setup; the fields
are written as comments holding what the article file says, ready to be uncommented.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from generator.models import Article
from generator.override_schema import ARTICLE_SCHEMA_FILE, SCHEMA_DIR

MODELINE = "# yaml-language-server: $schema="


def schema_reference(schema_file: str, yaml_path: Path) -> str:
    """The schema's path relative to the folder of `yaml_path`, as the language server resolves it."""
    schema = (SCHEMA_DIR / schema_file).resolve()
    return Path(os.path.relpath(schema, yaml_path.parent.resolve())).as_posix()


def write_sidecar_starter(article: Article, path: Path) -> bool:
    """Write a starter sidecar at `path`; never overwrite one (returns False when it exists)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = starter_sidecar_yaml(article, schema_reference(ARTICLE_SCHEMA_FILE, path))
    try:
        with path.open("x", encoding="utf-8") as handle:  # "x": fails if the file appeared meanwhile
            handle.write(text)
    except FileExistsError:
        return False
    return True


def starter_sidecar_yaml(article: Article, schema_ref: str) -> str:
    published = article.published  # a date dumps unquoted: 2024-01-17
    date_note = "  # not stated in the article" if published is None else (
        "  # estimated by the build" if article.published_estimated else "")
    return "\n".join([
        f"{MODELINE}{schema_ref}",
        "#",
        f"# What the editor knows about the article {article.id} ({article.path}).",
        "# Uncomment a field and edit it; a field set to null is cleared. Format: docs/editing.md.",
        "",
        f"# title: {_scalar(article.title)}",
        f"# outlet: {_scalar(article.outlet)}",
        f"# url: {_scalar(article.url)}",
        f"# published: {_scalar(published)}{date_note}",
        f"# published_estimated: {_scalar(article.published_estimated)}",
        f"# author: {_scalar(article.author)}",
        "# hide: true  # leaves the article out of the story",
        "",
    ])


def _scalar(value: object) -> str:
    """One YAML scalar on one line, quoted where YAML needs it (a title may hold `: ` or `#`)."""
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1_000_000)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()
