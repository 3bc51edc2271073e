"""Headless Chromium for the browser tests: Debian's package, driven by playwright.

Each browser test module sets ``pytestmark = chromium.REQUIRED`` and takes the module-scoped
``browser`` fixture of ``tests/conftest.py``; without Chromium or playwright they are skipped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
REQUIRED = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium, or set KG_CHROMIUM)"
)


@contextmanager
def launched() -> Iterator:
    """A headless Chromium browser, closed on exit."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
