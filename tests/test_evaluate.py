"""``quellcheck evaluate``: gold formats, matching rules and figures, on annotations written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from scoring.research.evaluate import (
    Tally,
    match_pairs,
    read_brat,
    read_gold,
    read_span_jsonl,
    read_spkatt,
    split_of,
)

TEXT = (
    "Die Stadt erhöht die Gebühren. „Wir haben keine Wahl“, sagte Kämmerin Lea Roth. "
    "Laut der Verbraucherzentrale zahlen Familien 40 Euro mehr. Das Regime soll Geld veruntreut haben."
)


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def gold_rows() -> list[dict]:
    quote = span(TEXT, "Wir haben keine Wahl")
    roth = span(TEXT, "Kämmerin Lea Roth")
    sagte = span(TEXT, "sagte")
    message = span(TEXT, "zahlen Familien 40 Euro mehr")
    center = span(TEXT, "der Verbraucherzentrale")
    return [
        {"article_id": "a1", "text": TEXT, "category": "attribution", "start": quote[0], "end": quote[1],
         "source_start": roth[0], "source_end": roth[1], "cue_start": sagte[0], "cue_end": sagte[1], "form": "Direct"},
        {"article_id": "a1", "category": "attribution", "start": message[0], "end": message[1],
         "source_start": center[0], "source_end": center[1], "form": "Indirect"},
        {"article_id": "a1", "category": "loaded", "start": span(TEXT, "Regime")[0], "end": span(TEXT, "Regime")[1]},
        {"article_id": "a1", "category": "hedge", "start": span(TEXT, "soll")[0], "end": span(TEXT, "soll")[1]},
    ]  # fmt: skip


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("predicted", "gold", "pairs"),
    [
        ([], [], []),
        ([[(0, 5)]], [], []),
        ([[(0, 5)]], [[(5, 9)]], []),  # touching is not overlapping
        ([[(0, 5)]], [[(4, 9)]], [(0, 0)]),
        ([[(0, 10)], [(0, 3)]], [[(2, 9)]], [(0, 0)]),  # one-to-one: the larger overlap when only one pair is possible
        # as many pairs as the overlaps allow: the long prediction does not take the gold span the short one needs
        ([[(0, 3)], [(5, 9)]], [[(0, 9)], [(5, 6)]], [(0, 0), (1, 1)]),
        # among matchings of one size, the one that shares the most characters (17 here, not 10 + 1)
        ([[(0, 19)], [(2, 11)]], [[(0, 10)], [(10, 19)]], [(0, 1), (1, 0)]),
    ],
)
def test_matching_is_one_to_one_by_overlap(predicted: list, gold: list, pairs: list) -> None:
    assert match_pairs(predicted, gold) == pairs


def test_among_equal_matchings_the_pair_of_one_event_wins() -> None:
    """The prediction overlaps both gold messages and shares more characters with the second; when its cue
    is the first one's, it is paired with the first."""
    predicted, gold = [[(0, 40)]], [[(0, 12)], [(14, 40)]]
    assert match_pairs(predicted, gold) == [(0, 1)]
    assert match_pairs(predicted, gold, lambda i, j: j == 0) == [(0, 0)]
    # a pair more still outweighs a pair of one event
    assert match_pairs([[(0, 40)], [(20, 30)]], gold, lambda i, j: (i, j) == (0, 1)) == [(0, 0), (1, 1)]


NESTED = "The mayor said she backs the plan, which is designed to lower rents across the whole city center."


def test_a_report_is_compared_with_the_gold_report_of_its_cue_not_one_nested_in_its_message() -> None:
    """The mayor's report runs to the sentence's end, over an agentless report the annotation nests there and
    the analysis does not find. Paired by its cue, the mayor's row is compared with the mayor's report: its
    source is right, and the nested report is the one missed."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution, evaluate

    said = GoldAttribution(message=[span(NESTED, "she backs the plan")], cue=[span(NESTED, "said")], source=[span(NESTED, "The mayor")])
    designed = GoldAttribution(message=[span(NESTED, "to lower rents across the whole city center")], cue=[span(NESTED, "is designed")])
    result = evaluate([GoldArticle("nested", NESTED, [said, designed], categories={"attribution"})], lang="en", keep_errors=10)
    figures = result.to_json()
    assert figures["capabilities"]["attribution"]["matched"] == 1
    assert figures["source"]["overlap"] == 1.0
    missed = [e["cue"] for e in result.errors if e["kind"] == "missed"]
    assert missed == ["is designed"]


def test_figures_from_counts() -> None:
    assert Tally(gold=4, predicted=5, matched_gold=3, matched_predicted=3).figures() == {
        "gold": 4, "predicted": 5, "matched": 3, "precision": 0.6, "recall": 0.75, "f1": 0.6667,
    }  # fmt: skip
    assert Tally().figures()["f1"] is None


def test_the_split_is_fixed_and_about_half() -> None:
    ids = [f"article-{k}" for k in range(1000)]
    halves = [split_of(i) for i in ids]
    assert halves == [split_of(i) for i in ids]
    assert 400 < halves.count("develop") < 600


def test_span_jsonl_is_read_with_texts_and_categories(tmp_path: Path) -> None:
    (article,) = list(read_span_jsonl(write_jsonl(tmp_path / "gold.jsonl", gold_rows())))
    assert article.text == TEXT and article.categories == {"attribution", "loaded", "hedge"}
    assert len(article.attributions) == 2 and article.attributions[0].form == "Direct"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"article_id": "a", "category": "opinion", "start": 0, "end": 3}, "unknown category"),
        ({"article_id": "a", "category": "hedge", "start": 5, "end": 3}, "bad span"),
        ({"category": "hedge", "start": 0, "end": 3}, "article_id"),
    ],
)
def test_bad_span_rows_are_one_clear_error(tmp_path: Path, row: dict, message: str) -> None:
    from scoring.errors import FormatError

    with pytest.raises(FormatError, match=message):
        list(read_span_jsonl(write_jsonl(tmp_path / "gold.jsonl", [row])))


def test_the_command_reports_every_capability_and_the_rules(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_rows())
    result = run_cli("evaluate", str(gold), "--lang", "de", "--format", "json", "-o", str(tmp_path / "figures.json"))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures == json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))
    attribution = figures["capabilities"]["attribution"]
    assert attribution["gold"] == 2 and attribution["matched"] == 2
    assert figures["source"]["overlap"] == 1.0
    assert figures["capabilities"]["loaded"]["recall"] == 1.0 and figures["capabilities"]["hedge"]["recall"] == 1.0
    assert "matching_rules" in figures and figures["form"]["recall_by_gold_form"]["direct"]["recall"] == 1.0
    table = run_cli("evaluate", str(gold), "--lang", "de")
    assert "attribution" in table.stdout and "matching:" in table.stdout


def test_texts_can_come_from_an_input_file(tmp_path: Path) -> None:
    rows = gold_rows()
    del rows[0]["text"]
    gold = write_jsonl(tmp_path / "gold.jsonl", rows)
    missing = run_cli("evaluate", str(gold), "--lang", "de")
    assert missing.returncode == 1 and "no text for this article" in missing.stderr and "Traceback" not in missing.stderr
    texts = write_jsonl(tmp_path / "texts.jsonl", [{"id": "a1", "text": TEXT}])
    result = run_cli("evaluate", str(gold), "--input", str(texts), "--lang", "de", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["capabilities"]["attribution"]["matched"] == 2


def test_saved_tables_are_compared_without_analysing_again(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", gold_rows())
    texts = write_jsonl(tmp_path / "texts.jsonl", [{"id": "a1", "text": TEXT}])
    assert run_cli("analyze", str(texts), "--lang", "de", "--tables", str(tmp_path / "tables"), "-o", str(tmp_path / "o.json")).returncode == 0
    direct = json.loads(run_cli("evaluate", str(gold), "--lang", "de", "--format", "json").stdout)
    saved = json.loads(run_cli("evaluate", str(gold), "--tables", str(tmp_path / "tables"), "--format", "json").stdout)
    assert saved["capabilities"] == direct["capabilities"]


def test_spkatt_json_is_rebuilt_into_text_with_token_spans(tmp_path: Path) -> None:
    doc = {
        "DocumentName": "1 - Test",
        "Sentences": [
            {"SentenceId": 0, "Tokens": ["Die", "Ministerin", "sagte", ",", "die", "Lage", "sei", "ernst", "."]},
            {"SentenceId": 1, "Tokens": ["Sie", "warnte", "vor", "Panik", "."]},
        ],
        "Annotations": [
            {"Cue": ["0:2"], "Source": ["0:0", "0:1"], "Message": ["0:4", "0:5", "0:6", "0:7"], "Form": "Indirect"},
            {"Cue": ["1:1"], "Source": ["1:0"], "Message": ["1:2", "1:3"], "Form": "Reported"},
        ],
    }
    path = tmp_path / "1.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    article = read_spkatt(path)
    assert article.text == "Die Ministerin sagte, die Lage sei ernst. Sie warnte vor Panik."
    first = article.attributions[0]
    assert article.text[first.source[0][0] : first.source[0][1]] == "Die Ministerin"
    assert article.text[first.message[0][0] : first.message[0][1]] == "die Lage sei ernst"
    assert read_gold([tmp_path])[0].article_id == "1"


def test_brat_standoff_with_its_text(tmp_path: Path) -> None:
    text = "The mayor said the bridge would close. Critics called the plan reckless."
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    mayor, said, content = span(text, "The mayor"), span(text, "said"), span(text, "the bridge would close")
    lines = [
        f"T1\tSource {mayor[0]} {mayor[1]}\tThe mayor", f"T2\tCue {said[0]} {said[1]}\tsaid",
        f"T3\tContent {content[0]} {content[1]}\tthe bridge would close", f"T4\tAttribution {said[0]} {said[1]}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T5\tLoaded {span(text, 'reckless')[0]} {span(text, 'reckless')[1]}\treckless",
    ]  # fmt: skip
    (tmp_path / "doc.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    article = read_brat(tmp_path / "doc.ann")
    assert article.categories == {"attribution", "loaded"}
    (attribution,) = article.attributions
    assert attribution.source == [mayor] and attribution.cue == [said] and attribution.message == [content]
    assert article.spans["loaded"] == [span(text, "reckless")]


def test_brat_annotation_text_over_a_line_break(tmp_path: Path) -> None:
    """An annotation whose text runs over a line break (the next line starts with "T…" by chance) is one annotation."""
    text = "Officials said\nThe plan was sound. Then it rained."
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    said, content = span(text, "said"), span(text, "The plan was sound")
    lines = [
        f"T1\tCue {said[0]} {said[1]}\tsaid", f"T2\tContent {said[1] + 1} {content[1]}\t",
        "The plan was sound", f"T3\tAttribution {said[0]} {said[1]}\tsaid", "E1\tAttribution:T3 Content:T2 Cue:T1",
    ]  # fmt: skip
    (tmp_path / "doc.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (attribution,) = read_brat(tmp_path / "doc.ann").attributions
    assert attribution.cue == [said] and attribution.message == [(said[1] + 1, content[1])]


def test_an_unknown_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text("<x/>", encoding="utf-8")
    result = run_cli("evaluate", str(path))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "gold format" in result.stderr


def _split_quote_gold(per_cue: bool) -> list:
    """A quotation split by its speaker ("“A,” she said, “B.”"), annotated as one attribution in two
    pieces (per_cue) or as two attributions sharing the cue."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution

    text = "“The bridge will close in May,” the mayor said on Monday, “and reopen in the autumn.” Traffic is light."
    said = span(text, "said")
    first, second = span(text, "The bridge will close in May"), span(text, "and reopen in the autumn")
    if per_cue:
        attributions = [GoldAttribution(message=[first, second], cue=[said], source=[span(text, "the mayor")])]
    else:
        attributions = [GoldAttribution(message=[first], cue=[said]), GoldAttribution(message=[second], cue=[said])]
    return [GoldArticle("split-quote", text, attributions, categories={"attribution"})]


@pytest.mark.parametrize("per_cue", [True, False])
def test_the_unit_of_comparison_follows_the_gold(per_cue: bool) -> None:
    from scoring.research.evaluate import evaluate, gold_has_one_attribution_per_cue

    gold = _split_quote_gold(per_cue)
    assert gold_has_one_attribution_per_cue(gold) is per_cue
    result = evaluate(gold, lang="en")
    figures = result.to_json()["capabilities"]["attribution"]
    assert result.one_attribution_per_cue is per_cue
    assert figures["gold"] == (1 if per_cue else 2)
    assert figures["matched"] == figures["gold"]  # one attribution in two pieces, or two rows, both found
    assert figures["predicted"] == figures["gold"]  # the two rows of the split quotation count once when per_cue


def test_a_source_span_beside_the_gold_one_is_listed_with_both_texts(tmp_path: Path) -> None:
    rows = gold_rows()[:2]
    family = span(TEXT, "Familien")  # a gold source the analysis does not find for this message
    rows[1]["source_start"], rows[1]["source_end"] = family
    gold = write_jsonl(tmp_path / "gold.jsonl", rows)
    result = run_cli("evaluate", str(gold), "--lang", "de", "--format", "json", "--errors", "10")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["overlap"] == 0.5
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    wrong = [e for e in lines if e["category"] == "source" and e["kind"] == "wrong"]
    predicted = span(TEXT, "der Verbraucherzentrale")
    assert wrong == [{"article_id": "a1", "category": "source", "kind": "wrong", "text": "Familien", "start": family[0],
                      "end": family[1], "predicted": "der Verbraucherzentrale", "predicted_start": predicted[0],
                      "form": "Indirect", "predicted_form": "according_to", "cue": None}]  # fmt: skip
    # (the offsets let a researcher find each error in the text)


CONTINUED = (
    "Die Ministerin sagte, die Brücke werde im Mai geschlossen. Der Verkehr werde über die Nordstraße umgeleitet. "
    "Die Arbeiten seien in zwei Jahren beendet. Am Abend regnete es."
)


@pytest.mark.parametrize("one_message", [True, False])
def test_a_run_of_continued_reported_speech_is_one_attribution(one_message: bool) -> None:
    """Two Konjunktiv-I sentences that go on with the minister's report are two rows of the table and
    one message of an annotation that gives the run one message: one attribution, not a match and a false
    positive. Where the gold gives each sentence its own message, the run still finds one of them."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution, evaluate

    head = GoldAttribution(message=[span(CONTINUED, "die Brücke werde im Mai geschlossen")], cue=[span(CONTINUED, "sagte")])
    second = span(CONTINUED, "Der Verkehr werde über die Nordstraße umgeleitet")
    third = span(CONTINUED, "Die Arbeiten seien in zwei Jahren beendet")
    run = [GoldAttribution(message=[(second[0], third[1])])] if one_message else [GoldAttribution(message=[second]), GoldAttribution(message=[third])]
    gold = [GoldArticle("continued", CONTINUED, [head, *run], categories={"attribution"})]
    figures = evaluate(gold, lang="de").to_json()["capabilities"]["attribution"]
    assert figures["predicted"] == 2  # the report that opens the run, and the run
    assert figures["matched"] == 2
    assert figures["precision"] == 1.0
    assert figures["recall"] == (1.0 if one_message else round(2 / 3, 4))


QUOTE_RUN = "Mayor Ann Lowe was angry. She said: “The bridge will close in May.” “Traffic will use the north road.” It rained."


@pytest.mark.parametrize("per_cue", [True, False])
def test_a_speakers_run_of_quotations_is_one_attribution_where_the_gold_gives_one_per_cue(per_cue: bool) -> None:
    """Two quotations of the mayor, the second without a tag of its own: where the annotation gives each cue one
    attribution (PolNeAR), the second has no cue but the first's and goes on with it; where it gives each
    quotation its own (SpkAtt), it stays an attribution of its own."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution, evaluate

    first, second = span(QUOTE_RUN, "The bridge will close in May."), span(QUOTE_RUN, "Traffic will use the north road.")
    said = span(QUOTE_RUN, "said")
    if per_cue:
        attributions = [GoldAttribution(message=[first, second], cue=[said], source=[span(QUOTE_RUN, "She")])]
    else:  # two attributions sharing a cue: the gold's unit is the quotation
        attributions = [GoldAttribution(message=[first], cue=[said]), GoldAttribution(message=[second], cue=[said])]
    figures = evaluate([GoldArticle("quote-run", QUOTE_RUN, attributions, categories={"attribution"})], lang="en").to_json()
    attribution = figures["capabilities"]["attribution"]
    assert attribution["predicted"] == (1 if per_cue else 2)
    assert attribution["matched"] == attribution["gold"]


QUOTE_SPLIT_RUN = (
    "Mayor Ann Lowe was angry. “The bridge will close,” she said. “Traffic will use the north road.” "
    "“Buses will run every ten minutes.” It rained."
)


def test_a_quotation_goes_on_with_a_split_quotation_from_its_last_piece() -> None:
    """“A,” she said. “B.” “C.”: A and B share the cue; C has no tag and follows B, so it goes on with the same
    attribution where the gold gives each cue one (it had been compared with A's sentence, two back, and stood alone)."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution, evaluate

    text = QUOTE_SPLIT_RUN
    pieces = [span(text, "The bridge will close,"), span(text, "Traffic will use the north road."), span(text, "Buses will run every ten minutes.")]
    gold = GoldAttribution(message=pieces, cue=[span(text, "said")], source=[span(text, "she")])
    figures = evaluate([GoldArticle("split-run", text, [gold], categories={"attribution"})], lang="en").to_json()
    attribution = figures["capabilities"]["attribution"]
    assert (attribution["predicted"], attribution["matched"], attribution["gold"]) == (1, 1, 1)


QUOTE_AFTER_ASIDE = (
    "Mayor Ann Lowe was angry. “The bridge will close in May,” she said, referring to the council vote. "
    "“Traffic will use the north road.” It rained."
)


def test_a_quotation_goes_on_with_its_speakers_quotation_past_an_aside_of_hers() -> None:
    """“…,” she said, referring to X. “…”: the second quotation has no tag of its own; where the gold gives each cue
    one attribution, it belongs to "said", not to the aside between (which is an attribution of its own)."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution, evaluate

    text = QUOTE_AFTER_ASIDE
    quote = GoldAttribution(message=[span(text, "The bridge will close in May,"), span(text, "Traffic will use the north road.")],
                            cue=[span(text, "said")], source=[span(text, "she")])  # fmt: skip
    aside = GoldAttribution(message=[span(text, "the council vote")], cue=[span(text, "referring to")], source=[span(text, "she")])
    figures = evaluate([GoldArticle("aside", text, [quote, aside], categories={"attribution"})], lang="en").to_json()
    attribution = figures["capabilities"]["attribution"]
    assert (attribution["predicted"], attribution["matched"], attribution["gold"]) == (2, 2, 2)


def test_a_refusal_is_no_attribution_of_any_form_to_the_comparison() -> None:
    """"Die Firma wollte sich nicht äußern" is kept in the table (a source was asked) but reports no message:
    it must not appear among the predicted forms as an attribution that never matches."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution, evaluate

    text = "Der Bürgermeister sagte, die Brücke werde im Mai geschlossen. Die Baufirma wollte sich dazu nicht äußern."
    gold = [GoldArticle("refusal", text, [GoldAttribution(message=[span(text, "die Brücke werde im Mai geschlossen")])],
                        categories={"attribution"})]  # fmt: skip
    figures = evaluate(gold, lang="de").to_json()
    assert figures["capabilities"]["attribution"]["precision"] == 1.0
    assert set(figures["form"]["precision_by_predicted_form"]) == {"indirect"}


QUOTE_LONG_RUN = (
    "Mayor Ann Lowe was angry. She said: “The bridge will close in May. The ferry stops too. Nobody asked us.”\n\n"
    "“Traffic will use the north road.” It rained."
)


def test_a_quotation_right_after_a_long_one_of_its_speaker_goes_on_with_it() -> None:
    """A quotation of three sentences, then a quotation without a tag in the next paragraph: the second follows the
    first with nothing between, so it goes on with that attribution (it had been compared with the sentence where
    the first began, three back, and stood alone)."""
    from scoring.research.evaluate import GoldArticle, GoldAttribution, evaluate

    text = QUOTE_LONG_RUN
    pieces = [span(text, "The bridge will close in May. The ferry stops too. Nobody asked us."), span(text, "Traffic will use the north road.")]
    gold = GoldAttribution(message=pieces, cue=[span(text, "said")], source=[span(text, "She")])
    figures = evaluate([GoldArticle("long-run", text, [gold], categories={"attribution"})], lang="en").to_json()
    attribution = figures["capabilities"]["attribution"]
    assert (attribution["predicted"], attribution["matched"], attribution["gold"]) == (1, 1, 1)
