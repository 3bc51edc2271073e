"""Constructions of news language found while working through the dev set's misses (pl, en).

Each case stands for a class of sentences in real news, not for one article: the sentences are
our own. Kept apart from test_engine_rules.py so parallel work on the engine merges cleanly.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a hyphenated participle modifies the noun right after it, not an actor past the next comma
    ("en", "The fighting goes on in the Russian-occupied regions, a Polish general said.", []),
    # "an ally of X" after a comma is a noun in apposition to the name before the comma, even after "with"
    ("en", "Peru traded with Bolivia, an ally of Chile, for decades.", [("BOL", "alliedWith", "CHL")]),
    # a hyphenated "X-backed Y" / "X-ally Y" binds the one name before the hyphen, not its coordinated partner
    ("en", "The border clash between Israel and Iran-backed Hezbollah lasted an hour.",
     [("IRN", "supports", "HEZBOLLAH"), ("ISR", "attacks", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
    ("en", "The dispute between Peru and Chile-ally Bolivia deepened.", [("CHL", "alliedWith", "BOL")]),
    # a state's adjective before an armed group's name says where the group comes from: the group acts
    ("en", "An attack on Haifa was claimed by the Lebanese group Hezbollah.", [("HEZBOLLAH", "attacks", "ISR")]),
    ("de", "Der Konflikt begann mit einem Angriff durch die palästinensische Hamas gegen Israel.",
     [("HAMAS", "attacks", "ISR")]),
    ("pl", "Wojna zaczęła się od ataku palestyńskiego Hamasu na Izrael.", [("HAMAS", "attacks", "ISR")]),
    # a deal's parties named one by one as agents of their own participles, then its mediators
    ("en", "The truce, approved by Armenia and accepted by Azerbaijan, was mediated by Kazakhstan.",
     [("KAZ", "meetsWith", "ARM"), ("KAZ", "meetsWith", "AZE")]),
    ("en", "The accord, backed by France, Germany and Italy, was brokered by the United Nations.", []),
    # a place fronted in a prepositional phrase, a comma, then the person who acts: the scene, no list
    ("en", "In Tokyo, Fumio Kishida praised Yoon Suk Yeol.", [("JPN", "praises", "KOR")]),
    ("en", "In Moscow, Vladimir Putin thanked Kim Jong Un for the shells.", [("RUS", "praises", "PRK")]),
    # an English title with its own "of" right before the name does not govern the name
    ("en", "Secretary of State Marco Rubio condemned Venezuela's actions.", [("USA", "accuses", "VEN")]),
    ("en", "Minister of Foreign Affairs Sergey Lavrov criticised Finland.", [("RUS", "accuses", "FIN")]),
    # "the militant group" can mean an armed group named earlier in the same sentence
    ("en", "Colombia and the ELN agreed a truce after a year that began with the militant group's raid on Colombia.",
     [("COL", "signsAgreementWith", "ELN"), ("ELN", "attacks", "COL")]),
    # a trigger form after a possessive and an adjective is a noun ("the group's cross-border assault")
    ("en", "The talks came a year after Hamas's surprise assault on Israel.", [("HAMAS", "attacks", "ISR")]),
    # an act told as the manner of a clause is the act of the clause's subject
    ("pl", "Hezbollah, który ostrzelał Izrael pociskami w geście solidarności z Hamasem, zapowiedział kolejne ataki.",
     [("HEZBOLLAH", "attacks", "ISR"), ("HEZBOLLAH", "supports", "HAMAS")]),
    ("en", "The Houthis fired a drone at Israel as an act of solidarity with Hamas.",
     [("HOUTHIS", "attacks", "ISR"), ("HOUTHIS", "supports", "HAMAS")]),
    # an event noun whose own owner follows in the genitive, past a closing quote, is that owner's
    ("pl", "Izrael zaatakował Hamas w Strefie Gazy. "
           "Teheran oświadczył, że „popiera każdą decyzję” palestyńskiego Hamasu.",
     [("ISR", "attacks", "HAMAS"), ("IRN", "supports", "HAMAS")]),
    # "both states" after a mediated deal means its parties, not its mediators
    ("pl", "Armenia i Azerbejdżan przyjęły porozumienie pokojowe. Dokument, wynegocjowany za pośrednictwem "
           "Stanów Zjednoczonych i Kazachstanu, przewiduje wymianę jeńców. Turcja pochwaliła władze obu państw.",
     [("USA", "meetsWith", "ARM"), ("USA", "meetsWith", "AZE"), ("KAZ", "meetsWith", "ARM"),
      ("KAZ", "meetsWith", "AZE"), ("ARM", "signsAgreementWith", "AZE"), ("TUR", "praises", "ARM"),
      ("TUR", "praises", "AZE")]),
    # a meeting noun as an owner ("the summit's communiqué") is a meeting told before: no new parties
    ("en", "The summit's communiqué named Iran a danger to Iraq.", []),
    # a verb coordinated with an earlier one through a verb that governs an infinitive shares its subject;
    # the earlier verb's object is no subject of what follows "and"
    ("en", "The EU condemned Russia and pledged to support Ukraine.",
     [("EU", "accuses", "RUS"), ("EU", "supports", "UKR")]),
    ("en", "Canada criticised China and vowed to back the Philippines.",
     [("CAN", "accuses", "CHN"), ("CAN", "supports", "PHL")]),
    ("en", "The statement names Serbia a spoiler and restates the bloc's pledge to support Kosovo.", []),
    # verbs of labelling report what the subject calls the object
    ("en", "Estonia dubbed Russia an aggressor.", [("EST", "accuses", "RUS")]),
    # Polish: a light verb's dative receives what a giving noun later in its clause names
    ("pl", "Niemcy przekazały Mołdawii sprzęt wojskowy, a także miliony euro pomocy humanitarnej.",
     [("DEU", "suppliesWeaponsTo", "MDA"), ("DEU", "providesAidTo", "MDA")]),
    # an object pronoun is never its own clause's subject: "mu", "him" is the person named before
    ("pl", "Zełenski rozmawiał telefonicznie z Tuskiem. Tusk podziękował mu za rozmowę.",
     [("POL", "meetsWith", "UKR"), ("POL", "praises", "UKR")]),
    ("en", "Zelensky spoke with Tusk by phone. Tusk thanked him for the call.",
     [("POL", "meetsWith", "UKR"), ("POL", "praises", "UKR")]),
    # Polish: a determiner that may be an adjective modifies the name after it ("Sam Zełenski"), so the
    # name is the subject, not the genitive of a noun "Sam"
    ("pl", "Premier Danii i prezydent Finlandii poparli Kijów we wspólnym oświadczeniu. "
           "Sam Zełenski zapowiedział, że poleci do Berlina na rozmowy.",
     [("DNK", "supports", "UKR"), ("FIN", "supports", "UKR"), ("UKR", "meetsWith", "DEU")]),
    # "sojusznik X" with its owner in the genitive: the ally stands before the noun, never an actor after it
    ("pl", "Zbliżenie dwóch najważniejszych sojuszników Stanów Zjednoczonych ma znaczenie wobec potęgi Chin.", []),
    ("pl", "Japonia jest kluczowym sojusznikiem Stanów Zjednoczonych.", [("JPN", "alliedWith", "USA")]),
    # a group noun set beside an armed group's name ("rebeliantów Huti") later means that group,
    # however recently another was named
    ("pl", "Amerykanie zaatakowali pozycje rebeliantów Huti w Jemenie. Izrael zaatakował Hamas w Strefie Gazy. "
           "Waszyngton oskarża Teheran o dostarczanie rebeliantom rakiet.",
     [("USA", "attacks", "HOUTHIS"), ("ISR", "attacks", "HAMAS"), ("USA", "accuses", "IRN"),
      ("IRN", "suppliesWeaponsTo", "HOUTHIS")]),
    # a body noun grows into a genitive name only across words that are no finite verb: in "wojska
    # opuszczą południe Libanu" the troops are not Lebanon's
    ("pl", "Porozumienie przewiduje, że izraelskie wojska opuszczą południe Libanu, gdzie prowadziły operację "
           "lądową przeciwko Hezbollahowi.", [("ISR", "attacks", "HEZBOLLAH")]),
    # after a preposition and an adjective a trigger form is a noun, not a verb with a subject on the left (no attack;
    # a warning of retaliation against Israel is a threat to it)
    ("en", "Iran warned of retaliatory strikes against Israel.", [("IRN", "threatens", "ISR")]),
    ("en", "Russia responded with massive strikes on Kyiv.", [("RUS", "attacks", "UKR")]),
    # Polish puts the hyphened adjectives of the two sides after a meeting noun: each adjective is a party
    ("pl", "W Dosze zakończyły się negocjacje amerykańsko-irańskie.", [("USA", "meetsWith", "IRN")]),
    ("pl", "Spotkanie litewsko-łotewsko-estońskie odbędzie się w Rydze.",
     [("LTU", "meetsWith", "LVA"), ("LTU", "meetsWith", "EST"), ("LVA", "meetsWith", "EST")]),
    # a hyphen spaced like a dash is punctuation, and a war named so gets no direction from it
    ("pl", "Trwały rozmowy - irańskie media milczały.", []),
    ("pl", "Wojna rosyjsko-ukraińska trwa od lat.", []),
    # an adverbial participle that opens the sentence shares the main clause's subject after the comma
    ("pl", "Krytykując Australię, szef MSZ Chin zapowiedział odwet dyplomatyczny.", [("CHN", "accuses", "AUS")]),
    ("pl", "Wspierając Mołdawię i Estonię, Francja wzmacnia swoją pozycję w Europie.",
     [("FRA", "supports", "MDA"), ("FRA", "supports", "EST")]),
    # "wezwać ambasadora" summons an envoy: no demand that would make what follows only asked for
    ("pl", "Litewskie MSZ wezwało na dywanik ambasadora Białorusi, protestując przeciwko prowokacjom Mińska.",
     [("LTU", "accuses", "BLR")]),
    # an accusation noun with its accuser in the genitive, then its content clause: the clause's subject
    ("pl", "Premier Estonii odpowiedział na zarzuty Moskwy, że Tallin podsyca napięcia.", [("RUS", "accuses", "EST")]),
    # the victim of an attack verb is not the agent of the attack noun in the phrase after it
    ("pl", "Izrael zabił dowódcę Hamasu w nalocie na Chan Junis.", [("ISR", "attacks", "HAMAS")]),
]


test_construction = edge_cases(CASES)
