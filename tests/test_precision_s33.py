"""Precision on unseen text, and engine bugs (session 33, pl, en, de): an actor that a preposition of exclusion governs
("excluding", "except", "barring") is left out of the act, no party to it; a tie whose noun names all its sides
after 'between' ("talks between A and B") is theirs alone when the clause's subject only takes a stance on it
("backed", "welcomed", "condemned"), not when it hosts or mediates it; in German, a relative pronoun that may be
accusative ("die", "das") is the object when the clause names a nominative of its own after it ("die der Iran
unterstützt": "der" is never accusative, and "Iran" is masculine, so no dative; "der russische Präsident": a weak
adjective); a word of warning or speech that a negating preposition governs ("without warning", "ohne Vorwarnung")
tells of none, and a verb is no threat's content; a name after a bare noun that a preposition governs is no
apposition of it ("griff ohne Vorwarnung Syrien an"); a name whose base form ends in -s ("Belarus") is no genitive
by its ending; a neighbour named by a description ("its neighbour", "dem Nachbarland") is a state whose capital lies
near the subject's, not the last one named far off; a warning whose preposition of what is feared governs a
possessive ("warnte Algerien vor seiner Unterstützung", "ostrzegła Algierię przed jej poparciem") tells of or
cautions against a step, no threat, unless a price or an answer is named; the object of a verb of keeping out
("bar", "exclude", "wykluczyć", "auszuschließen") is no party of the meeting its clause tells of; a verbal noun with
an agent of its own after it ("durch", "by") has its genitive for what the act befalls in German and English too
("die militärische Unterstützung der Ukraine durch die USA"); a people named by a state's adjective ("the Venezuelan
people", "das iranische Volk", "ukraiński naród") is no state: the regime may be the one opposed; a sentence that
opens with a name that is no known actor ("Nijar miał zginąć") makes that one the last person named, so an object
pronoun after it ("uznały go za terrorystę") is not the person named before.

The sentences are our own; each case fails without its rule, but those marked as guards, which hold what the rule
must not change.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- an actor after a preposition of exclusion is left out: no party to talks, no object of the verb
    ("en", "Qatar hosted talks in Doha excluding Lebanon.", []),
    ("en", "Chile and Peru held talks excluding Bolivia.", [("CHL", "meetsWith", "PER")]),
    # --- a tie named with all its sides after 'between': a verb of stance takes no part in it
    ("en", "Norway backed talks between Serbia and Kosovo.", [("SRB", "meetsWith", "XKX")]),
    ("en", "Norway welcomed the meeting between Serbia and Kosovo.", [("SRB", "meetsWith", "XKX")]),
    # (guards: the tie's own sides meet; who hosts or mediates the talks meets each side)
    ("de", "Norwegen begrüßte das Treffen zwischen Serbien und dem Kosovo.", [("SRB", "meetsWith", "XKX")]),
    ("en", "Norway hosted talks between Serbia and Kosovo.",
     [("NOR", "meetsWith", "SRB"), ("NOR", "meetsWith", "XKX"), ("SRB", "meetsWith", "XKX")]),
    ("en", "Norway mediated talks between Serbia and Kosovo.",
     [("NOR", "meetsWith", "SRB"), ("NOR", "meetsWith", "XKX")]),
    # --- a German relative pronoun that may be accusative is the object of a nominative named after it
    ("de", "Die Huthi, die der Iran seit Jahren unterstützt, beschossen Israel.",
     [("IRN", "supports", "HOUTHIS"), ("HOUTHIS", "attacks", "ISR")]),
    ("de", "Georgien, das der Kreml offen bedroht, bat die EU um Hilfe.", [("RUS", "threatens", "GEO")]),
    ("de", "Die Hisbollah, die der iranische Staat mit Raketen beliefert, ist stark.",
     [("IRN", "suppliesWeaponsTo", "HEZBOLLAH")]),
    # (guards: an accusative after the pronoun leaves it the subject)
    ("de", "Die Hamas, die den Iran lobt, ist stark.", [("HAMAS", "praises", "IRN")]),
    # --- "without warning": no warning was given, and the attack is told as done
    ("en", "Pakistan without warning shelled Afghan border posts.", [("PAK", "attacks", "AFG")]),
    ("en", "Ethiopia without any warning bombed Eritrea.", [("ETH", "attacks", "ERI")]),
    # (a guard: a threat noun takes a noun as its content)
    ("en", "Chile issued a threat of strikes on Peru.", [("CHL", "threatens", "PER")]),
    # --- a name after a bare noun governed by a preposition starts a phrase of its own
    ("de", "Äthiopien bombardierte ohne Vorwarnung Eritrea.", [("ETH", "attacks", "ERI")]),
    ("de", "Aserbaidschan griff ohne Kriegserklärung Armenien an.", [("AZE", "attacks", "ARM")]),
    # (a guard: a title before a name stays its apposition)
    ("de", "Finnland verhandelte mit Präsident Selenskyj über Waffen.", [("FIN", "meetsWith", "UKR")]),
    # --- a name whose base form ends in -s is no genitive: "dem Nachbarland Belarus" is the one accused
    ("de", "Litauen warf dem Nachbarland Belarus Untätigkeit vor.", [("LTU", "accuses", "BLR")]),
    ("de", "Die Ukraine kritisierte das Nachbarland Belarus scharf.", [("UKR", "accuses", "BLR")]),
    # --- "its neighbour", "dem Nachbarland": a state near the subject's, not the last one named far off
    ("en", "Georgia and Spain held talks in Madrid. Russia later accused its neighbour of provocations.",
     [("GEO", "meetsWith", "ESP"), ("RUS", "accuses", "GEO")]),
    ("de", "Putin telefonierte mit Macron. Danach warf er dem Nachbarland vor, den Dialog zu stören.",
     [("RUS", "meetsWith", "FRA")]),
    # --- a warning of a possessed step is no threat
    ("de", "Portugal habe Marokko vor seiner Anerkennung des Plans gewarnt.", []),
    ("pl", "Portugalia ostrzegła Maroko przed jego poparciem dla planu.", []),
    # (a guard: a warning of a price is a threat)
    ("de", "Aserbaidschan warnte Armenien vor ernsten Konsequenzen.", [("AZE", "threatens", "ARM")]),
    # --- one kept out of meetings is no party of them
    ("en", "African Union ministers agreed to bar Sudan's army leaders from the bloc's summits.", []),
    ("pl", "Ministrowie Unii Afrykańskiej postanowili wykluczyć Sudan ze szczytów.", []),
    # --- a noun's own agent after it makes its genitive the one the act befalls
    ("de", "Die militärische Unterstützung Georgiens durch Frankreich wächst.", [("FRA", "suppliesWeaponsTo", "GEO")]),
    ("en", "The arming of Armenia by India continues.", [("IND", "suppliesWeaponsTo", "ARM")]),
    # --- a people is not its state
    ("en", "Canada is standing by the Belarusian people.", []),
    ("de", "Frankreich unterstützt das belarussische Volk.", []),
    ("pl", "Kanada wspiera białoruski naród.", []),
    # --- a sentence that opens with an unknown name makes that one the last person named: "go" is not one before
    ("pl", "Premier Kanady oskarżył Indie o zabójstwo. Minister Melanie Joly wydaliła dyplomatę. Nijar miał zginąć, "
           "bo domagał się państwa. Władze w Nowym Delhi uznały go za terrorystę.", [("CAN", "accuses", "IND")]),
]

test_precision_s33 = edge_cases(CASES)


def test_existential_there_names_no_place():
    """'there was no consensus': an existential 'there' before a copula is no place, and stands for no state (but
    'sent troops there' does)."""
    from kg.explain import explain_text, render_text

    text = "Ethiopia struck Eritrea. Kenya said there was no consensus on the summit."
    out = render_text(explain_text(text, "en"))
    assert "“there” there → ERI" not in out
    placed = render_text(explain_text("Ethiopia struck Eritrea. Kenya then sent troops there.", "en"))
    assert "“there” there → ERI" in placed
