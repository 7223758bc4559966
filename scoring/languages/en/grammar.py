"""English clause structure for attribution: the speaker and message of a reporting verb.

English has subject–verb–object order and (almost) no case, so the speaker of a
reporting verb is found from the order of words, without a parser:

* **the subject before the verb** ("The minister said", "Critics of the plan
  say", "A spokesman for the ministry said", "Sen. Ted Cruz (R-Texas) told"),
  read backwards over the verb group (auxiliaries, negation, adverbs and
  catenative verbs: "has repeatedly said", "declined to say", "is expected
  to announce") and then over a noun phrase with its prepositional
  attachments; a name run stops at a lower-case word unless it is a role noun
  (``source_heads``: "campaign manager Robby Mook"), and at a day name ("On
  Monday Smith said");
* **appositions** ("John Smith, a spokesman for the ministry, said", "Smith,
  45, who leads the group, said"): when the verb follows a comma, the comma
  pieces before it are read back to the first noun phrase of the chain; a
  name stands for the speaker, and a role followed by a name ("A spokesman,
  John Smith, said") is kept whole so that the name and the role resolve
  together;
* **inversion** after a quotation or a comma ("“…,” said Smith", "…, said the
  official, who …");
* **relative pronouns** ("Smith, who said …", "the agency that reported …"):
  the antecedent;
* **participle clauses** (", saying …", ", adding that …", "without
  saying"): the speaker of the clause they hang on (the last attribution of
  the sentence, or the sentence's first noun phrase);
* **passives**: "by X" is the speaker; without one the attribution is
  agentless ("It was reported that …", "Reporters were told …"); raising
  passives ("is said to", "is believed to") are left to the hedge rules
  (:mod:`scoring.languages.en.modals`), which make "is said to" reportative.

The message is what follows a complementiser ("that", "whether", a
wh-word), a colon or a quotation, a clause without "that" ("said the plan
would fail"), the object of verbs of judgement ("criticized the plan"), a
"to"-infinitive of verbs of wanting and planning, or the clause before "…, X
said". Addressees ("told reporters", "warned voters") and adverbials ("on
Monday", "in a statement") between the verb and the message are skipped.
Verbs that are ambiguous in ordinary use (``requires = clause`` in
``reporting_verbs``: think, show, support) count only with a complement
clause.

Constructions: "according to X" and the other ``according_to`` phrases;
"as X reported" (``according_to``); second-hand chains — "X told the BBC",
"X said in an interview with CNN", "Y, citing X, reported", "Y quoted X as
saying" — record the medium Y as ``via`` (a medium is an outlet, agency or
broadcaster of the source registry, or a noun phrase headed by a media noun
of ``source_heads``). "X: “…”" and a quotation continued after "X said," give
a quotation its speaker.

Not detected: speakers that need real parsing (long subjects with relative
clauses without commas, fronted objects), figurative uses of reporting verbs,
and speakers named only in an earlier sentence except through pronouns (see
:mod:`scoring.analysis.sources`).

Time grows linearly with the length of a sentence: every walk (noun phrases,
verb groups, comma chains, complements) is bounded by a constant number of
tokens, and what is asked of a whole sentence is computed once per sentence
(:class:`~scoring.languages.grammar.SentenceTokens`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from scoring.languages.grammar import (
    _OPEN_MARKS,
    _QUOTE_MARKS,
    Grammar,
    SentenceTokens,
    VerbEntry,
    clause_end,
    clause_start,
    dotted_acronym,
    year_number,
    name_word,
    phrase_hits,
    reported_before,
    split_contraction,
)
from scoring.languages.en import English
from scoring.languages.lexicon import load_lexicon
from scoring.model.doc import Doc, Quote, Token
from scoring.model.records import QUOTE_MIN_WORDS, Attribution

_MAX_NP_TOKENS = 25  # a noun phrase is read over at most this many tokens
_MAX_NP_WORDS = 12
_MAX_CHAIN_TOKENS = 60  # a subject with its appositions
_MAX_GROUP = 8  # tokens of a verb group between subject and verb
_COMPLEMENT_WINDOW = 14  # tokens after the verb searched for the start of the message

_SENTENCE_END = frozenset(".!?")
# a hyphen or two standing alone is a dash typed on a typewriter keyboard ("Trump - who … - said", "--")
_PIECE_BOUNDARY = frozenset((*",;:(–—", "-", "--"))
_PUNCT_BOUNDARY = _PIECE_BOUNDARY | {")"}  # (also a dash: "declined to claim victory - only saying …")
_APPOSITION_MARKS = frozenset((*",–—", "-", "--"))  # "Smith, a spokesman, said"; "Many speakers — including … — said"
# Prepositions that attach a noun phrase to a noun ("a spokesman for the ministry", "critics of the plan",
# "officials in Washington", "a person close to the campaign", "people familiar with the matter").
# Lower-case particles inside personal names ("Jan van der Berg", "Pieter de Vries", "Mohammed bin Salman")
_NAME_PARTICLES = English.name_particles  # "Pieter de Vries", "Ursula von der Leyen"
# Adverbs that stand between a subject and its verb ("The mayor then appears", "She also said")
_BETWEEN_SUBJECT_AND_VERB = frozenset(("then", "also", "later", "again", "still", "now", "often", "never", "once", "first", "finally"))
# Prepositions after which a relative clause's antecedent is the noun phrase they govern, not the one before them
_TOPIC_PREPOSITIONS = frozenset(("about", "by"))
# degree words before an adverb of manner between a verb of saying and its message ("said so quietly that …")
_DEGREE_BEFORE_MANNER = frozenset(("so", "very", "too", "quite", "rather"))
# a vote or score ("6-3", "5–4") between a verb of deciding and its that-clause
_TALLY = re.compile(r"\d{1,3}[-–]\d{1,3}")
_LINK_PREPOSITIONS = frozenset(("of", "for", "at", "in", "from", "with", "on", "to", "within", "inside", "near", "about", "by"))
_WH_WORDS = frozenset(("whether", "if", "how", "why", "what", "when", "where", "who", "which", "whom"))
_CURRENCY_SIGNS = frozenset("$€£¥")
_AMOUNT_WORDS = frozenset(("thousand", "million", "billion", "trillion", "bn", "m", "k"))
_RELATIVE_WORDS = frozenset(("who", "which", "that", "whom", "whose"))
_PERSONAL_SUBJECTS = frozenset(("he", "she", "it", "they", "we", "i", "you"))
_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten", "getting"))
_HAVE_FORMS = frozenset(("has", "have", "had", "having"))
_INFINITIVE = frozenset(("to",))
# what one claims by winning or taking it, not by saying so ("claimed the title", "claimed two lives")
_WON_THINGS = frozenset(("prize", "title", "crown", "medal", "trophy", "seat", "seats", "lives", "life", "award", "jackpot",
                         "record", "spot", "place", "gold", "silver", "bronze", "championship", "pennant"))  # fmt: skip
_BY = frozenset(("by",))
_POSSESSIVE_OWNERS = frozenset(("his", "her", "their", "its"))


# persons by kinship, who are questioned by the police rather than doubted ("questioned his brother")
_KIN = frozenset(("brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "daughters", "wife", "husband", "mother",
                  "father", "parents", "children", "child", "family", "friend", "friends", "partner", "cousin", "uncle", "aunt"))  # fmt: skip
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me"))
_INTENSIFYING_REFLEXIVES = frozenset(("itself", "himself", "herself", "themselves", "myself", "ourselves"))
# determiners of one thing: a base form after them and an adjective is a noun ("a new report", "the latest claim")
_INDEFINITE_ARTICLES = frozenset(("a", "an"))
_ARTICLES = _INDEFINITE_ARTICLES | {"the"}
_TIME_COMPARATIVES = frozenset(("later", "earlier"))  # time words that also modify a noun after an article ("a later interview")
_SINGULAR_DETERMINERS = frozenset(("the", "this", "that", "each", "every", "another", "its", "his", "her"))
# plural nouns without a final "s", which a base-form verb agrees with ("the police report that …")
_PLURAL_NOUNS = frozenset(("people", "police", "children", "men", "women", "media", "staff", "public", "majority", "data",
                           "clergy", "faithful", "youth", "elderly", "military", "government", "team", "jury", "press"))  # fmt: skip
# adjectives that follow the noun of a source and take a prepositional object ("sources close to him")
_POSTMODIFIERS = frozenset(("close", "familiar", "loyal", "near", "allied", "linked", "connected", "opposed", "sympathetic", "friendly"))
_AS = frozenset(("as",))
# verbs that need a clause of their own but take the main clause as it in an "as" tag ("As the ministry confirmed,
# …", "…, as a study showed."); not verbs whose "as" clause tells when ("As the crowd shouted, …", "As prices continued …")
_AS_TAG_LEMMAS = frozenset((
    "state", "observe", "confirm", "indicate", "estimate", "forecast", "project", "reveal", "attest", "verify", "signal",
    "imply", "repeat", "highlight", "underline", "maintain", "calculate", "leak", "publish",
    "believe", "know", "suspect", "assume", "anticipate", "understand",
    "find", "show", "determine", "establish", "demonstrate", "discover", "learn",
))  # fmt: skip
_COMMA = frozenset((",",))
_COLON = frozenset((":",))
# verbs of judging that also name a physical force: only with a subject that can speak and no word of motion after them
_FORCE_VERBS = frozenset(("blast", "slam"))
_MOTION_WORDS = frozenset(("into", "through", "off", "out", "against", "open", "shut", "down", "away", "past"))
# verbs of asking: after the addressee, "about X" or "for X" is what is asked
_ASKING = frozenset(("ask",))
# verbs of speaking about a topic: in the passive without agent, clause or "as" they report their subject, the topic
# ("when smaller parties are mentioned"), not the sentence's claim
_TOPIC_VERBS = frozenset(("mention", "discuss"))
# Verbs whose "to"-infinitive is their message ("wants to leave", "plans to run", "urged X to resign").
_TO_COMPLEMENT_TYPES = frozenset(("demand", "decision", "denial"))
_TO_COMPLEMENT_COGNITION = frozenset(("want", "hope", "expect", "wish", "intend", "plan", "fear", "seek"))
# "it is fair to say", "needless to say": an idiom of the writer, not a report.
_IDIOM_GOVERNORS = frozenset(("needless", "suffice", "fair", "safe", "sad", "strange", "hard", "difficult", "easy",
                              "true", "wrong", "so", "is", "was", "not"))  # fmt: skip
# Nouns ending in -ly: not adverbs between a subject and its verb ("the family said").
_OBJECT_WORDS = 8  # tokens of an object before the infinitive of a wish ("want the city council to act")
_PIECE_WORDS = 12  # tokens back from an interrupting tag to the dash that opens its piece ("— no worse, he said, than …")
_TITLE_WORDS = 3  # lower-case words of a title before a name after a tag ("said city councilman Peter Hale")
_TAG_NP_WORDS = 4  # words of a speaker after "said" that no head noun names ("said the new goalkeeper")
_ORDINALS = frozenset(("first", "second", "third", "last"))  # connectors too ("Second, …"): after an article, in a phrase
_LY_NOUNS = frozenset(("family", "ally", "rally", "assembly", "supply", "reply", "july", "italy", "daily", "weekly",
                       "monthly", "quarterly", "early", "likely", "only", "bully", "anomaly", "monopoly", "homily",
                       "ugly", "holy", "silly", "jolly", "belly", "lily", "fly", "melancholy", "butterfly", "yearly",
                       "hourly", "nightly", "biweekly", "elderly", "friendly", "costly", "orderly", "lonely",
                       "deadly", "unlikely", "scholarly"))  # fmt: skip
_CITING = frozenset(("citing",))
_CITED = frozenset(("quoted", "cited"))  # a participle after a speaker: "X, quoted by Reuters, said"
_QUESTION_OPENERS = frozenset(("when", "whenever", "if", "once", "after"))
_POLL_NOUNS = frozenset(("poll", "polls", "survey", "surveys", "polling"))
# words between "in" and the poll noun at most: the makers of a joint poll ("in an ABC News/Chicago Tribune/Ipsos Central
# Illinois poll" is eleven)
_POLL_NAME_WORDS = 14
_POLL_MODIFIERS = frozenset((
    "latest", "recent", "new", "national", "same", "most", "exit", "hypothetical", "public", "opinion", "state",
    "statewide", "online", "separate", "another", "previous", "earlier", "annual", "monthly", "weekly", "first",
    "second", "more-recent", "independent", "internal", "early", "late", "nationwide", "battleground", "primary",
))  # fmt: skip
# words that open a phrase of when, where or by whom a question was put, between "asked" and the question
_QUESTION_PLACES = frozenset(("on", "at", "in", "by", "during", "after", "before", "later", "again", "repeatedly"))
_QUESTION_WORDS = frozenset(("about", "if", "whether", "what", "how", "why", "when", "where", "who", "to", "for"))
_ADVERBS = frozenset(("twice", "once", "again", "often", "later", "soon", "long", "ever", "never", "always", "simply",
                      "also", "still", "yet", "even", "first", "last", "previously", "recently", "almost", "nearly", "now",
                      "already", "only", "just"))  # fmt: skip
# Verbs of thinking that state a position with a predicate of ``stance_predicates`` ("I find that outrageous").
# irregular past forms before the adverb "back" ("flew back"); regular ones end in -ed
_PAST_BEFORE_BACK = frozenset(("flew", "came", "went", "ran", "got", "fought", "struck", "hit", "swung", "sent", "brought",
                               "drove", "rode", "fell", "wrote", "gave", "took", "paid", "bit", "sprang", "shot", "threw"))  # fmt: skip
_AFTER_BACK_ADVERB = frozenset(("home", "then", "again", "down", "up", "off", "out", "away", "here", "there", "now", "later", "and"))
_NOTHING_SAID = frozenset(("nothing", "little"))
_ESTIMATE_VERBS = frozenset(("estimate",))  # with "at" and a figure: an estimate ("estimated the damage at $2 million")
# verbs of counting, calculating and finding that report a figure they have as object ("the researchers tallied 585",
# "the study found 57 percent", "calculated a loss of $3 million")
_FIGURE_VERBS = frozenset(("find", "calculate", "tally", "tabulate", "estimate"))
_MONEY_SIGNS = frozenset(("$", "€", "£"))
_STANCE_VERBS = frozenset(("find", "consider", "think", "call", "see", "view", "believe", "feel"))
_REGARD_VERBS = frozenset(("see", "view", "regard", "consider", "describe", "characterize", "characterise", "portray",
                           "label", "brand", "dismiss", "hail", "welcome", "criticize", "criticise"))  # fmt: skip
# Verbs of speech that headlines use in title case ("Clinton Says", "Trump Calls", "Sanders Slams").
_HEADLINE_VERBS = frozenset(("says", "said", "tells", "told", "calls", "warns", "claims", "vows", "slams", "blasts",
                             "denies", "accuses", "urges", "asks", "admits", "insists", "praises", "defends", "rejects",
                             "suggests", "predicts", "pledges", "promises", "argues", "criticizes", "attacks", "blames"))  # fmt: skip
# forms of any reporting verb that, capitalised in a title-case headline, are its verb ("Council Rejects Bid", "Coach Endorsed Rival")
_HEADLINE_ROLES = frozenset(("present", "past", "past_participle"))
_HEADLINE_SUBJECT_WORDS = 4  # words of the speaker that opens such a headline, none a function word ("Rival Group Backs …")
_HEADLINE_PASSIVE = frozenset(("of", "by"))
_HEADLINE_OBJECT_WORDS = 3  # words back from such a form searched for a verb that would take it as its object
_COORDINATORS = frozenset(("and", "but", "or", "then", "yet"))
# Conjunctions that open a clause, after which a quantifier standing alone is its subject ("while another says")
_CLAUSE_OPENERS = frozenset(("while", "whereas", "although", "though", "because", "since", "when", "if"))
# Quantifiers that also stand alone as the subject ("Some say", "Many believe", "Both said").
_PRONOUN_QUANTIFIERS = frozenset(("some", "many", "most", "all", "both", "few", "several", "others", "each", "none",
                                  "either", "neither", "more", "one", "another"))  # fmt: skip
# Shares of people counted in a poll, standing alone as the subject ("half said", "two-thirds say", "a majority said").
_FRACTIONS = frozenset(("half", "third", "quarter", "fifth", "majority", "minority", "plurality"))
# endings of nouns for persons besides the pack's person_noun_endings, for telling a person from a thing before a
# preposition ("a graduate of", "a trustee of", "the chairman of"); too wide for typing sources ("state", "debate")
_MORE_PERSON_ENDINGS = ("ate", "ee", "man", "woman", "men", "women")
_FRACTION_PARTS = (frozenset(("one", "two", "three", "four")), frozenset(("third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths")))


_COUNT_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred"))
_APPROXIMATORS = frozenset(("about", "around", "roughly", "nearly", "almost", "only", "just", "some", "over"))
_SHARE_OPENERS = frozenset(("a", "an", "full", "mere", "another", "more", "than", "fewer", "less", "under", "the"))
_PERCENT_WORDS = frozenset(("percent", "%", "per", "pct"))
_TENS = frozenset(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))


# verbs whose object does what the base form after it says ("make every voter feel", "helped voters understand")
_CAUSATIVES = frozenset(("make", "makes", "made", "making", "help", "helps", "helped", "helping"))


_POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their", "its", "our", "my", "your"))
# determiners of many things: an -s form after one and its modifiers is a plural noun ("both states", "other reports")
_PLURAL_DETERMINERS = frozenset(("both", "many", "several", "these", "those", "few", "various", "other", "numerous"))
# endings only adjectives have (not "-ive": "the missive suggests", "the executive says")
_PLAIN_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "able", "ible", "ical")
# words before an abbreviated title that belong to the name's phrase ("former Gov. Martin Lund", "then-Sen. Ada Roe")
_TITLE_MODIFIERS = frozenset(("former", "then", "acting", "interim", "late", "retired"))
# words that make up a role before a name with the role noun ("state delegate Ann Pruitt", "press secretary Tom Reyes")
_ROLE_MODIFIERS = frozenset((
    "state", "county", "city", "district", "press", "campaign", "party", "communications", "national", "senior",
    "deputy", "finance", "policy", "security", "defense", "foreign", "health", "education", "union", "convention",
    "council", "committee", "staff", "chief", "executive", "assistant", "vice", "former", "acting", "interim",
    "regional", "local", "federal", "legislative", "political", "legal", "media", "digital", "field", "presidential",
    "gubernatorial", "congressional", "economic", "talk", "show", "radio", "television", "news", "mayoral", "senatorial",
))  # fmt: skip
# words of degree that stand before an adjective ("more frequent", "most pressing", "less divisive")
_DEGREE_WORDS = frozenset(("more", "most", "less", "least", "very", "increasingly", "ever", "highly"))
_ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "less", "able", "ible", "est", "inal", "ical")
_COMMON_ADJECTIVES = frozenset(("new", "old", "own", "latest", "recent", "first", "last", "previous", "earlier", "initial", "public",
                                "private", "early", "late", "full", "formal", "original", "final", "personal"))  # fmt: skip


def _possessive(toks: SentenceTokens, j: int) -> bool:
    """Whether ``toks[j]`` is a possessive: a determiner ("his") or a noun in "'s" or "s'" ("Trump's", "Sanders'")."""
    low = toks[j].low
    if low in _POSSESSIVE_DETERMINERS or low.endswith(("'s", "’s", "s'", "s’")) or low in ("'s", "’s"):
        return True
    return low in ("'", "’") and j > 0 and toks[j - 1].low.endswith("s") and toks[j - 1].end == toks[j].start


def _possessive_owner(toks: SentenceTokens, owner: tuple[int, int]) -> bool:
    """Whether ``toks[owner[0]:owner[1]]`` names whose view or words a phrase gives: a possessive pronoun of a third
    person ("his"), or a name or noun phrase in the genitive ("Lund's", "the mayor's"); not a plain word ("in other
    words"), nor the writer's own ("in my view")."""
    first, end = owner
    if end - first == 1 and toks[first].low in _POSSESSIVE_OWNERS:
        return True
    return first < end and toks[end - 1].low not in _POSSESSIVE_DETERMINERS and _possessive(toks, end - 1)


def _adjective_shaped(tok: Token) -> bool:
    """A lower-case word shaped like an adjective ("original", "previous", "controversial", "latest")."""
    return tok.text.isalpha() and tok.text.islower() and (tok.low in _COMMON_ADJECTIVES or tok.low.endswith(_ADJECTIVE_ENDINGS))


def _fraction(low: str) -> bool:
    """"half", "a third", "two-thirds", "three-quarters": a share of people standing for them."""
    number, _, part = low.partition("-")
    return low in _FRACTIONS or number in _FRACTION_PARTS[0] and part in _FRACTION_PARTS[1]


_QUOTED = frozenset(("quoted",))
_INTERVIEW = frozenset(("interview", "interviews", "conversation", "appearance"))


# "a report by X that …" (see EnglishGrammar._noun_report)
_NOUN_AUTHOR = frozenset(("by", "from"))
_REPORTED_NOUN_TYPES = frozenset(("statement", "report", "document"))
# "his claim that …" (see EnglishGrammar._possessed_report): statements and views a possessor holds
_POSSESSED_NOUN_TYPES = frozenset(("statement", "opinion"))
# What a source asks for or declines when it stays unnamed: "requested anonymity", "declined to be named",
# "asked not to be identified", "on condition of anonymity"
_UNNAMED_PARTICIPLES = frozenset(("named", "identified", "quoted", "disclosed"))
_NAME_NOUNS = frozenset(("name", "names"))
_THAT_COMPLEMENT = frozenset(("that", ":"))


def _about_anonymity(toks: SentenceTokens, k: int, anonymity_words: frozenset[str]) -> bool:
    """Whether the verb at ``k`` is about the anonymity of a source: "anonymity" within the next four words, "(not) to
    be named/identified/quoted" right after it, or a name given ("declined to give her name"; not "declined to name
    the suspects", a refusal to say who)."""
    if k >= 3 and toks[k - 1].low == "to" and toks[k - 2].low in _AUTHORIZED \
            and any(t.low in _NEGATORS or t.low.endswith(("n't", "n’t")) for t in toks[max(0, k - 5) : k - 2]):  # fmt: skip
        return True  # "…, as they were not authorized to speak about the budget, …": why a source stays unnamed, no refusal
    after = [t.low for t in toks[k + 1 : k + 6]]
    anonymity = next((n for n, low in enumerate(after[:4]) if low in anonymity_words), None)
    if anonymity is not None:
        # (not "said on condition of anonymity that the talks had stalled": a report told so)
        return k + anonymity + 2 >= len(toks) or toks[k + anonymity + 2].low not in _THAT_COMPLEMENT
    if after[:1] == ["to"] and any(low in _NAME_NOUNS for low in after[2:5]):
        return True
    if after[:1] == ["not"]:
        after = after[1:]
    return after[:2] == ["to", "be"] and len(after) > 2 and after[2] in _UNNAMED_PARTICIPLES


# What follows "asked" set off by commas when the subject was the one asked ("…, asked about the plan, said …")
_ASKED_ABOUT = frozenset(("about", "whether", "if", "why", "how", "what", "when", "for"))

# Refusals to comment (see EnglishGrammar._declines)
_REFUSAL_VERBS = frozenset(("decline", "refuse"))
_COMMENT_LEMMAS = frozenset(("comment", "respond", "reply", "say", "answer", "confirm", "elaborate", "discuss", "speak", "disclose", "reveal"))
_NEGATORS = frozenset(("not", "n't", "never"))
# "not authorized to discuss", "weren't allowed to speak publicly": the reason a source gives for anonymity
_AUTHORIZED = frozenset(("authorized", "authorised", "allowed", "permitted", "cleared", "empowered"))
_UNREACHED = frozenset(("reached", "available"))  # "could not be reached", "was not available for comment"
_UNANSWERED_VERBS = frozenset(("respond", "responded", "reply", "replied", "return", "returned", "answer", "answered"))
_REQUEST_WORDS = frozenset(("comment", "comments", "call", "calls", "email", "emails", "message", "messages", "request", "requests",
                            "inquiry", "inquiries"))  # fmt: skip


@dataclass
class _Clause:
    """An attribution found in a sentence, with the index where its clause starts (its speaker, or its
    cue when the speaker is elsewhere) and its message as a token range (content is set from it)."""

    attribution: Attribution
    start: int
    complement: tuple[int, int] | None


@dataclass(frozen=True)
class _VerbInfo:
    entry: VerbEntry
    role: str  # base, present, past, participle, past_participle, gerund
    addressee: bool


def _is_word(tok: Token) -> bool:
    return tok.text[0].isalnum()


# irregular past forms of frequent verbs (Quirk et al. 1985, appendix I), for telling a verb after a noun
# from a compound noun when no lexicon knows the word ("the chairman met the delegates")
_IRREGULAR_PAST = frozenset((
    "met", "went", "came", "gave", "took", "made", "saw", "knew", "found", "left", "kept", "held", "brought",
    "began", "ran", "won", "lost", "sent", "spent", "stood", "sat", "wrote", "spoke", "chose", "drove", "rose",
    "fell", "paid", "led", "heard", "felt", "put", "set", "cut", "hit", "let", "shut", "struck", "sought",
    "fought", "caught", "taught", "built", "became", "broke", "bought", "sold", "threw", "drew", "grew", "shook",
    "forgot", "forgave", "hid", "lent", "meant", "read", "rode", "sang", "slept", "stole", "swore", "tore", "wore",
    "arose", "awoke", "bent", "bit", "bled", "blew", "bred", "clung", "crept", "dealt", "dug", "did", "drank", "ate",
    "fed", "fled", "flung", "flew", "forbade", "foresaw", "foretold", "froze", "got", "hung", "knelt", "laid", "leapt",
    "mistook", "overcame", "overtook", "overthrew", "oversaw", "rang", "sank", "shone", "shot", "shrank", "slid",
    "sped", "spun", "sprang", "stuck", "stung", "strode", "strove", "swept", "swam", "swung", "thrust", "underwent",
    "understood", "undertook", "upheld", "withdrew", "withheld", "withstood", "woke", "wove", "wept", "rebuilt",
    "redid", "retook", "reran", "outran", "befell", "beheld", "forsook", "mislaid", "misled", "overheard", "overran",
))  # fmt: skip
# verbs that report a stance with a noun object only in their past forms ("supported the bill", "has supported him",
# "challenged the ruling", "thanked the volunteers"; not "support for the bill", "the support they have", "the
# challenges", "thanks to", where the present is the noun)
_OBJECT_IN_THE_PAST = frozenset(("support", "back", "challenge", "thank"))
# words after the first noun of an object that make it a claim or an idea ("questioned the safety of", "the idea that")
_OBJECT_LINKS = frozenset(("of", "that"))
_TAG_VERBS = frozenset(("say", "add", "write", "explain", "argue", "insist", "recall", "warn", "acknowledge", "admit"))
# subordinators that open a clause before a speech tag that goes on after it ("As the vote nears, she says, …")
_CLAUSE_OPENERS_BEFORE_TAG = frozenset(("as", "when", "if", "because", "although", "though", "while", "after", "before", "since",
                                        "once", "unless", "until"))  # fmt: skip
_TIME_DEICTICS = frozenset(("this", "last", "next", "that"))  # before a time word: "this week", "last month"
# "Joseph Biden Jr. said": the period ends the name, not the noun phrase (so does a company's legal form, "Acme
# Holdings Inc. said": see _name_suffix)
_NAME_SUFFIXES = frozenset(("jr", "sr"))


@lru_cache(maxsize=1)
def _company_forms() -> frozenset[str]:
    return frozenset(load_lexicon("mul", "company_forms").entries)


def _name_suffix(low: str) -> bool:
    return low in _NAME_SUFFIXES or low in _company_forms()


def _initial(tok: Token) -> bool:
    """A single capital letter before a period: the middle initial of a name ("Joseph R. Biden")."""
    return len(tok.text) == 1 and tok.text.isupper()


def _long_parenthesis(toks: Sequence[Token], close: int) -> int | None:
    """The opening bracket of a parenthesis of more than a few words that closes at ``close`` right after a
    name ("Kasich (who has 25 delegates to date)"), or None. Short ones ("Ted Cruz (R-Texas)") are part of
    the noun phrase read back."""
    for m in range(close - 1, max(-1, close - _MAX_PARENTHESIS), -1):
        text = toks[m].text
        if text == "(":
            return m if close - m > 6 and m > 0 and _is_cap(toks[m - 1]) else None
        if text == ")" or text in _SENTENCE_END and m < close - 1 and toks[m + 1].text[:1].isupper():
            return None
    return None


_MAX_PARENTHESIS = 40  # tokens a parenthesis between a speaker and its verb may have


def _is_cap(tok: Token) -> bool:
    """Capitalised like a name, also a brand in camel case that begins in lower case ("comScore", "eBay")."""
    text = tok.text
    return text[0].isupper() or len(text) > 2 and text.isalpha() and any(c.isupper() for c in text[1:])


class EnglishGrammar(Grammar):
    """The English attribution grammar (see the module doc)."""

    # --- lexicons -------------------------------------------------------------------------------

    @cached_property
    def addressee_verbs(self) -> frozenset[str]:
        """Lemmas whose addressee may stand between the verb and the message ("told reporters that")."""
        return frozenset(row["lemma"] for row in self.language.lexicon("reporting_verbs").records() if row["addressee"] == "yes")

    @cached_property
    def reportative(self) -> frozenset[str]:
        """Participles that make a raising passive reportative ("is said to"): the hedge rule's lexicon."""
        return frozenset(self.language.lexicon("reportative_verbs").entries)

    @cached_property
    def lemmas_with_past(self) -> frozenset[str]:
        """Lemmas with a past form of their own ("report"/"reported"); not "put", whose base form is also its past
        and so may follow any subject."""
        return frozenset(entry.lemma for forms in self.lex.verbs.values() for entry, role in forms if role != "base" and role != "gerund"
                         and role != "present")  # fmt: skip

    @cached_property
    def role_nouns(self) -> frozenset[str]:
        """Forms of source heads (``source_heads``): role nouns that may precede a name ("spokesman John Smith")."""
        return self._head_forms(lambda row: True)

    def _role_word(self, tok: Token) -> bool:
        """A lower-case role noun, also as the last part of a hyphenated word ("governor", "front-runner")."""
        low = tok.low
        return tok.text.islower() and (low in self.role_nouns or low.rpartition("-")[2] in self.role_nouns)

    def _head_forms(self, keep: Callable[[dict], bool]) -> frozenset[str]:
        """Lower-cased forms (head and inflections) of the rows of the pack's source heads that ``keep`` accepts."""
        return frozenset(f.lower() for row in self.language.lexicon("source_heads").records() if keep(row)
                         for f in (row["head"], *row["forms"].split("|")) if f)  # fmt: skip

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """Forms of the source heads for people ("mayor", "critics", "a person familiar with …"), not bodies."""
        return self._head_forms(lambda row: row["specificity"] in ("person", "generic", "anonymous"))

    # --- the sentence ---------------------------------------------------------------------------

    def find_in_sentence(self, doc: Doc, sent_id: int, toks: SentenceTokens, reported: set[int], found: list[Attribution]) -> None:
        lex = self.lex
        before = len(found)
        covered: set[int] = set()
        clauses: list[_Clause] = []  # the attributions of this sentence with their token spans
        for first, last, form, _phrase in phrase_hits(toks, lex):
            if _in_long_quote(doc, toks[first]):
                continue
            if form == "according_to":
                clause = self._according_to(sent_id, toks, first, last)
            elif form == "agentless":
                complement = self._complement_after(toks, last - 1, None, "speech")
                cue = (toks[first].i, toks[last - 1].i + 1)
                clause = _Clause(Attribution(sent_id, cue, "agentless", cue_type="agentless"), first, complement)
            else:
                clause = self._speech_phrase(sent_id, toks, first, last)
            if clause is not None:
                covered.update(range(first, last))
                clauses.append(clause)
                found.append(clause.attribution)
        title = toks.cached("title_case", lambda: _title_case(toks))
        typewriter = toks.cached("typewriter_quotes", lambda: _typewriter_quotes(toks))
        # the words of an according-to phrase's source are a noun phrase: "according to media reports" has no verb "reports"
        cited = [a.source for a in found[before:] if a.form == "according_to" and a.source is not None]
        for k, tok in enumerate(toks):
            if k in covered or tok.low not in lex.verbs or _in_long_quote(doc, tok) or _inside(typewriter, k):  # type: ignore[arg-type]
                continue
            if any(a <= tok.i < b for a, b in cited):
                continue
            info = self._verb_info(toks, k, bool(title))
            if info is None:
                continue
            clause = self._verb(sent_id, toks, k, info, found, before)
            if clause is not None and title and _is_cap(tok) and k > 0 and not _opens(toks, k) and tok.low not in _HEADLINE_VERBS \
                    and not self._headline_subject(toks, clause.attribution):  # fmt: skip
                continue
            if clause is not None:
                clauses.append(clause)
                found.append(clause.attribution)
        for k, tok in enumerate(toks):
            if k not in covered and tok.low in lex.nouns and not _in_long_quote(doc, tok):
                clause = self._noun_report(sent_id, toks, k) or self._possessed_report(sent_id, toks, k)
                if clause is not None:
                    covered.add(k)
                    clauses.append(clause)
                    found.append(clause.attribution)
        row = doc.sentences[sent_id]
        self._set_contents(toks, clauses, (row["start"], row["end"]), self._next_sentence(doc, sent_id))
        _drop_own_nested_reports(doc, found, before, lex.verbs)
        self._question_lead_in(sent_id, toks, found, before)
        self._in_poll(sent_id, toks, found, before)
        self._second_hand(toks, found, before)
        self._declines(sent_id, toks, found, before)

    def _in_poll(self, sent_id: int, toks: SentenceTokens, found: list[Attribution], before: int) -> None:
        """"In a Gallup poll released on Friday, 48 percent …", "Trump leads in the latest polls": the figures of the
        sentence are the poll's (an according-to attribution whose source is the poll). "in the polls" alone describes a
        standing that no poll is named for ("He has risen in the polls"): no source, the claim stays unattributed. Nor
        does a poll phrase inside the message of another report of the sentence ("she said he trails in most polls"):
        the standing is part of what that source says."""
        k = toks.next_low("in", 0)
        messages = [a.content for a in found[before:] if a.form in ("indirect", "according_to") and a.source is not None
                    and a.content is not None and not a.content[0] <= toks[a.cue[0] - toks[0].i].start < a.content[1]]  # fmt: skip
        while k < len(toks):
            j = k + 1
            while j < len(toks) and j <= k + _POLL_NAME_WORDS and toks[j].low not in _POLL_NOUNS and (
                self.lex.is_(toks[j], "determiner") or _is_cap(toks[j]) or toks[j].text in "/-–" or toks[j].text[0].isdigit()
                or toks[j].low in _POLL_MODIFIERS or toks[j].low.endswith(("'s", "’s"))
            ):  # fmt: skip
                j += 1
            generic = j == k + 2 and toks[k + 1].low == "the" and toks[j].low.endswith("s")  # "leads in the polls": a standing
            if j < len(toks) and toks[j].low in _POLL_NOUNS and j > k and not generic and not any(
                    toks[k].i <= a.cue[0] <= toks[j].i for a in found[before:]) and not any(a <= toks[k].start < b for a, b in messages):  # fmt: skip
                cue = (toks[k].i, toks[j].i + 1)
                found.append(Attribution(sent_id, cue, "according_to", source=self._span(toks, (k + 1, j + 1)), cue_type="according_to",
                                         content=(toks[0].start, toks[-1].end)))  # fmt: skip
                return
            k = toks.next_low("in", k + 1)

    def _question_lead_in(self, sent_id: int, toks: SentenceTokens, found: list[Attribution], before: int) -> None:
        """"Asked about the deal, Clinton said …", "When asked whether he would run, …", "…, she said, when asked
        whether she would run": the question put to the speaker is reported too, by someone unnamed (an
        agentless attribution whose content is the question); the answer keeps its own attribution."""
        k = 1 if len(toks) > 2 and toks[0].low in _QUESTION_OPENERS else 0
        trailing = False
        if toks[k].low != "asked":  # the question after the answer, set off by a comma
            k = toks.next_low("asked", 2)
            # (", when asked", or "when asked" after a speech tag: "told the Courier on Thursday when asked if …")
            while k < len(toks) and not (toks[k - 1].text == "," or toks[k - 1].low in _QUESTION_OPENERS and (
                    toks[k - 2].text == "," or k + 1 < len(toks) and toks[k + 1].low in _WH_WORDS | {"about"}
                    and any(a.cue[0] < toks[k - 1].i for a in found[before:]))):  # fmt: skip
                k = toks.next_low("asked", k + 1)
            trailing = True
        if len(toks) < k + 4 or toks[k].low != "asked":
            return
        q = k + 1
        if toks[q].low in _QUESTION_PLACES or self.lex.is_(toks[q], "time_word"):
            # "Asked on Monday whether …", "Asked at a town hall in Ohio about …", "Asked Tuesday about …"
            q = next((j for j in range(q + 1, min(len(toks), q + 8)) if toks[j].low in _QUESTION_WORDS and toks[j].low not in ("to", "for")
                      or toks[j].text == "," or self._asked_to_speak(toks, k, j)), len(toks))  # fmt: skip
        if q >= len(toks) or toks[q].low not in _QUESTION_WORDS:
            return
        if any(a.cue[0] == toks[k].i for a in found[before:]):
            return
        comma = next((j for j in range(q + 1, min(len(toks), q + 30)) if toks[j].text == ","), None)
        if trailing:
            end = comma if comma is not None else len(toks)
            while end > q + 1 and not _is_word(toks[end - 1]):
                end -= 1
            if not any(a.source is not None and (a.cue[0] < toks[k].i or a.source[1] < toks[k].i - 1) for a in found[before:]):
                return  # "…, asked whether …" needs the answer's speaker before it (or before the question: "Lund, when asked …, said")
        elif comma is None or comma + 1 >= len(toks):
            return
        else:
            end = comma
        found.append(Attribution(sent_id, (toks[k].i, toks[k].i + 1), "agentless", cue_type="speech",
                                 content=(toks[q].start, toks[end - 1].end)))  # fmt: skip

    def _asked_to_speak(self, toks: SentenceTokens, k: int, j: int) -> bool:
        """Whether "to" at ``j`` follows the agent of "asked" at ``k`` and a verb of speech follows it ("Asked by
        reporters to respond to the charges, …"): the question put to the speaker. ("Asked by the guards to
        leave": a request to act, no question.)"""
        return toks[k + 1].low == "by" and toks[j].low == "to" and self.np_forward(toks, k + 2, j) == j and j + 1 < len(toks) \
            and toks[j + 1].low in self.lex.verbs  # fmt: skip

    def _noun_report(self, sent_id: int, toks: SentenceTokens, k: int) -> _Clause | None:
        """"a report by Politico that …", "a statement from the ministry that …": a statement, report or
        document noun, its author after "by"/"from", and the that-clause it reports."""
        if k + 2 >= len(toks) or toks[k + 1].low not in _NOUN_AUTHOR or self.lex.nouns[toks[k].low][0] not in _REPORTED_NOUN_TYPES:
            return None
        end = self.np_forward(toks, k + 2, len(toks))
        if end is None or end + 1 >= len(toks) or toks[end].low != "that" or not self._subject_like(toks, k + 2, end):
            return None
        after, lex = toks[end + 1], self.lex
        if not (lex.is_(after, "determiner") or lex.is_(after, "personal_pronoun") or lex.is_(after, "first_person")
                or lex.is_(after, "quantifier") or after.text[:1].isupper() or after.text[:1].isdigit()):  # fmt: skip
            return None  # "a letter from his mother that made him cry": a relative clause, no report
        attribution = Attribution(sent_id, (toks[k].i, toks[k].i + 1), "indirect", source=self._span(toks, (k + 2, end)), cue_type="writing")
        return _Clause(attribution, k, (end + 1, clause_end(toks, end + 1)))

    def share_of_group(self, words: Sequence[Token]) -> bool:
        """"60 percent of voters", "Twenty-four percent", "a full 79 percent of Democrats", "two-thirds of
        respondents", "42%": a share of a group (after approximators and "a full"), the figures of a poll."""
        j = 0
        while j < len(words) and (words[j].low in _APPROXIMATORS or words[j].low in _SHARE_OPENERS):
            j += 1
        if j >= len(words):
            return False
        low = words[j].low
        number = low.replace(",", "").replace(".", "").isdigit() or low in _COUNT_WORDS or low.partition("-")[0] in _TENS
        if number and j + 1 < len(words) and words[j + 1].low in _PERCENT_WORDS:
            return True
        if low.endswith("%") and low[:-1].replace(".", "").isdigit():
            return True
        # a fraction alone or of a group ("a third", "two-thirds of voters"); before a noun it counts ("a third neighbor")
        return _fraction(low) and low not in ("majority", "minority") and (j + 1 >= len(words) or words[j + 1].low == "of")

    def _possessed_report(self, sent_id: int, toks: SentenceTokens, k: int) -> _Clause | None:
        """"his claim that …", "Obama's recent assertion that …": a noun of a statement or a view, its owner
        (a possessive pronoun or a name with "'s", at most one word between) and the that-clause it reports, or
        the "about" phrase of what it was about ("his notorious remark about rural voters")."""
        lex = self.lex
        if k + 2 >= len(toks) or toks[k + 1].low not in ("that", "about") or lex.nouns[toks[k].low][0] not in _POSSESSED_NOUN_TYPES:
            return None
        about = toks[k + 1].low == "about"  # "his notorious remark about rural voters": what it was about
        owner = k - 1
        if owner > 0 and toks[owner].text.isalpha() and toks[owner].text.islower() and toks[owner].low not in _POSSESSIVE_OWNERS \
                and toks[owner].low not in lex.verbs:  # fmt: skip
            owner -= 1  # "his recent claim"
        if owner < 0:
            return None
        if toks[owner].low in _POSSESSIVE_OWNERS:
            source = (owner, owner + 1)
        elif toks[owner].low.endswith(("'s", "’s")) and _is_cap(toks[owner]):
            start = owner
            while start > 0 and _is_cap(toks[start - 1]) and not self.lex.is_(toks[start - 1], "determiner"):
                start -= 1
            source = (start, owner + 1)
        else:
            return None
        after = toks[k + 2]
        bare_plural = after.text.isalpha() and after.low.endswith("s") and k + 3 < len(toks) and lex.is_(toks[k + 3], "auxiliary")
        quoted = _quotation_opens(toks, k + 2)  # "her remark that “there is no place for …”"
        if not about and not (lex.is_(after, "determiner") or lex.is_(after, "personal_pronoun") or lex.is_(after, "first_person")
                or lex.is_(after, "quantifier") or after.text[:1].isupper() or after.text[:1].isdigit() or bare_plural or quoted):  # fmt: skip
            return None  # "his statement that made headlines": a relative clause, no report ("that taxes would": one)
        cue_type = "cognition" if lex.nouns[toks[k].low][0] == "opinion" else "speech"  # "his view that …" is a thought
        attribution = Attribution(sent_id, (toks[k].i, toks[k].i + 1), "indirect", source=self._span(toks, source), cue_type=cue_type)
        end = clause_end(toks, k + 2)
        if about:  # the noun phrase it was about, not the clause it stands in ("His remarks about the judge drew …")
            end = self.np_forward(toks, k + 2, end) or end
        return _Clause(attribution, k, (k + 2, end))

    def _declines(self, sent_id: int, toks: SentenceTokens, found: list[Attribution], before: int) -> None:
        """Refusals to comment: "X declined to comment", "X did not respond to a request for comment",
        "X could not be reached for comment", "X had no immediate comment". The source was asked and said
        nothing: one ``declined`` attribution (strength 0, it backs no claim) instead of reports of
        what was said."""
        mine = found[before:]
        declined: Attribution | None = None
        for a in mine:
            cue = a.cue[0] - toks[0].i
            if a.lemma in _REFUSAL_VERBS and cue + 2 < len(toks) and toks[cue + 1].low == "to" \
                    and not _about_anonymity(toks, cue, self.language.anonymity_words):  # fmt: skip
                declined = a  # "declined to comment", "refused to say whether …"
                break
            if a.lemma in _REFUSAL_VERBS and all(not _is_word(t) for t in toks[cue + 1 :]):
                declined = a  # "… and when asked whether he would act, he declined.": a refusal, no tag of what came before
                break
            if a.lemma in _COMMENT_LEMMAS and self._negated(toks, cue):
                declined = a  # "did not comment", "would not say"
                break
            if a.lemma in _COMMENT_LEMMAS and cue + 1 < len(toks) and toks[cue + 1].low in _NOTHING_SAID and (
                cue + 2 >= len(toks) or not _is_word(toks[cue + 2]) or self.lex.is_(toks[cue + 2], "preposition")
            ):  # fmt: skip
                declined = a  # "said nothing about the deal", "said little,": nothing said a claim could rest on
                break  # ("said nothing would change": "nothing" opens the clause said)
        if declined is None:
            k = next((k for k, t in enumerate(toks) if self._unanswered(toks, k)), None)
            if k is None:
                return
            group = self._group_start(toks, k)
            subject = self._subject(toks, k, group)
            if subject is None:
                return
            declined = Attribution(sent_id, (toks[k].i, toks[k].i + 1), "declined", source=self._span(toks, subject), cue_type="speech")
            found.append(declined)
        # what the refusal embeds ("to comment", "to say whether …") is not a report of its own
        end = clause_end(toks, declined.cue[0] - toks[0].i + 1)
        inner = range(declined.cue[1], toks[min(end, len(toks) - 1)].i + 1)
        base = toks[0].i
        found[before:] = [
            a for a in found[before:]
            if a is declined or a.cue[0] not in inner or toks[self._group_start(toks, a.cue[0] - base) - 1].low in _COORDINATORS
        ]  # "declined to name them but said …": a coordinated verb reports on its own
        declined.form, declined.content = "declined", None
        cue = declined.cue[0] - base
        # what was refused ("to comment", "to say whether he was paid": a request, not a statement, so it stays in the
        # writer's voice), the question left open ("would not say whether he was paid", "hasn't said when the vote
        # will be") or the topic not talked about ("would not discuss the merger"); the attribution still backs no claim
        if cue + 2 < len(toks) and (declined.lemma in _REFUSAL_VERBS and toks[cue + 1].low == "to"
                                    or declined.lemma in _COMMENT_LEMMAS and (toks[cue + 1].low in _WH_WORDS
                                                                             or self._negated(toks, cue) and _is_word(toks[cue + 1]))):  # fmt: skip
            last = min(end, len(toks)) - 1
            while last > cue + 1 and not _is_word(toks[last]):
                last -= 1
            declined.content = (toks[cue + 1].start, toks[last].end)

    def _negated(self, toks: SentenceTokens, k: int) -> bool:
        """A negation in the verb group before ``k`` ("did not respond", "wouldn't say", "never commented")."""
        for j in range(k - 1, max(-1, k - 4), -1):
            if toks[j].low in _NEGATORS or toks[j].low.endswith(("n't", "n’t")):
                return True  # ("wouldn't" is one token)
            if not _is_word(toks[j]):
                break  # "Win or not, candidate says": a negation before a comma is not the verb's
        return k > 0 and toks[k - 1].low == "without"  # "without saying"

    def _unanswered(self, toks: SentenceTokens, k: int) -> bool:
        """``k`` is the verb of a refusal that names no reporting verb: "did not respond/reply/return (calls)
        … for comment", "could not be reached", "was not available for comment", "had no (immediate) comment"."""
        low = toks[k].low
        if low not in _UNANSWERED_VERBS and low not in _UNREACHED and not (low in _HAVE_FORMS and k + 1 < len(toks) and toks[k + 1].low == "no"):
            if low in self.lex.verbs and any(entry.lemma in _REFUSAL_VERBS and role != "base" for entry, role in self.lex.verbs[low]) and k > 0:
                return all(not _is_word(t) for t in toks[k + 1 :])  # "…, he declined.": refused to answer what was asked
            return False  # most words: decided without looking further (this runs on every token)
        window = {t.low for t in toks[k + 1 : k + 8]}
        if low in _UNANSWERED_VERBS:
            return self._negated(toks, k) and (low not in ("return", "returned") or bool(window & _REQUEST_WORDS))
        if low in _UNREACHED:
            return self._negated(toks, k) and (low == "reached" or "comment" in window)
        return "comment" in window  # "had no (immediate) comment"

    @staticmethod
    def _next_sentence(doc: Doc, sent_id: int) -> tuple[int, int] | None:
        """The span of the sentence after ``sent_id`` (the message after "X wrote:" at a sentence end)."""
        if sent_id + 1 >= len(doc.sentences):
            return None
        row = doc.sentences[sent_id + 1]
        return None if row["kind"] == "boilerplate" else (row["start"], row["end"])

    def _set_contents(self, toks: SentenceTokens, clauses: list[_Clause], sentence_span: tuple[int, int],
                      next_span: tuple[int, int] | None = None) -> None:  # fmt: skip
        """Each attribution's message as character offsets; a message stops at the boundary before the next
        attribution's clause ("X said A, adding B", "X said A, but Y said B"), not at a nested one ("X said
        Y told him B").

        Where each clause's boundary lies is found once per clause (a bounded walk back from its start);
        a message then looks up the first later clause with a boundary behind its own start, by binary
        search, so that a sentence full of reporting verbs costs linear time."""
        cuts = [(c.start, cut) for c in clauses if (cut := self._boundary_before(toks, c.start)) is not None]
        first = toks[0].i
        speaker_back: dict[tuple[int, int], int] = {}  # such a comma's cut -> where its verb's speaker starts
        for c in clauses:  # "Cruz, who says A, said B": the comma before a verb whose speaker stands further back
            k = c.attribution.cue[0] - first
            if c.start < k - 1 < len(toks) and toks[k - 1].text in _COMMA:
                cuts.append((k, k - 1))
                speaker_back[(k, k - 1)] = c.start
        cuts.sort()
        starts = [start for start, _ in cuts]
        # the speakers' spans, to keep a verb inside one from reporting past it ("Democrats who backed the bill said …")
        speakers = sorted((c.attribution.source[0] - first, c.attribution.source[1] - first) for c in clauses if c.attribution.source)
        speaker_starts = [a for a, _ in speakers]
        for clause in clauses:
            complement = clause.complement
            if complement is not None and complement[0] >= len(toks):
                clause.attribution.content = next_span or sentence_span  # "Hewitt writes:" ends the sentence
                continue
            if complement is not None and clause.attribution.form == "according_to" and complement[0] == 0 \
                    and complement[1] == clause.start - 1:  # fmt: skip
                pass  # "Lund, in turn, cites …, according to the Gazette.": the whole clause before it, other reports and all
            elif complement is not None:
                a, b = complement
                m = bisect_right(starts, a)
                # cuts lie before their clause's start and after the previous clause's: a few steps at most
                while m < len(cuts) and cuts[m][0] < b and cuts[m][1] <= a and m < bisect_right(starts, a) + 3:
                    m += 1
                if m < len(cuts) and cuts[m][0] == clause.start:
                    m += 1  # the clause's own boundary: a speech tag inside the message it reports
                if m < len(cuts) and speaker_back.get(cuts[m], -1) >= a:
                    m += 1  # "said that Anna Berg, the district chair, planned …": the speaker and verb inside the message
                if m < len(cuts) and cuts[m][0] < b and cuts[m][1] > a:
                    b = cuts[m][1]
                b = self._within_speaker(speakers, speaker_starts, clause.attribution.cue[0] - first, a, b)
                complement = (a, b)
            clause.attribution.content = self._content(toks, complement, sentence_span)

    @staticmethod
    def _within_speaker(speakers: list[tuple[int, int]], starts: list[int], k: int, a: int, b: int) -> int:
        """Where a message from ``a`` to ``b`` of the verb at ``k`` must end when the verb stands inside another
        attribution's speaker ("Democrats who backed the bill said …": "backed" reports "the bill", not what
        the Democrats said): at that speaker's end. Speakers are sorted by start; a few nearest are looked at."""
        m = bisect_right(starts, k)
        for s, e in speakers[max(0, m - 3) : m]:
            if s <= k < e and a < e < b:
                b = e
        return b

    def _boundary_before(self, toks: SentenceTokens, c: int) -> int | None:
        """The clause boundary just before the clause that starts at ``c``: a punctuation mark or a
        conjunction (", but Y said", "and he pledged"); None when nothing separates the clause from what
        precedes it (a clause nested in a message: "X said Y told him …"). At most eight tokens back."""
        j = c - 1
        floor = max(0, c - 8)
        conjunction = None
        while j > floor and (self.lex.is_(toks[j], "conjunction") or self.lex.is_(toks[j], "connector")
                             or toks[j].low in ("while", "whereas") or toks[j].text in _QUOTE_MARKS or toks[j].text == "'"):  # fmt: skip
            if self.lex.is_(toks[j], "conjunction") or toks[j].low in ("while", "whereas"):
                conjunction = j
            j -= 1
        if j > 0 and toks[j].text in _PUNCT_BOUNDARY:
            return self._opening_clause_before(toks, j)
        return conjunction

    def _opening_clause_before(self, toks: SentenceTokens, comma: int) -> int:
        """Where the clause that ends at ``comma`` begins when it is an adverbial clause that "and" or "but" joins
        to what precedes ("X said A, and when asked about B, she said C"): the new clause starts with it, so the
        boundary is the comma before the conjunction; otherwise the comma itself."""
        for p in range(comma - 1, max(0, comma - 14), -1):
            if toks[p].text in _PUNCT_BOUNDARY or toks[p].text in _SENTENCE_END:
                if (toks[p].text == "," and p + 2 < comma and toks[p + 1].low in ("and", "but")
                        and toks[p + 2].low in _OPENING_SUBORDINATORS - {"as"}):  # fmt: skip
                    return p
                break
        return comma

    # --- reporting verbs ------------------------------------------------------------------------

    def _verb_info(self, toks: SentenceTokens, k: int, title: bool = False) -> _VerbInfo | None:
        """The reporting-verb reading of ``toks[k]``, or None for a noun, a name or an idiom; in a headline
        in title case ("Clinton Says Russians Hacked DNC") a capitalised verb is a verb."""
        lex = self.lex
        tok = toks[k]
        if _is_cap(tok) and k > 0 and not _opens(toks, k) and not (title and (tok.low in _HEADLINE_VERBS or self._headline_verb(toks, k))):
            return None  # a name or title: "the Washington Post", "Will Smith"
        candidates = lex.verbs[tok.low]
        end = min(clause_end(toks, k), k + 4)
        chosen: tuple[VerbEntry, str] | None = None
        for entry, role in candidates:
            if entry.particle:
                m = toks.next_low(entry.particle, k + 1)
                if m + 1 < len(toks) and toks[m].low in _APPROXIMATORS and toks[m + 1].text[:1].isdigit():
                    continue  # "spoke for about 30 minutes": a number's approximator, not the verb's particle
                if m < end and toks[m].quote == tok.quote:
                    chosen = (entry, role)  # (not a "for" inside a quotation: "a group called “Moms for Safety”")
                    break
                continue
            if chosen is None:
                chosen = (entry, role)
        if chosen is None:
            return None
        entry, role = chosen
        prev = toks[k - 1] if k > 0 else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if prev is not None and self._nominal_context(toks, k):
            return None  # "the report", "his claims", "Trump's tweets", "a telling sign"
        if prev is not None and prev.text[:1].isdigit() and role != "base" and nxt is not None and nxt.text.isalpha() \
                and nxt.text.islower() and nxt.low not in lex.verbs and not lex.words.get(nxt.low):  # fmt: skip
            return None  # "384 pledged delegates": a participle between a number and its noun describes the noun
        if role in ("base", "present") and nxt is not None and (
            lex.is_(nxt, "auxiliary") and not self._in_relative_gap(toks, k)
            or nxt.low in lex.verbs and not lex.is_(nxt, "preposition")
            or nxt.low == "of" and (tok.low in lex.nouns or tok.low[:-1] in lex.nouns)
        ):
            return None  # "reports say", "claims were", "fears of": a noun
        if role == "base" and prev is not None and prev.low in _INFINITIVE and k >= 2 and toks[k - 2].low in _IDIOM_GOVERNORS:
            return None  # "needless to say", "it is fair to say"
        if role == "present" and prev is not None and prev.low in _HAVE_FORMS:
            return None  # "voters have doubts about", "she has concerns": after "have" a verb is a participle, so a noun
        if role == "present" and prev is not None and prev.text.islower() and any(
            r == "base" for _, r in self.lex.verbs.get(prev.low, ())
        ) and k >= 2 and toks[k - 2].low in _INFINITIVE:  # fmt: skip
            return None  # "to write notes", "to issue statements": the object of an infinitive, a noun
        if role == "present" and prev is not None and self._past_form(prev) and not lex.is_(prev, "auxiliary") \
                and not (k >= 2 and (toks[k - 2].low in _PERSONAL_SUBJECTS or _is_cap(toks[k - 2]))):  # fmt: skip
            return None  # "the board passed rules that …": after a past verb an -s form is its object, a noun (not
            # "the firm she founded says", "the firm Smith founded says": a relative clause ends before the main verb)
        if role == "base" and _opens(toks, k) and (prev is None or not prev.text[:1].isalnum()):
            return None  # an imperative: "Ask your doctor …", "Tell us what you think" (no subject, so nobody reports)
        return _VerbInfo(entry, role, entry.lemma in self.addressee_verbs)

    def _headline_verb(self, toks: SentenceTokens, k: int) -> bool:
        """Whether the capitalised ``toks[k]`` of a title-case headline is its verb: a finite form or participle of a
        reporting verb ("Council Rejects Bid", "Senator Just Endorsed Rival") that no capitalised verb form shortly
        before it takes as its object ("Mayor Criticises Rival's Remarks": "Remarks" is a noun there)."""
        roles = {role for _, role in self.lex.verbs[toks[k].low]}
        if not roles & _HEADLINE_ROLES or roles == {"past_participle"} and k + 1 < len(toks) and toks[k + 1].low in _HEADLINE_PASSIVE:
            return False  # (a participle before "of" or "by" is passive: "Mayor Accused Of Bribery", "Plan Backed By Unions")
        for j in range(k - 1, max(-1, k - 1 - _HEADLINE_OBJECT_WORDS), -1):
            if not toks[j].text[:1].isalnum() or toks[j].low in _COORDINATORS:
                return True
            if _is_cap(toks[j]) and toks[j].low in self.lex.verbs:
                return False
        return True

    def _headline_subject(self, toks: SentenceTokens, row: Attribution) -> bool:
        """Whether the source of a headline's report opens the headline and is a short name or noun phrase
        ("Harbor Authority Reveals …"), not words that only look like one in title case."""
        if row.source is None or row.relative is not None or row.source[0] != toks[0].i or row.source[1] - row.source[0] > _HEADLINE_SUBJECT_WORDS:
            return False
        return not any(self.lex.words.get(toks[j].low) for j in range(row.source[1] - row.source[0]))

    @staticmethod
    def _article_object_of_a_claim(toks: SentenceTokens, start: int, end: int) -> bool:
        """Whether the object ``[start, end)`` opens with an article and its first noun has "of" or "that" after it
        ("questioned the safety of the dam", "the idea that …"): a claim doubted; "the suspect", "a neighbour
        on Friday" are most likely a person interrogated."""
        return toks[start].low in _ARTICLES and start + 2 < end and toks[start + 2].low in _OBJECT_LINKS

    def _in_relative_gap(self, toks: SentenceTokens, k: int) -> bool:
        """Whether the verb at ``k`` follows a relative word and a short subject ("which critics say will …",
        "that many experts believe could …"): the verb of a relative clause whose own subject is left out."""
        for r in range(k - 2, max(-1, k - 5), -1):
            if toks[r].low in _RELATIVE_WORDS:
                between = toks[r + 1 : k]
                return all(_is_word(t) and t.low not in self.lex.verbs for t in between)
            if not _is_word(toks[r]):
                return False
        return False

    def _verb_after_name_in_s(self, toks: SentenceTokens, k: int) -> bool:
        """Whether the form at ``k`` after a capitalised word in "'s" is that name's verb: "Moody's said it would …",
        "McDonald's says that …" (a firm named in the possessive; "Smith's said" is "Smith has said"). The form is no
        noun and a clause or an object follows it, so not "Trump's claims that …", "Obama's proposed budget"."""
        lex = self.lex
        tok = toks[k]
        if not _is_cap(toks[k - 1]) or tok.low in lex.nouns or tok.low[:-1] in lex.nouns:
            return False
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if not self._tag_verb(tok) or not any(role in ("past", "past_participle", "present") for _, role in lex.verbs[tok.low]):
            return False  # (only finite verbs of speech tags: "Obama's proposed budget", "Let's say you …" stay as they were)
        return nxt is None or nxt.low == "that" or nxt.text in _COMMA or nxt.text in _QUOTE_MARKS or nxt.text in _SENTENCE_END \
            or lex.is_(nxt, "personal_pronoun") or lex.is_(nxt, "determiner") or lex.is_(nxt, "preposition")  # fmt: skip

    def _nominal_context(self, toks: SentenceTokens, k: int) -> bool:
        """Whether ``toks[k]`` is a noun by the word before it: "the report", "his claims", "Trump's
        tweets", "in response"; after a quantifier used as a pronoun ("Some say that", "many fear
        the worst") it is a verb when a clause or an object follows."""
        lex = self.lex
        prev = toks[k - 1]
        low = prev.low
        if low == "that" and k >= 2 and toks[k - 2].low in lex.verbs:
            return True  # "said that reports about …": after a verb of speech "that" opens a clause, whose subject follows
        if low in ("that", "which", "who") or contracted_auxiliary(low) is not None:
            return False  # "the report that said": a relative pronoun; "he's said": a pronoun and its auxiliary
        if prev.text == "," and k + 2 < len(toks) and toks[k + 1].low in ("that", "which") \
                and any(role == "present" for _, role in lex.verbs[toks[k].low]) and self._finite_after_relative(toks[k + 2]):  # fmt: skip
            return True  # "…, remarks that were aired", "…, comments which drew criticism": a noun in apposition
            # and its relative clause (a verb's that-clause has a subject: "…, warns that prices rise")
        if low in _PRONOUN_QUANTIFIERS:
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            return not (nxt is not None and (nxt.low in _WH_WORDS or nxt.low in ("that", "to", "there") or nxt.text in ":,"
                                             or lex.is_(nxt, "personal_pronoun") or lex.is_(nxt, "determiner") or _is_cap(nxt)))  # fmt: skip
        if low in _OBJECT_PRONOUNS and not any(role in ("base", "present") for _, role in lex.verbs[toks[k].low]):
            return False  # "sources close to her said": a past form after "her" is the verb, not "her claims"
        if lex.is_(prev, "determiner") or lex.is_(prev, "quantifier"):
            return True
        if k >= 2 and lex.is_(toks[k - 2], "preposition") and prev.text.isalpha() and prev.text.islower() \
                and low.endswith("ing") and low not in lex.verbs and not lex.words.get(low) \
                and all(role == "present" for _, role in lex.verbs[toks[k].low]):  # fmt: skip
            return True  # "from finalizing rules that …", "for raising questions": a form in -s after a gerund is its object
            # (not after a noun in -ing: "Another ranking says", "Exit polling shows")
        if k >= 2 and toks[k - 2].low in _POSSESSIVE_DETERMINERS and _adjective_shaped(prev) and prev.low not in lex.verbs:
            return True  # "stood by her earlier remarks": a possessive and an adjective before the noun
        if k >= 2 and low.endswith("ly") and prev.text.islower() and _possessive(toks, k - 2) and k + 1 < len(toks) and _is_word(toks[k + 1]) \
                and any(role in ("past", "past_participle") for _, role in lex.verbs[toks[k].low]):  # fmt: skip
            return True  # "Sanders' widely criticized interview", "his widely reported remarks": a participle before its noun
        if k >= 2 and toks[k - 2].low in ("no", "any") and prev.text.isalpha() and prev.text.islower() and not lex.words.get(prev.low) \
                and prev.low not in lex.verbs:  # fmt: skip
            return True  # "no immediate plans", "any further comments": "no" and a modifier before the noun (not "no one says")
        if k >= 2 and toks[k - 2].low in _DEGREE_WORDS and prev.text.isalpha() and prev.text.islower() and prev.low not in lex.verbs \
                and not lex.words.get(prev.low) and prev.low not in _PLURAL_NOUNS and not prev.low.endswith(("s", "men")):  # fmt: skip
            return True  # "more frequent calls", "his most pressing question": a degree word, its adjective, the noun
            # (not "more voters say", "more people say": a plural subject after "more")
        if self._after_singular_determiner(toks, k):
            return True
        if any(role == "present" for _, role in lex.verbs[toks[k].low]) and self._plural_noun_phrase(toks, k):
            return True
        if _is_word(prev) and low.endswith(("'s", "’s")):
            return not self._verb_after_name_in_s(toks, k)
        if prev.text[0].isdigit():
            return any(role in ("base", "present") for _, role in lex.verbs[toks[k].low])  # "3 reports", not "10 said"
        if prev.low in _COUNT_WORDS and prev.low != "one":
            # "three states": after a plural number a form in -s is the noun (a verb would be "three say")
            return any(role == "present" for _, role in lex.verbs[toks[k].low])
        if lex.is_(prev, "preposition") and low not in _UNDONE and toks[k].low.endswith("ing") and (self._object_follows(toks, k) or k + 1 < len(toks) and (
                toks[k + 1].low == "that" or _is_cap(toks[k + 1]))):  # fmt: skip
            return False  # "firm in rejecting the offer", "a record of blaming others": a gerund with its object is the verb
        return lex.is_(prev, "preposition") and low not in _INFINITIVE and low not in ("after", "before", "without", "while", "by", "since", "like", "as")

    def _plural_noun_phrase(self, toks: SentenceTokens, k: int) -> bool:
        """Whether the -s form at ``k`` ends a plural noun phrase: after an adjective ("incongruous comments", "numerous
        reports") or after a determiner of many and up to three modifiers ("both states", "other battleground states";
        a verb in -s would agree with one; not "most": "the most recent poll shows"). Nouns are not told from adjectives without a
        tagger, so only words shaped like adjectives count right before the form ("the agency says" is a verb)."""
        lex = self.lex
        prev = toks[k - 1]
        if prev.text.isalpha() and prev.text.islower() and prev.low.endswith(_PLAIN_ADJECTIVE_ENDINGS) and prev.low not in lex.verbs:
            return True
        for j in range(k - 1, max(-1, k - 5), -1):
            tok = toks[j]
            if tok.low in _PLURAL_DETERMINERS:
                return True
            if not (tok.text.replace("-", "").isalpha() and tok.low not in lex.verbs and not lex.words.get(tok.low)):
                return False  # a verb, a function word or a mark: the phrase, if any, began after it
        return False

    def _finite_after_relative(self, tok: Token) -> bool:
        """Whether ``tok``, right after "that"/"which", is a finite verb, so that the pronoun is the subject of a
        relative clause: an auxiliary or modal ("were", "have", "would"), or a past form ("drew", "prompted")."""
        lex = self.lex
        if lex.is_(tok, "auxiliary") or lex.is_(tok, "modal"):
            return True
        return tok.text.islower() and (tok.low.endswith("ed") or any(role == "past" for _, role in lex.verbs.get(tok.low, ())))

    def _after_singular_determiner(self, toks: SentenceTokens, k: int) -> bool:
        """Whether the base form at ``k`` ends a noun phrase opened by a singular determiner or a name's
        possessive and one or two lower-case words ("a new report from …", "the latest statement", "Trump's
        false claim"): a verb there would agree with a singular subject ("a new study reports"), so the base
        form is the noun."""
        lex = self.lex
        if any(role != "base" or entry.lemma not in self.lemmas_with_past for entry, role in lex.verbs[toks[k].low]):
            return False  # "reports" agrees with "a new study"; "put" may be a past ("as the senator put it")
        for j in (k - 2, k - 3):
            if j < 0:
                return False
            between = toks[j + 1 : k]
            indefinite = toks[j].low in _INDEFINITE_ARTICLES  # "a heated dispute": one thing, whatever the word before
            opens = indefinite or toks[j].low in _SINGULAR_DETERMINERS or toks[j].low.endswith(("'s", "’s")) and _is_cap(toks[j])
            # (after "a", a capitalised word too: "a Facebook post this week that …", "a CNN report")
            if not all(t.text.replace("-", "").isalpha() and (t.text.islower() or indefinite) and not lex.is_(t, "quantifier")
                       and not lex.is_(t, "personal_pronoun")
                       and (indefinite or t.low not in lex.verbs and t.low not in _PLURAL_NOUNS and not t.low.endswith(("s", "ed", "men")))
                       for t in between):  # fmt: skip
                if not opens and j == k - 2 and toks[j].text.isalpha() and toks[j].text.islower():
                    continue  # "a weekly staff call": the word before may be an adjective after the determiner further back
                return False  # "the officials report", "the people report", "those surveyed say": a plural subject
            if opens:
                return not self._object_in_relative(toks, j) and not self._object_of_plural_head(toks, j, k)
        return False

    def _object_of_plural_head(self, toks: SentenceTokens, j: int, k: int) -> bool:
        """Whether the noun phrase opened at ``j`` is a preposition's object after a plural noun and the base form
        at ``k`` opens a clause after it ("Friends of the senator say that …", "Aides to the governor say they …"):
        the base form is the verb, agreeing with the plural head, not a noun ("thanks for the ferry crew's
        report of …", "the clerks on a long note about …")."""
        lex = self.lex
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if j < 2 or toks[j - 1].low not in _LINK_PREPOSITIONS or toks[j].low in _INDEFINITE_ARTICLES or nxt is None:
            return False  # (not "walked slowly toward a small town we know"; only after "of", "for", "to" …)
        if not (nxt.low in _WH_WORDS or nxt.low == "that" or nxt.text in ":"
                or lex.is_(nxt, "personal_pronoun") and nxt.low in _PERSONAL_SUBJECTS
                or lex.is_(nxt, "determiner") and nxt.low not in ("that", "this")):  # fmt: skip
            return False  # ("Doctors at the clinic say the wait …": a clause without "that" opens with its subject's article)
        head = toks[j - 2]
        return head.text.isalpha() and (head.low in _PLURAL_NOUNS or head.low.endswith("s") and not head.low.endswith("ss")) \
            and head.low not in self.lex.verbs and not self.lex.words.get(head.low)  # fmt: skip

    def _object_in_relative(self, toks: SentenceTokens, j: int) -> bool:
        """Whether the noun phrase opened at ``j`` is the object of a relative clause's verb ("Teachers who
        opposed the reform say …"): a base form after it may be the main clause's verb, agreeing with the
        antecedent, not a noun."""
        if j < 2 or toks[j - 2].low not in _RELATIVE_WORDS:
            return False
        verb = toks[j - 1]
        return verb.text.isalpha() and verb.text.islower() and (
            verb.low in self.lex.verbs or verb.low in _IRREGULAR_PAST or verb.low.endswith("ed"))  # fmt: skip

    def _time_phrase_only(self, toks: SentenceTokens, j: int, end: int) -> bool:
        """Whether the words ``toks[j:end]`` are a phrase of time ("on Monday", "late last week"): when something was
        said, not what."""
        while end > j and not _is_word(toks[end - 1]):
            end -= 1
        if j >= end or toks[j].low in _INFINITIVE or toks[j].low in _BY:
            return False  # "sought to appeal … on Tuesday", "reported by the Times on Tuesday": more than a time
        k = j
        while k < end and (self.lex.is_(toks[k], "preposition") or self.lex.is_(toks[k], "time_word") or self._adverb(toks, k)
                           or toks[k].low in _TIME_DEICTICS or toks[k].low in ("late", "early")):  # fmt: skip
            nxt = self._skip_adverbial(toks, k, end)
            k = nxt if nxt > k else k + 1  # ("late last week": the words of time one by one)
        return k > j and k >= end and any(self.lex.is_(t, "time_word") for t in toks[j:end])

    def _noun_before_to(self, toks: SentenceTokens, j: int) -> bool:
        """Whether ``toks[j]`` ends a noun phrase opened by a determiner, with up to one lower-case modifier between
        ("a leader", "the effort", "a good way"): a noun, whose purpose an infinitive after it gives."""
        lex = self.lex
        for d in (j - 1, j - 2):
            if d < 0 or not all(t.text.isalpha() and t.text.islower() and t.low not in lex.verbs for t in toks[d + 1 : j + 1]):
                return False
            if lex.is_(toks[d], "determiner"):
                # (after a modifier, not a plural and a verb: "her communications appear to", "the party seemed to")
                return d == j - 1 or not lex.words.get(toks[j - 1].low) and not toks[j - 1].low.endswith("s") \
                    and not toks[j].low.endswith("ed")  # fmt: skip
        return False

    def _verb(self, sent_id: int, toks: SentenceTokens, k: int, info: _VerbInfo, found: list[Attribution],
              before: int) -> _Clause | None:  # fmt: skip
        """The attribution of the reporting verb at ``k``, or None when it reports nothing or its speaker is not found."""
        entry, role = info.entry, info.role
        if role == "base" and k >= 3 and toks[k - 1].low == "to" and self._noun_before_to(toks, k - 2):
            return None  # "a leader to counter threats", "the effort to explain", "a good way to understand": what a noun is for
        if role == "base" and entry.type == "cognition" and self._caused(toks, k):
            return None  # "to make every voter feel that …": a feeling someone wants to bring about, nobody's report
        last = toks.next_low(entry.particle, k + 1) if entry.particle else k
        group = self._group_start(toks, k)
        aux = {contracted_auxiliary(t.low) or t.low for t in toks[group:k]}
        if role == "gerund" and "has" in aux and any((split_contraction(t.low) or ("", ""))[1] == "s" for t in toks[group:k]):
            aux.add("is")  # "he's saying", "Lund's predicting": before a form in -ing the "'s" is "is", not "has"
        passive = role in ("participle", "past_participle") and bool(aux & _BE_FORMS)
        perfect = role in ("participle", "past_participle") and bool(aux & _HAVE_FORMS)
        having = perfect and toks[group].low == "having"  # "Having said that …, the senator …": a participle clause, as a gerund's
        if role == "participle" and not (passive or perfect):
            return None  # "known as", "written by": a participle without its auxiliary
        if role == "past_participle" and not (passive or perfect) and group == k and k > 0 and toks[k - 1].text in _COMMA \
                and k + 1 < len(toks) and toks[k + 1].low in _BY:  # fmt: skip
            return None  # "…, published by the ministry, …": a reduced passive, not a report
        if entry.lemma == "ask" and group == k and k > 0 and toks[k - 1].text in _COMMA and k + 1 < len(toks) \
                and toks[k + 1].low in _ASKED_ABOUT:  # fmt: skip
            return None  # "The minister, asked about the plan, said …": a participle set off, the subject was asked
        if _about_anonymity(toks, k, self.language.anonymity_words):
            return None  # "who requested anonymity", "declined to be named", "asked not to be identified": how a source is kept unnamed
        if role == "past_participle" and not (passive or perfect) and group == k and k >= 2 and toks[k - 1].text.isalpha() \
                and toks[k - 1].low in self.lex.nouns and k + 1 < len(toks) and toks[k + 1].low in _BY:  # fmt: skip
            return self._reduced_passive(sent_id, toks, k, last, info)  # "…, a claim disputed by auditors"
        if entry.lemma == "continue" and k + 1 < len(toks) and (toks[k + 1].low == "to" or toks[k + 1].low.endswith("ing")):
            return None  # "could continue to shrink", "continued rising": going on, not speaking on
        if entry.lemma.startswith("call") and k >= 2 and toks[k - 1].low == "to" and toks[k - 2].low in ("close", "early", "soon"):
            return None  # "too close to call", "too early to call": a race not yet decided
        if entry.lemma == "call" and self._call_without_words(toks, k, passive):
            return None  # "a company called Cambridge Analytica", "Obama called Naghmeh Abedini.", "yet to be called"
        if entry.lemma == "back" and not passive and self._back_as_adverb(toks, k):
            return None  # "roared back in South Carolina", "flew back to Georgia": the adverb, not "to support"
        if entry.lemma == "add" and self._amount_after(toks, k + 1):
            return None  # "the economy added 292,000 jobs", "added $5 million to the bill": a sum grew, nobody spoke
        if k + 1 < len(toks) and toks[k + 1].low == "volumes" and entry.lemma.startswith("speak"):
            return None  # "the fact speaks volumes about …": it shows much, nobody speaks
        cue = (toks[k].i, toks[last].i + 1)
        if passive:
            return self._passive(sent_id, toks, k, last, group, info, cue)
        speaker: tuple[int, int] | None = None  # document token span
        via: tuple[int, int] | None = None
        subject: tuple[int, int] | None = None
        prev = toks[group - 1] if group > 0 else None
        headline_list = prev is not None and prev.text in _COMMA and bool(toks.cached("title_case", lambda: _title_case(toks)))
        absolute = self._absolute_subject(toks, group) if role == "gerund" else None
        adverbial = self._coordinated_adverbial(toks, group) if role != "gerund" and prev is not None and prev.text.isalpha() else None
        if adverbial is not None:  # "… but in an interview said …": the phrase is no subject, the clause shares the one before
            group, prev = adverbial, toks[adverbial - 1]
        if absolute is not None:  # "with the governor calling the mayor a fraud": the gerund has its own subject
            speaker, start, subject = self._span(toks, absolute), absolute[0], absolute
        elif role == "gerund" and prev is not None and prev.low in _BY and k >= 3 and toks[k - 2].low.endswith("ed") \
                and any(t.low in _BE_FORMS for t in toks[max(0, k - 5) : k - 2]):  # fmt: skip
            return None  # "can be saved by threatening to …": the passive's agent is nobody named, nor is the gerund's
        elif (role == "gerund" and not aux & _BE_FORMS or having or prev is not None and prev.low in _COORDINATORS or headline_list) and (
            contracted_auxiliary(toks[group].low) is None or self._clause_speaker(toks, k, group, found, before) is not None
        ):  # fmt: skip
            # ", saying …", "… but said", and "Clinton Says …, Calls …" in a headline share the earlier speaker (also "…, but
            # he's not predicting …", whose pronoun is that speaker; without one, the pronoun in the contraction speaks)
            inherited = self._clause_speaker(toks, k, group, found, before)
            if inherited is None:
                return None
            speaker, via, start = inherited.source, inherited.via, group
        else:
            subject = self._subject(toks, k, group)
            inner = self._report_in_relative_subject(toks, subject) if subject is not None else None
            if inner is not None:
                subject = inner  # "A witness who said she heard the blast …": "she" heard it, in what the witness said
            if subject is None and prev is not None and prev.text in _COMMA and role in ("past", "past_participle", "present") \
                    and self._object_follows(toks, last):  # fmt: skip
                # "She praised …, called him “reckless” and left …": a list of what the earlier subject did
                inherited = self._clause_speaker(toks, k, group, found, before)
                if inherited is not None and inherited.source is not None:
                    speaker, via, start = inherited.source, inherited.via, group
                    subject = None
            if subject is None and speaker is None:
                return None
        if subject is not None:
            if self._idiom(toks, k, subject):
                return None
            speaker, start = self._span(toks, subject), min(subject[0], group)
        # a gerund in an adverbial ("after saying …,", "After saying …, the senator …"): its message ends at the comma
        aside = (role == "gerund" or having) and (prev is None or (self.lex.is_(prev, "preposition") or prev.low in _TIME_SUBORDINATORS)
                                      and prev.low not in _AS)  # fmt: skip
        inverted = speaker is not None and speaker[0] > toks[k].i and not aside
        complement = None if inverted else self._complement_after(toks, last, info, entry.type)
        if complement is not None and (entry.type == "decision" or entry.lemma == "determine") and complement[0] < len(toks) \
                and toks[complement[0]].low in _WH_WORDS:  # fmt: skip
            return None  # "will determine if …", "decided which bids go ahead": a question settled or to settle, nothing stated
        if complement is not None and role != "gerund" and complement[0] == last + 2 and toks[last + 1].text == ":" \
                and _quotation_opens(toks, complement[0]):  # fmt: skip
            # "The delay was deliberate, Berg said: “…”": the tag reports the clause before; the quotation is its own
            complement = self._clause_before_tag(toks, start) or complement
        if aside and complement is not None:
            comma = toks.next_low(",", complement[0])
            complement = (complement[0], min(complement[1], comma)) if comma > complement[0] else complement
        if complement is None and absolute is not None and self._clause_ends(toks, last):
            return None  # "…, with 100 percent of precincts reporting.": results coming in, nothing said
        if complement is None:
            after = self._addressee_end(toks, last + 1, len(toks)) - 1 if info.addressee and last + 1 < len(toks) else last
            if not inverted and _quotation_opens(toks, after + 2) and toks[after + 1].text in _COMMA:
                complement = (after + 2, len(toks))  # "…, and when asked, she said, “Probably not.”": the quotation after the comma
            elif entry.lemma in _REFUSAL_VERBS and not inverted:
                pass  # "…, and when asked whether he would act, he declined.": a refusal reports nothing before it
            elif inverted or self._clause_ends(toks, after):
                complement = self._complement_before(toks, start)
                tag_end = subject[1] if inverted and subject is not None else self._past_adverbials(toks, after + 1)
                if complement is not None and start >= 2 and toks[start - 1].text in _COMMA and tag_end + 1 < len(toks) \
                        and toks[tag_end].text in _COMMA and self.lex.is_(toks[start - 2], "subordinator"):  # fmt: skip
                    complement = (tag_end + 1, len(toks))  # "the old days when, he said, players were …": what follows the tag
                elif complement is not None and self._predicate_follows(toks, tag_end):
                    complement = (0, len(toks))  # "The plan, she said, would cost millions": the tag interrupts the message
                elif complement is not None and (piece := self._interrupted_piece(toks, start, tag_end)) is not None:
                    # "Lund said it was fair — no worse, he said, than the old one": the tag interrupts the piece after
                    # the dash; the clause starts there, so an earlier report's message ends at the dash
                    complement, start = (piece, len(toks)), piece
                elif start >= 2 and toks[start - 1].text in _COMMA and tag_end + 1 < len(toks) and toks[tag_end].text in _COMMA \
                        and (complement is None and (self._adverbial_opening(toks, start - 1) or self._opening_when_clause(toks, start - 1))
                             or complement is not None
                             and self._incomplete_before(toks, start - 1)):  # fmt: skip
                    # "At one point, she said, she was close to quitting", "The trouble, he writes, began in May",
                    # "As the vote nears, she says, the mood shifts": the tag interrupts the message
                    complement = (0, len(toks))
            elif entry.requires == "any" or entry.lemma in _OBJECT_IN_THE_PAST and role in ("past", "past_participle") \
                    and last + 1 < len(toks) and _is_word(toks[last + 1]) and subject is not None and self._speaker_like(toks, subject):  # fmt: skip
                # an object: "criticized the plan" (no object opens with a conjunction: "was demanding and tiring"); "the senator
                # supported the bill": in the past a verb ambiguous with its noun in the present is the verb (with a subject
                # that can speak: not "the beams supported the roof")
                complement = (last + 1, self._object_end(toks, last + 1))
        if complement is None and subject is not None and self._relative_gap(toks, subject, last):
            complement = (last + 1, clause_end(toks, last + 1))  # "a tax that experts say would hurt the poor"
        if complement is None and entry.type in ("perception", "speech") and subject is not None and last + 1 < len(toks) \
                and _is_word(toks[last + 1]) and any(t.low in self.lex.nouns for t in toks[subject[0] : subject[1]]):  # fmt: skip
            complement = (last + 1, self._object_end(toks, last + 1))  # "A poll shows Clinton with a lead", "the report found fraud"
        if complement is None and entry.lemma in _STANCE_VERBS and last + 1 < len(toks):
            end = clause_end(toks, last + 1)
            if any(t.low in self.lex.stance for t in toks[last + 1 : min(end, last + 8)]):
                complement = (last + 1, end)  # "finds the plan reckless", "considers the delay unacceptable"
        if complement is None and entry.lemma in _REGARD_VERBS:
            as_k = toks.next_low("as", last + 1)
            if as_k < clause_end(toks, last) and as_k <= last + 8:
                complement = (last + 1, clause_end(toks, last))  # "sees the deal as a betrayal"
        if complement is None and entry.type == "evaluation" and last + 2 < len(toks):
            for_k = toks.next_low("for", last + 2)
            if for_k < clause_end(toks, last) and for_k <= last + 6:
                complement = (last + 1, clause_end(toks, last))  # "slammed the governor for the delay": praise or blame with its reason
        if complement is None and entry.lemma == "question" and last + 1 < len(toks):
            owned = toks[last + 1].low in _POSSESSIVE_OWNERS or any(
                t.low in ("'s", "’s") or t.low.endswith(("'s", "’s")) for t in toks[last + 1 : last + 5])  # "Mayor Lee's"
            end = self._object_end(toks, last + 1)
            head = next((t for t in reversed(toks[last + 1 : end]) if _is_word(t)), None)
            if (owned or role in ("past", "past_participle") and self._article_object_of_a_claim(toks, last + 1, end)) \
                    and head is not None and head.low not in self.role_nouns and head.low.rstrip("s") not in self.role_nouns \
                    and head.low not in _KIN:  # fmt: skip
                complement = (last + 1, end)  # "questioned his judgment", "questioned Trump's veracity"; not "his brother"
        if complement is None and entry.lemma in _ESTIMATE_VERBS:
            complement = self._estimated_at(toks, last)  # "estimated the damage at $2 million"
        if complement is None and entry.lemma == "identify" and last + 2 < len(toks):
            as_at = next((j for j in range(last + 2, min(clause_end(toks, last + 1), last + 9)) if toks[j].low == "as"), None)
            if as_at is not None and as_at + 1 < len(toks) and _is_word(toks[as_at + 1]):
                complement = (last + 1, clause_end(toks, last + 1))  # "Police identified the man as Jo Lind": who he is, said
        if complement is None and entry.lemma in _FIGURE_VERBS and last + 1 < len(toks):
            complement = self._figure_object(toks, last)  # "Police counted 3,900 protesters"
        if complement is None and entry.lemma == "put it":
            c_start = clause_start(toks, group)
            if toks[c_start].low in _AS and c_start < start:
                complement = self._beside_as_tag(toks, c_start, last)  # "As the senator put it, the deal is dead"
                end = clause_end(toks, last)
                if complement is None and c_start > 1 and toks[c_start - 1].text in _COMMA and end < len(toks) and toks[end].text in _COMMA:
                    complement = (0, len(toks))  # "The deal is, as the senator put it, dead": the sentence around the tag
        if complement is not None and complement[0] == last + 1 and self._time_phrase_only(toks, complement[0], complement[1]):
            complement = None  # "The Post reported on Monday.": when it was said, not what
        if complement is None and entry.lemma in _AS_TAG_LEMMAS and self._as_tag(toks, group, last):
            # "As the ministry confirmed, …", "…, as the study showed."
            complement = self._beside_as_tag(toks, clause_start(toks, group), last)
        if entry.requires == "clause" and complement is None:
            return None
        if complement is not None and start > 0 and self._opening_subordinate(toks, start):
            complement = self._subordinate_end(toks, complement)  # "When Lund suggested that A, Berg fired back: …"
        if complement is not None and group >= 2 and toks[group - 1].low in ("who", "which") \
                and (toks[group - 2].text in _COMMA or toks[group - 2].text in _DASHES):  # fmt: skip
            # "The mayor, who said that A, left the city", "The mayor — who said A — left"
            complement = self._relative_clause_end(toks, complement, toks[group - 2].text in _DASHES)
        elif complement is not None and group >= 2 and toks[group - 1].low in ("who", "that") and _is_word(toks[group - 2]):
            complement = self._restrictive_relative_end(toks, complement)  # "Voters who say A favor Lund": A
        if entry.lemma in _FORCE_VERBS and (subject is not None and not self._speaker_like(toks, subject)
                                             or last + 1 < len(toks) and toks[last + 1].low in _MOTION_WORDS):  # fmt: skip
            return None  # "The explosion blasted a hole", "The van slammed into a car": force, not words
        if entry.lemma == "claim" and complement is not None and complement[0] == last + 1 and any(
            t.low in _WON_THINGS for t in toks[complement[0] : min(complement[1], complement[0] + 3)]
        ):
            return None  # "claimed the prize", "the storm claimed three lives": won or took, not said
        if complement is not None and complement[0] == last + 1 and last + 1 < len(toks) and (
            entry.lemma == "add" and toks[last + 1].low in _INFINITIVE
            # "to admit 250,000 refugees", "will admit 10,000 more": let in (not "admitted 25 mistakes": conceded)
            or entry.lemma == "admit" and toks[last].low == "admit" and toks[last + 1].text[:1].isdigit()
            or entry.lemma == "admit" and any(a in _BE_FORMS or a[:-3] in _BE_FORMS and a.endswith(("n't", "n’t")) for a in aux)
            and toks[last + 1].low not in ("that", "to")
        ):
            return None  # "is adding to her lead": an increase; "refugees aren't admitted until …": let in, not conceded
        c_start = clause_start(toks, group)
        form = "according_to" if toks[c_start].low in _AS and c_start < start else "indirect"
        if form == "according_to" and complement is None:
            complement = self._beside_as_tag(toks, c_start, last)
        attribution = Attribution(sent_id, cue, form, source=speaker, via=via, cue_type=entry.type, stance=entry.stance)
        attribution.lemma = entry.lemma
        if subject is not None and group >= 1 and subject[1] <= group - 1 and toks[group - 1].low in _RELATIVE_SUBJECTS:
            attribution.relative = (toks[group - 1].i, toks[group - 1].i + 1)  # "Smith, who said …": "who" stands for Smith
        if attribution.via is None and (info.addressee or entry.lemma in ("say", "speak about", "talk about")):
            medium = self._medium_addressed(toks, last) or self._medium_opening(toks, start)
            if medium is not None:
                attribution.via = self._span(toks, medium)
        return _Clause(attribution, start, complement)

    def _clause_before_tag(self, toks: SentenceTokens, start: int) -> tuple[int, int] | None:
        """The main clause before the comma of a speech tag that starts at ``start``, or None when no tag follows a
        comma or what stands before it is no main clause with a finite verb ("When asked about …,", "Surveying the
        damage,", "In Ohio,")."""
        if start < 2 or toks[start - 1].text not in _COMMA:
            return None
        before = self._complement_before(toks, start)
        if before is None:
            return None
        f = self._first_content_word(toks, *before)
        if f == before[1] or self.lex.is_(toks[f], "subordinator") or self.lex.is_(toks[f], "preposition"):
            return None
        finite = any(self.lex.is_(t, "auxiliary") or self._past_form(t) or contracted_auxiliary(t.low) is not None for t in toks[f + 1 : before[1]])
        return before if finite else None  # ("Surveying the damage in Ohio, X concludes: …", "Asked about it, X said: …": no clause)

    def _coordinated_adverbial(self, toks: SentenceTokens, group: int) -> int | None:
        """Index of a preposition whose phrase stands between a coordinator and the verb group at ``group`` ("… but in
        an interview said …", "and in a letter added"): the phrase is an adverbial, not the subject. None otherwise."""
        s = self.np_backward(toks, group)
        if s is None and group > 0 and self.lex.is_(toks[group - 1], "determiner"):
            s = group - 1  # "and in the evening said": the time word is in the verb group, its article before it
        if s is None or s < 2 or not self.lex.is_(toks[s - 1], "preposition") or toks[s - 2].low not in _COORDINATORS:
            return None
        if self.lex.is_(toks[s - 1], "subordinator") or any(t.low in _WH_WORDS or t.low == "that" for t in toks[s:group]):
            return None  # "and after the court refused …": a clause of its own; "with a candidate who many oppose"
        if not any(self._past_form(t) or t.text.islower() and t.low in self.lex.verbs for t in toks[: s - 2]):
            return None  # "officials in the city and at the ministry have said": no clause before, one subject
        return s - 1

    def _caused(self, toks: SentenceTokens, k: int) -> bool:
        """Whether the base form at ``k`` follows a causative verb and its object ("make every voter feel",
        "helped voters understand"): what someone is to think or feel, brought about by another."""
        for j in range(max(0, k - 6), k - 1):
            if toks[j].low in _CAUSATIVES and self.np_forward(toks, j + 1, k) == k:
                return True
        return False

    def _relative_gap(self, toks: SentenceTokens, subject: tuple[int, int], last: int) -> bool:
        """Whether a verb of saying stands in a relative clause whose subject it leaves out: a relative word, the
        speaker, the verb, then the rest of the clause from an auxiliary or modal ("the plan, which critics say
        will cost billions"; "a tax that experts say would hurt the poor")."""
        if last + 1 >= len(toks) or not self._in_relative_gap(toks, subject[1]) and not (subject[0] > 0 and toks[subject[0] - 1].low in _RELATIVE_WORDS):
            return False
        nxt = toks[last + 1]
        return self.lex.is_(nxt, "modal") or self.lex.is_(nxt, "auxiliary")

    @staticmethod
    def _estimated_at(toks: SentenceTokens, last: int) -> tuple[int, int] | None:
        """The clause after a verb of estimating when "at" and a figure follow in it ("estimated the damage at $2
        million"): an estimate given; None otherwise."""
        end = clause_end(toks, last + 1) if last + 1 < len(toks) else len(toks)
        at = toks.next_low("at", last + 1)
        if at >= min(end, last + 10):
            return None
        ahead = toks[at + 1 : min(end, at + 4)]
        return (last + 1, end) if any(t.text[:1].isdigit() or t.text in _MONEY_SIGNS for t in ahead) else None

    def _figure_object(self, toks: SentenceTokens, last: int) -> tuple[int, int] | None:
        """The object of a verb of counting or finding at ``last`` when it gives a figure: an amount opens it or comes
        within its first words ("counted 3,900 protesters", "found that 57 percent", "recorded a loss of $3 million");
        not a year ("found in 2015") or a figure inside a prepositional phrase of place or time."""
        end = self._object_end(toks, last + 1)
        for j in range(last + 1, min(end, last + 6)):
            if self.lex.is_(toks[j], "preposition") and toks[j].low != "of":
                return None  # "found in 2015", "counted on 40 allies"
            if (toks[j].text[:1].isdigit() or toks[j].text in _CURRENCY_SIGNS) and not year_number(toks[j].text):
                return (last + 1, end)  # digits, not a count word ("find one another")
        return None

    def _amount_after(self, toks: SentenceTokens, j: int) -> bool:
        """Whether an amount starts at ``j``, after approximating words ("292,000", "around 5 percent", "another $2 million",
        "more than 300", "two seats")."""
        while j < len(toks) and (toks[j].low in _APPROXIMATORS or toks[j].low in ("another", "more", "than", "less", "fewer", "an", "a")):
            j += 1
        return j < len(toks) and (toks[j].text[:1].isdigit() or toks[j].text in _CURRENCY_SIGNS or toks[j].low in _COUNT_WORDS
                                  or toks[j].low in _AMOUNT_WORDS)  # fmt: skip

    def _back_as_adverb(self, toks: SentenceTokens, k: int) -> bool:
        """Whether "back" at ``k`` is the adverb: right after a verb in the past ("flew back", "roared back",
        "wrote back"), or followed by no object — a preposition, a time word, another adverb or the end of the
        clause ("came back home", "is back in Iowa"). "to back" needs someone or something it supports."""
        lex = self.lex
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.text.isalpha() and prev.text.islower() and (prev.low.endswith("ed") or prev.low in _PAST_BEFORE_BACK):
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is None or not _is_word(nxt) or lex.is_(nxt, "preposition") or lex.is_(nxt, "time_word") \
            or nxt.low in _AFTER_BACK_ADVERB  # fmt: skip

    def _call_without_words(self, toks: SentenceTokens, k: int, passive: bool) -> bool:
        """Whether "call" at ``k`` names or declares rather than calls something a name: a thing given a name (:meth:`_thing_named`),
        "the country we call home", or a passive whose clause ends after it ("have yet to be called": a race declared).
        ("called Naghmeh Abedini." as a phone call was tried: PolNeAR counts it.)"""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if not passive and k > 0 and nxt is not None and self._thing_named(toks, k):
            return True  # "a reading campaign called #ReadMore", "one PAC called Stop Waste", "a prize called the Golden Key"
        if nxt is not None and nxt.low == "home":
            return True  # "the country we call home": where one lives
        end = clause_end(toks, k + 1) if k + 1 < len(toks) else len(toks)
        return passive and not any(_is_word(t) for t in toks[k + 1 : end])

    def _thing_named(self, toks: SentenceTokens, k: int) -> bool:
        """Whether "called" at ``k`` follows a noun for a thing (not a person, group or pronoun: "a campaign", "one PAC")
        and a name follows that ends its phrase ("called #ReadMore.", "called the Golden Key, which …"): a name given,
        not a label pinned on someone ("The mayor called Smith a liar" keeps its report)."""
        prev, lex = toks[k - 1], self.lex
        if not prev.text.isalpha() or prev.low in self.person_nouns or lex.is_(prev, "personal_pronoun") or prev.low in _OBJECT_PRONOUNS:
            return False
        # one thing introduced with "a/an" and a word or two ("a company called …", "a super PAC called …")
        indefinite = any(j >= 0 and toks[j].low in ("a", "an") and all(t.text.isalpha() for t in toks[j + 1 : k]) for j in (k - 2, k - 3))
        if not (prev.text.islower() or prev.text.isupper() and (indefinite or k >= 2 and (lex.is_(toks[k - 2], "determiner") or toks[k - 2].low == "one"))):
            return False  # a lower-case noun, or an acronym after an article ("one PAC called …"); not a name ("Trump called …")
        j = k + 1
        if j < len(toks) and toks[j].low == "the":
            j += 1
        quoted = j + 1 < len(toks) and toks[j].text in _OPEN_MARKS and toks[j + 1].quote >= 0
        if quoted:
            close = next((m for m in range(j + 1, min(len(toks), j + 10)) if toks[m].quote != toks[j + 1].quote), None)
            if close is None or not _is_cap(toks[j + 1]):
                return False
            j = close + 1 if toks[close].text in _QUOTE_MARKS else close  # a quoted name: "a website called “Island Refuge”"
        elif indefinite and j < len(toks) and toks[j].text.isalpha() and toks[j].text.islower() and not self.lex.words.get(toks[j].low) \
                and j + 1 < len(toks) and _is_cap(toks[j + 1]):  # fmt: skip
            j += 1  # a name that opens in lower case: "an inflation formula called chained CPI"
        elif j >= len(toks) or not (_is_cap(toks[j]) or toks[j].text[:1].isupper() or toks[j].text[0] in "#@"):
            return False
        while j < len(toks) and (_is_cap(toks[j]) or toks[j].text[:1].isupper() or toks[j].text[0] in "#@" or toks[j].text[0].isdigit()):
            j += 1
        if j >= len(toks) or not _is_word(toks[j]):
            return j >= len(toks) or toks[j].text not in _QUOTE_MARKS  # "called X." / "called X, which …"; not "called X “…”"
        after = toks[j]
        if after.low in ("that", "which", "who"):
            return True  # a relative clause on the thing named
        if lex.is_(after, "determiner"):
            return False  # "called Smith a liar": a label follows the name
        if quoted or indefinite:
            return True  # after a quoted name or one given to a thing just introduced the clause goes on ("called “Parents
            # for Safety” began …", "A company called Harmony Enterprises gave …")
        # a verb or a function word follows: the name ended its phrase ("a firm called Nordwind worked for him");
        # another lower-case word is the label ("called Smith dishonest")
        return bool(lex.words.get(after.low)) or after.low in lex.verbs or after.low.endswith("ed") or lex.is_(after, "auxiliary")

    def _as_tag(self, toks: SentenceTokens, group: int, last: int) -> bool:
        """Whether the verb group from ``group`` to ``last`` is an "as" tag of its own: "as", its subject, the verb, and
        then the end of the clause or a time phrase ("As the ministry confirmed on Monday, …"); not "As for …", nor
        "As Soviet states and neighbors, …" (a noun in -s), nor "as well as …"."""
        c_start = clause_start(toks, group)
        if toks[c_start].low not in _AS or c_start + 1 >= group or toks[c_start + 1].low in ("for", "to", "well"):
            return False
        if self.np_forward(toks, c_start + 1, group) != group:
            return False
        if last + 1 >= len(toks) or not _is_word(toks[last + 1]):
            return True
        return self._time_phrase_only(toks, last + 1, clause_end(toks, last + 1))

    @staticmethod
    def _beside_as_tag(toks: SentenceTokens, c_start: int, last: int) -> tuple[int, int] | None:
        """The message beside an "as" tag: the clause after "As X noted (on Monday), …" or before "…, as X noted."."""
        end = clause_end(toks, last)
        if c_start == 0 and end < len(toks) - 1 and toks[end].text == ",":
            return (end + 1, len(toks))
        if c_start > 1 and toks[c_start - 1].text == "," and end >= len(toks) - 1:
            return (0, c_start - 1)
        return None

    def _passive(self, sent_id: int, toks: SentenceTokens, k: int, last: int, group: int, info: _VerbInfo,
                 cue: tuple[int, int]) -> _Clause | None:  # fmt: skip
        """A passive reporting verb: "by X" is the speaker; without it the attribution is agentless."""
        entry = info.entry
        if last + 1 < len(toks) and toks[last + 1].low in _INFINITIVE and not info.addressee:
            if toks[k].low in self.reportative or entry.type != "cognition":
                return None  # "is said to", "is reported to": the reportative hedge rule makes the attribution
            if entry.lemma == "suppose":
                return None  # "the plan was supposed to cut costs": what it was for or what ought to be, nobody's belief
            # "is expected to win", "is believed to be": someone unnamed expects or believes it
            complement = (group, len(toks))
            return _Clause(Attribution(sent_id, cue, "agentless", cue_type=entry.type, stance=entry.stance), group, complement)
        complement = self._complement_after(toks, last, None, entry.type, passive=True)
        if complement is None and entry.lemma in _ESTIMATE_VERBS:
            complement = self._estimated_at(toks, last)  # "The damage was estimated at $2 million"
        agent = self._agent(toks, last)
        if agent is None:
            if complement is None and self._clause_ends(toks, last):
                complement = self._complement_before(toks, group)
            if entry.requires == "clause" and complement is None:
                return None
            if complement is None and (any(self.lex.is_(t, "modal") for t in toks[group:k]) or toks[group].low == "be"):
                return None  # "The plan could be announced on Monday", "proposed that more buses be added": an act
                # possible, owed or asked for (a modal, or "be" in the subjunctive), nothing reported
            if complement is None and entry.lemma in _TOPIC_VERBS and not (last + 1 < len(toks) and toks[last + 1].low in _AS):
                subject = self.np_backward(toks, group)  # "when smaller parties are mentioned": the topic is what
                complement = (subject, group) if subject is not None else None  # is reported, not the sentence's claim
                if complement is None:
                    return None
            return _Clause(Attribution(sent_id, cue, "agentless", cue_type=entry.type, stance=entry.stance), group, complement)
        attribution = Attribution(sent_id, cue, "indirect", source=self._span(toks, agent), cue_type=entry.type, stance=entry.stance)
        attribution.lemma = entry.lemma
        if entry.lemma == "quote" and group > 0:
            quoted = self.np_backward(toks, group)  # "X was quoted by the Times as saying": X via the Times
            if quoted is not None:
                attribution.via, attribution.source = attribution.source, self._span(toks, (quoted, group))
        return _Clause(attribution, group, complement)

    def _reduced_passive(self, sent_id: int, toks: SentenceTokens, k: int, last: int, info: _VerbInfo) -> _Clause | None:
        """A statement noun with a participle and its agent ("…, a claim disputed by auditors", "the figures
        confirmed by the ministry"): the agent takes a position on the statement. Set off after a comma, the
        statement is the clause before it; otherwise the noun phrase itself."""
        agent = self._agent(toks, last)
        if agent is None:
            return None
        start = self.np_backward(toks, k)
        if start is None:
            return None
        complement = (0, start - 1) if start >= 2 and toks[start - 1].text in _COMMA else (start, k)
        entry = info.entry
        attribution = Attribution(sent_id, (toks[k].i, toks[last].i + 1), "indirect", source=self._span(toks, agent),
                                  cue_type=entry.type, stance=entry.stance)  # fmt: skip
        attribution.lemma = entry.lemma
        return _Clause(attribution, start, complement)  # (the clause starts with the noun: a message before it ends there)

    def _idiom(self, toks: SentenceTokens, k: int, subject: tuple[int, int]) -> bool:
        """"That said, …", "This said, …", "All told, …": a connective, not a report; existential "there" ("There are
        doubts …") is no speaker."""
        if subject[1] - subject[0] == 1 and toks[subject[0]].low == "there":
            return True
        return subject[1] - subject[0] == 1 and subject[0] == 0 and toks[0].low in ("that", "this", "all") and k + 1 < len(toks) \
            and toks[k + 1].text in _COMMA  # fmt: skip

    def _clause_ends(self, toks: SentenceTokens, last: int) -> bool:
        """Whether only adverbials ("on Monday", "in a statement") follow the verb before a boundary:
        "…, he said on Monday." has its message before it."""
        j = last + 1
        limit = min(len(toks), last + 1 + _COMPLEMENT_WINDOW)
        while j < limit:
            tok = toks[j]
            title_end = self._quoted_title_end(toks, j) if j > last + 1 else None
            if title_end is not None:
                j = title_end  # "admitted on ABC’s “This Week” that …": a programme's title inside the adverbial
                continue
            if tok.text in _PUNCT_BOUNDARY or tok.text in _SENTENCE_END or tok.text in _QUOTE_MARKS or tok.text == "'":
                return True
            if self.lex.is_(tok, "preposition") or self.lex.is_(tok, "time_word") or self._adverb(toks, j) \
                    or j + 1 < limit and self._deictic_time(toks, j):  # fmt: skip
                j = self._skip_adverbial(toks, j, limit)  # ("in interviews this week": a time phrase after a prepositional one)
                continue
            if self._when_clause(toks, j):
                return toks.next_low("that", j) >= clause_end(toks, j)  # "…, the mayor told aides as he left the hall."
                # (a clause of when, the message stands before; but "said as he left that …")
            return False
        return j >= len(toks)

    def _when_clause(self, toks: SentenceTokens, j: int) -> bool:
        """Whether a clause of time opens at ``j`` with "as" or "while" ("as he left the hall", "while markets fell")."""
        return (toks[j].low in _AS or toks[j].low in ("while", "whilst")) and j + 1 < len(toks) and self._opens_clause(toks, j + 1)

    def _quoted_title_end(self, toks: SentenceTokens, j: int) -> int | None:
        """The token after a short quoted title that opens at ``j`` after a word ("on ABC’s “This Week”", "on “Meet
        the Press”"): at most five words in title case (function words may be lower case), no full stop inside;
        None for anything else."""
        if not (_quotation_opens(toks, j) and _is_word(toks[j - 1])):
            return None
        qid = toks[j + 1].quote
        k = j + 1
        while k < len(toks) and toks[k].quote == qid:
            k += 1
        inside = [t for t in toks[j + 1 : k] if _is_word(t)]
        if not inside or len(inside) > 5 or k >= len(toks) or not inside[0].text[:1].isupper() \
                or not all(t.text[:1].isupper() or t.text[:1].isdigit() or self.lex.words.get(t.low) for t in inside) \
                or any(t.text in _SENTENCE_END for t in toks[j + 1 : k]):  # fmt: skip
            return None
        return k + 1 if toks[k].text in _QUOTE_MARKS else None

    def _speech_phrase(self, sent_id: int, toks: SentenceTokens, first: int, last: int) -> _Clause | None:
        """A multi-word predicate of speech ("made clear", "was quoted as saying"): its subject precedes it."""
        group = self._group_start(toks, first)
        subject = self._subject(toks, first, group)
        if subject is None:
            return None
        start = min(subject[0], group)
        complement = self._complement_after(toks, last - 1, None, "speech")
        if complement is None:
            if self._clause_ends(toks, last - 1):
                complement = self._complement_before(toks, start)
            elif last < len(toks) and _is_word(toks[last]):
                complement = (last, clause_end(toks, last))
        cue = (toks[first].i, toks[last - 1].i + 1)
        return _Clause(Attribution(sent_id, cue, "indirect", source=self._span(toks, subject), cue_type="speech"), start, complement)

    def _adverb(self, toks: SentenceTokens, j: int) -> bool:
        """An adverb inside a verb group ("has repeatedly said", "also told", "later added")."""
        tok = toks[j]
        low = tok.low
        if not tok.text.isalpha() or _is_cap(tok) and j > 0:
            return False
        if low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS:
            prev = toks[j - 1] if j > 0 else None
            return prev is None or not (self.lex.is_(prev, "determiner") or prev.low.endswith(("'s", "’s")))
        if low in _ADVERBS:
            return True
        if low == "then" and j > 0 and toks[j - 1].text.isalpha() and not self.lex.is_(toks[j - 1], "conjunction"):
            return True  # "Okafor then said": an adverb after the subject ("and then said" opens a new clause)
        if self.lex.is_(tok, "conjunction") or low in ("so", "then"):
            return False  # "… but said", "and then said": a new clause, not an adverb of this one
        return self.lex.is_(tok, "connector") or self.lex.is_(tok, "negation") and low != "no"

    def _time_word_name(self, toks: SentenceTokens, i: int, k: int) -> bool:
        """Whether the capitalised time word at ``i``, in the verb group of the verb at ``k``, is the speaker's
        surname: after a title or first name ("Senator Day said", "Mr. Day said"), or opening the sentence
        right before the verb ("Day said"); not a weekday or month ("Tuesday said" is no sentence)."""
        tok = toks[i]
        if not _is_cap(tok) or tok.low in self.language.weekdays or tok.low in self._months:
            return False
        if i == k - 1 and _opens(toks, i):
            return True
        return i >= 1 and _is_cap(toks[i - 1]) and not _opens(toks, i)

    def _group_start(self, toks: SentenceTokens, k: int) -> int:
        """First index of the verb group that ends with the verb at ``k``: auxiliaries, negation,
        adverbs, and catenative verbs with "to" ("declined to", "is expected to", "went on to")."""
        lex = self.lex
        j = k
        floor = max(0, k - _MAX_GROUP)
        catenatives = 0
        finite = toks[k].low.endswith(("ed", "s")) or toks[k].low in _IRREGULAR_PAST \
            or any(role != "base" for _, role in lex.verbs.get(toks[k].low, ()))  # "May said", "May told": no modal's base form
        while j > floor:
            tok = toks[j - 1]
            if j == k and finite and _is_cap(tok) and tok.low in _MODAL_NAMES:
                break  # "Will wrote", "Theresa May said": a name (the columnist George Will), no modal before a finite verb
            if lex.is_(tok, "auxiliary") or self._adverb(toks, j - 1) and not (j >= 2 and toks[j - 2].low == "a" and _fraction(tok.low)):
                j -= 1  # ("a third said": the share of people asked, not the adverb "third")
                continue
            if tok.low in ("all", "both", "each") and j >= 2 and lex.is_(toks[j - 2], "auxiliary"):
                j -= 1  # "have all praised": a quantifier floated after the auxiliary
                continue
            if tok.low == "but" and j >= 2 and toks[j - 2].low == "all" and j == k:
                j -= 2  # "he all but accused …": almost
                continue
            if contracted_auxiliary(tok.low) is not None:
                j -= 1  # "he's said", "they've argued": subject and auxiliary in one token, the group's first
                break
            if lex.is_(tok, "time_word") and tok.text[0].isalpha() and not self._time_word_name(toks, j - 1, k):
                j -= 1  # "Smith last week said", "Smith on Tuesday said"
                while j > floor and toks[j - 1].low in ("last", "this", "next", "past", "on", "earlier", "later", "early", "late"):
                    j -= 1
                continue
            if tok.low in _INFINITIVE and j - 2 >= floor and catenatives < 2:
                verb = toks[j - 2]
                if verb.text[0].islower() and verb.text.isalpha() and not lex.words.get(verb.low) or lex.is_(verb, "auxiliary"):
                    # "declined to say", "wants to know", "is expected to announce", "has yet to"
                    j -= 2
                    catenatives += 1
                    if j > floor and toks[j - 1].low == "on" and j - 2 >= floor and toks[j - 2].text[0].islower():
                        j -= 2  # "went on to say"
                    continue
                if verb.low in ("yet", "going", "able", "about"):
                    j -= 2  # "has yet to", "is going to", "was able to", "is about to"
                    catenatives += 1
                    continue
            break
        return j

    def _subject(self, toks: SentenceTokens, k: int, group: int) -> tuple[int, int] | None:
        """The speaker of the verb at ``k`` whose group starts at ``group`` (see the module doc)."""
        if group < k and contracted_auxiliary(toks[group].low) is not None:
            return (group, group + 1)  # "She’s said", "They've argued": the pronoun in the contraction
        prev = toks[group - 1] if group > 0 else None
        if prev is None:
            return self._inverted_subject(toks, k)
        if prev.low in ("who", "which") or prev.low == "that" and group >= 2 and (
            toks[group - 2].text in _COMMA or self._noun_like(toks[group - 2])
        ):  # fmt: skip
            return self._antecedent(toks, group - 1)  # "Smith, who said …", "the agency that reported …"
        p = group - 1
        while p >= 0 and (toks[p].text in _QUOTE_MARKS or toks[p].text == "'"):
            p -= 1
        if p < group - 1:
            # after a quotation: "“…,” said Smith", "“…,” Smith said" is handled below; NYT-style ''…,''
            inverted = self._inverted_subject(toks, k, tag=True)
            if inverted is not None:
                return inverted
        if p == group - 1 and p > 0 and toks[p].text in _COMMA:
            # (not "Jane Lund, a tenant, said the landlord ignored …", nor "…, said the landlord, who lives abroad, ignored
            # …": a name and its aside say no message, for a tag after them to report or to interrupt)
            aside = self._subject_with_appositions(toks, p)
            tag = self._mid_sentence_tag(toks, k)
            if tag is not None and aside and toks[tag[1] + 1].low in ("who", "which", "whose"):
                tag = None
            if tag is None and not aside:
                tag = self._final_tag(toks, k)
            if tag is not None:
                return tag  # "The toll, said Weber and others, would rise", "…, said two officials."
        if p >= 0 and toks[p].text in _APPOSITION_MARKS:
            chain = self._apposition_subject(toks, p)
            if chain is not None:
                return chain
            if p != group - 1 or all(entry.requires == "clause" for entry, _ in self.lex.verbs.get(toks[k].low, ())):
                return None  # (not "…, show the Democratic nominee —": a verb ambiguous in ordinary use has no subject after it)
            return self._inverted_subject(toks, k)
        if p == group - 1 and toks[p].text == ")":
            opening = _long_parenthesis(toks, p)
            if opening is not None:
                s = self.np_backward(toks, opening)
                if s is not None:
                    return (s, opening)  # "Kasich (who has 25 delegates) said", "Murphy (a Democrat from …) says"
        if p == group - 1 and toks[p].low in _INTENSIFYING_REFLEXIVES and p > 0:
            s = self.np_backward(toks, p)
            if s is not None:
                return (s, group)  # "the agency itself said", "the mayor herself told reporters": the reflexive stresses the subject
        if p == group - 1:
            reduced = self._reduced_relative_before(toks, group, k)
            if reduced is not None:
                return reduced  # "The report published Tuesday showed …": a participle and its time after the subject
            s = self.np_backward(toks, group)
            if s is not None and toks[p].low == "to" and any(t.low == "that" for t in toks[s:p]):
                return None  # "… the CNN interview that the burden is on Harris to show …": no subject runs across a clause to "to"
            if s is not None:
                if toks[s].low == "that" and s + 1 < group and _is_cap(toks[s + 1]):
                    s += 1  # "It is odd that Harper would reject …": the complementizer, not "that" man
                return (self._list_start(toks, s, group), group)
            q = p - 1 if p > 0 and toks[p].low in _FRACTIONS and toks[p - 1].low == "a" else p  # "a third said"
            if (toks[p].low in _PRONOUN_QUANTIFIERS or _fraction(toks[p].low)) and (
                q == 0 or toks[q - 1].text in _PUNCT_BOUNDARY or toks[q - 1].low in _COORDINATORS or toks[q - 1].low in _CLAUSE_OPENERS
            ):  # fmt: skip
                # "In Virginia, most said …", "… and others say …", "… and three-quarters said …": people counted
                return (q, group)
            counted = self._counted_people(toks, p)
            if counted is not None and (counted == 0 or toks[counted - 1].text in _PUNCT_BOUNDARY or toks[counted - 1].low in _COORDINATORS):
                return (counted, group)
            who = self._who_clause_before(toks, group)
            if who is not None:
                return (who, group)  # "A diplomat who declined to be named said": the relative clause ends in its verb

        return None

    def _subject_with_appositions(self, toks: SentenceTokens, comma: int) -> bool:
        """Whether all the sentence before ``comma`` is a subject and the appositions after it ("Jane Lund, a
        tenant,", "Jo Berg, 54,", "Jo Berg, who lost her home,"): no message stands there for a tag after the comma
        to report, so the verb after it has that subject."""
        chain = self._apposition_subject(toks, comma)
        if chain is None:
            return False
        first = 0
        while first < chain[0] and toks[first].text in _QUOTE_MARKS:
            first += 1
        if chain[0] > first + 1 and toks[chain[0] - 1].text in _COMMA:
            # "A spokesman for the ministry, Jo Berg,": the name after the role that opens the sentence
            return self.np_forward(toks, first, chain[0] - 1) == chain[0] - 1
        return chain[0] == first and chain[1] < comma

    def _reduced_relative_before(self, toks: SentenceTokens, group: int, k: int) -> tuple[int, int] | None:
        """The subject before a participle and a time phrase right before the verb ("The report released on
        Tuesday showed …", "a study published last week found"; the verb group may hold the time phrase), or None."""
        j = self._before_time_phrase(toks, k - 1)
        if j == k - 1 or j >= group or j < 1 or not (self._past_form(toks[j]) and toks[j].low.endswith("ed")):
            return None
        s = self.np_backward(toks, j)
        return (s, j) if s is not None and self._subject_like(toks, s, j) else None

    def _who_clause_before(self, toks: SentenceTokens, group: int) -> int | None:
        """The start of the antecedent of a "who" clause without commas that ends right before ``group`` in a verb
        rather than a noun phrase ("A diplomat who declined to be named said"), or None."""
        for r in range(group - 2, max(-1, group - 9), -1):
            if toks[r].text in _PUNCT_BOUNDARY or toks[r].text in _QUOTE_MARKS:
                return None
            if toks[r].low == "who":
                if r == 0 or not self._noun_like(toks[r - 1]):
                    return None
                return self.np_backward_plain(toks, r)
        return None

    def _counted_people(self, toks: SentenceTokens, p: int) -> int | None:
        """The start of a count of people ending at ``p`` that stands for them as a subject: "one in five",
        "nine out of ten", "all but two" (with "about", "nearly", "only" … before it); None otherwise."""
        if not (toks[p].text.isdigit() or toks[p].low in _COUNT_WORDS) or p < 2:
            return None
        if toks[p - 1].low == "in" or toks[p - 1].low == "of" and p >= 3 and toks[p - 2].low == "out":
            first = p - 2 if toks[p - 1].low == "in" else p - 3
            if first < 0 or not (toks[first].text.isdigit() or toks[first].low in _COUNT_WORDS):
                return None
        elif toks[p - 1].low == "but" and toks[p - 2].low == "all":
            first = p - 2
        else:
            return None
        return first - 1 if first > 0 and toks[first - 1].low in _APPROXIMATORS else first

    def _says(self, tok: Token) -> bool:
        """Whether ``tok`` is a form of "say"."""
        return any(entry.lemma == "say" for entry, _ in self.lex.verbs.get(tok.low, ()))

    def _tag_verb(self, tok: Token) -> bool:
        """Whether ``tok`` is a form of a verb that makes speech tags ("said", "added", "told")."""
        return any(entry.lemma in _TAG_VERBS for entry, _ in self.lex.verbs.get(tok.low, ()))

    def _final_tag(self, toks: SentenceTokens, k: int) -> tuple[int, int] | None:
        """The subject of a speech tag that ends the sentence after a comma ("…, said two officials.", "…, said
        people familiar with the talks."), or None."""
        if not self._tag_verb(toks[k]):
            return None
        subject = self._inverted_subject(toks, k, tag=True)
        if subject is None or not (all(t.text in _SENTENCE_END or t.text in _QUOTE_MARKS for t in toks[subject[1] :])
                                   or toks[subject[1]].low in ("who", "whose")):  # fmt: skip
            return None  # (a relative clause on the speaker may end the sentence: "…, said two aides who …")
        return subject

    def _mid_sentence_tag(self, toks: SentenceTokens, k: int) -> tuple[int, int] | None:
        """The subject of a speech tag set off by commas inside a sentence (", said Weber and others,", ", he
        said,"): the verb right after a comma, its subject after it and another comma after that, with more of
        the sentence to follow. None otherwise (a time word is no subject: ", said Monday,")."""
        if not self._tag_verb(toks[k]):
            return None  # "…, criticized Clinton's email use, …": a verb with its object, no tag
        subject = self._inverted_subject(toks, k, tag=True)
        if subject is None and k + 1 < len(toks) and _is_cap(toks[k + 1]):
            first = self.np_forward(toks, k + 1, len(toks))  # ", said Weber and others,": speakers coordinated
            if first is not None and first + 1 < len(toks) and toks[first].low in ("and", "or"):
                more = first + 2 if toks[first + 1].low in _PRONOUN_QUANTIFIERS else self.np_forward(toks, first + 1, len(toks))
                subject = (k + 1, more) if more is not None else None  # "… and others", "… and two aides"
        if subject is None or subject[1] + 1 >= len(toks) or toks[subject[1]].text not in _COMMA:
            return None
        if all(self.lex.is_(t, "time_word") for t in toks[subject[0] : subject[1]]):
            return None
        rest = toks[subject[1] + 1 :]
        return subject if sum(1 for t in rest if _is_word(t)) >= 2 else None

    def _inverted_subject(self, toks: SentenceTokens, k: int, tag: bool = False) -> tuple[int, int] | None:
        """The subject after the verb: "“…,” said Smith", "…, said the official, who …". ``tag``: the verb is a speech
        tag after a quotation, ending the sentence or set off by commas, where "said" with a noun phrase after it has
        its speaker there whatever the noun ("“…,” said the coach", "…, said the shopkeeper.", "…, said the treasurer,
        who …")."""
        lex = self.lex
        s = k + 1
        if s < len(toks) and toks[s].low == "that":
            return None  # "…, said that the new ferry rules …": the conjunction opens what was said
        if s >= len(toks) or not (lex.is_(toks[s], "personal_pronoun") and toks[s].low in _PERSONAL_SUBJECTS or _is_cap(toks[s])
                                  or lex.is_(toks[s], "determiner") or lex.is_(toks[s], "quantifier")
                                  or toks[s].low in _COUNT_WORDS or toks[s].text[0].isdigit() or toks[s].low in self.role_nouns
                                  or toks[s].text.isalpha() and s + 1 < len(toks) and toks[s + 1].low in self.role_nouns
                                  or tag and self._title_before_name(toks, s)):  # fmt: skip
            return None  # "…, said officials", "…, said two people familiar with …", "…, says political scientist Jo Berg" count too
        end = self.np_forward(toks, s, len(toks))
        if toks[s].low == "her" and s + 1 < len(toks) and toks[s + 1].low in self.role_nouns:
            end = self.np_forward(toks, s + 1, len(toks))  # "…, said her spokesman": the possessive, a role
        elif end == s + 1 and (toks[s].low in _OBJECT_PRONOUNS or toks[s].low == "it"):
            return None  # "…, called him “reckless”", "…, called it “bold”": the object, not a speaker after the verb
        if end is not None and end + 1 < len(toks) and toks[end].low == "and" and toks[end + 1].low in self.role_nouns:
            end = self.np_forward(toks, end + 1, len(toks)) or end + 2  # "…, says the entrepreneur and author"
        elif tag and end is not None and end < len(toks) and _is_cap(toks[end - 1]) and self._title_before_name(toks, end):
            end = self.np_forward(toks, end, len(toks))  # "…,” said Springfield councilman Peter Hale": place, title, name
        if end is None or not (end >= len(toks) or toks[end].text in _PUNCT_BOUNDARY or toks[end].text in _SENTENCE_END
                               or toks[end].text in _QUOTE_MARKS or toks[end].text == "'" or lex.is_(toks[end], "preposition")
                               or lex.is_(toks[end], "time_word") or toks[end].low in ("who", "whose")):  # fmt: skip
            return None  # (a relative clause may follow: "…,” said one former executive who asked for anonymity)
        words = [t for t in toks[s:end] if _is_word(t)]
        cut = next((m for m in range(1, len(words) - 1) if words[m].low in _POSTMODIFIERS and words[m + 1].low in _LINK_PREPOSITIONS), None)
        if cut is not None:
            words = words[:cut]  # "said a source close to him", "said people familiar with his thinking": the source
        if not (lex.is_(toks[s], "personal_pronoun") or any(_is_cap(t) for t in words) or words[-1].low in self.role_nouns
                or any(t.low.endswith(("-year-old", "-years-old")) for t in words)  # "said the 46-year-old former model"
                or tag and lex.is_(toks[s], "determiner") and self._says(toks[k]) and len(words) <= _TAG_NP_WORDS
                and not words[-1].low.endswith("ed") and not any(self._verb_form(t) or t.low in lex.verbs for t in words[1:])):  # fmt: skip
            # (not "…, who asked not to be named, said the pumps failed": a clause, its subject before the verb)
            return None  # "…, pledged a political revolution": an object, not a speaker
        if end < len(toks) and toks[end].text == "," and lex.is_(toks[s], "determiner"):
            end = self._name_ending_sentence(toks, end) or end  # "…, said the spokesman for the union, John Smith."
        return (s, end)

    def _name_ending_sentence(self, toks: SentenceTokens, comma: int) -> int | None:
        """The end of a personal name of two or three words that follows the comma at ``comma`` and ends the sentence
        (before its closing punctuation): the name in apposition to a role before it; else None."""
        last = len(toks)
        while last > comma + 1 and not toks[last - 1].text[:1].isalnum():
            last -= 1
        name = toks[comma + 1 : last]
        if 2 <= len(name) <= 3 and all(name_word(t.text) and t.low not in self.lex.words and t.low not in self.role_nouns for t in name):
            return last
        return None

    def _title_before_name(self, toks: SentenceTokens, s: int) -> bool:
        """Whether lower-case words at ``s`` are a title before a name: at most ``_TITLE_WORDS`` words, the last a noun
        for a person by its ending, then a capitalised word ("city councilman Peter Hale", "state assemblywoman Ana
        Ruiz"). Not a verb, a function word or a time word among them ("said yesterday Peter Hale" has no title)."""
        lex = self.lex
        j = s
        while j < min(len(toks), s + _TITLE_WORDS) and toks[j].text.isalpha() and toks[j].text.islower():
            tok = toks[j]
            if tok.low in lex.words or self._verb_form(tok) or tok.low in lex.verbs:
                return False
            j += 1
        return s < j < len(toks) and _is_cap(toks[j]) and self._title_word(toks[j - 1])

    def _title_word(self, tok: Token) -> bool:
        """A lower-case noun for a person that may stand as a title before a name: a role noun or a word with a
        person's ending that is no function word or verb ("councilman", "assemblywoman", "commissioner")."""
        if self._role_word(tok):
            return True
        low = tok.low
        return (tok.text.isalpha() and tok.text.islower() and low not in self.lex.words and low not in self.lex.verbs
                and not self._verb_form(tok) and low.endswith((*self.language.person_noun_endings, *_MORE_PERSON_ENDINGS)))

    def _antecedent(self, toks: SentenceTokens, rel: int) -> tuple[int, int] | None:
        """The noun phrase a relative pronoun at ``rel`` stands for ("Smith, who …", "the agency that …")."""
        end = _dash_start(toks, rel - 1) if rel > 0 and (toks[rel - 1].text in _COMMA or toks[rel - 1].text in _DASHES) else rel  # ", who", " — who"
        if end < rel and toks[end].text in _DASHES:
            # "95 retired generals — most of whom had backed her — who cited …": the aside between the dashes is passed over
            opening = next((j for j in range(end - 1, max(0, end - 30), -1) if toks[j].text in _DASHES), None)
            if opening is not None:
                end = _dash_start(toks, opening)
        if end <= 0:
            return None
        s = self.np_backward(toks, end)
        if s is None:
            return (rel, rel + 1)
        cut = next((m for m in range(end - 2, s, -1) if toks[m].low in _TOPIC_PREPOSITIONS), None)
        if cut is not None and toks[rel].low == "that" and toks[cut - 1].low in self.lex.nouns:
            cut = None  # "polls by Quinnipiac University that showed …": the document and its maker, as one phrase
        if cut is not None and self.np_forward(toks, cut + 1, end) is not None and not any(
                t.low in _LINK_PREPOSITIONS or self._verb_form(t) or not _is_word(t) for t in toks[cut + 1 : end]):  # fmt: skip
            s = cut + 1  # "asked the senator about several voters who said", "an inquiry by a UN panel, which said": the nearest
        elif toks[rel].low == "who":
            links = [m for m in range(s + 1, end - 1) if toks[m].low in _LINK_PREPOSITIONS]
            if links and self._thing_before_people(toks, links[0], end) and self._thing_before_people(toks, links[-1], end):
                link = links[-1]
                s = link + 1  # "the best deal for renters who say …", "the office of Governor Lee, who …": people, not a thing
                # (not "a lecturer in law at … College who": the first noun is a person)
        return (s, end)

    def _thing_before_people(self, toks: SentenceTokens, link: int, end: int) -> bool:
        """Whether a noun phrase joined by the preposition at ``link`` names a thing before it and people after it
        ("a sharp reply from the harbor master", "a string of clashes with council members"): not a count or
        share of people ("half of the nurses", "one in 10"), a person ("a graduate of Bayview College") or an
        adjective ("familiar with the talks") before it, nor a thing after it."""
        before = toks[link - 1]
        low = before.low
        if not before.text.isalpha() or _is_cap(before) or self._quantity(before) or _fraction(low) or low in ("percent", "cent"):
            return False
        person_endings = (*self.language.person_noun_endings, *_MORE_PERSON_ENDINGS)
        if self._role_word(before) or low in self.person_nouns or low.endswith(person_endings) or _adjective_shaped(before):
            return False
        words = [t for t in toks[link + 1 : end] if _is_word(t)]
        if not words or self.np_forward(toks, link + 1, end) is None:
            return False
        head = words[-1]
        return _is_cap(head) or self._role_word(head) or head.low in self.person_nouns or head.text.isalpha() and head.low.endswith(("s", *person_endings))



    def _apposition_subject(self, toks: SentenceTokens, comma: int, aside: bool = True) -> tuple[int, int] | None:
        """The subject of a verb right after a comma: walking back over the comma pieces before it, the
        first noun phrase behind the appositions ("John Smith, a spokesman for the ministry, said";
        "Smith, 45, who leads the group, said"; "Mr. Trump, in an interview, said"). A role before a name
        is kept with the name ("A spokesman, John Smith, said"); a role after a name gives way to it."""
        lex = self.lex
        floor = max(0, comma - _MAX_CHAIN_TOKENS)
        end = _dash_start(toks, comma)
        if aside and toks[comma].text in _DASHES:
            # "Kall — co-editor of a book, a study of debates — said": the aside between two dashes is one piece,
            # whatever commas it holds; the subject stands before the opening dash
            opening = next((j for j in range(end - 1, floor, -1) if toks[j].text in _DASHES), None)
            if opening is not None and opening > floor + 1:
                return self._apposition_subject(toks, _dash_start(toks, opening), aside=False)  # ("Dix, the head of X — a firm … — told me")
        pieces: list[tuple[int, int]] = []  # from the verb backwards
        while end > floor and len(pieces) < 6:
            start = end
            while start > floor and (toks[start - 1].text not in _PIECE_BOUNDARY or toks[start - 1].quote >= 0) and (
                toks[start - 1].text not in _QUOTE_MARKS or self._quoted_within(toks, start - 1, floor)
                or self._closing_within(toks, start - 1, floor) is not None
            ):  # fmt: skip
                opening = self._closing_within(toks, start - 1, floor) if toks[start - 1].text in _QUOTE_MARKS else None
                if opening is not None:
                    start = opening  # "X — who said she would “fight it to the end” — said …": the quoted phrase is the piece's
                    continue
                if toks[start - 1].text == ")":
                    opening = next((m for m in range(start - 2, max(floor - 1, start - 10), -1) if toks[m].text == "("), None)
                    if opening is None:
                        break
                    start = opening  # "Rep. Elijah Cummings (D-Md.), chair of …": a parenthesis does not end a piece
                    continue
                start -= 1
            if start == end:
                return None
            pieces.append((start, end))
            if start == 0 or toks[start - 1].text not in _APPOSITION_MARKS:
                break
            end = _dash_start(toks, start - 1)
        classified: tuple[int, int] | None = None  # an indefinite apposition that gave way to a noun phrase before it
        for n, (a, b) in enumerate(pieces):
            s = a
            while s < b and (lex.is_(toks[s], "connector") or lex.is_(toks[s], "conjunction")):
                s += 1
            if n == len(pieces) - 1 and n > 0:
                # the first piece may hold a clause before the subject: "X said A and he, once again, said"
                for m in range(b - 1, s, -1):
                    if lex.is_(toks[m], "conjunction") or lex.is_(toks[m], "subordinator") and toks[m].low != "that":
                        if m + 1 < b and self.np_forward(toks, m + 1, b) == b:
                            s = m + 1
                        break
            np_end = self.np_forward(toks, s, b) if s < b else None
            if np_end is not None and np_end < b and toks[np_end].low in ("who", "which", "that", "whose") and np_end > s:
                np_end = b  # "The judges who ruled that …": a noun phrase with its relative clause
            if len(pieces) == 1 and s > a:
                return None  # "He pledged A and cast doubt on B, suggested that …": a verb phrase, no subject
            participial = s < b and toks[s].text.isalpha() and toks[s].text.islower() and toks[s].low.endswith(("ing", "ed"))
            if s < b and not lex.is_(toks[s], "preposition") and not toks[s].text[0].isdigit() and not participial \
                    and not lex.is_(toks[s], "relative_pronoun") and np_end == b and self._subject_like(toks, s, b):  # fmt: skip
                # (not "speaking at a rally in Ohio", "asked about the plan": a participle set off, like "in an interview")
                cut = next((m for m in range(s + 1, b) if toks[m].low in _LINK_PREPOSITIONS), b)
                # (the role's own words: "spokeswoman for the Red Cross" names a body, not the speaker)
                # (a possessor's name is not the piece's own: "Smith's deputy" is a role, its holder named elsewhere)
                named = any(_is_cap(t) and not t.low.endswith(("'s", "’s")) for t in toks[s:cut] if _is_word(t)) and not lex.is_(toks[s], "determiner")
                m = n + 1
                while m + 1 < len(pieces) and all(t.text[0].isdigit() for t in toks[pieces[m][0] : pieces[m][1]]):
                    m += 1  # "Lund, 54, a former harbor pilot, said": the age between the name and the role
                if m < len(pieces):
                    a2, b2 = pieces[m]
                    earlier_named = _is_cap(toks[a2]) and not lex.words.get(toks[a2].low) and self.np_forward(toks, a2, b2) == b2
                    if named and lex.is_(toks[a2], "determiner") and self.np_forward(toks, a2, b2) == b2:
                        return (s, b)  # "A spokesman for the ministry, John Smith, said": the name is the speaker
                    if not named and earlier_named:
                        return (a2, b2)  # "Jared Bernstein, a senior fellow at …, said"
                    closing = self._name_closing_clause(toks, a2, b2) if not named and m == len(pieces) - 1 else None
                    if closing is not None:
                        return closing  # "… said that Anna Berg, the district chair, planned …": the name ends the clause before
                    if not named and classified is None and (toks[s].low in _INDEFINITE_ARTICLES or toks[s].low == "the" and s == a) \
                            and not any(t.low in _COORDINATORS for t in toks[s:b]):  # fmt: skip
                        # "The mayor, a Democrat, said", "The chairman, now a former banker, said": the indefinite says
                        # what the subject before it is; that subject speaks, if the piece before is one. So does a
                        # definite description after an unnamed subject ("The union, the largest in the state, said")
                        classified = (s, b)
                        continue
                return (s, b)
            if not self._apposition_like(toks, a, b):
                return classified
            if classified is not None and lex.is_(toks[a], "preposition"):
                return classified  # "Some critics, like Jo Lund, a fellow at X, say": the role is the example's
        return classified

    def _name_closing_clause(self, toks: SentenceTokens, a: int, b: int) -> tuple[int, int] | None:
        """The name that ends the comma piece from ``a`` to ``b`` right after a complementiser or subordinator
        ("The mayor said that Anna Berg", "… because Anna Berg"): the subject of a verb after an apposition
        to it. None when the piece does not end so."""
        s = self.np_backward_plain(toks, b)
        if s is not None and toks[s].low == "that" and s + 1 < b:
            s += 1  # the walk back reads "that" before a name as a determiner
        if s is None or s <= a or not _is_cap(toks[s]) or self.lex.words.get(toks[s].low):
            return None
        before = toks[s - 1]
        return (s, b) if before.low == "that" or self.lex.is_(before, "subordinator") else None

    @staticmethod
    def _closing_within(toks: SentenceTokens, mark: int, floor: int) -> int | None:
        """The opening mark of the quoted phrase that the mark at ``mark`` closes, when a word stands right before
        that opening mark (a phrase quoted inside a comma piece, as in :meth:`_quoted_within`); else None."""
        if mark <= floor or toks[mark - 1].quote < 0 or mark + 1 < len(toks) and (toks[mark + 1].quote == toks[mark - 1].quote or _is_cap(toks[mark + 1])):
            return None  # (nor a nickname inside a name: 'Marcia "Cia" Price')
        qid = toks[mark - 1].quote
        j = mark - 1
        while j > floor and toks[j - 1].quote == qid:
            j -= 1
        opening = j - 1
        return opening if opening > floor and toks[opening].text in _QUOTE_MARKS and _is_word(toks[opening - 1]) else None

    @staticmethod
    def _quoted_within(toks: SentenceTokens, mark: int, floor: int) -> bool:
        """Whether the quotation mark at ``mark`` opens a quoted phrase inside a comma piece rather than a
        quotation of its own: a word right before it ("Smith, citing “the unique magic of the race,” said …";
        "The mayor, calling the plan “a disaster,” said …"). The quoted words then belong to the piece."""
        return mark > floor and mark + 1 < len(toks) and _is_word(toks[mark - 1]) and toks[mark + 1].quote >= 0 \
            and toks[mark + 1].quote != toks[mark - 1].quote  # fmt: skip

    def _apposition_like(self, toks: SentenceTokens, a: int, b: int) -> bool:
        """A comma piece that may stand between a subject and its verb: an age, a relative clause, a
        prepositional phrase, a connector, a participle phrase, a short phrase without a verb of its own."""
        lex = self.lex
        if a >= b:
            return False
        first = toks[a]
        if first.text[0].isdigit() or lex.is_(first, "relative_pronoun") or lex.is_(first, "preposition") or lex.is_(first, "connector"):
            return True
        if (parts := split_contraction(first.low)) is not None and parts[0] in _RELATIVE_WORDS:
            return True  # "…, who’s running for the board,": a relative pronoun and its auxiliary in one word
        if all(self._adverb(toks, j) or lex.is_(toks[j], "connector") or toks[j].low in _ADVERBS for j in range(a, b) if _is_word(toks[j])):
            return True  # "…, once again,", "…, however,"
        if first.low.endswith("ing") and first.text[0].islower():
            return True  # "…, citing officials,", "…, speaking on condition of anonymity,"
        if first.low.endswith("ed") and first.text[0].islower() and a + 1 < b and (lex.is_(toks[a + 1], "preposition") or toks[a + 1].low in _ASKED_ABOUT):
            return True  # "…, asked about the plan,", "…, pressed on the issue,": a participle whose subject was asked
        if b - a > 20 or lex.is_(first, "subordinator"):
            return False
        return not any(lex.is_(t, "auxiliary") or self._verb_form(t) for t in toks[a:b])

    def _absolute_subject(self, toks: SentenceTokens, group: int) -> tuple[int, int] | None:
        """The subject of a gerund in an absolute construction after "with" ("…, with the governor calling the
        mayor a fraud", "with 60 percent saying …"), or None."""
        s = self.np_backward(toks, group)
        if s is None or s == 0:
            return None
        if toks[s - 1].low == "with":
            return (s, group)
        if toks[s - 1].text in (",", ";", "–", "—", "and") and group - s <= 4 and all(name_word(t.text) or t.low in _NAME_PARTICLES for t in toks[s:group]):
            return (s, group)  # "…: Ryan saying he was pleased and Smith calling it a great meeting": a name of its own
        return None

    def _object_follows(self, toks: SentenceTokens, last: int) -> bool:
        """Whether the verb ending at ``last`` has an object right after it ("called her", "praised the plan"), as a
        verb of a list does; a speaker after the verb would have been found as its inverted subject."""
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        return nxt is not None and (nxt.low in _OBJECT_PRONOUNS or nxt.low == "it" or self.lex.is_(nxt, "determiner"))

    def _clause_speaker(self, toks: SentenceTokens, k: int, group: int, found: list[Attribution], before: int) -> Attribution | None:
        """The speaker a participle or coordinated clause (", saying …", "without saying", "… but said")
        inherits: the last attribution of the sentence before it, or the sentence's first noun phrase."""
        lex = self.lex
        base = toks[0].i
        prev = toks[group - 1] if group > 0 else None
        if prev is not None and prev.text in _QUOTE_MARKS and group >= 2 and toks[group - 2].text in _COMMA:
            prev = toks[group - 2]  # "… a “silly proposition,” adding that …": the comma inside the closing mark
        if prev is None and (toks[k].low.endswith("ing") or toks[group].low == "having"):
            # "Warning that rents would rise, the union …": a participle clause that opens the sentence has its subject after it
            subject = toks.cached("sentence_subject", lambda: self._sentence_subject(toks))
            if subject is None or subject[0] <= k:  # type: ignore[index]
                return None
            return Attribution(-1, (0, 0), "indirect", source=self._span(toks, subject))  # type: ignore[arg-type]
        if prev is None or prev.low in _AS:
            return None  # "quoted as saying", "described as saying": the construction has its speaker
        noun = self._before_time_phrase(toks, k - 1)
        head = toks[noun]
        if toks[k].low.endswith("ing") and head.text.isalpha() and head.text.islower() and (head.low in lex.nouns or head.low.rstrip("s") in lex.nouns) \
                and noun < group <= k and noun >= 1:  # fmt: skip
            # "released a statement saying …", "posted a video on Monday saying …": what the statement says, its author's
            j = noun - 1  # back over the words before the noun ("internal", "two new"), then its article, to what stands before
            while j >= max(0, noun - 2) and (_adjective_shaped(toks[j]) or toks[j].text.isalpha() and toks[j].text.islower()
                                             and not self.lex.words.get(toks[j].low) and toks[j].low not in lex.verbs
                                             and not self._past_form(toks[j])):  # fmt: skip
                j -= 1
            if j >= 0 and (self.lex.is_(toks[j], "determiner") or self.lex.is_(toks[j], "quantifier")):
                j -= 1
            if j >= 0 and (self.lex.is_(toks[j], "preposition") or toks[j].low in _INFINITIVE):  # ("pointed to …": "to" is no listed preposition)
                # "had to respond to videos showing …", "pointed to a memo saying …": not made by the subject, the document speaks
                return Attribution(-1, (0, 0), "indirect", source=self._span(toks, (j + 1, noun + 1)))
            subject = toks.cached("sentence_subject", lambda: self._sentence_subject(toks))
            if subject is not None and subject[1] <= noun - 1 and self._speaker_like(toks, subject):  # type: ignore[index,arg-type]
                return Attribution(-1, (0, 0), "indirect", source=self._span(toks, subject))  # type: ignore[arg-type]
            s = next((j for j in range(noun - 1, max(-1, noun - 4), -1) if self.lex.is_(toks[j], "determiner")
                      or not (toks[j].text.isalpha() and toks[j].text.islower())), None)  # fmt: skip
            if s is not None and self.lex.is_(toks[s], "determiner"):
                # "… next to a memo suggesting that …": no author before it; the statement is the memo's
                return Attribution(-1, (0, 0), "indirect", source=self._span(toks, (s, noun + 1)))
            return None
        if not (prev.text in _COMMA or prev.text in _APPOSITION_MARKS and toks[k].low.endswith("ing") or lex.is_(prev, "preposition")
                or lex.is_(prev, "subordinator") or lex.is_(prev, "conjunction")
                or prev.low == "then" and group >= 2 and (toks[group - 2].low in _COORDINATORS or toks[group - 2].text in _COMMA)):  # fmt: skip
            return None  # ("… and then said", "…, then said": coordinated too)
        for attribution in reversed(found[before:]):
            if attribution.source is not None and attribution.cue[0] < base + k:
                return attribution
        subject = toks.cached("sentence_subject", lambda: self._sentence_subject(toks))
        if subject is None:
            return None
        # ("After saying …, the senator …", "While saying that …, Ruiz continued …")
        opening = subject[0] > k and (lex.is_(prev, "preposition") or prev.low in _TIME_SUBORDINATORS) and group == 1  # type: ignore[index]
        if subject[1] > k and not opening:  # type: ignore[index]
            return None  # (but "After saying …, the senator …": the adverbial that opens the sentence has the subject after it)
        return Attribution(-1, (0, 0), "indirect", source=self._span(toks, subject))  # type: ignore[arg-type]

    def _opening_subordinate(self, toks: SentenceTokens, start: int) -> bool:
        """Whether the clause of a verb whose subject starts at ``start`` is a subordinate clause opening the
        sentence ("When Lund suggested …, …", "Although the mayor said …, …")."""
        s = self._first_content_word(toks, 0, start)
        if s == start - 1:
            return toks[s].low in _OPENING_SUBORDINATORS
        # nested in one: "If we read it right when he says A, B …" (no comma before the inner subordinator)
        return (toks[s].low in _OPENING_SUBORDINATORS and toks[start - 1].low in _OPENING_SUBORDINATORS - {"as"}
                and not any(t.text in _PUNCT_BOUNDARY for t in toks[s:start]))  # fmt: skip

    def _subordinate_end(self, toks: SentenceTokens, complement: tuple[int, int]) -> tuple[int, int]:
        """The message of a report in an opening subordinate clause ends at the comma before the main clause: the
        first comma outside quotation marks followed by a subject (a name, pronoun or article)."""
        lex = self.lex
        for c in range(complement[0] + 1, min(complement[1], len(toks) - 1)):
            nxt = toks[c + 1]
            if toks[c].text in _COMMA and toks[c].quote < 0 and (
                _is_cap(nxt) or lex.is_(nxt, "personal_pronoun") or lex.is_(nxt, "determiner")
            ):  # fmt: skip
                return (complement[0], c)
        return complement

    def _past_adverbials(self, toks: SentenceTokens, j: int) -> int:
        """The boundary after the adverbials that follow a speech tag from ``j`` ("said in an interview, …"): the
        first punctuation mark or quotation mark at most eight tokens on, else ``j``."""
        for m in range(j, min(len(toks), j + 8)):
            if toks[m].text in _PUNCT_BOUNDARY or toks[m].text in _SENTENCE_END or toks[m].text in _QUOTE_MARKS:
                return m
        return j

    def _relative_clause_end(self, toks: SentenceTokens, complement: tuple[int, int], dash: bool = False) -> tuple[int, int]:
        """The message of a report in a relative clause set off by commas ends at the comma that closes the clause,
        before the main clause's predicate ("The mayor, who said last week that A, left the city"); one set off by
        dashes, at the closing dash."""
        for c in range(complement[0] + 1, min(complement[1], len(toks) - 1)):
            if dash and toks[c].text in _DASHES:
                return (complement[0], c)
            if not dash and toks[c].text in _COMMA:
                n = c + 1
                while n + 1 < len(toks) and (toks[n].text in _QUOTE_MARKS or toks[n].text == "'"):
                    n += 1  # ("…, who said she would “fight it,” left": the comma inside the closing mark)
                nxt = toks[n]
                if self._predicate_word(nxt):
                    return (complement[0], c)
        return complement

    def _report_in_relative_subject(self, toks: SentenceTokens, subject: tuple[int, int]) -> tuple[int, int] | None:
        """The subject of a verb in the message of a report inside a relative clause, when the subject found for the
        verb runs over that clause ("A witness who said she": "she"; "The clerk who said he": "he"); else None."""
        lex = self.lex
        for r in range(subject[0] + 1, subject[1] - 2):
            if toks[r].low not in ("who", "that"):
                continue
            v = next((v for v in (r + 1, r + 2) if any(role in ("past", "past_participle", "present", "base") and e.type in _CLAUSE_REPORTS
                                                        for e, role in lex.verbs.get(toks[v].low, ()))), None)  # fmt: skip
            # the report's clause opens with its own subject pronoun ("who said she …"; not "who opposed the reform now say")
            if v is not None and v + 1 < subject[1] and (lex.is_(toks[v + 1], "personal_pronoun") or toks[v + 1].low == "that"):
                return (v + 2 if toks[v + 1].low == "that" else v + 1), subject[1]
        return None

    def _restrictive_relative_end(self, toks: SentenceTokens, complement: tuple[int, int]) -> tuple[int, int]:
        """The message of a report in a relative clause without commas ends before the main clause's verb that
        follows it: a second predicate word after the reported clause's own, right after a word that can end a clause
        ("A witness who said he heard the blast was taken to hospital": "he heard the blast"; "Voters who say the
        economy is weak favor Lund"). Not after "and", "to", a comma or another verb ("said the man who was arrested
        was innocent" keeps the whole clause)."""
        lex = self.lex
        own = next((m for m in range(complement[0], complement[1]) if self._predicate_word(toks[m])), None)
        if own is None:
            return complement
        for m in range(own + 2, min(complement[1], own + _RELATIVE_REACH)):
            before = toks[m - 1]
            # a word that can end the clause: no verb, unless a participle that closes a verb group ("were badly treated")
            closes = not self._predicate_word(before) or lex.is_(toks[m - 2], "determiner") or self._past_form(before) and any(
                lex.is_(t, "auxiliary") for t in toks[max(own, m - 4) : m - 1]
            ) and (lex.is_(toks[m], "auxiliary") or self._past_form(toks[m]))  # (not "had expected reports": a noun in -s)
            if (self._predicate_word(toks[m]) and _is_word(before) and closes and not before.low.endswith("ly")
                    and not lex.is_(before, "auxiliary") and not lex.words.get(before.low) and before.low not in _COORDINATORS):  # fmt: skip
                # (not a participle after its adverb: "they were sexually harassed", "it was widely condemned")
                return complement[0], m
            if toks[m].text in _COMMA or toks[m].low in _COORDINATORS or toks[m].low in _RELATIVE_SUBJECTS:
                return complement  # a list, a coordination or another relative clause: no verb of the main clause to tell
        return complement

    def _predicate_word(self, tok: Token) -> bool:
        """A lower-case word that can start a clause's predicate: an auxiliary, a reporting verb or a past form."""
        return tok.text.isalpha() and tok.text.islower() and (self.lex.is_(tok, "auxiliary") or tok.low in self.lex.verbs or self._past_form(tok))

    def _before_time_phrase(self, toks: SentenceTokens, j: int) -> int:
        """The token before a time phrase that ends at ``j`` ("a statement on Monday", "a video late Tuesday"), or ``j``."""
        i = j
        while i > 0 and j - i < 3 and (self.lex.is_(toks[i], "time_word") or toks[i].low in _TIME_DEICTICS or toks[i].low in ("on", "late", "early")):
            i -= 1
        return i if i < j and self.lex.is_(toks[j], "time_word") else j

    def _sentence_subject(self, toks: SentenceTokens) -> tuple[int, int] | None:
        """The noun phrase that opens the sentence when a verb follows it ("Trump spoke …, saying"); an
        opening adverbial before a comma ("Last month, …", "In Iowa, …", "Asked about it, …", "Early in the race, …")
        is passed over."""
        lex = self.lex
        n = len(toks)
        s = _after_dateline(toks)
        while s < n and (toks[s].text in _QUOTE_MARKS or toks[s].text in _COMMA or lex.is_(toks[s], "connector")
                         or lex.is_(toks[s], "conjunction")):  # fmt: skip
            s += 1
        if s < n and (lex.is_(toks[s], "preposition") or lex.is_(toks[s], "time_word") or lex.is_(toks[s], "subordinator")
                      or toks[s].low in ("last", "next", "this", "earlier", "later")
                      or toks[s].low.endswith("ly") and s + 1 < n and toks[s + 1].text not in _COMMA and toks[s + 1].text.islower()
                      or toks[s].low.endswith(("ed", "ing")) and toks[s].low in lex.verbs  # "Asked about …,", "Speaking to …,"
                      or toks[s].low == "having"  # "Having said that …, the senator …"
                      or self._opening_participle(toks, s)):  # fmt: skip
            comma = toks.next_low(",", s)
            if comma >= min(n, s + 12):
                return None
            s = comma + 1
        if s >= n:
            return None
        end = self.np_forward(toks, s, n)
        if end is None or end >= n:
            return None
        first_verb = self._first_conjunct_verb(toks, s, end)
        if first_verb is not None:
            return (s, first_verb)
        if toks[end].text in _COMMA:
            listed = self._list_subject_end(toks, end)
            if listed is not None:
                return (s, listed)  # "Carson, Fiorina and Huckabee have all …"
            if self._apposition_subject_forward(toks, s, end):
                b = clause_end(toks, end + 1)
                if lex.is_(toks[s], "determiner") and _is_cap(toks[end + 1]) and not lex.words.get(toks[end + 1].low):
                    return (end + 1, b)  # "The energy minister, Ana Ruiz, spoke …": the name is the speaker
                return (s, end)
            chain_end = self._adverbial_aside_follows(toks, end) or self._appositions_then_verb(toks, end)
            return (s, end) if chain_end else None
        nxt = toks[end]
        if lex.is_(nxt, "time_word") or nxt.low == "on" and end + 1 < n and lex.is_(toks[end + 1], "time_word"):
            # "Senator Miller on Wednesday downplayed …", "Smith last week said": a time phrase before the verb
            j = end + 1 if lex.is_(nxt, "time_word") else end + 2
            while j < n and (lex.is_(toks[j], "time_word") or toks[j].low in ("last", "this", "next", "week", "month", "year")):
                j += 1
            if j < n:
                nxt = toks[j]
        if (lex.is_(nxt, "auxiliary") or nxt.text[0].islower() and nxt.text.isalpha() and (not lex.words.get(nxt.low) or nxt.low in lex.verbs)
                or self._adverb(toks, end)):  # fmt: skip
            return (s, end)
        after = toks[nxt.i - toks[0].i + 1] if nxt.i - toks[0].i + 1 < n else None
        if nxt.low in _BETWEEN_SUBJECT_AND_VERB and after is not None and after.text.isalpha() and after.text.islower() and not lex.words.get(after.low):
            return (s, end)  # "The mayor then appears …", "Trump also told …": an adverb between subject and verb
        return None

    def _opening_participle(self, toks: SentenceTokens, s: int) -> bool:
        """Whether a participle in -ing of any verb opens the sentence at ``s`` with a phrase after it ("Walking to the
        next house, …", "Standing beside the mayor, …"): an adverbial clause whose subject is the main clause's."""
        tok = toks[s]
        if not (tok.text.isalpha() and len(tok.low) > 5 and tok.low.endswith("ing") and _is_cap(tok) and not self.lex.words.get(tok.low)):
            return False
        nxt = toks[s + 1] if s + 1 < len(toks) else None
        return nxt is not None and (self.lex.is_(nxt, "preposition") or self.lex.is_(nxt, "determiner") or self._adverb(toks, s + 1))

    def _first_conjunct_verb(self, toks: SentenceTokens, s: int, end: int) -> int | None:
        """The past verb inside a noun phrase from ``s`` to ``end`` whose clause "and" or "but" and a verb follow ("The
        officers laughed and said …", "Officers chafed at the criticism and said …"), or a comma and a participle of
        speech that no finite verb follows ("The campaign pushed back against the attack, calling it …"; not "Officials
        briefed on the talks, speaking on condition of anonymity, said …", a participle after the noun): read as a
        participle after the noun, it would leave the clause without a verb, so it is the clause's verb and the subject
        ends before it. None otherwise."""
        p = next((p for p in range(s + 1, end) if self._past_form(toks[p]) and _is_word(toks[p - 1]) and not self.lex.is_(toks[p - 1], "determiner")
                  and not self._quantity(toks[p - 1])), None)  # ("Many unnaturalized adoptees": an adjective after a quantity)
        if p is None:
            return None
        j = end
        while j < min(len(toks), end + 12) and toks[j].low not in ("and", "but") and toks[j].text not in _COMMA and toks[j].text not in _SENTENCE_END:
            if self.lex.is_(toks[j], "subordinator") or self.lex.is_(toks[j], "personal_pronoun") and toks[j].low in _PERSONAL_SUBJECTS:
                return None  # "Obama's eyes welled as he spoke … and urged …": what follows belongs to another clause
            j += 1  # the rest of the clause ("back against the attack")
        if j + 1 >= len(toks) or toks[j].text in _SENTENCE_END or j >= end + 12:
            return None
        nxt = toks[j + 1]
        if toks[j].text in _COMMA:
            if not (nxt.text.isalpha() and nxt.text.islower() and nxt.low.endswith("ing") and nxt.low in self.lex.verbs):
                return None
            close = clause_end(toks, j + 1)
            after = toks[close + 1] if close + 1 < len(toks) and toks[close].text in _COMMA else None
            if after is not None and after.text.islower() and (after.low in self.lex.verbs or self._past_form(after) or self.lex.is_(after, "auxiliary")):
                return None  # the participle is an aside before the clause's verb
            return p
        if self.lex.is_(nxt, "preposition"):  # "… and in a statement said …": an adverbial before the second verb
            after = self.np_forward(toks, j + 2, len(toks))
            nxt = toks[after] if after is not None and after < len(toks) else nxt
        if not (nxt.text.isalpha() and nxt.text.islower() and (nxt.low in self.lex.verbs or self._past_form(nxt) or self._adverb(toks, j + 1))):
            return None
        return p

    def _adverbial_aside_follows(self, toks: SentenceTokens, comma: int) -> bool:
        """Whether an adverbial set off by commas and opened by a preposition or subordinator follows the sentence's
        first noun phrase and a verb comes after it ("The senator, after saying he would not run, entered …")."""
        a = comma + 1
        if a >= len(toks) or not (self.lex.is_(toks[a], "preposition") or self.lex.is_(toks[a], "subordinator")):
            return False
        b = toks.next_low(",", a)
        return b + 1 < len(toks) and b - a <= 15 and toks[b + 1].text.isalpha() and toks[b + 1].text.islower() \
            and not self.lex.words.get(toks[b + 1].low)  # fmt: skip

    def _list_start(self, toks: SentenceTokens, s: int, end: int) -> int:
        """Where a list of names ends in the phrase ``[s, end)`` ("Berg and Okafor" of "Lund, Berg and Okafor"):
        the first name after commas before it, when the sentence opens with the list; else ``s``."""
        if s < 2 or toks[s - 1].text not in _COMMA or not _is_cap(toks[s]) or not any(t.low in ("and", "or") for t in toks[s:end]):
            return s
        start = s
        while start >= 2 and toks[start - 1].text in _COMMA and _is_cap(toks[start - 2]):
            before = self.np_backward(toks, start - 1)
            if before is None or not _is_cap(toks[before]):
                return s
            start = before
        return start if start == 0 else s

    def _list_subject_end(self, toks: SentenceTokens, comma: int) -> int | None:
        """The end of a list of names that goes on after ``comma`` ("Ruiz, Lund and Berg have …"): names
        separated by commas, the last after "and"/"or", then a verb. None otherwise."""
        lex = self.lex
        end = comma
        for _ in range(6):
            j = end + 1
            last = j < len(toks) and toks[j].low in ("and", "or")  # "Ruiz, Lund, and Berg"
            j += int(last)
            if j >= len(toks) or not _is_cap(toks[j]):
                return None
            nxt = self.np_forward(toks, j, len(toks))
            if nxt is None or nxt >= len(toks):
                return None
            if last or any(t.low in ("and", "or") for t in toks[j:nxt]):
                verb = toks[nxt]  # the last name, after "and" (np_forward takes "Lund and Berg" as one phrase)
                return nxt if self._predicate_word(verb) else None
            if toks[nxt].text not in _COMMA:
                return None
            end = nxt
        return None

    def _appositions_then_verb(self, toks: SentenceTokens, comma: int) -> bool:
        """Whether pieces set off by commas that may stand between a subject and its verb (a party and state, a
        relative clause, a role) follow the comma at ``comma`` and a verb comes after the last of them ("Ana
        Ruiz, D-Ill., who faces a hard race, withdrew …"). At most four pieces of 25 tokens each."""
        lex = self.lex
        c = comma
        for _ in range(4):
            a = c + 1
            nxt = toks.next_low(",", a)
            if nxt + 1 >= len(toks) or nxt - a > 25 or nxt == a:
                return False
            if not (self.np_forward(toks, a, nxt) == nxt or self._apposition_like(toks, a, nxt)):
                return False
            verb = toks[nxt + 1]
            if self._predicate_word(verb):
                return True
            c = nxt
        return False

    def _apposition_subject_forward(self, toks: SentenceTokens, s: int, end: int) -> bool:
        """Whether "NP, NP," (an apposition) follows the sentence's first noun phrase."""
        a = end + 1
        b = min(clause_end(toks, a) if a < len(toks) else a, len(toks))
        return a < b < len(toks) and toks[b].text in _COMMA and self.np_forward(toks, a, b) == b

    # --- noun phrases ---------------------------------------------------------------------------

    def _past_verb_before_object(self, toks: SentenceTokens, j: int, limit: int) -> bool:
        """A lower-case past form after a noun with an object after it ("The chairman met the delegates",
        "the senator downplayed the attack"): the verb of the clause, where the noun phrase ends."""
        tok = toks[j]
        low = tok.low
        if not (tok.text.isalpha() and tok.text.islower() and (low in _IRREGULAR_PAST or len(low) > 4 and low.endswith("ed"))):
            return False
        nxt = toks[j + 1] if j + 1 < limit else None
        return nxt is not None and (self.lex.is_(nxt, "determiner") or _is_cap(nxt) and not self.lex.words.get(nxt.low)
                                    or nxt.low in ("him", "her", "them", "us", "me", "it"))  # fmt: skip

    def _participle_after_noun(self, toks: SentenceTokens, k: int, floor: int, end: int) -> bool:
        """Whether the past participle of a reporting verb at ``k`` inside a subject follows a noun of people and
        leads a phrase ("People briefed on the plan said", "officials informed about the talks say"): a participle
        after its noun, so the subject runs on back past it (people who were briefed, unnamed insiders)."""
        if k - 1 < floor or k + 1 >= end or toks[k + 1].low not in ("on", "about"):  # (a "by" phrase is an agent or a via)
            return False
        noun = toks[k - 1]
        return noun.text.isalpha() and (noun.low in self.person_nouns or noun.low in _PLURAL_NOUNS or noun.low in self.role_nouns
                                        or noun.low.rstrip("s") in self.role_nouns)  # fmt: skip

    def _noun_like(self, tok: Token) -> bool:
        return _is_word(tok) and not self.lex.words.get(tok.low)

    def _verb_form(self, tok: Token) -> bool:
        """A finite reporting-verb form that cannot be part of a noun phrase ("said", "told", "claimed")."""
        entries = self.lex.verbs.get(tok.low)
        return bool(entries) and any(role in ("past", "past_participle", "participle") for _, role in entries)

    def _quantity(self, tok: Token) -> bool:
        """A word that heads a partitive phrase: "some", "most", "one", "two", "12" (of them)."""
        return self.lex.is_(tok, "quantifier") or tok.low in _COUNT_WORDS or tok.text.isdigit()

    def np_backward(self, toks: SentenceTokens, end: int) -> int | None:
        """Start of the noun phrase that ends just before ``end``, or None (see the module doc); a noun phrase
        that ends a relative clause without commas reaches back to the clause's antecedent."""
        s = self._np_backward_walk(toks, end)
        if s is None:
            if end >= 3 and self._past_form(toks[end - 1]) and toks[end - 2].low in _PERSONAL_SUBJECTS - {"it", "you"}:
                head = self.np_backward_plain(toks, end - 2)  # "The charity she started says": a relative clause
                if head is not None and not self.lex.is_(toks[head], "personal_pronoun"):  # without "that" ends before the verb
                    return head
            head = self._relative_head(toks, end)  # "The report that the ministry published said"
            return head if head < end else None
        if toks[s].low == "that" and s + 1 < end and s > 0 and self._complementizer(toks, s, end):
            s += 1  # "asserted that people are …", "the notion that voters want …": the clause's subject after "that"
        head = self._relative_head(toks, s)
        if head < s:
            r = next((r for r in range(s - 1, head - 1, -1) if toks[r].low in _RELATIVE_WORDS), None)
            if r is not None and r + 1 < s and toks[r + 1].low in _PERSONAL_SUBJECTS:
                return r + 1  # "a plan that she and several of her aides opposed": the relative clause's own subject
        return head

    def _np_backward_walk(self, toks: SentenceTokens, end: int) -> int | None:
        """Start of the noun phrase that ends just before ``end``, or None."""
        lex = self.lex
        if end <= 0:
            return None
        last = toks[end - 1]
        if lex.is_(last, "personal_pronoun") and last.low in _PERSONAL_SUBJECTS:
            return end - 1
        if last.low in _OBJECT_PRONOUNS and end >= 3 and toks[end - 2].low == "of" and self._quantity(toks[end - 3]):
            return end - 3  # "many of them said"
        j = end
        floor = max(0, end - _MAX_NP_TOKENS)
        tail = 0  # "a source close to him": a pronoun object inside the noun phrase, after its last noun
        if last.low in _OBJECT_PRONOUNS and end >= 3 and toks[end - 2].low in _LINK_PREPOSITIONS and self._noun_like(toks[end - 3]):
            j = tail = end - 2
        words = 0
        in_name = False  # the words read so far end in a name (capitalised words)
        start: int | None = None
        while j > floor:
            tok = toks[j - 1]
            low = tok.low
            if tok.text == ")" and words == 0:
                opening = next((m for m in range(j - 2, max(floor - 1, j - 8), -1) if toks[m].text == "("), None)
                if opening is None:
                    break
                j = opening  # "Sen. Ted Cruz (R-Texas)"
                continue
            if tok.text == "." and j - 2 >= floor and (
                words > 0 and (toks[j - 2].low in lex.abbreviations or _initial(toks[j - 2]))
                or words == 0 and (_name_suffix(toks[j - 2].low) or dotted_acronym(toks[j - 2].text))
            ):  # fmt: skip
                j -= 1  # "Sen. Ted Cruz", "Mr. Trump", "Joseph R. Biden", "Biden Jr."
                continue
            if tok.text == "'" and words > 0 and j - 2 >= floor and toks[j - 2].low.endswith("s") and _is_word(toks[j - 2]):
                j -= 1  # "Sanders' team"
                continue
            if tok.text == "/" and words > 0 and j - 2 >= floor and _is_cap(toks[j]) and _is_cap(toks[j - 2]):
                j -= 1  # "a CNN/ORC poll", "the NBC/Wall Street Journal survey": two names joined for one poll
                continue
            if tok.text == "%" and j - 2 >= floor and toks[j - 2].text[0].isdigit():
                j -= 1  # "42% say", "60% of voters": the sign stands for "percent"
                words += 1
                continue
            if not _is_word(tok) or words >= _MAX_NP_WORDS:
                break
            classes = lex.words.get(low)
            surname = j == end and (low in _MODAL_NAMES or "time_word" in (classes or ()) and self._time_word_name(toks, j - 1, end))
            inside_name = _is_cap(tok) and (not _opens(toks, j - 1) or surname) and "personal_pronoun" not in (classes or ())
            # ("May said", "Day said": the verb group left the name out)
            if low in _ORDINALS and words > 0 and j - 2 >= floor and lex.is_(toks[j - 2], "determiner") and self._role_word(toks[j]):
                j -= 1  # "A second neighbor", "the third witness": an ordinal before a person, not "Second, …" (nor "the first time")
                words += 1
                continue
            if low in _TIME_COMPARATIVES and words > 0 and j - 2 >= floor and toks[j - 2].low in _ARTICLES:
                j -= 1  # "in a later interview", "an earlier report": the time word between article and noun modifies it
                words += 1
                continue
            if classes and not inside_name:
                if low == "that" and j < end and (lex.is_(toks[j], "determiner") or toks[j].low.endswith("s") and not _is_cap(toks[j])):
                    break  # "said that the American people …", "noted that experts say": a complementiser, not "that report"
                if "determiner" in classes or "quantifier" in classes:
                    if words == 0:
                        break
                    j -= 1
                    start = j
                    if low in ("most", "least") and j - 1 >= floor and toks[j - 1].low == "the":
                        start = j - 1  # "the most recent poll", "the least known candidate": a superlative after the article
                        break
                    if j - 1 > floor and toks[j - 1].low == "of" and self._quantity(toks[j - 2]):
                        start = j - 2  # "some of the protesters", "two of his aides": the quantity heads the phrase
                        break
                    if j - 1 > floor and toks[j - 1].low in _LINK_PREPOSITIONS and self._noun_like(toks[j - 2]):
                        j -= 1  # "critics of the plan": on past the preposition
                        start = None
                        in_name = False
                        continue
                    if j - 2 > floor and toks[j - 1].low in _LINK_PREPOSITIONS and toks[j - 2].low == "and" and self._noun_like(toks[j - 3]) \
                            and any(t.low in _LINK_PREPOSITIONS for t in toks[max(floor, j - 7) : j - 3]):  # fmt: skip
                        j -= 2  # "officials in the city and at the ministry": two phrases after one noun
                        start = None
                        in_name = False
                        continue
                    if j - 2 > floor and toks[j - 1].low == "and" and self._role_word(toks[j - 2]) \
                            and (lex.is_(toks[j - 3], "determiner") or self._role_word(toks[j - 3])):  # fmt: skip
                        j -= 1  # "The mayor and her deputy said", "the governor and the attorney general": two speakers
                        start = None
                        in_name = False
                        continue
                    break
                if words > 0 and j - 2 >= floor and (self._noun_like(toks[j - 2]) or toks[j - 2].text == "%") and not self._verb_form(toks[j - 2]) and (
                    low in _LINK_PREPOSITIONS or low in ("and", "or") and in_name and _is_cap(toks[j - 2])
                    or low == "and" and not in_name and self._role_word(toks[j - 2])  # "the front-runner and former secretary of state"
                ):  # fmt: skip
                    j -= 1  # "officials in Washington", "Smith and Jones"
                    in_name = False
                    continue
                break
            if self._verb_form(tok) and not inside_name and not self._participle_after_noun(toks, j - 1, floor, end):
                break
            if _is_cap(tok) or tok.text[0].isdigit():
                in_name = in_name or words == 0 or _is_cap(toks[j])
                j -= 1
                words += 1
                continue
            # a lower-case word
            if words > 0 and low.endswith("ed") and tok.text.isalpha() and j < end and toks[j].text.isalpha() and toks[j].text.islower() \
                    and not lex.is_(toks[j], "preposition") and j - 2 >= floor and toks[j - 2].text.isalpha() \
                    and toks[j - 2].text.islower() and toks[j - 2].low.endswith("s"):  # fmt: skip
                break  # "the actions followed terrorist attacks": a plural noun, a past verb and its object ("Documents
                # obtained by …", "voters surveyed say" stay one phrase)
            if tok.text.isalpha() and low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS:
                break
            if words > 0 and low.endswith("ing") and tok.text.isalpha() and j - 2 >= 0 and toks[j - 2].text in _COMMA \
                    and not (end + 1 < len(toks) and toks[end + 1].text in _SENTENCE_END):  # fmt: skip
                # "…, echoing security experts who say": a participle before the noun phrase; before a verb that
                # ends the sentence it is a noun ("…, fundraising documents show.")
                break
            if in_name and low in _NAME_PARTICLES and j - 2 >= floor and (_is_cap(toks[j - 2]) or toks[j - 2].low in _NAME_PARTICLES):
                j -= 1  # "Pieter de Vries said", "Jan van der Berg said": a particle inside a name
                continue
            if in_name and low not in self.role_nouns and not low.endswith(("'s", "’s")) and not self._title_word(tok) \
                    and not (low in _TITLE_MODIFIERS and any(t.low in lex.abbreviations for t in toks[j : min(end, j + 2)])):  # fmt: skip
                break  # "In a statement Smith said": a name does not run on into a lower-case word (but "former (Maryland) Gov. Lund")
            in_name = False
            j -= 1
            words += 1
        s = start if start is not None else j
        while s < end and (toks[s].low in _LINK_PREPOSITIONS or not _is_word(toks[s])):
            s += 1
        if s > 0 and toks[s - 1].text in _CURRENCY_SIGNS:
            while s < end and (toks[s].text[0].isdigit() or toks[s].low in _AMOUNT_WORDS):
                s += 1  # "far below the $40 million analysts say it needs": an amount, then the subject
        if s + 1 < end and toks[s].low == "that" and (toks[s + 1].text[0].isdigit() or toks[s + 1].low in _COUNT_WORDS):
            s += 1  # "showed that 60 percent oppose": the conjunction, not a demonstrative
        head_end = tail - 1 if tail and toks[tail - 1].low in _POSTMODIFIERS else tail or end  # "sources close to him"
        if s >= head_end or not self._subject_like(toks, s, head_end):
            return None
        return s

    def _relative_head(self, toks: SentenceTokens, s: int) -> int:
        """The start of a subject whose noun phrase at ``s`` ends a relative clause without commas ("Democrats
        who backed the bill said", "The report that the ministry published said", "The group whose founder
        resigned said"): its antecedent."""
        lex = self.lex
        if toks[s].low == "whose" and s > 0 and self._noun_like(toks[s - 1]):
            head = self.np_backward_plain(toks, s)  # the noun phrase read back took "whose" in
            return head if head is not None else s
        floor = max(0, s - 8)
        r = s - 1
        while r >= floor and toks[r].low not in _RELATIVE_WORDS:
            if toks[r].text in _PUNCT_BOUNDARY or toks[r].text in _QUOTE_MARKS or self._verb_form(toks[r]) and r < s - 1 \
                    and toks[r + 1].low != "to":  # fmt: skip
                return s  # (a verb with its infinitive goes on: "A resident who declined to give her name said")
            if toks[r].low in _WH_WORDS:
                return s  # "rules that would end what she said were harsh": a clause of its own opens with "what"
            r -= 1
        verb_taken = r == s - 1 and toks[r].low == "who" and toks[s].text.isalpha() and toks[s].text.islower() \
            and not lex.is_(toks[s], "determiner") and r > 0 and self._noun_like(toks[r - 1])  # fmt: skip
        if not verb_taken and (r <= floor or r == s - 1 and toks[r].low != "whose"):
            return s  # "told the Ledger that she would ask": the noun phrase is the subject of its own clause
        # ("editors who run local papers almost universally say": the phrase read back took the relative
        # clause's verb "run" in; its antecedent is the subject)
        before = toks[r - 1]
        if not self._noun_like(before) or self._verb_form(before) or lex.is_(before, "auxiliary"):
            return s  # "said that the minister …": a complementiser, not a relative pronoun
        head = self.np_backward_plain(toks, r)
        return head if head is not None else s

    def _complementizer(self, toks: SentenceTokens, s: int, end: int) -> bool:
        """Whether "that" at ``s`` opens a clause rather than a noun phrase: a plural noun follows it ("that people",
        "that voters", which "that" as a determiner never takes) right after a verb or noun."""
        head = toks[end - 1]
        plural = head.low in _PLURAL_NOUNS or head.low.endswith("s") and not head.low.endswith("ss") and head.text.islower()
        before = toks[s - 1]
        return plural and before.text.isalpha() and before.text.islower() and not self.lex.is_(before, "preposition")

    def np_backward_plain(self, toks: SentenceTokens, end: int) -> int | None:
        """:meth:`np_backward` without looking for a relative clause (the antecedent of one)."""
        s = self._np_backward_walk(toks, end)
        return s

    def _subject_like(self, toks: SentenceTokens, s: int, end: int) -> bool:
        lex = self.lex
        words = [t for t in toks[s:end] if _is_word(t)]
        if not words:
            return False
        head = words[-2] if len(words) > 1 and words[-1].low in _POSTMODIFIERS else words[-1]  # "people familiar"
        return (
            any(_is_cap(t) or t.text[0].isdigit() for t in words) or words[0].low in _COUNT_WORDS and len(words) > 1  # "two people"
            or lex.is_(words[0], "determiner") or lex.is_(words[0], "quantifier") or lex.is_(words[0], "personal_pronoun")
            or head.low in self.role_nouns or head.low in _PLURAL_NOUNS or head.low.endswith("s") and head.text.isalpha()
        )  # fmt: skip

    def np_forward(self, toks: SentenceTokens, s: int, limit: int, depth: int = 0) -> int | None:
        """End of the noun phrase that starts at ``s`` (before ``limit``), or None (see the module doc)."""
        lex = self.lex
        limit = min(limit, len(toks), s + _MAX_NP_TOKENS)
        if s >= limit:
            return None
        first = toks[s]
        if lex.is_(first, "personal_pronoun") and first.low in _PERSONAL_SUBJECTS | {"him", "them", "her"}:
            return s + 1
        if first.low in ("this", "these", "those") and s + 1 < limit and lex.is_(toks[s + 1], "auxiliary"):
            return s + 1  # "knew this was coming", "some of these are": a demonstrative standing alone, as a pronoun
        j = s
        words = 0
        while j < limit:
            tok = toks[j]
            low = tok.low
            if tok.text == "." and j > s and (toks[j - 1].low in lex.abbreviations or words > 0 and _initial(toks[j - 1])) \
                    and j + 1 < limit and (_is_cap(toks[j + 1]) or toks[j + 1].text[0].isdigit()):  # fmt: skip
                j += 1  # "Sen. Cruz", "Jan. 5", "James C. Cacheris"
                continue
            if low in _NAME_PARTICLES and words > 0 and _is_cap(toks[j - 1]) and j + 1 < limit and (
                    _is_cap(toks[j + 1]) or toks[j + 1].low in _NAME_PARTICLES and j + 2 < limit and _is_cap(toks[j + 2])):  # fmt: skip
                j += 1  # "Jan van der Berg", "Pieter de Vries", "Mohammed bin Salman": a particle inside a name
                continue
            if tok.text == "(" and words > 0:
                close = next((m for m in range(j + 1, min(limit, j + 7)) if toks[m].text == ")"), None)
                if close is None:
                    break
                j = close + 1  # "Sen. Ted Cruz (R-Texas)"
                continue
            if tok.text in "/&" and words > 0 and j + 1 < limit and _is_cap(toks[j + 1]):
                j += 1  # "CNN/ORC", "AT&T"
                continue
            if j > s and (quoted := self._quoted_modifier_end(toks, j, limit)) is not None:
                j, words = quoted, words + 1  # "some of the “new” demand": a quoted word before the head noun
                continue
            if not _is_word(tok):
                break
            classes = lex.words.get(low)
            capital_modal = j == s and low in _MODAL_NAMES and _is_cap(tok) and not _opens(toks, j)  # "that May sales rose"
            if low in _ORDINALS and j > s and lex.is_(toks[j - 1], "determiner") and j + 1 < limit and self._role_word(toks[j + 1]):
                j += 1  # "A second neighbor", "the third witness": an ordinal after the article, before a person
                continue
            if classes and not (_is_cap(tok) and (j > s or capital_modal) and "personal_pronoun" not in classes):
                if ("determiner" in classes or "quantifier" in classes) and words == 0:
                    if "quantifier" in classes and j + 2 < limit and toks[j + 1].low == "of":
                        words += 1  # "one of his aides", "some of the protesters": the quantity heads the phrase
                    j += 1
                    continue
                if low in _LINK_PREPOSITIONS and words > 0 and depth < 2 and j + 1 < limit and not lex.is_(toks[j + 1], "time_word"):
                    end = self.np_forward(toks, j + 1, limit, depth + 1)
                    if end is not None:
                        j = end
                        continue
                if low in ("and", "or") and words > 0 and depth < 2 and j + 1 < limit and (
                    _is_cap(toks[j + 1]) or lex.is_(toks[j + 1], "determiner")
                    or toks[j + 1].low == "other"  # "Clinton and other Democrats"
                    or depth > 0 and self._noun_after_name(toks[j + 1])  # "the minister of environment and energy"
                ):  # fmt: skip
                    end = self.np_forward(toks, j + 1, limit, depth + 1)
                    if end is not None:
                        j = end
                        continue
                break
            if words > 0 and (lex.is_(tok, "time_word") or self._verb_form(tok) or self._past_verb_before_object(toks, j, limit)):
                break
            if tok.text.isalpha() and low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS and not _is_cap(tok):
                break
            if words >= _MAX_NP_WORDS:
                break
            if words > 0 and tok.text[0].islower() and _is_cap(toks[j - 1]) and low not in self.role_nouns and low not in lex.nouns \
                    and not toks[j - 1].low.endswith(("'s", "’s")) and not lex.is_(toks[j - 1], "determiner") \
                    and not (lex.is_(toks[s], "determiner") and self._noun_after_name(tok)) and not self._role_ahead(toks, j, limit) \
                    and not (j - 1 == s and toks[s].low in _ROLE_MODIFIERS and _opens(toks, s)):  # fmt: skip
                break  # "Obama positioned …": a name does not run on into a lower-case word (but "a Texas rancher",
                # "Minnesota state delegate Mary Susan": words before a role and a name)
            if words > 0 and tok.text[0].islower() and low in lex.verbs and any(r in ("present",) for _, r in lex.verbs[low]) \
                    and j + 1 < limit and (lex.is_(toks[j + 1], "determiner") or toks[j + 1].low in _WH_WORDS or toks[j + 1].low == "that"):  # fmt: skip
                break  # "officials say the plan …": the verb of a clause
            words += 1
            j += 1
        while j > s and not (_is_word(toks[j - 1]) or toks[j - 1].text == ")" or toks[j - 1].text in _QUOTE_MARKS):
            j -= 1  # (a closing mark is passed only after a quotation in the phrase: "the “deal”")
        if words == 0 or j <= s:
            return None
        return j

    def _quoted_modifier_end(self, toks: SentenceTokens, j: int, limit: int) -> int | None:
        """The token after a short quotation opening at ``j`` right after a determiner ("the “new” demand", "the
        “Farmers For Lund” buzz", "the “deal” was"): at most five words and no mark inside, a lower-case word
        after it; the quotation is part of the noun phrase. None for anything else."""
        if not (self.lex.is_(toks[j - 1], "determiner") and _quotation_opens(toks, j)):
            return None
        qid = toks[j + 1].quote
        k = j + 1
        while k < limit and toks[k].quote == qid:
            k += 1
        if k + 1 >= limit or toks[k].text not in _QUOTE_MARKS or k - j - 1 > 5 or not all(_is_word(t) for t in toks[j + 1 : k]):
            return None
        return k + 1 if toks[k + 1].text.isalpha() and toks[k + 1].text.islower() else None

    def _role_ahead(self, toks: SentenceTokens, j: int, limit: int) -> bool:
        """Whether the lower-case word at ``j`` and at most one more before a role noun lead to a capitalised name
        ("state delegate Mary Susan", "campaign finance director Ann Lowe"): the words that make up the role."""
        for k in range(j, min(limit - 1, j + 3)):
            tok = toks[k]
            if k > j and tok.low in self.role_nouns:
                return _is_cap(toks[k + 1])
            if tok.low not in _ROLE_MODIFIERS or not tok.text.islower():
                return False  # ("Pruitt beat lawyer Tom Hale": a verb before the role and its name)
        return False

    def _noun_after_name(self, tok: Token) -> bool:
        """A lower-case word that, after an article and a name, heads the phrase ("a Texas rancher", "the Ohio
        businesswoman"): a word of its own, not a verb form ("the Senate voted", "the Post took")."""
        low = tok.low
        return tok.text.isalpha() and not low.endswith(("ed", "s", "ly")) and low not in self.lex.verbs and low not in _IRREGULAR_PAST \
            and not self.lex.words.get(low)  # fmt: skip

    def _span(self, toks: SentenceTokens, span: tuple[int, int]) -> tuple[int, int]:
        """Token indices into the sentence -> token indices into the document."""
        a, b = span
        if b - a > 2 and toks[b - 1].text == ")":
            opening = next((m for m in range(b - 2, max(a, b - 8), -1) if toks[m].text == "("), None)
            if opening is not None and opening > a:
                b = opening  # "Sen. Ted Cruz (R-Texas)": the party and state are no part of the name
        while b > a + 1 and not _is_word(toks[b - 1]) and toks[b - 1].text != "%" \
                and not (toks[b - 1].text == "." and dotted_acronym(toks[b - 2].text)):  # fmt: skip ("the F.B.I.": its period)
            b -= 1
        return (toks[a].i, toks[b - 1].i + 1)

    # --- the message ----------------------------------------------------------------------------

    def _complement_after(self, toks: SentenceTokens, last: int, info: _VerbInfo | None, verb_type: str,
                          passive: bool = False) -> tuple[int, int] | None:  # fmt: skip
        """The message after the verb ending at ``last`` as a token range, or None."""
        lex = self.lex
        n = len(toks)
        j = last + 1
        limit = min(n, last + 1 + _COMPLEMENT_WINDOW)
        if j >= n:
            return None
        if info is not None and info.addressee and not passive:
            j = self._addressee_end(toks, j, limit)  # "told reporters", "warned the committee", "asked Smith"
            if j < n and info.entry.lemma in _ASKING and toks[j].low in ("about", "for") and j + 1 < n and _is_word(toks[j + 1]):
                return (j, clause_end(toks, j))  # "asked Trump about his remarks", "asked the court for quick action": what is asked
        while j < limit:
            tok = toks[j]
            low = tok.low
            if tok.text == ":":
                return (j + 1, n)  # empty at the end of the sentence: the message follows (see _set_contents)
            after_phrase = j > last + 1 and (lex.is_(toks[j - 1], "preposition") or toks[j - 1].low.endswith(("'s", "’s")))
            title_end = self._quoted_title_end(toks, j) if after_phrase else None
            if title_end is not None:
                j = title_end  # "said on “Meet the Press” that …", "admitted on ABC’s “This Week” that …": a programme's title
                continue
            if tok.text in _OPEN_MARKS and (tok.quote >= 0 or j + 1 < n and toks[j + 1].quote >= 0) \
                    or tok.text == "'" and j + 1 < n and toks[j + 1].text == "'":  # fmt: skip
                return (j, n)  # a quotation ("''" is the typewriter form of a double quotation mark)
            if low == "that" and j + 1 < n and self.lex.is_(toks[j + 1], "time_word"):
                j += 2  # "said that day", "told them that week": a demonstrative and its time, no clause opens
                continue
            if low == "that":
                return (j + 1, n) if j + 1 < n else None
            if low in _WH_WORDS:
                return (j, n) if j + 1 < n else None
            if low in _INFINITIVE and j + 1 < n and toks[j + 1].text[0].islower():
                if verb_type in _TO_COMPLEMENT_TYPES or info is not None and (
                    info.entry.lemma in _TO_COMPLEMENT_COGNITION or info.addressee
                ):  # fmt: skip
                    return (j, n)
                return None
            if tok.text == "," and j + 1 < n and (toks[j + 1].low == "that" or toks[j + 1].text in _OPEN_MARKS):
                j += 1  # "said, that …", "said, “…”"
                continue
            if tok.text == "," and j + 1 < n and toks[j + 1].low not in _AS and (
                    lex.is_(toks[j + 1], "preposition") or toks[j + 1].text.islower() and toks[j + 1].low.endswith("ing")):  # fmt: skip
                close = toks.next_low(",", j + 1)  # "said, in a statement, that …", "reported, citing …, that …": set off by commas
                if close + 1 < n and close - j <= 10 and (toks[close + 1].low == "that" or self._opens_clause(toks, close + 1)):
                    j = close + 1
                    limit = min(n, j + _COMPLEMENT_WINDOW)
                    continue
            if tok.text in _DASHES:
                close = next((c for c in range(j + 1, min(n, j + 13)) if toks[c].text == tok.text), None)
                if close is not None and close + 1 < n and toks[close + 1].low == "that":
                    j = close + 1  # "proclaimed in July - falsely - that …", "alleging — again falsely — that …": an aside
                    limit = min(n, j + _COMPLEMENT_WINDOW)
                    continue
            if tok.text in _PUNCT_BOUNDARY or tok.text in _SENTENCE_END:
                return None
            if info is not None and self._deictic_time(toks, j):
                j += 2  # "wrote last November that …" (after a noun, "a post this week that …" opens a relative clause)
                continue
            if j == last + 1 and self._when_clause(toks, j) and (that := toks.next_low("that", j)) < min(limit, clause_end(toks, j)):
                j = that  # "said as the vote neared that …": a clause of time before the message
                continue
            if self._opens_clause(toks, j) or self._existential(toks, j):
                return (j, n)  # a clause without "that": "said the plan would fail", "told reporters there would be …"
            if info is not None and info.entry.lemma in _TO_COMPLEMENT_COGNITION and self._object_then_infinitive(toks, j):
                return (j, n)  # "want the country to do more", "expect him to resign": what they want of someone
            if info is not None and info.addressee and j > last + 1 and contracted_auxiliary(tok.low) is not None:
                return (j, n)  # "told the Post he’s already received …": after the addressee, a pronoun and its auxiliary
            if info is not None and info.addressee and j > last + 1 and lex.is_(tok, "personal_pronoun") and lex.is_(tok, "determiner") \
                    and j + 1 < n and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() and not lex.words.get(toks[j + 1].low) \
                    and (end := self.np_forward(toks, j + 1, n)) is not None and end < n and self._finite_after_subject(toks[end]):  # fmt: skip
                return (j, n)  # "told reporters her son was …": after the addressee, a possessive opens the clause's subject
            if lex.is_(tok, "preposition") or lex.is_(tok, "time_word") or self._adverb(toks, j):
                j = self._skip_adverbial(toks, j, limit)
                continue
            if low in _DEGREE_BEFORE_MANNER and j + 1 < limit and self._adverb(toks, j + 1) \
                    or low == "and" and j > last + 1 and self._adverb(toks, j - 1) and j + 1 < limit and self._adverb(toks, j + 1):  # fmt: skip
                j += 1  # "concluded so eloquently and timelessly, “…”": adverbs of manner before the message
                continue
            if j == last + 1 and _TALLY.fullmatch(tok.text) and j + 1 < n and toks[j + 1].low == "that":
                j += 1  # "ruled 6-3 that …", "voted 5–4 that …": the vote, then the message
                continue
            return None
        return None

    def _object_end(self, toks: SentenceTokens, j: int) -> int:
        """Where an object that starts at ``j`` ends: with its clause, or after a list it begins that runs on
        past commas ("called him a quack, a fraud and a charlatan"): short segments without a verb, a subject
        pronoun or a clause word, up to the one with "and" or "or" or the one that ends the sentence."""
        end = k = self._before_new_predicate(toks, j, clause_end(toks, j))
        while k < len(toks) and toks[k].text == ",":
            nxt = clause_end(toks, k + 1)
            words = [t for t in toks[k + 1 : nxt] if _is_word(t)]
            if not words or len(words) > 6 or any(self._clause_word(t) for t in words):
                break
            if any(t.low in ("and", "or") for t in words) or nxt >= len(toks) or toks[nxt].text in _SENTENCE_END:
                return nxt  # the list or an apposition runs to the end: "called the mayor, his rival, a “disaster.”"
            k = nxt
        return end

    def _before_new_predicate(self, toks: SentenceTokens, j: int, end: int) -> int:
        """Where an object from ``j`` ends when "and" or "but" joins a new predicate to its clause before ``end``: a
        past-tense verb, perhaps after an adverb or a subject of its own ("blamed the leak on hackers but later
        admitted it", "charged the officer with murder and the mayor fired the chief"); the list of an object
        ("the mayor and his deputy", "lying and cheating") goes on."""
        for p in range(j + 1, min(end, j + _MAX_NP_TOKENS) - 1):
            if toks[p].low not in ("and", "but"):
                continue
            q = p + 1
            while q < end and q - p <= 3 and (_is_cap(toks[q]) and not self.lex.is_(toks[q], "determiner") or self._adverb(toks, q)):
                q += 1  # "and the mayor" is no predicate; "and Mayor Lee", "but later"
            if q < end and self._past_form(toks[q]) and (q > p + 1 or toks[p].low == "but" or q + 1 < end and (
                    self.lex.is_(toks[q + 1], "determiner") or toks[q + 1].low in _OBJECT_PRONOUNS or self.lex.is_(toks[q + 1], "preposition")
                    or _is_cap(toks[q + 1]) and not self.lex.words.get(toks[q + 1].low))):  # "and ranked Lund as …"
                return p  # (not "the delayed and overpriced project": a past form before its noun is an adjective)
        return end

    def _past_form(self, tok: Token) -> bool:
        """A past-tense verb in lower case: an irregular past or a regular one in -ed that is no known adjective."""
        low = tok.low
        return tok.text.islower() and tok.text.isalpha() and (low in _IRREGULAR_PAST or low.endswith("ed") and not self.lex.words.get(low))

    def _clause_word(self, tok: Token) -> bool:
        """A word that makes a comma segment a clause rather than a list item."""
        lex = self.lex
        return (lex.is_(tok, "auxiliary") or tok.low in lex.verbs or tok.low in _PERSONAL_SUBJECTS or tok.low in _WH_WORDS
                or lex.is_(tok, "subordinator") or tok.low in ("that", "but")
                or tok.text.islower() and tok.low.endswith(("ed", "ing")))  # fmt: skip

    def _addressee_end(self, toks: SentenceTokens, j: int, limit: int) -> int:
        """Past the addressee that starts at ``j``: a pronoun, a name, or a short noun phrase that stops where
        a name begins ("told reporters Trump would lose")."""
        lex = self.lex
        tok = toks[j]
        title_end = self._quoted_title_end(toks, j)
        if title_end is not None:
            return title_end  # "told “Meet the Press” that …": a programme's audience, by its title
        if tok.low in _WH_WORDS or tok.low in ("that", "to") or not _is_word(tok):
            return j
        if tok.low in ("him", "her", "them", "us", "me", "you"):
            return j + 1
        k = j
        while k < limit and (lex.is_(toks[k], "determiner") or lex.is_(toks[k], "quantifier")):
            k += 1
        determined = k > j
        capitalised = k < limit and _is_cap(toks[k])
        words = 0
        while k < limit and _is_word(toks[k]) and not lex.words.get(toks[k].low) and words < 5:
            if _is_cap(toks[k]) != capitalised and not toks[k].low.endswith(("'s", "’s")):
                # after an article, a name or an acronym before a role noun belongs to the addressee: "told a local TV
                # station", "told a CNN reporter", "told the Fox News anchor" (not "told reporters NATO troops …")
                if determined and capitalised and words and self._role_word(toks[k]):
                    k += 1
                    words += 1
                    break
                if not (determined and not capitalised and toks[k].text.isupper() and len(toks[k].text) > 1 and k + 1 < limit
                        and self._role_word(toks[k + 1])):  # fmt: skip
                    break
            if words and (self._existential(toks, k) or contracted_auxiliary(toks[k].low) is not None):
                break  # "told reporters there would be …", "told the Post he’s …": the message opens
            if toks[k].text == toks[k].low and toks[k].low in lex.verbs:
                break
            k += 1
            words += 1
            if k < limit and toks[k].text == "." and toks[k - 1].low in lex.abbreviations:
                k += 1
        return k if words else j

    @cached_property
    def _months(self) -> frozenset[str]:
        return frozenset(self.language.lexicon("months").entries)

    def _skip_adverbial(self, toks: SentenceTokens, j: int, limit: int) -> int:
        """Past a prepositional phrase or time adverbial starting at ``j``."""
        lex = self.lex
        if lex.is_(toks[j], "preposition"):
            if j + 1 < limit and _is_cap(toks[j + 1]) and toks[j + 1].low in self._months:
                k = j + 2  # "in May", "on June 5", "in March 2016" (not the modal "may")
                while k < limit and toks[k].text[:1].isdigit():
                    k += 1
                return k
            end = self.np_forward(toks, j + 1, limit) if j + 1 < limit else None
            if end is not None and end + 1 < limit and toks[end].text == "." and dotted_acronym(toks[end - 1].text) and toks[end + 1].text[:1].islower():
                end += 1  # "asked the attorney in D.C. whether …": the period is the abbreviation's; the sentence goes on
            return end if end is not None else j + 1
        k = j + 2 if self._deictic_time(toks, j) else j + 1
        while k < limit:
            if self._deictic_time(toks, k):
                k += 2  # "earlier this week", "last November"
            elif lex.is_(toks[k], "time_word") or self._adverb(toks, k):
                k += 1  # "on Monday morning"
            else:
                break
        return min(k, limit)

    def _deictic_time(self, toks: SentenceTokens, k: int) -> bool:
        """"this week", "last month", "last November": a time deictic at ``k`` before a time word or a month."""
        if toks[k].low not in _TIME_DEICTICS or k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        if _is_cap(nxt) and nxt.low in self._months and k + 2 < len(toks) and self._modified_noun(toks[k + 2]):
            return False  # "said that May sales had doubled": the month names the figures, "that" opens the clause
        return self.lex.is_(nxt, "time_word") or _is_cap(nxt) and nxt.low in self._months

    def _modified_noun(self, tok: Token) -> bool:
        """Whether ``tok`` is a lower-case word a month before it modifies ("May sales", "June figures"), not the
        start of the clause a month opens ("last May the firm …", "that June it rained")."""
        lex = self.lex
        return tok.text.isalpha() and tok.text.islower() and not (
            lex.is_(tok, "determiner") or lex.is_(tok, "personal_pronoun") or lex.is_(tok, "auxiliary") or lex.is_(tok, "preposition")
            or lex.is_(tok, "conjunction") or tok.low in lex.verbs)  # fmt: skip

    def _opens_clause(self, toks: SentenceTokens, j: int) -> bool:
        """Whether a clause (subject and verb) starts at ``j``: "the plan would fail", "he was", "Trump leads"."""
        lex = self.lex
        tok = toks[j]
        if lex.is_(tok, "personal_pronoun") and tok.low in _PERSONAL_SUBJECTS:
            return True
        plural = tok.text.isalpha() and tok.low.endswith("s") and not lex.words.get(tok.low)
        bare = not plural and tok.text.isalpha() and tok.text.islower() and not lex.words.get(tok.low) and tok.low not in lex.verbs \
            and not self._verb_form(tok)  # fmt: skip
        if not (lex.is_(tok, "determiner") or _is_cap(tok) or tok.text[0].isdigit() or lex.is_(tok, "quantifier") or plural or bare):
            return False
        end = self.np_forward(toks, j, len(toks))
        if end is None or end >= len(toks):
            return False
        nxt = toks[end]
        if bare and not (lex.is_(nxt, "auxiliary") and end - j >= 2):
            return False  # "real debt relief is possible": a noun phrase without an article, then an auxiliary
        if nxt.text in _COMMA and end + 1 < len(toks) and (lex.is_(toks[end + 1], "relative_pronoun") or lex.is_(toks[end + 1], "determiner")
                                                          or _is_cap(toks[end + 1]) or toks[end + 1].text[0].isdigit()):  # fmt: skip
            # "the suspect, who fled on foot, was …", "the mayor, a Democrat, had …", "the firm's founder, Tom Berg, would …"
            close = toks.next_low(",", end + 1)
            if close + 1 < len(toks) and close - end <= 12 and toks[close + 1].text.islower():
                return self._finite_after_subject(toks[close + 1])  # ("the agency's director, Anna Lund, ignored …")
        if nxt.text in _COMMA and end + 2 < len(toks) and toks[end + 1].text.isalpha() and toks[end + 1].text.islower() \
                and (toks[end + 1].low.endswith("ed") or toks[end + 1].low in _IRREGULAR_PAST) and toks[end + 2].low == "by":  # fmt: skip
            # "the meeting, requested by the union, would …": a participle and its agent set off by commas
            close = toks.next_low(",", end + 1)
            return close + 1 < len(toks) and close - end <= 12 and lex.is_(toks[close + 1], "auxiliary")
        return self._finite_after_subject(nxt) or self._verb_in_s_after_this(toks, j)

    def _verb_in_s_after_this(self, toks: SentenceTokens, j: int) -> bool:
        """Whether "this" at ``j`` is a subject followed by a lower-case form in -s that is no known word, then its
        object ("believe this provides an incentive", "this gives them time"): a plural noun cannot follow "this",
        so the form is the verb the noun phrase walk ran over. (After "the" and a noun the form may be a plural
        noun: "told the farm workers the plan".)"""
        lex = self.lex
        if toks[j].low != "this" or j + 2 >= len(toks):
            return False
        verb, obj = toks[j + 1], toks[j + 2]
        if not (verb.text.isalpha() and verb.text.islower() and verb.low.endswith("s") and not verb.low.endswith(("ss", "us", "is"))
                and not lex.words.get(verb.low)):  # fmt: skip
            return False
        return lex.is_(obj, "determiner") or obj.low in ("him", "them", "her", "us") or obj.text.isalpha() and obj.text.islower() \
            and not lex.words.get(obj.low) and not obj.low.endswith("ly") and obj.low not in lex.verbs  # fmt: skip

    def _finite_after_subject(self, tok: Token) -> bool:
        """Whether the word after a subject is its finite verb: an auxiliary, a reporting verb, or a lower-case word in
        -s or -ed or an irregular past that is no known word ("the administration made a power grab")."""
        lex = self.lex
        if lex.is_(tok, "auxiliary") or tok.low in lex.verbs:
            return True
        return tok.text.isalpha() and tok.text[0].islower() and not lex.words.get(tok.low) and (
            tok.low.endswith(("s", "ed")) or tok.low in _IRREGULAR_PAST)

    def _object_then_infinitive(self, toks: SentenceTokens, j: int) -> bool:
        """Whether a noun phrase at ``j`` is followed by "to" and a verb ("the country to do more", "him to resign")."""
        tok = toks[j]
        if not (self.lex.is_(tok, "determiner") or _is_cap(tok) or tok.low in ("him", "them", "her", "us")):
            return False
        to = next((m for m in range(j + 1, min(len(toks) - 1, j + _OBJECT_WORDS)) if toks[m].low in _INFINITIVE), None)
        if to is None or self.np_forward(toks, j, to) != to:
            return False
        verb = toks[to + 1]
        return verb.text.isalpha() and verb.text.islower() and not self.lex.is_(verb, "determiner") and not self.lex.is_(verb, "preposition")

    def _existential(self, toks: SentenceTokens, j: int) -> bool:
        """Whether an existential clause starts at ``j``: "there" and an auxiliary ("there would be", "there is")."""
        return toks[j].low == "there" and j + 1 < len(toks) and self.lex.is_(toks[j + 1], "auxiliary")

    def _predicate_follows(self, toks: SentenceTokens, end: int) -> bool:
        """Whether a comma at ``end`` (right after a speech tag) is followed by the rest of the interrupted
        clause: an auxiliary or a verb in lower case ("…, she said, would cost millions"), not a new clause."""
        if end + 1 >= len(toks) or toks[end].text not in _COMMA:
            return False
        nxt = toks[end + 1]
        # (a form in -ing opens a participle clause of the tag's own: "…, the Times reported, citing party sources")
        return nxt.text.islower() and (self.lex.is_(nxt, "auxiliary") or nxt.low in self.lex.verbs and not nxt.low.endswith("ing"))

    def _complement_before(self, toks: SentenceTokens, start: int) -> tuple[int, int] | None:
        """"The plan will fail, he said." / "“…,” Smith said": the clause before the speaker's comma."""
        j = start - 1
        while j >= 0 and (toks[j].text in _QUOTE_MARKS or toks[j].text == "'"):
            if _quotation_opens(toks, j) and (j == 0 or toks[j - 1].end < toks[j].start):
                # "she said, “I hope not.”": the tag's subject opens a quotation (a mark with a space before it, not
                # one closing the words before: "…, because I’m tired," she said"); nothing before is its message
                return None
            j -= 1
        if j > 0 and toks[j].text in _COMMA:
            return None if self._adverbial_opening(toks, j) or self._opening_when_clause(toks, j) else (0, j)
        if j > 0 and j < start - 1:
            return (0, j + 1)  # "“…” he said" without a comma
        return None

    def _interrupted_piece(self, toks: SentenceTokens, start: int, tag_end: int) -> int | None:
        """Where the piece of a sentence starts that a speech tag between commas interrupts, when a dash or semicolon
        opens the piece ("…, it was fair — no worse, he said, than the old one"): the token after the mark, or None.
        The sentence must go on after the tag, with words that open no clause of their own."""
        if not (start >= 3 and toks[start - 1].text in _COMMA and tag_end + 2 < len(toks) and toks[tag_end].text in _COMMA):
            return None
        if self._opens_clause(toks, tag_end + 1) or toks[tag_end + 1].text in _QUOTE_MARKS:
            return None
        mark = next((j for j in range(start - 2, max(0, start - _PIECE_WORDS), -1) if toks[j].text in _DASHES or toks[j].text == ";"), None)
        if mark is None or mark + 1 >= start - 1 or any(t.text in _COMMA for t in toks[mark + 1 : start - 1]):
            return None
        return mark + 1

    def _incomplete_before(self, toks: SentenceTokens, comma: int) -> bool:
        """Whether the words before ``comma`` cannot stand as a sentence: a subordinate clause ("As the vote nears,")
        or a short noun phrase without a verb ("The trouble,", "This sort of talk,")."""
        if comma < 1 or any(t.text in _QUOTE_MARKS for t in toks[:comma]):
            return False
        if toks[0].low in _CLAUSE_OPENERS_BEFORE_TAG:
            return True
        lex = self.lex
        return comma <= 4 and not any(
            lex.is_(t, "auxiliary") or t.low in lex.verbs or t.low in _IRREGULAR_PAST or t.text.islower() and t.low.endswith("ed")
            for t in toks[:comma]
        )  # fmt: skip

    def _adverbial_opening(self, toks: SentenceTokens, comma: int) -> bool:
        """Whether the words before ``comma`` are a short adverbial that opens the sentence ("Earlier this week,",
        "On Monday,", "In Iowa,"): when, where or how, no clause a speech tag could report."""
        lex = self.lex
        first = toks[0]
        if comma > 6 or any(t.text in _QUOTE_MARKS for t in toks[:comma]):
            return False
        if comma <= 3 and all(lex.is_(t, "connector") or lex.is_(t, "conjunction") or t.text.isalpha() and t.low.endswith("ly")
                              or t.low in _BETWEEN_SUBJECT_AND_VERB for t in toks[:comma]):  # fmt: skip
            return True  # "Meanwhile,", "Still,", "But,", "Most notably,": a connector or sentence adverb
        if not (lex.is_(first, "preposition") or lex.is_(first, "time_word") or first.low in ("earlier", "later", "last", "this", "next")):
            return False
        return not any((lex.is_(t, "auxiliary") or t.low in lex.verbs or t.text.islower() and t.low.endswith("ed"))
                       and not (lex.is_(toks[n], "determiner") or self._quantity(toks[n]))  # "At one point,": a noun
                       for n, t in enumerate(toks[1:comma]))

    def _first_content_word(self, toks: SentenceTokens, a: int, b: int) -> int:
        """The first index from ``a`` before ``b`` that is no connector or conjunction ("And yet, …"), or ``b``."""
        while a < b and (self.lex.is_(toks[a], "connector") or self.lex.is_(toks[a], "conjunction")):
            a += 1
        return a

    def _opening_when_clause(self, toks: SentenceTokens, comma: int) -> bool:
        """Whether the words before ``comma`` are only a clause of time that opens the sentence ("As the mayor spoke,
        Berg responded", "When the vote ended, Lund told reporters"): it tells when the main clause's verb happened,
        its message is not it (a quoted clause is: "“When we win,” Lund said")."""
        s = self._first_content_word(toks, 0, comma)
        opener = toks[s].low if s < comma else ""
        return (opener in _TIME_SUBORDINATORS or opener in _AS) and comma - s <= _WHEN_CLAUSE_WORDS and not any(
            t.text in _COMMA or t.text in _QUOTE_MARKS or t.text == "'" or t.low in _PERSONAL_SUBJECTS and i > s + 1
            for i, t in enumerate(toks[s:comma], s))  # ("After Lund took office in 2011 he cut …, records show": two clauses)

    def _content(self, toks: SentenceTokens, complement: tuple[int, int] | None, fallback: tuple[int, int]) -> tuple[int, int]:
        if complement is None or complement[0] >= complement[1]:
            return fallback
        a, b = complement
        while a < b - 1 and toks[a].text in _COMMA:
            a += 1  # "said that, according to her figures, …": the comma after "that" opens no part of the message
        while b > a + 1 and toks[b - 1].text in _SENTENCE_END:
            b -= 1
        inner = toks[b - 1].quote
        if inner >= 0 and toks[a].quote != inner:
            # "called the plan a “giveaway,” but …": the message ends inside a quotation it opened, with its mark
            close = next((k for k in range(b, min(len(toks), b + 2)) if toks[k].text in _CLOSE_MARKS), None)
            if close is not None and all(t.text in _COMMA for t in toks[b:close]):
                b = close + 1
        return (toks[a].start, toks[b - 1].end)

    # --- passives, "according to", second-hand chains -------------------------------------------

    def _followed_by_agent(self, toks: SentenceTokens, k: int) -> bool:
        return k + 1 < len(toks) and toks[k + 1].low in _BY

    def _agent(self, toks: SentenceTokens, last: int) -> tuple[int, int] | None:
        """"by X" after a passive reporting verb, within its clause."""
        end = clause_end(toks, last)
        j = toks.next_low("by", last + 1)
        gerund = j + 2 < end and toks[j + 1].text.islower() and toks[j + 1].low.endswith("ing") and (
            toks[j + 2].low in _INFINITIVE or toks[j + 2].low in ("that", "it") or toks[j + 2].low in _OBJECT_PRONOUNS
            or self.lex.is_(toks[j + 2], "determiner"))  # fmt: skip
        if j < end and j <= last + 6 and not gerund:
            # (not "added by threatening to …": a gerund says how, it names no agent)
            np_end = self.np_forward(toks, j + 1, end)
            if np_end is not None:
                return (j + 1, np_end)
        return None

    def _according_to(self, sent_id: int, toks: SentenceTokens, first: int, last: int) -> _Clause | None:
        """"according to X", "in the words of X", "by his own account", "in her view" (the possessive is the speaker)."""
        cue = (toks[first].i, toks[last - 1].i + 1)
        if toks[first].low == "in" and last - first in (3, 4, 5) and toks[last - 1].low != "of":
            owner = (first + 1, last - 2 if toks[last - 2].low == "own" else last - 1)
            if not _possessive_owner(toks, owner) or reported_before(toks, first, self.lex):
                return None  # "in other words": no one's; "criticized the plan, which in their view …": part of that report
            source, stop = owner, last  # "In his view, …", "in the mayor's words": the owner of the view speaks
        elif toks[first].low in _BY:
            owner = next((j for j in range(first, last) if self.lex.is_(toks[j], "determiner") or toks[j].low.endswith(("'s", "’s"))), None)
            if owner is None:
                return None
            source, stop = (owner, owner + 1), last
        else:
            end = self.np_forward(toks, last, len(toks))
            if end is None:
                return None
            if end + 2 < len(toks) and toks[end].low in self.language.insider_modifiers and self.lex.is_(toks[end + 1], "preposition"):
                end = self.np_forward(toks, end + 2, len(toks)) or end  # "according to two people briefed on the plans"
            participle = end - 1 if end - 1 > last and toks[end - 1].text.islower() and toks[end - 1].text.isalpha() and (
                toks[end - 1].low.endswith("ed") or end < len(toks) and toks[end].low in self.language.weekdays
            ) else None  # "filed", and an irregular participle before its day: "sent Friday"
            head_end = next((j for j in range(last + 1, end) if self.lex.is_(toks[j], "preposition")), end if participle is None else participle)
            if not self._subject_like(toks, last, end) and not self._subject_like(toks, last, head_end):
                return None  # "according to plan"; the head decides, before its phrases ("according to reports from …")
            if participle is not None:
                end = self._reduced_relative_end(toks, end)  # "According to court documents filed Tuesday, …"
            source, stop = (last, end), end
        # the message: the rest of the sentence, without the according-to phrase
        complement: tuple[int, int] | None
        if first > 0 and toks[first - 1].text in _COMMA and (stop >= len(toks) or toks[stop].text in _SENTENCE_END):
            complement = (0, first - 1)  # "…, according to X."
        elif stop < len(toks) and toks[stop].text in _COMMA and first <= 1:
            complement = (stop + 1, len(toks))  # "According to X, …"
        else:
            complement = (0, len(toks))
        attribution = Attribution(sent_id, cue, "according_to", source=self._span(toks, source), cue_type="according_to")
        return _Clause(attribution, first, complement)

    def _reduced_relative_end(self, toks: SentenceTokens, end: int) -> int:
        """Where the participle clause on an according-to source ends: at the comma or the sentence's end after its
        words of time and its agent ("filed Tuesday", "released Monday by the agency"), when no verb stands among them;
        else ``end``."""
        for j in range(end, min(len(toks), end + 8)):
            tok = toks[j]
            if tok.text in _COMMA or tok.text in _SENTENCE_END and j == len(toks) - 1:
                return j
            if tok.low in self.lex.verbs or any(self.lex.is_(tok, c) for c in ("auxiliary", "subordinator")) or tok.quote >= 0:
                return end
        return end

    def _medium_addressed(self, toks: SentenceTokens, last: int) -> tuple[int, int] | None:
        """The medium a speaker told or spoke to: "told the BBC", "said in an interview with CNN",
        "told Fox News's …", "said on CNN"."""
        n = len(toks)
        j = last + 1
        if j < n and toks[j].low in ("in", "during") and j + 2 < n:
            k = j + 1
            while k < min(n, j + 4) and toks[k].low not in _INTERVIEW:
                k += 1
            if k < n and toks[k].low in _INTERVIEW and k + 2 < n and toks[k + 1].low in ("with", "on", "to"):
                j = k + 2
            else:
                return None
        elif j < n and toks[j].low in ("on", "to") and j + 1 < n:
            j += 1
        if j >= n:
            return None
        end = self.np_forward(toks, j, n)
        if end is not None and end - 1 > j and self._existential(toks, end - 1):
            end -= 1  # "told the Associated Press there would be …": the message's subject, not "the … Press there"
        if end is not None and self.names_medium(toks, j, end):
            return (j, end)
        return None

    def _medium_opening(self, toks: SentenceTokens, start: int) -> tuple[int, int] | None:
        """"In an interview with Reuters, the minister said …": the medium of an interview that opens the
        sentence, before a comma and the speaker starting at ``start``."""
        if start < 4 or toks[0].low not in ("in", "during") or toks[start - 1].text not in _COMMA:
            return None
        k = next((m for m in range(1, min(start, 4)) if toks[m].low in _INTERVIEW), None)
        if k is None or toks[k + 1].low not in ("with", "on", "to"):
            return None
        end = self.np_forward(toks, k + 2, start - 1)
        return (k + 2, end) if end is not None and self.names_medium(toks, k + 2, end) else None  # "… with CNN on Monday,"

    def _second_hand(self, toks: SentenceTokens, found: list[Attribution], before: int) -> None:
        """"Y, citing X, reported …" and "Y quoted X as saying …": X is the source, Y the medium (``via``)."""
        n = len(toks)
        self._cited_by(toks, found, before)
        k = toks.next_low("citing", 0)
        if k + 1 < n:
            end = self.np_forward(toks, k + 1, n)
            citing = next((a for a in found[before:] if a.lemma == "cite" and a.cue[0] == toks[k].i and a.source), None)
            medium = citing.source if citing is not None else None
            # only a medium passes on what it cites ("Reuters, citing three officials, reported …"); a person citing
            # documents or officials speaks for themself ("Smith, citing internal memos, said …"); the "citing" row
            # itself keeps its subject, who cites
            at = next((j for j, t in enumerate(toks) if medium is not None and t.i == medium[0]), None)
            if end is not None and medium is not None and at is not None and self._citable(toks, k + 1, end) \
                    and self.names_medium(toks, at, at + medium[1] - medium[0]):  # fmt: skip
                cited = self._span(toks, (k + 1, end))
                for attribution in found[before:]:
                    if attribution is not citing and attribution.source == medium and attribution.via is None:
                        attribution.via, attribution.source = medium, cited
        k = toks.next_low("quoted", 0)
        if k + 2 < n and toks[k + 1].low in _BY:  # "Smith was quoted by the Times as saying": Smith via the Times
            end = self.np_forward(toks, k + 2, n)
            for attribution in found[before:]:
                if end is not None and attribution.cue[0] == toks[k - 1].i and attribution.source is not None and attribution.via is None:
                    attribution.via = self._span(toks, (k + 2, end))
                    if end + 2 < n and toks[end].low == "as" and toks[end + 1].low in ("saying", "telling", "writing"):
                        attribution.content = (toks[end + 2].start, toks[-1].end)  # what follows "as saying"
        if k < n:
            as_k = toks.next_low("as", k + 1)
            if k + 1 < as_k < min(n - 1, k + 8) and toks[as_k + 1].low in ("saying", "telling", "writing"):
                if self.np_forward(toks, k + 1, as_k) == as_k:
                    quoted = self._span(toks, (k + 1, as_k))
                    for attribution in found[before:]:
                        if attribution.cue[0] == toks[k].i and attribution.source is not None and attribution.via is None:
                            attribution.via, attribution.source = attribution.source, quoted
                            attribution.content = (toks[as_k + 2].start, toks[-1].end) if as_k + 2 < n else attribution.content

    def _cited_by(self, toks: SentenceTokens, found: list[Attribution], before: int) -> None:
        """"X, quoted by Y, said …", "sources cited by Y said …": a participle after the speaker that names the medium
        the words come through; Y is the ``via`` of the speaker's report, not a speaker, and the participle reports
        nothing of its own."""
        for k in range(1, len(toks) - 2):
            if toks[k].low not in _CITED or toks[k + 1].low not in _BY or toks[k].text != toks[k].low:
                continue
            end = self.np_forward(toks, k + 2, len(toks))
            if end is None:
                continue
            medium = self._span(toks, (k + 2, end))
            own = next((a for a in found[before:] if a.cue[0] == toks[k].i), None)
            later = next((a for a in found[before:] if a is not own and a.cue[0] >= toks[end - 1].i and a.via is None
                          and a.source is not None and (a.source == medium or a.source[1] <= toks[k].i)), None)  # fmt: skip
            if later is None:
                continue
            if later.source == medium:  # "sources cited by the BBC said": the BBC taken for the subject of "said"
                if own is None or own.source is None:
                    continue
                later.source = own.source
            later.via = medium
            if own is not None:
                found.remove(own)

    # --- quotations -----------------------------------------------------------------------------

    def antecedents(self, doc: Doc, sent_id: int) -> list[tuple[int, int]]:
        """The noun phrases a later pronoun ("He added …") may refer to: the speaker of the sentence's
        first speech tag when it opens with a quotation ("“…,” Smith said"), else the noun phrase that
        opens it ("Smith spoke …"); never words inside a quotation."""
        key = ("en_antecedents", sent_id)
        if key not in doc.cache:  # the resolver asks again for every pronoun of the sentences after it
            doc.cache[key] = self._antecedents(doc, sent_id)
        return doc.cache[key]

    def _citable(self, toks: SentenceTokens, s: int, end: int) -> bool:
        """Whether the noun phrase after "citing" names a source (an official, a report, an outlet, a
        person), not a reason ("citing low growth", "citing his anger at the coverage")."""
        words = [t for t in toks[s:end] if _is_word(t)]
        if not words:
            return False
        head = words[-1]
        after = toks[end] if end < len(toks) else None
        if _is_cap(head) and after is not None and after.text.isalpha() and after.text.islower() and after.low not in self.lex.verbs \
                and not any(self.lex.is_(after, c) for c in ("preposition", "conjunction", "determiner", "auxiliary", "subordinator")):  # fmt: skip
            head = after  # "citing his Iowa results": the noun phrase goes on past the name to its noun
        if head.low in self.role_nouns or head.low in self.lex.nouns or head.low in self.media[0]:
            return True  # "citing officials", "citing a report", "citing Reuters"
        if any(t.low in self.role_nouns for t in words[:2]) and any(t.low in self.language.insider_modifiers for t in words):
            return True  # "citing people familiar with the matter", "citing officials briefed on the talks"
        if head is after:
            return False
        return _is_cap(head) and not (head.low.endswith("s") and len(words) == 1 or words[0].low in ("the", "many", "some"))

    def _antecedents(self, doc: Doc, sent_id: int) -> list[tuple[int, int]]:
        toks = self.sentence(doc.sentence_tokens(sent_id))
        if not toks:
            return []
        first = next((t for t in toks if _is_word(t)), None)
        if first is None:
            return []
        if first.quote >= 0:
            for k, tok in enumerate(toks):
                if tok.quote < 0 and tok.low in self.lex.verbs:
                    tag = self._speech_tag(toks, k)
                    if tag is not None:
                        return [tag[1]]
            return []
        found: list[tuple[int, int]] = []
        subject = toks.cached("sentence_subject", lambda: self._sentence_subject(toks))
        if subject is not None:
            found.append(self._span(toks, subject))  # type: ignore[arg-type]
        # then the other names of the sentence, outside quotations ("Mr. Brown met Mrs. Green. She said …")
        k = subject[1] if subject is not None else 1  # type: ignore[index]
        while k < len(toks) and len(found) < 4:
            tok = toks[k]
            if _is_cap(tok) and tok.quote < 0 and tok.text.isalpha() and not self.lex.words.get(tok.low) and not _opens(toks, k):
                start = k - 2 if k >= 2 and toks[k - 1].text == "." and toks[k - 2].low in self.lex.abbreviations else k
                end = self.np_forward(toks, start, len(toks))
                if end is not None:
                    found.append(self._span(toks, (start, end)))
                    k = end
                    continue
            k += 1
        return found

    def quote_speaker(self, doc: Doc, toks: SentenceTokens, quote: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The speaker of a quotation without a reporting verb in its last sentence: "X: “…”"; a quotation
        that resumes after "“…,” X said, “…”"; one that opens after "X said:" or "X said," in an earlier
        sentence; and one that continues a speaker named in the sentence before it ("“A,” he said. “B. C.”")."""
        opening = doc.tokens[quote.tokens[0] - 1]
        open_toks = toks if opening.sent == toks[0].sent else self.sentence(doc.sentence_tokens(opening.sent))
        open_k = opening.i - open_toks[0].i
        speaker = self._speaker_before(open_toks, open_k)
        if speaker is not None:
            return speaker
        if open_k == 0 or all(t.text in _QUOTE_MARKS for t in open_toks[:open_k]):
            # a bare tag right after ("“… offensive!” Berg said.") names the speaker before a previous one does
            return self._next_tag(doc, toks, quote) or self._previous_tag(doc, opening.sent)
        return None

    def _next_tag(self, doc: Doc, toks: SentenceTokens, quote: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """"“… ?” Trump said.": a quotation that ends its sentence with "?" or "!" is followed by its speech
        tag in a sentence of its own (a bare subject and verb of speech)."""
        sent_id = toks[0].sent
        if quote.tokens[1] - toks[0].i < len(toks) - 1 or sent_id + 1 >= len(doc.sentences):
            return None
        if doc.sentences[sent_id + 1]["para_id"] != doc.sentences[sent_id]["para_id"]:
            return None  # a sentence of the next paragraph is no tag of this quotation
        nxt = self.sentence(doc.sentence_tokens(sent_id + 1))
        words = [k for k, t in enumerate(nxt) if _is_word(t)]
        if not words or len(words) > 8 or nxt[0].sent != sent_id + 1:
            return None
        for k in words:
            if nxt[k].low in self.lex.verbs:
                tag = self._speech_tag(nxt, k)
                if tag is not None and self._clause_ends(nxt, k):
                    return tag
                break
        return None

    def _speaker_before(self, toks: SentenceTokens, open_k: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """"X: “…”" and "X said, “…”" / "X said: “…”" right before the opening mark at ``open_k``."""
        if not 1 <= open_k < len(toks):
            return None
        prev = toks[open_k - 1]
        if prev.text == ":" and open_k >= 2 and toks[open_k - 2].low not in self.lex.verbs:
            s = self.np_backward(toks, open_k - 1)
            if s is not None and (s == 0 or toks[s - 1].text in _PUNCT_BOUNDARY | _SENTENCE_END):
                return (prev.i, prev.i + 1), self._span(toks, (s, open_k - 1))
        if prev.text in (",", ":") and open_k >= 3:
            tag = self._speech_tag(toks, open_k - 2)
            if tag is not None or prev.text != ":":
                return tag
            # "The governor has taken a stance: “…”", "She released the following statement: “…”": the clause before
            # the colon has its subject at the start of the sentence, who speaks
            subject = toks.cached("sentence_subject", lambda: self._sentence_subject(toks))
            if subject is not None and subject[1] < open_k - 2 and not any(t.text in _PUNCT_BOUNDARY for t in toks[subject[1] : open_k - 1]) \
                    and self._speaker_like(toks, subject):  # type: ignore[index,arg-type]  # fmt: skip
                return (prev.i, prev.i + 1), self._span(toks, subject)  # type: ignore[arg-type]
        return None

    def _speaker_like(self, toks: SentenceTokens, span: tuple[int, int]) -> bool:
        """Whether a noun phrase can speak: a personal pronoun, a name (a capitalised word after its first), or a noun
        of the source heads ("the governor", "the agency"); not "Two things", "The sign at the gate"."""
        words = [t for t in toks[span[0] : span[1]] if _is_word(t)]
        if not words or words[0].low in ("there", "it", "here", "this", "that", "these", "those"):
            return False  # "There were reports saying …": no one
        if len(words) == 1 and self.lex.is_(words[0], "personal_pronoun"):
            return words[0].low in _PERSONAL_SUBJECTS
        return any(t.low in self.role_nouns for t in words) or any(_is_cap(t) and not self.lex.words.get(t.low) for t in words[1:]) \
            or _is_cap(words[0]) and not self.lex.words.get(words[0].low) and words[0].low not in _COUNT_WORDS and name_word(words[0].text)  # fmt: skip

    def _speech_tag(self, toks: SentenceTokens, verb: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(cue, source) of a verb of speech at ``verb`` with its subject, as document token spans."""
        if toks[verb].low not in self.lex.verbs:
            return None
        info = self._verb_info(toks, verb)
        if info is None or info.entry.type not in ("speech", "writing") or info.role in ("gerund", "participle"):
            return None
        group = self._group_start(toks, verb)
        subject = self._subject(toks, verb, group)
        if subject is None:
            return None
        return (toks[verb].i, toks[verb].i + 1), self._span(toks, subject)

    def _previous_tag(self, doc: Doc, sent_id: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The speech tag of the sentence before ``sent_id`` when that sentence quotes someone ("“A,” he
        said." before "“B …”"): the quotation continues the same speaker."""
        if sent_id == 0 or doc.sentences[sent_id - 1]["kind"] in ("boilerplate", "heading"):
            return None
        prev = self.sentence(doc.sentence_tokens(sent_id - 1))
        last_quote = max((k for k, t in enumerate(prev) if t.quote >= 0 or t.text in _QUOTE_MARKS), default=-1)
        if last_quote < 0:
            return None
        for verb in range(len(prev) - 1, last_quote, -1):
            if prev[verb].low in self.lex.verbs:
                return self._speech_tag(prev, verb)
        return None


def _drop_own_nested_reports(doc: Doc, found: list[Attribution], before: int, verbs: Collection[str]) -> None:
    """A report inside the message of another report of the sentence by the same speaker — a pronoun or the same
    words ("Dayton told reporters he thinks Clinton will win", "she said she wanted to be part of it") — is part
    of that message, not a second attribution: the speaker is counted once. So is what another person thinks,
    wants, sees, decides or judges inside a message ("Ortiz said many voters believe …"): the speaker's claim
    about them (a verb; a noun of a statement, "Okafor's assertion that …", is that person's). So is a report without
    an agent after the cue of a speech verb ("Ortiz said the plan was criticized …"): no second speaker to keep.
    Another speaker's words inside a message ("X said that Y claimed …") are a second-hand report and stay."""
    rows = found[before:]
    drop = set()
    for n, inner in enumerate(rows):
        if inner.form == "indirect" and inner.source is not None:
            text: str | None = " ".join(t.text for t in doc.tokens[inner.source[0] : inner.source[1]]).lower()
        elif inner.form == "agentless":
            text = None  # (no speaker of its own)
        else:
            continue
        start = doc.tokens[inner.cue[0]].start
        for m, outer in enumerate(rows):
            if m == n or m in drop or outer.source is None or outer.content is None or outer.form not in ("indirect", "according_to"):
                continue
            if not (outer.content[0] <= start < outer.content[1]) or outer.content[0] <= doc.tokens[outer.cue[0]].start < outer.content[1]:
                continue  # (not a report whose message is its whole sentence, cue and all)
            outer_text = " ".join(t.text for t in doc.tokens[outer.source[0] : outer.source[1]]).lower()
            own = text is not None and (text in _OWN_PRONOUNS or text == outer_text
                                        or inner.cue_type in _INNER_STATES and doc.tokens[inner.cue[0]].low in verbs)
            agentless = text is None and outer.cue_type == "speech" and outer.cue[0] < inner.cue[0]
            if own or agentless:
                drop.add(n)
                break
    if drop:
        found[before:] = [row for n, row in enumerate(rows) if n not in drop]


# kinds of report that, by another person inside a message, are the speaker's claim about that person
_INNER_STATES = frozenset(("cognition", "perception", "decision", "evaluation", "demand", "writing"))
# prepositions before a gerund of something not done: "kept from saying", "misled into thinking"
_UNDONE = frozenset(("from", "into"))
# relative pronouns that are the subject of the verb right after them ("Smith, who said …", "the agency that reported …")
_RELATIVE_SUBJECTS = frozenset(("who", "which", "that"))
_RELATIVE_REACH = 30  # tokens after a reported clause's verb searched for the main clause's (a bound: long sentences stay linear)
_CLAUSE_REPORTS = frozenset(("speech", "writing", "cognition", "perception"))  # verbs whose clause may hold another report
# subject pronouns that, inside a report, stand for its speaker
_OWN_PRONOUNS = frozenset(("he", "she", "they", "i", "we"))


# subordinators that open a clause before the main clause ("When X said that A, B …")
_OPENING_SUBORDINATORS = frozenset(("when", "while", "after", "before", "since", "although", "though", "because", "if", "once", "as", "whereas"))
# of them, those before a gerund that opens the sentence ("While saying …, she …"): the gerund's subject follows
# the longest clause of time before a comma that is read as only telling when ("As the mayor spoke on Monday, …")
_WHEN_CLAUSE_WORDS = 10
_TIME_SUBORDINATORS = _OPENING_SUBORDINATORS - {"because", "if", "once", "as", "whereas"} | {"whilst"}
# modals that are also given names: capitalised inside a sentence before a finite verb they are the name
_MODAL_NAMES = frozenset(("will", "may", "can"))
_DASHES = frozenset(("—", "–", "-", "--"))
# marks that close a quotation (the straight mark closes as well as opens)
_CLOSE_MARKS = frozenset("”\"»")


def _after_dateline(toks: SentenceTokens) -> int:
    """The first token after a dateline that opens the sentence ("WASHINGTON —", "DES MOINES, Iowa —",
    "LONDON (Reuters) -"): a place in capitals, perhaps a region and an agency in parentheses, then a dash; else 0."""
    if not toks or not (toks[0].text.isupper() and toks[0].text.isalpha() and len(toks[0].text) > 1):
        return 0
    for j in range(1, min(len(toks) - 1, 8)):
        text = toks[j].text
        if text in _DASHES:
            return j + 1 if toks[j + 1].text[:1].isupper() else 0  # (not "NATO — the alliance — …")
        if not (text[:1].isupper() or text in (",", ".", "(", ")")):
            return 0
    return 0


_CONTRACTED_AUXILIARIES = {"ve": "have", "d": "had", "re": "are", "ll": "will"}


def contracted_auxiliary(low: str) -> str | None:
    """The auxiliary in a pronoun's contraction ("he's" → "has", "it's" → "is", "they've" → "have"), or None."""
    parts = split_contraction(low)
    if parts is None:
        return None
    pronoun, suffix = parts
    if suffix == "s":
        return "is" if pronoun in ("it", "that", "there") else "has"  # "it's said that": passive; "he's said": perfect
    return _CONTRACTED_AUXILIARIES[suffix]


def _dash_start(toks: SentenceTokens, j: int) -> int:
    """The first of the hyphens that make one dash ending at ``j`` ("--" is two tokens), or ``j``."""
    while j > 0 and toks[j].text == "-" and toks[j - 1].text == "-":
        j -= 1
    return j


def _quotation_opens(toks: SentenceTokens, k: int) -> bool:
    """Whether ``toks[k]`` is the opening mark of a quotation (the word after it lies in a quotation the mark does not)."""
    return k + 1 < len(toks) and toks[k].text in _QUOTE_MARKS and toks[k + 1].quote >= 0 and toks[k].quote != toks[k + 1].quote


def _typewriter_quotes(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Quotations of four words or more between typewriter double quotes ('' … '', two apostrophes, as in
    wire copy), which the document's quotation matching does not pair: token ranges in the sentence. An
    opening mark without its closing one runs to the end of the sentence, a closing mark without its
    opening one from its start."""
    marks = [k for k in range(len(toks) - 1) if toks[k].text == "'" and toks[k + 1].text == "'" and toks[k].end == toks[k + 1].start]
    if not marks:
        return []
    spans = []
    opening = 0 if len(marks) % 2 and marks[0] > 0 and toks[marks[0] - 1].text in ",.?!" else None
    for k in marks:
        if opening is None:
            opening = k + 2
        else:
            spans.append((opening, k))
            opening = None
    if opening is not None:
        spans.append((opening, len(toks)))
    return [(a, b) for a, b in spans if sum(1 for t in toks[a:b] if t.text[0].isalnum()) >= QUOTE_MIN_WORDS]


def _inside(spans: list[tuple[int, int]], k: int) -> bool:
    return any(a <= k < b for a, b in spans)


def _title_case(toks: Sequence[Token]) -> bool:
    """A headline in title case: most words of four letters or more are capitalised."""
    long_words = [t for t in toks if t.text.isalpha() and len(t.text) >= 4]
    return len(long_words) >= 3 and sum(1 for t in long_words if _is_cap(t)) >= 0.75 * len(long_words)


def _opens(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` starts the sentence or a quotation or follows a colon (so a capital says nothing)."""
    j = k - 1
    while j >= 0 and toks[j].text in "“”\"‘’'(–—-":
        if toks[j].text in "“\"" and toks[j].quote >= 0:
            return True
        j -= 1
    return j < 0 or toks[j].text in ":.!?"


def _in_long_quote(doc: Doc, tok: Token) -> bool:
    """Inside a quotation of several words: the quoted speaker's words, not the article's attribution."""
    return tok.quote >= 0 and doc.quotes[tok.quote].n_words >= QUOTE_MIN_WORDS


__all__ = ["EnglishGrammar"]
