"""Reader for the ECB+ corpus (cross-document event and entity coreference), and the fixed split.

ECB+ (Cybulska and Vossen, LREC 2014; annotation CC BY 3.0, © NewsReader project) ships CROMER XML:
tokens with their sentence number, mention markables anchored on tokens, and relations that point
mentions at an instance: CROSS_DOC_COREF (one instance across all articles of a topic) and
INTRA_DOC_COREF (a chain inside one article). The articles belong to their publishers: they are read
where they lie (`../shared/corpora/ecbplus`), turned into text in memory, and never copied into the
project.

Each topic holds two sub-topics, two different real events of one kind (`N_Mecb.xml` files and
`N_Mecbplus.xml` files). A sub-topic is one story: several outlets on one event.

Only the sentences listed in `ECBplus_coreference_sentences.csv` are annotated with care; every
evaluation scores only those.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# The corpus lies in ../shared beside the repository; EXPLAINER_ECBPLUS points elsewhere.
DEFAULT_CORPUS = Path(
    os.environ.get(
        "EXPLAINER_ECBPLUS", Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "ecbplus"
    )
)
SENTENCE_LIST = "ECBplus_coreference_sentences.csv"

# The fixed split, so that improvements are tuned on one part and reported on the other: tune on the
# odd topic numbers, report on the even ones. Chosen before any figure was looked at.
PARTS = ("tune", "heldout", "all")


def part_of_topic(topic: int) -> str:
    return "tune" if topic % 2 == 1 else "heldout"


SUBTOPICS = ("ecb", "ecbplus")
ENTITY_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")
ACTION_PREFIXES = ("ACTION_", "NEG_ACTION_")

_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "]", "}", "'s", "n't", "%", "'re", "'ve",
                              "'ll", "'d", "'m", "’s", "”", "’"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "“", "‘", "#"})
_PTB_QUOTES = {"``": "“", "''": "”"}
_CLITICS = frozenset({"s", "m", "d", "ll", "re", "ve", "t"})  # "She’ s" tokenised at the apostrophe


@dataclass(frozen=True)
class Token:
    t_id: str
    sentence: int
    number: int
    text: str


@dataclass(frozen=True)
class GoldMention:
    doc: str
    m_id: str
    tag: str  # HUMAN_PART_PER, LOC_GEO, ACTION_OCCURRENCE, ...
    tokens: tuple[str, ...]  # t_ids
    sentence: int
    instance: str  # cross-document instance id, "<doc>/chain/<m_id>" or "<doc>/single/<m_id>"
    cross_doc: bool  # the instance comes from a CROSS_DOC_COREF relation

    @property
    def is_entity(self) -> bool:
        return self.tag.startswith(ENTITY_PREFIXES)

    @property
    def is_action(self) -> bool:
        return self.tag.startswith(ACTION_PREFIXES)


@dataclass
class EcbDocument:
    name: str  # "1_10ecbplus"
    topic: int
    subtopic: str  # "ecb" or "ecbplus"
    path: Path
    tokens: list[Token]
    mentions: list[GoldMention]
    scored_sentences: frozenset[int]
    url: str | None = None  # sentence 0 of the ecbplus articles is the address they were found at

    def sentences(self) -> dict[int, list[Token]]:
        """Sentence number -> tokens, without the address line."""
        result: dict[int, list[Token]] = {}
        for token in self.tokens:
            if self.url is not None and token.sentence == 0:
                continue
            result.setdefault(token.sentence, []).append(token)
        return result


@dataclass
class SubTopic:
    topic: int
    subtopic: str
    documents: list[EcbDocument] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.topic}{self.subtopic}"

    @property
    def part(self) -> str:
        return part_of_topic(self.topic)


def load_subtopics(corpus: Path = DEFAULT_CORPUS, part: str = "all",
                   topics: Iterable[int] | None = None) -> list[SubTopic]:
    """The sub-topics of the chosen part (and topics, if given), in topic order, ecb before ecbplus."""
    folder = corpus / "topics"
    if not folder.is_dir():
        raise FileNotFoundError(f"ECB+ corpus not found at {corpus} (expected {folder})")
    scored = read_sentence_list(corpus / SENTENCE_LIST)
    wanted = set(topics) if topics else None
    subtopics: list[SubTopic] = []
    for topic_dir in sorted((p for p in folder.iterdir() if p.name.isdigit()), key=lambda p: int(p.name)):
        topic = int(topic_dir.name)
        if (wanted is not None and topic not in wanted) or (part != "all" and part_of_topic(topic) != part):
            continue
        for subtopic in SUBTOPICS:
            paths = sorted(topic_dir.glob(f"{topic}_*.xml"), key=_document_order)
            paths = [p for p in paths if _subtopic_of(p.stem) == subtopic]
            if paths:
                documents = [read_document(p, scored) for p in paths]
                subtopics.append(SubTopic(topic, subtopic, documents))
    return subtopics


def _document_order(path: Path) -> tuple[int, str]:
    number = re.match(r"\d+_(\d+)", path.stem)
    return (int(number.group(1)) if number else 0, path.stem)


def _subtopic_of(stem: str) -> str:
    return "ecbplus" if stem.endswith("ecbplus") else "ecb"


def read_sentence_list(path: Path) -> dict[str, frozenset[int]]:
    """Document name ("1_10ecbplus") -> numbers of its sentences annotated for coreference."""
    sentences: dict[str, set[int]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = f"{row['Topic']}_{row['File']}"
            sentences.setdefault(name, set()).add(int(row["Sentence Number"]))
    return {name: frozenset(numbers) for name, numbers in sentences.items()}


def read_document(path: Path, scored: dict[str, frozenset[int]]) -> EcbDocument:
    root = ET.parse(path).getroot()
    tokens = [Token(t.get("t_id", ""), int(t.get("sentence", "0")), int(t.get("number", "0")), t.text or "")
              for t in root.iter("token")]
    name = path.stem
    subtopic = _subtopic_of(name)
    url = None
    if subtopic == "ecbplus":
        url = "".join(t.text for t in tokens if t.sentence == 0) or None
    sentence_of = {t.t_id: t.sentence for t in tokens}
    return EcbDocument(name=name, topic=int(name.split("_")[0]), subtopic=subtopic, path=path,
                       tokens=tokens, mentions=_mentions(root, name, sentence_of),
                       scored_sentences=scored.get(name, frozenset()), url=url)


def _mentions(root: ET.Element, doc: str, sentence_of: dict[str, int]) -> list[GoldMention]:
    markables = root.find("Markables")
    if markables is None:
        return []
    instances = _instances(root, markables, doc)
    mentions = []
    for element in markables:
        anchors = tuple(a.get("t_id", "") for a in element.findall("token_anchor"))
        anchors = tuple(t for t in anchors if t in sentence_of)
        if not anchors:
            continue  # an instance descriptor, not a mention in the text
        m_id = element.get("m_id", "")
        instance, cross_doc = instances.get(m_id, (f"{doc}/single/{m_id}", False))
        sentence = sentence_of[anchors[0]]
        mentions.append(GoldMention(doc, m_id, element.tag, anchors, sentence, instance, cross_doc))
    return mentions


def _instances(root: ET.Element, markables: ET.Element, doc: str) -> dict[str, tuple[str, bool]]:
    """Mention id -> (instance id, whether it is a cross-document instance)."""
    instance_ids = {e.get("m_id", ""): e.get("instance_id", "") for e in markables if e.get("instance_id")}
    relations = root.find("Relations")
    result: dict[str, tuple[str, bool]] = {}
    if relations is None:
        return result
    for relation in relations:
        target = relation.find("target")
        if target is None:
            continue
        target_id = target.get("m_id", "")
        if relation.tag == "CROSS_DOC_COREF":
            instance = instance_ids.get(target_id) or relation.get("note") or f"{doc}/chain/{target_id}"
            pair = (instance, True)
        elif relation.tag == "INTRA_DOC_COREF":
            pair = (f"{doc}/chain/{target_id}", False)
        else:
            continue
        for source in relation.findall("source"):
            result[source.get("m_id", "")] = pair
    return result


# --------------------------------------------------------------------------- text


@dataclass(frozen=True)
class SentenceText:
    number: int
    text: str
    token_spans: dict[str, tuple[int, int]]  # t_id -> offsets inside `text`


def sentence_texts(document: EcbDocument) -> list[SentenceText]:
    """Each sentence as readable text (light detokenisation, PTB quotes as curly quotes), NFC."""
    result = []
    open_quote = False  # straight double quotes alternate open/close through the article
    for number, tokens in sorted(document.sentences().items()):
        parts: list[str] = []
        spans: dict[str, tuple[int, int]] = {}
        position = 0
        previous = ""
        for token in tokens:
            word = unicodedata.normalize("NFC", _PTB_QUOTES.get(token.text, token.text))
            if word == '"':
                word = "“" if not open_quote else "”"
                open_quote = not open_quote
            glued = word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER or (
                previous in {"’", "'"} and word.lower() in _CLITICS)
            separator = "" if not parts or glued else " "
            position += len(separator)
            spans[token.t_id] = (position, position + len(word))
            parts.extend((separator, word))
            position += len(word)
            previous = word
        text = "".join(parts)
        if text.strip():
            result.append(SentenceText(number, text, spans))
    return result


def article_file_text(sentences: list[SentenceText]) -> str:
    """What a reader saving the article would write: one sentence per paragraph, blank lines between."""
    return "\n\n".join(s.text for s in sentences) + "\n"


def locate_sentences(sentences: list[SentenceText], paragraphs: list[tuple[int, int]],
                     text: str) -> dict[int, int]:
    """Sentence number -> its start in the ingested text, for every sentence kept as a paragraph of the
    body (in order). Sentences that ingest took as furniture (headline, date line) are absent."""
    located: dict[int, int] = {}
    next_paragraph = 0
    for sentence in sentences:
        for index in range(next_paragraph, min(next_paragraph + 4, len(paragraphs))):
            start, end = paragraphs[index]
            if text[start:end] == sentence.text:
                located[sentence.number] = start
                next_paragraph = index + 1
                break
    return located
