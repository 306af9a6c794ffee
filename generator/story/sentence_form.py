"""Whether a line reads as a sentence: what a reader is shown as a line of its own must be one.

An event's own words are cut from its sentence's parse (the clause with its date phrase left out), and
a sentence may be cut short by the splitter; some of what comes out is no sentence a reader can use:
an indirect question ("What their status is."), a predicate without its subject ("Due to be released
to the public.", "Was taken to hospital."), a preposition left without its object ("was struck by
when she crossed"), a fragment that starts mid-sentence ("about 7 p.m., police said."), or a report
that names the speaker and nothing they said ("Coach Lee told reporters."). These are general English
tests on the words alone: the story stage keeps no parse (annotate does the parsing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.annotate.timex.reporting_clauses import SPEECH_VERBS
from generator.story.summary import content_tokens

# First words that make a clause subordinate or an indirect question: without a main clause after it
# (a comma) or a question mark, the line is only half a sentence.
_SUBORDINATE_OPENERS = frozenset({
    "what", "who", "whom", "whose", "which", "whether", "how", "why", "where", "when", "if", "because",
    "although", "though", "unless", "whereas", "once",
})  # fmt: skip
# An auxiliary or "to" first: the subject is missing ("Was killed ...", "To be decided.").
_AUXILIARY_OPENERS = frozenset({
    "was", "were", "is", "are", "am", "has", "have", "had", "been", "be", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "to", "did", "does", "do",
})  # fmt: skip
# A participle first ("Being struck ...", "Having lost ..."): a sentence only with the clause it leads.
_PARTICIPLE_OPENERS = frozenset({"being", "having"})
# A predicate adjective or participle and "to" ("Due to be released", "Expected to resign"): the
# subject and its verb are missing.
_PREDICATE_OPENERS = frozenset({
    "due", "expected", "set", "scheduled", "likely", "unlikely", "able", "unable", "ready", "about",
    "going", "supposed", "poised", "slated", "planned", "forced", "allowed", "required", "sure", "bound",
})  # fmt: skip
# Lower-case particles that open a name ("de Souza said ..."): a sentence may start with them.
_NAME_PARTICLES = frozenset({"de", "van", "von", "al", "el", "la", "le", "da", "di", "du", "bin", "ibn"})
# A preposition or an article with nothing to govern: the words after it were cut away.
_DANGLING = re.compile(
    r"\b(?:by|of|for|with|from|into|than|at|on|in|to)\s+(?:when|where|while|because|although|whereas)\b"
    r"|\b(?:by|of|for|with|from|into|than|the|a|an)\s*(?:[,;:)]|\.(?=\s|$))"  # not "a.m.", "of .08"
    r"|\(\s*\)",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Whom a report may be told to: the audience is no part of what was said.
_AUDIENCE = frozenset({
    "reporters", "journalists", "press", "media", "newspaper", "paper", "station", "agency", "network",
    "interview", "statement", "conference", "briefing",
})  # fmt: skip
_IRREGULAR_SPEECH_FORMS = frozenset({"said", "says", "told", "tells", "wrote", "written", "writes"})
# Words a report keeps beyond its speaker and speech verb before it says anything.
MIN_REPORTED_WORDS = 1


@lru_cache(maxsize=1 << 16)
def reads_as_sentence(text: str) -> bool:
    """Whether `text` reads as a whole sentence (see the module docstring); a question always does.
    (Remembered: the home page and the Updates log ask it of the same sentences, fact by fact.)"""
    words = [word.lower() for word in _WORDS.findall(text[:120])]
    if not words:
        return False
    stripped = text.strip()
    if stripped.endswith("?"):
        return True
    first_word = _WORDS.search(stripped)
    opens_text = first_word is not None and not stripped[:first_word.start()].strip("\"“‘'( ")
    if opens_text and first_word is not None and first_word.group(0).islower() \
            and first_word.group(0) not in _NAME_PARTICLES:
        return False  # starts mid-sentence ("about 7 p.m., police said.")
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first in _SUBORDINATE_OPENERS and not _main_clause_after_comma(stripped):
        return False
    if first in _AUXILIARY_OPENERS:
        return False
    if (first in _PARTICIPLE_OPENERS or (first in _PREDICATE_OPENERS and second == "to")) \
            and not _main_clause_after_comma(stripped):
        return False
    return not _DANGLING.search(stripped)


def _main_clause_after_comma(text: str) -> bool:
    """Whether a comma of `text` may open the main clause that a subordinate or participial opening
    needs: the word after it is no participle ("..., located west of the city."), preposition,
    relative pronoun or coordinator, which go on with the opening phrase instead of ending it."""
    for match in _AFTER_COMMA.finditer(text):
        word = match.group(1)
        lower = word.lower()
        participle = word.islower() and len(word) > 4 and lower.endswith(("ed", "ing"))
        if participle or lower in _PHRASE_CONTINUERS:
            continue
        return True
    return False


_AFTER_COMMA = re.compile(r",\s*[\"“‘'(]?([^\W\d_]+)")
# Words that, after a comma, go on with the phrase before it rather than start a main clause.
_PHRASE_CONTINUERS = frozenset({
    "and", "or", "nor", "which", "who", "whom", "whose", "where", "when", "while", "including",
    "of", "in", "on", "at", "by", "for", "from", "with", "without", "near", "into", "to", "after",
    "before", "during", "under", "over", "about", "than", "as", "because", "although", "though",
    "once", "until", "since", "if", "unless", "whereas", "whether", "then",
})  # fmt: skip


def is_whole_quotation(text: str) -> bool:
    """Whether `text` is all one quotation, with no word outside its marks ("“We will sail at dawn.”"):
    shown as a line of its own it gives someone's words without saying whose; a line that names its
    speaker ("“We sail at dawn,” the captain said.") is none."""
    stripped = text.strip()
    if len(stripped) < 2 or stripped[0] not in _OPENING_QUOTES:
        return False
    closing = max(stripped.rfind(mark) for mark in _CLOSING_QUOTES)
    return closing > 0 and not _WORDS.search(stripped[closing + 1:]) \
        and not any(mark in stripped[1:closing] for mark in _DOUBLE_CLOSING_QUOTES)


def told_in_quotation(text: str, words: str) -> bool:
    """Whether a sentence that opens with a quotation tells `words` (an event's own words) inside its
    marks: "“Today the board restored the old rules,” said Lee." and an opening quotation that runs on
    into the next sentence ("“The board has started to mend the harm."). That is someone's account
    of what happened, theirs to claim (the quotes page gives it with its speaker), not the story
    telling it; an event told after the closing mark ("“We are glad,” Lee said after the board
    voted.") is told by the story."""
    stripped = text.strip()
    if len(stripped) < 2 or stripped[0] not in _OPENING_QUOTES:
        return False
    closings = [at for mark in _DOUBLE_CLOSING_QUOTES if (at := stripped.find(mark, 1)) > 0]
    quoted = stripped[1:min(closings)] if closings else stripped[1:]
    told = content_tokens(words)
    return bool(told) and len(told & content_tokens(quoted)) >= QUOTED_SHARE * len(told)


# Share of an event's own words that lie inside a quotation for the quotation to be what tells it.
QUOTED_SHARE = 0.6


def in_first_or_second_person(text: str) -> bool:
    """Whether `text` speaks as "I", "we" or "you": a speaker's words, not the story's narration (an
    event's own words taken from inside a quotation: "We can still win the vote.")."""
    for word in _WORDS.findall(text):
        stem = re.split("['’]", word)[0]  # "I'm", "we’ll"
        if stem == "I" or (stem.lower() in _PERSONAL_PRONOUNS and not stem.isupper()):  # not "US"
            return True
    return False


_PERSONAL_PRONOUNS = frozenset({"me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"})
_OPENING_QUOTES = "\"“‘'«"
_CLOSING_QUOTES = ("\"", "”", "’", "'", "»")
_DOUBLE_CLOSING_QUOTES = ("\"", "”", "»")  # single marks inside a quotation may be apostrophes


def tells_what_was_said(text: str) -> bool:
    """Whether a report's words hold what was said, beyond its speaker (the words before its speech
    verb, back to a comma), the verb and its audience: "Coach Lee told reporters." and "About 7
    p.m., police said." say nothing; "The ferry will not sail, the company said." does."""
    words = _WORDS.findall(text)
    verb = next((at for at, word in enumerate(words) if _is_speech_form(word.lower())), None)
    if verb is None:
        return True  # no speech verb: not a bare attribution
    clause_start = text.rfind(",", 0, _offset_of_word(text, verb)) if verb else -1
    speaker_start = len(_WORDS.findall(text[:clause_start])) if clause_start >= 0 else 0
    said = [w for at, w in enumerate(words) if not speaker_start <= at <= verb and w.lower() not in _AUDIENCE]
    return len(content_tokens(" ".join(said))) >= MIN_REPORTED_WORDS


def _offset_of_word(text: str, index: int) -> int:
    return [match.start() for match in _WORDS.finditer(text)][index]


def _is_speech_form(word: str) -> bool:
    if word in _IRREGULAR_SPEECH_FORMS:
        return True
    stems = {word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith(("ies", "ied")) else word}
    return bool(stems & SPEECH_VERBS)
