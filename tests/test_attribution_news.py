"""German news constructions of attribution, sources and voice (issue 13), on sentences written for these tests.

Each test covers a class of construction, with its negative cases: what quellcheck must find, and what it
must not take for an attribution or a source.
"""

from __future__ import annotations

import pytest

from scoring import analyze


def attributions(text: str) -> list[dict]:
    return analyze(text, lang="de").attributions


def sources(text: str) -> dict[str, dict]:
    return {s["source_id"]: s for s in analyze(text, lang="de").sources}


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Die Stadt zahlt 40 Millionen Euro für die Brücke, wie die Kämmerin bestätigte.", "die Kämmerin",
         "Die Stadt zahlt 40 Millionen Euro für die Brücke"),
        ("Wie die Feuerwehr mitteilte, wurde niemand verletzt.", "die Feuerwehr", "wurde niemand verletzt."),
        ("Der Umbau kostet drei Millionen Euro mehr, wie der Landrat am Montag einräumte.", "der Landrat",
         "Der Umbau kostet drei Millionen Euro mehr"),
    ],
)  # fmt: skip
def test_wie_clauses_report_the_main_clause(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert attribution["form"] == "according_to" and attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content
    assert all(claim["attributed"] for claim in result.claims)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Aus Regierungskreisen verlautete, der Minister trete zurück.", "anonymous"),
        ("Aus dem Ministerium hieß es, die Pläne seien vom Tisch.", "government"),
        ("Wie aus dem Rathaus verlautet, steigen die Gebühren im Herbst.", "government"),
        ("Nach Informationen aus dem Rathaus steigen die Gebühren um 5 Prozent.", "government"),
    ],
)
def test_from_within_a_body_is_an_unnamed_insider_of_that_kind(text: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_id"].startswith("insider:")
    assert attribution["source_kind"] == kind and not attribution["named"]
    assert attribution["strength"] < 0.5


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Polizeiangaben wurde der Fahrer leicht verletzt.", "Polizeiangaben"),
        ("Nach Angaben des Innenministeriums kamen 300 Menschen.", "des Innenministeriums"),
        ("Nach neuesten Erkenntnissen der Ermittler war der Brand gelegt.", "der Ermittler"),
        ("Nach einer Umfrage des Instituts sind die Mieten gestiegen.", "des Instituts"),
    ],
)
def test_nach_with_a_statement_noun_means_according_to(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["form"] == "according_to" and attribution["source_text"] == source


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Rede des Ministers verließen viele den Saal.",  # time, not source
        "Nach dem Urteil gingen die Fans nach Hause.",
        "Er fuhr nach Berlin, um den Kanzler zu treffen.",
    ],
)
def test_nach_in_time_and_place_is_no_attribution(text: str) -> None:
    assert not [a for a in attributions(text) if a["form"] == "according_to"]


def test_a_possessive_points_back_to_the_speaker() -> None:
    text = "Die Verbraucherzentrale hält die Erhöhung für überzogen. Nach ihren Berechnungen könnten die Werke sparen."
    result = analyze(text, lang="de")
    later = [a for a in result.attributions if a["sent_id"] == 1]
    assert later and later[0]["source_id"] == result.attributions[0]["source_id"]


def test_demnach_points_back_to_the_previous_source() -> None:
    text = "Die Feuerwehr legte am Montag ihren Bericht vor. Demnach brach das Feuer im Keller aus."
    result = analyze(text, lang="de")
    back = [a for a in result.attributions if a["cue"] == "Demnach"]
    assert back and back[0]["form"] == "according_to"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Die Lage sei unter Kontrolle, so der Sprecher der Polizei.", "der Sprecher der Polizei", "Die Lage sei unter Kontrolle"),
        ("Der Plan komme zu spät, so Müller weiter.", "Müller", "Der Plan komme zu spät"),
    ],
)
def test_so_x_reports_the_clause_before_it(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = [a for a in result.attributions if a["cue"] == "so"]
    assert attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content


def test_so_as_an_adverb_is_no_attribution() -> None:
    assert not [a for a in attributions("Es war so kalt, dass die Schule schloss.") if a["cue"] == "so"]


def test_reported_speech_acts_are_attributions() -> None:
    (attribution,) = attributions("Die Gewerkschaft kritisierte die Sparpläne der Stadt.")
    assert attribution["form"] == "indirect" and attribution["source_text"] == "Die Gewerkschaft"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Ministerin Anna Berger besuchte am Montag die Schule. Sie sagte, die Sanierung beginne im Mai.", "Berger"),
        ("Bürgermeister Paul Roth eröffnete die Brücke. Er sagte, der Bau sei im Zeitplan.", "Roth"),
    ],
)
def test_a_pronoun_speaker_is_resolved_to_the_named_antecedent(text: str, name: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = [a for a in result.attributions if a["sent_id"] == 1]
    assert attribution["named"] and attribution["source_id"] == f"person:{name.lower()}"
    assert not [s for s in result.sources if s["source_id"].startswith("pronoun:")]


def test_a_pronoun_of_the_wrong_gender_is_not_resolved() -> None:
    text = "Die Ministerin Anna Berger besuchte am Montag die Schule. Er sagte, die Sanierung beginne im Mai."
    (attribution,) = [a for a in attributions(text) if a["sent_id"] == 1]
    assert not attribution["named"]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Dann sagte Müller, das sei falsch.", "Müller", "person"),
        ("Danach erklärte die Polizei, die Straße sei frei.", "die Polizei", "police"),
        ("Wie Business Insider berichtet, plant der Konzern eine Fabrik.", "Business Insider", "independent_media"),
    ],
)
def test_sentence_adverbs_are_no_names_and_titles_keep_their_kind(text: str, source: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source and attribution["source_kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "70 Prozent der Bürger lehnen die neue Steuer ab.",
        "Zwei Drittel der Befragten wollen keine höheren Gebühren.",
        "Die Mehrheit der Abgeordneten stimmte dem Antrag zu.",
    ],
)
def test_a_share_of_a_group_is_a_statistic_not_a_source(text: str) -> None:
    result = analyze(text, lang="de")
    assert not result.attributions
    assert not result.sources


def test_a_label_of_the_speaker_is_the_writers_word() -> None:
    cues = analyze("Das Regime dementiert die Berichte über Verhaftungen.", lang="de").cues
    (regime,) = [c for c in cues if c["text"] == "Regime"]
    assert regime["voice"] == "author"


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("Der selbsternannte Experte trat im Fernsehen auf.", "selbsternannte", "loaded"),
        ("Die Entscheidung ist unumstritten.", "unumstritten", "booster"),
    ],
)
def test_new_lexicon_entries(text: str, word: str, category: str) -> None:
    assert (category, word) in {(c["category"], c["text"]) for c in analyze(text, lang="de").cues}


@pytest.mark.parametrize("text", ["Die Preise werden deutlich teurer.", "Die Kosten steigen deutlich über 5 Prozent."])
def test_deutlich_as_a_degree_is_no_booster(text: str) -> None:
    assert not [c for c in analyze(text, lang="de").cues if c["category"] == "booster"]


def test_deutlich_as_certainty_is_a_booster() -> None:
    assert [c for c in analyze("Es wird deutlich, dass die Stadt sparen muss.", lang="de").cues if c["category"] == "booster"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister wollte sich dazu nicht äußern.",
        "Das Ministerium war für eine Stellungnahme nicht zu erreichen.",
        "Die Firma ließ eine Anfrage der Zeitung unbeantwortet.",
        "Die Sprecherin kommentierte den Bericht nicht.",
    ],
)
def test_refusals_to_comment_are_recorded_but_back_no_claim(text: str) -> None:
    result = analyze("Die Stadt erhöht die Gebühren um 5 Prozent. " + text, lang="de")
    (declined,) = [a for a in result.attributions if a["form"] == "declined"]
    assert declined["source_text"] and declined["strength"] == 0.0 and declined["content_start"] is None
    assert not any(claim["attributed"] for claim in result.claims)
    result.tables()  # the form is valid in the attributions table


def test_a_negated_report_is_still_a_report() -> None:
    (attribution,) = attributions("Der Minister sagte, er werde nicht zurücktreten.")
    assert attribution["form"] == "indirect"
