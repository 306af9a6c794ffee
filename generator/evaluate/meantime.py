"""Reader for the NewsReader MEANTIME corpus (English, intra-document annotation).

The corpus (CC BY 4.0, Fondazione Bruno Kessler, VU University Amsterdam, Universidad del País
Vasco) ships tokenised XML. We rebuild a readable text from the tokens (light detokenisation, so
spaCy sees "$40 billion," rather than "$ 40 billion ,") and map every gold markable to character
offsets in that text. The corpus is read where it lies; nothing of it is copied into the project.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# The corpus lies in ../shared beside the repository; EXPLAINER_MEANTIME points elsewhere.
DEFAULT_CORPUS = Path(
    os.environ.get(
        "EXPLAINER_MEANTIME", Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "meantime"
    )
)

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "}",
    "'s",
    "n't",
    "'",
    "%",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "£", "€"}


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str
    type: str  # entity: PER/ORG/LOC/PRO/FIN/MIX; timex: DATE/TIME/DURATION/SET; value: MONEY/...
    value: str = ""  # TIMEX3 value
    mod: str = ""
    syntactic_type: str = ""  # entity mentions: NAM, NOM, PRO, ...
    instance: str = ""  # entity mentions: m_id of the ENTITY they refer to (the coreference cluster)


@dataclass
class MeantimeDocument:
    doc_id: str
    name: str
    path: Path
    text: str
    dct: dt.date | None
    entities: list[GoldSpan] = field(default_factory=list)
    timexes: list[GoldSpan] = field(default_factory=list)
    values: list[GoldSpan] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


def iter_documents(corpus: Path = DEFAULT_CORPUS) -> list[MeantimeDocument]:
    folder = corpus / "intra-doc_annotation"
    if not folder.is_dir():
        raise FileNotFoundError(f"MEANTIME corpus not found at {corpus} (expected {folder})")
    return [read_document(path) for path in sorted(folder.glob("*/*.xml"))]


def read_document(path: Path) -> MeantimeDocument:
    root = ET.parse(path).getroot()
    offsets, text, sentences = _rebuild_text(root)
    doc = MeantimeDocument(
        doc_id=root.get("doc_id", path.stem),
        name=root.get("doc_name", path.stem),
        path=path,
        text=text,
        dct=None,
        sentences=sentences,
    )
    markables = root.find("Markables")
    if markables is None:
        return doc
    entity_types = _entity_types(root)
    entity_instances = _entity_instances(root)
    for element in markables:
        anchors = [a.get("t_id", "") for a in element.findall("token_anchor")]
        spans = [offsets[t] for t in anchors if t in offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if element.tag == "ENTITY_MENTION":
            doc.entities.append(
                GoldSpan(
                    start,
                    end,
                    text[start:end],
                    entity_types.get(element.get("m_id", ""), ""),
                    syntactic_type=element.get("syntactic_type", ""),
                    instance=entity_instances.get(element.get("m_id", ""), ""),
                )
            )
        elif element.tag == "TIMEX3":
            span = GoldSpan(
                start,
                end,
                text[start:end],
                element.get("type", ""),
                value=element.get("value", ""),
                mod=element.get("mod", "") or "",
            )
            if element.get("functionInDocument") == "CREATION_TIME":
                doc.dct = _parse_date(span.value)
            doc.timexes.append(span)
        elif element.tag == "VALUE":
            doc.values.append(GoldSpan(start, end, text[start:end], element.get("type", "")))
    if doc.dct is None:
        doc.dct = _dateline_date(text, sentences)
    return doc


def _dateline_date(text: str, sentences: list[tuple[int, int]]) -> dt.date | None:
    """The date line under the title ("February 03, 2009"), for the few documents whose creation time
    is not marked CREATION_TIME or carries a malformed value ("03-02-2009")."""
    if len(sentences) < 2:
        return None
    start, end = sentences[1]
    try:
        return dt.datetime.strptime(text[start:end].strip(), "%B %d, %Y").date()
    except ValueError:
        return None


def _rebuild_text(root: ET.Element) -> tuple[dict[str, tuple[int, int]], str, list[tuple[int, int]]]:
    """Join tokens into text: a newline between sentences, light detokenisation inside them."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentences: list[tuple[int, int]] = []
    position = 0
    current_sentence: str | None = None
    previous = ""
    sentence_start = 0
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence", "")
        if current_sentence is None:
            separator = ""
        elif sentence != current_sentence:
            sentences.append((sentence_start, position))
            separator = "\n"
        elif word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
            separator = ""
        else:
            separator = " "
        if sentence != current_sentence:
            sentence_start = position + len(separator)
        current_sentence = sentence
        parts.append(separator)
        position += len(separator)
        offsets[token.get("t_id", "")] = (position, position + len(word))
        parts.append(word)
        position += len(word)
        previous = word
    if current_sentence is not None:
        sentences.append((sentence_start, position))
    return offsets, "".join(parts), sentences


def _entity_types(root: ET.Element) -> dict[str, str]:
    """Mention id -> entity type, through the REFERS_TO relations to ENTITY instances."""
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None or relations is None:
        return {}
    instance_type = {e.get("m_id", ""): e.get("ent_type", "") for e in markables.findall("ENTITY")}
    return {source: instance_type[target]
            for source, target in refers_to(relations) if target in instance_type}


def _entity_instances(root: ET.Element) -> dict[str, str]:
    """Mention id -> m_id of the ENTITY it refers to (REFERS_TO), i.e. its coreference cluster."""
    relations = root.find("Relations")
    if relations is None:
        return {}
    return dict(refers_to(relations))


def refers_to(relations: ET.Element) -> Iterator[tuple[str, str]]:
    """(mention id, the id of the instance it refers to) for every source of every REFERS_TO relation
    that has a target, in the file's order (a later relation of the same mention wins in a dict)."""
    for relation in relations.findall("REFERS_TO"):
        target = relation.find("target")
        if target is not None:
            for source in relation.findall("source"):
                yield source.get("m_id", ""), target.get("m_id", "")


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
