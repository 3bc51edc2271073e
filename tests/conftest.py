"""Fixtures several test modules share."""

from __future__ import annotations

import chromium
import pytest


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium, one per module (the browser tests: tests/chromium.py)."""
    with chromium.launched() as b:
        yield b
