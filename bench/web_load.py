"""Benchmark: does one huge paste stall the other users of ``quellcheck serve``?

Starts the web app with uvicorn in a subprocess on ``127.0.0.1`` and a free
port (loopback only; nothing else is contacted), warms it up, and then per
round

1. posts ``--normal`` (default 20) ordinary German articles of about 300 words
   to ``POST /analyze`` at once, and
2. posts one ``--paste-bytes`` (default 1 MB) one-line paste first and, while
   it runs, the same ``--normal`` articles at once,

and prints the median (p50) and 95th percentile (p95) latency of the ordinary
requests and the time of the paste. Requests are multipart form posts, as the
browser sends them. The articles were written for this script; with
``../shared/corpus/10kgnad/test.csv`` present, 10kGNAD test articles of 200–400
words are mixed in for more realistic ones.

Not a test: times depend on the machine, and a shared machine is noisy, hence
several rounds and their medians. Everything is bounded: each request has a
timeout (``--timeout``), and the server is stopped at the end.

``--factory module:function`` serves another app factory (default
``scoring.web:create_app``), e.g. one calling ``create_app(workers=0)`` to
measure analyses in threads instead of processes.

Usage: python bench/web_load.py [--rounds N] [--normal N] [--paste-bytes N] [--timeout SECONDS] [--shared ../shared]
       [--factory module:function]
"""

from __future__ import annotations

import argparse
import csv
import http.client
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Written for this benchmark (not taken from any corpus): news-like prose with attributions, hedges,
# quotations, figures and a little loaded wording, so that every scorer has work to do.
ARTICLES = (
    """Stadtrat beschließt neues Verkehrskonzept für die Innenstadt

Der Stadtrat hat am Dienstagabend nach langer Debatte ein neues Verkehrskonzept für die Innenstadt beschlossen. Laut Bürgermeisterin Anna Keller sollen bis 2027 rund 14 Kilometer neue Radwege entstehen. Die Kosten bezifferte die Verwaltung auf etwa 38 Millionen Euro, von denen das Land nach Angaben des Verkehrsministeriums knapp die Hälfte übernehmen will.

„Wir machen die Innenstadt sicherer und leiser“, sagte Keller nach der Abstimmung. Der Beschluss fiel mit 31 zu 22 Stimmen. Die Opposition kritisierte das Vorhaben scharf. Der Fraktionsvorsitzende der Bürgerliste, Thomas Brandt, sprach von einem „ideologischen Feldzug gegen Autofahrer“. Händler in der Fußgängerzone befürchten angeblich Umsatzeinbußen von bis zu 20 Prozent, weil Parkplätze wegfallen.

Eine Studie der Technischen Hochschule kommt dagegen zu einem anderen Ergebnis. Demnach könnten die Geschäfte sogar profitieren, wenn mehr Menschen zu Fuß oder mit dem Rad in die Stadt kommen. Die Autoren räumen allerdings ein, dass ihre Daten aus anderen Städten stammen und sich nicht ohne Weiteres übertragen lassen.

Der Einzelhandelsverband kündigte an, die Umsetzung genau zu beobachten. Ein Sprecher erklärte, man sei grundsätzlich gesprächsbereit, erwarte aber eine bessere Anbindung der Parkhäuser. Nach Informationen dieser Zeitung soll es bereits im Frühjahr ein erstes Treffen zwischen Verwaltung und Händlern geben.

Die ersten Bauarbeiten beginnen voraussichtlich im Sommer an der Bahnhofstraße. Dort sollen zunächst zwei Fahrspuren zu einem geschützten Radweg umgebaut werden. Anwohner können sich ab kommender Woche in einer Ausstellung im Rathaus über die Pläne informieren. Die Verwaltung will außerdem eine Online-Befragung starten, deren Ergebnisse in die weitere Planung einfließen sollen. Kritiker bezweifeln jedoch, dass die Befragung mehr als ein Feigenblatt ist. Die Grünen im Stadtrat begrüßten den Beschluss und forderten, das Tempo beim Ausbau zu erhöhen. Bis Ende des Jahres soll ein Zwischenbericht vorliegen, der auch die Unfallzahlen der vergangenen fünf Jahre auswertet.
""",
    """Klinikverbund meldet Engpässe bei Pflegekräften

Der regionale Klinikverbund hat nach eigenen Angaben in drei seiner fünf Häuser Betten sperren müssen, weil Pflegekräfte fehlen. Wie ein Sprecher am Montag mitteilte, sind derzeit rund 120 Stellen unbesetzt. Betroffen seien vor allem die Intensivstationen und die Kinderklinik.

Die Gewerkschaft Verdi macht die Geschäftsführung für die Lage verantwortlich. „Die Beschäftigten arbeiten seit Jahren am Limit“, sagte die Gewerkschaftssekretärin Petra Lang. Viele hätten wegen der Belastung gekündigt oder ihre Arbeitszeit reduziert. Die Geschäftsführung weist diese Darstellung zurück. Der Fachkräftemangel sei ein bundesweites Problem, das ein einzelner Träger nicht lösen könne, erklärte Geschäftsführer Martin Vogt.

Nach Zahlen des Statistischen Landesamts ist die Zahl der Pflegekräfte im Land in den vergangenen zehn Jahren zwar gestiegen, die Zahl der Behandlungsfälle aber noch stärker. Experten gehen davon aus, dass sich die Lage in den kommenden Jahren weiter verschärfen wird, weil viele Beschäftigte in den Ruhestand gehen. Eine Sprecherin des Gesundheitsministeriums sagte, das Land unterstütze die Kliniken bei der Anwerbung ausländischer Fachkräfte.

Patientinnen und Patienten müssen sich offenbar auf längere Wartezeiten bei geplanten Operationen einstellen. Notfälle würden aber weiterhin versorgt, versicherte der Klinikverbund. Der Landrat forderte einen runden Tisch mit allen Beteiligten. Man dürfe die Menschen in der Region nicht im Stich lassen, sagte er.

Der Verbund will nun mit höheren Zulagen und flexibleren Dienstplänen gegensteuern. Außerdem sollen Auszubildende früher übernommen werden. Ob das reicht, ist fraglich: Nach einer internen Umfrage, die dieser Zeitung vorliegt, denkt fast jede dritte Pflegekraft darüber nach, den Beruf zu verlassen. Die Geschäftsführung wollte sich zu der Umfrage nicht äußern. Der Betriebsrat verlangt eine verbindliche Personaluntergrenze für alle Stationen und droht mit Protesten vor dem Kreistag.
""",
    """Energieversorger erhöht Preise zum Jahreswechsel

Der kommunale Energieversorger erhöht zum ersten Januar die Preise für Strom und Gas. Ein durchschnittlicher Haushalt mit einem Verbrauch von 3.000 Kilowattstunden muss nach Berechnungen des Unternehmens mit Mehrkosten von etwa 96 Euro im Jahr rechnen. Als Gründe nannte das Unternehmen gestiegene Netzentgelte und höhere Beschaffungskosten.

Die Verbraucherzentrale hält die Erhöhung für teilweise nicht nachvollziehbar. Die Großhandelspreise seien im Laufe des Jahres eher gesunken, sagte die Energieexpertin Julia Hartmann. „Die Kunden haben ein Recht darauf zu erfahren, wie sich der Preis zusammensetzt.“ Sie rät Betroffenen, Angebote zu vergleichen und gegebenenfalls den Anbieter zu wechseln.

Der Versorger verweist dagegen auf langfristige Lieferverträge. Weil das Unternehmen Energie bis zu drei Jahre im Voraus einkaufe, kämen sinkende Preise nur mit Verzögerung bei den Kunden an, erklärte Vorstand Stefan Richter. Umgekehrt habe man die Kunden in der Krise vor den stärksten Preisspitzen geschützt.

Im Stadtrat sorgt die Erhöhung für Unmut. Die Linke fordert, dass die Stadt als Eigentümerin auf einen Teil der Gewinnausschüttung verzichtet. Der Kämmerer lehnt das ab. Der Haushalt sei auf die Einnahmen angewiesen, sonst müssten an anderer Stelle Leistungen gekürzt werden. Wie hoch die Ausschüttung im vergangenen Jahr war, wollte die Verwaltung nicht sagen.

Haushalte mit geringem Einkommen können beim Sozialamt einen Zuschuss beantragen. Nach Angaben der Stadt haben im vergangenen Winter rund 1.400 Haushalte davon Gebrauch gemacht. Der Versorger bietet zudem Ratenzahlungen an, wenn Kunden in Zahlungsschwierigkeiten geraten. Schuldnerberatungen berichten allerdings, dass die Zahl der Menschen mit Energieschulden deutlich gestiegen sei. Eine Beraterin sprach von einer stillen Krise, die kaum jemand wahrnehme. Die Sonderkündigungsfrist für Kunden endet zwei Wochen nach Eingang des Schreibens.
""",
    """Neue Studie zu Schulleistungen sorgt für Streit

Eine neue Vergleichsstudie zu den Leistungen von Grundschülern sorgt im Land für heftige Diskussionen. Demnach erreichen nur noch 58 Prozent der Viertklässler die Mindeststandards im Lesen, vor fünf Jahren waren es noch 66 Prozent. Die Ergebnisse wurden am Donnerstag vom Institut für Bildungsforschung in der Landeshauptstadt vorgestellt.

Kultusministerin Sabine Roth nannte die Zahlen „ernüchternd, aber nicht überraschend“. Die Schulen hätten in den Jahren der Pandemie viel Unterricht verloren, sagte sie. Das Ministerium wolle deshalb zusätzliche Lesestunden einführen und mehr Geld für Förderlehrkräfte bereitstellen. Wie viel genau, ließ sie offen.

Die Lehrergewerkschaft wirft der Landesregierung dagegen vor, seit Jahren zu wenig in die Grundschulen investiert zu haben. Es fehlten Hunderte Lehrkräfte, viele Stunden würden von Quereinsteigern ohne pädagogische Ausbildung gegeben. Der Elternverband spricht gar von einem „Bildungsnotstand“. Vertreter der Regierungsfraktionen wiesen die Kritik zurück und verwiesen auf neu geschaffene Stellen.

Die Autoren der Studie warnen davor, die Ergebnisse allein auf die Pandemie zurückzuführen. Auch der wachsende Anteil von Kindern, die zu Hause kaum Deutsch sprechen, spiele eine Rolle, heißt es in dem Bericht. Zudem lesen Kinder in ihrer Freizeit offenbar seltener als früher. Die Forscher empfehlen, die Sprachförderung schon im Kindergarten zu verstärken.

Bildungsforscher anderer Universitäten mahnen zur Vorsicht bei der Deutung. Die Stichprobe sei zwar groß, die Tests seien aber gegenüber der letzten Runde leicht verändert worden. Ein direkter Vergleich sei deshalb nur eingeschränkt möglich, sagte ein Statistiker. Die Opposition hat für die kommende Sitzung des Landtags eine Aktuelle Stunde beantragt. Das Ministerium kündigte an, die Schulen im Herbst mit einem eigenen Programm zur Leseförderung zu unterstützen.
""",
)


def corpus_articles(shared: Path, limit: int = 40) -> list[str]:
    """10kGNAD test articles of 200–400 words, if ``shared`` has them (else none)."""
    path = shared / "corpus" / "10kgnad" / "test.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [text for _, text in csv.reader(handle, delimiter=";", quotechar="'")]
    return [t for t in texts if 200 <= len(t.split()) <= 400][:limit]


def one_line_paste(articles: list[str], n_bytes: int) -> str:
    """``n_bytes`` of UTF-8 text on a single line: the articles joined by spaces, repeated, cut at a character."""
    line = " ".join(" ".join(a.split()) for a in articles) + " "
    data = (line * (n_bytes // len(line.encode("utf-8")) + 1)).encode("utf-8")[:n_bytes]
    return data.decode("utf-8", "ignore")


def multipart(fields: dict[str, str]) -> tuple[bytes, str]:
    boundary = f"----quellcheck{secrets.token_hex(8)}"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode("utf-8")
        for name, value in fields.items()
    ]
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post_article(port: int, text: str, timeout: float) -> float:
    """POST ``text`` to /analyze; the seconds until the whole response was read. Raises on a non-200 answer."""
    body, content_type = multipart({"text": text, "markup": "txt", "article_lang": "auto"})
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/analyze?lang=de", body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"POST /analyze answered {response.status} {response.reason}")
    finally:
        connection.close()
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(factory: str, port: int, timeout: float) -> subprocess.Popen[bytes]:
    """uvicorn serving the app ``factory`` makes on 127.0.0.1:``port``, once it answers ``GET /``."""
    # a PYTHONPATH given to the benchmark comes first: it may hold another version of the app to compare
    python_path = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", factory,
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env={**os.environ, "PYTHONPATH": python_path},
    )  # fmt: skip
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server stopped with exit code {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    raise RuntimeError(f"the server did not answer within {timeout:.0f} s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGINT)  # uvicorn's clean shutdown (runs the app's lifespan end)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) by linear interpolation between the sorted values."""
    ordered = sorted(values)
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def burst(pool: ThreadPoolExecutor, port: int, texts: list[str], timeout: float) -> list[float]:
    futures = [pool.submit(post_article, port, text, timeout) for text in texts]
    return [f.result() for f in futures]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of measurement (default 3)")
    parser.add_argument("--normal", type=int, default=20, help="ordinary articles posted at once (default 20)")
    parser.add_argument("--paste-bytes", type=int, default=1_000_000, help="size of the one-line paste (default 1 MB)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per request and for start-up (default 300)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (for 10kGNAD)")
    parser.add_argument("--factory", default="scoring.web:create_app", help="the app factory uvicorn serves")
    args = parser.parse_args(argv)

    extra = corpus_articles(args.shared)
    articles = list(ARTICLES) + extra
    normal = [articles[i % len(articles)] for i in range(args.normal)]
    paste = one_line_paste(articles, args.paste_bytes)
    words = statistics.median(len(t.split()) for t in normal)
    print(f"{args.normal} ordinary articles (median {words:.0f} words; {len(extra)} from 10kGNAD available), "
          f"one paste of {len(paste.encode('utf-8')):,} bytes / {len(paste):,} characters on one line; "
          f"{os.cpu_count()} CPUs; app {args.factory}", flush=True)  # fmt: skip

    port = free_port()
    server = start_server(args.factory, port, args.timeout)
    rows: list[tuple[float, float, float, float, float]] = []
    try:
        with ThreadPoolExecutor(max_workers=args.normal + 1) as pool:
            burst(pool, port, normal[: max(4, 2 * (os.cpu_count() or 1))], args.timeout)  # warm-up
            for n in range(1, args.rounds + 1):
                alone = burst(pool, port, normal, args.timeout)
                paste_future: Future[float] = pool.submit(post_article, port, paste, args.timeout)
                time.sleep(0.5)  # the paste is uploaded and being analysed before the others arrive
                beside = burst(pool, port, normal, args.timeout)
                paste_seconds = paste_future.result()
                row = (percentile(alone, 0.5), percentile(alone, 0.95), percentile(beside, 0.5), percentile(beside, 0.95), paste_seconds)
                rows.append(row)
                print(f"round {n}: alone p50 {row[0]:.2f} s, p95 {row[1]:.2f} s | beside the paste p50 {row[2]:.2f} s, "
                      f"p95 {row[3]:.2f} s | paste {row[4]:.2f} s", flush=True)  # fmt: skip
    finally:
        stop_server(server)
    medians = [statistics.median(column) for column in zip(*rows, strict=True)]
    print(f"median of {len(rows)} rounds: {args.normal} ordinary articles alone p50 {medians[0]:.2f} s, p95 {medians[1]:.2f} s; "
          f"beside a {args.paste_bytes / 1e6:g} MB paste p50 {medians[2]:.2f} s, p95 {medians[3]:.2f} s; "
          f"the paste {medians[4]:.2f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
