"""Reading editors' YAML safely, keeping the line and column of every key.

Override files are written by hand and may come from anywhere, so the reader is defensive: the file
size is capped, anchors and aliases are refused (editors never need them, and they are how "billion
laughs" bombs are built), nesting depth is capped before the node tree is composed (PyYAML composes
recursively), duplicate keys are errors instead of silently keeping the last one, and dates stay
strings (the schema decides what a date is, and `2024-01-05` must not turn into a date where a text is
expected).

The data is built from the composed node tree rather than by `yaml.load`, so that every key path is
mapped to the position where it was written; schema errors are reported against those positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

import yaml

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 24

KeyPath = tuple[str | int, ...]

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_PLAIN_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class OverrideLoader(_BaseLoader):
    """SafeLoader (the C one when available) that leaves dates as text."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP_TAG]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }


@dataclass(frozen=True)
class Position:
    """1-based line and column."""

    line: int
    column: int

    @classmethod
    def of(cls, mark: yaml.Mark | None) -> Position | None:
        return cls(mark.line + 1, mark.column + 1) if mark is not None else None


class YamlProblem(Exception):
    """The text cannot be read as a safe override document."""

    def __init__(self, message: str, position: Position | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.hint = hint


@dataclass
class LoadedYaml:
    """Plain data plus where each key path was written (the key for mappings, the item for lists)."""

    data: Any
    keys: dict[KeyPath, Position] = field(default_factory=dict)
    values: dict[KeyPath, Position] = field(default_factory=dict)

    def position(self, path: KeyPath, prefer_value: bool = False) -> Position | None:
        """Where `path` was written, or its closest written ancestor."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            found = (self.values.get(prefix) if prefer_value else None) or self.keys.get(prefix)
            if found is not None:
                return found
        return None


def load_yaml_bytes(raw: bytes) -> LoadedYaml:
    if len(raw) > MAX_FILE_BYTES:
        raise YamlProblem(
            f"file is {len(raw):,} bytes; override files are limited to {MAX_FILE_BYTES:,} bytes",
            hint="split the corrections into per-article files or remove pasted text",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise YamlProblem(f"not UTF-8 text (byte {error.start} cannot be decoded)") from error
    return load_yaml_text(text)


def load_yaml_text(text: str) -> LoadedYaml:
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise YamlProblem(f"text is longer than {MAX_FILE_BYTES:,} bytes")
    try:
        _refuse_unsafe_events(text)
        loader = OverrideLoader(text)
        try:
            return _compose_and_build(loader)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(error, text) from error
    except yaml.YAMLError as error:
        raise YamlProblem(f"YAML syntax error: {error}") from error


def _compose_and_build(loader: yaml.SafeLoader) -> LoadedYaml:
    node = loader.get_single_node()
    loaded = LoadedYaml(data=None)
    if node is not None:
        loaded.values[()] = Position.of(node.start_mark) or Position(1, 1)
        loaded.data = _Builder(loader, loaded).build(node, ())
    return loaded


def _syntax_problem(error: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    parts = [part for part in (error.context, error.problem) if part]
    message = "YAML syntax error: " + ", ".join(parts) if parts else "YAML syntax error"
    hint = ""
    if _character_at(text, mark) == "\t" or (error.problem and "tab" in error.problem):
        hint = "indent with spaces, not tabs"
    elif error.problem and "mapping values are not allowed" in error.problem:
        hint = "a value containing ': ' must be quoted"
    return YamlProblem(message, Position.of(mark), hint)


def _character_at(text: str, mark: yaml.Mark | None) -> str:
    if mark is None:
        return ""
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else ""


def _refuse_unsafe_events(text: str) -> None:
    """One cheap event pass (the parser is not recursive) before composing, which is."""
    depth = 0
    documents = 0
    for event in yaml.parse(text, Loader=OverrideLoader):
        if isinstance(event, yaml.AliasEvent):
            raise YamlProblem(
                f"aliases (*{event.anchor}) are not allowed in override files",
                Position.of(event.start_mark),
                "write the value out in full",
            )
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            raise YamlProblem(
                f"anchors (&{event.anchor}) are not allowed in override files",
                Position.of(event.start_mark),
                "write the value out in full",
            )
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlProblem(
                    "more than one YAML document ('---') in one file",
                    Position.of(event.start_mark),
                    "keep one document per file",
                )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlProblem(
                    f"nesting deeper than {MAX_DEPTH} levels",
                    Position.of(event.start_mark),
                    "override files are shallow; check the indentation",
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


class _Builder:
    """Turns the node tree into plain data, recording positions and refusing duplicate keys."""

    def __init__(self, loader: yaml.SafeLoader, loaded: LoadedYaml) -> None:
        self.loader = loader
        self.loaded = loaded

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        if isinstance(node, yaml.CollectionNode) and node.tag not in _PLAIN_COLLECTION_TAGS:
            raise YamlProblem(f"unsupported tag {node.tag!r}", _position(node), "remove the '!' tag")
        if isinstance(node, yaml.MappingNode):
            return self.build_mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build_item(item, (*path, index)) for index, item in enumerate(node.value)]
        return self.build_scalar(node)

    def build_item(self, node: yaml.Node, path: KeyPath) -> Any:
        self.loaded.keys[path] = self.loaded.values[path] = _position(node)
        return self.build(node, path)

    def build_mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("a key must be plain text, not a list or mapping", _position(key_node))
            key = key_node.value  # keys are names and ids: always text, never numbers or dates
            child = (*path, key)
            if key in mapping:
                raise YamlProblem(
                    f"duplicate key '{key}' (first written on line {self.loaded.keys[child].line})",
                    _position(key_node),
                    "merge the two entries into one",
                )
            self.loaded.keys[child] = _position(key_node)
            self.loaded.values[child] = _position(value_node)
            mapping[key] = self.build(value_node, child)
        return mapping

    def build_scalar(self, node: yaml.Node) -> Any:
        try:
            return self.loader.construct_object(node)
        except yaml.constructor.ConstructorError as error:
            message = f"unsupported value: {error.problem}"
            raise YamlProblem(message, _position(node), "remove the '!' tag") from error


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)
