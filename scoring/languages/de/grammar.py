"""German clause structure for attribution: the speaker and message of a reporting verb.

Subjects are found without a parser, from German clause structure: the
prefield of a verb-second main clause when it is a noun phrase, otherwise
the noun phrase after the finite verb; the noun phrase after a subordinator
in verb-final clauses; the first clause's subject for coordinated verbs.
Complements are "dass"/"ob"/w-clauses, colons and quotations, Konjunktiv-I
clauses and dependent main clauses ("Ich glaube, die Zukunft liegt …").
Constructions: "laut X", "X zufolge", "nach Angaben X", "wie X berichtet",
"gemäß X", passives with "von X"; second-hand chains ("laut X, der von Y
zitiert wird", "Y berichtet unter Berufung auf X") record Y as ``via``;
"„…“, so X" and "X: „…“" give a quotation its speaker.

Not detected: verbs of reporting used in figurative senses, and speakers
identified by a pronoun whose antecedent is outside the preceding three
sentences (see :mod:`scoring.analysis.sources`).

Time grows linearly with the length of a sentence, also without punctuation:
clause boundaries and token positions are indexed once per sentence
(:class:`~scoring.languages.grammar.SentenceTokens`), and a noun phrase is read
over at most 25 tokens (a subject with its appositions over at most 50).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from scoring.model.records import MEDIA_KINDS, Attribution
from scoring.model.doc import Doc, Quote, Token
from scoring.languages.lexicon import load_lexicon
from scoring.languages.de.modals import INTERROGATIVES, KONJ2_SUBSTITUTES, konjunktiv1_tokens
from scoring.languages.grammar import (
    _BOUNDARIES,
    _CLAUSE_END,
    _OPEN_MARKS,
    _QUOTE_MARKS,
    QUOTE_MIN_WORDS as _QUOTE_MIN_WORDS,
    Grammar,
    GrammarLexicons as _Lexicons,
    SentenceTokens as _SentenceTokens,
    VerbEntry,
    clause_end as _clause_end,
    clause_start as _clause_start,
    content_span as _content,
    NAME_PARTICLES,
    name_word,
    web_address,
    phrase_hits as _phrase_hits,
    previous_sentence,
    reported_before,
    registry_name_end,
    year_number,
)

_COMPLEMENT_WORDS = INTERROGATIVES | {"dass", "ob", "weil"}


# Words that open a nominative noun phrase after a relative pronoun ("das der Staatschef … bezeichnete");
# after "das"/"die" (nominative or accusative) the relative pronoun is taken as the subject.
_NOMINATIVE_OPENERS = frozenset(("der", "ein", "er", "sie", "es", "ich", "wir", "man", "dieser", "jeder", "kein"))


_PRONOMINAL_AFTER_ARTICLE = frozenset(("einen", "anderen", "meisten", "beiden", "wenigsten", "übrigen"))


_ANAPHORIC_OBJECTS = frozenset(("das", "dies", "es", "dieses"))
_GENITIVE_ARTICLES = frozenset(("des", "der", "eines", "einer"))
_GENITIVE_POSSESSIVES = frozenset(("seines", "seiner", "ihres", "ihrer", "unseres", "unserer", "dieses", "dieser", "jenes", "jener"))
_CLOSING_MARKS = frozenset(("“", "”", "\"", "«", "»", "‘", "’", "'", "‹", "›"))
# prepositions of adverbial phrases between a speech verb and its subject ("sagte am Montag ein Sprecher")
# prepositions that open a count as subject ("Bis zu 50 Anwohner sagten …", "Über 100 Ärzte fordern …")
_SUBJECT_PREPOSITIONS = frozenset(("bis", "über", "unter", "gegen", "an", "um"))


def _prepositional(toks: Sequence[Token], subject: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether a phrase found as a subject is a prepositional phrase ("über einen Besuch der Polizei"), which
    no subject is; a count after "über", "bis zu" … is one ("Über 100 Ärzte")."""
    first = toks[subject[0]]
    if not lex.is_(first, "preposition") or first.low in _NOBLE_PARTICLES and _particle_name(toks, *subject, lex):
        return False
    nxt = toks[subject[0] + 1] if subject[0] + 1 < subject[1] else None
    return not (first.low in _SUBJECT_PREPOSITIONS and nxt is not None and (nxt.text[:1].isdigit() or nxt.low == "zu"))
_ADVERBIAL_PREPOSITIONS = frozenset(("am", "im", "beim", "zum", "zur", "auf", "gegenüber", "in", "bei", "vor", "nach", "während", "nach"))
_SUBJECT_STARTS = frozenset(("der", "die", "das", "ein", "eine", "kein", "keine", "sein", "seine", "ihr", "ihre", "dessen", "deren"))


_INDEFINITE_PRONOUNS = frozenset(
    ("jeder", "jede", "niemand", "jemand", "alle", "viele", "einige", "manche", "keiner", "keine", "wer", "beide", "andere", "diejenigen")
)


# Articles that cannot introduce a subject (dative/accusative): the prefield is then an object.
_OBLIQUE_DETERMINERS = frozenset(("dem", "den", "einem", "einen", "diesem", "diesen", "seinem", "seinen", "ihrem", "ihren"))


# A noun phrase is read over at most this many tokens, forwards and backwards; a subject with its
# appositions ("Der Sprecher des Ministeriums, Hans Müller,") over at most twice as many. Longer
# runs are lists or text without punctuation, and reading them whole made the analysis quadratic.
_MAX_NP_TOKENS = 25
# Relative and possessive words before a statement noun: "nach dessen Angaben" refers back to a speaker.
_POSSESSIVE_RELATIVES = frozenset(("dessen", "deren"))
_BOUNDARY_MARKS = frozenset(",;:.!?()–—„“”\"«»")
# Forms of "sein": a participle with them is a state or an adjective, not a report.
_SEIN_FORMS = frozenset(("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bin", "bist", "seid"))


_MAX_SUBJECT_TOKENS = 2 * _MAX_NP_TOKENS


# Suffixes of German common nouns: a word ending so is not part of a multi-word name.
# a word in -ung this short after a first name is a surname ("Jung", "Chung", "Leung"), not a noun as "Zeitung"
_SHORT_SURNAME_IN_UNG = 5
_COMMON_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "ment", "ik", "ungen", "heiten", "keiten", "schaften", "tionen")


def _adjective_like(tok: Token) -> bool:
    """A lower-case word with an adjective ending; hyphenated ones too ("rot-grüne", "deutsch-französischen")."""
    text = tok.text
    return (text.isalpha() or "-" in text and text.replace("-", "").isalpha()) and text[0].islower() and tok.low.endswith(("e", "en", "er", "es", "em"))


_TIME_ADJECTIVES = frozenset(("vergangenen", "vergangener", "letzten", "letzter", "nächsten", "nächster", "kommenden",
                              "kommender", "dieses", "diesen", "dieser", "des", "der"))  # fmt: skip


_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_DAY_PARTS = frozenset(("", "s", "abend", "abends", "morgen", "morgens", "früh", "nachmittag", "nachmittags", "vormittag",
                        "vormittags", "mittag", "mittags", "nacht", "nachts"))  # fmt: skip


def _day_word(low: str) -> bool:
    """A weekday or a part of one ("Mittwoch", "Donnerstagabend", "Montagmittag"): a time, never a source."""
    return low.startswith(_WEEKDAYS) and low[next(len(d) for d in _WEEKDAYS if low.startswith(d)) :] in _DAY_PARTS


def _after_foreign_particle(toks: Sequence[Token], surname: int, start: int) -> bool:
    """Whether the word at ``surname`` follows the particles of a name from another language ("Van der Bellen",
    "de Maizière", "van Gaal"; not German "von der", which also opens an owner: "von der Caritas Wien")."""
    p = surname - 1
    while p > start and toks[p].low in ("der", "den"):
        p -= 1
    return p >= start and p < surname and toks[p].low in NAME_PARTICLES


def np_forward(toks: Sequence[Token], k: int, limit: int, lex: _Lexicons) -> int | None:
    """End (exclusive, index into ``toks``) of the noun phrase starting at ``k``, or None.

    Accepts determiners, numbers and adjectives before the head, then capitalised
    words (nouns and names), acronyms in parentheses, genitive attachments
    ("des Ministeriums", "internationaler Medien"), "von X", "wie X und Y"
    and coordination of noun phrases.
    """
    limit = min(limit, len(toks), k + _MAX_NP_TOKENS)
    if k >= limit:
        return None
    possessive = lex.is_(toks[k], "determiner") and k + 1 < limit and toks[k + 1].text[:1].isupper() and toks[k + 1].text[:1].isalpha()
    if (lex.is_(toks[k], "personal_pronoun") and toks[k].low != "es" or toks[k].low in ("mir", "uns")) and not possessive:
        # ("ihr Sprecher": "ihr" before a noun is the possessive)
        if k + 1 < limit and toks[k + 1].low in ("alle", "beide", "selbst"):
            return k + 2  # "wir alle"
        return k + 1
    if toks[k].low in _INDEFINITE_PRONOUNS and (k + 1 >= limit or not (toks[k + 1].text[0].isupper() or _adjective_like(toks[k + 1]))):
        return k + 1  # "Jeder, der …", "Viele glauben"
    if toks[k].low in ("der", "die") and (k + 1 == limit or toks[k + 1].low in _PRONOMINAL_AFTER_ARTICLE) \
            and not (k + 2 < limit and toks[k + 2].text[:1].isupper() and toks[k + 2].text[:1].isalpha() and not _day_word(toks[k + 2].low)):  # fmt: skip
        return k + 1 if k + 1 == limit else k + 2  # "Die haben gesagt", "sagen die einen" (not "die beiden Minister")
    if toks[k].low in _DEMONSTRATIVES and (k + 1 == limit or not toks[k + 1].text[:1].isalnum() or lex.is_(toks[k + 1], "auxiliary")
                                           or toks[k + 1].low in lex.verbs):  # fmt: skip
        return k + 1  # "sagte dieser, dass …", "diese befürchtet": a demonstrative standing for a noun (not "Diese … Banken")
    j, seen_head = k, False
    if k == 0 and toks[0].low in _DEGREE_ADVERBS and 1 < limit and toks[1].text.islower() and _adjective_like(toks[1]):
        j = 1  # "Gut informierte Kreise": an adverb of the adjective, capitalised as the sentence's first word
    while j < limit:
        tok = toks[j]
        text, low = tok.text, tok.low
        if not seen_head and (name_end := registry_name_end(toks, j, limit)) is not None:
            j, seen_head = name_end, True  # "Ärzte ohne Grenzen", "die Reporter ohne Grenzen": a registered name
            continue
        if low in _GENITIVE_ARTICLES and seen_head:
            if _before_zufolge(toks, j):
                break  # "forderte Paul Berg einer Mitteilung zufolge": the phrase of "zufolge", no genitive
            if toks[j - 1].text in _CLOSING_MARKS and toks[j - 1].quote < 0:
                break  # "wirft der „Arbeitskreis Datenschutz“ der Polizei vor": a name in quotation marks takes no genitive
            seen_head = False  # genitive attachment: a new noun phrase follows
            j += 1
            continue
        if not seen_head and j > k and text[0].isdigit() and _nominalised_age(text) and (j + 1 >= limit or not toks[j + 1].text[:1].isupper()):
            j, seen_head = j + 1, True  # "sagte der 81-jährige in einem Interview": the age written in lower case, a noun all the same
            continue
        if not seen_head and (lex.is_(tok, "determiner") or lex.is_(tok, "quantifier") or text[0].isdigit() and not _hyphen_noun(text)
                              or low in _NUMBER_WORDS and text.islower()):  # fmt: skip
            j += 1  # a number counts like an article ("zwei Anwohner", "30 Zeugen"); "38-Jährige" is a noun
            continue
        if j > k and not seen_head and lex.is_(tok, "personal_pronoun"):
            return None  # "gestatten Sie": a pronoun takes no modifiers
        if (low in _TIME_NOUNS and j > k and toks[j - 1].text[0].isupper() and not lex.is_(toks[j - 1], "determiner")
                and j + 1 < limit and (toks[j + 1].low in _month_names() or toks[j + 1].low in _TIME_ADJECTIVES)):  # fmt: skip
            break  # "dass Chile Ende Mai …": a time phrase follows the name
        if (low in NAME_PARTICLES and seen_head and j + 1 < limit and name_word(toks[j - 1].text)
                and (name_word(toks[j + 1].text) or toks[j + 1].low in ("der", "den", "la") and j + 2 < limit and name_word(toks[j + 2].text))):  # fmt: skip
            j += 1  # "Heike van Laak", "Pieter de Vries": a particle inside a personal name (not German "von": "Anna Berg von der Caritas")
            continue
        if text[0].isupper() and text[0].isalpha() or ("-" in text and _hyphen_noun(text)) or text in _lower_case_names() or web_address(text):
            if seen_head and low.endswith(_COMMON_NOUN_SUFFIXES) and not (
                    (low.endswith(("ik", "nis")) or low.endswith("ung") and len(low) <= _SHORT_SURNAME_IN_UNG)
                    and name_word(toks[j - 1].text) and not toks[j - 1].low.endswith(_COMMON_NOUN_SUFFIXES)) \
                    and not (j - 1 == k and toks[k].low.endswith("s") and (toks[k].low[:-1] in _country_names() or _saxon_genitive(toks[k], lex))):  # fmt: skip
                # ("Israels Regierung", "Merkels Regierung": a name in the genitive before its noun is one phrase with it)
                break  # "Russland Unterstützung": a second noun phrase, not a longer name (but "Matthias Marschik", "Peter
                # Dannis", "Franz Jung", "Anna Chung": surnames in -ik and -nis, and short ones in -ung)
            if _day_word(low):
                break  # "teilte der Konzern Mittwochabend mit", "Dienstagvormittag verkündet …": a time, no name
            if j - 1 > k and name_word(toks[j - 1].text) and not _saxon_genitive(toks[j - 1], lex) and _after_foreign_particle(toks, j - 1, k):
                break  # "gelobt Van der Bellen Transparenz": the surname after its particles ends the name (not "Van der Bellens Wahlkampfleiter")
            # "das Europäische Parlament", "die Vereinten Nationen": a capitalised adjective before the head
            capitalised_adjective = (not seen_head and low.endswith(("e", "en", "er", "es", "em")) and j + 1 < limit
                                     and (toks[j + 1].text[:1].isupper() and toks[j + 1].text[:1].isalpha()
                                          or _adjectives_coordinated(toks, j + 1, limit)))  # fmt: skip
            seen_head = not capitalised_adjective
            j += 1
            continue
        if text == "." and j > k and toks[j - 1].low in lex.abbreviations and j + 1 < limit and toks[j + 1].text[0].isupper():
            j += 1  # "Geschäftsführerin Dr. Petra Hallmann"
            continue
        if (text == "-" and seen_head and j + 2 < limit and toks[j - 1].end == tok.start and toks[j + 1].low in ("und", "oder")
                and toks[j + 2].text[:1].isupper()):  # fmt: skip
            j, seen_head = j + 2, False  # "der Such- und Rettungsagentur": a compound cut short and coordinated
            continue
        if text == "(" and seen_head:
            close = next((m for m in range(j + 1, min(limit, j + 6)) if toks[m].text == ")"), None)
            if close is not None:
                j = close + 1
                continue
            break
        if seen_head and tok.text in _OPEN_MARKS and tok.quote < 0 and j + 1 < limit and toks[j + 1].quote >= 0 \
                and _ends_in(toks[j - 1].low, _body_heads(), 5):  # fmt: skip
            close = _title_close(toks, j + 1, limit)
            if (close is not None and close - j <= 4 and all(_name_like(t) for t in toks[j + 1 : close] if t.text[0].isalnum())
                    and (close + 1 == limit or not toks[close + 1].text[:1].isupper())):  # fmt: skip
                j = close + 1  # "der Firma „Nordwerk“, Peter Lang, sagte", "die Sportzeitung „Kicker“ in ihrer Ausgabe": a name
                # in quotation marks after its noun (a compound on it too), unless a capitalised word follows (the object:
                # "zitiert die Zeitung „Kurier“ Anna Berg")
                continue
        if not seen_head and tok.quote < 0 and j + 1 < limit and toks[j + 1].quote >= 0 and (
                toks[j + 1].text[0].isupper() or web_address(toks[j + 1].text) or toks[j + 1].text in _lower_case_names()):  # fmt: skip
            # (a web address or a registered name in lower case: "laut „tagesschau.de“")
            close = _title_close(toks, j + 1, limit)
            # at the start of the phrase only when a word follows: „Wir schaffen das“, sagte sie is a quotation
            if close is not None and (j > k or close + 1 < len(toks) and toks[close + 1].text[0].isalpha()):
                seen_head = True  # a title in quotation marks as the head: "die „Times“", "dem „Falter“"
                j = close + 1
                continue
        if not seen_head and _adjective_like(tok):
            j += 1
            continue
        if not seen_head and j > k and toks[j - 1].low.endswith(("e", "en", "er", "es", "em")) and _adjectives_coordinated(toks, j, limit):
            j += 1  # "deutsche und französische Politiker": two adjectives joined before one head
            continue
        if (not seen_head and j > k and (lex.is_(toks[j - 1], "determiner") or lex.is_(toks[j - 1], "quantifier"))
                and tok.text.isalpha() and tok.text.islower() and j + 2 < limit and _adjective_like(toks[j + 1])
                and toks[j + 2].text[:1].isupper() and low not in lex.verbs
                and (not lex.words.get(low) or lex.is_(tok, "connector") and toks[j + 1].low.endswith(_PARTICIPLE_ENDINGS))):  # fmt: skip
            j += 1  # "das grün geführte Land", "die neu gewählte Präsidentin", "der heute vorgelegte Plan": an adverb before the adjective
            continue
        if not seen_head and j > k and lex.is_(tok, "preposition"):
            attribute_end = _participial_attribute(toks, j, limit, lex)
            if attribute_end is not None:
                j = attribute_end  # "einer am Dienstag veröffentlichten Mitteilung": the attribute belongs to the phrase
                continue
        if seen_head and j + 1 < limit:
            nxt = toks[j + 1]
            if low in ("von", "vom", "wie") and (nxt.text[0].isupper() or lex.is_(nxt, "determiner") or nxt.text in _OPEN_MARKS
                                                  and j + 2 < limit and toks[j + 2].text[:1].isupper()):  # fmt: skip
                if _day_word(nxt.low):
                    break  # "die Zeitung vom Mittwoch", "Angaben vom Donnerstag": the date, not an owner
                if low == "von" and nxt.low.startswith("ein") and lex.is_(nxt, "determiner"):
                    break  # "spricht die Abgeordnete von einem Angriff": what is spoken of, not whom she belongs to
                seen_head = False
                j += 1
                continue
            if low in ("und", "sowie") and (nxt.text[0].isupper() or lex.is_(nxt, "determiner") or _adjective_like(nxt)
                                            and j + 2 < limit and toks[j + 2].text[:1].isupper()):  # fmt: skip
                seen_head = False  # (a second role with its adjective: "Leiterin der Schule und neue Sprecherin")
                j += 1
                continue
            third = toks[j + 2] if j + 2 < limit else None
            if low in ("und", "sowie") and nxt.low == "auch" and third is not None and (third.text[:1].isupper() or lex.is_(third, "determiner")):
                seen_head = False  # "die Stadt und auch der Kreis": a focus particle before the second noun phrase
                j += 2
                continue
            if low == "um" and _led_by_name(toks, j + 1, limit):
                seen_head = False  # "Forscher um Yuka Sasaki": the team around a named person
                j += 1
                continue
            if low.endswith("er") and tok.text.isalpha() and nxt.text[0].isupper():
                seen_head = False  # genitive without article: "Berichte internationaler Medien"
                j += 1
                continue
        break
    while j > k and not (toks[j - 1].text[0].isalnum() or toks[j - 1].text == ")" or j - 2 >= k and toks[j - 2].quote >= 0 and toks[j - 1].quote < 0):
        j -= 1
    if j <= k or not any(_name_like(t) or lex.is_(t, "personal_pronoun") or t.text[0].isdigit() and _nominalised_age(t.text)
                         for t in toks[k:j]):  # fmt: skip
        return None
    return j


def _adjectives_coordinated(toks: Sequence[Token], j: int, limit: int) -> bool:
    """Whether ``toks[j]`` is "und"/"oder" with an adjective and then a capitalised word after it ("… und iranische
    Medien"): the adjective before it goes with the same head."""
    return (j + 2 < limit and toks[j].low in ("und", "oder") and _adjective_like(toks[j + 1])
            and toks[j + 2].text[:1].isupper() and toks[j + 2].text[:1].isalpha())  # fmt: skip


def _led_by_name(toks: Sequence[Token], j: int, limit: int) -> bool:
    """Whether a personal name (two or three capitalised words, perhaps after an article and a role)
    starts at ``j`` and ends its phrase: "um Yuka Sasaki", "um den Physiker Karl Berg" (not "um Geld", "um die
    Reform")."""
    if j < limit and toks[j].low in ("den", "die"):
        j += 2  # "um den Physiker …": an article and a role before the name
    end = j
    while end < limit and end - j < 3 and toks[end].text[:1].isupper() and toks[end].text.isalpha():
        end += 1
    return end - j >= 2 and (end >= limit or not toks[end].text[:1].isupper())


def _name_like(tok: Token) -> bool:
    """A capitalised word, a compound with a noun at its end ("dpa-Angaben", "ai-Bericht"), a name the
    source registry writes in lower case ("dpa", "taz") or a web address ("wetteronline.de")."""
    text = tok.text
    return text[0].isupper() or ("-" in text and _hyphen_noun(text)) or text in _lower_case_names() or web_address(text)


def _title_close(toks: Sequence[Token], first: int, limit: int) -> int | None:
    """The closing mark of a short quotation starting at ``first`` (at most six words, no sentence
    punctuation): a title standing as a noun, or None."""
    qid = toks[first].quote
    for m in range(first, min(limit, first + 8)):
        if toks[m].quote != qid:
            return m if toks[m].text in _CLOSING_MARKS else None
        if toks[m].text in ".!?:;":
            return None
    return None


def _hyphen_noun(text: str) -> bool:
    """"ai-Bericht", "5-Jährige", "US-Regierung": a compound whose last part is a noun."""
    parts = text.split("-")
    return len(parts) > 1 and parts[-1][:1].isupper() and (parts[0][:1].isalnum())


def _nominalised_age(text: str) -> bool:
    """"81-jährige", "12-jährigen": a number and an adjective in "-jährig" (spelt in lower case where it stands for a person)."""
    return "-" in text and text.rsplit("-", 1)[1].startswith("jährig")


_ATTRIBUTE_WINDOW = 6  # an adjective of an attribute is at most five tokens after its preposition
_PARTICIPLE_WINDOW = 16  # a participle may end a longer one ("der in einem Interview der Zeitung als neuer Chef bezeichnete …")


def _participial_attribute(toks: Sequence[Token], j: int, limit: int, lex: _Lexicons) -> int | None:
    """After an article, a prepositional phrase that ends in an attributive participle or adjective
    before the head noun ("einer [am Dienstag veröffentlichten] Mitteilung"): the index of that
    participle, or None. A participle goes before an adjective, which may belong to a phrase inside
    ("der in einem Interview als neuer Chef bezeichnete Paul Berg")."""
    adjective = article = None
    for m in range(j + 1, min(limit - 1, j + _PARTICIPLE_WINDOW)):
        tok = toks[m]
        if tok.text in _BOUNDARY_MARKS:
            break
        if _adjective_like(tok) and toks[m + 1].text[:1].isupper() and toks[m + 1].text[:1].isalpha():
            # (a participle first: not the article of a phrase inside, "den am Montag vom Ministerium vorgelegten Zahlen")
            if tok.low.endswith(_PARTICIPLE_ENDINGS) and not lex.is_(tok, "determiner"):
                return m
            if m < j + _ATTRIBUTE_WINDOW:
                if not lex.is_(tok, "determiner"):
                    adjective = m if adjective is None else adjective
                elif article is None:
                    article = m
    # an adjective before an article of a phrase inside ("der für die Region zuständige Koordinator"); the article
    # only when no adjective follows ("einer aus der Gruppe")
    return adjective if adjective is not None else article


# attributive participles: "veröffentlichten", "bezeichnete", "gegebenen", "führende"
_PARTICIPLE_ENDINGS = tuple(stem + ending for stem in ("t", "en", "end") for ending in ("e", "en", "er", "es", "em"))


def _before_zufolge(toks: Sequence[Token], j: int) -> bool:
    """Whether the article at ``j`` opens a short phrase that "zufolge" closes ("einer Mitteilung zufolge")."""
    return any(toks[m].low == "zufolge" for m in range(j + 2, min(len(toks), j + 5)))


def np_backward(toks: Sequence[Token], end: int, lex: _Lexicons, places: bool = False) -> int | None:
    """Start of the noun phrase that ends just before ``end`` ("Einem Bericht der Zeitung| zufolge"),
    at most ``_MAX_NP_TOKENS`` back; with ``places``, a phrase of place after a noun is part of it ("dem Bericht
    der Polizei von Linz| zufolge"; not for an antecedent: "Beschwerden von Käufern, die …" are the buyers')."""
    j = end
    floor = max(0, end - _MAX_NP_TOKENS)
    while j > floor:
        tok = toks[j - 1]
        if j - 1 == 0 and j < end and (lex.is_(tok, "connector") or lex.is_(tok, "conjunction")):
            break  # "Auch dem Sender zufolge": a connector opening the sentence is no part of the phrase
        if j < end and tok.text.islower() and lex.is_(tok, "connector"):
            if not _attribute_adverb(toks, j - 1, lex):
                break  # "ist indes neuen Angaben zufolge": a sentence adverb before the phrase
            j -= 1  # "den erst gestern veröffentlichten Angaben": an adverb inside the attribute
            continue
        if j < end and tok.text[:1].isupper() and j >= 2 and toks[j - 2].text.islower() and toks[j - 2].low in lex.verbs \
                and toks[j].text.islower() and _adjective_like(toks[j]):  # fmt: skip
            break  # "betonte Berger griechischen Medienberichten zufolge": the verb's subject, then the phrase
        if j < end and tok.text[:1].isupper() and toks[j].text[:1].isupper() and tok.low.endswith(_COMMON_NOUN_SUFFIXES) \
                and not lex.is_(tok, "determiner") and toks[j].text.isalpha() and toks[j].low.endswith(("en", "n")):  # fmt: skip
            break  # "ermittelt die Staatsanwaltschaft Medienberichten zufolge": the subject, then the phrase in the dative
        if tok.text[0].isupper() and tok.text[0].isalpha() or j < end and _name_like(tok) or j == end and (
                ("-" in tok.text and _hyphen_noun(tok.text)) or tok.text in _lower_case_names() or web_address(tok.text)):
            j -= 1  # also a name in lower case: "dem Sender al-Dschasira", "der Website wetter.com"
        elif lex.is_(tok, "determiner") or lex.is_(tok, "quantifier") or tok.text[0].isdigit():
            j -= 1
            if lex.is_(tok, "determiner") and tok.text.isalpha() and not tok.low.endswith(("s", "r")):
                break  # "verhörte Zeugen einem Bericht zufolge": an article that cannot be genitive opens the phrase
        elif _adjective_like(tok) and not lex.is_(tok, "auxiliary") and not (j < end and lex.is_(toks[j], "determiner")) \
                and (tok.low not in lex.verbs or _participle_stem(tok.low, lex) and (j >= 2 and lex.is_(toks[j - 2], "auxiliary")
                                                                      or _attribute_adverb(toks, j - 1, lex))) and not (j >= 3 and tok.low.endswith(("te", "ten")) and toks[j - 2].text[:1].isupper()
                                                      and toks[j - 2].text[:1].isalpha() and not lex.is_(toks[j - 2], "determiner")):  # fmt: skip
            j -= 1  # an adjective stands after its article, never before one: "kritisierte das Gesetz" is a verb; so is a
            # reporting verb before a name ("forderte Paul Berg einer Mitteilung zufolge"); a form in -te(n) right after a
            # noun is a verb or a participle with its own phrase: "Die Polizei verhörte Zeugen", "in Kraft getretene Regeln"
            # (a genitive adjective in -er may follow its noun: "Angaben informierter Kreise"; a participle right after
            # a modal or auxiliary, or after an article, is an attribute: "will informierten Kreisen zufolge", "den gestern
            # veröffentlichten Angaben zufolge")
        elif tok.text == ")" and j - 2 >= 0:
            opening = next((m for m in range(j - 2, max(-1, j - 7), -1) if toks[m].text == "("), None)
            if opening is None:
                break
            j = opening
        elif places and tok.low in _PLACE_OF_BODY and j < end and j >= 2 and (toks[j].text[:1].isupper() or toks[j].text.isdigit()) \
                and toks[j - 2].text[:1].isupper() and toks[j - 2].text.isalpha() and not lex.is_(toks[j - 2], "determiner"):  # fmt: skip
            j -= 1  # "Angaben des Instituts von Athen zufolge", "dem Bericht vom 3. März zufolge": a body's place or a
            # document's date after its noun is part of the phrase
        elif places and tok.text == "." and j < end and j >= 2 and toks[j - 2].text.isdigit() and toks[j].text[:1].isupper():
            j -= 1  # "vom 3. März": the period of a day's number
        elif j == end and tok.text in _CLOSING_MARKS and tok.quote < 0 and j - 2 >= 0 and toks[j - 2].quote >= 0:
            # "dem „Figaro“ zufolge": a title in quotation marks, the phrase's head
            opening = next((m for m in range(j - 2, max(-1, j - 8), -1) if toks[m].text in _OPEN_MARKS and toks[m].quote < 0), None)
            if opening is None or opening == j - 2:
                break
            j = opening
        else:
            break
    if j >= end or not any(t.text[0].isupper() for t in toks[j:end]):
        return None
    return j


_PLACE_OF_BODY = frozenset(("von", "vom", "aus", "in", "im"))


def _attribute_adverb(toks: Sequence[Token], j: int, lex: _Lexicons) -> bool:
    """Whether the adverb at ``j`` stands inside an attribute after an article ("den erst gestern veröffentlichten
    Angaben"): an article before it and the adverbs next to it."""
    while j > 0 and toks[j - 1].text.islower() and lex.is_(toks[j - 1], "connector"):
        j -= 1
    return j > 0 and lex.is_(toks[j - 1], "determiner")


def _finite_for(toks: _SentenceTokens, k: int, role: str, lex: _Lexicons, lemma: str = "") -> int:
    """The finite verb of the clause of a participle or infinitive cue: an auxiliary or modal
    before it ("hat … gesagt", "muss man sagen")."""
    infinitive = role == "infinitive" or (role == "finite" and toks[k].low == lemma.lower())
    if role != "participle" and not infinitive:
        return k
    first_aux = toks.next_in_class("auxiliary", lex, _clause_start(toks, k))
    if first_aux < k:
        return first_aux
    across = _start_before_apposition(toks, _clause_start(toks, k), lex, k)
    if across is not None:  # "Damit hat die Vorsitzende, Eva Roth, den Plan abgelehnt": the auxiliary before an apposition
        first_aux = toks.next_in_class("auxiliary", lex, across)
        if first_aux < k:
            return first_aux
    for j in range(k + 1, min(_clause_end(toks, k), k + 4)):
        if lex.is_(toks[j], "auxiliary"):
            return j  # verb-final clause: "…, als er gesagt hat"
    before = _auxiliary_before_insertion(toks, _clause_start(toks, k), lex)
    return k if before is None else before  # "Die Ärztin hat – so steht es im Protokoll – gewarnt"


_DASHES = frozenset("–—-")
_INSERTION_REACH = 6  # clause boundaries looked back over for the dash that opens an insertion
_INSERTION_WORDS = 30  # tokens looked ahead for the dash that closes an insertion after a reporting verb


def _clause_before_insertion(toks: _SentenceTokens, start: int, lex: _Lexicons) -> int | None:
    """When the clause starting at ``start`` goes on after an insertion, the start of the main clause before the
    insertion, else None. An insertion is a remark between two dashes ("hat – das war bekannt – gewarnt") or a
    subordinate clause set off by commas right after the auxiliary in second place ("Die Ärztin hatte, als es brannte,
    gewarnt", "Wir haben, wie Sie sagen, gewarnt"). Not after a subordinate clause or a verb group, which are complete
    ("…, dass wir sparen müssen, …", "Das kann dazu geführt haben, dass …, vermutet …")."""
    if start < 3:
        return None
    mark = toks[start - 1].text
    if mark in _DASHES:
        boundaries = toks.boundaries()
        m = bisect_left(boundaries, start - 1)
        opening = next((boundaries[n] for n in range(m - 1, max(-1, m - 1 - _INSERTION_REACH), -1)
                        if toks[boundaries[n]].text in _DASHES), None)  # fmt: skip
        if opening is None or toks[opening].text != mark:
            return None
    elif mark == ",":
        opening = _clause_start(toks, start - 2) - 1
        if opening < 2 or toks[opening].text != "," or not lex.is_(toks[opening + 1], "subordinator") \
                or not lex.is_(toks[opening - 1], "auxiliary") or not _before_second_place(toks[opening - 2], lex):  # fmt: skip
            return None
    else:
        return None
    if opening < 1 or toks[opening - 1].text in _BOUNDARIES:
        return None
    before = _clause_start(toks, opening - 1)
    first = _strip_connectors(toks, before, opening, lex)
    if first < opening and (lex.is_(toks[first], "subordinator")
                            or before > 0 and toks[before - 1].text == "," and lex.is_(toks[first], "relative_pronoun")):  # fmt: skip
        return None
    return before


def _states_nothing(toks: _SentenceTokens, after_wer: int, k: int, complement: tuple[int, int] | None) -> bool:
    """Whether the verb at ``k`` of a free relative clause opened by "wer" reports nothing: no complement clause of its
    own (the clause after its comma is the main clause "wer" is the subject of) and no object between "wer" and the
    verb ("Wer laut schreit, …"; but "Wer das bestreitet, …", "Wer Hilfe fordert, …")."""
    if complement is not None and (toks[complement[0]].low in _COMPLEMENT_WORDS or toks[complement[0] - 1].text == ":"):
        return False
    return not any(t.text[:1].isupper() or t.low in _ANAPHORIC_OBJECTS for t in toks[after_wer:k])


def _before_second_place(tok: Token, lex: _Lexicons) -> bool:
    """Whether ``tok``, the word before an auxiliary, may end the first place of a main clause (a noun, a name or
    a pronoun: "Die Ärztin hatte, …", "wir haben, …"), not a verb that the auxiliary closes ("geführt haben, …")."""
    return tok.text[:1].isupper() or lex.is_(tok, "personal_pronoun")


def _auxiliary_before_insertion(toks: _SentenceTokens, start: int, lex: _Lexicons) -> int | None:
    """The auxiliary or modal of the clause before an insertion (see above) that the clause at ``start`` goes on
    after ("hatte, als es brannte, gewarnt": "hatte"), else None."""
    before = _clause_before_insertion(toks, start, lex)
    if before is None:
        return None
    aux = toks.next_in_class("auxiliary", lex, before)
    return aux if aux < _clause_end(toks, before) else None


def _start_before_apposition(toks: _SentenceTokens, start: int, lex: _Lexicons, k: int) -> int | None:
    """When the clause starting at ``start`` goes on after a noun phrase set off by commas (", Eva Roth,"), or is the
    last part of a list before the verb at ``k`` ("wegen Betrugs, Erpressung und Bildung einer Bande verurteilt"), the start of
    the clause before that apposition or list, else None."""
    if start < 4 or toks[start - 1].text != ",":
        return None
    if any(t.low in ("und", "oder", "sowie") for t in toks[start:k]) and np_forward(toks, start, k, lex) == k:
        return _clause_start(toks, start - 2)
    if _date_after_day(toks, start, k):
        return _clause_start(toks, start - 2)  # "hatte am Dienstag, den 4.3. im Landtag … erklärt"
    s = _clause_start(toks, start - 2)
    if s < 2 or toks[s - 1].text != ",":
        return None
    end = np_forward(toks, s, start - 1, lex)
    if end is not None and end < start - 1 and lex.is_(toks[end], "preposition"):
        end = np_forward(toks, end + 1, start - 1, lex)  # ", Produktmanager für Software,": a role with its phrase
    return _clause_start(toks, s - 2) if end == start - 1 else None


def _date_after_day(toks: _SentenceTokens, s: int, end: int) -> bool:
    """Whether ``toks[s:]`` opens with a date after a day and its comma, not closed by a second one ("am Dienstag,
    den 4.3. im Landtag"): the date is an apposition of the day, no clause of its own. (A date closed by a
    comma, "am Dienstag, den 4. März,", read the same way cost a source on the measure half of the German news
    data and changed nothing on the develop half: left out.)"""
    if s < 2 or s + 1 >= end or toks[s].low not in ("den", "dem") or not toks[s + 1].text[:1].isdigit() or not _day_word(toks[s - 2].low):
        return False
    n = s + 1
    while n < end and (toks[n].text[:1].isdigit() or toks[n].text == "." or toks[n].low in _month_names()):
        n += 1
    return n > s + 1


def _is_passive(toks: _SentenceTokens, k: int, role: str, lex: _Lexicons) -> bool:
    if role != "participle":
        return False
    if k + 1 < len(toks) and toks[k + 1].low == "geworden":
        return True  # "war bekannt geworden, dass …": became known, from nobody named
    start = _clause_start(toks, k)
    across = _start_before_apposition(toks, start, lex, k) if toks.next_in_class("auxiliary", lex, start) >= k else None
    if across is not None:
        start = across  # the auxiliary before a list or an apposition: "wurde wegen Betrug, Untreue und Erpressung angeklagt"
    return toks.next_in_class("passive_auxiliary", lex, start) < _clause_end(toks, k)


def _strip_connectors(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> int:
    """Skip sentence connectors ("Doch", "Dennoch", "Vielmehr", "Des Weiteren", "Im Übrigen") at the start of a prefield."""
    a = min(b, toks.skip_run("connectors", a, lambda tok: lex.is_(tok, "connector") or lex.is_(tok, "conjunction")))
    if a + 1 < b and (toks[a].low, toks[a + 1].low) in _CONNECTOR_PAIRS:
        a = min(b, toks.skip_run("connectors", a + 2, lambda tok: lex.is_(tok, "connector") or lex.is_(tok, "conjunction")))
    return a


# Two-word sentence connectors that look like noun phrases ("Des Weiteren verwies der Minister darauf").
_CONNECTOR_PAIRS = frozenset((("des", "weiteren"), ("im", "übrigen"), ("im", "gegenzug"), ("zum", "beispiel"),
                              ("im", "gegenteil"), ("zum", "schluss"), ("im", "anschluss"), ("am", "ende")))  # fmt: skip


def _comma_segments(toks: _SentenceTokens, a: int, b: int) -> list[tuple[int, int]]:
    """The non-empty pieces of ``toks[a:b]`` between commas (commas are clause boundaries)."""
    segments = []
    boundaries = toks.boundaries()
    start = a
    m = bisect_left(boundaries, a)
    while m < len(boundaries) and boundaries[m] < b:
        k = boundaries[m]
        if toks[k].text == ",":
            if k > start:
                segments.append((start, k))
            start = k + 1
        m += 1
    if b > start:
        segments.append((start, b))
    return segments


# suffixes of adjectives and participles used as sentence adverbs ("Normal", "Offiziell", "Möglicherweise", "Detailliert",
# "Überraschend"); -ig, -ell and -los are left out (König, Ludwig, Russell, Carlos are names)
_ADVERB_SUFFIXES = ("isch", "lich", "bar", "sam", "haft", "iv", "al", "är", "ös", "weise", "iert", "end", "lang")  # "Monatelang"
# a past participle used as an adverb before the verb: "Besorgt äußerte sich …", "Überrascht zeigte sich …"
_PARTICIPLE_SHAPE = re.compile(r"(?:be|ge|er|ver|ent|emp|über|zer)[a-zäöüß]{3,}t")
_WEISE_NOUNS = frozenset(("weise", "hinweise", "beweise", "nachweise", "verweise", "ausweise"))


def _adverb_shaped(toks: _SentenceTokens, s: int, fin: int) -> bool:
    """The only word before the verb at ``fin`` is shaped like an adjective or adverb ("Normal", "Offiziell",
    "Möglicherweise") and no source list knows it (not "Portugal", "Senegal"), and a subject can follow the
    verb: an adverb, not a name. Right after the verb a comma, colon or "dass" leaves no room for a subject
    ("Tillich sagte, …": the name is the subject)."""
    tok, low = toks[s], toks[s].low
    shaped = low.endswith(_ADVERB_SUFFIXES) or _PARTICIPLE_SHAPE.fullmatch(low) is not None  # "Enttäuscht zeigte sich …"
    if not (tok.text[:1].isupper() and shaped) or low in _WEISE_NOUNS:
        return False
    after = toks[fin + 1] if fin + 1 < len(toks) else None
    if after is None or not after.text[:1].isalpha() or after.low in ("dass", "ob"):
        return False
    return low not in _speaker_heads() and low not in _country_names()


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Lower-cased nouns for the people of a country ("schwedin", "franzosen")."""
    return frozenset(d.lower() for row in load_lexicon("de", "countries").records() for d in row["demonyms"].split("|") if d)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    for row in load_lexicon("de", "countries").records():
        names.update(n.lower() for n in (row["name"], *row["names"].split("|")) if n)
    return frozenset(names)


_PARTICLE_ONLY = frozenset(("verb_particle",))  # "Weiter berichtet die Zeitung": a particle alone before the verb is an adverb


def _prefield_subject(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The subject noun phrase filling the prefield ``toks[a:b]`` of a verb-second clause, if any."""
    a = _strip_connectors(toks, a, b, lex)
    if a >= b:
        return None
    # split the prefield at commas; skip leading segments that are not noun phrases
    segments = _comma_segments(toks, a, b)
    for n, (s, e) in enumerate(segments):
        first = toks[s]
        if e == b and _particle_name(toks, s, e, lex):
            return (s, e)  # "Karl-Theodor zu Guttenberg sagte", "Von der Leyen sagte, …"
        if lex.is_(first, "preposition") or lex.is_(first, "subordinator") and not lex.is_(first, "determiner"):
            continue
        if e - s > 1 and toks[e - 1].text.isalpha() and toks[e - 1].text.islower() and toks[e - 1].low.endswith("end"):
            continue  # "Die Person des Nachfolgers betreffend schloss X aus": a participle phrase, no subject
        if first.low in _OBLIQUE_DETERMINERS or first.low in ("das", "dies") and e - s == 1:
            return None  # "Den Vorschlag lehnte X ab", "das hat jeder gesagt": an object fills the prefield
        if e - s == 1 and (first.low in _sentence_starters() and lex.words.get(first.low, _PARTICLE_ONLY) == _PARTICLE_ONLY or _adverb_shaped(toks, s, b)
                           or first.low in _BACK_REFERENCES  # "Demnach hatte ihn X gebeten"
                           or first.low in lex.verbs and b == s + 1 and lex.is_(toks[b], "auxiliary")):  # fmt: skip
            return None  # "Dann sagte Müller", "Normal garantierte das Protokoll …", "Berichtet hat das die Zeitung"
        if _opens_with_figure(toks, s, e, lex):
            return None  # "70 Prozent der Bürger lehnen … ab": a statistic about opinions, not a source
        if _time_phrase(toks, s, e, lex):
            return None  # "Diese Woche kündigte X an", "Anfang des Jahres hatte X erklärt": when, not who
        possessive = lex.is_(first, "determiner") and s + 1 < e and toks[s + 1].text[:1].isupper() and toks[s + 1].text[:1].isalpha()
        if lex.is_(first, "personal_pronoun") and first.low != "es" and not possessive:  # ("Ihr Anwalt sagte": a possessive)
            with_quantifier = s + 1 < e and toks[s + 1].low in ("alle", "beide", "selbst")
            return (s, s + 2 if with_quantifier else s + 1)  # "wir als Linke", "wir alle"
        end = np_forward(toks, s, e, lex)
        if end is not None and end < e and all(t.low in _AFTER_SUBJECT for t in toks[end:e]):
            return (s, end)  # "Anna Berg hingegen sagte", "Weber selbst schrieb": a particle after the subject
        if end == s + 1 and first.low in _INDEFINITE_PRONOUNS and end < e and lex.is_(toks[end], "preposition") \
                and np_forward(toks, end + 1, e, lex) == e:  # fmt: skip
            return (s, e)  # "Niemand in diesem Haus würde bestreiten, …": the pronoun and the group it is drawn from
        # an article opens a noun phrase that may carry attachments the chunker does not follow
        # ("Die Berichte über die Rekrutierung …"); a bare name must make up the whole segment
        if end is None or (end < e and not (lex.is_(first, "determiner") and end > s)):
            continue
        # a longer prefield is no noun phrase with attachments: take the noun phrase itself
        last = e if e - s <= _MAX_SUBJECT_TOKENS else end
        # appositions and relative clauses that follow belong to the subject
        for s2, e2 in segments[n + 1 :]:
            if _opens_relative_clause(toks, s2, e2, lex) or e2 - s > _MAX_SUBJECT_TOKENS:
                break
            if np_forward(toks, s2, e2, lex) == e2:
                last = e2
            else:
                break
        return (s, last)
    return None


_TIME_NOUNS = frozenset((
    "tag", "tage", "tages", "tagen", "woche", "wochen", "wochenende", "monat", "monate", "monats", "monaten", "jahr",
    "jahre", "jahres", "jahren", "jahrzehnt", "quartal", "halbjahr", "saison", "stunde", "stunden", "minute", "minuten",
    "anfang", "beginn", "ende", "mitte", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "frühjahr", "frühling",
    "sommer", "herbst", "winter", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
    "sonntag", "zeit", "zeitpunkt",
))  # fmt: skip


# particles of noble names ("Karl-Theodor zu Guttenberg", "von der Leyen"): prepositions elsewhere
_NOBLE_PARTICLES = frozenset(("von", "zu"))


def _particle_name(toks: _SentenceTokens, s: int, e: int, lex: _Lexicons) -> bool:
    """Whether the prefield ``toks[s:e]`` right before the finite verb is a name with a particle: given names,
    "zu", perhaps an article, and one surname ("Karl-Theodor zu Guttenberg"); or, opening the sentence without
    a given name ("Von der Leyen sagte, …", "Zu Guttenberg erklärte, …"), only when no subject follows the
    verb — a verb of speech needs one, so the prepositional reading ("Von der Stadt hieß es") is out."""
    if e - s > 5:
        return False  # given names, particles and a surname are a few words
    p = next((n for n in range(s, e) if toks[n].low in _NOBLE_PARTICLES), None)
    if p is None or not all(name_word(t.text) for t in toks[s:p]):
        return False
    q = p + 1 + (p + 1 < e and toks[p + 1].low in ("der", "den"))
    if q != e - 1 or not name_word(toks[q].text) or toks[q].low.endswith(_COMMON_NOUN_SUFFIXES) or toks[q].low in lex.verbs:
        return False
    if p > s:
        return toks[p].text == "zu"  # "Anna Berg von der Caritas" is read as a name with its body elsewhere
    return (p == 0 or toks[p - 1].text in _BOUNDARY_MARKS) and _post_verbal_subject(toks, e, lex) is None


def _time_phrase(toks: _SentenceTokens, s: int, e: int, lex: _Lexicons) -> bool:
    """Whether ``toks[s:e]`` is a noun phrase of time: its first noun is a time noun or a month ("diese Woche",
    "Anfang der Woche", "letzten Montag", "im vergangenen Jahr")."""
    for tok in toks[s:e]:
        if lex.is_(tok, "determiner") or _adjective_like(tok) or tok.text[:1].isdigit():
            continue
        if tok.i == toks[0].i and tok.low.endswith(("e", "en", "er", "es", "em")) and tok.text.isalpha() and tok.i + 1 - toks[0].i < e:
            continue  # "Vergangene Woche", "Letzte Woche": the adjective capitalised as the sentence's first word
        n = tok.i - toks[0].i
        if tok.low in _TIME_NOUNS and n > s and toks[n - 1].text.isdigit() and n + 2 < e and _adjective_like(toks[n + 1]) \
                and toks[n + 2].text[:1].isupper():  # fmt: skip
            return False  # "Der 54 Jahre alte Lehrer": a span of time measures the age in an attribute of the noun
        return tok.text[:1].isupper() and (tok.low in _TIME_NOUNS or tok.low in _month_names())
    return False


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    return frozenset(m.lower() for m in load_lexicon("de", "months").entries)


def _end_before_coordinated_report(toks: _SentenceTokens, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """"Der Minister betonte, man habe alles getan, und fügte hinzu, die Lage sei ernst": a message ends before
    ", und" with a second verb of report of the same speaker, which reports the rest; without the comma when that
    verb is finite in the indicative ("…, Europa brauche die Briten und fügte hinzu: …", not "… sei marode und
    müsse …" in Konjunktiv I, nor "habe gelacht und gesagt")."""
    base = toks[0].i
    mine = found[before:]

    def cut(b: Attribution) -> int | None:  # the token the message ends before, or None
        k = b.cue[0] - base
        if k < 2 or toks[k - 1].low not in ("und", "sowie"):
            return None
        if toks[k - 2].text == ",":
            return k - 2
        roles = [role for _, role in lex.verbs.get(toks[k].low, ())]
        return k - 1 if roles and all(role in ("finite", "finite_sep") for role in roles) else None

    coordinated = sorted((b.cue[0], n, end) for n, b in enumerate(mine) if (end := cut(b)) is not None)
    if not coordinated:
        return
    for a in mine:
        if a.content is None:
            continue
        m = bisect_left(coordinated, (a.cue[0] + 1, -1, -1))
        for _, n, end in coordinated[m : m + 3]:  # the next few coordinated reports after its cue (linear in the sentence)
            b = mine[n]
            stop = toks[end - 1].end
            if toks[end].text != "," and a.content[0] <= toks[a.cue[0] - base].start:
                continue  # a speech act whose message holds its verb ("bezeichnen X als Y und verweisen auf Z") goes on
            if b.source == a.source and a.content[0] < stop < a.content[1]:
                a.content = (a.content[0], stop)
                break


def _second_verb_before(toks: _SentenceTokens, k: int, start: int, lex: _Lexicons) -> bool:
    """Whether a second finite verb of report joined by "und"/"sowie" stands between the verb at ``k`` and the clause
    at ``start`` ("rief die Regierung zur Ruhe auf und beschloss, den Fall weiterzuleiten"), which is then that verb's."""
    for j in range(k + 1, start - 1):
        if toks[j].low in ("und", "sowie") and any(role in ("finite", "finite_sep") for _, role in lex.verbs.get(toks[j + 1].low, ())):
            return True
    return False


def _prepositional_prefield(toks: _SentenceTokens, comma: int, lex: _Lexicons) -> bool:
    """Whether the sentence up to ``comma`` is a prepositional phrase with relative clauses on it and nothing else
    ("In einer Rede, die er am Abend hielt,"): the first place of a main clause, whose verb follows the comma."""
    start = _strip_connectors(toks, 0, comma, lex)
    segments = _comma_segments(toks, start, comma)
    return (len(segments) >= 2 and lex.is_(toks[segments[0][0]], "preposition")
            and all(_opens_relative_clause(toks, s, e, lex) or toks[s].low in _PLACE_RELATIVES for s, e in segments[1:]))  # fmt: skip


def _opens_relative_clause(toks: _SentenceTokens, s: int, e: int, lex: _Lexicons) -> bool:
    """Whether the comma segment ``toks[s:e]`` is a relative clause: "die das Amt veröffentlichte", "auf die
    im Bericht hingewiesen wird" (a preposition before the relative pronoun)."""
    if lex.is_(toks[s], "relative_pronoun"):
        return True
    return lex.is_(toks[s], "preposition") and s + 1 < e and lex.is_(toks[s + 1], "relative_pronoun")


def _prepositional_aside(toks: _SentenceTokens, s: int, e: int, lex: _Lexicons) -> bool:
    """Whether the comma segment ``toks[s:e]`` is a prepositional phrase set off between a subject and its
    verb ("Die Ministerin, mit Verweis auf die schlechte Ernte, sagte …"): a preposition and up to a dozen
    tokens, none a reporting verb, an auxiliary or a conjunction that opens a clause ("dass", "weil")."""
    if not lex.is_(toks[s], "preposition") or e - s > 12:
        return False
    return not any(tok.text[0].islower() and (tok.low in lex.verbs or lex.is_(tok, "auxiliary") or tok.low in _CLAUSE_OPENERS)
                   for tok in toks[s + 1 : e])  # fmt: skip


_CLAUSE_OPENERS = frozenset(("dass", "daß", "weil", "ob", "wenn", "obwohl", "nachdem", "damit", "sodass"))


def _apposition_prefield(toks: _SentenceTokens, fin: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The first noun phrase of a prefield made only of comma-separated noun phrases, from the
    sentence start to ``fin`` (which follows a comma): "Die Bundeskanzlerin, Frau Staatssekretärin, hat".

    Whether the comma segments from the sentence start on are noun phrases does not depend on
    ``fin``: the chain is read once per sentence (:func:`_apposition_chain`).
    """
    first, broken_at = toks.cached("appositions", lambda: _apposition_chain(toks, lex))  # type: ignore[misc]
    if first is not None and first[1] < fin and broken_at >= fin:
        name_end = fin - 1  # the comma before the verb
        name = toks[first[1] + 1 : name_end]
        if _personal_name(name, lex) or _described_name(name, lex):
            # "Der Direktor der Agentur, Bambang Aji, sagte", "Der Landrat, Tobias Hein (CDU), sagte", "Der Vorsitzende,
            # der frühere Minister Karl Weber, sagte": the role with the name
            return (first[0], name_end)
        if _personal_name(toks[first[0] : first[1]], lex) and _roles_only(toks, first[1] + 1, name_end, lex):
            return (first[0], name_end)  # "Anna Berg, Sprecherin der Stadt, sagte": the name with its role
        return first
    return None


def _role_and_name_after_clause(toks: _SentenceTokens, fin: int, lex: _Lexicons) -> tuple[int, int] | None:
    """"Die Ministerin wies das zurück, die Sprecherin der Fraktion, Sandra Lang (GRÜNE), erklärte: …": a main clause
    after another one with only a comma between them; its prefield is a role (an article and a speaker's noun) and a
    name set off by commas before the verb at ``fin``: that role with the name, or None."""
    c2 = fin - 1
    c1 = next((j for j in range(c2 - 1, max(0, c2 - 8), -1) if toks[j].text == ","), None)
    c0 = next((j for j in range(c1 - 1, max(0, c1 - _MAX_NP_TOKENS - 1), -1) if toks[j].text == ","), None) if c1 else None
    if c0 is None or not lex.is_(toks[c0 + 1], "determiner") or toks[c0 + 1].low in _OBLIQUE_DETERMINERS:
        return None  # (a nominative article: not "traf den Minister, den Vorsitzenden, Karl Berg, sagte …")
    if np_forward(toks, c0 + 1, c1, lex) != c1:
        return None
    name = toks[c1 + 1 : c2]
    if not (_personal_name(name, lex) or _described_name(name, lex)) or not _plausible_speaker(toks, (c0 + 1, c1), lex, strict=True):
        return None
    return (c0 + 1, c2)


def _roles_only(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> bool:
    """Whether the comma segments of ``toks[a:b]`` after a name are noun phrases that describe it ("Sprecherin der
    Stadt", "die Sprecherin der Stadt"): each is a noun phrase to its end (a relative clause ends in its verb), none
    opens with a preposition."""
    segments = _comma_segments(toks, a, b)
    return bool(segments) and all(_whole_noun_phrase(toks, s, e, lex) for s, e in segments)


def _whole_noun_phrase(toks: _SentenceTokens, s: int, e: int, lex: _Lexicons) -> bool:
    """Whether ``toks[s:e]`` is a noun phrase, perhaps going on in prepositional phrases ("eine Juristin aus Kiel"),
    and not a prepositional phrase."""
    end = np_forward(toks, s, e, lex)
    return end is not None and not lex.is_(toks[s], "preposition") and (end == e or _after_phrases(toks, end, lex) == e)


def _personal_name(name: Sequence[Token], lex: _Lexicons) -> bool:
    """Whether ``name`` is a personal name of one to four words, perhaps with its party or body in parentheses
    ("Tobias Hein", "Tobias Hein (CDU)")."""
    if len(name) >= 4 and name[-1].text == ")" and name[-3].text == "(" and name[-2].text[:1].isupper():
        name = name[:-3]
    return 1 <= len(name) <= 4 and name_word(name[0].text) and name_word(name[-1].text) and all(
        (name_word(t.text) or t.low in NAME_PARTICLES) and t.low not in _speaker_heads() and not lex.words.get(t.low) for t in name
    )  # fmt: skip


def _described_name(name: Sequence[Token], lex: _Lexicons) -> bool:
    """Whether ``name`` is an article, perhaps adjectives, a role and a personal name of two or three words ("der
    frühere Minister Karl Weber"): an apposition that names the person it describes."""
    if len(name) < 4 or not lex.is_(name[0], "determiner"):
        return False
    for n in (3, 2):
        role = len(name) - n - 1
        if role >= 1 and name[role].text[:1].isupper() and all(_adjective_like(t) for t in name[1:role]) \
                and _personal_name(name[role + 1 :], lex):  # fmt: skip
            return True
    return False



def _apposition_chain(toks: _SentenceTokens, lex: _Lexicons) -> tuple[tuple[int, int] | None, int]:
    """The first comma segment of the sentence (after connectors), and the end of the first segment
    that breaks the chain of noun phrases (``len(toks) + 1`` if none does). Segments after the first
    may also be relative clauses."""
    first = None
    for s, e in _comma_segments(toks, _strip_connectors(toks, 0, len(toks), lex), len(toks)):
        np_end = np_forward(toks, s, e, lex)
        # a noun phrase may go on in prepositional phrases ("Die Leiterin der Schule in Kiel, …", "…, eine
        # Juristin aus Kiel, …"), but a prepositional phrase is no noun phrase ("In einem Bericht, der …, …")
        noun_phrase = np_end is not None and not lex.is_(toks[s], "preposition") and (
            np_end == e or _after_phrases(toks, np_end, lex) == e)  # "In einer Botschaft der Partei, …" is none either
        if first is None:
            first = (s, e)
            if not noun_phrase:
                return first, e
        elif not noun_phrase and not _opens_relative_clause(toks, s, e, lex) and not (
            not lex.is_(toks[first[0]], "preposition") and _prepositional_aside(toks, s, e, lex)
        ):  # fmt: skip
            return first, e
    return first, len(toks) + 1


_FOCUS_ADVERBS = frozenset(("insbesondere", "besonders", "vor", "allem", "gerade", "ausgerechnet", "sogar", "selbst", "nur"))
_FOCUS_PARTICLES = frozenset(("schon", "auch", "bereits", "zuvor", "ebenfalls", "erst", "zuletzt", "kürzlich", "jüngst", "nun"))
# particles that may stand between a subject in the prefield and its verb ("Anna Berg hingegen sagte")
_HEARSAY_MODALS = frozenset(("soll", "sollen"))  # reportative "sollen" before the participle of a reported act
_AFTER_SUBJECT = frozenset(("selbst", "selber", "allein", "hingegen", "dagegen", "jedoch", "aber", "indes", "indessen", "wiederum",
                            "ihrerseits", "seinerseits", "ebenfalls", "auch", "allerdings"))  # fmt: skip
_AFTER_FINITE = frozenset(("es", "auch", "dabei", "nun", "zudem", "jedoch", "allerdings", "etwa", "beispielsweise"))


def find_subject(toks: Sequence[Token], fin: int, lex: _Lexicons, first_subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject of the clause whose finite verb is ``toks[fin]`` (indices into ``toks``, a sentence)."""
    if not isinstance(toks, _SentenceTokens):
        toks = _SentenceTokens(toks)
    start = _clause_start(toks, fin)
    # a finite form that exists only with its particle split off, the particle after it ("fügte hinzu:"), stands
    # second in its clause, not last (but "als sie gesagt hat:", "hat" of "vorhaben", is verb-final)
    final = _verb_final(toks, fin) and not _split_particle_follows(toks, fin, lex)
    if start < fin and lex.is_(toks[start], "connector") and start + 1 < fin and lex.is_(toks[start + 1], "subordinator"):
        start += 1  # "auch wenn wir wissen"
    if start < fin and _opens_with_figure(toks, _strip_connectors(toks, start, fin, lex), fin, lex):
        return None  # "70 Prozent der Bürger lehnen … ab": a statistic about opinions, no speaker
    if start <= fin and toks[start].low != "wie" and final:
        appositive = _wie_with_apposition(toks, start, fin, lex)
        if appositive is not None:
            return appositive[1]
    if start < fin:
        first = toks[start]
        noun_next = start + 1 < fin and toks[start + 1].text[:1].isupper() and toks[start + 1].text[:1].isalpha()
        relative = lex.is_(first, "relative_pronoun") and start > 0 and toks[start - 1].text == "," \
            and not (start + 2 < fin and toks[start + 1].text.isdigit() and (toks[start + 2].text == "." or toks[start + 2].low in _month_names())) \
            and not (  # "Am Freitag, den 7. April, hat": the article of a date, no relative pronoun
            (start + 1 == fin or noun_next) and not final
            or noun_next and fin + 1 < len(toks) and lex.is_(toks[fin], "auxiliary")
            and any(role in ("participle", "finite_or_participle") for _, role in lex.verbs.get(toks[fin + 1].low, ()))
        )  # ", das teilte das Institut mit", "sagte, der Bürgermeister habe erklärt": verb second, a main clause, no relative clause
        if (lex.is_(first, "preposition") and start + 2 < fin and lex.is_(toks[start + 1], "relative_pronoun") and start > 0
                and toks[start - 1].text == "," and final and lex.is_(toks[start + 2], "personal_pronoun")
                and fin + 2 < len(toks) and toks[fin + 1].text == "," and toks[fin + 2].low in _COMPLEMENT_WORDS):  # fmt: skip
            return (start + 2, start + 3)  # "die Gruppe, von der sie glaubt, dass …": the subject after the relative phrase
            # (with a message of its own: not "das Thema, über das sie sprach")
        if first.low == "wer" and final and _strip_connectors(toks, 0, start + 1, lex) == start:
            return (start, start + 1)  # "Wer das anders sieht, …": a free relative clause opening the sentence has "wer" as subject
        preposition_reading = lex.is_(first, "preposition") and not final
        question = start + 1 == fin and not relative  # "Was glauben Sie, …": a w-word fills the prefield
        predicative = first.low == "als" and not final  # "Als Grund nannte X …"
        compared = _comparison_prefield(toks, start, fin, lex)  # "Wie berichtet hatte das Ministerium …"
        if (lex.is_(first, "subordinator") and not preposition_reading and not question and not predicative and not compared) or relative:
            # verb-final clause: the subject follows the subordinator or relative pronoun ...
            s = start + 1
            while s < fin - 1 and toks[s].low in _FOCUS_PARTICLES:
                s += 1  # "Wie schon die WHO sagte", "wie auch die Polizei bestätigte"
            if relative and first.low in ("deren", "dessen"):
                noun = next((j for j in range(s, fin) if toks[j].text[:1].isupper()), None)
                owned = toks[noun].low if noun is not None else ""
                if noun is not None and noun + 1 < fin and not (owned in _speaker_heads() or _ends_in(owned, _speaker_heads(), 5)
                                                                 or person_noun(owned, _PERSON_NOUN_ENDINGS)):  # fmt: skip
                    s = noun + 1  # "deren Kosten Berger beziffert": the relative pronoun's noun, then the subject
                    # (not "deren Chef die Vorwürfe bestritt": a speaker's noun is the subject)"
            end = np_forward(toks, s, fin, lex) if s < fin and not lex.is_(toks[s], "preposition") else None
            if end is None and first.low == "wie" and s < fin and toks[s].text in _OPEN_MARKS:
                close = _title_close(toks, s + 1, fin)
                end = close + 1 if close is not None and close + 1 == fin else None  # "Wie „heise online“ berichtet"
            if end and not (relative and toks[s].low not in _NOMINATIVE_OPENERS and not toks[s].text[0].isupper()):
                cited = toks.cached("citing_phrase", lambda: _citing_phrase(toks))
                return (s, cited if cited is not None and s < cited < end else end)  # "wie die Zeitung unter Berufung auf …"
            if relative:
                # ... or the relative pronoun is the subject: its antecedent precedes the comma
                antecedent = np_backward(toks, start - 1, lex)
                if antecedent is not None and antecedent == start - 2 and antecedent >= 2 and lex.is_(toks[antecedent - 1], "preposition") \
                        and toks[antecedent - 2].text[:1].isupper() and toks[antecedent].low not in _country_names():  # fmt: skip
                    # "brachte eine Darstellung in Umlauf, die …": a bare noun after a preposition belongs to the verb's
                    # phrase ("in Umlauf bringen"); the relative clause is about the noun before it (not after a
                    # country: "ein Vorschlag von Ägypten, das …")
                    before = np_backward(toks, antecedent - 1, lex)
                    if before is not None and (before == antecedent - 2 or lex.is_(toks[before], "determiner")):
                        return (before, antecedent - 1)
                if antecedent is None:
                    return (start, start + 1)
                return (_genitive_owner(toks, antecedent, start - 1, first.low, lex), start - 1)
            return None
        if first.low in _COORDINATORS and start + 1 == fin or toks[fin - 1].low in _COORDINATORS:
            return first_subject  # "… und betont, dass": the subject of the first clause
        subject = _prefield_subject(toks, start, fin, lex)
        if subject and toks[_strip_connectors(toks, start, fin, lex)].low == "als":
            subject = None  # "Als Grund nannte X …": a predicative fills the prefield
        if subject and any(toks[j].low in _COORDINATORS for j in range(*subject)):
            subject = (_names_listed_before(toks, subject[0], lex), subject[1])  # "Anna Lind, Paul Steiner und Eva Roth sagten"
        if subject:
            after = _post_verbal_subject(toks, fin, lex)
            if after is not None and not lex.is_(toks[subject[0]], "personal_pronoun") and (
                lex.is_(toks[after[0]], "personal_pronoun") and after[1] - after[0] == 1
                or (not _plausible_speaker(toks, subject, lex) or _feminine_oblique(toks, subject) or _plural_before_singular(toks, subject, fin, lex))
                and _plausible_speaker(toks, after, lex)
                or _statement_before_speaker(toks, subject, after, lex)
            ):
                return after  # "Der Politik schlug er vor", "Die Äußerungen bezeichnete Weber als …": an object first
            return subject
    elif start == fin and start > 0 and toks[start - 1].text == ",":
        opener = _strip_connectors(toks, 0, fin, lex)
        if toks[opener].low == "wer" and start - opener <= 30 and _clause_start(toks, start - 2) == opener \
                and not any(t.text in ",?" for t in toks[opener : start - 1]) \
                and _post_verbal_subject(toks, fin, lex) is None:  # fmt: skip
            # "Wer dort gedient hat, weiß, dass …": the free relative clause is the subject ("Wer …, ließ X offen"
            # is an indirect question with its subject after the verb)
            return (opener, start - 1)
        # "Die Bundeskanzlerin, Frau Staatssekretärin, hat gesagt": the prefield spans appositions
        subject = _apposition_prefield(toks, fin, lex) or _role_and_name_after_clause(toks, fin, lex)
        after = _post_verbal_subject(toks, fin, lex) if subject else None
        if after is not None and (
            lex.is_(toks[after[0]], "personal_pronoun") and after[1] - after[0] == 1
            or not _plausible_speaker(toks, subject, lex) and _plausible_speaker(toks, after, lex)
            or _statement_before_speaker(toks, subject, after, lex)
            or _tag_inside_clause(toks, fin, after, lex)
        ):  # fmt: skip
            # "Die Anhänger, die sich versammelten, warnte er, …": an object first, the pronoun speaks;
            # "Ein schwarzer Tag, sagte der Minister.": what was said first, then the speaker
            return after
        if subject:
            return subject
    # inverted order: the subject follows the finite verb ("sagte der Minister", "gab X zu bedenken")
    s = toks.skip_run("after_finite", fin + 1, lambda tok: lex.is_(tok, "reflexive") or tok.low in _AFTER_FINITE)
    clause_end = _clause_end(toks, fin)
    s = _skip_adverbials(toks, s, clause_end, lex)  # "erklärte gestern ein Sprecher"
    end = np_forward(toks, s, clause_end, lex)
    if (end is None and start == fin and start > 1 and toks[start - 1].text == "," and first_subject is not None
            and first_subject[1] < start - 1 and not lex.is_(toks[fin], "determiner")
            and not any(t.text in ":;" for t in toks[first_subject[1] : start])
            and not lex.is_(toks[_strip_connectors(toks, 0, fin, lex)], "subordinator")):  # fmt: skip
        # "Ich halte den Plan für gut, möchte aber betonen, dass …": the first main clause going on after its comma
        # with a finite verb and no subject of its own has that clause's subject (not "…, meine Damen und Herren")
        return first_subject
    if end and end < len(toks) and toks[end].text == ",":
        close = _apposition_closed(toks, end, fin, lex)
        if close is not None:
            end = close  # "sagte der Koordinator, Abebe Tessema, dass …": the role and the name it stands beside
    return (s, end) if end else None


# nouns of manner that a "wie" clause describes ("die Art, wie …", "die Weise, wie …"): no speech tag follows them
_MANNER_NOUNS = frozenset(("art", "weise", "form", "ausmaß", "tempo", "geschwindigkeit"))
_EXPLETIVE_SUBJECT_VERBS = frozenset(("heißen", "verlauten"))  # "wie es … hieß", "wie es … verlautete": no one speaks


_MASCULINE_GENITIVES = frozenset(("des", "eines"))
# A relative pronoun that is the subject of its clause, the articles of a head noun it cannot agree with, and the
# genitive articles of an owner it can: "der" is masculine, "die" feminine or plural.
_RELATIVE_AGREEMENT = {
    "der": (frozenset(("die", "eine", "das")), _MASCULINE_GENITIVES),
    "die": (frozenset(("der", "den", "dem", "das", "ein", "einen", "einem")), frozenset(("der", "einer"))),
}


def _genitive_owner(toks: _SentenceTokens, s: int, end: int, pronoun: str, lex: _Lexicons) -> int:
    """The first word of the antecedent of the relative pronoun after ``toks[s:end]``: the genitive owner at the
    phrase's end when the pronoun agrees with it and not with the head and it can speak ("das Schreiben eines
    Anwalts, der erklärte": the lawyer speaks, not the letter), else ``s``."""
    agreement = _RELATIVE_AGREEMENT.get(pronoun)
    if agreement is None or toks[s].low not in agreement[0]:
        return s
    owner = next((g for g in range(s + 2, end - 1) if toks[g].low in agreement[1] and toks[g - 1].text[:1].isupper()), None)
    return owner if owner is not None and _plausible_speaker(toks, (owner, end), lex) else s


def _where_said(toks: _SentenceTokens, start: int, end: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The noun phrase after the first preposition in ``toks[start:end]`` ("auf einer Pressekonferenz", "aus
    Regierungskreisen"), passing over phrases of time ("am Montag", "im Mai"), or None."""
    for j in range(start, end - 1):
        if lex.is_(toks[j], "preposition"):
            np_end = np_forward(toks, j + 1, end, lex)
            if np_end is None:
                continue  # ("am Montag": a day is no noun phrase)
            words = [t for t in toks[j + 1 : np_end] if t.text[:1].isalnum()]
            if not any(_day_word(t.low) or t.low in _TIME_NOUNS or t.low in _month_names() or t.text[:1].isdigit() for t in words):
                return (j + 1, np_end)
    return None


def _emerges_from(toks: _SentenceTokens, k: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The noun phrase after "aus" in the clause of "hervorgehen" at ``k`` (the document or body something
    emerges from, as its source), or None; not a thing or an event ("als Sieger aus der Wahl hervorgehen")."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    for j in range(max(start, k - _NEAR), min(end, k + _NEAR)):
        if toks[j].low == "aus" and j + 1 < end:
            np_end = np_forward(toks, j + 1, end, lex)
            if np_end is not None:
                return (j + 1, np_end) if _owner_speaks(toks, (j + 1, np_end), lex) else None
    return None


def _wie_with_apposition(toks: _SentenceTokens, start: int, fin: int, lex: _Lexicons) -> tuple[int, tuple[int, int]] | None:
    """"Wie Steve Marshall, Sprecher der UN, in Bangkok mitteilte, …": the verb-final clause at ``fin`` goes on
    a "wie" clause whose subject has an apposition between commas. Returns the index of "wie" and that
    subject, or None."""
    if start < 3 or toks[start - 1].text != "," or fin + 1 < len(toks) and toks[fin + 1].text not in ",;–—.!?":
        return None
    apposition_start = _clause_start(toks, start - 2)
    if apposition_start < 3 or toks[apposition_start - 1].text != ",":
        return None
    apposition_end = np_forward(toks, apposition_start, start - 1, lex)  # "Sprecher der UN in Birma": phrases may follow
    if apposition_end is None or apposition_end < start - 1 and _after_phrases(toks, apposition_end, lex) != start - 1:
        return None
    head = _clause_start(toks, apposition_start - 2)
    if toks[head].low != "wie":
        return None
    end = np_forward(toks, head + 1, apposition_start - 1, lex)
    if end != apposition_start - 1:
        return None
    # a description with the name in its apposition is the subject with it, as in a main clause ("Die Sprecherin,
    # Eva Roth, sagte"); a name with its role after it is the name ("Steve Marten, Sprecher der UN")
    return (head, (head + 1, start - 1 if lex.is_(toks[head + 1], "determiner") else end))


def _statement_before_speaker(toks: _SentenceTokens, subject: tuple[int, int], after: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether a statement noun fills the prefield and a person in the nominative follows the verb ("Der Vorwurf, …,
    wies der Bürgermeister zurück"): the statement is the object, the person speaks. The person is a masculine noun
    for a person after "der"/"ein", which the accusative would change to "den"/"einen"."""
    if not lex.is_(toks[subject[0]], "determiner"):
        return False
    head = next((t for t in toks[subject[0] + 1 : subject[1]] if t.text[:1].isupper()), None)
    heads = _speaker_heads()
    if head is None or not (head.low in lex.nouns or _ends_in(head.low, lex.nouns, 6) and not _ends_in(head.low, heads, 5)):
        return False  # (not "Die Opposition", a body, though it ends in "Position")
    if toks[after[0]].low not in ("der", "ein"):
        return False  # a name shows no case: "Ein Leitartikel forderte Obama auf" has Obama as its object
    noun = next((t for t in toks[after[0] + 1 : after[1]] if t.text[:1].isupper()), None)
    return noun is not None and person_noun(noun.low) and not noun.low.endswith("in")


# endings of feminine nouns: after "der", "dieser", "einer" such a noun is in the dative or genitive, no subject
_FEMININE_ENDINGS = ("ung", "heit", "keit", "ion", "schaft", "tät", "enz", "anz")


def _feminine_oblique(toks: _SentenceTokens, span: tuple[int, int]) -> bool:
    """Whether a noun phrase is a feminine noun in the dative or genitive ("Dieser Darstellung widerspricht …",
    "Der Forderung schloss sich … an"): "der"/"dieser"/"jener"/"einer" before a noun with a feminine ending
    (the phrase's first noun: "Der Präsident der Wahlkommission" is masculine); it cannot be the subject."""
    first = toks[span[0]]
    head = next((t for t in toks[span[0] + 1 : span[1]] if t.text[:1].isupper()), None)  # its noun, not a genitive after it
    return first.low in ("der", "dieser", "jener", "einer", "keiner") and head is not None and head.low.endswith(_FEMININE_ENDINGS)


_PLURAL_ENDINGS = ("ungen", "heiten", "keiten", "ionen", "schaften")  # plurals that are never singular


def _plural_before_singular(toks: _SentenceTokens, span: tuple[int, int], fin: int, lex: _Lexicons) -> bool:
    """Whether a plural noun phrase stands before a finite verb in the singular, so that it is the object
    ("Die Äußerungen der Richter bezeichnete Weber als …", "Einzelheiten nannte die Ministerin nicht"): its
    first noun has a plural ending and the verb does not end in "-en"."""
    opener = toks[span[0]]
    skip = lex.is_(opener, "determiner") or lex.is_(opener, "quantifier") or (
        span[1] - span[0] > 1 and opener.low.endswith(("e", "en", "er", "es", "em")) and toks[span[0] + 1].text[:1].isupper())
    first = span[0] + 1 if skip else span[0]  # ("Kleine Verbesserungen": an adjective, capitalised as the first word)
    head = next((t for t in toks[first : span[1]] if t.text[:1].isupper()), None)
    return head is not None and head.low.endswith(_PLURAL_ENDINGS) and not toks[fin].low.endswith("en")


def _tag_inside_clause(toks: _SentenceTokens, fin: int, subject: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether the verb at ``fin`` and its ``subject`` after it are a tag set into a clause that goes on after the
    next comma with its finite verb ("Die Kosten, sagte der Kämmerer, seien zu hoch"): the words before the tag are
    that clause's subject, not the speaker."""
    end = _clause_end(toks, fin)
    if end + 1 >= len(toks) or toks[end].text != "," or _skip_adverbials(toks, subject[1], end, lex) < end:
        return False
    nxt = toks[end + 1]
    return nxt.text.islower() and lex.is_(nxt, "auxiliary")


def _post_verbal_subject(toks: _SentenceTokens, fin: int, lex: _Lexicons) -> tuple[int, int] | None:
    """A noun phrase in the nominative right after the finite verb (after sentence adverbs), or None."""
    s = toks.skip_run("after_finite", fin + 1, lambda tok: lex.is_(tok, "reflexive") or tok.low in _AFTER_FINITE)
    clause_end = _clause_end(toks, fin)
    s = _skip_adverbials(toks, s, clause_end, lex)
    if s >= clause_end or toks[s].low in _OBLIQUE_DETERMINERS or toks[s].low in ("mir", "mich", "uns", "ihm", "ihn", "ihnen", "dir", "dich"):
        return None
    if lex.is_(toks[s], "personal_pronoun"):
        if toks[s].low == "ihr" and s + 1 < clause_end and toks[s + 1].text[:1].isupper():
            return None  # "kann ihr Ergebnis nicht veröffentlichen": a possessive before its noun, an object
        return (s, s + 1)
    end = np_forward(toks, s, clause_end, lex)
    return (s, end) if end else None


def _skip_adverbials(toks: _SentenceTokens, s: int, end: int, lex: _Lexicons) -> int:
    """After a finite verb, skip up to three sentence adverbs and adverbial phrases before the
    subject ("erklärte gestern ein Sprecher", "sagte zudem der Minister", "bestätigte am Montag
    ein Sprecher", "sagte gegenüber dem ORF die Ministerin")."""
    for _ in range(3):
        if s >= end:
            break
        tok = toks[s]
        if lex.is_(tok, "connector") and tok.text[:1].islower():
            s += 1
        elif tok.low in _ADVERBIAL_PREPOSITIONS and s + 1 < end:
            # a bare noun ("am Montag", "auf Anfrage") is one word: what follows may be a name
            after = s + 2 if toks[s + 1].text[0].isupper() else np_forward(toks, s + 1, end, lex)
            if after is None or after >= end or not toks[after].text[:1].isalnum():
                after = _genitive_cut(toks, s + 1, end)  # "gegenüber mehreren Medien der Sprecher der Regierung"
            if after is None or after >= end or toks[after].low not in _SUBJECT_STARTS and not toks[after].text[0].isupper():
                break  # no subject follows the phrase: leave the clause alone
            if toks[after].low in ("der", "des") and toks[after - 1].text[:1].isupper():
                genitive_end = np_forward(toks, after, end, lex)
                if genitive_end is not None and genitive_end < end and lex.is_(toks[genitive_end], "determiner"):
                    after = genitive_end  # "im Fall der Fälle das Gericht": the genitive of the phrase, then the subject
                elif (after + 2 < end and toks[after + 1].text[:1].isupper() and lex.is_(toks[after + 2], "determiner")
                      and _feminine_oblique(toks, (after, after + 2))):  # fmt: skip
                    after += 2  # "im Namen der Familie der Anwalt": a feminine genitive, then the subject
            s = after
        else:
            break
    return s


def _genitive_cut(toks: _SentenceTokens, s: int, end: int) -> int | None:
    """Where a prepositional phrase that seemed to run to the clause end stops when the article after its
    noun opens the subject, not a genitive: the first "der" after a noun with a noun before the clause end.
    None when there is no such article."""
    for p in range(s + 1, end - 1):
        if toks[p].low == "der" and toks[p - 1].text[:1].isupper() and toks[p + 1].text[:1].isupper():
            return p
    return None


def _auxiliaries_after(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether only auxiliaries and modals follow ``toks[k]`` to the end of its clause ("dass die Anlage nicht mehr
    genehmigt werden würde"): the verb group closing a subordinate clause."""
    end = _clause_end(toks, k)
    return k + 1 < end and all(lex.is_(t, "auxiliary") or t.low == "sein" for t in toks[k + 1 : end] if t.text[:1].isalnum())


def _split_particle_follows(toks: _SentenceTokens, fin: int, lex: _Lexicons) -> bool:
    """Whether ``toks[fin]`` is a finite form of separable verbs only and the next word is the particle of one."""
    entries = lex.verbs.get(toks[fin].low, ())
    return bool(entries) and fin + 1 < len(toks) and all(role == "finite_sep" for _, role in entries) \
        and any(entry.particle == toks[fin + 1].low for entry, _ in entries)  # fmt: skip


def _verb_final(toks: _SentenceTokens, fin: int) -> bool:
    """Whether ``toks[fin]`` ends its clause (up to a separable particle): a subordinate clause."""
    return toks.count_words(fin + 1, _clause_end(toks, fin)) <= 1


def _agent(toks: _SentenceTokens, k: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The agent of a passive ("von X", "durch X") in the clause of ``k`` (the same for every
    token of the clause, so found once per clause)."""
    a, b = _clause_start(toks, k), _clause_end(toks, k)
    return toks.cached(("agent", a), lambda: _first_agent(toks, a, b, lex))  # type: ignore[return-value]


def _first_agent(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    prepositions = toks.positions("agent_preposition", lambda: [k for k, t in enumerate(toks) if t.low in ("von", "vom", "durch")])
    j = toks.next_in(prepositions, a)
    while j < b:
        later = toks.next_in(prepositions, j + 1)
        if _after_noun(toks, j, a, lex) and _in_prefield_subject(toks, j, a, b, lex):
            j = later  # "Die Reden von Anna Berg werden … gesehen": part of the subject before the verb
            continue
        if _action_noun_object(toks, j, a, lex):
            j = later  # "wurde die Entlassung von Lehrern kritisiert": whom the action concerns, not the agent
            continue
        if j + 1 < b and toks[j + 1].low in _AGENT_PRONOUNS and not _after_noun(toks, j, a, lex) \
                and not (j + 2 < b and toks[j + 2].text[:1].isupper()):  # fmt: skip
            return (j + 1, j + 2)  # "wird von ihnen nicht akzeptiert", "von denen wird sie abgelehnt": a pronoun as agent
        if j + 1 < b and not (_after_noun(toks, j, a, lex) and (later < b or j > 1 and _figure_word(toks[j + 1]))):
            end = np_forward(toks, j + 1, b, lex)
            if end and not (end + 1 < b and toks[end].text.islower() and toks[end].low.endswith(_ATTRIBUTIVE_PARTICIPLE)
                            and toks[end + 1].text[:1].isupper()):  # fmt: skip
                return (j + 1, end)  # (not "von Laien geleitete Gottesdienste": the agent of a participle before its noun)
        j = later
    return None


_ACTION_NOUN_ENDINGS = ("ung", "ungen", "ion", "ionen")
_AGENT_PRONOUNS = frozenset(("ihm", "ihr", "ihnen", "denen", "uns", "mir", "dir", "euch"))


def _action_noun_object(toks: _SentenceTokens, j: int, a: int, lex: _Lexicons) -> bool:
    """Whether "von" at ``j`` follows a noun of action ("Diskriminierung", "Entlassung", "Deportation") and
    opens a phrase without article ("von Frauen", "von Mitarbeitern"): the phrase names whom the action
    concerns, the noun's object, not the agent of the clause's passive."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (_after_noun(toks, j, a, lex) and toks[j - 1].low.endswith(_ACTION_NOUN_ENDINGS) and nxt is not None
            and toks[j].low == "von" and not lex.is_(nxt, "determiner"))  # fmt: skip


def _in_prefield_subject(toks: _SentenceTokens, j: int, a: int, b: int, lex: _Lexicons) -> bool:
    """Whether "von" at ``j`` stands in the noun phrase that opens a main clause before its finite passive
    auxiliary ("Die Reden von Anna Berg werden … gesehen", "Die Rede vom Kanzler wurde …"): the phrase
    is the subject, its "von" an attribute, not the agent."""
    if not (lex.is_(toks[a], "determiner") and toks[a].low not in ("ein", "eine", "einen")):
        return False
    aux = toks.next_in_class("passive_auxiliary", lex, j)
    return aux < b and all(t.text[:1].isupper() or lex.is_(t, "determiner") or _adjective_like(t) for t in toks[a + 1 : j]) \
        and all(t.text[:1].isupper() or lex.is_(t, "determiner") or t.text == "-" for t in toks[j + 1 : aux])  # fmt: skip


def _after_noun(toks: _SentenceTokens, j: int, a: int, lex: _Lexicons) -> bool:
    """Whether "von" at ``j`` follows a noun of its clause (from ``a``), so that it may belong to that noun: its
    amount ("eine Reichweite von 300 Kilometern erwartet") or an attribute ("Angehörige von Hilfsorganisationen
    wurden … von den Behörden angewiesen": the caller then takes the later "von" or "durch" as the agent)."""
    before = toks[j - 1] if j > a else None
    return before is not None and before.text[:1].isupper() and before.text[:1].isalpha() and not lex.words.get(before.low)


def _figure_word(tok: Token) -> bool:
    """A figure or number word ("300", "drei")."""
    return tok.text[:1].isdigit() or tok.low in _NUMBER_WORDS


def _past_relative_clauses(toks: _SentenceTokens, end: int, lex: _Lexicons) -> int:
    """The end of a clause that ends at ``end`` when a relative clause on its last noun interrupts it: past the
    relative clause to where the clause goes on ("sagte, der Fahrer, der betrunken war, sei geflohen": the clause is
    "der Fahrer … sei geflohen", not "der Fahrer")."""
    n = len(toks)
    for _ in range(_MAX_CLAUSES_LOOKED_AT):
        if end >= n - 2 or toks[end].text != "," or not lex.is_(toks[end + 1], "relative_pronoun"):
            break
        closing = _clause_end(toks, end + 1)
        if closing >= n - 1 or toks[closing].text != ",":
            break
        end = _clause_end(toks, closing + 1)
    return end


# verbs of perception whose anaphoric object is the proposition said before ("Das haben die Firmen erkannt"); tried
# and left out: "hören" (one more extra row on the news measure half), all verbs of perception ("das werden wir
# beobachten": a plan; news and SpkAtt measure precision down)
_SEEN_PROPOSITIONS = frozenset(("sehen", "erkennen"))


def _object_in_middle_field(toks: _SentenceTokens, k: int, lex: _Lexicons) -> int | None:
    """The anaphoric object ("das", "dies" standing alone) between the auxiliary of the clause and the participle at
    ``k`` that ends it, with other words between ("Die Ministerin hat das am Montag bestätigt"), or None; it stands
    for what was said before. (Tried with a modal and an infinitive too, "Wir werden das wieder aufgreifen": SpkAtt
    recall up on both halves, but CheckThat DE measure 0.7177 → 0.7176.)"""
    aux = toks.next_in_class("auxiliary", lex, _clause_start(toks, k))
    if aux >= k or not any("participle" in role for _, role in lex.verbs.get(toks[k].low, ())):
        return None
    for j in range(aux + 1, k):
        if toks[j].low in ("das", "dies") and not _is_article(toks, j, lex):
            return j
        if toks[j].low in lex.verbs or toks[j].text in ",;:" or toks[j].low in _COORDINATORS:
            return None  # ("ein neues Gerät und das kleine Modell vorstellen": an article in a list, no object of its own)
    return None


def _has_complement(toks: _SentenceTokens, k: int, lex: _Lexicons, konj1: set[int], verb_type: str = "speech") -> tuple[int, int] | None:
    """The complement clause of a reporting verb at ``k`` as a token range, or None.

    Anaphoric objects ("Sie wissen das") and dependent main clauses ("Ich glaube, die
    Zukunft …") count only for verbs of speech and cognition. ``konj1`` holds the
    Konjunktiv-I tokens of the sentence (the same set for every call on it).
    """
    loose = verb_type in ("speech", "cognition", "writing")
    n = len(toks)
    if loose and _parenthetical(toks, k, lex):
        # "Das sind, glaube ich, gute Nachrichten": the sentence; "Das ist richtig, finde ich.": what precedes,
        # as for a quotation before it ("„…“, sagte Beck, Spieler von Hoffenheim, …": an apposition follows)
        start = _clause_start(toks, k)
        if start >= 2 and toks[start - 2].text in _QUOTE_MARKS:
            return (_quotation_after_colon(toks, start - 2), start - 1)
        if _clause_end(toks, k) >= n - 1 or _relative_clause_ends(toks, _clause_end(toks, k), lex) or _tag_goes_on(toks, k, lex) \
                or _reported_after_tag(toks, k, lex, konj1) is not None or _colon_before_quotation(toks, _clause_end(toks, k)):  # fmt: skip
            return (0, start - 1)  # ("Die Panne habe Methode, sagte Berger: „…“": the quotation after the colon is its own)
        return (0, n)
    j = k + 1
    limit = min(n, k + 12)
    while j < limit:
        tok = toks[j]
        if tok.text == ":" and _score_colon(toks, j):
            j += 1  # "2:1-Führung", "mit 3:0": a score, no colon opening a message
            continue
        if tok.text == ":" or (tok.text in _OPEN_MARKS and tok.quote >= 0):
            return (j + 1 if tok.text == ":" else j, n)
        if tok.text in _DASHES and toks[j - 1].end < tok.start:
            close = toks.next_low(tok.text, j + 1)
            if close < min(n, j + _INSERTION_WORDS):  # "hat gezeigt – das wissen alle –, dass …": on past the remark
                j, limit = close + 1, min(n, close + 12)
                continue
        if tok.text == ",":
            nxt = toks[j + 1] if j + 1 < n else None
            if j > 0 and toks[j - 1].low in ("darin", "daraus", "dazu"):
                return None  # "besteht darin, dass": an explanation, not a report
            close = toks.next_low(",", j + 1) if _past_asides(toks, j, lex) > j else n
            if close + 1 < n and _own_particle(toks, k, close + 1, lex):
                j, limit = close + 1, min(n, close + 13)  # "gab am Montag, nach langen Verhandlungen, bekannt, dass …": on to its particle
                continue
            if nxt is not None and nxt.low in _PLACE_RELATIVES and _place_before(toks, k, j, lex):
                after = _clause_end(toks, j + 1)
                if verb_type != "speech" or after < n - 1 and toks[after].text == ",":
                    j = after  # "in Gegenden, wo …": a relative clause of the place, not what is said
                    continue
            if nxt is not None and _relative_of_place(toks, k, j, lex):
                after = _clause_end(toks, j + 1)
                if after < n - 1 and toks[after].text == ",":
                    j = after  # "schrieb in einer Erklärung, die im Netz steht, sie wolle …": about the statement
                    continue
            if nxt is not None and nxt.low == "wenn" and _wish_before(toks, k, lex):
                return (j + 1, n)  # "Ich würde mich freuen, wenn …", "würde es begrüßen, wenn …": a wish stated
            if nxt is not None and nxt.low in _COMPLEMENT_WORDS:
                if nxt.low == "wie" and _reporting_tag(toks, j + 1, lex):
                    return None  # "…, wie der Trainer meinte": who says so, not what is shown or asked
                return (j + 1, n)
            colon = _colon_after_apposition(toks, j + 1, lex)
            if colon is not None:  # "sagte Anna Berg, die Leiterin des Amtes: „…“": what follows the colon
                return (colon + 1, n)
            close = _apposition_closed(toks, j, k, lex)
            if close is not None:  # "sagte der Koordinator, Abebe Tessema, dass …": past the apposition to the message
                j, limit = close + 1, min(n, close + 12)
                continue
            end = _past_relative_clauses(toks, _clause_end(toks, j + 1), lex) if j + 1 < n else n
            if (_has_konj1(toks, konj1, j + 1, end) and not (nxt is not None and lex.is_(nxt, "subordinator") and nxt.low not in _COMPLEMENT_WORDS)
                    and not (verb_type == "decision" and _modal_before(toks, k))):  # fmt: skip
                return (j + 1, n)  # (not "…, wenn Israel die Angriffe nicht beende": a condition inside reported speech)
            if (loose and nxt is not None and _opens_main_clause(toks, j + 1, lex, k)
                    and (_verb_ends_clause(toks, k, j, lex) or _subject_then_substitute(toks, k, j, end, lex))
                    and not (_subordinate_clause(toks, k, lex) and (_finite_first(nxt, lex) or _clause_start(toks, k) == 0))):  # fmt: skip
                # a subordinate clause that opens the sentence fills the main clause's first place: what follows its
                # comma is that main clause ("Als der Kurator das Bild betrachtete, fiel ihm …"), not a message
                return (j + 1, n)  # "Ich glaube, die Zukunft liegt …": a dependent main clause
            if toks[j - 1].low == "daran" and toks[k].low.startswith("denk") and _zu_infinitive(toks, j + 1, end):
                return None  # "denkt nicht daran, aufzuhören": an intention, nothing thought or said
            if (verb_type in _INFINITIVE_REPORTS and nxt is not None and nxt.low not in _NOT_COMPLEMENT_INFINITIVES
                    and (_verb_ends_clause(toks, k, j, lex) or lex.is_(toks[j - 1], "verb_particle")  # "schlägt … vor, …"
                         or toks[j - 1].low in _CORRELATES or _own_particle(toks, k, j - 1, lex))  # "warnte davor, …", "gab bekannt, …"
                    and _zu_infinitive(toks, j + 1, end)):  # fmt: skip
                return (j + 1, n)  # "kündigte an, die Umstände untersuchen zu lassen": what is announced, asked, promised
            break
        if tok.low in ("dass", "ob") or tok.text in _CLAUSE_END:
            return (j, n) if tok.low in ("dass", "ob") else None
        j += 1
    # an anaphoric object stands for the proposition: "Sie wissen das", "ich glaube das auch"
    clause_end = _clause_end(toks, k)
    # "Das haben wir erkannt", "Man sieht es doch": seeing or recognising what was said before takes a position on it
    anaphoric = loose or verb_type == "perception" and any(e.lemma in _SEEN_PROPOSITIONS for e, _ in lex.verbs.get(toks[k].low, ()))
    after = _first_words(toks, k + 1, clause_end, 2) if anaphoric else []
    # an anaphoric object: the message runs to the end of the clause (at least three tokens past the verb)
    anaphoric_end = max(min(n, k + 4), clause_end)
    if (after and after[0].low in _ANAPHORIC_OBJECTS and not _is_article(toks, toks.next_word(k + 1), lex)
            or len(after) > 1 and lex.is_(after[0], "personal_pronoun") and after[1].low in _ANAPHORIC_OBJECTS):  # fmt: skip
        return None if k + 1 >= n else (k + 1, anaphoric_end)
    start = _strip_connectors(toks, _clause_start(toks, k), k, lex)  # "Aber das wissen Sie nicht"
    if anaphoric and toks[start].low in _ANAPHORIC_OBJECTS and start < k and not _is_article(toks, start, lex) and (
        k - start == 1 and after or toks.next_in_class("auxiliary", lex, start + 1) < k
    ):
        return (start, anaphoric_end)  # "das finde ich sehr gut", "Das muss man erkennen"
    if anaphoric and k >= 3 and not any(t.text[0].isalnum() for t in toks[k + 1 : clause_end]):
        if toks[k - 1].low in ("das", "dies") and lex.is_(toks[k - 2], "auxiliary"):
            return (k - 1, k)  # "Der Sprecher hat dies bestätigt": the object between the auxiliary and the participle
        held = _object_in_middle_field(toks, k, lex)
        if held is not None:
            return (held, held + 1)  # "Die Sprecherin hat das am Montag bestätigt": adverbials between
    # complement before the verb: "„…“, sagte er" / "Er sei …, sagte sie"
    if (1 < start < k and toks[start].low == "was" and toks[start - 1].text == "," and _verb_final(toks, k)
            and _clause_start(toks, start - 2) == 0 and not lex.is_(toks[0], "subordinator")
            and not any(t.low in lex.verbs for t in toks[: start - 1])
            and any(lex.is_(toks[j], "auxiliary") or _unknown_verb_like(toks, j, lex) for j in range(1, start - 1))):  # fmt: skip
        # "Die Zahl stieg auf 20, was die Polizei bestätigte": "was" takes up the clause before (not "Ich wiederhole,
        # was der Kollege gesagt hat": there the clause is the object of a verb before it; not "Das Erste, was …":
        # a noun phrase without a verb)
        return (0, start - 1)
    if (start > 0 and toks[start - 1].text in ",:" and start - 1 > 0
            and not (start < k and (lex.is_(toks[start], "subordinator") or lex.is_(toks[start], "relative_pronoun"))
                     and (_verb_final(toks, k) or toks[start].low != "was" and _auxiliaries_after(toks, k, lex)))
            and (start == k or toks[start].low in lex.verbs or lex.is_(toks[start], "auxiliary") or lex.is_(toks[start], "subordinator"))):  # fmt: skip
        # (not for a verb at the end of a clause opened by "dass", "weil" or a relative pronoun: no tag of what
        # precedes; nor for a clause that opens with its object, "„…“, seinen Titel verteidigt": a tag opens with its verb)
        last_before, first = toks[start - 2], toks[0]
        if last_before.text in _QUOTE_MARKS:
            return (_quotation_after_colon(toks, start - 2), start - 1)
        if _has_konj1(toks, konj1, 0, start - 1) or first.low in _COMPLEMENT_WORDS and not (
            first.low == "wie" and (_reporting_tag(toks, 0, lex) or _comparison(toks, start - 1, lex))
        ):  # fmt: skip
            # (not "Wie die Armee mitteilte, griff der Mann …": a tag, nothing the later verb reports; nor "Wie erwartet,
            # kritisierte der Rechnungshof …": a comparison)
            return (0, start - 1)
    return None


def _elliptical_wie(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """A participle right after "wie" (and adverbs: "wie bereits berichtet", "wie schon mehrfach angekündigt") with no
    auxiliary after it: a comparison without a clause of its own, by which an outlet refers to its earlier coverage
    ("Die Partei hat wie berichtet …") or to what was announced. A "wie" clause that tags a speaker ends in its verb
    after the subject; what follows the participle here is the sentence's own clause, not a speaker."""
    j = k - 1
    while j > 0 and j >= k - 3 and (lex.is_(toks[j], "connector") or toks[j].low in _FOCUS_PARTICLES or toks[j].text.isalpha()
                                     and toks[j].text.islower() and not toks[j].low.endswith(("t", "te", "ten", "en"))
                                     and not lex.words.get(toks[j].low)):  # fmt: skip
        j -= 1  # adverbs: "wie bereits berichtet", "wie schon mehrfach angekündigt" (not another verb: "Wie angekündigt legte …")
    if j < 0 or toks[j].low != "wie" or toks[-1].text == "?":
        return False  # "Wie berichtet die Zeitung darüber?": a question
    if k + 1 < len(toks) and (lex.is_(toks[k + 1], "auxiliary") or lex.is_(toks[k + 1], "passive_auxiliary")):
        # "wie berichtet wird, …": a passive tag ending in its auxiliary; "Wie berichtet hatte die Behörde …": the
        # auxiliary of the sentence's own clause
        return k + 2 < len(toks) and toks[k + 2].text[:1].isalnum()
    return True


def _comparison_prefield(toks: _SentenceTokens, start: int, fin: int, lex: _Lexicons) -> bool:
    """Whether "wie" at ``start`` opens an elliptical comparison that fills the first place of a main clause whose
    finite verb ``fin`` follows it ("Wie berichtet hatte das Ministerium …", "Wie erwartet sollen die Preise …"): only
    lower-case adverbs and a participle between (a comparison, :func:`_comparison`, without the phrases it may hold:
    "wie auf im Internet verbreiteten Bildern zu sehen war" is a clause), and the verb is not the last of its clause."""
    return (toks[start].low == "wie" and fin - start <= 5 and not _verb_final(toks, fin)
            and all(t.text.isalpha() and t.text.islower() and not lex.is_(t, "preposition") for t in toks[start + 1 : fin])
            and _comparison(toks, fin, lex, start))  # fmt: skip


def _comparison(toks: _SentenceTokens, end: int, lex: _Lexicons, start: int = 0) -> bool:
    """A "wie" phrase at ``start`` up to ``end`` without a clause of its own: no subject, no auxiliary ("Wie erwartet",
    "Wie berichtet", "Wie schon im Vorjahr", "Wie bei der letzten Wahl"). An indirect question has a subject ("Wie es
    weitergeht", "Wie die Firma das schaffen will"); a noun after a preposition is no subject."""
    after_preposition = False
    for tok in toks[start + 1 : end]:
        if lex.is_(tok, "preposition"):
            after_preposition = True
        elif lex.is_(tok, "auxiliary") or lex.is_(tok, "personal_pronoun") or tok.low in ("es", "man"):
            return False
        elif not after_preposition and (lex.is_(tok, "determiner") or tok.text[:1].isupper()):
            return False
    return end > start + 1


def _apposition_closed(toks: _SentenceTokens, comma: int, k: int, lex: _Lexicons) -> int | None:
    """The comma closing a name set off by commas right after the subject that follows the verb at ``k`` ("sagte
    der Koordinator, Abebe Tessema, dass …"), when a complement word or a clause follows it; else None."""
    if comma - k > 8 or comma + 2 > len(toks) or not toks[comma + 1].text[:1].isupper():
        return None
    last = len(toks)
    while last > comma + 1 and not toks[last - 1].text[:1].isalnum() and toks[last - 1].text != ")":
        last -= 1  # the sentence's closing punctuation
    if last - comma - 1 <= 7 and _personal_name(toks[comma + 1 : last], lex) and any(lex.is_(t, "determiner") for t in toks[k + 1 : comma]) \
            and all(t.text not in ",;:" and not re.search(r"-[a-zäöü]", t.text) for t in toks[comma + 1 : last]):  # fmt: skip
        # "…, sagte der Landrat, Tobias Hein." "…, so die Sprecherin, Eva Roth (SPD).": a role, then the name ends the
        # sentence (not "…, vermutet Josef Kalina, SPÖ-naher Berater": a name, then the role)
        return last
    close = toks.next_low(",", comma + 1)
    if close + 1 >= len(toks) or close - comma > 5 or np_forward(toks, comma + 1, close, lex) != close:
        return None
    if not all(name_word(t.text) for t in toks[comma + 1 : close]):
        return None  # a name only: "…, der Leiter des Amtes, …" may be an object's apposition
    nxt = toks[close + 1]
    return close if nxt.low in _COMPLEMENT_WORDS or lex.is_(nxt, "preposition") else None


def _colon_before_quotation(toks: _SentenceTokens, j: int) -> bool:
    """Whether a colon at ``j`` opens a quotation right after it ("…, sagte Berger: „Das ist kein Zufall.“")."""
    return j + 2 < len(toks) and toks[j].text == ":" and toks[j + 1].text in _OPEN_MARKS and toks[j + 2].quote >= 0


def _quotation_after_colon(toks: _SentenceTokens, closing: int) -> int:
    """Where the message of a speech tag after the quotation closing at ``closing`` begins: at the quotation's
    opening mark when a colon ends a clause before it ("Er äußerte sich besorgt: „…“, sagte er": the clause
    before the colon is no part of what the tag reports), else at the sentence's start."""
    j = closing - 1
    while j > 0 and toks[j].quote >= 0:
        j -= 1
    return j if 0 < j < closing - 1 and toks[j].text in _OPEN_MARKS and toks[j - 1].text == ":" else 0


def _score_colon(toks: _SentenceTokens, j: int) -> bool:
    """Whether the colon at ``j`` stands between two figures with no space ("2:1", "3:0-Sieg"): a score or ratio."""
    return 0 < j < len(toks) - 1 and toks[j - 1].text[-1:].isdigit() and toks[j + 1].text[:1].isdigit() \
        and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start  # fmt: skip


_WISH_LEMMAS = frozenset(("freuen", "begrüßen", "wünschen", "finden", "bedauern"))
_CONDITIONAL_AUXILIARIES = frozenset(("würde", "würden", "würdest", "würdet", "wäre", "wären", "fände", "fänden"))


def _wish_before(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether the verb at ``k`` states a wish in the conditional, so that a wenn-clause after it is what is
    wished ("Ich würde mich freuen, wenn …", "Die Partei würde es begrüßen, wenn …"); not a plain condition."""
    if not any(entry.lemma in _WISH_LEMMAS for entry, _ in lex.verbs.get(toks[k].low, ())) and toks[k].low not in ("fände", "fänden"):
        return False
    return any(t.low in _CONDITIONAL_AUXILIARIES for t in toks[_clause_start(toks, k) : k + 1])


def _modal_before(toks: _SentenceTokens, k: int) -> bool:
    """Whether a modal verb of obligation or possibility stands in the clause of the infinitive at ``k`` before
    it ("müsse die Regierung dem Einsatz zustimmen, es müsse …": a condition someone states, not a decision)."""
    start = _clause_start(toks, k)
    return any(toks[j].low in _OWED_OR_POSSIBLE for j in range(start, k))


def _quoted_phrase_after(toks: _SentenceTokens, k: int) -> tuple[int, int] | None:
    """A quoted phrase in lower case in the clause after the verb at ``k`` ("sieht eine „historische Chance“",
    "hält den Schritt für „überfällig“"): the subject's own words, for verbs that otherwise need a clause.
    A quotation in capitals may be a title ("sah den „Tatort“"). Token range from the opening mark."""
    end = _clause_end(toks, k)
    for j in range(k + 1, min(end, k + 8) - 1):
        if toks[j].text in _OPEN_MARKS and toks[j + 1].quote >= 0 and toks[j].quote < 0:
            return (j, end) if toks[j + 1].text[:1].islower() else None
    return None


def _colon_after_apposition(toks: _SentenceTokens, s: int, lex: _Lexicons) -> int | None:
    """The index of a colon right after a noun phrase (with phrases) that starts at ``s``: an apposition or
    address between a speech verb's comma and what is said ("…, der Geschäftsführer des Unternehmens: „…“",
    "…, meine Damen und Herren: …"), or None."""
    end = np_forward(toks, s, len(toks), lex) if s < len(toks) else None
    if end is None:
        return None
    end = _after_phrases(toks, end, lex)
    return end if end < len(toks) and toks[end].text == ":" else None


_NOT_COMPLEMENT_INFINITIVES = frozenset(("um", "ohne", "statt", "anstatt", "außer"))  # purpose and manner, not content
# verbs whose infinitive with "zu" is what was said: announced, promised, demanded, claimed ("behauptet, es zu
# wissen"); a decision's ("untersagte, das Gelände zu betreten") is a rule, not a report
_INFINITIVE_REPORTS = frozenset(("speech", "demand", "cognition", "writing"))


# pronominal adverbs that announce the clause after the comma ("warnte davor, …", "plädiert dafür, …")
_CORRELATES = frozenset(("davor", "dafür", "darauf", "darum", "dagegen", "daran", "darüber", "davon", "damit"))


def _own_particle(toks: _SentenceTokens, k: int, p: int, lex: _Lexicons) -> bool:
    """Whether ``toks[p]`` is the separable particle of the verb at ``k`` ("gab … bekannt")."""
    return any(entry.particle and entry.particle == toks[p].low for entry, _ in lex.verbs.get(toks[k].low, ()))


def _zu_infinitive(toks: _SentenceTokens, a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` (a clause) ends in an infinitive with "zu": "zu senken", "untersuchen zu lassen",
    or with "zu" inside a particle verb ("anzusprechen", "aufzuheben")."""
    last = b - 1
    while last > a and not toks[last].text[0].isalnum():
        last -= 1
    if last <= a:
        return False
    word = toks[last]
    if not (word.text.isalpha() and word.text.islower() and word.low.endswith(("en", "ern", "eln"))):
        return False
    return toks[last - 1].low == "zu" or "zu" in word.low[2:-4] and word.low.index("zu", 2) <= 5


def _decided_infinitive(toks: _SentenceTokens, k: int) -> tuple[int, int] | None:
    """The infinitive with "zu" right after the comma that follows a passive participle of deciding at ``k``
    ("Außerdem wurde beschlossen, einen Gutachter zu beauftragen"): what was decided, as a clause would say it.
    None otherwise (an infinitive of purpose, "um … zu", is no content)."""
    comma = k + 1
    if comma + 1 >= len(toks) or toks[comma].text != "," or toks[comma + 1].low in _NOT_COMPLEMENT_INFINITIVES:
        return None
    end = _clause_end(toks, comma + 1)
    return (comma + 1, len(toks)) if _zu_infinitive(toks, comma + 1, end) else None


def _relative_clause_ends(toks: _SentenceTokens, comma: int, lex: _Lexicons) -> bool:
    """Whether a relative clause after the comma at ``comma`` ends the sentence ("…, betonte Lund, der das Amt
    seit 2015 innehat."): it is about the speaker of the tag before it, and the tag ends what is reported."""
    n = len(toks)
    if not (comma < n - 2 and toks[comma].text == "," and lex.is_(toks[comma + 1], "relative_pronoun")):
        return False
    end = _clause_end(toks, comma + 1)
    # a relative clause ends with its verb, in lower case (not "…, warnte er, die Organisatoren verfolgten eigene Ziele":
    # an article opening the reported clause)
    last = min(end, n) - 1
    if toks[last].text in (".", "!", "?"):
        last -= 1
    return end >= n - 1 and toks[last].text.isalpha() and toks[last].text.islower()


def _parenthetical(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """A verb-first clause of just the verb and its subject set off by commas inside or at the end of
    a sentence ("…, glaube ich, …", "…, meinen die Grünen."): the sentence is what is reported. The
    words before it must not open a subordinate clause ("Als er kam, wusste ich …" is a main clause)."""
    comma = k - 2 if k >= 3 and toks[k - 1].low == "so" else k - 1  # "…, so fürchtet die Ärztin, …"
    if comma < 1 or toks[comma].text != "," or lex.is_(toks[0], "subordinator"):
        return False
    if comma == k - 1 and (_prepositional_prefield(toks, comma, lex) or k + 1 < len(toks) and lex.is_(toks[k + 1], "preposition")
                           and len(_comma_segments(toks, 0, comma)) >= 2 and _apposition_prefield(toks, k, lex) is not None):  # fmt: skip
        # "In einer Rede, die er am Abend hielt, sagte der Minister, …", "Der Leiter, Peter Lang, sagte gegenüber der
        # BBC, …": the verb of the main clause after its first place
        return False
    end = _clause_end(toks, k)
    last = len(toks) - 1 if toks[-1].text in (".", "!", "?") else len(toks)
    if not (end >= last or toks[end].text in (",", "–", "-") or _colon_before_quotation(toks, end)):
        return False
    end = min(end, last)
    s = _skip_adverbials(toks, k + 1, end, lex)
    if s >= end:
        return False
    if lex.is_(toks[s], "personal_pronoun"):
        subject_end = s + 1
    else:
        subject_end = np_forward(toks, s, end, lex)
    if subject_end is None:
        return False
    rest = _skip_adverbials(toks, subject_end, end, lex)
    if _coordinated_report(toks, rest, lex):
        return True  # "…, sagt die Ärztin und erklärt, warum …": the speaker goes on with a report of its own
    # after the subject at most two words: an adverb of how many hold the view ("nehmen Beobachter allgemein
    # an", "meinen Fachleute übereinstimmend") and the verb's separable particle ("…, nimmt die Ministerin an.")
    if rest < end and toks[end - 1].text.islower() and _own_particle(toks, k, end - 1, lex):
        if subject_end - s > 3 and not any(t.low in _GENITIVE_ARTICLES for t in toks[s + 2 : subject_end]):
            return False  # "…, legten die Gäste Kränze und Blumen nieder": an object, not a short subject (but "…, teilte
            # ein Sprecher der Stadt mit": a genitive after the subject's noun)
        end -= 1
    if rest < end and toks[rest].low in _ADVERBIAL_PREPOSITIONS and end - rest <= 4 and not any(
        toks[j].low in lex.verbs or lex.is_(toks[j], "auxiliary") or toks[j].text in _QUOTE_MARKS for j in range(rest + 1, end)
    ):  # fmt: skip
        return True  # "…, sagte sie am Montag.", "…, sagte der Sprecher gegenüber der APA.": when or to whom
    return end - rest <= 1 and all(toks[j].low in _CONSENSUS_ADVERBS or _day_word(toks[j].low) for j in range(rest, end))


def _coordinated_report(toks: _SentenceTokens, j: int, lex: _Lexicons) -> bool:
    """Whether ``j`` is a reporting verb that a coordinator joins to the predicate before it ("und fügt hinzu")."""
    return 0 < j < len(toks) and toks[j - 1].low in _COORDINATORS and toks[j].low in lex.verbs


def _tag_goes_on(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether the tag at ``k`` after a clause goes on with a second reporting verb of its speaker ("Die Lage
    ist ernst, sagt die Ärztin und erklärt, warum …"): the clause before the tag is its message, what
    follows the second verb that verb's."""
    end = _clause_end(toks, k)
    return any(_coordinated_report(toks, j, lex) for j in range(k + 1, min(end, k + _TAG_REACH)))


# a tag's verb, its subject and adverbials: how far a coordinated second verb is looked for
_TAG_REACH = 12


# adverbs after the subject of a parenthetical report that say how widely the view is held, or that the speaker
# goes on ("…, sagte die Anwältin weiter.")
_CONSENSUS_ADVERBS = frozenset(("allgemein", "übereinstimmend", "einhellig", "mehrheitlich", "einmütig", "unisono",
                                "weithin", "ebenfalls", "auch", "weiter"))  # fmt: skip


def _is_article(toks: _SentenceTokens, j: int, lex: _Lexicons) -> bool:
    """"Das Werk", "das neue Werk": the word at ``j`` is an article before a noun, not a pronoun ("Das wissen Sie")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or lex.is_(nxt, "personal_pronoun"):
        return False
    if nxt.text[0].isupper() and nxt.text[0].isalpha():
        return True
    after = toks[j + 2] if j + 2 < len(toks) else None
    return (nxt.low not in lex.verbs and _adjective_like(nxt) and after is not None and after.text[0].isupper()
            and not lex.is_(after, "personal_pronoun"))  # fmt: skip


def _reported_after_tag(toks: _SentenceTokens, k: int, lex: _Lexicons, konj1: set[int]) -> tuple[int, int] | None:
    """The second reported clause of a sentence whose speech tag at ``k`` stands between two ("Die Lage sei
    ernst, sagte der Minister, man werde aber helfen."): the words after the tag's comma, when both sides have a
    verb in Konjunktiv I; they are a message of their own, as a quotation split by its tag is two. None when
    the tag splits one clause ("Das sind, glaube ich, gute Nachrichten", "Der Plan werde, sagte er, teuer")."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    if start < 2 or end >= len(toks) - 1 or toks[end].text != ",":
        return None
    if not (_has_konj1(toks, konj1, 0, start - 1) and _has_konj1(toks, konj1, end + 1, len(toks))
            or _subjunctive_clause_after(toks, start, end, lex, konj1)):
        return None
    if lex.is_(toks[end + 1], "subordinator") or lex.is_(toks[end + 1], "relative_pronoun") and not _is_article(toks, end + 1, lex):
        return None  # "…, sagte der Minister, der seit Mai im Amt sei": about the speaker, not a second message
    return (end + 1, len(toks))


_NOT_VERBS = ("determiner", "preposition", "conjunction", "genitive_link", "quantifier", "personal_pronoun")


def _subjunctive_clause_after(toks: _SentenceTokens, start: int, end: int, lex: _Lexicons, konj1: set[int]) -> bool:
    """Whether the words after a medial tag (its clause ``toks[start:end]``) are a reported clause of their own
    though those before it show no Konjunktiv I ("Die Sanktionen zeigten Wirkung, sagte der Minister, sie
    müssten aber verschärft werden"): a subject opens them and a subjunctive verb follows it (Konjunktiv I or a
    Konjunktiv II standing in for one), and at least three words stand before the tag, one of them lower-case
    and no function word (a verb there). A verb right after the tag's comma continues the clause before it ("Das
    Geld, sagte er, hätten die Banken abgeschrieben")."""
    first = end + 1
    if toks.count_words(0, start - 1) < 3 or not _opens_main_clause(toks, first, lex):
        return False
    if not any(t.text.isalpha() and t.text.islower() and not any(lex.is_(t, c) for c in _NOT_VERBS) for t in toks[: start - 1]):
        return False  # "Ein Sprecher der Polizei, Lars Beringer, sagte, …": a noun phrase before the verb, no clause
    if toks[first].i in konj1 or toks[first].low in KONJ2_SUBSTITUTES:
        return False
    return any(t.i in konj1 or t.low in KONJ2_SUBSTITUTES and t.text.islower() for t in toks[first + 1 : _clause_end(toks, first) + 1])


def _has_konj1(toks: _SentenceTokens, konj1: set[int], a: int, b: int) -> bool:
    """Whether a Konjunktiv-I token (``konj1``, the sentence's) stands in ``toks[a:b]``."""
    if not konj1:
        return False
    found = toks.positions("konj1", lambda: [k for k, t in enumerate(toks) if t.i in konj1])
    return toks.next_in(found, a) < b


def _first_words(toks: _SentenceTokens, a: int, b: int, limit: int) -> list[Token]:
    """The first ``limit`` word tokens (not punctuation) of ``toks[a:b]``."""
    words: list[Token] = []
    j = toks.next_word(a)
    while j < b and len(words) < limit:
        words.append(toks[j])
        j = toks.next_word(j + 1)
    return words


_COORDINATORS = frozenset(("und", "sowie", "oder"))


def _names_listed_before(toks: _SentenceTokens, s: int, lex: _Lexicons) -> int:
    """Where a list of personal names set off by commas begins that ends in the coordination starting at ``s``
    ("Anna Lind, Paul Steiner und Eva Roth"): each item two or three name-shaped words that are no article, function
    word or noun of the lexicons; ``s`` when no such item stands before it."""
    while s >= 3 and toks[s - 1].text == ",":
        p = s - 1
        while p > 0 and s - 1 - p < 3 and name_word(toks[p - 1].text) and not lex.is_(toks[p - 1], "determiner") \
                and not lex.words.get(toks[p - 1].low) and toks[p - 1].low not in lex.nouns \
                and not toks[p - 1].low.endswith(_COMMON_NOUN_SUFFIXES):  # fmt: skip
            p -= 1
        if not 2 <= s - 1 - p <= 3 or p > 0 and toks[p - 1].text != ",":
            break
        s = p
    return s


def _first_clause_subject(toks: _SentenceTokens, lex: _Lexicons) -> tuple[int, int] | None:
    """The subject in the prefield of the sentence's first finite verb, or None."""
    first_fin = next((k for k, t in enumerate(toks) if t.low in lex.verbs or lex.is_(t, "auxiliary")), None)
    if first_fin is None or first_fin == 0:
        return None
    start = _strip_connectors(toks, 0, first_fin, lex)
    subject = _prefield_subject(toks, start, first_fin, lex)
    if subject is None and lex.is_(toks[start], "subordinator"):
        # "Als ein Fluggast half, biss der Mann ihn und rief: …": a subordinate clause fills the prefield; the main
        # clause's verb follows its comma, and its subject that verb
        comma = _clause_end(toks, start)
        verb = comma + 1
        if comma < first_fin and toks[comma].text == "," and verb <= first_fin and toks[verb].text.isalpha() and toks[verb].text.islower():
            after = find_subject(toks, verb, lex, None)
            if after is not None and after[0] > verb:
                return after
    if subject is None:
        # "Dann stand der Minister auf und sagte, …", "Am Montag trat die Ministerin vor die Presse und sagte, …": an
        # adverbial fills the prefield, the subject follows the first verb (one the lexicons may not list)
        verb = next((j for j in range(1, first_fin) if _unknown_verb_like(toks, j, lex)), first_fin)
        after = find_subject(toks, verb, lex, None)
        return after if after is not None and after[0] > verb else None
    if subject is not None and any(_unknown_verb_like(toks, j, lex) for j in range(subject[0] + 2, subject[1])):
        # "Der Mann biss den Helfer und rief: …": a verb the lexicons do not list ends the first clause's prefield
        return _clause_subject(toks, start, first_fin, lex)
    if subject is not None:
        found = find_subject(toks, first_fin, lex, None)
        finite = any(role.startswith("finite") for _, role in lex.verbs.get(toks[first_fin].low, ()))
        if found is not None and found[0] > first_fin and subject[1] == first_fin and finite:
            return found  # "Die Äußerungen bezeichnete Berger als … und glaubt, …": an object first, the subject after the verb
    return subject


def _unknown_verb_like(toks: _SentenceTokens, j: int, lex: _Lexicons) -> bool:
    """A word in lower case that no word class claims, after the noun of a phrase: the finite verb of a clause
    ("Der Mann biss …", "Die Ministerin von nebenan kam …")."""
    tok = toks[j]
    if not (tok.text.isalpha() and tok.text.islower() and toks[j - 1].text[:1].isalpha() and not lex.words.get(tok.low)):
        return False
    if not _adjective_like(tok):
        return True
    # a past form in -te after a noun and before an article or a noun is the verb ("Die Polizei sperrte die Straße …",
    # "Die Streikenden blockierten Straßen"): an adjective stands before its noun, not between a noun and an article
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (tok.low.endswith(("te", "ten")) and toks[j - 1].text[:1].isupper() and nxt is not None
            and (lex.is_(nxt, "determiner") or lex.is_(nxt, "personal_pronoun") or nxt.text[:1].isupper() and nxt.text.isalpha()))  # fmt: skip


def _opens_main_clause(toks: _SentenceTokens, j: int, lex: _Lexicons, verb: int | None = None) -> bool:
    """Whether ``toks[j:]`` starts a clause of its own, not a relative clause, an infinitive or a list. Right
    after the comma behind the verb at ``verb`` ("Ich hoffe, das ist bekannt") a "das" has no noun to relate
    to: it is a demonstrative opening a main clause."""
    tok = toks[j]
    if verb is not None and j == verb + 2 and tok.low in ("das", "dies") and j + 1 < len(toks) and toks[j + 1].text[0].islower():
        nxt = toks[j + 1]
        # not ", das zehn Minuten zu spät begann", ", das am Montag begann": a relative clause on a noun before the verb
        return nxt.low not in _NUMBER_WORDS and not nxt.text[0].isdigit() and not lex.is_(nxt, "preposition")
    if lex.is_(tok, "relative_pronoun") and j + 1 < len(toks):
        nxt = toks[j + 1]
        after = toks[j + 2] if j + 2 < len(toks) else None
        article = nxt.text[0].isupper() or (_adjective_like(nxt) and after is not None and after.text[0].isupper())
        if not article:
            return False  # ", die wir …": a relative clause; ", die wirtschaftliche Zukunft …" is not
    if tok.low in ("und", "oder", "aber", "sondern", "um", "ohne", "statt") or lex.is_(tok, "subordinator"):
        return False  # a conjunction, an infinitive or an adverbial clause ("…, bis sie gestoppt wurde")
    end = _clause_end(toks, j)
    if tok.low in _FOCUS_ADVERBS and not any(_verb_like_word(t, lex) for t in toks[j + 1 :]):
        return False  # "…, insbesondere für die Kinder": a phrase that narrows what came before, no clause
    return toks.count_words(j, end) >= 3


def _verb_like_word(tok: Token, lex: _Lexicons) -> bool:
    """A word that may be a verb: lower case and no function word other than an auxiliary or modal."""
    return tok.text[:1].islower() and tok.text.isalpha() and (not lex.words.get(tok.low) or lex.is_(tok, "auxiliary")
                                                              or lex.is_(tok, "modal"))  # fmt: skip


_PLACE_RELATIVES = frozenset(("wo", "wohin", "woher"))
_FREE_RELATIVES = frozenset(("was", "wie", "wer", "wen", "wem", "wessen", "welche", "welcher", "welches")) | _PLACE_RELATIVES


def _place_before(toks: _SentenceTokens, k: int, comma: int, lex: _Lexicons) -> bool:
    """Whether a prepositional phrase ending in a noun stands between the verb at ``k`` and the comma
    ("findet man in Gegenden, wo …", "sagte in der Halle, wo …"): a "wo" after it relates to that place."""
    return comma - 1 > k and toks[comma - 1].text[:1].isupper() and any(lex.is_(t, "preposition") for t in toks[k + 1 : comma - 1])


def _passive_relative(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether the passive verb at ``k`` stands in a relative clause with no agent on the noun of a phrase
    ("schrieb in einer Erklärung, die auf der Homepage veröffentlicht wurde, …"): the relative pronoun is what
    was published or said; a clause after it is the main verb's message, not this verb's."""
    start = _clause_start(toks, k)
    return (start >= 3 and toks[start - 1].text == "," and lex.is_(toks[start], "relative_pronoun")
            and not _is_article(toks, start, lex) and _agent(toks, k, lex) is None
            and any(lex.is_(t, "preposition") for t in toks[max(0, start - 4) : start - 2]))  # fmt: skip


def _relative_of_place(toks: _SentenceTokens, k: int, comma: int, lex: _Lexicons) -> bool:
    """Whether the comma at ``comma`` opens a relative clause on the noun of a phrase after the verb at ``k``
    ("sagte in einem Interview, das am Sonntag lief, …"): a relative pronoun that is no article, not followed by
    its verb at once ("sagte in Berlin, das sei falsch" is the message)."""
    if comma + 2 >= len(toks) or not _place_before(toks, k, comma, lex):
        return False
    pronoun = toks[comma + 1]
    return (lex.is_(pronoun, "relative_pronoun") and not _is_article(toks, comma + 1, lex)
            and not _finite_first(toks[comma + 2], lex))  # fmt: skip


def _subordinate_clause(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether the verb at ``k`` stands in a clause opened by a subordinator ("Wenn die Firma schließt, verlieren
    …", "Ob die Schule schließt, entscheidet …"): the main clause after its comma is no message of that verb."""
    start = _clause_start(toks, k)
    first = toks[start]
    if not lex.is_(first, "subordinator") or first.low in _FREE_RELATIVES or start + 1 >= k:
        return False  # "Das, was Sie ausführen, ist …": the relative word is the verb's object, left to the other rules
    second = toks[start + 1]  # "Da habe ich gemeint, …": "da" as an adverb before the finite verb of a main clause
    return not (lex.is_(second, "auxiliary") or second.low in lex.verbs)


_CLOSED_CLASSES = ("determiner", "personal_pronoun", "preposition", "quantifier", "connector", "conjunction", "particle",
                   "relative_pronoun", "subordinator", "reflexive")  # fmt: skip


def _finite_first(tok: Token, lex: _Lexicons) -> bool:
    """Whether ``tok`` looks like the finite verb that opens the main clause after a fronted subordinate clause
    ("Wenn die Firma schließt, verlieren …", "…, dann"): an auxiliary or verb, a lower-case word with a verb
    ending outside the closed classes, or "dann"/"so"."""
    if tok.low in ("dann", "so") or lex.is_(tok, "auxiliary") or tok.low in lex.verbs:
        return True
    return tok.text[:1].islower() and tok.low.endswith(("t", "en", "te", "ten")) and not any(lex.is_(tok, c) for c in _CLOSED_CLASSES)


def _subject_then_substitute(toks: _SentenceTokens, k: int, comma: int, end: int, lex: _Lexicons) -> bool:
    """Whether only the verb's subject stands between the verb at ``k`` and the comma, and the clause after the comma
    has a Konjunktiv-II form that stands in for Konjunktiv I ("Dann sagte die Ministerin, die Bauern müssten sparen"):
    reported speech whose Konjunktiv I would look like the indicative."""
    subject = _post_verbal_subject(toks, k, lex)
    if subject is None or subject[0] != k + 1 or subject[1] != comma:
        return False
    return any(t.low in KONJ2_SUBSTITUTES and t.text[:1].islower() for t in toks[comma + 1 : end])


def _verb_ends_clause(toks: Sequence[Token], k: int, comma: int, lex: _Lexicons) -> bool:
    """Between the verb and the comma stand at most its subject pronoun and a particle ("glaube ich,"), or a
    phrase of the day it was said ("sagte am Montag,", "erklärte er gestern,")."""
    between = [t for t in toks[k + 1 : comma] if t.text[0].isalnum()]
    if len(between) <= 2 and all(lex.is_(t, "personal_pronoun") or lex.is_(t, "reflexive") or len(t.text) <= 4 for t in between):
        return True
    if not (0 < len(between) <= 3 and _day_word(between[-1].low) and comma + 1 < len(toks) and toks[comma + 1].text.isalpha()):
        return False  # (not "findet am Freitag, 17. Dezember, statt": the date goes on)
    last = next((t for t in reversed(toks[comma + 1 :]) if t.text[:1].isalnum()), None)
    if last is not None and any(entry.particle and entry.particle == last.low for entry, _ in lex.verbs.get(toks[k].low, ())):
        return False  # the verb's particle closes the sentence: one clause, no message after the comma
    return all(lex.is_(t, "personal_pronoun") or t.low in _ADVERBIAL_PREPOSITIONS or lex.is_(t, "determiner") for t in between[:-1])


def _find_in_sentence(doc: Doc, sent_id: int, toks: _SentenceTokens, lex: _Lexicons, konj1: set[int], found: list[Attribution]) -> None:
    row = doc.sentences[sent_id]
    sentence_span = (row["start"], row["end"])
    covered: set[int] = set()
    before = len(found)
    first_subject: list[tuple[int, int] | None] = []  # found when a cue first asks for it (most sentences have none)

    def subject_of_first_clause() -> tuple[int, int] | None:
        if not first_subject:
            first_subject.append(_first_clause_subject(toks, lex))
        return first_subject[0]

    phrase_hits = _phrase_hits(toks, lex)
    taken = {k for first, last, _, _ in phrase_hits for k in range(first, last)}
    phrase_hits += [hit for hit in _nach_hits(toks, lex) if hit[0] not in taken]
    phrase_hits += [hit for hit in _rede_hits(toks) if hit[0] not in taken]
    phrase_hits += _wonach_hits(toks, lex)
    for first, last, form, _phrase in phrase_hits:
        if toks[first].quote >= 0 and doc.quotes[toks[first].quote].n_words >= _QUOTE_MIN_WORDS:
            continue  # inside a quotation: the quoted speaker's attribution
        covered.update(range(first, last))
        cue = (toks[first].i, toks[last - 1].i + 1)
        if form == "according_to":
            attribution = _according_to(doc, sent_id, toks, first, last, lex, sentence_span, subject_of_first_clause())
            if attribution.source is None and (toks[first].low in ("laut", "gemäß", "für", "aus", "wie") or toks[first].low in _VIEW_COPULAS
                                               or _addressee_possessive(toks, first)):  # fmt: skip
                continue  # "laut rumschreien": the adverb, not "according to"; "Für 2025 steht fest": no one's view; "wie
                # schon berichtet": the outlet's cross-reference;
                # "Was ist Ihrer Meinung nach …?": the reader or interviewee is asked for a view, nobody gives one
            if attribution.source is not None and first == toks.cached("citing_phrase", lambda: _citing_phrase(toks)) \
                    and not _cited_source(toks, first + 3, attribution.source[1] - toks[0].i, lex):  # fmt: skip
                continue  # "mit Verweis auf die schlechte Ernte": a reason given, not a source cited
            if attribution.via is not None:
                # "laut X, der von Y zitiert wird": the relative clause is part of this attribution
                via_last = attribution.via[1] - 1 - toks[0].i
                covered.update(range(first, _clause_end(toks, via_last) + 1))
            found.append(attribution)
        elif form == "agentless":
            insider = _from_within(toks, _clause_start(toks, first), _clause_end(toks, last - 1), lex)
            if insider is not None:  # "Aus Regierungskreisen verlautete", "Aus dem Ministerium hieß es": from within X
                found.append(Attribution(sent_id, cue, "according_to" if toks[_clause_start(toks, first)].low == "wie" else "indirect",
                                         source=(toks[insider[0]].i, toks[insider[1] - 1].i + 1), cue_type="speech",
                                         content=_content(toks, _has_complement(toks, last - 1, lex, konj1), sentence_span)))  # fmt: skip
                continue
            start = _clause_start(toks, first)
            document = _document_source(toks, start, _clause_end(toks, last - 1), lex) or _document_before_relative(toks, start, lex)
            if document is not None:  # "In dem Bericht heißt es, …": the document says it
                found.append(Attribution(sent_id, cue, "according_to", source=(toks[document[0]].i, toks[document[1] - 1].i + 1),
                                         cue_type="according_to", content=_content(toks, _has_complement(toks, last - 1, lex, konj1), sentence_span)))  # fmt: skip
                continue
            agent = _named_by(toks, start, _clause_end(toks, last - 1), lex)
            if agent is not None:  # "…, hieß es von der Polizei", "Seitens der Stadt hieß es, …": the body says it
                complement = _has_complement(toks, last - 1, lex, konj1)
                if complement is None and start >= 2 and toks[start - 1].text == ",":
                    complement = (0, start - 1)  # the words before the tag ("Es gebe keine Hinweise, hieß es von …")
                found.append(Attribution(sent_id, cue, "indirect", source=(toks[agent[0]].i, toks[agent[1] - 1].i + 1),
                                         cue_type="speech", content=_content(toks, complement, sentence_span)))  # fmt: skip
                continue
            if toks[last - 1].low == "nach" and last - first > 2 and toks[last - 2].text[:1].isupper():
                # "Dem Vernehmen nach": the postposition's noun phrase is the source span, an unnamed one (what is heard),
                # as "nach ersten Angaben" has "ersten Angaben"
                found.append(Attribution(sent_id, cue, "according_to", source=(toks[first].i, toks[last - 2].i + 1), cue_type="according_to",
                                         content=sentence_span))  # fmt: skip
                continue
            giver = _reason_giver(doc, sent_id, toks, lex)
            if giver is not None:  # "Als Begründung hieß es, …": the one who acted in the sentence before gives the reason
                found.append(Attribution(sent_id, cue, "indirect", source=giver, cue_type="speech",
                                         content=_content(toks, _has_complement(toks, last - 1, lex, konj1), sentence_span)))  # fmt: skip
                continue
            found.append(Attribution(sent_id, cue, "agentless", cue_type="agentless", content=sentence_span))
        else:  # speech_phrase: behaves like a reporting verb whose finite verb is in the phrase
            fin = next((j for j in range(first, last) if (toks[j].low in lex.verbs or lex.is_(toks[j], "auxiliary"))
                        and not (j > first and toks[j].text[:1].isupper())), None)  # (not the noun "Frage" in "die Frage stellen")
            clause_start = _clause_start(toks, first)
            participle = _phrase_participle(toks[last - 1].low, lex)
            if participle and _is_passive(toks, last - 1, "participle", lex):
                # "Es wurde deutlich gemacht, dass …": said by the agent or by nobody named; "Der Fall wurde zur Sprache
                # gebracht": without a clause, what was spoken of
                complement = _has_complement(toks, last - 1, lex, konj1)
                agent = _agent(toks, last - 1, lex)
                if agent is not None:
                    found.append(_with_subject(doc, sent_id, toks, cue, agent, "indirect", "speech", "neutral", lex, konj1, last - 1, complement))
                elif complement is not None:
                    found.append(Attribution(sent_id, cue, "agentless", cue_type="speech", content=_content(toks, complement, sentence_span)))
                continue
            if participle:  # "Bis zuletzt war das Lager davon ausgegangen": the perfect's subject is the auxiliary's
                fin = _finite_for(toks, last - 1, "participle", lex)
            elif fin is not None and fin == last - 1 and any(lex.is_(t, "auxiliary") for t in toks[clause_start:first]):
                fin = None  # "wollte keine Stellung nehmen": an infinitive after an auxiliary, which has the subject
            if fin is None:  # "zur Kenntnis (nehmen)": the verb stands outside the phrase; the clause has the subject
                subject = _clause_subject(toks, _clause_start(toks, first), _clause_end(toks, first), lex)
            else:
                subject = find_subject(toks, fin, lex, subject_of_first_clause())
            dative = next((j for j in range(first, last) if toks[j].low in ("mir", "uns", "ihnen")), None)
            if dative is not None and (subject is None or subject[0] > dative):
                subject = (dative, dative + 1)  # "Selbstverständlich ist auch uns bewusst, dass …": the one aware is the dative
            entry = _pick_verb(toks, fin, lex)[0] if fin is not None and subject is not None and toks[fin].low in lex.verbs else None
            if entry is not None and _thing_sense(toks, fin, entry.lemma, subject, lex):
                continue  # "Der Unmut äußerte sich in Pfiffen" ("äußerte sich" is a phrase): it showed, nobody spoke
            attribution = _with_subject(doc, sent_id, toks, cue, subject, "indirect", "speech", "neutral", lex, konj1, last - 1)
            if entry is not None and entry.lemma == "äußern" and _comment_on_a_topic(toks, fin):
                attribution.content = None  # "äußerte sich im Interview zu dem Vorfall": that someone commented, not what
            if first == 0 and toks[0].low == "zu" and lex.is_(toks[1], "determiner") and subject is not None:
                # "Zu diesem Ergebnis kam das Team um X": the finding is what the sentence before says
                attribution.content = previous_sentence(doc, sent_id) or attribution.content
            found.append(attribution)

    # the sources of the phrases found ("Berichten zufolge", "nach Angaben der Ärzte") hold no verb
    base = toks[0].i if toks else 0
    covered.update(k - base for a in found[before:] if a.source is not None for k in range(*a.source))
    for k, tok in enumerate(toks):
        if k in covered or tok.low not in lex.verbs:
            continue
        if tok.quote >= 0 and doc.quotes[tok.quote].n_words >= _QUOTE_MIN_WORDS:
            continue
        if tok.text[0].isupper() and k > 0 and not (toks[k - 1].text == ":" or toks[k - 1].text in _OPEN_MARKS and tok.quote >= 0):
            continue  # a nominalised verb: "das Sagen", "„Schwere“ Fragen" (after a closing mark, not an opening one)
        if _addressed(toks, k):
            continue  # "Fragen Sie Ihren Arzt.", "Glauben Sie, dass …?": the reader is asked or told, nobody reports
        if _elliptical_wie(toks, k, lex):
            continue  # "Die FPÖ hat wie berichtet …", "wie bereits angekündigt": the outlet's cross-reference, no tag
        if _homograph_not_verb(toks, k, lex):
            continue
        entry, role = _pick_verb(toks, k, lex)
        if entry is None or entry.lemma in _FIGURE_ONLY and (tok.low not in _FIGURE_ONLY[entry.lemma] or not _figure_found(toks, k)):
            continue
        if k > 0 and toks[k - 1].low == "zu" or "zu" in tok.low[1:-2] and role == "infinitive":
            said = _said_in_infinitive(toks, k, entry, subject_of_first_clause(), lex)
            if said is not None:  # "Wir müssen den Mut haben, zu sagen: So geht es nicht weiter."
                found.append(Attribution(sent_id, (tok.i, tok.i + 1), "indirect", source=said, cue_type=entry.type,
                                         stance=entry.stance, content=(toks[k + 2].start, sentence_span[1])))  # fmt: skip
            continue  # "ohne zu wissen", "um zu verstehen": no subject of its own
        if role == "participle" and _finite_for(toks, k, role, lex) == k:
            continue  # "…, begrüßt von General Castro": a participle without a finite verb is no report
        if role == "finite" and k >= 2 and toks[k - 1].low == "sich" and toks[k - 2].low in lex.verbs and toks[k - 2].text[:1].islower():
            continue  # "zeigte sich überzeugt, dass …": a participle after "sich", the verb before it reports
        if role != "participle" and _after_zeigte_sich(toks, k, lex):
            continue  # "zeigte sich am Montag in Berlin überzeugt": the same, with adverbials between
        if role == "participle" and toks[_finite_for(toks, k, role, lex)].low in _SEIN_FORMS and not _is_passive(toks, k, role, lex):
            continue  # "ist noch nicht bekannt", "war weit verbreitet": reporting verbs form their perfect with haben
        if role == "participle" and k + 1 < len(toks) and toks[k + 1].low == "sein":
            continue  # "sollte gewarnt sein", "dürfte bekannt sein": a state after a modal, nothing said
        if tok.low.startswith("heiß") and k > 0 and toks[k - 1].low in ("das", "dies", "was"):
            continue  # "das heißt": that is
        complement = _has_complement(toks, k, lex, konj1, entry.type)
        if complement is not None and _second_verb_before(toks, k, complement[0], lex):
            complement = None  # "kritisierte den Plan und sagte, er sei zu teuer": the clause is the second verb's
        if complement is None:
            complement = _wie_clause_complement(toks, k, lex)  # "…, wie die Kämmerin bestätigte": the rest reports
        if (complement is None or complement[0] == 0) and _anaphoric_passive_subject(toks, k, role, lex, konj1):
            complement = (0, 1)  # "Dies wurde von der Polizei bestätigt": the pronoun stands for what was said before
        if entry.requires == "clause" and complement is None:
            complement = _quoted_phrase_after(toks, k)  # "sieht eine „historische Chance“": the speaker's words
        heard = _heard_from(toks, k, entry, lex)
        if heard is not None:  # "Das habe ich von keinem Minister gehört": the one heard from said it
            found.append(Attribution(sent_id, (tok.i, tok.i + 1), "indirect", source=(toks[heard[0]].i, toks[heard[1] - 1].i + 1),
                                     cue_type=entry.type, stance=entry.stance, content=_content(toks, complement, sentence_span)))  # fmt: skip
            continue
        if entry.requires == "clause" and complement is None and not _states_position(toks, k, entry, lex) \
                and not _in_person(toks, k, role, entry, lex, subject_of_first_clause):  # fmt: skip
            continue
        if complement is None and _other_sense(toks, k, entry.lemma, lex):
            continue
        if entry.lemma == "schätzen" and "sich" in _clause_words(toks, k):
            continue  # "kann sich glücklich schätzen, …": counts oneself lucky, estimates nothing
        if entry.lemma == "verpflichten" and not _clause_words(toks, k) & _REFLEXIVES:
            continue  # "Der Vertrag verpflichtet die Staaten, …": binds someone; "verpflichtete sich, …" is a promise
        if entry.lemma == "verfügen" and _clause_words(toks, k) & {"über", "darüber"}:
            continue  # "verfügt über eine eigene Abteilung, die …": has, decrees nothing
        if entry.lemma == "halten" and not _holds_a_view(_clause_words(toks, k)):
            continue  # "haben die Nerven gehalten", "sein Versprechen gehalten": holding, no view ("hält X für Y" is one)
        if entry.lemma == "festhalten" and complement is None and "an" in _clause_words(toks, k):
            continue  # "hält an VHS-Kassetten fest": clings to, states nothing
        if entry.lemma == "herausstellen" and _in_clause(toks, k, "sich") or _impersonal(toks, k, entry.lemma):
            continue  # "Bald stellte sich heraus, dass …", "Es zeigte sich, dass …", "Es besteht kein Zweifel": nobody says so
        if complement is None and _owed_or_possible_act(toks, k, role, entry.lemma, lex):
            continue
        if complement is not None and entry.type == "decision" and _open_question(toks, complement):
            continue  # "soll entscheiden, ob …", "entscheidet am Montag, wann …": a question to settle, nothing stated
        cue = (tok.i, tok.i + 1)
        if entry.lemma == "hervorgehen":  # "Aus dem Bericht geht hervor, dass …", "Das geht aus einem Papier hervor"
            document = _emerges_from(toks, k, lex)
            if document is not None:
                content = _content(toks, complement, sentence_span)
                start = _clause_start(toks, k)
                if toks[start].low in ("das", "dies") and (complement is None or complement[0] == start):
                    content = previous_sentence(doc, sent_id) or content  # "Das geht aus …": what was said before
                found.append(Attribution(sent_id, cue, "according_to", source=(toks[document[0]].i, toks[document[1] - 1].i + 1),
                                         cue_type="according_to", content=content))  # fmt: skip
            continue
        if _is_passive(toks, k, role, lex):
            if _passive_relative(toks, k, lex):
                continue  # "in einer Erklärung, die im Netz veröffentlicht wurde, …": what is done to the statement
            agent, topic = _agent(toks, k, lex), None
            if agent is not None and entry.lemma in _VON_TOPIC_VERBS and agent[0] > 0 and toks[agent[0] - 1].low in ("von", "vom") \
                    and sum(t.low in ("von", "vom") for t in toks[_clause_start(toks, k) : _clause_end(toks, k)]) == 1 \
                    and (not _plausible_speaker(toks, agent, lex, strict=True) or _ends_in(toks[agent[1] - 1].low, lex.nouns, 6)):  # fmt: skip
                agent, topic = None, agent[0] - 1  # "Von glatter Desinformation wird gesprochen": what is spoken of (a thing or
                # a statement), not who speaks (with two such phrases one is the agent: "wurde von der Opposition vom Stillstand gesprochen")
            agent = agent or _document_source(toks, _clause_start(toks, k), _clause_end(toks, k), lex) \
                or _document_before_relative(toks, _clause_start(toks, k), lex)  # fmt: skip
            if agent is not None and topic is not None and agent[0] < topic < agent[1]:
                agent = (agent[0], topic)  # "in diversen Medien von dieser Entscheidung berichtet": the media, not their topic
            quoted = _quoted_person(toks, k, role, entry, agent, subject_of_first_clause(), lex)
            if quoted is not None:  # "wird der Trainer in der Zeitung zitiert": the trainer speaks, the paper passes it on
                fin = _finite_for(toks, k, role, lex, entry.lemma)
                if complement is None and fin >= 2 and toks[fin - 1].text == "," and toks[fin - 2].text in _QUOTE_MARKS:
                    complement = (_quotation_after_colon(toks, fin - 2), fin - 1)  # "„…“, wird X, Sprecher von Y, zitiert"
                attribution = _with_subject(doc, sent_id, toks, cue, quoted, "indirect", entry.type, entry.stance, lex, konj1, k, complement)
                if agent is not None:
                    attribution.via = (toks[agent[0]].i, toks[agent[1] - 1].i + 1)
                if complement is None:
                    attribution.content = None  # "Im Bericht wird eine Anwohnerin zitiert.": who is quoted, not yet what
                found.append(attribution)
                continue
            if agent is None and entry.type == "decision" and complement is None:
                complement = _decided_infinitive(toks, k)  # "Außerdem wurde beschlossen, eine Delegation zu entsenden"
            if agent is None and entry.type in _DESCRIBING_WITHOUT_CLAUSE and not (
                    entry.lemma == "schätzen" and _estimated_at(toks, k)) and (  # "wird auf 2.000 geschätzt": an estimate, by nobody named
                    complement is None or not (_thought_clause(toks, complement, konj1) or entry.type == "decision")):  # fmt: skip
                continue  # "Die Lage wird anders eingeschätzt", "ein weiterer wurde gefunden": no report without a clause
            if agent is None and complement is None and (entry.lemma in _ADDRESSEE_VERBS
                                                         or entry.lemma == "verurteilen" and _sentenced(toks, k, lex)):  # fmt: skip
                continue  # "Die Piloten wurden informiert", "Der Junge wurde angeklagt", "zu drei Jahren verurteilt": done to the subject

            if agent is None:
                content = _content(toks, complement, sentence_span)
                if complement == (0, 1):  # "Das wurde am Montag bestätigt": what was said before
                    content = previous_sentence(doc, sent_id) or sentence_span
                giver = _reason_giver(doc, sent_id, toks, lex)
                found.append(Attribution(sent_id, cue, "agentless" if giver is None else "indirect", cue_type=entry.type,
                                         stance=entry.stance, content=content, source=giver))  # fmt: skip
            else:
                found.append(_with_subject(doc, sent_id, toks, cue, agent, "indirect", entry.type, entry.stance, lex, konj1, k, complement))
            continue
        aside = _parenthetical_report(toks, k, lex)
        if aside is not None:  # "… zurückgetreten (die Zeitung berichtete)": the words before it are reported
            subject, reported_before = aside
            if subject is not None and subject[1] - subject[0] == 1 and lex.is_(toks[subject[0]], "first_person"):
                continue  # "(wir berichteten)": the outlet points to its own earlier coverage; nobody is cited
            found.append(_with_subject(doc, sent_id, toks, cue, subject, "indirect", entry.type, entry.stance, lex, konj1, k, reported_before))
            continue
        fin = _finite_for(toks, k, role, lex, entry.lemma)
        start = _clause_start(toks, fin)
        form = "according_to" if toks[start].low == "wie" and start < k and not _comparison_prefield(toks, start, fin, lex) else "indirect"
        if form == "according_to" and complement is None and _own_object(toks, start + 1, k):
            continue  # "Er wollte wissen, wie der Minister das meinte": an indirect question, no tag
        if form == "according_to" and start >= 2 and toks[start - 1].text == "," and toks[start - 2].low in _MANNER_NOUNS:
            continue  # "kritisierte die Art, wie das Gesetz beschlossen wurde": how it was done, no tag
        if form == "according_to" and k + 1 < len(toks) and lex.is_(toks[k + 1], "passive_auxiliary") and _verb_final(toks, k + 1):
            # "…, wie die Geräte in Fachkreisen genannt werden, …": a passive tag; its subject is what is named, not who names it
            agent = _agent(toks, k, lex)
            attribution = Attribution(sent_id, (tok.i, tok.i + 1), "according_to" if agent else "agentless", cue_type=entry.type,
                                      stance=entry.stance, content=_content(toks, complement, sentence_span))  # fmt: skip
            if agent is not None:
                attribution.source = (toks[agent[0]].i, toks[agent[1] - 1].i + 1)
            found.append(attribution)
            continue
        if form == "according_to" and toks[start + 1].low == "es" and start + 2 < fin and entry.lemma in _EXPLETIVE_SUBJECT_VERBS:
            # "wie es auf einer Pressekonferenz hieß", "wie es am Montag hieß": "es" holds the place of no one; the
            # source is where it was said, if the clause tells, else nobody is named
            where = _where_said(toks, start + 2, fin, lex)
            attribution = Attribution(sent_id, cue, "according_to" if where else "agentless", cue_type=entry.type,
                                      stance=entry.stance, content=_content(toks, complement, sentence_span))  # fmt: skip
            if where is not None:
                attribution.source = (toks[where[0]].i, toks[where[1] - 1].i + 1)
            found.append(attribution)
            continue
        subject = _subject_after_fronted_figure(toks, k, start, entry, lex) or find_subject(toks, fin, lex, subject_of_first_clause()) \
            or _let_me(toks, k)
        if subject is None or toks[subject[0]].low in _ANAPHORIC_OBJECTS or toks[subject[0]].low == "was":
            subject = _experiencer(toks, k, entry, lex) or subject  # "Es freut mich, dass …": the one moved, not the cause
        if subject is None or _prepositional(toks, subject, lex) and not lex.is_(toks[start], "relative_pronoun"):
            continue  # an active reporting verb whose speaker cannot be found ("sollte sich über X nicht wundern": no subject;
            # a relative pronoun's antecedent may follow a preposition: "ohne Beamte, die bestätigen, …")
        if not _plausible_speaker(toks, subject, lex):
            continue  # "Die Befürchtung bestätigt sich", "Teile der Brücke stellen eine Gefahr dar": not a speaker
        if toks[subject[0]].low == "wer" and _states_nothing(toks, subject[1], k, complement):
            continue  # "Wer laut schreit, hat nicht recht": anyone who speaks at all, nothing stated
        if _thing_sense(toks, k, entry.lemma, subject, lex):
            continue  # "Die Zahlen sprechen dagegen", "Die Proteste äußerten sich in Schweigen": things indicate, nobody speaks
        attribution = _with_subject(doc, sent_id, toks, cue, subject, form, entry.type, entry.stance, lex, konj1, k, complement)
        if form == "indirect" and _background_act(toks, k, fin, role, entry, subject, attribution, lex):
            continue  # "Die Gewerkschaft hatte den Streik schon im Mai angekündigt": what happened before, no report
        attribution.lemma = entry.lemma
        if entry.lemma == "zitieren" and attribution.via is None and not lex.is_(toks[subject[0]], "first_person"):
            quoted = _quoted_object(toks, fin, subject, lex)
            if quoted is not None:  # "„…“, zitiert die Zeitung den Minister": the minister speaks, the paper passes it on
                attribution.source, attribution.via = (toks[quoted[0]].i, toks[quoted[1] - 1].i + 1), attribution.source
        found.append(attribution)
        after = _reported_after_tag(toks, k, lex, konj1) if complement is not None and complement[0] == 0 else None
        if after is not None:  # "Die Lage sei ernst, sagte der Minister, man werde helfen": a second message
            second = _with_subject(doc, sent_id, toks, cue, subject, form, entry.type, entry.stance, lex, konj1, k, after)
            second.lemma, second.source, second.via = entry.lemma, attribution.source, attribution.via
            found.append(second)
    _with_reason(sent_id, toks, lex, konj1, found, before)
    _noun_with_content(sent_id, toks, lex, konj1, found, before)
    _drop_cited(toks, found, before)
    _drop_acts_inside_phrases(found, before)
    _end_before_coordinated_report(toks, found, before, lex)
    _so_speaker(doc, sent_id, toks, lex, covered, found, konj1)
    _back_reference(doc, sent_id, toks, found, lex)
    _declines(doc, sent_id, toks, lex, found)
    _trim_source_adverbs(doc, found, before, lex)
    _role_after_name(toks, found, before, lex)
    _name_before_role_subject(toks, found, before, lex)
    _name_after_role(toks, found, before, lex)
    _attribute_phrase_after_source(toks, found, before, lex)
    _relative_pronoun_of_a_person(toks, found, before, lex)
    _name_before_role_speaks(doc, found, before, lex)


def _role_after_name(toks: _SentenceTokens, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """"sagte Jana Kühn, Trainerin des Vereins, am Montag", "sagte Jana Kühn, die Trainerin des Vereins:": a personal
    name as the source with its role set off after it (a noun phrase up to a comma, colon or the sentence's end) takes
    the role into its span, as the news annotation marks it; the name is the speaker it resolves to. So does a phrase
    of report whose named owner ends it ("Nach Angaben von Jana Kühn, der Leiterin des Werks"). A role of one compound
    word on a role noun ("EU-Kommissar") is no name. Not a relative clause, not a list of names, not where the message
    begins."""
    base = toks[0].i
    for attribution in found[before:]:
        if attribution.source is None or attribution.speaker is not None and attribution.speaker[1] != attribution.source[1]:
            continue
        # the name alone, or the named owner at the end of the source ("Nach Angaben von Jana Kühn, der Rektorin, …")
        name = attribution.speaker or attribution.source
        s, e = attribution.source[0] - base, attribution.source[1] - base
        if not (0 <= s < e < len(toks) - 2 and toks[e].text == "," and _personal_name(toks[name[0] - base : e], lex)):
            continue
        end = next((k for k in range(e + 1, len(toks)) if toks[k].text in (",", ":", ".", "!", "?", ";")), len(toks))
        role = toks[e + 1 : end]
        last = max((k for k, t in enumerate(role) if t.low in _COORDINATORS), default=None)
        opener = toks[e + 1]
        attribute = _adjective_like(opener) and e + 2 < end and toks[e + 2].text[:1].isupper()  # "kanadischer General"
        role_word = len(role) == 1 and _ends_in(opener.low.rsplit("-", 1)[-1], _speaker_heads(), 5)  # "EU-Kommissar": no name
        if end == e + 1 or not (lex.is_(opener, "determiner") or opener.text[:1].isupper() or attribute) \
                or not _whole_noun_phrase(toks, e + 1, end, lex) or _personal_name(role, lex) and not role_word \
                or last is not None and _personal_name(role[last + 1 :], lex):  # fmt: skip
            continue
        lo, hi = toks[e + 1].start, toks[end - 1].end
        opens_message = attribution.content is not None and lo <= attribution.content[0] < hi
        if opens_message or attribution.cue[0] - base in range(e + 1, end):
            continue
        attribution.speaker = name
        attribution.source = (attribution.source[0], base + end)


def _name_before_role_subject(toks: _SentenceTokens, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """"Anna Berg, Sprecherin der Stadt sagte …", "Wie Anna Berg, eine Sprecherin der Stadt, mitteilte": a role taken
    for the source right after a personal name and a comma that open the clause (the apposition left unclosed before
    the verb) takes the name into its span, as the news annotation marks it; the name is the speaker it resolves to
    (:func:`_name_before_role_speaks`). Not a name after anything else (a list, an object)."""
    base = toks[0].i
    for attribution in found[before:]:
        if attribution.source is None or attribution.speaker is not None:
            continue
        s, e = attribution.source[0] - base, attribution.source[1] - base
        if not (3 <= s < e <= len(toks) and toks[s - 1].text == ",") or _personal_name(toks[s:e], lex):
            continue
        j = s - 1
        while j > 0 and s - 1 - j < 4 and (name_word(toks[j - 1].text) and not lex.words.get(toks[j - 1].low) or toks[j - 1].low in NAME_PARTICLES):
            j -= 1
        opens = j == _strip_connectors(toks, 0, s, lex) or j > 0 and (toks[j - 1].low == "wie" or lex.is_(toks[j - 1], "subordinator"))
        if j < s - 1 and opens and _personal_name(toks[j : s - 1], lex):
            attribution.source = (base + j, attribution.source[1])


def _name_after_role(toks: _SentenceTokens, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """"Nach Angaben der Sprecherin des Amtes, Jana Kühn, …", "hat sich der Beauftragte für Verkehr, Paul Brandt, …
    geäußert": a source that describes a person and is followed (after its prepositional phrases) by that person's
    name set off between commas takes the phrases and the name into its span, as the news annotation marks it. Not a
    source that is a name itself (a list of names), not a name that opens a list or the message."""
    base = toks[0].i
    for attribution in found[before:]:
        if attribution.source is None:
            continue
        s, e = attribution.source[0] - base, attribution.source[1] - base
        if not 0 <= s < e < len(toks) or _personal_name(toks[s:e], lex):
            continue
        comma = _after_phrases(toks, e, lex, stop=min(len(toks), e + _ROLE_PHRASES_REACH))
        if comma >= len(toks) - 2 or toks[comma].text != ",":
            continue
        reach = min(len(toks), comma + 1 + _NAME_REACH)  # a name is a few words: no scan to the end of a long sentence
        close = next((k for k in range(comma + 1, reach) if toks[k].text in _SO_CLOSERS), len(toks))
        reach = min(len(toks), close + 1 + _NAME_REACH)
        following = next((k for k in range(close + 1, reach) if toks[k].text in _SO_CLOSERS or toks[k].low in _COORDINATORS), reach)
        if close >= len(toks) or toks[close].text != "," or not _personal_name(toks[comma + 1 : close], lex) \
                or toks[close + 1].low in _COORDINATORS or _personal_name(toks[close + 1 : following], lex) \
                or attribution.cue[0] - base in range(e, close):  # fmt: skip
            continue
        if attribution.content is not None and toks[e].start <= attribution.content[0] < toks[close - 1].end:
            continue
        attribution.source = (attribution.source[0], base + close)


_ROLE_PHRASES_REACH = 16  # words of prepositional phrases after a role before the comma of its name
_NAME_REACH = 8  # words of a personal name set off between commas


def _attribute_phrase_after_source(toks: _SentenceTokens, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """"Wie die Provinzregierung in Kandahar mitteilte", "Nach Angaben des Amtes für Statistik …": a prepositional
    phrase right after the source that places it or names what it is for belongs to the source span, as the news
    annotation marks it ("in" and "für" on a bare name or noun only). Not a phrase of time ("in der Nacht"), not one
    on an indefinite or possessive noun phrase or a figure ("in einem Interview", "in seiner Rede": where it was
    said), not a place after a personal name (where the person spoke), not one that holds the cue or the message."""
    base = toks[0].i
    for attribution in found[before:]:
        if attribution.source is None:
            continue
        s, e = attribution.source[0] - base, attribution.source[1] - base
        if not 0 <= s < e < len(toks) - 1 or toks[e].low not in _ATTRIBUTE_PREPOSITIONS \
                or toks[e + 1].low.startswith(("ein", "sein", "ihr")) or toks[e + 1].text[:1].isdigit():  # fmt: skip
            continue
        if toks[e].low in _PLACE_PREPOSITIONS and (not toks[e + 1].text[:1].isupper() or lex.is_(toks[e + 1], "determiner")):
            continue  # "die Behörde in Genf", "das Amt für Statistik", not "in der Zeitung"
        if toks[e].low in ("in", "aus") and _ends_in_personal_name(toks, s, e):
            continue  # "sagte Anna Roth in Genf": where she spoke, or whence she comes; no part of her name
        cue = attribution.cue[0] - base
        end = np_forward(toks, e + 1, cue if cue > e else len(toks), lex)
        if end is None or _time_phrase(toks, e + 1, end, lex) or any(_day_word(t.low) for t in toks[e + 1 : end]):
            continue
        if end + 1 < len(toks) and toks[end].text == "," and lex.is_(toks[end + 1], "relative_pronoun"):
            continue  # "befragte Anwohner aus Kiel, die bestätigten": the antecedent of the speaking relative pronoun stays as found
        if attribution.content is not None and toks[e].start <= attribution.content[0] < toks[end - 1].end:
            continue
        attribution.source = (attribution.source[0], base + end)


def _relative_pronoun_of_a_person(toks: _SentenceTokens, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """"Die Rede hielt die Autorin Eva Roth, die den Mut der Helfer hervorhob": when the cue stands in a relative
    clause about a named person, a person by a role noun or a country, the news annotation marks the relative pronoun
    as the source, as it marks a personal pronoun; the antecedent stays the speaker the source resolves to. A body or
    a thing keeps the antecedent as the source ("ein Kommentar, der … als „…“ bezeichnete")."""
    base = toks[0].i
    for attribution in found[before:]:
        if attribution.source is None or attribution.speaker is not None or attribution.relative is not None:
            continue
        s, e = attribution.source[0] - base, attribution.source[1] - base
        cue = attribution.cue[0] - base
        if not (0 <= s < e and e + 1 < cue < len(toks) and toks[e].text == "," and lex.is_(toks[e + 1], "relative_pronoun")
                and not (_is_article(toks, e + 1, lex) and not lex.is_(toks[e + 2], "determiner"))
                and not any(t.text in _SO_CLOSERS for t in toks[e + 2 : cue])):  # fmt: skip
            continue
        if _a_person_or_country(toks, s, e, lex):
            attribution.relative = (toks[e + 1].i, toks[e + 1].i + 1)


_PLURAL_PERSON_ENDINGS = ("ern", "innen", "isten", "enten", "anten", "oren", "leute", "männer", "frauen", "linge")


def _a_person_or_country(toks: _SentenceTokens, s: int, e: int, lex: _Lexicons) -> bool:
    """Whether the noun phrase ``toks[s:e]`` names one person (a personal name, perhaps after its role, not right after
    an article, which names a body: "der Kleinpartei Tierschutzpartei"; or a role noun in the singular as its head, perhaps with its country in the genitive, not
    an adjective of a place before a noun: "Berliner Fahrgastverband") or is a country."""
    if toks[e - 1].low in _country_names():
        return True
    if any(e - n >= s and _personal_name(toks[e - n : e], lex) and not (e - n > s and lex.is_(toks[e - n - 1], "determiner"))
           for n in (2, 3)):  # fmt: skip
        return True
    head = next((k for k in range(s, e) if toks[k].text[:1].isupper() and not lex.is_(toks[k], "determiner")), None)
    low = toks[head].low if head is not None else ""
    if toks[s].low in _MASCULINE_GENITIVES and low.endswith("s"):
        low = low[:-1]  # a genitive owner: "eines Sprechers"
    if head is None or not person_noun(low) or low.endswith(_PLURAL_PERSON_ENDINGS):
        return False  # (not a group: "von wütenden Anwohnern, die sich äußerten")
    after = toks[head + 1].low if head + 1 < e else ""
    return not after[:1].isalpha() or not toks[head + 1].text[:1].isupper() or after[-1:] == "s" and after[:-1] in _country_names()


def _ends_in_personal_name(toks: _SentenceTokens, s: int, e: int) -> bool:
    """Whether ``toks[s:e]`` ends in a personal name: two or more words shaped like names (a particle may open one:
    "al-Omair") not after a noun and an article of the genitive ("Mitarbeiter des Malteser Hilfsdienstes" names a body)."""
    j = e
    while j > s and (name_word(toks[j - 1].text) or toks[j - 1].low.split("-", 1)[0] in NAME_PARTICLES and "-" in toks[j - 1].text):
        j -= 1
    return e - j >= 2 and not (j > s and toks[j - 1].low in _GENITIVE_ARTICLES and toks[j - 2].text[:1].isupper())


# prepositions of a phrase that tells where a source sits or what it is for ("das Amt in Genf", "der Beauftragte für Bildung")
_ATTRIBUTE_PREPOSITIONS = frozenset(("in", "für", "aus", "vom", "ohne"))
_PLACE_PREPOSITIONS = frozenset(("in", "für"))  # on a bare name or noun only ("in Genf", "für Bildung")


def _name_before_role_speaks(doc: Doc, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """"Anna Berg, Sprecherin der Stadtwerke, sagte": the source span holds the name and its role, and the name is
    the speaker it resolves to (the role after it gives the kind, as it does after a name alone; a body named in the
    role is not the source)."""
    for attribution in found[before:]:
        if attribution.source is None or attribution.speaker is not None:
            continue
        start, end = attribution.source
        comma = next((k for k in range(start, end) if doc.tokens[k].text == ","), None)
        if comma is None or comma == start or not _personal_name(doc.tokens[start:comma], lex):
            continue
        after = doc.tokens[comma + 1 : end]
        following = next((k for k, t in enumerate(after) if t.text == ","), len(after))
        last = max((k for k, t in enumerate(after) if t.low in _COORDINATORS), default=None)
        if not _personal_name(after[:following], lex) and (last is None or not _personal_name(after[last + 1 :], lex)):
            attribution.speaker = (start, comma)  # (not a list of names: "Anna Lind, Paul Steiner und Eva Roth")


def _trim_source_adverbs(doc: Doc, found: list[Attribution], before: int, lex: _Lexicons) -> None:
    """A source span does not end in a sentence adverb or an emphatic "selbst" ("Der ORF hingegen weist …", "Die
    Aufnahmen allerdings zeigen …", "Cameron selber hatte angekündigt"): those words are the clause's, not the name's."""
    for attribution in found[before:]:
        if attribution.source is None:
            continue
        start, end = attribution.source
        while end - start > 1 and doc.tokens[end - 1].text.islower() and (
            lex.is_(doc.tokens[end - 1], "connector") or doc.tokens[end - 1].low in _SOURCE_TAIL_ADVERBS
        ):  # fmt: skip
            end -= 1
        attribution.source = (start, end)


_SOURCE_TAIL_ADVERBS = frozenset(("selbst", "selber", "weiter"))


# nouns of a reason or remark given in words, after "mit dem/der/den" and before the clause that gives it
_REASON_OPENERS = frozenset(("begründung", "grund"))


def _reason_giver(doc: Doc, sent_id: int, toks: _SentenceTokens, lex: _Lexicons) -> tuple[int, int] | None:
    """"Als Begründung wurde angegeben, …", "Als Grund dafür hieß es, …": a reason given without a speaker is given by
    whoever acted in the sentence before in the same paragraph (the subject of its main clause, when that names a
    source); the span (doc token indices), or None."""
    if sent_id == 0 or len(toks) < 3 or toks[0].low != "als" or toks[1].low not in _REASON_OPENERS:
        return None
    if doc.sentences[sent_id - 1]["para_id"] != doc.sentences[sent_id]["para_id"]:
        return None
    prev = _SentenceTokens(doc.sentence_tokens(sent_id - 1))
    subject = _main_clause_subject(prev, lex)
    if subject is None or not _source_like(prev, subject, lex):
        return None
    return prev[subject[0]].i, prev[subject[1] - 1].i + 1


_REASON_NOUNS = frozenset(("argument", "hinweis", "begründung", "worten", "erklärung", "bemerkung", "feststellung"))


def _with_reason(sent_id: int, toks: _SentenceTokens, lex: _Lexicons, konj1: set[int], found: list[Attribution], before: int) -> None:
    """"Die Stadtwerke begegneten der Kritik mit dem Argument, die Leitungen seien alt": a reason or remark given
    in words, whose clause (Konjunktiv I or "dass") follows the comma, is the clause subject's report — when no
    reporting verb of the sentence has taken that clause already ("wies die Vorwürfe mit der Begründung zurück, …")."""
    j = toks.next_low("mit", 0)
    while j + 3 < len(toks):
        if toks[j + 1].low in ("dem", "der", "den") and toks[j + 2].low in _REASON_NOUNS and toks[j + 3].text == ",":
            clause = (j + 4, _clause_end(toks, j + 4) if j + 4 < len(toks) else len(toks))
            if clause[0] < clause[1] and _thought_clause(toks, clause, konj1):
                start = toks[clause[0]].start
                if not any(a.content is not None and a.content[0] <= start < a.content[1] for a in found[before:]):
                    subject = _clause_subject(toks, _clause_start(toks, j), j + 1, lex)
                    if subject is not None and _plausible_speaker(toks, subject, lex):
                        found.append(Attribution(sent_id, (toks[j].i, toks[j + 2].i + 1), "indirect", cue_type="speech",
                                                 source=(toks[subject[0]].i, toks[subject[1] - 1].i + 1),
                                                 content=(start, toks[-1].end)))  # fmt: skip
        j = toks.next_low("mit", j + 1)


def _noun_with_content(sent_id: int, toks: _SentenceTokens, lex: _Lexicons, konj1: set[int], found: list[Attribution], before: int) -> None:
    """"Trotz der Ankündigung des Trainers, nach der Saison aufzuhören, …", "Von der Feuerwehr kam der Hinweis, im
    Keller befinde sich Gas", "An die Firma erging die Aufforderung, die Anlage zu schließen": a noun of a
    statement, piece of information, view or demand with its content after the comma — a clause in Konjunktiv I or
    opened by "dass"/"ob", or a zu-infinitive of what is announced or demanded — reports that content, by the noun's
    owner in the genitive when it can speak, else by whom :func:`_content_noun_speaker` finds, else by nobody named;
    not for a negated noun, nor when a report of the sentence holds the noun or has taken the clause."""
    n = len(toks)
    for k, tok in enumerate(toks):
        noun = lex.nouns.get(tok.low) if tok.text[:1].isupper() else None
        if noun is None or noun[0] not in _CONTENT_NOUN_TYPES or tok.quote >= 0 or k > 0 and toks[k - 1].low.startswith("kein"):
            continue  # ("Es besteht kein Zweifel, dass …": nobody doubts, nobody is reported)
        j, owner = k + 1, None
        if j < n and (toks[j].low in _GENITIVE_ARTICLES or toks[j].low in _GENITIVE_POSSESSIVES):
            end = np_forward(toks, j, n, lex)
            if end is None:
                continue
            owner, j = (j, end), end
        if j < n and toks[j].low in _NOUN_CORRELATES:
            j += 1  # "Zweifel daran, ob …", "Hinweise darauf, dass …": the correlate points to the clause
        colon = _colon_after_noun(toks, j, lex)
        if colon is not None:
            _owned_noun_before_colon(sent_id, toks, k, owner, colon, lex, found, before)
            continue
        if j + 2 >= n or toks[j].text != ",":
            continue
        a = j + 1
        end = _past_relative_clauses(toks, _clause_end(toks, a), lex)
        if not (toks[a].low in ("dass", "ob") or _has_konj1(toks, konj1, a, end) and not lex.is_(toks[a], "subordinator")
                and toks[a].i not in konj1  # ("Seine Kritik daran, habe nichts geändert": the sentence's own verb goes on)
                or _announcing(toks, k, noun[0]) and _zu_infinitive(toks, a, end)):  # fmt: skip
            continue
        start, cue_start = toks[a].start, tok.start
        if any(x.content is not None and (x.content[0] <= start < x.content[1] or x.content[0] <= cue_start < x.content[1])
               for x in found[before:]):  # fmt: skip
            continue
        if owner is not None and not _owner_speaks(toks, owner, lex):
            owner = None  # "die Ankündigung des Umbaus, …": what is announced, not who announces it
        if owner is None:
            owner = _content_noun_speaker(toks, k, lex)
        found.append(Attribution(sent_id, (tok.i, tok.i + 1), "agentless" if owner is None else "indirect", cue_type="speech",
                                 source=None if owner is None else (toks[owner[0]].i, toks[owner[1] - 1].i + 1),
                                 content=(start, toks[end - 1].end)))  # fmt: skip


def _colon_after_noun(toks: _SentenceTokens, j: int, lex: _Lexicons) -> int | None:
    """The colon right after a noun of statement at ``j``, or after the one it is addressed to ("Unser Appell an die
    Regierung: …"), with words after it; None otherwise."""
    if j < len(toks) and toks[j].low in ("an", "gegenüber"):
        end = np_forward(toks, j + 1, len(toks), lex)
        j = end if end is not None else len(toks)
    return j if j + 1 < len(toks) and toks[j].text == ":" else None


def _owned_noun_before_colon(sent_id: int, toks: _SentenceTokens, k: int, owner: tuple[int, int] | None, colon: int,
                             lex: _Lexicons, found: list[Attribution], before: int) -> None:  # fmt: skip
    """"Mein Appell an Sie: …", "Die Forderung der Gewerkschaft: …": a noun of statement whose owner is named, by a
    possessive before it or a genitive after it, and a colon after it reports what follows the colon by that owner
    (without an owner the noun is a heading or a topic: "Forderung nach einer Waffenruhe: …")."""
    if owner is not None and not _owner_speaks(toks, owner, lex):
        return
    if owner is None:
        det = toks[k - 1] if k > 0 else None
        if det is None or not (lex.is_(det, "determiner") and det.low.startswith(_POSSESSIVE_STEMS)):
            return
        owner = (k - 1, k)
    start = toks[colon + 1].start
    if any(x.content is not None and x.content[0] <= start < x.content[1] for x in found[before:]):
        return  # a report of the sentence has taken what follows the colon
    found.append(Attribution(sent_id, (toks[k].i, toks[k].i + 1), "indirect", cue_type="speech",
                             source=(toks[owner[0]].i, toks[owner[1] - 1].i + 1), content=(start, toks[len(toks) - 1].end)))  # fmt: skip


def _content_noun_speaker(toks: _SentenceTokens, k: int, lex: _Lexicons) -> tuple[int, int] | None:
    """Who gives the statement of the noun at ``k`` when no genitive names it: the clause's subject for "mit der
    Aufforderung, …" ("Die Sängerin wandte sich an das Publikum mit der Aufforderung, …") and after a verb of holding or
    voicing a view ("Viele Eltern hatten die Befürchtung, dass …", "erhob den Vorwurf, …"), the phrase after "Von" opening the
    clause ("Von der Feuerwehr kam der Hinweis, …"), a possessive before the noun; None otherwise."""
    start = _clause_start(toks, k)
    before = toks[k - 1] if k > 0 else None
    if before is not None and lex.is_(before, "determiner") and (before.low in _POSSESSIVE_RELATIVES or before.low.startswith(_POSSESSIVE_STEMS)):
        return (k - 1, k)  # "seine Ankündigung, …", "Ihre Forderung, …": its owner, resolved like a pronoun
    holding = any(t.text[:1].islower() and t.low.startswith(_HOLDING_STEMS) for t in toks[start:k]) or (
        lex.nouns[toks[k].low][0] == "opinion" and before is not None and before.low == "der"
        and any(t.low in _SEIN_FORMS for t in toks[start:k]))  # "Die Ministerin sei der Ansicht, …"
    if holding or k >= 2 and toks[k - 2].low == "mit" and lex.is_(toks[k - 1], "determiner"):
        subject = _clause_subject(toks, start, k - 1 if holding else k - 2, lex)
        if subject is None and start > 0:  # "X, der im Exil lebt, wandte sich … mit der Aufforderung, …": the subject
            fin = next((j for j in range(start, k) if toks[j].text.isalpha() and toks[j].text.islower() and not lex.words.get(toks[j].low)),
                       None)  # before the relative clause (the clause's verb, no preposition or article)
            subject = find_subject(toks, fin, lex, None) if fin is not None else None
        if subject is not None and toks[subject[0]].low not in ("es", "das", "dies") and _plausible_speaker(toks, subject, lex):
            return subject
    if before is not None and before.text in ("’", "'") and k >= 2 and toks[k - 2].text[:1].isupper():
        return (k - 2, k - 1)  # "Hans’ Vorwurf, dass …": the owner named before the apostrophe
    if toks[start].low in ("von", "vom") and start + 1 < k:
        end = np_forward(toks, start + 1, k, lex)
        if end is not None and end < k and _owner_speaks(toks, (start + 1, end), lex):
            return (start + 1, end)
    return None


def _owner_speaks(toks: _SentenceTokens, owner: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether a noun phrase in the genitive can speak: :func:`_plausible_speaker`, or its last noun without the
    genitive ending is a person or body ("des Trainers", "des Ministeriums")."""
    if _plausible_speaker(toks, owner, lex, strict=True):
        return True
    low = toks[owner[1] - 1].low
    bare = [low[: -len(ending)] for ending in ("es", "s") if low.endswith(ending) and len(low) > len(ending) + 2]
    return any(b in _speaker_heads() or person_noun(b) for b in bare)


_POSSESSIVE_STEMS = ("sein", "ihr", "unser", "mein", "euer", "eure", "dein")
# finite forms of verbs that hold or voice a view before its noun: haben, hegen, teilen, äußern, erheben, vermitteln
_HOLDING_STEMS = ("hat", "hab", "heg", "teilt", "teilen", "äußer", "erheb", "erhob", "vermittel")
_NOUN_CORRELATES = frozenset(("daran", "darüber", "darauf", "davon", "dafür", "dazu"))
_CONTENT_NOUN_TYPES = frozenset(("statement", "information", "opinion", "demand", "estimate"))


def _announcing(toks: _SentenceTokens, k: int, noun_type: str) -> bool:
    """Whether a zu-infinitive after the noun at ``k`` and a comma is what it demands, announces or gives as a reason
    ("die Aufforderung, … zu öffnen", "die Begründungen der Regierung, … nicht beizutreten"): a noun of a demand, or
    of a statement not itself in the genitive ("im Zuge eines Interviews, ihre Sicht darzulegen" is a phrase set off)."""
    return noun_type == "demand" or noun_type == "statement" and not (k > 0 and toks[k - 1].low in _GENITIVE_ARTICLES - {"der"})


# Verbs with a frequent sense that reports nothing, told apart by a word of their clause when no
# complement clause follows: "die Polizei wurde verständigt" (notified; "sich verständigen" is to agree),
# "nennt sich X" (is called; "so nennt man …" is left alone: in speeches it often states a view),
# "forderte 25 Todesopfer" (claimed lives), "bestreitet das Finale" (plays; "die Kosten bestreiten": pays),
# "spricht eine deutliche Sprache" (shows), "wurde zu drei Jahren Haft verurteilt" (sentenced; "verurteilte den
# Anschlag" is to condemn), "hat die Wahl für sich entschieden" (won).
_REFLEXIVES = frozenset(("sich", "uns", "euch", "mich", "dich"))
_LIVES = ("opfer", "tote", "toten", "verletzte")  # and compounds: "Todesopfer", "Verkehrstote"
_LIFE = frozenset(("leben", "menschenleben", "tribut"))  # only these words ("Zusammenleben" is another matter)
# what one plays or pays, not what one denies: "Heimspiel", "Endrunde", "Lebensunterhalt", "Wahlkampf"
# what a court sentences someone to: "zu zwei Jahren Haft", "zu einer Geldstrafe", "zum Tode"
_NEAR = 10  # tokens on either side of the verb that are searched for the words telling a sense apart
_PENALTIES = ("haft", "strafe", "strafen", "jahren", "monaten", "tode", "gefängnis", "zuchthaus", "bewährung")
_MATCHES = ("spiel", "spiele", "partie", "finale", "match", "rennen", "duell", "derby", "satz", "tiebreak", "elfmeterschießen")
# what one "bestreitet" (takes part in or pays for): a match, and a season, show or its costs
_CONTESTS = (*_MATCHES, "kampf", "turnier", "runde", "saison", "auftritt", "kosten", "unterhalt", "programm")


def _in_clause(toks: _SentenceTokens, k: int, *lows: str) -> bool:
    """Whether one of ``lows`` stands in the clause of ``k`` (indexed lookups: linear in the sentence)."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    return any(toks.next_low(low, start) < end for low in lows)


def _impersonal(toks: _SentenceTokens, k: int, lemma: str) -> bool:
    """"Es zeigte sich, dass …" (it became apparent), "Es besteht kein Zweifel" (there is), "Damit bestätigte sich
    die Sorge, dass …" (came true): "zeigen" with "es" and "sich" in its clause, "bestehen" without
    "auf"/"darauf" (to insist on) and "bestätigen" with "sich" report no one."""
    if lemma == "zeigen":
        return _in_clause(toks, k, "es") and _in_clause(toks, k, "sich")
    if lemma == "bestätigen":
        return _in_clause(toks, k, "sich")
    return lemma == "bestehen" and not _in_clause(toks, k, "auf", "darauf", "drauf")


def _thing_sense(toks: _SentenceTokens, k: int, lemma: str, subject: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether a verb that reports when a person is its subject describes here what a thing shows: "sprechen
    für/gegen" (to indicate: "Die Zahlen sprechen gegen eine Erholung", "Indizien, die dafür sprechen"),
    "sich äußern in" (to manifest: "Die Proteste äußerten sich in Schweigen"), "hinweisen auf" (to point to:
    "Die Spuren weisen auf eine Tat hin") and "versprechen" ("Die Aktie verspricht Gewinn") with a subject that is no person,
    group or body by its head; "sich informieren" (to find out for oneself) reports nothing whoever does it."""
    words = _clause_words(toks, k)
    if lemma == "informieren":
        return "sich" in words and not _in_clause(toks, k, "dass", "ob")
    indicates = (lemma == "sprechen" and bool(words & _FOR_OR_AGAINST) or lemma == "äußern" and "sich" in words and "in" in words
                 or lemma in _THINGS_DO_TOO)  # fmt: skip
    if not indicates:
        return False
    first = toks[subject[0]]
    if lex.is_(first, "relative_pronoun") and subject[1] - subject[0] == 1 or lex.is_(first, "personal_pronoun"):
        return False  # "die …", "er": who it stands for is not read here
    if lemma == "sprechen" and _thing_or_statement(toks, subject, lex):
        return True  # "Die Zahlen sprechen gegen …": figures and statements indicate too
    return not _plausible_speaker(toks, subject, lex, strict=True)


def _thing_or_statement(toks: _SentenceTokens, subject: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether a subject ends in a statement noun ("die Zahlen", "die neuen Daten", "Umfragen"): something that may
    indicate, not a person ("Dieser sprach für alle" stays a report)."""
    words = [t for t in toks[subject[0] : subject[1]] if t.text[:1].isalnum()]
    if not words:
        return False
    low, heads = words[-1].low, _speaker_heads()
    if low in lex.nouns:
        return True
    # a compound on a statement noun, not a person, group or body ("die Opposition" is no compound on "Position")
    return low not in heads and _ends_in(low, lex.nouns, 6) and not _ends_in(low, heads, 5)


_FOR_OR_AGAINST = frozenset(("für", "gegen", "dafür", "dagegen"))


def _comment_on_a_topic(toks: _SentenceTokens, k: int) -> bool:
    """Whether "sich äußern" at ``k`` names at most the topic commented on ("äußerte sich im Interview zu dem Vorfall",
    "Ebenso äußerte sich der Minister"): a clause that ends the sentence, with no quotation, the act of commenting and
    no words of it; not a stance for or against something ("äußerte sich gegen ein Verbot")."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    return end >= len(toks) - 1 and all(t.quote < 0 for t in toks[start:end]) and not _clause_words(toks, k) & _FOR_OR_AGAINST
# verbs whose subject may be a thing in another sense: "Die Spuren weisen auf eine Tat hin" (indicate),
# "Die Aktie verspricht Gewinn" (holds out the prospect of)
_THINGS_DO_TOO = frozenset(("hinweisen", "versprechen"))


# what a team or athlete defends in a contest ("Titel", "Tabellenführung", "2:1-Führung", "Platz"): whole words or the
# last part of a compound; longer endings also match closed compounds ("Weltmeistertitel", "Punktevorsprung")
_CONTESTS_HELD = frozenset(("platz", "tor", "krone", "spitze", "rang", "gürtel", "sieg"))
_CONTESTS_HELD_ENDINGS = ("titel", "führung", "vorsprung", "meisterschaft", "pokal")


def _contest_held(tok: Token) -> bool:
    """Whether ``tok`` names what is defended in a contest (see :data:`_CONTESTS_HELD`)."""
    low = tok.low.rpartition("-")[2]
    return low in _CONTESTS_HELD or low.endswith(_CONTESTS_HELD_ENDINGS)


def _other_sense(toks: _SentenceTokens, k: int, lemma: str, lex: _Lexicons) -> bool:
    """Whether the reporting verb at ``k`` has its other sense here (see above); only asked when no
    complement clause follows it."""
    if lemma not in ("verständigen", "nennen", "fordern", "bestreiten", "sprechen", "verurteilen", "entscheiden", "erklären", "klagen",
                     "erwarten", "klarmachen", "erinnern", "beschließen", "versprechen", "verteidigen", "einräumen", "melden"):  # fmt: skip
        return False
    if lemma == "einräumen":  # "räumte den Mietern eine Frist ein", "hatte ihm Rechte eingeräumt": granted someone something
        return any(t.low in _DATIVE_OBJECTS or t.low == "den" and n + 1 < len(toks) and toks[n + 1].text[:1].isupper()
                   and toks[n + 1].low.endswith("n") and not toks[n + 1].low.endswith(_COMMON_NOUN_SUFFIXES)
                   for n, t in enumerate(toks[: _clause_end(toks, k)])
                   if n > _clause_start(toks, k) and not lex.is_(toks[n - 1], "preposition"))  # fmt: skip (not "in einem Interview")
    if lemma == "beschließen":  # "Lawrence Weiner beschließt das Jahr", "beschloss den Abend mit …": ends a period or an event
        return any(toks[j].text[:1].isupper() and toks[j].low in _PERIODS and toks[j - 1].low in _OBJECT_ARTICLES
                   and not lex.is_(toks[j - 2], "preposition") for j in range(k + 2, _clause_end(toks, k)))  # not "im letzten Jahr"
    if lemma == "erinnern":  # "Mit einer Mahnwache wurde an die Opfer erinnert": commemorated, nobody reminds of a claim
        return _is_passive(toks, k, "participle", lex) and any(t.low in ("an", "daran") for t in toks[_clause_start(toks, k) : k])
    if lemma == "klarmachen":  # "machte in der 32. Minute alles klar": settled the game
        return any(toks[j].low == "klar" and toks[j - 1].low == "alles" for j in range(k + 2, min(len(toks), k + _NEAR)))
    if lemma == "erwarten":  # "wie erwartet", "höher als erwartet": no one's expectation reported (the attributive
        return k > 0 and toks[k - 1].low in ("wie", "als")  # "der erwartete Gewinn" is no verb: _homograph_not_verb)
    if lemma in ("verurteilen", "entscheiden", "erklären", "klagen"):  # their telling words stand near the verb
        start, end = _clause_start(toks, k), _clause_end(toks, k)
        near = toks[max(start, k - _NEAR) : min(end, k + _NEAR)]
        if lemma == "erklären":  # "wurde zur Sperrzone erklärt", "erklärte den Vertrag für nichtig": declared to be
            return _declared_as(toks, k, max(start, k - _NEAR), end, lex)
        if lemma == "verurteilen":  # "wurde wegen Betrugs zu zwei Jahren Haft verurteilt": a court's sentence
            return any(t.low in ("wegen", "schuldig") for t in near) or any(
                t.low in ("zu", "zum", "zur") and any(u.low.endswith(_PENALTIES) for u in near[n + 1 : n + 6]) for n, t in enumerate(near)
            )  # fmt: skip
        if lemma == "klagen":  # "klagte über Schmerzen" complains; "klagt gegen den Bescheid", "vor Gericht" sues
            return not any(t.low in ("über", "darüber") for t in near) or any(t.low in ("gegen", "vor", "beim") for t in near)
        # "hat die Vorwahl für sich entschieden": won it; "entschieden das Duell mit 2:1": a match decided on the pitch
        return any(t.low == "für" and n + 1 < len(near) and near[n + 1].low == "sich" for n, t in enumerate(near)) \
            or any(t.text[:1].isupper() and t.low.endswith(_MATCHES) for t in near)  # fmt: skip
    clause = toks[_clause_start(toks, k) : _clause_end(toks, k)]
    words = {t.low for t in clause}
    if lemma == "verständigen":
        return not words & _REFLEXIVES
    if lemma == "melden":  # "meldete sich bei der Polizei", "meldete sich zu Wort": got in touch, took the floor
        return "sich" in words
    if lemma == "nennen":  # "nennt sich X"; "so wird die Anmeldung auch genannt": what a thing is called
        return "sich" in words or bool(words & {"so", "wie"}) and _is_passive(toks, k, "participle", lex)
    if lemma == "verteidigen":  # "verteidigte seinen Titel", "verteidigen 2:1-Führung": a contest, not a position argued
        return any(_contest_held(t) for t in clause if t.text[:1].isupper())
    if lemma == "versprechen":  # "verspricht sich davon Erfolg": expects; "versprach sich": misspoke ("versprach sich
        return "sich" in words and not _zu_infinitive(toks, k + 1, _clause_end(toks, k))  # einzusetzen": a promise)
    if lemma == "sprechen":  # "Die Zahlen sprechen eine klare Sprache": figurative; "spricht drei Sprachen": an ability;
        # "wurde schuldig gesprochen", "sprach ihn frei": a verdict
        return any(t.text in ("Sprache", "Sprachen") for t in clause) or bool(words & {"schuldig", "frei", "heilig", "selig"})
    if lemma == "bestreiten":  # the contest as the object: "ihr letztes Heimspiel", not "nach dem Spiel"
        start = _clause_start(toks, k)
        return any(_object_noun(toks, j, start, lex) for j in range(k + 1, _clause_end(toks, k))
                   if toks[j].text[:1].isupper() and toks[j].low.endswith(_CONTESTS))  # fmt: skip
    return any(t.low.endswith(_LIVES) or t.low in _LIFE for t in clause if t.text[:1].isupper())


# dative articles and pronouns: the one to whom something is granted ("räumte ihm eine Frist ein")
_DATIVE_OBJECTS = frozenset(("dem", "einem", "ihm", "ihnen", "uns", "mir", "dir", "euch", "diesem", "seinem", "ihrem"))


# what "beschließen" ends rather than decides: a period, a season, an event ("beschließt das Jahr", "den Abend")
_PERIODS = frozenset(("jahr", "saison", "spielzeit", "abend", "tag", "woche", "reihe", "festival", "konzert", "programm",
                      "tournee", "veranstaltung", "feier", "ausstellung", "karriere", "laufbahn", "leben", "runde"))  # fmt: skip
_OBJECT_ARTICLES = frozenset(("das", "den", "die", "sein", "seine", "seinen", "ihr", "ihre", "ihren"))


# Modal verbs before an infinitive that make it an act owed or possible, not done ("muss … zustimmen",
# "könnte … beschließen", "darf … nicht veröffentlichen", "soll am Montag entscheiden"). Not the past indicative:
# "musste einräumen", "konnte vermelden" say that it happened. Not "werden" or "wollen": an announced decision
# or intention is a position of its own ("Die Fraktion wird den Antrag ablehnen").
_OWED_OR_POSSIBLE = frozenset(("muss", "müssen", "müsse", "müsste", "müssten", "kann", "können", "könne", "könnte", "könnten",
                               "darf", "dürfen", "dürfe", "dürfte", "dürften", "soll", "sollen", "solle", "sollte", "sollten"))  # fmt: skip


def _owed_or_possible_act(toks: _SentenceTokens, k: int, role: str, lemma: str, lex: _Lexicons) -> bool:
    """Whether the reporting verb at ``k`` is an infinitive under a modal of obligation or possibility
    (above): a statement or decision owed or possible, with nothing reported ("Der Rat muss noch zustimmen").
    Only asked without a complement clause, and not with a first-person, "man" or addressed "Sie" subject: "Das muss
    man deutlich sagen", "Das können Sie gern beantragen" are the speaker's own speech act or one put to the addressee."""
    if role == "participle" and k + 1 < len(toks) and toks[k + 1].low == "werden":
        # "Die Gefahr dürfe nicht verharmlost werden", "muss noch geprüft werden": a passive owed or possible
        if not any(t.low in _OWED_OR_POSSIBLE for t in toks[_clause_start(toks, k) : k]):
            return False
    elif role != "infinitive" and not (role == "finite" and toks[k].low == lemma.lower()):
        return False
    else:
        fin = _finite_for(toks, k, role, lex, lemma)
        if fin == k or toks[fin].low not in _OWED_OR_POSSIBLE:
            return False
        if fin == _auxiliary_before_insertion(toks, _clause_start(toks, k), lex):  # "Wir können – das sage ich offen – nicht zustimmen"
            clause = toks[_clause_start(toks, fin) : _clause_end(toks, fin)]
            if any(lex.is_(t, "first_person") or t.low == "man" for t in clause):
                return False
    start = _clause_start(toks, k)
    return not any(lex.is_(toks[j], "first_person") or toks[j].low == "man" or _formal_sie(toks, j) for j in range(start, _clause_end(toks, k)))


_OPEN_QUESTION_WORDS = _COMPLEMENT_WORDS - {"dass", "weil", "was"}  # ("was" may take up the clause before: "…, was X bestätigte")


def _thought_clause(toks: _SentenceTokens, complement: tuple[int, int], konj1: set[int]) -> bool:
    """Whether a complement says what is thought or seen: a clause opened by "dass", "ob" or a question word, or one
    in Konjunktiv I. Not a main clause in the indicative after a comma or colon ("Ein Sturm wird erwartet, er
    erreicht …", "Er wurde gefunden: in Amsterdam"), which goes on with the writer's own account."""
    a, b = complement
    return a < len(toks) and toks[a].low in _COMPLEMENT_WORDS or _has_konj1(toks, konj1, a, b)


def _open_question(toks: _SentenceTokens, complement: tuple[int, int]) -> bool:
    """Whether a complement clause is an indirect question ("ob …", "wie …", "wann …"): what a decision
    settles, not something stated."""
    return complement[0] < len(toks) and toks[complement[0]].low in _OPEN_QUESTION_WORDS


def _declared_as(toks: _SentenceTokens, k: int, start: int, end: int, lex: _Lexicons) -> bool:
    """Whether "erklären" at ``k`` declares something to be something: its predicate, "zum/zur" with a noun
    phrase or "für" with a bare adjective, closes the clause or stands right before the verb ("wurde zur
    Sperrzone erklärt", "erklärte ihn zum Sieger", "hat den Vertrag für nichtig erklärt"); looked for in
    ``toks[start:end]`` (the clause), no farther than :data:`_NEAR` tokens after the verb."""
    for j in range(start, min(end, k + _NEAR) - 1):
        low = toks[j].low
        if low in ("zum", "zur"):
            m = j + 1
            while m < min(end, j + _NEAR) and m != k and (toks[m].text[:1].isupper() or _adjective_like(toks[m])):
                m += 1
            if m > j + 1 and toks[m - 1].text[:1].isupper() and (m == k or m == end or not toks[m].text[:1].isalnum()):
                return True
        elif low == "für":
            nxt = toks[j + 1]
            after = j + 2
            if (nxt.text[:1].islower() and nxt.text[:1].isalpha() and not lex.is_(nxt, "determiner") and nxt.low not in _REFLEXIVES
                    and (after == k or after == end or not toks[after].text[:1].isalnum())):  # fmt: skip
                return True
    return False


def _object_noun(toks: _SentenceTokens, j: int, start: int, lex: _Lexicons) -> bool:
    """Whether the noun at ``j`` follows an article or possessive (up to two adjectives between) that no
    preposition governs: "ihr letztes Heimspiel", not "nach dem Spiel", "im Kampf"."""
    for i in range(j - 1, max(start - 1, j - 4), -1):
        if lex.is_(toks[i], "preposition"):
            return False
        if lex.is_(toks[i], "determiner"):
            return i == start or not lex.is_(toks[i - 1], "preposition")
    return False


def _separated_particle(toks: _SentenceTokens, particle: str, k: int, end: int, lex: _Lexicons) -> bool:
    """Whether the particle of a separable verb at ``k`` closes its clause ("teilte … mit", "gab … bekannt"),
    not a preposition with its object ("warfen Steine vor dem Gebäude")."""
    p = toks.next_low(particle, k + 1)
    while p < end:
        if toks[p].text[:1].isupper():
            p = toks.next_low(particle, p + 1)
            continue  # a noun, not the particle: "den Weg", "das Aus"
        nxt = toks[p + 1] if p + 1 < len(toks) else None
        infinitive = (particle == "zu" and nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.low.endswith(("en", "ern", "eln"))
                      and nxt.low not in _GIVEN_TO_UNDERSTAND)  # fmt: skip
        if not infinitive and (nxt is None or not (lex.is_(nxt, "determiner") or nxt.text[:1].isupper() or nxt.text[:1].isdigit()
                                                   or _adjective_before_noun(toks, p + 1))):  # fmt: skip
            return True  # ("zu sehen": the mark of an infinitive, not the particle of "zugeben")
        p = toks.next_low(particle, p + 1)
    return False


def _past_asides(toks: _SentenceTokens, end: int, lex: _Lexicons) -> int:
    """The end of a clause that runs on after prepositional phrases set off by commas at ``end`` ("gab am Montag, nach
    langen Verhandlungen, die Übernahme bekannt"): short, without a verb; ``end`` itself when none follows."""
    while end + 1 < len(toks) and toks[end].text == "," and lex.is_(toks[end + 1], "preposition"):
        close = toks.next_low(",", end + 1)
        if close >= len(toks) or close - end > _ASIDE_WORDS or any(lex.is_(t, "auxiliary") or t.low in lex.verbs for t in toks[end + 1 : close]):
            break
        end = _clause_end(toks, close + 1)
    return end


# the longest prepositional phrase set off by commas inside a clause ("…, nach langen Verhandlungen, …")
_ASIDE_WORDS = 8
# "gab … zu bedenken", "gab … zu verstehen": a speech act of "geben" with these infinitives, read as "zugeben"
_GIVEN_TO_UNDERSTAND = frozenset(("bedenken", "verstehen", "erkennen"))


def _adjective_before_noun(toks: Sequence[Token], j: int) -> bool:
    """"ein vorbeifahrendes Auto": a lower-case word with an adjective ending followed by a noun (the word
    before them is an article or preposition, not a verb particle)."""
    return _adjective_like(toks[j]) and j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and toks[j + 1].text[:1].isalpha()


def _rede_hits(toks: _SentenceTokens) -> list[tuple[int, int, str, str]]:
    """ "war von zwei Verletzten die Rede": the phrase "ist/war die Rede von" with its object inside, "die Rede"
    closing the clause; an agentless report ("In ersten Meldungen war …": the document's, see the caller)."""
    hits = []
    k = toks.next_low("rede", 1)  # indexed per sentence: most sentences have none
    while k < len(toks):
        if toks[k - 1].low == "die":
            start, end = _clause_start(toks, k), _clause_end(toks, k)
            before = {t.low for t in toks[start : k - 1]}
            if toks.count_words(k + 1, end) == 0 and before & {"von", "vom"} and before & _SEIN_FORMS:
                hits.append((k - 1, k + 1, "agentless", "die rede von"))
        k = toks.next_low("rede", k + 1)
    return hits


def _other_particle_verb(toks: _SentenceTokens, k: int, entry: VerbEntry, lex: _Lexicons) -> bool:
    """Whether the finite verb at ``k`` belongs to another, separable verb whose particle closes the clause:
    "fand … statt" (stattfinden) is not "finden", "sah … an" (ansehen) not "sehen"; a reporting verb's own
    particle ("teilte … mit") and a preposition with its object ("warnte vor dem Sturm") are no such particle."""
    end = _clause_end(toks, k)
    last = end - 1
    while last > k and not toks[last].text[0].isalnum():
        last -= 1
    if last <= k + 1 or toks[last].low == entry.particle or not lex.is_(toks[last], "verb_particle") or not toks[last].text[:1].islower():
        return False  # (a noun is no particle: "hält das für den falschen Weg")
    if toks[last].low in _ADVERB_PARTICLES:
        return False  # "sagte die Anwältin weiter", "hieß es weiter": further, the reporting verb's own adverb
    return _separated_particle(toks, toks[last].low, last - 1, end, lex)


# particles that after a reporting verb are adverbs ("erklärte weiter": went on to explain), not part of another verb
_ADVERB_PARTICLES = frozenset(("weiter",))


# verb forms that are also adverbs of degree before an adjective or adverb
_ADVERB_HOMOGRAPHS = frozenset(("äußerst",))


# "es gut/ernst/ehrlich meinen": to mean well, to be serious — an attitude, not what someone means to say
_MEANING_WELL = frozenset(("gut", "ernst", "ehrlich", "schlecht", "böse", "redlich", "aufrichtig", "todernst", "bitterernst"))


def _homograph_not_verb(toks: Sequence[Token], k: int, lex: _Lexicons) -> bool:
    """Verb forms that are also determiners, quantifiers or particles.

    A possessive before a noun phrase is no verb ("meine Damen", but "Sie meinen, dass");
    "einige(n)" is the verb "sich einigen" only with a reflexive pronoun in reach; "bitte"
    and "danke" are verbs only next to "ich".
    """
    tok = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if tok.low.startswith("mein") and nxt is not None and nxt.low == "es" and k + 2 < len(toks) and toks[k + 2].low in _MEANING_WELL:
        return True  # "meinte es gut mit den Gästen", "meint es ernst": to mean well, no opinion said
    if tok.low in _ADVERB_HOMOGRAPHS and nxt is not None and nxt.text[:1].islower() and nxt.text[:1].isalpha() and not lex.words.get(nxt.low):
        return True  # "äußerst konservativ": extremely, not "you express"
    if tok.low in _MANNER_PARTICIPLES and _manner_adverb(toks, k, lex):
        return True  # "bestreitet entschieden", "hatte … entschieden dementiert": firmly, no decision
    if lex.is_(tok, "particle"):
        return not any(t.low == "ich" for t in toks[max(0, k - 2) : k + 3])
    if lex.is_(tok, "quantifier"):
        if nxt is not None and (nxt.text[0].isupper() or _adjective_like(nxt)):
            return True  # "einige Kollegen"
        return not any(lex.is_(t, "reflexive") for t in toks[max(0, k - 3) : k + 4])
    if lex.is_(tok, "determiner"):  # "meinen die Experten": an article after it makes it the verb
        return nxt is not None and not lex.is_(nxt, "determiner") and (nxt.text[0].isupper() or _adjective_like(nxt))
    if nxt is None or not (nxt.text[0].isupper() and nxt.text[0].isalpha()) or lex.is_(nxt, "personal_pronoun"):
        return False
    if tok.low.endswith(_ATTRIBUTIVE_PARTICIPLE) and _participle_stem(tok.low, lex) and _inside_noun_phrase(toks, k, lex):
        # "nicht weiter bezeichnete Quellen", "die geforderte Summe": an attributive participle, unless "Das" opening
        # the sentence is the object and nothing after could be the verb ("Das erklärte Roth am Montag.": past tense)
        return not (k == 1 and toks[0].low in ("das", "dies")) or _other_verb_in_clause(toks, k, lex)
    # "zwei verdächtige Männer", "mit verdächtigen Substanzen": a verb built on an adjective ("verdächtig" →
    # "verdächtigen") has forms that are the adjective with its ending; between an article, numeral or
    # preposition and a noun they are the adjective (a finite verb never stands there)
    return _adjective_form(tok.low) and _right_after_determiner(toks, k, lex)


# participles that are also adverbs of manner ("firmly", "repeatedly": "bat wiederholt darum", "hat wiederholt betont")
_MANNER_PARTICIPLES = frozenset(("entschieden", "wiederholt"))


def _manner_adverb(toks: Sequence[Token], k: int, lex: _Lexicons) -> bool:
    """Whether the participle at ``k`` modifies another verb: a verb or particle follows it ("entschieden
    dementiert", "entschieden ab"), or a finite verb other than an auxiliary stands before it in its clause
    ("Die Partei bestreitet entschieden …", "Ich widerspreche aber entschieden")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1].islower() and nxt.text.isalpha() and not lex.is_(nxt, "auxiliary") \
            and (nxt.low in lex.verbs or lex.is_(nxt, "verb_particle")):  # fmt: skip
        return True  # not "entschieden haben", "entschieden hatte": the participle with its auxiliary
    for j in range(k - 1, max(-1, k - 8), -1):
        if toks[j].text in _BOUNDARY_MARKS:
            break
        if toks[j].text[:1].islower() and not lex.is_(toks[j], "auxiliary") \
                and any(role in ("finite", "finite_sep") for _, role in lex.verbs.get(toks[j].low, ())):  # fmt: skip
            return True
    return False


def _other_verb_in_clause(toks: Sequence[Token], k: int, lex: _Lexicons) -> bool:
    """Whether the clause of ``toks[k]`` holds, after it, a lower-case word that is no function word (a
    possible verb: "Das erklärte Ziel bleibt …"); names, numbers and prepositions are none."""
    for j in range(k + 1, len(toks)):
        tok = toks[j]
        if tok.text in _BOUNDARY_MARKS:
            return False
        if tok.text[:1].islower() and tok.text.isalpha() and not lex.words.get(tok.low) and not (
                _adjective_like(tok) and j + 1 < len(toks) and toks[j + 1].text[:1].isupper()):  # fmt: skip
            return True  # (not an adjective before its noun: "gegenüber ausländischen Diplomaten")
    return False


def _phrase_participle(low: str, lex: _Lexicons) -> bool:
    """Whether ``low``, the last word of a phrase of speech, is a past participle: a reporting verb's ("ausgegangen") or
    a simple verb's by its shape ge-…-t / ge-…-en ("deutlich gemacht", "zur Sprache gebracht", "zu bedenken gegeben"),
    which is longer than the infinitive "geben"."""
    if any(role.startswith("participle") for _, role in lex.verbs.get(low, ())):
        return True
    return low.startswith("ge") and len(low) > 5 and low.endswith(("t", "en"))


def _participle_stem(low: str, lex: _Lexicons) -> bool:
    """Whether ``low`` is a participle with an adjective ending: "bezeichnete" (bezeichnet + e), not the
    past form "teilte" (whose participle is "geteilt")."""
    for ending in ("e", "en", "er", "es", "em"):
        if low.endswith(ending) and any(role in ("participle", "finite_or_participle") for _, role in lex.verbs.get(low[: -len(ending)], ())):
            return True
    return False


# A participle with an adjective ending: "geforderte", "bezeichneten", "genannter", "verbreitetes", "erwähnten".
_ATTRIBUTIVE_PARTICIPLE = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# suffixes of adjectives from which verbs are built: "verdächtig-en", "beschuldig-en", "verdeutlich-en"
_ADJECTIVE_SUFFIXES = ("ig", "lich", "isch", "bar", "sam", "haft")


def _adjective_form(low: str) -> bool:
    """Whether ``low`` is an adjective in -ig, -lich, … with an inflection ending ("verdächtige", "verdächtigen");
    not a verb whose stem ends in a diphthong + g ("zeigen", "steigen")."""
    for ending in _ADJECTIVE_ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and stem.endswith(_ADJECTIVE_SUFFIXES) and len(stem) >= 5:
            return not (stem.endswith("ig") and stem[-3] in "aeiouäöü")
    return False


def _right_after_determiner(toks: Sequence[Token], k: int, lex: _Lexicons) -> bool:
    """Whether ``toks[k]`` follows an article, quantifier or numeral with at most two lower-case adjectives
    between, or directly follows a preposition ("mit verdächtigen Substanzen"; not "von dort berichten")."""
    if k == 0:
        return False
    prev = toks[k - 1]
    if lex.is_(prev, "preposition"):
        return True
    if prev.low in ("das", "dies") and not toks[k].low.endswith("e"):
        return False  # "Das bestätigen Experten": the pronoun (an adjective after "das" ends in -e: "das verdächtige Paket")
    for j in range(k - 1, max(-1, k - 4), -1):
        prev = toks[j]
        if lex.is_(prev, "determiner") or lex.is_(prev, "quantifier") or prev.text[:1].isdigit() or prev.low in _NUMBER_WORDS:
            return True
        if not (prev.low.endswith(_ADJECTIVE_ENDINGS) and prev.text.isalpha() and prev.text.islower()) or prev.low in lex.verbs:
            return _phrase_inside_attribute(toks, k, lex)
    return False


def _phrase_inside_attribute(toks: Sequence[Token], k: int, lex: _Lexicons) -> bool:
    """Whether ``toks[k]`` follows an article and a prepositional phrase of nouns ("eines wegen Betrugs verdächtigen
    Mannes", "die für Kinder und Familien zuständigen Stellen"): the word before the noun belongs to the attribute."""
    j = k - 1
    while j > 0 and k - j <= 5 and (toks[j].text[:1].isupper() and toks[j].text.isalpha() or toks[j].low in ("und", "oder")
                                    or j < k - 1 and lex.is_(toks[j], "determiner")):  # fmt: skip
        j -= 1
    if not (j < k - 1 and j > 0 and toks[j].text.islower() and lex.is_(toks[j], "preposition")):
        return False
    return lex.is_(toks[j - 1], "determiner") or _attribute_adverb(toks, j - 1, lex) and lex.is_(toks[j - 1], "connector")
    # ("die heute von der Agentur publizierten Daten": adverbs between the article and the phrase)


def _inside_noun_phrase(toks: Sequence[Token], k: int, lex: _Lexicons) -> bool:
    """Whether ``toks[k]`` stands after an article, quantifier or preposition with at most three lower-case
    adverbs or adjectives between (an attribute before a noun), not after a subject."""
    j = k - 1
    while j >= 0 and k - j <= 4:
        prev = toks[j]
        if (lex.is_(prev, "determiner") or lex.is_(prev, "quantifier") or lex.is_(prev, "preposition") or prev.text[:1].isdigit()
                or prev.low in _NUMBER_WORDS):  # fmt: skip
            return True
        if j == 0 and prev.low in _DEGREE_ADVERBS or j > 0 and lex.is_(prev, "auxiliary") and toks[j - 1].text[:1].isalnum():
            # "Gut informierte Kreise sagten", "Der Minister will informierten Kreisen zufolge …": the verb of the clause
            # stands elsewhere; a finite verb never follows a modal or auxiliary directly
            return True
        if not (prev.text[:1].islower() and prev.text.isalpha()) or lex.is_(prev, "auxiliary") or prev.low in lex.verbs:
            return _phrase_inside_attribute(toks, k, lex)  # "der von der Partei erwartete Aufruhr"
        j -= 1
    return False


# adverbs of degree that open a sentence before an attributive participle ("Gut informierte Kreise", "Nicht
# genannte Quellen")
_DEGREE_ADVERBS = frozenset(("gut", "bestens", "besser", "schlecht", "nicht", "kaum", "wenig", "sehr", "meist", "gewöhnlich"))


def _states_position(toks: _SentenceTokens, k: int, entry: VerbEntry, lex: _Lexicons) -> bool:
    """"Das finde ich richtig", "hält das für falsch", "sehen das anders", "sehen darin eine Gefahr":
    a verb of thinking or seeing with a stance predicate reports a position."""
    if entry.lemma == "schätzen":
        return _estimated_at(toks, k)
    if entry.lemma in _FIGURE_FINDING:
        return _figure_found(toks, k)
    if entry.lemma == "ausgehen":
        return _assumes(toks, k, lex)
    if entry.lemma == "rechnen":
        return _expects(toks, k, lex)
    if entry.lemma in _ACT_PREPOSITIONS:
        return bool(_clause_words(toks, k) & _ACT_PREPOSITIONS[entry.lemma])
    if entry.lemma == "freuen":
        return _looks_forward(toks, k)
    if entry.lemma not in ("finden", "halten", "sehen", "betrachten", "bewerten", "beurteilen", "einschätzen"):
        return False
    start = _clause_start(toks, k)
    words = _clause_words(toks, k)
    if entry.lemma == "halten":
        return _holds_a_view(words)
    if entry.lemma == "finden" and words & _FINDING_A_WAY:
        return False  # "fanden nicht richtig ins Spiel", "findet zurück": a way found, not a view ("richtig" is manner)
    if entry.lemma == "sehen" and words & _COMPARISONS and not words & _OBJECT_PRONOUNS_SEEN:
        return False  # "sehen ihren Eltern ähnlich": resemble; "sehen das ähnlich" states a position
    if entry.lemma in ("sehen", "betrachten") and "als" in words and _predicative_als(toks, k):
        return True  # "sieht den Kompromiss als Erfolg", "betrachtet die Sanktionen als Eskalation": a position
    if entry.lemma == "sehen" and ("darin" in words or words & _SEEN_STANCE_NOUNS
                                   or any(w.endswith(_SEEN_STANCE_COMPOUNDS) for w in words)):  # fmt: skip
        return True  # "sehen darin eine Gefahr", "sieht keinen Grund", "sehen dringenden Handlungsbedarf": a position
    return toks.cached(("stance", start), lambda: any(word in lex.stance for word in words))  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _in_person_verbs() -> dict[str, str]:
    return {row["lemma"]: row["subject"] for row in load_lexicon("de", "in_person_verbs").records()}


def _in_person(toks: _SentenceTokens, k: int, role: str, entry: VerbEntry, lex: _Lexicons,
               first_subject: Callable[[], tuple[int, int] | None]) -> bool:
    """Whether a verb of ``in_person_verbs`` at ``k`` has a person of the speech situation as its subject and so
    reports without a complement clause: the speaker ("ich", "wir") for verbs of talking ("Wir reden heute über die
    Rente"), the one addressed (the formal "Sie" inside a sentence, not one capitalised as its first word) for verbs
    of knowing and seeing as well ("Sie kennen die Zahlen"). Not detected: a subject other than the lone pronoun
    ("wir alle", "Sie als Minister")."""
    subjects = _in_person_verbs().get(entry.lemma)
    if subjects is None:
        return False
    subject = find_subject(toks, _finite_for(toks, k, role, lex, entry.lemma), lex, first_subject())
    if subject is None or subject[1] - subject[0] != 1:
        return False
    pronoun = toks[subject[0]]
    if pronoun.text == "Sie":
        return _formal_sie(toks, subject[0])
    return subjects == "speaker" and lex.is_(pronoun, "first_person") and lex.is_(pronoun, "personal_pronoun")


def _experiencer(toks: _SentenceTokens, k: int, entry: VerbEntry, lex: _Lexicons) -> tuple[int, int] | None:
    """The speaker as the one moved by a verb of feeling whose subject is the cause ("Es würde mich freuen, wenn …",
    "Was uns wundert, ist …"): the first-person object pronoun of the clause, else None."""
    if entry.lemma not in _FEELING:
        return None
    start = _clause_start(toks, k)
    return next(((j, j + 1) for j in range(start, k) if toks[j].low in _FIRST_PERSON_OBJECTS), None)


_FEELING = frozenset(("freuen", "wundern"))
_FIRST_PERSON_OBJECTS = frozenset(("mich", "uns"))


def _formal_sie(toks: _SentenceTokens, j: int) -> bool:
    """Whether ``toks[j]`` is the formal "Sie" of address: capitalised inside the sentence, not as its first word
    (nor after a colon or an opening quotation mark, where "Sie" may be "she" or "they")."""
    return toks[j].text == "Sie" and j > 0 and toks[j - 1].text not in _OPEN_MARKS and toks[j - 1].text != ":"


def _looks_forward(toks: _SentenceTokens, k: int) -> bool:
    """Whether the clause of "sich freuen" at ``k`` says what is looked forward to: "auf" with an object in the
    accusative ("freue mich auf die Debatte") or "darauf"; not a place ("freuen sich über … auf dem Markt")."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    return any(toks[j].low == "darauf" or toks[j].low == "auf" and j + 1 < end and toks[j + 1].low in _FORWARD_ARTICLES
               for j in range(start, end))  # fmt: skip


_FORWARD_ARTICLES = frozenset(("den", "die", "das", "ein", "eine", "einen", "seine", "seinen", "ihre", "ihren", "unsere", "unseren"))


# verbs whose prepositional object says what was advised ("riet zu mehr Geduld", "rät zur Vorsicht"; not "rät, wer es
# war"). Tried: "drohen mit" ("drohte mit Sanktionen"), SpkAtt measure cue precision 0.9293 → 0.9284
# "wünschen" with a reflexive dative states the speaker's wish ("Die Ministerin wünscht sich mehr Lehrer", "würde mir mehr Mut
# wünschen"; not "wünscht allen ein gutes Jahr": a greeting)
_ACT_PREPOSITIONS = {"raten": frozenset(("zu", "zur", "zum")), "wünschen": frozenset(("mir", "uns", "sich"))}
# what "geht von … aus" says comes from something rather than what someone assumes ("Von dem Hund geht keine Gefahr aus")
_EMANATIONS = frozenset(("gefahr", "gefahren", "risiko", "risiken", "bedrohung", "wirkung", "signal", "signale", "impuls",
                         "impulse", "initiative", "reiz", "faszination", "kraft", "strahlung", "geruch", "lärm"))  # fmt: skip


_ASSUMPTION_REACH = 15  # words of the clause looked at on either side of the verb


def _clause_window(toks: _SentenceTokens, k: int) -> tuple[int, int]:
    """The clause of the verb at ``k``, at most :data:`_ASSUMPTION_REACH` words on either side of it."""
    return max(_clause_start(toks, k), k - _ASSUMPTION_REACH), min(_clause_end(toks, k), k + _ASSUMPTION_REACH)


def _assumes(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """"Die Polizei geht von Brandstiftung aus": the finite "geht" with "von" after it in its clause and the particle
    "aus" closing it reports an assumption (what the police take to be the case). Not what comes from something or
    someone ("Von dem Hund geht keine Gefahr aus", "Die Initiative ging von der SPD aus"), nor "Das Licht ging aus"."""
    start, end = _clause_window(toks, k)
    words = [t.low for t in toks[start:end]]
    if k == 0 or "aus" not in words[-2:] or any(w in _EMANATIONS for w in words):
        return False  # (not opening the sentence: "Geht man von zehn Prozent aus, …" is a condition)
    if any(t.low in ("von", "vom") for t in toks[start:k]):
        return False
    return _expected_thing(toks, k, end, ("von", "vom"), "aus")


def _expects(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """"Der Fiskalrat rechnet mit Mehrkosten von 800 Millionen Euro", "Experten rechnen mit einem Rückgang": "rechnen
    mit" and a thing or an amount reports an expectation (a figure in it is the source's). Not under a modal
    ("Pendler müssen mit Staus rechnen": what the writer advises), nor "rechnet mit der SPD" (counts on someone)."""
    start, end = _clause_window(toks, k)
    if k == 0 or any(t.low in _OWED_OR_POSSIBLE for t in toks[start:k]):
        return False  # (nor opening the sentence: "Rechnet man mit acht Tonnen pro Wagen, dann …" is a condition)
    return _expected_thing(toks, start, end, ("mit",), None)  # ("hatte mit Mehrkosten gerechnet", "Mit Kosten rechnet …")


def _expected_thing(toks: _SentenceTokens, k: int, end: int, prepositions: tuple[str, ...], particle: str | None) -> bool:
    """Whether a phrase of one of ``prepositions`` after ``k`` (up to ``particle`` closing the clause, or its end)
    names a thing or an amount: its last capitalised word is no person, body or source head ("Brandstiftung" is no
    "Stiftung": compounds are things), or a figure counts it ("mit 5.000 Teilnehmern")."""
    at = next((j for j in range(k + 1, end) if toks[j].low in prepositions), None)
    if at is None:
        return False
    stop = max((j for j in range(at, end) if toks[j].low == particle), default=end) if particle else end
    head = next((t for t in reversed(toks[at + 1 : stop]) if t.text[:1].isupper()), None)
    if head is None:
        return False
    if any(t.text[:1].isdigit() for t in toks[at + 1 : head.i - toks[0].i]):
        return True
    low = head.low.rsplit("-", 1)[-1]
    return not (low in _speaker_heads() or person_noun(low))


def _said_in_infinitive(toks: _SentenceTokens, k: int, entry: VerbEntry, first_subject: tuple[int, int] | None,
                        lex: _Lexicons) -> tuple[int, int] | None:  # fmt: skip
    """The speaker of a verb of speech in an infinitive clause of its own that a colon ends ("…, zu sagen: …",
    "…, zu betonen: …"): the subject of the sentence's first clause, as a token span into ``doc.tokens``.
    None for a purpose or manner ("um zu sagen", "ohne zu sagen") and anything else."""
    if entry.type != "speech" or k + 2 >= len(toks) or first_subject is None:
        return None
    if not (toks[k + 1].text == ":" or toks[k + 1].text == "," and toks[k + 2].low in _COMPLEMENT_WORDS and toks[k + 2].low != "weil"):
        return None  # ("…, zu zeigen, wer wir sind": a clause of its own after the comma says it as well)
    start = _clause_start(toks, k)
    if toks[start].low in _NOT_COMPLEMENT_INFINITIVES or start < 1 or toks[start - 1].text != ",":
        return None
    if not _plausible_speaker(toks, first_subject, lex):  # pronouns and names are; "Die Lage" is not
        return None
    return (toks[first_subject[0]].i, toks[first_subject[1] - 1].i + 1)


def _predicative_als(toks: _SentenceTokens, k: int) -> bool:
    """Whether "als" stands inside the clause of ``k`` and not first in it, where it is the conjunction of a
    clause of time ("Als die Frau den Rauch sah, …": a perception, no position)."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    return any(toks[j].low == "als" for j in range(start + 1, end))


# verbs by which a source arrives at a figure ("ermittelte das Institut 55 Prozent", "errechnete einen Verlust von …")
_FIGURE_FINDING = frozenset(("errechnen", "ermitteln", "zählen", "registrieren"))
# verbs that report nothing but a figure, in the forms that do ("Die Polizei zählte 3.900 Menschen"); not "Für uns zählt,
# dass …" (what matters) and not the present, which mostly tells what something has ("Die Gemeinde zählt 3.000 Einwohner")
_FIGURE_ONLY = {"zählen": frozenset(("zählte", "zählten", "gezählt"))}


def _figure_found(toks: _SentenceTokens, k: int) -> bool:
    """A figure that a verb of calculating, counting or recording at ``k`` has as its object: a number with a unit or
    noun after it in its clause ("ermittelte ORB 55 Prozent", "errechnete einen Schaden von 3,2 Millionen Euro", "zählte
    die Polizei 3.900 Menschen", "verzeichnete ein Plus von 4 Prozent"), or opening the clause right before the verb
    ("57 Prozent errechnete das Institut"); not a year ("ermittelt seit 2015"), no one investigated ("ermittelt gegen 54
    Personen") and nothing one belongs to ("zählt mit 500 Mitgliedern zu den größten Vereinen")."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    words = toks[start:end]
    if any(t.low in ("gegen", "wegen", "zu", "zum", "zur", "dazu", "hierzu", "wozu") for t in words):
        return False  # "Dazu zählten 17 Kisten …": what belonged to it
    # a figure before the verb when a subject follows it: not "3 Beamte ermittelten den Täter", "7.112 Tatverdächtige ermittelt –"
    fronted = k == start + 2 and k + 1 < len(toks) and toks[k + 1].text[:1].isalpha() and toks[k + 1].low not in _ACCUSATIVE_ONLY
    return any(t.text[:1].isdigit() and not year_number(t.text) and n + 1 < len(words)
               and (start + n > k or n == 0 and fronted) and _counted_noun(words, n + 1) for n, t in enumerate(words))


def _counted_noun(words: Sequence[Token], j: int) -> bool:
    """Whether a unit or a counted noun follows a number at ``j``, an adjective before it allowed ("55 Prozent", "140 neue
    Anträge", "3 %")."""
    if words[j].text == "%" or words[j].text[:1].isupper():
        return True
    return words[j].text.isalpha() and j + 1 < len(words) and words[j + 1].text[:1].isupper()


_ACCUSATIVE_ONLY = frozenset(("den", "einen", "keinen", "diesen", "jenen", "ihn"))


def _subject_after_fronted_figure(toks: _SentenceTokens, k: int, start: int, entry: VerbEntry, lex: _Lexicons) -> tuple[int, int] | None:
    """"57 Prozent errechnete das Institut", "3.900 Menschen zählte die Polizei": the figure a verb of counting or
    calculating at ``k`` has as its object stands before it, and its subject is the noun phrase right after it."""
    if entry.lemma not in _FIGURE_FINDING or k != start + 2 or not toks[start].text[:1].isdigit() or k + 1 >= len(toks) \
            or toks[k + 1].low in _ACCUSATIVE_ONLY:
        return None  # "3 Beamte ermittelten den Täter": the figure is the subject
    end = np_forward(toks, k + 1, _clause_end(toks, k), lex)
    return (k + 1, end) if end and _plausible_speaker(toks, (k + 1, end), lex, strict=True) else None


def _estimated_at(toks: _SentenceTokens, k: int) -> bool:
    """"schätzte die Schäden auf 125 Millionen Euro", "wurde auf rund 2.000 geschätzt": "schätzen" with "auf" and
    a figure in its clause gives an estimate (as "beziffern" does), not "appreciate" ("schätzt die Ruhe")."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    for j in range(start, end - 1):
        if toks[j].low == "auf":
            ahead = toks[j + 1 : min(end, j + 5)]
            return any(t.text[:1].isdigit() or t.low in _NUMBER_WORDS for t in ahead)
    return False


def _holds_a_view(words: frozenset[str]) -> bool:
    """"halten" states a view with "für" ("hält den Plan für falsch") or with "von" and an amount ("halte nichts
    von einem linken Populismus", "hält viel von ihm", "davon halten wir wenig")."""
    return "für" in words or bool(words & {"von", "davon"}) and bool(words & {"nichts", "viel", "wenig", "einiges", "nix", "etwas"})


_COMPARISONS = frozenset(("ähnlich", "anders", "genauso", "gleich", "ebenso"))  # "sieht das anders": a view compared
_OBJECT_PRONOUNS_SEEN = frozenset(("das", "es", "dies", "dieses", "so"))


# Nouns (and compounds on them) that "sehen" takes to state a position rather than a perception: a need, a
# reason, a chance, a danger ("sieht keinen Anlass", "sehen Gesprächsbedarf", "sieht die Gefahr")
_SEEN_STANCE_NOUNS = frozenset(("grund", "gründe", "anlass", "notwendigkeit", "spielraum", "veranlassung", "widerspruch", "alternative",
                                 "alternativen"))  # fmt: skip
_SEEN_STANCE_COMPOUNDS = ("bedarf", "chance", "chancen", "gefahr", "gefahren", "risiko", "risiken")  # "Handlungsbedarf", "Rückfallgefahr"


_FINDING_A_WAY = frozenset(("ins", "zurück", "heraus", "hinein", "zueinander"))  # "finden" as a way found


def _sentenced(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether the passive "verurteilt" at ``k`` is a sentence passed on the subject ("zu drei Jahren verurteilt",
    "wegen Betrugs, Untreue und Erpressung verurteilt"), not a condemnation."""
    across = _start_before_apposition(toks, _clause_start(toks, k), lex, k)
    words = _clause_words(toks, k) if across is None else _clause_words(toks, across) | _clause_words(toks, k)
    if "zu" in words or "wegen" in words:
        return True
    # people as the subject ("Die Täter wurden verurteilt", "Beide Angeklagten wurden verurteilt"): a sentence passed
    # on them; acts are condemned ("Der Anschlag wurde verurteilt")
    start = _clause_start(toks, k)
    in_phrase = False  # inside a prepositional phrase, up to its noun (not "Die Gewalt gegen Demonstranten")
    for t in toks[start:k]:
        if lex.is_(t, "preposition"):
            in_phrase = True
        elif t.text[:1].isupper() and not lex.words.get(t.low):
            if not in_phrase and (t.low in _CONVICTED or person_noun(t.low) and t.low not in _PERSON_LOOKALIKES):
                return True
            in_phrase = False
    return False


_CONVICTED = frozenset(("angeklagte", "angeklagten", "beschuldigte", "beschuldigten", "verdächtige", "verdächtigen", "täter", "täterin"))
_PERSON_LOOKALIKES = frozenset(("prozent", "jahr", "jahren", "zeit"))


def _clause_words(toks: _SentenceTokens, k: int) -> frozenset[str]:
    """The lower-cased words of the clause of ``k`` (built once per clause)."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    return toks.cached(("clause_words", start), lambda: frozenset(t.low for t in toks[start:end]))  # type: ignore[return-value]


def _pick_verb(toks: _SentenceTokens, k: int, lex: _Lexicons) -> tuple[VerbEntry | None, str]:
    """The reporting-verb reading of ``toks[k]``; separable finite forms need their particle, a finite form
    whose clause ends in another verb's particle is that verb's ("fand … statt"), and a form that may be
    finite or a participle is a participle when an auxiliary precedes it."""
    end = _clause_end(toks, k)
    if k + 1 < len(toks) and any(role == "participle_apart" and entry.particle == toks[k].low for entry, role in lex.verbs.get(toks[k + 1].low, ())):
        return None, ""  # "bekannt" in "bekannt gegeben": the particle of the participle after it, not "bekennen"
    for entry, role in lex.verbs[toks[k].low]:
        if role == "participle_apart":
            if k > 0 and toks[k - 1].low == entry.particle:
                return entry, "participle"  # "hatte die Entscheidung bekannt gegeben"
            continue
        if role == "finite_sep":
            if _separated_particle(toks, entry.particle, k, end, lex) or _separated_particle(toks, entry.particle, k, _past_asides(toks, end, lex), lex):
                return entry, "finite"
            last = k + 1 == len(toks) or toks[k + 1].text in ",.;:!?)–—"
            if k > 0 and toks[k - 1].low == entry.particle and last and lex.is_(toks[_clause_start(toks, k)], "subordinator"):
                return entry, "finite"  # "wie der Hersteller bekannt gab, …": the particle written apart before the verb at the end
            continue
        if role == "finite_or_participle":
            start = _clause_start(toks, k)
            # "Befürchtet wird, dass …", "Gesagt hat er das nie": a participle first, its auxiliary right after it
            fronted = k == _strip_connectors(toks, start, k + 1, lex) and k + 1 < len(toks) and lex.is_(toks[k + 1], "auxiliary")
            has_aux = fronted or toks.next_in_class("auxiliary", lex, start) < k or _auxiliary_after_at_end(toks, k, start, lex)
            if not has_aux and (across := _start_before_apposition(toks, start, lex, k)) is not None:
                has_aux = toks.next_in_class("auxiliary", lex, across) < k  # "wurde wegen Betrugs, Untreue und Erpressung verurteilt"
            if not has_aux:
                has_aux = _auxiliary_before_insertion(toks, start, lex) is not None  # "hat – wie erwartet – abgelehnt"
            if not has_aux and _other_particle_verb(toks, k, entry, lex):
                continue
            return entry, "participle" if has_aux else "finite"
        if role == "finite" and _other_particle_verb(toks, k, entry, lex):
            continue  # "streitet … ab": abstreiten, a later entry, not streiten
        return entry, role
    return None, ""


def _auxiliary_after_at_end(toks: _SentenceTokens, k: int, start: int, lex: _Lexicons) -> bool:
    """Whether ``toks[k]`` stands before the auxiliary that ends a clause opened by a relative pronoun
    ("eine Erklärung, die im Netz veröffentlicht wurde"), or by a subordinator with another participle between
    ("dass der Preis nicht akzeptiert oder zurückgegeben wurde"): verb-last order, so a participle."""
    end = _clause_end(toks, k)
    if k + 1 < len(toks) and lex.is_(toks[k + 1], "auxiliary") and end <= k + 2:
        return lex.is_(toks[start], "relative_pronoun") and not _is_article(toks, start, lex)
    return (k + 3 < len(toks) and toks[k + 1].low in ("und", "oder") and toks[k + 2].text.islower()
            and toks[k + 2].low.endswith(("t", "en")) and lex.is_(toks[k + 3], "auxiliary")
            and all(not t.text[:1].isalnum() for t in toks[k + 4 : end])
            and (lex.is_(toks[start], "relative_pronoun") and not _is_article(toks, start, lex) or lex.is_(toks[start], "subordinator")))  # fmt: skip


def _after_zeigte_sich(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether a form of "zeigen" with "sich" stands earlier in the clause of ``k`` (at most eight words back):
    "zeigte sich … überzeugt" reports an attitude through "zeigen", not a verb of its own."""
    start = max(_clause_start(toks, k), k - 8)
    return any(toks[j].low == "sich" and any(e.lemma == "zeigen" for e, _ in lex.verbs.get(toks[j - 1].low, ()))
               for j in range(start + 1, k))  # fmt: skip


def _with_subject(
    doc: Doc, sent_id: int, toks: _SentenceTokens, cue: tuple[int, int], subject: tuple[int, int] | None,
    form: str, cue_type: str, stance: str, lex: _Lexicons, konj1: set[int], k: int,
    complement: tuple[int, int] | None = None,
) -> Attribution:  # fmt: skip
    row = doc.sentences[sent_id]
    if subject is not None and toks[subject[0]].quote >= 0 and toks[k].quote < 0 \
            and doc.quotes[toks[subject[0]].quote].n_words >= _QUOTE_MIN_WORDS:  # fmt: skip
        # "„… Fehler gemacht, die …“ kommentierte er …" (no comma after the quotation): a word of the quotation is no
        # speaker of it; the subject follows the verb
        subject = _after_verb_subject(toks, k, len(toks), lex)
        if complement is None and toks[k - 1].text in _CLOSING_MARKS:
            complement = (_clause_start(toks, k - 1), k)  # the quotation right before the verb is what was said
    if complement is None:
        complement = _has_complement(toks, k, lex, konj1)
        if complement is not None and _second_verb_before(toks, k, complement[0], lex):
            complement = None  # "kritisierte den Plan und sagte, er sei zu teuer": the clause is the second verb's
    told = _told_outlet(toks, subject, lex) if subject else None
    if told is not None:  # "sagte Anna Berg der Nachrichtenagentur dpa": Berg speaks, dpa was told
        subject = (subject[0], told[0] - 1)
    spoken = subject
    if subject and subject[1] - subject[0] > 1 and (
        toks[subject[0]].low == "es" or toks[subject[0]].low in ("das", "dies") and lex.is_(toks[subject[0] + 1], "determiner")
    ):
        spoken = (subject[0] + 1, subject[1])  # "wie es die Gewerkschaft formulierte", "wie das die Partei fordert": the object
    source = (toks[spoken[0]].i, toks[spoken[1] - 1].i + 1) if spoken else None
    if complement is not None and subject is not None and subject[0] <= complement[0] < subject[1]:
        complement = None  # "forderte das Parlament …": the words after the verb are its subject, not "das" as object
    fallback = (row["start"], row["end"])
    if complement is not None:
        complement = _before_main_clause(toks, k, complement, lex, konj1)
    # "Der Minister, der den Plan kritisierte, trat zurück": the main clause after the comma is not what was said
    # (one in Konjunktiv I is reported all the same: "Obwohl er mit mehr Steuern rechnet, sei man …")
    middle = _verb_final_middle(toks, k, subject, lex) if subject is not None else None
    after = _clause_end(toks, k) + 1
    if middle is not None and (complement is None or complement[0] == after and not _has_konj1(toks, konj1, after, _clause_end(toks, after))):
        complement, fallback = None, middle
    elif complement is None and subject is not None:
        fallback = _without_speaker(toks, subject, fallback, lex, k)
    # a relative clause whose pronoun is the object has its subject right before the verb and no middle of its own:
    # it closes its clause all the same ("die Politiker der Opposition kritisiert hatten")
    closes = middle is not None or subject is not None and _verb_final_middle(toks, k, (_clause_start(toks, k),) * 2, lex) is not None
    content = None if complement is None and closes and _relative_object_only(toks, k, lex) else _content(toks, complement, fallback)
    # the pronoun is the object right before the verb ("Das erklärte …"), not the subject of a clause ("Das sei …, sagte")
    if complement is not None and complement[0] < len(toks) and toks[complement[0]].low in _ANAPHORIC_OBJECTS and (
        k == complement[0] + 1 or complement == (0, 1)  # "Das erklärte …", and the passive "Dies wurde … bestätigt"
    ):
        if complement[0] == 0:
            content = previous_sentence(doc, sent_id) or content  # "Das erklärte ein Sprecher": what was said before
        elif complement[0] >= 2 and toks[complement[0] - 1].text == ",":
            content = (toks[0].start, toks[complement[0] - 2].end)  # "Die Kamera fiel aus, das teilte X mit"
        elif subject is not None and subject[1] < complement[0] and lex.is_(toks[complement[0] - 1], "auxiliary"):
            content = previous_sentence(doc, sent_id) or content  # "Der Sprecher hat dies bestätigt"
    elif complement is not None and complement[0] == k + 1 and toks[k + 1].low in ("das", "dies", "dieses") and subject is not None \
            and subject[1] <= k and not _is_article(toks, k + 1, lex) and not any(t.text in ",:;" or t.low in ("dass", "ob", "als") for t in toks[k + 2 :]):  # fmt: skip
        # "Der Rat bestätigte dies (am Montag)": what was said before; not "wies dies als „…“ zurück", what it was called
        content = previous_sentence(doc, sent_id) or content
    elif (complement is None or complement[0] == 0) and subject is not None and subject[0] == 2 and toks[0].low in _ANAPHORIC_OBJECTS \
            and lex.is_(toks[1], "auxiliary") and not any(t.text[:1].isalnum() for t in toks[k + 1 :]):  # fmt: skip
        # "Das hat der Rat bestätigt", "Das musste der Rat einräumen": the object opens the sentence, the verb closes it
        content = previous_sentence(doc, sent_id) or content
    attribution = Attribution(sent_id, cue, form, source=source, cue_type=cue_type, stance=stance, content=content)
    if told is None and cue_type == "speech" and subject is not None:
        told = _outlet_addressed(toks, k, subject, lex)
    if told is not None:
        attribution.via = (toks[told[0]].i, toks[told[1] - 1].i + 1)
    _second_hand(toks, lex, attribution)
    return attribution


def _outlet_addressed(toks: _SentenceTokens, k: int, subject: tuple[int, int], lex: _Lexicons) -> tuple[int, int] | None:
    """The medium a speaker told it to, elsewhere in the clause of the verb at ``k`` than the subject: a
    dative after the verb ("sagte der Nachrichtenagentur dpa", "erklärte dem Sender"), "gegenüber X"
    ("sagte gegenüber der Zeitung"), "im Interview mit X" / "in einem Gespräch mit X"."""
    start, end = max(_clause_start(toks, k), k - 12), min(_clause_end(toks, k), k + 12)
    for j in range(start, end - 1):
        if subject[0] <= j < subject[1]:
            continue
        low = toks[j].low
        prev = toks[j - 1]
        if low in ("dem", "der") and j > k and not lex.is_(prev, "preposition") and not (
            low == "der" and prev.text[:1].isupper() and prev.i != toks[subject[1] - 1].i
        ):  # fmt: skip
            s = j  # a dative object: not "in der Fachzeitschrift", not a genitive ("beim Aufschlagen der Zeitung")
        elif low == "gegenüber":
            s = j + 1
        elif low == "mit" and j > start and toks[j - 1].low in ("interview", "gespräch"):
            s = j + 1
        else:
            continue
        np_end = np_forward(toks, s, len(toks), lex)
        if np_end is None or np_end <= s or subject[0] < np_end and s < subject[1]:
            continue
        np_end = next((m for m in range(s + 1, np_end) if toks[m].text.islower() and lex.is_(toks[m], "preposition")), np_end)
        outlet = [t for t in toks[s:np_end] if t.text[:1].isalnum()]
        if any(_ends_in(t.low.rsplit("-", 1)[-1], _media_heads(), 4) or t.text in _media_names() for t in outlet[:3]):
            return (s, np_end)  # up to a phrase after the name: "erzählte er dem STANDARD von …"
    return None


def _quoted_object(toks: _SentenceTokens, fin: int, subject: tuple[int, int], lex: _Lexicons) -> tuple[int, int] | None:
    """The person an active "zitieren" at ``fin`` quotes: the noun phrase after the verb (after the subject when
    the subject follows the verb), "den Minister", "einen Sprecher der Polizei", or a name ("zitiert die
    Zeitung Lynch"); None when there is none (or only "mit den Worten")."""
    end = _clause_end(toks, fin)
    s = subject[1] if subject[0] > fin else fin + 1
    s = _skip_adverbials(toks, s, end, lex)
    while s + 2 < end and toks[s].low in _ADVERBIAL_PREPOSITIONS and toks[s + 1].text[:1].isupper() and lex.is_(toks[s + 2], "determiner"):
        s += 2  # "zitierte die Zeitung am Montag den Minister": a time or place before the object
    if s >= end or lex.is_(toks[s], "preposition"):
        return None
    if lex.is_(toks[s], "personal_pronoun"):
        return (s, s + 1) if toks[s].low in ("ihn", "sie") else None
    if subject[0] > fin and not (lex.is_(toks[s], "determiner") or toks[s].text[:1].isupper()):
        return None
    np_end = np_forward(toks, s, end, lex)
    return (s, np_end) if np_end is not None and _plausible_speaker(toks, (s, np_end), lex) else None


def _told_outlet(toks: _SentenceTokens, subject: tuple[int, int], lex: _Lexicons) -> tuple[int, int] | None:
    """In a subject "Anna Berg der Nachrichtenagentur dpa" / "der Minister der „Zeit“", the outlet in the
    dative after a name or person: the medium the speaker told it to (which passes it on), not a genitive
    ("ein Sprecher der Zeitung" is the paper's spokesman: a role noun that belongs to a body keeps it).
    Returns the outlet's token range, or None."""
    for j in range(subject[0] + 1, subject[1] - 1):
        if toks[j].low not in ("der", "dem", "den"):
            continue
        before = toks[j - 1]
        if before.low in _BODY_ROLES or before.low.endswith(_BODY_ROLE_ENDINGS) or before.low in lex.nouns \
                or _ends_in(before.low, _body_heads(), 4):  # fmt: skip
            return None  # "Sprecher der Zeitung", "eine Umfrage der Zeitung", "der Mutterkonzern der Zeitung": of the outlet
        outlet = [t for t in toks[j + 1 : subject[1]] if t.text[:1].isalnum()]
        if outlet and any(_ends_in(t.low.rsplit("-", 1)[-1], _media_heads(), 4) or t.text in _media_names() or t.low in _ADDRESSEES
                          for t in outlet[:3]):  # fmt: skip
            return (j + 1, subject[1])
        return None
    return None


# role nouns of people who belong to a body (their genitive names it): "Sprecher der Zeitung"
_BODY_ROLES = frozenset(("sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin", "mitarbeiter", "mitarbeiterin",
                         "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "herausgeber", "herausgeberin",
                         "korrespondent", "korrespondentin", "reporter", "reporterin", "journalist", "journalistin",
                         "direktor", "direktorin", "vertreter", "vertreterin"))  # fmt: skip
_BODY_ROLE_ENDINGS = ("sprecher", "sprecherin", "chef", "chefin", "leiter", "leiterin")


@lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    """Lower-cased forms of the pack's source heads of media and news agencies ("zeitung", "nachrichtenagentur")."""
    return _head_forms(lambda row: row["kind"] in MEDIA_KINDS)


def _head_forms(keep: Callable[[dict], bool] = lambda row: True) -> frozenset[str]:
    """Lower-cased forms (head and inflections) of the rows of the pack's source heads that ``keep`` accepts."""
    return frozenset(form.lower() for row in load_lexicon("de", "source_heads").records() if keep(row)
                     for form in (row["head"], *row["forms"].split("|")) if form)  # fmt: skip


@lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    """One-word names and aliases of media and news agencies in the source registry ("dpa", "Reuters", "Spiegel")."""
    return frozenset(alias.strip() for row in load_lexicon("mul", "sources").records() if row["kind"] in MEDIA_KINDS
                     for alias in (row["name"], *row["aliases"].split("|")) if alias.strip() and " " not in alias.strip())  # fmt: skip


_ADDRESSEES = frozenset(("presse", "öffentlichkeit", "journalisten", "journalistinnen", "reportern", "medien"))  # "sagte X der Presse"


def _according_to(
    doc: Doc, sent_id: int, toks: _SentenceTokens, first: int, last: int, lex: _Lexicons, span: tuple[int, int],
    first_subject: tuple[int, int] | None = None,
) -> Attribution:  # fmt: skip
    cue = (toks[first].i, toks[last - 1].i + 1)
    attribution = Attribution(sent_id, cue, "according_to", cue_type="according_to", content=span)
    if toks[first].low == "wie" and last - first > 2:
        # "Wie Haaretz berichtet, …" / "…, wie die Zeitung meldete": the source stands inside the phrase,
        # the report is the rest of the sentence before or after it
        if all(lex.is_(t, "connector") or t.low in _FOCUS_PARTICLES for t in toks[first + 1 : last - 1]):
            return attribution  # "wie schon berichtet": an adverb, no source (the outlet's cross-reference)
        attribution.source = (toks[first + 1].i, toks[last - 2].i + 1)
        if last < len(toks) and toks[last].text == ",":
            attribution.content = _content(toks, (last + 1, len(toks)), span)
        elif first > 1 and toks[first - 1].text == ",":
            attribution.content = _content(toks, (0, first - 1), span)
    elif toks[first].low == "nach" and last - first > 1:
        _nach_source(toks, first, last, lex, attribution, first_subject)
    elif toks[first].low == "wonach":
        _wonach_source(toks, first, lex, attribution, span)
    elif toks[last - 1].low == "nach" and toks[first].low in _THIRD_PERSON_POSSESSIVES and not _addressee_possessive(toks, first):
        # "Seiner Ansicht nach ist …": the phrase is the source span, its owner the speaker it resolves to
        attribution.source, attribution.speaker = (toks[first].i, toks[last - 2].i + 1), (toks[first].i, toks[first].i + 1)
        if first == _clause_start(toks, first):
            attribution.content = _content(toks, (last, _clause_end(toks, last) if last < len(toks) else len(toks)), span)
    elif toks[first].low == "für":
        _view_of(toks, first, last, lex, attribution, span)
    elif toks[first].low in _VIEW_COPULAS and first + 1 < last and toks[first + 1].low == "für":
        _view_of_copula_first(toks, first, last, lex, attribution, span)
    elif toks[first].low == "aus" and last - first > 2 and (
        not all(lex.is_(t, "determiner") for t in toks[first + 1 : last - 1])
        or any(t.low in _THIRD_PERSON_POSSESSIVES or t.low in _OWN_POSSESSIVES for t in toks[first + 1 : last - 1])
    ):  # fmt: skip
        # "aus ihrer Sicht": the owner of the view; "aus juristischer Sicht", "aus heutiger Sicht": a point of view
        # nobody holds (no source, and no attribution: see find_in_sentence)
        owner = next((j for j in range(first + 1, last - 1) if toks[j].low in _THIRD_PERSON_POSSESSIVES or toks[j].low in _OWN_POSSESSIVES), None)
        if owner is not None:
            attribution.source = (toks[owner].i, toks[owner].i + 1)
    elif toks[first].low == "zufolge":
        start = np_backward(toks, first, lex, places=True)
        if start is not None:  # "eigenen Angaben zufolge": the subject speaks of itself
            own = _speaking_of_itself(toks, start, first + 1, lex, first_subject) if toks[start].low.startswith("eigen") else None
            attribution.source = (toks[start].i, toks[first - 1].i + 1)
            attribution.speaker = own  # "eigenen Angaben zufolge": the phrase, standing for the subject
            if first - start == 2 and toks[start].low in _THIRD_PERSON_POSSESSIVES and _according_noun(toks[start + 1].low) \
                    and not _addressee_possessive(toks, start):  # fmt: skip
                attribution.speaker = (toks[start].i, toks[start].i + 1)  # "Seinen Angaben zufolge": the owner, as a pronoun
    else:
        s = last
        if s < len(toks) and toks[s].low in ("von", "vom"):
            s += 1
        end = np_forward(toks, s, len(toks), lex)
        if not end and s < len(toks) and toks[s].text in _lower_case_names():
            end = s + 1  # "laut taz", "laut tagesschau.de": a name written in lower case
        if not end and s + 1 < len(toks) and toks[s].text in _OPEN_MARKS:
            close = _title_close(toks, s + 1, len(toks))
            end = close + 1 if close is not None and close > s + 1 else None  # "sagte laut „Kurier“, …": a title
        if end:  # "laut eigenem Bekunden": the subject speaks of itself
            own = _speaking_of_itself(toks, first, end, lex, first_subject) if toks[s].low.startswith("eigen") else None
            attribution.source, attribution.speaker = (toks[s].i, toks[end - 1].i + 1), own  # (the phrase stands for the subject)
            _relative_via(toks, end, lex, attribution)
    _second_hand(toks, lex, attribution)
    return attribution


_VIEW_COPULAS = frozenset(("ist", "war", "steht", "stand"))
_VIEW_PRONOUNS = frozenset(("mich", "uns", "ihn", "sie", "dich", "euch", "sich"))


def _view_of(toks: _SentenceTokens, first: int, last: int, lex: _Lexicons, attribution: Attribution, span: tuple[int, int]) -> None:
    """"Für die Opposition ist klar: …", "Für mich steht fest, dass …": the noun phrase after "für" holds the
    view (a person, group, body or pronoun, up to the copula), the message follows a colon or is the
    dass-clause; nothing when "für" governs anything else ("Für die Kinder ist klar geregelt, …")."""
    copula = next((j for j in range(first + 1, last) if toks[j].low in _VIEW_COPULAS), None)
    if copula is None or copula == first + 1:
        return
    pronoun = copula == first + 2 and toks[first + 1].low in _VIEW_PRONOUNS
    if not pronoun and (np_forward(toks, first + 1, copula, lex) != copula or not _plausible_speaker(toks, (first + 1, copula), lex, strict=True)):
        return
    _hold_view(toks, (first + 1, copula), last, attribution, span)


def _view_of_copula_first(toks: _SentenceTokens, first: int, last: int, lex: _Lexicons, attribution: Attribution,
                          span: tuple[int, int]) -> None:  # fmt: skip
    """"Daher ist für mich völlig klar: …", "Damit steht für die Partei fest, dass …": the view of the noun phrase after
    "für" (a person, group, body or pronoun, then at most adverbs before the predicate), the message after a colon or
    in the dass-clause; nothing otherwise ("Die Lage ist für die Kinder klar geregelt")."""
    start, predicate = first + 2, last - 1
    end = start + 1 if toks[start].low in _VIEW_PRONOUNS else np_forward(toks, start, predicate, lex)
    if end is None or not all(t.text.isalpha() and t.text.islower() and t.low not in lex.verbs for t in toks[end:predicate]):
        return
    if toks[start].low not in _VIEW_PRONOUNS and not _plausible_speaker(toks, (start, end), lex, strict=True):
        return
    _hold_view(toks, (start, end), last, attribution, span)


def _hold_view(toks: _SentenceTokens, holder: tuple[int, int], last: int, attribution: Attribution, span: tuple[int, int]) -> None:
    """Give ``attribution`` the holder of a view (a token range) as source and the message after the phrase ending
    at ``last``: what follows a colon, or the dass- or ob-clause after a comma; nothing without one."""
    if last < len(toks) and toks[last].text == ":":
        rest = (last + 1, len(toks))
    elif last + 1 < len(toks) and toks[last].text == "," and toks[last + 1].low in ("dass", "daß", "ob"):
        rest = (last + 1, _clause_end(toks, last + 1))
    else:
        return
    attribution.source = (toks[holder[0]].i, toks[holder[1] - 1].i + 1)
    attribution.content = _content(toks, rest, span)


@lru_cache(maxsize=1)
def _lower_case_names() -> frozenset[str]:
    """One-word names of the source registry written in lower case ("taz", "dpa", "spiegel.de"),
    which the noun-phrase rules (capitalised nouns) do not take for a source."""
    names = set()
    for row in load_lexicon("mul", "sources").records():
        for alias in (row["name"], *row["aliases"].split("|")):
            alias = alias.strip()
            if alias and " " not in alias and alias[0].islower():
                names.add(alias)
    return frozenset(names)


def _relative_via(toks: _SentenceTokens, end: int, lex: _Lexicons, attribution: Attribution) -> None:
    """"laut X, der/die von Y zitiert/veröffentlicht wird": Y passed X on (the first "von" of the relative clause)."""
    if end + 2 >= len(toks) or toks[end].text != "," or not lex.is_(toks[end + 1], "relative_pronoun"):
        return
    clause_end = _clause_end(toks, end + 1)
    j = min(toks.next_low("von", end + 2), toks.next_low("vom", end + 2))
    if j + 1 < clause_end:
        np_end = np_forward(toks, j + 1, clause_end, lex)
        if np_end:
            attribution.via = (toks[j + 1].i, toks[np_end - 1].i + 1)


def _second_hand(toks: _SentenceTokens, lex: _Lexicons, attribution: Attribution) -> None:
    """"Y berichtet unter Berufung auf X": the source is X, Y passed it on (the sentence's first
    "unter Berufung auf", looked up once per sentence)."""
    k = toks.cached("citing_phrase", lambda: _citing_phrase(toks))
    if k is None or attribution.cue[0] == toks[k].i or toks[k + 1].low != "berufung":
        return  # the phrase itself has X as its source; "mit Verweis auf X" gives the speaker's evidence, not a source
    end = np_forward(toks, k + 3, len(toks), lex)
    if end and attribution.form in ("indirect", "according_to") and attribution.source is not None and _cited_source(toks, k + 3, end, lex):
        via_start, via_end = attribution.source
        if via_start < toks[k].i < via_end:
            via_end = toks[k].i  # "berichtete die Zeitung unter Berufung auf …": the paper, not the phrase
        attribution.via = (via_start, via_end)
        attribution.source = (toks[k + 3].i, toks[end - 1].i + 1)


def _cited_source(toks: _SentenceTokens, s: int, end: int, lex: _Lexicons) -> bool:
    """Whether the noun phrase ``toks[s:end]`` after "unter Berufung auf" or "mit Verweis auf" is a source of its
    own: a person, body, medium or document, not a reason ("die schlechte Ernte") and not the reporter's own
    work ("eigene Recherchen")."""
    return not toks[s].low.startswith("eigen") and _plausible_speaker(toks, (s, end), lex, strict=True)


def _citing_phrase(toks: _SentenceTokens) -> int | None:
    """Index of the first word of the sentence's first "unter Berufung auf X", "mit/unter Verweis auf X"
    (citing X), or None."""
    n = len(toks)
    for noun, prepositions in (("berufung", ("unter",)), ("verweis", ("mit", "unter"))):
        j = toks.next_low(noun, 1)
        while j <= n - 3:
            if toks[j - 1].low in prepositions and toks[j + 1].low == "auf":
                return j - 1
            j = toks.next_low(noun, j + 1)
    return None


def _drop_acts_inside_phrases(found: list[Attribution], before: int) -> None:
    """"Laut Organisatoren werde kein Bericht geschrieben", "nach Angaben der Behörde wurden 51 Fälle gemeldet": a passive
    speech act without an agent whose message is the clause that holds it, inside the words of a "laut"/"zufolge"
    phrase, is what that source reports, no second attribution of nobody beside it. (Dropping an active speech act
    there too, "Zudem lobte die Ministerin dem „Kurier“ zufolge …", lowered the source overlap on the measured half.)"""
    phrases = [a for a in found[before:] if a.form == "according_to" and a.source is not None and a.content is not None]
    if not phrases:
        return

    def inside(a: Attribution) -> bool:
        return a.form == "agentless" and a.content is not None and a.cue[1] - a.cue[0] == 1 and any(p.content == a.content for p in phrases)
        # (a passive participle; not "…, hieß es", which reports the words before it)

    found[before:] = [a for a in found[before:] if not inside(a)]


def _drop_cited(toks: _SentenceTokens, found: list[Attribution], before: int) -> None:
    """"Die Zeitung berichtete unter Berufung auf X, …": once a reporting verb of the sentence took X as its
    source (and the paper as the one passing it on), the phrase is no attribution of its own; nor is "mit
    Verweis auf X" beside a reporting verb with its speaker ("sagte Fink mit Verweis auf …": his evidence)."""
    k = toks.cached("citing_phrase", lambda: _citing_phrase(toks))
    if k is None:
        return
    phrase = toks[k].i
    own = next((a for a in found[before:] if a.cue[0] == phrase and a.form == "according_to"), None)
    if own is not None and any(a is not own and (a.via is not None or a.source == own.source or toks[k + 1].low == "verweis"
                                                 and a.form in ("indirect", "according_to") and a.source is not None)
                               for a in found[before:]):  # fmt: skip
        found[before:] = [a for a in found[before:] if a is not own]


def _so_or_colon_speaker(doc: Doc, toks: Sequence[Token], quote: Quote, lex: _Lexicons) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"„…“, so X" or "X: „…“"."""
    base, n = toks[0].i, len(toks)  # the sentence's tokens are doc.tokens[base : base + n]
    k = quote.tokens[1] - base
    if 0 <= k and k + 2 < n and toks[k + 1].text == "," and toks[k + 2].low == "so":
        end = np_forward(toks, k + 3, n, lex)
        if end:
            return (toks[k + 2].i, toks[k + 2].i + 1), (toks[k + 3].i, toks[end - 1].i + 1)
    if 0 <= k and k + 2 < n and toks[k + 1].text == "so" and toks[k - 1].text in _SENTENCE_MARKS:
        end = np_forward(toks, k + 2, n, lex)  # "„… .“ so der Sprecher": the comma left out after a closed sentence
        if end and (lex.is_(toks[k + 2], "determiner") or toks[k + 2].text[:1].isupper()):
            return (toks[k + 1].i, toks[k + 1].i + 1), (toks[k + 2].i, toks[end - 1].i + 1)
    tag = _inverted_tag(toks, k, lex) if 0 <= k else None
    if tag is not None:
        return tag
    open_k = quote.tokens[0] - 1 - base
    if 2 <= open_k < n and toks[open_k - 1].text == ":":
        start = np_backward(toks, open_k - 1, lex)
        if start is not None and start >= 2 and toks[start - 1].low in ("von", "vom"):
            noun = np_backward(toks, start - 1, lex)  # "Zitat von X:": the statement noun before its owner
            if noun is not None and _von_owner(toks, noun, open_k - 1, lex) is not None:
                start = noun
        if start is not None and start >= 2 and toks[start - 1].text == ",":
            named = np_backward(toks, start - 1, lex)  # "Anna Roth, Vorsitzende des Vereins: „…“": name and apposition
            if named is not None and (named == 0 or toks[named - 1].text in _SEGMENT_ENDS):
                start = named
        if start is not None and (start == 0 or toks[start - 1].text in _SEGMENT_ENDS):
            owner = _von_owner(toks, start, open_k - 1, lex)  # "Zitat von Schröder:": Schröder
            return (toks[open_k - 1].i, toks[open_k - 1].i + 1), owner or (toks[start].i, toks[open_k - 2].i + 1)
        begin = _clause_start(toks, open_k - 2)
        reported = {t.i for t in konjunktiv1_tokens(toks)}
        if any(toks[j].i in reported for j in range(begin, open_k - 1)):
            return None  # "Die Regeln seien klar festgelegt: „…“": a report going on, its subject no speaker
        subject = _subject_after_prepositional_prefield(toks, begin, open_k - 1, lex) or _clause_subject(toks, begin, open_k - 1, lex)
        if subject is not None and subject[0] == _strip_connectors(toks, begin, open_k - 1, lex) \
                and not _plausible_speaker(toks, subject, lex, strict=True) and subject[1] < open_k - 2:  # fmt: skip
            # "Jegliche Schuld weist Weber von sich: „…“": a thing fills the prefield, an object; the
            # speaker follows the verb
            verb = _first_known_verb(toks, subject[1], open_k - 1, lex)
            after = _after_verb_subject(toks, verb, open_k - 1, lex) if verb is not None else None
            if after is not None and _plausible_speaker(toks, after, lex, strict=True):
                subject = after
        if subject is not None:  # "Hier sparte der Präsident nicht mit Kritik: „…“": the clause's subject speaks
            return (toks[open_k - 1].i, toks[open_k - 1].i + 1), (toks[subject[0]].i, toks[subject[1] - 1].i + 1)
    return None


_SENTENCE_MARKS = frozenset((".", "!", "?"))
_SEGMENT_ENDS = frozenset((".", ";", "–", "—"))  # what may precede "X: „…“" ("… Fragezeichen – Löw: „…“" in a headline)
_NOT_TAG_VERBS = ("determiner", "preposition", "conjunction", "subordinator", "relative_pronoun", "personal_pronoun", "connector")


def _inverted_tag(toks: Sequence[Token], k: int, lex: _Lexicons) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """"„…“, lachte sie.", "„…“, strich Romney in Bonn heraus.": after a quotation and a comma, a verb
    before its subject closing the sentence is the speech tag, whatever the verb (the reporting verbs are
    found by the grammar; this takes the verbs of manner and the particle verbs it does not list)."""
    n = len(toks)
    if not (k + 3 < n and toks[k + 1].text == ","):
        return None
    v = k + 2
    # "„…“, mit diesen Worten meldete sich X zurück": the phrase names the quotation as words, whatever verb follows
    named = toks[v].low == "mit" and v + 3 < n and lex.is_(toks[v + 1], "determiner") and _according_noun(toks[v + 2].low)
    v += 3 if named else 0
    verb = toks[v]
    if not (verb.text.isalpha() and verb.text.islower()) or any(lex.is_(verb, c) for c in _NOT_TAG_VERBS) or verb.low in lex.verbs and not named:
        return None
    s = _skip_adverbials(toks, v + 1 + (v + 1 < n and lex.is_(toks[v + 1], "reflexive")), n, lex)
    if s >= n:
        return None
    end = s + 1 if lex.is_(toks[s], "personal_pronoun") and toks[s].low in ("er", "sie") else np_forward(toks, s, n, lex)
    if end is None:
        return None
    j = end  # then only phrases of time and place ("in Bonn", "nach dem Spiel") and the verb's particle
    while j < n and (lex.is_(toks[j], "preposition") or lex.is_(toks[j], "determiner") or toks[j].text[0].isupper()
                     or toks[j].text[0].isdigit() or _adjective_like(toks[j]) or j == end and lex.is_(toks[j], "reflexive")):  # fmt: skip
        j += 1
    if j < n and lex.is_(toks[j], "verb_particle"):
        j += 1
    if j < n and toks[j].text not in ".!?;":
        return None  # the clause goes on: not a tag ("„Titanic“, gedreht 1997, lief …")
    return (verb.i, verb.i + 1), (toks[s].i, toks[end - 1].i + 1)


def _von_owner(toks: Sequence[Token], a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """In "Zitat von X" / "Worte des X" (a statement noun before a colon, perhaps after its article): the token span
    of X."""
    if b - a > 3 and lex.is_(toks[a], "determiner"):
        a += 1  # "Das Zitat von X"
    if b - a < 3 or toks[a].low not in lex.nouns or toks[a + 1].low not in ("von", "vom", "des", "der"):
        return None
    start = a + 2 if toks[a + 1].low in ("von", "vom") else a + 1
    return (toks[start].i, toks[b - 1].i + 1)


def _clause_subject(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The subject of the main clause ``toks[a:b]`` without knowing its verb: a noun phrase filling the
    prefield before the first word in lower case (the finite verb of a verb-second clause), or the
    noun phrase right after that verb when an adverb or object fills the prefield."""
    stripped = _strip_connectors(toks, a, b, lex)
    if a < stripped < b and toks[stripped].text[:1].islower() and not lex.is_(toks[stripped], "determiner") \
            and not lex.is_(toks[stripped], "personal_pronoun"):  # fmt: skip
        # an adverb filled the prefield ("Hier sparte der Präsident …"): the verb follows it, the subject after
        # (not a pronoun after the connector: "Oder man kann zu dem Schluss kommen")
        return _after_verb_subject(toks, stripped, b, lex)
    a = stripped
    fin, seen_noun, skip_to = None, False, a
    for j in range(a + 1, b):
        tok = toks[j]
        if j <= skip_to:
            continue
        if not seen_noun and lex.is_(tok, "preposition") and lex.is_(toks[j - 1], "determiner"):
            attribute_end = _participial_attribute(toks, j, b, lex)
            if attribute_end is not None:  # "Ein von der Stadt beauftragtes Gutachten kommt …": the attribute, then the noun
                skip_to = attribute_end
                continue
        seen_noun = seen_noun or tok.text[:1].isupper()
        after_article = lex.is_(toks[j - 1], "determiner") or _adjective_like(toks[j - 1]) or toks[j - 1].text[:1].isdigit()
        if tok.low in _COORDINATORS and toks[j - 1].text[:1].isupper() and j + 1 < b and toks[j + 1].low == "auch":
            skip_to = j + 1  # "Die CDU und auch die FDP …": the focus particle, then the second noun phrase
            continue
        if tok.low in _COORDINATORS and toks[j - 1].text[:1].isupper() and j + 1 < b \
                and (toks[j + 1].text[:1].isupper() or lex.is_(toks[j + 1], "determiner")):  # fmt: skip
            continue  # "CDU und FDP setzten …", "Die CDU und die FDP …": two nouns joined, the verb follows the second
        attributive = after_article and _adjective_like(tok) and j + 1 < b and toks[j + 1].text[:1].isupper()
        if tok.text[:1].islower() and tok.text[:1].isalpha() and not lex.is_(tok, "determiner") and (
            seen_noun and not (attributive and lex.is_(toks[j - 1], "determiner")) or not (after_article and _adjective_like(tok))
        ):  # (an adjective after the article of a genitive is no verb either: "Der Rat der örtlichen Schule kam")
            fin = j  # after an article and before a noun, a word in -e/-en is an adjective ("die neue Ministerin"); else the verb
            break
    if fin is None:
        return None
    subject = _prefield_subject(toks, a, fin, lex)
    if subject is not None:
        return subject
    return _after_verb_subject(toks, fin, b, lex)


def _after_verb_subject(toks: _SentenceTokens, fin: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The noun phrase right after the finite verb at ``fin`` (before ``b``), unless it is an object."""
    s = fin + 1
    if s < b and lex.is_(toks[s], "personal_pronoun") and toks[s].low not in ("es", "sie", "Sie") or s < b and toks[s].low in ("ich", "wir"):
        return (s, s + 1)  # "Das nehmen wir zur Kenntnis"
    if s < b and (lex.is_(toks[s], "determiner") or toks[s].text[:1].isupper()) and toks[s].low not in _OBLIQUE_DETERMINERS:
        end = np_forward(toks, s, b, lex)
        if end is not None:
            return (s, end)
    return None


class GermanGrammar(Grammar):
    """The German attribution grammar (see the module doc)."""

    @property
    def attribution_triggers(self) -> frozenset[str]:
        """Besides reporting verbs, nouns and phrases and quotation marks, the words from which
        :meth:`find_in_sentence` may report: "nach Angaben", "die Rede von", ", so der Sprecher",
        "Demnach", "…, wonach", "mit dem Argument, …", "war nicht zu erreichen". A sentence with none of them is not looked at."""
        return frozenset(("nach", "rede", "so", "wonach", *_BACK_REFERENCES, *_UNANSWERED, *_REASON_NOUNS))

    def find_in_sentence(self, doc: Doc, sent_id: int, toks: _SentenceTokens, reported: set[int], found: list[Attribution]) -> None:
        if len(toks) > 1 and toks[0].text in _DASHES:
            toks = _SentenceTokens(toks[1:])  # "– Jeder weiß, dass …": a dash before the sentence (a list item, a turn in a
            # transcript) opens no clause of it
        _find_in_sentence(doc, sent_id, toks, self.lex, reported, found)

    def quote_speaker(self, doc: Doc, toks: _SentenceTokens, quote: Quote) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """"„…“, so X", "X: „…“"; a quotation over sentences is looked at in the sentence that opens it as well
        ("Anna Roth, Vorsitzende des Vereins: „A. B.“")."""
        speaker = _so_or_colon_speaker(doc, toks, quote, self.lex)
        opened = doc.tokens[quote.tokens[0]].sent
        if speaker is None and opened != toks[0].sent:
            speaker = _so_or_colon_speaker(doc, self.sentence(doc.sentence_tokens(opened)), quote, self.lex)
        return speaker

    def share_of_group(self, words: Sequence[Token]) -> bool:
        """"60 Prozent der Befragten", "zwei Drittel": not "die Zahl der Toten" (a figure, not people)."""
        return _opens_with_figure(self.sentence(words), 0, len(words), self.lex) and not any(t.low == "zahl" for t in words[:3])

    def reported_speaker(self, doc: Doc, sent_id: int) -> tuple[int, int] | None:
        """The subject of the main clause of sentence ``sent_id`` when it is a source: a person, body or
        medium by its head noun or the source registry, a name, or "er"/"sie" (see the base class)."""
        toks = self.sentence(doc.sentence_tokens(sent_id))
        subject = _main_clause_subject(toks, self.lex)
        if subject is None or not _source_like(toks, subject, self.lex):
            return None
        return (toks[subject[0]].i, toks[subject[1] - 1].i + 1)

    def antecedents(self, doc: Doc, sent_id: int) -> list[tuple[int, int]]:
        """The subject of the sentence's main clause (prefield, or after the finite verb)."""
        toks = self.sentence(doc.sentence_tokens(sent_id))
        subject = _main_clause_subject(toks, self.lex)
        if subject is None:
            return []
        return [(toks[subject[0]].i, toks[subject[1] - 1].i + 1)]


def _main_clause_subject(toks: _SentenceTokens, lex: _Lexicons) -> tuple[int, int] | None:
    """The subject of a sentence's first main clause (prefield, or after the finite verb), or None. A dateline
    before a dash ("Graz – Die Energie AG investiert …") is passed over."""
    if not toks:
        return None
    start = _after_dateline(toks)
    end = _clause_end(toks, start) if toks[start].text not in ",;:" else len(toks)
    subject = _subject_after_prepositional_prefield(toks, start, end, lex) or _clause_subject(toks, start, end, lex)
    if subject is None and end + 1 < len(toks) and toks[end].text == "," and lex.is_(toks[end + 1], "relative_pronoun") \
            and not _is_article(toks, end + 1, lex):  # fmt: skip
        # "Insbesondere Federer, der im Vorjahr verloren hatte, präsentiert sich …": the noun phrase before the relative clause
        s = _strip_connectors(toks, start, end, lex)
        s = toks.skip_run("focus", s, lambda tok: tok.low in _FOCUS_PARTICLES or tok.low in _FOCUS_ADVERBS)
        if s < end and np_forward(toks, s, end, lex) == end:
            return (s, end)
    if subject is None and end < len(toks) and toks[end].text == ",":
        subject = _subject_before_apposition_verb(toks, end, lex)
    return subject


def _subject_before_apposition_verb(toks: _SentenceTokens, end: int, lex: _Lexicons) -> tuple[int, int] | None:
    """"Der Leiter des Amtes, Paul Brandt, spekulierte über …": a prefield of noun phrases set off by commas, the
    finite verb after a later comma (a word in lower case of no other class: no preposition, no relative pronoun):
    the subject with its apposition, as a speech tag's subject is read (:func:`_apposition_prefield`). An apposition
    must stand between (not "Gedacht, getan: …")."""
    fin = next((c + 1 for c in range(end + 1, len(toks) - 1) if toks[c].text == "," and toks[c + 1].text[:1].islower()
                and toks[c + 1].text[:1].isalpha() and not any(lex.is_(toks[c + 1], kind) for kind in _NOT_TAG_VERBS)), None)
    return _apposition_prefield(toks, fin, lex) if fin is not None else None


def _first_known_verb(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> int | None:
    """The first word of ``toks[a:b]`` in lower case that the lexicons know as a verb or auxiliary, or None."""
    return next((j for j in range(a, b) if toks[j].text.islower() and (toks[j].low in lex.verbs or lex.is_(toks[j], "auxiliary"))), None)


def _subject_after_prepositional_prefield(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """"Trotz sinkender Preise gibt der Verband …", "An die Adresse der Kommission hatte X …": when a prepositional
    phrase fills the prefield of the main clause ``toks[a:b]``, the subject after its first known verb (the phrase's
    adjectives and prepositions are no verb, its nouns no subject); None otherwise. Not "Von Beobachtern wird …
    gewertet" (the agent), nor a verb with no subject after it ("Im Verlauf des Berichts wird deutlich, …")."""
    a = _strip_connectors(toks, a, b, lex)
    if a + 1 >= b or not lex.is_(toks[a], "preposition") or lex.is_(toks[a], "determiner") or toks[a].low in ("von", "vom"):
        return None
    verb = _first_known_verb(toks, a + 1, b, lex)
    if verb is not None and verb + 1 < b and lex.is_(toks[verb + 1], "reflexive"):
        verb += 1  # "Bei der Debatte hatte sich X … hinreißen lassen": the subject after the reflexive pronoun
    return None if verb is None else _after_verb_subject(toks, verb, b, lex)


def _after_dateline(toks: _SentenceTokens) -> int:
    """The index after a dateline that opens a sentence, one to three capitalised words and a dash ("Wien – ",
    "Bad Ischl – "), or 0."""
    for j in range(1, min(4, len(toks) - 1)):
        if toks[j].text in ("–", "—", "-"):
            return j + 1 if all(t.text[:1].isupper() for t in toks[:j]) else 0
        if not toks[j].text[:1].isupper():
            return 0
    return 0


@lru_cache(maxsize=1)
def _according_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = load_lexicon("de", "according_nouns").entries
    return frozenset(entries), tuple(sorted(entries, key=len, reverse=True))


# compounds that end in a noun of according_nouns but name no statement: a filing or notice to an office
# ("nach der Insolvenzanmeldung": after the insolvency filing), the counting of votes ("nach Auszählung der
# Briefwahlstimmen": after it, and what was counted is no source)
_FILINGS = ("anmeldung", "anmeldungen", "abmeldung", "abmeldungen", "ummeldung", "krankmeldung", "krankmeldungen", "auszählung",
            "auszählungen")


def _according_noun(low: str) -> bool:
    """"Angaben", "Polizeiangaben", "Expertenmeinung": a noun (or compound) of ``according_nouns``."""
    nouns, by_length = _according_nouns()
    if low in nouns:
        return True
    return not low.endswith(_FILINGS) and any(low.endswith(noun) and len(low) - len(noun) >= 3 for noun in by_length)


# words that make "nach" a preposition of time ("erst nach umfangreichen Ermittlungen", "wenige Stunden nach der Meldung")
_TIME_BEFORE_NACH = frozenset((
    "kurz", "erst", "gleich", "unmittelbar", "direkt", "bald", "schon", "bereits", "lange", "knapp", "sofort", "spät",
    "sekunden", "minuten", "stunden", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte",
))  # fmt: skip


def _nach_hits(toks: _SentenceTokens, lex: _Lexicons) -> list[tuple[int, int, str, str]]:
    """"nach [dessen | eigenen | neuesten | einer …] Angaben/Erkenntnissen/Polizeiangaben …": "nach" with
    a noun of ``according_nouns`` (up to three words of article, possessive or adjective between) reads
    "according to"."""
    hits = []
    j = toks.next_low("nach", 0)
    while j < len(toks):
        if j > 0 and toks[j - 1].low in _TIME_BEFORE_NACH:
            j = toks.next_low("nach", j + 1)
            continue  # "kurz nach der Meldung", "zwei Tage nach dem Bericht": after it in time, not according to it
        h = j + 1
        while h < len(toks) and h - j <= 3 and (lex.is_(toks[h], "determiner") or _adjective_like(toks[h]) or toks[h].low in _POSSESSIVE_RELATIVES):
            h += 1
        if h == j + 1 and h + 1 < len(toks) and _saxon_genitive(toks[h], lex) and toks[h + 1].text[:1].isupper() \
                and _according_noun(toks[h + 1].low):  # fmt: skip
            hits.append((j, h + 2, "according_to", "nach"))  # "nach Andrejews Worten": the name owns the words
        elif h < len(toks) and toks[h].text[:1].isupper() and _according_noun(toks[h].low):
            hits.append((j, h + 1, "according_to", "nach"))
        elif (j >= 2 and toks[j - 1].text[:1].isupper() and _according_noun(toks[j - 1].low) and toks[j - 2].low in _THIRD_PERSON_POSSESSIVES
              and not reported_before(toks, j - 2, lex)):  # fmt: skip
            # "seiner Ansicht nach", "ihren Angaben nach": the owner speaks; after a reporting verb ("kritisierten den
            # Plan, der ihrer Ansicht nach …") the view is part of that report
            hits.append((j - 2, j + 1, "according_to", "nach"))
        j = toks.next_low("nach", j + 1)
    return hits


def _wonach_hits(toks: _SentenceTokens, lex: _Lexicons) -> list[tuple[int, int, str, str]]:
    """"Meldungen, wonach …", "die Darstellung der Polizei, wonach …", "hat einen Bericht dementiert, wonach
    …": the relative adverb "wonach" after a noun reads "according to which" (see :func:`_wonach_head`)."""
    hits = []
    j = toks.next_low("wonach", 2)
    while j < len(toks):
        if toks[j - 1].text == "," and _wonach_head(toks, j, lex) is not None:
            hits.append((j, j + 1, "according_to", "wonach"))
        j = toks.next_low("wonach", j + 1)
    return hits


def _wonach_head(toks: _SentenceTokens, j: int, lex: _Lexicons) -> int | None:
    """The noun that "…, wonach" at ``j`` refers to: the nearest noun of a statement, report or document in the
    clause before the comma (the relative clause may follow the verb that closes it: "hat Berichte dementiert,
    wonach"), else the noun right before the comma ("die erste Version, wonach", "ein Regelwerk, wonach").
    None after a verb with no such noun ("…, wonach sie suchten": what they looked for)."""
    start = _clause_start(toks, j - 2)
    for m in range(j - 2, max(start, j - 10) - 1, -1):
        low = toks[m].low
        if m > 0 and toks[m].text[:1].isupper() and (low in lex.nouns or _according_noun(low) or _ends_in(low, lex.nouns, 6)):
            return m
    before = toks[j - 2]
    if before.text[:1].isupper() and before.text[:1].isalpha() and (j > 2 or before.low not in lex.verbs):
        return j - 2  # a capital inside the sentence is a noun's
    return None


def _wonach_source(toks: _SentenceTokens, k: int, lex: _Lexicons, attribution: Attribution, span: tuple[int, int]) -> None:
    """The source of "…, wonach": the owner of the noun in the genitive or with "von" ("Berichte der Zeitung"
    → "der Zeitung"), else the noun with its article and adjectives ("Gerüchte", "die erste Version": an
    unnamed source, as "nach ersten Angaben" has); the message is the clause "wonach" opens."""
    head = _wonach_head(toks, k, lex)
    if head is None:
        return
    owner = head + 1
    if owner < k - 1 and (toks[owner].low in _GENITIVE_ARTICLES or toks[owner].low in ("von", "vom") or toks[owner].low in _GENITIVE_POSSESSIVES):
        owner += toks[owner].low in ("von", "vom")
        end = np_forward(toks, owner, k - 1, lex)
        if end:
            attribution.source = (toks[owner].i, toks[end - 1].i + 1)
    if attribution.source is None:
        s = head
        while s > 0 and _adjective_like(toks[s - 1]) and not toks[s - 1].text[:1].isupper() and not lex.words.get(toks[s - 1].low) \
                and toks[s - 1].low not in lex.verbs:  # fmt: skip
            s -= 1
        if s > 0 and lex.is_(toks[s - 1], "determiner"):
            s -= 1  # the article opens the phrase
        attribution.source = (toks[s].i, toks[head].i + 1)
        if toks[s].low in _POSSESSIVE_RELATIVES or toks[s].low.startswith(("sein", "ihr")) and lex.is_(toks[s], "determiner"):
            attribution.source = (toks[s].i, toks[s].i + 1)  # "Seine Aussage, wonach …": its owner, resolved like a pronoun
    attribution.content = _content(toks, (k + 1, _clause_end(toks, k)), span)


# possessives of the third person before a noun of according_nouns and the postposition "nach"
_THIRD_PERSON_POSSESSIVES = frozenset(("seiner", "seinen", "ihrer", "ihren", "dessen", "deren"))
_OWN_POSSESSIVES = frozenset(("meiner", "unserer"))  # "aus meiner Sicht", "aus unserer Sicht"


def _addressee_possessive(toks: _SentenceTokens, first: int) -> bool:
    """Whether the possessive at ``first`` is the polite form of address ("Ihrer Meinung nach" inside a sentence, or
    opening a question): the person spoken to, asked for a view, not a source giving one."""
    if not toks[first].text.startswith("Ihr"):
        return False
    opening = first == 0 or toks[first - 1].text in _OPEN_MARKS or toks[first - 1].text in ":–-"
    return not opening or toks[-1].text == "?"


def _nach_source(toks: _SentenceTokens, first: int, last: int, lex: _Lexicons, attribution: Attribution,
                 first_subject: tuple[int, int] | None) -> None:  # fmt: skip
    """The source of "nach Angaben X": a genitive or von-phrase after the noun, else a possessive before it
    ("nach dessen Angaben", "nach seinen Worten": resolved like a pronoun), else the sentence's subject
    ("hat nach eigenen Angaben"), else the noun itself when it is a compound ("nach Polizeiangaben"), else the
    statements themselves ("nach ersten Angaben"): an unnamed source. An owner after the noun is the speaker;
    the source span is the whole phrase after "nach" ("Angaben des Ministeriums"), as after "laut" and before
    "zufolge"."""
    s = last
    if s + 1 < len(toks) and toks[s].low == "aus":
        end = np_forward(toks, s + 1, len(toks), lex)
        if end:
            _owner_after_noun(toks, first, s, end, attribution)  # "nach Informationen aus dem Rathaus": from within
            return
    if s < len(toks) and toks[s].low in ("von", "vom"):
        s += 1
    adjective = _adjectival_genitive(toks, s, lex) if s < len(toks) else None
    genitive = s < len(toks) and (toks[s].low in _GENITIVE_ARTICLES or toks[s].low in _GENITIVE_POSSESSIVES or adjective is not None
                                  or _plural_genitive_determiner(toks, s, lex))  # fmt: skip
    owned = any(_owner_before_noun(toks, k, lex) for k in range(first + 1, last - 1))
    if s < len(toks) and (s > last or genitive) and not owned:  # "Angaben des Ministeriums", "seines Managers", "informierter Kreise"
        end = np_forward(toks, adjective if adjective is not None else s, len(toks), lex)
        if end:
            _owner_after_noun(toks, first, s, end, attribution)
            return
    name_end = _genitive_name(toks, s, lex) if s == last else None
    if name_end is not None:  # "nach Angaben Israels", "nach Ansicht Anna Müllers": a name in the genitive
        _owner_after_noun(toks, first, s, name_end, attribution)
        return
    if last - first == 3 and _saxon_genitive(toks[first + 1], lex):
        attribution.source = (toks[first + 1].i, toks[first + 1].i + 1)  # "nach Andrejews Worten"
        return
    for k in range(first + 1, last - 1):
        if _owner_before_noun(toks, k, lex):
            attribution.source, attribution.speaker = (toks[first + 1].i, toks[last - 1].i + 1), (toks[k].i, toks[k].i + 1)
            return  # "nach dessen Angaben": the phrase is the source span, the possessive the speaker it resolves to
        if toks[k].low.startswith("eigen"):  # "nach eigenen Angaben": the clause's subject speaks of itself
            own = _speaking_of_itself(toks, first, last, lex, first_subject)
            if own is not None:
                # the phrase stands for the subject as a possessive does: its span, the subject the speaker it resolves to
                attribution.source, attribution.speaker = (toks[k].i, toks[last - 1].i + 1), own
            return  # no subject found: the phrase itself names no source
    head = toks[last - 1]
    if head.low not in _according_nouns()[0]:
        # "nach den Polizeiangaben", "nach einem EU-Dokument": the source is in the compound, which is the speaker it
        # resolves to; the span is the phrase
        attribution.source, attribution.speaker = (toks[first + 1].i, head.i + 1), (head.i, head.i + 1)
    else:
        # "nach palästinensischen Angaben" (a side, vaguely named), "nach ersten Angaben", "nach neuesten
        # Erkenntnissen": the statements themselves, an unnamed source, as "laut Angaben" has "Angaben"
        attribution.source = (toks[first + 1].i, head.i + 1)


def _owner_before_noun(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether ``toks[k]`` is a possessive that names the owner of the noun after it ("dessen", "seinen"): the noun
    of "nach dessen Worten" has its owner, so what follows it is no genitive of it ("der Boden" is the clause's subject)."""
    return toks[k].low in _POSSESSIVE_RELATIVES or lex.is_(toks[k], "determiner") and toks[k].low.startswith(("sein", "ihr"))


def _plural_genitive_determiner(toks: _SentenceTokens, s: int, lex: _Lexicons) -> bool:
    """"einiger Juristen", "aller Beteiligten": a determiner in -er right after the noun of "nach", before a capitalised
    word, is a genitive (plural) that names the owner, as an article would."""
    return s + 1 < len(toks) and (lex.is_(toks[s], "determiner") or lex.is_(toks[s], "quantifier")) and toks[s].low.endswith("er") \
        and toks[s + 1].text[:1].isupper()


def _owner_after_noun(toks: _SentenceTokens, first: int, s: int, end: int, attribution: Attribution) -> None:
    """"nach Angaben des Ministeriums": the owner ``toks[s:end]`` after the noun of "nach" at ``first`` speaks, and the
    source span runs from the noun to the owner's end, the phrase that names the source where it stands."""
    attribution.source = (toks[first + 1].i, toks[end - 1].i + 1)
    attribution.speaker = (toks[s].i, toks[end - 1].i + 1)


def _saxon_genitive(tok: Token, lex: _Lexicons) -> bool:
    """A capitalised name in the genitive before its noun ("Andrejews", "Apples"): no article, no word of the closed
    classes, no noun of a source head."""
    text = tok.text
    return text[:1].isupper() and text.endswith("s") and text[:-1].isalpha() and not lex.words.get(tok.low) and tok.low not in lex.nouns


def _genitive_name(toks: _SentenceTokens, s: int, lex: _Lexicons) -> int | None:
    """The end of one or two capitalised words in the genitive at ``s`` ("Israels", "Anna Müllers", "Rosstats"),
    no article before them and no noun after them (the verb or a punctuation mark follows), or None."""
    end = s
    while end < len(toks) and end < s + 2 and toks[end].text[:1].isupper() and toks[end].text.isalpha() \
            and not lex.is_(toks[end], "determiner"):  # fmt: skip
        end += 1
    if end == s or not toks[end - 1].low.endswith("s") or end < len(toks) and toks[end].text[:1].isupper():
        return None
    return end


def _speaking_of_itself(toks: _SentenceTokens, first: int, last: int, lex: _Lexicons,
                        first_subject: tuple[int, int] | None) -> tuple[int, int] | None:  # fmt: skip
    """The source of a phrase on one's own words at ``toks[first:last]`` ("nach eigenen Angaben", "laut eigenem
    Bekunden", "eigenen Angaben zufolge"): the subject of the clause (the noun phrase only, not what runs on
    to an unknown verb), also after the verb when the phrase opens the sentence ("Nach eigenen Angaben hat die
    Firma …"); None when there is none."""
    start = _clause_start(toks, first)
    if start >= 2 and toks[start - 1].text == "," and lex.is_(toks[start], "relative_pronoun") and not _is_article(toks, start, lex):
        antecedent = _relative_antecedent(toks, start, lex)
        if antecedent is not None:  # "die Beobachtungsstelle in London, die nach eigenen Angaben …": the antecedent speaks
            return (toks[antecedent[0]].i, toks[antecedent[1] - 1].i + 1)
    if first_subject is not None and first <= first_subject[0] < last:
        first_subject = None  # the phrase itself taken for the subject ("Eigenen Angaben zufolge hat …")
    if first_subject is None and first == 0 and last < len(toks):
        first_subject = _after_verb_subject(toks, last, len(toks), lex)
    if first_subject is None:
        return None
    end = np_forward(toks, first_subject[0], min(first_subject[1], first) if first_subject[0] < first else first_subject[1], lex)
    return None if end is None else (toks[first_subject[0]].i, toks[end - 1].i + 1)


def _relative_antecedent(toks: _SentenceTokens, start: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``start`` (after its comma) refers to: the one before the comma, or,
    when that one follows a preposition ("die Beobachtungsstelle in London, die …"), the one before the preposition."""
    begin = np_backward(toks, start - 1, lex)
    if begin is None:
        return None
    span = (begin, start - 1)
    if begin >= 2 and lex.is_(toks[begin - 1], "preposition"):
        if lex.is_(toks[begin - 2], "determiner"):
            return (begin - 2, start - 1)  # "der in London ansässigen Beobachtungsstelle, die …": an attribute inside
        before = np_backward(toks, begin - 1, lex)
        if before is not None:
            span = (before, begin - 1)
    return span


def _adjectival_genitive(toks: _SentenceTokens, s: int, lex: _Lexicons) -> int | None:
    """"informierter Kreise", "gut informierter Kreise": a genitive plural without an article; the index
    of its adjective, or None."""

    def adjective(tok: Token) -> bool:
        return _adjective_like(tok) and tok.low.endswith("er") and not (
            lex.is_(tok, "determiner") or lex.is_(tok, "auxiliary") or tok.low in lex.verbs or lex.words.get(tok.low)
        )

    if s + 1 < len(toks) and toks[s].text[:1].islower() and toks[s].text.isalpha() and not lex.words.get(toks[s].low) \
            and toks[s].low not in lex.verbs and adjective(toks[s + 1]):  # fmt: skip
        s += 1  # an adverb before the adjective
    return s if s + 1 < len(toks) and adjective(toks[s]) and toks[s + 1].text[:1].isupper() else None


def _so_speaker(doc: Doc, sent_id: int, toks: _SentenceTokens, lex: _Lexicons, covered: set[int], found: list[Attribution],
                konj1: set[int]) -> None:  # fmt: skip
    """"…, so der Sprecher." / "… – so der Vorwurf – …" / "…, so Obama weiter.": "so" with a noun phrase after
    a comma or dash reports what stands before it (without quotation marks; "„…“, so X" is the same
    construction, and the quotation is then given to this attribution)."""
    row = doc.sentences[sent_id]
    j = toks.next_low("so", 1)
    while j < len(toks) - 1:
        if toks[j - 1].text in (",", "–", "—") and j not in covered:
            end = np_forward(toks, j + 1, len(toks), lex)
            if end is not None and end < len(toks) and toks[end].text == ",":
                close = _apposition_closed(toks, end, j, lex)
                if close is not None and (close >= len(toks) or toks[close].text in _SO_CLOSERS):
                    end = close  # "…, so der Sprecher des Verbandes, Jonas Roth.": the role with the name
            after = end if end is None or end >= len(toks) or toks[end].low != "weiter" else end + 1
            if end is not None and after < len(toks) and toks[after].text not in _SO_CLOSERS:
                after = _after_phrases(toks, after, lex, attributes=True)  # ", so eine Sprecherin der Polizei in Berlin am Montag."
            if end is not None and (after >= len(toks) or toks[after].text in _SO_CLOSERS):
                # "Bei Interesse, so das Konzept, öffnet sich …": the tag interrupts the sentence, which is the message
                goes_on = after + 2 < len(toks) and toks[after].text in (",", "–", "—") and toks[after + 1].text[:1].isalnum()
                # "…, so der Sprecher": a clause to report, not "so" as an adverb; a shorter subject before a tag when the
                # clause goes on with its finite verb ("Das Projekt, so der Bürgermeister, sei gescheitert")
                if toks.count_words(0, j - 1) >= 3 or goes_on and toks[after + 1].text.islower() and (
                        lex.is_(toks[after + 1], "auxiliary") or _has_konj1(toks, konj1, after + 1, after + 2)):  # fmt: skip
                    # ("Seine Partei, so Weber, stehe hinter ihm": the clause goes on in Konjunktiv I)
                    # a verb before the tag that took the tag for its message ("… werden gefunden, so eine Information des
                    # BKA", "Man habe … festgestellt, so der Sender") reports nothing of its own: the tag reports the clause
                    tag = toks[j].start
                    found[:] = [a for a in found if not (a.sent_id == sent_id and a.content and a.content[0] == tag)]
                    message_end = row["end"] if goes_on else toks[j - 2].end
                    found.append(Attribution(
                        sent_id, (toks[j].i, toks[j].i + 1), "indirect", source=(toks[j + 1].i, toks[end - 1].i + 1),
                        cue_type="speech", content=(toks[0].start if toks[0].quote < 0 else row["start"], message_end),
                    ))  # fmt: skip
                    covered.add(j)
        j = toks.next_low("so", j + 1)


_VON_TOPIC_VERBS = frozenset(("sprechen", "reden", "berichten", "erzählen", "schreiben", "schwärmen"))  # "von X": X is the topic
_SO_CLOSERS = frozenset((".", ",", "–", "—", ";", "!", "?", ":"))
_TITLE_MARKS = frozenset("„“”»«")


def _after_phrases(toks: _SentenceTokens, k: int, lex: _Lexicons, attributes: bool = False, stop: int | None = None) -> int:
    """Where the prepositional phrases and parentheses from ``k`` on end (the index of the punctuation that
    closes them), or ``k`` when a word of another kind stands among them (a verb: a clause goes on); with
    ``attributes``, adjectives after an article and the marks of a title may stand in them ("in einem Beitrag der
    britischen Zeitung „…“"). The search ends at ``stop`` (the end of the sentence by default), which it returns when
    no punctuation closes the phrases before it."""
    j, depth, stop = k, 0, len(toks) if stop is None else stop
    while j < stop and (depth or toks[j].text not in _SO_CLOSERS):
        tok = toks[j]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif not (depth or tok.text[0].isupper() or tok.text[0].isdigit() or lex.is_(tok, "preposition") or lex.is_(tok, "determiner")
                  or tok.low in ("und", "im", "am", "vom", "zum", "zur", "beim")
                  or attributes and (tok.text in _TITLE_MARKS or _adjective_like(tok) and tok.low not in lex.verbs and j > k
                                     and lex.is_(toks[j - 1], "determiner"))):  # fmt: skip
            return k
        j += 1
    return j


_BACK_REFERENCES = frozenset(("demnach", "demzufolge"))
_DEMONSTRATIVES = frozenset(("dieser", "diese", "dieses", "jener", "jene", "jenes"))


def _back_reference(doc: Doc, sent_id: int, toks: _SentenceTokens, found: list[Attribution], lex: _Lexicons) -> None:
    """"Demnach …", "… erreichten demnach …": a sentence adverb that points back to the source of the
    previous sentences (the last attribution with a source in the two sentences before), else to a document the
    sentence before names ("Das Gericht veröffentlichte sein Urteil. Demnach muss …": the judgment)."""
    k = next((k for k, t in enumerate(toks) if t.low in _BACK_REFERENCES and t.quote < 0), None)
    if k is None:
        return
    row = doc.sentences[sent_id]
    n = next((n for n in range(len(found) - 1, -1, -1) if found[n].sent_id < sent_id and found[n].source is not None
              and found[n].sent_id >= sent_id - 2), None)  # fmt: skip
    attribution = Attribution(sent_id, (toks[k].i, toks[k].i + 1), "according_to", cue_type="according_to",
                              content=(row["start"], row["end"]))  # fmt: skip
    # the adverb stands for the source as a pronoun does: its span, and the earlier attribution's source when
    # there is one; else it points back to what the sentences before said or published, a source left unresolved
    attribution.source = (toks[k].i, toks[k].i + 1)
    named = None  # a document the sentence right before names, nearer than a report two sentences back
    if sent_id > 0 and doc.sentences[sent_id - 1]["para_id"] == row["para_id"] and (n is None or found[n].sent_id < sent_id - 1):
        named = _document_before(doc.sentence_tokens(sent_id - 1), lex)
    if named is not None:
        attribution.speaker = named  # the span stays the adverb's (it names the source where it stands), the document speaks
    elif n is not None:
        attribution.via, attribution.continues = found[n].via, n
    found.append(attribution)


_DOCUMENT_TYPES = frozenset(("report", "document", "statement", "information", "estimate"))


def _document_before(prev: Sequence[Token], lex: _Lexicons) -> tuple[int, int] | None:
    """The span (doc token indices) of the last noun phrase in ``prev`` headed by a noun of a document, report or
    statement ("sein Urteil", "eine Studie der Universität Wien"), which a "Demnach" after it points back to; None
    when the sentence names none."""
    for k in range(len(prev) - 1, -1, -1):
        noun = lex.nouns.get(prev[k].low)
        if noun is None or noun[0] not in _DOCUMENT_TYPES or not prev[k].text[:1].isupper() or prev[k].quote >= 0:
            continue
        start = np_backward(prev, k + 1, lex)
        start = k if start is None else start
        end = np_forward(prev, start, len(prev), lex) or k + 1
        return prev[start].i, prev[max(end, k + 1) - 1].i + 1
    return None


def _parenthetical_report(toks: _SentenceTokens, k: int, lex: _Lexicons) -> tuple[tuple[int, int] | None, tuple[int, int]] | None:
    """"Der Minister trat zurück (die Zeitung berichtete)", "(wir berichteten)": a reporting verb that closes a
    parenthesis after a few words, which hold its subject; the reported words are those before the parenthesis,
    or the whole sentence when the parenthesis stands inside it ("Im März (die Zeitung berichtete) trat der Minister
    zurück"). Returns (subject or None, the token range reported), or None."""
    if k + 1 >= len(toks) or toks[k + 1].text != ")":
        return None
    opening = next((p for p in range(k - 1, max(-1, k - _SHORT_ASIDE - 2), -1) if toks[p].text == "("), None)
    if opening is None or opening < 2:
        return None
    inside = k + 2 < len(toks) and toks[k + 2].text[:1].isalnum()  # the clause goes on after the parenthesis
    reported = (0, len(toks)) if inside else (0, opening)
    if opening + 1 == k:
        return None, reported  # "(berichtete)"
    if np_forward(toks, opening + 1, k, lex) != k:
        return None  # "(wie mal jemand sagte)": not a subject and its verb
    return (opening + 1, k), reported


_SHORT_ASIDE = 4  # words of a parenthetical report's subject at most ("die „Süddeutsche Zeitung“ berichtete")


def _reporting_tag(toks: _SentenceTokens, start: int, lex: _Lexicons) -> bool:
    """A "wie" clause at ``start`` that ends in a verb of speech, writing or thought after its subject ("wie der
    Trainer meinte", "wie die Polizei mitteilte", "wie es die Gewerkschaft formulierte"): a tag naming the
    speaker of the clause beside it."""
    end = _clause_end(toks, start)
    last = end - 1
    while last > start and not toks[last].text[:1].isalnum():
        last -= 1
    if last - start < 2 or (end < len(toks) and toks[end].text not in ",;.!?–—"):
        return False
    if _own_object(toks, start + 1, last):
        return False  # "wie der Minister das meinte": a question, not a tag
    # verb-final: a separable verb stands joined ("mitteilte"), so a bare "hat" is no "hat … vor"; a verb that
    # reports only with a clause of its own is a tag with "es" for the clause beside it ("wie es X formulierte",
    # not "wie Österreich auf die Lage reagiert")
    with_es = toks[start + 1].low == "es"
    return any(entry.type in ("speech", "writing", "cognition") and role != "finite_sep" and (entry.requires == "any" or with_es)
               for entry, role in lex.verbs.get(toks[last].low, ()))  # fmt: skip


_LET = frozenset(("lassen", "lasst", "lass", "laß"))


def _let_me(toks: _SentenceTokens, k: int) -> tuple[int, int] | None:
    """"Lassen Sie mich eines sagen: …", "Lasst uns offen reden": the speaker of an infinitive under an
    imperative "lassen" is the pronoun it lets speak ("mich", "uns"), as a token range."""
    j = 0
    while j < k and not toks[j].text[:1].isalnum():
        j += 1
    if j >= k or toks[j].low not in _LET:
        return None
    j += 1
    if j < k and toks[j].text == "Sie":
        j += 1
    if j < k and toks[j].low in ("mich", "uns"):
        return (j, j + 1)
    return None


def _addressed(toks: _SentenceTokens, k: int) -> bool:
    """A verb opening its sentence with the formal "Sie" right after it: an imperative or a question put
    to the reader or an interviewee ("Akzeptieren Sie das nicht.", "Glauben Sie, dass …?")."""
    opens = k == 0 or toks[k - 1].text in _OPEN_MARKS or toks[k - 1].text == ":"  # "STANDARD: Glauben Sie …?"
    return opens and k + 1 < len(toks) and toks[k + 1].text == "Sie" and toks[k].low.endswith("n")


def _anaphoric_passive_subject(toks: _SentenceTokens, k: int, role: str, lex: _Lexicons, konj1: set[int]) -> bool:
    """"Dies wurde von der Polizei bestätigt": a demonstrative pronoun (not an article: "Das Gesetz wurde …")
    opening the clause of a passive reporting verb is its subject and stands for what was said before; not
    with an auxiliary in Konjunktiv I ("Dies werde … unterstützt" goes on with the report before)."""
    return (len(toks) > 2 and toks[0].low in _ANAPHORIC_OBJECTS and toks[0].low != "es" and lex.is_(toks[1], "auxiliary")
            and toks[1].i not in konj1 and _clause_start(toks, k) == 0 and _is_passive(toks, k, role, lex))  # fmt: skip


def _own_object(toks: _SentenceTokens, a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` holds a demonstrative object ("dies", "das" not before a noun) after the
    subject: a "wie" clause with one asks how something is meant ("wie der Minister das meinte"); a tag
    naming a speaker has its object first if any ("wie es die Polizei formulierte", "wie das die Partei
    fordert")."""
    for j in range(a + 1, b):
        low = toks[j].low
        if low == "dies" or low in ("das", "dieses") and not toks[j + 1].text[:1].isupper():
            return True
    return False


def _wie_clause_complement(toks: _SentenceTokens, k: int, lex: _Lexicons) -> tuple[int, int] | None:
    """"Die Stadt zahlt 40 Millionen Euro, wie die Kämmerin bestätigte" / "Wie die Polizei mitteilte, wurde
    niemand verletzt": a verb-final "wie" clause reports the main clause beside it (token range)."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    appositive = _wie_with_apposition(toks, start, k, lex) if toks[start].low != "wie" else None
    if appositive is not None:
        start = appositive[0]  # "Wie X, Sprecher der UN, mitteilte, …": the clause opens before the apposition
    if toks[start].low != "wie" or end < len(toks) and toks[end].text not in ",;–—" or _own_object(toks, start + 1, k):
        return None
    if start >= 2 and toks[start - 1].text == ",":
        return (0, start - 1)  # the main clause before
    if start == 0 and end + 1 < len(toks):
        return (end + 1, len(toks))  # the main clause after
    return None


_AGENT_PREPOSITIONS = frozenset(("von", "vonseiten", "seitens"))  # "hieß es von der Polizei", "seitens der Stadt"


def _named_by(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """The noun phrase after "von", "vonseiten" or "seitens" in the clause ``toks[a:b]`` of "heißt es" that names a
    source ("hieß es von der Polizei", "Von der Stadt hieß es", "seitens des Ministeriums"), or None ("hieß es von
    Anfang an": no source)."""
    j = next((m for m in range(a, b - 1) if toks[m].low in _AGENT_PREPOSITIONS), None)
    if j is None:
        return None
    end = np_forward(toks, j + 1, b, lex)
    return (j + 1, end) if end is not None and _source_like(toks, (j + 1, end), lex) else None


def _heard_from(toks: _SentenceTokens, k: int, entry: VerbEntry, lex: _Lexicons) -> tuple[int, int] | None:
    """The speaker a verb of hearing at ``k`` names with "von" ("Das habe ich von der Ministerin gehört", "Von den
    Kollegen hört man wenig"): the noun phrase after "von" in the clause, else None. The one who hears is not the
    source; the one heard from is."""
    if entry.lemma not in _HEARING:
        return None
    start = _clause_start(toks, k)
    j = toks.next_in(toks.positions("von_or_vom", lambda: [m for m, t in enumerate(toks) if t.low in ("von", "vom")]), start)
    if j >= k - 1 or j > start and toks[j - 1].text[:1].isupper() or _clause_words(toks, k) & {"zu", "zum", "zur", "dazu"}:
        return None  # after the verb: what is heard of ("hört man von Unfällen"); after a noun: its owner ("das Team von X");
        # with "zu": "gehört zum Team", belonging
    phrase_end = np_forward(toks, j + 1, k, lex)
    return (j + 1, phrase_end) if phrase_end is not None and _plausible_speaker(toks, (j + 1, phrase_end), lex) else None


_HEARING = frozenset(("hören", "vernehmen"))


def _from_within(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """"aus Regierungskreisen", "aus dem Ministerium" in the clause ``toks[a:b]``: the span of the phrase
    with "aus" (the resolver reads "aus X" as someone from within X, not named)."""
    j = toks.next_low("aus", a)
    while j < b - 1:
        end = np_forward(toks, j + 1, b, lex)
        if end is not None:
            return (j, end)
        j = toks.next_low("aus", j + 1)
    return None


@lru_cache(maxsize=1)
def _sentence_starters() -> frozenset[str]:
    """Words that start sentences in lower case (adverbs, conjunctions): capitalised there, never a name."""
    return frozenset(load_lexicon("de", "sentence_starters").entries)


_FIGURE_NOUNS = frozenset(("prozent", "drittel", "viertel", "hälfte", "mehrheit", "minderheit", "teil", "großteil", "zahl"))


def _opens_with_figure(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> bool:
    """"70 Prozent der Bürger", "zwei Drittel der Befragten", "die Hälfte der Deutschen": a share of a
    group as subject. The sentence states a figure (whose source is yet to be named); the group is
    not a source."""
    j = a
    while j < b and lex.is_(toks[j], "determiner"):
        j += 1
    if j < b and (toks[j].text[:1].isdigit() or lex.is_(toks[j], "quantifier") or toks[j].low in _NUMBER_WORDS):
        j += 1
    return j < b and toks[j].low in _FIGURE_NOUNS and (j > a or toks[j].low in ("mehrheit", "hälfte"))


_NUMBER_WORDS = frozenset(("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
                           "dreißig", "hundert", "tausend", "ein", "eine", "einem", "einer"))  # fmt: skip


def _before_main_clause(toks: _SentenceTokens, k: int, complement: tuple[int, int], lex: _Lexicons, konj1: set[int]) -> tuple[int, int]:
    """The complement of a verb inside a relative clause ends where the main clause goes on after it ("Die
    Ministerin, die gesagt hatte, der Plan sei gut, trat zurück": "der Plan sei gut"): at the first comma followed by
    a finite verb in the indicative, whose clause is no infinitive."""
    start = _clause_start(toks, k)
    if start == 0 or toks[start - 1].text != "," or not lex.is_(toks[start], "relative_pronoun"):
        return complement
    c = toks.next_low(",", complement[0] + 1)
    for _ in range(_MAX_CLAUSES_LOOKED_AT):  # (a bounded look: a sentence of many commas stays linear)
        if c >= complement[1] - 1:
            break
        if toks[c].quote < 0 and _finite_first(toks[c + 1], lex):
            end = _clause_end(toks, c + 1)
            if not _has_konj1(toks, konj1, c + 1, end) and not _zu_infinitive(toks, c + 1, end):
                return complement[0], c
        c = toks.next_low(",", c + 1)
    return complement


_MAX_CLAUSES_LOOKED_AT = 6  # commas a report's complement is searched across for where the main clause goes on


def _verb_final_middle(toks: _SentenceTokens, k: int, subject: tuple[int, int], lex: _Lexicons) -> tuple[int, int] | None:
    """What a verb reports that closes a relative or subordinate clause with no complement of its own: the words
    between the clause's opening word (and its subject) and the verb ("Der Minister, der den Plan kritisierte, trat
    zurück": "den Plan"; "Weil die Ministerin den Plan kritisiert hatte, …"), not the main clause after the comma.
    None for a verb that does not close such a clause."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    first = toks[start]
    relative = lex.is_(first, "relative_pronoun") and start > 0 and toks[start - 1].text == ","  # not the article opening a sentence
    if not (relative or lex.is_(first, "subordinator")) or first.low in ("wie", "so") or end - k > 5:
        return None  # (more than a few tokens after the verb: it does not close its clause)
    after = [t for t in toks[k + 1 : end] if t.text[:1].isalnum()]
    if len(after) > 2 or not all(lex.is_(t, "auxiliary") or lex.is_(t, "modal") or t.low in lex.verbs for t in after):
        return None  # the verb does not close its clause
    if end < len(toks) - 1 and not (toks[end].text == "," and _finite_first(toks[end + 1], lex)
                                    and not _zu_infinitive(toks, end + 1, _clause_end(toks, end + 1))):  # fmt: skip
        return None  # the clause goes on ("…, dem er vorwarf, ihn loswerden zu wollen": an infinitive says what)
    begin = max(start + 1, subject[1]) if start <= subject[0] < k else start + 1
    if begin >= k:
        return None
    return toks[begin].start, toks[k - 1].end


def _relative_object_only(toks: _SentenceTokens, k: int, lex: _Lexicons) -> bool:
    """Whether the verb at ``k`` closes a relative clause that names only the object of the act, no words of it
    ("die Firma, die ihre Verluste noch beziffert", "Indizien, die für eine Beteiligung sprechen"): a report in
    passing about the noun before it, whose message is not given. A quotation in the clause is words given ("die
    ihn als „Fest“ bezeichnete"); an auxiliary before the verb makes a clause of its own ("…, der Landrat habe gelogen")."""
    start = _clause_start(toks, k)
    return lex.is_(toks[start], "relative_pronoun") and start > 0 and toks[start - 1].text == "," and all(
        t.quote < 0 and not lex.is_(t, "auxiliary") and not lex.is_(t, "modal") for t in toks[start + 1 : k])  # fmt: skip


def _without_speaker(toks: _SentenceTokens, subject: tuple[int, int], sentence: tuple[int, int], lex: _Lexicons, k: int) -> tuple[int, int]:
    """What a speech act without a complement clause reports ("Das Regime dementiert die Berichte"): the
    sentence without its speaker, so that the speaker's name is not counted as reported words (a label
    in it, "Regime", is the writer's), nor a relative clause on it ("Die Firma, die ihre Verluste noch
    beziffert, spricht von …")."""
    a, b = subject
    while b < len(toks) - 1 and (toks[b].text in (",", "–", "—") or toks[b].low in _AFTER_SUBJECT):
        b += 1  # "Wer mit dem Gerät vertraut ist, findet …": what follows the comma; "Der ORF hingegen weist …": the verb
        if toks[b - 1].text == "," and lex.is_(toks[b], "relative_pronoun") and b < k:
            b = k  # past the relative clause on the speaker to the verb (which may report in it: "der sagte, er …, berichtet")
            break
    if b < k and toks[b].low in _HEARSAY_MODALS:
        b += 1  # "Die Regierung soll den Plan beschlossen haben": the writer's hearsay, not part of the act reported
    if b < len(toks) and (a == 0 or toks[a - 1].text == "," and b <= k):
        # the speaker opens the sentence, or a clause after a comma ("Lund sagte, Kritiker forderten seinen Rücktritt"): what
        # follows it, not the words of the report around it
        return (toks[b].start, sentence[1])
    if b == len(toks) and a > 0:
        return (sentence[0], toks[a - 1].end)
    return sentence


# Endings of German nouns for persons and groups of persons ("Sprecher", "Kommentatorin", "Journalisten",
# "Präsident", "Demonstranten", "Experte", "Angestellte"). A noun with an article and none of these endings,
# neither a source head nor a statement noun, is a thing: "das Gasthaus", "die Befürchtung".
_PERSON_ENDINGS = ("er", "erin", "erinnen", "ern", "or", "orin", "oren", "ist", "istin", "isten", "ent", "entin", "enten",
                   "ant", "antin", "anten", "eur", "eurin", "euren", "ling", "linge", "e", "en", "in", "innen", "leute",
                   "mann", "männer", "frau", "frauen")  # fmt: skip  # "Wirtin", "Obmann", "Klubobfrau"
# nouns ending in "-in" that are no female persons ("Wirtin", "Biologin" are): loanwords of substances and things
_THINGS_IN_IN = ("domain", "disziplin", "termin", "benzin", "medizin", "kamin", "protein", "vitamin", "ruin", "urin",
                 "koffein", "nikotin", "insulin", "heroin", "kokain", "aspirin", "delfin", "pinguin", "rubin")  # fmt: skip
# short heads of bodies and persons that end compounds ("Übergangsrat", "Landratsamt", "Parteichef", "Zentralbank"),
# and "Union" (the CDU/CSU in German news, the EU in Austrian: a body that speaks, whose kind the sources decide)
_SHORT_BODY_HEADS = ("rat", "räte", "amt", "chef", "chefin", "bank", "arzt", "ärztin", "bund", "ium", "union")  # "Gremium", "Präsidium"
@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """Lower-cased forms of the source heads that name a body once it is named ("Firma", "Zeitung", "Verein"; not roles
    such as "Minister")."""
    return _head_forms(lambda row: row["specificity"] == "named")


_THING_ENDINGS = ("ung", "ungen", "heit", "keit", "tum", "nis", "ment", "haus", "werk", "zeug", "ismus", "tät")


@lru_cache(maxsize=1)
def _head_forms_and_aliases() -> tuple[frozenset[str], tuple[str, ...]]:
    """The lower-cased forms of the source heads, and the lower-cased names and aliases of registered sources."""
    forms = _head_forms()
    aliases = tuple(alias.lower() for row in load_lexicon("mul", "sources").records() for alias in (row["name"], *row["aliases"].split("|")) if alias)
    return forms, aliases


@lru_cache(maxsize=1)
def _speaker_heads() -> frozenset[str]:
    """Forms of the source heads (persons, bodies, media) and the first words of registered sources."""
    forms, aliases = _head_forms_and_aliases()
    return forms | {alias.split()[0] for alias in aliases}


def _ends_in(word: str, words: Collection[str], shortest: int) -> bool:
    """Whether ``word`` ends in one of ``words`` at least ``shortest`` letters long (the last part of a
    compound): a lookup per suffix of the word, not a pass over the word list."""
    return any(word[k:] in words for k in range(len(word) - shortest + 1))


def _source_like(toks: _SentenceTokens, span: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether a noun phrase names a source, not just something that can be a subject: "er"/"sie", a head
    noun of a person, body or medium ("das Robert-Koch-Institut", "die Polizei"), a registered source, or a
    name without an article ("Merkel", "Siemens")."""
    words = [t for t in toks[span[0] : span[1]] if t.text[:1].isalnum()]
    if not words:
        return False
    if len(words) == 1 and words[0].low in ("er", "sie"):
        return True
    heads = _speaker_heads()
    for tok in words:
        low = tok.low.rsplit("-", 1)[-1]
        if tok.text[:1].isupper() and not lex.words.get(tok.low) and (low in heads or _ends_in(low, heads, 5)):
            return True
    first = words[0]
    return (first.text[:1].isupper() and not lex.words.get(first.low) and first.low not in lex.nouns and first.low not in _NUMBER_WORDS
            and all(t.text[:1].isupper() for t in words) and not first.low.endswith(_COMMON_NOUN_SUFFIXES))  # fmt: skip
    # (not a number word opening the sentence: "Zwölf wurden verletzt")


def _plausible_speaker(toks: _SentenceTokens, subject: tuple[int, int], lex: _Lexicons, strict: bool = False) -> bool:
    """Whether a subject can say something: a pronoun, a name, or, after an article, a person, a group, a body,
    a medium or a statement ("der Bericht"), by source heads, registry names, statement nouns and the
    endings of nouns for persons. A thing with an article ("das Gasthaus hieß") is not a speaker. ``strict``:
    only endings that name persons alone ("-in", "-ent", not "-e"), for a noun phrase that need not speak
    ("mit Verweis auf die schlechte Ernte")."""
    words = [t for t in toks[subject[0] : subject[1]] if t.text[:1].isalnum()]
    if not words or not (lex.is_(words[0], "determiner") or lex.is_(words[0], "quantifier")
                         or strict and words[0].text.islower() and len(words) > 1):  # fmt: skip
        return True  # pronouns, names, bare plurals ("Experten", "Insider"; strictly "friedliche Proteste" go on below)
    first_cap = next((k for k, t in enumerate(words) if t.text[:1].isupper() and not lex.is_(t, "determiner")
                      and not lex.is_(t, "quantifier")), None)  # fmt: skip
    if first_cap is None:
        return True
    if _plausible_head(toks, words, first_cap, lex, strict):
        return True
    # "der für Verkehr zuständige Minister": the noun after an attribute that opens with a preposition speaks
    head = _head_after_attribute(words, first_cap, lex)
    return head != first_cap and _plausible_head(toks, words, head, lex, strict)


def _plausible_head(toks: _SentenceTokens, words: Sequence[Token], first_cap: int, lex: _Lexicons, strict: bool) -> bool:
    """Whether the noun ``words[first_cap]`` of a phrase (see :func:`_plausible_speaker`) can say something."""
    head, heads = words[first_cap].low, _speaker_heads()
    if first_cap + 2 < len(words) and words[first_cap + 1].low in ("und", "oder") and toks[words[first_cap].i - toks[0].i + 1].text == "-":
        head = words[first_cap + 2].low  # "die Bundes- und Landesregierung": the compound coordinated with it
    # "der Manager Heldt", "der EU-Kommissar für Energie Günther Oettinger": a name in the phrase
    named = any(a.text[:1].isupper() and b.text[:1].isupper() for a, b in zip(words[first_cap:], words[first_cap + 1 :]))
    if named or head in heads or head in lex.nouns or words[first_cap].text.isupper() or head in _demonyms() or head in _country_names():
        return True  # "der Manager Heldt", "die Polizei", "der Bericht", "die NASA", "die Schwedin"
    if _ends_in(head, heads, 5) or _ends_in(head, lex.nouns, 6) or head.endswith(_SHORT_BODY_HEADS):
        return True  # compounds: "die Provinzregierung", "die Sportzeitung", "die Presseerklärung", "der Übergangsrat"
    if first_cap > 0 and words[first_cap - 1].text.islower() and _nominalised_age(words[first_cap - 1].text):
        return True  # "der 54-jährige Schmidt": the age makes a surname (or any noun after it) someone who can speak
    if words[0].low in _MASCULINE_GENITIVES and head.endswith("s"):
        head = head[:-1]  # the owner a relative pronoun speaks for: "eines Sprechers, der sagte"
    return person_noun(head, _PERSON_NOUN_ENDINGS if strict else _PERSON_ENDINGS)


def _head_after_attribute(words: Sequence[Token], first_cap: int, lex: _Lexicons) -> int:
    """The noun a phrase is about when a prepositional phrase opens its attribute ("der für Verkehr zuständige
    Minister", "die seit Jahren in Berlin lebende Autorin"): the first capitalised word after a lower-case
    adjective or participle, not a noun inside the attribute; else ``first_cap``."""
    if first_cap < 2 or not (words[1].text.islower() and lex.is_(words[1], "preposition")):
        return first_cap
    for j in range(first_cap + 1, min(len(words), first_cap + 8)):
        before = words[j - 1]
        if words[j].text[:1].isupper() and before.text.isalpha() and before.text.islower() and before.low.endswith(_ADJECTIVE_ENDINGS) \
                and not (lex.is_(before, "preposition") or lex.is_(before, "determiner") or before.low in ("und", "oder")):  # fmt: skip
            return j
    return first_cap


# the endings of :data:`_PERSON_ENDINGS` that name persons without an inflection ending alone ("-e", "-en"
# also end "Studie", "Unternehmen"): the source resolver types a noun phrase on them as a person
_PERSON_NOUN_ENDINGS = tuple(ending for ending in _PERSON_ENDINGS if ending not in ("e", "en"))


def person_noun(low: str, endings: tuple[str, ...] = _PERSON_NOUN_ENDINGS) -> bool:
    """A noun that names a person by its ending ("Täter", "Beraterin", "Obmann", "Wirtin"); the plausibility of
    a speaker also takes the bare inflection endings ("die Anwohnende", "die Grünen": ``_PERSON_ENDINGS``)."""
    return low.endswith(endings) and not low.endswith(_THING_ENDINGS) and not low.endswith(_THINGS_IN_IN)


def plural_person_noun(low: str) -> bool:
    """A plural of a noun for persons by its ending: the dative plural of a noun in "-er" ("von Umweltschützern":
    "Umweltschützer") or a feminine plural ("Umweltschützerinnen"). Short words in "-ern" stay possible surnames
    ("laut Kern", "so Stern")."""
    if low.endswith("ern") and len(low) >= 7:
        return person_noun(low[:-1])
    return low.endswith("innen") and len(low) >= 8 and person_noun(low[:-3])


_LOCATING_PREPOSITIONS = frozenset(("in", "im", "auf", "aus"))


# verbs of thinking and perceiving describe, in the passive without an agent, unless a clause says what
# is thought or seen ("Es wird befürchtet, dass …" reports; "Die Lage wird anders eingeschätzt" does not); verbs of
# deciding and writing tell an event ("Ein Treffen wurde vereinbart", "Der Bericht wurde veröffentlicht") unless a
# clause says what was decided or written ("Beschlossen wurde, dass …")
_DESCRIBING_WITHOUT_CLAUSE = frozenset(("cognition", "perception", "decision", "writing"))
# verbs whose passive subject is the person addressed, asked, warned or charged, not what was said: without a
# clause or an agent the passive reports no message
_ADDRESSEE_VERBS = frozenset((
    "informieren", "unterrichten", "bitten", "auffordern", "aufrufen", "ermahnen", "warnen", "fragen", "befragen",
    "anklagen", "benachrichtigen", "einladen",
))  # fmt: skip


_PLUPERFECT_AUXILIARIES = frozenset(("hatte", "hatten"))
_HELD_OR_TRUTH_TYPES = frozenset(("cognition", "denial"))  # a view held; a denial, which says what is not true


def _background_act(
    toks: _SentenceTokens, k: int, fin: int, role: str, entry: VerbEntry, subject: tuple[int, int], attribution: Attribution,
    lex: _Lexicons,
) -> bool:  # fmt: skip
    """Whether the speech act at ``k`` is told in the pluperfect of a main clause with only its object as message
    ("Der Verband hatte die Gebühr schon im Herbst kritisiert", "hatte den Rücktritt angekündigt"): the background of
    the story, an earlier act told as something that happened, which news annotation (SpkAtt-2023, task 2) does not
    count as a statement reported. Kept as reports: what was said in a clause, a quotation or after a colon ("hatte
    erklärt, dass …", "hatte den Plan als „Wucher“ bezeichnet"); a view or expectation held ("hatten ein Minus
    erwartet"); an admission, confirmation or denial, which says what is true or not ("hatte den Fehler
    eingeräumt"); a first person recalling their own words ("ich hatte das im Ausschuss angekündigt"); a tag after
    its message, whose auxiliary opens the clause ("…, hatte der Minister geschrieben"); and a verb-final clause
    ("die Zahlen, die der Senator genannt hatte")."""
    content = attribution.content
    return (role == "participle" and entry.type not in _HELD_OR_TRUTH_TYPES and entry.stance != "endorsing"
            and toks[fin].low in _PLUPERFECT_AUXILIARIES and _clause_start(toks, fin) < fin < k
            and content is not None and content[0] <= toks[k].start < content[1]
            and not lex.is_(toks[subject[0]], "first_person") and not _clause_words(toks, k) & _QUOTE_MARKS)  # fmt: skip


def _quoted_person(
    toks: _SentenceTokens, k: int, role: str, entry: VerbEntry, agent: tuple[int, int] | None,
    first_subject: tuple[int, int] | None, lex: _Lexicons,
) -> tuple[int, int] | None:  # fmt: skip
    """The subject of a passive "zitieren" ("X wird mit den Worten zitiert"): the person quoted, whoever
    quotes them (the agent or document, if any, passes the words on). None for other verbs."""
    if entry.lemma != "zitieren":
        return None
    fin = _finite_for(toks, k, role, lex, entry.lemma)
    if fin >= 2 and toks[fin - 1].text == "," and toks[fin - 2].text in _QUOTE_MARKS:
        subject = _post_verbal_subject(toks, fin, lex)  # "„…“, wird Anna Berg, Sprecherin der Stadt, zitiert": after the verb
    else:
        subject = find_subject(toks, fin, lex, first_subject)
    if subject is None or subject == agent or lex.is_(toks[subject[0]], "personal_pronoun") and toks[subject[0]].low == "es":
        return None
    return subject if _plausible_speaker(toks, subject, lex) else None


def _document_source(toks: _SentenceTokens, a: int, b: int, lex: _Lexicons) -> tuple[int, int] | None:
    """"In einem Bericht der Zeitung heißt es", "Auf der Homepage wird gefordert", "in einer Pressemitteilung
    der Organisation wurde verkündet": a statement, document or medium that holds what an agentless report
    says; the span of its noun phrase (without the preposition), or None."""
    for j in range(a, b - 1):
        if toks[j].low not in _LOCATING_PREPOSITIONS:
            continue
        end = np_forward(toks, j + 1, b, lex)
        if end is None:
            continue
        head = _phrase_head(toks, j + 1, end, lex)
        low = head.low.rsplit("-", 1)[-1] if head is not None else ""  # "der festival-Homepage": the noun after the hyphen
        if head is not None and (low in lex.nouns or low in _speaker_heads() or _ends_in(low, lex.nouns, 6)):
            after = next((t for t in toks[j + 1 : end] if t.i == head.i + 1), None)
            bare = head is toks[j + 1] and toks[j].low not in _CONTRACTED_PREPOSITIONS  # no article: "in Europa", not "im Ministerrat"
            if bare and low in _first_words_only() and (after is None or not after.text[:1].isupper()):
                continue  # "In Europa wird …": a place, though a name begins with it ("Europa Press")
            return (j + 1, end)
    return None


_CONTRACTED_PREPOSITIONS = frozenset(("im", "ins", "am", "ans", "beim", "vom", "zum", "zur"))  # a preposition with its article


def _phrase_head(toks: _SentenceTokens, s: int, end: int, lex: _Lexicons) -> Token | None:
    """The first noun of the noun phrase ``toks[s:end]``, past a prepositional attribute before it ("einer im Netz
    verbreiteten Mitteilung": the statement, not the place inside its attribute), or None."""
    m = s
    while m < end:
        tok = toks[m]
        attribute = _participial_attribute(toks, m, end, lex) if m > s and lex.is_(tok, "preposition") else None
        if attribute is not None:
            m = attribute + 1
            continue
        if tok.text[:1].isupper() or "-" in tok.text and _hyphen_noun(tok.text):
            return tok
        m += 1
    return None


@lru_cache(maxsize=1)
def _first_words_only() -> frozenset[str]:
    """Words of :func:`_speaker_heads` only as the first word of a longer registered name ("europa" of "Europa
    Press"): alone they name no source."""
    forms, aliases = _head_forms_and_aliases()
    return _speaker_heads() - forms - {alias for alias in aliases if " " not in alias}


def _document_before_relative(toks: _SentenceTokens, start: int, lex: _Lexicons) -> tuple[int, int] | None:
    """"In dem Bericht, der am Montag erschien, heißt es": the clause of the cue follows a relative clause
    that closes the prefield; the document stands before that relative clause (see :func:`_document_source`)."""
    if start < 2 or toks[start - 1].text != ",":
        return None
    opening = next((j for j in range(start - 2, 0, -1) if toks[j].text == "," and lex.is_(toks[j + 1], "relative_pronoun")), None)
    if opening is None or any(toks[j].text == "," for j in range(0, opening)):
        return None  # the sentence opens with the prefield, then the relative clause
    return _document_source(toks, 0, opening, lex)


# "wollte sich nicht äußern", "kommentierte das nicht", "war für eine Stellungnahme nicht zu erreichen",
# "ließ eine Anfrage unbeantwortet", "blieb eine Antwort schuldig": the source was asked and said nothing.
_COMMENT_VERBS = frozenset(("äußern", "kommentieren", "antworten", "reagieren", "stellung nehmen", "stellung genommen", "nehmen", "sagen", "erklären", "bestätigen", "mitteilen",
                            "bekanntgeben", "verraten"))  # fmt: skip
_NEGATIONS = frozenset(("nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "keinem", "keinerlei"))
_UNANSWERED = frozenset(("unbeantwortet", "erreichbar", "erreichen", "schuldig"))
# "Ob er kandidiert, ließ er offen": the source was asked and did not say
_LEAVING_OPEN = frozenset(("offenlassen",))
_REQUEST_NOUNS = frozenset(("stellungnahme", "anfrage", "anfragen", "kommentar", "antwort", "rückfrage", "nachfrage", "auskunft"))


_REFUSAL_VERBS = frozenset(("ablehnen", "verweigern"))
_REFUSING_FORMS = frozenset(("verweigert", "verweigerte", "verweigerten", "verweigern"))
_COMMENT_INFINITIVES = frozenset(("äußern", "kommentieren", "antworten", "sagen", "erklären", "bestätigen", "nehmen", "reagieren"))


def _refused_comment(toks: _SentenceTokens, k: int) -> bool:
    """Whether the refusal at ``k`` ("ablehnen", "verweigern") refuses a comment: a request noun in its clause
    ("verweigerte die Auskunft", "lehnte einen Kommentar ab") or an infinitive of comment right after it
    ("lehnte es ab, sich zu äußern", "lehnte ab, Stellung zu nehmen")."""
    start, end = _clause_start(toks, k), _clause_end(toks, k)
    if any(t.low in _REQUEST_NOUNS and not (j > start and toks[j - 1].low in ("auf", "nach", "trotz", "ohne", "bei"))
           for j, t in enumerate(toks[start:end], start)):  # fmt: skip
        return True  # the refused thing, not "Auf Anfrage des STANDARD lehnte sie es ab, …"
    if end + 1 < len(toks) and toks[end].text == ",":
        after = _clause_end(toks, end + 1)
        words = [t for t in toks[end + 1 : after] if t.text[0].isalnum()]
        return any(t.low == "zu" for t in words) and words[-1].low in _COMMENT_INFINITIVES
    return False


def _declines(doc: Doc, sent_id: int, toks: _SentenceTokens, lex: _Lexicons, found: list[Attribution]) -> None:
    """Mark the sentence's refusals to comment as ``declined`` (or add one): a negated verb of comment,
    or an unanswered request. The source was asked: that counts for sourcing, but backs no claim."""
    words = {t.low for t in toks}
    negated = bool(words & _NEGATIONS)
    mine = []  # this sentence's attributions are the last ones found
    for attribution in reversed(found):
        if attribution.sent_id != sent_id:
            break
        mine.append(attribution)
    for attribution in mine:
        if attribution.form not in ("indirect", "agentless"):
            continue
        cue = doc.tokens[attribution.cue[0]]
        k = cue.i - toks[0].i
        # the lemma of a verb found in a phrase ("äußerte sich") or a passive with a document ("wurden … nicht mitgeteilt")
        lemma = attribution.lemma or next((entry.lemma for tok in (doc.tokens[attribution.cue[1] - 1], cue)
                                           for entry, _ in lex.verbs.get(tok.low, ()) if entry.lemma in _COMMENT_VERBS), None) \
            or doc.span_text(cue.start, doc.tokens[attribution.cue[1] - 1].end).lower()  # a phrase: "Stellung nehmen"  # fmt: skip
        if negated and lemma in _COMMENT_VERBS and _clause_words(toks, k) & _NEGATIONS \
                or attribution.lemma in _LEAVING_OPEN:  # fmt: skip
            attribution.form, attribution.content = "declined", None
        elif attribution.lemma in _REFUSAL_VERBS and _refused_comment(toks, k):
            attribution.form = "declined"  # "lehnte es ab, sich zu äußern", "lehnte einen Kommentar ab": what was refused
    # an unanswered request, or someone not to be reached ("war nicht erreichbar"; "Platz zwei ist noch erreichbar" is no refusal)
    refused = words & _REFUSING_FORMS and words & _REQUEST_NOUNS  # "verweigerte jede Auskunft"
    if not (refused or words & _UNANSWERED and (words & _REQUEST_NOUNS or negated and ("erreichen" in words or "erreichbar" in words))):
        return
    if any(a.form == "declined" for a in mine):
        return
    k = next(j for j, t in enumerate(toks) if t.low in _UNANSWERED or refused and t.low in _REFUSING_FORMS)
    subject = _clause_subject(toks, _clause_start(toks, k), _clause_end(toks, k), lex)
    if subject is None or not words & _REQUEST_NOUNS and not _plausible_speaker(toks, subject, lex, strict=True):
        return  # "Das Klimaziel ist nicht mehr erreichbar": a thing out of reach, nobody was asked
    found.append(Attribution(sent_id, (toks[k].i, toks[k].i + 1), "declined", source=(toks[subject[0]].i, toks[subject[1] - 1].i + 1),
                             cue_type="speech"))  # fmt: skip
