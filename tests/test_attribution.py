from __future__ import annotations

import pytest

from scoring import analyze


def attributions(text: str) -> list[dict]:
    return analyze(text, lang="de").attributions


def first(text: str) -> dict:
    found = attributions(text)
    assert found, f"no attribution in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "form", "cue", "source"),
    [
        ("„Wir senken die Preise nicht“, sagte Geschäftsführerin Anna Berg am Dienstag.", "direct_quote", "sagte", "Geschäftsführerin Anna Berg"),
        ("Die Ministerin sagte: „Die Schulen bleiben offen.“", "direct_quote", "sagte", "Die Ministerin"),
        ("„Das ist ein guter Tag für die Stadt“, so der Bürgermeister.", "direct_quote", "so", "der Bürgermeister"),
        ("Der Sprecher bestätigte, dass zwei Menschen verletzt wurden.", "indirect", "bestätigte", "Der Sprecher"),
        ("Die Polizei erklärte, der Fahrer sei betrunken gewesen.", "indirect", "erklärte", "Die Polizei"),
        ("Am Montag sagte der Minister, die Verhandlungen seien gescheitert.", "indirect", "sagte", "der Minister"),
        ("Analysten weisen darauf hin, dass die Zinsen steigen.", "indirect", "weisen darauf hin", "Analysten"),
        ("Die Opposition hält die Erhöhung für überzogen.", "indirect", "hält", "Die Opposition"),
        ("Laut dem Innenministerium wurden drei Verdächtige festgenommen.", "according_to", "Laut", "dem Innenministerium"),
        ("Der Polizei zufolge gab es keine Verletzten.", "according_to", "zufolge", "Der Polizei"),
        ("Nach Angaben der Feuerwehr brannte das Dach vollständig aus.", "according_to", "Nach Angaben", "Angaben der Feuerwehr"),
        ("Wie die Zeitung berichtet, tritt der Trainer zurück.", "according_to", "berichtet", "die Zeitung"),
        ("Es heißt, der Vertrag werde nicht verlängert.", "agentless", "Es heißt", None),
        ("Der Vorfall wurde am Abend bestätigt, dass niemand verletzt ist.", "agentless", "bestätigt", None),
        ("Der Politiker soll Bestechungsgeld angenommen haben.", "reportative", "soll", None),
    ],
)
def test_forms_cues_and_sources(text: str, form: str, cue: str, source: str | None) -> None:
    row = first(text)
    assert (row["form"], row["cue"], row["source_text"]) == (form, cue, source)
    result = analyze(text, lang="de")
    assert result.text[row["cue_start"] : row["cue_end"]] == row["cue"]
    if source is not None:
        assert result.text[row["source_start"] : row["source_end"]] == source


def test_continuation_in_konjunktiv_i() -> None:
    found = attributions("Die Ministerin sagte, die Lage sei ernst. Man habe aber genug Reserven. Das Wetter ist schön.")
    assert [a["form"] for a in found] == ["indirect", "continuation"]
    assert found[1]["source_id"] == found[0]["source_id"]


@pytest.mark.parametrize(
    ("text", "named", "kind"),
    [
        ("Laut diplomatischen Quellen ist der Besuch geheim.", False, "anonymous"),
        ("Insider berichten, der Chef trete zurück.", False, "anonymous"),
        ("Experten warnen, dass die Preise steigen.", False, "expert"),
        ("Berichte besagen, dass die Lieferungen stocken.", False, "unknown"),
        ("Laut der Nachrichtenagentur Reuters ist der Vertrag unterschrieben.", True, "news_agency"),
        ("Das russische Außenministerium erklärte, man werde reagieren.", True, "government"),
    ],
)
def test_named_and_kinds(text: str, named: bool, kind: str) -> None:
    result = analyze(text, lang="de")
    row = result.attributions[0]
    source = next(s for s in result.sources if s["source_id"] == row["source_id"])
    assert (row["named"], source["kind"]) == (named, kind)


def test_second_hand_chain_and_acronym_resolution() -> None:
    text = (
        "Laut einem neuen Lagebericht des Militärgeheimdienstes der Ukraine (GUR), der vom Portal Kyiv Independent "
        "zitiert wird, kämpfen dort Hunderte Ausländer. Der GUR bestätigt, dass die Rekruten kaum ausgebildet sind."
    )
    result = analyze(text, lang="de")
    laut, bestaetigt = result.attributions[:2]
    assert laut["via_text"] and "Kyiv Independent" in laut["via_text"]
    assert laut["source_id"] == bestaetigt["source_id"]
    assert laut["strength"] < bestaetigt["strength"]  # second-hand is weaker
    gur = next(s for s in result.sources if s["source_id"] == laut["source_id"])
    assert (gur["kind"], gur["country"], gur["mentions"]) == ("intelligence", "UA", 2)


def test_unter_berufung_auf() -> None:
    row = first("Die Zeitung berichtet unter Berufung auf Insider, dass der Konzern Stellen streicht.")
    assert (row["source_text"], row["via_text"]) == ("Insider", "Die Zeitung")


def test_strength_order() -> None:
    direct = first("„Wir bleiben“, sagte Bürgermeisterin Eva Kern.")["strength"]
    indirect = first("Bürgermeisterin Eva Kern sagte, man bleibe.")["strength"]
    anonymous = first("Laut anonymen Quellen bleibt man.")["strength"]
    reportative = first("Die Stadt soll Schulden verschwiegen haben.")["strength"]
    agentless = first("Es heißt, man bleibe.")["strength"]
    assert direct > indirect > anonymous > reportative > agentless


@pytest.mark.parametrize(
    "text",
    [
        "Putin bestätigt ein Abkommen mit Kuba.",  # ratify, no report
        "Sie wollten das ohne zu wissen, dass es gefährlich ist.",  # zu-infinitive
        "Meine Damen und Herren, das Wetter ist schön.",  # possessive, not "meinen"
        "Einige Kollegen fehlen heute.",  # quantifier, not "sich einigen"
        "Wer laut schreit, hat nicht recht.",  # the adverb "laut"
        "Die Aufgabe besteht darin, dass alle mitmachen.",  # explanation
        "Das Jahr war, das heißt, ein Erfolg.",
        "Die Polizei nahm zwei verdächtige Männer am Bahnhof fest.",  # the adjective, not "verdächtigen"
        "Sie öffneten die verdächtigen Kisten.",
        "Mit verdächtigen Substanzen hantierte niemand.",
        "Das verdächtige Paket wurde gesprengt.",
        "Drei beschuldigte Beamte wurden versetzt.",  # attributive participle after a number word
    ],
)
def test_not_attributions(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Das bestätigen Experten der Polizei.",  # "das" is the pronoun: the verb follows it
        "Das zeigen Zahlen des Ministeriums.",
        "Die Polizisten verdächtigen Männer aus dem Umfeld des Opfers.",  # after the subject: the verb
        "Viele kritisieren die Pläne.",
    ],
)
def test_verb_forms_that_look_like_adjectives(text: str) -> None:
    assert len(attributions(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Mannschaft bestreitet am Sonntag ihr letztes Heimspiel.", []),  # plays
        ("Er bestreitet seinen Lebensunterhalt mit Übersetzungen.", []),  # pays for
        ("Der Trainer bestreitet die Vorwürfe nach dem Spiel.", ["bestreitet"]),  # denies
        ("Unbekannte warfen einen Stein in ein geparktes Auto.", []),  # "ein" is the article, not "einwerfen"
        ("Sie warf ein, dass die Zahlen veraltet seien.", ["warf"]),
        ("Der Kassierer wurde wegen Untreue zu zwei Jahren Haft verurteilt.", []),  # sentenced
        ("Das Landgericht verurteilte den Fahrer zu einer Geldstrafe.", []),
        ("Die Bürgermeisterin verurteilte den Brandanschlag auf das Jugendzentrum.", ["verurteilte"]),  # condemned
        ("Das Schwimmbad wurde im Sommer zur Sperrzone erklärt.", []),  # declared to be
        ("Das Gericht erklärte die Satzung für nichtig.", []),
        ("Die Kämmerin erklärte, die Satzung sei nichtig.", ["erklärte"]),
        ("Die Amtsinhaberin hat die Stichwahl klar für sich entschieden.", []),  # won
    ],
)
def test_other_senses(text: str, expected: list[str]) -> None:
    assert [row["cue"] for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Stadtrat muss dem Verkauf der Halle noch zustimmen.", []),  # owed, not yet given
        ("Die Kommission könnte schon im März neue Auflagen beschließen.", []),  # possible
        ("Der Verein darf die Ergebnisse vorerst nicht veröffentlichen.", []),
        ("Der Stadtrat hat dem Verkauf der Halle zugestimmt.", ["zugestimmt"]),  # given
        ("Der Konzern musste sinkende Umsätze bekanntgeben.", ["bekanntgeben"]),  # "musste": it happened
        ("Der Stadtrat will dem Verkauf der Halle zustimmen.", ["zustimmen"]),  # an announced intention is a position
        ("Die Ärztin ließ über ihren Anwalt mitteilen, sie bleibe im Amt.", ["mitteilen"]),  # "lassen" reports through someone
        ("Der Minister muss erklären, warum die Brücke gesperrt ist.", ["erklären"]),  # a complement clause still reports
        ("Das muss man deutlich sagen, denn die Mieten steigen.", ["sagen"]),  # the speaker's own speech act
        ("Das können Sie gern im Ausschuss beantragen.", ["beantragen"]),  # an act put to the one addressed
        ("Sie können dem Verkauf der Halle noch zustimmen.", []),  # the first word: "she" or "they", an act possible
    ],
)
def test_acts_that_are_owed_or_possible_report_nothing(text: str, expected: list[str]) -> None:
    assert [row["cue"] for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir reden heute über die Zukunft der Bahn.", ["reden"]),  # the speaker talks of something
        ("Ich wiederhole meine Bitte an die Länder.", ["wiederhole"]),
        ("Wir wünschen der neuen Leiterin viel Erfolg.", ["wünschen"]),  # a wish stated
        ("Herr Minister, Sie haben den Bericht doch gelesen.", ["gelesen"]),  # what the one addressed knows
        ("Auch Sie verstehen die Sorgen der Eltern.", ["verstehen"]),
        ("Die Forscher diskutieren das Modell seit Jahren.", []),  # not a person of the speech situation
        ("Wir sehen die Berge vom Balkon aus.", []),  # the speaker's own seeing is no report
        ("Wir feiern heute das Jubiläum des Vereins.", []),  # a verb that mostly reports nothing
        ("Sie liest abends gern Romane.", []),  # a sentence's first word: "she", not the one addressed
    ],
)
def test_speaker_and_addressee_report_without_a_clause(text: str, expected: list[str]) -> None:
    assert [row["cue"] for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Die Stiftung hat schon im Frühjahr – das wurde kaum beachtet – verkündet, dass sie die Preise senkt.", "verkündet", "Die Stiftung"),
        ("Die Ärztin hatte, als die Zahlen stiegen, gewarnt, dass die Betten knapp werden.", "gewarnt", "Die Ärztin"),
        ("Wir können – das sage ich ganz offen – dem Vorschlag der Kammer nicht zustimmen.", "zustimmen", "Wir"),
        ("Die Ärztin hat gezeigt – ich meine, das wissen hier alle –, dass die Betten knapp werden.", "gezeigt", "Die Ärztin"),
    ],
)
def test_the_verb_group_goes_on_after_an_insertion(text: str, cue: str, source: str) -> None:
    assert (cue, source) in [(row["cue"], row["source_text"]) for row in attributions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Es ist ärgerlich, dass Firmen, die Hilfe beantragen, trotzdem Gewinne ausschütten.",  # a clause in a clause
        "Wir sagen, dass wir sparen müssen, dass die Kassen leer sind, die Eltern aber Hilfe beantragen wollen.",
    ],
)
def test_no_insertion_after_a_complete_clause(text: str) -> None:
    assert ("beantragen", "Wir") not in [(row["cue"], row["source_text"]) for row in attributions(text)]
    assert ("beantragen", "Es") not in [(row["cue"], row["source_text"]) for row in attributions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wer glaubt, dass die Mieten bald sinken, irrt sich.", [("glaubt", "Wer")]),  # "wer" opening the sentence
        ("Wer die Lage so beschreibt, verkennt die Zahlen.", [("beschreibt", "Wer")]),
        ("Unklar ist, wer den Abriss angeordnet hat.", []),  # an indirect question: nobody named reports
    ],
)
def test_a_free_relative_clause_has_wer_as_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(row["cue"], row["source_text"]) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gut. – Jede, die ordentlich rechnet, weiß, dass die Kasse leer ist.", [("weiß", "Jede")]),  # a dash before the sentence
        ("Gut. Jede, die ordentlich rechnet, weiß, dass die Kasse leer ist.", [("weiß", "Jede")]),  # the same without it
    ],
)
def test_a_dash_before_a_sentence_opens_no_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(row["cue"], row["source_text"]) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das habe ich von keinem Minister gehört.", [("gehört", "keinem Minister")]),  # the one heard from speaks
        ("Von den Kollegen hört man nur Ausreden.", [("hört", "den Kollegen")]),
        ("Immer wieder hört man von Unfällen.", []),  # what is heard of, after the verb
        ("Er hatte zum Team von Anna Berg gehört.", []),  # "gehören zu": belonging
    ],
)
def test_hearing_from_someone_names_the_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(row["cue"], row["source_text"]) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es würde mich sehr freuen, wenn die Brücke bald fertig wird.", [("freuen", "mich")]),  # the speaker is moved
        ("Was uns wundert, ist die lange Wartezeit.", [("wundert", "uns")]),
        ("Die Kinder freuen sich über den ersten Schnee.", []),  # no first person: a feeling, nothing stated
    ],
)
def test_the_speaker_moved_by_a_feeling_is_the_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(row["cue"], row["source_text"]) for row in attributions(text)] == expected


def test_a_city_speaks_for_itself() -> None:
    row = first("Die Stadt gab die neuen Zahlen am Montag bekannt.")
    assert (row["source_text"], row["source_kind"]) == ("Die Stadt", "government")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Insbesondere kritisiert der Verband die hohen Kosten.", "der Verband"),  # a sentence adverb is no name
        ("Offenbar bat der Minister in einer Erklärung um Geduld.", "der Minister"),
        ("Das bekräftigte gegenüber mehreren spanischen Medien der Sprecher der Regierung.", "der Sprecher der Regierung"),
        ("Das sagte gegenüber der Nachrichtenagentur der Gewerkschaftschef Hans Berg.", "der Gewerkschaftschef Hans Berg"),
        ("Auf der Website der Stadt heißt es, die Brücke bleibe gesperrt.", "der Website der Stadt"),
        ("Auf der festival-Homepage heißt es, das Konzert falle aus.", "der festival-Homepage"),  # a lower-case compound
        ("In dem Bericht, der am Montag erschien, heißt es, die Zahl der Straftaten sei gestiegen.", "dem Bericht"),
        # the same before a passive report
        ("In einer Erklärung, die am Abend verschickt wurde, wurde betont, dass die Halle geschlossen bleibe.", "einer Erklärung"),
        # an attribute before the document's noun: a place inside it is not the head, an adverb may open it
        ("„Die Halle bleibt geschlossen“, heißt es in einer im Netz verbreiteten Erklärung.", "einer im Netz verbreiteten Erklärung"),
        ("Die Halle bleibe geschlossen, heißt es in einer bereits versandten Erklärung.", "einer bereits versandten Erklärung"),
        ("Die Gutachter kamen zu dem Ergebnis, dass die Brücke sicher sei.", "Die Gutachter"),
        ("Am Ende kam das Gericht zu dem Schluss, die Klage sei unbegründet.", "das Gericht"),
        # an adjective after the article of a genitive is no finite verb: the subject goes on to its noun
        ("Die Kommission der städtischen Klinik kam zu dem Schluss, die Regeln seien eingehalten worden.",
         "Die Kommission der städtischen Klinik"),
        ("Ein bitterer Abend für den Verein, schrieb die Lokalzeitung.", "die Lokalzeitung"),  # a fragment, then the speaker
        ("Die Vorsitzende, eine Juristin aus Kiel, sagte, die Frist sei zu kurz.", "Die Vorsitzende"),  # an apposition
        ("Der Plan sei gescheitert, sagten die Stadt und auch der Kreis.", "die Stadt und auch der Kreis"),  # "und auch"
        # an apposition of two roles joined by "und", the second with its adjective
        ("Eva Roth, Chefin der Firma Lindner und neue Sprecherin des Verbands, begrüßte den Plan als „überfällig“.",
         "Eva Roth, Chefin der Firma Lindner und neue Sprecherin des Verbands"),
    ],
)
def test_source_spans(text: str, source: str) -> None:
    assert first(text)["source_text"] == source


def test_zum_schluss_is_at_the_end() -> None:
    assert attributions("Das Spiel kam zum Schluss noch einmal in Schwung.") == []


@pytest.mark.parametrize("speaker", ["Der Mann", "Eine Frau", "Ein Nachbar", "Ein Passant"])
def test_people_without_names_speak(speaker: str) -> None:
    row = first(f"Vor dem Haus versammelten sich am Abend viele Leute. {speaker} sagte, man habe nichts gehört.")
    assert (row["source_text"], row["source_kind"], row["named"]) == (speaker, "person", False)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zitat von Jana Kühn: „Wir bleiben dran.“", "Jana Kühn"),
        ("Das Zitat von Jana Kühn: „Wir bleiben dran.“", "Jana Kühn"),
        ("Die Trainerin Jana Kühn: „Wir bleiben dran.“", "Die Trainerin Jana Kühn"),  # guard: no statement noun
    ],
)
def test_the_owner_after_von_of_a_statement_noun_before_a_colon_speaks(text: str, source: str) -> None:
    """"Zitat von X: „…“": the statement noun, perhaps with its article, is not the speaker; its owner after "von" is."""
    assert attributions(text)[-1]["source_text"] == source


def test_colon_after_name_and_apposition() -> None:
    found = attributions("Der Bürgermeister sprach von einem Erfolg. Anna Roth, Vorsitzende des Vereins: „Wir sind sehr zufrieden.“")
    assert found[-1]["source_text"] == "Anna Roth, Vorsitzende des Vereins"


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("„Wir haben viel gelernt“, wird die Trainerin in der Zeitung zitiert.", "die Trainerin", "der Zeitung"),
        ("Der Trainer wird mit den Worten zitiert, man habe viel gelernt.", "Der Trainer", None),
    ],
)
def test_passive_quoting_names_the_person_quoted(text: str, source: str, via: str | None) -> None:
    row = first("Am Montag verlor die Mannschaft erneut. " + text)
    assert (row["source_text"], row["via_text"]) == (source, via)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Auch offizielle Statistiken, auf die im Bericht hingewiesen wird, bestätigen die niedrige Quote.", "offizielle Statistiken"),
        ("Die Anhänger, die sich am Platz versammelten, warnte er, die Organisatoren verfolgten eigene Ziele.", "er"),
    ],
)
def test_prefield_with_relative_clause(text: str, source: str) -> None:
    assert attributions(text)[-1]["source_text"] == source


def test_continuation_after_demnach_keeps_the_first_source() -> None:
    found = attributions("Laut dem Stadtmagazin Falter stiegen die Mieten erneut. Demnach zahlen Familien ein Drittel mehr. "
                         "Besonders betroffen seien junge Paare in den Außenbezirken.")  # fmt: skip
    assert [(row["form"], row["source_text"]) for row in found][-1] == ("continuation", "dem Stadtmagazin Falter")


def test_quotation_before_a_speaker_with_apposition_is_one_attribution() -> None:
    found = attributions("Der Trainer war zufrieden. „Das ist bitter“, sagte Beck, Spieler der Gäste, gegenüber einem Reporter.")
    assert [(row["cue"], row["form"], row["source_text"]) for row in found] == [("sagte", "direct_quote", "Beck, Spieler der Gäste")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Normal kritisierte der Bürgermeister die Pläne der Stadt.", "der Bürgermeister"),  # an adverb before the verb
        ("Möglicherweise erklärte der Minister das so.", "der Minister"),
        ("Überraschend sprach sich die Kämmerin für den Neubau aus.", "die Kämmerin"),  # a participle as an adverb
        ("Fröhlich erklärte, die Lage sei ernst.", "Fröhlich"),  # a name: nothing can follow the verb as its subject
        ("Die neu gewählte Präsidentin sagte, sie sei zufrieden.", "Die neu gewählte Präsidentin"),
        ("Das Land Berlin teilte mit, die Schulen blieben offen.", "Das Land Berlin"),
        ("Die deutsch-französische Kommission erklärte, der Vertrag gelte.", "Die deutsch-französische Kommission"),
    ],
)
def test_prefield_adverbs_and_noun_phrase_shapes(text: str, source: str) -> None:
    assert first("Am Montag kam es zu einem Treffen. " + text)["source_text"] == source


@pytest.mark.parametrize("text", ["Die Zahlen sprechen eine deutliche Sprache.", "Sie spricht drei Sprachen."])
def test_figurative_sprechen(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ich denke, liebe Kolleginnen und Kollegen, genau darum geht es heute.",  # a vocative between verb and complement
        "Ich finde, der Beginn der Reform, auch der Beginn der Debatte, war gut.",
    ],
)
def test_noun_phrase_after_the_comma_opens_the_complement(text: str) -> None:
    assert [row["cue"] for row in attributions(text)] == [text.split()[1].rstrip(",")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Das Landesinstitut sieht derzeit keine besondere Gefahr. Lediglich Züchter seien zu schützen.", "Das Landesinstitut"),
        ("Die Polizei sperrte die Straße. Es habe einen Unfall gegeben.", "Die Polizei"),
        ("Das Wetter war schlecht. Die Straßen seien gesperrt worden.", None),  # weather is no source
    ],
)
def test_reported_speech_after_a_position_without_a_reporting_verb(text: str, source: str | None) -> None:
    row = attributions(text)[-1]
    assert (row["form"], row["source_text"]) == ("continuation" if source else "agentless", source)


@pytest.mark.parametrize(
    ("text", "lang", "form", "message"),
    [
        ("„Nein“, sagte sie.", "de", "direct_quote", "Nein"),  # a one-word quotation framed by its speech tag
        ("Er sagte: „Nein.“ Dann ging er.", "de", "direct_quote", "Nein."),
        ("“Really?” she asked.", "en", "direct_quote", "Really?"),
        ("“I’m in disbelief,” he said.", "en", "direct_quote", "I’m in disbelief,"),  # comma inside the marks
        ("Er liest den „Falter“, sagte sie.", "de", "indirect", "Er liest den „Falter“"),  # a title inside the message
        ("Er sagte „Nein“", "de", "indirect", "sagte „Nein“"),  # a quotation at the very end of the text
    ],
)
def test_short_quotations_framed_by_a_speech_tag(text: str, lang: str, form: str, message: str) -> None:
    found = analyze(text, lang=lang).attributions
    assert [(row["form"], text[row["content_start"] : row["content_end"]]) for row in found] == [(form, message)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anders wird die Lage am Bahnhof eingeschätzt.", []),  # a passive of thinking without a clause describes
        ("Es wird befürchtet, dass die Zahl steigt.", [("agentless", None)]),
        ("Befürchtet wird, dass die Zahl weiter steigt.", [("agentless", None)]),  # the participle fronted
        ("Erklärt hat der Minister das bisher nicht.", [("declined", "der Minister")]),
    ],
)
def test_passives_and_fronted_participles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(row["form"], row["source_text"]) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "source_ids"),
    [
        # an age or a place's adjective before the noun that describes a named person: the person, and the later noun too
        ("Der 42-jährige Moderator Hans Mazzo sagte, er höre auf.", ["person:mazzo"]),
        ("Der Grazer Kommunikationsberater Yussi Pock sagte, das sei falsch. Der Berater zeigte sich überrascht, dass "
         "niemand reagiert habe.", ["person:pock", "person:pock"]),
        # guard: a noun in -er with a first and a last name after it is the noun, not a place's adjective
        ("Der Berater Hans Peter Pock sagte, das sei falsch.", ["person:pock"]),
    ],
)
def test_a_person_described_by_age_or_place_is_keyed_by_the_name(text: str, source_ids: list[str]) -> None:
    assert [a["source_id"] for a in attributions(text)] == source_ids
