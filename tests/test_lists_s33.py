"""Lists and coordination (session 33, pl, with English guards): a comma inside a list of agents after a participle
opening the sentence goes on the list; it does not close the participle's phrase ("Wspierana przez Iran, Rosję i
Chiny Syria …", "Backed by Iran, Russia and China, Syria …": all three back Syria, none backs another of them, none
does what the clause's subject does); the names after "Sojusznicy Ukrainy, w tym" are the allies' examples, and the
subject, not an apposition of Ukraine; in "Japonię i jej sojusznika, Filipiny" both are the object; a clitic object
right before its verb after a new subject ("a Węgry ją skrytykowały") is the verb's object, and the name before it
the subject; a verb with a comma and a conjunction after it ("skrytykowała, a następnie objęła sankcjami Mołdawię")
shares the next verb's object; "mój kraj", "mój rząd" in a quote are the speaker's state.

The sentences are our own; each case fails without its rule, but those marked as guards, which hold what the
rule must not change.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("pl", "Wspierana przez Iran, Rosję i Chiny Syria odrzuciła żądania.",
     [("IRN", "supports", "SYR"), ("RUS", "supports", "SYR"), ("CHN", "supports", "SYR")]),
    ("pl", "Wspierani przez Egipt, Katar oraz Turcję rebelianci zajęli miasto w Libii.", []),
    ("en", "Backed by Iran, Russia and China, Syria attacked Turkey.",
     [("IRN", "supports", "SYR"), ("RUS", "supports", "SYR"), ("CHN", "supports", "SYR"), ("SYR", "attacks", "TUR")]),
    # --- the examples after "Sojusznicy X, w tym …" stand for the noun, not for its owner X
    ("pl", "Sojusznicy Kenii, w tym Uganda, Tanzania i Rwanda, potępili Sudan.",
     [("UGA", "accuses", "SDN"), ("TZA", "accuses", "SDN"), ("RWA", "accuses", "SDN")]),
    ("pl", "Partnerzy Chin, w tym Rosja i Iran, poparli Pekin.",
     [("RUS", "supports", "CHN"), ("IRN", "supports", "CHN")]),
    # (a guard: an apposition set off by commas still leaves the actor before it the subject)
    ("pl", "Polska, członek NATO, poparła Ukrainę.", [("POL", "supports", "UKR")]),
    # --- "X i jego sojusznicy, A oraz B": the owner named with its own possessive is a party with the allies
    ("pl", "Chiny skrytykowały Japonię i jej sojusznika, Filipiny.",
     [("CHN", "accuses", "JPN"), ("CHN", "accuses", "PHL"), ("JPN", "alliedWith", "PHL")]),
    ("pl", "Iran oskarżył Izrael i jego sojuszników, Stany Zjednoczone oraz Wielką Brytanię, o sabotaż.",
     [("IRN", "accuses", "ISR"), ("IRN", "accuses", "USA"), ("IRN", "accuses", "GBR"),
      ("ISR", "alliedWith", "USA"), ("ISR", "alliedWith", "GBR")]),
    # --- a clitic object right before the verb, after a new subject: the clitic is the object, not the subject
    ("pl", "Kenia poparła Somalię, a Etiopia ją skrytykowała.",
     [("KEN", "supports", "SOM"), ("ETH", "accuses", "SOM")]),
    ("pl", "Chile zaatakowało Boliwię. Unia Afrykańska ją poparła.",
     [("CHL", "attacks", "BOL"), ("AU", "supports", "BOL")]),
    # (a guard: a clitic after the verb of a shared subject keeps its reading)
    ("pl", "Francja wezwała ambasadora Rosji i wręczyła mu notę.", [("FRA", "accuses", "RUS")]),
    # --- coordinated verbs sharing the object after ", a następnie"
    ("pl", "Kenia skrytykowała, a następnie objęła sankcjami Erytreę.",
     [("KEN", "accuses", "ERI"), ("KEN", "sanctions", "ERI")]),
    ("pl", "Sudan potępił, a następnie zaatakował Czad.", [("SDN", "accuses", "TCD"), ("SDN", "attacks", "TCD")]),
    # --- the speaker's singular possessive with a noun of the state: "mój kraj", "mój rząd" is the speaker's state
    ("pl", "– Mój kraj potępia Sudan – powiedział premier Kenii.", [("KEN", "accuses", "SDN")]),
    ("pl", "„Mój rząd zdecydowanie popiera Erytreę” – powiedział premier Etiopii.", [("ETH", "supports", "ERI")]),
    # (guards: a single agent's comma still closes the phrase)
    ("pl", "Wspierani przez Iran, Huti zaatakowali statek USA.",
     [("IRN", "supports", "HOUTHIS"), ("HOUTHIS", "attacks", "USA")]),
    ("en", "Backed by Iran, Hezbollah attacked Israel.",
     [("IRN", "supports", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
]

test_lists = edge_cases(CASES)
