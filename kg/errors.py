"""One-line errors for the command line, and the exit codes they carry.

Exit codes (README, "Errors and exit codes"): 0 success; 1 some inputs failed, or the
command could not do its job (an unreadable export, a store that refused the upload, an
output that cannot be written); 2 usage error (unknown option, missing or invalid
argument); 130 interrupted (Ctrl-C). A user never sees a traceback: ``internal_error`` turns any unexpected
exception into one line that says what failed, and ``shown`` escapes what would break a
message's line (control, invisible and undecodable characters in file names).
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import click

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


class KgError(click.ClickException):
    """A one-line ``kg: error: ...`` message and exit status 1."""

    exit_code = EXIT_FAILED

    def show(self, file=None) -> None:
        click.echo(f"kg: error: {one_line(self.format_message())}", err=True, file=file)


class KgInterrupted(KgError):
    """Ctrl-C: one line in kg's form (not click's "Aborted!"), exit status 130."""

    exit_code = EXIT_INTERRUPTED


class KgUsageError(KgError):
    """A one-line error about how the command was called; exit status 2."""

    exit_code = EXIT_USAGE


def one_line(text: str, limit: int = 500) -> str:
    """``text`` on one line (line breaks and runs of spaces collapsed), cut at ``limit``."""
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


_OS_REASONS = {
    errno.ENOENT: "no such file or directory", errno.ELOOP: "symlink loop", errno.EACCES: "permission denied",
    errno.EPERM: "permission denied", errno.EISDIR: "is a folder", errno.ENOTDIR: "not a folder",
    errno.ENOSPC: "no space left on the device", errno.EROFS: "read-only file system",
    errno.EEXIST: "already exists", errno.ENAMETOOLONG: "name too long", errno.EDQUOT: "disk quota exceeded",
}


def os_reason(e: OSError) -> str:
    """The reason of an OSError in a few lower-case words."""
    if e.errno in _OS_REASONS:
        return _OS_REASONS[e.errno]
    return (e.strerror or str(e) or type(e).__name__).lower()


def os_message(e: OSError) -> str:
    """``PATH: reason`` for an OSError (the path it names, when it names one)."""
    where = e.filename if e.filename is not None else None
    if where is None:
        return os_reason(e)
    if e.errno == errno.EEXIST and os.path.exists(where) and not os.path.isdir(where):
        return f"{where}: exists and is not a folder"  # mkdir of a path that is a file
    return f"{where}: {os_reason(e)}"


def internal_error(e: BaseException) -> str:
    """The one-line message for an exception no command expected."""
    if isinstance(e, OSError):
        return os_message(e)
    if isinstance(e, MemoryError):
        return "out of memory"
    if isinstance(e, RecursionError):
        return "input nested too deeply (recursion limit)"
    detail = one_line(str(e), 300)
    return (f"unexpected {type(e).__name__}" + (f": {detail}" if detail else "")
            + " (this is a bug in kg; KG_DEBUG=1 shows the traceback)")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ud800-\udfff]")


def shown(name: str | Path) -> str:
    """A file name fit for a one-line message: control, invisible and undecodable characters escaped."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", str(name))
