"""German constructions found on real articles nobody had read before (session 27).

Each case stands for a class of sentences, not for one article: the sentences are our own.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a prefield opened by "als" ("Als Reaktion darauf", "Als Antwort") ends at the finite auxiliary; the subject
    # of the participle closing the clause stands after it, and an actor inside the prefield is no subject
    ("Als Reaktion darauf hat Rom zwei libysche Diplomaten ausgewiesen.", [("ITA", "sanctions", "LBY")]),
    ("Als Antwort hat Vilnius den belarussischen Geschäftsträger ausgewiesen.", [("LTU", "sanctions", "BLR")]),
    ("Als Verbündeter der Ukraine hat Polen Russland scharf kritisiert.", [("POL", "accuses", "RUS")]),
    # "von" after an expulsion noun names the expelled diplomats (the sanctions' object), not who expels them
    ("Die Ausweisung von vier russischen Diplomaten durch Estland empörte Moskau.", [("EST", "sanctions", "RUS")]),
    # a visit criticised is the visitor's: after an accusation noun and its preposition ("Kritik an der Visite der
    # X"), the noun's agent is judged and whoever criticises takes no part in it; a host named after the visit
    # ("den Besuch der US-Delegation in Kiew") is only where it went; "die Reise" taken up later judges the
    # visitors of the last visit, not their hosts
    ("In Peking übte Chinas Außenamt am Montag heftige Kritik an der Visite der japanischen Abgeordneten.",
     [("CHN", "accuses", "JPN")]),
    ("Moskau verurteilte den Besuch der US-Delegation in Kiew.",
     [("RUS", "accuses", "USA"), ("USA", "meetsWith", "UKR")]),
    ("Eine Delegation aus Tokio ist am Montag in Taipeh eingetroffen. Das Außenministerium in Peking verurteilte die "
     "Reise.", [("JPN", "meetsWith", "TWN"), ("CHN", "accuses", "JPN")]),
    # a German federal minister by title alone ("der Bundesaußenminister") acts for Germany
    ("Der Bundesaußenminister warf Minsk vor, die Lage an der Grenze zu verschärfen.", [("DEU", "accuses", "BLR")]),
    ("Die Bundesverteidigungsministerin besuchte am Montag Vilnius.", [("DEU", "meetsWith", "LTU")]),
    # a coordinated subject after a separable verb ("griffen X und Y … an"): its later conjunct is no object, the
    # phrase after the subject is ("und dann auch" coordinates too)
    ("Am Montag griffen Russland und Belarus die Ukraine an.", [("RUS", "attacks", "UKR"), ("BLR", "attacks", "UKR")]),
    ("Am Freitag wiesen Estland und Lettland russische Diplomaten aus.",
     [("EST", "sanctions", "RUS"), ("LVA", "sanctions", "RUS")]),
    ("Kurz danach griffen Polen und dann auch Litauen Stellungen in Belarus an.",
     [("POL", "attacks", "BLR"), ("LTU", "attacks", "BLR")]),
    # a condition's conjunction governs the verb that closes its clause however far it stands ("falls Algier …
    # ausweist"): the act is only possible, the threat is made
    ("Warschau kündigte eine harte Antwort an, falls Minsk polnische Diplomaten in den nächsten Tagen ausweist.",
     [("POL", "threatens", "BLR")]),
    # a mission "in <capital>" serves there and is not that capital's ("die US-Botschaft in Kiew warnte …")
    ("Die US-Botschaft in Kiew warnte am Sonntag vor möglichen Luftangriffen.", []),
    ("Die britische Botschaft in Minsk kritisierte Moskau scharf.", [("GBR", "accuses", "RUS")]),
    # a verb-first condition ("Sollte X …, wird Y …" at the start; "…, sollten X …" after the act's clause) makes
    # force or sanctions pledged in the other clause a threat, not an act done
    ("Sollte Minsk weitere Migranten an die Grenze bringen, wird Polen Belarus mit neuen Sanktionen belegen.",
     [("POL", "threatens", "BLR")]),
    ("Sollten die Angriffe weitergehen, werden die Streitkräfte Israels den Libanon bombardieren.",
     [("ISR", "threatens", "LBN")]),
    ("Washington wird den Iran angreifen, sollte Teheran weiter Uran anreichern.", [("USA", "threatens", "IRN")]),
    ("Die EU wird Strafmaßnahmen gegen Moskau verhängen, sollten die Verhandlungen scheitern.",
     [("EU", "threatens", "RUS")]),
    # "X stieß bei Y auf Kritik": Y criticises X; a name before the noun another name stands in apposition to
    # ("bei Taiwans Nachbarn China") owns that noun, and a name inside the phrase is no subject of the verb
    ("Die Erklärung der US-Regierung stieß bei Taiwans Nachbarn China auf scharfe Kritik.",
     [("CHN", "accuses", "USA")]),
    ("Der Plan stieß bei Russlands Nachbarn Finnland auf Kritik.", []),
    # a warning with a reported clause (verb second, no "dass"): its first name is that clause's subject, no one
    # warned; of another's act it warns, and the condition's subject is threatened by no one; a place in a
    # warning's "dass" clause is where the danger lies
    ("Selenskyj warnte, Russland könnte Moldau angreifen, falls die Nato zögere.", []),
    ("Der Kreml warnte, Finnland werde für den Beitritt einen hohen Preis zahlen.", [("RUS", "threatens", "FIN")]),
    ("Jordanien warnte, dass die Offensive zu einer Katastrophe im Libanon führen werde.", []),
    # a name's abbreviation in brackets is the same mention; the list goes on after the closing bracket
    ("Die Vereinigten Arabischen Emirate (VAE) und Ägypten lieferten Kampfdrohnen an die Armee Haftars.",
     [("ARE", "suppliesWeaponsTo", "LNA"), ("EGY", "suppliesWeaponsTo", "LNA")]),
    ("Die Vereinigten Staaten (USA) sowie Kanada kritisierten China.",
     [("USA", "accuses", "CHN"), ("CAN", "accuses", "CHN")]),
    # ", sollte" after the subject of its own clause is "should", no condition
    ("Russland wird die Ukraine weiter angreifen, sagte Selenskyj, Europa sollte das endlich erkennen.",
     [("RUS", "attacks", "UKR")]),
]


test_construction = edge_cases(CASES, "de")
