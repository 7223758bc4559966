"""Start-up of the command line: how long a user waits for the commands an editor runs on every save.

Measures whole processes (interpreter start included), each as the median of
``--runs`` runs (default 7) and as a ratio to ``python -c pass`` measured in
the same run, so that the noise of this shared machine cancels out:

* ``quellcheck --version``                      (goal ≤ 0.3 s)
* ``quellcheck check`` on a 300-word draft       (goal ≤ 0.6 s)
* ``quellcheck analyze`` of one article to JSON  (goal ≤ 0.8 s)
* ``quellcheck --help``

The first run of a command fills quellcheck's cache (scoring.cache: the
decompressed language-identification model and parsed hyphenation patterns);
one warm-up run of each command is not counted; it also compiles the modules' bytecode (into a temporary
folder, as an installed package has it), which ``PYTHONDONTWRITEBYTECODE`` in the environment would otherwise
prevent. ``--cold`` measures with an empty cache folder instead (every run).

Usage: python bench/startup.py [--runs N] [--cold] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUELLCHECK = Path(sys.executable).parent / "quellcheck"
SAMPLE = ROOT / "scoring" / "samples" / "de_stadtwerke.txt"

# A draft of about 300 words, written for this benchmark.
DRAFT = """# Neue Buslinie für das Gewerbegebiet

Der Stadtrat von Hellbach hat am Dienstag beschlossen, ab März eine neue Buslinie zum Gewerbegebiet Nord
einzurichten. Die Linie soll werktags im Halbstundentakt fahren und den Bahnhof mit den drei größten
Betrieben verbinden. Nach Angaben der Stadtverwaltung kostet der Betrieb rund 420.000 Euro im Jahr.

„Wir wollen, dass niemand mehr mit dem Auto zur Arbeit fahren muss“, sagte Bürgermeisterin Karin Albers
nach der Sitzung. Die Verkehrsbetriebe rechnen mit etwa 600 Fahrgästen pro Tag. Kritiker halten diese
Zahl für zu hoch. Der Fraktionschef der Opposition, Peter Lindner, erklärte, die Stadt habe die Kosten
für neue Haltestellen nicht eingerechnet. Das Regime im Rathaus verschleudere Steuergeld, schrieb ein
Leser in einem Brief an die Redaktion.

Die Unternehmen im Gewerbegebiet begrüßen den Plan. Eine Sprecherin des größten Arbeitgebers, eines
Herstellers von Landmaschinen, sagte, viele Beschäftigte hätten bisher keine Alternative zum Auto gehabt.
Laut einer Umfrage der Industrie- und Handelskammer würden 40 Prozent der Beschäftigten den Bus nutzen,
wenn er regelmäßig fährt. Unklar ist noch, ob das Land die Linie fördert. Ein Antrag soll im Januar
gestellt werden.

Umweltverbände sehen in der Linie nur einen ersten Schritt. Es sei kein Zufall, dass die Stadt erst jetzt
handle, kurz vor der Wahl, sagte ein Vertreter des Verkehrsclubs. Er forderte zusätzlich sichere Radwege
entlang der Landstraße. Die Stadtverwaltung will darüber im Frühjahr beraten. Bis dahin sollen die
Haltestellen geplant und die Fahrpläne mit der Bahn abgestimmt werden, damit die Anschlüsse am Bahnhof
passen. Die ersten Busse könnten nach Schätzungen der Verkehrsbetriebe Anfang April fahren.
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="an empty cache folder for every run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.md"
        draft.write_text(DRAFT, encoding="utf-8")
        out = Path(tmp) / "out.json"
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "quellcheck --version": [str(QUELLCHECK), "--version"],
            "quellcheck --help": [str(QUELLCHECK), "--help"],
            "quellcheck check (300 words)": [str(QUELLCHECK), "check", str(draft)],
            "quellcheck analyze -> JSON": [str(QUELLCHECK), "analyze", str(SAMPLE), "-o", str(out)],
        }
        env = dict(os.environ)
        # as an installed quellcheck runs: with its modules' bytecode compiled once (pip compiles it on install); an
        # environment with PYTHONDONTWRITEBYTECODE would compile every module of an editable install on every run
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
        results: dict[str, float] = {}
        for name, cmd in commands.items():
            times = []
            for run in range(args.runs + (0 if args.cold else 1)):
                if args.cold:
                    env["QUELLCHECK_CACHE_DIR"] = tempfile.mkdtemp(dir=tmp)
                seconds = timed(cmd, env)
                if args.cold or run > 0:  # the first warm run fills the cache
                    times.append(seconds)
            results[name] = statistics.median(times)
    floor = results["python -c pass"]
    if args.json:
        print(json.dumps({name: {"seconds": round(s, 3), "ratio_to_python": round(s / floor, 1)} for name, s in results.items()}, indent=2))
        return 0
    print(f"medians of {args.runs} runs{' (cold cache)' if args.cold else ''}; ratio to `python -c pass` in the same run")
    for name, seconds in results.items():
        print(f"  {name:32} {seconds:6.3f} s  {seconds / floor:5.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
