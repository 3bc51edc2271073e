"""Deployments, aid and arms in all three languages: the engine's rules for where troops go, each with a
sentence written for the test (not from any article). Lexicon entries carry their own examples
(tests/test_lexicon.py); this file holds the rules that live in code."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # the place named first in the clause is where the troops are (roles_object._fronted_destination)
    ("pl", "W Rumunii stacjonuje polski kontyngent wojskowy.", [("POL", "deploysTroopsTo", "ROU")]),
    ("pl", "Na Słowacji stacjonuje czeski batalion.", [("CZE", "deploysTroopsTo", "SVK")]),
    # … but not a modifier inside the trigger's own name
    ("en", "Portugal lies near Lajes, home of a U.S. Naval Air Station.", []),
    # troops sent to a body's mission go where the mission is (roles_object.mission_ground)
    ("en", "Ghana will send 700 soldiers to a United Nations force in Lebanon.",
     [("GHA", "deploysTroopsTo", "LBN")]),
    ("de", "Rund 300 österreichische Soldaten beteiligen sich an der KFOR-Mission im Kosovo.",
     [("AUT", "deploysTroopsTo", "XKX"), ("NATO", "deploysTroopsTo", "XKX")]),
    ("en", "Sweden sent a battalion to NATO.", [("SWE", "deploysTroopsTo", "NATO")]),
    # a state's own army named is the troops a trigger needs (frames.frames); an armed group's name is not
    ("de", "Die Bundeswehr ist seit Jahren in Litauen stationiert.", [("DEU", "deploysTroopsTo", "LTU")]),
    ("en", "The Rapid Support Forces were stationed in Khartoum.", []),
    # goods with a state's adjective after a giving noun: that state gives them (roles_object.goods_origin)
    ("pl", "Węgry skrytykowały dostawy szwedzkich haubic dla Estonii.",
     [("SWE", "suppliesWeaponsTo", "EST"), ("HUN", "accuses", "SWE")]),
    ("en", "Chile voiced concern over deliveries of Brazilian tanks to Bolivia.",
     [("BRA", "suppliesWeaponsTo", "BOL")]),
    ("de", "Peru kritisierte die Lieferung brasilianischer Panzer an Bolivien.",
     [("BRA", "suppliesWeaponsTo", "BOL"), ("PER", "accuses", "BRA")]),
    # a noun opening its clause takes the mood of the verb after it (modality)
    ("pl", "Dostawy irańskich pocisków do Wenezueli groziłyby eskalacją.", []),
    ("en", "Deliveries of Iranian missiles to Venezuela could escalate the crisis.", []),
    ("en", "Deliveries of Iranian missiles to Venezuela continue.", [("IRN", "suppliesWeaponsTo", "VEN")]),
    ("de", "Die Angriffe Russlands auf Georgien könnten zunehmen.", [("RUS", "attacks", "GEO")]),
    # aid for the people of a place goes to its state (roles_object.beneficiary_place, `beneficiary`)
    ("en", "Japan will send food aid to civilians in Yemen.", [("JPN", "providesAidTo", "YEM")]),
    ("de", "Österreich stellt zehn Millionen Euro für humanitäre Hilfe für die Menschen im Sudan zur Verfügung.",
     [("AUT", "providesAidTo", "SDN")]),
    ("pl", "Czechy przekażą milion euro pomocy dla mieszkańców Sudanu.", [("CZE", "providesAidTo", "SDN")]),
    ("en", "Chile sent aid to refugees from Venezuela.", []),
    # troops in a clause opened by ", where" go to the state named before it (roles_object._where_antecedent)
    ("en", "Talks resumed in Mali, where Chad has deployed troops.", [("TCD", "deploysTroopsTo", "MLI")]),
    ("pl", "Rozmowy wznowiono w Mali, gdzie Czad rozmieścił swoje wojska.", [("TCD", "deploysTroopsTo", "MLI")]),
    ("de", "Die Gespräche wurden in Mali fortgesetzt, wo der Tschad Truppen stationiert hat.",
     [("TCD", "deploysTroopsTo", "MLI")]),
    # a mission the gazetteer places (deployed_in): its organization is there, and troops serving in it go there
    ("en", "UNIFIL peacekeepers reported shots near the Blue Line.", [("UN", "deploysTroopsTo", "LBN")]),
    ("pl", "Fińscy żołnierze służą w misji KFOR.",
     [("FIN", "deploysTroopsTo", "XKX"), ("NATO", "deploysTroopsTo", "XKX")]),
]


test_troops_rule = edge_cases(CASES, prefix="troops")
