"""A quotation inside the clause a verb of reporting reports: "Roe reported that “…”" (wave 13).

"reported" alone next to a quotation may be anything ("“…” was reported stolen"), so such a verb
attributes a quotation only when the walk up the parse from the quotation reaches it
(`quotes.governing_speech_verb`). `REPORTED_CLAUSE_QUOTES` is a switch for the ablation benchmark.
"""

from __future__ import annotations

from spacy.tokens import Token

REPORTING_VERBS = {"report", "reveal"}
REPORTED_CLAUSE_QUOTES = True


def reports_clause(token: Token) -> bool:
    """ "Roe reported that “…”": a verb of reporting whose clause holds the quotation (the walk up the
    parse in `governing_speech_verb` proves it) and which has a subject of its own."""
    return REPORTED_CLAUSE_QUOTES and token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS \
        and any(c.dep_ == "nsubj" for c in token.children)
