"""Labels of the web app in German and English (the report labels live in :mod:`reports.i18n`)."""

from __future__ import annotations

from reports.i18n import LABELS, UI_LANGS
from scoring.web.i18n_es import add_spanish

WEB_LABELS: dict[str, dict[str, str]] = {
    "app_name": {"de": "quellcheck", "en": "quellcheck"},
    "editor": {"de": "Redaktion", "en": "Editor"},
    "teach": {"de": "Unterricht", "en": "Teaching"},
    "switch_lang": {"de": "Sprache", "en": "Language"},
    "editor_intro": {
        "de": "Text einfügen oder Datei hochladen (.txt, .md, .html, .docx). Der Text wird nur für diese Antwort analysiert und nicht gespeichert.",
        "en": "Paste a text or upload a file (.txt, .md, .html, .docx). The text is analysed for this response only and is not stored.",
    },
    "teach_intro": {
        "de": "Einen Artikel einfügen oder hochladen. Die Lernenden markieren dann selbst Absicherungen, Quellenangaben, wertende Wörter, distanzierende Anführungszeichen und Gewissheit ohne Beleg und vergleichen mit quellcheck.",
        "en": "Paste or upload an article. Learners then mark hedges, attributions, loaded words, scare quotes and unsupported certainty themselves and compare with quellcheck.",
    },
    "text_label": {"de": "Text", "en": "Text"},
    "file_label": {"de": "… oder Datei", "en": "… or a file"},
    "article_lang": {"de": "Sprache des Artikels", "en": "Article language"},
    "lang_auto": {"de": "automatisch", "en": "detect"},
    "markup_label": {"de": "Format des eingefügten Texts", "en": "Format of the pasted text"},
    "markup_txt": {"de": "Text", "en": "plain text"},
    "markup_md": {"de": "Markdown", "en": "Markdown"},
    "markup_html": {"de": "HTML", "en": "HTML"},
    "analyse": {"de": "Analysieren", "en": "Analyse"},
    "start_exercise": {"de": "Übung starten", "en": "Start exercise"},
    "new_text": {"de": "Anderer Text", "en": "Another text"},
    "findings": {"de": "Hinweise", "en": "Findings"},
    "no_findings": {"de": "Keine Hinweise.", "en": "No findings."},
    "whole_article": {"de": "ganzer Artikel", "en": "whole article"},
    "sentence_n": {"de": "Satz", "en": "Sentence"},
    "why": {"de": "Warum?", "en": "Why?"},
    "sev_error": {"de": "Fehler", "en": "Error"},
    "sev_warning": {"de": "Warnung", "en": "Warning"},
    "sev_info": {"de": "Hinweis", "en": "Note"},
    "download": {"de": "Bericht herunterladen", "en": "Download the report"},
    "open_teach": {"de": "Im Unterrichtsmodus öffnen", "en": "Open in teaching mode"},
    "open_editor": {"de": "In der Redaktionsansicht öffnen", "en": "Open in the editor view"},
    "warnings": {"de": "Hinweise zur Eingabe", "en": "About the input"},
    # teaching mode
    "teach_title": {"de": "Quellenkritik üben", "en": "Practise source criticism"},
    "teach_how": {
        "de": "Markiere eine Textstelle mit der Maus (oder Umschalt + Pfeiltasten) und wähle dann, was sie ist. Mit „Prüfen“ vergleichst du deine Markierungen mit quellcheck.",
        "en": "Select a passage with the mouse (or Shift + arrow keys), then choose what it is. “Check” compares your marks with quellcheck’s.",
    },
    "label_as": {"de": "Auswahl markieren als", "en": "Mark the selection as"},
    "your_marks": {"de": "Deine Markierungen", "en": "Your marks"},
    "no_marks": {"de": "Noch keine Markierungen.", "en": "No marks yet."},
    "remove": {"de": "entfernen", "en": "remove"},
    "check": {"de": "Prüfen", "en": "Check"},
    "clear": {"de": "Alle löschen", "en": "Clear all"},
    "select_first": {"de": "Erst eine Textstelle im Artikel markieren.", "en": "Select a passage in the article first."},
    "worksheet": {"de": "Arbeitsblatt", "en": "Worksheet"},
    "answer_key": {"de": "Lösung", "en": "Answer key"},
    "print": {"de": "Drucken", "en": "Print"},
    "back_to_exercise": {"de": "Zur Übung", "en": "Back to the exercise"},
    "result": {"de": "Ergebnis", "en": "Result"},
    "found": {"de": "Gefunden", "en": "Found"},
    "missed": {"de": "Übersehen", "en": "Missed"},
    "extra": {"de": "Zusätzlich markiert", "en": "Extra"},
    "extra_note": {
        "de": "quellcheck hat diese Stelle nicht so markiert. Nicht unbedingt falsch – begründe deine Entscheidung.",
        "en": "quellcheck did not mark this passage this way. Not necessarily wrong – explain your choice.",
    },
    "elsewhere_as": {"de": "quellcheck markiert hier", "en": "quellcheck marks this as"},
    "your_mark": {"de": "deine Markierung", "en": "your mark"},
    "nothing": {"de": "—", "en": "—"},
    "check_failed": {"de": "Die Prüfung ist fehlgeschlagen", "en": "The check failed"},
    "cat_attribution": {"de": "Quellenangabe", "en": "Attribution/source"},
    "cat_scare_quote": {"de": "Distanzierende Anführungszeichen", "en": "Scare quote"},
    "cat_booster": {"de": "Gewissheit ohne Beleg", "en": "Unsupported certainty"},
    "help_hedge": {
        "de": "Wörter, mit denen sich der Text absichert oder Unsicherheit zeigt („angeblich“, „soll“, „möglicherweise“).",
        "en": "Words with which the text hedges or signals uncertainty (“allegedly”, “reportedly”, “possibly”).",
    },
    "help_attribution": {
        "de": "Angaben, wer etwas sagt oder woher eine Information stammt („laut der Polizei“, „sagte die Ministerin“).",
        "en": "Where a statement comes from or who says it (“according to the police”, “the minister said”).",
    },
    "help_loaded": {
        "de": "Wertende Wörter in der Stimme des Autors, für die es eine neutrale Bezeichnung gibt („Regime“).",
        "en": "Judging words in the writer’s own voice for which a neutral word exists (“regime”).",
    },
    "help_scare_quote": {
        "de": "Anführungszeichen um ein Wort, das niemand zitiert wird – sie zeigen Distanz oder Ironie.",
        "en": "Quotation marks around a word nobody is quoted as saying – they signal distance or irony.",
    },
    "help_booster": {
        "de": "Der Text stellt etwas in eigener Stimme als sicher hin, ohne Quelle oder Beleg („zweifellos“, „es ist kein Zufall“, „unmissverständlich“).",
        "en": "The writer presents something as certain in their own voice, without a source or evidence (“undoubtedly”, “it is no coincidence”, “unmistakably”).",
    },
    # sentences that are not numbered (only body sentences are)
    "kind_heading": {"de": "Überschrift", "en": "Heading"},
    "kind_question": {"de": "Frage", "en": "Question"},
    "kind_caption": {"de": "Bildunterschrift", "en": "Caption"},
    "kind_boilerplate": {"de": "Seitenelement", "en": "Page furniture"},
    "exercise_kicker": {"de": "Quellenkritik üben", "en": "Practise source criticism"},
    "marked_as": {"de": "du hast es markiert als", "en": "you marked it as"},
    "in_text": {
        "de": "Im Text: ✓ gefunden (durchgezogen unterstrichen), ○ übersehen (gestrichelt umrandet), + zusätzlich (gewellt unterstrichen).",
        "en": "In the text: ✓ found (solid underline), ○ missed (dashed box), + extra (wavy underline).",
    },
    "r_found": {"de": "✓ gefunden", "en": "✓ found"},
    "r_missed": {"de": "○ übersehen", "en": "○ missed"},
    "r_extra": {"de": "+ zusätzlich", "en": "+ extra"},
    "marks_kept": {
        "de": "Deine Markierungen bleiben nur in diesem Browser-Tab (beim Neuladen und Zurückgehen), bis du ihn schließt; der Server speichert nichts.",
        "en": "Your marks stay in this browser tab only (across reloads and “back”) until you close it; the server stores nothing.",
    },
    "opens_new_tab": {"de": "öffnet einen neuen Tab", "en": "opens a new tab"},
    # exporting a class exercise
    "export": {"de": "Für Lehrkräfte: exportieren", "en": "For teachers: export"},
    "export_intro": {
        "de": "Eine Datei je Person, zum Vergleich mit „quellcheck evaluate“ (Spans, JSONL) und „quellcheck agree“ (Satzcodes, CSV).",
        "en": "One file per person, to compare with “quellcheck evaluate” (spans, JSONL) and “quellcheck agree” (sentence codes, CSV).",
    },
    "coder_label": {"de": "Name oder Kürzel", "en": "Name or initials"},
    "export_marks_jsonl": {"de": "Meine Markierungen (JSONL)", "en": "My marks (JSONL)"},
    "export_marks_csv": {"de": "Meine Markierungen (CSV)", "en": "My marks (CSV)"},
    "export_quellcheck_jsonl": {"de": "quellchecks Stellen (JSONL)", "en": "quellcheck’s passages (JSONL)"},
    "export_quellcheck_csv": {"de": "quellchecks Stellen (CSV)", "en": "quellcheck’s passages (CSV)"},
    "err_spans": {"de": "Die Markierungen sind ungültig", "en": "The marks are not valid"},
    "ws_name": {"de": "Name", "en": "Name"},
    "ws_date": {"de": "Datum", "en": "Date"},
    "ws_task": {
        "de": "Lies den Artikel. Suche Textstellen der fünf Arten unten und trage sie in die Tabelle ein: Satznummer, Textstelle, Art und eine kurze Begründung.",
        "en": "Read the article. Find passages of the five kinds below and enter them in the table: sentence number, passage, kind and a short reason.",
    },
    "ws_passage": {"de": "Textstelle", "en": "Passage"},
    "ws_kind": {"de": "Art", "en": "Kind"},
    "ws_reason": {"de": "Begründung", "en": "Reason"},
    "ws_no": {"de": "Nr.", "en": "No."},
    "key_intro": {
        "de": "Was quellcheck markiert, nach Art geordnet. Die Lösung ist ein Vorschlag, kein Urteil: begründete Abweichungen sind Gesprächsstoff.",
        "en": "What quellcheck marks, by kind. The key is a suggestion, not a verdict: well-argued differences are worth discussing.",
    },
    "key_none": {"de": "Keine Stellen dieser Art.", "en": "No passages of this kind."},
    "explanation": {"de": "Erklärung", "en": "Explanation"},
    "source_none": {"de": "keine Quelle genannt", "en": "no source named"},
    # errors
    "error": {"de": "Fehler", "en": "Error"},
    "back": {"de": "Zurück", "en": "Back"},
    "err_too_large": {
        "de": "Die Anfrage ist zu groß: höchstens {limit} sind erlaubt. Bitte einen kürzeren Text verwenden.",
        "en": "The request is too large: at most {limit} are allowed. Please use a shorter text.",
    },
    "err_no_text": {"de": "Bitte einen Text einfügen oder eine Datei wählen.", "en": "Please paste a text or choose a file."},
    "err_both": {
        "de": "Bitte entweder Text einfügen oder eine Datei wählen, nicht beides.",
        "en": "Please either paste a text or choose a file, not both.",
    },
    "err_file_type": {
        "de": "Dateien dieser Art werden nicht gelesen; erlaubt sind .txt, .md, .html und .docx.",
        "en": "Files of this kind are not read; allowed are .txt, .md, .html and .docx.",
    },
    "err_input": {"de": "Der Text konnte nicht analysiert werden", "en": "The text could not be analysed"},
    "err_choose_lang": {
        "de": "Wenn die Erkennung irrt, die Sprache des Artikels im Menü wählen.",
        "en": "If the detection is wrong, choose the article's language in the menu.",
    },
    "err_not_found": {"de": "Diese Seite gibt es nicht.", "en": "There is no such page."},
    "err_method": {
        "de": "Diese Seite lässt sich so nicht aufrufen. Bitte von der Startseite aus beginnen.",
        "en": "This page cannot be opened this way. Please start from the front page.",
    },
    "err_bad_request": {"de": "Die Anfrage ist unvollständig oder ungültig", "en": "The request is incomplete or invalid"},
    "err_internal": {
        "de": "Ein interner Fehler ist aufgetreten. Der Text wurde nicht gespeichert; bitte erneut versuchen oder den Fehler melden.",
        "en": "An internal error occurred. The text was not stored; please try again or report the problem.",
    },
    "err_too_long": {
        "de": "Der Text ist zu lang: {n} Zeichen; höchstens {limit} werden auf einmal analysiert. Bitte den Text teilen.",
        "en": "The text is too long: {n} characters; at most {limit} are analysed at once. Please split the text.",
    },
    "err_busy": {
        "de": "Der Server ist gerade ausgelastet. Bitte in einigen Sekunden erneut versuchen.",
        "en": "The server is busy right now. Please try again in a few seconds.",
    },
    "err_worker": {
        "de": "Die Analyse wurde unerwartet abgebrochen (vielleicht zu wenig Arbeitsspeicher). Bitte erneut versuchen oder einen kürzeren Text verwenden.",
        "en": "The analysis stopped unexpectedly (perhaps out of memory). Please try again or use a shorter text.",
    },
    # a language without scorers: said plainly, never shown as an article without findings
    "unscored": {
        "de": "quellcheck hat noch keine Auswertung für {lang} (verfügbar: {available}) – es wurde nichts geprüft.",
        "en": "quellcheck has no scorers for {lang} yet (available: {available}) — nothing was checked.",
    },
    "unscored_detected": {
        "de": "Die Sprache wurde automatisch erkannt; falls das nicht stimmt, unten die Sprache des Artikels wählen.",
        "en": "The language was detected automatically; if that is wrong, choose the article language below.",
    },
    "err_stale": {
        "de": "Der Text hat sich seit dem Laden der Übung geändert; bitte die Übung neu starten.",
        "en": "The text changed since the exercise was loaded; please start the exercise again.",
    },
}


# Names of the article languages (schemas.SUPPORTED_LANGS) in each UI language.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "de": {"de": "Deutsch", "en": "German"},
    "en": {"de": "Englisch", "en": "English"},
    "es": {"de": "Spanisch", "en": "Spanish"},
}


add_spanish(WEB_LABELS, LANGUAGE_NAMES)  # Spanish texts: scoring/web/i18n_es.py


def language_name(code: str, ui: str) -> str:
    """The name of the article language ``code`` in the UI language ``ui`` (the code itself if unnamed)."""
    return LANGUAGE_NAMES.get(code, {}).get(ui, code)


def tw(key: str, lang: str) -> str:
    """The web label ``key`` in ``lang`` (``de``, ``en`` or ``es``); labels the reports share come from :mod:`reports.i18n`."""
    return WEB_LABELS[key][lang] if key in WEB_LABELS else LABELS[key][lang]


def negotiate_ui_lang(requested: str | None, default: str | None, accept_language: str | None) -> str:
    """The UI language: ``?lang=``, else the server default, else the browser's first supported choice, else German.

    An unsupported ``requested`` value is ignored rather than refused: a stale
    bookmark should still open the page.
    """
    if requested in UI_LANGS:
        return requested
    if default in UI_LANGS:
        return default
    best, best_q = None, 0.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        base = tag.strip().lower().split("-")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if base in UI_LANGS and q > best_q:
            best, best_q = base, q
    return best or "de"
