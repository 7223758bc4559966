"""The linter's rules in Spanish (titles and explanations), and the helpers that pick a rule's
title, explanation or a finding's message in the UI language (``de``, ``en`` or ``es``).

Kept apart from :mod:`scoring.aggregation.findings`, which holds the rules with their English and
German texts; the glossary of the Spanish terms is in :mod:`reports.i18n_es`.
"""

from __future__ import annotations

from typing import Any

RULE_TEXTS_ES: dict[str, tuple[str, str]] = {
    "unattributed-figure": (
        "Cifra sin fuente",
        "Una afirmación con un número o una cantidad para la que no se nombra ninguna fuente: el lector no puede comprobar de dónde procede.",
    ),
    "anonymous-source": (
        "Fuente anónima",
        "La fuente no se nombra («fuentes bien informadas», «una fuente»): explicar por qué se mantiene el anonimato y qué puede saber la fuente.",
    ),
    "vague-source": (
        "Fuente vaga, sin nombre",
        "La fuente es un grupo o un tipo de documento («analistas», «informes», «expertos»), no alguien a quien se pueda verificar.",
    ),
    "second-hand-source": (
        "Fuente solo de segunda mano",
        "La fuente solo se conoce a través de otro medio («según X, citado por Y»): consultar el original.",
    ),
    "reportative-sollen": (
        "Rumor sin fuente",
        (
            "Una forma reportativa (el condicional de rumor, «habría exigido»; en alemán «soll/sollen», en inglés «is said to») "
            "transmite una afirmación sin decir quién la hace: nombrar la fuente."
        ),
    ),
    "loaded-term": (
        "Término cargado",
        "Una etiqueta, un epíteto o una palabra peyorativa en la voz del autor: juzga en lugar de describir.",
    ),
    "evaluative-term": (
        "Palabra valorativa",
        "Un adjetivo valorativo o un intensificador en la voz del autor («dramático», «muy»).",
    ),
    "scare-quote": (
        "Comillas de distancia",
        "Comillas alrededor de una palabra que nadie dice: marcan distancia sin explicar por qué.",
    ),
    "unsupported-booster": (
        "Certeza sin respaldo",
        "El autor afirma algo con certeza («sin duda», «no es casualidad») sin fuente ni prueba.",
    ),
    "foreign-fragment": (
        "Fragmento en otra lengua",
        "Una expresión en otra lengua, probablemente de un texto de origen: traducirla e indicar de dónde procede.",
    ),
    "single-source": (
        "Una sola fuente",
        "Todas las afirmaciones atribuidas se apoyan en la misma fuente: añadir una segunda, independiente.",
    ),
    "no-independent-source": (
        "Ninguna fuente independiente",
        (
            "Todas las fuentes con nombre son gobiernos, partidos, medios estatales u organismos de seguridad: añadir una voz "
            "independiente (agencia, medio independiente, especialistas, ONG, tribunal)."
        ),
    ),
}
"""Spanish title and explanation of every rule, by rule id."""

SUGGESTION_ES = {"neutral": "neutral", "suggestion": "sugerencia"}


def rule_title(rule: Any, ui: str) -> str:
    """The title of a :class:`~scoring.aggregation.findings.Rule` in the UI language."""
    if ui == "es" and rule.id in RULE_TEXTS_ES:
        return RULE_TEXTS_ES[rule.id][0]
    return str(rule.title_de if ui == "de" else rule.title_en)


def rule_explanation(rule: Any, ui: str) -> str:
    """The explanation of a rule in the UI language."""
    if ui == "es" and rule.id in RULE_TEXTS_ES:
        return RULE_TEXTS_ES[rule.id][1]
    return str(rule.explanation_de if ui == "de" else rule.explanation_en)


def finding_message(finding: Any, ui: str) -> str:
    """The message of a :class:`~scoring.aggregation.findings.Finding` in the UI language."""
    if ui == "de":
        return str(finding.message_de)
    if ui == "es":
        return str(getattr(finding, "message_es", "") or finding.message)
    return str(finding.message)


__all__ = ["RULE_TEXTS_ES", "finding_message", "rule_explanation", "rule_title"]
