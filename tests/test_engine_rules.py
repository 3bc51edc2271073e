"""General rules of the engine, each with sentences written for the test (pl, en, de).

Every case names the phenomenon of real news it stands for; the sentences are
our own. A rule that only helps one sentence does not belong here.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- events with three or more parties, and phrases that mean all of them ---------------------
    ("pl", "Ministrowie spraw zagranicznych Francji, Niemiec i Włoch spotkali się w Rzymie. "
           "Przywódcy trzech krajów podpisali tam wspólną deklarację.",
     [("DEU", "meetsWith", "FRA"), ("FRA", "meetsWith", "ITA"), ("DEU", "meetsWith", "ITA"),
      ("DEU", "signsAgreementWith", "FRA"), ("FRA", "signsAgreementWith", "ITA"),
      ("DEU", "signsAgreementWith", "ITA")]),
    ("en", "Kenya, Uganda and Tanzania held talks in Arusha. The three countries signed a trade pact.",
     [("KEN", "meetsWith", "UGA"), ("KEN", "meetsWith", "TZA"), ("TZA", "meetsWith", "UGA"),
      ("KEN", "signsAgreementWith", "UGA"), ("KEN", "signsAgreementWith", "TZA"),
      ("TZA", "signsAgreementWith", "UGA")]),
    ("en", "Peru's president attended a summit with the leaders of Chile and Bolivia.",
     [("PER", "meetsWith", "CHL"), ("PER", "meetsWith", "BOL"), ("BOL", "meetsWith", "CHL")]),
    ("pl", "Po spotkaniu szefów dyplomacji Czech, Słowacji i Węgier ogłoszono wspólne stanowisko.",
     [("CZE", "meetsWith", "SVK"), ("CZE", "meetsWith", "HUN"), ("HUN", "meetsWith", "SVK")]),
    # talks held for two sides by a third ("organised talks between", "hosted talks between"): the sides hold
    # them with each other and the host meets each; mediated talks may be indirect, their sides do not meet
    ("pl", "Kenia zorganizowała rozmowy między Etiopią a Erytreą.",
     [("KEN", "meetsWith", "ETH"), ("KEN", "meetsWith", "ERI"), ("ERI", "meetsWith", "ETH")]),
    ("en", "Ghana organised talks between Togo and Benin.",
     [("GHA", "meetsWith", "TGO"), ("GHA", "meetsWith", "BEN"), ("BEN", "meetsWith", "TGO")]),
    ("de", "Kenia richtete Gespräche zwischen Äthiopien und Eritrea aus.",
     [("KEN", "meetsWith", "ETH"), ("KEN", "meetsWith", "ERI"), ("ERI", "meetsWith", "ETH")]),
    ("en", "Ghana mediated talks between Togo and Benin.", [("GHA", "meetsWith", "TGO"), ("GHA", "meetsWith", "BEN")]),
    # "the group" is the armed group the narration is about, even when states are named before it in its sentence
    ("en", "The Houthis fired missiles at ships in the Red Sea, saying they act in solidarity with Hamas. According "
           "to officials in Washington, the missiles were supplied by Iran, along with parts for the group's drones.",
     [("HOUTHIS", "supports", "HAMAS"), ("IRN", "suppliesWeaponsTo", "HOUTHIS")]),
    # a pair phrase of officials the data does not name ("both ministers") is the two sides of the last meeting,
    # not the last two states named together on the way
    ("pl", "Minister obrony Litwy spotkał się w Wilnie z łotewskim ministrem obrony. Rozmowy dotyczyły ochrony "
           "granicy. Podobne projekty prowadzą Estonia i Finlandia. Obaj ministrowie podpisali porozumienie o "
           "współpracy.",
     [("LTU", "meetsWith", "LVA"), ("LTU", "signsAgreementWith", "LVA")]),
    # clashes at a border named by its two sides joined by a hyphen: the sides fight each other
    ("en", "Clashes broke out on the Chilean-Peruvian border.", [("CHL", "attacks", "PER"), ("PER", "attacks", "CHL")]),
    ("en", "Clashes erupted between Chilean and Peruvian troops.",
     [("CHL", "attacks", "PER"), ("PER", "attacks", "CHL")]),
    ("pl", "Doszło do starć na granicy chilijsko-peruwiańskiej.",
     [("CHL", "attacks", "PER"), ("PER", "attacks", "CHL")]),
    ("en", "Chile and Peru held talks on the Chilean-Peruvian border.", [("CHL", "meetsWith", "PER")]),
    # a verb of blocking negates its object phrase through a genitive and an owner ("vetoed X's package of sanctions")
    ("en", "Slovakia vetoed the European Union's new package of sanctions against Belarus.", []),
    ("en", "Ghana, Togo and Benin met in Accra. The leaders pledged continued assistance to Niger.",
     [("GHA", "meetsWith", "TGO"), ("GHA", "meetsWith", "BEN"), ("BEN", "meetsWith", "TGO"),
      ("GHA", "providesAidTo", "NER"), ("TGO", "providesAidTo", "NER"), ("BEN", "providesAidTo", "NER")]),
    ("pl", "Porozumienie z zadowoleniem przyjęli zachodni przywódcy.", []),
    # --- quotes with the speaker after them; the accused marked after the trigger --------------------
    ("en", '"We will not tolerate provocations from Serbia," the Kosovo prime minister said.',
     [("XKX", "accuses", "SRB")]),
    ("en", '"This is an act of aggression by Azerbaijan," said Armenia\'s foreign minister.',
     [("ARM", "accuses", "AZE")]),
    ("pl", "„To kolejna prowokacja ze strony Mińska” – powiedział szef litewskiej dyplomacji.",
     [("LTU", "accuses", "BLR")]),
    ("en", "Seoul said Pyongyang is to blame for the rising tension.", [("KOR", "accuses", "PRK")]),
    ("en", "The United States condemned the test.", []),
    # --- an accusation's object does what it is accused of; the accused's denial disputes it ---------
    ("en", "Chile accused Peru of backing the rebels' leader and of arming Bolivia.",
     [("CHL", "accuses", "PER"), ("PER", "suppliesWeaponsTo", "BOL")]),
    ("en", "Mali accused Algeria of arming Niger, a charge Algiers denies.", [("MLI", "accuses", "DZA")]),
    ("pl", "Litwa oskarżyła Białoruś o wspieranie przemytników. Mińsk zaprzeczył tym zarzutom.",
     [("LTU", "accuses", "BLR")]),
    # --- private firms, citizens and former officials do not act for their state ---------------------
    ("en", "Chinese companies supplied drones to Russia.", []),
    ("en", "The United States sanctioned Georgia's former prime minister.", []),
    ("pl", "Chińskie firmy dostarczały drony do Rosji.", []),
    ("de", "Chinesische Firmen lieferten Drohnen an Russland.", []),
    ("en", "India banned Pakistani airlines from its airspace.", [("IND", "sanctions", "PAK")]),
    # --- mediators meet each party; the parties of mediated talks do not meet each other -----------
    ("en", "Qatar mediated talks between Sudan and Chad.", [("QAT", "meetsWith", "SDN"), ("QAT", "meetsWith", "TCD")]),
    ("pl", "Turcja pośredniczyła w rozmowach między Rosją a Ukrainą.",
     [("TUR", "meetsWith", "RUS"), ("TUR", "meetsWith", "UKR")]),
    ("en", "Angola and Zambia signed an EU-brokered accord.",
     [("AGO", "signsAgreementWith", "ZMB"), ("EU", "meetsWith", "AGO"), ("EU", "meetsWith", "ZMB")]),
    # --- arguments across phrases, relative clauses and possessives -----------------------------------
    ("en", "The EU and its partners, which met in Brussels on Monday, have accused Belarus of staging the crisis.",
     [("EU", "accuses", "BLR")]),
    ("en", "Ottawa accused a businessman of negotiating with Iranian officials.", []),
    ("en", "Lithuania said a Belarusian helicopter had violated its airspace.",
     [("BLR", "attacks", "LTU"), ("LTU", "accuses", "BLR")]),
    ("en", "Egyptian jets struck targets in Libya.", [("EGY", "attacks", "LBY")]),
    ("pl", "Izraelskie lotnictwo zbombardowało pozycje Hezbollahu w Libanie.", [("ISR", "attacks", "HEZBOLLAH")]),
    ("en", "Chile condemned the decision, affirming its support for Peru.", [("CHL", "supports", "PER")]),
    # --- Polish: who takes part, told after the event noun; offices coordinated; members of a bloc ----
    ("pl", "W Oslo odbyło się spotkanie w nowym formacie, w którym wzięli udział ministrowie: Danii, Norwegii "
           "i Islandii z sekretarzem generalnym ONZ.",
     [("DNK", "meetsWith", "NOR"), ("DNK", "meetsWith", "ISL"), ("NOR", "meetsWith", "ISL"),
      ("DNK", "meetsWith", "UN"), ("NOR", "meetsWith", "UN"), ("ISL", "meetsWith", "UN")]),
    ("pl", "W szczycie udział wzięli szefowie dyplomacji Czech, Słowacji i Austrii.",
     [("CZE", "meetsWith", "SVK"), ("CZE", "meetsWith", "AUT"), ("SVK", "meetsWith", "AUT")]),
    ("pl", "Premier Danii rozmawiał z prezydentem Finlandii i szefem MSZ Szwecji.",
     [("DNK", "meetsWith", "FIN"), ("DNK", "meetsWith", "SWE"), ("FIN", "meetsWith", "SWE")]),
    ("pl", "Rzecznik Kremla skrytykował Niemcy i szefa MSZ Francji.",
     [("RUS", "accuses", "DEU"), ("RUS", "accuses", "FRA")]),
    ("pl", "Chiny skrytykowały kraje UE, w tym Czechy i Słowację.",
     [("CHN", "accuses", "CZE"), ("CHN", "accuses", "SVK")]),
    ("pl", "Meksyk, podobnie jak Kanada, potępił Wenezuelę.",
     [("MEX", "accuses", "VEN"), ("CAN", "accuses", "VEN")]),
    # --- Polish verbal nouns: the agent after "przez"; a condemned act judges its agent -------------
    ("pl", "Łotwa potępiła naruszenie jej przestrzeni powietrznej przez Białoruś.",
     [("LVA", "accuses", "BLR"), ("BLR", "attacks", "LVA")]),
    ("pl", "Norwegia potępiła aneksję Krymu przez Rosję.", [("NOR", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    ("pl", "Szwecja wezwała ambasadora Iranu po ostrzale Bagdadu.", [("SWE", "accuses", "IRN")]),
    ("pl", "Bojownicy wspierani przez Katar zaatakowali statki Egiptu.", []),
    ("pl", "Przekazaliśmy Ukrainie kolejne haubice – powiedział szef MSZ Czech.",
     [("CZE", "suppliesWeaponsTo", "UKR")]),
    ("pl", "Bojownicy Hezbollahu ostrzelali Izrael.", [("HEZBOLLAH", "attacks", "ISR")]),
    ("pl", "„Litewski dron naruszył granicę” – podała agencja, powołując się na białoruskie MSZ.",
     [("BLR", "accuses", "LTU")]),
    ("pl", "Minister obrony Estonii przedstawił plan. Jego stanowisko poparł szef MSZ Łotwy.",
     [("LVA", "supports", "EST")]),
    ("pl", "Izrael ostrzelali bojownicy.", []),
    ("pl", "Prezydent Turcji pochwalił bojowników Hamasu i skrytykował Izrael.",
     [("TUR", "praises", "HAMAS"), ("TUR", "accuses", "ISR")]),
    ("pl", "Kanada wspólnie z Australią nałożyła sankcje na Iran.",
     [("CAN", "sanctions", "IRN"), ("AUS", "sanctions", "IRN")]),
    # a possessive in agent position may point to a passive agent ("seized by X during its raid")
    ("en", "Oman helped free sailors seized by the Houthis during their raid on a Saudi port.",
     [("HOUTHIS", "attacks", "SAU")]),
    # a participle after a noun that names no actor acts on that noun, not on an actor further on
    ("en", "The draft, backed by Chile and Peru, angered Bolivia.", []),
    ("en", "The militia, backed by Chad, entered Sudan.", []),
    # two sides joined by a hyphen before a relation noun: a war is fought both ways, talks are held together
    ("en", "Since the Iran-Iraq war, the port has been closed.",
     [("IRN", "attacks", "IRQ"), ("IRQ", "attacks", "IRN")]),
    ("en", "The Serbia-Kosovo talks resumed in Brussels.", [("SRB", "meetsWith", "XKX")]),
    # a mediator after the parties: the parties named before; not the actors of a later clause, nor
    # those before a relative clause ("thanked X, which helped with the exchange")
    ("pl", "Serbia i Kosowo przyjęły porozumienie. Dokument, wynegocjowany za pośrednictwem Unii Europejskiej, "
           "przewiduje, że serbska policja opuści północ Kosowa.",
     [("SRB", "signsAgreementWith", "XKX"), ("EU", "meetsWith", "SRB"), ("EU", "meetsWith", "XKX")]),
    ("pl", "Rozejm między Armenią a Azerbejdżanem został przedłużony. Gruzja wraz z Turcją pełni rolę mediatorów.",
     [("ARM", "signsAgreementWith", "AZE"), ("GEO", "meetsWith", "ARM"), ("GEO", "meetsWith", "AZE"),
      ("TUR", "meetsWith", "ARM"), ("TUR", "meetsWith", "AZE")]),
    ("pl", "Armenia i Azerbejdżan wymieniły jeńców. Premier Armenii podziękował Gruzji, która pomogła "
           "w wymianie jeńców.",
     [("ARM", "praises", "GEO"), ("GEO", "meetsWith", "ARM"), ("GEO", "meetsWith", "AZE")]),
    # "przyjąć z zadowoleniem" welcomes an agreement; the mediators of a deal are not "the leaders" later
    ("pl", "Armenia i Azerbejdżan podpisały traktat za pośrednictwem Gruzji. Porozumienie z zadowoleniem przyjęli "
           "przywódcy.",
     [("ARM", "signsAgreementWith", "AZE"), ("GEO", "meetsWith", "ARM"), ("GEO", "meetsWith", "AZE")]),
    ("en", "Norway mediated the Colombia-Venezuela talks.", [("NOR", "meetsWith", "COL"), ("NOR", "meetsWith", "VEN")]),
    ("en", "The US-China trade war escalated.", []),
    # a possessor right before another actor only says whose it is ("X, Y's Z hold talks")
    ("en", "Colombia, Venezuela's ELN hold talks in Havana", [("COL", "meetsWith", "ELN")]),
    ("en", "Ukraine launched an incursion into Russia's Belgorod region.", [("UKR", "attacks", "RUS")]),
    # a verb after a relative pronoun is finite, not a participle ("who met for talks")
    ("en", "Oman hosted the Yemeni and Saudi envoys, who met for talks in Muscat.",
     [("OMN", "meetsWith", "YEM"), ("OMN", "meetsWith", "SAU"), ("YEM", "meetsWith", "SAU")]),
    # a collective or quantity noun before "of" passes its own preposition to the actor it counts
    ("en", "A flotilla of Turkish warships arrived in Libya on Monday.", [("TUR", "deploysTroopsTo", "LBY")]),
    # a forbidden word before a comma belongs to another phrase
    ("en", "After the border attack, Canada deployed more troops to Latvia.", [("CAN", "deploysTroopsTo", "LVA")]),
    # the speaker after a quote may be a possessive phrase ("…," Lithuania's foreign ministry said)
    ("en", "\"These are hostile acts by Moscow,\" Finland's defence ministry said.", [("FIN", "accuses", "RUS")]),
    # a present participle before an actor's body makes it the agent ("against invading Russian forces")
    ("en", "The aid will strengthen Kyiv's defences against invading Russian forces.", []),
    ("en", "Tehran accused Baku of attacking Iranian troops.", [("IRN", "accuses", "AZE"), ("AZE", "attacks", "IRN")]),
    # a name after a determiner or preposition before an ambiguous trigger is its agent ("of UN sanctions")
    ("en", "The war has triggered waves of EU sanctions on Belarus.", [("EU", "sanctions", "BLR")]),
    # a non-actor's talks with two actors are no meeting between them
    ("en", "Ottawa accused a businessman of negotiating with Iranian and Syrian officials.", []),
    # a spaced en dash sets off an aside; the speaker of a reported clause is not a party of its agreement
    ("en", "The timing of the visit – as Washington weighs more aid for Kyiv – raised questions.", []),
    ("en", "Chile on Friday signed a deal to buy frigates from a shipyard, Madrid's defence ministry said.", []),
    # a short mixed-case acronym matches only as written ("Let" is not LeT)
    ("en", "Let me be clear that Pakistan attacked India.", [("PAK", "attacks", "IND")]),
    # the speaker's own state before the reported clause is not the accused ("Beijing's view that …")
    ("en", "Wang Yi reiterated Beijing's view that Washington was to blame for the crisis.",
     [("CHN", "accuses", "USA")]),
    # an event noun with its own possessive agent inside a prepositional phrase is given, not denied
    ("en", "Minsk rejects any role in Russia's war on Ukraine.", [("RUS", "attacks", "UKR")]),
    ("en", "Moscow denied its invasion of Georgia.", []),
    # "X has been accused of arming Y": an allegation, disputed when X denies the accusations in the article
    ("en", "Eritrea has been accused of arming the TPLF. Asmara has repeatedly denied the accusations.", []),
    ("en", "Eritrea has been accused of arming the TPLF.", [("ERI", "suppliesWeaponsTo", "TPLF")]),
    # a declared readiness for a material-conflict act is a threat, not the act ('resolve' cue words)
    ("en", "Azerbaijan said it was prepared to strike Armenia.", [("AZE", "threatens", "ARM")]),
    ("en", "Japan is ready to provide aid to Ukraine.", []),
    # summoning an envoy accuses his state: a body of a body ("chargé d'affaires ambasady Rosji"), an
    # adjective between two body nouns agreeing with the second, a mission "w <capital>" is not the host's,
    # the ministry fronted ("Do MSZ Łotwy został wezwany …")
    ("pl", "Fińskie MSZ wezwało chargé d'affaires ambasady Rosji.", [("FIN", "accuses", "RUS")]),
    ("pl", "Charge d'affaires rosyjskiej ambasady w Wilnie wezwany do litewskiego MSZ.", [("LTU", "accuses", "RUS")]),
    ("pl", "Do MSZ Łotwy został wezwany ambasador Rosji.", [("LVA", "accuses", "RUS")]),
    ("pl", "Rząd w Budapeszcie poparł Serbię.", [("HUN", "supports", "SRB")]),
    # a cue of one verb conjunct does not reach the next ("odrzucił scenariusz i oskarżył"); a verb after
    # "i" shares the first verb's subject, and "mu" is the actor that verb's object named
    ("pl", "Premier Estonii odrzucił ten scenariusz i oskarżył Moskwę o prowokację.", [("EST", "accuses", "RUS")]),
    ("pl", "Białoruś zaprzeczyła i oskarżyła Litwę o prowokację.", [("BLR", "accuses", "LTU")]),
    ("pl", "Minister Litwy przyjechał do Wilna. Fińskie MSZ wezwało chargé d'affaires Rosji i wręczyło mu notę "
           "protestacyjną.", [("FIN", "accuses", "RUS")]),
    # a verbal noun's "przez" agent after a long genitive chain with an active participle ("należącego do"),
    # whose own object is not the act's
    ("pl", "Łotwa zareagowała na naruszenie przestrzeni powietrznej państwa należącego do Unii Europejskiej "
           "przez Białoruś.", [("LVA", "accuses", "BLR")]),
    # a material-conflict act pledged under a condition in another clause is a threat, not the act
    ("pl", "Premier Szwecji ostrzegł, że jeśli rozmowy upadną, Sztokholm nałoży sankcje na Białoruś.",
     [("SWE", "threatens", "BLR")]),
    ("pl", "Grecja może zaatakować Turcję, jeżeli ta wyśle okręty na sporne wody.", [("GRC", "threatens", "TUR")]),
    ("pl", "Jeśli Serbia zaatakuje Kosowo, NATO odpowie.", []),
    # Polish declared readiness ("jest gotowa uderzyć") works like "ready to"
    ("pl", "Korea Północna jest gotowa zaatakować Japonię.", [("PRK", "threatens", "JPN")]),
    ("pl", "Gotowe do wysłania czołgi Hiszpania przekazała Ukrainie.", [("ESP", "suppliesWeaponsTo", "UKR")]),
    # force not ruled out is force held out: a threat; a ruled-out or peaceful act stays a possibility
    ("pl", "Kair nie wyklucza użycia siły wobec Etiopii.", [("EGY", "threatens", "ETH")]),
    ("pl", "Ateny nie wykluczyły nowych sankcji wobec Ankary.", [("GRC", "threatens", "TUR")]),
    ("pl", "Rzym nie wyklucza wysłania żołnierzy do Libii.", []),
    ("pl", "Rzym wyklucza wysłanie żołnierzy na Cypr.", []),
    ("en", "Cairo has refused to rule out military action against Ethiopia.", [("EGY", "threatens", "ETH")]),
    ("en", "Athens didn't rule out new sanctions on Ankara.", [("GRC", "threatens", "TUR")]),
    ("en", "Rome does not rule out sending soldiers to Libya.", []),
    ("de", "Kairo schließt einen Militärschlag gegen Äthiopien nicht aus.", [("EGY", "threatens", "ETH")]),
    ("de", "Athen will neue Sanktionen gegen Ankara nicht ausschließen.", [("GRC", "threatens", "TUR")]),
    ("de", "Athen hat neue Sanktionen gegen Ankara nicht ausgeschlossen.", [("GRC", "threatens", "TUR")]),
    ("de", "Rom schließt die Entsendung von Soldaten nach Libyen nicht aus.", []),
    ("de", "Die Raketen kamen nicht aus Äthiopien.", []),
    # a co-agent word ('alongside', 'neben', 'u boku') names one who acts with the subject; a plain location
    # ('obok ambasady', 'neben der Botschaft') names no one
    ("en", "Ghana, alongside Kenya and Togo, mediated between Gabon and the rebels.",
     [("GHA", "meetsWith", "GAB"), ("KEN", "meetsWith", "GAB"), ("TGO", "meetsWith", "GAB")]),
    ("en", "Belarusian troops fought alongside Russian forces against Ukraine.",
     [("BLR", "attacks", "UKR"), ("RUS", "attacks", "UKR"), ("BLR", "deploysTroopsTo", "RUS")]),
    ("de", "Oman vermittelt neben Katar zwischen Iran und den USA.",
     [("OMN", "meetsWith", "IRN"), ("OMN", "meetsWith", "USA"), ("QAT", "meetsWith", "IRN"),
      ("QAT", "meetsWith", "USA")]),
    ("de", "Die Drohne schlug neben der Botschaft der USA ein.", []),
    # words of leading ('led by', 'pod dowództwem', 'unter Führung'): the leader acts through what it leads,
    # although a preposition stands before it; a name after another preposition inside the phrase does not
    ("en", "A coalition led by Kenya bombed Somalia.", [("KEN", "attacks", "SOM")]),
    ("en", "Forces under the command of Egypt attacked Libya.", [("EGY", "attacks", "LBY")]),
    ("en", "Kenya's troops, led by a general from Uganda, attacked Somalia.", [("KEN", "attacks", "SOM")]),
    ("en", "Drones launched by Russia struck Odesa.", [("RUS", "attacks", "UKR")]),
    ("pl", "Drony wysłane przez Rosję uderzyły w Odessę.", [("RUS", "attacks", "UKR")]),
    ("de", "Truppen unter Führung Frankreichs griffen Libyen an.", [("FRA", "attacks", "LBY")]),
    ("de", "Eine Koalition unter der Führung Kenias bombardierte Somalia.", [("KEN", "attacks", "SOM")]),
    ("de", "Die NATO-geführte Truppe griff Libyen an.", [("NATO", "attacks", "LBY")]),
    ("pl", "Wojska pod dowództwem Turcji zaatakowały Syrię.", [("TUR", "attacks", "SYR")]),
    ("pl", "Koalicja kierowana przez Kenię zbombardowała Somalię.", [("KEN", "attacks", "SOM")]),
    # the author of a harmful act named as the one behind it, also after the verb; an attribution's actor is who
    # says it, never one inside the trigger's own words
    ("pl", "Zdaniem Warszawy za sabotażem na kolei stoi Rosja.", [("POL", "accuses", "RUS")]),
    ("de", "Nach Ansicht Estlands steckt Russland hinter dem Angriff.", [("EST", "accuses", "RUS")]),
    # two verbs of one subject joined by "and" share the object after the second; an actor after "and" and before
    # a verb of its own is that verb's subject, no object of the first
    ("en", "Kenya condemned and quickly sanctioned Uganda.", [("KEN", "accuses", "UGA"), ("KEN", "sanctions", "UGA")]),
    ("pl", "Iran wspiera i zbroi Hezbollah.", [("IRN", "supports", "HEZBOLLAH")]),
    ("pl", "Kanada potępiła i objęła sankcjami Białoruś.", [("CAN", "accuses", "BLR"), ("CAN", "sanctions", "BLR")]),
    ("en", "Chile protested and Peru sanctioned Bolivia.", [("PER", "sanctions", "BOL")]),
    # a support or alliance noun after "as" with no actor right before "as" is the clause subject's role
    ("en", "Ankara presents itself as a staunch backer of Baku.", [("TUR", "supports", "AZE")]),
    # a threat whose direct object is an attack aims at that attack's target
    ("en", "Ankara threatened a ground offensive in Iraq.", [("TUR", "threatens", "IRQ")]),
    # a visit condemned: the visitor the noun names ("by", a genitive, an adjective of a body) is judged, and
    # meets the host; the one who condemns takes no part in it
    ("en", "Hanoi condemned the visit by Chinese diplomats to Manila.",
     [("VNM", "accuses", "CHN"), ("CHN", "meetsWith", "PHL")]),
    ("pl", "Pekin skrytykował wizytę amerykańskich kongresmenów na Tajwanie.",
     [("CHN", "accuses", "USA"), ("USA", "meetsWith", "TWN")]),
    # a presupposing word that opens a date ("seit 2022") is no background event between a light verb and its noun
    ("de", "Russland führt seit 2008 einen blutigen Krieg gegen Georgien.", [("RUS", "attacks", "GEO")]),
    # a name joined by "and" to a place phrase shares its preposition (a place of signing, no party); not when a
    # finite verb follows it
    ("en", "Chile signed the accord in Geneva and Paris.", []),
    # (and, after "and" alone, the name before its own verb opens a clause: Ukraine condemns Russia's shelling)
    ("en", "Russia shelled villages in Kharkiv and Ukraine condemned the attack.",
     [("RUS", "attacks", "UKR"), ("UKR", "accuses", "RUS")]),
    # the partners after "with" of an alliance whose own side is unnamed are no allies of each other
    ("en", "The island chose an alliance with Norway, NATO and the EU.", []),
    # the object of a purpose infinitive after a giving noun is that infinitive's, no recipient
    ("en", "Libya's premier welcomed military assistance from Qatar to defeat the troops of Haftar.", []),
    # "am Rande" (on the sidelines) of an organization's summit is no visit of the organization to the host
    ("de", "Die beiden Minister wollen sich am Rande des EU-Gipfels in Kopenhagen treffen.", []),
    # a witness meets the parties of a deal, not its mediators
    ("en", "Kenya and Uganda signed the deal brokered by Qatar and Egypt in the presence of the US secretary of "
           "state.",
     [("QAT", "meetsWith", "KEN"), ("QAT", "meetsWith", "UGA"), ("EGY", "meetsWith", "KEN"),
      ("EGY", "meetsWith", "UGA"), ("USA", "meetsWith", "KEN"), ("USA", "meetsWith", "UGA"),
      ("KEN", "signsAgreementWith", "UGA")]),
    # examples after "including" that another verb governs are no parties of a noun's alliance or meeting
    ("en", "Their military cooperation has worried several neighbours including Bolivia and Ecuador.", []),
    # an attack noun with its agent and no target, "on its/swoje/sein" ground: the owner of the pronoun is hit
    ("en", "Nairobi condemned Somali strikes on its territory.",
     [("KEN", "accuses", "SOM"), ("SOM", "attacks", "KEN")]),
    ("pl", "Kair potępił sudańskie ostrzały na swoje terytorium.",
     [("EGY", "accuses", "SDN"), ("SDN", "attacks", "EGY")]),
    # an act noun after "any"/"every" is only a possibility; a response promised to it is a threat to its agent
    ("pl", "Każda agresja ze strony Rumunii spotka się z odpowiedzią Mołdawii.", []),
    ("pl", "Wilno zareaguje na każdą prowokację Mińska.", [("LTU", "threatens", "BLR")]),
    ("en", "Any attack by Belarus will be met with a decisive response, Latvia said.", [("LVA", "threatens", "BLR")]),
    ("en", "Cyprus said it would respond decisively to any aggression by Turkey.", [("CYP", "threatens", "TUR")]),
    ("en", "Beijing said it would resolutely counter any US arms sales to Taipei.", [("CHN", "threatens", "USA")]),
    ("de", "Jede weitere Aggression Russlands gegen Litauen wird bestraft.", []),
    # a threat verb governing a zu-infinitive of force after its comma: the force is threatened
    ("de", "Die Türkei hatte gedroht, die kurdischen Milizen in Syrien erneut anzugreifen.",
     [("TUR", "threatens", "SYR")]),
    ("de", "Ankara drohte, Athen anzugreifen.", [("TUR", "threatens", "GRC")]),
    ("de", "Ankara bedauerte, Athen nicht unterstützen zu können.", []),
    # force its own agent warns it may use is a threat; what one warns of is feared, not done
    ("en", "Moscow warned it could hit Vilnius.", [("RUS", "threatens", "LTU")]),
    ("en", "Chile warned that Peru could strike Bolivia.", []),
    ("en", "Latvia warned of a Russian attack on Estonia.", []),
    ("pl", "Łotwa ostrzegła przed rosyjskim atakiem na Estonię.", []),
    ("de", "Lettland warnte vor einem russischen Angriff auf Estland.", []),
    ("de", "Iran warnte, er könne Israel angreifen.", [("IRN", "threatens", "ISR")]),
    # a response promised with no one named, after an attack on the one who promises it, is aimed at the attacker
    ("en", "Turkish jets struck Greece on Wednesday. Athens vowed a decisive response.",
     [("TUR", "attacks", "GRC"), ("GRC", "threatens", "TUR")]),
    ("pl", "Tureckie myśliwce zaatakowały Grecję. Ateny zapowiedziały zdecydowaną odpowiedź.",
     [("TUR", "attacks", "GRC"), ("GRC", "threatens", "TUR")]),
    ("de", "Türkische Kampfjets griffen Griechenland an. Athen kündigte eine entschlossene Antwort an.",
     [("TUR", "attacks", "GRC"), ("GRC", "threatens", "TUR")]),
    ("en", "Greece condemned the strike. Athens vowed a decisive response.", []),
    ("en", "Turkish jets struck Greece. Athens said it would take resolute measures.",
     [("TUR", "attacks", "GRC"), ("GRC", "threatens", "TUR")]),
    ("pl", "Tureckie myśliwce zaatakowały Grecję. Ateny zapowiedziały zdecydowane kroki.",
     [("TUR", "attacks", "GRC"), ("GRC", "threatens", "TUR")]),
    # "any" before the adjective that is a verb's subject: the act is only a possibility; one promised to be shot
    # down threatens its owner
    ("en", "Any Belarusian drone entering Latvian airspace will be shot down, Riga said.",
     [("LVA", "threatens", "BLR")]),
    # an act the speaker would treat as an act of war threatens its agent; a verb of warning says a threat
    ("pl", "Litwa ostrzegła, że każda blokada ze strony Białorusi zostanie uznana za akt wojny.",
     [("LTU", "threatens", "BLR")]),
    ("en", "Latvia warned that any blockade by Belarus would be treated as an act of war.",
     [("LVA", "threatens", "BLR")]),
    ("en", "Latvia said Belarus's blockade was an act of war.", [("LVA", "accuses", "BLR")]),
    # a judgement of an act whose agent is the genitive of the reported clause's subject accuses that agent
    ("en", "Minsk said the deployment of NATO troops in Latvia was a provocation.",
     [("BLR", "accuses", "NATO"), ("NATO", "deploysTroopsTo", "LVA")]),
    # a possessive of a private noun is an origin: the firms or proxies act, not their state (ANNOTATION rule 10)
    ("en", "China's firms supplied drones to Russia.", []),
    ("en", "Tehran's proxies attacked US bases in Syria.", []),
    ("en", "Iran's proxy Hezbollah fired rockets at Israel.", [("IRN", "supports", "HEZBOLLAH"),
                                                               ("HEZBOLLAH", "attacks", "ISR")]),
    # a clause break word opening a German sentence opens a verb-final clause that its comma closes
    ("de", "Falls Estland der Union beitritt, droht Russland mit Vergeltung.", [("RUS", "threatens", "EST")]),
    ("de", "Nachdem Russland Georgien angegriffen hatte, verhängte Kanada Sanktionen gegen Moskau.",
     [("RUS", "attacks", "GEO"), ("CAN", "sanctions", "RUS")]),
    # wars of trade or information, fights against disinformation and attacks in a speech are no attacks
    ("en", "Canada is fighting Chinese disinformation.", []),
    ("en", "Russia is waging an information war against Latvia.", []),
    ("en", "The trade war between Canada and China escalated.", []),
    ("de", "Lettland kämpft gegen russische Desinformation.", []),
    # a noun that is its clause's subject has no object past a verb with an object of its own
    ("en", "Russia's war has pushed Finland into NATO.", []),
    ("pl", "Wojna Rosji zepchnęła Finlandię do NATO.", []),
    ("en", "Russia's attack was aimed at Moldova's energy grid.", [("RUS", "attacks", "MDA")]),
    # revenge promised for an act is aimed at its agent
    ("en", "Moscow vowed to avenge the attack by Kyiv.", [("RUS", "threatens", "UKR")]),
    # "the two neighbours", "beide Nachbarn", "obaj sąsiedzi" are the last two states named
    ("en", "Chile and Peru signed a declaration. The two neighbours also agreed to hold regular talks.",
     [("CHL", "signsAgreementWith", "PER"), ("CHL", "meetsWith", "PER")]),
    ("de", "Chile und Peru unterzeichneten eine Erklärung. Die beiden Nachbarn vereinbarten zudem regelmäßige "
           "Gespräche.",
     [("CHL", "signsAgreementWith", "PER"), ("CHL", "meetsWith", "PER")]),
    ("pl", "Chile i Peru podpisały deklarację. Obaj sąsiedzi uzgodnili też regularne rozmowy.",
     [("CHL", "signsAgreementWith", "PER"), ("CHL", "meetsWith", "PER")]),
    # "zapowiedzieć" reports speech: a threat said of the one it is aimed at, with the speaker after the quote dash
    ("pl", "Ateny popełniły błąd i Grecja za to zapłaci - zapowiedział premier Turcji.",
     [("TUR", "accuses", "GRC"), ("TUR", "threatens", "GRC")]),
    ("pl", "Premier Turcji zapowiedział, że Grecja drogo zapłaci.", [("TUR", "threatens", "GRC")]),
    ("pl", "Białoruskie oddziały u boku Rosjan atakowały Gruzję.",
     [("BLR", "attacks", "GEO"), ("RUS", "attacks", "GEO")]),
    # a relative clause inside an apposition ends at the comma before the main verb
    ("en", "Georgia, a small republic which applied to join the bloc together with Armenia, has accused Russia "
           "of meddling.", [("GEO", "accuses", "RUS")]),
    # "with the support of X": X supports the clause's subject
    ("en", "Ghana, with the backing of Nigeria, proposed a new plan.", [("NGA", "supports", "GHA")]),
    # the words of a name are not the words a trigger needs ("Rapid Support Forces" are no troops)
    ("en", "Kenya is sending fuel to the Rapid Support Forces.", [("KEN", "providesAidTo", "RSF")]),
    # a war noun with its possessor is a noun, whatever subject the clause had before it
    ("en", "Chile's exports grew after Peru's invasion of Bolivia.", [("PER", "attacks", "BOL")]),
    # sentences pasted without the space after the period still end there
    ("en", "Peru could not stop Chile.Bolivia invaded Ecuador.", [("BOL", "attacks", "ECU")]),
    # a parenthesis (an acronym, "(left)", "(local time)") does not cut its sentence's clause
    ("en", "The United Arab Emirates (UAE) on Friday sent weapons to Chad.", [("ARE", "suppliesWeaponsTo", "TCD")]),
    # an -ing adjunct after a comma and an adverb shares the sentence's subject
    ("en", "Kenya said Uganda sent troops to Somalia, publicly accusing Kampala of meddling.",
     [("UGA", "deploysTroopsTo", "SOM"), ("KEN", "accuses", "UGA")]),
    # an attack on a target that names no actor hits the state its locative chain names
    ("en", "Bolivian jets struck two warehouses near Tacna in southern Peru.", [("BOL", "attacks", "PER")]),
    # an agreement "between A and B" is theirs, not the speaker's; talks on one are no agreement
    ("en", "Peru said the truce between Chile and Bolivia still holds.", [("CHL", "signsAgreementWith", "BOL")]),
    ("en", "Peru urged talks on a truce between Chile and Bolivia.", []),
    # a hyphenated participle ("northern-based", "state-owned") is an adjective, not a new predicate
    ("en", "Chile has backed the northern-based Bolivian government in the dispute.", [("CHL", "supports", "BOL")]),
    # a passive in a relative clause acts on the relative's antecedent
    ("en", "Ghana, which is backed by Nigeria, signed a deal with Togo.",
     [("GHA", "signsAgreementWith", "TGO"), ("NGA", "supports", "GHA")]),
    # told from the receiving side; those who say so between the relative and its verb receive nothing
    ("en", "Eritrea, which Ethiopian officials say receives backing from Egypt, rejected the plan.",
     [("EGY", "supports", "ERI")]),
    # an alliance noun in an apposition: the head before the comma and the actor its "of" marks
    ("en", "Manila, a treaty ally of Washington, has kept warm relations with Beijing.",
     [("PHL", "alliedWith", "USA")]),
    # a verb coordinated with an earlier one shares its subject, not the earlier verb's object
    ("en", "Peru criticised Chile over the border and threatened Bolivia with sanctions.",
     [("PER", "accuses", "CHL"), ("PER", "threatens", "BOL")]),
    # threats worded as a response to come
    ("en", "Bolivia said it would respond against Chile at a time and place of its choosing.",
     [("BOL", "threatens", "CHL")]),
    # an ability is no act
    ("en", "Kenya stressed its ability to hold talks with Somalia.", []),
    # accusations worded as responsibility: "held X responsible", "X was behind the …"
    ("en", "Estonia held Russia responsible for the damage to the cable.", [("EST", "accuses", "RUS")]),
    ("en", "Kenya said Uganda was behind the raid.", [("KEN", "accuses", "UGA")]),
    # troops on the territory of a state their own state attacks in the article are the attack (rule 8)
    ("en", "Armenian artillery shelled Azerbaijani villages. Armenian troops are still stationed in Azerbaijan.",
     [("ARM", "attacks", "AZE")]),
    ("en", "Armenian troops are stationed in Georgia. Azerbaijan shelled Armenian villages.",
     [("ARM", "deploysTroopsTo", "GEO"), ("AZE", "attacks", "ARM")]),
    ("pl", "Armenia ostrzelała azerbejdżańskie wsie. W Azerbejdżanie nadal stacjonują armeńscy żołnierze.",
     [("ARM", "attacks", "AZE")]),
    # a date that opens a sentence without a comma is its own phrase, not a modifier of the subject;
    # a capitalized month is no modal ("In May" is not "may")
    ("en", "In March Bolivia accused Chile of spying.", [("BOL", "accuses", "CHL")]),
    ("en", "In 2023 Peru sent troops to Bolivia.", [("PER", "deploysTroopsTo", "BOL")]),
    ("en", "In May Kenya sent weapons to Somalia.", [("KEN", "suppliesWeaponsTo", "SOM")]),
    ("en", "Kenya may send weapons to Somalia.", []),
    # a war told as the time of a clause ("podczas wojny z X") is the war of the clause's subject, unless
    # the clause names a third actor who may be the one at war
    ("pl", "Podczas wojny z Gruzją Rosja zajęła część jej terytorium.", [("RUS", "attacks", "GEO")]),
    ("pl", "Armenia, która podczas wojny z Azerbejdżanem straciła Karabach, szuka sojuszników.",
     [("ARM", "attacks", "AZE")]),
    ("pl", "Podczas wojny z Ukrainą Chiny wspierały Rosję.", [("CHN", "supports", "RUS")]),
    # presence told place first, the counted troops after the verb ("ok." and "tys." break nothing)
    ("pl", "Na terenie Mołdawii stacjonuje ok. 1,5 tys. rosyjskich żołnierzy.", [("RUS", "deploysTroopsTo", "MDA")]),
    ("pl", "Na terenie Mołdawii stacjonuje 1500 żołnierzy rosyjskich.", [("RUS", "deploysTroopsTo", "MDA")]),
    ("pl", "Na terenie Łotwy stacjonuje ok. 800 żołnierzy kanadyjskich.", [("CAN", "deploysTroopsTo", "LVA")]),
    # a judgement inside a relative clause, said by an attributed speaker, judges the clause's antecedent
    ("pl", "Kenia potępiła rebeliantów z RSF, którzy według ONZ dopuszczają się zbrodni.", [("UN", "accuses", "RSF")]),
    # "o nazwie" (named) is a noun after a preposition, no verb of saying
    ("pl", "Kenia walczy z bojownikami o nazwie Al-Szabab, które według Etiopii dopuszczają się zbrodni.",
     [("ETH", "accuses", "ALSHABAAB")]),
    # a threat with no object of its own threatens the subject of the sentence's condition
    ("pl", "Jeżeli Wietnam naruszy nasze wody, Chiny podejmą środki zaradcze.", [("CHN", "threatens", "VNM")]),
    ("pl", "Rosja podejmie kroki odwetowe, jeśli Litwa nie zmieni decyzji.", [("RUS", "threatens", "LTU")]),
    # a region whose adjective contains a state's is not that state ("South American", "Ameryka Łacińska")
    ("en", "Chile criticised Bolivia on Monday. South American troops were also sent to Peru.",
     [("CHL", "accuses", "BOL")]),
    ("en", "Latin American leaders condemned the strike on Venezuela.", []),
    ("pl", "Przywódcy Ameryki Łacińskiej potępili atak na Wenezuelę.", []),
    # a subordinate clause opening the sentence ends at the first comma after its verb: the actor
    # before that comma is no list with the main clause's subject
    ("en", "When Chile attacked Peru, Bolivia sent troops to Peru.",
     [("CHL", "attacks", "PER"), ("BOL", "deploysTroopsTo", "PER")]),
    ("pl", "Gdy Chile zaatakowało Peru, Boliwia wysłała wojska do Peru.",
     [("CHL", "attacks", "PER"), ("BOL", "deploysTroopsTo", "PER")]),
    # ("Peru-backed" modifies the rebels only, not the states listed after the comma)
    ("en", "Although the Peru-backed rebels, Chile and Bolivia signed a truce, Ecuador condemned Chile.",
     [("BOL", "signsAgreementWith", "CHL"), ("ECU", "accuses", "CHL")]),
    # English and German conditions ("if", "unless", "falls", "wenn") make the act pledged after them a threat
    ("en", "If Chile attacks Peru, Bolivia will strike Chile.", [("BOL", "threatens", "CHL")]),
    ("en", "Unless Chile withdraws its troops, Bolivia will impose sanctions on Chile.",
     [("BOL", "threatens", "CHL")]),
    ("pl", "Jeśli Chile zaatakuje Peru, Boliwia uderzy w Chile.", [("BOL", "threatens", "CHL")]),
    ("de", "Falls Chile Peru angreift, wird Bolivien Chile angreifen.", [("BOL", "threatens", "CHL")]),
    # a trigger phrase that ends in a preposition ("pomoc dla") marks the actor after it: no genitive agent
    ("pl", "Litwa przekazała pomoc dla Mołdawii.", [("LTU", "providesAidTo", "MDA")]),
    ("pl", "Unia Europejska zatwierdziła 5 mld euro pomocy dla Armenii.", [("EU", "providesAidTo", "ARM")]),
    # an attack noun's target is the owner of the phrase it is marked on, not the place named after it
    ("pl", "Izrael przeprowadził naloty na pozycje Hamasu w Libanie.", [("ISR", "attacks", "HAMAS")]),
    ("pl", "Chile przeprowadziło atak na infrastrukturę wojskową Boliwii.", [("CHL", "attacks", "BOL")]),
    # a judgement in a clause that refers back to the whole clause before ("co", "was", "which") judges
    # what that clause's subject did; a German verb of saying may close the clause after the judgement
    ("pl", "Peru rozmieściło wojska przy granicy, co Chile nazwało prowokacją.", [("CHL", "accuses", "PER")]),
    ("en", "Peru moved tanks to the border, which Chile called a provocation.", [("CHL", "accuses", "PER")]),
    ("en", "Peru held drills near the border, which Chile condemned as reckless.", [("CHL", "accuses", "PER")]),
    ("de", "Peru verlegte Panzer an die Grenze, was Chile als Provokation bezeichnete.", [("CHL", "accuses", "PER")]),
    ("de", "Lima protestierte, weil Chile die peruanischen Manöver als Provokation bezeichnete.",
     [("CHL", "accuses", "PER")]),
    ("pl", "Pojawiło się pytanie, co zrobi Chile.", []),
    # a name's capitalized word needs a capital in the text: tear gas ("gaz") is not Gaza (genitive "Gaz")
    ("pl", "Policja Chile wystrzeliła gaz łzawiący w tłum.", []),
    ("pl", "Izrael zaatakował cele w Strefie Gazy.", [("ISR", "attacks", "PSE")]),
    # a possessor owns a longer premodified noun ("Chile's latest arms sale")
    ("en", "Lima condemned Chile's latest arms sale to Bolivia.",
     [("PER", "accuses", "CHL"), ("CHL", "suppliesWeaponsTo", "BOL")]),
]


test_rule = edge_cases(CASES)


def test_a_relative_clause_whose_antecedent_names_no_actor_has_no_subject():
    """Polish drops subjects, but not a relative clause's: 'który' is the noun before it."""
    from kg.extract import extract

    text = "Premier Litwy nazwał ten projekt pustym gestem, który pomaga jedynie Rosji."
    assert not [c for c in extract(text, lang="pl") if c.relation == "providesAidTo"]
    text = "Premier Litwy odwiedził Wilno. Zapowiedział, że pomoże Ukrainie."
    assert {(c.subject.code, c.object.code) for c in extract(text, lang="pl") if c.relation == "providesAidTo"} \
        == {("LTU", "UKR")}
