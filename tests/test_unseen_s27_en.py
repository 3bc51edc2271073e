"""English constructions found on real articles nobody had read before (session 27).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

CASES = [
    # a body noun after a name is that name's body, also before "in <capital>" ("Hamas leaders in Cairo" are not
    # Egypt's leaders)
    ("A Qatari security team met with Hamas leaders in Cairo on Monday.", [("QAT", "meetsWith", "HAMAS")]),
    ("Ukrainian diplomats held talks with Hezbollah officials in Beirut.", [("UKR", "meetsWith", "HEZBOLLAH")]),
    ("The leaders in Ankara met Greek officials.", [("TUR", "meetsWith", "GRC")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"en-{i}" for i in range(len(CASES))])
def test_construction(text, expected):
    assert edges(text, "en") == norm(expected)
