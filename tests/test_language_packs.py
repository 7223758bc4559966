"""Language packs: every pack provides the whole interface, a new language needs no engine edit,
the engines hold no word of any language, and the packages import each other without cycles."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

from scoring import analyze
from scoring.languages import (
    READING_LEXICONS,
    SCORING_LEXICONS,
    Language,
    codes,
    scored_codes,
    get_language,
    unregister,
)
from scoring.languages.base import RULE_CUES
from scoring.languages.lexicon import bundled_lexicons, load_lexicon

# The hooks an engine may call on a pack (methods and properties of Language).
INTERFACE = [
    name for name, value in vars(Language).items()
    if not name.startswith("_") and (callable(value) or isinstance(value, property) or hasattr(value, "__set_name__"))
]  # fmt: skip


@pytest.mark.parametrize("code", codes())
def test_every_pack_provides_the_interface_and_its_lexicons(code: str) -> None:
    language = get_language(code)
    assert language.code == code and language.name
    for name in INTERFACE:
        assert hasattr(language, name), f"{code} lacks {name}"
    for name in READING_LEXICONS:
        assert language.has_lexicon(name), f"{code} lacks the lexicon {name}"
    if language.scored:
        for name in SCORING_LEXICONS:
            assert language.has_lexicon(name), f"{code} scores but lacks the lexicon {name}"
            assert load_lexicon(code, name).rows
        assert set(RULE_CUES) | {"foreign"} <= set(language.rule_suggestions), f"{code}: a rule cue without a suggestion"
        grammar = language.grammar
        for method in ("sentence", "find_in_sentence", "quote_speaker"):
            assert callable(getattr(grammar, method))
        assert grammar.lex.verbs, f"{code}: no reporting verb forms"


@pytest.mark.parametrize("code", codes())
def test_readability_formulas_are_named_and_computed_together(code: str) -> None:
    language = get_language(code)
    if language.readability_formulas is None:
        assert language.readability("Ein Satz.") is None
        return
    figures = language.readability("One sentence here. And another sentence with several longer words in it.")
    assert figures is not None and all(isinstance(x, float | int) for x in figures)


TOY_ARTICLE = (
    "La polico diris, ke la regimo eble kashis tri milionojn.\n\n"
    "Lau la ministerio la nombro certe estas pli alta.\n\n"
    "Ano Berger diris: „Ni ne scias, kion la regimo planas nun.“\n\n"
    "La urbo konstruas novan ponton.\n"
)


def test_a_new_language_runs_the_whole_pipeline_without_engine_changes(toy: Language) -> None:
    assert "xx" in codes()
    result = analyze(TOY_ARTICLE, lang="xx")
    tables = result.tables()  # every table validates
    assert tables["articles"]["lang"].tolist() == ["xx"]
    cues = {(c["category"], c["text"]) for c in result.cues}
    assert {("hedge", "eble"), ("booster", "certe"), ("loaded", "regimo")} <= cues
    regime = next(c for c in result.cues if c["text"] == "regimo")
    assert regime["suggestion"] == "registaro" and regime["voice"] == "source"  # inside what the police said
    forms = {(a["form"], a["source_text"]) for a in result.attributions}
    assert ("indirect", "La polico") in forms
    assert ("according_to", "la ministerio") in forms
    assert ("direct_quote", "Ano Berger") in forms
    kinds = {s["kind"] for s in result.sources}
    assert {"police", "government", "person"} <= kinds
    assert result.scores["reliability"] is not None and result.scores["n_claims"] == 4


def test_an_unregistered_language_is_refused_again(toy: Language) -> None:
    unregister("xx")
    from scoring.errors import LanguageError

    with pytest.raises(LanguageError, match="not supported"):
        analyze(TOY_ARTICLE, lang="xx")


# --- the engines hold no word of any language ------------------------------------------------------

ENGINES = sorted((ROOT / "scoring" / "analysis").glob("*.py")) + [
    ROOT / "scoring" / "aggregation" / "profile.py", *sorted((ROOT / "scoring" / "model").glob("*.py")),
]
LABEL_COLUMNS = {"type", "kind", "specificity", "subtype", "form", "class", "category", "scope", "pos", "compounds",
                 "requires", "stance", "language"}  # fmt: skip
WORD_LEXICONS = ("function_words", "hedges", "boosters", "loaded", "evaluative", "reporting_verbs", "reporting_phrases",
                 "reporting_nouns", "konjunktiv1", "stance_predicates", "stative_verbs")  # fmt: skip


def _language_words() -> set[str]:
    """Entries of the packs' word lexicons, minus the project's own labels: column names and the values
    of label columns (a cue type "speech", a kind "police") are identifiers, not words of a language."""
    words: set[str] = set()
    labels: set[str] = set()
    for lang, name in bundled_lexicons():
        lexicon = load_lexicon(lang, name)
        labels.update(lexicon.columns)
        for column in set(lexicon.columns) & LABEL_COLUMNS:
            index = lexicon.columns.index(column)
            labels.update(row[index] for row in lexicon.rows)
        if name in WORD_LEXICONS:
            words.update(lexicon.entries)  # as written: German "Statement" is no engine label
    import schemas

    for table in schemas.TABLE_NAMES:  # the tables' column names ("rule", "text") are identifiers too
        labels.update(schemas.columns(table))
    # and so are the values the tables allow in a column (a link kind "other", an attribution form)
    for vocabulary in (schemas.ATTRIBUTION_FORMS, schemas.CUE_CATEGORIES, schemas.CUE_VOICES, schemas.SENTENCE_KINDS,
                       schemas.SOURCE_KINDS, schemas.LINK_KINDS):  # fmt: skip
        labels.update(vocabulary)
    return words - labels


def _code_strings(path: Path) -> Iterator[tuple[int, str]]:
    """String constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }  # fmt: skip
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


@pytest.mark.parametrize("path", ENGINES, ids=lambda p: str(p.relative_to(ROOT)))
def test_engines_hold_no_word_of_any_language(path: Path) -> None:
    words = _language_words()
    found = [(line, value) for line, value in _code_strings(path) if value in words]
    assert not found, f"words of a language in an engine (put them in a pack): {found}"


def test_the_word_check_can_fail() -> None:
    sample = ROOT / "scoring" / "languages" / "de" / "modals.py"
    words = _language_words()
    assert any(value in words for _, value in _code_strings(sample))  # the German rules do hold words


# --- no import cycles between packages --------------------------------------------------------------


def _package_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] in ("schemas", "reports"):
        return parts[0]
    if parts[0] != "scoring":
        return None
    if len(parts) > 1 and (ROOT / "scoring" / parts[1]).is_dir():
        return f"scoring.{parts[1]}"
    return f"scoring.{parts[1]}" if len(parts) > 1 else "scoring"


def _import_graph() -> dict[str, set[str]]:
    """Package -> the packages it imports (at module level or inside functions)."""
    edges: dict[str, set[str]] = {}
    for path in [*ROOT.glob("scoring/**/*.py"), *ROOT.glob("reports/**/*.py"), *ROOT.glob("schemas/**/*.py")]:
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        source = _package_of(module)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else \
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else []  # fmt: skip
            for name in names:
                target = _package_of(name)
                if source and target and target != source and target != "scoring":
                    edges.setdefault(source, set()).add(target)
    return edges


def test_no_import_cycles_between_packages() -> None:
    edges = _import_graph()
    cycles = []
    for start in edges:
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for nxt in edges.get(node, ()):
                if nxt == start:
                    cycles.append(" -> ".join([*path, nxt]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
    assert not cycles, cycles


def test_reports_and_schemas_do_not_import_the_analysis() -> None:
    edges = _import_graph()
    assert edges.get("schemas", set()) == set()
    # reports may keep chart layouts in the cache folder (scoring.cache: the standard library only)
    assert edges.get("reports", set()) <= {"schemas", "scoring.cache"}


def test_the_interface_is_documented() -> None:
    for name in INTERFACE:
        member = inspect.getattr_static(Language, name)
        doc = getattr(member, "__doc__", None) or getattr(getattr(member, "func", None), "__doc__", None)
        assert doc and doc.strip(), f"Language.{name} has no docstring"


@pytest.mark.parametrize(
    ("lang", "text", "forms"),
    [
        # German news annotation (SpkAtt) counts the quoted words as a direct quote of their own
        ("de", "Die Ministerin sagte, der Plan sei „tot bei Ankunft“ im Senat.", ["indirect", "direct_quote"]),
        # English (PolNeAR) and the Spanish dev set keep them inside the indirect report
        ("en", "The minister said the plan was “dead on arrival” in the Senate.", ["indirect"]),
        ("es", "La ministra dijo que el plan estaba «muerto al llegar» al Senado.", ["indirect"]),
    ],
)
def test_quotes_inside_reports_follow_the_packs_convention(lang: str, text: str, forms: list[str]) -> None:
    assert get_language(lang).quotes_inside_reports_own == (len(forms) == 2)
    assert analyze(text, lang=lang).tables()["attributions"]["form"].tolist() == forms


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("de", "In Syrien tobt seit 2011 ein Bürgerkrieg.", False),  # a year
        ("de", "Am 3. Januar 2016 kam der Minister um 14:30 an.", False),  # a date and a time
        ("de", "(APA, 7.5.2016) Der Verein gewann das Spiel.", False),
        ("de", "Am 3. Januar kamen 400 Gäste.", True),
        ("de", "2000 Menschen demonstrierten vor dem Rathaus.", True),  # a count, not a year
        ("de", "Im Mai 2016 kamen 12.500 Menschen.", True),
        ("en", "The war has raged since 2011.", False),
        ("en", "On March 3, 2016 the minister arrived.", False),
        ("en", "In 2015, 4,000 people came.", True),
        ("es", "El ministro llegó el 3 de marzo de 2016.", False),
        ("es", "Desde 2011 hay guerra en el país.", False),
        ("es", "Murieron 90 personas en el ataque.", True),
    ],
)
def test_dates_and_times_are_no_figures(lang: str, text: str, figure: bool) -> None:
    assert get_language(lang).has_figure(text) is figure
    (claim,) = analyze(text, lang=lang).claims
    assert claim["has_figure"] is figure


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a state or province that speaks is its government, of its country; a place after a role gives the country
        ("Iowa said the vote was fair.", "en", [("region:iowa", "government", "US")]),
        ("A spokesman in North Carolina said the count was slow.", "en", [("unknown:US:spokesman:north carolina", "unknown", "US")]),
        ("Tirol fordert, die Grenze zu schließen.", "de", [("region:tirol", "government", "AT")]),
        ("Cataluña pidió que se revise el plan.", "es", [("region:cataluña", "government", "ES")]),
    ],
)
def test_a_region_is_a_place_with_a_country_not_a_person(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(s["source_id"], s["kind"], s["country"]) for s in analyze(text, lang=lang).sources] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Florida voted early on Tuesday. She said the result was clear.", "en"),
        ("In Thüringen wird am Sonntag gewählt. Er sagt, die Lage sei ernst.", "de"),
    ],
)
def test_a_personal_pronoun_does_not_refer_to_a_region(text: str, lang: str) -> None:
    (row,) = analyze(text, lang=lang).attributions
    assert not row["source_id"].startswith("region:")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Hale spoke at length on Monday. It says a lot about the campaign, an aide said.",
        "Tom Hale gave a speech on Monday. It showed that the campaign was in trouble.",
    ],
)
def test_a_pronoun_of_things_does_not_refer_to_a_named_person(text: str) -> None:
    (row,) = [row for row in analyze(text, lang="en").attributions if row["source_text"] == "It"]
    assert row["source_id"] != "person:hale"


@pytest.mark.parametrize("lang", scored_codes())
def test_every_region_lexicon_names_places_of_a_known_country(lang: str) -> None:
    if (lang, "regions") not in bundled_lexicons():
        pytest.skip(f"{lang} has no regions lexicon")
    countries = {row["code"] for row in load_lexicon(lang, "countries").records()}
    rows = load_lexicon(lang, "regions").records()
    assert rows and all(row["country"] in countries for row in rows)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # a person named before, described again by a noun for people and the surname alone: the same person
        ("Bernhard Hachleitner sagte, das sei falsch. Sein Kollege Hachleitner betonte, dass es nötig sei.", "de", "person:"),
        ("Tom Lund said the case was weak. Later his lawyer Lund added that more was needed.", "en", "person:"),
        # a poll named by its maker, whatever its article
        ("Die OGM-Umfrage zeigt, dass die Partei vorn liegt. Laut der OGM-Umfrage verliert die andere.", "de", "name:"),
        ("A Lakeview poll shows Lund ahead. The Lakeview poll also found that voters are tired.", "en", "name:"),
    ],
)
def test_a_source_mentioned_twice_is_one_source(text: str, lang: str, kind: str) -> None:
    ids = [a["source_id"] for a in analyze(text, lang=lang).attributions]
    assert len(ids) == 2 and ids[0] == ids[1] and ids[0].startswith(kind)
