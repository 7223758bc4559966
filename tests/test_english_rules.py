"""English hedges, boosters and loaded wording: the rules of scoring/languages/en on sentences written for
these tests, positive and negative cases alike (a deontic "must" is no hedge, "likely voters" no estimate)."""

from __future__ import annotations

import pytest

from scoring import analyze
from scoring.languages import get_language
from scoring.languages.en.morphology import adjective_forms, noun_forms, verb_paradigm


def cues(text: str, category: str | None = None, voice: str | None = None) -> list[tuple[str, str, str]]:
    """(category, subtype, text) of the cues of ``text``."""
    return [
        (c["category"], c["subtype"], c["text"])
        for c in analyze(text, lang="en").cues
        if (category is None or c["category"] == category) and (voice is None or c["voice"] == voice)
    ]


def hedge_texts(text: str) -> list[str]:
    return [t for _, _, t in cues(text, "hedge")]


# --- edge cases ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_is_refused(text: str) -> None:
    from scoring.errors import InputError

    with pytest.raises(InputError, match="no text"):
        analyze(text, lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Maybe", [("hedge", "epistemic_adverb", "Maybe")]), ("“", []), ("It rained", []), ("The council met on Tuesday.", [])],
)
def test_edge_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cues(text) == expected


# --- modals: decided by the verb complex -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new bridge may cost twice as much as planned.", ["may"]),
        ("The mayor might lose her majority in the spring.", ["might"]),
        ("The storm could cut power to thousands of homes.", ["could", "thousands of"]),
        ("The minister must have known about the contract.", ["must"]),
        ("The figures must be wrong.", ["must"]),
        ("The files may have been destroyed years ago.", ["may"]),
        ("The talks could be a turning point.", ["could"]),
        ("The company may be planning a merger.", ["may"]),
        ("The readings must be accurate to within a degree.", ["must"]),  # "be … to", but no readiness
    ],
)
def test_epistemic_modals_are_hedges(text: str, expected: list[str]) -> None:
    assert hedge_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The budget must be passed by Friday.",  # deontic, passive
        "Drivers must register their cars by March.",  # deontic, lexical verb
        "Residents can apply online for a discount.",  # root "can"
        "Candidates must be able to speak two languages.",  # obligation
        "You may apply for a refund within thirty days.",  # permission
        "The firefighters could not reach the house.",  # ability, negated
        "From the roof we could see the river.",  # ability, perception
        "She saved money so that her children could study.",  # purpose
        "Does the plan mean the city might raise taxes?",  # a question
        "The country's military might has grown.",  # "might" is a noun
        "The council will vote in May.",  # the month
    ],
)
def test_deontic_root_and_other_readings_are_no_hedges(text: str) -> None:
    assert not [t for t in hedge_texts(text) if t.lower() in ("may", "might", "could", "must", "can")]


# --- reportative "is said to" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The general is said to have fled the capital.",
        "The two men are reported to be in custody.",
        "The donor was alleged to have paid for the trip.",
        "The minister is understood to favour a delay.",
    ],
)
def test_reportative_passive_is_a_hedge_and_an_unnamed_attribution(text: str) -> None:
    result = analyze(text, lang="en")
    hedges = [c for c in result.cues if c["subtype"] == "reportative"]
    assert len(hedges) == 1 and hedges[0]["voice"] == "author"
    assert [a["form"] for a in result.attributions] == ["reportative"]
    assert result.attributions[0]["strength"] == pytest.approx(0.15)


@pytest.mark.parametrize(
    "text",
    ["The general reportedly fled the capital on Sunday.", "Two of the ferries have reportedly been sold to a buyer in Oslo."],
)
def test_reportedly_passes_a_claim_on_from_nobody_named(text: str) -> None:
    """"The FBI is reportedly making arrangements …" had only a distancing hedge: "reportedly" is hearsay, a report
    whose author is not named, like "is said to" and German reportative "soll"."""
    result = analyze(text, lang="en")
    assert [c["subtype"] for c in result.cues if c["category"] == "hedge"] == ["reportative"]
    assert [a["form"] for a in result.attributions] == ["reportative"]


def test_reportedly_beside_a_report_with_a_speaker_adds_no_attribution() -> None:
    """Guard: "The mayor reportedly told aides …" is the mayor's report, passed on."""
    result = analyze("The mayor reportedly told aides the bridge would close.", lang="en")
    assert [(a["form"], a["source_text"]) for a in result.attributions] == [("indirect", "The mayor")]


def test_reportative_passive_with_a_named_source_is_not_reportative() -> None:
    result = analyze("The general is said to have fled, according to the defence ministry.", lang="en")
    assert [a["form"] for a in result.attributions] == ["according_to"]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("The reservoir is believed to hold enough water for a year.", "estimate"),
        ("An estimated 4,000 people attended the rally.", "estimate"),
        ("The mayor reportedly knew about the deal.", "reportative"),  # hearsay (hedges v3)
        ("The mayor allegedly knew about the deal.", "distancing"),
        ("The alleged bribe was paid in cash.", "distancing"),
        ("The fire apparently started in the kitchen.", "evidential"),
        ("The new plant is likely to open next year.", "epistemic_adverb"),
        ("Dozens of residents complained.", "vague_quantifier"),
        # the impersonal passive before a clause: whose belief or claim it is goes unsaid
        ("It is believed that the reservoir holds enough water for a year.", "estimate"),
        ("It is widely thought the mill will close.", "estimate"),
        ("It was alleged that the mayor knew about the deal.", "distancing"),
    ],
)
def test_lexicon_hedges(text: str, subtype: str) -> None:
    assert subtype in {s for c, s, _ in cues(text, "hedge")}


def test_the_impersonal_passive_with_an_infinitive_is_one_hedge() -> None:
    """"it is said to" is the reportative passive the verb complex rule reads, not a second hedge "it is said"."""
    result = analyze("What the castle is worth, it is said to be a secret.", lang="en")
    assert [c["subtype"] for c in result.cues if c["category"] == "hedge"] == ["reportative"]


def test_likely_voters_is_a_polling_term_not_a_hedge() -> None:
    assert hedge_texts("The poll surveyed 800 likely voters in the state.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Women were more likely to back the measure than men.",
        "Renters are the least likely to vote in local elections.",
        "Older voters were most likely to favour the levy.",
    ],
)
def test_a_comparison_of_likelihood_reports_a_statistic_not_a_hedge(text: str) -> None:
    assert hedge_texts(text) == []
    assert hedge_texts("The board is likely to approve the levy.") == ["likely to"]


# --- boosters --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "booster"),
    [
        ("The decision was clearly a mistake.", "clearly"),
        ("The council has clearly lost the trust of residents.", "clearly"),
        ("There is no doubt that the plan will fail.", "There is no doubt"),
        ("Of course, the rules apply to everyone.", "Of course"),
        ("In fact, the school never closed.", "In fact"),
        ("It is no coincidence that the audit was delayed.", "It is no coincidence"),
        ("Undeniably, the harbour has changed.", "Undeniably"),
        ("Clearly, the harbour has changed.", "Clearly"),  # a sentence adverb before its comma, not a manner at a clause's end
        ("Plainly, the rules were ignored.", "Plainly"),
    ],
)
def test_boosters(text: str, booster: str) -> None:
    assert booster in [t for _, _, t in cues(text, "booster")]


@pytest.mark.parametrize(
    "text",
    [
        "The exits are clearly marked.",  # manner: how it is marked
        "She explained the rules clearly.",  # manner, next to a verb of speech
        "The ruling was a change of course for the court.",  # "of course" as the object of a noun
        "The signs were clearly visible from the road.",
        "A stronger economy would almost certainly help the party.",  # a probability, not certainty
        "Their victory now looks all but certain.",
        "The mayor had never before so plainly stated her plans.",  # manner, next to a verb of speech
    ],
)
def test_manner_readings_are_no_boosters(text: str) -> None:
    assert cues(text, "booster") == []


# --- loaded wording, scare quotes and voice --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "subtype"),
    [
        ("The regime jailed three reporters.", "regime", "label"),
        ("Thugs attacked the office overnight.", "Thugs", "label"),
        ("The radical left wants higher taxes.", "radical left", "label"),
        ("The so-called reform cut pensions.", "so-called", "pejorative"),
        ("The senator called it a power grab in the hearing.", "power grab", "pejorative"),
        ("The opposition slammed the budget.", "slammed", "intensifier"),
        ("The plan is simply absurd.", "absurd", "evaluative"),
        ("Unfortunately, the museum will close.", "Unfortunately", "attitude"),
        ("The majority rammed the zoning bill through the council.", "rammed the zoning bill through", "intensifier"),
        ("The mayor flip-flopped on the stadium again.", "flip-flopped", "pejorative"),
        ("The hearing was a dumpster fire from start to finish.", "dumpster fire", "evaluative"),
        ("Disappointingly, the library stays closed.", "Disappointingly", "attitude"),
    ],
)
def test_loaded_wording(text: str, word: str, subtype: str) -> None:
    found = [(s, t) for c, s, t in cues(text, "loaded")]
    assert (subtype, word) in found


def test_loaded_terms_carry_a_neutral_suggestion() -> None:
    regime = next(c for c in analyze("The regime jailed three reporters.", lang="en").cues if c["text"] == "regime")
    assert regime["suggestion"] == "government" and regime["explanation"]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget on Tuesday.",
        "Prices rose by three percent in March.",
        "The report was published by the statistics office.",
        "The coal mine cut its output after prices fell.",  # "mine" the noun, no self-mention
        "The council debated how best to spend the grant.",  # "best" as an adverb of manner
        "Sanders fared best in rural counties.",
        "The van slammed into a parked car on Main Street.",  # a physical blow, no criticism
        "The goalkeeper had the guts to step forward.",  # the noun, not the verb "gut"
        "Investigators searched the hijacked plane for hours.",  # literal
        "The firm was fined for bid rigging.",
    ],
)
def test_plain_news_sentences_have_no_loaded_words(text: str) -> None:
    assert cues(text, "loaded") == []


def test_a_mark_glued_to_the_next_letter_is_no_exclamation() -> None:
    assert cues("Source: a poll by Su!olk University in March.", "booster") == []
    assert ("booster", "exclamation", "!") in cues("The council met on Monday. The vote failed!", "booster")


def test_a_loaded_word_in_a_quotation_is_the_sources_voice() -> None:
    result = analyze("“This regime has lied to us for years,” said Ana Ruiz, a local activist.", lang="en")
    regime = next(c for c in result.cues if c["text"] == "regime")
    assert regime["voice"] == "source"


def test_a_loaded_word_in_reported_content_is_the_sources_voice_but_not_in_the_writers() -> None:
    reported = analyze("The opposition leader said the regime had rigged the vote.", lang="en")
    assert next(c for c in reported.cues if c["text"] == "regime")["voice"] == "source"
    own = analyze("The regime rigged the vote.", lang="en")
    assert next(c for c in own.cues if c["text"] == "regime")["voice"] == "author"


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        ('The ministry called the raids a "security measure" for the city.', False),  # attributed words
        ('The "reform" left thousands without pensions.', True),
        ('The so-called "experts" were never named.', True),
        ('She writes a column for the newspaper "Harbor Voice" every week.', False),  # a title
        ('The party\'s slogan, "Homes First", is on every bus.', False),  # a name in title case
        ('The plan came from the engineer Martha "Bee" Collins.', False),  # a nickname inside a name
        ('In economics this is known as "moral hazard" and it is common.', False),  # a term named
        ("The senator said his answer would be “to hit back hard” if elected. What “hit back hard” means is unclear.", False),  # his words again
        ('The "reform" failed. Then the "reform" was repealed.', True),  # distance, repeated
    ],
)
def test_scare_quotes(text: str, scare: bool) -> None:
    assert bool(cues(text, "scare_quote")) is scare


def test_foreign_fragment() -> None:
    assert ("foreign", "de") in {(c, s) for c, s, _ in cues("The deal, jedoch, was never signed.")}


# --- morphology ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "past", "participle", "expected"),
    [
        ("say", "said", "said", {"say": "base", "says": "present", "saying": "gerund", "said": "past_participle"}),
        ("write", "wrote", "written", {"wrote": "past", "written": "participle", "writing": "gerund", "writes": "present"}),
        ("deny", "", "", {"denies": "present", "denied": "past_participle", "denying": "gerund"}),
        ("admit", "admitted", "admitted", {"admits": "present", "admitting": "gerund", "admitted": "past_participle"}),
        ("point out", "", "", {"point": "base", "points": "present", "pointed": "past_participle"}),
    ],
)
def test_verb_paradigm(lemma: str, past: str, participle: str, expected: dict[str, str]) -> None:
    paradigm = verb_paradigm(lemma, past, participle)
    assert expected.items() <= paradigm.items()


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [("party", {"party", "parties", "party's"}), ("regime", {"regime", "regimes"}), ("critics", {"critics"})],
)
def test_noun_forms(lemma: str, forms: set[str]) -> None:
    assert forms <= noun_forms(lemma)


@pytest.mark.parametrize(
    ("lemma", "forms", "absent"),
    [("easy", {"easier", "easiest"}, set()), ("big", {"bigger", "biggest"}, set()), ("absurd", {"absurd"}, {"absurder"})],
)
def test_adjective_forms(lemma: str, forms: set[str], absent: set[str]) -> None:
    result = adjective_forms(lemma)
    assert forms <= result and not absent & result


def test_english_pronouns_are_personal_pronouns_for_the_source_resolver() -> None:
    english = get_language("en")
    for pronoun in ("he", "she", "they", "it", "we", "i"):
        assert english.is_word(pronoun, "personal_pronoun")
    assert english.is_word("i", "first_person") and not english.is_word("us", "first_person")


def test_an_outlet_named_in_full_is_later_called_by_its_last_word() -> None:
    text = (
        "The Boston Globe reported on Monday that the council had approved the new budget. "
        "The Globe also said that two members voted against it."
    )
    sources = {a["source_text"]: (a["source_kind"], a["source_id"]) for a in analyze(text, lang="en").attributions}
    assert sources["The Boston Globe"][0] == "independent_media"
    assert sources["The Globe"] == sources["The Boston Globe"]


def test_a_short_name_without_the_full_name_before_it_is_no_outlet() -> None:
    text = "The Globe said that two members of the council voted against the new budget on Monday."
    kinds = [a["source_kind"] for a in analyze(text, lang="en").attributions]
    assert kinds and "independent_media" not in kinds


@pytest.mark.parametrize("text", [
    "CNN’s chief reporter said the council had approved the budget on Monday.",
    "CNN's chief reporter said the council had approved the budget on Monday.",
])  # fmt: skip
def test_an_outlets_reporter_in_the_possessive_is_a_media_source(text: str) -> None:
    attributions = analyze(text, lang="en").attributions
    assert [a["source_kind"] for a in attributions] == ["independent_media"]
    assert attributions[0]["strength"] < 0.85  # secondary, not a named primary source


def test_german_nouns_do_not_become_short_names_of_registry_sources() -> None:
    text = (
        "Die Frankfurter Allgemeine Zeitung berichtete am Montag über den Haushalt. "
        "Eine Zeitung aus Bayern schrieb dagegen, der Rat habe den Plan abgelehnt."
    )
    sources = {a["source_text"]: a["source_id"] for a in analyze(text, lang="de").attributions}
    assert len(set(sources.values())) == len(sources)  # "Eine Zeitung aus Bayern" is another source


@pytest.mark.parametrize(("text", "attributed"), [
    ("The senator slammed the governor for the delay in the budget talks.", True),
    ("The mayor praised the volunteers for their work during the flood.", True),
    ("The explosion blasted a hole in the wall of the depot.", False),
])  # fmt: skip
def test_praise_and_blame_with_their_reason_are_attributions(text: str, attributed: bool) -> None:
    assert bool(analyze(text, lang="en").attributions) is attributed


def test_a_partial_quote_of_the_blaming_speaker_is_no_scare_quote() -> None:
    text = "The senator blasted the company for its “reckless practices” at the plant."
    result = analyze(text, lang="en")
    assert not [c for c in result.cues if c["category"] == "scare_quote"]
    assert [a["source_text"] for a in result.attributions] == ["The senator"]


@pytest.mark.parametrize(("text", "scare"), [
    # a quotation inside a clause that a source found is the source's words
    ("A judge determined that the agency's delays have caused at least a “reasonable doubt” that files were lost.", False),
    ("Investigators established that the company had made a “deliberate choice” to skip the checks.", False),
    # guards: the writer's own finding, and a quotation that is what was found, keep their distance
    ("On the night shift I learned how to listen, and through this “second hearing” I began to hear the city.", True),
    ("The divers found “treasure” in the wreck of the ferry.", True),
])  # fmt: skip
def test_a_quotation_inside_a_clause_a_source_found_is_no_scare_quote(text: str, scare: bool) -> None:
    assert bool(cues(text, "scare_quote")) is scare


def test_a_complaint_with_its_clause_is_an_attribution() -> None:
    result = analyze("Several delegates groused that the hall was “far too small” for the vote.", lang="en")
    assert [(a["cue"], a["source_text"]) for a in result.attributions] == [("groused", "Several delegates")]
    assert not [c for c in result.cues if c["category"] == "scare_quote"]


@pytest.mark.parametrize(("text", "cues"), [
    ("The hearing concluded shortly after noon on Friday.", []),
    ("After the debate concluded, the mayor left through a side door.", []),
    ("The review panel concluded that the dam needed new gates.", ["concluded"]),  # guard: with its clause
])  # fmt: skip
def test_conclude_without_a_clause_tells_that_something_ended(text: str, cues: list[str]) -> None:
    """"The hearing concluded on Friday" was an attribution of the hearing: "conclude" now reports only with a clause."""
    assert [a["cue"] for a in analyze(text, lang="en").attributions] == cues


@pytest.mark.parametrize(("text", "source", "via"), [
    ("“People are angry,” the senator said, citing weak growth and high prices.", "the senator", None),
    ("The newspaper reported the deal on Monday, citing two officials.", "two officials", "The newspaper"),
])  # fmt: skip
def test_citing_a_reason_is_no_second_hand_source(text: str, source: str, via: str | None) -> None:
    first = analyze(text, lang="en").attributions[0]
    assert (first["source_text"], first["via_text"]) == (source, via)


@pytest.mark.parametrize(("text", "question"), [
    ("Asked about the new budget, the mayor said it was balanced.", "about the new budget"),
    ("When asked whether she would run again, the senator declined to answer.", "whether she would run again"),
    ("The mayor asked about the new budget.", None),
    ("Asked on Tuesday whether the plant would close, the manager said no.", "whether the plant would close"),
    ("When asked by reporters at the airport about the strike, the minister smiled.", "about the strike"),
    ("Asked on Tuesday, the manager said the plant would stay open.", None),  # no question put in words
])  # fmt: skip
def test_the_question_put_to_a_speaker_is_an_agentless_report(text: str, question: str | None) -> None:
    result = analyze(text, lang="en")
    asked = [a for a in result.attributions if a["form"] == "agentless" and a["cue"].lower() == "asked"]
    assert [result.text[a["content_start"] : a["content_end"]] for a in asked] == ([question] if question else [])


@pytest.mark.parametrize(("text", "source"), [
    ("In a Gallup poll released on Monday, 48 percent of voters backed the plan.", "a Gallup poll"),
    ("The governor still leads in the latest polls ahead of the vote.", "the latest polls"),
    # a joint poll of several makers, named in full
    ("The mayor led 2-1 in an ABC News/Chicago Tribune/Ipsos Central Illinois poll last week.",
     "an ABC News/Chicago Tribune/Ipsos Central Illinois poll"),
    ("She grew up in a small house near the river.", None),
])  # fmt: skip
def test_figures_in_a_poll_are_the_polls(text: str, source: str | None) -> None:
    polls = [a["source_text"] for a in analyze(text, lang="en").attributions if a["form"] == "according_to"]
    assert polls == ([source] if source else [])


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("A neighbour called the landlord a crook, a liar and a bully.", "a crook, a liar and a bully"),
        ("The mayor praised the firefighters, the nurses and the volunteers.", "the firefighters, the nurses and the volunteers"),
    ],
)
def test_a_listed_object_belongs_to_the_report_as_a_whole(text: str, listed: str) -> None:
    (row,) = analyze(text, lang="en").attributions
    assert text[row["content_start"] : row["content_end"]].endswith(listed)


def test_a_clause_after_the_comma_is_not_part_of_the_object() -> None:
    text = "The mayor criticized the budget, and the council voted against it."
    (row,) = analyze(text, lang="en").attributions
    assert text[row["content_start"] : row["content_end"]] == "the budget"


def test_labels_in_a_listed_object_are_the_speakers_words() -> None:
    voices = {c["text"]: c["voice"] for c in analyze("A neighbour called the landlord a crook, a liar and a thug.", lang="en").cues}
    assert voices and set(voices.values()) == {"source"}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The nurses asked for two more paid sick days a year.", False),  # a set phrase: the literal sense
        ("The new contract cuts sick leave for part-time staff.", False),
        ("Critics called the advert a sick stunt.", True),  # a judgement
    ],
)
def test_a_word_is_no_cue_in_a_set_phrase_of_its_literal_sense(text: str, flagged: bool) -> None:
    assert any(text_.lower() == "sick" for _, _, text_ in cues(text)) is flagged


@pytest.mark.parametrize(("text", "expected"), [
    ("The senator is best known for her work on housing.", []),  # a set phrase that describes
    ("A great deal of the money went to schools.", []),
    ("It was the best speech of her campaign.", ["best"]),
    ("The council went to great lengths to keep the library open.", []),
    ("Chess great Anna Novak opened the tournament.", []),  # a noun: a famous player
    ("Great Britain sent two ships.", []),  # a name
    ("It was a great Saturday for the town.", ["great"]),
    ("It was a great evening for the town.", ["great"]),
    ("Striking bus drivers marched to the depot.", []),  # the participle of "strike"
    ("The mayor spoke calmly, striking a softer tone.", []),
    ("The contrast between the two budgets is striking.", ["striking"]),
])  # fmt: skip
def test_set_phrases_with_judging_words(text: str, expected: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "loaded"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The new ferry timetable is far too ambitious for the crews it has.", ["far too"]),  # degree beyond measure
    ("The sheer cost of the repairs stunned the parish council.", ["sheer"]),
    ("Two climbers were rescued from a sheer cliff above the bay.", []),  # the literal sense: steep
    ("The levy is a fare rise in disguise.", ["in disguise"]),
    ("It is imperative to repair the bridge before winter.", ["It is imperative"]),  # the writer's demand
    ("The council's promise to cut waiting lists rings hollow.", ["rings hollow"]),
    ("The mayor answered questions about the bridge for an hour.", []),  # guard: plain report
    ("The ferry timetable changes at the whim of the operator.", ["whim"]),  # a judging idiom
    ("The timetable went out of the window when the storm hit.", ["went out of the window"]),
    ("A burglar escaped by jumping out of the window.", []),  # the literal sense
    ("Loan sharks prey on tenants who cannot pay.", ["prey on"]),
    ("The new depot looks pretty empty.", ["pretty"]),  # a degree word
    ("Turnout at the by-election was low, to say the least.", ["to say the least"]),  # a stance marker
    ("The depot was sorely needed, and sure enough it filled within a week.", ["sorely", "sure enough"]),
    ("The minister's lacklustre speech drew little applause.", ["lacklustre"]),  # the British spelling
    ("Critics called it a phoney consultation.", []),  # guard: the critics' word, inside the report
])  # fmt: skip
def test_general_judging_words_and_degree_phrases(text: str, expected: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "loaded" and c["voice"] == "author"] == expected


@pytest.mark.parametrize(("text", "hedges"), [
    ("A second rate rise this year now seems probable.", ["probable"]),  # an epistemic adjective
    ("It is likely that bus fares will rise in spring.", ["It is likely that"]),
    ("Whether the new depot saves money is debatable.", ["debatable"]),
    ("The striker is doubtful for Saturday's derby.", []),  # a player's fitness: a term of sport
    ("The council said a rate rise was probable.", []),  # guard: the council's estimate, inside the report
])  # fmt: skip
def test_epistemic_adjectives_are_the_writers_hedges(text: str, hedges: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "hedge" and c["voice"] == "author"] == hedges


def test_a_spelling_variant_is_no_suggestion() -> None:
    rows = [c for c in analyze("The week ended with a phoney row over the fearmongering leaflets.", lang="en").cues if c["category"] == "loaded"]
    assert [c["text"] for c in rows] == ["phoney", "fearmongering"]
    assert all(c["suggestion"] not in ("phoney", "fear-mongering") for c in rows)


@pytest.mark.parametrize(("text", "boosters"), [
    ("The new levy is really a fare rise by another name.", ["really"]),  # the writer's emphasis
    ("The mayor said the levy was really a fare rise.", []),  # the mayor's word, inside the report
])  # fmt: skip
def test_really_is_the_writers_emphasis(text: str, boosters: list[str]) -> None:
    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "booster" and c["voice"] == "author"] == boosters


def test_slowly_but_surely_is_an_idiom_of_manner_not_a_booster() -> None:
    from scoring import analyze

    assert [c["text"] for c in analyze("Slowly but surely, the new bridge is taking shape.", lang="en").cues if c["category"] == "booster"] == []
    assert [c["text"] for c in analyze("The bridge will surely open in May.", lang="en").cues if c["category"] == "booster"] == ["surely"]


@pytest.mark.parametrize(
    ("text", "boosters"),
    [
        ("The governor left no doubt about her support for the bridge.", []),  # she made it clear: reported
        ("The closure will no doubt anger commuters.", ["no doubt"]),  # the writer's certainty
    ],
)
def test_leaving_no_doubt_is_a_report_not_the_writers_certainty(text: str, boosters: list[str]) -> None:
    from scoring import analyze

    assert [c["text"] for c in analyze(text, lang="en").cues if c["category"] == "booster"] == boosters


@pytest.mark.parametrize("dash", [" - ", " -- ", " — "])
def test_a_dash_ends_the_message_before_a_participle_clause(dash: str) -> None:
    text = f"The mayor declined to claim a win{dash}only saying that she was glad about the turnout."
    rows = analyze(text, lang="en").attributions
    assert [(a["cue"], a["form"]) for a in rows] == [("declined", "declined"), ("saying", "indirect")]
    saying = rows[1]
    assert text[saying["content_start"] : saying["content_end"]] == "she was glad about the turnout"


def test_an_as_tag_inside_the_sentence_reports_the_sentence_around_it() -> None:
    text = "The rollout was, as the engineer put it, a “controlled mess” from the first day."
    from scoring.aggregation.findings import find_findings

    result = analyze(text, lang="en")
    (row,) = result.attributions
    assert (row["cue"], row["form"], row["source_text"]) == ("put it", "according_to", "the engineer")
    assert "scare-quote" not in {f.rule for f in find_findings(result)}  # the engineer's words



@pytest.mark.parametrize("dash", ["-", "—"])
def test_an_aside_in_dashes_before_the_message_is_skipped(dash: str) -> None:
    text = f"The mayor claimed {dash} again wrongly {dash} that the council had approved the fund."
    (row,) = analyze(text, lang="en").attributions
    assert text[row["content_start"] : row["content_end"]] == "the council had approved the fund"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The governor plans to admit 4,000 refugees next year.", ["plans"]),  # let in: no concession
        ("The firm admitted 14 errors in its filing.", ["admitted"]),  # conceded
        # a participle between a possessive in "s'" and its noun
        ("She added that Harris' widely criticized May 9 session with the opinion desk of the Chicago Tribune — in which he "
         "struggled to explain key policies — raised questions about his judgment.", ["added"]),
        ("The mayor widely criticized the plan.", ["criticized"]),
    ],
)
def test_verbs_that_are_no_report_by_their_object_or_place(text: str, cues: list[str]) -> None:
    assert [a["cue"] for a in analyze(text, lang="en").attributions] == cues


def test_a_verb_ambiguous_in_ordinary_use_takes_no_subject_after_a_comma() -> None:
    text = "The futures markets, where traders bet on results, show the Republican nominee — presumptively, Mr. Lund — even more likely to win."
    assert [a for a in analyze(text, lang="en").attributions if a["source_text"] == "the Republican nominee"] == []


def test_the_most_recent_poll_is_the_one_named_before() -> None:
    text = "In May the mayor had 41 percent in a Harbour Gazette poll. The most recent poll shows her at 35 percent."
    rows = analyze(text, lang="en").attributions
    assert [(r["source_text"], r["named"]) for r in rows] == [("a Harbour Gazette poll", True), ("The most recent poll", True)]
    assert rows[0]["source_id"] == rows[1]["source_id"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The senator supported the bill in 2013.", ["supported"]),  # the past: only the verb
        ("The union has backed the mayor since May.", ["backed"]),
        ("Their support for the bill was strong.", []),  # the noun
        ("The steel beams supported the roof.", []),  # no one who speaks
        ("The governor backed away from the deal.", []),
    ],
)
def test_support_in_the_past_reports_a_stance_with_its_object(text: str, cues: list[str]) -> None:
    assert [a["cue"] for a in analyze(text, lang="en").attributions] == cues


def test_a_question_left_open_is_what_a_refusal_withheld() -> None:
    text = "The senator would not say whether she would run again."
    result = analyze(text, lang="en")
    (row,) = result.attributions
    assert row["form"] == "declined"
    assert text[row["content_start"] : row["content_end"]] == "whether she would run again"
    assert not any(c["attributed"] for c in result.claims)  # a refusal backs no claim


@pytest.mark.parametrize("verb", ["made", "took", "gave"])
def test_a_clause_without_that_may_open_with_an_irregular_past(verb: str) -> None:
    text = f"The analyst thinks the agency {verb} a serious error."
    (row,) = analyze(text, lang="en").attributions
    assert text[row["content_start"] : row["content_end"]] == f"the agency {verb} a serious error"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The coroner identified the driver as Mara Lind, 41, of Dover.", ["identified"]),
        ("The team identified three problems in the budget.", []),  # (an audit that identified them would report its finding)
    ],
)
def test_identifying_someone_as_someone_is_a_statement(text: str, cues: list[str]) -> None:
    assert [a["cue"] for a in analyze(text, lang="en").attributions] == cues


@pytest.mark.parametrize(("text", "scare"), [
    # a term explained after a dash typed as a hyphen
    ("The mayor used her speech to offer “patience” - a word she repeated often - to the riders.", False),
    ("The port opened a “quiet zone” - a pier where engines must stay off - in June.", False),
    # guard: the writer's own distance
    ("The council passed a “reform” of the ferry timetable last week.", True),
])  # fmt: skip
def test_a_term_explained_after_a_dash_typed_as_a_hyphen_is_no_scare_quote(text: str, scare: bool) -> None:
    assert bool(cues(text, "scare_quote")) is scare


@pytest.mark.parametrize("text", [
    "Fares will rise in May, said the spokeswoman for the transit agency, Dana Whitfield.",
    "“Fares will rise in May,” said the agency’s spokeswoman, Dana Whitfield.",
])  # fmt: skip
def test_a_name_ending_the_sentence_beside_the_speakers_role_is_the_source(text: str) -> None:
    """"…, said the spokeswoman for the agency, Dana Whitfield." had lost the name: the source was the agency."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_id"] == "person:whitfield"


@pytest.mark.parametrize(("text", "source", "ids"), [
    ("The mayor and her deputy said the pool would reopen in May.", "The mayor and her deputy", 2),
    ("The sheriff and the county attorney said the road would stay closed.", "The sheriff and the county attorney", 2),
])  # fmt: skip
def test_two_speakers_joined_by_and_both_speak(text: str, source: str, ids: int) -> None:
    """"The mayor and her deputy said" had only "her deputy" as speaker, and the sources table kept one conjunct of
    "the mayor and the governor": a conjunct in lower case was taken for no name."""
    result = analyze(text, lang="en")
    (row,) = result.attributions
    assert row["source_text"] == source
    assert len(result.sources) == ids


@pytest.mark.parametrize(("text", "source"), [
    ("Nurses at the hospital say the night shifts are too long.", "Nurses at the hospital"),
    ("Parents in the district say the new bus route is unsafe.", "Parents in the district"),
])  # fmt: skip
def test_a_plural_speaker_with_a_phrase_after_it_says_a_clause_without_that(text: str, source: str) -> None:
    """"Officials in the city say the wait is too long" had no attribution: "say" after "the city" was read as a noun
    ("the city say"); after a plural head and its phrase, a base form before an article opens a clause."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_text"] == source


def test_a_vote_between_a_ruling_and_its_clause() -> None:
    """"The justices ruled 6-3 that …" had no attribution: the tally stood between the verb and "that"."""
    (row,) = analyze("The appeals court ruled 2-1 that the county map was drawn unfairly.", lang="en").attributions
    assert (row["cue"], row["source_text"]) == ("ruled", "The appeals court")


@pytest.mark.parametrize(("text", "cue"), [
    ("The old mayor concluded so warmly and simply, “Look after each other and the town will look after you.”", "concluded"),
    ("She believed, “The river will rise again before the harvest is in.”", "believed"),
])  # fmt: skip
def test_a_verb_that_needs_a_clause_takes_a_quotation_after_its_comma(text: str, cue: str) -> None:
    """A verb that reports only with a clause ("conclude", "believe") had no message when a quotation followed its
    comma (the opening mark belongs to no quotation; the words after it do), nor past adverbs of manner ("so warmly and
    simply"): the quotation stood without a tag."""
    (row,) = analyze(text, lang="en").attributions
    assert (row["form"], row["cue"]) == ("direct_quote", cue)


@pytest.mark.parametrize(("text", "source"), [
    ("Rosa Quint, a tenant, said the landlord ignored complaints.", "Rosa Quint"),
    ("Rosa Quint, 61, said the hospital lacked staff.", "Rosa Quint"),
    ("Rosa Quint, who lost her flat in the fire, said the landlord ignored alarms.", "Rosa Quint"),
    ("A spokesman for the port, Eli Marsh, said the pilot ignored warnings.", "Eli Marsh"),
    # guard: a clause before the comma is the message of a tag after it
    ("The ferry will stop in May, said the harbor master.", "the harbor master"),
])  # fmt: skip
def test_a_name_and_its_aside_say_no_message_for_a_tag_after_them(text: str, source: str) -> None:
    """"Rosa Quint, a tenant, said the landlord ignored complaints." had "the landlord ignored complaints" for its speaker
    and the name and its aside for its message: a verb in the past after the noun ("ignored") was read as a participle of
    the noun phrase, as in "…, said the landlord." after a clause."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_text"] == source


@pytest.mark.parametrize(("text", "kind"), [
    ("The prime minister, Ada Lind, said the tax would go.", "government"),
    ("A Pentagon spokeswoman, Ida Berg, said the drill had been planned.", "government"),
    ("The county sheriff, Ray Dunn, said the road was closed.", "police"),
    # guards: a phrase or a clause before the comma is no role of the name
    ("After meeting the governor, Ada Lind said the tax would go.", "person"),
    ("The governor was away, Ada Lind said.", "person"),
])  # fmt: skip
def test_a_role_set_off_before_a_name_gives_its_kind(text: str, kind: str) -> None:
    """"The prime minister, Ada Lind, said …" typed Lind as a person, though "Ada Lind, the prime minister, said …" made
    her government: only a role after the name or right before it without a comma was read."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_kind"] == kind


@pytest.mark.parametrize(("text", "source"), [
    ("The mayor, a Democrat, said the pier would close.", "The mayor"),
    ("The harbor master, a former pilot, warned that the channel was silting up.", "The harbor master"),
    ("The ex-treasurer, now a consultant, said the audit was rushed.", "The ex-treasurer"),
    ("The chairman, 64, a retired banker, argued that rates were too low.", "The chairman"),
    # guards: a name before the description speaks; a phrase before the comma is no subject
    ("Ola Berg, a Democrat, said the pier would close.", "Ola Berg"),
    ("After the vote, a Democrat said the pier would close.", "a Democrat"),
])  # fmt: skip
def test_an_indefinite_apposition_gives_way_to_the_subject_before_it(text: str, source: str) -> None:
    """"The mayor, a Democrat, said …" had "a Democrat" for its speaker: with no name in either comma piece, the piece
    nearest the verb was taken, though an indefinite one only says what the subject before it is."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_text"] == source


@pytest.mark.parametrize(("text", "source"), [
    ("The guild, the oldest in the county, said it would strike.", "The guild"),
    ("The coroner, the county's only doctor on call, told reporters the cause was unclear.", "The coroner"),
    # guards: a phrase before the comma is no subject; a name before the description speaks; a clause is the message
    ("The next day, the coroner said the cause was unclear.", "the coroner"),
    ("In a statement, the guild said it would strike.", "the guild"),
    ("Ola Berg, the coroner, said the cause was unclear.", "Ola Berg"),
    ("The talks failed, the guild, the oldest in the county, said.", "the guild"),
])  # fmt: skip
def test_a_definite_apposition_gives_way_to_the_subject_before_it(text: str, source: str) -> None:
    """"The guild, the oldest in the county, said …" had "the oldest in the county" for its speaker: only an indefinite
    description gave way to an unnamed subject before it, though a definite one set off by commas describes it too."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_text"] == source


@pytest.mark.parametrize(("text", "message"), [
    ("The driver's mother told reporters her daughter was sober.", "her daughter was sober"),
    ("The coach told the league her team was ready.", "her team was ready"),
    ("The owner told police on Monday her dog had bitten no one.", "her dog had bitten no one"),
    # guard: a clause opened by a pronoun is read as before
    ("The coach told the league she was ready.", "she was ready"),
])  # fmt: skip
def test_a_possessive_after_the_addressee_opens_the_message(text: str, message: str) -> None:
    """"… told reporters her daughter was sober." had "reporters her daughter was sober" for its message: "her" after the
    addressee was read as an object pronoun, not as the determiner of the clause's subject, so no clause was found and the
    message fell back to all that follows the verb, the addressee with it."""
    (row,) = analyze(text, lang="en").attributions
    assert text[row["content_start"] : row["content_end"]] == message


@pytest.mark.parametrize(("text", "message"), [
    ("Two senators asked the prosecutor in D.C. whether the firm had lied.", "whether the firm had lied"),
    ("The mayor said in D.C. that the bridge would close.", "the bridge would close"),
    # guard: a dotted abbreviation that ends a clause still ends it
    ("The bridge will close in D.C., the mayor said.", "The bridge will close in D.C"),
])  # fmt: skip
def test_a_dotted_abbreviation_in_a_phrase_before_the_message_does_not_end_the_sentence(text: str, message: str) -> None:
    """"… asked the prosecutor in D.C. whether the firm had lied." had the whole sentence for its message: the period of
    "D.C." ended the phrase after the verb, so no message was found after it and the fallback took the sentence."""
    (row,) = analyze(text, lang="en").attributions
    assert text[row["content_start"] : row["content_end"]] == message


@pytest.mark.parametrize(("text", "message", "via"), [
    ("The driver's mother told a local TV station her daughter was sober.", "her daughter was sober", "a local TV station"),
    ("The coach told a Fox News anchor the team was ready.", "the team was ready", "a Fox News anchor"),
    # guard: an acronym after a plain addressee opens the message
    ("The coach told reporters NATO troops were ready.", "NATO troops were ready", None),
])  # fmt: skip
def test_an_acronym_or_a_name_before_a_role_noun_stays_in_the_addressee(text: str, message: str, via: str | None) -> None:
    """"… told a local TV station her daughter was sober." had "TV station her daughter was sober" in its message: the
    addressee ended where the case of its words changed, at "TV", though after an article an acronym or a name before a
    role noun ("a CNN reporter", "the Fox News anchor") belongs to the phrase."""
    (row,) = analyze(text, lang="en").attributions
    assert text[row["content_start"] : row["content_end"]] == message
    assert row["via_text"] == via


@pytest.mark.parametrize(("text", "kind"), [
    ("The fund's chief economist, Ada Lind, said rates would rise.", "expert"),
    ("Chief economist Ada Lind said rates would rise.", "expert"),
    ("The chief prosecutor said the case was closed.", "judiciary"),
    # guard: a body before the role still gives the kind
    ("A police spokesman said the case was closed.", "police"),
])  # fmt: skip
def test_a_role_of_no_kind_before_a_noun_with_one_gives_way_to_it(text: str, kind: str) -> None:
    """"The fund's chief economist, Ada Lind, said …" typed Lind a person: "chief", a role noun of no kind of its own, was
    taken for the head of the compound, and the noun after it that heads it ("economist", an expert) was never read."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_kind"] == kind


@pytest.mark.parametrize(("text", "source", "message"), [
    ("Rosa Quint, a tenant, said the landlord, who lives abroad, ignored complaints.", "Rosa Quint",
     "the landlord, who lives abroad, ignored complaints"),
    ("The harbor master, a former pilot, said the ferry, which is old, needed repairs.", "The harbor master",
     "the ferry, which is old, needed repairs"),
    # guards: a tag set off by commas with no relative clause after its noun still interrupts the message
    ("The plan, a compromise, said the mayor, would pass.", "the mayor", "The plan, a compromise, said the mayor, would pass"),
    ("The toll, said Ola Berg and others, would rise.", "Ola Berg and others", "The toll, said Ola Berg and others, would rise"),
])  # fmt: skip
def test_a_relative_clause_after_the_noun_after_said_does_not_make_a_tag(text: str, source: str, message: str) -> None:
    """"Rosa Quint, a tenant, said the landlord, who lives abroad, ignored complaints." had "the landlord" for its speaker,
    read as a tag set off by commas (", said the landlord, …") inside a message "Rosa Quint, a tenant, … ignored
    complaints", though a name and its aside before the verb are its subject."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_text"] == source
    assert text[row["content_start"] : row["content_end"]] == message


@pytest.mark.parametrize(("text", "kind"), [
    ("Dr. Ola Berg, a cardiologist at the clinic, said the pill was safe.", "expert"),
    ("A pediatrician at the hospital said the boy was stable.", "expert"),
    ("Oncologists say the trial was too small.", "expert"),
])  # fmt: skip
def test_a_physician_by_speciality_is_an_expert(text: str, kind: str) -> None:
    """"Dr. Ola Berg, a cardiologist at the clinic, said …" typed Berg a person of no kind: "doctor" was an expert's head
    noun, the names of physicians by their speciality were no heads at all (source_heads v10)."""
    (row,) = analyze(text, lang="en").attributions
    assert row["source_kind"] == kind


@pytest.mark.parametrize(("text", "kind", "named"), [
    ("Conservative MP Hattie Brook said the levy was unfair.", "politician", True),
    ("MPs said the levy was unfair.", "politician", False),
    ("Green MEP Ola Lind said the rules came too late.", "politician", True),
    ("Labour said the levy was unfair.", "party", True),
])  # fmt: skip
def test_members_of_parliament_and_labour_are_typed(text: str, kind: str, named: bool) -> None:
    """"Conservative MP Hattie Brook said" had been a person of no kind and "Labour said" a person named Labour: MP and
    MEP are heads of politicians (source_heads v11), "Labour" alone the British party (sources v8)."""
    (row,) = analyze(text, lang="en").attributions
    assert (row["source_kind"], bool(row["named"])) == (kind, named)
