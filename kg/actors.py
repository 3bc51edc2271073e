"""The actor gazetteer: who can appear in a claim, and how texts name them.

Actors live in TOML files under ``kg/data/actors/`` (see ``kg/data/README.md``).
This module loads and validates them; ``kg.mentions`` compiles them into the
surface forms that the extractor matches. Nothing here knows a particular
actor or language: adding one is a data change.
"""

from __future__ import annotations

import re
import tomllib
from collections import ChainMap
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.datapath import PACKAGED, DataError, DataPath, active, display
from kg.errors import os_reason
from kg.records import ACTOR_TYPES, ActorRef
from kg.tomlines import Span, TomlLines

DATA_DIR = PACKAGED
ACTORS_DIR = DATA_DIR / "actors"
LANGS = ("pl", "en", "de")
ALIAS_KINDS = ("names", "adjectives", "demonyms", "metonyms")
POSITIONS = ("head_of_state", "head_of_government", "leader", "minister", "official")
#: what a state is, for the definite descriptions that name it again ("the kingdom", "der Inselstaat"):
#: a lexicon's [state_descriptions] says which words of a description require which kind
STATE_KINDS = (
    "kingdom", "emirate", "sultanate", "monarchy", "islamic_republic", "city_state", "nuclear", "island",
    "landlocked", "post_soviet", "gulf", "arab", "middle_east", "asia", "southeast_asia", "central_asia",
    "caucasus", "himalaya", "europe", "baltic", "nordic", "balkan", "alpine", "mediterranean", "africa",
    "north_africa", "west_africa", "east_africa", "horn_of_africa", "sahel", "latin_america", "south_america",
    "andes", "caribbean", "pacific",
)
_ACTOR_KEYS = {
    "id", "type", "code", "acts_for", "part_of", "role", "position", "years", "wikidata",
    "names", "adjectives", "demonyms", "metonyms", "labels", "note", "member_of", "members",
    "capital_at", "seat_at", "located_at", "capital", "deployed_in", "kinds", "commands_forces",
}
_INTENT_KEYS = {"extend", "override"}  # how a later entry relates to an earlier one with its id
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_]*$")
_SOURCE_KEYS = {"id", "names", "note"}
_FEATURE_KEYS = {"id", "names", "note"}


@dataclass(frozen=True)
class Actor:
    id: str
    type: str
    code: str
    names: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    acts_for: str | None = None
    deployed_in: str | None = None  # a peace or military mission: the state its troops serve in ("kfor": XKX)
    part_of: str | None = None
    role: str | None = None
    position: str | None = None
    commands_forces: bool = False  # a minister whose office commands the armed forces (defence, war)
    years: str | None = None
    wikidata: str | None = None
    member_of: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # a collective ("the Baltic states") stands for these actors
    at: tuple[float, float] | None = None  # (lat, lon) on a map: a state's capital, an organization's seat, a place
    capital: str | None = None  # a state's capital in English, when its first English metonym is not it
    kinds: tuple[str, ...] = ()  # what a state is (STATE_KINDS): "kingdom", "island", "baltic" ...

    def label(self, lang: str = "en") -> str:
        """Display label in ``lang``, falling back to English, then any name."""
        for lg in (lang, "en", *LANGS):
            if lg in self.labels:
                return self.labels[lg]
            if self.names.get(lg):
                return self.names[lg][0]
        return self.id

    def ref(self) -> ActorRef:
        return ActorRef(
            id=self.id, label=self.label("en"), type=self.type, code=self.code,
            acts_for=self.acts_for, wikidata=self.wikidata,
        )


@dataclass(frozen=True)
class Source:
    """A news outlet or agency: a possible attribution, never an actor."""

    id: str
    names: dict[str, tuple[str, ...]]

    def label(self) -> str:
        for lg in ("en", *LANGS):
            if self.names.get(lg):
                return self.names[lg][0]
        return self.id


class Gazetteer:
    """All actors and sources, indexed by id and by code."""

    def __init__(self, actors: list[Actor], sources: list[Source], features: list[Source] | None = None):
        self.actors: dict[str, Actor] = {a.id: a for a in actors}
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        #: names that contain an actor's name but are not actors ("Gulf of Finland")
        self.features: dict[str, Source] = {f.id: f for f in features or ()}
        #: where each actor is defined and extended in the data files (for messages)
        self.spans: dict[str, list[Span]] = {}
        self._by_code: dict[str, Actor] = {}
        for a in actors:  # the actor that *is* the code (a state, an organization, a group)
            if a.type in ("State", "Organization", "ArmedGroup") and not a.acts_for:
                self._by_code.setdefault(a.code, a)

    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors

    def __len__(self) -> int:
        return len(self.actors)

    def by_code(self, code: str) -> Actor | None:
        """The top-level actor (state, organization, group) with this code."""
        return self._by_code.get(code.upper())

    def top(self, actor: Actor) -> Actor:
        """The state or organization an actor acts for (itself when top-level)."""
        seen = set()
        while actor.acts_for or actor.part_of:
            nxt = actor.acts_for or actor.part_of
            if nxt in seen or nxt not in self:  # (an article's view looks up without its ChainMap's loop)
                break
            seen.add(nxt)
            actor = self[nxt]
        return actor

    def find(self, text: str) -> Actor | None:
        """Resolve a user's string (an id, a code or a name in any language)."""
        from kg.text import fold

        if text in self.actors:
            return self.actors[text]
        if (a := self.by_code(text)) is not None:
            return a
        key = fold(text)
        for a in self.actors.values():
            for kind in ("names", "metonyms"):
                for forms in getattr(a, kind).values():
                    if any(fold(f) == key for f in forms):
                        return a
        for a in self.actors.values():
            if fold(a.id) == key:
                return a
        return None


class ArticleGazetteer(Gazetteer):
    """The gazetteer as one article sees it: the data's actors plus those the article introduced.

    An article may introduce a person or body the data does not know ("Russia's deputy foreign
    minister Sergei Ryabkov"); the engine records it in the article's discourse (``extra``, a
    dict it keeps filling) and looks every actor up through this view, so such an actor is an
    actor like any other for the rest of the article and never outlives it.
    """

    def __init__(self, base: Gazetteer, extra: dict[str, Actor]):
        self.base = base
        self.extra = extra
        self.actors = ChainMap(extra, base.actors)  # type: ignore[assignment]
        self.sources, self.features, self.spans = base.sources, base.features, base.spans
        self._by_code = base._by_code
        self._base_actors = base.actors

    def __getitem__(self, actor_id: str) -> Actor:  # the ChainMap's lookup, without its Python loop
        found = self.extra.get(actor_id)
        return found if found is not None else self._base_actors[actor_id]

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.extra or actor_id in self._base_actors


def _langmap(value, where: str, key: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DataError(f"{where}: '{key}' must be a table of languages")
    out = {}
    for lang, forms in value.items():
        if not (lang.isalpha() and lang.islower() and 2 <= len(lang) <= 3):  # any ISO 639 code: a new language
            raise DataError(f"{where}: '{lang}' in '{key}' is not a language code")  # needs no Python
        if isinstance(forms, str):
            forms = [forms]
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            raise DataError(f"{where}: '{key}.{lang}' must be a list of non-empty strings")
        out[lang] = tuple(f.strip() for f in forms)
    return out


def _ids(value, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise DataError(f"{where}: '{key}' must be a list of actor ids")
    return tuple(value)


def _fields(entry: dict, span: Span, label: str) -> dict:
    """The actor fields an entry gives, validated; errors name the file and line of the key."""
    def at(key: str) -> str:
        return f"{display(span.path)}:{span.key_line(key)}: {label}"

    unknown = set(entry) - _ACTOR_KEYS - _INTENT_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise DataError(f"{at(key)}: unknown key(s) {', '.join(sorted(unknown))}")
    out: dict = {}
    if "type" in entry:
        if entry["type"] not in ACTOR_TYPES:
            raise DataError(f"{at('type')}: type must be one of {', '.join(ACTOR_TYPES)}, not {entry['type']!r}")
        out["type"] = entry["type"]
    for kind in (*ALIAS_KINDS,):
        if kind in entry:
            out[kind] = _langmap(entry[kind], at(kind), kind)
    if "code" in entry:
        code = entry["code"]
        if not isinstance(code, str) or not _CODE.match(code.upper()):
            raise DataError(f"{at('code')}: code must be letters and digits (RUS, NATO, G7), not {code!r}")
        out["code"] = code.upper()
    if "position" in entry:
        if entry["position"] not in POSITIONS:
            raise DataError(f"{at('position')}: position must be one of {', '.join(POSITIONS)}")
        out["position"] = entry["position"]
    if "commands_forces" in entry:
        if not isinstance(entry["commands_forces"], bool):
            raise DataError(f"{at('commands_forces')}: 'commands_forces' must be true or false")
        out["commands_forces"] = entry["commands_forces"]
    if "labels" in entry:
        labels = entry["labels"]
        if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
            raise DataError(f"{at('labels')}: 'labels' must map language codes to a string")
        out["labels"] = dict(labels)
    for key in ("acts_for", "part_of", "role", "years", "wikidata", "capital", "deployed_in"):
        if key in entry:
            if not isinstance(entry[key], str):
                raise DataError(f"{at(key)}: '{key}' must be a string")
            out[key] = entry[key]
    for key in ("member_of", "members"):
        if key in entry:
            out[key] = _ids(entry[key], at(key), key)
    for key in ("capital_at", "seat_at", "located_at"):
        if key in entry:
            out["at"] = _coords(entry, at(key))
    if "kinds" in entry:
        kinds = entry["kinds"]
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            raise DataError(f"{at('kinds')}: 'kinds' must be a list of strings")
        bad = [k for k in kinds if k not in STATE_KINDS]
        if bad:
            raise DataError(f"{at('kinds')}: unknown kind(s) {', '.join(bad)} (one of {', '.join(STATE_KINDS)})")
        out["kinds"] = tuple(dict.fromkeys(kinds))
    return out


def _coords(entry: dict, where: str) -> tuple[float, float] | None:
    """``capital_at`` (states), ``seat_at`` (organizations, armed groups) or ``located_at`` (places):
    [latitude, longitude]."""
    keys = [k for k in ("capital_at", "seat_at", "located_at") if k in entry]
    if not keys:
        return None
    if len(keys) > 1:
        raise DataError(f"{where}: give one of capital_at, seat_at, located_at")
    value = entry[keys[0]]
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)):
        raise DataError(f"{where}: '{keys[0]}' must be [latitude, longitude]")
    lat, lon = float(value[0]), float(value[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataError(f"{where}: '{keys[0]}' is not a latitude in [-90, 90] and a longitude in [-180, 180]")
    return lat, lon


def _parse_actor(entry: dict, where: str, span: Span | None = None) -> Actor:
    """One complete actor entry (``where`` names it when no span of the file is known)."""
    aid = entry.get("id")
    span = span or Span(Path(where), 0, 0, ())
    if not isinstance(aid, str) or not aid:
        raise DataError(f"{display(span.path)}:{span.first}: {where}: missing 'id'")
    fields = _fields(entry, span, f"{where} ({aid})")
    if "type" not in fields:
        raise DataError(f"{display(span.path)}:{span.first}: {where} ({aid}): type must be one of "
                        f"{', '.join(ACTOR_TYPES)}, not None")
    if not fields.get("names"):
        raise DataError(f"{display(span.path)}:{span.first}: {where} ({aid}): no names")
    return Actor(id=aid, **{"code": "", **fields})


def _extend(old: Actor, fields: dict) -> Actor:
    """``old`` with the names, adjectives, ... of ``fields`` added and its other given fields replaced."""
    new = dict(old.__dict__)
    for kind in ALIAS_KINDS:
        merged = dict(getattr(old, kind))
        for lang, forms in fields.pop(kind, {}).items():
            merged[lang] = tuple(dict.fromkeys(merged.get(lang, ()) + forms))
        new[kind] = merged
    new["labels"] = {**old.labels, **fields.pop("labels", {})}
    for key in ("member_of", "members"):
        new[key] = tuple(dict.fromkeys(getattr(old, key) + fields.pop(key, ())))
    new.update(fields)
    return Actor(**new)


def _key_at(spans: list[Span], key: str) -> str:
    """``file:line`` of the last entry of an actor that sets ``key`` (its first entry otherwise)."""
    for span in reversed(spans):  # an entry's first line is its [[actor]] header, never a key
        if span.key_line(key) != span.first:
            return f"{display(span.path)}:{span.key_line(key)}"
    return f"{display(spans[0].path)}:{spans[0].first}"


def _resolve_codes(actors: dict[str, Actor], spans: dict[str, list[Span]]) -> list[Actor]:
    """Persons, bodies and places take the code of what they act for / belong to."""
    out = []
    for a in actors.values():
        parent = a.acts_for or a.part_of
        if parent is not None and parent not in actors:
            key = "acts_for" if a.acts_for else "part_of"
            raise DataError(f"{_key_at(spans[a.id], key)}: {a.id}: refers to unknown actor '{parent}' "
                            f"in '{key}'")
        code = a.code
        if parent is not None:
            p, seen = actors[parent], {a.id}
            while not p.code and (p.acts_for or p.part_of) and p.id not in seen:
                seen.add(p.id)
                p = actors[p.acts_for or p.part_of]
            code = p.code
        if not code:
            need = {"Place": "'part_of' (the state it lies in)", "Person": "'acts_for' (whom it acts for)"}.get(
                a.type, "'acts_for' or 'part_of'")
            raise DataError(f"{_key_at(spans[a.id], 'id')}: {a.id}: no 'code', and no {need} to inherit one from")
        if a.deployed_in is not None and a.deployed_in not in actors:
            raise DataError(f"{_key_at(spans[a.id], 'deployed_in')}: {a.id}: refers to unknown actor "
                            f"'{a.deployed_in}' in 'deployed_in'")
        for key in ("member_of", "members"):
            for org in getattr(a, key):
                if org not in actors:
                    raise DataError(f"{_key_at(spans[a.id], key)}: {a.id}: refers to unknown actor '{org}' "
                                    f"in '{key}'")
        out.append(Actor(**{**a.__dict__, "code": code.upper()}))
    return out


def _read(path: Path) -> tuple[dict, TomlLines]:
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text), TomlLines(path, text)
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{display(path)}: {e}") from None
    except OSError as e:
        raise DataError(f"{display(path)}: cannot read it: {os_reason(e)}") from None
    except UnicodeDecodeError:
        raise DataError(f"{display(path)}: cannot read it: not UTF-8 text") from None


def _load(files: list[Path]) -> Gazetteer:
    """The gazetteer of ``files`` read in order: a later entry extends or overrides an earlier id.

    A second entry for an id must say how it relates to the first (``extend = true``: add
    names and set the fields it gives; ``override = true``: replace the entry), so that nobody
    changes a packaged actor by accident; ``extend``/``override`` of an id never defined is a
    typo and an error too.
    """
    actors: dict[str, Actor] = {}
    where: dict[str, str] = {}
    spans: dict[str, list[Span]] = {}
    sources: dict[str, Source] = {}
    features: dict[str, Source] = {}
    for path in files:
        data, lines = _read(path)
        unknown = set(data) - {"actor", "source", "feature"}
        if unknown:
            key = sorted(unknown)[0]
            raise DataError(f"{display(path)}:{lines.top(key)}: unknown top-level key(s) "
                            f"{', '.join(sorted(unknown))}")
        for i, (entry, span) in enumerate(zip(data.get("actor", []), _spans(lines, "actor", data), strict=True)):
            label = f"actor #{i + 1}"
            here = f"{display(path)}:{span.first}"
            aid = entry.get("id") if isinstance(entry, dict) else None
            if not isinstance(aid, str) or not aid:
                raise DataError(f"{here}: {label}: missing 'id'")
            extend, override = entry.get("extend") is True, entry.get("override") is True
            for key in _INTENT_KEYS & set(entry):
                if not isinstance(entry[key], bool):
                    raise DataError(f"{display(path)}:{span.key_line(key)}: {label} ({aid}): '{key}' is true or false")
            if extend and override:
                raise DataError(f"{here}: {label} ({aid}): give extend = true or override = true, not both")
            if (extend or override) and aid not in actors:
                raise DataError(f"{here}: {label} ({aid}): {'extend' if extend else 'override'} = true, "
                                f"but no earlier file defines '{aid}'")
            if aid in actors and not (extend or override):
                raise DataError(f"{here}: {label} ({aid}): id already defined at {where[aid]}; "
                                f"add extend = true to add to it or override = true to replace it")
            if extend:
                fields = _fields(entry, span, f"{label} ({aid})")
                if "type" in fields and fields["type"] != actors[aid].type:
                    raise DataError(f"{display(path)}:{span.key_line('type')}: {label} ({aid}): extend cannot "
                                    f"change the type ({actors[aid].type}); use override = true")
                actors[aid] = _extend(actors[aid], fields)
                spans[aid].append(span)
            else:
                actors[aid] = _parse_actor(entry, label, span)
                spans[aid] = [span]
                where[aid] = here
        for kind, table, keys in (("source", sources, _SOURCE_KEYS), ("feature", features, _FEATURE_KEYS)):
            for i, (entry, span) in enumerate(zip(data.get(kind, []), _spans(lines, kind, data), strict=True)):
                w = f"{display(path)}:{span.first}: {kind} #{i + 1}"
                if set(entry) - keys or not entry.get("id"):
                    raise DataError(f"{w}: a {kind} has 'id', 'names' and an optional 'note'")
                table[entry["id"]] = Source(id=entry["id"], names=_langmap(entry.get("names"), w, "names"))
    gaz = Gazetteer(_resolve_codes(actors, spans), list(sources.values()), list(features.values()))
    gaz.spans = spans
    return gaz


def _spans(lines: TomlLines, table: str, data: dict) -> list[Span]:
    """One span per entry of ``data[table]`` (the table's key line when written inline)."""
    spans = lines.entries(table)
    n = len(data.get(table, []))
    return spans if len(spans) == n else [lines.inline(table)] * n


def load_gazetteer(directory: Path | str | DataPath | None = None) -> Gazetteer:
    """Read and validate a gazetteer: a folder of ``*.toml`` files, or every actor file of a data path.

    Without an argument, the packaged gazetteer alone.
    """
    if isinstance(directory, DataPath):
        return _load(directory.actor_files())
    return _load(sorted(Path(directory or ACTORS_DIR).glob("*.toml")))


def gazetteer_of(data: DataPath | None = None) -> Gazetteer:
    """The gazetteer of ``data`` (default: the active data path), loaded once per process.

    With user folders, aliases that name two actors and codes that two top-level actors
    claim are errors here, naming the file and line, so that an analyst's file cannot make a
    name silently ambiguous.
    """
    return _gazetteer(data if data is not None else active())


@lru_cache(maxsize=8)
def _gazetteer(data: DataPath) -> Gazetteer:
    from kg.tablecache import disk_cached  # the cache is keyed by the hash the lexicon tables use

    gaz = disk_cached("gazetteer", data, lambda: load_gazetteer(data), __file__)
    if data.user_dirs:
        from kg.checks import alias_clashes, code_clashes

        problems = alias_clashes(gaz) + code_clashes(gaz)
        if problems:
            more = f" (and {len(problems) - 1} more: run kg check-data)" if len(problems) > 1 else ""
            raise DataError(problems[0] + more)
    return gaz


def default_gazetteer() -> Gazetteer:
    """The gazetteer in use: the packaged one plus the user's folders of the active data path."""
    return gazetteer_of(active())
