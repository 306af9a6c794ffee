"""A bare count checked against a part of a total told elsewhere (issue 17): like with like only.

"200 workers were laid off" and "40% of its 500 workers were laid off" agree; "300 were laid off"
disagrees with the 40%; neither count is ever weighed against the 500 (all the workers). Invented
figures and sentences."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.models import Article, ArticleAnnotations, Quantity, QuantityMention, Sentence
from generator.story.derived import count_range
from generator.story.merge import merge_facts
from tests.fixtures.facts.demo import annotate
from tests.stories import make_article

SHARE = "Kestrel Mills laid off 40% of its 500 workers on Friday."
# text, value, unit, what it counts, and the qualifier ("about") when there is one
Figure = tuple[str, float, str | None, str | None] | tuple[str, float, str | None, str | None, str]


def one_sentence(article_id: str, text: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                   outlet=f"Outlet {article_id}", text=text,
                   sentences=[Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)])


def merged(*reports: tuple[str, list[Figure]]) -> dict[str, Quantity]:
    """One single-sentence article per report, its figures as given; the merged facts by their text."""
    articles, annotations = [], []
    for number, (text, figures) in enumerate(reports):
        article = one_sentence(f"a{number}", text)
        articles.append(article)
        found = [mention(text, *figure) for figure in figures]
        annotations.append(ArticleAnnotations(article_id=article.id, sentences=article.sentences,
                                              quantities=found))
    quantities, _, _ = merge_facts(articles, annotations, [], {})
    return {q.text: q for q in quantities}


def mention(text: str, phrase: str, value: float, unit: str | None, about: str | None,
            qualifier: str | None = None) -> QuantityMention:
    start = text.index(phrase)
    return QuantityMention(start=start, end=start + len(phrase), text=phrase, value=value, unit=unit,
                           about=about, qualifier=qualifier or None, sentence=0)


SHARE_FIGURES: list[Figure] = [("40%", 40, "%", "workers"), ("500", 500, None, "workers")]


def test_a_count_that_is_the_part_agrees_and_is_not_weighed_against_the_total() -> None:
    facts = merged((SHARE, SHARE_FIGURES),
                   ("The mill laid off 200 workers on Friday.", [("200", 200, None, "workers")]))
    assert not any(q.conflicts_with for q in facts.values())  # 200 is 40% of 500, and no count of all 500


def test_a_count_told_without_its_noun_that_misses_the_part_disagrees() -> None:
    facts = merged((SHARE, SHARE_FIGURES), ("A union said 300 were laid off.", [("300", 300, None, None)]))
    assert facts["300"].conflicts_with == [facts["40%"].id]
    assert facts["40%"].conflicts_with == [facts["300"].id]
    assert not facts["500"].conflicts_with


def test_a_count_naming_more_than_the_whole_is_still_the_part() -> None:
    agreeing = merged((SHARE, SHARE_FIGURES),
                      ("The mill said 202 workers laid off would get a bonus.",
                       [("202", 202, None, "workers laid off")]))
    assert not any(q.conflicts_with for q in agreeing.values())  # 40% is 39.5% to 40.5%: 197.5 to 202.5
    far = merged((SHARE, SHARE_FIGURES),
                 ("The mill laid off 260 workers on Friday.", [("260", 260, None, "workers laid off")]))
    assert far["260"].conflicts_with == [far["40%"].id]


def test_a_qualified_or_round_count_agrees_when_its_reading_reaches_the_part() -> None:
    for sentence, phrase, value, qualifier in (
            ("The mill laid off about 215 workers on Friday.", "about 215", 215, "about"),
            ("The mill laid off more than 150 workers on Friday.", "more than 150", 150, "more than"),
            ("The mill laid off 210 workers on Friday.", "210", 210, None)):  # 205 to 215: not 200
        figure: Figure = (phrase, value, None, "workers", qualifier or "")
        facts = merged((SHARE, SHARE_FIGURES), (sentence, [figure]))
        assert any(q.conflicts_with for q in facts.values()) == (qualifier is None), sentence
    assert count_range(Quantity(id="q", text="300", value=300, corroboration=1)) == (250.0, 350.0)
    assert count_range(Quantity(id="q", text="213", value=213, corroboration=1)) == (213.0, 213.0)


def test_a_count_of_something_else_said_of_the_workers_is_not_the_part() -> None:
    facts = merged((SHARE, SHARE_FIGURES),
                   ("Kestrel Mills hired 90 workers in March to run the new press.",
                    [("90", 90, None, "workers")]))
    assert not any(q.conflicts_with for q in facts.values())


def test_the_same_article_giving_a_part_and_a_count_is_a_breakdown() -> None:
    text = "Kestrel Mills laid off 40% of its 500 workers, and 120 workers were laid off in March."
    facts = merged((text, [*SHARE_FIGURES, ("120", 120, None, "workers")]))
    assert not any(q.conflicts_with for q in facts.values())


def test_read_from_real_text_the_count_and_the_part_agree_and_a_wrong_count_disagrees(nlp: Language) -> None:
    day = dt.date(2025, 3, 10)
    texts = [SHARE, "The mill laid off 200 workers on Friday, the union said.",
             "A union said 300 were laid off."]
    articles = [make_article(f"r{i}", f"Report {i}", f"Outlet {i}", text, day)
                for i, text in enumerate(texts)]
    agreeing = merge_facts(articles[:2], [annotate(nlp, a) for a in articles[:2]], [], {})[0]
    assert not any(q.conflicts_with for q in agreeing)
    disagreeing = {q.text: q for q in merge_facts([articles[0], articles[2]],
                                                  [annotate(nlp, articles[0]), annotate(nlp, articles[2])],
                                                  [], {})[0]}
    assert disagreeing["300"].conflicts_with == [disagreeing["40%"].id]
