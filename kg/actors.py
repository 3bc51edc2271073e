"""The actor gazetteer: who can appear in a claim, and how texts name them.

Actors live in TOML files under ``kg/data/actors/`` (see ``kg/data/README.md``).
This module loads and validates them; ``kg.mentions`` compiles them into the
surface forms that the extractor matches. Nothing here knows a particular
actor or language: adding one is a data change.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.records import ACTOR_TYPES, ActorRef

DATA_DIR = Path(__file__).parent / "data"
ACTORS_DIR = DATA_DIR / "actors"
LANGS = ("pl", "en", "de")
ALIAS_KINDS = ("names", "adjectives", "demonyms", "metonyms")
POSITIONS = ("head_of_state", "head_of_government", "leader", "minister", "official")
_ACTOR_KEYS = {
    "id", "type", "code", "acts_for", "part_of", "role", "position", "years", "wikidata",
    "names", "adjectives", "demonyms", "metonyms", "labels", "note", "member_of", "members",
    "capital_at", "seat_at",
}
_SOURCE_KEYS = {"id", "names", "note"}
_FEATURE_KEYS = {"id", "names", "note"}


class DataError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


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
    part_of: str | None = None
    role: str | None = None
    position: str | None = None
    years: str | None = None
    wikidata: str | None = None
    member_of: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # a collective ("the Baltic states") stands for these actors
    at: tuple[float, float] | None = None  # (lat, lon) on a map: a state's capital, an organization's seat

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
            if nxt in seen or nxt not in self.actors:
                break
            seen.add(nxt)
            actor = self.actors[nxt]
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


def _parse_actor(entry: dict, where: str) -> Actor:
    aid = entry.get("id")
    if not isinstance(aid, str) or not aid:
        raise DataError(f"{where}: missing 'id'")
    where = f"{where} ({aid})"
    unknown = set(entry) - _ACTOR_KEYS
    if unknown:
        raise DataError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    typ = entry.get("type")
    if typ not in ACTOR_TYPES:
        raise DataError(f"{where}: type must be one of {', '.join(ACTOR_TYPES)}, not {typ!r}")
    names = _langmap(entry.get("names"), where, "names")
    if not names:
        raise DataError(f"{where}: no names")
    position = entry.get("position")
    if position is not None and position not in POSITIONS:
        raise DataError(f"{where}: position must be one of {', '.join(POSITIONS)}")
    labels = entry.get("labels") or {}
    if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
        raise DataError(f"{where}: 'labels' must map language codes to a string")
    return Actor(
        id=aid, type=typ, code=str(entry.get("code") or ""), names=names,
        adjectives=_langmap(entry.get("adjectives"), where, "adjectives"),
        demonyms=_langmap(entry.get("demonyms"), where, "demonyms"),
        metonyms=_langmap(entry.get("metonyms"), where, "metonyms"),
        labels=dict(labels), acts_for=entry.get("acts_for"), part_of=entry.get("part_of"),
        role=entry.get("role"), position=position, years=entry.get("years"),
        wikidata=entry.get("wikidata"), member_of=tuple(entry.get("member_of") or ()),
        members=tuple(entry.get("members") or ()),
        at=_coords(entry, where),
    )


def _coords(entry: dict, where: str) -> tuple[float, float] | None:
    """``capital_at`` (states) or ``seat_at`` (organizations, armed groups): [latitude, longitude]."""
    keys = [k for k in ("capital_at", "seat_at") if k in entry]
    if not keys:
        return None
    if len(keys) > 1:
        raise DataError(f"{where}: give capital_at or seat_at, not both")
    value = entry[keys[0]]
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)):
        raise DataError(f"{where}: '{keys[0]}' must be [latitude, longitude]")
    lat, lon = float(value[0]), float(value[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataError(f"{where}: '{keys[0]}' is not a latitude in [-90, 90] and a longitude in [-180, 180]")
    return lat, lon


def _resolve_codes(actors: dict[str, Actor], where: dict[str, str]) -> list[Actor]:
    """Persons, bodies and places take the code of what they act for / belong to."""
    out = []
    for a in actors.values():
        parent = a.acts_for or a.part_of
        if parent is not None and parent not in actors:
            raise DataError(f"{where[a.id]} ({a.id}): refers to unknown actor '{parent}'")
        code = a.code
        if parent is not None:
            p, seen = actors[parent], {a.id}
            while not p.code and (p.acts_for or p.part_of) and p.id not in seen:
                seen.add(p.id)
                p = actors[p.acts_for or p.part_of]
            code = p.code
        if not code:
            raise DataError(f"{where[a.id]} ({a.id}): no 'code' and nothing to inherit one from")
        for org in a.member_of + a.members:
            if org not in actors:
                raise DataError(f"{where[a.id]} ({a.id}): refers to unknown actor '{org}'")
        out.append(Actor(**{**a.__dict__, "code": code.upper()}))
    return out


def load_gazetteer(directory: Path | str | None = None) -> Gazetteer:
    """Read and validate every ``*.toml`` in the actors directory."""
    directory = Path(directory) if directory else ACTORS_DIR
    actors: dict[str, Actor] = {}
    sources: list[Source] = []
    features: list[Source] = []
    where: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise DataError(f"{path.name}: {e}") from None
        unknown = set(data) - {"actor", "source", "feature"}
        if unknown:
            raise DataError(f"{path.name}: unknown top-level key(s) {', '.join(sorted(unknown))}")
        for i, entry in enumerate(data.get("actor", [])):
            a = _parse_actor(entry, f"{path.name} actor #{i + 1}")
            if a.id in actors:
                raise DataError(f"{path.name} ({a.id}): id already defined in {where[a.id]}")
            actors[a.id] = a
            where[a.id] = path.name
        for i, entry in enumerate(data.get("source", [])):
            w = f"{path.name} source #{i + 1}"
            if set(entry) - _SOURCE_KEYS:
                raise DataError(f"{w}: unknown key(s) {', '.join(sorted(set(entry) - _SOURCE_KEYS))}")
            if not entry.get("id"):
                raise DataError(f"{w}: missing 'id'")
            sources.append(Source(id=entry["id"], names=_langmap(entry.get("names"), w, "names")))
        for i, entry in enumerate(data.get("feature", [])):
            w = f"{path.name} feature #{i + 1}"
            if set(entry) - _FEATURE_KEYS or not entry.get("id"):
                raise DataError(f"{w}: a feature has 'id', 'names' and an optional 'note'")
            features.append(Source(id=entry["id"], names=_langmap(entry.get("names"), w, "names")))
    return Gazetteer(_resolve_codes(actors, where), sources, features)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return load_gazetteer()
