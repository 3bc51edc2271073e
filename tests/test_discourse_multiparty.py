"""Multi-party meetings (pl, en, de): plans to meet, visits to a host, talks in someone's presence,
delegations hosted, meetings told as nouns.

The sentences are our own; each case fails without its rule.
"""

from __future__ import annotations

import pytest
from scored import edges, norm

#: (lang, text, edges that must be there, edges that must not)
CASES = [
    # --- a mediator noun that names both parties and no mediator, in a clause with a copula: the one actor
    # its clause names with no preposition mediates (meets each party; the parties do not meet each other)
    ("en", "Norway and Qatar have long been trusted mediators between Colombian and Ecuadorian officials.",
     [("NOR", "meetsWith", "COL"), ("QAT", "meetsWith", "ECU")], [("COL", "meetsWith", "ECU")]),
    ("de", "Als wichtigster Vermittler zwischen Chile und Peru war Norwegen an dem Abkommen beteiligt.",
     [("NOR", "meetsWith", "CHL"), ("NOR", "meetsWith", "PER")], [("CHL", "meetsWith", "PER")]),
    ("pl", "Norwegia jest głównym mediatorem między Chile a Peru.",
     [("NOR", "meetsWith", "CHL"), ("NOR", "meetsWith", "PER")], [("CHL", "meetsWith", "PER")]),
    # --- a meeting noun whose own comitative names a partner that is no actor (an interview with a medium):
    # the clause's other actors are not its parties
    ("pl", "Najmniej aktywne są Niemcy – powiedział premier Czech w rozmowie z Polsat News.", [],
     [("CZE", "meetsWith", "DEU")]),
    ("pl", "W czwartek szef polskiej dyplomacji spotka się w Bonn z minister spraw zagranicznych RFN.",
     [("POL", "meetsWith", "DEU")], []),
    # --- one of two parties named together before holds a meeting of its own: no meeting with the other
    ("en", "Ghana and Togo signed a trade pact on Monday. Togo will hold an emergency meeting on the floods.",
     [("GHA", "signsAgreementWith", "TGO")], [("GHA", "meetsWith", "TGO")]),
    ("en", "Japan and South Korea denounced the test. South Korea is to hold an emergency session of its security "
           "council about it.", [], [("JPN", "meetsWith", "KOR")]),
    # --- a city or region is the venue or topic of talks, never a party (ANNOTATION rule 7)
    ("en", "Egypt hopes the Gaza talks will resume soon.", [], [("EGY", "meetsWith", "PSE")]),
    ("en", "Chile welcomed the progress of the Crimea talks on Thursday.", [], [("CHL", "meetsWith", "UKR")]),
    # --- the hosts of one trip, listed after its destination preposition, do not meet each other
    ("de", "Der Besuch findet im Rahmen einer Reise nach Peru, Chile und Bolivien statt.", [],
     [("PER", "meetsWith", "CHL"), ("CHL", "meetsWith", "BOL")]),
    ("en", "The minister's trip to Ghana, Togo and Benin starts on Monday.", [],
     [("GHA", "meetsWith", "TGO"), ("TGO", "meetsWith", "BEN")]),
    ("pl", "Wizyta odbędzie się w ramach podróży do Peru, Chile i Boliwii.", [],
     [("PER", "meetsWith", "CHL"), ("CHL", "meetsWith", "BOL")]),
    # --- a stated plan to meet counts; "willing" in the meeting trigger's forbid list must not catch "will"
    ("en", "The Indian prime minister will meet Putin in Moscow next week.", [("IND", "meetsWith", "RUS")], []),
    ("en", "Ghana and Togo held talks in Accra on Monday. Nigeria will attend the talks as an observer.",
     [("NGA", "meetsWith", "GHA"), ("NGA", "meetsWith", "TGO")], []),
    ("en", "Japan is willing to meet North Korea.", [], [("JPN", "meetsWith", "PRK")]),
    # --- a witness: whoever a meeting or signing happens in the presence of meets each of its parties --
    ("en", "Ghana and Togo signed a border treaty in the presence of the Nigerian president.",
     [("NGA", "meetsWith", "GHA"), ("NGA", "meetsWith", "TGO"), ("GHA", "signsAgreementWith", "TGO")], []),
    ("en", "In the presence of the Kenyan president, Ethiopia and Eritrea signed a declaration.",
     [("KEN", "meetsWith", "ETH"), ("KEN", "meetsWith", "ERI")], []),
    ("de", "Ghana und Togo unterzeichneten im Beisein des nigerianischen Präsidenten einen Grenzvertrag.",
     [("NGA", "meetsWith", "GHA"), ("NGA", "meetsWith", "TGO")], []),
    ("de", "In Anwesenheit Macrons: Marokko und Spanien unterzeichnen ein Abkommen",
     [("FRA", "meetsWith", "MAR"), ("FRA", "meetsWith", "ESP")], []),
    ("pl", "Ghana i Togo podpisały traktat graniczny w obecności prezydenta Nigerii.",
     [("NGA", "meetsWith", "GHA"), ("NGA", "meetsWith", "TGO")], []),
    # not when the parties did not sign: the witness of nothing meets no one
    ("en", "Ghana and Togo did not sign the treaty in the presence of the Nigerian president.", [],
     [("NGA", "meetsWith", "GHA"), ("NGA", "meetsWith", "TGO")]),
    # --- lists of office holders: ", der ukrainische Präsident X und …" is the next of the list, not a relative
    # clause; an office before the next name ("Kremlchef X") does not break the list
    ("de", "Zuvor hatten Kanzler Scholz, Regierungschef Tusk, der ukrainische Präsident Selenskyj und der "
           "französische Staatschef Macron drei Stunden beraten.",
     [("DEU", "meetsWith", "POL"), ("DEU", "meetsWith", "UKR"), ("POL", "meetsWith", "FRA"),
      ("UKR", "meetsWith", "FRA")], []),
    ("pl", "Scholz, szef Kremla Putin i prezydent Francji Macron spotkali się w Berlinie.",
     [("DEU", "meetsWith", "RUS"), ("DEU", "meetsWith", "FRA")], []),
    # a relative clause stays one: a plural body after "die" may be its object
    ("de", "Putin traf Erdogan, der die russischen Truppen in Syrien kritisiert hatte.",
     [("RUS", "meetsWith", "TUR")], [("RUS", "meetsWith", "SYR")]),
    # --- calls by phone are between two: the partners listed do not meet each other -------------------------
    ("de", "Der spanische Regierungschef führte am Montag Telefongespräche mit dem polnischen Präsidenten, dem "
           "estnischen Regierungschef und dem finnischen Staatschef.",
     [("ESP", "meetsWith", "POL"), ("ESP", "meetsWith", "EST"), ("ESP", "meetsWith", "FIN")],
     [("POL", "meetsWith", "EST"), ("EST", "meetsWith", "FIN")]),
    ("en", "The Spanish prime minister held phone calls with the Polish president and the Estonian prime minister.",
     [("ESP", "meetsWith", "POL"), ("ESP", "meetsWith", "EST")], [("POL", "meetsWith", "EST")]),
    ("pl", "Premier Hiszpanii odbył rozmowy telefoniczne z prezydentem Polski i premierem Estonii.",
     [("ESP", "meetsWith", "POL"), ("ESP", "meetsWith", "EST")], [("POL", "meetsWith", "EST")]),
    # talks with two partners are one meeting: they meet each other
    ("en", "The Spanish prime minister held talks with the Polish president and the Estonian prime minister.",
     [("ESP", "meetsWith", "POL"), ("POL", "meetsWith", "EST")], []),
    # --- visitors named together each meet the host, not each other; a place before a visit noun hosts it
    ("pl", "W Paryżu planowane są wizyty prezydenta Kenii oraz premiera Etiopii.",
     [("KEN", "meetsWith", "FRA"), ("ETH", "meetsWith", "FRA")], [("KEN", "meetsWith", "ETH")]),
    ("pl", "Wizyty prezydenta Kenii oraz premiera Etiopii w Paryżu są planowane na maj.",
     [("KEN", "meetsWith", "FRA"), ("ETH", "meetsWith", "FRA")], [("KEN", "meetsWith", "ETH")]),
    ("en", "The Kenyan president and the Ethiopian prime minister will visit Paris in May.",
     [("KEN", "meetsWith", "FRA"), ("ETH", "meetsWith", "FRA")], [("KEN", "meetsWith", "ETH")]),
    ("de", "Der kenianische Präsident und der äthiopische Regierungschef besuchten Paris.",
     [("KEN", "meetsWith", "FRA"), ("ETH", "meetsWith", "FRA")], [("KEN", "meetsWith", "ETH")]),
    # a meeting of the same three is a meeting of each with each
    ("en", "The Kenyan president and the Ethiopian prime minister met in Paris.", [("KEN", "meetsWith", "ETH")], []),
    # --- mediators named by their role, beside it ("Egypt, a key mediator", "Mediators, including …"), with
    # no parties in their sentence: the two sides of the war told
    ("en", "Ethiopia kept shelling Eritrean border posts. Kenya, a key mediator in the conflict, proposed a plan.",
     [("KEN", "meetsWith", "ETH"), ("KEN", "meetsWith", "ERI")], []),
    ("en", "Ethiopia kept shelling Eritrean border posts. Mediators, including Kenya and Uganda, pushed for a truce.",
     [("KEN", "meetsWith", "ETH"), ("UGA", "meetsWith", "ERI")], []),
    ("de", "Äthiopien beschoss weiter Grenzposten Eritreas. Kenia, ein wichtiger Vermittler, legte einen Plan vor.",
     [("KEN", "meetsWith", "ETH"), ("KEN", "meetsWith", "ERI")], []),
    ("de", "Äthiopien beschoss weiter Grenzposten Eritreas. Die Vermittler, darunter Kenia und Uganda, legten "
           "einen Plan vor.",
     [("KEN", "meetsWith", "ETH"), ("UGA", "meetsWith", "ERI")], []),
    ("pl", "Etiopia nadal ostrzeliwała erytrejskie posterunki. Kenia, kluczowy mediator, przedstawiła plan.",
     [("KEN", "meetsWith", "ETH"), ("KEN", "meetsWith", "ERI")], []),
    # no war and no talks told: no parties
    ("en", "Kenya, a key mediator in the region, proposed a plan.", [], [("KEN", "meetsWith", "ETH")]),
    # --- a person introduced by office right after the verb's subject is still introduced, and named again
    ("de", "Ruto traf Ugandas Außenminister Jeje Odongo. Später empfing der ägyptische Präsident Odongo.",
     [("KEN", "meetsWith", "UGA"), ("EGY", "meetsWith", "UGA")], []),
    # --- "a delegation from the two countries": the pair's delegation; the pair named together in the sentence
    ("en", "France criticised Niger. The junta leader of Niger authorised troops from Mali and Burkina Faso to enter "
           "Niger, days after hosting an official delegation from the two countries.",
     [("NER", "meetsWith", "MLI"), ("NER", "meetsWith", "BFA")], [("NER", "meetsWith", "FRA")]),
    # --- "Nato", as British papers write it, is NATO
    ("en", "Nato officials met the Serbian president in Belgrade.", [("NATO", "meetsWith", "SRB")], []),
    # --- the sides of a conflict as a group word: "both parties", "die Konfliktparteien", "walczące strony"
    ("en", "Colombia and the ELN resumed talks in Havana. Both parties thanked the Cuban government.",
     [("COL", "praises", "CUB"), ("ELN", "praises", "CUB")], []),
    ("de", "Die Armee des Sudan und die RSF kämpften in Khartum. Kenia empfing die Konfliktparteien.",
     [("KEN", "meetsWith", "SDN"), ("KEN", "meetsWith", "RSF")], []),
    ("pl", "Armia Sudanu i RSF walczyły w Chartumie. Kenia gościła przedstawicieli walczących stron.",
     [("KEN", "meetsWith", "SDN"), ("KEN", "meetsWith", "RSF")], []),
    # --- adjectives before the next name do not break a list: "the war between the army and the paramilitary RSF"
    ("en", "Kenya and Uganda held talks on ending the war between the Sudanese army and the paramilitary Rapid "
           "Support Forces.",
     [("SDN", "attacks", "RSF"), ("KEN", "meetsWith", "UGA")], [("KEN", "attacks", "UGA")]),
    # --- a joint press conference is a meeting of those who give it -------------------------------------
    ("en", "The Kenyan and Ethiopian leaders held a joint press conference in Nairobi.",
     [("KEN", "meetsWith", "ETH")], []),
    ("de", "Die Präsidenten Kenias und Äthiopiens gaben in Nairobi eine gemeinsame Pressekonferenz.",
     [("KEN", "meetsWith", "ETH")], []),
    ("pl", "Podczas wspólnej konferencji prasowej przywódców Kenii i Etiopii ogłoszono nowe porozumienie.",
     [("KEN", "meetsWith", "ETH")], []),
    ("en", "The Kenyan president told a joint press conference that Somalia had attacked Ethiopia.",
     [("SOM", "attacks", "ETH")], [("KEN", "meetsWith", "SOM"), ("KEN", "meetsWith", "ETH")]),
    # --- "beide Seiten" after a sentence naming the sides: not an origin adjective of one side, nor the
    # state a side is in or strikes in
    ("de", "Zwischen Israel und der palästinensischen Organisation Hamas gilt eine Feuerpause. Beide Seiten "
           "werfen einander Verstöße vor.", [("ISR", "accuses", "HAMAS"), ("HAMAS", "accuses", "ISR")],
     [("ISR", "accuses", "PSE")]),
    ("de", "Die türkische Armee beschoss Stellungen der PKK im Irak. Beide Seiten werfen einander "
           "Provokationen vor.", [("TUR", "accuses", "PKK"), ("PKK", "accuses", "TUR")], [("TUR", "accuses", "IRQ")]),
    ("de", "Die israelische Armee bombardierte erneut Ziele im Libanon, zuvor hatte die Hisbollah Israel "
           "beschossen. Beide Seiten werfen einander Verstöße vor.",
     [("ISR", "accuses", "HEZBOLLAH"), ("HEZBOLLAH", "accuses", "ISR")], [("LBN", "accuses", "ISR")]),
    # --- an office with no state of its own is one person: after a meeting it is not both sides at once
    ("pl", "Podczas wtorkowego spotkania premierów Czech i Słowacji w Bratysławie rozmawiano o bezpieczeństwie. "
           "Rzecznik MSZ poinformował, że rozmowy dotyczyły naruszenia słowackiej przestrzeni powietrznej przez "
           "rosyjskie drony.", [("CZE", "meetsWith", "SVK")], [("CZE", "accuses", "RUS"), ("SVK", "accuses", "RUS")]),
    # --- counterparts 'from' a state are that state's officials, though someone's ("his counterparts from X");
    # in German also with the article the state's name takes ("aus der Schweiz")
    ("en", "The Danish defence minister held talks in Oslo with his counterparts from Iceland and Finland.",
     [("DNK", "meetsWith", "ISL"), ("DNK", "meetsWith", "FIN")], []),
    ("de", "Die dänische Außenministerin traf sich in Oslo mit ihren Amtskollegen aus Island und Finnland.",
     [("DNK", "meetsWith", "ISL"), ("DNK", "meetsWith", "FIN")], []),
    ("de", "Am Freitag sprach der dänische Regierungschef lange mit seinen Amtskollegen aus der Schweiz "
           "und Liechtenstein.", [("DNK", "meetsWith", "CHE"), ("DNK", "meetsWith", "LIE")], []),
    # --- co-mediators of talks between two others work side by side: no meeting of theirs
    ("en", "Kenya and Ghana mediated talks between Chad and Cameroon in Nairobi.",
     [("KEN", "meetsWith", "TCD"), ("GHA", "meetsWith", "CMR")], [("KEN", "meetsWith", "GHA")]),
    ("en", "Norway and Iceland acted as mediators between Peru and Ecuador in weeks of talks.",
     [("NOR", "meetsWith", "PER")], [("NOR", "meetsWith", "ISL")]),
    # --- meetings held one by one: the partners listed do not meet each other; nor, with the one who met
    # them unknown, with anyone
    ("en", "The Indian premier held separate meetings with the presidents of Kenya, Peru and Spain.",
     [("IND", "meetsWith", "KEN"), ("IND", "meetsWith", "ESP")], [("KEN", "meetsWith", "PER")]),
    ("en", "Governor Tom Ellery Banda had separate talks with envoys from Kenya, Peru and Spain.",
     [], [("KEN", "meetsWith", "PER"), ("PER", "meetsWith", "ESP")]),
    ("en", "Governor Tom Ellery Banda had separate talks with envoys from Kenya, Peru and Spain on the sidelines "
           "of the forum.", [], [("KEN", "meetsWith", "PER"), ("PER", "meetsWith", "ESP")]),
    ("pl", "Premier Indii spotkał się osobno z prezydentami Kenii, Peru i Hiszpanii.",
     [("IND", "meetsWith", "KEN")], [("KEN", "meetsWith", "PER")]),
    ("de", "Der indische Premier führte getrennte Gespräche mit den Staatschefs von Kenia, Peru und Spanien.",
     [("IND", "meetsWith", "KEN")], [("KEN", "meetsWith", "PER")]),
    # --- a state hosting foreign servicemen hosts no meeting
    ("en", "Norway and Denmark, both close partners, are hosting about 3,000 US personnel on their soil.",
     [], [("NOR", "meetsWith", "USA"), ("DNK", "meetsWith", "USA")]),
    # --- a titled office with its 'of' phrase ("Secretary of State") is one body before its holder's name, so a
    # list of three ministers stays one list of parties
    ("en", "During their talks, Danish Foreign Minister Lars Løkke Rasmussen, US Secretary of State Antony Blinken and "
           "the Dutch foreign minister agreed on closer ties.",
     [("DNK", "meetsWith", "USA"), ("DNK", "meetsWith", "NLD"), ("USA", "meetsWith", "NLD")], []),
    # --- a chain of three or more hyphened names before a meeting noun, or as the format it is held in: every
    # name is a side ("the Japan-U.S.-ROK summit", "w formacie Turcja–USA–Ukraina"); a topic chain is no format
    ("en", "The premiers held a Chile-Peru-Colombia summit in Lima on Friday.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "COL"), ("PER", "meetsWith", "COL")], []),
    ("en", "Talks in the Chile-Peru-Colombia format resumed on Friday.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "COL"), ("PER", "meetsWith", "COL")], []),
    ("pl", "W Limie odbyło się spotkanie w formacie Chile–Peru–Kolumbia.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "COL"), ("PER", "meetsWith", "COL")], []),
    ("de", "Die Gespräche im Chile-Peru-Kolumbien-Format wurden am Freitag fortgesetzt.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "COL"), ("PER", "meetsWith", "COL")], []),
    ("en", "Diplomats held talks on the Chile-Peru-Colombia border dispute.", [],
     [("CHL", "meetsWith", "PER"), ("PER", "meetsWith", "COL")]),
    # --- a host receives a state's official named with the state's possessive ("received Qatar's envoy"), in
    # either voice; a state's thing so named ("welcomed Turkey's approval") is no guest
    ("en", "The Kenyan president received Ghana's envoy in Nairobi.", [("KEN", "meetsWith", "GHA")], []),
    ("en", "Peru's foreign minister was welcomed by the Chilean president.", [("CHL", "meetsWith", "PER")], []),
    ("en", "Kenya welcomed Ghana's approval of the plan.", [], [("KEN", "meetsWith", "GHA")]),
    # --- a group's members listed in brackets after it, and the list going on past the closing bracket
    ("en", "The E3 (Germany, France and Britain) and Chile held talks in Geneva.",
     [("DEU", "meetsWith", "CHL"), ("FRA", "meetsWith", "CHL"), ("GBR", "meetsWith", "CHL")], []),
    # --- the host of a meeting noun its verb governs meets the noun's partners ("hosted a summit with the
    # leaders of A and B")
    ("en", "The Kenyan president hosted a summit with the leaders of Ghana and Togo.",
     [("KEN", "meetsWith", "GHA"), ("KEN", "meetsWith", "TGO")], []),
    # --- discussing something with someone is talking with them ("discussed energy with", "besprach mit",
    # "erörterte die Lage mit"); not a war or ties with a state that the topic names
    ("en", "The Kenyan president discussed energy and migration with the Ghanaian prime minister.",
     [("KEN", "meetsWith", "GHA")], []),
    ("en", "The Kenyan president discussed Ethiopia's war with Eritrea.", [], [("KEN", "meetsWith", "ERI")]),
    ("de", "Der kenianische Präsident erörterte die Energiefrage mit dem ghanaischen Regierungschef.",
     [("KEN", "meetsWith", "GHA")], []),
    # --- agreeing to meet or to build ties is no deal signed
    ("en", "Ghana and Togo agreed to strengthen their strategic partnership.", [],
     [("GHA", "signsAgreementWith", "TGO")]),
    # --- Polish 'między A, B a C': the 'a' before the last name closes the list, it opens no clause
    ("pl", "Rozmowy między Chile, Peru a Kolumbią zakończyły się fiaskiem.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "COL"), ("PER", "meetsWith", "COL")], []),
    # --- talks or a deal one argues for are a proposal, not an event (like talks one calls for)
    ("en", "Austria backed negotiations with Iran.", [], [("AUT", "meetsWith", "IRN")]),
    ("pl", "Austria opowiedziała się za rozmowami z Iranem.", [], [("AUT", "meetsWith", "IRN")]),
    ("de", "Österreich sprach sich für Verhandlungen mit dem Iran aus.", [], [("AUT", "meetsWith", "IRN")]),
    ("en", "Austria held negotiations with Iran.", [("AUT", "meetsWith", "IRN")], []),
]


@pytest.mark.parametrize(("lang", "text", "want", "unwanted"), CASES)
def test_multiparty(lang: str, text: str, want: list, unwanted: list) -> None:
    got = edges(text, lang)
    assert norm(want) <= got, (text, got)
    assert not norm(unwanted) & got, (text, got)
