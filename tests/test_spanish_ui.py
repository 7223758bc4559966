"""Spanish as a UI language: reports, linter messages, web app and teaching mode.

Completeness checks (every label, web string, rule, profile-reason code and cue explanation has a
Spanish text) keep later additions from being forgotten; the rest renders Spanish articles and
checks what a Spanish user sees.
"""

from __future__ import annotations

import ast
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from reports import render_article_html, render_article_markdown
from reports.i18n import FORM_LABELS, HELP, KIND_LABELS, LABELS, UI_LANGS, ui_lang_for
from reports.i18n_es import (
    CUE_EXPLANATIONS_ES,
    HELP_ES,
    FORM_LABELS_ES,
    KIND_LABELS_ES,
    LABELS_ES,
    REASON_TEMPLATES_ES,
    cue_explanation_es,
    note_text,
    readability_band,
    reason_text,
)
from scoring import analyze
from scoring.aggregation.findings import RULES, find_findings
from scoring.aggregation.findings_es import RULE_TEXTS_ES, finding_message, rule_title
from scoring.cli import main as cli_main
from scoring.languages.lexicon import bundled_lexicons, load_lexicon
from scoring.web.i18n import LANGUAGE_NAMES, WEB_LABELS, negotiate_ui_lang, tw
from scoring.web.i18n_es import LANGUAGE_NAMES_ES, NATIVE_NAMES, WEB_LABELS_ES

ROOT = Path(__file__).resolve().parents[1]

SPANISH = (
    "El régimen de La Habana habría exigido nuevas garantías\n\n"
    "El presidente habría exigido a sus ministros un plan de emergencia, según fuentes cercanas al Gobierno. "
    "«No vamos a ceder», dijo el ministro de Exteriores, Bruno Rodríguez, a la agencia EFE.\n\n"
    "Sin duda, la crisis es la peor en décadas. Al parecer, unas 40.000 personas salieron del país el año pasado. "
    "Las protestas fueron reprimidas, según denunció la ONG Human Rights Watch.\n\n"
    "La economía no ha mejorado, afirmó el economista Omar Everleny.\n"
)


@pytest.fixture(scope="module")
def spanish() -> object:
    return analyze(SPANISH, lang="es")


# --- completeness ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "spanish_table"),
    [(LABELS, LABELS_ES), (KIND_LABELS, KIND_LABELS_ES), (FORM_LABELS, FORM_LABELS_ES), (HELP, HELP_ES)],
    ids=["LABELS", "KIND_LABELS", "FORM_LABELS", "HELP"],
)
def test_every_report_label_has_a_spanish_text(table, spanish_table) -> None:
    missing = sorted(set(table) - set(spanish_table))
    assert not missing, f"add these keys to reports/i18n_es.py: {missing}"
    unknown = sorted(set(spanish_table) - set(table))
    assert not unknown, f"Spanish texts for keys that do not exist (typo?): {unknown}"
    assert all(text.strip() for text in spanish_table.values())
    # merged at import: every label answers in every UI language
    assert all(set(UI_LANGS) <= set(texts) for texts in table.values())


def test_every_web_string_has_a_spanish_text() -> None:
    missing = sorted(set(WEB_LABELS) - set(WEB_LABELS_ES))
    assert not missing, f"add these keys to scoring/web/i18n_es.py: {missing}"
    assert not sorted(set(WEB_LABELS_ES) - set(WEB_LABELS))
    assert set(LANGUAGE_NAMES) <= set(LANGUAGE_NAMES_ES) and set(UI_LANGS) <= set(NATIVE_NAMES)
    assert all(tw(key, "es") == WEB_LABELS_ES[key] for key in WEB_LABELS)


@pytest.mark.parametrize("key", sorted(WEB_LABELS))
def test_spanish_web_strings_keep_the_placeholders(key) -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert fields(WEB_LABELS_ES[key]) == fields(WEB_LABELS[key]["en"])


def test_every_rule_has_a_spanish_title_and_explanation() -> None:
    assert set(RULE_TEXTS_ES) == set(RULES)
    for rule_id, (title, explanation) in RULE_TEXTS_ES.items():
        assert title and explanation and title != RULES[rule_id].title_en


# Every code profile.py emits (scoring/aggregation/profile.py, _reasons), listed here so that a
# reader sees them; the test below also reads profile.py, so a new code cannot be missed.
PROFILE_REASON_CODES = (
    "unattributed_claims", "weak_attribution", "anonymous_sources", "few_named_sources", "no_independent_source",
    "one_kind_of_source", "one_country", "loaded_terms", "unsupported_hedges", "unsupported_boosters",
    "secondary_sources", "one_voice", "state_media",
)  # fmt: skip


def _codes_in_profile_py() -> set[str]:
    tree = ast.parse((ROOT / "scoring" / "aggregation" / "profile.py").read_text(encoding="utf-8"))
    codes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_reason":
            code = node.args[1]
            assert isinstance(code, ast.Constant), "a reason code must be a literal string"
            codes.add(code.value)
    return codes


def test_every_profile_reason_code_has_a_spanish_template() -> None:
    codes = _codes_in_profile_py()
    assert codes, "no _reason(...) calls found in profile.py"
    assert codes == set(PROFILE_REASON_CODES), "update PROFILE_REASON_CODES (and REASON_TEMPLATES_ES)"
    missing = sorted(codes - set(REASON_TEMPLATES_ES))
    assert not missing, f"add Spanish templates to reports/i18n_es.py for: {missing}"


def _cue_kinds() -> Iterator[tuple[str, str, str]]:
    for lang, name in bundled_lexicons():
        if name == "cue_explanations":
            for row in load_lexicon(lang, name).records():
                yield lang, row["category"], row["subtype"]


@pytest.mark.parametrize(("lang", "category", "subtype"), sorted(set(_cue_kinds())))
def test_every_cue_explanation_has_a_spanish_text(lang, category, subtype) -> None:
    text = cue_explanation_es(category, subtype, lang)
    assert text, f"no Spanish explanation for {category}/{subtype} of {lang} articles"
    english = {(r["category"], r["subtype"]): r["explanation_en"] for r in load_lexicon(lang, "cue_explanations").records()}
    assert text != english[(category, subtype)]


def test_spanish_articles_are_explained_as_the_spanish_pack_does() -> None:
    rows = {(r["category"], r["subtype"]): r["explanation_es"] for r in load_lexicon("es", "cue_explanations").records()}
    assert rows
    # the pack's explanation_es column is the reference for Spanish articles (reports cannot read it)
    assert {key: cue_explanation_es(*key, "es") for key in rows} == rows
    assert "«Sollen»" in cue_explanation_es("hedge", "reportative", "de")
    assert "is said to" in cue_explanation_es("hedge", "reportative", "en")
    assert cue_explanation_es("hedge", "no_such_subtype", "de") == ""
    assert cue_explanation_es("scare_quote", "anything", "de") == CUE_EXPLANATIONS_ES[("scare_quote", "*")]


# --- the UI language ------------------------------------------------------------------------------


def test_ui_language_defaults_by_article_language() -> None:
    assert UI_LANGS == ("de", "en", "es")
    assert ui_lang_for("es", None) == "es"
    assert ui_lang_for("de", None) == "de"
    assert ui_lang_for("en", None) == "en"
    assert ui_lang_for("fr", None) == "en"
    assert ui_lang_for("de", "es") == "es"
    with pytest.raises(ValueError, match="es"):
        ui_lang_for("es", "fr")


def test_browser_asking_for_spanish_gets_it() -> None:
    assert negotiate_ui_lang(None, None, "es-AR,es;q=0.9,en;q=0.5") == "es"
    assert negotiate_ui_lang("es", None, "de") == "es"
    assert negotiate_ui_lang(None, "es", "de") == "es"


# --- reasons, notes, readability -------------------------------------------------------------------


def test_reasons_are_rebuilt_in_spanish_with_their_names_and_terms() -> None:
    anonymous = {"component": "attribution_strength", "code": "anonymous_sources", "values": {"n": 2},
                 "en": "2 anonymous source(s): informed circles, a diplomat.", "de": "…"}  # fmt: skip
    assert reason_text(anonymous, "es") == "2 fuentes anónimas: informed circles, a diplomat."
    loaded = {"component": "loaded_wording", "code": "loaded_terms", "values": {"n": 1, "per_1000": 12.73},
              "en": "1 loaded term(s) or scare quote(s) in the author's voice (12.7 per 1,000 words): régimen.", "de": "…"}  # fmt: skip
    text = reason_text(loaded, "es")
    assert text.startswith("1 término cargado") and "12,7 por cada 1000 palabras" in text and text.endswith(": régimen.")
    few = {"component": "source_diversity", "code": "few_named_sources", "values": {"n": 0}, "en": "Only 0 …", "de": "Nur 0 …"}
    assert reason_text(few, "es") == "Ninguna fuente con nombre."
    assert reason_text(few, "de") == "Nur 0 …" and reason_text(few, "en") == "Only 0 …"
    unknown = {"component": "hedging", "code": "a_code_added_later", "values": {}, "en": "English text.", "de": "Deutsch."}
    assert reason_text(unknown, "es") == "English text."  # no Spanish template: English, never a crash


def test_reasons_of_a_real_profile_in_spanish(spanish) -> None:
    reasons = json.loads(spanish.scores["profile_reasons"])
    assert reasons
    for reason in reasons:
        text = reason_text(reason, "es")
        assert text != reason["en"] and text != reason["de"]
    anonymous = next(r for r in reasons if r["code"] == "anonymous_sources")
    assert "fuentes cercanas al Gobierno" in reason_text(anonymous, "es")


def test_note_of_an_unmeasured_overall_value() -> None:
    note = "too few claims (1) to profile; at least 3 are needed"
    assert note_text(note, "es") == "hay demasiado pocas afirmaciones (1) para un perfil; se necesitan al menos 3"
    assert note_text(note, "de") == note and note_text("something else", "es") == "something else"


@pytest.mark.parametrize(
    ("ease", "band"),
    [(10.0, "muy difícil"), (39.9, "muy difícil"), (40.0, "algo difícil"), (55.0, "algo difícil"), (55.1, "normal"),
     (65.0, "normal"), (70.0, "bastante fácil"), (80.0, "bastante fácil"), (80.1, "muy fácil"), (120.0, "muy fácil")],
)  # fmt: skip
def test_inflesz_bands(ease, band) -> None:
    assert readability_band(ease, "Szigriszt-Pazos; Crawford", "es") == band


def test_bands_only_for_szigriszt_pazos() -> None:
    assert readability_band(50.0, "Szigriszt-Pazos; Crawford", "en") == "somewhat difficult"
    assert readability_band(50.0, "Szigriszt-Pazos; Crawford", "de") == "eher schwer"
    assert readability_band(50.0, "Flesch–Amstad; Wiener Sachtextformel 1", "es") is None
    assert readability_band(None, "Szigriszt-Pazos; Crawford", "es") is None


# --- the report --------------------------------------------------------------------------------------


def _visible(page: str) -> str:
    """What a reader sees or hears: text without style and script, plus title and aria-label values."""
    doc = lxml_html.fromstring(page)
    for node in doc.xpath("//style|//script"):
        node.getparent().remove(node)
    attributes = " ".join(doc.xpath("//@title|//@aria-label"))
    return " ".join((doc.text_content() + " " + attributes).split())


def _leftovers(text: str, tables: tuple[dict[str, dict[str, str]], ...]) -> list[str]:
    """German or English labels of ``tables`` that occur in ``text`` as words (and are not Spanish too)."""
    found = []
    for table in tables:
        for texts in table.values():
            for lang in ("de", "en"):
                label = texts[lang]
                if len(label) < 4 or label in (texts["es"],) or label.lower() in texts["es"].lower():
                    continue
                if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text):
                    found.append(f"{lang}: {label}")
    return found


def test_spanish_article_report_is_spanish(spanish) -> None:
    page = render_article_html(spanish.tables())  # no UI language given: Spanish for a Spanish article
    assert '<html lang="es">' in page
    seen = _visible(page)
    for heading in ("Perfil de fuentes", "Qué baja los valores", "Texto anotado", "Fuentes", "Legibilidad", "Reproducibilidad"):
        assert heading in seen
    assert "Condicional de rumor" in seen  # the Spanish pack's explanation of "habría exigido", in its tooltip
    assert "«habría exigido»" in page  # Spanish quotation marks in the tooltip
    assert "Szigriszt-Pazos · " in page  # the INFLESZ band beside the formula
    assert not _leftovers(seen, (LABELS, KIND_LABELS, FORM_LABELS))
    for reason in json.loads(spanish.scores["profile_reasons"]):
        assert reason["en"] not in seen and reason["de"] not in seen


def test_the_leftover_check_finds_english_labels(spanish) -> None:
    english = _visible(render_article_html(spanish.tables(), "en"))
    assert "Source profile" in english
    assert _leftovers(english, (LABELS,))  # the check above can fail


def test_spanish_markdown_report(spanish) -> None:
    md = render_article_markdown(spanish.tables())
    assert md.startswith("# Perfil de fuentes: ")
    assert "## Perfil" in md and "### Qué baja los valores" in md and "## Fuentes" in md
    assert "| Fuente | Tipo | País |" in md
    assert "**Atenuación** «habría exigido»" in md
    assert re.search(r"Índice de legibilidad \d+ \((muy|algo|bastante)? ?(difícil|normal|fácil)\)", md)
    assert not _leftovers(md, (LABELS,))


def test_german_article_can_be_read_with_a_spanish_ui() -> None:
    german = analyze("Das Regime soll 40 Millionen Euro veruntreut haben. Die Lage ist ernst.", lang="de")
    md = render_article_markdown(german.tables(), "es")
    assert "**Atenuación** «soll» – «Sollen» reportativo" in md  # explained for a German cue, in Spanish
    assert "**Lenguaje cargado** «Regime» – Una etiqueta política" in md
    # suggestions are wording for the article, in its language ("die Quelle der Behauptung nennen")
    assert not _leftovers(re.sub(r"\*Sugerencia: [^*]*\*", "", md), (LABELS,))


# --- CLI and linter ------------------------------------------------------------------------------------


def _cli(*args: str, input: str | None = None) -> object:
    return CliRunner().invoke(cli_main, list(args), input=input)


def test_analyze_cli_reports_spanish_articles_in_spanish(tmp_path) -> None:
    path = tmp_path / "articulo.txt"
    path.write_text(SPANISH, encoding="utf-8")
    result = _cli("analyze", str(path), "--lang", "es", "--format", "md")
    assert result.exit_code == 0, result.output
    assert "# Perfil de fuentes" in result.output
    result = _cli("analyze", str(path), "--lang", "es", "--format", "md", "--ui-lang", "en")
    assert "# Source profile" in result.output
    result = _cli("analyze", str(path), "--lang", "es", "--format", "md", "--ui-lang", "es")
    assert "# Perfil de fuentes" in result.output


def test_findings_carry_a_spanish_message(spanish) -> None:
    findings = find_findings(spanish)
    assert {f.rule for f in findings} >= {"reportative-sollen", "anonymous-source", "unsupported-booster"}
    for finding in findings:
        message = finding_message(finding, "es")
        assert message.startswith(RULE_TEXTS_ES[finding.rule][0] + ": «"), message
        assert message != finding.message and message != finding.message_de
        assert finding_message(finding, "de") == finding.message_de and finding_message(finding, "en") == finding.message
    loaded = next(f for f in findings if f.rule == "reportative-sollen")
    assert "(sugerencia: " in finding_message(loaded, "es")


def test_check_cli_in_spanish(tmp_path) -> None:
    path = tmp_path / "borrador.md"
    path.write_text(SPANISH, encoding="utf-8")
    result = _cli("check", str(path), "--lang", "es", "--ui-lang", "es", "--no-config", "-q")
    lines = result.output.strip().splitlines()
    assert lines, result.output
    titles = {title for title, _ in RULE_TEXTS_ES.values()}
    for line in lines:
        match = re.fullmatch(r".*?:\d+:\d+: (?:error|warning|info): (.*) \[[a-z-]+\]", line)
        assert match, line
        assert match.group(1).split(": ", 1)[0] in titles, line
    assert "Rumor sin fuente: «habría exigido»" in result.output
    assert not any(rule.title_en in result.output or rule.title_de in result.output for rule in RULES.values())
    listing = _cli("check", "--list-rules", "--ui-lang", "es").output
    assert all(rule_title(rule, "es") in listing for rule in RULES.values())


def test_check_configuration_accepts_spanish(tmp_path) -> None:
    (tmp_path / ".quellcheck.toml").write_text('ui-lang = "es"\nlang = "es"\n', encoding="utf-8")
    path = tmp_path / "borrador.txt"
    path.write_text(SPANISH, encoding="utf-8")
    result = _cli("check", str(path), "-q", "--format", "json")
    findings = json.loads(result.output)
    assert findings and all(f["message_es"] for f in findings)
    assert "Rumor sin fuente" in _cli("check", str(path), "-q").output
    (tmp_path / ".quellcheck.toml").write_text('ui-lang = "fr"\n', encoding="utf-8")
    result = _cli("check", str(path), "-q")
    assert result.exit_code == 2 and "en, de or es" in result.output


# --- web app and teaching mode -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from scoring.web import create_app

    with TestClient(create_app(workers=0), raise_server_exceptions=False) as client:
        yield client


FORM = {"text": SPANISH, "markup": "txt", "article_lang": "es"}


def test_front_page_in_spanish_from_accept_language(client) -> None:
    page = client.get("/", headers={"Accept-Language": "es-ES,es;q=0.9,en;q=0.4"}).text
    assert '<html lang="es">' in page
    seen = _visible(page)
    assert "Redacción" in seen and "Analizar" in seen and "Idioma del artículo" in seen
    assert 'title="Español"' in page and 'href="/?lang=es"' in page
    assert not _leftovers(seen, (WEB_LABELS,))


def test_editor_result_in_spanish(client) -> None:
    page = client.post("/analyze?lang=es", data=FORM).text
    seen = _visible(page)
    assert "Observaciones" in seen and "Perfil de fuentes" in seen and "Abrir en el modo aula" in seen
    assert "Rumor sin fuente" in seen and "Fuente anónima" in seen
    assert not _leftovers(seen, (WEB_LABELS, LABELS))
    assert not any(rule.title_en in seen or rule.title_de in seen for rule in RULES.values())


def test_teaching_pages_in_spanish(client) -> None:
    page = client.post("/teach?lang=es", data=FORM).text
    seen = _visible(page)
    assert "Practicar la crítica de fuentes" in seen and "Comprobar" in seen and "Tus marcas" in seen
    data = json.loads(lxml_html.fromstring(page).xpath("//script[@id='teach-data']")[0].text)
    assert data["ui"] == "es" and data["categories"]["booster"] == "Certeza sin respaldo"
    assert not _leftovers(seen, (WEB_LABELS,))
    answers = _visible(client.post("/teach/answers?lang=es", data=FORM).text)
    assert "Solucionario" in answers and "Condicional de rumor" in answers and "Atribución/fuente (cita directa)" in answers
    worksheet = _visible(client.post("/teach/worksheet?lang=es", data=FORM).text)
    assert "Hoja de trabajo" in worksheet and "Justificación" in worksheet


def test_teaching_check_explains_in_spanish(client) -> None:
    response = client.post("/api/teach/check", json={"text": SPANISH, "article_lang": "es", "ui": "es", "spans": []})
    assert response.status_code == 200, response.text
    categories = {c["category"]: c for c in response.json()["categories"]}
    assert categories["hedge"]["label"] == "Atenuación"
    missed = categories["hedge"]["missed"]
    assert missed and all(item["quoted"].startswith("«") for item in missed)
    assert any(item["explanation"].startswith("Condicional de rumor") for item in missed)


def test_error_page_in_spanish(client) -> None:
    response = client.get("/no-such-page?lang=es")
    assert response.status_code == 404 and "Esta página no existe." in response.text


def test_corpus_report_in_spanish(spanish) -> None:
    from reports.corpus import render_corpus_html

    page = render_corpus_html(spanish.tables(), ui_lang="es")
    assert '<html lang="es">' in page
    seen = _visible(page)
    assert "Informe del corpus" in seen and "Fuentes más frecuentes" in seen and "Términos cargados más frecuentes" in seen
    assert not _leftovers(seen, (LABELS, KIND_LABELS))
