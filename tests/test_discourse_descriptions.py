"""Parties named again by a description, not by name (pl, en, de): a definite description of a group means
the group of its own clause's context.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # --- "the group" is not the subject of its own clause ("Japan condemned the regime"), but the first
    # actor of the sentence may be the subject of another clause or the speaker of a reported one
    ("en", "Hamas fired rockets at Israel on Monday. Hezbollah stayed quiet at first, but Israel later struck "
           "the group's positions near Tyre.", [("ISR", "attacks", "HEZBOLLAH")], [("ISR", "attacks", "HAMAS")]),
    ("en", "Hamas fired rockets at Israel on Monday. Hezbollah said Israel had struck the group's positions near "
           "Tyre.", [("ISR", "attacks", "HEZBOLLAH")], [("ISR", "attacks", "HAMAS")]),
    ("pl", "Hamas ostrzelał Izrael w poniedziałek. Hezbollah początkowo milczał, ale Izrael zbombardował później "
           "pozycje ugrupowania koło Tyru.", [("ISR", "attacks", "HEZBOLLAH")], [("ISR", "attacks", "HAMAS")]),
    ("de", "Die Hamas beschoss am Montag Israel. Die Hisbollah schwieg zunächst, doch Israel bombardierte später "
           "Stellungen der Miliz bei Tyros.", [("ISR", "attacks", "HEZBOLLAH")], [("ISR", "attacks", "HAMAS")]),
    # (the subject of the description's own clause is still not what it means)
    ("en", "Hezbollah fired rockets at Israel. Hamas condemned the group on Monday.",
     [("HAMAS", "accuses", "HEZBOLLAH")], []),
    # --- a state's adjective before a group noun names a group, never the state: the group the article named
    # with that adjective before, else no actor (ANNOTATION rule 10)
    ("en", "The Lebanese militant group Hezbollah fired drones at Israel on Sunday. The Lebanese group later accused "
           "Jordan of helping Israel.", [("HEZBOLLAH", "accuses", "JOR")], [("LBN", "accuses", "JOR")]),
    ("en", "Yemen's Houthi rebels fired a missile at Israel. Israel struck a port in Yemen. The Lebanese Shia movement "
           "condemned Israel.", [], [("LBN", "accuses", "ISR")]),
    ("de", "Die libanesische Schiitenmiliz Hisbollah beschoss am Sonntag Israel. Später warf die libanesische Miliz "
           "Jordanien vor, Israel zu helfen.", [("HEZBOLLAH", "accuses", "JOR")], [("LBN", "accuses", "JOR")]),
    ("pl", "Izrael zbombardował w niedzielę Strefę Gazy. Libańska organizacja potępiła Izrael.", [],
     [("LBN", "accuses", "ISR")]),
    # (not a group noun after the state's own body and verb: "a group of drones" is a quantity)
    ("en", "U.S. forces destroyed a group of Iranian drones over the Red Sea.", [("USA", "attacks", "IRN")], []),
    # --- "the regime" inside a quote is the speaker's enemy (the last attacker of its state), never the speaker's
    # own state, nor a state named only as a place
    ("pl", "Izrael zbombardował w poniedziałek irańską ambasadę w Bejrucie. \"Ten zbrodniczy reżim zostanie "
           "ukarany\" - oświadczył prezydent Iranu.", [("IRN", "threatens", "ISR")], [("IRN", "threatens", "LBN")]),
    ("de", "Israel bombardierte am Montag den Iran. «Das boshafte Regime wird durch unsere Männer bestraft werden», "
           "sagte der iranische Präsident.", [("IRN", "threatens", "ISR")], []),
    # --- "its" before a trigger noun is the nearest actor outside prepositional phrases: not a later item of a
    # list a preposition governs ("a foe of Israel, the US and Britain")
    ("en", "The armed Houthi group sees itself as a foe of Israel, the US and Britain, and has declared its support "
           "for the Palestinians.", [("HOUTHIS", "supports", "PSE")],
     [("USA", "supports", "PSE"), ("GBR", "supports", "PSE")]),
]


@pytest.mark.parametrize(("lang", "text", "want", "unwanted"), CASES)
def test_descriptions(lang: str, text: str, want: list, unwanted: list) -> None:
    got = edges(text, lang)
    assert norm(want) <= got, (text, got)
    assert not norm(unwanted) & got, (text, got)
