"""Multi-party meetings (pl, en, de): plans to meet, visits to a host, talks in someone's presence,
delegations hosted, meetings told as nouns.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # --- a stated plan to meet counts; "willing" in the meeting trigger's forbid list must not catch "will"
    ("en", "The Indian prime minister will meet Putin in Moscow next week.", [("IND", "meetsWith", "RUS")], []),
    ("en", "Ghana and Togo held talks in Accra on Monday. Nigeria will attend the talks as an observer.",
     [("NGA", "meetsWith", "GHA"), ("NGA", "meetsWith", "TGO")], []),
    ("en", "Japan is willing to meet North Korea.", [], [("JPN", "meetsWith", "PRK")]),
]


@pytest.mark.parametrize(("lang", "text", "want", "unwanted"), CASES)
def test_multiparty(lang: str, text: str, want: list, unwanted: list) -> None:
    got = edges(text, lang)
    assert norm(want) <= got, (text, got)
    assert not norm(unwanted) & got, (text, got)
