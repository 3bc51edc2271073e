"""How far a word reaches across a sentence's parts (session 31, pl, en, de): the mood of the words in an opening
quote is the speaker's, not that of the narration after it ('"We will not allow it," the minister said, accusing
Ankara of …'); a verb that 'and' opens is a predicate of its own, so a forbidden phrase of the first predicate
does not block it ("agreed to expand rail links and signed a deal"); in a language with cases a name before an
adjective that takes a dative is its complement only in a case it takes and not as the genitive of a noun before
it ("nazwał decyzję Finlandii wrogim krokiem": Finland's decision, judged); the circumstances after a trigger
("amid tensions with Beijing", "w obliczu presji ze strony Chin", "vor dem Hintergrund von Spannungen mit Peking")
hold no party of it.

The sentences are our own; each case fails without its rule, but those marked as guards, which hold what the
rule must not change.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- the opening quote's own mood (a demand, a refusal) stays inside it
    ("pl", "„Nie pozwolimy na to” – powiedział w piątek szef MSZ Rumunii, zarzucając Moskwie wysyłanie dronów nad "
           "Dunaj.", [("ROU", "accuses", "RUS")]),
    ("pl", "„Nie dopuścimy do tego” – oświadczył premier Estonii, oskarżając Rosję o zakłócanie sygnału GPS.",
     [("EST", "accuses", "RUS")]),
    # (a guard: the same in English)
    ("en", "\"We will not allow this,\" Romania's foreign minister said on Friday, accusing Moscow of sending drones "
           "over the Danube.", [("ROU", "accuses", "RUS")]),
    # (a guard: a word of the narration itself still counts)
    ("pl", "„Nie dopuścimy do tego” – oświadczył premier Estonii, który miał oskarżyć Rosję o zakłócanie sygnału.",
     [("EST", "accuses", "RUS")]),
    # --- a second predicate after 'and' is an act of its own
    ("en", "Kenya and Uganda agreed to expand road links and signed a customs deal.",
     [("KEN", "signsAgreementWith", "UGA")]),
    ("en", "Ghana and Togo agreed to boost trade and signed a border agreement on Monday.",
     [("GHA", "signsAgreementWith", "TGO")]),
    # (a guard: the first predicate alone still makes no deal)
    ("en", "Ghana and Togo agreed to boost trade.", []),
    # --- a genitive after a noun is that noun's, not the complement of the adjective after it
    ("pl", "Kreml nazwał decyzję Finlandii wrogim krokiem.", [("RUS", "accuses", "FIN")]),
    ("pl", "Pekin nazwał manewry Japonii wrogim krokiem.", [("CHN", "accuses", "JPN")]),
    # an accusative before it is the one named
    ("pl", "Moskwa nazwała Finlandię wrogim państwem.", [("RUS", "accuses", "FIN")]),
    # (guards: a dative right before it stays the adjective's complement: states hostile to the US are no actor)
    ("pl", "Kuba wspiera wrogie USA państwa.", []),
    ("pl", "Rząd Węgier wspiera wrogie Ukrainie siły.", []),
    # --- the circumstances after a trigger ('amid', 'w obliczu', 'vor dem Hintergrund') hold no party of it
    ("en", "Seoul and Canberra signed a naval pact amid growing tensions with Pyongyang.",
     [("KOR", "signsAgreementWith", "AUS")]),
    # (a guard: an actor after 'from' was never a partner)
    ("en", "Vietnam and India are deepening their defence ties in the face of pressure from China.",
     [("VNM", "alliedWith", "IND")]),
    ("pl", "Seul i Canberra podpisały pakt morski na tle rosnących napięć z Pjongjangiem.",
     [("KOR", "signsAgreementWith", "AUS")]),
    ("pl", "Wietnam i Indie zacieśniają sojusz wojskowy w obliczu presji ze strony Chin.",
     [("VNM", "alliedWith", "IND")]),
    ("de", "Seoul und Canberra unterzeichneten ein Marineabkommen vor dem Hintergrund wachsender Spannungen mit "
           "Pjöngjang.", [("KOR", "signsAgreementWith", "AUS")]),
    # --- from the review of the merge: a bare 'in a' names a manner only opening the sentence; those taking part in
    # a signing are no intermediaries; one who reports attacks need not be their target
    ("en", "Uganda lost two soldiers in an attack on the Kenyan border.", []),
    ("en", "The truce was signed with the participation of Ghana and Togo.", [("GHA", "signsAgreementWith", "TGO")]),
    ("de", "Der Vertrag wurde unter Beteiligung Ghanas und Togos unterzeichnet.",
     [("GHA", "signsAgreementWith", "TGO")]),
    ("de", "Ghana meldete togoische Drohnenangriffe.", []),
    # an attack answered, then the answerer's own strikes: the strikes are no fight against that attack (German now
    # as Polish and English)
    ("de", "Ghana reagierte auf den togoischen Angriff mit Luftschlägen.", [("TGO", "attacks", "GHA")]),
    # (a guard: before the trigger, the same words leave its parties alone)
    ("en", "Amid growing tensions with Pyongyang, Seoul and Canberra signed a naval pact.",
     [("KOR", "signsAgreementWith", "AUS")]),
]

test_scope = edge_cases(CASES)
