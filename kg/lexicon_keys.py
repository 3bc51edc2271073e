"""The keys of a lexicon file (``kg/data/lexicon/<lang>.toml``), each with what it does.

kg.lexicon validates files against these (an unknown key is an error naming the file and
line); kg/data/README.md documents every one of them, and tests/test_data.py keeps the two in
step. They live apart from the loader so that adding a key touches one short file.
"""

from __future__ import annotations

from kg.lexicon_grammar_keys import GRAMMAR_KEYS

#: Cue concepts: every lexicon has these lists under [words].
WORD_KEYS = {
    **GRAMMAR_KEYS,
    # the words of events and relations: what a trigger's act is told with, around it
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
    "decided_acts": "event words for a deliberate act ('the decision', 'the move'): with no act before them in "
                    "the sentence they stand for the last act whose subject its clause named, that subject its "
                    "agent (not an organisation named only before the measure's noun)",
    "imposing": "light verbs of putting a measure in force ('impose', 'reimpose', 'trigger the snapback of'): a "
                "subject of states imposes a sanctions noun an organisation's name modifies, beside that "
                "organisation ('Norway reimposed UN sanctions on Syria')",
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
