"""Role and discourse rules of session 30 (pl, en, de): the doer of a hostile act is every actor coordinated
before its verb, so a possessive after it ("Britain and France struck its radar sites") is none of theirs but the
nearest other actor named before (alone with the doer, the topic; else no one); an English ordinal ("a third
battery") is an adjective, not a verb that ends the search for the recipient after it; in a language with cases a
name set beside a noun ("na pozycje bojówek Huti") keeps its base form, so the noun gives the phrase its case, and
the owner an attack on a noun hit is found through the phrase that holds the name; after a comma alone an
adjective opens a phrase of its own ("According to the Indian army, Pakistani shelling …"), no conjunct of the body
before it; a threat of paying back answers the article's last attack on the one who threatens, whatever attack was
told after it; a word that can open a clause does when an auxiliary follows the phrase after it ("as Qatar was
mediating"); a pair phrase may hold the words of a region before its state noun ("the two Balkan states"), and one
that holds the speaker's own side is no one he accuses; "the latter" / "ten ostatni" is the last of the
last actors named together; a name ("w Białym Domu") owns no phrase that an office noun opens after it
("prezydenta Kenii"); a threat verb coordinated after its subject's other acts, which name one actor, is aimed at
that actor ("halted gas deliveries to Moldova and threatened …").

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # a coordinated doer: the possessive after the hostile verb is the nearest other actor's
    ("en", "Syria closed its airspace after Britain and the United States struck its radar sites.",
     [("GBR", "attacks", "SYR"), ("USA", "attacks", "SYR")], [("USA", "attacks", "GBR")]),
    ("en", "Venezuela protested after Colombia and the US attacked its border posts.",
     [("COL", "attacks", "VEN"), ("USA", "attacks", "VEN")], [("USA", "attacks", "COL")]),
    # an ordinal is no verb between the goods and the recipient
    ("en", "Paris will deliver a third frigate to Greece next year.", [("FRA", "suppliesWeaponsTo", "GRC")], []),
    ("en", "Oslo will hand over a third air defence system to Kyiv.", [("NOR", "suppliesWeaponsTo", "UKR")], []),
    # a possessive right after a hostile verb is what the act hit: the owner named before the doer
    ("en", "Hezbollah said Israel hit its positions.", [("ISR", "attacks", "HEZBOLLAH")], []),
    ("en", "Hanoi said Beijing rammed its fishing boats.", [("CHN", "attacks", "VNM")], []),
    # a name set beside a noun keeps its base form: the noun's case makes the phrase a genitive, whose owner
    # the attack on the noun hit
    ("pl", "Wielka Brytania przeprowadziła atak na pozycje bojówek Huti.", [("GBR", "attacks", "HOUTHIS")], []),
    ("pl", "Jordania przeprowadziła atak na magazyny bojówek Hamas.", [("JOR", "attacks", "HAMAS")], []),
    # (alone with the doer, it is no one's: the place after it is the target)
    ("en", "Azerbaijan shelled its positions inside Armenia.", [("AZE", "attacks", "ARM")],
     [("AZE", "attacks", "AZE")]),
    # after a comma alone, an adjective opens a phrase of its own (a body is no conjunct of it): its noun's agent,
    # which attacks the other side of the article's war
    ("en", "Indian missiles struck Pakistan on Wednesday. According to the Indian army, Pakistani shelling killed "
           "three civilians.", [("PAK", "attacks", "IND")], [("IND", "attacks", "IND")]),
    ("pl", "Etiopskie drony zaatakowały Erytreę. Według etiopskiej armii, erytrejski ostrzał zniszczył dwie wioski.",
     [("ERI", "attacks", "ETH")], []),
    # a threat of paying back answers the last attack on the one who threatens, not the article's last attack
    ("en", "Indian missiles struck Pakistan on Wednesday. Pakistani artillery then shelled India. Pakistan vowed "
           "to retaliate.", [("PAK", "threatens", "IND")], []),
    ("pl", "Indyjskie rakiety uderzyły w Pakistan. Pakistańska artyleria ostrzelała Indie. Pakistan zapowiedział "
           "odwet.", [("PAK", "threatens", "IND")], []),
    ("de", "Indische Raketen trafen Pakistan. Pakistanische Artillerie beschoss daraufhin Indien. Pakistan kündigte "
           "Vergeltung an.", [("PAK", "threatens", "IND")], []),
    # a word that can open a clause does when an auxiliary follows the phrase after it
    ("en", "Fighting flared as Qatar was mediating talks between Israel and Hamas.",
     [("QAT", "meetsWith", "ISR"), ("QAT", "meetsWith", "HAMAS")], []),
    ("en", "The clashes began as Turkey was hosting talks between Russia and Ukraine.",
     [("TUR", "meetsWith", "RUS"), ("TUR", "meetsWith", "UKR")], []),
    # a pair phrase with the words of a region before its state noun
    ("en", "Armenia and Azerbaijan traded fire on Monday. Russia condemned the two Caucasus nations.",
     [("RUS", "accuses", "ARM"), ("RUS", "accuses", "AZE")], []),
    ("en", "Croatia and Slovenia settled a border dispute. Austria praised the two Central European nations.",
     [("AUT", "praises", "HRV"), ("AUT", "praises", "SVN")], []),
    # (a pair phrase the speaker's side is one of: he speaks for them, he accuses neither)
    ("en", 'Iran and Venezuela signed a pact. The two sanctioned nations reject Western "blackmail," Maduro said.',
     [], [("VEN", "accuses", "IRN")]),
    # "the latter": the last of the last actors named together
    ("en", "Talks between Egypt and Ethiopia collapsed after Cairo accused the latter of stalling.",
     [("EGY", "accuses", "ETH")], [("EGY", "accuses", "EGY")]),
    ("en", "The dispute between Armenia and Azerbaijan deepened when Yerevan shelled the latter's border posts.",
     [("ARM", "attacks", "AZE")], []),
    ("pl", "Spór między Egiptem a Etiopią zaostrzył się, gdy Kair oskarżył tę ostatnią o zerwanie rozmów.",
     [("EGY", "accuses", "ETH")], []),
    ("pl", "Rozmowy Serbii i Kosowa utknęły, a Belgrad oskarżył tego ostatniego o prowokacje.",
     [("SRB", "accuses", "XKX")], []),
    # a name owns no phrase an office noun opens after it: the office and its name are the verb's object
    ("pl", "Joe Biden oznajmił, iż w przyszłym tygodniu ugości w Białym Domu prezydenta Kenii Williama Ruto.",
     [("USA", "meetsWith", "KEN")], []),
    ("pl", "Prezydent Rosji zapowiedział, że będzie gościć na Kremlu prezydenta Kenii Williama Ruto.",
     [("RUS", "meetsWith", "KEN")], []),
    # a threat verb coordinated after the same subject's other acts is aimed at the one those acts fell on
    ("en", "Russia halted gas deliveries to Moldova and threatened to cut off electricity.",
     [("RUS", "threatens", "MDA")], []),
    ("pl", "Rosja wstrzymała dostawy gazu do Mołdawii i zagroziła odcięciem prądu.", [("RUS", "threatens", "MDA")], []),
    ("de", "Russland stoppte die Gaslieferungen an Moldau und drohte mit weiteren Schritten.",
     [("RUS", "threatens", "MDA")], []),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_discourse_s30(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
