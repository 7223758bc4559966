"""English modal readings that hedge, reportative "is said to", and booster readings that do not.

Readings that need the verb complex are decided by rules, as for German
reportative "sollen" (:mod:`scoring.languages.de.modals`):

* **Epistemic modals** (Coates 1983, *The Semantics of the Modal
  Auxiliaries*; Palmer 2001): *may*, *might*, *could* and *must* hedge when
  they judge how likely a proposition is, not when they grant permission,
  state an ability or impose an obligation. Decided by what follows the
  modal (negation and adverbs skipped):

  - a perfect infinitive ("may have known", "must have been") — epistemic
    for all four;
  - *be* with a predicate that is not a passive participle ("could be a
    turning point", "must be true", "may be planning") — epistemic;
  - *be* with a passive participle ("must be passed by Friday") — deontic
    for *must*, possibility for *may/might/could* ("could be delayed");
  - a lexical verb ("may rise", "might lose", "could cost") — epistemic for
    *may*, *might* and affirmative *could*; deontic for *must* ("must
    register"); negated *could* ("could not attend") and *could* with a
    verb of perception ("could see") state an ability. *may* after "you"
    grants permission ("you may apply").

  *can* is never a hedge here ("can apply online" is a root reading);
  *would*, *should* and *will* are left to the lexicon ("would seem").
  Clauses of purpose and condition ("so that they could", "if it might")
  and questions are not hedged statements.
* **Reportative passives** ("is said to", "are reported to", "was alleged
  to", "is understood to"): a form of *be*, a participle from the lexicon
  ``reportative_verbs`` and *to*. The writer passes a claim on without
  naming who makes it — the English counterpart of reportative *sollen*.
  With no source named in the sentence it becomes a ``reportative``
  attribution (:meth:`~scoring.languages.base.Language.is_reportative`).
* **Booster exclusions**: "clearly" as a manner adverb (next to a verb of
  speech or perception, or before a participle or an "-ible/-able"
  adjective: "said clearly", "clearly visible", "clearly marked"), and "of
  course" after a noun with its article ("a change of course", "a matter of
  course").

The writer's own demands (:func:`prescriptive_cues`: "should resign", "ought to", deontic "must act")
are a rule cue of their own (``loaded``/``prescriptive``), not a hedge.

Not detected: hedging by syntax alone (conditional clauses, questions),
irony, epistemic *should* ("should arrive by noon") and *will* ("that will
be the postman").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from functools import cache

from scoring.languages.lexicon import load_lexicon
from scoring.model.doc import Doc, Token
from scoring.model.records import CueEntry, CueHit

if TYPE_CHECKING:
    from scoring.languages.base import Language

_BOUNDARY = frozenset(",;:.!?()–—\"“”«»")
_MODALS = frozenset(("may", "might", "could", "must"))
_NEGATION = frozenset(("not", "never"))
_NEGATED_MODALS = frozenset(("couldn't", "couldn’t", "mustn't", "mustn’t", "mightn't", "mightn’t"))
_BE = frozenset(("be",))
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being", "am"))
_HAVE = frozenset(("have",))
_HAVE_FORMS = frozenset(("has", "have", "had"))
# Adverbs that may stand inside a verb complex ("may well have", "could soon become", "is widely said to").
_INNER_ADVERBS = frozenset(("well", "also", "still", "even", "already", "soon", "yet", "just", "only", "now", "then",
                            "easily", "ultimately", "eventually", "indeed", "actually", "really", "widely", "long",
                            "often", "once", "further", "too", "reportedly", "similarly", "generally", "variously"))  # fmt: skip
_PERCEPTION = frozenset(("see", "hear", "feel", "smell", "taste", "tell", "sense", "notice", "watch"))
# Words in the clause before a modal that make its clause one of purpose or condition.
_PURPOSE_OR_CONDITION = frozenset(("if", "whether", "unless", "so", "lest", "though", "although"))
_SECOND_PERSON = frozenset(("you",))
# Irregular past participles (regular ones end in -ed): "must be done", "must be paid".
_IRREGULAR_PARTICIPLES = frozenset((
    "done", "made", "paid", "held", "sent", "built", "found", "given", "taken", "seen", "known", "told", "said", "kept",
    "left", "brought", "bought", "caught", "taught", "sold", "set", "put", "cut", "hit", "shut", "spent", "won", "lost",
    "led", "met", "read", "run", "shown", "written", "driven", "chosen", "spoken", "broken", "stolen", "sworn", "thrown",
    "grown", "drawn", "beaten", "forgotten", "hidden", "begun", "struck", "hung", "fought", "sought", "thought", "met",
    "heard", "laid", "meant", "understood", "withdrawn", "overturned", "undone", "forgiven", "sunk", "sung", "born",
    "borne", "torn", "worn", "frozen", "woven", "ridden", "risen", "fallen", "felt", "dealt", "bound", "upheld", "shot",
))  # fmt: skip
_MANNER_VERBS = frozenset(("said", "say", "says", "stated", "state", "states", "explained", "explain", "spoke", "speak",
                           "speaks", "written", "wrote", "write", "told", "tell", "articulated", "expressed", "outlined",
                           "defined", "laid", "spelled", "spelt", "set", "marked", "labeled", "labelled", "identified",
                           "seen", "heard", "visible", "audible", "see", "hear", "saw", "shown", "showed"))  # fmt: skip
_COURSE = frozenset(("course",))
# Words that cannot open the verb complex after a modal: "might" before them is the noun ("military might").
_NOT_A_VERB = frozenset(("the", "a", "an", "and", "or", "of", "in", "to", "for", "with", "is", "was", "are", "were",
                         "has", "had", "will", "would", "can", "could", "should"))  # fmt: skip
_OF = frozenset(("of",))


def _rule_entry(subtype: str, rule: str, weight: float, suggestion: str) -> CueEntry:
    return CueEntry(
        entry=rule, category="hedge", subtype=subtype, pos="rule", weight=weight,
        suggestion=suggestion, rule=f"rule:{rule}", compounds="none", exceptions=frozenset(),
    )  # fmt: skip


REPORTATIVE = _rule_entry("reportative", "reportative_said_to", 1.0, "name who says so")
EPISTEMIC = {
    "may": _rule_entry("epistemic_modal", "epistemic_may", 0.7, "say who considers it possible, or give the evidence"),
    "might": _rule_entry("epistemic_modal", "epistemic_might", 0.8, "say who considers it possible, or give the evidence"),
    "could": _rule_entry("epistemic_modal", "epistemic_could", 0.6, "say who considers it possible, or give the evidence"),
    "must": _rule_entry("epistemic_modal", "epistemic_must", 0.6, "give the evidence for the conclusion"),
}


@cache
def _reportative_participles() -> frozenset[str]:
    return frozenset(load_lexicon("en", "reportative_verbs").entries)


def _participle_like(tok: Token) -> bool:
    """A passive participle: "passed", "taken", "paid" (lower case)."""
    low = tok.low
    return tok.text[0].islower() and (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES or (low.endswith("en") and len(low) > 4))


def _is_boundary(tok: Token) -> bool:
    return tok.text in _BOUNDARY


def _after_modal(tokens: Sequence[Token], k: int) -> tuple[int, bool]:
    """Index of the first word of the verb complex after the modal at ``k`` (negation and adverbs
    skipped, at most four), and whether a negation was skipped."""
    j = k + 1
    negated = False
    n = len(tokens)
    while j < n and j <= k + 4:
        low = tokens[j].low
        if low in _NEGATION:
            negated = True
        elif not (low in _INNER_ADVERBS or (low.endswith("ly") and tokens[j].text[0].islower() and len(low) > 4)):
            break
        j += 1
    return j, negated


def modal_reading(tokens: Sequence[Token], k: int) -> str:
    """How the modal at ``k`` reads from the verb complex after it: ``perfect`` ("may have gone"),
    ``predicative`` ("must be true"), ``passive`` ("must be passed"), ``progressive`` ("may be
    planning"), ``lexical`` ("could cost"), or ``none`` when no verb follows (a noun: "military might")."""
    j, _ = _after_modal(tokens, k)
    if j >= len(tokens) or _is_boundary(tokens[j]) or not tokens[j].text[0].isalpha() or tokens[j].text[0].isupper():
        return "none"
    low = tokens[j].low
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if low in _HAVE:
        return "perfect" if nxt is not None and (nxt.low == "been" or _participle_like(nxt)) else "lexical"
    if low in _BE:
        if nxt is None or _is_boundary(nxt):
            return "predicative"  # "as it may be"
        if nxt.low.endswith("ing") and nxt.text[0].islower():
            return "progressive"
        return "passive" if _participle_like(nxt) else "predicative"
    if low in _NOT_A_VERB:
        return "none"  # "the military might of", "military might has grown", "with all his might"
    return "lexical"


def _clause_start(tokens: Sequence[Token], k: int, limit: int = 8) -> list[Token]:
    """Up to ``limit`` tokens before ``k``, back to the previous clause boundary."""
    out = []
    j = k - 1
    while j >= 0 and k - j <= limit and not _is_boundary(tokens[j]):
        out.append(tokens[j])
        j -= 1
    return out


def _epistemic(tokens: Sequence[Token], k: int) -> bool:
    low = tokens[k].low
    reading = modal_reading(tokens, k)
    if reading == "none":
        return False
    before = _clause_start(tokens, k)
    if any(t.low in _PURPOSE_OR_CONDITION for t in before):
        return False  # "so that they could vote", "if it may help": purpose or condition, not a judgement
    if low == "must":
        return reading in ("perfect", "predicative", "progressive") and not _must_be_able(tokens, k)
    if reading == "perfect" or reading in ("predicative", "progressive", "passive"):
        return True
    # a lexical verb follows
    j, negated = _after_modal(tokens, k)
    if low == "could":
        return not negated and tokens[j].low not in _PERCEPTION  # "could not attend", "could see": ability
    if low == "may":
        return not (before and before[0].low in _SECOND_PERSON)  # "you may apply": permission
    return True  # might


# Adjectives of readiness: "must be able/ready/willing to" is an obligation, not a conclusion
_READINESS = frozenset(("able", "ready", "willing", "prepared", "allowed", "permitted", "free", "careful", "sure",
                        "eligible", "registered", "present", "available"))  # fmt: skip


def _must_be_able(tokens: Sequence[Token], k: int) -> bool:
    """"must be able/ready/willing to": an obligation, not a conclusion ("must be accurate to within" is one)."""
    j, _ = _after_modal(tokens, k)
    return j + 2 < len(tokens) and tokens[j].low in _BE and tokens[j + 1].low in _READINESS


def _reportative(tokens: Sequence[Token], k: int, participles: frozenset[str]) -> int | None:
    """End (exclusive) of "is said to" starting at the form of *be* at ``k``, or None."""
    j = k + 1
    n = len(tokens)
    while j < n and j <= k + 3 and (tokens[j].low in _INNER_ADVERBS or tokens[j].low in _NEGATION):
        j += 1
    if j + 1 < n and tokens[j].low in participles and tokens[j + 1].low == "to":
        return j + 2
    return None


def modal_cues(doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
    """Epistemic may/might/could/must and reportative "is said to" in one sentence."""
    if not tokens or tokens[-1].text == "?":
        return []  # questions are not hedged statements
    participles = _reportative_participles()
    found = []
    for k, tok in enumerate(tokens):
        low = tok.low
        if low in _MODALS and tok.text[0].islower():
            if _epistemic(tokens, k):
                found.append(CueHit(tok.i, tok.i + 1, EPISTEMIC[low]))
        elif low in _BE_FORMS:
            end = _reportative(tokens, k, participles)
            if end is not None:
                found.append(CueHit(tok.i, tokens[end - 1].i + 1, REPORTATIVE))
    return found


# a demand may be negated in a contraction: "shouldn't be assumed", "mustn't be allowed" (one token each)
_CONTRACTED_DEMANDS = {"shouldn't": "should", "shouldn’t": "should", "mustn't": "must", "mustn’t": "must"}
PRESCRIPTIVE_FORMS = frozenset(("should", "must", "ought", *_CONTRACTED_DEMANDS))
"""The forms :func:`prescriptive_cues` starts from (a sentence without any has no demand)."""
_TO = frozenset(("to",))
# Words of time after "by" that make an obligation a rule with a deadline ("must register by Friday",
# "must be filed by March 1"), not the writer's demand.
_DEADLINE_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                             "february", "march", "april", "may", "june", "july", "august", "september", "october",
                             "november", "december", "midnight", "noon", "the", "next", "end", "then", "law"))  # fmt: skip


def prescriptive_cues(tokens: Sequence[Token], language: Language) -> list[CueHit]:
    """The writer's own demands: *should*, *ought to* and deontic *must* before a verb ("should resign",
    "ought to apologise", "must act now", "must be stopped"). Voice is decided later: inside a quotation or
    a report ("She said the city must act") the demand is the source's.

    Not a demand: a question; *Should* opening a sentence (a condition: "Should the talks fail, …"); a
    clause of purpose or condition ("if it should rain"); epistemic *must* ("must have known", "must be
    true"); an obligation with a deadline, which states a rule ("must register by Friday")."""
    if not tokens or tokens[-1].text == "?":
        return []
    found = []
    for k, tok in enumerate(tokens):
        if tok.low not in PRESCRIPTIVE_FORMS or not tok.text[0].islower():
            continue
        low = _CONTRACTED_DEMANDS.get(tok.low, tok.low)
        end = k + 1
        if low == "ought":
            if k + 1 >= len(tokens) or tokens[k + 1].low not in _TO:
                continue
            end = k + 2
        reading = modal_reading(tokens, end - 1)
        if reading == "none":
            continue
        if any(t.low in _PURPOSE_OR_CONDITION for t in _clause_start(tokens, k)):
            continue
        if low == "must":
            deontic = reading in ("lexical", "passive") or _must_be_able(tokens, k)
            if not deontic or _deadline(tokens, k):
                continue  # "must have known", "must be true": a conclusion; "must register by Friday": a rule
        found.append(CueHit(tok.i, tokens[end - 1].i + 1, language.rule_entry("prescriptive")))
    return found


def _deadline(tokens: Sequence[Token], k: int, limit: int = 12) -> bool:
    """Whether the clause after the modal at ``k`` sets a deadline: "by" before a day, a month, a date or "the end"."""
    for j in range(k + 1, min(len(tokens) - 1, k + 1 + limit)):
        if _is_boundary(tokens[j]):
            return False
        if tokens[j].low == "by" and (tokens[j + 1].low in _DEADLINE_WORDS or tokens[j + 1].text[0].isdigit()):
            return True
    return False


# Downtoners before a booster make it an estimate of probability ("almost certainly", "all but certain").
_DOWNTONERS = frozenset(("almost", "nearly", "virtually", "practically", "probably"))


# Words after "striking" that make it the participle of "strike": an object ("striking a deal") or a
# particle ("striking down the law")
_AFTER_STRIKING_VERB = frozenset(("a", "an", "the", "down", "out", "back", "at", "deals", "deal", "fear", "distance"))
# Heads of person nouns: "striking teachers, miners, workers, nurses" are on strike
_PERSON_PLURAL_ENDINGS = ("ers", "ors", "ees", "ists", "ians", "ants", "ents")
_PERSON_PLURALS = frozenset(("staff", "nurses", "doctors", "pilots", "unions", "crews", "employees", "students", "workers"))


# Words before an adjective: "a great American city" is a judgement
_BEFORE_ADJECTIVE = frozenset(("a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
                               "some", "very", "so", "too", "really", "truly", "such", "another", "one", "two", "and", "or", "is",
                               "was", "are", "were", "be", "been", "many", "what", "how"))  # fmt: skip


def loaded_excluded(tokens: Sequence[Token], k: int) -> bool:
    """Words spelled like an evaluative word that judge nothing: "striking" as the participle of "strike"
    ("striking bus drivers", "striking a softer tone", "within striking distance"), and "great" as a noun
    for a famous player between a field and a name ("tennis great Billie Jean King") or in a name ("Great
    Britain", capitalised inside the sentence)."""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if tok.low == "striking" and nxt is not None:
        if nxt.low in _AFTER_STRIKING_VERB:
            return True
        for t in tokens[k + 1 : k + 4]:  # "striking workers", "striking coal miners", "striking bus drivers"
            if not t.text.isalpha():
                return False
            if t.low in _PERSON_PLURALS or t.low.endswith(_PERSON_PLURAL_ENDINGS):
                return True
        return False
    if tok.low == "great":
        if tok.text == "Great" and (k > 0 or nxt is not None and nxt.text[0].isupper()):
            return True  # "Great Britain", "the Great Depression": a name
        prev = tokens[k - 1] if k > 0 else None
        return prev is not None and prev.text.isalpha() and (prev.text.islower() or k == 1) and prev.low not in _BEFORE_ADJECTIVE \
            and nxt is not None and nxt.text[0].isupper()  # fmt: skip
    return False


_LEAVE_FORMS = frozenset(("leave", "leaves", "left", "leaving"))


def booster_excluded(hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
    """"clearly" as a manner adverb, "of course" as the object of a noun, and a booster after a downtoner
    ("almost certainly": a probability, not certainty)."""
    low = tokens[k].low
    if k > 0 and (tokens[k - 1].low in _DOWNTONERS or k > 1 and tokens[k - 2].low == "all" and tokens[k - 1].low == "but"):
        return True
    if low in ("clearly", "plainly") and hit.last - hit.first == 1:
        window = {t.low for t in tokens[max(0, k - 2) : k + 3]}
        if window & _MANNER_VERBS:
            return True  # "said clearly", "clearly stated", "clearly visible", "so plainly articulated"
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (nxt is None or nxt.text in _BOUNDARY) and k > 0 and tokens[k - 1].text not in _BOUNDARY:
            return True  # "explained the rules clearly.": how it was done, at the end of its clause (not "Clearly, …")
        if k > 0 and tokens[k - 1].low in _HAVE_FORMS:
            return False  # "has clearly lost": the writer vouches for the whole statement
        if nxt is not None and nxt.text[0].islower() and (nxt.low.endswith(("ible", "able")) or _participle_like(nxt)):
            return True  # "clearly defined", "clearly identifiable": how, not whether
        return False
    if low == "no" and k > 0 and tokens[k - 1].low in _LEAVE_FORMS:
        return True  # "left no doubt of his commitment": someone made it clear, a report, not the writer's certainty
    if low in _OF and k + 1 < len(tokens) and tokens[k + 1].low in _COURSE and k >= 2:
        noun, article = tokens[k - 1], tokens[k - 2]
        return noun.text[0].islower() and noun.text[0].isalpha() and article.low in ("a", "an", "the", "this", "that")
    return False
