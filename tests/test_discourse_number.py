"""Number agreement of pronouns (pl, en, de): a plural 'they' means several actors named together, a
singular 'he' never two states; German 'sie' takes its number from its verb.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # 'sie' with a plural verb is 'they': not the organization that is the sentence's first subject
    ("de", "Die EU verhängte am Montag Sanktionen gegen mehrere iranische Fluggesellschaften, weil sie Russland mit "
           "Drohnen beliefern.",
     [("EU", "sanctions", "IRN"), ("IRN", "suppliesWeaponsTo", "RUS")], [("EU", "suppliesWeaponsTo", "RUS")]),
    # 'sie' with a singular verb stays the subject
    ("de", "Die EU verhängte am Montag Sanktionen gegen Russland, weil sie den Krieg gegen die Ukraine verurteilt.",
     [("EU", "sanctions", "RUS")], []),
    # 'they' after a subject named 'with' others: all of them
    ("en", "The Polish president posed for a photo with the Lithuanian president and the Latvian prime minister "
           "as they criticised Russia.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")], []),
    ("pl", "Prezydent Polski spotkał się w Wilnie z prezydentem Litwy i premierem Łotwy, a potem oni "
           "skrytykowali Rosję.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")], []),
    # a singular pronoun is not a pair of leaders: the one the sentence before named alone ...
    ("de", "Ilham Alijew und Nikol Paschinjan trafen sich am Montag in Washington. „Wir schaffen Frieden“, "
           "sagte Alijew. Danach kritisierte er Russland.",
     [("AZE", "accuses", "RUS")], [("ARM", "accuses", "RUS")]),
    ("en", "Ilham Aliyev and Nikol Pashinyan met in Washington on Monday. \"We are making peace,\" Aliyev said. "
           "He then criticised Russia.",
     [("AZE", "accuses", "RUS")], [("ARM", "accuses", "RUS")]),
    # ... and no one when it named both
    ("de", "Annalena Baerbock und Wang Yi trafen sich am Montag in Berlin. Danach kritisierte sie Russland.",
     [("DEU", "meetsWith", "CHN")], [("DEU", "accuses", "RUS"), ("CHN", "accuses", "RUS")]),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pronoun_number(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
