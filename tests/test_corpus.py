"""``quellcheck corpus`` and ``analyze_corpus``: datasets per table, errors, resume after kill -9,
identical results for any number of jobs and on Dask, column mapping, progress."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import QUELLCHECK, run_cli
from schemas import TABLE_NAMES
from scoring import analyze, analyze_corpus
from scoring.corpus.run import CorpusOptions, run_corpus
from scoring.pipeline import AnalysisOptions
from scoring.reading.readers import ReadOptions
from scoring.output.tables import arrow_schema, read_table

pytestmark = pytest.mark.slow  # `make test-fast` leaves these out

# Sentence material written for these tests; combined, it gives articles that differ in
# sources, hedges and loaded words, so every table gets rows.
OPENERS = [
    "Der Stadtrat von {town} hat am Montag den Haushalt für das kommende Jahr beschlossen.",
    "In {town} ist die Zahl der Wohnungslosen im vergangenen Winter gestiegen.",
    "Die Landesregierung will den Nahverkehr rund um {town} ausbauen.",
    "Nach dem Hochwasser in {town} laufen die Aufräumarbeiten weiter.",
]
MIDDLES = [
    "Laut dem Bürgermeister kostet das Vorhaben rund {n} Millionen Euro.",
    "„Wir haben keine andere Wahl“, sagte die Kämmerin der Stadt.",
    "Kritiker sprechen von einem skandalösen Versagen der Verwaltung.",
    "Die Opposition soll Unterlagen zurückgehalten haben.",
    "Experten zufolge könnten die Kosten noch deutlich steigen.",
    "Ein Sprecher des Innenministeriums erklärte, man prüfe den Fall.",
    "Das ist zweifellos der größte Fehler der letzten Jahre.",
    "Nach Angaben der Polizei wurden {n} Personen leicht verletzt.",
    "Die Behörde hat den Skandal jahrelang vertuscht.",
]
CLOSERS = [
    "Eine Entscheidung wird für den Herbst erwartet.",
    "Die Beratungen sollen im nächsten Monat fortgesetzt werden.",
    "Der Verband kündigte an, gegen den Beschluss zu klagen.",
]
TOWNS = ["Kassel", "Rostock", "Passau", "Jena", "Trier", "Görlitz", "Lübeck"]


def make_article(k: int) -> str:
    parts = [OPENERS[k % len(OPENERS)].format(town=TOWNS[k % len(TOWNS)])]
    for j in range(3 + k % 3):
        parts.append(MIDDLES[(k * 3 + j) % len(MIDDLES)].format(n=k % 17 + 2))
    parts.append(CLOSERS[k % len(CLOSERS)])
    return " ".join(parts)


def write_jsonl(path: Path, n: int, start: int = 0, with_ids: bool = True) -> list[str]:
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for k in range(start, start + n):
            row = {"text": make_article(k), "outlet": ["Blatt A", "Blatt B"][k % 2], "topic": f"t{k % 4}"}
            if with_ids:
                row["id"] = f"art-{k:05d}"
                ids.append(row["id"])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return ids


SORT_KEYS = {
    "articles": ["article_id"],
    "sentences": ["article_id", "sent_id"],
    "cues": ["article_id", "cue_id"],
    "attributions": ["article_id", "attr_id"],
    "sources": ["article_id", "source_id"],
    "claims": ["article_id", "claim_id"],
    "links": ["article_id", "link_id"],
    "scores": ["article_id"],
}


def load_sorted(out: Path) -> dict[str, pd.DataFrame]:
    tables = {}
    for table, keys in SORT_KEYS.items():
        frame = read_table(out, table)
        tables[table] = frame.sort_values(keys).reset_index(drop=True)
    return tables


def assert_same_tables(a: Path, b: Path) -> None:
    left, right = load_sorted(a), load_sorted(b)
    for table in TABLE_NAMES:
        assert len(left[table]) > 0 or table == "links", table  # JSON rows are plain text: no links
        pd.testing.assert_frame_equal(left[table], right[table], check_dtype=True, obj=table)


def corpus_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("corpus", "--progress", "none", *args)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    return path, write_jsonl(path, 45)


@pytest.fixture(scope="module")
def reference_run(small_corpus: tuple[Path, list[str]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "out"
    result = corpus_cli(str(small_corpus[0]), "-o", str(out), "--batch-size", "8", "--lang", "de")
    assert result.returncode == 0, result.stderr
    return out


def test_a_run_writes_one_dataset_per_table_a_manifest_and_the_report(reference_run: Path, small_corpus: tuple[Path, list[str]]) -> None:
    path, ids = small_corpus
    for table in (*TABLE_NAMES, "errors"):
        assert (reference_run / table).is_dir(), table
    articles = read_table(reference_run, "articles")
    assert sorted(articles["article_id"]) == sorted(ids)
    assert read_table(reference_run, "errors").empty
    # 45 articles in batches of 8: six full batches and one of five, one part each
    assert len(list((reference_run / "articles").glob("part-*.parquet"))) == 6
    manifest = json.loads((reference_run / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["articles"] == manifest["counts"]["analysed"] == 45
    assert manifest["counts"]["rows"]["sentences"] == len(read_table(reference_run, "sentences"))
    assert manifest["inputs"][0]["sha256"] == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert manifest["lexicons_version"] and manifest["registry"]["version"]
    assert manifest["config"]["weights"]["attribution_strength"] > 0
    html = (reference_run / "corpus.html").read_text(encoding="utf-8")
    assert "Blatt A" in html and "Blatt B" in html


def test_every_part_of_a_table_has_the_same_parquet_schema(reference_run: Path) -> None:
    for table in TABLE_NAMES:
        promoted = {"topic": "string"} if table == "articles" else None  # the input rows' topic field
        for part in (reference_run / table).glob("part-*.parquet"):
            assert pq.read_schema(part).remove_metadata() == arrow_schema(table, promoted), (table, part.name)
    # the whole directory reads as one dataset, as pandas/DuckDB users do
    frame = pd.read_parquet(reference_run / "cues")
    assert len(frame) == len(read_table(reference_run, "cues"))


def test_two_jobs_give_the_same_tables_as_one(small_corpus: tuple[Path, list[str]], reference_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "two"
    result = corpus_cli(str(small_corpus[0]), "-o", str(out), "--batch-size", "8", "--lang", "de", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert_same_tables(reference_run, out)


def test_dask_with_two_workers_gives_the_same_tables(small_corpus: tuple[Path, list[str]], reference_run: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    read = ReadOptions()
    analysis = AnalysisOptions(lang="de")
    for collect in (False, True):
        out = tmp_path / f"dask-{collect}"
        options = CorpusOptions(batch_size=8, engine="dask", jobs=2, collect=collect, corpus_report=False)
        run = run_corpus([str(small_corpus[0])], out, read, analysis, options)
        assert run.analysed == 45 and run.failed == 0
        assert_same_tables(reference_run, out)


def _markers(out: Path) -> int:
    directory = out / "_batches"
    return len(list(directory.glob("*.json"))) if directory.is_dir() else 0


@pytest.mark.parametrize(
    ("jobs", "kill_after_batches", "batch_size", "resume_jobs"),
    [("1", 0, "5", "1"), ("1", 3, "5", "1"), ("2", 6, "5", "2"), ("2", 1, None, "1")],
)
def test_kill_9_then_resume_loses_and_doubles_nothing(
    tmp_path: Path, jobs: str, kill_after_batches: int, batch_size: str | None, resume_jobs: str
) -> None:
    source = tmp_path / "big.jsonl"
    ids = write_jsonl(source, 160)
    out = tmp_path / "out"
    sizing = ["--batch-size", batch_size] if batch_size else []  # none: the automatic size (50 here)
    args = [str(QUELLCHECK), "corpus", str(source), "-o", str(out), *sizing, "--lang", "de", "--progress", "none"]
    process = subprocess.Popen([*args, "--jobs", jobs], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while _markers(out) < kill_after_batches and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed; make the corpus larger"
    os.killpg(process.pid, signal.SIGKILL)  # the run and its workers, as a crash or an OOM kill would
    process.wait()
    assert not (out / "manifest.json").exists()

    resumed = subprocess.run([*args, "--jobs", resume_jobs, "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    articles = read_table(out, "articles")
    assert sorted(articles["article_id"]) == sorted(ids)  # none missing, none doubled
    for table, keys in SORT_KEYS.items():
        frame = read_table(out, table)
        assert not frame.duplicated(keys).any(), table
    scores = read_table(out, "scores")
    assert scores["article_id"].is_unique and len(scores) == len(ids)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    size = int(batch_size) if batch_size else 50
    assert manifest["counts"]["articles"] == len(ids) and manifest["counts"]["batches"] == -(-len(ids) // size)
    assert manifest["options"]["batch_size"] == size
    assert not list(out.rglob("*.tmp"))


def test_the_automatic_batch_size_keeps_every_worker_busy() -> None:
    from scoring.corpus.run import auto_batch_size

    assert auto_batch_size(400, CorpusOptions(jobs=2)) == 100  # four batches for two workers
    assert auto_batch_size(1028, CorpusOptions(jobs=2)) == 250  # at most 250: a batch's frames are a worker's memory
    assert auto_batch_size(1028, CorpusOptions(jobs=1)) == 250
    assert auto_batch_size(10, CorpusOptions(jobs=2)) == 50
    assert auto_batch_size(1_000_000, CorpusOptions(jobs=8)) == 250
    assert auto_batch_size(None, CorpusOptions(jobs=2)) == 250  # standard input: size unknown
    assert auto_batch_size(1028, CorpusOptions(jobs=2, engine="dask", scheduler="tcp://127.0.0.1:8786")) == 1000  # remote: size unknown
    assert auto_batch_size(1028, CorpusOptions(jobs=2, batch_size=7)) == 7


def test_automatic_batches_hold_about_equal_text() -> None:
    from scoring.corpus.run import plan_batches

    def shares(sizes: list[int], ends: list[int]) -> list[int]:
        return [sum(sizes[a:b]) for a, b in zip([0, *ends], ends, strict=False)]

    assert plan_batches([5] * 400, CorpusOptions(jobs=2)) == [100, 200, 300, 400]  # equal articles: cut by count
    assert plan_batches([5] * 1028, CorpusOptions(jobs=2)) == [172, 343, 514, 686, 857, 1028]  # 5 by size, 6 for two workers
    long_first = [40] * 300 + [10] * 728  # 12,000 + 7,280: the first articles are four times as long
    ends = plan_batches(long_first, CorpusOptions(jobs=2))
    assert len(ends) == 6 and ends[-1] == 1028
    assert max(shares(long_first, ends)) - min(shares(long_first, ends)) <= 40  # within one article
    assert ends[0] < 172 < ends[-1] - ends[-2]  # fewer long articles in the first batch, more short ones in the last
    giant = [1] * 200 + [10_000] + [1] * 200
    ends = plan_batches(giant, CorpusOptions(jobs=2))
    assert ends[-1] == 401 and all(b - a <= 2 * 101 for a, b in zip([0, *ends], ends, strict=False))  # never > twice the size
    assert 201 in ends  # the giant article ends a batch of its own making; nothing is cut into empty batches
    assert len(plan_batches([5] * 10_250, CorpusOptions(jobs=2))) == 42  # 41 batches of 250 would leave one worker behind
    assert len(plan_batches([5] * 121, CorpusOptions(jobs=2))) == 2  # 3 by count; 4 would be below 50 articles each
    assert plan_batches(long_first, CorpusOptions(jobs=2, batch_size=100)) == []  # a size asked for: by count
    assert plan_batches(None, CorpusOptions(jobs=2)) == [] and plan_batches([], CorpusOptions()) == []


def test_planned_batches_are_cut_where_planned_then_by_count() -> None:
    from scoring.corpus.run import _Duplicates, iter_batches
    from scoring.reading.readers import ArticleInput

    items = [ArticleInput(name=f"a{k}", content="x", markup="txt", input_format="txt", input_sha256="0" * 64, article_id=f"a{k}") for k in range(12)]
    cut = [len(batch) for _, batch in iter_batches(items, 4, _Duplicates(), [2, 7])]
    assert cut == [2, 5, 4, 1]  # the plan, then every 4 articles for rows the plan did not count
    assert [len(batch) for _, batch in iter_batches(items, 5, _Duplicates())] == [5, 5, 2]


def test_a_run_cuts_long_articles_into_smaller_batches(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for k in range(120):
            text = " ".join(make_article(k + j) for j in range(4 if k < 40 else 1))  # long ones first
            out.write(json.dumps({"id": f"a{k:03d}", "text": text}, ensure_ascii=False) + "\n")
    out_dir = tmp_path / "out"
    result = corpus_cli(str(source), "-o", str(out_dir), "--lang", "de", "--jobs", "2", "--no-corpus-report")
    assert result.returncode == 0, result.stderr
    markers = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out_dir / "_batches").glob("*.json"))]
    sizes = [marker["n_items"] for marker in markers]
    assert sum(sizes) == 120 and sizes[0] < sizes[-1]
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["batches_cut_by"] == "text size"
    texts = read_table(out_dir, "articles").sort_values("article_id")["text"].str.len().tolist()
    ends = list(itertools.accumulate(sizes))
    per_batch = [sum(texts[a:b]) for a, b in zip([0, *ends], ends, strict=False)]
    assert max(per_batch) < 1.5 * min(per_batch)


def test_default_batches_differ_by_jobs_but_the_tables_do_not(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    write_jsonl(source, 249)
    with source.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "blank", "text": "  "}) + "\n")
    runs = {}
    for jobs in ("1", "2"):
        runs[jobs] = tmp_path / f"out{jobs}"
        result = corpus_cli(str(source), "-o", str(runs[jobs]), "--lang", "de", "--jobs", jobs, "--no-corpus-report")
        assert result.returncode == 1, result.stderr
    assert len(list((runs["1"] / "scores").glob("part-*"))) == 2 and len(list((runs["2"] / "scores").glob("part-*"))) == 4
    assert_same_tables(runs["1"], runs["2"])
    pd.testing.assert_frame_equal(read_table(runs["1"], "errors"), read_table(runs["2"], "errors"))


def test_resume_of_a_finished_run_redoes_nothing(small_corpus: tuple[Path, list[str]], tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = corpus_cli(str(small_corpus[0]), "-o", str(out), "--batch-size", "10", "--lang", "de")
    assert first.returncode == 0, first.stderr
    before = {p: p.stat().st_mtime_ns for p in (out / "sentences").glob("part-*")}
    again = corpus_cli(str(small_corpus[0]), "-o", str(out), "--batch-size", "10", "--lang", "de", "--resume")
    assert again.returncode == 0, again.stderr
    assert {p: p.stat().st_mtime_ns for p in (out / "sentences").glob("part-*")} == before
    assert json.loads((out / "manifest.json").read_text())["timings"]["batches_this_session"] == 0


def test_a_non_empty_output_directory_needs_resume(small_corpus: tuple[Path, list[str]], reference_run: Path) -> None:
    result = corpus_cli(str(small_corpus[0]), "-o", str(reference_run), "--lang", "de")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--resume" in result.stderr and "Traceback" not in result.stderr


def test_resume_with_other_settings_is_refused(small_corpus: tuple[Path, list[str]], reference_run: Path) -> None:
    result = corpus_cli(str(small_corpus[0]), "-o", str(reference_run), "--lang", "de", "--batch-size", "9", "--resume")
    assert result.returncode == 2 and "batch_size" in result.stderr and result.stderr.count("\n") == 1


def test_resume_notices_a_changed_input(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    write_jsonl(source, 6)
    out = tmp_path / "out"
    assert corpus_cli(str(source), "-o", str(out), "--lang", "de").returncode == 0
    write_jsonl(source, 7)
    result = corpus_cli(str(source), "-o", str(out), "--lang", "de", "--resume")
    assert result.returncode == 2 and "inputs" in result.stderr


def test_broken_rows_are_listed_in_errors_and_the_run_exits_1(tmp_path: Path) -> None:
    good = [make_article(k) for k in range(4)]
    big = "Der Rat tagte lange. " * 500_000  # 10.5 MB of text in one row
    rows = [
        b"id;text;outlet",
        f"ok-0;{good[0]};A".encode(),
        b"empty;;A",
        f"ok-1;{good[1]};A".encode(),
        "bytes;Die Stadt plant ".encode() + b"\xff\xfe kaputte Bytes.;A",
        f"big;{big};A".encode(),
        b"short;nur zwei Felder",
        f"ok-2;{good[2]};B".encode(),
    ]
    source = tmp_path / "broken.csv"
    source.write_bytes(b"\n".join(rows) + b"\n")
    jsonl = tmp_path / "fields.jsonl"
    jsonl.write_text(json.dumps({"id": "no-text", "body": good[3]}) + "\n" + json.dumps({"id": "ok-3", "text": good[3]}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = corpus_cli(str(source), str(jsonl), "-o", str(out), "--lang", "de", "--batch-size", "3")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    articles = read_table(out, "articles")
    assert sorted(articles["article_id"]) == ["bytes", "ok-0", "ok-1", "ok-2", "ok-3"]  # bad bytes: replaced, kept
    errors = read_table(out, "errors")
    assert len(errors) == 4
    by_input = {row.input.rsplit("[", 1)[-1]: row for row in errors.itertuples()}
    messages = " | ".join(errors["message"])
    assert "no text" in messages  # empty
    assert "more than the limit" in messages or "limit" in messages  # 10 MB
    assert "fields" in messages  # the row missing a column
    assert "'text'" in messages  # the JSON row without a text field
    assert set(errors["stage"]) <= {"read", "analyze"} and len(by_input) >= 4
    assert errors.loc[errors["article_id"] == "empty", "stage"].tolist() == ["analyze"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["failed"] == 4 and manifest["counts"]["analysed"] == 5
    assert [w["article_id"] for w in manifest["warnings"]] == ["bytes"] and "U+FFFD" in manifest["warnings"][0]["message"]


def test_headerless_csv_with_semicolons_and_single_quotes(tmp_path: Path) -> None:
    texts = [make_article(k).replace("„", "").replace("“", "") for k in range(5)]
    lines = [f"Sport;'{t}'" if k % 2 else f"Politik;'{t}'" for k, t in enumerate(texts)]
    lines[1] = "Kultur;'Der Dichter schrieb: ''Das ist alles''. " + texts[1] + "'"  # a quote char doubled inside
    source = tmp_path / "gnad-like.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = corpus_cli(str(source), "-o", str(out), "--no-header", "--columns", "label,text", "--csv-sep", ";", "--csv-quote", "'", "--lang", "de", "--group-by", "label")
    assert result.returncode == 0, result.stderr
    articles = read_table(out, "articles")
    assert len(articles) == 5 and articles["article_id"].str.startswith("sha1-").all()
    assert set(articles["label"]) == {"Sport", "Politik", "Kultur"}  # a column of its own, no longer in meta
    assert articles["meta"].isna().all()
    assert "'Das ist alles'" in articles.loc[articles["text"].str.contains("Dichter"), "text"].iloc[0]
    assert "Kultur" in (out / "corpus.html").read_text(encoding="utf-8")


def test_column_options_map_other_names(tmp_path: Path) -> None:
    source = tmp_path / "export.csv"
    frame = pd.DataFrame({"doc": ["d1", "d2"], "body": [make_article(1), make_article(2)], "site": ["X", "Y"]})
    frame.to_csv(source, index=False)
    out = tmp_path / "out"
    result = corpus_cli(str(source), "-o", str(out), "--text-col", "body", "--id-col", "doc", "--outlet-col", "site", "--lang", "de")
    assert result.returncode == 0, result.stderr
    articles = read_table(out, "articles").sort_values("article_id")
    assert articles["article_id"].tolist() == ["d1", "d2"] and articles["outlet"].tolist() == ["X", "Y"]
    missing = corpus_cli(str(source), "-o", str(tmp_path / "o2"), "--lang", "de")
    assert missing.returncode == 1 and "'text'" in missing.stderr + read_table(tmp_path / "o2", "errors")["message"].str.cat()


def test_parquet_input_and_csv_output(tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    pd.DataFrame({"id": ["p1", "p2", "p3"], "text": [make_article(k) for k in range(3)]}).to_parquet(source)
    out = tmp_path / "out"
    result = corpus_cli(str(source), "-o", str(out), "--format", "csv", "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert list((out / "scores").glob("*.csv"))
    scores = read_table(out, "scores")
    assert sorted(scores["article_id"]) == ["p1", "p2", "p3"]
    report = run_cli("report", str(out), "-o", str(tmp_path / "r.html"))
    assert report.returncode == 0, report.stderr


def test_repeated_ids_are_renamed_across_batches_and_listed(tmp_path: Path) -> None:
    source = tmp_path / "dups.jsonl"
    rows = [{"id": "same", "text": make_article(k)} for k in range(3)] + [{"id": "other", "text": make_article(9)}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    result = corpus_cli(str(source), "-o", str(out), "--batch-size", "2", "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert sorted(read_table(out, "scores")["article_id"]) == ["other", "same", "same~2", "same~3"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["duplicate_ids_renamed"] == 2
    assert [d["renamed_to"] for d in manifest["duplicate_ids"]] == ["same~2", "same~3"]


def test_progress_lines_when_not_a_terminal(small_corpus: tuple[Path, list[str]], tmp_path: Path) -> None:
    result = run_cli("corpus", str(small_corpus[0]), "-o", str(tmp_path / "out"), "--lang", "de", "--batch-size", "5", "--log-every", "0.1")
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if "/45 articles" in line]
    assert progress and "/s" in progress[-1] and "45/45 articles (100%)" in progress[-1]


def test_per_article_reports_are_linked_from_the_corpus_report(tmp_path: Path) -> None:
    source = tmp_path / "few.jsonl"
    ids = write_jsonl(source, 3)
    out = tmp_path / "out"
    result = corpus_cli(str(source), "-o", str(out), "--reports", "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in (out / "reports").glob("*.html")) == sorted(ids)
    assert f'href="reports/{ids[0]}.html"' in (out / "corpus.html").read_text(encoding="utf-8")


def test_usage_errors_are_one_line(tmp_path: Path, small_corpus: tuple[Path, list[str]]) -> None:
    result = corpus_cli(str(small_corpus[0]), "-o", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2 and "--engine dask" in result.stderr and result.stderr.count("\n") == 1
    result = corpus_cli("-", "-o", str(tmp_path / "o2"), "--resume")
    assert result.returncode == 2 and "standard input" in result.stderr


def test_analyze_corpus_matches_the_command(small_corpus: tuple[Path, list[str]], reference_run: Path) -> None:
    rows = [json.loads(line) for line in small_corpus[0].read_text(encoding="utf-8").splitlines()]
    frame = pd.DataFrame(rows).rename(columns={"text": "body"})
    result = analyze_corpus(frame, lang="de", columns={"text": "body"}, batch_size=8)
    expected = load_sorted(reference_run)
    for table in ("sentences", "cues", "attributions", "scores"):
        got = result[table].sort_values(SORT_KEYS[table]).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected[table], obj=table)
    assert result.errors.empty


def test_analyze_corpus_reports_bad_items_instead_of_raising() -> None:
    result = analyze_corpus([make_article(1), "   ", {"id": "x", "text": make_article(2)}, 42], lang="de")
    assert len(result.articles) == 2 and "x" in set(result.articles["article_id"])
    assert sorted(result.errors["stage"]) == ["analyze", "read"]
    assert "42" in repr(result.errors["message"].tolist()) or "int" in " ".join(result.errors["message"])


# --- progress between batches, one UI language per run, readability ------------------------------------


class _Lines:
    """A stream that keeps the progress lines and lets a test wait for one (no sleeping)."""

    def __init__(self) -> None:
        import threading

        self.lines: list[str] = []
        self._changed = threading.Condition()

    def write(self, text: str) -> None:
        with self._changed:
            self.lines.extend(line for line in text.splitlines() if line)
            self._changed.notify_all()

    def flush(self) -> None:
        pass

    def wait_for(self, needle: str, timeout: float = 20.0) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: any(needle in line for line in self.lines), timeout)


def test_progress_lines_come_every_log_every_seconds_within_a_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One batch of 6 articles: before the batch is written, a line says 3 of them are done."""
    import scoring.corpus.run as corpus_run
    from scoring.corpus.run import Progress

    source = tmp_path / "six.jsonl"
    write_jsonl(source, 6)
    stream = _Lines()
    seen_mid_batch: list[bool] = []
    analyze = corpus_run.analyze_input

    def analyze_and_wait(item, options):  # the 4th article waits until progress reported the first 3
        if item.article_id == "art-00003":
            seen_mid_batch.append(stream.wait_for("3/6 articles"))
        return analyze(item, options)

    monkeypatch.setattr(corpus_run, "analyze_input", analyze_and_wait)
    progress = Progress("log", every=0.05, stream=stream)
    run = run_corpus([str(source)], tmp_path / "out", ReadOptions(), AnalysisOptions(lang="de"), CorpusOptions(batch_size=6), progress)
    assert run.batches == 1 and seen_mid_batch == [True]
    assert stream.lines[-1].startswith("quellcheck: 6/6 articles (100%)")


def test_progress_counts_the_workers_articles(tmp_path: Path) -> None:
    """With --jobs 2 the workers' shared count moves the progress before any batch is written."""
    from scoring.corpus.run import Progress

    class Counter:
        value = 0

    stream, counter = _Lines(), Counter()
    progress = Progress("log", every=0.05, stream=stream)
    progress.start(10)
    progress.follow(counter)
    counter.value = 4
    try:
        assert stream.wait_for("4/10 articles (40%)")
    finally:
        progress.close()
    assert progress.articles_done() == 4


def _lang_of(html_path: Path) -> str:
    import re

    return re.search(r'<html lang="([a-z]+)"', html_path.read_text(encoding="utf-8")).group(1)


@pytest.mark.parametrize("ui_lang", [None, "en", "de"])
def test_one_ui_language_for_every_document_of_a_run(tmp_path: Path, ui_lang: str | None) -> None:
    source = tmp_path / "few.jsonl"
    write_jsonl(source, 3)  # German articles
    out = tmp_path / "out"
    args = ["--ui-lang", ui_lang] if ui_lang else []
    result = corpus_cli(str(source), "-o", str(out), "--reports", *args)  # language detected (no --lang)
    assert result.returncode == 0, result.stderr
    expected = ui_lang or "de"  # the corpus language, as for a single German article
    assert _lang_of(out / "corpus.html") == expected
    assert {_lang_of(page) for page in (out / "reports").glob("*.html")} == {expected}
    assert json.loads((out / "manifest.json").read_text())["options"]["ui_lang"] == expected


def test_an_english_corpus_gets_english_documents(tmp_path: Path) -> None:
    source = tmp_path / "en.jsonl"
    texts = [
        "The city council plans new cycle lanes, the mayor said on Monday. They will cost 40 million dollars, officials said.",
        "According to the police, nobody was hurt in the fire on Main Street. The damage is high, a spokesman said.",
    ]
    source.write_text("".join(json.dumps({"id": f"e{k}", "text": t}) + "\n" for k, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out"
    result = corpus_cli(str(source), "-o", str(out), "--reports")
    assert result.returncode == 0, result.stderr
    assert _lang_of(out / "corpus.html") == "en" and {_lang_of(p) for p in (out / "reports").glob("*.html")} == {"en"}


def test_readability_comes_with_reports_and_is_explained_without(tmp_path: Path) -> None:
    source = tmp_path / "few.jsonl"
    write_jsonl(source, 2)
    with_reports, plain, off = tmp_path / "with", tmp_path / "plain", tmp_path / "off"
    assert corpus_cli(str(source), "-o", str(with_reports), "--lang", "de", "--reports").returncode == 0
    assert corpus_cli(str(source), "-o", str(plain), "--lang", "de").returncode == 0
    assert corpus_cli(str(source), "-o", str(off), "--lang", "de", "--reports", "--no-readability").returncode == 0
    assert read_table(with_reports, "scores")["readability_reading_ease"].notna().all()
    assert read_table(plain, "scores")["readability_reading_ease"].isna().all()
    page = next((off / "reports").glob("*.html")).read_text(encoding="utf-8")
    assert 'id="readability-note"' in page and "--readability" in page
    assert 'id="readability-note"' not in next((with_reports / "reports").glob("*.html")).read_text(encoding="utf-8")


def test_a_corpus_adds_readability_after_the_batch_as_a_single_analysis_computes_it() -> None:
    texts = [
        "Der Gemeinderat beschloss am Montag eine neue Gebührenordnung. Sie gilt ab dem Sommer, sagte die Bürgermeisterin.",
        "Die Feuerwehr rückte zu einem Brand in einer Lagerhalle aus. Verletzt wurde nach Angaben der Polizei niemand.",
        "The council approved the new budget on Tuesday. It includes more money for schools, the mayor said.",
    ]
    columns = ["readability_reading_ease", "readability_grade", "readability_formulas", "config_fingerprint"]
    corpus = analyze_corpus(texts, readability=True).scores.sort_values("article_id")
    single = [analyze(text).scores for text in texts]
    expected = pd.DataFrame([{"article_id": s["article_id"], **{c: s[c] for c in columns}} for s in single]).sort_values("article_id")
    assert corpus["readability_reading_ease"].notna().all()
    assert corpus[["article_id", *columns]].astype(object).values.tolist() == expected.astype(object).values.tolist()
    assert list(single[0])[-4:] == ["readability_reading_ease", "readability_grade", "readability_formulas", "config_fingerprint"]


def test_a_corpus_of_markdown_files_keeps_their_links(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for k in range(3):
        (folder / f"draft{k}.md").write_text(
            f"# Bericht {k}\n\nDie Stadt legte [den Haushaltsplan](https://example.org/haushalt-{k}.pdf) am Montag vor. "
            "Die Ausgaben steigen um vier Prozent, sagte der Kämmerer.\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    result = corpus_cli(str(folder), "-o", str(out), "--lang", "de", "--no-corpus-report")
    assert result.returncode == 0, result.stderr
    links = read_table(out, "links")
    assert sorted(links["text"]) == ["den Haushaltsplan"] * 3 and set(links["kind"]) == {"document"}
    assert read_table(out, "scores")["n_links"].tolist() == [1, 1, 1]


def test_more_jobs_than_the_machine_holds_are_refused_before_any_process_starts(tmp_path: Path) -> None:
    from scoring.corpus.run import max_jobs

    article = tmp_path / "a.txt"
    article.write_text("Die Gemeinde baut eine neue Brücke über den Fluss.\n", encoding="utf-8")
    started = time.perf_counter()
    result = run_cli("corpus", str(article), "-o", str(tmp_path / "out"), "--jobs", str(max_jobs() + 1))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and f"at most {max_jobs()}" in result.stderr
    assert not (tmp_path / "out").exists()
    assert time.perf_counter() - started < 30  # no pool of processes was started and waited for
    assert 1 <= max_jobs() <= 4 * (os.cpu_count() or 1)


def test_ctrl_c_while_workers_start_is_one_line_and_exit_130(tmp_path: Path) -> None:
    """Ctrl+C reaches the whole process group, workers included: they leave it to the main process, which says
    how to resume (the workers had printed a KeyboardInterrupt traceback each while loading their libraries)."""
    corpus = tmp_path / "corpus.jsonl"
    sentences = ("Der Gemeinderat beschloss am Montag den Bau einer Brücke.", "Die Kosten liegen bei zwei Millionen Euro, sagte die Bürgermeisterin.")
    corpus.write_text("".join(json.dumps({"id": f"a{n}", "text": " ".join(sentences) + f" Sitzung {n}."}, ensure_ascii=False) + "\n"
                              for n in range(600)), encoding="utf-8")  # fmt: skip
    process = subprocess.Popen(
        [str(QUELLCHECK), "corpus", str(corpus), "-o", str(tmp_path / "out"), "--jobs", "2", "--lang", "de", "--progress", "none"],
        stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not (tmp_path / "out").exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # the run has begun (its workers were started just before and are loading their libraries)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl+C does
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.count("\n") == 1 and "--resume" in stderr
