"""Spanish: hedges (with the conditional of rumour), attribution (with the raya and dropped subjects),
loaded wording and sources, scored like German.

Lexicons in ``lexicons/``; rules in :mod:`.morphology` (the forms of lexicon lemmas: conjugation of
reporting verbs, gender and number), :mod:`.modals` (the conditional of rumour, hedges and labels decided
in context, booster readings) and :mod:`.grammar` (speaker and message of reporting verbs, according-to
phrases, second-hand chains, dialogue with the raya, dropped subjects).

Readability: Szigriszt-Pazos' *perspicuidad* (1993; the INFLESZ scale of Barrio-Cantalejo et al. 2008:
below 40 very difficult, 40–55 somewhat difficult, 55–65 normal, 65–80 fairly easy, above 80 very easy),
the Spanish adaptation of Flesch validated on Spanish readers, and Crawford's (1989) grade level, both
from textstat with syllables counted by pyphen.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, ClassVar

from scoring.languages.base import Language
from scoring.languages.es import modals
from scoring.languages.es.morphology import adjective_forms, noun_forms, verb_all_forms, verb_forms
from scoring.model.doc import Token

if TYPE_CHECKING:
    from scoring.languages.es.grammar import SpanishGrammar
    from scoring.model.doc import Doc
    from scoring.model.records import CueHit


# What a pronoun can refer to, and what an article says about the noun phrase it opens.
_PRONOUN_GENDERS = {
    "él": frozenset(("m",)), "ella": frozenset(("f",)), "ellos": frozenset(("pl",)), "ellas": frozenset(("pl",)),
    "usted": frozenset(("m", "f")), "ustedes": frozenset(("pl",)),
}  # fmt: skip
_ARTICLE_GENDERS = {
    "el": frozenset(("m",)), "la": frozenset(("f",)), "los": frozenset(("pl",)), "las": frozenset(("pl",)),
    "un": frozenset(("m",)), "una": frozenset(("f",)), "unos": frozenset(("pl",)), "unas": frozenset(("pl",)),
    "del": frozenset(("m",)), "al": frozenset(("m",)), "este": frozenset(("m",)), "esta": frozenset(("f",)),
    "su": frozenset(), "sus": frozenset(("pl",)),
}  # fmt: skip


# endings of nouns for people (see Spanish.is_person_noun)
_PERSON_NOUN_ENDINGS = ("dor", "dora", "dores", "doras", "ista", "istas", "ólogo", "óloga", "ólogos", "ólogas")
_NOT_PERSONS = frozenset(("ordenador", "ordenadores", "contador", "contadores", "marcador", "marcadores", "comedor", "comedores",
                          "corredor", "corredores", "mirador", "miradores", "alrededor", "alrededores", "lista", "listas", "pista",
                          "pistas", "revista", "revistas", "entrevista", "entrevistas", "conquista", "conquistas", "vista",
                          "vistas", "arista", "aristas", "autopista", "autopistas", "secador", "refrigerador", "ventilador",
                          "indicador", "indicadores", "acelerador", "regulador", "buscador", "buscadores", "navegador",
                          "servidor", "servidores", "motor", "catálogo", "catálogos", "diálogo", "diálogos", "prólogo"))  # fmt: skip

class Spanish(Language):
    code = "es"
    name = "Spanish"
    scored = True
    nouns_capitalised = False
    person_noun_endings = ("ista", "or", "ora", "ero", "era", "ante", "ente", "ógo", "óloga", "ólogo")
    readability_formulas = ("Szigriszt-Pazos", "Crawford")

    # Hyland (2005): first person and reader address outside quotations mark commentary.
    self_mention = frozenset(("yo", "me", "mí", "conmigo", "mi", "mis", "nosotros", "nosotras", "nos", "nuestro", "nuestra",
                              "nuestros", "nuestras"))  # fmt: skip
    first_person_subjects = frozenset(("yo", "nosotros", "nosotras"))
    reader_address = frozenset(("tú", "te", "ti", "contigo", "tu", "tus", "vosotros", "vosotras", "os", "vuestro", "vuestra",
                                "vuestros", "vuestras", "usted", "ustedes"))  # fmt: skip
    so_called = ("llamado", "llamada", "denominad", "supuest", "mal llamad", "autodenominad", "autoproclamad", "así llamad")
    demonstrative_determiners = frozenset(("este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "aquellos", "aquellas"))
    media_report_nouns = frozenset(("informe", "reportaje"))
    spokesperson_nouns = frozenset(('portavoz',))
    count_words = frozenset(('dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'varios', 'varias', 'algunos', 'algunas'))
    poll_nouns = frozenset(("encuesta", "sondeo"))
    insider_modifiers = frozenset(("cercana", "cercano", "cercanas", "cercanos", "próxima", "próximo", "próximas", "próximos",
                                   "conocedora", "conocedor", "conocedoras", "conocedores"))  # fmt: skip
    # a source kept unnamed: "que pidió el anonimato", "bajo condición de anonimato", "que prefirió no ser identificada",
    # "que no quiso dar su nombre", "que no está autorizado a hablar"
    former_words = frozenset(("ex", "antiguo", "antigua", "antiguos", "antiguas"))
    former_prefixes = ("ex-",)
    anonymity_words = frozenset(("anonimato", "anónimamente"))
    anonymity_adjectives = frozenset(("anónimo", "anónima", "anónimos", "anónimas"))
    unnamed_words = frozenset(("identificado", "identificada", "identificados", "identificadas", "identificarse", "nombrado",
                               "nombrada", "nombre", "citado", "citada", "autorizado", "autorizada", "autorizados", "autorizadas"))
    name_negators = frozenset(("no", "nunca", "sin"))
    team_leaders = (("liderado", "por"), ("liderados", "por"), ("encabezado", "por"), ("dirigido", "por"))
    respondents_name = "encuestados"
    title_function_words = frozenset(("de", "del", "la", "el", "los", "las", "y", "en", "a", "al", "con", "por", "para"))
    title_nouns = frozenset(
        ("diario", "periódico", "revista", "semanario", "programa", "libro", "novela", "película", "filme", "serie", "canción",
         "disco", "álbum", "campaña", "operación", "lema", "consigna", "eslogan", "documental", "podcast", "portal", "plataforma",
         "proyecto", "iniciativa", "emisora", "canal", "columna", "obra", "festival", "exposición", "plan", "misión", "ley",
         "decreto", "espacio", "sección", "blog", "etiqueta", "hashtag", "informe", "titular", "titulado", "titulada",
         "conocido", "conocida", "bautizado", "bautizada", "apodado", "apodada", "alias", "televisión",
         # a word mentioned, not used: "la palabra «X»", "el término «X»", "la expresión «X»"
         "palabra", "término", "expresión", "vocablo", "sufijo", "prefijo")
    )  # fmt: skip
    knowledge_verbs = frozenset(("saber", "conocer", "entender", "comprender", "recordar", "constatar", "demostrar", "mostrar"))
    phatic_openers = frozenset((
        "gracias", "muchas gracias", "mil gracias", "feliz", "felices", "felicidades", "felicitaciones", "enhorabuena",
        "bienvenido", "bienvenida", "bienvenidos", "bienvenidas", "buenos días", "buenas tardes", "buenas noches",
        "buen viaje", "saludos", "hola", "adiós", "hasta pronto", "suerte", "mucha suerte", "salud", "un abrazo",
        "abrazos", "besos", "queridos amigos", "queridas amigas",
    ))  # fmt: skip
    superlative_words = frozenset(("más", "menos"))
    interview_letters = ("p", "r")  # "P: … R: …": pregunta y respuesta
    section_labels = frozenset((
        "contexto", "antecedentes", "actualización", "fuente", "fuentes", "nota", "notas", "resultados", "resultado",
        "relacionado", "corrección", "detalles", "datos", "cronología", "resumen", "análisis", "comentario", "consejo",
        "consejos", "advertencia", "importante", "perspectiva", "horario", "entradas", "lugar", "fecha", "precio",
        "precios", "claves", "las claves", "en cifras", "lee también", "te puede interesar", "nota del editor",
        # el género o la forma que anuncia un titular ("En directo: …", "Opinión: …")
        "en directo", "directo", "en vivo", "última hora", "exclusiva", "opinión", "editorial", "tribuna", "vídeo", "video",
        "pódcast", "podcast", "galería", "fotogalería", "reportaje", "crónica", "explicador", "verificación",
        # créditos y contacto al final de un artículo ("Colaboración: Ana López", "Twitter: @lopez", "Foto: EFE")
        "colaboración", "colaboraron", "twitter", "contacto", "correo", "foto", "fotografía", "imagen",
    ))  # fmt: skip
    section_label_endings = ("ción", "ciones", "dades", "mientos")
    legislature_words = frozenset(("congreso", "senado", "parlamento", "parlamentaria", "parlamentario", "legislativa", "legislativo", "cortes"))
    weekdays = frozenset(("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"))
    year_words = frozenset(("en", "desde", "hasta", "año", "del", "principios", "finales", "mediados", "primavera", "verano", "otoño", "invierno", "temporada"))
    measurement_units = frozenset((
        "mah", "ghz", "mhz", "gb", "mb", "tb", "mbit", "gbit", "kbit", "mbps", "gbps", "megapíxeles",  # the specifications of a device
        "segundo", "segundos", "décimas", "centésimas", "milésimas",  # a timing: "0,606 Sekunden langsamer"
        "m", "metro", "metros", "centímetros", "milímetros", "pies", "pulgadas", "grados", "°", "km/h", "nudos",
    ))  # fmt: skip
    descriptive_amount_words = frozenset(("dotado", "dotada", "dotados", "dotadas"))
    # "se necesitan 270 votos para ganar", "para la mayoría absoluta hacen falta 176 escaños"
    threshold_pattern = (
        r"\b(?:se necesitan|necesita|necesitan|hacen falta|hace falta|se requieren|requiere|requieren)\b[^.;]{0,60}?"
        r"\bpara (?:ganar|obtener la mayoría|lograr la mayoría|tener la mayoría|la mayoría)\b"
        r"|\bpara (?:ganar|obtener la mayoría|lograr la mayoría|tener la mayoría|la mayoría absoluta)\b[^.;]{0,60}?"
        r"\b(?:se necesitan|necesita|necesitan|hacen falta|hace falta|se requieren)\b"
        r"|\b(?:umbral|límite|tope) (?:mínimo |máximo )?del? \d"  # "un umbral del 5 %", "un tope de 10.000": a rule's limit
    )
    price_words = frozenset(("precio", "precios", "multa", "multas", "tarifa", "tarifas", "entrada"))
    amount_scale_words = frozenset(("millones", "millón", "billones", "mil"))
    price_prepositions = frozenset(("por", "desde"))
    topic_prepositions = frozenset(("sobre",))
    name_particles = frozenset(("de", "del", "la", "las", "los"))
    indefinite_articles = frozenset(("un", "una", "unos", "unas"))
    approximators = frozenset(("unos", "unas", "aproximadamente", "casi", "cerca", "alrededor"))
    figure_words = (
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "quince", "veinte",
        "treinta", "cuarenta", "cincuenta", "cien", "ciento", "cientos", "mil", "miles", "millón", "millones", "decenas",
        "centenares", "docenas", "por ciento", "mitad", "tercio",
    )  # fmt: skip
    rule_suggestions = {
        "exclamation": "suprimir el signo de exclamación",
        "capitals": "escribir la palabra con minúsculas",
        "rhetorical_question": "formular la afirmación de forma directa o respaldarla",
        "self_mention": "evitar la primera persona en una noticia o marcar el texto como opinión",
        "reader_address": "no dirigirse directamente al lector",
        "author_opinion": "marcar como opinión o nombrar una fuente",
        "prescriptive": "decir quién lo exige o marcar el texto como opinión",
        "scare_quote": "quitar las comillas o decir quién usa la expresión",
        "so_called": "decir quién usa la expresión",
        "foreign": "traducir o suprimir",
    }
    rule_ids = {"so_called": "llamado"}

    # source phrases (scoring.analysis.sources)
    definite_articles: ClassVar[frozenset[str]] = frozenset(("el", "la", "los", "las", "del", "al"))
    adjective_endings: ClassVar[tuple[str, ...]] = ("o", "a", "os", "as", "es", "s")
    generic_pronouns: ClassVar[frozenset[str]] = frozenset(("uno",))
    nobody_words: ClassVar[frozenset[str]] = frozenset(("nadie", "ninguno", "ninguna"))
    group_pronouns: ClassVar[frozenset[str]] = frozenset(("algunos", "algunas", "muchos", "muchas", "otros", "otras", "varios",
                                                          "varias", "pocos", "pocas"))  # fmt: skip
    author_name: ClassVar[str] = "author (yo/nosotros)"
    list_markers: ClassVar[frozenset[str]] = frozenset(("como",))
    coordinators: ClassVar[frozenset[str]] = frozenset(("y", "e"))
    list_links: ClassVar[frozenset[str]] = frozenset(("y", "e", "o", "u", "a"))
    owner_prepositions: ClassVar[frozenset[str]] = frozenset(("de", "del"))
    agent_prepositions: ClassVar[frozenset[str]] = frozenset(("por",))
    partitive_owner_prepositions: ClassVar[frozenset[str]] = frozenset(("de", "del"))
    affiliation_prepositions: ClassVar[frozenset[str]] = frozenset(("de", "del", "en"))
    name_inner_words: ClassVar[frozenset[str]] = frozenset(("de", "del", "para"))
    genitive_articles: ClassVar[frozenset[str]] = frozenset()
    insider_prepositions: ClassVar[frozenset[str]] = frozenset()
    closed_compounds: ClassVar[bool] = False

    # --- words ---------------------------------------------------------------------------------------

    @cached_property
    def word_classes(self) -> dict[str, frozenset[str]]:
        """The function words, plus the first-person forms of the reporting verbs as ``first_person``: a
        Spanish verb carries its subject's person, so "Creo que …" outside quotations is the writer."""
        classes = {word: set(c) for word, c in super().word_classes.items()}
        for row in self.lexicon("reporting_verbs").records():
            for form, role in self.verb_forms(row).items():
                if role == "finite1" and not self._also_third_person(row, form):
                    classes.setdefault(form, set()).add("first_person")
        return {word: frozenset(c) for word, c in classes.items()}

    def _also_third_person(self, row: dict[str, str], form: str) -> bool:
        return self.verb_forms(row).get(form) != "finite1"

    # --- pronouns ------------------------------------------------------------------------------------

    def is_person_noun(self, low: str) -> bool:
        """Nouns for people by their ending: agents in "-dor/-dora" ("entrenador", "investigadora"), "-ista"
        ("futbolista", "periodista") and "-ólogo/-óloga" ("psicóloga"); not things of those endings ("ordenador",
        "lista", "pista", "revista", "entrevista", "conquista", "vista")."""
        return low.endswith(_PERSON_NOUN_ENDINGS) and low not in _NOT_PERSONS and len(low) > 5

    def pronoun_genders(self, low: str) -> frozenset[str]:
        return _PRONOUN_GENDERS.get(low, frozenset())

    def mention_genders(self, tokens: Sequence[Token]) -> frozenset[str]:
        words = [t for t in tokens if t.text[:1].isalnum()]
        if not words:
            return frozenset()
        feminine, plural = self._role_forms
        for tok in words:
            if tok.low in ("señor", "don"):
                return frozenset(("m",))
            if tok.low in ("señora", "doña"):
                return frozenset(("f",))
            if tok.low in feminine:
                return frozenset(("f",))  # "la ministra", "la portavoz"
            if tok.low in plural:
                return frozenset(("pl",))
        return _ARTICLE_GENDERS.get(words[0].low, frozenset())

    @cached_property
    def _role_forms(self) -> tuple[frozenset[str], frozenset[str]]:
        """Feminine singular and plural forms of the role nouns in ``source_heads`` ("ministra", "ministros")."""
        feminine, plural = set(), set()
        for row in self.lexicon("source_heads").records():
            head = row["head"].lower()
            for form in row["forms"].split("|"):
                low = form.lower()
                if low != head and low.endswith(("as", "es", "os", "s")) and not head.endswith("s"):
                    plural.add(low)
                elif low != head and low.endswith("a") and not head.endswith("a"):
                    feminine.add(low)
        return frozenset(feminine), frozenset(plural)

    # --- morphology ----------------------------------------------------------------------------------

    def forms_of(self, lemma: str, pos: str, extra: Sequence[str] = ()) -> set[str]:
        extra = tuple(extra)
        if pos == "adj":
            return adjective_forms(lemma, extra)
        if pos == "noun":
            return noun_forms(lemma, extra)
        if pos == "noun_person":
            return noun_forms(lemma, extra, person=True)
        if pos == "verb":
            return verb_all_forms(lemma) | {e.lower() for e in extra}
        return {lemma.lower(), *(e.lower() for e in extra)}

    def verb_forms(self, row: dict[str, str]) -> dict[str, str]:
        extra = [f for f in (row.get("forms") or "").split("|") if f.strip()]
        return _verb_forms(row["lemma"], row.get("present_3sg", ""), row.get("preterite_3sg", ""), row.get("participle", ""), tuple(extra))

    # --- hedging -------------------------------------------------------------------------------------

    def modal_cues(self, doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
        return modals.modal_cues(doc, tokens, self)

    def is_reportative(self, hit: CueHit) -> bool:
        return hit.entry is modals.REPORTATIVE

    def booster_excluded(self, hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
        return modals.booster_excluded(hit, tokens, k)

    # --- attribution ---------------------------------------------------------------------------------

    @cached_property
    def grammar(self) -> SpanishGrammar:  # type: ignore[override]
        from scoring.languages.es.grammar import SpanishGrammar

        return SpanishGrammar(self)

    # --- readability ---------------------------------------------------------------------------------

    def readability(self, text: str) -> tuple[float, float] | None:
        from scoring.languages import readability

        counts = readability.text_counts(text, "es")
        return readability.szigriszt_pazos(counts, "es"), readability.crawford(counts)


@lru_cache(maxsize=None)
def _verb_forms(lemma: str, present_3sg: str, preterite_3sg: str, participle: str, extra: tuple[str, ...]) -> dict[str, str]:
    """The forms of a reporting verb (cached: the grammar, the lexicon index and the word classes all ask)."""
    return verb_forms(lemma, present_3sg, preterite_3sg, participle, extra)
