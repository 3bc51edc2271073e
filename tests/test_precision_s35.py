"""Precision rules of session 35, from the judged claims on fresh articles and the wrong claims listed on a new
batch: an act denied by its doer after it, a hyphened pair of doers of one act, inability, arrivals for
talks, possessive apostrophes, exclusion, charges as fees, a war named as the setting of another act.

The sentences are our own; each case fails without its rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a denial closing the sentence, by the act's doer ------------------------------------------
    # ", an accusation it denies", ", czemu zaprzecza", ", was X bestreitet": the doer denies the act told before
    # it (ANNOTATION rule 10); the charge itself was made.
    ("en", "Tanzania faces criticism for supporting the M23, an accusation it denies.", []),
    ("en", "Tanzania backs the M23, Kenya says, an allegation Dodoma strongly denies.", []),
    ("en", "Kenya and the UN accuse Tanzania of backing the M23, an allegation it rejects and denies.",
     [("KEN", "accuses", "TZA"), ("UN", "accuses", "TZA")]),
    ("pl", "Tanzania wspiera M23, czemu stanowczo zaprzecza.", []),
    ("de", "Nach Angaben der UN unterstützt Ruanda die M23, was Kigali bestreitet.", []),
    # (guards: a denial with its own object; a denier who is not the doer)
    ("en", "Tanzania backs the M23, but Kenya denies sending troops.", [("TZA", "supports", "M23")]),
    ("en", "Kenya said Uganda backs the M23, which Ethiopia denies.", [("UGA", "supports", "M23")]),
    # --- a hyphened pair before a one-sided act noun did it together --------------------------------
    ("en", "All targets of the Kenya-Uganda strikes were hit.", []),
    ("en", "The French-Spanish raids destroyed two radar sites.", []),
    # (guards: a war between the two; a joint act with a target)
    ("en", "Veterans of the Chile-Peru war gathered in Lima.", [("CHL", "attacks", "PER"), ("PER", "attacks", "CHL")]),
    ("en", "The US-Israeli strikes on Iran began at dawn.", [("USA", "attacks", "IRN"), ("ISR", "attacks", "IRN")]),
    # --- inability negates -------------------------------------------------------------------------
    ("en", "Egypt was unable to sign a deal with Ethiopia.", []),
    # --- who arrives for talks comes to meet, however near a word of troops ----------------------------
    ("en", "The defence ministers of Chile and Peru arrived in Quito for talks after a week of clashes between "
           "Chilean and Peruvian forces.",
     [("CHL", "attacks", "PER"), ("PER", "attacks", "CHL"), ("CHL", "meetsWith", "ECU"), ("PER", "meetsWith", "ECU"),
      ("CHL", "meetsWith", "PER")]),
    ("pl", "Ministrowie obrony Chile i Peru przybyli do Quito na rozmowy po tygodniu starć między chilijskimi "
           "i peruwiańskimi siłami.",
     [("CHL", "attacks", "PER"), ("PER", "attacks", "CHL"), ("CHL", "meetsWith", "ECU"), ("PER", "meetsWith", "ECU"),
      ("CHL", "meetsWith", "PER")]),
    # (guard: troops that arrive)
    ("en", "Kenyan troops arrived in Haiti for a peacekeeping mission.", [("KEN", "deploysTroopsTo", "HTI")]),
    # --- an apostrophe after a name ending in s is its possessive --------------------------------------
    ("en", "The unrest was set off by Hamas' raid on Israel.", [("HAMAS", "attacks", "ISR")]),
    ("en", "A Chile-Peru truce would end the unrest set off by Hamas’ raid on Israel.", [("HAMAS", "attacks", "ISR")]),
    # (guard: a closing quotation mark)
    ("en", "Beijing said the sales encourage 'Taiwan independence' forces.", []),
    # (a trigger that ends in its preposition names its own target, however unnamed: no war target)
    ("en", "Chile struck Houthi sites in Yemen. The strikes did not diminish the Houthis' campaign against shipping.",
     [("CHL", "attacks", "HOUTHIS")]),
    # --- kept out of talks, however named -------------------------------------------------------------
    ("en", "Kenya has strained ties with Uganda, excluding Kampala from the peace talks that ended the war.", []),
    # (guard: the partner named stays one)
    ("en", "Kenya held peace talks with Somalia, barring Uganda from them.", [("KEN", "meetsWith", "SOM")]),
    # --- charges as fees ----------------------------------------------------------------------------
    ("en", "Chile taxed Peruvian fish, and Peru in turn hiked charges on Chilean copper.", []),
    # --- a war named as the setting of another act is not the clause subject's -----------------------
    ("pl", "Rada nałożyła sankcje w związku ze wsparciem, jakiego Białoruś udziela Rosji w kontekście wojny "
           "przeciwko Ukrainie.", []),
]

test_precision_s35 = edge_cases(CASES)
