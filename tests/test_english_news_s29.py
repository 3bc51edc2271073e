"""English constructions found by reading fresh news sentence by sentence (session 29), each with
sentences written for the test. Every case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

import kg

CASES = [
    # --- a plural trigger after a light verb and an adjective the analyser may also read as an adverb ("daily",
    # "heavy", "nightly") is the light verb's noun: the place after it is where the target lies
    ("Jordan conducted daily strikes in Syria last week.", [("JOR", "attacks", "SYR")]),
    ("The Turkish air force carried out nightly raids in Iraq.", [("TUR", "attacks", "IRQ")]),
    ("Egypt launched heavy strikes in Libya on Monday.", [("EGY", "attacks", "LBY")]),
    ("Oman's navy held weekly drills in the Gulf.", []),
    ("Rome protested after Tirana launched heavy strikes on Italy.",
     [("ITA", "accuses", "ALB"), ("ALB", "attacks", "ITA")]),
    # --- an adverb between the comma and a participle that follows a noun ("the rebels, allegedly backed by X,")
    # keeps the noun before the comma as what the participle says of it
    ("The M23 fighters, reportedly backed by Uganda, seized the town of Bunia from the Congolese army.",
     [("UGA", "supports", "M23"), ("M23", "attacks", "COD")]),
    ("The Houthis, allegedly armed by Tehran, fired two missiles at Israel on Sunday.",
     [("IRN", "suppliesWeaponsTo", "HOUTHIS"), ("HOUTHIS", "attacks", "ISR")]),
    # --- 'its' in the gerund of a measure's reason ("sanctions against X for escalating its war") is the one the
    # measure falls on, named right before 'for' / 'over', not the subject who imposes it
    ("Britain imposed fresh penalties on Moscow for stepping up its assault on Ukraine.",
     [("GBR", "sanctions", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Canada condemned Minsk for renewing its attacks on Lithuania.",
     [("CAN", "accuses", "BLR"), ("BLR", "attacks", "LTU")]),
    # --- a to-infinitive after a noun with a possessor ("Iran's plan to strike", "of its decision to launch") is the
    # possessor's act: not the clause's subject, nor the one told of it
    ("Oman notified Britain of its intention to carry out raids against Yemen.", [("OMN", "attacks", "YEM")]),
    ("Qatar told Turkey about its decision to bomb Syria.", [("QAT", "attacks", "SYR")]),
    ("Japan was briefed on Seoul's plan to launch strikes on North Korea.", [("KOR", "attacks", "PRK")]),
    ("Paris was informed of Rome's plan to impose sanctions on Belgrade.", [("ITA", "sanctions", "SRB")]),
    # --- a body noun right after a name inside a body grown already ("a team of Houthi envoys in Muscat") is
    # that name's: the city after it is where they are, not whose leaders they are
    ("A Turkish intelligence team met a delegation of Hamas leaders in Ankara to revive the Gaza truce talks.",
     [("TUR", "meetsWith", "HAMAS")]),
    # --- a trigger noun that is the object of a verb coordinated with an earlier one ("… and promised a forceful
    # response") shares that verb's subject, not the possessor in the first verb's object
    ("Baku criticised Moscow's statement and promised a forceful response to Yerevan.",
     [("AZE", "accuses", "RUS"), ("AZE", "threatens", "ARM")]),
    # --- a light verb's gerund joined by "and" to an earlier gerund of the charge ("by bombing markets and conducting
    # airstrikes") has the earlier one's doer, not the accuser
    ("The Houthis defended their missile launch, accusing Riyadh of breaking the truce by bombing markets and "
     "conducting airstrikes inside Yemen.", [("HOUTHIS", "accuses", "SAU"), ("SAU", "attacks", "YEM")]),
    # --- support named with a participle set off after a noun ("the truce, negotiated with help from X,") is given to
    # whoever negotiated it, not to the actor the main clause names after the comma
    ("The truce, negotiated with support from Oman and Kuwait, obliged the Houthis to free the crew.", []),
    ("Jordan, with the backing of Britain, hosted talks on Syria.", [("GBR", "supports", "JOR")]),
    # --- a preposition of several words ending in 'with' or 'to' ("in accordance with", "in keeping with") governs the
    # name after it as a whole: no partner, target or recipient
    ("Poland held talks in accordance with the NATO treaty.", []),
    ("Chile and Peru held talks in keeping with the OAS charter.", [("CHL", "meetsWith", "PER")]),
    ("The envoy spoke following a session in connection with the OSCE summit.", []),
    # --- a capital between an article and an agreement noun ("the Lima Accord", "the Minsk agreements") names where it
    # was signed, not a party
    ("Chile and Bolivia signed the Lima Accord.", [("CHL", "signsAgreementWith", "BOL")]),
    # --- an -ing adjunct opening the sentence after a measure of time ("Only days after signing …,") has the subject
    # after its comma, as a bare "After signing …," has
    ("Only days after signing the truce, Armenia and Azerbaijan traded accusations.",
     [("ARM", "signsAgreementWith", "AZE"), ("ARM", "accuses", "AZE"), ("AZE", "accuses", "ARM")]),
    # --- a bare body noun right after a fronted "In <state>," ("In Peru, the foreign ministry …") is that state's body
    ("In Peru, the foreign ministry accused Chile of espionage.", [("PER", "accuses", "CHL")]),
    ("In Sudan, Egyptian troops attacked the rebels.", []),
    # --- a name or adjective right before a people's name ("Bosnian Croats", "Turkish Cypriots") tells a community,
    # neither state
    ("The new border rules were welcomed by Baku but criticised by Turkish Cypriots.", []),
    ("Cypriots protested against Turkey.", [("CYP", "accuses", "TUR")]),
    # --- "similar measures", "similar steps" copy a step taken, not talks held: after a meeting they repeat nothing
    ("Peru held talks with Chile on Monday. Bolivia is weighing similar steps.", [("PER", "meetsWith", "CHL")]),
    ("Peru imposed sanctions on Chile on Monday. Bolivia took similar steps.",
     [("PER", "sanctions", "CHL"), ("BOL", "sanctions", "CHL")]),
]


test_rule = edge_cases(CASES, "en", prefix="en29")


def test_officials_of_a_name_in_a_place_are_no_source():
    """'officials in X' names a source ("officials in Kyiv said"), but not after a name that owns them: "a delegation of
    Hezbollah officials in Amman" are Hezbollah's people met in Amman, and nobody's word."""
    claims = kg.extract("A Jordanian security team held talks with a delegation of Hezbollah officials in Amman.",
                        lang="en")
    assert claims and all(c.attributed_to is None for c in claims)
