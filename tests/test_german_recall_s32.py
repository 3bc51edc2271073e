"""German phrase and clause edges found on fresh news (session 32): an auxiliary opened before a comma and an
article whose "relative clause" runs to the sentence's end with only a participle or an infinitive is a list
item, not a relative clause ("X wird von Russland, den Emiraten und Ägypten unterstützt"); an article after an
adjective opens a new phrase ("seit Langem die Hamas"); after a place governed by a preposition fused with a
dative article, a non-dative article after "und" continues the list of the phrase before the place ("die Hamas
im Gazastreifen und die Taliban"); names set beside a noun right after a trigger's own preposition are its
parties ("Kämpfe zwischen den verfeindeten Staaten Indien und Pakistan"); "die beiden" with adjectives and a
state noun is a pair phrase ("die beiden verfeindeten Staaten"); 'bekämpfen' is a fight, and an army with no
owner is that of a state a description places the sentence in ("in dem ostafrikanischen Land … die Armee"); a
mission's staff by other names ("Botschaftsangehörige", "Konsularbeamte") is what an expulsion befalls; a date set
off by commas after a weekday ("am Montag, den 3. März,") parts no subject from its verb; an agreement
'zwischen X und Y' binds both, and 'zwischen X und Y mit Z' each of X and Y with Z; 'abschloss' at the end of a
verb-final clause concludes a deal; relations 'mit X' ('relations with X') are each co-subject's own; a mission
('Einsätze', 'Bundeswehreinsätze', a parliament's 'Mandat') with a state hyphenated to it ('Irak-Einsatz') is
deployed there; a fronted manner phrase ('Aus Protest gegen …') is the act of the subject after the verb, and the
genitive of what is protested ('das Vorgehen Serbiens') is the accused; a relative article that is never
nominative ('dem', 'den', 'denen') makes its antecedent the object of the verb-final clause; a threat over an act
('wegen des Abwurfs von Ballons durch X') is aimed at the act's agent; troops that 'befinden sich' somewhere are
there, and a phrase joined by 'und' to a fronted prepositional phrase is part of it, not the subject; a verb-final
clause of two conjuncts closes at the second verb.

The sentences are our own; each case fails without its rule, but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- an open auxiliary: the comma and article go on a list, the verb at the end closes the clause
    ("Der Sudan wird von Ägypten, den Vereinigten Arabischen Emiraten und Saudi-Arabien unterstützt.",
     [("EGY", "supports", "SDN"), ("ARE", "supports", "SDN"), ("SAU", "supports", "SDN")]),
    ("Die Regierung in Tripolis wird von der Türkei, den Vereinigten Staaten und Italien unterstützt.",
     [("TUR", "supports", "LBY"), ("USA", "supports", "LBY"), ("ITA", "supports", "LBY")]),
    # (a guard: a relative clause with a finite verb of its own after a copula stays one)
    ("Anlass war ein Angriff Israels auf Syrien, bei dem drei Soldaten getötet wurden.", [("ISR", "attacks", "SYR")]),
    # --- an article after an adjective opens a phrase of its own
    ("Der Iran unterstützt seit Langem die Huthi-Miliz im Jemen.", [("IRN", "supports", "HOUTHIS")]),
    ("Russland unterstützt seit langem die Regierung in Damaskus.", [("RUS", "supports", "SYR")]),
    # --- a place with a fused dative article does not take the next article's phrase
    ("Katar unterstützt die Hamas im Gazastreifen und die Taliban in Afghanistan.",
     [("QAT", "supports", "HAMAS"), ("QAT", "supports", "AFG")]),
]

CASES += [
    # --- names set beside the noun after the trigger's own preposition are its parties
    ("Seit Wochen gibt es Gefechte zwischen den verfeindeten Staaten Indien und Pakistan.",
     [("IND", "attacks", "PAK"), ("PAK", "attacks", "IND")]),
    ("Im Grenzgebiet gab es Kämpfe zwischen den Nachbarstaaten Äthiopien und Eritrea.",
     [("ETH", "attacks", "ERI"), ("ERI", "attacks", "ETH")]),
]
CASES += [
    # --- "die beiden" + adjectives + a state noun is the pair of states named before
    ("Äthiopien und Eritrea streiten um die Grenze. Erneut lieferten sich die beiden verfeindeten Staaten dort "
     "Gefechte.",
     [("ETH", "attacks", "ERI"), ("ERI", "attacks", "ETH")]),
    ("Im Grenzgebiet von Indien und Pakistan kam es zu Gefechten zwischen den beiden verfeindeten Ländern.",
     [("IND", "attacks", "PAK"), ("PAK", "attacks", "IND")]),
]
CASES += [
    # --- 'bekämpfen' (fight): both sides fight; the army with no owner is that of the state described before it
    ("Der Sudan versinkt im Chaos. In dem ostafrikanischen Staat bekämpfen sich seit Monaten die Armee und die RSF.",
     [("SDN", "attacks", "RSF"), ("RSF", "attacks", "SDN")]),
    ("Die Türkei bekämpft die PKK im Nordirak.", [("TUR", "attacks", "PKK"), ("PKK", "attacks", "TUR")]),
    # (a guard: what is fought is no actor)
    ("Polen will den Menschenhandel aus Belarus bekämpfen.", []),
]
CASES += [
    # --- a mission's staff by other names is what an expulsion befalls; its agent after "durch"
    ("Nach der Ausweisung von vier litauischen Botschaftsangehörigen durch Belarus reagierte Vilnius scharf.",
     [("BLR", "sanctions", "LTU")]),
    # --- a date set off by commas after the weekday parts no subject from its late verb
    ("Estland hat am Montag, den 3. März, zwei russische Diplomaten zur Ausreise aufgefordert.",
     [("EST", "sanctions", "RUS")]),
    ("Lettland hat am Freitag, den 7. Juni 2024, drei belarussische Konsularbeamte des Landes verwiesen.",
     [("LVA", "sanctions", "BLR")]),
]
CASES += [
    # --- an agreement 'zwischen X und Y' binds both, its subject phrase may stand between
    ("Die im Herbst geschlossene Vereinbarung über diplomatische Beziehungen zwischen Marokko und Israel gilt als "
     "Erfolg.", [("MAR", "signsAgreementWith", "ISR")]),
    # --- 'zwischen X und Y mit Z': each of the list with Z, not with each other
    ("Die Unterzeichnung der Abkommen zwischen Sudan und Marokko mit Israel verzögerte sich.",
     [("SDN", "signsAgreementWith", "ISR"), ("MAR", "signsAgreementWith", "ISR")]),
    ("en", "The agreements between Sudan and Morocco with Israel were signed on Tuesday.",
     [("SDN", "signsAgreementWith", "ISR"), ("MAR", "signsAgreementWith", "ISR")]),
    # (a guard: talks about an agreement are talks)
    ("Die Gespräche über ein Abkommen zwischen Peru und Chile gehen weiter.", [("PER", "meetsWith", "CHL")]),
]
CASES += [
    # --- the separable verb joined at the end of a verb-final clause
    ("Als Indien im Mai einen Gasvertrag mit Katar abschloss, stiegen die Preise.",
     [("IND", "signsAgreementWith", "QAT")]),
    # --- relations 'mit X' are each co-subject's own
    ("Marokko und Sudan unterzeichneten Abkommen über die Normalisierung ihrer Beziehungen mit Israel.",
     [("MAR", "signsAgreementWith", "ISR"), ("SDN", "signsAgreementWith", "ISR")]),
    ("en", "Morocco and Sudan signed agreements normalizing relations with Israel.",
     [("MAR", "signsAgreementWith", "ISR"), ("SDN", "signsAgreementWith", "ISR")]),
]
CASES += [
    # --- a mission's plural and the army's compounds; a state hyphenated to the mission hosts it
    ("Der Bundestag hat am Mittwoch die Einsätze der Bundeswehr im Irak verlängert.",
     [("DEU", "deploysTroopsTo", "IRQ")]),
    ("Der Bundestag verlängert das Mandat für den Irak-Einsatz.", [("DEU", "deploysTroopsTo", "IRQ")]),
    ("Der Litauen-Einsatz der Bundeswehr beginnt im Mai.", [("DEU", "deploysTroopsTo", "LTU")]),
]
CASES += [
    # --- a fronted manner phrase ('aus Protest gegen', 'aus Solidarität mit') is the act of the subject after the
    # verb; the genitive of what is protested is the accused, also after a dateline and before another phrase
    ("Aus Protest gegen die Haltung der EU blieb Ungarn dem Treffen fern.", [("HUN", "accuses", "EU")]),
    ("ZAGREB: Aus Protest gegen das Vorgehen Serbiens gegenüber Bosnien blieb Kroatien der Konferenz fern.",
     [("HRV", "accuses", "SRB")]),
    ("Aus Solidarität mit der Ukraine verhängte Polen Sanktionen gegen Belarus.",
     [("POL", "supports", "UKR"), ("POL", "sanctions", "BLR")]),
]
CASES += [
    # --- a relative article that is never nominative ('dem', 'den', 'denen') makes the antecedent the object
    ("Der Sudan, dem Ägypten hilft, kämpft weiter.", [("EGY", "supports", "SDN")]),
    ("Die Huthi, denen der Iran Waffen liefert, greifen Schiffe an.", [("IRN", "suppliesWeaponsTo", "HOUTHIS")]),
    # (a guard: the possessive 'dessen' owns the subject, and names no object)
    ("Belarus, dessen Machthaber Russland unterstützt, schweigt.", []),
]
CASES += [
    # --- a threat over an act with no target named is aimed at the act's agent
    ("Litauen drohte wegen der Angriffe Russlands mit Konsequenzen.", [("LTU", "threatens", "RUS")]),
    ("Japan hat wegen des Abschusses einer Drohne durch China mit Gegenmaßnahmen gedroht.",
     [("JPN", "threatens", "CHN")]),
    # (a guard: an act with no agent named)
    ("Polen drohte wegen des Streits mit Konsequenzen.", []),
]
CASES += [
    # --- 'sich befinden' with troops is their presence; a second source joined to an attribution by 'und' is no
    # subject, and a hyphenated compound inside the fronted phrase does not end it
    ("Nach Angaben der US-Regierung und Japans befinden sich Hunderte chinesische Soldaten in Kambodscha.",
     [("CHN", "deploysTroopsTo", "KHM")]),
]
CASES += [
    # --- a verb-final relative clause of two conjuncts ('… versorgt und … erhält,') closes at the second verb
    ("Diplomaten sprechen von einem Geschäft, bei dem Teheran Moskau mit Drohnen versorgt und dafür Geld erhält.",
     [("IRN", "suppliesWeaponsTo", "RUS")]),
    ("Es gibt ein Abkommen, nach dem Ankara Baku mit Drohnen beliefert und dafür Gas bekommt, berichten Medien.",
     [("TUR", "suppliesWeaponsTo", "AZE")]),
]

CASES = [c if c[0] in ("de", "en") and len(c) == 3 else ("de", *c) for c in CASES]

test_recall_s32 = edge_cases(CASES)
