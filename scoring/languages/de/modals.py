"""German modal readings that hedge, booster readings that do not, and Konjunktiv I.

Three readings need the verb complex and are decided by rules:

* **Reportative sollen** ("96 sollen gefallen sein", "soll verhaftet worden
  sein", "soll im Ausland leben"): present-tense *soll/sollen* whose clause ends
  in a perfect infinitive (participle + *sein/haben*), *worden sein*, or a
  stative infinitive (``stative_verbs``). The writer passes a claim on without
  vouching for it. Deontic or planning *sollen* (passive "soll gesendet werden",
  dynamic "soll gelten", "soll Präsident werden") is not a hedge, nor is
  plain *sein/haben* ("soll barrierefrei sein": report or requirement, left
  undecided). *sollte* is never reportative.
* **Epistemic müsste/mag**: only with a stative or perfect infinitive ("müsste
  bekannt sein", "mag sein"); "müsste handeln" is deontic.
* **Booster exclusions**: "klar"/"deutlich" inside reporting phrases ("machte
  deutlich", "stellte klar") report speech; "deutlich" before a comparative or a
  number ("deutlich mehr", "deutlich über 5 Prozent") quantifies.

The writer's own demands (:func:`prescriptive_cues`: "sollte handeln", "muss endlich", "man muss"; and
:func:`imperative_cues`: "Prüfen Sie …") are a rule cue of their own (``loaded``/``prescriptive``), not a hedge.

Konjunktiv I ("sei", "habe", "könne", "gebe") marks reported speech
(:func:`konjunktiv1_tokens`); it is neither a hedge nor an opinion.

Not detected: hedging by syntax alone (conditional clauses, questions), irony,
and "sollen" in clauses whose verb complex is split by a dash or a comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from functools import lru_cache

from scoring.model.records import CueEntry, CueHit
from scoring.model.doc import Doc, Token
from scoring.languages.lexicon import load_lexicon

if TYPE_CHECKING:
    from scoring.languages.base import Language

_BOUNDARY = frozenset(",;:.!?()–—\"„“”«»")
_SOLLEN = frozenset(("soll", "sollen", "sollst"))
_MUESSTE = frozenset(("müsste", "müssten", "müsstest"))
_MAG = frozenset(("mag", "mögen"))
_MODALS = _SOLLEN | _MUESSTE | _MAG
_PERFECT_AUX = frozenset(("sein", "haben"))
_MACHEN = frozenset(("machen", "macht", "machte", "machten", "gemacht"))
_SPEECH_SUPPORT_VERBS = _MACHEN | frozenset(("stellen", "stellt", "stellte", "stellten", "gestellt", "klarzustellen"))
_COMPARATIVE_WORDS = frozenset(("mehr", "weniger", "über", "unter", "besser", "schlechter", "höher", "niedriger", "größer", "kleiner", "länger", "kürzer", "stärker", "schwächer", "früher", "später"))
# Konjunktiv I forms that differ from the 1st person singular indicative ("ich könne", "ich sei");
# every other form in -e ("habe", "werde", "finde") is also "ich habe", "ich finde"
_DISTINCT_KONJ1 = frozenset(("sei", "könne", "müsse", "dürfe", "wolle", "solle", "möge", "wisse"))


def _rule_entry(subtype: str, rule: str, weight: float, suggestion: str) -> CueEntry:
    return CueEntry(
        entry=rule, category="hedge", subtype=subtype, pos="rule", weight=weight,
        suggestion=suggestion, rule=f"rule:{rule}", compounds="none", exceptions=frozenset(),
    )  # fmt: skip


REPORTATIVE = _rule_entry("reportative", "reportative_sollen", 1.0, "die Quelle der Behauptung nennen")
EPISTEMIC_MUST = _rule_entry("epistemic_modal", "epistemic_muessen", 0.6, "Beleg nennen")
EPISTEMIC_MAY = _rule_entry("epistemic_modal", "epistemic_moegen", 0.6, "Beleg nennen")


@lru_cache(maxsize=None)
def _stative() -> frozenset[str]:
    return frozenset(load_lexicon("de", "stative_verbs").entries)


@lru_cache(maxsize=None)
def _quantity_change() -> tuple[str, ...]:
    return tuple(load_lexicon("de", "quantity_change").entries)


@lru_cache(maxsize=None)
def _konj1() -> frozenset[str]:
    return frozenset(load_lexicon("de", "konjunktiv1").entries)


# The rules below look at the end of the clause after a modal, or at a few tokens around a
# verb. Walking to the clause end from every modal (or slicing the sentence to do so) is
# quadratic in a sentence without punctuation; the modals of a sentence are visited in
# order and share the clause end they already know (see modal_cues), and the look-arounds
# of Konjunktiv I stop after the few tokens they use.


def _boundary(tokens: Sequence[Token], j: int) -> bool:
    """Whether the token at ``j`` ends a clause. A full stop before the sentence's last token ends an
    abbreviation or an ordinal ("am 3. Mai", "z. B.", "Dr. Meier"): the sentence goes on."""
    text = tokens[j].text
    return text in _BOUNDARY and not (text == "." and j + 1 < len(tokens))


def _clause_end(tokens: Sequence[Token], k: int) -> int:
    """Index of the first clause boundary after ``k``, or ``len(tokens)``; a closed parenthesis inside the clause is
    passed over ("sollen acht Menschen (sieben Gäste und ein Koch) erkrankt sein": the verb complex follows it)."""
    j = k + 1
    n = len(tokens)
    while j < n and not _boundary(tokens, j):
        j += 1
    if j < n and tokens[j].text == "(":
        close = next((m for m in range(j + 1, n) if tokens[m].text in "()"), None)
        if close is not None and tokens[close].text == ")":
            return _clause_end(tokens, close)
    return j


def _clause_after(tokens: Sequence[Token], k: int, limit: int | None = None) -> list[Token]:
    """The tokens after position ``k`` up to the next clause boundary (at most ``limit``)."""
    end = len(tokens) if limit is None else min(len(tokens), k + 1 + limit)
    out = []
    for j in range(k + 1, end):
        if _boundary(tokens, j):
            break
        out.append(tokens[j])
    return out


def _clause_before(tokens: Sequence[Token], k: int, limit: int | None = None) -> list[Token]:
    """The tokens before position ``k`` back to the previous clause boundary (at most ``limit``), in text order."""
    stop = -1 if limit is None else max(-1, k - 1 - limit)
    out = []
    for j in range(k - 1, stop, -1):
        if _boundary(tokens, j):
            break
        out.append(tokens[j])
    return out[::-1]


def _participle_like(tok: Token) -> bool:
    low = tok.low
    return low.endswith(("t", "en", "n")) and not tok.text[0].isupper()


def verb_complex_reading(tokens: Sequence[Token], k: int, stative: frozenset[str], clause_end: int | None = None) -> str:
    """Classify the infinitive governed by the modal at ``k``: perfect, stative, passive or dynamic.

    The verb complex is the end of the clause after the modal (``clause_end``: the index of
    the boundary that ends it, found if not given), or, when nothing follows, the words just
    before it ("…, wie es sein soll").
    """
    end = _clause_end(tokens, k) if clause_end is None else clause_end
    if end > k + 1:
        last = tokens[end - 1].low
        prev = tokens[end - 2] if end - 2 > k else None
    else:
        verbs = _clause_before(tokens, k, limit=2)
        if not verbs:
            return "none"
        last = verbs[-1].low
        prev = verbs[-2] if len(verbs) > 1 else None
    if last in _PERFECT_AUX:
        if prev is not None and (prev.low == "worden" or _participle_like(prev)):
            return "perfect"
        if last == "sein" and prev is not None and prev.text[:1].isupper() and prev.i > tokens[k].i + 1:
            return "stative"  # "soll eine Kränkung der Familienehre sein": a noun phrase said to be the case
        return "ambiguous"  # "soll barrierefrei sein", "sollen die Möglichkeit haben": report or requirement
    if last == "werden":
        return "passive" if prev is not None and _participle_like(prev) else "dynamic"
    if last == "geben" and not any(t.low == "es" for t in _clause_before(tokens, k) + list(tokens[k + 1 : max(end, k + 1)])):
        return "dynamic"  # "soll den Kapitän geben", "soll Auskunft geben": an act; "es soll … geben" (there is) is a state
    if last in stative:
        return "stative"
    if last in ("handeln", "gehen") and prev is not None:
        clause = {t.low for t in _clause_before(tokens, k) + list(tokens[k + 1 : max(end, k + 1)])}
        if "um" in clause and ("sich" if last == "handeln" else "es") in clause:
            return "stative"  # "soll sich um Diebesgut handeln", "soll es um Geld gehen": what it is, not an act
    return "dynamic"


def modal_cues(doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
    """Reportative sollen and epistemic müsste/mag in one sentence."""
    if tokens[-1].text == "?":
        return []  # "Was soll das?": questions are not reports
    stative = _stative()
    found = []
    clause_end = -1  # the end of the clause of the last modal: modals of one clause share it
    for k, tok in enumerate(tokens):
        low = tok.low
        if low not in _MODALS:
            continue
        if clause_end <= k:
            clause_end = _clause_end(tokens, k)
        if low in _SOLLEN:
            reading = verb_complex_reading(tokens, k, stative, clause_end)
            if (reading == "perfect" or reading == "stative" and not _plan(tokens, k, clause_end)) and not _conditional(tokens, k):
                found.append(CueHit(tok.i, tok.i + 1, REPORTATIVE))
        elif low in _MUESSTE:
            if verb_complex_reading(tokens, k, stative, clause_end) in ("perfect", "stative"):
                found.append(CueHit(tok.i, tok.i + 1, EPISTEMIC_MUST))
        elif clause_end > k + 1 and tokens[clause_end - 1].low in _PERFECT_AUX | stative:
            found.append(CueHit(tok.i, tok.i + 1, EPISTEMIC_MAY))  # "mag sein", "mag … gewusst haben"
    return found


# Words that put a clause in the future: "sollen" with a state there states a plan ("Bis Freitag soll der
# neue Fahrplan stehen", "Künftig soll es Kurse geben"), not hearsay about the present.
_FUTURE_WORDS = frozenset((
    "künftig", "zukünftig", "morgen", "übermorgen", "demnächst", "bald", "nächste", "nächsten", "nächster",
    "nächstes", "kommende", "kommenden", "kommender", "kommendes", "ab", "bis", "spätestens", "heute", "heuer",
))  # fmt: skip
# A day or month in the clause dates a state the clause plans ("Die Regel soll am 9. Juli wirksam werden", "soll im
# Herbst fertig sein"); hearsay about a dated event takes the perfect ("soll am 3. Mai gestorben sein"), read before this.
_DATE_WORDS = frozenset((
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "jänner", "februar", "märz",
    "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "frühjahr", "sommer", "herbst",
    "winter", "uhr",
))  # fmt: skip
# Openers of a condition before a main clause with "sollen": "Wenn …, soll …", "Sollte der Vertrag scheitern, soll …"
# state what is to happen then, not what is said to be.
_CONDITION_OPENERS = frozenset(("wenn", "falls", "sofern", "sobald", "solange", "sollte", "sollten"))
# words next to "bis" that make it a range or an upper bound, not a deadline
_RANGE_WORDS = frozenset(("ein", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zu"))


_MUSS = frozenset(("muss", "muß", "müssen", "musst", "müsst", "müßt"))
_SOLLTE = frozenset(("sollte", "sollten", "solltest", "solltet"))
PRESCRIPTIVE_FORMS = _MUSS | _SOLLTE
"""The forms :func:`prescriptive_cues` starts from (a sentence without any has no demand)."""
# Openers of a clause of condition, purpose or indirect question: "wenn man handeln müsste", "ob er gehen sollte"
_CONDITION_WORDS = frozenset(("wenn", "falls", "sofern", "ob", "damit", "um"))
# "müssen mit Staus rechnen": an expectation, not a demand
_EXPECT = frozenset(("rechnen",))
# "muss/müssen" states a demand in the writer's voice only with one of these: the impersonal or first-person
# plural subject ("man muss", "wir müssen") or an adverb of urgency ("muss endlich", "müssen dringend").
# Without one, German "müssen" mostly tells what circumstances or rules require ("muss pausieren").
_DEMAND_WORDS = frozenset(("man", "wir", "uns", "du", "ihr", "endlich", "dringend", "unbedingt", "sofort", "schleunigst",
                           "besser", "lieber", "jedenfalls", "keinesfalls"))  # fmt: skip
# Words that make "sollte/sollten" the past of a plan ("was to"), not a recommendation
_SCHEDULE_WORDS = frozenset(("ursprünglich", "eigentlich", "zunächst", "zeitgleich", "gleichzeitig")) | _DATE_WORDS | _FUTURE_WORDS


def prescriptive_cues(tokens: Sequence[Token], language: Language) -> list[CueHit]:
    """The writer's own demands: *muss/müssen* and *sollte/sollten* with an infinitive ("Die Stadt muss
    handeln", "Die Steuer sollte fallen", "muss gestoppt werden"). Voice is decided later: in a quotation
    or a report the demand is the source's.

    Not a demand: a question; *Sollte* opening a sentence or a clause after a comma (a condition: "Sollte der
    Vertrag scheitern, …", "…, sollte kein Angebot kommen"), unless that comma closes a free relative clause
    ("Wer …, sollte …": its subject);
    a clause of condition, purpose or indirect question ("wenn er gehen müsste", "ob sie bleiben sollte");
    an epistemic conclusion with a perfect infinitive ("muss übersehen worden sein"); "müssen mit … rechnen"
    (an expectation); "muss/müssen" without a subject "man/wir" or an adverb of urgency (what circumstances
    or rules require: "muss drei Wochen pausieren"); "sollte" with a date or "ursprünglich" (the past of a
    plan)."""
    if not tokens or tokens[-1].text == "?":
        return []
    stative = _stative()
    found = []
    for k, tok in enumerate(tokens):
        if tok.low not in PRESCRIPTIVE_FORMS or not tok.text[0].islower():
            continue
        clause_end = _clause_end(tokens, k)
        if clause_end <= k + 1 or tokens[clause_end - 1].low in _EXPECT:
            continue
        reading = verb_complex_reading(tokens, k, stative, clause_end)
        if reading == "perfect" or reading == "none":
            continue
        before = _clause_before(tokens, k, 12)
        if any(t.low in _CONDITION_WORDS for t in before):
            continue
        if not before and clause_end < len(tokens) and tokens[clause_end].text == ",":
            continue  # the modal opens a clause that a comma closes: "…, sollte die Firma Einspruch erheben, ruht …"
        if not before and tok.low in _SOLLTE and k > 0 and tokens[k - 1].text == "," and not _after_free_relative(tokens, k - 1):
            continue  # a condition after the main clause: "Die Gewerkschaft droht mit Streiks, sollte kein Angebot kommen."
        clause = tokens[k - len(before) : clause_end]
        if tok.low in _MUSS and not any(t.low in _DEMAND_WORDS for t in clause):
            continue  # "muss einige Wochen pausieren", "müssen sich anmelden": what circumstances or rules require
        if tok.low in _SOLLTE and any(t.low in _SCHEDULE_WORDS for t in clause):
            continue  # "sollte ursprünglich im Sommer fertig werden", "sollten bis Mittwoch eröffnet werden": a plan
        found.append(CueHit(tok.i, tok.i + 1, language.rule_entry("prescriptive")))
    return found


# pronouns opening a free relative clause that is the subject of the main clause after it ("Wer …, sollte …")
_FREE_RELATIVES = frozenset(("wer",))
_COORDINATORS = frozenset(("und", "oder", "aber"))


def _after_free_relative(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the clause before the comma at ``comma`` opens with a free relative pronoun, also after "und"
    ("Wer mit dem Rad kommt, sollte …", "… und wer Zeit hat, sollte …"): the clause is the subject of the modal
    after the comma, which opens the main clause."""
    clause = _clause_before(tokens, comma, 12)
    start = comma - len(clause)
    opener = next((j for j in range(len(clause) - 1, -1, -1) if clause[j].low in _FREE_RELATIVES), None)
    if opener is None:
        return False
    if opener == 0:
        return start == 0 or _boundary(tokens, start - 1)
    return clause[opener - 1].low in _COORDINATORS


def imperative_cues(tokens: Sequence[Token], language: Language) -> list[CueHit]:
    """The writer's demand to the reader: a sentence opening with a verb and the formal "Sie" after it
    ("Prüfen Sie jede Rechnung.", "Rufen Sie zuerst die Hotline an!"). A commentary tells the reader what to do;
    a report tells what others demand.

    Not a demand: a question ("Glauben Sie, dass …?"); a function word before "Sie" ("Wenn Sie …", "Haben Sie
    …", "Sollten Sie …"); a first clause that a comma closes before a verb (a condition: "Brauchen Sie Hilfe, hilft …")."""
    if len(tokens) < 3 or tokens[-1].text == "?" or tokens[1].text != "Sie" or not tokens[0].text[:1].isupper():
        return []
    verb = tokens[0]
    function_words = language.word_classes
    if not verb.low.endswith("n") or verb.low in function_words or verb.quote >= 0:
        return []
    end = _clause_end(tokens, 0)
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].low not in function_words:
        return []  # a verb right after the comma: the first clause was a condition
    return [CueHit(verb.i, verb.i + 1, language.rule_entry("prescriptive"))]


def _plan(tokens: Sequence[Token], k: int, clause_end: int) -> bool:
    """Whether the clause of the modal at ``k`` points to the future (see :data:`_FUTURE_WORDS`)."""
    start = k - len(_clause_before(tokens, k))
    clause = tokens[start:clause_end]
    return any(t.low in _FUTURE_WORDS and not (t.low == "bis" and _range(clause, j)) or t.low in _DATE_WORDS for j, t in enumerate(clause))


def _conditional(tokens: Sequence[Token], k: int) -> bool:
    """Whether the modal at ``k`` opens the main clause after a condition: ", so soll …" ("Werden Mängel
    behoben, so soll …") or a sentence that opens with "Wenn/Falls …," before it."""
    if k >= 2 and tokens[k - 1].low == "so" and tokens[k - 2].text == ",":
        return True
    first = next((t for t in tokens if t.text[0].isalnum()), None)
    return first is not None and first.low in _CONDITION_OPENERS and any(t.text == "," for t in tokens[first.i - tokens[0].i : k])


def _range(clause: Sequence[Token], j: int) -> bool:
    """"bis" in a range or an upper bound ("ein bis drei Prozent", "bis zu 30"), not a deadline ("bis Samstag")."""
    before = clause[j - 1] if j > 0 else None
    after = clause[j + 1] if j + 1 < len(clause) else None
    return (before is not None and (before.text[0].isdigit() or before.low in _RANGE_WORDS)) or (
        after is not None and after.low in _RANGE_WORDS)


def sollen_tokens(tokens: Sequence[Token]) -> list[Token]:
    """Forms of "sollen" outside quotations in a sentence that is no question, in any reading, except at the end
    of a relative clause with a plain infinitive ("eine Flut von Anzeigen, die die Behörden unter Druck setzen
    soll", "…, die ein Thema werden soll"): a purpose or plan of the thing named, no report passed on ("der Mann,
    der die Tat begangen haben soll" keeps its reportative perfect infinitive)."""
    if not tokens or tokens[-1].text == "?":
        return []
    return [tok for k, tok in enumerate(tokens) if tok.low in _SOLLEN and tok.quote < 0 and not _purpose_in_relative(tokens, k)]


@lru_cache(maxsize=1)
def _relative_pronouns() -> frozenset[str]:
    """The relative pronouns of the German function words (``function_words``, class relative_pronoun)."""
    return frozenset(row["word"] for row in load_lexicon("de", "function_words").records() if row["class"] == "relative_pronoun")


def _purpose_in_relative(tokens: Sequence[Token], k: int) -> bool:
    """Whether the "sollen" at ``k`` closes a relative clause after a comma and follows a plain infinitive."""
    if k + 1 < len(tokens) and tokens[k + 1].text not in (",", ".", ";", "!", "–"):
        return False
    if k > 0 and tokens[k - 1].low in ("haben", "sein", "worden", "gewesen"):
        return False  # "der die Tat begangen haben soll": a perfect infinitive, reportative
    j = k - 1
    while j > 0 and tokens[j].text not in (",", ";", ":", "(") and k - j <= 20:
        j -= 1
    if j <= 0 or tokens[j].text != "," or j + 1 >= k:
        return False
    first = tokens[j + 1]
    second = tokens[j + 2] if j + 2 < k else None
    relatives = _relative_pronouns()
    return first.low in relatives or second is not None and second.low in relatives and first.text.islower()


# articles and possessives that open a noun phrase, before an adjective of it
_NOUN_OPENERS = frozenset((
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
))  # fmt: skip


def booster_excluded(hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
    """"klar"/"deutlich" in reporting phrases, and "deutlich" that quantifies."""
    if tokens[0].low == "für" and 2 <= k <= 8 and (tokens[k].low in ("steht", "stand") or tokens[k - 1].low in ("ist", "war")):
        return True  # "Für die Opposition ist klar: …", "Für ihn steht fest": the certainty of the one whose view it is
    if hit.last - hit.first > 1:
        # phrases ("wird deutlich") are boosters as listed, unless a comparative follows: "wird deutlich teurer"
        end = k + (hit.last - hit.first)
        nxt = tokens[end] if end < len(tokens) else None
        if tokens[k].low.startswith("zeig") and _attitude_after(tokens, end):
            return True  # "zeigt sich zufrieden", "zeigte sich wenig beeindruckt": someone's attitude, reported
        return nxt is not None and tokens[end - 1].low.startswith("deutlich") and _quantifies(nxt)
    low = tokens[k].low
    if low == "doch" and k + 1 < len(tokens) and tokens[k + 1].low == "noch":
        return True  # "ist doch noch leer ausgegangen": after all, in the end; no certainty
    if low == "eigentlich" and any(t.low in _PLANNED for t in _clause_after(tokens, k, 8) + _clause_before(tokens, k, 8)):
        return True  # "hatte sich eigentlich vorgenommen", "sollte eigentlich am Montag beginnen": what was planned
    window = {t.low for t in tokens[max(0, k - 3) : k + 4]}
    if any(t.low in _CONDITIONS for t in _clause_before(tokens, k, 8) + _clause_after(tokens, k, 8)):
        return True  # "ob er tatsächlich gewinnt", "sollte er tatsächlich siegen": asks, vouches for nothing
    before = _clause_before(tokens, k)
    if before and before[0] is tokens[0] and tokens[0].low in INTERROGATIVES and tokens[-1].text != "?" and any(
        t.text == "," for t in tokens[k:]
    ):  # fmt: skip
        return True  # "Welche Funktionen es tatsächlich schaffen, ist unklar": an indirect question before its main clause
    if low == "tatsächlich" and k > 1 and tokens[k - 1].low == "auch" and not _boundary(tokens, k - 2):
        return True  # "um die Einlagen auch tatsächlich auszahlen zu können": what actually happens, as planned or
        # promised, not emphasis ("Der Plan ist tatsächlich gescheitert" vouches for it, and so may "Auch tatsächlich …")
    if low == "klar" and k + 2 < len(tokens) and tokens[k + 1].low in ("und", "oder") and _adjective_shaped(tokens[k + 2]):
        return True  # "klar und distanziert", "klar und verständlich": a quality in a list of qualities, no certainty
    if low == "klar" and (window & _SAY_SHOW_VERBS or window & _RESULT_VERBS
                          or k + 1 < len(tokens) and tokens[k + 1].low in ("aus", "in", "vorne", "vorn", "kurs", "für", "gegen")):  # fmt: skip
        return True  # "sagte klar und deutlich", "die Daten zeigen klar", "fiel klar aus", "lag klar in Front", "hielt klar
        # Kurs auf …", "gewann klar", "entschied den Satz klar für sich": manner or margin
    if low == "natürlich" and k + 1 < len(tokens) and tokens[k + 1].text[0].islower() and tokens[k + 1].low.endswith(("end", "ende", "enden", "endem", "ender", "endes")):
        return True  # "natürlich vorkommend": by nature, not "of course"
    if low == "natürlich" and k > 0 and k + 2 < len(tokens) and tokens[k - 1].low in _NOUN_OPENERS and tokens[k + 1].text[0].islower() \
            and tokens[k + 1].low.endswith(_ATTRIBUTIVE_ENDINGS) and tokens[k + 2].text[0].isupper():  # fmt: skip
        return True  # "ihre natürlich runde Form", "das natürlich gewachsene Holz": how a thing is by nature, inside its noun phrase
    if k > 0 and (tokens[k - 1].low in _BOOSTER_NEGATIONS or k > 1 and tokens[k - 2].low in _BOOSTER_NEGATIONS
                  and tokens[k - 1].low in _DEGREE_WORDS | {"als"}):  # fmt: skip
        return True  # "ist noch nicht klar", "nicht ganz eindeutig", "nicht als selbstverständlich": uncertainty, not certainty
    if k > 0 and tokens[k - 1].low in _NEGATING_ARTICLES and low.endswith(_ATTRIBUTIVE_ENDINGS):
        return True  # "keine klare Prognose", "kein eindeutiges Ergebnis": the certainty is denied
    if low.startswith("klar") and window & _SPEECH_SUPPORT_VERBS:
        return True  # "stellte klar", "machte klar": reported speech, not the writer's certainty
    if low == "klar" and (k + 1 == len(tokens) or not tokens[k + 1].text[0].isalnum()) \
            and any(t.low in _SPEECH_SUPPORT_VERBS for t in _clause_before(tokens, k, 12)):  # fmt: skip
        return True  # "stellte Außenminister Kurz am Donnerstag klar: …", "machte … alles klar (63.)": the particle of
        # "klarstellen"/"klarmachen", the verb far before it
    if low.startswith(("klar", "eindeutig")) and low not in ("klar", "eindeutig") and k + 1 < len(tokens) \
            and _described_noun(_noun_after(tokens, k)) and low.endswith(_ATTRIBUTIVE_ENDINGS):  # fmt: skip
        return True  # "mit klarer Mehrheit", "klare Regeln", "ein klarer 3:0-Heimsieg", "eine klare Meinung": describes a
        # result, a rule or a stance ("eine klare Botschaft" asserts)
    if low == "klar" and k + 1 < len(tokens) and _participle_shaped(tokens[k + 1]):
        return True  # "klar definiert", "klar geregelt", "klar formuliert": the manner of what was set out
    if low.startswith("deutlich"):
        if window & _MACHEN:
            return True  # "machte deutlich"
        if low != "deutlich" and not low.startswith("deutlicher"):
            return True  # attributive "ein deutlicher Anstieg", "deutliche Unterschiede": a quantity
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and _quantifies(nxt):
            return True  # "deutlich mehr", "deutlich höher", "deutlich gestiegen": a quantity, not certainty
        if not window & _COPULAS:
            return True  # "wuchs deutlich", "deutlich überboten", "laut und deutlich sagen": degree or manner; the
            # writer vouches for something only in "es ist deutlich, dass", "Deutlich wird …"
    return False


_ATTRIBUTIVE_ENDINGS = ("e", "er", "en", "em", "es")


def _adjective_shaped(tok: Token) -> bool:
    """A word in lower case with an ending of adjectives ("distanziert", "verständlich", "präzise"): not a verb
    ("klar und muss …")."""
    return tok.text.isalpha() and tok.text.islower() and tok.low.endswith(_ADJECTIVE_SUFFIXES)


_ADJECTIVE_SUFFIXES = ("lich", "ig", "isch", "bar", "sam", "haft", "los", "iert", "voll", "iv", "ell", "ös", "nah", "fach", "zise",
                       "knapp", "kurz", "einfach", "schlicht", "nüchtern", "sachlich", "direkt", "präzis")  # fmt: skip
# words of a plan: "eigentlich" beside them says what was planned, not that something is certain
_PLANNED = frozenset(("geplant", "vorgesehen", "vorgenommen", "sollte", "sollten", "wollte", "wollten", "angesetzt", "terminiert"))
# nouns that "klar"/"eindeutig" describe rather than vouch for: results, margins and rules
_DESCRIBED_NOUNS = frozenset((
    "mehrheit", "mehrheiten", "vorsprung", "sieg", "siege", "erfolg", "niederlage", "niederlagen", "führung", "abstand",
    "ergebnis", "ergebnisse", "ausrichtung", "regeln", "regelungen", "vorgaben", "strukturen", "kriterien",
    "bedingungen", "anforderungen", "richtlinien", "grenzen", "definition", "unterscheidung",
    "zuständigkeiten", "trennung", "verhältnisse", "favorit", "favoriten", "überlegenheit", "sieger", "siegerin",
    # a stance or the way someone speaks, which the sentence reports: "hat eine klare Meinung", "fand klare Worte"
    "meinung", "meinungen", "position", "positionen", "haltung", "linie", "vorstellung", "vorstellungen", "worte",
    "ansage", "absage", "bekenntnis", "sprache", "kante", "kurs",
    # what is asked, planned or ordered, and how it is set out: "klare Forderungen", "klare Ziele", "eine klare Rollenverteilung"
    "forderung", "forderungen", "anweisung", "anweisungen", "vorgabe", "ziel", "ziele", "plan", "pläne", "konzept",
    "strategie", "verteilung", "struktur", "ordnung", "gliederung",
    # a rank in a table or market: "klarer Tabellenführer", "klarer Marktführer", "klarer Außenseiter"
    "führer", "spitzenreiter", "außenseiter",
))  # fmt: skip
_DESCRIBED_ENDINGS = tuple(noun for noun in _DESCRIBED_NOUNS if len(noun) >= 4)


def _noun_after(tokens: Sequence[Token], k: int) -> str:
    """The lower-cased word after ``k``, past a score or number before it ("einen klaren 3:0-Sieg": "0-sieg")
    and past further inflected adjectives ("die eindeutigen zwischenmenschlichen Verhältnisse")."""
    for tok in tokens[k + 1 : k + 4]:
        if tok.text.isalpha() and tok.text.islower() and tok.low.endswith(_ATTRIBUTIVE_ENDINGS):
            continue
        if any(c.isalpha() for c in tok.text):
            return tok.low
        if not (tok.text[0].isdigit() or tok.text == ":"):
            break
    return ""


def _participle_shaped(tok: Token) -> bool:
    """A lower-case past participle ("definiert", "geregelt", "formuliert", "gegliedert"; not "gewiss")."""
    low = tok.low
    return tok.text.isalpha() and tok.text.islower() and (low.endswith("iert") or low.startswith("ge") and len(low) > 5 and low.endswith(("t", "en"))) \
        and low not in ("gewiss", "gerecht", "gewesen", "geworden")  # fmt: skip


def _described_noun(low: str) -> bool:
    """A noun of :data:`_DESCRIBED_NOUNS`, or a compound that ends in one ("Heimsieg", "3:0-Auswärtssieg")."""
    return low in _DESCRIBED_NOUNS or low.endswith(_DESCRIBED_ENDINGS)


_BOOSTER_NEGATIONS = frozenset(("nicht", "kaum", "keineswegs", "nie", "niemals", "weniger", "wenig"))  # ("viel weniger klar")
_NEGATING_ARTICLES = frozenset(("kein", "keine", "keinen", "keinem", "keiner", "keines"))
# words of a clause that make it a condition or an indirect question: a booster there asserts nothing
_CONDITIONS = frozenset(("ob", "wenn", "falls", "sofern", "sollte", "sollten", "wieviel", "wieviele"))
# interrogative words that open a question or an indirect question (also the grammar's complement words)
INTERROGATIVES = frozenset(("wie", "was", "wer", "wen", "wem", "warum", "weshalb", "wieso", "wann", "wo", "inwieweit",
                            "inwiefern", "woher", "wohin", "welche", "welcher", "welches", "welchen", "welchem"))  # fmt: skip
# verbs of a result, whose "klar" is the margin ("gewann klar", "verlor klar", "führt klar")
_RESULT_VERBS = frozenset((
    "gewann", "gewannen", "gewinnt", "gewinnen", "siegte", "siegten", "siegt", "verlor", "verloren", "verliert", "führt",
    "führte", "führen", "dominierte", "dominiert", "unterlag", "unterlagen", "schlug", "besiegte",
))  # fmt: skip
_SAY_SHOW_VERBS = frozenset((
    "sagt", "sagte", "sagten", "sagen", "gesagt", "zeigt", "zeigte", "zeigen", "zeigten", "gezeigt", "betont",
    "betonte", "erklärt", "erklärte", "formuliert", "formulierte", "sprach", "spricht", "antwortete",
))  # fmt: skip
_DEGREE_WORDS = frozenset(("ganz", "so", "völlig", "restlos", "immer", "mehr", "sehr"))
# attitudes someone shows ("zeigte sich enttäuscht"): "sich zeigen" with them reports a reaction, it vouches for nothing
_ATTITUDES = frozenset((
    "zufrieden", "unzufrieden", "enttäuscht", "erfreut", "erleichtert", "besorgt", "überrascht", "optimistisch",
    "zuversichtlich", "skeptisch", "beeindruckt", "unbeeindruckt", "gelassen", "offen", "bereit", "entschlossen",
    "empört", "verärgert", "irritiert", "überzeugt", "dankbar", "froh", "stolz", "betroffen", "schockiert",
    "bestürzt", "erschüttert", "kämpferisch", "selbstbewusst", "zurückhaltend", "versöhnlich", "einsichtig",
    "uneinsichtig", "verwundert", "begeistert", "angetan", "pessimistisch", "gesprächsbereit",
    "kompromissbereit", "zugeknöpft", "wortkarg", "erstaunt", "fassungslos", "gerührt", "verständnisvoll",
))  # fmt: skip
_COPULAS = frozenset(("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wird", "werden", "wurde", "wurden", "scheint", "bleibt"))


def _attitude_after(tokens: Sequence[Token], start: int) -> bool:
    """An attitude adjective in the clause after ``start`` ("zeigt sich in einer Mitteilung zufrieden")."""
    for tok in tokens[start : start + 7]:
        if tok.text in ",;:.!?":
            return False
        if tok.low in _ATTITUDES:
            return True
    return False


def _quantifies(nxt: Token) -> bool:
    """A comparative, a number or a verb of change after "deutlich": it measures a degree, it does not assert."""
    return (
        nxt.low in _COMPARATIVE_WORDS or nxt.text[0].isdigit() or (nxt.low.endswith("er") and nxt.text[0].islower())
        or nxt.low.startswith(_quantity_change())
    )  # fmt: skip


# Konjunktiv II forms that stand in for a Konjunktiv I identical to the indicative ("sie haben" →
# "sie hätten", "es gebe" is distinct but "hätte"/"gäbe" are the common spoken substitutes);
# "wäre" is left out: "sei" exists and is used, so "wäre" usually means what it says (a hypothesis). The plural
# modals "könnten", "dürften", "müssten" stand in for "können", "dürfen", "müssen" (identical to the indicative)
# right after a report ("Sie dürften nicht zu Verwaltern werden", measured on the news set in the thirteenth session).
KONJ2_SUBSTITUTES = frozenset(("hätte", "hätten", "gäbe", "gäben", "würden", "könnten", "dürften", "müssten"))
_KONJ2_SUBSTITUTES = KONJ2_SUBSTITUTES
# Konjunktiv II of strong and irregular verbs that no indicative form shares ("die Dämme befänden sich …",
# "es käme zu …"; Duden's Ersatzform for "sie befinden", "sie kommen"). Plurals like "gingen", "blieben",
# "ließen" are also past indicative and are left out (the plural modals are substitutes, above). Not at the start of a
# sentence, where a verb in
# Konjunktiv II opens a condition ("Käme es dazu, …").
_STRONG_KONJ2 = frozenset((
    "käme", "kämen", "läge", "lägen", "stünde", "stünden", "stände", "ständen", "fände", "fänden", "befände", "befänden",
    "gälte", "gälten", "bräuchte", "bräuchten", "wüsste", "wüssten", "täte", "täten", "sähe", "sähen", "ginge", "bliebe",
    "ließe",
))  # fmt: skip
_HYPOTHESIS_WORDS = frozenset(("wenn", "falls", "ob", "sonst", "ohne", "ich", "wir", "man"))


def konjunktiv2_substitutes(tokens: Sequence[Token]) -> list[Token]:
    """Konjunktiv II forms that carry reported speech on (Duden's "Ersatzform"), outside quotations,
    in a sentence without a condition ("wenn", "falls", "sonst", "ohne"), a question word "ob" or a
    first person or "man" (then it is a hypothesis or the writer's own): "Die Gutachter hätten den
    Schaden unterschätzt." The caller takes them only right after a reported sentence."""
    if any(t.low in _HYPOTHESIS_WORDS for t in tokens) or (tokens and tokens[-1].text == "?"):
        return []
    return [
        t for k, t in enumerate(tokens)
        if t.quote < 0 and (t.low in _KONJ2_SUBSTITUTES and (k == 0 or t.text[0].islower()) or t.low in _STRONG_KONJ2 and k > 0 and t.text[0].islower())
    ]  # fmt: skip


# articles after a sentence-initial word that make it a noun, not a verb form ("Teile der …", "Reise des …")
_ARTICLES = frozenset(("der", "die", "das", "des", "dem", "den", "eines", "einer"))
_CLAUSE_LINKS = frozenset(("und", "oder", "aber", "denn", "sondern", "doch", "dass", "weil", "da", "wenn", "ob"))


def konjunktiv1_tokens(tokens: Sequence[Token]) -> list[Token]:
    """Konjunktiv I verb forms in a sentence outside quotations ("er sei", "sie habe").

    Forms in -e other than those of "sein", the modals and "wissen" ("habe",
    "werde", "finde") are also 1st person indicative; they count only when
    no "ich" stands in their clause.
    """
    forms = _konj1()
    found = []
    for k, tok in enumerate(tokens):
        if tok.low not in forms or tok.quote >= 0 or tok.text[0].isupper() and k > 0:
            continue
        if k == 0 and len(tokens) > 1 and (tokens[1].low in _ARTICLES or tokens[1].text[0].isdigit() or tokens[1].text[0].isupper()
                                           or tokens[1].text == ","):  # fmt: skip
            continue  # "Teile der Brücke stürzten ein", "Ende Mai", "Ende 2008", "Spiele, die …": a noun opens the sentence
        if k >= 2 and tokens[k - 1].low in _ARTICLES and tokens[k - 2].text[0].isalnum() and tokens[k - 2].low not in _CLAUSE_LINKS:
            continue  # "ist die gleiche", "in die gleiche Richtung": an adjective after an article inside its clause
            # ("Das bedeute …" opens its clause with the pronoun)
        if tok.low[-1] == "e" and tok.low not in _DISTINCT_KONJ1:
            clause = _clause_before(tokens, k, limit=4) + _clause_after(tokens, k, limit=3)
            if any(t.low == "ich" for t in clause):
                continue
        found.append(tok)
    return found
