"""Spanish readings that need the words around them: the conditional of rumour, contextual hedges,
booster readings that are something else, and political labels decided in context.

* **The conditional of rumour** ("condicional de rumor": "el presidente habría exigido la renuncia",
  "estaría negociando", "la red contaría con un agente", "sería el autor") passes a claim on without
  vouching for it: the Spanish counterpart of German reportative *sollen* (RAE & ASALE 2009, *Nueva
  gramática* §23.15; Squartini 2001 on the Romance conditional as a reportative evidential; EFE's and
  El País' style books advise against it). It is decided by the verb complex
  (``conditional_readings``): the conditional of *haber* with a participle ("habría exigido",
  "habrían sido trasladados") or existential ("habría 20 detenidos"), of *estar* and *seguir* with a
  gerund, participle or place ("estaría negociando", "estaría detenido", "estaría en Moscú"), of a
  stative verb ("tendría vínculos", "contaría con", "ascendería a"), and of *ser* with a definite
  noun phrase, a name, a number or a person noun ("sería el autor", "sería un general"). It is not a
  rumour in a hypothetical sentence (*si*, *en caso de*, *de no ser por* …), in reported speech, where
  the conditional is the future of the past ("dijo que el plan estaría listo"; "…, aseguró X"),
  inside a quotation, in a question, nor in its modal, polite and deontic uses (*podría* is an epistemic
  hedge of its own; *debería, querría, me gustaría, habría que, tendría que*; *sería* + adjective is a
  judgement). Dynamic verbs in the simple conditional ("viajaría", "firmaría") are left undecided, as
  German leaves dynamic *sollen*: they are as often a prospective future of the past.
* **Contextual hedges**: attributive *posible* ("la posible subida": not "lo antes posible") and
  *supuesto* ("el supuesto sabotaje": not "por supuesto", "en el supuesto de", "ha supuesto").
* **Booster exclusions**: *de hecho* meaning *de facto* ("pareja de hecho", "gobierno de hecho") and
  the manner adverb *naturalmente* ("ocurre naturalmente") are not certainty.
* **Political labels in context** (``political_labels``): *régimen* is a label in "el régimen cubano",
  "el régimen de Maduro" and on its own, not in "régimen fiscal", "régimen de visados", "en régimen de
  semilibertad"; *dictadura* and *tiranía* are labels except as established historical terms ("la
  dictadura franquista", "de Pinochet", "militar", and bare "la dictadura" in an article that names a
  historical one or after *durante*/*tras*); *imperio* labels the United States only on its own or as
  "imperio yanqui/norteamericano". The language interface has no hook for a loaded word decided in
  context, so these cues come from :func:`modal_cues` with the rule name a lexicon entry would have
  (``loaded:régimen``), so that the linter reports them as loaded terms.

The writer's own demands ("debería dimitir", "hay que actuar", "debemos") are a rule cue of their own
(``loaded``/``prescriptive``), decided in :func:`_prescriptive`.

Not detected: hedging by syntax alone (questions, conditional sentences), irony, a conditional whose
verb complex is split by a parenthesis, and the rumour reading of dynamic verbs in the simple
conditional.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from scoring.languages.es.morphology import conjugation_class, future_stem
from scoring.languages.lexicon import load_lexicon
from scoring.model.doc import Doc, Token
from scoring.model.records import CueEntry, CueHit

if TYPE_CHECKING:
    from scoring.languages.base import Language


def _entry(category: str, subtype: str, rule: str, weight: float, suggestion: str | None) -> CueEntry:
    return CueEntry(entry=rule.split(":", 1)[1], category=category, subtype=subtype, pos="rule", weight=weight,
                    suggestion=suggestion, rule=rule, compounds="none", exceptions=frozenset())  # fmt: skip


REPORTATIVE = _entry("hedge", "reportative", "rule:condicional_rumor", 1.0, "nombrar la fuente de la información")
POSSIBLE = _entry("hedge", "possibility", "rule:posible", 0.5, "nombrar la fuente o el dato que respalda la posibilidad")
SUPPOSED = _entry("hedge", "distancing", "rule:supuesto", 0.9, "decir quién lo afirma")

_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ído", "ída", "ídos", "ídas")
_IRREGULAR_PARTICIPLES = frozenset(
    f"{stem}{ending}" for stem in ("dich", "hech", "puest", "vist", "escrit", "muert", "rot", "vuelt", "abiert", "cubiert",
                                   "resuelt", "impuest", "propuest", "supuest", "previst", "expuest", "dispuest",
                                   "descubiert", "devuelt", "impres", "provist", "satisfech", "compuest", "opuest", "absuelt")
    for ending in ("o", "a", "os", "as")
)  # fmt: skip
_GERUND_ENDINGS = ("ando", "iendo", "yendo")
_CONDITIONAL = re.compile(r"^\w{2,}rían?$")
_DEFINITE = frozenset(("el", "la", "los", "las", "lo"))
_INDEFINITE = frozenset(("un", "una", "unos", "unas"))
_POSSIBLE_DETERMINERS = frozenset(("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta",
                                   "estos", "estas", "ese", "esa", "esos", "esas", "del", "al"))  # fmt: skip
_NOT_A_NOUN_NEXT = frozenset(("que", "de", "del", "para", "y", "o", "en", "a", "al", "con", "por", "e", "u"))
_DE_FACTO_NOUNS = frozenset(("pareja", "parejas", "unión", "uniones", "gobierno", "gobiernos", "estado", "estados",
                             "situación", "situaciones", "autoridad", "autoridades", "poder", "poderes", "presidente",
                             "presidenta", "jefe", "jefa", "frontera", "fronteras", "capital", "matrimonio", "régimen"))  # fmt: skip
_BOUNDARY = frozenset(",;:.!?()–—«»“”\"")
_TEMPORAL_BEFORE = frozenset(("durante", "tras"))


def _is_participle(tok: Token) -> bool:
    low = tok.low
    return tok.text[:1].islower() and (low.endswith(_PARTICIPLE_ENDINGS) or low in _IRREGULAR_PARTICIPLES)


def _is_gerund(tok: Token) -> bool:
    return tok.text[:1].islower() and tok.low.endswith(_GERUND_ENDINGS) and len(tok.low) > 5


@dataclass(frozen=True)
class _Readings:
    conditional: dict[str, tuple[str, str]]  # conditional form -> (lemma, kind)
    hypothetical: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=None)
def _readings() -> _Readings:
    conditional: dict[str, tuple[str, str]] = {}
    hypothetical = []
    for row in load_lexicon("es", "conditional_readings").records():
        entry, kind = row["entry"], row["kind"]
        if kind == "hypothetical":
            hypothetical.append(tuple(entry.split()))
            continue
        stem = future_stem(entry)
        conjugation_class(entry)  # a lemma, not a phrase
        for ending in ("ía", "ían", "íamos"):
            conditional.setdefault(stem + ending, (entry, kind))
    return _Readings(conditional, tuple(sorted(hypothetical, key=len, reverse=True)))


def modal_cues(doc: Doc, tokens: Sequence[Token], language: Language) -> list[CueHit]:
    """The conditional of rumour, contextual hedges (posible, supuesto), political labels and the writer's
    own demands of one sentence."""
    if not tokens:
        return []
    found = _contextual_hedges(tokens)
    found.extend(_political_labels(doc, tokens))
    found.extend(_rumour(doc, tokens, language))
    if doc.mentions_any(tokens, _DEMAND_OPENERS):
        found.extend(_prescriptive(tokens, language))
    found.sort(key=lambda hit: hit.first)
    return found


# --- the writer's own demands ------------------------------------------------------------------------

# "debería/deberían" (should) and "hay que/habría que" (one must) state a demand; "debe/deben" and "tener que"
# as often state what rules or circumstances require ("debe presentar la solicitud", "tuvo que abandonar"),
# so they count only in the first person plural or the impersonal ("debemos", "se debe", "tenemos que") or
# with an adverb of urgency ("deben actuar ya").
_SHOULD = frozenset(("debería", "deberías", "deberíamos", "deberían", "debemos"))  # a demand as written
_MUST = frozenset(("debe", "deben", "debes"))  # a demand only impersonal ("se debe") or urgent
_ONE_MUST = frozenset(("hay", "habría", "tenemos"))  # before "que": "hay que", "habría que", "tenemos que"
_URGENT_WORDS = frozenset(("ya", "urgentemente", "inmediatamente"))
_URGENT_PHRASES = (("cuanto", "antes"), ("de", "inmediato"), ("de", "una", "vez"), ("sin", "demora"))
_DEMAND_SKIP = frozenset(("no", "también", "incluso", "nunca", "jamás", "se", "le", "les", "lo", "la", "los", "las",
                          "nos", "me", "te", "siempre")) | _URGENT_WORDS  # fmt: skip
_INFINITIVE = re.compile(r"^\w+(?:ar|er|ir|ír)(?:se|le|les|lo|la|los|las|nos|me|te)?$")
_CONDITION_OPENERS = frozenset(("si", "cuando", "aunque", "para", "porque"))
_DEMAND_OPENERS = _SHOULD | _MUST | _ONE_MUST


def _prescriptive(tokens: Sequence[Token], language: Language) -> list[CueHit]:
    """*debería(n)*, *debemos*, *hay que*, *habría que*, *tenemos que* and (see above) *debe(n)* with an
    infinitive, outside a question and a clause of condition or purpose ("si debiera", "para que deban")."""
    if any(t.text in "?¿" for t in tokens):
        return []
    found = []
    n = len(tokens)
    for k, tok in enumerate(tokens):
        low = tok.low
        if low in _ONE_MUST:
            if k + 1 >= n or tokens[k + 1].low != "que":
                continue
            end = k + 2  # the cue: "hay que"
        elif low in _SHOULD or low in _MUST and (k > 0 and tokens[k - 1].low == "se" or _urgent(tokens, k)):
            end = k + 1
        else:
            continue
        verb = end
        while verb < n and tokens[verb].low in _DEMAND_SKIP:
            verb += 1
        if verb >= n or not _INFINITIVE.match(tokens[verb].low) or not tokens[verb].text[0].islower():
            continue  # "debe de ser" (epistemic), "debe dinero", "hay que" without a verb
        if not _in_condition(tokens, k):
            found.append(CueHit(tok.i, tokens[end - 1].i + 1, language.rule_entry("prescriptive")))
    return found


def _urgent(tokens: Sequence[Token], k: int) -> bool:
    """An adverb of urgency in the clause after ``k``: "deben actuar ya", "debe dimitir de inmediato"."""
    lows = []
    for t in tokens[k + 1 : k + 12]:
        if t.text in _BOUNDARY:
            break
        lows.append(t.low)
    if any(low in _URGENT_WORDS for low in lows):
        return True
    return any(tuple(lows[j : j + len(p)]) == p for p in _URGENT_PHRASES for j in range(len(lows)))


def _in_condition(tokens: Sequence[Token], k: int) -> bool:
    """Whether the clause before ``k`` (at most 12 words back) opens with a condition or purpose ("si",
    "para que", "cuando")."""
    j = k - 1
    while j >= 0 and j >= k - 12 and tokens[j].text not in _BOUNDARY:
        if tokens[j].low in _CONDITION_OPENERS:
            return True
        j -= 1
    return False


# --- the conditional of rumour -----------------------------------------------------------------------


def _rumour(doc: Doc, tokens: Sequence[Token], language: Language) -> list[CueHit]:
    if any(t.text in "?¿" for t in tokens):
        return []  # questions are not reports
    candidates = [k for k, t in enumerate(tokens) if _CONDITIONAL.match(t.low) and t.quote < 0]
    if not candidates:
        return []
    readings = _readings()
    if _hypothetical(tokens, readings):
        return []
    found = []
    positions: list[tuple[list[int], list[int], list[int]]] = []  # the sentence's speech positions, listed once
    for k in candidates:
        lemma, kind = readings.conditional.get(tokens[k].low, ("", ""))
        if kind != "stative" or tokens[k].low.endswith("íamos"):
            continue
        if tokens[k].text[0].isupper() and k > 0 and tokens[k - 1].text not in ".:—–-\"«“¡":
            continue
        end = _rumour_complex(tokens, k, lemma, language)
        if end is None:
            continue
        if not positions:
            positions.append(_speech_positions(tokens, language))
        if _reported(k, end, positions[0]):
            continue
        found.append(CueHit(tokens[k].i, tokens[end - 1].i + 1, REPORTATIVE))
    return found


def _hypothetical(tokens: Sequence[Token], readings: _Readings) -> bool:
    """A hypothetical or counterfactual sentence: "si …", "en caso de …", "de no ser por …", or a
    clause-initial "de" + infinitive ("De aprobarse, la ley supondría …")."""
    lows = [t.low for t in tokens]
    for k, low in enumerate(lows):
        for phrase in readings.hypothetical:
            if low == phrase[0] and tuple(lows[k : k + len(phrase)]) == phrase and tokens[k].quote < 0:
                return True
        if low == "de" and (k == 0 or tokens[k - 1].text in ",;:") and k + 1 < len(tokens):
            nxt = tokens[k + 1].low
            if nxt.endswith(("ar", "er", "ir", "arse", "erse", "irse")) and tokens[k + 1].text[0].islower():
                return True
    return False


def _next_word(tokens: Sequence[Token], k: int) -> int | None:
    """Index of the first word after ``k`` in its clause (skipping clitics and "ya"), or None."""
    j = k + 1
    while j < len(tokens) and tokens[j].low in ("ya", "también", "incluso", "aún", "todavía"):
        j += 1
    if j >= len(tokens) or tokens[j].text in _BOUNDARY:
        return None
    return j


def _rumour_complex(tokens: Sequence[Token], k: int, lemma: str, language: Language) -> int | None:
    """The end (exclusive) of the rumour's verb complex starting at ``k``, or None when the conditional is
    not a rumour (deontic "habría que", "tendría que", a judgement "sería necesario")."""
    j = _next_word(tokens, k)
    nxt = tokens[j] if j is not None else None
    if lemma == "haber":
        if nxt is None or nxt.low == "que":
            return None  # "habría que": deontic
        if nxt.low == "sido" and j + 1 < len(tokens) and _is_participle(tokens[j + 1]):
            return j + 2  # "habrían sido trasladados"
        if _is_participle(nxt):
            return j + 1  # "habría exigido"
        return k + 1  # existential: "habría 20 detenidos"
    if lemma == "tener" and nxt is not None and nxt.low == "que":
        return None
    if lemma == "ser":
        if nxt is None:
            return None
        if nxt.low in _DEFINITE and nxt.low != "lo" or nxt.text[0].isdigit() or nxt.text[0].isupper():
            return k + 1  # "sería el autor", "serían 300", "sería Pérez"
        if nxt.low in _INDEFINITE and j + 1 < len(tokens) and _person_noun(tokens[j + 1], language):
            return k + 1  # "sería un general"
        return None  # "sería necesario", "sería un error": a judgement
    if lemma in ("estar", "seguir", "continuar"):
        if nxt is not None and (_is_gerund(nxt) or _is_participle(nxt)):
            return j + 1
        return k + 1 if nxt is not None else None
    return k + 1


@lru_cache(maxsize=None)
def _person_heads() -> frozenset[str]:
    heads: set[str] = set()
    for row in load_lexicon("es", "source_heads").records():
        if row["specificity"] in ("person", "generic"):
            heads.update(form.lower() for form in row["forms"].split("|") if form)
    return frozenset(heads)


def _person_noun(tok: Token, language: Language) -> bool:
    return tok.low in _person_heads() or tok.text[0].isupper()


def _reported(k: int, end: int, positions: tuple[list[int], list[int], list[int]]) -> bool:
    """Whether the conditional at ``k..end`` stands in reported speech: the complement of a reporting verb
    ("dijo que … estaría listo") or a clause reported by a verb after it ("…, aseguró el viceministro").
    The positions are listed once per sentence, so each conditional costs a lookup."""
    verbs_at, links_at, commas_at = positions
    if not verbs_at:
        return False
    before = [j for j in (bisect_left(links_at, k) - 1,) if j >= 0]
    if before and verbs_at[0] < links_at[before[0]] and not (k <= verbs_at[0] < end):
        return True  # "dijo que … habría"
    comma = bisect_left(commas_at, end)
    return comma < len(commas_at) and verbs_at[-1] > commas_at[comma]  # "… estaría listo en mayo, dijo el ministro"


def _speech_positions(tokens: Sequence[Token], language: Language) -> tuple[list[int], list[int], list[int]]:
    """Positions of the sentence's finite reporting verbs (not nouns such as "la denuncia", not inside
    quotations), of "que"/"si"/":", and of commas."""
    verbs = language.grammar.lex.verbs
    verbs_at, links_at, commas_at = [], [], []
    for j, tok in enumerate(tokens):
        low = tok.low
        if low in ("que", "si") or tok.text == ":":
            links_at.append(j)
        elif tok.text == ",":
            commas_at.append(j)
        elif low in verbs and tok.quote < 0 and not (j > 0 and tokens[j - 1].low in _POSSIBLE_DETERMINERS):
            roles = {role for _, role in verbs[low]}
            perfect = "participle" in roles and j > 0 and tokens[j - 1].low not in ("habría", "habrían")
            if roles & {"finite", "finite1", "conditional"} or perfect:
                verbs_at.append(j)
    return verbs_at, links_at, commas_at


# --- contextual hedges --------------------------------------------------------------------------------


def _contextual_hedges(tokens: Sequence[Token]) -> list[CueHit]:
    found = []
    for k, tok in enumerate(tokens):
        low = tok.low
        if low not in ("posible", "posibles", "supuesto", "supuesta", "supuestos", "supuestas"):
            continue
        prev = tokens[k - 1].low if k > 0 else ""
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        noun_follows = nxt is not None and nxt.text[0].isalpha() and nxt.low not in _NOT_A_NOUN_NEXT
        if low.startswith("posible"):
            if prev in _POSSIBLE_DETERMINERS and noun_follows:
                found.append(CueHit(tok.i, tok.i + 1, POSSIBLE))  # "la posible subida"
            continue
        if prev in ("por", "ha", "han", "había", "habían", "habría", "habrían", "haya", "hayan", "he", "hemos") or not noun_follows:
            continue  # "por supuesto", "ha supuesto un avance", "en el supuesto de"
        found.append(CueHit(tok.i, tok.i + 1, SUPPOSED))  # "el supuesto sabotaje"
    return found


# --- booster readings that are something else ---------------------------------------------------------


def booster_excluded(hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
    """*de hecho* meaning *de facto* and the manner adverb *naturalmente*."""
    low = tokens[k].low
    if low == "de" and k + 1 < len(tokens) and tokens[k + 1].low == "hecho":
        return k > 0 and tokens[k - 1].low in _DE_FACTO_NOUNS  # "pareja de hecho", "gobierno de hecho"
    if low == "naturalmente" and hit.last - hit.first == 1:
        before = tokens[k - 1].text if k > 0 else "."
        after = tokens[k + 1].text if k + 1 < len(tokens) else "."
        parenthetical = before in ".,;:¿¡(—–\"«“" or after in ",;:.)—–"
        return not parenthetical  # "se degrada naturalmente": manner, not "of course"
    return False


# --- political labels decided in context ------------------------------------------------------------------


@dataclass(frozen=True)
class _Label:
    entry: CueEntry
    label_after: tuple[tuple[str, ...], ...]
    de_name: bool
    technical_after: frozenset[str]
    historical: tuple[tuple[str, ...], ...]
    bare: bool


@lru_cache(maxsize=None)
def _labels() -> dict[str, _Label]:
    from scoring.languages.es.morphology import noun_forms

    labels: dict[str, _Label] = {}
    for row in load_lexicon("es", "political_labels").records():
        after = [tuple(p.split()) for p in row["label_after"].split("|") if p]
        label = _Label(
            entry=CueEntry(entry=row["entry"], category="loaded", subtype=row["subtype"], pos=row["pos"],
                           weight=float(row["weight"]), suggestion=row["suggestion"] or None,
                           rule=f"loaded:{row['entry']}", compounds="none", exceptions=frozenset()),
            label_after=tuple(p for p in after if p != ("de", "NAME")),
            de_name=("de", "NAME") in after,
            technical_after=frozenset(w for w in row["technical_after"].split("|") if w),
            historical=tuple(sorted((tuple(h.lower().split()) for h in row["historical"].split("|") if h), key=len, reverse=True)),
            bare=row["bare"] == "yes",
        )  # fmt: skip
        extra = [f for f in row["forms"].split("|") if f]
        for form in noun_forms(row["entry"], extra):
            labels[form] = label
    return labels


def j_next_is(tokens: Sequence[Token], j: int, words: tuple[str, ...]) -> bool:
    return j < len(tokens) and tokens[j].low in words


def _starts_with(tokens: Sequence[Token], j: int, phrase: tuple[str, ...]) -> bool:
    return j + len(phrase) <= len(tokens) and all(tokens[j + n].low == p for n, p in enumerate(phrase))


def _historical_article(doc: Doc, label: _Label) -> bool:
    """Whether the article names one of the label's historical referents ("franquista", "Pinochet") anywhere:
    then a bare "la dictadura" refers to it."""
    key = ("es_historical", label.entry.entry)
    if key not in doc.cache:
        # the names of historical rulers ("de Franco" -> franco) and the adjectives made from them (franquista);
        # nationality adjectives ("argentina") and "militar" say nothing about the rest of an article
        words = {p[-1] for p in label.historical if len(p) > 1 and p[0] in ("de", "del")}
        words |= {p[0] for p in label.historical if len(p) == 1 and p[0].endswith(("ista", "iana", "nazi"))}
        doc.cache[key] = any(t.low in words for t in doc.tokens)
    return doc.cache[key]


def _political_labels(doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
    labels = _labels()
    found = []
    for k, tok in enumerate(tokens):
        label = labels.get(tok.low)
        if label is None:
            continue
        if tok.text[0].isupper() and k > 0 and tokens[k - 1].text not in ".:¡¿\"«“—–":
            continue  # "el Antiguo Régimen", "el Imperio Romano": part of a name
        prev = tokens[k - 1].low if k > 0 else ""
        if prev in ("antiguo", "viejo") or prev == "en" and j_next_is(tokens, k + 1, ("de", "del")):
            continue  # "el antiguo régimen", "en régimen de semilibertad"
        j = k + 1
        if any(_starts_with(tokens, j, h) for h in label.historical):
            continue  # "la dictadura franquista", "el régimen de Franco"
        if any(_starts_with(tokens, j, p) for p in label.label_after):
            found.append(CueHit(tok.i, tok.i + 1, label.entry))
            continue
        nxt = tokens[j].low if j < len(tokens) else ""
        if label.de_name and nxt in ("de", "del"):
            m = j + 1
            while m < len(tokens) and tokens[m].low in _DEFINITE:
                m += 1
            if m < len(tokens) and tokens[m].text[0].isupper() and tokens[m].text[0].isalpha():
                found.append(CueHit(tok.i, tok.i + 1, label.entry))  # "el régimen de Maduro", "de La Habana"
                continue
        if nxt in label.technical_after and not (nxt in ("de", "del") and _not_a_noun_after(tokens, j + 1)):
            continue  # "régimen fiscal", "régimen de visados", "imperio romano" (not "al régimen de lo que …")
        if not label.bare:
            continue
        if label.historical and (prev in _TEMPORAL_BEFORE or _historical_article(doc, label)) and not _modified(tokens, j):
            continue  # "durante la dictadura", "la dictadura" in an article about Franco's
        found.append(CueHit(tok.i, tok.i + 1, label.entry))
    return found


def _not_a_noun_after(tokens: Sequence[Token], j: int) -> bool:
    """After "de": a relative or a neuter "lo" ("de lo que", "de quien"), not a noun that makes a technical term."""
    return j >= len(tokens) or tokens[j].low in ("lo", "que", "quien", "quienes", "cual", "cuanto") or not tokens[j].text[0].isalpha()


def _modified(tokens: Sequence[Token], j: int) -> bool:
    """Whether an adjective follows the label (then it is not bare)."""
    return j < len(tokens) and tokens[j].text[:1].islower() and tokens[j].text.isalpha() and tokens[j].low not in _NOT_A_NOUN_NEXT
