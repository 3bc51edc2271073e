"""Inflection: expand the base forms written in the data files to every surface form.

Analysts write "Rosja", "poprzeć", "support", "russisch" once; texts say
"Rosji", "poparła", "supported", "russischen". Forms are generated ahead of
time (Morfeusz 2 for Polish, LemmInflect for English, ending rules for
German and for names no dictionary knows), so extraction itself is a plain
dictionary lookup and needs no analyser at run time.

Each generated form carries a few features the extractor uses:
``noun``/``verb`` (part of speech), ``neg`` (Polish negated gerunds and
participles, "niepoparcie"), ``imps`` (Polish impersonal "oskarżono"),
``ppas`` (passive participle), ``inf`` and the Polish cases a noun form
can have (``nom``, ``gen``, ...).
"""

from __future__ import annotations

from functools import cache, lru_cache

from kg.text import lower as fold

CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})
Form = tuple[str, frozenset[str]]  # folded surface form, features


@lru_cache(maxsize=1)
def _morfeusz():
    try:
        import morfeusz2
    except ImportError:  # pragma: no cover - morfeusz2 is a dependency
        return None
    return morfeusz2.Morfeusz(expand_tags=False, whitespace=morfeusz2.SKIP_WHITESPACES)


def _pl_features(tag: str) -> set[str]:
    parts = tag.split(":")
    pos = parts[0]
    feats: set[str] = set()
    if pos in ("subst", "depr", "ger", "ppron3", "ppron12"):
        feats.add("noun")
    elif pos in ("adj", "adja", "adjp"):
        feats.add("adj")
    elif pos in ("ppas", "pact"):
        feats.update(("adj", "verb"))
    elif pos in ("fin", "praet", "impt", "imps", "inf", "pcon", "pant", "bedzie", "winien", "pred"):
        feats.add("verb")
    if pos in ("imps", "ppas", "inf", "ger"):
        feats.add(pos)
    if "neg" in parts:
        feats.add("neg")
    for p in parts[1:]:
        for c in p.split("."):
            if c in CASES:
                feats.add(c)
    return feats


# Endings for Polish words Morfeusz does not know (foreign names: Ławrow, Pjongjang,
# Zełenski, Sybiha). Over-generation is harmless: a form only matters if a text has it.
_PL_RULES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("ski", (("ski", "nom"), ("skiego", "gen acc"), ("skiemu", "dat"), ("skim", "inst loc"),
             ("scy", "nom"), ("skich", "gen"))),
    ("cki", (("cki", "nom"), ("ckiego", "gen acc"), ("ckiemu", "dat"), ("ckim", "inst loc"))),
    ("ska", (("ska", "nom"), ("skiej", "gen dat loc"), ("ską", "acc inst"))),
    ("ia", (("ia", "nom"), ("ii", "gen dat loc"), ("ię", "acc"), ("ią", "inst"))),
    ("ja", (("ja", "nom"), ("ji", "gen dat loc"), ("ję", "acc"), ("ją", "inst"))),
    ("ka", (("ka", "nom"), ("ki", "gen"), ("ce", "dat loc"), ("kę", "acc"), ("ką", "inst"))),
    ("ga", (("ga", "nom"), ("gi", "gen"), ("dze", "dat loc"), ("gę", "acc"), ("gą", "inst"))),
    ("ha", (("ha", "nom"), ("hy", "gen"), ("sze", "dat loc"), ("hę", "acc"), ("hą", "inst"))),
    ("da", (("da", "nom"), ("dy", "gen"), ("dzie", "dat loc"), ("dę", "acc"), ("dą", "inst"))),
    ("ta", (("ta", "nom"), ("ty", "gen"), ("cie", "dat loc"), ("tę", "acc"), ("tą", "inst"))),
    ("ra", (("ra", "nom"), ("ry", "gen"), ("rze", "dat loc"), ("rę", "acc"), ("rą", "inst"))),
    ("la", (("la", "nom"), ("li", "gen dat loc"), ("lę", "acc"), ("lą", "inst"))),
    ("e", (("e", "nom"), ("ego", "gen acc"), ("emu", "dat"), ("em", "inst loc"))),
    # Arakczi, Arakczim; the bare form may be indeclinable ("pozycje Huti")
    ("i", (("i", "nom gen dat acc inst loc"), ("iego", "gen acc"), ("iemu", "dat"), ("im", "inst loc"))),
    ("a", (("a", "nom"), ("y", "gen"), ("i", "gen"), ("e", "dat loc"), ("ie", "dat loc"), ("ę", "acc"),
           ("ą", "inst"))),
    ("ko", (("ko", "nom"), ("ki", "gen"), ("ce", "dat loc"), ("kę", "acc"), ("ką", "inst"),
            ("ka", "gen"), ("kiem", "inst"))),
    ("o", (("o", "nom"), ("a", "gen"), ("u", "dat loc"), ("em", "inst"))),
    ("k", (("k", "nom"), ("ka", "gen acc"), ("kowi", "dat"), ("kiem", "inst"), ("ku", "loc"))),
    ("g", (("g", "nom"), ("ga", "gen acc"), ("gowi", "dat"), ("giem", "inst"), ("gu", "gen loc"))),
    ("", (("", "nom"), ("a", "gen acc"), ("u", "gen loc"), ("owi", "dat"), ("em", "inst"),
          ("ie", "loc"), ("y", "nom"), ("owie", "nom"), ("ów", "gen"))),
]
_PL_FUNCTION_TAGS = frozenset({"prep", "conj", "comp", "qub", "interj"})
_PL_INDECLINABLE_ENDINGS = ("y", "u", "é", "ó")


# The locative of a masculine name ending in a hard consonant softens it ("Bachmut" -> "w Bachmucie", "Ejlat" ->
# "Ejlacie", "Biełgorod" -> "Biełgorodzie", "Darfur" -> "Darfurze"); a soft final consonant is written with "i"
# before a vowel ("Chersoń" -> "Chersonia", "Chersoniu", "Chersoniem").
_PL_LOCATIVE = (("st", "ście"), ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("ł", "le"))
_PL_SOFT = (("ń", "ni"), ("ś", "si"), ("ź", "zi"), ("ć", "ci"))


def _pl_rule_forms(word: str) -> list[Form]:
    low = word.lower()
    if low.endswith(_PL_INDECLINABLE_ENDINGS) and not low.endswith(("ski", "cki")):
        return [(fold(word), frozenset({"noun"}))]
    soft = next((stem for end, stem in _PL_SOFT if low.endswith(end)), None)
    if soft is not None:
        stem = word[:-1] + soft
        return [(fold(word), frozenset({"noun", "nom", "acc"}))] + [
            (fold(stem + e), frozenset({"noun", *cases.split()}))
            for e, cases in (("a", "gen acc"), ("u", "loc"), ("owi", "dat"), ("em", "inst"))]
    for suffix, endings in _PL_RULES:
        if low.endswith(suffix):
            stem = word[: len(word) - len(suffix)] if suffix else word
            out = [(fold(stem + e), frozenset({"noun", *cases.split()})) for e, cases in endings]
            softened = next(((end, loc) for end, loc in _PL_LOCATIVE if low.endswith(end)), None)
            if softened is not None and not suffix:
                out.append((fold(word[:len(word) - len(softened[0])] + softened[1]), frozenset({"noun", "loc"})))
            return out
    return [(fold(word), frozenset({"noun"}))]  # pragma: no cover - "" always matches


def _agglutinated(orth: str, tag: str) -> tuple[str, ...]:
    """First- and second-person past forms of a past-tense form: "przekazali" -> "przekazaliśmy",
    "przekazał" -> "przekazałem", "poparła" -> "poparłam" (Morfeusz generates the person ending as a
    segment of its own, so the joined forms a text writes are not among its forms)."""
    if not tag.startswith("praet:"):
        return ()
    if orth.endswith(("li", "ły")):
        return orth + "śmy", orth + "ście"
    if orth.endswith("ła"):
        return orth[:-1] + "am", orth[:-1] + "aś"
    if orth.endswith("ł"):
        return orth + "em", orth + "eś"
    return ()


#: Morfeusz tag classes by which a lexicon lemma is a form of another lemma it should bring along: the gerund
#: or participle of a verb ("wsparcie" of "wesprzeć", "walczący" of "walczyć") or an adjective's form.
_KIN_TAGS = ("ger", "pact", "ppas", "adj")


def _kin_lemmas(word: str, analyses) -> set[str]:
    """The other lemmas a word given as a lemma brings its paradigm from: those it is a gerund, participle,
    adjective or plural form of ("wojska" of "wojsko", "użyć" of "użycie"). Not a homograph's: a singular
    noun form or a verb form of an unrelated word ("broń" is also the imperative of "bronić", "krytyka" the
    genitive of "krytyk", "dostawa" a form of "dostawać", "starcie" the locative of "start")."""
    out: set[str] = set()
    for _s, _e, (_orth, lemma, tag, *_rest) in analyses:
        lemma = lemma.split(":")[0]
        parts = tag.split(":")
        if lemma != word and (parts[0] in _KIN_TAGS or parts[0] == "subst" and "pl" in parts):
            out.add(lemma)
    return out


@cache
def pl_forms(word: str, proper: bool = False) -> tuple[Form, ...]:
    """Every Polish form of ``word`` (a lemma or any form of it) with its features."""
    m = _morfeusz()
    out: dict[str, set[str]] = {}
    lemmas: set[str] = set()
    if m is not None and not word.isupper():
        analyses = m.analyse(word)
        if any(a[1] > 1 for a in analyses):
            analyses = []  # "asz-Szajbani", "F-16": several segments; treat as an unknown word
        if any(a[2][2].split(":")[0] in _PL_FUNCTION_TAGS for a in analyses):
            return ((fold(word), frozenset()),)  # prepositions, conjunctions, particles: as written
        for _s, _e, (_orth, lemma, tag, *_rest) in analyses:
            if tag != "ign":
                lemmas.add(lemma.split(":")[0])
    capitalized = {lem for lem in lemmas if lem[:1].isupper()}
    adjectival = {a[2][1].split(":")[0] for a in analyses if a[2][2].split(":")[0] in ("adj", "ppas")} \
        if m is not None and not word.isupper() else set()
    if proper:
        # Proper names keep their capitalized lemmas ("Niemcy", not "niemiec") and adjectives
        # ("Wielka" Brytania is "wielki", not the surname "Wielek"); a name that only has a
        # common-word reading ("Kim" = whom) also gets the name endings.
        lemmas = (capitalized | adjectival) or lemmas
    elif lemmas - capitalized:
        lemmas = lemmas - capitalized
        if word in lemmas:
            lemmas = {word} | _kin_lemmas(word, analyses)
    for lemma in sorted(lemmas):
        try:
            generated = m.generate(lemma)
        except RuntimeError:
            continue
        for orth, _lemma, tag, *_rest in generated:
            if proper and "neg" in tag.split(":"):
                continue
            if len(orth) < min(3, len(word)) or tag.startswith("brev"):
                continue  # abbreviations ("w." of "wielki", "pn." of "północny") are not names
            out.setdefault(fold(orth), set()).update(_pl_features(tag))
            for form in _agglutinated(orth, tag):  # "przekazaliśmy": Morfeusz keeps "śmy" apart
                out.setdefault(fold(form), set()).update(_pl_features(tag))
    if proper and word[:1].isupper() and not word.isupper():  # "Un" -> "Unem": dictionaries miss names
        for f, feats in _pl_rule_forms(word):
            out.setdefault(f, set()).update(feats)
    if not out:
        if word.isupper() or not word[:1].isalpha():
            return ((fold(word), frozenset({"noun"})),)
        if proper or word[:1].isupper():
            return tuple(sorted(_pl_rule_forms(word)))
        return ((fold(word), frozenset()),)
    out.setdefault(fold(word), set())
    return tuple(sorted((f, frozenset(v)) for f, v in out.items()))


@cache
def en_forms(word: str, proper: bool = False) -> tuple[Form, ...]:
    """English inflections (supported, supports, deliveries) with noun/verb/ppas features."""
    out: dict[str, set[str]] = {fold(word): set()}
    if proper or word[:1].isupper() or word.isupper():
        out[fold(word)] = {"noun"}
        if not word.endswith("s"):
            out.setdefault(fold(word) + "s", {"noun"})
        return tuple(sorted((f, frozenset(v)) for f, v in out.items()))
    from lemminflect import getAllInflections, getAllLemmas, getInflection

    lemmas = {word}
    for lems in getAllLemmas(word).values():
        lemmas.update(lems)
    for lemma in lemmas:
        infl = dict(getAllInflections(lemma))
        if "VB" in infl and "VBN" not in infl:  # regular verbs: the participle equals the past tense
            infl["VBN"] = tuple(getInflection(lemma, "VBN") or ())
        for tag, forms in infl.items():
            feats = {"noun"} if tag.startswith("NN") else {"verb"}
            if tag == "VBN":
                feats.add("ppas")
            if tag == "VBG":
                feats.add("prp")  # present participle: "…, accusing Ankara"
            if tag == "VB":
                feats.add("inf")
            for f in forms:
                out.setdefault(fold(f), set()).update(feats)
    if len(out) == 1 and len(word) > 3 and word[-1:].isalpha():  # not in LemmInflect: "airstrike", "tranche"
        out.setdefault(fold(_en_plural(word)), set()).add("noun")
    return tuple(sorted((f, frozenset(v)) for f, v in out.items()))


def _en_plural(word: str) -> str:
    """The regular plural of a noun the dictionary lacks (compounds and loans: "airstrikes", "tranches",
    "blocklists"); over-generation for adjectives is harmless, as no text has "seriouses"."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_DE_NOUN_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "ern")
_DE_LOWER_ENDINGS = ("", "e", "en", "er", "es", "em", "n", "t", "te", "ten", "tet", "et", "st", "ete", "eten")


@cache
def de_forms(word: str, proper: bool = False) -> tuple[Form, ...]:
    """German forms by ending rules (Russlands, russischen, unterstützte)."""
    if word.isupper():
        return ((fold(word), frozenset({"noun"})),)
    if proper or word[:1].isupper():
        return tuple(sorted({(fold(word + e), frozenset({"noun"})) for e in _DE_NOUN_ENDINGS}))
    stem = word
    for inf in ("en", "n", "e"):
        if word.endswith(inf) and len(word) > 4:
            stem = word[: -len(inf)]
            break
    return tuple(sorted({(fold(stem + e), frozenset()) for e in _DE_LOWER_ENDINGS} | {(fold(word), frozenset())}))


_GENERATORS = {"pl": pl_forms, "en": en_forms, "de": de_forms}


def word_forms(word: str, lang: str, proper: bool = False) -> tuple[Form, ...]:
    """Forms of one word; ``=word`` is literal (no inflection)."""
    if word.startswith("="):
        return ((fold(word[1:]), frozenset()),)
    gen = _GENERATORS.get(lang)
    if gen is None or not word[:1].isalnum():
        return ((fold(word), frozenset()),)
    return gen(word, proper)
