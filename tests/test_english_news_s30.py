"""English constructions found on the study set of session 30, each with sentences written for the test. Every
case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- an ordinal before the goods ("a third system") is an adjective, not a verb that ends the object
    ("Spain will deliver a third air defence system to Latvia next month.", [("ESP", "suppliesWeaponsTo", "LVA")]),
    # --- a pair phrase whose state noun follows its modifiers ("the two heavily armed nations", "both Gulf states")
    ("Eritrea and Ethiopia restored ties in 2018. Clashes between the two heavily armed nations resumed in May.",
     [("ERI", "attacks", "ETH"), ("ETH", "attacks", "ERI")]),
    # --- a word that may open a clause does so when an auxiliary follows the phrase after it ("as X was mediating")
    ("The fighting flared as Turkey was mediating talks between Armenia and Azerbaijan.",
     [("TUR", "meetsWith", "ARM"), ("TUR", "meetsWith", "AZE")]),
    # --- ", with X -ing …": the absolute clause's subject is the phrase after 'with', no object of anything
    ("Talks in Lima ended abruptly, with Chile accusing Peru of stalling.", [("CHL", "accuses", "PER")]),
    ("Chile signed a deal with Peru accusing Bolivia of stalling.",
     [("CHL", "signsAgreementWith", "PER"), ("CHL", "accuses", "BOL")]),
    # --- "his guest" after a meeting this sentence names: that meeting's other party
    ("A meeting between Lula and Boric in Brasilia ended early, with Lula thanking his guest for the visit.",
     [("BRA", "meetsWith", "CHL"), ("BRA", "praises", "CHL")]),
    # --- 'its' right after a hostile verb is someone's other than the doer's, all of a listed doer's conjuncts
    ("Ukraine said Russia attacked its energy facilities in June.", [("RUS", "attacks", "UKR")]),
    ("Chile recalled its envoy after Peru and the Bolivian army shelled its border posts.",
     [("PER", "attacks", "CHL"), ("BOL", "attacks", "CHL")]),
    # --- a hyphen compound ("the Iran-backed Houthis") describes its noun as it is: the clause's modality is not its
    ("Chile may sanction the Iran-backed Houthis.", [("IRN", "supports", "HOUTHIS")]),
    ("Oman said the raid was meant to prevent efforts by the Iran-backed Houthis to rearm.",
     [("IRN", "supports", "HOUTHIS")]),
    # --- 'the latter' / 'the former' is the second / first of the last two actors named together; before a noun it
    # is an adjective ("the former Soviet republic")
    ("Fighting between Chile and Peru escalated after Bolivia shelled the latter's border posts.",
     [("CHL", "attacks", "PER"), ("PER", "attacks", "CHL"), ("BOL", "attacks", "PER")]),
    ("Chile and Peru signed a deal. The latter also praised Bolivia.",
     [("CHL", "signsAgreementWith", "PER"), ("PER", "praises", "BOL")]),
    ("Chile and Peru signed a deal. The former also praised Bolivia.",
     [("CHL", "signsAgreementWith", "PER"), ("CHL", "praises", "BOL")]),
    # --- the parties named before, as a subject ("the leaders", "the foreign leaders"), are not the one named after
    # it in its clause: the host they thank is none of them
    ("Lula hosted the presidents of Chile and Peru in Brasilia on Friday. The leaders thanked Lula for his efforts.",
     [("BRA", "meetsWith", "CHL"), ("BRA", "meetsWith", "PER"), ("CHL", "meetsWith", "PER"),
      ("CHL", "praises", "BRA"), ("PER", "praises", "BRA")]),
    ("Lula hosted the presidents of Chile and Peru in Brasilia. The foreign leaders later thanked Lula.",
     [("BRA", "meetsWith", "CHL"), ("BRA", "meetsWith", "PER"), ("CHL", "meetsWith", "PER"),
      ("CHL", "praises", "BRA"), ("PER", "praises", "BRA")]),
    # --- "the (militant) group" is the group the narration was about, not one named on the way in its last sentence
    ("The Houthis resumed raids after Israel's war with Hamas began. The militant group then fired missiles at Israel.",
     [("ISR", "attacks", "HAMAS"), ("HOUTHIS", "attacks", "ISR")]),
    # --- a seizure of power is a coup, no attack on the state; "a shot in the arm" is a boost, no shot
    ("The Houthis' seizing of power in Sanaa worried the Saudis.", []),
    ("Hamas was given a shot in the arm by the Houthis.", []),
    ("Hamas got a shot in the arm from the support offered by the Houthis.", []),
    # --- a mediator's parties are not the actors of a relative clause after its own ("… a region where …")
    ("Kenya cast itself as a neutral broker in a region where Egyptian and Ethiopian interests collide.", []),
    # --- a trigger right after an adjective is a noun ("organizing international sanctions"), never a finite verb
    # whose subject is the nearest actor before it
    ("Chile backed Bolivia by sending it arms and organizing international sanctions against Peru.",
     [("CHL", "supports", "BOL"), ("CHL", "suppliesWeaponsTo", "BOL"), ("CHL", "sanctions", "PER")]),
    ("Lima said Chile was to blame for the crisis by providing Bolivia with weapons and organizing international "
     "sanctions against Peru.", [("PER", "accuses", "CHL"), ("CHL", "suppliesWeaponsTo", "BOL")]),
    ("Moldova upgraded its radar network in the face of repeated Russian aerial attacks.", [("RUS", "attacks", "MDA")]),
    # --- 'its' before a war noun right after an act of help is the one helped, not the helper
    ("Washington accused Pyongyang of providing weapons to Moscow for its war in Ukraine.",
     [("USA", "accuses", "PRK"), ("PRK", "suppliesWeaponsTo", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Belarus sent drones to Russia for its war against Ukraine.",
     [("BLR", "suppliesWeaponsTo", "RUS"), ("RUS", "attacks", "UKR")]),
    # --- a to-infinitive after a noun with a possessive ("our commitment to support") is the possessor's act, also
    # when no subject stands on its left in its clause
    ('"We act on every request, and we shall do so, within our firm commitment to support Moldova," said Kaja Kallas.',
     [("EU", "supports", "MDA")]),
    # --- an intrusion told by a speaker is the speaker's accusation of the intruder
    ("A Chinese spokesman said the Vietnamese vessels forcibly intruded into the area.", [("CHN", "accuses", "VNM")]),
    ("Beijing said the Philippine navy illegally intruded into its waters.", [("CHN", "accuses", "PHL")]),
    # --- a demand verb after a quote ('…," and X called for …') is no verb of saying: X said none of the quote
    ('Russia and Belarus signed a pact. The two heavily sanctioned states said they would reject any "blackmail," '
     "and Lukashenko called for new talks with Poland.", [("RUS", "signsAgreementWith", "BLR")]),
]


test_construction = edge_cases(CASES, "en")
