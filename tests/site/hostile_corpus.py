"""The hostile corpus of the site tests (issue 9): an ordinary article with one hostile paragraph per
case and its clean twins, and what the tests over it share (script URLs, text that leaks only from a read
file or an evaluated template, a folder's files). The tests: test_hostile.py (pages), test_hostile_files.py
(bad files and the user's files, also through MkDocs), test_hostile_time.py (bounded time)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import FIXTURES

UNIT = FIXTURES / "hostile_unit"
BASELINE = (UNIT / "baseline.txt").read_text(encoding="utf-8")

# Attributes whose value the browser loads or runs as a URL.
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "srcset",
    "data",
)
SCRIPT_SCHEMES = re.compile(r"^(?:javascript|vbscript|data|file):", re.I)
# Text that exists on a page only if something read /etc/passwd or evaluated `{{ 12345*9 }}`.
LEAKS = ("root:x:0:0", "daemon:x:", "111105")


@dataclass(frozen=True)
class Case:
    """A hostile paragraph (or several, separated by blank lines) added to an ordinary article.

    `MARK` in the payload becomes a word unique to the case; it is the text that must stay visible and
    must never end up inside structure made from the payload. `shown` lists what the reader must see
    literally (after ingest's documented cleaning of invisible and control characters).
    """

    name: str
    payload: str
    shown: tuple[str, ...] = ()

    @property
    def marker(self) -> str:
        return "zq" + self.name

    def text(self) -> str:
        return self.payload.replace("MARK", self.marker)

    def visible(self) -> tuple[str, ...]:
        expected = self.shown or tuple(p for p in self.text().split("\n\n") if p.strip())
        return tuple(item.replace("MARK", self.marker) for item in expected)


CASES = (
    Case("script", "Residents found <script>alert(1)</script> MARK on the board's website."),
    Case("img", "A commenter posted <img src=x onerror=alert(1)> MARK under the notice."),
    Case(
        "svg", 'The form accepted <svg onload=alert(1)> MARK and <iframe src="javascript:alert(1)"></iframe>.'
    ),
    Case("style", "<style>body { display: none }</style> MARK was pasted into the comments."),
    Case(
        "mdlink",
        "The agenda listed [MARK](javascript:alert(1)) and [a form](data:text/html;base64,PHNjcmlwdD4=).",
    ),
    Case(
        "htmllink",
        "The agenda listed <a href=\"javascript:alert(1)\">MARK</a> and <a href='data:text/html,x'>y</a>.",
    ),
    Case("autolink", "A reader sent <javascript:alert(1)> and <https://evil.example/MARK> to the board."),
    Case(
        "image",
        "A reader sent ![MARK](javascript:alert(1)) and ![x](data:image/svg+xml,<svg onload=alert(1)>).",
    ),
    Case("reflink", "[MARK][evil] was cited in the letter.\n\n[evil]: javascript:alert(1)"),
    Case("admonition", '!!! danger "MARK" was printed on the leaflets.'),
    Case("details", '??? note "MARK" appeared twice.\n\n<details><summary>MARK</summary>hidden</details>'),
    # A whole line that is pymdownx.details syntax, carrying a date and a number so that it becomes a fact
    # whose sentence is quoted on its own line on the fact pages.
    Case("detailsline", '??? danger "MARK: the board voted on Tuesday to spend $4 million"'),
    Case("heading", "# MARK appears in the minutes of the meeting."),
    Case("table", "| MARK | b | appeared in a leaked spreadsheet. |---|---|"),
    Case("footnote", "The report[^1] cited MARK.\n\n[^1]: MARK footnote text."),
    Case(
        "attrlist",
        'The chair spoke MARK{: onclick="alert(1)" } at length.\n\n{: #MARK .MARK onclick="alert(1)" }',
    ),
    Case("attrblock", "{#MARK .MARK}\n\nThe clerk read the MARK motion aloud.{: .injected }"),
    Case("abbr", "*[water]: MARK\n\n*[HTML]: abbr"),
    Case("mdinhtml", '<div markdown="1">**MARK**</div>'),
    Case("emphasis", "**MARK** and _under_ and ==marked== and ~~gone~~ and ^^ins^^ and `code` were typed."),
    Case("fenced", "``` MARK ``` and ~~~ fence ~~~ were typed too."),
    Case("comment", "<!-- MARK --> was hidden in the page source."),
    Case("charref", "The page showed &lt;script&gt;MARK&lt;/script&gt; and &#60;b&#62; and &amp;amp; too."),
    Case("jinja", "An engineer typed {{ 7*7 }} and {{ 12345*9 }} MARK into the form."),
    Case(
        "jinjablock",
        "{% for x in range(3) %}MARK{% endfor %} {# hidden #} {% raw %}{{ config }}{% endraw %}.",
    ),
    Case("snippet", '--8<-- "/etc/passwd"\n\n;--8<-- "/etc/passwd" MARK\n\n--8<-- "mkdocs.yml"'),
    Case("fence", "---\n\ntitle: MARK injected title\n\n---", shown=("title: MARK injected title",)),
    Case(
        "placeholder",
        "Markdown uses \x02wzxhzdk:0\x03 MARK \x02klzzwxh:1\x03 internally.",
        shown=("Markdown uses wzxhzdk:0 MARK klzzwxh:1 internally.",),
    ),
    Case(
        "emoji",
        "Fans posted :smile: \U0001f6a2\U0001f389 MARK \U0001f468\u200d\U0001f469\u200d\U0001f467"
        " :material-alert:.",
    ),
    Case(
        "rtl",
        'The notice said "\u0645\u062c\u0644\u0633 \u0627\u0644\u0645\u064a\u0627\u0647" and '
        '"\u05de\u05d5\u05e2\u05e6\u05ea \u05d4\u05de\u05d9\u05dd" MARK.',
    ),
    # Joiners and direction marks are part of the text: ingest keeps them, so must the page. The
    # Persian word needs its zero-width non-joiner, the family emoji its zero-width joiners.
    Case("persian", "A resident wrote \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 MARK on the form."),
    Case("marks", "The sign read \u05de\u05d9\u05dd\u200f 42 MARK\u200e on the door."),
    Case(
        "invisible",
        "The wa\u200bter MARK file was \u202egnp.exe and \u2066isolated\u2069 text.",
        shown=("The water MARK file was gnp.exe and isolated text.",),
    ),
    Case(
        "controls",
        "Bell\x07 escape\x1b[31m delete\x7f MARK ended.",
        shown=("Bell escape[31m delete MARK ended.",),
    ),
)
# Values a clean twin writes in place of the payload: the same position, nothing hostile.
CLEAN_TEXT = "MARK was posted on the notice board."


def hostile_article(case: Case) -> str:
    """The baseline article with the case's paragraphs between the quote and the demand."""
    paragraphs = BASELINE.rstrip("\n").split("\n\n")
    return "\n\n".join([*paragraphs[:4], case.text(), *paragraphs[4:]]) + "\n"


def clean_article(case: Case) -> str:
    return hostile_article(Case(case.name, CLEAN_TEXT))



def corpus_files(article_for: Callable[[Case], str]) -> dict[str, str]:
    files = {"baseline.txt": BASELINE, "metadata.md": (UNIT / "metadata.md").read_text(encoding="utf-8")}
    files.update({f"case-{case.name}.txt": article_for(case) for case in CASES})
    return files


def url_is_script(value: str) -> bool:
    # Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
    return bool(SCRIPT_SCHEMES.match(re.sub(r"[\x00-\x20\x7f-\x9f]+", "", value)))


def tree(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file under `folder` (links as their target path) except under the `skip` subfolders."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative.split("/")[0] in skip:
            continue
        if path.is_symlink():
            found[relative] = os.readlink(path).encode()
        elif path.is_file():
            found[relative] = path.read_bytes()
    return found
