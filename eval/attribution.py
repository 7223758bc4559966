"""Measure attribution against SpkAtt-2023 task 1 (German Bundestag speeches) in ../shared/dev.

Each speech's tokens are rebuilt into running text with known character
offsets and analysed with quellcheck (``lang="de"``). Figures:

* **cue precision**: share of predicted attribution cues that overlap an
  annotated cue (any annotation). Computed for the forms that have a cue word
  (direct_quote with a reporting word, indirect, according_to, agentless);
  continuations (a Konjunktiv-I sentence continuing a speaker), reportative
  "sollen" and quotations without a speaker (whose cue is the quotation mark)
  have no cue word in SpkAtt's scheme and are reported separately.
* **cue recall**: share of annotated cues that have both a Source and a
  Message that overlap a predicted cue.
* **source overlap**: among matched cues whose annotation has a Source, the
  share whose predicted source span overlaps it.

Parliamentary speech is not news (first person, direct address), so these
figures measure the attribution machinery, not news-specific coverage.

Usage: python eval/attribution.py [--shared ../shared] [--json] [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from bisect import bisect_right
from collections import Counter
from pathlib import Path

from scoring import analyze

_NO_SPACE_BEFORE = frozenset(".,;:!?)]“…%")
_NO_SPACE_AFTER = frozenset("([„")
CUE_FORMS = frozenset(("direct_quote", "indirect", "according_to", "agentless"))


def rebuild(sentences: list[dict]) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    """Running text of a speech and the character span of every (sentence, token)."""
    parts: list[str] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    pos = 0
    for sentence in sentences:
        for t, token in enumerate(sentence["Tokens"]):
            if parts and not (token in _NO_SPACE_BEFORE or parts[-1] in _NO_SPACE_AFTER):
                parts.append(" ")
                pos += 1
            spans[(sentence["SentenceId"], t)] = (pos, pos + len(token))
            parts.append(token)
            pos += len(token)
    return "".join(parts), spans


def _ids(refs: list[str]) -> set[tuple[int, int]]:
    out = set()
    for ref in refs:
        s, t = ref.split(":")
        out.add((int(s), int(t)))
    return out


def evaluate(shared: Path, limit: int | None = None, show_errors: int = 0, split: str = "all") -> dict:
    """Cue precision/recall and source overlap on SpkAtt task 1 (``split``: all, develop or measure,
    a fixed half of the speeches by a hash of the file name; rules are developed on ``develop``)."""
    from scoring.research.evaluate import split_of

    files = sorted((shared / "dev" / "spkatt2023_de" / "train").glob("*.json"))[:limit]
    if split != "all":
        files = [f for f in files if split_of(f.stem) == split]
    predicted = matched_pred = 0
    predicted_by_form: Counter[str] = Counter()
    matched_by_form: Counter[str] = Counter()
    gold_sm = recalled = 0
    source_total = source_hit = 0
    shown = 0
    started = time.perf_counter()
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        text, spans = rebuild(data["Sentences"])
        starts = sorted((span[0], key) for key, span in spans.items())
        start_offsets = [s for s, _ in starts]

        def tokens_in(a: int, b: int) -> set[tuple[int, int]]:
            out = set()
            k = bisect_right(start_offsets, a) - 1
            k = max(k, 0)
            while k < len(starts) and starts[k][0] < b:
                key = starts[k][1]
                if spans[key][1] > a:
                    out.add(key)
                k += 1
            return out

        result = analyze(text, lang="de", article_id=path.stem)
        gold = [(_ids(a["Cue"]), _ids(a["Source"]), bool(a["Source"] and a["Message"])) for a in data["Annotations"]]
        gold_cue_tokens = set().union(*(g[0] for g in gold)) if gold else set()
        pred = []
        for row in result.attributions:
            cue_tokens = tokens_in(row["cue_start"], row["cue_end"])
            source_tokens = tokens_in(row["source_start"], row["source_end"]) if row["source_start"] is not None else set()
            pred.append((row, cue_tokens, source_tokens))
            form = row["form"] if row["cue_type"] != "quote" else "quote_without_speaker"
            predicted_by_form[form] += 1
            if cue_tokens & gold_cue_tokens:
                matched_by_form[form] += 1
            elif show_errors and shown < show_errors and form in CUE_FORMS:
                print(f"  extra  {row['form']:12} {row['cue']!r}: …{text[max(0, row['cue_start'] - 50):row['cue_end'] + 30]}…", file=sys.stderr)
                shown += 1
        for cue, source, has_sm in gold:
            hits = [p for p in pred if p[1] & cue]
            if has_sm:
                gold_sm += 1
                if hits:
                    recalled += 1
                elif show_errors and shown < show_errors:
                    (s, t) = min(cue)
                    a, b = spans[(s, t)]
                    print(f"  missed {text[a:b]!r}: …{text[max(0, a - 60):b + 40]}…", file=sys.stderr)
                    shown += 1
            if hits and source:
                source_total += 1
                if any(p[2] & source for p in hits):
                    source_hit += 1
    predicted = sum(n for f, n in predicted_by_form.items() if f in CUE_FORMS)
    matched_pred = sum(n for f, n in matched_by_form.items() if f in CUE_FORMS)
    return {
        "speeches": len(files),
        "cue_precision": round(matched_pred / predicted, 4) if predicted else None,
        "cue_precision_all_forms": round(sum(matched_by_form.values()) / sum(predicted_by_form.values()), 4) if predicted_by_form else None,
        "cue_recall": round(recalled / gold_sm, 4) if gold_sm else None,
        "source_overlap": round(source_hit / source_total, 4) if source_total else None,
        "predicted_cues": predicted,
        "gold_cues_with_source_and_message": gold_sm,
        "per_form": {f: {"predicted": n, "overlapping_gold": matched_by_form[f]} for f, n in sorted(predicted_by_form.items())},
        "seconds": round(time.perf_counter() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--limit", type=int, help="only the first N speeches")
    parser.add_argument("--errors", type=int, default=0, help="show up to N extra and missed cues")
    parser.add_argument("--split", choices=("all", "develop", "measure"), default="all")
    args = parser.parse_args(argv)
    if not (args.shared / "dev" / "spkatt2023_de").is_dir():
        print(f"error: {args.shared}/dev/spkatt2023_de not found (pass --shared)", file=sys.stderr)
        return 2
    figures = evaluate(args.shared, args.limit, args.errors, args.split)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"SpkAtt ({figures['speeches']} speeches): cue precision {figures['cue_precision']} "
            f"(all forms {figures['cue_precision_all_forms']}), recall {figures['cue_recall']}, "
            f"source overlap {figures['source_overlap']} [{figures['seconds']}s]"
        )
        for form, counts in figures["per_form"].items():
            print(f"  {form:13} predicted {counts['predicted']:5}  overlapping a gold cue {counts['overlapping_gold']:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
