"""German word order in the engine: verb-second, verb-final clauses, and what the lexicon's
[settings] switch on for them. Every sentence is our own; each case fails without its rule.
"""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # who condemns a visit takes no part in it
    ("Moskau verurteilte den Besuch des litauischen Außenministers.", [("RUS", "accuses", "LTU")]),
    # the office of a person the article introduces meets a trigger's 'needs' (a diplomat expelled)
    ("Litauen wies den belarussischen Botschafter Andrej Kowaltschuk aus.", [("LTU", "sanctions", "BLR")]),
    # a trigger noun in a "zu" infinitive clause: its light verb's subject is the clause before's subject
    ("Kanada beschloss am Freitag, weitere Sanktionen gegen Belarus zu verhängen.", [("CAN", "sanctions", "BLR")]),
    # a trigger phrase that ends in its "zu" infinitive has no subject of its own: the dative is no subject
    ("Oslo versprach, der Ukraine weitere Raketen zur Verfügung zu stellen.", [("NOR", "suppliesWeaponsTo", "UKR")]),
    # a warning that someone does something (a plain verb) is about them, not a threat to them; a future or a
    # copula tells what will befall them
    ("Estland warnt, dass Russland gezielt Störsender an der Grenze betreibt.", [("EST", "accuses", "RUS")]),
    ("Moskau warnte, dass französische Ausbilder in der Ukraine legitime Ziele seien.", [("RUS", "threatens", "FRA")]),
    # … but not an actor called upon to act (a demand)
    ("Kiew forderte Kanada auf, weitere Sanktionen gegen Belarus zu verhängen.", []),
    # a place hyphenated to a noun names that noun ("des Gaza-Kriegs"): no place an attack struck
    ("Auslöser des Gaza-Kriegs war ein Angriff der Hamas und verbündeter Milizen im Herbst.", []),
    # verb-second: the subject after the verb is its first noun phrase, not an actor farther on
    ("Am Montag griff Russland die Ukraine an. Ein Sprecher der Regierung verurteilte den Angriff "
     "und forderte Belarus zur Zurückhaltung auf.", [("RUS", "attacks", "UKR")]),
    # verb-final: a title and the person it names are one actor, not subject and object
    ("US-Präsident Donald Trump hat Venezuela mit einer Militärintervention gedroht.",
     [("USA", "threatens", "VEN")]),
    # a dateline set off by a spaced hyphen is not the subject (spaced_hyphen_dash)
    ("Manila - Ein Schiff der chinesischen Küstenwache hat mit Wasserwerfern auf philippinische "
     "Soldaten geschossen.", [("CHN", "attacks", "PHL")]),
    # German closing quotes end a sentence: the conditional inside the quote stays there
    ("Orban sagte, Sanktionen würden nur »schaden.« Russland griff die Ukraine erneut an.",
     [("RUS", "attacks", "UKR")]),
    # an agent before the participle that modifies a noun (prenominal_agent)
    ("Die von Ruanda unterstützte Rebellengruppe M23 kontrolliert den Osten.", [("RWA", "supports", "M23")]),
    # a passive auxiliary after its participle at the end of a subordinate clause
    ("Kiew teilte mit, dass die Ukraine von Russland angegriffen wurde.", [("RUS", "attacks", "UKR")]),
    # a light verb closing the clause after its trigger noun
    ("Nachdem Russland eine Offensive gegen die Ukraine gestartet hat, floh die Bevölkerung.",
     [("RUS", "attacks", "UKR")]),
    ("Bekannt ist, dass Japan gegen Russland neue Sanktionen verhängt hat.", [("JPN", "sanctions", "RUS")]),
    # a genitive before the verb takes the preposition of the phrase it belongs to: a mediator, not a party
    ("Ruanda und die Demokratische Republik Kongo haben unter Vermittlung der USA ein Abkommen unterzeichnet.",
     [("RWA", "signsAgreementWith", "COD"), ("USA", "meetsWith", "RWA"), ("USA", "meetsWith", "COD")]),
    # ... but a name before its noun owns that noun ("Israels Angriffe"), whatever comes before it
    ("Die EU hat gestern Irans Angriffe auf Israel verurteilt.",
     [("EU", "accuses", "IRN"), ("IRN", "attacks", "ISR")]),
    # close apposition (close_apposition): the name after a common noun is that noun
    ("Israel griff die Schiitenmiliz Hisbollah im Libanon an.", [("ISR", "attacks", "HEZBOLLAH")]),
    ("Die USA verhängten Sanktionen gegen den Inselstaat Kuba.", [("USA", "sanctions", "CUB")]),
    # ("ihrer Verbündeten Südkorea und Japan": the allies of the USA, not of each other)
    ("Die Manöver Frankreichs und seiner Verbündeten Belgien und Spanien stören Moskau.",
     [("FRA", "alliedWith", "BEL"), ("FRA", "alliedWith", "ESP")]),
    # a body inside the gap of a separable verb, and quotation marks inside the gap
    ("Washington wirft der Regierung in Caracas vor, den Drogenhandel zu dulden.", [("USA", "accuses", "VEN")]),
    ("Kurti warf der serbischen Regierung „Kriegspläne“ vor.", [("XKX", "accuses", "SRB")]),
    # a trigger noun fronted as the object takes the modality of the verb after it
    ("Auch die Entsendung deutscher Soldaten in die Ukraine schloss Merz aus.", []),
    ("Die Angriffe Russlands auf die Ukraine könnten zunehmen.", [("RUS", "attacks", "UKR")]),
    # a negation after a trigger noun negates the full verb after it, not the noun
    ("Indien hat Russlands Angriffskrieg auf die Ukraine bisher nicht verurteilt.", [("RUS", "attacks", "UKR")]),
    # "Krieg in" is a noun: inside a prepositional phrase it takes no subject from the clause's verb
    ("Xi Jinping traf Wladimir Putin in Peking. Nach einem Austausch über den Krieg in der Ukraine setzten "
     "die Staatschefs die Verhandlungen fort.", [("CHN", "meetsWith", "RUS")]),
    # a genitive before the noun's marked object is its agent (agentive_genitive); alone it is its object
    ("Die Unterstützung des belarussischen Regimes für den russischen Angriffskrieg bleibt unannehmbar.",
     [("BLR", "supports", "RUS")]),
    ("Die Unterstützung der Huthi durch den Iran ist seit Jahren belegt.", [("IRN", "supports", "HOUTHIS")]),
    # a verb in second place has its objects after it: the co-subjects before it are not objects
    # and everything before it is one constituent: the actors joined by "und" there are all its subject
    ("Ägyptens Geheimdienstchef Hassan Raschad und CIA-Chef William Burns "
     "trafen am Freitag in Doha ein.",
     [("EGY", "meetsWith", "QAT"), ("USA", "meetsWith", "QAT"), ("EGY", "meetsWith", "USA")]),
    # a participle set off by commas after its noun acts on that noun
    ("Die Lage spitzte sich zu, als M23-Kämpfer, unterstützt von Ruanda, zwei Orte besetzten.",
     [("RWA", "supports", "M23")]),
    # an abbreviation in parentheses does not cut the clause
    ("Ruanda und die Demokratische Republik Kongo (DRK) haben ein Abkommen unterzeichnet.",
     [("RWA", "signsAgreementWith", "COD")]),
    # relative clauses opened by the article's forms (relative_article): the noun before the comma is
    # the antecedent, the relative clause's first actor the subject of a light verb that closes it ...
    ("Der Krieg, den Russland gegen die Ukraine führt, dauert an.", [("RUS", "attacks", "UKR")]),
    ("Die Sanktionen, die die EU gegen Russland verhängt hat, zeigen Wirkung.", [("EU", "sanctions", "RUS")]),
    # ... a nominative pronoun makes an actor antecedent the subject, and the main clause after the
    # relative clause keeps it
    ("Nordkorea, das Russland mit Munition beliefert, verlangt mehr Öl.",
     [("PRK", "suppliesWeaponsTo", "RUS")]),
    ("Russland, das die Ukraine im Februar 2022 überfallen hat, bestreitet alles.", [("RUS", "attacks", "UKR")]),
    ("Merz, der am Montag in Vilnius war, sicherte Litauen Unterstützung zu.", [("DEU", "supports", "LTU")]),
    # ... a preposition before the pronoun: the antecedent is not the subject
    ("Die Nato zwang serbische Truppen zum Rückzug aus der Provinz, in der albanische Kämpfer für die "
     "Unabhängigkeit kämpften.", []),
    # a title with its article and no name is the last person of that office named before
    ("Merz reiste nach Kiew. Der Kanzler sicherte der Ukraine die volle Unterstützung zu.",
     [("DEU", "meetsWith", "UKR"), ("DEU", "supports", "UKR")]),
    ("Der litauische Präsident Nausėda empfing Merz. Der Kanzler dankte dem Präsidenten.",
     [("DEU", "meetsWith", "LTU"), ("DEU", "praises", "LTU")]),
    # a "zu" infinitive after a comma is a clause of its own: its subject is the subject of the clause
    # before, or the object of an accusation or a demand there; that clause's modality reaches it
    ("Merz kündigte an, die Ukraine weiter zu unterstützen.", [("DEU", "supports", "UKR")]),
    ("Kiew wirft Moskau vor, Polen angegriffen zu haben.", [("UKR", "accuses", "RUS"), ("RUS", "attacks", "POL")]),
    ("Deutschland versprach, der Ukraine weitere Panzer zu liefern.", [("DEU", "suppliesWeaponsTo", "UKR")]),
    ("Ungarn lehnte es ab, die Ukraine mit Waffen zu beliefern.", []),
    # a verb right after "und" stands second in its own clause: its objects follow it
    ("Russland griff die Ukraine an und drohte zugleich Polen.",
     [("RUS", "attacks", "UKR"), ("RUS", "threatens", "POL")]),
    # a trigger noun inside a separable verb's gap is a trigger of its own
    ("Deutschland kündigte weitere Panzerlieferungen an die Ukraine an.", [("DEU", "suppliesWeaponsTo", "UKR")]),
    # a nominative relative clause whose light verb closes it: the antecedent is the noun's subject
    ("Die EU, die bereits zehn Sanktionspakete gegen Russland beschlossen hat, billigte ein weiteres.",
     [("EU", "sanctions", "RUS")]),
    # a verb of saying does a material act only with "als": a noun it merely names is someone else's
    ("Teheran bezeichnete die Sanktionen der USA als illegal.", [("IRN", "accuses", "USA")]),
    # a body before a verb does not attach to a noun after that verb
    ("Das chinesische Außenministerium kritisierte die Waffenverkäufe Washingtons an Taiwan scharf.",
     [("CHN", "accuses", "USA"), ("USA", "suppliesWeaponsTo", "TWN")]),
    # thanking someone for support: the one thanked supports the thanker, also when the verb comes last
    ("Lawrow hatte Nordkorea für die Unterstützung im Krieg gedankt.",
     [("RUS", "praises", "PRK"), ("PRK", "supports", "RUS")]),
    # an actor followed by "als" and a trigger noun is its subject
    ("Russland und die Ukraine tauschten Gefangene aus, mit Katar als Vermittler.",
     [("QAT", "meetsWith", "RUS"), ("QAT", "meetsWith", "UKR")]),
    # an office's name between two coordinated actors does not part them ("sowie dessen … Kollegen")
    ("In Wien sprach IAEA-Chef Grossi mit dem iranischen Außenminister Araqchi sowie dessen omanischen Kollegen "
     "lange.",
     [("IAEA", "meetsWith", "IRN"), ("IAEA", "meetsWith", "OMN"), ("IRN", "meetsWith", "OMN")]),
    # a passive with "werden" and no agent: the actor before it is acted on, it does nothing
    ("Stellungen der PKK wurden im Irak bombardiert.", []),
    # the verb that closes the clause decides the modality of a trigger noun before it, and a threat
    # threatens the target of the act it threatens with
    ("Die Türkei hatte bereits mit weiteren Luftschlägen im Irak gedroht.", [("TUR", "threatens", "IRQ")]),
    ("China drohte mit einem Angriff auf Taiwan.", [("CHN", "threatens", "TWN")]),
    # an offensive somewhere attacks the state of that place
    ("Die Türkei startete eine Militäroffensive in Syrien.", [("TUR", "attacks", "SYR")]),
    # German capitalizes nouns: a trigger noun in lower case is the verb ("angriff"), a verb form with a
    # capital inside the sentence is the noun; "als", "seit" open a clause when a verb closes it
    ("Die Lage eskalierte, als Russland die Ukraine angriff.", [("RUS", "attacks", "UKR")]),
    ("Seit Russland die Ukraine überfallen hat, liefert Deutschland Waffen an Kiew.",
     [("RUS", "attacks", "UKR"), ("DEU", "suppliesWeaponsTo", "UKR")]),
    ("Seit dem russischen Angriff auf die Ukraine hat die Bundesregierung Waffen an Kiew geliefert.",
     [("RUS", "attacks", "UKR"), ("DEU", "suppliesWeaponsTo", "UKR")]),
    # ... and an article after a comma stays an article when no verb closes its clause
    ("Polen, die Ukraine und Litauen unterzeichneten ein Abkommen.",
     [("POL", "signsAgreementWith", "UKR"), ("POL", "signsAgreementWith", "LTU"),
      ("LTU", "signsAgreementWith", "UKR")]),
    # a genitive inside a fronted prepositional phrase is not the subject: the subject follows the verb,
    # with the genitives of its phrase ("die Präsidenten Polens und Litauens"), past a reflexive "sich";
    # the one in whose presence they meet meets each of them (meets.presence), as a mediator does
    ("Im Beisein Macrons trafen sich die Präsidenten Polens und Litauens.",
     [("POL", "meetsWith", "LTU"), ("FRA", "meetsWith", "POL"), ("FRA", "meetsWith", "LTU")]),
    # a fronted "von" phrase before the clause's only verb is no prenominal agent
    ("In Anwesenheit von Präsident Macron unterzeichneten Polen und Litauen ein Abkommen.",
     [("POL", "signsAgreementWith", "LTU")]),
    # an accusation noun accuses the subject of the "dass" clause after it; denying the charge does not
    # unsay it when the noun names who made it
    ("Lettland erhob den Vorwurf, dass Belarus Migranten an die Grenze schleust.", [("LVA", "accuses", "BLR")]),
    ("Teheran bestreitet die britischen Vorwürfe, dass Iran den Huthi Raketen geliefert habe.",
     [("GBR", "accuses", "IRN")]),
    # an agent noun after "als" and its adjectives takes the actor before "als" as its subject
    ("Ein Streit zwischen Peru und Spanien als wichtigstem Geldgeber Boliviens droht.",
     [("ESP", "providesAidTo", "BOL")]),
    # verb-second: a prepositional object may stand first, the subject after the verb
    ("In Tadschikistan sind seit Jahren russische Soldaten stationiert.", [("RUS", "deploysTroopsTo", "TJK")]),
    ("Nach Mali verlegte Frankreich weitere Soldaten.", [("FRA", "deploysTroopsTo", "MLI")]),
    # where a war is waged, before its noun and light verb, is what it attacks when no target follows;
    # a name under a preposition is no compound modifier of the noun after it (German hyphenates those),
    # a genitive name is its owner
    ("Frankreich hat in Mali und im Niger Krieg geführt.", [("FRA", "attacks", "MLI"), ("FRA", "attacks", "NER")]),
    ("Die Briten führten damals in Afghanistan Krieg.", [("GBR", "attacks", "AFG")]),
    ("Der Protest richtete sich gegen Lukaschenkos Angriff auf Litauen.", [("BLR", "attacks", "LTU")]),
    # verb-final forms of separable verbs of taking ground
    ("Die Lage kippte, als die Rebellen der M23 die Stadt Goma einnahmen.", [("M23", "attacks", "COD")]),
    # a symmetric noun inside a coordinated group pairs the actors before it with those it names after it
    ("Die Manöver Frankreichs und seiner Verbündeten Belgien und Spanien gaben Anlass zur Sorge.",
     [("FRA", "alliedWith", "BEL"), ("FRA", "alliedWith", "ESP")]),
    # a receiving verb that ends the text (a headline without a full stop) has no word after it to look at
    ("Laut Kiew habe Ungarn Granaten aus dem Iran erhalten", [("IRN", "suppliesWeaponsTo", "HUN")]),
    # the subject after the verb, then the dative: an article-marked genitive follows neither a bare name
    # nor a phrase with its own possessor, so "der Slowakei" is the one accused
    ("Am Dienstag warf Polen der Slowakei Wortbruch vor.", [("POL", "accuses", "SVK")]),
    ("Erneut warf Tschechiens Regierung der Slowakei Wortbruch vor.", [("CZE", "accuses", "SVK")]),
    ("Am Freitag warf der Kreml der Republik Moldau Wortbruch vor.", [("RUS", "accuses", "MDA")]),
    ("Die Regierung der Slowakei kritisierte Ungarn.", [("SVK", "accuses", "HUN")]),
    # the charge of an accusation is the accused's act, never the accuser's: an accused that names no
    # actor leaves the act in the "zu" infinitive with no actor subject
    ("Teheran beschuldigte die Schmuggler, Raketen an den Jemen zu liefern.", []),
    ("Teheran beschuldigte Washington, Raketen an Israel zu liefern.",
     [("IRN", "accuses", "USA"), ("USA", "suppliesWeaponsTo", "ISR")]),
    # ... but a dash ends the charge: the accusation after it has its own subject
    ("Zwar warf Polen der Slowakei vor, gegen die Regeln verstoßen zu haben - während umgekehrt die ungarische "
     "Regierung Polen der Lüge beschuldigte.", [("POL", "accuses", "SVK"), ("HUN", "accuses", "POL")]),
    # threats with their author after the noun and no target: the one who rejects, fears or answers them is
    # threatened, and rejecting or fearing them does not deny that they were made
    ("Estland wies die Drohungen Moskaus entschieden zurück.", [("RUS", "threatens", "EST")]),
    ("Die Bundesregierung hat die Drohungen des iranischen Außenministers zurückgewiesen.",
     [("IRN", "threatens", "DEU")]),
    ("Vietnam fürchtet die Zolldrohungen der USA.", [("USA", "threatens", "VNM")]),
    ("Lettland reagierte gelassen auf die Drohungen aus Minsk.", [("BLR", "threatens", "LVA")]),
    ("Die Drohungen Moskaus beunruhigen die Märkte.", []),
    # reported speech puts "würde" for "werde": a stated plan, unless a condition stands in the sentence
    ("Die Sprecherin sagte, Kanada würde Lettland weiterhin unterstützen.", [("CAN", "supports", "LVA")]),
    ("Kanada würde Lettland weiter mit Munition beliefern, sagte die Ministerin.",
     [("CAN", "suppliesWeaponsTo", "LVA")]),
    ("Die Sprecherin sagte, Kanada würde Lettland unterstützen, falls Russland angreife.", []),
    ("Kanada würde Lettland unterstützen.", []),
    # "den Angriff" stands for the last attacker, not for whoever sanctioned since
    ("Russland griff in der Nacht Charkiw an. Die EU verhängte danach Sanktionen gegen Belarus. Estland "
     "verurteilte den Angriff.", [("RUS", "attacks", "UKR"), ("EU", "sanctions", "BLR"), ("EST", "accuses", "RUS")]),
    # a separable attack verb with its target inside: the place after "im" is the state hit
    ("Die Türkei griff am Morgen Stellungen im Irak an.", [("TUR", "attacks", "IRQ")]),
    ("Die Miliz greift Dörfer im Grenzgebiet an.", []),
    # the alliance participle as an adjective: the partner after "mit", the ally after the participle
    ("Die mit Peking verbündete Führung in Pjöngjang schwieg.", [("CHN", "alliedWith", "PRK")]),
    ("Kämpfer der mit Teheran verbündeten Huthi-Miliz feuerten Raketen ab.", [("IRN", "alliedWith", "HOUTHIS")]),
    # a pronoun partner is left alone: the nearest subject is often not the one meant
    ("Die Kadetten sahen neben Peking auch die mit ihm verbündete Führung in Pjöngjang.", []),
    # judging another's act as a breach or a barbarity
    ("Die Regierung in Ottawa bezeichnete den Raketenstart Nordkoreas als Verstoß gegen die Resolutionen.",
     [("CAN", "accuses", "PRK")]),
    ("Die Regierung in Tokio bezeichnete das Verhalten Nordkoreas als barbarisch.", [("JPN", "accuses", "PRK")]),
    # a compass prefix written into the state's name is a part of that state
    ("Die Türkei griff kurdische Milizen in Nordsyrien an.", [("TUR", "attacks", "SYR")]),
    ("Russische Drohnen griffen Dörfer in der Ostukraine an.", [("RUS", "attacks", "UKR")]),
    # "dies" stands for the act just told
    ("Russland beschoss ein Kraftwerk bei Odessa. Die Niederlande verurteilten dies scharf.",
     [("RUS", "attacks", "UKR"), ("NLD", "accuses", "RUS")]),
    # a surname that reads like an inflected state name is the person
    ("Präsident Hollande kritisierte die Türkei.", [("FRA", "accuses", "TUR")]),
    # a prenominal genitive before a noun and a name beside it: the name is the actor, the genitive its owner
    ("Großbritannien verhängte Strafmaßnahmen gegen Moskaus Verbündeten Belarus.",
     [("GBR", "sanctions", "BLR"), ("RUS", "alliedWith", "BLR")]),
    ("Japan verhängte Sanktionen gegen Teherans Verbündete Hisbollah.",
     [("JPN", "sanctions", "HEZBOLLAH"), ("IRN", "alliedWith", "HEZBOLLAH")]),
    ("Die EU weitet die Sanktionen gegen Moskaus Verbündeten Belarus wegen des Krieges in der Ukraine aus.",
     [("EU", "sanctions", "BLR"), ("RUS", "alliedWith", "BLR")]),
    # "während" and "damit" are also a preposition and an adverb: a clause opens only after a comma or a dash
    ("Russland hat während einer Übung Norwegen gedroht.", [("RUS", "threatens", "NOR")]),
    ("Russland hat damit gedroht, auf estnische Schiffe zu schießen.", [("RUS", "threatens", "EST")]),
    # a visit told as the clause's time takes no guest from a foe of the clause's verb; no apposition after "eines"
    ("Russland griff während des Besuchs die Ukraine an.", [("RUS", "attacks", "UKR")]),
    # "und" before a finite auxiliary opens a predicate of its own: its phrases are not the first verb's objects
    ("Die Türkei beschießt seit Tagen Dörfer und will damit Druck auf die Nato ausüben.", []),
    # coordinated heads share the genitive of the last one
    ("Japan unterstützt die Souveränität und territoriale Integrität der Ukraine.", [("JPN", "supports", "UKR")]),
    ("Kanada unterstützt die Souveränität, Unabhängigkeit und Einheit Moldaus.", [("CAN", "supports", "MDA")]),
    ("Ankara kritisierte die Politik und das Vorgehen Athens.", [("TUR", "accuses", "GRC")]),
    # ... or before the compound's genitive: the genitive owns the compound ("den EU-Beitritt der Ukraine")
    ("Die Niederlande befürworten den EU-Beitritt der Ukraine.", [("NLD", "supports", "UKR")]),
    ("Polen kritisierte die EU-Politik Ungarns.", [("POL", "accuses", "HUN")]),
    # objects listed each with its own reason after a verb of judging
    ("Sandu dankte Rumänien für Strom, Polen für Generatoren und Frankreich für Kredite.",
     [("MDA", "praises", "ROU"), ("MDA", "praises", "POL"), ("MDA", "praises", "FRA")]),
    ("Moskau drohte Estland mit Vergeltung und Lettland mit Sanktionen.",
     [("RUS", "threatens", "EST"), ("RUS", "threatens", "LVA")]),
    # "nach eigenen Angaben": the subject says it, and the phrase after it is the verb's object
    ("Die türkische Armee griff nach eigenen Angaben Stellungen der PKK an.", [("TUR", "attacks", "PKK")]),
    # a threat of paying back an attack its own phrase names is aimed at that attack's author
    ("Die Huthi kündigten Vergeltung für den Angriff der USA an.", [("HOUTHIS", "threatens", "USA")]),
    ("Pjöngjang kündigte eine harte Reaktion auf den amerikanischen Angriff an.", [("PRK", "threatens", "USA")]),
    ("Der Iran kündigte Vergeltung für die Tötung des Generals an.", []),
    # an organization's adjectival name declines ("gegen den Internationalen Strafgerichtshof")
    ("Die USA haben Sanktionen gegen den Internationalen Strafgerichtshof verhängt.", [("USA", "sanctions", "ICC")]),
    # an act told as the clause's manner is the subject's ("aus Solidarität mit", "als Zeichen der Solidarität")
    ("Estland verzichtete aus Solidarität mit Finnland auf die Reise.", [("EST", "supports", "FIN")]),
    ("Litauen hisste die Flagge als Zeichen der Solidarität mit der Ukraine.", [("LTU", "supports", "UKR")]),
    # an officer named by rank and a state's adjective acts for that state ("ein iranischer General")
    ("Ein russischer General hat Lettland offen mit Vergeltung gedroht.", [("RUS", "threatens", "LVA")]),
    ("Zwei belarussische Generäle haben Litauen kritisiert.", [("BLR", "accuses", "LTU")]),
    ("Ein litauischer Admiral hat Russland Provokationen vorgeworfen.", [("LTU", "accuses", "RUS")]),
    ("Der israelische Sicherheitsberater hat dem Iran mit Vergeltung gedroht.", [("ISR", "threatens", "IRN")]),
    # verb-final: a name that only opens a hyphenated compound before another name is no object
    ("Ankara hat den EU-Partner Zypern am Freitag scharf kritisiert.", [("TUR", "accuses", "CYP")]),
    ("Moskau hat dem Nato-Land Estland offen mit Vergeltung gedroht.", [("RUS", "threatens", "EST")]),
    # verb-final: "in" before the verb may be only where it was said; another object marker names the object
    ("Kanada hat beim Treffen in Madrid neue Waffen für Moldau angekündigt.", [("CAN", "suppliesWeaponsTo", "MDA")]),
    # "hat" before a past participle forms a tense: it keeps no troops at the base the clause names
    ("Auf dem US-Stützpunkt Grafenwöhr hat Minister Pistorius Munition für Israel zugesagt.",
     [("DEU", "suppliesWeaponsTo", "ISR")]),
    # nor is "hat" a light verb of a noun when another verb's participle ends the clause
    ("Peking hat die geplante Lieferung von Raketen der USA an Taiwan verurteilt.",
     [("CHN", "accuses", "USA"), ("USA", "suppliesWeaponsTo", "TWN")]),
    ("Türkische Drohnen haben Luftangriffe im Nordirak durchgeführt.", [("TUR", "attacks", "IRQ")]),
    # a passive condemnation of an act told before: the act's agent is condemned, the 'von' list condemns
    ("Russland beschoss Odessa. Die Angriffe wurden weltweit kritisiert, darunter von Kanada und Japan.",
     [("RUS", "attacks", "UKR"), ("CAN", "accuses", "RUS"), ("JPN", "accuses", "RUS")]),
    ("Russland beschoss Odessa. Der Angriff wurde von Kanada scharf verurteilt.",
     [("RUS", "attacks", "UKR"), ("CAN", "accuses", "RUS")]),
    ("Der Militärangriff Russlands auf Georgien dauerte fünf Tage.", [("RUS", "attacks", "GEO")]),
    # "im Kampf gegen", "zur Abschreckung gegen": whom the side fights; troops are still sent
    ("Portugal entsandte Soldaten nach Mosambik im Kampf gegen Milizen.", [("PRT", "deploysTroopsTo", "MOZ")]),
    ("Kanada verlegt Soldaten nach Lettland zur Abschreckung gegen Russland.", [("CAN", "deploysTroopsTo", "LVA")]),
    ("Russland schickte Truppen gegen die Ukraine.", []),
    ("Verteidigungsminister Pistorius hat in Vilnius ein Panzerbataillon der Bundeswehr in Dienst gestellt.",
     [("DEU", "deploysTroopsTo", "LTU")]),
    # wer gegen die Aggression der anderen Seite kämpft, verteidigt sich: deren Urheber greift ihn an
    ("Georgien kämpft seit Jahren gegen die russische Besatzung.", [("RUS", "attacks", "GEO")]),
    # ein Vorfeld mit Apposition in Kommas vor dem finiten Verb ist dessen Subjekt
    ("Schweden, ein Mitglied der NATO, kritisierte Belarus.", [("SWE", "accuses", "BLR")]),
    # ein Protest ohne eigenes Objekt gilt dem Akteur, der den Nebensatz mit "nachdem" eröffnet
    ("Finnland legte Protest ein, nachdem russische Kampfjets den Luftraum verletzt hatten.",
     [("FIN", "accuses", "RUS")]),
    # ein Passiv im Relativsatz handelt vom Bezugswort, auch wenn vor dem Agens noch Wörter stehen
    ("Georgien, das im August 2008 von Russland angegriffen wurde, fordert Hilfe.", [("RUS", "attacks", "GEO")]),
    # "seit" gleich nach dem Relativpronomen ist eine Präposition, keine Konjunktion
    # … und ein finites Verb gleich nach dem Relativsatz hat das Bezugswort als Vorfeld, nicht das Wort danach
    ("Die Hisbollah, die seit Jahren von Syrien unterstützt wird, hat Israel beschossen.",
     [("SYR", "supports", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
    # ein Partizip ohne "ge-" auf -t ist am Ende eines Relativsatzes auch dessen finites Verb
    ("Russland, das Teile Georgiens besetzt, hat Polen bedroht.",
     [("RUS", "attacks", "GEO"), ("RUS", "threatens", "POL")]),
    # was nach dem Nomen eines attributiven Partizips kommt, gehört zum Satz, nicht zur Unterstützung
    ("Die von Syrien unterstützte Hisbollah lagert Raketen im Süden.", [("SYR", "supports", "HEZBOLLAH")]),
    # "dort" im Vorfeld ist ein Ort, nie das Subjekt: das Subjekt steht nach dem Verb
    ("Moldau grenzt an die Ukraine. Dort unterstützt die Regierung in Moskau die Separatisten.", []),
    # ein "haben" gleich nach einem Partizip bildet im Nebensatz dessen Perfekt und hat nichts
    ("Israel griff an, nachdem die Hamas zuvor im Süden des Gazastreifens das Feuer auf Soldaten eröffnet haben soll.",
     []),
    # an extended attribute between article and noun: the preposition before the article governs the noun,
    # and a trigger noun inside the attribute is not a second act that takes the object away
    ("Kanada verhängte Sanktionen gegen das schon seit Jahren mit Strafzöllen und Embargos belegte Syrien.",
     [("CAN", "sanctions", "SYR")]),
    ("Estland kündigte Strafmaßnahmen gegen die mit Exportverboten bereits stark getroffene Belarus an.",
     [("EST", "sanctions", "BLR")]),
    # a verb-final infinitive of planning governs the attack noun however far it stands: no attack yet
    ("Belarus beschuldigte Litauen, einen Angriff auf das mit Minsk seit langem eng verbündete Russland "
     "zu planen.", [("BLR", "accuses", "LTU"), ("RUS", "alliedWith", "BLR")]),
    # a demonstrative standing alone is the last person named ("sicherte er diesem … zu"), not a determiner
    ("Merz empfing Sandu in Berlin. Anschließend sicherte er diesem weitere Solidarität zu.",
     [("DEU", "meetsWith", "MDA"), ("DEU", "supports", "MDA")]),
    # criticising that someone does something blames its doer; not the victim of a passive act
    ("Finnland kritisierte, dass Ungarn Sanktionen gegen Litauen verhängt hat.",
     [("FIN", "accuses", "HUN"), ("HUN", "sanctions", "LTU")]),
    ("Schweden verurteilte, dass Estland von Russland angegriffen wurde.", [("RUS", "attacks", "EST")]),
    # a participle closing its subordinate clause before a comma takes no object from the relative clause after
    ("Oslo protestierte, nachdem russische Schiffe in Gewässer eingedrungen waren, die Helsinki als sein Gebiet "
     "betrachtet.",
     [("NOR", "accuses", "RUS")]),
    # the owner's own embassy in a capital is not that capital's body: the protest goes to the one after "bei"
    ("Kanada hat über seine Botschaft in Moskau bei Belarus scharf protestiert.", [("CAN", "accuses", "BLR")]),
    # a passive deployment whose participle closes the clause: the destination stands before it
    ("Im Herbst wurden kanadische Soldaten nach Lettland verlegt.", [("CAN", "deploysTroopsTo", "LVA")]),
    ("Zuletzt sind mehrere hundert spanische Soldaten in die Slowakei entsandt worden.",
     [("ESP", "deploysTroopsTo", "SVK")]),
    ("Merz empfing Sandu in Berlin. Er sicherte diesem Land weitere Solidarität zu.",
     [("DEU", "meetsWith", "MDA"), ("DEU", "supports", "MDA")]),
    # ein Partizip zwischen Artikel und Akteur ist dessen Beiwort: "die angegriffene Ukraine" greift niemand aus
    # dem Satz an, schon gar nicht dessen Subjekt
    ("Die Präsidenten Estlands und Lettlands bekräftigten ihre Hilfe für die angegriffene Ukraine "
     "gegen Russland.", []),
    # das Objekt vorangestellt, das Subjekt nach dem Verb, auch bei einem Nomen mit Funktionsverb (dessen Form
    # an zweiter Stelle auch ein Adjektiv sein könnte)
    ("Gegen Bolivien verhängten die Peruaner neue Sanktionen.", [("PER", "sanctions", "BOL")]),
    ("Nach Angaben Ankaras griff Syrien die Stadt an.", []),
    # ein vermitteltes Treffen ist eines der Parteien miteinander (vermittelte Gespräche können getrennt sein)
    ("Chile vermittelte ein Treffen zwischen Peru und Bolivien.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "BOL"), ("PER", "meetsWith", "BOL")]),
    # das Partizip eines Funktionsverbs vor dem Nomen nennt mit "von" dessen Subjekt; ein anderes Partizip nicht
    ("Die von Peru verhängten neuen Sanktionen gegen Bolivien bleiben in Kraft.", [("PER", "sanctions", "BOL")]),
    ("Der von Chile geführte Krieg gegen Bolivien dauert an.", [("CHL", "attacks", "BOL")]),
    ("Die von Chile kritisierten Sanktionen gegen Bolivien bleiben in Kraft.", []),
    # ein Modalverb, das den Nebensatz nach dem Verb (oder dem Funktionsverb) schließt, gilt für die Handlung
    ("Lima sagte, dass Bolivien Chile angreifen könnte.", []),
    ("Lima sagte, dass Bolivien Sanktionen gegen Chile verhängen könnte.", []),
    ("Lima sagte, dass Bolivien Chile angegriffen hat.", [("BOL", "attacks", "CHL")]),
    # eine Aufzählung geht über ein Nomen der Art des nächsten Namens hinweg weiter
    ("Chile vermittelte zwischen Peru und der islamistischen Terrororganisation Hamas.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "HAMAS")]),
    # wovor gewarnt wird, ist befürchtet, kein Urteil über den Gewarnten
    ("Lima warnte Quito vor einer Eskalation.", [("PER", "threatens", "ECU")]),
    # Passiv mit Funktionsverb am Ende: der Urheber mit "von" ist das Subjekt, das Objekt steht wo es will
    ("Gegen Bolivien wurden von Peru neue Sanktionen verhängt.", [("PER", "sanctions", "BOL")]),
    ("Von Peru wurden neue Sanktionen gegen Bolivien verhängt.", [("PER", "sanctions", "BOL")]),
    # Passiv mit Körperschaft als Subjekt und vorangestelltem Ziel
    ("Nach Bolivien wurden peruanische Soldaten verlegt.", [("PER", "deploysTroopsTo", "BOL")]),
    # "gemeinsam mit", "zusammen mit" zwischen Subjekt und Handlung: wer mit dem Subjekt handelt
    ("Chile hatte gemeinsam mit Peru zwischen Bolivien und Ecuador vermittelt.",
     [("CHL", "meetsWith", "BOL"), ("CHL", "meetsWith", "ECU"), ("PER", "meetsWith", "BOL"),
      ("PER", "meetsWith", "ECU")]),
    ("Chile hat zusammen mit Peru Soldaten nach Bolivien geschickt.",
     [("CHL", "deploysTroopsTo", "BOL"), ("PER", "deploysTroopsTo", "BOL")]),
    ("Chile zusammen mit Peru verurteilte Bolivien.", [("CHL", "accuses", "BOL"), ("PER", "accuses", "BOL")]),
    # a measure in a "zu" infinitive clause after a request is asked for, not taken
    ("Beirut bat den Sicherheitsrat, Strafmaßnahmen gegen Syrien zu beschließen.", []),
    ("Zypern richtete an die EU die Bitte, Sanktionen gegen die Türkei zu beschließen.", []),
    ("Nikosia will bei den Beratungen Strafmaßnahmen gegen Moskau einfordern.", []),
    # an infinitive marker after a particle that begins like it ("zurückzuziehen") opens the charge's own
    # clause, whose negation is not the accusation's
    ("Rumänien warf Russland vor, keine Truppen zurückzuziehen.", [("ROU", "accuses", "RUS")]),
    ("Polen warf Belarus vor, die Grenzzäune nicht zusammenzulegen.", [("POL", "accuses", "BLR")]),
    # adjectives between an attributive participle and its noun: the agent still acts on the noun
    ("Ägypten kritisierte die von Katar unterstützte islamistische Hamas.",
     [("EGY", "accuses", "HAMAS"), ("QAT", "supports", "HAMAS")]),
    ("Kuwait verurteilte die von Teheran unterstützte libanesisch-schiitische Hisbollah.",
     [("KWT", "accuses", "HEZBOLLAH"), ("IRN", "supports", "HEZBOLLAH")]),
    # … also after a main verb that may read as an adjective ("verurteilte") but stands before an article
    ("Jordanien verurteilte die von Teheran unterstützte Hisbollah.",
     [("JOR", "accuses", "HEZBOLLAH"), ("IRN", "supports", "HEZBOLLAH")]),
    # … and after a main verb that may read as an adjective but cannot stand before a noun: it ends the
    # sentence, or has no attributive ending
    ("Das von Ungarn unterstützte Serbien protestierte.", [("HUN", "supports", "SRB")]),
    ("Das von Chile und Peru unterzeichnete Abkommen erlaubt gemeinsame Manöver.",
     [("CHL", "signsAgreementWith", "PER")]),
    # … but an inflected one before a noun is an adjective, and a clause with no other verb has none before it
    ("In Gegenwart von Ungarn unterstützte Serbien die Resolution.", []),
    # a countermeasure answering another's act threatens the one who acted, not the one the act concerns
    ("Moskau kündigte Gegenmaßnahmen als Reaktion auf die Raketenlieferungen Norwegens an Finnland an.",
     [("RUS", "threatens", "NOR"), ("NOR", "suppliesWeaponsTo", "FIN")]),
    # an accusation followed by another's accusation ("nachdem …") does not judge the other accuser
    ("Die Kritik aus Warschau folgte, nachdem Vilnius Minsk scharf verurteilt hatte.", [("LTU", "accuses", "BLR")]),
    # a genitive inside another prepositional phrase is no party of a symmetric relation
    ("Die Nato-Länder haben sich auf Schritte gegen Berater des belarussischen Machthabers verständigt.", []),
    # a judgement noun in quotation marks of its own still names the judged in its genitive
    ("Moskau sprach von einem „Terrorakt“ Kiews.", [("RUS", "accuses", "UKR")]),
    ('Ankara sprach von einer gezielten "Provokation" der Regierung in Athen.', [("TUR", "accuses", "GRC")]),
    # a name hyphenated to a measure is its target when a light verb's subject imposes it; with a target of its
    # own, the name is the measure's agent
    ("Kanada verhängte weitere Russland-Sanktionen.", [("CAN", "sanctions", "RUS")]),
    ("Moskau kritisierte die EU-Sanktionen gegen Belarus.", [("RUS", "accuses", "EU"), ("EU", "sanctions", "BLR")]),
    # a state's full name hyphenated to the measure is its target also with a genitive agent after it, or a
    # possessive before it (a state's name after "ihre" is no common noun); a short form stays the agent
    ("Polen kritisierte die Verlängerung der Iran-Sanktionen der Vereinigten Staaten.",
     [("USA", "sanctions", "IRN"), ("POL", "accuses", "USA")]),
    ("Die Schweiz hat ihre Russland-Sanktionen im Mai ausgeweitet.", [("CHE", "sanctions", "RUS")]),
    # a meeting that opens the clause as its scene is the meeting of the subject after the finite verb
    ("Bei einem Treffen mit seinem indischen Amtskollegen verurteilte der australische Außenminister China.",
     [("AUS", "meetsWith", "IND"), ("AUS", "accuses", "CHN")]),
    # an organization hyphenated to a plural member noun with names after it: those names are the members meant
    # (a genitive after it is whose partners they are)
    ("Die EU-Staaten Lettland und Finnland verurteilten Belarus.",
     [("LVA", "accuses", "BLR"), ("FIN", "accuses", "BLR")]),
    ("Die EU-Partner Ungarns kritisierten die Regierung in Budapest.", [("EU", "accuses", "HUN")]),
    # "aber auch" goes on with the list, in the subject and in the object
    ("Die Schweiz und Norwegen, aber auch Island verurteilten Russland.",
     [("CHE", "accuses", "RUS"), ("NOR", "accuses", "RUS"), ("ISL", "accuses", "RUS")]),
    ("Ungarn kritisierte die Ukraine, aber auch Moldau.", [("HUN", "accuses", "UKR"), ("HUN", "accuses", "MDA")]),
    # epithets in any case: "dem jüdischen Staat" is Israel (it was the last state named), "der Staatenbund",
    # "der Block" the organization named last
    ("Israel griff Ziele in Syrien an. Die Huthis drohten dem jüdischen Staat mit Vergeltung.",
     [("ISR", "attacks", "SYR"), ("HOUTHIS", "threatens", "ISR")]),
    ("Die Afrikanische Union kritisierte den Putsch. Der Staatenbund verhängte Sanktionen gegen Gabun.",
     [("AU", "sanctions", "GAB")]),
    # a deal or an attack under which the clause's subject acts ("im Rahmen eines Abkommens mit", "bei einem Angriff
    # auf"), also when an auxiliary is the clause's finite verb
    ("Norwegen hat im Rahmen einer Vereinbarung mit Polen mehr Strom geliefert.",
     [("NOR", "signsAgreementWith", "POL")]),
    ("Die Türkei hatte bei einem Angriff auf Syrien mehrere Kämpfer festgenommen.", [("TUR", "attacks", "SYR")]),
    # a judgement noun's genitive or 'von' phrase followed by its target ('gegen', 'an') is its agent
    ("Die Vorwürfe Moskaus gegen Kiew wurden lauter.", [("RUS", "accuses", "UKR")]),
    ("Kritik von Spanien an Marokko gab es zuletzt häufig.", [("ESP", "accuses", "MAR")]),
    ("Die Vorwürfe Bakus gegen Jerewan wiegen schwer.", [("AZE", "accuses", "ARM")]),
    # a name listed with a strong adjective ("Islamischer Staat", "Weißes Haus") is found in its weak forms, after an
    # article and in the genitive
    ("Der Islamische Staat hat einen Anschlag in Niger verübt.", [("ISIS", "attacks", "NER")]),
    ("Ein Sprecher des Weißen Hauses verurteilte Nordkorea.", [("USA", "accuses", "PRK")]),
    # participles closed by an active perfect ("… erobert und annektiert hat") are no passive: "von" says whence,
    # not who acted (it was read as China attacking Japan)
    ("Die Inselgruppe ist heute ein Gebiet, das Japan einst von China erobert und lange verwaltet hat.", []),
    ("Kiew betont, dass die Krim ein Gebiet ist, das Russland 2014 von der Ukraine erobert und danach annektiert hat.",
     [("RUS", "attacks", "UKR")]),
    # a verb right after "und" shares the first conjunct's subject: the phrase after it is its object, even past
    # a reported clause ("betont, dass …, und verurteilt Japan")
    ("Moskau erklärte, dass es gegen Manöver zwischen Polen und Litauen sei, und kritisierte Warschau für die Pläne.",
     [("RUS", "accuses", "POL")]),
    # a leader of an armed group keeps it after the office and state the text gives
    ("Ägypten stellte sich hinter den libyschen General Chalifa Haftar.", [("EGY", "supports", "LNA")]),
    ("Die Emirate lobten Libyens General Khalifa Haftar.", [("ARE", "praises", "LNA")]),
    # a fronted means ("Mit …") is the act of the subject after the finite verb; not with an article, and not
    # before a verb that takes 'mit' itself
    ("Mit harten Sanktionen gegen Belarus reagierte Litauen auf die Grenzkrise.", [("LTU", "sanctions", "BLR")]),
    ("Mit schweren Luftangriffen auf Ziele in Syrien hat Israel die Lage verschärft.", [("ISR", "attacks", "SYR")]),
    ("Mit Angriffen auf die Ukraine rechnet die Nato nicht.", []),
    # a receiver after the verb takes no 'von' genitive: the 'von' phrase after it is the giver
    ("Im Tausch bekommt Kroatien von Frankreich gebrauchte Kampfjets.", [("FRA", "suppliesWeaponsTo", "HRV")]),
]


test_german_rule = edge_cases(CASES, "de")


def test_german_closing_quotes_end_sentences():
    from kg.text import split_sentences

    text = "Lawrow lobte die „Unterstützung.“ Kim dankte. Er sagte: »Nein.« Dann ging er."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Lawrow lobte die „Unterstützung.“", "Kim dankte.", "Er sagte: »Nein.«", "Dann ging er."]
