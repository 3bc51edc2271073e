"""Who does what to whom (session 31): constructions that decide the roles of hostile relations, each with
sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- the one for whom or at whose word an act is done (the lexicon's ``on_behalf``) is no target
    ("en", "Kenyan troops raided militant camps at the request of Somalia.", []),
    ("en", "Rwandan jets bombed rebel bases on behalf of Burundi.", []),
    ("en", "Chad shelled jihadist hideouts on the orders of Niger.", []),
    ("pl", "Kenia zbombardowała obozy bojowników na prośbę Somalii.", []),
    ("de", "Kenia bombardierte Lager der Milizen im Auftrag Somalias.", []),
    # --- who is told ("told the Council that …", "powiedział Boliwii, że …") is not the one a judgement names
    ("en", "Ecuador told the UN Security Council that Colombia's raids were illegal.", [("ECU", "accuses", "COL")]),
    ("pl", "Szef MSZ Ekwadoru powiedział Kanadzie, że działania Kolumbii są nielegalne.", [("ECU", "accuses", "COL")]),
    # --- a speaking office attacks in words ("the foreign minister attacked …"): an accusation
    ("en", "Ghana's foreign minister attacked Togo over the border closure.", [("GHA", "accuses", "TGO")]),
    ("en", "The Ghanaian ambassador attacked Togo on Tuesday.", [("GHA", "accuses", "TGO")]),
    # --- an attack on a stance, with a critic's adjective, or in court is no armed attack
    ("en", "Ghana attacked Togo's decision to close the border.", [("GHA", "accuses", "TGO")]),
    ("en", "Ghana's president launched a blistering attack on Togo.", [("GHA", "accuses", "TGO")]),
    ("en", "Ghana is fighting Togo in court over the maritime boundary.", []),
    ("en", "Ghana's war on drugs in Togo has stalled.", []),
    # --- the owner of "neighbour" in apposition to a name only says whose neighbour the name is
    ("en", "Ethiopia bombed Sudan, Eritrea's western neighbour.", [("ETH", "attacks", "SDN")]),
    # ... and of a tie noun (relation_nouns: "ally", "rival") only for the object of a hostile verb: the owner keeps
    # its part in the tie
    ("en", "Ethiopia bombed Eritrea's ally Sudan.", [("ETH", "attacks", "SDN"), ("ERI", "alliedWith", "SDN")]),
    # --- a projectile shot down on its way to someone else attacks that one; a helper is no target
    ("en", "Saudi air defences shot down Houthi drones heading for Israel.", [("HOUTHIS", "attacks", "ISR")]),
    ("en", "French jets helped shoot down Iranian drones.", []),
    # --- ", saying X …" after a judgement: the clause's own subject says it, X is what is said, never the sayer
    ("en", "Ghana condemned the raid as a grave violation of its sovereignty, saying Togo had grown reckless.",
     [("GHA", "accuses", "TGO")]),
    ("en", "Ghana slammed the raid, saying Togo's conduct was unacceptable.", [("GHA", "accuses", "TGO")]),
    # --- what answers an accusation ("… after Japan claimed / accused …") does not accuse the accuser
    ("en", "Belize says 'no intention' of violating any foreign airspace after Guatemala claim", []),
    # --- Polish object-verb-subject order: a fronted name whose number or gender a past verb does not agree with
    # is its object, the agreeing nominative after the verb its subject
    ("pl", "Egipt potępiły Włochy za tę decyzję.", [("ITA", "accuses", "EGY")]),
    ("pl", "Katar oskarżyła Arabia Saudyjska o wspieranie terroryzmu.", [("SAU", "accuses", "QAT")]),
    ("pl", "Jemen zaatakowała koalicja pod wodzą Arabii Saudyjskiej.", [("SAU", "attacks", "YEM")]),
    ("pl", "Turcja skrytykowała Irak za bezczynność.", [("TUR", "accuses", "IRQ")]),
    # ... and so is one before a noun that agrees with the verb only in the nominative, or a present verb's number
    ("pl", "Pekin skrytykował premier Japonii.", [("JPN", "accuses", "CHN")]),
    ("pl", "Teheran skrytykował szef MSZ Węgier.", [("HUN", "accuses", "IRN")]),
    ("pl", "Egipt krytykują Stany Zjednoczone.", [("USA", "accuses", "EGY")]),
    ("pl", "Stany Zjednoczone krytykuje Egipt.", [("EGY", "accuses", "USA")]),
    # --- German: an accusative or dative article before the name that stands first marks the fronted object
    ("de", "Den Libanon griff Israel in der Nacht erneut an.", [("ISR", "attacks", "LBN")]),
    ("de", "Den Irak kritisierte die Türkei scharf.", [("TUR", "accuses", "IRQ")]),
    # ... a target that a preposition marks in a fronted act noun is not the one judged
    ("de", "Den Angriff auf Ghana verurteilte Togo scharf.", []),
    # ... and a bare dative right after a verb of saying is whom it is told
    ("de", "Ghana sagte Nigeria, das Vorgehen Togos sei illegal.", [("GHA", "accuses", "TGO")]),
    # --- a warning whose "that" clause tells a third party's act and names no price (consequence words) is a
    # caution, no threat to the one told nor to the third party
    ("en", "Ghana warned Togo that Burkina Faso was preparing an offensive.", []),
    ("en", "Ghanaian officials have warned for months that Togo was massing troops.", []),
    ("en", "Ghana warned Nigeria about Togo's growing arsenal.", []),
    ("pl", "Ghana ostrzegła Togo, że Burkina Faso szykuje ofensywę.", []),
    ("de", "Ghana warnte Togo, dass Burkina Faso eine Offensive vorbereite.", []),
    ("en", "Ghana warned Togo that it would pay a heavy price.", [("GHA", "threatens", "TGO")]),
    # --- English object relatives: a subject pronoun right after "which" makes the antecedent the object and the
    # sentence's first subject the doer (subject_pronouns); not across a verb of saying ("which it says attacked")
    ("en", "Ghana closed its border with Togo, which it accuses of sheltering gunmen.", [("GHA", "accuses", "TGO")]),
    ("en", "Ghana praised Nigeria but not Togo, which it called hostile.",
     [("GHA", "praises", "NGA"), ("GHA", "accuses", "TGO")]),
    ("en", "Ghana sanctioned Togo, which it says attacked its border posts.",
     [("GHA", "sanctions", "TGO"), ("TGO", "attacks", "GHA")]),
    # --- people crossing a border are no state judged
    ("en", "Ghana said illegal migration from Togo had surged.", []),
    # --- victims and crowds of a nationality (volunteers, fans, pilgrims: the private words) are no state attacked
    ("en", "A Russian strike killed three Polish volunteers in Kharkiv.", [("RUS", "attacks", "UKR")]),
    ("en", "Chilean police clashed with Peruvian fans after the match.", []),
    ("pl", "Rosyjski atak zabił trzech polskich wolontariuszy w Charkowie.", [("RUS", "attacks", "UKR")]),
    # --- what endangers a state's sovereignty or economy threatens no one ("is threatened by tariffs")
    ("en", "Ghana's economy is threatened by Togo's tariffs.", []),
    ("en", "Ghana said Togo's pact with Benin threatened its sovereignty.", [("TGO", "signsAgreementWith", "BEN")]),
    ("en", "Ghana threatened Togo with sanctions to protect its economy.", [("GHA", "threatens", "TGO")]),
    # --- charges and allegations denied or refuted are the charge of the one whose they are (accuses.rejected);
    # "claims" are left out, a claim to land being none ("rejected Guyana's claims")
    ("en", "Ghana refuted Togolese allegations that it was behind the unrest.", [("TGO", "accuses", "GHA")]),
    ("en", "Ghana denies Togo's charges of cross-border raids.", [("TGO", "accuses", "GHA")]),
    ("en", "Ghana rejected Togo's claim to the islands.", []),
]

test_direction = edge_cases(CASES)
