"""The [words] keys of a lexicon file that describe the language's grammar: sentence ends, negation, modality
and attribution, clause and phrase structure, prepositions and articles, coreference phrases, pronouns and
titles; each with what it does. Split from ``kg.lexicon_keys`` (past 500 lines), which joins these with the
keys of events and relations into ``WORD_KEYS``."""

from __future__ import annotations

GRAMMAR_KEYS = {
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
    "sovereignty_nouns": "goods of a state a wrong harms ('sovereignty', 'suwerenności', 'Luftraum'): the state named "
                         "as their owner is the one wronged, never the one a reported judgement accuses",
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
}
