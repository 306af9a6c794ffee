"""`explainer evaluate robustness`: every extractor over corpus articles, exceptions counted."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.evaluate import ecbplus, meantime
from generator.evaluate.robustness import CorpusArticle, check, ecbplus_articles, main, meantime_articles

needs_corpora = pytest.mark.skipif(not (meantime.DEFAULT_CORPUS.is_dir() and ecbplus.DEFAULT_CORPUS.is_dir()),
                                   reason="MEANTIME or ECB+ not available under ../shared/corpora")


@pytest.fixture(scope="module")
def nlp() -> Language:
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def test_invented_articles_with_hard_sentences_raise_nothing(nlp: Language) -> None:
    articles = [CorpusArticle("invented", "halves", "Orders slowed in the first half. The second half "
                              "will be better, the chief said: “We expect more.”", None),
                CorpusArticle("invented", "ranges", "Output rose from 2011 to 2014 and in 1957-58.", None)]
    report = check(articles, nlp)
    assert (report.articles, report.failures) == (2, [])
    assert report.sentences >= 3


@needs_corpora
def test_a_slice_of_both_corpora_raises_nothing(nlp: Language) -> None:
    articles = list(meantime_articles(meantime.DEFAULT_CORPUS))[:6] + list(
        ecbplus_articles(ecbplus.DEFAULT_CORPUS))[:6]
    report = check(articles, nlp)
    assert report.articles == 12 and report.failures == []


@needs_corpora
def test_the_command_prints_a_row_per_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--limit", "2"]) == 0
    output = capsys.readouterr().out
    assert "| MEANTIME | 2 |" in output and "| ECB+ | 2 |" in output


def test_an_article_that_raises_is_named_with_its_sentence(nlp: Language,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.annotate.document import annotate_doc
    from generator.evaluate import robustness

    def fragile(doc: object, article_id: str, published: object) -> object:
        if "kaboom" in str(doc):
            raise ValueError("no reading")
        return annotate_doc(doc, article_id, published)  # type: ignore[arg-type]  # a Doc, typed loosely here

    monkeypatch.setattr(robustness, "annotate_doc", fragile)
    report = check([CorpusArticle("invented", "bad", "All was calm. Then kaboom came.", None)], nlp)
    assert len(report.failures) == 1
    assert "invented bad" in report.failures[0] and "sentence 1: 'Then kaboom came.'" in report.failures[0]
