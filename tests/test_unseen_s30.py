"""Constructions of real news the engine reads since session 30 (every sentence is our own; each case fails
without its rule)."""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    # an alleged attack verb whose object opens with a possessive: the accuser's ground is the target
    ("en", "Georgia accused Russia of bombing its border posts.",
     [("GEO", "accuses", "RUS"), ("RUS", "attacks", "GEO")]),
    ("en", "Hanoi accused Beijing of ramming its fishing boats.",
     [("VNM", "accuses", "CHN"), ("CHN", "attacks", "VNM")]),
    # … but an attacker's own ground is not the attacker's target
    ("en", "Eritrea shelled its own border posts by mistake.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_unseen_s30(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert edges(text, lang) == norm(expected)
