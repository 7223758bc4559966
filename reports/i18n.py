"""Every label of the reports in German and English.

The UI language defaults to German for German articles and English otherwise;
explanations of cues come from the tables (``explanation`` / ``explanation_de``),
reasons from ``profile_reasons`` (``en`` / ``de``).
"""

from __future__ import annotations

from reports.i18n_es import add_spanish, add_spanish_help

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
    # the profile's components: every one 0–100, higher = better sourced or more neutral (see HELP)
    "reliability": {"de": "Gesamtwert", "en": "Overall"},
    "attribution_strength": {"de": "Stärke der Quellenangaben", "en": "Attribution strength"},
    "source_diversity": {"de": "Quellenvielfalt", "en": "Source diversity"},
    "loaded_wording": {"de": "Zurückhaltende Wortwahl", "en": "Restraint in wording"},
    "hedging": {"de": "Kein Hörensagen ohne Quelle", "en": "No unsourced hearsay"},
    "loaded_per_1000_words": {"de": "Wertende Wörter je 1.000 Wörter", "en": "Loaded words per 1,000 words"},
    "distinct_named_sources": {"de": "Namentliche Quellen", "en": "Named sources"},
    "scale": {"de": "Bedeutung", "en": "What it means"},
    "scale_note": {
        "de": "Alle Werte 0–100: höher = besser belegt oder neutraler formuliert.",
        "en": "Every score is 0–100: higher = better sourced or more neutral wording.",
    },
    "readability_missing": {
        "de": "Nicht berechnet: Korpusläufe berechnen die Lesbarkeit nur mit --readability oder --reports (sie kostet etwa 1,6 ms je Artikel).",
        "en": "Not computed: corpus runs compute readability only with --readability or --reports (it costs about 1.6 ms per article).",
    },
    "readability_unmeasured": {"de": "Kein Fließtext zu messen.", "en": "No body text to measure."},
    "not_measured": {"de": "nicht gemessen", "en": "not measured"},
    "reasons": {"de": "Was die Werte senkt", "en": "What lowers the scores"},
    "no_reasons": {"de": "Nichts Auffälliges.", "en": "Nothing stands out."},
    "sources": {"de": "Quellen", "en": "Sources"},
    "no_sources": {"de": "Keine Quellen gefunden.", "en": "No sources found."},
    "links": {"de": "Links im Text", "en": "Links in the text"},
    "links_note": {
        "de": "Wohin der Text seine Leser zum Nachprüfen schickt. Gezählt, nicht bewertet.",
        "en": "Where the text sends its readers to check. Counted, not scored.",
    },
    "link_text": {"de": "Linktext", "en": "Anchor text"},
    "link_site": {"de": "Website", "en": "Site"},
    "link_kind": {"de": "Ziel", "en": "Points to"},
    "link_sentence": {"de": "Satz", "en": "Sentence"},
    "link_document": {"de": "Dokument (Datei)", "en": "Document (file)"},
    "link_official": {"de": "Amtliche Stelle", "en": "Official body"},
    "link_research": {"de": "Forschung", "en": "Research"},
    "link_social_media": {"de": "Soziale Medien", "en": "Social media"},
    "link_archive": {"de": "Archivkopie", "en": "Archived copy"},
    "link_encyclopedia": {"de": "Enzyklopädie", "en": "Encyclopedia"},
    "link_same_site": {"de": "Eigene Website", "en": "Own site"},
    "link_other": {"de": "Andere Website", "en": "Other site"},
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
    "sort_hint": {
        "de": "Ein Klick auf einen Spaltenkopf sortiert (Werte zuerst absteigend, ein zweiter Klick kehrt um); Zeigen oder Fokus erklärt die Spalte.",
        "en": "Click a column heading to sort (scores highest first, click again to reverse); point at or focus a heading for what it means.",
    },
    "none": {"de": "—", "en": "—"},
}

HELP: dict[str, dict[str, str]] = {
    "reliability": {
        "de": "0–100, höher = besser belegt: gewichtetes Mittel der vier Werte. Kein Urteil über den Wahrheitsgehalt.",
        "en": "0–100, higher = better sourced: the weighted mean of the four components. Not a verdict on truth.",
    },
    "attribution_strength": {
        "de": "0–100: wie gut die belegten Aussagen belegt sind; 100 = jede stützt sich auf eine namentliche Quelle (zitiert oder wiedergegeben), weniger für andere Medien, Plattformen, vage oder anonyme Quellen; 0 = keine Aussage belegt.",
        "en": "0–100: how well the attributed claims are sourced; 100 = each rests on a named source (quoted or paraphrased), less for other outlets, platforms, vague or anonymous sources; 0 = no claim attributed.",
    },
    "source_diversity": {
        "de": "0–100: Zahl, Arten, Länder und Unabhängigkeit der namentlichen Quellen; 100 = vielfältig.",
        "en": "0–100: number, kinds, countries and independence of named sources; 100 = diverse.",
    },
    "loaded_wording": {
        "de": "0–100: 100 = keine wertenden Wörter im Text selbst; jedes gewichtete wertende Wort je 1.000 Wörter kostet 3 Punkte.",
        "en": "0–100: 100 = no loaded words in the writer's own voice; each weighted loaded word per 1,000 words costs 3 points.",
    },
    "hedging": {
        "de": "0–100: 100 = keine Aussage als Hörensagen („soll“, „angeblich“) oder als gewiss ohne Quelle; weniger = mehr solche Aussagen. Vorsichtige Formulierungen („könnte“) zählen nicht dagegen.",
        "en": "0–100: 100 = no claim passed on as hearsay (“reportedly”, “allegedly”) or stated as certain without a source; lower = more such claims. Caution (“may”) does not count against it.",
    },
    "loaded_per_1000_words": {
        "de": "Wertende Wörter und distanzierende Anführungszeichen im Text selbst je 1.000 Wörter Fließtext; 0 = keine, höher = mehr.",
        "en": "Loaded words and scare quotes in the writer's own voice per 1,000 body words; 0 = none, higher = more.",
    },
    "distinct_named_sources": {
        "de": "Zahl der verschiedenen namentlich genannten Quellen im Artikel.",
        "en": "Number of distinct named sources the article cites.",
    },
    "article_title": {
        "de": "Titel des Artikels (oder seine ersten Wörter), verlinkt mit seinem Bericht, wenn es einen gibt; darunter die ID.",
        "en": "The article's title (or first words), linked to its report when there is one; its id below.",
    },
    "group": {"de": "Die Gruppe, nach der der Bericht gliedert.", "en": "The group the report is divided by."},
}
"""A one-line explanation of each score and column: direction and unit (report column headers,
shown on hover and keyboard focus, and the profile's legend)."""
add_spanish_help(HELP)  # Spanish texts: reports/i18n_es.py

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
    "impersonal": {"de": "unpersönlich („man“)", "en": "Impersonal (“one”)"},
    "unresolved": {"de": "Pronomen ohne Bezug", "en": "Unresolved pronoun"},
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


def help_text(key: str, lang: str) -> str:
    """The one-line explanation of the score or column ``key`` in ``lang`` (see :data:`HELP`)."""
    return HELP[key][lang]
