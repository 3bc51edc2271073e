"""The output folder of ``kg build``: staged, swapped in atomically, locked.

Every export is written into a temporary sibling folder (``.NAME.kg-new-XXXX`` next to
``NAME``); only when all of them are complete is it swapped with the old folder in one
``renameat2(RENAME_EXCHANGE)`` call (Linux), so at every instant ``NAME`` is either the
complete old export or the complete new one, even if the build is killed (``kill -9``)
at any point. Where the exchange is not available the old folder is renamed aside first,
and a later build puts it back if it was killed between the two renames.

Two builds into the same folder take turns: a lock file next to it
(``.NAME.kg-lock``, ``flock``) makes the second wait, and says so. The lock dies with its
process, so a killed build never leaves the folder locked; the next build removes the
staging folders that killed builds left behind.

Files in the old folder that are not kg's exports are carried over into the new folder
(hard links, so nothing is copied); a folder that holds sub-folders kg did not write is
refused before anything is built, and so is a mount point (a container's volume, say), which
cannot be renamed: the exports go into a folder inside it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

#: Entries of an export folder that a build writes (everything else is the user's).
OWN_FILES = frozenset({"claims.jsonl", "graph.ttl", "graph.jsonld", "graph.nq", "graph.graphml", "edges.csv",
                       "events.csv", "graph.html", "graph.evidence"})
OWN_DIRS = frozenset({".kg", "graph.evidence"})
_RENAME_EXCHANGE = 2


class OutputError(Exception):
    """The output folder cannot be used; str() is the one-line message."""


def _sibling(out: Path, tag: str) -> str:
    return f".{out.name}.kg-{tag}"


def check_output(out: Path) -> None:
    """Refuse an output path that is a file or a folder holding folders kg did not write."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    if out.is_dir() and os.path.ismount(out):  # renameat2 and rename both fail with EBUSY on a mount point
        raise OutputError(f"{out}: is a mount point, which a build cannot replace in one step; "
                          f"build into a folder inside it (-o {out / 'exports'})")
    if out.is_dir():
        foreign = sorted(p.name for p in out.iterdir() if p.is_dir() and p.name not in OWN_DIRS)
        if foreign:
            raise OutputError(f"{out}: holds folders kg did not write ({', '.join(foreign[:3])}); "
                              "build into an empty or new folder")


@contextmanager
def build_lock(out: Path, notify: Callable[[str], None] | None = None):
    """Hold the build lock of ``out`` (waiting, with a notice, while another build holds it)."""
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    path = parent / (_sibling(out, "lock"))
    try:
        f = open(path, "a+b")  # closed by the with below
    except OSError as e:  # name the folder asked for, not the lock file beside it
        from kg.errors import os_reason

        raise OSError(None, f"cannot write the export there ({os_reason(e)})", str(out)) from None
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if notify:
                notify(f"waiting for another kg build into {out} to finish")
            fcntl.flock(f, fcntl.LOCK_EX)
        try:
            recover(out)
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def recover(out: Path) -> None:
    """Clean up after killed builds (call with the lock held)."""
    parent = out.parent
    old = [p for p in parent.glob(_sibling(out, "old-*")) if p.is_dir()]
    if not out.exists() and old:
        os.rename(sorted(old)[-1], out)  # killed between the two renames of the fallback swap
    for p in [*parent.glob(_sibling(out, "new-*")), *parent.glob(_sibling(out, "old-*"))]:
        shutil.rmtree(p, ignore_errors=True)


def staging(out: Path) -> Path:
    """A new, empty staging folder beside ``out``, with the permissions of a normal folder."""
    path = Path(tempfile.mkdtemp(prefix=_sibling(out, "new-"), dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o777 & ~umask)
    return path


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False when the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd = -100
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot exchange
        return False
    raise OSError(err, os.strerror(err), str(b))


def _carry_over(old: Path, new: Path) -> None:
    """Hard-link the user's own files of the old folder into the new one."""
    for p in old.iterdir():
        if p.name in OWN_FILES or p.name in OWN_DIRS or p.is_dir() or (new / p.name).exists():
            continue
        try:
            os.link(p, new / p.name)
        except OSError:
            shutil.copy2(p, new / p.name)


def swap_in(new: Path, out: Path) -> None:
    """Make the complete folder ``new`` the folder ``out`` (call with the lock held)."""
    if not out.exists():
        os.rename(new, out)
        return
    _carry_over(out, new)
    if _exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # ``new`` now names the old export
        return
    old = out.parent / (_sibling(out, f"old-{os.getpid()}"))
    os.rename(out, old)
    os.rename(new, out)
    shutil.rmtree(old, ignore_errors=True)

