"""Escaping of article-provided text for Markdown pages that are later read as HTML.

Article text is data, never markup. Every string that comes from an article (text, titles, outlets,
names, quotes, URLs) goes through one of these functions before it reaches a page.

Why numeric character references rather than backslash escapes: Python-Markdown only honours a
backslash before its own short list of characters (a backslash before `<`, `|`, `~`, `=` or `:` stays
visible), and inside raw HTML blocks no backslash escape is processed at all. A reference such as
`&#35;` is left untouched by Markdown and its extensions in every context (paragraphs, headings, table
cells, admonition bodies, `md_in_html` blocks, HTML attributes) and the browser shows the character.
So `!!! note`, `# heading`, `| table |`, `[^1]`, `{: .x}`, `*[X]: y`, `--8<--`, `==mark==`, `:emoji:`,
bare URLs and raw HTML all arrive as plain text.
"""

from __future__ import annotations

import re
import string
import unicodedata
from urllib.parse import urlsplit

from markupsafe import Markup

# Punctuation that stays literal: none of these starts or closes any Markdown, Material or pymdownx
# construct on its own (links need `[`/`(`, autolinks need `:`, tables need `|`).
# "?" is encoded too: a line of "???" opens a pymdownx.details block.
_LITERAL_PUNCTUATION = frozenset(",;/%")
_ENCODED = {char: f"&#{ord(char)};" for char in string.punctuation if char not in _LITERAL_PUNCTUATION}
_ENCODE_TABLE = str.maketrans(_ENCODED)
_WHITESPACE = re.compile(r"\s+")

# Aliases and names that may appear in abbreviation definitions, where no escaping is possible: the
# abbr extension copies the definition into a title attribute verbatim.
_GLOSSARY_TERM = re.compile(r"^[^\W_](?:[^\W_]|[ .'-]){0,39}$")
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def _drop_control_characters(text: str) -> str:
    """Remove control and format characters.

    Python-Markdown uses STX/ETX (\\x02, \\x03) to mark its placeholders for stashed HTML; data that
    carried them could smuggle a placeholder into a page. Other control characters are never text.
    """
    if text.isprintable():  # the common case, checked in C
        return text
    return "".join(
        char if char in _KEPT_FORMAT_CHARACTERS or unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co")
        else ""
        for char in text
    )


# Whitespace, and the format characters that are part of writing rather than tricks: joiners
# (emoji families, Persian and Indic spelling) and the left-to-right/right-to-left marks. Bidi
# overrides and embeddings (U+202A-202E, U+2066-2069) stay out: they can make text read backwards.
_KEPT_FORMAT_CHARACTERS = frozenset("\t\n\r \u200c\u200d\u200e\u200f")


def plain_text(value: object) -> str:
    """A value as one line of plain text: control characters dropped, whitespace collapsed."""
    text = "" if value is None else str(value)
    return _WHITESPACE.sub(" ", _drop_control_characters(text)).strip()


def escape_md(value: object) -> Markup:
    """Escape a value for inline Markdown text that also survives as HTML text or attribute value.

    `&`, `<`, `>`, quotes and all Markdown-significant punctuation become numeric character references;
    newlines are collapsed so data can never end a paragraph, open a block or break out of an
    indented admonition body.
    """
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    # Collapse but do not strip: the spaces around an inline segment are part of the sentence.
    return Markup(_WHITESPACE.sub(" ", _drop_control_characters(text)).translate(_ENCODE_TABLE))


def escape_attr(value: object) -> Markup:
    """Escape a value for a double-quoted HTML attribute inside a Markdown page.

    The same encoding as `escape_md`: it is valid in attributes and leaves nothing that Markdown's
    inline HTML or attribute-list parsing could pick up.
    """
    return Markup(plain_text(value).translate(_ENCODE_TABLE))


def safe_url(value: object) -> str | None:
    """The URL if it is an absolute http(s) URL without spaces or control characters, else None.

    Anything else (javascript:, data:, relative paths, protocol-relative //host) is dropped: a link
    to the original is a convenience, never worth a risk.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or any(char.isspace() or unicodedata.category(char) == "Cc" for char in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def glossary_term(value: object) -> str | None:
    """The value if it is safe verbatim in an abbreviation definition (`*[TERM]: TITLE`), else None.

    Only letters, digits, spaces, `.`, `'` and `-`, starting with a letter or digit, at most 40
    characters: nothing that Markdown, the abbr extension or an HTML attribute could read as syntax.
    """
    if not isinstance(value, str):
        return None
    text = plain_text(value)
    if not _GLOSSARY_TERM.match(text) or "--" in text:
        return None
    return text


def anchor_id(value: object) -> str:
    """An HTML id / URL fragment made from a fact or entity id: ASCII letters, digits, `-` and `_`."""
    text = _ANCHOR_UNSAFE.sub("-", plain_text(value)).strip("-")
    if not text or not text[0].isalpha():
        text = f"x-{text}" if text else "x"
    return text


def file_stem(value: object) -> str:
    """A file name stem made from an id: ASCII letters, digits, `-` and `_`, lower case."""
    return _ANCHOR_UNSAFE.sub("-", plain_text(value)).strip("-").lower() or "x"


def truncate_words(value: object, words: int = 12) -> str:
    """The first `words` words of a value (plain text, not escaped), with an ellipsis if cut."""
    parts = plain_text(value).split(" ")
    if len(parts) <= words:
        return " ".join(parts)
    return close_brackets(" ".join(parts[:words]).rstrip(",;:") + "…")


def truncate_chars(value: object, limit: int = 60) -> str:
    """The value (plain text, not escaped) cut at the last word boundary within `limit` characters,
    with an ellipsis if cut; a single over-long word is cut inside."""
    text = plain_text(value)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return close_brackets(cut.rstrip(" ,;:-–—") + "…")


_BRACKET_PAIRS = {"(": ")", "[": "]", "“": "”"}


def close_brackets(text: str) -> str:
    """A cut text with the brackets it opened closed ("the fund (set up in…" -> "… in…)"): a
    label cut inside a parenthesis must not leave it open."""
    open_marks: list[str] = []
    for char in text:
        if char in _BRACKET_PAIRS:
            open_marks.append(char)
        elif open_marks and char == _BRACKET_PAIRS[open_marks[-1]]:
            open_marks.pop()
    return text + "".join(_BRACKET_PAIRS[mark] for mark in reversed(open_marks))
