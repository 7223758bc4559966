"""Findings: the analysis turned into what an editor should look at, one rule per problem.

Each rule reads the rows quellcheck already produced (cues, attributions,
sources, claims, scores) and says where in the article text the problem is.
``quellcheck check`` prints findings like a compiler (``path:line:col:``), the
web app lists them beside the article. Rules, their default severities and
thresholds are configurable (:class:`CheckConfig`); a rule never looks at
anything but the tables, so a finding can always be traced to a row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reports.i18n_es import KIND_LABELS_ES, cue_explanation_es
from scoring.aggregation.findings_es import RULE_TEXTS_ES, SUGGESTION_ES
from scoring.languages.grammar import year_number
from scoring.languages.lexicon import bundled_lexicons, load_lexicon
from scoring.model.doc import Token
from scoring.results import ArticleAnalysis

if TYPE_CHECKING:
    from scoring.languages.base import Language

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Rule:
    """A check with its id, default severity and what it means (English and German)."""

    id: str
    severity: str
    title_en: str
    title_de: str
    explanation_en: str
    explanation_de: str
    enabled: bool = True


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("unattributed-figure", "warning", "Figure without a source", "Zahl ohne Quelle",
             "A claim with a number or amount that no source is named for: readers cannot check where it comes from.",
             "Eine Behauptung mit Zahl oder Betrag, für die keine Quelle genannt ist: Leser können nicht prüfen, woher sie stammt."),
        Rule("anonymous-source", "warning", "Anonymous source", "Anonyme Quelle",
             "The source is not named (\"informed circles\", \"a source\"): say why anonymity was granted and what the source knows.",
             "Die Quelle ist nicht genannt („informierte Kreise“, „eine Quelle“): begründen, warum sie anonym bleibt und was sie wissen kann."),
        Rule("vague-source", "warning", "Vague, unnamed source", "Vage, ungenannte Quelle",
             "The source is a group or a kind of document (\"analysts\", \"reports\", \"experts\") rather than someone who can be checked.",
             "Die Quelle ist eine Gruppe oder Textsorte („Analysten“, „Berichte“, „Experten“), nicht jemand, den man überprüfen kann."),
        Rule("second-hand-source", "warning", "Second-hand source only", "Quelle nur aus zweiter Hand",
             "The source is only known through another medium (\"according to X, cited by Y\"): check the original.",
             "Die Quelle ist nur über ein anderes Medium bekannt („laut X, zitiert von Y“): das Original prüfen."),
        Rule("reportative-sollen", "warning", "Hearsay without a source", "Hörensagen ohne Quelle",
             "A reportative form (German \"soll/sollen\", English \"is said to\", Spanish conditional) passes on a claim "
             "without saying who makes it: name the source.",
             "Eine berichtende Form („soll/sollen“, englisch „is said to“, spanisch Konditional) gibt eine Behauptung "
             "weiter, ohne zu sagen, wer sie aufstellt: die Quelle nennen."),
        Rule("loaded-term", "warning", "Loaded term", "Wertender Begriff",
             "A label, epithet or pejorative word in the writer's own voice: it judges instead of describing.",
             "Ein Etikett, Kampfbegriff oder abwertendes Wort in der Stimme des Autors: es wertet, statt zu beschreiben."),
        Rule("evaluative-term", "info", "Evaluative word", "Bewertendes Wort",
             "An evaluative adjective or intensifier in the writer's own voice (\"dramatic\", \"very\").",
             "Ein bewertendes Adjektiv oder Verstärker in der Stimme des Autors („dramatisch“, „sehr“).",
             enabled=False),
        Rule("scare-quote", "warning", "Scare quote", "Distanzierende Anführungszeichen",
             "Quotation marks around a word nobody is quoted as saying: they distance the writer without saying why.",
             "Anführungszeichen um ein Wort, das niemand gesagt haben soll: sie distanzieren, ohne zu begründen."),
        Rule("unsupported-booster", "warning", "Certainty without a source", "Gewissheit ohne Beleg",
             "The writer asserts certainty (\"clearly\", \"it is no coincidence\") without a source or evidence.",
             "Der Autor behauptet Gewissheit („unmissverständlich“, „es ist kein Zufall“) ohne Quelle oder Beleg."),
        Rule("foreign-fragment", "info", "Foreign-language fragment", "Fremdsprachiges Fragment",
             "A phrase in another language, probably from a source text: translate it and name where it comes from.",
             "Eine Wendung in einer anderen Sprache, vermutlich aus einem Quelltext: übersetzen und Herkunft nennen."),
        Rule("single-source", "warning", "Single source", "Nur eine Quelle",
             "Every attributed claim rests on the same source: add a second, independent one.",
             "Alle belegten Behauptungen stützen sich auf dieselbe Quelle: eine zweite, unabhängige ergänzen."),
        Rule("no-independent-source", "warning", "No independent source", "Keine unabhängige Quelle",
             "Every named source is a government, party, state medium or security body: add an independent voice "
             "(agency, independent media, expert, NGO, court).",
             "Alle genannten Quellen sind Regierungen, Parteien, Staatsmedien oder Sicherheitsbehörden: eine unabhängige "
             "Stimme ergänzen (Agentur, unabhängige Medien, Fachleute, NGO, Gericht)."),
    )
}  # fmt: skip
"""Every rule, by id."""

DEFAULT_THRESHOLDS: dict[str, float] = {
    "loaded-min-weight": 0.5,
    "booster-min-weight": 0.6,
    "single-source-min-claims": 3,
    "no-independent-source-min-sources": 2,
}
"""``loaded-min-weight``: labels and pejorative words weighing less (milder words) are not reported;
``single-source-min-claims``: a single-source article is reported only with at least this many
attributed claims; ``booster-min-weight``: weaker boosters (modal particles such as "ja", emphasis
such as "wirklich") are not reported; ``no-independent-source-min-sources``: only with at least this many named sources."""

INDEPENDENT_KINDS = frozenset(("independent_media", "news_agency", "expert", "ngo", "international_org", "judiciary", "company"))
"""Kinds of source that are not the state or a party (as in the source-diversity score)."""


@dataclass(frozen=True)
class CheckConfig:
    """Which rules run, at what severity, with which thresholds."""

    enable: frozenset[str] = frozenset()
    disable: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in (*self.enable, *self.disable, *self.severity):
            if name not in RULES:
                raise ValueError(f"unknown rule {name!r}; rules: {', '.join(RULES)}")
        for name, level in self.severity.items():
            if level not in SEVERITIES:
                raise ValueError(f"severity of {name} must be one of {', '.join(SEVERITIES)}, not {level!r}")
        for name, value in self.thresholds.items():
            if name not in DEFAULT_THRESHOLDS:
                raise ValueError(f"unknown threshold {name!r}; thresholds: {', '.join(DEFAULT_THRESHOLDS)}")
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise ValueError(f"threshold {name} must be a number, not {value!r}")

    def active(self, rule: str) -> bool:
        return rule not in self.disable and (RULES[rule].enabled or rule in self.enable)

    def level(self, rule: str) -> str:
        return self.severity.get(rule, RULES[rule].severity)

    def threshold(self, name: str) -> float:
        return float(self.thresholds.get(name, DEFAULT_THRESHOLDS[name]))


@dataclass(frozen=True)
class Finding:
    """One problem at one place: ``start``/``end`` are offsets into the article text; the message in
    English, German and Spanish (pick one with :func:`scoring.aggregation.findings_es.finding_message`)."""

    rule: str
    severity: str
    message: str
    message_de: str
    start: int
    end: int
    sent_id: int | None
    text: str
    suggestion: str | None = None
    message_es: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def find_findings(analysis: ArticleAnalysis, config: CheckConfig | None = None) -> list[Finding]:
    """Every finding of the active rules, in text order."""
    config = config or CheckConfig()
    found: dict[tuple[str, int, int], Finding] = {}
    for rule, check in _CHECKS.items():
        if config.active(rule):
            for finding in check(analysis, config):
                found.setdefault((finding.rule, finding.start, finding.end), finding)  # one per place
    credited = _credited_paragraphs(analysis)
    kept = [f for f in found.values() if f.rule in _ARTICLE_RULES or f.sent_id not in credited]
    return sorted(_said_again_in_the_body(kept, analysis), key=lambda f: (f.start, f.end, f.rule))


_ARTICLE_RULES = frozenset(("single-source", "no-independent-source"))  # about the article's sources as a whole
# a name in square brackets that ends a paragraph, alone or after the end of its last sentence
_CREDIT = re.compile(r"(?:^|[.!?“”\"’]\s*)\[[^\W\d][^\[\]\n]{0,40}\]$")


def _credited_paragraphs(analysis: ArticleAnalysis) -> set[int]:
    """The sentences (ids) of paragraphs that end with a source's name in square brackets, as a digest of other
    outlets' stories credits each item ("… rose 4 percent. [Reuters.]"): the paragraph is that source's text,
    quoted or summarised, and its wording, figures and certainty are the source's, not the writer's."""
    by_paragraph: dict[int, list[dict[str, Any]]] = {}
    for sent in analysis.sentences:
        by_paragraph.setdefault(sent["para_id"], []).append(sent)
    out: set[int] = set()
    for sentences in by_paragraph.values():
        if _CREDIT.search(str(sentences[-1]["text"]).strip()):
            out.update(s["sent_id"] for s in sentences)
    return out


_WORDING_RULES = frozenset(("vague-source", "anonymous-source", "reportative-sollen", "loaded-term"))


def _said_again_in_the_body(findings: list[Finding], analysis: ArticleAnalysis) -> list[Finding]:
    """The findings without those of a title or teaser (:func:`_titles`) that the body repeats: the same rule on the
    same word ("US-Vertreter: …" over "…, sagte ein US-Vertreter", "Firma soll …" over "… soll …"). A headline
    is short; the finding is reported where the body says it."""
    titles = _titles(analysis)
    body = [f for f in findings if f.sent_id not in titles]
    if len(body) == len(findings):
        return findings

    def repeated(finding: Finding) -> bool:
        words = _WORD.findall(finding.text.lower())
        if finding.rule not in _WORDING_RULES or not words:
            return False
        stem = words[-1][: max(_MIN_HEAD, len(words[-1]) - 2)]
        return any(other.rule == finding.rule and stem in other.text.lower() for other in body)

    return [f for f in findings if f.sent_id not in titles or not repeated(f)]


# --- rules ----------------------------------------------------------------------------------


def _finding(rule: str, config: CheckConfig, analysis: ArticleAnalysis, start: int, end: int, sent_id: int | None,
             detail_en: str = "", detail_de: str = "", suggestion: str | None = None, detail_es: str = "") -> Finding:  # fmt: skip
    spec = RULES[rule]
    text = analysis.text[start:end]
    message = f"{spec.title_en}: {_quoted(text, '“', '”')}" + (f" — {detail_en}" if detail_en else "")
    message_de = f"{spec.title_de}: {_quoted(text, '„', '“')}" + (f" — {detail_de}" if detail_de else "")
    message_es = f"{RULE_TEXTS_ES[rule][0]}: {_quoted(text, '«', '»')}" + (f" — {detail_es}" if detail_es else "")
    if suggestion:
        neutral = rule in ("loaded-term", "evaluative-term")
        message += f" ({'neutral' if neutral else 'suggestion'}: {suggestion})"
        message_de += f" ({'neutral' if neutral else 'Vorschlag'}: {suggestion})"
        message_es += f" ({SUGGESTION_ES['neutral' if neutral else 'suggestion']}: {suggestion})"
    return Finding(rule, config.level(rule), message, message_de, start, end, sent_id, text, suggestion, message_es)


def _quoted(text: str, opening: str, closing: str) -> str:
    """``text`` in quotation marks, unless it already stands in its own (a scare quote: „Sparkoalition“)."""
    short = _short(text)
    if len(text) >= 2 and text[0] in _OPENING_MARKS and text[-1] in _CLOSING_MARKS:
        return short
    return f"{opening}{short}{closing}"


_OPENING_MARKS = frozenset("„“”\"«»‚‘")
_CLOSING_MARKS = frozenset("“”\"«»‘’")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


Check = Callable[[ArticleAnalysis, "CheckConfig"], list["Finding"]]


def _cue_rule(rule: str, keep: Callable[[dict[str, Any], CheckConfig], bool]) -> Check:
    """A rule that reports every cue ``keep`` accepts."""

    def check(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
        out = []
        lang = analysis.article.get("lang")
        for cue in analysis.cues:
            if keep(cue, config):
                out.append(_finding(rule, config, analysis, cue["start"], cue["end"], cue["sent_id"],
                                    cue["explanation"], cue["explanation_de"], cue.get("suggestion"),
                                    cue_explanation_es(cue["category"], cue.get("subtype"), lang)))  # fmt: skip
        return out

    return check


LOADED_SUBTYPES = frozenset(("label", "pejorative"))
"""Loaded-lexicon subtypes reported as loaded terms; evaluative words and intensifiers are ``evaluative-term``."""


def _is_loaded_term(cue: dict[str, Any], config: CheckConfig) -> bool:
    return (cue["category"] == "loaded" and cue["voice"] == "author" and cue["rule"].startswith("loaded:")
            and cue["subtype"] in LOADED_SUBTYPES and cue["weight"] >= config.threshold("loaded-min-weight"))  # fmt: skip


def _is_evaluative(cue: dict[str, Any], config: CheckConfig) -> bool:
    return cue["category"] == "loaded" and cue["voice"] == "author" and not (
        cue["rule"].startswith("loaded:") and cue["subtype"] in LOADED_SUBTYPES
    )


def _is_reportative(cue: dict[str, Any], config: CheckConfig) -> bool:
    return cue["category"] == "hedge" and cue["subtype"] == "reportative" and cue["voice"] == "author"


def _reportative_without_source(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
    """Reportative cues in the writer's voice, except in a sentence whose claim a source backs: "Er soll sich
    gestritten haben" after "…, wie die Polizei berichtete" goes on with the police's report, and "Ab Mai soll
    das Album erscheinen. Das teilte der Sender mit." names its source after it."""
    by_attr = {a["attr_id"]: a for a in analysis.attributions}
    sourced = {c["sent_id"] for c in analysis.claims if c["attributed"] and c["attr_id"] is not None
               and by_attr.get(c["attr_id"], {}).get("source_text") and by_attr[c["attr_id"]]["form"] not in ("agentless", "reportative")}  # fmt: skip
    return [f for f in _cue_rule("reportative-sollen", _is_reportative)(analysis, config) if f.sent_id not in sourced]


def _is_booster(cue: dict[str, Any], config: CheckConfig) -> bool:
    return cue["category"] == "booster" and cue["voice"] == "author" and cue["weight"] >= config.threshold("booster-min-weight")


def _unsupported_booster(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
    """Boosters in the writer's voice, except in a question ("Did the council really vote?", "War er tatsächlich
    dort?"): a question vouches for nothing. (The cue still counts in the evaluative signal: a question with a
    booster is often rhetorical, the writer's stance.)"""
    questions = {s["sent_id"] for s in analysis.sentences if str(s["text"]).rstrip().rstrip("\"'“”»«„").endswith("?")}
    if _is_interview(analysis):
        questions |= _turn_sentences(analysis, questions)
    found = _cue_rule("unsupported-booster", _is_booster)(analysis, config)
    subjects = _language(analysis).first_person_subjects
    return [f for f in found if f.sent_id not in questions and not _in_a_report(f.start, f.end, analysis)
            and not _said_of_oneself(f, analysis, subjects)]  # fmt: skip


def _turn_sentences(analysis: ArticleAnalysis, questions: set[int]) -> set[int]:
    """The sentences (ids) of an interview's turns that vouch for nothing of the writer's. A turn opens with a
    speaker's label ("STANDARD:", "Lund:") and runs to the next label or the end of its paragraph, after which the
    writer may speak again. What a turn ending in a question puts before it is its premise, asked, not vouched for
    ("STANDARD: Das Land will natürlich keine Lager. Wie geht es weiter?"); a turn under a label that never asks is
    the guest's words to its last sentence ("Lund: Das war falsch. Klare Sache: Wir zahlen."). The interviewer's
    statement without a question stays the outlet's."""
    turns: list[tuple[str, list[int]]] = []
    paragraph = None  # the paragraph of the turn going on
    for sent in analysis.sentences:
        label = _TURN_LABEL.match(str(sent["text"]))
        if label:
            turns.append((label.group().strip(), []))
            paragraph = sent["para_id"]
        if turns and sent["para_id"] == paragraph:
            turns[-1][1].append(sent["sent_id"])
    asking = {label for label, sents in turns if sents[-1] in questions}
    return {i for label, sents in turns if sents[-1] in questions or label not in asking for i in sents}


_TURN_LABEL = re.compile(r"[^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,2}: ")


def _said_of_oneself(finding: Finding, analysis: ArticleAnalysis, subjects: frozenset[str]) -> bool:
    """Whether a first-person subject comes before the booster in its clause ("Wir werden selbstverständlich klagen",
    "stubborn, as I certainly am"): a speaker's certainty about their own intent or nature, which no source could
    back. (Where a writer speaks so in a report, the first person is what to flag; unmarked quotations read the
    same.) A first person after the booster is often everyone's ("clearly falls as we age"): not counted."""
    text = analysis.text
    sentence = next(s for s in analysis.sentences if s["sent_id"] == finding.sent_id)
    start = max(sentence["start"], *(text.rfind(mark, 0, finding.start) + 1 for mark in _CLAUSE_MARKS))
    return any(word.lower() in subjects for word in _WORD.findall(text[start : finding.start]))


_CLAUSE_MARKS = (",", ";", ":", "(", ")", "–", "—", "\"", "„", "“", "”")


def _in_a_report(start: int, end: int, analysis: ArticleAnalysis) -> bool:
    """Whether a cue belongs to a report of someone else's: it stands between commas between the report's source and
    verb ("Officials, in fact, insist …"), or right before a frame of source and verb set off from the message ("Of
    course, the mayor said, “…”"). Then it is the source's certainty, or the writer's about what a named source
    said. (A cue inside the message is in the source's voice already.)"""
    text = analysis.text
    for attr in analysis.attributions:
        if attr.get("source_start") is None or attr.get("cue_start") is None or attr["form"] in _NO_REPORT_FORMS \
                or attr.get("source_kind") == "author":  # fmt: skip
            continue
        first, last = sorted((attr["source_start"], attr["cue_start"]))
        if first <= start < last and text[:start].rstrip().endswith(",") and text[end:].lstrip().startswith(","):
            return True
        if end <= first and not _WORD.search(text[end:first]) and _parenthetical(attr, text):
            return True
    return False


def _parenthetical(attr: dict[str, Any], text: str) -> bool:
    """Whether source and verb are a frame set off from the message after them ("…, the mayor said, “…”")."""
    if attr.get("content_start") is None or attr.get("cue_end") is None or attr["content_start"] < attr["cue_end"]:
        return False
    return any(mark in text[attr["cue_end"] : attr["content_start"]] for mark in ",:")


_NO_REPORT_FORMS = frozenset(("agentless", "reportative", "declined"))


def _scare_quotes(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
    """Scare quotes, except in the title and teaser (:func:`_titles`): a headline quotes the people of its story
    without a verb of speech ('Minister „beunruhigt“ über Lage', 'Bürgermeister kritisiert „einseitige“ Reportage'),
    and names works and events in quotation marks; its marks are no distance of the writer's. (A text that is only a
    line or two has no body for a title to stand over.) Nor a quotation that opens the article: the name of the work it
    presents ('„Stadt im Wandel“ zeigt …') or a line of its people set over it, not the writer's distance."""
    titles = _titles(analysis)
    if all(s["sent_id"] in titles for s in analysis.sentences):
        titles = set()
    found = _cue_rule("scare-quote", lambda cue, config: cue["category"] == "scare_quote")(analysis, config)
    quoted = _reported_wording(analysis)
    speakers = {a["sent_id"] for a in analysis.attributions if a["form"] == "direct_quote" and a.get("source_text")}
    return [f for f in found if f.sent_id not in titles and f.sent_id not in speakers and analysis.text[: f.start].strip()
            and not any(a <= f.start < b for a, b in quoted)]  # fmt: skip


def _reported_wording(analysis: ArticleAnalysis) -> list[tuple[int, int]]:
    """The messages of reports of words or labels ("were told to “stay home”", "described as a “bold move”", "called
    them “freeloaders”"): quotation marks there give the words of the one reported, not the writer's distance.
    Messages of thoughts and perceptions ("expected", "saw") are no one's words. (A sentence that quotes a speaker
    gives the speaker's words in its other marks too: 'she praised the "brave" crews who "never gave up"'.)"""
    return [(int(a["content_start"]), int(a["content_end"])) for a in analysis.attributions
            if a.get("content_start") is not None and a.get("cue_type") in _REPORTED_WORDING]  # fmt: skip


_REPORTED_WORDING = frozenset(("speech", "writing", "according_to", "evaluation"))



def _language(analysis: ArticleAnalysis) -> Any:
    """The language pack of the article (``scoring.languages`` is imported when a rule first needs it, as before)."""
    from scoring.languages import get_language

    return get_language(analysis.article.get("lang", "de"))

def _points_back(attr: dict[str, Any]) -> bool:
    """Whether the attribution's source is its cue alone ("demnach", "dem Bericht zufolge" without the report): a
    word that points back to a source named before."""
    return attr.get("source_start") is not None and attr["source_start"] == attr.get("cue_start") and attr["source_end"] == attr.get("cue_end")


def _source_span(attr: dict[str, Any]) -> tuple[int, int]:
    if attr.get("source_start") is not None and attr.get("source_end") is not None:
        return int(attr["source_start"]), int(attr["source_end"])
    return int(attr["cue_start"]), int(attr["cue_end"])


_NO_SOURCE_KINDS = frozenset(("impersonal", "unresolved", "author"))


def _source_kind_rule(rule: str, prefixes: tuple[str, ...], kinds: frozenset[str],
                      exempt: Callable[[dict, str], bool] | None = None) -> Check:  # fmt: skip
    """A rule that reports attributions to sources with these id prefixes or (unnamed) kinds, except those ``exempt``
    takes out (given the attribution row and the article's language)."""

    def check(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
        out = []
        lang = analysis.article.get("lang", "de")
        self_mention = _language(analysis).self_mention
        names = {str(s["source_id"]): str(s["name"]) for s in analysis.sources}
        seen: set[tuple[int, str]] = set()
        starts: set[int] = set()  # where the sources reported begin
        hypothetical: set[str] = set()  # sources of reports that are only possible: what continues them is too
        passages = _sourced_passages(analysis)
        # a speaker's own name before the "ich"/"wir" it stands for ("Wir erwarten …, sagte ein Vertreter")
        for attr in sorted(analysis.attributions, key=lambda a: (a["sent_id"], (a.get("source_text") or "").lower() in self_mention)):
            if exempt is not None and exempt(attr, lang):
                continue
            source_id = attr.get("source_id") or ""
            if source_id and (attr["sent_id"], source_id) in seen:
                continue  # one source of one sentence is reported once
            if attr.get("source_kind") in _NO_SOURCE_KINDS:
                continue  # "man weiß", "stellte man vor": the impersonal pronoun, no source to name
            if attr["form"] == "declined":
                continue  # "prosecutors declined to proceed", "wollte sich nicht äußern": a refusal passes nothing on
            if _points_back(attr):
                continue  # "demnach" points back to a source, which is reported where it is named
            if source_id.startswith(prefixes) or (attr.get("source_kind") in kinds and not attr["named"]):
                if _counted_group(attr.get("source_text") or "", analysis):
                    continue  # "52 percent of voters", "Nine in 10 Democrats": a poll's result, not a vague source
                if _standing_in_polls(attr, analysis):
                    continue  # "leads in the polls": a standing described, no figure passed on
                if _denied(attr, analysis):
                    continue  # "wies einen Bericht zurück, wonach …": a report denied, not one the text relies on
                if _inside_named_statement(attr, analysis):
                    continue  # "Historikerin Anna Berg: Die Frauen sahen sich nicht als …": the historian's sourcing, not the writer's
                if _hypothetical_or_defining(attr, analysis) or attr["form"] == "continuation" and source_id in hypothetical:
                    hypothetical.add(source_id)
                    continue  # "voters would reject it", "journalists who criticized the company": nothing passed on
                if _demand_or_decision(attr, analysis):
                    continue  # "activists demanded that the flag come down": no claim passed on
                if _said_without_saying(attr, analysis):
                    continue  # "has heard what voters are saying", "reagiert darauf, was Kinder sagen": nothing passed on
                if _headline_of_a_named_source(attr, analysis):
                    continue  # "Poll: Senate races are tight" over an article that names the poll
                if attr["sent_id"] in passages and _bare_information(attr, analysis):
                    continue  # "Der Schaden betrage nach ersten Erkenntnissen …" after "…, teilte die Feuerwehr mit": hers
                if _named_right_after(attr, analysis):
                    continue  # "…, a fresh poll shows. The poll, run by the Lindqvist Institute, …"
                if _refers_back(attr, analysis, starts) or _one_described_one(attr, analysis):
                    seen.add((attr["sent_id"], source_id))  # (and the "wir" its words use for it)
                    continue  # "die Forscher" after "Forscher der Universität …": reported where they are introduced;
                    # "sagte der Däne" after the goalkeeper's name: someone the story identifies
                start, end = _source_span(attr)
                if start in starts:
                    continue  # a report going on in the next sentence, or the same mention taken longer ("a White House
                    # official who spoke" and "… who spoke anonymously"): reported where it stands
                name = names.get(source_id, "")
                if name and name.lower() not in analysis.text[start:end].lower():
                    # "nach eigenen Angaben": a span that stands for the source named elsewhere, which is said
                    out.append(_finding(rule, config, analysis, start, end, attr["sent_id"], f"that is: {name}", f"gemeint: {name}",
                                        detail_es=f"es decir: {name}"))  # fmt: skip
                else:
                    out.append(_finding(rule, config, analysis, start, end, attr["sent_id"]))
                seen.add((attr["sent_id"], source_id))
                starts.add(start)
        return out

    return check


def _refers_back(attr: dict, analysis: ArticleAnalysis, reported: set[int]) -> bool:
    """Whether a source is a definite description of people or a document the article has already introduced: its
    head noun stands earlier in the text and an article opens it ("die Forscher", "den Angaben zufolge", "the two
    lawmakers", "the survey shows"), or a demonstrative does ("That person said …", "these experts"). A vague group
    is reported where it is introduced; the definite mention points back to it, or to someone named there. A
    quantifier keeps it a group of its own ("the most experts", "die meisten Experten"), and a head noun new to the
    article keeps a generic collective ("the media") reported. The earlier mention must be a source reported there
    (its start in ``reported``) or named, carry a name ("Forscher der Universität Wien") or stand inside a phrase ("der
    unbekannte 35-Jährige"): a bare plural that opened a sentence and was never reported ("Forscher haben …
    entwickelt. Die Forscher sagen, …") is an unnamed group, reported at its first mention as a source."""
    language = _language(analysis)
    start = attr.get("source_start")
    words = _WORD.findall(attr.get("source_text") or "")
    if start is None or len(words) < 2:
        return False
    before = analysis.text[: int(start)]
    opener = words[0].lower()
    if opener not in language.definite_articles and opener not in language.demonstrative_determiners:
        return False
    end = int(attr.get("source_end") or start)
    if any(c.get("subtype") == "vague_quantifier" and c["start"] < end and c["end"] > int(start) for c in analysis.cues):
        return False  # "die meisten Experten": a vague quantifier makes a group of its own
    chunk = []  # the words up to the first link to an attachment ("der Arbeitgeber des Mannes": "Arbeitgeber")
    for word in words[1:]:
        low = word.lower()
        if language.is_word(low, "quantifier"):
            return False
        if chunk and (low in language.definite_articles or any(language.is_word(low, c) for c in _ATTACHMENT_CLASSES)):
            break
        chunk.append(word)
    head = chunk[-1] if chunk else ""
    if len(head) < _MIN_HEAD or not head[:1].isalpha():
        return False
    if opener in language.demonstrative_determiners and before.strip():
        return True  # "a source close to the mayor said. That person added …": a demonstrative points back whatever the noun
    if _document_cited_before(head, attr, analysis):
        return True  # "A Harbour Herald/Civic Pulse Poll finds … Fewer of them, the survey shows, …": that poll
    stem = head[: max(_MIN_HEAD, len(head) - 2)]  # "Forschern" and "Forscher", "lawmakers" and "lawmaker"
    earlier = [(a["source_start"], a["source_end"]) for a in analysis.attributions
               if a.get("source_start") is not None and a["source_start"] < int(start) and (a["source_start"] in reported or a["named"])]  # fmt: skip
    for found in re.finditer(rf"\b{re.escape(stem)}\w*", before, re.IGNORECASE):
        if any(a <= found.start() < b for a, b in earlier):
            return True  # "A person familiar with the plan said … That person said …": reported where introduced
        if _named_by_attachment(before[found.end() :], language):
            return True  # "Forscher der Universität Wien haben … Die Forscher sagen": the body names them
        if before[: found.start()].rstrip()[-1:] not in _CLAUSE_OPENINGS:
            return True  # "der bisher unbekannte 35-Jährige", "allen Bewerbern": someone the article introduced
    return False  # "Forscher haben … entwickelt. Die Forscher sagen": a bare plural opening a sentence, an unnamed group


def _one_described_one(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether a source is a definite description whose article or head marks one referent ("der Däne", "dem Opfer",
    "the spokeswoman"): news text takes up someone it names, or the one person its story is about, with such an
    epithet ("der Politologe", "der 40-Jährige", "der Mann" for the driver it reports on) whose head need not stand
    before. A vague source is a group or an indefinite someone; a quantifier or a plural keeps it one ("die meisten
    Experten", "die Menschenrechtler"), and an article that may be either ("die Norwegerin") proves nothing."""
    language = _language(analysis)
    start = attr.get("source_start")
    found = list(_WORD.finditer(attr.get("source_text") or ""))
    if start is None or len(found) < 2 or found[0].group().lower() not in language.definite_articles:
        return False
    end = int(attr.get("source_end") or start)
    if any(c.get("subtype") == "vague_quantifier" and c["start"] < end and c["end"] > int(start) for c in analysis.cues):
        return False
    if any(language.is_word(m.group().lower(), "quantifier") for m in found[1:]):
        return False
    tokens = [Token(i, m.start(), m.end(), m.group(), m.group().lower(), attr["sent_id"]) for i, m in enumerate(found)]
    genders = language.mention_genders(tokens)
    return bool(genders) and "pl" not in genders


def _named_right_after(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether the next :data:`_NAMING_REACH` sentences take up a source with the definite article and its head noun
    and name it there ("a fresh poll shows. The poll, run … by the Lindqvist Institute of
    Public Opinion, found …"): the lead keeps the name for the sentence after it. Another document of the same kind
    ("a Marist College poll") is not the one of the lead."""
    words = _WORD.findall(attr.get("source_text") or "")
    language = _language(analysis)
    if len(words) < 2 or words[0].lower() not in language.indefinite_articles:
        return False
    stem = words[-1].lower()[: max(_MIN_HEAD, len(words[-1]) - 2)]
    for other in analysis.attributions:
        later = _WORD.findall(other.get("source_text") or "")
        if other["named"] and attr["sent_id"] < other["sent_id"] <= attr["sent_id"] + _NAMING_REACH and len(later) >= 2 \
                and later[0].lower() in language.definite_articles and later[1].lower().startswith(stem):  # fmt: skip
            return True
    return False


_NAMING_REACH = 2  # sentences


def _document_cited_before(head: str, attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether a definite description headed by a noun of a document ("the survey", "der Bericht") follows an
    attribution to a named document of the same type ("A USA TODAY poll finds …", "laut einem Bericht der
    Kommission"): the description points back to it, under another word as often as not."""
    nouns = _language(analysis).grammar.lex.nouns
    entry = nouns.get(head.lower())
    if entry is None or entry[0] not in _DOCUMENT_TYPES:
        return False
    for other in analysis.attributions:
        if other["sent_id"] >= attr["sent_id"] or not other["named"] or other["form"] == "declined":
            continue
        words = _WORD.findall(f"{other.get('source_text') or ''} {other.get('cue') or ''}".lower())
        if any(w in nouns and nouns[w][0] == entry[0] for w in words):
            return True
    return False


def _named_by_attachment(after: str, language: Any) -> bool:
    """Whether the words right after a noun attach a name to it: a preposition, genitive link or article, perhaps an
    article, then a capitalised word that is no function word ("der Universität Wien", "of the Brookings Institution")."""
    words = _WORD.findall(after[:60])[:3]
    if not words or not (words[0].lower() in language.definite_articles
                         or any(language.is_word(words[0].lower(), c) for c in _ATTACHMENT_CLASSES[:2])):  # fmt: skip
        return False
    rest = words[1:]
    if rest and rest[0].lower() in language.definite_articles:
        rest = rest[1:]
    return bool(rest) and rest[0][:1].isupper() and not language.is_word(rest[0].lower(), "determiner")


def _bare_information(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether a source is only a noun of information with lower-case modifiers and no owner ("nach bisherigen
    Erkenntnissen", "den Angaben zufolge", "frühere Angaben"): in the passage of a named source
    (:func:`_sourced_passages`) it is that source's information, not a vague source of its own."""
    words = _WORD.findall(attr.get("source_text") or "")
    if not words or not (attr.get("source_id") or "").startswith("vague:"):
        return False
    nouns = _language(analysis).grammar.lex.nouns
    head = words[-1].lower()
    return head in nouns and nouns[head][0] == "information" and all(w.islower() for w in words[:-1])


_CLAUSE_OPENINGS = frozenset(("", ".", "!", "?", ":", ";", "\n", "\"", "„", "“", "”"))  # what stands before a bare noun opening a sentence
_ATTACHMENT_CLASSES = ("preposition", "genitive_link", "relative_pronoun")
_MIN_HEAD = 4  # letters: shorter head nouns ("Mann") are compared whole


_OWNER_LINK = re.compile(r"\s(?:at|of|from|der|des|vom|von|del|de)\s+(.+)$")


def _experts_of_a_named_body(attr: dict, lang: str) -> bool:
    """Researchers or experts of a named institution ("researchers at Stanford University", "Forscher der Universität
    Wien", "die Virologen des Bonner Universitätsklinikums"): not a vague group, the institution can be asked. In English a
    capitalised word after the link names it; where nouns are capitalised, two capitalised words or an acronym do
    ("Forscher der Universität" stays vague)."""
    if attr.get("source_kind") != "expert" or not (attr.get("source_id") or "").startswith("generic:"):
        return False  # people, not documents ("surveys of New Hampshire voters" stay vague)
    match = _OWNER_LINK.search(attr.get("source_text") or "")
    if match is None:
        return False
    owner = [w for w in match.group(1).split() if w[:1].isalpha()]
    if lang == "en":
        return any(w[:1].isupper() for w in owner)
    return sum(1 for w in owner if w[:1].isupper()) >= 2 or any(len(w) > 1 and w.isupper() for w in owner)


def _denied(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether the attribution's cue stands inside the message of a denial in the same sentence ("Der Minister
    dementierte einen Bericht, wonach …", "denied reports that …"): the report is passed on as denied."""
    cue = attr.get("cue_start")
    if cue is None:
        return False
    return any(
        other is not attr and other.get("cue_type") == "denial" and other["sent_id"] == attr["sent_id"]
        and other.get("content_start") is not None and other["content_start"] <= cue < other["content_end"]
        for other in analysis.attributions
    )  # fmt: skip


def _inside_named_statement(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether the attribution's cue stands inside the message of another report of the same sentence whose source
    is named: a report nested in a named speaker's words ("Historikerin Anna Berg: Die Frauen sahen sich nicht als …",
    "Laut Polizei sagten Zeugen, …") is that speaker's sourcing, which the writer cannot name better."""
    cue = attr.get("cue_start")
    if cue is None:
        return False
    return any(
        other is not attr and other["sent_id"] == attr["sent_id"] and other.get("named") and other["form"] in _STATEMENT_FORMS
        and other.get("content_start") is not None and other["content_start"] <= cue < other["content_end"]
        # the speaker's verb or colon before the nested report, or a quotation (a message read after its verb is the
        # reliable one: "…, while the ministry weighed in" must not take in the clause before it)
        and (other["form"] == "direct_quote" or other.get("cue_start") is not None and other["cue_start"] < cue
             and other["content_start"] >= other["cue_start"] and other.get("cue_type") in _WORDING_TYPES)
        and not (other.get("cue_start") is not None and attr.get("content_start") is not None
                 and attr["content_start"] <= other["cue_start"] < attr["content_end"])  # (not two reports each inside the other)
        for other in analysis.attributions
    )  # fmt: skip


_STATEMENT_FORMS = frozenset(("direct_quote", "indirect", "according_to"))
_WORDING_TYPES = frozenset(("speech", "writing", "according_to"))  # reports of words, not of thoughts ("You know …")
_WORD = re.compile(r"\w+")


# cue types whose attributions pass on no claim: a demand or a decision of a group is what they want or did, not a
# statement the writer relies on
_NO_CLAIM_CUE_TYPES = frozenset(("demand", "decision"))


def _demand_or_decision(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether an attribution reports what its source demands or decided (:data:`_NO_CLAIM_CUE_TYPES`) with the
    demand right after the cue or around it ("urged the governor to pay", "forderten die Freilassung"). A message
    that ends before the cue, or follows a comma or colon after it, is a statement all the same, whatever the verb
    ("…, wie Kritiker warnen", "Experten warnten, das Virus sei gefährlich", "Experten stimmen zu: …")."""
    if attr.get("cue_type") not in _NO_CLAIM_CUE_TYPES or attr.get("content_start") is None or attr.get("cue_end") is None:
        return False
    start, end = int(attr["content_start"]), int(attr["content_end"])
    cue_start, cue_end = int(attr["cue_start"]), int(attr["cue_end"])
    return end > cue_start and not any(mark in analysis.text[cue_end:start] for mark in ",:")


def _hypothetical_or_defining(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether a report is only a possibility (:func:`_hypothetical`) or defines the people it names, so that no
    claim is passed on from them: the cue in a relative clause right after the source, without a comma ("dirt on
    journalists who criticized the company": which journalists)."""
    if _hypothetical(attr, analysis):
        return True
    cue, source = attr.get("cue_start"), attr.get("source_start")
    if cue is None or source is None or attr.get("source_end") is None or source >= cue:
        return False
    language = _language(analysis)
    text = analysis.text
    if any(mark in text[source : max(attr["cue_end"], attr["source_end"])] for mark in ",;:.!?"):
        return False  # another clause between them
    named = _WORD.findall(text[source : attr["source_end"]])
    if len(named) == 1 and language.is_word(named[0].lower(), "relative_pronoun"):
        # the relative pronoun as the source ("journalists who criticized …"): defining without a comma before it
        return not text[:source].rstrip().endswith((",", "(", "—", "–", "-"))
    between = _WORD.findall(text[attr["source_end"] : cue])
    return bool(between) and language.is_word(between[0].lower(), "relative_pronoun")


def _hypothetical(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether a report is only a possibility: a modal of possibility in the clause of source and cue ("Many voters
    would reject the plan", "Viele Bürger würden das ablehnen"; the ``hypothetical`` function words) or an epistemic
    adverb of the hedges there ("Perhaps young voters prefer …": the writer's guess at what they think)."""
    cue, source = attr.get("cue_start"), attr.get("source_start")
    if cue is None or source is None or attr.get("source_end") is None:
        return False
    language = _language(analysis)
    text = analysis.text
    start, end = min(cue, source), max(attr["cue_end"], attr["source_end"])
    clause = text[start:end]
    if any(mark in clause for mark in ",;:.!?"):
        return False  # another clause between them: the modal may be the message's ("said they would …")
    # the words of the clause before the pair ("Das würden Kritiker bestreiten", "Das müssten auch die Bürger wissen")
    opening = max(text.rfind(mark, max(0, start - _CLAUSE_LOOKBACK), start) for mark in ",;:.!?")
    previous = text[max(opening + 1, start - _CLAUSE_LOOKBACK) : start]
    # the three words before, in lower case (not the month in "in May and …", nor a modal of an earlier clause)
    words = _WORD.findall(clause) + [w for w in _WORD.findall(previous)[-3:] if w.islower()]
    if attr.get("form") != "according_to" and any(language.is_word(w.lower(), "hypothetical") for w in words):
        return True  # (a modal beside "laut Experten" is the message's: "Das Land dürfte laut Experten …")
    return attr.get("form") != "according_to" and any(
        c["category"] == "hedge" and c["subtype"] == "epistemic_adverb" and start - len(previous) <= c["start"] and c["end"] <= end
        for c in analysis.cues
    )  # the writer's guess about the source ("Perhaps young voters prefer …", "Vielleicht fürchten Anleger …")


_CLAUSE_LOOKBACK = 40  # characters before a source and its cue searched for a modal of their clause


def _said_without_saying(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether the report is a free relative clause that names what its source says without saying it: a word of the
    ``free_relative`` class right before the source and its clause ending within :data:`_FREE_RELATIVE_TAIL` words
    after the cue ("the council has heard what residents are saying, …", "was die Anwohner zuvor gesagt haben."). When
    the clause goes on, or a colon follows, the words are given ("what the organisers estimated were about 5,000",
    "what his supporters have long said: …")."""
    source, cue_end = attr.get("source_start"), attr.get("cue_end")
    if source is None or cue_end is None or attr.get("cue_start") is None or attr["cue_start"] < source:
        return False
    text = analysis.text
    before = _WORD.findall(text[max(0, int(source) - _CLAUSE_LOOKBACK) : int(source)])
    if not before or not _language(analysis).is_word(before[-1].lower(), "free_relative"):
        return False
    rest = _CLAUSE_END.search(text, int(cue_end))
    end = rest.start() if rest is not None else len(text)
    return (rest is None or rest.group() != ":") and len(_WORD.findall(text[int(cue_end) : end])) <= _FREE_RELATIVE_TAIL


_CLAUSE_END = re.compile(r"[.,;:!?()]")
_FREE_RELATIVE_TAIL = 2  # words after the cue in a clause that ends there ("want to hear", "erzählt haben")


def _titles(analysis: ArticleAnalysis) -> set[int]:
    """The sentences that are headings, the first line of a plain text when it stands alone (its title), and the
    sentences before a dateline that opens the body near the start (a title and teaser run into one paragraph:
    "Zwölf Verletzte bei Busunfall. Graz – Bei einem Unfall …")."""
    heading = {s["sent_id"] for s in analysis.sentences if s["kind"] == "heading"}
    first = analysis.sentences[0] if analysis.sentences else None
    if first is not None and sum(1 for s in analysis.sentences if s["para_id"] == first["para_id"]) == 1:
        heading.add(first["sent_id"])
    for k, sent in enumerate(analysis.sentences[1 : _TEASER_SENTENCES + 1], start=1):
        if _opens_with_dateline(str(sent["text"])):
            heading.update(s["sent_id"] for s in analysis.sentences[:k])
            break
    return heading


_TEASER_SENTENCES = 4  # a title and a teaser before the dateline have at most this many sentences
_DASHES = ("–", "—", "-")


def _opens_with_dateline(text: str) -> bool:
    """Whether a sentence opens with a dateline: one to four capitalised words (a place, perhaps a region or an agency
    in parentheses: "Wien –", "New York/San Juan –", "DES MOINES, Iowa —", "LONDON (Reuters) -"), then a dash. A short
    word in lower case between two capitalised ones belongs to a place's name ("Neusiedl am See –", "St. Georgen im
    Attergau –")."""
    words = text.split()
    for j, word in enumerate(words[:5]):
        if word in _DASHES:
            return j > 0 and j + 1 < len(words)
        if not word.lstrip("(")[:1].isupper() and not _inside_a_place_name(words, j):
            return False
    return False


_PLACE_LINK = 3  # letters of a lower-case word inside a place's name ("am", "im", "an", "ob", "de")


def _inside_a_place_name(words: list[str], j: int) -> bool:
    return 0 < j < len(words) - 1 and len(words[j]) <= _PLACE_LINK and words[j].isalpha() and words[j - 1][:1].isupper() \
        and words[j + 1][:1].isupper()  # fmt: skip


def _headline_of_a_named_source(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether a vague source stands in a heading ("Poll: Senate races are tight", "Studie: …") of an article whose
    body names a source of the same kind: a headline is short, the body says whose poll it is."""
    heading = _titles(analysis)
    if attr["sent_id"] not in heading or attr.get("source_kind") in (None, "unknown"):
        return False
    return any(other["named"] and other.get("source_kind") == attr["source_kind"] and other["sent_id"] not in heading
               for other in analysis.attributions)  # fmt: skip


def _standing_in_polls(attr: dict, analysis: ArticleAnalysis) -> bool:
    """Whether an according-to attribution is a place "in" polls in general ("leads in the polls", "his rise in
    national polls", "liegt in Umfragen vorn"): the cue is a preposition and the source, polls in the plural of
    nobody named, and the sentence gives no figure of its own. Then nothing is passed on from a vague source."""
    cue, source = (attr.get("cue") or "").split(), (attr.get("source_text") or "").split()
    if attr.get("form") != "according_to" or len(cue) != len(source) + 1 or cue[1:] != source:
        return False
    names = [w for w in source[1:-1] if w[:1].isupper()]
    lang = analysis.article.get("lang", "de")
    if names and " ".join(w for w in source[:-1] if w[:1].isupper()).lower() not in _places(lang):
        return False  # a pollster named ("in the Lindqvist Institute polls"), not the polls of a place ("in North Dakota polls")
    language = _language(analysis)
    head = source[-1].lower()
    if not any(head != noun and head in language.forms_of(noun, "noun") for noun in language.poll_nouns):
        return False  # one poll ("in a new poll") or no poll at all
    sentence = next((row for row in analysis.sentences if row["sent_id"] == attr["sent_id"]), None)
    return sentence is not None and not language.has_figure(analysis.text[sentence["start"] : sentence["end"]])


@lru_cache(maxsize=None)
def _places(lang: str) -> frozenset[str]:
    """The names of countries and regions of a language pack (lower case): "in Iowa polls" names a place, no pollster."""
    places = {name.lower() for row in load_lexicon(lang, "countries").records() for name in (row["name"], *row["names"].split("|")) if name}
    if (lang, "regions") in bundled_lexicons():
        places |= {name.lower() for row in load_lexicon(lang, "regions").records() for name in (row["region"], *row["forms"].split("|")) if name}
    return frozenset(places)


def _counted_group(text: str, analysis: ArticleAnalysis) -> bool:
    """Whether a source phrase opens with a figure ("52 percent of voters", "Seventy-four percent of …", "Nine
    in 10 …", "70 Prozent der Bürger"): the people a poll counted, whose source is the poll."""
    words = text.split()
    if not words or not _language(analysis).has_figure(" ".join(words[:3]).replace("-", " ")):
        return False
    return "%" in words[0] or any(w.lower() in _SHARE_WORDS for w in words[1:4])


# words that make a figure a share of a group ("52 percent of", "nine in 10", "zwei von drei", "tres de cada cuatro")
_SHARE_WORDS = frozenset(("percent", "per", "prozent", "%", "of", "in", "von", "der", "de", "por", "ciento", "cada"))


def _second_hand(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
    """Sources cited only through an intermediary, never directly."""
    direct = {a["source_id"] for a in analysis.attributions if a.get("source_id") and not a.get("via_source_id")}
    out = []
    for attr in analysis.attributions:
        if _points_back(attr):
            continue  # "demnach" points back to a source, which is reported where it is named
        if _hypothetical(attr, analysis):
            continue  # what a source only might say, told by another ("would call her disloyal"): nothing passed on
        if attr.get("via_source_id") and attr.get("source_id") not in direct and not _via_in_message(attr, analysis.text):
            start, end = _source_span(attr)
            via = attr.get("via_text") or attr["via_source_id"]
            out.append(_finding("second-hand-source", config, analysis, start, end, attr["sent_id"],
                                f"cited via: {via}", f"zitiert über: {via}", detail_es=f"citada a través de: {via}"))  # fmt: skip
    return out


def _via_in_message(attr: dict[str, Any], text: str) -> bool:
    """Whether the intermediary read for a report is a phrase of its message ("The mayor's office said the
    Reuters story was unfair", "said she would welcome CNN's coverage"): what the source speaks about, not whom it spoke through."""
    via, start, end = attr.get("via_text") or "", attr.get("content_start"), attr.get("content_end")
    if not via or start is None or end is None or attr.get("cue_end") is None or start < attr["cue_end"]:
        return False  # (a message before its verb: the intermediary is named after it, "…, sagte sie der dpa")
    return via in text[int(start) : int(end)]


_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[%€$]|[^\W\d][\w.-]*")
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?")


@lru_cache(maxsize=None)
def _units(lang: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]] | None:
    """Units and counted nouns that make a number a statistic (``statistic_units``) and number nouns
    that are one on their own (``statistic_quantities``), if the language has them."""
    if (lang, "statistic_units") not in bundled_lexicons():
        return None
    entries = load_lexicon(lang, "statistic_units").entries
    quantities = load_lexicon(lang, "statistic_quantities").entries if (lang, "statistic_quantities") in bundled_lexicons() else ()
    return (frozenset(e for e in entries if not e.endswith("*")), tuple(e[:-1] for e in entries if e.endswith("*")),
            frozenset(quantities))  # fmt: skip


# a number that begins a compound of two or more words ("die 900-Einwohner-Gemeinde", "500-Euro-Scheine", "ein
# 24-Stunden-Streik"): it describes the thing named, it states no figure of its own
_NUMBER_COMPOUND = re.compile(r"\b\d[\d.,]*-\w+-\w+")
# two numbers with "x" between them are the dimensions of a thing ("1.920 x 1.080 Pixel", "a 12 x 8 metre hall")
_DIMENSIONS = re.compile(r"\b\d[\d.,]*\s?[x×]\s?\d[\d.,]*")


_CURRENCIES = frozenset(("euro", "euros", "€", "cent", "dollar", "dollars", "dólares", "$", "us-dollar", "franken", "pfund",
                         "pounds", "£", "rubel", "yen", "pesos"))  # fmt: skip


@lru_cache(maxsize=None)
def _price_endings(language: Language) -> tuple[str, ...]:
    """The price words long enough to end a compound ("gebühr" in "Grundgebühr"), for languages that write compounds
    as one word; none elsewhere ("fee" would match "coffee")."""
    return tuple(w for w in language.price_words if len(w) >= 5) if language.nouns_capitalised else ()


def _price(tokens: list[str], i: int, language: Language) -> bool:
    """Whether the number at ``tokens[i]`` is an amount of money given as a price or a fine: a currency after it,
    no scale word ("Millionen") after it, and a price word near it or a price preposition right before it."""
    after = [t.lower().rstrip(".") for t in tokens[i + 1 : i + 3]]
    upper = next((j for j in range(i + 1, min(len(tokens), i + 4)) if _NUMBER.fullmatch(tokens[j])), None)
    if upper is not None and not any(t in _CURRENCIES for t in after):
        after = [t.lower().rstrip(".") for t in tokens[upper + 1 : upper + 3]]  # a range: "von 1.200 bis über 2.500 Euro"
    if not any(t in _CURRENCIES for t in after) and not (i > 0 and tokens[i - 1] in _CURRENCIES):
        return False
    if any(t in language.amount_scale_words for t in after):
        return False
    near = [t.lower().rstrip(".:") for t in tokens[max(0, i - 6) : i + 5]]
    if any(t in language.price_words or t.endswith(_price_endings(language)) for t in near):
        return True  # also compounds on a price word: "Grundgebühr", "Parkstrafe"
    if any(t in language.cost_words for t in near) and _amount(tokens[i]) < PRICE_LIMIT:
        return True  # "kostet im Vorverkauf knapp 900 Euro", "muss 90 Euro bezahlen": what a product or a fine costs
    before = i - 1
    while before > 0 and tokens[before].lower().rstrip(".") in language.approximators:
        before -= 1  # "ab rund 1.200 Euro", "für etwa 30 Euro"
    if before >= 1 and tokens[before].lower() in _CURRENCIES and _NUMBER.fullmatch(tokens[before - 1]):
        return _price(tokens, before - 1, language)  # "für 220 Dollar (rund 198 Euro)": the same price, converted
    return before >= 0 and before < i and tokens[before].lower() in language.price_prepositions


PRICE_LIMIT = 10_000
"""Amounts of money below this are prices with a verb of costing; larger ones are figures to source."""


def _amount(token: str) -> float:
    """The value of a number token written with thousands separators and a decimal comma or point ("1.299",
    "14,99", "3,200.50"); infinity when it cannot be read."""
    digits = re.sub(r"[.,](\d{3})(?=[.,]|$)", r"\1", token).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return float("inf")


def is_statistic(text: str, lang: str) -> bool:
    """Whether a sentence states a statistic: a number with a unit or counted noun ("40 Millionen Euro",
    "12 Prozent", "200 Menschen"), a large number ("12.000") or a number noun ("Tausende von Kubanern").
    Years, scores, ages and dates are not."""
    units = _units(lang)
    if units is None:
        return bool(_NUMBER.search(text))
    exact, prefixes, quantities = units
    from scoring.languages import get_language

    language = get_language(lang)
    if language.threshold_pattern and _threshold(language).search(text.lower()):
        return False  # "It takes 1,237 delegates to win": a figure the rules set, not a count to source
    measures = language.measurement_units
    tokens = _TOKEN.findall(_DIMENSIONS.sub(" ", _NUMBER_COMPOUND.sub(" ", text)))
    for i, tok in enumerate(tokens):
        if tok.lower() in quantities and tok[0].isupper() and not (i > 0 and _NUMBER.fullmatch(tokens[i - 1])):
            return True  # "Tausende von Kubanern" (not "42 Millionen": the number before it is looked at)
        if not _NUMBER.fullmatch(tok):
            continue
        if year_number(tok) or _DATE.fullmatch(tok):
            continue  # a year or a date ("14.2.2016")
        if tok.isdigit() and len(tok) >= 5:
            continue  # an identifier (a build, post or order number, a phone number): news writes amounts with separators
        if any(nxt.lower().rstrip(".") in measures for nxt in tokens[i + 1 : i + 3]):
            continue  # a measurement: "auf 2.400 Metern", "35 Grad", "4.100 mAh"
        if i + 2 < len(tokens) and tokens[i + 1].lower().rstrip(".") in language.distance_units \
                and tokens[i + 2].lower() in language.distance_locators:  # fmt: skip
            continue  # a place or a moment by its distance: "35 Kilometer vor dem Ziel", "40 miles north of the capital"
        if any(near.lower().rstrip(".") in language.descriptive_amount_words for near in tokens[max(0, i - 2) : i + 5]):
            continue  # "mit 250.000 Euro dotiert", "dotado con 250.000 euros": what the prize is worth, not a statistic
        if _price(tokens, i, language):
            continue  # "UVP: 59,90 Euro", "für 220 Dollar", "Strafen zwischen 55 und 550 Euro": a tariff stated
        if re.fullmatch(r"[1-9]\d{0,2}([.,]\d{3})+([.,]\d+)?", tok):  # "12.000", "1.234,5"; not "0,606", "802.11"
            return True
        for nxt in tokens[i + 1 : i + 3]:
            low = nxt.lower()
            if low in exact or low.rstrip(".") in exact or low.startswith(prefixes):
                return True
    return False


# A named source covers the figures of the sentences around it in its paragraph: news names the source of
# a data release once ("…, teilte die Statistik Austria mit.") and goes on with its figures, or gives the
# figure first and the source in the next sentence. So many sentences after it, and the one before. Online
# news often gives every sentence a paragraph of its own: there the figures after the source run on across
# short paragraphs.
_PASSAGE_AFTER = 3
_SHORT_PARAGRAPH = 2  # sentences
_UNNAMED_KINDS = frozenset(("anonymous", "unresolved", "impersonal"))


def _sourced_passages(analysis: ArticleAnalysis) -> set[int]:
    """The sentences (ids) in the passage of a named source: from the sentence before its attribution to
    :data:`_PASSAGE_AFTER` sentences after it, within its paragraph; the sentences after it also across
    paragraphs of at most :data:`_SHORT_PARAGRAPH` sentences. A word that points back to a source after a named one
    ("Die meisten Unfälle gibt es demnach im Winter." sentences after "Laut dem Bericht des Verkehrsamts …") opens a passage
    of its own: the text goes on with the same source."""
    paragraph = {s["sent_id"]: s["para_id"] for s in analysis.sentences}
    size = Counter(paragraph.values())
    covered: set[int] = set()
    starts = {s["sent_id"]: s["start"] for s in analysis.sentences}
    attributed = {a["sent_id"] for a in analysis.attributions}
    first_named = min((a["sent_id"] for a in analysis.attributions if _names_source(a)), default=None)
    for a in analysis.attributions:
        if not (_names_source(a) or first_named is not None and first_named <= a["sent_id"] and _points_back(a)):
            continue
        sent_id = a["sent_id"]
        if _message_before(a, starts):
            covered |= _reported_before(sent_id, paragraph, attributed)
        for n in range(sent_id - 1, sent_id + _PASSAGE_AFTER + 1):
            if n not in paragraph:
                continue
            low, high = paragraph[sent_id], paragraph[n]
            if low == high or n > sent_id and all(size.get(para, 0) <= _SHORT_PARAGRAPH for para in range(low, high + 1)):
                covered.add(n)
    return covered


def _message_before(attr: dict[str, Any], starts: dict[int, int]) -> bool:
    """Whether the attribution's message stands before its own sentence: a pronoun that takes up what was said
    before ("Das teilte das Zollamt mit.")."""
    return attr.get("content_start") is not None and attr["content_start"] < starts.get(attr["sent_id"], 0)


def _reported_before(sent_id: int, paragraph: dict[int, int], attributed: set[int]) -> set[int]:
    """The sentences before ``sent_id`` that a report taking them up with a pronoun covers: back to another
    attribution, at most :data:`_PASSAGE_AFTER` sentences, within the paragraph. A lead of three sentences and then
    "Das teilte das Zollamt mit." reports the office's account of all three."""
    out = set()
    for n in range(sent_id - 1, sent_id - _PASSAGE_AFTER - 1, -1):
        if paragraph.get(n) != paragraph[sent_id] or n in attributed:
            break
        out.add(n)
    return out


def _names_source(attr: dict[str, Any]) -> bool:
    return attr["named"] and attr["form"] not in ("declined", "agentless") and attr["source_kind"] not in _UNNAMED_KINDS


def _unattributed_figures(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
    """Sentences with a statistic that no named source covers (:func:`_sourced_passages`). A match report
    (:func:`_match_report`) is left alone: its figures (the crowd, the points, the share of first serves won)
    are the record of a game played in public, which the reporter saw or took from the official score sheet. A title
    whose figures the body gives again is reported where the body gives them; so is the first sentence (a teaser run
    into the body without a dateline, or the lead) when sentences with a source give them."""
    if _match_report(analysis.text):
        return []
    by_id = {s["sent_id"]: s for s in analysis.sentences}
    lang = analysis.article.get("lang", "de")
    passages = _sourced_passages(analysis)
    titles = _titles(analysis)
    first = analysis.sentences[0]["sent_id"] if analysis.sentences else None
    sourced = {c["sent_id"] for c in analysis.claims if c["attributed"]}
    figures = {c["sent_id"] for c in analysis.claims if c["has_figure"] and is_statistic(by_id[c["sent_id"]]["text"], lang)}
    passages |= _figure_runs(analysis, passages, figures)
    passages |= _documents_referred_back(analysis, figures - passages)
    out = []
    for claim in analysis.claims:
        if claim["sent_id"] in passages:
            continue
        if claim["sent_id"] in titles and _figures_repeated(by_id[claim["sent_id"]], analysis):
            continue  # "Bei Anschlag starben 90 Menschen" over a body that gives the 90: reported where the body says it
        if claim["sent_id"] == first and _figures_repeated(by_id[first], analysis, passages | sourced):
            continue  # a teaser run into the body without a dateline, whose figures a source gives below
        if claim["sent_id"] in figures and not claim["attributed"]:
            sent = by_id[claim["sent_id"]]
            out.append(_finding("unattributed-figure", config, analysis, sent["start"], sent["end"], sent["sent_id"]))
    return out


def _match_report(text: str) -> bool:
    """Whether a text reports a match result: a score with the half-time score after it ("2:1 (1:0)"), or two
    scores written as a game's are ("2:1-Sieg", "98:112-Niederlage", sets "6:4, 6:7", periods "0:0,0:1"). One
    ratio alone ("keine 1:1-Wiedergabe") is no game."""
    if _HALF_TIME_SCORE.search(text):
        return True
    return len(_MATCH_SCORE.findall(text)) >= 2


_HALF_TIME_SCORE = re.compile(r"\b\d{1,3}:\d{1,3} \(\d{1,3}:\d{1,3}\)")
_MATCH_SCORE = re.compile(r"\b\d{1,3}:\d{1,3}(?:-[^\W\d]|, ?\d{1,3}:\d{1,3}\b)")


def _documents_referred_back(analysis: ArticleAnalysis, candidates: set[int]) -> set[int]:
    """The sentences among ``candidates`` that name, with the definite article, a document a sentence before cites as a
    source: a poll, study or report cited once and then described ("The survey reached 1,204 adults by phone", "Die
    Umfrage wurde unter 1.000 Personen durchgeführt"). Its figures are the cited document's."""
    if not candidates:
        return set()
    language = _language(analysis)
    nouns, definite = language.grammar.lex.nouns, language.definite_articles
    cited: dict[str, int] = {}  # a document noun -> the first sentence that cites it
    for a in analysis.attributions:
        if a["form"] == "declined":
            continue  # a refusal cites nothing
        for word in _WORD.findall(f"{a.get('source_text') or ''} {a.get('cue') or ''}".lower()):
            if word in nouns and nouns[word][0] in _DOCUMENT_TYPES:
                cited[word] = min(cited.get(word, a["sent_id"]), a["sent_id"])
    if not cited:
        return set()
    out = set()
    for sent in analysis.sentences:
        if sent["sent_id"] not in candidates:
            continue
        words = _WORD.findall(sent["text"].lower())
        for k, word in enumerate(words):
            if word in definite and any(w in cited and cited[w] < sent["sent_id"] for w in words[k + 1 : k + 4]):
                out.add(sent["sent_id"])
                break
    return out


_DOCUMENT_TYPES = frozenset(("report", "estimate", "document", "information"))  # statement-noun types that hold figures


def _figure_runs(analysis: ArticleAnalysis, passages: set[int], figures: set[int]) -> set[int]:
    """The sentences with figures that run on without a break from a figure in a named source's passage: a poll or
    a data release named once is followed by sentence after sentence of its figures ("In a poll by X, 50 percent …
    48 percent … Among Republicans, 27 percent …"). The run goes on within a paragraph and across paragraphs of at
    most :data:`_SHORT_PARAGRAPH` sentences, and ends at the first sentence without a figure."""
    paragraph = {s["sent_id"]: s["para_id"] for s in analysis.sentences}
    size = Counter(paragraph.values())
    run: set[int] = set()
    for sent_id in sorted(figures):
        before = sent_id - 1
        if sent_id in passages or before not in figures or not (before in passages or before in run):
            continue
        if paragraph.get(before) == paragraph.get(sent_id) or size.get(paragraph.get(sent_id), 0) <= _SHORT_PARAGRAPH:
            run.add(sent_id)
    return run


@lru_cache(maxsize=None)
def _threshold(language: Any) -> re.Pattern[str]:
    return re.compile(language.threshold_pattern)


def _figures_repeated(title: dict[str, Any], analysis: ArticleAnalysis, among: set[int] | None = None) -> bool:
    """Whether every number of a title is given again in another sentence of the article (one of ``among``, if given)."""
    numbers = set(_NUMBER.findall(title["text"]))
    body = " ".join(s["text"] for s in analysis.sentences
                    if s["sent_id"] != title["sent_id"] and (among is None or s["sent_id"] in among))  # fmt: skip
    return bool(numbers) and numbers <= set(_NUMBER.findall(body))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _real_sources(analysis: ArticleAnalysis) -> list[dict[str, Any]]:
    return [s for s in analysis.sources if s["kind"] != "author" and not s["source_id"].startswith("pronoun:")]


def _first_attribution_span(analysis: ArticleAnalysis, source_ids: set[str] | None = None) -> tuple[int, int, int | None]:
    """Where the first attribution to one of ``source_ids`` (any, if None) names its source: the first mention that is
    no pronoun ("Obama", not an earlier "he" resolved to him), else the first mention; else the first sentence."""
    language = _language(analysis)
    rows = [attr for attr in analysis.attributions if source_ids is None or attr.get("source_id") in source_ids]
    named = [attr for attr in rows if not _pronoun_mention(attr.get("source_text") or "", language)]
    for attr in named or rows:
        return (*_source_span(attr), attr["sent_id"])
    first = analysis.sentences[0]
    return first["start"], first["end"], first["sent_id"]


def _pronoun_mention(text: str, language: Any) -> bool:
    """Whether a source's mention is a pronoun ("he", "He’s", "it", "who", "sie"), which names nobody where it stands."""
    word = text.strip().split("’")[0].split("'")[0].lower()
    return " " not in word and any(language.is_word(word, cls) for cls in ("personal_pronoun", "relative_pronoun", "first_person"))


def _single_source(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
    sources = _real_sources(analysis)
    attributed = sum(1 for c in analysis.claims if c["attributed"])
    if len(sources) != 1 or attributed < config.threshold("single-source-min-claims"):
        return []
    if sources[0]["source_id"].startswith(("generic:", "vague:")):
        return []  # "all from Viele", "all from critics": no one to rely on, which vague-source tells
    if _is_interview(analysis):
        return []  # an interview ("STANDARD: …" / "Baumgartner: …"): one interviewee by design
    start, end, sent_id = _first_attribution_span(analysis, {sources[0]["source_id"]})
    return [_finding("single-source", config, analysis, start, end, sent_id,
                     f"{attributed} attributed claims, all from {sources[0]['name']}",
                     f"{attributed} belegte Behauptungen, alle von {sources[0]['name']}",
                     detail_es=f"{attributed} afirmaciones atribuidas, todas a {sources[0]['name']}")]  # fmt: skip


def _is_interview(analysis: ArticleAnalysis) -> bool:
    """Question-and-answer turns ("STANDARD: …" / "Baumgartner: …" at least twice)."""
    return sum(1 for a in analysis.attributions if a["form"] == "direct_quote" and a["cue"] == ":") >= 2


def _no_independent_source(analysis: ArticleAnalysis, config: CheckConfig) -> list[Finding]:
    named = [s for s in _real_sources(analysis) if s["named"] and s["kind"] not in ("unknown", "person", "anonymous")]
    named = [s for s in named if not _described_again(s, named, analysis)]
    if _voices(named) < config.threshold("no-independent-source-min-sources") or _is_interview(analysis):
        return []  # an interview asks one person: its other sources are only mentioned in the answers
    if any(s["kind"] in INDEPENDENT_KINDS for s in named):
        return []
    start, end, sent_id = _first_attribution_span(analysis, {s["source_id"] for s in named})
    kinds = ", ".join(sorted({s["kind"] for s in named}))
    kinds_es = ", ".join(sorted({KIND_LABELS_ES.get(s["kind"], s["kind"]) for s in named}))
    # the sources by name: the finding stands at the first one's mention, which may be a pronoun ("it", "er")
    names = ", ".join(s["name"] for s in named[:_NAMES_SHOWN]) + (", …" if len(named) > _NAMES_SHOWN else "")
    return [_finding("no-independent-source", config, analysis, start, end, sent_id,
                     f"{len(named)} named sources ({names}), kinds: {kinds}", f"{len(named)} genannte Quellen ({names}), Arten: {kinds}",
                     detail_es=f"{len(named)} fuentes con nombre ({names}), tipos: {kinds_es}")]  # fmt: skip


_NAMES_SHOWN = 4


def _described_again(source: dict[str, Any], named: list[dict[str, Any]], analysis: ArticleAnalysis) -> bool:
    """Whether a source is only a description ("the Vermont senator", "the vice president", "the former president")
    beside a source of the same kind with a name: where nouns are written in lower case, a name without a capitalised
    word but a place's. The description stands for someone named in the article, no voice of its own."""
    language = _language(analysis)
    if language.nouns_capitalised:
        return False
    lang = analysis.article.get("lang", "de")
    words = [w for w in _NAME_PARTS.split(str(source["name"])) if w and w.lower() not in _places(lang)]
    if not words or any(w[:1].isupper() for w in words):
        return False
    return any(other is not source and other["kind"] == source["kind"] and any(w[:1].isupper() for w in _NAME_PARTS.split(str(other["name"])))
               for other in named)  # fmt: skip


def _voices(sources: list[dict[str, Any]]) -> int:
    """How many distinct voices the sources are: a body whose name a speaker's name carries ("Pentagon" beside
    "Pentagon-Sprecher Tom Hale", "SPÖ" beside "SPÖ-Klubchef …", "Rechnungshof" beside "Landes-Rechnungshof")
    speaks with that speaker's voice and is not counted again."""
    parts = [set(_NAME_PARTS.split(str(s["name"]).lower())) for s in sources]
    cores = [[w for w in _NAME_PARTS.split(str(s["name"]).split(" (")[0].lower()) if w] for s in sources]
    carried = sum(1 for i, core in enumerate(cores) if core and any(j != i and parts[j] > set(core) for j in range(len(sources))))
    return len(sources) - carried


_NAME_PARTS = re.compile(r"[\s/-]+")


_CHECKS: dict[str, Check] = {
    "unattributed-figure": _unattributed_figures,
    "anonymous-source": _source_kind_rule("anonymous-source", ("anonymous:", "anon:"), frozenset(("anonymous",))),
    "vague-source": _source_kind_rule("vague-source", ("vague:", "generic:"), frozenset(), exempt=_experts_of_a_named_body),
    "second-hand-source": _second_hand,
    "reportative-sollen": _reportative_without_source,
    "loaded-term": _cue_rule("loaded-term", _is_loaded_term),
    "evaluative-term": _cue_rule("evaluative-term", _is_evaluative),
    "scare-quote": _scare_quotes,
    "unsupported-booster": _unsupported_booster,
    "foreign-fragment": _cue_rule("foreign-fragment", lambda cue, config: cue["category"] == "foreign"),
    "single-source": _single_source,
    "no-independent-source": _no_independent_source,
}
assert set(_CHECKS) == set(RULES)

__all__ = ["DEFAULT_THRESHOLDS", "RULES", "SEVERITIES", "CheckConfig", "Finding", "Rule", "find_findings"]
