"""Merging facts across articles: one fact per thing told, all sources, conflicts, stable ids."""

from __future__ import annotations

import datetime as dt

import yaml

from generator.models import (
    Article,
    ArticleAnnotations,
    ClaimMention,
    Entity,
    Mention,
    QuantityMention,
    QuoteMention,
    Sentence,
)
from generator.story.merge import merge_facts
from tests.conftest import GOLD
from tests.fixtures.facts.demo import annotate, demo_articles, gold_timexes

GOLD = yaml.safe_load((GOLD / "demo_facts.yml").read_text(encoding="utf-8"))


def article(article_id: str, outlet: str, text: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id, outlet=outlet,
                   text=text, sentences=[Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)])


def quantity(text: str, phrase: str, value: float, about: str, unit: str | None = None) -> QuantityMention:
    start = text.index(phrase)
    return QuantityMention(start=start, end=start + len(phrase), text=phrase, value=value, unit=unit,
                           about=about, sentence=0)


def quote(text: str, **speaker: str | int) -> QuoteMention:
    start = text.index("We will not stop")
    return QuoteMention(start=start, end=start + 16, text="We will not stop", sentence=0, **speaker)


SMITH = Entity(id="e-smith", name="Jane Smith", type="person", aliases=["Smith"])


def corpus() -> tuple[list[Article], list[ArticleAnnotations]]:
    """Three articles: B copies A's figure and quote; C counts the same crowd differently."""
    text_a = 'Police said 20,000 people marched in the capital. "We will not stop," said Jane Smith.'
    text_b = 'Some 20,000 people marched in the capital, police said. "We will not stop," Smith said.'
    text_c = "Organisers said 50,000 people marched in the capital on Saturday."
    articles = [article("a", "Daily One", text_a), article("b", "Evening Two", text_b),
                article("c", "Morning Three", text_c)]
    annotations = [
        ArticleAnnotations(
            article_id="a", sentences=articles[0].sentences,
            quantities=[quantity(text_a, "20,000", 20000, "people")],
            quotes=[quote(text_a, speaker="Jane Smith", speaker_start=text_a.index("Jane"),
                          speaker_end=text_a.index("Jane") + 10)],
            claims=[ClaimMention(start=12, end=49, text=text_a[12:49], by="Police", kind="statement",
                                 sentence=0)],
        ),
        ArticleAnnotations(
            article_id="b", sentences=articles[1].sentences,
            quantities=[quantity(text_b, "20,000", 20000, "people")],
            quotes=[quote(text_b, speaker="Smith")],
        ),
        ArticleAnnotations(
            article_id="c", sentences=articles[2].sentences,
            quantities=[quantity(text_c, "50,000", 50000, "people")],
        ),
    ]
    return articles, annotations


def test_the_same_fact_in_two_articles_is_one_fact_with_both_sources():
    articles, annotations = corpus()
    quantities, quotes, claims = merge_facts(articles, annotations, [SMITH], {})
    crowd = next(q for q in quantities if q.value == 20000)
    assert [s.article for s in crowd.sources] == ["a", "b"]
    assert crowd.corroboration == 2 and crowd.outlets == ["Daily One", "Evening Two"]
    assert crowd.sources[0].sentence == articles[0].text
    [quote] = quotes
    assert quote.corroboration == 2
    # One source names the speaker by mention offsets, the other by a declared alias: both resolve.
    assert (quote.speaker, quote.speaker_id) == ("Jane Smith", "e-smith")
    assert [(c.by, c.kind, c.corroboration) for c in claims] == [("Police", "statement", 1)]


def test_different_values_for_the_same_thing_conflict():
    articles, annotations = corpus()
    quantities, _, _ = merge_facts(articles, annotations, [], {})
    crowd = next(q for q in quantities if q.value == 20000)
    other = next(q for q in quantities if q.value == 50000)
    assert crowd.conflicts_with == [other.id] and other.conflicts_with == [crowd.id]


def test_qualified_values_that_fit_do_not_conflict():
    articles, annotations = corpus()
    annotations[0].quantities[0].qualifier = "at least"
    annotations[1].quantities[0].qualifier = "at least"
    quantities, _, _ = merge_facts(articles, annotations, [], {})
    assert quantities and all(not q.conflicts_with for q in quantities)


def test_ids_survive_reordering_adding_and_removing_articles():
    articles, annotations = corpus()
    full = merge_facts(articles, annotations, [], {})
    reordered = merge_facts(list(reversed(articles)), list(reversed(annotations)), [], {})
    without_c = merge_facts(articles[:2], annotations[:2], [], {})
    only_a = merge_facts(articles[:1], annotations[:1], [], {})

    def ids(result) -> set[str]:
        return {fact.id for facts in result for fact in facts}

    assert ids(full) == ids(reordered)
    assert ids(without_c) <= ids(full) and ids(only_a) <= ids(full)
    assert merge_facts(articles, annotations, [], {}) == full  # deterministic
    for facts, prefix in zip(full, ("q-", "quote-", "c-"), strict=True):
        assert facts and all(fact.id.startswith(prefix) for fact in facts), prefix


def test_speaker_resolved_through_entity_ids_by_overlapping_mention():
    articles, annotations = corpus()
    quote = annotations[0].quotes[0]
    entity_ids = {("a", quote.speaker_start, quote.speaker_end): "e-42"}
    entity = Entity(id="e-42", name="Jane Q. Smith", type="person",
                    mentions=[Mention(article="a", start=quote.speaker_start, end=quote.speaker_end,
                                      text="Jane Smith")])
    _, quotes, _ = merge_facts(articles, annotations, [entity], entity_ids)
    assert (quotes[0].speaker, quotes[0].speaker_id) == ("Jane Q. Smith", "e-42")


def test_demo_gold_merged(nlp):
    articles = demo_articles()
    annotations = [annotate(nlp, a, gold_timexes(GOLD["articles"][a.id])) for a in articles]
    quantities, quotes, claims = merge_facts(articles, annotations, [], {})
    gold = GOLD["merged"]
    assert (len(quantities), len(quotes), len(claims)) == (
        gold["total"]["quantities"], gold["total"]["quotes"], gold["total"]["claims"])
    by_text = {q.text: q for q in quantities}
    for expected in gold["quantities"]:
        assert by_text[expected["text"]].corroboration == expected["corroboration"]
    for expected in gold["quotes"]:
        quote = next(q for q in quotes if q.speaker == expected["speaker"])
        assert quote.corroboration == expected["corroboration"]
    for expected in gold["claims"]:
        claim = next(c for c in claims if c.kind == expected["kind"] and (
            c.text == expected.get("text") or c.text.startswith(expected.get("text_starts", "\0"))))
        assert claim.corroboration == expected["corroboration"], claim.text
    assert quantities and all(not q.conflicts_with for q in quantities)
    reversed_ids = {f.id for fs in merge_facts(articles[::-1], annotations[::-1], [], {}) for f in fs}
    assert reversed_ids == {f.id for fs in (quantities, quotes, claims) for f in fs}


def test_the_same_words_from_two_people_are_two_quotes_and_two_claims():
    text_a = 'Police said 20,000 people marched in the capital. "We will not stop," said Jane Smith.'
    text_b = 'Some 20,000 people marched in the capital, police said. "We will not stop," said Omar Diaz.'
    articles = [article("a", "Daily One", text_a), article("b", "Evening Two", text_b)]
    claim = "20,000 people marched in the capital"

    def claims(text: str, by: str) -> list[ClaimMention]:
        start = text.index(claim)
        return [ClaimMention(start=start, end=start + len(claim), text=claim, by=by, kind="statement",
                             sentence=0)]

    annotations = [
        ArticleAnnotations(article_id="a", sentences=articles[0].sentences,
                           quotes=[quote(text_a, speaker="Jane Smith")], claims=claims(text_a, "Police")),
        ArticleAnnotations(article_id="b", sentences=articles[1].sentences,
                           quotes=[quote(text_b, speaker="Omar Diaz")], claims=claims(text_b, "Organisers")),
    ]
    _, quotes, claims_found = merge_facts(articles, annotations, [], {})
    assert sorted(q.speaker for q in quotes) == ["Jane Smith", "Omar Diaz"]
    assert len({q.id for q in quotes}) == 2
    assert sorted(c.by for c in claims_found) == ["Organisers", "Police"]
    assert len({c.id for c in claims_found}) == 2


def test_a_quote_keeps_its_id_when_a_later_article_names_the_speaker_in_full():
    articles, annotations = corpus()
    only_b = merge_facts(articles[1:2], annotations[1:2], [], {})[1]  # "Smith"
    both = merge_facts(articles[:2], annotations[:2], [SMITH], {})[1]  # "Jane Smith"
    assert [q.id for q in only_b] == [q.id for q in both]
    assert only_b[0].speaker == "Smith" and both[0].speaker == "Jane Smith"


def test_a_speaker_phrase_is_not_the_place_named_inside_it():
    text = "The Seattle-based company said sales rose."
    articles = [article("a", "Daily One", text)]
    by_end = text.index(" said")
    annotations = [ArticleAnnotations(article_id="a", sentences=articles[0].sentences, claims=[
        ClaimMention(start=by_end + 6, end=len(text) - 1, text="sales rose", by=text[:by_end], by_start=0,
                     by_end=by_end, kind="statement", sentence=0)])]
    seattle = Entity(id="seattle", name="Seattle", type="place",
                     mentions=[Mention(article="a", start=4, end=11, text="Seattle")])
    _, _, claims = merge_facts(articles, annotations, [seattle], {("a", 4, 11): "seattle"})
    assert (claims[0].by, claims[0].by_id) == ("The Seattle-based company", None)



# --------------------------------------------------------------------------- like for like (issue 17)


def casualties(about_a: str, value_a: float, about_b: str, value_b: float, dates: tuple = (None, None)):
    """Two articles, each with one count (with the given dates)."""
    text_a, text_b = "Officials gave a first figure.", "Officials gave another figure."
    articles = [article("a", "Daily One", text_a), article("b", "Evening Two", text_b)]
    mention_a = quantity(text_a, "first", value_a, about_a)
    mention_b = quantity(text_b, "another", value_b, about_b)
    mention_a.date, mention_b.date = dates
    annotations = [
        ArticleAnnotations(article_id="a", sentences=articles[0].sentences, quantities=[mention_a]),
        ArticleAnnotations(article_id="b", sentences=articles[1].sentences, quantities=[mention_b]),
    ]
    quantities, _, _ = merge_facts(articles, annotations, [], {})
    return quantities


def test_dead_and_injured_are_not_the_same_measure():
    assert not any(q.conflicts_with for q in casualties("people dead", 24, "people injured", 249))
    assert not any(q.conflicts_with for q in casualties("people dead", 24, "people injured", 30))


def test_counts_of_different_dates_do_not_conflict():
    facts = casualties("people dead", 24, "people dead", 30, dates=("2026-03-01", "2004"))
    assert not any(q.conflicts_with for q in facts)


def test_counts_far_apart_are_two_events_and_rounded_figures_agree():
    assert not any(q.conflicts_with for q in casualties("people dead", 5, "people dead", 230_000))
    assert not any(q.conflicts_with for q in casualties("residents", 1_500_000, "residents", 1_523_000))


def test_the_same_measure_with_different_values_still_conflicts():
    facts = casualties("people dead", 24, "people dead", 26)
    assert all(q.conflicts_with for q in facts)


def test_counts_in_different_places_do_not_conflict():
    text_a = "In Marvale, 24 people died."
    text_b = "In Telleria, 26 people died."
    articles = [article("a", "Daily One", text_a), article("b", "Evening Two", text_b)]
    annotations = [
        ArticleAnnotations(article_id=a.id, sentences=a.sentences,
                           quantities=[quantity(a.text, number, value, "people dead")])
        for a, number, value in ((articles[0], "24", 24), (articles[1], "26", 26))
    ]
    places = [Entity(id=f"e-{name.lower()}", name=name, type="place",
                     mentions=[Mention(article=a.id, start=3, end=3 + len(name), text=name)])
              for a, name in ((articles[0], "Marvale"), (articles[1], "Telleria"))]
    quantities, _, _ = merge_facts(articles, annotations, places, {})
    assert quantities and not any(q.conflicts_with for q in quantities)
    # the same two counts told of one place do disagree
    places[1] = Entity(id="e-marvale", name="Marvale", type="place",
                       mentions=[*places[0].mentions, Mention(article="b", start=3, end=11, text="Telleria")])
    quantities, _, _ = merge_facts(articles, annotations, places[1:], {})
    assert all(q.conflicts_with for q in quantities)


QUAKE_ARTICLES = {
    "herald": ("Coast Herald", dt.date(2026, 3, 2),
               "Quake hits Marvale\n\nAn earthquake struck the coastal town of Marvale on Sunday. "
               "Officials said 24 people died and 249 were injured. The quake was the strongest since the "
               "2004 tsunami, which killed 230,000 people across the region. About 1.5 million residents "
               "lost power, and a third of co-workers at the port stayed home."),
    "times": ("Valley Times", dt.date(2026, 3, 3),
              "Marvale counts the cost\n\nAt least 24 people were killed and 249 injured when a quake hit "
              "Marvale on Sunday, officials said. Officials later said 26 people died. The power company "
              "said 1,523,000 residents lost power. Repairs will cost $US55,931,000, or RM23.50 a home."),
    "post": ("Northern Post", dt.date(2026, 3, 3),
             "Landslide in Telleria\n\nIn the neighbouring province of Telleria, five people died in a "
             "landslide on Monday. Rescuers said 12 people were missing and 40 homes were destroyed."),
}


def test_an_invented_multi_article_story_flags_only_the_real_disagreement(nlp):
    from generator.annotate.document import annotate_doc
    from generator.pipeline import assemble_story

    articles, annotations = [], []
    for article_id, (outlet, published, text) in QUAKE_ARTICLES.items():
        annotation = annotate_doc(nlp(text), article_id, published)
        articles.append(Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                                outlet=outlet, published=published, text=text,
                                sentences=annotation.sentences))
        annotations.append(annotation)
    story = assemble_story(articles, annotations, title="Quake")
    flagged = {q.text for q in story.quantities if q.conflicts_with}
    assert flagged == {"24", "26"}, [(q.text, q.about, q.date, q.conflicts_with) for q in story.quantities]


def test_killed_and_dead_are_one_count_and_a_revision_of_it_is_the_same_thing():
    from generator.story.measures import measure_the_same_thing

    facts = casualties("people killed", 24, "people dead", 26)
    assert all(q.conflicts_with for q in facts)
    first, second = facts
    assert measure_the_same_thing(first, second)
    assert not measure_the_same_thing(first, second.model_copy(update={"about": "people injured"}))
    assert not measure_the_same_thing(first, second.model_copy(update={"unit": "%"}))
    dated = first.model_copy(update={"date": "2026-03-01"})
    assert not measure_the_same_thing(dated, second.model_copy(update={"date": "2004"}))
    assert measure_the_same_thing(dated, second)  # an unstated date may be any


def many_counts(count: int):
    """`count` articles, each giving its own toll of one event, all within a factor of ten."""
    articles, annotations = [], []
    for index in range(count):
        value = 101 + 2 * index  # odd: no figure is another one rounded
        text = f"Officials said {value} people died in the flood."
        source = article(f"a{index:04d}", f"Outlet {index}", text)
        articles.append(source)
        annotations.append(ArticleAnnotations(
            article_id=source.id, sentences=source.sentences,
            quantities=[quantity(text, str(value), value, "people dead")]))
    return articles, annotations


def test_conflict_checks_grow_linearly_with_the_number_of_figures(monkeypatch):
    from generator.story import merge

    calls = []
    original = merge.conflicting

    def counted(*args):
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(merge, "conflicting", counted)
    checks = {}
    for count in (100, 400):
        calls.clear()
        quantities, _, _ = merge_facts(*many_counts(count), [], {})
        assert all(q.conflicts_with for q in quantities)  # every toll disagrees with its neighbours
        checks[count] = len(calls)
    assert checks[400] <= merge.MAX_NEIGHBOURS * 400
    assert checks[400] / checks[100] < 4.5  # 4 times the figures, about 4 times the checks (not 16)


# --------------------------------------------------------------------------- parts of a total (issue 17)


def two_reports(sentence_a: str, figures_a: list[tuple[str, float, str | None]],
                sentence_b: str, figures_b: list[tuple[str, float, str | None]]):
    """Two one-sentence articles; figures are (text, value, unit) of what each sentence counts."""
    articles = [article("a", "Daily One", sentence_a), article("b", "Evening Two", sentence_b)]
    annotations = [
        ArticleAnnotations(article_id=source.id, sentences=source.sentences, quantities=[
            quantity(source.text, phrase, value, "workers", unit) for phrase, value, unit in figures])
        for source, figures in ((articles[0], figures_a), (articles[1], figures_b))
    ]
    quantities, _, _ = merge_facts(articles, annotations, [], {})
    return {q.text: q for q in quantities}


def test_a_part_never_disagrees_with_its_total_told_elsewhere():
    facts = two_reports("Kestrel Mills laid off 200 of its 500 workers on Friday.",
                        [("200", 200, None), ("500", 500, None)],
                        "Kestrel Mills, which employs 500 workers, laid off staff on Friday.",
                        [("500", 500, None)])
    assert not any(q.conflicts_with for q in facts.values())


FORTY_PERCENT = "Kestrel Mills laid off 40% of its 500 workers on Friday."


def test_a_share_of_a_total_is_checked_against_the_same_part_of_that_total():
    share = (FORTY_PERCENT, [("40%", 40, "%"), ("500", 500, None)])
    told_otherwise = two_reports(*share, "The mill laid off 260 of its 500 workers on Friday, a union said.",
                                 [("260", 260, None), ("500", 500, None)])
    assert told_otherwise["40%"].conflicts_with == [told_otherwise["260"].id]
    assert told_otherwise["260"].conflicts_with == [told_otherwise["40%"].id]
    assert not told_otherwise["500"].conflicts_with
    agreeing = two_reports(*share, "The mill laid off 202 of its 500 workers on Friday.",
                           [("202", 202, None), ("500", 500, None)])  # 40% is 39.5% to 40.5%
    assert not any(q.conflicts_with for q in agreeing.values())


def test_a_spoken_fraction_allows_for_its_rounding():
    third = ("A third of the 600 workers were laid off on Friday.", [("A third", 0.3333, "fraction"),
                                                                      ("600", 600, None)])
    close = two_reports(*third, "Some 210 of the 600 workers were laid off on Friday.",
                        [("210", 210, None), ("600", 600, None)])
    assert not any(q.conflicts_with for q in close.values())
    far = two_reports(*third, "Some 300 of the 600 workers were laid off on Friday.",
                      [("300", 300, None), ("600", 600, None)])
    assert far["A third"].conflicts_with and far["300"].conflicts_with


def test_parts_of_different_totals_or_of_different_things_are_never_compared():
    share = (FORTY_PERCENT, [("40%", 40, "%"), ("500", 500, None)])
    other_total = two_reports(*share, "Brightwater laid off 260 of its 900 workers on Friday.",
                              [("260", 260, None), ("900", 900, None)])
    assert not other_total["40%"].conflicts_with and not other_total["260"].conflicts_with
    other_thing = two_reports(*share, "Kestrel Mills says 260 of its 500 workers are women.",
                              [("260", 260, None), ("500", 500, None)])
    assert not other_thing["40%"].conflicts_with and not other_thing["260"].conflicts_with


def test_the_size_of_a_share_s_last_digit():
    from generator.story.derived import last_digit

    assert (last_digit(40), last_digit(12.5), last_digit(0.25)) == (1.0, 0.1, 0.01)


def test_a_total_after_a_possessive_is_still_the_part_s_total():
    facts = two_reports("Kestrel Mills laid off 40% of the mill's 500 workers on Friday.",
                        [("40%", 40, "%"), ("500", 500, None)],
                        "The mill laid off 260 of its 500 workers on Friday.",
                        [("260", 260, None), ("500", 500, None)])
    assert facts["40%"].conflicts_with == [facts["260"].id] and not facts["500"].conflicts_with


def test_looking_for_totals_costs_one_look_per_figure(monkeypatch):
    """A sentence of thousands of figures ("5% 5% 5% ...") is looked through once, not once per figure."""
    from generator.story import derived

    class CountedPattern:
        def __init__(self) -> None:
            self.calls = 0

        def fullmatch(self, text: str):
            self.calls += 1
            return original.fullmatch(text)

    original, counted = derived._PART_OF, CountedPattern()
    monkeypatch.setattr(derived, "_PART_OF", counted)
    for count in (100, 400):
        counted.calls = 0
        text = "5% " * count
        source = article("a", "Daily One", text)
        figures = [QuantityMention(start=3 * i, end=3 * i + 2, text="5%", value=5, unit="%", about="x",
                                   sentence=0) for i in range(count)]
        annotations = [ArticleAnnotations(article_id="a", sentences=source.sentences, quantities=figures)]
        merge_facts([source], annotations, [], {})
        assert counted.calls < count  # one gap per figure at most, not one per pair of figures
