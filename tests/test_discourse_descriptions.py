"""Parties named again by a description, not by name (pl, en, de): "both sides" / "obie strony" / "beide
Seiten" are the sides facing each other, a definite description of a group means the group of its own
clause's context.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # --- "both sides" after two actors named together on one side (mediators, callers for calm): the two
    # sides of the last war, not those two
    ("en", "The Houthis fired drones at Saudi Arabia on Monday. Oman and Qatar called for calm. Both sides "
           "accused each other of breaking the truce.",
     [("HOUTHIS", "accuses", "SAU"), ("SAU", "accuses", "HOUTHIS")],
     [("OMN", "accuses", "QAT"), ("QAT", "accuses", "OMN")]),
    ("de", "Die Hisbollah beschoss am Montag den Norden Israels. Frankreich und die USA riefen zur Zurückhaltung "
           "auf. Beide Seiten warfen sich gegenseitig vor, die Waffenruhe gebrochen zu haben.",
     [("HEZBOLLAH", "accuses", "ISR"), ("ISR", "accuses", "HEZBOLLAH")],
     [("FRA", "accuses", "USA"), ("USA", "accuses", "FRA")]),
    ("pl", "Hamas wystrzelił rakiety na Izrael. Egipt i Katar wezwały do spokoju. Obie strony oskarżają się "
           "wzajemnie o złamanie rozejmu.",
     [("HAMAS", "accuses", "ISR"), ("ISR", "accuses", "HAMAS")],
     [("EGY", "accuses", "QAT"), ("QAT", "accuses", "EGY")]),
    # but two named facing each other just before are the sides ("X received Y. Both sides held talks.")
    ("de", "Russland und China unterzeichneten im Mai ein Abkommen. Der französische Präsident traf am Montag "
           "den Regierungschef Indiens. Beide Seiten führten ein offizielles Gespräch.",
     [("FRA", "meetsWith", "IND")], [("RUS", "meetsWith", "CHN")]),
    # --- with no war or talks told, the sides are the two most named, states or not (not two states of
    # which one is only a place or a bystander)
    ("pl", "Przywódca Hezbollahu ogłosił zwycięstwo nad Izraelem. Hezbollah stracił wielu dowódców, a Izrael "
           "wielu żołnierzy. Libańska armia wkroczyła na południe kraju. Obie strony oskarżają się o łamanie "
           "rozejmu.",
     [("HEZBOLLAH", "accuses", "ISR"), ("ISR", "accuses", "HEZBOLLAH")],
     [("ISR", "accuses", "LBN"), ("LBN", "accuses", "ISR")]),
    ("en", "Hamas lost many commanders, and Israel many soldiers. Hamas still holds hostages, Israel says. Qatar "
           "hosted a round of talks. Both sides accused each other of stalling.",
     [("HAMAS", "accuses", "ISR"), ("ISR", "accuses", "HAMAS")], [("ISR", "accuses", "QAT")]),
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
