"""Per-language lexicons: relation triggers and the cue words around them.

A lexicon is one TOML file per language in ``kg/data/lexicon/`` (see the
header of ``pl.toml`` for every key). This module reads and validates it
(unknown keys and relations are errors naming the file and the entry);
``kg.lexicon_compiled`` compiles it, together with the gazetteer, into phrase
indexes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kg.actors import DATA_DIR, STATE_KINDS, DataError
from kg.datapath import DataPath, active, display
from kg.engine.morphology import ANALYSERS, MorphologyData, closed_class
from kg.errors import os_reason
from kg.lexicon_keys import (  # the keys a lexicon file may use, with what each does; re-exported
    EXAMPLE_KEYS,
    SETTINGS,
    TITLES,  # noqa: F401 (kg.engine reads the titles from here)
    TOP_KEYS,
    TRIGGER_KEYS,
    WORD_KEYS,
)
from kg.records import RELATIONS
from kg.tomlines import Span, TomlLines, quoted

LEXICON_DIR = DATA_DIR / "lexicon"


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
    frame: str = "clause"  # clause | speaker: "X said Y committed war crimes" -> X accuses Y | recipient | pair
    mutual: bool = False  # "fighting between X and Y": the relation holds both ways
    mediation: bool = False  # "talks mediated by Oman": the mediator meets each party, the parties not each other
    transitive: bool = False  # "X hosted Y": the object is the other party; co-subjects alone are none
    together: bool = False  # "X and Y discussed trade": the parties are the co-subjects only, never an object
    told_before: bool = False  # "The agreements included …": the article's last talks or deal, never the clause's
    persons: bool = False  # a known person named after the trigger meets its 'needs' ("Xi przyjął Putina")
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
    #: [state_descriptions]: kind -> the words of a state's description that require it ("kingdom" -> "kingdom")
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)


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
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # [state_descriptions]


def _read_file(path: Path) -> _File:
    name = display(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{name}: {e}") from None
    except OSError as e:
        raise DataError(f"{name}: cannot read it: {os_reason(e)}") from None
    except UnicodeDecodeError:
        raise DataError(f"{name}: cannot read it: not UTF-8 text") from None
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
        if frame not in ("clause", "speaker", "recipient", "pair"):
            raise DataError(f"{at('frame')}: frame must be clause, speaker, recipient or pair")
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
            together=bool(t.get("together", False)),
            told_before=bool(t.get("told_before", False)), persons=bool(t.get("persons", False)),
            confidence=confidence, cameo=cameo,
            examples=_examples(t.get("examples", []), label, span),
            where=f"{name}:{span.first}", override=t.get("override", False),
        ))
    top = lines.inline("examples")
    examples = list(_examples(data.get("examples", []), "examples", top))
    morphology = data.get("morphology", {})
    if not isinstance(morphology, dict):
        raise DataError(f"{name}:{lines.key(None, 'morphology')}: [morphology] must be a table")
    descriptions = _descriptions(data.get("state_descriptions", {}), name, lines)
    return _File(lang, words, dict(settings), triggers, examples, morphology, name, descriptions)


def _descriptions(raw, name: str, lines: TomlLines) -> dict[str, tuple[str, ...]]:
    """``[state_descriptions]``: each key a state kind of ``kg.actors.STATE_KINDS``, each value the word
    beginnings of a description that require it ("kingdom", "królestw", "königreich")."""
    if not isinstance(raw, dict):
        raise DataError(f"{name}:{lines.key(None, 'state_descriptions')}: [state_descriptions] must be a table")
    section = lines.section("state_descriptions")
    bad = sorted(set(raw) - set(STATE_KINDS))
    if bad:
        raise DataError(f"{name}:{section.key_line(bad[0])}: [state_descriptions]: unknown kind(s) "
                        f"{', '.join(bad)} (one of {', '.join(STATE_KINDS)})")
    return {k: tuple(w.lower() for w in _strings(v, f"{name}:{section.key_line(k)}: [state_descriptions] {k}"))
            for k, v in raw.items()}


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
    descriptions: dict[str, list[str]] = {}
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
        for k, ws in f.descriptions.items():
            have = descriptions.setdefault(k, [])
            have.extend(w for w in ws if w not in have)
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
                   examples, settings, tuple(files), MorphologyData(analyser, closed),
                   {k: tuple(v) for k, v in descriptions.items()})


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
