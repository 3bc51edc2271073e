"""The long-lived tables of one language: what the engine knows before it reads a sentence.

``Tables`` bundles the compiled lexicon (phrase indexes of triggers, cues,
actors, sources), the gazetteer, the single-word markers and the language's
word-order settings, plus a few lookups derived from them once (the top-level
actor of every actor, each trigger's folded argument markers). It is frozen
and holds no per-sentence state, so one instance serves every article and
every thread; everything a sentence produces goes into its ``SentenceRecord``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from types import MappingProxyType
from typing import TypeVar

from kg.actors import Actor, ArticleGazetteer, Gazetteer, gazetteer_of
from kg.datapath import DataPath, active
from kg.engine.chunks import ChunkRules
from kg.lexicon import Lexicon, Trigger
from kg.lexicon_compiled import Compiled, compiled
from kg.text import Token, lower

T = TypeVar("T")


@dataclass(frozen=True)
class Tables:
    """Compiled lexicon, gazetteer, markers and settings of one language (immutable)."""

    lang: str
    compiled: Compiled
    gazetteer: Gazetteer
    markers: Mapping[str, frozenset[str]]  # concept -> lower-cased forms (prepositions, coordination, ...)
    settings: Mapping[str, bool]  # the lexicon's [settings]: word order of the language
    cases: bool  # nouns show case: trust the nominative
    pro_drop: bool  # subjects may go unsaid
    tops: Mapping[str, str]  # actor id -> id of the state or organization it counts as
    governing: frozenset[str]  # prepositions and agent markers: what may govern a mention
    object_markers: tuple[frozenset[str], ...]  # per trigger: lower-cased object prepositions ("" = none)
    subject_markers: tuple[frozenset[str], ...]  # per trigger: lower-cased subject prepositions of nouns
    chunk_rules: ChunkRules  # what the phrase chunker needs to know of the language
    numbers: Mapping[str, int]  # folded number word -> its value ("trzech" -> 3)
    function_words: frozenset[str]  # never inside an office or a body's name (``kg.engine.introduced``)

    @classmethod
    def build(cls, lang: str, gazetteer: Gazetteer | None = None, data: DataPath | None = None) -> Tables:
        from kg.engine.introduced import function_words

        comp = compiled(lang, data)
        gaz = gazetteer or gazetteer_of(data)
        lex = comp.lexicon
        markers = MappingProxyType(dict(comp.markers))
        return cls(
            lang=lang, compiled=comp, gazetteer=gaz, markers=markers,
            settings=MappingProxyType(dict(lex.settings)),
            cases=lex.settings.get("cases", False), pro_drop=lex.settings.get("pro_drop", False),
            tops=MappingProxyType({a.id: gaz.top(a).id for a in gaz.actors.values()}),
            governing=markers["prepositions"] | markers["agent"],
            object_markers=tuple(frozenset(_marker(m) for m in t.object_markers) for t in lex.triggers),
            subject_markers=tuple(frozenset(_marker(m) for m in t.subject_markers) for t in lex.triggers),
            numbers=MappingProxyType(_numbers(lex)), function_words=function_words(markers),
            chunk_rules=ChunkRules(genitive_words=markers["genitive_marker"],
                                   cases=lex.settings.get("cases", False) or lex.settings.get("verb_second", False),
                                   caseless_genitive=lex.settings.get("cases", False),
                                   apposition=lex.settings.get("close_apposition", False),
                                   not_apposed=frozenset(w.lstrip("=").lower()
                                                         for w in lex.words.get("not_names", ())),
                                   area_nouns=markers["area"], classifiers=markers["name_classifiers"],
                                   role_nouns=markers.get("role_nouns", frozenset()),
                                   title_nouns=frozenset(w.lstrip("=").lower() for c in ("role", "body")
                                                         for w in lex.words.get(c, ()) if " " not in w),
                                   joiners=markers["coordination"], body_nouns=markers["body"],
                                   definite=markers["definite"],
                                   extended_attributes=lex.settings.get("verb_second", False),
                                   nominalized=lex.settings.get("capitalized_nouns", False),
                                   counting_nouns=markers["quantifiers"] if lex.settings.get("verb_second")
                                   else frozenset(),
                                   attributive_endings=tuple(sorted(markers["attributive_endings"])),
                                   possessive_clitics=markers["possessive_clitic"]),
        )

    @property
    def lexicon(self) -> Lexicon:
        return self.compiled.lexicon

    @property
    def triggers(self) -> list[Trigger]:
        return self.compiled.lexicon.triggers

    def actor(self, actor_id: str) -> Actor:
        return self.gazetteer[actor_id]

    def top(self, actor_id: str) -> str:
        """The state or organization an actor counts as ("Ławrow" -> Russia)."""
        top = self.tops.get(actor_id)
        return top if top is not None else self.gazetteer.top(self.gazetteer[actor_id]).id  # introduced here

    def for_article(self, introduced: dict[str, Actor]) -> Tables:
        """These tables seen through one article's own actors (``Discourse.actors``), which the
        mentions stage adds as the article introduces them (see ``kg.actors.ArticleGazetteer``)."""
        if isinstance(self.gazetteer, ArticleGazetteer) and self.gazetteer.extra is introduced:
            return self
        base = self.gazetteer.base if isinstance(self.gazetteer, ArticleGazetteer) else self.gazetteer
        return replace(self, gazetteer=ArticleGazetteer(base, introduced))

    def word_classes(self, tok: Token) -> list[str]:
        """The single-word marker concepts a token belongs to (for explanation, not for matching)."""
        return [c for c, forms in self.markers.items() if c != "abbreviations" and tok.low in forms]


_DERIVED: dict[tuple[int, str], tuple[object, object]] = {}


def derived(tb: Tables, name: str, make: Callable[[Mapping[str, frozenset[str]]], T]) -> T:
    """``make(tb.markers)``, made once per language's markers (a word set the engine combines from
    several concepts, asked for in every sentence); ``name`` says which."""
    key = (id(tb.markers), name)
    hit = _DERIVED.get(key)
    if hit is None or hit[0] is not tb.markers:
        hit = _DERIVED[key] = (tb.markers, make(tb.markers))
    return hit[1]  # type: ignore[return-value]


def phrases_of(tb: Tables, concept: str, several: bool = True) -> tuple[tuple[str, ...], ...]:
    """The entries of several words of a marker concept (with ``several=False``, all of them), as word
    tuples ("together with", "wraz z"): the markers are matched a word at a time, and these need the words
    read together."""
    return derived(tb, f"phrases:{concept}:{several}", lambda m: tuple(
        tuple(p.split()) for p in sorted(m[concept]) if " " in p or not several))


def tables_for(lang: str, data: DataPath | None = None) -> Tables:
    """The tables of ``lang`` with ``data`` (default: the active data path), built once per process."""
    return _tables_for(lang, data if data is not None else active())


def _marker(m: str) -> str:
    """An argument marker as the token that governs the mention: a complex preposition ("pod adresem",
    "w kierunku") by its last word, the one right before the noun phrase that ``prep`` returns."""
    return lower(m).split()[-1] if m.strip() else ""


def _numbers(lex: Lexicon) -> dict[str, int]:
    """Every form of the lexicon's number words with its value: the list starts at two."""
    from kg.morph import word_forms

    out: dict[str, int] = {}
    for value, word in enumerate(lex.words.get("numbers", ()), 2):
        for form, _ in word_forms(word, lex.lang):
            out.setdefault(form, value)
    return out


@cache
def _tables_for(lang: str, data: DataPath) -> Tables:
    return Tables.build(lang, data=data)
