"""No sentence stops a build: every extractor run over every MEANTIME and ECB+ article, exceptions counted.

    explainer evaluate robustness [--limit N]

Each article is parsed once and annotated whole (`annotate_doc`: entities, roles, aliases, time
expressions, quantities, quotes, claims), once without a publication date and once with one (so
both the unanchored and the anchored date rules run). When an article raises, each of its sentences
is annotated alone to name the sentence that does. The exit status is 1 when any article raised.
Texts are read in place from the corpora; nothing is copied.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.annotate.document import annotate_doc
from generator.annotate.nlp import load_pipeline
from generator.config import DEFAULT_MODEL
from generator.evaluate import ecbplus, meantime

if TYPE_CHECKING:
    from spacy.language import Language

# A date for articles that carry none, so the anchored rules run too (any weekday works).
FALLBACK_PUBLISHED = dt.date(2010, 6, 16)


@dataclass(frozen=True)
class CorpusArticle:
    corpus: str
    name: str
    text: str
    published: dt.date | None


@dataclass
class Report:
    articles: int = 0
    sentences: int = 0
    tokens: int = 0
    failures: list[str] = field(default_factory=list)


def meantime_articles(corpus: Path) -> Iterator[CorpusArticle]:
    for document in meantime.iter_documents(corpus):
        yield CorpusArticle("MEANTIME", document.name, document.text, document.dct)


def ecbplus_articles(corpus: Path) -> Iterator[CorpusArticle]:
    for subtopic in ecbplus.load_subtopics(corpus):
        for document in subtopic.documents:
            text = ecbplus.article_file_text(ecbplus.sentence_texts(document))
            yield CorpusArticle("ECB+", document.name, text, None)


def check(articles: Sequence[CorpusArticle], nlp: Language) -> Report:
    """Annotate every article (with and without a date); one line per article that raised."""
    report = Report()
    docs = nlp.pipe([article.text for article in articles], batch_size=16)
    for article, doc in zip(articles, docs, strict=True):
        report.articles += 1
        report.sentences += sum(1 for _ in doc.sents)
        report.tokens += len(doc)
        for published in _dates_for(article):
            try:
                annotate_doc(doc, article.name, published)
            except Exception as error:
                report.failures.append(_describe(article, published, error, nlp))
                break
    return report


def _dates_for(article: CorpusArticle) -> tuple[dt.date | None, ...]:
    return (None, article.published or FALLBACK_PUBLISHED)


def _describe(article: CorpusArticle, published: dt.date | None, error: Exception, nlp: Language) -> str:
    sentence = failing_sentence(article.text, published, nlp)
    where = f"sentence {sentence[0]}: {sentence[1][:120]!r}" if sentence else "the whole article only"
    last = traceback.extract_tb(error.__traceback__)[-1]
    return (f"{article.corpus} {article.name} (published {published}): {type(error).__name__}: {error} "
            f"at {Path(last.filename).name}:{last.lineno}; {where}")


def failing_sentence(text: str, published: dt.date | None, nlp: Language) -> tuple[int, str] | None:
    """The first sentence that raises when annotated on its own."""
    for number, sentence in enumerate(nlp(text).sents):
        try:
            annotate_doc(nlp(sentence.text), "sentence", published)
        except Exception:
            return number, sentence.text
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer evaluate robustness", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meantime", type=Path, default=meantime.DEFAULT_CORPUS, help="MEANTIME folder")
    parser.add_argument("--ecbplus", type=Path, default=ecbplus.DEFAULT_CORPUS, help="ECB+ folder")
    parser.add_argument("--limit", type=int, help="only the first N articles of each corpus")
    args = parser.parse_args(argv)
    try:
        corpora = {"MEANTIME": list(meantime_articles(args.meantime)),
                   "ECB+": list(ecbplus_articles(args.ecbplus))}
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    nlp = load_pipeline(DEFAULT_MODEL)
    failed = False
    print("| corpus | articles | sentences | tokens | articles that raised |\n|---|---|---|---|---|")
    failures: list[str] = []
    for name, articles in corpora.items():
        report = check(articles[:args.limit] if args.limit else articles, nlp)
        print(f"| {name} | {report.articles} | {report.sentences} | {report.tokens} "
              f"| {len(report.failures)} |")
        failures.extend(report.failures)
        failed = failed or bool(report.failures)
    if failures:
        print("\n" + "\n".join(failures))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
