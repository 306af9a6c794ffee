"""No sentence break after a title abbreviation before a name (issue 17, wave 7).

spaCy's English tokenizer knows "Mr." and "Gov." but splits "Sgt." into "Sgt" and ".", and the small
parser then often ends a sentence there, cutting "call Sgt. Jane Roe at …" in two and the name from
its title (a preset "no sentence start" on the next word is not binding on the parser). Titles of
rank and office as news copy abbreviates them before a name are made single tokens with their full
stop ("Sgt.", "Lt.", "Det."), as the tokenizer already does for "Mr."; the stop then ends no
sentence. Only the capitalised spelling with its stop is joined: "sgt" or "Sgt" alone is unchanged.
"""

from __future__ import annotations

from spacy.language import Language

# Abbreviated titles of rank or office written before a name in news copy ("Sgt. Jane Roe").
TITLE_ABBREVIATIONS = frozenset({
    "Sgt", "Lt", "Capt", "Cpl", "Pvt", "Det", "Insp", "Supt", "Cmdr", "Col", "Maj", "Adm", "Brig",
    "Sen", "Rep", "Gov", "Atty", "Prof", "Rev", "Dep", "Ofc",
})


def keep_title_abbreviations(nlp: Language) -> None:
    """Add each title with its full stop to the tokenizer's special cases (see the module docstring)."""
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is None:
        return  # a custom tokenizer with no special cases: nothing to add
    for title in sorted(TITLE_ABBREVIATIONS):
        add_special_case(f"{title}.", [{"ORTH": f"{title}."}])
