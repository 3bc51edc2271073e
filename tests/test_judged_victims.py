"""Condemning a hostile act blames its agent, never the one it befell.

When the condemned noun names only its victim ("the shelling of Odesa", "okupację Krymu", "die Besetzung der
Krim"), the judging verb has no one to blame: the victim inside the act's phrase is not its object. With an agent
named (an adjective, a possessive, "by"/"przez"/"durch") the agent is blamed, as before.

The sentences are our own; the first block fails without the rule, the second guards the agent cases.
"""

from __future__ import annotations

import pytest
from scored import edge_cases

import kg

VICTIM_ONLY = [
    ("en", "Chile condemned the invasion of Bolivia.", []),
    ("en", "Chile strongly condemned the bombing of Gaza.", []),
    ("en", "Chile condemned the occupation of Peruvian territory.", []),
    ("pl", "Chile potępiło zbombardowanie Gazy.", []),
    ("pl", "Chile potępiło okupację Krymu.", []),
    ("de", "Chile verurteilte die Bombardierung des Gazastreifens.", []),
    ("de", "Chile verurteilte die Besetzung der Krim.", []),
]

# nouns of harm done to someone (lexicon harm_nouns), no trigger of their own
HARMED = [
    ("en", "Chile condemned the assassination of a Bolivian general.", []),
    ("en", "Chile condemned the deaths of Peruvian civilians.", []),
    ("pl", "Chile potępiło zabójstwo boliwijskiego generała.", []),
    ("pl", "Chile potępiło śmierć peruwiańskich cywilów.", []),
    ("de", "Chile verurteilte den Tod peruanischer Zivilisten.", []),
    # guards: an agent named in the phrase is condemned
    ("en", "Chile condemned the assassination of a Bolivian general by Peru.", [("CHL", "accuses", "PER")]),
    ("pl", "Chile potępiło zabójstwo boliwijskiego generała przez Peru.", [("CHL", "accuses", "PER")]),
]

AGENT_NAMED = [
    ("en", "Chile condemned the Peruvian invasion of Bolivia.", [("CHL", "accuses", "PER"), ("PER", "attacks", "BOL")]),
    ("en", "Chile condemned the invasion of Bolivia by Peru.", [("CHL", "accuses", "PER"), ("PER", "attacks", "BOL")]),
    ("en", "Chile condemned Peru's invasion of Bolivia.", [("CHL", "accuses", "PER"), ("PER", "attacks", "BOL")]),
    ("pl", "Chile potępiło rosyjską okupację Krymu.", [("CHL", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    ("de", "Chile verurteilte die russische Besetzung der Krim.",
     [("CHL", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
]

test_victim_only_blames_no_one = edge_cases(VICTIM_ONLY, prefix="victim")
test_named_agent_is_blamed = edge_cases(AGENT_NAMED, prefix="agent")
test_the_harmed_is_not_condemned = edge_cases(HARMED, prefix="harmed")

# A threat taken "for" an act (lexicon `punished_for`: "revenge for", "avenge") answers that act: the act was done,
# and the threat is aimed at its agent, never at its victim. "The killing of X" names X as what the act befalls.
AVENGED = [
    ("en", "Bolivia vowed revenge for the killing of a Bolivian general by Peru.",
     [("BOL", "threatens", "PER"), ("PER", "attacks", "BOL")]),
    ("en", "Hamas vowed to avenge the killing of its commander by Israel.",
     [("HAMAS", "threatens", "ISR"), ("ISR", "attacks", "HAMAS")]),
    ("en", "Hamas vowed revenge for the killing of its commander.", []),
    ("en", "Hamas vowed revenge for Israel's killing of its commander.",
     [("HAMAS", "threatens", "ISR"), ("ISR", "attacks", "HAMAS")]),
    ("en", "Qatar condemned the killing of a Hamas commander by Israel.",
     [("ISR", "attacks", "HAMAS"), ("QAT", "accuses", "ISR")]),
    ("pl", "Boliwia zapowiedziała zemstę za zabicie boliwijskiego generała przez Peru.",
     [("BOL", "threatens", "PER"), ("PER", "attacks", "BOL")]),
    # guards: a threat of new acts keeps them threatened, and one named target stays (the one threatened over a
    # killing did it, as before)
    ("en", "Bolivia threatened new strikes on Peru.", [("BOL", "threatens", "PER")]),
    ("en", "Bolivia threatened Peru over the killing of a Bolivian general.",
     [("BOL", "threatens", "PER"), ("PER", "attacks", "BOL")]),
]

test_avenged_act_is_done_and_its_agent_threatened = edge_cases(AVENGED, prefix="avenged")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hamas vowed to avenge the killing of its commander by Israel."),
    ("en", "Hamas vowed revenge for Israel's killing of its commander."),
    ("pl", "Hamas zapowiedział zemstę za zabicie swojego dowódcy przez Izrael."),
    ("en", "Hamas vowed revenge on Israel for the killing of its commander."),
])
def test_the_avenged_act_was_done(lang, text):
    found = [c for c in kg.extract(text, lang=lang) if (c.subject.code, c.relation, c.object.code)
             == ("ISR", "attacks", "HAMAS")]
    assert found and all(c.status == "done" and c.modality == "asserted" for c in found), found
