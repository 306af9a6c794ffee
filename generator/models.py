"""Typed data passed between the stages of the pipeline.

Every stage is a plain function from one of these models to another; only `ingest` reads files and
only `render`/the CLI/the plugin write them. Offsets (`start`, `end`) are always Python character
offsets into `Article.text`, end exclusive.

Pydantic is used (rather than bare dataclasses) because the same models are serialised to the
extract JSON contract and to the cache, and loading a cache entry must validate it: a corrupt or
foreign entry is rejected, never trusted.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["person", "organization", "place", "group", "law", "other"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
ClaimKind = Literal["report", "demand", "statement"]
# How the source puts the claim: stated, denied, asked (a question is not a demand), demanded.
ClaimMood = Literal["statement", "denial", "question", "demand"]
# "negative" when the source is said NOT to have said it ("did not say why ...").
Polarity = Literal["positive", "negative"]
EventKind = Literal["event", "report"]  # something that happened vs someone telling of it on a date


class Model(BaseModel):
    # Infinity and NaN written by the compiled JSON serialiser as JSON's constants, as `json.dumps`
    # writes them (the default writes null: an infinite `value_to` would read back as None).
    model_config = ConfigDict(extra="forbid", frozen=False, ser_json_inf_nan="constants")


# --------------------------------------------------------------------------- ingest


class Sentence(Model):
    index: int
    start: int
    end: int
    text: str
    paragraph: int


class Paragraph(Model):
    index: int
    start: int
    end: int


class Article(Model):
    id: str
    path: str
    format: Literal["text", "markdown", "html"]
    title: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_estimated: bool = False
    copyright_year: int | None = None
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    content_hash: str = ""

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


class IngestProblem(Model):
    """A file that could not be turned into an article, or a metadata field that was ignored."""

    path: str
    line: int | None = None
    message: str
    hint: str = ""
    severity: Literal["warning", "error"] = "warning"

    def describe(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


# --------------------------------------------------------------------------- annotate


class Span(Model):
    start: int
    end: int
    text: str


class EntityMention(Span):
    label: str = ""  # the spaCy label it came from (PERSON, ORG, GPE, NORP, LAW, ...)
    type: EntityType
    sentence: int


class RoleMention(Model):
    """A title or role the text gives a named entity, e.g. "Homeland Security Secretary"."""

    entity_start: int  # offsets of the entity mention the role is attached to
    entity_end: int
    role: str
    start: int
    end: int
    sentence: int


class AliasMention(Model):
    """The text declares another name for an entity ("X, commonly known as Y")."""

    entity_start: int
    entity_end: int
    alias: str
    start: int
    end: int
    sentence: int


class TimexEvent(Model):
    """The statement a time expression dates, read off the dependency parse (timeline entries)."""

    text: str  # headline-like, extractive: the governing clause with the date phrase left out
    start: int  # offsets of the clause the text was taken from
    end: int
    kind: EventKind = "event"  # "report" when the date is the day a speech verb told it ("X said on Monday")
    tense: Literal["past", "future", "unknown"] = "unknown"  # of the governing verb
    reported: str | None = None  # TIMEX3 value of the dated speech verb that reports this statement
    # spaCy lemmas of the statement's verbs and nouns, and of its main verb: what the timeline's
    # predicate classes compare ("bought" and "acquisition" -> buy, acquisition), sorted.
    lemmas: list[str] = Field(default_factory=list)
    predicate: str = ""
    # The lemma of the happening noun the date hangs on ("Pell's arrest on Tuesday came after a tip":
    # arrest; "Tuesday's tremor", "the Friday crash"), "" when it hangs on no such noun: what the date
    # dates, so what the statement tells happened that day, whatever its main verb says about it; else,
    # for a statement that is no report, its subject when that names a kind of happening of the
    # predicate table ("the blast shattered windows on Monday": blast).
    happening: str = ""
    # Whether `text` holds a verb with tense or a modal: "Killing two." holds none, so it is no line.
    finite: bool = True


class Timex(Span):
    type: TimexType
    value: str
    mod: str | None = None
    sentence: int = -1
    anchored: bool = True  # False when the value could not be anchored (no publication date)
    event: TimexEvent | None = None  # set when a parse was given
    # The date only dates a thing its sentence names in passing ("riots on Saturday over the killing a
    # week ago"): the clause has a date of its own, so this one makes no timeline entry.
    in_passing: bool = False
    # The date's sentence has no verb that tells anything (a date stamp, "PUBLISHED: ... | UPDATED:
    # ..."): no clause for the timeline to show.
    verbless: bool = False
    # The duration the text counts to reach this date ("two years ago": P2Y, "a week after the vote":
    # P1W), None when it counts none. TimeML's anchored form marks that duration over the words and the
    # date it reaches as an empty TIMEX3; the MEANTIME scorer reads it (`evaluate/timexes.py`).
    counted: str | None = None


class QuantityMention(Span):
    value: float
    value_to: float | None = None  # second figure of a range ("10-15%") or a score ("3-2", unit "score")
    unit: str | None = None
    qualifier: str | None = None
    about: str | None = None
    rate: str | None = None  # "per month"
    date: str | None = None  # TIMEX3 value the number refers to, when stated
    sentence: int


class QuoteMention(Span):
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    date: str | None = None
    sentence: int
    reported_by: str | None = None  # nested speech: who tells that the speaker said it
    mood: ClaimMood = "statement"  # "question": asked, or a question in the speaker's words
    completes_verb: bool = False  # the object of its speech or naming verb ("called it “a mess”")


class ClaimMention(Span):
    by: str
    by_start: int | None = None
    by_end: int | None = None
    kind: ClaimKind
    sentence: int
    mood: ClaimMood = "statement"
    polarity: Polarity = "positive"
    wants: bool = False  # its words, or the verb stating them, ask, plan or take a stand (annotate/wants.py)


class ArticleAnnotations(Model):
    """Everything the annotate stage found in one article (the unit that is cached)."""

    article_id: str
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[EntityMention] = Field(default_factory=list)
    roles: list[RoleMention] = Field(default_factory=list)
    aliases: list[AliasMention] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    quantities: list[QuantityMention] = Field(default_factory=list)
    quotes: list[QuoteMention] = Field(default_factory=list)
    claims: list[ClaimMention] = Field(default_factory=list)
    # Extraction steps that failed on this article, as messages (cached, so every build reports them).
    problems: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- merged story


class Source(Model):
    article: str
    start: int
    end: int
    sentence: str
    sentence_index: int = -1

    @property
    def anchor(self) -> str:
        return f"s{self.sentence_index + 1}"


class Mention(Model):
    article: str
    start: int
    end: int
    text: str


class Role(Model):
    role: str
    sources: list[Source] = Field(default_factory=list)


class Edit(Model):
    """Marks what an editor changed on a fact, for the "corrected by the editor" marker."""

    fields: list[str] = Field(default_factory=list)
    note: str | None = None
    added: bool = False
    url: str | None = None  # where an added fact comes from when it is not in the articles


class Entity(Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    description: str | None = None
    link: str | None = None
    edit: Edit | None = None
    # A surname alone that the story cannot tell apart: the ids of the people of that surname it names
    # in full (issue 16, wave 8); the page says it may be any of them.
    may_be: list[str] = Field(default_factory=list)

    @property
    def role_names(self) -> list[str]:
        return [role.role for role in self.roles]


class Fact(Model):
    id: str
    sources: list[Source] = Field(default_factory=list)
    corroboration: int = 1  # distinct articles carrying it
    outlets: list[str] = Field(default_factory=list)
    conflicts_with: list[str] = Field(default_factory=list)
    edit: Edit | None = None
    featured: bool = False


class Quantity(Fact):
    text: str
    value: float
    value_to: float | None = None  # second figure of a range ("10-15%") or a score ("3-2", unit "score")
    unit: str | None = None
    qualifier: str | None = None
    about: str | None = None
    rate: str | None = None
    date: str | None = None
    entities: list[str] = Field(default_factory=list)


class Quote(Fact):
    speaker: str | None = None
    speaker_id: str | None = None
    text: str
    date: str | None = None
    reported_by: str | None = None  # nested speech: who tells that the speaker said it
    mood: ClaimMood = "statement"  # "question": asked, or a question in the speaker's words


class Claim(Fact):
    by: str
    by_id: str | None = None
    text: str
    kind: ClaimKind
    mood: ClaimMood = "statement"
    polarity: Polarity = "positive"
    wants: bool = False  # a telling of it says what its party wants (ClaimMention.wants)


class EventDate(Model):
    value: str  # TIMEX3 value
    mod: str | None = None
    edtf: str
    start: dt.date | None = None
    end: dt.date | None = None


class TimelineEntry(Fact):
    date: EventDate
    text: str
    timex: str  # the expression as written
    entities: list[str] = Field(default_factory=list)
    reported: dt.date | None = None  # when the source article reported it
    kind: EventKind = "event"  # "report": the entry is the telling of a statement, dated by its speech verb
    other_dates: list[EventDate] = Field(default_factory=list)  # less precise corroborating dates
    finite: bool = True  # `text` holds a finite verb (TimexEvent.finite); else it is no line of its own


class ArticleTimex(Model):
    article: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None


# The largest magnitude a number may have (an editor's or one read from text): far beyond any count or
# amount in the news, and small enough that sums, ratios and axis ticks stay finite when drawn.
MAX_DRAWABLE_NUMBER = 1e15
EditorNumber = Annotated[
    float,
    Field(allow_inf_nan=False, ge=-MAX_DRAWABLE_NUMBER, le=MAX_DRAWABLE_NUMBER,
          description="A finite number between -1e15 and 1e15."),
]


class ChartSeries(Model):
    label: str
    value: EditorNumber


class DeclaredChart(Model):
    """A chart an editor declares in the story YAML."""

    id: str
    title: str
    subtitle: str | None = None
    unit: str | None = None
    source: str | None = None
    kind: Literal["bar", "line"] = "bar"
    series: list[ChartSeries]


HomeSection = Literal["happened", "involved", "wants", "numbers", "next", "background"]


class HomeLineEdit(Model):
    """The editor's change to one line of the home page (`home:` in the story file), keyed by the
    line's id: a fact id, or an entity id for "Who is involved"."""

    hide: bool = False
    text: str | None = None  # the line as the editor rewrote it
    position: int | None = None  # pinned: first in its section, in this order (1 = first)
    section: HomeSection | None = None  # moved to another section
    note: str | None = None


class Story(Model):
    title: str
    dek: str | None = None
    articles: list[Article]
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    timexes: list[ArticleTimex] = Field(default_factory=list)
    charts: list[DeclaredChart] = Field(default_factory=list)
    featured: list[str] = Field(default_factory=list)  # fact ids, in the editor's order
    home: dict[str, HomeLineEdit] = Field(default_factory=dict)  # home page lines the editor changed
    problems: list[IngestProblem] = Field(default_factory=list)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)
