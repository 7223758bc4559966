"""Measure how well quellcheck types the sources it finds, against hand labels in eval/source_typing_labels.tsv.

The labels are a sample of sources quellcheck found in the ``develop`` half
(:func:`scoring.research.evaluate.split_of`) of two German sets in ../shared:
10kGNAD test articles (Austrian news, Block 2019; the article key is the row
index) and the SpkAtt-2023 task 2 WikiNews articles (Petersen-Frey & Biemann
2024; the key is the file name, the text is rebuilt from the tokens by
:func:`scoring.research.evaluate.read_gold`). Each label gives a source span
as character offsets into that original text (not quellcheck's normalised
text), the source's true kind (:data:`schemas.tables.SOURCE_KINDS`, with the
definitions of the notes in ``source_heads.tsv`` and ``sources.tsv``),
whether the span is a source at all and whether it is named. The file holds
no article text: the texts are read from ../shared at run time.

Each labelled article is analysed again (``lang="de"``) and each label is
matched to the predicted source mention (an ``attributions`` row with a source
span) that overlaps it most. Figures, per data set and overall:

* **found**: share of labelled spans that still overlap a predicted source;
* **not a source**: among found labels, the share that are no source at all
  (a parsing error: "Dann", a time phrase, the object of the verb);
* **kind precision**: among found labels that are sources, the share whose
  predicted kind (``sources.kind``) equals the true kind;
* **named agreement**: the same for ``sources.named``, and **named precision**:
  among those predicted named, the share that are named.

The labels are one annotator's, on a sample of sources quellcheck predicted:
they measure precision, not how many sources it misses. A second, held-out
file, ``source_typing_labels_measure.tsv``, holds labels drawn from the
``measure`` halves (``--draw N --split measure``), which the rules are not
developed on; pass it with ``--labels``. ``--draw N`` re-draws
such a sample (fixed seed, skipping the author, unresolved pronouns and the
generic "man") and prints unlabelled rows to fill in; what it draws depends on
the code that draws it, so the labels file, not the seed, is the sample.

Usage: python eval/source_typing.py [--shared ../shared] [--labels FILE] [--json] [--errors N] [--draw N --seed S]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from schemas.tables import SOURCE_KINDS
from scoring import analyze
from scoring.research.evaluate import _article_key, read_gold, split_of

DATASETS = ("10kgnad", "news")
LABEL_COLUMNS = ("dataset", "article", "start", "end", "true_kind", "is_source", "named", "note")
DEFAULT_LABELS = Path(__file__).resolve().parent / "source_typing_labels.tsv"
GENERIC_PRONOUN_IDS = frozenset(("generic:man",))  # "man sagt": the generic pronoun, no source


@dataclass(frozen=True)
class Mention:
    """One predicted source mention, its span in the original text, and its source's kind and ``named``."""

    source_id: str
    kind: str
    named: bool
    start: int
    end: int


@dataclass(frozen=True)
class Label:
    dataset: str
    article: str
    start: int
    end: int
    true_kind: str
    is_source: bool
    named: bool
    note: str


def dataset_paths(shared: Path) -> dict[str, Path]:
    return {
        "10kgnad": shared / "corpus" / "10kgnad" / "test.csv",
        "news": shared / "dev" / "spkatt2023_news_de" / "train",
    }


def read_articles(shared: Path, dataset: str, split: str | None = "develop") -> dict[str, str]:
    """The texts of the ``split`` half of ``dataset`` (``None``: both halves), by article key."""
    path = dataset_paths(shared)[dataset]
    if dataset == "10kgnad":
        csv.field_size_limit(10**9)
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle, delimiter=";", quotechar="'")
            texts = {str(i): text for i, (_label, text) in enumerate(rows)}
    else:
        texts = {}
        for article in read_gold([path], "spkatt"):
            key = _article_key(article.article_id)  # the key `quellcheck evaluate` splits by
            if article.text is not None:
                texts.setdefault(key, article.text)
    return {key: text for key, text in texts.items() if split is None or split_of(key) == split}


def predicted_mentions(text: str, article_id: str) -> list[Mention]:
    """Every source mention quellcheck finds in ``text``, with offsets moved back to ``text``."""
    result = analyze(text, lang="de", article_id=article_id)
    sources = {row["source_id"]: row for row in result.sources}
    norm = result.normalized

    def original(start: int, end: int) -> tuple[int, int]:
        if norm is None or norm.offsets is None or end <= start:
            return start, end
        return norm.source_offset(start), norm.source_offset(end - 1) + 1

    mentions = []
    for row in result.attributions:
        source = sources.get(row["source_id"])
        if source is None or row["source_start"] is None or row["source_end"] is None:
            continue  # continuations and agentless forms have no span of their own
        start, end = original(int(row["source_start"]), int(row["source_end"]))
        mentions.append(Mention(row["source_id"], source["kind"], bool(source["named"]), start, end))
    return sorted(set(mentions), key=lambda m: (m.start, m.end, m.source_id))


def is_candidate(mention: Mention) -> bool:
    """Whether a sampled source may be drawn: not the author, an unresolved pronoun or the generic "man"."""
    return mention.kind != "author" and not mention.source_id.startswith("pronoun:") and mention.source_id not in GENERIC_PRONOUN_IDS


def draw(shared: Path, per_dataset: int, seed: int, split: str = "develop") -> list[tuple[str, str, Mention]]:
    """A fixed-seed sample of ``per_dataset`` distinct sources per data set from its ``split`` half, each at its
    first mention."""
    sample = []
    for dataset in DATASETS:
        pool = []
        for key, text in sorted(read_articles(shared, dataset, split).items()):
            first: dict[str, Mention] = {}
            for mention in predicted_mentions(text, key):
                if is_candidate(mention):
                    first.setdefault(mention.source_id, mention)
            pool.extend((dataset, key, mention) for mention in first.values())
        sample.extend(random.Random(seed).sample(pool, min(per_dataset, len(pool))))
    return sample


def read_labels(path: Path) -> list[Label]:
    """The labels file: a header row of :data:`LABEL_COLUMNS`, ``#`` comment lines, tab-separated."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != LABEL_COLUMNS:
        raise ValueError(f"{path}: the header must be {' '.join(LABEL_COLUMNS)}")
    labels = []
    for n, row in enumerate(reader, start=2):
        if row["dataset"] not in DATASETS or row["true_kind"] not in (*SOURCE_KINDS, "not_a_source"):
            raise ValueError(f"{path}: row {n}: unknown dataset {row['dataset']!r} or kind {row['true_kind']!r}")
        if {row["is_source"], row["named"]} - {"yes", "no"}:
            raise ValueError(f"{path}: row {n}: is_source and named must be yes or no")
        labels.append(Label(row["dataset"], row["article"], int(row["start"]), int(row["end"]), row["true_kind"],
                            row["is_source"] == "yes", row["named"] == "yes", row["note"]))  # fmt: skip
    return labels


def best_match(label: Label, mentions: Iterable[Mention]) -> Mention | None:
    """The predicted mention that overlaps the label most (None when none overlaps)."""
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(label.end, mention.end) - max(label.start, mention.start)
        if overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _figures(pairs: list[tuple[Label, Mention | None]]) -> dict:
    found = [(label, m) for label, m in pairs if m is not None]
    real = [(label, m) for label, m in found if label.is_source]
    predicted_named = [label for label, m in real if m.named]
    return {
        "labels": len(pairs),
        "found": _share(len(found), len(pairs)),
        "not_a_source": _share(len(found) - len(real), len(found)),
        "kind_precision": _share(sum(m.kind == label.true_kind for label, m in real), len(real)),
        "named_agreement": _share(sum(m.named == label.named for label, m in real), len(real)),
        "named_precision": _share(sum(label.named for label in predicted_named), len(predicted_named)),
        "sources": len(real),
        "predicted_named": len(predicted_named),
    }


def evaluate(shared: Path, labels: list[Label], show_errors: int = 0) -> dict:
    """Figures per data set and overall, and the most frequent (predicted, true) kind errors."""
    by_article: dict[tuple[str, str], list[Label]] = defaultdict(list)
    for label in labels:
        by_article[(label.dataset, label.article)].append(label)
    texts = {dataset: read_articles(shared, dataset, None) for dataset in {label.dataset for label in labels}}
    pairs: list[tuple[Label, Mention | None]] = []
    shown = 0
    for (dataset, key), article_labels in sorted(by_article.items()):
        text = texts[dataset].get(key)
        if text is None:
            raise ValueError(f"{dataset} article {key!r} is not in the develop half of {dataset_paths(shared)[dataset]}")
        mentions = predicted_mentions(text, key)
        for label in article_labels:
            match = best_match(label, mentions)
            pairs.append((label, match))
            wrong = match is None or (label.is_source and match.kind != label.true_kind) or not label.is_source
            if wrong and shown < show_errors:
                predicted = "missed" if match is None else f"{match.kind}{'' if match.named else ' (unnamed)'}"
                true = label.true_kind if label.is_source else "not a source"
                context = text[max(0, label.start - 80) : label.end + 80].replace("\n", " ")
                print(f"  {dataset}/{key} [{text[label.start:label.end]}] predicted {predicted}, true {true}: …{context}…", file=sys.stderr)
                shown += 1
    errors = Counter(
        (m.kind, label.true_kind if label.is_source else "not_a_source")
        for label, m in pairs
        if m is not None and (not label.is_source or m.kind != label.true_kind)
    )
    return {
        "per_dataset": {dataset: _figures([p for p in pairs if p[0].dataset == dataset]) for dataset in DATASETS},
        "overall": _figures(pairs),
        "kind_errors": [{"predicted": p, "true": t, "count": n} for (p, t), n in errors.most_common()],
    }


def _print_table(figures: dict, top: int) -> None:
    columns = ("labels", "found", "not_a_source", "kind_precision", "named_agreement", "named_precision")
    print(f"{'set':10}" + "".join(f"{c:>17}" for c in columns))
    rows = [*figures["per_dataset"].items(), ("overall", figures["overall"])]
    for name, row in rows:
        print(f"{name:10}" + "".join(f"{'–' if row[c] is None else row[c]:>17}" for c in columns))
    print("most frequent kind errors (predicted → true):")
    for error in figures["kind_errors"][:top]:
        print(f"  {error['count']:3}  {error['predicted']} → {error['true']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, help="show up to N wrongly typed labels with their context (on stderr)")
    parser.add_argument("--top", type=int, default=15, help="kind errors to list")
    parser.add_argument("--draw", type=int, metavar="N", help="print a new sample of N sources per data set to label, then stop")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--split", choices=("develop", "measure"), default="develop",
                        help="the half --draw samples from (the measure labels are eval/source_typing_labels_measure.tsv)")
    args = parser.parse_args(argv)
    missing = [str(p) for p in dataset_paths(args.shared).values() if not p.exists()]
    if missing:
        print(f"error: {', '.join(missing)} not found (pass --shared)", file=sys.stderr)
        return 2
    if args.draw:
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow(LABEL_COLUMNS)
        for dataset, key, mention in draw(args.shared, args.draw, args.seed, args.split):
            writer.writerow((dataset, key, mention.start, mention.end, "", "", "", ""))
        return 0
    try:
        labels = read_labels(args.labels)
        figures = evaluate(args.shared, labels, args.errors)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _print_table(figures, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
