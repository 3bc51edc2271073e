"""Polish constructions found on fresh articles read sentence by sentence (session 30).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a named place ("w Białym Domu", "na Kremlu") owns no body after it: the title phrase is the verb's object
    ("Premier Francji zapowiedział, że przyjmie w Pałacu Elizejskim prezydenta Senegalu.",
     [("FRA", "meetsWith", "SEN")]),
    ("Prezydent USA gościł w Białym Domu prezydenta Kenii i premiera Indii.",
     [("USA", "meetsWith", "KEN"), ("USA", "meetsWith", "IND")]),
    # a mediator of a deal told right before it by a noun or participle: the parties that deal's frame found
    ("Prezydent Armenii oskarżył Azerbejdżan o złamanie porozumienia, zawartego w maju dzięki mediacji "
     "Rosji i Francji.",
     [("ARM", "accuses", "AZE"), ("ARM", "signsAgreementWith", "AZE"), ("RUS", "meetsWith", "ARM"),
      ("RUS", "meetsWith", "AZE"), ("FRA", "meetsWith", "ARM"), ("FRA", "meetsWith", "AZE")]),
    ("Premier Etiopii oskarżył Erytreę o naruszenie traktatu pokojowego, podpisanego w 2018 roku za "
     "pośrednictwem Arabii Saudyjskiej.",
     [("ETH", "accuses", "ERI"), ("ETH", "signsAgreementWith", "ERI"), ("SAU", "meetsWith", "ETH"),
      ("SAU", "meetsWith", "ERI")]),
    # "kraje te", "te państwa": the last list of actors named, with the demonstrative before or after its noun
    ("O pomoc zaapelowały Litwa, Łotwa i Estonia. Kraje te, podobnie jak Polska, skrytykowały działania Mińska.",
     [("LTU", "accuses", "BLR"), ("LVA", "accuses", "BLR"), ("EST", "accuses", "BLR"), ("POL", "accuses", "BLR")]),
    ("Chiny nałożyły cła na Kanadę i Meksyk. Pekin oskarża te kraje o protekcjonizm.",
     [("CHN", "accuses", "CAN"), ("CHN", "accuses", "MEX")]),
    # an undeclined name after its classifier noun ("bojówek Huti") shows its case there: the owner of the target
    ("Arabia Saudyjska zbombardowała magazyny jemeńskich bojówek Huti pod Sanaą.", [("SAU", "attacks", "HOUTHIS")]),
    # what was hit is "linked to" its owner ("związany z", "powiązany z"): that owner, not the place it lies in
    ("Izrael przeprowadził naloty na obiekty powiązane z Hezbollahem w Libanie.", [("ISR", "attacks", "HEZBOLLAH")]),
    ("Atak Turcji na magazyny związane z bojówkami PKK w Iraku.", [("TUR", "attacks", "PKK")]),
    # an impersonal verb done "together with" someone, in a clause opened by "a"/"i": the sentence's subject does it
    ("Rebelianci Huti atakowali statki. Francja wysłała okręty, które patrolują wybrzeże, a razem z Włochami "
     "zbombardowano pozycje rebeliantów Huti.", [("FRA", "attacks", "HOUTHIS"), ("ITA", "attacks", "HOUTHIS")]),
    # a war told from the defending side ("wojna obronna z X"): X attacks the side that wages it
    ("Gruzja prowadziła wojnę obronną z Rosją.", [("RUS", "attacks", "GEO")]),
    ("Kuwejt używał amerykańskiej broni w wojnie obronnej z Irakiem.", [("IRQ", "attacks", "KWT")]),
    # verbs of blocking negate the act their object names: past an adjunct right after the verb, in a later
    # conjunct of the object, and as a passive participle set after the noun's phrase
    ("Węgry zablokowały unijne sankcje wobec Rosji i pożyczkę UE dla Ukrainy.", []),
    ("Węgry zablokowały w poniedziałek nowe sankcje UE wobec Iranu.", []),
    ("Premier Belgii mówił o pakiecie sankcji UE wobec Białorusi – zablokowanym przez Węgry.", []),
    ("Rosja zablokowała porty w odwecie za sankcje Unii Europejskiej wobec Moskwy.", [("EU", "sanctions", "RUS")]),
    # an impersonal verb of agreeing whose clause names no party: the parties of the last talks, not the topic
    ("Rozejm między Armenią a Azerbejdżanem obowiązuje od marca. Francja i Rosja pełnią rolę mediatorów w rozmowach. "
     "Podpisano porozumienie o wymianie jeńców.",
     [("ARM", "signsAgreementWith", "AZE"), ("FRA", "meetsWith", "ARM"), ("FRA", "meetsWith", "AZE"),
      ("RUS", "meetsWith", "ARM"), ("RUS", "meetsWith", "AZE")]),
    # an act noun's target is not looked for past ", <adverbial participle>": that clause is its own
    ("Izraelski nalot zniszczył most, odcinając drogę do Syrii.", []),
    ("Rosja przeprowadziła atak na Kijów, niszcząc elektrownię.", [("RUS", "attacks", "UKR")]),
    # a bare phrase after a passive participle ("objętej ochroną ONZ") is that participle's, not the verb's object
    ("Rosja wkroczyła do strefy objętej ochroną ONZ w Gruzji.", [("RUS", "attacks", "GEO")]),
    # a bare actor before an impersonal verb is its fronted object, but not a genitive of another phrase (the
    # officials "objętych sankcjami Kanady" are the participle's: Canada sanctions Cuba, from the participle)
    ("Wenezuela i Kuba skrytykowały politykę Kanady. Na listę kubańskich urzędników objętych sankcjami Kanady "
     "wpisano dziesięć nazwisk.", [("VEN", "accuses", "CAN"), ("CUB", "accuses", "CAN"), ("CAN", "sanctions", "CUB")]),
    # "nasi sojusznicy": the speaker's allies are the bare actors the clause names before the noun; a quote's
    # "we"/"nasz" whose speaker is named where the quote closes, sentences later, is that speaker
    ("„Japonia i Korea Południowa to nasi sojusznicy” – powiedział prezydent USA.",
     [("USA", "alliedWith", "JPN"), ("USA", "alliedWith", "KOR")]),
    ("„Nie zostawimy ich samych. Armenia i Gruzja to nasi partnerzy strategiczni” – podkreślił prezydent Francji.",
     [("FRA", "alliedWith", "ARM"), ("FRA", "alliedWith", "GEO")]),
    # halting deliveries of energy to a state is an embargo; a threat coordinated after a sanction verb of the same
    # subject threatens that verb's object
    ("Estonia wydaliła rosyjskiego dyplomatę i zagroziła dalszymi krokami.",
     [("EST", "sanctions", "RUS"), ("EST", "threatens", "RUS")]),
    ("Rosja wstrzymała dostawy gazu do Mołdawii i zagroziła odcięciem prądu.",
     [("RUS", "sanctions", "MDA"), ("RUS", "threatens", "MDA")]),
    # "junta" names the regime of the last state named; demanding that an envoy leave is his expulsion
    ("Wojsko przejęło władzę w Nigrze. W reakcji na krytykę junta zażądała, by ambasador Francji opuścił kraj.",
     [("NER", "sanctions", "FRA")]),
    # an acronym after a month opening the clause is the subject, not the month's genitive
    ("W listopadzie USA sprzedały Tajwanowi myśliwce.", [("USA", "suppliesWeaponsTo", "TWN")]),
    ("Pod koniec marca NATO skrytykowało Białoruś.", [("NATO", "accuses", "BLR")]),
    # a pair phrase right after a sentence whose own pair phrase stood for two actors: the same two, not its venue
    ("Kenia i Somalia długo spierały się o granicę morską. Porozumienie między oboma krajami zawarto w Pretorii "
     "w Departamencie Stanu USA. Umowę podpisali szefowie dyplomacji obu krajów.",
     [("KEN", "signsAgreementWith", "SOM")]),
]


test_construction = edge_cases(CASES, "pl")
