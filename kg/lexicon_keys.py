"""The keys of a lexicon file (``kg/data/lexicon/<lang>.toml``), each with what it does.

kg.lexicon validates files against these (an unknown key is an error naming the file and
line); kg/data/README.md documents every one of them, and tests/test_data.py keeps the two in
step. They live apart from the loader so that adding a key touches one short file.
"""

from __future__ import annotations

#: Cue concepts: every lexicon has these lists under [words].
WORD_KEYS = {
    "abbreviations": "words before a period that does not end a sentence",
    "closing_abbreviations": "abbreviations that also end sentences ('r.' of a year, 'itd.', 'etc.'): before a "
                             "capitalized word they do, unless all before them is a phrase opening the sentence "
                             "(a preposition or a number first: 'W lutym 2022 r. Rosja …')",
    "ordinal_heads": "nouns of units a number with a period may be the ordinal of ('45. Brygada', "
                     "'die 10. Panzerdivision'): before one of them, capitalized, the period after the number "
                     "ends no sentence",
    "negation": "negate a trigger when right before it ('nie', 'not', 'never')",
    "not_negating": "words or phrases after a negation word that cancel it ('nie tylko', 'not only', "
                    "'did not hesitate to', 'did not hold back')",
    "denial": "deny what follows in the sentence ('zaprzecza', 'denies')",
    "hypothetical": "make what follows in the clause a possibility ('może', 'could', 'if')",
    "reported_future": "hypothetical auxiliaries that reported speech uses for a plain future ('würde' for "
                       "'werde'): with a verb of saying and no condition in the sentence, a stated plan",
    "resolve": "declared readiness ('ready to', 'gotowa'): a material-conflict act it governs is a threat, not a fact",
    "condition": "open a condition ('jeśli', 'w razie'): a material-conflict act pledged in another clause of the "
                 "sentence is a threat, not a fact",
    "condition_verb_first": "a modal verb that opens a condition by standing first in its clause ('Sollte Israel "
                            "angreifen, …'): at the start of the sentence, or after the comma that closes the clause "
                            "of the act; the act pledged in the other clause is a threat, as with 'condition'",
    "demand": "make what follows a demand, not a fact ('wzywa', 'urged')",
    "conditional_endings": "verb endings of the conditional mood ('łoby', 'liby'): a possibility, not a fact",
    "hedge": "keep the claim but mark it hedged ('podobno', 'reportedly')",
    "attribution": "introduce who says it ('według', 'according to'); a word may stand inside one "
                   "('nach südkoreanischen Angaben'), and an actor there says it",
    "such_as": "a plural noun of states or groups and the words that give examples of it ('Länder wie', "
               "'groups such as'; words may stand between: 'Länder in der Region wie'): the names after it are "
               "no phrase of that preposition but the noun's examples, and take its role and its preposition "
               "('backing for armed groups like Hamas')",
    "reflexive_possessive": "possessives that refer back to the clause's subject ('swój', 'swoje'): an attack on "
                            "'swoje terytorium' hits the subject",
    "complement_adjective": "adjectives whose complement is an actor ('wrogie Rosji państwa', 'states hostile to "
                            "the US', 'dem Kreml nahestehende Medien'): a name right before or after one (across "
                            "articles) only describes the noun the adjective goes with and takes no role in the clause",
    "crowd": "nouns of a crowd ('protesters', 'demonstranci', 'Demonstranten'): a state's adjective right before one "
             "names people who do not act for their state, so a frame with only that as its subject has no agent; "
             "as a target the crowd still stands for its state's people",
    "generic_bodies": "a state body's names that other states' press uses for their own ('Foreign Office', also "
                      "Pakistan's): in an article that has named actors, none of that state, they name no one, "
                      "and the speaker is the article's topic",
    "abstract_target": "nouns of a plan, words or standing ('plan', 'policy', 'remarks', 'elections'): an attack "
                       "verb whose object is a possessor of one ('torpedoed the EU's plan') strikes no one",
    "harmed": "verbs of being harmed with the preposition that governs the act, last ('killed in', 'wounded by'): "
              "an attack noun with no target in that phrase hits the actor right before them ('Two Iranian "
              "generals were killed in an Israeli strike' is Israel's attack on Iran)",
    "harm_nouns": "nouns of harm done to someone ('assassination', 'zabójstwo', 'Ermordung', 'deaths'): an "
                  "accusation verb whose object is only named in the phrase of such a noun right after it ('condemned "
                  "the assassination of a Hamas leader') condemns no one, unless the phrase names the agent",
    "speaking_office": "offices and bodies that act in words only ('ambassador', 'embassy', 'spokesman', "
                       "'ambasador', 'Botschafter'): an attack verb whose subject is only such an office of a "
                       "state ('China's ambassador attacked Australia', 'the Russian embassy attacked London') is "
                       "an attack in words, an accusation",
    "led_by": "words that make the name after them lead the noun before them ('led by', 'pod dowództwem', "
              "'unter Führung'): the name is no phrase of that preposition; it acts through what it leads ('troops "
              "led by Russia attacked …' is an attack by Russia)",
    "source_before": "attribution words that follow who says it ('US-Beamten zufolge'): the actor right before "
                     "them says it and has no role",
    "impending": "forms of a verb of threatening that, right before an act noun in the nominative, say the act looms "
                 "('An der Grenze droht ein Krieg'): the noun is its subject, so no one threatens it and the act "
                 "stays a possibility",
    "self_source": "a word inside an attribution that makes the clause's own subject its source ('nach eigenen "
                   "Angaben', 'by its own account'): no name after the attribution says it",
    "clause_break": "end a clause for role finding ('który', 'that', 'but')",
    "infinitive_marker": "the particle of an infinitive clause, also inside a separable verb ('zu': 'zu unterstützen', "
                         "'anzugreifen'): with verb_second, such a clause after a comma stands on its own",
    "separable_particles": "particles that close a separable verb ('an', 'ein', 'vor'): a gapped trigger ending in one "
                           "is no match where that word is an article before a word or stands before an article "
                           "or a capitalized noun ('trafen ein Kraftwerk', 'griff an der Grenze')",
    "subject_pronouns": "English pronouns only a subject takes ('it', 'they', 'he'): one right after a relative word "
                        "makes the antecedent the relative verb's object ('Peru, which it accuses of …')",
    "masculine_nouns": "names and nouns of masculine gender ('Iran', 'Präsident'): after an article that is never "
                       "accusative ('der') one is the nominative, the subject of a relative clause whose pronoun "
                       "('die', 'das') is then its object",
    "object_relatives": "relative articles that are never nominative ('dem', 'den', 'denen'; not the possessive "
                        "'dessen', 'deren'): after a comma, the antecedent is the object of the verb-final clause "
                        "they open ('Haftar, dem Russland hilft')",
    "date_article": "the article of a date set off by commas after a weekday ('am Dienstag, den 15. April, …'): "
                    "those commas part no clause or list between a subject and its verb",
    "object_articles": "articles that mark their noun as no subject ('den', 'dem'): a name after one standing "
                       "first in a verb-second clause is the fronted object, the actor after the verb the subject",
    "relative_subject": "relative pronouns in the nominative: the antecedent is the subject ('który')",
    "relative_possessive": "relative pronouns of possession ('której', 'whose'): a body noun right after one "
                           "after a comma is the antecedent's body ('Wielka Brytania, której żołnierze "
                           "stacjonują w Estonii')",
    "relative": "relative pronouns: their clause's subject is the actor before them ('który', 'who')",
    "clause_relative": "words that after a comma refer back to the whole clause before ('co', 'was', "
                       "'which'): a judgement in their clause judges that clause's subject "
                       "('…, co Japonia uznała za prowokację')",
    "subordinator": "words that open a subordinate clause at the sentence's start or after a comma only when a "
                    "verb closes that clause (German 'als', 'seit': 'Als Russland die Ukraine angriff, …'); "
                    "where the verb does not stand last, a clause opening the sentence ends at the first comma "
                    "after its finite verb ('If Iran attacks Israel, the United States …', 'Gdy Rosja …, ')",
    "latter": "phrases for the second of the last two actors named together ('the latter'): that actor",
    "defied": "words of defying or receiving a threat ('despite', 'ignored', 'received', 'faced', 'mimo', 'trotz'): a "
              "warning or threat with its author and no addressee after one is aimed at the clause's subject",
    "home_army": "a state's forces with no owner named ('the army', 'die Armee', 'armia'): the army of the state the "
                 "sentence places itself in ('in Sudan'), else of the topic when that is one state",
    "former_named": "phrases for the first of the last two actors named together ('the former'): that actor",
    "adjunct": "words before an -ing clause that shares the sentence's subject ('while', 'after': 'X criticised Y "
               "while agreeing to provide aid to Z'); such a clause opening the sentence takes the subject after its "
               "comma ('After meeting Xi, Biden said')",
    "span_adjunct": "prepositions that set the time span of the clause's act ('since', 'during', 'seit'): a "
                    "possessive after them, also after 'the start of', is the clause's subject's ('X has struck Y "
                    "since the outset of its war on Z' is X's war), not the nearest actor's",
    "occasion": "words that open a clause telling what a reaction answers ('after', 'po tym, jak', 'nachdem'): an "
                "accusation with no object of its own judges that clause's subject ('Japan protested after Chinese "
                "ships entered its waters')",
    "sequel": "words that open a clause telling what came next ('po czym'): who acts there is no party of the "
              "meeting the clause before names ('spotkanie ministrów X i Y, po czym minister Z ...')",
    "as_role": "'as' before a noun the subject becomes ('bezeichnete X als Verbündeten', 'mit Katar als Vermittler')",
    "relative_article": "words that open a relative clause after a comma only when the verb closes that clause "
                        "(German 'der', 'die', 'den': ', den Russland führt,'); elsewhere they are articles",
    "complementizer": "introduce a reported clause: a cue before them governs it ('że', 'that')",
    "coordination": "join coordinated actors ('i', 'oraz', 'and')",
    "determiners": "words skipped between coordinated actors and before bodies ('the')",
    "auxiliaries": "words between 'and' and a coordinated verb ('and has also threatened', 'i także ostrzegł')",
    "quantifiers": "words before a counted subject ('tysiące', 'kilka'); Polish puts it in the genitive",
    "from": "'from': a body noun before 'from <actor>' is that actor's body ('żołnierze z Korei')",
    "within": "'in': an actor right before 'in <noun trigger>' is its subject ('Rosji w wojnie z')",
    "mission": "diplomatic missions ('ambasada', 'chargé d'affaires'): 'in <capital>' after them is the host, "
               "not their state ('ambasada Rosji w Bukareszcie')",
    "sanctioned": "people or property a sanction falls on: the genitive of a sanctions noun naming them is its "
                  "object, not its subject ('wydalenie rosyjskich dyplomatów', 'zamrożenie aktywów Rosji')",
    "origin": "after a hyphen, words that make an actor adjective a mere origin ('Liberian-flagged')",
    "member_nouns": "after a hyphen, singular nouns of one member ('G7-Land', 'EU-Staat', 'Nato-Mitglied'): the name "
                    "before names an unnamed member, no actor (the plural 'EU-Staaten' stays the organization)",
    "member_plurals": "after a hyphen, plural nouns of members ('EU-Staaten', 'Nato-Verbündeten'): with names right "
                      "after them ('die EU-Staaten Polen und Ungarn') the names are the members meant and the name "
                      "before the hyphen no actor",
    "leading": "after a hyphen, words that make the name the leader of the noun after ('US-led coalition'): "
               "it acts through that noun, as its owner does ('the US-led war in Afghanistan')",
    "currency": "names of money: a state's name right before one ('US$', 'US dollars', 'US-Dollar') or its "
                "adjective next to one ('Canadian dollars', 'dolarów amerykańskich') is money, not an actor; an "
                "amount in one governs 'in'/'of' ('$5 million in aid': the verb before it governs the aid)",
    "reduced": "prepositions after a participle that mark it as an adjective ('accused of', 'stationed in')",
    "measure_nouns": "nouns of number before a preposition ('eine Reihe von Luftangriffen', 'eine Welle von "
                     "Angriffen'): like an amount of money, they let the verb before them govern the noun after",
    "others": "words of 'other' before a name hyphened to a plural of members ('andere Nato-Staaten', 'weitere "
              "EU-Länder'): some unnamed members, neither the organization nor an actor",
    "other_members": "plural nouns of members after 'other' and a name, or between 'other' and a name in the "
                     "genitive ('other NATO members', 'inne państwa NATO'): some unnamed members, neither the "
                     "organization nor an actor; the names listed before them are the clause's actors",
    "respective": "coordinating words that pair two lists item by item ('bzw.', 'beziehungsweise'): 'A bzw. B "
                  "kritisierten X bzw. Y' is A against X and B against Y, not each against each",
    "adversative": "a coordinating word that may open a new clause with its own subject "
                   "(Polish 'a' in '…, a prezydent …')",
    "name_adjective_endings": "pairs 'a>b' of a strong adjective ending and its weak form: an actor's name (not a "
                              "person's) with a capitalized adjective before a capitalized word is matched with the "
                              "weak form too, which the article and the cases take ('Islamischer Staat': 'der "
                              "Islamische Staat', 'des Islamischen Staates')",
    "spelling_variants": "pairs 'a>b' of a spelling the language also writes: a literal word written with a is "
                         "matched written with b too (Swiss German 'ß>ss': 'Gegenmassnahmen', 'hiess es')",
    "coming": "a verb of coming whose subject, a noun of saying, has its author in the source phrase ('Aus Moskau "
              "kommen Drohungen gegen Kiew', 'Kritik kam von der EU')",
    "owned_by": "a participle of use or ownership before the actor that owns what an attack hit ('used by', "
                "'należący do'), or the verb closing a relative clause on it (German 'die von der Miliz genutzt "
                "werden')",
    "negative_prefix": "the prefix of a negated form the morphology tags 'neg' (Polish 'nie' in 'niewysłanie')",
    "possessive_clitic": "the clitic the tokenizer splits off a possessor (English \"'s\" in \"Russia's\"); empty "
                         "in languages that mark possession by case",
    "genitive_marker": "words that make a genitive of a name ('of' in 'president of Russia')",
    "prepositions": "prepositions: an actor right after one is not the clause subject",
    "agent": "introduce the agent of a passive ('przez', 'by')",
    "noun_agent": "prepositions that mark the agent of a verbal noun ('durch', 'seitens': 'die Annexion der Krim "
                  "durch Russland'); without them a language that marks case takes its passive agent words",
    "passive_aux": "auxiliaries of the passive ('został', 'was')",
    "present_aux": "auxiliaries of the present or of a modal ('is', 'will', 'would'), not of the past or the "
                   "perfect: a reported clause told in them is not continued by a past verb after 'and' ('said that "
                   "Finland is a hostile state and blamed NATO': the sayer blames)",
    "process_passive": "forms of the auxiliary of the process passive (German 'werden': 'wurde', 'wird', 'worden'; "
                       "not 'ist'): a participle trigger near one is a passive even with no agent named",
    "past_passive": "past forms of that auxiliary the analyser does not mark as past ('wurde', 'wurden'): a "
                    "participle that is also an infinitive ('überfallen') is a passive only after one",
    "seat_bodies": "governing bodies whose state follows 'in' ('die Regierung in Niger', 'die Machthaber im "
                   "Niger'): that state's body, where soldiers 'in' a state are not its own",
    "body": "nouns that turn an actor adjective into a body ('MSZ', 'ministry', 'troops')",
    "pair": "phrases that mean the two actors last named ('oba kraje', 'both countries')",
    "pair_determiners": "words that make a pair phrase of a ``pair_persons`` noun after them, up to two words "
                        "between ('both', 'the two', 'obaj', 'beide': 'the two foreign ministers')",
    "party_determiners": "an article and a number word from three up that make a ``parties`` phrase of a "
                         "``pair_persons`` or ``state_nouns`` noun after them, up to two words between ('der drei "
                         "Länder', 'den drei afrikanischen Staaten'): the last that many actors named together",
    "pair_persons": "nouns that make a pair phrase mean two persons ('mężczyzna', 'leaders', 'Politiker'): "
                    "'both men' are the last two persons named, of two states",
    "parties": "phrases that mean all the parties just named together ('the leaders', 'przywódcy trzech krajów')",
    "numbers": "number words from two upwards, in order ('two', 'three', …): how many parties a phrase means",
    "part_of": "phrases that place a territory in a state ('part of'): in an unknown place's apposition ('Karabakh, "
               "a region recognized as part of Azerbaijan') the state after one is the place's state",
    "including": "phrases after an organization that list its members ('w tym', 'including'): in 'państw NATO, w "
                 "tym Łotwy i Estonii' the members named stand in the organization's place",
    "existential": "the word of a place that opens an existential clause before a copula ('there was no "
                   "consensus'): it names no place",
    "answered": "the preposition after a verb of answering that governs what is answered ('responded to firing "
                "from India'): an -ing form after it is a noun, not a verb whose subject is the one answering",
    "tie_sides": "prepositions that name all the sides of a tie ('between', 'zwischen', 'między'): an actor "
                  "outside them whose verb only judges the tie ('backed talks between A and B') is no side of it",
    "comitative": "prepositions of taking part together ('with', 'z'): partners of one meeting meet each other",
    "comitative_fused": "one word that fuses a comitative preposition with the noun of help it governs "
                        "('mithilfe'): a help trigger of that word is the noun of a comitative phrase, its genitive "
                        "the helper",
    "any_determiners": "determiners of 'any' or 'every' ('any', 'każdy', 'jeder'): an act noun right after one "
                       "(an adjective may stand between) is no event, only a possibility ('any aggression by X')",
    "state_pronouns": "object pronouns of the gender most state names have ('jej', 'nią'): with no person named in "
                      "the sentence before, one stands for the state that sentence named last",
    "admission": "prepositions of entering a body ('to', 'into', 'do'): a host verb whose guests are welcomed "
                 "through one into an organization of members ('welcomed Chad and Niger to the African Union') "
                 "admits them, no meeting; not before a meeting noun ('to the NATO summit')",
    "intermediary": "nouns of help or mediation that a comitative or other preposition governs ('with the "
                    "mediation of', 'z pomocą', 'mit Hilfe'): the actor in their genitive helped the act and is no "
                    "partner of a meeting, deal or alliance",
    "possible_predicates": "adjectives of possibility ('possible', 'impossible', 'unlikely', 'möglich', "
                           "'niemożliwy'): after a copula that follows an act noun in its clause, the act is only a "
                           "possibility ('a direct meeting between them was not possible')",
    "co_agents": "words before an actor that make it act with the clause's subject, between the subject and the act "
                 "or right after a verb ('together with', 'alongside', 'wraz z', 'neben'); not a plain 'with', "
                 "which may name a partner or an instrument",
    "warned_of": "prepositions of what one warns of or fears ('vor', 'przed'): the act named there is feared, not "
                 "one answered, so its agent is not the one threatened",
    "private": "nouns that make an actor's adjective a mere origin: firms, citizens, ships, rebels ('Chinese "
               "companies', 'rosyjscy oligarchowie'): private actors do not act for their state",
    "former": "words that make a body or official a former one ('former', 'były'): no longer acting for the state",
    "control": "prepositions that join a charge or a reason to an accusation's object ('accused X of arming', 'o', "
               "'za'): the object does what follows",
    "regime": "phrases that mean the state last named ('reżim', 'the regime')",
    "bloc": "phrases that mean the organization last named ('the bloc', 'the alliance')",
    "group": "phrases that mean the armed group last named ('ugrupowanie', 'the militants')",
    "reciprocal": "'each other': a coordinated subject does it to one another ('wzajemnie')",
    "other_possessive": "possessives that never mean their own clause's subject, in a language with a reflexive "
                        "one ('jej' beside 'swój'): 'sankcje wobec Rosji w związku z jej agresją' is Russia's",
    "reciprocal_clitic": "reflexive clitics that mean 'each other' only right after a trigger verb of verbal or "
                         "material conflict, with a coordinated subject and no object ('oskarżają się', 'grożą "
                         "sobie')",
    "fighting": "nouns and verbs of fighting ('wojna', 'walki'): a coordinated subject that fights with no other "
                "side named fights each other ('Etiopia i Erytrea toczyły wojnę')",
    "joint_acts": "nouns of an act one side does to another ('strikes', 'raids'): a hyphened pair of actors right "
                  "before one, with no target named, did it together ('the US-UK strikes'), not to each other",
    "possessive_pronoun": "possessives that make a following body noun the topic's body ('its', 'jego')",
    "pronoun": "pronouns that mean the last subject ('on', 'he', 'they')",
    "plural_pronouns": "pronouns and possessives of the plural ('they', 'their', 'oni', 'ich'): they mean several "
                       "actors named together ('Yoon posed with Biden and Kishida as they …'), never one organization",
    "singular_pronouns": "pronouns of the singular ('he', 'on', 'er'): never a set of two or more states; of a "
                         "pair of leaders, the last person named of them",
    "attributive_endings": "endings an adjective or participle takes before its noun (German 'e', 'en', 'er', 'es', "
                           "'em'): an inflected participle closes an extended attribute ('gegen den mit Sanktionen "
                           "belegten Iran'), and a light verb's participle so inflected names the noun's subject by "
                           "its agent ('die von der EU verhängten Sanktionen')",
    "aim_prepositions": "prepositions of the aim of an act ('on', 'against'): an adjective in such a phrase after "
                        "the infinitive a threat governs names the one threatened ('threatened to raise duties on "
                        "Brazilian steel'), unlike one naming the means ('to use Russian missiles')",
    "offshore": "prepositions of a place at sea beside a land ('off'): what an attack hits there ('a tanker off the "
                "coast of Oman') lies in no state the phrase names",
    "plural_verbs": "finite verbs of a plural subject ('are', 'were', 'have'): a name before one after 'and' is the "
                    "last of a list that is its subject, no subject of a clause of its own",
    "plural_verb_endings": "endings of a plural finite verb (German 'en', 'sind'): the verb beside a pronoun of both "
                           "numbers ('sie'), or last in its subordinate clause, tells which one it is",
    "first_person": "'we', 'our': the speaker of the sentence's quote, else the topic ('my', 'wir')",
    "object_pronoun": "pronouns that mean the last person named ('mu', 'him')",
    "cessation": "verbs of stopping after a demand ('urged X to stop'): the act asked to stop goes on, it is not "
                 "demanded ('urged Russia to stop its attacks on Ukraine'); a negation right before one "
                 "negates the stopping, so the act goes on ('nie przestanie wspierać Ukrainy')",
    "causative": "verbs of helping or letting whose object does the act of the infinitive after it ('helped the "
                 "rebels launch an offensive', 'allowed Hamas to rearm'): that object is the act's subject, not the "
                 "helper",
    "purpose": "verbs after whose object a 'to'-infinitive tells the subject's purpose, not the object's act "
               "('called Modi to congratulate him': the caller congratulates)",
    "event_pronoun": "pronouns that take up the last act right after a verb of judging or saying ('condemned it', "
                     "'called it a provocation', 'nazwał to prowokacją', 'bezeichnete dies als'): its agent is judged",
    "object_it": "pronouns for a state or group right after a trigger verb ('accused it of', 'sanctioned them'): "
                 "the actor named last in the sentence after its subject",
    "same_again": "phrases that repeat the last relation with new subjects ('podobne kroki', 'followed suit')",
    "same_here": "phrases after a clause that give its act again to the actor right after them ('Canada condemned "
                 "Cuba, as did Mexico', 'ebenso wie Mexiko'): that actor does it too",
    "same_aside": "phrases of an aside that gives the clause's act to the actor right after them, set off by commas "
                  "after the subject or opening the sentence ('Canada, like Mexico, condemned Cuba', 'Like Mexico, "
                  "Canada …', 'Kanada hat, wie Mexiko, …'): that actor does it too, to the same object",
    "goal_work": "phrases of work towards something ('working on', 'focus on', 'pracować nad'): a deal or talks noun "
                 "that follows closely (articles and adjectives between) is a goal, not one concluded or held "
                 "('the envoys are now working on a ceasefire deal')",
    "likelihood": "words of likelihood ('probably', 'likely', 'wohl', 'prawdopodobnie'): with a future word in the "
                  "trigger's clause, the act is a future possibility, not a stated plan ('Chile will probably send "
                  "troops')",
    "guest": "nouns for the other party of the last meeting ('gość', 'gospodarz', 'his host')",
    "title_head_of_state": "a head of state's title with its article and no name ('der Präsident'): the last "
                           "head of state named before this sentence",
    "title_head_of_government": "a head of government's title with its article and no name ('der Kanzler'): the "
                                "last head of government named before this sentence",
    "title_minister": "a minister's title with its article and no name ('die Außenministerin'): the last "
                      "minister named before this sentence",
    "there": "adverbs that mean the place or state just named ('tam', 'there')",
    "free_relative": "the word that opens a free relative after a preposition ('strikes on what it said were "
                     "Hamas targets'): the phrase its reported predicate names is the preposition's object",
    "absolute_with": "the word of an absolute phrase after a comma (', with Brazil watching'): the actor after it "
                     "is the subject of its own participle, no partner of the clause's act",
    "punished_for": "words that open the act a measure punishes ('za', 'over', 'wegen'): a sanction with no "
                    "target before them falls on the agent of the act noun right after them",
    "means": "the preposition of a fronted phrase of means ('mit'): a trigger noun in it is the act of the "
             "clause's subject after the finite verb ('Mit Zöllen auf Stahl hat Kanada …')",
    "means_governed": "verb forms that take 'mit' as their own object ('rechnet mit', 'droht mit'): a fronted "
                      "'mit' phrase before them is no means",
    "fight_against": "purpose phrases naming whom a side fights ('im Kampf gegen'): their 'against' is no "
                     "forbidden word of a trigger near them ('schickte Soldaten nach Russland im Kampf gegen …')",
    "this_state": "demonstrative phrases that mean the state (or a region of it) named before, other than the "
                  "clause's subject ('tego kraju', 'tego regionu', 'dieses Landes')",
    "described_state": "a state's common noun with its article ('das Land', 'dem Staat'): after an adjective "
                       "between them ('das ostafrikanische Land') it means the state named before, as this_state does",
    "counterpart": "nouns for an official of another state matching one's own office ('counterpart', 'odpowiednik', "
                   "'Amtskollege'): 'from <actor>' after one is whose, even after a possessive "
                   "('his counterparts from Chile')",
    "own_state": "nouns that after a possessive mean the possessor's state ('sein Land', 'ihr Land', 'its "
                 "country')",
    "the_state": "definite descriptions of a state ('the country', 'the island nation'): as a "
                 "subject with no actor before it, the topic's state; after a verb of saying, the sentence's "
                 "subject; elsewhere, like this_state",
    "indefinite": "indefinite articles ('a', 'ein'): after a comma one opens an apposition, not the next item of a "
                  "list ('Medvedev, a Putin ally, …': no second subject)",
    "approximators": "prepositions that, right before a number, only approximate it ('about', 'around', 'over'): "
                     "'About 3,000 US troops arrived' has no phrase of 'about'; the troops are the clause's subject",
    "definite": "articles and demonstratives that make a noun refer back ('the', 'die', 'ten'): 'attended the "
                "talks' attends the article's last talks",
    "visit": "words of a visit ('visit', 'Besuch', 'wizyta'): visitors named together each meet the host, not "
             "each other, and a state or capital named before a visit noun with no host of its own is its host",
    "exclusion": "verbs of keeping someone out ('bar', 'exclude', 'wykluczyć', 'ausschließen'): the actor right after "
                 "one is no party of the meeting the clause tells of",
    "separately": "words of meetings held one by one ('separate', 'separately', 'osobno', 'getrennt', "
                  "'nacheinander'): the partners listed after such a meeting do not meet each other",
    "retaliation": "words of paying back an attack ('retaliate', 'odwet', 'Vergeltung'): a threat told with one and "
                   "aimed at no one named is aimed at the attacker of the article's last attack on the one threatening",
    "paid_back": "words that tell an act of force as paying one back ('w odpowiedzi', 'w odwecie', 'odwetowy', "
                 "'odpowiedzieć'): an attack in a clause with one, naming no target and not followed by what it "
                 "answers, strikes the author of the article's last attack on the attacker",
    "ultimatum": "words that close a demand with its price ('inaczej', 'otherwise', 'sonst'): a warning said after "
                 "a dash of a demand with one ('Grecja musi wycofać wojsko, inaczej … – ostrzegł X') threatens its "
                 "addressee",
    "warning": "words of warning ('warn', 'ostrzec', 'warnen'): 'warned that Russia may attack' speaks of an act "
               "feared, not of one blamed; the doer of a plain act a verb of criticism reports is blamed",
    "in_person": "words of meeting face to face ('met', 'meeting', 'summit', 'Treffen', 'spotkanie'): parties "
                 "of a meeting told with one meet each other even where another actor mediated it (mediated "
                 "talks alone may be held apart)",
    "phone": "words of a call by phone ('telefonierte', 'phone call', 'rozmowa telefoniczna'): a meeting told "
             "with one is a call between two, so the partners listed after it do not meet each other",
    "aimed_at": "phrases after a projectile naming where it was sent ('aimed at', 'heading for', 'w kierunku', "
                "'in Richtung'): a drone or missile shot down with one attacks the actor it names, not the one "
                "who shot it down",
    "helped_to": "verbs of helping right before another verb ('helped shoot down', 'pomogły zestrzelić', 'halfen'): "
                 "who only helps shoot a projectile down is not the one it was sent against",
    "consequence": "words of a price to pay ('consequences', 'pay a price', 'konsekwencje', 'Konsequenzen'): a "
                   "warning that names a third party's act with none of them, nor a word of retaliation, is a "
                   "caution, no threat",
    "relation_nouns": "nouns of a tie between actors ('ally', 'partner', 'rival', 'sojusznik', 'Verbündeter'): the "
                      "owner before one that a name follows is not the object of a hostile verb; the name is",
    "on_behalf": "phrases naming the one for whom or at whose word an act is done ('at the request of', "
                 "'on behalf of', 'in support of', 'na prośbę', 'w imieniu', 'im Auftrag'): the actor after one "
                 "is neither the target nor the one reproached of a hostile trigger before the phrase",
    "presence": "phrases of being present ('in the presence of', 'im Beisein', 'w obecności'): the actor right "
                "after one meets each party of the sentence's meetings and signings",
    "participation": "presence phrases of taking part ('z udziałem', 'with the participation of', 'unter "
                     "Beteiligung'): after a verb of signing, in its clause, those named take part in the signing "
                     "as co-signatories, and meet no one through it",
    "document": "a statement named as the subject opening a sentence ('The statement criticizes the EU …'): "
                "the last speaker of the narration issued it",
    "allegiance": "phrases of allegiance between a body noun and a name ('forces loyal to Haftar', 'troops loyal to "
                  "the government'): the body is that actor's, as with 'troops from X'",
    "attendance": "phrases that close an absolute 'with' of being present ('with Blinken in attendance', 'with the "
                  "presidents looking on'): the actors between 'with' and the phrase are witnesses, not partners",
    "format": "the noun of a talks format ('format', 'formacie', 'Format'): hyphened names before or after it "
              "right after a meeting or deal noun are all its sides",
    "summit": "nouns for a summit ('szczyt', 'summit', 'Gipfel'): 'attended the summit' refers back only to talks "
              "told as a summit",
    "partners": "a possessive and a partner noun ('swoich partnerów', 'its allies', 'ihre Verbündeten'; up to two "
                "words between): the others of the owner's last talks, else of the actors last named with it",
    "wartime": "phrases that tell a war as the time of a clause ('podczas', 'od wybuchu'): a war noun after one "
               "with no owner of its own is the war of the clause's subject",
    "capture": "verbs of taking a place ('eroberte', 'nahm ein'): with an actor after the place in a "
               "`captured_from` phrase, that actor is the one attacked, the place only where",
    "captured_from": "prepositions of whom a place was taken from ('von': 'eroberte Manbidsch von der Miliz IS'); "
                     "read only after a `capture` verb, never in the passive",
    "meeting_scene": "phrases that tell a meeting or a call as the scene of a clause anywhere in it ('in Telefonaten "
                     "mit', 'nach einem Treffen mit'): as `wartime`, for meetings only; the clause's demand or doubt "
                     "does not reach the meeting",
    "internal_war": "phrases for a war fought within one state ('wojna domowa', 'civil war'): a war noun inside one "
                    "attacks no one, and the state it is 'in' is no target",
    "complex_preposition": "prepositions of several words that end in a simple one ('in line with', 'in response to'): "
                           "the name after one is governed by the whole, so no marker of a partner, target or agent "
                           "takes it ('met Korea in line with the UN charter')",
    "setting": "phrases that tell a war or talks as the setting of a clause only when they open it ('In the fight "
               "against X, Y …', 'In talks with X, Y …'): after the clause's verb they are the scene of what happened "
               "to its subject ('were damaged in the strikes')",
    "manner": "phrases that tell an act as the manner of a clause ('w geście', 'na znak', 'as an act of'): a trigger "
              "noun right after one, with no owner of its own, is the act of the clause's subject",
    "light_verbs": "verbs whose subject is the subject of a trigger noun ('ogłosić', 'launched')",
    "talk_topic": "words that name what talks were about ('dotyczyć', 'tematem … była'): the actors after a verb of "
                  "concern, or after the copula that follows the topic noun, are the topic of a meeting noun, no "
                  "parties of it (mediations aside: 'dotyczyły sporu dzielącego Peru i Chile')",
    "bilateral": "nouns of the dealings of two sides ('współpraca', 'stosunki'): as the topic of talks ('talk_topic') "
                 "their owners are the talks' parties ('rozmowy dotyczyły współpracy polsko-francuskiej')",
    "neighbour_nouns": "nouns of neighbourhood ('sąsiad', 'neighbour', 'Nachbarland'): their owner before them or "
                       "genitive after them only says whose neighbour the name that follows is; the name is the actor "
                       "('Russia's neighbour Finland', 'der ukrainischen Nachbarrepublik Moldau')",
    "topic_nouns": "nouns of a question under discussion ('kwestia', 'issue', 'Frage', 'status', 'future'): an actor "
                   "that owns one (its genitive, an English name before it or after 'of') is what talks or an act "
                   "are about, no role of them ('omówił kwestię Cypru na spotkaniu z Erdoganem', 'condemned the "
                   "vote on the status of Kosovo')",
    "decision": "nouns of deciding or announcing ('decyzja'): their owner (genitive or adjective) is the subject of a "
                "trigger noun after 'o' ('decyzja Ankary o wstrzymaniu handlu')",
    "instrument": "verbs of using something for an act ('użyć', 'wykorzystać'): their subject is the subject of a "
                  "trigger noun after 'do' in the clause ('wykorzystała drony do ataków na Ukrainę')",
    "aim": "multi-word prepositions of aim ('na rzecz', 'w celu'): a noun of supporting or aiding right after one "
           "takes its genitive as the one helped and the clause's subject as the helper ('działania na rzecz "
           "wsparcia Ukrainy')",
    "inverse": "verbs whose subject receives a trigger noun ('otrzymać', 'received')",
    "stopwords": "frequent function words that identify the language ('się', 'the', 'und')",
    "event": "nouns for an event an accusation refers back to ('próba', 'the strike')",
    "letters": "letters that mark the language in language identification ('ą', 'ß')",
    "speech": "verbs of saying: their subject is the source of what follows ('powiedział', 'said')",
    "border_nouns": "nouns of a border ('border', 'granica', 'Grenze'): two actors joined by a hyphen beside one "
                    "name the two sides of a clash fought there (kg.engine.hyphens.border_pair)",
    "reporting": "verbs of reporting news ('reported', 'podała', 'meldete'): with a verb of saying, their subject "
                 "or the agency after them says the sentence they close or open (kg.engine.sayers)",
    "pledge": "promising, announcing, planning, deciding: an act they govern is pledged ('obiecać', 'zusagen')",
    "future": "auxiliaries and phrases of the future before a verb: its act is pledged ('będzie', 'will', 'wird')",
    "plan_nouns": "nouns of a plan or an intention: an infinitive right after one tells an act planned, not done "
                  "('a plan to invade', 'its intention to strike')",
    "opposing": "words of being against: a trigger verb right after one is what someone opposes, not an act done "
                "('warned Washington against arming Taiwan')",
    "ongoing": "words that make an act go on ('nadal', 'continue', 'weiterhin')",
    "past_suffixes": "endings that make a finite verb past when they follow its lemma (German 'schick|te')",
    "defend": "verbs of defending oneself ('verteidigt sich', 'defends itself', 'broni się'): an attack noun "
              "with no target in their clause attacks their subject ('verteidigt sich gegen den russischen Angriff')",
    "partitive": "words that take one member out of a set named after them ('one of', 'among'): in 'Egypt, one of "
                 "Haftar's backers,' the apposition before the comma is still the one the noun names",
    "purpose_help": "purpose infinitives of helping ('to strengthen', 'to help'): after a verb of giving that found "
                    "no recipient, their object receives what is given ('sent air defence systems to strengthen "
                    "Ukraine')",
    "circumstance": "phrases that open the circumstances of an act ('amid', 'w obliczu', 'angesichts'): an actor "
                    "after one is no party to a trigger before it ('signed a pact amid tensions with Beijing')",
    "presupposing": "phrases before an event noun that take it as given: a denial or demand around them does not "
                    "reach it ('w obliczu', 'amid', 'angesichts')",
    "group_nouns": "nouns of a group a state's adjective before them does not make the state ('the Lebanese "
                   "militant group', 'die libanesische Miliz'): the group named with that adjective before",
    "name_classifiers": "nouns that say what kind of actor the name right after them is ('grupa', 'ugrupowanie', "
                        "'milicja'): an undeclined name after one stands in apposition and takes the noun's case "
                        "('Grupa JNIM zaatakowała' has JNIM as its subject, not a genitive), and a list of actors "
                        "goes on past one ('Israel and the militant group Hamas')",
    "state_nouns": "plural nouns that name states in a pair phrase ('both countries', 'the two nations'): the pair "
                   "is a list of two states of the sentence before, not a state and an armed group",
    "attended_by": "past participles of attending ('attended', 'joined'): the agent of one in a passive after a "
                   "meeting noun is a party of the meeting ('the summit was attended by X and Y')",
    "side_nouns": "nouns of the sides of a conflict or of talks in a pair phrase ('both sides', 'the warring "
                  "parties'): the pair is the two actors of the sentence before, else the parties of the last talks "
                  "or attack, not the last two actors named together",
    "bilateral_nouns": "nouns of the relations between two states ('relations', 'Beziehungen', 'stosunki'): a "
                       "'with' phrase on one names each co-subject's own partner ('the UAE and Bahrain normalized "
                       "relations with Israel': each with Israel, not with each other)",
    "listed_determiners": "demonstratives that open a 'parties' phrase taking up the last list of actors named, "
                          "whatever its role there ('imposed tariffs on Canada and Mexico … accuses those countries')",
    "stance_prefixes": "words joined by a hyphen before an actor name or adjective that make it a stance towards "
                       "that actor ('pro-Russian separatists', 'anti-Israel protesters'): the actor only modifies and "
                       "does not act",
    "time_nouns": "nouns of a time ('day', 'week'): 'the same day Russia shipped …' is no noun an object relative "
                  "without a pronoun describes",
    "role_nouns": "nouns of a tie between actors set before the name they describe ('NATO ally Greece', 'US "
                  "partner Japan'): never a verb there, the name after heads the phrase",
    "area": "nouns of an area whose place follows in the genitive ('teren', 'terytorium'): a name after one is its "
            "genitive even right before a verb ('Na terenie Łotwy stacjonują …')",
    "agent_side": "nouns that, after a 'from' preposition, make the actor they head the agent of the noun trigger "
                  "before them ('ostrzał ze strony Pakistanu': Pakistan shells)",
    "target_noun": "nouns of being targeted ('celem', 'Ziel', 'target') on which an attack noun hangs: the subject "
                   "the copula predicates the noun of is what the attack hit (kg.engine.targets)",
    "target_copula": "copulas that predicate a target_noun of the clause's subject ('była', 'war', 'was', 'stał')",
    "pair_presidents": "pair_persons nouns of heads of state ('presidents', 'prezydenci'): the pair they name is two "
                       "persons whose gazetteer position, when known, is head_of_state",
    "target": "nouns of a military target whose owner follows in the genitive ('pozycje', 'cele'): the owner takes "
              "the preposition of the target's phrase ('naloty na pozycje Hezbollahu' attack Hezbollah)",
    "relative_place": "relative adverbs of place after a comma ('where', 'gdzie', 'wo'): troops deployed in their "
                      "clause with no place of their own go to the state named right before ('Libya, where Turkey "
                      "has deployed forces')",
    "beneficiary": "nouns for the people an aid is for, whose place follows ('people', 'mieszkańcy', 'Menschen'): aid "
                   "for them is aid to that place's state ('Hilfe für die Menschen im Gazastreifen')",
    "locative": "prepositions of place: a place or capital after one is where the act happened ('w', 'in', 'bei')",
    "past_forms": "past forms the analyser does not mark as past (German strong verbs: 'traf', 'griff')",
    "role": "offices that introduce a person by name ('minister', 'rzecznik', 'Außenminister'): an unknown "
            "name after one and a state is a person acting for that state for the rest of the article",
    "not_names": "capitalized words that never name an actor ('Monday', 'January'): kg actors --unknown skips them, "
                 "and a name right after one is not in apposition to it ('am Mittwoch Nordkorea')",
    "name_endings": "endings inflection adds to a person's name ('a', 'em', 'owi'; German 's'): 'Ławrowem' "
                    "and 'Araghtschis' name the person introduced as 'Ławrow' and 'Araghtschi'",
}
#: Title concepts and the gazetteer position each one means (``Actor.position``).
TITLES = {"title_head_of_state": "head_of_state", "title_head_of_government": "head_of_government",
          "title_minister": "minister"}
#: Word-order facts of a language, under [settings] (all default to false).
SETTINGS = {
    "object_before_verb": False,  # German perfect/verb-final: "hat vier Diplomaten ausgewiesen"
    "cases": False,  # inflection marks the subject (Polish nominative): trust it, allow verb-subject order
    "pro_drop": False,  # subjects may go unsaid ("Zapowiedział, że …"): take the discourse subject
    "verb_second": False,  # German: the subject is the clause's first actor, or right after the verb
    "negation_follows_verb": False,  # German: "schickt keine Soldaten", "griff … nicht an"
    "passive_by_auxiliary": False,  # German participles carry no mark: an auxiliary plus "von X" is a passive
    "prenominal_agent": False,  # German "die von Ruanda unterstützte Rebellengruppe": agent, participle, noun
    "agentive_genitive": False,  # "die Unterstützung des Iran für Russland": a genitive before the marked object acts
    "close_apposition": False,  # German "dem Nachbarland Polen": a caseless name after a noun is that noun
    "capitalized_nouns": False,  # German: a noun trigger written in lower case is a verb form ("angriff")
    "spaced_hyphen_dash": False,  # "Manila - Ein Schiff": a spaced hyphen or en dash is a dash (a break)
    "compound_heads": False,  # German: a compound ends in its head ("Luftabwehrsysteme"): it meets a 'needs' word
    "perfective_future": False,  # Polish: a perfective verb in the present form speaks of the future ("wyśle")
}
TRIGGER_KEYS = {
    "id", "relation", "words", "object", "subject", "needs", "forbid", "genitive", "gap", "mediation",
    "confidence", "examples", "note", "frame", "mutual", "override", "cameo", "transitive", "told_before",
    "persons", "together",
}
EXAMPLE_KEYS = {"text", "edges", "note"}
TOP_KEYS = {"language", "words", "trigger", "examples", "note", "settings", "morphology", "state_descriptions"}
