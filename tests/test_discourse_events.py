"""Discourse rules for events named again (pl, en, de): who attends, joins or hosts "the talks" meets the
parties of the article's last talks; "the summit" is only a summit told before.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    ("en", "Thailand and Cambodia held talks in Kuala Lumpur on Monday. The United States and China also attended "
           "the talks as observers.",
     [("USA", "meetsWith", "THA"), ("USA", "meetsWith", "KHM"), ("CHN", "meetsWith", "THA"),
      ("CHN", "meetsWith", "KHM")], []),
    ("en", "Russia and Ukraine held talks in Istanbul. Turkey hosted the talks.",
     [("TUR", "meetsWith", "RUS"), ("TUR", "meetsWith", "UKR")], []),
    ("en", "Israel and Hamas held talks in Cairo on Sunday. Egypt took part in the talks.",
     [("EGY", "meetsWith", "ISR"), ("EGY", "meetsWith", "HAMAS")], []),
    ("pl", "Tajlandia i Kambodża rozpoczęły rozmowy w Kuala Lumpur. W rozmowach wzięły udział także Stany "
           "Zjednoczone i Chiny.",
     [("USA", "meetsWith", "THA"), ("USA", "meetsWith", "KHM"), ("CHN", "meetsWith", "THA")], []),
    ("pl", "Tajlandia i Kambodża rozpoczęły rozmowy w Kuala Lumpur. Stany Zjednoczone również uczestniczyły "
           "w rozmowach.",
     [("USA", "meetsWith", "THA"), ("USA", "meetsWith", "KHM")], []),
    ("de", "Thailand und Kambodscha verhandelten am Montag in Kuala Lumpur. Die USA und China nahmen als Beobachter "
           "an den Gesprächen teil.",
     [("USA", "meetsWith", "THA"), ("USA", "meetsWith", "KHM"), ("CHN", "meetsWith", "KHM")], []),
    ("de", "Israel und die Hamas verhandelten am Sonntag in Kairo. Auch Ägypten beteiligte sich an den Gesprächen.",
     [("EGY", "meetsWith", "ISR"), ("EGY", "meetsWith", "HAMAS")], []),
    # --- condemning an act named by a noun phrase with no actor: the last act's agent -------------------
    ("en", "Israeli artillery shelled a UN post in southern Lebanon. Ireland condemned the “wholly unacceptable” "
           "violation of international law.", [("IRL", "accuses", "ISR")], []),
    ("pl", "Rosja ostrzelała rakietami ukraińskie miasta. Czeski minister spraw zagranicznych ostro potępił tę "
           "brutalną agresję.", [("CZE", "accuses", "RUS")], []),
    ("de", "Russland beschoss ukrainische Städte mit Raketen. Österreich verurteilte die erneute brutale Aggression "
           "scharf.", [("AUT", "accuses", "RUS")], []),
    # a noun before the event word owns it: the ministry's statement is no act of the attacker
    ("en", "Israeli artillery shelled a UN post in southern Lebanon. Ireland condemned the ministry's violation "
           "report.", [], [("IRL", "accuses", "ISR")]),
    # --- condemning "the summit": its parties (not the critic's own allies) --------------------------
    ("en", "Russia and North Korea held a summit in Pyongyang. The United States and its allies, which slammed "
           "the summit, accused North Korea of arming Russia.",
     [("USA", "accuses", "RUS"), ("USA", "accuses", "PRK")], []),
    ("pl", "Rosja i Korea Północna zorganizowały szczyt w Pjongjangu. Stany Zjednoczone skrytykowały szczyt.",
     [("USA", "accuses", "RUS"), ("USA", "accuses", "PRK")], []),
    ("de", "Russland und Nordkorea hielten in Pjöngjang einen Gipfel ab. Die USA kritisierten den Gipfel scharf.",
     [("USA", "accuses", "RUS"), ("USA", "accuses", "PRK")], []),
    # --- 'his partners', 'swoich partnerów', 'seine Partner': the others of the owner's last talks -------
    ("en", "The United States, Japan and South Korea held a summit at Camp David. Biden praised his Asian partners.",
     [("USA", "praises", "JPN"), ("USA", "praises", "KOR")], []),
    ("pl", "Stany Zjednoczone, Japonia i Korea Południowa zorganizowały szczyt w Camp David. Biden chwalił swoich "
           "azjatyckich partnerów.",
     [("USA", "praises", "JPN"), ("USA", "praises", "KOR")], []),
    ("de", "Die USA, Japan und Südkorea hielten in Camp David einen Gipfel ab. Biden lobte seine asiatischen Partner.",
     [("USA", "praises", "JPN"), ("USA", "praises", "KOR")], []),
    # not when the owner was not in those talks: the allies of a critic are not the parties criticised
    ("en", "Russia and North Korea held a summit in Pyongyang. Biden praised his allies.",
     [], [("USA", "praises", "RUS"), ("USA", "praises", "PRK")]),
    # --- a war noun with a target and no agent, after an act of help: the war of the one helped ---------
    ("en", "Belarus never helped Russia with ammunition in the war on Ukraine.", [("RUS", "attacks", "UKR")], []),
    ("en", "North Korea sent troops to Russia to help in the war against Ukraine.", [("RUS", "attacks", "UKR")], []),
    ("de", "Iran liefert Russland Drohnen für den Krieg gegen die Ukraine.", [("RUS", "attacks", "UKR")], []),
    ("pl", "Iran dostarcza Rosji drony do wojny z Ukrainą.", [("RUS", "attacks", "UKR")], []),
    # not after political backing: "unterstützt die Ukraine im Krieg gegen Russland" tells not who attacked
    ("de", "Deutschland unterstützt Georgien im Krieg gegen Russland.", [("DEU", "supports", "GEO")],
     [("GEO", "attacks", "RUS")]),
    # not a war named in another clause, after a comma
    ("pl", "Rosja dostarczy Iranowi komponenty wojskowe, powiedział minister w sprawozdaniu na temat wojny na "
           "Ukrainie.",
     [], [("IRN", "attacks", "UKR")]),
    # --- mediators named by their role ('als Vermittler') meet the parties named before, even when one of
    # those is named again in a phrase of its own ("wegen ihrer Beziehungen zur Hamas")
    ("de", "Israel und die Hamas verhandeln über eine Waffenruhe. Katar und Ägypten treten wegen ihrer Beziehungen "
           "zur Hamas als Vermittler auf.",
     [("QAT", "meetsWith", "ISR"), ("EGY", "meetsWith", "ISR"), ("EGY", "meetsWith", "HAMAS")], []),
    ("de", "Israel und die Hamas verhandeln in Kairo mit Katar als Vermittler.",
     [("QAT", "meetsWith", "ISR"), ("QAT", "meetsWith", "HAMAS")], []),
    # --- not taking part: describing the talks, an interview, a summit that was not the talks told ------
    ("en", "Israel and Hamas held talks in Cairo. Pakistan described the talks as useful.",
     [("ISR", "meetsWith", "HAMAS")], [("PAK", "meetsWith", "ISR"), ("PAK", "meetsWith", "HAMAS")]),
    ("en", "Zelensky met Trump in Kyiv on Monday. Russia shelled Dnipro. Erdogan, who attended the summit, offered "
           "to mediate.",
     [("UKR", "meetsWith", "USA")], [("TUR", "meetsWith", "UKR"), ("TUR", "meetsWith", "USA")]),
    ("pl", "Izrael i Hamas prowadzą rozmowy w Kairze. – Zobaczymy – powiedział sekretarz stanu USA w rozmowie z "
           "telewizją.",
     [], [("USA", "meetsWith", "ISR"), ("USA", "meetsWith", "HAMAS")]),
    # --- a deal named again: a definite deal noun that opens its sentence is the last talks or deal, all of
    # their parties ('The agreements included …'); not an indefinite one, nor one another actor speaks of
    ("en", "The leaders of Japan, South Korea and the United States held a summit in Tokyo on Monday. The "
           "agreements included a pledge to hold joint drills every year.",
     [("JPN", "signsAgreementWith", "KOR"), ("JPN", "signsAgreementWith", "USA"),
      ("KOR", "signsAgreementWith", "USA")], []),
    ("pl", "Przywódcy Japonii, Korei Południowej i USA spotkali się w poniedziałek w Tokio. Porozumienie przewiduje "
           "coroczne wspólne ćwiczenia.",
     [("JPN", "signsAgreementWith", "KOR"), ("JPN", "signsAgreementWith", "USA"),
      ("KOR", "signsAgreementWith", "USA")], []),
    ("de", "Die Staatschefs Japans, Südkoreas und der USA trafen sich am Montag in Tokio. Das Abkommen sieht "
           "jährliche gemeinsame Übungen vor.",
     [("JPN", "signsAgreementWith", "KOR"), ("JPN", "signsAgreementWith", "USA"),
      ("KOR", "signsAgreementWith", "USA")], []),
    ("en", "Japan and South Korea held talks in Tokyo on Monday. An agreement could follow next year.",
     [("JPN", "meetsWith", "KOR")], [("JPN", "signsAgreementWith", "KOR")]),
    ("en", "Japan and South Korea held talks in Tokyo on Monday. The agreement, China said, harms the region.",
     [("JPN", "meetsWith", "KOR")], [("JPN", "signsAgreementWith", "KOR")]),
    # a pronoun right after a verb of judging or saying takes up the last act: its agent is judged
    ("en", "Iran fired a cruise missile into the Gulf on Friday. Qatar called it a reckless provocation. Oman "
           "condemned it as well.",
     [("QAT", "accuses", "IRN"), ("OMN", "accuses", "IRN")], []),
    ("pl", "Iran wystrzelił w piątek pocisk manewrujący nad Zatoką. Katar nazwał to lekkomyślną prowokacją.",
     [("QAT", "accuses", "IRN")], []),
    ("de", "Iran feuerte am Freitag einen Marschflugkörper ab. Katar bezeichnete dies als leichtsinnige Provokation.",
     [("QAT", "accuses", "IRN")], []),
    # not the subject of a clause of its own
    ("en", "Iran fired a cruise missile into the Gulf on Friday. Qatar said it would answer any provocation.",
     [], [("QAT", "accuses", "IRN")]),
    # the only actor of a sentence with no trigger does the act its event word names ("claims a launch")
    ("en", "Iran announces successful test of a new cruise missile\nOman condemned the test on Saturday.",
     [("OMN", "accuses", "IRN")], []),
    ("en", "Oman spoke of a reckless test on Saturday. Qatar condemned the test.", [], [("QAT", "accuses", "OMN")]),
    # an attack noun that names only its agent, one side of the article's war, attacks the other side
    ("en", "Ukrainian drones struck an oil depot in Russia on Monday. Sweden has backed Kyiv since the start of the "
           "Russian invasion.", [("RUS", "attacks", "UKR"), ("UKR", "attacks", "RUS")], []),
    ("pl", "Ukraińskie drony uderzyły w poniedziałek w skład paliw w Rosji. Szwecja wspiera Kijów od początku "
           "rosyjskiej inwazji.", [("RUS", "attacks", "UKR"), ("UKR", "attacks", "RUS")], []),
    # a report "from" the talks is no part in them (Polish 'z' with a genitive)
    ("pl", "Dziennikarze pytali o telefon premiera Belgii do prezydenta Chin. Premier Belgii szybko zdał relację "
           "holenderskiemu premierowi z tej rozmowy.",
     [("BEL", "meetsWith", "CHN")], [("NLD", "meetsWith", "CHN"), ("NLD", "meetsWith", "BEL")]),
    # not the clause's subject taken for the noun's agent
    ("pl", "Rosyjskie drony wleciały w nocy nad Polskę. Polska mówi o największej prowokacji od początku wojny.",
     [("RUS", "attacks", "POL")], [("POL", "attacks", "RUS")]),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_earlier_talks(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
