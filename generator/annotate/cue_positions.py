"""The tokens at which a claim's cue can stand: every verb (or auxiliary) and every "according".

`claims.find_cues` tests each token of each sentence: "according" opens "according to X", a verb
may be a speech verb; no other token gives a cue. The positions are read once per document from the
parse's part-of-speech ids (`Doc.to_array`: no `Token` made, no string looked up) and the shared
token texts (spaCy's `lower_` is the text's str.lower()), in order, and kept in its `user_data`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from generator.annotate.doc_memo import memo
from generator.annotate.doc_tokens import token_texts

_KEY = "explainer.cue-positions"


def cue_positions(doc: Doc, start: int, end: int) -> list[int]:
    """The indices in [start, end) of the verbs, auxiliaries and "according"s of `doc`, in order."""
    positions = memo(doc, _KEY, lambda: _cue_positions(doc))
    return positions[bisect.bisect_left(positions, start):bisect.bisect_left(positions, end)]


def _cue_positions(doc: Doc) -> list[int]:
    texts = token_texts(doc)
    verbs = {doc.vocab.strings["VERB"], doc.vocab.strings["AUX"]}  # the part-of-speech symbols' ids
    return [i for i, pos in enumerate(doc.to_array("POS").tolist())
            if pos in verbs or texts[i].lower() == "according"]
