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
        ("Nach Angaben des Innenministeriums kamen 300 Menschen.", "Angaben des Innenministeriums"),
        ("Nach neuesten Erkenntnissen der Ermittler war der Brand gelegt.", "neuesten Erkenntnissen der Ermittler"),
        ("Nach einer Umfrage des Instituts sind die Mieten gestiegen.", "einer Umfrage des Instituts"),
    ],
)
def test_nach_with_a_statement_noun_means_according_to(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["form"] == "according_to" and attribution["source_text"] == source


def test_nach_phrase_with_an_owner_is_the_source_span_and_the_owner_speaks() -> None:
    """"Nach Angaben der Bergwacht": the source span is the whole phrase after "nach", as after "laut" and before
    "zufolge" (the news annotation marks it so), and the owner is who it resolves to: the same source as "laut der
    Bergwacht". A compound with its article is the phrase too ("nach den Bergwachtangaben")."""
    (nach,) = attributions("Nach Angaben der Bergwacht saßen die Wanderer die ganze Nacht am Grat fest.")
    (laut,) = attributions("Laut der Bergwacht saßen die Wanderer die ganze Nacht am Grat fest.")
    assert nach["source_text"] == "Angaben der Bergwacht" and nach["source_id"] == laut["source_id"]
    (article,) = attributions("Nach den Bergwachtangaben saßen die Wanderer die ganze Nacht am Grat fest.")
    (bare,) = attributions("Nach Bergwachtangaben saßen die Wanderer die ganze Nacht am Grat fest.")
    assert article["source_text"] == "den Bergwachtangaben" and article["source_id"] == bare["source_id"]
    (vague,) = attributions("Nach ersten Angaben saßen die Wanderer die ganze Nacht am Grat fest.")
    (compound,) = attributions("Nach Bergwachtangaben saßen die Wanderer die ganze Nacht am Grat fest.")
    assert (vague["source_text"], compound["source_text"]) == ("ersten Angaben", "Bergwachtangaben")


def test_a_possessive_phrase_of_view_is_the_source_span_and_its_owner_speaks() -> None:
    """"Seiner Einschätzung nach", "nach dessen Worten": the phrase with the possessive is the source span, as the
    news annotation marks it, and the possessive the speaker it resolves to (the forester named before)."""
    lead = "Der Förster Jonas Wilde warnte vor Waldbrand. "
    for text, span in (("Seiner Einschätzung nach ist der Boden viel zu trocken.", "Seiner Einschätzung"),
                       ("Wilde, nach dessen Worten es seit Wochen nicht geregnet hat, bat um Vorsicht.", "dessen Worten")):
        row = next(r for r in attributions(lead + text) if r["form"] == "according_to")
        assert (row["source_text"], row["source_id"]) == (span, "person:wilde")


@pytest.mark.parametrize(
    "text",
    [
        "Dem Vernehmen nach wechselt die Torhüterin im Sommer nach Lyon.",
        "In der Halle proben dem Vernehmen nach schon zwei Chöre.",
    ],
)
def test_hearsay_with_the_postposition_nach_has_its_noun_phrase_as_an_unnamed_source(text: str) -> None:
    """"Dem Vernehmen nach" had no source: the noun phrase before the postposition is the source span, an unnamed
    (vague) one, as "nach ersten Angaben" has "ersten Angaben"."""
    (row,) = attributions(text)
    assert (row["form"], row["source_text"].lower(), row["named"]) == ("according_to", "dem vernehmen", False)


def test_other_agentless_phrases_keep_no_source() -> None:
    (row,) = attributions("Hinter vorgehaltener Hand wird der Torhüterin ein Wechsel nach Lyon nachgesagt.")
    assert (row["form"], row["source_text"]) == ("agentless", None)


def test_a_noun_with_its_possessive_takes_no_genitive_after_it() -> None:
    """"nach dessen Worten der Hang …": the words have their owner in "dessen"; the article after them opens the
    clause's subject, no genitive of the words ("der Hang" had been taken for the owner)."""
    lead = "Die Geologin Mara Stein warnte vor Steinschlag. "
    row = next(r for r in attributions(lead + "Stein, nach deren Worten der Hang seit Tagen rutscht, rief zur Vorsicht auf.")
               if r["form"] == "according_to")
    assert (row["source_text"], row["source_id"]) == ("deren Worten", "person:stein")
    # guard: without a possessive the article after the noun is its genitive
    (plain,) = attributions("Nach Worten der Geologin rutscht der Hang seit Tagen.")
    assert plain["source_text"] == "Worten der Geologin"


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
    # like a pronoun: the adverb is the source's span, the fire brigade the source it stands for
    (first,) = [a for a in result.attributions if a["sent_id"] == 0]
    assert back[0]["source_text"] == "Demnach" and back[0]["source_id"] == first["source_id"] is not None
    assert back[0]["strength"] == first["strength"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Liste der Preisträger hängt seit Mittag im Foyer. Demnach gewinnt der Film aus Graz den Hauptpreis.",
        "Der Saal ist seit Mittag voll. Demnach gewinnt der Film aus Graz den Hauptpreis.",
    ],
)
def test_demnach_without_an_earlier_source_is_an_unresolved_source(text: str) -> None:
    """"Demnach" after a sentence that reports nobody and names no document still points back to what was said or
    published: its span is the source, left unresolved like a pronoun without antecedent (it had no source at all)."""
    result = analyze(text, lang="de")
    (back,) = [a for a in result.attributions if a["cue"] == "Demnach"]
    assert back["source_text"] == "Demnach" and back["named"] is False and back["source_kind"] == "unresolved"
    (source,) = [s for s in result.sources if s["source_id"] == back["source_id"]]
    assert source["kind"] == "unresolved" and source["mentions"] == 1


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Die Lage sei unter Kontrolle, so der Sprecher der Polizei.", "der Sprecher der Polizei", "Die Lage sei unter Kontrolle"),
        ("Der Plan komme zu spät, so Müller weiter.", "Müller", "Der Plan komme zu spät"),
        # phrases of time and place after the speaker, up to the end of the sentence
        ("Die Brücke bleibt bis Mai gesperrt, so eine Sprecherin der Stadt am Dienstag in der Ratssitzung (Punkt 4).",
         "eine Sprecherin der Stadt", "Die Brücke bleibt bis Mai gesperrt"),
    ],
)
def test_so_x_reports_the_clause_before_it(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = [a for a in result.attributions if a["cue"] == "so"]
    assert attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Der Antrag sei fristgerecht eingegangen, sagte die Richterin weiter.", "die Richterin",
         "Der Antrag sei fristgerecht eingegangen"),
        ("Die Brücke bleibt bis Mai gesperrt, erklärte ein Sprecher der Stadt weiter.", "ein Sprecher der Stadt",
         "Die Brücke bleibt bis Mai gesperrt"),
        ("„Wir prüfen jeden Fall einzeln“, sagte Berger weiter.", "Berger", "Wir prüfen jeden Fall einzeln"),
        ("Die Feuerwehr teilte weiter mit, das Feuer sei gelöscht.", "Die Feuerwehr", "das Feuer sei gelöscht."),
    ],
)  # fmt: skip
def test_weiter_after_a_reporting_verb_is_an_adverb(text: str, source: str, content: str) -> None:
    """"sagte … weiter" (went on to say) is the reporting verb with an adverb, not a verb with the particle "weiter"."""
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content


@pytest.mark.parametrize(
    "text", ["Es war so kalt, dass die Schule schloss.", "Der Regen hielt an, so die Bauern am Montag ernten konnten."]
)
def test_so_as_an_adverb_is_no_attribution(text: str) -> None:
    assert not [a for a in attributions(text) if a["cue"] == "so"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("„Der Umbau kommt gut voran.“ so die Bauleiterin am Freitag.", "die Bauleiterin"),
        ("„Der Umbau kommt gut voran!“ so das Urteil der Prüfer.", "das Urteil der Prüfer"),
        ("„Der Umbau kommt gut voran.“ So schnell ging es selten.", None),  # guard: "So" opening the next sentence
    ],
)  # fmt: skip
def test_so_x_after_a_closed_quotation_without_a_comma(text: str, source: str | None) -> None:
    """"„… .“ so X": after a quotation that closes its own sentence the comma before "so" may be left out."""
    rows = [a for a in attributions(text) if a["form"] == "direct_quote"]
    assert rows and rows[0]["source_text"] == source


def test_reported_speech_acts_are_attributions() -> None:
    (attribution,) = attributions("Die Gewerkschaft kritisierte die Sparpläne der Stadt.")
    assert attribution["form"] == "indirect" and attribution["source_text"] == "Die Gewerkschaft"


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft hatte die Sparpläne der Stadt schon im Frühjahr kritisiert.",
        "Zuvor hatten die Anwohner eine Ampel an der Kreuzung gefordert.",
        "Im Mai hatte der Verein seinen Rückzug aus der Liga angekündigt.",
    ],
)
def test_a_speech_act_in_the_pluperfect_with_only_its_object_is_background(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Gewerkschaft hat die Sparpläne der Stadt im Frühjahr kritisiert.", "kritisiert"),  # the perfect reports
        ("Die Gewerkschaft hatte angekündigt, dass sie im März streiken werde.", "angekündigt"),  # a clause said
        ("Der Verein hatte die Gebühr als „Abzocke“ bezeichnet.", "bezeichnet"),  # words quoted
        ("Die Händler hatten ein schwaches Weihnachtsgeschäft erwartet.", "erwartet"),  # an expectation held
        ("Der Konzern hatte die Panne am Montag eingeräumt.", "eingeräumt"),  # an admission
        ("Der Konzern hatte die Berichte über eine Panne dementiert.", "dementiert"),  # a denial
        ("Ich hatte den Antrag schon im Ausschuss kritisiert.", "kritisiert"),  # one's own words recalled
        ("Die Brücke sei marode, hatte der Gutachter geschrieben.", "geschrieben"),  # a tag after its message
    ],
)
def test_pluperfect_reports_that_stay(text: str, cue: str) -> None:
    assert [a["cue"] for a in attributions(text) if a["form"] != "direct_quote"] == [cue]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Union erklärte am Dienstag, das Gesetz komme zu spät.", "Die Union"),
        ("Die Afrikanische Union forderte eine Waffenruhe.", "Die Afrikanische Union"),
        ("Der Landrat betrachtet die Schließung der Klinik als Fehler.", "Der Landrat"),
        ("Die Grünen sehen den Kompromiss als ersten Schritt.", "Die Grünen"),
    ],
)  # fmt: skip
def test_bodies_and_views_with_als_are_attributions(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["form"] == "indirect" and attribution["source_text"] == source


@pytest.mark.parametrize(
    "text",
    [
        "Als die Nachbarin den Rauch sah, rief sie die Feuerwehr.",
        "Als der Restaurator die Decke betrachtete, fiel ihm ein Riss auf.",
        "Der Besucher betrachtete das Bild lange.",
    ],
)
def test_seeing_in_a_clause_of_time_is_no_position(text: str) -> None:
    assert attributions(text) == []


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Ministerin Anna Berger besuchte die Schule. Das ist ein guter Tag, sagte die Ministerin.", "berger"),
        ("Der Sportler Jonas Keller gewann das Rennen. Ich hatte gute Beine, sagte der 31-Jährige im Ziel.", "keller"),
        ("Der Physiker Max Adler stellte die Studie vor. Der Wert sei zu hoch, erklärte der Physiker.", "adler"),
    ],
)
def test_a_definite_description_of_a_named_person_is_that_person(text: str, name: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = [a for a in result.attributions if a["sent_id"] == 1]
    assert attribution["named"] and attribution["source_id"] == f"person:{name}"
    assert len(result.sources) == 1


@pytest.mark.parametrize(
    "text",
    [
        # another role than the one the person was named with, the plural, a person of the other gender
        "Die Ministerin Anna Berger besuchte die Schule. Das ist ein guter Tag, sagte der Direktor.",
        "Die Ministerin Anna Berger besuchte die Schule. Das ist ein guter Tag, sagten die Ministerinnen.",
        "Die Ministerin Anna Berger besuchte die Schule. Das ist ein guter Tag, sagte der 40-Jährige.",
    ],
)
def test_a_description_that_does_not_fit_the_named_person_stays_apart(text: str) -> None:
    (attribution,) = [a for a in attributions(text) if a["sent_id"] == 1]
    assert attribution["source_id"] != "person:berger"


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("Der Ökonom Paul Weber sagte, die Preise stiegen weiter.", "person:weber"),
        ("Die Chemikerin Lea Sommer erklärte, die Probe sei sauber.", "person:sommer"),
        ("Das Forschungszentrum Cern erklärte, der Test sei gelungen.", None),
    ],
)
def test_a_noun_for_what_someone_does_before_a_name_makes_a_named_person(text: str, source_id: str | None) -> None:
    (attribution,) = attributions(text)
    if source_id is None:
        assert not attribution["source_id"].startswith("person:")
    else:
        assert attribution["source_id"] == source_id and attribution["source_kind"] in ("person", "expert")


def test_an_inhabitant_of_a_country_is_a_person_not_its_government() -> None:
    (attribution,) = attributions("Das war ein hartes Rennen, sagte die Schwedin nach dem Ziel.")
    assert attribution["source_kind"] == "person" and not attribution["source_id"].startswith("gov:")
    assert analyze("Das war ein hartes Rennen, sagte die Schwedin.", lang="de").sources[0]["country"] == "SE"


def test_a_pronoun_of_the_wrong_gender_is_not_resolved() -> None:
    text = "Die Ministerin Anna Berger besuchte am Montag die Schule. Er sagte, die Sanierung beginne im Mai."
    (attribution,) = [a for a in attributions(text) if a["sent_id"] == 1]
    assert not attribution["named"]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Anna Müller leitet das Amt. Dann sagte Müller, das sei falsch.", "Müller", "person"),
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
        ("Der Zickzackkurs der Landesregierung verunsichert die Gemeinden.", "Zickzackkurs", "loaded"),
        ("Die Reform ist gelinde gesagt ein Schlag ins Wasser.", "gelinde gesagt", "loaded"),
        ("Der Stadtrat hat das Defizit schöngerechnet.", "schöngerechnet", "loaded"),
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
        "Ob weitere Filialen schließen, ließ der Vorstand offen.",
        "Die Gewerkschaft lässt bisher offen, wann sie streikt.",
        "Den Namen des Käufers gab die Behörde nicht bekannt.",
        "Auch der Verein äußerte sich bisher nicht zu dem Fall.",  # a phrase of comment, negated
        "Wann die Halle öffnet, verriet der Bürgermeister nicht.",
        "Die Reederei konnte bislang keine Stellung nehmen.",  # a phrase after an auxiliary, negated
        "Der Vorstand hat dazu nicht Stellung genommen.",
    ],
)
def test_refusals_to_comment_are_recorded_but_back_no_claim(text: str) -> None:
    result = analyze("Die Stadt erhöht die Gebühren um 5 Prozent. " + text, lang="de")
    (declined,) = [a for a in result.attributions if a["form"] == "declined"]
    assert declined["source_text"] and declined["strength"] == 0.0 and declined["content_start"] is None
    assert not any(claim["attributed"] for claim in result.claims)
    result.tables()  # the form is valid in the attributions table


@pytest.mark.parametrize(
    "text",
    [
        "Mit zwei Siegen ist der dritte Platz für die Mannschaft noch erreichbar.",
        "Der Sturm könnte am Abend die Küste erreichen.",
        "Die Stadtverwaltung erreichen täglich Beschwerden über den Lärm.",
        "Das Klimaziel ist nach Ansicht der Forscher nicht mehr erreichbar.",  # a thing out of reach
    ],
)
def test_reaching_without_a_refusal_is_no_declined_comment(text: str) -> None:
    assert not [a for a in analyze(text, lang="de").attributions if a["form"] == "declined"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dass Chile Ende Mai ein neues Gesetz beschloss, sagte die Anwältin.", "Chile"),  # a time phrase after the name
        ("Ausführlich kritisierte das Beratungszentrum die Pläne.", "das Beratungszentrum"),  # an adverb first
    ],
)
def test_source_ends_before_time_phrases_and_after_adverbs(text: str, source: str) -> None:
    assert attributions(text)[0]["source_text"] == source


def test_the_clause_after_a_second_coordinated_verb_is_that_verbs_message() -> None:
    text = "Die Ministerin kritisierte den Plan und sagte, er sei zu teuer."
    messages = {a["cue"]: text[a["content_start"] : a["content_end"]] for a in attributions(text)}
    assert messages["sagte"] == "er sei zu teuer."
    assert messages["kritisierte"].startswith("kritisierte den Plan")  # its own words, not the second verb's clause


def test_two_reports_with_clauses_of_their_own_keep_them() -> None:
    text = "Der Landrat betonte, man habe alles getan, und fügte hinzu, die Lage sei ernst."
    messages = [text[a["content_start"] : a["content_end"]] for a in attributions(text)]
    assert messages == ["man habe alles getan", "die Lage sei ernst."]


def test_a_negated_report_is_still_a_report() -> None:
    (attribution,) = attributions("Der Minister sagte, er werde nicht zurücktreten.")
    assert attribution["form"] == "indirect"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Straße bleibt gesperrt, sagte am Montag ein Sprecher der Stadtwerke.", "ein Sprecher der Stadtwerke"),
        ("Es gebe keine Hinweise auf Brandstiftung, sagte auf Anfrage Polizeisprecherin Lena Wirth.",
         "Polizeisprecherin Lena Wirth"),
        ("Die Kosten seien gedeckt, erklärte gegenüber der Lokalzeitung die Kämmerin.", "die Kämmerin"),
    ],
)  # fmt: skip
def test_adverbial_phrases_between_verb_and_speaker(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Am Abend hat die Ministerin deutlich gemacht, dass die Förderung bleibe.", "deutlich gemacht", "die Ministerin"),
        ("Bis zuletzt war der Verband davon ausgegangen, dass die Messe stattfinde.", "davon ausgegangen", "der Verband"),
        ("Der Kämmerer hat zu bedenken gegeben, dass die Rücklagen knapp seien.", "zu bedenken gegeben", "Der Kämmerer"),
    ],
)  # fmt: skip
def test_a_phrase_of_speech_in_the_perfect_has_the_auxiliarys_subject(text: str, cue: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert (attribution["cue"], attribution["source_text"]) == (cue, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Wir waren uns in der Sitzung schnell einig, dass die Halle saniert wird.", "Wir"),
        ("Da sind wir uns alle einig.", "wir"),
        ("Der Kreistag hat am Montag den Beschluss gefasst, dass die Klinik bleibt.", "Der Kreistag"),
        ("Oder man kann zu dem Schluss kommen, dass die Kasse zu klein ist.", "man"),  # a pronoun after the connector
    ],
)
def test_agreement_decision_and_conclusion_phrases(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize("text", ["Zum Schluss kommen wir zu den Finanzen.", "Die Beschlüsse der Sitzung liegen vor."])
def test_coming_to_an_end_is_no_conclusion(text: str) -> None:
    assert not attributions(text)


def test_a_phrase_of_speech_in_the_passive_has_its_agent_as_source() -> None:
    (attribution,) = attributions("Vom Landratsamt wurde deutlich gemacht, dass die Turnhalle geschlossen bleibe.")
    assert (attribution["form"], attribution["source_text"]) == ("indirect", "Landratsamt")


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei hat den Fall öffentlich gemacht.",
        "Der Frost hat den Bauern die Ernte schwer gemacht.",
        "Der Streit im Verein wurde erst spät zur Sprache gebracht.",  # the passive's subject is spoken of
    ],
)
def test_making_something_other_than_clear_is_no_speech(text: str) -> None:
    assert not attributions(text)


def test_a_statement_pointed_back_to_attributes_the_sentence_before() -> None:
    result = analyze("Die Fähre fällt bis Freitag aus. Das bestätigte am Dienstag ein Sprecher der Reederei.", lang="de")
    (attribution,) = result.attributions
    assert result.text[attribution["content_start"] : attribution["content_end"]] == "Die Fähre fällt bis Freitag aus."
    assert [claim["attributed"] for claim in result.claims] == [True, True]
    # a pronoun that is the subject of its own clause points nowhere: only its clause is reported
    result = analyze("Die Fähre fällt aus. Das sei ärgerlich, sagte ein Sprecher der Reederei.", lang="de")
    (attribution,) = result.attributions
    assert result.text[attribution["content_start"] : attribution["content_end"]] == "Das sei ärgerlich"
    assert [claim["attributed"] for claim in result.claims] == [False, True]


@pytest.mark.parametrize(
    "second",
    [
        "Die Reederei bestätigte dies am Dienstag.",  # the pronoun after the verb
        "Ein Sprecher der Reederei hat das bestätigt.",  # between the auxiliary and the participle
    ],
)
def test_a_pronoun_object_after_the_subject_points_back_too(second: str) -> None:
    result = analyze("Die Fähre fällt bis Freitag aus. " + second, lang="de")
    (attribution,) = result.attributions
    assert result.text[attribution["content_start"] : attribution["content_end"]] == "Die Fähre fällt bis Freitag aus."


def test_what_a_denial_called_it_is_not_the_sentence_before() -> None:
    result = analyze("Die Opposition sprach von Betrug. Die Ministerin wies dies als „Unsinn“ zurück.", lang="de")
    denial = [a for a in result.attributions if a["cue_type"] == "denial"]
    assert denial and all(a["content_start"] > result.text.index("Die Ministerin") for a in denial)


def test_natural_inside_a_noun_phrase_is_not_the_writers_certainty() -> None:
    from scoring.aggregation.findings import find_findings

    text = "Die Perle hat eine natürlich runde Form. Die Perle ist natürlich sehr alt."
    found = [f for f in find_findings(analyze(text, lang="de")) if f.rule == "unsupported-booster"]
    assert [f.sent_id for f in found] == [1]  # the second sentence's "of course", not the pearl's round shape


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Die Grazer Polizei sucht zwei Männer. Eine Sprecherin sagte, die Fahndung laufe.", "de", "police"),
        ("The health ministry is reviewing the case. A spokesman said no decision had been made.", "en", "government"),
        ("El Ministerio de Sanidad revisa el caso. Un portavoz dijo que no hay decisión.", "es", "government"),
    ],
)
def test_a_spokesperson_without_a_body_speaks_for_the_body_just_named(text: str, lang: str, kind: str) -> None:
    row = analyze(text, lang=lang).attributions[-1]
    assert row["named"] and row["source_kind"] == kind


def test_a_spokesperson_after_a_person_is_nobodys_body() -> None:
    row = analyze("Anna Berg kam am Montag nach Graz. Ein Sprecher sagte, sie bleibe eine Woche.", lang="de").attributions[-1]
    assert not row["named"]


@pytest.mark.parametrize(
    ("text", "same"),
    [
        ("Amnesty International kritisiert die Haft. Die Organisation forderte die Freilassung.", True),  # feminine singular
        ("Laut Amnesty International ist die Haft hart. Die Menschenrechtsorganisation forderte die Freilassung.", True),
        ("Greenpeace und der WWF protestieren. Die Umweltorganisationen forderten mehr Schutz.", False),  # many
    ],
)
def test_a_feminine_or_compound_description_refers_back_to_the_body(text: str, same: bool) -> None:
    first, last = analyze(text, lang="de").attributions[0], analyze(text, lang="de").attributions[-1]
    assert (last["source_id"] == first["source_id"]) is same


def test_a_label_on_the_speaker_is_the_writers_word() -> None:
    result = analyze("Das Regime in Tarvonien bestreitet die Vorwürfe. Alles sei erfunden, sagte ein Sprecher.", lang="de")
    (label,) = [c for c in result.cues if c["text"] == "Regime"]
    assert label["voice"] == "author"


@pytest.mark.parametrize(
    "text",
    [
        "Wie die „Nordländer Rundschau“ berichtet, schließt das Werk im Mai.",
        "Das Werk schließt im Mai, wie die „Rundschau am Sonntag“ berichtet.",
        "Die Ministerin sagte dem „Kurier“, das Werk schließe im Mai.",
    ],
)
def test_a_publication_in_quotation_marks_is_a_title_not_a_scare_quote(text: str) -> None:
    result = analyze(text, lang="de")
    assert not [c for c in result.cues if c["category"] == "scare_quote"]
    assert result.attributions and all(claim["attributed"] for claim in result.claims)


def test_a_quoted_label_still_is_a_scare_quote() -> None:
    result = analyze("Die „Sparallianz“ tagte am Montag im Rathaus.", lang="de")
    assert [c["text"] for c in result.cues if c["category"] == "scare_quote"] == ["„Sparallianz“"]


def test_first_person_sentences_before_a_speaker_are_the_speakers() -> None:
    result = analyze("Der Verein verlor 0:3. Wir haben alles gegeben. Wir sind sehr enttäuscht, so die Trainerin.", lang="de")
    continuation = next(a for a in result.attributions if a["form"] == "continuation")
    assert continuation["sent_id"] == 1 and continuation["source_text"] == "die Trainerin"
    assert continuation["source_kind"] is not None
    assert [claim["attributed"] for claim in result.claims] == [False, True, True]
    assert not [c for c in result.cues if c["subtype"] == "self_mention" and c["voice"] == "author"]
    # without a first-person statement after it, the writer's "wir" stays the writer's
    result = analyze("Wir haben alles gegeben. Die Mannschaft sei enttäuscht, sagte die Trainerin.", lang="de")
    assert [c["voice"] for c in result.cues if c["subtype"] == "self_mention"] == ["author"]


def test_the_writers_own_opinion_is_not_reported_speech() -> None:
    """'ich finde' is the indicative, not Konjunktiv I ('er finde'): the opinion is the writer's."""
    result = analyze("Ich finde den Beschluss falsch. Der Rat hätte warten sollen.", lang="de")
    (opinion,) = [c for c in result.cues if c["subtype"] == "author_opinion"]
    assert opinion["voice"] == "author"
    result = analyze("Der Minister sagte, er finde den Beschluss falsch.", lang="de")
    assert not [c for c in result.cues if c["subtype"] == "author_opinion"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Das sind, glaube ich, gute Nachrichten für die Region.", "ich"),
        ("Die Lage ist ernst, meinen die Fachleute.", "die Fachleute"),
        ("Die Lage bleibt, so fürchtet die Ärztin, angespannt.", "die Ärztin"),
    ],
)
def test_parenthetical_speakers(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source
    assert attribution["content_start"] == 0


def test_a_verb_first_main_clause_after_a_subordinate_clause_is_no_parenthesis() -> None:
    assert not attributions("Als der Regen einsetzte, sahen wir nichts mehr.")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Der Umbau wird länger dauern, nehmen die Planer an.", "die Planer", "Der Umbau wird länger dauern"),
        ("Der Umbau wird länger dauern, glauben Fachleute übereinstimmend.", "Fachleute", "Der Umbau wird länger dauern"),
        ("Die Förderung reicht nicht, hielt die Rektorin fest.", "die Rektorin", "Die Förderung reicht nicht"),
    ],
)
def test_a_parenthetical_report_may_end_in_its_particle_or_an_adverb_of_consensus(text: str, source: str, content: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source
    assert text[attribution["content_start"] : attribution["content_end"]] == content


def test_a_verb_first_clause_with_an_object_before_its_particle_is_no_parenthesis() -> None:
    text = "Mit vielen Kerzen, die vor dem Rathaus standen, drückten die Nachbarn Trauer und Anteilnahme aus."
    assert not attributions(text)


def test_intensifiers_and_first_person_are_counted_apart_from_loaded_wording() -> None:
    plain = analyze("Die Preise steigen sehr stark. Wir haben nachgerechnet. Die Mieten steigen auch.", lang="de").scores
    assert plain["loaded_per_1000_words"] == 0
    assert plain["intensifiers_per_1000_words"] > 0 and plain["self_mentions"] == 1
    loaded = analyze("Die Preise steigen. Das Regime schweigt dazu.", lang="de").scores
    assert loaded["loaded_per_1000_words"] > 0 and loaded["intensifiers_per_1000_words"] == 0


def test_a_quotation_over_sentences_after_a_colon_is_one_direct_quote() -> None:
    text = "Dazu erklärte die Landrätin: „Die Zahlen überraschen uns nicht. Wir haben früh gewarnt.“"
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert attribution["form"] == "direct_quote" and attribution["source_text"] == "die Landrätin"
    assert result.text[attribution["content_start"] : attribution["content_end"]].endswith("früh gewarnt.")


@pytest.mark.parametrize(
    "text",
    [
        "Unterdessen verlangte die Opposition eine Sondersitzung.",
        "Daraufhin forderte der Betriebsrat einen Sozialplan.",
    ],
)
def test_sentence_adverbs_before_the_verb_are_no_speakers(text: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] in ("die Opposition", "der Betriebsrat")


def test_sollen_right_after_a_report_continues_it() -> None:
    text = "Die Ministerin kündigte an, die Grundschulen zu stärken. So sollen Klassen kleiner werden."
    result = analyze(text, lang="de")
    continuation = result.attributions[-1]
    assert continuation["form"] == "continuation" and continuation["sent_id"] == 1
    assert continuation["source_id"] == result.attributions[0]["source_id"]
    # with no report before it, reportative "sollen" passes the claim on from nobody named
    result = analyze("Das Werk wird geschlossen. Der Betreiber soll Millionen verloren haben.", lang="de")
    assert [a["form"] for a in result.attributions] == ["reportative"]


def test_hearsay_sollen_a_few_sentences_after_a_report_goes_on_with_its_source() -> None:
    text = ("Die Staatsanwaltschaft berichtete am Dienstag über die Festnahme. Der Verdächtige wohnte neben dem Opfer. "
            "Das Motiv soll ein Streit um Geld gewesen sein.")
    result = analyze(text, lang="de")
    last = result.attributions[-1]
    assert last["form"] == "continuation" and last["sent_id"] == 2
    assert last["source_id"] == result.attributions[0]["source_id"]
    # a report three paragraphs away is out of reach: the claim is passed on from nobody named
    far = "Die Staatsanwaltschaft berichtete am Dienstag über die Festnahme.\n\nDas Haus steht leer.\n\nDas Motiv soll Geld gewesen sein."
    assert [a["form"] for a in analyze(far, lang="de").attributions][-1] == "reportative"


def test_evaluative_language_counts_speculation_but_not_reader_address() -> None:
    speculation = analyze("Der Plan ist vermutlich gescheitert. Die Stadt prüft ihn noch.", lang="de").scores
    address = analyze("Den Plan finden Sie im Rathaus. Die Stadt prüft ihn noch.", lang="de").scores
    neutral = analyze("Der Plan ist gescheitert. Die Stadt prüft ihn noch.", lang="de").scores
    assert speculation["evaluative_per_1000_words"] > 0
    assert address["evaluative_per_1000_words"] == neutral["evaluative_per_1000_words"] == 0
    assert address["reader_addresses"] == 1


def test_an_estimate_says_how_exact_a_figure_is_not_what_the_writer_thinks() -> None:
    # the hedge is found, but an estimate is no evaluation; speculation in the same language is
    for lang, estimate, speculation in (
        ("de", "Schätzungsweise 300 Menschen kamen zum Fest.", "Vermutlich kamen 300 Menschen zum Fest."),
        ("en", "An estimated 300 people came to the fair.", "Perhaps 300 people came to the fair."),
    ):
        estimated = analyze(estimate, lang=lang)
        assert [c["subtype"] for c in estimated.cues if c["category"] == "hedge"] == ["estimate"]
        assert estimated.scores["evaluative_per_1000_words"] == 0
        assert analyze(speculation, lang=lang).scores["evaluative_per_1000_words"] > 0


def test_a_name_and_colon_before_a_quotation_is_one_attribution() -> None:
    (attribution,) = attributions("Bürgermeisterin Anna Berg: „Wir investieren in Schulen.“")
    assert attribution["form"] == "direct_quote" and attribution["source_text"] == "Bürgermeisterin Anna Berg"


def test_an_adverb_in_the_prefield_leaves_the_subject_after_the_verb() -> None:
    (attribution,) = attributions("Hier sparte die Präsidentin nicht mit Kritik: „Das reicht nicht.“")
    assert attribution["source_text"] == "die Präsidentin"


def test_reported_words_before_a_colon_give_the_quotation_no_speaker_of_their_own() -> None:
    text = "Der Bürgermeister sagte, der Haushalt sei knapp. Die Rücklagen seien fast aufgebraucht: „Wir müssen sparen.“"
    (quotation,) = [a for a in attributions(text) if a["form"] == "direct_quote"]
    assert quotation["source_text"] == "Der Bürgermeister"  # not "Die Rücklagen"


def test_reported_words_before_a_quotation_go_on_with_the_report() -> None:
    text = "Der Bürgermeister sagte, der Haushalt sei knapp. Die Rücklagen seien fast aufgebraucht: „Wir müssen sparen.“"
    (going_on,) = [a for a in attributions(text) if a["form"] == "continuation"]
    assert going_on["cue"] == "seien" and going_on["source_text"] == "Der Bürgermeister"


def test_a_quotation_after_a_sentence_in_the_indicative_is_no_continuation() -> None:
    text = "Der Bürgermeister sagte, der Haushalt sei knapp. Die Rücklagen sind fast aufgebraucht: „Wir müssen sparen.“"
    assert not [a for a in attributions(text) if a["form"] == "continuation"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a prepositional phrase fills the prefield: its nouns are no subject, which follows the verb (and "sich")
        ("Bei einer Sitzung über die Zukunft der Werft hatte sich Kowalski zu einem Ausruf hinreißen lassen: „Das reicht so nicht aus.“",
         "Kowalski"),
        ("Bei der Debatte um die Kosten der Werft wurde der Betriebsrat deutlich: „Das reicht so nicht aus.“", "der Betriebsrat"),
        # guard: a subject in the prefield is read as before
        ("Der Betriebsrat sparte nicht mit Kritik: „Das reicht nicht.“", "Der Betriebsrat"),
    ],
)  # fmt: skip
def test_a_prepositional_prefield_before_a_colon_leaves_the_subject_after_the_verb(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["form"] == "direct_quote"] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a thing fills the prefield (an object): the speaker of "X: „…“" is the person after the verb
        ("Die Schuld an der Panne weist die Werkleiterin von sich: „Die Wartung lag nicht in unserer Hand.“", "die Werkleiterin"),
        # "jegliche" is a determiner as "jede" (not a capitalised name opening the sentence)
        ("Jegliche Schuld an der Panne weist die Werkleiterin von sich: „Die Wartung lag nicht in unserer Hand.“",
         "die Werkleiterin"),
        # guard: a speaker in the prefield stays the speaker
        ("Die Werkleiterin weist die Schuld an der Panne von sich: „Die Wartung lag nicht in unserer Hand.“", "Die Werkleiterin"),
    ],
)  # fmt: skip
def test_an_object_before_the_verb_of_a_colon_sentence_is_no_speaker(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["form"] == "direct_quote"] == [source]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Wie der Sender berichtet, brannte die Scheune.", "der Sender", "brannte die Scheune."),
        ("Die Scheune brannte, wie Radio Nord meldete.", "Radio Nord", "Die Scheune brannte"),
    ],
)
def test_the_source_inside_a_wie_phrase(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Angaben seines Anwalts ist der Mann unschuldig.", "Angaben seines Anwalts"),
        ("Nach Angaben gut informierter Kreise steigen die Preise.", "Angaben gut informierter Kreise"),
        ("Nach ukrainischen Angaben wurden drei Dörfer getroffen.", "ukrainischen Angaben"),
    ],
)
def test_nach_angaben_sources(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source
    # "nach ersten Angaben" names no one: the statements themselves are the (unnamed) source, as in "laut Angaben"
    result = analyze("Nach ersten Angaben wurde niemand verletzt.", lang="de")
    (attribution,) = result.attributions
    (unnamed,) = result.sources
    assert attribution["source_text"] == "ersten Angaben" and not attribution["named"] and not unnamed["named"]


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        # the phrase is the source's span, standing for the clause's subject as a possessive would
        ("Nach eigenen Angaben beschäftigt die Brauerei 120 Leute.", "eigenen Angaben", "Brauerei"),
        ("Die Brauerei beschäftigt nach eigenen Angaben 120 Leute.", "eigenen Angaben", "Brauerei"),
        ("Damit sind nach eigenen Angaben alle Zimmer belegt.", None, None),  # no subject: the phrase names no one
        ("Die Brauerei beschäftigt laut eigenem Bekunden 120 Leute.", "eigenem Bekunden", "Brauerei"),
        ("Laut eigenen Angaben beschäftigt die Brauerei 120 Leute.", "eigenen Angaben", "Brauerei"),
        ("Der Brauer war eigenen Angaben zufolge nie in Prag.", "eigenen Angaben", "Brauer"),
        ("Eigenen Angaben zufolge beschäftigt die Brauerei 120 Leute.", "Eigenen Angaben", "Brauerei"),
        # the subject after the first verb when an adverbial fills the prefield
        ("Derzeit zählt das Ministerium nach eigenen Angaben 300 Anträge pro Woche.", "eigenen Angaben", "Ministerium"),
    ],
)
def test_own_statements_belong_to_the_clauses_subject(text: str, span: str | None, source: str | None) -> None:
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    names = {s["source_id"]: s["name"] for s in result.sources}
    assert (attribution["source_text"], names.get(attribution["source_id"])) == (span, source)


def test_pronouns_and_man_are_no_sources_in_the_sources_table() -> None:
    result = analyze("Man sagt, der Hafen werde verkauft. Er sagte, das sei falsch.", lang="de")
    kinds = {s["name"]: s["kind"] for s in result.sources}
    assert kinds == {"man": "impersonal", "Er": "unresolved"}
    assert result.scores["distinct_sources"] == 0


@pytest.mark.parametrize(("text", "continued"), [
    ("Die Feuerwehr teilte mit, der Brand sei am Morgen ausgebrochen. Die Gutachter hätten den Schaden unterschätzt.", True),
    ("Der Minister sagte, das Land brauche Hilfe. Es gäbe auch ein Video von dem Anschlag.", True),
    ("Der Minister sagte, das Land brauche Hilfe. Wenn es mehr Geld gäbe, hätten alle etwas davon.", False),
    ("Die Stadt baut eine neue Brücke. Die Anwohner hätten lieber einen Tunnel gehabt.", False),
    ("Der Minister sagte, das Land brauche Hilfe. Ich hätte das anders gemacht.", False),
])  # fmt: skip
def test_konjunktiv_ii_carries_reported_speech_on_only_right_after_a_report(text: str, continued: bool) -> None:
    attributions = analyze(text, lang="de").attributions
    second = [a for a in attributions if a["sent_id"] == 1]
    assert bool(second and second[0]["form"] == "continuation") is continued


@pytest.mark.parametrize(("text", "source"), [
    ("Am Dienstag wurde laut dpa die Genehmigung für das Fest verweigert.", "dpa"),
    ("Laut tagesschau.de will die Stadt im Herbst zwei neue Schulen bauen.", "tagesschau.de"),
    ("Nach ersten Ermittlungen der Polizei hatte der Fahrer Alkohol getrunken.", "ersten Ermittlungen der Polizei"),
    ("Nach einem internen Dokument des Ministeriums sollen 200 Stellen wegfallen.", "einem internen Dokument des Ministeriums"),
])  # fmt: skip
def test_according_to_with_lower_case_names_and_more_nouns(text: str, source: str) -> None:
    attributions = analyze(text, lang="de").attributions
    assert [(a["form"], a["source_text"]) for a in attributions] == [("according_to", source)]


@pytest.mark.parametrize(("text", "reported"), [
    ("Ein Nachbar hatte am Abend die Feuerwehr verständigt.", False),
    ("Die Parteien verständigten sich am Abend auf einen Kompromiss.", True),
    ("Seit dem Umzug nennt sich der Verein einfach Stadtchor.", False),
    ("Der Minister nannte vier Bedingungen für den Einsatz.", True),
    ("Die Grippewelle hatte im Winter viele Todesopfer gefordert.", False),
    ("Die Gewerkschaft forderte am Montag mehr Lohn für die Pflegekräfte.", True),
    ("Der Verein forderte ein besseres Zusammenleben im Viertel.", True),
])  # fmt: skip
def test_reporting_verbs_with_another_sense_report_only_in_their_reporting_sense(text: str, reported: bool) -> None:
    assert bool(analyze(text, lang="de").attributions) is reported


@pytest.mark.parametrize(("text", "kind", "named"), [
    ("Nach Polizeiangaben wurde niemand verletzt.", "police", True),
    ("Nach Pentagon-Angaben wurden zwei Stellungen zerstört.", "government", True),
    ("Laut Rechnungshofbericht fehlen 20 Millionen Euro im Budget.", "government", True),
    ("Laut Medienberichten kam es am Abend zu Protesten.", "independent_media", False),
    ("Nach Polizei-Infos wurde niemand verletzt.", "police", True),  # "Infos", the short plural of "Informationen"
    ("Laut Infos der Feuerwehr brannte das Dach.", "government", True),
])  # fmt: skip
def test_the_body_in_a_compound_statement_noun_is_the_source(text: str, kind: str, named: bool) -> None:
    (attribution,) = analyze(text, lang="de").attributions
    assert (attribution["source_kind"], attribution["named"]) == (kind, named)


@pytest.mark.parametrize(
    "text",
    [
        "Die Versammlung fand am Abend im Gemeindesaal statt.",  # stattfinden, not finden
        "Im Frühjahr sah die Lage am Hafen noch anders aus.",  # aussehen, not sehen
    ],
)
def test_a_verb_whose_clause_ends_in_another_verbs_particle_is_that_verb(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Das Unternehmen streitet dies ab.", "Das Unternehmen", "dies"),  # abstreiten: the particle is the verb's own
        ("Am Dienstag forderte das Ministerium in einer Sitzung eine neue Brücke.", "das Ministerium", "eine neue Brücke"),
    ],
)
def test_the_subject_after_the_verb_is_no_part_of_the_content(text: str, source: str, content: str) -> None:
    (row,) = attributions(text)
    message = text[row["content_start"] : row["content_end"]]
    assert row["source_text"] == source and content in message
    assert source not in text[row["content_start"] : row["content_end"]] or message == text  # never "das Ministerium in"


def test_reported_speech_without_a_speaker_in_reach_is_an_agentless_report() -> None:
    text = ("Auf den Straßen war es am Morgen ruhig. "
            "Erstmals seit Jahren sei der Haushalt der Stadt ausgeglichen.")
    (row,) = attributions(text)
    assert row["form"] == "agentless" and row["source_text"] is None and row["cue"] == "sei"
    # the subject of the sentence before is a source, though its verb reports nothing: it goes on speaking
    text = ("Die Ministerin hatte in Brüssel Erfreuliches zu vermelden. "
            "Erstmals seit Jahren sei der Haushalt der Stadt ausgeglichen.")
    (row,) = attributions(text)
    assert (row["form"], row["source_text"], row["cue"]) == ("continuation", "Die Ministerin", "sei")
    continued = attributions("Der Kämmerer sagte, die Lage sei ernst. Die Rücklagen seien fast aufgebraucht.")
    assert [a["form"] for a in continued] == ["indirect", "continuation"]  # a speaker in reach is continued as before


@pytest.mark.parametrize(
    ("text", "form", "source"),
    [
        ("In den ersten Polizeiberichten war von drei Verletzten die Rede.", "according_to", "den ersten Polizeiberichten"),
        ("Am Abend war von einem Kompromiss die Rede.", "agentless", None),
    ],
)
def test_von_x_die_rede_reports_x(text: str, form: str, source: str | None) -> None:
    (row,) = attributions(text)
    assert row["form"] == form and row["source_text"] == source


def test_die_rede_as_a_speech_is_no_report() -> None:
    assert attributions("Die Rede der Ministerin dauerte eine Stunde.") == []


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Wir haben gut gespielt, sagte der 38-Jährige nach dem Abpfiff.", "der 38-Jährige", "person"),  # a compound after a number
        ("Im Hafen gibt es laut dpa-Angaben keine Schäden.", "dpa-Angaben", "news_agency"),  # a lower-case name in a compound
        ("Der Hafen ist gesperrt. Das meldete die dpa am Abend.", "die dpa", "news_agency"),  # a name the registry writes in lower case
    ],
)
def test_names_that_do_not_begin_with_a_capital(text: str, source: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert (attribution["source_text"], attribution["source_kind"]) == (source, kind)


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Der Etat reicht nicht, sagte die Kämmerin Ute Brandt der Nachrichtenagentur dpa.", "die Kämmerin Ute Brandt", "Nachrichtenagentur dpa"),
        ("Der Etat reicht nicht, sagte Ute Brandt der Lokalzeitung am Freitag.", "Ute Brandt", "Lokalzeitung"),
        ("Der Etat reicht nicht, sagte ein Sprecher der Lokalzeitung.", "ein Sprecher der Lokalzeitung", None),  # the paper's own spokesman
        ("Der Etat reicht nicht, sagte Ute Brandt der Presse.", "Ute Brandt", "Presse"),
    ],
)
def test_the_outlet_a_speaker_told_is_not_the_speaker(text: str, source: str, via: str | None) -> None:
    (attribution,) = attributions(text)
    assert (attribution["source_text"], attribution["via_text"]) == (source, via)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kerstin Lohmann (SPD) sagte, dass der Haushalt nicht reiche.", "Kerstin Lohmann (SPD)"),  # a party in parentheses
        ("Der Vorsitzende Jens Adler (64) erklärte, der Verein bleibe bestehen.", "Der Vorsitzende Jens Adler (64)"),
        ("Diese Woche kündigte der Verband eine neue Satzung an.", "der Verband"),  # a time phrase fills the prefield
        ("Anfang des Jahres hatte die Kämmerin erklärt, die Kasse sei leer.", "die Kämmerin"),
        ("Beginn des Monats hatte der Kämmerer erklärt, die Kasse sei leer.", "der Kämmerer"),
        ("Davor hatte die Kämmerin erklärt, die Kasse sei leer.", "die Kämmerin"),  # a pronominal adverb
    ],
)
def test_the_speaker_behind_parentheses_and_time_phrases(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Landrat kündigte an, die Schule im Sommer sanieren zu lassen.", "die Schule im Sommer sanieren zu lassen."),
        ("Die Ärztin versprach, die Ergebnisse bald vorzulegen.", "die Ergebnisse bald vorzulegen."),
        # the particle of the verb closes a long middle field
        ("Der Landrat schlug dem Kreistag in einem Schreiben vom Mai vor, die Schule zu schließen.", "die Schule zu schließen."),
    ],
)
def test_an_infinitive_with_zu_is_what_was_announced(text: str, content: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content


@pytest.mark.parametrize(
    "text", ["Der Landrat fuhr nach Kiel, um die Schule zu besichtigen.", "Das Amt untersagte, das Gelände zu betreten."]
)
def test_infinitives_of_purpose_and_of_rules_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Wie „kreisbote online“ meldet, bleibt das Freibad geschlossen.", "„kreisbote online“", "bleibt das Freibad geschlossen."),
        ("Wie Jana Roth, Sprecherin der Stadtwerke in Kiel, am Montag mitteilte, steigen die Preise.", "Jana Roth, Sprecherin der Stadtwerke in Kiel", "steigen die Preise."),
        ("Die Preise steigen, wie Jana Roth, Sprecherin der Stadtwerke, mitteilte.", "Jana Roth, Sprecherin der Stadtwerke", "Die Preise steigen"),
    ],
)
def test_wie_clauses_with_a_quoted_name_or_an_apposition(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content


def test_what_emerges_from_a_document_is_its_report() -> None:
    result = analyze("Die Mieten steigen weiter. Das geht aus einer Studie des Mieterbunds hervor.", lang="de")
    (attribution,) = result.attributions
    assert (attribution["form"], attribution["source_text"]) == ("according_to", "einer Studie des Mieterbunds")
    assert result.text[attribution["content_start"] : attribution["content_end"]] == "Die Mieten steigen weiter."
    (first,) = attributions("Aus dem Protokoll geht hervor, dass die Brücke 1970 gebaut wurde.")
    assert first["source_text"] == "dem Protokoll"
    assert attributions("Aus dem Verein ging später eine Partei hervor.") == []  # emerged: no report


@pytest.mark.parametrize(
    "text",
    [
        "Sie glaubt, dass der Verein gestärkt aus dem Streit hervorgehen werde: „Wir haben viel gelernt.“",
        "Die Partei ging als Siegerin aus der Wahl hervor.",  # as before
    ],
)
def test_emerging_from_an_event_is_no_report(text: str) -> None:
    """"als Siegerin aus der Wahl hervorgehen": an event or a thing after "aus" is no document that reports."""
    assert [a for a in attributions(text) if a["form"] == "according_to"] == []


def test_what_became_known_is_reported_by_nobody_named() -> None:
    (attribution,) = attributions("Am Freitag war bekannt geworden, dass die Bäckerei schließt.")
    assert (attribution["form"], attribution["source_text"]) == ("agentless", None)


INTERVIEW = (
    "Die Kämmerin Ute Brandt über den neuen Haushalt. "
    "SPIEGEL: Die Stadt gibt zu viel für Beratung aus. "
    "Brandt: Das stimmt nicht. Wir haben die Ausgaben gesenkt. "
    "SPIEGEL: Aber die Schulden steigen weiter. "
    "Brandt: Nur wegen der Zinsen. Die Tilgung läuft nach Plan."
)


def test_the_outlet_in_an_interview_asks_and_is_not_quoted() -> None:
    result = analyze(INTERVIEW, lang="de")
    sources = {a["source_text"] for a in result.attributions}
    assert "SPIEGEL" not in sources  # its turns state theses instead of asking; it is the interviewer all the same
    turns = [a for a in result.attributions if a["source_text"] == "Brandt"]
    assert len(turns) == 4  # two turns of two sentences each


def test_a_report_inside_the_interviewers_question_is_no_attribution() -> None:
    text = (
        "Die Kämmerin Ute Brandt über den neuen Haushalt.\n\n"
        "KURIER: Welche Vorschläge der Opposition lehnen Sie ab?\n\n"
        "Brandt: Die neuen Schulden lehne ich ab. Wir sparen lieber.\n\n"
        "KURIER: Was sagt der Bürgermeister zu Ihrem Kurs?\n\n"
        "Brandt: Er hat gesagt, der Kurs sei richtig."
    )
    result = analyze(text, lang="de")
    asked = [a for a in result.attributions if result.text[a["content_start"] : a["content_end"]].endswith("?")]
    assert asked == []
    assert {a["source_text"] for a in result.attributions} == {"Brandt", "Er"}


def test_a_party_in_parentheses_makes_the_speaker_a_politician_not_the_party() -> None:
    result = analyze("Kerstin Lohmann (SPD) sagte, dass der Haushalt nicht reiche.", lang="de")
    (source,) = result.sources
    assert (source["name"], source["kind"]) == ("Kerstin Lohmann", "politician")


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Viele Eltern fürchten lange Wartezeiten.", ["fürchten"]),  # a view with a noun phrase as its object
        ("Die Händler erwarten ein schwaches Weihnachtsgeschäft.", ["erwarten"]),
        ("Die Pendler klagten über volle Züge.", ["klagten"]),  # complained
        ("Der Nachbar klagt gegen den Bauantrag.", []),  # sues
        ("Wie erwartet fiel der Umsatz im Winter.", []),  # idioms of expectation report no one's
        ("Der Umsatz fiel stärker als erwartet.", []),
        ("Der erwartete Aufschwung blieb aus.", []),
    ],
)
def test_views_and_complaints_with_an_object(text: str, cues: list[str]) -> None:
    assert [a["cue"] for a in attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ein Wissenschafter der Universität Graz sagte, die Messung sei genau.", "expert"),  # the Austrian spelling
        ("Die Küstenwache teilte mit, das Boot sei gesunken.", "police"),
        ("Landeshauptfrau Auer sagte, die Straße bleibe gesperrt.", "government"),  # an Austrian state governor
        ("Der Landtag beschloss, die Gebühren zu senken.", "parliament"),
    ],
)
def test_heads_of_austrian_news_and_coast_guards(text: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_kind"] == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anträge sind erst nach der Insolvenzanmeldung möglich.", []),  # a filing, not a statement
        ("Nach einer Polizeimeldung gab es drei Verletzte.", ["according_to"]),
        ("Nach Auszählung der Wahlkarten lag die Liste vorne.", []),  # the count of votes: after it, no source
        ("Nach der Stimmenauszählung jubelte die Partei.", []),
        ("Nach einer Zählung des Vereins kamen 4.000 Besucher.", ["according_to"]),
    ],
)
def test_nach_with_a_filing_is_a_time(text: str, expected: list[str]) -> None:
    assert [a["form"] for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "source", "key"),
    [
        ("Alexander Van der Bellen sagte, er sei bereit.", "Alexander Van der Bellen", "person:bellen"),
        ("Thomas de Maizière sagte, er sei bereit.", "Thomas de Maizière", "person:maizière"),
        ("Louis van Gaal sagte, er sei bereit.", "Louis van Gaal", "person:gaal"),
        # the surname after its particles ends the name: the noun after it is the object
        ("Beim Geld verspricht Van der Bellen Transparenz.", "Van der Bellen", "person:bellen"),
    ],
)
def test_names_with_particles_of_other_languages_are_persons(text: str, source: str, key: str) -> None:
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == (source, key)


def test_a_possessive_before_zufolge_is_the_person_named_before() -> None:
    text = "Die Frist reiche nicht, erklärte die Anwältin Petra Lang. Ihren Angaben zufolge fehlen noch 40 Akten."
    rows = attributions(text)
    assert [(r["source_text"], r["source_id"]) for r in rows] == [("die Anwältin Petra Lang", "person:lang"), ("Ihren Angaben", "person:lang")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Der Schaden liegt laut KBA-Schätzungen bei 2 Millionen Euro.", "unknown"),  # a body the registry does not know
        ("Laut einer IKFA-Studie steigen die Preise um 3 Prozent.", "expert"),  # a study: a research body's
    ],
)
def test_a_statement_compound_on_an_acronym_names_that_body(text: str, kind: str) -> None:
    (row,) = attributions(text)
    assert (row["named"], row["source_kind"]) == (True, kind)


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("de", "Das zeigt die Umfrage zum Thema Mobbing von Forsa. Die Hälfte der Fälle bleibe ungemeldet.", "reg:forsa"),
        ("en", "The survey on commuting by the Harbour Gazette found that 40 percent drive alone.", "independent_media::gazette::harbour"),
    ],
)
def test_a_documents_owner_after_its_topic_is_its_source(lang: str, text: str, key: str) -> None:
    rows = analyze(text, lang=lang).attributions
    assert {r["source_id"] for r in rows} == {key}


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # a report inside what a named speaker says is the speaker's sourcing, not the writer's
        ("de", "Der Verein feierte. Historikerin Anna Berg: Die Frauen haben sich nie als Heldinnen gesehen. Das ändert sich.", False),
        ("en", "The actor spoke out. In response, the director Jo Lind pointed out that critics should look at the whole cast.", False),
        ("de", "Die Frauen haben sich nie als Heldinnen gesehen. Das ändert sich.", True),  # the writer's own vague source
    ],
)
def test_a_vague_source_inside_a_named_speakers_words_is_not_the_writers(lang: str, text: str, flagged: bool) -> None:
    from scoring.aggregation.findings import find_findings

    rules = [f.rule for f in find_findings(analyze(text, lang=lang))]
    assert ("vague-source" in rules) is flagged


def test_a_report_inside_colon_speech_does_not_reach_back_over_the_speaker() -> None:
    text = "Historikerin Anna Berg: Die Frauen haben sich nie als Heldinnen gesehen."
    rows = [a for a in analyze(text, lang="de").attributions if a["cue"] == "gesehen"]
    assert [text[a["content_start"] : a["content_end"]].startswith("Historikerin") for a in rows] == [False]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Die Menge blieb ruhig, berichtete eine AFP-Journalistin.", True),  # a journalist of a named outlet reports for it
        ("Die Menge blieb ruhig, sagten EU-Diplomaten.", False),  # unnamed people of a body
        ("Die Menge blieb ruhig, berichteten Spiegel-Reporter.", True),  # an outlet whose name is a common word
    ],
)
def test_a_journalist_of_a_named_outlet_reports_for_it(text: str, named: bool) -> None:
    (row,) = attributions(text)
    assert row["named"] is named


def test_a_press_spokesperson_is_no_spokesperson_of_a_paper_called_press() -> None:
    (row,) = attributions("Die Menge blieb ruhig, sagte der Presse-Sprecher.")
    assert "presse" not in row["source_id"].split(":")[1]  # not "Die Presse"'s: the body is left to the context


def test_a_candidate_refers_back_to_the_person_named_before() -> None:
    text = "Karl Weber sagte, er trete an. Details zu seinen Geldgebern will der Kandidat aber nicht preisgeben."
    rows = attributions(text)
    assert [r["source_id"] for r in rows] == ["person:weber", "person:weber"]


@pytest.mark.parametrize(
    "text",
    [
        "Neue Handys zeigen, dass die Branche wächst. Die neue Serie kommt im Mai.",  # "neue" in lower case elsewhere
        "Japan Display teilte mit, dass die Fabrik schließt.",  # a country's name in it: no person
    ],
)
def test_capitalised_words_that_are_no_personal_name(text: str) -> None:
    row = attributions(text)[0]
    assert not row["source_id"].startswith("person:")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("„Es war ein langer Abend für uns alle“, lachte die Trainerin.", "lachte", "die Trainerin"),  # a verb of manner
        ("„Ich trete noch einmal an“, strich Berger in Kiel heraus.", "strich", "Berger"),  # a particle verb it does not list
        # "mit diesen Worten" names the quotation as words, whatever the verb; a reflexive pronoun before or after the subject
        ("„Auf Wiedersehen und danke für alles“, mit diesen Worten verabschiedete sich die Trainerin.", "verabschiedete",
         "die Trainerin"),
        ("„Da bin ich wieder, gesund und munter“, mit diesen Worten meldete er sich im Stadion zurück.", "meldete", "er"),
    ],
)
def test_a_verb_and_its_subject_after_a_quotation_are_its_tag(text: str, cue: str, source: str) -> None:
    (row,) = attributions(text)
    assert (row["cue"], row["form"], row["source_text"]) == (cue, "direct_quote", source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a second main clause after a comma: its prefield, a role and a name set off by commas, is its subject
        ("Der Landrat Paul Kern (SPD) wies den Vorwurf zurück, die umweltpolitische Sprecherin der Fraktion, Mira Holt (GRÜNE), "
         "erklärte: „Der Streit hilft niemandem weiter.“", "die umweltpolitische Sprecherin der Fraktion, Mira Holt (GRÜNE)"),
        # guard: an accusative role and name are objects of the clause before; the subject follows the verb
        ("Er traf am Montag den Landrat, den Vorsitzenden des Kreistags, Paul Kern, sagte die Sprecherin.", "die Sprecherin"),
    ],
)  # fmt: skip
def test_a_role_and_name_after_a_comma_are_the_subject_of_the_next_main_clause(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)][-1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # no comma after the quotation: a word inside it ("die") is no speaker; the subject follows the verb
        ("„Ich habe am Abend Dinge gesagt, die mir heute leidtun“ kommentierte der Trainer seinen Ausbruch.", "der Trainer"),
        ("„Ich habe am Abend Dinge gesagt, die mir heute leidtun“ kommentierte er seinen Ausbruch.", "er"),
        # guard: a short name in quotation marks before the verb is its subject
        ("„Die Linke“ erklärte, sie werde gegen das Gesetz klagen.", "„Die Linke“"),
    ],
)
def test_a_speaker_is_never_a_word_of_the_quotation_before_the_verb(text: str, source: str) -> None:
    assert {a["source_text"] for a in attributions(text)} == {source}


def test_a_participle_after_a_quoted_title_is_no_tag() -> None:
    assert attributions("„Das Boot der Fischer“, gedreht im Jahr 1981, lief lange im Kino.") == []
    # a phrase with "mit" and a noun that names no words leaves the quotation without a tag
    assert [a["source_text"] for a in attributions("„Das Boot der Fischer“, mit diesen Schauspielern drehte Berger im Jahr 1981.")] \
        in ([], [None])


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("„Wir holen den Titel“, zitiert die Lokalzeitung den Trainer.", "den Trainer", "die Lokalzeitung"),
        ("Das Magazin zitiert einen Sprecher der Feuerwehr, der Brand sei gelöscht.", "einen Sprecher der Feuerwehr", "Das Magazin"),
        ("Ich zitiere den Kollegen Berg: „Das reicht nicht.“", "Ich", None),  # the speaker's own act of quoting
        ("Wir haben den Vertrag, zitierte die Zeitung am Freitag den Manager.", "den Manager", "die Zeitung"),  # a day between
    ],
)
def test_an_outlet_quoting_someone_passes_the_words_on(text: str, source: str, via: str | None) -> None:
    row = attributions(text)[0]
    assert (row["source_text"], row["via_text"]) == (source, via)


def test_a_quotation_after_the_speakers_apposition_and_a_colon_is_what_was_said() -> None:
    text = "Vor Ort sagte Jana Vogt, die Leiterin des Tierheims: „Wir haben alle Hunde gerettet, aber die Katzen fehlen.“"
    (row,) = attributions(text)
    assert (row["cue"], row["form"], row["source_text"]) == ("sagte", "direct_quote", "Jana Vogt, die Leiterin des Tierheims")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Schiff hatte Kurs auf den Hafen gehalten, bis es gestoppt wurde.", []),  # an adverbial clause is no message
        ("Die Fähre fand den Hafen erst spät, obwohl die Karte stimmte.", []),
        ("Ich glaube, die Fähre kommt heute nicht mehr.", ["glaube"]),  # a dependent main clause is
    ],
)
def test_a_clause_opened_by_a_subordinator_is_no_dependent_main_clause(text: str, expected: list[str]) -> None:
    assert [a["cue"] for a in attributions(text)] == expected


def test_run_in_headings_are_no_interview() -> None:
    text = ("Die Stadt verkauft ihre Werke.\n\nVORGESCHICHTE: Die Werke wurden 1999 gegründet. Sie gehören der Stadt.\n\n"
            "ZAHLEN: Die Werke haben 900 Beschäftigte. Der Umsatz sank zuletzt.")
    result = analyze(text, lang="de")
    assert not [a for a in result.attributions if a["form"] == "continuation"]  # nobody speaks twice


def test_a_dropped_heading_leaves_the_continuations_of_others_their_sources() -> None:
    text = "BLITZAKTION: Der Plan steht. Der Minister sagte, der Plan sei gut. Er sei auch billig."
    rows = analyze(text, lang="de").attributions
    assert [(a["form"], a["source_id"]) for a in rows] == [("indirect", "government::minister:"), ("continuation", "government::minister:")]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "The actor spoke about his film.\n\nQ: Was it hard?\n\nA: Yes. It was obviously a risk.\n\n"
               "Q: And now?\n\nA: Of course we go on.", "obviously"),
        ("de", "Die Forscherin sprach über ihr Buch.\n\nF: War es schwer?\n\nA: Ja. Es war natürlich ein Risiko.\n\n"
               "F: Und jetzt?\n\nA: Wir machen weiter.", "natürlich"),
        ("es", "La actriz habló de su película.\n\nP: ¿Fue difícil?\n\nR: Sí. Fue sin duda un riesgo.\n\n"
               "P: ¿Y ahora?\n\nR: Seguimos.", "sin duda"),
    ],
)
def test_the_answers_of_a_lettered_interview_are_the_interviewees_words(lang: str, text: str, word: str) -> None:
    from scoring.aggregation.findings import find_findings

    result = analyze(text, lang=lang)
    (cue,) = [c for c in result.cues if c["text"] == word]
    assert cue["voice"] == "quoted"
    assert "unsupported-booster" not in {f.rule for f in find_findings(result)}
    assert not [a for a in result.attributions if a["cue"] == ":"]  # the letters name no speaker


def test_a_single_answer_letter_is_no_interview() -> None:
    result = analyze("A: The plan is obviously a risk.", lang="en")
    assert [c["voice"] for c in result.cues if c["text"] == "obviously"] == ["author"]
    assert result.attributions == []


def test_the_host_of_a_transcript_asks_in_words_of_their_own() -> None:
    text = ("The governor spoke to the network.\n\nTAPPER: And obviously, you back him. Will he win?\n\n"
            "FALLIN: I think he will.\n\nTAPPER: Is he a healer?\n\nFALLIN: He is trying to be one.")
    result = analyze(text, lang="en")
    assert [c["voice"] for c in result.cues if c["text"] == "obviously"] == ["quoted"]


def test_the_outlet_asking_in_an_interview_asks_in_the_writers_words() -> None:
    text = ("Die Ministerin spricht über Flüchtlinge.\n\nStandard: Offensichtlich hält sich das Land nicht daran. Was tun?\n\n"
            "Berg: Wir reden mit allen.\n\nStandard: Und dann?\n\nBerg: Dann sehen wir weiter.")
    result = analyze(text, lang="de")
    assert [c["voice"] for c in result.cues if c["text"] == "Offensichtlich"] == ["author"]


def test_an_interviewee_speaking_twice_goes_on_over_sentences() -> None:
    text = "STANDARD: Wie geht es weiter?\n\nBerg: Wir bauen neu. Das dauert.\n\nSTANDARD: Wann?\n\nBerg: Im Mai. Dann sehen wir weiter."
    continued = [a for a in analyze(text, lang="de").attributions if a["form"] == "continuation"]
    assert [a["source_text"] for a in continued] == ["Berg", "Berg"]


def test_an_interviewees_own_i_think_is_part_of_the_answer() -> None:
    from scoring.aggregation.findings import find_findings

    text = ("STANDARD: Wie geht es weiter?\n\nBerg: Wir bauen neu. Ich glaube, das dauert natürlich.\n\n"
            "STANDARD: Wann?\n\nBerg: Im Mai. Ich finde den Plan gut.")  # fmt: skip
    result = analyze(text, lang="de")
    assert [a for a in result.attributions if (a["source_text"] or "").lower() in ("ich", "wir")] == []
    assert {a["source_text"] for a in result.attributions} == {"Berg"}  # every answer sentence is Berg's
    assert "unsupported-booster" not in {f.rule for f in find_findings(result)}


def test_a_coach_speaks_and_owns_the_first_person_before_the_tag() -> None:
    text = "Der Klub verlor deutlich. Ich bin sicher, dass wir aufholen, meinte der frühere Porto-Coach."
    rows = attributions(text)
    assert [(a["cue"], a["source_id"]) for a in rows] == [("bin sicher", "unknown::coach:"), ("meinte", "unknown::coach:")]


def test_a_name_and_its_topic_before_a_colon_speak_where_unmarked_speech_abounds() -> None:
    # unmarked first-person words elsewhere make the text look as if it spoke in the first person itself; the name and
    # the topic before the colon still introduce the player's words
    text = ("Berger gewann das Finale in drei Sätzen. Berger zum Spiel: Das war kein guter Beginn, ich habe zu nervös "
            "angefangen. Im zweiten Satz habe ich mehr riskiert. Ich bin zufrieden.")  # fmt: skip
    rows = [a for a in attributions(text) if a["cue"] == ":"]
    assert [(a["source_text"], text[a["content_start"] : a["content_start"] + 20]) for a in rows] == [("Berger", "Das war kein guter B")]


@pytest.mark.parametrize("text", ["Zweitens: Die Kosten sind zu hoch und die Frist ist zu kurz.", "Apropos Hafen: Der Umbau beginnt erst im Mai."])
def test_an_enumerating_or_topic_label_before_a_colon_is_no_speaker(text: str) -> None:
    assert [a for a in attributions(text) if a["cue"] == ":"] == []


def test_a_heading_in_capitals_is_no_speaker_but_a_transcripts_speakers_are() -> None:
    heading = analyze("Die Stadt baut neu.\n\nZAHLEN: Die Werke haben 900 Beschäftigte und viel Arbeit.", lang="de")
    assert [a for a in heading.attributions if a["cue"] == ":"] == []
    transcript = analyze("SMITH: We will win this.\n\nJONES: No, you will not.\n\nSMITH: Wait and see.", lang="en")
    assert [a["source_text"] for a in transcript.attributions if a["cue"] == ":"] == ["SMITH", "JONES", "SMITH"]


def test_a_list_of_scorers_after_a_label_is_no_speech() -> None:
    result = analyze("Der Klub gewann.\n\nTore: Huber (12.), Kaya (45.) und Berisha (80.).", lang="de")
    assert [a for a in result.attributions if a["cue"] == ":"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Hund biss den Briefträger und bellte: „Weg hier, sofort und für immer!“", "Der Hund"),
        ("Die Gewerkschaft startet eine Kampagne und findet, dass die Regel zu streng sei.", "Die Gewerkschaft"),
    ],
)
def test_a_verb_the_lexicons_do_not_list_ends_the_first_clauses_subject(text: str, source: str) -> None:
    assert attributions(text)[-1]["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ärzte ohne Grenzen teilte am Abend mit, zwei Kliniken seien geschlossen worden.", "Ärzte ohne Grenzen"),
        ("Laut Reporter ohne Grenzen sitzen derzeit elf Journalisten in Haft.", "Reporter ohne Grenzen"),
        ("Die Bank of England teilte mit, der Leitzins bleibe unverändert.", "Die Bank of England"),
    ],
)
def test_a_registered_name_with_a_lower_case_word_is_one_source(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


def test_a_report_in_parentheses_reports_the_words_before_it() -> None:
    result = analyze("Der Bürgermeister war schon im Mai zurückgetreten (die Lokalzeitung berichtete).", lang="de")
    (attribution,) = result.attributions
    assert attribution["source_text"] == "die Lokalzeitung"
    assert result.text[attribution["content_start"] : attribution["content_end"]] == "Der Bürgermeister war schon im Mai zurückgetreten"
    aside = analyze("Das ist Kirchturmpolitik (wie einmal jemand sagte) und keine Lösung.", lang="de")
    assert all(aside.text[a["content_start"] : a["content_end"]] != "Das ist Kirchturmpolitik" for a in aside.attributions)


def test_a_report_in_parentheses_inside_a_sentence_reports_the_sentence() -> None:
    text = "Schon im Herbst (die Lokalzeitung berichtete) hatte der Bürgermeister sein Amt niedergelegt."
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert attribution["source_text"] == "die Lokalzeitung"
    assert result.text[attribution["content_start"] : attribution["content_end"]] == text  # not "Schon im Herbst"


@pytest.mark.parametrize(
    "text",
    [
        "Schon im Herbst (wir berichteten) hatte der Bürgermeister sein Amt niedergelegt.",
        "Der Bürgermeister hatte sein Amt schon im Herbst niedergelegt (wir berichteten).",
    ],
)
def test_the_outlet_pointing_to_its_own_coverage_cites_nobody(text: str) -> None:
    assert attributions(text) == []


def test_a_verb_particle_alone_before_the_verb_is_no_speaker() -> None:
    (attribution,) = attributions("Weiter berichtet das Blatt, dass der Vertrag bis 2030 gelte.")
    assert attribution["source_text"] == "das Blatt"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Der Stadtrat sieht eine „einmalige Gelegenheit“ für den Hafen.", "einmalige Gelegenheit"),
        ("Die Kammer hält den Aufschub für „unverantwortlich“.", "unverantwortlich"),
    ],
)
def test_a_quoted_phrase_after_a_verb_of_view_is_the_subjects_words(text: str, quoted: str) -> None:
    result = analyze(text, lang="de")
    direct = [a for a in result.attributions if a["form"] == "direct_quote"]
    assert [result.text[a["content_start"] : a["content_end"]] for a in direct] == [quoted]
    assert not [c for c in result.cues if c["category"] == "scare_quote"]


def test_a_quoted_title_after_a_verb_of_seeing_is_no_quotation_of_the_subject() -> None:
    assert attributions("Am Abend sah die Familie den „Tatort“ im Ersten.") == []


@pytest.mark.parametrize("text", ["Die Bibliothek zeigt Thomas Manns „Zauberberg“ in einer Erstausgabe.", "Das Studio bringt Anna Bergers „Nachtzug“ ins Kino."])
def test_a_capitalised_quotation_after_a_name_in_the_genitive_is_a_title(text: str) -> None:
    assert [c for c in analyze(text, lang="de").cues if c["category"] == "scare_quote"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Bald stellte sich heraus, dass die Angaben falsch waren.",
        "Es zeigte sich, dass die Pumpe zu schwach war.",
        "Es besteht kein Zweifel, dass die Brücke saniert wird.",
        "Der Stürmer machte in der 80. Minute alles klar.",
        "Damit bestätigte sich die Sorge, dass der Damm undicht ist.",
        "Der Verdacht hat sich inzwischen bestätigt.",
    ],
)
def test_it_turned_out_and_there_is_report_no_one(text: str) -> None:
    assert attributions(text) == []


def test_a_confirmation_with_sich_in_another_clause_is_still_reported() -> None:
    (attribution,) = attributions("Die Sprecherin bestätigte, dass sich der Zug verspätet hatte.")
    assert attribution["source_text"] == "Die Sprecherin" and attribution["cue"] == "bestätigte"


def test_a_participle_after_sich_is_part_of_the_verb_before_it() -> None:
    (attribution,) = attributions("Die Ministerin zeigte sich überzeugt, dass der Plan aufgeht.")
    assert attribution["source_text"] == "Die Ministerin" and attribution["cue"] == "zeigte"


def test_an_interview_is_no_single_source_article() -> None:
    from scoring.aggregation.findings import find_findings

    turns = "\n\n".join(f"STANDARD: Wie geht es dem Werk im Jahr {n}?\n\nBerger: Die Lage ist gut, der Umsatz stieg." for n in range(1, 5))
    reported = " ".join(f"Der Umsatz stieg im Jahr {n}, sagte Berger." for n in range(1, 5))
    assert "single-source" not in {f.rule for f in find_findings(analyze(turns, lang="de"))}
    assert "single-source" in {f.rule for f in find_findings(analyze(reported, lang="de"))}


def test_a_speaker_label_after_a_dash_in_a_headline_speaks() -> None:
    result = analyze("Knapper Sieg in Graz – Weber: „Wir hatten heute Glück“.", lang="de")
    assert [(a["form"], a["source_text"]) for a in result.attributions] == [("direct_quote", "Weber")]
    assert not [c for c in result.cues if c["category"] == "scare_quote"]


@pytest.mark.parametrize(
    ("text", "source_id", "kind"),
    [
        ("Der Sprecher der Polizei, Hans Meier, sagte, die Straße sei wieder frei.", "person:meier", "police"),
        ("Der Delegationsleiter im EU-Parlament, Karl Brenner, erklärte, es gebe keine Mehrheit.", "person:brenner", None),
        ("Der Leiter der Such- und Rettungsstelle, Paul Gruber, sagte, dass Wrackteile gefunden wurden.", "person:gruber", None),
    ],
)
def test_a_role_with_the_name_after_a_comma_is_that_named_person(text: str, source_id: str, kind: str | None) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_id"] == source_id and attribution["named"]
    assert kind is None or attribution["source_kind"] == kind


def test_a_product_after_a_comma_is_no_personal_name() -> None:
    sources = [a["source_id"] for a in attributions("Die App, Googles Sicherheits-Prüfprogramm, meldete, dass die Datei sauber sei.")]
    assert not any(s.startswith("person:") for s in sources)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Wie schon die Feuerwehr sagte, ist die Brücke gesperrt.", "die Feuerwehr"),
        ("Die Bundes- und Landesregierung teilte mit, die Hilfe sei unterwegs.", "Die Bundes- und Landesregierung"),
    ],
)
def test_a_focus_particle_or_a_cut_compound_does_not_hide_the_speaker(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Der Übergangsrat kündigte an, die Vorfälle prüfen zu lassen.", "Der Übergangsrat", "die Vorfälle prüfen zu lassen."),
        ("Das Gremium gab bekannt, die Vorwürfe binnen einer Woche klären zu wollen.", "Das Gremium", "die Vorwürfe binnen einer Woche klären zu wollen."),
        ("Die Ärztin warnte davor, die Impfung aufzuschieben.", "Die Ärztin", "die Impfung aufzuschieben."),
        ("Die Firma bietet an, die Löhne um drei Prozent zu erhöhen.", "Die Firma", "die Löhne um drei Prozent zu erhöhen."),
    ],
)
def test_a_zu_infinitive_after_a_particle_or_correlate_is_what_is_announced(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content


def test_offering_goods_is_no_speech() -> None:
    assert attributions("Der Bäcker bietet am Samstag frisches Brot an.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Die Lage ist ernst, betonte der UN-Chef.", "international_org"), ("Die Reform kommt, sagte die SPD-Sprecherin.", "party")],
)
def test_a_role_compounded_with_a_registered_body_is_of_that_body(text: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_kind"] == kind and attribution["named"]


@pytest.mark.parametrize(
    ("text", "source_id", "kind"),
    [
        ("Die Reform kommt zu spät, sagte SPD-Sprecher Karl Hofer.", "person:hofer", "party"),  # not Hofer's own body
        ("Die Reform kommt zu spät, sagte UN-Chef Paul Weber.", "person:weber", "international_org"),
        ("Die Regel sei nicht zulässig, sagte der Verfassungsrechtler Jan Mayer.", "person:mayer", "expert"),
        ("Die Regel sei nicht zulässig, sagte die Virologin Eva Stein.", "person:stein", "expert"),
        ("Die Regel sei nicht zulässig, sagte die Frauenrechtlerin Eva Stein.", "person:stein", "ngo"),  # an activist
        ("Die Lage sei ernst, sagte Jan Ott vom Roten Kreuz.", "person:ott", "ngo"),  # the person, of the body's kind
        ("Die Lage sei ernst, sagte Jan Ott von der Caritas.", "person:ott", "ngo"),
    ],
)
def test_a_named_person_takes_the_kind_of_the_role_or_body_named_with_them(text: str, source_id: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_id"] == source_id and attribution["source_kind"] == kind and attribution["named"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Enttäuscht zeigte sich die Trainerin nach dem Spiel: „Das war zu wenig von uns.“", "die Trainerin"),
        ("Überrascht zeigte sich auch die Opposition, dass der Plan so schnell kam.", "die Opposition"),
    ],
)
def test_a_participle_before_the_verb_is_no_speaker(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


def _reported(text: str, lang: str = "de") -> dict[str, list[str]]:
    """Per cue: the texts of its contents (an indirect report and the quotations given to the same cue)."""
    result = analyze(text, lang=lang)
    found: dict[str, list[str]] = {}
    for a in result.attributions:
        found.setdefault(a["cue"], []).append(result.text[a["content_start"] : a["content_end"]])
    return found


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("Die Trainerin nannte das Urteil „viel zu hart“, der Kapitän bezeichnete es als „reine Willkür“.", "de",
         ("nannte", "viel zu hart"), ("bezeichnete", "reine Willkür")),
        ("Der Verband lehnte die Reform strikt ab, die Ministerin sprach von einem „guten Kompromiss“.", "de",
         ("lehnte", "lehnte die Reform strikt ab"), ("sprach", "guten Kompromiss")),
        ("The mayor called the budget careless, the council described it as “a fair start.”", "en",
         ("called", "the budget careless"), ("described", "it as “a fair start.”")),
        # a conjunction of contrast opens the second report, whose verb then comes last
        ("Die Opposition lehnte den Plan ab, während die Regierung ihn als „großen Wurf“ lobte.", "de",
         ("lehnte", "lehnte den Plan ab"), ("lobte", "großen Wurf")),
    ],
)  # fmt: skip
def test_two_speakers_side_by_side_each_report_their_own_clause(
    text: str, lang: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    found = _reported(text, lang)
    assert first[1] in found[first[0]] and second[1] in found[second[0]]
    # neither report reaches into the other speaker's clause
    assert not any(second[1] in content for content in found[first[0]])
    assert not any(first[1] in content for content in found[second[0]])


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause opened by a conjunction or a relative pronoun is not a second speaker's own clause
        ("Der Rat kritisierte die Satzung, die Anna Berg gelobt hatte.", "kritisierte", "kritisierte die Satzung, die Anna Berg gelobt hatte."),
        ("Der Rat kritisierte die Satzung, die Anna Berg lobte.", "kritisierte", "kritisierte die Satzung, die Anna Berg lobte."),
        # the speech tag before its message
        ("Dazu meint Anna Berg, die Fraktionen hätten sich geeinigt.", "meint", "die Fraktionen hätten sich geeinigt."),
    ],
)  # fmt: skip
def test_a_clause_that_is_not_a_second_speakers_keeps_the_whole_report(text: str, cue: str, content: str) -> None:
    assert content in _reported(text)[cue]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Der Verband lobte das neue Gesetz als großen Fortschritt.", "lobte das neue Gesetz als großen Fortschritt."),  # "das" an article
        ("Die Ärztin weiß das.", "das."),  # "das" the object: it stands for what was said
    ],
)
def test_das_before_a_noun_is_an_article_not_the_reported_proposition(text: str, content: str) -> None:
    assert _reported(text)[text.split()[2]] == [content]


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        ("Die Kämmerin sagte, die Lage sei ernst. Viele Schulen befänden sich in schlechtem Zustand.", True),
        ("Der Trainer erklärte, das Team sei müde. Es käme jetzt auf die Abwehr an.", True),
        # a verb in Konjunktiv II opening the sentence is a condition; "gingen" is also past indicative
        ("Der Trainer erklärte, das Team sei müde. Käme es zum Elfmeterschießen, wäre alles offen.", False),
        ("Der Trainer erklärte, das Team sei müde. Die Spieler gingen früh schlafen.", False),
    ],
)
def test_konjunktiv_ii_of_strong_verbs_goes_on_with_the_report(text: str, continued: bool) -> None:
    forms = [a["form"] for a in attributions(text)]
    assert forms == ["indirect", "continuation"] if continued else forms == ["indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "Zum Abschied sangen die Kollegen das Lied „Wir lagen vor Madagaskar und hatten die Pest an Bord“.",
        "Geholfen hat der Verein „Ein warmes Essen für jeden Menschen in Not“.",
        "Die Autorin hat ein Buch mit dem Titel „Warum wir nicht mehr schlafen können“ geschrieben.",
        "Der Forscher erhielt die Auszeichnung „Prix de la Recherche Scientifique“.",
    ],
)
def test_a_quotation_that_names_a_work_or_organisation_is_not_speech(text: str) -> None:
    assert not [a for a in attributions(text) if a["form"] == "direct_quote"]


def test_a_sentence_quoted_in_parentheses_after_a_speaker_is_speech() -> None:
    text = "Viele gratulierten, so die Bürgermeisterin Jana Roth („Niemand hat diese Ehre mehr verdient als sie.“)."
    assert any(a["form"] == "direct_quote" for a in attributions(text))


@pytest.mark.parametrize("second", ["Ende Mai begann der Bau der Brücke.", "Ende 2019 lag der Plan schon vor."])
def test_a_noun_opening_a_sentence_is_no_konjunktiv_i(second: str) -> None:
    text = "Die Bürgermeisterin sagte, die Brücke sei sicher. " + second
    assert [a["form"] for a in attributions(text)] == ["indirect"]


@pytest.mark.parametrize(
    ("context", "country"),
    [
        ("Die ÖVP und die FPÖ stritten im Landtag.", "AT"),  # Austrian parties around: Austria's bodies
        ("Die CDU und die FDP stritten im Landtag.", "DE"),
        ("", "DE"),  # no context: the first entry listed
    ],
)
def test_a_name_two_countries_share_is_read_by_the_articles_country(context: str, country: str) -> None:
    text = context + " Die Grünen lehnten das ab. Die Bundesregierung teilte mit, sie prüfe den Fall."
    found = {s["registry_id"]: s["country"] for s in analyze(text, lang="de").sources if s["kind"] in ("party", "government")}
    shared = {rid: c for rid, c in found.items() if rid in ("gruene", "gruene_at", "bundesregierung", "at_bundesregierung")}
    assert sorted(shared.values()) == [country, country]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a quotation ending in a noun is a noun phrase of its own, not an adjective before the next noun
        ("Das Ministerium erklärte, der Streit sei eine „innere Angelegenheit“ Polens.", "innere Angelegenheit"),
        # a short quotation inside reported speech that goes on over the next sentence
        ("Die Ministerin sagte, die Lage sei ernst. Auch habe die „neue Unruhe“ viel verändert.", "neue Unruhe"),
    ],
)
def test_a_short_quotation_inside_reported_speech_is_the_speakers(text: str, quoted: str) -> None:
    result = analyze(text, lang="de")
    owners = [a for a in result.attributions if a["form"] == "direct_quote"]
    assert [result.text[a["content_start"] : a["content_end"]] for a in owners] == [quoted]
    assert not [c for c in result.cues if c["category"] == "scare_quote"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # what the speaker calls something, in quotation marks after "als", is all the report gives: one direct quote
        ("Der Landrat bezeichnete die Sperrung der Brücke als einen „schweren Fehler“.", [("direct_quote", "schweren Fehler")]),
        ("Eine Glosse, die den Umbau als „teures Abenteuer ohne Plan“ bezeichnet, erschien im Lokalblatt.",
         [("direct_quote", "teures Abenteuer ohne Plan")]),
        # right before a verb that reports a clause after it: the quotation beside that report
        ("Im Lokalblatt erschien eine Glosse, die den Umbau als „teures Abenteuer ohne jeden Plan“ bezeichnet, dem die "
         "Stadt nicht gewachsen sei.",
         [("indirect", "dem die Stadt nicht gewachsen sei."), ("direct_quote", "teures Abenteuer ohne jeden Plan")]),
        # the report says more after the quotation: the report and the quotation each
        ("Der Landrat bezeichnete die Sperrung als „schweren Fehler“ der Behörde.",
         [("indirect", "bezeichnete die Sperrung als „schweren Fehler“ der Behörde."), ("direct_quote", "schweren Fehler")]),
    ],
)
def test_a_quotation_of_what_a_speaker_calls_something_is_the_report(text: str, rows: list[tuple[str, str]]) -> None:
    result = analyze(text, lang="de")
    assert [(a["form"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions] == rows


def test_a_quoted_adjective_before_its_noun_stays_the_writers() -> None:
    result = analyze("Er sagte, das sei ein Akt „brüderlicher“ Zusammenarbeit gewesen.", lang="de")
    assert not [a for a in result.attributions if a["form"] == "direct_quote"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Stadtwerke verwiesen auf die Preise, die man kaum noch tragen könne.", "Die Stadtwerke"),
        ("Der Verband hielt dagegen, dass die Reform zu teuer sei.", "Der Verband"),
        # two subjects joined by "und", with or without articles: both are the subject (the first alone had been taken)
        ("Grüne und Linke hielten dagegen, dass die Reform zu teuer sei.", "Grüne und Linke"),
        ("Die Gewerkschaft und die Arbeitgeber hielten dagegen, dass die Reform zu teuer sei.",
         "Die Gewerkschaft und die Arbeitgeber"),
        # a subordinate clause first: the Konjunktiv I is in the main clause, whose subject the first clause is not
        ("Wenn Händler Rabatte geben, werde den Kunden etwas vorgemacht.", None),
    ],
)
def test_konjunktiv_i_after_a_main_clause_is_its_subjects_report(text: str, source: str | None) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Ein Ministeriumssprecher", "government"),  # linking "s" taken off
        ("Eine Konzernsprecherin", "company"),
        ("Ein Armeesprecher", "military"),
        ("Ein Pressesprecher", "unknown"),  # "Presse" names no body spoken for
    ],
)
def test_a_spokesperson_compounded_with_a_body_is_of_its_kind(speaker: str, kind: str) -> None:
    (attribution,) = attributions(f"{speaker} sagte, die Lage sei ruhig.")
    assert attribution["source_kind"] == kind


def test_a_word_glossed_in_parentheses_inside_a_report_is_the_speakers() -> None:
    text = "Die Behörde erklärte, die Zahl der so genannten („vermuteten“) Fälle sei gestiegen."
    assert [a["form"] for a in attributions(text)] == ["indirect", "direct_quote"]


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Der Verein", "ngo"),
        ("Der Klub", "unknown"),
        ("Die Mannschaft", "unknown"),
        ("Das Krankenhaus", "unknown"),
        ("Der Verlag", "company"),
        ("Die Fluggesellschaft", "company"),
        ("Die Wirtin", "person"),  # a person by the ending of the noun
        ("Der Klubobmann", "person"),
        ("Die Ombudsfrau", "person"),
        ("Der Täter", "person"),
        ("Die Anlage", "unknown"),  # "-e" alone tells no person
    ],
)
def test_bodies_and_persons_of_everyday_news_are_speakers(speaker: str, kind: str) -> None:
    (attribution,) = attributions(f"{speaker} sagte, die neue Halle sei zu klein.")
    assert attribution["source_text"] == speaker
    assert attribution["source_kind"] == kind


def test_a_name_after_the_noun_of_a_body_names_that_body() -> None:
    (attribution,) = attributions("Die Band Feuerzunge teilte mit, die Tour falle aus.")
    assert attribution["source_id"] == "unknown::band:feuerzunge"  # the band, not a person called Feuerzunge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "wie" tag names who says the clause beside it; it is not what the first verb shows or asks
        ("Danach habe die Mannschaft aber Mut gezeigt, wie der Trainer meinte.", [("according_to", "der Trainer")]),
        ("Die Firma hat zu wenig Personal, wie es die Gewerkschaft formulierte.", [("according_to", "die Gewerkschaft")]),
        ("Eine Grenze bei 900 Euro, wie das die Partei fordert, träfe Familien.", [("according_to", "die Partei")]),
        # a "wie" clause with an object of its own is an indirect question
        ("Die Abgeordnete wollte wissen, wie der Minister das meinte.", [("indirect", "Die Abgeordnete")]),
        ("Die Studie zeigt, wie die Stadt gewachsen ist.", [("indirect", "Die Studie")]),
        ("Wie das Geld verschwinden konnte, erklärte der Kassier am Abend.", [("indirect", "der Kassier")]),
    ],
)
def test_a_wie_clause_is_a_tag_or_a_question(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a["form"], a["source_text"]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a "wie" phrase without a clause of its own compares; it is not what the verb after it reports
        ("Wie erwartet, kritisierte der Stadtrechnungshof die Baukosten der Halle.", "Wie erwartet"),
        ("Wie schon im Vorjahr, forderte die Opposition einen Untersuchungsausschuss.", "Wie schon im Vorjahr"),
        ("Wie berichtet, hatte die Staatsanwaltschaft gegen zwei Gemeinderäte ermittelt.", "Wie berichtet"),
    ],
)
def test_a_fronted_comparison_is_no_message(text: str, message: str) -> None:
    result = analyze(text, lang="de")
    assert all(result.text[a["content_start"] : a["content_end"]] != message for a in result.attributions)


@pytest.mark.parametrize(
    "text",
    [
        # "wie (bereits) berichtet": the outlet's pointer to its own coverage; the words after it are no speaker
        "Die Stadtpartei hat wie berichtet dem Fotografen den Zutritt zur Wahlfeier verwehrt.",
        "Die Stadtpartei hat wie schon berichtet dem Fotografen den Zutritt zur Wahlfeier verwehrt.",
        "Wie berichtet sollen die neuen Wohnungen vor allem durch private Bauträger entstehen.",
        "Die Stadtpartei hat, wie bereits mehrfach berichtet, dem Fotografen den Zutritt verwehrt.",
    ],
)
def test_wie_berichtet_cites_nobody(text: str) -> None:
    assert attributions(text) == []


def test_the_verb_after_wie_berichtet_has_its_subject() -> None:
    (attribution,) = attributions("Wie berichtet hatte das Gesundheitsamt beklagt, dass die Proben zu spät einträfen.")
    assert (attribution["cue"], attribution["source_text"], attribution["form"]) == ("beklagt", "das Gesundheitsamt", "indirect")
    (tag,) = attributions("Wie berichtet wurde, sind die Proben zu spät eingetroffen.")
    assert tag["form"] == "agentless"  # a passive tag in its own clause still reports


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fragen Sie Ihren Arzt, bevor Sie verreisen.", "de"),
        ("Glauben Sie, dass die Reform noch kommt?", "de"),  # a question put to the reader or an interviewee
        ("ZEITUNG: Halten Sie die Reform für gerecht?", "de"),  # after an interviewer's label
        ("Ask your doctor before you travel.", "en"),
        ("Tell us what you think about the new bridge.", "en"),
    ],
)
def test_an_imperative_or_a_question_to_the_reader_reports_nothing(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).attributions == []


def test_the_formal_imperative_addresses_the_reader() -> None:
    result = analyze("Der Rat tagte am Montag. Akzeptieren Sie keine neuen Gebühren.", lang="de")
    # "Sie" is the reader addressed, and the imperative is the writer's demand to that reader
    assert sorted((c["subtype"], c["text"]) for c in result.cues if c["category"] == "loaded") == [
        ("prescriptive", "Akzeptieren"), ("reader_address", "Sie")]


def test_the_speaker_let_speak_by_an_imperative_is_the_pronoun_after_it() -> None:
    (attribution,) = attributions("Lassen Sie mich eines klarstellen: Die Brücke wird saniert.")
    assert (attribution["cue"], attribution["source_text"], attribution["source_kind"]) == ("klarstellen", "mich", "author")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Stadt will sparen. Das bestätigte Kämmerer Paul Roth am Montag.", "Kämmerer Paul Roth"),
        ("Die Stadt will sparen. Das erklärte Roth.", "Roth"),
    ],
)
def test_a_past_tense_after_an_opening_das_is_the_verb_of_the_speaker_after_it(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


def test_a_participle_between_das_and_a_noun_with_a_verb_after_is_an_attribute() -> None:
    assert attributions("Das erklärte Ziel der Stadt bleibt ein ausgeglichener Haushalt.") == []


def test_a_demonstrative_subject_of_a_passive_report_stands_for_the_sentence_before() -> None:
    text = "Der Stürmer verlässt den Verein. Dies wurde vom Präsidium am Montag bestätigt."
    result = analyze(text, lang="de")
    (attribution,) = result.attributions
    assert result.text[attribution["content_start"] : attribution["content_end"]] == "Der Stürmer verlässt den Verein."


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Das neue Gesetz wurde vom Landtag am Montag beschlossen.", "indirect"),  # an article, not a pronoun
        ("Laut einem Bericht plant die Stadt ein Bad. Dies werde vom Land unterstützt.", "continuation"),  # reported on
    ],
)
def test_an_article_or_reported_speech_is_no_demonstrative_passive_subject(text: str, form: str) -> None:
    result = analyze(text, lang="de")
    last = result.attributions[-1]
    assert last["form"] == form
    assert result.text[last["content_start"] : last["content_end"]] != "Das"


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Das Schweizer Staatssekretariat", "unknown"),  # the head is the last capitalised word, not the adjective
        ("Die Initiatoren des Volksbegehrens", "person"),  # the head comes before the genitive
    ],
)
def test_the_head_of_an_unlisted_noun_phrase_decides_a_person(speaker: str, kind: str) -> None:
    (attribution,) = attributions(f"{speaker} teilte mit, die Regel gelte ab Mai.")
    assert attribution["source_kind"] == kind


@pytest.mark.parametrize("text", ["Der Plan kam. Bestätigt", "Gesagt"])
def test_a_sentence_of_one_participle_is_analysed_without_error(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Wenn die Brauerei schließt, verlieren vierzig Menschen ihre Stelle.", "schließt"),
        ("Ob die Bäckerei schließt, entscheidet der Eigentümer.", "schließt"),
        ("Pilze findet man vor allem in Wäldern, wo der Boden feucht bleibt.", "findet"),
    ],
)
def test_a_main_clause_or_relative_clause_of_a_place_is_no_message_of_the_verb_before_it(text: str, verb: str) -> None:
    assert not [a for a in attributions(text) if a["cue"] == verb]


def test_a_relative_clause_of_a_place_between_verb_and_message_is_skipped() -> None:
    text = "Die Trainerin sagte im Stadion, wo am Abend gespielt wurde, die Mannschaft sei bereit."
    (row,) = attributions(text)
    assert text[row["content_start"] : row["content_end"]].startswith("die Mannschaft sei bereit")


def test_da_as_an_adverb_opens_a_main_clause_whose_verb_reports() -> None:
    text = "Da habe ich gesagt, wir müssen früher anfangen."
    (row,) = attributions(text)
    assert text[row["content_start"] : row["content_end"]].startswith("wir müssen früher anfangen")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Hintergrund: Die Brauerei wurde 1887 gegründet und hat vierzig Angestellte."),
        ("de", "Zusammenfassung: Die Gemeinde hat zu wenig Geld für neue Radwege."),
        ("en", "Background: The brewery was founded in 1887 and has forty staff."),
        ("es", "Contexto: La cervecería fue fundada en 1887 y tiene cuarenta empleados."),
        # the genre a heading announces
        ("de", "Live: Hochwasser im Inntal"),
        ("de", "Meinung: Der Stadtrat hat sich verrechnet"),
        ("en", "Live updates: Storm reaches the harbour"),
        ("en", "Opinion: The council got the budget wrong"),
        ("es", "En directo: la tormenta llega al puerto"),
        # a word that sums up what follows
        ("de", "Kurzum: Die Gemeinde hat zu wenig Geld für neue Radwege."),
        ("de", "Ziel: Wie kommen mehr Pendler auf das Rad?"),
    ],
)
def test_a_section_label_before_a_colon_is_no_speaker(lang: str, text: str) -> None:
    assert analyze(text, lang=lang).attributions == []


@pytest.mark.parametrize("text", ["Zeitung: Vier Millionen Haushalte sind betroffen.", "Klinikleitung: Wir stellen zwanzig Pflegekräfte ein."])
def test_a_body_before_a_colon_still_speaks(text: str) -> None:
    (row,) = attributions(text)
    assert row["form"] == "direct_quote" and row["source_text"] == text.split(":")[0]



def test_a_possessive_view_with_the_postposition_nach_is_the_owners() -> None:
    result = analyze("Die Hebamme Jana Krüger ist skeptisch. Ihrer Einschätzung nach fehlen im Kreis zwanzig Betten.", lang="de")
    (row,) = [a for a in result.attributions if a["form"] == "according_to"]
    assert row["cue"] == "Ihrer Einschätzung nach" and "krüger" in row["source_id"]
    assert result.text[row["content_start"] : row["content_end"]].startswith("fehlen im Kreis zwanzig Betten")
    assert attributions("Der Hausmeister kam seinen Pflichten nach.") == []


@pytest.mark.parametrize(
    "text",
    ["Wie die Reederei am Freitag bekannt gab, fährt die Fähre wieder.", "Die Fähre fährt wieder, wie die Reederei bekannt gab."],
)
def test_bekannt_geben_written_apart_at_the_end_of_a_wie_clause(text: str) -> None:
    (row,) = attributions(text)
    assert row["form"] == "according_to" and row["source_text"] == "die Reederei"


@pytest.mark.parametrize(
    "text",
    ["Die Fahrgäste wurden über die Umleitung informiert.", "Der Kassierer wurde am Montag angeklagt.", "Der Dieb wurde zu zwei Jahren Haft verurteilt."],
)
def test_a_passive_done_to_the_person_addressed_reports_no_message(text: str) -> None:
    assert attributions(text) == []
    assert attributions("Die Fahrgäste wurden aufgefordert, den Bahnsteig zu verlassen.")[0]["form"] == "agentless"


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Die Zeitung berichtete unter Berufung auf Ermittlerkreise, der Tunnel bleibe gesperrt.", "Ermittlerkreise", "Die Zeitung"),
        ("Unter Berufung auf einen Sprecher der Bahn meldete die Agentur, der Tunnel bleibe gesperrt.",
         "einen Sprecher der Bahn", "die Agentur"),
        ("Der Sender, unter Berufung auf die Feuerwehr, meldete, der Tunnel bleibe gesperrt.", "die Feuerwehr", "Der Sender"),
        ("Wie das Blatt unter Berufung auf die Feuerwehr schreibt, bleibt der Tunnel gesperrt.", "die Feuerwehr", "das Blatt"),
    ],
)  # fmt: skip
def test_a_source_cited_by_a_reporting_verb_is_one_attribution(text: str, source: str, via: str) -> None:
    (row,) = attributions(text)
    assert (row["source_text"], row["via_text"]) == (source, via)
    assert "Tunnel" in analyze(text, lang="de").text[row["content_start"] : row["content_end"]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Ministerin sagte mit Verweis auf die schwache Ernte, die Preise würden steigen.", "Die Ministerin"),
        ("Die Ministerin, mit Verweis auf die schwache Ernte des Jahres, sagte, die Preise würden steigen.", "Die Ministerin"),
        ("Mit Verweis auf ein Gutachten erklärte der Landrat, die Preise würden steigen.", "der Landrat"),
        ("Wie das Blatt unter Berufung auf eigene Recherchen schreibt, würden die Preise steigen.", "das Blatt"),
    ],
)  # fmt: skip
def test_evidence_or_a_reason_pointed_to_is_no_source(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source and not row["via_text"]


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Ein Sprecher der Reederei lehnte es ab, sich zu äußern.", "sich zu äußern."),
        ("Die Reederei lehnte es ab, den Bericht zu kommentieren.", "den Bericht zu kommentieren."),
        ("Die Reederei verweigerte jede Auskunft.", None),
        ("Die Reederei hat eine Stellungnahme verweigert.", None),
    ],
)  # fmt: skip
def test_refusing_a_comment_is_a_declined_attribution(text: str, refused: str | None) -> None:
    result = analyze("Die Fährpreise steigen um ein Fünftel. " + text, lang="de")
    (row,) = [a for a in result.attributions if a["sent_id"] == 1]
    assert row["form"] == "declined" and row["strength"] == 0.0
    assert (result.text[row["content_start"] : row["content_end"]] if row["content_start"] is not None else None) == refused
    assert not any(claim["attributed"] for claim in result.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Die Reederei lehnte es ab, den Vertrag zu unterschreiben.",
        "Die Reederei verweigerte die Zahlung.",
        "Auf Anfrage der Zeitung lehnte die Reederei es ab, den Vertrag vorzulegen.",  # asked, but refused something else
    ],
)
def test_refusing_something_else_is_no_declined_comment(text: str) -> None:
    assert not [a for a in analyze(text, lang="de").attributions if a["form"] == "declined"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Verbände sehen dringenden Handlungsbedarf bei der Pflege.", "Die Verbände"),
        ("Die Ministerin sieht keinen Grund für eine Reform.", "Die Ministerin"),
        ("Der Betriebsrat sieht gute Chancen für einen Kompromiss.", "Der Betriebsrat"),
    ],
)
def test_seeing_a_need_a_reason_or_a_chance_states_a_position(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source and row["form"] == "indirect"


@pytest.mark.parametrize(
    "text", ["Die Kinder sehen den Hintergrund des Bildes.", "Die Gäste sahen das Spiel im Stadion."]
)
def test_seeing_a_thing_reports_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Wer die Bilanz der Stadtwerke kennt, weiß, dass die Kasse leer ist.", "Wer die Bilanz der Stadtwerke kennt"),
        ("Jeder, der die Bilanz kennt, weiß, dass die Kasse leer ist.", "Jeder"),
    ],
)
def test_whoever_knows_is_a_generic_speaker(text: str, source: str) -> None:
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert row["source_text"] == source and row["source_kind"] == "impersonal" and not row["named"]
    assert result.text[row["content_start"] : row["content_end"]] == "dass die Kasse leer ist."


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("Für die Opposition ist klar: Die Ministerin muss zurücktreten.", "die Opposition", "Die Ministerin muss zurücktreten."),
        ("Für den Trainer steht fest, dass der Kapitän spielt.", "den Trainer", "dass der Kapitän spielt."),
    ],
)
def test_for_whom_something_is_clear_holds_the_view(text: str, source: str, message: str) -> None:
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert row["source_text"] == source and result.text[row["content_start"] : row["content_end"]] == message
    assert not [c for c in result.cues if c["category"] == "booster" and c["voice"] == "author"]


@pytest.mark.parametrize(
    "text", ["Für die Kinder ist klar geregelt, wann sie essen.", "Für das Jahr 2027 steht fest, dass die Steuer steigt."]
)
def test_for_with_a_time_or_a_rule_holds_no_view(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("Ich bezweifle, dass die Kasse reicht.", "Ich", "dass die Kasse reicht."),  # -eln verbs drop the e: "bezweifle"
        ("Ich hoffe, das ist allen bekannt.", "Ich", "das ist allen bekannt."),  # "das" after the verb's comma opens a clause
        ("Wer die Zahlen kennt, weiß, dass die Kasse leer ist.", "Wer die Zahlen kennt", "dass die Kasse leer ist."),
    ],
)
def test_first_person_and_generic_speakers(text: str, source: str, message: str) -> None:
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert row["source_text"] == source and result.text[row["content_start"] : row["content_end"]] == message


def test_an_indirect_question_before_the_verb_is_no_subject() -> None:
    (row,) = attributions("Wer den Posten bekommt, ließ die Parteichefin offen.")
    assert (row["form"], row["source_text"]) == ("declined", "die Parteichefin")


def test_a_verb_before_an_article_ends_the_noun_phrase_before_it() -> None:
    (row,) = attributions("Hubschrauber überflogen den Berichten zufolge das Grenzgebiet.")
    assert row["source_text"] == "den Berichten"


def test_a_separable_verb_with_a_rarer_particle_is_not_the_reporting_verb() -> None:
    assert attributions("Wer mit dem Gerät vertraut ist, findet sich flott zurecht.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin sagte der Nachrichtenagentur dpa, der Hafen öffne im Mai.",
        "Die Ministerin sagte gegenüber dem Sender ORF, der Hafen öffne im Mai.",
        "Im Gespräch mit der Zeitung sagte die Ministerin, der Hafen öffne im Mai.",
    ],
)
def test_a_medium_the_speaker_told_passes_it_on(text: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"].lower() == "die ministerin" and row["via_text"] and row["strength"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "Die Forscher berichten in der Fachzeitschrift Nature, der Hafen sei alt.",  # where it was published
        "Der Bürgermeister sagte beim Durchblättern der Zeitung, der Hafen sei alt.",  # a genitive
    ],
)
def test_a_medium_in_another_role_is_no_via(text: str) -> None:
    assert all(not row["via_text"] for row in attributions(text))


def test_the_articles_own_outlet_told_is_first_hand() -> None:
    text = "Die Ministerin sagte dem „Kurier“, der Hafen öffne im Mai."
    (elsewhere,) = analyze(text, lang="de").attributions
    (own,) = analyze(text, lang="de", outlet="Kurier").attributions
    (by_address,) = analyze(text, lang="de", url="https://kurier.at/politik/42").attributions
    # an outlet writes its own name in capitals ("dem STANDARD", "told POLITICO"); others do not
    (house_style,) = analyze("Die Ministerin sagte dem STANDARD, der Hafen öffne im Mai.", lang="de").attributions
    (told,) = analyze("The port opens in May, the minister told POLITICO.", lang="en").attributions
    assert elsewhere["via_source_id"] == "reg:kurier" and elsewhere["strength"] == 0.6
    assert own["via_source_id"] is None and own["strength"] == by_address["strength"] == 0.85
    assert house_style["via_source_id"] is None and house_style["strength"] == 0.85 and told["via_source_id"] is None
    # a name everyone writes in capitals (an acronym) tells no house style
    (acronym,) = analyze("The port opens in May, the minister told MSNBC.", lang="en").attributions
    assert acronym["via_source_id"] == "reg:nbc"


def test_showing_oneself_convinced_is_one_report_of_the_subject() -> None:
    (row,) = attributions("Der Minister zeigte sich am Montag in Berlin überzeugt, dass der Hafen im Mai öffnet.")
    assert (row["cue"], row["source_text"]) == ("zeigte", "Der Minister")


@pytest.mark.parametrize(
    "text",
    ["In erster Instanz wurde die Reederei schuldig gesprochen.", "Mit einer Mahnwache wurde an die Opfer des Unglücks erinnert."],
)
def test_a_verdict_or_a_commemoration_reports_nothing(text: str) -> None:
    assert attributions(text) == []


def test_a_reminder_with_its_clause_still_reports() -> None:
    (row,) = attributions("Es wurde daran erinnert, dass der Hafen alt ist.")
    assert row["form"] == "agentless"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Gebühr steigt, teilte der Verband Mittwochabend mit.", "der Verband"),
        ("Der Termin wird verschoben, berichtete die Lokalzeitung vom Donnerstag.", "die Lokalzeitung"),
        ("Nach Angaben der Feuerwehr vom Sonntag wurde niemand verletzt.", "Angaben der Feuerwehr"),
        ("Nach Informationen der Welt am Sonntag sinkt die Zahl.", "Informationen der Welt am Sonntag"),  # a name, not a date
    ],
)
def test_a_weekday_is_a_time_not_part_of_the_source(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


def test_a_weekday_alone_is_no_source() -> None:
    (attribution,) = attributions("Nach Polizeiangaben vom Montag wurde die Straße gesperrt.")
    assert attribution["source_text"] != "Montag" and attribution["source_kind"] == "police"


@pytest.mark.parametrize(
    "text",
    [
        "In einer Mitteilung des Vereins hatte es geheißen: „Wir bleiben am Platz.“",
        "In einer Mitteilung des Vereins hatte es zuvor geheißen, man bleibe am Platz.",
    ],
)
def test_hatte_es_geheissen_names_the_statement_as_source(text: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == "einer Mitteilung des Vereins"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Die Malerin Eva Stein beschließt das Jahr mit einer Schau in Graz.", False),  # ends the year
        ("Ein Konzert des Chors beschloss den Abend.", False),
        ("Der Landtag beschloss im letzten Jahr vierzig Gesetze.", True),  # a decision; the year is when
        ("Der Landtag beschloss, die Gebühren zu senken.", True),
    ],
)
def test_beschliessen_with_a_period_as_its_object_ends_it(text: str, reported: bool) -> None:
    assert bool(attributions(text)) is reported


def test_a_country_and_a_role_before_a_name_are_that_person() -> None:
    result = analyze("Die Regeln gelten ab Mai, sagte Deutschlands Umweltministerin Eva Brandt. Brandt fügte hinzu, es gebe Ausnahmen.", lang="de")
    assert [(s["source_id"], s["kind"]) for s in result.sources] == [("person:brandt", "government")]


@pytest.mark.parametrize(
    "text",
    [
        "Bundeskanzlerin Eva Brandt sagte, der Plan sei gut. Die Kanzlerin betonte, man werde ihn prüfen.",
        "Finanzminister Paul Weber sagte, der Plan sei gut. Der Minister betonte, man werde ihn prüfen.",
        "Volvo-Chef Jan Berg sagte, der Plan sei gut. Der Volvo-Chef betonte, man werde ihn prüfen.",
    ],
)
def test_a_role_named_as_part_of_a_compound_refers_back_to_the_person(text: str) -> None:
    result = analyze(text, lang="de")
    assert len({a["source_id"] for a in result.attributions}) == 1 and len(result.sources) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Ökonomen der Steiermark erwarten, dass die Preise steigen.", "expert"),
        ("Der Präsident von Frankreich sagte, der Plan sei tot.", "government"),
    ],
)
def test_a_place_after_a_role_is_no_persons_name(text: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert not attribution["source_id"].startswith("person:") and attribution["source_kind"] == kind


def test_a_role_compounded_with_a_party_keeps_its_kind_with_a_phrase_before_the_name() -> None:
    (attribution,) = attributions("Der SPÖ-Sprecher im Landtag, Karl Hofer, sagte, der Plan sei tot.")
    assert attribution["source_id"] == "person:hofer" and attribution["source_kind"] == "party"


def test_the_interviewee_named_only_in_the_turns_is_a_named_person() -> None:
    text = "ZEITUNG: Wie geht es weiter? Brandner: Wir warten ab. ZEITUNG: Und dann? Brandner: Dann sehen wir weiter."
    sources = {s["source_id"]: s for s in analyze(text, lang="de").sources}
    assert sources["np:brandner"]["kind"] == "person" and sources["np:brandner"]["named"]
    once = analyze("Brandner: Wir warten ab.", lang="de").sources  # one turn is no interview
    assert all(s["kind"] != "person" for s in once)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das teilte ein Sprecher des Krankenhauses mit.", "Krankenhaus"),
        ("Das teilte eine Sprecherin des Ministeriums mit.", "Ministerium"),
        ("Das teilte ein Sprecher der Klinik mit.", "Klinik"),
        ("Das teilte ein Sprecher des städtischen Krankenhauses mit.", "städtischen Krankenhauses"),  # not de-inflected
    ],
)
def test_a_body_in_the_genitive_is_named_in_its_base_form(text: str, name: str) -> None:
    assert [s["name"] for s in analyze(text, lang="de").sources] == [name]


@pytest.mark.parametrize(
    ("text", "form", "source"),
    [
        ("Die Kammer schätzte die Schäden auf 125 Millionen Euro.", "indirect", "Die Kammer"),
        ("Die Versicherer hatten den Schaden zuvor auf bis zu drei Millionen Euro geschätzt.", "indirect", "Die Versicherer"),
        ("Der Schaden wird auf 2,2 Milliarden Euro geschätzt.", "agentless", None),
    ],
)
def test_an_estimate_with_a_figure_is_attributed(text: str, form: str, source: str | None) -> None:
    (attribution,) = attributions(text)
    assert (attribution["form"], attribution["source_text"]) == (form, source)
    (claim,) = analyze(text, lang="de").claims
    assert claim["attributed"] and claim["has_figure"]


@pytest.mark.parametrize("text", ["Die Gäste schätzen die Ruhe auf dem Land.", "Die Lage wird anders eingeschätzt."])
def test_schaetzen_without_a_figure_reports_nothing(text: str) -> None:
    assert attributions(text) == []


def test_a_place_without_an_article_is_no_document_though_a_registered_name_begins_with_it() -> None:
    (attribution,) = attributions("In Europa wird der Bestand auf rund 9.000 Paare beziffert.")
    assert attribution["form"] == "agentless" and attribution["source_text"] is None


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Paul Weber warnte vor Panik, sagte er im Interview. Der Einbruch sei kein Grund zur Sorge, sagt der Ökonom.", "person:weber"),
        ("Ministerin Eva Lind sagte, das Geld reiche. Das bleibe so, erklärte die SPD-Politikerin.", "person:lind"),
    ],
)
def test_a_definite_role_refers_back_to_the_person_last_named_among_the_sources(text: str, person: str) -> None:
    result = analyze(text, lang="de")
    assert {a["source_id"] for a in result.attributions} == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Der Einbruch sei kein Grund zur Sorge, sagt der Ökonom.",  # nobody named before
        "Paul Weber warnte vor Panik, sagte er. Nach Angaben der Forscher sinkt der Pegel.",  # a genitive plural
        "Paul Weber warnte vor Panik, sagte er. Die Lage sei ruhig, sagte der Mann.",  # no role
    ],
)
def test_a_description_without_a_named_person_or_role_stays_unnamed(text: str) -> None:
    result = analyze(text, lang="de")
    last = result.attributions[-1]
    assert last["source_id"] != "person:weber"


@pytest.mark.parametrize(
    ("text", "lang", "owners"),
    [
        ("Ein Bericht des Innenministeriums kritisiert die Kosten. Dem Bericht zufolge stiegen sie um zehn Prozent.", "de",
         ["Innenministerium"]),
        ("A Gallup poll released Monday showed the mayor ahead. The poll also showed that 59 percent back the plan.", "en", ["Gallup poll"]),
        ("Laut einem Bericht der Polizei stiegen die Fälle.", "de", ["Polizei"]),
    ],
)
def test_a_report_of_a_named_owner_and_a_definite_mention_of_it_are_that_source(text: str, lang: str, owners: list[str]) -> None:
    assert [s["name"] for s in analyze(text, lang=lang).sources] == owners


@pytest.mark.parametrize(
    "text",
    [
        "Trump leads in the polls. The polls also showed that 59 percent back the plan.",  # plural: many, none in particular
        "Dem Bericht zufolge stiegen die Kosten um zehn Prozent.",  # nothing named before
    ],
)
def test_a_definite_report_without_a_named_one_before_stays_vague(text: str) -> None:
    lang = "de" if "Bericht" in text else "en"
    assert not any(s["named"] for s in analyze(text, lang=lang).sources)


@pytest.mark.parametrize(
    ("text", "lang", "owner"),
    [
        # the document was mentioned before, with its owner, though nobody was cited from it
        ("A Gallup poll released on Tuesday put the mayor at 38 percent. Younger voters back her, according to the poll.", "en",
         "reg:gallup"),
        ("Eine Umfrage des Instituts Forsa erschien am Montag. Laut der Umfrage lehnen viele den Plan ab.", "de", "reg:forsa"),
        # brought in by the body cited in that sentence
        ("Der Rechnungshof hat am Dienstag einen Bericht vorgelegt. Dem Bericht zufolge fehlen 40 Millionen Euro.", "de",
         "government::rechnungshof:"),
        # the owner after the span ("conducted by")
        ("In a poll conducted by Gallup, most parents liked the new school hours.", "en", "reg:gallup"),
        # a medium's report: the medium cited last
        ("Die Fähre sei überladen gewesen, berichtete der Guardian am Montag. Dem Bericht zufolge fehlten Rettungswesten.", "de",
         "reg:guardian"),
    ],
)
def test_a_definite_document_mentioned_before_is_its_owners(text: str, lang: str, owner: str) -> None:
    assert analyze(text, lang=lang).attributions[-1]["source_id"] == owner


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Ministerin kritisierte einen Bericht scharf. Dem Bericht zufolge fehlen 40 Millionen Euro.", "de"),  # a person's view of it
        ("The senator criticised the poll on Monday. According to the poll, 40 percent approve.", "en"),
    ],
)
def test_a_document_someone_only_talked_about_is_not_theirs(text: str, lang: str) -> None:
    last = analyze(text, lang=lang).attributions[-1]
    assert not last["named"]


def test_a_platform_is_not_the_author_of_a_post() -> None:
    text = "The club put out a Facebook statement on Sunday. According to the statement, the match is off."
    assert analyze(text, lang="en").attributions[-1]["source_id"] != "reg:facebook"


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        # a share of a group speaks for the poll named before
        ("A Gallup poll of 1,000 adults came out on Monday. Sixty percent said the bridge should be rebuilt.", "en", "reg:gallup"),
        ("Eine Umfrage des Instituts Forsa erschien am Montag. Darin gaben 60 Prozent der Befragten an, mit dem Zug zu fahren.",
         "de", "reg:forsa"),
        # without one it is a statistic: the respondents of an unnamed poll, no source
        ("Sixty percent of parents said the school day starts too early.", "en", "statistic:respondents"),
        ("Two-thirds of the residents say the bridge should be rebuilt.", "en", "statistic:respondents"),
        ("The survey also showed that 40 percent say the plan fails.", "en", "statistic:respondents"),  # not "that 40 percent"
        ("Auf dem Land könnten sich nur neun Prozent vorstellen, ganz auf das Auto zu verzichten.", "de", "statistic:respondents"),
        # a number of things is no share of people
        ("Weil viele Boote nie gefunden werden, ist die Zahl der Toten der IOM zufolge noch höher.", "de", "reg:iom"),
    ],
)
def test_a_share_of_a_group_is_the_polls_figure_not_a_source(text: str, lang: str, source: str) -> None:
    result = analyze(text, lang=lang)
    assert result.attributions[-1]["source_id"] == source
    assert not any(s["named"] and s["source_id"] != source for s in result.sources)


def test_a_share_without_a_poll_leaves_the_figure_unsourced() -> None:
    result = analyze("Transit\n\n60 percent of parents said the school day starts too early.", lang="en")
    assert [c["attributed"] for c in result.claims] == [False]


@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        ("The Monmouth poll found that the governor trails.", "en", True),  # a poll by its maker
        ("A Harbour City Gazette-Bayview Institute poll found that the governor trails.", "en", True),
        ("Eine HWB-Umfrage ergab, dass viele Mieter umziehen wollen.", "de", True),
        ("Eine Wohnbau-Umfrage ergab, dass viele Mieter umziehen wollen.", "de", False),  # a noun, not a name
        ("A January poll found that the governor trails.", "en", False),  # when, not whose
        ("An American poll found that the governor trails.", "en", False),  # where
        ("Ohio polls show that the governor trails.", "en", False),  # polls in the plural: many, none in particular
        ("Eine österreichische Umfrage ergab, dass viele Mieter umziehen wollen.", "de", False),
        ("Deutsche Mieter wollen laut einer Umfrage umziehen.", "de", False),  # German nouns are capitalised
    ],
)
def test_a_poll_named_by_its_maker_is_named(text: str, lang: str, named: bool) -> None:
    assert [s["named"] for s in analyze(text, lang=lang).sources] == [named]


@pytest.mark.parametrize(
    ("text", "lang", "sources"),
    [
        # a team named by its leader, and referred back to in the plural
        ("Das berichten Forscher um Ilse Brandner im Fachjournal Ecology. Die Daten seien eindeutig, so die Forscher.", "de",
         ["person:brandner", "person:brandner"]),
        ("Forscher um den Physiker Karl Berg haben gezeigt, dass das Eis schmilzt.", "de", ["person:berg"]),
        ("Researchers led by Ilse Brandner reported the result in Ecology.", "en", ["person:brandner"]),
        # not a team: a dispute about money, and researchers nobody named before
        ("Der Streit um Geld hat gezeigt, dass das Eis schmilzt.", "de", []),
        ("Die Daten seien eindeutig, so die Forscher.", "de", ["generic:die forscher"]),
    ],
)
def test_a_team_around_a_named_leader_is_named(text: str, lang: str, sources: list[str]) -> None:
    assert [a["source_id"] for a in analyze(text, lang=lang).attributions] == sources


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # researchers brought in with the body they work at, referred back to later with the article
        ("Forscher an der Universität Innsbruck haben einen Pilz entdeckt. Er zersetze Kunststoff, berichten die Forscher.",
         "de", "innsbruck"),
        ("Wissenschafter des Instituts Seibersdorf haben einen Pilz entdeckt. Er zersetze Kunststoff, so die Forscher.",
         "de", "seibersdorf"),  # another noun for the same group
        ("Wissenschaftler der University of Otago haben einen Pilz entdeckt. Er zersetze Kunststoff, so die Forscher.",
         "de", "otago"),  # an English name inside German text
        ("Researchers at the University of Otago have found a fungus. It breaks down plastic, the researchers reported.",
         "en", "otago"),
        ("Investigadores de la Universidad de Cádiz han hallado un hongo. Los investigadores afirman que degrada el plástico.",
         "es", "cádiz"),
    ],
)
def test_researchers_referred_back_to_are_those_of_the_body_named_before(text: str, lang: str, name: str) -> None:
    (row,) = analyze(text, lang=lang).attributions
    assert row["named"] and name in row["source_id"], row["source_id"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Verein will dazu am Montag Stellung nehmen.", "Der Verein"),  # the subject of the auxiliary, not up to the phrase
        ("Die Reden von Anna Berg werden als Zeichen der Versöhnung gesehen.", None),  # "von" in the subject is no agent
    ],
)
def test_phrases_after_an_auxiliary_and_von_in_the_subject(text: str, source: str | None) -> None:
    assert [a["source_text"] for a in analyze(text, lang="de").attributions] == ([source] if source else [])


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an adverbial fills the prefield, the subject follows the first verb and is the second verb's too
        ("Am Montag trat die Ministerin vor die Presse und sagte, man bleibe.", "sagte", "die Ministerin"),
        ("Dann wird der Minister gefragt und sagt: Wir bleiben.", "sagt", "der Minister"),
    ],
)
def test_the_subject_after_the_first_verb_is_the_coordinated_verbs(text: str, cue: str, source: str) -> None:
    rows = [a for a in analyze(text, lang="de").attributions if a["cue"] == cue]
    assert [a["source_text"] for a in rows] == [source]


@pytest.mark.parametrize("text", ["Das Wetter meinte es gut mit den Gästen des Stadtfestes.", "Der Trainer meint es ernst mit dem Aufstieg."])
def test_meaning_well_reports_nothing(text: str) -> None:
    assert analyze(text, lang="de").attributions == []


def test_not_thinking_of_doing_something_reports_nothing() -> None:
    assert analyze("Die Bürgermeisterin denkt nicht daran, ihr Amt abzugeben.", lang="de").attributions == []
    (row,) = analyze("Die Ministerin denkt daran, dass die Kassen leer sind.", lang="de").attributions
    assert row["source_text"] == "Die Ministerin"


def test_the_owner_of_statements_ends_before_another_phrase() -> None:
    result = analyze("Die Aussagen von Kammerchef Karl Hofer über die Regeln für das Arbeitslosengeld empören die Gewerkschaft.", lang="de")
    assert [s["source_id"] for s in result.sources] == ["person:hofer"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gäste fanden nach der Pause nicht richtig ins Spiel, das zehn Minuten zu spät begann.",  # a way found
        "Die Zeitung hatte ein Foto veröffentlicht, das am Montag entstand.",  # a relative clause, not "dass"
    ],
)
def test_a_relative_das_after_the_verb_and_finding_a_way_report_nothing(text: str) -> None:
    assert attributions(text) == []


def test_das_opening_a_main_clause_after_the_verb_is_still_reported() -> None:
    (attribution,) = attributions("Ich glaube, das wird schwierig.")
    assert attribution["cue"] == "glaube"


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Die Polizei teilte mit, die Zahl der Einbrüche sei gestiegen. Nach diesen Angaben gab es 900 Fälle.", "de", ["Polizei"]),
        ("The Labor Department said wages rose. According to these figures, pay grew 3 percent.", "en", ["Labor Department"]),
        ("Nach diesen Angaben gab es 900 Fälle.", "de", ["Angaben"]),  # nothing named before: the statements themselves
    ],
)
def test_a_demonstrative_after_according_to_points_to_the_source_named_last(text: str, lang: str, names: list[str]) -> None:
    assert [s["name"] for s in analyze(text, lang=lang).sources] == names


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        # the maker after the document inside the subject
        ("A random survey conducted by the Harbour Gazette found Smith the winner.", "en", "independent_media::gazette::harbour"),
        # a poll brought in, named in the next sentence
        ("The vote was held as a fresh poll showed Smith ahead. The Reuters/Ipsos poll gave him a big lead.", "en", "reg:reuters"),
        # the maker is the subject of the sentence that brought the poll in; whom it asked follows the noun
        ("The Washington Post conducted a survey in June. The new survey of residents in all ten districts found a split.", "en", "reg:wapo"),
        ("Das Institut Forsa hat eine Umfrage durchgeführt. Der Umfrage zufolge liegt die SPD vorn.", "de", "reg:forsa"),
    ],
)
def test_a_poll_is_its_makers_named_before_after_or_inside_its_description(text: str, lang: str, key: str) -> None:
    assert analyze(text, lang=lang).attributions[-1]["source_id"] == key


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A new poll shows Smith ahead. Voters in Ohio are split.", "en"),  # nobody named: a vague source
        ("Der Vertreter der Finanz präzisierte, die Frist laufe bis Mai.", "de"),  # a person of a body, no document
    ],
)
def test_a_description_without_a_maker_stays_unnamed(text: str, lang: str) -> None:
    assert not analyze(text, lang=lang).attributions[0]["named"]


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Die Feuerwehr teilte mit, ein Lastwagen sei umgestürzt. Den Angaben zufolge wurde niemand verletzt.", "de", "Feuerwehr"),
        ("Die Bahn meldete eine Störung. Dem Bericht zufolge fallen alle Züge aus.", "de", "Bahn"),  # nothing else brought it in
        ("The health ministry said two clinics would close. According to the statement, staff will move.", "en", "ministry"),
    ],
)
def test_definite_statements_after_according_to_are_those_of_the_body_cited_just_before(text: str, lang: str, source: str) -> None:
    first, last = analyze(text, lang=lang).attributions
    assert last["source_id"] == first["source_id"] and source.lower() in last["source_id"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a person's own statements are "seinen Angaben zufolge": the bare article does not point to her
        ("Die Anwältin Eva Roth sagte, der Mann sei geflohen. Den Angaben zufolge wurde er gefasst.", "de"),
        # a report brought in by someone who is not cited is that one's, not the ministry's
        ("Das Ministerium erklärte, alles sei geprüft. Eine Klinik veröffentlichte einen Bericht. Dem Bericht zufolge fehlt Personal.", "de"),
        ("The state department said talks went well. Sanders leads according to the polls.", "en"),  # polls in general
    ],
)
def test_definite_statements_do_not_point_to_a_person_or_another_document(text: str, lang: str) -> None:
    result = analyze(text, lang=lang)
    first, last = result.attributions[0], result.attributions[-1]
    assert last["source_id"] != first["source_id"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dieser Darstellung widerspricht die Opposition heftig.", "die Opposition"),  # a feminine dative first
        ("Der Präsident der Wahlkommission gab die Daten bekannt.", "Der Präsident der Wahlkommission"),  # masculine
        ("Die Forderungen der Gewerkschaft lehnte der Minister ab.", "der Minister"),  # a plural before a singular verb
        ("Die Forderungen der Gewerkschaft wurden kritisiert.", None),  # the plural agrees: the subject, agentless
    ],
)
def test_a_feminine_noun_after_der_is_no_subject(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


def test_a_fronted_demonstrative_object_is_not_resolved_to_the_source_before() -> None:
    result = analyze("Die Ministerin sagte, der Plan sei gut. Dieser Darstellung widerspricht die Opposition.", lang="de")
    first, last = result.attributions
    assert last["source_id"] != first["source_id"] and last["source_text"] == "die Opposition"  # the object first, then the speaker


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Die Partei bestreitet entschieden jede Nähe zur Miliz.", ["bestreitet"]),  # firmly
        ("Der Verein hatte die Gerüchte noch entschieden dementiert.", ["dementiert"]),
        ("Das Gericht hat am Montag entschieden, dass die Firma zahlen muss.", ["entschieden"]),  # a decision
    ],
)
def test_entschieden_as_an_adverb_is_no_decision(text: str, cues: list[str]) -> None:
    assert [a["cue"] for a in attributions(text) if a["form"] != "continuation"] == cues


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Im Finale haben die Nerven gehalten.", False),  # held, no view
        ("Der Kanzler hat sein Versprechen gehalten.", False),
        ("Die Grünen halten den Preis für zu hoch.", True),  # "halten für": a view
        ("Ich halte nichts von dieser Reform.", True),  # "halten von": a view
        ("Davon halten die Händler ziemlich wenig.", True),  # "davon": the same view, the object before the verb
        ("Von der Reform halten wir etwas.", True),
        ("Die Kinder halten sich davon fern.", False),  # "davon" without an amount: no view
        ("Ein Regisseur hält weiter an alten Kassetten fest.", False),  # clings to
        ("Die Ministerin hielt fest, dass die Fähre im Mai wieder fahre.", True),
        ("Die Küken sehen ihren Eltern noch nicht ähnlich.", False),  # resemble
        ("Die Opposition sieht das ähnlich.", True),  # a view compared
        ("Die Kammer stellt die Prognose der Regierung infrage.", True),  # doubt cast, with the particle at the end
        ("Der Rechnungshof hat die Zahlen infrage gestellt.", True),  # the particle apart from the participle
        ("Die Schule stellt den Eltern neue Tablets zur Verfügung.", False),  # "stellen" without the particle
        ("Der Verband verpflichtete sich, die Beiträge nicht zu erhöhen.", True),  # a promise
        ("Die Satzung verpflichtet die Mitglieder, Beiträge zu zahlen.", False),  # binds others
    ],
)
def test_holding_clinging_and_resembling_are_no_views(text: str, reported: bool) -> None:
    assert bool(attributions(text)) is reported


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Polizei sperrte die Straße und teilte mit, der Fahrer sei geflohen.", "Die Polizei"),
        ("Die Feuerwehr löschte den Brand und erklärte, niemand sei verletzt worden.", "Die Feuerwehr"),
    ],
)
def test_an_unlisted_verb_in_te_ends_the_subject_of_a_coordinated_report(text: str, source: str) -> None:
    """A past form the lexicons do not list, between a noun and an article, is the first clause's verb: the
    subject of "… und teilte mit" is the noun phrase before it, not everything up to "und"."""
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


def test_a_number_word_opens_the_agent_of_a_passive() -> None:
    (attribution,) = attributions("Der Rauch wurde von zwei Nachbarinnen gemeldet.")
    assert attribution["source_text"] == "zwei Nachbarinnen"


@pytest.mark.parametrize(
    "text", ["Mit dem neuen Akku wird eine Reichweite von 300 Kilometern erwartet.", "Ein Anstieg von drei Prozent wurde gemeldet."]
)
def test_von_with_an_amount_after_a_noun_is_no_agent(text: str) -> None:
    """"eine Reichweite von 300 Kilometern": the noun's amount, not who expects or reports something."""
    assert not [a for a in attributions(text) if a["source_text"] and a["source_text"][0].isdigit() or a["source_text"] == "drei Prozent"]


@pytest.mark.parametrize(
    ("apart", "together"),
    [
        ("Der Verband hat den neuen Termin bekannt gegeben.", "Der Verband hat den neuen Termin bekanntgegeben."),
        ("Die Ministerin hat klar gemacht, dass sie im Amt bleibt.", "Die Ministerin hat klargemacht, dass sie im Amt bleibt."),
    ],
)
def test_a_participle_written_apart_from_its_particle_reports_as_written_together(apart: str, together: str) -> None:
    """German spelling allows "bekannt gegeben" beside "bekanntgegeben": both are the same report, once."""
    (a,) = attributions(apart)
    (b,) = attributions(together)
    assert (a["form"], a["source_text"]) == (b["form"], b["source_text"]) == ("indirect", together.split(" hat")[0])


def test_the_plain_participle_alone_reports_nothing() -> None:
    assert attributions("Der Nachbar hat den Kindern die Bälle zurückgegeben und ihnen Kuchen gegeben.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Der als äußerst sparsam geltende Kämmerer lehnte jede Ausgabe ab.",
        "In der 70. Minute gab es eine Gelbe Karte, und kurz darauf bekam auch der Torwart Gelb zu sehen.",
    ],
)
def test_homographs_of_reporting_verbs_report_nothing(text: str) -> None:
    """"äußerst" before an adjective is the adverb (extremely); "zu" before an infinitive ("zu sehen") is no
    particle that would make "gab" the verb "zugeben"."""
    assert not [a for a in attributions(text) if a["cue"] in ("äußerst", "gab")]


def test_gab_zu_bedenken_stays_a_report() -> None:
    (attribution,) = attributions("Die Kosten seien zu hoch, gab die Kämmerin am Montag im Rathaus zu bedenken.")
    assert attribution["source_text"] == "die Kämmerin" and attribution["cue"].startswith("gab")


def test_a_genitive_in_a_phrase_before_the_subject_is_skipped() -> None:
    (attribution,) = attributions("Dass der Plan hält, hat im Fall der Fälle das Verwaltungsgericht bestätigt.")
    assert attribution["source_text"] == "das Verwaltungsgericht"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Ministerin teilte mit, sie hoffe, dass die Beamten Geduld zeigten.", "zeigten"),
        ("Der Anwalt sagte, die Anklage sei haltlos, und verwies auf einen Zeugen, der den Angeklagten vertritt.", "vertritt"),
    ],
)
def test_a_verb_at_the_end_of_a_dass_or_relative_clause_is_no_tag_of_what_precedes(text: str, cue: str) -> None:
    """"…, sagte sie" reports the Konjunktiv-I clause before it; a verb closing a clause opened by "dass" or a
    relative pronoun does not."""
    assert not [a for a in attributions(text) if a["cue"] == cue]


def test_a_condition_in_konjunktiv_i_is_no_message_of_the_verb_before_it() -> None:
    """"…, er werde die Spiele absagen, falls die Stadt nicht zahle": the falls-clause belongs to the
    reported speech, it is not what "absagen" says."""
    result = analyze("Der Verband kündigte an, er werde die Spiele absagen, falls die Stadt nicht zahle.", lang="de")
    for a in result.attributions:
        assert not result.text[a["content_start"] : a["content_end"]].startswith("falls"), a


def test_von_after_a_noun_of_the_subject_is_no_agent_when_a_later_one_is() -> None:
    (attribution,) = attributions("Die Mitarbeiter von Hilfswerken wurden am Montag von der Regierung aufgefordert, das Land zu verlassen.")
    assert attribution["source_text"] == "der Regierung"


def test_a_decision_after_a_modal_in_reported_speech_is_a_condition_not_a_report() -> None:
    """"So müsse der Stadtrat dem Bau zustimmen, es müsse …": the speaker before states a condition; the council
    has decided nothing, and the sentence goes on in the speaker's words."""
    result = attributions("Die Ministerin nannte zwei Bedingungen. So müsse der Stadtrat dem Bau zustimmen, es müsse auch Geld vom Land geben.")
    assert [(a["cue"], a["source_text"]) for a in result][1:] == [("müsse", "Die Ministerin")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Gewerkschaft hatte den Mut, klar zu sagen: Diese Löhne reichen nicht.", "Die Gewerkschaft"),
        ("Wir müssen die Kraft haben, zu sagen: So geht es nicht weiter.", "Wir"),
    ],
)
def test_a_verb_of_speech_in_an_infinitive_clause_before_a_colon_reports_the_first_subject(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source and attribution["cue"] == "sagen"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Die Stadt hat die Pflicht, zu erklären, warum die Brücke gesperrt bleibt.", "erklären", "Die Stadt"),
        ("Der Verein hatte den Mut, offen zu sagen, dass das Geld fehlt.", "sagen", "Der Verein"),
    ],
)
def test_a_verb_of_speech_in_an_infinitive_clause_with_a_clause_of_its_own_reports_the_first_subject(text: str, cue: str, source: str) -> None:
    """"…, zu erklären, warum …": a complement clause after the infinitive says what is said, as a colon does."""
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [(cue, source)]


@pytest.mark.parametrize("text", ["Sie kam, um zu sagen: Es reicht.", "Es ist schwer zu sagen, ob der Plan aufgeht.",
                                  "Sie kam, um zu sagen, dass es reicht.", "Er ging, ohne zu sagen, wohin."])
def test_an_infinitive_of_purpose_or_without_a_colon_reports_nothing(text: str) -> None:
    assert not [a for a in attributions(text) if a["cue"] == "sagen"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Verband ist der Ansicht, dass die Gebühren zu hoch sind.", "Der Verband"),
        ("Die Ärzte waren der Meinung, dass die Frist reicht.", "Die Ärzte"),
        ("Mir ist bewusst, dass die Regeln viele belasten.", "Mir"),
        ("Uns ist durchaus bekannt, dass die Mittel knapp sind.", "Uns"),
        ("Für die Kämmerin ist jedenfalls klar: Das Geld reicht nicht.", "die Kämmerin"),
    ],
)
def test_copula_views_with_their_holder(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


def test_nach_ansicht_stays_according_to() -> None:
    """"ist nach Ansicht der Experten …": the experts' view through "nach Ansicht", not "ist … Ansicht"."""
    (attribution,) = attributions("Für den Schaden ist nach Ansicht der Gutachter ein Fehler der Firma verantwortlich.")
    assert attribution["form"] == "according_to" and attribution["source_text"] == "Ansicht der Gutachter"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Laut „wetter-online.de“ wird es am Wochenende kälter.", "„wetter-online.de“"),
        ("Laut wetterdienst.at wird es am Wochenende kälter.", "wetterdienst.at"),
        ("Der Wind dreht auf Nord, wie unwetterwarnung.de berichtet.", "unwetterwarnung.de"),
    ],
)
def test_a_web_address_is_a_source_not_a_quotation(text: str, source: str) -> None:
    """A web address written in lower case names a medium, in quotation marks or not."""
    (attribution,) = attributions(text)
    assert attribution["form"] == "according_to" and attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Die Warnstreiks gehen weiter, teilte ver.di am Dienstag mit.", "ver.di", "DE"),
        ("Der ÖGB fordert eine Senkung der Lohnsteuer.", "Österreichischer Gewerkschaftsbund (ÖGB)", "AT"),
    ],
)
def test_trade_unions_are_named_bodies(text: str, name: str, country: str) -> None:
    (source,) = analyze(text, lang="de").sources
    assert (source["name"], source["kind"], source["country"], source["named"]) == (name, "ngo", country, True)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Die Stadträtin wies dies als „üble Nachrede“ zurück.", "dies als „üble Nachrede“ zurück."),
        # (when the quotation closes the clause it is the report itself: see
        # test_a_quotation_of_what_a_speaker_calls_something_is_the_report)
        ("Der Trainer bezeichnete das als „klaren Fehler der Schiedsrichter“ in der Schlussphase.",
         "das als „klaren Fehler der Schiedsrichter“ in der Schlussphase."),
    ],
)
def test_an_anaphoric_object_reports_its_clause_whole(text: str, content: str) -> None:
    """"wies dies als „…“ zurück": the message runs to the end of the clause, not three tokens into a quotation."""
    result = analyze(text, lang="de")
    rows = [a for a in result.attributions if a["form"] == "indirect"]
    assert [result.text[a["content_start"] : a["content_end"]] for a in rows] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Bislang gibt es keine Spuren, die für einen Einbruch sprechen.",  # things indicate
        "Mehrere Messwerte sprechen gegen ein Leck in der Leitung.",
        "Die jüngsten Umfragen sprechen für einen knappen Ausgang.",  # figures and statements indicate too
        "Die Statistiken sprechen gegen eine rasche Erholung.",
        "Der Unmut äußerte sich in lauten Pfiffen.",  # manifests itself
        "Viele Eltern wollten sich vor Ort informieren.",  # find out for oneself
        "Die Spuren am Schloss weisen auf einen Einbruch hin.",  # point to
        "Das neue Verfahren verspricht deutlich kürzere Ladezeiten.",  # holds out the prospect of
    ],
)
def test_verbs_of_speech_in_the_sense_of_things_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Bürgermeisterin sprach sich gegen den Neubau aus.", "Die Bürgermeisterin"),
        ("Die Opposition sprach gegen den Antrag.", "Die Opposition"),
        ("Der Minister äußerte sich in einem Interview zu dem Plan.", "Der Minister"),
        ("Die Polizei informierte die Anwohner, dass die Straße gesperrt ist.", "Die Polizei"),
        ("Die Sprecherin wies darauf hin, dass die Halle geschlossen bleibt.", "Die Sprecherin"),
        ("Die Gemeinde versprach, die Schule zu sanieren.", "Die Gemeinde"),
    ],
)
def test_the_same_verbs_with_a_speaker_report(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Aber das wissen die Anwohner längst.", "die Anwohner", "das wissen die Anwohner längst."),
        ("Doch das sieht der Stadtrat ganz anders.", "der Stadtrat", "das sieht der Stadtrat ganz anders."),
        ("Die Landwirte sehen das ebenso.", "Die Landwirte", "das ebenso."),  # a view shared
    ],
)
def test_an_anaphoric_object_after_a_connector_stands_for_what_was_said(text: str, source: str, content: str) -> None:
    """"Aber das wissen Sie": the connector before the fronted "das" does not hide it."""
    result = analyze(text, lang="de")
    assert [(a["source_text"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Polnische und tschechische Zeitungen werfen dem Konzern Täuschung vor.", "Polnische und tschechische Zeitungen"),
        ("Das bestreiten private und kirchliche Träger.", "private und kirchliche Träger"),
        ("Einige kleine und mittlere Betriebe fordern eine Senkung der Gebühren.", "Einige kleine und mittlere Betriebe"),
        ("Kleine Betriebe fordern eine Senkung der Gebühren.", "Kleine Betriebe"),  # one adjective, as before
    ],
)
def test_two_adjectives_joined_before_one_head_are_one_speaker(text: str, source: str) -> None:
    """"Deutsche und polnische Verbände werfen ihm … vor": the adjective before "und" goes with the same head."""
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Die Bahn stellt den Verkehr ein. Die Sprecherin hat das am Montag bestätigt.", "bestätigt", "Die Sprecherin"),
        ("Die Bahn stellt den Verkehr ein. Der Sprecher hat dies bestätigt.", "bestätigt", "Der Sprecher"),  # right before it
    ],
)
def test_an_anaphoric_object_before_the_participle_stands_for_what_was_said(text: str, cue: str, source: str) -> None:
    """"hat das am Montag bestätigt": adverbials between the object and the participle do not hide the object."""
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [(cue, source)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("„Wir sind spät dran.“ Das musste die Sprecherin am Montag einräumen.", "„Wir sind spät dran.“"),
        ("Die Fähre fällt aus. Das hat die Reederei am Morgen mitgeteilt.", "Die Fähre fällt aus."),
        # guard: a noun phrase in the prefield is the object, the sentence itself what the verb is about
        ("Die Fähre fällt aus. Den Ausfall hat die Reederei am Morgen mitgeteilt.", None),
    ],
)  # fmt: skip
def test_a_sentence_opened_by_das_and_closed_by_its_verb_reports_the_sentence_before(text: str, message: str | None) -> None:
    """"Das musste die Sprecherin einräumen", "Das hat die Reederei mitgeteilt": "das" opens the sentence before an
    auxiliary or modal and its subject, the participle or infinitive closes it; what was said is the sentence before."""
    row = attributions(text)[-1]
    content = text[row["content_start"] : row["content_end"]]
    assert content == message if message is not None else content != "Die Fähre fällt aus."


def test_an_article_in_a_list_before_the_participle_is_no_object() -> None:
    assert attributions("Der Hersteller hat ein neues Tablet und das kleine iPhone 7se vorgestellt.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Die Mieten steigen weiter. Das haben die Stadtwerke längst erkannt.", "erkannt", "die Stadtwerke"),
        ("Die Mieten steigen weiter. Man sieht es doch an jeder Ecke.", "sieht", "Man"),
        ("Die Mieten steigen weiter. Das sehen die Vermieter gelassen.", "sehen", "die Vermieter"),  # a view, as before
    ],
)
def test_an_anaphoric_object_of_seeing_stands_for_what_was_said(text: str, cue: str, source: str) -> None:
    """"Das haben wir erkannt", "Man sieht es doch": seeing or recognising what was said before takes a position on it."""
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [(cue, source)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Mieten steigen weiter. Das werden wir genau beobachten.",  # a plan to watch, no position taken
        "Die Mieten steigen weiter. Das haben die Mieter im Radio gehört.",  # hearing passes it on (left out: measured)
        "Die Stadtwerke haben den Fehler erkannt.",  # a noun object: what was found, not what was said
    ],
)
def test_other_objects_of_perception_stay_without_report(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dem Sender al-Arabija zufolge ist der Hafen gesperrt.", "Dem Sender al-Arabija"),
        ("Der Seite wetterportal.com zufolge wird es am Sonntag kalt.", "Der Seite wetterportal.com"),
        ("Einem dpa-Bericht zufolge fehlen zwei Millionen Euro.", "Einem dpa-Bericht"),
        ("Auch dem Hafenmeister zufolge ist die Fähre überladen.", "dem Hafenmeister"),  # the connector is no part of it
        ("Dem Hafenmeister zufolge ist die Fähre überladen.", "Dem Hafenmeister"),
    ],
)
def test_zufolge_takes_names_in_lower_case_and_leaves_a_connector_out(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Anna Roth, Vorsitzende des Vereins: „Das ist ein Fehler.“", "de", "Anna Roth, Vorsitzende des Vereins"),
        ("Der Bürgermeister: „Das war ein Versehen.“", "de", "Der Bürgermeister"),
        ("The mayor put it in one line: “That Was A Mistake.”", "en", "The mayor"),
    ],
)
def test_a_quoted_sentence_with_its_verb_and_full_stop_is_no_title(text: str, lang: str, source: str) -> None:
    """One capitalised noun and function words made „Das ist ein Fehler.“ look like a title."""
    result = analyze(text, lang=lang)
    assert [(a["form"], a["source_text"]) for a in result.attributions] == [("direct_quote", source)]


def test_a_title_in_quotation_marks_stays_a_title() -> None:
    assert analyze("Sie las „Das Kapital“ im Urlaub.", lang="de").attributions == []


def test_a_quotation_that_is_all_a_nearer_verb_reports_is_that_verbs() -> None:
    """The quotation after "So sagte X:" lies inside the wider report of "kritisierte" as well: it is X's."""
    text = "Der Verband kritisierte den Plan scharf: So sagte Karl Mohr, der Präsident: „Man kann das nicht hinnehmen.“"
    rows = [(a["form"], a["cue"], a["source_text"]) for a in analyze(text, lang="de").attributions]
    assert ("direct_quote", "sagte", "Karl Mohr, der Präsident") in rows
    assert ("direct_quote", "kritisierte", "Der Verband") not in rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Chef der Firma „Nordwerk“, Peter Lang, sagte, das Werk sei sicher.", "Der Chef der Firma „Nordwerk“, Peter Lang"),
        ("Der Leiter von „Tierhilfe“, Eva Roth, sagte am Montag, das Heim sei voll.", "Der Leiter von „Tierhilfe“, Eva Roth"),
        ("Dann sagte der Minister „Nein“, und ging.", "der Minister"),  # a quoted answer after a role is no name
    ],
)
def test_a_name_in_quotation_marks_after_a_body_noun_is_part_of_the_speakers_phrase(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["cue"] == "sagte"] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name in quotation marks takes no genitive: the article after it opens the dative object
        ("Zudem wirft der „Verein Saubere Luft“ der Stadtverwaltung vor, Messwerte verschwiegen zu haben.",
         "der „Verein Saubere Luft“"),
        # guard: the name in quotation marks may be the genitive of the noun before it
        ("Zudem wirft der Vorstand des „Vereins Saubere Luft“ der Stadtverwaltung vor, Messwerte verschwiegen zu haben.",
         "der Vorstand des „Vereins Saubere Luft“"),
    ],
)  # fmt: skip
def test_a_name_in_quotation_marks_takes_no_genitive_after_it(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["cue"] == "wirft"] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "In einer Videobotschaft, die am Abend gezeigt wurde, sagte die Ministerin, man werde kämpfen.",
        "In einem Interview, das am Montag erschien, sagte die Ministerin, man werde kämpfen.",
        "In Kiel, wo die Lage ruhig blieb, sagte die Ministerin, man werde kämpfen.",
    ],
)
def test_a_prepositional_phrase_with_a_relative_clause_fills_the_first_place_and_is_no_speaker(text: str) -> None:
    result = analyze(text, lang="de")
    rows = [(a["source_text"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions]
    assert rows == [("die Ministerin", "man werde kämpfen.")]


@pytest.mark.parametrize(
    "text",
    [
        "Es kam zu friedlichen Protesten, die sich in langem Schweigen äußerten.",
        "Im Wald fanden sich frische Spuren, die darauf hinweisen, dass der Dieb floh.",
        "Der Vorverkauf – so wird die Anmeldung auch genannt – dauerte drei Tage.",
    ],
)
def test_things_that_show_and_names_given_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Es kam zu Protesten von wütenden Anwohnern, die sich in einem Brief äußerten.", "wütenden Anwohnern"),
        ("Als Termin wurde der 3. Mai genannt.", None),  # a date given: an agentless report
    ],
)
def test_people_who_speak_and_dates_given_still_report(text: str, source: str | None) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Das erklärte die Ministerin am Montag gegenüber ausländischen Gästen.", [("erklärte", "die Ministerin")]),
        ("Damit hat sich etwa die Vorsitzende, Eva Roth, gegen den Plan ausgesprochen und behauptet, das sei falsch.",
         [("ausgesprochen", "die Vorsitzende, Eva Roth"), ("behauptet", "die Vorsitzende, Eva Roth")]),  # the role and its name
        ("So sagte etwa der Bürgermeister, die Brücke sei sicher.", [("sagte", "der Bürgermeister")]),
        ("Am Abend hatte Anna Roth, die Sprecherin der Stadt, den Plan abgelehnt.", [("abgelehnt", "Anna Roth, die Sprecherin der Stadt")]),
        ("Er wurde wegen Betrugs, Untreue, Diebstahls und Erpressung angeklagt.", []),  # passive across the list
        ("Dann hat die Nachbarin den Mann um Hilfe gebeten.", [("gebeten", "die Nachbarin")]),
        # after "Demnach" the request is part of what the source before says
        ("Demnach hatte die Nachbarin den Mann um Hilfe gebeten.", [("Demnach", "Demnach")]),
        ("Demnach hatte ihn die Nachbarin um Hilfe gebeten.", [("Demnach", "Demnach")]),  # the adverb is no subject
    ],
)
def test_finite_verbs_and_subjects_across_appositions_and_particles(text: str, rows: list[tuple[str, str | None]]) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text) if a["form"] != "agentless"] == rows


def test_a_verb_after_a_subject_with_its_apposition_is_no_parenthetical() -> None:
    """"Der Leiter, Eva Roth, sagte gegenüber der Zeitung, dass …" had reported the whole sentence."""
    result = analyze("Der Leiter, Eva Roth, sagte gegenüber der Zeitung, dass nur zwei Boote fahren.", lang="de")
    (row,) = result.attributions
    assert result.text[row["content_start"] : row["content_end"]] == "dass nur zwei Boote fahren."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Preise werden nach der Vorhersage der Notenbank weiter steigen.", "der Vorhersage der Notenbank"),
        ("Nach bisherigem Kenntnisstand war ein Kabel defekt.", "bisherigem Kenntnisstand"),
    ],
)
def test_forecasts_and_the_state_of_knowledge_after_nach_are_according_to(text: str, source: str) -> None:
    assert [(a["form"], a["source_text"]) for a in attributions(text)] == [("according_to", source)]


def test_a_message_ends_before_a_coordinated_report_of_the_same_speaker() -> None:
    text = "Die Ministerin sagte, sie werde den Plan prüfen, und kündigte an, bald zu entscheiden."
    result = analyze(text, lang="de")
    rows = [(a["cue"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions]
    assert rows == [("sagte", "sie werde den Plan prüfen"), ("kündigte", "bald zu entscheiden.")]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # without the comma: a verb of report in the indicative after "und" is the speaker's second report
        ("Der Bürgermeister sagte, die Schule brauche mehr Platz und fügte hinzu: „Wir bauen an.“", "die Schule brauche mehr Platz"),
        # a second verb in Konjunktiv I, or a participle, goes on with the reported clause
        ("Die Ärztin sagte, der Patient sei stabil und müsse nicht operiert werden.", "der Patient sei stabil und müsse nicht operiert werden."),
        ("Der Trainer sagte, er habe gelacht und gemeint, es sei nur ein Spiel.", "er habe gelacht und gemeint, es sei nur ein Spiel."),
    ],
)
def test_a_message_ends_before_a_report_coordinated_without_a_comma(text: str, first: str) -> None:
    result = analyze(text, lang="de")
    assert result.text[result.attributions[0]["content_start"] : result.attributions[0]["content_end"]] == first


@pytest.mark.parametrize(
    ("text", "source_id", "kind"),
    [
        # a body the registry does not know, typed by its head noun
        ("Die Zinsen steigen, sagte Jan Ott vom Bankhaus Ott & Söhne.", "person:ott", "company"),
        ("Die Preise fallen, meint Eva Rössler vom Marktdienstleister Preisblick.", "person:rössler", "company"),
        ("Der Fahrer sei geflüchtet, sagte Gruppeninspektor Karl Huber vom Landeskriminalamt.", "person:huber", "police"),
        # a surname in -ik is no second noun phrase
        ("Das erklärt die Forscherin Eva Dvorschik vom Institut für Geschichte.", "person:dvorschik", "expert"),
    ],
)
def test_a_named_person_of_a_body_the_registry_does_not_know(text: str, source_id: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_id"] == source_id and attribution["source_kind"] == kind and attribution["named"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Laut Pieter de Vries ist der Deich sicher.", "Pieter de Vries"),
        ("Das sagte Omar bin Khalid am Montag.", "Omar bin Khalid"),
        ("Die Sprecherin des Vereins, Lotte van Dijk, sagte am Abend: „Wir ändern unser Urteil nicht.“", "Die Sprecherin des Vereins, Lotte van Dijk"),
        ("Das sagte Anna Berg von der Caritas.", "Anna Berg von der Caritas"),  # "von" stays a member preposition
    ],
)
def test_particles_inside_personal_names_de(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Fast alle vermissten Hunde werden schnell wieder gefunden, so eine Auskunft des Tierheims.",
         "Fast alle vermissten Hunde werden schnell wieder gefunden"),
        ("Man habe im Keller einen Riss festgestellt, so der Hausverwalter.", "Man habe im Keller einen Riss festgestellt"),
    ],
)
def test_a_verb_before_a_so_tag_does_not_report_the_tag(text: str, content: str) -> None:
    result = analyze(text, lang="de")
    rows = [(a["cue"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions]
    assert rows == [("so", content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Als ein Passagier half, biss der Mann den Helfer und rief: „Lasst mich sofort raus!“", "der Mann"),
        ("Als die Polizei kam, trat die Ministerin vor die Presse und sagte, alles sei ruhig.", "die Ministerin"),
    ],
)
def test_a_coordinated_verb_after_a_subordinate_prefield_takes_the_main_clauses_subject(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["form"] != "agentless"] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer war zufrieden: „Das war ein gelungener Auftakt“, sagte er dem Sender.",
        "Der Bürgermeister drohte mit dem Rücktritt, sollte der Rat den Plan kippen: „Dann gehe ich“, sagte er.",
    ],
)
def test_a_tag_after_a_quotation_behind_a_colon_reports_only_the_quotation(text: str) -> None:
    result = analyze(text, lang="de")
    tagged = [(a["form"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions if a["cue"] == "sagte"]
    quote = text[text.index("„") + 1 : text.index("“")]
    assert tagged == [("direct_quote", quote)]


def test_a_tag_after_a_partial_quotation_still_reports_the_whole_clause() -> None:
    text = "Die Lage sei „sehr ernst“, sagte er."
    result = analyze(text, lang="de")
    contents = {result.text[a["content_start"] : a["content_end"]] for a in result.attributions}
    assert "Die Lage sei „sehr ernst“" in contents


@pytest.mark.parametrize(
    "text",
    [
        # whom an action concerns ("von" + a phrase without article after a noun of action) is no agent
        "Gestern wurde die Entlassung von Lehrern scharf kritisiert.",
        # a sentence passed, the auxiliary before a list of charges
        "Die beiden Männer wurden wegen Betrugs, Erpressung und Bildung einer Bande verurteilt.",
        # a clause that opens with its object after a quotation is no speech tag ("„…“, sagte er" opens with the verb)
        "Am Abend hat der Meister aus Kiel, die „Nordlichter“, seinen Titel verteidigt.",
        # the polite form of address: the interviewee is asked for a view
        "Interviewer: Welche Pläne sind Ihrer Meinung nach zu teuer?",
    ],
)
def test_no_source_in_objects_of_actions_sentences_passed_or_questions_put(text: str) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text) if a["cue"] != ":"] in ([], [("kritisiert", None)])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Senkung von Steuern wurde von mehreren Ökonomen kritisiert.", "mehreren Ökonomen"),
        ("Die Lage sei ernst, hat der Bürgermeister gesagt.", "der Bürgermeister"),
        ("Die Ministerin schwieg lange. Ihrer Ansicht nach ist der Plan zu teuer.", "Ihrer Ansicht"),  # her view (resolved later)
    ],
)
def test_agents_tags_and_third_person_views_still_have_their_source(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)][-1:] == [source]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("Von der neuen Methode verspricht sich die Klinik schnellere Heilung.", False),  # expects
        ("Der Redner versprach sich zweimal.", False),  # misspoke
        ("Die Ministerin versprach sich für die Reform einzusetzen.", True),  # a promise
        ("Der Bürgermeister versprach den Anwohnern eine neue Schule.", True),
    ],
)
def test_versprechen_with_sich_expects_and_without_promises(text: str, reports: bool) -> None:
    assert bool([a for a in attributions(text) if a["cue"].startswith("versprach") or a["cue"] == "verspricht"]) == reports


def test_a_past_verb_between_a_noun_and_a_noun_ends_the_subject_of_a_coordinated_report() -> None:
    (attribution,) = attributions("Die Streikenden blockierten Straßen in der Stadt und forderten höhere Löhne.")
    assert attribution["cue"] == "forderten" and attribution["source_text"] == "Die Streikenden"


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("Einem Spiegel-Bericht zufolge plant das Amt neue Regeln.", "reg:spiegel"),
        ("Laut einem Times-Bericht bleibt die Ministerin im Amt.", "reg:times_uk"),
    ],
)
def test_a_title_left_out_bare_names_its_outlet_in_a_statement_compound(text: str, source_id: str) -> None:
    assert source_id in sources(text)


def test_a_statement_compound_of_an_ordinary_word_names_no_outlet() -> None:
    assert not any(key.startswith("reg:") for key in sources("Einem Spiegelbericht zufolge plant das Amt neue Regeln."))


@pytest.mark.parametrize(
    "text",
    [
        "Jede Stadt kann sich glücklich schätzen, solche Helfer zu haben.",  # counts itself lucky
        "Die Gäste verteidigten ihre 2:1-Führung bis zum Schluss.",  # a score and a contest
        "Am Ende verteidigte die Läuferin ihren Titel.",
    ],
)
def test_idioms_scores_and_contests_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Die Zahl der Verletzten stieg auf zwölf, was die Feuerwehr am Abend bestätigte.", "Die Zahl der Verletzten stieg auf zwölf"),
        ("Der Trainer sagte nach dem 3:0: „Wir waren einfach besser.“", "Wir waren einfach besser."),
    ],
)
def test_was_taking_up_the_clause_before_and_a_colon_after_a_score(text: str, content: str) -> None:
    result = analyze(text, lang="de")
    assert [result.text[a["content_start"] : a["content_end"]] for a in result.attributions] == [content]


def test_was_after_a_verb_of_report_is_its_object_not_a_message_taken_up() -> None:
    result = analyze("Ich wiederhole, was die Kollegin gesagt hat.", lang="de")
    assert all(result.text[a["content_start"] : a["content_end"]] != "Ich wiederhole" for a in result.attributions)


def test_a_capitalised_verb_form_after_a_closing_quotation_mark_is_a_noun() -> None:
    assert attributions('"Schwere" Fragen bleiben offen – die Prüfung im Überblick.') == []
    assert [a["cue"] for a in attributions("„Glauben Sie mir, es stimmt“, sagte die Zeugin.")] == ["sagte"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Ich halte den Plan für richtig, möchte aber betonen, dass er Geld kostet.", "betonen", "Ich"),
        ("Die Ministerin lobte das Gesetz, warnte aber, dass es spät komme.", "warnte", "Die Ministerin"),
        ("Jeder, der dort gearbeitet hat, weiß, dass der Betrieb schwierig ist.", "weiß", "Jeder"),
    ],
)
def test_a_main_clause_going_on_after_its_comma_without_a_subject_keeps_the_first_subject(text: str, cue: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["cue"] == cue] == [source]


def test_a_vocative_after_a_comma_is_no_verb_with_the_first_subject() -> None:
    assert [a["cue"] for a in attributions("Wir lehnen das ab, meine sehr geehrten Damen und Herren.")] in ([], ["lehnen"])


def test_a_capitalised_noun_at_the_end_of_a_clause_is_no_verb_particle() -> None:
    (attribution,) = attributions("Die Ministerin hält das für den falschen Weg.")
    assert attribution["cue"] == "hält" and attribution["source_text"] == "Die Ministerin"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Die Richterin sagte, der Antrag sei „keine Lösung“ für das Verfahren.", ["keine Lösung"]),
        ("Der Minister sagte, das sei „ein schwerer Fehler“ gewesen.", ["ein schwerer Fehler"]),
        ("Der Minister sagte, er lese jeden Morgen die „Neue Zeitung“.", []),  # a title opens in capitals
    ],
)
def test_a_quoted_phrase_opening_in_lower_case_is_no_title(text: str, quoted: list[str]) -> None:
    result = analyze(text, lang="de")
    assert [result.text[a["content_start"] : a["content_end"]] for a in result.attributions if a["form"] == "direct_quote"] == quoted


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        ("Der Verband kritisierte den Plan. Es gibt eine Flut von Anzeigen, die die Behörden unter Druck setzen soll.", False),
        ("Die Polizei berichtete über den Fall. Gesucht wird ein Mann, der die Tat begangen haben soll.", True),
    ],
)
def test_sollen_closing_a_relative_clause_with_a_plain_infinitive_is_a_purpose(text: str, continued: bool) -> None:
    assert any(a["form"] == "continuation" for a in attributions(text)) == continued


def test_ihr_before_a_noun_after_the_verb_is_a_possessive_not_the_speaker() -> None:
    text = "Die Kommission des Landtags kann ihr Gutachten vorerst nicht veröffentlichen, weil ein Verfahren läuft."
    assert [a["source_text"] for a in attributions(text)] in ([], ["Die Kommission des Landtags"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Deshalb ist für mich völlig klar: Wir brauchen mehr Lehrer.", "mich"),
        ("Damit steht für den Verband fest, dass er klagen wird.", "den Verband"),
    ],
)
def test_the_view_of_x_with_the_copula_first(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


def test_a_predicate_for_a_group_without_a_message_is_no_view() -> None:
    assert attributions("Die Regel ist für die Kinder klar.") == []


@pytest.mark.parametrize("text", ["Das Gasthaus ist bei Wanderern bekannt für seine Knödel.", "Ich bin gestern nach Kiel gefahren."])
def test_a_well_known_thing_is_nobodys_awareness(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Natürlich ist auch uns bewusst, dass die Reform Geld kostet.", "uns"),
        ("Die Stadt ist sich bewusst, dass die Brücke marode ist.", "Die Stadt"),
        ("Die Ermittler waren sich sicher, dass der Brand gelegt wurde.", "Die Ermittler"),
        ("Ist Ihnen eigentlich bekannt, dass die Kita seit Mai geschlossen ist?", "Ihnen"),  # the addressee asked
        ("Davon bin ich fest überzeugt.", "ich"),  # "bin" is the auxiliary, its subject after it
    ],
)
def test_awareness_and_certainty_of_a_named_or_dative_speaker(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Niemand in diesem Haus würde bestreiten, dass die Schule saniert werden muss.", "Niemand in diesem Haus"),
        ("Viele aus der Partei sagen, der Kurs sei falsch.", "Viele aus der Partei"),
        ("Es trifft eine Gruppe, von der sie glaubt, dass sie sich nicht wehren kann.", "sie"),
    ],
)
def test_indefinite_pronouns_with_a_group_and_subjects_after_a_prepositional_relative(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


def test_a_prepositional_relative_without_a_message_reports_nothing() -> None:
    assert attributions("Das ist das Thema, über das sie lange sprach.") == []


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("Die Trainerin würde sich freuen, wenn der Verein sie hält.", True),  # a wish in the conditional
        ("Der Verband würde es begrüßen, wenn die Gebühr sinkt.", True),
        ("Er freut sich jedes Mal, wenn die Sonne scheint.", False),  # a plain condition
    ],
)
def test_a_wish_in_the_conditional_reports_its_wenn_clause(text: str, reports: bool) -> None:
    assert bool(attributions(text)) == reports


@pytest.mark.parametrize(
    "text",
    [
        "Im Bürgerentscheid sollen die Anwohner entscheiden, ob der Park bebaut wird.",
        "Der Gemeinderat wird am Dienstag beschließen, wann die Sanierung beginnt.",
        "Die Jury entscheidet erst im Herbst, wer den Preis bekommt.",
    ],
)
def test_a_decision_about_an_open_question_states_nothing(text: str) -> None:
    assert attributions(text) == []


def test_a_decision_with_a_dass_clause_still_reports() -> None:
    (row,) = attributions("Der Gemeinderat beschloss am Dienstag, dass die Sanierung im Mai beginnt.")
    assert (row["cue"], row["source_text"]) == ("beschloss", "Der Gemeinderat")


def test_a_surname_in_nis_stays_part_of_the_name() -> None:
    (row,) = attributions("Am Abend forderte Staatschef Peter Dannis den Stadtrat zum Handeln auf.")
    assert row["source_text"] == "Staatschef Peter Dannis"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Brücke soll laut Karl-Heinz Jung im Mai fertig sein.", "Karl-Heinz Jung"),
        ("„Die Brücke wird im Mai fertig“, sagte Lena Chung am Montag.", "Lena Chung"),
        ("Am Montag sagte Paul Berg Unterstützung zu, die Brücke werde gebaut.", "Paul Berg"),  # a noun in -ung
    ],
)  # fmt: skip
def test_a_short_surname_in_ung_stays_part_of_the_name(text: str, source: str) -> None:
    """"laut Franz Jung", "sagte Lena Chung": a short word in -ung after a first name is a surname, not a second noun
    phrase (as a longer noun in -ung is, "Zeitung")."""
    assert attributions(text)[0]["source_text"] == source


def test_a_genitive_after_a_body_is_no_outlet_told() -> None:
    rows = attributions("Der Verlag der Zeitung Nordkurier teilte am Montag mit, dass das Haus verkauft wird.")
    assert [(r["source_text"], r["via_text"]) for r in rows] == [("Der Verlag der Zeitung Nordkurier", None)]


def test_a_role_in_a_compound_cut_short_keeps_the_name_after_it() -> None:
    from scoring import analyze

    result = analyze("Das sei nicht üblich, sagt die Kinder- und Jugendärztin Lena Haas.", lang="de")
    assert [(a["source_id"], a["named"]) for a in result.attributions] == [("person:haas", True)]


def test_verfuegen_ueber_is_having_not_decreeing() -> None:
    assert attributions("Das Land verfügt über große Reserven: Im Speicher liegt genug Gas.") == []


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("Tomas Ferreira gewann das Halbfinale in drei Sätzen. Das war hart, sagte der Portugiese.", "person:ferreira"),
        ("Die Sprinterin Lea Sommer gewann das Halbfinale. Das war hart, sagte der Portugiese.", None),  # the other gender
        ("Die Zöllner fanden das Paket am Abend. Das war Zufall, sagte der Portugiese.", None),  # nobody named before
    ],
)
def test_a_nationality_refers_back_to_the_person_named_before(text: str, source_id: str | None) -> None:
    (row,) = [a for a in attributions(text) if a["sent_id"] == 1]
    assert (row["source_id"] if row["named"] else None) == source_id


def test_a_first_person_report_inside_a_speech_tag_is_the_tag_speakers() -> None:
    from scoring import analyze

    text = "Wir hoffen, dass die Fähre bald wieder fährt, sagte die Sprecherin Eva Horn."
    result = analyze(text, lang="de")
    rows = {a["cue"]: a for a in result.attributions}
    assert rows["hoffen"]["source_text"] == "Wir"  # the span as written
    assert rows["hoffen"]["source_id"] == rows["sagte"]["source_id"] == "person:horn"  # counted as the speaker's
    assert text[rows["hoffen"]["content_start"] : rows["hoffen"]["content_end"]] == "dass die Fähre bald wieder fährt"
    assert analyze("Ich glaube, dass die Fähre bald fährt.", lang="de").attributions[0]["source_id"] == "author"


_AROUND = ("Der Rat legte am Montag den Plan vor. Die Kosten steigen. Die Opposition ist dagegen. {} "
           "Im Herbst fällt die Entscheidung.")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Auch die Ministerin Eva Horn bleibt vage: Natürlich prüfen wir jede Möglichkeit.", "die Ministerin Eva Horn"),
        ("Kohlmann zum Plan: Das war kein guter Start, ich hätte mehr erwartet.", "Kohlmann"),  # a name and its topic
        ("Die Lage ist ernst: Wir müssen handeln.", None),  # no speaker before the colon
    ],
)
def test_first_person_words_after_a_colon_are_the_speakers_unmarked_speech(sentence: str, source: str | None) -> None:
    rows = [a for a in attributions(_AROUND.format(sentence)) if a["cue"] == ":"]
    assert [a["source_text"] for a in rows] == ([source] if source else [])


def test_a_text_in_the_first_person_keeps_its_colons_its_own() -> None:
    text = "Ich danke Ihnen. Wir stehen vor einer Wahl. Der Kollege Horn hat recht: Wir müssen handeln. Ich bitte um Zustimmung."
    assert [a for a in attributions(text) if a["cue"] == ":"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke bleibt bis Mai gesperrt, sagte sie am Montag.",
        "Die Brücke bleibt bis Mai gesperrt, sagte die Sprecherin gegenüber der Zeitung.",
    ],
)
def test_a_speech_tag_with_a_time_or_addressee_after_its_subject_reports_the_clause_before(text: str) -> None:
    (row,) = attributions(text)
    assert text[row["content_start"] : row["content_end"]] == "Die Brücke bleibt bis Mai gesperrt"


def test_a_wie_tag_before_the_main_clause_is_no_message_of_its_verb() -> None:
    rows = attributions("Wie die Feuerwehr mitteilte, riss der Sturm das Dach vom Turm.")
    assert [(r["cue"], r["source_text"]) for r in rows] == [("mitteilte", "die Feuerwehr")]
    rows = attributions("Wie die Polizei mitteilte, griff der Täter den Wachmann vor dem Eingang an.")
    assert [r["cue"] for r in rows] == ["mitteilte"]  # "angreifen" here is no verbal attack with the tag as its message


def test_a_verb_closing_a_dass_clause_with_auxiliaries_tags_nothing_before_it() -> None:
    rows = attributions("Sicher sei nur, dass der Antrag in dieser Form nicht genehmigt werden würde.")
    assert [r["cue"] for r in rows if r["cue"] == "genehmigt"] == []


def test_a_phrase_closed_by_zufolge_is_no_genitive_of_the_speaker() -> None:
    rows = attributions("Der Tarif müsse gelten, forderte Betriebsrat Paul Berger einer Mitteilung zufolge.")
    assert [r["source_text"] for r in rows if r["cue"] == "forderte"] == ["Betriebsrat Paul Berger"]


def test_a_passive_wie_tag_names_no_speaker_in_its_subject() -> None:
    rows = attributions("Die Geräte, wie die Drohnen in Fachkreisen bezeichnet werden, stören den Flugverkehr.")
    assert [(r["form"], r["source_text"]) for r in rows] == [("agentless", None)]


def test_wiederholt_after_a_finite_verb_is_an_adverb() -> None:
    rows = attributions("Die Feuerwehr bat wiederholt darum, dass Anwohner die Fenster schließen.")
    assert [(r["cue"], r["source_text"]) for r in rows] == [("bat", "Die Feuerwehr")]


def test_deciding_a_match_reports_nothing() -> None:
    assert attributions("Die Gäste entschieden das Derby erst in der Nachspielzeit.") == []


def test_a_so_tag_inside_the_sentence_reports_the_whole_sentence() -> None:
    text = "Bei schlechtem Wetter, so der Veranstalter, fällt das Konzert aus."
    (row,) = attributions(text)
    assert (row["source_text"], text[row["content_start"] : row["content_end"]]) == ("der Veranstalter", text)


def test_a_prepositional_phrase_is_no_subject_of_a_reporting_verb() -> None:
    assert attributions("Wer zu spät kommt, sollte sich über leere Teller nicht wundern.") == []
    rows = attributions("Wir wollen Städte ohne Politiker, die bestreiten, dass es Armut gibt.")
    assert [r["cue"] for r in rows if r["cue"] == "bestreiten"] == ["bestreiten"]  # a relative clause's antecedent


def test_von_with_an_indefinite_article_is_what_is_spoken_of_not_an_affiliation() -> None:
    rows = attributions("In einem Beitrag spricht die Abgeordnete Julia Berg von einem Angriff auf die Presse.")
    assert [r["source_text"] for r in rows] == ["die Abgeordnete Julia Berg"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Karl-Theodor zu Falkenau sagte, er habe Fehler gemacht.", "Karl-Theodor zu Falkenau"),
        ("Von der Brügge erklärte am Montag, die Kommission sei geschlossen.", "Von der Brügge"),
        ("Zu Falkenau hatte eingeräumt, er habe Fehler gemacht.", "Zu Falkenau"),
        # a prepositional phrase before the verb stays one when a subject follows the verb
        ("Von der Tribüne erklärte die Trainerin, das Team sei bereit.", "die Trainerin"),
        ("Anna Lenz von der Diakonie sagte, man helfe gern.", "Anna Lenz von der Diakonie"),
    ],
)
def test_a_name_with_a_noble_particle_is_the_speaker(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


def test_a_name_with_particles_is_one_person_known_by_the_surname() -> None:
    text = ("Helga von der Brügge sagte, die Kommission sei geschlossen. Von der Brügge betonte, es gebe keinen Streit. "
            "Anna Lenz von der Caritas sagte, man helfe gern.")
    sources = {s["source_id"]: s for s in analyze(text, lang="de").sources}
    assert sources["person:brügge"]["mentions"] == 2 and sources["person:brügge"]["kind"] == "person"
    assert sources["person:lenz"]["kind"] != "person"  # a member of a body, of the body's kind


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Krause hatte am Dienstag, den 4.3. in einem Interview die These vertreten, die Partei schrumpfe.", "Krause"),
        ("Krause hatte am Dienstag, dem 4. März in Bonn erklärt, die Partei schrumpfe.", "Krause"),
    ],
)
def test_a_date_after_a_day_is_no_clause_between_the_auxiliary_and_its_participle(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # granting someone something is no concession
        ("Die Stadt hatte den Vereinen Nutzungsrechte eingeräumt.", []),
        ("Die Kammer räumte ihm eine Frist von zwei Wochen ein.", []),
        ("Der Bürgermeister hat in einem Gespräch mit dem Sender Fehler eingeräumt.", ["eingeräumt"]),
        ("Die Kämmerin räumte ein, dass die Rücklagen aufgebraucht seien.", ["räumte"]),
        # an adjective of an attribute with a prepositional phrase before its noun is no verb
        ("Die Polizei meldete die Festnahme eines wegen Diebstahls verdächtigen Mannes.", ["meldete"]),
        ("Der von der Gewerkschaft erwartete Streik gegen die Kürzungen, den Stellenabbau sowie die Schließung blieb aus.", []),
        # the "von" phrase of a participle before its noun is no agent of the clause's passive
        ("Von Ehrenamtlichen geleitete Kurse werden als gleichwertig gesehen.", []),
    ],
)
def test_granting_adjectives_in_attributes_and_agents_of_attributes(text: str, cues: list) -> None:
    assert [a["cue"] for a in attributions(text)] == cues


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das berichtete eine Vorabmeldung von ChipWelt."),
        ("de", "Laut ChipWelt kommt das Gerät im Mai."),
        ("en", "According to ChipWelt, the phone will ship in May."),
    ],
)
def test_a_word_with_a_capital_inside_is_a_named_medium_or_brand(lang: str, text: str) -> None:
    (source,) = analyze(text, lang=lang).sources
    assert (source["source_id"], source["kind"], source["named"]) == ("name:chipwelt", "unknown", True)


def test_a_definite_feminine_document_refers_back_to_the_named_one() -> None:
    text = ("Eine Umfrage des Instituts Forsa ergab, dass die Partei verliert. Die Umfrage zeigte auch, dass die Jüngeren "
            "wechseln. Umfragen zeigen seit Wochen, dass die Stimmung kippt.")
    ids = [a["source_id"] for a in analyze(text, lang="de").attributions]
    assert ids[0] == ids[1] and ids[0].startswith("reg:")  # "die Umfrage": that poll, though "die" may be plural
    assert ids[2] != ids[0]  # polls in the plural are many, none in particular


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Wochenlang hat die Stadtverwaltung bestritten, dass die Brücke marode sei.", "die Stadtverwaltung"),
        ("Die Frage der Nachfolge betreffend schloss Okafor nicht aus, dass eine Frau das Amt übernimmt.", "Okafor"),
    ],
)
def test_an_adverb_of_duration_or_a_participle_phrase_before_the_verb_is_no_subject(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


def test_a_name_set_off_after_the_speakers_role_belongs_to_the_speaker_and_the_message_follows_it() -> None:
    text = "Am Montag erklärte die Sprecherin, Ilse Marquardt, gegenüber der Presse, dass die Lage ruhig sei."
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert row["source_text"] == "die Sprecherin, Ilse Marquardt"
    assert result.text[row["content_start"] : row["content_end"]] == "dass die Lage ruhig sei."
    assert [s["source_id"] for s in result.sources] == ["person:marquardt"]


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Der Antrag muss noch geprüft werden.", []),  # a decision owed, nothing reported
        # reported speech going on: the modal in Konjunktiv I continues the report before it
        ("Die Verbände warnten vor einem Engpass. Diese Lage dürfe nicht verharmlost werden.", ["indirect", "continuation"]),
        ("Der Plan wurde am Montag verharmlost.", ["agentless"]),  # a passive report without a modal
    ],
)
def test_a_passive_under_a_modal_of_obligation_reports_nothing(text: str, forms: list[str]) -> None:
    assert [a["form"] for a in attributions(text)] == forms


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Der Verein bestätigte Gerüchte, wonach der Trainer im Sommer geht.", "Gerüchte", "der Trainer im Sommer geht."),
        # a genitive owner is the source
        ("Die Stadt widersprach Meldungen des Lokalradios, wonach das Freibad schließt.", "des Lokalradios",
         "das Freibad schließt."),
        # the relative clause after the verb that closes the clause
        ("Die Firma hat einen Bericht dementiert, wonach sie Stellen streicht.", "einen Bericht", "sie Stellen streicht."),
        # any noun before the comma, with its article and adjectives
        ("Die Feuerwehr blieb bei der ersten Version, wonach ein Kurzschluss den Brand auslöste.", "der ersten Version",
         "ein Kurzschluss den Brand auslöste."),
    ],
)  # fmt: skip
def test_wonach_after_a_noun_reports_the_clause_it_opens(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="de")
    rows = [a for a in result.attributions if a["cue"] == "wonach"]
    assert [(a["form"], a["source_text"], result.text[a["content_start"] : a["content_end"]]) for a in rows] == [
        ("according_to", source, content)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sie fanden endlich, wonach sie so lange gesucht hatten.",  # after a verb: what they looked for
        "Wonach richtet sich der Preis?",  # a question word
    ],
)
def test_wonach_without_a_noun_before_it_reports_nothing(text: str) -> None:
    assert [a for a in attributions(text) if a["cue"] == "wonach"] == []


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Der vermisste Hund wurde am Sonntag gefunden: in einem Schuppen.", []),  # found, not thought
        ("Ein Gewitter wird am Abend erwartet, danach kühlt es ab.", []),  # the writer goes on in the indicative
        ("Es wird erwartet, dass die Ministerin erneut kandidiert.", ["agentless"]),  # what is expected
        ("Allgemein wurde angenommen, der Vertrag sei längst unterschrieben.", ["agentless"]),  # in Konjunktiv I
    ],
)
def test_a_passive_of_thinking_reports_only_a_clause_of_what_is_thought(text: str, forms: list[str]) -> None:
    assert [a["form"] for a in attributions(text)] == forms


def test_a_prepositional_prefield_with_a_number_is_no_subject() -> None:
    # "Unter den 30 größten …" fills the prefield; the speaker stands after the verb
    text = "Unter den 30 größten Reedereien zählt die Agentur Nordlicht zwölf aus Asien. Das könne zum Problem werden."
    rows = attributions(text)
    assert [(a["form"], a["source_text"]) for a in rows] == [("continuation", "die Agentur Nordlicht")]


@pytest.mark.parametrize(
    ("middle", "source"),
    [
        # a source taking a position in the sentence right before speaks on, not the speaker of the report before it
        ("Die Bürgermeisterin Eva Lind ist besorgt.", "Die Bürgermeisterin Eva Lind"),
        # guards: a sentence in reported speech (Konjunktiv II in place of I) is the earlier speaker's, and a subject that
        # is no source leaves the earlier speaker
        ("Die Bürgermeisterin Eva Lind hätte den Unfall verhindern können.", "Die Polizei"),
        ("Der Wagen stand quer.", "Die Polizei"),
    ],
)
def test_konjunktiv_i_goes_on_with_a_source_taking_a_position_right_before(middle: str, source: str) -> None:
    text = f"Die Polizei sagte, der Fahrer sei geflohen. {middle} Die Kreuzung sei seit Jahren gefährlich."
    assert [a["source_text"] for a in attributions(text)][-1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an adjective or a preposition inside the prepositional prefield is no verb: the subject follows "gibt", "hatte"
        ("Trotz steigender Kosten gibt der Mieterverband keine Entwarnung. Die Lage sei angespannt.", "der Mieterverband"),
        ("An die Adresse der Prüfer in Bonn hatte der Kämmerer eine gute Nachricht. Erstmals sei der Haushalt ausgeglichen.",
         "der Kämmerer"),
        # guard: a passive agent in the prefield is read as before
        ("Von mehreren Ökonomen wurde die Reform begrüßt. Sie sei überfällig.", "mehreren Ökonomen"),
    ],
)  # fmt: skip
def test_the_speaker_after_a_prepositional_prefield_goes_on(text: str, source: str) -> None:
    """A sentence in Konjunktiv I goes on with the subject of the sentence before; a prepositional phrase filling that
    sentence's prefield had been read up to its first word in lower case, and a noun inside it taken for the subject."""
    assert [a["source_text"] for a in attributions(text)][-1:] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a bare noun after a preposition belongs to the verb's phrase ("in Umlauf bringen")
        ("Die Behörde brachte eine Darstellung in Umlauf, die den Zeugen widerspricht.", "eine Darstellung"),
        # a country may be the antecedent; the pronoun that stands for it is the source span (see
        # test_the_relative_pronoun_of_a_person_or_country_is_the_source_span)
        ("Der Vorschlag kam von Ghana, das forderte, die Frist zu verlängern.", "das"),
        # a form in -te after a noun is a verb, not an adjective of the next noun
        ("Die Polizei befragte Anwohner aus Kiel, die bestätigten, dass es brannte.", "Anwohner"),
    ],
)
def test_the_antecedent_of_a_relative_pronoun_speaker(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["form"] == "indirect"][-1:] == [source]


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # the relative pronoun agrees with the owner in the genitive, not with the head noun: the owner speaks
        ("Die Polizei prüft die Angaben eines Wanderers, der behauptet, den Dieb gesehen zu haben.", "der", "wanderer"),
        ("Wichtig war der Bericht einer Nachbarin, die angab, nachts Lärm gehört zu haben.", "die", "nachbarin"),
        ("Die Pläne des Konzerns, der erklärte, er wolle sparen, stoßen auf Kritik.", "des Konzerns", "konzern"),
        # guard: a pronoun that agrees with the head keeps the whole phrase as its antecedent
        ("Der Anwalt des Klägers, der bestätigte, dass die Klage eingereicht sei, kam zu spät.",
         "Der Anwalt des Klägers", "anwalt"),
    ],
)  # fmt: skip
def test_a_relative_pronoun_that_agrees_with_a_genitive_owner_speaks_for_the_owner(text: str, source: str, speaker: str) -> None:
    """"die Angaben eines Wanderers, der behauptet": "der" cannot stand for the feminine plural head, so the owner in
    the genitive is its antecedent (the speaker), not the whole phrase; a person's relative pronoun is the span."""
    row = [a for a in attributions(text) if a["form"] == "indirect"][-1]
    assert row["source_text"] == source
    assert speaker in row["source_id"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Stadtwerke begegneten der Kritik mit dem Argument, die Leitungen seien alt.",
         [("mit dem Argument", "Die Stadtwerke", "die Leitungen seien alt.")]),
        # a reporting verb has the clause already: one attribution, not two
        ("Die Firma wies die Vorwürfe mit der Begründung zurück, alle Regeln seien eingehalten worden.",
         [("wies", "Die Firma", "alle Regeln seien eingehalten worden.")]),
        ("Mit dem Hinweis auf die Kosten vertagte der Rat die Sitzung.", []),  # no clause of what was said
    ],
)  # fmt: skip
def test_a_reason_given_in_words_reports_its_clause(text: str, expected: list) -> None:
    result = analyze(text, lang="de")
    assert [(a["cue"], a["source_text"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Konzern hat die Preise erhöht. Als Begründung wurde genannt, die Energie sei teurer geworden.", "Der Konzern"),
        ("Die Bahn hat die Preise erhöht. Als Grund dafür hieß es, die Energie sei teurer geworden.", "Die Bahn"),
        ("Die Bahn sowie auch der Verkehrsverbund haben die Preise erhöht. Als Grund dafür hieß es, die Energie sei teurer geworden.",
         "Die Bahn sowie auch der Verkehrsverbund"),  # "sowie auch" joins the subject
        # guard: with no source acting in the sentence before, the reason stays agentless
        ("Die Preise steigen. Als Begründung wurde genannt, die Energie sei teurer geworden.", None),
    ],
)  # fmt: skip
def test_a_reason_given_without_a_speaker_is_given_by_the_actor_before(text: str, source: str | None) -> None:
    """"Als Begründung wurde genannt, …": who acted in the sentence before gives the reason for it."""
    assert attributions(text)[-1]["source_text"] == source


@pytest.mark.parametrize(
    "text",
    ["Berichten zufolge ist die Ministerin zurückgetreten.", "Meldungen zufolge ist der Pass gesperrt."],
)
def test_the_source_of_a_zufolge_phrase_is_no_verb(text: str) -> None:
    # "Berichten" and "Meldungen" open the sentence in capitals, as a verb could: here they are the source
    assert [(a["form"], a["cue"]) for a in attributions(text)] == [("according_to", "zufolge")]


@pytest.mark.parametrize(
    ("lang", "text", "same"),
    [
        ("de", "Der Autobauer Volkswagen meldete einen Gewinn. Das Unternehmen teilte mit, dass die Zahlen stiegen.", True),
        ("de", "Ein Reeder aus Kiel kündigte Stellen an. Das Innenministerium erklärte, die Lage sei ruhig.", False),  # another kind
        ("de", "Der Autobauer Volkswagen meldete einen Gewinn. Die Unternehmen der Branche erklärten, die Lage sei gut.", False),
        ("en", "The Interior Ministry said the border was closed. The ministry added that talks would continue.", True),
    ],
)
def test_a_definite_description_of_a_body_refers_back_to_the_body_named_before(lang: str, text: str, same: bool) -> None:
    ids = [a["source_id"] for a in analyze(text, lang=lang).attributions]
    assert len(ids) == 2 and (ids[0] == ids[1]) is same


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("de", "Die Hansen Bau GmbH erklärte, sie baue die Brücke.", "Die Hansen Bau GmbH"),
        ("de", "Die Nordwind Energie AG teilte mit, sie investiere in Windräder.", "Die Nordwind Energie AG"),
        ("en", "Delta Freight Ltd said it would hire drivers.", "Delta Freight Ltd"),
        ("en", "Acme Holdings Inc. said it would hire drivers.", "Acme Holdings Inc"),  # the period ends the name
    ],
)
def test_a_name_ending_in_a_legal_form_is_a_company(lang: str, text: str, source: str) -> None:
    (row,) = analyze(text, lang=lang).attributions
    assert (row["source_text"], row["source_kind"], row["named"]) == (source, "company", True)


def test_a_statement_compound_on_a_cited_persons_name_is_that_persons() -> None:
    text = ("Landesrätin Ida Krämer sagte, die Förderung laufe aus. Die Gewerkschaft lehnte die Krämer-Aussage ab, "
            "wonach die Betriebe genug Geld hätten.")
    ids = [a["source_id"] for a in attributions(text)]
    assert ids[0] == "person:krämer" and ids[-1] == "person:krämer"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Regierungsspitze sprach von einem schwierigen Jahr.", "government"),
        ("Die Parteiführung erklärte, sie stehe hinter der Kandidatin.", "party"),
        ("Die Konzernleitung teilte mit, dass Stellen wegfallen.", "company"),
        ("Die SPÖ-Spitze erklärte, sie sei sich einig.", "party"),  # a registered body before the hyphen
    ],
)
def test_the_leadership_of_something_takes_its_kind_from_what_it_leads(text: str, kind: str) -> None:
    (row,) = attributions(text)
    assert row["source_kind"] == kind and row["named"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vertreter der georgischen Armee warfen den Rebellen vor, Dörfer zu beschießen.", "military"),
        ("Vertreter des Gesundheitsministeriums erklärten, die Zahlen seien vorläufig.", "government"),
        ("Vertreter vieler Verbände warnten vor den Folgen.", "unknown"),  # many bodies, none named
    ],
)
def test_unnamed_representatives_of_a_named_body_are_of_its_kind(text: str, kind: str) -> None:
    (row,) = attributions(text)
    assert (row["source_kind"], row["named"]) == (kind, False)


def test_a_dateline_before_the_first_subject_is_passed_over_when_a_description_refers_back() -> None:
    text = ("Kiel – Die Nordwind Energie AG baut einen Windpark vor der Küste. Baubeginn ist im Sommer, wie das "
            "Unternehmen am Freitag mitteilte.")
    (row,) = attributions(text)
    assert row["source_id"] == "name:nordwind energie ag" and row["source_kind"] == "company"


def test_a_number_word_opening_the_sentence_is_no_speaker() -> None:
    text = ("Bei dem Unfall sind laut der Polizei zwei Radfahrer gestorben. Zwölf weitere Menschen wurden verletzt, "
            "die meisten seien Kinder.")
    sources = [a["source_text"] for a in attributions(text)]
    assert "Zwölf" not in sources and sources[0] == "der Polizei"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aus technischer Sicht ist der Umbau des Bahnhofs schwierig.", None),  # a point of view nobody holds
        ("Aus heutiger Sicht war die Entscheidung falsch.", None),
        ("Aus seiner Sicht ist der Umbau des Bahnhofs schwierig.", "seiner"),  # the owner of the view
        ("Aus der Sicht der Feuerwehr ist der Umbau des Bahnhofs schwierig.", "der Feuerwehr"),
    ],
)
def test_a_point_of_view_is_a_source_only_with_its_holder(text: str, source: str | None) -> None:
    rows = analyze(text, lang="de").attributions
    assert [a["source_text"] for a in rows] == ([source] if source else [])


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister berief den „Rat für innere Sicherheit“ zum ersten Mal ein.",
        "Die Stadtbibliothek beteiligt sich an der „Woche des freien Wortes“.",
        "Die Jury verlieh der Reporterin den „Preis für mutige Recherche“.",
    ],
)
def test_a_short_name_with_adjectives_in_quotation_marks_is_no_quotation(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a phrase with a verb, and a long verbless one, are quoted words: the tagless quotation of the speaker before
        "Die Bürgermeisterin sprach lange. Sie wolle „Bürgerin erster Klasse werden“.",
        "Die Bürgermeisterin sprach lange. Sie warnte vor einem „Feldzug gegen die neue Schule zum Beginn der Ferien“.",
    ],
)
def test_quoted_words_with_a_verb_or_many_words_stay_quoted(text: str) -> None:
    assert any(row["form"] == "direct_quote" or row["content_start"] is not None for row in attributions(text))


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        ("Die Straßen sind wieder frei, wie die Bürgermeisterin von Oberhausen, Anna Berg, erklärte.",
         "die Bürgermeisterin von Oberhausen, Anna Berg", "person:berg"),
        ("Wie der Sprecher der Feuerwehr, Tom Kessler, mitteilte, ist die Straße wieder frei.",
         "der Sprecher der Feuerwehr, Tom Kessler", "person:kessler"),
        ("Wie Tom Kessler, Sprecher der Feuerwehr, mitteilte, ist die Straße wieder frei.", "Tom Kessler, Sprecher der Feuerwehr", "person:kessler"),
    ],
)  # fmt: skip
def test_a_name_in_the_apposition_of_a_wie_clause_is_the_source(text: str, source: str, source_id: str) -> None:
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == (source, source_id)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Miete steigt laut den am Freitag von der Stadt vorgelegten Zahlen um drei Prozent.",
         "den am Freitag von der Stadt vorgelegten Zahlen"),  # the article of a phrase inside the attribute
        ("Die Zahl sei gestiegen, sagte der bei der Versammlung am Abend als neuer Vorsitzender vorgestellte Paul Berger.",
         "der bei der Versammlung am Abend als neuer Vorsitzender vorgestellte Paul Berger"),  # a long attribute
        ("Am Montag sagte der 72-jährige in einem Interview, dass die Brücke bald fertig sei.", "der 72-jährige"),
    ],
)  # fmt: skip
def test_an_attribute_before_the_noun_belongs_to_the_source(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "form", "source"),
    [
        ("Die Stadt spart, wie es auf einer Sitzung des Rates hieß, zwei Millionen Euro.", "according_to", "einer Sitzung des Rates"),
        ("Die Stadt spart, wie es am Montag hieß, zwei Millionen Euro.", "agentless", None),  # "es" is no one
        ("Wie es die Polizei mitteilte, wurde niemand verletzt.", "according_to", "die Polizei"),  # "es" an object
    ],
)
def test_es_in_a_wie_clause_holds_the_place_of_no_one(text: str, form: str, source: str | None) -> None:
    (row,) = attributions(text)
    assert (row["form"], row["source_text"]) == (form, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Wir sind zuversichtlich, sagte die Ministerin.", "sagte"),  # "zuversichtlich sein" does not report the tag
        ("Wir sind zuversichtlich, hieß es am Freitag.", "hieß es"),
        ("Laut Polizei habe die Gruppe zu Gewalt aufgerufen.", "Laut"),  # the call is part of what the police say
    ],
)
def test_a_report_inside_another_reports_message_is_no_attribution_of_its_own(text: str, cue: str) -> None:
    assert [a["cue"] for a in attributions(text)] == [cue]


def test_a_tag_interrupting_a_message_with_laut_keeps_its_speaker() -> None:
    text = "Laut dem Lagebericht, sagt die Ministerin, seien mehr als 900 Menschen unterwegs."
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [("Laut", "dem Lagebericht"), ("sagt", "die Ministerin")]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Am Abend meldete sich der Fahrer auf dem Polizeirevier.", []),  # got in touch: no report
        ("Die Feuerwehr meldete am Montag zwei Verletzte.", ["meldete"]),
        ("Die Feuerwehr meldete, dass niemand verletzt wurde.", ["meldete"]),
    ],
)
def test_sich_melden_is_getting_in_touch(text: str, cues: list[str]) -> None:
    assert [a["cue"] for a in attributions(text)] == cues


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        ("Ihr Anwalt sagte, die Ärztin sei unschuldig.", "Ihr Anwalt", None),
        ("Das bestätigte am Abend ihr Sprecher Tom Kessler.", "ihr Sprecher Tom Kessler", "person:kessler"),
    ],
)
def test_ihr_before_a_noun_is_the_possessive(text: str, source: str, source_id: str | None) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source and (source_id is None or row["source_id"] == source_id)


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("Das bestätigte am Abend der Amtskollege Tom Kessler.", "person:kessler"),
        ("Der Kandidat Paul Weber sagte, er trete wieder an.", "person:weber"),
        ("Das berichtete am Abend der Sender Radio Nordwind.", None),  # a medium's name, no person
    ],
)
def test_a_role_noun_the_lexicons_lack_before_a_personal_name(text: str, source_id: str | None) -> None:
    (row,) = attributions(text)
    assert (row["source_id"] == source_id) if source_id else not row["source_id"].startswith("person:")


def test_a_finding_named_with_a_demonstrative_reports_the_sentence_before() -> None:
    text = "Die Hälfte der Proben war belastet. Zu diesem Befund kam das Team um Lea Sander nach langen Tests."
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert row["source_text"] == "das Team um Lea Sander"
    assert result.text[row["content_start"] : row["content_end"]] == "Die Hälfte der Proben war belastet."


def test_the_researchers_far_back_are_those_of_the_named_body() -> None:
    filler = " ".join(f"Im Versuch {n} fraßen die Tiere mehr." for n in range(1, 9))
    text = f"Forscher der Universität Graz untersuchten Springspinnen. {filler} Die Tiere seien klug, schreiben die Forscher."
    rows = attributions(text)
    assert [(a["source_text"], a["source_id"]) for a in rows] == [("die Forscher", "expert::universität:graz")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an adjective or participle opening the sentence is capitalised, not a name ("Frankfurter Allgemeine" is one)
        ("Diplomatischen Kreisen zufolge will der Botschafter noch im Mai abreisen.", "Diplomatischen Kreisen"),
        ("Unterrichteten Kreisen zufolge will der Botschafter noch im Mai abreisen.", "Unterrichteten Kreisen"),
        # a participle right after a modal is an attribute, not a verb of its own
        ("Der Botschafter will informierten Kreisen zufolge noch im Mai abreisen.", "informierten Kreisen"),
        # an adverb of degree opening the sentence belongs to the attribute after it
        ("Gut informierte Kreise sagten, der Botschafter wolle noch im Mai abreisen.", "Gut informierte Kreise"),
    ],
)
def test_informed_circles_are_an_anonymous_source(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source
    assert attribution["source_kind"] == "anonymous" and not attribution["named"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the noun phrase before "zufolge" ends at the verb's subject, a sentence adverb and a dative article
        ("Im Interview betonte Lindner französischen Medienberichten zufolge, der Vertrag sei fertig.", "französischen Medienberichten"),
        ("Die Fähre ist indes neuen Angaben zufolge schon am Morgen ausgelaufen.", "neuen Angaben"),
        ("Die Wärter verhörten Häftlinge einem Bericht zufolge die ganze Nacht.", "einem Bericht"),
        # and takes in an attribute after its article, adverbs and participle included, and a genitive
        ("Den erst gestern veröffentlichten Angaben zufolge ist die Fähre ausgelaufen.", "Den erst gestern veröffentlichten Angaben"),
        ("Angaben der Reederei zufolge ist die Fähre ausgelaufen.", "Angaben der Reederei"),
    ],
)
def test_the_phrase_before_zufolge(text: str, source: str) -> None:
    found = [a for a in attributions(text) if a["cue"] == "zufolge"]
    assert [a["source_text"] for a in found] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source that arrives at a figure by calculating or finding stands behind it
        ("Insgesamt ermittelte das Institut 41 Prozent für die Liste.", [("ermittelte", "das Institut")]),
        ("Die Prüfer errechneten einen Schaden von 2,4 Millionen Euro.", [("errechneten", "Die Prüfer")]),
        # counting and registering with a figure as object; the figure before the verb, its subject after it
        ("Am Sonntag zählte die Polizei rund 2.700 Radfahrer auf der Ringstraße.", [("zählte", "die Polizei")]),
        ("Das Landratsamt registrierte im Herbst 140 neue Anträge.", [("registrierte", "Das Landratsamt")]),
        ("63 Prozent errechnete das Institut für die Opposition.", [("errechnete", "das Institut")]),
        ("1.800 Zuschauer zählte der Veranstalter beim Finale.", [("zählte", "der Veranstalter")]),
        # investigating, a year, and a figure that is the subject are no such finding
        ("Die Staatsanwaltschaft ermittelt gegen 17 Personen.", []),
        ("Die Staatsanwaltschaft ermittelt seit 2019 in dem Fall.", []),
        ("4 Detektive ermittelten den Dieb.", []),
        ("900 Fälschungen ermittelt – Händler in Haft.", []),
        ("Dazu zählten 40 Gemälde aus Privatbesitz.", []),
        # what a place has, what belongs to a group, what matters, and a vehicle hitting someone report no figure
        ("Die Marktgemeinde zählt 5.200 Einwohner.", []),
        ("Der Klub zählt mit 800 Mitgliedern zu den größten im Land.", []),
        ("Für die Trainerin zählte nur, dass alle 22 Spielerinnen gesund blieben.", []),
        ("Der Lastwagen erfasste zwei Radfahrer.", []),
    ],
)
def test_a_figure_found_by_a_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a participle after an article, adverbs and its own phrase is an attribute, not a verb with a speaker
        "Die heute von der Agentur publizierten Daten sind nicht geprüft.",
        "Die erst gestern vom Amt veröffentlichten Zahlen sind schon überholt.",
    ],
)
def test_a_participle_with_its_phrase_inside_an_attribute_reports_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source_id", "kind"),
    [
        # an inhabitant or a country's genitive is no compound of "Land" (a state as an actor)
        ("Der 58-jährige Niederländer sagte, die Mannschaft sei müde.", "generic:der 58-jährige niederländer", "person"),
        ("Englands Weltmeisterin Jane Doyle sagte, sie sei müde.", "person:doyle", "person"),
        ("Das Land Kärnten teilte mit, es spare beim Straßenbau.", "government:AT:land:kärnten", "government"),
    ],
)
def test_inhabitants_and_countries_are_no_compounds_of_land(text: str, source_id: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert (attribution["source_id"], attribution["source_kind"]) == (source_id, kind)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "deren"/"dessen" and a noun that speaks for no one: the object; the subject follows it
        ("Die Studie, deren Kosten Stadträtin Pichler mit 40.000 Euro beziffert, ist fertig.", "Stadträtin Pichler"),
        ("Das Gutachten, dessen Ergebnis der Gemeinderat bestritten hat, liegt vor.", "der Gemeinderat"),
        # a speaker's noun after "deren" is the subject
        ("Die Partei, deren Sprecherin die Vorwürfe bestritten hat, schweigt.", "Sprecherin"),
    ],
)
def test_the_subject_after_a_genitive_relative_pronoun(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a sentence adverb or an emphatic "selbst" after the subject is not part of the source's name
        ("Der Sender hingegen weist die Vorwürfe zurück.", "Der Sender"),
        ("Die Gutachter allerdings erklärten, die Brücke sei sicher.", "Die Gutachter"),
        ("Die Bürgermeisterin selbst hatte angekündigt, dass sie zurücktrete.", "Die Bürgermeisterin"),
    ],
)
def test_a_source_ends_before_a_sentence_adverb(text: str, source: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        # "laut X" inside a first person's message is no speech tag of it: the first person stays the writer's, or the
        # tag's speaker when a tag follows
        ("Wir nehmen an, dass laut Fachleuten die Brücke hält.", "author"),
        ("Wir drängen darauf, dass das Urteil fällt, sagte Ministerin Anna Berger laut einer Aussendung.", "person:berger"),
    ],
)
def test_laut_inside_a_first_person_message_is_no_tag(text: str, source_id: str) -> None:
    first = next(a for a in attributions(text) if a["source_text"] in ("Wir", "wir"))
    assert first["source_id"] == source_id


def test_the_noun_of_a_reporting_phrase_is_not_its_verb() -> None:
    # "Frage" in "die Frage stellen" is the noun, not the verb "fragen": the subject is the noun phrase before the modal
    rows = attributions("Die Schulbehörde muss sich die Frage stellen, ob sie rechtzeitig gewarnt hat.")
    assert [a["source_text"] for a in rows if a["cue"] == "die Frage stellen"] == ["Die Schulbehörde"]


def test_a_pronoun_with_a_reporting_verb_in_konjunktiv_i_goes_on_with_the_report_before() -> None:
    """"Er wisse nicht, warum …" after a spokesman's report: the mood passes the sentence on as the
    spokesman's words, so it continues his report (his span the source) instead of being a statement of "Er"."""
    text = ("Ein Sprecher der Stadtwerke sagte, die Leitung werde bis Freitag repariert. "
            "Er wisse nicht, warum das alte Rohr gebrochen sei. Die Kosten trage die Versicherung.")
    result = analyze(text, lang="de")
    rows = [(a["form"], a["cue"], a["source_text"]) for a in result.attributions]
    assert rows == [("indirect", "sagte", "Ein Sprecher der Stadtwerke"), ("continuation", "wisse", "Ein Sprecher der Stadtwerke"),
                    ("continuation", "trage", "Ein Sprecher der Stadtwerke")]  # fmt: skip
    second = result.attributions[1]
    assert result.text[second["content_start"] : second["content_end"]] == "Er wisse nicht, warum das alte Rohr gebrochen sei."


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # no report before it: the pronoun's own statement
        ("Er hoffe, dass der Zug bald wieder fährt.", [("hoffe", "Er")]),
        # an indicative verb: the pronoun speaks
        ("Die Polizei nahm den Fahrer fest. Er sagte, er wisse von nichts.", [("sagte", "Er")]),
    ],
)
def test_a_pronoun_speaks_for_itself_without_a_report_in_konjunktiv_i_before(text: str, rows: list[tuple[str, str]]) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == rows


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Die Berger Stiftung sagte, die Mieten stiegen. Die Hale Stiftung sagte, sie sänken.", [("Berger Stiftung", 1), ("Hale Stiftung", 1)]),
        ("Die Tiroler Polizei teilte mit, die Straße sei frei. Die Salzburger Polizei teilte mit, sie sei gesperrt.",
         [("Tiroler Polizei", 1), ("Salzburger Polizei", 1)]),
        # an acronym before the hyphen names the body; in German a capitalised noun there does not ("TV-Sender")
        ("Die SPD-Fraktion sagte, die Mieten stiegen. Die CDU-Fraktion sagte, sie sänken.", [("SPD-Fraktion", 1), ("CDU-Fraktion", 1)]),
        ("Das Wiener Landesgericht sagte, der Vertrag gelte. Das Gericht sagte auch, er sei fair.", [("Wiener Landesgericht", 2)]),
    ],
)
def test_german_bodies_named_before_their_head_are_distinct_sources(text: str, names: list[tuple[str, int]]) -> None:
    assert [(s["name"], s["mentions"]) for s in analyze(text, lang="de").sources] == names


@pytest.mark.parametrize(
    ("text", "lang", "source", "via", "message"),
    [
        ("Der Bürgermeister sagte laut Reuters, die Brücke werde im Mai eröffnet.", "de", "Der Bürgermeister", "Reuters",
         "die Brücke werde im Mai eröffnet."),
        ("Ratskreise, zitiert von der BBC, sagten, der Plan sei fertig.", "de", "Ratskreise", "der BBC", "der Plan sei fertig."),
        ("Die Werft baue das Schiff, sagte ein Sprecher laut Staatsmedien am Donnerstag.", "de", "ein Sprecher", "Staatsmedien",
         "Die Werft baue das Schiff"),
        ("El alcalde, según Efe, dijo que el puente abrirá en mayo.", "es", "El alcalde", "Efe", "el puente abrirá en mayo"),
    ],
)
def test_an_according_to_phrase_in_a_speech_tag_is_the_reports_via(text: str, lang: str, source: str, via: str, message: str) -> None:
    """"sagte laut Reuters, …" had the message "sagte laut Reuters, die Brücke …" and no second hand; the phrase still
    reports the sentence as annotations nest it."""
    result = analyze(text, lang=lang)
    rows = [a for a in result.attributions if a["form"] != "according_to"]
    assert [(a["source_text"], a["via_text"], result.text[a["content_start"] : a["content_end"]]) for a in rows] == [(source, via, message)]
    assert [a["source_text"] for a in result.attributions if a["form"] == "according_to"] == [via]


def test_the_speakers_own_statement_is_no_second_hand() -> None:
    """"sagte Kurz laut einer Aussendung": a press release is the form of the speaker's own words, not a medium."""
    result = analyze("Die Stadt müsse handeln, sagte die Bürgermeisterin laut einer Aussendung am Sonntag.", lang="de")
    (row,) = [a for a in result.attributions if a["cue"] == "sagte"]
    assert row["source_text"] == "die Bürgermeisterin" and row["via_text"] is None


def test_a_message_opening_with_laut_keeps_its_speaker() -> None:
    """"Der Minister sagte, laut Reuters seien …": the minister's report had been dropped as if it were a speech tag."""
    rows = attributions("Der Bürgermeister sagte, laut der Polizei sei die Brücke sicher.")
    assert ("sagte", "Der Bürgermeister") in [(a["cue"], a["source_text"]) for a in rows]


@pytest.mark.parametrize(
    ("text", "lang", "source_id", "named"),
    [
        # two roles of the one person named at the end
        ("Auch ihr Tiroler Nachbar und Amtskollege Paul Steiner sagte, der Plan sei gut.", "de", "person:steiner", True),
        ("Die Ärztin und Autorin Eva Lind sagte, der Plan sei gut.", "de", "person:lind", True),
        # a place's adjective before the first, a category of people as the compound head of the last
        ("Der Grazer Anwalt und Mietrechtsexperte Jonas Pichl sagte, der Plan sei gut.", "de", "person:pichl", True),
        # where nouns are written in lower case the conjuncts are split at the coordinator all the same
        ("The lawyer and analyst Jon Pell said the plan was good.", "en", "person:pell", True),
        ("The nurse and union organizer Dana Kreel said the plan was good.", "en", "person:kreel", True),
        ("La médica y escritora Irene Valdés dijo que el plan era bueno.", "es", "person:valdés", True),
        ("Según el abogado y analista Tomás Ibarra, el plan era bueno.", "es", "person:ibarra", True),
        # a body and a person, or an article that brings in a second person: the first conjunct speaks first
        ("Die SPÖ und Parteichef Paul Steiner sagten, der Plan sei gut.", "de", "reg:spoe", True),
    ],
)
def test_coordinated_roles_before_one_name_are_that_person(text: str, lang: str, source_id: str, named: bool) -> None:
    """"sein Vorarlberger Nachbar und Amtskollege Markus Wallner" had been the unnamed "sein Vorarlberger Nachbar"."""
    (row,) = analyze(text, lang=lang).attributions
    assert (row["source_id"], row["named"]) == (source_id, named)


@pytest.mark.parametrize(
    ("text", "kind", "country", "named"),
    [
        ("Der Botschafter Schwedens sagte, die Gespräche seien beendet.", "government", "SE", True),
        ("Die Vertreterin Kenias sagte, die Gespräche seien beendet.", "government", "KE", False),
        ("Die Stadt Amsterdam teilte mit, die Gespräche seien beendet.", "government", "NL", True),  # a name, no genitive
    ],
)
def test_a_role_before_a_country_in_the_genitive_is_no_named_person(text: str, kind: str, country: str, named: bool) -> None:
    """"Der Vertreter Libyens" had been a person named "Libyens"."""
    result = analyze(text, lang="de")
    (source,) = result.sources
    assert (source["kind"], source["country"], source["named"]) == (kind, country, named) and not source["source_id"].startswith("person:")


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        # a demonstrative standing for a noun speaks, and refers back like "er" or "sie"
        ("Die Ministerin lobte den Plan. Der Bürgermeister widersprach. Danach sagte dieser, der Plan sei zu teuer.",
         "dieser", "government::bürgermeister:"),
        # before its noun it stays an article
        ("Danach sagte diese Zeugin, der Plan sei zu teuer.", "diese Zeugin", "generic:diese zeugin"),
    ],
)
def test_a_demonstrative_pronoun_after_the_verb_is_its_speaker(text: str, source: str | None, source_id: str | None) -> None:
    """"sagte dieser, dass …" had found no speaker, and the sentence had gone on with the report before it."""
    rows = [a for a in analyze(text, lang="de").attributions if a["cue"] == "sagte"]
    assert [(a["source_text"], a["source_id"]) for a in rows] == ([(source, source_id)] if source else [])


def test_a_demonstrative_before_its_noun_stays_an_article() -> None:
    rows = attributions("Diese privat geführten Kliniken werden besser wissen, ob sie fusionieren.")
    assert [(a["cue"], a["source_text"]) for a in rows] == [("wissen", "Diese privat geführten Kliniken")]


@pytest.mark.parametrize(
    ("text", "lang", "source_id", "kind"),
    [
        # a personal name, then after a comma the role: the person speaks (a name in the genitive before the role
        # is the role's owner, not the speaker)
        ("Auch Paul Steiner, Bergers Stellvertreter, glaubt, dass ein Verfahren möglich sei.", "de", "person:steiner", "person"),
        ("Tom Hale, Smith's deputy, said the plan would fail.", "en", "person:hale", "person"),
        ("Tom Hale, the mayor's spokesman, said the plan would fail.", "en", "person:hale", "government"),
    ],
)
def test_a_name_before_a_comma_and_its_role_is_the_person(text: str, lang: str, source_id: str, kind: str) -> None:
    """"Winfried Hassemer, Papiers Stellvertreter" had been an unnamed deputy ("Papiers" read as a document), and
    "Tom Hale, Smith's deputy" the person "Smith's"."""
    result = analyze(text, lang=lang)
    (row,) = result.attributions
    assert (row["source_id"], row["source_kind"]) == (source_id, kind)


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        # a plural modal in Konjunktiv II right after a report carries the report on
        ("Bei der Messe sagte die Bischöfin, dass die Gemeinden offener werden sollten. Sie dürften nicht zu Verwaltern werden.", True),
        ("Der Sprecher teilte mit, die Stadt habe nur sechs Busse. Diese könnten täglich nur 200 Menschen befördern.", True),
        # a condition makes it a hypothesis, and without a report before it the writer speaks
        ("Der Sprecher teilte mit, die Stadt habe sechs Busse. Wenn es schneit, könnten sie ausfallen.", False),
        ("Die Stadt hat sechs Busse. Diese könnten täglich nur 200 Menschen befördern.", False),
    ],
)
def test_a_plural_modal_in_konjunktiv_ii_after_a_report_continues_it(text: str, continued: bool) -> None:
    rows = [a for a in attributions(text) if a["form"] == "continuation"]
    assert bool(rows) is continued


def test_a_name_with_its_role_after_a_comma_is_the_source_span() -> None:
    """"Jana Kühn, Sprecherin der Stadtwerke, sagte": the source span holds the name and the role set off after it (as
    the news annotation marks it, and as a role before the name is), and the name is the speaker it resolves to. A
    relative clause after the name stays out of the span."""
    (row,) = attributions("Jana Kühn, Sprecherin der Stadtwerke, sagte, die Leitung sei repariert.")
    assert (row["source_text"], row["source_id"]) == ("Jana Kühn, Sprecherin der Stadtwerke", "person:kühn")
    (guard,) = attributions("Jana Kühn, die seit Jahren die Leitung betreut, sagte, sie sei repariert.")
    assert guard["source_text"] == "Jana Kühn"


def test_a_role_with_its_article_after_a_name_is_no_relative_clause() -> None:
    """"Jana Kühn, die Sprecherin der Stadtwerke, sagte": "die" opens a noun phrase that ends the segment (an
    apposition), not a relative clause, which ends in its verb."""
    (row,) = attributions("Jana Kühn, die Sprecherin der Stadtwerke, sagte, die Leitung sei repariert.")
    assert (row["source_text"], row["source_id"]) == ("Jana Kühn, die Sprecherin der Stadtwerke", "person:kühn")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Die Leitung sei repariert, sagte Jana Kühn, Sprecherin der Stadtwerke, am Abend.", "Jana Kühn, Sprecherin der Stadtwerke"),
        ("Am Abend sagte Jana Kühn, die Sprecherin der Stadtwerke: „Die Leitung ist repariert.“", "Jana Kühn, die Sprecherin der Stadtwerke"),
        ("Die Leitung sei repariert, sagte Jana Kühn, die am Abend vor Ort war.", "Jana Kühn"),  # a relative clause
    ],
)
def test_a_role_after_a_name_after_the_verb_is_part_of_the_source_span(text: str, source: str) -> None:
    """After the verb, too, a personal name takes the role set off after it into the source span (up to a comma, colon
    or the sentence's end), and the name stays the speaker it resolves to."""
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == (source, "person:kühn")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Angaben der Sprecherin des Wasserverbands, Jana Kühn, sinken die Gebühren.",
         "Angaben der Sprecherin des Wasserverbands, Jana Kühn"),
        ("Am Montag hat sich der Beauftragte für Verkehr und Umwelt, Paul Brandt, zu den Plänen geäußert.",
         "der Beauftragte für Verkehr und Umwelt, Paul Brandt"),
        ("Die Gebühren sinken, sagte der Sprecher, Paul Brandt, Jana Kühn und Eva Roth seien dagegen.", "der Sprecher"),  # a list
    ],
)  # fmt: skip
def test_a_name_set_off_after_a_role_is_part_of_the_source_span(text: str, source: str) -> None:
    """"Nach Angaben der Sprecherin des Verbands, Jana Kühn, …": the name set off between commas after a role (and
    its prepositional phrases) belongs to the source span, as the news annotation marks it; not a name that opens a
    list."""
    rows = attributions(text)
    assert rows and rows[0]["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Wie die Stadtverwaltung in Kassel mitteilte, bleiben die Bäder geschlossen.", "die Stadtverwaltung in Kassel"),
        ("Nach Angaben des Amtes für Statistik sinken die Preise.", "Angaben des Amtes für Statistik"),
        ("Die Bäder bleiben geschlossen, sagte Anna Berg in Kassel.", "Anna Berg"),  # where she spoke
        ("Die Bäder bleiben geschlossen, sagte die Sprecherin in der Nacht.", "die Sprecherin"),  # a time
        ("Die Preise sinken, sagte der Minister in einem Interview.", "der Minister"),  # where it was said
        ("Die Preise sinken, sagte der Minister in seiner Rede.", "der Minister"),
    ],
)  # fmt: skip
def test_a_phrase_that_places_the_source_is_part_of_its_span(text: str, source: str) -> None:
    """"die Stadtverwaltung in Kassel", "des Amtes für Statistik": a phrase that places the source or names what it is
    for belongs to the source span, as the news annotation marks it; a time, an occasion or the place where a named
    person spoke does not."""
    (row,) = attributions(text)
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Das meldete die Wochenzeitung „Die Zeit“ in ihrer jüngsten Ausgabe.", "die Wochenzeitung „Die Zeit“"),
        ("Nach Angaben des Magazins „Stern“ sinken die Preise.", "Angaben des Magazins „Stern“"),
        ("Die Preise sinken, schreibt die Sportzeitung „Kicker“.", "die Sportzeitung „Kicker“"),
        ("„Das wird teuer“, zitiert die Zeitung „Kurier“ Anna Berg in einem Bericht.", "die Zeitung"),  # a name follows
    ],
)  # fmt: skip
def test_a_title_in_quotation_marks_after_a_medium_is_part_of_the_source_span(text: str, source: str) -> None:
    """"die Wochenzeitung „Die Zeit“ in ihrer Ausgabe", "die Sportzeitung „Kicker“": the name in quotation marks after a
    medium (a compound on a medium's noun too) belongs to the source span wherever no capitalised word follows it (a
    name after it may be the object: "zitiert die Zeitung „Kurier“ Anna Berg")."""
    (row,) = attributions(text)
    assert row["source_text"] == source


def test_reported_speech_after_a_subject_with_an_apposition_continues_that_subject() -> None:
    """"Der Leiter des Flugbetriebs, Paul Brandt, spekulierte über …. So sei …": a subject set off by an apposition
    before the verb of a sentence without a report of its own is the source taking a position that goes on in the
    next sentence (the main clause's subject had been looked for before the first comma only). A prefield of one
    word before a comma is no such subject."""
    rows = attributions("Zeugen berichteten von einem lauten Knall. Der Leiter des Flugbetriebs, Paul Brandt, spekulierte "
                        "über einen Fehler der Technik als Ursache. So sei die Sicht nach oben eingeschränkt.")
    assert rows[-1]["form"] == "continuation" and rows[-1]["source_text"] == "Der Leiter des Flugbetriebs, Paul Brandt"
    guard = attributions("Zeugen berichteten von einem lauten Knall. Gedacht, getan, der Pilot landete sofort. So sei die Sicht "
                         "nach oben eingeschränkt.")
    assert guard[-1]["source_text"] == "Zeugen"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Jana Kühn, Sprecherin der Stadtwerke sagte am Montag, die Leitung sei repariert.", "Jana Kühn, Sprecherin der Stadtwerke"),
        ("Wie Jana Kühn, eine Sprecherin der Stadtwerke, mitteilte, ist die Leitung repariert.",
         "Jana Kühn, eine Sprecherin der Stadtwerke"),
        ("Anna Berg, Paul Roth und die Stadtwerke sagten, die Leitung sei repariert.", "Anna Berg, Paul Roth und die Stadtwerke"),
    ],
)  # fmt: skip
def test_a_name_before_a_role_left_unclosed_is_part_of_the_source_span(text: str, source: str) -> None:
    """"Jana Kühn, Sprecherin der Stadtwerke sagte": the apposition left without its closing comma had made the role
    alone the subject; the name that opens the clause belongs to the source span and is the speaker. A list of names
    stays as it was."""
    (row,) = attributions(text)
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        ("Nach Angaben von Jana Kühn, der Leiterin des Werks, ist die Leitung repariert.",
         "Angaben von Jana Kühn, der Leiterin des Werks", "person:kühn"),
        ("Am Abend sagte Jana Kühn, Werksleiterin: „Die Leitung ist repariert.“", "Jana Kühn, Werksleiterin", "person:kühn"),
        ("Nach Angaben der Stadtwerke, die das Netz betreiben, ist die Leitung repariert.", "Angaben der Stadtwerke", None),
    ],
)  # fmt: skip
def test_a_role_after_a_named_owner_or_of_one_word_is_part_of_the_source_span(text: str, source: str, source_id: str | None) -> None:
    """"Nach Angaben von Jana Kühn, der Leiterin des Werks, …": the role set off after the named owner of a phrase of
    report joins the source span as after a name alone; so does a role of one compound word ("Werksleiterin"), which
    had been taken for a name. A relative clause after a body stays out."""
    (row,) = attributions(text)
    assert row["source_text"] == source
    assert source_id is None or row["source_id"] == source_id


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        ("Die Festrede hielt die Autorin Eva Roth, die den Mut der Helfer hervorhob.", "die", "person:roth"),
        ("Der Vorschlag kam von Ghana, das forderte, die Frist zu verlängern.", "das", "gov:GH"),
        # a body, a group or a thing keeps the antecedent as the source span
        ("Kritik kam vom Kieler Fahrgastverband, der die Maßnahme als „Kapitulation“ bezeichnete.", "Kieler Fahrgastverband", None),
        ("Es kam zu Protesten von wütenden Anwohnern, die sich in einem Brief äußerten.", "wütenden Anwohnern", None),
    ],
)  # fmt: skip
def test_the_relative_pronoun_of_a_person_or_country_is_the_source_span(text: str, source: str, source_id: str | None) -> None:
    """"die Autorin Eva Roth, die … hervorhob": with the cue in a relative clause about one person or a country, the
    news annotation marks the relative pronoun as the source, as it marks a personal pronoun; the antecedent is the
    speaker the source resolves to."""
    row = [a for a in attributions(text) if a["form"] == "indirect"][-1]
    assert row["source_text"] == source
    assert source_id is None or row["source_id"] == source_id


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("„Der Plan ist gut“, meinen die beiden Stadträte Jan Brandt und Eva Roth in einer Erklärung.",
         "die beiden Stadträte Jan Brandt und Eva Roth"),
        ("„Der Plan ist gut“, sagten die beiden am Montag.", "die beiden"),  # the pronoun alone
        ("„Der Plan ist gut“, sagten die beiden Montag früh.", "die beiden"),  # a time after it
    ],
)  # fmt: skip
def test_the_both_before_a_noun_is_no_pronoun(text: str, source: str) -> None:
    """"sagten die beiden Stadträte …": "die beiden" stands for a noun phrase only where no noun follows it; before a
    noun it opens the phrase."""
    (row,) = attributions(text)
    assert row["source_text"] == source


def test_a_coordinated_verb_after_an_object_first_clause_keeps_the_subject_after_the_first_verb() -> None:
    """"Die Äußerungen des Bürgermeisters nannte Lena Graf unausgegoren und fordert, dass …": the object fills the
    prefield, the subject follows the first verb, and the second verb after "und" has that subject, not the object."""
    rows = attributions("Die Äußerungen des Bürgermeisters nannte Lena Graf unausgegoren und fordert, dass die Stadt nachbessert.")
    assert [(r["cue"], r["source_text"]) for r in rows if r["cue"] == "fordert"] == [("fordert", "Lena Graf")]
    (guard,) = attributions("Die Ministerin trat vor die Presse und sagte, die Lage sei ernst.")
    assert guard["source_text"] == "Die Ministerin"


def test_a_german_list_of_names_before_the_verb_is_one_source_each() -> None:
    """"Anna Lind, Paul Steiner und Eva Roth sagten" had the speaker "Paul Steiner und Eva Roth": the subject was cut at
    the comma before the coordination."""
    result = analyze("Anna Lind, Paul Steiner und Eva Roth sagten, der Plan sei gut.", lang="de")
    (row,) = result.attributions
    assert row["source_text"] == "Anna Lind, Paul Steiner und Eva Roth"
    assert [s["source_id"] for s in result.sources] == ["person:lind", "person:steiner", "person:roth"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Plan ist dem „Kurier“ zufolge gescheitert.", "dem „Kurier“"),
        ("Der „Presse“ zufolge ist der Plan gescheitert.", "Der „Presse“"),
    ],
)
def test_a_title_in_quotation_marks_before_zufolge_is_the_source(text: str, source: str) -> None:
    """"dem „Figaro“ zufolge" had no source: the phrase before "zufolge" stopped at the closing quotation mark."""
    assert [a["source_text"] for a in attributions(text) if a["cue"] == "zufolge"] == [source]


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        # a speech tag between two reported clauses in Konjunktiv I: two messages of one speaker, as a quotation
        # split by its tag is two
        ("Die Brücke sei marode, sagte die Baudezernentin, eine Sanierung lohne sich nicht mehr.",
         ["Die Brücke sei marode", "eine Sanierung lohne sich nicht mehr."]),
        ("Der Zug habe Verspätung gehabt, erklärte ein Bahnsprecher, die Fahrgäste seien informiert worden.",
         ["Der Zug habe Verspätung gehabt", "die Fahrgäste seien informiert worden."]),
        # the clause before the tag in the indicative (or a preterite like a Konjunktiv II), the one after it opened by
        # its subject with a subjunctive verb: still two messages
        ("Die Preise stiegen weiter, sagte der Ökonom, sie dürften aber bald sinken.",
         ["Die Preise stiegen weiter", "sie dürften aber bald sinken."]),
        ("Die Verhandlungen laufen gut, erklärte die Ministerin, eine Einigung sei nahe.",
         ["Die Verhandlungen laufen gut", "eine Einigung sei nahe."]),
        # a tag inside one clause: one message; a relative clause about the speaker after it: no second message,
        # and no part of the first
        ("Der Neubau werde, sagte die Dezernentin, deutlich teurer.", ["Der Neubau werde, sagte die Dezernentin, deutlich teurer."]),
        ("Die Kosten, sagte der Kämmerer, hätten alle unterschätzt.", ["Die Kosten, sagte der Kämmerer, hätten alle unterschätzt."]),
        ("Die Brücke sei marode, sagte die Dezernentin, die seit Mai im Amt sei.", ["Die Brücke sei marode"]),
    ],
)  # fmt: skip
def test_a_tag_between_two_reported_clauses_gives_two_messages(text: str, messages: list[str]) -> None:
    result = analyze(text, lang="de")
    rows = [a for a in result.attributions if a["form"] == "indirect"]
    assert [result.text[a["content_start"] : a["content_end"]] for a in rows] == messages
    assert len({(a["source_id"], a["cue_start"]) for a in rows}) == 1


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a relative clause on the statement or interview between the verb and the message is about that statement
        ("Die Abgeordnete schrieb in einer Erklärung, die auf ihrer Website steht, sie trete nicht mehr an.",
         "Die Abgeordnete", "sie trete nicht mehr an."),
        ("Der Trainer sagte in einem Interview, das am Sonntag gesendet wurde, er bleibe bis 2030.",
         "Der Trainer", "er bleibe bis 2030."),
        # a reporting verb in the passive inside that relative clause reports nothing of its own
        ("Die Abgeordnete schrieb in einer Erklärung, die am Abend veröffentlicht wurde, sie trete nicht mehr an.",
         "Die Abgeordnete", "sie trete nicht mehr an."),
        # a main clause after the place is the message itself
        ("Die Bürgermeisterin sagte in Graz, das sei ein guter Tag für die Stadt.", "Die Bürgermeisterin",
         "das sei ein guter Tag für die Stadt."),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_statement_is_not_the_message(text: str, source: str, message: str) -> None:
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert (row["source_text"], result.text[row["content_start"] : row["content_end"]]) == (source, message)


@pytest.mark.parametrize(
    ("text", "source", "cue", "message"),
    [
        ("Lena Vogt hingegen sagte, der Vertrag sei fair.", "Lena Vogt", "sagte", "der Vertrag sei fair."),
        ("Vogt selbst schrieb, sie habe nichts gewusst.", "Vogt", "schrieb", "sie habe nichts gewusst."),
        ("Der Verein wiederum wies die Vorwürfe zurück.", "Der Verein", "wies", "wies die Vorwürfe zurück."),
    ],
)
def test_a_particle_between_the_subject_and_its_verb(text: str, source: str, cue: str, message: str) -> None:
    """"Anna Berg hingegen sagte" had no speaker for "sagte" (a name had to fill the prefield alone)."""
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert (row["source_text"], row["cue"], result.text[row["content_start"] : row["content_end"]]) == (source, cue, message)


def test_a_passive_quote_tag_with_an_apposition_quotes_the_person_after_the_verb() -> None:
    """"„…“, wird Mike Dorn, Produktmanager für Software, zitiert" had the words of the quotation as its speaker."""
    result = analyze("„Das Update ändert alles“, wird Jana Korn, Leiterin für Entwicklung, zitiert.", lang="de")
    (row,) = result.attributions
    assert (row["form"], row["source_id"], result.text[row["content_start"] : row["content_end"]]) == (
        "direct_quote", "person:korn", "Das Update ändert alles")


@pytest.mark.parametrize(
    "text",
    [
        "Im Bericht der Stiftung wird eine Anwohnerin zitiert. Sie habe den Knall gegen Mitternacht gehört.",
        "Der Bürgermeister wird in der Zeitung mit einem Satz über den Haushalt zitiert.",
    ],
)
def test_a_passive_zitieren_without_words_names_who_is_quoted_and_reports_nothing_yet(text: str) -> None:
    """"Im Bericht wird eine Anwohnerin zitiert." had the sentence itself as the words of the person quoted; the
    person stays the speaker (of a Konjunktiv-I sentence after it, too), with no message of this sentence."""
    rows = attributions(text)
    assert rows[0]["cue"] == "zitiert" and rows[0]["content_start"] is None and rows[0]["source_text"]
    if "Sie habe" in text:
        assert (rows[1]["form"], rows[1]["source_text"]) == ("continuation", "eine Anwohnerin")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Die Ministerin äußerte sich am Montag im Radio zu dem Unfall.", None),
        ("Ebenso äußerte sich der Bürgermeister.", None),
        # guards: a stance for or against, words after a colon, a clause with a quotation after the comma
        ("Die Ministerin äußerte sich gegen ein Verbot der Feuerwerke.", "äußerte sich gegen ein Verbot der Feuerwerke."),
        ("Die Ministerin äußerte sich zu dem Unfall: Man werde alles aufklären.", "Man werde alles aufklären."),
        ("Die Sprecherin äußerte sich dahingehend, der Termin sei „nicht zu halten“.", "der Termin sei „nicht zu halten“."),
    ],
)
def test_sich_aeussern_to_a_topic_reports_that_someone_commented_not_what(text: str, message: str | None) -> None:
    """"äußerte sich im Radio zu dem Unfall" had its own words as the message: it tells that someone commented (what
    they said may follow), so the report keeps its speaker and has no message."""
    row = next(a for a in attributions(text) if a["form"] == "indirect")
    assert (text[row["content_start"] : row["content_end"]] if row["content_start"] is not None else None) == message


def test_a_passive_zitieren_with_a_clause_reports_it() -> None:
    """Guard: the clause after the person quoted is what was said."""
    text = "In dem Artikel wird die Ärztin Anna Berg zitiert, die Lage in der Klinik sei ernst."
    (row,) = attributions(text)
    assert (row["source_text"], text[row["content_start"] : row["content_end"]]) == ("die Ärztin Anna Berg", "die Lage in der Klinik sei ernst.")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # after a comma, "der"/"die" before a noun and a finite verb in second place is an article: a main clause
        ("Die Zeitung berichtete, der Landrat habe eingeräumt, die Straße sei gesperrt.", "eingeräumt", "der Landrat"),
        ("Ein Sprecher sagte, die Ministerin habe angekündigt, sie werde zurücktreten.", "angekündigt", "die Ministerin"),
        # a relative clause with the verb last: the relative pronoun is the object, the name its subject
        ("Das ist die Marke, die Paula Brandt im Mai zum Ziel erklärt hatte: „Wir schaffen das.“", "erklärt", "Paula Brandt"),
    ],
)
def test_an_article_after_a_comma_opens_a_nested_report(text: str, cue: str, source: str) -> None:
    """"sagte, der Bürgermeister habe erklärt, …" had the source "Bürgermeister": the article was read as a relative
    pronoun."""
    assert [a["source_text"] for a in attributions(text) if a["cue"] == cue] == [source]


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        # a name in the genitive after the noun of "nach Angaben/Ansicht/Worten" is the source
        ("Nach Angaben Kanadas wurden zwei Schiffe festgesetzt.", "Angaben Kanadas", "gov:CA"),
        ("Die Ministerin Lea Brandt sagte, der Haushalt stehe. Nach Ansicht Brandts reicht das Geld.", "Ansicht Brandts", "person:brandt"),
        # an article or an adjective before the genitive is handled as before; no genitive leaves the statements
        ("Nach Angaben der Küstenwache wurden zwei Schiffe festgesetzt.", "Angaben der Küstenwache", "police::küstenwache:"),
        ("Nach ersten Angaben wurden zwei Schiffe festgesetzt.", "ersten Angaben", "vague:ersten angaben"),
        # the name in the genitive before the noun owns the words; a registered name is found without the ending
        ("Die Ministerin Lea Brandt sagte, der Haushalt stehe. Nach Brandts Worten reicht das Geld.", "Brandts", "person:brandt"),
        ("Nach Greenpeaces Darstellung ist die Anlage unsicher.", "Greenpeaces", "reg:greenpeace"),
        # a determiner or quantifier in -er after the noun is a genitive plural too ("einiger", "aller")
        ("Nach Einschätzung einiger Ärzte ist die Lage in der Klinik ernst.", "Einschätzung einiger Ärzte",
         "generic:einiger ärzte"),
        ("Nach Angaben aller Beteiligten verlief die Übung ruhig.", "Angaben aller Beteiligten", "np:aller beteiligten"),
    ],
)
def test_a_genitive_name_after_nach_angaben_is_the_source(text: str, source: str, source_id: str) -> None:
    """"Nach Angaben Israels" had the source "Angaben", a vague one: the genitive name was not read."""
    rows = [a for a in attributions(text) if a["form"] == "according_to"]
    assert [(a["source_text"], a["source_id"]) for a in rows] == [(source, source_id)]


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        # a country in the genitive before its body or official: the country's, as "die Regierung Kanadas"
        ("Kanadas Regierung erklärte, die Grenze bleibe offen.", "Kanadas Regierung", "government:CA:regierung:"),
        ("Norwegens Außenministerium teilte mit, die Botschaft sei geschlossen.", "Norwegens Außenministerium",
         "government:NO:außenministerium:"),
        # a name in the genitive before a spokesperson or a statement: that name's
        ("Bergers Sprecher sagte, die Vorwürfe seien haltlos.", "Bergers Sprecher", "person:berger"),
        ("Laut Greenpeaces Bericht ist der Fluss belastet.", "Greenpeaces Bericht", "reg:greenpeace"),
        # a person's name in the genitive before a body: the body the person heads, as "die Partei Bergers"
        ("Bergers Regierung teilte mit, die Steuern würden sinken.", "Bergers Regierung", "government::regierung:bergers"),
        ("Die Partei Bergers teilte mit, die Wahl sei frei.", "Die Partei Bergers", "party::partei:bergers"),
        ("Bergers Partei teilte mit, die Wahl sei frei.", "Bergers Partei", "party::partei:bergers"),
    ],
)  # fmt: skip
def test_a_name_in_the_genitive_before_its_noun_owns_it(text: str, source: str, source_id: str) -> None:
    """"Israels Regierung sagte" had no speaker (the noun after the genitive was cut off as a second phrase), "Merkels
    Sprecher" was an unknown name, "Frankreichs Präsident" no official of France."""
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == (source, source_id)


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        # "Kandidat" is a person's role ("Der Kandidat sagte" had no speaker, "die Kandidaten" were read as "Daten")
        ("Der Kandidat sagte am Abend, die Debatte sei fair gewesen.", "Der Kandidat", "generic:der kandidat"),
        ("Die Kandidatinnen erklärten, sie wollten weiter debattieren.", "Die Kandidatinnen", "generic:die kandidatinnen"),
        # a time phrase opening the sentence, its adjective capitalised, is no speaker
        ("Vergangene Woche sagte die Ministerin, der Etat stehe.", "die Ministerin", "government::minister:"),
        # a country's adjective opening the sentence is no name ("Deutsche Forscher" had been a medium)
        ("Schwedische Forscher berichteten, das Eis schmelze schneller.", "Schwedische Forscher", "generic:schwedische forscher"),
    ],
)
def test_roles_times_and_adjectives_that_open_a_sentence(text: str, source: str, source_id: str) -> None:
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == (source, source_id)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "nach eigenen Angaben" in a relative clause: the relative pronoun's antecedent speaks of itself
        ("Die Daten der Stiftung in Genf, die nach eigenen Angaben 40 Mitarbeiter hat, gelten als verlässlich.", "ngo::stiftung:"),
        ("Die Daten der in Genf ansässigen Stiftung, die nach eigenen Angaben 40 Mitarbeiter hat, gelten als verlässlich.",
         "ngo:CH:stiftung:"),  # (the canton gives the country)
    ],
)  # fmt: skip
def test_own_statements_in_a_relative_clause_are_the_antecedents(text: str, speaker: str) -> None:
    """"…, die nach eigenen Angaben über Informanten verfügt" had an unresolved "die", or a place named before, as speaker."""
    (row,) = [a for a in attributions(text) if a["cue"] == "nach eigenen Angaben"]
    assert row["source_id"] == speaker


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # a participle and "sein" after a modal is a state: nothing is said
        ("Der Verein sollte gewarnt sein, der Gegner ist stark.", False),
        ("Die Details dürften bekannt sein, der Termin steht.", False),
        # the passive of the perfect reports ("gewarnt worden sein")
        ("Die Behörde soll gewarnt worden sein, dass ein Anschlag drohe.", True),
    ],
)
def test_a_participle_with_sein_after_a_modal_reports_nothing(text: str, reported: bool) -> None:
    assert bool([a for a in attributions(text) if a["cue"] in ("gewarnt", "bekannt")]) is reported


@pytest.mark.parametrize(
    ("text", "source_id", "kind"),
    [
        # a party's word for its member, an article before it and a personal name after it: that politician
        ("Der Grüne Jonas Feld sagte, er werde kandidieren.", "person:feld", "politician"),
        ("Die Grüne Lea Feld sagte, sie werde kandidieren.", "person:feld", "politician"),
        # the party itself, and a party with the place of its branch, stay the party
        ("Die Grünen sagten, sie würden kandidieren.", "reg:gruene", "party"),
        ("Die SPD Niedersachsen sagte, sie werde kandidieren.", "reg:spd", "party"),
    ],
)
def test_a_party_member_with_a_name_is_that_politician(text: str, source_id: str, kind: str) -> None:
    """"Der Grüne Alexander Berger sagte" had been the Greens speaking."""
    (source,) = sources(text).values()
    assert (source["source_id"], source["kind"]) == (source_id, kind)


def test_a_bare_plural_object_first_is_no_speaker() -> None:
    """"Einzelheiten nannte die Ministerin nicht" had "Einzelheiten" as the speaker: a plural without an article before a
    verb in the singular is the object, the noun phrase after the verb the subject."""
    assert [a["source_text"] for a in attributions("Einzelheiten nannte die Ministerin am Montag nicht.")] == ["die Ministerin"]
    # an adjective capitalised as the first word before the plural: the same
    assert [a["source_text"] for a in attributions("Kleine Änderungen kündigte der Hersteller an.")] == ["der Hersteller"]


@pytest.mark.parametrize(
    ("word", "kind"),
    [("Polizeichef", "police"), ("Konzernchef", "company"), ("Armeechef", "military")],
)
def test_a_chief_of_a_body_in_a_closed_compound_is_of_its_kind(word: str, kind: str) -> None:
    """"Der Polizeichef sagte" had been an unknown noun phrase: a head of four letters ("Chef") was not looked for in
    closed compounds."""
    (source,) = sources(f"Der {word} sagte am Abend, die Lage sei unter Kontrolle.").values()
    assert source["kind"] == kind


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("Wie der Spiegel berichtet, wurde der Vertrag gekündigt.", "reg:spiegel"),
        ("Die Bild berichtete, der Trainer gehe.", "reg:bild"),
        ("Laut NASA ist die Sonde intakt.", "reg:nasa"),
    ],
)
def test_outlets_and_agencies_in_their_usual_forms_are_registered(text: str, source_id: str) -> None:
    """"wie der Spiegel berichtet" (the article in lower case), "die Bild" and NASA had been unknown names."""
    assert list(sources(text)) == [source_id]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Sanitäter sagten, der Fahrer sei ansprechbar gewesen.", "government"),
        ("Der Krisenstab teilte mit, die Straße bleibe gesperrt.", "government"),
        ("Das Hilfswerk erklärte, die Lager seien überfüllt.", "ngo"),
    ],
)
def test_rescue_services_crisis_teams_and_relief_organisations_are_typed(text: str, kind: str) -> None:
    (source,) = sources(text).values()
    assert source["kind"] == kind


def test_a_wie_clause_of_manner_is_no_speech_tag() -> None:
    """"kritisierte die Art, wie das Gesetz beschlossen wurde" had an agentless report "beschlossen" whose message was the
    main clause: after a noun of manner "wie" tells how, not who says so."""
    rows = attributions("Die Opposition kritisierte die Art, wie der Haushalt beschlossen wurde, scharf.")
    assert [a["cue"] for a in rows] == ["kritisierte"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a body's place or a document's date after its noun belongs to the phrase of "zufolge"
        ("Angaben des Wetterdienstes von Graz zufolge fiel der erste Schnee.", "Angaben des Wetterdienstes von Graz"),
        ("Dem Bericht der Polizei aus Linz zufolge fiel der erste Schnee.", "Dem Bericht der Polizei aus Linz"),
        ("Dem Bericht vom 3. März zufolge fiel der erste Schnee.", "Dem Bericht vom 3. März"),
    ],
)
def test_the_phrase_of_zufolge_takes_a_place_or_date_after_its_noun(text: str, source: str) -> None:
    """"Angaben des Instituts von Athen zufolge" had the source "Athen"."""
    (row,) = attributions(text)
    assert row["source_text"] == source


def test_a_dated_report_refers_back_to_the_report_cited_before() -> None:
    text = "Nach einem Bericht des Tagblatts stieg die Zahl der Einbrüche. Dem Bericht vom Donnerstag zufolge verdoppelte sie sich."
    result = analyze(text, lang="de")
    first, second = result.attributions
    assert second["source_text"] == "Dem Bericht vom Donnerstag" and second["source_id"] == first["source_id"]
    assert [s["source_id"] for s in result.sources] == [first["source_id"]]


@pytest.mark.parametrize(
    "text",
    [
        "Laut den Veranstaltern werde kein Protokoll geschrieben.",
        "Nach Angaben der Behörde wurden im Mai nur noch 12 neue Fälle gemeldet.",
    ],
)
def test_a_passive_act_inside_a_laut_phrase_is_what_the_phrase_reports(text: str) -> None:
    """The passive participle had been a second attribution of nobody with the same message."""
    assert [a["form"] for a in attributions(text)] == ["according_to"]


def test_a_tag_after_a_laut_phrase_still_reports() -> None:
    text = "Die Werbung wirke, denn laut der Kammer wurden 300 Bewerbungen gezählt, hieß es."
    assert sorted(a["form"] for a in attributions(text)) == ["according_to", "agentless"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # people as the subject of "verurteilt": a sentence passed on them, no speech
        ("Die beiden Angeklagten wurden am Freitag verurteilt.", 0),
        ("Im Jahr 2019 wurden drei Täter verurteilt.", 0),
        # acts are condemned: a speech act without an agent
        ("Der Brandanschlag wurde scharf verurteilt.", 1),
        ("Die Gewalt gegen Journalisten wurde international verurteilt.", 1),
    ],
)
def test_verurteilt_with_people_as_subject_is_a_sentence_passed(text: str, rows: int) -> None:
    assert len(attributions(text)) == rows


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        # a "laut" phrase before the speaker's verb passes the speaker's words on: the phrase's source is the via
        ("Laut „Tagblatt“ sagte der Bürgermeister, die Brücke sei sicher.", "der Bürgermeister", "„Tagblatt“"),
        ("Nach Angaben der Polizei sagte eine Zeugin, der Fahrer sei geflohen.", "eine Zeugin", "Angaben der Polizei"),
        # after the verb, a title in quotation marks as well
        ("Der Bürgermeister sagte laut „Tagblatt“, die Brücke sei sicher.", "Der Bürgermeister", "„Tagblatt“"),
    ],
)
def test_a_laut_phrase_around_a_speakers_verb_is_the_via(text: str, source: str, via: str) -> None:
    (row,) = [a for a in attributions(text) if a["form"] == "indirect"]
    assert (row["source_text"], row["via_text"]) == (source, via)


def test_a_laut_phrase_set_off_by_commas_before_a_tag_is_no_via() -> None:
    text = "Laut einer internen Liste, sagt er, fehlen 130 Betten."
    assert [a["via_text"] for a in attributions(text) if a["form"] == "indirect"] == [None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a "so" tag with phrases after the name, adjectives and a title in quotation marks among them
        ("Doch sei es, so die Autorin Eva Brandl in einem Beitrag für die Wochenzeitung „Falke“, ein Fehler gewesen.",
         "die Autorin Eva Brandl"),
        ("Die Steuer wäre wohl anders zu holen, so der Direktor mit einem Seitenhieb auf das umstrittene Abkommen.", "der Direktor"),
    ],
)  # fmt: skip
def test_a_so_tag_with_attributes_in_its_phrases(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert (row["cue"], row["source_text"]) == ("so", source)


def test_a_report_after_a_clause_with_adjectives_keeps_its_speaker() -> None:
    text = "Deshalb entstehe an der nördlichen Grenze ein langer Stau, meldeten slowenische Sender."
    (row,) = attributions(text)
    assert row["source_text"] == "slowenische Sender"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # after "sprechen", "berichten": a "von" phrase of a thing or a statement is the topic, not the speaker
        ("Von grober Falschinformation durch den Verband wird gesprochen.", None),
        ("Von einer hohen Waldbrandgefahr wird auch aus Graz berichtet.", None),
        ("Zuvor war in mehreren Zeitungen von dieser Kehrtwende berichtet worden.", "mehreren Zeitungen"),
        # a body or person after "von" speaks; with two "von" phrases one of them is the speaker
        ("Von der Feuerwehr wurde berichtet, dass zwei Häuser brannten.", "der Feuerwehr"),
        ("Da wurde von der Opposition immer vom „Stillstand der Reform“ gesprochen.", "der Opposition"),
    ],
)
def test_a_von_phrase_after_verbs_of_speaking_may_be_the_topic(text: str, source: str | None) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source


def test_a_quotation_over_sentences_after_a_name_and_colon_is_that_speakers() -> None:
    """The colon before a quotation of two sentences had not been seen (the speaker was the one quoted before)."""
    text = "Dazu sagte Olga Brandt, Sprecherin: „Wir prüfen das.“ Peter Lang, Präsident des Rats der Stadt: „Das ist falsch. Wir haben kein Geld.“"
    rows = attributions(text)
    assert [(r["source_text"], text[r["content_start"] : r["content_end"]]) for r in rows][-1] == (
        "Peter Lang, Präsident des Rats der Stadt", "Das ist falsch. Wir haben kein Geld.")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a participle coordinated with another before the clause's final auxiliary is passive: no speaker
        ("Es kommt selten vor, dass der Verband nicht informiert oder angehört wurde.", []),
        ("Es ist klar, dass der Verband das kritisiert und abgelehnt hat.", ["der Verband", "der Verband"]),
    ],
)
def test_coordinated_participles_before_a_final_auxiliary(text: str, speakers: list[str]) -> None:
    assert [a["source_text"] for a in attributions(text) if a["source_text"]] == speakers


def test_a_subject_before_a_relative_clause_is_an_antecedent() -> None:
    """"Insbesondere X, der …, präsentiert sich …" had no subject: a later "der 33-Jährige" was an unnamed source."""
    text = ("Insbesondere Karl Brunner, der im Vorjahr im Finale verloren hatte, zeigt sich in Form. "
            "Ich fühle mich in Topform, sagte der 33-Jährige.")
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == ("der 33-Jährige", "person:brunner")


def test_a_common_noun_before_the_dative_of_zufolge_is_the_clauses_subject() -> None:
    text = "In Tirol ermittelt die Staatsanwaltschaft Medienberichten zufolge gegen den Bürgermeister."
    (row,) = attributions(text)
    assert (row["cue"], row["source_text"]) == ("zufolge", "Medienberichten")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a passive of deciding or writing without an agent and without a clause is an event, no report
        ("Für nächste Woche wurde ein weiteres Treffen vereinbart.", []),
        ("Die Novelle wurde am Dienstag mit klarer Mehrheit beschlossen.", []),
        # with a clause it reports what was decided or written; with an agent, who did
        ("Beschlossen wurde, dass die Schule im Herbst öffnet.", ["agentless"]),
        # an infinitive with "zu" after the participle's comma says what was decided; one of purpose does not
        ("Zudem wurde am Abend beschlossen, einen Gutachter nach Wien zu schicken.", ["agentless"]),
        ("Der Sparplan wurde beschlossen, um die Schulden der Stadt zu senken.", []),
        ("Die Novelle wurde von der Landesregierung beschlossen.", ["indirect"]),
        # a pronoun after "von" is the agent
        ("Der Plan wird von ihnen nicht akzeptiert.", ["indirect"]),
    ],
)
def test_a_passive_of_deciding_or_writing_without_a_clause_is_no_report(text: str, rows: list[str]) -> None:
    assert [a["form"] for a in attributions(text)] == rows


def test_the_article_of_a_date_after_a_comma_opens_no_relative_clause() -> None:
    """"Am Freitag, den 7. April hat X …" had read "den 7. April" as a relative clause whose antecedent, "Am Freitag",
    was the speaker (a person named Freitag)."""
    (row,) = attributions("Am Freitag, den 7. April hat der Landtag dem Plan zugestimmt.")
    assert row["source_text"] == "der Landtag"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # after a subject behind the verb, a clause in the Konjunktiv II that stands in for Konjunktiv I is the message
        ("Dann sagte die Ministerin, die Bauern müssten mehr sparen.", "die Bauern müssten mehr sparen."),
        ("Am Abend meinte Brandl, die Parteien hätten einen Kompromiss gefunden.", "die Parteien hätten einen Kompromiss gefunden."),
        # an object after the subject: the clause after the comma is a relative clause, no message
        ("Dann kritisierte die Ministerin die Reform, an der 300 Gemeinden teilnehmen würden.",
         "Dann kritisierte die Ministerin die Reform, an der 300 Gemeinden teilnehmen würden."),
    ],
)
def test_a_konjunktiv_ii_clause_after_a_post_verbal_subject_is_the_message(text: str, message: str) -> None:
    (row,) = attributions(text)
    assert text[row["content_start"] : row["content_end"]] == message


def test_thanks_with_its_object_are_a_statement() -> None:
    rows = analyze("Die Bürgermeisterin bedankte sich bei den Feuerwehrleuten für ihren Einsatz.", lang="de").attributions
    assert [(r["cue"], r["source_text"]) for r in rows] == [("bedankte", "Die Bürgermeisterin")]


def test_a_rating_with_als_is_a_report() -> None:
    rows = analyze("Die Lawinengefahr wird vom Landeswarndienst als erheblich eingestuft.", lang="de").attributions
    assert [(r["cue"], r["form"]) for r in rows] == [("eingestuft", "indirect")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word without an article beside a singular verb of report is a name
        ("Die Brücke sei zu schmal, sagte Kowarik.", ("Kowarik", "person:kowarik", True)),
        ("Kowarik erklärte, die Brücke sei zu schmal.", ("Kowarik", "person:kowarik", True)),
        # guards: a plural verb, an article, an abstract noun, an adverb opening the sentence
        ("Die Brücke sei zu schmal, warnten Radfahrer.", ("Radfahrer", "np:radfahrer", False)),
        ("Ein Verkehrsplaner erklärte, die Brücke sei zu schmal.", ("Ein Verkehrsplaner", None, False)),
        ("Gewöhnlich heißt das: mehr Stau.", None),
    ],
)
def test_a_lone_capitalised_word_beside_a_singular_verb_of_report_is_a_name(text: str, expected: tuple | None) -> None:
    rows = [a for a in attributions(text) if a["source_text"]]
    if expected is None:
        assert all(not a["named"] for a in rows)
        return
    (row,) = rows
    source, source_id, named = expected
    assert row["source_text"] == source and row["named"] is named
    if source_id is not None:
        assert row["source_id"] == source_id


def test_a_description_with_an_age_refers_back_to_the_person_named_before() -> None:
    text = "Das Spiel war hart, erklärte Kowarik. Wir bleiben ruhig, meinte der 58-jährige Däne."
    assert [a["source_id"] for a in attributions(text)] == ["person:kowarik", "person:kowarik"]


@pytest.mark.parametrize(
    ("text", "source_id", "named"),
    [
        # "Demnach" after a sentence that names a document and cites no one: the document speaks
        ("Das Gutachten der Prüfer ist seit gestern öffentlich. Demnach fehlen der Gemeinde drei Millionen Euro.", "expert:", True),
        ("Eine Studie der Universität Graz liegt nun vor. Demnach schlafen Pendler schlechter.", "expert:", True),
    ],
)
def test_demnach_after_a_named_document_points_back_to_it(text: str, source_id: str, named: bool) -> None:
    result = analyze(text, lang="de")
    (row,) = result.attributions
    assert (row["cue"], row["source_text"]) == ("Demnach", "Demnach")  # the span stays the adverb's
    assert (row["source_id"].startswith(source_id), row["named"]) == (True, named)
    assert row["source_kind"] != "unresolved" and not [s for s in result.sources if s["source_id"].startswith("pronoun:")]


def test_demnach_after_a_report_continues_it_before_any_document() -> None:
    text = "Die Polizei legte einen Bericht vor, sagte eine Sprecherin. Demnach ist der Fahrer geflohen."
    rows = attributions(text)
    assert rows[-1]["cue"] == "Demnach" and rows[-1]["source_id"] == rows[0]["source_id"]


@pytest.mark.parametrize(
    ("text", "according"),
    [
        # "nach" after a word of time is after the report in time, not according to it
        ("Erst nach langen Ermittlungen der Staatsanwaltschaft lag die Anklage vor.", False),
        ("Wenige Stunden nach der Meldung fielen die Kurse der Reederei.", False),
        ("Kurz nach dem Bericht der Prüfer trat die Vorständin zurück.", False),
        # guard: "nach" opening the sentence with the findings
        ("Nach Ermittlungen der Staatsanwaltschaft lag der Schaden bei zwei Millionen Euro.", True),
    ],
)
def test_nach_after_a_word_of_time_is_no_according_to(text: str, according: bool) -> None:
    assert any(a["form"] == "according_to" for a in attributions(text)) is according


def content_of(text: str, row: dict) -> str:
    return text[row["content_start"] : row["content_end"]]


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        # a verb that closes a subordinate clause reports the words before it, not the main clause after
        ("Weil die Bürgermeisterin die neue Sperrstunde kritisiert hatte, trat sie zurück.", "kritisiert", "die neue Sperrstunde"),
        # the main clause after a relative clause on the speaker is the speaker's, without that clause
        ("Die Leitung des Tierheims, die ihre Kosten noch beziffert, spricht von einem schweren Jahr.", "spricht",
         "spricht von einem schweren Jahr."),
        # guards: a main clause in Konjunktiv I and an infinitive after the comma are what was said
        ("Obwohl der Kämmerer mit mehr Steuern rechnet, sei die Stadt von einem Ausgleich weit entfernt.", "rechnet",
         "sei die Stadt von einem Ausgleich weit entfernt."),
        ("Er verklagte den Verein, dem er vorwarf, ihn loswerden zu wollen.", "vorwarf", "ihn loswerden zu wollen."),
    ],
)
def test_a_verb_closing_its_clause_reports_what_stands_before_it(text: str, cue: str, message: str) -> None:
    (row,) = [a for a in attributions(text) if a["cue"] == cue]
    assert content_of(text, row) == message


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        # a relative clause on the reported clause's subject does not end that clause
        ("Die Feuerwehr sagte, der Lenker, der nicht angeschnallt war, sei leicht verletzt.", "sagte",
         "der Lenker, der nicht angeschnallt war, sei leicht verletzt."),
        # a report inside a relative clause on the subject ends where the main clause goes on
        ("Die Ärztin, die gesagt hatte, das Wasser sei sauber, trat am Montag zurück.", "gesagt", "das Wasser sei sauber"),
        ("Ein Anrainer, der sagte, er habe den Knall gehört, berichtet von Rauch.", "berichtet", "berichtet von Rauch."),
    ],
)
def test_relative_clauses_inside_and_around_reported_clauses(text: str, cue: str, message: str) -> None:
    (row,) = [a for a in attributions(text) if a["cue"] == cue]
    assert content_of(text, row) == message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an occupation compounded on a registered body: the person works for that body
        ("Der Test sei gelungen, sagte Nasa-Ingenieur Tom Hale.", "government"),
        ("Der Test sei gelungen, sagte Siemens-Techniker Tom Hale.", "company"),
        # guard: no body in the compound
        ("Der Test sei gelungen, sagte Tom Hale.", "person"),
    ],
)
def test_an_occupation_on_a_registered_body_gives_the_person_its_kind(text: str, kind: str) -> None:
    (row,) = attributions(text)
    assert (row["source_id"], row["source_kind"]) == ("person:hale", kind)


def test_a_document_after_a_preposition_holding_the_article_refers_back() -> None:
    """"im Bericht" is "in dem Bericht": the report cited before, as with the article written out."""
    text = ("Der Rechnungshof legte am Montag seinen Bericht über die Fähren vor. "
            "Bemängelt wird im Bericht auch der Zustand der Anlegestellen.")
    rows = attributions(text)
    assert [(a["cue"], a["source_id"]) for a in rows] == [("legte", rows[0]["source_id"]), ("Bemängelt", rows[0]["source_id"])]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # public employment services, chambers and railways that news cites for their figures
        ("Die Zahl der Arbeitslosen sank im Mai, wie die Bundesagentur für Arbeit mitteilte.", "die Bundesagentur für Arbeit", "government"),
        ("Das AMS meldete im Mai weniger Arbeitslose.", "Das AMS", "government"),
        ("Die Arbeiterkammer kritisierte die neuen Tarife.", "Die Arbeiterkammer", "ngo"),
        ("Die ÖBB teilten mit, der Nachtzug falle aus.", "Die ÖBB", "company"),
    ],
)
def test_registered_bodies_of_the_labour_market_and_transport(text: str, source: str, kind: str) -> None:
    (row,) = attributions(text)
    assert (row["source_text"], row["source_kind"], row["named"]) == (source, kind, True)


def test_an_evaluative_adjective_after_finden_is_a_stance() -> None:
    """"findet den Plan unverantwortlich": the opposition's judgement, not the writer's word."""
    result = analyze("Die Opposition findet den Plan unverantwortlich.", lang="de")
    assert [a["cue"] for a in result.attributions] == ["findet"]
    assert [(c["text"], c["voice"]) for c in result.cues if c["category"] == "loaded"] == [("unverantwortlich", "source")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "geht von … aus": what someone takes to be the case
        ("Die Feuerwehr geht von einem technischen Defekt aus.", "Die Feuerwehr"),
        ("Dennoch gehen Ökonomen nicht von einer Rezession aus.", "Ökonomen"),
        # what comes from something or someone is no assumption
        ("Von dem Wolf geht nach Ansicht der Behörde keine Gefahr aus.", None),
        ("Die Initiative ging von der Bürgerliste aus.", None),
        ("Die Gewalt ging von den Hooligans aus.", None),
        ("Um acht Uhr ging das Licht aus.", None),
    ],
)
def test_ausgehen_von_reports_an_assumption(text: str, source: str | None) -> None:
    rows = [a for a in attributions(text) if a["cue"] in ("geht", "gehen", "ging")]
    assert [a["source_text"] for a in rows] == ([source] if source else [])


def test_a_person_referred_to_as_er_keeps_the_gender() -> None:
    """"Er" named the mayor a man; a later "sie" is no longer he (German "sie" can be a plural, so only "er" and
    the like set a gender)."""
    text = "Bürgermeister Kim Lund besuchte das Depot. Er sagte, die Busse führen später. Sie fügte hinzu, die Tarife stiegen."
    rows = attributions(text)
    assert [a["source_id"] for a in rows][:1] == ["person:lund"]
    assert rows[1]["source_id"] != "person:lund"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Der OGH wies die Beschwerde zurück, teilte das Gericht mit.", "judiciary"),
        ("Die Bundeswettbewerbsbehörde teilte mit, sie prüfe den Kauf.", "government"),
        ("Laut AUA fällt der Flug nach Kiew aus.", "company"),
        ("Wie die Times of London berichtet, ist der Kauf geplatzt.", "independent_media"),
    ],
)
def test_austrian_bodies_and_outlets_in_the_registry(text: str, kind: str) -> None:
    assert attributions(text)[-1]["source_kind"] == kind


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "rechnen mit": what someone expects, an amount included
        ("Der Fiskalrat rechnet mit Mehrkosten von 300 Millionen Euro.", "Der Fiskalrat"),
        ("Die Veranstalter rechnen mit 4.000 Besuchern.", "Die Veranstalter"),
        # advice, a condition the writer sets, someone counted on: no report
        ("Autofahrer müssen am Wochenende mit Staus rechnen.", None),
        ("Rechnet man mit zwei Euro pro Liter, kostet die Fahrt 90 Euro.", None),
        ("Die Koalition rechnet mit den Stimmen der Grünen.", None),
    ],
)
def test_rechnen_mit_reports_an_expectation(text: str, source: str | None) -> None:
    rows = [a for a in attributions(text) if a["cue"].lower().startswith("rechne")]
    assert [a["source_text"] for a in rows] == ([source] if source else [])


def test_a_message_of_nothing_but_an_auxiliary_is_no_report() -> None:
    """"hat gelogen" tells what someone did; the report around it stays."""
    assert attributions("Der Landrat hat gelogen.") == []
    assert [a["cue"] for a in attributions("Die Kellnerin sagte, der Landrat habe gelogen.")] == ["sagte"]
    assert [a["cue"] for a in attributions("Das wurde von der Wirtin bestätigt.")] == ["bestätigt"]  # a pronoun message stays


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # "hieß es von X", "seitens X hieß es": the body named says it
        ("Ein Fremdverschulden sei auszuschließen, hieß es von der Feuerwehr.", "der Feuerwehr", "Ein Fremdverschulden sei auszuschließen"),
        ("Seitens der Gemeinde hieß es, man prüfe den Antrag.", "der Gemeinde", "man prüfe den Antrag."),
        # guard: no agent, still agentless
        ("Das sei von Beginn an geplant gewesen, hieß es.", None, None),
    ],
)
def test_heisst_es_with_its_agent(text: str, source: str | None, message: str | None) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source
    if message is not None:
        assert text[row["content_start"] : row["content_end"]] == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a relative clause on the speaker after a final tag: not part of what is reported
        ("Die Brücke sei zu teuer, betonte Lund, der den Ausschuss seit 2015 leitet.", "Die Brücke sei zu teuer"),
        ("Die Brücke ist zu teuer, sagte die Stadträtin, die seit Jahren gegen den Bau kämpft.", "Die Brücke ist zu teuer"),
        # guard: an article opening the reported clause after the tag is no relative pronoun
        ("Die Anrainer, so warnte Lund, die Betreiber verfolgten eigene Ziele mit dem Bau.",
         "Die Anrainer, so warnte Lund, die Betreiber verfolgten eigene Ziele mit dem Bau."),
    ],
)
def test_a_relative_clause_after_a_final_tag_is_not_reported(text: str, message: str) -> None:
    """"…, betonte Lund, der das Amt seit 2015 innehat." had reported the whole sentence, tag and relative clause."""
    rows = [row for row in attributions(text) if row["form"] == "indirect"]
    assert [content_of(text, row) for row in rows] == [message]


def test_reportative_sollen_before_a_reported_act_stays_the_writers_hearsay() -> None:
    """"Die Regierung soll den Plan im Mai beschlossen haben": the sentence-opening article had been read as a relative
    pronoun, the message was "soll den Plan im Mai" and the hedge "soll" counted in the government's voice."""
    text = "Der Stadtrat soll den Bau der Brücke bereits im Mai beschlossen haben."
    result = analyze(text, lang="de")
    [row] = result.attributions
    assert content_of(text, row) == "den Bau der Brücke bereits im Mai beschlossen haben."
    hedge = next(c for c in result.cues if c["category"] == "hedge")
    assert (hedge["text"], hedge["voice"]) == ("soll", "author")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Der Stadtrat, der den Bau der Brücke kritisierte, trat zurück.", "kritisierte"),
        ("Die Stadträtin, die den Umbau des Bahnhofs kritisierte, trat am Montag zurück.", "kritisierte"),
        ("Die Reederei, die ihre Einbußen noch beziffert, meldet einen Rückgang der Buchungen.", "beziffert"),
        ("Es gibt Spuren, die für einen Einbruch sprechen.", "sprechen"),
        ("Die Kammer, die Anfang Mai den Entwurf kritisierte, tagt erneut.", "kritisierte"),  # a capitalised word after "die"
        ("Die Vorschläge, die Politiker der Opposition kritisiert hatten, wurden geändert.", "kritisiert"),  # the object "die"
    ],
)
def test_a_relative_clause_that_names_only_the_object_reports_no_words(text: str, cue: str) -> None:
    """A verb closing a relative clause with no quotation and no clause of its own names an act in passing about the
    noun before it ("der den Bau der Brücke kritisierte"): its object ("den Bau der Brücke") had been the message, a
    fragment the annotation of news does not count; the act stays, with its speaker, and no words reported."""
    [row] = [a for a in attributions(text) if a["cue"] == cue]
    assert row["content_start"] is None


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        # guards: a quotation in the relative clause is words given; a subordinate clause keeps its middle field
        ("Der Trainer, der das Spiel als „Debakel“ bezeichnete, trat zurück.", "bezeichnete", "das Spiel als „Debakel“"),
        ("Weil der Stadtrat den Bau der Brücke kritisierte, trat er zurück.", "kritisierte", "den Bau der Brücke"),
    ],
)
def test_a_relative_clause_with_a_quotation_keeps_its_middle_field(text: str, cue: str, message: str) -> None:
    (row,) = [a for a in attributions(text) if a["cue"] == cue and a["form"] != "direct_quote"]
    assert content_of(text, row) == message


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a tag set into a clause after its short subject: the speaker is after the verb, the clause is the message
        ("Die Kosten, sagte der Kämmerer, seien zu hoch.", "der Kämmerer"),
        ("Die Stadt, betonte die Sprecherin, habe alles getan.", "die Sprecherin"),
        ("Das Projekt, so der Bürgermeister, sei gescheitert.", "der Bürgermeister"),
        # guards: appositions before the verb stay the subject; a tag without a clause going on
        ("Die Bürgermeisterin, Frau Lund, hat gesagt, das Projekt sei gescheitert.", "Die Bürgermeisterin"),
        ("Der Vorsitzende, Peter Berg, sagte, die Kosten seien zu hoch.", "Der Vorsitzende, Peter Berg"),
    ],
)
def test_a_tag_inside_a_clause_after_its_short_subject(text: str, source: str) -> None:
    """"Die Kosten, sagte der Kämmerer, seien zu hoch." had made "Die Kosten" the speaker and the tag part of the
    message; "Das Projekt, so der Bürgermeister, sei gescheitert." had been an agentless report."""
    rows = [row for row in attributions(text) if row["form"] != "agentless"]
    assert [row["source_text"] for row in rows] == [source]
    if "sagte der" in text or "so der" in text or "betonte die" in text:
        assert content_of(text, rows[0]) == text


@pytest.mark.parametrize(
    ("text", "inner", "message"),
    [
        # a report inside another one's message: its message is what follows its speaker, not the outer report's words
        ("Lund sagte, Kritiker forderten seinen Rücktritt.", "forderten", "forderten seinen Rücktritt."),
        ("Die Sprecherin erklärte, Anwohner beschwerten sich über den Lärm.", "beschwerten", "beschwerten sich über den Lärm."),
    ],
)
def test_a_report_inside_a_message_does_not_take_the_outer_words(text: str, inner: str, message: str) -> None:
    """"Lund sagte, Kritiker forderten seinen Rücktritt." had given the critics the whole sentence, "Lund sagte" too."""
    row = next(a for a in attributions(text) if a["cue"] == inner)
    assert content_of(text, row) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # the day it was said between the verb and the comma: the clause after the comma is still the message
        ("Die Ministerin erklärte am Dienstag, die Lage ist ernst.", "die Lage ist ernst."),
        ("Peter Lund sagte am Montag, Experten warnten seit Jahren vor dem Problem.", "Experten warnten seit Jahren vor dem Problem."),
    ],
)
def test_a_day_after_the_verb_does_not_hide_the_dependent_main_clause(text: str, message: str) -> None:
    """"…, sagte am Montag, Experten warnten …" had reported "sagte am Montag"."""
    row = attributions(text)[0]
    assert content_of(text, row) == message


@pytest.mark.parametrize(
    "text",
    [
        "Das nächste Spiel findet am Freitag, 17. Mai um 19 Uhr in Linz statt.",  # a date goes on after the comma
        "Die Firma teilte am Montag, einen Tag nach der Wahl, ihre Zahlen mit.",  # the verb's particle closes the sentence
    ],
)
def test_a_day_phrase_before_a_comma_opens_no_message_of_one_clause(text: str) -> None:
    assert all(content_of(text, a) != text[text.index(",") + 2 :] for a in attributions(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the sentence after a report inside another report's message goes on in the outer speaker's voice
        ("Die Bürgermeisterin Eva Lund sagte, Anwohner beschwerten sich seit Monaten. Die Stadt habe aber nichts tun können.",
         "Die Bürgermeisterin Eva Lund"),
        ("Der Sprecher erklärte am Montag, Kritiker forderten einen Neubau. Dieser sei aber zu teuer.", "Der Sprecher"),
        # guards: a report on its own keeps its speaker; so does a tag after a report in the words it reports
        ("Anwohner beschwerten sich seit Monaten über den Lärm. Die Stadt habe nichts getan.", "Anwohner"),
        ("Wir erwarten Taten, sagte eine Sprecherin der Stadt. Man werde nicht länger warten.", "eine Sprecherin der Stadt"),
    ],
)  # fmt: skip
def test_reported_speech_goes_on_in_the_outer_speakers_voice(text: str, source: str) -> None:
    """"Lund sagte, Experten warnten seit Jahren. Die Regierung habe nichts getan." had given the second sentence to
    the experts."""
    [row] = [a for a in attributions(text) if a["form"] == "continuation"]
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Die Halle bleibt bis Montag geschlossen, teilte ein Sprecher der Gemeinde mit.", "Die Halle bleibt bis Montag geschlossen"),
        ("Die Halle bleibt bis Montag geschlossen, teilte ein Sprecher der Gemeinde am Freitag mit.",
         "Die Halle bleibt bis Montag geschlossen"),
        ("Die Halle bleibt geschlossen, gab die Leiterin des Bades bekannt.", "Die Halle bleibt geschlossen"),
        # guard: a short subject and its particle, as before
        ("Die Halle bleibt bis Montag geschlossen, teilte die Gemeinde mit.", "Die Halle bleibt bis Montag geschlossen"),
    ],
)  # fmt: skip
def test_a_tag_with_a_genitive_after_its_subject_reports_the_clause_before(text: str, message: str) -> None:
    """"…, teilte ein Sprecher der Stadt mit." had reported the whole sentence, tag included: a subject of more than
    three words before the particle had been read as a subject with its object ("legten die Gäste Kränze nieder")."""
    (row,) = attributions(text)
    assert text[row["content_start"] : row["content_end"]] == message


def test_an_object_after_the_subject_of_a_parenthetical_is_still_no_tag() -> None:
    """Guard: "…, legten die Gäste Kränze und Blumen nieder" is a main clause with an object, not a speech tag."""
    text = "Nach der Feier im Rathaus legten die Gäste Kränze und Blumen nieder."
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Viele Anwohner glauben, dass die Miete steigt.", "person"),
        ("Zahlreiche Experten warnten, die Miete steige.", "expert"),
        ("Mehrere Zeugen sagten, der Fahrer sei geflohen.", "person"),
    ],
)
def test_a_quantifier_before_a_group_makes_it_no_name(text: str, kind: str) -> None:
    """"Viele Experten glauben, …" had been a named source of kind independent_media: all its words capitalised, it had
    been read as the name of an outlet ("Business Insider")."""
    (row,) = attributions(text)
    info = sources(text)[row["source_id"]]
    assert (info["kind"], bool(info["named"])) == (kind, False)


@pytest.mark.parametrize(
    ("text", "before", "quoted"),
    [
        ("Die Verzögerung sei kein Versehen, sagte Lindqvist: „Das war geplant.“", "Die Verzögerung sei kein Versehen", "Das war geplant."),
        ("Die Verzögerung sei kein Versehen, so Lindqvist: „Das war geplant.“", "Die Verzögerung sei kein Versehen", "Das war geplant."),
    ],
)  # fmt: skip
def test_a_tag_before_a_colon_reports_the_clause_before_and_the_quotation_after(text: str, before: str, quoted: str) -> None:
    """"Die Panne habe Methode, sagte Berger: „…“" had only the quotation: the Konjunktiv-I clause before the tag, which
    the speaker said too, was lost."""
    rows = attributions(text)
    assert [(a["form"], text[a["content_start"] : a["content_end"]], a["source_text"]) for a in rows] == [
        ("indirect", before, "Lindqvist"), ("direct_quote", quoted, "Lindqvist")]


def test_a_tag_with_a_colon_alone_reports_the_quotation() -> None:
    """Guard: "Lindqvist sagte: „…“" has nothing before its tag."""
    text = "Lindqvist sagte am Abend: „Das war geplant.“"
    assert [(a["form"], text[a["content_start"] : a["content_end"]]) for a in attributions(text)] == [("direct_quote", "Das war geplant.")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Die Reederei gab am Freitag, nach zähen Gesprächen, den Verkauf bekannt.",
         "gab am Freitag, nach zähen Gesprächen, den Verkauf bekannt."),
        ("Die Reederei gab am Freitag, nach zähen Gesprächen mit dem Betriebsrat, bekannt, dass die Fähre verkauft wird.",
         "dass die Fähre verkauft wird."),
    ],
)  # fmt: skip
def test_a_phrase_set_off_by_commas_before_the_particle_keeps_the_separable_verb(text: str, message: str) -> None:
    """"Der Konzern gab am Montag, nach langen Verhandlungen, die Übernahme bekannt." had no attribution: the particle
    had been looked for only up to the first comma."""
    (row,) = attributions(text)
    assert (row["cue"], text[row["content_start"] : row["content_end"]]) == ("gab", message)


def test_a_phrase_set_off_by_commas_gives_a_verb_without_its_particle_nothing() -> None:
    """Guard: "gab …, nach dem Streit, neue Zahlen heraus" is "herausgeben", no report."""
    assert attributions("Der Verlag gab am Montag, nach dem Streit, neue Bücher heraus.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Fabrik soll nach Angaben von Gewerkschaftern im Herbst schließen.",
        "Eine Gewerkschafterin sagte, der Streik gehe weiter.",
    ],
)
def test_union_members_are_people_of_an_organisation(text: str) -> None:
    """"nach Angaben von Gewerkschaftern" had been a source of unknown kind (source_heads v11)."""
    (row,) = attributions(text)
    info = sources(text)[row["source_id"]]
    assert (info["kind"], bool(info["named"])) == ("ngo", False)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tierschützer sagten, die Ställe seien viel zu eng.", "ngo"),
        ("Nach Angaben von Umweltschützern ist der Bach seit Wochen trüb.", "ngo"),
        ("Ein Verbraucherschützer sagte, die Gebühren seien zu hoch.", "ngo"),
        ("Laut Verfassungsschützern wächst die Gruppe.", "intelligence"),
        ("Grenzschützer berichteten, die Zahl der Übertritte sei gesunken.", "police"),
    ],
)
def test_protectors_of_a_cause_are_typed_by_the_compound(text: str, kind: str) -> None:
    """The "-schützer" compounds had been sources of unknown kind (source_heads v13): campaigners are people of an
    organisation, unnamed, as "Aktivisten"; Verfassungsschützer the intelligence service, Grenzschützer police."""
    (row,) = attributions(text)
    info = sources(text)[row["source_id"]]
    assert (info["kind"], bool(info["named"])) == (kind, False)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Die Ministerin riet den Bürgern zu mehr Geduld.", ["riet"]),
        ("Der Verband rät zur Vorsicht beim Kauf im Netz.", ["rät"]),
        # guards: a guess is no advice; "drohen" stays a clause verb ("Jetzt droht ein Streik")
        ("Beim Quiz riet er zweimal richtig.", []),
        ("Jetzt droht ein Streik mit langen Folgen.", []),
    ],
)
def test_advice_with_its_prepositional_object_is_reported(text: str, cues: list[str]) -> None:
    """"riet … zu mehr Geduld" was no attribution: "raten" counted only with a clause."""
    assert [a["cue"] for a in analyze(text, lang="de").attributions] == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Die Ministerin wünscht sich mehr Lehrer für die Grundschulen.", ["wünscht"]),
        ("Viele Eltern würden sich längere Öffnungszeiten wünschen.", ["wünschen"]),
        # guard: a greeting wishes something to others and states no position
        ("Der Bürgermeister wünschte allen Gästen ein gutes neues Jahr.", []),
    ],
)
def test_a_wish_with_a_reflexive_dative_is_reported(text: str, cues: list[str]) -> None:
    """"wünscht sich mehr Lehrer" was no attribution: "wünschen" counted only with a clause."""
    assert [a["cue"] for a in analyze(text, lang="de").attributions] == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Die Trainerin freut sich auf das Rückspiel in Wien.", ["freut"]),
        # guard: a place after "auf" is nothing looked forward to
        ("Die Kunden freuen sich über die niedrigen Preise auf dem Wochenmarkt.", []),
    ],
)
def test_looking_forward_to_something_is_reported(text: str, cues: list[str]) -> None:
    """"freut sich auf das Rückspiel" was no attribution: "sich freuen" counted only with a clause."""
    assert [a["cue"] for a in analyze(text, lang="de").attributions] == cues


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Das hoch verschuldete Argentinien plädierte für einen Aufschub der Zahlungen.", "Das hoch verschuldete Argentinien"),
        ("Das kleine Luxemburg lehnt den Vorschlag der Kommission ab.", "Das kleine Luxemburg"),
    ],
)
def test_a_country_with_an_adjective_before_it_can_speak(text: str, source: str) -> None:
    """"Das … Venezuela plädierte für …" was no attribution: after an article only persons, bodies and demonyms
    were speakers, not the name of a country standing for its government."""
    (row,) = analyze(text, lang="de").attributions
    assert row["source_text"] == source


def test_a_phrase_that_narrows_the_object_is_not_the_message() -> None:
    """"…um Hilfe für die Nachbarn gebeten, insbesondere für die Kinder." had the message "insbesondere für die
    Kinder": a phrase after a focus adverb was read as a main clause, which has a verb."""
    text = "Zuletzt habe er um Hilfe für die Nachbarn gebeten, insbesondere für die Kinder."
    (row,) = [a for a in analyze(text, lang="de").attributions if a["cue"] == "gebeten"]
    assert text[row["content_start"] : row["content_end"]].startswith("Zuletzt habe er")
    # guard: a focus adverb before a clause with a verb after the comma is still the message of "glauben"
    clause = "Ich glaube, insbesondere in einer Krise, wie wir sie erleben, muss der Staat handeln."
    (row,) = [a for a in analyze(clause, lang="de").attributions if a["cue"] == "glaube"]
    assert clause[row["content_start"] : row["content_end"]].startswith("insbesondere in einer Krise")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Stadt hat Berichte nicht vorgelegt, die die Sicherheit der Beiwagen „k4“ und „k5“ belegen.", "de"),
        ("The city has not released reports that show the trailers “k4” and “k5” are safe.", "en"),
    ],
)
def test_a_quoted_code_of_letters_and_digits_is_a_name_not_a_quotation(text: str, lang: str) -> None:
    """„k5“ in a list of models had been a direct quotation of the sentence's speaker: a code of letters and
    digits names a model, a rating or a road."""
    result = analyze(text, lang=lang)
    assert all(a["form"] != "direct_quote" for a in result.attributions)
    assert not [c for c in result.cues if c["category"] == "scare_quote"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "message"),
    [
        ("Am Abend folgte die Ankündigung, die Stadt werde sofort mit dem Bau beginnen.", "Ankündigung", None,
         "die Stadt werde sofort mit dem Bau beginnen."),
        ("Von der Feuerwehr kam der Hinweis, im Keller befinde sich noch Gas.", "Hinweis", "der Feuerwehr",
         "im Keller befinde sich noch Gas."),
        ("Trotz der Ankündigung des Trainers, nach der Saison aufzuhören, blieb die Mannschaft ruhig.", "Ankündigung",
         "des Trainers", "nach der Saison aufzuhören"),
        ("Die Sängerin wandte sich an das Publikum mit der Aufforderung, ruhig zu bleiben.", "Aufforderung",
         "Die Sängerin", "ruhig zu bleiben."),
        ("Viele Eltern hatten die Befürchtung, dass der neue Schulweg zu gefährlich sei.", "Befürchtung", "Viele Eltern",
         "dass der neue Schulweg zu gefährlich sei."),
        ("Im Dorf gibt es Zweifel daran, ob die neue Brücke wirklich hält.", "Zweifel", None,
         "ob die neue Brücke wirklich hält."),
        # guard: what is announced is no speaker
        ("Die Ankündigung des Umbaus, die Halle werde geschlossen, überraschte viele.", "Ankündigung", None,
         "die Halle werde geschlossen"),
    ],
)
def test_a_statement_noun_with_its_content_after_the_comma_reports_it(text: str, cue: str, source: str | None, message: str) -> None:
    """"der Ankündigung, die Stadt werde …", "die Aufforderung, … zu bleiben", "der Hinweis, im Keller befinde sich …" had no
    attribution (or the whole sentence as a report of nobody): the noun and the clause after its comma are one."""
    (row,) = [a for a in analyze(text, lang="de").attributions if a["cue"] == cue]
    assert row["source_text"] == source and text[row["content_start"] : row["content_end"]] == message


@pytest.mark.parametrize(
    ("text", "cue", "source", "message"),
    [
        ("Die Kritik des Verbands: Die Gebühren seien viel zu hoch.", "Kritik", "des Verbands", "Die Gebühren seien viel zu hoch."),
        ("Unsere Forderung an den Senat: Die Bäder bleiben offen.", "Forderung", "Unsere", "Die Bäder bleiben offen."),
    ],
)
def test_a_statement_noun_with_its_owner_before_a_colon_reports_what_follows(text: str, cue: str, source: str, message: str) -> None:
    """"Mein Appell an Sie: …": a noun of statement with its owner named and a colon after it is one report."""
    (row,) = [a for a in analyze(text, lang="de").attributions if a["cue"] == cue]
    assert row["source_text"] == source and text[row["content_start"] : row["content_end"]] == message


def test_a_statement_noun_without_an_owner_before_a_colon_is_a_heading() -> None:
    text = "Forderung nach mehr Personal: Die Kliniken suchen seit Jahren Pflegekräfte."
    assert not [a for a in analyze(text, lang="de").attributions if a["cue"] == "Forderung"]


def test_a_phrase_set_off_after_a_statement_noun_in_the_genitive_is_no_content() -> None:
    text = "Die Vereine erhielten die Chance, im Zuge eines Interviews, ihre Sicht darzulegen."
    assert not [a for a in analyze(text, lang="de").attributions if a["cue"] == "Interviews"]
    # nor is the sentence's own verb going on after a noun set off by commas
    text = "Ihre, der Nachbarin, Kritik daran, habe am Plan nichts geändert."
    assert not [a for a in analyze(text, lang="de").attributions if a["cue"] == "Kritik"]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Der für Verkehr zuständige Minister sagte, die Brücke bleibe bis Mai gesperrt.", "Der für Verkehr zuständige Minister", "government"),
        ("Die Pegel stiegen weiter, sagte der für die Region zuständige Koordinator.", "der für die Region zuständige Koordinator", "person"),
        ("„Wir brauchen mehr Boote“, sagte der für die Region zuständige Koordinator.", "der für die Region zuständige Koordinator", "person"),
        ("Die für Familien zuständige Senatorin erklärte, das Geld reiche nicht.", "Die für Familien zuständige Senatorin", "parliament"),
    ],
)
def test_a_speaker_with_an_attribute_that_opens_with_a_preposition(text: str, source: str, kind: str) -> None:
    """"Der für Verkehr zuständige Minister sagte, …" had no speaker: the noun inside the attribute ("Verkehr",
    "Region") was taken for the head of the phrase, and the article inside it ended the phrase after the verb."""
    (row,) = analyze(text, lang="de").attributions
    assert row["source_text"] == source
    assert sources(text)[row["source_id"]]["kind"] == kind


def test_a_pronoun_with_a_phrase_after_it_still_speaks() -> None:
    """Guard: with no adjective after the phrase, the article inside it still belongs to the speaker ("einer aus
    der Gruppe")."""
    (row,) = analyze("Die Stimmung sei gut, sagte einer aus der Gruppe.", lang="de").attributions
    assert row["source_text"] == "einer aus der Gruppe"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ein vom Landkreis bestelltes Gutachten kommt zu dem Schluss, dass der Damm erneuert werden müsse.",
         "Ein vom Landkreis bestelltes Gutachten"),
        ("Das von den Ländern eingesetzte Gremium kommt zu dem Schluss, dass die Mittel nicht reichen.",
         "Das von den Ländern eingesetzte Gremium"),
    ],
)
def test_a_phrase_of_report_takes_the_subject_past_its_attribute(text: str, source: str) -> None:
    """"Ein von der Stadt beauftragtes Gutachten kommt zu dem Schluss, …" had the source "Ein" (or "der Stadt"):
    the preposition of the attribute was taken for the finite verb of the clause."""
    (row,) = analyze(text, lang="de").attributions
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("Die Kosten seien gestiegen, sagte der Kämmerer der Stadt, Lukas Brandt.", "person:brandt"),
        ("Die Kosten seien gestiegen, so die Sprecherin des Landkreises, Mira Ostwald (SPD).", "person:ostwald"),
        ("Der Landrat, Jens Kolbe (CDU), sagte, die Straße bleibe gesperrt.", "person:kolbe"),
        ("Die Vorsitzende, die frühere Richterin Vera Lenz, sagte, das Verfahren sei fair gewesen.", "person:lenz"),
    ],
)
def test_a_name_in_apposition_to_the_speakers_role_is_the_source(text: str, source_id: str) -> None:
    """A role and the name beside it: the person is the source. The name had been lost at the end of the sentence
    ("…, sagte der Kämmerer, Lukas Brandt."), after a party in parentheses and after a described name."""
    (row,) = analyze(text, lang="de").attributions
    assert row["source_id"] == source_id


def test_a_name_then_its_role_at_the_end_stays_the_name() -> None:
    """Guard: a name with its role after it ("…, vermutet Tom Lenz, SPD-naher Berater.") keeps the name as the phrase."""
    (row,) = analyze("Die Partei habe sich verrechnet, vermutet Tom Lenz, SPD-naher Berater.", lang="de").attributions
    assert row["source_text"] == "Tom Lenz"


def test_so_with_a_name_inside_a_clause_that_goes_on_in_konjunktiv_one() -> None:
    """"Seine Partei, so Weber, stehe hinter ihm." had no speaker: a short clause before "so" went on only after an
    auxiliary; a Konjunktiv-I verb continues the reported clause as well."""
    (row,) = analyze("Die Fraktion, so Hallberg, stehe geschlossen hinter dem Antrag.", lang="de").attributions
    assert (row["cue"], row["source_text"]) == ("so", "Hallberg")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Den Vorwurf, die Firma habe getäuscht, wies der Geschäftsführer zurück.", "der Geschäftsführer"),
        ("Der Vorwurf, die Firma habe getäuscht, wies der Geschäftsführer zurück.", "der Geschäftsführer"),
        ("Die Opposition warf der Ministerin vor, sie habe das Parlament getäuscht.", "Die Opposition"),  # guard: a body first
    ],
)
def test_a_statement_before_the_verb_and_a_person_after_it(text: str, source: str) -> None:
    """"Der Vorwurf, …, wies der Bürgermeister zurück" had the statement as its speaker: with "der"/"ein" and a
    masculine noun for a person after the verb, the person is in the nominative and speaks."""
    rows = analyze(text, lang="de").attributions
    assert rows[0]["source_text"] == source


def test_a_role_before_a_name_of_a_body_member_is_that_person() -> None:
    """"Die Geologin Jana Kühn von der Universität Graz sagte" had the university as its source (a role word the
    heads do not know before the name hid the person); a later "die … Forscherin" then found no one to refer to."""
    text = ("Die Kette sei 40.000 Jahre alt, sagte die Geologin Ines Marwitz von der Universität Rostock. "
            "Sie lag in einer Höhle. Es sei der älteste Fund der Region, sagte die auf Gestein spezialisierte Forscherin.")
    rows = analyze(text, lang="de").attributions
    said = [r for r in rows if r["cue"] == "sagte"]
    assert [r["source_id"] for r in said] == ["person:marwitz", "person:marwitz"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Betten würden knapp, warnen Lübecker Ärzte.", "person"),
        ("Kasseler Forscher haben herausgefunden, dass der Grundwasserspiegel sinkt.", "expert"),
        ("Aus Pariser Diplomatenkreisen verlautete, ein Abkommen stehe bevor.", "anonymous"),
    ],
)
def test_a_place_adjective_before_a_group_is_no_name(text: str, kind: str) -> None:
    """"Berliner Ärzte warnen" had a named source of the kind independent_media: a capitalised adjective of a place
    before a group of people or of unnamed sources was read as the name of an outlet ("Business Insider")."""
    (row,) = analyze(text, lang="de").attributions
    assert (row["named"], row["source_kind"]) == (False, kind)


def test_a_place_adjective_before_a_body_still_names_it() -> None:
    """Guard: before the head of a body the place adjective is part of its name ("die Leipziger Zeitung")."""
    (row,) = analyze("Die Lage sei ernst, berichtet die Leipziger Zeitung.", lang="de").attributions
    assert (row["named"], row["source_kind"]) == (True, "independent_media")


def test_a_person_noun_in_the_genitive_is_the_same_person() -> None:
    """"Nach Worten des Trainers" had a source of unknown kind, and "der Trainer", "dem Trainer" and "des Trainers"
    were three sources: a noun for a person the lexicons lack was keyed with its article and not known in the genitive."""
    text = ("Der Vermieter sagte, die Heizung sei repariert. Nach Worten des Vermieters war es ein Rohr. "
            "Dem Vermieter zufolge gab es keinen Schaden.")
    rows = analyze(text, lang="de").attributions
    assert {r["source_id"] for r in rows} == {"np:vermieter"}
    assert sources(text)["np:vermieter"]["kind"] == "person"


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("Brandauer zufolge ist der Damm sicher.", "person:brandauer"),
        ("Der Damm sei sicher, so Brandauer.", "person:brandauer"),
        ("Die Gefahr sei gering, so Wiesinger am Montag.", "person:wiesinger"),
    ],
)
def test_a_lone_surname_beside_zufolge_or_so_is_a_person(text: str, source_id: str) -> None:
    """"Keller zufolge …" and "…, so Keller." had an unnamed source of unknown kind: a single capitalised word counted as
    a name only beside a verb of report, as in "sagte Keller"."""
    (row,) = analyze(text, lang="de").attributions
    assert (row["source_id"], row["named"], row["source_kind"]) == (source_id, True, "person")


@pytest.mark.parametrize(
    "text",
    ["Die Kosten sind laut Fahrplan gedeckt.", "Die Firma zahlt, warnten Datenschützer."],
)
def test_a_common_noun_after_laut_or_a_plural_verb_stays_unnamed(text: str) -> None:
    """Guard: after "laut" a common noun stands without an article, and beside a verb in the plural a bare plural."""
    (row,) = analyze(text, lang="de").attributions
    assert not row["named"]


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        ("Der 58-jährige Kowalczyk sagte, der Vertrag werde verlängert.", "Der 58-jährige Kowalczyk",
         "np:der 58-jährige kowalczyk"),
        ("Der Vertrag werde verlängert, sagte die 47-jährige Ines Scholl.", "die 47-jährige Ines Scholl", "person:scholl"),
        ("Die langjährige Ines Scholl sagte, der Vertrag werde verlängert.", "Die langjährige Ines Scholl", "person:scholl"),
    ],
)
def test_an_article_and_an_adjective_before_a_personal_name(text: str, source: str, source_id: str) -> None:
    """"Der 54-jährige Schmidt sagte, …" had no speaker (a surname without the ending of a noun for a person was no
    plausible head after an article), and "die frühere Ina Berg" was an unnamed phrase, not the person Berg."""
    rows = [r for r in analyze(text, lang="de").attributions if r["cue"] == "sagte"]
    assert [(r["source_text"], r["source_id"]) for r in rows] == [(source, source_id)]


def test_a_noun_after_an_age_is_a_person_but_no_surname() -> None:
    """Guard: "der 30-jährige Torwart" is someone described, no person named Torwart; a surname named before with a
    first name is that person ("der 58-jährige Kowalczyk" after "Jan Kowalczyk")."""
    (row,) = analyze("Der 30-jährige Torwart sagte, er sei enttäuscht.", lang="de").attributions
    assert (row["source_id"], row["source_kind"]) == ("np:der 30-jährige torwart", "person")
    text = "Jan Kowalczyk leitet die Werft. Der 58-jährige Kowalczyk sagte, der Vertrag werde verlängert."
    (row,) = analyze(text, lang="de").attributions
    assert row["source_id"] == "person:kowalczyk"


@pytest.mark.parametrize(
    "text",
    [
        "Der Landrat sagte der Lokalzeitung, er sehe keinen Grund zur Sorge.",
        'Gegenüber der "Rheinischen Post" sagte der Minister, er sehe keinen Handlungsbedarf.',
    ],
)
def test_a_pronoun_after_an_outlet_told_refers_to_the_speaker(text: str) -> None:
    """"Der Minister sagte der Zeitung, er sehe …": the pronoun had been resolved to the outlet the speaker told (the
    last source of the sentence); only a person's key won over an outlet."""
    rows = analyze(text, lang="de").attributions
    assert len({r["source_id"] for r in rows}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Der Ausbau des Hafens wurde von Vogelschützern scharf kritisiert.",
        "Der Ausbau wurde am Montag von Radfahrerinnen kritisiert.",
    ],
)
def test_a_plural_of_a_noun_for_persons_without_article_is_no_name(text: str) -> None:
    """"von Vogelschützern": a dative plural (or a feminine plural) of a noun for persons that no source head lists had
    been taken for a lone surname, a named person; it is a group of people, unnamed."""
    rows = [r for r in analyze(text, lang="de").attributions if r["source_text"].endswith(("schützern", "innen"))]
    assert rows and all((r["named"], r["source_kind"]) == (False, "person") for r in rows)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Der 61 Jahre alte Förster sagte, der Wald erhole sich langsam.", "Der 61 Jahre alte Förster"),
        ("Die 47 Jahre alte Greta Lindholm sagte, der Wald erhole sich langsam.", "Die 47 Jahre alte Greta Lindholm"),
    ],
)
def test_an_age_spelled_out_in_words_before_the_speaker(text: str, source: str) -> None:
    """"Der 61 Jahre alte Förster sagte, …": the number and "Jahre" were read as a phrase of time filling the
    prefield ("Vergangene Woche sagte …"), so "sagte" had no subject and the clause after it was taken for the report
    ("erhole"); the age is an attribute of the speaker, a person, as "der 61-jährige Förster"."""
    rows = analyze(text, lang="de").attributions
    assert [(r["cue"], r["source_text"], r["source_kind"]) for r in rows] == [("sagte", source, "person")]


def test_a_genitive_name_after_the_noun_of_its_cue_is_the_person() -> None:
    """"Nach Ansicht Brandauers …" had the key person:brandauers, so "Brandauer" named later was another source; the
    genitive "-s" of a name right after the cue's noun is no part of the name (a name ending in a sibilant takes an
    apostrophe instead and keeps its "s")."""
    text = "Nach Ansicht Brandauers ist die Brücke marode. Brandauer sagte, sie müsse gesperrt werden."
    result = analyze(text, lang="de")
    assert {r["source_id"] for r in result.attributions} == {"person:brandauer"}


@pytest.mark.parametrize("noun", ["Schiedsrichter", "Videoschiedsrichter", "Linienrichterin"])
def test_a_compound_of_richter_for_a_referee_is_no_court(noun: str) -> None:
    """"Der Schiedsrichter sagte, …" had been typed judiciary through the compound head "Richter"; a referee (also in
    a compound: "Videoschiedsrichter") is a person, no court. A judge still is judiciary."""
    (row,) = analyze(f"Der {noun} sagte nach dem Spiel, der Treffer sei regulär gewesen.", lang="de").attributions
    assert row["source_kind"] == "person"
    (row,) = analyze("Der Bundesrichter sagte, das Urteil sei rechtskräftig.", lang="de").attributions
    assert row["source_kind"] == "judiciary"


def test_a_lone_name_before_a_relative_clause_and_its_verb() -> None:
    """"Brandauer, der seit Jahren die Fähre betreibt, sagte, …": a lone surname stood right beside no verb of report
    (a relative clause comes between) and had been an unnamed phrase of unknown kind; the verb after the relative
    clause makes it a name, as "Brandauer sagte"."""
    text = "Brandauer, der seit Jahren die Fähre betreibt, sagte, der Fahrplan werde ausgedünnt."
    (row,) = analyze(text, lang="de").attributions
    assert (row["source_id"], row["named"], row["source_kind"]) == ("person:brandauer", True, "person")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Meinung Lindqvists ist der Damm zu niedrig.", "Meinung Lindqvists"),
        ("Der Damm ist nach Meinung des Gutachters zu niedrig.", "Meinung des Gutachters"),
    ],
)
def test_nach_meinung_reads_according_to_its_owner(text: str, source: str) -> None:
    """"Nach Meinung Brandauers ist die Brücke marode" had "die Brücke" as its source: "nach Meinung" was a phrase of
    speech whose speaker is the clause's subject; it reads "according to", as "nach Ansicht" does."""
    (row,) = analyze(text, lang="de").attributions
    assert (row["form"], row["source_text"]) == ("according_to", source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a short quotation in the main clause does not hand the clause after it to the speaker before
        ("Die Bürgermeisterin hält den Plan für gut. Auch der Kämmerer will „noch einmal genau nachrechnen“, ob das Geld reichen werde.",
         "der Kämmerer"),
        # guard: a quotation after reported words alone goes on with the speaker before
        ("Die Bürgermeisterin sagte, der Plan sei gut. Die Kosten seien klar: „Wir bleiben im Rahmen.“", "Die Bürgermeisterin"),
    ],
)  # fmt: skip
def test_a_quotation_in_a_main_clause_with_its_own_subject_leaves_the_reported_clause_to_it(text: str, source: str) -> None:
    """"X will „…“ prüfen, ob … werde": the Konjunktiv I of the clause after the main clause is the report of that
    main clause's subject (as without the quotation), not a continuation of the sentence before."""
    rows = [a for a in attributions(text) if a["form"] != "direct_quote"]
    assert rows[-1]["source_text"] == source
