from __future__ import annotations

import pytest

from scoring import analyze
from scoring.model.doc import build_doc


def cues(text: str, category: str) -> list[dict]:
    return [c for c in analyze(text, lang="de").cues if c["category"] == category]


@pytest.mark.parametrize(
    ("text", "term", "subtype", "suggestion"),
    [
        ("Das Regime in Minsk reagierte nicht.", "Regime", "label", "Regierung"),
        ("Die Stützen des Castro-Regimes wanken.", "Castro-Regimes", "label", "Regierung"),
        ("Der Kastrismus hat das Land geprägt.", "Kastrismus", "label", "kubanische Regierung, Castro-Regierung"),
        ("Die Behörden zeigen eine stille Komplizenschaft.", "Komplizenschaft", "pejorative", "Beteiligung, Mitwirkung (mit Beleg)"),
        ("Die Führung ist besessen von Kontrolle.", "besessen", "pejorative", "interessiert an, ausgerichtet auf"),
        ("Eine galoppierende Inflation trifft die Rentner.", "galoppierende", "intensifier", "stark steigend (Zahl nennen)"),
        ("Das Land versinkt in der Krise.", "versinkt", "intensifier", "leidet unter, gerät in"),
        ("Es ist die schlimmste Dürre seit Jahren.", "schlimmste", "intensifier", "schwer, ernst (mit Vergleichszahlen)"),
        ("Eine Flut von Anträgen überfordert das Amt.", "Flut", "intensifier", "große Zahl (Zahl nennen)"),
    ],
)
def test_loaded_terms(text: str, term: str, subtype: str, suggestion: str) -> None:
    found = {(c["text"], c["subtype"], c["suggestion"]) for c in cues(text, "loaded")}
    assert (term, subtype, suggestion) in found


@pytest.mark.parametrize(
    "text",
    [
        "Das Sanktionsregime der EU wird verlängert.",  # technical term
        "Das Steuerregime wurde reformiert.",
        "Die Naturkatastrophe zerstörte drei Dörfer.",
        "Der Minister traf seinen Amtskollegen in Wien.",
        "Den Preis stiftete der Unternehmer Peter F. Klug vor zehn Jahren.",  # a name after an initial
        "Die Küstenwache barg zwölf Menschen aus den Fluten.",  # the plural of "Flut" is water
        "Der Fahrer wurde wegen fahrlässiger Tötung angeklagt.",  # offences named by the law
        "Die Staatsanwaltschaft ermittelt wegen fahrlässiger Körperverletzung.",
        "Das Gericht sah kein grob fahrlässiges Verhalten.",
    ],
)
def test_innocent_words(text: str) -> None:
    assert [c for c in cues(text, "loaded") if c["weight"] >= 0.5] == []


def test_negligence_outside_the_law_is_a_judgement() -> None:
    assert [c["text"] for c in cues("Die Planung der Behörde war fahrlässig.", "loaded")] == ["fahrlässig"]


def test_voice_of_loaded_words() -> None:
    result = analyze(
        "„Das Regime lügt“, sagte der Oppositionsführer. Die Opposition nennt es ein Regime. Das Regime schweigt.",
        lang="de",
    )
    voices = [c["voice"] for c in result.cues if c["text"] == "Regime"]
    assert voices == ["source", "source", "author"]
    assert result.scores["loaded_author_voice"] == 1 and result.scores["loaded_source_voice"] == 2


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        ("Die Firma lieferte Geräte unter dem Vorwand der „Stärkung der Zusammenarbeit“.", ["„Stärkung der Zusammenarbeit“"]),
        ('Es war ein Besuch der "Höflichkeit", hieß es offiziell.', ['"Höflichkeit"']),
        ('Die Rede beschwor einen Akt "brüderlicher" Zusammenarbeit.', ['"brüderlicher"']),
        ("Die sogenannte „Reform“ kostet Milliarden.", ["„Reform“"]),
        ("Der Präsident nannte den Besuch „historisch“.", []),  # partial quotation of the president
        ("Die Opposition spricht von „Abzocke“.", []),
        ("Er schrieb für die Zeitung „Welt“ über den Fall.", []),  # a title
        ("Der Roman „Krieg und Frieden“ ist lang.", []),
        ("In der Sendung „Sportschau“ / „Kicker im Studio“ kamen beide Trainer zu Wort.", []),  # a second title after a slash
        ("In der Sendung „Sportschau“ kamen die „Experten“ zu Wort.", ["„Experten“"]),  # not joined to the title
    ],
)
def test_scare_quotes(text: str, scare: list[str]) -> None:
    assert [c["text"] for c in cues(text, "scare_quote")] == scare


@pytest.mark.parametrize(
    ("text", "fragment", "language"),
    [
        ("Sin embargo, die Regierung hält am Plan fest.", "Sin embargo", "es"),
        ("However, die Regierung hält am Plan fest.", "However", "en"),
        ("Die Regierung, por lo tanto, hält fest.", "por lo tanto", "es"),
    ],
)
def test_foreign_fragments(text: str, fragment: str, language: str) -> None:
    assert [(c["text"], c["subtype"]) for c in cues(text, "foreign")] == [(fragment, language)]


@pytest.mark.parametrize(
    "text",
    [
        "La Habana war erneut Schauplatz eines Treffens.",  # a Spanish place name
        "Der Film „The Good Place“ läuft im Kino.",  # inside a quotation
        "Das Embargo gegen Kuba bleibt.",
    ],
)
def test_not_foreign(text: str) -> None:
    assert cues(text, "foreign") == []


def test_every_cue_has_explanations_and_offsets() -> None:
    result = analyze(
        "Das Regime soll angeblich Tausende verhaftet haben. Es ist kein Zufall! Sin embargo, die „Reform“ kommt.", lang="de"
    )
    assert {c["category"] for c in result.cues} >= {"loaded", "hedge", "booster", "scare_quote", "foreign"}
    for cue in result.cues:
        assert cue["explanation"] and cue["explanation_de"] and cue["rule"]
        assert result.text[cue["start"] : cue["end"]] == cue["text"]


CAPITALS_CASES = [
    # (lang, text, the capitals cues expected)
    ("en", "The council called the plan a SHAMEFUL waste of money.", ["SHAMEFUL"]),
    ("en", "Residents said the plan was fine. The mayor said it was NOT ACCEPTABLE to anyone.", ["NOT ACCEPTABLE"]),
    ("en", "WASHINGTON — The council met on Monday.", []),  # dateline
    ("en", "HOUSING PRICES RISE AGAIN IN THE CAPITAL\nPrices rose by two percent.", []),  # a headline line
    ("en", "SPEND WISELY This step is harder than it looks for many families.", []),  # run-in heading
    ("en", "The council met UNICEF officials on Monday.", []),  # a name the registry knows
    ("en", "Photo: MICHAEL Jones. Michael Jones took the photo on Monday.", []),  # a name written both ways
    ("en", "The council said it would “NEVER” agree to the plan.", []),  # quoted: not the writer's
    ("en", "“We will not accept this TERRIBLE plan,” the mayor said.", ["TERRIBLE"]),  # emphasis inside a quotation
    ("de", "„Das war ein GEWALTIGER Fehler der Stadt“, sagte die Ärztin.", ["GEWALTIGER"]),
    ("de", "Der Sender zeigt am Sonntag den „KRIMINALFALL“ aus Kiel.", []),  # a quotation in capitals only
    ("de", "Der Verband der Hersteller (FAHRWERK) tagte in Kiel.", []),  # an abbreviation in brackets
    ("en", "“Please send the files to the office (REDACTED) today,” the email said.", []),  # an editor's insertion
    ("de", "Der Stadtrat hat die Pläne am Montag GESTOPPT, wie erwartet.", ["GESTOPPT"]),
    ("de", "BERLIN – Der Stadtrat tagte am Montag.", []),
    ("es", "El ayuntamiento aprobó el plan con un apoyo ENORME de los vecinos.", ["ENORME"]),
    ("es", "SOLIDARIDAD con los vecinos afectados por la tormenta.", ["SOLIDARIDAD"]),
    ("es", "Los vecinos celebran la decisión #URGENTE del ayuntamiento.", []),  # a hashtag
    ("es", "Los vecinos celebran la fiesta #BarrioUnidoAHORA este domingo.", []),  # the last word of a camel-case hashtag
]


def test_the_words_of_a_camel_case_hashtag_are_tokens_of_their_own() -> None:
    text = "Hoy empieza la #SemanaDelLibroUNAM en el campus #Norte."
    doc = build_doc("x", "es", text, [{"start": 0, "end": len(text), "sent_id": 0, "kind": "body", "para_id": 0}])
    words = [t.text for t in doc.tokens]
    assert words[4:10] == ["Semana", "Del", "Libro", "UNAM", "en", "el"] and "Norte" in words
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    loaded = [c["text"] for c in analyze("Cientos marchan con el lema #BastaDeMentiras en la plaza.", lang="es").cues if c["category"] == "loaded"]
    assert loaded == ["Mentiras"]


@pytest.mark.parametrize(("lang", "text", "expected"), CAPITALS_CASES)
def test_words_in_capitals_are_emphasis_but_layout_conventions_are_not(lang: str, text: str, expected: list[str]) -> None:
    result = analyze(text, lang=lang)
    found = [c for c in result.cues if c["subtype"] == "capitals"]
    assert [c["text"] for c in found] == expected
    assert all(c["category"] == "booster" and c["weight"] == 0.5 and c["suggestion"] for c in found)
    assert all(c["voice"] == "source" for c in found if result.text[: c["start"]].count("“") + result.text[: c["start"]].count("„"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Er hängte an jedes Wort die Endsilbe „-chen“ an.", "de"),
        ("Der Begriff „Sondervermögen“ stammt aus dem Haushaltsrecht.", "de"),
        ("Several states dropped the term “resident alien” from their laws.", "en"),
        ("La palabra «régimen» aparece a menudo en la prensa.", "es"),
    ],
)
def test_a_word_mentioned_is_no_scare_quote(text: str, lang: str) -> None:
    assert [c["text"] for c in analyze(text, lang=lang).cues if c["category"] == "scare_quote"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('The "Clean Harbor" campaign lost the town vote by four points.', "en"),  # a name before its noun
        ('Die Stadt baut neu, mehr dazu <a href="https://example.org/plan">im Plan</a>.', "de"),  # a tag left in plain text
        ('<p class="lead">Die Stadt baut neu.</p>', "de"),
        ("The authors of the “Rivers and Bridges Plan” signed the letter.", "en"),  # a title with "and"
        ("El comunicado del «Ministerio de Salud Pública» llegó tarde.", "es"),  # a name with "de"
    ],
)
def test_names_and_tag_attributes_are_no_scare_quotes(text: str, lang: str) -> None:
    assert [c["text"] for c in analyze(text, lang=lang).cues if c["category"] == "scare_quote"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("“Harbor Nights” star Lena Ortiz spoke about her first role.", "en"),  # a show's title before its star
        ("The report names the “permit gap,” a flaw that let buyers skip the check.", "en"),  # a term and its apposition
        ("Geplant ist die „Familienkasse plus“, eine Leistung für alle Kinder.", "de"),
        ("El Gobierno presentó el «bono joven», una ayuda para el alquiler.", "es"),
        ("The aide sent a draft. “Sunset clause” is a legal term for a rule that expires.", "en"),  # the term opens, "is a" explains it
        ("Die Firma plant. „Kurzarbeit“ ist eine Regelung, die Stellen sichert.", "de"),
        ("La empresa planea. «Puerta giratoria» es un nombre para el paso de cargos.", "es"),
        ("He had roles in “The Long Night,” “Harbor 9,” and “Blue Hours.”", "en"),  # a title ending in a number
        ("Die Ministerin sprach in der „Abendschau 2“ über den Plan.", "de"),
    ],
)
def test_titles_before_a_role_and_terms_explained_are_no_scare_quotes(text: str, lang: str) -> None:
    assert [c["text"] for c in analyze(text, lang=lang).cues if c["category"] == "scare_quote"] == []


def test_a_scare_quote_before_a_definite_phrase_stays_one() -> None:
    found = [c["text"] for c in analyze("Die „Reform“, die Sache der Ministerin, ist gescheitert.", lang="de").cues if c["category"] == "scare_quote"]
    assert found == ["„Reform“"]


def test_a_quotation_with_a_tag_inside_is_still_a_quotation() -> None:
    result = analyze('Sie sagte: "Die Kosten steigen <b>stark</b>."', lang="de")
    assert [(a["cue"], a["form"]) for a in result.attributions] == [("sagte", "direct_quote")]


def test_german_capitals_tell_no_title() -> None:
    # every German noun is capitalised: a phrase with lower-case words between nouns may be distance
    found = [c["text"] for c in analyze("Die Regierung setzt ihren „Kampf gegen den Terror“ fort.", lang="de").cues if c["category"] == "scare_quote"]
    assert found == ["„Kampf gegen den Terror“"]


@pytest.mark.parametrize(
    "text",
    [
        "Die neue Ausgabe des Magazins „Rotlicht“ erscheint am Montag.",  # the title noun in the genitive
        "Die Nachfolge-Sendung des „Abendstadl“ startet im Herbst.",  # a genitive article between noun and name
    ],
)
def test_a_name_after_a_title_noun_in_the_genitive_is_no_scare_quote(text: str) -> None:
    assert not [c for c in analyze(text, lang="de").cues if c["category"] == "scare_quote"]


@pytest.mark.parametrize(
    ("text", "rhetorical"),
    [
        ("Wozu braucht eine Kleinstadt denn zwei neue Sporthallen?", True),  # a modal particle: it argues
        ("Wer kontrolliert die Vergabe der Fördergelder überhaupt?", True),
        ("Wie viele Sporthallen braucht eine Kleinstadt?", False),  # standing alone: a heading or an FAQ
        ("Wie sehen Sie denn die Lage der Sportvereine?", False),  # put to an interviewee
        ("Bleibt die Halle offen, denn wer zahlt sonst die Miete?", False),  # "denn" after a comma: a conjunction
    ],
)
def test_a_question_standing_alone_argues_with_a_modal_particle(text: str, rhetorical: bool) -> None:
    found = [c for c in analyze(text, lang="de").cues if c["subtype"] == "rhetorical_question"]
    assert bool(found) == rhetorical


@pytest.mark.parametrize(
    ("lang", "text", "marks"),
    [
        ("de", "Herzlichen Glückwunsch zum Jubiläum! Der Verein feiert am Samstag.", 0),
        ("de", "Vielen Dank an alle Helfer! Das ist ein Skandal!", 1),
        ("en", "Thanks to every volunteer! The council's plan is a scandal!", 1),
        ("en", "Happy holidays from the library team!", 0),
        ("es", "¡Muchas gracias a los voluntarios! ¡Esto es un escándalo!", 1),
        ("es", "Buen viaje a la delegación del club!", 0),
    ],
)
def test_an_exclamation_closing_a_greeting_or_thanks_is_no_emphasis(lang: str, text: str, marks: int) -> None:
    found = [c for c in analyze(text, lang=lang).cues if c["subtype"] == "exclamation"]
    assert len(found) == marks


@pytest.mark.parametrize(
    "text",
    [
        # a speaker the grammar cannot read (a footnote mark after the name)
        "“Not at all,” said the Minister of Finance3 last week, in an address before the Chamber of Commerce, the farmers are in part responsible.",
        "“Never again,” the harbour master's deputy in charge said.",
    ],
)
def test_a_short_utterance_before_its_speech_verb_is_no_scare_quote(text: str) -> None:
    assert [c for c in analyze(text, lang="en").cues if c["category"] == "scare_quote"] == []


def test_a_scare_quote_stays_one_without_a_speech_verb() -> None:
    text = "The new car park is a “green” project, and it opens in May."
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "scare_quote"] == ["“green”"]


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        # the speaker's words quoted in part after a verb of speech, even where the grammar finds no speaker
        ("A planner hired by the council last spring, said she would be “stunned” if the ferry ran late.", []),
        ("The mayor accused the council of being “reckless” with the budget.", []),
        # a capital after the quotation is a name in English, not the noun it modifies
        ('The union complained that managers were trying to "protect" Dawson.', []),
        # nobody speaks: the writer's distance
        ('The navy sent a "humanitarian" mission to the island.', ['"humanitarian"']),
        ("The “reform” cost the town millions.", ["“reform”"]),
        ("The island was considered “safe” until the storm.", ["“safe”"]),  # a passive names no speaker
        ("It was a state that many thought “lost” for good.", ["“lost”"]),  # "a state": the noun
    ],
)
def test_partial_quotations_and_scare_quotes_in_english(text: str, scare: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "scare_quote"] == scare


@pytest.mark.parametrize(
    ("text", "loaded"),
    [
        ("The talks may lead to a new security regime in the Gulf.", []),  # a system of rules
        ("The sanctions regime was tightened in May.", []),
        ("The regime in Damascus denied the report.", ["regime"]),  # a label for a government
    ],
)
def test_regime_as_a_system_of_rules_is_no_label(text: str, loaded: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "loaded"] == loaded


@pytest.mark.parametrize(
    ("text", "lang", "cues"),
    [
        # a judging verb of report is the writer's choice, even before reported speech; its noun is no verb
        ("The mayor claims that the city is safe.", "en", [("claims", "author")]),
        ("Her claims were false.", "en", []),
        ("He said the mayor claims that the city is safe.", "en", [("claims", "source")]),  # inside what he said
        ("Der Bürgermeister prahlte, die Stadt sei sicher.", "de", [("prahlte", "author")]),
        ("Laut Polizei prahlte der Mann, er sei unschuldig.", "de", [("prahlte", "source")]),
    ],
)
def test_the_verb_of_a_report_is_the_writers_word(text: str, lang: str, cues: list[tuple[str, str]]) -> None:
    assert [(c["text"], c["voice"]) for c in analyze(text, lang=lang).cues if c["category"] == "loaded"] == cues


@pytest.mark.parametrize(
    ("text", "lang", "voice", "quoted"),
    [
        # the paraphrase beside a quotation that a report takes is the speaker's message too, and the
        # quotation stays a direct quote of its own
        ("The union leader said the shameful contract was “a slap in the face for nurses”.", "en", "source",
         "a slap in the face for nurses"),
        ("The union leader said that “we need a vote on it” before the shameful contract is signed.", "en", "source",
         "we need a vote on it"),
        ("Die Ärztin bezeichnete die skandalöse Sparrunde als „ein Desaster“.", "de", "source", "ein Desaster"),
        # the writer's words outside the message stay the writer's
        ("After the shameful vote, the union leader said the contract was “a slap in the face for nurses”.", "en",
         "author", "a slap in the face for nurses"),
        ("Die skandalöse Ärztin bezeichnete die Sparrunde als „ein Desaster“.", "de", "author", "ein Desaster"),
    ],
)
def test_the_words_beside_a_quotation_in_a_report_are_the_speakers(text: str, lang: str, voice: str, quoted: str) -> None:
    result = analyze(text, lang=lang)
    assert [c["voice"] for c in result.cues if c["text"].startswith(("shameful", "skandalös"))] == [voice]
    assert [text[a["content_start"] : a["content_end"]] for a in result.attributions if a["form"] == "direct_quote"] == [quoted]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a tag after its message that goes on with a second reporting verb: the clause before the tag is still
        # what the first verb reports, in the speaker's voice
        ("Der Umgang mit den Mietern ist skandalös, sagt die Anwältin und erklärt, warum sie klagen will.",
         "Der Umgang mit den Mietern ist skandalös"),
        ("Der Umgang mit den Mietern ist skandalös, sagt die Anwältin.", "Der Umgang mit den Mietern ist skandalös"),
    ],
)
def test_a_tag_going_on_with_a_second_report_keeps_its_message(text: str, message: str) -> None:
    result = analyze(text, lang="de")
    assert [c["voice"] for c in result.cues if c["text"] == "skandalös"] == ["source"]
    assert [text[a["content_start"] : a["content_end"]] for a in result.attributions if a["cue"] == "sagt"] == [message]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Fans of \"Mariners\" will remember the old diner.", False),  # a title in one capitalised word
        ("Voters mark \"Y\" or \"N\" on the ballot.", False),  # letters
        ("The council passed its \"balanced\" budget on Monday.", True),  # the writer's distance
    ],
)
def test_a_capitalised_word_or_a_letter_in_quotation_marks_is_no_scare_quote(text: str, flagged: bool) -> None:
    cues = analyze(text, lang="en").cues
    assert any(c["category"] == "scare_quote" for c in cues) is flagged


def _quoted(text: str, single_quotes: bool = True) -> list[str]:
    rows = [{"start": 0, "end": len(text), "sent_id": 0, "kind": "body", "para_id": 0}]
    doc = build_doc("x", "en", text, rows, single_quotes=single_quotes)
    return [text[q.inner_start : q.inner_end] for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("‘We will not give in,’ the minister said.", ["We will not give in,"]),  # British style
        ("Smith rejects deal, calls it 'a bad joke.'", ["a bad joke."]),  # a headline's single marks
        ("The council called the plan ‘unworkable’ on Monday.", ["unworkable"]),
        ("In the '90s the voters' mood and rock 'n' roll changed.", []),  # apostrophes: elision, possessive
        ("Parents’ groups and the teachers’ union met.", []),  # possessives only
        ("„Wir sagen ‚Nein‘“, sagte sie.", ["Wir sagen ‚Nein‘", "Nein"]),  # German inner marks as before
    ],
)
def test_single_quotation_marks_quote_and_apostrophes_do_not(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


def test_a_loaded_word_in_single_marks_is_the_speakers() -> None:
    result = analyze("'The mayor is a liar,' the councillor said.", lang="en")
    assert [row["voice"] for row in result.cues if row["text"] == "liar"] == ["source"]


def test_single_marks_quote_only_where_the_pack_says_so() -> None:
    assert _quoted("Smith rejects deal, calls it 'a bad joke.'", single_quotes=False) == []
    quotes = [c["text"] for c in analyze("El Gobierno rechaza las cifras 'oficiales' del informe.", lang="es").cues]
    assert "'oficiales'" not in quotes  # Spanish single marks set off a word, the pack reads no quotation there


def test_a_quoted_line_of_its_own_is_no_scare_quote() -> None:
    """'"Related:"' standing alone between paragraphs is a label in quotation marks, not the writer's distance."""
    from scoring import analyze

    text = 'The council met on Monday.\n\n"Related:"\n\nTheir "reform" cost the town dearly.'
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "scare_quote"] == ['"reform"']


def _paragraph_quotes(text: str, lang: str = "en") -> list[str]:
    """The quotations of ``text``, whose paragraphs are separated by blank lines."""
    rows, start = [], 0
    for para_id, block in enumerate(text.split("\n\n")):
        rows.append({"start": start, "end": start + len(block), "sent_id": para_id, "kind": "body", "para_id": para_id})
        start += len(block) + 2
    doc = build_doc("x", lang, text, rows)
    return [text[q.inner_start : q.inner_end] for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a quotation over paragraphs opens each with a mark and closes in the last: each paragraph is quoted
        ('"We will rebuild the bridge first.\n\n"Then the school," said Lund.', ["We will rebuild the bridge first", "Then the school,"]),
        ("„Wir bauen zuerst die Brücke neu.\n\n„Dann die Schule“, sagte Lund.", ["Wir bauen zuerst die Brücke neu", "Dann die Schule"]),
        # a closing mark of another style ends it in the paragraph (one quotation may mix the styles); a next
        # paragraph without a mark is no continuation
        ('"We will rebuild the bridge first,” said Lund.\n\n"Then the school," she added.', ["We will rebuild the bridge first,", "Then the school,"]),
        ('"We will rebuild the bridge first, said Lund.\n\nThe council agreed on Monday.', []),
    ],
)
def test_a_quotation_over_paragraphs_quotes_each_of_them(text: str, quoted: list[str]) -> None:
    assert _paragraph_quotes(text, "de" if "„" in text else "en") == quoted


def test_a_quotation_over_paragraphs_is_the_speakers_words() -> None:
    text = ("The plant closed in May.\n\n\"We are of course going to fight this decision in every court.\n\n"
            "\"Nobody here will give up,\" said Dana Kreel, who leads the union.")  # fmt: skip
    result = analyze(text, lang="en")
    first = next(a for a in result.attributions if text[a["content_start"] : a["content_end"]].startswith("We are"))
    assert first["source_id"] == "person:kreel"
    assert [c["voice"] for c in result.cues if c["text"] == "of course"] == ["source"]
    assert not [c for c in result.cues if c["text"] == "We" and c["voice"] == "author"]  # not the writer's self-mention


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We will rebuild the bridge first,\" said Lund. The council agreed.", ["We will rebuild the bridge first,"]),
        ('"We will rebuild the bridge first,” said Lund. The council agreed.', ["We will rebuild the bridge first,"]),
        ("„Wir bauen die Brücke zuerst\", sagte Lund. Der Rat stimmte zu.", ["Wir bauen die Brücke zuerst"]),
        # a straight mark before a word opens; one after a word closes only a quotation it can
        ('“The plan, as "Lund" put it, is final.” The council agreed.', ['The plan, as "Lund" put it, is final.', "Lund"]),
        ('“Vote "yes" on Friday,” said Lund.', ['Vote "yes" on Friday,', "yes"]),
    ],
)
def test_one_quotation_may_mix_curly_and_straight_marks(text: str, quoted: list[str]) -> None:
    """Web text often opens a quotation with a curly mark and closes it with a straight one, or the other way round."""
    assert _paragraph_quotes(text, "de" if "„" in text else "en") == quoted


def test_words_around_a_quotation_of_nobody_stay_the_writers() -> None:
    """A quoted title that no one is quoted as saying leaves the sentence the writer's: the reader address before it
    counts (a sentence with a speaker's attribution does not)."""
    text = "No te pierdas nuestro seminario «El clima después de la crisis» el martes."
    assert {c["text"] for c in analyze(text, lang="es").cues if c["voice"] == "author"} >= {"te", "nuestro"}


@pytest.mark.parametrize(
    ("text", "lang", "scare"),
    [
        # a list of three quotations or more cites words or slogans; two may be a pair of scare quotes
        ("The firm tried slogans from “always fresh” to “fair prices,” “local first” and “open late.”", "en", []),
        ("The clerks searched the files for “harbor,” “levy” and “ferry.”", "en", []),
        ("Die Partei warb mit „Mut“, „Maß“ und „Mitte“ um Stimmen.", "de", []),
        ("The “experts” and “advisers” failed in May.", "en", ["“experts”", "“advisers”"]),
        # a capitalised word that opens its sentence before its verb is a title or a term named
        ("“Harbor” has been a surprise hit on the streaming service.", "en", []),
        # a term explained in brackets
        ("The panel compares its numbers to official “benchmarks” (the figures taken as most accurate).", "en", []),
        ("The “reform” of the levy failed in May.", "en", ["“reform”"]),  # guard: one word kept at a distance
    ],
)
def test_lists_titles_and_terms_explained_in_brackets_are_no_scare_quotes(text: str, lang: str, scare: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang=lang).cues if c["category"] == "scare_quote"] == scare


def test_a_short_quotation_of_words_a_speaker_says_later_is_theirs() -> None:
    """The quoted word comes back inside the mayor's quotation further on: her word, not the writer's distance."""
    text = ("The utility has not found the “missing” invoices. "
            "“I want every one of the invoices that are missing on my desk by Friday,” the mayor said.")
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "scare_quote"] == []
    alone = "The utility has not found the “missing” invoices. The mayor wants them by Friday."
    assert [c["text"] for c in analyze(alone, lang="en").cues if c["category"] == "scare_quote"] == ["“missing”"]


@pytest.mark.parametrize(
    ("text", "lang", "marks"),
    [
        ("Last year Protect Our Parks sued the county over the new road.", "en", []),
        ("The charity Save Our Shores opened an office in the harbor.", "en", []),
        ("Die Initiative Rettet Unsere Bäume hat Klage eingereicht.", "de", []),
        # guards: the writer's own first person, a headline in title case, a run-in heading in capitals
        ("Our town voted on Monday, and we waited for the count.", "en", ["Our", "we"]),
        ("Why We Must Act on the Bridge Now", "en", ["We"]),
        ("BRIDGE NEWS We finally have a date for the opening.", "en", ["We"]),
        ("Wir haben nachgefragt. Unsere Stadt wartet noch.", "de", ["Unsere"]),
        # a hashtag in camel case and a reply after a handle are the writer's own words
        ("Gracias a todos los voluntarios #JuntosNosCuidamos", "es", ["Nos"]),
        ("@AnaRuiz Mi amiga, el puente abre en mayo.", "es", ["Mi"]),
    ],
)
def test_a_first_person_word_inside_a_name_is_no_self_mention(text: str, lang: str, marks: list[str]) -> None:
    """"Save Our Shores" had been the writer speaking of themselves: a first-person word capitalised inside a
    sentence, next to another capitalised word, is part of a name."""
    found = [c["text"] for c in analyze(text, lang=lang).cues if c["subtype"] == "self_mention"]
    assert found == marks
