"""Precision from the judged claims of 300 fresh articles, continued (session 32, pl, en, de): who does an act a noun
names when the noun names its own agent ("uznanie Izraela przez Bahrajn", "protests by India", a participle's agent
before the noun: "nałożone przez Rosję na Mołdawię sankcje"), the nearest light verb before an agent phrase
("nawiązując do wprowadzenia przez Moskwę ograniczeń"), a news agency spelt without its hyphen ("Agence France
Presse": no France); in English, the speaker of a reported clause that has its own subject ("officials said the
shells hit …", "said military cooperation between A and B is …": a noun), a plural demonstrative before an attack
word ("condemns these attacks on …": a noun), the agent of a passive verb after an act noun ("the raids on Yemen
were condemned by Oman"); a body named after a city ("the OSCE Minsk Group": no Belarus) and the chair of an
organization ("the chairman of the African Union"); the places one travels to ("pojedzie do Rumunii i Słowacji")
meet no one; an act listed among questions under discussion ("skupiły się na kilku kwestiach, w tym zwiększeniu
pomocy dla Sudanu") is a topic; a foreign name with no case before a Polish verb ("Rodriguez spotka się z …") is its
unknown subject, no dropped one; an actor's adjective in no case of the act noun after the noun it qualifies
("Libańscy świadkowie ataku") is no agent; a banned export ("zakazuje eksportu … do Rosji", "banned arms exports to
Belarus") is no delivery; a guess or a rumour ("Vermutungen, dass", "rumours that", "pogłoski, że") asserts nothing;
a warlord named by his surname after a state's office ("dem libyschen General Haftar") is his own force; a channel
named after its country ("w rozmowie z Rossija 24") is a medium; the sides of a conflict ("przeciwne strony
konfliktu") are not the places it is fought in ("w Libii i Sudanie").

The sentences are our own; each case fails without its rule, but those marked as guards, which hold what the rule
must not change.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a noun with its own agent after its genitive or after it: the light verb's subject does not do it
    ("pl", "Tunezja wyraziła zaniepokojenie uznaniem Izraela przez Bahrajn.", [("BHR", "supports", "ISR")]),
    ("en", "Ottawa went ahead with the deal despite repeated protests by India.", []),
    # (a guard: 'przez' further on is the way, not the agent)
    ("pl", "Rosja przeprowadziła atak na Ukrainę przez Białoruś.", [("RUS", "attacks", "UKR")]),
    # --- a passive participle with its agent before the noun: the clause's subject only judges the act
    ("pl", "Japonia skrytykowała nałożone przez Rosję na Mołdawię sankcje.", [("RUS", "sanctions", "MDA")]),
    ("pl", "Kanada potępiła przeprowadzone przez Rosję ataki na Ukrainę.", [("RUS", "attacks", "UKR")]),
    # --- the gerund of a light verb nearest the noun takes the agent phrase, not a participle before it
    ("pl", "Rząd Estonii zapowiedział sprzeciw, nawiązując do wprowadzenia przez Moskwę ograniczeń w handlu z "
           "Tallinem.", [("RUS", "sanctions", "EST")]),
    # --- a speaker before a verb of saying is no role of a reported clause with a subject of its own
    ("en", "Azerbaijani officials said the shells hit Armenian border villages overnight.", []),
    # (a guard: the speaker's own forces are the speaker's)
    ("en", "Pakistan said its troops hit Afghan border posts.", [("PAK", "attacks", "AFG")]),
    # --- after a plural demonstrative an attack word is a noun, no verb whose subject is the one who condemns it
    ("en", "Kenya condemns these attacks on Somalia.", []),
    # --- the 'by' phrase after a passive verb is that verb's agent, not the agent of the noun before it
    ("en", "The raids on Yemen were condemned by Oman.", []),
    # --- a body named after a city is no state: the Minsk Group is the OSCE's
    ("en", "Two envoys of the OSCE Minsk Group met the Armenian foreign minister on Monday.",
     [("OSCE", "meetsWith", "ARM")]),
    ("de", "Die Vermittler der Minsk-Gruppe trafen den armenischen Außenminister.", [("OSCE", "meetsWith", "ARM")]),
    # --- the chair or secretary-general of an organization acts for it
    ("en", "The chairman of the African Union met the Armenian foreign minister on Monday.",
     [("AU", "meetsWith", "ARM")]),
    ("en", "The secretary-general of NATO met the Armenian foreign minister on Monday.",
     [("NATO", "meetsWith", "ARM")]),
    # --- the places one travels to are each a host, none the other's partner
    ("pl", "Nowy szef MSZ pojedzie do Rumunii i Słowacji.", []),
    ("en", "The new defence minister will travel to Bulgaria and Greece.", []),
    ("de", "Der neue Außenminister reist nach Bulgarien und Rumänien.", []),
    # (a guard: a named traveller meets each host)
    ("en", "The Polish president will travel to Bulgaria and Greece.",
     [("POL", "meetsWith", "BGR"), ("POL", "meetsWith", "GRC")]),
    # --- a reported clause opened by a word with no verb reading opens with its subject, a noun: the speaker
    # is no party of it
    ("en", "Japan's premier said military cooperation between Iran and Russia is raising tensions in the region.",
     [("IRN", "alliedWith", "RUS")]),
    # --- an act listed among the questions under discussion is a topic, not an act of the clause's subject
    ("pl", "Rozmowy prowadzone przez Norwegię i Szwecję skupiły się na kilku kwestiach dzielących Etiopię i Erytreę "
           "— w tym uwolnieniu jeńców i zwiększeniu pomocy dla Somalii.", [("NOR", "meetsWith", "SWE")]),
    ("pl", "Rozmowy prowadzone przez Norwegię i Szwecję skupiły się na kilku kwestiach, w tym zwiększeniu pomocy dla "
           "Sudanu.", [("NOR", "meetsWith", "SWE")]),
    # (a guard: the act itself)
    ("pl", "Norwegia zwiększyła pomoc dla Sudanu.", [("NOR", "providesAidTo", "SDN")]),
    # --- a foreign name the analyser gives no case is the clause's own subject: no subject dropped from the
    # discourse
    ("pl", "Kolumbia zamknęła granicę. Rodriguez spotka się z delegacją Kanady w Limie.", []),
    # --- an actor's adjective in no case of the act noun qualifies the noun between them, not the act
    ("pl", "Izrael od miesięcy walczy z Libanem. Libańscy świadkowie ataku mówią, że ostrzał trwał dwie godziny.",
     [("ISR", "attacks", "LBN")]),
    # (a guard: an adjective that agrees with the act noun owns the measure the noun between holds)
    ("pl", "Gwardia jest już na unijnej liście sankcji wobec Iranu.", [("EU", "sanctions", "IRN")]),
    # --- the sides of a conflict are not the places it is fought in
    ("pl", "Egipt i Turcja od lat rywalizują w wojnach w Libii i Sudanie, gdzie popierają przeciwne strony konfliktu.",
     []),
    # --- a banned or halted export delivers nothing (the ban itself is a sanction)
    ("pl", "Rozporządzenie zakazuje eksportu z Japonii do Rosji podzespołów do dronów.", []),
    ("en", "Ottawa banned arms exports to Belarus.", [("CAN", "sanctions", "BLR")]),
    ("en", "The new rules prohibit the sale of drone engines from Japan to Iran.", []),
    # --- a guess or a rumour told as such asserts nothing (a suspicion is an allegation, and counts)
    ("de", "Es gibt Vermutungen, dass Nordkorea Russland mit Waffen versorgt.", []),
    ("en", "There are rumours that Iran supplies drones to Russia.", []),
    ("pl", "Krążą pogłoski, że Iran dostarcza Rosji drony.", []),
    ("de", "Es besteht der Verdacht, dass Iran Russland mit Drohnen beliefert.", [("IRN", "suppliesWeaponsTo", "RUS")]),
    # --- a warlord named by his surname after a state's office is his own force, not the state
    ("de", "Ägypten drohte dem libyschen General Haftar.", [("EGY", "threatens", "LNA")]),
    ("pl", "Algieria oskarżyła libijskiego generała Haftara o złamanie rozejmu.", [("DZA", "accuses", "LNA")]),
    # --- a channel named after its country is a medium: an interview with it is no meeting with the country
    ("pl", "Decyzję litewskich władz skomentował w rozmowie z Rossija 24 rzecznik Kremla.", []),
    # --- a news agency's name holds no state, with or without its hyphen
    ("en", "Kenyan and Somali envoys met in Nairobi, Agence France Presse reported.", [("KEN", "meetsWith", "SOM")]),
]

test_precision_s32 = edge_cases(CASES)
