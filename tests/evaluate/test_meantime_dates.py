"""`meantime-events --dates-all`: reading every dated gold mention, and which mention a telling dates
(an invented document in MEANTIME's format; no corpus text)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from generator.evaluate.meantime_dates import (
    DATE_CLASSES,
    GoldAnchor,
    date_class,
    dated_mention,
    gold_mentions,
    instance_times,
)
from generator.models import EventDate
from generator.story.dates import date_range

SENTENCES = [
    ["Zenco", "opens", "plant"],
    ["May", "02", ",", "2031"],
    ["Zenco", "opened", "a", "plant", "in", "Westbrook", "on", "Monday", "and", "hired", "staff", "."],
    ["The", "mayor", "said", "the", "plant", "will", "grow", "."],
]


def _document(folder: Path) -> Path:
    tokens, number = [], 0
    for sentence, words in enumerate(SENTENCES):
        for word in words:
            number += 1
            tokens.append(f'<token t_id="{number}" sentence="{sentence}">{word}</token>')

    def anchors(*ids: int) -> str:
        return "".join(f'<token_anchor t_id="{i}"/>' for i in ids)

    markables = (
        '<TIMEX3 m_id="100" type="DATE" value="2031-05-02" functionInDocument="CREATION_TIME">'
        f'{anchors(4, 5, 6, 7)}</TIMEX3>'
        f'<TIMEX3 m_id="101" type="DATE" value="2031-04-28" functionInDocument="NONE">{anchors(15)}</TIMEX3>'
        f'<EVENT_MENTION m_id="1">{anchors(9)}</EVENT_MENTION>'  # opened
        f'<EVENT_MENTION m_id="2">{anchors(17)}</EVENT_MENTION>'  # hired
        f'<EVENT_MENTION m_id="3">{anchors(22)}</EVENT_MENTION>'  # said
        f'<EVENT_MENTION m_id="4">{anchors(26)}</EVENT_MENTION>'  # grow
        '<EVENT m_id="50" instance_id="OTH1" class="OTHER"/>'
        '<EVENT m_id="51" instance_id="SPE2" class="SPEECH_COGNITIVE"/>'
        '<EVENT m_id="52" instance_id="OTH3" class="OTHER"/>'
    )
    relations = (
        '<TLINK reltype="IS_INCLUDED"><source m_id="1"/><target m_id="101"/></TLINK>'
        '<TLINK reltype="SIMULTANEOUS"><source m_id="2"/><target m_id="1"/></TLINK>'
        '<TLINK reltype="AFTER"><source m_id="4"/><target m_id="100"/></TLINK>'
        '<REFERS_TO><source m_id="1"/><target m_id="50"/></REFERS_TO>'
        '<REFERS_TO><source m_id="3"/><target m_id="51"/></REFERS_TO>'
        '<REFERS_TO><source m_id="4"/><target m_id="52"/></REFERS_TO>'
    )
    path = folder / "1_Zenco_opens_plant.xml"
    path.write_text(f'<Document doc_name="x">{"".join(tokens)}<Markables>{markables}</Markables>'
                    f"<Relations>{relations}</Relations></Document>", encoding="utf-8")
    (folder / "list_instances.csv").write_text(
        "#ID\tTYPE\tCLASS\tINSTANCE_NAME\tDESCR\tEXT_LINK\tCOMMENT\tTIME\tBEGINTERVAL\tENDINTERVAL\n"
        "OTH1\tEVENT\tOTHER\topen\t\t\t\t2031-04-28\t\t\n"
        "SPE2\tEVENT\tSPEECH_COGNITIVE\tsay\t\t\t\t2031-05-XX\t\t\n"
        "OTH3\tEVENT\tOTHER\tgrow\t\t\t\tXXXX-XX-XX\t\t\n", encoding="utf-8")
    return path


def _article_text() -> str:
    body = [" ".join(words).replace(" ,", ",").replace(" .", ".") for words in SENTENCES[2:]]
    return "\n\n".join(body) + "\n"


def test_every_dated_mention_is_read_with_its_anchors(tmp_path: Path) -> None:
    path = _document(tmp_path)
    times = instance_times(tmp_path)
    assert times == {"OTH1": "2031-04-28", "SPE2": "2031-05"}  # "XX" dropped; no time: left out
    mentions = {m.text: m for m in gold_mentions(path, SimpleNamespace(text=_article_text()), times)}
    assert set(mentions) == {"opened", "hired", "said", "grow"}
    opened = mentions["opened"]
    assert [(a.value, a.instance) for a in opened.anchors] == [("2031-04-28", False), ("2031-04-28", True)]
    assert _article_text()[slice(*opened.anchors[0].timex_span)] == "Monday"
    assert [(a.value, a.chained) for a in mentions["hired"].anchors] == [("2031-04-28", True)]  # simultaneous
    assert mentions["said"].reporting and mentions["said"].anchors[0].instance
    assert not mentions["grow"].anchors and mentions["grow"].side == "after"
    assert str(mentions["grow"].created) == "2031-05-02"


def _telling(start: int, end: int, timex: tuple[int, int, str], value: str, kind: str = "event"):
    first, last = date_range(value)
    date = EventDate(value=value, edtf=value, start=first, end=last)
    return SimpleNamespace(start=start, end=end, kind=kind, date=date, id="c",
                           timex=SimpleNamespace(start=timex[0], end=timex[1], text=timex[2]))


def test_a_telling_dates_the_mention_nearest_its_date(tmp_path: Path) -> None:
    text = _article_text()
    mentions = gold_mentions(_document(tmp_path), SimpleNamespace(text=text), instance_times(tmp_path))
    monday = text.index("Monday")
    telling = _telling(0, text.index("\n"), (monday, monday + 6, "Monday"), "2031-04-28")
    assert mentions[dated_mention(telling, mentions)].text == "hired"  # "and hired" is nearer than "opened"
    said = text.index("said")
    report = _telling(said - 10, len(text), (said, said, ""), "2031-05-02", kind="report")
    assert mentions[dated_mention(report, mentions)].text == "said"  # a report dates its reporting event


def test_a_wrong_date_is_classed_by_its_gold_anchor() -> None:
    telling = _telling(0, 40, (10, 16, "Monday"), "2031-05-05")  # read as the Monday ahead
    same = GoldAnchor("2031-04-28", (10, 16), False)
    assert date_class(telling, [same]) == DATE_CLASSES[4]  # counted from publication, after the gold
    assert date_class(telling, [GoldAnchor("2031-04-28", (30, 36), False)]) == DATE_CLASSES[1]
    assert date_class(telling, [GoldAnchor("2031-05-02", None, True)]) == DATE_CLASSES[0]
    year = _telling(0, 40, (10, 14, "2031"), "2031")
    assert date_class(year, [same]) == DATE_CLASSES[3]  # less precise than the gold
    instance = GoldAnchor("2031-04-27", None, False, instance=True)
    assert date_class(telling, [same, instance]) == DATE_CLASSES[4]  # the TLINK decides first
    assert date_class(telling, [instance]).startswith("gold: only the instance's time")
