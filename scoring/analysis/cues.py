"""Cue lexicons compiled for fast matching over tokens.

A cue lexicon (``hedges``, ``boosters``, ``loaded``) lists lemmas and
phrases; :class:`CueMatcher` expands lemmas into their inflected forms once
(the language pack's :meth:`~scoring.languages.base.Language.forms_of`) so that
matching a token is a dictionary lookup.
Phrases are token sequences where ``*`` stands for any one token and ``**``
for up to six ("deuten ** darauf hin").
Hyphenated compounds match their last part when the entry allows it
("Castro-Regimes" → Regime); closed compounds never match unless listed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from scoring.model.doc import Token
from scoring.model.records import CueEntry, CueHit, match_phrase
from scoring.errors import LexiconError
from scoring.languages.lexicon import Lexicon, load_lexicon, load_lexicon_file
from scoring.languages import Language, get_language


def _forms(row: dict[str, str], language: Language) -> set[str]:
    extra = tuple(f.strip().lower() for f in (row.get("forms") or "").split("|") if f.strip())
    return language.forms_of(row["entry"], row.get("pos") or "", extra)


class CueMatcher:
    """Find the entries of one or more cue lexicons in a token sequence."""

    def __init__(self, lang: str, lexicon_names: Sequence[tuple[str, str]], extra_files: Sequence[str] = ()) -> None:
        self.language = language = get_language(lang)
        self.single: dict[str, list[CueEntry]] = {}
        self.phrases: dict[str, list[tuple[tuple[str, ...], CueEntry]]] = {}
        self.hyphen_heads: dict[str, list[CueEntry]] = {}
        lexicons = [(load_lexicon(lang, name), category) for name, category in lexicon_names]
        lexicons += [(lex, dict(lexicon_names)[lex.name]) for lex in extra_cue_lexicons(extra_files, dict(lexicon_names)) if lex.lang == lang]
        for lexicon, category in lexicons:
            for row in lexicon.records():
                entry = CueEntry(
                    entry=row["entry"],
                    category=category,
                    subtype=row.get("subtype") or "user",
                    pos=row.get("pos") or "",
                    weight=float(row.get("weight") or 1.0),
                    suggestion=row.get("suggestion") or None,
                    rule=f"{lexicon.name}:{row['entry']}",
                    compounds=row.get("compounds") or "none",
                    exceptions=frozenset(e.strip().lower() for e in (row.get("except") or "").split("|") if e.strip()),
                )
                for form in _forms(row, language):
                    parts = tuple(form.split())
                    if len(parts) == 1:
                        self.single.setdefault(parts[0], []).append(entry)
                        if entry.compounds == "hyphen":
                            self.hyphen_heads.setdefault(parts[0], []).append(entry)
                    else:
                        self.phrases.setdefault(parts[0], []).append((parts, entry))
        for candidates in self.phrases.values():
            candidates.sort(key=lambda item: -len(item[0]))  # longest phrase first

    def find(self, tokens: Sequence[Token]) -> Iterator[CueHit]:
        """Yield the hits in ``tokens`` (a sentence) in one pass; a phrase wins over the words it covers."""
        n = len(tokens)
        k = 0
        while k < n:
            tok = tokens[k]
            low = tok.low
            phrases = self.phrases.get(low)
            if phrases is not None:
                hit = None
                second = tokens[k + 1].low if k + 1 < n else None
                for parts, entry in phrases:
                    if parts[1] != second and parts[1] not in ("*", "**"):
                        continue  # cheap test before the full match
                    end = match_phrase(tokens, k, parts)
                    if end is not None:
                        hit = CueHit(tok.i, tokens[end - 1].i + 1, entry)
                        break
                if hit is not None:
                    yield hit
                    k = end
                    continue
            if tok.text[0].isalpha():
                entries = self.single.get(low)
                if entries is None and "-" in low:
                    entries = self.hyphen_heads.get(low.rsplit("-", 1)[1])
                if entries:
                    entry = self._accept(entries, tokens, k)
                    if entry is not None:
                        yield CueHit(tok.i, tok.i + 1, entry)
            k += 1

    def _accept(self, entries: list[CueEntry], tokens: Sequence[Token], k: int) -> CueEntry | None:
        tok = tokens[k]
        low = tok.low
        initial = None
        for entry in entries:
            if low in entry.exceptions:
                continue
            if entry.pos == "noun":
                if self.language.nouns_capitalised and entry.entry[0].isupper() and not tok.text[0].isupper():
                    continue  # German nouns are capitalised: "betrug" is a verb form, not "Betrug"
                return entry
            if initial is None:
                initial = _sentence_initial(tokens, k)
            if tok.text[0].isupper() and not initial:
                continue  # a capitalised word mid-sentence is a noun: "das Wohl", not "wohl"
            if entry.pos == "particle" and (initial or tokens[k - 1].text in ",;" or tokens[k - 1].low in self.language.particle_conjunctions):
                continue  # "Doch, …", "…, doch die Regierung …": conjunctions, not particles
            return entry
        return None


def _sentence_initial(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` starts the sentence (after opening quotes, brackets or a colon)."""
    j = k - 1
    while j >= 0 and tokens[j].text in "„“”\"«»‚'(–—-":
        j -= 1
    return j < 0 or tokens[j].text in ":.!?"


@lru_cache(maxsize=None)
def matcher(lang: str, names: tuple[tuple[str, str], ...], extra_files: tuple[str, ...] = ()) -> CueMatcher:
    """A cached matcher for ``lang`` over ``(lexicon, category)`` pairs, plus user lexicon files."""
    return CueMatcher(lang, names, extra_files)


def extra_cue_lexicons(paths: Sequence[str], known: dict[str, str]) -> list[Lexicon]:
    """User lexicon files that add entries to bundled cue lexicons (``# name: loaded`` etc.).

    Same format as the bundled TSV files; only ``entry`` is required, other
    columns default (weight 1, no suggestion). Raises :class:`LexiconError` for
    a file that is malformed or extends a list that is not a cue lexicon.
    """
    lexicons = []
    for path in paths:
        lexicon = load_lexicon_file(path)
        if lexicon.name not in known:
            raise LexiconError(f"{path}: '# name: {lexicon.name}' is not a cue lexicon; use one of {', '.join(sorted(known))}")
        if "entry" not in lexicon.columns:
            raise LexiconError(f"{path}: no 'entry' column")
        lexicons.append(lexicon)
    return lexicons
