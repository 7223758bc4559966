"""Agreement between human coders, and between quellcheck and each coder.

A validation study has people code sentences for the things quellcheck
marks, then asks two questions: do the coders agree with each other (is the
category codable at all?), and does quellcheck agree with them about as well?
:func:`agreement` answers both per category, at sentence level, in one of two
sets of categories (:data:`CATEGORY_SETS`), which say what quellcheck counts:

``combined`` (the default): three categories —

``hedge``
    a hedge **or a booster** (unsupported certainty) cue in the sentence
    (Hyland 2005);
``attribution``
    any attribution in the sentence (Bell 1991);
``loaded``
    a loaded-wording **or scare-quote** cue in the sentence (Recasens et al.
    2013);

counting cues in the writer's own voice only (``voice="author"``, as the
profile does), or in any voice (``voice="any"``: also words inside quotations
and reported speech).

``teaching``: the five categories of the teaching mode, each as the teaching
mode's check reads it (:mod:`scoring.aggregation.categories`): ``hedge``
(any voice), ``attribution`` (without bare Konjunktiv-I continuations),
``loaded`` (writer's voice), ``scare_quote`` (any voice) and ``booster``
(unsupported certainty: a strong booster in the writer's voice, in a sentence
without a named source). Codes made from quellcheck's ``cues`` table by
category (``cues.category == "hedge"``) line up with these.

Coefficients come from NLTK's ``AnnotationTask`` (Artstein & Poesio 2008):
Krippendorff's alpha (Krippendorff 2004; it allows missing codes) and
Cohen's kappa (Cohen 1960) for each pair of coders, over the sentences both
coded. The mean kappa of several coders is the average of the pairwise
kappas (NLTK's ``kappa()``, computed per pair so that missing codes do not
bias it). Bands: Landis & Koch (1977) for kappa, Krippendorff's (2004)
thresholds for alpha.

Items must use quellcheck's sentence numbering (``sent_id`` counts every
sentence of the ``sentences`` table from 0 per article, headings and site
furniture included) and its ``article_id``; coders should code from an
export of that table, or sentences will not line up.

What this does not do: agreement on spans (which words are the hedge) or on
attribution details (who the source is); weighted or multi-valued labels;
confidence intervals (use bootstrapping for those). When every label of a
comparison is the same, the coefficients are undefined and reported as NaN.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from nltk.metrics.agreement import AnnotationTask

from scoring.aggregation.categories import TEACH_CATEGORIES, taught_attribution, taught_cue_category
from scoring.errors import ConfigError, InputError

CATEGORIES: tuple[str, ...] = ("hedge", "attribution", "loaded")
"""The sentence-level categories of the default (``combined``) set, in report order."""

CATEGORY_SETS: dict[str, tuple[str, ...]] = {"combined": CATEGORIES, "teaching": TEACH_CATEGORIES}
"""The sets of categories :func:`agreement` compares (see the module doc)."""

VOICES: tuple[str, ...] = ("author", "any")
"""Whose words the ``combined`` categories count: the writer's own, or any voice."""

# What quellcheck's code of each category means, per set and voice: printed with every result.
_DEFINITIONS: dict[str, dict[str, tuple[str, str]]] = {
    "combined": {
        "hedge": ("a hedge or booster cue", "ein Abschwächungs- oder Verstärkungssignal"),
        "attribution": ("any attribution", "eine Zuschreibung"),
        "loaded": ("a loaded-wording or scare-quote cue", "wertende Sprache oder distanzierende Anführungszeichen"),
    },
    "teaching": {
        "hedge": ("a hedge cue, any voice", "ein Abschwächungssignal, in jeder Stimme"),
        "attribution": ("an attribution other than a bare continuation", "eine Zuschreibung außer einer bloßen Fortsetzung"),
        "loaded": ("a loaded-wording cue in the writer's voice", "wertende Sprache in der Stimme des Textes"),
        "scare_quote": ("a scare quote, any voice", "distanzierende Anführungszeichen, in jeder Stimme"),
        "booster": ("unsupported certainty: a strong booster in the writer's voice, no named source in the sentence",
                    "Gewissheit ohne Beleg: starkes Verstärkungssignal in der Stimme des Textes, keine namentliche Quelle im Satz"),
    },
}  # fmt: skip

QUELLCHECK_CODER = "quellcheck"
ALL_HUMANS = "all humans"
CODED_KINDS: tuple[str, ...] = ("body", "question", "heading")
"""Sentence kinds quellcheck codes (captions and site furniture are left out)."""

_ITEM = ["article_id", "sent_id"]
_LONG = [*_ITEM, "coder", "category", "label"]
_RESULT_COLUMNS = [
    "category", "pair", "coder_a", "coder_b", "n_items", "observed_agreement", "alpha", "kappa",
]  # fmt: skip

_KAPPA_BANDS: tuple[tuple[float, str, str], ...] = (
    (0.0, "poor", "schlecht"),
    (0.20, "slight", "geringfügig"),
    (0.40, "fair", "ausreichend"),
    (0.60, "moderate", "mittelmäßig"),
    (0.80, "substantial", "beachtlich"),
    (math.inf, "almost perfect", "nahezu vollkommen"),
)
_CATEGORY_DE = {
    "hedge": "Abschwächung/Verstärkung",
    "attribution": "Zuschreibung",
    "loaded": "wertende Sprache",
    "scare_quote": "distanzierende Anführungszeichen",
    "booster": "Gewissheit ohne Beleg",
}


def kappa_band(kappa: float, lang: str = "en") -> str:
    """Landis & Koch's (1977) band of a kappa: poor (< 0), slight (≤ 0.20), fair (≤ 0.40),
    moderate (≤ 0.60), substantial (≤ 0.80), almost perfect (above)."""
    de = _lang_is_de(lang)
    if kappa < 0:
        return _KAPPA_BANDS[0][1 + de]
    for upper, en_name, de_name in _KAPPA_BANDS[1:]:
        if kappa <= upper:
            return de_name if de else en_name
    raise AssertionError("unreachable")  # pragma: no cover


def alpha_band(alpha: float, lang: str = "en") -> str:
    """Krippendorff's (2004) reading of an alpha: ≥ 0.8 reliable, ≥ 0.667 tentative conclusions
    only, below that not reliable."""
    de = _lang_is_de(lang)
    if alpha >= 0.8:
        return "verlässlich" if de else "reliable"
    if alpha >= 0.667:
        return "nur vorläufige Schlüsse" if de else "tentative conclusions only"
    return "nicht verlässlich" if de else "not reliable"


@dataclass
class AgreementResult:
    """What :func:`agreement` found.

    ``rows`` is a tidy frame with one row per (category, pair), columns
    ``category``, ``pair`` (``"all humans"``, ``"A vs B"`` or
    ``"quellcheck vs A"``), ``coder_a``, ``coder_b`` (null for all humans),
    ``n_items`` (sentences the coefficient is computed over),
    ``observed_agreement`` (share of those sentences with the same label;
    mean over pairs for all humans), ``alpha`` (all humans and quellcheck
    rows; null for human pairs) and ``kappa`` (the mean pairwise kappa for
    all humans). ``n_items`` maps each compared category to the number of
    sentences coded by at least one human; ``notes`` says what was skipped
    (``notes_de`` the same in German).
    """

    rows: pd.DataFrame
    n_items: dict[str, int]
    notes: list[str] = field(default_factory=list)
    notes_de: list[str] = field(default_factory=list)
    categories: str = "combined"
    voice: str = "author"

    def definitions(self, lang: str = "en") -> str:
        """What quellcheck's code 1 means in each compared category (one line), in English or German."""
        de = _lang_is_de(lang)
        compared = [c for c in CATEGORY_SETS[self.categories] if c in set(self.rows["category"])]
        parts = [f"{_CATEGORY_DE.get(c, c) if de else c} = {_DEFINITIONS[self.categories][c][de]}" for c in compared]
        where = ""
        if self.categories == "combined":
            if de:
                where = " (nur in der Stimme des Textes)" if self.voice == "author" else " (in jeder Stimme)"
            else:
                where = " (in the writer's own voice only)" if self.voice == "author" else " (in any voice)"
        head = f"quellcheck codiert einen Satz mit 1 bei{where}: " if de else f"quellcheck codes a sentence 1 for{where}: "
        return head + "; ".join(parts) + "."

    def table(self, lang: str = "en") -> str:
        """The rows as a plain-text table (English or German headers and pair names)."""
        de = _lang_is_de(lang)
        header = (
            ["Kategorie", "Vergleich", "Sätze", "Übereinst.", "Alpha", "Kappa"]
            if de
            else ["category", "pair", "sentences", "agreement", "alpha", "kappa"]
        )
        body = [
            [
                _CATEGORY_DE.get(row.category, row.category) if de else row.category,
                _pair_label(row.pair, row.coder_a, row.coder_b, de),
                str(row.n_items),
                _fmt(row.observed_agreement, de),
                _fmt(row.alpha, de),
                _fmt(row.kappa, de),
            ]
            for row in self.rows.itertuples(index=False)
        ]
        widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
        lines = []
        for cells in [header, ["-" * w for w in widths], *body]:
            # text columns left-aligned, figures right-aligned
            padded = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))]
            lines.append("  ".join(padded).rstrip())
        return "\n".join(lines) + "\n"

    def interpretation(self, lang: str = "en") -> str:
        """A few sentences per category reading the coefficients with Landis & Koch (1977)
        and Krippendorff (2004), in English or German."""
        de = _lang_is_de(lang)
        paragraphs = []
        for category, rows in self.rows.groupby("category", sort=False):
            name = _CATEGORY_DE.get(category, category) if de else category
            parts = [f"{name} ({self.n_items.get(category, 0)} {'Sätze' if de else 'sentences'}):"]
            humans = rows[rows["pair"] == ALL_HUMANS]
            human_kappa = float("nan")
            if len(humans):
                alpha, human_kappa = humans.iloc[0]["alpha"], humans.iloc[0]["kappa"]
                alpha_text = f"α = {_fmt(alpha, de)} ({_alpha_text(alpha, de)})"
                kappa_text = f"κ = {_fmt(human_kappa, de)} ({_kappa_text(human_kappa, de)})"
                parts.append(
                    f"Die Codierer stimmen mit {alpha_text} überein und einem mittleren {kappa_text}."
                    if de
                    else f"The human coders agree at {alpha_text} with a mean {kappa_text}."
                )
            machine = rows[rows["coder_a"] == QUELLCHECK_CODER]
            if len(machine):
                versus = ", ".join(
                    f"{'mit' if de else 'with'} {r.coder_b} κ = {_fmt(r.kappa, de)} ({_kappa_text(r.kappa, de)})"
                    for r in machine.itertuples(index=False)
                )
                parts.append(f"quellcheck: {versus}.")
                known = machine["kappa"].dropna()
                machine_kappa = float(known.mean()) if len(known) else float("nan")
                if not (math.isnan(machine_kappa) or math.isnan(human_kappa)):
                    if machine_kappa >= human_kappa:
                        comparison = "mindestens so gut wie" if de else "at least as well as"
                    else:
                        comparison = "weniger gut als" if de else "less well than"
                    parts.append(
                        f"quellcheck stimmt mit den Codierern {comparison} diese untereinander überein "
                        f"(mittleres κ {_fmt(machine_kappa, de)} gegenüber {_fmt(human_kappa, de)})."
                        if de
                        else f"quellcheck agrees with the coders {comparison} they agree with each other "
                        f"(mean κ {_fmt(machine_kappa)} against {_fmt(human_kappa)})."
                    )
            paragraphs.append(" ".join(parts))
        paragraphs.append(
            "Bänder für κ nach Landis & Koch (1977); α ≥ 0,8 verlässlich, ≥ 0,667 nur vorläufige "
            "Schlüsse (Krippendorff 2004)."
            if de
            else "κ bands after Landis & Koch (1977); α ≥ 0.8 reliable, ≥ 0.667 tentative conclusions "
            "only (Krippendorff 2004)."
        )
        if (self.rows["coder_a"] == QUELLCHECK_CODER).any():
            paragraphs.append(self.definitions(lang))
        notes = self.notes_de if de and len(self.notes_de) == len(self.notes) else self.notes
        if notes:
            paragraphs.append(("Hinweise: " if de else "Notes: ") + "; ".join(notes) + ".")
        return "\n\n".join(paragraphs) + "\n"


NEEDED_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "combined": {
        "sentences": ("article_id", "sent_id", "kind"),
        "cues": ("article_id", "sent_id", "category", "voice"),
        "attributions": ("article_id", "sent_id"),
    },
    "teaching": {
        "sentences": ("article_id", "sent_id", "kind"),
        "cues": ("article_id", "sent_id", "category", "voice", "weight"),
        "attributions": ("article_id", "sent_id", "form", "named"),
    },
}
"""The columns :func:`quellcheck_codes` reads, per set of categories."""


def quellcheck_codes(tables: Mapping[str, pd.DataFrame], categories: str = "combined", voice: str = "author") -> pd.DataFrame:
    """quellcheck's own sentence codes, in the long form :func:`agreement` takes.

    In: the ``sentences``, ``cues`` and ``attributions`` tables (as from
    ``analyze(...).tables()`` or :func:`scoring.output.tables.read_tables`). Out:
    columns ``article_id, sent_id, coder, category, label`` with coder
    ``"quellcheck"`` and one row per sentence of kind body, question or
    heading and category of the set ``categories`` (see the module doc).
    ``combined``: ``hedge`` = a hedge or booster cue; ``attribution`` = any
    attribution row in the sentence; ``loaded`` = a loaded or scare-quote cue;
    cues in the writer's own voice only with ``voice="author"`` (as in the
    profile), in any voice with ``voice="any"``. ``teaching``: the teaching
    mode's five categories (``voice`` does not apply: each category says whose
    words it counts).
    """
    if categories not in CATEGORY_SETS:
        raise ConfigError(f"unknown set of categories {categories!r}; choose {', '.join(CATEGORY_SETS)}")
    if voice not in VOICES:
        raise ConfigError(f"unknown voice {voice!r}; choose {', '.join(VOICES)}")
    for table, needed in NEEDED_COLUMNS[categories].items():
        if table not in tables:
            raise InputError(f"quellcheck codes need the {table} table")
        missing = [c for c in needed if c not in tables[table].columns]
        if missing:
            raise InputError(f"the {table} table lacks the column(s) {', '.join(missing)}")
    sentences = tables["sentences"]
    sentences = _item_frame(sentences[sentences["kind"].isin(CODED_KINDS)])
    keys = pd.MultiIndex.from_frame(sentences)
    cues = tables["cues"]
    attributions = tables["attributions"]
    if categories == "teaching":
        named = attributions[attributions["named"].astype(bool)].groupby("article_id")["sent_id"].agg(set).to_dict()
        taught = [
            taught_cue_category(c, v, w, s, named.get(a, ())) for c, v, w, s, a in
            zip(cues["category"], cues["voice"], cues["weight"], cues["sent_id"], cues["article_id"], strict=True)
        ]  # fmt: skip
        taught_series = pd.Series(taught, index=cues.index, dtype=object)
        marked = {c: cues[taught_series == c] for c in ("hedge", "loaded", "scare_quote", "booster")}
        marked["attribution"] = attributions[attributions["form"].map(taught_attribution).astype(bool)]
    else:
        counted = cues[cues["voice"] == "author"] if voice == "author" else cues
        marked = {
            "hedge": counted[counted["category"].isin(("hedge", "booster"))],
            "attribution": attributions,
            "loaded": counted[counted["category"].isin(("loaded", "scare_quote"))],
        }
    frames = []
    for category in CATEGORY_SETS[categories]:
        hits = pd.MultiIndex.from_frame(_item_frame(marked[category]))
        frame = sentences.copy()
        frame["coder"] = QUELLCHECK_CODER
        frame["category"] = category
        frame["label"] = keys.isin(hits).astype(int)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)[_LONG]


def agreement(
    codes: pd.DataFrame, quellcheck: pd.DataFrame | None = None, categories: str = "combined", voice: str = "author"
) -> AgreementResult:
    """Inter-coder agreement per category, and quellcheck's agreement with each coder.

    ``codes``: human codes, long form (``article_id, sent_id, coder,
    category, label``) or wide form (``article_id, sent_id, coder`` and a
    0/1 column per category of the set ``categories``: hedge, attribution,
    loaded for ``combined``; also scare_quote and booster for ``teaching``).
    ``categories`` and ``voice`` say how ``quellcheck`` was coded (see
    :func:`quellcheck_codes`; they are printed with the result). Labels are
    0/1 (or booleans); empty labels mean "not coded" and are ignored. Items
    are sentences ``(article_id, sent_id)``.

    ``quellcheck``: quellcheck's codes in the same form (usually
    :func:`quellcheck_codes`; a ``coder`` column is not needed); only
    sentences at least one human coded in a category are compared in that
    category.

    Returns an :class:`AgreementResult`. A category with fewer than two
    human coders gets no human rows (a note says so); it is still compared
    with quellcheck when given. Raises :class:`InputError` for missing
    columns, unknown categories, labels other than 0/1, conflicting codes
    of one coder for one sentence, a coder named like the quellcheck coder,
    and when no category has two coders with sentences in common.
    """
    if categories not in CATEGORY_SETS:
        raise ConfigError(f"unknown set of categories {categories!r}; choose {', '.join(CATEGORY_SETS)}")
    known = CATEGORY_SETS[categories]
    notes: list[tuple[str, str]] = []  # (English, German)
    human = _normalise(codes, "codes", notes, known)
    machine = None
    if quellcheck is not None:
        # Every row of these codes is quellcheck's, whatever its coder column says.
        machine = _normalise(quellcheck.assign(coder=QUELLCHECK_CODER), "quellcheck codes", notes, known)
        if QUELLCHECK_CODER in set(human["coder"]):
            raise InputError(
                f"a human coder is named {QUELLCHECK_CODER!r}; rename the coder to compare with quellcheck"
            )

    rows: list[dict[str, Any]] = []
    n_items: dict[str, int] = {}
    for category in known:
        coded = human[human["category"] == category]
        if coded.empty:
            continue
        coders = sorted(coded["coder"].unique())
        n_items[category] = int(coded[_ITEM].drop_duplicates().shape[0])
        before = len(rows)
        if len(coders) < 2:
            notes.append((
                f"{category}: only one human coder ({coders[0]}), so no agreement between humans",
                f"{category}: nur ein Codierer ({coders[0]}), daher keine Übereinstimmung "
                "zwischen Codierern",
            ))
        else:
            rows.extend(_human_rows(category, coded, coders, notes))
        if machine is not None:
            items = pd.MultiIndex.from_frame(coded[_ITEM].drop_duplicates())
            ours = machine[machine["category"] == category]
            ours = ours[pd.MultiIndex.from_frame(ours[_ITEM]).isin(items)]
            if ours.empty:
                notes.append((
                    f"{category}: quellcheck coded none of the sentences the humans coded",
                    f"{category}: quellcheck hat keinen der von Codierern codierten Sätze codiert",
                ))
                coders_to_compare = []
            else:
                coders_to_compare = coders
            for coder in coders_to_compare:
                pair = pd.concat([ours, coded[coded["coder"] == coder]])
                row = _pair_row(category, pair, QUELLCHECK_CODER, coder, notes, alpha=True)
                if row is not None:
                    rows.append(row)
        if len(rows) == before:
            del n_items[category]
    if not rows:
        if human.empty:
            raise InputError("the codes hold no labels")
        raise InputError(
            "no category has two coders with sentences in common: "
            + ("; ".join(en for en, _ in notes) if notes else "nothing to compare")
        )
    frame = pd.DataFrame(rows, columns=_RESULT_COLUMNS)
    frame["n_items"] = frame["n_items"].astype(int)
    for column in ("observed_agreement", "alpha", "kappa"):
        frame[column] = frame[column].astype(float)
    return AgreementResult(
        rows=frame, n_items=n_items, notes=[en for en, _ in notes], notes_de=[de for _, de in notes],
        categories=categories, voice=voice,
    )


def _human_rows(
    category: str, coded: pd.DataFrame, coders: list[str], notes: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The all-humans row and one row per pair of human coders."""
    pairs = []
    for a, b in itertools.combinations(coders, 2):
        row = _pair_row(category, coded[coded["coder"].isin((a, b))], a, b, notes, alpha=False)
        if row is not None:
            pairs.append(row)
    shared = coded.groupby(_ITEM, sort=False)["coder"].transform("size") >= 2
    pairable = coded[shared]
    if pairable.empty:
        notes.append((
            f"{category}: no sentence was coded by two human coders",
            f"{category}: kein Satz wurde von zwei Codierern codiert",
        ))
        return pairs
    if pairable["label"].nunique() < 2:
        alpha = float("nan")
        label = pairable["label"].iloc[0]
        notes.append((
            f"{category}: every human label is {label}, so alpha and kappa are undefined",
            f"{category}: alle Codes der Codierer sind {label}, "
            "Alpha und Kappa sind daher nicht bestimmbar",
        ))
    else:
        alpha = float(AnnotationTask(_triples(coded)).alpha())
    kappas = [p["kappa"] for p in pairs if not math.isnan(p["kappa"])]
    agreements = [p["observed_agreement"] for p in pairs]
    summary = {
        "category": category,
        "pair": ALL_HUMANS,
        "coder_a": None,
        "coder_b": None,
        "n_items": int(pairable[_ITEM].drop_duplicates().shape[0]),
        "observed_agreement": float(np.mean(agreements)) if agreements else float("nan"),
        "alpha": alpha,
        "kappa": float(np.mean(kappas)) if kappas else float("nan"),
    }
    return [summary, *pairs]


def _pair_row(
    category: str, codes: pd.DataFrame, a: str, b: str, notes: list[tuple[str, str]], alpha: bool
) -> dict[str, Any] | None:
    """Kappa (and alpha) of coders ``a`` and ``b`` over the sentences both coded; None if there are none."""
    both = codes[codes.groupby(_ITEM, sort=False)["coder"].transform("size") == 2]
    if both.empty:
        notes.append((
            f"{category}: {a} and {b} coded no sentence in common",
            f"{category}: {a} und {b} haben keinen Satz gemeinsam codiert",
        ))
        return None
    wide = both.pivot(index=_ITEM, columns="coder", values="label")
    observed = float((wide[a] == wide[b]).mean())
    if both["label"].nunique() < 2:
        kappa_value = alpha_value = float("nan")
        label = both["label"].iloc[0]
        notes.append((
            f"{category}: {a} and {b} give every sentence label {label}, so kappa is undefined",
            f"{category}: {a} und {b} geben jedem Satz den Code {label}, "
            "Kappa ist daher nicht bestimmbar",
        ))
    else:
        task = AnnotationTask(_triples(both))
        kappa_value = float(task.kappa_pairwise(a, b))
        alpha_value = float(task.alpha())
    return {
        "category": category,
        "pair": f"{a} vs {b}",
        "coder_a": a,
        "coder_b": b,
        "n_items": len(wide),
        "observed_agreement": observed,
        "alpha": alpha_value if alpha else float("nan"),
        "kappa": kappa_value,
    }


def _triples(codes: pd.DataFrame) -> list[tuple[str, tuple[str, int], int]]:
    """(coder, item, label) triples for NLTK; an item is (article_id, sent_id)."""
    items = zip(codes["article_id"], codes["sent_id"], strict=True)
    return list(zip(codes["coder"], items, codes["label"].astype(int), strict=True))


def _normalise(codes: pd.DataFrame, name: str, notes: list[tuple[str, str]], known: tuple[str, ...] = CATEGORIES) -> pd.DataFrame:
    """Long or wide codes as a clean long frame: str ids, int sent_id, 0/1 int labels, no duplicates."""
    if not isinstance(codes, pd.DataFrame):
        raise InputError(f"{name} must be a table (DataFrame), not {type(codes).__name__}")
    if "category" in codes.columns and "label" not in codes.columns and "value" in codes.columns:
        codes = codes.rename(columns={"value": "label"})  # the long form's label column, by another name
    if "category" in codes.columns or "label" in codes.columns:
        _require(codes, _LONG, f"{name} (long form)")
        long = codes[_LONG].copy()
        category = long["category"]  # " Hedge" is hedge
        long["category"] = category.where(category.isna(), category.astype(str).str.strip().str.lower())
        unknown = sorted(set(long["category"].dropna().astype(str)) - set(known))
        if unknown or long["category"].isna().any():
            shown = ", ".join(unknown) if unknown else "an empty category"
            noun = "categories" if len(unknown) > 1 else "category"
            raise InputError(f"{name}: unknown {noun} {shown}; known: {', '.join(known)}{_set_hint(unknown, known)}")
    else:
        _require(codes, ["article_id", "sent_id", "coder"], name)
        extra = [c for c in codes.columns if c not in ("article_id", "sent_id", "coder")]
        unknown = [str(c) for c in extra if c not in known]
        if unknown:
            raise InputError(
                f"{name}: unknown category column(s) {', '.join(unknown)}; known: {', '.join(known)}{_set_hint(unknown, known)}"
            )
        if not extra:
            raise InputError(
                f"{name} have no category column; expected one or more of {', '.join(known)}, "
                "or the long form with category and label"
            )
        long = codes.melt(
            id_vars=["article_id", "sent_id", "coder"], value_vars=extra, var_name="category", value_name="label"
        )
    if long["coder"].isna().any() or long["article_id"].isna().any():
        raise InputError(f"{name}: every row needs an article_id and a coder")
    long["article_id"] = long["article_id"].astype(str)
    long["coder"] = long["coder"].astype(str)
    long["category"] = long["category"].astype(str)
    long["sent_id"] = _integers(long["sent_id"], f"{name}: sent_id")
    long["label"] = _labels(long["label"], name)
    empty = int(long["label"].isna().sum())
    if empty:
        long = long[long["label"].notna()]
        notes.append((
            f"{name}: {empty} empty label(s) ignored",
            f"{name}: {empty} leere Codes ignoriert",
        ))
    long["label"] = long["label"].astype(int)
    long = long.drop_duplicates()
    conflicts = long.duplicated(["article_id", "sent_id", "coder", "category"], keep=False)
    if conflicts.any():
        first = long[conflicts].iloc[0]
        raise InputError(
            f"{name}: coder {first['coder']} gives sentence {first['sent_id']} of {first['article_id']} "
            f"two different {first['category']} labels"
        )
    return long.reset_index(drop=True)


def _set_hint(unknown: Iterable[str], known: tuple[str, ...]) -> str:
    """A hint naming the other set of categories when it knows the unknown ones."""
    for name, categories in CATEGORY_SETS.items():
        if categories != known and set(unknown) <= set(categories):
            return f" (the {name} categories: use --categories {name})"
    return ""


def _require(frame: pd.DataFrame, needed: Iterable[str], name: str) -> None:
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise InputError(f"{name} lack the column(s) {', '.join(missing)}")


# Whole numbers up to 2**53 are exact as floats; larger sentence numbers would be merged with their neighbours.
_LARGEST_SENT_ID = 2**53


def _integers(values: pd.Series, name: str) -> pd.Series:
    """Non-negative whole numbers as int64; InputError for anything else, naming the first bad value."""
    expected = f"non-negative integers up to {_LARGEST_SENT_ID:,}"
    numeric = _floats(values, name, expected)
    bad = values[numeric.isna() | (numeric != np.round(numeric)) | (numeric < 0) | (numeric > _LARGEST_SENT_ID)]
    if len(bad):
        raise InputError(f"{name} must be {expected}; found {_scalar(bad.iloc[0])!r}")
    return numeric.astype("int64")


def _floats(values: pd.Series, name: str, expected: str) -> pd.Series:
    """``values`` as floats, NaN for what is not a number; InputError for an integer beyond the range of
    a float (more than 308 digits), which pandas cannot convert."""
    try:
        return pd.to_numeric(values, errors="coerce").astype(float)
    except OverflowError:
        raise InputError(f"{name} must be {expected}; found a number too large to compute with") from None


def _labels(values: pd.Series, name: str) -> pd.Series:
    """0/1 labels as floats (NaN for empty); InputError for anything else."""
    if pd.api.types.is_bool_dtype(values):
        values = values.astype("Int64")
    numeric = _floats(values, f"{name}: labels", "0 or 1")
    bad = values[(numeric.isna() & values.notna()) | (numeric.notna() & ~numeric.isin((0.0, 1.0)))]
    if len(bad):
        raise InputError(f"{name}: labels must be 0 or 1; found {_scalar(bad.iloc[0])!r}")
    return numeric


def _item_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``article_id`` (str) and ``sent_id`` (int64) of ``frame``, with plain dtypes so keys compare."""
    return pd.DataFrame(
        {
            "article_id": frame["article_id"].astype(str).to_numpy(dtype=object),
            "sent_id": frame["sent_id"].to_numpy(dtype="int64"),
        }
    )


def _pair_label(pair: str, a: Any, b: Any, de: bool) -> str:
    if pair == ALL_HUMANS:
        return "alle Codierer" if de else ALL_HUMANS
    return f"{a} vs. {b}" if de else pair


def _alpha_text(alpha: float, de: bool) -> str:
    if alpha is None or math.isnan(alpha):
        return "nicht bestimmbar" if de else "undefined"
    return alpha_band(alpha, "de" if de else "en")


def _kappa_text(kappa: float, de: bool) -> str:
    if kappa is None or math.isnan(kappa):
        return "nicht bestimmbar" if de else "undefined"
    return kappa_band(kappa, "de" if de else "en")


def _lang_is_de(lang: str) -> bool:
    code = lang.strip().lower().split("-", 1)[0]
    if code not in ("en", "de"):
        raise ConfigError(f"language must be en or de, not {lang!r}")
    return code == "de"


def _scalar(value: Any) -> Any:
    """A numpy scalar as the Python value, so messages show ``2``, not ``np.int64(2)``."""
    return value.item() if isinstance(value, np.generic) else value


def _fmt(value: Any, de: bool = False) -> str:
    """Three decimals (a decimal comma in German); a dash for an undefined value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:.3f}"
    return text.replace(".", ",") if de else text


__all__ = [
    "ALL_HUMANS",
    "CATEGORIES",
    "CATEGORY_SETS",
    "NEEDED_COLUMNS",
    "VOICES",
    "QUELLCHECK_CODER",
    "AgreementResult",
    "agreement",
    "alpha_band",
    "kappa_band",
    "quellcheck_codes",
]
