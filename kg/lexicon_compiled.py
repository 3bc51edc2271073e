"""A language's compiled tables: its lexicon and the gazetteer as phrase indexes on folded forms.

Compiling expands every word to its inflected forms, which takes a second or two, so the result is cached on
disk keyed by a hash of the data files and of the compiling code (``kg.tablecache``); the cache is never a source
of truth and is rebuilt whenever a data file changes. The lexicon files themselves are read and checked in
``kg.lexicon``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.actors import DataError, Gazetteer, gazetteer_of
from kg.datapath import DataPath, active
from kg.lexicon import Lexicon, load_language
from kg.lexicon_keys import TITLES
from kg.phrases import PhraseIndex
from kg.tablecache import cache_dir, data_hash, data_slot, pickled


@dataclass
class Compiled:
    """Everything extraction needs for one language, as lookups on folded forms."""

    lang: str
    lexicon: Lexicon
    actors: PhraseIndex  # payload: (actor id, kind)
    sources: PhraseIndex  # payload: source id
    blockers: PhraseIndex  # sources and geographic features (payload: id)
    triggers: PhraseIndex  # payload: index into lexicon.triggers
    cues: PhraseIndex  # payload: concept name (negation, hedge, ...)
    needs: list[frozenset[str]]  # per trigger: lower-cased forms of its one-word 'needs'
    forbid: list[frozenset[str]]
    context: PhraseIndex  # multi-word 'needs'/'forbid' entries; payload: ("needs"|"forbid", trigger index)
    markers: dict[str, frozenset[str]]  # lower-cased forms of single-word concepts (prepositions, ...)


_SINGLE_WORD_CONCEPTS = ("ordinal_heads", "admission", "intermediary", "possible_predicates",
                         "comitative", "comitative_fused", "tie_sides", "answered", "existential",
                         "absolute_with", "free_relative",
                         "co_agents", "plural_verbs", "aim_prepositions", "offshore",
                         "any_determiners", "opposing", "state_pronouns", "warned_of",
                         "reported_future", "means", "means_governed",
                         "control", "prepositions", "genitive_marker", "from", "quantifiers",
                         "relative_place",
                         "auxiliaries",
                         "relative_subject", "object_articles", "object_relatives",
                         "masculine_nouns", "date_article", "subject_pronouns",
                         "relative_possessive", "origin", "member_nouns", "member_plurals", "captured_from",
                         "leading", "currency",
                         "reduced", "within", "event", "event_pronoun", "relative", "relative_article",
                         "infinitive_marker",
                         "as_role", "source_before", "self_source", "impending", "subordinator", "adjunct",
                         "span_adjunct",
                         "clause_relative",
                         "complementizer", "coordination", "determiners", "agent", "noun_agent", "own_state",
                         "sovereignty_nouns",
                         "seat_bodies",
                         "passive_aux", "present_aux",
                         "process_passive", "past_passive",
                         "clause_break", "negation", "not_negating", "locative", "pair_persons", "area",
                         "name_classifiers", "group_nouns", "role_nouns", "time_nouns", "stance_prefixes",
                         "listed_determiners", "state_nouns", "side_nouns", "attended_by", "bilateral_nouns",
                         "definite", "indefinite", "approximators", "pair_presidents", "target", "target_noun",
                         "target_copula",
                         "agent_side",
                         "possessive_clitic", "adversative", "respective", "others", "other_members", "measure_nouns",
                         "plural_pronouns", "singular_pronouns", "reciprocal_clitic", "body",
                         "other_possessive", "counterpart", "format")


def _forms_of(words, lang: str) -> frozenset[str]:
    from kg.morph import word_forms

    out: set[str] = set()
    for w in words:
        for f, _ in word_forms(w, lang):
            out.add(f)
    return frozenset(out)


def _needs_forms(words, lang: str) -> frozenset[str]:
    """Forms of 'needs' words. A needed noun listed in a form that is no verb's base ("forces", "arms",
    "shells") is needed as a noun: the verb forms its lemma shares ("forced", "armed", "shelled") are not it
    ("was forced to move its embassy" needs no troops)."""
    from kg.morph import word_forms

    out: set[str] = set()
    for w in words:
        forms = word_forms(w, lang)
        own = next((feats for f, feats in forms if f == w.lower()), frozenset())
        as_noun = "noun" in own and "inf" not in own
        out.update(f for f, feats in forms if not as_noun or "noun" in feats or "verb" not in feats)
    return frozenset(out)


def _weak_form(alias: str, endings: tuple[tuple[str, ...], ...]) -> str:
    """``alias`` with each capitalized word that ends in a strong adjective ending and stands before another
    capitalized word given its weak ending ("Islamischer Staat" -> "Islamische Staat"); ``alias`` when none does."""
    words = alias.split(" ")
    for i, w in enumerate(words[:-1]):
        if not (w[:1].isupper() and words[i + 1][:1].isupper()):
            continue
        end = next((e for e in endings if w.endswith(e[0]) and len(w) > len(e[0]) + 2), None)
        if end is not None:
            words[i] = w[: -len(end[0])] + end[1]
    return " ".join(words)


def _compile(lang: str, gaz: Gazetteer, data: DataPath | None = None) -> Compiled:
    lex = load_language(lang, data)
    # spellings the language also writes ("ß>ss"): every index matches a literal word in either
    variants = tuple(tuple(v.split(">", 1)) for v in lex.words["spelling_variants"] if ">" in v)
    actors = PhraseIndex(variants=variants)
    weak_endings = tuple(tuple(v.split(">", 1)) for v in lex.words.get("name_adjective_endings", ()) if ">" in v)
    for a in gaz.actors.values():
        for kind in ("names", "metonyms", "demonyms"):
            for alias in getattr(a, kind).get(lang, ()):
                actors.add(alias, lang, (a.id, kind), proper=kind != "demonyms" or alias[:1].isupper())
                weak = _weak_form(alias, weak_endings) if a.type != "Person" and kind != "demonyms" else alias
                if weak != alias:
                    actors.add(weak, lang, (a.id, kind), proper=True)
        for alias in a.adjectives.get(lang, ()):
            actors.add(alias, lang, (a.id, "adjectives"), proper=False)
    sources = PhraseIndex(variants=variants)
    for s in gaz.sources.values():
        for alias in s.names.get(lang, ()) + s.names.get("en", ()):
            sources.add(alias, lang, s.id, proper=True)
    blockers = PhraseIndex(variants=variants)  # sources and geographic features: their tokens are never actors
    for s in list(gaz.sources.values()) + list(gaz.features.values()):
        for alias in s.names.get(lang, ()) + (s.names.get("en", ()) if s.id in gaz.sources else ()):
            blockers.add(alias, lang, s.id, proper=True)
    v2 = bool(lex.settings.get("verb_second"))  # separable verbs: a particle is no article or preposition
    particles = _forms_of(lex.words["separable_particles"], lang)
    triggers = PhraseIndex(skippable=_forms_of(lex.words["possessive_clitic"], lang),
                           articles=_forms_of(lex.words["determiners"], lang) if v2 else frozenset(),
                           joiners=_forms_of(lex.words["coordination"], lang) if v2 else frozenset(),
                           variants=variants)
    for i, t in enumerate(lex.triggers):
        for w in t.words:
            # a separable verb's particle closes a literal gapped phrase; a last word that is one of the
            # trigger's object prepositions ("kämpfte gegen") takes its object after it
            last = _words(w)[-1].lower()
            triggers.add(w, lang, i, max_gap=t.gap, particle_last=v2 and t.gap > 0 and w.startswith("=")
                         and last in particles and last not in t.object_markers)
    cues = PhraseIndex(variants=variants)
    for concept in ("same_again", "same_here", "same_aside", "goal_work", "likelihood", "reciprocal",
                    "fighting", "joint_acts", "denial",
                    "hypothetical",
                    "resolve",
                    "condition",
                    "condition_verb_first", "demand",
                    "hedge",
                    "attribution", "mission", "pair", "parties", "regime", "bloc", "group", "possessive_pronoun",
                    "pronoun", "first_person", "object_pronoun", "object_it", "cessation", "purpose", "causative",
                    "there", "guest", "document", "latter", "former_named", "home_army", "defied",
                    "private",
                    "former", "light_verbs", "inverse", "speech", "reporting", "border_nouns", "body", "negation",
                    "not_negating",
                    "clause_break",
                    "pledge",
                    "future", "ongoing", "plan_nouns", "past_forms", "presupposing", "circumstance", "role",
                    "including", "part_of", "defend",
                    "this_state", "described_state", "the_state", "summit", "partners", "wartime", "meeting_scene",
                    "capture",
                    "internal_war",
                    "complex_preposition",
                    "setting", "manner",
                    "sanctioned", "imposing", "decided_acts", "instrument", "aim", "occasion", "sequel",
                    "pair_determiners",
                    "party_determiners",
                    "decision", "beneficiary", "purpose_help", "partitive", "owned_by", "coming", "presence",
                    "on_behalf", "aimed_at",
                    "helped_to", "consequence", "relation_nouns",
                    "participation",
                    "attendance",
                    "phone", "allegiance",
                    "separately", "visit", "exclusion",
                    "in_person", "warning", "retaliation", "paid_back", "ultimatum", "fight_against", "punished_for",
                    "such_as", "led_by",
                    "reflexive_possessive", "complement_adjective", "crowd", "generic_bodies",
                    "speaking_office", "harmed", "harm_nouns", "abstract_target", "talk_topic", "bilateral",
                    "topic_nouns", "neighbour_nouns",
                    *TITLES):
        for w in lex.words[concept]:  # a pledge may be a separable verb: "sagte der Ukraine Panzer zu"
            # a pledge may be a separable verb; a reflexive verb of defending may be split by its clause
            # ("die sich seit Jahren gegen den Angriff verteidigt"); adjectives may stand inside a possessive
            # and its partners ("its Asian partners") and inside an attribution ("nach südkoreanischen Angaben")
            gap = {"pledge": 4, "defend": 12, "partners": 2, "attribution": 1, "such_as": 4}.get(concept, 0)
            cues.add(w, lang, concept, max_gap=gap)
    context = PhraseIndex(variants=variants)
    for i, t in enumerate(lex.triggers):
        for key, words in (("needs", t.needs), ("forbid", t.forbid)):
            for w in words:
                if len(_words(w)) > 1:
                    context.add(w, lang, (key, i))
    markers = {c: _forms_of(lex.words[c], lang) for c in _SINGLE_WORD_CONCEPTS}
    for concept in ("abbreviations", "closing_abbreviations"):
        markers[concept] = frozenset(w.lower().rstrip(".") for w in lex.words[concept])
    for concept in ("plural_verb_endings", "attributive_endings"):  # endings, not words
        markers[concept] = frozenset(lex.words[concept])
    return Compiled(
        lang, lex, actors, sources, blockers, triggers, cues,
        [_needs_forms([w for w in t.needs if len(_words(w)) == 1], lang) for t in lex.triggers],
        [_forms_of([w for w in t.forbid if len(_words(w)) == 1], lang) for t in lex.triggers],
        context,
        markers,
    )


def _words(phrase: str) -> list[str]:
    from kg.text import tokenize

    return [t.text for t in tokenize(phrase.lstrip("="))]


def compiled(lang: str, data: DataPath | None = None) -> Compiled:
    """The compiled tables for ``lang`` with ``data`` (default: the active data path)."""
    return _compiled(lang, data if data is not None else active())


@cache
def _compiled(lang: str, data: DataPath) -> Compiled:
    """From the disk cache when it is current: one slot per set of data folders, so that runs with
    and without a user's folder do not evict each other's tables."""
    if lang not in data.languages():
        raise DataError(f"no lexicon for language '{lang}' (have: {', '.join(data.languages())})")
    slot = data_slot(data)
    path = cache_dir() / f"{lang}-{slot}-{data_hash(data)}.pickle"
    # stale tables of older data in this slot (and of the unslotted names of older releases)
    return pickled(path, lambda: _compile(lang, gazetteer_of(data), data), f"{lang}-*.pickle",
                   lambda old: old.name.startswith(f"{lang}-{slot}-") or old.name.count("-") == 1,
                   kind_glob=f"{lang}-*.pickle")
