"""``quellcheck serve`` under load: one slow request must not hold up the others.

No test measures time. A slow analysis is simulated by one that waits for an event the
test sets only after it has seen another request finish; every wait has a generous
limit that only ends a deadlock (the failure being tested for), so that the test fails
instead of hanging. The latency figures are measured by bench/web_load.py.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import warnings
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

import scoring.pipeline
from reports.charts import profile_chart
from scoring.web import create_app
from scoring.web.app import LARGE_TEXT_CHARS, LARGE_TEXT_NICENESS, Analyses
from scoring.web.jobs import Submission, WebError

with warnings.catch_warnings():  # starlette's notice about a future httpx: not ours to fix
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SAMPLE = "Laut der Polizei wurde niemand verletzt. Das Regime soll angeblich 40 Millionen Euro veruntreut haben."
SLOW = "Langsam. "  # a text starting so is analysed only once the test says so
DEADLOCK = 60  # seconds: only reached when a request waits for another (the bug these tests catch)


@pytest.fixture
def gate(monkeypatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Analyses of texts starting with SLOW wait for ``release``; ``entered`` is set when one does."""
    entered, release = threading.Event(), threading.Event()
    analyze_input = scoring.pipeline.analyze_input

    def gated(inp, options=None):  # type: ignore[no-untyped-def]
        if inp.content.startswith(SLOW):
            entered.set()
            if not release.wait(DEADLOCK):
                raise AssertionError("the slow analysis was never released")
        return analyze_input(inp, options)

    monkeypatch.setattr(scoring.pipeline, "analyze_input", gated)
    yield entered, release
    release.set()


def _in_background(call: Callable[[], Any]) -> tuple[Future[Any], ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=1)
    return pool.submit(call), pool


def test_a_slow_analysis_does_not_hold_up_another_request(gate) -> None:
    entered, release = gate
    # analyses in the server's threads: the only way to make one wait from a test (a worker process
    # would not see the monkeypatch); what is tested is that nothing serialises the requests
    with TestClient(create_app(workers=0)) as client:
        slow, pool = _in_background(lambda: client.post("/analyze", data={"text": SLOW + SAMPLE}))
        with pool:
            assert entered.wait(DEADLOCK), slow.result()
            other = client.post("/analyze", data={"text": SAMPLE})  # under a global lock: waits for the slow one
            slow_still_running = not slow.done()
            release.set()
            assert other.status_code == 200 and "Regime" in other.text
            assert slow_still_running, "the second request finished only after the slow one"
            assert slow.result().status_code == 200


def test_a_flood_of_requests_is_answered_busy_before_the_bodies_are_read(gate) -> None:
    entered, release = gate
    with TestClient(create_app(workers=0, max_pending=1)) as client:
        slow, pool = _in_background(lambda: client.post("/analyze", data={"text": SLOW + SAMPLE}))
        with pool:
            assert entered.wait(DEADLOCK), slow.result()
            busy = client.post("/analyze?lang=en", data={"text": SAMPLE})
            api = client.post("/api/teach/check", json={"text": SAMPLE, "spans": [], "ui": "de"})
            front = client.get("/")  # pages without analysis are still served
            release.set()
            assert busy.status_code == 503 and "busy" in busy.text and busy.headers["retry-after"] == "5"
            assert "default-src 'none'" in busy.headers["content-security-policy"]
            assert api.status_code == 503 and "ausgelastet" in api.json()["error"]
            assert front.status_code == 200
            assert slow.result().status_code == 200
        assert client.post("/analyze", data={"text": SAMPLE}).status_code == 200  # free again


@pytest.mark.parametrize(("ui", "expected"), [("de", "1.000.001 Zeichen; höchstens 1.000.000"), ("en", "1,000,001 characters; at most 1,000,000")])
def test_a_text_over_the_character_limit_is_refused_with_a_clear_message(ui, expected) -> None:
    client = TestClient(create_app(workers=0))
    text = "Wort " * 200_000 + "x"
    page = client.post(f"/analyze?lang={ui}", data={"text": text})
    assert page.status_code == 413 and expected in page.text
    api = client.post("/api/teach/check", json={"text": text, "spans": [], "ui": ui})
    assert api.status_code == 413 and expected in api.json()["error"]


def test_the_character_limit_can_be_set() -> None:
    client = TestClient(create_app(workers=0, max_chars=len(SAMPLE)))
    assert client.post("/analyze", data={"text": SAMPLE}).status_code == 200
    refused = client.post("/analyze?lang=en", data={"text": SAMPLE + "!"})
    assert refused.status_code == 413 and f"at most {len(SAMPLE)} are analysed" in refused.text


@pytest.mark.parametrize("bad", [{"max_chars": 0}, {"max_pending": 0}, {"workers": -1}])
def test_create_app_refuses_impossible_limits(bad) -> None:
    with pytest.raises(ValueError):
        create_app(**bad)


# --- worker processes ------------------------------------------------------------------------
# Jobs for the pool: functions of this module, which the spawned workers import.


def _wait_for(sub: Submission, ui: str, release: Any) -> str:
    if not release.wait(DEADLOCK):
        raise AssertionError("the long text's job was never released")
    return "long"


def _answer(sub: Submission, ui: str) -> str:
    return f"short, in process {os.getpid()}"


def _niceness(sub: Submission, ui: str) -> int:
    return os.nice(0)


def _die(sub: Submission, ui: str) -> str:
    os._exit(1)  # a worker killed mid-analysis (e.g. out of memory)


LONG = Submission("x" * (LARGE_TEXT_CHARS + 1), "txt", "de")
SHORT = Submission(SAMPLE, "txt", "de")


def test_long_texts_never_take_the_workers_of_ordinary_ones() -> None:
    analyses = Analyses(workers=1)

    async def scenario(release: Any) -> tuple[str, bool, list[str]]:
        # two huge pastes first: in one pool they would hold its only worker
        first = asyncio.create_task(analyses.run(_wait_for, LONG, "de", release))
        second = asyncio.create_task(analyses.run(_wait_for, LONG, "de", release))
        await asyncio.sleep(0)  # not a wait: lets both tasks submit their jobs before the short one
        short = await analyses.run(_answer, SHORT, "de")
        long_ones_waiting = not first.done() and not second.done()
        release.set()
        return short, long_ones_waiting, [await first, await second]

    with multiprocessing.get_context("spawn").Manager() as manager:
        try:
            short, long_ones_waiting, long_results = asyncio.run(scenario(manager.Event()))
        finally:
            analyses.shutdown()
    assert short.startswith("short, in process") and not short.endswith(f" {os.getpid()}")
    assert long_ones_waiting and long_results == ["long", "long"]


@pytest.mark.skipif(not hasattr(os, "nice"), reason="CPU priority (nice) is a Unix feature")
def test_long_texts_run_at_a_lower_cpu_priority() -> None:
    analyses = Analyses(workers=1)
    try:
        normal, low = asyncio.run(_both(analyses.run(_niceness, SHORT, "de"), analyses.run(_niceness, LONG, "de")))
    finally:
        analyses.shutdown()
    assert low == min(normal + LARGE_TEXT_NICENESS, 19)


async def _both(a: Awaitable[int], b: Awaitable[int]) -> list[int]:
    return list(await asyncio.gather(a, b))


def test_a_dead_worker_gives_a_503_and_the_next_request_a_new_pool() -> None:
    analyses = Analyses(workers=1)
    try:
        with pytest.raises(WebError) as died:
            asyncio.run(analyses.run(_die, SHORT, "en"))
        assert died.value.status == 503 and "stopped unexpectedly" in died.value.message
        assert asyncio.run(analyses.run(_answer, SHORT, "en")).startswith("short")
    finally:
        analyses.shutdown()


# --- charts ----------------------------------------------------------------------------------


def test_charts_drawn_in_threads_at_once_are_the_same_as_one_at_a_time() -> None:
    # matplotlib's rcParams are process-wide: charts drawn at once must not see each other's settings
    args = (["Gesamt", "Quellen", "Belege"], [62.0, None, 35.0], "nicht gemessen", "Profil")
    expected = profile_chart(*args)
    with ThreadPoolExecutor(max_workers=4) as pool:
        drawn = list(pool.map(lambda _: profile_chart(*args), range(24)))
    assert all(svg == expected for svg in drawn)
    assert "<text" in expected and 'id="profile-' in expected  # text kept as text, ids from the fixed salt
