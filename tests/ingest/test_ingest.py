"""Tests for the ingest stage: formats, the demo seeds' layout, and hostile input."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.ingest.files import MAX_ARTICLE_BYTES, article_id_for
from generator.ingest.metadata import headline_from_lede
from generator.ingest.problems import IngestError
from generator.ingest.reader import load_articles, read_article
from generator.models import Article, IngestProblem
from tests.conftest import FIXTURES, ROOT

SEEDS = ROOT / "seeds"
INGEST_FIXTURES = FIXTURES / "ingest"

COURT_LEDE = (
    "A state appeals court on Tuesday struck down the city's nighttime curfew for teenagers, ruling that "
    "it violated the right to free movement."
)
SCIENCE_PARAGRAPHS = [
    "Researchers at a university observatory have detected water vapour in the atmosphere of a planet "
    "orbiting a small star 120 light years away, according to a study published on Monday.",
    "The team used eleven nights of telescope time to measure how starlight filtered through the "
    "planet's atmosphere.",
    "Other astronomers called the result promising but said it needed to be confirmed.",
]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(path: Path, seeds: Path) -> tuple[Article, list[IngestProblem]]:
    problems: list[IngestProblem] = []
    return read_article(path, seeds, problems=problems), problems


def refusal(path: Path, seeds: Path) -> IngestProblem:
    with pytest.raises(IngestError) as caught:
        read_article(path, seeds)
    return caught.value.problem


def assert_offsets_slice_text(article: Article) -> None:
    pieces = [article.text[p.start : p.end] for p in article.paragraphs]
    assert "\n\n".join(pieces) == article.text
    assert [p.index for p in article.paragraphs] == list(range(len(pieces)))
    for piece in pieces:
        assert piece and piece == piece.strip() and "\n" not in piece


def assert_actionable(problem: IngestProblem, file_name: str) -> None:
    assert file_name in problem.path
    assert problem.message and problem.hint
    assert file_name in problem.describe()


# =========================================================================== the demo seeds


@pytest.fixture(scope="module")
def seeds() -> tuple[list[Article], list[IngestProblem]]:
    return load_articles(SEEDS)


def test_seeds_load_two_articles_without_problems(seeds):
    articles, problems = seeds
    assert [a.id for a in articles] == ["000_3beb3d5ee71508d2", "001_43ab89a02194461f"]
    assert problems == []
    assert {a.format for a in articles} == {"text"}


def test_seed_titles_are_distinct_ledes_not_the_shared_photo_title(seeds):
    articles, _ = seeds
    titles = [a.title for a in articles]
    assert len(set(titles)) == 2
    assert all("AMLO and Biden" not in title for title in titles)
    assert titles[0].startswith("Apprehensions of migrants unlawfully crossing")
    assert titles[1].startswith("A Mexican delegation is set to visit Washington DC")
    assert all(len(title) <= 101 and title.endswith("…") for title in titles)


def test_seed_outlet_and_year_come_from_the_copyright_line(seeds):
    articles, _ = seeds
    for article in articles:
        assert article.outlet == "Latin Times"
        assert article.copyright_year == 2024
        assert article.published is None and article.published_estimated is False
        assert article.url is None


def test_seed_text_has_no_furniture(seeds):
    articles, _ = seeds
    for article in articles:
        assert not article.text.startswith("AMLO and Biden")
        assert "The presidents of Mexico and the U.S. Twitter" not in article.text
        assert "©" not in article.text and "All rights reserved" not in article.text
        assert "reproduce" not in article.text
        assert article.sentences == []


def test_seed_paragraph_offsets_slice_the_text(seeds):
    articles, _ = seeds
    assert [len(a.paragraphs) for a in articles] == [8, 12]
    for article in articles:
        assert_offsets_slice_text(article)
    first = articles[0]
    assert first.text[first.paragraphs[0].start :].startswith("Apprehensions of migrants")
    assert first.text.endswith("integration plan for the region.")


def test_seed_paragraph_ending_mid_sentence_is_kept_as_it_is(seeds):
    second = seeds[0][1]
    pieces = [second.text[p.start : p.end] for p in second.paragraphs]
    broken = pieces.index(
        "As Biden seeks to increase Mexico's support to reduce the number of border crossings,"
    )
    assert pieces[broken + 1].startswith("Mexican President Andrés Manuel López Obrador")


def test_seed_content_hash_is_sha256_of_the_raw_bytes(seeds):
    for article in seeds[0]:
        assert article.content_hash == hashlib.sha256((ROOT / article.path).read_bytes()).hexdigest()
        assert article.path.startswith("seeds/")


def test_loading_is_deterministic():
    first, _ = load_articles(SEEDS)
    second, _ = load_articles(SEEDS)
    assert [a.model_dump_json() for a in first] == [a.model_dump_json() for a in second]


# =========================================================================== plain text


def test_text_with_headline_byline_dateline_and_copyright():
    article, problems = read(INGEST_FIXTURES / "sports_result.txt", INGEST_FIXTURES)
    assert problems == []
    assert article.title == "Harbor City edge Northfield in overtime thriller"
    assert article.author == "Priya Raman"
    assert article.published == dt.date(2023, 3, 3)
    assert article.outlet == "Northfield Gazette"
    assert article.copyright_year == 2023
    assert article.text.startswith("Harbor City beat Northfield 3-2 in overtime")
    assert "By Priya Raman" not in article.text and "Copyright" not in article.text
    assert len(article.paragraphs) == 3
    assert_offsets_slice_text(article)


def test_text_with_only_paragraphs_gets_a_title_from_the_lede(tmp_path):
    path = write(tmp_path, "observatory.txt", "\n\n".join(SCIENCE_PARAGRAPHS) + "\n")
    article, problems = read(path, tmp_path)
    assert problems == []
    assert article.text == "\n\n".join(SCIENCE_PARAGRAPHS)
    assert article.title.startswith("Researchers at a university observatory have detected water vapour")
    assert article.title.endswith("…") and len(article.title) <= 101
    assert article.outlet is None and article.copyright_year is None and article.published is None


def test_text_headline_line_becomes_title_and_leaves_the_text(tmp_path):
    path = write(tmp_path, "ruling.txt", "Appeals court strikes down teen curfew\n\n" + COURT_LEDE + "\n")
    article, _ = read(path, tmp_path)
    assert article.title == "Appeals court strikes down teen curfew"
    assert article.text == COURT_LEDE


def test_text_question_headline_is_a_headline(tmp_path):
    path = write(tmp_path, "question.txt", f"Will the curfew come back?\n\n{COURT_LEDE}\n")
    article, _ = read(path, tmp_path)
    assert (article.title, article.text) == ("Will the curfew come back?", COURT_LEDE)


def test_text_wire_dateline_is_not_part_of_the_derived_title(tmp_path):
    lede = "NAIROBI, Kenya (Wire) — Floods displaced 10,000 people on Sunday. Rescue teams reached the area."
    article, _ = read(write(tmp_path, "floods.txt", lede), tmp_path)
    assert article.title == "Floods displaced 10,000 people on Sunday"
    assert article.text == lede


def test_text_two_line_photo_block_is_furniture_not_title(tmp_path):
    content = (
        f"Flooded streets\nResidents wade through water in the old town. Photo: Agency\n\n{COURT_LEDE}\n"
    )
    article, _ = read(write(tmp_path, "flood.txt", content), tmp_path)
    assert article.text == COURT_LEDE
    assert "Flooded" not in article.title
    assert article.title.startswith("A state appeals court on Tuesday struck down")


def test_text_single_line_per_paragraph_without_blank_lines(tmp_path):
    article, _ = read(write(tmp_path, "lines.txt", "\n".join(SCIENCE_PARAGRAPHS)), tmp_path)
    assert len(article.paragraphs) == 3


def test_text_hard_wrapped_paragraphs_are_joined(tmp_path):
    content = (
        "The council voted on Monday to\nraise the fee for parking permits\nby ten percent from April.\n"
    )
    article, _ = read(write(tmp_path, "wrapped.txt", content), tmp_path)
    assert (
        article.text
        == "The council voted on Monday to raise the fee for parking permits by ten percent from April."
    )


def test_text_front_matter_is_honoured_and_a_leading_rule_is_not(tmp_path):
    with_meta = write(
        tmp_path, "meta.txt", f"---\ntitle: Curfew ruling\noutlet: Metro Wire\n---\n{COURT_LEDE}\n"
    )
    article, _ = read(with_meta, tmp_path)
    assert (article.title, article.outlet, article.text) == ("Curfew ruling", "Metro Wire", COURT_LEDE)
    rule_first = write(tmp_path, "rule.txt", f"---\nThe vote: it passed, 7 to 2.\n---\n\n{COURT_LEDE}\n")
    article, problems = read(rule_first, tmp_path)
    assert "The vote: it passed, 7 to 2." in article.text and problems == []


@pytest.mark.parametrize(
    ("line", "outlet", "year"),
    [
        ("© 2021 Example Wire. All rights reserved.", "Example Wire", 2021),
        ("(c) Example Wire 2019", "Example Wire", 2019),
        ("Copyright © 2015-2022 The Valley Herald, LLC", "The Valley Herald", 2022),
        ("COPYRIGHT 2020 U.S. Farm News - all rights reserved", "U.S. Farm News", 2020),
    ],
)
def test_copyright_line_variants(tmp_path, line, outlet, year):
    article, _ = read(write(tmp_path, "c.txt", f"{COURT_LEDE}\n\n{line}\n"), tmp_path)
    assert (article.outlet, article.copyright_year, article.text) == (outlet, year, COURT_LEDE)


def test_copyright_line_glued_to_the_last_paragraph_is_still_removed(tmp_path):
    article, _ = read(write(tmp_path, "glued.txt", f"{COURT_LEDE}\n© 2021 Example Wire\n"), tmp_path)
    assert article.text == COURT_LEDE and article.outlet == "Example Wire"


def test_headline_from_lede_cuts_at_a_clause_or_word_boundary():
    long_lede = (
        "The regional transport authority announced on Thursday that it would spend 2.4 billion on new "
        "trams, buses and cycle lanes over the next decade. A second sentence follows."
    )
    headline = headline_from_lede(long_lede)
    assert headline.endswith("…") and len(headline) <= 101
    assert long_lede.startswith(headline[:-1])
    assert headline.split()[-1].rstrip("…") not in {"the", "of", "on", "to", "a"}
    assert headline_from_lede("Rain is expected on Friday. More follows.") == "Rain is expected on Friday"
    assert (
        headline_from_lede("Dr. Ruiz resigned on Friday. Her deputy takes over.")
        == "Dr. Ruiz resigned on Friday"
    )


# =========================================================================== Markdown


def test_markdown_front_matter_and_plain_paragraphs():
    article, problems = read(INGEST_FIXTURES / "court_ruling.md", INGEST_FIXTURES)
    assert problems == []
    assert article.format == "markdown"
    assert article.title == "Appeals court strikes down city's teen curfew"
    assert article.outlet == "The Riverside Ledger"  # from the `source` synonym
    assert article.url == "https://ledger.example.com/news/curfew-ruling"
    assert article.published == dt.date(2023, 3, 14)  # from the `date` synonym
    assert article.author == "Dana Whitfield, Omar Haddad"
    pieces = [article.text[p.start : p.end] for p in article.paragraphs]
    assert pieces[0] == COURT_LEDE
    assert "Read the full ruling on the court's site." in pieces[1]
    assert "City attorneys will ask the state supreme court to review the decision." in pieces
    assert "Police must stop issuing curfew citations immediately." in pieces
    assert '"We are disappointed and will appeal," said city attorney Grace Liu.' in pieces
    assert "title: this is body text after a rule, not front matter." in pieces
    assert pieces[-1].startswith("Civil liberties groups")
    assert_offsets_slice_text(article)


def test_markdown_drops_markup_headings_code_tables_and_html():
    article, _ = read(INGEST_FIXTURES / "court_ruling.md", INGEST_FIXTURES)
    for absent in (
        "**",
        "*",
        "[",
        "](",
        "https://courts",
        "#",
        "What happens next",
        "print headline",
        "curfew_citations_2022",
        "| Year",
        "Advertisement",
        "<div",
        "---",
    ):
        assert absent not in article.text, absent


def test_markdown_h1_is_the_title_without_front_matter(tmp_path):
    content = "# Dam inspection finds cracks\n\nEngineers found *new* cracks in the dam wall on Friday.\n"
    article, _ = read(write(tmp_path, "dam.md", content), tmp_path)
    assert article.title == "Dam inspection finds cracks"
    assert article.text == "Engineers found new cracks in the dam wall on Friday."


def test_markdown_rule_under_a_paragraph_keeps_the_paragraph(tmp_path):
    content = f"{COURT_LEDE}\n---\n\nThe city will appeal.\n"
    article, _ = read(write(tmp_path, "setext.md", content), tmp_path)
    assert article.text == f"{COURT_LEDE}\n\nThe city will appeal."


def test_markdown_bad_front_matter_is_reported_with_its_line_and_body_still_read(tmp_path):
    content = (
        "---\ntitle: Dam inspection\noutlet: [unclosed\n---\n"
        "# Dam inspection finds cracks\n\nEngineers found cracks.\n"
    )
    article, problems = read(write(tmp_path, "dam.md", content), tmp_path)
    assert article.text == "Engineers found cracks."
    assert article.title == "Dam inspection finds cracks"
    assert len(problems) == 1 and problems[0].line in {3, 4}
    assert "front matter" in problems[0].message and "YAML" in problems[0].message
    assert_actionable(problems[0], "dam.md")


def test_markdown_unclosed_front_matter_and_non_mapping_are_reported(tmp_path):
    unclosed = write(tmp_path, "open.md", "---\ntitle: x\n\nEngineers found cracks.\n")
    _, problems = read(unclosed, tmp_path)
    assert [p.line for p in problems] == [1] and "closing" in problems[0].message
    listed = write(tmp_path, "list.md", "---\n- a\n- b\n---\nEngineers found cracks.\n")
    article, problems = read(listed, tmp_path)
    assert article.text == "Engineers found cracks." and "mapping" in problems[0].message


def test_markdown_bad_field_values_are_ignored_with_a_problem(tmp_path):
    content = (
        "---\ntitle: Dam\npublished: next Tuesday\nurl: javascript:alert(1)\n---\nEngineers found cracks.\n"
    )
    article, problems = read(write(tmp_path, "dam.md", content), tmp_path)
    assert article.published is None and article.url is None
    by_line = {p.line: p for p in problems}
    assert set(by_line) == {3, 4}
    assert "not a date" in by_line[3].message and "YYYY-MM-DD" in by_line[3].hint
    assert "http" in by_line[4].message
    for problem in problems:
        assert_actionable(problem, "dam.md")


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("title: Dam\npublished: 2023-02-30\n", "day is out of range"),
        ("title: !!python/object/apply:os.system [echo hacked]\n", "constructor"),
        ("title: " + "[" * 700 + "]" * 700 + "\n", "recursion"),
    ],
)
def test_markdown_hostile_front_matter_is_ignored_with_a_problem(tmp_path, front_matter, reason):
    path = write(tmp_path, "dam.md", f"---\n{front_matter}---\nEngineers found cracks.\n")
    article, problems = read(path, tmp_path)
    assert article.text == "Engineers found cracks." and article.title == "Engineers found cracks"
    assert len(problems) == 1 and reason in problems[0].message
    assert_actionable(problems[0], "dam.md")


def test_markdown_front_matter_alias_bomb_is_not_expanded(tmp_path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    content = (
        "---\n" + "\n".join(levels) + "\ntitle: *a8\nauthor: [*a8, Jo Park]\n---\nEngineers found cracks.\n"
    )
    article, _ = read(write(tmp_path, "bomb.md", content), tmp_path)
    assert article.title == "Engineers found cracks" and article.author == "Jo Park"


def test_markdown_front_matter_size_is_limited(tmp_path):
    huge_yaml = (
        "---\n" + "".join(f"k{i}: {'x' * 60}\n" for i in range(2000)) + "---\nEngineers found cracks.\n"
    )
    _, problems = read(write(tmp_path, "big.md", huge_yaml), tmp_path)
    assert problems and "64 KB" in problems[0].hint


# =========================================================================== HTML


def test_html_main_text_and_metadata():
    article, problems = read(INGEST_FIXTURES / "storm_report.html", INGEST_FIXTURES)
    assert problems == []
    assert article.format == "html"
    assert article.title == "Storm cuts power to 40,000 homes"
    assert article.outlet == "Coastal Daily"
    assert article.url == "https://coastal.example.org/weather/storm-power-cuts"
    assert article.published == dt.date(2022, 11, 8)
    assert article.author == "Lena Fischer"
    assert len(article.paragraphs) == 4
    assert article.text.startswith("A storm with gusts of up to 110 km/h cut power")
    for absent in ("Subscribe", "Most read", "Celebrity chef", "Fallen trees", "©", "<p>"):
        assert absent not in article.text, absent
    assert_offsets_slice_text(article)


def test_html_byline_and_dateline_paragraphs_become_metadata(tmp_path):
    page = (
        "<html><head><title>Bridge reopens</title></head><body><article>"
        "<p>By Ana Ruiz and Tom Berg</p><p>Published: March 3, 2021</p>"
        "<p>The old river bridge reopened on Monday after six months of repairs, the county said in a "
        "statement released in the morning.</p><p>Drivers had faced detours of up to 20 minutes while "
        "the work was carried out, and shops reported falling sales during the closure.</p>"
        "</article></body></html>"
    )
    article, _ = read(write(tmp_path, "bridge.html", page), tmp_path)
    assert (article.author, article.published) == ("Ana Ruiz and Tom Berg", dt.date(2021, 3, 3))
    assert article.text.startswith("The old river bridge reopened") and len(article.paragraphs) == 2


def test_html_declared_legacy_charset_is_used_without_warning(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 owners win appeal</title></head><body>'
        "<article><p>The owners of a caf\xe9 on the harbour front won their appeal against a \u2018noise "
        "order\u2019 on Monday, after judges found the council had measured the wrong building.</p>"
        "<p>The council said it would review how complaints are handled in future and would not appeal "
        "the ruling, which ends a dispute that began two years ago.</p></article></body></html>"
    ).encode("cp1252")
    article, problems = read(write(tmp_path, "cafe.html", page), tmp_path)
    assert problems == []
    assert "café" in article.text and "\u2018noise order\u2019" in article.text


def test_html_with_too_many_elements_is_refused_but_scripts_and_graphics_do_not_count(tmp_path):
    article_html = "<article><p>" + COURT_LEDE * 2 + "</p></article>"
    flood = "<html><body>" + "<div>a</div>" * 31_000 + article_html + "</body></html>"
    problem = refusal(write(tmp_path, "flood.html", flood), tmp_path)
    assert "HTML elements" in problem.message and "30,000" in problem.message
    assert_actionable(problem, "flood.html")
    noisy = "<html><body><svg>" + "<path d='M0 0'/>" * 40_000 + "</svg>" + article_html + "</body></html>"
    article, _ = read(write(tmp_path, "noisy.html", noisy), tmp_path)
    assert article.text == COURT_LEDE * 2


def test_html_without_article_text_is_refused(tmp_path):
    path = write(tmp_path, "empty.html", "<html><head><title>Nothing</title></head><body></body></html>")
    problem = refusal(path, tmp_path)
    assert "no article text" in problem.message
    assert_actionable(problem, "empty.html")


# =========================================================================== folders, names and ids


def test_unsupported_and_ignored_files(tmp_path):
    write(tmp_path, "story.txt", COURT_LEDE)
    write(tmp_path, "sources-say-minister-quits.txt", COURT_LEDE)
    write(tmp_path, "notes.docx", b"PK\x03\x04 something")
    quiet_files = (
        "story.yml",
        "a.yaml",
        "README.md",
        "readme-old.txt",
        "SOURCES.md",
        ".hidden.txt",
        ".DS_Store",
    )
    for quiet in quiet_files:
        write(tmp_path, quiet, "ignored: true\n")
    write(tmp_path, ".git/config.txt", COURT_LEDE)
    articles, problems = load_articles(tmp_path)
    assert [a.id for a in articles] == ["sources-say-minister-quits", "story"]
    assert len(problems) == 1
    assert problems[0].message == "unsupported file type .docx; use .txt, .md or .html"
    assert problems[0].severity == "warning"
    assert_actionable(problems[0], "notes.docx")
    assert refusal(tmp_path / "notes.docx", tmp_path).message.startswith("unsupported file type .docx")


def test_odd_file_names(tmp_path):
    write(tmp_path, "Court Ruling (final).txt", COURT_LEDE)
    write(tmp_path, "Café crème.txt", COURT_LEDE)
    write(tmp_path, "新闻.txt", COURT_LEDE)
    write(tmp_path, "体育.txt", COURT_LEDE)
    articles, problems = load_articles(tmp_path)
    ids = [a.id for a in articles]
    assert problems == []
    assert "court-ruling-final" in ids and "cafe-creme" in ids
    assert len(set(ids)) == 4
    for article_id in ids:
        assert re.fullmatch(r"[a-z0-9_]+(?:-[a-z0-9_]+)*", article_id), article_id
    assert ids == sorted(ids)
    assert any(a.path.endswith("新闻.txt") for a in articles)


def test_article_id_is_stable_and_includes_the_subfolder(tmp_path):
    path = tmp_path / "wire" / "Storm Report.md"
    assert article_id_for(path, tmp_path) == "wire-storm-report"
    assert article_id_for(path, tmp_path) == article_id_for(Path(str(path)), tmp_path)
    assert article_id_for(tmp_path / "000_3beb3d.txt", tmp_path) == "000_3beb3d"


def test_colliding_ids_get_a_suffix_and_a_warning_naming_both_files(tmp_path):
    write(tmp_path, "a b.txt", "First article text.")
    write(tmp_path, "a-b.txt", "Second article text.")
    write(tmp_path, "report.txt", "Third article text.")
    write(tmp_path, "report.md", "Fourth article text.")
    articles, problems = load_articles(tmp_path)
    by_id = {a.id: a.text for a in articles}
    assert by_id == {
        "a-b": "First article text.",
        "a-b-2": "Second article text.",
        "report": "Fourth article text.",  # report.md sorts before report.txt
        "report-2": "Third article text.",
    }
    assert len(problems) == 2
    assert "a b.txt" in problems[0].message and "a-b.txt" in problems[0].message
    assert "'a-b-2'" in problems[0].message and "rename" in problems[0].hint
    assert "report.md" in problems[1].message and "report.txt" in problems[1].message


def test_one_level_of_subfolders_is_read_and_deeper_ones_reported(tmp_path):
    write(tmp_path, "wire/storm.txt", "Storm text.")
    write(tmp_path, "wire/archive/old.txt", "Old text.")
    articles, problems = load_articles(tmp_path)
    assert [a.id for a in articles] == ["wire-storm"]
    assert len(problems) == 1 and "nested" in problems[0].message
    assert_actionable(problems[0], "wire/archive")


def test_missing_seeds_folder_is_a_problem(tmp_path):
    articles, problems = load_articles(tmp_path / "nowhere")
    assert articles == [] and problems[0].severity == "error" and "nowhere" in problems[0].path


def test_symlink_outside_the_seeds_folder_is_refused_unread(tmp_path):
    seeds = tmp_path / "seeds"
    secret = write(tmp_path, "outside/secret.txt", "Secret text that must never be read.")
    write(seeds, "ok.txt", "Fine text.")
    (seeds / "link.txt").symlink_to(secret)
    (seeds / "linked-folder").symlink_to(secret.parent, target_is_directory=True)
    (seeds / "inside-link.txt").symlink_to(seeds / "ok.txt")
    articles, problems = load_articles(seeds)
    assert sorted(a.id for a in articles) == ["inside-link", "ok"]
    assert all("Secret" not in a.text for a in articles)
    assert len(problems) == 2 and all("outside the seeds folder" in p.message for p in problems)
    assert all(p.severity == "warning" for p in problems)
    assert_actionable(problems[0], "link")
    assert "outside the seeds folder" in refusal(seeds / "link.txt", seeds).message


# =========================================================================== hostile content


def test_empty_and_whitespace_only_files_are_refused(tmp_path):
    empty = refusal(write(tmp_path, "empty.txt", b""), tmp_path)
    blank = refusal(write(tmp_path, "blank.md", " \n\t\r\n  \n"), tmp_path)
    assert "empty" in empty.message and "whitespace" in blank.message
    assert_actionable(empty, "empty.txt")
    assert_actionable(blank, "blank.md")
    articles, problems = load_articles(tmp_path)
    assert articles == [] and len(problems) == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"Some text\x00\x01\x02\x00more", "NUL"),
        (bytes(range(1, 32)) * 40, "control characters"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ],
)
def test_binary_content_is_refused(tmp_path, content, reason):
    problem = refusal(write(tmp_path, "scan.txt", content), tmp_path)
    assert "binary" in problem.message and reason in problem.message
    assert problem.severity == "error"
    assert_actionable(problem, "scan.txt")


def test_utf8_bom_is_stripped(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + b"Court rules on curfew\n\n" + COURT_LEDE.encode())
    article, problems = read(path, tmp_path)
    assert problems == [] and article.title == "Court rules on curfew" and article.text == COURT_LEDE


def test_utf16_with_bom_is_read(tmp_path):
    path = write(tmp_path, "utf16.txt", COURT_LEDE.encode("utf-16"))
    assert read(path, tmp_path)[0].text == COURT_LEDE


def test_cp1252_file_is_read_with_a_warning_naming_the_encoding(tmp_path):
    content = f"{COURT_LEDE}\n\nThe caf\xe9 owner said: \u201cWe\u2019re relieved.\u201d\n"
    article, problems = read(write(tmp_path, "legacy.txt", content.encode("cp1252")), tmp_path)
    assert "The café owner said: \u201cWe\u2019re relieved.\u201d" in article.text
    assert len(problems) == 1 and problems[0].line == 3
    assert "cp1252" in problems[0].message and "UTF-8" in problems[0].message
    assert "UTF-8" in problems[0].hint
    assert_actionable(problems[0], "legacy.txt")


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path):
    article, problems = read(write(tmp_path, "odd.txt", b"Caf\xe9\x81 opens.\n"), tmp_path)
    assert article.text == "Café opens."  # the C1 control \x81 is stripped
    assert "Latin-1" in problems[0].message


def test_oversized_file_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # sparse: 20 MB on paper, nothing on disk

    def no_open(self: Path, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(Path, "open", no_open)
    problem = refusal(path, tmp_path)
    assert problem.message == "file is 20 MB (20,971,520 bytes), larger than the 5 MB limit"
    assert "split" in problem.hint and problem.severity == "error"
    assert_actionable(problem, "dump.txt")


def test_markdown_has_a_lower_size_limit(tmp_path):
    path = write(tmp_path, "long.md", "Engineers found cracks. " * 30_000)
    problem = refusal(path, tmp_path)
    assert "larger than the 512 KB limit" in problem.message and "512 KB" in problem.hint


def test_absurdly_long_markdown_paragraph_is_kept_as_raw_text(tmp_path):
    content = "# Cracks\n\n" + "[*" * 30_000 + "\n\nEngineers found cracks.\n"
    article, problems = read(write(tmp_path, "brackets.md", content), tmp_path)
    assert article.text.endswith("\n\nEngineers found cracks.") and article.text.startswith("[*[*")
    assert len(problems) == 1 and problems[0].line == 3 and "50,000" in problems[0].message
    assert_actionable(problems[0], "brackets.md")


def test_file_just_under_the_limit_is_read(tmp_path):
    paragraph = "The committee met again on Tuesday and adjourned without a vote. " * 30
    count = (MAX_ARTICLE_BYTES - 1000) // (len(paragraph) + 2)
    article, _ = read(write(tmp_path, "long.txt", "\n\n".join([paragraph] * count)), tmp_path)
    assert len(article.paragraphs) == count


def test_ten_thousand_line_article(tmp_path):
    lines = [f"Paragraph {n} reports that the count reached {n * 7} by noon." for n in range(10_000)]
    article, _ = read(write(tmp_path, "long.txt", "\n".join(lines)), tmp_path)
    assert len(article.paragraphs) == 10_000
    last = article.paragraphs[-1]
    assert article.text[last.start : last.end] == lines[-1]


def test_control_and_invisible_characters_are_removed_and_line_endings_normalised(tmp_path):
    content = (
        "Court\u200b rules\x07 on cur\u00adfew\r\n\r\n"
        "The judge\u202e said no.\x1b[31m\rThe city\u2060 will appeal.\x85Mayor\x9b speaks.\r\n"
    )
    article, _ = read(write(tmp_path, "dirty.txt", content), tmp_path)
    assert article.title == "Court rules on curfew"
    assert article.text == "The judge said no.[31m The city will appeal. Mayor speaks."
    assert not any(unicodedata.category(c) in {"Cc", "Cf"} for c in article.text)


def test_emoji_right_to_left_text_and_nfc(tmp_path):
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # ZWNJ is part of the word
    decomposed = "Cafe\u0301 owners cheered the ruling."
    arabic = "\u0627\u0644\u0645\u062d\u0643\u0645\u0629"
    content = f"{decomposed}\n\nFans posted {family} and \U0001f389.\n\n{arabic} {persian}.\n"
    article, _ = read(write(tmp_path, "mixed.txt", content), tmp_path)
    pieces = [article.text[p.start : p.end] for p in article.paragraphs]
    assert pieces[0] == "Café owners cheered the ruling." and len(pieces[0]) == len(decomposed) - 1
    assert family in pieces[1] and "\U0001f389" in pieces[1]
    assert pieces[2] == f"{arabic} {persian}."


def test_every_problem_in_a_hostile_folder_names_its_file_and_a_fix(tmp_path):
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "binary.txt", b"\x00\x01\x02\x03")
    write(tmp_path, "legacy.txt", "Caf\xe9 opens.".encode("cp1252"))
    write(tmp_path, "bad.md", "---\ntitle: [\n---\nText here.\n")
    write(tmp_path, "slides.pptx", b"PK\x03\x04")
    write(tmp_path, "good.html", "<html><body><article><p>" + COURT_LEDE * 3 + "</p></article></body></html>")
    articles, problems = load_articles(tmp_path)
    assert sorted(a.id for a in articles) == ["bad", "good", "legacy"]
    named = {
        name: [p for p in problems if name in p.path]
        for name in ("empty.txt", "binary.txt", "legacy.txt", "bad.md", "slides.pptx")
    }
    for name, found in named.items():
        assert len(found) == 1, name
        assert_actionable(found[0], name)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.lists(
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
        | st.sampled_from(["\n", "\n\n", "---\n", "\r\n", "© 2020 ", "# ", "<p>", "By Ann Lee\n"]),
        max_size=30,
    ).map("".join),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_any_text_is_read_cleanly_or_refused_with_a_problem(tmp_path, content, suffix):
    path = write(tmp_path, f"fuzz{suffix}", content.encode("utf-8", "surrogatepass"))
    try:
        article, problems = read(path, tmp_path)
    except IngestError as error:
        assert_actionable(error.problem, f"fuzz{suffix}")
        return
    assert article.text and article.title
    assert_offsets_slice_text(article)
    assert unicodedata.is_normalized("NFC", article.text)
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in article.text + article.title)
    for problem in problems:
        assert_actionable(problem, f"fuzz{suffix}")
