"""The tokenised article the scorers read: tokens, sentences and quotations with offsets.

Built once per article from the normalised text and its sentence rows;
every scorer works on it, so tokenisation and quote matching happen once.
Offsets are into ``articles.text``.

Quotations are matched per block with a small state machine over the quote
characters German, English and Spanish news use: „…“ „…” “…” ”…” «…» »…«
‚…‘ and straight "…" (paired left to right). Unbalanced marks are left
unmatched rather than guessed, and so are quotations longer than
3,000 characters or nested more than three levels deep (in „„„„…““““ the
innermost pair is left unmatched).

Every step takes time linear in the length of the text, also for text
without punctuation or made of quotation marks (see ``bench/linear_time.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+(?:[-'’.]\w+)*|\w+(?:[-'’.]\w+)*|[^\w\s]")  # "77,7", "1.200-Euro-Job": one token

QUOTE_CHARS = frozenset("„“”«»‚‘\"")
"""The quotation marks quotations are matched over (a token of one of these characters)."""
_OPENING_CHARS = "„‚“»«\"'‘"  # the marks that may open a quotation
_MAX_QUOTE_CHARS = 3000
# Single marks (British ‘…’, headline '…') are also apostrophes ("voters’ choice", "'90s"): one opens only
# before a word and after a space or an opening mark, closes only after a word and before a space or a mark.
_SINGLE_CHARS = frozenset("'’")
_MAX_SINGLE_QUOTE_CHARS = 600
_BEFORE_OPENING = frozenset("([{—–-“\"„:/")
_AFTER_CLOSING = frozenset(".,;:!?)]}—–-”\"…")
_ELISION = re.compile(r"\d\d(?:s)?|em|n|tis|twas|cause|til", re.IGNORECASE)  # "'90s", "rock 'n' roll", "'til"
# News text nests a quotation within a quotation („… ‚…‘ …“), rarely a third level; deeper nesting is
# a run of marks. The cap also bounds the work per token: every token lies inside at most this many
# quotations, so the passes over each quotation's tokens stay linear in the length of the text.
_MAX_QUOTE_DEPTH = 3


@dataclass(slots=True)
class Token:
    """A word or punctuation mark: offsets, text, lower-cased text and where it sits."""

    i: int
    start: int
    end: int
    text: str
    low: str
    sent: int
    quote: int = -1  # innermost quotation the token is inside, or -1

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


@dataclass(slots=True)
class Quote:
    """A matched quotation: ``start``/``end`` include the marks, ``inner_*`` do not."""

    qid: int
    start: int
    end: int
    inner_start: int
    inner_end: int
    parent: int = -1
    tokens: tuple[int, int] = (0, 0)  # token index range of the inner text
    n_words: int = 0


@dataclass
class Doc:
    """An article ready for scoring."""

    article_id: str
    lang: str
    text: str
    sentences: list[dict]  # rows of the sentences table
    tokens: list[Token] = field(default_factory=list)
    sent_tokens: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    lows: list[str] = field(default_factory=list, repr=False)  # tokens[k].low, as a plain list
    _starts: list[int] = field(default_factory=list, repr=False)  # tokens[k].start
    cache: dict = field(default_factory=dict, repr=False)  # per-sentence analyses shared by scorers
    extra_lexicons: tuple[str, ...] = ()  # user cue-lexicon files (hedges, boosters, loaded, evaluative)

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or before ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def sentence_tokens(self, sent_id: int) -> list[Token]:
        a, b = self.sent_tokens[sent_id]
        return self.tokens[a:b]

    def mentions_any(self, tokens: Sequence[Token], lows: frozenset[str]) -> bool:
        """Whether any of ``tokens`` (a run of this doc's tokens) is one of ``lows``, tested over the plain
        list of lower-cased texts (a set operation in C, no Python loop): a rule's quick precondition."""
        if not tokens:
            return False
        first = tokens[0].i
        return not lows.isdisjoint(self.lows[first : first + len(tokens)])

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]


def build_doc(article_id: str, lang: str, text: str, sentences: list[dict], extra_lexicons: tuple[str, ...] = (),
              single_quotes: bool = False) -> Doc:  # fmt: skip
    """Tokenise every sentence and match the quotations of each block; with ``single_quotes`` also those in
    single marks (‘…’, '…': British and headline English; the pack says whether its language writes them).

    Besides the :class:`Token` objects the packs read, the doc keeps the tokens' lower-cased
    texts and starts as plain lists (``lows``, ``_starts``): whole-article passes (the lexicon
    scan, quotation marks) run over those with ``map`` instead of a Python loop.
    """
    doc = Doc(article_id=article_id, lang=lang, text=text, sentences=sentences, extra_lexicons=extra_lexicons)
    tokens = doc.tokens
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two ("İ"): lower each token
        lowered = None
    # The hot loop of the analysis (hundreds of tokens per article): names bound locally. Most of
    # its time is the creation of the Token objects themselves (measured: a findall per sentence
    # with offsets summed in C and the tokens made by map() was 20% slower, sentences being short).
    append, finditer, make = tokens.append, _TOKEN.finditer, Token
    hashtags = "#" in text  # most articles have none: no test per token then
    i = 0
    for row in sentences:
        first = i
        sent = row["sent_id"]
        for m in finditer(text, row["start"], row["end"]):
            start, end = m.span()
            word = m.group()
            if hashtags and start and text[start - 1] == "#" and not word.islower() and not word.isupper():
                for a, b in _camel_case_parts(word):  # "#DictaduraCastrista": the words of a hashtag
                    piece = word[a:b]
                    append(make(i, start + a, start + b, piece, piece.lower(), sent))
                    i += 1
                continue
            append(make(i, start, end, word, lowered[start:end] if lowered is not None else word.lower(), sent))
            i += 1
        doc.sent_tokens.append((first, i))
    doc.lows = list(map(_low, tokens))
    doc._starts = list(map(_start, tokens))
    _match_quotes(doc, single_quotes)
    return doc


_low, _start = attrgetter("low"), attrgetter("start")


def _camel_case_parts(word: str) -> list[tuple[int, int]]:
    """Offsets of the words run together in a hashtag written in camel case ("DictaduraCastrista",
    "MesEuropaVZLA"): a new word starts at a capital after a lower-case letter. One part when there is none."""
    cuts = [j for j in range(1, len(word)) if word[j].isupper() and word[j - 1].islower()]
    bounds = [0, *cuts, len(word)]
    return list(zip(bounds, bounds[1:]))


def names_a_work(
    doc: Doc, quote: Quote, title_nouns: frozenset[str], titles: frozenset[str] | set[str] = frozenset(),
    words: dict[str, frozenset[str]] | None = None,
) -> bool:  # fmt: skip
    """Whether a quotation names a work, medium, organisation or campaign rather than quoting anyone: in
    parentheses (capitalised, and not ending a sentence); after a noun of ``title_nouns`` such as "Zeitung" or "Lied", a
    compound on one or a known title of ``titles``, also with a genitive article (class ``genitive_link`` of
    ``words``) between ("die Ausgabe des Magazins „…“"); after a name in the genitive ("Thomas Manns
    „Zauberberg“"); or capitalised before such a noun ("the "Clean Harbor" campaign")."""
    opening, closing = doc.tokens[quote.tokens[0] - 1], doc.tokens[quote.tokens[1]]
    before = doc.tokens[opening.i - 1] if opening.i > 0 else None
    after = doc.tokens[closing.i + 1] if closing.i + 1 < len(doc.tokens) else None
    first = doc.tokens[opening.i + 1]
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        # "(„Focus online“)"; "(„Wir sind froh.“)" is speech, "(„mutmaßliche“)" a word glossed, not a name
        return first.text[:1].isupper() and doc.tokens[closing.i - 1].text not in ".!?"
    if after is not None and after.sent == closing.sent and (first.text[:1].isupper() or quote.n_words >= 2) and after.low in title_nouns:
        return True  # a name before its noun: the "Clean Harbor" campaign, the "Safe Streets" bill, a "defeat the elite" theme
    if before is not None and before.text == "," and before.i > 0 and before.sent == opening.sent \
            and _title_noun(doc.tokens[before.i - 1].low, title_nouns) \
            and (after is None or after.text in ",.;" or after.sent != closing.sent or doc.tokens[closing.i - 1].text == ","):  # fmt: skip
        return True  # set off after its noun: the new slogan, "Forward together," … (the comma inside the marks)
    if before is not None and before.sent == opening.sent:
        low = before.low
        if first.text[:1].isupper() and before.text[:1].isupper() and low.endswith(("s", "'s", "’s", "'", "’")) and before.i > 0 \
                and doc.tokens[before.i - 1].text[:1].isupper() and doc.tokens[before.i - 1].sent == before.sent:  # fmt: skip
            return True  # after a name in the genitive: "Thomas Manns „Zauberberg“", "Richard Seabrook's "Prospekt"": a work
        if _title_noun(low, title_nouns) or low in titles:
            return True
        # a genitive article between such a noun and the name ("die neue Ausgabe des Magazins „…“")
        link = before.i > 0 and words is not None and "genitive_link" in words.get(before.low, ())
        noun = doc.tokens[before.i - 1] if link else None
        return noun is not None and noun.sent == before.sent and _title_noun(noun.low, title_nouns)
    return False


def _title_noun(low: str, title_nouns: frozenset[str]) -> bool:
    """A noun of ``title_nouns``, or a compound on one, also in the genitive ("IS-Magazins", "Sendung")."""
    for form in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if form and (form in title_nouns or any(form.endswith(n) for n in title_nouns if len(n) > 4)):
            return True
    return False


def token_texts(text: str) -> list[str]:
    """The texts of the tokens :func:`build_doc` makes of ``text`` (for matching lexicon phrases against tokens)."""
    return _TOKEN.findall(text)


def _match_quotes(doc: Doc, single_quotes: bool = False) -> None:
    """Find quotations block by block (a quotation never crosses a paragraph)."""
    candidates = _MARK_CHARS if single_quotes else QUOTE_CHARS
    by_block: dict[int, list[int]] = {}
    for row in doc.sentences:
        by_block.setdefault(row["para_id"], []).append(row["sent_id"])
    pairs: list[tuple[Token, Token]] = []
    for sent_ids in by_block.values():
        first, last = doc.sent_tokens[sent_ids[0]][0], doc.sent_tokens[sent_ids[-1]][1]
        is_mark = map(candidates.__contains__, doc.lows[first:last])  # a mark lower-cases to itself
        marks = [doc.tokens[k] for k in compress(range(first, last), is_mark)]
        if marks and marks[0].i == first and marks[0].text in _PARAGRAPH_OPENERS and last < len(doc.tokens) \
                and doc.tokens[last].text in _PARAGRAPH_OPENERS:  # fmt: skip (the next paragraph opens with a mark)
            running = _running_quotation(doc, marks, first, last)
            if running is not None:
                pairs.append(running)
                marks = marks[1:]
        if len(marks) < 2:
            continue
        roles = {tok.i: _single_role(doc, tok) for tok in marks if tok.text in _SINGLE_CHARS or tok.text == "‘"} if single_quotes else {}
        marks = [tok for tok in marks if tok.text == "‘" or roles.get(tok.i, "") is not None]  # (‘ may close ‚)
        block_start, block_end = doc.tokens[first].start, doc.tokens[last - 1].end
        if doc.text.find("<", block_start, block_end) >= 0:
            marks = _outside_tags(doc.text, block_start, block_end, marks)
        pairs.extend(_pair_marks(marks, roles, {tok.i for tok in marks if tok.text == '"' and _shaped_to_close(doc.text, tok)}))
    if pairs:
        pairs.sort(key=lambda pair: pair[0].start)
        for open_tok, close_tok in _not_too_deep(pairs):
            inner = doc.tokens[open_tok.i + 1 : close_tok.i]
            doc.quotes.append(
                Quote(
                    qid=len(doc.quotes),
                    start=open_tok.start,
                    end=close_tok.end,
                    inner_start=open_tok.end,
                    inner_end=close_tok.start,
                    tokens=(open_tok.i + 1, close_tok.i),
                    n_words=sum(1 for t in inner if t.text[0].isalnum()),
                )
            )
        _assign_token_quotes(doc)


# A quotation that runs over paragraphs opens each of them with a mark and closes only in the last ("“We will … /
# “And we will …,” she said."): a paragraph that opens with a mark never closed in it, followed by a paragraph that
# opens with a mark again, is quoted up to its final punctuation, which stands in for the closing mark.
_PARAGRAPH_OPENERS = frozenset("„“»«\"")
_FINAL_PUNCTUATION = frozenset(".!?…:")


def _running_quotation(doc: Doc, marks: list[Token], first: int, last: int) -> tuple[Token, Token] | None:
    """The opening mark of the paragraph from token ``first`` to ``last`` and its final punctuation, when the mark is
    closed nowhere in the paragraph (:func:`_pair_marks` leaves it open), every other mark in it pairs with another
    (a quotation inside; not a closing mark of another style, '"But we won,” he said', which ends the quotation where
    the styles differ) and three words or more follow it."""
    if doc.tokens[last - 1].text not in _FINAL_PUNCTUATION:
        return None
    # (an opening mark left open stays at the bottom of the pairing stack: the other marks pair as without it)
    paired = {tok.i for pair in _pair_marks(marks) for tok in pair}
    if marks[0].i in paired or any(tok.i not in paired for tok in marks[1:]):
        return None
    if sum(1 for t in doc.tokens[first + 1 : last - 1] if t.text[0].isalnum()) < 3:
        return None
    return marks[0], doc.tokens[last - 1]


# an HTML or XML tag left in plain text ('<a href="…">', '<tweet author="…">'): its quotation marks delimit
# attribute values, not quotations
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>")


def _outside_tags(text: str, start: int, end: int, marks: list[Token]) -> list[Token]:
    """The quotation marks of ``marks`` that stand outside the tags in ``text[start:end]``."""
    tags = [m.span() for m in _TAG.finditer(text, start, end)]
    if not tags:
        return marks
    starts = [a for a, _ in tags]
    kept = []
    for mark in marks:
        j = bisect_right(starts, mark.start) - 1
        if j < 0 or mark.start >= tags[j][1]:
            kept.append(mark)
    return kept


_MARK_CHARS = QUOTE_CHARS | _SINGLE_CHARS


def _single_role(doc: Doc, tok: Token) -> str | None:
    """What a single mark (' ’ ‘) may do where it stands: "open" before a word after a space or an opening mark
    ("said ‘no’", "'We will win,'"), "close" after a word before a space or a closing mark, None for neither (an
    apostrophe: "'90s", "rock 'n' roll")."""
    text = doc.text
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    if tok.text != "’" and (before.isspace() or before in _BEFORE_OPENING) and after.isalnum():
        nxt = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
        return None if nxt is not None and _ELISION.fullmatch(nxt.text) else "open"
    if tok.text != "‘" and not before.isspace() and (after.isspace() or after in _AFTER_CLOSING):
        return "close"
    return None


def _pair_marks(
    marks: list[Token], roles: dict[int, str | None] | None = None, straight_closing: set[int] | None = None
) -> list[tuple[Token, Token]]:
    """Pair quotation marks left to right; returns (opening, closing) mark pairs.

    „ ‚ always open; “ closes an open „ and otherwise opens (English style);
    ” closes an open „, “ or straight " (styles mixed in one quotation: '"We won,” she said');
    » and « close each other and otherwise open;
    ‘ closes an open ‚ and otherwise opens (British style) where ``roles`` lets it; ’ and a straight '
    close an open ‘ or ' and ' otherwise opens, as ``roles`` lets them (see :func:`_single_role`); a
    straight " closes an open ", or else an open “ or „ where it is shaped to close (of ``straight_closing``:
    after a word or mark and before a space, mark or the end: '“We won," she said'), and otherwise opens.
    Quotations longer than ``_MAX_QUOTE_CHARS`` (single marks: ``_MAX_SINGLE_QUOTE_CHARS``) are dropped.

    The innermost open mark of a kind is looked up in ``open_at`` (stack positions per
    mark) rather than by searching the stack: a run of marks that open ("“ “ “ …") would
    otherwise search the whole stack for every mark.
    """
    pairs: list[tuple[Token, Token]] = []
    stack: list[Token] = []
    open_at: dict[str, list[int]] = {ch: [] for ch in _OPENING_CHARS}

    def push(tok: Token) -> None:
        open_at[tok.text].append(len(stack))
        stack.append(tok)

    def close_innermost(openers: str, tok: Token) -> bool:
        k = max((open_at[ch][-1] for ch in openers if open_at[ch]), default=-1)
        if k < 0:
            return False
        limit = _MAX_SINGLE_QUOTE_CHARS if stack[k].text in "'‘" and tok.text in "'’" else _MAX_QUOTE_CHARS
        if tok.end - stack[k].start <= limit:
            pairs.append((stack[k], tok))
        del stack[k:]  # marks opened inside and left open are not quotations
        for positions in open_at.values():
            while positions and positions[-1] >= k:
                positions.pop()
        return True

    for tok in marks:
        ch = tok.text
        if ch in "„‚":
            push(tok)
        elif ch == "“":
            if not close_innermost("„", tok):
                push(tok)
        elif ch == "”":
            close_innermost("„“\"", tok)
        elif ch == "»":
            if not close_innermost("«", tok):
                push(tok)
        elif ch == "«":
            if not close_innermost("»", tok):
                push(tok)
        elif ch == "‘":
            if not close_innermost("‚", tok) and roles is not None and roles.get(tok.i) == "open":
                push(tok)
        elif ch in _SINGLE_CHARS:
            role = roles.get(tok.i) if roles is not None else None
            if role == "close":
                close_innermost("‘'" if ch == "’" else "'", tok)
            elif role == "open":
                push(tok)
        elif ch == '"':
            closes = straight_closing is not None and tok.i in straight_closing
            if not close_innermost('"', tok) and not (closes and close_innermost("„“", tok)):
                push(tok)
    return pairs


def _shaped_to_close(text: str, tok: Token) -> bool:
    """Whether the straight mark ``tok`` stands where a closing mark does: right after a word or punctuation and
    before a space, punctuation or the end."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return not before.isspace() and before not in "([„“" and (after.isspace() or after in ".,;:!?)]")


def _not_too_deep(pairs: list[tuple[Token, Token]]) -> list[tuple[Token, Token]]:
    """The pairs (sorted by start; nested or disjoint, never overlapping) that lie inside
    fewer than ``_MAX_QUOTE_DEPTH`` others."""
    kept: list[tuple[Token, Token]] = []
    enclosing: list[int] = []  # ends of the kept pairs around the current one
    for open_tok, close_tok in pairs:
        while enclosing and enclosing[-1] < close_tok.end:
            enclosing.pop()
        if len(enclosing) < _MAX_QUOTE_DEPTH:
            kept.append((open_tok, close_tok))
            enclosing.append(close_tok.end)
    return kept


def _assign_token_quotes(doc: Doc) -> None:
    # outer quotations first, so inner ones overwrite: each token gets its innermost quotation
    for quote in sorted(doc.quotes, key=lambda q: (q.start, -q.end)):
        a, b = quote.tokens
        for tok in doc.tokens[a:b]:
            if tok.quote >= 0 and doc.quotes[tok.quote].end >= quote.end:
                quote.parent = tok.quote if quote.parent < 0 else quote.parent
            tok.quote = quote.qid
