"""The Spanish development set (eval/es_dev/): build the gold span JSONL from the annotated source, and count it.

``eval/es_dev/annotated.txt`` holds invented Spanish news articles with inline
annotations (``⟦TAG|text⟧``, see ``eval/es_dev/README.md``). ``build`` strips
the markup and writes ``eval/es_dev/gold.jsonl`` in the span format of
``quellcheck evaluate`` (one row per annotation, the article text on a
``"category": "none"`` row), after checking that every attribution has a
message and a cue and that every tag is well formed. ``stats`` counts
articles, paragraphs, attributions per fine form, sources, hedges, boosters,
loaded words and scare quotes, per split.

Usage::

    python eval/spanish_devset.py build [--check]   # --check: fail if gold.jsonl is not up to date
    python eval/spanish_devset.py stats
    quellcheck evaluate eval/es_dev/gold.jsonl --lang es --split develop
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scoring.research.evaluate import split_of

SOURCE = ROOT / "eval" / "es_dev" / "annotated.txt"
GOLD = ROOT / "eval" / "es_dev" / "gold.jsonl"

OPEN, CLOSE = "⟦", "⟧"
SPAN_TAGS = {"h": "hedge", "b": "booster", "l": "loaded", "q": "scare_quote"}
FINE_FORMS = {"d": "Direct", "dash": "Direct", "i": "Indirect", "a": "Indirect", "g": "Indirect", "r": "Indirect"}
_ATTR_TAG = re.compile(r"^(?:m(\d+):(\w+)|c(\d+)|v(\d+)|s((?:\d+[+-],?)+))$")


@dataclass
class Attribution:
    message: tuple[int, int] | None = None
    fine_form: str = ""
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    named: bool | None = None
    via: tuple[int, int] | None = None


@dataclass
class Article:
    article_id: str
    text: str = ""
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    attributions: dict[int, Attribution] = field(default_factory=dict)


class MarkupError(ValueError):
    pass


def parse_article(article_id: str, marked: str) -> Article:
    """Strip the markup of one article; record every tag's span in the stripped text."""
    article = Article(article_id)
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    pos = 0
    k = 0
    while k < len(marked):
        ch = marked[k]
        if ch == OPEN:
            bar = marked.find("|", k)
            if bar < 0:
                raise MarkupError(f"{article_id}: tag without '|' at {marked[k:k + 30]!r}")
            stack.append((marked[k + 1 : bar], pos))
            k = bar + 1
            continue
        if ch == CLOSE:
            if not stack:
                raise MarkupError(f"{article_id}: '⟧' without '⟦' near {marked[max(0, k - 30):k]!r}")
            tag, start = stack.pop()
            _record(article, tag, start, pos)
            k += 1
            continue
        out.append(ch)
        pos += 1
        k += 1
    if stack:
        raise MarkupError(f"{article_id}: unclosed tags {[t for t, _ in stack]}")
    article.text = "".join(out)
    for n, attribution in article.attributions.items():
        if attribution.message is None or attribution.cue is None:
            raise MarkupError(f"{article_id}: attribution {n} lacks a message or a cue")
    return article


def _record(article: Article, tag: str, start: int, end: int) -> None:
    if start >= end:
        raise MarkupError(f"{article.article_id}: empty span for tag {tag!r}")
    if tag in SPAN_TAGS:
        article.spans.append((SPAN_TAGS[tag], start, end))
        return
    m = _ATTR_TAG.match(tag)
    if m is None:
        raise MarkupError(f"{article.article_id}: unknown tag {tag!r}")
    if m.group(1):
        form = m.group(2)
        if form not in FINE_FORMS:
            raise MarkupError(f"{article.article_id}: unknown form {form!r}")
        attribution = article.attributions.setdefault(int(m.group(1)), Attribution())
        attribution.message, attribution.fine_form = (start, end), form
    elif m.group(3):
        article.attributions.setdefault(int(m.group(3)), Attribution()).cue = (start, end)
    elif m.group(4):
        article.attributions.setdefault(int(m.group(4)), Attribution()).via = (start, end)
    else:
        for part in filter(None, m.group(5).split(",")):
            attribution = article.attributions.setdefault(int(part[:-1]), Attribution())
            attribution.source, attribution.named = (start, end), part[-1] == "+"


def read_source(path: Path = SOURCE) -> list[Article]:
    """Every article of the annotated source, in file order."""
    articles: list[Article] = []
    current: tuple[str, list[str]] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if current is not None:
                articles.append(parse_article(current[0], "\n".join(current[1]).strip("\n") + "\n"))
            current = (line[4:].strip(), [])
        elif current is not None:
            current[1].append(line)
    if current is not None:
        articles.append(parse_article(current[0], "\n".join(current[1]).strip("\n") + "\n"))
    ids = [a.article_id for a in articles]
    if len(set(ids)) != len(ids):
        raise MarkupError("duplicate article ids")
    return articles


def gold_rows(articles: list[Article]) -> list[dict]:
    """The span-JSONL rows of ``quellcheck evaluate`` (the text on a ``none`` row per article)."""
    rows: list[dict] = []
    for article in articles:
        rows.append({"article_id": article.article_id, "category": "none", "text": article.text})
        for n in sorted(article.attributions):
            a = article.attributions[n]
            row = {"article_id": article.article_id, "category": "attribution", "start": a.message[0], "end": a.message[1],
                   "cue_start": a.cue[0], "cue_end": a.cue[1], "form": FINE_FORMS[a.fine_form], "fine_form": a.fine_form}
            if a.source is not None:
                row.update(source_start=a.source[0], source_end=a.source[1], named=a.named)
            if a.via is not None:
                row.update(via_start=a.via[0], via_end=a.via[1])
            rows.append(row)
        for category, start, end in sorted(article.spans, key=lambda s: (s[1], s[2])):
            rows.append({"article_id": article.article_id, "category": category, "start": start, "end": end})
    return rows


def _dump(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def stats(articles: list[Article]) -> dict:
    out: dict = {}
    for split in ("develop", "measure", "all"):
        chosen = [a for a in articles if split == "all" or split_of(a.article_id) == split]
        forms = Counter(a.fine_form for art in chosen for a in art.attributions.values())
        spans = Counter(c for art in chosen for c, _, _ in art.spans)
        paragraphs = sum(len([p for p in art.text.split("\n\n") if p.strip()]) for art in chosen)
        attributions = [a for art in chosen for a in art.attributions.values()]
        out[split] = {
            "articles": len(chosen), "paragraphs": paragraphs, "attributions": len(attributions),
            "with_source": sum(1 for a in attributions if a.source is not None),
            "named": sum(1 for a in attributions if a.named), "via": sum(1 for a in attributions if a.via is not None),
            "forms": dict(sorted(forms.items())), "spans": dict(sorted(spans.items())),
        }  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="annotated.txt -> gold.jsonl")
    build.add_argument("--check", action="store_true", help="fail if gold.jsonl differs from what build would write")
    sub.add_parser("stats", help="counts per split")
    args = parser.parse_args(argv)
    try:
        articles = read_source()
    except MarkupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.command == "stats":
        print(json.dumps(stats(articles), indent=2, ensure_ascii=False))
        return 0
    content = _dump(gold_rows(articles))
    if args.check:
        current = GOLD.read_text(encoding="utf-8") if GOLD.exists() else ""
        if current != content:
            print(f"error: {GOLD} is not up to date; run: python eval/spanish_devset.py build", file=sys.stderr)
            return 1
        return 0
    GOLD.write_text(content, encoding="utf-8")
    print(f"wrote {GOLD.relative_to(ROOT)}: {len(articles)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
