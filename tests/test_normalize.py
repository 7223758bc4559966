from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.reading.markup import MarkedText
from scoring.cleaning.normalize import clean_characters, normalise
from scoring.pipeline import join_policy


def norm(text: str, lang: str = "de"):
    cleaned, offsets = clean_characters(text)
    return normalise(MarkedText(cleaned, offsets), join_policy(lang))


def blocks(text: str, lang: str = "de") -> list[str]:
    result = norm(text, lang)
    return [result.text[b.start : b.end] for b in result.blocks]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("", ""),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\u2028b\u2029c\x0cd", "a\nb\nc\nd"),
        ("20\u00a0000 Euro\u202fmehr\tjetzt", "20 000 Euro mehr jetzt"),
        ("Zero\u200bwidth\u200d\ufeff", "Zerowidth"),
        ("Gesundheits\u00adeinrichtungen", "Gesundheitseinrichtungen"),
        ("\u202bمرحبا\u202c und \u200fשלום", "مرحبا und שלום"),
        ("Mu\u0308ller und Cafe\u0301", "Müller und Café"),
        ("Steuer\x07zeichen\x00", "Steuerzeichen"),
        # a double quotation mark typed as two apostrophes (LexisNexis) or as two backticks (typewriter, TeX)
        ("''We are ready,'' she said.", '"We are ready," she said.'),
        ("``Not yet,'' he said; the player's ball", '"Not yet," he said; the player\'s ball'),
        # three apostrophes are a single and a double mark: closing after a word or punctuation, opening after a space
        ("''She asked, 'Why now?''' he said.", "\"She asked, 'Why now?'\" he said."),
        ("He said, ''' Not now,' she told me.''", "He said, \"' Not now,' she told me.\""),
    ],
)
def test_clean_characters(raw: str, clean: str) -> None:
    cleaned, offsets = clean_characters(raw)
    assert cleaned == clean
    assert offsets is not None or raw == clean  # every change keeps offsets into the input
    if offsets is not None:
        assert len(offsets) == len(cleaned) + 1
        assert offsets == sorted(offsets)


def test_a_quotation_in_two_apostrophes_is_a_quotation() -> None:
    from scoring import analyze

    text = "The council met on Monday. ''We will not raise the fees this year,'' the mayor said after the vote."
    result = analyze(text, lang="en")
    (quote,) = [a for a in result.attributions if a["form"] == "direct_quote"]
    stored = result.article["text"]
    assert stored[quote["source_start"] : quote["source_end"]] == "the mayor"
    assert stored[quote["content_start"] : quote["content_end"]].startswith("We will not raise")


def test_two_apostrophes_in_markup_source_are_left_alone() -> None:
    from scoring import analyze

    page = ("<html><body><article><p>The council met on Monday and approved the budget for the schools of the district "
            "after a long debate.</p><img src='a.png' alt=''><p>The plan will cost twelve million dollars over five "
            "years, the treasurer told the council.</p></article></body></html>")
    assert "twelve million dollars" in analyze(page, lang="en", markup="html").article["text"]  # alt='' is no quotation mark
    assert clean_characters("a ``b`` c", typed_quotes=False)[0] == "a ``b`` c"  # Markdown code, not a quotation


def test_clean_characters_keeps_offsets_into_the_input() -> None:
    raw = "A\u200bB\r\nC\u00a0D"
    cleaned, offsets = clean_characters(raw)
    assert cleaned == "AB\nC D"
    assert [raw[o] for o in offsets[:-1]] == ["A", "B", "\r", "C", "\u00a0", "D"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # ordinals and abbreviations at a line end continue the sentence
        ('Díaz-Canel sprach von den "Ereignissen vom 3.\nJanuar" in Caracas.', ['Díaz-Canel sprach von den "Ereignissen vom 3. Januar" in Caracas.']),
        ("Es sprach Dr.\nMüller vor dem Ausschuss.", ["Es sprach Dr. Müller vor dem Ausschuss."]),
        # a line that ends in an attributive adjective or function word continues
        ('2024: Demonstrationen von Stärke und "technischer"\nZusammenarbeit', ['2024: Demonstrationen von Stärke und "technischer" Zusammenarbeit']),
        ("Die Regierung verhandelt mit der\nOpposition über den Haushalt.", ["Die Regierung verhandelt mit der Opposition über den Haushalt."]),
        # lower case on the next line continues
        ("Die Preise steigen, sagte sie\nam Montag in Wien.", ["Die Preise steigen, sagte sie am Montag in Wien."]),
        # a heading line stays a block of its own
        ("Warum die Preise steigen\nDie Inflation bleibt hoch.", ["Warum die Preise steigen", "Die Inflation bleibt hoch."]),
        ("Vom Versprechen zur Pflicht\nUm das zu sehen, hilft ein Blick zurück.", ["Vom Versprechen zur Pflicht", "Um das zu sehen, hilft ein Blick zurück."]),
        # a time or date alone on its line (a live blog's stamp) ends there, abbreviation or not
        ("2:05 p.m.\nPolice closed the bridge.", ["2:05 p.m.", "Police closed the bridge."]),
        ("6. Dez.\nDie Polizei sperrt die Brücke.", ["6. Dez.", "Die Polizei sperrt die Brücke."]),
        # one paragraph per line
        ("Erster Absatz endet hier.\nZweiter Absatz beginnt.", ["Erster Absatz endet hier.", "Zweiter Absatz beginnt."]),
        # hyphenation across lines
        ("Die Bekämp-\nfung der Inflation.", ["Die Bekämpfung der Inflation."]),
        ("Der Ukraine-\nKrieg dauert an.", ["Der Ukraine-Krieg dauert an."]),
        ("Nord-\nund Südkorea verhandeln.", ["Nord- und Südkorea verhandeln."]),
        # lists stay items
        ("Die Forderungen:\n- mehr Personal\n- höhere Löhne", ["Die Forderungen:", "- mehr Personal", "- höhere Löhne"]),
        # blank lines separate paragraphs; spaces collapse
        ("  Ein   Satz.  \n\n\n\nNoch   einer. ", ["Ein Satz.", "Noch einer."]),
        ("", []),
        ("   \n \n", []),
    ],
)
def test_line_joins_and_blocks(raw: str, expected: list[str]) -> None:
    assert blocks(raw) == expected


def test_hard_wrapped_text_is_joined_by_width() -> None:
    raw = (
        "Die Stadtwerke planen eine Erhöhung der Gaspreise um vierzehn Prozent zum\n"
        "ersten April. Betroffen wären rund achtunddreißigtausend Haushalte in der\n"
        "Stadt und in den umliegenden Gemeinden, teilte das Unternehmen am Dienstag\n"
        "mit. Die Opposition kritisiert die Pläne scharf.\n"
        "Neue Überschrift\n"
        "Die Verbraucherzentrale prüft nun eine Klage gegen den Versorger, hieß es\n"
        "am Abend aus Kreisen der Verbraucherschützer in der Landeshauptstadt.\n"
    )
    assert blocks(raw) == [
        "Die Stadtwerke planen eine Erhöhung der Gaspreise um vierzehn Prozent zum ersten April. "
        "Betroffen wären rund achtunddreißigtausend Haushalte in der Stadt und in den umliegenden "
        "Gemeinden, teilte das Unternehmen am Dienstag mit. Die Opposition kritisiert die Pläne scharf.",
        "Neue Überschrift",
        "Die Verbraucherzentrale prüft nun eine Klage gegen den Versorger, hieß es am Abend aus "
        "Kreisen der Verbraucherschützer in der Landeshauptstadt.",
    ]


def test_joined_breaks_keep_offsets_into_the_input() -> None:
    raw = "Zeile eins mit dem\r\nzweiten Teil\u00a0hier."
    result = norm(raw)
    assert result.text == "Zeile eins mit dem zweiten Teil hier."
    for i, ch in enumerate(result.text):
        source = raw[result.source_offset(i)]
        assert source == ch or (ch == " " and source in "\r\n\u00a0")


_ALPHABET = st.sampled_from(list("abcXYZ äöüß.,;:!?\"„“-–\n\r\t\u00a0\u200b\u00ad0123456789") + ["u\u0308", "\u202b"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_every_character_maps_back_to_its_source(raw: str) -> None:
    result = norm(raw)
    assert "\r" not in result.text and "\u200b" not in result.text
    for i, ch in enumerate(result.text):
        source = raw[result.source_offset(i)]
        if ch in " \n":
            assert source in " \n\r\t\u00a0-" or source.isspace(), (raw, i)
        elif ch == "ü" and source == "u":
            continue  # NFC composed from u + combining diaeresis
        else:
            assert source == ch, (raw, i, ch, source)
    for block in result.blocks:
        assert 0 <= block.start <= block.end <= len(result.text)
        assert result.text[block.start : block.end].strip() == result.text[block.start : block.end]
