"""The Spanish texts of the web app and the teaching mode (the report labels are in
:mod:`reports.i18n_es`, with the glossary of the Spanish terms).

Kept apart from :mod:`scoring.web.i18n`, which merges them at import. The editor speaks
impersonally (infinitives: "Pegar un texto …"); the teaching mode speaks to the learner with "tú",
as the German one does with "du".
"""

from __future__ import annotations

WEB_LABELS_ES: dict[str, str] = {
    "app_name": "quellcheck",
    "editor": "Redacción",
    "teach": "Aula",
    "switch_lang": "Idioma",
    "editor_intro": "Pegar un texto o subir un archivo (.txt, .md, .html, .docx). El texto se analiza solo para esta respuesta y no se guarda.",
    "teach_intro": (
        "Pegar o subir un artículo. El alumnado marca después por su cuenta atenuaciones, atribuciones, palabras cargadas, "
        "comillas de distancia y certezas sin respaldo, y compara con quellcheck."
    ),
    "text_label": "Texto",
    "file_label": "… o un archivo",
    "article_lang": "Idioma del artículo",
    "lang_auto": "detectar",
    "markup_label": "Formato del texto pegado",
    "markup_txt": "texto sin formato",
    "markup_md": "Markdown",
    "markup_html": "HTML",
    "analyse": "Analizar",
    "start_exercise": "Empezar el ejercicio",
    "new_text": "Otro texto",
    "findings": "Observaciones",
    "no_findings": "No hay observaciones.",
    "whole_article": "todo el artículo",
    "sentence_n": "Oración",
    "why": "¿Por qué?",
    "sev_error": "Error",
    "sev_warning": "Advertencia",
    "sev_info": "Nota",
    "download": "Descargar el informe",
    "open_teach": "Abrir en el modo aula",
    "open_editor": "Abrir en la vista de redacción",
    "warnings": "Sobre la entrada",
    # teaching mode
    "teach_title": "Practicar la crítica de fuentes",
    "teach_how": (
        "Selecciona un fragmento con el ratón (o con Mayús + flechas) y elige qué es. "
        "Con «Comprobar» comparas tus marcas con las de quellcheck."
    ),
    "label_as": "Marcar la selección como",
    "your_marks": "Tus marcas",
    "no_marks": "Todavía no hay marcas.",
    "remove": "quitar",
    "check": "Comprobar",
    "clear": "Borrar todo",
    "select_first": "Primero selecciona un fragmento del artículo.",
    "worksheet": "Hoja de trabajo",
    "answer_key": "Solucionario",
    "print": "Imprimir",
    "back_to_exercise": "Volver al ejercicio",
    "result": "Resultado",
    "found": "Encontradas",
    "missed": "No vistas",
    "extra": "Marcas adicionales",
    "extra_note": "quellcheck no marcó este fragmento así. No tiene por qué estar mal: justifica tu decisión.",
    "elsewhere_as": "quellcheck lo marca como",
    "your_mark": "tu marca",
    "nothing": "—",
    "check_failed": "La comprobación ha fallado",
    "cat_attribution": "Atribución/fuente",
    "cat_scare_quote": "Comillas de distancia",
    "cat_booster": "Certeza sin respaldo",
    "help_hedge": "Palabras con las que el texto se cubre o expresa incertidumbre («supuestamente», «habría», «posiblemente»).",
    "help_attribution": "Indicaciones de quién dice algo o de dónde procede una información («según la policía», «dijo la ministra»).",
    "help_loaded": "Palabras que juzgan, en la voz del autor, para las que existe una palabra neutral («régimen»).",
    "help_scare_quote": "Comillas alrededor de una palabra que nadie dice: marcan distancia o ironía.",
    "help_booster": (
        "El texto presenta algo como seguro en su propia voz, sin fuente ni prueba "
        "(«sin duda», «no es casualidad», «evidentemente»)."
    ),
    # sentences that are not numbered
    "kind_heading": "Titular",
    "kind_question": "Pregunta",
    "kind_caption": "Pie de foto",
    "kind_boilerplate": "Elemento de la página",
    "exercise_kicker": "Practicar la crítica de fuentes",
    "marked_as": "lo marcaste como",
    "in_text": "En el texto: ✓ encontrada (subrayado continuo), ○ no vista (recuadro discontinuo), + adicional (subrayado ondulado).",
    "r_found": "✓ encontrada",
    "r_missed": "○ no vista",
    "r_extra": "+ adicional",
    "marks_kept": (
        "Tus marcas se quedan solo en esta pestaña del navegador (al recargar y al volver atrás) hasta que la cierres; "
        "el servidor no guarda nada."
    ),
    "opens_new_tab": "se abre en una pestaña nueva",
    # exporting a class exercise
    "export": "Para docentes: exportar",
    "export_intro": (
        "Un archivo por persona, para comparar con «quellcheck evaluate» (fragmentos, JSONL) "
        "y «quellcheck agree» (códigos por oración, CSV)."
    ),
    "coder_label": "Nombre o iniciales",
    "export_marks_jsonl": "Mis marcas (JSONL)",
    "export_marks_csv": "Mis marcas (CSV)",
    "export_quellcheck_jsonl": "Fragmentos de quellcheck (JSONL)",
    "export_quellcheck_csv": "Fragmentos de quellcheck (CSV)",
    "err_spans": "Las marcas no son válidas",
    "ws_name": "Nombre",
    "ws_date": "Fecha",
    "ws_task": (
        "Lee el artículo. Busca fragmentos de los cinco tipos de abajo y anótalos en la tabla: número de oración, "
        "fragmento, tipo y una breve justificación."
    ),
    "ws_passage": "Fragmento",
    "ws_kind": "Tipo",
    "ws_reason": "Justificación",
    "ws_no": "N.º",
    "key_intro": (
        "Lo que marca quellcheck, ordenado por tipo. El solucionario es una propuesta, no un veredicto: "
        "las discrepancias bien argumentadas dan pie a la conversación."
    ),
    "key_none": "No hay fragmentos de este tipo.",
    "explanation": "Explicación",
    "source_none": "no se nombra ninguna fuente",
    # errors
    "error": "Error",
    "back": "Volver",
    "err_too_large": "La solicitud es demasiado grande: se permiten como máximo {limit}. Hace falta un texto más corto.",
    "err_no_text": "Falta el texto: pegar un texto o elegir un archivo.",
    "err_both": "Hay que pegar un texto o elegir un archivo, pero no ambas cosas.",
    "err_file_type": "Este tipo de archivo no se lee; se admiten .txt, .md, .html y .docx.",
    "err_input": "No se pudo analizar el texto",
    "err_choose_lang": "Si la detección se equivoca, elige el idioma del artículo en el menú.",
    "err_not_found": "Esta página no existe.",
    "err_method": "Esta página no se puede abrir así; conviene empezar desde la página de inicio.",
    "err_bad_request": "La solicitud está incompleta o no es válida",
    "err_internal": "Se produjo un error interno. El texto no se ha guardado; se puede volver a intentar o informar del error.",
    "err_too_long": "El texto es demasiado largo: {n} caracteres; se analizan como máximo {limit} de una vez. Hay que dividir el texto.",
    "err_busy": "El servidor está ocupado en este momento; se puede volver a intentar en unos segundos.",
    "err_worker": (
        "El análisis se interrumpió de forma inesperada (quizá por falta de memoria). "
        "Se puede volver a intentar o usar un texto más corto."
    ),
    "unscored": "quellcheck todavía no analiza textos en {lang} (disponibles: {available}); no se ha comprobado nada.",
    "unscored_detected": "El idioma se detectó automáticamente; si no es correcto, se puede elegir abajo el idioma del artículo.",
    "err_stale": "El texto ha cambiado desde que se cargó el ejercicio; hay que empezarlo de nuevo.",
}
"""Every web label of :data:`scoring.web.i18n.WEB_LABELS` in Spanish."""

LANGUAGE_NAMES_ES: dict[str, str] = {"de": "alemán", "en": "inglés", "es": "español"}
"""The article languages named in Spanish (lower case, as Spanish writes language names)."""

NATIVE_NAMES: dict[str, str] = {"de": "Deutsch", "en": "English", "es": "Español"}
"""Each UI language in its own name, for the language menu."""


def add_spanish(web_labels: dict[str, dict[str, str]], language_names: dict[str, dict[str, str]]) -> None:
    """Add the Spanish texts to the dictionaries of :mod:`scoring.web.i18n`, in place (the English
    text where one is missing; ``tests/test_spanish_ui.py`` checks none is)."""
    for key, texts in web_labels.items():
        texts["es"] = WEB_LABELS_ES.get(key, texts["en"])
    for code, names in language_names.items():
        names["es"] = LANGUAGE_NAMES_ES.get(code, names["en"])
