from __future__ import annotations

import pytest

from scoring import analyze
from scoring.model.doc import build_doc
from scoring.analysis.hedging import reported_speech_tokens


def cues(text: str, category: str) -> list[tuple[str, str]]:
    return [(c["text"], c["subtype"]) for c in analyze(text, lang="de").cues if c["category"] == category]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Mehr als hundert Soldaten sollen bei den Kämpfen gefallen sein.", ("sollen", "reportative")),
        ("Der Minister soll schon im Herbst verhaftet worden sein.", ("soll", "reportative")),
        ("Der Versorger soll im Vorjahr einen Gewinn erzielt haben.", ("soll", "reportative")),
        ("Der Unternehmer soll seit Jahren in Zypern leben.", ("soll", "reportative")),
        ("Der Schaden soll fünf Millionen Euro betragen.", ("soll", "reportative")),
        ("Die Bank soll 300 Filialen schließen wollen.", ("soll", "reportative")),  # is said to want
        ("Im Lager soll es keine Vorräte mehr geben.", ("soll", "reportative")),  # "es … geben": there is said to be
        ("Bei der Ware soll es sich um Diebesgut handeln.", ("soll", "reportative")),  # what it is said to be
        ("In dem Streit soll es um ein Grundstück gehen.", ("soll", "reportative")),  # what it is said to be about
        ("Dabei sollen drei Gäste (zwei Kinder und ein Rentner) erkrankt sein.", ("sollen", "reportative")),  # a parenthesis
        ("Die Preise könnten im Winter weiter steigen.", ("könnten", "epistemic_modal")),
        ("Das dürfte die Regierung unter Druck setzen.", ("dürfte", "epistemic_modal")),
        ("Das müsste den Behörden längst bekannt sein.", ("müsste", "epistemic_modal")),
        ("Das mag sein, doch die Frage bleibt.", ("mag", "epistemic_modal")),
        ("Der Täter hat möglicherweise einen Komplizen.", ("möglicherweise", "epistemic_adverb")),
        ("Der angebliche Zeuge meldete sich nie.", ("angebliche", "distancing")),
        ("Es wird geschätzt, dass die Zahl steigt.", ("Es wird geschätzt", "estimate")),
        ("Schätzungen zufolge sind es mehr als tausend.", ("Schätzungen zufolge", "estimate")),
        ("Die Spuren deuten darauf hin, dass es Brandstiftung war.", ("deuten darauf hin", "evidential")),
        ("Tausende Menschen demonstrierten in der Hauptstadt.", ("Tausende", "vague_quantifier")),
        ("In vielen Fällen fehlen die Unterlagen.", ("In vielen Fällen", "vague_quantifier")),
        ("Das ist wohl der Grund für den Streit.", ("wohl", "epistemic_adverb")),
    ],
)
def test_hedges(text: str, hedge: tuple[str, str]) -> None:
    assert hedge in cues(text, "hedge")


@pytest.mark.parametrize(
    "text",
    [
        "Nach außen hin soll ein Signal der Stärke gesendet werden.",  # passive: a plan
        "Das neue Gesetz soll ab Januar gelten.",  # dynamic infinitive: a plan
        "Die Ministerin soll Präsidentin werden.",  # future role
        "Was soll das?",  # question
        "Man sollte die Regeln kennen.",  # sollte is never reportative
        "Der Zeuge müsste morgen aussagen.",  # deontic müsste
        "Die Stadt soll endlich handeln.",  # "handeln" without "sich … um": to act, a demand
        "Der Trainer soll nach der Saison gehen.",  # "gehen" without "es … um": to leave
        "Die Halle soll (nach dem Umbau) im Mai eröffnet werden.",  # a plan with a parenthesis
        "Das Wohl der Bürger steht im Mittelpunkt.",  # the noun Wohl
        "",
    ],
)
def test_not_hedges(text: str) -> None:
    if text:
        assert cues(text, "hedge") == []


@pytest.mark.parametrize(
    ("text", "booster"),
    [
        ("Die Botschaft war unmissverständlich.", "unmissverständlich"),
        ("Es ist kein Zufall, dass alles über Moskau läuft.", "Es ist kein Zufall"),
        ("Zweifellos hat die Regierung versagt.", "Zweifellos"),
        ("In Wahrheit geht es um Macht.", "In Wahrheit"),
        ("Das ist eine klare Botschaft an die Nachbarn.", "klare"),
        ("Die tatsächliche Agenda bleibt geheim.", "tatsächliche"),
        ("Das ist ja allgemein bekannt.", "ja"),
        ("Es ist deutlich, dass der Plan scheitert.", "deutlich"),  # predicative: the writer vouches for it
        ("Dabei zeigt sich, dass der Plan scheitert.", "zeigt sich"),
    ],
)
def test_boosters(text: str, booster: str) -> None:
    assert booster in [t for t, _ in cues(text, "booster")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin machte deutlich, dass sie bleibt.",  # reporting phrase
        "Der Sprecher stellte klar, dass nichts entschieden ist.",  # reporting phrase
        "Die Preise stiegen deutlich mehr als erwartet.",  # quantity
        "Es gab einen deutlichen Anstieg der Fälle.",  # attributive: quantity
        "Natürlich vorkommende Stoffe sind nicht immer harmlos.",  # by nature
        "Doch die Regierung lehnte ab.",  # conjunction
        "Die Firma hat die Konkurrenz deutlich überboten.",  # degree of a verb
        "Die Lage an der Grenze hat sich deutlich entspannt.",
        "Die Ministerin zeigte sich in einer Mitteilung zufrieden.",  # an attitude shown, reported
    ],
)
def test_not_boosters(text: str) -> None:
    assert cues(text, "booster") == []


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Der Minister sagte, die Lage sei ernst.", ["sei"]),
        ("Sie erklärte, man könne nichts tun.", ["könne"]),
        ("Er betonte, die Firma habe alles richtig gemacht.", ["habe"]),
        ("Ich habe das nicht gewusst.", []),  # 1st person indicative
        ("Die Lage ist ernst.", []),
        ("Teile der Brücke stürzten in den Fluss.", []),  # a noun with its genitive opens the sentence
        ("Ende des Monats reist die Delegation ab.", []),
        ("Spiele, die früher verloren gingen, gewinnt das Team heute.", []),  # a noun and its relative clause open the sentence
        ("Am Ende ist die Aufgabe in allen Städten die gleiche.", []),  # an adjective after an article
        ("Für die gleiche Arbeit gibt es weniger Lohn.", []),
        ("Das bedeute, dass die Stadt sparen müsse.", ["bedeute", "müsse"]),  # the pronoun opens its clause
    ],
)
def test_konjunktiv1(text: str, forms: list[str]) -> None:
    result = analyze(text, lang="de")
    doc = build_doc(result.article_id, "de", result.text, result.sentences)
    assert [t.text for t in reported_speech_tokens(doc, doc.tokens)] == forms


def test_cues_in_reported_speech_are_the_sources_voice() -> None:
    result = analyze("Der Minister sagte, die Lage könnte sich verschlechtern. Die Lage könnte sich verschlechtern.", lang="de")
    voices = [c["voice"] for c in result.cues if c["text"] == "könnte"]
    assert voices == ["source", "author"]
    assert [c["hedged"] for c in result.claims] == [False, True]


@pytest.mark.parametrize(("text", "boosters"), [
    ("Sollte er am Sonntag tatsächlich gewinnen, ändert sich im Rathaus viel.", []),
    ("Offen ist, ob die Stadt tatsächlich spart.", []),
    ("Die Messwerte zeigen klar, dass der Fluss sauberer wird.", []),
    ("Die Abstimmung fiel am Ende klar aus.", []),
    # the margin of a result
    ("Die Titelverteidigerin gewann das Finale klar.", []),
    ("Das Duo entschied den zweiten Satz klar für sich.", []),
    ("Eines ist klar: Der Plan scheitert.", ["klar"]),
    ("Natürlich ist das ein Fehler der Verwaltung.", ["Natürlich"]),
    ("Der Plan ist tatsächlich gescheitert.", ["tatsächlich"]),
    # "doch noch" is "after all", "eigentlich" beside a plan says what was planned
    ("Im zweiten Wahlgang ist die Liste doch noch leer ausgegangen.", []),
    ("Die Fluglotsen hatten sich eigentlich vorgenommen, am Freitag zu streiken.", []),
    ("Die Eröffnung sollte eigentlich im Mai sein.", []),
    ("Das weiß doch jeder im Ort.", ["doch"]),
    ("Die Antwort kennt eigentlich jeder im Ort.", ["eigentlich"]),
])  # fmt: skip
def test_boosters_in_conditions_and_manner_readings_assert_nothing(text: str, boosters: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang="de").cues if c["category"] == "booster"] == boosters


@pytest.mark.parametrize(("text", "reportative"), [
    ("Bis Freitag soll der neue Fahrplan stehen.", False),
    ("Künftig soll es für alle Schulen einen Sportplatz geben.", False),
    ("Der Bürgermeister soll Spenden veruntreut haben.", True),
    ("Der Schaden soll im Bereich von zwei bis drei Millionen Euro liegen.", True),
    ("Bis zu 40 Menschen sollen in dem Gebäude gewesen sein.", True),
    # the full stop of an ordinal or abbreviation does not end the clause of "sollen"
    ("Ab 14. März soll der Spielplatz wieder allen Kindern zur Verfügung stehen.", False),
    ("Der Kassierer soll am 2. Juni rund 8.000 Euro entwendet haben.", True),
    ("Prof. Lindner soll z. B. Gutachten gefälscht haben.", True),
    # "heute" puts a state in the schedule; after a condition "sollen" says what is to happen then
    ("Heute Abend soll es auf dem Marktplatz ein Konzert geben.", False),
    ("Wenn der Umbau fertig ist, soll die Bücherei im Rathaus liegen.", False),
    ("Sollte der Umbau scheitern, soll die Bücherei im Rathaus liegen.", False),
    ("Sind die Mängel behoben, so soll gewährleistet sein, dass die Kunden davon erfahren.", False),
    ("Die Bücherei soll seit Jahren leer stehen.", True),
    # a noun phrase said to be the case is hearsay; an adjective with "sein" stays a requirement
    ("Der Grund für den Brand soll ein defektes Kabel sein.", True),
    ("Die neue Halle soll ab Herbst ein Treffpunkt für Vereine sein.", False),
    ("Der Eingang soll barrierefrei sein.", False),
    # a day or month dates the state planned; hearsay about a dated event takes the perfect
    ("Die neue Regel soll am 1. Juli in Kraft sein.", False),
    ("Der Neubau soll im Herbst fertig sein.", False),
    ("Der Kassierer soll im Mai in Graz gewesen sein.", True),
])  # fmt: skip
def test_sollen_with_a_state_in_the_future_is_a_plan_not_hearsay(text: str, reportative: bool) -> None:
    found = [c for c in analyze(text, lang="de").cues if c["subtype"] == "reportative"]
    assert bool(found) is reportative


def test_sollen_with_an_act_of_giving_is_a_plan() -> None:
    assert cues("Der Neue soll im Mittelfeld den Antreiber geben.", "hedge") == []


@pytest.mark.parametrize(
    ("text", "boosters"),
    [
        ("Ihre Texte sind knapp, klar und distanziert.", []),  # a quality among qualities
        ("Für die Aufnahme gelten klare Bedingungen.", []),  # describes the conditions
        ("Die Auflagen waren klar und verständlich formuliert.", []),
        ("Klar ist, dass die Brücke gesperrt bleibt.", ["Klar"]),  # the writer vouches for the clause
        ("Die Satzung des Vereins ist klar geregelt.", []),  # the manner of what is set out
        ("Im Chor gibt es eine klare Aufgabenverteilung.", []),  # how the tasks are set out
        ("Der Elternbeirat hat klare Forderungen an die Schule.", []),  # what is asked
        ("Das war ein klares Foul am Torwart.", ["klares"]),  # a judgment the writer vouches for
    ],
)
def test_klar_describing_a_quality_or_a_rule_is_no_booster(text: str, boosters: list[str]) -> None:
    assert [t for t, _ in cues(text, "booster")] == boosters
