"""The editors' YAML format, as pydantic models.

The same models validate the files and generate the JSON Schema that gives editors completion and
checking in their editor (`generator/schema/*.schema.json`, referenced by a `yaml-language-server`
comment). Unknown keys are errors (`extra="forbid"`): a misspelled key silently ignored is a correction
silently lost.

A field the editor leaves out is not changed; a field written as `null` is cleared. The loader tells the
two apart with `model_fields_set`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from generator.models import ClaimKind, DeclaredChart, EditorNumber, EntityType, HomeSection

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"
STORY_SCHEMA_FILE = "story.schema.json"
ARTICLE_SCHEMA_FILE = "article.schema.json"


def _web_address(value: str | None) -> str | None:
    if value is not None and not value.startswith(("http://", "https://")):
        raise ValueError("expected a web address starting with http:// or https://")
    return value


TimexMod = Literal[
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
    "START",
    "MID",
    "END",
    "APPROX",
]
_TIMEX_DATE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T[\d:.]+)?)?)?|\d{4}-W\d{2}|\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])"
    r"|\d{3}X|\d{2}XX|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)


def _timex_value(value: str | None) -> str | None:
    """A TIMEX3 date value, as the extraction writes them: 2024-01-19, 2024-01, 2024, 2024-W03, 2024-Q1."""
    if value is None:
        return value
    if not _TIMEX_DATE.match(value):
        raise ValueError("expected a date like 2024-01-19, 2024-01, 2024, 2024-W03 or 2024-Q1")
    if len(value) == 10:
        try:
            dt.date.fromisoformat(value)
        except ValueError as error:
            raise ValueError(f"{value} is not a calendar date") from error
    if value[:1].isdigit() and value[:4].isdigit():
        _check_year(int(value[:4]))
    return value


# Years a date may have: the calendar arithmetic of the timeline (a month's end, a week's start, a
# span either side) needs room inside Python's years 1-9999, and no news story needs more.
FIRST_YEAR, LAST_YEAR = 1000, 9000


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} is outside {FIRST_YEAR}-{LAST_YEAR}, the years the timeline can date")


def chart_file_stem(chart_id: str) -> str:
    """The file name an editor chart's SVG and CSV get (charts_specs.declared_spec uses it too)."""
    return re.sub(r"[^a-z0-9]+", "-", chart_id.lower()).strip("-") or "chart"


class OverrideModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EditorNote(OverrideModel):
    note: str | None = Field(None, description="Why the editor changed this; shown next to the marker.")


class Hideable(EditorNote):
    hide: bool = Field(False, description="Leave this out of the site.")


# --------------------------------------------------------------------------- articles


class ArticleMetadata(OverrideModel):
    title: str | None = Field(None, description="The article's headline.")
    outlet: str | None = Field(None, description="The publication, e.g. a newspaper or news site.")
    url: str | None = Field(None, description="Where the article was published (http:// or https://).")
    author: str | None = None
    published: dt.date | None = Field(
        None, description="Publication date, YYYY-MM-DD. Relative dates in the text are read against it."
    )
    published_estimated: bool | None = Field(
        None,
        description="true when `published` is the editor's own estimate: the site keeps marking the date "
        "as estimated, and the build no longer warns about it.",
    )
    copyright_year: int | None = None
    hide: bool = Field(False, description="Leave this article out of the story entirely.")

    _check_url = field_validator("url")(_web_address)

    @field_validator("published", mode="before")
    @classmethod
    def _date_as_text(cls, value: Any) -> Any:
        # pydantic would read a bare number as a Unix timestamp; an editor never means that
        if value is not None and not isinstance(value, str | dt.date):
            raise ValueError("expected a date written YYYY-MM-DD")
        return value

    @field_validator("published")
    @classmethod
    def _datable_year(cls, value: dt.date | None) -> dt.date | None:
        if value is not None:
            _check_year(value.year)
        return value


# --------------------------------------------------------------------------- entities


class EntitySplit(OverrideModel):
    """A new entity carved out of a wrong merge: its names, mentions and roles move to it."""

    id: str = Field(description="Id of the new entity (lowercase-with-hyphens).")
    name: str = Field(description="Its canonical name; mentions written this way move to it.")
    type: EntityType | None = Field(None, description="Defaults to the type of the entity it is split from.")
    aliases: list[str] = Field(default_factory=list, description="Other names whose mentions move to it.")
    roles: list[str] = Field(default_factory=list, description="Roles that move to it.")
    description: str | None = None
    link: str | None = None

    _check_link = field_validator("link")(_web_address)


class EntityChange(Hideable):
    name: str | None = Field(None, description="Canonical name; the old name is kept as an alias.")
    type: EntityType | None = None
    roles: list[str] | None = Field(None, description="The entity's roles, replacing the extracted ones.")
    description: str | None = None
    link: str | None = Field(None, description="A page about the entity (http:// or https://).")
    merge: list[str] = Field(
        default_factory=list, description="Ids of other entities that are the same one: folded into this."
    )
    split: list[EntitySplit] = Field(default_factory=list, description="New entities carved out of this one.")

    _check_link = field_validator("link")(_web_address)


# --------------------------------------------------------------------------- fact changes


class QuantityChange(Hideable):
    text: str | None = Field(None, description="The number as written, e.g. 'more than 300 people'.")
    value: EditorNumber | None = None
    value_to: EditorNumber | None = Field(
        None, description="Upper end of a range ('10-15%') or the second side of a score."
    )
    unit: str | None = None
    qualifier: str | None = Field(None, description="e.g. 'over', 'about', 'at least'.")
    about: str | None = Field(None, description="What is counted or measured.")
    rate: str | None = Field(None, description="e.g. 'per month'.")
    date: str | None = Field(None, description="When the number applies (TIMEX3 value: 2024-01, 2023-12-31).")
    entities: list[str] | None = Field(None, description="Ids of the entities the number concerns.")

    _check_date = field_validator("date")(_timex_value)


class QuoteChange(Hideable):
    speaker: str | None = None
    speaker_id: str | None = Field(None, description="Entity id of the speaker.")
    text: str | None = None
    date: str | None = Field(None, description="When it was said (TIMEX3 value).")

    _check_date = field_validator("date")(_timex_value)


class ClaimChange(Hideable):
    by: str | None = Field(None, description="Who reports, demands or states it.")
    by_id: str | None = Field(None, description="Entity id of who makes the claim.")
    text: str | None = None
    kind: ClaimKind | None = None
    wants: bool | None = Field(None, description="A statement that says what its party wants: listed under "
                               "\"What each side wants\" on the home page.")


class TimelineChange(Hideable):
    date: str | None = Field(None, description="TIMEX3 value: 2024-01-19, 2023-12, 2024-W02, 2023.")
    mod: TimexMod | None = Field(None, description="TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER.")
    text: str | None = Field(None, description="What happened.")
    timex: str | None = Field(None, description="The date as written in the text.")
    entities: list[str] | None = None

    _check_date = field_validator("date")(_timex_value)


# --------------------------------------------------------------------------- added facts


class FactSource(OverrideModel):
    """Where an added fact comes from: a sentence of an article, or a free note with a URL."""

    article: str | None = Field(None, description="Article id (the file name without extension).")
    sentence: int | None = Field(None, ge=1, description="Sentence number in the article, from 1.")
    text: str | None = Field(None, description="The sentence, or enough of it to find it.")
    note: str | None = Field(None, description="A source outside the articles, e.g. 'Agency press release'.")
    url: str | None = None

    _check_url = field_validator("url")(_web_address)

    @model_validator(mode="after")
    def _one_kind_of_source(self) -> FactSource:
        in_article = self.sentence is not None or self.text is not None
        if in_article and self.note is not None:
            raise ValueError("give either a sentence (sentence or text) or a note with a url, not both")
        if not in_article and self.note is None:
            raise ValueError("expected `sentence` (a number) or `text` (the sentence), or a `note`")
        return self


class NewFact(EditorNote):
    id: str = Field(description="A new, unique id for the fact (lowercase-with-hyphens).")
    source: FactSource

    @field_validator("date", check_fields=False)
    @classmethod
    def _check_date(cls, value: str | None) -> str | None:
        return _timex_value(value)


class NewQuantity(NewFact):
    text: str = Field(description="The number as written.")
    value: EditorNumber
    value_to: EditorNumber | None = None
    unit: str | None = None
    qualifier: str | None = None
    about: str | None = None
    rate: str | None = None
    date: str | None = None
    entities: list[str] = Field(default_factory=list)


class NewQuote(NewFact):
    speaker: str
    speaker_id: str | None = None
    text: str
    date: str | None = None


class NewClaim(NewFact):
    by: str
    by_id: str | None = None
    text: str
    kind: ClaimKind = "statement"
    wants: bool = Field(False, description="A statement that says what its party wants: listed under "
                        "\"What each side wants\" on the home page.")


class NewTimelineEntry(NewFact):
    date: str = Field(description="TIMEX3 value: 2024-01-19, 2023-12, 2024-W02, 2023.")
    mod: TimexMod | None = None
    text: str
    timex: str | None = Field(None, description="The date as written; defaults to the date value.")
    entities: list[str] = Field(default_factory=list)


class Additions(OverrideModel):
    quantities: list[NewQuantity] = Field(default_factory=list)
    quotes: list[NewQuote] = Field(default_factory=list)
    claims: list[NewClaim] = Field(default_factory=list)
    timeline: list[NewTimelineEntry] = Field(default_factory=list)


# --------------------------------------------------------------------------- home page lines


class HomeLineChange(Hideable):
    """One line of the home page, keyed by its id (a fact id, or an entity id in "Who is involved")."""

    text: str | None = Field(None, description="The line as the home page should say it.")
    position: int | None = Field(
        None, ge=1, description="Pin the line first in its section; pinned lines follow this order (1 first)."
    )
    section: HomeSection | None = Field(
        None, description="Move the line: happened, involved, wants, numbers, next or background."
    )


# --------------------------------------------------------------------------- files


class Corrections(OverrideModel):
    """Changes keyed by the stable ids the extraction gives (listed by `overrides init`)."""

    entities: dict[str, EntityChange] = Field(default_factory=dict)
    quantities: dict[str, QuantityChange] = Field(default_factory=dict)
    quotes: dict[str, QuoteChange] = Field(default_factory=dict)
    claims: dict[str, ClaimChange] = Field(default_factory=dict)
    timeline: dict[str, TimelineChange] = Field(default_factory=dict)
    add: Additions = Field(default_factory=Additions, description="New facts, each with its source.")


class StoryFile(Corrections):
    """The story file (default `seeds/story.yml`)."""

    model_config = ConfigDict(title="Explainer story overrides")

    title: str | None = Field(None, description="The story's title, shown on the home page.")
    dek: str | None = Field(None, description="One or two sentences under the title.")
    featured: list[str] | None = Field(
        None, description="Fact ids to pin first in their home page section (and key numbers), in order."
    )
    home: dict[str, HomeLineChange] = Field(
        default_factory=dict, description="Home page lines to pin, reorder, move, hide or rewrite, by id."
    )
    charts: list[DeclaredChart] = Field(default_factory=list, description="Charts drawn from these numbers.")
    articles: dict[str, ArticleMetadata] = Field(
        default_factory=dict, description="Article metadata by article id (a sidecar file may do the same)."
    )

    @field_validator("charts")
    @classmethod
    def _unique_chart_ids(cls, charts: list[DeclaredChart]) -> list[DeclaredChart]:
        ids = [chart.id for chart in charts]
        repeated = sorted({chart_id for chart_id in ids if ids.count(chart_id) > 1})
        if repeated:
            raise ValueError(f"chart ids must be unique; repeated: {', '.join(repeated)}")
        _refuse_colliding_file_names(ids)
        return charts


def _refuse_colliding_file_names(chart_ids: list[str]) -> None:
    """Two ids that differ only in case, spaces or punctuation would write the same SVG and CSV."""
    first_by_stem: dict[str, str] = {}
    for chart_id in chart_ids:
        stem = chart_file_stem(chart_id)
        if stem in first_by_stem:
            raise ValueError(
                f"chart ids {first_by_stem[stem]!r} and {chart_id!r} both make the file name "
                f"'editor-{stem}'; give them ids that differ in letters or digits"
            )
        first_by_stem[stem] = chart_id


class ArticleFile(ArticleMetadata, Corrections):
    """A per-article sidecar (`seeds/<article-id>.yml`): its metadata and corrections about it."""

    model_config = ConfigDict(title="Explainer article overrides")


def schema_documents() -> dict[str, str]:
    """File name -> JSON Schema text, deterministic (sorted keys, trailing newline)."""
    documents = {}
    for name, model in ((STORY_SCHEMA_FILE, StoryFile), (ARTICLE_SCHEMA_FILE, ArticleFile)):
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
        documents[name] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return documents


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_documents().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
