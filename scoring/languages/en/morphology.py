"""English inflection for lexicon entries: the forms a lemma takes in running text.

Lexicons list lemmas (and irregular forms); these functions expand them so
that matching is a dictionary lookup per token. The rules are the regular
spelling rules of English inflection (Quirk et al. 1985, *A Comprehensive
Grammar of the English Language*, appendix I; Huddleston & Pullum 2002):

* nouns: plural and possessive -s, -es after sibilants and consonant + o,
  -ies after consonant + y ("party" → "parties"); irregular plurals are
  listed in the lexicon;
* adjectives: comparative and superlative -er/-est for words of one
  syllable and for two-syllable words in -y, -ow, -le, -er ("easy" →
  "easier"), with the final consonant doubled after a single short vowel
  ("big" → "bigger"); longer adjectives compare with "more"/"most" and keep
  their one form;
* verbs: 3rd person -s/-es/-ies, past and participle -ed (-d after e, -ied
  after consonant + y, doubled consonant after a stressed short vowel:
  "admit" → "admitted"), -ing (e dropped: "argue" → "arguing"); irregular
  past and participle forms come from the lexicon.

Consonant doubling depends on stress, which spelling does not show: it is
applied to one-syllable verbs and to verbs a lexicon marks with an
irregular form; "admit", "regret", "commit", "refer" and their like are
listed with their forms. Not covered: irregular comparison beyond what a
lexicon lists as extra forms (good/better).
"""

from __future__ import annotations

import re

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")
# one-syllable words ending in a single vowel + consonant double it: "big" -> "bigger", "plan" -> "planned"
_DOUBLING = re.compile(r"^[^aeiou]*[aeiou][bdgklmnprtv]$")
_SHORT_ADJECTIVE_ENDINGS = ("y", "ow", "le", "er")


def _syllables(word: str) -> int:
    """A rough syllable count from vowel groups (a silent final e does not count)."""
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def plural(noun: str) -> str:
    """The regular plural of a lower-case noun: "party" → "parties", "box" → "boxes"."""
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith(_SIBILANT_ENDINGS):
        return noun + "es"
    return noun + "s"


def noun_forms(lemma: str, extra: tuple[str, ...] = ()) -> set[str]:
    """The lemma, its regular plural and its possessive ("regime's"), plus listed forms.

    Multi-word entries ("cheap shot") inflect their last word. A lemma listed in
    the plural (a noun used only so) keeps its form and gets its possessive.
    """
    low = lemma.lower()
    forms = {low, *(e.lower() for e in extra)}
    head, _, last = low.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return forms  # listed in the plural ("critics"); its possessive apostrophe is a token of its own
    forms |= {prefix + plural(last), low + "'s", low + "’s"}
    return forms


def adjective_forms(lemma: str, extra: tuple[str, ...] = ()) -> set[str]:
    """The adjective, and its comparative and superlative where English inflects it."""
    low = lemma.lower()
    forms = {low, *(e.lower() for e in extra)}
    if " " in low or "-" in low:
        return forms
    syllables = _syllables(low)
    if syllables == 1 or (syllables == 2 and low.endswith(_SHORT_ADJECTIVE_ENDINGS)):
        if low.endswith("y") and len(low) > 1 and low[-2] not in _VOWELS:
            stem = low[:-1] + "i"
        elif low.endswith("e"):
            stem = low[:-1]
        elif syllables == 1 and _DOUBLING.match(low) and not low.endswith("w"):
            stem = low + low[-1]
        else:
            stem = low
        forms |= {stem + "er", stem + "est"}
    return forms


def third_person(verb: str) -> str:
    """"say" → "says", "push" → "pushes", "deny" → "denies"."""
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    if verb.endswith(_SIBILANT_ENDINGS) or verb.endswith("o") and not verb.endswith("oo"):
        return verb + "es"
    return verb + "s"


def _doubles(verb: str) -> bool:
    return _syllables(verb) == 1 and bool(_DOUBLING.match(verb)) and not verb.endswith(("w", "x", "y"))


def past(verb: str) -> str:
    """The regular past tense and participle: "claim" → "claimed", "deny" → "denied", "plan" → "planned"."""
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def gerund(verb: str) -> str:
    """The -ing form: "argue" → "arguing", "plan" → "planning", "see" → "seeing", "lie" → "lying"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def verb_paradigm(lemma: str, past_form: str = "", participle: str = "") -> dict[str, str]:
    """The forms of a verb (the first word of ``lemma``; the rest, a particle, is not inflected) and their role.

    Roles: ``base`` (infinitive and present tense other than 3rd singular: "say"),
    ``present`` (3rd singular: "says"), ``past`` ("said"), ``participle``
    ("written"), ``past_participle`` (a form that is both: "said", "claimed"),
    ``gerund`` ("saying"). ``past_form`` and ``participle`` override the regular
    forms (irregular verbs: "say" → "said", "write" → "wrote" / "written").
    """
    verb = lemma.lower().split()[0]
    simple_past = (past_form or past(verb)).lower()
    part = (participle or past_form or past(verb)).lower()
    doubled = simple_past == verb + verb[-1] + "ed"  # "admitted": the -ing form doubles as well
    roles = {verb: "base", third_person(verb): "present", (verb + verb[-1] + "ing" if doubled else gerund(verb)): "gerund"}
    if verb == "be":  # not a reporting verb, but keep the paradigm honest
        roles.update({"is": "present", "are": "base", "am": "base"})
    for form in simple_past.split("/"):
        roles.setdefault(form, "past")
    for form in part.split("/"):
        roles[form] = "past_participle" if roles.get(form) == "past" else roles.get(form, "participle")
    return roles
