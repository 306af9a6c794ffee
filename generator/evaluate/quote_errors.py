"""Why an attribution was scored wrong: error classes for `explainer evaluate quotes --errors`.

Each attribution the system got wrong is put in one class, from what the system found and from the
parse of its article (the article is parsed and annotated again, alone, so that the speaker as the
annotate stage gave it can be told apart from the name the story's entity resolution put on it):

* `not found: …`: no quote or claim holds the words; split by whether the sentence has a speech verb
  outside quotation marks ("… is believed", "chants of …" have none);
* `speaker given, gold says none`: hearsay with no teller given a teller;
* `left unattributed, gold names a speaker`: split by what the sentence's speech verb has for a
  subject (a pronoun, a description, a name, or no speech verb in the sentence at all);
* `wrong speaker: story entity resolution`: the annotate stage named the right person, the story's
  entity resolution joined that mention to another entity (a surname to another person);
* `wrong speaker: pronoun antecedent`, `…: description antecedent`: the speech verb's subject in the
  sentence is a pronoun ("he said") or a description ("the spokesman said") resolved to someone else;
* `wrong speaker: nested speech`: the words are reported inside someone else's speech and were given
  to the reporter (or the other way round);
* `wrong speaker: carried over`: no speech verb in the sentence; the speaker of an earlier quotation
  or sentence was carried over to it, and it is not that speaker;
* `wrong speaker: another name in the sentence`: the sentence names the speaker, the system took
  another mention of it (a wrong attribution structure);
* `mood only`: the right speaker with the wrong mood (a denial or question shown as stated, …).

Only ever run on the tuning part: the classes are for choosing what to work on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from generator.annotate.document import annotate_doc
from generator.annotate.quote_marks import quoted_parts
from generator.annotate.quotes import quoted_token_ids
from generator.annotate.speakers import GROUP_PRONOUNS, PERSON_PRONOUNS
from generator.annotate.speech_subjects import is_speech_verb, subject_of
from generator.evaluate.ecbplus_story import DocumentMap
from generator.models import ArticleAnnotations, Claim, ClaimMention, Quote, QuoteMention

NOT_FOUND_NO_VERB = "not found: no speech verb in the sentence"
NOT_FOUND_WITH_VERB = "not found: a speech verb in the sentence, its words not taken"
GIVEN_NONE = "speaker given, gold says none"
UNATTRIBUTED = "left unattributed, gold names a speaker ({subject})"
STORY_RESOLUTION = "wrong speaker: story entity resolution (the annotate stage was right)"
PRONOUN = "wrong speaker: pronoun antecedent"
DESCRIPTION = "wrong speaker: description antecedent"
NESTED = "wrong speaker: nested speech"
CARRIED = "wrong speaker: carried over (no speech verb in its sentence)"
OTHER_NAME = "wrong speaker: another name in the sentence (attribution structure)"
OTHER = "wrong speaker: other"
MOOD = "mood only"


@dataclass
class Miss:
    """An attribution scored wrong, with what the system found for it (None: nothing)."""

    item_id: str
    article: str
    sentence: int
    span: tuple[int, int]
    gold_speaker: str
    fact: Quote | Claim | None
    speaker_right: bool


@dataclass
class ErrorClasses:
    counts: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)  # "| class | id | gold | system |"

    def add(self, other: ErrorClasses) -> None:
        self.counts.update(other.counts)
        self.lines.extend(other.lines)


SameSpeaker = Callable[[str, str | None], bool]  # the scorer's name match


def classify_misses(misses: list[Miss], documents: dict[str, DocumentMap], nlp: Language,
                    same_speaker: SameSpeaker) -> ErrorClasses:
    """One class per miss; each article with a miss is parsed once."""
    classes = ErrorClasses()
    parsed: dict[str, tuple[Doc, ArticleAnnotations]] = {}
    for miss in misses:
        if miss.article not in parsed:
            article = documents[miss.article].article
            doc = nlp(article.text)
            parsed[miss.article] = (doc, annotate_doc(doc, article.id, article.published))
        doc, annotations = parsed[miss.article]
        name = error_class(miss, doc, annotations, same_speaker)
        classes.counts[name] += 1
        system = _system_speaker(miss.fact)
        classes.lines.append(f"| {name} | {miss.item_id} | {miss.gold_speaker} | {system} |")
    return classes


def error_class(miss: Miss, doc: Doc, annotations: ArticleAnnotations, same: SameSpeaker) -> str:
    sentence = _sentence_at(doc, miss.span[0])
    inside = quoted_token_ids(doc, quoted_parts(doc.text))
    verbs = _speech_verbs(sentence, inside) if sentence is not None else []
    subjects = [s for s in (subject_of(verb, inside) for verb in verbs) if s is not None]
    if miss.fact is None:
        return NOT_FOUND_WITH_VERB if verbs else NOT_FOUND_NO_VERB
    if miss.speaker_right:
        return MOOD
    system = miss.fact.speaker if isinstance(miss.fact, Quote) else miss.fact.by
    if miss.gold_speaker == "unattributed":
        return GIVEN_NONE
    if not system:
        return UNATTRIBUTED.format(subject=_subject_kind(subjects) if verbs else "no speech verb")
    mention = _annotate_mention(miss, annotations)
    if mention is not None and same(miss.gold_speaker, _mention_speaker(mention)):
        return STORY_RESOLUTION
    if (isinstance(miss.fact, Quote) and miss.fact.reported_by) or _nested(verbs):
        return NESTED
    if not verbs:
        return CARRIED
    kind = _subject_kind(subjects)
    if kind == "pronoun":
        return PRONOUN
    if kind == "description":
        return DESCRIPTION
    in_sentence = sentence is not None and any(
        word.lower() in sentence.text.lower() for word in miss.gold_speaker.split()[-1:])
    return OTHER_NAME if in_sentence else OTHER


def _sentence_at(doc: Doc, offset: int) -> Span | None:
    return next((s for s in doc.sents if s.start_char <= offset < s.end_char), None)


def _speech_verbs(sentence: Span, inside: set[int]) -> list[Token]:
    return [t for t in sentence if t.i not in inside and is_speech_verb(t)]


def _nested(verbs: list[Token]) -> bool:
    """A speech verb in the reported clause of another ("X said Y told him …")."""
    return any(v.dep_ in {"ccomp", "parataxis"} and is_speech_verb(v.head) and v.head.i != v.i for v in verbs)


def _subject_kind(subjects: list[Token]) -> str:
    if not subjects:
        return "speech verb without a subject"
    head = subjects[-1]
    if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return "pronoun"
    if head.pos_ == "PRON":  # "someone", "some", "everyone"
        return "indefinite pronoun"
    if head.pos_ == "PROPN" or head.ent_type_:
        return "name"
    return "description"


def _annotate_mention(miss: Miss, annotations: ArticleAnnotations) -> QuoteMention | ClaimMention | None:
    """The annotate stage's quote or claim for the same words (the one overlapping them most)."""
    pool: list[QuoteMention | ClaimMention] = list(annotations.quotes if isinstance(miss.fact, Quote)
                                                  else annotations.claims)
    start, end = miss.span
    overlapping = [(min(m.end, end) - max(m.start, start), m) for m in pool
                   if m.start < end and start < m.end]
    return max(overlapping, key=lambda pair: pair[0])[1] if overlapping else None


def _mention_speaker(mention: QuoteMention | ClaimMention) -> str | None:
    return mention.speaker if isinstance(mention, QuoteMention) else mention.by


def _system_speaker(fact: Quote | Claim | None) -> str:
    if fact is None:
        return "not found"
    return (fact.speaker if isinstance(fact, Quote) else fact.by) or "unattributed"


def report_classes(classes: ErrorClasses) -> str:
    total = sum(classes.counts.values())
    lines = ["| error class | attributions | share of errors |", "|---|---|---|"]
    for name, count in sorted(classes.counts.items(), key=lambda pair: (-pair[1], pair[0])):
        lines.append(f"| {name} | {count} | {count / total:.2f} |")
    lines += ["", "| error class | id | gold speaker | system's speaker |", "|---|---|---|---|"]
    lines += sorted(classes.lines)
    return "\n".join(lines) + "\n"
