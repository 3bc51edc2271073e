"""Per-language lexicons: relation triggers and the cue words around them.

A lexicon is one TOML file per language in ``kg/data/lexicon/`` (see the
header of ``pl.toml`` for every key). This module validates it (unknown keys
and relations are errors naming the file and the entry) and compiles it,
together with the gazetteer, into phrase indexes. Compiling expands every
word to its inflected forms, which takes a second or two, so the result is
cached on disk keyed by a hash of the data files; the cache is never a
source of truth and is rebuilt whenever a data file changes.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.actors import DATA_DIR, DataError, Gazetteer, gazetteer_of
from kg.datapath import DataPath, active, display
from kg.engine.morphology import ANALYSERS, MorphologyData, closed_class
from kg.phrases import PhraseIndex
from kg.records import RELATIONS
from kg.tomlines import Span, TomlLines, quoted

LEXICON_DIR = DATA_DIR / "lexicon"

#: Cue concepts: every lexicon has these lists under [words].
WORD_KEYS = {
    "abbreviations": "words before a period that does not end a sentence",
    "negation": "negate a trigger when right before it ('nie', 'not', 'never')",
    "not_negating": "words after a negation word that cancel it ('nie tylko', 'not only')",
    "denial": "deny what follows in the sentence ('zaprzecza', 'denies')",
    "hypothetical": "make what follows in the clause a possibility ('może', 'could', 'if')",
    "resolve": "declared readiness ('ready to', 'gotowa'): a material-conflict act it governs is a threat, not a fact",
    "condition": "open a condition ('jeśli', 'w razie'): a material-conflict act pledged in another clause of the "
                 "sentence is a threat, not a fact",
    "demand": "make what follows a demand, not a fact ('wzywa', 'urged')",
    "conditional_endings": "verb endings of the conditional mood ('łoby', 'liby'): a possibility, not a fact",
    "hedge": "keep the claim but mark it hedged ('podobno', 'reportedly')",
    "attribution": "introduce who says it ('według', 'according to')",
    "clause_break": "end a clause for role finding ('który', 'that', 'but')",
    "infinitive_marker": "the particle of an infinitive clause, also inside a separable verb ('zu': 'zu unterstützen', "
                         "'anzugreifen'): with verb_second, such a clause after a comma stands on its own",
    "relative_subject": "relative pronouns in the nominative: the antecedent is the subject ('który')",
    "relative": "relative pronouns: their clause's subject is the actor before them ('który', 'who')",
    "subordinator": "words that open a subordinate clause at the sentence's start or after a comma only when a "
                    "verb closes that clause (German 'als', 'seit': 'Als Russland die Ukraine angriff, …')",
    "as_role": "'as' before a noun the subject becomes ('bezeichnete X als Verbündeten', 'mit Katar als Vermittler')",
    "relative_article": "words that open a relative clause after a comma only when the verb closes that clause "
                        "(German 'der', 'die', 'den': ', den Russland führt,'); elsewhere they are articles",
    "complementizer": "introduce a reported clause: a cue before them governs it ('że', 'that')",
    "coordination": "join coordinated actors ('i', 'oraz', 'and')",
    "determiners": "words skipped between coordinated actors and before bodies ('the')",
    "auxiliaries": "words between 'and' and a coordinated verb ('and has also threatened', 'i także ostrzegł')",
    "quantifiers": "words before a counted subject ('tysiące', 'kilka'); Polish puts it in the genitive",
    "from": "'from': a body noun before 'from <actor>' is that actor's body ('żołnierze z Korei')",
    "within": "'in': an actor right before 'in <noun trigger>' is its subject ('Rosji w wojnie z')",
    "mission": "diplomatic missions ('ambasada', 'chargé d'affaires'): 'in <capital>' after them is the host, "
               "not their state ('ambasada Rosji w Bukareszcie')",
    "origin": "after a hyphen, words that make an actor adjective a mere origin ('Liberian-flagged')",
    "reduced": "prepositions after a participle that mark it as an adjective ('accused of', 'stationed in')",
    "genitive_marker": "words that make a genitive of a name ('of' in 'president of Russia')",
    "prepositions": "prepositions: an actor right after one is not the clause subject",
    "agent": "introduce the agent of a passive ('przez', 'by')",
    "passive_aux": "auxiliaries of the passive ('został', 'was')",
    "body": "nouns that turn an actor adjective into a body ('MSZ', 'ministry', 'troops')",
    "pair": "phrases that mean the two actors last named ('oba kraje', 'both countries')",
    "pair_persons": "nouns that make a pair phrase mean two persons ('mężczyzna', 'leaders', 'Politiker'): "
                    "'both men' are the last two persons named, of two states",
    "parties": "phrases that mean all the parties just named together ('the leaders', 'przywódcy trzech krajów')",
    "numbers": "number words from two upwards, in order ('two', 'three', …): how many parties a phrase means",
    "including": "phrases after an organization that list its members ('w tym', 'including'): in 'państw NATO, w "
                 "tym Łotwy i Estonii' the members named stand in the organization's place",
    "comitative": "prepositions of taking part together ('with', 'z'): partners of one meeting meet each other",
    "private": "nouns that make an actor's adjective a mere origin: firms, citizens, ships, rebels ('Chinese "
               "companies', 'rosyjscy oligarchowie'): private actors do not act for their state",
    "former": "words that make a body or official a former one ('former', 'były'): no longer acting for the state",
    "control": "prepositions that join a charge or a reason to an accusation's object ('accused X of arming', 'o', "
               "'za'): the object does what follows",
    "regime": "phrases that mean the state last named ('reżim', 'the regime')",
    "bloc": "phrases that mean the organization last named ('the bloc', 'the alliance')",
    "group": "phrases that mean the armed group last named ('ugrupowanie', 'the militants')",
    "reciprocal": "'each other': a coordinated subject does it to one another ('wzajemnie')",
    "possessive_pronoun": "possessives that make a following body noun the topic's body ('its', 'jego')",
    "pronoun": "pronouns that mean the last subject ('on', 'he', 'they')",
    "first_person": "'we', 'our': the speaker of the sentence's quote, else the topic ('my', 'wir')",
    "object_pronoun": "pronouns that mean the last person named ('mu', 'him')",
    "same_again": "phrases that repeat the last relation with new subjects ('podobne kroki', 'followed suit')",
    "guest": "nouns for the other party of the last meeting ('gość', 'gospodarz', 'his host')",
    "title_head_of_state": "a head of state's title with its article and no name ('der Präsident'): the last "
                           "head of state named before this sentence",
    "title_head_of_government": "a head of government's title with its article and no name ('der Kanzler'): the "
                                "last head of government named before this sentence",
    "title_minister": "a minister's title with its article and no name ('die Außenministerin'): the last "
                      "minister named before this sentence",
    "there": "adverbs that mean the place or state just named ('tam', 'there')",
    "this_state": "demonstrative phrases that mean the state (or a region of it) named before, other than the "
                  "clause's subject ('tego kraju', 'tego regionu', 'dieses Landes')",
    "light_verbs": "verbs whose subject is the subject of a trigger noun ('ogłosić', 'launched')",
    "inverse": "verbs whose subject receives a trigger noun ('otrzymać', 'received')",
    "stopwords": "frequent function words that identify the language ('się', 'the', 'und')",
    "event": "nouns for an event an accusation refers back to ('próba', 'the strike')",
    "letters": "letters that mark the language in language identification ('ą', 'ß')",
    "speech": "verbs of saying: their subject is the source of what follows ('powiedział', 'said')",
    "pledge": "promising, announcing, planning, deciding: an act they govern is pledged ('obiecać', 'zusagen')",
    "future": "auxiliaries and phrases of the future before a verb: its act is pledged ('będzie', 'will', 'wird')",
    "ongoing": "words that make an act go on ('nadal', 'continue', 'weiterhin')",
    "past_suffixes": "endings that make a finite verb past when they follow its lemma (German 'schick|te')",
    "defend": "verbs of defending oneself ('verteidigt sich', 'defends itself', 'broni się'): an attack noun "
              "with no target in their clause attacks their subject ('verteidigt sich gegen den russischen Angriff')",
    "presupposing": "phrases before an event noun that take it as given: a denial or demand around them does not "
                    "reach it ('w obliczu', 'amid', 'angesichts')",
    "locative": "prepositions of place: a place or capital after one is where the act happened ('w', 'in', 'bei')",
    "past_forms": "past forms the analyser does not mark as past (German strong verbs: 'traf', 'griff')",
    "role": "offices that introduce a person by name ('minister', 'rzecznik', 'Außenminister'): an unknown "
            "name after one and a state is a person acting for that state for the rest of the article",
    "not_names": "capitalized words that never name an actor ('Monday', 'January'): kg actors --unknown skips them, "
                 "and a name right after one is not in apposition to it ('am Mittwoch Nordkorea')",
    "name_endings": "endings inflection adds to a person's name ('a', 'em', 'owi'; German 's'): 'Ławrowem' "
                    "and 'Araghtschis' name the person introduced as 'Ławrow' and 'Araghtschi'",
}
#: Title concepts and the gazetteer position each one means (``Actor.position``).
TITLES = {"title_head_of_state": "head_of_state", "title_head_of_government": "head_of_government",
          "title_minister": "minister"}
#: Word-order facts of a language, under [settings] (all default to false).
SETTINGS = {
    "object_before_verb": False,  # German perfect/verb-final: "hat vier Diplomaten ausgewiesen"
    "cases": False,  # inflection marks the subject (Polish nominative): trust it, allow verb-subject order
    "pro_drop": False,  # subjects may go unsaid ("Zapowiedział, że …"): take the discourse subject
    "verb_second": False,  # German: the subject is the clause's first actor, or right after the verb
    "negation_follows_verb": False,  # German: "schickt keine Soldaten", "griff … nicht an"
    "passive_by_auxiliary": False,  # German participles carry no mark: an auxiliary plus "von X" is a passive
    "prenominal_agent": False,  # German "die von Ruanda unterstützte Rebellengruppe": agent, participle, noun
    "agentive_genitive": False,  # "die Unterstützung des Iran für Russland": a genitive before the marked object acts
    "close_apposition": False,  # German "dem Nachbarland Polen": a caseless name after a noun is that noun
    "capitalized_nouns": False,  # German: a noun trigger written in lower case is a verb form ("angriff")
    "spaced_hyphen_dash": False,  # "Manila - Ein Schiff": a spaced hyphen or en dash is a dash (a break)
    "perfective_future": False,  # Polish: a perfective verb in the present form speaks of the future ("wyśle")
}
TRIGGER_KEYS = {
    "id", "relation", "words", "object", "subject", "needs", "forbid", "genitive", "gap", "mediation",
    "confidence", "examples", "note", "frame", "mutual", "override", "cameo", "transitive",
}
EXAMPLE_KEYS = {"text", "edges", "note"}
TOP_KEYS = {"language", "words", "trigger", "examples", "note", "settings", "morphology"}


@dataclass(frozen=True)
class Example:
    text: str
    edges: tuple[tuple[str, str, str], ...]  # (subject code, relation, object code); empty = nothing
    where: str = field(default="", compare=False)  # "file:line", for reports


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: words that express a relation, and how to find its roles."""

    rule: str  # "pl:supports.back"
    relation: str
    words: tuple[str, ...]
    object_markers: tuple[str, ...] = ("",)  # "" = no preposition (direct object)
    subject_markers: tuple[str, ...] = ()  # extra markers of the subject of a noun ("z", "from")
    needs: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    genitive: str = "subject"  # role of an actor right after a trigger noun: subject | object | none
    gap: int = 0
    frame: str = "clause"  # clause | speaker: "X said Y committed war crimes" -> X accuses Y
    mutual: bool = False  # "fighting between X and Y": the relation holds both ways
    mediation: bool = False  # "talks mediated by Oman": the mediator meets each party, the parties not each other
    transitive: bool = False  # "X hosted Y": the object is the other party; co-subjects alone are none
    confidence: float = 0.8
    examples: tuple[Example, ...] = ()
    cameo: str = ""  # the CAMEO code of the act (kg/ontologies/cameo.csv); the relation's default if unsaid
    where: str = field(default="", compare=False)  # "file:line" of the entry
    override: bool = field(default=False, compare=False)  # replaces an earlier entry with its id


@dataclass
class Lexicon:
    lang: str
    triggers: list[Trigger]
    words: dict[str, tuple[str, ...]]
    path: Path | None = None
    examples: list[Example] = field(default_factory=list)
    settings: dict[str, bool] = field(default_factory=dict)
    files: tuple[Path, ...] = ()  # every file merged into it, packaged first
    morphology: MorphologyData = field(default_factory=MorphologyData)


def _strings(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: must be a list of strings")
    return tuple(value)


def _edges(value, where: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    for e in value or []:
        if not (isinstance(e, list) and len(e) == 3 and all(isinstance(x, str) for x in e)):
            raise DataError(f"{where}: an edge is [subject code, relation, object code]")
        if e[1] not in RELATIONS:
            raise DataError(f"{where}: unknown relation '{e[1]}'")
        out.append((e[0].upper(), e[1], e[2].upper()))
    return tuple(out)


def _examples(value, where: str, span: Span) -> tuple[Example, ...]:
    out = []
    if not isinstance(value, list):
        raise DataError(f"{display(span.path)}:{span.key_line('examples')}: {where}: 'examples' must be a list")
    for i, ex in enumerate(value):
        text = ex.get("text") if isinstance(ex, dict) else None
        line = span.line_of(*quoted(text)) if isinstance(text, str) else span.key_line("examples")
        w = f"{display(span.path)}:{line}: {where} example #{i + 1}"
        if not isinstance(ex, dict) or set(ex) - EXAMPLE_KEYS or not isinstance(text, str):
            raise DataError(f"{w}: an example is {{text = ..., edges = [[S, relation, O], ...]}}")
        out.append(Example(text, _edges(ex.get("edges"), w), where=f"{display(span.path)}:{line}"))
    return tuple(out)


def _cameo(t: dict, at) -> str:
    """A trigger's CAMEO code: a code of the table that its relation may use, or the relation's default."""
    from kg.cameo import cameo_table

    table = cameo_table()
    code = t.get("cameo")
    if code is None:
        return table.defaults[t["relation"]]
    if not isinstance(code, str) or code not in table:
        raise DataError(f"{at('cameo')}: cameo {code!r} is not a code of kg/ontologies/cameo.csv "
                        "(a string of two to four digits, such as \"072\")")
    if not table.allowed(code, t["relation"]):
        uses = sorted(c for c, v in table.codes.items() if t["relation"] in v.relations)
        raise DataError(f"{at('cameo')}: cameo {code} ({table[code].name}) is not a code for {t['relation']} "
                        f"(one of {', '.join(uses)})")
    return code


@dataclass
class _File:
    """One lexicon file, validated, before it is merged with the others of its language."""

    lang: str
    words: dict[str, tuple[str, ...]]
    settings: dict[str, bool]
    triggers: list[Trigger]
    examples: list[Example]
    morphology: dict  # the raw [morphology] table: analyser and closed-class words
    name: str = ""


def _read_file(path: Path) -> _File:
    name = display(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{name}: {e}") from None
    except (UnicodeDecodeError, OSError) as e:
        raise DataError(f"{name}: cannot read it ({e.__class__.__name__})") from None
    lines = TomlLines(path, text)
    unknown = set(data) - TOP_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise DataError(f"{name}:{lines.top(key)}: unknown top-level key(s) {', '.join(sorted(unknown))}")
    lang = data.get("language")
    if lang != path.stem:
        raise DataError(f"{name}:{lines.key(None, 'language')}: 'language' must be '{path.stem}'")
    words_raw = data.get("words", {})
    section = lines.section("words")
    bad = set(words_raw) - set(WORD_KEYS)
    if bad:
        key = sorted(bad)[0]
        raise DataError(f"{name}:{section.key_line(key)}: [words]: unknown key(s) {', '.join(sorted(bad))}")
    words = {k: _strings(v, f"{name}:{section.key_line(k)}: [words] {k}") for k, v in words_raw.items()}
    settings = data.get("settings", {})
    bad = set(settings) - set(SETTINGS)
    if bad:
        key = sorted(bad)[0]
        raise DataError(f"{name}:{lines.section('settings').key_line(key)}: [settings]: unknown key(s) "
                        f"{', '.join(sorted(bad))}")
    raw = data.get("trigger", [])
    spans = lines.entries("trigger")
    if len(spans) != len(raw):
        spans = [lines.inline("trigger")] * len(raw)
    triggers, ids = [], {}
    for i, (t, span) in enumerate(zip(raw, spans, strict=True)):
        label = f"trigger #{i + 1}" + (f" ({t['id']})" if isinstance(t, dict) and "id" in t else "")

        def at(key: str, label=label, span=span) -> str:
            return f"{name}:{span.key_line(key) if key else span.first}: {label}"

        unknown = set(t) - TRIGGER_KEYS
        if unknown:
            raise DataError(f"{at(sorted(unknown)[0])}: unknown key(s) {', '.join(sorted(unknown))}")
        for req in ("id", "relation", "words"):
            if req not in t:
                raise DataError(f"{at('')}: missing '{req}'")
        if t["id"] in ids:
            raise DataError(f"{at('id')}: duplicate id (first at line {ids[t['id']]})")
        ids[t["id"]] = span.first
        if t["relation"] not in RELATIONS:
            raise DataError(f"{at('relation')}: unknown relation '{t['relation']}' "
                            f"(one of {', '.join(RELATIONS)})")
        gen = t.get("genitive", "subject")
        if gen not in ("subject", "object", "none"):
            raise DataError(f"{at('genitive')}: genitive must be subject, object or none")
        frame = t.get("frame", "clause")
        if frame not in ("clause", "speaker", "recipient"):
            raise DataError(f"{at('frame')}: frame must be clause or speaker")
        if not isinstance(t.get("override", False), bool):
            raise DataError(f"{at('override')}: override is true or false")
        cameo = _cameo(t, at)
        try:
            confidence, gap = float(t.get("confidence", 0.8)), int(t.get("gap", 0))
        except (TypeError, ValueError):
            raise DataError(f"{at('confidence')}: confidence is a number and gap a whole number") from None
        triggers.append(Trigger(
            rule=f"{lang}:{t['id']}", relation=t["relation"], words=_strings(t["words"], f"{at('words')} words"),
            object_markers=_strings(t.get("object", [""]), f"{at('object')} object"),
            subject_markers=_strings(t.get("subject", []), f"{at('subject')} subject"),
            needs=_strings(t.get("needs", []), f"{at('needs')} needs"),
            forbid=_strings(t.get("forbid", []), f"{at('forbid')} forbid"),
            genitive=gen, gap=gap, frame=frame, mutual=bool(t.get("mutual", False)),
            mediation=bool(t.get("mediation", False)), transitive=bool(t.get("transitive", False)),
            confidence=confidence, cameo=cameo,
            examples=_examples(t.get("examples", []), label, span),
            where=f"{name}:{span.first}", override=t.get("override", False),
        ))
    top = lines.inline("examples")
    examples = list(_examples(data.get("examples", []), "examples", top))
    morphology = data.get("morphology", {})
    if not isinstance(morphology, dict):
        raise DataError(f"{name}:{lines.key(None, 'morphology')}: [morphology] must be a table")
    return _File(lang, words, dict(settings), triggers, examples, morphology, name)



def _lexicon(lang: str, files: list[Path], merge: bool = True) -> Lexicon:
    """The lexicon of ``lang`` from ``files`` in order: later files add cue words and triggers.

    A later trigger with an earlier trigger's id must say ``override = true`` (it then takes
    the earlier one's place); ``override`` of an id that no earlier file has is an error too.
    Cue word lists are extended, ``[settings]`` keys replaced.
    """
    words: dict[str, list[str]] = {k: [] for k in WORD_KEYS}
    settings = dict(SETTINGS)
    triggers: list[Trigger] = []
    index: dict[str, int] = {}
    examples: list[Example] = []
    analyser, closed = "rules", {}
    for path in files:
        f = _read_file(path)
        if f.morphology:  # a later file may name the analyser and add or change closed-class words
            analyser = f.morphology.get("analyser", analyser)
            if analyser not in ANALYSERS:
                raise DataError(f"{f.name}: [morphology] analyser must be one of {', '.join(ANALYSERS)}")
            rest = {k: v for k, v in f.morphology.items() if k != "analyser"}
            closed.update(closed_class(rest, f"{f.name} [morphology]"))
        for k, ws in f.words.items():
            words[k].extend(w for w in ws if w not in words[k])
        settings.update({k: bool(v) for k, v in f.settings.items()})
        for t in f.triggers:
            tid = t.rule.split(":", 1)[1]
            if tid in index:
                if not t.override and merge:
                    raise DataError(f"{t.where}: trigger id '{tid}' is already defined at "
                                    f"{triggers[index[tid]].where}; add override = true to replace it")
                triggers[index[tid]] = t
            else:
                if t.override and merge:
                    raise DataError(f"{t.where}: override = true, but no earlier file defines trigger '{tid}'")
                index[tid] = len(triggers)
                triggers.append(t)
        examples.extend(f.examples)
    return Lexicon(lang, triggers, {k: tuple(v) for k, v in words.items()}, files[0] if files else None,
                   examples, settings, tuple(files), MorphologyData(analyser, closed))


def load_lexicon(path: Path | str) -> Lexicon:
    """One lexicon file on its own (``override`` marks are not checked)."""
    return _lexicon(Path(path).stem, [Path(path)], merge=False)


def load_language(lang: str, data: DataPath | None = None) -> Lexicon:
    """The lexicon of ``lang``: every file of it on the data path, merged (see :func:`_lexicon`)."""
    data = data if data is not None else active()
    files = data.lexicon_files(lang)
    if not files:
        raise DataError(f"no lexicon for language '{lang}' (have: {', '.join(data.languages())})")
    return _lexicon(lang, files)


def available_languages(data: DataPath | None = None) -> list[str]:
    """Every language with a lexicon file on the data path (default: the active one)."""
    return (data if data is not None else active()).languages()


# --- compiled tables -----------------------------------------------------------------------

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


_SINGLE_WORD_CONCEPTS = ("comitative", "control", "prepositions", "genitive_marker", "from", "quantifiers",
                         "auxiliaries",
                         "relative_subject", "origin", "reduced", "within", "event", "relative", "relative_article",
                         "infinitive_marker",
                         "as_role", "subordinator",
                         "complementizer", "coordination", "determiners", "agent", "passive_aux",
                         "clause_break", "negation", "not_negating", "locative", "pair_persons")


def _forms_of(words, lang: str) -> frozenset[str]:
    from kg.morph import word_forms

    out: set[str] = set()
    for w in words:
        for f, _ in word_forms(w, lang):
            out.add(f)
    return frozenset(out)


def _compile(lang: str, gaz: Gazetteer, data: DataPath | None = None) -> Compiled:
    lex = load_language(lang, data)
    actors = PhraseIndex()
    for a in gaz.actors.values():
        for kind in ("names", "metonyms", "demonyms"):
            for alias in getattr(a, kind).get(lang, ()):
                actors.add(alias, lang, (a.id, kind), proper=kind != "demonyms" or alias[:1].isupper())
        for alias in a.adjectives.get(lang, ()):
            actors.add(alias, lang, (a.id, "adjectives"), proper=False)
    sources = PhraseIndex()
    for s in gaz.sources.values():
        for alias in s.names.get(lang, ()) + s.names.get("en", ()):
            sources.add(alias, lang, s.id, proper=True)
    blockers = PhraseIndex()  # sources and geographic features: their tokens are never actors
    for s in list(gaz.sources.values()) + list(gaz.features.values()):
        for alias in s.names.get(lang, ()) + (s.names.get("en", ()) if s.id in gaz.sources else ()):
            blockers.add(alias, lang, s.id, proper=True)
    triggers = PhraseIndex()
    for i, t in enumerate(lex.triggers):
        for w in t.words:
            triggers.add(w, lang, i, max_gap=t.gap)
    cues = PhraseIndex()
    for concept in ("same_again", "reciprocal", "denial", "hypothetical", "resolve", "condition", "demand", "hedge",
                    "attribution", "mission", "pair", "parties", "regime", "bloc", "group", "possessive_pronoun",
                    "pronoun", "first_person", "object_pronoun", "there", "guest", "private", "former", "light_verbs",
                    "inverse", "speech", "body", "negation", "clause_break", "pledge", "future", "ongoing",
                    "past_forms", "presupposing", "role", "including", "defend",
                    "this_state",
                    *TITLES):
        for w in lex.words[concept]:  # a pledge may be a separable verb: "sagte der Ukraine Panzer zu"
            # a pledge may be a separable verb; a reflexive verb of defending may be split by its clause
            # ("die sich seit Jahren gegen den Angriff verteidigt")
            cues.add(w, lang, concept, max_gap={"pledge": 4, "defend": 12}.get(concept, 0))
    context = PhraseIndex()
    for i, t in enumerate(lex.triggers):
        for key, words in (("needs", t.needs), ("forbid", t.forbid)):
            for w in words:
                if len(_words(w)) > 1:
                    context.add(w, lang, (key, i))
    markers = {c: _forms_of(lex.words[c], lang) for c in _SINGLE_WORD_CONCEPTS}
    markers["abbreviations"] = frozenset(w.lower().rstrip(".") for w in lex.words["abbreviations"])
    return Compiled(
        lang, lex, actors, sources, blockers, triggers, cues,
        [_forms_of([w for w in t.needs if len(_words(w)) == 1], lang) for t in lex.triggers],
        [_forms_of([w for w in t.forbid if len(_words(w)) == 1], lang) for t in lex.triggers],
        context,
        markers,
    )


def _words(phrase: str) -> list[str]:
    from kg.text import tokenize

    return [t.text for t in tokenize(phrase.lstrip("="))]


def _data_hash(data: DataPath) -> str:
    """A hash of every data file in use (packaged and the user's), their names, and the compiling code."""
    h = hashlib.sha256()
    from kg import __version__

    h.update(__version__.encode())
    for p in data.files():
        h.update(display(p).encode() + b"\0")
        h.update(p.read_bytes())
    for mod in ("morph.py", "phrases.py", "lexicon.py", "engine/morphology.py"):
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.hexdigest()[:20]


def _cache_dir() -> Path:
    base = os.environ.get("KG_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "kg")
    return Path(base)


def disk_cached(kind: str, data: DataPath, build, code: str):
    """``build()``'s result, pickled in the cache folder under the hash of every data file in use and
    of the module ``code`` that builds it (a changed record class never loads a stale pickle), so a
    fresh process does not parse the TOML files again (the gazetteer alone takes most of a second)."""
    slot = hashlib.sha256("\0".join(str(d.resolve()) for d in data.dirs).encode()).hexdigest()[:8]
    source = hashlib.sha256(Path(code).read_bytes()).hexdigest()[:8]
    path = _cache_dir() / f"{kind}-{slot}-{_data_hash(data)}{source}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for old in path.parent.glob(f"{kind}-{slot}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still works, only slower
    return value


def compiled(lang: str, data: DataPath | None = None) -> Compiled:
    """The compiled tables for ``lang`` with ``data`` (default: the active data path)."""
    return _compiled(lang, data if data is not None else active())


@cache
def _compiled(lang: str, data: DataPath) -> Compiled:
    """From the disk cache when it is current: one slot per set of data folders, so that runs with
    and without a user's folder do not evict each other's tables."""
    if lang not in data.languages():
        raise DataError(f"no lexicon for language '{lang}' (have: {', '.join(data.languages())})")
    slot = hashlib.sha256("\0".join(str(d.resolve()) for d in data.dirs).encode()).hexdigest()[:8]
    path = _cache_dir() / f"{lang}-{slot}-{_data_hash(data)}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    comp = _compile(lang, gazetteer_of(data), data)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(comp, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for old in path.parent.glob(f"{lang}-*.pickle"):  # stale tables of older data in this slot
            if old != path and (old.name.startswith(f"{lang}-{slot}-") or old.name.count("-") == 1):
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home still works, only slower
    return comp
