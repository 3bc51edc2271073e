"""A future act told as only likely (lexicon `likelihood`: "probably", "wohl", "prawdopodobnie", with a `future`
word in the trigger's clause) is a future possibility, not a stated plan (ANNOTATION rule 2). Guards: a past act
told as probable stays a hedged assertion; a plain future plan stays a plan.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    ("en", "Chile will probably send troops to Peru.", []),
    ("de", "Chile wird der Entsendung von Soldaten nach Peru wohl zustimmen.", []),
    ("pl", "Chile prawdopodobnie będzie wysyłać wojska do Peru.", []),
    # (guards)
    ("en", "Chile probably sent troops to Peru.", [("CHL", "deploysTroopsTo", "PER")]),
    ("en", "Chile will send troops to Peru.", [("CHL", "deploysTroopsTo", "PER")]),
]

test_likely_future_s34 = edge_cases(CASES)
