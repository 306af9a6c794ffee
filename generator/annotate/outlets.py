"""News organisations in a text, for the claims extractor (moved out of claims.py, wave 15): the
words of their names ("… News", "… Times", or told things: "told Reuters") and the nouns that stand
for one mentioned before ("the outlet said")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.annotate.doc_tokens import doc_ents

# Nouns that stand for a news organisation mentioned before ("the outlet said").
OUTLET_NOUNS = {
    "outlet", "newspaper", "paper", "network", "broadcaster", "agency", "publication", "magazine",
    "daily", "website", "site", "channel", "wire", "station", "tabloid", "report",
}
# Words in the names of news organisations ("NBC News", "The Times", "Westmoor Herald").
OUTLET_NAME_WORDS = {
    "news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "press", "radio",
    "television", "tv", "broadcasting", "magazine", "daily", "chronicle", "observer", "guardian",
    "independent", "express", "mirror", "courier", "dispatch", "bulletin", "wire", "newswire",
    "network", "channel", "reporter", "examiner", "inquirer", "standard", "sun",
}


def outlet_names(doc: Doc) -> set[str]:
    """Lower-case words that name news organisations in this text (see the module docstring)."""
    names: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ == "ORG" and any(word.lower_ in OUTLET_NAME_WORDS for word in ent):
            names.update(word.lower_ for word in ent)
    # Label ids compared, not label strings: each `dep_` / `ent_type_` is a string-store lookup, and
    # this test runs at every token (`dep_ == "dobj"` exactly when `dep == strings["dobj"]`).
    # Read as one array of (dependency, entity type) ids: no `Token` made at every position.
    dobj, org = doc.vocab.strings["dobj"], doc.vocab.strings["ORG"]
    ids = doc.to_array(["DEP", "ENT_TYPE"])
    for i in ((ids[:, 0] == dobj) & (ids[:, 1] == org)).nonzero()[0]:
        token = doc[int(i)]
        if token.head.lemma_.lower() == "tell":
            names.update(word.lower_ for word in token.subtree if word.ent_type_ == "ORG")
    return names


def is_outlet_anaphor(head: Token) -> bool:
    """ "the outlet", "the newspaper", "the agency" alone: not "the state weather agency"."""
    return head.lower_ in OUTLET_NOUNS and any(c.lower_ in {"the", "this", "that"} for c in head.lefts) \
        and not any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in head.lefts)
