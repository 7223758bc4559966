"""German inflection for lexicon entries: the forms a lemma takes in running text.

Lexicons list lemmas (and irregular forms); these functions expand them so
that matching is a dictionary lookup per token. Rules follow standard German
grammar (Duden-Grammatik): adjective declension and comparison, noun
genitive and plural endings, and verb conjugation from the principal parts
(present 3rd singular, past 3rd singular, past participle), including
separable particles ("weist … hin", "hinweist", "hinzuweisen").

Not covered: irregular comparison beyond what a lexicon lists as extra forms
(gut/besser), and umlaut plurals of nouns (listed as extra forms).
"""

from __future__ import annotations

_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def adjective_forms(lemma: str, extra: tuple[str, ...] = ()) -> set[str]:
    """Positive, comparative and superlative forms with all declension endings."""
    low = lemma.lower()
    forms = set(extra)
    if low.endswith("e"):  # feige, müde
        base = low[:-1]
        forms |= {low, base + "en", base + "er", base + "es", base + "em"}
        forms |= {base + "er" + e for e in _ADJ_ENDINGS} | {base + "ste" + e for e in ("", "n", "r", "s", "m")}
        return forms
    if low.endswith(("el", "er")) and not low.endswith(("ier", "eer")):  # dunkel -> dunkle
        short = low[:-2] + low[-1]
        forms |= {low} | {short + e for e in _ADJ_ENDINGS if e}
    else:
        forms |= {low + e for e in _ADJ_ENDINGS}
    forms |= {low + "er" + e for e in _ADJ_ENDINGS}
    sup = low + ("est" if low.endswith(("s", "ß", "z", "t", "d", "sch", "x")) else "st")
    forms |= {sup + e for e in ("e", "en", "er", "es", "em")}
    return forms


def noun_forms(lemma: str, extra: tuple[str, ...] = ()) -> set[str]:
    """The lemma with genitive and plural endings (-s, -es, -n, -en, -e) plus listed forms."""
    low = lemma.lower()
    forms = {low, *(e.lower() for e in extra)}
    if low.endswith(("a", "i", "o", "u", "y")):
        forms |= {low + "s"}
    elif low.endswith(("e", "el", "er")):
        forms |= {low + "s", low + "n"}
    elif low.endswith(("ismus", "ung", "heit", "keit", "schaft", "ion", "tät")):
        forms |= {low + "en", low + "s"} if not low.endswith("ismus") else {low}
    else:
        forms |= {low + "s", low + "es", low + "e", low + "en", low + "n"}
    return forms


def verb_forms(lemma: str, particle: str, present_3sg: str, past_3sg: str, participle: str) -> dict[str, str]:
    """Map each form of a verb to its role.

    Roles: ``finite`` (a finite form that carries the whole verb; the plain
    infinitive, which equals the 1st/3rd plural, is listed as finite too),
    ``finite_sep`` (a finite form of a separable verb without its particle: it
    counts only when the particle follows later in the clause), ``konj1`` (3rd
    person singular Konjunktiv I, which equals the 1st singular indicative),
    ``participle``, ``finite_or_participle`` (a form that is both, such as
    "bestätigt"), ``infinitive`` (the zu-infinitive of separable verbs),
    ``participle_apart`` (the plain participle of a verb whose adjective particle
    may stand apart: "gegeben" in "bekannt gegeben").
    """
    low = lemma.lower()
    base = low[len(particle) :] if particle and low.startswith(particle) else low
    stem = base[:-2] if base.endswith("en") else base[:-1]
    needs_e = stem.endswith(("t", "d")) or (stem.endswith(("m", "n")) and len(stem) > 1 and stem[-2] not in "aeiouäöülrmnh")
    pres3 = present_3sg.lower()
    past3 = past_3sg.lower()
    finite = {
        stem + "e",  # ich sage / er sage (Konjunktiv I)
        pres3,
        pres3[:-1] + "st" if pres3.endswith("t") and not pres3.endswith("st") else pres3,
        base,  # wir/sie sagen
        stem + ("et" if needs_e else "t"),
        past3,
        past3 + ("n" if past3.endswith("e") else "en"),
        past3 + ("st" if past3.endswith("e") else "est"),
    }
    roles: dict[str, str] = {}
    if particle:
        for form in finite:
            roles[form] = "finite_sep"
            roles[particle + form] = "finite"  # "…, dass er darauf hinweist"
        roles[particle + "zu" + base] = "infinitive"
        roles[low] = "finite"  # "…, dass sie darauf hinweisen", also the infinitive
    else:
        for form in finite:
            roles[form] = "finite"  # the base form is also 1st/3rd plural
    roles[(particle or "") + stem + "e"] = "konj1" if not particle else roles.get(particle + stem + "e", "finite")
    if not particle:
        roles[stem + "e"] = "konj1"
    if base.endswith("eln"):
        # "ich bezweifle", "er handle": verbs in -eln drop the e of the stem before the ending -e
        short = (particle or "") + stem[:-2] + "le"
        roles.setdefault(short, "konj1" if not particle else "finite")
        if particle:
            roles.setdefault(stem[:-2] + "le", "finite_sep")
    part = participle.lower()
    # "bestätigt", "argumentiert": 3rd person and participle look alike; context decides
    roles[part] = "finite_or_participle" if roles.get(part) == "finite" else "participle"
    if particle in _PARTICLES_WRITTEN_APART and part.startswith(particle):
        # "bekannt gegeben", "klar gemacht": the participle of the plain verb after its particle, written apart
        roles.setdefault(part[len(particle) :], "participle_apart")
    return roles


# adjectives (and "infrage") as particles, which the spelling rules allow apart from the participle ("bekannt gegeben" beside
# "bekanntgegeben", "klar gemacht", "offen gelegt"); the plain participle then counts only right after them
_PARTICLES_WRITTEN_APART = frozenset(("bekannt", "klar", "kund", "offen", "deutlich", "infrage"))
