"""Measure quellcheck's sentence segmentation on German gold data in ../shared/dev.

Two gold sets, read at run time (never copied into the project):

* **spkatt**: SpkAtt-2023 task 1 training data (Rehbein et al. 2023), 177
  Bundestag speeches in tokenised sentences. Tokens are detokenised and each
  speech's sentences joined with a space into one paragraph. Gold boundaries
  are the sentence ends after terminal punctuation (. ! ? … and closing
  quotes); the data's splits at ; : , are merged, as quellcheck does not end
  sentences there.
* **checkthat**: CheckThat! 2025 task 1 German sentences (train + dev),
  shuffled with a fixed seed and joined in groups of five into paragraphs;
  gold boundaries are between the original sentences.

Reports boundary precision, recall and F1 and the share of gold sentences
found exactly. ``--json`` prints the figures for the quality gate.

Usage: python eval/segmentation.py [--shared ../shared] [--json] [--errors N] [--baseline]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from pathlib import Path

from scoring.cleaning.segment import SentenceSplitter

_TERMINAL = re.compile(r"[.!?…][\"“”»«)]*$")
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]…%](?:\s|$)|“)")
_NO_SPACE_AFTER = re.compile(r"([(\[„]) ")


def detokenise(tokens: list[str]) -> str:
    """Rebuild running text from SpkAtt tokens (spaces before punctuation removed)."""
    text = " ".join(tokens)
    for _ in range(2):
        text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def spkatt_documents(shared: Path) -> list[list[str]]:
    """Each speech as a list of gold sentences (split only after terminal punctuation)."""
    documents = []
    for path in sorted((shared / "dev" / "spkatt2023_de" / "train").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sentences: list[str] = []
        pending = ""
        for sentence in data["Sentences"]:
            text = detokenise(sentence["Tokens"])
            pending = f"{pending} {text}".strip()
            if _TERMINAL.search(pending):
                sentences.append(pending)
                pending = ""
        if pending:
            sentences.append(pending)
        documents.append(sentences)
    return documents


def _unescape(text: str) -> str:
    """The TSV files keep CSV escaping: a field "…""…""…" stands for …"…"…."""
    if len(text) > 1 and text[0] == text[-1] == '"' and '""' in text:
        return text[1:-1].replace('""', '"')
    return text


def checkthat_documents(shared: Path, group: int = 5, seed: int = 13) -> list[list[str]]:
    """CheckThat sentences shuffled and grouped into pseudo-paragraphs."""
    sentences = []
    for name in ("train_de.tsv", "dev_de.tsv"):
        with (shared / "dev" / "checkthat2025_de" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = " ".join(_unescape(row["sentence"]).split())
                if text:
                    sentences.append(text)
    random.Random(seed).shuffle(sentences)
    return [sentences[i : i + group] for i in range(0, len(sentences), group)]


class _PlainPunkt:
    """Untrained NLTK Punkt, the baseline quellcheck's parameters and rules improve on."""

    def __init__(self) -> None:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        self._punkt = PunktSentenceTokenizer()

    def spans(self, text: str) -> list[tuple[int, int]]:
        return list(self._punkt.span_tokenize(text))


def score(documents: list[list[str]], splitter: SentenceSplitter | _PlainPunkt, show_errors: int = 0) -> dict[str, float]:
    """Boundary precision/recall/F1 and exact-sentence rate over ``documents``."""
    tp = fp = fn = exact = total = 0
    shown = 0
    for sentences in documents:
        text = " ".join(sentences)
        gold_ends: set[int] = set()
        gold_spans: set[tuple[int, int]] = set()
        pos = 0
        for sentence in sentences:
            gold_spans.add((pos, pos + len(sentence)))
            pos += len(sentence)
            gold_ends.add(pos)
            pos += 1
        predicted = splitter.spans(text)
        pred_ends = {e for _, e in predicted}
        # the end of the text is not a decision
        gold_inner, pred_inner = gold_ends - {len(text)}, pred_ends - {len(text)}
        tp += len(gold_inner & pred_inner)
        fp += len(pred_inner - gold_inner)
        fn += len(gold_inner - pred_inner)
        exact += len(gold_spans & set(predicted))
        total += len(gold_spans)
        if show_errors and shown < show_errors:
            for end in sorted((gold_inner ^ pred_inner)):
                kind = "missed" if end in gold_inner else "false"
                print(f"  {kind:6} …{text[max(0, end - 60):end]}‖{text[end:end + 40]}…", file=sys.stderr)
                shown += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "exact_sentences": round(exact / total, 4) if total else 1.0,
        "gold_sentences": total,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, help="show up to N wrong boundaries per set")
    parser.add_argument("--baseline", action="store_true", help="also score untrained NLTK Punkt")
    args = parser.parse_args(argv)
    if not (args.shared / "dev").is_dir():
        print(f"error: {args.shared}/dev not found (pass --shared)", file=sys.stderr)
        return 2
    splitters: dict[str, SentenceSplitter | _PlainPunkt] = {"": SentenceSplitter.for_lang("de")}
    if args.baseline:
        splitters["punkt-untrained/"] = _PlainPunkt()
    results = {}
    for name, loader in (("spkatt", spkatt_documents), ("checkthat", checkthat_documents)):
        documents = loader(args.shared)
        for prefix, splitter in splitters.items():
            started = time.perf_counter()
            results[prefix + name] = score(documents, splitter, args.errors if not prefix else 0)
            results[prefix + name]["seconds"] = round(time.perf_counter() - started, 2)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, figures in results.items():
            print(
                f"{name:26} P={figures['precision']:.4f} R={figures['recall']:.4f} F1={figures['f1']:.4f} "
                f"exact={figures['exact_sentences']:.4f} (n={figures['gold_sentences']}, {figures['seconds']}s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
