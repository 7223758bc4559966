"""Compare quellcheck's tables with human annotations: P/R/F1 per capability.

Researchers report validity on their own material; this is the code behind
``quellcheck evaluate`` and behind every figure in METHODS.md, so anyone can
reproduce them with one command.

Gold formats (:func:`read_gold`):

* **span JSONL** (quellcheck's own, also what the teaching mode exports): one
  object per annotation with ``article_id``, ``start``, ``end`` (character
  offsets into the article text, end exclusive) and ``category`` — one of
  ``attribution`` (the reported message; optional ``source_start``/``source_end``,
  ``cue_start``/``cue_end``, ``form``, ``named``), ``hedge``, ``booster``,
  ``loaded``, ``scare_quote``. An optional ``text`` field on any row gives the
  article text; otherwise texts come from ``--input`` or ``--tables``. A row
  ``{"article_id": …, "category": "none"}`` declares an article without
  annotations (so that predictions in it count against precision). Offsets
  are whole numbers; every span must lie within the article text, and rows of
  one article must not give it two different texts.
* **SpkAtt-2023** JSON (tasks 1 and 2; Rehbein et al. 2023, Petersen-Frey &
  Biemann 2024): tokenised sentences and ``Cue``/``Source``/``Message``/``Form``
  as ``"sentence:token"`` ids. The text is rebuilt from the tokens with known
  offsets.
* **brat standoff** (``.ann`` beside ``.txt``, as in PolNeAR, Newell et al.
  2018): ``Source``, ``Cue`` and ``Content`` text-bound annotations tied by an
  ``Attribution`` event; ``Hedge``, ``Booster``, ``Loaded``, ``ScareQuote``
  text-bound annotations are read as those categories.

Matching rules (stated in every report):

* **attribution (message)**: a predicted attribution matches a gold one when
  its content span overlaps the gold message (as the Gender Gap Tracker
  evaluates quotes; Asr et al. 2021); pairs are formed one-to-one: as many as
  the overlaps allow, among those the most pairs whose cues overlap too (the
  prediction is paired with the gold report it describes, not a report nested
  in its message), then the most shared characters. The unit follows the
  gold: rows sharing a cue are one attribution where the gold gives each cue
  one; a run of continuation rows
  in consecutive sentences with one source is always one attribution.
* **attribution (cue)**: the same over cue spans.
* **source overlap / exact**: among matched attributions whose gold has a
  source, the share whose predicted source span overlaps it / equals it
  (ignoring surrounding punctuation and spaces).
* **form**: gold forms mapped to quellcheck's (:data:`FORM_MAP`); accuracy
  among matched attributions, and recall per gold form.
* **hedge, booster, loaded, scare quote**: span overlap, one-to-one.

Not measured: addressees, topics and frames (quellcheck has no such columns),
and nested attributions beyond their own message span.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scoring.errors import FormatError, InputError

Span = tuple[int, int]

SPAN_CATEGORIES = ("hedge", "booster", "loaded", "scare_quote")
CATEGORIES = ("attribution", *SPAN_CATEGORIES)
GOLD_FORMATS = ("auto", "jsonl", "spkatt", "brat")

# Gold form labels (SpkAtt; Brunner's STWR categories) -> the form family they correspond to in quellcheck.
FORM_MAP = {
    "direct": "direct",
    "indirect": "indirect",
    "freeindirect": "free_indirect",
    "indirectfreeindirect": "free_indirect",
    "reported": "reported",
}
# quellcheck's forms -> the same families. Reported speech acts ("X kritisierte Y") are found as
# indirect attributions without a complement clause; agentless and reportative ones have no source.
PREDICTED_FORM_FAMILY = {
    "direct_quote": "direct",
    "indirect": "indirect",
    "according_to": "indirect",
    "continuation": "free_indirect",
    "reported": "reported",
    "agentless": "indirect",
    "reportative": "indirect",
}
MATCHING_RULES = {
    "attribution": "a predicted attribution matches a gold one when its content span overlaps the gold message; one-to-one, as many pairs as the overlaps allow, among them the most pairs whose cues overlap too, then the most shared characters",
    "attribution_cue": "a predicted cue matches a gold cue when the spans overlap; one-to-one",
    "unit": "where the gold gives each cue one attribution whose message may come in pieces (fewer than 1% of its "
    "annotations share a cue, as in PolNeAR), predicted rows that share a cue are one attribution with their content "
    "spans as its pieces, and a quotation without a tag of its own right after another of the same speaker goes on "
    "with that attribution (it has no cue but the first's); otherwise (SpkAtt: about 8% share a cue) each row is "
    "compared on its own; continuation rows of consecutive sentences with the same source span (one speaker's report "
    "going on in Konjunktiv I) are one attribution in pieces, as annotations give reported speech over several "
    "sentences one message",
    "source": "among matched attributions with a gold source: the predicted source span overlaps (exact: equals, ignoring punctuation) the gold source",
    "form": "gold forms mapped to quellcheck's: Direct→direct_quote, Indirect→indirect/according_to, (Indirect)FreeIndirect→continuation, Reported→reported speech act",
    "spans": "a predicted cue matches a gold span of the same category when they overlap; one-to-one",
}
_TRIM = " \t\n\"'„“”«»‚‘’.,;:!?()[]–—-"


# --- gold -----------------------------------------------------------------------------------------


@dataclass
class GoldAttribution:
    """One annotated attribution: character spans (possibly several pieces each)."""

    message: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    form: str | None = None
    named: bool | None = None


@dataclass
class GoldArticle:
    """The annotations of one article; ``text`` is None when the gold file does not carry it."""

    article_id: str
    text: str | None
    attributions: list[GoldAttribution] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    categories: set[str] = field(default_factory=set)  # what this gold annotates at all


def split_of(article_id: str) -> str:
    """``develop`` or ``measure``: a fixed half of any data set, by a hash of the article id.

    Rules are developed looking at the ``develop`` half only; the ``measure``
    half is only measured on.
    """
    digest = hashlib.sha256(f"quellcheck-split:{article_id}".encode("utf-8", "surrogatepass")).digest()
    return "develop" if digest[0] % 2 == 0 else "measure"


def read_gold(paths: Iterable[str | Path], gold_format: str = "auto") -> list[GoldArticle]:
    """Every gold article in ``paths`` (files or directories), in a stable order."""
    articles: list[GoldArticle] = []
    for raw in paths:
        path = Path(raw)
        fmt = gold_format if gold_format != "auto" else _sniff(path)
        if fmt == "spkatt":
            files = sorted(path.rglob("*.json")) if path.is_dir() else [path]
            articles.extend(read_spkatt(f) for f in files)
        elif fmt == "brat":
            files = sorted(path.rglob("*.ann")) if path.is_dir() else [path]
            articles.extend(read_brat(f) for f in files)
        elif fmt == "jsonl":
            articles.extend(read_span_jsonl(path))
        else:
            raise FormatError(f"{path}: unknown gold format {fmt!r}; use one of {', '.join(GOLD_FORMATS[1:])}")
    return articles


def _sniff(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        if next(path.rglob("*.ann"), None) is not None:
            return "brat"
        if next(path.rglob("*.json"), None) is not None:
            return "spkatt"
        raise FormatError(f"{path}: no .ann (brat) or .json (SpkAtt) files in this directory")
    suffix = path.suffix.lower()
    if suffix == ".ann":
        return "brat"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "spkatt"
    raise FormatError(f"{path}: cannot tell the gold format from {suffix or 'no suffix'!r}; pass --gold-format")


# SpkAtt tokens are rebuilt into running text; these never take a space on that side.
_NO_SPACE_BEFORE = frozenset(".,;:!?)]“…%")
_NO_SPACE_AFTER = frozenset("([„")


def rebuild_tokens(sentences: Sequence[dict[str, Any]]) -> tuple[str, dict[tuple[int, int], Span]]:
    """Running text of tokenised sentences and the character span of every (sentence, token)."""
    parts: list[str] = []
    spans: dict[tuple[int, int], Span] = {}
    pos = 0
    for sentence in sentences:
        for t, token in enumerate(sentence["Tokens"]):
            if parts and not (token in _NO_SPACE_BEFORE or parts[-1] in _NO_SPACE_AFTER):
                parts.append(" ")
                pos += 1
            spans[(int(sentence["SentenceId"]), t)] = (pos, pos + len(token))
            parts.append(token)
            pos += len(token)
    return "".join(parts), spans


def _token_spans(refs: Any, spans: dict[tuple[int, int], Span], where: str) -> list[Span]:
    """Character spans of ``"s:t"`` token ids, adjacent tokens merged."""
    if not isinstance(refs, list):
        raise FormatError(f"{where}: expected a list of \"sentence:token\" ids, not {refs!r}")
    chars: list[Span] = []
    for ref in refs:
        if not isinstance(ref, str):
            raise FormatError(f"{where}: token id {ref!r} is not a \"sentence:token\" string")
        try:
            s, t = (int(x) for x in ref.split(":"))
            chars.append(spans[(s, t)])
        except (ValueError, KeyError):
            raise FormatError(f"{where}: token id {ref!r} is not in the document") from None
    return _merge(chars, gap=1)


def _merge(spans: Iterable[Span], gap: int = 0) -> list[Span]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + gap:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def read_spkatt(path: Path) -> GoldArticle:
    """One SpkAtt-2023 JSON file (task 1 or task 2)."""
    try:
        # ValueError: JSONDecodeError, and an integer of more digits than Python converts
        data = json.loads(path.read_text(encoding="utf-8"))
        sentences = data["Sentences"]
        annotations = data["Annotations"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise FormatError(f"{path}: not a SpkAtt JSON file ({exc})") from None
    _check_spkatt(sentences, annotations, path)
    text, spans = rebuild_tokens(sentences)
    article = GoldArticle(path.stem, text, categories={"attribution"})
    for n, a in enumerate(annotations):
        where = f"{path}[annotation {n}]"
        message = _token_spans(a.get("Message") or [], spans, where)
        cue = _token_spans(a.get("Cue") or [], spans, where)
        if not message and not cue:
            continue
        article.attributions.append(
            GoldAttribution(
                message=message or cue, cue=cue, source=_token_spans(a.get("Source") or [], spans, where),
                form=str(a["Form"]) if a.get("Form") else None,
            )
        )  # fmt: skip
    return article


def _check_spkatt(sentences: Any, annotations: Any, path: Path) -> None:
    """FormatError unless the sentences are objects with an integer ``SentenceId`` and a list of string
    ``Tokens``, and the annotations are objects."""
    if not isinstance(sentences, list) or not isinstance(annotations, list):
        raise FormatError(f"{path}: Sentences and Annotations must be lists")
    for n, sentence in enumerate(sentences):
        where = f"{path}[sentence {n}]"
        if not isinstance(sentence, dict):
            raise FormatError(f"{where}: expected an object with SentenceId and Tokens, not {sentence!r:.60}")
        sentence_id = sentence.get("SentenceId")
        if isinstance(sentence_id, bool) or not isinstance(sentence_id, int | str) or not str(sentence_id).isdecimal():
            raise FormatError(f"{where}: SentenceId must be a non-negative integer, not {sentence_id!r:.60}")
        tokens = sentence.get("Tokens")
        if not isinstance(tokens, list) or not all(isinstance(token, str) for token in tokens):
            raise FormatError(f"{where}: Tokens must be a list of strings, not {tokens!r:.60}")
    for n, annotation in enumerate(annotations):
        if not isinstance(annotation, dict):
            raise FormatError(f"{path}[annotation {n}]: expected an object with Cue, Message, Source, not {annotation!r:.60}")


_BRAT_CATEGORIES = {"hedge": "hedge", "booster": "booster", "loaded": "loaded", "scarequote": "scare_quote", "scare_quote": "scare_quote"}


def read_brat(ann: Path) -> GoldArticle:
    """One brat ``.ann`` file with its ``.txt`` (beside it, or in a sibling ``text/`` folder as in PolNeAR)."""
    text = _brat_text(ann)
    entities: dict[str, tuple[str, list[Span]]] = {}
    events: list[dict[str, str]] = []
    try:
        # split at line feeds only: an annotation's text may hold other line separators (U+2028, form feed)
        lines = ann.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormatError(f"{ann}: cannot read ({exc})") from None
    for lineno, line in enumerate(lines, start=1):
        line = line.rstrip("\r")
        if not _BRAT_ID.match(line):
            continue  # a comment, or the rest of an annotation whose text ran over a line break
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                raise FormatError(f"{ann}:{lineno}: malformed text-bound annotation")
            kind, _, offsets = parts[1].partition(" ")
            try:
                pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
                entities[parts[0]] = (kind, [(a, b) for a, b in pieces])
            except ValueError:
                raise FormatError(f"{ann}:{lineno}: bad offsets {offsets!r}") from None
        elif line.startswith("E"):
            parts = line.split("\t")
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg) if len(parts) > 1 else {}
            events.append(roles)
    article = GoldArticle(ann.stem, text)
    for roles in events:
        trigger = next((r for r in roles if r.lower().startswith("attribution")), None)
        if trigger is None:
            continue
        article.categories.add("attribution")

        def spans_of(*names: str) -> list[Span]:
            out: list[Span] = []
            for name in names:
                entity = entities.get(roles.get(name, ""))
                if entity is not None:
                    out.extend(entity[1])
            return _merge(out)

        message = spans_of("Content", "Content2")
        cue = spans_of("Cue")
        if message or cue:
            article.attributions.append(GoldAttribution(message=message or cue, cue=cue, source=spans_of("Source")))
    for kind, pieces in entities.values():
        category = _BRAT_CATEGORIES.get(kind.lower())
        if category is not None:
            article.categories.add(category)
            article.spans.setdefault(category, []).extend(pieces)
    return article


_BRAT_ID = re.compile(r"[TERAMN*]\d*\t")  # the id that opens a line of a brat annotation


def _brat_text(ann: Path) -> str:
    for candidate in (ann.with_suffix(".txt"), ann.parent.parent / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")):
        if candidate.is_file():
            try:
                return candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise FormatError(f"{candidate}: cannot read the text of {ann.name} ({exc})") from None
    raise InputError(f"{ann}: no text beside it ({ann.with_suffix('.txt').name}) or in ../text/")


def read_span_jsonl(path: Path) -> Iterator[GoldArticle]:
    """quellcheck's span JSONL (see the module doc)."""
    by_id: dict[str, GoldArticle] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            row = json.loads(line)
            article_id = str(row["article_id"])
            category = str(row["category"])
        except (ValueError, KeyError, TypeError, RecursionError) as exc:  # ValueError: also an over-long integer
            raise FormatError(f"{where}: expected an object with article_id and category ({exc})") from None
        article = by_id.setdefault(article_id, GoldArticle(article_id, None))
        if row.get("text") is not None:
            text = str(row["text"])
            if article.text is not None and article.text != text:
                raise FormatError(f"{where}: article {article_id!r} has a different text in an earlier row")
            article.text = text
        if category == "none":
            continue
        if category not in CATEGORIES:
            raise FormatError(f"{where}: unknown category {category!r} (known: {', '.join(CATEGORIES)}, none)")
        start, end = _offsets(row, "start", "end", where)
        article.categories.add(category)
        if category == "attribution":
            source = _optional_span(row, "source", where)
            cue = _optional_span(row, "cue", where)
            article.attributions.append(
                GoldAttribution(message=[(start, end)], cue=[cue] if cue else [], source=[source] if source else [],
                                form=row.get("form"), named=row.get("named"))
            )  # fmt: skip
        else:
            article.spans.setdefault(category, []).append((start, end))
    yield from by_id.values()


def _offsets(row: dict[str, Any], a: str, b: str, where: str) -> Span:
    start, end = _whole_number(row.get(a)), _whole_number(row.get(b))
    if start is None or end is None:
        raise FormatError(f"{where}: {a} and {b} must be integers, not {row.get(a)!r:.30} and {row.get(b)!r:.30}")
    if not 0 <= start < end:
        raise FormatError(f"{where}: bad span {start}..{end}")
    return start, end


def _whole_number(value: Any) -> int | None:
    """``value`` as an int when JSON gave a whole number (``3`` or ``3.0``); None for ``1.5``, ``true``,
    ``"3"`` or a missing value (a bool is an int in Python, but ``true`` is no offset)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _optional_span(row: dict[str, Any], prefix: str, where: str) -> Span | None:
    if row.get(f"{prefix}_start") is None:
        return None
    return _offsets(row, f"{prefix}_start", f"{prefix}_end", where)


# --- matching -------------------------------------------------------------------------------------


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters shared by two sets of spans."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match_pairs(
    predicted: Sequence[Sequence[Span]],
    gold: Sequence[Sequence[Span]],
    same_event: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index) of overlapping spans: as many pairs as the overlaps
    allow (a maximum matching); among those, the one with the most pairs that ``same_event`` says describe
    one event (for attributions: the cues overlap), then the one that shares the most characters. A
    prediction that overlaps two gold spans takes the one no other prediction can take ("Sie sei „geschockt“
    …, sagte sie": the quotation's row the quoted words, the report's row the report); a report whose
    message runs over a gold report nested at its end ("X said he backs the bill, which is meant to help
    Y") is paired with the gold report of its own cue, so its source is compared with that report's."""
    weights: dict[tuple[int, int], int] = {}
    for i, p in enumerate(predicted):
        if not p:
            continue
        for j, g in enumerate(gold):
            shared = overlap(p, g)
            if shared > 0:
                weights[(i, j)] = shared
    if not weights:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    rows = sorted({i for i, _ in weights})
    cols = sorted({j for _, j in weights})
    same = {pair for pair in weights if same_event is not None and same_event(*pair)}
    event_bonus = sum(weights.values()) + 1  # one more pair of one event outweighs any amount of shared characters
    pair_bonus = event_bonus * (len(same) + 1)  # and one more pair outweighs both
    gain = np.zeros((len(rows), len(cols)))
    for (i, j), shared in weights.items():
        gain[rows.index(i), cols.index(j)] = pair_bonus + shared + (event_bonus if (i, j) in same else 0)
    r, c = linear_sum_assignment(gain, maximize=True)
    return sorted((rows[a], cols[b]) for a, b in zip(r, c) if gain[a, b] > 0)


def _same_span(text: str, a: Span, b: Sequence[Span]) -> bool:
    if not b:
        return False
    start, end = min(s for s, _ in b), max(e for _, e in b)
    return text[a[0] : a[1]].strip(_TRIM) == text[start:end].strip(_TRIM)


@dataclass
class Tally:
    """Counts for one capability; P/R/F1 follow."""

    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched_gold += other.matched_gold
        self.matched_predicted += other.matched_predicted

    def figures(self) -> dict[str, Any]:
        p = self.matched_predicted / self.predicted if self.predicted else None
        r = self.matched_gold / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched_gold,
                "precision": _round(p), "recall": _round(r), "f1": _round(f)}  # fmt: skip


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@dataclass
class Evaluation:
    """The figures of one evaluation run (see :meth:`to_json`)."""

    articles: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    source_total: int = 0
    source_overlap: int = 0
    source_exact: int = 0
    form_total: int = 0
    form_agree: int = 0
    form_gold: Counter[str] = field(default_factory=Counter)
    form_recalled: Counter[str] = field(default_factory=Counter)
    predicted_forms: Counter[str] = field(default_factory=Counter)
    predicted_forms_matched: Counter[str] = field(default_factory=Counter)
    named_total: int = 0
    named_agree: int = 0
    split: str = "all"
    one_attribution_per_cue: bool = False
    errors: list[dict[str, Any]] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": self.articles, "split": self.split}
        out["capabilities"] = {name: tally.figures() for name, tally in self.tallies.items()}
        out["source"] = {
            "matched_with_gold_source": self.source_total,
            "overlap": _round(self.source_overlap / self.source_total) if self.source_total else None,
            "exact": _round(self.source_exact / self.source_total) if self.source_total else None,
        }
        out["form"] = {
            "accuracy": _round(self.form_agree / self.form_total) if self.form_total else None,
            "recall_by_gold_form": {
                form: {"gold": n, "recall": _round(self.form_recalled[form] / n)} for form, n in sorted(self.form_gold.items())
            },
            "precision_by_predicted_form": {
                form: {"predicted": n, "precision": _round(self.predicted_forms_matched[form] / n)}
                for form, n in sorted(self.predicted_forms.items())
            },
        }
        if self.named_total:
            out["named"] = {"compared": self.named_total, "accuracy": _round(self.named_agree / self.named_total)}
        out["one_attribution_per_cue"] = self.one_attribution_per_cue
        out["matching_rules"] = MATCHING_RULES
        return out

    def table(self) -> str:
        """A plain-text table of the figures and the matching rules."""
        data = self.to_json()
        lines = [f"{'capability':<18}{'gold':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
        for name, fig in data["capabilities"].items():
            cells = [_cell(fig[k]) for k in ("precision", "recall", "f1")]
            lines.append(f"{name:<18}{fig['gold']:>7}{fig['predicted']:>7}{fig['matched']:>7}{cells[0]:>8}{cells[1]:>8}{cells[2]:>8}")
        src = data["source"]
        if src["matched_with_gold_source"]:
            lines.append(f"source span on {src['matched_with_gold_source']} matched attributions: overlap {_cell(src['overlap'])}, exact {_cell(src['exact'])}")
        form = data["form"]
        if form["accuracy"] is not None:
            by_form = ", ".join(f"{f} {_cell(v['recall'])} of {v['gold']}" for f, v in form["recall_by_gold_form"].items())
            lines.append(f"form accuracy {_cell(form['accuracy'])}; message recall by gold form: {by_form}")
        if "named" in data:
            lines.append(f"named/anonymous source: accuracy {_cell(data['named']['accuracy'])} on {data['named']['compared']}")
        unit = "predicted rows sharing a cue are one attribution" if self.one_attribution_per_cue else "each predicted row is one attribution"
        unit += " (a run of continuation rows of one source counts once"
        unit += "; so does a speaker's run of quotations without tags of their own)" if self.one_attribution_per_cue else ")"
        lines.append(f"{self.articles} articles (split: {self.split}); {unit}, as in the gold")
        lines.append("matching: " + "; ".join(f"{k}: {v}" for k, v in MATCHING_RULES.items()))
        return "\n".join(lines) + "\n"


def _cell(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def evaluate_article(gold: GoldArticle, text: str, attributions: Sequence[dict[str, Any]], cues: Sequence[dict[str, Any]],
                     result: Evaluation, voice: str | None = None, keep_errors: int = 0) -> None:  # fmt: skip
    """Add one article's comparison to ``result``. ``attributions``/``cues`` are rows of those tables."""
    result.articles += 1
    if "attribution" in gold.categories:
        _attributions(gold, text, attributions, result, keep_errors)
    for category in SPAN_CATEGORIES:
        if category not in gold.categories:
            continue
        rows = [c for c in cues if c["category"] == category and (voice is None or c["voice"] == voice)]
        predicted = [[(int(c["start"]), int(c["end"]))] for c in rows]
        wanted = [[span] for span in gold.spans.get(category, [])]
        pairs = match_pairs(predicted, wanted)
        tally = result.tally(category)
        tally.add(Tally(len(wanted), len(predicted), len(pairs), len(pairs)))
        if keep_errors and len(result.errors) < keep_errors:
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            for i, row in enumerate(rows):
                if i not in matched_p:
                    result.errors.append({"article_id": gold.article_id, "category": category, "kind": "extra", "text": row["text"]})
            for j, (span,) in enumerate(wanted):
                if j not in matched_g:
                    result.errors.append({"article_id": gold.article_id, "category": category, "kind": "missed", "text": text[span[0]:span[1]]})


def gold_has_one_attribution_per_cue(gold: Sequence[GoldArticle]) -> bool:
    """Whether the annotation gives each cue one attribution (fewer than 1% of its attributions share
    their cue with another): then a message in several pieces is one attribution (PolNeAR), not one per
    piece (SpkAtt, where about 8% share a cue)."""
    total = shared = 0
    for article in gold:
        cues = Counter(tuple(a.cue) for a in article.attributions if a.cue)
        total += sum(cues.values())
        shared += sum(n - 1 for n in cues.values() if n > 1)
    return total > 0 and shared < 0.01 * total


def _one_per_cue(rows: Sequence[dict[str, Any]], merge: bool, text: str = "") -> list[tuple[dict[str, Any], list[Span]]]:
    """With ``merge``, rows that share a cue are one attribution whose message comes in pieces (a
    quotation split by its speaker: "“A,” she said, “B.”"): the first row with the content spans of all
    of them, in text order. Without, every row with its own content span."""
    grouped: dict[Any, tuple[dict[str, Any], list[Span]]] = {}
    for n, row in enumerate(rows):
        key = (int(row["cue_start"]), int(row["cue_end"])) if merge and row.get("cue_start") is not None else ("row", n)
        pieces = [(int(row["content_start"]), int(row["content_end"]))] if row.get("content_start") is not None else []
        if key in grouped:
            first, first_pieces = grouped[key]
            first_pieces.extend(pieces)
            # the group reaches to its last row's sentence: a tagless quotation after that one goes on with it
            grouped[key] = ({**first, "_last_sent": max(int(first.get("_last_sent", first["sent_id"])), int(row["sent_id"]))}, first_pieces)
        else:
            grouped[key] = (row, pieces)
    return _continued_runs([(row, sorted(pieces)) for row, pieces in grouped.values()], merge, text)


def _continued_runs(groups: list[tuple[dict[str, Any], list[Span]]], merge: bool = False, text: str = "") -> list[tuple[dict[str, Any], list[Span]]]:
    """A run of continuation rows in consecutive sentences with the same source span (Konjunktiv-I
    sentences that go on with one speaker's report) is one attribution whose message comes in pieces, as
    annotations give reported speech over several sentences one message; the report that opens the run
    stays its own attribution. With ``merge`` (an annotation with one attribution per cue), a quotation
    without a tag of its own right after another of the same speaker ("“…,” she said. “…”") has no cue of its
    own but the first one's: it goes on with that attribution too."""
    out: list[tuple[dict[str, Any], list[Span]]] = []
    for row, pieces in groups:
        if out and pieces and (row.get("form") == "continuation" or merge and _tagless_quotation(row)):
            n = _continued_row(out, row) if merge and _tagless_quotation(row) else len(out) - 1
            last, last_pieces = out[n]
            last_sent = int(last.get("_last_sent", last["sent_id"]))
            if last.get("form") == row.get("form") and last_pieces and _same_source(last, row) and last.get("source_text") \
                    and (int(row["sent_id"]) in (last_sent, last_sent + 1) or _right_after(text, last_pieces[-1], pieces[0])):  # fmt: skip
                out[n] = (last if n < len(out) - 1 else row, sorted(last_pieces + pieces))
                continue
        out.append((row, pieces))
    return out


def _right_after(text: str, before: Span, after: Span) -> bool:
    """Whether the message piece ``after`` follows ``before`` with nothing but spaces and quotation marks between
    (a quotation of several sentences, then the next paragraph's quotation of the same speaker)."""
    return bool(text) and before[1] <= after[0] and not any(c.isalnum() for c in text[before[1] : after[0]])


def _continued_row(out: list[tuple[dict[str, Any], list[Span]]], row: dict[str, Any]) -> int:
    """The row a quotation without a tag goes on with: the last one, or the speaker's last quotation before it
    when only other reports of the same speaker stand between (“…,” she said, referring to the plan. “…”)."""
    n = len(out) - 1
    while n > 0 and out[n][0].get("form") != "direct_quote" and _same_source(out[n][0], row) \
            and int(out[n][0]["sent_id"]) >= int(row["sent_id"]) - 1:  # fmt: skip
        n -= 1
    return n


_QUOTE_CUES = frozenset("„“”«»‚‘’\"'")


def _tagless_quotation(row: dict[str, Any]) -> bool:
    """A quotation whose cue is its own mark: no speech tag of its own, the words of the speaker quoted before."""
    return row.get("form") == "direct_quote" and (row.get("cue") or "") in _QUOTE_CUES


def _same_source(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a.get("source_start"), a.get("source_text")) == (b.get("source_start"), b.get("source_text"))


def _attributions(gold: GoldArticle, text: str, all_rows: Sequence[dict[str, Any]], result: Evaluation, keep_errors: int) -> None:
    merged = _one_per_cue(all_rows, result.one_attribution_per_cue, text)
    rows = [row for row, _ in merged]
    predicted = [pieces for _, pieces in merged]
    wanted = [g.message for g in gold.attributions]
    cue_pred = [[(int(r["cue_start"]), int(r["cue_end"]))] if r.get("cue_start") is not None else [] for r in rows]
    pairs = match_pairs(predicted, wanted, lambda i, j: overlap(cue_pred[i], gold.attributions[j].cue) > 0)
    result.tally("attribution").add(Tally(len(wanted), sum(1 for p in predicted if p), len(pairs), len(pairs)))
    cue_gold = [g.cue for g in gold.attributions if g.cue]
    cue_pairs = match_pairs(cue_pred, cue_gold)
    result.tally("attribution_cue").add(Tally(len(cue_gold), sum(1 for c in cue_pred if c), len(cue_pairs), len(cue_pairs)))
    matched_p = {i for i, _ in pairs}
    for i, row in enumerate(rows):
        if not predicted[i]:
            continue  # a refusal ("declined to comment") reports no message: no attribution to match
        family = PREDICTED_FORM_FAMILY.get(str(row["form"]), str(row["form"]))
        result.predicted_forms[family] += 1
        if i in matched_p:
            result.predicted_forms_matched[family] += 1
    matched_g = {j: i for i, j in pairs}
    for j, g in enumerate(gold.attributions):
        family = FORM_MAP.get((g.form or "").lower().replace("-", "").replace("_", "")) if g.form else None
        if family:
            result.form_gold[family] += 1
            if j in matched_g:
                result.form_recalled[family] += 1
        if j not in matched_g:
            if keep_errors and len(result.errors) < keep_errors:
                a, b = g.message[0]
                cue = " ".join(text[c:d] for c, d in g.cue) if g.cue else None
                result.errors.append({"article_id": gold.article_id, "category": "attribution", "kind": "missed",
                                      "form": g.form, "cue": cue, "text": text[a:b][:200], "start": a, "end": b,
                                      "cue_start": g.cue[0][0] if g.cue else None})  # fmt: skip
            continue
        row = rows[matched_g[j]]
        if family:
            result.form_total += 1
            if PREDICTED_FORM_FAMILY.get(str(row["form"])) == family:
                result.form_agree += 1
        if g.source:
            result.source_total += 1
            start = row.get("source_start")
            if start is not None:
                span = (int(start), int(row["source_end"]))
                if overlap([span], g.source):
                    result.source_overlap += 1
                elif keep_errors and len(result.errors) < keep_errors:
                    result.errors.append({"article_id": gold.article_id, "category": "source", "kind": "wrong",
                                          "text": " ".join(text[a:b] for a, b in g.source), "start": g.source[0][0],
                                          "end": g.source[-1][1], "predicted": text[span[0] : span[1]],
                                          "predicted_start": span[0], "form": g.form, "predicted_form": row["form"],
                                          "cue": " ".join(text[c:d] for c, d in g.cue) if g.cue else None})  # fmt: skip
                if _same_span(text, span, g.source):
                    result.source_exact += 1
            elif keep_errors and len(result.errors) < keep_errors:
                result.errors.append({"article_id": gold.article_id, "category": "source", "kind": "missed",
                                      "text": " ".join(text[a:b] for a, b in g.source), "start": g.source[0][0],
                                      "end": g.source[-1][1], "form": g.form, "predicted_form": row["form"],
                                      "cue": " ".join(text[c:d] for c, d in g.cue) if g.cue else None})  # fmt: skip
        if g.named is not None:
            result.named_total += 1
            result.named_agree += int(bool(row.get("named")) == bool(g.named))
    if keep_errors:
        for i, row in enumerate(rows):
            if i not in matched_p and predicted[i] and len(result.errors) < keep_errors:
                result.errors.append({"article_id": gold.article_id, "category": "attribution", "kind": "extra",
                                      "form": row["form"], "cue": row.get("cue"),
                                      "text": text[predicted[i][0][0] : predicted[i][0][1]][:200],
                                      "start": predicted[i][0][0], "end": predicted[i][0][1],
                                      "cue_start": None if row.get("cue_start") is None else int(row["cue_start"])})  # fmt: skip


# --- running an evaluation ------------------------------------------------------------------------


def _to_input_offsets(rows: Sequence[dict[str, Any]], analysis: Any, keys: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    """Rows with spans moved from the normalised text back to offsets of the analysed input."""
    norm = analysis.normalized
    if norm is None or norm.offsets is None:
        return list(rows)
    out = []
    for row in rows:
        row = dict(row)
        for a, b in keys:
            if row.get(a) is not None and row.get(b) is not None and row[b] > row[a]:
                row[a], row[b] = norm.source_offset(row[a]), norm.source_offset(row[b] - 1) + 1
        out.append(row)
    return out


def evaluate(
    gold: Sequence[GoldArticle],
    lang: str = "auto",
    split: str = "all",
    voice: str | None = None,
    texts: dict[str, str] | None = None,
    tables: dict[str, Any] | None = None,
    keep_errors: int = 0,
    progress: Any = None,
) -> Evaluation:
    """Compare quellcheck with ``gold``.

    Each gold article's text (from the gold file, else from ``texts`` by
    article id) is analysed, unless ``tables`` (frames of a saved run: the
    ``articles``, ``attributions`` and ``cues`` tables) already hold the
    article, in which case its rows are used as they are (their text must
    equal the gold text). ``split`` keeps the ``develop`` or ``measure`` half
    (:func:`split_of`), or ``all``. Raises :class:`InputError` for a gold
    article whose text is nowhere to be found.
    """
    from scoring.pipeline import AnalysisOptions, analyze_input
    from scoring.reading.readers import ArticleInput

    result = Evaluation(split=split, one_attribution_per_cue=gold_has_one_attribution_per_cue(gold))
    options = AnalysisOptions(lang=lang, verify_lang=False)
    saved = _rows_by_article(tables) if tables is not None else None
    seen: set[str] = set()
    for article in gold:
        key = _article_key(article.article_id)
        if key in seen:
            continue  # a second annotator of the same article: the first one's annotations count
        seen.add(key)
        if split != "all" and split_of(key) != split:
            continue
        if saved is not None and article.article_id in saved:
            text, attributions, cues = saved[article.article_id]
            if article.text is not None and article.text != text:
                raise InputError(f"{article.article_id}: the text in the tables differs from the gold text; analyse the gold texts instead")
        else:
            text = article.text if article.text is not None else (texts or {}).get(article.article_id)
            if text is None:
                raise InputError(f"{article.article_id}: the gold file has no text for this article; give the texts with --input or --tables")
            analysis = analyze_input(
                ArticleInput(name=article.article_id, content=text, markup="txt", input_format="txt",
                             input_sha256="", article_id=article.article_id),
                options,
            )  # fmt: skip
            attributions = _to_input_offsets(analysis.attributions, analysis, (("content_start", "content_end"), ("cue_start", "cue_end"), ("source_start", "source_end")))
            cues = _to_input_offsets(analysis.cues, analysis, (("start", "end"),))
        _check_spans_fit(article, text)
        evaluate_article(article, text, attributions, cues, result, voice, keep_errors)
        if progress is not None:
            progress(1)
    return result


def _check_spans_fit(article: GoldArticle, text: str) -> None:
    """FormatError for a gold span that does not lie inside the article text: its offsets were made
    for another text, and matching them would count wrong."""
    spans = [span for a in article.attributions for span in (*a.message, *a.cue, *a.source)]
    spans += [span for pieces in article.spans.values() for span in pieces]
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            raise FormatError(
                f"{article.article_id}: the gold span {start}..{end} does not lie within the article text "
                f"({len(text)} characters)"
            )


def _article_key(article_id: str) -> str:
    """PolNeAR names annotation files ARTICLE_ANNOTATOR: both annotators' files are one article."""
    stem, _, annotator = article_id.rpartition("_")
    return stem if stem and re.fullmatch(r"[0-9a-f]{4}", annotator) else article_id


# The columns of saved tables that the comparison reads.
_TABLE_COLUMNS = {
    "articles": ("article_id", "text"),
    "attributions": ("article_id", "sent_id", "form", "cue_start", "cue_end", "content_start", "content_end",
                     "source_start", "source_end"),
    "cues": ("article_id", "category", "voice", "start", "end", "text"),
}  # fmt: skip


def _rows_by_article(tables: dict[str, Any]) -> dict[str, tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """Article id -> (text, attribution rows, cue rows) of saved tables; InputError for a table that
    lacks a column the comparison reads, or for one article id with two different texts."""
    if tables.get("articles") is None:
        raise InputError("the tables have no articles table")
    for table, needed in _TABLE_COLUMNS.items():
        frame = tables.get(table)
        missing = [c for c in needed if c not in frame.columns] if frame is not None else []
        if missing:
            raise InputError(f"the {table} table lacks the column(s) {', '.join(missing)}")
    out: dict[str, tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for row in tables["articles"][["article_id", "text"]].itertuples(index=False):
        article_id, text = str(row.article_id), str(row.text)
        if article_id in out and out[article_id][0] != text:
            raise InputError(f"the articles table has two rows for {article_id!r} with different texts")
        out[article_id] = (text, [], [])
    for table, index in (("attributions", 1), ("cues", 2)):
        frame = tables.get(table)
        if frame is None:
            continue
        for record in frame.to_dict("records"):
            entry = out.get(str(record["article_id"]))
            if entry is not None:
                entry[index].append({k: (None if _is_missing(v) else v) for k, v in record.items()})
    return out


def _is_missing(value: Any) -> bool:
    try:
        return value is None or value != value  # NaN, pandas NA raise or compare unequal
    except (TypeError, ValueError):
        return True


__all__ = [
    "CATEGORIES",
    "Evaluation",
    "GoldArticle",
    "evaluate",
    "GoldAttribution",
    "evaluate_article",
    "match_pairs",
    "read_brat",
    "read_gold",
    "read_span_jsonl",
    "read_spkatt",
    "rebuild_tokens",
    "split_of",
]
