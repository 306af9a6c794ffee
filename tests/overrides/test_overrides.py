"""Editors' YAML overrides: loading, error messages, staleness, every kind of override, starter files."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.config import Settings
from generator.models import (
    Article,
    Claim,
    Entity,
    EventDate,
    Mention,
    Quantity,
    Quote,
    Role,
    Sentence,
    Source,
    Story,
    TimelineEntry,
)
from generator.overrides.api import (
    OverrideProblem,
    Overrides,
    apply_article_metadata,
    apply_overrides,
    check,
    load_overrides,
)
from generator.overrides.schema import SCHEMA_DIR, schema_documents
from generator.overrides.starter import starter_story_yaml, write_starter
from generator.overrides.yaml_reader import MAX_DEPTH, MAX_FILE_BYTES
from tests.conftest import FIXTURES, ROOT

TEMPLATES = ROOT / "site-templates"

OVERRIDES = FIXTURES / "overrides"
ARTICLE_IDS = ["alpha", "beta"]

# --------------------------------------------------------------------------- a story built by hand


def _article(article_id: str, sentences: list[str], published: dt.date | None = None) -> Article:
    text, spans, offset = "", [], 0
    for index, sentence in enumerate(sentences):
        spans.append(
            Sentence(index=index, start=offset, end=offset + len(sentence), text=sentence, paragraph=0)
        )
        text += sentence + " "
        offset = len(text)
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        format="text",
        title=f"Title {article_id}",
        text=text.strip(),
        outlet="Harbour News",
        published=published,
        published_estimated=published is not None,
        sentences=spans,
    )


def _source(article: Article, index: int) -> Source:
    sentence = article.sentences[index]
    return Source(
        article=article.id,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.text,
        sentence_index=index,
    )


def _mention(article: str, start: int, text: str) -> Mention:
    return Mention(article=article, start=start, end=start + len(text), text=text)


def make_story() -> Story:
    alpha = _article(
        "alpha",
        ["Jane Doe said the port was closed.", "Ms Doe met Acme.", "The strike ended on Friday."],
        dt.date(2024, 1, 15),
    )
    beta = _article("beta", ["John Roe and Rick Roe spoke.", "By noon forty ships were waiting."])
    day = EventDate(value="2024-01-05", edtf="2024-01-05", start=dt.date(2024, 1, 5), end=dt.date(2024, 1, 5))
    return Story(
        title="Extracted title",
        articles=[alpha, beta],
        entities=[
            Entity(
                id="jane-doe",
                name="Jane Doe",
                type="person",
                mentions=[_mention("alpha", 0, "Jane Doe")],
                roles=[Role(role="Harbour Master", sources=[_source(alpha, 0)])],
            ),
            Entity(
                id="doe",
                name="Ms Doe",
                type="person",
                aliases=["Doe"],
                mentions=[_mention("alpha", 35, "Ms Doe")],
                roles=[Role(role="Union Leader")],
            ),
            Entity(id="acme", name="Acme", type="organization", mentions=[_mention("alpha", 46, "Acme")]),
            Entity(
                id="john-roe",
                name="John Roe",
                type="person",
                aliases=["Rick Roe"],
                mentions=[_mention("beta", 0, "John Roe"), _mention("beta", 13, "Rick Roe")],
                roles=[Role(role="Spokesman"), Role(role="Captain")],
            ),
            Entity(id="ghost-corp", name="Ghost Corp", type="organization"),
        ],
        quantities=[
            Quantity(
                id="q-1",
                text="300 workers",
                value=300,
                unit="people",
                sources=[_source(alpha, 0)],
                entities=["doe", "acme"],
                conflicts_with=["q-2"],
            ),
            Quantity(
                id="q-2", text="200 workers", value=200, sources=[_source(beta, 0)], conflicts_with=["q-1"]
            ),
        ],
        quotes=[
            Quote(
                id="quote-1",
                speaker="Rick Roe",
                speaker_id="john-roe",
                text="We stay out.",
                sources=[_source(beta, 0)],
            )
        ],
        claims=[
            Claim(
                id="claim-1",
                by="Ms Doe",
                by_id="doe",
                text="Pay rises now.",
                kind="statement",
                sources=[_source(alpha, 1)],
            )
        ],
        timeline=[
            TimelineEntry(
                id="t-1",
                date=day,
                text="The strike began.",
                timex="Friday",
                entities=["ghost-corp", "jane-doe"],
                sources=[_source(alpha, 2)],
            )
        ],
        featured=["q-2"],
    )


# --------------------------------------------------------------------------- helpers


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_story_text(tmp_path: Path, text: str) -> tuple[Overrides, list[OverrideProblem]]:
    return load_overrides(write(tmp_path, "story.yml", text), tmp_path, ARTICLE_IDS)


def only_problem(problems: list[OverrideProblem]) -> OverrideProblem:
    assert len(problems) == 1, [p.describe() for p in problems]
    return problems[0]


def applied(tmp_path: Path, text: str) -> tuple[Story, list[OverrideProblem]]:
    overrides, problems = load_story_text(tmp_path, text)
    assert problems == [], [p.describe() for p in problems]
    return apply_overrides(make_story(), overrides)


def load_fixture(name: str) -> tuple[Overrides, list[OverrideProblem]]:
    return load_overrides(OVERRIDES / name, OVERRIDES / "no-sidecars", ARTICLE_IDS)


# --------------------------------------------------------------------------- every kind of override


@pytest.fixture(scope="module")
def all_kinds() -> tuple[Story, list[OverrideProblem]]:
    overrides, problems = load_fixture("story_all_kinds.yml")
    assert problems == [], [p.describe() for p in problems]
    return apply_overrides(make_story(), overrides)


def test_title_dek_and_charts(all_kinds: tuple[Story, list[OverrideProblem]]) -> None:
    story, problems = all_kinds
    assert problems == []
    assert (story.title, story.dek) == ("The harbour strike", "Dock workers stopped work for a week.")
    assert [chart.id for chart in story.charts] == ["strikers"]
    assert [point.value for point in story.charts[0].series] == [200, 350]


def test_entity_fields_change_and_old_name_becomes_alias(
    all_kinds: tuple[Story, list[OverrideProblem]],
) -> None:
    jane = next(e for e in all_kinds[0].entities if e.id == "jane-doe")
    assert jane.name == "Jane A. Doe"
    assert "Jane Doe" in jane.aliases
    assert jane.role_names == ["Harbour Master", "Union Leader"]
    assert jane.roles[0].sources, "a role the extraction found keeps its sources"
    assert (jane.description, jane.link) == ("Runs the port.", "https://example.org/jane")
    assert jane.edit is not None and jane.edit.note == "Same person."
    assert {"name", "roles", "description", "link", "mentions"} <= set(jane.edit.fields)
    acme = next(e for e in all_kinds[0].entities if e.id == "acme")
    assert acme.type == "group" and acme.edit is not None and acme.edit.fields == ["type"]


def test_entity_merge_folds_mentions_aliases_roles_and_references(
    all_kinds: tuple[Story, list[OverrideProblem]],
) -> None:
    story = all_kinds[0]
    assert "doe" not in {e.id for e in story.entities}
    jane = next(e for e in story.entities if e.id == "jane-doe")
    assert {"Ms Doe", "Doe"} <= set(jane.aliases)
    assert [m.text for m in jane.mentions] == ["Jane Doe", "Ms Doe"]
    assert story.claims[0].by_id == "jane-doe"
    assert story.quantities[0].entities == ["jane-doe", "acme"]


def test_entity_split_moves_names_mentions_roles_and_speakers(
    all_kinds: tuple[Story, list[OverrideProblem]],
) -> None:
    story = all_kinds[0]
    john = next(e for e in story.entities if e.id == "john-roe")
    rick = next(e for e in story.entities if e.id == "rick-roe")
    assert "Rick Roe" not in john.aliases and [m.text for m in john.mentions] == ["John Roe"]
    assert john.role_names == ["Captain"]
    assert [m.text for m in rick.mentions] == ["Rick Roe"] and rick.role_names == ["Spokesman"]
    assert rick.type == "person" and rick.edit is not None and rick.edit.added
    assert story.quotes[0].speaker_id == "rick-roe"


def test_entity_hide_drops_it_and_its_references(all_kinds: tuple[Story, list[OverrideProblem]]) -> None:
    story = all_kinds[0]
    assert "ghost-corp" not in {e.id for e in story.entities}
    assert story.timeline[0].entities == ["jane-doe"]


def test_fact_changes_are_applied_and_marked(all_kinds: tuple[Story, list[OverrideProblem]]) -> None:
    story = all_kinds[0]
    quantity = story.quantities[0]
    assert (quantity.value, quantity.unit, quantity.text) == (350, "workers", "300 workers")
    assert quantity.edit is not None and quantity.edit.fields == ["value", "unit"]
    assert quantity.edit.note == "The union's own count."
    quote = story.quotes[0]
    assert quote.text == "We stay out until we are paid." and quote.edit is not None
    assert quote.edit.fields == ["text"], "a field written with its current value is not an edit"
    assert story.claims[0].kind == "demand"
    event = story.timeline[0]
    assert (event.date.value, event.date.mod) == ("2024-01", "END")
    assert (event.date.start, event.date.end) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert event.edit is not None and event.edit.fields == ["date"]


def test_hidden_fact_is_gone_with_its_references(all_kinds: tuple[Story, list[OverrideProblem]]) -> None:
    story = all_kinds[0]
    assert [q.id for q in story.quantities if q.id == "q-2"] == []
    assert story.quantities[0].conflicts_with == []
    assert "q-2" not in story.featured


def test_added_facts_carry_their_sources(all_kinds: tuple[Story, list[OverrideProblem]]) -> None:
    story = all_kinds[0]
    event = next(t for t in story.timeline if t.id == "strike-ends")
    assert event.sources[0].sentence == "The strike ended on Friday."
    assert event.sources[0].anchor == "s3"
    assert event.date.start == dt.date(2024, 1, 12) and event.reported == dt.date(2024, 1, 15)
    assert event.edit is not None and event.edit.added and event.outlets == ["Harbour News"]
    ships = next(q for q in story.quantities if q.id == "ships-waiting")
    source = ships.sources[0]
    assert source.sentence == "By noon forty ships were waiting." and source.article == "beta"
    quote = next(q for q in story.quotes if q.id == "port-statement")
    assert quote.sources == [] and quote.corroboration == 0
    assert quote.edit is not None and quote.edit.url == "https://example.org/release"
    assert quote.edit.note == "Port authority press release"


def test_featured_in_the_editors_order(all_kinds: tuple[Story, list[OverrideProblem]]) -> None:
    story = all_kinds[0]
    assert story.featured == ["t-1", "q-1"]
    assert {fact.id for fact in [*story.quantities, *story.timeline] if fact.featured} == {"t-1", "q-1"}


def test_apply_does_not_mutate_its_input() -> None:
    story = make_story()
    before = story.model_dump_json()
    overrides, _ = load_fixture("story_all_kinds.yml")
    apply_overrides(story, overrides)
    assert story.model_dump_json() == before


def test_applying_in_place_edits_the_story_given_exactly_as_a_copy_would() -> None:
    overrides, _ = load_fixture("story_all_kinds.yml")
    copied, copied_problems = apply_overrides(make_story(), overrides)
    story = make_story()
    edited, problems = apply_overrides(story, overrides, in_place=True)
    assert edited is story
    assert edited.model_dump_json() == copied.model_dump_json() != make_story().model_dump_json()
    assert [p.describe() for p in problems] == [p.describe() for p in copied_problems]


def test_applying_is_deterministic() -> None:
    overrides, _ = load_fixture("story_all_kinds.yml")
    first = apply_overrides(make_story(), overrides)[0].model_dump_json()
    assert apply_overrides(make_story(), overrides)[0].model_dump_json() == first


def test_a_field_left_out_is_kept_and_null_clears_it(tmp_path: Path) -> None:
    story, _ = applied(tmp_path, "quantities:\n  q-1:\n    unit: null\n")
    assert (story.quantities[0].unit, story.quantities[0].value) == (None, 300)


def test_an_editor_says_which_statements_want_something(tmp_path: Path) -> None:
    # The extractor reads wants from the parse; an editor's word settles it, and an added statement has none.
    story, _ = applied(tmp_path, "claims:\n  claim-1:\n    wants: true\n")
    edit = story.claims[0].edit
    assert story.claims[0].wants is True and edit is not None and edit.fields == ["wants"]
    added = ("add:\n  claims:\n    - {id: fees, by: Ms Doe, text: Fees must fall., wants: true,\n"
             "       source: {article: alpha, sentence: 1}}\n")
    story, _ = applied(tmp_path, added)
    assert next(c for c in story.claims if c.id == "fees").wants is True


def test_an_override_that_changes_nothing_is_not_marked(tmp_path: Path) -> None:
    text = "quantities:\n  q-1:\n    value: 300\nentities:\n  acme:\n    name: Acme\n    roles: []\n"
    story, problems = applied(tmp_path, text)
    assert problems == [] and story == make_story()


def test_required_field_cannot_be_cleared(tmp_path: Path) -> None:
    overrides, _ = load_story_text(tmp_path, "quantities:\n  q-1:\n    value: null\n")
    story, problems = apply_overrides(make_story(), overrides)
    problem = only_problem(problems)
    assert (problem.line, problem.kind) == (3, "error") and "cannot be cleared" in problem.message
    assert story.quantities[0].value == 300


def test_dates_stay_text_where_the_model_wants_text(tmp_path: Path) -> None:
    story, _ = applied(tmp_path, "quotes:\n  quote-1:\n    date: 2024-01-05\n")
    assert story.quotes[0].date == "2024-01-05"


# --------------------------------------------------------------------------- articles


def test_article_metadata_from_sidecar_and_story_file(tmp_path: Path) -> None:
    write(tmp_path, "story.yml", "articles:\n  alpha:\n    title: From story\n    author: A. Writer\n")
    write(tmp_path, "alpha.yml", "title: From sidecar\nurl: https://example.org/a\npublished: 2024-01-17\n")
    overrides, problems = load_overrides(tmp_path / "story.yml", tmp_path, ARTICLE_IDS)
    assert problems == []
    alpha = apply_article_metadata(make_story().articles, overrides)[0]
    assert (alpha.title, alpha.author, alpha.url) == ("From sidecar", "A. Writer", "https://example.org/a")
    assert alpha.published == dt.date(2024, 1, 17) and alpha.published_estimated is False


def test_hidden_article_is_removed(tmp_path: Path) -> None:
    write(tmp_path, "beta.yml", "hide: true\n")
    overrides, _ = load_overrides(tmp_path / "story.yml", tmp_path, ARTICLE_IDS)
    assert [a.id for a in apply_article_metadata(make_story().articles, overrides)] == ["alpha"]


def test_sidecar_corrections_and_additions_default_to_its_article(tmp_path: Path) -> None:
    write(
        tmp_path,
        "beta.yml",
        (
            "quantities:\n  q-2:\n    value: 250\n"
            "add:\n  claims:\n    - id: ships\n      by: Harbour office\n      text: Ships wait.\n"
            "      source: {sentence: 2}\n"
        ),
    )
    overrides, problems = load_overrides(tmp_path / "story.yml", tmp_path, ARTICLE_IDS)
    story, problems = apply_overrides(make_story(), overrides)
    assert problems == []
    assert story.quantities[1].value == 250
    claim = next(c for c in story.claims if c.id == "ships")
    assert (
        claim.sources[0].article == "beta" and claim.sources[0].anchor == "s2" and claim.kind == "statement"
    )


# --------------------------------------------------------------------------- staleness


def test_stale_fact_names_file_line_and_closest_id(tmp_path: Path) -> None:
    overrides, _ = load_story_text(tmp_path, "title: T\nquantities:\n  q-1x:\n    value: 1\n")
    problems = apply_overrides(make_story(), overrides)[1]
    problem = only_problem(problems)
    assert (problem.kind, problem.path, problem.line, problem.column) == (
        "stale",
        str(tmp_path / "story.yml"),
        3,
        3,
    )
    assert "q-1x" in problem.message and "'q-1'" in problem.hint
    assert problem.describe().startswith(f"{tmp_path / 'story.yml'}:3:3: stale: ")


@pytest.mark.parametrize(
    ("text", "line", "closest"),
    [
        ("entities:\n  jane-do:\n    name: X\n", 2, "jane-doe"),
        ("entities:\n  jane-doe:\n    merge: [dooe]\n", 3, "doe"),
        ("featured:\n  - t-1\n  - quote-2\n", 3, "quote-1"),
        (
            "add:\n  quotes:\n    - id: x\n      speaker: A\n      text: B\n"
            "      source: {article: alfa, sentence: 1}\n",
            6,
            "alpha",
        ),
    ],
)
def test_stale_targets_of_every_kind(tmp_path: Path, text: str, line: int, closest: str) -> None:
    overrides, _ = load_story_text(tmp_path, text)
    problem = only_problem(apply_overrides(make_story(), overrides)[1])
    assert (problem.kind, problem.line) == ("stale", line)
    assert f"'{closest}'" in problem.hint


def test_merging_into_a_surname_not_told_apart_settles_whom_it_is(tmp_path: Path) -> None:
    story = make_story()
    doe = next(e for e in story.entities if e.id == "doe")
    doe.may_be = ["jane-doe", "john-doe"]
    overrides, _ = load_story_text(tmp_path, "entities:\n  doe:\n    merge: [jane-doe]\n")
    merged, problems = apply_overrides(story, overrides)
    assert problems == []
    assert next(e for e in merged.entities if e.id == "doe").may_be == []


def test_override_of_a_hidden_fact_in_featured_is_stale(tmp_path: Path) -> None:
    overrides, _ = load_story_text(tmp_path, "quantities:\n  q-2:\n    hide: true\nfeatured: [q-2]\n")
    problem = only_problem(apply_overrides(make_story(), overrides)[1])
    assert problem.kind == "stale" and problem.line == 4


def test_sidecar_without_article_and_unknown_article_key_are_stale(tmp_path: Path) -> None:
    write(tmp_path, "story.yml", "articles:\n  gamma:\n    title: X\n")
    write(tmp_path, "alpah.yml", "title: X\n")
    _, problems = load_overrides(tmp_path / "story.yml", tmp_path, ARTICLE_IDS)
    assert [(p.kind, Path(p.path).name, p.line) for p in problems] == [
        ("stale", "story.yml", 2),
        ("stale", "alpah.yml", None),
    ]
    assert "'alpha'" in problems[1].hint


# --------------------------------------------------------------------------- additions that cannot apply


@pytest.mark.parametrize(
    ("source", "message", "hint"),
    [
        ("{article: alpha, sentence: 9}", "has 3 sentences", ""),
        ("{article: alpha, text: the port was open}", "no sentence", "sentence 1"),
    ],
)
def test_added_fact_with_a_bad_sentence(tmp_path: Path, source: str, message: str, hint: str) -> None:
    text = f"add:\n  claims:\n    - id: c\n      by: A\n      text: B\n      source: {source}\n"
    overrides, _ = load_story_text(tmp_path, text)
    story, problems = apply_overrides(make_story(), overrides)
    problem = only_problem(problems)
    assert problem.line == 6 and message in problem.message and hint in problem.hint
    assert "c" not in {claim.id for claim in story.claims}


def test_added_fact_id_must_be_new(tmp_path: Path) -> None:
    text = "add:\n  quotes:\n    - id: quote-1\n      speaker: A\n      text: B\n      source: {note: N}\n"
    overrides, _ = load_story_text(tmp_path, text)
    problem = only_problem(apply_overrides(make_story(), overrides)[1])
    assert (problem.kind, problem.line, problem.column) == (
        "error",
        3,
        7,
    ) and "already exists" in problem.message


def test_split_into_an_existing_id_is_an_error(tmp_path: Path) -> None:
    overrides, _ = load_story_text(
        tmp_path, "entities:\n  john-roe:\n    split:\n      - {id: acme, name: Rick Roe}\n"
    )
    problem = only_problem(apply_overrides(make_story(), overrides)[1])
    assert problem.kind == "error" and problem.line == 4 and "exists" in problem.message


# --------------------------------------------------------------------------- error messages


def test_yaml_syntax_error_names_file_line_and_column() -> None:
    overrides, problems = load_fixture("syntax_error.yml")
    problem = only_problem(problems)
    assert problem.path.endswith("syntax_error.yml")
    assert (problem.line, problem.column, problem.kind) == (5, 10, "error")
    assert "YAML syntax error" in problem.message and overrides.story is None


def test_tab_indentation_gets_a_hint(tmp_path: Path) -> None:
    problem = only_problem(load_story_text(tmp_path, "quantities:\n\tq-1: {}\n")[1])
    assert problem.line == 2 and "tabs" in problem.hint


def test_misspelled_key_did_you_mean() -> None:
    problem = only_problem(load_fixture("misspelled_key.yml")[1])
    assert (problem.line, problem.column) == (4, 5)
    assert "unknown key 'valeu' in quantities.q-1" in problem.message
    assert problem.hint == "did you mean 'value'?"


def test_unknown_key_without_a_close_match_lists_the_allowed_keys(tmp_path: Path) -> None:
    problem = only_problem(load_story_text(tmp_path, "title: T\nzzz: 1\n")[1])
    assert problem.line == 2 and "unknown key 'zzz'" in problem.message
    assert "allowed keys: " in problem.hint and "featured" in problem.hint


def test_misspelled_key_deep_in_an_added_fact(tmp_path: Path) -> None:
    text = "add:\n  timeline:\n    - id: x\n      date: 2024-01-01\n      txt: Y\n      source: {note: N}\n"
    problems = load_story_text(tmp_path, text)[1]
    by_kind = {p.message.split(":")[0]: p for p in problems}
    unknown = next(p for p in problems if "unknown key" in p.message)
    assert (unknown.line, unknown.hint) == (5, "did you mean 'text'?")
    assert any("missing required key 'text'" in p.message and p.line == 3 for p in problems), by_kind


def test_list_where_a_mapping_belongs() -> None:
    problem = only_problem(load_fixture("list_for_mapping.yml")[1])
    assert (
        problem.line == 3
        and "quantities: expected a mapping" in problem.message
        and "a list" in problem.message
    )


def test_wrong_types_point_at_the_value(tmp_path: Path) -> None:
    text = "quantities:\n  q-1:\n    value: lots\ntimeline:\n  t-1:\n    mod: LATE\n    date: January\n"
    problems = load_story_text(tmp_path, text)[1]
    assert [(p.line, p.column) for p in problems] == [(3, 12), (6, 10), (7, 11)]  # in reading order
    assert "expected a number" in problems[0].message and "'lots'" in problems[0].message
    assert "expected one of" in problems[1].message and "'END'" in problems[1].message
    assert "expected a date like 2024-01-19" in problems[2].message


def test_article_metadata_types(tmp_path: Path) -> None:
    write(tmp_path, "alpha.yml", "published: 17 January\nurl: example.org\ncopyright_year: soon\n")
    problems = load_overrides(tmp_path / "story.yml", tmp_path, ARTICLE_IDS)[1]
    assert [p.line for p in problems] == [1, 2, 3]
    assert "YYYY-MM-DD" in problems[0].message and "http" in problems[1].message
    assert "whole number" in problems[2].message


def test_duplicate_keys_are_errors() -> None:
    problem = only_problem(load_fixture("duplicate_key.yml")[1])
    assert (problem.line, problem.column) == (5, 3)
    assert "duplicate key 'quote-1'" in problem.message and "line 3" in problem.message


def test_alias_bomb_is_refused() -> None:
    problem = only_problem(load_fixture("alias_bomb.yml")[1])
    assert (problem.line, problem.column) == (1, 4) and "anchors" in problem.message


def test_aliases_alone_are_refused(tmp_path: Path) -> None:
    problem = only_problem(load_story_text(tmp_path, "title: *t\n")[1])
    assert "aliases" in problem.message and problem.line == 1


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    depth = 100_000  # deeper than Python's recursion limit: composing it would crash, not fail cleanly
    problem = only_problem(load_story_text(tmp_path, "title: " + "[" * depth + "]" * depth + "\n")[1])
    assert f"deeper than {MAX_DEPTH}" in problem.message and problem.line == 1


def test_huge_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "story.yml"
    path.write_text("title: [" + "[" * (MAX_FILE_BYTES + 10), encoding="utf-8")  # also invalid YAML
    problem = only_problem(load_overrides(path, tmp_path, ARTICLE_IDS)[1])
    assert "limited to" in problem.message and problem.line is None


def test_more_than_one_document_and_top_level_list(tmp_path: Path) -> None:
    assert (
        "more than one YAML document"
        in only_problem(load_story_text(tmp_path, "a: 1\n---\nb: 2\n")[1]).message
    )
    problem = only_problem(load_story_text(tmp_path, "- title\n")[1])
    assert "expected a mapping" in problem.message and problem.line == 1


def test_non_utf8_and_python_tags_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "story.yml"
    path.write_bytes(b"title: caf\xe9\n")
    assert "UTF-8" in only_problem(load_overrides(path, tmp_path, ARTICLE_IDS)[1]).message
    problem = only_problem(load_story_text(tmp_path, "title: !!python/object/apply:os.system [ls]\n")[1])
    assert problem.line == 1 and "unsupported tag" in problem.message
    problem = only_problem(load_story_text(tmp_path, "title: !!python/name:os.system\n")[1])
    assert (problem.line, problem.column) == (1, 8) and "unsupported value" in problem.message


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "alpha.yml", "title: [unclosed\n")
    write(tmp_path, "beta.yml", "title: Good\n")
    overrides, problems = load_overrides(
        write(tmp_path, "story.yml", "title: Story\n"), tmp_path, ARTICLE_IDS
    )
    assert [Path(p.path).name for p in problems] == ["alpha.yml"]
    assert overrides.story is not None and [f.article_id for f in overrides.sidecars] == ["beta"]


def test_an_empty_file_changes_nothing(tmp_path: Path) -> None:
    story, problems = applied(tmp_path, "# nothing yet\n")
    assert problems == [] and story == make_story()


def test_chart_ids_must_be_unique(tmp_path: Path) -> None:
    chart = "  - {id: c, title: T, series: [{label: a, value: 1}]}\n"
    problem = only_problem(load_story_text(tmp_path, "charts:\n" + chart + chart)[1])
    assert "repeated: c" in problem.message and problem.line == 2



def test_one_typo_drops_only_its_entry_and_the_rest_of_the_file_applies(tmp_path: Path) -> None:
    text = (
        "title: The harbour story\n"
        "dek: Two sentences.\n"
        "entities:\n"
        "  ann-lee:\n"
        "    hdie: true\n"  # the typo: this one entry is left out
        "  john-roe:\n"
        "    description: A councillor.\n"
        "add:\n"
        "  quotes:\n"
        "    - {id: q-bad, speaker: X, txet: Y, source: {note: N}}\n"
        "    - {id: q-good, speaker: Ann Lee, text: We will vote., source: {note: Minutes}}\n"
        "tilte: Misspelt\n"
    )
    overrides, problems = load_story_text(tmp_path, text)
    assert overrides.story is not None and overrides.story.story is not None
    content = overrides.story.story
    assert (content.title, content.dek) == ("The harbour story", "Two sentences.")
    assert list(content.entities) == ["john-roe"] and content.entities["john-roe"].description
    assert [quote.id for quote in content.add.quotes] == ["q-good"]
    described = [p.describe() for p in problems]
    assert any(":5:5: error: unknown key 'hdie'" in d and "did you mean 'hide'?" in d for d in described)
    assert any(":10:" in d and "did you mean 'text'?" in d for d in described), described
    assert any(":12:1:" in d and "did you mean 'title'?" in d for d in described), described


def test_invalid_entries_in_a_list_are_removed_without_shifting_the_others(tmp_path: Path) -> None:
    chart = "  - {{id: {0}, title: T, series: [{{label: a, value: {1}}}]}}\n"
    text = "charts:\n" + chart.format("a", "x") + chart.format("b", 1) + chart.format("c", "y")
    text += chart.format("d", 2)
    overrides, problems = load_story_text(tmp_path, text)
    assert overrides.story is not None and overrides.story.story is not None
    assert [c.id for c in overrides.story.story.charts] == ["b", "d"]
    assert [p.line for p in problems] == [2, 4]


# --------------------------------------------------------------------------- schema and starter files


def test_committed_schema_files_match_the_models() -> None:
    for name, text in schema_documents().items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == text, f"regenerate {name}: write_schemas()"


def test_schema_forbids_unknown_keys() -> None:
    story_schema = yaml.safe_load(schema_documents()["story.schema.json"])
    assert story_schema["additionalProperties"] is False
    assert "featured" in story_schema["properties"] and "QuantityChange" in story_schema["$defs"]


def test_starter_lists_every_fact_as_comments() -> None:
    story = make_story()
    text = starter_story_yaml(story, TEMPLATES)
    assert text.startswith("# yaml-language-server: $schema=../generator/schema/story.schema.json\n")
    assert "title: Extracted title\n" in text
    for fact_id in ["q-1", "q-2", "quote-1", "claim-1", "t-1", "jane-doe", "alpha"]:
        assert f"#   {fact_id}:  # " in text
    assert "#   q-1:  # 300 workers\n#     value: 300\n" in text
    assert yaml.safe_load(text) == {"title": "Extracted title"}


def test_starter_template_keeps_hostile_text_as_data() -> None:
    title = "Evil: {{ 1 }}\nfeatured: [q-1]\n# {% raw %}"
    story = make_story().model_copy(update={"title": title})
    story.entities[0].name = "Jane\ndek: injected"
    text = starter_story_yaml(story, TEMPLATES)
    assert yaml.safe_load(text) == {"title": title}  # one key: nothing broke out of its scalar or comment


def test_uncommented_starter_is_a_valid_no_op(tmp_path: Path) -> None:
    story = make_story()
    lines = starter_story_yaml(story, TEMPLATES).splitlines()[1:]  # all but the schema comment
    entry = re.compile(r"^# (\s*([\w-]+:|- ).*)$")
    uncommented = "\n".join(match.group(1) if (match := entry.match(line)) else line for line in lines)
    assert "\nquantities:\n  q-1:  # 300 workers\n    value: 300\n" in uncommented
    overrides, problems = load_story_text(tmp_path, uncommented + "\n")
    assert problems == [], [p.describe() for p in problems]
    edited, problems = apply_overrides(story, overrides)
    assert problems == []
    assert [q.value for q in edited.quantities] == [300, 200] and edited.featured == ["q-2"]
    assert edited.entities[0].name == "Jane Doe" and edited.timeline[0].date == story.timeline[0].date


def test_write_starter_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "seeds" / "story.yml"
    assert write_starter(make_story(), target, TEMPLATES) is True
    first = target.read_text(encoding="utf-8")
    assert "$schema=" in first and first.splitlines()[0].endswith("generator/schema/story.schema.json")
    assert write_starter(make_story().model_copy(update={"title": "Other"}), target, TEMPLATES) is False
    assert target.read_text(encoding="utf-8") == first


# --------------------------------------------------------------------------- check and the demo files


def _project(tmp_path: Path) -> Settings:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "alpha.txt").write_text("Jane Doe said the port was closed.\n", encoding="utf-8")
    return Settings(project_dir=tmp_path)


def test_check_lists_every_error_at_once(tmp_path: Path) -> None:
    settings = _project(tmp_path)
    write(
        settings.seeds_path,
        "story.yml",
        (
            "titel: T\nadd:\n  quotes:\n    - id: x\n      speaker: A\n      text: B\n"
            "      source: {article: alpha, text: not in the article}\n"
        ),
    )
    write(settings.seeds_path, "alpha.yml", "published: yesterday\n")
    write(settings.seeds_path, "gamma.yml", "title: X\n")
    messages = check(settings)
    assert len(messages) == 4, messages  # the typo does not hide the bad source of the valid entry
    assert any("story.yml:7:38: error: article 'alpha' does not contain" in m for m in messages)
    assert any(
        "story.yml:1:1: error: unknown key 'titel'" in m and "did you mean 'title'?" in m for m in messages
    )
    assert any("alpha.yml:1:12: error: published" in m for m in messages)
    assert any("gamma.yml: stale:" in m for m in messages)


def test_check_finds_missing_source_text_when_the_file_is_valid(tmp_path: Path) -> None:
    settings = _project(tmp_path)
    write(
        settings.seeds_path,
        "story.yml",
        (
            "add:\n  quotes:\n    - id: x\n      speaker: A\n      text: B\n"
            "      source: {article: alpha, text: not in the article}\n"
        ),
    )
    messages = check(settings)
    assert len(messages) == 1 and "story.yml:6:" in messages[0] and "does not contain" in messages[0]
    write(
        settings.seeds_path,
        "story.yml",
        "add:\n  quotes:\n    - {id: x, speaker: A, text: B, "
        "source: {article: alpha, text: the PORT  was closed}}\n",
    )
    assert check(settings) == []


def test_demo_story_files_are_valid(tmp_path: Path) -> None:
    assert check(Settings(project_dir=ROOT)) == []
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    overrides, problems = load_overrides(
        seeds / "story.yml", seeds, ["000_3beb3d5ee71508d2", "001_43ab89a02194461f"]
    )
    assert problems == []
    assert overrides.story is not None and overrides.story.story is not None
    assert overrides.story.story.title and [f.article_id for f in overrides.sidecars] == [
        "000_3beb3d5ee71508d2",
        "001_43ab89a02194461f",
    ]
    assert overrides.sidecars[1].article is not None
    assert overrides.sidecars[1].article.published == dt.date(2024, 1, 17)
    first = overrides.sidecars[0].article
    assert first is not None and first.published == dt.date(2024, 1, 5) and first.published_estimated


def test_an_editors_estimate_stays_marked_as_estimated() -> None:
    from generator.overrides.facts import edited_article
    from generator.overrides.schema import ArticleMetadata

    article = Article(id="a", path="a.txt", format="text", title="T", text="x")
    guess = ArticleMetadata(published=dt.date(2024, 1, 5), published_estimated=True)
    estimate = edited_article(article, [guess])
    known = edited_article(article, [ArticleMetadata(published=dt.date(2024, 1, 5))])
    assert estimate is not None and estimate.published_estimated
    assert known is not None and not known.published_estimated


def test_every_example_in_the_editing_docs_is_valid() -> None:
    from generator.overrides.schema import ArticleFile, StoryFile
    from generator.overrides.yaml_reader import load_yaml_text

    text = (ROOT / "docs" / "editing.md").read_text(encoding="utf-8")
    blocks = [block.split("```")[0] for block in text.split("```yaml\n")[1:]]
    assert len(blocks) >= 8
    for block in blocks:
        first_line = block.splitlines()[0]
        model = StoryFile if first_line.endswith("story.yml") else ArticleFile
        assert first_line.startswith("# seeds/"), "each example names the file it belongs in"
        model.model_validate(load_yaml_text(block).data or {})


def test_a_ranges_upper_end_can_be_corrected(tmp_path: Path) -> None:
    from generator.overrides.api import apply_overrides, load_overrides

    (tmp_path / "story.yml").write_text("quantities:\n  q-range:\n    value_to: 15\n", encoding="utf-8")
    overrides, problems = load_overrides(tmp_path / "story.yml", tmp_path, [])
    story = Story(title="t", articles=[], quantities=[Quantity(id="q-range", text="10%", value=10, unit="%")])
    edited, stale = apply_overrides(story, overrides)
    assert problems == [] and stale == []
    assert edited.quantities[0].value_to == 15
    assert edited.quantities[0].edit is not None and edited.quantities[0].edit.fields == ["value_to"]


def test_home_lines_are_pinned_rewritten_and_unknown_ids_reported(tmp_path: Path) -> None:
    story, problems = applied(
        tmp_path,
        "home:\n  t-1:\n    position: 1\n    text: The strike began on Friday.\n    note: Plainer\n"
        "  jane-doe:\n    hide: true\n",
    )
    assert story.home["t-1"].position == 1 and story.home["t-1"].text == "The strike began on Friday."
    assert story.home["t-1"].note == "Plainer" and story.home["jane-doe"].hide
    overrides, _ = load_story_text(tmp_path, "home:\n  t-2:\n    hide: true\n")
    problem = only_problem(apply_overrides(make_story(), overrides)[1])
    assert "home page line 't-2'" in problem.message and problem.line == 2
    assert "'t-1'" in problem.hint
    _, problems = load_story_text(tmp_path, "home:\n  t-1:\n    position: 0\n")
    assert problems and "home.t-1.position: expected a number of at least 1" in problems[0].describe()
