"""Sources: who the attributions point to, of which kind, from which country, and how strong.

The noun phrase of each attribution's source is resolved, in this order:

1. a known source from the registry (``lexicons/mul/sources.tsv``, extendable
   with user files): outlets, agencies, governments, bodies, with kind,
   country and ownership ("RT" → Russian state media); an alias two entries
   share ("Bundesregierung") goes to the country of the article's other
   registry names;
2. a statement noun with its owner ("einem Bericht des ukrainischen
   Militärgeheimdienstes (GUR)" → the owner, GUR; the report is the medium);
3. the head noun (``source_heads``): kind and how identifiable it is
   (``Ministerium`` a named body, ``Analysten`` generic, ``Berichte`` vague,
   ``Quellen`` anonymous);
4. a personal name (capitalised words without an article), with the role
   noun next to it ("der russische Präsident, Wladimir Putin"; a role and the
   name after a comma is that person, of the kind the role says: "Der Sprecher
   der Polizei, Hans Meier"; a role compounded with a registered body takes its
   kind: "der UN-Chef");
5. pronouns: "ich/wir" outside quotations are the author; "er/sie" the most
   recent named source of the previous three sentences; so is a definite
   description of a person by age or by the role named with them ("der
   34-Jährige", "die Ministerin" after "Die Ministerin Anna Berger");
6. a phrase with a preposition of provenance (the pack's ``insider_prepositions``:
   German "aus dem Ministerium", "aus Regierungskreisen") is someone from within
   that body: its kind and country, but not named.

A country comes from the registry, a nationality adjective ("ukrainischen"),
a country name or a capital used for its government ("Moskau"). Acronyms in
parentheses ("(GUR)") become aliases, so later mentions resolve to the same
``source_id``.

``strength`` per attribution, in [0, 1] (documented in METHODS.md):

=========================================  =====
named source, direct quotation             1.00
named source, indirect or according-to     0.85
named source passed on second-hand (via)   0.60
another outlet or a social-media platform  0.60
as the named source (secondary retelling)
generic or vague source (Analysten)        0.40
anonymous source (Quellen, Insider)        0.30
quotation without an identified speaker    0.25
reportative "sollen", no source            0.15
agentless ("es heißt"), the author (ich)   0.10
declined to comment ("wollte sich nicht    0.00
äußern": asked, backs no claim)
=========================================  =====

A continuation inherits the strength of the attribution it continues; a
distancing reporting verb ("behauptet") takes 0.1 off.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from scoring.model.records import MEDIA_KINDS, RESPONDENTS_SOURCE, SECONDARY_KINDS, STRENGTH, Attribution
from scoring.model.doc import Doc, Token
from scoring.languages import Language, get_language
from scoring.languages.grammar import NAME_PARTICLES, GrammarLexicons, dotted_acronym, name_word, split_contraction
from scoring.languages.lexicon import Lexicon, bundled_lexicons, load_lexicon, load_lexicon_file

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_PRONOUN_WINDOW = 3
# kinds of head noun that a definite description does not take back to a body named before: people, experts,
# documents (see _described_document) and sources of no known kind
_NOT_BODIES = frozenset(("person", "expert", "official_document", "unknown", "anonymous"))
_DOCUMENT_WINDOW = 6  # sentences back a definite "the poll", "der Bericht" may refer to a named one
_LATER_WINDOW = 2  # sentences on in which "a new poll" may be named
_LOOKAROUND_TOKENS = 150  # tokens at most these look through (a text without full stops is one long sentence)
_PERSONAL_KINDS = frozenset(("person", "politician", "author"))
_PLATFORM_KINDS = frozenset(("social_media",))  # where a post appears, not who wrote it
# endings of common nouns: a capitalised phrase with one of them is no personal name ("Punkten Vorsprung")
_COMMON_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "ment")
_INDEPENDENT_KINDS = frozenset(("independent_media", "news_agency", "expert", "ngo", "international_org", "judiciary", "person"))

DISTANCING_PENALTY = 0.1


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    name: str
    kind: str
    country: str | None
    ownership: str | None


class Registry:
    """Known sources and their aliases, matched case-aware over tokens."""

    def __init__(self, lexicons: Iterable[Lexicon]) -> None:
        self.entries: dict[str, RegistryEntry] = {}
        self._aliases: dict[str, list[tuple[tuple[str, ...], RegistryEntry]]] = {}
        for lexicon in lexicons:
            for row in lexicon.records():
                entry = RegistryEntry(row["id"], row["name"], row["kind"], row.get("country") or None, row.get("ownership") or None)
                self.entries[entry.id] = entry
                for alias in {row["name"], *row["aliases"].split("|")}:
                    parts = tuple(_TOKEN.findall(alias.strip()))
                    if parts:
                        self._aliases.setdefault(parts[0].lower(), []).append((parts, entry))
        for candidates in self._aliases.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # aliases that name a body in more than one country ("Bundesregierung", "Grünen": Germany's or Austria's)
        seen: dict[tuple[str, ...], str] = {}
        self._ambiguous: set[tuple[str, ...]] = set()
        for candidates in self._aliases.values():
            for parts, entry in candidates:
                if seen.setdefault(parts, entry.id) != entry.id:
                    self._ambiguous.add(parts)

    @cached_property
    def mixed_case_words(self) -> frozenset[str]:
        """Words (lower-cased) that the names and aliases write in mixed case ("Standard", "Politico"): a name
        that is normally no acronym, unlike "MSNBC" or "CCTV"."""
        return frozenset(part.lower() for candidates in self._aliases.values() for parts, _ in candidates for part in parts
                         if part[:1].isupper() and not part.isupper())  # fmt: skip

    def one_word(self, text: str, low: str) -> RegistryEntry | None:
        """The source whose one-word name or alias is the word ``text`` (lower-cased ``low``), else None."""
        for parts, entry in self._aliases.get(low, ()):
            if len(parts) == 1 and _alias_word_matches(text, low, parts[0]):
                return entry
        return None

    @cached_property
    def _quoted_titles(self) -> dict[str, RegistryEntry]:
        """One-word titles the registry lists only in quotation marks („Spiegel“, “Times”), by the lower-cased word."""
        titles: dict[str, RegistryEntry] = {}
        for candidates in self._aliases.values():
            for parts, entry in candidates:
                if len(parts) == 3 and parts[0] in _QUOTE_CHARACTERS and parts[2] in _QUOTE_CHARACTERS:
                    titles.setdefault(parts[1].lower(), entry)
        return titles

    def quoted_title(self, low: str) -> RegistryEntry | None:
        """The source whose title is the word ``low`` in quotation marks: a title the registry leaves out bare
        because the word is an ordinary one ("Spiegel"), but which names the outlet where the context makes it
        a title ("Spiegel-Bericht"). None otherwise."""
        return self._quoted_titles.get(low)

    def lookup(self, name: str) -> RegistryEntry | None:
        """The source one of whose names or aliases is ``name`` as a whole (case-insensitive: "Reuters",
        "derstandard.at", "Der Standard"), else None."""
        parts = tuple(p.lower() for p in _TOKEN.findall(name.strip()))
        if not parts:
            return None
        return next((entry for alias, entry in self._aliases.get(parts[0], ()) if tuple(p.lower() for p in alias) == parts), None)

    def starts_name(self, low: str) -> bool:
        """Whether some name or alias of the registry begins with the lower-cased word ``low``."""
        return low in self._aliases

    def find(self, toks: Sequence[Token], country: Callable[[], str | None] | None = None) -> list[tuple[int, int, RegistryEntry]]:
        """Non-overlapping alias matches in ``toks`` as (first, last, entry), indices into ``toks``. An alias
        that several entries share goes to the one of the country ``country()`` names (asked only then), else
        to the first listed."""
        hits = []
        for k, end, parts, entry, candidates in self._scan(toks):
            if parts in self._ambiguous and country is not None:
                wanted = country()
                entry = next((e for p, e in candidates if p == parts and e.country == wanted), entry)
            hits.append((k, end, entry))
        return hits

    def unambiguous_countries(self, toks: Sequence[Token]) -> Counter[str]:
        """How often each country's bodies are named in ``toks`` by aliases that only one entry has."""
        return Counter(entry.country for _, _, parts, entry, _ in self._scan(toks) if entry.country and parts not in self._ambiguous)

    def _scan(self, toks: Sequence[Token]) -> Iterator[tuple[int, int, tuple[str, ...], RegistryEntry, list]]:
        """Non-overlapping alias matches, longest first, with the matched alias and its candidates."""
        k = 0
        while k < len(toks):
            candidates = self._aliases.get(toks[k].low) or self._aliases.get(_without_possessive(toks[k].low)) \
                or (self._aliases.get(toks[k].low.replace(".", ""), []) if dotted_acronym(toks[k].text) else [])  # "F.B.I": FBI
            for parts, entry in candidates:
                end = k + len(parts)
                if end <= len(toks) and all(_alias_token_matches(toks[k + j], p, j == len(parts) - 1) for j, p in enumerate(parts)):
                    yield k, end, parts, entry, candidates
                    k = end - 1
                    break
            k += 1


def _alias_token_matches(tok: Token, part: str, last: bool = False) -> bool:
    """Whether ``tok`` is the alias word ``part``; the last word of an alias may carry an English
    possessive ("CNN's chief reporter", "the Post’s editor")."""
    text, low = tok.text, tok.low
    if last and low != part.lower():
        bare = _without_possessive(low)
        if bare != low:
            text, low = text[: len(bare)], bare
    return _alias_word_matches(text, low, part)


def _alias_word_matches(text: str, low: str, part: str) -> bool:
    """Whether a word (``text``, lower-cased ``low``) is the alias word ``part``, case-aware."""
    if part.isupper() and len(part) > 1:
        return text == part or dotted_acronym(text) and text.replace(".", "") == part  # acronyms are case-sensitive: "AP" is not "ap"
    if part[0].isupper():
        return text[0].isupper() and low == part.lower()
    return low == part.lower()


_POSSESSIVES = ("'s", "’s")


def _cut(tok: Token, length: int) -> Token:
    """``tok`` cut to its first ``length`` characters ("Trump's" → "Trump")."""
    return Token(tok.i, tok.start, tok.start + length, tok.text[:length], tok.low[:length], tok.sent, tok.quote)


def _without_possessive(low: str) -> str:
    """``low`` without an English possessive ending ("cnn’s" → "cnn"); unchanged otherwise."""
    for ending in _POSSESSIVES:
        if low.endswith(ending) and len(low) > len(ending):
            return low[: -len(ending)]
    return low


@lru_cache(maxsize=8)
def registry(extra_files: tuple[str, ...] = ()) -> Registry:
    """The bundled registry plus user registry files of the same format."""
    return Registry([load_lexicon("mul", "sources"), *(load_lexicon_file(Path(f)) for f in extra_files)])


def _title_words(rest: Sequence[Token], heads: dict[str, tuple[str, str, str]], partitive: frozenset[str], closed: Container[str]) -> int:
    """How many words after a role's head go on with its title: capitalised role heads ("Attorney General", "Secretary
    General"), and the office after "of" ("Secretary of State"). A name after them is the person's. ``partitive`` is empty
    for heads that are no office ("supporters of Republican Donald Trump" are no Trump); ``closed`` holds the function
    words, which end a title ("aide to President Bush" is no Bush)."""
    n = 0
    while n < len(rest):
        tok = rest[n]
        if tok.text[:1].isupper() and heads.get(tok.low, ("", "", ""))[2] in ("person", "named"):
            n += 1
        elif partitive and tok.text.isalpha() and tok.text.islower() and tok.low not in closed:
            # "Republican vice presidential nominee Mike Pence": lower-case words of the title up to its role head
            role = next((m for m in range(n + 1, min(len(rest), n + 4)) if heads.get(rest[m].low, ("", "", ""))[2] == "person"
                         and all(t.text.isalpha() and t.text.islower() for t in rest[n:m])), None)  # fmt: skip
            if role is None:
                break
            n = role + 1
        elif tok.low in partitive and n + 1 < len(rest):
            # "Secretary of State Anna Berg", "Secretary of the Interior Sally Jewell": the office's name, then a first and
            # last name (at least three capitalised words in all; fewer are the office alone, "Minister of Foreign Affairs")
            m = n + 2 if rest[n + 1].text[:1].islower() and n + 2 < len(rest) else n + 1  # (past "the")
            run = list(itertools.takewhile(lambda t: t.text[:1].isupper() or t.text == ".", rest[m:]))
            words = [m + i for i, t in enumerate(run) if t.text[:1].isalpha() and len(t.text) > 1]
            return words[-2] if len(words) >= 3 else n
        else:
            break
    return n


@dataclass(frozen=True)
class _Heads:
    heads: dict[str, tuple[str, str, str]]  # form -> (head, kind, specificity)
    adjectives: dict[str, str]  # adjective stem -> country
    names: dict[str, str]  # lower-cased name form -> country
    metonyms: dict[str, str]
    longest_head: int  # characters of the longest head form: bounds the search for a compound's head
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-cased noun for inhabitants -> country
    regions: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower-cased form -> (region, country)


def _a_body(info: SourceInfo) -> bool:
    """Whether a source is a body rather than a person (of whatever kind: a minister is "government" too)."""
    return info.kind not in _PERSONAL_KINDS and info.specificity != "person" and not info.key.startswith("person:")


@lru_cache(maxsize=None)
def _own_plural(lang: str, head: str) -> bool:
    """Whether the source head ``head`` has a plural form unlike its singular ("Organisation" → "Organisationen",
    "company" → "companies"; not "Unternehmen", whose plural is the same word): among its listed forms one that is
    neither the head nor its genitive in -s/-es."""
    low = head.lower()
    forms = {form for form, (citation, _kind, _spec) in _heads(lang).heads.items() if citation == head}
    return any(form not in (low, low + "s", low + "es", low + "'s", low + "’s") for form in forms)


@lru_cache(maxsize=None)
def _heads(lang: str) -> _Heads:
    heads: dict[str, tuple[str, str, str]] = {}
    for row in load_lexicon(lang, "source_heads").records():
        for form in {row["head"], *row["forms"].split("|")}:
            if form:
                heads.setdefault(form.lower(), (row["head"], row["kind"], row["specificity"]))
    adjectives: dict[str, str] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    for row in load_lexicon(lang, "countries").records():
        code = row["code"]
        for stem in row["adjectives"].split("|"):
            if stem:
                adjectives.setdefault(stem.lower(), code)
        for name in [row["name"], *row["names"].split("|")]:
            if name:
                names.setdefault(name.lower(), code)
        for name in row["demonyms"].split("|"):
            if name:
                demonyms.setdefault(name.lower(), code)
        for place in row["metonyms"].split("|"):
            if place:
                metonyms.setdefault(place.lower(), code)
    regions: dict[str, tuple[str, str]] = {}
    if (lang, "regions") in bundled_lexicons():  # states and provinces: places, never people ("Iowa", "Tirol")
        for row in load_lexicon(lang, "regions").records():
            for form in [row["region"], *row["forms"].split("|")]:
                if form:
                    regions.setdefault(" ".join(_TOKEN.findall(form)).lower(), (row["region"], row["country"]))
    return _Heads(heads, adjectives, names, metonyms, max(map(len, heads), default=0), demonyms, regions)


@dataclass(frozen=True, slots=True)
class _Head:
    index: int
    lemma: str
    kind: str
    specificity: str  # named, person, generic, vague, anonymous, or "statement" for Bericht, Mitteilung …


@dataclass
class SourceInfo:
    """What is known about one source of one article."""

    key: str
    name: str
    kind: str
    named: bool
    specificity: str = "named"
    country: str | None = None
    registry_id: str | None = None
    ownership: str | None = None
    mentions: int = 0
    attr_ids: list[int] = field(default_factory=list)
    genders: frozenset[str] = frozenset()  # of the phrase that named it first (for pronouns)

    @property
    def independent(self) -> bool:
        return self.kind in _INDEPENDENT_KINDS


def _country_of(toks: Sequence[Token], heads: _Heads, endings: tuple[str, ...]) -> str | None:
    for tok in toks:
        low = tok.low
        if tok.text[0].islower():
            for ending in endings:
                code = heads.adjectives.get(low[: len(low) - len(ending)] if ending else low) if low.endswith(ending) else None
                if code:
                    return code
        else:
            code = heads.names.get(low) or heads.names.get(low.rstrip("s")) or heads.metonyms.get(low) or heads.demonyms.get(low)
            if code:
                return code
    words = [t.low for t in toks if t.text[:1].isupper()]
    for n in range(len(words)):  # a region of one or more words: "a spokesman in Texas", "the North Carolina official"
        for m in range(min(len(words), n + 4), n, -1):
            region = heads.regions.get(" ".join(words[n:m]))
            if region:
                return region[1]
    return None


@lru_cache(maxsize=None)
def _adjective_suffixes(lang: str) -> tuple[str, ...]:
    """The suffixes of adjectives of a pack's ``adjective_suffixes`` lexicon ("isch", "lich"), or none."""
    if (lang, "adjective_suffixes") not in bundled_lexicons():
        return ()
    return tuple(row["suffix"] for row in load_lexicon(lang, "adjective_suffixes").records())


@lru_cache(maxsize=1)
def _company_forms() -> frozenset[str]:
    return frozenset(load_lexicon("mul", "company_forms").entries)


def _name_key(toks: Sequence[Token]) -> str:
    words = [t.low for t in toks if t.text[0].isalnum()]
    return " ".join(words)


class SourceResolver:
    """Resolves the source spans of one article's attributions into :class:`SourceInfo`."""

    def __init__(self, doc: Doc, registry: Registry) -> None:
        self.doc = doc
        self.registry = registry
        self.heads = _heads(doc.lang)
        self.language = language = get_language(doc.lang)
        self.lex = language.grammar.lex
        self.adjective_endings = ("", *language.adjective_endings)
        self.sources: dict[str, SourceInfo] = {}
        # the first stored person or politician whose key ends in ":<name>", by name: a later
        # mention of the surname resolves to it without a pass over every source of the article
        self.persons_by_name: dict[str, SourceInfo] = {}
        self._looking_back = 0  # > 0 while _nearest_named analyses antecedents
        self.local_aliases: dict[str, str] = {}  # acronym -> key
        self.recent: list[tuple[int, str]] = []  # (sent_id, key) of named sources, for pronouns
        self.documents: list[tuple[int, frozenset[str], str]] = []  # (sent_id, head nouns, key) of named sources
        self.last_cited: tuple[int, str] | None = None  # (sent_id, key) of the source cited last, named or not
        self._according_to = False  # whether the span being resolved is the object of "laut", "zufolge", …
        self._cue: tuple[int, int] | None = None  # the tokens of the cue of the span being resolved
        self._named_heads: dict[tuple[str, str], str] = {}  # (kind, head lemma) -> key of the last body named by its words

    def _find(self, toks: Sequence[Token]) -> list[tuple[int, int, RegistryEntry]]:
        hits = self.registry.find(toks, lambda: self.article_country)  # worked out only when an alias needs it
        return [hit for hit in hits if not self._inside_longer_name(toks, hit)]

    def _inside_longer_name(self, toks: Sequence[Token], hit: tuple[int, int, RegistryEntry]) -> bool:
        """Whether a registered alias stands inside a longer name that a capitalised word before it begins ("the Ohio
        Supreme Court", "the Iowa Senate"): another body than the registered one. Only where nouns are not capitalised,
        and not for a party; not after an acronym ("U.S."), a head noun, a place of the entry's own country, or a word
        capitalised only to open the sentence."""
        first, _end, entry = hit
        if first == 0 or self.language.nouns_capitalised or entry.kind == "party":
            return False  # (a capitalised noun before a name is its apposition's head: "die Zeitung The Times"; "Iowa
            # Republicans" are the party's members)
        before = toks[first - 1]
        if before.low in self.heads.heads:
            return False  # "Senate Republicans", "Campaign Director …": a head of its own
        if before.low in self.heads.regions:
            return True  # "the Ohio Supreme Court": a state's body, not the nation's
        if not (before.text[:1].isupper() and before.text.isalpha()) or before.text.isupper() or self.lex.is_(before, "determiner"):
            return False
        if before.i == 0 or self.doc.tokens[before.i - 1].sent != before.sent:
            return False  # ("Former Fox News host …", "Auch Polizei …")
        if toks[first].text.isupper() or entry.country is not None and _country_of([before], self.heads, self.adjective_endings) == entry.country:
            return False  # an acronym is a name of its own; "the American Red Cross" (the entry's own country)
        return not self.registry.starts_name(before.low)  # ("New York Times": the longer alias was matched whole)

    @cached_property
    def article_country(self) -> str | None:
        """The country most of the article's unambiguously named bodies belong to ("ÖVP", "ORF", "Wiener
        Polizei": Austria), by which an alias two countries share is read ("die Bundesregierung", "die
        Grünen"); None when no country leads."""
        counts = self.registry.unambiguous_countries(self.doc.tokens).most_common(2)
        leads = counts and (len(counts) == 1 or counts[0][1] > counts[1][1])
        return counts[0][0] if leads else None

    def resolve_span(self, span: tuple[int, int], sent_id: int, according_to: bool = False,
                     cue: tuple[int, int] | None = None) -> tuple[SourceInfo, list[SourceInfo]]:
        """The source a span names, and any further sources named in it ("Medien wie Forbes und EFE").
        ``according_to``: the span is the object of "laut", "nach", "zufolge", "according to" (not a subject,
        which a fronted object may be taken for: "Dieser Darstellung widerspricht die ÖVP"). ``cue``: the tokens of
        the attribution's cue, if any."""
        toks = self.doc.tokens[span[0] : span[1]]
        self._according_to, self._cue = according_to, cue
        maker = self._maker_apposition(span, sent_id)
        info, extra = self._analyse(toks + self.doc.tokens[maker[0] : maker[1]], sent_id) if maker else (None, [])
        if info is None or not info.named or info.kind == "unknown":
            info, extra = self._analyse(toks, sent_id)  # (the poll by itself, unless a named maker owns it)
        if info.kind in _FORMER_KINDS and self._former_role(toks):
            info = self._former(info, toks)
        if not info.genders:
            info.genders = self.language.mention_genders(toks)
        stored = self._store(info)
        if stored.named and stored.kind != "author":
            self.recent.append((sent_id, stored.key))
            nouns = frozenset(n for n in map(self._document_noun, toks) if n)
            if nouns:
                self.documents.append((sent_id, nouns, stored.key))
        others: dict[str, SourceInfo] = {}
        for e in extra:
            if e.key != stored.key:
                others.setdefault(e.key, self._store(e))
        return stored, list(others.values())

    def _former_role(self, toks: Sequence[Token]) -> bool:
        """Whether the phrase opens with a role its holder no longer holds ("der ehemalige Innenminister", "Former
        police chief", "Ex-Bürgermeister", "el ex ministro"): a word of :attr:`~scoring.languages.base.Language.former_words`
        or a prefix of ``former_prefixes`` among its first words after the article."""
        words = [t for t in toks[:_FORMER_REACH] if not self.lex.is_(t, "determiner")]
        return any(t.low in self.language.former_words or t.low.startswith(self.language.former_prefixes) and len(t.low) > 5
                   for t in words[:2])  # fmt: skip

    def _former(self, info: SourceInfo, toks: Sequence[Token]) -> SourceInfo:
        """A former office holder speaks for no body: of a government or party a politician, of any other body a
        person; not the body itself ("die ehemalige Präsidentin des Obersten Gerichtshofs" is no word of the court)."""
        kind = "politician" if info.kind in ("government", "parliament", "party") else "person"
        body = info.key.startswith("reg:")  # the registered body itself: the person needs a key of their own
        key = f"former:{_name_key(toks)}" if body else info.key  # (an unnamed group stays one: "former officials")
        name = _display_name(toks, self.doc.text, self.lex) if body else info.name
        return SourceInfo(key=key, name=name, kind=kind, named=info.named, specificity=info.specificity, country=info.country,
                          genders=info.genders)  # fmt: skip

    def _maker_apposition(self, span: tuple[int, int], sent_id: int) -> tuple[int, int] | None:
        """The participle and agent set off by commas after a document noun that ends the span ("The study, conducted
        by researchers at Yale, found", "El informe, elaborado por la ONU, señala"): who made it, as "a study
        conducted by …" without commas says (see :meth:`_document_owner`); None when nothing such follows."""
        p = span[1]
        tokens = self.doc.tokens
        head = self.heads.heads.get(tokens[p - 1].low)
        if p + 3 >= len(tokens) or tokens[p].text != "," or tokens[p].sent != sent_id or self._document_noun(tokens[p - 1]) is None \
                or head is not None and head[2] in ("generic", "anonymous"):  # fmt: skip
            return None  # (not people: "The aides, led by …")
        participle, agent = tokens[p + 1], tokens[p + 2]
        if not (participle.text.isalpha() and participle.text.islower() and agent.low in self.language.agent_prepositions):
            return None
        for q in range(p + 3, min(len(tokens), p + 3 + _MAKER_WORDS)):
            if tokens[q].sent != sent_id:
                return None
            if tokens[q].text == ",":
                return (p + 1, q) if q > p + 3 else None
        return None

    def unresolved(self, span: tuple[int, int], sent_id: int) -> SourceInfo:
        """The source of a word that points back to one not found, as an unresolved pronoun is."""
        toks = self.doc.tokens[span[0] : span[1]]
        name = self.doc.text[toks[0].start : toks[-1].end]
        return self._store(SourceInfo(key=f"pronoun:{name.lower()}:{sent_id}", name=name, kind="unresolved", named=False, specificity="unresolved"))

    def anonymous(self, info: SourceInfo) -> SourceInfo:
        """The anonymous source an unnamed one is when the text says it stays unnamed, under a key of its own
        (another resident of the article may be named). It keeps the kind of body its words give ("officials
        speaking on condition of anonymity": government, as "Regierungskreise"); a person or an unknown phrase
        becomes of kind anonymous."""
        kind = "anonymous" if info.kind in ("person", "unknown") else info.kind
        return self._store(SourceInfo(key=f"anonymous:{info.key}", name=info.name, kind=kind, named=False,
                                      specificity="anonymous", country=info.country, genders=info.genders))  # fmt: skip

    def _store(self, info: SourceInfo) -> SourceInfo:
        existing = self.sources.get(info.key)
        if existing is None and self.language.genitive_articles and info.key.startswith("person:") and info.key.endswith("s"):
            existing = self.sources.get(info.key[:-1])  # "nach Ansicht Müllers": Müller, named before
        if existing is None:
            self.sources[info.key] = info
            self._register_short_name(info)
            if info.kind in ("person", "politician"):
                self.persons_by_name.setdefault(info.key.rsplit(":", 1)[-1], info)
            return info
        if existing.country is None and info.country:
            existing.country = info.country
        return existing

    def _analyse(self, toks: Sequence[Token], sent_id: int) -> tuple[SourceInfo, list[SourceInfo]]:
        opening = _trailing_parenthesis(toks)
        affiliation = self._find(toks[opening + 1 : -1]) if opening is not None else []
        if opening is not None and (not affiliation or affiliation[0][2].kind == "party"):
            # "Kerstin Lohmann (SPD)", "Jens Adler (64)": the person speaks; a party in the parentheses makes
            # the person a politician, it is not the source ("Militärgeheimdienst der Ukraine (GUR)" names it)
            info, extra = self._analyse(toks[:opening], sent_id)
            if affiliation and info.kind in ("person", "unknown") and info.named:
                info.kind = "politician"
            return info, extra
        lex = self.lex
        toks = _without_cut_compounds(toks, self.language)
        if len(toks) > 1 and toks[0].low in self.language.insider_prepositions:
            return self._insider(toks, sent_id), []
        named = self._named_after_comma(toks) or self._named_before_comma(toks)
        if named is not None:
            return named, []
        words = [t for t in toks if t.text[0].isalnum()]
        if len(words) > 1 and (words[0].low in self.language.generic_pronouns or words[0].low in self.language.nobody_words) \
                and words[1].text[0].islower() \
                and not (words[0].low in self.language.count_words and any(w.low in self.heads.heads for w in words[1:])):  # fmt: skip
            # (not "one senior official", "one member familiar with the talks": a number and its noun; "jeder zweite
            # Manager" stays everyone's)
            return self._pronoun(words[0], sent_id), []  # a free relative clause: "Wer die Zahlen kennt, weiß …"
        bare = self._without_case_ending(words)
        if bare is not None:
            toks = [bare if t.i == bare.i else t for t in toks]
            words = [bare if t.i == bare.i else t for t in words]
        owner = self._saxon_owner(words)
        if owner is not None:
            return owner, []
        contraction = split_contraction(words[0].low) if len(words) == 1 else None
        if contraction is not None:  # "They've" (said): the pronoun, without the auxiliary
            w, pronoun = words[0], contraction[0]
            words = [Token(w.i, w.start, w.start + len(pronoun), w.text[: len(pronoun)], pronoun, w.sent, w.quote)]
        if len(words) == 1 and words[0].low in self.language.group_pronouns:
            # "Some say", "Viele glauben": a vague group of people, no pronoun pointing back to someone named
            return SourceInfo(key=f"generic:{words[0].low}", name=words[0].text, kind="person", named=False, specificity="generic"), []
        if len(words) == 1 and (
            words[0].low in self.language.nobody_words or lex.is_(words[0], "personal_pronoun") or lex.is_(words[0], "first_person")
            or lex.is_(words[0], "relative_pronoun") or lex.is_(words[0], "determiner")
        ):
            return self._pronoun(words[0], sent_id), []  # "er", "ich", a relative "die", "Die haben gesagt"
        if self.language.grammar.share_of_group(words):
            return self._respondents(toks, sent_id), []  # "60 percent said", "two-thirds of voters say"
        roles = self._lower_case_roles_of_one(toks)
        if roles is not None:
            return self._analyse(roles, sent_id)  # "the lawyer and analyst Tom Hale", "el abogado y analista Tomás Hale"
        parts = _coordinated(toks, lex, self.language)
        if len(parts) > 1:
            parts = [piece for part in parts for piece in self._name_list(part)]  # "Anna Lind, Paul Steiner und Eva Roth"
        if len(parts) > 1 and self._roles_of_one(parts):
            return self._analyse(parts[-1], sent_id)  # "sein Nachbar und Amtskollege Markus Wallner": one named person
        if len(parts) > 1:
            infos = [self._analyse(part, sent_id)[0] for part in parts]
            return infos[0], infos[1:]
        surname = self._particle_surname(toks)
        if surname is not None:  # "Ursula von der Leyen", "Von der Leyen": a person, not a member of a body "der Leyen"
            display = _display_name(toks, self.doc.text, lex)
            return self.persons_by_name.get(surname.low) or SourceInfo(key=f"person:{surname.low}", name=display, kind="person", named=True), []
        hits = self._find(toks)
        member = (self._person_of_body(toks, hits[0][0]) or self._person_after_body(toks, hits[0])
                  or self._named_party_member(toks, hits[0])) if hits else None  # fmt: skip
        if member is not None:
            return member, []
        if hits:
            first, end, entry = hits[0]
            if first > 0 and end == len(toks) and entry.kind == "party" and (toks[first - 1].low in self.language.count_words
                                                                           or toks[first - 1].text.isdigit()):  # fmt: skip
                # "Two Republicans said", "drei Grüne": some members of the party, unnamed, not the party speaking
                return SourceInfo(key=f"generic:{_name_key(toks)}", name=self.doc.text[toks[0].start : toks[-1].end], kind="politician",
                                  named=False, specificity="generic", country=entry.country), []  # fmt: skip
            head = self._head(toks)
            if head is not None and head.specificity == "anonymous" and not first <= head.index < end:
                # "A Pentagon official said", "a White House source": someone unnamed of the body, an anonymous
                # source as the head says (its note: "an unnamed official is an anonymous source"), not the body
                return SourceInfo(key=f"anonymous:{_name_key(toks)}", name=self.doc.text[toks[0].start : toks[-1].end],
                                  kind="anonymous", named=False, specificity="anonymous", country=entry.country), []  # fmt: skip
            main = self._registry_info(entry, toks[first : hits[0][1]])
            extra = [self._registry_info(e, toks[a:b]) for a, b, e in hits[1:]]
            head = self._head(toks)
            if head is not None and head.specificity in ("vague", "generic") and toks[head.index].i < toks[first].i:
                # "Berichte internationaler Medien wie Forbes und EFE": named examples of a vague source
                main.named = True
            return main, extra
        for tok in toks:
            key = self.local_aliases.get(tok.text)
            if key is None and tok.low.endswith(_POSSESSIVES):
                key = self.local_aliases.get(tok.text[: len(_without_possessive(tok.low))])  # "the Post’s"
            if key and key in self.sources:
                return self.sources[key], []
        owner = self._statement_compound_owner(toks)
        if owner is not None:
            return owner, []
        member = self._person_of_body(toks, len(toks))
        if member is not None:
            return member, []  # "Theo Kitz vom Bankhaus Merck Finck": a body the registry does not know, typed by its head
        described = self._described_person(toks, sent_id) or self._described_document(toks, sent_id) or self._described_experts(toks, sent_id) \
            or self._described_body(toks, sent_id) or self._spokesperson(toks, sent_id)  # fmt: skip
        if described is not None:
            return described, []
        return self._from_head(toks), []

    def _document_noun(self, tok: Token) -> str | None:
        """The lemma (lower case) of a head noun of a poll, study, report or statement, not of a person
        ("poll", "umfrage", "bericht"); None for any other word."""
        found = self.heads.heads.get(tok.low)
        if found is not None:
            return found[0].lower() if found[1] != "person" and found[2] not in ("person", "named") else None
        return tok.low if tok.low in self.lex.nouns else None

    def _described_document(self, toks: Sequence[Token], sent_id: int) -> SourceInfo | None:
        """The named source a definite description of a poll, study or report refers back to: "The poll also
        showed …" after "A Quinnipiac University poll showed …", "dem Bericht zufolge" after "ein Bericht des
        Rechnungshofs": the nearest source named in the last sentences with the same head noun, in the singular.
        With a demonstrative ("nach diesen Angaben", "these figures"), or as the source of "laut", "zufolge",
        "according to" when no such document was cited or mentioned ("den Angaben zufolge", "according to the
        statement"), the statements of the source named last. None for anything else ("the polls", "die
        Berichte": many, none in particular)."""
        words = [t for t in toks if t.text[:1].isalnum()]
        before = self.doc.tokens[toks[0].i - 1] if toks and toks[0].i > 0 else None
        if before is not None and before.low in self.language.definite_contractions and before.sent == toks[0].sent:
            words = [before, *words]  # "im Bericht": the article is in the preposition ("in dem Bericht")
        if len(words) < 2:
            return None
        head = next((k for k in range(1, len(words)) if not self._modifier(words[k])), len(words))
        if head == len(words) or self._document_noun(words[head]) is None:
            return None
        last = words[head]
        lemma = self._document_noun(last)
        if head < len(words) - 1 and self._dating(words[head + 1 :]):
            words = words[: head + 1]  # "dem Bericht vom Donnerstag", "the report from Tuesday": the date says no more
        if head < len(words) - 1:
            if last.low not in self.lex.nouns:
                return None  # "Der Vertreter der Finanz": a person of a body, not a document
            # words after the noun: its owner ("A survey conducted by the Harbour Gazette found"), or whom it asked
            # ("the new poll of voters in every county": the words before describe it), or more than a description
            owner = self._document_owner(toks, next(n for n, t in enumerate(toks) if t is last), sent_id)
            if owner is not None or words[head + 1].low not in self.language.partitive_owner_prepositions:
                return owner
            words = words[: head + 1]
        if words[0].low in self.language.demonstrative_determiners and self._according_to:
            return self._named_last(sent_id)
        if words[0].low not in self.language.definite_articles and words[0].low not in self.language.definite_contractions:
            sentence = self.doc.sentence_tokens(sent_id)
            # "In a poll conducted by the Harbour Gazette, …": the owner follows the span; "A new poll shows …. The
            # Harbour Gazette poll also found …": a poll brought in and named in the next sentences
            owner = self._document_owner(sentence, last.i - sentence[0].i, sent_id) if self._according_to else None
            return owner or self._named_later(last, sent_id)
        sentence = self.doc.sentence_tokens(sent_id)
        if head == len(words) - 1 and last.sent == sent_id:
            owner = self._document_owner(sentence, last.i - sentence[0].i, sent_id)
            if owner is not None:
                return owner  # "Das zeigt die Umfrage zum Thema Betrug von PwC": its owner after its topic
        # (German "die" may be plural or feminine: "die Umfrage" is one poll, the form decides)
        singular = self.language.mention_genders(words) != frozenset(("pl",)) and (
            last.low == lemma or bool(self.language.genitive_articles) and last.low in (lemma + "s", lemma + "es"))
        if singular:
            for recent_sent, nouns, key in reversed(self.documents):
                if recent_sent < sent_id - _DOCUMENT_WINDOW:
                    break
                if recent_sent <= sent_id and lemma in nouns:
                    return self.sources[key]
            mentioned = self._mentioned_document(lemma, toks[0].i, sent_id)
            if mentioned is not None:
                return mentioned
            cited = {key for recent_sent, nouns, key in self.documents if recent_sent <= sent_id and lemma in nouns}
            if len(cited) == 1:
                return self.sources[cited.pop()]  # further back: the one such document the article has cited
            if not cited and lemma in self.language.poll_nouns:  # (not "den Angaben": statements refer to the last ones)
                made = self._only_maker(lemma, sent_id - _DOCUMENT_WINDOW, later=sent_id)
                if made is not None:
                    return made  # further back: the one such document the article has brought in with its maker
        if not self._according_to or last.low not in self.lex.nouns or lemma in self.language.poll_nouns \
                or self._mentioned_before(last, toks[0].i, sent_id) or self.last_cited is None:  # fmt: skip
            return None  # "den Forschern zufolge": people; "according to the polls": polls in general; a report
            # brought in by nobody cited
        cited_sent, key = self.last_cited
        cited = self.sources[key]
        if cited_sent < sent_id - _PRONOUN_WINDOW or not cited.named or not _a_body(cited) or cited.kind == "unknown":
            return None  # a person's statements are "seinen Angaben zufolge"; nothing typed, nothing to refer to
        return cited  # "…, teilte die Polizei mit. Den Angaben zufolge …": the body cited just before

    def _dating(self, words: Sequence[Token]) -> bool:
        """Whether ``words`` after a document's noun only date it: a preposition, then a weekday, a month, a day's or
        a year's number, an article ("vom Donnerstag", "vom 3. März", "from Tuesday", "del martes")."""
        language = self.language
        return len(words) >= 2 and self.lex.is_(words[0], "preposition") and all(
            t.low in language.weekdays or t.low in self._months or t.text.isdigit() or self.lex.is_(t, "determiner") for t in words[1:])

    def _modifier(self, tok: Token) -> bool:
        """Whether ``tok`` may stand between the article and the noun of a description: an adjective ("die neue
        Umfrage"); where adjectives have no endings to tell them by, a lower-case word of no function-word class or
        a number ("the new poll", "the 50-state poll")."""
        if _is_adjective(tok, self.language):
            return True
        if tok.low in self.language.superlative_words:
            return True  # "the most recent poll", "la más reciente encuesta"
        return not self.language.adjective_endings and (tok.text[:1].isdigit() or tok.text.isalpha() and tok.text.islower()) \
            and tok.low not in self.language.word_classes and self._document_noun(tok) is None  # fmt: skip

    def _named_later(self, noun: Token, sent_id: int) -> SourceInfo | None:
        """The named owner of a document with the head noun ``noun`` (in the singular) mentioned in the next
        sentences: the one brought in by "a new poll" before its maker is named ("The NBC/Wall Street Journal poll
        gave …", "The poll by the Harbour Institute showed …")."""
        lemma = self._document_noun(noun)
        if lemma is None or noun.low != lemma or noun.low not in self.lex.nouns:
            return None

        def mentions() -> Iterator[tuple[Sequence[Token], int, int]]:
            for other in range(sent_id, min(len(self.doc.sentences), sent_id + _LATER_WINDOW + 1)):
                toks = self.doc.sentence_tokens(other)
                for n in range(max(0, noun.i + 1 - toks[0].i), len(toks)):
                    if toks[n].i > noun.i + _LOOKAROUND_TOKENS:
                        return
                    if toks[n].low == lemma:
                        yield toks, n, other

        return self._owner_of_first(mentions())

    def _owner_of_first(self, mentions: Iterator[tuple[Sequence[Token], int, int]],
                        first: Callable[[Sequence[Token], int, int], SourceInfo | None] | None = None) -> SourceInfo | None:  # fmt: skip
        """The named owner (``first`` if given, then :meth:`_document_owner` or a maker's name before the noun) of the
        first of ``mentions`` (a sentence's tokens, the position of the noun, the sentence) that has one; None while
        another mention is being resolved (no chains)."""
        if self._looking_back:
            return None
        self._looking_back += 1
        try:
            for toks, n, other in mentions:
                owner = (first(toks, n, other) if first else None) or self._document_owner(toks, n, other) or self._maker_in_name(toks, n, other)
                if owner is not None:
                    return owner
            return None
        finally:
            self._looking_back -= 1

    def _named_last(self, sent_id: int) -> SourceInfo | None:
        """The source cited last, in this sentence or the few before."""
        for recent_sent, key in reversed(self.recent):
            if recent_sent < sent_id - _PRONOUN_WINDOW:
                break
            if recent_sent <= sent_id:
                return self.sources[key]
        return None

    def _mentioned_before(self, noun: Token, before: int, sent_id: int) -> bool:
        """Whether a word of the document noun ``noun`` stands before token ``before`` in the last sentences ("Die
        Klinik legte einen Bericht vor. Dem Bericht zufolge …"): the document is that one, not a statement of
        whoever was cited last."""
        lemma = self._document_noun(noun)
        first = self.doc.sentence_tokens(max(0, sent_id - _PRONOUN_WINDOW))[0].i
        window = self.doc.tokens[max(first, before - _LOOKAROUND_TOKENS) : before]
        return any(t.i != noun.i and self._document_noun(t) == lemma for t in window)

    def _mentioned_document(self, lemma: str, before: int, sent_id: int) -> SourceInfo | None:
        """The named owner of the last document with head ``lemma`` mentioned before token ``before`` in the
        last sentences though nobody was cited from it: "A Quinnipiac University poll released on Monday put
        her at 41 percent" before "according to the poll"; "Der Rechnungshof legte einen Bericht vor" before
        "dem Bericht zufolge"."""
        if self._looking_back:
            return None
        self._looking_back += 1
        try:
            for other in range(sent_id, max(-1, sent_id - _DOCUMENT_WINDOW - 1), -1):
                toks = self.doc.sentence_tokens(other)
                for n in range(len(toks) - 1, -1, -1):
                    tok = toks[n]
                    if tok.i >= before or self._document_noun(tok) != lemma or tok.low != lemma:
                        continue
                    owner = self._document_owner(toks, n, other)
                    if owner is not None:
                        return owner
                    if self._introduced(toks, n):
                        # "Der Rechnungshof hat einen Bericht vorgelegt", "the party warned in its report": the
                        # body cited in the sentence that brings the document in made it
                        for recent_sent, key in reversed(self.recent):
                            # a body: not a person, who would rather talk about it, nor a medium, which would rather
                            # report it ("The Gazette said the mayor had sent a written statement")
                            info = self.sources[key]
                            if recent_sent == other and _a_body(info) and info.kind not in MEDIA_KINDS:
                                return info
                        return self._maker_before(toks, n, other)
                    return self._maker_in_name(toks, n, other)  # ("The Harbour Gazette-Lakeview poll … came out")
                    # (else the nearest mention names no owner: it is not some earlier one's)
            if lemma in self.language.media_report_nouns:
                for recent_sent, key in reversed(self.recent):  # "…, berichtete der Guardian. Dem Bericht zufolge …"
                    if recent_sent < sent_id - _DOCUMENT_WINDOW:
                        break
                    if recent_sent <= sent_id and self.sources[key].kind in MEDIA_KINDS:
                        return self.sources[key]
            return None
        finally:
            self._looking_back -= 1

    def _maker_in_name(self, toks: Sequence[Token], n: int, sent_id: int) -> SourceInfo | None:
        """The maker named in the words before the document noun ``toks[n]`` after its article ("The Harbour
        Gazette-Lakeview Research poll", "die IMAS-Umfrage"), when that phrase names a source; else None."""
        start = n
        while start > 0 and (toks[start - 1].text[:1].isupper() or toks[start - 1].text in "/-&") and n - start < 8 \
                and not self.lex.is_(toks[start - 1], "determiner"):  # fmt: skip
            start -= 1
        if start == n or start == 0 or not self.lex.is_(toks[start - 1], "determiner"):
            return None
        info, _ = self._analyse(toks[start - 1 : n + 1], sent_id)
        if not info.named or info.kind in ("unknown", *_PLATFORM_KINDS):
            return None  # ("a Facebook post": where it appeared, not who wrote it)
        return self._store(info)

    def _only_maker(self, lemma: str, before_sent: int, later: int | None = None) -> SourceInfo | None:
        """The maker of the documents with head ``lemma`` brought in before sentence ``before_sent`` ("The Washington
        Post conducted a 50-state poll", "a Gallup poll", "the Harbour Gazette-Lakeview poll"), when they all have the
        same one; with ``later`` (a sentence) and no such document named up to it, the one maker of those named
        after it ("The new poll of voters in all states shows …" in a lead, "The Harbour Gazette poll finds …"
        further on). None when none or several are named, or while another mention is being resolved. Sentences
        are looked through once per article."""
        if self._looking_back:
            return None
        makers = self.doc.cache.setdefault("document_makers", {}).get(lemma)
        if makers is None:
            makers = self.doc.cache["document_makers"][lemma] = []
            self._looking_back += 1
            try:
                for other in range(len(self.doc.sentences)):
                    toks = self.doc.sentence_tokens(other)
                    for n, tok in enumerate(toks):
                        if tok.low == lemma and self._document_noun(tok) == lemma:
                            owner = self._document_owner(toks, n, other) or (
                                self._maker_before(toks, n, other) if self._introduced(toks, n) else self._maker_in_name(toks, n, other))
                            if owner is not None:
                                makers.append((other, owner))
            finally:
                self._looking_back -= 1
        found = {info.key: info for other, info in makers if other < before_sent}
        if not found and later is not None and not any(other <= later for other, _ in makers):
            found = {info.key: info for other, info in makers}  # nothing before: the one named further on, if one
        return self._store(found.popitem()[1]) if len(found) == 1 else None

    def _maker_before(self, toks: Sequence[Token], n: int, sent_id: int) -> SourceInfo | None:
        """The body of the registry that is the subject of the verb whose object the document ``toks[n]`` is ("The
        Harbour Gazette conducted a 50-state poll", "Das Institut Forsa hat eine Umfrage durchgeführt"): the
        name, then one to three lower-case words (the verb), then the document's article."""
        start = max(0, n - 12)
        for a, b, entry in self._find(toks[start:n]):
            a, b = a + start, b + start
            between = toks[b:n]
            article = next((k for k, t in enumerate(between) if self.lex.is_(t, "determiner")), None)
            if article is not None and 1 <= article <= 3 and all(t.text.isalpha() and t.text.islower() for t in between[:article]) \
                    and entry.kind not in _PLATFORM_KINDS and entry.kind not in _PERSONAL_KINDS:  # fmt: skip
                return self._store(self._registry_info(entry, toks[a:b]))
        return None

    def _introduced(self, toks: Sequence[Token], n: int) -> bool:
        """Whether the noun at ``n`` opens with an indefinite or possessive determiner ("einen neuen Bericht",
        "its 2013 report"): a document brought in here, not one mentioned before ("the letter")."""
        for j in range(n - 1, max(-1, n - 4), -1):
            tok = toks[j]
            if self.lex.is_(tok, "determiner"):
                return tok.low not in self.language.definite_articles and tok.low not in self.language.demonstrative_determiners
            if not (tok.text[:1].isdigit() or tok.text.isalpha() and tok.text.islower()):
                return False
        return False

    def _respondents(self, toks: Sequence[Token], sent_id: int) -> SourceInfo:
        """The source of a share of a group ("60 percent said …"): the poll named last, within the last
        sentences ("A Gallup poll released Monday …", "according to the survey"); without one, the respondents
        of an unnamed poll, which name no source (a statistic whose source is yet to be given)."""
        for recent_sent, nouns, key in reversed(self.documents):  # a poll cited before
            if recent_sent < sent_id - _DOCUMENT_WINDOW:
                break
            if recent_sent <= sent_id and nouns & self.language.poll_nouns:
                return self.sources[key]
        for lemma in sorted(self.language.poll_nouns):  # a poll only mentioned (in a fixed order: the same run to run)
            mentioned = self._mentioned_document(lemma, toks[0].i, sent_id)
            if mentioned is not None:
                return mentioned
        return SourceInfo(key=RESPONDENTS_SOURCE, name=self.language.respondents_name, kind="impersonal", named=False,
                          specificity="generic")  # fmt: skip

    def _document_owner(self, toks: Sequence[Token], n: int, sent_id: int) -> SourceInfo | None:
        """The named owner of the document noun ``toks[n]``: a body of the registry right before it ("a Gallup
        poll", "a Quinnipiac University poll") or a named source after an owner preposition or a genitive
        article, in English perhaps after a participle ("a survey carried out by the Harbour Gazette", "eine
        Umfrage des Instituts Forsa", "einen Bericht der Universität Graz"); None if none."""
        for a, b, entry in self._find(toks[max(0, n - 8) : n + 1]):
            a, b = a + max(0, n - 8), b + max(0, n - 8)
            if b <= n + 1 and all(t.text in "/-&" or t.is_cap for t in toks[b:n]) and entry.kind not in _PLATFORM_KINDS:
                return self._registry_info(entry, toks[a:b])  # (a Facebook post is its writer's, not Facebook's)
        j = n + 1
        if j + 1 < len(toks) and toks[j].text.isalpha() and toks[j].text.islower() and toks[j + 1].low in self.language.agent_prepositions:
            j += 1  # "conducted by", "commissioned by"
        if j < len(toks) and toks[j].low in self.language.topic_prepositions:
            # "die Umfrage zum Thema Wirtschaftskriminalität von PwC", "a survey on online privacy by the Harbour Gazette": its
            # topic, then its owner
            j = next((m for m in range(j + 2, min(len(toks), j + 7)) if toks[m].low in self.language.owner_prepositions
                      or toks[m].low in self.language.agent_prepositions), len(toks))  # fmt: skip
        if j >= len(toks) or not (toks[j].low in self.language.owner_prepositions or toks[j].low in self.language.genitive_articles
                                  or toks[j].low in self.language.agent_prepositions):  # fmt: skip
            return None
        return self._named_owner_after(toks, j, sent_id)

    def _named_owner_after(self, toks: Sequence[Token], j: int, sent_id: int, partitive: bool = True) -> SourceInfo | None:
        """The named source after the preposition or genitive article ``toks[j]`` ("by the Harbour Gazette", "des
        Instituts Forsa"); None if the words after it name none or, for a document (``partitive``), only say whom it
        asked ("of voters"). For people's workplace (not ``partitive``) the name may hold lower-case words of names
        ("the University of Leeds", "Universidad de Sevilla")."""
        start = j + 1 if toks[j].low not in self.language.genitive_articles else j
        end = start
        role = start
        while role < min(len(toks), start + 3) and toks[role].text.isalpha() and toks[role].text.islower():
            role += 1
        if role > start and toks[role - 1].low in self.heads.heads and role < len(toks) and toks[role].is_cap:
            end = role  # "by independent analyst Elena Sadovskaya": a role in lower case before the name
        while end < len(toks) and end - start < 7 and (
            toks[end].is_cap or toks[end].text in "/-&" or toks[end].low in self.language.definite_articles
            or toks[end].low in self.language.genitive_articles or end > start and toks[end].low in self.heads.heads
            or not partitive and end > start and toks[end - 1].is_cap and toks[end].low in self.language.name_inner_words
            and end + 1 < len(toks) and toks[end + 1].is_cap
        ):  # fmt: skip
            end += 1  # "the Harbour Gazette", "des Instituts Forsa", "the Okafor campaign"; a workplace: "the University of Leeds"
        if end - start < 2 and not (end > start and toks[start].is_cap):
            return None
        if partitive and toks[j].low in self.language.partitive_owner_prepositions and not self._find(toks[start:end]):
            return None  # "polls of Republican voters": whom it asked; "a report of the FBI" names a known body
        info, _ = self._analyse(toks[start:end], sent_id)
        return self._store(info) if info.named and info.specificity not in ("vague", "generic", "anonymous") else None

    def _named_after_comma(self, toks: Sequence[Token]) -> SourceInfo | None:
        """"Der Chefredakteur der Zeitung Cumhuriyet, Can Dündar", "Der Delegationsleiter im EU-Parlament, Othmar
        Karas": a role and, after the last comma, the person's name; the person is the source (of the kind the
        role says), not the body named in the role."""
        comma = max((k for k, t in enumerate(toks) if t.text == ","), default=None)
        described = self._name_after_role(toks[comma + 1 :]) if comma is not None and comma > 0 else None
        if described is not None:
            toks = [*toks[: comma + 1], *toks[comma + 1 + described :]]
            # "Der Vorsitzende, der frühere Minister Karl Weber": the name that ends the description
        if comma is None or comma == 0 or not 2 <= len(toks) - comma - 1 <= 4 or not self._personal_name(toks[comma + 1 :]):
            return None  # "BitLocker, Microsofts Sicherheitsprogramm", "…, Amnesty International": no personal name
        surname = toks[-1].low
        existing = self.persons_by_name.get(surname)
        if existing is not None:
            return existing
        role = self._from_head(toks[:comma])  # "Der Sprecher der Polizei": the police's spokesman
        kind = role.kind if role.kind not in ("unknown", "anonymous", "unresolved", "impersonal") else "person"
        return SourceInfo(key=f"person:{surname}", name=_display_name(toks, self.doc.text, self.lex), kind=kind, named=True,
                          country=_country_of(toks, self.heads, self.adjective_endings))  # fmt: skip

    def _named_before_comma(self, toks: Sequence[Token]) -> SourceInfo | None:
        """"Winfried Hassemer, Papiers Stellvertreter", "Tom Hale, Smith's deputy": a personal name and, after a comma, the
        role, without a list ("Anna Berg, Tom Hale und …"); the person is the source, of the kind the role says."""
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is None or not 2 <= comma <= 4 or any(t.low in self.language.coordinators for t in toks[comma + 1 :]):
            return None
        if not self._personal_name(toks[:comma]):
            return None
        role = self._head(toks[comma + 1 :])
        if role is None or role.specificity not in ("person", "generic"):
            role = self._head(toks[-1:])  # "Papiers Stellvertreter": a name in the genitive before the role
        if role is None or role.specificity not in ("person", "generic"):  # ("Stellvertreter": one form for one and many)
            return None
        surname = toks[comma - 1].low
        existing = self.persons_by_name.get(surname)
        if existing is not None:
            return existing
        kind = role.kind if role.kind not in ("unknown", "anonymous") else "person"
        return SourceInfo(key=f"person:{surname}", name=_display_name(toks[:comma], self.doc.text, self.lex), kind=kind, named=True,
                          country=_country_of(toks, self.heads, self.adjective_endings))  # fmt: skip

    def _name_list(self, part: Sequence[Token]) -> list[Sequence[Token]]:
        """A conjunct that is a list of personal names set off by commas, in its names ("Anna Lind, Paul Steiner"); else
        the conjunct (a name with its role after a comma, "Paul Steiner, der Sprecher", stays one)."""
        pieces: list[Sequence[Token]] = []
        start = 0
        for k, tok in enumerate([*part, None]):
            if tok is None or tok.text == ",":
                pieces.append(part[start:k])
                start = k + 1
        if len(pieces) < 2 or not all(2 <= len(p) <= 3 and self._personal_name(p) for p in pieces):
            return [part]
        return pieces

    def _lower_case_roles_of_one(self, toks: Sequence[Token]) -> Sequence[Token] | None:
        """Where nouns are written in lower case, the last conjunct of roles joined by a coordinator before one person's
        name ("the lawyer and analyst Tom Hale": "analyst Tom Hale"), which :func:`_coordinated` does not split at a
        word in lower case; None for anything else."""
        if self.language.nouns_capitalised:
            return None
        k = next((k for k, t in enumerate(toks) if t.low in self.language.coordinators), None)
        if k is None or not 0 < k < len(toks) - 1 or not toks[k + 1].text.islower():
            return None
        if not self._roles_of_one([toks[:k], toks[k + 1 :]]):
            return None
        return toks[k + 1 + self._role_start(toks[k + 1 :]) :]

    def _role_start(self, last: Sequence[Token]) -> int:
        """Where the role of a last conjunct starts: 1 after a noun that modifies it ("union organizer Dana Kreel"),
        else 0."""
        first, role = last[0], last[1] if len(last) > 3 else None
        if role is None or self._person_noun(first) or not first.text.isalpha() or not self._person_noun(role):
            return 0
        capitalised = self.language.nouns_capitalised
        return 1 if role.text[:1].isupper() == first.text[:1].isupper() == capitalised else 0

    def _roles_of_one(self, parts: Sequence[Sequence[Token]]) -> bool:
        """Whether conjuncts are roles of the one person named at the end ("sein Vorarlberger Nachbar und Amtskollege
        Markus Wallner", "his friend and adviser Tom Hale"): the last a noun for a person and a personal name, opening
        without an article (one brings in another person: "der Minister und die Sprecherin Eva Roth"); every other one
        a noun with no more than an article and adjectives before it (a place's, capitalised: "Vorarlberger")."""
        last = parts[-1]
        if len(last) < 3 or self.lex.is_(last[0], "determiner"):
            return False
        last = last[self._role_start(last) :]
        names = [t for t in last[1:] if t.text[:1].isalnum()]
        if not 2 <= len(names) <= 3 or not self._personal_name(names) or not self._person_noun(last[0]):
            return False
        capitalised = self.language.nouns_capitalised
        for part in parts[:-1]:
            noun = part[-1] if part else None
            if noun is None or not noun.text.isalpha() or noun.text[:1].isupper() != capitalised or noun.text.isupper() or self._find([noun]):
                return False  # (not "Die SPÖ und Parteichef Werner Faymann": a body and a person)
            for tok in part[:-1]:
                if not (self.lex.is_(tok, "determiner") or _is_adjective(tok, self.language)
                        or capitalised and tok.text[:1].isupper() and bool(self.language.adjective_endings)
                        and tok.low.endswith(self.language.adjective_endings)):  # fmt: skip
                    return False
        return True

    def _person_noun(self, tok: Token) -> bool:
        """A noun for a person: a role head ("Sprecher", "adviser") or the head of a category of people ("Experte",
        "analyst", also as a compound's head: "Diskriminierungsexperte"), or one by its form ("Ärztin", "Amtskollege")."""
        head = self.heads.heads.get(tok.low)
        if head is None and self.language.closed_compounds:
            head = self._compound_head(tok.low)
        return head is not None and head[2] in ("person", "generic") or self.language.is_person_noun(tok.low) or (
            tok.text[:1].isupper() == self.language.nouns_capitalised
            and tok.low.endswith((*self.language.person_noun_endings, *self.language.role_noun_endings)))  # fmt: skip

    def _personal_name(self, names: Sequence[Token]) -> bool:
        """Whether ``names`` are the words of a personal name: name-shaped (:func:`name_word`), and none a common
        noun by its ending, a head or noun of the lexicons or a function word, and together no registered name."""
        for tok in names:
            low = tok.low
            if not name_word(tok.text) or len(low) > 20 or low.endswith(_COMMON_NOUN_ENDINGS):
                return False
            if low in self.heads.heads or low in self.lex.words or low in self.lex.nouns:
                return False
            if self.language.closed_compounds and self._compound_head(low) is not None:
                return False  # "das Teilchenforschungszentrum Cern"
        return not self._find(names)  # "…, Amnesty International"

    def _described_person(self, toks: Sequence[Token], sent_id: int) -> SourceInfo | None:
        """The named person a definite description refers back to, as a pronoun would: "sagte der 34-Jährige"
        (a person by age: the nearest named person of the right gender), "sagte die
        Ministerin" after "Die Ministerin Anna Berger …" (a role: the nearest named person first mentioned with
        that role word). None for anything else, or when no such person was named in the last sentences."""
        if self.language.nouns_capitalised and (cut := _after_attribute(toks, self.lex, self.language)):
            toks = [toks[0], *toks[cut:]]  # "der im Sommer geholte Deutsche": the attribute tells no more of whom it means
        words = [t for t in toks if t.text[:1].isalnum()]
        if not words or self._looking_back > 1:  # one step back: "Er" after "der Kanzler" after "Kanzler Paul Weber"
            return None
        capitalised = words[-1].text.rpartition("-")[2][:1].isupper()
        if len(words) < 2 or words[0].low not in self.language.definite_articles or self.language.nouns_capitalised and not capitalised:
            return None
        if any(not (_is_adjective(t, self.language) or _age_adjective(t, self.language)) for t in words[1:-1]):
            return None  # "der Trainer Karl Weber", "die Ministerin für Bildung": more than a description (not "der 69-jährige Däne")
        low = words[-1].low
        head = self.heads.heads.get(low) or self.heads.heads.get(low.rsplit("-", 1)[-1])
        # a role of the source heads, or a noun for what someone does ("der Physiker"): named with the person
        by_number = head is not None and head[1] == "person" and low.split("-", 1)[0].isdigit()
        role = not by_number and (head is not None and head[2] in ("person", "generic") or head is None and low.endswith(self.language.person_noun_endings))
        country = self.heads.demonyms.get(low)
        if not (role or by_number or country):
            return None  # not "der Mann": the nearest named person may be someone else
        wanted = self.language.mention_genders(words)
        if country is not None and head is None:
            return self._described_national(words, sent_id, wanted, country)
        if len(wanted) > 1 or "pl" in wanted or not wanted and not role:
            return None  # "die Minister", "die 34-Jährigen": perhaps a group, not someone named before; "the mayor"
            # (no gender) only by the role the person was named with

        def fits(info: SourceInfo) -> bool:  # a role must be the one the person was named with ("Die Ministerin Anna Berger")
            # the role word or a compound on it ("die Kanzlerin" after "Bundeskanzlerin Angela Merkel")
            name_words = info.name.lower().split()
            return info.key.startswith("person:") and (
                not role or any(w.endswith(low) or w.rsplit("-", 1)[-1].endswith(low) for w in name_words))

        found = self._nearest_named(sent_id, wanted, fits)
        if found is not None or not wanted or self._looking_back:
            return found
        # a role or profession of the heads ("der Ökonom"), not "der Mann" (a person of no kind) or a noun by its ending ("Muster")
        lexical_role = head is not None and (head[2] == "person" or head[2] == "generic" and head[1] != "person")
        before = self.doc.tokens[words[0].i - 1] if words[0].i > 0 else None
        genitive = before is not None and before.text[:1].isupper() and before.sent == words[0].sent  # "nach Angaben der Forscher": plural
        if lexical_role and not genitive:
            # a gendered role in the singular ("sagte der Ökonom" after "James Butterfill …", "erklärte der
            # SPD-Politiker" after "Bundesjustizminister Heiko Maas"): news refers back to the person last named
            # with a definite description (someone new comes with "ein"), so the nearest named person of that gender
            # (among the sources: a subject of an earlier sentence may be a noun taken for a name, "Weniger Fleisch")
            found = self._nearest_named(sent_id, wanted, lambda info: info.key.startswith("person:") and not info.key.startswith("person::"),
                                        subjects=False)  # a person with a name, not a group of a role ("der Anwälte")
        return found

    def _described_national(self, words: Sequence[Token], sent_id: int, wanted: frozenset[str], country: str) -> SourceInfo | None:
        """The named person a definite nationality refers back to ("…, meinte der Spanier", "said the Dane"): news
        names a person by nationality once named, as a pronoun would; the nearest named person of that gender, not one
        of another known country. None for a plural ("die Spanier", "the Danes") or a genitive ("nach Angaben der Spanier")."""
        if len(wanted) > 1 or "pl" in wanted or not wanted and words[-1].low.endswith("s"):
            return None
        if self.language.collective_demonym_endings and words[-1].low.endswith(self.language.collective_demonym_endings):
            return None  # "said the French": the people, no one person
        before = self.doc.tokens[words[0].i - 1] if words[0].i > 0 else None
        if before is not None and before.text[:1].isupper() and before.sent == words[0].sent and self.language.nouns_capitalised:
            return None  # "nach Angaben der Spanier": a genitive, plural
        return self._nearest_named(sent_id, wanted, lambda info: info.key.startswith("person:") and not info.key.startswith("person::")
                                   and info.country in (None, country))  # fmt: skip

    def _described_experts(self, toks: Sequence[Token], sent_id: int) -> SourceInfo | None:
        """Researchers named before, referred back to in the plural with the article ("so die Forscher" after
        "Forscher um Ilse Brandner berichten", "the researchers" after "researchers led by Ilse Brandner found"): the expert
        source named last in the last sentences, else the body they were brought in with ("Forscher an der Universität
        Graz", "researchers at the University of Leeds"; so also people of no kind of their own: "investigadores de la
        Universidad de Sevilla" … "los investigadores"); None for anything else."""
        words = [t for t in toks if t.text[:1].isalnum()]
        if len(words) < 2 or words[0].low not in self.language.definite_articles or "pl" not in self.language.mention_genders(words):
            return None
        if any(not _is_adjective(t, self.language) for t in words[1:-1]):
            return None
        head = self.heads.heads.get(words[-1].low)
        if head is None or head[1] not in ("expert", "unknown") or head[2] not in ("generic", "person"):
            return None
        if head[1] == "expert":  # (people of no kind of their own: only as brought in with a body)
            for recent_sent, key in reversed(self.recent):
                if recent_sent < sent_id - _PRONOUN_WINDOW:
                    break
                if recent_sent <= sent_id and self.sources[key].kind == "expert":
                    return self.sources[key]
        return self._experts_mentioned(words[-1], sent_id)

    def _experts_mentioned(self, noun: Token, sent_id: int) -> SourceInfo | None:
        """The named body of the last mention of the same plural noun with a named owner before, though nobody was
        cited from it: "Forscher der Macquarie University untersuchten …" before "…, schreiben die Forscher" (the
        researchers a science report introduces are referred back to far into it)."""

        expert = self._expert_group(noun.low)

        def mentions() -> Iterator[tuple[Sequence[Token], int, int]]:
            for other in range(sent_id, -1, -1):
                toks = self.doc.sentence_tokens(other)
                for n in range(len(toks) - 1, -1, -1):
                    if toks[n].i < noun.i and (toks[n].low == noun.low or expert and self._expert_group(toks[n].low)):
                        yield toks, n, other  # ("Forscher des IST Austria" … "die Wissenschafter")

        return self._owner_of_first(mentions(), first=self._affiliation)

    def _expert_group(self, low: str) -> bool:
        """Whether ``low`` is a noun for a group of researchers ("Forscher", "Wissenschafter", "scientists")."""
        head = self.heads.heads.get(low)
        return head is not None and head[1] == "expert" and head[2] == "generic"

    def _affiliation(self, toks: Sequence[Token], n: int, sent_id: int) -> SourceInfo | None:
        """The named body the researchers ``toks[n]`` work at, after a preposition of affiliation ("Forscher an der
        Universität Graz", "researchers at the University of Leeds"); None if none."""
        j = n + 1
        if j >= len(toks) or not (toks[j].low in self.language.affiliation_prepositions or toks[j].low in self.language.genitive_articles):
            return None
        return self._named_owner_after(toks, j, sent_id, partitive=False)

    def _described_body(self, toks: Sequence[Token], sent_id: int) -> SourceInfo | None:
        """The named body a definite description in the singular refers back to, as a pronoun would: "teilte das
        Unternehmen mit" after "Der Autobauer Volkswagen meldete …", "the ministry said" after "The Interior Ministry
        announced …": the nearest source of the head's kind named in the last sentences. None for a plural ("die
        Unternehmen"), for a description with more than adjectives ("das Unternehmen aus Kiel"), and when no body of
        that kind was named or was the subject of a sentence."""
        words = [t for t in toks if t.text[:1].isalnum()]
        if len(words) < 2 or words[0].low not in self.language.definite_articles or any(not self._modifier(t) for t in words[1:-1]):
            return None
        last = words[-1].low
        first_part, dash, _ = words[-1].text.partition("-")
        if dash and first_part[:1].isupper():
            return None  # "die CDU-Fraktion", "das Berger-Institut": a body by its own name, not a description of one before
        head = self.heads.heads.get(last)
        if head is None and self.language.nouns_capitalised:
            head = self._compound_head(last)  # "die Menschenrechtsorganisation": a compound on a head
            last = head[0].lower() if head is not None and last.endswith(head[0].lower()) else last
        genders = self.language.mention_genders(words)
        if head is not None and "pl" in genders and len(genders) == 2 and last == head[0].lower() and _own_plural(self.doc.lang, head[0]):
            genders = genders - {"pl"}  # "die Organisation", "the company": the singular, where the plural has a form of its own
        elif genders == frozenset(("n", "pl")) and head is not None and last != head[0].lower():
            genders = frozenset(("pl",))  # "the companies"
        if "pl" in genders:
            return None
        if head is None or head[2] != "named" or head[1] in _NOT_BODIES or self._looking_back > 1:
            return None
        kind = head[1]
        # a source cited or a subject of the last sentences ("Die Energie AG investiert … . Baubeginn ist im Sommer, wie
        # das Unternehmen mitteilte"), one body, not several ("Die Mobilfunker A1 und T-Mobile …")
        return self._nearest_named(sent_id, frozenset(), lambda info: info.kind == kind and info.named and info.genders != frozenset(("pl",))
                                   and _a_body(info) and not info.key.startswith("region:"))  # fmt: skip (a ministry is no state)

    def _without_case_ending(self, words: Sequence[Token]) -> Token | None:
        """The last word of a source without the ending of the case that makes it an owner, or None: an English
        possessive ("Trump's" assertion, "the senator's" claim: the possessor is the source; "McDonald's", a registered
        name, and "There’s", "there is", keep it) or a German genitive of a registered name ("nach Apples Darstellung")."""
        if not words:
            return None
        last, lex = words[-1], self.lex
        if last.low.endswith(_POSSESSIVES) and len(last.low) > 2 and self.registry.lookup(last.text) is None \
                and not lex.words.get(_without_possessive(last.low)) and not self._verb_follows(last):  # fmt: skip
            return _cut(last, len(_without_possessive(last.low)))
        bare = self._genitive_name(last) if len(words) == 1 and self.language.genitive_articles else None
        if bare is not None and self.registry.lookup(last.text) is None and self.registry.lookup(bare) is not None:
            return _cut(last, len(bare))
        return None

    def _word_as_surname(self, tok: Token) -> bool:
        """Whether a capitalised word of the function lexicon that speaks alone is a surname: an auxiliary ("Will
        wrote": George Will) or, where only names are capitalised, a time word that is no weekday ("Day said":
        Kristen Day)."""
        if not tok.text[:1].isupper():
            return False
        if self.lex.is_(tok, "auxiliary"):
            return True
        return not self.language.nouns_capitalised and self.lex.is_(tok, "time_word") and tok.low not in self.language.weekdays

    def _demonym_as_surname(self, words: Sequence[Token]) -> bool:
        """Where only names are capitalised: whether a name word of a country's people that ends a phrase is a
        surname, after a capitalised word that is no country's ("David French", "Paul English" — but "Young
        Canadians", "French and British officials" stay people: a plural, or a country word before)."""
        if self.language.nouns_capitalised or len(words) < 2:
            return False
        last, before = words[-1], words[-2]
        plural = last.low.endswith("s") and not last.low.endswith("ss")
        return (not plural and before.text[:1].isupper() and before.text[:1].isalpha()
                and before.low not in self.heads.demonyms and before.low not in self.heads.names
                and before.low not in self.heads.metonyms)  # fmt: skip

    def _verb_follows(self, last: Token) -> bool:
        """Whether a finite verb of report that is no noun follows ``last`` and opens a clause or takes an object (a
        pronoun, article or "that" after it; a preposition after a past form): then its "'s" is the name's own
        ("Moody's said it …", "McDonald's says that …", "Fairbrook's said on Monday …"), not the possessive of an owner
        ("Trump's claims", "Trump's spokeswoman", "Obama's plans to …")."""
        tokens, lex = self.doc.tokens, self.lex
        nxt = tokens[last.i + 1] if last.i + 1 < len(tokens) else None
        if nxt is None or nxt.low in lex.nouns or nxt.low[:-1] in lex.nouns:
            return False
        roles = {role for _, role in lex.verbs.get(nxt.low, ())}
        after = tokens[nxt.i + 1] if nxt.i + 1 < len(tokens) else None  # the verb opens a clause or takes an object:
        return bool(roles & {"past", "past_participle", "present"}) and after is not None and (  # "Moody's says that …",
            lex.is_(after, "determiner") or lex.is_(after, "personal_pronoun") or lex.is_(after, "complementizer")  # not "Obama's
            or bool(roles & {"past", "past_participle"}) and lex.is_(after, "preposition"))  # plans to …"; "said on Monday that"

    def _saxon_owner(self, words: Sequence[Token]) -> SourceInfo | None:
        """A name in the genitive before its noun (German "-s", English "'s") owns it: a country its body or official
        ("Israels Regierung", "Frankreichs Präsident", "Israel's foreign ministry", as "die Regierung Israels"); a
        name its spokesperson's or (German) statement's noun ("Merkels Sprecher", "Amnestys Bericht", "Trump's
        spokeswoman", as "ein Sprecher von Merkel"): the registered body, the person named before, or a person of
        that name; a person's name before a named body is the body that person heads ("Merkels Regierung", "Clinton's
        campaign", as "die Regierung Merkels"). None for anything else."""
        if len(words) < 2:
            return None
        name, head, middle = words[0], words[-1], words[1:-1]
        bare = self._genitive_name(name)
        if bare is None:
            return None
        country = self.heads.names.get(bare.lower())
        if country is not None and head.low in self.heads.heads and all(t.text.isalpha() and t.text.islower() for t in middle):
            # (lower-case words between: "Israel's foreign ministry", "Israels neue Regierung")
            kind, specificity = self.heads.heads[head.low][1:]
            if specificity == "person" and not self.language.genitive_articles:
                return None  # "Kazakhstan's foreign minister, Erlan Idrissov": an English role stays with its person
            display = self.doc.text[name.start : head.end]
            qualifier = " ".join(t.low for t in middle) if not self.language.nouns_capitalised else ""
            return SourceInfo(key=f"{kind}:{country}:{self.heads.heads[head.low][0].lower()}:{qualifier}", name=display, kind=kind,
                              named=specificity in ("named", "person"), country=country)  # fmt: skip
        owned = self.language.spokesperson_nouns | (self.lex.nouns.keys() if self.language.genitive_articles else frozenset())
        if not middle and head.low in owned:
            entry = self.registry.lookup(bare)
            if entry is not None:
                return self._registry_info(entry)
            known = self.sources.get(f"person:{bare.lower()}")
            return known or SourceInfo(key=f"person:{bare.lower()}", name=bare, kind="person", named=True)
        if not middle and self.registry.lookup(bare) is None and head.low in self.heads.heads and self.heads.heads[head.low][2] == "named":
            # "Merkels Regierung", "Orbans Partei", "Obama's administration": the body a person heads, as "die Regierung
            # Merkels", "the administration of Obama" (the same key), of the country of the person named before
            lemma, kind, _ = self.heads.heads[head.low]
            qualifier = name.low if self.language.genitive_articles else bare.lower()
            known = self.sources.get(f"person:{bare.lower()}")
            return SourceInfo(key=f"{kind}::{lemma.lower()}:{qualifier}", name=self.doc.text[name.start : head.end], kind=kind, named=True,
                              country=known.country if known is not None else None)  # fmt: skip
        return None

    def _genitive_after_cue(self, toks: Sequence[Token], caps: Sequence[Token]) -> bool:
        """Where a name after a noun is its owner in the genitive (German): whether the name ``toks`` stands right
        after the noun of its cue with no article ("Nach Ansicht Kellers", "nach Angaben Anna Kellers"), its last word
        in the genitive "-s" of a name (not after a sibilant, whose genitive takes an apostrophe: "Nach Ansicht Klaus'")."""
        cue = self._cue
        if not (self.language.genitive_articles and self._according_to and cue is not None and cue[1] == toks[0].i and toks[0] is caps[0]):
            return False
        noun = self.doc.tokens[cue[1] - 1]
        last = caps[-1].text
        return (noun.text[:1].isupper() and noun.low in self.lex.nouns and last.endswith("s") and last[:-1].isalpha()
                and len(last) > 3 and not last[:-1].lower().endswith(("s", "ß", "x", "z")))  # fmt: skip

    def _genitive_name(self, tok: Token) -> str | None:
        """A capitalised name with the ending that makes it an owner (German "Merkels", English "Trump's"), without
        the ending; None for any other word."""
        if not tok.text[:1].isupper():
            return None
        if self.language.genitive_articles:
            ok = tok.text.endswith("s") and tok.text[:-1].isalpha() and not self.lex.words.get(tok.low)
            return tok.text[:-1] if ok else None
        if not tok.low.endswith(_POSSESSIVES):
            return None
        bare = tok.text[: len(_without_possessive(tok.low))]
        return bare if bare.replace("-", "").isalpha() and not self.lex.words.get(bare.lower()) else None

    def _spokesperson(self, toks: Sequence[Token], sent_id: int) -> SourceInfo | None:
        """The body a spokesperson named without it speaks for ("Die Wiener Polizei ermittelt. Eine Sprecherin sagte,
        …", "The State Department is reviewing the case. A spokeswoman said …"): the nearest body (no person, no
        medium) cited or standing as a subject in this sentence or the last ones; the spokesperson counts as that
        body, as "ein Sprecher des Ministeriums" does. None when words other than adjectives stand beside the noun."""
        words = [t for t in toks if t.text[:1].isalnum()]
        if not 1 <= len(words) <= 3 or words[-1].low not in self.language.spokesperson_nouns or self._looking_back > 1:
            return None
        if len(words) > 1 and not (self.lex.is_(words[0], "determiner") and all(self._modifier(t) for t in words[1:-1])):
            return None  # "ein Sprecher", "the chief spokeswoman"; not "Karin Berg, Sprecherin" (a name)
        return self._nearest_named(sent_id, frozenset(), lambda info: _a_body(info) and info.kind not in MEDIA_KINDS and info.kind != "unknown")

    def _statement_compound_owner(self, toks: Sequence[Token]) -> SourceInfo | None:
        """The body named in a compound of a statement noun: "Pentagon-Angaben", "APA-Informationen",
        "Rechnungshofbericht", "Polizeiangaben" are the Pentagon's, the APA's, the court of audit's and the
        police's statements. The first part must be a registry name or a source head, or, joined by a hyphen, the
        surname of a person named before ("die Berger-Aussage"); None otherwise."""
        words = [t for t in toks if t.text[0].isalnum() and not self.lex.is_(t, "determiner")]
        if not words or not (words[-1].text[0].isupper() or words[-1].text.rpartition("-")[2][:1].isupper()):
            return None  # a capitalised word, or a compound with a capitalised last part ("dpa-Angaben")
        last = words[-1]
        first = self._statement_compound_first(last.low)
        if first is None:
            return None
        entry = self.registry.one_word(last.text[: len(first)], first)
        if entry is None and "-" in last.low and last.text[:1].isupper():
            entry = self.registry.quoted_title(first)  # "Spiegel-Bericht", "Times-Interview": the title's report
        if entry is not None:
            return self._registry_info(entry)
        found = self.heads.heads.get(first)
        if found is not None and found[2] == "named":
            return SourceInfo(key=f"{found[1]}::{first}", name=found[0], kind=found[1], named=True)
        if "-" in last.low:
            acronym = last.text[: len(first)]
            if 2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha():
                # "DNA-Schätzungen", "OSZE-Angaben": a body by its acronym, named although the registry does not know it
                known = self.local_aliases.get(acronym)
                if known and known in self.sources:
                    return self.sources[known]
                head = self.heads.heads.get(last.low.rpartition("-")[2])  # "IIASA-Studie": a study, a research body's
                return SourceInfo(key=f"name:{first}", name=acronym, kind=head[1] if head else "unknown", named=True)
            return self.persons_by_name.get(first) or self.sources.get(f"person:{first}")  # "die Berger-Aussage": a person named before
        return None

    def _statement_compound_first(self, low: str) -> str | None:
        """The first part of a compound whose last part is a statement noun of the pack ("pentagon-angaben" →
        "pentagon"; "polizeiangaben" → "polizei" where compounds are written closed), else None."""
        if "-" in low:
            first, _, rest = low.rpartition("-")
            return first if rest in self.lex.nouns and len(first) >= 2 else None
        if not self.language.closed_compounds:
            return None
        for cut in range(3, len(low) - 4):
            if low[cut:] in self.lex.nouns:
                return low[:cut]
        return None

    def _insider(self, toks: Sequence[Token], sent_id: int) -> SourceInfo:
        """"aus dem Ministerium", "aus Regierungskreisen": someone from within a body, not named."""
        body, _ = self._analyse(toks[1:], sent_id)
        display = self.doc.text[toks[0].start : toks[-1].end]
        return SourceInfo(key=f"insider:{body.key}", name=display, kind="anonymous" if body.kind == "person" else body.kind,
                          named=False, specificity="anonymous", country=body.country)  # fmt: skip

    def _registry_info(self, entry: RegistryEntry, matched: Sequence[Token] = ()) -> SourceInfo:
        """The registry's source. Its name is the registry's (German) name in German articles; in other
        languages the alias as the article writes it ("State Department", not "US-Außenministerium")."""
        name = entry.name
        if matched and self.language.code != _REGISTRY_NAME_LANGUAGE:
            name = self.doc.text[matched[0].start : matched[-1].end]
        return SourceInfo(
            key=f"reg:{entry.id}", name=name, kind=entry.kind, named=True, country=entry.country,
            registry_id=entry.id, ownership=entry.ownership,
        )  # fmt: skip

    def _pronoun(self, tok: Token, sent_id: int) -> SourceInfo:
        if self.lex.is_(tok, "first_person") and tok.quote < 0:
            return SourceInfo(key="author", name=self.language.author_name, kind="author", named=False, specificity="author")
        if tok.low in self.language.generic_pronouns or tok.low in self.language.nobody_words:  # "man", and "niemand", "nobody": no one
            # the key "generic:<pronoun>" tells the profile that this is no source (see scorer)
            return SourceInfo(key=f"generic:{tok.low}", name=tok.low, kind="impersonal", named=False, specificity="generic")
        antecedent = self._antecedent(tok, sent_id)
        if antecedent is not None:
            wanted = self.language.pronoun_genders(tok.low)
            if not antecedent.genders and antecedent.key.startswith("person:") and len(wanted) == 1 and not wanted & _NEUTER:
                # "Anna Berger … She said …": the person is a "she" from now on, so a later "He added" is someone else
                antecedent.genders = wanted
            return antecedent
        return SourceInfo(key=f"pronoun:{tok.low}:{sent_id}", name=tok.text, kind="unresolved", named=False, specificity="unresolved")

    def _antecedent(self, tok: Token, sent_id: int) -> SourceInfo | None:
        """The named source or person a pronoun refers to: the nearest compatible one (by gender and number,
        :meth:`~scoring.languages.base.Language.mention_genders`) among the sources already cited and the
        subjects of the sentences before it, at most three sentences back and not beyond the previous paragraph."""
        return self._nearest_named(sent_id, self.language.pronoun_genders(tok.low))

    def _nearest_named(self, sent_id: int, wanted: frozenset[str], fits: Callable[[SourceInfo], bool] | None = None,
                       subjects: bool = True) -> SourceInfo | None:  # fmt: skip
        """The nearest named source or subject (only a source without ``subjects``) of gender ``wanted`` (any when
        empty) that ``fits`` allows, in sentence ``sent_id`` or the :data:`_PRONOUN_WINDOW` sentences before it
        (see :meth:`_antecedent`)."""
        para = self.doc.sentences[sent_id]["para_id"]
        recent = {}
        for recent_sent, key in reversed(self.recent):
            if recent_sent < sent_id - _PRONOUN_WINDOW:
                break
            info = self.sources[key]
            if _pronoun_fits(info, wanted) and (fits is None or fits(info)):
                if recent_sent in recent and info.kind not in MEDIA_KINDS and recent[recent_sent].kind in MEDIA_KINDS:
                    recent[recent_sent] = info  # "Sarkozy hob dem „Figaro“ zufolge … hervor. Er sagte …": the person speaks on;
                    # "Der Minister sagte der Zeitung, er …": the speaker, not the outlet he told
                recent.setdefault(recent_sent, info)
        grammar = self.language.grammar
        for s in range(sent_id, max(-1, sent_id - _PRONOUN_WINDOW - 1), -1):
            row = self.doc.sentences[s]
            if row["para_id"] < para - 1 or row["kind"] == "boilerplate":
                break
            if s in recent:
                return recent[s]
            if s == sent_id or not subjects:
                continue  # a subject of the pronoun's own sentence is the pronoun itself or comes after it
            for first, last in grammar.antecedents(self.doc, s):
                toks = self.doc.tokens[first:last]
                if len(toks) == 1 and (self.lex.is_(toks[0], "personal_pronoun") or self.lex.is_(toks[0], "relative_pronoun")):
                    continue
                genders = self.language.mention_genders(toks)
                if wanted and genders and not genders & wanted:
                    continue
                self._looking_back += 1  # an antecedent's own description is resolved one step at most: no long chains
                try:
                    info, _ = self._analyse(toks, s)
                finally:
                    self._looking_back -= 1
                if not info.genders:
                    info.genders = genders
                if not _pronoun_fits(info, wanted):
                    continue  # "Florida voted early. She said …": a state is no "she"; a named person no "it"
                if info.named and info.kind not in ("author", "unknown") and (fits is None or fits(info)):
                    stored = self._store(info)
                    if _pronoun_fits(stored, wanted):  # (the source stored may have a gender by now: "She said …")
                        return stored
        return None

    def _head(self, toks: Sequence[Token]) -> _Head | None:
        """The first head noun of a source phrase: a source head ("Ministerium") or a statement noun ("Bericht").
        After an attribute that opens with a preposition, the noun it describes when that is a source head ("der
        für Verkehr zuständige Minister"); a statement or a thing keeps the body inside the attribute as its
        author ("den von der Regierung präsentierten Zahlen", "das vom Ministerium eingesetzte Gremium")."""
        start = _after_attribute(toks, self.lex, self.language) if self.language.nouns_capitalised else 0
        if start:
            described = self._head_from(toks, start)
            if described is not None and described.specificity != "statement" and described.kind not in _DOCUMENT_KINDS:
                return described
        return self._head_from(toks, 0)

    def _head_from(self, toks: Sequence[Token], start: int) -> _Head | None:
        capitalised_only = self.language.nouns_capitalised
        for k, tok in enumerate(toks[start:], start):
            if tok.text[0].isupper() or not capitalised_only and tok.text[0].isalpha() or tok.text.rpartition("-")[2][:1].isupper():
                several = self._head_of_words(toks, k)  # "the state news agency", "a think tank": a head of several words
                if several is not None:
                    return several
                found = self.heads.heads.get(tok.low)  # (a compound may begin with a number: "38-Jährige")
                if found is None and "-" in tok.low:
                    found = self.heads.heads.get(tok.low.rsplit("-", 1)[1])
                if found is None and self.language.closed_compounds and not self._place_word(tok.low):
                    found = self._compound_head(tok.low)  # (not "Niederländer", "Englands": no compounds of "Land")
                if found is not None and not capitalised_only and self._modifies_next(toks, k):
                    continue  # "Trump's general election campaign": "general" modifies "election", the head comes later
                if found is not None and not capitalised_only and k + 1 < len(toks) and toks[k + 1].text[:1].isalpha():
                    people = self.heads.heads.get(toks[k + 1].low)
                    if people is not None and people[2] == "anonymous":
                        # "ministry sources", "police sources": unnamed insiders of the body the first noun names, an
                        # anonymous source ("police officials", "a police spokeswoman" speak for the body, as "Pentagon
                        # officials" and "ein Sprecher der Polizei" do)
                        return _Head(k + 1, people[0], kind=people[1], specificity=people[2])
                if found is not None and not capitalised_only and found[1] == "unknown" and k + 1 < len(toks) and toks[k + 1].text.islower():
                    later = self.heads.heads.get(toks[k + 1].low)
                    if later is not None and later[1] != "unknown":
                        # "the bank's chief economist": a role of no kind before a noun that has one heads no compound,
                        # the noun after it does ("police spokesman" keeps the body that comes first)
                        return _Head(k + 1, later[0], kind=later[1], specificity=later[2])
                if found is not None:
                    return _Head(k, found[0], kind=found[1], specificity=found[2])
                noun = self.lex.nouns.get(tok.low)
                if noun is not None:
                    return _Head(k, tok.text, kind="unknown", specificity="statement")
        return None

    def _head_of_words(self, toks: Sequence[Token], k: int) -> _Head | None:
        """A head of two or three words starting at ``k`` (the longest), or None."""
        for n in (3, 2):
            if k + n <= len(toks):
                found = self.heads.heads.get(" ".join(t.low for t in toks[k : k + n]))
                if found is not None:
                    return _Head(k + n - 1, found[0], kind=found[1], specificity=found[2])
        return None

    def _modifies_next(self, toks: Sequence[Token], k: int) -> bool:
        """Where nouns are not capitalised: whether the word at ``k`` modifies a compound whose head follows
        ("general election campaign": a lower-case word that is no head, then a head), so that it is not the
        head of the phrase ("sources familiar with the matter" keeps "sources")."""
        if k + 2 >= len(toks):
            return False
        nxt = toks[k + 1]
        return (nxt.text.isalpha() and nxt.text.islower() and not self.lex.words.get(nxt.low)
                and nxt.low not in self.heads.heads and toks[k + 2].low in self.heads.heads)  # fmt: skip

    def _compound_body(self, tok: Token, alone: bool = False) -> RegistryEntry | None:
        """The registered source named by the first part of a hyphenated compound ("Apple-Chef": Apple); a medium whose
        name is a common word only where the caller allows it (``alone``: a journalist's compound that ends the phrase,
        as in "Spiegel-Bericht", see _statement_compound_owner): "Spiegel-Reporter", not "ein Presse-Sprecher der Stadt"."""
        first, dash, _rest = tok.text.partition("-")
        if not (dash and first):
            return None
        return self.registry.one_word(first, first.lower()) or (
            self.registry.quoted_title(first.lower()) if alone and first[:1].isupper() else None)

    def _modifier_kind(self, low: str, lemma: str) -> str | None:
        """The kind of the body named by the first part of a closed compound whose head is a role without a
        kind of its own ("Ministeriumssprecher" → government, "Konzernsprecherin" → company, "Armeesprecher" →
        military), the linking "s" or "es" taken off; None when the first part is no body."""
        heads = self.heads.heads
        stem = lemma.lower()
        cut = low.rfind(stem[: max(4, len(stem) - 2)])  # "…sprecher", "…sprecherin", "…sprechers"
        if cut <= 2:
            return None
        first = low[:cut].rstrip("-")
        for candidate in (first, first[:-1] if first.endswith("s") else None, first[:-2] if first.endswith("es") else None):
            found = heads.get(candidate) if candidate else None
            if found is not None and found[1] not in ("unknown", "person", "anonymous") and found[2] != "person":
                return found[1]
        return None

    def _compound_head(self, low: str) -> tuple[str, str, str] | None:
        """The head of a closed compound: "innenministerium" → Ministerium, "verbraucherzentrale" → Zentrale."""
        heads = self.heads.heads
        # a cut leaving more characters than the longest head cannot find one: skip those
        for cut in range(max(3, len(low) - self.heads.longest_head), len(low) - 3):
            found = heads.get(low[cut:])
            if found is not None and (len(low) - cut > 4 or found[2] == "person"):
                return found  # (a head of four letters only for a role: "Polizeichef", "Konzernchef")
        return None

    def _from_head(self, toks: Sequence[Token]) -> SourceInfo:
        toks = _spelled_age_joined(toks, self.language)
        lex = self.lex
        heads = self.heads
        country = _country_of(toks, heads, self.adjective_endings)
        display = _display_name(toks, self.doc.text, lex)
        head = self._head(toks)
        has_det = lex.is_(toks[0], "determiner") or lex.is_(toks[0], "quantifier") or toks[0].low in self.language.count_words  # "Many delegates", "Viele Experten": no name
        caps = [t for t in toks if t.text[0].isupper() and t.text[0].isalpha()]
        # a country or a capital standing for its government: "Russland", "Moskau", "die Ukraine"
        country_words = [t for t in toks if t.text[0].isalnum() and not lex.is_(t, "determiner")]
        place = " ".join(t.low for t in country_words)
        code = heads.metonyms.get(place) or heads.names.get(place)
        if code and head is None:
            return SourceInfo(key=f"gov:{code}", name=display, kind="government", named=True, country=code)
        region = heads.regions.get(place) if head is None else None
        if region is not None:  # "Texas sued", "Tirol fordert": a state or province speaks by its government, no person
            # (neuter: "it", "es", never "she" or "er")
            return SourceInfo(key=f"region:{region[0].lower()}", name=display, kind="government", named=True, country=region[1],
                              genders=_NEUTER)  # fmt: skip
        demonym = heads.demonyms.get(country_words[-1].low) if country_words and head is None else None
        if demonym is not None and not has_det and self._demonym_as_surname(country_words):
            demonym = None  # "David French", "Paul English": a surname, not people of a country
        if demonym is not None:  # "die Österreicherin", "viele Franzosen": people of a country, not its government
            return SourceInfo(key=f"generic:{_name_key(toks)}", name=display, kind="person", named=False, specificity="generic", country=demonym)
        acronym = _parenthesised_acronym(toks)
        named_words = [t for t in toks if t.text[:1].isalnum() and not lex.is_(t, "determiner")]
        if len(named_words) >= 2 and named_words[-1].low.rstrip(".") in _company_forms() and named_words[-2].text[:1].isupper():
            # "die Berger Bau GmbH", "Acme Holdings Inc.": a company by its legal form, whatever the words before it
            info = SourceInfo(key=f"name:{_name_key(named_words)}", name=display, kind="company", named=True, country=country)
            self._register_acronym(acronym, info)
            return info
        if not has_det and caps and toks[0] is caps[0]:
            member = self._member_of(toks)
            if member is not None:  # "Gary Ruff vom Glenn Research Center": a named person of that body
                return member
        if head is None:
            # no known head noun: a name ("Wolfgang Katzian", "Kolokoltsev") or an unknown body
            if len(toks) == 1 and self.lex.words.get(toks[0].low) and not self._word_as_surname(toks[0]):
                return SourceInfo(key=f"pronoun:{toks[0].low}", name=toks[0].text, kind="unresolved", named=False, specificity="unresolved")
            if len(toks) == 1 and _camel_case(toks[0].text):  # "DigiTimes", "WhatsApp": a brand or medium, named
                return SourceInfo(key=f"name:{toks[0].low}", name=display, kind="unknown", named=True, country=country)
            if len(toks) == 1 and toks[0].text[:1].isupper() and toks[0].low.endswith(_POSSESSIVES) and self._verb_follows(toks[0]):
                # "Moody's said", "McDonald's says": a name in "'s" that speaks itself is a firm's, no person's
                return SourceInfo(key=f"name:{toks[0].low}", name=display, kind="company", named=True, country=country)
            role = self._role_elsewhere(caps[-1]) if caps else None
            described = self._described_name(toks) if has_det else None
            if described is None and has_det:
                described = self._modified_name(toks, role is not None)
            if described is not None:  # "der Triathlet Thomas Berger": a noun the lexicons do not know, then a name
                toks, caps = described, list(described)
            if (not has_det or described is not None) and 1 <= len(caps) <= 4 and self._name_like(toks, caps, role) \
                    and not all(t.low in self._months or t.low in self.language.weekdays for t in caps):  # fmt: skip
                # (not "March", "Tuesday": no person's name)
                surname = caps[-1].low[:-2] if caps[-1].low.endswith(_POSSESSIVES) else caps[-1].low  # "Mr. Lund's …": Lund
                if self._genitive_after_cue(toks, caps):
                    surname, display = surname[:-1], display[:-1]  # "Nach Ansicht Kellers": Keller
                key = f"person:{surname}"
                existing = self.persons_by_name.get(surname)
                if existing is not None:
                    return existing
                info = SourceInfo(key=key, name=display, kind=role or "person", named=True, country=country)
            elif len(toks) > 2 and toks[0].low in self.language.demonstrative_determiners \
                    and toks[1].low in self.language.insider_modifiers:  # fmt: skip
                # "those close to the talks", "those familiar with the plan": insiders, unnamed (as "people close to …")
                return SourceInfo(key=f"anonymous:{_name_key(toks)}", name=display, kind="anonymous", named=False,
                                  specificity="anonymous")  # fmt: skip
            else:
                named_before = self.persons_by_name.get(toks[-1].low) if has_det and len(toks) >= 3 and name_word(toks[-1].text) else None
                if named_before is not None and (self._describes_a_person(toks[-2]) or _is_adjective(toks[-2], self.language)
                                                 or _age_adjective(toks[-2], self.language)):  # fmt: skip
                    return named_before  # "sein Kollege Hachleitner", "her lawyer Lund", "der 54-jährige Schmidt": a
                    # person named before, described
                # "der Täter", "die Studienautoren": a noun the lexicons do not know may still name a person by its form
                noun = (_head_noun(toks[_after_attribute(toks, lex, self.language) :], lex) if self.language.nouns_capitalised else _lower_case_head(toks, lex)) if has_det else None
                bare = self._without_genitive_ending(toks, noun) if noun is not None else None
                kind = "person" if bare is not None and self.language.is_person_noun(bare) else "unknown"
                if not has_det and len(toks) == 1 and self.language.is_plural_person_noun(toks[0].low):
                    kind = "person"  # "von Umweltschützern": people, unnamed
                before_noun = next((t for t in reversed(toks) if t.i < noun.i), None) if noun is not None else None
                if before_noun is not None and _age_adjective(before_noun, self.language):
                    kind = "person"  # "der 54-jährige Schmidt", "der 30-jährige Torwart": someone of that age
                key = _name_key(toks)
                if kind == "person" and len(toks) == 2 and toks[0].low in self.language.definite_articles:
                    # "der Trainer", "dem Trainer", "des Trainers": one person whatever the case of the article
                    key, display = bare, noun.text[: len(bare)]
                info = SourceInfo(key=f"np:{key}", name=display, kind=kind, named=has_det and toks[0].low in self.language.definite_articles, country=country, specificity="unknown")
            self._register_acronym(acronym, info)
            return info
        index, lemma, specificity, kind = head.index, head.lemma, head.specificity, head.kind
        # a name right after the head ("SPD-Sprecherin Eva Berg"), not further on ("der ÖVP-Sprecher im Europäischen Parlament")
        named_after = index + 1 < len(toks) and toks[index + 1].text[:1].isupper() and toks[index + 1].text[:1].isalpha()
        # a role, or the leadership of something ("Führung", "Spitze": kind unknown), takes its kind from what it leads
        led = specificity == "person" or specificity == "named" and kind == "unknown"
        # a journalist of a named outlet reports for it ("eine AFP-Journalistin", "Reuters-Reporter"); other groups of a
        # body stay unnamed people of it ("EU-Diplomaten")
        # (a medium named by a common word only for its journalists: "Spiegel-Reporter", not "der Presse-Sprecher")
        alone = kind in MEDIA_KINDS and not any(t.text[:1].isalnum() for t in toks[index + 1 :])
        body = self._compound_body(toks[index], alone) if led or specificity == "generic" and kind in MEDIA_KINDS else None
        if body is not None and not named_after:  # "der UN-Chef", "die SPD-Sprecherin", "die SPÖ-Führung": of that named body
            return SourceInfo(key=f"{body.kind}:{body.id}:{lemma.lower()}", name=display, kind=body.kind, named=True,
                              country=body.country or country)  # fmt: skip
        if body is None and led and kind == "unknown":
            kind = self._modifier_kind(toks[index].low, lemma) or kind  # "ein Ministeriumssprecher", "die Parteiführung"
        if kind == "unknown" and specificity == "named" and any(t.low in self.language.legislature_words for t in toks):
            kind = "parliament"  # "the House Oversight Committee", "la comisión del Congreso": a legislature's body
        rest = toks[index + 1 :]
        if len(rest) > 1 and rest[0].text == "." and toks[index].end == rest[0].start:
            rest = rest[1:]  # "Sen. Ted Cruz", "Gov. Chris Christie": the period of the abbreviated role
        if not has_det and index > 0 and not rest and len(caps) == len([t for t in toks if t.text[0].isalnum()]) and specificity != "statement" \
                and toks[0].low not in self.language.count_words and not self._initial_adjective(toks[0]) \
                and not self._places_before_group(toks, index, specificity):  # fmt: skip
            # ("One Democrat": a number and its noun; "Diplomatischen Kreisen zufolge": an adjective opening the sentence;
            # "Berliner Ärzte", "aus Brüsseler Diplomatenkreisen": people of a place, no name)
            # "Business Insider", "Apple Insider", "Frankfurter Allgemeine": a capitalised multiword name whose last
            # word is a head is the name of that outlet or body, not "insiders" or a role
            name_kind = "independent_media" if specificity in ("anonymous", "generic", "vague") else kind
            info = SourceInfo(key=f"name:{_name_key(toks)}", name=display, kind=name_kind, named=True, country=country)
            self._register_acronym(acronym, info)
            return info
        if specificity in ("statement", "vague") or (kind == "unknown" and specificity in ("person", "named", "generic")):
            # "ein Bericht des GUR", "ein Sprecher des Ministeriums": the owner is the source ("Vertreter der Armee": people
            # of the owner, unnamed, of its kind); of a vague head only a
            # named owner ("ein Bericht des Innenministeriums", not "Berichten lokaler Medien"); a name right after
            # the head of a body is that body's own name ("die Band Tocotronic", "das Museum Folkwang")
            # a role with a personal name after it is that person ("SPÖ-Sprecher Karl Hofer"), no owner
            apposed = bool(rest) and rest[0].text[:1].isupper() and (
                specificity == "named" or specificity == "person" and self._personal_name(rest))
            owner = None if apposed else _owner_span(rest, self.language)
            if owner and specificity == "vague" and not (rest[0].low in self.language.genitive_articles or rest[0].low in self.language.owner_prepositions):
                owner = None  # of a vague head only an owner with its article or preposition: not "Medien Dobrindts"
            if owner and specificity == "generic" and not self._find(owner) and owner[0].low not in self.language.definite_articles:
                owner = None  # "Vertreter aller Parteien", "Vertreter vieler Verbände": a group of many bodies, none named
            if owner:
                owner_hits = self._find(owner)
                sub = self._registry_info(owner_hits[0][2]) if owner_hits else self._from_head(owner)
                if specificity == "generic" and sub.named:
                    # "Vertreter der Armee": unnamed people of a named body, of its kind (not the body speaking)
                    return SourceInfo(key=f"generic:{_name_key(toks)}", name=display, kind=sub.kind, named=False,
                                      specificity="generic", country=sub.country or country)  # fmt: skip
                guessed = not owner_hits and sub.kind in _PERSONAL_KINDS and sub.key not in self.sources \
                    and sum(1 for t in owner if t.text[:1].isupper()) < 2  # fmt: skip
                guessed = guessed or specificity != "statement" and sub.key.startswith("region:")  # ("a delegate from Vermont")
                if (specificity == "statement" or sub.named) and not guessed:
                    return sub  # (not "a delegate from Ohio": a single capitalised word guessed to be a person employs no
                    # one; "footage of Al-Awlaki", "a statement from Reyes" are that person's)
            if specificity == "statement":
                noun_type = lex.nouns.get(toks[index].low, ("report", "specific"))
                named = noun_type[1] == "specific" and toks[0].low in self.language.definite_articles
                doc_kind = "official_document" if noun_type[0] in ("statement", "document") else "unknown"
                return SourceInfo(key=f"np:{_name_key(toks)}", name=display, kind=doc_kind, named=named, specificity="specific" if named else "vague", country=country)
        names_after = [t for t in rest if t.text[0].isupper() and t.text[0].isalpha() and t.low not in heads.heads]
        genitive = names_after[0].low[:-1] if len(names_after) == 1 and names_after[0].low.endswith("s") else ""
        if genitive and rest[0] is names_after[0] and (genitive in heads.names or genitive in heads.metonyms):
            # "der Botschafter Frankreichs", "der Vertreter Libyens": a country in the genitive, no personal name
            country = country or heads.names.get(genitive) or heads.metonyms.get(genitive)
            names_after = []
            kind = "government" if kind == "unknown" else kind  # a country's representative speaks for its state
        office = self.language.partitive_owner_prepositions if specificity == "person" else frozenset()
        lead = _title_words(rest, heads.heads, office, lex.words)  # "Attorney General Bill Lund", "Secretary of State Anna Berg": the title goes on
        if specificity in ("person", "generic") and names_after and not lex.is_(names_after[0], "determiner") and lead < len(rest) \
                and any(rest[lead] is t for t in names_after) and (lead == 0 or self._personal_name(
                    [t for t in itertools.takewhile(lambda t: t.text[:1].isupper() or t.text == ".", rest[lead:]) if t.text[:1].isalpha()]
                )):  # fmt: skip
            # "Geschäftsführerin Anna Berg", "der Ökonom Paul Weber": a role with a name is a named person, keyed by the
            # last name word of the capitalised run after the role ("former Gov. Jeb Bush of Florida": Bush, not Florida;
            # "Republican South Carolina Sen. Lindsey Graham": Graham)
            particles = self.language.name_particles | NAME_PARTICLES  # ("Staffan de Mistura" in German text too)
            run = list(itertools.takewhile(lambda t: t.text[:1].isupper() or t.text == "." or t.low in particles, rest[lead:]))
            key = f"person:{next(t for t in reversed(run) if t in names_after).low}"  # ("Staffan de Mistura": Mistura)
            person_kind = body.kind if body is not None else kind if kind not in ("unknown", "anonymous") else "person"
            info = SourceInfo(key=key, name=display, kind=person_kind, named=True, country=country)
            self._register_acronym(acronym, info)
            return info
        if specificity in ("generic", "vague", "person"):
            team = self._team_of(toks, index, kind, display, country)
            if team is not None:  # "Forscher um Ilse Brandner", "researchers led by Anna Berg": named by their leader
                return team
        if specificity == "vague" and kind == "expert" and self._names_its_maker(toks, index, lemma):
            # "the Monmouth poll", "a Gazette-Channel 4 poll", "die IMAS-Umfrage": a poll by its maker, one source
            # whatever its article ("der IMAS-Umfrage" after "Die IMAS-Umfrage")
            words = [t for t in toks if not lex.is_(t, "determiner")]
            return SourceInfo(key=f"name:{_name_key(words)}", name=display, kind=kind, named=True, country=country)
        if rest and rest[0].low in self.language.insider_modifiers and (specificity == "generic" or specificity == "person" and kind in (
                "person", "unknown") and (toks[0].low in self.language.indefinite_articles or toks[0].low in self.language.count_words)):  # fmt: skip
            specificity, kind = "anonymous", "anonymous"  # "people familiar with the matter", "one member familiar with the
            # talks": insiders, unnamed ("a Republican familiar with the talks" keeps the kind its noun tells)
        if specificity in ("anonymous", "generic", "vague"):
            person = self._role_and_name(rest, kind, country, display)
            if person is not None:  # "Opposition leader Tom Hale": the role after the vague head, and the person's name
                return person
            named = False
            key = f"{specificity}:{_name_key(toks)}"
            return SourceInfo(key=key, name=display, kind="anonymous" if specificity == "anonymous" else kind, named=named, specificity=specificity, country=country)
        person = self._role_and_name(rest, kind, country, display) if specificity == "named" else None
        if person is not None:  # "police spokesman Tom Reyes", "union leader Tom Reyes": the person, of the body's kind
            return person
        qualified = country is not None or len(toks) > index + 1 or any(_is_adjective(t, self.language) for t in toks[:index])
        definite = toks[0].low in self.language.definite_articles
        named = definite or qualified or acronym is not None
        bare_plural = index == 0 and toks[0].low != lemma.lower()  # "Friends of the senator"
        counted = toks[0].low in self.language.count_words or lex.is_(toks[0], "quantifier")  # "Two farmers who …", "Some voters in …"
        if specificity == "person" and (toks[0].low in self.language.indefinite_articles or bare_plural or counted):
            named = False  # "a Republican familiar with the talks", "ein Grüner aus Tirol", "Friends of …": people of that kind
        name_part = " ".join(t.low for t in names_after)  # "die Zeitung Danas", "die Partei Die Linke"
        # "the Berger Institute", "the Green Party", "die ÖVP-Vorsitzende": a body or role of one, by the name before the head
        maker = "" if name_part else self._name_before_head(toks, index)
        if maker:
            name_part = f":{maker}"
        key = f"{kind}:{acronym.lower()}" if acronym else f"{kind}:{country or ''}:{lemma.lower()}:{name_part}"
        if not acronym and not name_part and definite and toks[index].low == lemma.lower():  # (not a plural: "die Gerichte")
            # "the institute" after "the Berger Institute": the last body of that head named by its words
            earlier = self.sources.get(self._named_heads.get((kind, lemma.lower()), ""))
            if earlier is not None:
                return earlier
        elif maker and not acronym:
            self._named_heads[(kind, lemma.lower())] = key
            self._named_heads[(head.kind, lemma.lower())] = key  # "the committee" after "the House Oversight Committee"
        if index == 1 and not rest and toks[0].low in self.language.genitive_articles and toks[1].low in (lemma.lower() + "s", lemma.lower() + "es"):
            display = toks[1].text[: len(lemma)]  # "ein Sprecher des Krankenhauses": the hospital, not "Krankenhauses"
        info = SourceInfo(key=key, name=display, kind=kind, named=named, specificity=specificity, country=country)
        self._register_acronym(acronym, info)
        return info

    def _team_of(self, toks: Sequence[Token], index: int, kind: str, display: str, country: str | None) -> SourceInfo | None:
        """A group after its head and the words of leading ("um", "led by") with a personal name at the end:
        the team, named by its leader (who would be a source of their own, so the key is the leader's)."""
        rest = [t.low for t in toks[index + 1 :]]
        for words in self.language.team_leaders:
            if tuple(rest[: len(words)]) != words:
                continue
            after = [t for t in toks[index + 1 + len(words) :] if t.text[:1].isalnum()]
            names = []
            for tok in reversed(after):
                if not (tok.text[:1].isupper() and tok.text.isalpha()) or tok.low in self.heads.heads:
                    break
                names.append(tok)
            if len(names) >= 2 and self._personal_name(names[::-1]):
                return SourceInfo(key=f"person:{names[0].low}", name=display, kind=kind if kind not in ("unknown", "anonymous") else "person",
                                  named=True, country=country)  # fmt: skip
        return None

    def _names_its_maker(self, toks: Sequence[Token], index: int, lemma: str) -> bool:
        """Whether a singular head of a poll is right after a capitalised name ("the Monmouth poll", "an NBC-Wall
        Street Journal poll") or joined to one ("IMAS-Umfrage") that is not a month, a country or a place of
        the country lexicon ("the January poll", "an American poll" name no maker); polls in the plural are many."""
        head = toks[index]
        low = head.low
        first, dash, _ = head.text.partition("-")
        if dash and first[:1].isupper() and first.lower() != lemma.lower() and (first.isupper() or not self.language.nouns_capitalised):
            names = [first.lower()]  # "HWB-Umfrage", not "Wohnbau-Umfrage" (in German every noun is capitalised)
        elif low == lemma.lower() and not self.language.nouns_capitalised:
            names = []  # the capitalised words right before the head (in German every noun is capitalised)
            j = index - 1
            while j >= 0 and (toks[j].text[:1].isupper() and toks[j].text[:1].isalpha() or toks[j].text in "/-&" or toks[j].text[:1].isdigit()) \
                    and not self.lex.is_(toks[j], "determiner") and not toks[j].low.endswith(("'s", "’s")):  # fmt: skip
                names.append(toks[j].low)
                j -= 1
        else:
            return False  # plural
        names = [n for n in names if n[:1].isalpha()]  # ("Channel 9 poll"; "a 2016 poll" names no maker)
        return bool(names) and not all(n in self._months or self._place_word(n) for n in names)

    def _place_word(self, low: str) -> bool:
        """A country (also in the genitive: "Englands"), its capital, people or adjective, or a state or province
        ("Texas", "Tirol"; towns the lexicons lack are not)."""
        heads = self.heads
        if low in heads.names or low in heads.metonyms or low in heads.demonyms or low.endswith("s") and low[:-1] in heads.names \
                or low in heads.regions:  # fmt: skip
            return True
        return any(low.endswith(e) and heads.adjectives.get(low[: len(low) - len(e)] if e else low) for e in self.adjective_endings)

    @cached_property
    def _months(self) -> frozenset[str]:
        return frozenset(m.lower() for m in self.language.lexicon("months").entries) if self.language.has_lexicon("months") else frozenset()

    def _role_and_name(self, rest: Sequence[Token], kind: str, country: str | None, display: str) -> SourceInfo | None:
        """After the head of a body: a role of a person and a personal name ("police **spokesman Tom Reyes**"):
        that person, of the body's kind (the role's when the body has none), the same source as a later
        "Reyes". None for anything else ("die Band Rolling Stones" has no role between)."""
        found = self._role_then_name(rest, ("person",))
        if found is None:
            return None
        role, names = found
        existing = self.persons_by_name.get(names[-1].low)
        if existing is not None:
            return existing
        person_kind = kind if kind not in ("unknown", "anonymous") else role.kind if role.kind not in ("unknown", "anonymous") else "person"
        return SourceInfo(key=f"person:{names[-1].low}", name=display, kind=person_kind, named=True, country=country)

    def _role_then_name(self, rest: Sequence[Token], specificities: tuple[str, ...]) -> tuple[_Head, Sequence[Token]] | None:
        """A role head of one of ``specificities`` as the first word of ``rest`` and a personal name of one to
        three words after it ("spokesman Tom Reyes"), or None."""
        role = self._head(rest) if len(rest) >= 2 else None
        if role is None or role.index != 0 or role.specificity not in specificities:
            return None
        names = rest[1:]
        return (role, names) if len(names) <= 3 and self._personal_name(names) else None

    def _described_name(self, toks: Sequence[Token]) -> Sequence[Token] | None:
        """The two or three capitalised words that end ``toks`` after an article, adjectives and one noun
        ("der Triathlet Thomas Berger", "die junge Läuferin Eva Stein", "the surveyor Maria Price"), or None. Where
        nouns are capitalised, an age ("der 42-jährige Moderator …") and a capitalised adjective of a place ("der Wiener
        Berater …") may stand among the adjectives when a noun and a name still follow."""
        names = self._described_after(toks, lambda k: _is_adjective(toks[k], self.language))
        if names is None and self.language.nouns_capitalised:
            names = self._described_after(toks, lambda k: _is_adjective(toks[k], self.language) or _age_adjective(toks[k], self.language)
                                          or toks[k].text[:1].isupper() and toks[k].low.endswith(self.language.place_adjective_endings)
                                          and len(toks) - k >= 4)  # fmt: skip
        return names

    def _modified_name(self, toks: Sequence[Token], named_elsewhere: bool) -> Sequence[Token] | None:
        """The first name and surname after an article and adjectives with no noun between ("die frühere Ina Berg",
        "die 42-jährige Ina Berg"), or None. A single word there may be a common noun ("der 30-jährige Torwart"): only
        after an age and when the article names it as a person elsewhere (``named_elsewhere``: "Jan Berg … der
        42-jährige Berg")."""
        k = 1
        while k < len(toks) and (_is_adjective(toks[k], self.language) or _age_adjective(toks[k], self.language)):
            k += 1
        names = toks[k:]
        if k == 1 or not 1 <= len(names) <= 3 or not all(t.text[:1].isupper() for t in names) or not self._personal_name(names):
            return None
        if len(names) == 1 and not (named_elsewhere and _age_adjective(toks[k - 1], self.language)):
            return None
        return names

    def _described_after(self, toks: Sequence[Token], modifier: Callable[[int], bool]) -> Sequence[Token] | None:
        """The name after the article, the modifiers (``modifier`` of an index) and a noun of ``toks`` (see above)."""
        k = 1
        while k < len(toks) and modifier(k):
            k += 1
        if not self.language.nouns_capitalised and 1 < k < len(toks) and toks[k].text[:1].isupper():
            k -= 1  # "la topógrafa María Precio": the noun was taken for an adjective
        names = toks[k + 1 :]
        if k >= len(toks) or not 2 <= len(names) <= 3:
            return None
        if not self._describes_a_person(toks[k]):
            return None  # "die Band The Slits": not a person's description
        return names if self._personal_name(names) else None  # not "der Sender CNN International", "in Madrid"

    def _name_before_head(self, toks: Sequence[Token], index: int) -> str:
        """The name words of a body before its head noun, lower-cased: the capitalised words right before it ("the
        **Berger** Institute", "the **Green** Party", "die **Berger** Stiftung") or the capitalised first part of a
        hyphenated head ("das **Berger**-Institut"), by which two bodies of one kind differ; "" for none. Not a
        determiner, number or month, and not an adjective capitalised only because it opens the sentence."""
        head = toks[index]
        first, dash, _ = head.text.partition("-")
        if dash and first.isalpha() and (first.isupper() and len(first) > 1 or first[:1].isupper() and not self.language.nouns_capitalised):
            return first.lower()  # (where every noun is capitalised only an acronym: "AUA-Sprecher", not "TV-Sender")
        words: list[str] = []
        j = index - 1
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].text.isalpha() and not self.lex.is_(toks[j], "determiner") \
                and toks[j].low not in self._months and toks[j].low not in self.language.count_words \
                and not self._initial_adjective(toks[j]) and not (self._opens_sentence(toks[j]) and not self.language.nouns_capitalised):  # fmt: skip
            # (an English word capitalised because it opens the sentence, "Multiple outlets", names nothing)
            words.append(toks[j].low)
            j -= 1
        return " ".join(reversed(words))

    def _opens_sentence(self, tok: Token) -> bool:
        return tok.i == 0 or self.doc.tokens[tok.i - 1].sent != tok.sent

    def _without_genitive_ending(self, toks: Sequence[Token], noun: Token) -> str:
        """The lower-case ``noun`` without the ending of the genitive after a genitive article when only the bare
        form is a noun for a person ("des Klägers" → "kläger", as "der Kläger"); else the noun as written."""
        low = noun.low
        if toks[0].low in self.language.genitive_articles and low.endswith("s") and not self.language.is_person_noun(low) \
                and self.language.is_person_noun(low[:-1]):  # fmt: skip
            return low[:-1]
        return low

    def _places_before_group(self, toks: Sequence[Token], index: int, specificity: str) -> bool:
        """Whether every word before the head at ``index`` of a group of people or of unnamed sources is a capitalised
        adjective of a place that stands unchanged before its noun ("Berliner Ärzte", "Wiener Diplomatenkreisen"):
        people of that place, not the name of an outlet or body ("Berliner Zeitung" has a head that names a body)."""
        return specificity in ("anonymous", "generic", "vague") and bool(self.language.place_adjective_endings) and all(
            t.text[:1].isupper() and t.low.endswith(self.language.place_adjective_endings) for t in toks[:index])

    def _initial_adjective(self, tok: Token) -> bool:
        """Whether ``tok`` is capitalised only because it opens the sentence and is an adjective or participle with an
        inflection of the pack ("Diplomatischen Kreisen zufolge", "Informierten Kreisen zufolge"), not part of a name
        ("Frankfurter Allgemeine")."""
        tokens = self.doc.tokens
        if tok.i > 0 and tokens[tok.i - 1].sent == tok.sent or not self.language.nouns_capitalised:
            return False
        for ending in self.language.adjective_endings:
            stem = tok.low[: -len(ending)] if tok.low.endswith(ending) else ""
            if len(stem) > 3 and (stem.endswith(_adjective_suffixes(self.doc.lang)) or stem in self.heads.adjectives
                                  or any(role in ("participle", "finite_or_participle") for _, role in self.lex.verbs.get(stem, ()))):  # fmt: skip
                return True  # ("Deutsche Forscher": a country's adjective)
        lower_case = self.doc.cache.get("lower_case_words")
        if lower_case is None:
            lower_case = self.doc.cache["lower_case_words"] = frozenset(t.text for t in tokens if t.text.islower())
        # a word the article also writes in lower case is no name ("Neue Smartphones …" and "die neue Kamera")
        return tok.low in lower_case and tok.low.endswith(self.language.adjective_endings)

    def _describes_a_person(self, tok: Token) -> bool:
        """Whether ``tok`` is a noun that describes a person before the person's name: where nouns are written in lower
        case any such noun ("the surveyor Maria Price", "her lawyer Lund"), else a capitalised one with the endings of
        nouns for people ("der Amtskollege", "der Kandidat", "sein Kollege Hachleitner"); not a word of a name ("Our
        Principles PAC")."""
        if not tok.text.replace("-", "").isalpha():
            return False
        if not self.language.nouns_capitalised:
            return tok.text.islower()
        return tok.text[:1].isupper() and tok.low.endswith((*self.language.person_noun_endings, *self.language.role_noun_endings))

    def _name_like(self, toks: Sequence[Token], caps: list[Token], role: str | None) -> bool:
        """Whether capitalised words without an article name a person. Where every noun is capitalised
        (German), a single word counts only when the article names it with a first name or a role
        elsewhere ("Cholera", "Budget" are no people), and words in lower case or nouns with the endings
        of common nouns make a phrase no name ("fehlender Mut", "Punkten Vorsprung")."""
        if not self.language.nouns_capitalised or role is not None:
            return True
        if any(t.text[0].isalpha() and t.text[0].islower() for t in toks):
            return False
        if len(caps) == 1:
            return len(toks) == 1 and self._lone_name(caps[0])
        if self._initial_adjective(caps[0]) or any(t.low in self.heads.names for t in caps):
            # "Neue Smartphones", "Britischer Archäologe": an adjective capitalised as the sentence's first word;
            # "Japan Display", "Verkehrsclub Österreich": a country's name in the phrase makes it a body's or a product's
            return False
        return not any(t.low.endswith(_COMMON_NOUN_ENDINGS) or t.low in self.lex.nouns or t.low in self.heads.heads for t in caps)

    def _lone_name(self, tok: Token) -> bool:
        """Where every noun is capitalised: whether one capitalised word with no article is a name because it stands
        right beside the cue that makes it a speaker or a finite verb of report in the singular, as its subject ("sagte Ekirch", "Ekirch sagte", "teilte
        Tchibo mit"): a common noun there takes an article, or is a plural ("warnten Datenschützer"). Not a word of
        the lexicons, a word with the ending of an abstract noun, or a word opening its sentence before a word that is
        no such verb ("Konkret heiße das")."""
        tokens, lex = self.doc.tokens, self.lex
        if tok.low in lex.nouns or tok.low in self.heads.heads or lex.words.get(tok.low) or tok.low.endswith(_COMMON_NOUN_ENDINGS) \
                or self.language.is_plural_person_noun(tok.low):  # fmt: skip
            return False  # (nor a plural of a noun for persons: "von Umweltschützern", a group)
        if not tok.text.isalpha() or tok.text.isupper() or tok.low in self._months or tok.low in self.language.weekdays:
            return False
        cue = self._cue
        if cue is not None and (cue[0] == tok.i + 1 and lex.is_(tokens[cue[0]], "preposition")
                                or cue[1] == tok.i and lex.words.get(tokens[tok.i - 1].low) and not lex.is_(tokens[tok.i - 1], "preposition")):  # fmt: skip
            return True  # right before a cue that follows its object ("Ekirch zufolge") or after a function word of
            # report ("so Ekirch"); not after a preposition, whose object may be a common noun without an article ("laut
            # Fahrplan"), nor beside a verb in the plural ("warnten Datenschützer": below)
        before = tokens[tok.i - 1] if tok.i > 0 and tokens[tok.i - 1].sent == tok.sent else None
        after = tokens[tok.i + 1] if tok.i + 1 < len(tokens) and tokens[tok.i + 1].sent == tok.sent else None
        if after is not None and after.text == "," and tok.i + 2 < len(tokens) and lex.is_(tokens[tok.i + 2], "relative_pronoun"):
            # "Otto, der seit 2015 im Amt ist, sagte": the verb after the relative clause about the name
            close = next((j for j in range(tok.i + 3, min(len(tokens), tok.i + 25))
                          if tokens[j].sent != tok.sent or tokens[j].text in ",;:"), None)  # fmt: skip
            if close is not None and tokens[close].text == "," and close + 1 < len(tokens) and tokens[close + 1].sent == tok.sent:
                after = tokens[close + 1]
        return any(
            verb is not None and verb.text.islower() and not verb.low.endswith("n")  # "sagte", not "sagten"
            and any(role.startswith("finite") for _, role in lex.verbs.get(verb.low, ()))
            for verb in ((after,) if before is None else (before, after))
        )  # fmt: skip

    def _role_elsewhere(self, surname: Token) -> str | None:
        """What the article says a name is, anywhere it stands: the kind of a role noun before it
        ("Grünen-Abgeordneter Max Berger" → parliament) or of an apposition after it ("Nevena Milutinović,
        Bürochefin von Save the Children" → ngo); "person" when it stands with a first name only; None
        when the word never stands like a name (looked up once per word and article)."""
        cache = self.doc.cache.setdefault("roles", {})
        if surname.low in cache:
            return cache[surname.low]
        found: str | None = None
        tokens = self.doc.tokens
        for k in self._occurrences(surname.text):
            start = k
            while start > 0 and tokens[start - 1].sent == tokens[k].sent and tokens[start - 1].text[:1].isupper() \
                    and tokens[start - 1].text[:1].isalpha() and k - start < 3:  # fmt: skip
                start -= 1
            while start < k and (self._initial_adjective(tokens[start]) or tokens[start].low in self.heads.names):
                start += 1  # no first name: "Neue Smartphones" (an adjective opening the sentence), "Japan Display"
            kinds = [self._role_kind(tokens[j : j + 1]) for j in range(start, k)]
            kind = next((kd for kd in kinds if kd), None)
            if kind is None and k + 2 < len(tokens) and tokens[k + 1].text == "," and tokens[k + 1].sent == tokens[k].sent:
                end = k + 2
                while end < len(tokens) and end - k < 10 and tokens[end].text not in (",", ".", ";", ":", "(", "„", "“", "\""):
                    end += 1
                piece = tokens[k + 2 : end]
                head = self._head(piece)
                if head is not None and not any("preposition" in self.lex.words.get(t.low, ()) or t.low in self.lex.verbs
                                                for t in piece[: head.index]):  # fmt: skip
                    # (not "Ruiz, spoke to reporters,", "Cole, told the Gazette": a verb phrase, whose object is no role)
                    kind = self._role_kind(piece)
            if kind is None and start >= 2 and tokens[start - 1].text == "," and tokens[start - 1].sent == tokens[k].sent \
                    and (k + 1 == len(tokens) or tokens[k + 1].sent != tokens[k].sent or tokens[k + 1].text in (",", ".", ";")):  # fmt: skip
                kind = self._role_before_comma(start - 1)
            if kind:
                found = kind
                break
            if k - start >= 1 and found is None:
                found = "person"  # a first name before it
        cache[surname.low] = found
        return found

    def _role_before_comma(self, comma: int) -> str | None:
        """The kind of a role set off before a name that the comma at ``comma`` opens ("The prime minister, Boris
        Johnson,", "A State Department spokesman, Ned Price,", "…, said the spokeswoman for the agency, Dana Lee."),
        or None: the piece back to the previous punctuation (or to a reporting verb before it) must open with a
        determiner and hold no preposition or verb before its head ("After meeting the mayor, Lund said" has none)."""
        tokens = self.doc.tokens
        a = comma
        while a > 0 and comma - a < _ROLE_PIECE_WORDS and tokens[a - 1].sent == tokens[comma].sent \
                and tokens[a - 1].text[:1].isalnum() and not (tokens[a - 1].text.islower() and tokens[a - 1].low in self.lex.verbs):  # fmt: skip
            a -= 1
        piece = tokens[a:comma]
        if not piece or comma - a >= _ROLE_PIECE_WORDS or not self.lex.is_(piece[0], "determiner"):
            return None
        owned = next((n + 1 for n in range(len(piece) - 1, -1, -1) if piece[n].low.endswith(_POSSESSIVES)), 0)
        piece = piece[owned:]  # "The senator's lawyer": the role is the lawyer's, not the senator's
        core = next((n for n, t in enumerate(piece) if "preposition" in self.lex.words.get(t.low, ())), len(piece))
        if core < 1 or not self._person_noun(piece[core - 1]) or any(self.lex.words.get(t.low) for t in piece[1 : core]):
            return None  # the role noun ends the words before its body ("the spokeswoman for the agency"); not "The governor was away"
        kind = self._role_kind(piece)
        if kind == "person":
            hits = self._find(piece[:core])
            # "A State Department spokesman": the body before the role; a role of no kind ("The chief, Jo Lund,") leaves
            # the name to its other mentions
            return hits[0][2].kind if hits else None
        return kind

    def _role_kind(self, toks: Sequence[Token]) -> str | None:
        """The kind a role phrase gives a person ("Bürochefin von Save the Children" → ngo), or None."""
        if not toks:
            return None
        head = self._head(toks)
        if head is None and len(toks) == 1:
            body = self._compound_body(toks[0])
            rest = toks[0].low.partition("-")[2]
            if body is not None and rest and self.language.is_person_noun(rest):
                return body.kind  # "Nasa-Ingenieur Gary Ruff", "Siemens-Techniker": a person working for the body
        if head is None or head.specificity not in ("person", "named", "generic"):
            return None
        if head.kind not in ("unknown", "anonymous"):
            return head.kind
        owner = _owner_span(toks[head.index + 1 :], self.language)
        if owner:
            hits = self._find(owner)
            if hits:
                return hits[0][2].kind
            owner_head = self._head(owner)
            if owner_head is not None and owner_head.kind not in ("unknown", "anonymous"):
                return owner_head.kind
        return "person"

    def _occurrences(self, text: str) -> list[int]:
        """Token indices of ``text`` in the article (an index of capitalised words, built once)."""
        index = self.doc.cache.get("capitalised_tokens")
        if index is None:
            index = {}
            for tok in self.doc.tokens:
                if tok.text[:1].isupper():
                    index.setdefault(tok.text, []).append(tok.i)
            self.doc.cache["capitalised_tokens"] = index
        return index.get(text, [])

    def _person_of_body(self, toks: Sequence[Token], body_start: int) -> SourceInfo | None:
        """"Anna Berg von der Caritas": a personal name, a member preposition and then the body (registered, starting at
        ``body_start``, or any body after it): the person speaks, of the body's kind (:meth:`_member_of`)."""
        j = next((k for k, t in enumerate(toks[:body_start]) if t.low in self.language.member_prepositions), None)
        if not j:
            return None
        if not self._personal_name([t for t in toks[:j] if t.text[0].isalnum()]):
            start = self._name_after_role(toks[:j])
            member = self._member_of(toks[start:]) if start is not None else None
            if member is not None:  # "die Geologin Jana Kühn von der Universität Graz": the role before the name
                member.name = self.doc.text[toks[0].start : toks[-1].end]
            return member
        return self._member_of(toks)

    def _name_after_role(self, toks: Sequence[Token]) -> int | None:
        """Where a personal name of two or three words begins after an article, perhaps adjectives, and a word of a role
        ("die Geologin Jana Kühn", "der frühere Minister Karl Weber", "the geologist Ann Lund"), the name ending
        ``toks``; else None."""
        if len(toks) < 4 or not self.lex.is_(toks[0], "determiner"):
            return None
        for n in (3, 2):
            start = len(toks) - n
            role = toks[start - 1]
            if start >= 2 and self._personal_name(toks[start:]) \
                    and all(_is_adjective(t, self.language) or _age_adjective(t, self.language) for t in toks[1 : start - 1]) \
                    and (role.low in self.heads.heads or role.low.endswith(self.language.person_noun_endings) or not role.is_cap):  # fmt: skip
                return start
        return None

    def _person_after_body(self, toks: Sequence[Token], hit: tuple[int, int, RegistryEntry]) -> SourceInfo | None:
        """"Pentagon spokesman John Kirby", "Microsoft CEO Satya Nadella": a registered body, a role of a person
        and a personal name: the person speaks for the body, of its kind ("UN Secretary-General": not military)."""
        first, end, entry = hit
        if first > 1 or self._role_then_name(toks[end:], ("person", "generic")) is None:
            return None  # not "die Grünen unter Stadträtin Maria Berg": the party speaks
        names = toks[end + 1 :]
        display = self.doc.text[toks[0].start : toks[-1].end]
        return SourceInfo(key=f"person:{names[-1].low}", name=display, kind=entry.kind, named=True, country=entry.country)

    def _named_party_member(self, toks: Sequence[Token], hit: tuple[int, int, RegistryEntry]) -> SourceInfo | None:
        """"Der Grüne Alexander Berger", "die Grüne Anna Berg": a party's name for its member, right after the article,
        and a personal name: that person, a politician of the party (not the party speaking)."""
        first, end, entry = hit
        names = toks[end:]
        if entry.kind != "party" or first > 1 or first == 1 and not self.lex.is_(toks[0], "determiner") \
                or not 1 <= len(names) <= 3 or not self._personal_name(names) \
                or len(names) == 1 and names[0].low not in self.persons_by_name:  # fmt: skip
            return None  # (one word only for a person named before: "die SPD Niedersachsen" is the party's branch)
        display = self.doc.text[toks[0].start : toks[-1].end]
        return self.persons_by_name.get(names[-1].low) or SourceInfo(key=f"person:{names[-1].low}", name=display, kind="politician",
                                                                     named=True, country=entry.country)  # fmt: skip

    def _particle_surname(self, toks: Sequence[Token]) -> Token | None:
        """The surname of a personal name with particles (``Language.name_particles``): one given name, the
        particles, one surname ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg"), or the particles in
        capitals and the surname ("Von der Leyen"); neither word a head, noun or registered name ("Anna Berg von
        der Caritas" is a member of a body). None for anything else."""
        particles = self.language.name_particles
        words = [t for t in toks if t.text[:1].isalnum()]
        if not 2 <= len(words) <= 6 or not particles:
            return None
        k = 1 if words[0].low not in particles else 0
        if k == 0 and not words[0].text[:1].isupper():
            return None
        n = k
        while n < len(words) and words[n].low in particles:
            n += 1
        if n == k or n != len(words) - 1 or any(t.text[:1].isupper() for t in words[k + 1 : n]) or self.lex.is_(words[k], "determiner"):
            return None  # (an article first is no particle: "der Volvo-Chef", "Karl der Große")
        names = words[:k] + words[n:]
        return words[n] if self._personal_name(names) else None

    def _member_of(self, toks: Sequence[Token]) -> SourceInfo | None:
        """"Gary Ruff vom Glenn Research Center", "Oliver Schimek vom Dienstleister Eurotax": a name, then
        "von/vom" and a body: the named person, of the body's kind."""
        j = next((k for k, t in enumerate(toks) if t.low in self.language.member_prepositions), None)
        if j is None or j == 0 or j + 1 >= len(toks):
            return None
        names = [t for t in toks[:j] if t.text[0].isalnum()]
        own = self._head(toks[:j])
        if not names or not all(t.text[0].isupper() for t in names) or own is not None and toks[own.index] is names[-1]:
            return None  # (the words before end in a role, no name: "Sprecher vom …", "Former Secretary of State …")
        body_toks = toks[j + 1 :]
        hits = self._find(body_toks)
        body = self._registry_info(hits[0][2]) if hits else self._from_head(body_toks)
        if not body.named and body.kind in ("unknown", "person"):
            return None
        kind = own.kind if own is not None and own.kind not in ("unknown", "anonymous") else body.kind
        if kind == "person" or kind == "unknown":
            kind = body.kind if body.kind not in ("unknown",) else "person"
        display = self.doc.text[toks[0].start : toks[-1].end]
        return SourceInfo(key=f"person:{names[-1].low}", name=display, kind=kind, named=True, country=body.country)

    def _register_acronym(self, acronym: str | None, info: SourceInfo) -> None:
        if acronym:
            self.local_aliases[acronym] = info.key

    def _register_short_name(self, info: SourceInfo) -> None:
        """A registry source named in several words can later be called by its last one ("The
        Washington Post" … "the Post", "the Times"): that word becomes an alias in this article.
        Only where nouns are not capitalised (in German every noun is: "Zeitung", "Finanzen")."""
        if self.language.nouns_capitalised or not info.key.startswith("reg:"):
            return
        words = info.name.split()
        last = words[-1] if len(words) > 1 else ""
        if len(last) >= 3 and last[0].isupper() and last.isalpha():
            self.local_aliases.setdefault(last, info.key)


_MAX_PARENTHESIS_WORDS = 3


def _trailing_parenthesis(toks: Sequence[Token]) -> int | None:
    """The index of the "(" of a parenthesis of one to three words that closes a phrase with words before
    it ("Anna Berg (SPD)"), or None."""
    if len(toks) < 4 or toks[-1].text != ")":
        return None
    for k in range(len(toks) - 2, max(0, len(toks) - 3 - _MAX_PARENTHESIS_WORDS), -1):
        if toks[k].text == "(":
            return k if k > 0 and any(t.text[0].isalnum() for t in toks[:k]) else None
    return None


def _without_cut_compounds(toks: Sequence[Token], language: Language) -> Sequence[Token]:
    """The tokens without the first parts of coordinated compounds cut short ("Kinder- und Jugendanwalt",
    "Such- und Rettungsagentur"): the head of the phrase is the compound after "und"."""
    if not any(t.text.endswith("-") for t in toks[:-2]):
        return toks
    kept: list[Token] = []
    k = 0
    while k < len(toks):
        if k + 2 < len(toks) and toks[k].text.endswith("-") and toks[k + 1].low in language.coordinators:
            k += 2
            continue
        kept.append(toks[k])
        k += 1
    return kept


def _coordinated(toks: Sequence[Token], lex, language: Language) -> list[Sequence[Token]]:  # type: ignore[no-untyped-def]
    """Split "die Vereinigten Staaten und die Ukraine" into its conjuncts (not inside "wie …" lists)."""
    if any(t.low in language.list_markers for t in toks):
        return [toks]
    parts: list[Sequence[Token]] = []
    start = 0
    for k, tok in enumerate(toks):
        if tok.low in language.coordinators and 0 < k < len(toks) - 1 and (lex.is_(toks[k + 1], "determiner") or toks[k + 1].text[0].isupper()):
            if toks[k - 1].text.endswith("-"):
                continue  # "Kinder- und Jugendanwalt": a compound cut short, one head with the word after "und"
            parts.append(toks[start:k])
            start = k + 1
    parts.append(toks[start:])
    # a conjunct names someone: a capitalised word, or where nouns are written in lower case an article and its noun
    # ("the mayor and the governor")
    return [p for p in parts if any(t.text[0].isupper() for t in p)
            or not language.nouns_capitalised and len(p) > 1 and lex.is_(p[0], "determiner")] or [toks]  # fmt: skip


def _camel_case(text: str) -> bool:
    """A single word with a capital inside it after lower-case letters ("DigiTimes", "WhatsApp", "YouTube"): a name, as no
    common noun is written so (not "UNO", "SPÖ-Chef", "McKinnon")."""
    return text.isalpha() and not text.isupper() and not text.startswith(("Mc", "Mac")) and any(
        a.islower() and b.isupper() for a, b in zip(text[1:], text[2:]))  # fmt: skip


_NEUTER = frozenset(("n",))


def _pronoun_fits(info: SourceInfo, wanted: frozenset[str]) -> bool:
    """Whether a pronoun of the genders ``wanted`` may refer to ``info``: by gender where both have one; a pronoun only
    of things ("it", "es") never to a named person, whose mention may carry no gender ("Mr. Cruz … it says")."""
    if not wanted:
        return True
    if info.genders:
        return bool(info.genders & wanted)
    return not (wanted == _NEUTER and info.key.startswith("person:"))


def _is_adjective(tok: Token, language: Language) -> bool:
    return bool(language.adjective_endings) and tok.text.isalpha() and tok.text[0].islower() and tok.low.endswith(language.adjective_endings)


_DOCUMENT_KINDS = frozenset(("unknown", "official_document"))  # a paper or a figure, its author named inside an attribute


def _after_attribute(toks: Sequence[Token], lex: GrammarLexicons, language: Language) -> int:
    """Where an article is followed by a prepositional phrase with its adjective or participle before the noun
    ("der für Verkehr zuständige Minister", "die seit Jahren in Berlin lebende Autorin"): the index of the noun
    after that adjective, so that no noun inside the attribute is taken for the head; else 0."""
    if len(toks) < 4 or not (lex.is_(toks[0], "determiner") or lex.is_(toks[0], "quantifier")):
        return 0
    if not (toks[1].text.islower() and lex.is_(toks[1], "preposition")):
        return 0
    for m in range(3, min(len(toks), 10)):
        before = toks[m - 1]
        if toks[m].text[:1].isupper() and _is_adjective(before, language) and not lex.is_(before, "determiner") \
                and not lex.is_(before, "preposition"):  # fmt: skip
            return m
    return 0


def _age_adjective(tok: Token, language: Language) -> bool:
    """A number joined to an adjective by a hyphen: "42-jährige", "63-jähriger"."""
    number, dash, word = tok.text.partition("-")
    return bool(dash) and number.isdigit() and word.isalpha() and word[:1].islower() and word.endswith(language.adjective_endings)


def _spelled_age_joined(toks: Sequence[Token], language: Language) -> Sequence[Token]:
    """``toks`` with an age spelled out in words after the article joined into one word as if hyphenated ("der 54
    Jahre alte Otto": "54 Jahre alte" read as "54-jährige", an age), so that a name or a noun after it is described by
    an age; unchanged otherwise."""
    for k in range(1, len(toks) - 3):
        number, unit, adjective = toks[k : k + 3]
        if number.text.isdigit() and unit.low in language.age_measure_nouns and _is_adjective(adjective, language) \
                and toks[k + 3].text[:1].isupper():  # fmt: skip
            joined = Token(adjective.i, number.start, adjective.end, f"{number.text}-{adjective.text}", f"{number.low} {unit.low} {adjective.low}",
                           adjective.sent, adjective.quote)  # fmt: skip
            return [*toks[:k], joined, *toks[k + 3 :]]
    return toks


def _parenthesised_acronym(toks: Sequence[Token]) -> str | None:
    for k in range(len(toks) - 2):
        if toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text.isupper() and 2 <= len(toks[k + 1].text) <= 8:
            return toks[k + 1].text
    return None


def _head_noun(toks: Sequence[Token], lex: GrammarLexicons) -> Token | None:
    """The last word of the first run of capitalised words after the article ("das Schweizer
    Staatssekretariat" → "Staatssekretariat", "die Initiatoren des Referendums" → "Initiatoren")."""
    head = None
    for tok in toks:
        if lex.is_(tok, "determiner") and head is None:
            continue
        if tok.text[:1].isupper() and tok.text[:1].isalpha():
            head = tok
        elif head is not None:
            break
    return head


def _lower_case_head(toks: Sequence[Token], lex: GrammarLexicons) -> Token | None:
    """Where nouns are written in lower case: the last word before a preposition, a comma or the end ("the
    veteran actress from Ohio" → "actress")."""
    head = None
    for tok in toks[1:]:
        if lex.is_(tok, "preposition") or not tok.text[:1].isalpha():
            break
        head = tok
    return head


def _owner_span(rest: Sequence[Token], language: Language) -> Sequence[Token] | None:
    """The genitive or von-phrase after a statement noun: "des Ministeriums", "von Amnesty", up to a preposition
    that opens another phrase ("über die Regeln")."""
    if not rest:
        return None
    k = 0
    if rest[0].low in language.owner_prepositions:
        k = 1
    elif rest[0].low not in language.genitive_articles and not rest[0].text[0].isupper() and not _is_adjective(rest[0], language):
        return None
    owner = rest[k:]
    lex = language.grammar.lex
    cut = next((j for j in range(1, len(owner)) if owner[j].text.islower() and lex.is_(owner[j], "preposition")), None)
    if cut is not None:
        owner = owner[:cut]  # "von WKÖ-Chef Christoph Leitl über die Regeln für das Arbeitslosengeld": Leitl
    if not language.nouns_capitalised:  # "a spokesman for the health ministry": a lower-case body counts
        return owner if any(t.text[0].isalpha() for t in owner) else None
    return owner if any(t.text[0].isupper() for t in owner) else None


_QUOTE_CHARACTERS = "„“”\"«»‚‘’‹›"
_REGISTRY_NAME_LANGUAGE = "de"  # the language of the registry's ``name`` column (aliases are in every language)


def _display_name(toks: Sequence[Token], text: str, lex) -> str:  # type: ignore[no-untyped-def]
    """The source phrase as it stands in the text, without a leading article or quotation marks around
    it (the title „Nordländer Kurier“ is the name Nordländer Kurier)."""
    k = 0
    while k < len(toks) - 1 and lex.is_(toks[k], "determiner"):
        k += 1
    display = text[toks[k].start : toks[-1].end]
    stripped = display.strip(_QUOTE_CHARACTERS)
    return stripped if stripped and len(display) - len(stripped) == 2 else display


def strength_of(attribution: Attribution, info: SourceInfo | None) -> float:
    """The documented strength of one attribution (see the module doc); one that points back to another
    (a continuation, "Demnach") takes that one's strength in :func:`resolve_sources` instead."""
    if attribution.form == "agentless":
        return STRENGTH["agentless"]
    if attribution.form == "declined":
        return STRENGTH["declined"]
    if attribution.form == "reportative":
        return STRENGTH["reportative"]
    if info is None:
        return STRENGTH["unknown_speaker"] if attribution.form == "direct_quote" else STRENGTH["agentless"]
    if info.kind == "author":
        value = STRENGTH["author"]
    elif info.specificity == "anonymous" or info.kind == "anonymous":
        value = STRENGTH["anonymous"]
    elif not info.named:
        value = STRENGTH["generic"]
    elif attribution.via is not None:
        value = STRENGTH["second_hand"]
    elif info.kind in SECONDARY_KINDS:
        value = STRENGTH["secondary"]
    elif attribution.form == "direct_quote":
        value = STRENGTH["named_direct"]
    else:
        value = STRENGTH["named_indirect"]
    if attribution.stance == "distancing":
        value = max(0.0, value - DISTANCING_PENALTY)
    return value


_FORMER_REACH = 3  # words at the start of a source phrase that may say its role is a former one
# kinds of bodies a former office holder no longer speaks for (experts stay experts, persons persons)
_FORMER_KINDS = frozenset(("government", "parliament", "party", "police", "judiciary", "military", "intelligence", "company", "ngo",
                           "international_org", "independent_media", "state_media", "news_agency"))  # fmt: skip
_ROLE_PIECE_WORDS = 10  # words of a role set off before a name ("The prime minister, Boris Johnson, said")
_MAKER_WORDS = 10  # words of the maker named in an apposition after a document ("conducted by researchers at Yale")
_NEGATION_REACH = 4  # words between a negation and what it negates: "nicht namentlich genannt", "not to be named"
_SOURCE_CLAUSE_WORDS = 15  # words of a relative clause on the source looked at
_TAG_REACH = 6  # words around the source and cue that belong to their tag ("Speaking on condition of anonymity, an aide said")
_KEEP_KIND = frozenset(("author", "unresolved", "impersonal", "anonymous"))


def anonymity_stated(words: Sequence[Token], language: Language) -> bool:
    """Whether ``words`` (a clause on a source, or its span) say it stays unnamed: a word of anonymity
    (:attr:`~scoring.languages.base.Language.anonymity_words`, its adjectives), or one of ``unnamed_words``
    within a few words of a negation or refusal ("asked not to be named", "seinen Namen nicht nennen")."""
    lows = [t.low for t in words]
    if any(low in language.anonymity_words or low in language.anonymity_adjectives for low in lows):
        return True
    return any(
        lows[m] in language.unnamed_words
        for n, low in enumerate(lows) if low in language.name_negators
        for m in range(max(0, n - _NEGATION_REACH), min(len(lows), n + _NEGATION_REACH + 1))
    )  # fmt: skip


def _source_clause(doc: Doc, attribution: Attribution, language: Language) -> list[Token]:
    """The words after the first of the source span and a relative clause right after it, up to the next comma
    ("A resident who asked not to be named", "Ein Beamter, der anonym bleiben wollte,"); none of them inside the
    message (", sagte ein Beamter, die Quelle wolle nicht genannt werden" reports the clause)."""
    first, last = attribution.source or (0, 0)
    words = list(doc.tokens[first + 1 : last])
    sentence = doc.sentences[attribution.sent_id]
    k = last + 1 if last < len(doc.tokens) and doc.tokens[last].text == "," else last
    if k < len(doc.tokens) and doc.tokens[k].start < sentence["end"] and language.is_word(doc.tokens[k].low, "relative_pronoun"):
        for tok in doc.tokens[k : k + _SOURCE_CLAUSE_WORDS]:
            if tok.text == "," or tok.start >= sentence["end"]:
                break
            words.append(tok)
    if attribution.content is None:
        return words
    lo, hi = attribution.content
    if lo <= doc.tokens[first].start < hi:
        return words  # a message that fell back to the sentence holds the source too ("Laut einem Beamten, der …, ist …")
    return [t for t in words if not lo <= t.start < hi]


def _anonymous_by_tag(doc: Doc, attribution: Attribution, language: Language) -> bool:
    """Whether the sentence says that the attribution's source stays unnamed: in a clause on the source (see
    :func:`_source_clause`), or by a word of anonymity in the speech tag (a few words around the source and cue),
    outside the message and quotations ("Speaking on condition of anonymity, an official said …", "sagte ein Beamter unter der Bedingung
    der Anonymität")."""
    if not language.anonymity_words or attribution.source is None or doc.tokens[attribution.source[0]].sent != attribution.sent_id:
        return False  # (a speaker carried over from a sentence before is described there)
    if anonymity_stated(_source_clause(doc, attribution, language), language):
        return True
    lo, hi = attribution.content or (0, 0)
    a, b = doc.sent_tokens[attribution.sent_id]
    first = max(a, min(attribution.source[0], attribution.cue[0]) - _TAG_REACH)
    last = min(b, max(attribution.source[1], attribution.cue[1]) + _TAG_REACH)
    if first >= last or language.anonymity_words.isdisjoint(doc.lows[first:last]):
        return False
    return any(t.low in language.anonymity_words and t.quote < 0 and not lo <= t.start < hi for t in doc.tokens[first:last])


def _inherits(attribution: Attribution) -> bool:
    """Whether an attribution takes its source from the one it points back to: a continuation, or an adverb
    that points back ("Demnach …": its span is the adverb, its source the earlier attribution's)."""
    return attribution.continues is not None and attribution.form in ("continuation", "according_to")


def resolve_sources(doc: Doc, attributions: list[Attribution], reg: Registry, own_outlet: str | None = None) -> list[SourceInfo]:
    """Fill source ids, named, strength into ``attributions``; return the article's sources. ``own_outlet`` is
    the registry id of the article's own outlet: a speaker who told it that outlet ("sagte dem STANDARD" in
    Der Standard, "told Reuters" in a Reuters story) spoke to the reporter, first hand, so it is no via."""
    resolver = SourceResolver(doc, reg)
    # continuations after what they continue (a lead-in sentence continues a statement that follows it)
    order = sorted(range(len(attributions)), key=lambda n: _inherits(attributions[n]))
    for attr_id in order:
        attribution = attributions[attr_id]
        info: SourceInfo | None = None
        if _inherits(attribution):
            previous = attributions[attribution.continues]
            attribution.source_id, attribution.named = previous.source_id, previous.named
            attribution.via_source_id, attribution.source_kind = previous.via_source_id, previous.source_kind
            attribution.strength = previous.strength
            if previous.source_id and previous.source_id in resolver.sources:
                resolver.sources[previous.source_id].mentions += 1
                resolver.sources[previous.source_id].attr_ids.append(attr_id)
                resolver.last_cited = (attribution.sent_id, previous.source_id)
            continue
        if attribution.source is not None:
            if attribution.form == "according_to" and attribution.source == attribution.cue and attribution.speaker is None:
                # an adverb that points back to no earlier source ("Demnach" after "Das Urteil ist gefallen."): it
                # stands for what the sentences before said or published, a source left unresolved like a pronoun
                info, extra = resolver.unresolved(attribution.source, attribution.sent_id), []
            else:
                span = attribution.speaker or attribution.source  # "Ich bin froh, …, meinte der Spanier": the Spaniard
                info, extra = resolver.resolve_span(span, attribution.sent_id, attribution.form == "according_to", attribution.cue)
                if not info.named and info.kind not in _KEEP_KIND and _anonymous_by_tag(doc, attribution, resolver.language):
                    info = resolver.anonymous(info)  # "a resident who asked not to be named": kept unnamed on purpose
                resolver.last_cited = (attribution.sent_id, info.key)
            info.mentions += 1
            info.attr_ids.append(attr_id)
            for other in extra:
                other.mentions += 1
            attribution.source_id, attribution.named, attribution.source_kind = info.key, info.named, info.kind
        if attribution.via is not None:
            via, _ = resolver.resolve_span(attribution.via, attribution.sent_id)
            if own_outlet is not None and via.key == f"reg:{own_outlet}":
                attribution.via = None  # the article's own outlet was told: the reporter's own access

            else:
                via.mentions += 1
                attribution.via_source_id = via.key
        attribution.strength = strength_of(attribution, info)
    _interviewees(doc, attributions, resolver.sources)
    for source in resolver.sources.values():
        source.attr_ids.sort()
    return [s for s in resolver.sources.values() if s.mentions]


def _interviewees(doc: Doc, attributions: list[Attribution], sources: dict[str, SourceInfo]) -> None:
    """A single capitalised word that speaks at least two interview turns ("Hofer: …", "Berger: …") is a
    named person even when the article never gives a first name or a role (it would otherwise stay an
    unknown phrase, like "Budget:"); its attributions take the new kind and strength."""
    turns: Counter[str] = Counter()
    for a in attributions:
        if a.source_id and a.form == "direct_quote" and doc.tokens[a.cue[0]].text == ":":
            turns[a.source_id] += 1
    for key, count in turns.items():
        info = sources.get(key)
        if count < 2 or info is None or info.kind != "unknown" or not key.startswith("np:"):
            continue
        words = info.name.split()
        if len(words) != 1 or not name_word(words[0]):
            continue
        info.kind, info.named = "person", True
        for a in sorted(attributions, key=_inherits):  # continuations after what they continue, as above
            if a.source_id == key:
                a.source_kind, a.named = "person", True
                a.strength = attributions[a.continues].strength if _inherits(a) else strength_of(a, info)
