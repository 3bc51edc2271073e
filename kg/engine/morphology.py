"""Morphological features for every token of a sentence.

Role rules need to know, for any word and not only for lexicon words, what it
can be: a noun in the genitive, a finite verb in the past, a passive
participle, a preposition governing the accusative. This stage gives every
token a :class:`Morph` — candidate parts of speech (Universal Dependencies
names: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, CCONJ, SCONJ, PRON, DET, NUM,
PART, PUNCT, X) and flat features (cases ``nom gen dat acc inst loc``,
``sg pl``, persons ``1 2 3``, verb forms ``fin past inf ppas pact pcon ger
imps impt cond``, ``perf imperf``, ``neg``, ``poss``, ``rel``).

Which analyser serves a language is data (the lexicon's ``[morphology]``
table): Morfeusz 2 for Polish, LemmInflect for English, the Hanover Tagger's
word analyser for German. Closed-class words listed there override the
analyser, so a language's function words (and the cases German articles
show) are edited in its lexicon, not here. Analyses are memoized per word
form: news vocabulary repeats, so after the first articles a token costs a
dictionary lookup.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from kg.text import Token

POS_TAGS = ("NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "NUM",
            "PART", "PUNCT", "X")
CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a large table or model is loaded: it is hundreds of thousands
    of containers, none of them garbage, and every few hundred made would start a collection that walks
    those made before (two full collections during the German and English analysers' loads alone cost
    about half a second, half of a one-article ``kg extract``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()  # what was loaded lives as long as the process: no collection need walk it again
            gc.enable()


#: ``Morph.only``'s argument tuples as sets, made once each.
_POS_SETS: dict[tuple[str, ...], frozenset[str]] = {}


@dataclass(frozen=True, slots=True)
class Morph:
    """What a token can be: candidate parts of speech, features, a lemma."""

    pos: frozenset[str]
    feats: frozenset[str] = frozenset()
    given: str = ""  # the lemma, when the analyser gave it with the reading
    #: the word and its best tag, when the analyser finds the lemma apart and only a rule that asks needs it
    #: (German: finding it costs as much as the tagging, and few words are asked for theirs)
    deferred: tuple[str, int] | None = field(default=None, repr=False, compare=False)

    @property
    def lemma(self) -> str:
        return self.given if self.deferred is None else _de_lemma(*self.deferred)

    def but(self, pos: frozenset[str], feats: frozenset[str]) -> Morph:
        """This reading with other parts of speech or features, and the same lemma (found or not yet)."""
        return Morph(pos, feats, self.given, self.deferred)

    def is_(self, *pos: str) -> bool:
        """Whether any candidate part of speech is one of ``pos``."""
        return not self.pos.isdisjoint(pos)

    def only(self, *pos: str) -> bool:
        """Whether every candidate part of speech is one of ``pos`` (an unambiguous reading)."""
        allowed = _POS_SETS.get(pos)  # the rules ask with a few fixed tuples, hundreds of times a sentence
        if allowed is None:
            allowed = _POS_SETS[pos] = frozenset(pos)
        return bool(self.pos) and self.pos <= allowed

    @property
    def cases(self) -> frozenset[str]:
        return self.feats & CASES

    def label(self) -> str:
        """'NOUN|VERB gen.sg' — the compact form ``kg explain`` prints."""
        pos = "|".join(p for p in POS_TAGS if p in self.pos) or "?"
        feats = ".".join(sorted(f for f in self.feats if not f.startswith("nom-")))  # not the subject numbers
        return f"{pos} {feats}".rstrip()


PUNCT = Morph(frozenset({"PUNCT"}))
UNKNOWN = Morph(frozenset({"X"}))


@dataclass(frozen=True)
class MorphologyData:
    """A language's ``[morphology]`` table: which analyser, and its closed-class words."""

    analyser: str = "rules"
    closed: Mapping[str, Morph] | None = None  # lower-cased form -> its reading


# --- Polish: Morfeusz 2 --------------------------------------------------------------------

_PL_POS = {
    "subst": "NOUN", "depr": "NOUN", "ger": "NOUN", "adj": "ADJ", "adja": "ADJ", "adjp": "ADJ", "adjc": "ADJ",
    "ppas": "ADJ", "pact": "ADJ", "fin": "VERB", "praet": "VERB", "impt": "VERB", "imps": "VERB",
    "inf": "VERB", "pcon": "VERB", "pant": "VERB", "winien": "VERB", "pred": "VERB", "bedzie": "AUX",
    "aglt": "AUX", "qub": "PART", "part": "PART", "prep": "ADP", "conj": "CCONJ", "comp": "SCONJ",
    "ppron12": "PRON", "ppron3": "PRON", "siebie": "PRON", "num": "NUM", "numcol": "NUM", "adv": "ADV",
    "interp": "PUNCT", "brev": "X", "interj": "X", "ign": "X", "frag": "X",
}
_PL_FORMS = {"fin": "fin", "praet": "past", "impt": "impt", "imps": "imps", "inf": "inf", "pcon": "pcon",
             "pant": "pcon", "ppas": "ppas", "pact": "pact", "ger": "ger", "bedzie": "fin"}
_PL_ATOMS = {"sg": "sg", "pl": "pl", "pri": "1", "sec": "2", "ter": "3", "perf": "perf", "imperf": "imperf",
             "neg": "neg"}
_PL_GENDERS = ("m1", "m2", "m3", "f", "n")
_PROPER = frozenset({"nazwa_geograficzna", "imię", "nazwisko", "nazwa_organizacji", "nazwa_własna"})


def _morfeusz():
    """The one Morfeusz instance of the process (kg.morph's: each instance loads the dictionary, 50 ms)."""
    from kg.morph import _morfeusz as shared

    return shared()


def _pl_analysis(word: str) -> Morph:
    pos: set[str] = set()
    feats: set[str] = set()
    lemma = ""
    analyses = _morfeusz().analyse(word)
    first_end = min((a[1] for a in analyses), default=1)
    for start, _end, (_orth, lem, tag, quals, _) in analyses:
        parts = tag.split(":")
        head = parts[0]
        base = lem.split(":")[0]
        if start > 0:  # agglutinates: "poparła|by" is a conditional, "powiedział|em" a first person
            if base == "by":
                feats.add("cond")
            elif head == "aglt":
                feats.update(_PL_ATOMS[p] for p in parts[1:] if p in ("pri", "sec"))
            continue
        if _end != first_end:
            continue
        p = _PL_POS.get(head, "X")
        if p == "NOUN" and _PROPER & set(quals):
            p = "PROPN"
        if base == "być" and p == "VERB":
            p = "AUX"  # the copula and the passive auxiliary
        if head == "ppas" or head == "pact":
            pos.add("VERB")
        pos.add(p)
        if head in _PL_FORMS:
            feats.add(_PL_FORMS[head])
        if head == "subst":
            feats.add("subst")  # a noun of its own, not only a verb's gerund ("uderzenie", not "ostrzelanie")
        if head == "prep" and len(parts) > 1:
            feats.update(c for c in parts[1].split(".") if c in CASES)
        for part in parts[1:]:
            for atom in part.split("."):
                if atom in CASES:
                    feats.add(atom)
                elif atom in _PL_ATOMS:
                    feats.add(_PL_ATOMS[atom])
        if base == "by" and head in ("qub", "part"):
            feats.add("cond")
        if p in ("NOUN", "PROPN") and len(parts) > 2 and "nom" in parts[2].split("."):
            # the numbers it can have as a subject: "Kijów" is a plural only as a genitive ("kijów")
            feats.update(f"nom-{_PL_ATOMS[n]}" for n in parts[1].split(".") if n in ("sg", "pl"))
            if len(parts) > 3:  # and the number-gender pairs a past verb agrees with ("Francja": sg-f)
                feats.update(f"nom-agree-{n}-{g}" for n in parts[1].split(".") if n in ("sg", "pl")
                             for g in parts[3].split("."))
        if p in ("NOUN", "PROPN") and len(parts) > 3 and "acc" in parts[2].split("."):
            # the pairs it may be an accusative object in ("prezydent": only the indeclinable feminine's)
            feats.update(f"nom-acc-{n}-{g}" for n in parts[1].split(".") if n in ("sg", "pl")
                         for g in parts[3].split("."))
        if head == "praet" and len(parts) > 2:  # "skrytykowała": sg-f; "zaatakowali": pl-m1
            feats.update(f"nom-verb-{n}-{g}" for n in parts[1].split(".") if n in ("sg", "pl")
                         for g in parts[2].split("."))
        elif head == "fin" and len(parts) > 2 and parts[2] == "ter":  # "krytykują": a plural of any gender
            feats.update(f"nom-verb-{n}-{g}" for n in parts[1].split(".") if n in ("sg", "pl") for g in _PL_GENDERS)
        lemma = lemma or base
    if pos == {"X"} and word[:1].isupper():
        pos = {"PROPN"}
    if word[:1].isupper() and feats & CASES == {"voc"}:
        # "reżim Maduro", "prezydent Ruto": news never calls a foreign name in the vocative; the dictionary
        # reads a native word there, and the name's case is unknown (it may be the genitive it stands in)
        feats.discard("voc")
    return Morph(frozenset(pos) or UNKNOWN.pos, frozenset(feats), lemma or word.lower())


# --- English: LemmInflect plus suffixes ------------------------------------------------------

_EN_UPOS = {"NOUN": "NOUN", "VERB": "VERB", "ADJ": "ADJ", "ADV": "ADV", "AUX": "AUX", "PROPN": "PROPN"}


@lru_cache(maxsize=1)
def _lemmas() -> Callable[[str], dict[str, tuple[str, ...]]]:
    from lemminflect import getAllLemmas

    with gc_paused():
        getAllLemmas("loaded")  # the dictionary loads on the first call
    return getAllLemmas


def _en_analysis(word: str) -> Morph:
    getAllLemmas = _lemmas()  # noqa: N806 - LemmInflect's name
    low = word.lower()
    found = getAllLemmas(low) or (getAllLemmas(word) if word != low else {})
    pos = {_EN_UPOS[k] for k in found if k in _EN_UPOS}
    if "VERB" in pos and low.endswith("ed"):
        pos -= {"NOUN", "ADJ"}  # "accused", "backed": a participle, whatever the dictionary's rare noun
    feats: set[str] = set()
    lemma = next(iter(found.get("VERB", ()) or found.get("NOUN", ()) or ()), low)
    if "VERB" in pos:
        if low.endswith("ing"):
            feats.update(("pact", "ger"))
        elif low.endswith(("ed", "en")) or lemma != low and not low.endswith("s"):
            feats.update(("past", "ppas"))
        elif low.endswith("s") and lemma != low:
            feats.update(("fin", "3"))
        else:
            feats.update(("fin", "inf"))
    if "NOUN" in pos:
        feats.add("pl" if low.endswith("s") and found.get("NOUN", (low,))[0] != low else "sg")
    if not pos:
        if word[:1].isdigit() and all(c.isdigit() or c in ",." for c in word):
            return Morph(frozenset({"NUM"}), frozenset(), low)  # "23 British diplomats": a count, not a noun
        if "-" in word:  # "Iran-backed", "US-led": the last part decides
            tail = _en_word(word.rsplit("-", 1)[1])
            if "VERB" in tail.pos and "ppas" in tail.feats:  # "eastern-based", "state-owned": an adjective
                return Morph(frozenset({"ADJ"}), frozenset({"ppas"}), low)
            return Morph(tail.pos, tail.feats, low)
        if word[:1].islower() and low.endswith(("ed", "ing")) and len(low) > 5:
            return Morph(frozenset({"VERB"}), frozenset({"past", "ppas"} if low.endswith("ed") else {"pact"}), low)
        pos = {"PROPN"} if word[:1].isupper() else {"NOUN"}
    elif word[:1].isupper() and "NOUN" in pos:
        pos.add("PROPN")
    return Morph(frozenset(pos), frozenset(feats), lemma)


# --- German: the Hanover Tagger's word analyser ------------------------------------------------

_STTS = {
    "NN": ("NOUN", ()), "NE": ("PROPN", ()), "ADJA": ("ADJ", ()), "ADJD": ("ADJ", ()), "ADV": ("ADV", ()),
    "VVFIN": ("VERB", ("fin",)), "VVIMP": ("VERB", ("impt",)), "VVINF": ("VERB", ("inf",)),
    "VVIZU": ("VERB", ("inf",)), "VVPP": ("VERB", ("ppas",)), "VAFIN": ("AUX", ("fin",)),
    "VAINF": ("AUX", ("inf",)), "VAPP": ("AUX", ("ppas",)), "VMFIN": ("AUX", ("fin",)),
    "VMINF": ("AUX", ("inf",)), "ART": ("DET", ()), "APPR": ("ADP", ()), "APPRART": ("ADP", ()),
    "APPO": ("ADP", ()), "KON": ("CCONJ", ()), "KOUS": ("SCONJ", ()), "KOUI": ("SCONJ", ()),
    "KOKOM": ("CCONJ", ()), "PPER": ("PRON", ()), "PRF": ("PRON", ()), "PPOSAT": ("DET", ("poss",)),
    "PRELS": ("PRON", ("rel",)), "PRELAT": ("DET", ("rel",)), "PDS": ("PRON", ()), "PDAT": ("DET", ()),
    "PIS": ("PRON", ()), "PIAT": ("DET", ()), "PTKNEG": ("PART", ("neg",)), "PTKVZ": ("PART", ()),
    "PTKZU": ("PART", ()), "PTKA": ("PART", ()), "CARD": ("NUM", ()), "PROAV": ("ADV", ()),
    "PWAV": ("ADV", ()), "PWS": ("PRON", ()), "TRUNC": ("X", ()), "FM": ("X", ()), "XY": ("X", ()),
}


@lru_cache(maxsize=1)
def _hanta():
    from HanTa import HanoverTagger

    with gc_paused():
        return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def _de_analysis(word: str) -> Morph:
    tagger = _hanta()
    try:
        # what ``tag_word(word)`` and ``analyze(word)`` give, from one analysis of the word instead of
        # two (an unknown word costs most of a millisecond); the lemma is that of the best tag, found when a
        # rule asks for it (``_de_lemma``)
        tags = tagger._tag_word(word)
        cands = [(tagger.int2tag[t], p) for t, p in tags]
        top = tags[0][0]
    except Exception:  # noqa: BLE001 - an analyser failure must never stop extraction
        return Morph(frozenset({"NOUN" if word[:1].isupper() else "X"}))
    pos: set[str] = set()
    feats: set[str] = set()
    if cands:
        best = float(cands[0][1])
        for tag, score in cands:
            if float(score) < best - 2.5:
                break
            name = str(tag).replace("(", "").replace(")", "")
            p, fs = _STTS.get(name, ("X", ()))
            pos.add(p)
            feats.update(fs)
        if str(cands[0][0]) == "APPO":
            feats.add("post")  # "zufolge" follows its phrase ("den Angaben zufolge"): it governs nothing after it
    if "PROPN" in pos and word.endswith("s") and not _de_lemma(word, top).endswith("s"):
        feats.add("gen")  # "Pjöngjangs", "Russlands": a name's genitive
    return Morph(frozenset(pos or {"X"}), frozenset(feats), "", (word, top))


def _de_lemma_analysis(word: str, tag: int) -> str:
    """The lemma of a German word read with its best tag, found when a rule first asks for it (the word's tags
    are found for every token; its lemma only for the few the rules ask about, such as finite verbs and
    infinitives). The analysis has never been seen to fail where the tagging succeeded; if it did, the lemma
    would be empty."""
    try:
        return str(_hanta()._analyze(word, tag)[0])
    except Exception:  # noqa: BLE001 - an analyser failure must never stop extraction
        return ""


_SETS: dict[frozenset[str], frozenset[str]] = {}  # one object per distinct set: the tables pickle each once


def _fields(m: Morph) -> tuple:
    return _SETS.setdefault(m.pos, m.pos), _SETS.setdefault(m.feats, m.feats), m.given, m.deferred


def _de_fields(m: Morph) -> tuple | None:
    return None if m.deferred is None else _fields(m)  # the analyser failed: the next run tries again


def _kept(name: str, packages: tuple[str, ...], analysis: Callable, fields: Callable | None = _fields) -> Callable:
    """An analysis memoized in this process and, between runs, on disk (``kg.wordcache``)."""
    from kg.wordcache import remembered

    if fields is not None:
        return lru_cache(maxsize=200_000)(remembered(name, packages, analysis, fields, lambda f: Morph(*f)))
    return lru_cache(maxsize=200_000)(remembered(name, packages, analysis))


_pl_word = _kept("morfeusz", ("morfeusz2",), _pl_analysis)
_en_word = _kept("lemminflect", ("lemminflect",), _en_analysis)
_de_word = _kept("hanta", ("HanTa",), _de_analysis, _de_fields)
_de_lemma = _kept("hanta-lemma", ("HanTa",), _de_lemma_analysis, None)

_ANALYSERS: dict[str, Callable[[str], Morph]] = {"morfeusz": _pl_word, "lemminflect": _en_word,
                                                   "hanta": _de_word}
#: Analyser names a lexicon's ``[morphology] analyser`` may give ("rules": none, names by capitals).
ANALYSERS = (*_ANALYSERS, "rules")


def _rules_word(word: str) -> Morph:
    """No analyser: capitalized words are names, the rest unknown."""
    return Morph(frozenset({"PROPN"})) if word[:1].isupper() else UNKNOWN


def word_morph(word: str, data: MorphologyData) -> Morph:
    """The reading of one word form, closed-class lists first."""
    if not word[:1].isalnum():
        return PUNCT
    if data.closed and not (word.isupper() and len(word) > 1):  # "US" is not "us"
        hit = data.closed.get(word.lower())
        if hit is not None:
            return hit
    return _ANALYSERS.get(data.analyser, _rules_word)(word)


_MEMO_SIZE = 200_000
_MEMOS: dict[int, tuple[MorphologyData, dict[str, Morph]]] = {}


def analyse(tokens: Sequence[Token], data: MorphologyData) -> list[Morph]:
    """Readings of every token, then the few context rules that any language needs."""
    hit = _MEMOS.get(id(data))
    if hit is None or hit[0] is not data:  # one table of readings per language's data, kept with it
        hit = _MEMOS[id(data)] = (data, {})
    memo = hit[1]
    out = []
    for t in tokens:
        m = memo.get(t.text)
        if m is None:
            if len(memo) >= _MEMO_SIZE:  # bounded like the analysers' caches: memory stays flat
                memo.clear()
            m = memo[t.text] = word_morph(t.text, data)
        out.append(m)
    return disambiguate(tokens, out)


_VERB_FEATS = frozenset({"fin", "past", "inf", "impt", "ppas", "pact", "pcon", "imps", "cond", "1", "2", "3"})


def disambiguate(tokens: Sequence[Token], morphs: list[Morph]) -> list[Morph]:
    """Narrow noun/verb ambiguity by the neighbour on the left.

    After a determiner, a possessive or an adjective-only word a noun/verb
    word is a noun ("the attack", "its support"); after an infinitive marker
    or an auxiliary it is a verb ("to attack", "will support"). Words the
    analyser knows only one way keep their reading.
    """
    for i in range(1, len(morphs)):
        m = morphs[i]
        pos = m.pos
        if "fin" in m.feats and "ADJ" in pos and "VERB" in pos and _attributive(tokens, morphs, i):
            morphs[i] = m.but(m.pos - {"VERB", "AUX"}, m.feats - _VERB_FEATS)
            continue
        if "infmark" in morphs[i - 1].feats and m.only("VERB") and "fin" in m.feats:
            morphs[i] = m.but(m.pos, (m.feats - {"fin", "3"}) | {"inf"})
            continue
        if "NOUN" not in pos or "VERB" not in pos:  # (membership: this runs for every token, twice)
            continue
        left = morphs[i - 1]
        if left.only("DET") or left.only("ADJ") or "poss" in left.feats or left.only("NUM"):
            morphs[i] = m.but(m.pos - {"VERB", "AUX"}, m.feats - _VERB_FEATS)
        elif left.only("AUX") or "infmark" in left.feats:
            feats = m.feats - {"sg", "pl"}
            if "infmark" in left.feats:
                feats = (feats - {"fin", "3"}) | {"inf"}  # "to strike": an infinitive
            morphs[i] = m.but(m.pos - {"NOUN", "PROPN"}, feats)
    return morphs


def _attributive(tokens: Sequence[Token], morphs: list[Morph], i: int) -> bool:
    """German: an inflected word read both as an adjective and as a finite verb ("formulierten", "genehmigte")
    between an article (adjectives or adverbs after it), or a preposition fused with one ("im besetzten Gebiet"),
    and a noun is an attributive participle ("in einer streng formulierten Erklärung"), not the clause's verb."""
    m = morphs[i]
    if not ("ADJ" in m.pos and "VERB" in m.pos and "fin" in m.feats) or i + 1 >= len(morphs) \
            or not (morphs[i + 1].only("NOUN") or morphs[i + 1].only("PROPN")) \
            or not tokens[i].text.endswith(("te", "ten", "tes", "ter", "tem")):
        return False
    j = i - 1
    while j > 0 and i - j <= 3 and morphs[j].only("ADJ", "ADV") and not morphs[j].only("DET"):
        j -= 1
    return (morphs[j].only("DET") or "art" in morphs[j].feats) and j < i  # "im besetzten Westjordanland"


def closed_class(table: Mapping[str, object], where: str) -> dict[str, Morph]:
    """Parse a lexicon's closed-class lists: ``ADP = ["in", "on"]`` or ``{"der" = "DET nom gen dat"}``.

    A list gives words of one part of speech; a table (``[morphology.words]``)
    gives a word its full reading as "POS feat feat …" (German articles and
    the cases they show). Errors name ``where``.
    """
    from kg.actors import DataError

    out: dict[str, Morph] = {}
    for key, value in table.items():
        if key == "words":
            if not isinstance(value, dict):
                raise DataError(f"{where}: 'words' is a table of word = \"POS feats\"")
            for word, reading in value.items():
                parts = str(reading).split()
                if not parts or any(p not in POS_TAGS for p in parts[0].split("|")):
                    raise DataError(f"{where} words: '{word}' needs a reading starting with a part of speech")
                out[word.lower()] = Morph(frozenset(parts[0].split("|")), frozenset(parts[1:]), word.lower())
            continue
        pos, *feats = key.split("_")
        if pos not in POS_TAGS:
            raise DataError(f"{where}: unknown part of speech '{key}' (use {', '.join(POS_TAGS)})")
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise DataError(f"{where}: {key} must be a list of words")
        for w in value:
            prev = out.get(w.lower())
            pos_set = frozenset({pos}) | (prev.pos if prev else frozenset())
            feat_set = frozenset(f.lower() for f in feats) | (prev.feats if prev else frozenset())
            out[w.lower()] = Morph(pos_set, feat_set, w.lower())
    return out
