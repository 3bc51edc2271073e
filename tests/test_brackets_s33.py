"""A name alone in brackets right after a list of actors names the list (its bloc, its acronym): it is no further
actor of the clause, neither the subject the verb takes nor a member of the group a plural pronoun later stands
for ("The leaders of A, B and C (BLOC) met": A, B and C meet each other, none of them meets the bloc). A body named
in full with its acronym in brackets is still the one that acts.

The sentences are our own; each case fails without the rule but those marked as guards.
"""

from __future__ import annotations

from scored import edge_cases

_TRIO = [("IDN", "meetsWith", "MYS"), ("IDN", "meetsWith", "THA"), ("MYS", "meetsWith", "THA")]

CASES = [
    # --- the bracket is not the subject the verb takes: the list before it is
    ("en", "The leaders of Indonesia, Malaysia and Thailand (ASEAN) met in Jakarta on Monday.", _TRIO),
    # --- a plural pronoun later stands for the list, not for the bloc in brackets
    ("en", "The leaders of Indonesia, Malaysia and Thailand (ASEAN) said on Friday they will continue to discuss "
           "joint patrols.", _TRIO),
    ("en", "Jakarta, May 3: The leaders of Indonesia, Malaysia and Thailand (ASEAN) on Friday said they will "
           "continue to discuss joint patrols.", _TRIO),
    # (guards: cased languages already read it so; a body named in full with its acronym still acts)
    ("pl", "Przywódcy Indonezji, Malezji i Tajlandii (ASEAN) spotkali się w Dżakarcie.", _TRIO),
    ("de", "Die Außenminister von Indonesien, Malaysia und Thailand (ASEAN) trafen sich in Jakarta.", _TRIO),
    ("en", "The Shanghai Cooperation Organisation (SCO) imposed sanctions on Iran.", [("SCO", "sanctions", "IRN")]),
    ("pl", "Szanghajska Organizacja Współpracy (SzOW) nałożyła sankcje na Iran.", [("SCO", "sanctions", "IRN")]),
]

test_brackets_s33 = edge_cases(CASES)
