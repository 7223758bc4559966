"""The writer's own demands ("should", "sollte", "debería"): a rule cue of every scored language
(``loaded``/``prescriptive``), counted in the profile's ``prescriptions`` and in the evaluative signal, not in
``loaded_per_1000_words``. Every sentence was written for these tests, demands and look-alikes alike
(rules with a deadline, conclusions, conditions, plans, what circumstances require)."""

from __future__ import annotations

import pytest

from scoring import analyze


def demands(text: str, lang: str, voice: str | None = "author") -> list[str]:
    """The texts of the prescriptive cues of ``text`` (in the given voice; None: any)."""
    return [
        c["text"] for c in analyze(text, lang=lang).cues
        if c["subtype"] == "prescriptive" and (voice is None or c["voice"] == voice)
    ]  # fmt: skip



@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The county should repair the bridge on Mill Street.", ["should"]),
        ("en", "Parliament ought to close the loophole before the summer.", ["ought to"]),
        ("en", "The regulator must act before more savers lose their money.", ["must"]),
        ("en", "The old ferry must be replaced.", ["must"]),
        ("en", "The board should have listened to the nurses years ago.", ["should"]),
        ("en", "Voters should not be asked to wait another decade.", ["should"]),
        ("en", "Commuters shouldn’t have to pay for the council's mistakes.", ["shouldn’t"]),  # negated in a contraction
        ("en", "The depot mustn't be sold off before the inquiry ends.", ["mustn't"]),
        ("de", "Die Gemeinde sollte die Prüfberichte veröffentlichen.", ["sollte"]),
        ("de", "Der Landtag muss die Lücke endlich schließen.", ["muss"]),
        ("de", "Darüber muss man offen reden.", ["muss"]),
        ("de", "Wir müssen die Pflege besser bezahlen.", ["müssen"]),
        ("de", "Die alten Fähren sollten ersetzt werden.", ["sollten"]),
        ("de", "Vertrauen Sie keinem Anrufer, der nach Ihrer PIN fragt.", ["Vertrauen"]),  # an imperative to the reader
        ("de", "Prüfen Sie jede Nebenkostenabrechnung genau!", ["Prüfen"]),
        ("de", "Wer ein altes Auto fährt, sollte den Ölstand jeden Monat prüfen.", ["sollte"]),  # after a free relative subject
        ("de", "Der Kurs ist gut und wer noch Zeit hat, sollte sich rasch anmelden.", ["sollte"]),
        ("de", "Die Stadt hat genug Geld und sollte die Halle sanieren.", ["sollte"]),  # "hat" without "vor" reports nothing
        ("es", "El ayuntamiento debería publicar los informes.", ["debería"]),
        ("es", "Hay que reforzar los diques antes del invierno.", ["Hay que"]),
        ("es", "Debemos proteger los humedales.", ["Debemos"]),
        ("es", "El consejero debe dimitir de inmediato.", ["debe"]),
        ("es", "Se debe respetar el descanso de los vecinos.", ["debe"]),
    ],
)
def test_demands(lang: str, text: str, expected: list[str]) -> None:
    assert demands(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Should the talks collapse, fuel prices would rise."),  # a condition
        ("en", "Tenants must renew their permits by March 31."),  # a rule with a deadline
        ("en", "The clerk must have misplaced the ballots."),  # a conclusion (epistemic)
        ("en", "The readings must be accurate to within a degree."),  # a conclusion or a requirement, no demand
        ("en", "If the pump should fail, an alarm sounds."),  # a condition
        ("en", "Should the council raise the fee?"),  # a question
        ("en", "Shouldn’t the council raise the fee?"),  # a question, contracted
        ("en", "The clerk mustn't have seen the ballots."),  # a conclusion (epistemic), contracted
        ("en", "The mayor has promised that the pool will reopen."),  # no modal
        ("de", "Die Torhüterin muss nach ihrer Verletzung drei Wochen pausieren."),  # what circumstances require
        ("de", "Antragsteller müssen das Formular bis Ende Mai einreichen."),  # a rule
        ("de", "Pendler müssen am Montag mit Verspätungen rechnen."),  # an expectation
        ("de", "Sollte der Vertrag scheitern, steigen die Gebühren."),  # a condition
        ("de", "Der Bescheid gilt noch nicht, sollte die Firma Einspruch erheben, ruht das Verfahren."),  # a condition
        ("de", "Die Brücke sollte ursprünglich im Sommer fertig werden."),  # a plan, in the past
        ("de", "Die Mieter drohen mit einer Klage, sollte die Verwaltung die Heizung nicht reparieren."),  # a condition after the main clause
        ("de", "Das Konzert sollte am Freitag um 20 Uhr beginnen."),  # a plan, in the past
        ("de", "Wenn man umsteigen müsste, wäre die Fahrt länger."),  # a condition
        ("de", "Sollte man die Gebühr senken?"),  # a question
        ("de", "Glauben Sie, dass die Miete weiter steigt?"),  # a question to an interviewee
        ("de", "Wenn Sie mit dem Rad kommen, parken Sie am Nordtor."),  # "Sie" after a subordinator
        ("de", "Brauchen Sie Hilfe beim Antrag, hilft das Bürgerbüro weiter."),  # a condition closed by a comma
        ("de", "Später hörten sie vom Ergebnis der Wahl."),  # "sie" of the third person
        ("es", "Los solicitantes deben presentar el formulario en la sede."),  # a rule
        ("es", "La portera tuvo que abandonar el partido."),  # what circumstances required
        ("es", "Debe de haber unas doscientas personas en la plaza."),  # a conclusion (epistemic)
        ("es", "¿Debería el Gobierno bajar el impuesto?"),  # a question
        ("es", "Si debiera pagar la multa, recurriría."),  # a condition
        ("es", "La empresa debe dinero a sus proveedores."),  # owes
    ],
)
def test_look_alikes_are_no_demands(lang: str, text: str) -> None:
    assert demands(text, lang) == []


def test_a_demand_inside_a_report_or_a_quotation_is_the_sources() -> None:
    assert demands("The union said the company should raise wages.", "en") == []
    assert demands("The union said the company should raise wages.", "en", voice="source") == ["should"]
    assert demands("„Die Stadt muss endlich handeln“, sagte die Sprecherin.", "de", voice="source") == ["muss"]
    # a condition is no demand in a report either; the source's own demand after a comma still is
    assert demands("Der Verein kündigte Proteste an, sollte die Halle schließen.", "de", voice="source") == []
    assert demands("Der Verein sagte, die Stadt sollte die Halle offen halten.", "de", voice="source") == ["sollte"]
    assert demands("Die Kammer wies darauf hin, die Stadt sollte die Halle sanieren.", "de", voice="source") == ["sollte"]


def test_demands_have_their_own_column_and_count_as_evaluative_not_as_loaded_wording() -> None:
    plain = analyze("Der Bus fährt um acht. Die Strecke ist zwölf Kilometer lang. Der Halt liegt am Markt.", lang="de").scores
    demanding = analyze("Der Bus fährt um acht. Die Stadt sollte den Takt verdichten. Der Halt liegt am Markt.", lang="de").scores
    assert plain["prescriptions"] == 0 and demanding["prescriptions"] == 1
    assert demanding["loaded_per_1000_words"] == plain["loaded_per_1000_words"] == 0
    assert demanding["evaluative_per_1000_words"] > plain["evaluative_per_1000_words"]


def test_every_language_explains_a_demand_and_suggests_what_to_do() -> None:
    for lang, text in (("de", "Die Stadt sollte handeln."), ("en", "The city should act."), ("es", "La ciudad debería actuar.")):
        (cue,) = [c for c in analyze(text, lang=lang).cues if c["subtype"] == "prescriptive"]
        assert cue["explanation"] and cue["explanation_de"] and cue["suggestion"], (lang, cue)
