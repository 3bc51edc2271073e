"""``kg serve``: a real SPARQL 1.1 endpoint over an export, with Oxigraph's own server.

The ``oxigraph`` package on PyPI ships Oxigraph's server binary. ``kg serve`` loads the
export into the persistent store beside it (``kg.store.ensure_store``: built once, reused
while the export's content is unchanged), starts ``oxigraph serve-read-only`` on that store
(or, with ``update``, ``oxigraph serve`` on a working copy, so that writes never alter the
store that stands for the export), waits until it answers, and says where everything is.
The default graph is the union of the export's graphs, as for ``kg query``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.store import STAMP, ensure_store


class ServeError(RuntimeError):
    """The endpoint cannot start: no export, no oxigraph binary, port taken…"""


@dataclass
class Endpoint:
    """A running Oxigraph server over an export."""

    process: subprocess.Popen
    base: str
    store: Path
    reused: bool
    update: bool
    html: Path | None

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"

    def describe(self) -> list[str]:
        lines = [
            f"SPARQL query endpoint: {self.query_url}",
            f"SPARQL update:         {self.update_url}" if self.update else
            "SPARQL update:         off (kg serve --update to allow writes, to a working copy)",
            f"Graph Store (GSP):     {self.store_url}" + ("" if self.update else "  (read-only)"),
            f"Query editor:          {self.base}/",
            f"Store:                 {self.store} ({'reused: the export is unchanged' if self.reused else 'loaded'})",
        ]
        if self.html is not None:
            lines.append(f"Interactive graph:     {self.html.resolve().as_uri()}")
        return lines

    def stop(self, timeout: float = 10.0) -> int:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout``); its exit status."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def oxigraph_binary() -> str:
    """The oxigraph server installed with this Python (the ``oxigraph`` package), or on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file():
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the oxigraph server is not installed (pip install oxigraph)")


def export_folder(export: str | Path) -> Path:
    """The export folder of EXPORT (a folder, or a file written by kg build inside one)."""
    path = Path(export)
    if not path.exists():
        raise ServeError(f"{path}: no such file or directory")
    folder = path if path.is_dir() else path.parent
    if not any((folder / name).is_file() for name in ("graph.nq", "graph.ttl", "graph.jsonld")):
        raise ServeError(f"{folder}: not an export folder (no graph.nq, graph.ttl or graph.jsonld; run kg build)")
    return folder


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host if host != "localhost" else "127.0.0.1", port))
        except OSError:
            return False
    return True


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status < 500
    except urllib.error.HTTPError as e:
        return e.code < 500
    except (urllib.error.URLError, OSError):
        return False


def _die_with(parent: int):
    """In the server's process before it runs (Linux): ask for SIGTERM when kg serve dies, even by
    SIGKILL, which kg cannot catch, so that no orphaned server keeps the port and the store."""

    def arm() -> None:
        import ctypes
        import ctypes.util
        import signal

        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            return
        if os.getppid() != parent:  # kg serve died before the request was made
            os._exit(1)

    return arm


def start(export: str | Path, port: int = 7878, host: str = "localhost", update: bool = False,
          wait: float = 30.0) -> Endpoint:
    """Start Oxigraph's server over the export's store; returns once it answers queries."""
    folder = export_folder(export)
    if not 0 < port < 65536:
        raise ServeError(f"port must be between 1 and 65535, not {port}")
    if not _port_free(host, port):
        raise ServeError(f"port {port} on {host} is in use (kg serve --port N to choose another)")
    binary = oxigraph_binary()
    stamp = None
    try:
        stamp = (folder / ".kg" / "store" / STAMP).stat().st_mtime_ns
    except OSError:
        pass
    try:
        store = ensure_store(folder)
    except (OSError, ValueError) as e:
        raise ServeError(f"cannot load {folder}: {e}") from None
    try:
        reused = stamp is not None and (store / STAMP).stat().st_mtime_ns == stamp
    except OSError:
        reused = False
    location = store
    if update:  # writes go to a copy: the store beside the export keeps standing for the export
        location = store.parent / "serve-writable"
        shutil.rmtree(location, ignore_errors=True)
        shutil.copytree(store, location)
    cmd = [binary, "serve" if update else "serve-read-only", "--location", str(location),
           "--bind", f"{host}:{port}", "--union-default-graph"]
    log = tempfile.TemporaryFile()  # the server's own messages, read if it fails to start
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL,
                            preexec_fn=_die_with(os.getpid()) if sys.platform.startswith("linux") else None)
    base = f"http://{host}:{port}"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            err = log.read().decode("utf-8", "replace").strip().splitlines()
            raise ServeError(f"oxigraph stopped at start: {err[-1] if err else f'exit status {proc.returncode}'}")
        if _answers(f"{base}/query?query=ASK%7B%7D"):
            html = folder / "graph.html"
            return Endpoint(proc, base, store, reused, update, html if html.is_file() else None)
        time.sleep(0.1)
    proc.kill()
    proc.wait()
    raise ServeError(f"oxigraph did not answer on {base} within {wait:.0f} s")
