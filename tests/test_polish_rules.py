"""Polish constructions of the engine, each with a sentence written for the test (not from any article).

Lexicon entries carry their own examples (tests/test_lexicon.py); this file holds the rules that live in
code or that need more than one trigger to show."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # a body noun after the verb in a case no subject has ("ambasadora" is accusative or genitive) is its object:
    # the actor before the verb, taken for a genitive, is not its object in an inverted order
    ("Po tym zdarzeniu MSZ Estonii wezwało na rozmowę ambasadora Białorusi.", []),
    # a body in the dative before a trigger noun is the addressee of the verb that hands the noun over, not the
    # noun's owner: the one protesting is the verb's subject
    ("Wiceszef MSZ Marek Nowak przekazał stronie węgierskiej stanowczy protest wobec naruszenia słowackiej granicy.",
     []),
    ("Minister spraw zagranicznych Litwy przekazał stronie rosyjskiej ostry protest.", [("LTU", "accuses", "RUS")]),
    # a noun's bare genitive stands right after it: past a finite verb the actor is that verb's (its subject here)
    ("We wtorek decyzję o uznaniu dwóch rosyjskich attaché za persona non grata przedstawiło MSZ Słowacji.",
     [("SVK", "sanctions", "RUS")]),
    # members of parliament act for their state; a counted subject after the verb, the object fronted
    ("Wniosek Szwecji poparło 150 posłów tureckiego parlamentu.", [("TUR", "supports", "SWE")]),
    # the fronted noun's own prepositional phrase stands between it and the verb: its genitive is still the object
    ("Członkostwo Mołdawii w Unii poparło 300 posłów włoskiego parlamentu.", [("ITA", "supports", "MDA")]),
    # a bare title between the preposition and a person's name: the preposition governs the name too
    ("Delegacja Francji została przyjęta przez prezydenta Władimira Putina.", [("RUS", "meetsWith", "FRA")]),
    # "szefowie rządów" after two states are those two
    ("Kanclerz Austrii przyjechał do Pragi. We wtorek szefowie rządów podpisali umowę o współpracy energetycznej.",
     [("AUT", "meetsWith", "CZE"), ("AUT", "signsAgreementWith", "CZE")]),
    # a conjunct only accusative ("Arabię Saudyjską") makes the group after the verb its object, not a late subject
    ("Wysłannik rozmawiał z szefem włoskiej dyplomacji i odwiedził Katar oraz Arabię Saudyjską.", []),
    # a verb of gaining that is also a light verb: the gained noun's genitive acts, the gainer is its object
    ("Premier Kanady zyskał uznanie Meksyku.", [("MEX", "praises", "CAN")]),
    # a participle before its noun right after a copula describes the predicate noun: the copula's subject is
    # backed; a separatist region is not the state it lifts to
    ("Gwatemala to wspierany przez Stany Zjednoczone kraj.", [("USA", "supports", "GTM")]),
    ("Abchazja była wspieranym przez Moskwę regionem separatystycznym.", []),
    # a verbal noun with an agent of its own ("przez"): its genitive is what the act befalls
    ("Ostrzelanie Izraela przez Hezbollah wywołało odwet.", [("HEZBOLLAH", "attacks", "ISR")]),
    ("Serdeczne przyjęcie premiera Japonii przez prezydenta Brazylii zaskoczyło komentatorów.",
     [("JPN", "meetsWith", "BRA")]),
    # a verbal noun opening its clause, the clause's verb after it, is a noun: its genitive is who acts
    ("„Wtargnięcie Białorusi na terytorium Litwy jest niedopuszczalne” – powiedział minister.",
     [("BLR", "attacks", "LTU")]),
    # after a fronted phrase, a name after the verb only in a subject's form ("Komisja Europejska") makes its
    # group the subject, not the object of the topic dropped
    ("Rosja oskarżyła Estonię o szpiegostwo. O wycofanie oskarżeń apelują estońskie władze i Komisja Europejska.",
     [("RUS", "accuses", "EST")]),
    # mediators named together, with no parties in their sentence, do not meet each other
    ("Rozmowy w Kairze toczą się z udziałem mediatorów z Omanu, Turcji i Norwegii.", []),
    ("Szwajcaria i Austria wraz z Norwegią są pośrednikami w ciągnących się od roku negocjacjach.", []),
    # a light verb's noun is the nearest trigger noun: a farther one is its topic or reason, not the verb's act
    ("Wysłannik Omanu uczestniczył w negocjacjach o końcu wojny w Jemenie.", []),
    # a fight "z" someone unnamed (instrumental) takes place in the "w" phrase after it: no target; "z" with a
    # genitive is "from" ("ataki z powietrza w Syrii" hit Syria)
    ("Wielka Brytania uczestniczy w walce z bojownikami w Iraku.", []),
    ("Armia Egiptu walczy z dżihadystami w Libii.", []),
    ("Izrael przeprowadził ataki z powietrza w Syrii.", [("ISR", "attacks", "SYR")]),
    # the office the text gives a person right before the name is the one the person acts in
    ("Premier Estonii Kaja Kallas skrytykowała Rosję.", [("EST", "accuses", "RUS")]),
    # a noun fronted with "o" is what the clause's first verb asks for, when that verb is a demand
    ("O zawieszenie broni między Rosją a Ukrainą zaapelował papież.", []),
    # counting on someone's response asks for it
    ("Liczymy na stanowczą odpowiedź Kanady wobec Iranu – powiedział premier Litwy.", []),
    # a name owns no common noun after it; a sanctions noun's diplomats a few words on, past where from
    ("Władze Białorusi wydaliły z Grodna i Mińska litewskich dyplomatów.", [("BLR", "sanctions", "LTU")]),
    ("Rząd w Moskwie postanowił o wydaleniu z Rosji trzech estońskich konsulów.",
     [("RUS", "sanctions", "EST")]),
    # a participle with its own "przez" after a passive auxiliary: the clause's subject is the one backed
    ("Rebelianci Huti są wspierani przez Iran.", [("IRN", "supports", "HOUTHIS")]),
    # a nominative noun before the verb that names no known actor is its subject: no dropped one from before
    ("Turcja ostrzelała Syrię. Kurdowie zaatakowali Irak.", [("TUR", "attacks", "SYR")]),
    ("Turcja ostrzelała Syrię. Kurdowie cieszą się poparciem Kanady.", [("TUR", "attacks", "SYR")]),
    # a preposition governs its phrase across a quoted modifier: the topic of talks is no party to them
    ("Ministrowie Czech i Słowacji rozmawiali o „nieodpowiedzialnych i groźnych” posunięciach Serbii.",
     [("CZE", "meetsWith", "SVK")]),
    ("Kanadyjskie sankcje na Moskwę mają związek z aneksją Krymu.", [("CAN", "sanctions", "RUS")]),
    # a noun's object named after a later noun of the same relation belongs to that later noun
    ("Raport mówi o ofiarach ataku Peru na granicy i ofiarach ataków odwetowych w Boliwii.", []),
    # a background event opened by "w związku z" (presupposing) is not done by the clause's verb's subject
    ("Już dekadę temu Kanada ukarała Moskwę sankcjami w związku z bezprawną aneksją Krymu.",
     [("CAN", "sanctions", "RUS")]),
    # a light verb in a coordinated predicate shares the first verb's subject, not the object it hit
    ("Peru od tygodnia ostrzeliwuje Chile, a od wczoraj prowadzi ofensywę lądową na północy tego kraju.",
     [("PER", "attacks", "CHL")]),
    # "po tym, jak" opens a clause of its own: its light verb and subject do not reach the noun before it
    ("Decyzja o wprowadzeniu sankcji została ogłoszona po tym, jak Iran przeprowadził atak na Izrael.",
     [("IRN", "attacks", "ISR")]),
    # "jego/jej/ich" never mean their own clause's subject (that is "swój"): the sanctioned state attacked
    ("Japonia nałożyła sankcje na Iran w związku z jego atakiem na Izrael.",
     [("JPN", "sanctions", "IRN"), ("IRN", "attacks", "ISR")]),
    # an undeclined name right after a noun of its kind is in apposition, not a genitive ("grupa JNIM")
    ("Grupa JNIM zaatakowała posterunek armii Nigru.", [("JNIM", "attacks", "NER")]),
    ("Ugrupowanie TTP wzięło odpowiedzialność za atak na pakistański konwój.", [("TTP", "attacks", "PAK")]),
    ("Przywódca JNIM zagroził Senegalowi.", [("JNIM", "threatens", "SEN")]),
    # what an attack hit, owned or used by an actor, is that actor's ("magazyn należący do X")
    ("Tureckie lotnictwo zbombardowało magazyn należący do PKK.", [("TUR", "attacks", "PKK")]),
    ("Izraelska armia ostrzelała bazę kontrolowaną przez Hamas.", [("ISR", "attacks", "HAMAS")]),
    # a numeral from five up (or a digit, or "kilkanaście") takes the genitive, and the counted phrase is
    # still the subject of the verb after it
    ("21 rosyjskich dronów naruszyło przestrzeń powietrzną Łotwy.", [("RUS", "attacks", "LVA")]),
    ("Pięć irańskich rakiet uderzyło w Izrael.", [("IRN", "attacks", "ISR")]),
    ("Kilkanaście białoruskich śmigłowców naruszyło litewską przestrzeń powietrzną.", [("BLR", "attacks", "LTU")]),
    # verbs that carry an act noun give it their subject ("przypuściła atak", "wysunął oskarżenia")
    ("Armia Sudanu przypuściła zmasowany atak na Czad.", [("SDN", "attacks", "TCD")]),
    # the owner of a military target in the genitive is the one attacked ("naloty na pozycje Hezbollahu")
    ("Turcja przeprowadziła naloty na pozycje PKK.", [("TUR", "attacks", "PKK")]),
    ("Ukraińskie drony zaatakowały magazyny armii rosyjskiej.", [("UKR", "attacks", "RUS")]),
    # repelling an attack: the attack noun with no target of its own attacks the one who repels it
    ("Armenia odparła azerbejdżański atak na granicy.", [("AZE", "attacks", "ARM")]),
    ("Tajwan potrzebuje rakiet do odpierania chińskiej inwazji.", [("CHN", "attacks", "TWN")]),
    # a day named first takes no genitive: the body after it is the subject ("W środę premier Mołdawii …")
    ("W czwartek premier Estonii oskarżył Moskwę o prowokację.", [("EST", "accuses", "RUS")]),
    ("We wtorek szef litewskiego rządu skrytykował Mińsk.", [("LTU", "accuses", "BLR")]),
    # "ze strony X" after an act noun names its agent
    ("Doszło do ostrzału Armenii ze strony Azerbejdżanu.", [("AZE", "attacks", "ARM")]),
    ("Grecja potępiła naruszenia jej przestrzeni powietrznej ze strony Turcji.",
     [("GRC", "accuses", "TUR"), ("TUR", "attacks", "GRC")]),
    # the speaker after a verb of saying is not the place the speaker is in
    ("„Rosja popełniła historyczny błąd” – ocenił przebywający w Wilnie kanclerz Niemiec.",
     [("DEU", "accuses", "RUS")]),
    # a count between a preposition and its counted genitive keeps the preposition ("wobec 19 urzędników")
    ("Kanada nałożyła sankcje na 12 urzędników Białorusi.", [("CAN", "sanctions", "BLR")]),
    ("Szwajcaria przyjęła sankcje wobec pięciu generałów Mjanmy.", [("CHE", "sanctions", "MMR")]),
    ("W 2008 Rosja zaatakowała Gruzję.", [("RUS", "attacks", "GEO")]),
    # a ban on exports to a state sanctions it; it supplies nothing
    ("Japonia wprowadziła zakaz eksportu do Rosji części do dronów.", [("JPN", "sanctions", "RUS")]),
    # a fronted answer to an attack: the attack with no target of its own was on the clause's subject
    ("W odpowiedzi na atak Azerbejdżanu Armenia ostrzelała jego pozycje.", [("AZE", "attacks", "ARM")]),
    ("W odwecie za atak Hezbollahu Izrael zbombardował Liban.",
     [("HEZBOLLAH", "attacks", "ISR"), ("ISR", "attacks", "LBN")]),
    # an alleged attack with no target of its own hit the accuser
    ("Gruzja oskarża Rosję o ostrzał przygranicznych wsi.", [("GEO", "accuses", "RUS"), ("RUS", "attacks", "GEO")]),
    # an adjective that agrees with the mention after it belongs to its phrase ("nowemu prezydentowi Polski")
    ("Premier Irlandii pogratulował nowemu prezydentowi Portugalii.", [("IRL", "praises", "PRT")]),
    # a meeting told as the time of a clause is the clause subject's ("Podczas rozmowy z X prezydent Y …")
    ("Podczas rozmowy z Putinem prezydent Kazachstanu skrytykował Ukrainę.",
     [("KAZ", "meetsWith", "RUS"), ("KAZ", "accuses", "UKR")]),
    # a title in its dictionary form after a genitive is the subject ("szczytu G20 prezydent Brazylii")
    ("Na marginesie szczytu ASEAN prezydent Indonezji skrytykował Chiny.", [("IDN", "accuses", "CHN")]),
    # a state's town is the state ("indyjskie miasto", "pakistańska wieś")
    ("Pakistańskie drony zaatakowały indyjskie miasto.", [("PAK", "attacks", "IND")]),
    # a participle right after an act noun names the noun's own agent ("sankcje nałożone … przez Kanadę")
    ("Mińsk skrytykował sankcje nałożone na Białoruś przez Kanadę.",
     [("BLR", "accuses", "CAN"), ("CAN", "sanctions", "BLR")]),
    # after ", a" a name with its own finite verb opens a new clause; it is not coordinated with the name before
    ("Litwa wydaliła rosyjskiego dyplomatę, a Łotwa zapowiedziała podobny krok.", [("LTU", "sanctions", "RUS")]),
    # a name with its acronym in parentheses before a light verb is the subject of the noun after it
    ("Organizacja Traktatu Północnoatlantyckiego (NATO) podjęła decyzję o wysłaniu wojsk do Rumunii.",
     [("NATO", "deploysTroopsTo", "ROU")]),
    # the speaker of a relative clause is its antecedent, not the first actor of the sentence
    ("Litwa wydaliła konsula Białorusi, która twierdzi, że Wilno prowadzi wojnę hybrydową.",
     [("LTU", "sanctions", "BLR"), ("BLR", "accuses", "LTU")]),
    # a feminine title (indeclinable) after a verb's object is that object's genitive, not a new subject
    ("Rosja skrytykowała słowa premier Danii.", [("RUS", "accuses", "DNK")]),
    ("Wczoraj odwiedził Kijów premier Polski.", [("POL", "meetsWith", "UKR")]),
    # a "z" phrase that closes another relation's noun ("wojny z Rosją") is that noun's: not the verb's object
    ("Prezydent Litwy podziękował w czasie wojny z Rosją premierom Estonii i Łotwy.",
     [("LTU", "praises", "EST"), ("LTU", "praises", "LVA")]),
    ("Kanclerz Austrii pochwalił w czasie walk z Hamasem premiera Egiptu.", [("AUT", "praises", "EGY")]),
    # a genitive inside an adjunct before an inverted verb is no fronted object; who takes part ("przy
    # udziale", "z udziałem") in a signing or talks meets its parties and signs nothing
    ("Porozumienie wynegocjowane przy udziale Omanu podpisały Iran i Arabia Saudyjska.",
     [("IRN", "signsAgreementWith", "SAU"), ("OMN", "meetsWith", "IRN"), ("OMN", "meetsWith", "SAU")]),
    ("Rozmowy Mołdawii i Rumunii odbyły się z udziałem Polski.",
     [("MDA", "meetsWith", "ROU"), ("POL", "meetsWith", "MDA"), ("POL", "meetsWith", "ROU")]),
    # a singular name before a plural verb it does not agree with is the fronted object; the nominative
    # phrase after the verb is the subject (not a bare name after it that may be the object)
    ("Kreml skrytykowali przywódcy Estonii i Łotwy.", [("EST", "accuses", "RUS"), ("LVA", "accuses", "RUS")]),
    ("Izrael zaatakowali bojownicy Hamasu.", [("HAMAS", "attacks", "ISR")]),
    ("Waszyngton odwiedzili premierzy Danii i Norwegii.", [("DNK", "meetsWith", "USA"), ("NOR", "meetsWith", "USA")]),
    ("Bojownicy Hezbollahu ostrzelali Izrael.", [("HEZBOLLAH", "attacks", "ISR")]),
    # an actor coordinated with a bare object that names none is an object too; not after an adversative
    ("Rosja oskarża Zachód oraz Polskę o prowokacje.", [("RUS", "accuses", "POL")]),
    ("Pekin skrytykował sojuszników i Japonię.", [("CHN", "accuses", "JPN")]),
    ("Moskwa oskarża Zachód, a Kijów milczy.", []),
    # who condemns or criticizes a visit or talks (or names them a provocation) takes no part in them
    ("Rosja potępiła wizytę szefa MSZ Litwy.", [("RUS", "accuses", "LTU")]),
    ("Pekin nazwał wizytę spikerki USA prowokacją.", [("CHN", "accuses", "USA")]),
    # a clause after "że" with a subject of its own the gazetteer does not know takes no subject from the
    # saying clause
    ("Rosja twierdzi, że Zachód dostarcza Ukrainie broń.", []),
    ("Teheran oświadczył, że popiera Hezbollah.", [("IRN", "supports", "HEZBOLLAH")]),
    # a verb in the first person names no subject after it: the speaker of the quote thanks
    ("„Dziękuję prezydentowi Łotwy za pomoc” – napisał premier Estonii.", [("EST", "praises", "LVA")]),
    # a verb of warning after a dash takes its subject after it and says what comes before the dash
    ("Białoruś musi otworzyć granicę, inaczej poniesie konsekwencje – ostrzegł premier Litwy.",
     [("LTU", "threatens", "BLR")]),
    # a demand with its price ("inaczej", "w przeciwnym razie") said before a dash and a verb of warning
    # threatens its addressee; what the demand says may happen does not make the warning hypothetical
    ("Gruzja musi wycofać tę ustawę, w przeciwnym razie zapłaci wysoką cenę – ostrzegł szef MSZ Litwy.",
     [("LTU", "threatens", "GEO")]),
    ("Gruzja musi wycofać tę ustawę, inaczej Litwa może zawiesić współpracę – ostrzegł szef MSZ Litwy.",
     [("LTU", "threatens", "GEO")]),
    # a reprisal ("atak odwetowy za …") hits the one whose attack it answers, and that attack hit the avenger
    ("Izrael przeprowadził atak odwetowy za ostrzał Hezbollahu.",
     [("ISR", "attacks", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
    # an act noun in a fronted prepositional phrase takes no object from after the clause's own verb
    ("W reakcji na ostrzał Hamasu Izrael zbombardował obiekty w Strefie Gazy.",
     [("HAMAS", "attacks", "ISR"), ("ISR", "attacks", "PSE")]),
    ("Po inwazji Rosji Szwecja wstąpiła do NATO.", []),
    # troops sent to an organization's unit go to the state it stands in
    ("Belgijscy wojskowi będą pełnić służbę w batalionie NATO na Łotwie.", [("BEL", "deploysTroopsTo", "LVA")]),
    ("Szwecja wysłała żołnierzy do batalionu NATO na Łotwie.", [("SWE", "deploysTroopsTo", "LVA")]),
    # an acronym right after the noun of a prepositional phrase places the act: it is not the subject
    ("Premier Polski na szczycie NATO skrytykował Rosję.", [("POL", "accuses", "RUS")]),
    ("Prezydent Litwy na szczycie G7 poparł Ukrainę.", [("LTU", "supports", "UKR")]),
    # an office right before a person's name is that person ("prezydentowi Emmanuelowi Macronowi")
    ("Premier Estonii podziękował prezydentowi Emmanuelowi Macronowi.", [("EST", "praises", "FRA")]),
    # a verb of thanking after a quote of several sentences names who says it ("— podziękował X")
    ("Rosja zaatakowała Ukrainę. „Dziękuję prezydentowi Łotwy za pomoc. I za wsparcie” — podziękował premier "
     "Estonii.", [("RUS", "attacks", "UKR"), ("EST", "praises", "LVA")]),
    # an attack told in the passive "z terytorium X" / "ze strony X" came from X
    ("Izraelskie miasta zostały zaatakowane z terytorium Libanu.", [("LBN", "attacks", "ISR")]),
    ("Tajskie jednostki zostały ostrzelane z terytorium Kambodży.", [("KHM", "attacks", "THA")]),
    # a full name that opens with "Unia" is not the EU
    ("Unia Gospodarcza i Walutowa Afryki Zachodniej zamroziła aktywa Nigru.", [("UEMOA", "sanctions", "NER")]),
    # a reflexive clitic right after a conflict verb of a coordinated subject: they do it to each other
    ("Gwatemala i Belize od lat oskarżają się o prowokacje na granicy.",
     [("GTM", "accuses", "BLZ"), ("BLZ", "accuses", "GTM")]),
    ("Sudan i Sudan Południowy grożą sobie zamknięciem granicy.",
     [("SDN", "threatens", "SSD"), ("SSD", "threatens", "SDN")]),
    # not a reflexive of cooperation ("bronią się": each defends itself) nor one before another verb
    ("Łotwa i Estonia bronią się przed cyberatakami.", []),
    ("Czechy i Słowacja zgodziły się wysłać żołnierzy.", []),
    # a war waged by two coordinated sides with no other side named: each attacks the other
    ("Peru i Ekwador stoczyły krótką wojnę graniczną.", [("PER", "attacks", "ECU"), ("ECU", "attacks", "PER")]),
    ("Etiopia i Somalia toczyły dwie wojny o Ogaden.", [("ETH", "attacks", "SOM"), ("SOM", "attacks", "ETH")]),
    # one side names the other, or the war is only named further on: no mutual attack
    ("Rosja i Białoruś prowadzą wojnę przeciwko Ukrainie.", [("RUS", "attacks", "UKR"), ("BLR", "attacks", "UKR")]),
    ("Prezydenci Chile i Peru złożyli wieńce na grobach ofiar wojny.", []),
    ("Rosja wypowiedziała wojnę Gruzji i Armenii.", [("RUS", "attacks", "GEO"), ("RUS", "attacks", "ARM")]),
    ("Kolumbia i Peru stanęły do starć zbrojnych nad Amazonką.",
     [("COL", "attacks", "PER"), ("PER", "attacks", "COL")]),
    # a present participle right after its noun: that noun does the act, not the clause's subject
    ("Egipt wspiera milicje walczące z rządem Libii.", []),
    ("Wojska Ugandy walczące z rebeliantami wkroczyły do Konga.", [("UGA", "attacks", "COD")]),
    # a participle's agent ("przez X") is not the agent of another participle before it
    ("Uzbrojone grupy kontrolowane przez Rwandę ostrzelały Burundi.", []),
    # a numeral word before a genitive after the verb counts the subject ("przybyło dwustu żołnierzy")
    ("Na Cypr przybyło trzystu greckich żołnierzy.", [("GRC", "deploysTroopsTo", "CYP")]),
    # "nie zawaha się" is a declared resolve: the strike it governs is a threat, not negated
    ("Azerbejdżan nie zawaha się uderzyć w Armenię.", [("AZE", "threatens", "ARM")]),
    # a foreign name the dictionary reads only as a vocative ("Maduro", "Ruto") has an unknown case, and
    # after a body noun, even one a preposition governs, it is that body's genitive
    ("Kanada nałożyła też sankcje na reżim Maduro.", [("CAN", "sanctions", "VEN")]),
    ("Brazylia skrytykowała też rząd Maduro.", [("BRA", "accuses", "VEN")]),
    # a governing body "w" a state is that state's body
    ("Delegacja Ghany rozmawiała z juntą w Gwinei.", [("GHA", "meetsWith", "GIN")]),
    ("Kanada potępiła władze w Mjanmie.", [("CAN", "accuses", "MMR")]),
    # a possessive owns the forces: "z X" after them is where they withdraw from, not whose they are
    ("Estonia wezwała do wycofania jej wojsk z Gruzji.", []),
    # a fronted hostile act condemned: the accused is its agent, never its victim
    ("Działania zbrojne Azerbejdżanu przeciwko Armenii stanowczo potępiła Francja.",
     [("FRA", "accuses", "AZE"), ("AZE", "attacks", "ARM")]),
    # a threat verb joined by "i" to an accusation of the same subject threatens the one accused
    ("Premier Węgier skrytykował Słowację i zagroził odwetem.",
     [("HUN", "accuses", "SVK"), ("HUN", "threatens", "SVK")]),
    ("Grecja oskarżyła Turcję o prowokacje i ostrzegła przed konsekwencjami.",
     [("GRC", "accuses", "TUR"), ("GRC", "threatens", "TUR")]),
    # a participial phrase between a preposition and its noun: the noun after it does the act and is
    # what the preposition governs; fighting "z" someone is only an epithet of that noun
    ("Kanada nałożyła embargo na okupującą Gruzję Rosję.", [("CAN", "sanctions", "RUS"), ("RUS", "attacks", "GEO")]),
    ("Szwecja przekazała pomoc humanitarną dla walczącej z Rosją Gruzji.", [("SWE", "providesAidTo", "GEO")]),
    ("Japonia ogłosiła restrykcje wobec wspierającej Moskwę Korei Północnej.",
     [("JPN", "sanctions", "PRK"), ("PRK", "supports", "RUS")]),
    # light verbs of agreeing on a measure give it their subject
    ("Ministrowie państw UE uzgodnili nowy pakiet sankcji wobec Białorusi.", [("EU", "sanctions", "BLR")]),
    # unnamed allies after a preposition are no alliance with an actor the clause names later
    ("Łotwa razem z sojusznikami podejmie kroki na rzecz obrony Litwy.", []),
    ("Czechy jako pierwsze dostarczały Mołdawii amunicję, to Czechy zainicjowały „koalicję amunicyjną”.",
     [("CZE", "suppliesWeaponsTo", "MDA")]),
    # after a preposition of aim the genitive of a supporting noun is the one supported
    ("Estonia podjęła działania na rzecz wsparcia Gruzji.", [("EST", "supports", "GEO")]),
    # a negated verb of stopping: the act goes on
    ("Kanada nie przestanie wspierać Mołdawii.", [("CAN", "supports", "MDA")]),
    # an attack noun's genitive target through adjectives: its owner is attacked, not the place after it
    ("Tureckie lotnictwo przeprowadziło ostrzał artyleryjski obiektów wojskowych PKK w północnym Iraku.",
     [("TUR", "attacks", "PKK")]),
    # a capital after a preposition is the scene: the body right after it is the subject, not its apposition
    ("Na szczycie w Wilnie premier Litwy powiedział, że Białoruś prowadzi wojnę hybrydową.",
     [("LTU", "accuses", "BLR")]),
    # "X zapłaci za …" reported by a speaker threatens X
    ("Szef MSZ Łotwy stwierdził, że Rosja zapłaci za swoje zbrodnie.",
     [("LVA", "threatens", "RUS"), ("LVA", "accuses", "RUS")]),
    # a form of "być" is no "były" (former): the body after it still acts for its state
    ("Szwecja nie będzie tolerować prowokacji ze strony rosyjskiej floty, powiedział premier Finlandii.",
     [("FIN", "accuses", "RUS")]),
    # a 'from the side of' phrase after a judged noun names the accused, not the reported clause's subject
    ("Premier Litwy powiedział, że Łotwa odpowie na prowokacje ze strony Białorusi.", [("LTU", "accuses", "BLR")]),
    # a lower-case adjective compound names two states: parties of a deal, or joint agents of an attack on a
    # third; a joint operation with no third is no war between the two
    ("W maju podpisano francusko-polskie porozumienie obronne.", [("FRA", "signsAgreementWith", "POL")]),
    ("Rozpoczęły się turecko-szwedzkie rozmowy.", [("TUR", "meetsWith", "SWE")]),
    ("Trwały francusko-brytyjskie naloty na Libię.", [("FRA", "attacks", "LBY"), ("GBR", "attacks", "LBY")]),
    ("Rzecznik dodał, że kanadyjsko-amerykańska operacja była odpowiedzią na prowokacje.", []),
    # a relative pronoun of possession: the body after it is the antecedent's ("…, której żołnierze …")
    ("Szwecja dołącza do Kanady, której żołnierze stacjonują już na Łotwie.", [("CAN", "deploysTroopsTo", "LVA")]),
    ("Holandia, której wojska stacjonują na Litwie, zwiększy wydatki na obronę.", [("NLD", "deploysTroopsTo", "LTU")]),
    # the statement a quote is read in names its speaker ("czytamy w oświadczeniu X"), and is no argument
    ("„Rosja prowadzi wojnę hybrydową” – napisano w komunikacie fińskiego MSZ.", [("FIN", "accuses", "RUS")]),
    ("W oświadczeniu czeskiego rządu czytamy, że Chiny prowadzą agresywną politykę wobec Tajwanu.",
     [("CZE", "accuses", "CHN")]),
    # a verbal noun of a light verb puts its agent before the act noun ("po rozpoczęciu przez X inwazji na Y")
    ("Od rozpoczęcia przez Stany Zjednoczone wojny z Irakiem minęło wiele lat.", [("USA", "attacks", "IRQ")]),
    ("Kraj ucierpiał wskutek prowadzenia przez Izrael ataków na Liban.", [("ISR", "attacks", "LBN")]),
    ("Parlament przyjął apel przez aklamację po ataku na Gruzję.", []),
    # a gapped list repeats the act, each conjunct with its own two actors ("X … na A, Y – na B")
    ("Szwecja wysłała żołnierzy na Łotwę, Norwegia – na Litwę, a Dania – do Estonii.",
     [("SWE", "deploysTroopsTo", "LVA"), ("NOR", "deploysTroopsTo", "LTU"), ("DNK", "deploysTroopsTo", "EST")]),
    # 'między X a Y' with no comma is one phrase, whatever verb follows; "z udziałem" is no first-person verb
    ("Rozmowy między Kubą a Meksykiem toczą się z udziałem mediatorów z Hiszpanii.",
     [("ESP", "meetsWith", "CUB"), ("ESP", "meetsWith", "MEX")]),
    # an act judged as a provocation ("traktuje X jako prowokację") accuses the act's agent ('przez Y')
    ("Rząd traktuje zatrzymanie czeskiego dziennikarza przez rosyjskie służby jako prowokację – powiedział "
     "szef MSZ Czech.", [("CZE", "accuses", "RUS")]),
    ("Premier Estonii uznał porwanie estońskiego funkcjonariusza przez Rosję za prowokację.",
     [("EST", "accuses", "RUS")]),
    # a bare office after the quote's verb ("– dodał rzecznik resortu.") is the speaker the narration named
    ("– Granica jest bezpieczna – zapewnił rzecznik czeskiego MSZ. – To Białoruś organizuje prowokacje na "
     "granicy – dodał rzecznik resortu.", [("CZE", "accuses", "BLR")]),
    ("– To Białoruś organizuje prowokacje na granicy – dodał rzecznik resortu.", []),
    # a relative pronoun after a preposition is no subject: the verb it leaves without one is the main
    # subject's ("wydało komunikat, w którym potępiło …"); an impersonal form still names no one
    ("Rząd Łotwy opublikował komunikat, w którym potępił rosyjski ostrzał Odessy.",
     [("LVA", "accuses", "RUS"), ("RUS", "attacks", "UKR")]),
    ("Szef MSZ Belgii odbył rozmowę z ministrem Kanady, podczas której pochwalił Kanadę.",
     [("BEL", "meetsWith", "CAN"), ("BEL", "praises", "CAN")]),
    ("Rząd Łotwy opublikował komunikat, w którym skrytykowano Węgry.", []),
    # walka z agresją drugiej strony to obrona: napastnikiem jest sprawca tej agresji
    ("Gruzja od lat walczy z rosyjską okupacją.", [("RUS", "attacks", "GEO")]),
    ("Japonia obiecała pomoc Tajwanowi walczącemu z chińską agresją.", [("CHN", "attacks", "TWN")]),
    # oskarżenie bez dopełnienia dotyczy aktora, który otwiera zdanie po "po tym, jak", "gdy"
    ("Szwecja zaprotestowała, gdy Węgry zablokowały unijny pakiet.", [("SWE", "accuses", "HUN")]),
    # przymiotnik, który nie nazywa aktora, nie przerywa kontroli: dziękuje się temu, kto wspiera
    ("Premier Danii podziękował Kanadzie za konsekwentne wspieranie jego kraju.",
     [("DNK", "praises", "CAN"), ("CAN", "supports", "DNK")]),
    # a quote of several sentences names its speaker only where it closes: its accusations and "we" are his
    ("„Wilno od miesięcy prowokuje. Zamknęli nam kolejną drogę. Jeśli tak dalej pójdzie, odpowiemy "
     "twardo” – oświadczył prezydent Białorusi.", [("BLR", "accuses", "LTU")]),
    ("„Ryga stale nas prowokuje. Nie będziemy milczeć” – mówi Łukaszenka.", [("BLR", "accuses", "LVA")]),
    # a genitive inside another prepositional phrase is no party of a meeting noun before it
    ("Podczas spotkania w Kownie szef MSZ Łotwy mówił o zacieśnianiu współpracy w obliczu "
     "wrogiej polityki Mińska.", []),
    # a naming verb with "mianem"/"jako": the one who describes the act accuses its agent
    ("Rzecznik MSZ Estonii opisał ruchy wojsk Rosji przy granicy mianem prowokacji.", [("EST", "accuses", "RUS")]),
    # "spotkać się z krytyką" meets no one: the critic accuses the owner of the act
    ("Decyzja Pekinu spotkała się z krytyką Manili.", [("PHL", "accuses", "CHN")]),
    # after a comma, a name right before its own verb or a dash opens a clause: no list with the one before
    # (and "ten krok" is the attack told before it in the sentence: Bolivia condemns Peru)
    ("Peru zaatakowało Chile, Boliwia potępiła ten krok.", [("PER", "attacks", "CHL"), ("BOL", "accuses", "PER")]),
    # a simulated attack is no attack (the drills near Cuba are a show of force: threatens.drills)
    ("Ministerstwo obrony Kuby podało, że kanadyjskie okręty kontynuowały manewry w pobliżu Kuby, symulując "
     "ataki na Kubę.", [("CAN", "threatens", "CUB")]),
    # an impersonal verb of sending: the state's adjective on the troops or weapons sent names the sender
    ("Do Łotwy skierowano szwedzkich żołnierzy.", [("SWE", "deploysTroopsTo", "LVA")]),
    ("Tajwanowi przekazano amerykańskie pociski.", [("USA", "suppliesWeaponsTo", "TWN")]),
    # "swój litewski odpowiednik" is Lithuania's minister
    ("Szef MSZ Czech przyjął w Pradze swojego słowackiego odpowiednika.", [("CZE", "meetsWith", "SVK")]),
    # "zdecydować o" + an act noun: who decides does it
    ("Rząd Łotwy zdecydował o wydaleniu z kraju attaché wojskowego Białorusi.", [("LVA", "sanctions", "BLR")]),
    # a protest handed over: the light verb's dative is the one protested against
    ("Korea Południowa przekazała Japonii protest.", [("KOR", "accuses", "JPN")]),
    # "przewodniczący" (chair, president of a council or commission) is the body of what it chairs
    ("Przewodnicząca Komisji Europejskiej zapowiedziała sankcje wobec Iranu.",
     [("EU", "sanctions", "IRN")]),
    # a protest lodged "do" a state is against it
    ("Wietnam złożył protest do Chin w sprawie połowów.", [("VNM", "accuses", "CHN")]),
    # fighter jets moved to an ally are a deployment
    ("Szwecja przerzuciła dwa myśliwce do Estonii.", [("SWE", "deploysTroopsTo", "EST")]),
    # a passive relative clause is about its antecedent: when that names no actor, no later actor stands in for it
    ("Chile ostrzelało bojówki, które wspierane są przez Boliwię z uwagi na wspólną walkę z Peru.", []),
    # a participle before its noun goes with the noun whose case it shares, not with a noun of another case before it
    ("Region jest pod kontrolą wspieranej przez Boliwię milicji Chile.", [("BOL", "supports", "CHL")]),
    # the verb of saying after a quote's closing dash is no light verb of a noun inside the quote
    # a lexicon lemma does not bring a homograph's paradigm: "broń" (arms) is no "bronić" (defend), "starcie"
    # (clash) no "start" (launch), "dostawa" (delivery) no "dostawać" (get); the warnings NATO provides threaten no one
    ("Dowództwo NATO zapewni Litwie ostrzeżenia dotyczące startów rakiet.", []),
    # a pronoun of a state's gender right after a verb of giving stands for the state the sentence before named
    ("Mołdawia potrzebuje broni. Rumunia przekazała jej setki czołgów.", [("ROU", "suppliesWeaponsTo", "MDA")]),
    ("Premier Włoch odwiedziła Kijów. Jej rząd przekazał Ukrainie pomoc humanitarną.", [("ITA", "meetsWith", "UKR"),
     ("ITA", "providesAidTo", "UKR")]),
    # wars of trade or information and fights against disinformation are no attacks
    ("Rosja prowadzi wojnę informacyjną przeciwko Polsce.", []),
    ("Polska walczy z rosyjską dezinformacją.", []),
    ("Wojna handlowa między Kanadą a Chinami przybiera na sile.", []),
    # (the judgement the speaker voices is an accusation of the one judged)
    ("– Peru popełniło błąd, atak na Chile to prowokacja – zapowiedział szef boliwijskiego rządu.",
     [("BOL", "accuses", "PER")]),
    # "wraz z" right after the verb names one who acts with the subject
    ("Chile wysłało wraz z Peru żołnierzy do Boliwii.",
     [("CHL", "deploysTroopsTo", "BOL"), ("PER", "deploysTroopsTo", "BOL")]),
    # a verb of saying in an adverbial participle ("-ąc") after a comma speaks for the sentence's subject
    ("Chile skrytykowało Peru, nazywając boliwijską blokadę aktem agresji.",
     [("CHL", "accuses", "PER"), ("CHL", "accuses", "BOL")]),
    # "grozić" takes what it threatens with in the instrumental: the threat is against that act's target
    ("Kanada zagroziła nałożeniem sankcji na Iran.", [("CAN", "threatens", "IRN")]),
    ("Ankara pogroziła atakiem na pozycje PKK.", [("TUR", "threatens", "PKK")]),
    # ... but an act in the nominative is what threatens the dative ("Tajwanowi grozi atak")
    ("Litwie grozi atak ze strony Białorusi.", []),
    # a light verb's dative before a threat noun is the one threatened
    ("Teheran postawił Londynowi ultimatum.", [("IRN", "threatens", "GBR")]),
    ("Kreml postawił Kiszyniowowi twarde ultimatum.", [("RUS", "threatens", "MDA")]),
    # an adjective before a trigger noun is the act's, not that of a body noun in the genitive after it
    ("Tureckie ataki dronów na Irak nasiliły się.", [("TUR", "attacks", "IRQ")]),
    ("Izraelskie naloty lotnictwa na Syrię trwają od rana.", [("ISR", "attacks", "SYR")]),
    # a declared readiness: for a material-conflict act a threat, for a threat the threat itself (plural too)
    ("Chiny są gotowe zaatakować Tajwan.", [("CHN", "threatens", "TWN")]),
    ("Rosja jest gotowa użyć siły wobec Litwy.", [("RUS", "threatens", "LTU")]),
    # "spotkać się z" what no actor is (consequences, journalists): co-subjects do not meet each other
    ("Polska i Litwa spotkały się z chłodnym przyjęciem w Brukseli.", []),
    ("Premierzy Danii i Szwecji rozmawiali z dziennikarzami w Sztokholmie.", []),
    # a noun after a modifier only nominative ("każda", "nowa") is its clause's own subject: the object of the
    # saying clause before is not
    ("Austria zapewniła Czechy, Słowację i Węgry, iż każda pomoc dla Kijowa spotka się z wdzięcznością.", []),
    # a dative is another verb's recipient, no party of a visit in the fronted phrase
    ("Po wizycie tureckich mediatorów w Grecji, rząd w Atenach przedstawił Cyprowi nowy plan.",
     [("TUR", "meetsWith", "GRC")]),
    # a war in the causal phrase of another act ("w wyniku", "z powodu") is given: the clause's subject does not wage it
    ("Austria i Węgry podniosły ceny gazu z powodu wojny w Ukrainie.", []),
    # 'mieć' before an infinitive is a modal: it governs no trigger noun ("tematem ma być wojna")
    ("Przywódcy Chin i Indii mają spotkać się w Pekinie, a tematem ma być wojna w Sudanie.",
     [("CHN", "meetsWith", "IND")]),
    # a place of a state after a preposition is the scene: the state's body right after it is the next phrase
    ("W czwartek na Alasce prezydent USA spotkał się z premierem Kanady.", [("USA", "meetsWith", "CAN")]),
    # a condition's conjunction governs every verb coordinated in its clause, not only the first
    ("Paryż zaproponował zniesienie ceł, jeśli Algieria przyjmie inspektorów i podejmie rozmowy z Tunezją.", []),
    # a trigger ending in its preposition ("inwazja na") takes the phrase after it whatever adjective it has
    ("Rosyjska inwazja na wschodnią Ukrainę trwa.", [("RUS", "attacks", "UKR")]),
    ("Bojownicy Hezbollahu przeprowadzili atak na północny Izrael.", [("HEZBOLLAH", "attacks", "ISR")]),
    # "z" with a genitive after an attack is where it came from; the target is the marked phrase after it
    ("Rosja przeprowadziła atak z Białorusi na Ukrainę.", [("RUS", "attacks", "UKR")]),
    # a warning's forbidden words count in the clause it reports: a danger warned of is no threat
    ("Rząd Czech ostrzegł, że istnieje zagrożenie atakiem na Słowację.", []),
    # a place inside an active participle's phrase before a listed name only says where that one acts
    ("Izrael i działający w Syrii Hezbollah prowadzą wymianę ognia.",
     [("ISR", "attacks", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")]),
    # a colon after the verb that opens a list of actors with no verb of its own ends no clause
    ("W wideokonferencji wzięli udział: premier Kanady, kanclerz Austrii i prezydent Czech.",
     [("CAN", "meetsWith", "AUT"), ("CAN", "meetsWith", "CZE"), ("AUT", "meetsWith", "CZE")]),
    # a trigger noun opening the sentence, read as a name too by its capital, is still a noun
    ("Walki Egiptu z bojownikami Hamasu trwają od tygodni.",
     [("EGY", "attacks", "HAMAS"), ("HAMAS", "attacks", "EGY")]),
    # after a coordination word an actor adjective is the next conjunct's, no bare object of the noun before
    ("Mińsk tak odpowiada na unijne sankcje i polskie wsparcie dla opozycji.", []),
]


test_polish_rule = edge_cases(CASES, "pl")
