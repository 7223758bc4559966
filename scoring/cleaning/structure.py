"""What each block and sentence of an article is: body, heading, caption, question or furniture.

Rules, in order, for each block of the normalised text:

1. After a *tail* marker ("Archiviert unter:", "Schlagworte:", "Über den
   Autor") every block is ``boilerplate``: tag lists and author boxes close a
   news page.
2. A short block that starts with a *line* pattern of the language's
   boilerplate list ("Verwandte Videos:", "Mehr zum Thema", "Anzeige",
   bylines, timestamps) is ``boilerplate``; so is a block of style-sheet
   lines (selectors, "width:100%;", braces) that a scraper left in the text.
3. A short block containing a picture credit ("Foto ©", "Bild:", "©") is
   split there: the part before is a ``caption``, the credit ``boilerplate``.
   A short block with a picture marker such as "(Symbolbild)" is a caption.
4. A Markdown heading, or a short block without final punctuation, is a
   ``heading`` (or a ``question`` if it ends in "?").
5. Everything else is body text, cut into sentences; sentences ending in a
   question mark are ``question``; a whole sentence matching a *sentence*
   pattern (agency tags such as "(APA, 3.5.2016)") is ``boilerplate``.

The title of a plain-text or Markdown article is its first block when that is
a heading. Patterns live in ``lexicons/<lang>/boilerplate.tsv``.

Not detected: furniture in the middle of a paragraph, navigation that reads
like prose, and captions without a credit or picture marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scoring.languages.lexicon import load_lexicon
from scoring.cleaning.normalize import Block
from scoring.cleaning.segment import SentenceSplitter

_FINAL_PUNCT = re.compile(r"[.!?…:;,][\"'“”„»«‘’)\]]*$")
_PICTURE_MARKER = re.compile(r"\((?:[\w-]*(?:bild|foto|photo|image|imagen)|foto|bild|photo|archiv\w*)\)", re.IGNORECASE)
_WORDS = re.compile(r"\w+(?:[-'’.]\w+)*")
# the parts of a style sheet left in scraped text: declarations ("width:100%;"), selectors opening a rule
# (".teaser, .byline-box {", "@media screen and (max-width: 480px) {") and closing braces
_CSS_DECLARATION = re.compile(r"[a-z-]+\s*:\s*[^;{}]{1,80};")
_CSS_SELECTOR = re.compile(r"[\w\s.#:>,()@*=\[\]-]{1,120}\{")
_CSS_CLOSING = re.compile(r"\}\.?")

# Blocks longer than this are prose, whatever their first words say.
_MAX_FURNITURE_WORDS = 15
_MAX_CAPTION_WORDS = 60
_MAX_HEADING_WORDS = 20
_MAX_HEADING_CHARS = 160


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """A sentence found in the text: offsets, kind and the block (paragraph) it belongs to."""

    start: int
    end: int
    kind: str
    para_id: int


@dataclass(frozen=True)
class _Patterns:
    line: re.Pattern[str] | None
    tail: re.Pattern[str] | None
    credit: re.Pattern[str] | None
    sentence: re.Pattern[str] | None


@lru_cache(maxsize=None)
def _patterns(lang: str) -> _Patterns:
    by_scope: dict[str, list[str]] = {"line": [], "tail": [], "credit": [], "sentence": []}
    for row in load_lexicon(lang, "boilerplate").records():
        by_scope[row["scope"]].append(row["pattern"])

    def combine(patterns: list[str]) -> re.Pattern[str] | None:
        if not patterns:
            return None
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    return _Patterns(**{scope: combine(pats) for scope, pats in by_scope.items()})


def count_words(text: str) -> int:
    """Number of words (letter/digit runs, with inner hyphens, apostrophes and periods)."""
    return len(_WORDS.findall(text))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def classify(text: str, blocks: tuple[Block, ...], lang: str) -> list[SentenceSpan]:
    """Cut the blocks of ``text`` into sentences and give each its kind (see the module doc)."""
    patterns = _patterns(lang)
    splitter = SentenceSplitter.for_lang(lang)
    sentences: list[SentenceSpan] = []
    in_tail = False
    for para_id, block in enumerate(blocks):
        start, end = block.start, block.end
        chunk = text[start:end]
        n_words = count_words(chunk)
        short = n_words <= _MAX_FURNITURE_WORDS

        if not in_tail and patterns.tail and short and patterns.tail.match(chunk):
            in_tail = True
        if in_tail or (patterns.line and short and patterns.line.match(chunk)) or _style_sheet(chunk):
            sentences.extend(_split(splitter, text, start, end, "boilerplate", para_id))
            continue

        if n_words <= _MAX_CAPTION_WORDS and block.hint not in ("heading", "paragraph"):
            credit = patterns.credit.search(chunk) if patterns.credit else None
            if credit:
                cap_start, cap_end = _strip_span(text, start, start + credit.start())
                if cap_end > cap_start:
                    sentences.append(SentenceSpan(cap_start, cap_end, "caption", para_id))
                cr_start, cr_end = _strip_span(text, start + credit.start(), end)
                sentences.append(SentenceSpan(cr_start, cr_end, "boilerplate", para_id))
                continue
            if _PICTURE_MARKER.search(chunk) and not _FINAL_PUNCT.search(chunk):
                sentences.append(SentenceSpan(start, end, "caption", para_id))
                continue

        if block.hint == "heading" or _looks_like_heading(chunk, n_words, block, splitter):
            kind = "question" if splitter.is_question(chunk) else "heading"
            sentences.append(SentenceSpan(start, end, kind, para_id))
            continue

        for s, e in splitter.spans(text, start, end):
            sentence = text[s:e]
            if patterns.sentence and patterns.sentence.fullmatch(sentence):
                kind = "boilerplate"
            elif splitter.is_question(sentence):
                kind = "question"
            else:
                kind = "body"
            sentences.append(SentenceSpan(s, e, kind, para_id))
    return sentences


def _style_sheet(chunk: str) -> bool:
    """Whether a block is a piece of a style sheet (nothing but selectors, declarations "width:100%;" and
    closing braces): page code that a scraper left in the text, not prose."""
    rest = _CSS_DECLARATION.sub(" ", chunk)
    if rest == chunk and not chunk.rstrip().endswith(("{", "}", "}.")):
        return False  # no declaration and no rule opened or closed: braces in prose ("die Menge {1, 2, 3} ist …")
    return not _CSS_CLOSING.sub(" ", _CSS_SELECTOR.sub(" ", rest)).strip()


def _looks_like_heading(chunk: str, n_words: int, block: Block, splitter: SentenceSplitter) -> bool:
    """A short, single-sentence block without final punctuation (or a lone question)."""
    if block.hint in ("paragraph", "list_item", "quote", "table"):
        return False
    if n_words == 0 or n_words > _MAX_HEADING_WORDS or len(chunk) > _MAX_HEADING_CHARS:
        return False
    if not chunk.endswith("?") and _FINAL_PUNCT.search(chunk):
        return False
    # FAQ entries and question headlines stand alone; several sentences are a paragraph
    return len(splitter.spans(chunk)) == 1


def _split(splitter: SentenceSplitter, text: str, start: int, end: int, kind: str, para_id: int) -> list[SentenceSpan]:
    return [SentenceSpan(s, e, kind, para_id) for s, e in splitter.spans(text, start, end)]


def title_of(text: str, sentences: list[SentenceSpan]) -> str | None:
    """The article's title: its first sentence, when that is a heading in the first block."""
    if sentences and sentences[0].kind == "heading" and sentences[0].para_id == 0:
        return text[sentences[0].start : sentences[0].end]
    return None
