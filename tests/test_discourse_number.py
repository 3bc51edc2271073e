"""Number agreement of pronouns (pl, en, de): a plural 'they' means several actors named together, a
singular 'he' never two states; German 'sie' takes its number from its verb. Sets of parties named
together: 'the leaders', 'the three countries', 'they' after a summit of three.

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

    # --- the parties named together: a part of them named again does not replace them ("the leaders" are still
    # the three); "the three countries" after a pair was named is the last set of three; a 'they' whose topic is
    # one state of such a set is the set, and "the leaders" as a subject becomes the topic
    ("en", "The presidents of Poland, Lithuania and Latvia met in Riga on Monday. The Polish and Lithuanian "
           "presidents then issued a joint statement. The leaders also condemned Russia.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")], []),
    ("en", "Poland, Lithuania and Latvia held a summit in Riga on Monday. Germany and France welcomed the talks. "
           "The three countries also condemned Russia.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")],
     [("DEU", "accuses", "RUS"), ("FRA", "accuses", "RUS")]),
    ("pl", "Polska, Litwa i Łotwa zorganizowały w poniedziałek szczyt w Rydze. Niemcy i Francja z zadowoleniem "
           "przyjęły rozmowy. Trzy kraje potępiły też Rosję.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")],
     [("DEU", "accuses", "RUS"), ("FRA", "accuses", "RUS")]),
    ("de", "Polen, Litauen und Lettland hielten am Montag in Riga einen Gipfel ab. Deutschland und Frankreich "
           "begrüßten die Gespräche. Die drei Länder verurteilten auch Russland.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")],
     [("DEU", "accuses", "RUS"), ("FRA", "accuses", "RUS")]),
    # an article and a number before a state or person noun, in any case and with adjectives between: the last
    # three named together ("der drei Länder" as the genitive of the agent, "den drei baltischen Staaten")
    ("de", "Estland, Lettland und Litauen hielten in Tallinn einen Gipfel ab. Die Regierungschefs der drei "
           "Länder kritisierten danach Belarus.",
     [("EST", "accuses", "BLR"), ("LVA", "accuses", "BLR"), ("LTU", "accuses", "BLR")], []),
    ("de", "Estland, Lettland und Litauen hielten in Tallinn einen Gipfel ab. Kanada sagte den drei kleinen "
           "Ländern Unterstützung zu.",
     [("CAN", "supports", "EST"), ("CAN", "supports", "LVA"), ("CAN", "supports", "LTU")], []),
    # ... also when the three were a list after a preposition and others were named since
    ("de", "Die Militärregierungen von Mali, Niger und Tschad verließen am Montag die Wirtschaftsgemeinschaft. "
           "Proteste gab es danach in Mali und in Niger, auch Algerien äußerte Sorge. Die Machthaber der drei "
           "Länder kritisierten Frankreich.",
     [("MLI", "accuses", "FRA"), ("NER", "accuses", "FRA"), ("TCD", "accuses", "FRA")], [("DZA", "accuses", "FRA")]),
    ("en", "The presidents of Poland, Lithuania and Latvia met in Riga on Monday. Lithuania had proposed the "
           "meeting. They also condemned Russia.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")], []),
    ("en", "Poland, Lithuania and Latvia held a summit in Riga on Monday. The Polish and Lithuanian presidents "
           "then issued a joint statement. In Riga, the leaders also praised Ukraine. They condemned Russia.",
     [("POL", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("LVA", "accuses", "RUS")], []),
    # --- 'Prezydenci', 'the presidents', 'die Präsidenten' alone: the parties just named together; not when a
    # genitive names others ("the presidents of France and Germany")
    ("pl", "Prezydent Polski spotkał się w Nowym Jorku z prezydentem USA. Prezydenci podpisali deklarację o "
           "współpracy obronnej.",
     [("POL", "meetsWith", "USA"), ("POL", "signsAgreementWith", "USA")], []),
    ("en", "The Polish president met the US president in New York. The presidents signed a declaration on "
           "defence cooperation.",
     [("POL", "meetsWith", "USA"), ("POL", "signsAgreementWith", "USA")], []),
    ("de", "Der polnische Präsident traf in New York den US-Präsidenten. Die Präsidenten unterzeichneten eine "
           "Erklärung über die Verteidigungszusammenarbeit.",
     [("POL", "meetsWith", "USA"), ("POL", "signsAgreementWith", "USA")], []),
    ("en", "Russia and China signed a trade deal on Monday. The presidents of France and Germany condemned Russia.",
     [("FRA", "accuses", "RUS"), ("DEU", "accuses", "RUS")], [("CHN", "accuses", "RUS")]),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pronoun_number(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
