"""Discourse rules for states named by description (pl, en, de): "that country", "the country", "the
island nation", "das kleine Land", "kraj ten", "his country" / "sein Land", and pair phrases reported by a
third party ("Qatar said that both countries …").

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # --- 'that country', 'kraj ten', 'das Land': the state named before, other than the clause's subject ---
    # ("that" here is a determiner, not the "that" of a reported clause)
    ("en", "Russia massed troops near Georgia. Lithuania has long supported that country.",
     [("LTU", "supports", "GEO")], []),
    ("en", "Russia massed troops near Georgia. Lithuania has long supported the country.",
     [("LTU", "supports", "GEO")], []),
    ("pl", "Rosja zgromadziła wojska przy granicy z Gruzją. Litwa od lat wspiera kraj ten.",
     [("LTU", "supports", "GEO")], []),
    # (German: a state's common noun refers back with an adjective, 'described_state' of de.toml)
    ("de", "Russland hat Truppen an der Grenze zu Georgien zusammengezogen. Litauen unterstützt das kleine Land seit "
           "Jahren.",
     [("LTU", "supports", "GEO")], []),
    # --- a description of a state as an object: the state named before --------------------------------
    ("en", "Chinese ships sailed around Taiwan on Monday. Beijing has threatened the island nation for years.",
     [("CHN", "threatens", "TWN")], []),
    # --- 'the country' as a subject with no actor before it: the topic's state --------------------------
    ("en", "North Korea fired a missile on Tuesday. The country has also sent troops to Russia.",
     [("PRK", "deploysTroopsTo", "RUS")], []),
    ("de", "Nordkorea feuerte am Dienstag eine Rakete ab. Das abgeschottete Land hat auch Soldaten nach Russland "
           "geschickt.",
     [("PRK", "deploysTroopsTo", "RUS")], []),
    # --- after a verb of saying: the speaker's state, never another state named before ---------------
    ("en", "Russia attacked Ukraine again on Monday. Poland said the country would send more tanks to Kyiv.",
     [("POL", "suppliesWeaponsTo", "UKR")], [("RUS", "suppliesWeaponsTo", "UKR")]),
    # --- 'his country', 'jego kraj', 'sein Land': the state of the sentence's subject -------------------
    ("de", "Der ungarische Regierungschef sagte, sein Land werde Serbien unterstützen.",
     [("HUN", "supports", "SRB")], []),
    ("en", "Hungary's prime minister said on Monday that his country would support Serbia.",
     [("HUN", "supports", "SRB")], []),
    ("pl", "Premier Węgier powiedział, że jego kraj poprze Serbię.",
     [("HUN", "supports", "SRB")], []),
    # --- 'the president', 'prezydent', 'der Präsident' with no name: the last person of that office named --
    ("en", "French President Emmanuel Macron visited Warsaw on Monday. The president also criticized Russia.",
     [("FRA", "accuses", "RUS")], []),
    ("pl", "Prezydent Francji Emmanuel Macron odwiedził w poniedziałek Warszawę. Prezydent skrytykował też Rosję.",
     [("FRA", "accuses", "RUS")], []),
    ("pl", "Rosja zaatakowała Ukrainę. Premier Donald Tusk przemawiał w poniedziałek. Premier oskarżył później "
           "Rosję o sabotaż.",
     [("POL", "accuses", "RUS")], []),
    ("en", "Polish Foreign Minister Radoslaw Sikorski travelled to Kyiv on Monday. Hungary blocked the new package. "
           "The minister later criticized Hungary.",
     [("POL", "accuses", "HUN")], []),
    # not a title followed by another name ("prezydent Tokajew", whom the data does not know)
    ("pl", "Prezydent Francji Emmanuel Macron odwiedził w poniedziałek Warszawę. Prezydent Tokajew skrytykował "
           "Rosję.",
     [], [("FRA", "accuses", "RUS")]),
    # --- an abbreviation's full stop ("Korei Płd.") does not end a list of leaders ---------------------
    ("pl", "Premier Japonii Fumio Kishida, szef MSZ Korei Płd. Pak Dzin i prezydent USA Joe Biden zawarli "
           "we wtorek porozumienie.",
     [("USA", "signsAgreementWith", "KOR"), ("USA", "signsAgreementWith", "JPN"), ("KOR", "signsAgreementWith", "JPN")],
     []),
    # --- 'both countries' reported by a third party: the two named before, not the reporter ------------
    ("en", "Pakistan and Afghanistan agreed to a truce. Qatar said that both countries signed an agreement in Doha.",
     [("PAK", "signsAgreementWith", "AFG")], [("PAK", "signsAgreementWith", "QAT")]),
    ("pl", "Pakistan i Afganistan zgodziły się na rozejm. Katar poinformował, że oba kraje podpisały porozumienie "
           "w Dausze.",
     [("PAK", "signsAgreementWith", "AFG")], [("PAK", "signsAgreementWith", "QAT")]),
    ("de", "Pakistan und Afghanistan vereinbarten eine Waffenruhe. Katar teilte mit, dass beide Länder in Doha ein "
           "Abkommen unterzeichnet hätten.",
     [("PAK", "signsAgreementWith", "AFG")], [("PAK", "signsAgreementWith", "QAT")]),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_state_described(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
