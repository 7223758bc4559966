"""Every label of the reports in German and English.

The UI language defaults to German for German articles and English otherwise;
explanations of cues come from the tables (``explanation`` / ``explanation_de``),
reasons from ``profile_reasons`` (``en`` / ``de``).
"""

from __future__ import annotations

from reports.i18n_es import add_spanish

UI_LANGS = ("de", "en", "es")

LABELS: dict[str, dict[str, str]] = {
    "report_title": {"de": "Quellenprofil", "en": "Source profile"},
    "corpus_title": {"de": "Korpusbericht", "en": "Corpus report"},
    "scope_note": {
        "de": "Dieser Bericht beschreibt Quellenlage und Sprache eines Textes. Er ist kein Urteil darüber, ob der Inhalt wahr ist.",
        "en": "This report profiles the sourcing and language of a text. It is not a verdict on whether the content is true.",
    },
    "article": {"de": "Artikel", "en": "Article"},
    "text": {"de": "Text mit Markierungen", "en": "Annotated text"},
    "legend": {"de": "Legende", "en": "Legend"},
    "profile": {"de": "Profil", "en": "Profile"},
    "reliability": {"de": "Gesamtwert", "en": "Overall"},
    "attribution_strength": {"de": "Quellenangaben", "en": "Attribution"},
    "source_diversity": {"de": "Quellenvielfalt", "en": "Source diversity"},
    "loaded_wording": {"de": "Sprache", "en": "Language"},
    "hedging": {"de": "Absicherung", "en": "Hedging"},
    "not_measured": {"de": "nicht gemessen", "en": "not measured"},
    "reasons": {"de": "Was die Werte senkt", "en": "What lowers the scores"},
    "no_reasons": {"de": "Nichts Auffälliges.", "en": "Nothing stands out."},
    "sources": {"de": "Quellen", "en": "Sources"},
    "no_sources": {"de": "Keine Quellen gefunden.", "en": "No sources found."},
    "source_name": {"de": "Quelle", "en": "Source"},
    "source_kind": {"de": "Art", "en": "Kind"},
    "country": {"de": "Land", "en": "Country"},
    "named": {"de": "namentlich", "en": "named"},
    "mentions": {"de": "Nennungen", "en": "Mentions"},
    "via": {"de": "über", "en": "via"},
    "strength": {"de": "Stärke", "en": "Strength"},
    "yes": {"de": "ja", "en": "yes"},
    "no": {"de": "nein", "en": "no"},
    "strip": {"de": "Satzleiste", "en": "Sentence strip"},
    "strip_help": {
        "de": "Ein Feld je Satz, in Textreihenfolge; ein Klick springt zum Satz.",
        "en": "One mark per sentence, in text order; click to jump to the sentence.",
    },
    "readability": {"de": "Lesbarkeit", "en": "Readability"},
    "reading_ease": {"de": "Lesbarkeitsindex", "en": "Reading ease"},
    "grade": {"de": "Schulstufe", "en": "Grade"},
    "counts": {"de": "Umfang", "en": "Size"},
    "sentences": {"de": "Sätze", "en": "sentences"},
    "words": {"de": "Wörter", "en": "words"},
    "claims": {"de": "Aussagen", "en": "claims"},
    "footer": {"de": "Reproduzierbarkeit", "en": "Reproducibility"},
    "tool": {"de": "Werkzeug", "en": "Tool"},
    "lexicons": {"de": "Lexika und Quellenregister", "en": "Lexicons and source registry"},
    "config": {"de": "Konfiguration", "en": "Configuration"},
    "input_hash": {"de": "Prüfsumme der Eingabe", "en": "Input checksum"},
    "generated": {"de": "Erstellt", "en": "Generated"},
    # categories
    "cat_hedge": {"de": "Absicherung", "en": "Hedge"},
    "cat_booster": {"de": "Verstärkung ohne Beleg", "en": "Unsupported certainty"},
    "cat_loaded": {"de": "Wertende Sprache", "en": "Loaded wording"},
    "cat_scare_quote": {"de": "Distanzierende Anführungszeichen", "en": "Scare quotes"},
    "cat_foreign": {"de": "Fremdsprachiges Fragment", "en": "Foreign fragment"},
    "cat_attribution": {"de": "Zuschreibung (Hinweis auf Quelle)", "en": "Attribution cue"},
    "cat_source": {"de": "Quelle", "en": "Source"},
    "cat_unattributed": {"de": "Aussage ohne Quelle", "en": "Claim without a source"},
    "suggestion": {"de": "Vorschlag", "en": "Suggestion"},
    "voice_source": {"de": "(in der Stimme einer Quelle)", "en": "(in a source's voice)"},
    "voice_quoted": {"de": "(in Anführungszeichen)", "en": "(in quotation marks)"},
    "form": {"de": "Form", "en": "Form"},
    "go_to_source": {"de": "zur Quelle", "en": "go to source"},
    # sentence strip
    "strip_attributed": {"de": "Aussage mit Quelle", "en": "Attributed claim"},
    "strip_unattributed": {"de": "Aussage ohne Quelle", "en": "Unattributed claim"},
    "strip_hedged": {"de": "abgesichert", "en": "Hedged"},
    "strip_loaded": {"de": "wertend", "en": "Loaded"},
    "strip_other": {"de": "Überschrift, Frage, Bildtext, Seitenelement", "en": "Heading, question, caption, page furniture"},
    # corpus
    "articles": {"de": "Artikel", "en": "Articles"},
    "group": {"de": "Gruppe", "en": "Group"},
    "by_group": {"de": "Verteilung nach", "en": "Distribution by"},
    "scatter": {"de": "Wertende Sprache und Quellenangaben", "en": "Loaded wording and attribution"},
    "top_sources": {"de": "Häufigste Quellen", "en": "Most frequent sources"},
    "top_kinds": {"de": "Häufigste Quellenarten", "en": "Most frequent kinds of source"},
    "top_loaded": {"de": "Häufigste wertende Begriffe", "en": "Most frequent loaded terms"},
    "article_table": {"de": "Artikel", "en": "Articles"},
    "page": {"de": "Seite", "en": "Page"},
    "of": {"de": "von", "en": "of"},
    "shown": {"de": "angezeigt", "en": "shown"},
    "median": {"de": "Median", "en": "Median"},
    "title": {"de": "Titel", "en": "Title"},
    "outlet": {"de": "Medium", "en": "Outlet"},
    "count": {"de": "Anzahl", "en": "Count"},
    "term": {"de": "Begriff", "en": "Term"},
    "sort_hint": {"de": "Spaltenköpfe sortieren die Tabelle.", "en": "Click a column heading to sort."},
    "none": {"de": "—", "en": "—"},
}

KIND_LABELS: dict[str, dict[str, str]] = {
    "government": {"de": "Regierung/Behörde", "en": "Government"},
    "politician": {"de": "Politiker/in", "en": "Politician"},
    "parliament": {"de": "Parlament", "en": "Parliament"},
    "party": {"de": "Partei", "en": "Party"},
    "state_media": {"de": "Staatsmedium", "en": "State media"},
    "independent_media": {"de": "Unabhängiges Medium", "en": "Independent media"},
    "news_agency": {"de": "Nachrichtenagentur", "en": "News agency"},
    "intelligence": {"de": "Geheimdienst", "en": "Intelligence"},
    "military": {"de": "Militär", "en": "Military"},
    "police": {"de": "Polizei", "en": "Police"},
    "judiciary": {"de": "Justiz", "en": "Judiciary"},
    "international_org": {"de": "Internationale Organisation", "en": "International organisation"},
    "ngo": {"de": "NGO", "en": "NGO"},
    "company": {"de": "Unternehmen", "en": "Company"},
    "expert": {"de": "Fachleute", "en": "Expert"},
    "person": {"de": "Person", "en": "Person"},
    "official_document": {"de": "Amtliches Dokument", "en": "Official document"},
    "social_media": {"de": "Soziale Medien", "en": "Social media"},
    "anonymous": {"de": "Anonym", "en": "Anonymous"},
    "author": {"de": "Autor/in", "en": "Author"},
    "unknown": {"de": "Unbekannt", "en": "Unknown"},
}

FORM_LABELS: dict[str, dict[str, str]] = {
    "direct_quote": {"de": "direktes Zitat", "en": "direct quote"},
    "indirect": {"de": "indirekte Rede", "en": "indirect speech"},
    "according_to": {"de": "laut/zufolge", "en": "according to"},
    "reportative": {"de": "berichtendes „sollen“", "en": "reportative \u201csollen\u201d"},
    "agentless": {"de": "ohne Urheber", "en": "agentless"},
    "continuation": {"de": "Fortsetzung (Konjunktiv I)", "en": "continuation (Konjunktiv I)"},
    "declined": {"de": "keine Stellungnahme", "en": "declined to comment"},
}


add_spanish(LABELS, KIND_LABELS, FORM_LABELS)  # Spanish texts: reports/i18n_es.py


def ui_lang_for(article_lang: str, requested: str | None) -> str:
    """The UI language: the requested one, else German for German articles, Spanish for Spanish ones, else English."""
    if requested:
        if requested not in UI_LANGS:
            raise ValueError(f"UI language {requested!r} is not available; choose {', '.join(UI_LANGS)}")
        return requested
    return article_lang if article_lang in ("de", "es") else "en"


def t(key: str, lang: str) -> str:
    """The label ``key`` in ``lang``."""
    return LABELS[key][lang]
