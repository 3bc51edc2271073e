"""Where kg's knowledge comes from: the packaged data, then the analyst's own folders.

An analyst keeps their actors, words and corrections beside the package, in folders laid out
like ``kg/data/`` (``actors/*.toml``, ``lexicon/<lang>.toml``, and a ``curation.toml``), so that
an upgrade never erases them. The folders come from ``KG_DATA_PATH`` (``os.pathsep``-separated)
and from ``--data DIR`` on the command line, in that order, after the packaged data; later files
extend or override earlier ones by id (``kg.actors``, ``kg.lexicon`` do the merging).

A :class:`DataPath` is a value: the loaders and the compiled-table cache are keyed by it, so
the same process can extract with and without a user's data. The command line chooses one for
the whole run with :func:`use`; library callers may pass one explicitly.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGED = Path(__file__).parent / "data"
ENV = "KG_DATA_PATH"
CURATION_FILE = "curation.toml"


class DataError(ValueError):
    """A data file is malformed; the message names the file (and line) and the entry."""


@dataclass(frozen=True)
class DataPath:
    """The data folders in use, the packaged one first."""

    dirs: tuple[Path, ...] = (PACKAGED,)

    @property
    def user_dirs(self) -> tuple[Path, ...]:
        return self.dirs[1:]

    def actor_files(self) -> list[Path]:
        """Every gazetteer file, folder by folder, each folder's files in name order."""
        return [p for d in self.dirs for p in sorted((d / "actors").glob("*.toml"))]

    def lexicon_files(self, lang: str) -> list[Path]:
        """The files that make up the lexicon of ``lang``: the packaged one, then the users'."""
        return [d / "lexicon" / f"{lang}.toml" for d in self.dirs if (d / "lexicon" / f"{lang}.toml").is_file()]

    def languages(self) -> list[str]:
        return sorted({p.stem for d in self.dirs for p in (d / "lexicon").glob("*.toml")})

    def curation_files(self) -> list[Path]:
        """``curation.toml`` of each user folder that has one."""
        return [d / CURATION_FILE for d in self.user_dirs if (d / CURATION_FILE).is_file()]

    def files(self) -> list[Path]:
        """Every gazetteer and lexicon file in use (what the compiled tables depend on)."""
        return self.actor_files() + [p for d in self.dirs for p in sorted((d / "lexicon").glob("*.toml"))]


def _user_dir(value: str | Path, origin: str) -> Path:
    d = Path(value).expanduser()
    if not d.is_dir():
        raise DataError(f"{d}: no such data folder (from {origin})")
    if not any((d / sub).exists() for sub in ("actors", "lexicon", "dates", CURATION_FILE)):
        raise DataError(f"{d}: not a kg data folder: no actors/, lexicon/, dates/ or {CURATION_FILE} in it "
                        f"(from {origin})")
    return d


def data_path(extra: Iterable[str | Path] = (), env: bool = True) -> DataPath:
    """The packaged data, then the folders of ``$KG_DATA_PATH``, then ``extra`` (``--data``)."""
    dirs: list[Path] = [PACKAGED]
    seen = {PACKAGED.resolve()}
    sources = [(v, ENV) for v in (os.environ.get(ENV, "").split(os.pathsep) if env else ()) if v.strip()]
    sources += [(v, "--data") for v in extra]
    for value, origin in sources:
        d = _user_dir(value, origin)
        if d.resolve() not in seen:
            seen.add(d.resolve())
            dirs.append(d)
    return DataPath(tuple(dirs))


_active: DataPath | None = None


def use(extra: Iterable[str | Path] = ()) -> DataPath:
    """Make the packaged data, ``$KG_DATA_PATH`` and ``extra`` the data of this process's run."""
    global _active
    _active = data_path(extra)
    return _active


def reset() -> None:
    """Back to the default: the packaged data and ``$KG_DATA_PATH``."""
    global _active
    _active = None


def active() -> DataPath:
    """The data in use: what :func:`use` chose, else the packaged data and ``$KG_DATA_PATH``."""
    return _active if _active is not None else _default(os.environ.get(ENV, ""))


@lru_cache(maxsize=8)
def _default(env_value: str) -> DataPath:
    """The default data for one value of ``$KG_DATA_PATH``, made once: every article asks for
    it (the library API), and resolving the folders each time cost a fifth of a millisecond."""
    return data_path()


@lru_cache(maxsize=4096)
def display(path: Path | str) -> str:
    """A data file's name for messages: ``kg/data/...`` for packaged files, else the path as given
    (memoized: every field of every entry names its file, and resolving paths is slow)."""
    path = Path(path)
    try:
        return "kg/data/" + path.resolve().relative_to(PACKAGED.resolve()).as_posix()
    except ValueError:
        return str(path)
