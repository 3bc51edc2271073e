"""Discourse rules of session 29 (pl, en, de): a place adverb ("tam", "dort", "there") is where a meeting
is held, never one of its parties.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # 'there' is the venue: the summit held there has no party in it
    ("pl", "Premier odleciał do Japonii. Weźmie tam udział w szczycie grupy G7 poświęconym handlowi.",
     [], [("JPN", "meetsWith", "G7")]),
    ("pl", "Prezydent przyleciał do Kanady. Odbywający się tam szczyt NATO potrwa dwa dni.",
     [], [("CAN", "meetsWith", "NATO")]),
    ("de", "Der Präsident reiste nach Spanien. Der dort stattfindende Gipfel der NATO beginnt am Dienstag.",
     [], [("ESP", "meetsWith", "NATO")]),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_discourse_s29(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
