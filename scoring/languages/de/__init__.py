"""German: the language quellcheck was built for.

Lexicons in ``lexicons/``; rules in :mod:`.morphology` (inflection of lexicon
entries), :mod:`.modals` (reportative "sollen", epistemic "müsste"/"mag",
booster readings, Konjunktiv I) and :mod:`.grammar` (clause structure for
finding the speaker and message of a reporting verb without a parser).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from scoring.languages.base import Language
from scoring.languages.grammar import NAME_PARTICLES
from scoring.model.doc import Token
from scoring.languages.de import modals
from scoring.languages.de.morphology import adjective_forms, noun_forms, verb_forms

if TYPE_CHECKING:
    from scoring.model.doc import Doc
    from scoring.model.records import CueHit
    from scoring.languages.de.grammar import GermanGrammar


# What a pronoun can refer to, and what an article says about the noun phrase it opens (nominative
# first; a name without an article fits either pronoun).
_PRONOUN_GENDERS = {
    "er": frozenset(("m",)), "ihm": frozenset(("m", "n")), "ihn": frozenset(("m",)),
    "sie": frozenset(("f", "pl")), "ihr": frozenset(("f",)), "ihnen": frozenset(("pl",)), "es": frozenset(("n",)),
    # possessives that stand for a source ("seiner Ansicht nach", "ihren Angaben nach")
    "seiner": frozenset(("m", "n")), "seinen": frozenset(("m", "n")), "dessen": frozenset(("m", "n")),
    "ihrer": frozenset(("f", "pl")), "ihren": frozenset(("f", "pl")), "deren": frozenset(("f", "pl")),
    # demonstratives standing for a noun ("sagte dieser", "diese befürchtet")
    "dieser": frozenset(("m",)), "diese": frozenset(("f", "pl")), "dieses": frozenset(("n",)),
    "jener": frozenset(("m",)), "jene": frozenset(("f", "pl")), "jenes": frozenset(("n",)),
}  # fmt: skip
_ARTICLE_GENDERS = {
    "der": frozenset(("m",)), "ein": frozenset(("m", "n")), "die": frozenset(("f", "pl")), "eine": frozenset(("f",)),
    "das": frozenset(("n",)), "den": frozenset(("m", "pl")), "dem": frozenset(("m", "n")),
}  # fmt: skip


class German(Language):
    code = "de"
    name = "German"
    scored = True
    nouns_capitalised = True
    person_noun_endings = ("er", "erin", "in", "ist", "eur", "ent", "ant", "oge", "ator", "or")
    role_noun_endings = ("ege", "euge", "ete", "et", "at")  # der Amtskollege, der Zeuge, der Triathlet, der Kandidat
    quotes_inside_reports_own = True
    hearsay_continues_reports = True
    readability_formulas = ("Flesch–Amstad", "Wiener Sachtextformel 1")

    # Hyland (2005): self-mention and reader address mark the writer's own stance; in a news report
    # outside quotations they signal commentary. Formal "Sie/Ihnen" counts only mid-sentence and
    # capitalised (lower-case "sie" is "she/they").
    self_mention = frozenset(("ich", "mir", "mich", "mein", "meine", "meiner", "meinem", "meinen", "meines",
                              "wir", "uns", "unser", "unsere", "unserer", "unserem", "unseren", "unseres"))  # fmt: skip
    first_person_subjects = frozenset(("ich", "wir"))
    reader_address = frozenset(("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure"))
    reader_address_formal = frozenset(("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"))
    so_called = ("sogenannt", "so genannt", "so-genannt")
    demonstrative_determiners = frozenset(("diese", "dieser", "diesen", "diesem", "dieses", "jene", "jener", "jenen", "jenem", "jenes"))
    media_report_nouns = frozenset(("bericht",))
    spokesperson_nouns = frozenset(('sprecher', 'sprecherin', 'pressesprecher', 'pressesprecherin'))
    count_words = frozenset(('zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'einige', 'mehrere'))
    poll_nouns = frozenset(("umfrage", "befragung", "erhebung"))
    team_leaders = (("um",),)
    respondents_name = "Befragte"
    title_nouns = frozenset(
        ("zeitung", "zeitschrift", "magazin", "blatt", "sender", "sendung", "buch", "film", "serie", "titel",
         "roman", "kolumne", "studie", "bericht", "programm", "kampagne", "slogan", "motto", "podcast",
         "portal", "plattform", "initiative", "aktion", "projekt", "song", "lied", "album", "app", "überschrift",
         "schlagzeile", "stichwort", "hashtag", "rubrik", "kapitel", "gedicht", "stück", "oper", "ausstellung",
         "festival", "reihe", "show", "dokumentation", "doku", "video", "website", "webseite", "broschüre",
         "ratgeber", "leitfaden", "dokument", "papier", "gesetz", "verordnung", "paket", "operation", "mission",
         "musical", "auszeichnung", "preis", "name", "namen", "liste", "partei",
         # an organisation named in quotation marks: "die Initiative „…“", "der Verein „…“"
         "organisation", "verein", "bündnis", "bewegung", "netzwerk", "stiftung",
         # a word mentioned, not used: "das Wort „X“", "der Begriff „X“", "die Endsilbe „-na“"
         "wort", "begriff", "ausdruck", "bezeichnung", "formulierung", "wendung", "redewendung", "endung", "silbe",
         "endsilbe", "vorsilbe")
    )  # fmt: skip
    knowledge_verbs = frozenset(("wissen", "kennen", "verstehen", "erkennen", "erinnern", "erfahren", "lernen", "sehen", "merken"))
    quantity_questions = frozenset(("wie",))
    question_particles = frozenset(("denn", "überhaupt", "bloß"))  # "Wozu braucht es denn …?", "Wer prüft das überhaupt?"
    phatic_openers = frozenset((
        "danke", "dankeschön", "vielen dank", "herzlichen dank", "herzlichen glückwunsch", "herzliche glückwünsche",
        "frohe", "frohes", "fröhliche", "schöne", "schönes", "gute reise", "alles gute", "willkommen", "herzlich willkommen",
        "guten morgen", "guten tag", "guten abend", "gute nacht", "hallo", "tschüss", "servus", "grüß gott", "gratulation",
        "glückwunsch", "prost", "gesundheit", "viel glück", "viel erfolg",
    ))  # fmt: skip
    interview_letters = ("f", "a")  # "F: … A: …": Frage und Antwort
    section_labels = frozenset((
        "hintergrund", "hintergründe", "fazit", "ergebnis", "ergebnisse", "unterschiede", "update", "info", "infos",
        "quelle", "quellen", "tipp", "tipps", "hinweis", "hinweise", "achtung", "stand", "termine", "details", "zahlen",
        "fakten", "chronologie", "chronik", "kommentar", "analyse", "beispiel", "beispiele", "ausblick", "rückblick",
        "vorgeschichte", "kontext", "programm", "preise", "eintritt", "ort", "datum", "kosten", "ablauf", "aufgeschlüsselt",
        "zusammengefasst", "zum vergleich", "wichtig", "neu", "korrektur", "nachtrag", "ergänzung",
        # the genre or form a heading announces ("Live: Hochwasser in Tirol", "Meinung: …")
        "live", "liveticker", "liveblog", "newsblog", "ticker", "eilmeldung", "exklusiv", "meinung", "gastbeitrag", "leitartikel",
        "glosse", "reportage", "porträt", "video", "videos", "podcast", "bildergalerie", "fotostrecke", "grafik", "überblick",
        "erklärt", "faktencheck",
        # Mitarbeit und Kontakt am Ende eines Artikels ("Mitarbeit: Anna Berg", "Twitter: @berg", "Foto: APA")
        "mitarbeit", "twitter", "kontakt", "e-mail", "foto", "fotos", "bild", "bilder",
        # a sentence adverb or a word that sums up before what follows ("Kurzum: …", "Konkret: …", "Ziel: …")
        "kurzum", "kurz gesagt", "genau", "konkret", "sprich", "soll heißen", "ziel", "motto",
    ))  # fmt: skip
    section_label_endings = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "nisse", "schaften", "täten", "ionen", "ismus")
    legislature_words = frozenset(("bundestag", "bundestags", "landtag", "landtags", "parlament", "parlaments", "nationalrat", "nationalrats", "senat", "senats"))
    weekdays = frozenset(("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"))
    year_words = frozenset(("seit", "im", "jahr", "jahres", "jahre", "bis", "ab", "anfang", "ende", "mitte", "frühjahr", "sommer", "herbst", "winter", "jahrgang", "saison"))
    measurement_units = frozenset((
        "mah", "ghz", "mhz", "gb", "mb", "tb", "mbit", "gbit", "kbit", "megapixel", "zoll",  # the specifications of a device
        "sekunde", "sekunden", "zehntel", "hundertstel", "tausendstel",  # a timing: "0,606 Sekunden langsamer"
        "m", "meter", "metern", "metres", "zentimeter", "zentimetern", "millimeter", "millimetern", "höhenmeter",
        "höhenmetern", "grad", "°", "km/h", "stundenkilometer", "stundenkilometern", "knoten", "fuß",
    ))  # fmt: skip
    distance_units = frozenset(("kilometer", "kilometern", "km", "meilen"))
    distance_locators = frozenset(("vor", "hinter", "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich",
                                   "südöstlich", "südwestlich", "entfernt", "außerhalb", "landeinwärts", "vom", "von"))  # fmt: skip
    descriptive_amount_words = frozenset(("dotiert", "dotierte", "dotierten", "dotiertes", "dotierter", "preisgeld", "preisgeldes"))
    # "Für die absolute Mehrheit sind 92 Sitze nötig", "Zum Sieg braucht ein Kandidat 270 Wahlleute"
    threshold_pattern = (
        r"\b(?:zum sieg|zur wahl|für (?:die|eine) (?:absolute |einfache |nötige |notwendige )?mehrheit|um [^.;]{0,40}?zu gewinnen)\b"
        r"[^.;]{0,60}?\b(?:nötig|notwendig|erforderlich|braucht|brauchen|benötigt|benötigen|reichen|reicht)\b"
        r"|\b(?:nötig|notwendig|erforderlich|braucht|brauchen|benötigt|benötigen)\b[^.;]{0,60}?"
        r"\b(?:zum sieg|zur wahl|für (?:die|eine) (?:absolute |einfache )?mehrheit|zu gewinnen)\b"
        # a threshold a rule sets: "eine Hürde von fünf Prozent", "Gemeinden über 10.000 Einwohner", "Betriebe ab 50 Mitarbeitern"
        r"|\b(?:hürde|schwelle|grenze|grenzwert|obergrenze|untergrenze) von (?:rund |etwa )?\d"
        r"|\b(?:gemeinden|städte|kommunen|orte|unternehmen|betriebe|firmen) (?:mit )?(?:über|unter|ab|bis zu|mehr als|weniger als) \d[\d.,]* "
        r"(?:einwohner|einwohnern|mitarbeiter|mitarbeitern|beschäftigte|beschäftigten)\b"
    )
    price_words = frozenset((
        "preis", "preise", "uvp", "listenpreis", "verkaufspreis", "einstiegspreis",
        "aufpreis", "strafe", "strafen", "geldstrafe", "geldstrafen", "bußgeld", "bußgelder", "verwaltungsstrafe",
        "gebühr", "gebühren", "eintritt", "ticket", "tickets", "kostenpunkt", "strafte", "bestraft", "bestrafte", "gestraft",
        "kilowattstunde", "kwh",  # a price per unit: "kostet eine Kilowattstunde 3,17 Cent"
    ))  # fmt: skip
    cost_words = frozenset(("kostet", "kosten", "kostete", "kosteten", "zahlen", "bezahlen", "zahlt", "bezahlt", "hinblättern",
                            "verrechnet", "verrechnen", "erhältlich"))  # fmt: skip
    amount_scale_words = frozenset(("millionen", "million", "mio", "milliarden", "milliarde", "mrd", "billionen"))
    price_prepositions = frozenset(("für", "ab"))
    topic_prepositions = frozenset(("zum", "zur", "zu", "über"))
    indefinite_articles = frozenset(("ein", "eine", "einen", "einem", "einer", "eines"))
    approximators = frozenset(("rund", "etwa", "ca", "circa", "knapp", "gut", "fast", "nahezu", "ungefähr", "zumindest", "mindestens"))
    figure_words = (
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig",
        "hundert", "tausend", "Hunderte", "Tausende", "Dutzende", "Million", "Millionen", "Milliarde", "Milliarden",
        "Prozent", "Hälfte", "Drittel", "Viertel",
    )  # fmt: skip
    rule_suggestions = {
        "exclamation": "Ausrufezeichen streichen",
        "capitals": "in normaler Schreibung schreiben",
        "rhetorical_question": "die Aussage direkt formulieren oder belegen",
        "self_mention": "in einer Nachricht die erste Person vermeiden oder als Kommentar kennzeichnen",
        "reader_address": "die Leserschaft nicht direkt ansprechen",
        "author_opinion": "als Meinung kennzeichnen oder eine Quelle nennen",
        "prescriptive": "sagen, wer das fordert, oder den Text als Kommentar kennzeichnen",
        "scare_quote": "Anführungszeichen weglassen oder sagen, wer den Ausdruck verwendet",
        "so_called": "sagen, wer den Ausdruck verwendet",
        "foreign": "übersetzen oder streichen",
    }
    rule_ids = {"so_called": "sogenannt"}

    # source phrases (scoring.analysis.sources)
    definite_articles: ClassVar[frozenset[str]] = frozenset(("der", "die", "das", "dem", "den", "des"))
    definite_contractions: ClassVar[frozenset[str]] = frozenset(("im", "am", "vom", "beim", "zum", "zur", "ins", "ans"))
    adjective_endings: ClassVar[tuple[str, ...]] = ("e", "en", "er", "es", "em")
    age_measure_nouns = frozenset(("jahre", "monate", "wochen", "tage"))  # "der 54 Jahre alte Lehrer"
    place_adjective_endings: ClassVar[tuple[str, ...]] = ("er",)  # "der Wiener Berater", "die Schweizer Bank"
    generic_pronouns: ClassVar[frozenset[str]] = frozenset(("man", "wer", "jeder", "jede", "jedermann"))
    nobody_words: ClassVar[frozenset[str]] = frozenset(("niemand", "keiner"))
    group_pronouns: ClassVar[frozenset[str]] = frozenset(("viele", "manche", "einige", "mehrere", "andere", "wenige"))
    author_name: ClassVar[str] = "author (ich/wir)"
    list_markers: ClassVar[frozenset[str]] = frozenset(("wie",))
    coordinators: ClassVar[frozenset[str]] = frozenset(("und", "sowie"))
    list_links: ClassVar[frozenset[str]] = frozenset(("und", "oder", "bis", "sowie"))
    owner_prepositions: ClassVar[frozenset[str]] = frozenset(("von", "vom"))
    agent_prepositions: ClassVar[frozenset[str]] = frozenset(("von",))
    genitive_articles: ClassVar[frozenset[str]] = frozenset(("des", "der", "eines", "einer"))
    insider_prepositions: ClassVar[frozenset[str]] = frozenset(("aus",))
    # a source kept unnamed: "der anonym bleiben wollte", "unter der Bedingung der Anonymität", "der nicht namentlich
    # genannt werden wollte", "der seinen Namen nicht nennen wollte", "die nicht befugt ist, öffentlich zu sprechen"
    former_words = frozenset(("ehemalig", "ehemalige", "ehemaliger", "ehemaligen", "ehemaligem", "ehemaliges", "frühere", "früherer",
                              "früheren", "früherem", "früheres", "einstige", "einstiger", "einstigen", "einstigem"))  # fmt: skip
    former_prefixes = ("ex-", "alt-")
    anonymity_words = frozenset(("anonym", "anonymität"))
    anonymity_adjectives = frozenset(("anonyme", "anonymer", "anonymen", "ungenannt", "ungenannte", "ungenannter"))
    unnamed_words = frozenset(("genannt", "nennen", "namentlich", "namen", "name", "identifiziert", "zitiert", "befugt", "autorisiert"))
    name_negators = frozenset(("nicht", "kein", "keine", "keinen", "ohne"))
    member_prepositions: ClassVar[frozenset[str]] = frozenset(("von", "vom"))
    affiliation_prepositions: ClassVar[frozenset[str]] = frozenset(("an", "am", "von", "vom"))
    name_inner_words: ClassVar[frozenset[str]] = frozenset(("für", "of"))  # ("University of Michigan" in German text)
    # German particles and those of names from other languages in German news ("Alexander Van der Bellen",
    # "Thomas de Maizière", "Louis van Gaal")
    name_particles = NAME_PARTICLES | frozenset(("von", "zu", "der", "den"))
    closed_compounds: ClassVar[bool] = True
    particle_conjunctions: ClassVar[frozenset[str]] = frozenset(("und", "oder", "aber"))

    def pronoun_genders(self, low: str) -> frozenset[str]:
        return _PRONOUN_GENDERS.get(low, frozenset())

    def is_person_noun(self, low: str) -> bool:
        from scoring.languages.de.grammar import person_noun

        return person_noun(low)

    def is_plural_person_noun(self, low: str) -> bool:
        from scoring.languages.de.grammar import plural_person_noun

        return plural_person_noun(low)

    def mention_genders(self, tokens: Sequence[Token]) -> frozenset[str]:
        words = [t for t in tokens if t.text[:1].isalnum()]
        if not words:
            return frozenset()
        feminine, plural = self._role_forms
        for tok in words:
            if tok.low in ("herr", "frau"):
                return frozenset(("m",)) if tok.low == "herr" else frozenset(("f",))
            last = tok.low.rsplit("-", 1)[-1]  # "die SPD-Politikerin": the noun after the hyphen
            if tok.low in feminine or last in feminine:
                return frozenset(("f",))  # "die Sprecherin", "Ministerin Anna Berger"
            if tok.low in plural or last in plural:
                return frozenset(("pl",))
        return _ARTICLE_GENDERS.get(words[0].low, frozenset())

    @cached_property
    def _role_forms(self) -> tuple[frozenset[str], frozenset[str]]:
        """Feminine singular and plural forms of the role nouns in ``source_heads`` ("Ministerin", "Ministerinnen")."""
        feminine, plural = set(), set()
        for row in self.lexicon("source_heads").records():
            for form in row["forms"].split("|"):
                low = form.lower()
                if low.endswith("innen"):
                    plural.add(low)
                elif low.endswith("in") and low != row["head"].lower():
                    feminine.add(low)
        return frozenset(feminine), frozenset(plural)

    def forms_of(self, lemma: str, pos: str, extra: Sequence[str] = ()) -> set[str]:
        extra = tuple(extra)
        if pos == "adj":
            return adjective_forms(lemma, extra)
        if pos == "noun":
            return noun_forms(lemma, extra)
        return {lemma.lower(), *extra}

    def verb_forms(self, row: dict[str, str]) -> dict[str, str]:
        return verb_forms(row["lemma"], row["particle"], row["present_3sg"], row["past_3sg"], row["participle"])

    def modal_cues(self, doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
        found = modals.modal_cues(doc, tokens)
        if doc.mentions_any(tokens, modals.PRESCRIPTIVE_FORMS):
            found += modals.prescriptive_cues(tokens, self)
        found += modals.imperative_cues(tokens, self)
        return found

    def is_reportative(self, hit: CueHit) -> bool:
        return hit.entry is modals.REPORTATIVE

    def booster_excluded(self, hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
        return modals.booster_excluded(hit, tokens, k)

    def in_report(self, tokens: Sequence[Token], k: int) -> bool:
        """As :meth:`Language.in_report`; a finite form of a separable verb counts only with its particle before
        ``tokens[k]`` ("wies darauf hin, dass …"): without it the form is mostly another verb ("hat" without "vor")."""
        lex = self.grammar.lex
        before = tokens[:k]
        lows = {t.low for t in before}
        return any(
            t.low in lex.nouns or any(role != "finite_sep" or entry.particle in lows for entry, role in lex.verbs.get(t.low, ()))
            for t in before
        )  # fmt: skip

    def reported_speech(self, doc: Doc, tokens: Sequence[Token]) -> list[Token]:
        return modals.konjunktiv1_tokens(tokens)

    def reported_speech_substitutes(self, doc: Doc, tokens: Sequence[Token]) -> list[Token]:
        return modals.konjunktiv2_substitutes(tokens)

    def report_modals(self, doc: Doc, tokens: Sequence[Token]) -> list[Token]:
        return modals.sollen_tokens(tokens)

    @cached_property
    def grammar(self) -> GermanGrammar:  # type: ignore[override]
        from scoring.languages.de.grammar import GermanGrammar

        return GermanGrammar(self)

    def readability(self, text: str) -> tuple[float, float] | None:
        from scoring.languages import readability

        counts = readability.text_counts(text, "de")
        return readability.flesch_reading_ease(counts, "de"), readability.wiener_sachtextformel(counts)
