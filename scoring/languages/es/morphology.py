"""Spanish inflection for lexicon entries: the forms a lemma takes in running text.

Lexicons list lemmas (and the principal parts of irregular verbs); these
functions expand them, so that matching stays a dictionary lookup per token.
Rules follow standard Spanish grammar (RAE & ASALE 2009, *Nueva gramática*,
chapters 3–4 on number and gender, 4 and 23 on conjugation):

* **nouns**: plural in -s after a vowel, -es after a consonant (-z → -ces,
  the written accent of -ón/-án/-én/-ín/-és/-ús dropped: *represión* →
  *represiones*); stress-shifting plurals (*régimen* → *regímenes*) are
  listed as extra forms. ``person`` nouns also take the feminine
  (*tirano* → *tirana*, *opresor* → *opresora*).
* **adjectives**: gender and number (*represivo, represiva, represivos,
  represivas*; *brutal, brutales*; *feroz, feroces*; *opresor, opresora*)
  and the absolute superlative in -ísimo.
* **verbs**: from the infinitive and, for irregular verbs, the present and
  preterite 3rd person singular and the participle: present, preterite,
  imperfect, future and conditional in the 3rd person (singular and plural)
  and in the 1st person, the participle in all genders and numbers, the
  gerund and the infinitive; irregular future stems (*dirá, sostendría,
  hará*) and the spelling changes before -é (*indiqué, llegué, alcancé*).

Not covered: the subjunctive and the imperative (reporting verbs are
indicative in news), enclitic pronouns (*diciéndolo*), and verb forms that a
lexicon does not list when they are irregular beyond the principal parts
(*digo*, *hice* are listed in the ``forms`` column).
"""

from __future__ import annotations

from collections.abc import Iterable

_ACCENT_DROP = str.maketrans("áéíóú", "aeiou")
_ACCENTED_ENDINGS = ("ón", "án", "én", "ín", "ús", "és")
# Irregular future/conditional stems, by the end of the infinitive (compounds follow their base:
# sostener -> sostendr-, predecir -> predir-, rehacer -> rehar-).
_FUTURE_STEMS = (
    ("tener", "tendr"), ("poner", "pondr"), ("venir", "vendr"), ("decir", "dir"), ("hacer", "har"),
    ("salir", "saldr"), ("valer", "valdr"), ("saber", "sabr"), ("poder", "podr"), ("querer", "querr"),
    ("haber", "habr"), ("caber", "cabr"),
)  # fmt: skip


def noun_forms(lemma: str, extra: Iterable[str] = (), person: bool = False) -> set[str]:
    """Singular and plural (and, for nouns of persons, the feminine) of a noun."""
    low = lemma.lower()
    forms = {low, *(e.lower() for e in extra)}
    forms.add(plural(low))
    if person:
        for feminine in _feminine(low):
            forms |= {feminine, plural(feminine)}
    return forms


def adjective_forms(lemma: str, extra: Iterable[str] = ()) -> set[str]:
    """Masculine and feminine, singular and plural, and the superlative in -ísimo."""
    low = lemma.lower()
    forms = {low, *(e.lower() for e in extra)}
    if low.endswith("o"):
        stem = low[:-1]
        forms |= {stem + "a", stem + "os", stem + "as"}
        sup = _superlative_stem(stem)
        forms |= {sup + ending for ending in ("ísimo", "ísima", "ísimos", "ísimas")}
    else:
        forms.add(plural(low))
        for feminine in _feminine(low):
            forms |= {feminine, plural(feminine)}
    return forms


def _superlative_stem(stem: str) -> str:
    """*rico* → *riquísimo*, *largo* → *larguísimo*, *feroz* never reaches here."""
    if stem.endswith("c"):
        return stem[:-1] + "qu"
    if stem.endswith("g"):
        return stem + "u"
    if stem.endswith("z"):
        return stem[:-1] + "c"
    return stem


def plural(word: str) -> str:
    """The regular plural of a noun or adjective."""
    if not word:
        return word
    last = word[-1]
    if last in "aeiouáéó" or word.endswith(("í", "ú")) and len(word) <= 3:
        return word + "s"
    if last in "íú":
        return word + "es"  # iraní -> iraníes, hindú -> hindúes
    if last == "z":
        return word[:-1] + "ces"
    if last in "sx" and len(word) > 3 and not word.endswith(_ACCENTED_ENDINGS):
        return word  # la crisis -> las crisis, el tórax
    if word.endswith(_ACCENTED_ENDINGS):
        return word[:-2] + word[-2].translate(_ACCENT_DROP) + word[-1] + "es"
    return word + "es"


def _feminine(word: str) -> list[str]:
    """Feminine forms of a masculine noun or adjective of persons (none when it has one form for both)."""
    if word.endswith("o"):
        return [word[:-1] + "a"]
    if word.endswith(("or", "ón", "án", "ín", "és")):
        return [word.translate(_ACCENT_DROP) + "a" if word[-2] in "óáíé" else word + "a"]
    if word.endswith("ote"):
        return [word[:-1] + "a"]
    return []


# --- verbs ------------------------------------------------------------------------------------------


def _stem_before_e(stem: str) -> str:
    """Spelling of an -ar stem before -é: *indic-* → *indiqu-*, *lleg-* → *llegu-*, *alcanz-* → *alcanc-*."""
    if stem.endswith("c"):
        return stem[:-1] + "qu"
    if stem.endswith("g"):
        return stem + "u"
    if stem.endswith("z"):
        return stem[:-1] + "c"
    return stem


def _before_front_vowel(stem: str) -> str:
    """*hiz-* + *-ieron* → *hicieron*: z is written c before e and i."""
    return stem[:-1] + "c" if stem.endswith("z") else stem


def future_stem(infinitive: str) -> str:
    """The stem of the future and the conditional (*dir-* for *decir*, *afirmar-* for *afirmar*)."""
    for ending, stem in _FUTURE_STEMS:
        if infinitive.endswith(ending) and not infinitive.endswith(("bendecir", "maldecir")):
            return infinitive[: len(infinitive) - len(ending)] + stem
    return infinitive.replace("ír", "ir")


def conjugation_class(infinitive: str) -> str:
    """``ar``, ``er`` or ``ir`` (``oír``, ``reír`` are -ir verbs)."""
    ending = infinitive[-2:].translate(_ACCENT_DROP)
    if ending not in ("ar", "er", "ir"):
        raise ValueError(f"not a Spanish infinitive: {infinitive!r}")
    return ending


def verb_forms(lemma: str, present_3sg: str = "", preterite_3sg: str = "", participle: str = "",
               extra: Iterable[str] = ()) -> dict[str, str]:  # fmt: skip
    """Map each form of a verb to its role.

    Roles: ``finite`` (3rd person indicative: present, preterite, imperfect, future; they take
    a subject), ``finite1`` (1st person singular and plural of the same tenses: the writer or a
    "we" speaks), ``conditional`` (3rd person conditional: *diría*, *afirmaría*), ``participle``
    (with *haber* a perfect, with *ser* a passive; all four forms), ``gerund`` and
    ``infinitive``. Empty principal parts are those of a regular verb. A pronominal lemma
    (*quejarse*) is conjugated without its *se*. ``extra`` forms (irregular 1st persons such as
    *digo*, *sostengo*) are finite1.
    """
    low = lemma.lower()
    base = low[:-2] if low.endswith("se") and len(low) > 4 else low
    cls = conjugation_class(base)
    stem = base[:-2]
    vowel_stem = stem.endswith(("a", "e", "o")) or stem.endswith("u") and not stem.endswith(("gu", "qu"))
    pres3 = (present_3sg or (stem + ("a" if cls == "ar" else "e"))).lower()
    if preterite_3sg:
        pret3 = preterite_3sg.lower()
    elif cls == "ar":
        pret3 = stem + "ó"
    else:
        pret3 = stem + ("yó" if vowel_stem else "ió")
    if participle:
        part = participle.lower()
    elif cls == "ar":
        part = stem + "ado"
    else:
        part = stem + ("ído" if stem.endswith(("a", "e", "o")) else "ido")
    fut = future_stem(base)

    roles: dict[str, str] = {}

    def put(role: str, *forms: str) -> None:
        for form in forms:
            roles.setdefault(form, role)

    # 3rd person: present, preterite, imperfect, future
    put("finite", pres3, pres3 + "n")
    if pret3.endswith("ió"):
        put("finite", pret3, pret3[:-2] + "ieron")
    elif pret3.endswith("yó"):
        put("finite", pret3, pret3[:-2] + "yeron")
    elif pret3.endswith("ó"):
        put("finite", pret3, pret3[:-1] + "aron")
    elif pret3.endswith("o"):  # strong preterite: dijo, sostuvo, hizo
        strong = pret3[:-1]
        put("finite", pret3, _before_front_vowel(strong) + ("eron" if strong.endswith("j") else "ieron"))
    else:
        put("finite", pret3)  # fue
    if cls == "ar":
        put("finite", stem + "aba", stem + "aban")
    else:
        put("finite", stem + "ía", stem + "ían")
    put("finite", fut + "á", fut + "án")
    put("conditional", fut + "ía", fut + "ían")
    # 1st person: present, preterite, imperfect, future
    first_present = pres3[:-1] + "o" if pres3[-1] in "ae" else pres3 + "o"
    vowel = {"ar": "a", "er": "e", "ir": "i"}[cls]
    put("finite1", first_present, stem + vowel + "mos")
    if pret3.endswith("o") and not pret3.endswith("ó"):
        strong = _before_front_vowel(pret3[:-1])
        put("finite1", strong + "e", strong + "imos")
    elif cls == "ar":
        put("finite1", _stem_before_e(stem) + "é", stem + "amos")
    else:
        put("finite1", stem + "í", stem + ("ímos" if vowel_stem else "imos"))  # creímos, oímos
    put("finite1", stem + ("ábamos" if cls == "ar" else "íamos"), fut + "é", fut + "emos", fut + "íamos")
    put("finite1", *(e.lower() for e in extra))
    # non-finite
    ps = part[:-1]
    put("participle", part, ps + "a", ps + "os", ps + "as")
    if cls == "ar":
        gerund = stem + "ando"
    elif pret3.endswith("ió") and cls == "ir":
        gerund = pret3[:-2] + "iendo"  # advirtió -> advirtiendo, pidió -> pidiendo
    elif cls == "ir" and pret3.endswith("o") and not pret3.endswith("ó") and "e" in stem:
        k = stem.rfind("e")
        gerund = stem[:k] + "i" + stem[k + 1 :] + "iendo"  # decir -> diciendo, prevenir -> previniendo
    elif pret3.endswith("yó") or vowel_stem:
        gerund = stem + "yendo"
    else:
        gerund = stem + "iendo"
    put("gerund", gerund)
    put("infinitive", base)
    return roles


def verb_all_forms(lemma: str, extra: Iterable[str] = ()) -> set[str]:
    """Every generated form of a regular verb lemma (for cue lexicons: "reprimir", "masacrar"); a pronominal
    lemma also with its enclitic *se* (see :func:`pronominal_forms`)."""
    roles = verb_forms(lemma, extra=extra)
    return set(roles) | pronominal_forms(lemma, roles)


def pronominal_forms(lemma: str, roles: dict[str, str]) -> set[str]:
    """The forms of a pronominal verb (*burlarse*) that carry its *se* in the same word: the infinitive
    (*burlarse*) and the gerund with its written accent (*burlándose*, *riéndose*). Empty for other verbs."""
    low = lemma.lower()
    if not (low.endswith("se") and len(low) > 4):
        return set()
    out = {low}
    for form, role in roles.items():
        if role != "gerund":
            continue
        for plain, accented in (("ando", "ándo"), ("iendo", "iéndo"), ("yendo", "yéndo")):
            if form.endswith(plain):
                out.add(form[: -len(plain)] + accented + "se")
                break
    return out
