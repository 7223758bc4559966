"""Spanish texts the analysis tables leave out: the explanation of every cue (the tables hold English
and German ones) and the names of the kinds of source, for a Spanish user interface (reports, the
linter's messages, the web app). The glossary of the Spanish terms is in :mod:`reports.i18n_es`.

Here rather than in :mod:`reports` because ``quellcheck check`` uses them and must not load the
report machinery (pandas, matplotlib).
"""

from __future__ import annotations

from functools import cache

from scoring.languages.lexicon import bundled_lexicons, load_lexicon

SOURCE_KINDS_ES: dict[str, str] = {
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
"""The kinds of source (``sources.kind``) in Spanish."""

# --- cue explanations ---------------------------------------------------------------------------
#
# The tables hold each cue's explanation in English (``explanation``) and German (``explanation_de``).
# A Spanish interface takes the explanation_es column of the article language's cue_explanations
# lexicon where it has one (the Spanish pack does), else the texts below by (category, subtype), with
# the few subtypes whose meaning depends on the article's language given per language.

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
    ("booster", "particle"): "Una partícula modal alemana («ja», «doch», «eben») presenta la afirmación como evidente o sabida.",
    ("loaded", "label"): "Una etiqueta política o un epíteto que juzga al actor; existe un nombre neutral.",
    ("loaded", "pejorative"): "Encuadre peyorativo: la palabra presenta al actor o el hecho de forma negativa.",
    ("loaded", "evaluative"): "Un juicio del autor en lugar de una descripción.",
    ("loaded", "intensifier"): "Una palabra dramatizadora que exagera en lugar de cuantificar.",
    ("loaded", "attitude"): "Un adverbio oracional expresa la actitud del autor («lamentablemente»).",
    ("loaded", "author_opinion"): "El autor expresa una opinión propia («creo que», «en mi opinión»).",
    ("loaded", "rhetorical_question"): "Una pregunta en el texto que afirma algo en lugar de preguntar.",
    ("loaded", "self_mention"): "El autor habla en primera persona: una marca de comentario, no de noticia.",
    ("loaded", "reader_address"): "El texto se dirige directamente al lector.",
    ("loaded", "assertive"): "Un verbo de decir que enmarca lo dicho («claimed», «boasted»): es el encuadre del autor, no una cita neutral.",
    ("scare_quote", "*"): "Comillas de distancia: una expresión breve entre comillas que nadie dice; señala ironía o distancia.",
    ("foreign", "*"): "Un fragmento en otra lengua, señal de una traducción o edición descuidada.",
}
"""Spanish explanation of a cue by (category, subtype); ``*`` is the category's default."""

CUE_EXPLANATIONS_ES_BY_LANG: dict[str, dict[tuple[str, str], str]] = {
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
"""Spanish explanations that depend on the article's language (the cue is a German or English word)."""


@cache
def _pack_explanations_es(lang: str) -> dict[tuple[str, str], str]:
    """The ``explanation_es`` column of the language pack's ``cue_explanations`` lexicon, if it has one."""
    if (lang, "cue_explanations") not in bundled_lexicons():
        return {}
    lexicon = load_lexicon(lang, "cue_explanations")
    if "explanation_es" not in lexicon.columns:
        return {}
    return {(row["category"], row["subtype"]): row["explanation_es"] for row in lexicon.records() if row["explanation_es"]}


def cue_explanation_es(category: str, subtype: str | None, article_lang: str | None) -> str:
    """The Spanish explanation of a cue of ``category``/``subtype`` in an article in ``article_lang``."""
    subtype = subtype or "*"
    for table in (_pack_explanations_es(article_lang or ""), CUE_EXPLANATIONS_ES_BY_LANG.get(article_lang or "", {}), CUE_EXPLANATIONS_ES):
        text = table.get((category, subtype)) or table.get((category, "*"))
        if text:
            return text
    return ""
