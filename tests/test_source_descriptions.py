"""What the words around a source say about it, in every scored language.

A source that the text says stays unnamed ("who asked not to be named", "der anonym bleiben wollte", "que pidió el
anonimato") is an anonymous source, the textbook case of one: the sources table, the profile and the linter count it
so, and the clause that says it reports nothing of its own. A document whose maker an apposition names ("The survey,
conducted by Gallup, found") is that maker's. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from scoring import analyze


def rows(text: str, lang: str) -> list[tuple[str, str | None, str | None, bool]]:
    """(cue, source text, source kind, source anonymous) of every attribution."""
    return [(a["cue"], a["source_text"], a["source_kind"], (a["source_id"] or "").startswith("anonymous:"))
            for a in analyze(text, lang=lang).attributions]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # in a relative clause on the source, by a word of anonymity or a negated naming
        ("de", "Ein Passant, der anonym bleiben wollte, sagte, er habe Rauch gesehen.", [("sagte", "Ein Passant", "anonymous", True)]),
        ("de", "Ein Wachmann, der nicht namentlich genannt werden wollte, sagte, das Tor sei offen gewesen.",
         [("sagte", "Ein Wachmann", "anonymous", True)]),
        ("de", "Eine Pflegerin, die ihren Namen nicht in der Zeitung lesen will, sagte, die Station sei überfüllt.",
         [("sagte", "Eine Pflegerin", "anonymous", True)]),
        ("de", "Die Station sei überfüllt, sagte eine Pflegerin, die anonym bleiben möchte.", [("sagte", "eine Pflegerin", "anonymous", True)]),
        ("de", "Laut einem Wachmann, der anonym bleiben wollte, war das Tor offen.", [("Laut", "einem Wachmann", "anonymous", True)]),
        # in the speech tag
        ("de", "Ein Wachmann sagte unter der Bedingung der Anonymität, das Tor sei offen gewesen.",
         [("sagte", "Ein Wachmann", "anonymous", True)]),
        ("en", "A resident, who asked not to be named, said the pumps failed.", [("said", "A resident", "anonymous", True)]),
        ("en", "A resident who declined to give her name said the pumps failed.",
         [("said", "A resident who declined to give her name", "anonymous", True)]),
        ("en", "A resident who didn't want to be named said the pumps failed.",
         [("said", "A resident who didn't want to be named", "anonymous", True)]),
        ("en", "Speaking on condition of anonymity, a resident said the pumps failed.", [("said", "a resident", "anonymous", True)]),
        ("en", "A resident said on condition of anonymity that the pumps failed.", [("said", "A resident", "anonymous", True)]),
        ("en", "A second resident, who asked not to be named, said the pumps failed.", [("said", "A second resident", "anonymous", True)]),
        ("es", "Una vecina que pidió el anonimato dijo que las bombas fallaron.",
         [("dijo", "Una vecina que pidió el anonimato", "anonymous", True)]),
        ("es", "Un empleado que prefirió no ser identificado dijo que las bombas fallaron.",
         [("dijo", "Un empleado que prefirió no ser identificado", "anonymous", True)]),
        # a body's people keep the body's kind: unnamed officials of a government are still the government's
        ("en", "Officials who spoke on condition of anonymity said the pumps failed.",
         [("said", "Officials who spoke on condition of anonymity", "government", True)]),
    ],
)
def test_a_source_said_to_stay_unnamed_is_anonymous(lang: str, text: str, expected: list) -> None:
    assert rows(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # anonymity in the message is what was said, not how the source is kept
        ("de", "Ein Passant sagte, er wolle anonym bleiben.", [("sagte", "Ein Passant", "person", False)]),
        ("en", "A resident said she wanted to stay anonymous.", [("said", "A resident", "person", False)]),
        # a named source stays named; naming no names is no anonymity of the source
        ("de", "Die Polizei nannte keine Namen, teilte aber mit, das Tor sei offen gewesen.", [("teilte", "Die Polizei", "police", False)]),
        ("en", "Mayor Ann Lund, who asked not to be quoted on the budget, said the pumps failed.",
         [("said", "Mayor Ann Lund", "government", False)]),
        # anonymity of another speaker in the sentence is not this one's
        ("en", "A resident said the pumps failed, and a second resident, who asked not to be named, said they worked.",
         [("said", "A resident", "person", False), ("said", "a second resident", "anonymous", True)]),
        # a relative clause about something else
        ("es", "Un vecino que vio el incendio dijo que había mucho humo.", [("dijo", "Un vecino que vio el incendio", "person", False)]),
    ],
)
def test_anonymity_elsewhere_leaves_the_source_as_it_is(lang: str, text: str, expected: list) -> None:
    cues = {row[0] for row in expected}
    assert [row for row in rows(text, lang) if row[0] in cues] == expected


def test_the_clause_that_keeps_a_source_unnamed_reports_nothing() -> None:
    """"nennen", "genannt" and "pidió" in the clause are no reports: only the sentence's own report is left."""
    assert [r[0] for r in rows("Ein Wachmann, der seinen Namen nicht nennen wollte, sagte, das Tor sei offen gewesen.", "de")] == ["sagte"]
    assert [r[0] for r in rows("Ein Wachmann, der nicht namentlich genannt werden wollte, sagte, das Tor sei offen gewesen.", "de")] == ["sagte"]
    assert [r[0] for r in rows("Una vecina, que pidió el anonimato, dijo que las bombas fallaron.", "es")] == ["dijo"]


def test_anonymous_sources_reach_the_profile_and_the_linter() -> None:
    from scoring.aggregation.findings import find_findings

    result = analyze("Ein Passant, der anonym bleiben wollte, sagte, er habe Rauch gesehen.", lang="de")
    assert result.scores["anonymous_source_share"] == 1.0
    assert [f.rule for f in find_findings(result)] == ["anonymous-source"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "named"),
    [
        # a document whose maker an apposition names is that maker's
        ("en", "The survey, conducted by Gallup, found that most riders want later buses.", "expert", True),
        ("en", "The report, released by the World Health Organization, found that cases fell.", "international_org", True),
        ("es", "El estudio, elaborado por la ONU, señala que la pobreza creció.", "international_org", True),
        # a maker nobody names leaves the document as it was; a person's apposition is no maker
        ("en", "The survey, conducted by volunteers, found that most riders want later buses.", "expert", False),
        ("en", "The mayor, backed by the council, said the buses would run later.", "government", True),
    ],
)
def test_a_maker_in_an_apposition_owns_the_document(lang: str, text: str, kind: str, named: bool) -> None:
    (row,) = analyze(text, lang=lang).attributions
    assert (row["source_kind"], row["named"]) == (kind, named)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "body_key"),
    [
        # a former office holder speaks for no body: a politician once in government, a person once of any other body
        ("de", "Die ehemalige Präsidentin des Obersten Gerichtshofs sagte, sie kandidiere.", "person", False),
        ("de", "Der frühere Innenminister Kurt Lenz sagte, er kandidiere.", "politician", False),
        ("de", "Ex-Polizeichef Kurt Lenz sagte, die Wache sei zu klein.", "person", False),
        ("en", "Former police chief Kurt Lenz said the station was too small.", "person", False),
        ("en", "A former executive said the firm hid the losses.", "person", False),
        ("es", "El antiguo jefe de la policía dijo que la comisaría era pequeña.", "person", False),
        # guard: the office holder of now speaks for the body
        ("de", "Die Präsidentin der Caritas sagte, die Hilfe reiche nicht.", "ngo", True),
        ("en", "Police chief Kurt Lenz said the station was too small.", "police", False),
    ],
)
def test_a_former_office_holder_speaks_for_no_body(lang: str, text: str, kind: str, body_key: bool) -> None:
    (row,) = analyze(text, lang=lang).attributions
    assert (row["source_kind"], row["source_id"].startswith("reg:")) == (kind, body_key)
