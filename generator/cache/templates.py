"""Compiled Jinja templates kept between builds (Jinja's own bytecode cache), one folder per way
of compiling.

Every build compiled every template again: the generator's page templates and the theme's
(Material's base, partials and overrides). On a rebuild that renders a few dozen changed pages,
compiling them was about a tenth of the whole build. Jinja's `FileSystemBytecodeCache` stores each
template's compiled code under its name, with a checksum of its source: an edited template misses
and is compiled again. What the checksum does not cover is how the environment compiles: its
syntax and whitespace options, its extensions, and for every filter and test whether it is handed
the context, the evaluation context or the environment (the compiler writes that into the code).
Those make the folder's name, so an environment compiled differently never reads another's code.
The output of a template is the same whether its code came from the cache or the compiler.
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket
from jinja2.utils import _PassArg

from generator.cache.store import content_key

NAMESPACE = "jinja-bytecode"
# Folders kept (each one way of compiling, a few hundred KB): the generator's, the theme's, and a
# few left over from earlier configurations or versions.
FOLDERS_KEPT = 6


def use_bytecode_cache(env: Environment, cache_dir: Path | None, purpose: str) -> None:
    """Make `env` keep its compiled templates under the cache folder (nothing without one)."""
    if cache_dir is not None and env.bytecode_cache is None:
        env.bytecode_cache = SettingsKeyedBytecodeCache(env, cache_dir / NAMESPACE, purpose)


class SettingsKeyedBytecodeCache(FileSystemBytecodeCache):
    """Jinja's file cache in a folder named after the environment's compile settings. The folder is
    chosen when the first template is loaded, not when the cache is attached: plugins may still
    add filters to the environment in between."""

    def __init__(self, env: Environment, root: Path, purpose: str) -> None:
        super().__init__(str(root))
        self.env, self.root, self.purpose = env, root, purpose
        self.chosen = False

    def load_bytecode(self, bucket: Bucket) -> None:
        self._choose_folder()
        super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._choose_folder()
        super().dump_bytecode(bucket)

    def _choose_folder(self) -> None:
        if self.chosen:
            return
        folder = self.root / f"{self.purpose}-{compile_settings_key(self.env)[:24]}"
        folder.mkdir(parents=True, exist_ok=True)
        os.utime(folder)  # in use: the pruning below keeps the folders used most recently
        self.directory, self.chosen = str(folder), True
        _prune(self.root, keep=FOLDERS_KEPT)


def compile_settings_key(env: Environment) -> str:
    """Everything about `env` that shapes the code its compiler writes, besides the template source."""
    options: list[Any] = [
        env.block_start_string, env.block_end_string, env.variable_start_string,
        env.variable_end_string, env.comment_start_string, env.comment_end_string,
        env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks, env.lstrip_blocks,
        env.newline_sequence, env.keep_trailing_newline, env.optimized, env.is_async,
        _name_of(env.autoescape), _name_of(env.finalize), _pass_arg(env.finalize),
        sorted(env.extensions),
        getattr(env, "newstyle_gettext", None),  # set by the i18n extension, read by its compiler
    ]
    return content_key(
        repr(options), _call_conventions(env.filters), _call_conventions(env.tests),
        f"jinja2 {metadata.version('jinja2')}", sys.version,
    )


def _call_conventions(functions: dict[str, Any]) -> str:
    """Each filter's (or test's) name and what the compiler passes it first."""
    return repr(sorted((name, _pass_arg(function)) for name, function in functions.items()))


def _pass_arg(function: Any) -> str:
    return str(_PassArg.from_obj(function)) if callable(function) else ""


def _name_of(value: object) -> str:
    """A stable name for a setting that may be a function (autoescape, finalize)."""
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', type(value).__name__)}"
    return repr(value)


def _prune(root: Path, keep: int) -> None:
    folders = sorted((entry for entry in root.iterdir() if entry.is_dir()),
                     key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    for stale in folders[keep:]:
        shutil.rmtree(stale, ignore_errors=True)
