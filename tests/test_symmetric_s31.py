"""Who is a party of a meeting, an agreement or an alliance when several actors are named (session 31, pl, en,
de), from the judged claims of 300 fresh articles: states welcomed into an organization of members are admitted,
not met ("welcomed Chad and Niger to the African Union"); fellows named after a comma by a co-agent phrase ("one
of the guarantors of the talks, along with Norway and Chile"; "travelled to Rome along with A to meet B") act with
the subject and are no partners of it or of each other, nor are mediators named as such ("kraje prowadzące
mediację – A, B i C – spotkały się z …"); those a signing takes as its parties ("podpisano z
udziałem Rosji i Chin", after the verb of signing, its parties those of a deal told before) are
co-signatories, not witnesses who meet the others; whose help or mediation a deal had is no party of it ("with
the mediation of Russia", "z pomocą Rosji", "mit Hilfe Russlands"); the owner of a venue ("met in Peru's capital")
is no partner, nor is what a meeting is to discuss or address ("convened a meeting to address Chile's
threats"); a meeting a copula calls (not) possible is no meeting held; a state's adjective before a
broadcaster is a medium's origin ("in einem Interview mit dem ugandischen Fernsehsender").

The sentences are our own; each case fails without its rule, but those marked as guards, which hold what the
rule must not change.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- welcomed into an organization of members: admission, no meeting
    ("en", "It is with joy that Ghana welcomes to the African Union Chad, Niger and Mali.", []),
    ("en", "Canada welcomed Finland and Sweden into NATO on Tuesday.", []),
    # (guards: a meeting noun after the organization, a body of one, a capital)
    ("en", "Xi welcomed Putin to the SCO summit in Astana.", [("CHN", "meetsWith", "RUS")]),
    ("en", "Metsola welcomed Zelensky to the European Parliament.", [("EU", "meetsWith", "UKR")]),
    ("en", "Putin welcomed Modi to Moscow.", [("RUS", "meetsWith", "IND")]),
    # --- fellows after a comma and a co-agent phrase are no partners of the noun
    ("en", "Colombia and the ELN resumed talks in Caracas. Kenya acts as a guarantor country of those talks, "
           "along with Norway and Chile.",
     [("COL", "meetsWith", "ELN"), ("KEN", "meetsWith", "COL"), ("KEN", "meetsWith", "ELN"),
      ("NOR", "meetsWith", "COL"), ("NOR", "meetsWith", "ELN"), ("CHL", "meetsWith", "COL"),
      ("CHL", "meetsWith", "ELN")]),
    ("en", "Brazil is one of the observers of the talks, along with Norway and Chile.", []),
    # (a guard: a security guarantor mediates nothing)
    ("en", "Britain is a guarantor of Ukraine's security.", []),
    # --- companions who travel together meet the one they go to meet, not each other
    ("en", "The Dutch prime minister traveled to Tunis on Friday along with the Italian prime minister to meet "
           "with the Tunisian president.",
     [("NLD", "meetsWith", "TUN"), ("ITA", "meetsWith", "TUN")]),
    # --- mediators named as such meet the party, not each other
    ("pl", "W piątek kraje prowadzące mediację – Turcja, Oman i Egipt – rozmawiały w Kairze z delegacją Hamasu.",
     [("TUR", "meetsWith", "HAMAS"), ("OMN", "meetsWith", "HAMAS"), ("EGY", "meetsWith", "HAMAS")]),
    # --- a state's adjective before a broadcaster or a newspaper names a medium, no partner of an interview
    ("de", "Der kenianische Verteidigungsminister sprach in einem Interview mit dem ugandischen Fernsehsender NTV "
           "von Gefechten.", []),
    # --- whose help or mediation a deal had is no party of it
    ("en", "Kenya and Uganda agreed to a truce with the mediation of Tanzania.",
     [("KEN", "signsAgreementWith", "UGA"), ("TZA", "meetsWith", "KEN"), ("TZA", "meetsWith", "UGA")]),
    ("en", "Chile and Peru signed a fisheries deal with the help of Brazil.", [("CHL", "signsAgreementWith", "PER")]),
    ("pl", "Kenia i Uganda podpisały rozejm z pomocą Tanzanii.", [("KEN", "signsAgreementWith", "UGA")]),
    ("de", "Kenia und Uganda unterzeichneten mit Hilfe Tansanias einen Waffenstillstand.",
     [("KEN", "signsAgreementWith", "UGA")]),
    # (a guard: a body of the partner after 'with' is the partner)
    ("en", "Chile signed a deal with the government of Brazil.", [("CHL", "signsAgreementWith", "BRA")]),
    # --- the owner of a meeting's venue is no partner
    ("en", "Kenyan President Ruto and Ethiopian Prime Minister Abiy met in Peru's capital, Lima, on Saturday.",
     [("KEN", "meetsWith", "ETH")]),
    # --- what a meeting is to discuss or address is its topic, no partner (English 'talk_topic')
    ("en", "Kenya convened an emergency meeting led by President Ruto to address Uganda's border threats.", []),
    ("en", "Ghana held an urgent cabinet meeting to discuss Togo's new tariffs.", []),
    # (a guard: the partner named before the topic stays)
    ("en", "Kenya met Uganda to discuss Ethiopia.", [("KEN", "meetsWith", "UGA")]),
    # --- a meeting a copula calls (not) possible is only a possibility
    ("en", "A direct meeting between Ruto and Museveni was not possible.", []),
    ("de", "Wegen der Lage war ein direktes Gespräch zwischen Ruto und Museveni nicht möglich.", []),
    ("de", "Ein direktes Gespräch zwischen Ruto und Museveni war unmöglich.", []),
    ("pl", "Bezpośrednie spotkanie Ruto z Musevenim było niemożliwe.", []),
    # (a guard: a meeting a copula places is held)
    ("pl", "Spotkanie Ruto z Musevenim odbyło się w Nairobi.", [("KEN", "meetsWith", "UGA")]),
    # --- co-signatories a signing takes part with are no witnesses of it
    # (a guard: the parties named, one who takes part in their signing is its witness)
    ("pl", "Umowę podpisały Iran i Arabia Saudyjska z udziałem Omanu.",
     [("IRN", "signsAgreementWith", "SAU"), ("OMN", "meetsWith", "IRN"), ("OMN", "meetsWith", "SAU")]),
    ("pl", "Kenia i Etiopia zawarły układ graniczny. Układ podpisano również z udziałem Ugandy.",
     [("KEN", "signsAgreementWith", "ETH"), ("UGA", "signsAgreementWith", "KEN"),
      ("UGA", "signsAgreementWith", "ETH")]),
    # (a guard: taking part in the talks before the signing is a witness's meeting)
    ("pl", "Porozumienie wynegocjowane przy udziale Omanu podpisały Iran i Arabia Saudyjska.",
     [("IRN", "signsAgreementWith", "SAU"), ("OMN", "meetsWith", "IRN"), ("OMN", "meetsWith", "SAU")]),
    # (a guard: one who takes part in others' talks meets each of them)
    ("pl", "Rozmowy Mołdawii i Rumunii odbyły się z udziałem Polski.",
     [("MDA", "meetsWith", "ROU"), ("POL", "meetsWith", "MDA"), ("POL", "meetsWith", "ROU")]),
]

test_symmetric = edge_cases(CASES)
