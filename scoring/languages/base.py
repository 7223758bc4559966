"""The interface every language pack provides, with defaults for a language without rules of its own.

The engines (cue matching, attribution, source resolution, voice, claims,
profile) hold no word of any language: they ask the article's
:class:`Language` — for its lexicons (files in ``<pack>/lexicons/``), its word
classes, the forms a lemma takes, which modal readings hedge, which verb forms
mark reported speech (German Konjunktiv I), and its attribution grammar
(how to find the speaker of a reporting verb).

A pack is a subclass in ``scoring/languages/<code>/__init__.py`` that overrides
what its language needs; what it leaves alone falls back to the defaults here,
which assume nothing beyond whitespace-separated words and the pack's
lexicons (so a new pack with only lexicons already runs the whole pipeline,
with the generic grammar of :mod:`scoring.languages.grammar`).

:data:`READING_LEXICONS` are needed to read a language at all (sentence
segmentation, line joining, boilerplate); a pack that also scores
(``scored = True``) provides :data:`SCORING_LEXICONS`. A test checks every
registered pack against both lists and against this interface.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from scoring.languages.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:
    from scoring.model.records import CueEntry, CueHit
    from scoring.model.doc import Doc, Token
    from scoring.languages.grammar import Grammar

_DIGIT = re.compile(r"\d")

READING_LEXICONS = ("abbreviations", "boilerplate", "continuation_words", "months", "sentence_starters")
SCORING_LEXICONS = (
    "hedges", "boosters", "loaded", "evaluative", "cue_explanations", "reporting_verbs", "reporting_nouns",
    "reporting_phrases", "function_words", "stance_predicates", "source_heads", "countries", "foreign_markers",
    "statistic_units",
)  # fmt: skip

# Rule cues (found by rules, not lexicon lookups) every pack names with a suggestion in its language.
RULE_CUES: dict[str, tuple[str, str, float]] = {
    # rule id: (category, subtype, weight)
    "exclamation": ("booster", "exclamation", 0.5),
    "capitals": ("booster", "capitals", 0.5),
    "rhetorical_question": ("loaded", "rhetorical_question", 0.3),
    "self_mention": ("loaded", "self_mention", 0.3),
    "reader_address": ("loaded", "reader_address", 0.3),
    "author_opinion": ("loaded", "author_opinion", 0.6),
    "prescriptive": ("loaded", "prescriptive", 0.5),
    "scare_quote": ("scare_quote", "distance", 0.8),
    "so_called": ("scare_quote", "so_called", 0.8),
}


class Language:
    """A language pack. Subclasses set ``code``, ``name`` and override the hooks they need."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    scored: ClassVar[bool] = False
    """Whether the pack has scorers (cues, attributions, profile); otherwise text is only read."""
    lexicon_dir: ClassVar[Path | None] = None
    """Where the pack's lexicons are, for packs outside ``scoring/languages/`` (None: the bundled folder)."""
    nouns_capitalised: ClassVar[bool] = False
    """German writes nouns with a capital: a lower-case form of a noun entry is another word."""
    collective_demonym_endings: ClassVar[tuple[str, ...]] = ()
    """Endings of words for a country's people that, after the definite article, mean the whole people, not one
    of them (English "the French", "the British", "the Dutch"; "the Dane", "the Portuguese" may be one person)."""
    person_noun_endings: ClassVar[tuple[str, ...]] = ()
    """Endings of nouns for people by what they do ("Physiker", "Triathletin", "economist", "entrenadora"):
    such a noun between an article and a name describes the named person ("der Physiker Max Weber")."""
    role_noun_endings: ClassVar[tuple[str, ...]] = ()
    """Further endings of nouns for people, trusted only between an article and a personal name ("der
    Amtskollege Markus Wallner", "der Kandidat Paul Weber"): alone they end other nouns too ("Etat", "Paket")."""
    quotes_inside_reports_own: ClassVar[bool] = False
    """Whether a quotation inside what a speaker is reported to say ("the minister said the plan was
    'dead on arrival'") is a direct quote of its own beside the indirect report, as German news
    annotation counts it (SpkAtt-2023), or part of the indirect report, as English news annotation
    does (PolNeAR). Measured per language on its annotated news (METHODS.md)."""
    hearsay_continues_reports: ClassVar[bool] = False
    """Whether a reportative modal with no speaker of its own, a few sentences after a report in its
    paragraph or the next, goes on with that report (German news writes "soll" in the passage that follows
    "Die Staatsanwaltschaft berichtete …", and SpkAtt-2023 gives it that source). Otherwise the modal
    passes its claim on from nobody named (English "is said to")."""
    readability_formulas: ClassVar[tuple[str, str] | None] = None
    """Names of the reading-ease and grade formulas (textstat) for this language."""

    # --- words ---------------------------------------------------------------------------------------

    self_mention: ClassVar[frozenset[str]] = frozenset()
    """First-person words outside quotations: the writer's own stance (Hyland 2005)."""
    first_person_subjects: ClassVar[frozenset[str]] = frozenset()
    """The first-person pronouns that stand as the subject ("ich", "we"): a speaker speaking of themselves."""
    reader_address: ClassVar[frozenset[str]] = frozenset()
    """Words addressing the reader (lower-case forms)."""
    reader_address_formal: ClassVar[frozenset[str]] = frozenset()
    """Formal address, counted only as written (German "Sie", mid-sentence)."""
    so_called: ClassVar[tuple[str, ...]] = ()
    """Markers of distance before a quotation ("so-called"): the quotation is a scare quote."""
    naming_phrases: ClassVar[tuple[str, ...]] = ()
    """Words right before a quotation that name or mention it ("known as “issue ownership”", "classified as “top
    secret”", "called it a “fine start”"): a term or someone's words, not the writer's distance."""
    demonstrative_determiners: ClassVar[frozenset[str]] = frozenset()
    """Determiners that point back ("diese", "these", "estos"): "nach diesen Angaben" is the source just named."""
    team_leaders: ClassVar[tuple[tuple[str, ...], ...]] = ()
    """Words between a group and the person who leads it ("Forscher um Ilse Brandner", "researchers led by
    …"): the group is named by that person."""
    poll_nouns: ClassVar[frozenset[str]] = frozenset()
    """Nouns of a poll (lower-case singular): "60 percent said …" is the poll's figure when one was named."""
    respondents_name: ClassVar[str] = "respondents"
    """The name of the respondents of an unnamed poll as a source (they name none: a statistic)."""
    media_report_nouns: ClassVar[frozenset[str]] = frozenset()
    # small numbers in words ("two", "drei"): before a party's name, some of its members ("Two Republicans said")
    count_words: ClassVar[frozenset[str]] = frozenset()
    # plural nouns of time that, after a number and before an adjective, spell out an age ("der 54 Jahre alte
    # Lehrer", as "der 54-jährige Lehrer"): lower-cased
    age_measure_nouns: ClassVar[frozenset[str]] = frozenset()
    # nouns of someone who speaks for a body ("Sprecherin", "spokesman"): without the body, the one cited before
    spokesperson_nouns: ClassVar[frozenset[str]] = frozenset()
    # whether quotations also stand in single marks (‘…’ in British English, '…' in headlines); where single
    # marks set off a word the writer distances (Spanish tweets) or only nest („… ‚…‘ …“), they do not open one
    single_quotation_marks: ClassVar[bool] = False
    """Nouns of a medium's report (lower-case singular): "dem Bericht zufolge" with no report mentioned before
    is the report of the medium cited last ("…, berichtete der Guardian. Dem Bericht zufolge …")."""
    title_nouns: ClassVar[frozenset[str]] = frozenset()
    """Nouns after which a quotation names a work or medium, not a quotation."""
    title_function_words: ClassVar[frozenset[str]] = frozenset()
    """Words written in lower case inside a title whose other words are capitalised ("Rivers and
    Bridges Plan"); empty where every noun is capitalised and capitals tell no title (German)."""
    knowledge_verbs: ClassVar[frozenset[str]] = frozenset()
    """Verbs of knowing: "we know that" states knowledge, not the writer's opinion."""
    descriptive_amount_words: ClassVar[frozenset[str]] = frozenset()
    """Words right after an amount that make it describe the thing named ("mit 500.000 Euro dotiert", "a $1
    million prize"): a feature of a prize or fund, not a statistic that needs a source."""
    threshold_pattern: ClassVar[str] = ""
    """A regular expression (on the lower-cased sentence) for a figure that a rule sets, not a count that needs a
    source: what it takes to win or to have a majority ("It takes 1,237 delegates to win", "Für die absolute
    Mehrheit sind 92 Sitze nötig", "se necesitan 270 votos para ganar"). Empty where none is known."""
    price_words: ClassVar[frozenset[str]] = frozenset()
    """Words near an amount of money that make it a price or a fine ("Preis: 59 Euro", "UVP", "Strafen zwischen 55
    und 550 Euro"): a stated tariff, not a statistic that needs a source, unless a scale word follows the number
    ("Preise von 40 Millionen Euro"). Not "kosten": what something cost a city is a figure to source."""
    cost_words: ClassVar[frozenset[str]] = frozenset()
    """Verbs of costing and paying ("kostet", "bezahlen", "costs"): near a small amount of money (under
    ``PRICE_LIMIT``, no scale word) they state what a product, service or fine costs; a large one is a figure to
    source (what something cost a city)."""
    amount_scale_words: ClassVar[frozenset[str]] = frozenset()
    """Scale words after a number ("Millionen", "Mio.", "billion"), without the full stop of an abbreviation."""
    price_prepositions: ClassVar[frozenset[str]] = frozenset()
    """Prepositions right before an amount of money that make it a price ("für 220 Dollar", "ab 66.000 Euro")."""
    topic_prepositions: ClassVar[frozenset[str]] = frozenset()
    """Prepositions that give the topic after a speaker's name before a colon ("Kohlmann zum Spiel:", "Lee on the
    vote:"), not those that name a body the speaker belongs to ("Embajada de …", "Minister of …")."""
    indefinite_articles: ClassVar[frozenset[str]] = frozenset()
    """The forms of the indefinite article ("eine", "a", "una"): an apposition opened by one explains a term."""
    approximators: ClassVar[frozenset[str]] = frozenset()
    """Words that make an amount approximate ("rund", "etwa", "about"), without the full stop of an abbreviation:
    they may stand between a price preposition and its amount ("ab rund 1.200 Euro")."""
    figure_words: ClassVar[tuple[str, ...]] = ()
    """Number words and quantity nouns that make a claim state a figure (besides digits)."""
    measurement_units: ClassVar[frozenset[str]] = frozenset()
    """Units of length, height, speed, temperature and angle (lower-cased): a number with one describes
    where or how ("auf 2.400 Metern", "a 35-degree slope"); it is no statistic that needs a source."""
    distance_units: ClassVar[frozenset[str]] = frozenset()
    """Units of distance that are statistics on their own ("100 Kilometer Stau") but locate a place or an event when a
    word of ``distance_locators`` follows ("35 Kilometer vor dem Ziel", "40 miles north of the capital")."""
    distance_locators: ClassVar[frozenset[str]] = frozenset()
    quantity_questions: ClassVar[frozenset[str]] = frozenset()
    """Words that make a following vague quantifier a question ("wie viele", "how many"), not a hedge."""
    phatic_openers: ClassVar[frozenset[str]] = frozenset()
    """Words (or two words) that open a greeting, thanks or wish (lower-cased): an exclamation mark closing
    one ("Frohe Weihnachten!", "Thank you!") keeps up contact and is no emphasis."""
    question_particles: ClassVar[frozenset[str]] = frozenset()
    """Modal particles that make a question argue instead of ask (lower-cased; German "denn", "überhaupt"): a
    question with one makes a point even when it stands alone, where a plain one is a heading or an FAQ."""
    section_labels: ClassVar[frozenset[str]] = frozenset()
    """Run-in labels of a section or box (lower-cased, words joined by a space): "Hintergrund: …",
    "Background: …" name no speaker, and the colon after one introduces no quotation."""
    superlative_words: ClassVar[frozenset[str]] = frozenset()
    """Words that make the adjective after them a superlative ("most", "least"; "más", "menos"): they may stand
    between the article and the noun of a description ("the most recent poll")."""
    interview_letters: ClassVar[tuple[str, str]] = ("", "")
    """The one-letter labels of an interview's questions and answers (lower-cased): "Q: … A: …", "F: … A: …",
    "P: … R: …". An answer's turn is the interviewee's speech (unnamed in the label), a question's the
    interviewer's."""
    section_label_endings: ClassVar[tuple[str, ...]] = ()
    """Endings of abstract nouns that label a section rather than name a speaker ("Zusammenfassung:",
    "Actualización:"); counted on single words of more than six letters (not the surname "Jung")."""
    legislature_words: ClassVar[frozenset[str]] = frozenset()
    """Words that make a body of no known kind a legislature's (lower-cased): "the House Oversight Committee", "a
    Senate panel", "la comisión del Congreso" are parliamentary committees."""
    weekdays: ClassVar[frozenset[str]] = frozenset()
    """The names of the days of the week (lower-cased): with a month or a year after a preposition they date a
    document ("dem Bericht vom Donnerstag", "the report from Tuesday"), which still refers back to one cited."""
    year_words: ClassVar[frozenset[str]] = frozenset()
    """Words after which a four-digit number is a year, not a figure ("seit 2011", "in 2016"); month
    names (the ``months`` lexicon) count too."""

    particle_conjunctions: ClassVar[frozenset[str]] = frozenset()
    """Conjunctions after which a word listed as a particle is a conjunction itself ("…, doch")."""

    # source phrases (scoring.analysis.sources)
    definite_articles: ClassVar[frozenset[str]] = frozenset()
    """A source phrase opened by one of these refers to a particular body ("the ministry")."""
    definite_contractions: ClassVar[frozenset[str]] = frozenset()
    """Prepositions that hold the definite article ("im", "vom", "zum"): a noun right after one is definite."""
    adjective_endings: ClassVar[tuple[str, ...]] = ()
    """Inflection endings of attributive adjectives ("ukrainisch-en"): lower-case words ending so are adjectives."""
    place_adjective_endings: ClassVar[tuple[str, ...]] = ()
    """The ending of capitalised adjectives of places that stand unchanged before a noun ("der Wiener Berater"); none:
    the language has no such form."""
    generic_pronouns: ClassVar[frozenset[str]] = frozenset()
    """Impersonal pronouns as speakers ("man"): a generic, unnamed source."""
    nobody_words: ClassVar[frozenset[str]] = frozenset()
    group_pronouns: ClassVar[frozenset[str]] = frozenset()
    """Indefinite pronouns of quantity that stand alone for unnamed people ("Some say", "Viele glauben", "Algunos
    dicen"): a vague group as a source, as "critics" is (they had been unresolved pronouns)."""
    """Pronouns of no one ("Niemand sagt", "Nobody says", "Nadie dice"): the statement stays an attribution, as news
    annotation counts it, but its source is no one, impersonal and unnamed like "man" (it had been a named person
    "Nobody"). Only the pronoun alone; "None of the officials", "Keine Partei" name their group."""
    author_name: ClassVar[str] = "author"
    """The name of the writer as a source (first person outside quotations)."""
    list_markers: ClassVar[frozenset[str]] = frozenset()
    """Words that introduce examples of a source ("Medien wie X und Y"): not split into conjuncts."""
    coordinators: ClassVar[frozenset[str]] = frozenset()
    """Words joining two sources ("X und Y")."""
    list_links: ClassVar[frozenset[str]] = frozenset()
    """Words that join the items of a list or a range ("and", "or", "to" of "from A to B"): quotations joined by them
    and commas are a list of words cited, not scare quotes."""
    owner_prepositions: ClassVar[frozenset[str]] = frozenset()
    """Prepositions that name the owner of a statement ("ein Bericht von X")."""
    agent_prepositions: ClassVar[frozenset[str]] = frozenset()
    """The preposition of a passive agent after a participle ("a poll conducted by X", "von X erstellt")."""
    partitive_owner_prepositions: ClassVar[frozenset[str]] = frozenset()
    """Owner prepositions that also name whom a document is about or asked ("a poll of voters"): an owner
    after one must be a body of the registry."""
    genitive_articles: ClassVar[frozenset[str]] = frozenset()
    """Articles that open a genitive owner ("ein Bericht des Ministeriums")."""
    insider_prepositions: ClassVar[frozenset[str]] = frozenset()
    """Prepositions of provenance ("aus dem Ministerium"): someone from within a body, not named."""
    insider_modifiers: ClassVar[frozenset[str]] = frozenset()
    """Words after a plural noun of people that make them insiders who stay unnamed ("people familiar with the
    matter", "officials close to the president"): an anonymous source, not a generic group."""
    anonymity_words: ClassVar[frozenset[str]] = frozenset()
    """Words that say a source stays unnamed, wherever they stand in the speech tag ("on condition of anonymity",
    "sagte ein Beamter, der anonym bleiben wollte"): the unnamed source is an anonymous one. Not the attributive
    adjective, which may describe anything ("an anonymous letter")."""
    unnamed_words: ClassVar[frozenset[str]] = frozenset()
    """Words that say so within a few words of one of :attr:`name_negators`, in a clause on the source ("who asked not
    to be named", "der seinen Namen nicht nennen wollte", "que pidió no ser identificada")."""
    anonymity_adjectives: ClassVar[frozenset[str]] = frozenset()
    """Adjectives of anonymity that say it by themselves in a clause on the source ("que prefirió permanecer anónima",
    "der anonyme Anrufer" is no such clause)."""
    name_negators: ClassVar[frozenset[str]] = frozenset()
    former_words: ClassVar[frozenset[str]] = frozenset()
    """Words before a role that say its holder no longer holds it ("former", "ehemalige", "ex", "antiguo"), and
    :attr:`former_prefixes` joined to it with a hyphen ("Ex-Minister"): the person speaks for no body."""
    former_prefixes: ClassVar[tuple[str, ...]] = ()
    """Negations and refusals for :attr:`unnamed_words` ("not", "declined", "nicht", "ohne", "no", "sin")."""
    member_prepositions: ClassVar[frozenset[str]] = frozenset()
    """Prepositions between a person's name and the body they belong to ("Anna Berg vom Roten Kreuz")."""
    name_inner_words: ClassVar[frozenset[str]] = frozenset()
    """Lower-case words inside the name of a body, between capitalised words ("University of Leeds", "Institut für
    Chemie", "Universidad de Sevilla")."""
    affiliation_prepositions: ClassVar[frozenset[str]] = frozenset()
    """Prepositions between a plural noun of researchers and the body they work at ("Forscher an der Universität
    Graz", "researchers at the University of Leeds", "investigadores de la Universidad de Sevilla")."""
    name_particles: ClassVar[frozenset[str]] = frozenset()
    """Lower-case words between a given name and a surname of one word ("Ursula von der Leyen", "Karl-Theodor zu
    Guttenberg", "Ana de la Vega"): the whole is one person, known by the surname."""
    closed_compounds: ClassVar[bool] = False
    """Nouns are written as one word ("Innenministerium"): a source head may end a longer word."""

    rule_suggestions: ClassVar[dict[str, str]] = {}
    """A suggestion, in this language, for every rule cue of :data:`RULE_CUES` and ``foreign``."""
    rule_ids: ClassVar[dict[str, str]] = {}
    """The ``rule`` column's name of a rule cue, where it differs from the key of :data:`RULE_CUES`."""

    def __init__(self) -> None:
        if not self.code:
            raise TypeError(f"{type(self).__name__} sets no language code")

    def __repr__(self) -> str:
        return f"<Language {self.code} ({self.name})>"

    # --- lexicons ------------------------------------------------------------------------------------

    def lexicon(self, name: str) -> Lexicon:
        """The pack's lexicon ``name`` (raises :class:`~scoring.errors.LexiconError` when missing)."""
        return load_lexicon(self.code, name)

    def has_lexicon(self, name: str) -> bool:
        """Whether the pack has the lexicon ``name``."""
        from scoring.languages.lexicon import lexicon_exists

        return lexicon_exists(self.code, name)

    @cached_property
    def word_classes(self) -> dict[str, frozenset[str]]:
        """Function word -> its classes (``function_words``: determiner, auxiliary, …)."""
        if not self.has_lexicon("function_words"):
            return {}
        classes: dict[str, set[str]] = {}
        for row in self.lexicon("function_words").records():
            classes.setdefault(row["word"], set()).add(row["class"])
        return {word: frozenset(c) for word, c in classes.items()}

    def is_word(self, low: str, cls: str) -> bool:
        """Whether the lower-cased word ``low`` belongs to the function-word class ``cls``."""
        return cls in self.word_classes.get(low, ())

    # --- morphology ----------------------------------------------------------------------------------

    def forms_of(self, lemma: str, pos: str, extra: Sequence[str] = ()) -> set[str]:
        """The lower-cased forms a lexicon entry takes in running text. Default: the entry and its listed forms."""
        return {lemma.lower(), *(f.lower() for f in extra)}

    @property
    def quote_tag_verbs(self) -> frozenset[str]:
        """Finite forms of verbs of speech that may make a speech tag of their own after a quotation closing
        with "?" or "!" ("“Why not?” Ann Lund asked."): the sentence splitter keeps such a tag with the
        quotation. Default: none (languages whose tags follow a comma or start in lower case need none)."""
        return frozenset()

    def verb_forms(self, row: dict[str, str]) -> dict[str, str]:
        """Forms of a reporting verb (a ``reporting_verbs`` row) and their role (``finite``, ``participle`` …).

        Default: the lemma and the ``forms`` column (``|``-separated), all finite.
        """
        forms = [f for f in (row.get("forms") or "").split("|") if f.strip()]
        return {form: "finite" for form in self.forms_of(row["lemma"], "verb", forms)}

    # --- hedging -------------------------------------------------------------------------------------

    def modal_cues(self, doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
        """Hedges decided by the verb complex (German reportative "sollen"). Default: none."""
        return []

    def in_report(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether a reporting verb or noun of this language stands before ``tokens[k]`` in its sentence
        ("argued that the city should …", "the proposal that fees should …"): a demand there is the reported
        speaker's or the proposal's, also when no attribution could be read, and not the writer's."""
        lex = self.grammar.lex
        verbs, nouns = lex.verbs, lex.nouns
        return any(t.low in verbs or t.low in nouns for t in tokens[:k])

    def is_reportative(self, hit: CueHit) -> bool:
        """Whether a modal cue passes a claim on from an unnamed source (it becomes an attribution)."""
        return False

    def booster_excluded(self, hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
        """Whether a booster hit at ``tokens[k]`` is another reading ("stellte klar"). Default: never."""
        return False

    def loaded_excluded(self, hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
        """Whether a loaded or evaluative hit at ``tokens[k]`` is another word of the same spelling (English
        "striking workers", the participle of "strike"). Default: never."""
        return False

    def reported_speech(self, doc: Doc, tokens: Sequence[Token]) -> list[Token]:
        """Verb forms that mark reported speech by themselves (German Konjunktiv I). Default: none."""
        return []

    def reported_speech_substitutes(self, doc: Doc, tokens: Sequence[Token]) -> list[Token]:
        """Verb forms that carry on reported speech only right after a reported sentence (German
        Konjunktiv II where Konjunktiv I would look like the indicative: "Die Gutachter hätten …").
        Default: none."""
        return []

    def report_modals(self, doc: Doc, tokens: Sequence[Token]) -> list[Token]:
        """Modal verbs that carry on a report when the sentence before has a source (German "sollen" in
        any reading: "X kündigte an, … . So sollen Schüler …"). Default: none."""
        return []

    # --- pronouns ------------------------------------------------------------------------------------

    def pronoun_genders(self, low: str) -> frozenset[str]:
        """Grammatical genders/numbers a pronoun can refer to (``m``, ``f``, ``n``, ``pl``); empty: any."""
        return frozenset()

    def mention_genders(self, tokens: Sequence[Token]) -> frozenset[str]:
        """Genders/numbers of a noun phrase (from its article or role noun); empty: unknown, fits any pronoun."""
        return frozenset()

    def is_person_noun(self, low: str) -> bool:
        """Whether a noun that no source head lists names a person by its form ("Täter", "Beraterin"):
        the source resolver then types a noun phrase on it as a person. Default: no such test."""
        return False

    def is_plural_person_noun(self, low: str) -> bool:
        """Whether a word is by its ending the plural of a noun for persons that no source head lists (German
        "Umweltschützern", "Umweltschützerinnen"): a group, never one person's name. Default: no such test."""
        return False

    # --- attribution ---------------------------------------------------------------------------------

    def is_section_label(self, words: Sequence[str]) -> bool:
        """Whether the lower-cased ``words`` before a colon at the start of a sentence label a section
        (:attr:`section_labels`, :attr:`section_label_endings`) rather than name who speaks."""
        label = " ".join(words)
        if label in self.section_labels:
            return True
        if len(words) != 1 or len(label) <= 6 or not label.endswith(self.section_label_endings):
            return False
        heads = self._speaker_head_forms  # "Regierung:", "Zeitung:", "Tageszeitung:" speak in headlines
        return label not in heads and not any(label.endswith(head) for head in heads if len(head) >= 5)

    @cached_property
    def _speaker_head_forms(self) -> frozenset[str]:
        """Every form of the ``source_heads`` lexicon, lower-cased."""
        forms = set()
        for row in self.lexicon("source_heads").records():
            forms.update(f.lower() for f in (row["head"], *row["forms"].split("|")) if f)
        return frozenset(forms)

    @cached_property
    def grammar(self) -> Grammar:
        """How attributions are found in a sentence: the speaker of a reporting verb, its complement."""
        from scoring.languages.grammar import Grammar

        return Grammar(self)

    # --- cue entries found by rules ------------------------------------------------------------------

    def rule_entry(self, rule: str) -> CueEntry:
        """The cue entry of a rule (``exclamation``, ``scare_quote`` …) with this language's suggestion."""
        return self._rule_entries[rule]

    @cached_property
    def _rule_entries(self) -> dict[str, CueEntry]:
        from scoring.model.records import CueEntry

        return {
            rule: CueEntry(entry=rule, category=category, subtype=subtype, pos="rule", weight=weight,
                           suggestion=self.rule_suggestions.get(rule), rule=f"rule:{self.rule_ids.get(rule, rule)}",
                           compounds="none", exceptions=frozenset())  # fmt: skip
            for rule, (category, subtype, weight) in RULE_CUES.items()
        }

    def foreign_entry(self, language: str) -> CueEntry:
        """The cue entry of a fragment in ``language`` (a name from ``foreign_markers``)."""
        from scoring.model.records import CueEntry

        return CueEntry(entry=f"foreign_{language}", category="foreign", subtype=language, pos="rule", weight=1.0,
                        suggestion=self.rule_suggestions.get("foreign"), rule=f"rule:foreign_{language}",
                        compounds="none", exceptions=frozenset())  # fmt: skip

    # --- claims and readability ----------------------------------------------------------------------

    @cached_property
    def figure_pattern(self) -> re.Pattern[str]:
        """A figure in a lower-cased sentence: a digit, or one of :attr:`figure_words`."""
        if not self.figure_words:
            return re.compile(r"\d")
        return re.compile(r"\d|\b(?:" + "|".join(w.lower() for w in self.figure_words) + r")\b")

    @cached_property
    def calendar_pattern(self) -> re.Pattern[str]:
        """Numbers that give a date or a time, not a figure, in a lower-cased sentence: numeric dates
        ("7.5.2016", "3/11/2015"), clock times ("14:30"), a day before or after a month name ("am 3. Januar",
        "March 3") and a year after one of :attr:`year_words` or a month name ("seit 2011", "im Mai 2016").
        Removed before :attr:`figure_pattern` looks for a figure.

        The alternatives that begin with a digit and those that begin with a word are each behind a
        lookahead, so that the scan skips most positions at once (matching the lower-cased text without
        ``re.IGNORECASE`` is about twice as fast as well: this runs on every sentence with a digit)."""
        months = sorted(self.lexicon("months").entries, key=len, reverse=True) if self.has_lexicon("months") else []
        month = "(?:" + "|".join(re.escape(m.lower()) for m in months) + ")" if months else None
        before_year = sorted({*(w.lower() for w in self.year_words), *(m.lower() for m in months)}, key=len, reverse=True)
        year = r"(?:1[5-9]|20)\d{2}"
        digit_first = [
            r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b",  # 7.5.2016, 3/11/15
            r"\b\d{1,2}\.\d{1,2}\.(?!\d)",  # 7.5.
            r"\b\d{1,2}:\d{2}\b",  # 14:30
        ]
        word_first = []
        if before_year:
            word_first.append(r"\b(?:" + "|".join(re.escape(w) for w in before_year) + r")\s+" + year + r"\b(?![.,]\d)")
        if month:
            digit_first.append(r"\b\d{1,2}\.?\s+(?:de\s+)?" + month + r"(?:\s+(?:de\s+)?" + year + r")?\b")  # am 3. Januar 2016, 3 de marzo de 2016
            word_first.append(month + r"\s+\d{1,2}(?:,\s*" + year + r")?\b(?![.,]?\d)")  # March 3, 2016
        pattern = r"(?=\d)(?:" + "|".join(digit_first) + ")"
        if word_first:
            pattern += r"|(?=[^\W\d_]++\s)(?:" + "|".join(word_first) + ")"
        return re.compile(pattern)

    def has_figure(self, text: str) -> bool:
        """Whether ``text`` states a figure: a number or number word that is not a date or time."""
        low = text.lower()
        if _DIGIT.search(low) is None:  # every date or time has a digit: nothing to remove (most sentences)
            return bool(self.figure_pattern.search(low))
        return bool(self.figure_pattern.search(self.calendar_pattern.sub(" ", low)))

    def readability(self, text: str) -> tuple[float, float] | None:
        """Reading ease and grade of ``text`` (textstat), or None when the language has no formulas."""
        return None
