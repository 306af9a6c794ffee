"""The ECB+ evaluations: reader, alignment, name rule, scorers, and a run over an invented mini corpus
in the corpus's own XML format; then a one-story slice of the real corpus when it is present."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from generator.evaluate import ecbplus_entities, ecbplus_events, quotes
from generator.evaluate.alignment import Located, align
from generator.evaluate.ecbplus import (
    DEFAULT_CORPUS,
    EcbDocument,
    GoldMention,
    Token,
    load_subtopics,
    part_of_topic,
    read_document,
    read_sentence_list,
    sentence_texts,
)
from generator.evaluate.ecbplus_events import anchor_event
from generator.evaluate.ecbplus_story import run_subtopic
from generator.models import Entity, Source, Story

REPOSITORY = Path(__file__).resolve().parents[2]
ATTRIBUTIONS = REPOSITORY / "tests" / "gold" / "ecbplus_attributions.yml"

# --------------------------------------------------------------------------- an invented mini corpus

URL = "http : / / example . org / velko"
HEADLINE = "Brindle Foods chief quits"
DATELINE = "March 3 , 2021"
FIRST = [
    "Mara Velko , the chief executive of Brindle Foods , resigned on Tuesday in Tallinn .",
    "`` I leave with pride , '' Velko said .",
]
SECOND = [
    "Brindle Foods said on Tuesday that its chief executive Mara Velko had resigned .",
    "Velko , 52 , led the company for ten years .",
]
# (tag, m_id, sentence, first token number, last token number, instance or None)
FIRST_MENTIONS = [
    ("HUMAN_PART_PER", "1", 3, 0, 1, "HUM1"), ("HUMAN_PART_ORG", "2", 3, 7, 8, "HUM2"),
    ("ACTION_OCCURRENCE", "3", 3, 10, 10, "ACT1"), ("LOC_GEO", "4", 3, 14, 14, None),
    ("HUMAN_PART_PER", "5", 4, 7, 7, "HUM1"), ("ACTION_REPORTING", "6", 4, 8, 8, None),
    ("HUMAN_PART_PER", "7", 3, 3, 4, None),  # "chief executive": a description, not a name
]
SECOND_MENTIONS = [
    ("HUMAN_PART_ORG", "1", 3, 0, 1, "HUM2"), ("HUMAN_PART_PER", "2", 3, 9, 10, "HUM1"),
    ("ACTION_OCCURRENCE", "3", 3, 12, 12, "ACT1"), ("HUMAN_PART_PER", "4", 4, 0, 0, "HUM1"),
]


def _document_xml(name: str, body: list[str], mentions: list[tuple]) -> str:
    sentences = [URL, HEADLINE, DATELINE, *body]
    tokens, ids = [], {}
    for sentence, text in enumerate(sentences):
        for number, word in enumerate(text.split()):
            t_id = str(len(tokens) + 1)
            ids[(sentence, number)] = t_id
            tokens.append(f'<token t_id="{t_id}" sentence="{sentence}" number="{number}">'
                          f'{escape(word)}</token>')
    markables, relations = [], []
    for tag, m_id, sentence, first, last, instance in mentions:
        anchors = "".join(f'<token_anchor t_id="{ids[(sentence, n)]}"/>' for n in range(first, last + 1))
        markables.append(f'<{tag} m_id="{m_id}">{anchors}</{tag}>')
        if instance:
            target = str(100 + int(m_id))
            markables.append(f'<{tag} m_id="{target}" TAG_DESCRIPTOR="x" instance_id="{instance}"/>')
            relations.append(f'<CROSS_DOC_COREF r_id="{m_id}" note="{instance}"><source m_id="{m_id}"/>'
                             f'<target m_id="{target}"/></CROSS_DOC_COREF>')
    return (f'<Document doc_name="{name}.xml">{"".join(tokens)}<Markables>{"".join(markables)}</Markables>'
            f'<Relations>{"".join(relations)}</Relations></Document>')


def write_mini_corpus(root: Path, listed_sentences: tuple[int, ...]) -> Path:
    """The two invented articles of topic 1 under `root`, with `listed_sentences` of each in the list of
    sentences ECB+ annotated with care."""
    folder = root / "topics" / "1"
    folder.mkdir(parents=True)
    articles = (("1_1ecbplus", FIRST, FIRST_MENTIONS), ("1_2ecbplus", SECOND, SECOND_MENTIONS))
    for name, body, mentions in articles:
        (folder / f"{name}.xml").write_text(_document_xml(name, body, mentions), encoding="utf-8")
    rows = "".join(f"1,{doc},{number}\n" for doc in ("1ecbplus", "2ecbplus") for number in listed_sentences)
    (root / "ECBplus_coreference_sentences.csv").write_text(f"Topic,File,Sentence Number\n{rows}",
                                                             encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def mini_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mini_corpus(tmp_path_factory.mktemp("ecbplus"), (3, 4))


def test_reader_gives_instances_sentences_and_the_address(mini_corpus: Path) -> None:
    scored = read_sentence_list(mini_corpus / "ECBplus_coreference_sentences.csv")
    assert scored["1_1ecbplus"] == frozenset({3, 4})
    document = read_document(mini_corpus / "topics" / "1" / "1_1ecbplus.xml", scored)
    assert document.url == "http://example.org/velko"
    by_id = {m.m_id: m for m in document.mentions}
    assert by_id["1"].instance == by_id["5"].instance == "HUM1" and by_id["1"].cross_doc
    assert by_id["4"].instance == "1_1ecbplus/single/4" and not by_id["4"].cross_doc
    assert by_id["3"].is_action and by_id["2"].is_entity
    assert "101" not in by_id  # instance descriptors anchor no tokens: they are not mentions


def test_text_rebuilt_with_curly_quotes_and_token_offsets(mini_corpus: Path) -> None:
    document = read_document(mini_corpus / "topics" / "1" / "1_1ecbplus.xml", {})
    sentences = {s.number: s for s in sentence_texts(document)}
    assert 0 not in sentences  # the address line is not article text
    quote = sentences[4]
    assert quote.text == "“I leave with pride,” Velko said."
    velko = next(t for t in document.tokens if t.sentence == 4 and t.text == "Velko")
    start, end = quote.token_spans[velko.t_id]
    assert quote.text[start:end] == "Velko"


def test_the_split_is_odd_topics_to_tune_even_topics_held_out() -> None:
    assert [part_of_topic(n) for n in (1, 2, 3, 44)] == ["tune", "heldout", "tune", "heldout"]


def test_mini_corpus_runs_through_the_real_pipeline(mini_corpus: Path) -> None:
    (subtopic,) = load_subtopics(mini_corpus, "all")
    run = run_subtopic(subtopic)
    assert {a.published for a in run.story.articles} == {dt.date(2021, 3, 3)}  # from the date line
    assert all(m.sentence_spans.keys() == {3, 4} for m in run.documents.values())  # headline is the title
    entities = ecbplus_entities.score_story(run)
    assert entities.gold_mentions == 7  # two Mara Velko, two Velko, two Brindle Foods, Tallinn
    for score in (entities.scores.b_cubed, entities.scores.muc, entities.merge_scores.b_cubed):
        assert 0.0 <= score.precision <= 1.0 and 0.0 <= score.recall <= 1.0
    assert entities.typed <= entities.aligned <= entities.gold_mentions
    events = ecbplus_events.score_story(run)
    assert events.multi_article_events == 1  # the resignation; "said" has no cross-document instance
    assert events.matched_events <= 1 and events.rows >= events.matched_events


def test_the_name_rule_decides_from_gold_tokens_alone() -> None:
    words = ["Police", "said", "Velko", "'s", "lawyer", "spoke", "to", "police", "and", "the", "actress"]
    tokens = [Token(str(i), 1, i, w) for i, w in enumerate(words)]
    document = EcbDocument("9_1ecb", 9, "ecb", Path("x"), tokens, [], frozenset())

    def mention(*numbers: int) -> ecbplus_entities.GoldMention:
        anchors = tuple(map(str, numbers))
        return ecbplus_entities.GoldMention("9_1ecb", "m", "HUMAN_PART_PER", anchors, 1, "i", False)

    assert ecbplus_entities.is_name_mention(document, mention(2, 3))  # possessive left out
    assert not ecbplus_entities.is_name_mention(document, mention(0))  # "police" is written in lower case
    assert not ecbplus_entities.is_name_mention(document, mention(9, 10))
    assert not ecbplus_entities.is_name_mention(document, mention(2, 3, 4))  # head "lawyer"


def test_a_sentence_opener_another_article_writes_in_lower_case_is_no_name() -> None:
    words = ["Witnesses", "saw", "Velko"]
    tokens = [Token(str(i), 1, i, w) for i, w in enumerate(words)]
    document = EcbDocument("9_2ecb", 9, "ecb", Path("x"), tokens, [], frozenset())
    opener = ecbplus_entities.GoldMention("9_2ecb", "m", "HUMAN_PART_PER", ("0",), 1, "i", False)
    assert ecbplus_entities.is_name_mention(document, opener)  # this article alone cannot tell
    assert not ecbplus_entities.is_name_mention(document, opener, frozenset({"witnesses"}))


@pytest.mark.parametrize(("name", "reason"), [
    ("Velko", None), ("U.S.", None), ("Smith and", "ends in 'and'"), ("shares", "lower case"),
    ("BRF 3.2%", "digits"), ("--", "no letters"), ("J", "one letter"),
    ("eQuarrel", None), ("al-Velmar", None), ("baVelmar", "lower case"),  # a brand, an article; glued words
])
def test_junk_names(name: str, reason: str | None) -> None:
    assert ecbplus_entities.junk_reason(name) == reason


def test_a_numbered_provision_is_a_law_name_not_junk() -> None:
    assert ecbplus_entities.junk_reason("Section 9", "law") is None
    assert ecbplus_entities.junk_reason("Section 9", "organization") == "digits"
    assert ecbplus_entities.junk_reason("Quarrel 77-66", "law") == "digits"


def test_alignment_is_one_to_one_by_largest_overlap() -> None:
    gold = [Located("a", 0, 10, "g1"), Located("a", 12, 20, "g2"), Located("b", 0, 10, "g3")]
    system = [Located("a", 5, 10, "s1"), Located("a", 0, 10, "s2"), Located("a", 14, 16, "s3"),
              Located("a", 30, 35, "s4")]
    assert align(system, gold) == {"s2": "g1", "s3": "g2"}


def test_a_row_is_anchored_on_the_action_nearest_its_date() -> None:
    source = Source(article="a", start=0, end=60, sentence="")
    actions = [((0, 4), "ACTION_REPORTING", "said"), ((10, 18), "ACTION_OCCURRENCE", "resign"),
               ((40, 45), "ACTION_OCCURRENCE", "meet"), ((70, 75), "ACTION_OCCURRENCE", "outside")]
    assert anchor_event(source, (46, 52), actions) == "meet"
    assert anchor_event(source, (19, 25), actions) == "resign"
    assert anchor_event(source, (0, 2), actions[:1]) == "said"  # a reporting verb only when alone
    assert anchor_event(Source(article="a", start=62, end=69, sentence=""), None, actions) is None


@pytest.mark.parametrize(("gold", "system", "same"), [
    ("Mara Velko", "Velko", True), ("Mara Velko", "Ms. Velko", True), ("Ana Núñez", "ana nunez", True),
    ("Mara Velko", "Jon Brand", False), ("unattributed", None, True), ("unattributed", "Velko", False),
    ("Mara Velko", None, False), ("Tom Ode and Ada Rin", "Rin", True),
])
def test_speaker_names_match_after_folding(gold: str, system: str | None, same: bool) -> None:
    assert quotes.same_speaker(gold, system) is same


def test_a_speaker_is_right_when_the_story_resolved_it_to_the_gold_names_entity() -> None:
    outlet = Entity(id="e1", name="The Harbour Ledger", type="organization", aliases=["THL"])
    story = Story(title="t", articles=[], entities=[outlet])
    assert quotes.same_entity("THL", "e1", story)
    assert not quotes.same_entity("Daily Tide", "e1", story)
    assert not quotes.same_entity("THL", None, story) and not quotes.same_entity("THL", "e9", story)
    assert not quotes.same_entity("unattributed", "e1", story)


def test_quote_scorer_on_the_mini_corpus(mini_corpus: Path, tmp_path: Path) -> None:
    annotations = tmp_path / "attributions.yml"
    annotations.write_text(
        "attributions:\n"
        "  - {doc: 1_1ecbplus, sentence: 4, tokens: [1, 4], form: quote, speaker: Mara Velko, mood: assert,"
        " part: tune}\n"
        "  - {doc: 1_1ecbplus, sentence: 1, tokens: [0, 3], form: reported, speaker: x, mood: assert,"
        " part: tune}\n", encoding="utf-8")
    totals = quotes.evaluate(annotations, mini_corpus)
    assert totals["tune"].attributions == 1 and totals["tune"].not_in_body == 1  # the headline is the title
    assert totals["tune"].speaker_right <= totals["tune"].found <= 1


def test_malformed_annotations_are_refused_with_the_entry_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("attributions:\n  - {doc: 2_1ecb, sentence: 1, tokens: [3, 1], form: quote, speaker: X,"
                    " mood: shouted, part: tune}\n", encoding="utf-8")
    with pytest.raises(quotes.AnnotationError) as error:
        quotes.load_annotations(path)
    message = str(error.value)
    assert "attributions[0]" in message and "mood" in message and "first is after last" in message
    assert "topic 2 is in 'heldout'" in message


# --------------------------------------------------------------------------- the real corpus

needs_corpus = pytest.mark.skipif(not DEFAULT_CORPUS.is_dir(),
                                  reason=f"ECB+ corpus not available at {DEFAULT_CORPUS}")


@needs_corpus
def test_every_annotation_points_at_words_of_its_sentence() -> None:
    items = quotes.load_annotations(ATTRIBUTIONS)
    assert len(items) >= 100 and {i.part for i in items} == {"tune", "heldout"}
    assert len({(i.doc, i.sentence, i.first, i.last) for i in items}) == len(items)
    for topic in sorted({i.topic for i in items}):
        documents = {d.name: d for s in load_subtopics(DEFAULT_CORPUS, "all", [topic]) for d in s.documents}
        for item in (i for i in items if i.topic == topic):
            numbers = {t.number for t in documents[item.doc].tokens if t.sentence == item.sentence}
            assert {item.first, item.last} <= numbers, item


@pytest.fixture(scope="module")
def one_story() -> ecbplus_events.StoryRun:
    (subtopic,) = [s for s in load_subtopics(DEFAULT_CORPUS, "all", [1]) if s.subtopic == "ecbplus"]
    return run_subtopic(subtopic)


@needs_corpus
def test_one_real_story_scores_within_sane_bounds(one_story: ecbplus_events.StoryRun) -> None:
    entities = ecbplus_entities.score_story(one_story)
    assert entities.gold_mentions >= 50 and entities.aligned >= entities.gold_mentions // 2
    assert 0.3 <= entities.scores.b_cubed.f1 <= 1.0 and 0.3 <= entities.scores.conll_f1 <= 1.0
    assert entities.typed >= 20 and entities.typed_right / entities.typed >= 0.5
    events = ecbplus_events.score_story(one_story)
    assert events.multi_article_events >= 5 and events.aligned_sources >= 1
    assert 0.0 < events.scores.f1 <= 1.0 and events.rows_per_event >= 1.0
    story_items = [i for i in quotes.load_annotations(ATTRIBUTIONS) if i.doc.startswith("1_") and
                   i.subtopic == "ecbplus"]
    totals = quotes.score_run(one_story, story_items)
    assert totals.attributions == len(story_items) and 0 < totals.found <= totals.attributions


def test_the_cli_prints_each_table(mini_corpus: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    assert main(["evaluate", "ecbplus-entities", "--corpus", str(mini_corpus), "--part", "tune"]) == 0
    assert "| B³ |" in capsys.readouterr().out
    cached = ["--part", "tune", "--cache", str(tmp_path / "cache"), "--errors"]
    assert main(["evaluate", "ecbplus-entities", "--corpus", str(mini_corpus), *cached]) == 0
    assert "| B³ |" in capsys.readouterr().out and (tmp_path / "cache").is_dir()
    events = ["evaluate", "ecbplus-events", "--corpus", str(mini_corpus), "--part", "all", "--topics", "1",
              "--per-story"]
    assert main(events) == 0
    printed = capsys.readouterr().out
    assert "rows per matched event" in printed and "\n| 1ecbplus | " in printed
    assert main(["evaluate", "ecbplus-entities", "--corpus", str(tmp_path / "missing")]) == 2
    assert "ECB+ corpus not found" in capsys.readouterr().err


def test_a_story_the_pipeline_crashes_on_is_named_and_left_out(
        mini_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.evaluate import ecbplus_story

    def crash(*_: object, **__: object) -> None:
        raise AttributeError("a sentence the extractor cannot read")

    monkeypatch.setattr(ecbplus_story, "run_subtopic", crash)
    totals = ecbplus_entities.evaluate(mini_corpus, "all")
    assert totals.stories == 0
    assert totals.failed == ["1ecbplus (AttributeError: a sentence the extractor cannot read)"]
    assert "crashed on 1 stories" in ecbplus_entities.report(totals, "x")
    annotations = tmp_path / "attributions.yml"
    annotations.write_text("attributions:\n  - {doc: 1_1ecbplus, sentence: 4, tokens: [1, 4], form: quote,"
                           " speaker: Mara Velko, mood: assert, part: tune}\n", encoding="utf-8")
    scored = quotes.evaluate(annotations, mini_corpus)["tune"]
    assert (scored.attributions, scored.crashed, scored.found) == (1, 1, 0)


def test_the_error_listing_names_splits_merges_and_wrong_types(mini_corpus: Path, tmp_path: Path) -> None:
    from generator.evaluate.ecbplus_entity_errors import classify_story, story_errors

    (subtopic,) = load_subtopics(mini_corpus, "all")
    run = run_subtopic(subtopic, cache_dir=tmp_path / "cache")
    by_name = {e.name: e for e in run.story.entities}
    person, company = by_name["Mara Velko"], by_name["Brindle Foods"]
    # Split the person: her bare surname becomes an entity of its own, typed a place.
    alone = [m for m in person.mentions if m.text == "Velko"]
    surname = person.model_copy(update={"id": "velko", "name": "Velko", "type": "place", "mentions": alone})
    person.mentions = [m for m in person.mentions if m.text != "Velko"]
    # Merge the company into her.
    person.mentions += company.mentions
    run.story.entities = [e for e in run.story.entities if e is not company] + [surname]
    lines = story_errors(run)
    assert lines[0] == "#### 1ecbplus"
    assert any(line.startswith(f"- merge {person.id}: ") and "Brindle Foods" in line for line in lines)
    assert any(line.startswith("- split HUM1: ") and "velko: Velko" in line for line in lines)
    assert "- type velko: place, gold HUMAN_PART_PER (x2)" in lines
    classes = classify_story(run)
    assert classes.merges == {"two different names": 1}
    # The company's mentions now stand in a person (with her role); her surname is a "place".
    assert classes.types == {"HUMAN_PART_PER as place: one word, stated role": 2,
                             "HUMAN_PART_ORG as person: words, organisation cue, stated role": 2}
    # The same story as the pipeline made it again (annotations from the cache) has none of these.
    again = run_subtopic(subtopic, cache_dir=tmp_path / "cache")
    assert not any(line.startswith(("- merge", "- split")) for line in story_errors(again))
    assert not classify_story(again).merges


def test_the_quote_errors_are_classed_on_the_mini_corpus(mini_corpus: Path, tmp_path: Path) -> None:
    from generator.evaluate.quote_errors import ErrorClasses

    annotations = tmp_path / "attributions.yml"
    annotations.write_text(
        "attributions:\n"
        "  - {id: a1, doc: 1_1ecbplus, sentence: 4, tokens: [1, 4], form: quote, speaker: Nobody Named,"
        " mood: assert, part: tune}\n", encoding="utf-8")
    classes = ErrorClasses()
    totals = quotes.evaluate(annotations, mini_corpus, ids=[(1, 1)], classes=classes)
    assert sum(classes.counts.values()) == totals["tune"].attributions - totals["tune"].speaker_right == 1
    assert quotes.evaluate(annotations, mini_corpus, ids=[(2, 9)])["tune"].attributions == 0


def test_quote_errors_are_read_on_the_tuning_part_only(mini_corpus: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    annotations = tmp_path / "attributions.yml"
    annotations.write_text("attributions: []\n", encoding="utf-8")
    code = quotes.main(["--annotations", str(annotations), "--corpus", str(mini_corpus), "--errors"])
    assert code == 2 and "--part tune" in capsys.readouterr().err


def _gold(instance: str, tag: str = "HUMAN_PART_PER", cross_doc: bool = True) -> GoldMention:
    return GoldMention("1_1ecb", "1", tag, ("1",), 1, instance, cross_doc)


@pytest.mark.parametrize(("main", "joined", "expected"), [
    ([("A", "Quillon Bay", True, "LOC_GEO")], [("B", "Quillon Bay", True, "HUMAN_PART_GPE")],
     "same name, two cross-document instances (HUMAN_PART_GPE / LOC_GEO)"),
    ([("A", "Tarn Oduya", True, "HUMAN_PART_PER")], [("d/chain/4", "Tarn Oduya", False, "HUMAN_PART_PER")],
     "same name; a gold side is an in-article chain linked to no cross-document instance"),
    ([("A", "Oduya", True, "HUMAN_PART_PER")], [("B", "Mela Oduya", True, "HUMAN_PART_PER")],
     "a shorter form joined to a longer name"),
    ([("A", "Brindle Cable Works", True, "HUMAN_PART_ORG")], [("B", "BCW", True, "HUMAN_PART_ORG")],
     "an acronym and another name"),
    ([("A", "Tarn Oduya", True, "HUMAN_PART_PER")], [("B", "Mela Ristow", True, "HUMAN_PART_PER")],
     "two different names"),
])
def test_a_wrong_merge_is_classed_by_how_its_names_relate(
        main: list[tuple[str, str, bool, str]], joined: list[tuple[str, str, bool, str]],
        expected: str) -> None:
    from generator.evaluate.ecbplus_entity_errors import merge_class

    def side(items: list[tuple[str, str, bool, str]]) -> list[tuple[GoldMention, str]]:
        return [(_gold(instance, tag, cross), text) for instance, text, cross, tag in items]

    assert merge_class(side(main), side(joined)) == expected


def test_error_classes_report_the_b_cubed_precision_each_class_costs() -> None:
    from generator.evaluate.ecbplus_entity_errors import ErrorClasses, _classify_merge

    classes = ErrorClasses()
    # One entity of four mentions: three of gold A ("Oduya"), one of gold B ("Mela Oduya"). Its B³
    # precision numerator is 3²/4 + 1²/4 = 2.5 of 4: 1.5 mentions lost, all to the one joined instance.
    _classify_merge({"A": [(_gold("A"), "Oduya")] * 3, "B": [(_gold("B"), "Mela Oduya")]}, classes)
    assert classes.merges == {"a shorter form joined to a longer name": 1}
    assert classes.merge_cost["a shorter form joined to a longer name"] == pytest.approx(1.5)
    lines = classes.report(mentions_found=100, gold_mentions=100)
    assert "| a shorter form joined to a longer name | 1 | 1.50 |" in lines


@pytest.mark.parametrize(("main", "apart", "expected"), [
    (["Tarn Oduya"], ["Oduya"], "one word of the name alone (a surname, a first name)"),
    (["Brindle Cable Works"], ["BCW"], "an acronym and another name"),
    (["Brindle Cable Works Inc."], ["Brindle Cable"], "a shorter form of the name"),
    (["Jabaliya"], ["Jabalya"], "another spelling"),
    (["Velmar City Council"], ["Velmar Board"], "names sharing a word"),
    (["Tarn Oduya"], ["the Velmar forward"], "two different names (a nickname, a description)"),
    (["Velmar"], ["Velmar"], "the same name in two entities"),
])
def test_a_split_is_classed_by_how_its_names_relate(main: list[str], apart: list[str], expected: str) -> None:
    from generator.evaluate.ecbplus_entity_errors import split_class

    assert split_class(main, apart) == expected


def test_two_different_names_are_counted_by_the_gold_tag_and_our_two_types() -> None:
    # Wave 9: gold instance F (a clinic) holds three mentions of our organisation and one of our place
    # (its town): the piece split off is counted with the gold tag and both our types.
    from generator.evaluate.ecbplus_entity_errors import ErrorClasses, _classify_splits

    gold_of = {f"g{n}": _gold("F", "LOC_FAC") for n in range(4)}
    pairs = {f"s{n}": f"g{n}" for n in range(4)}
    entity_of = {"s0": "clinic", "s1": "clinic", "s2": "clinic", "s3": "town"}
    text_of = {"s0": "Lakeview Clinic", "s1": "Lakeview Clinic", "s2": "Lakeview Clinic", "s3": "Brannock"}
    classes = ErrorClasses()
    _classify_splits(pairs, gold_of, (entity_of, {"clinic": "organization", "town": "place"}), text_of,
                     Counter({"F": 4}), classes)
    name = "two different names (a nickname, a description): gold LOC_FAC, ours organization / place"
    assert classes.splits == {name: 1}
    # B³ recall lost: ((3 + 1)² − 3² − 1²) / 4 = 1.5 mentions.
    assert classes.split_cost[name] == pytest.approx(1.5)
