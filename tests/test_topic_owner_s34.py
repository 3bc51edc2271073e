"""The owner of a question under discussion ("the status of Kosovo", "the future of Peru", "des Status des Kosovo",
"statusu Kosowa"; lexicon `topic_nouns`) is what an act is about, in every relation, not only in meetings: no
object of a judgement. Guards: the one judged stays when named as the object before the topic.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "The Chilean foreign minister called the debate on the future of Peru a dangerous provocation.", []),
    ("en", "Canada condemned the vote on the status of Kosovo.", []),
    ("de", "Kanada nannte jede Änderung des Status des Kosovo inakzeptabel.", []),
    ("pl", "Kanada uznała zmianę statusu Kosowa za niedopuszczalną.", []),
    # (guards)
    ("en", "Canada condemned Serbia over the status of Kosovo.", [("CAN", "accuses", "SRB")]),
    ("de", "Kanada verurteilte Serbien wegen des Status des Kosovo.", [("CAN", "accuses", "SRB")]),
    ("en", "Chile and Peru discussed the future of Bolivia.", [("CHL", "meetsWith", "PER")]),
]

test_topic_owner_s34 = edge_cases(CASES)
