"""Spanish clause structure for attribution: the speaker and message of a reporting verb, without a parser.

Spanish news reports speech in a few fixed shapes, and this grammar reads them from the order of words,
the pack's function words and its lexicons:

* **Speaker before or after the verb.** "El ministro dijo que …" (the noun phrase that fills the clause
  before the verb, also behind a comma-separated apposition: "El portavoz, Juan Pérez, afirmó"); "…,
  dijo el ministro" and "afirmó este lunes el portavoz que …" (after the verb, past time words and
  prepositional phrases; a noun phrase after the verb is the speaker only when the message comes before
  the verb or after the noun phrase, or when it names a person or body, so that "denunció la detención"
  keeps its object).
* **Spanish drops subject pronouns.** "Dijo que …", "«…», añadió." and "…, quien añadió que" have no
  expressed subject. The speaker is the nearest one a reader would take: the subject of the sentence's
  first clause ("El ministro llegó y dijo que"), else the speaker of the last attribution in the two
  sentences before, else the subject of the previous sentence (:meth:`SpanishGrammar.antecedents`).
  The attribution then carries that earlier noun phrase as its source span (it may lie in an earlier
  sentence), so the source resolver gives it the same source. A verb in the first person ("Creo que …",
  outside quotations) has the writer as its speaker: the verb itself is the source span, and the pack
  lists first-person forms of reporting verbs as ``first_person`` words, which the resolver reads as the
  author. With no candidate, no attribution is claimed.
* **Messages**: a *que*/*si*-clause (also "advirtió de que", "insistió en que"), a colon, a quotation, a
  noun object of a speech act ("denunció la expulsión de …", "calificó la medida de «…»"), or the clause
  before "…, dijo X". A message ends where the next reporting verb of the sentence begins.
* **According-to phrases**: *según X*, *de acuerdo con/a X*, *a juicio de X*, *en palabras de X*, *en
  opinión de X*, sentence-initial *Para X,* — with a noun phrase that names a source (a person, body,
  medium, document, data or a pronoun; "según la ley", "de acuerdo con la normativa", "según lo
  previsto" name a rule and are not attributions, lexicon ``not_sources``); *según informó X*, *como
  explicó X* report the main clause beside them.
* **Second hand**: "X, citado por Y", "según X, citado por Y", "fuentes consultadas por Y", "Y informó,
  citando a X, que …" and "según Y, que cita a X" record X as the source and Y as ``via`` (not for "este
  diario", the writer's own outlet).
* **Agentless**: impersonal *se* ("se informó", "se supo"), passives without an agent ("fue
  anunciada"; with "por X" the agent is the source), and the phrases of ``reporting_phrases``
  ("trascendió", "se cree", "según se informó").
* **Direct speech with the raya** (RAE, *Ortografía* 2010, §3.4.5.3): a paragraph that opens with a
  dash (or a dash after a colon) is a turn of dialogue; further dashes alternate between the speaker's
  words and the narrator's *inciso* ("—No vamos a ceder —dijo el ministro—. Seguiremos."). The first
  reporting verb of an inciso is the turn's attribution (a direct quote whose message is the turn from
  its first to its last spoken word); verbs in the speaker's words are the speaker's own.

Not detected: speech reported over several sentences without a verb or quotation marks, speakers only
named in a headline, a subject separated from its verb by a long parenthesis, and the rare object
fronted with a doubling clitic ("La medida la anunció el ministro").

Time is linear in the sentence length: clause boundaries come from
:class:`~scoring.languages.grammar.SentenceTokens`, noun phrases are read over at most 25 tokens and a
subject's appositions over at most 50.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property, lru_cache

from scoring.languages.grammar import (
    _OPEN_MARKS,
    Grammar,
    SentenceTokens,
    clause_end,
    clause_start,
    phrase_hits,
    previous_sentence,
    reported_before,
    year_number,
)
from scoring.languages.lexicon import load_lexicon
from scoring.model.doc import Doc, Quote, Token
from scoring.model.records import QUOTE_MIN_WORDS, Attribution

_MAX_NP = 25
_MAX_SUBJECT = 50
_DASHES = frozenset("—–")
_STOP = frozenset(",;:.!?()[]–—«»“”\"„‚‘'")
_QUOTE_MARKS = frozenset("«»“”\"„‚‘")
# Adjectives that take a complement with "a" inside a source phrase: "fuentes cercanas a la familia".
_A_ADJECTIVES = frozenset(
    f"{stem}{end}" for stem in ("cercan", "próxim", "allegad", "vinculad", "ligad", "contrari", "opuest", "adscrit", "afect")
    for end in ("o", "a", "os", "as")
) | frozenset(("afín", "afines", "leal", "leales", "fiel", "fieles", "perteneciente", "pertenecientes"))  # fmt: skip
# Participles that pass a source on: "X, citado por Y", "fuentes consultadas por Y".
_VIA_PARTICIPLES = frozenset(
    f"{stem}{end}" for stem in ("citad", "consultad", "recogid", "entrevistad", "contactad", "reproducid", "difundid")
    for end in ("o", "a", "os", "as")
)  # fmt: skip
_CITING = frozenset(("citando", "cita", "citan", "citó", "citaron"))
_OWN_OUTLET = frozenset(("este", "esta", "estos", "estas", "nuestro", "nuestra"))
# Verb endings that no noun or adjective of a source phrase has (preterite, imperfect, future, conditional).
# (The singular conditional -ría is left out: avería, librería, batería are nouns.)
_VERB_ENDINGS = ("ó", "aron", "ieron", "eron", "aban", "ían", "ará", "erá", "irá", "arán", "erán", "irán", "arían", "erían", "irían")
_CONNECTOR_PHRASES = (
    ("sin", "embargo"), ("no", "obstante"), ("por", "su", "parte"), ("por", "otro", "lado"), ("por", "otra", "parte"),
    ("en", "cambio"), ("a", "su", "vez"), ("mientras", "tanto"), ("en", "tanto"), ("por", "lo", "tanto"), ("por", "ello"),
    ("por", "eso"), ("de", "este", "modo"), ("en", "ese", "sentido"), ("en", "este", "sentido"), ("al", "respecto"),
    ("en", "todo", "caso"), ("en", "cualquier", "caso"), ("de", "nuevo"), ("una", "vez", "más"), ("eso", "sí"),
    ("por", "el", "contrario"), ("al", "mismo", "tiempo"), ("horas", "después"), ("días", "después"), ("más", "tarde"),
)  # fmt: skip
# verbs whose passive subject is the person told, asked, warned or accused, not what was said
_ADDRESSEE_VERBS = frozenset(("informar", "notificar", "advertir", "alertar", "avisar", "preguntar", "acusar", "pedir", "instar", "interrogar"))
# verbs of counting and recording that report a figure they have as object ("La policía contabilizó 3.900 manifestantes",
# "la empresa registró una pérdida de 3 millones"); "contar" only so ("contar con" is to have)
_FIGURE_VERBS = frozenset(("contabilizar", "registrar", "contar", "computar", "censar", "calcular", "cifrar", "estimar"))
_ACCORDING_VERB_OPENERS = frozenset(("según", "como", "conforme"))
# Words that end the message of a reporting verb when the next reporting verb follows them.
_COORDINATION = frozenset(("y", "e", "pero", "aunque", "mientras", "sino"))
_RELATIVES = frozenset(("que", "quien", "quienes"))
_ANAPHORIC_OPENERS = frozenset(("así", "también"))  # before "lo" and a verb of report: "Así lo confirmó …"  # relative pronouns that open a clause on a noun
_PERFECT = "perfect_auxiliary"
# Words that may follow a speaker after the verb: the message, a dative, a place or a time ("dijo el ministro a EFE").
_AFTER_SPEAKER = frozenset(("que", "si", "a", "en", "durante", "tras", "ante", "este", "esta"))
# Refusals to comment ("declinó hacer comentarios", "evitó pronunciarse", "se negó a responder", "no quiso pronunciarse",
# "no respondió a las preguntas", "no pudo ser contactado"): the source was asked and said nothing (form ``declined``).
_REFUSING = frozenset(("declinó", "declinaron", "declina", "declinan", "declinado", "negó", "negaron", "niega", "niegan", "negado",
                       "rehusó", "rehusaron", "rehúsa", "rehúsan", "rehusado",
                       # "evitó pronunciarse", "prefirió no hacer comentarios" (with "no", see _refusal)
                       "evitó", "evitaron", "evita", "evitan", "evitado"))  # fmt: skip
_WANTING = frozenset(("quiso", "quisieron", "quiere", "quieren", "querido"))
_COMMENTING = frozenset(("comentar", "comentarios", "comentario", "declaraciones", "declarar", "pronunciarse", "responder", "contestar",
                         "decir", "detalles", "precisar", "confirmar", "opinar", "hablar", "valorar", "aclarar", "explicar"))  # fmt: skip
_ANSWERING = frozenset(("respondió", "respondieron", "responde", "responden", "respondido", "contestó", "contestaron", "contestado"))
_REQUESTS = frozenset(("preguntas", "pregunta", "solicitud", "solicitudes", "llamadas", "llamada", "mensajes", "mensaje", "consultas",
                       "consulta", "petición", "peticiones", "correos", "correo"))  # fmt: skip
_UNREACHED = frozenset(("contactado", "contactada", "contactados", "contactadas", "localizado", "localizada", "localizados",
                        "localizadas", "disponible", "disponibles"))  # fmt: skip


@lru_cache(maxsize=None)
def _not_sources() -> frozenset[str]:
    return frozenset(load_lexicon("es", "not_sources").entries)


@lru_cache(maxsize=None)
def _source_heads() -> dict[str, str]:
    """Lower-cased form of a source head -> its specificity."""
    heads: dict[str, str] = {}
    for row in load_lexicon("es", "source_heads").records():
        for form in row["forms"].split("|"):
            if form:
                heads.setdefault(form.lower(), row["specificity"])
    return heads


class SpanishGrammar(Grammar):
    """The Spanish attribution grammar (see the module doc)."""

    # --- word classes ---------------------------------------------------------------------------------

    def _is(self, tok: Token, cls: str) -> bool:
        return cls in self.lex.words.get(tok.low, ())

    def _function_word(self, tok: Token) -> bool:
        return bool(self.lex.words.get(tok.low))

    @cached_property
    def _pronominal(self) -> frozenset[str]:
        return frozenset(row["lemma"] for row in self.language.lexicon("reporting_verbs").records() if row["lemma"].endswith("se"))

    def _verb_like(self, tok: Token) -> bool:
        """A finite verb form the grammar can tell: a reporting verb's finite form, an auxiliary, or a verb ending."""
        low = tok.low
        if self._is(tok, "auxiliary"):
            return True
        roles = self.lex.verbs.get(low)
        if roles and any(role in ("finite", "finite1", "conditional") for _, role in roles):
            return True
        return len(low) > 4 and low.endswith(_VERB_ENDINGS)

    def _content_word(self, tok: Token) -> bool:
        """A noun, adjective or name that may stand in a noun phrase (not a function word, not a verb)."""
        if tok.text[0].isdigit() and any(ch.isalpha() for ch in tok.text):
            return True  # "14ymedio", "20minutos", "11J"
        if not tok.text[0].isalpha():
            return False
        if tok.text[0].isupper():
            return True
        if self._function_word(tok) and not self._is(tok, "time_word"):
            return False
        return not self._verb_like(tok)

    def _source_like(self, toks: Sequence[Token], a: int, b: int) -> bool:
        """Whether ``toks[a:b]`` names a source: a pronoun, a name, a source head or a statement noun, and no rule
        or plan ("según la ley", "de acuerdo con la Constitución")."""
        words = [t for t in toks[a:b] if t.text[0].isalnum()]
        if not words:
            return False
        if len(words) == 1 and (self._is(words[0], "personal_pronoun") or self._is(words[0], "first_person")):
            return True
        head = next((t for t in words if not self._function_word(t)), None)
        if head is None or head.low in _not_sources() or head.low in ("lo",):
            return False
        heads = _source_heads()
        return any(t.low in heads or t.low in self.lex.nouns or self.language.is_person_noun(t.low) for t in words) or any(
            t.text[0].isupper() and t.text[0].isalpha() and t.low not in _not_sources() for t in words[1:] or words
        )  # (a noun for a person by its ending: "el entrenador", "la periodista")

    # --- noun phrases ---------------------------------------------------------------------------------

    def np_forward(self, toks: Sequence[Token], s: int, limit: int) -> int | None:
        """End (exclusive) of the noun phrase starting at ``s``, or None.

        Determiners, numbers, a head (a name or a noun), then what may follow a Spanish head: adjectives,
        names ("el ministro Juan Pérez"), "de/del" attachments, an acronym in parentheses, complements of
        "cercano a", "con sede en X", and coordinated or listed noun phrases ("Cáritas y Amnistía
        Internacional", "organizaciones como Cáritas"). Participles that pass the source on ("citado por")
        and relative clauses end it.
        """
        limit = min(limit, len(toks), s + _MAX_NP)
        if s >= limit:
            return None
        first = toks[s]
        if self._is(first, "personal_pronoun") or self._is(first, "first_person"):
            return s + 1
        j, seen_head = s, False
        while j < limit:
            tok = toks[j]
            low = tok.low
            if tok.text == "." and j > s and toks[j - 1].low in self.lex.abbreviations and j + 1 < limit and toks[j + 1].text[:1].isupper():
                j += 1  # "el Sr. García", "la Dra. Ruiz"
                continue
            if tok.text in _STOP:
                if tok.text == "(" and seen_head:
                    close = next((m for m in range(j + 1, min(limit, j + 8)) if toks[m].text == ")"), None)
                    if close is not None:
                        j = close + 1
                        continue
                break
            if not seen_head:
                if self._is(tok, "determiner") or self._is(tok, "quantifier"):
                    j += 1
                    continue
                if tok.text[0].isdigit():
                    seen_head = j > s and toks[j - 1].low in ("de", "del")  # "los presos del 11J", "de 2021"
                    j += 1
                    continue
                if self._content_word(tok):
                    seen_head = True
                    j += 1
                    continue
                break
            if tok.text[0].isupper() and tok.text[0].isalpha():
                j += 1  # a name after a head or a name: "el ministro Juan Pérez", "Unión Eléctrica"
                continue
            nxt = toks[j + 1] if j + 1 < limit else None
            if low in ("de", "del") and nxt is not None and nxt.text not in _STOP:
                seen_head = False
                j += 1
                continue
            if low in ("a", "al") and toks[j - 1].low in _A_ADJECTIVES and nxt is not None:
                seen_head = False  # "cercanas a la familia"
                j += 1
                continue
            place = nxt is not None and (
                nxt.text[0].isupper() or self._is(nxt, "determiner") and j + 2 < limit and toks[j + 2].text[0].isupper()
                or _starts_with(toks, j + 1, ("redes", "sociales"))
            )  # fmt: skip
            if low == "en" and place:
                seen_head = False  # "el embajador ruso en La Habana", "usuarios en redes sociales"
                j += 1
                continue
            if low == "con" and nxt is not None and nxt.low == "sede":
                seen_head = False  # "con sede en Madrid"
                j += 3 if j + 2 < limit and toks[j + 2].low == "en" else 2
                continue
            if low in ("y", "e", "como") and nxt is not None and (nxt.text[0].isupper() or self._is(nxt, "determiner")):
                seen_head = False  # "Cáritas y Amnistía Internacional", "organizaciones como Cáritas"
                j += 1
                continue
            if low in ("y", "e") and nxt is not None and nxt.text.islower() and self._content_word(nxt) and j + 2 < limit \
                    and toks[j + 2].text[:1].isupper():  # fmt: skip
                j += 2  # "el abogado y analista Tomás Hale": a second role of the one named after it
                continue
            if low in _VIA_PARTICIPLES and nxt is not None and nxt.low == "por":
                break  # "citado por Y": the via, not part of the source
            participle = low.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))
            if participle and nxt is not None and nxt.low in ("en", "desde", "con"):
                seen_head = False  # "un estudio publicado en la revista X"
                j += 2
                continue
            if self._content_word(tok) and not self._is(tok, "time_word"):
                j += 1  # an adjective after the head: "el diario oficial", "fuentes diplomáticas"
                continue
            break
        while j > s and not (toks[j - 1].text[0].isalnum() or toks[j - 1].text == ")"):
            j -= 1
        while j > s + 1 and toks[j - 1].low in ("de", "del", "a", "al", "y", "e", "como", "con", "en") or (
            j > s + 1 and self._is(toks[j - 1], "determiner")
        ):
            j -= 1
        if j <= s or not any(t.text[0].isalnum() for t in toks[s:j]):
            return None
        if not any(self._content_word(t) or self._is(t, "personal_pronoun") for t in toks[s:j]):
            return None
        return j

    def _np_ending_at(self, toks: Sequence[Token], a: int, b: int) -> int | None:
        """The start of a noun phrase that fills ``toks[a:b]`` up to ``b`` (leading adverbials such as "Este
        lunes" or "En rueda de prensa" are left out), or None."""
        if b - a > _MAX_NP:
            a = b - _MAX_NP
        for p in range(a, b):
            tok = toks[p]
            starts = (self._is(tok, "determiner") or self._is(tok, "quantifier") or tok.text[0].isdigit()
                      or self._is(tok, "personal_pronoun") or self._is(tok, "first_person")
                      or (tok.text[0].isupper() and tok.text[0].isalpha()))  # fmt: skip
            if not starts:
                continue
            if p > a:
                prev = toks[p - 1]
                in_name = prev.text[0].isupper() and prev.text[0].isalpha() and not self._is(prev, "determiner")
                if prev.low in ("de", "del", "a", "al", "como", "y", "e") or in_name:
                    continue  # inside an attachment or a name
            if self.np_forward(toks, p, b) == b:
                return p
        return None

    # --- the sentence ---------------------------------------------------------------------------------

    def find_in_sentence(self, doc: Doc, sent_id: int, toks: SentenceTokens, reported: set[int], found: list[Attribution]) -> None:
        before = len(found)
        row = doc.sentences[sent_id]
        sentence_span = (row["start"], row["end"])
        dialogue = _dialogue(doc, sent_id, self.lex.verbs)
        speech = dialogue.speech if dialogue is not None else frozenset()
        covered: set[int] = set()
        for first, last, form, phrase in phrase_hits(toks, self.lex):
            if self._in_speech(doc, toks[first], speech):
                continue
            if form == "according_to":
                attribution = self._according_to(doc, sent_id, toks, first, last, found)
                if attribution is not None:
                    covered.update(range(first, last))
                    found.append(attribution)
            elif form == "agentless":
                covered.update(range(first, last))
                found.append(Attribution(sent_id, (toks[first].i, toks[last - 1].i + 1), "agentless", cue_type="agentless",
                                         content=self._agentless_content(toks, last, sentence_span)))  # fmt: skip
            else:  # speech_phrase: like a reporting verb whose finite verb opens the phrase
                covered.update(range(first, last))
                self._verb(doc, sent_id, toks, first, (toks[first].i, toks[last - 1].i + 1), "finite", "speech", "neutral",
                           "", "any", found, dialogue, phrase_end=last)  # fmt: skip
        inciso_done = dialogue is not None and dialogue.verb_taken_before(toks[0].i)
        for k, tok in enumerate(toks):
            if k in covered or tok.low not in self.lex.verbs:
                continue
            if tok.quote >= 0 and doc.quotes[tok.quote].n_words >= QUOTE_MIN_WORDS:
                continue  # inside a quotation: the quoted speaker's words
            if tok.i in speech:
                continue  # the words of a turn of dialogue
            pick = self._pick(toks, k)
            if pick is None:
                continue
            entry_lemma, role, cue_type, stance, requires = pick
            in_inciso = dialogue is not None and tok.i in dialogue.narrator
            if in_inciso:
                if inciso_done:
                    continue  # "—añadió—": one attribution per turn
                inciso_done = True
                dialogue.take(tok.i)
            self._verb(doc, sent_id, toks, k, (tok.i, tok.i + 1), role, cue_type, stance, entry_lemma, requires, found,
                       dialogue if in_inciso else None)  # fmt: skip
        if dialogue is not None and dialogue.opens_in(toks) and not dialogue.has_verb:
            self._unattributed_turn(doc, sent_id, toks, dialogue, found, before)
        self._trim_messages(doc, found, before)
        self._declines(doc, sent_id, toks, found, before)

    def _in_speech(self, doc: Doc, tok: Token, speech: frozenset[int]) -> bool:
        return tok.i in speech or tok.quote >= 0 and doc.quotes[tok.quote].n_words >= QUOTE_MIN_WORDS

    # --- verbs ----------------------------------------------------------------------------------------

    def _pick(self, toks: SentenceTokens, k: int) -> tuple[str, str, str, str, str] | None:
        """The reporting-verb reading of ``toks[k]`` (lemma, role, type, stance, requires), or None when the form
        is a noun here ("la denuncia", "sin duda"), a pronominal verb without its clitic, or capitalised."""
        tok = toks[k]
        if tok.text[0].isupper() and k > 0 and toks[k - 1].text not in _OPEN_MARKS | {":", "—", "–", "¡", "¿", "«", "“"}:
            return None
        prev = toks[k - 1] if k > 0 else None
        if self._in_question(toks, k):
            return None  # "¿De verdad alguien cree que …?": a question reports nothing
        reflexive_before = any(t.low in ("se", "me", "nos", "te") for t in toks[max(0, k - 3) : k])
        for entry, role in self.lex.verbs[tok.low]:
            if role in ("infinitive",):
                continue
            if entry.lemma in self._pronominal and not reflexive_before:
                continue
            if role != "participle" and prev is not None and (self._is(prev, "determiner") or self._is(prev, "contraction")
                                                          or prev.low in ("sin", "con", "por", "para", "de", "en")):
                if not (self._is(prev, "clitic") and k > 1 and self._clitic_context(toks[k - 2])):
                    continue  # "la denuncia", "sin duda", "un comunicado": nouns (not "como los llama", "que la critica")
            if role == "gerund" and not (prev is not None and prev.text == ","):
                continue
            return entry.lemma, role, entry.type, entry.stance, entry.requires
        return None

    def _clitic_context(self, tok: Token) -> bool:
        """Whether "la/los/las" after ``tok`` is a clitic before a verb ("como los llama", "que la critica",
        "no lo dijo"), not an article before a noun."""
        return tok.low in ("como", "que", "quien", "quienes", "se", "no", "ya", "también", "nunca", "y") or self._is(tok, "personal_pronoun")

    def _in_question(self, toks: SentenceTokens, k: int) -> bool:
        """Whether ``toks[k]`` stands between "¿" and "?" outside a quotation."""
        def spans() -> list[tuple[int, int]]:
            found, opened = [], None
            for m, t in enumerate(toks):
                if t.text == "¿" and t.quote < 0:
                    opened = m
                elif t.text == "?" and t.quote < 0 and opened is not None:
                    found.append((opened, m))
                    opened = None
            return found
        return any(a < k < b for a, b in toks.cached("es_questions", spans))  # type: ignore[union-attr]

    def _finite_for(self, toks: SentenceTokens, k: int, role: str) -> tuple[int, str] | None:
        """The finite verb of a participle cue and whether the complex is active (``perfect``) or ``passive``;
        None for a participle without an auxiliary ("el documento firmado")."""
        if role != "participle":
            return k, "active"
        j = k - 1
        while j >= 0 and toks[j].low in ("ya", "también", "no", "se", "lo", "la", "le", "les", "nunca"):
            j -= 1
        if j < 0:
            return None
        if toks[j].low == "sido":
            return (j - 1, "passive") if j > 0 and self._is(toks[j - 1], _PERFECT) else (j, "passive")
        if self._is(toks[j], _PERFECT):
            return j, "active"
        if self._is(toks[j], "passive_auxiliary"):
            return j, "passive"
        return None

    def _verb(
        self, doc: Doc, sent_id: int, toks: SentenceTokens, k: int, cue: tuple[int, int], role: str, cue_type: str,
        stance: str, lemma: str, requires: str, found: list[Attribution], dialogue: _Dialogue | None,
        phrase_end: int | None = None,
    ) -> None:  # fmt: skip
        row = doc.sentences[sent_id]
        sentence_span = (row["start"], row["end"])
        finite = self._finite_for(toks, k, role)
        if finite is None:
            return
        fin, voice = finite
        if role == "conditional" or toks[fin].low in ("habría", "habrían") and role == "participle":
            return  # "el presidente habría exigido": the conditional of rumour reports hearsay, not the president's words
        if fin != k and role == "participle":
            cue = (toks[fin].i, toks[k].i + 1)  # "ha asegurado", "fue anunciada"
        after = phrase_end if phrase_end is not None else k + 1
        start = _clause_start(toks, fin)
        opener = toks[start].low if start < len(toks) else ""
        if opener == "tal" and start + 1 < fin:  # "Tal (y) como adelantó El País, …": as "Como adelantó …"
            opener = toks[start + 2].low if toks[start + 1].low == "y" and start + 2 < fin else toks[start + 1].low
        according = opener in _ACCORDING_VERB_OPENERS and start < fin
        impersonal = self._impersonal(toks, fin, lemma)
        if not impersonal and fin > 0 and toks[fin - 1].low == "se" and lemma not in self._pronominal:
            return  # "se manifestaron", "se defendió": reflexive, not a report
        if dialogue is not None:
            complement: tuple[int, int] | None = None
            content = dialogue.turn_span
        else:
            complement = self._complement(toks, k, after)
            if complement is not None and 0 < complement[0] < len(toks) and toks[complement[0] - 1].text == ":" and _opens_quote(toks, complement[0]):
                # "La demora fue deliberada, dijo Berg: «…»": the tag reports the clause before; the quotation is its own
                complement = self._fronted(toks, fin) or complement
            if complement is None and according:
                complement = self._beside(toks, start, fin)
            if complement is None:
                complement = self._fronted(toks, fin)
            if complement is None and voice == "passive" and lemma in _ADDRESSEE_VERBS:
                return  # "Los pilotos fueron informados del cierre": done to the subject, nothing said
            if complement is None and voice == "passive":
                complement = self._passive_subject(toks, fin)  # "La medida fue anunciada": the medida is the message
            if complement is None and lemma in _FIGURE_VERBS:
                complement = self._figure_object(toks, after)
            previous = previous_sentence(doc, sent_id) if complement is None and self._anaphoric_object(toks, fin) else None
            if previous is not None:
                content = previous  # "Así lo confirmó el portavoz", "Lo explicó la ministra": what was said before
            else:
                if requires == "clause" and complement is None:
                    return
                if complement is None:
                    complement = self._object(toks, after)
                    if complement is None:
                        return  # "Pedro habló": no message
                content = _span(toks, complement, sentence_span)
        if voice == "passive" or impersonal:
            agent = self._agent(toks, after) if voice == "passive" else None
            if agent is None:
                found.append(Attribution(sent_id, cue, "agentless", cue_type=cue_type, stance=stance, content=content))
                return
            subject, via = agent, None
        else:
            subject, via = self._subject(doc, sent_id, toks, fin, after, role, complement, dialogue is not None, found)
        if subject is None:
            return  # an active reporting verb whose speaker cannot be found: no attribution is claimed
        form = "direct_quote" if dialogue is not None else ("according_to" if according else "indirect")
        attribution = Attribution(sent_id, cue, form, source=subject, via=via, cue_type=cue_type, stance=stance, content=content)
        self._citing(toks, fin, after, attribution)
        if attribution.via is None and cue_type == "speech":
            attribution.via = self._outlet_addressed(toks, fin, after, subject)
        attribution.lemma = lemma
        found.append(attribution)

    def _declines(self, doc: Doc, sent_id: int, toks: SentenceTokens, found: list[Attribution], before: int) -> None:
        """A refusal to comment in the sentence becomes one ``declined`` attribution (strength 0, it backs no
        claim): its source was asked. Reports of the verb of comment inside it are dropped; what was refused
        ("hacer comentarios", "a las preguntas") is its content, in the writer's voice."""
        refusal = self._refusal(toks)
        if refusal is None:
            return
        fin, verb, first, last = refusal
        while last > first and not toks[last - 1].text[0].isalnum():
            last -= 1
        inner = range(toks[fin].i, toks[max(last, verb + 1) - 1].i + 1)
        found[before:] = [a for a in found[before:] if a.cue[0] not in inner]
        subject, _via = self._subject(doc, sent_id, toks, fin, fin + 1, "finite", None, False, found)
        if subject is None:
            return
        content = (toks[first].start, toks[last - 1].end) if first < last else None
        attribution = Attribution(sent_id, (toks[fin].i, toks[verb].i + 1), "declined", source=subject, cue_type="speech", content=content)
        found.append(attribution)

    def _refusal(self, toks: SentenceTokens) -> tuple[int, int, int, int] | None:
        """(finite verb, verb of refusal, start and end of what was refused) of the first refusal to comment in the
        sentence, or None."""
        for k, tok in enumerate(toks):
            low = tok.low
            negated = k > 0 and (toks[k - 1].low == "no" or k > 1 and toks[k - 2].low == "no" and self._is(toks[k - 1], _PERFECT))
            if low in _REFUSING or negated and low in _WANTING:
                j = k + 1
                if j < len(toks) and toks[j].low == "a":
                    j += 1  # "se negó a responder"
                end = clause_end(toks, j)
                if any(t.low in _COMMENTING for t in toks[j : min(end, j + 4)]):
                    return self._finite_of(toks, k), k, j, end
            elif negated and low in _ANSWERING:
                end = clause_end(toks, k + 1)
                if k + 1 < len(toks) and toks[k + 1].low == "a" and any(t.low in _REQUESTS for t in toks[k + 2 : end]):
                    return self._finite_of(toks, k), k, k + 2, end  # "no respondió a las preguntas de este diario"
            elif low in _UNREACHED and any(t.low == "no" for t in toks[max(0, k - 4) : k]) and (
                low.startswith("contactad") or any(t.low in _COMMENTING for t in toks[k + 1 : k + 5])
            ):  # "no pudo ser contactado", "no estuvo disponible para hacer comentarios"; not "el fármaco no está disponible"
                fin = next(j for j in range(k - 1, -1, -1) if toks[j].low == "no") + 1
                return fin, k, k + 1, k + 1
        return None

    def _finite_of(self, toks: SentenceTokens, k: int) -> int:
        """The finite verb of the verb at ``k`` ("ha declinado": "ha")."""
        return k - 1 if k > 0 and self._is(toks[k - 1], _PERFECT) else k

    def _outlet_addressed(self, toks: SentenceTokens, fin: int, after: int, subject: tuple[int, int]) -> tuple[int, int] | None:
        """The medium the speaker told it to, in the clause of the verb: "dijo a la agencia EFE", "en
        declaraciones a Radio Nacional", "en una entrevista con El País" ("a este diario", the writer's own
        outlet, is none). A span of ``doc.tokens``, or None."""
        end = min(len(toks), after + 10)
        base = toks[0].i
        for j in range(max(0, fin - 14), end - 1):  # "En declaraciones a …," may stand before the verb's clause
            low = toks[j].low
            if low in ("a", "al") and (j == after or j > 0 and toks[j - 1].low == "declaraciones"):
                s = j + 1
            elif low == "con" and j > 0 and toks[j - 1].low in ("entrevista", "conversación"):
                s = j + 1
            else:
                continue
            if s >= len(toks) or toks[s].low in _OWN_OUTLET or subject[0] - base <= s < subject[1] - base:
                continue
            np_end = self.np_forward(toks, s, len(toks))
            if np_end is not None and self.names_medium(toks, s, np_end):
                return _doc_span(toks, (s, np_end))
        return None

    def _impersonal(self, toks: SentenceTokens, fin: int, lemma: str) -> bool:
        """Impersonal or passive *se* ("se informó", "se ha dicho"): *se* right before the finite verb of a verb
        that is not pronominal, with no subject before it."""
        if lemma in self._pronominal or fin == 0 or toks[fin - 1].low != "se":
            return False
        start = _clause_start(toks, fin - 1)
        return self._np_ending_at(toks, self._skip_connectors(toks, start, fin - 1), fin - 1) is None

    # --- subjects -------------------------------------------------------------------------------------

    def _skip_connectors(self, toks: Sequence[Token], a: int, b: int) -> int:
        while a < b:
            tok = toks[a]
            if self._is(tok, "connector") or self._is(tok, "conjunction") or tok.low in _ACCORDING_VERB_OPENERS \
                    or tok.low == "tal" and a + 1 < b and toks[a + 1].low in ("y", "como"):  # fmt: skip
                a += 1
                continue
            phrase = next((p for p in _CONNECTOR_PHRASES if _starts_with(toks, a, p)), None)
            if phrase is not None:
                a += len(phrase)
                continue
            break
        return a

    def _verb_left_edge(self, toks: Sequence[Token], fin: int, a: int) -> int:
        """``fin`` moved left over clitics, negation and adverbs that stand before a finite verb."""
        b = fin
        while b > a and (self._is(toks[b - 1], "clitic") or self._is(toks[b - 1], "negation")
                         or toks[b - 1].low in ("también", "ya", "además", "incluso", "hoy", "ayer", "nuevamente", "luego")):  # fmt: skip
            b -= 1
        return b

    def _subject(
        self, doc: Doc, sent_id: int, toks: SentenceTokens, fin: int, after: int, role: str,
        complement: tuple[int, int] | None, inciso: bool, found: list[Attribution],
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:  # fmt: skip
        """The speaker of the verb whose finite form is ``toks[fin]`` as a span of ``doc.tokens`` (possibly in an
        earlier sentence), and the via (``citado por Y``)."""
        start = _clause_start(toks, fin)
        a = self._skip_connectors(toks, start, fin)
        b = self._verb_left_edge(toks, fin, a)
        coordinated = b > a and toks[b - 1].low in _COORDINATION or start < fin and toks[start].low in _COORDINATION and a == b
        if coordinated:
            # "… y anunció que", "…, aunque aseguró que": a coordinated verb shares the first clause's subject
            post = self._postverbal(toks, fin, after, complement, False, force=True) if b - 1 == a else None
            if post is not None:
                return _doc_span(toks, post), None
            first = self._sentence_subject(toks)
            if first is not None and first[1] < b:
                return _doc_span(toks, first), None
            return self._from_context(doc, sent_id, toks, fin, found)
        fronted = start > 0 and toks[start - 1].text in ",:" or start > 0 and toks[start - 1].text in _QUOTE_MARKS
        # a relative pronoun: the antecedent before the comma, unless a subject follows the verb
        if a < b and toks[a].low in _RELATIVES and a > 0 and toks[a - 1].text == ",":
            post = self._postverbal(toks, fin, after, complement, inciso, force=False)
            if post is not None and b == a + 1:
                return _doc_span(toks, post), None
            antecedent = self._np_ending_at(toks, _clause_start(toks, a - 1), a - 1)
            if antecedent is not None:
                return _doc_span(toks, (antecedent, a - 1)), self._via_in(toks, antecedent, a - 1)
            return self._from_context(doc, sent_id, toks, fin, found)
        if a < b and toks[a].low not in _ACCORDING_VERB_OPENERS:
            cited = self._subject_with_via(toks, a, b)
            if cited is not None:
                return cited
            with_relative = self._subject_with_relative(toks, a, b)
            if with_relative is not None:
                return _doc_span(toks, with_relative), None
            s = self._np_ending_at(toks, a, b)
            if s is not None:
                if self._is(toks[s], "first_person") and toks[s].quote < 0:
                    return _doc_span(toks, (s, s + 1)), None
                return _doc_span(toks, (s, b)), None
        elif a == b and start > 0 and toks[start - 1].text == ",":
            chain = self._apposition_chain(toks, start - 1)
            if chain is not None:
                span, via = chain
                return _doc_span(toks, span), via
        post = self._postverbal(toks, fin, after, complement, inciso or fronted, force=a == b)
        if post is not None:
            return _doc_span(toks, post), None
        if a < b and toks[a].low not in _ACCORDING_VERB_OPENERS:
            return None, None  # something else stands before the verb (an object, a phrase): do not guess
        if self._first_person(toks[fin], role) and toks[fin].quote < 0:
            return (toks[fin].i, toks[fin].i + 1), None  # "Creo que …": the writer
        if role == "gerund":
            first = self._sentence_subject(toks)
            if first is not None and first[1] <= fin:
                return _doc_span(toks, first), None
        return self._from_context(doc, sent_id, toks, fin, found)

    def _subject_with_via(self, toks: SentenceTokens, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """"Economistas consultados por Infobae consideran": the subject and, unless it is the writer's own outlet
        ("consultados por este diario"), the via."""
        for p in range(max(a, b - _MAX_SUBJECT), b):
            if toks[p].low not in _VIA_PARTICIPLES or p + 1 >= b or toks[p + 1].low != "por" or p == a:
                continue
            start = self._np_ending_at(toks, a, p)
            if start is None or self.np_forward(toks, p + 2, b) != b:
                continue
            via = None if toks[p + 2].low in _OWN_OUTLET else _doc_span(toks, (p + 2, b))
            return _doc_span(toks, (start, p)), via
        return None

    def _anaphoric_object(self, toks: SentenceTokens, fin: int) -> bool:
        """Whether the verb at ``fin`` opens its sentence with "lo" before it, after "así" or nothing ("Así lo confirmó
        el portavoz", "Lo explicó la ministra"): the pronoun stands for what the sentence before said."""
        if fin == 0 or toks[fin - 1].low != "lo":
            return False
        return fin == 1 or fin == 2 and toks[0].low in _ANAPHORIC_OPENERS

    def _subject_with_relative(self, toks: SentenceTokens, a: int, b: int) -> tuple[int, int] | None:
        """"Un vecino que vio el incendio dijo …": a subject with a relative clause of its own and no comma before
        it, from the antecedent to the verb (the relative clause says which one speaks, as the English source span
        keeps "who …"; the noun phrase that ends before the verb is the clause's object, not the speaker)."""
        for r in range(a + 1, b - 1):
            if toks[r].low in _RELATIVES and toks[r - 1].text != ",":
                start = self._np_ending_at(toks, a, r)
                if start is None or any(self._verb_like(t) for t in toks[start:r]):
                    return None  # "Es posible que …": no noun before the pronoun
                return start, b
        return None

    def _first_person(self, tok: Token, role: str) -> bool:
        return role == "finite1" or any(r == "finite1" for _, r in self.lex.verbs.get(tok.low, ())) and not any(
            r == "finite" for _, r in self.lex.verbs.get(tok.low, ())
        )

    def _postverbal(
        self, toks: SentenceTokens, fin: int, after: int, complement: tuple[int, int] | None, fronted: bool, force: bool,
    ) -> tuple[int, int] | None:  # fmt: skip
        """A subject after the verb: "…, dijo el ministro", "afirmó este lunes el portavoz que …". Time words,
        adverbs and prepositional phrases ("en rueda de prensa", "a la agencia EFE") between are skipped."""
        end = clause_end(toks, after - 1) if after - 1 < len(toks) else len(toks)
        j = after
        steps = 0
        while j < end and steps < 12:
            steps += 1
            tok = toks[j]
            if self._is(tok, "connector") or self._is(tok, "negation") or self._is(tok, "clitic") and tok.low in ("se", "le", "les", "lo"):
                j += 1
            elif self._is(tok, "time_word"):
                j += 1
            elif self._is(tok, "determiner") and j + 1 < end and self._is(toks[j + 1], "time_word"):
                j += 2  # "este lunes", "el martes"
            elif self._is(tok, "preposition") and tok.low not in ("por", "de", "del", "según") or tok.low in ("al",):
                np_end = self.np_forward(toks, j + 1, end)
                j = np_end if np_end is not None else j + 1
            else:
                break
        if j >= end or toks[j].low in ("que", "si") or not (self._is(toks[j], "determiner") or toks[j].text[0].isupper()
                                                           or self._is(toks[j], "personal_pronoun") or self._is(toks[j], "quantifier")
                                                           or toks[j].text[0].isalpha() and not self._function_word(toks[j])):
            return None  # fmt: skip
        np_end = self.np_forward(toks, j, end)
        if np_end is None:
            return None
        np_end = self._apposition_after(toks, np_end)
        k = np_end  # a time after the speaker: "dijo la alcaldesa el lunes", "afirmó el ministro ayer"
        while k < len(toks) and (self._is(toks[k], "time_word") or (
                self._is(toks[k], "determiner") and k + 1 < len(toks) and self._is(toks[k + 1], "time_word"))):  # fmt: skip
            k += 2 if self._is(toks[k], "determiner") else 1
        follows = toks[k] if k < len(toks) else None
        message_after = follows is None or follows.text in _STOP or follows.low in _AFTER_SPEAKER
        if complement is not None and complement[0] < j:
            # the message was found before this noun phrase: only a source names a speaker here
            return (j, np_end) if self._source_like(toks, j, np_end) and message_after and (fronted or complement[0] < fin) else None
        if fronted or force:
            return (j, np_end) if message_after and (fronted or self._source_like(toks, j, np_end)) else None
        return None

    def _apposition_after(self, toks: SentenceTokens, end: int) -> int:
        """A name in apposition after a noun phrase: "el ministro de Energía, Vicente de la O Levy," (up to the
        comma or sentence end that closes it)."""
        if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].text[0].isupper() and toks[end + 1].text[0].isalpha():
            name_end = self.np_forward(toks, end + 1, len(toks))
            if name_end is not None and (name_end >= len(toks) or toks[name_end].text in ",.;:!?—–)") and all(
                t.text[0].isupper() or self._function_word(t) or not t.text[0].isalpha() for t in toks[end + 1 : name_end]
            ):
                return name_end
        return end

    def _apposition_chain(self, toks: SentenceTokens, comma: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The subject made of comma-separated pieces before ``comma`` (the comma before the verb's clause):
        "El portavoz del ministerio, Juan Pérez," — "El ministro, citado por EFE," (via EFE) — "La organización,
        con sede en Madrid," — "El ministro, que llegó ayer,"."""
        segments = _comma_segments(toks, max(0, comma - _MAX_SUBJECT), comma)
        via: tuple[int, int] | None = None
        subject: tuple[int, int] | None = None
        for s, e in reversed(segments):
            if e - s > _MAX_SUBJECT:
                break
            first = toks[s]
            if first.low in _VIA_PARTICIPLES and s + 1 < e and toks[s + 1].low == "por":
                via_end = self.np_forward(toks, s + 2, e)
                if via_end is not None and toks[s + 2].low not in _OWN_OUTLET:
                    via = _doc_span(toks, (s + 2, via_end))
                continue
            age = first.low == "de" and s + 1 < e and toks[s + 1].text[0].isdigit()  # ", de 74 años,"
            aside = self._is(first, "preposition") or self._is(first, "connector")  # ", por su parte,", ", sin embargo,"
            if first.low in ("que", "quien", "quienes", "con") or age or aside and subject is None:
                if subject is None:
                    continue
                break
            a = self._skip_connectors(toks, s, e)
            if a < e and self.np_forward(toks, a, e) == e:
                subject = (a, subject[1] if subject is not None else e)
                continue
            inner = self._np_ending_at(toks, a, e) if subject is None and a < e else None
            if inner is not None and toks[inner].text[0].isupper() and toks[inner].text[0].isalpha():
                subject = (inner, e)  # "Según el ministro, Juan Pérez, …" is not this; a name closing a clause
            break
        if subject is None:
            return None
        if subject[1] - subject[0] > _MAX_SUBJECT:
            return None
        return subject, via

    def _sentence_subject(self, toks: SentenceTokens) -> tuple[int, int] | None:
        """The noun phrase that opens the sentence's first clause and is followed by a verb-like word (once per sentence)."""
        if not isinstance(toks, SentenceTokens):
            toks = SentenceTokens(toks)
        return toks.cached("es_sentence_subject", lambda: self._read_sentence_subject(toks))  # type: ignore[return-value]

    def _read_sentence_subject(self, toks: SentenceTokens) -> tuple[int, int] | None:
        a = self._skip_connectors(toks, 0, len(toks))
        if a < len(toks) and toks[a].text in ("—", "–", "«", "“", "\""):
            return None
        end = clause_end(toks, a) if a < len(toks) else len(toks)
        np_end = self.np_forward(toks, a, end)
        if np_end is None:
            return None
        nxt = toks[np_end] if np_end < len(toks) else None
        if nxt is None:
            return None
        if nxt.text == ",":
            chain_end = np_end
            # "El ministro, Juan Pérez, dijo": appositions up to the verb
            for s, e in _comma_segments(toks, np_end + 1, min(len(toks), np_end + 1 + _MAX_SUBJECT))[:3]:
                if self.np_forward(toks, s, e) == e:
                    chain_end = e
                    continue
                break
            return (a, chain_end)
        if nxt.text[0].isalpha() and nxt.text[0].islower() and not self._is(nxt, "preposition") and nxt.low not in ("que", "y", "e", "o"):
            return (a, np_end)
        return None

    def _from_context(self, doc: Doc, sent_id: int, toks: SentenceTokens, fin: int, found: list[Attribution]
                      ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:  # fmt: skip
        """The speaker of a verb without an expressed subject (see the module doc), as a span of ``doc.tokens``,
        and the via it was known through ("Según X, citado por Y, … Añadió que …")."""
        first = self._sentence_subject(toks)
        if first is not None and first[1] <= fin and any(t.low in _COORDINATION or t.text == "," for t in toks[first[1] : fin]):
            return _doc_span(toks, first), None  # "El ministro llegó a Bogotá y dijo que …"
        para = doc.sentences[sent_id]["para_id"]
        for s in range(sent_id - 1, max(-1, sent_id - 3), -1):
            row = doc.sentences[s]
            if row["kind"] == "boilerplate" or row["para_id"] < para - 1:
                break
            previous = _last_with_source(found, s)
            if previous is not None:
                return previous.source, previous.via
            for span in self.antecedents(doc, s):
                first_tok = doc.tokens[span[0]]
                if first_tok.text[0].isupper() or self._is(first_tok, "determiner") or self._is(first_tok, "personal_pronoun"):
                    return span, None
        return None, None

    # --- complements ----------------------------------------------------------------------------------

    def _complement(self, toks: SentenceTokens, k: int, after: int) -> tuple[int, int] | None:
        """The message after the verb: a que/si-clause ("dijo que", "advirtió de que", "insistió en que"), a colon
        or a quotation (token range), or None. What may stand between is skipped: clitics, adverbs, time words,
        a dative or place ("a la prensa", "en rueda de prensa"), the speaker ("afirmó el ministro que"), and
        parentheses such as ", sin embargo," or ", citando a X,"."""
        n = len(toks)
        j = after
        steps = 0
        while j < n and steps < 20:
            steps += 1
            tok = toks[j]
            low = tok.low
            if tok.text == ":":
                if self._verb_after_quote(toks, j):
                    return None  # "negó cualquier irregularidad: «…», dijo": the quotation is the next verb's
                return (j + 1, n) if j + 1 < n else None
            if _opens_quote(toks, j):
                return (j, n)
            if low in ("que", "si"):
                return (j + 1, n) if j + 1 < n else None
            if low in ("de", "en") and j + 1 < n and toks[j + 1].low == "que":
                return (j + 2, n) if j + 2 < n else None  # "advirtió de que", "insistió en que"
            if low == "de" and _opens_quote(toks, j + 1):
                return (j + 1, n)  # "habla de «normalidad»"
            if low == "de" and j + 2 < n and self._is(toks[j + 1], "determiner") and _opens_quote(toks, j + 2):
                return (j + 1, n)  # "habló de un «éxito rotundo»", "habla de la «normalidad»"
            if tok.text == ",":
                phrase = next((p for p in _CONNECTOR_PHRASES if _starts_with(toks, j + 1, p)), None)
                if phrase is not None:
                    j += 1 + len(phrase)
                    if j < n and toks[j].text == ",":
                        j += 1  # ", no obstante, que"
                    continue
                nxt = toks[j + 1] if j + 1 < n else None
                if nxt is not None and (nxt.low in _CITING or self._is(nxt, "connector")):
                    close = next((m for m in range(j + 2, min(n, j + 16)) if toks[m].text == ","), None)
                    if close is not None:
                        j = close + 1  # ", citando a X, que …", ", además, que"
                        continue
                return None
            if tok.text in _STOP or tok.text in _DASHES:
                return None
            if self._is(tok, "clitic") or self._is(tok, "connector") or self._is(tok, "negation") or self._is(tok, "time_word"):
                j += 1
                continue
            if self._is(tok, "determiner") and j + 1 < n and self._is(toks[j + 1], "time_word"):
                j += 2  # "este martes"
                continue
            if low in ("a", "al", "en", "ante", "durante", "tras", "desde", "por", "mediante", "sobre") and low != "por":
                np_end = self.np_forward(toks, j + 1, n)
                if np_end is None:
                    return None
                j = np_end  # "a la prensa", "en rueda de prensa", "en un comunicado"
                continue
            np_end = self.np_forward(toks, j, n)
            if np_end is not None and np_end < n and toks[np_end].low in ("que", ":") and self._source_like(toks, j, np_end):
                j = np_end  # "afirmó el ministro que …"
                continue
            return None
        return None

    def _verb_after_quote(self, toks: SentenceTokens, colon: int) -> bool:
        """A reporting verb after the quotation that follows ``colon`` ("…: «…», dijo")."""
        for m in range(colon + 1, min(len(toks), colon + 200)):
            tok = toks[m]
            if tok.quote < 0 and tok.text[0].isalpha() and tok.low in self.lex.verbs and m > colon + 2:
                return True
        return False

    def _has_object(self, toks: SentenceTokens, after: int) -> bool:
        """A noun object right after a speech act ("denunció la expulsión", "pidió el fin de")."""
        j = after
        while j < len(toks) and toks[j].low in ("también", "ya", "además", "hoy", "ayer"):
            j += 1
        if j >= len(toks):
            return False
        tok = toks[j]
        return (self._is(tok, "determiner") or self._is(tok, "quantifier") or tok.text[0].isdigit() or tok.low in ("a", "al")
                or tok.text[0].isalpha() and not self._function_word(tok) and not self._verb_like(tok)
                or tok.text in _OPEN_MARKS)  # fmt: skip

    def _figure_object(self, toks: SentenceTokens, after: int) -> tuple[int, int] | None:
        """The object of a verb of counting or recording when it gives a figure within its first words ("contabilizó
        3.900 manifestantes", "registró una pérdida de 3 millones"); none after another preposition ("contó con 40
        aliados", "registró en 2015")."""
        end = clause_end(toks, after)
        for j in range(after, min(end, after + 6)):
            if self._is(toks[j], "preposition") and toks[j].low != "de":
                return None
            text = toks[j].text
            if text[:1].isdigit() and not year_number(text):
                return (after, end)
        return None

    def _object(self, toks: SentenceTokens, after: int) -> tuple[int, int] | None:
        if not self._has_object(toks, after):
            return None
        end = clause_end(toks, after)
        return (after, end) if end > after else None

    def _fronted(self, toks: SentenceTokens, fin: int) -> tuple[int, int] | None:
        """The message before "…, dijo X": the sentence up to the comma before the verb's clause."""
        start = _clause_start(toks, fin)
        if start < 2 or toks[start - 1].text not in ",:":
            return None
        if self._skip_connectors(toks, start, fin) < self._verb_left_edge(toks, fin, start):
            return None  # words before the verb in its clause: not "…, dijo X"
        if self._apposition_chain(toks, start - 1) is not None:
            return None  # "El dirigente del sector, Óscar Quispe, exigió …": the subject, not a message
        if toks[start].low in _COORDINATION:
            return None  # "…, pero acusó a …": a second verb, not "…, dijo X"
        a = 0
        while a < start - 1 and toks[a].text in _QUOTE_MARKS:
            a += 1
        return (a, start - 1) if start - 1 > a else None

    def _passive_subject(self, toks: SentenceTokens, fin: int) -> tuple[int, int] | None:
        """The noun phrase before a passive ("La medida fue anunciada"): what was announced."""
        start = _clause_start(toks, fin)
        a = self._skip_connectors(toks, start, fin)
        b = self._verb_left_edge(toks, fin, a)
        s = self._np_ending_at(toks, a, b) if a < b else None
        return (s, b) if s is not None else None

    def _beside(self, toks: SentenceTokens, start: int, fin: int) -> tuple[int, int] | None:
        """The main clause beside "según informó X" / "como explicó X": after it or before it."""
        end = clause_end(toks, fin)
        if start == 0 or start == self._skip_connectors(toks, 0, start):
            return (end + 1, len(toks)) if end + 1 < len(toks) else None
        return (0, start - 1) if start > 1 else None

    def _agentless_content(self, toks: SentenceTokens, last: int, sentence: tuple[int, int]) -> tuple[int, int]:
        complement = self._complement(toks, last - 1, last)
        if complement is None:
            complement = self._object(toks, last) or self._fronted(toks, last - 1)
        return _span(toks, complement, sentence)

    def _agent(self, toks: SentenceTokens, after: int) -> tuple[int, int] | None:
        """The agent of a passive ("fue anunciada por el Ministerio"), as a span of ``doc.tokens``."""
        end = clause_end(toks, after) if after < len(toks) else len(toks)
        j = after
        while j < end and toks[j].low != "por":
            j += 1
        if j + 1 >= end:
            return None
        np_end = self.np_forward(toks, j + 1, end)
        return _doc_span(toks, (j + 1, np_end)) if np_end is not None else None

    # --- second hand ----------------------------------------------------------------------------------

    def _via_in(self, toks: SentenceTokens, a: int, b: int) -> tuple[int, int] | None:
        """A via inside a source phrase: "fuentes consultadas por la agencia Reuters"."""
        for j in range(a, min(b, len(toks) - 2)):
            if toks[j].low in _VIA_PARTICIPLES and toks[j + 1].low == "por" and toks[j + 2].low not in _OWN_OUTLET:
                end = self.np_forward(toks, j + 2, len(toks))
                if end is not None:
                    return _doc_span(toks, (j + 2, end))
        return None

    def _citing(self, toks: SentenceTokens, fin: int, after: int, attribution: Attribution) -> None:
        """"Y informó, citando a X, que …" / "Y, que cita a X, informó": X is the source, Y the via."""
        if attribution.source is None:
            return
        base = toks[0].i
        lo, hi = max(0, fin - 14), min(len(toks), after + 14)
        for j in range(lo, hi - 2):
            if toks[j].low in _CITING and (toks[j + 1].low in ("a", "al") or toks[j].low == "citando"):
                # "citando a X", and without "a" before what is no person ("citando fuentes del partido")
                start = j + 2 if toks[j + 1].low in ("a", "al") else j + 1
                end = self.np_forward(toks, start, hi)
                if end is None or not self._source_like(toks, start, end) or attribution.source == (toks[start].i, toks[end - 1].i + 1):
                    return
                via = attribution.source
                if via[0] <= toks[j].i < via[1]:  # "El diario X, citando fuentes del partido, informó": the medium ends before
                    via = (via[0], toks[j - 1].i if j > 0 and toks[j - 1].text == "," else toks[j].i)
                attribution.via = via
                attribution.source = (toks[start].i, toks[end - 1].i + 1)
                return
        if attribution.via is None and base <= attribution.source[0] < base + len(toks):
            a = attribution.source[0] - base
            b = attribution.source[1] - base
            via = self._via_in(toks, a, b + 8)
            if via is not None:
                cut = next(m for m in range(a, len(toks)) if toks[m].low in _VIA_PARTICIPLES)
                if cut > a:
                    attribution.source = (toks[a].i, toks[cut - 1].i + 1)
                    attribution.via = via

    # --- according to ---------------------------------------------------------------------------------

    def _according_to(
        self, doc: Doc, sent_id: int, toks: SentenceTokens, first: int, last: int, found: list[Attribution]
    ) -> Attribution | None:
        n = len(toks)
        low = toks[first].low
        owner = next((k for k in range(first, last) if toks[k].low in ("su", "sus")), None)
        if owner is not None:  # "En su opinión, …", "a su juicio": the owner of the view speaks
            if reported_before(toks, first, self.lex):
                return None  # "criticaron la propuesta, que a su juicio …": part of that report
            row = doc.sentences[sent_id]
            return Attribution(sent_id, (toks[first].i, toks[last - 1].i + 1), "according_to", source=_doc_span(toks, (owner, owner + 1)),
                               cue_type="according_to", content=self._according_content(toks, first, last, (row["start"], row["end"])))  # fmt: skip
        j = last
        if j < n and (toks[j].low in self.lex.verbs and self._pick(toks, j) is not None or self._is(toks[j], "perfect_auxiliary")
                      or toks[j].low in ("lo", "se")):
            return None  # "según informó X", "según lo previsto": the verb's clause, or a rule
        if low == "para" and not self._opens_sentence(toks, first):
            return None
        end = self.np_forward(toks, j, n)
        if end is None or not self._source_like(toks, j, end):
            return None
        if low == "para" and (end >= n or toks[end].text != ","):
            return None  # "Para X," only as a sentence-initial according-to phrase
        row = doc.sentences[sent_id]
        cue = (toks[first].i, toks[last - 1].i + 1)
        source = (j, end)
        via = None
        rest = end
        # "según X, citado por Y" / "según Y, que cita (a) X"
        if rest + 2 < n and toks[rest].text == ",":
            nxt = toks[rest + 1]
            if nxt.low in _VIA_PARTICIPLES and toks[rest + 2].low == "por":
                via_end = self.np_forward(toks, rest + 3, n)
                if via_end is not None:
                    if toks[rest + 3].low not in _OWN_OUTLET:
                        via = _doc_span(toks, (rest + 3, via_end))
                    rest = via_end
            elif nxt.low == "que" and rest + 2 < n and toks[rest + 2].low in _CITING:
                m = rest + 3 + (1 if rest + 3 < n and toks[rest + 3].low in ("a", "al") else 0)
                cited_end = self.np_forward(toks, m, n)
                if cited_end is not None:
                    via = _doc_span(toks, source)
                    source = (m, cited_end)
                    rest = cited_end
        if via is None and rest + 1 < n and toks[rest].low in _VIA_PARTICIPLES and toks[rest + 1].low == "por":
            # "según fuentes diplomáticas consultadas por la agencia Reuters" (not "por este diario": the writer's own)
            via_end = self.np_forward(toks, rest + 2, n)
            if via_end is not None:
                if toks[rest + 2].low not in _OWN_OUTLET:
                    via = _doc_span(toks, (rest + 2, via_end))
                rest = via_end
        content = self._according_content(toks, first, rest, (row["start"], row["end"]))
        if self._mismo(toks, j, end):
            previous = _last_with_source(found, sent_id - 1) or _last_with_source(found, sent_id - 2)
            if previous is not None:
                source_span, via = previous.source, previous.via
                return Attribution(sent_id, cue, "according_to", source=source_span, via=via, cue_type="according_to",
                                   content=content)  # fmt: skip
        return Attribution(sent_id, cue, "according_to", source=_doc_span(toks, source), via=via, cue_type="according_to",
                           content=content)  # fmt: skip

    def _mismo(self, toks: SentenceTokens, a: int, b: int) -> bool:
        """"según la misma fuente", "de acuerdo con dicho informe": a phrase pointing back to a source."""
        return any(t.low in ("mismo", "misma", "mismos", "mismas", "dicho", "dicha", "dichos", "dichas") for t in toks[a:b])

    def _opens_sentence(self, toks: SentenceTokens, k: int) -> bool:
        """Whether only connectors ("Además, …") stand before ``toks[k]`` in its sentence."""
        return self._skip_connectors(toks, 0, k) == k

    def _according_content(self, toks: SentenceTokens, first: int, rest: int, sentence: tuple[int, int]) -> tuple[int, int]:
        """The clause an according-to phrase qualifies: after it when it opens the sentence ("Según X, …"),
        before it when it closes the sentence ("…, según X."), else the sentence."""
        n = len(toks)
        if self._skip_connectors(toks, 0, first) == first:
            j = rest
            while j < n and toks[j].text == ",":
                j += 1
            return _span(toks, (j, n), sentence)
        if first > 0 and toks[first - 1].text in ",(–—" and (rest >= n or toks[rest].text in ".;!?)–—" or rest == n):
            a = 0
            while a < first - 1 and toks[a].text in _QUOTE_MARKS:
                a += 1
            return _span(toks, (a, first - 1), sentence)
        return sentence

    # --- dialogue ---------------------------------------------------------------------------------------

    def _unattributed_turn(
        self, doc: Doc, sent_id: int, toks: SentenceTokens, dialogue: _Dialogue, found: list[Attribution], before: int
    ) -> None:
        """A turn of dialogue without a reporting verb: a direct quote whose speaker is the previous one, if any."""
        if any(a.form == "direct_quote" and a.content == dialogue.turn_span for a in found):
            return
        dash = next((t for t in toks if t.text in _DASHES), toks[0])
        attribution = Attribution(sent_id, (dash.i, dash.i + 1), "direct_quote", cue_type="quote", content=dialogue.turn_span)
        previous = _last_with_source(found[:before][-50:], sent_id - 1)
        if previous is not None:
            attribution.source, attribution.via = previous.source, previous.via
        found.append(attribution)

    # --- messages of several verbs in one sentence ---------------------------------------------------

    def _trim_messages(self, doc: Doc, found: list[Attribution], before: int) -> None:
        """A message ends where the next reporting verb of its sentence begins ("dijo que A y añadió que B"): at the
        last coordination or comma before the next cue (or its speaker), looked for over a few tokens."""
        new = [a for a in found[before:] if a.content is not None and a.form in ("indirect", "according_to", "agentless")]
        if len(new) < 2:
            return
        tokens = doc.tokens
        cues = sorted(new, key=lambda a: a.cue[0])
        starts = [a.cue[0] for a in cues]
        for a in new:
            m = bisect_right(starts, a.cue[0])
            if m >= len(cues):
                continue
            b = cues[m]
            cue_start = tokens[b.cue[0]].start
            if not a.content[0] < cue_start < a.content[1]:
                continue
            cut_at = b.source[0] if b.source is not None and a.content[0] < tokens[b.source[0]].start < cue_start else b.cue[0]
            floor = max(doc.token_at(a.content[0]), cut_at - _MAX_NP)
            k = cut_at - 1
            while k > floor and tokens[k].low not in _COORDINATION and tokens[k].text not in ",;":
                k -= 1
            if k > floor and tokens[k - 1].end > a.content[0]:
                a.content = (a.content[0], tokens[k - 1].end)

    # --- hooks ----------------------------------------------------------------------------------------

    def antecedents(self, doc: Doc, sent_id: int) -> list[tuple[int, int]]:
        """The subject of the sentence's first clause: a noun phrase followed by its verb."""
        toks = self.sentence(doc.sentence_tokens(sent_id))
        if not toks:
            return []
        subject = self._sentence_subject(toks)
        return [_doc_span(toks, subject)] if subject is not None else []

    def quote_speaker(self, doc: Doc, toks: SentenceTokens, quote: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """"X: «…»" — a speaker and a colon before the quotation (in the sentence that opens it)."""
        opened = doc.tokens[quote.tokens[0]].sent
        if opened != toks[0].sent:
            toks = self.sentence(doc.sentence_tokens(opened))
        base, n = toks[0].i, len(toks)
        open_k = quote.tokens[0] - 1 - base
        if 1 <= open_k < n and toks[open_k - 1].text == ":" and open_k >= 2:
            colon = open_k - 1
            start = _clause_start(toks, colon)
            s = self._np_ending_at(toks, self._skip_connectors(toks, start, colon), colon)
            if s is not None:
                return (toks[colon].i, toks[colon].i + 1), (toks[s].i, toks[colon - 1].i + 1)
        return None


# --- dialogue with the raya ---------------------------------------------------------------------------


class _Dialogue:
    """The turn of dialogue of one paragraph: which tokens are the speaker's words, which the narrator's."""

    def __init__(self, speech: frozenset[int], narrator: frozenset[int], turn_span: tuple[int, int], first_sent: int,
                 has_verb: bool) -> None:  # fmt: skip
        self.speech = speech
        self.narrator = narrator
        self.turn_span = turn_span
        self.first_sent = first_sent
        self.has_verb = has_verb
        """Whether a reporting verb stands in the narrator's words (otherwise the turn has no verb)."""
        self._taken: int | None = None

    def take(self, token: int) -> None:
        self._taken = token

    def verb_taken_before(self, token: int) -> bool:
        return self._taken is not None and self._taken < token

    def opens_in(self, toks: Sequence[Token]) -> bool:
        return toks[0].sent == self.first_sent


def _dialogue(doc: Doc, sent_id: int, verbs: dict) -> _Dialogue | None:
    """The dialogue turn of the sentence's paragraph (cached per paragraph), or None."""
    para = doc.sentences[sent_id]["para_id"]
    key = ("es_dialogue", para)
    if key not in doc.cache:
        doc.cache[key] = _read_dialogue(doc, para, verbs)
    return doc.cache[key]


def _paragraphs(doc: Doc) -> dict[int, list[int]]:
    """Paragraph id -> its sentence ids (once per document)."""
    found = doc.cache.get("es_paragraphs")
    if found is None:
        found = doc.cache["es_paragraphs"] = {}
        for row in doc.sentences:
            found.setdefault(row["para_id"], []).append(row["sent_id"])
    return found


def _read_dialogue(doc: Doc, para: int, verbs: dict) -> _Dialogue | None:
    sent_ids = _paragraphs(doc).get(para, [])
    if not sent_ids:
        return None
    first, last = doc.sent_tokens[sent_ids[0]][0], doc.sent_tokens[sent_ids[-1]][1]
    tokens = doc.tokens[first:last]
    if not tokens:
        return None
    if tokens[0].text in _DASHES:
        opening = 0  # a paragraph that opens with a raya
    else:
        opening = next((k for k in range(1, len(tokens)) if tokens[k].text in _DASHES and tokens[k - 1].text == ":"), None)
        if opening is None:
            return None  # "—" inside ordinary prose is a parenthesis
    speech: set[int] = set()
    narrator: set[int] = set()
    speaking = True
    for tok in tokens[opening + 1 :]:
        if tok.text in _DASHES:
            speaking = not speaking
            continue
        (speech if speaking else narrator).add(tok.i)
    words = [doc.tokens[i] for i in sorted(speech) if doc.tokens[i].text[0].isalnum()]
    if not words:
        return None
    has_verb = any(doc.tokens[i].low in verbs for i in narrator)
    return _Dialogue(frozenset(speech), frozenset(narrator), (words[0].start, words[-1].end), tokens[0].sent, has_verb)


# --- helpers --------------------------------------------------------------------------------------------


def _clause_start(toks: SentenceTokens, k: int) -> int:
    """The start of the clause around ``k``, seeing through a parenthesis of a few words ("La Unión Eléctrica
    (UNE) informó"), which :func:`~scoring.languages.grammar.clause_start` takes for a boundary."""
    start = clause_start(toks, k)
    while start > 1 and toks[start - 1].text == ")":
        opening = next((m for m in range(start - 2, max(-1, start - 9), -1) if toks[m].text == "("), None)
        if opening is None or opening == 0:
            break
        start = clause_start(toks, opening - 1) if toks[opening - 1].text not in ",;:" else opening
    return start


def _last_with_source(found: list[Attribution], sent_id: int) -> Attribution | None:
    """The last attribution of sentence ``sent_id`` that names a speaker (``found`` is in text order, so the
    walk back stops at the first earlier sentence)."""
    for attribution in reversed(found):
        if attribution.sent_id < sent_id:
            return None
        if attribution.sent_id == sent_id and attribution.source is not None and attribution.form in (
            "indirect", "direct_quote", "according_to", "continuation"
        ):
            return attribution
    return None


def _opens_quote(toks: Sequence[Token], j: int) -> bool:
    """Whether ``toks[j]`` is the opening mark of a matched quotation (its inner tokens carry the quotation)."""
    return j + 1 < len(toks) and toks[j].text in _OPEN_MARKS and toks[j + 1].quote >= 0 and toks[j].quote != toks[j + 1].quote


def _starts_with(toks: Sequence[Token], j: int, phrase: tuple[str, ...]) -> bool:
    return j + len(phrase) <= len(toks) and all(toks[j + n].low == p for n, p in enumerate(phrase))


def _doc_span(toks: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """A span of sentence indices as a span of ``doc.tokens``."""
    return (toks[span[0]].i, toks[span[1] - 1].i + 1)


def _span(toks: Sequence[Token], complement: tuple[int, int] | None, fallback: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of ``toks[a:b]`` without surrounding quotation marks, or ``fallback``."""
    if complement is None or complement[0] >= complement[1]:
        return fallback
    a, b = complement
    while a < b - 1 and toks[a].text in ",;":
        a += 1  # "explicó que, según sus cálculos, …": the comma after "que" opens no part of the message
    while b > a + 1 and toks[b - 1].text in ".,;:!?—–":
        b -= 1
    return (toks[a].start, toks[b - 1].end)


def _comma_segments(toks: SentenceTokens, a: int, b: int) -> list[tuple[int, int]]:
    """The non-empty pieces of ``toks[a:b]`` between commas."""
    segments = []
    start = a
    for k in range(a, b):
        if toks[k].text == ",":
            if k > start:
                segments.append((start, k))
            start = k + 1
    if b > start:
        segments.append((start, b))
    return segments
