"""German verb forms and constructions of the relations most often missed in real news: the Perfekt
with its participle last, verb-final subordinate clauses, separable verbs with the particle joined
('anprangert', 'zusammentrifft'), a year between the verb and its object, lodging a protest, a sharp
attack in words, talking 'mit' someone with adjuncts in between. Every sentence is our own; each case
fails without its rule.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # after a comma, a name that "dagegen", "hingegen" follows opens a clause of its own, not a list
    ("Algerien unterstützt die Polisario, Marokko dagegen beansprucht das ganze Gebiet.",
     [("DZA", "supports", "POLISARIO")]),
    ("Algerien unterstützt die Polisario, Marokko und Mauretanien.",
     [("DZA", "supports", "POLISARIO"), ("DZA", "supports", "MAR"), ("DZA", "supports", "MRT")]),
    # the noun a list of genitives follows is near the trigger too: joining an alliance is no alliance
    ("Ungarn blockiert die Aufnahme Schwedens und Finnlands in das Verteidigungsbündnis.", []),
    # a bare year between the verb and its object is an adjunct of time, not the object
    ("Die Nato bombardierte 1999 Serbien.", [("NATO", "attacks", "SRB")]),
    ("Irakische Truppen marschierten 1990 in Kuwait ein.", [("IRQ", "attacks", "KWT")]),
    # lodging a protest in the Perfekt and in the present
    ("China hat bei den Philippinen scharfen Protest eingelegt.", [("CHN", "accuses", "PHL")]),
    ("Tokio legt bei Peking Protest ein.", [("JPN", "accuses", "CHN")]),
    # 'scharf attackiert/angegriffen' is an attack in words, not in arms
    ("Ankara hat Athen scharf attackiert.", [("TUR", "accuses", "GRC")]),
    ("Der Iran attackierte Saudi-Arabien scharf.", [("IRN", "accuses", "SAU")]),
    # the separable verb with its particle joined in a verb-final clause
    ("Die Gespräche stocken, weil Serbien den Kosovo anprangert.", [("SRB", "accuses", "XKX")]),
    ("Es gilt als Signal, dass Xi in Kasan mit Modi zusammentrifft.", [("CHN", "meetsWith", "IND")]),
    ("Es gilt als Durchbruch, dass Ägypten mit Äthiopien zusammenkommt.", [("EGY", "meetsWith", "ETH")]),
    ("Eritreische Truppen sind in Äthiopien eingefallen.", [("ERI", "attacks", "ETH")]),
    ("Die Welt schaut zu, wie Russland die Ukraine überfällt.", [("RUS", "attacks", "UKR")]),
    # imposing sanctions on someone: 'mit Sanktionen belegen' with the participle last
    ("Die USA haben Nicaragua mit neuen Sanktionen belegt.", [("USA", "sanctions", "NIC")]),
    ("Das geschah, nachdem London Teheran mit Strafmaßnahmen belegt hatte.", [("GBR", "sanctions", "IRN")]),
    # talking with someone: the 'mit' phrase after adjuncts, the Perfekt
    ("Lula sprach am Telefon mit dem chinesischen Staatschef.", [("BRA", "meetsWith", "CHN")]),
    ("Der polnische Präsident hat am Montag in Davos mit Selenskyj gesprochen.", [("POL", "meetsWith", "UKR")]),
    ("Frankreich sprach sich mit Italien gegen die Zölle aus.", []),
    # taking under fire, shooting dead
    ("Die syrische Artillerie nahm Stellungen der SDF unter Feuer.", [("SYR", "attacks", "SDF")]),
    ("Israelische Soldaten erschossen zwei Kämpfer der Hamas.", [("ISR", "attacks", "HAMAS")]),
    # 'kamen … zusammen' around a long coordinated subject after the verb
    ("Auf Einladung von Präsident Macron kamen der serbische Präsident Aleksandar Vučić und Kosovos "
     "Regierungschef Albin Kurti in Genf zusammen.", [("SRB", "meetsWith", "XKX")]),
    # nouns declined as adjectives ("den ägyptischen Gesandten") and juntas seated in their state
    ("Äthiopien bestellte den ägyptischen Gesandten ein.", [("ETH", "accuses", "EGY")]),
    ("Die Afrikanische Union drohte den Militärmachthabern in Gabun mit Sanktionen.", [("AU", "threatens", "GAB")]),
    # shooting down in the Perfekt; "bis zu fünf" counts the object, it governs nothing
    ("Die türkische Luftwaffe hat einen syrischen Kampfjet abgeschossen.", [("TUR", "attacks", "SYR")]),
    ("Armenische Abwehrkräfte sollen bis zu drei aserbaidschanische Drohnen abgeschossen haben.",
     [("ARM", "attacks", "AZE")]),
    # violating airspace, the owner between the auxiliary or article and "Luftraum"
    ("Russland habe erneut Moldaus Luftraum verletzt, hieß es in Chisinau.", [("RUS", "attacks", "MDA")]),
    ("Der Streit begann, als Belarus den litauischen Luftraum verletzte.", [("BLR", "attacks", "LTU")]),
    # a light verb joined by "und" to an earlier verb shares that verb's subject, not its object
    ("Rumänien kritisierte die russischen Manöver und verhängte Sanktionen gegen Belarus.",
     [("ROU", "accuses", "RUS"), ("ROU", "sanctions", "BLR")]),
    ("Südkorea verurteilte den nordkoreanischen Raketentest und verhängte Sanktionen gegen Pjöngjang.",
     [("KOR", "accuses", "PRK"), ("KOR", "sanctions", "PRK")]),
    # a verb of negating joined by "und" to the trigger is a conjunct of its own
    ("Die chinesische Küstenwache hatte vietnamesische Schiffe blockiert und mit Wasserwerfern beschossen.",
     [("CHN", "attacks", "VNM")]),
    ("Ungarn hat die Sanktionen gegen Russland blockiert.", []),
    # sending an ambassador home expels him; a guest greeted with military honours is received
    ("Mali schickte den Botschafter Frankreichs nach Hause.", [("MLI", "sanctions", "FRA")]),
    ("Der kenianische Präsident begrüßte den deutschen Bundespräsidenten mit militärischen Ehren.",
     [("KEN", "meetsWith", "DEU")]),
    # using aircraft or troops against someone attacks them
    ("Die thailändische Armee hat Kampfflugzeuge gegen kambodschanisches Staatsgebiet eingesetzt.",
     [("THA", "attacks", "KHM")]),
    # an actor inside a fronted prepositional phrase is no subject of the light verb after it
    ("Kurz nach dem Beginn des russischen Angriffs verhängte Kanada ein Sanktionspaket gegen Moskau.",
     [("CAN", "sanctions", "RUS")]),
    # (no actor of the fronted phrase is the subject; the sanctions answer its attack: session 31)
    ("Nach dem Beginn des russischen Angriffskrieges verhängte die EU ein erstes Sanktionspaket.",
     [("EU", "sanctions", "RUS")]),
    # "sodass" opens a clause of its own
    ("Katar vermittelte zwischen Israel und der Hamas, sodass eine Waffenruhe vereinbart werden konnte.",
     [("QAT", "meetsWith", "ISR"), ("QAT", "meetsWith", "HAMAS")]),
    # "Kritik üben" criticises; "üben" of an attack is a drill
    ("Die Türkei hat scharfe Kritik an Griechenland geübt.", [("TUR", "accuses", "GRC")]),
    ("Serbien übte Kritik an den Manövern Albaniens.", [("SRB", "accuses", "ALB")]),
    ("Chinesische Streitkräfte übten die Eroberung Taiwans.", []),
    # complaining to someone, suing someone, exchanging views with someone
    ("Japan beschwerte sich bei China über die Festnahme.", [("JPN", "accuses", "CHN")]),
    ("Nicaragua hat Deutschland vor dem Internationalen Gerichtshof verklagt.", [("NIC", "accuses", "DEU")]),
    ("Lawrow tauschte sich mit seinem chinesischen Kollegen aus.", [("RUS", "meetsWith", "CHN")]),
    # reacting to a visit is not making it
    ("Peking reagierte scharf auf den Besuch und bestellte den japanischen Botschafter ein.",
     [("CHN", "accuses", "JPN")]),
    # the charge of "vorwerfen" is done by the accused, to the actor its genitive names
    ("Die Ukraine warf Russland den Beschuss ukrainischer Städte vor.",
     [("UKR", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Der Tschad hat dem Sudan die Bombardierung tschadischer Dörfer vorgeworfen.",
     [("TCD", "accuses", "SDN"), ("SDN", "attacks", "TCD")]),
    # the subject's phrase inside a separable verb's gap is not its object
    ("Bei ihrem Gegenangriff stießen Truppen Eritreas auf äthiopisches Gebiet vor.", [("ERI", "attacks", "ETH")]),
    # a prefield opened by "als" that no verb closes is a role: the subject follows the verb
    ("Als einer der ersten Nachbarn Österreichs gratulierte der tschechische Regierungschef.", []),
    ("Als wichtigster Partner Armeniens empfing Frankreich den armenischen Präsidenten.",
     [("FRA", "meetsWith", "ARM")]),
    # an invitation to a visit is no visit
    ("Der russische Präsident lud den indischen Premierminister zu einem Besuch nach Moskau ein.", []),
    # an event condemned with its owner names the agent that a later bare event noun refers to
    ("In Polen sind amerikanische Soldaten stationiert. Frankreich verurteilte den Raketentest Nordkoreas. "
     "Auch Kanada verurteilte den Raketentest.",
     [("USA", "deploysTroopsTo", "POL"), ("FRA", "accuses", "PRK"), ("CAN", "accuses", "PRK")]),
    # the Huthi, a plural name without an article ending
    ("Nach dem Drohnenangriff der Huthi auf Eilat reagierte Israel.", [("HOUTHIS", "attacks", "ISR")]),
    # a particle is no article before its noun nor a preposition before its article: "trafen ein Depot" is
    # a hit, not an arrival; "kämpfte gegen die …" keeps its preposition
    ("Iranische Raketen trafen ein Depot in Israel.", [("IRN", "attacks", "ISR")]),
    ("Die Delegation Katars traf am Abend in Kairo ein.", [("QAT", "meetsWith", "EGY")]),
    ("Seit Wochen kämpfte die RSF gegen die sudanesische Armee um die Stadt El Fasher.",
     [("RSF", "attacks", "SDN"), ("SDN", "attacks", "RSF")]),
    # a capital after a preposition is the scene, the person after it the object, not an apposition
    ("Der ungarische Regierungschef will am Freitag in Moskau Putin treffen.", [("HUN", "meetsWith", "RUS")]),
    ("Olaf Scholz hat in Kiew Selenskyj empfangen.", [("DEU", "meetsWith", "UKR")]),
    # the colon of a clock time ends no clause
    ("Olaf Scholz empfängt am Montag um 10:30 Uhr den estnischen Präsidenten.", [("DEU", "meetsWith", "EST")]),
    # a share of the blame; the plural of denouncing; the Congo of German news
    ("Kinshasa macht Ruanda für die Kämpfe mitverantwortlich.", [("COD", "accuses", "RWA")]),
    ("Die Philippinen prangern das Vorgehen Chinas an.", [("PHL", "accuses", "CHN")]),
    ("Burundi hat Soldaten in den Osten des Kongo geschickt.", [("BDI", "deploysTroopsTo", "COD")]),
    # troops present or active somewhere, but not soldiers arriving as guests
    ("Russische Söldner sind seit Jahren in Libyen aktiv.", [("RUS", "deploysTroopsTo", "LBY")]),
    ("In Mali sind russische Militärausbilder eingetroffen.", [("RUS", "deploysTroopsTo", "MLI")]),
    # a meeting told as the time of the clause is its subject's, the subject before the verb
    ("Der indische Außenminister hatte bei einem Treffen mit Lawrow in Moskau betont, man sei neutral.",
     [("IND", "meetsWith", "RUS")]),
    # who says it is no object of a verb-final clause
    ("Nordkorea hat nach Angaben Südkoreas Soldaten nach Russland geschickt.", [("PRK", "deploysTroopsTo", "RUS")]),
    ("Laut Armenien habe Aserbaidschan armenische Stellungen beschossen.", [("AZE", "attacks", "ARM")]),
    ("Truppen Eritreas sind laut der US-Regierung in die Region Tigray im Norden Äthiopiens einmarschiert.",
     [("ERI", "attacks", "ETH")]),
    # an actor inside the attribution ("nach israelischen Angaben") or before a word that follows who says it
    # ("EU-Diplomaten zufolge") says it and takes no role; "Berichten" is no verb of reporting
    ("Der Iran liefert nach israelischen Angaben Raketen an die Huthis.", [("IRN", "suppliesWeaponsTo", "HOUTHIS")]),
    ("Nordkorea schickt nach ukrainischen Angaben weitere Soldaten nach Russland.",
     [("PRK", "deploysTroopsTo", "RUS")]),
    ("Die Türkei hat EU-Diplomaten zufolge Drohnen an Libyen geliefert.", [("TUR", "suppliesWeaponsTo", "LBY")]),
    ("Russland hat Berichten zufolge die Ukraine angegriffen.", [("RUS", "attacks", "UKR")]),
    ("Russland hat laut Berichten die Ukraine angegriffen.", [("RUS", "attacks", "UKR")]),
    # a finite verb before an article is no adjective of the noun after it: the noun's genitive acts
    ("Die britische Regierung verurteilte die Drohnenangriffe des Irans auf Israel.",
     [("GBR", "accuses", "IRN"), ("IRN", "attacks", "ISR")]),
    # troops named in the genitive are sent by their state, not by who approves or confirms it
    ("Die Regierung in Minsk billigte die Stationierung russischer Soldaten in Belarus.",
     [("RUS", "deploysTroopsTo", "BLR")]),
    ("Die Nato hat die Verlegung nordkoreanischer Truppen nach Russland bestätigt.",
     [("PRK", "deploysTroopsTo", "RUS")]),
    # states named as examples of a plural noun ("Länder wie", "Staaten wie") take its role
    ("Staaten wie Lettland und Litauen haben den russischen Angriff auf die Ukraine verurteilt.",
     [("LVA", "accuses", "RUS"), ("LTU", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Auch Länder in der Region wie Jordanien kritisierten die israelischen Luftangriffe.",
     [("JOR", "accuses", "ISR")]),
    # a verb-final clause closes with its act of help: the war noun before it is the war of the one helped
    ("Es heißt, dass Nordkorea Russland für den Krieg gegen die Ukraine Granaten geliefert hat.",
     [("PRK", "suppliesWeaponsTo", "RUS"), ("RUS", "attacks", "UKR")]),
    # handing a protest to someone: a bare name before the noun's article receives it (names show no case)
    ("Tokio übermittelte Peking einen scharfen Protest.", [("JPN", "accuses", "CHN")]),
    ("Es hieß, dass Athen Ankara eine Protestnote übermittelt habe.", [("GRC", "accuses", "TUR")]),
    # an adjective before a hyphenated compound of a war noun is its agent, the compound's name its target
    ("Die Hilfe soll zum Jahrestag der russischen Ukraine-Invasion beschlossen werden.", [("RUS", "attacks", "UKR")]),
    # a "von" inside the trigger's own words is no passive agent ("sind" forms the perfect of "eindringen")
    ("Zwei belarussische Hubschrauber sind in den Luftraum von Litauen eingedrungen.", [("BLR", "attacks", "LTU")]),
    # carrying out an attack
    ("Die Ukraine hat in der Nacht einen Drohnenangriff auf Russland ausgeführt.", [("UKR", "attacks", "RUS")]),
    # a reported judgement noun judges the actor it names as its own: its genitive, its adjective
    ("Die Regierung in Caracas sprach von einer Aggression Guyanas.", [("VEN", "accuses", "GUY")]),
    ("Kiew spricht von einem russischen Kriegsverbrechen.", [("UKR", "accuses", "RUS")]),
    # who a statement comes from: "hieß es aus …", "Aus … hieß es"
    ("Das sei eine gezielte Provokation Aserbaidschans, hieß es aus dem armenischen Außenministerium.",
     [("ARM", "accuses", "AZE")]),
    ("Aus Moskau hieß es, die Ukraine habe die Waffenruhe verletzt.", [("RUS", "accuses", "UKR")]),
    # breaking a ceasefire and provoking, in reported speech
    ("Baku habe die Waffenruhe gebrochen, sagte der armenische Verteidigungsminister.", [("ARM", "accuses", "AZE")]),
    ("Belgrad habe die Unruhen provoziert, sagte die Regierung in Pristina.", [("XKX", "accuses", "SRB")]),
    # making reproaches to each other
    ("Baku und Eriwan machen sich gegenseitig Vorwürfe.", [("AZE", "accuses", "ARM"), ("ARM", "accuses", "AZE")]),
]


test_german_verb_form = edge_cases(CASES, "de", prefix="de-form")
