"""Discourse rules across sentences (pl, en, de): who speaks a quote whose verb names no one, who
"both men" are.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edge_cases, edges, norm

CASES = [
    # --- a quote before a verb of saying that names no one: the narration's last subject says it ---
    # (not the topic, not an actor named inside the quote)
    ("pl", "Rosja od miesięcy atakuje Ukrainę. Premier Litwy spotkał się w czwartek z dziennikarzami w "
           "Wilnie. – Wspieramy Ukrainę i będziemy ją wspierać – zapewnił.",
     [("RUS", "attacks", "UKR"), ("LTU", "supports", "UKR")]),
    ("en", "Lithuania's prime minister spoke to reporters in Vilnius on Thursday. \"Russia will not stop, "
           "and we will keep supporting Ukraine,\" he said.",
     [("LTU", "supports", "UKR")]),
    ("de", "Der litauische Regierungschef sprach am Donnerstag in Vilnius mit Journalisten. „Russland wird "
           "nicht aufhören, und wir unterstützen die Ukraine“, sagte er.",
     [("LTU", "supports", "UKR")]),
    ("pl", "Rosja od miesięcy atakuje Ukrainę. Szef litewskiej dyplomacji spotkał się z dziennikarzami. "
           "– Popieramy Ukrainę – dodał.",
     [("RUS", "attacks", "UKR"), ("LTU", "supports", "UKR")]),
    # a pronoun after the quote means the speaker the narration names before it, not the last subject
    ("de", "Polen warnt seit Wochen. „Wir werden nicht nachgeben“, erklärte der Kreml, bevor er Truppen nach "
           "Belarus schickte.",
     [("RUS", "deploysTroopsTo", "BLR")]),
    # a speaker the data does not know says it: no claim, rather than the topic's
    ("pl", "Rosja od miesięcy atakuje Ukrainę. Jan Nowakowski spotkał się w czwartek z dziennikarzami. "
           "– Wspieramy Ukrainę – zapewnił na konferencji.",
     [("RUS", "attacks", "UKR")]),
    ("en", "Russia keeps attacking Ukraine. John Smith denied that the war was slowing. "
           "\"We support Ukraine,\" he said.",
     [("RUS", "attacks", "UKR")]),
    ("de", "Russland greift die Ukraine an. Hans Meier bestritt, dass der Krieg abflaue. "
           "„Wir unterstützen die Ukraine“, sagte er.",
     [("RUS", "attacks", "UKR")]),
    # --- a possessive inside the act's phrase is not its doer's ("violated its airspace") -------------
    ("en", "Russia and Lithuania recalled their envoys after Lithuania said two Russian jets had violated "
           "its airspace.",
     [("LTU", "accuses", "RUS"), ("RUS", "attacks", "LTU")]),
    # --- 'tego regionu', 'ten kraj', 'dieses Land': the state (or its region) named before, not the subject -
    ("pl", "Rosyjskie wojska bronią się w obwodzie kurskim. Siły ukraińskie wkroczyły do tego regionu w sierpniu.",
     [("UKR", "attacks", "RUS")]),
    ("pl", "Rosja zgromadziła wojska przy granicy z Gruzją. Litwa od lat wspiera ten kraj.",
     [("LTU", "supports", "GEO")]),
    ("de", "Russland hat Truppen an der Grenze zu Georgien zusammengezogen. Litauen unterstützt dieses Land "
           "seit Jahren.",
     [("LTU", "supports", "GEO")]),
    # --- a visit names its host: a weekday before the host's name is not in apposition to it ---------
    ("de", "Putin besuchte am Mittwoch Nordkorea.", [("RUS", "meetsWith", "PRK")]),
    ("de", "Russland griff am Mittwoch Georgien an.", [("RUS", "attacks", "GEO")]),
    # --- 'both men', 'obaj politycy', 'beide Politiker': the last two persons named, of two states -----
    # (not the last two states named together)
    ("en", "Russia and China are deepening their ties. Antony Blinken warned Wang Yi on Saturday against "
           "arming Moscow. Both men later signed an agreement on trade.",  # warned against: no arms told
     [("USA", "threatens", "CHN"), ("USA", "signsAgreementWith", "CHN")]),
    ("pl", "Rosja i Chiny zacieśniają współpracę. Antony Blinken ostrzegł w sobotę Wanga Yi przed dozbrajaniem "
           "Moskwy. Obaj politycy podpisali potem porozumienie handlowe.",
     [("USA", "threatens", "CHN"), ("USA", "signsAgreementWith", "CHN")]),  # as in English and German
    ("de", "Russland und China vertiefen ihre Zusammenarbeit. Antony Blinken warnte am Samstag Wang Yi vor "
           "Waffenlieferungen an Moskau. Beide Politiker unterzeichneten danach ein Handelsabkommen.",
     [("USA", "threatens", "CHN"), ("USA", "signsAgreementWith", "CHN")]),
    # ... but right after a meeting the pair phrase names the two who met, not a third person named beside
    # their meeting (while a meeting told earlier does not count: the Blinken cases above)
    ("en", "Olaf Scholz spoke with Donald Tusk by phone on Friday, in coordination with Emmanuel Macron. Later, "
           "the two leaders signed a declaration on border security.",
     [("DEU", "meetsWith", "POL"), ("DEU", "signsAgreementWith", "POL")]),
    ("pl", "Olaf Scholz rozmawiał w piątek z Donaldem Tuskiem, w porozumieniu z Emmanuelem Macronem. "
           "Obaj przywódcy podpisali deklarację o bezpieczeństwie granic.",
     [("DEU", "meetsWith", "POL"), ("DEU", "signsAgreementWith", "POL")]),
    ("de", "Olaf Scholz telefonierte am Freitag mit Donald Tusk, in Abstimmung mit Emmanuel Macron. "
           "Beide Politiker unterzeichneten eine Erklärung zur Grenzsicherheit.",
     [("DEU", "meetsWith", "POL"), ("DEU", "signsAgreementWith", "POL")]),
    # a bare title means the person the article last named with that very title, not the last person of the
    # office (the chancellor is a head of government too)
    ("pl", "Premier Donald Tusk przyjął w Warszawie kanclerza Niemiec Friedricha Merza. Premier skrytykował Rosję.",
     [("DEU", "meetsWith", "POL"), ("POL", "accuses", "RUS")]),
    # "after the meeting" right after a meeting was told is that meeting: its parties, not a state the sentence
    # names for what was said there
    ("pl", "Premier Mateusz Morawiecki spotkał się w Wilnie z kanclerzem Niemiec Olafem Scholzem. Na konferencji "
           "prasowej po spotkaniu premier mówił o potrzebie wysyłania broni Ukrainie.",
     [("DEU", "meetsWith", "POL")]),
    ("en", "Prime Minister Mark Carney met President Emmanuel Macron in Paris on Monday. At a press conference "
           "after the meeting, Carney praised Ukraine.",
     [("CAN", "meetsWith", "FRA"), ("CAN", "praises", "UKR")]),
    ("de", "Olaf Scholz traf am Montag in Paris Emmanuel Macron. Auf der Pressekonferenz nach dem Treffen lobte "
           "Scholz die Ukraine.",
     [("DEU", "meetsWith", "FRA"), ("DEU", "praises", "UKR")]),
    # a plural pronoun after one state as the first subject: the last actors named together before it
    ("en", "Norway has been mediating since Chile, Peru and Uruguay broke off relations with Paraguay after they "
           "accused it of backing smugglers.",
     [("NOR", "meetsWith", "CHL"), ("NOR", "meetsWith", "PER"), ("NOR", "meetsWith", "URY"),
      ("CHL", "accuses", "PRY"), ("PER", "accuses", "PRY"), ("URY", "accuses", "PRY")]),
    # "US" in capitals is the name (here dropped as an origin), never the pronoun "us" for the topic
    ("en", "Russia fired missiles at Kyiv overnight. Israel has used US-made bombs in raids on Gaza.",
     [("RUS", "attacks", "UKR"), ("ISR", "attacks", "PSE")]),
    # "we" with its verb's contraction ("We’ve") is the speaker's side, and "them" right after the verb with no
    # actor in the sentence is the state the sentence before named last, other than the speaker's
    ("en", "Prime Minister Dick Schoof said the Netherlands would keep standing with Moldova. At a press "
           "conference he said: \u201cWe\u2019ve supplied them with ammunition and air defence systems.\u201d",
     [("NLD", "supports", "MDA"), ("NLD", "suppliesWeaponsTo", "MDA")]),
    # "both"/"the two" and a person noun, words between, is a pair phrase even when not listed word for word
    ("en", "Annalena Baerbock met Radosław Sikorski in Berlin. The two foreign ministers signed a declaration on "
           "border security.",
     [("DEU", "meetsWith", "POL"), ("DEU", "signsAgreementWith", "POL")]),
    ("de", "Annalena Baerbock traf Radosław Sikorski in Berlin. Beide Diplomaten unterzeichneten eine Erklärung "
           "zur Grenzsicherheit.",
     [("DEU", "meetsWith", "POL"), ("DEU", "signsAgreementWith", "POL")]),
    # "the regime" after a verb is not the sentence's own subject, though that is the last state named
    ("en", "North Korea fired two missiles on Monday. Canada condemned the regime for the launch.",
     [("CAN", "accuses", "PRK")]),
    # retaliation named at no one is aimed at the attacker of the last attack on the one who threatens it
    ("en", "Chilean drones struck three bases in Peru on Monday. Peru vowed to retaliate.",
     [("CHL", "attacks", "PER"), ("PER", "threatens", "CHL")]),
    ("pl", "Chile zaatakowało Peru rakietami. Lima zapowiedziała odwet.",
     [("CHL", "attacks", "PER"), ("PER", "threatens", "CHL")]),
    ("de", "Chile griff Peru mit Raketen an. Lima kündigte Vergeltung an.",
     [("CHL", "attacks", "PER"), ("PER", "threatens", "CHL")]),
    # not by a third party, nor by the attacker
    ("en", "Chilean drones struck three bases in Peru on Monday. Bolivia vowed to retaliate.",
     [("CHL", "attacks", "PER")]),
]


test_discourse_rule = edge_cases(CASES)


#: (lang, text, edges that must be there, edges that must not)
RECENT_PAIR = [
    # 'both countries' right after a sentence naming two actors: those two, not an older pair named together
    ("de", "Russland und China vertiefen ihre Zusammenarbeit. Am Mittwoch sicherte Lawrow in Pjöngjang Kim "
           "Jong-un die Unterstützung Moskaus zu. Beide Länder unterzeichneten ein Abkommen über Verteidigung.",
     [("PRK", "signsAgreementWith", "RUS")], [("CHN", "signsAgreementWith", "RUS")]),
    ("en", "Russia and China are deepening their cooperation. On Wednesday Lavrov assured Kim Jong Un of "
           "Moscow's support in Pyongyang. The two countries signed a defence agreement.",
     [("PRK", "signsAgreementWith", "RUS")], [("CHN", "signsAgreementWith", "RUS")]),
    ("pl", "Rosja i Chiny zacieśniają współpracę. W środę Ławrow zapewnił w Pjongjangu Kim Dzong Una o "
           "poparciu Moskwy. Oba kraje podpisały umowę obronną.",
     [("PRK", "signsAgreementWith", "RUS")], [("CHN", "signsAgreementWith", "RUS")]),
    # one actor named before the pair phrase in its sentence: it and the first actor of the sentence before
    ("pl", "Korea Północna pomogła Rosji odeprzeć atak ukraiński. Rosyjskie władze dziękują żołnierzom, a oba "
           "kraje podpisały pakt o obronie.",
     [("PRK", "signsAgreementWith", "RUS")], [("PRK", "signsAgreementWith", "UKR")]),
    ("en", "North Korea helped Russia repel a Ukrainian attack. Russian officials thanked the soldiers, and both "
           "countries signed a defence pact.",
     [("PRK", "signsAgreementWith", "RUS")], [("PRK", "signsAgreementWith", "UKR")]),
    ("de", "Nordkorea half Russland, einen ukrainischen Angriff abzuwehren. Russische Behörden dankten den "
           "Soldaten, und beide Länder unterzeichneten einen Verteidigungspakt.",
     [("PRK", "signsAgreementWith", "RUS")], [("PRK", "signsAgreementWith", "UKR")]),
    # a mediator named before the pair phrase is not one of the pair ("mediating between the two sides")
    ("en", "Serbia and Kosovo clashed again on Monday. The EU, backed by the United States, is mediating between "
           "the two sides.",
     [("EU", "meetsWith", "SRB"), ("EU", "meetsWith", "XKX")], [("EU", "meetsWith", "USA")]),
    ("de", "Serbien und das Kosovo verhandeln seit Monaten. Die EU vermittelt zwischen beiden Seiten.",
     [("EU", "meetsWith", "SRB"), ("EU", "meetsWith", "XKX")], []),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), RECENT_PAIR,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(RECENT_PAIR)])
def test_pair_of_the_sentence_before(lang: str, text: str, present: list, absent: list) -> None:
    got = edges(text, lang)
    assert norm(present) <= got
    assert not norm(absent) & got
