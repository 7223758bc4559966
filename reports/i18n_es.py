"""The Spanish user interface of the reports: every label, kind and form of :mod:`reports.i18n`
in Spanish, the profile reasons rebuilt from their ``code`` and ``values``, Spanish explanations of
cues, and the INFLESZ bands of the Spanish reading-ease formula. The linter's Spanish messages
(:mod:`scoring.aggregation.findings_es`) and the teaching mode use the same texts.

Kept apart from :mod:`reports.i18n` so that the German and English texts can change without
touching this file; :mod:`reports.i18n` merges these dictionaries at import.

Glossary (one Spanish word per idea, here and in :mod:`scoring.web.i18n_es` and
:mod:`scoring.aggregation.findings_es`):

================================  ====================================================
source                            fuente (named source: fuente con nombre)
attribution                       atribución
claim                             afirmación
hedge, hedging                    atenuación (a hedged claim: afirmación atenuada)
booster, unsupported certainty    certeza sin respaldo
loaded wording / term             lenguaje cargado / término cargado
scare quotes                      comillas de distancia
reportative ("sollen", rumour)    reportativo (condicional de rumor)
evaluative                        valorativo
finding (linter)                  observación
suggestion                        sugerencia
readability / reading ease        legibilidad / índice de legibilidad
================================  ====================================================

Register: impersonal or infinitive forms in the reports and the editor; the teaching mode speaks
to the learner with "tú" (as the German one with "du"); no "vosotros", no regional words.
Quotation marks: «…» (and “…” inside them), as the Spanish style guides recommend.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

OPEN_QUOTE, CLOSE_QUOTE = "«", "»"

LABELS_ES: dict[str, str] = {
    "report_title": "Perfil de fuentes",
    "corpus_title": "Informe del corpus",
    "scope_note": "Este informe describe las fuentes y el lenguaje de un texto. No es un veredicto sobre si su contenido es verdadero.",
    "article": "Artículo",
    "text": "Texto anotado",
    "legend": "Leyenda",
    "profile": "Perfil",
    "reliability": "Valor global",
    "attribution_strength": "Solidez de la atribución",
    "source_diversity": "Diversidad de fuentes",
    "loaded_wording": "Contención en el lenguaje",
    "hedging": "Sin rumores sin fuente",
    "loaded_per_1000_words": "Palabras cargadas por cada 1000 palabras",
    "distinct_named_sources": "Fuentes con nombre",
    "scale": "Qué significa",
    "scale_note": "Todos los valores van de 0 a 100: más alto = mejor respaldado o redactado de forma más neutral.",
    "readability_missing": "No calculada: las ejecuciones de corpus solo calculan la legibilidad con --readability o --reports (cuesta unos 1,6 ms por artículo).",
    "readability_unmeasured": "No hay texto principal que medir.",
    "not_measured": "no medido",
    "reasons": "Qué baja los valores",
    "no_reasons": "Nada llamativo.",
    "sources": "Fuentes",
    "no_sources": "No se encontraron fuentes.",
    "links": "Enlaces del texto",
    "links_note": "Adónde envía el texto a sus lectores para comprobar. Contados, no puntuados.",
    "link_text": "Texto del enlace",
    "link_site": "Sitio",
    "link_kind": "Destino",
    "link_sentence": "Frase",
    "link_document": "Documento (archivo)",
    "link_official": "Organismo oficial",
    "link_research": "Investigación",
    "link_social_media": "Redes sociales",
    "link_archive": "Copia archivada",
    "link_encyclopedia": "Enciclopedia",
    "link_same_site": "Sitio propio",
    "link_other": "Otro sitio",
    "source_name": "Fuente",
    "source_kind": "Tipo",
    "country": "País",
    "named": "con nombre",
    "mentions": "Menciones",
    "via": "vía",
    "strength": "Solidez",
    "yes": "sí",
    "no": "no",
    "strip": "Franja de oraciones",
    "strip_help": "Una marca por oración, en el orden del texto; un clic lleva a la oración.",
    "readability": "Legibilidad",
    "reading_ease": "Índice de legibilidad",
    "grade": "Nivel escolar",
    "counts": "Extensión",
    "sentences": "oraciones",
    "words": "palabras",
    "claims": "afirmaciones",
    "footer": "Reproducibilidad",
    "tool": "Herramienta",
    "lexicons": "Léxicos y registro de fuentes",
    "config": "Configuración",
    "input_hash": "Suma de comprobación de la entrada",
    "generated": "Generado",
    # categories
    "cat_hedge": "Atenuación",
    "cat_booster": "Certeza sin respaldo",
    "cat_loaded": "Lenguaje cargado",
    "cat_scare_quote": "Comillas de distancia",
    "cat_foreign": "Fragmento en otra lengua",
    "cat_attribution": "Atribución (indicio de fuente)",
    "cat_source": "Fuente",
    "cat_unattributed": "Afirmación sin fuente",
    "suggestion": "Sugerencia",
    "voice_source": "(en boca de una fuente)",
    "voice_quoted": "(entre comillas)",
    "form": "Forma",
    "go_to_source": "ir a la fuente",
    # sentence strip
    "strip_attributed": "Afirmación con fuente",
    "strip_unattributed": "Afirmación sin fuente",
    "strip_hedged": "atenuada",
    "strip_loaded": "lenguaje cargado",
    "strip_other": "Titular, pregunta, pie de foto, elemento de la página",
    # corpus
    "articles": "Artículos",
    "group": "Grupo",
    "by_group": "Distribución por",
    "scatter": "Lenguaje cargado y atribución",
    "top_sources": "Fuentes más frecuentes",
    "top_kinds": "Tipos de fuente más frecuentes",
    "top_loaded": "Términos cargados más frecuentes",
    "article_table": "Artículos",
    "page": "Página",
    "of": "de",
    "shown": "mostrados",
    "median": "Mediana",
    "title": "Título",
    "outlet": "Medio",
    "count": "Cantidad",
    "term": "Término",
    "sort_hint": "Los encabezados de columna ordenan la tabla.",
    "none": "—",
}

KIND_LABELS_ES: dict[str, str] = {
    "impersonal": "impersonal («se», «uno»)",
    "unresolved": "pronombre sin referente",
    "government": "Gobierno/autoridad",
    "politician": "Político/a",
    "parliament": "Parlamento",
    "party": "Partido",
    "state_media": "Medio estatal",
    "independent_media": "Medio independiente",
    "news_agency": "Agencia de noticias",
    "intelligence": "Servicios de inteligencia",
    "military": "Fuerzas armadas",
    "police": "Policía",
    "judiciary": "Justicia",
    "international_org": "Organismo internacional",
    "ngo": "ONG",
    "company": "Empresa",
    "expert": "Experto/a",
    "person": "Persona",
    "official_document": "Documento oficial",
    "social_media": "Redes sociales",
    "anonymous": "Anónima",
    "author": "Autor/a",
    "unknown": "Desconocido",
}

FORM_LABELS_ES: dict[str, str] = {
    "direct_quote": "cita directa",
    "indirect": "estilo indirecto",
    "according_to": "según/de acuerdo con",
    "reportative": "forma reportativa (de rumor)",
    "agentless": "impersonal, sin agente",
    "continuation": "continuación del mismo hablante",
    "declined": "rehúsa hacer declaraciones",
}


def add_spanish(labels: dict[str, dict[str, str]], kinds: dict[str, dict[str, str]], forms: dict[str, dict[str, str]]) -> None:
    """Add the Spanish texts to the label dictionaries of :mod:`reports.i18n`, in place.

    A key without a Spanish text gets the English one, so a report never fails on a label added
    later; ``tests/test_spanish_ui.py`` checks that no key is left without a Spanish text.
    """
    for table, spanish in ((labels, LABELS_ES), (kinds, KIND_LABELS_ES), (forms, FORM_LABELS_ES)):
        for key, texts in table.items():
            texts["es"] = spanish.get(key, texts["en"])


def quote(text: str, ui: str) -> str:
    """``text`` in the quotation marks of the UI language: «…» in Spanish, „…“ otherwise (as the reports always had)."""
    return f"{OPEN_QUOTE}{text}{CLOSE_QUOTE}" if ui == "es" else f"„{text}“"


# --- profile reasons ----------------------------------------------------------------------------
#
# profile.py stores each reason as {component, code, values, en, de}. A Spanish report rebuilds the
# sentence from ``code`` and ``values``; two reasons list names or terms that are not in ``values``
# and are taken from the end of the English sentence (after the marker below).


def _n(values: Mapping[str, Any], key: str = "n") -> int:
    return int(values.get(key, 0))


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _decimal(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


REASON_TEMPLATES_ES: dict[str, Any] = {
    "unattributed_claims": lambda v, listed: (
        f"{_n(v)} de {_n(v, 'total')} afirmaciones no {_plural(_n(v), 'nombra', 'nombran')} ninguna fuente."
    ),
    "weak_attribution": lambda v, listed: (
        f"{_n(v)} {_plural(_n(v), 'afirmación se apoya', 'afirmaciones se apoyan')} solo en atribuciones anónimas, "
        "vagas, impersonales o reportativas (condicional de rumor)."
    ),
    "anonymous_sources": lambda v, listed: (
        f"{_n(v)} {_plural(_n(v), 'fuente anónima', 'fuentes anónimas')}" + (f": {listed}." if listed else ".")
    ),
    "few_named_sources": lambda v, listed: (
        "Ninguna fuente con nombre." if _n(v) == 0
        else "Solo una fuente con nombre." if _n(v) == 1
        else f"Solo {_n(v)} fuentes distintas con nombre."
    ),
    "no_independent_source": lambda v, listed: (
        "Todas las fuentes con nombre son gobiernos, medios estatales, partidos u organismos de seguridad; "
        "no hay ninguna voz independiente."
    ),
    "one_kind_of_source": lambda v, listed: "Las fuentes con nombre son casi todas del mismo tipo.",
    "one_country": lambda v, listed: "Las fuentes con nombre proceden de un solo país, o no se conoce ninguno.",
    "loaded_terms": lambda v, listed: (
        f"{_n(v)} {_plural(_n(v), 'término cargado o comillas de distancia', 'términos cargados o comillas de distancia')} "
        f"en la voz del autor ({_decimal(float(v.get('per_1000', 0.0)))} por cada 1000 palabras)"
        + (f": {listed}." if listed else ".")
    ),
    "unsupported_hedges": lambda v, listed: (
        f"{_n(v)} {_plural(_n(v), 'afirmación transmitida', 'afirmaciones transmitidas')} como rumor sin fuente con nombre "
        "(«supuestamente», condicional de rumor)."
    ),
    "secondary_sources": lambda v, listed: (
        f"{_n(v)} {_plural(_n(v), 'atribución reproduce', 'atribuciones reproducen')} otro medio o una publicación "
        "en una plataforma en lugar de una fuente propia" + (f": {listed}." if listed else ".")
    ),
    "one_voice": lambda v, listed: (
        f"El {round(100 * float(v.get('share', 0.0)))} % de las atribuciones se apoya en una sola fuente: {v.get('source', '')}."
    ),
    "state_media": lambda v, listed: (
        f"{_n(v)} {_plural(_n(v), 'fuente con nombre es un medio', 'fuentes con nombre son medios')} bajo control "
        "editorial de un Estado" + (f": {listed}." if listed else ".")
    ),
    "unsupported_boosters": lambda v, listed: (
        f"{_n(v)} {_plural(_n(v), 'afirmación presentada como segura', 'afirmaciones presentadas como seguras')} "
        "sin fuente («sin duda», «no es casualidad»)."
    ),
}
"""Spanish reason by ``code``: a function of the reason's ``values`` and the listed names or terms."""

# Where the listed names or terms start in the English sentence of these codes (see profile._reasons).
_LISTED_AFTER = {"anonymous_sources": " source(s): ", "loaded_terms": " words): ", "secondary_sources": " of their own: ",
                 "state_media": " a state controls: "}


def _listed(reason: Mapping[str, Any]) -> str:
    marker = _LISTED_AFTER.get(reason.get("code", ""))
    english = str(reason.get("en", ""))
    if not marker or marker not in english:
        return ""
    return english.split(marker, 1)[1].removesuffix(".")


def reason_text(reason: Mapping[str, Any], ui: str) -> str:
    """A profile reason in the UI language: German and English as stored, Spanish from its code and
    values (English for a code without a Spanish template)."""
    if ui != "es":
        return str(reason.get(ui) or reason["en"])
    template = REASON_TEMPLATES_ES.get(reason.get("code", ""))
    if template is None:
        return str(reason["en"])
    return template(reason.get("values") or {}, _listed(reason))


_TOO_FEW = re.compile(r"too few claims \((\d+)\) to profile; at least (\d+) are needed")


def note_text(note: str, ui: str) -> str:
    """The note of an overall value that was not measured (stored in English) in the UI language;
    only Spanish is translated (German reports show it as they always did)."""
    match = _TOO_FEW.fullmatch(note) if ui == "es" else None
    if match is None:
        return note
    return f"hay demasiado pocas afirmaciones ({match.group(1)}) para un perfil; se necesitan al menos {match.group(2)}"


# --- cue explanations ---------------------------------------------------------------------------
#
# The tables hold each cue's explanation in English (``explanation``) and German (``explanation_de``);
# a Spanish interface takes the texts below by (category, subtype), with the few subtypes whose meaning
# depends on the article's language given per language. The texts of the subtypes of Spanish articles
# are those of the Spanish pack's explanation_es column (scoring/languages/es/lexicons/
# cue_explanations.tsv), which is the reference: tests/test_spanish_ui.py keeps them equal (reports
# read tables only and never import the analysis, so they cannot read the pack themselves).

CUE_EXPLANATIONS_ES: dict[tuple[str, str], str] = {
    ("hedge", "epistemic_adverb"): "El texto expresa incertidumbre sin decir de quién es la valoración.",
    ("hedge", "epistemic_modal"): "Un verbo modal presenta la afirmación como posible o probable, no como comprobada.",
    ("hedge", "reportative"): "Forma reportativa: el texto transmite una afirmación sin respaldarla ni nombrar su fuente.",
    ("hedge", "distancing"): "El texto se distancia de la afirmación («supuestamente») sin decir quién la hace.",
    ("hedge", "legal_presumption"): "Presunción de inocencia («presunto»): la acusación no está probada; es la fórmula que exige la ley, pero conviene decir quién acusa.",
    ("hedge", "evidential"): "La afirmación se apoya en apariencias o indicios, no en pruebas nombradas.",
    ("hedge", "possibility"): "La afirmación se presenta como una mera posibilidad.",
    ("hedge", "speculation"): "Especulación o suposición sin fuente nombrada.",
    ("hedge", "estimate"): "Una estimación sin decir quién la hizo.",
    ("hedge", "vague_quantifier"): "Una cantidad vaga sustituye a una cifra.",
    ("booster", "certainty"): "El texto presenta la afirmación como cierta sin fuente ni prueba.",
    ("booster", "self_evidence"): "La afirmación se presenta como evidente o sabida por todos.",
    ("booster", "emphasis"): "Énfasis en la verdad o la realidad («de hecho», «en realidad») en lugar de una prueba.",
    ("booster", "insinuation"): "Sugiere una relación oculta («no es casualidad») sin demostrarla.",
    ("booster", "exclamation"): "Una exclamación en la voz del autor añade énfasis, no pruebas.",
    ("booster", "capitals"): "Palabras en mayúsculas en la voz del autor: gritan, enfatizan y no prueban nada.",
    ("booster", "particle"): "Una partícula modal alemana («ja», «doch», «eben») presenta la afirmación como evidente o sabida.",
    ("loaded", "label"): "Una etiqueta política o un epíteto que juzga al actor; existe un nombre neutral.",
    ("loaded", "pejorative"): "Encuadre peyorativo: la palabra presenta al actor o el hecho de forma negativa.",
    ("loaded", "evaluative"): "Un juicio del autor en lugar de una descripción.",
    ("loaded", "intensifier"): "Una palabra dramatizadora que exagera en lugar de cuantificar.",
    ("loaded", "attitude"): "Un adverbio oracional expresa la actitud del autor («lamentablemente»).",
    ("loaded", "author_opinion"): "El autor expresa una opinión propia («creo que», «en mi opinión»).",
    ("loaded", "rhetorical_question"): "Una pregunta en el texto que afirma algo en lugar de preguntar.",
    ("loaded", "self_mention"): "El autor habla en primera persona: una marca de comentario, no de noticia.",
    ("loaded", "prescriptive"): "El texto dice por sí mismo lo que debería hacerse («debería», «hay que actuar»): una exigencia en la voz del autor, una marca de comentario.",
    ("loaded", "reader_address"): "El texto se dirige directamente al lector.",
    ("loaded", "assertive"): "Un verbo de decir que enmarca lo dicho («claimed», «boasted»): es el encuadre del autor, no una cita neutral.",
    ("scare_quote", "*"): "Comillas de distancia: una expresión breve entre comillas que nadie dice; señala ironía o distancia.",
    ("foreign", "*"): "Un fragmento en otra lengua, señal de una traducción o edición descuidada.",
}
"""Spanish explanation of a cue by (category, subtype); ``*`` is the category's default."""

CUE_EXPLANATIONS_ES_BY_LANG: dict[str, dict[tuple[str, str], str]] = {
    "es": {
        ("hedge", "reportative"): "Condicional de rumor («habría exigido», «estaría negociando»): el texto transmite una afirmación sin respaldarla ni nombrar su fuente.",
    },
    "de": {
        ("hedge", "reportative"): "«Sollen» reportativo (equivale al condicional de rumor): el texto transmite una afirmación sin respaldarla ni nombrar su fuente.",
        ("hedge", "distancing"): "El texto se distancia de la afirmación («angeblich», supuestamente) sin decir quién la hace.",
    },
    "en": {
        ("hedge", "reportative"): "Pasiva reportativa («is said to», «is reported to»): el texto transmite una afirmación sin respaldarla ni nombrar su fuente.",
        ("hedge", "distancing"): "El texto se distancia de la afirmación («allegedly», «reportedly») sin decir quién la hace.",
        ("hedge", "estimate"): "Una estimación o creencia sin decir de quién es («an estimated», «is believed to»).",
    },
}
"""Spanish explanations that depend on the article's language (the conditional of rumour, "sollen", "is said to")."""


def cue_explanation_es(category: str, subtype: str | None, article_lang: str | None) -> str:
    """The Spanish explanation of a cue of ``category``/``subtype`` in an article in ``article_lang``."""
    subtype = subtype or "*"
    for table in (CUE_EXPLANATIONS_ES_BY_LANG.get(article_lang or "", {}), CUE_EXPLANATIONS_ES):
        text = table.get((category, subtype)) or table.get((category, "*"))
        if text:
            return text
    return ""


def cue_explanation(cue: Mapping[str, Any], ui: str, article_lang: str | None) -> str:
    """A cue row's explanation in the UI language (German and English from the table's columns)."""
    if ui == "de":
        return str(cue["explanation_de"])
    if ui == "es":
        return cue_explanation_es(str(cue["category"]), cue.get("subtype"), article_lang) or str(cue["explanation"])
    return str(cue["explanation"])


# --- readability ----------------------------------------------------------------------------------

INFLESZ_FORMULA = "Szigriszt-Pazos"

# Barrio-Cantalejo et al. (2008): the INFLESZ reading of Szigriszt-Pazos' perspicuity. Upper bounds.
_INFLESZ_BANDS: tuple[tuple[float, dict[str, str]], ...] = (
    (40.0, {"es": "muy difícil", "en": "very difficult", "de": "sehr schwer"}),
    (55.0, {"es": "algo difícil", "en": "somewhat difficult", "de": "eher schwer"}),
    (65.0, {"es": "normal", "en": "normal", "de": "normal"}),
    (80.0, {"es": "bastante fácil", "en": "fairly easy", "de": "eher leicht"}),
    (float("inf"), {"es": "muy fácil", "en": "very easy", "de": "sehr leicht"}),
)


def readability_band(ease: float | None, formulas: str | None, ui: str) -> str | None:
    """The INFLESZ band of a Szigriszt-Pazos value (the Spanish reading ease) in the UI language:
    below 40 very difficult, 40–55 somewhat difficult, 55–65 normal, 65–80 fairly easy, above 80
    very easy. None for other formulas, which have no band in the reports."""
    if ease is None or not formulas or formulas.split(";")[0].strip() != INFLESZ_FORMULA:
        return None
    if ease < 40:
        return _INFLESZ_BANDS[0][1][ui]
    for upper, names in _INFLESZ_BANDS[1:]:
        if ease <= upper:
            return names[ui]
    raise AssertionError("unreachable")  # pragma: no cover


HELP_ES: dict[str, str] = {
    "reliability": "0–100, más alto = mejor respaldado: media ponderada de los cuatro componentes. No es un veredicto sobre la verdad.",
    "attribution_strength": "0–100: con qué solidez se sustentan las afirmaciones atribuidas; 100 = cada una descansa en una fuente con nombre (citada o parafraseada), menos para otros medios, plataformas, fuentes vagas o anónimas; 0 = ninguna atribuida.",
    "source_diversity": "0–100: número, tipos, países e independencia de las fuentes con nombre; 100 = diversas.",
    "loaded_wording": "0–100: 100 = ninguna palabra cargada en la voz del autor; cada palabra cargada ponderada por cada 1000 palabras resta 3 puntos.",
    "hedging": "0–100: 100 = ninguna afirmación transmitida como rumor («supuestamente») o presentada como segura sin fuente; más bajo = más afirmaciones así. La cautela («podría») no cuenta en contra.",
    "loaded_per_1000_words": "Palabras cargadas y comillas de distancia en la voz del autor por cada 1000 palabras del texto principal; 0 = ninguna, más alto = más.",
    "distinct_named_sources": "Número de fuentes distintas con nombre que cita el artículo.",
    "article_title": "El título del artículo (o sus primeras palabras), con enlace a su informe si lo hay; debajo, su identificador.",
    "group": "El grupo por el que se divide el informe.",
}
"""One-line explanations of the scores and report columns (``reports.i18n.HELP``)."""


def add_spanish_help(help_texts: dict[str, dict[str, str]]) -> None:
    """Add the Spanish explanations to :data:`reports.i18n.HELP`, in place (English where one is missing)."""
    for key, texts in help_texts.items():
        texts["es"] = HELP_ES.get(key, texts["en"])
