"""English: hedges, attribution, sources and loaded wording for English news text.

Lexicons in ``lexicons/``; rules in :mod:`.morphology` (inflection of lexicon
entries: plurals, comparison, verb forms with irregular principal parts),
:mod:`.modals` (epistemic may/might/could/must decided by the verb complex,
reportative "is said to", booster readings that are manner adverbs) and
:mod:`.grammar` (subject–verb order, appositions, inversion after
quotations, participle clauses and passives for finding the speaker and
message of a reporting verb without a parser). Readability with Flesch
Reading Ease and the Flesch–Kincaid grade (textstat, syllables counted with
pyphen, see :mod:`scoring.languages.readability`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from scoring.languages.base import Language
from scoring.languages.grammar import NAME_PARTICLES
from scoring.languages.en import modals
from scoring.languages.en.morphology import (
    adjective_forms,
    gerund,
    noun_forms,
    past,
    third_person,
    verb_paradigm,
)

if TYPE_CHECKING:
    from scoring.languages.en.grammar import EnglishGrammar
    from scoring.model.doc import Doc, Token
    from scoring.model.records import CueHit

_PRONOUN_GENDERS = {
    **dict.fromkeys(("he", "him", "his", "himself"), frozenset(("m",))),
    **dict.fromkeys(("she", "her", "hers", "herself"), frozenset(("f",))),
    **dict.fromkeys(("it", "its", "itself"), frozenset(("n",))),
    # "they" is a group, a body ("the company said they") or a person of unstated gender
    **dict.fromkeys(("they", "them", "their", "themselves"), frozenset(("pl", "n"))),
}
# verb_paradigm roles -> the roles the generic grammar knows (``finite`` for every form a clause can carry)
_GENERIC_ROLES = {"base": "finite", "present": "finite", "past": "finite", "past_participle": "finite",
                  "participle": "participle", "gerund": "gerund"}  # fmt: skip



# endings and look-alikes of English nouns for people (Language.is_person_noun)
_PERSON_COMPOUND_ENDINGS = ("woman", "women", "man", "men", "person", "persons")
_NOT_PERSONS = frozenset((
    "business", "businesses", "address", "addresses", "process", "processes", "access", "success", "successes",
    "progress", "congress", "press", "express", "less", "unless", "mess", "chess", "dress", "dresses", "stress",
    "recess", "excess", "abscess", "finesse", "largesse", "cypress", "fortress", "mattress", "specimen", "specimens",
    "abdomen", "regimen", "omen", "amen", "ramen", "stamen", "semen", "acumen", "german", "roman", "ottoman",
))  # fmt: skip

class English(Language):
    code = "en"
    name = "English"
    scored = True
    nouns_capitalised = False
    person_noun_endings = ("er", "or", "ist", "ian", "ant", "ent", "ess")
    collective_demonym_endings = ("sh", "ch")  # the French, the British, the Dutch (but "said the Portuguese", "the Swiss": one player)
    readability_formulas = ("Flesch Reading Ease", "Flesch–Kincaid grade")

    # Hyland (2005): self-mention and reader address mark the writer's own stance; in a news report
    # outside quotations they signal commentary. "us" is left out: "US" is the country.
    self_mention = frozenset(("i", "me", "my", "myself", "we", "our", "ours", "ourselves"))  # not "mine": mostly the noun
    first_person_subjects = frozenset(("i", "we"))
    reader_address = frozenset(("you", "your", "yours", "yourself", "yourselves"))
    so_called = ("so-called", "so called", "self-styled", "self-proclaimed")
    demonstrative_determiners = frozenset(("this", "these", "that", "those"))
    media_report_nouns = frozenset(("report",))
    spokesperson_nouns = frozenset(('spokesman', 'spokeswoman', 'spokesperson'))
    count_words = frozenset(('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'few'))
    single_quotation_marks = True
    poll_nouns = frozenset(("poll", "survey"))
    insider_modifiers = frozenset(("familiar", "close", "briefed", "knowledgeable", "privy", "involved"))
    # a source kept unnamed: "on condition of anonymity", "who asked not to be named", "who declined to give her name",
    # "who was not authorized to speak publicly"
    former_words = frozenset(("former", "onetime", "one-time", "erstwhile", "retired"))
    former_prefixes = ("ex-",)
    anonymity_words = frozenset(("anonymity", "anonymously"))
    anonymity_adjectives = frozenset(("anonymous", "unnamed"))
    unnamed_words = frozenset(("named", "identified", "name", "quoted", "identify", "authorized", "authorised", "permitted", "allowed"))
    name_negators = frozenset((
        "not", "n't", "never", "without", "declined", "declining", "refused", "refusing",
        *(f"{verb}n{mark}t" for verb in ("did", "does", "do", "was", "were", "is", "would", "could", "should", "has", "have", "had")
          for mark in "'’"),
        "won't", "won’t", "can't", "can’t", "cannot",
    ))  # fmt: skip
    team_leaders = (("led", "by"), ("headed", "by"), ("around",))
    respondents_name = "respondents"
    naming_phrases = ("known as", "classified as", "referred to as", "such as", "called", "labeled", "labelled")
    title_nouns = frozenset(
        ("newspaper", "paper", "magazine", "journal", "book", "film", "movie", "documentary", "show", "program",
         "programme", "series", "episode", "song", "album", "column", "op-ed", "editorial", "headline", "slogan",
         "motto", "hashtag", "theme", "tagline", "chant", "catchphrase", "mantra", "podcast", "app", "website", "blog", "novel", "play", "musical", "titled", "entitled",
         "dubbed", "nicknamed", "codenamed", "campaign", "initiative", "project", "operation",
         # the people of a show after its title: the “Survivor” star, the “Jeopardy!” host
         "star", "co-star", "host", "creator", "showrunner", "contestant", "cast",
         # a word mentioned, not used: "the word “alien”", "the term “illegal alien”", "the phrase “…”"
         "word", "term", "phrase", "expression", "suffix", "prefix")
    )  # fmt: skip
    title_function_words = frozenset(("of", "the", "and", "with", "in", "on", "for", "to", "a", "an", "at", "from", "by", "or"))
    knowledge_verbs = frozenset(("know", "understand", "recognize", "recognise", "realize", "realise", "remember",
                                 "learn", "see", "notice", "find", "discover", "hear"))  # fmt: skip
    quantity_questions = frozenset(("how",))
    phatic_openers = frozenset((
        "thank", "thanks", "happy", "merry", "congratulations", "congrats", "welcome", "good morning", "good afternoon",
        "good evening", "good night", "hello", "hi", "goodbye", "bye", "cheers", "best wishes", "good luck", "bon voyage",
        "season's greetings", "season’s greetings", "happy birthday",
    ))  # fmt: skip
    superlative_words = frozenset(("most", "least"))
    interview_letters = ("q", "a")  # "Q: … A: …": question and answer
    section_labels = frozenset((
        "background", "update", "updates", "results", "result", "note", "notes", "editor's note", "editor’s note", "source",
        "sources", "related", "correction", "corrections", "disclosure", "context", "details", "facts", "timeline", "summary",
        "analysis", "tip", "tips", "warning", "important", "outlook", "overview", "schedule", "tickets", "admission",
        "location", "date", "cost", "costs", "prices", "highlights", "methodology", "why it matters", "the bottom line",
        "what's next", "what’s next", "by the numbers", "key points", "read more", "see also",
        # the genre or form a heading announces ("Live updates: Storm hits the coast", "Opinion: …")
        "live", "live updates", "live blog", "breaking", "breaking news", "exclusive", "opinion", "editorial", "op-ed",
        "video", "watch", "podcast", "explainer", "explained", "fact check", "photos", "gallery", "review",
        # credits and contact lines at an article's end ("Contributing: Ann Lowe", "Twitter: @lowe", "Photo: AP")
        "contributing", "contributors", "contributed", "twitter", "follow", "contact", "email", "e-mail", "facebook",
        "instagram", "credit", "credits", "photo", "image",
    ))  # fmt: skip
    section_label_endings = ("tion", "tions", "ness", "ities", "ism")
    legislature_words = frozenset(("house", "senate", "congressional", "parliamentary", "legislative", "congress", "parliament"))
    weekdays = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
    year_words = frozenset(("in", "since", "until", "by", "year", "early", "late", "mid", "spring", "summer", "fall", "autumn", "winter", "season"))
    measurement_units = frozenset((
        "mah", "ghz", "mhz", "gb", "mb", "tb", "mbit", "gbit", "kbit", "mbps", "gbps", "megapixel", "megapixels",  # the specifications of a device
        "second", "seconds", "tenths", "hundredths", "thousandths",  # a timing: "0,606 Sekunden langsamer"
        "m", "meter", "meters", "metre", "metres", "centimeters", "centimetres", "millimeters", "millimetres", "feet", "foot",
        "ft", "inches", "inch", "degrees", "degree", "°", "mph", "km/h", "knots",
    ))  # fmt: skip
    distance_units = frozenset(("kilometers", "kilometres", "km", "miles", "mile"))
    distance_locators = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "from",
                                   "away", "outside", "off", "inland", "before", "short"))  # fmt: skip
    descriptive_amount_words = frozenset(("prize", "purse", "prize-money", "endowed"))
    # "It takes 1,237 delegates to win", "2,383 are needed to clinch the nomination", "needs 60 votes to pass"
    threshold_pattern = (
        r"\b(?:it takes|needs?|needed|required|requires|necessary)\b[^.;]{0,60}?\bto (?:win|clinch|secure|pass|override|form a majority)\b"
        r"|\b(?:to win|to clinch|to pass|to override|for a majority)\b[^.;]{0,40}?\b(?:needs?|needed|required|necessary)\b"
        # a threshold or limit a rule sets: "its 15 percent threshold", "a threshold of 15 percent", "a cap of 10,000"
        r"|\b\d[\d.,]*(?:%| percent)?[- ]threshold\b|\b(?:threshold|cap|limit) of (?:about |around |roughly )?\$?\d"
    )
    price_words = frozenset((
        "price", "prices", "priced", "retail", "retails", "msrp", "fine", "fines", "fined", "fee", "fees",
        "ticket", "tickets", "admission",
    ))  # fmt: skip
    cost_words = frozenset(("costs", "cost", "pay", "pays", "paid", "charges", "charged", "sells", "available"))
    amount_scale_words = frozenset(("million", "millions", "billion", "billions", "trillion", "mn", "bn"))
    topic_prepositions = frozenset(("on", "about"))
    indefinite_articles = frozenset(("a", "an"))
    approximators = frozenset(("about", "around", "roughly", "nearly", "almost", "approximately", "some"))
    figure_words = (
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
        "billion", "billions", "trillion", "percent", "per cent", "half",
    )  # fmt: skip
    rule_suggestions: ClassVar[dict[str, str]] = {
        "exclamation": "delete the exclamation mark",
        "capitals": "write the word in normal case",
        "rhetorical_question": "state the point directly or support it",
        "self_mention": "avoid the first person in a news report, or mark the piece as commentary",
        "reader_address": "do not address the reader directly",
        "author_opinion": "mark it as opinion or name a source",
        "prescriptive": "say who demands it, or mark the piece as commentary",
        "scare_quote": "drop the quotation marks or say who uses the expression",
        "so_called": "say who uses the expression",
        "foreign": "translate or delete",
    }
    rule_ids: ClassVar[dict[str, str]] = {"so_called": "so_called"}

    # source phrases (scoring.analysis.sources)
    definite_articles: ClassVar[frozenset[str]] = frozenset(("the", "this", "that", "these", "those"))
    adjective_endings: ClassVar[tuple[str, ...]] = ()
    # "one says": the impersonal pronoun. "you" as the speaker of a report is the person addressed in an
    # interview or a dialogue ("But you said …"), a pronoun like "he", not the generic "you".
    generic_pronouns: ClassVar[frozenset[str]] = frozenset(("one",))
    nobody_words: ClassVar[frozenset[str]] = frozenset(("nobody", "noone", "none"))
    group_pronouns: ClassVar[frozenset[str]] = frozenset(("some", "many", "few", "several"))  # not "most": "most recently"
    author_name: ClassVar[str] = "author (I/we)"
    list_markers: ClassVar[frozenset[str]] = frozenset(("such", "including", "like"))
    coordinators: ClassVar[frozenset[str]] = frozenset(("and", "as well as"))
    list_links: ClassVar[frozenset[str]] = frozenset(("and", "or", "to"))
    owner_prepositions: ClassVar[frozenset[str]] = frozenset(("of", "from", "by", "for"))
    agent_prepositions: ClassVar[frozenset[str]] = frozenset(("by",))
    partitive_owner_prepositions: ClassVar[frozenset[str]] = frozenset(("of",))
    member_prepositions: ClassVar[frozenset[str]] = frozenset(("of", "from", "at"))
    affiliation_prepositions: ClassVar[frozenset[str]] = frozenset(("at", "from", "of"))
    name_inner_words: ClassVar[frozenset[str]] = frozenset(("of", "for"))
    name_particles = NAME_PARTICLES | frozenset(("der", "den", "la", "le", "von", "zu"))
    genitive_articles: ClassVar[frozenset[str]] = frozenset()
    closed_compounds: ClassVar[bool] = False
    particle_conjunctions: ClassVar[frozenset[str]] = frozenset()

    def pronoun_genders(self, low: str) -> frozenset[str]:
        return _PRONOUN_GENDERS.get(low, frozenset())

    def is_person_noun(self, low: str) -> bool:
        """Nouns for people by their form: compounds on "man", "woman", "person" ("businessman", "congresswoman",
        "salesperson") and feminine nouns in "-ess" ("actress", "waitress"; not "business", "address", "-ness")."""
        if low.endswith(_PERSON_COMPOUND_ENDINGS):
            return low not in _NOT_PERSONS
        return low.endswith(("ess", "esses")) and not low.endswith(("ness", "nesses")) and low not in _NOT_PERSONS

    def mention_genders(self, tokens: Sequence[Token]) -> frozenset[str]:
        """From a title ("Mr.", "Mrs."), a gendered role noun ("spokeswoman"), a body ("the ministry": it or
        they), or a plural head ("officials"); a bare name or a role of either gender says nothing."""
        words = [t for t in tokens if t.text[:1].isalnum()]
        if not words:
            return frozenset()
        masculine, feminine, bodies, plurals = self._gender_words
        for tok in words:
            if tok.low in masculine:
                return frozenset(("m",))
            if tok.low in feminine:
                return frozenset(("f",))
        last = words[-1].low
        if last in bodies:
            return frozenset(("n", "pl"))
        if last in plurals:
            return frozenset(("pl",))
        return frozenset()

    @cached_property
    def _gender_words(self) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        """Titles and role nouns by gender, heads of bodies and plural heads (from ``source_heads``)."""
        masculine = {"mr", "sir", "lord"}
        feminine = {"mrs", "ms", "miss", "madam", "lady", "dame"}
        bodies: set[str] = set()
        plurals: set[str] = set()
        for row in self.lexicon("source_heads").records():
            forms = [f.lower() for f in (row["head"], *row["forms"].split("|")) if f]
            head = row["head"].lower()
            if head.endswith(("man", "men")) and not head.endswith("woman"):
                masculine.update(f for f in forms if not f.endswith(("women", "woman")))
            elif head.endswith(("woman", "women")):
                feminine.update(forms)
            if row["specificity"] == "named":
                bodies.update(forms)
            plurals.update(f for f in forms if f.endswith("s") and f != head or head.endswith("s") and f == head)
        return frozenset(masculine), frozenset(feminine), frozenset(bodies), frozenset(plurals)

    def forms_of(self, lemma: str, pos: str, extra: Sequence[str] = ()) -> set[str]:
        extra = tuple(e.lower() for e in extra)
        if pos == "adj":
            return adjective_forms(lemma, extra)
        if pos == "noun":
            return noun_forms(lemma, extra)
        if pos == "verb" and " " not in lemma:
            if extra:
                return set(extra)  # the forms listed: the base form is often a noun as well ("claim", "slam")
            low = lemma.lower()
            return {low, third_person(low), past(low), gerund(low)}
        return {lemma.lower(), *extra}

    @cached_property
    def quote_tag_verbs(self) -> frozenset[str]:  # type: ignore[override]
        """Present and past forms of the verbs of speech and writing without a particle ("said", "asks",
        "shouted", "wrote"): a capitalised speaker and one of them after "?”" or "!”" is the quotation's tag."""
        rows = self.lexicon("reporting_verbs").records()
        return frozenset(form for row in rows if row["type"] in ("speech", "writing") and not row["particle"]
                         for form, role in self.verb_forms(row).items() if role in ("present", "past", "past_participle"))

    def verb_forms(self, row: dict[str, str]) -> dict[str, str]:
        """Every form of a reporting verb with its role in :func:`~.morphology.verb_paradigm` (base,
        present, past, participle, past_participle, gerund); phrasal verbs inflect their verb."""
        return verb_paradigm(row["lemma"], row.get("past", ""), row.get("participle", ""))

    def modal_cues(self, doc: Doc, tokens: Sequence[Token]) -> list[CueHit]:
        found = modals.modal_cues(doc, tokens)
        if doc.mentions_any(tokens, modals.PRESCRIPTIVE_FORMS):
            found += modals.prescriptive_cues(tokens, self)
        return found

    def is_reportative(self, hit: CueHit) -> bool:
        return hit.entry is modals.REPORTATIVE or hit.entry.category == "hedge" and hit.entry.subtype == "reportative"

    def booster_excluded(self, hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
        return modals.booster_excluded(hit, tokens, k)

    def loaded_excluded(self, hit: CueHit, tokens: Sequence[Token], k: int) -> bool:
        return modals.loaded_excluded(tokens, k)

    @cached_property
    def grammar(self) -> EnglishGrammar:  # type: ignore[override]
        from scoring.languages.en.grammar import EnglishGrammar

        return EnglishGrammar(self)

    def readability(self, text: str) -> tuple[float, float] | None:
        from scoring.languages import readability

        counts = readability.text_counts(text, "en")
        return readability.flesch_reading_ease(counts, "en"), readability.flesch_kincaid_grade(counts)
