"""English attribution (scoring/languages/en/grammar.py) and sources: forms, speakers, messages, second-hand
chains, anonymous and vague sources, pronouns — on sentences written for these tests."""

from __future__ import annotations

import pytest

from scoring import analyze


def attributions(text: str) -> list[dict]:
    return analyze(text, lang="en").attributions


def forms(text: str) -> list[tuple[str, str | None]]:
    """(form, source text) of every attribution, in text order."""
    return [(a["form"], a["source_text"]) for a in attributions(text)]


def content(text: str, row: dict) -> str:
    result = analyze(text, lang="en")
    return result.text[row["content_start"] : row["content_end"]]


def speaker_name(text: str, row: dict) -> str | None:
    """The name of the source of ``row`` in the sources table (what a pronoun source stands for)."""
    return next((s["name"] for s in analyze(text, lang="en").sources if s["source_id"] == row["source_id"]), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # direct quotation, speaker after or before
        ("“We will rebuild the bridge,” said Anna Kowalski.", [("direct_quote", "Anna Kowalski")]),
        ("“We will rebuild the bridge,” Anna Kowalski said.", [("direct_quote", "Anna Kowalski")]),
        ("“We will rebuild the bridge,” she told reporters.", [("direct_quote", "she")]),
        ("Kowalski said: “We will rebuild the bridge next year.”", [("direct_quote", "Kowalski")]),
        # indirect
        ("The mayor said the bridge would reopen in May.", [("indirect", "The mayor")]),
        ("The mayor said that the bridge would reopen in May.", [("indirect", "The mayor")]),
        ("The mayor told reporters on Monday that the bridge would reopen.", [("indirect", "The mayor")]),
        ("The mayor has repeatedly warned that the bridge is unsafe.", [("indirect", "The mayor")]),
        ("The bridge will reopen in May, the mayor said.", [("indirect", "the mayor")]),
        ("The bridge will reopen in May, said the mayor.", [("indirect", "the mayor")]),
        ("In a statement, the company said it would appeal.", [("indirect", "the company")]),
        ("Critics of the plan say it favours developers.", [("indirect", "Critics of the plan")]),
        ("Sen. Maria Lopez (D-Ore.) said the vote was premature.", [("indirect", "Sen. Maria Lopez")]),
        # according to, as X reported
        ("According to the police, two people were injured.", [("according_to", "the police")]),
        ("Two people were injured, according to the police.", [("according_to", "the police")]),
        ("As the Harbor Ledger reported, the mayor resigned.", [("according_to", "the Harbor Ledger")]),
        # agentless
        ("It is believed that the fire started in the kitchen.", [("agentless", None)]),
        ("It was reported that the mayor had resigned.", [("agentless", None)]),
    ],
)
def test_forms_and_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget on Tuesday.",
        "The report is on the table.",  # a noun, not the verb
        "His claims were never checked.",  # a noun
        "The United States imposed new tariffs.",  # "States" is no verb
        "That said, the bridge is still closed.",  # an idiom
        "Needless to say, the vote was close.",
        "The book, known as the red guide, sold well.",  # a participle without auxiliary
        "Many residents have doubts about the new road.",  # after "have" a form in -s is a noun
        "The runner claimed the title in record time.",  # won, not said
        "The flood claimed three lives in the valley.",
    ],
)
def test_no_attribution(text: str) -> None:
    assert [a for a in attributions(text) if a["form"] != "reportative"] == []


def test_speaker_and_colon_before_a_quotation() -> None:
    rows = attributions("Kowalski: “We will rebuild the bridge next year.”")
    assert rows and {(a["form"], a["source_text"]) for a in rows} == {("direct_quote", "Kowalski")}


def test_appositive_speaker_is_the_name_with_the_role_nearby() -> None:
    text = "John Smith, a spokesman for the ministry, said the talks had failed."
    [row] = attributions(text)
    assert row["source_text"] == "John Smith" and row["source_id"] == "person:smith" and row["named"]
    assert content(text, row) == "the talks had failed"


def test_role_before_name_resolves_to_the_person() -> None:
    [row] = attributions("A spokeswoman for the agency, Jane Doe, said the office would close.")
    assert row["source_id"] == "person:doe"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Smith, 45, who leads the union, said the strike would go on.", "indirect"),
        ("Smith, however, said the strike would go on.", "indirect"),
        ("Smith, in an interview on Friday, said the strike would go on.", "indirect"),
    ],
)
def test_appositions_between_speaker_and_verb(text: str, form: str) -> None:
    assert forms(text) == [(form, "Smith")]


def test_message_stops_before_the_next_report() -> None:
    text = "The mayor said the bridge was safe, adding that repairs would begin in June."
    said, adding = attributions(text)
    assert content(text, said) == "the bridge was safe" and content(text, adding) == "repairs would begin in June"
    assert adding["source_id"] == said["source_id"]  # the participle clause shares the speaker


def test_coordinated_verb_shares_the_speaker() -> None:
    text = "The governor praised the volunteers but said more funding was needed."
    praised, said = attributions(text)
    assert said["source_text"] == "The governor" and praised["source_text"] == "The governor"


def test_a_nested_report_stays_inside_the_message() -> None:
    text = "The mayor said the engineer told him the bridge was safe."
    said, told = attributions(text)
    assert content(text, said).startswith("the engineer told him") and told["source_text"] == "the engineer"


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("The minister told the BBC that talks would resume.", "The minister", "the BBC"),
        ("The minister said in an interview with CNN that talks would resume.", "The minister", "CNN"),
        ("Reuters, citing two diplomats, reported that talks would resume.", "two diplomats", "Reuters"),
        ("The Guardian quoted the minister as saying that talks would resume.", "the minister", "The Guardian"),
    ],
)
def test_second_hand_chains(text: str, source: str, via: str) -> None:
    rows = [a for a in attributions(text) if a["via_text"]]
    assert rows and rows[0]["source_text"] == source and rows[0]["via_text"] == via
    assert rows[0]["strength"] == pytest.approx(0.6) or not rows[0]["named"]


@pytest.mark.parametrize(
    ("text", "kind", "named"),
    [
        ("Sources familiar with the matter said the deal was close.", "anonymous", False),
        ("A person close to the campaign said the deal was close.", "anonymous", False),
        ("Officials speaking on condition of anonymity said the deal was close.", "government", False),
        ("Experts say the deal is close.", "expert", False),
        ("Critics say the deal is unfair.", "person", False),
        ("The Justice Department said the deal was legal.", "government", True),
        ("The Associated Press reported that the deal was close.", "news_agency", True),
        ("Neighbours of the plant said the deal was close.", "person", False),  # a bare plural of people: a group, unnamed
        ("Friends of the mayor said the deal was close.", "person", False),
        ("Those close to the talks said the deal was close.", "anonymous", False),  # insiders, as "people close to"
        ("Those familiar with the plan said the deal was close.", "anonymous", False),
    ],
)
def test_anonymous_vague_and_named_sources(text: str, kind: str, named: bool) -> None:
    [row] = attributions(text)
    assert (row["source_kind"], row["named"]) == (kind, named)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Many delegates said the vote had been rushed.", "en"),
        ("Several spectators said the match had been fixed.", "en"),
        ("Einige Delegierte sagten, die Abstimmung sei überhastet gewesen.", "de"),
    ],
)
def test_a_counted_group_of_unknown_people_is_no_named_person(text: str, lang: str) -> None:
    [row] = analyze(text, lang=lang).attributions
    assert not row["named"] and not row["source_id"].startswith("person:")


def test_pronoun_speakers_resolve_to_the_named_antecedent() -> None:
    text = "Maria Delgado, the utility's manager, spoke at the meeting. She said rates would rise. “It cannot wait,” she added."
    rows = attributions(text)
    assert {a["source_id"] for a in rows} == {"person:delgado"}


def test_pronoun_gender_picks_the_compatible_antecedent() -> None:
    text = "Mr. Brown met Mrs. Green on Monday. She said the talks had been useful."
    [row] = attributions(text)
    assert row["source_id"] == "person:green"


def test_a_continued_quotation_keeps_its_speaker() -> None:
    text = "“The water is safe,” the manager said. “We test it every day. Nobody has fallen ill.”"
    rows = attributions(text)
    assert [a["form"] for a in rows] == ["direct_quote", "direct_quote"]
    assert rows[0]["source_id"] == rows[1]["source_id"]


def test_quoted_sentences_after_a_report_go_on_under_its_cue() -> None:
    """Quoted sentences of their own after a report of the same speaker are that report's words, under its cue;
    a quotation inside the writer's sentence keeps its own mark as cue."""
    text = "The mayor said the bridge would reopen in May. “The repairs are nearly done. Traffic will flow again.”"
    report, quote = attributions(text)
    assert quote["form"] == "direct_quote" and quote["source_text"] == "The mayor"
    assert (quote["cue_start"], quote["cue_end"]) == (report["cue_start"], report["cue_end"])
    guard = "The mayor said the bridge would reopen in May. Drivers call the detour “a maze” on most days."
    assert all(row["cue"] != "said" for row in attributions(guard)[1:])


def test_a_long_quotation_goes_on_with_the_speaker_quoted_right_before_it() -> None:
    """A quotation of several sentences whose first sentence follows a tagged quotation goes on with that speaker
    under the same cue, though it ends beyond the sentences a quotation looks back over; after a report without
    quotation marks, a long quotation keeps no speaker."""
    quoted = ' "The building is old. The roof leaks. The budget is thin. But we will find the money."'
    text = '"We will not close the library," she said, reading from her notes.' + quoted
    first, second = attributions(text)
    assert second["source_text"] == "she" and (second["cue_start"], second["cue"]) == (first["cue_start"], "said")
    guard = "The mayor said the library would stay open, reading from her notes." + quoted
    assert [(a["cue"], a["source_text"]) for a in attributions(guard)] == [("said", "The mayor"), ('"', None)]


def test_a_quotation_opening_after_the_cue_in_its_sentence_goes_on_under_that_cue() -> None:
    """A quotation without a tag that opens after a report's cue in the report's sentence (and runs on past it) is
    more of that report; one in a later sentence, inside the writer's words, keeps its own mark as cue."""
    text = "The mayor said she rarely visits the depot, “except when the trains are late. And they are late every week.”"
    report, quote = attributions(text)
    assert quote["source_text"] == "The mayor" and (quote["cue_start"], quote["cue"]) == (report["cue_start"], "said")
    guard = "The mayor said she rarely visits the depot. Her staff, however, “check the timetable every single morning.”"
    assert [a["cue"] for a in attributions(guard)] == ["said", "“"]


def test_a_later_quotation_of_the_same_report_is_another_piece_of_it() -> None:
    """A second quotation in the sentence of a report that quoted before, with no other report between, is more of
    that report's message (its cue and speaker); another report's quotation keeps its own."""
    text = "The mayor said the aim was not to “close the old bridge for good” but to “build a safer one right beside it.”"
    first, second = attributions(text)
    assert second["source_text"] == "The mayor" and (second["cue_start"], second["cue"]) == (first["cue_start"], "said")
    guard = "The mayor said the plan was “a good start for the whole town,” while critics called it “a waste of public money.”"
    assert [(a["cue"], a["source_text"]) for a in attributions(guard)] == [("said", "The mayor"), ("called", "critics")]


def test_the_sentences_of_an_interview_answer_share_the_turns_cue() -> None:
    """Every sentence of an answer goes on with its turn ("OKAFOR: …") under the turn's label and colon: one answer."""
    text = ("HARRIS: Will the plant close this winter?\n\nOKAFOR: No, it will not. We have new orders from the port. "
            "The jobs are safe.\n\nHARRIS: And what about next year?\n\nOKAFOR: We will hire again. The town can count on us.")
    rows = attributions(text)
    assert [(a["form"], a["source_text"]) for a in rows] == [("direct_quote", "OKAFOR")] + [("continuation", "OKAFOR")] * 2 \
        + [("direct_quote", "OKAFOR"), ("continuation", "OKAFOR")]
    assert [a["cue_start"] for a in rows] == [rows[0]["cue_start"]] * 3 + [rows[3]["cue_start"]] * 2


def test_reported_content_makes_the_claim_attributed_and_quotes_strong() -> None:
    result = analyze("“The plant will close in March,” said Tom Reyes, the owner. The town has 4,000 residents.", lang="en")
    first, second = result.claims
    assert first["attributed"] and not second["attributed"]
    assert result.attributions[0]["strength"] == pytest.approx(1.0)


def test_first_person_outside_quotations_is_the_author() -> None:
    result = analyze("I think the council is wrong about the bridge.", lang="en")
    [row] = result.attributions
    assert row["source_id"] == "author"
    assert any(c["subtype"] == "author_opinion" for c in result.cues)


@pytest.mark.parametrize(
    ("text", "found"),
    [("Many residents find the new parking rules unfair.", True), ("The divers found the wreck near the pier.", False)],
)
def test_verbs_of_thinking_report_a_position_only_with_a_stance(text: str, found: bool) -> None:
    assert bool(attributions(text)) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in the past, "challenge" and "thank" report a stance with a noun object, as "supported the bill" does
        ("The union challenged the new shift rules on Tuesday.", [("indirect", "The union")]),
        ("The mayor thanked the volunteers who cleared the flooded streets.", [("indirect", "The mayor")]),
        ("Thanks to the volunteers, the streets were cleared by noon.", []),
        # guards: the noun, and the verb without an object, report nothing
        ("The challenges facing the new shift rules remain.", []),
        ("The team challenged for the title last season.", []),
    ],
)
def test_a_stance_verb_with_a_noun_object_in_the_past(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phrasal verbs of speech and a verb of crowds speaking: reports with an object or a quotation
        ("The governor railed against the new fuel levy on Monday.", [("indirect", "The governor")]),
        ("The senator alluded to her rival's remarks about the harbour.", [("indirect", "The senator")]),
        ("Several hundred dock workers chanted “Keep the port open!” outside the hall.", [("direct_quote", "Several hundred dock workers")]),
        ("Harbour workers pushed for a shorter week during the talks.", [("indirect", "Harbour workers")]),
        ("Two former coaches vouched for the young referee.", [("indirect", "Two former coaches")]),
        ("The report singled out the port authority for its delays.", [("indirect", "The report")]),
        ("The minister touched on the ferry subsidies in her speech.", [("indirect", "The minister")]),
        # guards: the nouns, and the verbs without their particle, report nothing
        ("The rail line against the river will close.", []),
        ("A single push moved the cart.", []),
        ("The chants faded as the rain began.", []),
    ],
)
def test_phrasal_verbs_of_speech_and_chanting(text: str, expected: list) -> None:
    assert forms(text) == expected


def test_headline_in_title_case() -> None:
    assert forms("Mayor Says Bridge Will Reopen In May") == [("indirect", "Mayor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any reporting verb of the lexicon, capitalised in a title-case headline, is its verb
        ("Harbor Authority Reveals It Will Dredge The Old Canal", [("indirect", "Harbor Authority")]),
        ("Fresh Survey Shows Farmers Losing Faith In Subsidies", [("indirect", "Fresh Survey")]),
        ("Veteran Coach Endorsed Rival For Federation Chair", [("indirect", "Veteran Coach")]),
        # a capitalised verb form right after another verb is its object, a noun
        ("Senator Calls Governor’s Budget Remarks ‘Reckless’", [("indirect", "Senator")]),
        # a participle before "of" is passive: the subject is the one accused, no speaker
        ("Port Director Accused Of Hiding Safety Reports", []),
        # a subject that does not open the headline, or is a long run of capitalised words, is no speaker
        ("Shortly After Floods Hit Town, Governor Pledged New Dams", []),
        ("Dock Workers Under Pressure To Endorse New Contract", []),
        # guard: the same words in a sentence of ordinary case stay nouns and names
        ("The Harbor Authority Shows exhibit opens on Friday.", []),
    ],
)
def test_any_reporting_verb_in_a_title_case_headline(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    "unit",
    [
        "the officials said the minister told reporters that ",  # one sentence without punctuation
        "Smith, ",  # a chain of commas before the verb
        "''We will win,'' he said, adding that ",  # typewriter quotes
    ],
)
def test_work_grows_linearly_with_the_sentence(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted, not timed: the noun-phrase walks and boundary look-ups of a sentence twice as long are at most
    about twice as many (every walk is bounded; a message's end is found by binary search)."""
    from scoring.languages.en.grammar import EnglishGrammar

    calls = {"n": 0}
    for name in ("np_forward", "_np_backward_walk", "_boundary_before"):
        original = getattr(EnglishGrammar, name)

        def counted(self, *args, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(EnglishGrammar, name, counted)
    work = []
    for repeat in (300, 600):
        calls["n"] = 0
        analyze(unit * repeat + "said the plan failed.", lang="en")
        work.append(calls["n"])
    assert work[1] <= 2.3 * work[0] + 50, work


@pytest.mark.parametrize(
    ("text", "source", "refused"),
    [
        ("The mayor declined to comment.", "The mayor", "to comment"),
        ("The senator declined to say whether she would vote for the bill.", "The senator",
         "to say whether she would vote for the bill"),
        ("A spokeswoman for the bakery chain did not answer a request for comment.", "A spokeswoman for the bakery chain", None),
        ("Representatives for the governor did not answer our requests for comment on Friday.", "Representatives for the governor", None),
        ("The contractor could not be reached for comment on Friday.", "The contractor", None),
        ("The union did not return calls seeking comment.", "The union", None),
        ("Officials had no immediate comment.", "Officials", None),
        ("The club would not disclose the fee.", "The club", "the fee"),  # a negated verb of disclosure, and what it withheld
        ("The harbour master would not discuss the dredging contract.", "The harbour master", "the dredging contract"),
        ("The airline has not commented on the pilots' strike.", "The airline", "on the pilots' strike"),
        ("The club's owner said nothing about the fee.", "The club's owner", None),  # nothing said
    ],
)  # fmt: skip
def test_refusals_to_comment_are_one_declined_attribution(text: str, source: str, refused: str | None) -> None:
    result = analyze("The ferry fares will rise by a fifth. " + text, lang="en")
    (row,) = [a for a in result.attributions if a["sent_id"] == 1]
    assert (row["form"], row["source_text"], row["strength"]) == ("declined", source, 0.0)
    # what was refused is the row's content; it backs no claim and stays in the writer's voice
    assert (content(result.text, row) if row["content_start"] is not None else None) == refused
    assert not any(claim["attributed"] for claim in result.claims)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the plan would not work.",  # a negation inside the message
        "The council did not return the money, the auditor said.",  # "return" without a request
        "The auditor said nothing had been paid back.",  # "nothing" opens the clause said
    ],
)
def test_negations_elsewhere_are_no_refusals(text: str) -> None:
    assert all(row["form"] != "declined" for row in attributions(text))


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("It was a report by the Gazette that the mayor had misled the council.", "the Gazette", "the mayor had misled the council"),
        ("A statement from the ministry that the bridge was safe came late.", "the ministry", "the bridge was safe came late"),
    ],
)
def test_a_report_by_someone_that_reports_its_clause(text: str, source: str, message: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source and content(text, row).startswith(message.split(" came")[0])


def test_a_relative_clause_after_a_report_noun_is_no_report() -> None:
    assert attributions("She kept a letter from her brother that made her laugh.") == []


def test_a_court_ruling_reports_its_clause_and_other_rulings_do_not() -> None:
    (row,) = attributions("The judge ruled that the search was illegal.")
    assert (row["form"], row["source_text"], row["source_kind"]) == ("indirect", "The judge", "judiciary")
    assert attributions("Officials ruled out a new tax.") == attributions("She ruled the club for a decade.") == []


def test_you_as_a_speaker_is_the_person_addressed_not_a_vague_source() -> None:
    from scoring.aggregation.findings import find_findings

    text = "Q: Why did the plan fail?\n\nA: It failed because of the costs.\n\nQ: But you said the costs were fine."
    result = analyze(text, lang="en")
    assert [a["source_kind"] for a in result.attributions if a["source_text"] == "you"] not in ([], ["impersonal"])
    assert not [f for f in find_findings(result) if f.rule == "vague-source"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A spokesman for the health ministry said the plan was safe.", "government"),
        ("A spokeswoman for the campaign said the ad would run on Monday.", "party"),
    ],
)
def test_a_role_for_a_lower_case_body_takes_the_bodys_kind(text: str, kind: str) -> None:
    (row,) = attributions(text)
    assert row["source_kind"] == kind


def test_registry_sources_are_named_as_the_article_writes_them() -> None:
    result = analyze("Officials at the State Department said talks would resume.", lang="en")
    assert [(s["name"], s["registry_id"]) for s in result.sources] == [("State Department", "us_state_department")]
    german = analyze("Das US-Außenministerium teilte mit, die Gespräche gingen weiter.", lang="de")
    assert [s["name"] for s in german.sources] == ["US-Außenministerium"]  # the registry's name


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The chairman met the delegates and said one of them backed the mayor.", "The chairman"),  # a coordinated verb
        ("Senator Jane Miller on Wednesday downplayed the attack and said it was normal.", "Senator Jane Miller"),
        ("Mrs. Smith shook her head and said she would not run.", "Mrs. Smith"),
        ("Joseph R. Biden said the remarks had made him a danger.", "Joseph R. Biden"),  # a middle initial
        ("Joseph Biden Jr. said the remarks had made him a danger.", "Joseph Biden Jr"),  # a name suffix
        # a middle initial in the subject of a participle of speech
        ("Judge Maria T. Olsen closed the hearing, saying the motion came too late.", "Judge Maria T. Olsen"),
        ("The party chairman said the vote was fair.", "The party chairman"),
        ("The group whose founder resigned said it would go on.", "The group whose founder resigned"),  # not "whose …"
    ],
)
def test_speaker_of_a_clause_with_a_plain_verb_first(text: str, source: str) -> None:
    found = attributions("The campaign held a rally on Monday in Ohio. " + text)
    assert [row["source_text"] for row in found] == [source]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a tag inside the message: the message runs on after it (one span, the tag inside)
        ("The difference in tone, said Ortega, would be obvious to voters.", "Ortega",
         "The difference in tone, said Ortega, would be obvious to voters"),
        ("The union will sit out the election, director Phil Smith told the paper earlier this week.", "director Phil Smith",
         "The union will sit out the election"),
        ("The union will sit out the election, Smith said last month.", "Smith", "The union will sit out the election"),
        # an inverted tag whose speaker has a relative clause that ends the sentence
        ("Keeping the pier open is the town's duty, said a group of fishermen who rely on it.", "a group of fishermen",
         "Keeping the pier open is the town's duty"),
        ("Keeping the pier open is the town's duty, said Lund, who runs the harbor.", "Lund", "Keeping the pier open is the town's duty"),
    ],
)
def test_speech_tags_after_or_inside_the_message(text: str, source: str, message: str) -> None:
    row = attributions(text)[0]
    assert (row["source_text"], content(text, row)) == (source, message)


def test_a_verb_with_its_object_after_an_apposition_is_no_tag() -> None:
    text = "Sen. Ann Blunt, facing a stiff challenge, criticized Clinton's email use, calling it reckless."
    assert attributions(text)[0]["source_text"] == "Sen. Ann Blunt"


def test_titles_before_names_type_the_source() -> None:
    found = attributions("Former Ohio Gov. Ann Lee said the party should act. Sen. Bob Ray said the bill would pass.")
    assert [(row["source_text"], row["source_kind"]) for row in found] == [
        ("Former Ohio Gov. Ann Lee", "politician"), ("Sen. Bob Ray", "politician")]  # fmt: skip
    # (a former governor speaks for no government: a politician; see test_source_descriptions)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor said the bridge would reopen in May.\n\nCLARIFICATION: An earlier version of this story gave a wrong date.", "en"),
        ("Der Bürgermeister sagte, die Brücke öffne im Mai.\n\nKorrektur: In einer früheren Fassung stand ein falsches Datum.", "de"),
        ("El alcalde dijo que el puente abrirá en mayo.\n\nFe de erratas: una versión anterior daba una fecha errónea.", "es"),
    ],
)
def test_an_editors_note_is_no_speaker_and_no_claim(text: str, lang: str) -> None:
    result = analyze(text, lang=lang)
    assert [s["kind"] for s in result.sentences][-1] == "boilerplate"
    assert len(result.attributions) == 1  # the mayor's, not "CLARIFICATION:" as a speaker


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Her general election campaign said it raised money.", "party"),  # "general" modifies "election"
        ("The general said the troops would stay.", "military"),
        ("A police officer said the road was closed.", "police"),
    ],
)
def test_the_head_of_an_english_source_phrase(text: str, kind: str) -> None:
    assert attributions(text)[0]["source_kind"] == kind


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ('Asked about the delay, the mayor said, "I doubt it."', "the mayor", "I doubt it."),  # a short quotation after "said,"
        ('Lena Holt, the club treasurer, told the local paper simply, "We lost."', "Lena Holt", "We lost."),
    ],
)
def test_a_quotation_after_the_tag_and_a_comma_is_what_was_said(text: str, source: str, content: str) -> None:
    result = analyze(text, lang="en")
    (attribution,) = [a for a in result.attributions if a["form"] == "direct_quote"]
    assert attribution["source_text"] == source
    assert result.text[attribution["content_start"] : attribution["content_end"]] == content
    assert not [a for a in result.attributions if a["cue"] == "doubt"]  # the quoted words' own verb reports nothing


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("In the county, most said the new levy was too high.", ["most"]),
        ("While some neighbors say the park is too loud, others say it brings life to the street.", ["some neighbors", "others"]),
        ("Most parents said the buses were late, and two-thirds said the drivers were polite.", ["Most parents", "two-thirds"]),
        ("In the suburbs, a third said the levy was fair.", ["a third"]),  # a share of the people asked
        ("Most riders said the trams were late, and three-fourths said the fares were fair.", ["Most riders", "three-fourths"]),
        ("One neighbor praised the park. Another said the music was too loud.", ["One neighbor", "Another"]),
    ],
)
def test_a_quantifier_can_stand_for_the_speakers(text: str, sources: list[str]) -> None:
    assert [a["source_text"] for a in attributions(text)] == sources


def test_a_relative_clause_report_ends_where_the_main_verb_begins() -> None:
    result = analyze("Ortiz, who says the budget is short, said the council must vote again.", lang="en")
    contents = {a["cue"]: result.text[a["content_start"] : a["content_end"]] for a in result.attributions}
    assert contents == {"says": "the budget is short", "said": "the council must vote again"}


def test_a_title_case_headline_after_a_name_and_colon_is_attributed() -> None:
    result = analyze("Mayor Ruiz: Budget Cuts ‘Will Hurt,’ Council Must Act.\n\nThe mayor spoke on Monday.", lang="en")
    (attribution,) = [a for a in result.attributions if a["cue"] == ":"]
    assert (attribution["form"], attribution["source_text"]) == ("direct_quote", "Mayor Ruiz")
    assert not [a for a in analyze("Goals: Ruiz, Holt, Brandt.", lang="en").attributions if a["cue"] == ":"]  # a list


def test_the_subject_of_a_relative_clause_is_its_own_speaker() -> None:
    (attribution,) = [a for a in analyze("It was a plan that she and several of her aides had long opposed as wasteful.", lang="en").attributions]
    assert attribution["source_text"] == "she and several of her aides"


def test_an_amount_before_the_subject_is_not_part_of_it() -> None:
    result = analyze("That is far below the $40 million analysts say the campaign needs.", lang="en")
    assert [a["source_text"] for a in result.attributions] == ["analysts"]


def test_a_quotation_after_a_possessive_name_is_that_persons_term() -> None:
    result = analyze("The senator defended Maria Lopez’s “fair deal” in the debate.", lang="en")
    assert [c for c in result.cues if c["category"] == "scare_quote"] == []
    assert [c["text"] for c in analyze("The “experts” disagreed with the plan.", lang="en").cues if c["category"] == "scare_quote"] == ["“experts”"]


def test_a_verb_phrase_before_a_comma_is_no_subject() -> None:
    text = "He promised new jobs and cast doubt on the official jobless rate of 5 percent, suggested that it was higher."
    sources = [a["source_text"] for a in analyze(text, lang="en").attributions]
    assert not any(s and s.startswith("cast doubt") for s in sources)


def test_that_as_a_complementiser_is_not_part_of_the_next_speaker() -> None:
    result = analyze("The senator said that the local farmers are seeking a partner to counter cheap imports.", lang="en")
    assert [a["source_text"] for a in result.attributions] == ["The senator"]
    (experts,) = [a for a in analyze("The aide noted that economists say the tax is too low.", lang="en").attributions if a["cue"] == "say"]
    assert experts["source_text"] == "economists"


def test_a_participle_after_a_comma_is_not_part_of_the_speakers() -> None:
    result = analyze("The mayor raised the alarm, echoing water engineers who say the dam is weak.", lang="en")
    assert "water engineers" in [s["name"] for s in result.sources]  # the speaker "who" stands for


def test_a_poll_share_is_no_vague_source_finding() -> None:
    from scoring.aggregation.findings import find_findings

    text = "In the new poll, 58 percent of likely voters said the economy mattered most. Critics said the poll was small."
    vague = [f.text for f in find_findings(analyze(text, lang="en")) if f.rule == "vague-source"]
    assert not any("percent" in v for v in vague) and "Critics" in vague
    # a poll nobody is named for is vague, as German "laut einer Umfrage"; a named pollster is not
    assert "the new poll" in vague
    named = "According to a Gallup poll, 58 percent of likely voters said the economy mattered most."
    assert [f.text for f in find_findings(analyze(named, lang="en")) if f.rule == "vague-source"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The museum is the most visited in the region, according to a yearly survey.", "a yearly survey"),
        ("Elderly residents said the bus was always late.", "Elderly residents"),
    ],
)
def test_adjectives_in_ly_are_part_of_the_source(text: str, source: str) -> None:
    (attribution,) = analyze(text, lang="en").attributions
    assert attribution["source_text"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("About one in five said the fee was unfair.", "About one in five"),
        ("All but two said the vote should wait.", "All but two"),
        ("In Maine, nine out of ten said the roads were worse.", "nine out of ten"),
        ("Some 42% say the tax is too high.", "Some 42%"),
        ("Nearly 60% of renters said the rent rose.", "Nearly 60% of renters"),
    ],
)
def test_counted_people_and_percentages_are_the_speakers(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source


def test_a_speech_tag_inside_the_sentence_reports_all_of_it() -> None:
    text = "The new bridge, said Weber and two engineers, would cost far more than planned."
    (row,) = attributions(text)
    assert row["source_text"] == "Weber and two engineers"
    assert content(text, row).endswith("would cost far more than planned")
    text = "The new bridge, she said, would cost far more than planned."
    (row,) = attributions(text)
    assert content(text, row).startswith("The new bridge") and content(text, row).endswith("than planned")


def test_a_verb_coordinated_with_a_refusal_reports_on_its_own() -> None:
    text = "The chairman declined to name the donors but said one was a local firm."
    assert forms(text) == [("declined", "The chairman"), ("indirect", "The chairman")]


def test_an_opening_participle_phrase_is_passed_over_for_the_subject() -> None:
    text = "Asked about the fee, the mayor shook her head and said, “No.”"
    assert ("direct_quote", "the mayor") in forms(text)


def test_an_apposition_inside_the_object_keeps_the_label_in_the_message() -> None:
    text = "At the hearing, the senator called the mayor, her old rival, a “menace.”"
    (row,) = attributions(text)
    assert "a “menace" in content(text, row)


def test_a_question_after_the_answer_is_reported_too() -> None:
    text = "“We are not ready for that yet,” the mayor said, when asked whether she would run again."
    found = attributions(text)
    assert [(a["form"], a["cue"]) for a in found] == [("direct_quote", "said"), ("agentless", "asked")]
    assert content(text, found[1]) == "whether she would run again"
    # a plain "asked" with its own subject stays that subject's report
    assert forms("The voters asked whether the plan was legal.") == [("indirect", "The voters")]


def test_a_gerund_after_with_has_its_own_speaker() -> None:
    text = "Rivals went further, with the governor calling the mayor a fraud."
    assert forms(text) == [("indirect", "the governor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator questioned whether the levy would ever be repealed.", [("indirect", "The senator")]),
        ("Police questioned two drivers after the crash.", []),  # an interrogation, no report
    ],
)
def test_questioning_a_claim_is_a_report_questioning_a_person_is_not(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "form", "message"),
    [
        # an abbreviated date between the verb and its clause does not end the message
        ("The governor told lawmakers on Feb. 9 that the budget would be late.", "indirect", "the budget would be late"),
        ("The coach said on Sept. 30 that two players had been injured.", "indirect", "two players had been injured"),
        # an "as" tag reports the clause beside it, without itself
        ("As the coroner noted on Friday, the cause of death is still unknown.", "according_to", "the cause of death is still unknown"),
        ("The ferry will not run on Sunday, as the harbor office announced.", "according_to", "The ferry will not run on Sunday"),
    ],
)
def test_the_message_beside_dates_and_as_tags(text: str, form: str, message: str) -> None:
    (row,) = attributions(text)
    assert row["form"] == form and content(text, row) == message


def test_a_possessive_view_is_its_owners_and_stays_inside_a_report_before_it() -> None:
    text = "Maria Price, an engineer, is worried. In her view, the spillway is too narrow."
    result = analyze(text, lang="en")
    (row,) = [a for a in result.attributions if a["form"] == "according_to"]
    assert row["cue"] == "In her view" and "price" in row["source_id"] and content(text, row) == "the spillway is too narrow"
    assert not [a for a in attributions("In other words, the spillway is too narrow.") if a["form"] == "according_to"]
    rows = attributions("Farmers criticized the dam, which in their view floods the valley.")
    assert [r["cue"] for r in rows] == ["criticized"]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # the owner of the view or words is a noun phrase in the genitive: that phrase speaks, in its voice
        ("In the engineer's view, the reckless spillway design will fail.", "the engineer's", "the reckless spillway design will fail"),
        ("The reckless spillway design will fail, in Price's words.", "Price's", "The reckless spillway design will fail"),
    ],
)
def test_a_view_in_the_genitive_is_its_owners(text: str, source: str, message: str) -> None:
    result = analyze(text, lang="en")
    (row,) = result.attributions
    assert (row["form"], row["source_text"], content(text, row)) == ("according_to", source, message)
    assert [c["voice"] for c in result.cues if c["text"] == "reckless"] == ["source"]
    # a phrase of place with no owner stays no attribution
    assert attributions("The reckless spillway was, in plain view of the cameras, left open.") == []


def test_a_pronoun_resolves_to_a_name_described_by_an_unlisted_noun() -> None:
    result = analyze("The beekeeper Maria Lopez counted her hives. She said half of them were empty.", lang="en")
    (row,) = result.attributions
    assert row["source_id"] == "person:lopez" and row["source_kind"] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor will not run again, a source close to her said.",
        "The mayor will not run again, sources close to her said.",
        "The mayor will not run again, said a person close to her.",
    ],
)
def test_a_source_close_to_a_pronoun_speaks(text: str) -> None:
    (row,) = attributions(text)
    assert row["source_kind"] == "anonymous" and content(text, row) == "The mayor will not run again"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ferry will not run on Sunday, said two officials.", "two officials"),
        ("The ferry will not run on Sunday, said residents.", "residents"),
        ("The ferry will not run on Sunday, said people familiar with the schedule.", "people familiar with the schedule"),
    ],
)
def test_a_speech_tag_closing_the_sentence_has_its_speaker_after_the_verb(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source and content(text, row) == "The ferry will not run on Sunday"


@pytest.mark.parametrize(
    "text",
    [
        "The treasurer, citing “the worst harvest in a decade,” said the budget would have to be cut.",
        'The treasurer, calling the forecast "far too gloomy," said the budget would have to be cut.',
    ],
)
def test_a_quoted_phrase_between_speaker_and_verb_is_not_the_message(text: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == "The treasurer" and row["form"] == "indirect"
    assert content(text, row) == "the budget would have to be cut"


def test_a_quotation_before_its_speech_tag_stays_the_message() -> None:
    text = "“The budget will have to be cut,” the treasurer said in a speech to farmers on Monday."
    (row,) = attributions(text)
    assert row["form"] == "direct_quote" and row["source_text"] == "the treasurer"
    assert content(text, row) == "The budget will have to be cut,"


def test_the_words_of_a_refusal_stay_in_the_writers_voice() -> None:
    result = analyze("The ministry declined to comment on the regime's new tariffs.", lang="en")
    (row,) = result.attributions
    assert row["form"] == "declined" and row["content_start"] is not None
    assert [(c["category"], c["voice"]) for c in result.cues if c["text"].startswith("regime")] == [("loaded", "author")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Turnout fell in every county, polling records show.", "polling records"),  # an -ing noun before a final tag
        ("A review by the county auditor shows most of the money went to consultants.", "A review by the county auditor"),
        ("An analysis by the Associated Press found that turnout fell.", "An analysis by the Associated Press"),
    ],
)
def test_documents_and_studies_by_someone_are_sources(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source


def test_an_interview_with_a_medium_opening_the_sentence_is_the_via() -> None:
    (row,) = attributions("In an interview with Reuters on Monday, the harbour master said the ferry would resume.")
    assert (row["source_text"], row["via_text"], row["strength"]) == ("the harbour master", "Reuters", 0.6)


@pytest.mark.parametrize(("text", "source"), [("Dr. Lena Ortiz: Ferry Fares Must Fall.", "Dr. Lena Ortiz"), ("Sen. Warren: Banks Must Pay.", "Sen. Warren")])
def test_a_headline_speaker_with_a_title_abbreviation(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert (row["form"], row["source_text"]) == ("direct_quote", source)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Critics questioned his qualifications.", True),
        ("The senator questioned Mayor Lee's judgment on Tuesday.", True),
        ("Police questioned the suspect.", False),  # interrogated
        ("Police questioned his brother.", False),
        ("Police questioned the driver's wife.", False),
        # in the past with an object of several words after an article: a claim or idea doubted
        ("Two engineers questioned the safety of the new ferry ramp.", True),
        ("Aides also questioned the idea that the harbour would close.", True),
        ("Detectives questioned a neighbour on Friday.", False),  # an article and one noun: a person interrogated
    ],
)
def test_questioning_someones_judgment_is_a_doubt_not_an_interrogation(text: str, reported: bool) -> None:
    assert bool([a for a in attributions(text) if a["cue"] == "questioned"]) is reported


@pytest.mark.parametrize(
    ("text", "source_id", "kind"),
    [
        ("The plan is dead, said Pentagon spokeswoman Laura Finch.", "person:finch", "government"),
        ("The plan is dead, said UN Secretary-General Paul Weber.", "person:weber", "international_org"),  # not a general
        ("The Pentagon said the plan was dead.", "reg:pentagon", "government"),  # the body itself
    ],
)
def test_a_person_named_after_a_body_and_a_role_speaks_for_that_body(text: str, source_id: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_id"] == source_id and attribution["source_kind"] == kind


def test_a_role_after_a_body_with_a_name_is_one_person_also_later_by_surname() -> None:
    result = analyze("The road was closed, police spokesman Tom Reyes said. Reyes added that nobody was hurt.", lang="en")
    assert [(s["source_id"], s["kind"]) for s in result.sources] == [("person:reyes", "police")]
    assert {a["source_id"] for a in result.attributions} == {"person:reyes"}


def test_the_role_a_person_was_named_with_refers_back_to_them() -> None:
    result = analyze("Mayor Linda Hale said the plan was good. The mayor added that it was cheap.", lang="en")
    assert [s["source_id"] for s in result.sources] == ["person:hale"]
    assert analyze("The mayor said the plan was good.", lang="en").sources[0]["source_id"] != "person:hale"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Ohio Republican said the bill was dead.", "politician"),
        ("The actress said she had grown weary of the debate.", "person"),
        ("The businesswoman said the tariffs hurt.", "person"),
        ("The business said the tariffs hurt.", "unknown"),  # a firm of no known kind, no person
    ],
)
def test_people_by_party_or_by_the_form_of_their_noun(text: str, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_kind"] == kind


def test_that_before_a_name_is_the_complementizer() -> None:
    (attribution,) = attributions("It is odd that Harper would reject the offer.")
    assert attribution["source_text"] == "Harper"


@pytest.mark.parametrize(
    ("text", "source_id", "kind"),
    [
        ("The plan is dead, said Jane Ortiz of Amnesty International.", "person:ortiz", "ngo"),  # the person speaks
        ("The president of France said the plan was dead.", None, "government"),  # an office, no person named "France"
    ],
)
def test_a_named_person_of_a_body_and_an_office_of_a_country(text: str, source_id: str | None, kind: str) -> None:
    (attribution,) = attributions(text)
    assert attribution["source_kind"] == kind
    if source_id is None:
        assert not attribution["source_id"].startswith("person:")
    else:
        assert attribution["source_id"] == source_id


@pytest.mark.parametrize(
    ("text", "form", "source", "content"),
    [
        ("The agency estimated the damage at $2 million.", "indirect", "The agency", "the damage at $2 million"),
        ("The damage was estimated at 40 million dollars.", "agentless", None, "at 40 million dollars"),
        ("As the senator put it, the deal is dead.", "according_to", "the senator", "the deal is dead"),
        ("The deal is dead, as the senator put it.", "according_to", "the senator", "The deal is dead"),
        ("The mayor put it bluntly: the bridge will close.", "indirect", "The mayor", "the bridge will close"),
    ],
)
def test_estimates_and_the_way_someone_put_it(text: str, form: str, source: str | None, content: str) -> None:
    (attribution,) = attributions(text)
    assert (attribution["form"], attribution["source_text"]) == (form, source)
    assert text[attribution["content_start"] : attribution["content_end"]] == content


@pytest.mark.parametrize("text", ["She put it on the table.", "He put it off until Monday.", "They estimated the value of the house."])
def test_put_it_and_estimate_without_a_message_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # a verb of counting or finding with a figure as its object reports the figure
        ("The auditors found 41 percent of the invoices unpaid.", "found", "The auditors", "41 percent of the invoices unpaid"),
        ("The clerks tallied 2,310 ballots by noon.", "tallied", "The clerks", "2,310 ballots by noon"),
        ("A team of economists calculated a loss of $4 billion.", "calculated", "A team of economists", "a loss of $4 billion"),
    ],
)
def test_a_figure_counted_or_found_by_a_source(text: str, cue: str, source: str, content: str) -> None:
    (attribution,) = attributions(text)
    assert (attribution["cue"], attribution["source_text"]) == (cue, source)
    assert text[attribution["content_start"] : attribution["content_end"]] == content


@pytest.mark.parametrize(
    "text",
    [
        "The two sisters found one another after years.",  # a count word, no figure
        "The boat was found in 2011 off the coast.",  # a year
        "The old tally of 300 votes stood.",  # the noun
    ],
)
def test_finding_and_tallying_without_a_figure_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The group paid a firm called Harbor Analytics, which sells voter lists.", False),  # named, not called anything
        ("Two races have yet to be called.", False),  # declared
        ("The mayor called the plan a disaster.", True),
        ("A neighbour called the landlord a crook.", True),  # an indefinite subject, no name after the verb
        ("The senator was called a traitor by his rivals.", True),
    ],
)
def test_call_as_naming_or_declaring_reports_nothing(text: str, reported: bool) -> None:
    assert bool(attributions(text)) is reported


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A new Reuters/Ipsos poll showed the governor ahead by six points.", "Reuters"),
        ("The ABC/Washington Post survey found that most voters want change.", "ABC"),
    ],
)
def test_two_names_joined_by_a_slash_name_the_poll(text: str, name: str) -> None:
    """"a CNN/ORC poll": the pollsters joined by a slash belong to the noun phrase, the poll is named."""
    result = analyze(text, lang="en")
    (attribution,) = [a for a in result.attributions if a["cue"] in ("showed", "found")]
    assert attribution["named"] and name in {s["name"] for s in result.sources}


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a brand in camel case is a name
        ("Readers spent four minutes a day on the site, according to figures from ourData.", "figures from ourData",
         "Readers spent four minutes a day on the site"),
        # a role with an adjective before the name, after the verb
        ("The harbour will silt up again, says marine biologist Ines Aalto.", "marine biologist Ines Aalto",
         "The harbour will silt up again"),
        # a partitive phrase: the quantity heads it
        ("The council will vote again, according to one of its members.", "one of its members", "The council will vote again"),
        ("Some of the tenants said the heating had failed twice.", "Some of the tenants", "the heating had failed twice"),
        ("Many of them said the ferry was late.", "Many of them", "the ferry was late"),
        # a long parenthesis between the speaker and the verb
        ("Mayor Ruth Adeyemi (who has run the town since the flood of 2009) said the levee would hold.", "Mayor Ruth Adeyemi",
         "the levee would hold"),
        # the verb of a relative clause whose subject it leaves out
        ("The bypass, which engineers say will cost twice as much, was approved.", "engineers", "will cost twice as much"),
    ],
)
def test_speakers_in_longer_noun_phrases(text: str, source: str, message: str) -> None:
    rows = attributions(text)
    assert [(row["source_text"], content(text, row)) for row in rows] == [(source, message)]


@pytest.mark.parametrize(
    "text",
    [
        "Trailing by ten points, the mayor roared back in the last week of the race.",  # "back" the adverb
        "After the vote, the delegates flew back to Ohio.",
        "Smith won the county, with 98 percent of precincts reporting.",  # results coming in
    ],
)
def test_adverbs_and_vote_counts_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor sent out a fundraising call after the storm.",  # a noun after an article and a word
        "A brief report on the vote appeared on Monday.",
        "The senator made an impassioned plea for calm.",
        "Ohio is a swing state this year.",
        "The board had the final say on the budget.",
        "The party missed the filing deadline in three states last year.",  # after a plural number a form in -s is the noun
        "The empty hall speaks volumes about the campaign.",  # it shows much, nobody speaks
        "She will fight for the small town they call home.",  # where one lives
        "The mayor's aides now hold more frequent calls with the county staff.",  # a degree word and its adjective
        "His most pointed remarks about the budget came late in the evening.",
    ],
)
def test_a_report_word_after_an_article_and_an_adjective_is_a_noun(text: str) -> None:
    assert attributions(text) == []


def test_a_plural_subject_after_more_still_speaks() -> None:
    (attribution,) = attributions("More commuters say the new timetable is worse.")
    assert (attribution["cue"], attribution["source_text"]) == ("say", "More commuters")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("The agency itself said the bridge was safe.", ["The agency itself"]),  # a reflexive that stresses the subject
        ("The mayor herself told reporters the bridge would close.", ["The mayor herself"]),
        ("“It is over,” said her spokesman.", ["her spokesman"]),  # "her" with a role: the possessive
        ("He said the plan failed, called her “reckless” and left.", ["He", "He"]),  # "her" alone after the verb: its object
        ("He praised the plan, called it “bold” and left.", ["He", "He"]),  # "it" too; a list of what he did
        ("The harbour master checked the list, and then said the ferry was late.", ["The harbour master"]),  # coordinated after "then"
    ],
)
def test_reflexives_and_her_around_the_speaker(text: str, sources: list[str]) -> None:
    assert [row["source_text"] for row in attributions(text)] == sources


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # after "said", "that" opens the clause said: no inverted speaker "that …", no verb "that reports"
        ("On Monday, the head of the port authority, Maria T. Olsen, said that reports about the dam by Mr. Lee, her deputy, were wrong.",
         "Maria T. Olsen", "reports about the dam by Mr. Lee, her deputy, were wrong"),
        ("The mayor said that claims of fraud were false.", "The mayor", "claims of fraud were false"),
    ],
)
def test_that_after_a_verb_of_speech_opens_the_clause(text: str, source: str, message: str) -> None:
    assert [(row["source_text"], content(text, row)) for row in attributions(text)] == [(source, message)]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a verb agrees with its subject: after "a new" the base form "report" is the noun
        ("A new report from the harbour authority says the pier is unsafe.", "A new report from the harbour authority",
         "the pier is unsafe"),
        # plural subjects keep the verb
        ("The local fishermen report that the pier is unsafe.", "The local fishermen", "the pier is unsafe"),
        ("The police report that two boats sank.", "The police", "two boats sank"),
        ("Two say that the pier is unsafe.", "Two", "the pier is unsafe"),  # a plural number and the base form: the verb
        # a statement or view with its owner: the owner holds the that-clause
        ("The mayor repeated his claim that the pier was safe.", "his", "the pier was safe"),
        ("Voters doubted Mayor Okafor's recent assertion that taxes would fall.", "Mayor Okafor's", "taxes would fall"),
    ],
)
def test_report_nouns_and_verbs_by_agreement(text: str, source: str, message: str) -> None:
    rows = [row for row in attributions(text) if row["cue"] not in ("doubted", "repeated")]
    assert [(row["source_text"], content(text, row)) for row in rows] == [(source, message)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form in -s after "this" is its verb (no plural noun follows "this"): the clause without "that" is believed
        ("Growers believe this gives them a reason to plant earlier.", [("Growers", "this gives them a reason to plant earlier")]),
        ("Some traders think this signals a slower quarter.", [("Some traders", "this signals a slower quarter")]),
        # "this" and a noun: an object, no clause
        ("Growers believe this forecast.", []),
    ],
)
def test_a_verb_in_s_after_this_opens_a_clause_without_that(text: str, expected: list) -> None:
    assert [(row["source_text"], content(text, row)) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short quotation after the article is part of the clause's subject
        ("Okafor thought much of the “green” hype was premature.", [("Okafor", "much of the “green” hype was premature")]),
        ("Okafor felt the “reform” was a step back.", [("Okafor", "the “reform” was a step back")]),
        # a quotation after the noun is no part of it
        ("Okafor called the levy “a step back” and left.", [("Okafor", "the levy “a step back” and left")]),
    ],
)
def test_a_quoted_word_after_the_article_stays_in_the_subject_of_a_clause(text: str, expected: list) -> None:
    assert [(row["source_text"], content(text, row)) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and other" and a plural joins the clause's subject: the clause opens at the name
        ("Okafor hopes Berg and other donors will not repeat the error.", [("Okafor", "Berg and other donors will not repeat the error")]),
        # as with an article after "and"
        ("Okafor hopes Berg and the donors will not repeat the error.", [("Okafor", "Berg and the donors will not repeat the error")]),
    ],
)
def test_and_other_joins_the_subject_of_a_clause_without_that(text: str, expected: list) -> None:
    assert [(row["source_text"], content(text, row)) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause opened by a contraction ("who’s") between the speaker and the verb is an aside
        ("But Okafor, who’s running to be treasurer, added that she backs the levy.", [("Okafor", "she backs the levy")]),
        ("But Okafor, who is running to be treasurer, added that she backs the levy.", [("Okafor", "she backs the levy")]),
    ],
)
def test_a_contracted_relative_clause_after_the_speaker_is_an_aside(text: str, expected: list) -> None:
    assert [(row["source_text"], content(text, row)) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonstrative before an auxiliary stands alone as the clause's subject
        ("The growers knew this was coming.", [("The growers", "this was coming")]),
        ("Okafor thinks much of this was avoidable.", [("Okafor", "much of this was avoidable")]),
        # guard: a demonstrative with its noun is an object
        ("The growers knew this harbor well.", []),
    ],
)
def test_a_demonstrative_standing_alone_opens_a_clause_without_that(text: str, expected: list) -> None:
    assert [(row["source_text"], content(text, row)) for row in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a source is kept unnamed is no report of its own
        ("A council aide, who requested anonymity to discuss the talks, said the vote was close.",
         [("indirect", "A council aide")]),
        ("A clerk who declined to be named said the files were lost.", [("indirect", "A clerk who declined to be named")]),
        ("A teacher, who asked not to be identified, said the school would close.", [("indirect", "A teacher")]),
        ("The source asked for anonymity.", []),
        ("The mayor declined to comment.", [("declined", "The mayor")]),  # a refusal stays one
        # the speaker after a quotation may be a person described, with a relative clause after it
        ("“We should leave now,” said the woman.", [("direct_quote", "the woman")]),
        ("“The rent is too high,” said a resident who asked for anonymity.", [("direct_quote", "a resident")]),
        ("“It was loud all night,” said one neighbor who lives by the bridge.", [("direct_quote", "one neighbor")]),
        # a thing named is not called anything by anyone
        ("Both reject a pricing rule called adjusted CPI.", [("indirect", "Both")]),
    ],
)
def test_anonymity_requests_and_described_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One bank says rates will rise, while another says they will fall.",
         [("One bank", "rates will rise"), ("another", "they will fall")]),
        ("The senator, after saying she would not run, entered the race.", [("The senator", "she would not run")]),
        ("After saying she would not run, the senator entered the race.", [("the senator", "she would not run")]),
        # a participle clause that opens the sentence: its subject follows the comma, its message ends there
        ("Warning that the levee could fail, the engineers closed the road.", [("the engineers", "the levee could fail")]),
        ("Speaking to reporters, the engineers closed the road.", []),  # (no report in the opening participle)
        # a perfect participle that opens the sentence: its subject follows the comma too
        ("Having announced that the dam was safe, the engineers reopened the road.", [("the engineers", "the dam was safe")]),
        ("Having closed the road, the engineers left.", []),  # (no reporting verb)
        ("The mayor said, in a statement, that the bridge was safe.", [("The mayor", "the bridge was safe")]),
        ("The coach told reporters, after the game, the team was tired.", [("The coach", "the team was tired")]),
    ],
)
def test_speakers_and_messages_around_asides(text: str, expected: list[tuple[str, str]]) -> None:
    result = analyze(text, lang="en")
    assert [(a["source_text"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister was blunt in describing the levy as a gamble.", [("The minister", "the levy as a gamble")]),
        ("The union has a habit of blaming the board for every delay.", [("The union", "the board for every delay")]),
        # guards: a gerund without an object after a preposition, and one of a thought caused or kept from happening
        ("The union wanted the offer in writing.", []),
        ("The ads fooled voters into thinking that the levy was dead.", []),
    ],
)
def test_a_gerund_with_its_object_after_a_preposition_reports(text: str, expected: list[tuple[str, str]]) -> None:
    result = analyze(text, lang="en")
    assert [(a["source_text"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank is advising the utility on its sale of the grid.", []),  # a paid service, nothing said
        # guards: advice with its clause or "to"
        ("The lawyer advised the mayor to resign.", [("The lawyer", "to resign")]),
        ("Doctors advised that the school stay closed.", [("Doctors", "the school stay closed")]),
    ],
)
def test_advising_is_a_report_only_with_its_clause(text: str, expected: list[tuple[str, str]]) -> None:
    result = analyze(text, lang="en")
    assert [(a["source_text"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new levy was supposed to fund the bridge repairs.", []),  # what it was meant for, nobody's belief
        # guard: a belief of someone unnamed
        ("The mayor is expected to resign on Friday.", [("agentless", None)]),
    ],
)
def test_supposed_to_is_no_belief(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert forms(text) == expected


def test_leaving_without_saying_a_word_is_a_refusal() -> None:
    assert forms("She walked out without saying a word.") == [("declined", "She")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short quotation opening the sentence, its speaker before the verb
        ("“It is over,” the coach said after the game.", [("direct_quote", "the coach")]),
        ("“Maybe,” Anna Berg told reporters.", [("direct_quote", "Anna Berg")]),
        # a quoted word inside the sentence is no quotation of the verb after it
        ("He used words like “maybe” and “perhaps”, she told reporters.", [("indirect", "she")]),
        # a participle set off by commas is no speaker
        ("The minister, speaking at a rally in Ohio, said the plan would pass.", [("indirect", "The minister")]),
        ("The minister, asked about the Ohio plan, said it would pass.", [("indirect", "The minister")]),
    ],
)
def test_short_quotations_and_participles_between_speaker_and_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Police said the driver, who fled on foot, was arrested later.", "the driver, who fled on foot, was arrested later"),
        ("She said the treasurer, a former banker, had resigned.", "the treasurer, a former banker, had resigned"),
        # a participle with its agent between commas, then an auxiliary: the subject goes on after the aside
        ("Growers hoped the hearing, called by the council, would settle the dispute.",
         "the hearing, called by the council, would settle the dispute"),
        ("She said the audit, ordered by the board, was finished.", "the audit, ordered by the board, was finished"),
        # without an auxiliary after the aside the object ends at the comma
        ("She praised the audit, ordered by the board, and left.", "the audit"),
    ],
)
def test_a_message_runs_past_an_aside_on_its_subject(text: str, message: str) -> None:
    (row,) = attributions(text)
    assert content(text, row) == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor insisted the budget was balanced, a claim disputed by auditors.",
         [("indirect", "The mayor"), ("indirect", "auditors")]),
        ("The figures confirmed by the ministry were higher.", [("indirect", "the ministry")]),
        ("A company owned by his family won the contract.", []),  # no statement noun: nothing reported
        # a medium passes on whom it cites; the "citing" aside itself is the medium's
        ("The news agency reported, citing two sources, that the plant would close.",
         [("indirect", "two sources"), ("indirect", "The news agency")]),
    ],
)  # fmt: skip
def test_reduced_passives_with_an_agent_and_citing_asides(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert forms(text) == expected


def test_the_message_after_a_citing_aside_is_the_clause() -> None:
    text = "The news agency reported, citing two sources, that the plant would close."
    row = attributions(text)[0]
    assert content(text, row) == "the plant would close"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A woman asked the senator about several voters who said they were ignored.", "several voters"),
        ("There are doubts about the inquiry by a UN panel, which said the army was responsible.", "UN"),
        ("A spokesman for the ministry, who asked not to be named, said the plan was dead.", "ministry"),
    ],
)
def test_the_antecedent_of_a_relative_speaker_is_the_nearest_noun_phrase_after_about_or_by(text: str, source: str) -> None:
    assert [speaker_name(text, a) for a in attributions(text) if a["cue"] == "said"] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing given a name reports nothing
        ("She started a reading drive called #ReadMore.", []),
        ("The ads were paid for by one PAC called Stop Waste and another group.", []),
        ("The fund sponsors a contest called the Golden Key Prize, which pays well.", []),
        ("A firm called Nordwind Logistics worked for the campaign.", []),
        # a label pinned on someone stays a report
        ("The mayor called Smith a liar.", [("indirect", "The mayor")]),
        ("The union called the deal a disaster.", [("indirect", "The union")]),
        ("The campaign called the senator dishonest.", [("indirect", "The campaign")]),
        ("A spokesman called Smith a liar.", [("indirect", "A spokesman")]),  # a person after "a", not a thing named
    ],
)
def test_a_thing_called_by_a_name_is_no_report(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We are ready,” said Jan van der Berg.", "Jan van der Berg"),
        ("Pieter de Vries said the dike was safe.", "Pieter de Vries"),
        ("“It is late,” said Omar bin Khalid.", "Omar bin Khalid"),
    ],
)
def test_particles_inside_personal_names(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "His mid-morning tweet followed another post.",  # a base form after a possessive and a hyphenated word is a noun
        "She asked each director for a yes-no answer on the merger.",
        "The town set up a website called “Island Refuge” that pitches it as a new home.",  # a quoted name given
    ],
)
def test_nouns_after_hyphenated_modifiers_and_quoted_names_report_nothing(text: str) -> None:
    assert [a["cue"] for a in attributions(text) if a["cue"] in ("tweet", "answer", "called")] == []


def test_a_verbs_particle_is_not_taken_from_inside_a_quotation() -> None:
    """"called" with the "for" of „Moms for Safety“ had made a cue running into the quoted name."""
    assert [a["cue"] for a in attributions("A campaign called “Parents for Safety” began on Monday.")] == []
    assert [a["cue"] for a in attributions("The senator called for a vote.")] == ["called for"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor has taken a stance common among her voters: “I am personally opposed to it.”", "The governor"),
        ("She released the following statement: “We offer our condolences to the family.”", "She"),
        ("Two things are clear: “The end of the season is near.”", None),  # no speaker before the colon
    ],
)
def test_the_subject_of_a_clause_before_a_colon_speaks_the_quotation(text: str, source: str | None) -> None:
    assert [(a["form"], a["source_text"]) for a in attributions(text)] == [("direct_quote", source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor then appears in a clip, saying, “We will rebuild the whole bridge.”", "The mayor"),
        ("The senator then spoke for an hour, saying the wall would be built.", "The senator"),
    ],
)
def test_an_adverb_between_subject_and_verb_keeps_the_subject_for_a_gerund(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text)] == [source]


def test_a_speaker_described_by_age_after_the_verb() -> None:
    assert forms("“He is a great leader,” said the 46-year-old former model.") == [("direct_quote", "the 46-year-old former model")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The senator released a statement saying the fight goes on.", "The senator"),
        ("The company posted a video saying the plant would reopen.", "The company"),
    ],
)
def test_a_statement_saying_something_is_its_authors_report(text: str, source: str) -> None:
    assert [(a["form"], a["source_text"]) for a in attributions(text)] == [("indirect", source)]


def test_there_were_reports_saying_names_nobody() -> None:
    assert all(a["source_text"] in (None,) for a in attributions("There were reports saying the mayor had resigned."))


@pytest.mark.parametrize(
    ("text", "source_id_prefix", "named"),
    [
        ("A Pentagon official said the talks stalled.", "anonymous:", False),  # someone unnamed of the body
        ("A White House source said the talks stalled.", "anonymous:", False),
        ("A Pentagon spokesman said the talks stalled.", "reg:", True),  # a spokesperson speaks for the body
        ("The Pentagon said the talks stalled.", "reg:", True),
    ],
)
def test_an_unnamed_official_of_a_registered_body_is_an_anonymous_source(text: str, source_id_prefix: str, named: bool) -> None:
    (row,) = attributions(text)
    assert row["source_id"].startswith(source_id_prefix) and row["named"] is named


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The campaign wants to make every voter feel that the count is fair.", ["wants"]),  # "feel" is to be brought about
        ("The new ads helped parents understand that the rules had changed.", []),
        ("Parents feel that the rules have changed.", ["feel"]),  # not after a causative: a view of their own
    ],
)
def test_a_verb_of_thinking_after_a_causative_and_its_object_reports_nothing(text: str, cues: list[str]) -> None:
    assert [a["cue"] for a in attributions(text)] == cues


def test_no_subject_runs_across_a_that_clause_to_an_infinitive_marker() -> None:
    rows = attributions("Lee said in the CNN interview that the burden is on Harris to show that the plan works.")
    assert [(a["cue"], a["source_text"]) for a in rows] == [("said", "Lee")]


def test_a_form_after_a_possessive_and_an_adjective_is_a_noun() -> None:
    rows = attributions("The aide said the governor stood by her earlier remarks.")
    assert [(a["cue"], a["source_text"]) for a in rows] == [("said", "The aide")]


def test_a_possessed_statement_noun_reports_what_it_was_about() -> None:
    (row,) = attributions("The senator never lived down his infamous remark about rural voters.")
    assert (row["cue"], row["source_text"], row["form"]) == ("remark", "his", "indirect")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Editors who run local papers almost universally say that print is shrinking.", "Editors who run local papers"),
        ("Officials nearly always say the count will take days.", "Officials"),
        ("Residents already say the road is too narrow.", "Residents"),
    ],
)
def test_degree_adverbs_between_subject_and_verb_and_relative_verbs_read_back(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["cue"] == "say"] == [source]


def test_a_base_form_after_an_indefinite_article_and_two_modifiers_is_a_noun() -> None:
    assert attributions("The vote came after a weekly staff call on Monday.") == []
    assert [a["source_text"] for a in attributions("A new study reports that sleep helps.")] == ["A new study"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The governor withdrew her backing on Friday, saying the bill had changed too much.", "The governor"),
        ("The chairman upheld the ruling late on Tuesday, saying the rules were clear.", "The chairman"),
        ("The council swept the proposal aside, saying it came far too late.", "The council"),
    ],
)
def test_an_irregular_past_form_ends_the_subject_of_a_later_gerund(text: str, source: str) -> None:
    assert [a["source_text"] for a in attributions(text) if a["cue"] == "saying"] == [source]


def test_a_verb_inside_a_speakers_relative_clause_reports_only_up_to_the_speakers_end() -> None:
    text = "Teachers who opposed the reform now say it has helped."
    rows = {a["cue"]: (a["source_text"], text[a["content_start"] : a["content_end"]]) for a in attributions(text)}
    assert rows["opposed"] == ("who", "the reform")
    assert rows["say"][1] == "it has helped"


def test_a_clause_opened_by_what_has_its_own_subject() -> None:
    text = "The council passed a rule that would end what he said were unfair fees."
    assert [a["source_text"] for a in attributions(text) if a["cue"] == "said"] == ["he"]


def test_a_base_form_after_the_object_of_a_relative_clause_is_the_main_verb() -> None:
    text = "Nurses who resisted the change say it has eased their shifts."
    rows = {a["cue"]: a["source_text"] for a in attributions(text)}
    assert rows["say"] == "Nurses who resisted the change"
    assert attributions("The vote came after a weekly staff call on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents will determine if the new library gets built.",
        "The committee decided which projects go ahead next year.",
        "The jury will decide whether the prize is shared.",
    ],
)
def test_a_decision_about_an_open_question_states_nothing(text: str) -> None:
    assert attributions(text) == []


def test_a_finding_with_a_that_clause_still_reports() -> None:
    (row,) = attributions("Inspectors determined that the boiler had failed.")
    assert (row["cue"], row["source_text"]) == ("determined", "Inspectors")


def test_one_speaker_described_by_two_roles_joined_by_and() -> None:
    (row,) = attributions("The party chair and former governor said the count was fair.")
    assert row["source_text"] == "The party chair and former governor"


def test_a_document_before_a_gerund_report_is_its_source_when_no_author_stands_before_it() -> None:
    (row,) = attributions("The photo ran beside a brief letter claiming that the pier was unsafe.")
    assert (row["cue"], row["source_text"]) == ("claiming", "a brief letter")
    (row,) = attributions("The council posted a statement saying the pier was closed.")
    assert row["source_text"] == "The council"  # an author before it: the statement is the council's


def test_a_nationality_refers_back_to_the_person_named_before() -> None:
    from scoring import analyze

    result = analyze("Tomas Ferreira won the semifinal in three sets. It was hard, said the Portuguese.", lang="en")
    assert [(a["source_id"], a["named"]) for a in result.attributions] == [("person:ferreira", True)]
    result = analyze("Tomas Ferreira won the semifinal. The Danes said it was hard.", lang="en")
    assert [a["named"] for a in result.attributions] == [False]  # a plural: a group, not the person named


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plan drew a sharp reply from the harbor master, who said the fees were fair.", "harbor master"),
        ("The town voted for a map drawn by residents who say the old one was unfair.", "residents"),
        ("Half of the nurses who said they were tired left in May.", "respondents"),  # a share of people
        ("A graduate of Bayview College who said the exam was fair spoke first.", "graduate of Bayview College"),
    ],
)
def test_who_stands_for_people_after_a_noun_for_a_thing(text: str, source: str) -> None:
    # the relative pronoun is the source's mention (as PolNeAR marks it); its antecedent names the source
    assert [(a["source_text"], speaker_name(text, a)) for a in attributions(text) if a["cue"] in ("said", "say")] == [("who", source)]


def test_a_race_too_close_to_call_and_the_object_of_an_infinitive_report_nothing() -> None:
    assert attributions("Two districts were still too close to call on Wednesday.") == []
    assert attributions("Pupils used the break to write notes to the mayor.") == []  # "notes" after "to write" is a noun


def test_an_opening_adverbial_is_no_message_of_a_later_verb() -> None:
    text = "Earlier this month, the governor pressed lawmakers on the budget."
    assert [text[a["content_start"] : a["content_end"]] for a in attributions(text)] != ["Earlier this month"]
    (row,) = attributions("In the end, the plan will fail, he said.")
    assert row["source_text"] == "he"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("At one point, she said, she was close to quitting.", "At one point, she said, she was close to quitting"),
        ("Still, he said, the council has the final word.", "Still, he said, the council has the final word"),
        ("The trouble, he writes, began in the early 1990s.", "The trouble, he writes, began in the early 1990s"),
        ("As the vote nears, she says, the mood shifts.", "As the vote nears, she says, the mood shifts"),
        ("The plan fails, he said, and the mayor resigned.", "The plan fails"),  # a whole clause before the tag
    ],
)
def test_a_tag_after_an_opening_adverbial_interrupts_the_whole_message(text: str, message: str) -> None:
    (row,) = attributions(text)
    assert text[row["content_start"] : row["content_end"]] == message


def test_a_name_with_particles_is_one_person_known_by_the_surname() -> None:
    from scoring import analyze

    text = "Helga von der Brügge said the commission was united. Von der Brügge said on Monday that there was no dispute."
    (source,) = analyze(text, lang="en").sources
    assert source["source_id"] == "person:brügge" and source["mentions"] == 2 and source["kind"] == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two leaders spoke afterwards, Okafor saying the talks were useful and Lindqvist calling them a start.",
         [("indirect", "Okafor"), ("indirect", "Lindqvist")]),
        ("The vote split the caucus, Senator Hale saying the bill went too far.", [("indirect", "Senator Hale")]),
        # a name that is the object of the verb before the comma leaves the gerund to the subject (the thanks, with an
        # object in the past, are the governor's report too)
        ("The governor thanked Okafor and Lindqvist, saying they had worked hard.", [("indirect", "The governor"), ("indirect", "The governor")]),
    ],
)
def test_a_name_right_before_a_gerund_is_its_own_speaker(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The challenger is adding to her lead in the race.", []),
        ("The council added to the confusion by cancelling the vote.", []),
        ("Applicants aren't admitted until their papers are checked.", []),
        ("She added that the budget was tight.", [("indirect", "She")]),
        ("It was admitted that the figures were wrong.", [("agentless", None)]),
    ],
)
def test_adding_to_something_and_being_let_in_report_nothing(text: str, expected: list) -> None:
    assert forms(text) == expected


def test_a_speech_tag_split_off_after_a_question_reports_only_the_quotation() -> None:
    text = "“Would you run again?” Okafor asked. “I might,” Lindqvist said."
    rows = attributions(text)
    assert [(a["form"], a["cue"], a["source_text"]) for a in rows] == [
        ("direct_quote", "asked", "Okafor"), ("direct_quote", "said", "Lindqvist")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("The senator blamed the leak on hackers but later admitted sending the pictures.", "the leak on hackers"),
        ("The governor praised the mayor and thanked the council.", "the mayor"),
        ("She criticized the delayed and overpriced project.", "the delayed and overpriced project"),
        ("She called him a liar and a fraud.", "him a liar and a fraud"),
    ],
)
def test_an_object_message_ends_before_a_new_predicate(text: str, message: str) -> None:
    assert content(text, attributions(text)[0]) == message


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "The governor holds a narrow lead in the polls against the senator.", False),  # a standing described
        ("en", "Her rise in national polls worried the party.", False),
        ("en", "She leads in national polls by 3 points.", True),  # a figure passed on from polls nobody names
        ("en", "Polls show the governor ahead.", True),  # polls as the subject that shows: vague
        ("de", "Die Partei liegt in Umfragen vorn.", False),
    ],
)
def test_a_standing_in_the_polls_is_no_vague_source_finding(lang: str, text: str, flagged: bool) -> None:
    from scoring.aggregation.findings import find_findings

    assert any(f.rule == "vague-source" for f in find_findings(analyze(text, lang=lang))) is flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Few jobs can be saved by threatening to raise tariffs on steel.", []),  # how, not by whom
        ("The plan was criticized by leading economists.", [("indirect", "leading economists")]),  # an adjective in -ing
    ],
)
def test_a_gerund_after_by_names_no_agent(text: str, expected: list) -> None:
    assert forms(text) == expected


def test_that_before_a_plural_noun_opens_a_clause_not_the_speakers_name() -> None:
    rows = attributions("The mayor argued that people are starting to say the plan is failing.")
    assert [a["source_text"] for a in rows] == ["The mayor", "people"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new budget could be announced as soon as Monday.", []),  # an act possible, nothing reported yet
        ("The verdict will be announced on Friday.", []),
        ("It could be argued that the plan failed.", [("agentless", None)]),  # with its message it reports
    ],
)
def test_a_passive_report_under_a_modal_without_a_message_reports_nothing(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor then said the bridge would stay closed.", [("indirect", "Okafor")]),  # "then" inside the verb group
        ("He paused and then said the bridge would stay closed.", [("indirect", "He")]),  # "and then": a new clause
    ],
)
def test_then_between_the_speaker_and_the_verb_is_an_adverb(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council adopted rules that limit parking downtown.", []),  # the object of "adopted", a noun
        ("The agency issued warnings that the river could flood.", []),
        ("The court rules that the contract is void.", [("indirect", "The court")]),  # a verb after its subject
    ],
)
def test_an_s_form_after_a_past_verb_is_its_object(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity she started says it will close.", [("indirect", "The charity she started")]),
        ("The survey they published said rents would fall.", [("indirect", "The survey they published")]),
        ("Officials said he resigned.", [("indirect", "Officials")]),  # a pronoun after the verb: its message
    ],
)
def test_a_relative_clause_without_that_belongs_to_the_speaker(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Early in the race, Ortiz attacked Hale, calling him a failed manager.", [("indirect", "Ortiz")]),
        ("Shortly after the vote, Ortiz met reporters, saying the count was fair.", [("indirect", "Ortiz")]),
        ("Kelly, the treasurer, spoke on Monday, saying the count was fair.", [("indirect", "Kelly")]),  # a name in -ly
    ],
)
def test_an_opening_adverbial_in_ly_is_passed_over_for_the_speaker_of_a_participle(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own thought or wish inside the message is part of it: one attribution
        ("Ortiz told reporters that he thinks the vote will be close.", [("indirect", "Ortiz")]),
        ("Mills said she wanted to leave the council.", [("indirect", "Mills")]),
        # another speaker inside the message is a second-hand report and stays
        ("The mayor said that the governor claimed the bridge was safe.", [("indirect", "The mayor"), ("indirect", "the governor")]),
        # what another person thinks or wants, inside a message, is the speaker's claim about them
        ("Ortiz said many voters believe the vote will be close.", [("indirect", "Ortiz")]),
    ],
)
def test_a_report_by_the_same_speaker_or_a_state_of_mind_inside_a_message_is_part_of_it(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report without an agent inside what a speaker says is the speaker's claim: one attribution
        ("The coach said that the stadium deal was widely criticized last year.", [("indirect", "The coach")]),
        ("The coach said the players were asked to stay home.", [("indirect", "The coach")]),
        # guard: outside the message, or before the speech verb, it stays a report of its own
        ("The stadium deal was widely criticized last year, and the coach said it would be revised.",
         [("agentless", None), ("indirect", "the coach")]),
        ("It was reported that the coach had resigned, the club said.", [("agentless", None), ("indirect", "the club")]),
    ],
)
def test_a_report_without_an_agent_inside_a_speakers_message_is_part_of_it(text: str, expected: list) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The levy was never about revenue, Ortiz argued in interviews this week.", "The levy was never about revenue"),
        ("The bridge will reopen, the mayor said last week.", "The bridge will reopen"),
    ],
)
def test_a_time_phrase_after_a_closing_speech_tag_is_no_message(text: str, content: str) -> None:
    result = analyze(text, lang="en")
    (row,) = result.attributions
    assert result.text[row["content_start"] : row["content_end"]] == content


def test_citing_a_result_names_no_source_to_pass_it_on() -> None:
    rows = analyze("The senator can win more donors by citing his Ohio results.", lang="en").attributions
    assert all(row["via_source_id"] is None and "ohio" not in (row["source_id"] or "") for row in rows)


def test_a_plural_noun_after_a_determiner_of_many_is_no_verb() -> None:
    rows = analyze("In other reliably Republican states, like Ohio and Utah, he said the mayor could win.", lang="en").attributions
    assert [row["cue"] for row in rows] == ["said"]


def test_the_head_of_an_according_to_phrase_stands_before_its_prepositional_phrase() -> None:
    (row,) = analyze("According to officials from the state, delegates were angry.", lang="en").attributions
    assert row["form"] == "according_to" and row["source_text"] == "officials from the state"


def test_the_company_after_a_named_company_is_that_company_but_the_companies_are_not() -> None:
    one = analyze("Boeing reported higher profits on Tuesday. The company said sales rose 5 percent.", lang="en").attributions
    assert one[-1]["source_id"] == one[0]["source_id"] == "reg:boeing"
    two = analyze("Boeing and Airbus reported profits. The companies said sales rose.", lang="en").attributions
    assert two[-1]["source_id"] != "reg:boeing"


def test_an_indefinite_party_member_is_nobody_named() -> None:
    (row,) = analyze("A Republican familiar with the talks said the deal was dead.", lang="en").attributions
    assert row["source_kind"] == "politician" and not row["named"]


@pytest.mark.parametrize(("text", "lang"), [("Two Republicans said the plan failed.", "en"), ("Drei Grüne sagten, der Plan sei schlecht.", "de")])
def test_a_number_of_a_partys_members_is_no_party_speaking(text: str, lang: str) -> None:
    (row,) = analyze(text, lang=lang).attributions
    assert row["source_kind"] == "politician" and not row["named"]


def test_a_participle_between_a_number_and_its_noun_is_no_report() -> None:
    assert analyze("Ortiz leads by nearly 200 pledged delegates after the vote.", lang="en").attributions == []


def test_one_and_a_role_is_an_unnamed_person_not_the_pronoun_one() -> None:
    rows = analyze("One senior official said the plan failed. One could argue that it did.", lang="en").attributions
    assert [row["source_kind"] for row in rows] == ["anonymous", "unresolved"]
    (row,) = analyze("One Democrat said the plan failed.", lang="en").attributions  # a number word, no name
    assert row["source_kind"] == "politician" and not row["named"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short quotation right after "<verb>," that closes the sentence is a quotation, not a title
        ("The ferry captain said, “Certainly not.”", [("direct_quote", "Certainly not.")]),
        # a report and a quotation in one sentence: both, each with its own message
        (
            "Dorota said she had never seen the letter, and when pressed on it, she said, “Truly never.”",
            [("indirect", "she had never seen the letter"), ("direct_quote", "Truly never.")],  # the "when" clause opens the next
        ),
        # a title after a noun and its comma stays a title
        ("The poet wrote a new cycle, “Harbour Lights.”", [("indirect", "a new cycle, “Harbour Lights.”")]),
    ],
)
def test_a_short_quotation_after_the_verbs_comma(text: str, expected: list[tuple[str, str]]) -> None:
    result = analyze(text, lang="en")
    assert [(a["form"], result.text[a["content_start"] : a["content_end"]]) for a in result.attributions] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The union released a statement on Friday saying that the strike would go on.",
        "The union posted a video late Friday saying that the strike would go on.",
        "The union issued a statement Friday saying that the strike would go on.",
    ],
)
def test_a_statement_with_a_time_phrase_before_its_gerund_is_its_issuers(text: str) -> None:
    rows = attributions(text)
    assert [(a["cue"], a["source_text"]) for a in rows] == [("saying", "The union")]
    assert content(text, rows[0]) == "the strike would go on"


def test_a_report_in_a_relative_clause_ends_where_the_clause_does() -> None:
    text = "The treasurer, who argued on Tuesday that the levy was too low, resigned the next morning."
    rows = attributions(text)
    assert [(a["cue"], a["source_text"], content(text, a)) for a in rows] == [("argued", "who", "the levy was too low")]
    assert speaker_name(text, rows[0]) == "treasurer"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("HARTFORD — The treasurer on Friday visited the depot and said it would close in June.", "The treasurer", "it would close in June"),
        ("EL PASO, Texas — The treasurer on Friday visited the depot, saying it would close in June.", "The treasurer", "it would close in June"),
        ("The treasurer on Friday criticized Mayor Lind‘s plan for the depot — a plan that’s divided the council — and said it would fail.",
         "The treasurer", "it would fail"),
    ],
)
def test_a_dateline_or_a_mistyped_apostrophe_does_not_hide_the_subject(text: str, source: str, message: str) -> None:
    rows = attributions(text)
    said = [a for a in rows if a["cue"] in ("said", "saying")]
    assert [(a["source_text"], content(text, a)) for a in said] == [(source, message)]


def test_a_left_single_mark_between_letters_is_an_apostrophe() -> None:
    from scoring.cleaning.normalize import clean_characters

    cleaned, offsets = clean_characters("Lind‘s plan, ‘the plan‘ and geht‘s")
    assert cleaned == "Lind’s plan, ‘the plan‘ and geht’s"
    assert offsets is not None and len(offsets) == len(cleaned) + 1


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an article, a place name and a lower-case noun are one phrase, however long its relative clause
        ("Tom Keel, a Vermont dairyman who had sat on the board until quitting in May over a quarrel about prices, "
         "said the co-op would fold.", "Tom Keel"),
        # pieces set off by commas between the subject and its verb: party and state, a relative clause
        ("Rita Obi, D-Md., who faces a close primary in June, dropped her support for the bill, saying the co-op would fold.", "Rita Obi"),
        # a role with "of … and …" before the name: the name speaks
        ("The minister of fisheries and forestry, Rita Obi, met growers on Monday, saying the co-op would fold.", "Rita Obi"),
        # a role whose owner has capitals is still a role: the name before it speaks
        ("Rita Obi, spokeswoman for the Dairy Farmers Union, said the co-op would fold.", "Rita Obi"),
    ],
)
def test_speakers_behind_long_appositions(text: str, source: str) -> None:
    rows = [a for a in attributions(text) if a["cue"] in ("said", "saying")]
    assert [(a["source_text"], content(text, a)) for a in rows] == [(source, "the co-op would fold")]


def test_a_verb_phrase_after_a_name_gives_it_no_role() -> None:
    text = "The minister of fisheries, Rita Obi, spoke to reporters, saying the co-op would fold."
    # (the role set off before the name makes her government; the reporters after it make her no medium)
    assert [(a["source_text"], a["source_kind"]) for a in attributions(text)] == [("Rita Obi", "government")]


@pytest.mark.parametrize(
    "text",
    [
        'Warden Ola Berg, who once said she would "keep the gates shut for good," said on Friday that the gates would open.',
        'Warden Ola Berg - who once said she would "keep the gates shut for good" - said on Friday that the gates would open.',
        "Warden Ola Berg -- who once said she would keep the gates shut for good -- said on Friday that the gates would open.",
    ],
)
def test_a_report_in_a_relative_clause_keeps_its_quoted_words_and_the_main_verb_its_own(text: str) -> None:
    rows = attributions(text)
    assert [(a["form"], a["source_text"]) for a in rows] == [("indirect", "who"), ("indirect", "Warden Ola Berg")]
    assert rows[0]["source_id"] == rows[1]["source_id"]  # "who" stands for the warden
    assert "keep the gates shut for good" in content(text, rows[0])
    assert content(text, rows[1]) == "the gates would open"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an aside between dashes is one piece, commas and all: the subject stands before it
        ("Lund -- co-author of Counting Votes, a study of ballots -- said the count was wrong.", "Lund"),
        ("Ivo Lund, the head of Tally Works -- the firm that audits the city, which also audits the port -- "
         "said the count was wrong.", "Ivo Lund"),
    ],
)
def test_the_speaker_before_an_aside_between_dashes(text: str, source: str) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [("said", source)]


def test_a_nickname_in_quotation_marks_stays_inside_the_name() -> None:
    text = 'Her cousin, Teodora "Teddy" Lind (R-Kent), said the count was wrong.'
    rows = attributions(text)
    assert [(a["cue"], content(text, a)) for a in rows] == [("said", "the count was wrong")]
    assert rows[0]["source_text"].endswith("Lind")


def test_a_whose_clause_inside_an_apposition() -> None:
    text = "Ivo Lund, a Kent dairy consultant whose firm was hired by the co-op, said the count was wrong."
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [("said", "Ivo Lund")]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Lund wouldn't say.", "declined"),
        ("Lund didn’t comment on the audit.", "declined"),
        # a negation before a comma belongs to another clause
        ("Elected or not, candidate says, the race was worth it.", "indirect"),
    ],
)
def test_negations_in_the_verb_group_only(text: str, form: str) -> None:
    assert [a["form"] for a in attributions(text)] == [form]


@pytest.mark.parametrize(
    ("text", "cue", "source", "message"),
    [
        ("While saying that she does trust the auditor, Lund went on to question the count.", "saying", "Lund", "she does trust the auditor"),
        ("Lund, Berg and Okafor have all described the audit as fair and say they will sign it again.", "say", "Lund, Berg and Okafor",
         "they will sign it again"),
        # a quantifier floated after the auxiliary is part of the verb group
        ("The wardens have both said the audit was fair.", "said", "The wardens", "the audit was fair"),
        ("Lund, Berg, and Okafor toured the depot, saying it would close.", "saying", "Lund, Berg, and Okafor", "it would close"),
    ],
)
def test_subjects_after_an_opening_gerund_and_lists_of_names(text: str, cue: str, source: str, message: str) -> None:
    rows = [a for a in attributions(text) if a["cue"] == cue]
    assert [(a["source_text"], content(text, a)) for a in rows] == [(source, message)]


@pytest.mark.parametrize(
    ("text", "form", "source_kind"),
    [
        ("He's said the levy is too low.", "indirect", "unresolved"),
        ("They’ve argued that the levy is too low.", "indirect", "unresolved"),
        # "it's" + participle is a passive without an agent
        ("It's said that the levy is too low.", "agentless", None),
    ],
)
def test_a_pronoun_contracted_with_its_auxiliary(text: str, form: str, source_kind: str | None) -> None:
    rows = attributions(text)
    assert [(a["form"], a["source_kind"]) for a in rows] == [(form, source_kind)]
    assert content(text, rows[0]) == "the levy is too low"


def test_a_contracted_pronoun_resolves_like_the_pronoun() -> None:
    text = "Mayor Ines Lund spoke on Monday. She'd said before that the levy was too low."
    rows = [a for a in attributions(text) if a["cue"] == "said"]
    assert [(a["source_id"], a["named"]) for a in rows] == [("person:lund", True)]


def test_a_report_in_an_opening_subordinate_clause_and_a_quotation_after_the_main_clauses_colon() -> None:
    text = 'When Lund hinted that the port would appeal, Okafor shot back: "If they appeal, they will lose again."'
    rows = attributions(text)
    assert [(a["form"], a["source_text"], content(text, a)) for a in rows] == [
        ("indirect", "Lund", "the port would appeal"),
        ("direct_quote", "Okafor", "If they appeal, they will lose again."),
    ]


def test_a_report_in_an_opening_subordinate_clause_ends_at_its_comma() -> None:
    text = "Although the warden said the gates were safe, the council closed them."
    assert [content(text, a) for a in attributions(text)] == ["the gates were safe"]


def test_a_gerund_after_a_comma_inside_the_closing_mark_keeps_the_speaker() -> None:
    text = "The aide called the audit a “sloppy exercise,” adding that the person who “should resign is the treasurer, not the clerk.”"
    rows = attributions(text)
    assert [(a["cue"], a["form"], a["source_text"]) for a in rows] == [
        ("called", "indirect", "The aide"),
        ("adding", "direct_quote", "The aide"),
    ]


def test_a_quotation_of_a_later_predicate_is_not_the_first_verbs_message() -> None:
    text = 'The coach called the trade "a poor swap" and ranked Okafor among the weakest buyers "in the whole league."'
    rows = attributions(text)
    assert [(a["form"], a["source_text"], content(text, a)) for a in rows] == [
        ("indirect", "The coach", 'the trade "a poor swap"'),
        ("direct_quote", "The coach", "in the whole league."),
    ]


@pytest.mark.parametrize("text", ['"Utter fiction," Mr. Okafor said on the radio.', "“Utter fiction,” Sen. Okafor said."])
def test_a_short_quotation_before_a_speaker_with_an_abbreviated_title(text: str) -> None:
    rows = attributions(text)
    assert [(a["form"], content(text, a)) for a in rows] == [("direct_quote", "Utter fiction,")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a tag with an adverbial interrupts the sentence: the message is the whole sentence
        ("When the whistle went, Mr. Okafor said in an interview, the crowd fell silent.",
         "When the whistle went, Mr. Okafor said in an interview, the crowd fell silent"),
        # a tag after a subordinator: the message is the clause after the tag
        ("The keeper recalled the seasons when, he said, travel was far harder.", "travel was far harder"),
    ],
)
def test_tags_that_interrupt_a_clause(text: str, message: str) -> None:
    rows = [a for a in attributions(text) if a["cue"] == "said"]
    assert [content(text, a) for a in rows] == [message]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Okafor, in turn, cites his neighbours as a source, according to the Kent Courier.",
         "Okafor, in turn, cites his neighbours as a source"),
        ("On Friday, Okafor said the depot would close, according to the Kent Courier.", "On Friday, Okafor said the depot would close"),
    ],
)
def test_according_to_at_the_end_reports_the_whole_clause_before_it(text: str, message: str) -> None:
    rows = [a for a in attributions(text) if a["form"] == "according_to"]
    assert [content(text, a) for a in rows] == [message]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("The audit released on Friday showed that the depot lost money.", "The audit", "the depot lost money"),
        ("A survey published last week found that rents rose.", "A survey", "rents rose"),
        # a paper (a study) reports what it found
        ("One careful 2011 paper found gains in reading scores.", "One careful 2011 paper", "gains in reading scores"),
    ],
)
def test_documents_with_a_participle_or_a_year_before_the_verb(text: str, source: str, message: str) -> None:
    assert [(a["source_text"], content(text, a)) for a in attributions(text)] == [(source, message)]


def test_a_bare_tag_after_an_exclaimed_quotation_names_its_speaker_before_a_previous_tag() -> None:
    text = ("“We fixed the roof. And we will fix the road too,” Okafor said.\n\n"
            "“Nobody asked us, and we are tired of being ignored, it is insulting!” Lind said.")
    rows = attributions(text)
    assert [(a["form"], a["source_text"]) for a in rows] == [("direct_quote", "Okafor"), ("direct_quote", "Lind")]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("“I meant every word,” the warden told the Courier on Friday when asked if she still doubts the audit.",
         "if she still doubts the audit"),
        # asked to do something is a request, not a question put to the speaker
        ("Lind said the video shows him leaving the van when asked to do so by the guards.", None),
    ],
)
def test_a_question_after_the_speech_tag_without_a_comma(text: str, question: str | None) -> None:
    rows = [a for a in attributions(text) if a["form"] == "agentless"]
    assert [content(text, a) for a in rows] == ([question] if question else [])


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # the question set off between the speaker and the answer's verb
        ("Berg, when asked about the dredging plan, said it was too costly.", "about the dredging plan"),
        ("Whenever asked about the dredging delays, the engineers blamed the weather.", "about the dredging delays"),
        # guard: no speaker anywhere for the answer, no question put to one
        ("The ferry, when asked about by tourists, is said to be slow.", None),
    ],
)
def test_a_question_between_the_speaker_and_the_answer(text: str, question: str | None) -> None:
    rows = [a for a in attributions(text) if a["form"] == "agentless" and a["cue"] == "asked"]
    assert [content(text, a) for a in rows] == ([question] if question else [])


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # a day or a time word between "Asked" and the question, as a place is ("Asked on Monday whether …")
        ("Asked Thursday about the ferry fares, the harbor chief said they would rise.", "about the ferry fares"),
        ("Asked later whether the fares would rise, the harbor chief nodded.", "whether the fares would rise"),
        # guard: a request, not a question put to the speaker
        ("Asked Thursday to lower the ferry fares, the harbor chief said no.", None),
    ],
)
def test_a_time_between_asked_and_the_question(text: str, question: str | None) -> None:
    rows = [a for a in attributions(text) if a["form"] == "agentless"]
    assert [content(text, a) for a in rows] == ([question] if question else [])


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # after the agent of "Asked", "to" and a verb of speech: the question put to the speaker
        ("Asked by the Courier to respond to the audit, the harbor chief said it was flawed.", "to respond to the audit"),
        ("Asked by Ms. Okafor to explain the delay, the harbor chief blamed the weather.", "to explain the delay"),
        # guard: a request to act, not a question
        ("Asked by the council to lower the ferry fares, the harbor chief said no.", None),
    ],
)
def test_asked_by_someone_to_speak_reports_the_question(text: str, question: str | None) -> None:
    rows = [a for a in attributions(text) if a["form"] == "agentless"]
    assert [content(text, a) for a in rows] == ([question] if question else [])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Towns, not the state, should pay for the bridge, says the author.", "the author"),
        ("Towns, not the state, should pay for the bridge, says the investor and writer", "the investor and writer"),
    ],
)
def test_a_final_tag_with_a_described_person(text: str, source: str) -> None:
    rows = attributions(text)
    assert [(a["source_text"], content(text, a)) for a in rows] == [(source, "Towns, not the state, should pay for the bridge")]


def test_continue_to_is_going_on_not_speaking_on() -> None:
    assert attributions("Without new hires, the pool of nurses could continue to shrink, leaving the rest overworked.") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("The levy, Okafor said in May, would not pass.", "The levy, Okafor said in May, would not pass"),
        ("Okafor said on June 5 that the levy would not pass.", "the levy would not pass"),
    ],
)
def test_a_month_after_a_preposition_is_a_time_not_the_modal(text: str, message: str) -> None:
    assert [content(text, a) for a in attributions(text)] == [message]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # headlines quote in title case after the speaker's name and a colon
        ("Okafor: ‘I’m the Best Thing That Ever Happened to the Port.’", "Okafor"),
        ("Ines Lind: ‘The Levy Might as Well Be Called a Fine – Not a Fee!’", "Ines Lind"),
        # a title after a described thing's colon stays a title
        ("Her second novel: “The Quiet Harbour.”", None),
    ],
)
def test_a_title_case_quotation_after_a_name_and_colon(text: str, source: str | None) -> None:
    assert [a["source_text"] for a in attributions(text)] == ([source] if source else [])


@pytest.mark.parametrize(
    "text",
    [
        "Okafor admitted on KTV’s “Morning Desk” that the figures were wrong.",
        "Okafor said on “Face the Nation” that the figures were wrong.",
        "Okafor said on “Face the Nation” the figures were wrong.",
        "Okafor told “Morning Desk” that the figures were wrong.",  # the programme as the addressee
        "Okafor told “Morning Desk” on Sunday the figures were wrong.",
    ],
)
def test_a_programmes_title_in_the_adverbial_before_the_message(text: str) -> None:
    assert [content(text, a) for a in attributions(text)] == ["the figures were wrong"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("As Okafor said that day, the levy is dead.", "the levy is dead"),
        ("Okafor said that week that the levy was dead.", "the levy was dead"),
    ],
)
def test_that_before_a_time_word_is_a_demonstrative(text: str, message: str) -> None:
    assert [content(text, a) for a in attributions(text)] == [message]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("In her column, Will wrote, the levy can still be saved.", "wrote"),
        ("After the vote, Will believes the levy has a chance.", "believes"),
    ],
)
def test_a_modal_name_before_a_finite_verb_is_the_speaker(text: str, cue: str) -> None:
    rows = attributions(text)
    assert [(a["cue"], a["source_text"], a["source_kind"], a["named"]) for a in rows] == [(cue, "Will", "person", True)]


def test_a_modal_before_a_base_form_stays_a_modal() -> None:
    rows = attributions("The warden said Okafor will resign.")
    assert [(a["cue"], a["source_text"]) for a in rows] == [("said", "The warden")]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("Okafor wrote last November that the levy was dead.", "Okafor", "the levy was dead"),
        ("“The levy is dead for good.” Okafor wrote last November.", "Okafor", "The levy is dead for good."),
        ("Okafor said this week that the levy was dead.", "Okafor", "the levy was dead"),
    ],
)
def test_a_month_after_last_or_next_is_a_time_phrase(text: str, source: str, message: str) -> None:
    rows = [a for a in attributions(text) if a["source_text"]]
    assert [(a["source_text"], content(text, a)) for a in rows] == [(source, message)]


@pytest.mark.parametrize(
    "text",
    [
        "The coach was fired for sharing a Twitter post this month that seemed to mock the fans.",
        "A KTV report on the levy ran on Monday.",
    ],
)
def test_a_base_form_after_a_and_a_name_is_a_noun(text: str) -> None:
    assert [a for a in attributions(text) if a["form"] in ("indirect", "direct_quote")] == []


def test_about_before_a_number_is_no_topic_of_speech() -> None:
    assert attributions("The governor spoke for about 40 minutes.") == []
    [row] = attributions("The governor spoke about the levy for 40 minutes.")
    assert content("The governor spoke about the levy for 40 minutes.", row).startswith("the levy")


def test_a_verb_form_inside_the_speakers_title_is_no_report_of_its_own() -> None:
    text = "White House press secretary Tom Reyes said the talks would resume."
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [("said", "White House press secretary Tom Reyes")]


def test_the_poll_far_back_is_the_one_poll_the_article_cited() -> None:
    filler = " ".join(f"Turnout in district {n} was high." for n in range(1, 9))
    text = ("A Harbour Institute poll shows the race is close. " + filler
            + " The poll also found that most voters distrust both candidates.")  # fmt: skip
    rows = attributions(text)
    assert len(rows) == 2 and rows[-1]["source_text"] == "The poll" and rows[-1]["source_id"] == rows[0]["source_id"]


@pytest.mark.parametrize(
    ("makers", "named"),
    [
        (["The Washington Post conducted a statewide poll in May."], True),
        # two makers of polls: "the new poll" could be either
        (["The Washington Post conducted a statewide poll in May.", "Gallup ran a national poll in June."], False),
    ],
)
def test_the_poll_far_back_is_the_one_poll_the_article_brought_in_with_its_maker(makers: list[str], named: bool) -> None:
    filler = " ".join(f"Turnout in district {n} was high." for n in range(1, 9))
    text = " ".join(makers) + " " + filler + " The mayor leads in five districts, according to the new poll."
    (row,) = attributions(text)
    assert row["source_text"] == "the new poll"
    assert row["named"] is named
    if named:
        assert row["source_id"] == "reg:wapo"



def test_statements_far_back_are_not_the_one_named_maker() -> None:
    """Only a poll is one document to refer back to: "den Angaben zufolge" are the statements of whoever spoke last,
    not those of the one named body far back."""
    filler = " ".join(f"Im Bezirk {n} war es ruhig." for n in range(1, 9))
    text = ("Nach Angaben der Vereinten Nationen wurden drei Schulen getroffen. " + filler
            + " Nach Angaben eines Anrainers brannte auch ein Lager. Dort wurden den Angaben zufolge zwei Häuser zerstört.")  # fmt: skip
    row = next(a for a in analyze(text, lang="de").attributions if a["cue"] == "zufolge")
    assert row["source_id"] != "reg:un"


@pytest.mark.parametrize(
    ("text", "source", "named"),
    [
        # words before a role and a name belong to the speaker's noun phrase, also before an aside
        ("Ohio county delegate Ann Pruitt, wearing a blue sash, said the rules were unfair.", "Ohio county delegate Ann Pruitt", True),
        ("Harbour district delegate Ann Pruitt said the rules were unfair.", "Harbour district delegate Ann Pruitt", True),
        # a single capitalised word after "from" is a place, not a person who employs the speaker
        ("A delegate from Vermont said the rules were unfair.", "A delegate from Vermont", False),
    ],
)
def test_roles_with_words_before_them_and_places_after_them(text: str, source: str, named: bool) -> None:
    (row,) = [a for a in attributions(text) if a["cue"] == "said"]
    assert (row["source_text"], row["named"]) == (source, named)


def test_a_verb_before_a_role_ends_the_speakers_phrase() -> None:
    rows = attributions("Pruitt beat lawyer Tom Hale in the primary, claiming 41 percent of the vote.")
    assert [(a["cue"], a["source_text"]) for a in rows] == [("claiming", "Pruitt")]


@pytest.mark.parametrize(
    ("text", "source_id", "named"),
    [
        ("The opposition criticized the plan on Monday.", "vague:the opposition", False),  # no one in particular
        # a role and a name after a vague head are that person ("press" is the press, "press secretary" a role)
        ("Opposition leader Tom Hale said the plan was bad.", "person:hale", True),
        ("Pruitt press secretary Ann Lowe said the plan was bad.", "person:lowe", True),
    ],
)
def test_a_vague_head_before_a_role_and_a_name(text: str, source_id: str, named: bool) -> None:
    (row,) = attributions(text)
    assert (row["source_id"], row["named"]) == (source_id, named)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # unnamed insiders: a noun of people with "familiar with", "close to", "briefed on" is an anonymous source,
        # also after "according to" and a count word
        ("The port will close in May, according to two people familiar with the plans.", "two people familiar with the plans"),
        ("People close to the governor said she would not run again.", "People close to the governor"),
        ("Officials close to the talks said a deal was near.", "Officials close to the talks"),
    ],
)
def test_unnamed_insiders_are_anonymous(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert (row["source_text"], row["source_kind"], row["named"]) == (source, "anonymous", False)


def test_people_of_a_place_stay_a_group() -> None:
    (row,) = attributions("People in the harbour district said the ferry was late again.")
    assert row["source_kind"] != "anonymous"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two bodies of one kind, told apart by the name before their head, are two sources
        ("The Green Party said taxes must rise. The Liberty Party said they must fall.", [("Green Party", 1), ("Liberty Party", 1)]),
        ("The Berger Institute said rents rose. The Hale Institute said they fell.", [("Berger Institute", 1), ("Hale Institute", 1)]),
        ("The Ohio senator said no. The Idaho senator said yes.", [("Ohio senator", 1), ("Idaho senator", 1)]),
        # the bare head afterwards refers back to the body named last
        ("The Berger Institute said rents rose. The institute also said wages fell.", [("Berger Institute", 2)]),
        # a word capitalised only because it opens the sentence names no body: the same outlets both times
        ("Several outlets said rents rose. The outlets also said wages fell.", [("Several outlets", 2)]),
        ("Busy outlets said rents rose. The outlets also said wages fell.", [("Busy outlets", 2)]),
    ],
)
def test_bodies_named_by_the_words_before_their_head_are_distinct_sources(text: str, names: list[tuple[str, int]]) -> None:
    """All institutes (parties, senators, …) had been one source keyed by the head noun alone, so "the Green Party"
    and "the Liberty Party" counted as one voice in the diversity figures."""
    assert [(s["name"], s["mentions"]) for s in analyze(text, lang="en").sources] == names


@pytest.mark.parametrize(
    ("text", "via", "message"),
    [
        ("The spokesman told reporters there would be no changes.", None, "there would be no changes"),
        ("Hale told the Associated Press there would be no further delays.", "the Associated Press", "there would be no further delays"),
        ("Hale told Reuters on Monday there was no deal yet.", "Reuters", "there was no deal yet"),
        ("Advocates estimate there could be up to 900 such cases.", None, "there could be up to 900 such cases"),
    ],
)
def test_an_existential_clause_after_the_verb_or_its_addressee_is_the_message(text: str, via: str | None, message: str) -> None:
    """"told reporters there would be …" had the message "reporters there would be …" and "told the Associated Press
    there …" the medium "the Associated Press there"."""
    (row,) = attributions(text)
    assert row["via_text"] == via and content(text, row) == message


@pytest.mark.parametrize(
    ("text", "source", "via", "message"),
    [
        # a participle after the speaker names the medium the words came through
        ("The mayor, quoted by the Gazette, said the bridge would reopen.", "The mayor", "the Gazette", "the bridge would reopen"),
        ("Two aides cited by the Herald said the vote was delayed.", "Two aides", "the Herald", "the vote was delayed"),
        # an according-to phrase between the speaker and the verb does the same
        ("The mayor, according to Reuters, said the bridge would reopen.", "The mayor", "Reuters", "the bridge would reopen"),
        ("Hale was quoted by the Gazette as saying the bridge would reopen.", "Hale", "the Gazette", "the bridge would reopen."),
    ],
)
def test_quoted_or_cited_by_a_medium_is_the_reports_via(text: str, source: str, via: str, message: str) -> None:
    """"Two aides cited by the Herald said" had made "cited" a report of the aides and the Herald the speaker of "said"."""
    rows = [a for a in attributions(text) if a["form"] != "according_to"]
    assert [(a["source_text"], a["via_text"], content(text, a)) for a in rows] == [(source, via, message)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police sources said the suspect had fled.", "anonymous"),
        ("Ministry sources said the plan was ready.", "anonymous"),
        # a group or a spokesperson of the body speaks for it, as "Pentagon officials" do
        ("Police officials said the suspect had fled.", "police"),
        ("A police spokeswoman said the suspect had fled.", "police"),
    ],
)
def test_sources_of_a_body_are_anonymous_not_the_body(text: str, kind: str) -> None:
    """"Police sources said" had been the police speaking, a named body."""
    (row,) = attributions(text)
    assert row["source_kind"] == kind and row["named"] is (kind != "anonymous")


def test_a_list_of_names_is_one_source_each() -> None:
    """"Anna Lind, Paul Steiner and Eva Roth" had lost Anna Lind: the comma list before "and" was one conjunct."""
    result = analyze("Anna Lind, Paul Steiner and Eva Roth said the plan was good.", lang="en")
    assert [s["source_id"] for s in result.sources] == ["person:lind", "person:steiner", "person:roth"]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Actress Anna Lind told CNN that the race was close. She said the senator would win.", "en", "person:lind"),
        ("Ministerin Anna Lind kritisierte den Plan laut APA. Sie sagte, er komme zu spät.", "de", "person:lind"),
    ],
)
def test_a_pronoun_that_speaks_refers_to_the_person_not_the_medium_of_the_sentence_before(text: str, lang: str, person: str) -> None:
    """"She said" after "Lind told NBC …" had been NBC: the medium named last in that sentence was taken."""
    rows = [a for a in analyze(text, lang=lang).attributions if a["source_text"] in ("She", "Sie")]
    assert [a["source_id"] for a in rows] == [person]


@pytest.mark.parametrize(
    ("text", "registry_id"),
    [
        # a state's court is not the country's court whose name it holds
        ("The Ohio Supreme Court said the law was void.", None),
        ("The U.S. Supreme Court said the law was void.", "scotus"),
        # a party's members of a state are still the party's
        ("Iowa Republicans said the law was void.", "republicans"),
    ],
)
def test_a_registered_name_inside_a_longer_name_is_another_body(text: str, registry_id: str | None) -> None:
    (source,) = analyze(text, lang="en").sources
    assert source["registry_id"] == registry_id


def test_a_possessor_who_speaks_is_the_same_source_as_the_person() -> None:
    """"Hale's claim that …" had made a source "person:hale's" beside "person:hale": the possessive ending is no part
    of the name."""
    result = analyze("Tom Hale's claim that the dam was safe proved wrong. Hale said on Friday he had been misled.", lang="en")
    assert [s["source_id"] for s in result.sources] == ["person:hale"]
    assert result.sources[0]["mentions"] == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sen. Maria Olsen said the bill would pass. Olsen added that she had the votes.", "politician"),
        ("Gov. Maria Olsen said the bill would pass. Olsen added that she had the votes.", "government"),
        ("Rep. Maria Olsen said the bill would pass. Olsen added that she had the votes.", "politician"),
    ],
)
def test_an_abbreviated_title_and_a_name_is_the_person_named_later(text: str, kind: str) -> None:
    """"Sen. Ted Cruz" had been a source of its own ("politician::senator:ted cruz") beside a later "Cruz": the period of
    the abbreviation stood between the role and the name."""
    (source,) = analyze(text, lang="en").sources
    assert (source["source_id"], source["kind"], source["mentions"]) == ("person:olsen", kind, 2)


def test_a_named_persons_spokesperson_speaks_for_that_person() -> None:
    """"Trump's spokeswoman" had been an unnamed spokeswoman of no one, as "a spokesman for Trump" is Trump's side."""
    result = analyze("Mayor Olsen said the bridge would reopen. Olsen's spokeswoman said repairs were on schedule.", lang="en")
    assert [(s["source_id"], s["mentions"]) for s in result.sources] == [("person:olsen", 2)]


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        # a country's body in the possessive is that country's, as "the foreign ministry of Norway" would be
        ("Norway's foreign ministry said the embassy would stay closed.", "government:NO:ministry:foreign"),
        # a country's role with the person's name after it stays with the person
        ("Norway's foreign minister, Ola Berg, said the embassy would stay closed.", "person:berg"),
    ],
)
def test_a_countrys_body_in_the_possessive_is_that_countrys(text: str, source_id: str) -> None:
    """"Israel's foreign ministry" had been a ministry of no country, unnamed."""
    assert [s["source_id"] for s in analyze(text, lang="en").sources] == [source_id]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Henley's said it would close nine of its bakeries.", "it would close nine of its bakeries"),
        ("Fairbrook's says that the ratings outlook is stable.", "the ratings outlook is stable"),
        ("Fairbrook's said on Monday that the outlook was stable.", "the outlook was stable"),
    ],
)
def test_a_firm_whose_name_ends_in_s_speaks(text: str, message: str) -> None:
    """A name in "'s" before the verb ("Moody's said") had been read as a possessive before a noun: no report."""
    (row,) = attributions(text)
    assert (row["source_text"], content(text, row)) == (text.split(" ")[0], message)
    (source,) = analyze(text, lang="en").sources
    assert (source["kind"], source["named"]) == ("company", True)


@pytest.mark.parametrize(
    "text",
    [
        "Critics fought Olsen's plan to admit more students, the dean said.",
        "Olsen's claims that the dam leaked were false, the dean said.",
        "Olsen's proposed budget would cut the library, the dean said.",
        "Let's say the dean said the library would close.",
    ],
)
def test_a_possessive_before_a_noun_that_looks_like_a_verb_is_no_speaker(text: str) -> None:
    rows = attributions(text)
    assert [r["source_text"] for r in rows if r["cue"] == "said"] == ["the dean"]
    assert not [s for s in analyze(text, lang="en").sources if s["source_id"].startswith("name:olsen")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Joanna May said the ferry would run. May added that tickets were sold out.", ["Joanna May", "May"]),
        ("May said the ferry would run.", ["May"]),
        ("Councillor Peter Will told reporters the ferry would run.", ["Councillor Peter Will"]),
    ],
)
def test_a_capitalised_modal_before_a_past_verb_is_a_name(text: str, speakers: list[str]) -> None:
    """"Theresa May said" had "Theresa" as the speaker: "May" was read as a modal in the verb group."""
    assert [r["source_text"] for r in attributions(text)] == speakers


def test_a_month_named_like_a_modal_opens_a_reported_clause() -> None:
    text = "The bakery said Tuesday that May sales had doubled."
    (row,) = attributions(text)
    assert content(text, row) == "May sales had doubled"
    text = "Ferries may run late, the harbour office said."
    assert [r["source_text"] for r in attributions(text)] == ["the harbour office"]


def test_a_past_verb_after_a_plural_noun_ends_a_subject() -> None:
    """A verb form after "the measures followed …" had the whole clause before it as its speaker."""
    assert attributions("Most of the measures followed violent attacks in the region in June 2011 that shook the town.") == []
    text = "Documents obtained by reporters show the bridge was unsafe."
    (row,) = attributions(text)
    assert row["source_text"] == "Documents obtained by reporters"


@pytest.mark.parametrize(
    ("text", "source_id", "named"),
    [
        # a person's name in the possessive before a body: the body the person heads, as "the campaign of Olsen"
        ("Olsen's campaign said the rally would go ahead.", "party::campaign:olsen", True),
        ("The campaign of Olsen said the rally would go ahead.", "party::campaign:olsen", True),
        # people on a person's side are no body of that person's: they stay unnamed
        ("Olsen's opponents said the rally should be cancelled.", "generic:olsen's opponents", False),
    ],
)
def test_a_persons_name_in_the_possessive_before_a_body_owns_it(text: str, source_id: str, named: bool) -> None:
    """"Clinton's campaign" had been an unnamed campaign of no one (a later "the campaign" of another was the same)."""
    (source,) = analyze(text, lang="en").sources
    assert (source["source_id"], source["named"]) == (source_id, named)


def test_a_dated_report_refers_back_to_the_report_cited_before() -> None:
    text = "The Harbour Gazette reported a rise in thefts. According to the report from Tuesday, thefts doubled."
    result = analyze(text, lang="en")
    assert len({a["source_id"] for a in result.attributions}) == 1 and len(result.sources) == 1


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("According to the Harbour Gazette, the mayor said the bridge was safe.", "the Harbour Gazette"),
        # a statement of the speaker's own is no channel
        ("According to a statement, the mayor said the bridge was safe.", None),
    ],
)
def test_an_according_to_phrase_before_a_speakers_tag_is_the_via(text: str, via: str | None) -> None:
    """"According to X, Y said Z": Y's words had been first-hand, X's part lost from the chain."""
    (row,) = [a for a in attributions(text) if a["form"] == "indirect"]
    assert (row["source_text"], row["via_text"]) == ("the mayor", via)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        # a refusal at the end of a clause reports nothing before it: it is the speaker's refusal to answer
        ("The coach said the team was tired, and when asked whether he would resign, he declined.",
         ["indirect", "agentless", "declined"]),
        ("The coach said the team was tired, and he declined.", ["indirect", "declined"]),
        ("When asked about the fees, the mayor refused.", ["agentless", "declined"]),
        # a noun "decline" is no refusal
        ("Prices fell under the region's slow decline.", []),
    ],
)  # fmt: skip
def test_a_refusal_that_ends_a_clause_is_a_declined_answer(text: str, forms: list[str]) -> None:
    """"…, he declined." had been a speech tag whose message was the whole sentence before it (the report of "said"
    inside it was dropped)."""
    assert [a["form"] for a in attributions(text)] == forms


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a committee or panel of a legislature is parliamentary; other committees stay of no known kind
        ("The House Transport Committee said the hearing would go ahead. The committee added that it was public.", "parliament"),
        ("A Senate committee said the hearing would go ahead.", "parliament"),
        ("The Harbour Festival Committee said the parade would go ahead.", "unknown"),
    ],
)
def test_a_legislatures_committee_is_parliamentary(text: str, kind: str) -> None:
    (source,) = analyze(text, lang="en").sources
    assert source["kind"] == kind


@pytest.mark.parametrize("text", ["The mayor told reporters he's already received hundreds of letters.",
                                  "The mayor told the Harbour Gazette he’s already received hundreds of letters."])
def test_a_contracted_pronoun_after_the_addressee_opens_the_message(text: str) -> None:
    """The addressee had run on into "he's" and the message had begun with the addressee."""
    (row,) = attributions(text)
    assert content(text, row).startswith("he")


def test_a_tag_inside_a_short_quotation_reports_nothing_before_it() -> None:
    # "I hope" opens the quotation: no speech tag of the clause before, which keeps its own speaker
    text = "She said she had not seen the flood report, and she said, “I hope not.”"
    rows = attributions(text)
    assert [(r["form"], r["cue"]) for r in rows] == [("indirect", "said"), ("direct_quote", "said")]
    assert content(text, rows[0]) == "she had not seen the flood report"


def test_a_closing_mark_before_a_tag_keeps_the_message_before_it() -> None:
    # mixed marks: the straight mark after the comma closes the quotation the curly one opened, and opens nothing
    text = "“Ask me again. I will not run because I am tired,\" she said. \"I will run because I can win the seat.”"
    rows = attributions(text)
    assert rows[0]["form"] == "direct_quote" and content(text, rows[0]) == "Ask me again. I will not run because I am tired,"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The mayor said she had not read the report, and when asked about the council, she said she trusted it.",
         "she had not read the report"),
        ("The coach said the team was ready, but after the defeat on Sunday, he admitted it was not.", "the team was ready"),
    ],
)
def test_an_adverbial_clause_after_and_opens_the_next_report(text: str, first: str) -> None:
    assert content(text, attributions(text)[0]) == first


def test_a_report_nested_in_an_opening_subordinate_clause_ends_before_the_main_clause() -> None:
    text = "If we read the plan correctly when she says she wants to win the seat, it would seem that she will run."
    row = next(r for r in attributions(text) if r["cue"] == "says")
    assert content(text, row) == "she wants to win the seat"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The officers laughed and said the delay was right.", "The officers"),
        ("Two nurses walked out of the ward and said the rota was unfair.", "Two nurses"),
    ],
)
def test_a_past_verb_before_and_said_ends_the_subject(text: str, speaker: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == speaker


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("The mayor, who said the bridge was safe, left early.", "who", "mayor"),
        ("It was the harbor board that said the fees would rise.", "that", "harbor board"),
    ],
)
def test_a_relative_pronoun_is_the_source_mention_and_its_antecedent_the_source(text: str, pronoun: str, name: str) -> None:
    (row,) = [a for a in attributions(text) if a["cue"] == "said"]
    assert row["source_text"] == pronoun
    assert text[row["source_start"] : row["source_end"]] == pronoun
    assert speaker_name(text, row) == name


def test_a_defining_relative_pronoun_source_is_no_vague_source_finding() -> None:
    from scoring.aggregation.findings import CheckConfig, find_findings
    from scoring.pipeline import AnalysisOptions, analyze_input
    from scoring.reading.readers import ArticleInput

    text = "The paper printed letters from critics who said the plan was unfair."
    inp = ArticleInput(name="t", content=text, markup="txt", input_format="txt", input_sha256="", article_id="t")
    findings = find_findings(analyze_input(inp, AnalysisOptions(lang="en", verify_lang=False)), CheckConfig())
    assert [f.text for f in findings if f.rule == "vague-source"] == []  # which critics: those who said it


@pytest.mark.parametrize(
    "text",
    [
        "All told, the groups spent more than two million dollars on radio ads.",
        "There are doubts about the inquiry.",
        "There are no immediate plans to expand into the building next door, and the mayor has set up an office nearby.",
        "The county has no primary state where turnout was lower than in the city.",
    ],
)
def test_all_told_and_existential_there_report_nothing(text: str) -> None:
    # "no" and a modifier before a form in -s: a noun ("no immediate plans"), not a speaker and a verb
    assert [a["source_text"] for a in attributions(text)] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Walking to the next house, Ebba Lind reminisced about her youth, and said the war had changed her views.", "Ebba Lind"),
        ("Standing beside the mayor, the fire chief nodded and said the bridge was safe.", "the fire chief"),
    ],
)
def test_an_opening_participle_clause_is_passed_over_for_the_subject(text: str, speaker: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The campaign hit back at the ad, calling it the work of a campaign in trouble.", [("calling", "The campaign")]),
        ("The adviser went further, arguing the plan could make the threat worse.", [("arguing", "The adviser")]),
        # guards: the verb after "and" belongs to the clause of "as"; a participle after the noun before an aside
        ("The mayor's eyes welled with tears as she spoke of the town and urged voters to stay.", []),  # not "The mayor's eyes"
        ("Officials briefed on the talks, speaking on condition of anonymity, said the deal was close.", [("said", "Officials")]),
    ],
)
def test_a_past_verb_before_a_participle_of_speech_ends_the_subject(text: str, speakers: list[tuple[str, str]]) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text) if a["cue"] in ("calling", "arguing", "urged", "said")] == speakers


@pytest.mark.parametrize(
    ("text", "lang", "source_id"),
    [
        ("On Monday, former Gov. Jeb Lund of Ohio said the plan failed.", "en", "person:lund"),
        ("Republican South Dakota Sen. Ada Roe says the vote failed.", "en", "person:roe"),
        ("The economist Tom Hale in Denver says the plan failed.", "en", "person:hale"),
        ("Der UN-Sondergesandte Marco de Rossi forderte, die Waffenruhe zu retten.", "de", "person:rossi"),
    ],
)
def test_a_role_and_a_name_are_keyed_by_the_name_not_a_place_after_it(text: str, lang: str, source_id: str) -> None:
    (row,) = analyze(text, lang=lang).attributions
    assert row["source_id"] == source_id


@pytest.mark.parametrize(
    ("text", "source_ids"),
    [
        # a title of two words, or a title with its office after "of", then the name: one person with the name alone
        ("Attorney General Bill Lund said the case was closed. Lund added that no charges would follow.", ["person:lund", "person:lund"]),
        ("Secretary of State Anna Berg said the talks failed. Later she said they would resume.", ["person:berg", "person:berg"]),
        ("Secretary of the Interior Sally Newell said the park was closed.", ["person:newell"]),
        ("Republican vice presidential nominee Mike Penn said the deal was bad.", ["person:penn"]),
        # guards: the office alone is no person; people who support someone are not that person
        ("The Minister of Foreign Affairs said the talks failed.", ["government::minister:foreign affairs"]),
        ("Supporters of Republican Tom Hale say the plan works.", ["generic:supporters of republican tom hale"]),
        ("The former top aide to President Tom Hale said the deal was bad.", ["unknown::aide:tom hale"]),
        ("The chief executive of Harbor Widget Company said the deal was bad.", ["company::executive:harbor widget"]),
        # (the role before "executive" gives way to it, which has a kind: "chief economist", "chief executive")
    ],
)
def test_a_title_of_several_words_and_a_name_are_keyed_by_the_name(text: str, source_ids: list[str]) -> None:
    assert [a["source_id"] for a in attributions(text)] == source_ids


def test_former_before_an_abbreviated_title_belongs_to_the_speaker() -> None:
    text = "Rivals went further, with former Ohio Gov. Jeb Lund calling the mayor a fraud."
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [("calling", "former Ohio Gov. Jeb Lund")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator mentioned the minimum wage in her speech.", [("mentioned", "The senator")]),
        ("On the radio, the author discussed his new book about the harbor.", [("discussed", "the author")]),
        ("The mention of the harbor drew applause.", []),  # the noun: no report
    ],
)
def test_mention_and_discuss_report_a_topic(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == expected


def test_a_passive_mention_without_agent_reports_its_topic_not_the_sentences_claim() -> None:
    text = "His lead shrinks to 34 points when smaller parties are mentioned."
    (row,) = attributions(text)
    assert (row["form"], content(text, row)) == ("agentless", "smaller parties")


def test_welcome_with_a_noun_object_states_a_position() -> None:
    text = "The union welcomed the ruling on Friday."
    assert [(a["cue"], a["source_text"], content(text, a)) for a in attributions(text)] == [("welcomed", "The union", "the ruling on Friday")]


@pytest.mark.parametrize(
    ("text", "cue", "message"),
    [
        ("The governor slammed the ruling on Friday.", "slammed", "the ruling on Friday"),
        ("Farm groups hailed the trade deal.", "hailed", "the trade deal"),
        ("The senator echoed the criticism of the plan.", "echoed", "the criticism of the plan"),
    ],
)
def test_verbs_of_judging_with_a_noun_object_report_it(text: str, cue: str, message: str) -> None:
    assert [(a["cue"], content(text, a)) for a in attributions(text)] == [(cue, message)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Most analysts expect a rate cut in March.", "expect", "Most analysts"),
        ("Younger voters prefer the senator from Vermont.", "prefer", "Younger voters"),
    ],
)
def test_a_forecast_or_preference_with_a_noun_object_is_reported(text: str, cue: str, speaker: str) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [(cue, speaker)]


def test_a_standing_in_the_polls_cites_no_source() -> None:
    result = analyze("The senator has risen in the polls since May.", lang="en")
    assert result.attributions == []
    assert [c["attributed"] for c in result.claims] == [False]  # no poll is named: the claim is the writer's
    (row,) = analyze("The senator has risen in the latest polls.", lang="en").attributions  # some polls in particular
    assert row["form"] == "according_to"


def test_a_standing_in_the_polls_inside_a_message_is_part_of_it() -> None:
    """A poll phrase inside what a source says is part of that source's message, not a second attribution."""
    assert forms("The mayor said the challenger trails in most polls.") == [("indirect", "The mayor")]
    assert forms("The challenger trails in most polls, the mayor said.") == [("indirect", "the mayor")]
    # guard: a poll that opens the sentence is the source of its figures beside the report in the sentence
    guard = "In a Harbor Ledger poll released on Friday, 48 percent said the bridge should close."
    assert forms(guard) == [("according_to", "a Harbor Ledger poll"), ("indirect", "48 percent")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The ferry will run again in May.\n\nContributing: Ann Lowe, Harbor News Service.", "en"),
        ("The ferry will run again in May.\n\nTwitter: @annlowe.", "en"),
        ("Die Fähre fährt ab Mai wieder.\n\nMitarbeit: Anna Berg.", "de"),
        ("El ferri volverá a circular en mayo.\n\nColaboración: Ana López.", "es"),
    ],
)
def test_a_credit_or_contact_line_is_no_speaker(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).attributions == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nobody says the bridge is safe.", "en"),
        ("None of the engineers said the bridge was safe.", "en"),
        ("Niemand sagt, dass die Brücke sicher sei.", "de"),
        ("Nadie dice que el puente sea seguro.", "es"),
    ],
)
def test_what_no_one_says_has_no_named_source(text: str, lang: str) -> None:
    # the statement stays an attribution, as news annotation counts it; its source is no one, impersonal and unnamed
    (row,) = analyze(text, lang=lang).attributions
    assert (row["source_id"].split(":")[0], row["named"], row["source_kind"]) == ("generic", False, "impersonal")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("The host asked the senator about remarks he had made the night before.", "about remarks he had made the night before"),
        ("The city asked the court for a quick ruling.", "for a quick ruling"),
    ],
)
def test_what_is_asked_after_the_addressee_is_the_message(text: str, message: str) -> None:
    (row,) = attributions(text)
    assert content(text, row) == message


@pytest.mark.parametrize(
    "text",
    [
        "People briefed on the plan said it would fail.",
        "Two officials briefed about the talks said the deal was close.",
    ],
)
def test_people_briefed_on_something_are_an_anonymous_source(text: str) -> None:
    (row,) = attributions(text)
    assert row["source_kind"] == "anonymous" and row["source_text"].split()[-1] in ("plan", "talks")


def test_a_name_in_the_possessive_is_keyed_by_the_name() -> None:
    text = "The hiring reflected Mr. Lund's realization that his campaign was in trouble. He said the race was tight."
    (row,) = [a for a in attributions(text) if a["cue"] == "said"]
    assert row["source_id"] == "person:lund"  # not "person:lund's", a second person


@pytest.mark.parametrize(
    ("text", "source", "source_id"),
    [
        # an abbreviation written with periods, as some papers write them, speaks as the body it abbreviates
        ("The F.B.I. said the case was closed.", "The F.B.I.", "reg:fbi"),
        ("“It is over,” the F.B.I. said.", "the F.B.I.", "reg:fbi"),
        ("The F.A.A. said the plane was safe.", "The F.A.A.", "np:the f.a.a"),
    ],
)
def test_an_abbreviation_with_periods_is_a_speaker(text: str, source: str, source_id: str) -> None:
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == (source, source_id)


def test_a_month_in_a_sentence_before_a_pronoun_is_no_person() -> None:
    text = ("Hale won the primaries in Ohio. She is campaigning ahead of the key March 15 vote there. "
            "She said her campaign would go on.")
    assert [a["source_id"] for a in attributions(text)] == ["person:hale"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Senator Day said the vote would be close.", "Senator Day"),  # a surname that is a time word, after a title
        ("Rep. Anna Week said the vote would be close.", "Rep. Anna Week"),
        ("Smith on Tuesday said the vote would be close.", "Smith"),  # guards: a day of the week is a time
        ("Mayor Lund this week said the vote would be close.", "Mayor Lund"),
        ("Tom Lund, the party chairman, this past week announced a new website.", "Tom Lund"),  # not "this past"
    ],
)
def test_a_surname_that_is_a_time_word_is_part_of_the_speaker(text: str, source: str) -> None:
    (row,) = attributions(text)
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before a form in -ing a pronoun's "'s" is "is": a report in the progressive
        ("He’s saying that the plan will fail.", [("saying", "He’s", "the plan will fail")]),
        ("And she's predicting that the race will be close.", [("predicting", "she's", "the race will be close")]),
        # after "but", the pronoun in the contraction is the sentence's speaker
        ("Governor Tom Lund supports the mayor, but he’s not expecting she’ll carry the vote.",
         [("expecting", "Governor Tom Lund", "she’ll carry the vote")]),
        ("He's said that the plan will fail.", [("said", "He's", "the plan will fail")]),  # guard: the perfect
    ],
)
def test_a_progressive_after_a_contracted_pronoun_is_a_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a["cue"], a["source_text"], text[a["content_start"] : a["content_end"]]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He all but accused the bank chief of trying to weaken the dollar.", "accused", "He"),  # "all but": almost
        ("The governor just said the plan was dead.", "said", "The governor"),
        ("The mayor only said the plan was dead.", "said", "The mayor"),
        ("The mayor left the room — saying the plan was dead.", "saying", "The mayor"),  # a participle after a dash
    ],
)
def test_adverbs_and_dashes_inside_a_report(text: str, cue: str, source: str) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == [(cue, source)]


@pytest.mark.parametrize("text", ["According to media reports, the deal is off.", "According to news reports, the deal is off."])
def test_the_source_of_an_according_to_phrase_holds_no_verb(text: str) -> None:
    # "reports" there is the noun of the phrase's source, no verb whose speaker would be "According to media"
    assert [(a["form"], a["source_text"]) for a in attributions(text)] == [("according_to", text[13 : text.index(",")])]


def test_the_poll_refers_back_to_a_poll_named_by_its_maker_before_it() -> None:
    text = ("The Harbor Gazette-Lakeview Research poll of 1,310 likely voters came out on Tuesday. "
            "The poll shows Lund ahead of Berg by five points.")
    (row,) = attributions(text)
    assert (row["source_text"], row["source_id"]) == ("The poll", "name:harbor gazette-lakeview research poll")


@pytest.mark.parametrize(
    "text",
    [
        # a poll in the lead that its maker's name identifies later: "a new poll" in the next sentence, "the new poll"
        # further on when no other poll was named before it
        "Lund would win the runoff, according to a new poll. The Ridgeway-Carlsen poll of 1,400 voters came out on Monday.",
        "A new statewide poll suggests the race is close. A Ridgeway/Carlsen College poll found that Lund leads.",
        "The new poll of voters in every county shows a tight race. Turnout may be high. Berg is ahead in the north. "
        "The Ridgeway-Carlsen poll finds Lund ahead by four points.",
    ],
)
def test_a_poll_in_the_lead_is_the_one_named_after_it(text: str) -> None:
    first = attributions(text)[0]
    assert first["named"] and "ridgeway" in first["source_id"], first


def test_the_poll_of_a_lead_stays_vague_when_two_polls_are_named_later() -> None:
    text = ("The new poll of voters shows a tight race. Turnout may be high. Berg is ahead in the north. "
            "The Ridgeway poll finds Lund ahead. The Carlsen poll finds Berg ahead.")
    assert not attributions(text)[0]["named"]


def test_a_post_refers_back_to_its_author_not_the_platform() -> None:
    text = "Lund shared a Facebook post on Tuesday. The post showed a cartoon of the mayor."
    (row,) = attributions(text)
    assert row["source_id"] != "reg:facebook"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("While the country added around 290,000 jobs in May, exports fell.", []),  # a sum grew, nobody spoke
        ("She added two points to her lead.", []),
        ("The economy added 200,000 jobs. Lund added that the figure was strong.", [("added", "Lund")]),  # guard
    ],
)
def test_add_with_an_amount_is_no_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Friends of the ferry captain say that she never sailed in a storm.", "Friends of the ferry captain"),
        ("Neighbours of the quarry say they hear blasts at night.", "Neighbours of the quarry"),
        ("Critics of the levy call it a tax on commuters.", "Critics of the levy"),
    ],
)
def test_a_base_form_after_a_plural_and_its_prepositional_object_is_the_verb(text: str, source: str) -> None:
    """The base form agrees with the plural before the preposition, not with the singular noun after it."""
    assert [a["source_text"] for a in attributions(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The council sent its sympathy after the crash in which two guards died.",
        "The directors left the hall on a cheerful note of relief.",
    ],
)
def test_a_noun_after_a_plural_and_a_prepositional_object_stays_a_noun(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Marta Day runs the shelter. Day said that the roof leaks.", "Day"),
        ("Mr. Day said that the roof leaks.", "Mr. Day"),
        ("Senator Day said that the roof leaks.", "Senator Day"),
    ],
)
def test_a_surname_that_is_a_time_word_speaks(text: str, source: str) -> None:
    rows = attributions(text)
    assert [(a["source_text"], a["source_id"], a["named"]) for a in rows] == [(source, "person:day", True)]


def test_a_weekday_before_a_verb_is_no_speaker() -> None:
    assert [a["source_text"] for a in attributions("On Tuesday the warden said that the roof leaks.")] == ["the warden"]


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        ("A survey conducted by independent analyst Marta Lindqvist found that fares had doubled.", "person:lindqvist"),
        ("A report by transport economist Marta Lindqvist found that fares had doubled.", "person:lindqvist"),
    ],
)
def test_a_document_by_a_person_with_a_lower_case_role_is_that_persons(text: str, source_id: str) -> None:
    (row,) = attributions(text)
    assert (row["source_id"], row["named"]) == (source_id, True)


def test_a_document_and_its_maker_before_that_show_are_one_source() -> None:
    """"polls by X that showed …": the polls of their maker show it (an agent after "by" that speaks itself is the
    speaker of a relative clause only after a comma: "an inquiry by a panel, which said …")."""
    text = "The vote comes after surveys by the Harbour Institute that showed Lund ahead in three districts."
    (row,) = attributions(text)
    assert (row["cue"], row["source_id"], row["named"]) == ("showed", "expert::institute::harbour", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive after a noun with its modifier gives what the noun is for
        ("A good way to understand the levy is to read the budget.", []),
        ("It was a rare chance to show that the ferry can run at night.", []),
        # a plural and its verb, or a past, before "to": the verb's subject speaks
        ("Her letters appear to show that she knew of the levy.", [("show", "Her letters")]),
        ("The council seemed to acknowledge the error in May.", [("acknowledge", "The council")]),
    ],
)
def test_an_infinitive_after_a_noun_and_its_modifier_reports_nothing(text: str, expected: list) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court barred the agency from finalizing rules that would have cut pensions.", []),  # the gerund's object
        ("Lund chided Berg for raising questions about the levy.", [("chided", "Lund")]),
        ("Another ranking says the levy is the highest in the state.", [("says", "Another ranking")]),  # a noun in -ing
    ],
)
def test_a_form_in_s_after_a_gerund_is_its_object(text: str, expected: list) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a phrase of time after the verb is when it was said, not what: no message of its own
        ("The port authority reported late last week.", "The port authority reported late last week."),
        ("The port authority reported the count late last week.", "the count late last week"),  # guard: an object
        ("Lund wanted to close the ferry on Monday.", "to close the ferry on Monday"),  # guard: an infinitive
    ],
)
def test_a_phrase_of_time_after_the_verb_is_no_message(text: str, message: str) -> None:
    (row,) = attributions(text)
    assert content(text, row) == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word for a country's people after a first name is a surname: the person speaks, named
        ("The ruling (which her colleague Nora French defended) was upheld.", [("Nora French", "person:french", True)]),
        ("Later, Owen English said that the ferry would run.", [("Owen English", "person:english", True)]),
        # guards: a plural, or a quantifier, keeps the people of the country
        ("Young Canadians said that the ferry should run.", [("Young Canadians", "generic:young canadians", False)]),
        ("Many Japanese say that the ferry should run.", [("Many Japanese", "generic:many japanese", False)]),
    ],
)
def test_a_demonym_after_a_first_name_is_a_surname(text: str, expected: list) -> None:
    assert [(a["source_text"], a["source_id"], a["named"]) for a in attributions(text)] == expected


def test_the_people_of_a_country_are_not_a_person_named_before() -> None:
    """"the French" are the people, not the Frenchman named before (nor a person surnamed French)."""
    text = ("President Lucas Moreau visited the port on Monday. The French said that the tariff was unfair. "
            "Nora French said that the ferry would run. The French said that the ferry was late.")
    rows = attributions(text)
    assert [(a["source_id"], a["named"]) for a in rows] == [
        ("generic:the french", False), ("person:french", True), ("generic:the french", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form in -s after a comma with a relative clause of its own is a noun in apposition, no report
        ("Lund said the ferry would stop, remarks that were aired on local radio.", [("said", "Lund")]),
        ("Berg praised the levy, comments which drew a rebuke from the mayor.", [("praised", "Berg")]),
        # guard: a verb's that-clause has a subject
        ("The ferry is late again, and the captain warns that the tide is low.",
         [("warns", "the captain")]),
    ],
)
def test_a_form_in_s_in_apposition_with_a_relative_clause_is_a_noun(text: str, expected: list) -> None:
    assert [(a["cue"], a["source_text"]) for a in attributions(text)] == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a report in a relative clause without commas ends before the main clause's verb
        ("The councillor who said the levy would fail voted for it anyway.", "the levy would fail"),
        ("Riders who say the ferry is late favor the new timetable.", "the ferry is late"),
        # guards: a participle after its adverb, and a relative clause at the end of the sentence
        ("Staff who said they were badly treated resigned in May.", "they were badly treated"),
        ("The mayor met riders who say the ferry is late.", "the ferry is late"),
    ],
)
def test_a_report_in_a_restrictive_relative_clause_ends_before_the_main_verb(text: str, message: str) -> None:
    row = next(a for a in attributions(text) if a["cue"] in ("said", "say"))
    assert content(text, row) == message


def test_a_report_inside_a_relative_clause_keeps_the_verb_of_its_message() -> None:
    """"who said she heard …": "heard" is in what the witness said; its subject is "she", not the whole phrase."""
    text = "A ferry hand who said she heard the crash was taken to the clinic."
    rows = attributions(text)
    assert [(a["cue"], a["source_text"], content(text, a)) for a in rows] == [("said", "who", "she heard the crash")]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # an ordinal between the article and a person noun is part of the phrase
        ("A third resident said the pumps failed.", "A third resident", "person"),
        ("The second witness told the court the door was open.", "The second witness", "person"),
        # a fraction alone is a share of those asked
        ("A third said the pumps failed.", "A third", "impersonal"),
    ],
)
def test_ordinals_before_a_person_stay_in_the_speaker(text: str, source: str, kind: str) -> None:
    [row] = attributions(text)
    assert (row["source_text"], row["source_kind"]) == (source, kind)


def test_an_ordinal_before_a_thing_is_no_speaker() -> None:
    """"the first debate" is when, not who: the speaker is the one named."""
    [row] = attributions("In the first debate about taxes, Ann Lund said the plan was fair.")
    assert row["source_text"] == "Ann Lund"


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # an "as" tag takes the main clause as the message of a verb that otherwise needs a clause of its own
        ("As the transport ministry confirmed, 41 trains were cancelled.", "the transport ministry", "41 trains were cancelled"),
        ("As the ministry confirmed on Friday, 41 trains were cancelled.", "the ministry", "41 trains were cancelled"),
        ("41 trains were cancelled, as the ministry confirmed.", "the ministry", "41 trains were cancelled"),
        ("As a 2021 audit showed, the bridge needs repairs.", "a 2021 audit", "the bridge needs repairs"),
    ],
)
def test_as_tags_of_verbs_that_need_a_clause(text: str, source: str, message: str) -> None:
    [row] = attributions(text)
    assert (row["form"], row["source_text"], content(text, row)) == ("according_to", source, message)


@pytest.mark.parametrize(
    "text",
    [
        "As the crowd shouted, police moved in.",  # when, not who said
        "As ferry towns and ports, both depend on tourism.",  # a noun in -s
        "As for the ministry, it confirmed nothing.",
    ],
)
def test_as_clauses_that_are_no_tags(text: str) -> None:
    assert [r["form"] for r in attributions(text) if r["form"] == "according_to"] == []


@pytest.mark.parametrize(
    ("text", "source", "via", "message"),
    [
        # "Y reported, citing X": X is the source, Y the medium, and the message ends before the tag
        ("The depot will close in May, the Gazette reported, citing union sources.",
         "union sources", "the Gazette", "The depot will close in May"),
        ("The depot will close in May, the Gazette reported, citing people familiar with the plan.",
         "people familiar with the plan", "the Gazette", "The depot will close in May"),
    ],
)
def test_a_citing_clause_after_a_final_tag(text: str, source: str, via: str, message: str) -> None:
    row = next(a for a in attributions(text) if a["cue"] == "reported")
    assert (row["source_text"], row["via_text"], content(text, row)) == (source, via, message)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a company named by its trade
        ("A spokeswoman for the utility said rates would rise.", "company"),
        ("The airline said the flight was cancelled.", "company"),
        ("The automaker said the recall covers 40,000 cars.", "company"),
        # guard: a body of government stays one
        ("A spokeswoman for the ministry said rates would rise.", "government"),
    ],
)
def test_companies_named_by_their_trade(text: str, kind: str) -> None:
    [row] = attributions(text)
    assert row["source_kind"] == kind


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # an evaluative adjective after "consider", "find" makes the verb a stance, and the word the speaker's
        ("Critics consider the levy unconstitutional.", True),
        ("Many riders find the new timetable absurd.", True),
        # guard: no judgement, no stance
        ("Divers found the wreck intact.", False),
    ],
)
def test_evaluative_adjectives_make_a_stance(text: str, reported: bool) -> None:
    assert bool(attributions(text)) is reported


def test_a_person_referred_to_as_she_is_no_antecedent_of_he() -> None:
    """The gender a pronoun gave a person stays with the person: "He" after "She" is someone else."""
    text = "Mayor Ann Lund toured the depot on Monday. She said the buses would run later. He added that fares would rise."
    assert [a["source_id"] for a in attributions(text)] == ["person:lund", "pronoun:he:2"]
    text = "Mayor Ann Lund met Tom Hale on Monday. She said the buses would run later. He added that fares would rise."
    assert [a["source_id"] for a in attributions(text)] == ["person:lund", "person:hale"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plural of people opening a sentence is a group, not a name
        ("Firefighters said the blaze started in a garage.", "government"),
        ("Organizers said 5,000 people came.", "person"),
        ("Passengers said the train stopped twice.", "person"),
    ],
)
def test_groups_at_the_scene_are_unnamed(text: str, kind: str) -> None:
    [row] = attributions(text)
    assert (row["source_kind"], row["named"]) == (kind, False)


@pytest.mark.parametrize(
    ("text", "source_id"),
    [
        # a title opening the sentence with a capitalised modifier: the name after the office is the person
        ("Former Secretary of State Ann Lund said the treaty would hold.", "person:lund"),
        ("Acting Secretary of Labor Ann Lund said the treaty would hold.", "person:lund"),
        # guard: a name, then "of" and a body
        ("Tom Hale of the Harbour Institute said the treaty would hold.", "person:hale"),
    ],
)
def test_an_office_opening_the_sentence_keeps_the_name_after_it(text: str, source_id: str) -> None:
    [row] = attributions(text)
    assert row["source_id"] == source_id


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "said" and a noun phrase after a quotation or ending the sentence: the speaker, whatever the noun
        ("“We lost the second half,” said the goalkeeper.", "the goalkeeper"),
        ("Trade has been slow since May, said the shopkeeper.", "the shopkeeper"),
        # guard: another verb with its object is no tag
        ("He pledged a political revolution.", "He"),
    ],
)
def test_said_with_any_noun_phrase_after_it_is_a_tag(text: str, source: str) -> None:
    [row] = attributions(text)
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "message", "source"),
    [
        # a quotation closing with "?" or "!", then a capitalised speaker and the verb: one sentence, the tag's
        ("“Is the ferry late again?” Ann Lund asked.", "Is the ferry late again?", "Ann Lund"),
        ("“We finished the bridge!” Mayor Ann Lund said on Monday as she cut the ribbon.", "We finished the bridge!",
         "Mayor Ann Lund"),
        ("“Who pays for it?” Tom Hale, the chairman of the rowing club, asked.", "Who pays for it?", "Tom Hale"),
        # a short quotation, a comma after it and an apposition to the speaker before the verb
        ("“Far too much,” Tom Hale, the chairman of the rowing club, said.", "Far too much,", "Tom Hale"),
        ("“Far too much,” Hale, 61, said of the plan.", "Far too much,", "Hale"),
        # guard: the verb with a clause of its own reports the clause
        ("“We lost!” Ann Lund said the team would rest for a week.", "the team would rest for a week", "Ann Lund"),
    ],
)
def test_a_tag_after_a_quotation_with_a_question_or_exclamation_mark(text: str, message: str, source: str) -> None:
    """"“We did it!” Ann Lund said." had split into two sentences; the tag reported itself ("Ann Lund said.")."""
    [row] = attributions(text)
    assert (content(text, row), row["source_text"]) == (message, source)


def test_a_sentence_after_a_question_in_quotation_marks_is_no_tag() -> None:
    text = "“Where did the money go?” The question hung over the council meeting for hours."
    assert [row["source_text"] for row in attributions(text)] == [None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a title in lower case before a name, after "said" or before a final "said"
        ("“Residents are tired of the noise,” said city councilman Peter Hale.", "city councilman Peter Hale"),
        ("“Residents are tired of the noise,” said Springfield councilman Peter Hale, who lives nearby.",
         "Springfield councilman Peter Hale"),
        ("Residents are tired of the noise, assemblywoman Ana Ruiz said.", "assemblywoman Ana Ruiz"),
    ],
)
def test_a_title_in_lower_case_before_a_name_belongs_to_the_speaker(text: str, source: str) -> None:
    """"said councilman Peter Hale" had found no speaker; "…, councilman Peter Hale said." had made the tag part
    of the message."""
    [row] = attributions(text)
    assert row["source_text"] == source
    assert content(text, row).startswith("Residents are tired of the noise")
    assert "said" not in content(text, row)


def test_a_title_needs_a_noun_for_a_person() -> None:
    """Guard: a word after "said" that is no title ("yesterday") does not make the name after it a speaker of the tag."""
    rows = attributions("“Residents are tired of the noise,” said yesterday Peter Hale.")
    assert all(row["source_text"] != "yesterday Peter Hale" for row in rows)


def test_an_apposition_with_a_name_inside_the_message_does_not_end_it() -> None:
    """"Lund said the company's founder, Tom Berg, would step down." had reported "the company's founder"."""
    text = "Ann Lund said the ferry company's founder, Tom Berg, would step down in May."
    [row] = attributions(text)
    assert content(text, row) == "the ferry company's founder, Tom Berg, would step down in May"


def test_a_tag_interrupting_the_piece_after_a_dash_reports_that_piece() -> None:
    """"Lund said it was fair — no worse, he said, than the old one." had given "he said" the words before the
    first comma as its message and Lund's message had run into the second report."""
    text = "Asked about the levy, Ann Lund said it was fair — no higher, she said, than the old one."
    rows = [row for row in attributions(text) if row["cue"] == "said"]
    assert [content(text, row) for row in rows] == ["it was fair", "no higher, she said, than the old one"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a clause without "that" whose subject has no article: an adjective and a noun, then an auxiliary
        ("Many economists believe cheap credit is the cause of the bubble.", "cheap credit is the cause of the bubble"),
        # what someone wants of someone else: an object and an infinitive
        ("Several board members want the club to sell the stadium.", "the club to sell the stadium"),
        ("Local farmers expect him to resign before the vote.", "him to resign before the vote"),
    ],
)
def test_clauses_of_belief_and_wish_without_that(text: str, message: str) -> None:
    [row] = attributions(text)
    assert content(text, row) == message


@pytest.mark.parametrize(
    "text",
    [
        "Many economists believe strongly in free trade.",  # no clause after the verb
        "Several board members want new seats for the stadium.",  # an object without an infinitive
    ],
)
def test_belief_and_wish_verbs_without_a_clause_report_nothing(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry service will end in May, according to two people briefed on the plans.",
        "The ferry service will end in May, according to officials involved in the talks.",
    ],
)
def test_according_to_insiders_keeps_what_makes_them_insiders(text: str) -> None:
    """"according to two people briefed on the plans" had been the named-looking "two people", a person."""
    [row] = attributions(text)
    assert row["source_text"].endswith(("the plans", "the talks"))
    assert row["source_kind"] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "The senator vowed to “keep up the fight for the port” and to “take it to the state capital” in spring.",
        "Ann Lund described the mayor as a “danger to the harbor” and “unfit for any office.”",
    ],
)
def test_a_second_quotation_coordinated_in_one_report_is_the_same_speakers(text: str) -> None:
    """The second quotation of "vowed to “…” and to “…”" had no speaker (a quotation of nobody's)."""
    rows = attributions(text)
    assert len(rows) == 2
    assert rows[0]["source_text"] == rows[1]["source_text"] is not None
    assert rows[0]["cue"] == rows[1]["cue"]


def test_a_quotation_after_another_predicate_is_not_a_piece_of_the_first_report() -> None:
    """Guard: "called … “…” and ranked it among the worst “in decades”": another verb between, no coordinated piece."""
    rows = attributions("Ann Lund called the plan “a bad bargain” and ranked it among the worst “in decades.”")
    assert [row["cue"] for row in rows] == ["called"]


def test_a_quotation_in_the_paragraph_after_a_colon_is_the_reports() -> None:
    """"The committee said about its draft:" and the quotation in the next paragraph: the quotation is what was said
    (the verb had reported only the quotation's first sentence, opening mark and all), and a sentence of the
    paragraph after the quotation is no tag of it (it had taken the quotation)."""
    text = ("The harbor board said about its new draft:\n\n"
            "\"The plan reaches further than any before it. It protects the old pier.\"\n\n"
            "Two members of the board disagreed.")
    rows = attributions(text)
    said = next(row for row in rows if row["cue"] == "said")
    assert said["form"] == "direct_quote"
    assert content(text, said) == "The plan reaches further than any before it. It protects the old pier."
    assert all(row["form"] != "direct_quote" for row in rows if row["cue"] != "said")


def test_a_possessed_remark_that_opens_a_quotation_reports_it() -> None:
    """"her remark that “there is no place for …”" had been a quotation of nobody's: the noun's report needed a
    clause after "that", not a quotation."""
    text = "Her remark that “there is no place for cowards on the council” drew criticism."
    [row] = attributions(text)
    assert (row["cue"], row["source_text"], row["form"]) == ("remark", "Her", "direct_quote")


def test_an_age_between_a_name_and_its_role_keeps_the_name_the_speaker() -> None:
    """"Lund, 54, a former harbor pilot, said" had made the role the speaker: the age stood where the name was looked for."""
    [row] = attributions("Ann Lund, 54, a former harbor pilot, said she had no regrets.")
    assert row["source_text"] == "Ann Lund"


def test_a_verb_phrase_after_a_name_gives_it_no_kind() -> None:
    """"Ed Cole, told the Gazette …" had made Cole a medium: the object of the verb read as his role."""
    text = "The union said it would strike. Its president, Ed Cole, told the Gazette the vote was unanimous."
    result = analyze(text, lang="en")
    cole = next(s for s in result.sources if s["name"] == "Ed Cole")
    assert cole["kind"] != "independent_media"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a person or a body that is no medium speaks for themself when citing evidence or other people
        ("Lund, citing internal memos, said the company knew of the defect.", ["Lund", "Lund"]),
        ("The senator, citing a new poll, argued that voters wanted change.", ["The senator", "The senator"]),
        ("The county agency, citing two inspectors, said the bridge was unsafe.", ["The county agency", "The county agency"]),
        # a medium passes on what it cites: its report has the cited source, the aside stays the medium's
        ("The newspaper, citing two officials, said the plan was dead.", ["The newspaper", "two officials"]),
    ],
)
def test_only_a_medium_citing_someone_passes_on_their_words(text: str, sources: list[str]) -> None:
    """"Smith, citing internal documents, said …" had made the documents the speaker, and the "citing" row's
    source had been its own message."""
    rows = sorted(attributions(text), key=lambda a: a["cue_start"])
    assert [a["source_text"] for a in rows] == sources
    citing = next(a for a in rows if a["cue"] == "citing")
    assert citing["source_text"] != content(text, citing)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The news agency reported that the talks had failed.", "news_agency"),
        ("A wire service reported that the talks had failed.", "news_agency"),
        ("The state news agency said the talks had failed.", "state_media"),
        ("State media reported that the talks had failed.", "state_media"),
        ("The agency said the talks had failed.", "government"),  # guard: an agency alone is a public body
        # offices named "… general" are no military rank
        ("The inspector general said the rules had been ignored.", "government"),
        ("Attorney General Ann Lund said the case was closed.", "government"),
        ("Major General Tom Berg said the troops would withdraw.", "military"),  # guard: a rank
    ],
)
def test_heads_of_several_words_give_the_kind(text: str, kind: str) -> None:
    """"the news agency" had been a government body: the head of several words was never looked up."""
    [row] = attributions(text)
    assert row["source_kind"] == kind


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("en", "Some say the policy has worked.", "Some"),
        ("en", "Many believe the election was stolen.", "Many"),
        ("de", "Viele glauben, die Wahl sei manipuliert worden.", "Viele"),
        ("de", "Manche sagen, die Reform komme zu spät.", "Manche"),
        ("es", "Algunos dicen que la reforma llega tarde.", "Algunos"),
    ],
)
def test_a_pronoun_of_quantity_is_a_vague_group_of_people(lang: str, text: str, source: str) -> None:
    """"Some say", "Viele glauben": the classic vague source had been an unresolved pronoun, which no finding names."""
    result = analyze(text, lang=lang)
    [row] = [a for a in result.attributions if a["source_text"] == source]
    info = next(s for s in result.sources if s["source_id"] == row["source_id"])
    assert (info["kind"], bool(info["named"]), info["source_id"].startswith("generic:")) == ("person", False, True)


def test_most_before_an_adverb_is_no_source() -> None:
    """Guard: "most recently" is a superlative, not the pronoun "most"."""
    result = analyze("The senator most recently defended the plan on television.", lang="en")
    assert not any((s["source_id"] or "").startswith("generic:most") for s in result.sources)


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a participle clause with its day on the source of "according to" belongs to the source, not the message
        ("According to court papers filed Tuesday, the firm owed $2 million.", "court papers filed Tuesday", "the firm owed $2 million"),
        ("According to a memo sent Friday by the mayor, the pool will close.", "a memo sent Friday by the mayor", "the pool will close"),
        ("The firm owed $2 million, according to court papers filed Tuesday.", "court papers filed Tuesday", "The firm owed $2 million"),
        # guard: a source without such a clause
        ("According to court papers, the firm owed $2 million.", "court papers", "the firm owed $2 million"),
    ],
)
def test_according_to_a_source_with_a_participle_clause(text: str, source: str, message: str) -> None:
    """"According to court documents filed Tuesday, …" had no attribution at all ("filed" ended the noun phrase, which
    then had no head), and "a report released Monday by …" had reported the whole sentence."""
    [row] = [a for a in attributions(text) if a["form"] == "according_to"]
    assert (row["source_text"], content(text, row)) == (source, message)


@pytest.mark.parametrize(
    "text",
    [
        "As one farmer put it, “Nobody asked us.”",
        "As the coach put it after the game, “Nobody told us anything.”",
    ],
)
def test_a_verb_inside_a_quotation_reports_nothing_before_it(text: str) -> None:
    """"As one resident put it, “Nobody asked us.”": "asked" had reported the whole sentence, its tag included."""
    rows = attributions(text)
    assert [a["form"] for a in rows] == ["according_to"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Former engineers objected and said the bridge was safe.", "Former engineers"),
        ("Senior nurses walked out and said the ward was unsafe.", "Senior nurses"),
        # guard: a name at the start still does not run on into the verb after it
        ("Obama objected and said the bridge was safe.", "Obama"),
    ],
)
def test_a_role_word_that_opens_the_sentence_is_no_name(text: str, source: str) -> None:
    """"Former engineers objected and said …" had the speaker "Former": a capital at the start of a sentence had been
    read as a name, which does not run on into a lower-case word."""
    (row,) = attributions(text)
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The clerk denied the charge, but in an interview said he had deleted the files.", "said", "The clerk"),
        ("The clerk denied the charge and in a letter to the board added that he would resign.", "added", "The clerk"),
        ("The company cut jobs and in March said profits would fall.", "said", "The company"),
        ("The mayor met the union and in the evening said the strike was over.", "said", "The mayor"),
        ("The clerk denied the charge, but in a later interview said the files were gone.", "said", "The clerk"),
        ("The clerk denied the charge and in an earlier letter said he would resign.", "said", "The clerk"),
        # guards: a clause of its own after the coordinator, a phrase inside the subject, a relative clause
        ("And after the court refused to reinstate the rule, Gov. Tom Hale blamed the judges.", "refused", "the court"),
        ("Officials in the city and at the ministry have said the bridge is safe.", "said", "Officials in the city and at the ministry"),
    ],
)
def test_a_phrase_between_and_and_the_verb_is_no_subject(text: str, cue: str, source: str) -> None:
    """"…, but in an interview said he had deleted the files" had the speaker "an interview", a document; "… and in March
    said …" had none."""
    [row] = [a for a in attributions(text) if a["cue"] == cue]
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("The plan will fail, the mayor told his aides as he left the hall.", "The plan will fail"),
        ("The plan will fail, Lund said as he left.", "The plan will fail"),
        ("The plan will fail, the mayor told aides while he wrote the speech.", "The plan will fail"),
        ("Lund said as he left that the plan would fail.", "the plan would fail"),
        ("The mayor said as the vote neared that the plan would fail.", "the plan would fail"),
    ],
)
def test_a_clause_of_time_after_the_tag_is_not_the_message(text: str, message: str) -> None:
    """"…, the mayor told his aides as he left the hall." had reported "his aides as he left the hall", and "said as he
    left that …" reported "as he left" too."""
    [row] = [a for a in attributions(text) if a["cue"] in ("said", "told")]
    assert content(text, row) == message


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("As the mayor spoke on Monday, Berg responded.", []),
        ("And while the council voted, the crowd responded with applause.", []),
        # guards: a quoted clause of time is what was said; a clause interrupted by its tag
        ("“When we win,” Lund said.", ["When we win,"]),
        ("As the vote nears, she says, the mood shifts.", ["As the vote nears, she says, the mood shifts"]),
    ],
)
def test_an_opening_clause_of_time_is_not_what_the_main_verb_reports(text: str, reported: list[str]) -> None:
    """"As the mayor spoke on Monday, Berg responded." had Berg respond "As the mayor spoke on Monday"."""
    assert [content(text, row) for row in attributions(text)] == reported


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Lund called the plan a “giveaway,” but the council approved it.", "the plan a “giveaway,”"),
        ("Lund called the plan “a giveaway.”", "the plan “a giveaway.”"),
        ('Lund called the plan a "giveaway," but the council approved it.', 'the plan a "giveaway,"'),
        # guard: a quotation closed inside the message
        ("Lund said the plan was “a giveaway” and left.", "the plan was “a giveaway” and left"),
    ],
)
def test_a_message_that_ends_inside_a_quotation_keeps_its_closing_mark(text: str, message: str) -> None:
    """"called the plan a “giveaway,” but …" had the message end inside the quotation: "the plan a “giveaway"."""
    [row] = [a for a in attributions(text) if a["cue"] in ("called", "said")]
    assert content(text, row) == message


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Both senators were forced to answer for videos showing that they backed the plan.", "videos"),
        ("The mayor pointed to a memo saying that the bridge was unsafe.", "a memo"),
        ("The senators were asked about documents showing that they backed the plan.", "documents"),
        ("The mayor pointed to an internal memo saying that the bridge was unsafe.", "an internal memo"),
        # guard: a verb before the article is no part of the document's phrase
        ("The mayor wants to send a memo saying that the bridge is safe.", "a memo"),
        # guard: the document the subject made speaks for the subject
        ("The senator posted a video on Monday showing that she backed the plan.", "The senator"),
    ],
)
def test_a_document_after_a_preposition_speaks_for_itself(text: str, source: str) -> None:
    """"Both senators had to respond to videos showing that …" had the senators say what the videos show, as if they
    had made them ("posted a video showing …")."""
    [row] = [a for a in attributions(text) if a["cue"] in ("showing", "saying")]
    assert row["source_text"] == source


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The delay was deliberate, Berg said: “This was planned.”",
         [("indirect", "The delay was deliberate"), ("direct_quote", "This was planned.")]),
        ("The delay was deliberate, said Berg: “This was planned.”",
         [("indirect", "The delay was deliberate"), ("direct_quote", "This was planned.")]),
        # guards: an adverbial before the tag is no message; a participle of the tag reports only the quotation
        ("Surveying the damage in the valley, Berg concludes: “This was planned.”", [("direct_quote", "This was planned.")]),
        ("When asked about the delay, Berg, 45, said: “This was planned.”",
         [("agentless", "about the delay"), ("direct_quote", "This was planned.")]),
        ("Berg defended the delay on Monday, saying: “This was planned.”",
         [("indirect", "the delay on Monday"), ("direct_quote", "This was planned.")]),
    ],
)  # fmt: skip
def test_a_tag_before_a_colon_reports_the_clause_before_and_the_quotation_after(text: str, reported: list[tuple[str, str]]) -> None:
    """"The delay was deliberate, Berg said: “…”" had only the quotation; the clause before the tag was lost."""
    assert [(a["form"], content(text, a)) for a in attributions(text)] == reported


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("The audit said the agency's director, Anna Lund, ignored the warnings.", "the agency's director, Anna Lund, ignored the warnings"),
        ("The audit said the fund's manager, Tom Berg, moves money every week.", "the fund's manager, Tom Berg, moves money every week"),
        # guard: a relative clause after the subject, as before
        ("Lund said the mayor, who took office in May, would resign.", "the mayor, who took office in May, would resign"),
    ],
)
def test_a_subject_with_its_name_set_off_opens_the_message(text: str, message: str) -> None:
    """"The report said the agency's director, Anna Lund, ignored the warnings." had the message "the agency's
    director": after the name set off by commas, only an auxiliary or a verb of speech had counted as the verb."""
    [row] = [a for a in attributions(text) if a["cue"] == "said"]
    assert content(text, row) == message


@pytest.mark.parametrize(
    "text",
    [
        "Two officials, who asked for anonymity as they were not authorized to speak about the budget, said cuts were close.",
        "The aide, who wasn't allowed to speak publicly, said the vote would fail.",
    ],
)
def test_not_authorized_to_speak_is_a_reason_for_anonymity_not_a_refusal(text: str) -> None:
    """"…, who asked for anonymity as they were not authorized to speak about the budget, said …" had given "they" a refusal to comment beside
    the officials' report."""
    assert [a["form"] for a in attributions(text)] == ["indirect"]


def test_a_refusal_to_discuss_is_still_a_refusal() -> None:
    """Guard: "The ministry did not discuss the talks." declines, nobody's anonymity is explained."""
    assert [a["form"] for a in attributions("The ministry did not discuss the talks.")] == ["declined"]


def test_a_message_after_that_and_a_comma_starts_after_the_comma() -> None:
    """"Lund said that, according to her figures, …" had the message start with the comma."""
    text = "Lund said that, according to her figures, the deficit would fall."
    [row] = [a for a in attributions(text) if a["cue"] == "said"]
    assert content(text, row) == "according to her figures, the deficit would fall"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("The mayor said that Anna Berg, the district chair, planned to run for mayor.",
         "Anna Berg, the district chair, planned to run for mayor"),
        ("A previous version of this article wrongly said that Tom Lund, the club's treasurer, wanted to resign.",
         "Tom Lund, the club's treasurer, wanted to resign"),
        # guard: a speaker set off before the verb is still the subject of a report of his own
        ("Officials said the ferry was late, and Tom Lund, the club's treasurer, said the fee would rise.", "the fee would rise"),
    ],
)
def test_a_name_with_an_apposition_inside_a_message_does_not_end_it(text: str, message: str) -> None:
    """"… said that Anna Berg, the district chair, planned to run" had the message "Anna Berg": the comma after the
    apposition was taken for the start of a report by "the district chair"."""
    row = [a for a in attributions(text) if a["cue"] in ("said",)][-1]
    assert content(text, row) == message


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        ("The budget is sound, said the treasurer, who has kept the books for years.", "the treasurer", "The budget is sound"),
        ("The bridge will open in May, said the engineer, a veteran of the harbor works.", "the engineer",
         "The bridge will open in May"),
    ],
)
def test_a_speaker_after_the_verb_with_an_aside_after_it(text: str, source: str, message: str) -> None:
    """"The budget is sound, said the treasurer, who …" had the speaker "The budget" and the message "the treasurer"."""
    (row,) = attributions(text)
    assert row["source_text"] == source and content(text, row) == message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“The rents are too high,” said City Councilor Maria Olsen.", "politician"),
        ("Alderman Tom Hale said the plan would pass.", "politician"),
        ("County Commissioner Ana Ruiz said the road would open in May.", "government"),
    ],
)
def test_offices_of_local_government_give_the_kind_of_source(text: str, kind: str) -> None:
    """"City Councilor Maria Olsen" had been a source of unknown kind: the offices of local government had no head."""
    (row,) = attributions(text)
    assert row["source_kind"] == kind


@pytest.mark.parametrize(
    ("text", "kind", "named"),
    [
        ("“The plan is dead,” said one member familiar with the talks.", "anonymous", False),
        ("A member familiar with the talks said the vote would slip.", "anonymous", False),
        ("Two farmers who live near the river said the bridge was too costly.", "person", False),
        # guards: an official counted stays anonymous; a member with the article is the one meant
        ("“It was the right call,” said one retired harbor official.", "anonymous", False),
        ("The member who chairs the panel said the vote would slip.", "person", True),
    ],
)
def test_people_counted_or_familiar_with_a_matter_are_not_named(text: str, kind: str, named: bool) -> None:
    """"one member familiar with the talks" had been the impersonal pronoun "one", no source at all, and "Two farmers who
    live near the river" a named source: a number word before a head noun counts people of that kind, unnamed."""
    result = analyze(text, lang="en")
    (row,) = result.attributions
    source = next(s for s in result.sources if s["source_id"] == row["source_id"])
    assert (source["kind"], bool(source["named"])) == (kind, named)
