"""Finding, reading and validating the editors' override files.

A file that cannot be read or does not match the schema is reported (file, line, column, the key path,
what was expected) and left out; the other files still load. Problems are collected, never raised, so
that `check` can list every one of them at once.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import types
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from generator.overrides.schema import ArticleFile, ArticleMetadata, StoryFile
from generator.overrides.yaml_reader import MAX_FILE_BYTES, KeyPath, LoadedYaml, YamlProblem, load_yaml_bytes

ProblemKind = Literal["error", "stale", "warning"]
SIDECAR_SUFFIX = ".yml"
FileModel = TypeVar("FileModel", StoryFile, ArticleFile)


class OverrideProblem(BaseModel):
    """Something wrong with an override file, pointing at where the editor wrote it."""

    path: str
    line: int | None = None
    column: int | None = None
    message: str
    hint: str = ""
    kind: ProblemKind = "error"

    def describe(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.kind}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class OverrideFile(BaseModel):
    """One loaded file: its validated content and where each key path was written."""

    model_config = ConfigDict(extra="forbid")

    path: str
    article_id: str | None = None  # set for per-article sidecars
    story: StoryFile | None = None
    article: ArticleFile | None = None
    digest: str = ""  # of the bytes read: an edit that validates to the same content still changes it
    keys: dict[str, tuple[int, int]] = Field(default_factory=dict)
    values: dict[str, tuple[int, int]] = Field(default_factory=dict)

    @property
    def content(self) -> StoryFile | ArticleFile:
        content = self.story or self.article
        assert content is not None, "an OverrideFile always holds one of the two"
        return content

    def position(self, path: KeyPath, prefer_value: bool = False) -> tuple[int, int] | None:
        """Where `path` was written, or its closest written ancestor."""
        for end in range(len(path), -1, -1):
            key = _path_key(path[:end])
            found = (self.values.get(key) if prefer_value else None) or self.keys.get(key)
            if found is not None:
                return found
        return None

    def problem(
        self,
        path: KeyPath,
        message: str,
        hint: str = "",
        kind: ProblemKind = "error",
        prefer_value: bool = False,
    ) -> OverrideProblem:
        line, column = self.position(path, prefer_value) or (None, None)
        return OverrideProblem(
            path=self.path, line=line, column=column, message=message, hint=hint, kind=kind
        )


class Overrides(BaseModel):
    """Every override file that loaded: the story file first, then sidecars by article id."""

    model_config = ConfigDict(extra="forbid")

    story: OverrideFile | None = None
    sidecars: list[OverrideFile] = Field(default_factory=list)

    @property
    def files(self) -> list[OverrideFile]:
        return ([self.story] if self.story else []) + self.sidecars

    def article_metadata(self, article_id: str) -> list[ArticleMetadata]:
        """The metadata overrides for one article, in the order they apply (sidecar last, so it wins)."""
        found: list[ArticleMetadata] = []
        if self.story and self.story.story and article_id in self.story.story.articles:
            found.append(self.story.story.articles[article_id])
        # `f.article` is true only for sidecars, whose content is ArticleMetadata (the union cannot say so).
        found.extend(f.content for f in self.sidecars if f.article_id == article_id and f.article)  # type: ignore[misc]
        return found


def load_overrides(
    story_path: Path, sidecar_dir: Path, article_ids: Iterable[str]
) -> tuple[Overrides, list[OverrideProblem]]:
    ids = sorted(set(article_ids))
    problems: list[OverrideProblem] = []
    overrides = Overrides()
    if not _refused_link(story_path, problems) and story_path.is_file():
        overrides.story = load_file(story_path, StoryFile, None, problems)
        if overrides.story:
            problems.extend(_unknown_article_keys(overrides.story, ids))
    for article_id in ids:
        path = sidecar_dir / f"{article_id}{SIDECAR_SUFFIX}"
        if not _refused_link(path, problems) and path.is_file():
            loaded = load_file(path, ArticleFile, article_id, problems)
            if loaded:
                overrides.sidecars.append(loaded)
    problems.extend(_orphan_sidecars(sidecar_dir, story_path, ids))
    return overrides, problems


def _refused_link(path: Path, problems: list[OverrideProblem]) -> bool:
    """True (with an error) when `path` is a symbolic link: an override file is read only when it is a
    file of its own, so that a link cannot publish (or print in a message) a file from elsewhere.
    Where the link points is not shown either."""
    if not path.is_symlink():
        return False
    problems.append(OverrideProblem(
        path=str(path), message="is a link to another file; override files are never read through links",
        hint="copy the file into place instead of linking to it",
    ))
    return True


def load_file(
    path: Path, model: type[FileModel], article_id: str | None, problems: list[OverrideProblem]
) -> OverrideFile | None:
    shown = str(path)
    try:
        raw = _read_capped(path)
        loaded = load_yaml_bytes(raw)
    except YamlProblem as error:
        line, column = (error.position.line, error.position.column) if error.position else (None, None)
        problems.append(
            OverrideProblem(path=shown, line=line, column=column, message=error.message, hint=error.hint)
        )
        return None
    except OSError as error:
        problems.append(
            OverrideProblem(path=shown, message=f"cannot read the file: {error.strerror or error}")
        )
        return None
    file = OverrideFile(
        path=shown,
        article_id=article_id,
        digest=hashlib.sha256(raw).hexdigest(),
        keys={_path_key(k): (p.line, p.column) for k, p in loaded.keys.items()},
        values={_path_key(k): (p.line, p.column) for k, p in loaded.values.items()},
    )
    content = _validate(file, loaded, model, problems)
    if content is None:
        return None
    return file.model_copy(update={"story" if model is StoryFile else "article": content})


def _read_capped(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise YamlProblem(
            f"file is {size:,} bytes; override files are limited to {MAX_FILE_BYTES:,} bytes",
            hint="remove pasted text or split the corrections into per-article files",
        )
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)  # the file may grow between stat and read


def _validate(
    file: OverrideFile, loaded: LoadedYaml, model: type[FileModel], problems: list[OverrideProblem]
) -> FileModel | None:
    data = {} if loaded.data is None else loaded.data  # an empty file changes nothing
    if not isinstance(data, dict):
        message = f"expected a mapping of keys (title: ..., quantities: ...) at the top, got {_shown(data)}"
        problems.append(file.problem((), message, prefer_value=True))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        found = [schema_problem(file, model, detail) for detail in error.errors()]
        problems.extend(sorted(found, key=lambda p: (p.line or 0, p.column or 0)))  # in reading order
        return None


# --------------------------------------------------------------------------- schema errors


def schema_problem(file: OverrideFile, model: type[BaseModel], detail: ErrorDetails) -> OverrideProblem:
    loc = tuple(detail["loc"])
    if detail["type"] == "extra_forbidden":
        return _unknown_key_problem(file, model, loc)
    if detail["type"] == "missing":
        where = _dotted(loc[:-1]) or "the top level"
        return file.problem(loc[:-1], f"{where}: missing required key '{loc[-1]}'")
    message = f"{_dotted(loc) or 'the top level'}: {_expected(detail)}"
    if detail["type"] not in ("value_error", "assertion_error"):  # those say what is wrong themselves
        message += f", got {_shown(detail.get('input'))}"
    return file.problem(loc, message, prefer_value=True)


def _unknown_key_problem(file: OverrideFile, model: type[BaseModel], loc: KeyPath) -> OverrideProblem:
    unknown = str(loc[-1])
    allowed = allowed_keys(model, loc[:-1])
    close = difflib.get_close_matches(unknown, allowed, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(allowed)}"
    where = f" in {_dotted(loc[:-1])}" if loc[:-1] else ""
    return file.problem(loc, f"unknown key '{unknown}'{where}", hint)


def allowed_keys(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The keys the schema allows at `loc` (a path of keys and list indexes)."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            if field is None:
                return []
            annotation = field.annotation
        elif get_origin(annotation) in (dict, list):
            annotation = get_args(annotation)[-1]  # the value type: skip the id or the index
        else:
            return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """`X | None` -> X, `Annotated[X, ...]` -> X."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        options = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _unwrap(options[0]) if len(options) == 1 else annotation
    return annotation


_EXPECTED = {
    "dict_type": "expected a mapping (indented 'key: value' lines)",
    "model_type": "expected a mapping (indented 'key: value' lines)",
    "model_attributes_type": "expected a mapping (indented 'key: value' lines)",
    "list_type": "expected a list (lines starting with '- ')",
    "string_type": "expected text",
    "float_type": "expected a number",
    "float_parsing": "expected a number (digits only, e.g. 300000 or 2.5)",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "date_type": "expected a date written YYYY-MM-DD",
    "date_parsing": "expected a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date written YYYY-MM-DD",
}


def _expected(detail: ErrorDetails) -> str:
    error_type = detail["type"]
    context = detail.get("ctx") or {}
    if error_type == "literal_error":
        return f"expected one of {context.get('expected')}"
    if error_type == "greater_than_equal":
        return f"expected a number of at least {context.get('ge')}"
    if error_type in ("value_error", "assertion_error"):
        return str(context.get("error", detail["msg"]))
    return _EXPECTED.get(error_type, detail["msg"][:1].lower() + detail["msg"][1:])


def _shown(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _dotted(loc: Sequence[str | int]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc).lstrip(".")


def _path_key(path: KeyPath) -> str:
    return json.dumps(list(path), ensure_ascii=False)


# --------------------------------------------------------------------------- stale article overrides


def closest(target: str, candidates: Iterable[str]) -> str | None:
    """The most similar current id, however far (an editor still wants a lead)."""
    found = difflib.get_close_matches(target, sorted(set(candidates)), n=1, cutoff=0.0)
    return found[0] if found else None


def stale_hint(target: str, candidates: Iterable[str], what: str) -> str:
    nearest = closest(target, candidates)
    return f"closest current {what}: '{nearest}'" if nearest else f"there are no {what}s now"


def _unknown_article_keys(file: OverrideFile, article_ids: list[str]) -> list[OverrideProblem]:
    assert file.story is not None
    return [
        file.problem(
            ("articles", article_id),
            f"no article with id '{article_id}'",
            stale_hint(article_id, article_ids, "article id"),
            kind="stale",
        )
        for article_id in file.story.articles
        if article_id not in article_ids
    ]


def _orphan_sidecars(sidecar_dir: Path, story_path: Path, article_ids: list[str]) -> list[OverrideProblem]:
    if not sidecar_dir.is_dir():
        return []
    story = story_path.resolve()
    return [
        OverrideProblem(
            path=str(path),
            message=f"sidecar file names no article: there is no article with id '{path.stem}'",
            hint=stale_hint(path.stem, article_ids, "article id"),
            kind="stale",
        )
        for path in sorted(sidecar_dir.glob(f"*{SIDECAR_SUFFIX}"))
        if path.stem not in article_ids and path.resolve() != story and not path.name.startswith(".")
    ]
