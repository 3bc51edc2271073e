"""English constructions of news reports, each with sentences written for the test.

Every case names the class of real news wording it stands for; the sentences are our own.
Rules for one sentence do not belong here (tests/test_engine_rules.py holds the rules shared
by the languages).
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # an actor coordinated with a bare object that names no actor is an object too ("the West and Kyiv")
    ("Moscow blamed the West and Warsaw for the escalation.", [("RUS", "accuses", "POL")]),
    # a capitalized trigger word inside a name the gazetteer does not know is no act ("... Investment Fund")
    ("Washington will put blocking measures on the state-owned Belarusian Direct Investment Fund, a White House "
     "aide wrote on Monday.", []),
    # a past form that is also a participle is the clause's verb when the clause has no other
    # ("Nigeria clashed with Boko Haram"), a reduced relative when it has one
    ("Chad clashed with Boko Haram near Lake Chad.",
     [("TCD", "attacks", "BOKOHARAM"), ("BOKOHARAM", "attacks", "TCD")]),
    ("Kenya has 400 police officers stationed in Haiti.", [("KEN", "deploysTroopsTo", "HTI")]),
    # --- what an attack hit, used or owned by an actor, is that actor's ("a depot used by X") -------
    ("Turkish jets bombed a warehouse in northern Iraq used by the PKK.", [("TUR", "attacks", "PKK")]),
    ("Israeli aircraft struck a compound belonging to Hamas.", [("ISR", "attacks", "HAMAS")]),
    ("Israeli air strikes on a depot operated by Hezbollah were reported.", [("ISR", "attacks", "HEZBOLLAH")]),
    ("The army shelled a village run by Iran-backed fighters.", []),
    # --- an attack repelled or fought off is an attack on who repels it -----------------------------
    ("Armenian troops repelled an Azerbaijani attack near the border.", [("AZE", "attacks", "ARM")]),
    ("Kyiv fought off a Russian offensive in the east.", [("RUS", "attacks", "UKR")]),
    # --- told from the side that is hit: "came under fire from X"; figurative fire is criticism ------
    ("A Latvian border patrol came under fire from Belarusian soldiers.", [("BLR", "attacks", "LVA")]),
    ("Spain came under fire from Portugal over its fishing quotas.", []),
    # --- a body is a noun: the verb forms of a body word ("struck" of "strikes") grow no body ------
    ("Ethiopian troops struck Eritrean border posts, the ministry said.", [("ETH", "attacks", "ERI")]),
    ("The United States struck Houthi targets in Yemen on Saturday.", [("USA", "attacks", "HOUTHIS")]),
    # --- a needed noun listed as a plural is needed as a noun: "forced" is no "forces", "rocketed" no "rockets" --
    ("Lithuania was forced to move its embassy to Poland.", []),
    ("Oil prices rocketed after Iran sent tankers to Syria.", []),
    ("The UAE has been arming the RSF, UN experts said.", [("ARE", "suppliesWeaponsTo", "RSF")]),
    # --- "with X's support/backing": the possessor helps the clause's subject, as "with the support of X" ------
    ("Russia attacked Ukraine with Belarus's support.", [("RUS", "attacks", "UKR"), ("BLR", "supports", "RUS")]),
    ("The LNA pushed towards Tripoli with Egypt's backing.", [("EGY", "supports", "LNA")]),
    # --- a currency sign names whose money only written onto the name ("US$"); after a space the name is a recipient --
    ("Japan will give Ukraine $4.5 billion in economic aid.", [("JPN", "providesAidTo", "UKR")]),
    ("Seoul pledged US$50 million in aid to Kyiv.", [("KOR", "providesAidTo", "UKR")]),
    # --- a force named by its branch is a body of its state ("Russian ground forces", "Israeli security forces") --
    ("Russian ground forces attacked Ukraine.", [("RUS", "attacks", "UKR")]),
    ("Israeli security forces raided southern Lebanon.", [("ISR", "attacks", "LBN")]),
    ("Chinese naval forces encircled Taiwan.", [("CHN", "attacks", "TWN")]),
    # --- force promised by a future or pledge word right before the verb is a threat, not an attack ---
    ("Tehran vowed to strike Israel.", [("IRN", "threatens", "ISR")]),
    ("Jerusalem said it would hit Iran hard.", [("ISR", "threatens", "IRN")]),
    ("Moscow will retaliate against Helsinki, Peskov said.", [("RUS", "threatens", "FIN")]),
    ("Tehran vowed to defend itself against Israeli aggression.", [("ISR", "attacks", "IRN")]),
    # --- an attack noun a threat verb governs is threatened, not done; the state it would land in is threatened --
    ("Ankara threatened a ground operation in northern Iraq.", [("TUR", "threatens", "IRQ")]),
    ("Caracas threatened airstrikes in Guyana.", [("VEN", "threatens", "GUY")]),
    ("Baku threatened a new ground operation against Armenian units.", [("AZE", "threatens", "ARM")]),
    # --- an -ing form right after a noun of private doers is theirs, not the clause's actor's ---------------
    ("Ottawa sanctioned firms supplying Belarus with rifles.", []),
    ("Tokyo blacklisted a network helping Pyongyang evade sanctions.", []),
    ("Tehran began supplying Caracas with drones.", [("IRN", "suppliesWeaponsTo", "VEN")]),
    # --- a date between the object and the reason ("on Monday") keeps the object the reason's agent ---------
    ("Canada imposed sanctions on Iran on Monday over its deliveries of drones to Venezuela.",
     [("CAN", "sanctions", "IRN"), ("IRN", "suppliesWeaponsTo", "VEN")]),
    ("Japan thanked Norway last week for its support for Ukraine.",
     [("JPN", "praises", "NOR"), ("NOR", "supports", "UKR")]),
    # --- a group's name for its people ("Wagner fighters") is a body: sent, they are the group's troops -----------
    ("Wagner fighters were deployed to Chad.", [("WAGNER", "deploysTroopsTo", "TCD")]),
    ("The Houthis agreed to stop targeting Saudi ships.", [("HOUTHIS", "attacks", "SAU")]),
    ("Oslo announced a halt to its bombing campaign against the militants in Libya.", [("NOR", "attacks", "LBY")]),
    # --- 'Congo' alone is the DR Congo, as its adjective is ------------------------------------------
    ("Burundi has sent thousands of soldiers to eastern Congo.", [("BDI", "deploysTroopsTo", "COD")]),
    # --- a noun of the verb's own relation after it is the same act, not another one ---------------
    ("Japan pledged $500 million in aid to Ukraine.", [("JPN", "providesAidTo", "UKR")]),
    ("Norway sent 20 million euros in humanitarian assistance to Sudan.", [("NOR", "providesAidTo", "SDN")]),
    # --- a counted or volleyed actor takes the preposition of its phrase ("by a barrage of") -------
    ("Kyiv was hit by a barrage of Russian missiles overnight.", [("RUS", "attacks", "UKR")]),
    ("Haifa was struck by a salvo of Hezbollah rockets.", [("HEZBOLLAH", "attacks", "ISR")]),
    # --- shells and bombs shipped are weapons, not attacks ------------------------------------------
    ("Washington shipped thousands of artillery shells to Israel.", [("USA", "suppliesWeaponsTo", "ISR")]),
    ("North Korea has provided Russia with millions of artillery rounds.", [("PRK", "suppliesWeaponsTo", "RUS")]),
    # --- condemning "X's attack on Y" accuses X; the target of "the attack on Y" is not accused ------
    ("Poland condemned Russia's attack on Kyiv.", [("POL", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Egypt and Qatar condemned Israel's strike on Doha.",
     [("EGY", "accuses", "ISR"), ("QAT", "accuses", "ISR"), ("ISR", "attacks", "QAT")]),
    ("Germany condemned the attack on Kyiv.", []),
    ("Britain condemned the strikes on Iran.", []),
    ("Turkey denounced the Israeli strikes on Syria.", [("TUR", "accuses", "ISR"), ("ISR", "attacks", "SYR")]),
    # --- a speaker after a comma is no member of the object's group ("…, UN experts said") -----------
    ("The UAE has been arming the RSF, UN experts said.", [("ARE", "suppliesWeaponsTo", "RSF")]),
    # --- a firm is private also behind a noun of its trade ("Russian shipping firms") ------------------
    ("Britain blacklisted Russian shipping firms.", []),
    ("Canada sanctioned Iranian oil companies.", []),
    ("Iranian military advisers arrived in Syria.", [("IRN", "deploysTroopsTo", "SYR")]),
    # --- missiles launched at a target, however many words the salvo takes ---------------------------
    ("Iran launched hundreds of missiles and drones at Israel in April.", [("IRN", "attacks", "ISR")]),
    # --- the verbs of a siege and a capture are attacks ---------------------------------------------
    ("Russian forces encircled the Ukrainian town of Avdiivka.", [("RUS", "attacks", "UKR")]),
    ("Azerbaijani troops captured several Armenian villages.", [("AZE", "attacks", "ARM")]),
    # --- journalistic verbs of reproach ---------------------------------------------------------------
    ("Washington blasted Beijing for its military drills.", [("USA", "accuses", "CHN")]),
    ("Britain reprimanded Russia over the poisoning.", [("GBR", "accuses", "RUS")]),
    ("Kyiv took aim at Budapest for blocking the aid package.", [("UKR", "accuses", "HUN")]),
    ("The Kremlin hit back at Paris over the remarks.", [("RUS", "accuses", "FRA")]),
    # --- allies as a predicate; peacekeepers, rounds and curbs as their relations' nouns -----------
    ("Armenia and France are close allies.", [("ARM", "alliedWith", "FRA")]),
    ("Chile and Peru are allies.", [("CHL", "alliedWith", "PER")]),
    ("Sweden sent 500 peacekeepers to Lebanon.", [("SWE", "deploysTroopsTo", "LBN")]),
    ("Iran shipped artillery rounds and rockets to Russia.", [("IRN", "suppliesWeaponsTo", "RUS")]),
    ("The EU imposed trade curbs on Belarus.", [("EU", "sanctions", "BLR")]),
    # --- a subordinating "after" opens a clause also before a possessor ("after Niger's junta accused") ---
    ("Protests came a day after Niger's military administration accused France of interference.",
     [("NER", "accuses", "FRA")]),
    # --- 'it', 'them' right after a trigger verb: the actor named last after the subject ---------------
    ("Beijing hit back at Tokyo, accusing it of interfering in internal affairs.", [("CHN", "accuses", "JPN")]),
    ("Venezuela rejected Guyana's claims and accused it of provoking tensions.", [("VEN", "accuses", "GUY")]),
    ("China warned Japan that it would respond.", [("CHN", "threatens", "JPN")]),
    # --- the reason after "over"/"for" is the object's, past the rest of its phrase and modifiers -------
    ("The US sanctioned Ghana's army and two senior officers over their alleged support for the RSF.",
     [("USA", "sanctions", "GHA"), ("GHA", "supports", "RSF")]),
    ("Washington sanctioned Beijing over its support for Moscow.",
     [("USA", "sanctions", "CHN"), ("CHN", "supports", "RUS")]),
    ("Beijing condemned Washington over its arms sales to Taipei.",
     [("CHN", "accuses", "USA"), ("USA", "suppliesWeaponsTo", "TWN")]),
    # --- a number in digits counts the noun after it; it is no object of its own -----------------------
    ("Russia will expel 23 British diplomats.", [("RUS", "sanctions", "GBR")]),
    ("The US announced the expulsion of 60 Russian diplomats.", [("USA", "sanctions", "RUS")]),
    # --- compounds the dictionary does not know inflect as regular nouns ("airstrikes") ---------------
    ("India launched airstrikes on camps in Pakistan.", [("IND", "attacks", "PAK")]),
    # --- an operation condemned or answered is its agent's -------------------------------------------
    ("India bombed camps in Pakistan. Pakistani officials condemned the operation, vowing a response.",
     [("IND", "attacks", "PAK"), ("PAK", "accuses", "IND"), ("PAK", "threatens", "IND")]),
    # --- "Yemen's armed Houthi group" is the group's; "their drones" are the sentence subject's ---------
    ("Yemen's armed Houthi group seized a cargo ship. The Houthis have escalated their drone attacks "
     "against US warships.", [("HOUTHIS", "attacks", "USA")]),
    ("Tehran hosted talks. The Houthis have escalated their drone attacks against US warships.",
     [("HOUTHIS", "attacks", "USA")]),
    # --- a re-designation as a terrorist organization is a sanction ------------------------------------
    ("The U.S. re-designated the Houthi movement as a terrorist organization.", [("USA", "sanctions", "HOUTHIS")]),
    # --- entering into an agreement signs it; military gear shipped is supplied ------------------------
    ("Somalia strengthened its ties with Egypt, entering into a military agreement.",
     [("SOM", "signsAgreementWith", "EGY")]),
    ("Egypt has been shipping heavy military gear to Somalia since last month.", [("EGY", "suppliesWeaponsTo", "SOM")]),
    # --- claiming responsibility for an attack is making it; a light verb's negation is its noun's ------
    ("Hamas claimed responsibility for the rocket attack on Israel.", [("HAMAS", "attacks", "ISR")]),
    ("Ukraine did not claim responsibility for the attack on Moscow.", []),
    ("Serbia has not imposed sanctions on Russia since Moscow's invasion of Ukraine.", [("RUS", "attacks", "UKR")]),
    # --- a year before a name is a time, and the name the clause's subject ------------------------------
    ("In 2024 Chile sent 300 soldiers to Haiti.", [("CHL", "deploysTroopsTo", "HTI")]),
    # --- guests hosted together meet each other -------------------------------------------------------
    ("Trump hosted the leaders of Armenia and Azerbaijan at the White House.",
     [("USA", "meetsWith", "ARM"), ("USA", "meetsWith", "AZE"), ("ARM", "meetsWith", "AZE")]),
    # --- a gerund after "by" in a charge is the accused's; an accused that is no actor does nothing ----
    ("The Kremlin accused the West of escalating the conflict by supplying long-range missiles to Kyiv.", []),
    # --- "any attack" after "against" is no attack that happened --------------------------------------
    ("Speaking in Brussels, Rutte warned Russia against any attack on NATO territory.", []),
    # --- 'it' right after a verb of saying is the sayer -------------------------------------------------
    ("The United States announced on Friday that it had expelled two Russian diplomats.",
     [("USA", "sanctions", "RUS")]),
    # --- a word of the verb's own relation in a noun of another is still its own ("military aid to") --
    ("Germany pledged an additional €1 billion in military aid to Kyiv.", [("DEU", "suppliesWeaponsTo", "UKR")]),
    # --- praise heaped; military operations; a retaliation carried out is no threat -------------------
    ("A Cambodian official heaped praise on Trump for brokering the truce.", [("KHM", "praises", "USA")]),
    ("Israel launched a military operation against Hamas in Gaza.", [("ISR", "attacks", "HAMAS")]),
    ("Pakistan retaliated against India with drone strikes on military bases.", [("PAK", "attacks", "IND")]),
    # --- asked to stop, an act goes on; the asker reproaches the one asked ---------------------------------
    ("Germany urged China to stop supplying Russia with drone parts.",
     [("DEU", "accuses", "CHN"), ("CHN", "suppliesWeaponsTo", "RUS")]),
    ("Kyiv urged the UN to condemn Russia.", []),
    ("Paris called on Kigali to cease all support for the rebels.", [("FRA", "accuses", "RWA")]),
    # --- 'it' named by a verb of saying is a thing, not the sayer ("calling it a defeat") ----------------
    ("The Sudanese army condemned the RSF, calling it a moral defeat and a violation of humanitarian law.",
     [("SDN", "accuses", "RSF")]),
    # --- a gerund right after "after"/"following" tells what happened, whatever the clause asks ----------
    ("The Chilean and Peruvian presidents called for calm after meeting in Lima.", [("CHL", "meetsWith", "PER")]),
    ("Ghana called for restraint after talking with Togo's president.", [("GHA", "meetsWith", "TGO")]),
    # --- an unknown name set off by an apposition is the apposition's actor ------------------------------
    ("Ghana summoned Kofi Mensah, Togo's ambassador, on Monday.", [("GHA", "accuses", "TGO")]),
    ("Kenya's president hosted Amina Yusuf, the Somali foreign minister, in Nairobi.", [("KEN", "meetsWith", "SOM")]),
    ("Ghana summoned Kofi Mensah, Togo said.", []),
    # --- who says a noun's event takes no part in it when another actor stands between ------------------
    ("Seoul said Pyongyang would regret the visit.", []),
    ("Chile and Peru said the talks went well.", [("CHL", "meetsWith", "PER")]),
    # --- an organization between a possessor and its noun is the possessor's ("Sweden's NATO bid") -------
    ("Hungary finally ratified Sweden's NATO bid.", [("HUN", "supports", "SWE")]),
    ("Russia's UN envoy accused Britain of lying.", [("RUS", "accuses", "GBR")]),
    # --- a gapped phrase passes a possessive ending ("gave Guinea's junta a month …") ---------------------
    ("Peru gave Chile's ambassador 72 hours to leave.", [("PER", "sanctions", "CHL")]),
    # --- the antecedent of a relative clause is a party of its alliance noun -----------------------------
    ("Ghana, which is part of Togo's military alliance, sent troops to Mali.",
     [("GHA", "alliedWith", "TGO"), ("GHA", "deploysTroopsTo", "MLI")]),
    # --- a known surname before an unknown capitalized name is someone else's first name ---------------
    ("Hamas leaders met with Egyptian intelligence chief Abbas Kamel in Cairo.", [("HAMAS", "meetsWith", "EGY")]),
    ("Abbas met Blinken in Ramallah.", [("PSE", "meetsWith", "USA")]),
    # --- negotiations and discussions held are meetings; hopes of a deal are no deal ---------------------
    ("Kenya and Somalia are conducting negotiations in Nairobi.", [("KEN", "meetsWith", "SOM")]),
    ("Chile expressed hopes of reaching an agreement with Peru.", []),
    # --- a longer trigger whose 'needs' words the sentence lacks leaves the shorter one its place ----------
    ("Last year the M23 launched an uprising against the Congolese government.", [("M23", "attacks", "COD")]),
    # --- "in <city>" after an embassy or envoy is the host, not the owner ---------------------------------
    ("Norway expelled three officials from the Russian embassy in Oslo.", [("NOR", "sanctions", "RUS")]),
    # --- "to" after the object of a verb of purpose is the subject's act, after a demand the object's ------
    ("Ruto phoned Museveni to congratulate him on his victory.",
     [("KEN", "meetsWith", "UGA"), ("KEN", "praises", "UGA")]),
    ("Kenya called on Uganda to thank Somalia.", []),
    # --- a blocking verb before a possessor's act negates it ("blocked the EU's sanctions") -----------------
    ("Slovakia blocked the EU's new sanctions against Belarus.", []),
    # --- defence and army chiefs are their state's bodies ------------------------------------------------
    ("The defence chiefs of Chile and Peru held talks in Lima.", [("CHL", "meetsWith", "PER")]),
    # --- an -ing clause after 'while', 'after', 'before' shares the sentence's subject, also through 'to' ---
    ("Chile criticised Peru's fishing quotas while agreeing to provide humanitarian aid to Bolivia.",
     [("CHL", "accuses", "PER"), ("CHL", "providesAidTo", "BOL")]),
    ("Ghana's president left Accra after signing a trade deal with Togo.", [("GHA", "signsAgreementWith", "TGO")]),
    # --- an -ing clause opening the sentence: its subject follows the comma that closes it ----------------
    ("Blaming Belarus for the blackout, Lithuania expelled two Belarusian diplomats.",
     [("LTU", "accuses", "BLR"), ("LTU", "sanctions", "BLR")]),
    ("After meeting Lula in Brasilia, Milei flew home.", [("ARG", "meetsWith", "BRA")]),
    ("Before visiting Kenya, the Brazilian president met the South African president in Pretoria.",
     [("BRA", "meetsWith", "KEN"), ("BRA", "meetsWith", "ZAF")]),
    ("According to Ghana's foreign ministry, Togo mediated talks between Mali and Niger.",
     [("MLI", "meetsWith", "TGO"), ("NER", "meetsWith", "TGO")]),
    # --- a forbidden word before a list of actors reaches the trigger after the list ----------------------
    ("Soldiers from Chile, Peru and Brazil arrived in Haiti.",
     [("BRA", "deploysTroopsTo", "HTI"), ("CHL", "deploysTroopsTo", "HTI"), ("PER", "deploysTroopsTo", "HTI")]),
    # --- a pledge of mutual defence or of consultation under threat is an alliance, not aid -----------------
    ("Sweden and Finland have pledged to consult each other and come to each other's aid if attacked.",
     [("FIN", "alliedWith", "SWE")]),
    ("The two ministers agreed to consult each other on trade.", []),
    # --- the deal named again: its content binds its parties; only who tells of it is no party ---------------
    ("Chile, Peru and Ecuador held a summit in Lima. The agreements included a pledge to consult each other "
     "promptly in case of threats posed by Bolivia's smugglers.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "ECU"), ("ECU", "meetsWith", "PER"),
      ("CHL", "signsAgreementWith", "PER"), ("CHL", "signsAgreementWith", "ECU"), ("ECU", "signsAgreementWith", "PER"),
      ("CHL", "alliedWith", "PER"), ("CHL", "alliedWith", "ECU"), ("ECU", "alliedWith", "PER")]),
    ("Chile and Peru held talks in Lima. The agreement sets new fishing quotas, Bolivia said.",
     [("CHL", "meetsWith", "PER")]),
    ("Qatar and Egypt held talks in Cairo. The truce had largely held, offering relief to Gaza's residents.",
     [("EGY", "meetsWith", "QAT")]),
    # --- forces sent as part of a body's mission: the body deploys there too ----------------------------------
    ("Italy sent 200 soldiers to Latvia under a NATO mission.",
     [("ITA", "deploysTroopsTo", "LVA"), ("NATO", "deploysTroopsTo", "LVA")]),
    # --- forces sent to shore up a state's defence go to that state ------------------------------------------
    ("The Czech Republic deployed a helicopter unit to bolster Poland's defences.",
     [("CZE", "deploysTroopsTo", "POL")]),
    ("Russia sent troops to defend Belarus.", [("RUS", "deploysTroopsTo", "BLR")]),
    ("Three hundred Italian soldiers landed in Pristina to bolster NATO's peacekeeping force in Kosovo.",
     [("ITA", "deploysTroopsTo", "XKX"), ("NATO", "deploysTroopsTo", "XKX")]),
    # --- aid for the people, relief or reconstruction of a place goes to that place's state -------------------
    ("The United States announced humanitarian aid of $30 million to support communities affected by floods "
     "in Pakistan.", [("USA", "providesAidTo", "PAK")]),
    ("Japan gave 10 million dollars in aid for reconstruction in Haiti.", [("JPN", "providesAidTo", "HTI")]),
    # --- support for a state's sovereignty, told with "of"; support as a role, a side taken or a vote --------
    ("Kenya restated its support for the territorial integrity and sovereignty of Somalia.",
     [("KEN", "supports", "SOM")]),
    ("India supports the sovereignty of all countries, including Ukraine.", []),
    ("Spain came out in support of Morocco's autonomy plan.", [("ESP", "supports", "MAR")]),
    ("Portugal voted in favour of Brazil's resolution.", [("PRT", "supports", "BRA")]),
    ("Italy is a staunch supporter of Albania's bid to join the EU.", [("ITA", "supports", "ALB")]),
    ("Kenya is not a supporter of Somalia's plan.", []),
    # --- displeasure, dissatisfaction and complaints voiced at another's act reproach it ----------------------
    ("China expressed strong dissatisfaction with Japan's remarks.", [("CHN", "accuses", "JPN")]),
    ("Serbia lodged a formal complaint against Kosovo.", [("SRB", "accuses", "XKX")]),
    # --- "its neighbour" is the state named before other than the subject ------------------------------------
    ("Chad recalled its envoy from Sudan, accusing its neighbour of arming the rebels.",
     [("TCD", "accuses", "SDN")]),
    # --- measures pledged against someone threaten them ------------------------------------------------------
    ("China said it would take resolute measures against the Philippines.", [("CHN", "threatens", "PHL")]),
    # --- an ambassador recalled for consultations meets no one -------------------------------------------------
    ("Peru recalled its ambassador in Mexico for consultations.", []),
    # --- "by -ing" after a charge is the accused's act; after a reply, the subject's ---------------------------
    ("The Colombian President responded by accusing Venezuela of lying.", [("COL", "accuses", "VEN")]),
    # --- signatures put to a deal sign it --------------------------------------------------------------------
    ("Brazil and Argentina put their signatures to a new trade accord.", [("ARG", "signsAgreementWith", "BRA")]),
    # --- a name hyphenated to a participle is no list member: the noun it qualifies is ---------------------
    ("Clashes between Israel and Iran-backed Hezbollah flared again.",
     [("ISR", "attacks", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR"), ("IRN", "supports", "HEZBOLLAH")]),
    ("A truce ended the fighting between Turkey and the Russia-backed militia.", []),
    # --- a name before a private noun only says where the firms are from (ANNOTATION rule 10) ---------------
    ("Beijing sanctioned six US aerospace companies.", []),
    # --- an act named as the reason ("over", "in response to") is not the sanctioning subject's ------------
    ("Tokyo imposed sanctions on two Chinese firms over weapons shipments to Russia.", []),
    ("Beijing imposed sanctions in response to US arms sales to Taiwan.", [("USA", "suppliesWeaponsTo", "TWN")]),
    # --- opposing or avoiding an act is not doing it ------------------------------------------------------
    ("Brazil and India opposed any new sanctions on Iran.", []),
    ("Seoul advised its citizens to avoid travelling to Russia.", []),
    # --- peacekeepers hit by someone are deployed by their mission, not by the shooter ----------------------
    ("Hezbollah drew protests after it shelled a base of the United Nations peacekeepers in Lebanon.",
     [("HEZBOLLAH", "attacks", "UN"), ("UN", "deploysTroopsTo", "LBN")]),
    # ... while a verb the inflection tables do not know stays a verb after "to" ("to bankroll")
    ("Brussels agreed to bankroll Moldova for two more years.", [("EU", "providesAidTo", "MDA")]),
    # --- "has faced criticism": "has" is the auxiliary of "faced", not a light verb of the noun --------------
    ("Israel has faced a wave of criticism after its tanks hit positions of the United Nations peacekeepers "
     "in southern Lebanon.", [("ISR", "attacks", "UN"), ("UN", "deploysTroopsTo", "LBN")]),
    # --- criticism told from the side it is aimed at: "X drew condemnation from Y" --------------------------
    ("Serbia's arms purchase drew sharp criticism from Croatia.", [("HRV", "accuses", "SRB")]),
    ("Israel has faced criticism from France and Spain over the strikes.",
     [("FRA", "accuses", "ISR"), ("ESP", "accuses", "ISR")]),
    # --- a trigger noun inside a reduced relative ("firms involved in …") is not the light verb's act -------
    ("Tokyo imposed sanctions on Chinese firms linked to drone deliveries to Russia.", []),
    ("Canberra imposed sanctions on Iranian officials involved in missile transfers to Russia.",
     [("AUS", "sanctions", "IRN")]),
    # --- "X-led": the leader acts through what it leads ---------------------------------------------------
    ("The US-led invasion of Iraq began in 2003.", [("USA", "attacks", "IRQ")]),
    ("A Russian-led force shelled Ukrainian positions near Kharkiv.", [("RUS", "attacks", "UKR")]),
    # --- "warned that" about a third party, with no one warned, is a caution, not a threat ------------------
    ("Tokyo warned that Chinese warships were sailing near its islands.", []),
    ("Seoul warned that Pyongyang's missile programme endangers the region.", []),
    # ... but "it" after "warned that" is the one who warns, and its own threat counts
    ("Rome warned that it would retaliate against Vienna.", [("ITA", "threatens", "AUT")]),
    # --- troops sent "to help"/"to support" a party deploy to that party, not to where its war is ---------------
    ("Pyongyang sent 1,500 soldiers to support Moscow's war in Ukraine.",
     [("PRK", "deploysTroopsTo", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Observers reported the arrival of Russian soldiers in Belarus.", [("RUS", "deploysTroopsTo", "BLR")]),
    # --- "fired/launched/used X's weapons at/against Y": the target is after the preposition, not the maker ----
    ("Russia launched North Korean missiles at Kyiv.", [("RUS", "attacks", "UKR")]),
    ("Kyiv said it had no plans to use Western missiles against Russia.", []),
    # --- "after" opening a clause: a list before its verb is that clause's subject, not a PP object -----------
    ("Minsk protested after Vilnius and Riga imposed new sanctions on Belarus.",
     [("LTU", "sanctions", "BLR"), ("LVA", "sanctions", "BLR"), ("BLR", "accuses", "LTU"), ("BLR", "accuses", "LVA")]),
    # --- an answer with no object of its own answers the subject of the "after" clause -----------------------
    ("Beijing vowed to retaliate after Canada and Australia imposed sanctions on Chinese officials.",
     [("CHN", "threatens", "CAN"), ("CHN", "threatens", "AUS"), ("CAN", "sanctions", "CHN"),
      ("AUS", "sanctions", "CHN")]),
    ("Seoul protested after Tokyo approved new textbooks.", [("KOR", "accuses", "JPN")]),
    # ... but "hit back" told in the past reports an answer given, not a threat ("will hit back" is one)
    ("Minsk hit back after Vilnius and Riga imposed new sanctions on Belarus.",
     [("LTU", "sanctions", "BLR"), ("LVA", "sanctions", "BLR")]),
    # --- an airspace violation told from the side whose airspace it is ---------------------------------------
    ("Finnish airspace was violated by two Russian helicopters on Friday.", [("RUS", "attacks", "FIN")]),
    # --- an attack word inside an idiom of criticism or threat is that idiom's ("hit out at") ---------------
    ("The Jordanian foreign minister hit out at Syria over the shelling.", [("JOR", "accuses", "SYR")]),
    ("Kyiv struck back at Moscow with a wave of drone raids.", [("UKR", "attacks", "RUS")]),
    # --- a name, a plural attack word and a preposition opening the clause are the subject of a later verb:
    # the noun "attacks" the name modifies, its place the target ("Hamas attacks in southern Israel killed ...")
    ("Hezbollah raids in the Galilee wounded three farmers.", [("HEZBOLLAH", "attacks", "ISR")]),
    ("Hamas raids in southern Israel left five people dead.", [("HAMAS", "attacks", "ISR")]),
    # ... and so are they as the object of a verb that does not report speech
    ("Estonia condemned Hezbollah raids in the Galilee.",
     [("EST", "accuses", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
    # --- a negation of holding back or hesitating asserts the act ("did not hesitate to condemn") ----------
    ("Latvia did not hesitate to denounce Belarus.", [("LVA", "accuses", "BLR")]),
    ("Finland has not held back in criticising Moscow.", [("FIN", "accuses", "RUS")]),
    ("Norway did not shy away from accusing Russia.", [("NOR", "accuses", "RUS")]),
    ("Slovakia did not hold talks with Poland.", []),
    # --- a judged act after a time possessive or a compound noun is still the act judged: its agent is accused
    ("Lithuania condemned Sunday's drone incursion by Belarus.", [("LTU", "accuses", "BLR")]),
    ("Seoul denounced Friday's North Korean rocket barrage.", [("KOR", "accuses", "PRK")]),
    ("Tallinn condemned Tuesday's Russia drone raid on Narva.", [("EST", "accuses", "RUS"), ("RUS", "attacks", "EST")]),
    # ... and an attack noun after a determiner or possessive and two or three modifiers is a noun, its agent
    # the "by" phrase, not the subject of the verb before it
    ("Helsinki denounced last week's sustained artillery assault by Russia on Kharkiv.",
     [("FIN", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    # fighting the other side's attack noun is defence: the attack noun's agent attacks the fighter
    ("Japan pledged to help Taiwan fight Chinese aggression.", [("CHN", "attacks", "TWN")]),
    ("Georgia has resisted and fought the Russian occupation for years.", [("RUS", "attacks", "GEO")]),
    # a body its possessor owns is not the body of the capital after it ("Finland's president in Tallinn")
    ("Latvia's foreign minister met Lithuania's president in Riga.", [("LVA", "meetsWith", "LTU")]),
    # a reported judgement noun owns the adjective or possessive right before it, even in an "of" phrase
    ('"The persistence of Serbian provocations endangers the region," the Croatian premier said.',
     [("HRV", "accuses", "SRB")]),
    ('"We want an end to Belarus\'s provocations," Lithuania\'s foreign minister said.', [("LTU", "accuses", "BLR")]),
    # an accusation with no object judges the actor that opens the clause it answers ("after", "when", "as")
    ("Finland filed a formal protest after Russian warplanes flew low over the Gulf.", [("FIN", "accuses", "RUS")]),
    ("Estonia voiced outrage as Belarus jailed opposition figures.", [("EST", "accuses", "BLR")]),
    # a past form between a noun and its agent is a reduced relative: the agent is the criticised act's author
    ("Hanoi criticized the maps published by Beijing.", [("VNM", "accuses", "CHN")]),
    # pushing back against something is rejecting it; "inappropriate" judges like "unacceptable"
    ("Seoul pushed back against claims by Pyongyang.", [("KOR", "accuses", "PRK")]),
    ("Ottawa said the Indian military drills near the border were inappropriate.", [("CAN", "accuses", "IND")]),
    # a plural opening the sentence is a noun: no third-person verb opens an English sentence
    ("Sanctions imposed on Caracas by Ottawa took effect in May.", [("CAN", "sanctions", "VEN")]),
    # a possessive right after a hostile verb is not its doer's: no one strikes its own bases
    ("Washington said Tehran had attacked its bases in the Gulf.", [("IRN", "attacks", "USA")]),
    # "each side … the other": both parties, each to the other
    ("Peru and Ecuador held talks in Lima. Each side blamed the other for the delay.",
     [("PER", "meetsWith", "ECU"), ("PER", "accuses", "ECU"), ("ECU", "accuses", "PER")]),
    # --- a body noun "of the" a name is that name's body, as with a bare "of" ("the president of the ...") ----
    ("The foreign minister of the Netherlands denounced Belarus.", [("NLD", "accuses", "BLR")]),
    ("Envoys of the United Kingdom and Canada criticised Beijing.",
     [("GBR", "accuses", "CHN"), ("CAN", "accuses", "CHN")]),
    # --- quote marks inside a gapped phrase do not use up its gap ('pay a "steep" price') -----------------
    ('Beijing said Taipei would pay a "steep" price for the visit.', [("CHN", "threatens", "TWN")]),
    # --- '"…," the official said': a definite office with no state of its own is the narration's speaker -
    ('Hungary\'s prime minister spoke on Friday. "Brussels will pay a heavy price," the official added.',
     [("HUN", "threatens", "EU")]),
    # --- "X threatened that Y would …": the subject of the threat's "that" clause is the one threatened ----
    ("Tehran threatened on Tuesday that Baku's leaders would be punished.", [("IRN", "threatens", "AZE")]),
    ("Minsk threatened that it would respond to Warsaw.", [("BLR", "threatens", "POL")]),
    # --- criticism told by the side it is aimed at names its giver inside the phrase too ("drew Y's criticism",
    # "rejected Y's accusations"); an accusation rejected on another's behalf is no edge
    ("The Chilean plan drew Bolivia's sharp criticism.", [("BOL", "accuses", "CHL")]),
    ("Quito dismissed the Peruvian accusations.", [("PER", "accuses", "ECU")]),
    ("Ankara rejected accusations against Baku.", []),
    # --- a giving verb with no recipient gives to the one its purpose infinitive of helping names -----------
    ("Norway will send artillery shells to help Kyiv hold the front.", [("NOR", "suppliesWeaponsTo", "UKR")]),
    ("Sweden delivered air defence systems to bolster Lithuania's defences.", [("SWE", "suppliesWeaponsTo", "LTU")]),
    ("Russia sent weapons to support its own troops.", []),
    # --- '"…," X's envoy to the OSCE said': the speaker is the sender of the mission, not where it is sent -----
    ('"Belarus must stop the provocations," Poland\'s envoy to the OSCE said.', [("POL", "accuses", "BLR")]),
    ('"Moscow must end its aggression," the Dutch mission to the UN wrote.', [("NLD", "accuses", "RUS")]),
    # --- "key" and "joint" premodify: a possessive before them owns the noun ("its key mediation") -----------
    ("Kuwait has suspended its key mediation efforts between Iran and Iraq, officials said.",
     [("KWT", "meetsWith", "IRN"), ("KWT", "meetsWith", "IRQ")]),
    # --- an adverb between a participle and its "by" agent ("talks mediated largely by Egypt") ---------------
    ("Serbia and Kosovo signed a deal brokered mainly by the EU.",
     [("EU", "meetsWith", "SRB"), ("EU", "meetsWith", "XKX"), ("SRB", "signsAgreementWith", "XKX")]),
    # --- a fronted phrase's last name is no conjunct of the subject list after its comma; "their" is the list's
    ("Amid the fighting in the Gaza Strip, Oman and Kuwait renewed their joint mediation between Hamas and Israel.",
     [("OMN", "meetsWith", "HAMAS"), ("OMN", "meetsWith", "ISR"), ("KWT", "meetsWith", "HAMAS"),
      ("KWT", "meetsWith", "ISR")]),
    ("After the summit in Brussels, France and Germany condemned Russia.",
     [("FRA", "accuses", "RUS"), ("DEU", "accuses", "RUS")]),
    # --- an -ing clause after a comma shares a subject that is a possessor's office ("X's government …, accusing")
    ("Serbia's president rejected Croatia's report, accusing Zagreb of bias.", [("SRB", "accuses", "HRV")]),
    # --- an attack noun with no target strikes the state a locative phrase opening the sentence names --------
    ("In northern Iraq, Turkish air strikes continued on Sunday.", [("TUR", "attacks", "IRQ")]),
    ("In Kyiv, the minister said Russian strikes had intensified.", []),
    ("In Paris, Macron condemned Russian strikes.", [("FRA", "accuses", "RUS")]),
    # --- a verb of saying in an -ing clause after a comma speaks for the sentence's subject, not the actor nearest it
    ('Chile rebuked Peru on Friday, calling the Bolivian blockade "an act of aggression".',
     [("CHL", "accuses", "PER"), ("CHL", "accuses", "BOL")]),
    # --- a word of saying before a noun's head modifies it ("state" of "state terrorism") and says nothing
    ('Chile described the Bolivian raids as "state terrorism".', [("CHL", "accuses", "BOL")]),
    # --- "together with" joins a list as "and" does; right after a verb it names one who acts with the subject
    ("Chile, together with Peru, sent troops to Bolivia.",
     [("CHL", "deploysTroopsTo", "BOL"), ("PER", "deploysTroopsTo", "BOL")]),
    ("Chile sent, together with Peru, troops to Bolivia.",
     [("CHL", "deploysTroopsTo", "BOL"), ("PER", "deploysTroopsTo", "BOL")]),
    # --- mediated talks may be held apart, but the parties of a mediated meeting meet each other
    ("Chile mediated talks between Peru and Bolivia.", [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "BOL")]),
    ("Chile mediated a meeting between Peru and Bolivia.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "BOL"), ("PER", "meetsWith", "BOL")]),
    # --- the possessor a copula trigger's gap holds is whom the noun serves ("is Peru's biggest donor")
    ("Chile is Peru's biggest donor.", [("CHL", "providesAidTo", "PER")]),
    ("Chile remains Peru's main backer.", [("CHL", "supports", "PER")]),
    # --- representatives and delegates of a state are its body, as its negotiators are (Polish and German had them)
    ("Representatives of Bolivia and Ecuador sat down for negotiations in Lima.", [("BOL", "meetsWith", "ECU")]),
    # --- a list of actors goes on past a noun of the next one's kind ("the militant group")
    ("Chile mediated between Peru and the militant group Hamas.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "HAMAS")]),
    # --- names chained by hyphens before "-led" all lead; an en dash set between two words is a hyphen
    ("A Chilean-Peruvian-led coalition backed by Brazil intervened in Bolivia.",
     [("BRA", "supports", "CHL"), ("BRA", "supports", "PER")]),
    ("A Chilean–led coalition backed by Brazil intervened in Bolivia.", [("BRA", "supports", "CHL")]),
    # --- a preposition after a comma continues a list only when it repeats the one before the list
    ("Chile had not discussed it with Peru, after Bolivia and Ecuador concluded talks in Quito.",
     [("BOL", "meetsWith", "ECU")]),
    ("Chile sent troops to Peru and to Bolivia.",
     [("CHL", "deploysTroopsTo", "PER"), ("CHL", "deploysTroopsTo", "BOL")]),
    # --- a participle and its agent opening the sentence end at their comma and are said of the subject after it
    ("Backed by Tehran, the Houthis hold much of northern Yemen.", [("IRN", "supports", "HOUTHIS")]),
    ("Backed by the United States, Israel struck Iran.", [("USA", "supports", "ISR"), ("ISR", "attacks", "IRN")]),
    ("Supported by Rwanda, the M23 rebels seized Goma.", [("RWA", "supports", "M23"), ("M23", "attacks", "COD")]),
    # --- who ends a war, or talks of ending it, does not wage it
    ("The American envoy met Russian officials about a way to end the war in Ukraine.", [("USA", "meetsWith", "RUS")]),
    ("Brazil pledged to help end the war in Sudan.", []),
    # --- a name after an article and adjectives, then a trigger form, is a noun phrase ("a large-scale X attack")
    ("Fighting broke out after a massive Hezbollah assault on northern Israel.", [("HEZBOLLAH", "attacks", "ISR")]),
    ("Talks stalled after a massive Hezbollah attack on northern Israel.", [("HEZBOLLAH", "attacks", "ISR")]),
    # --- a mediator's participle after a deal with one party named: it meets both sides of that deal
    ("Chile signed a truce with Peru, brokered by Brazil.",
     [("CHL", "signsAgreementWith", "PER"), ("BRA", "meetsWith", "CHL"), ("BRA", "meetsWith", "PER")]),
    # --- a trigger word the inflection tables do not know is a noun after a possessive ("Washington's ally, Qatar")
    ("The talks were led by Brazil's ally, Chile.", [("BRA", "alliedWith", "CHL")]),
    ("Peru joined a mission led by Washington's ally, Chile.", [("USA", "alliedWith", "CHL")]),
    # --- a hyphenated pair before an attack aimed at a third actor acts together against it (as Polish already did)
    ("The Chile-Peru strikes on Bolivian positions continued.", [("CHL", "attacks", "BOL"), ("PER", "attacks", "BOL")]),
    # --- a threat's infinitive names whom it is aimed at, through the act's verbs
    ("Chile threatened to use its army to make Peru sign a deal.", [("CHL", "threatens", "PER")]),
    # --- an -ing clause after a denial and its comma is the denier's own next act, not denied
    ("Rwanda refuted the claims, blaming Congo and Burundi for the violations.",
     [("RWA", "accuses", "COD"), ("RWA", "accuses", "BDI")]),
    ("Kenya rejected the accusations, condemning the raids and blaming Uganda for them.", [("KEN", "accuses", "UGA")]),
    # --- a setting noun ("on the sidelines") adds no meeting among the partners its clause's verb names
    ("On the sidelines, the Chilean defence minister met with counterparts of Peru, Bolivia and Ecuador.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "BOL"), ("CHL", "meetsWith", "ECU")]),
    # --- force pledged on a condition that follows it threatens the one the condition names
    ("Chile said it would strike if Peru moves troops to the border.", [("CHL", "threatens", "PER")]),
    ("Bolivia warned that it will attack should the truce fail, and if Chile crosses the river.",
     [("BOL", "threatens", "CHL")]),
    ("Peru will not strike back if Chile withdraws.", []),
    # --- a verb of negating before the phrase its trigger noun ends negates it, however long the phrase
    ("Finland vetoed a 2 billion euro Swedish military aid package for Estonia.", []),
    ("Chile has blocked a 40 million dollar Bolivian loan to Peru.", []),
    # --- an infinitive of purpose after an attack verb and its object is the attacker's own act
    ("Chile struck Peru to warn Bolivia.", [("CHL", "attacks", "PER"), ("CHL", "threatens", "BOL")]),
    # --- a mutual noun with its owner and partners after "with": the owner with each, not the partners together
    ("Argentina was angered by recent Chilean security pacts with Peru and Bolivia.",
     [("CHL", "signsAgreementWith", "PER"), ("CHL", "signsAgreementWith", "BOL")]),
    # --- a capital named after a comma, right after the phrase "in the X capital", is the venue again
    ("The Chilean and Peruvian leaders met in the Bolivian capital, La Paz, on Monday.", [("CHL", "meetsWith", "PER")]),
    # --- an adjective actor right after a hyphen compound takes the preposition the compound stands after
    ("Doha condemned the raids by Iran-backed Houthi militias on Oman.",
     [("QAT", "accuses", "HOUTHIS"), ("HOUTHIS", "attacks", "OMN"), ("IRN", "supports", "HOUTHIS")]),
    # --- "one of X's backers" in an apposition: the name before the comma is the backer
    ("Peru, one of the ELN's main backers, hosted the talks.", [("PER", "supports", "ELN")]),
    # --- a bare plural attack noun right after a full verb is that verb's object, not a verb of the subject's
    ("Chile condemned attacks on Peru.", []),
    ("Bolivia condemned attacks by Chilean troops on Peru.", [("BOL", "accuses", "CHL"), ("CHL", "attacks", "PER")]),
    # --- a possessor before a noun whose "of" phrase names the one it befalls is the noun's agent
    ("The row follows Chile's expulsion of four Peruvian diplomats.", [("CHL", "sanctions", "PER")]),
    # --- two hyphens set off by spaces are a dash: the aside after it is no part of the clause before
    ("Chile and Peru formed a strategic partnership -- a status Quito holds with Brazil and Bolivia.",
     [("CHL", "alliedWith", "PER")]),
    # --- "the move", "the decision": the last act's decider, the subject its clause named, not an organisation
    # whose measures the states impose ("X moved to restore UN sanctions on Y. Y condemned the move")
    ("Norway and Canada moved to restore broad UN sanctions on Syria. Damascus condemned the move as reckless.",
     [("NOR", "sanctions", "SYR"), ("CAN", "sanctions", "SYR"), ("UN", "sanctions", "SYR"),
      ("SYR", "accuses", "NOR"), ("SYR", "accuses", "CAN")]),
    ("Ottawa and Canberra triggered the snapback of UN sanctions on Pyongyang. A week later the UN sanctions on "
     "Pyongyang took effect again. Seoul welcomed the decision.",
     [("CAN", "sanctions", "PRK"), ("AUS", "sanctions", "PRK"), ("UN", "sanctions", "PRK"),
      ("KOR", "supports", "CAN"), ("KOR", "supports", "AUS")]),
]


test_rule = edge_cases(CASES, "en")
