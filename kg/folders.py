"""Walking a folder of articles: lazily, in sorted order, through links but never in circles.

``kg extract news/`` may meet anything in a folder: images, archives, PDFs, hidden files,
symbolic links to other folders (or back up to this one), files that cannot be read. Files
with an article suffix are yielded one at a time as the walk reaches them, so the first
article is read before the last folder is listed; the others are counted and reported in
one notice per folder (each one by name with ``verbose``). The walk uses an explicit stack,
so folder depth is no limit. A folder that holds a build's manifest (``kg build news -o news``)
is an export folder too: the files kg wrote there (``graph.html``, ``claims.jsonl``) are not
read back as articles of the next build.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import os_reason, shown
from kg.outdir import OWN_DIRS, OWN_FILES

#: The file only a build writes: a folder holding it is (also) an export folder.
_MANIFEST = os.path.join(".kg", "manifest.json")
_OWN = "written by kg build"


def walk_folder(root: Path, warn: Callable[[str], None], verbose: bool = False,
                suffixes: Iterable[str] = ()) -> Iterator[Path | str]:
    """Files under ``root`` whose suffix is in ``suffixes`` (recursively, in sorted order),
    lazily, or error lines.

    Hidden files and folders are left out; symbolic links are followed, but a folder is
    never read twice (so a link loop ends). Files that are not articles are counted and
    reported in one line at the end (each one with ``verbose``); the exports a build wrote
    into a folder with its manifest are left out silently (``verbose`` names them too).
    """
    suffixes = frozenset(suffixes)
    skipped: list[str] = []

    def skip(path: str, why: str) -> None:
        skipped.append(why)
        if verbose:
            warn(f"skipped {shown(path)}: {why}")

    seen: set[tuple[int, int]] = set()
    try:
        st = root.stat()
        seen.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    stack: list[tuple[Iterator[os.DirEntry], bool]] = []

    def enter(folder: str) -> str | None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            return f"{shown(folder)}: cannot read the folder ({os_reason(e)})"
        stack.append((iter(entries), os.path.isfile(os.path.join(folder, _MANIFEST))))
        return None

    if (err := enter(str(root))) is not None:
        yield err
        return
    while stack:
        entry = next(stack[-1][0], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        if stack[-1][1] and (entry.name in OWN_FILES or entry.name in OWN_DIRS):
            skip(entry.path, _OWN)
            continue
        suffix = os.path.splitext(entry.name)[1].lower()
        try:
            st = entry.stat()  # follows symbolic links
        except OSError as e:
            if suffix in suffixes:
                yield f"{shown(entry.path)}: cannot read ({os_reason(e)})"
            else:
                skip(entry.path, f"cannot be read ({os_reason(e)})")
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in seen:
                skip(entry.path, "a link to a folder already read")
                continue
            seen.add(key)
            if (err := enter(entry.path)) is not None:
                yield err
        elif not stat.S_ISREG(st.st_mode):
            skip(entry.path, "not a regular file")
        elif suffix in suffixes:
            yield Path(entry.path)
        else:
            skip(entry.path, f"not an article ({suffix or 'no suffix'})")
    if skipped and not verbose:
        own = sum(1 for why in skipped if why == _OWN)
        n = len(skipped) - own
        if n:  # a build's own exports are no news to the user who asked for them (kg build news -o news)
            warn(f"{shown(root)}: skipped {n} file{'s' if n != 1 else ''} that {'are' if n != 1 else 'is'} "
                 f"not {'articles' if n != 1 else 'an article'} (--verbose lists them)")
