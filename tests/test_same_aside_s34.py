"""An aside that gives the clause's act to the actor in it, set off by commas after the subject or opening the
sentence ("Canada, like Mexico, condemned Cuba", "Like Mexico, Canada …", "Canada, as did Mexico, …",
"Kanada, podobnie jak Meksyk, …"; lexicon `same_aside`, and the `same_here` phrases in that place): that actor
does the act too, to the same object. Guard: "countries like Mexico" is no aside.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "Canada, like Mexico, condemned Cuba.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Like Mexico, Canada condemned Cuba.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Canada, as did Mexico, condemned Cuba.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Canada, like Mexico, has sent troops to Haiti.",
     [("CAN", "deploysTroopsTo", "HTI"), ("MEX", "deploysTroopsTo", "HTI")]),
    ("pl", "Podobnie jak Meksyk, Kanada potępiła Kubę.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    # (guards: the Polish aside after the subject was already read as a list)
    ("pl", "Kanada, podobnie jak Meksyk, potępiła Kubę.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Countries like Mexico condemned Cuba.", [("MEX", "accuses", "CUB")]),
]

test_same_aside_s34 = edge_cases(CASES)
