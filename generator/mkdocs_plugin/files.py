"""The generated pages as MkDocs files, and which input files the build's problems are about."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.render.layout import listed_in_nav
from generator.writer import owned_files

log = logging.getLogger("mkdocs.plugins.explainer")


def files_named(messages: list[str], shown: int = 5) -> str:
    """The files the messages are about (each message starts with `path:` or `path:line:`)."""
    files = list(dict.fromkeys(message.split(":", 1)[0] for message in messages))
    more = f" and {len(files) - shown} more" if len(files) > shown else ""
    return ", ".join(files[:shown]) + more


def add_generated(files: Files, generated: dict[str, str | bytes], config: MkDocsConfig) -> Files:
    # Pages that `explainer build --out <docs_dir>` wrote (for Zensical) are listed in its manifest:
    # they are earlier output, not hand-written pages, so this build's pages replace them.
    for path in sorted(owned_files(Path(config.docs_dir))):
        earlier = files.get_file_from_path(path)
        if earlier is not None:
            files.remove(earlier)
    for path, content in sorted(generated.items()):
        if files.get_file_from_path(path) is not None:
            # A hand-written page in docs/ wins: the generator never replaces what people wrote.
            log.info("explainer: docs/%s exists, keeping it instead of the generated page", path)
            continue
        inclusion = InclusionLevel.UNDEFINED if listed_in_nav(path) else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return files
