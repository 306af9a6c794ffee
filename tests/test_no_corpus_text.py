"""No corpus text is copied into the repository: no 8-word run of a MEANTIME or ECB+ article appears in
the repository's text files (code, comments, docstrings, tests, fixtures, docs, templates).

The corpora are read in place from ../shared/corpora (their licences allow reading, and the project
promises never to republish the texts); examples in the repository are invented. Eight words are
long enough that no ordinary phrase of news English matches by chance, short enough that a copied
clause with a word or two changed around it still does. Words are compared lower-cased, letters and
digits only, so punctuation, quote style and line wrapping do not hide a copy.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.evaluate import ecbplus, meantime
from tests.conftest import ROOT

RUN = 8
CHECKED = ("generator", "tests", "docs", "benchmarks", "site-templates", "seeds", "README.md", "run.py",
           "mkdocs.yml")
TEXT_SUFFIXES = {".py", ".md", ".txt", ".yml", ".yaml", ".html", ".j2", ".css", ".js", ".json", ".csv",
                 ".toml", ".svg", ".cfg", ".ini"}
# Annotation files of corpus documents: token pointers and labels; a label is a speaker as the article
# names them, which may be a long description ("more than ... scientists"), scored by exact match.
POINTER_FILES = ("tests/gold/ecbplus_attributions.yml", "tests/gold/ecbplus_quantities.yml")
_TOKEN = re.compile(r"<token\b[^>]*>([^<]*)</token>")
_WORD = re.compile(r"[a-z0-9]+")
# The corpora split contractions ("do n't", "Reuters 's"); a text file keeps them whole.
_CLITIC = re.compile(r"^(n't|'[a-z]{1,2})$", re.IGNORECASE)
_APOSTROPHES = re.compile(r"['\u2019]")

Run = tuple[str, ...]


def _words(text: str) -> list[str]:
    return _WORD.findall(_APOSTROPHES.sub("", text.lower()))


def _corpus_files() -> Iterator[Path]:
    if ecbplus.DEFAULT_CORPUS.is_dir():
        yield from sorted((ecbplus.DEFAULT_CORPUS / "topics").glob("*/*.xml"))
    if meantime.DEFAULT_CORPUS.is_dir():
        yield from sorted(meantime.DEFAULT_CORPUS.rglob("*.xml"))


def _document_words(path: Path) -> list[str]:
    tokens: list[str] = []
    for token in _TOKEN.findall(path.read_text(encoding="utf-8", errors="replace")):
        token = html.unescape(token)
        if tokens and _CLITIC.match(token):
            tokens[-1] += token
        else:
            tokens.append(token)
    return _words(" ".join(tokens))


def _corpus_runs() -> dict[Run, str]:
    """Every 8-word run of every corpus article, with the first article that holds it."""
    runs: dict[Run, str] = {}
    seen_documents: set[str] = set()
    for path in _corpus_files():
        if path.name in seen_documents:  # MEANTIME holds each article in two annotation layers
            continue
        seen_documents.add(path.name)
        words = _document_words(path)
        for start in range(len(words) - RUN + 1):
            runs.setdefault(tuple(words[start:start + RUN]), path.name)
    return runs


def _repository_files() -> Iterator[Path]:
    for name in CHECKED:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from sorted(found for found in path.rglob("*")
                              if found.is_file() and found.suffix in TEXT_SUFFIXES
                              and "__pycache__" not in found.parts and not _is_pointer_file(found))


def _file_runs(path: Path) -> Iterator[tuple[int, Run]]:
    """(line number, run) of every 8-word run of a text file; runs cross line breaks."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    numbered = [(number, word) for number, line in enumerate(lines, 1) for word in _words(line)]
    for start in range(len(numbered) - RUN + 1):
        yield numbered[start][0], tuple(word for _, word in numbered[start:start + RUN])


def _is_pointer_file(path: Path) -> bool:
    return path.relative_to(ROOT).as_posix() in POINTER_FILES


def copied_runs(corpus_runs: dict[Run, str]) -> list[str]:
    """One line per repository line that starts a run found in a corpus article."""
    found: dict[tuple[Path, int], str] = {}
    for path in _repository_files():
        for line, run in _file_runs(path):
            if run in corpus_runs and (path, line) not in found:
                found[path, line] = (f"{path.relative_to(ROOT)}:{line}: \"{' '.join(run)}\" "
                                     f"(corpus article {corpus_runs[run]})")
    return sorted(found.values())


@pytest.fixture(scope="module")
def corpus_runs() -> dict[Run, str]:
    if not ecbplus.DEFAULT_CORPUS.is_dir() and not meantime.DEFAULT_CORPUS.is_dir():
        pytest.skip(f"the corpora are not here ({ecbplus.DEFAULT_CORPUS.parent}): nothing to compare with")
    return _corpus_runs()


def test_no_repository_file_holds_eight_words_of_a_corpus_article(corpus_runs: dict[Run, str]) -> None:
    copies = copied_runs(corpus_runs)
    assert not copies, ("corpus text copied into the repository; replace it with an invented example "
                        "of the same shape:\n" + "\n".join(copies))


def test_the_check_finds_a_copied_sentence_however_it_is_wrapped(corpus_runs: dict[Run, str],
                                                                 tmp_path: Path) -> None:
    """The check can fail: a run taken from the corpus, wrapped over lines with other quotes, is found."""
    run = sorted(corpus_runs)[len(corpus_runs) // 2]
    copy = tmp_path / "example.py"
    wrapped = f"# An example: '{' '.join(run[:3])}\n#   {' '.join(run[3:]).upper()}.'\n"
    copy.write_text(wrapped, encoding="utf-8")
    assert [line for line, found in _file_runs(copy) if found in corpus_runs] == [1]
    invented = tmp_path / "invented.py"
    invented.write_text("# An invented line about a ferry nobody wrote down before\n", encoding="utf-8")
    assert not [found for _, found in _file_runs(invented) if found in corpus_runs]
