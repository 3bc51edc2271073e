"""Precision rules of session 34, from the judged claims on fresh articles: whose possessive, topics that are
no parties, what a reaction answers, asides that give the act to another, bracketed remarks in lists, agents after
"by", goals, likely futures, venues, demands for talks, judged victims.

The sentences are our own; each case fails without its rule but those marked as guards.
"""

from __future__ import annotations

import pytest
from scored import edge_cases

import kg


@pytest.mark.parametrize(("text", "s", "rel", "o"), [
    ("Chile vowed to retaliate after Peru struck Bolivia.", "PER", "attacks", "BOL"),
    ("Chile vowed revenge after the Peruvian attack on its embassy.", "PER", "attacks", "CHL"),
])
def test_the_answered_act_is_done(text, s, rel, o):
    found = [c for c in kg.extract(text, lang="en") if (c.subject.code, c.relation, c.object.code) == (s, rel, o)]
    assert len(found) == 1 and found[0].status == "done" and found[0].modality == "asserted", found


CASES = [
    # --- possessive owner ------------------------------------------------------------------------
    # Whose 'its' is in two constructions where the nearest actor or the sentence's first subject is wrong.
    #
    # - A possessive in a phrase that sets the time span of a hostile clause's act through the start of an act ("since
    #   the start of its offensive", "seit Beginn seines Krieges"; lexicon `span_adjunct`) is the clause subject's, not
    #   the one struck's. Guards: "since its attack" (no word between: the one struck's own act) and a helping clause
    #   ("backed Chile during … its war": the one helped).
    # - A possessive in a reported clause ("Canada said that Chile had used its air force …") is that clause's
    #   subject's, not the speaker's.
    ("en", "Chile has bombed Peru since the beginning of its campaign against Bolivia.",
     [("CHL", "attacks", "PER"), ("CHL", "attacks", "BOL")]),
    ("de", "Chile hat Peru seit Beginn seines Krieges gegen Bolivien angegriffen.",
     [("CHL", "attacks", "PER"), ("CHL", "attacks", "BOL")]),
    ("en", "Canada said that Chile had used its air force to bomb Peru.", [("CHL", "attacks", "PER")]),
    ("en", "Canada said Chile had sent its warplanes to strike Peru.", [("CHL", "attacks", "PER")]),
    # (guards)
    ("en", "Chile has pounded Peru since its attack on Bolivia.",
     [("CHL", "attacks", "PER"), ("PER", "attacks", "BOL")]),
    ("en", "Canada backed Chile during the first year of its war with Peru.",
     [("CAN", "supports", "CHL"), ("CHL", "attacks", "PER")]),
    ("de", "Kanada unterstützte Chile während des ersten Jahres seines Krieges gegen Peru.",
     [("CAN", "supports", "CHL"), ("CHL", "attacks", "PER")]),
    # --- topic owner -----------------------------------------------------------------------------
    # The owner of a question under discussion ("the status of Kosovo", "the future of Peru", "des Status des Kosovo",
    # "statusu Kosowa"; lexicon `topic_nouns`) is what an act is about, in every relation, not only in meetings: no
    # object of a judgement. Guards: the one judged stays when named as the object before the topic.
    ("en", "The Chilean foreign minister called the debate on the future of Peru a dangerous provocation.", []),
    ("en", "Canada condemned the vote on the status of Kosovo.", []),
    ("de", "Kanada nannte jede Änderung des Status des Kosovo inakzeptabel.", []),
    ("pl", "Kanada uznała zmianę statusu Kosowa za niedopuszczalną.", []),
    # (guards)
    ("en", "Canada condemned Serbia over the status of Kosovo.", [("CAN", "accuses", "SRB")]),
    ("de", "Kanada verurteilte Serbien wegen des Status des Kosovo.", [("CAN", "accuses", "SRB")]),
    ("en", "Chile and Peru discussed the future of Bolivia.", [("CHL", "meetsWith", "PER")]),
    # --- answered clause -------------------------------------------------------------------------
    # A clause of what a reaction answers ("after Peru shelled …", lexicon `occasion`) with its own subject is told
    # as done: a pledge or threat before its opening word ("vowed to retaliate after", "threatened to retaliate after")
    # neither pledges nor threatens its act; a trigger noun the clause takes as given ("after the attack on …",
    # lexicon `presupposing`) is done too. The retaliation itself stays a threat against the one who struck.
    ("en", "Chile threatened to retaliate after Peru shelled its border posts.",
     [("PER", "attacks", "CHL"), ("CHL", "threatens", "PER")]),
    # --- same aside ------------------------------------------------------------------------------
    # An aside that gives the clause's act to the actor in it, set off by commas after the subject or opening the
    # sentence ("Canada, like Mexico, condemned Cuba", "Like Mexico, Canada …", "Canada, as did Mexico, …",
    # "Kanada, podobnie jak Meksyk, …"; lexicon `same_aside`, and the `same_here` phrases in that place): that actor
    # does the act too, to the same object. Guard: "countries like Mexico" is no aside.
    ("en", "Canada, like Mexico, condemned Cuba.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Like Mexico, Canada condemned Cuba.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Canada, as did Mexico, condemned Cuba.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Canada, like Mexico, has sent troops to Haiti.",
     [("CAN", "deploysTroopsTo", "HTI"), ("MEX", "deploysTroopsTo", "HTI")]),
    ("pl", "Podobnie jak Meksyk, Kanada potępiła Kubę.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    # (guards: the Polish aside after the subject was already read as a list)
    ("pl", "Kanada, podobnie jak Meksyk, potępiła Kubę.", [("CAN", "accuses", "CUB"), ("MEX", "accuses", "CUB")]),
    ("en", "Countries like Mexico condemned Cuba.", [("MEX", "accuses", "CUB")]),
    # --- bracketed remark ------------------------------------------------------------------------
    # A remark in brackets after a listed actor that names another actor ("Kenya (an AU member) and Uganda"): the
    # actor in the remark is in no group and takes no role, and the list goes on past the closing bracket. Guards: a
    # name alone in brackets (an abbreviation, the list's bloc, its members) keeps its own readings.
    ("en", "Kenya (an AU member) and Uganda condemned Sudan.", [("KEN", "accuses", "SDN"), ("UGA", "accuses", "SDN")]),
    ("en", "Kenya (an AU member), Uganda and Rwanda condemned Sudan.",
     [("KEN", "accuses", "SDN"), ("UGA", "accuses", "SDN"), ("RWA", "accuses", "SDN")]),
    ("en", "Canada condemned Kenya (an AU member) and Uganda.", [("CAN", "accuses", "KEN"), ("CAN", "accuses", "UGA")]),
    # (guards; German reads the hyphenated compound as no name)
    ("de", "Kenia (ein AU-Mitglied) und Uganda verurteilten den Sudan.",
     [("KEN", "accuses", "SDN"), ("UGA", "accuses", "SDN")]),
    ("en", "The leaders of Indonesia, Malaysia and Thailand (ASEAN) met in Jakarta.",
     [("IDN", "meetsWith", "MYS"), ("IDN", "meetsWith", "THA"), ("MYS", "meetsWith", "THA")]),
    ("en", "The E3 (Germany, France and Britain) and China condemned Iran.",
     [("CHN", "accuses", "IRN"), ("DEU", "accuses", "IRN"), ("FRA", "accuses", "IRN"), ("GBR", "accuses", "IRN")]),
    # --- plural agent ----------------------------------------------------------------------------
    # A plural trigger that could be a verb, right before an agent phrase ("attacks by Peruvian troops on …"), is a
    # noun: a verb in the active voice takes no agent right after it. Its agent is the actor after "by", not the
    # antecedent of a relative clause before it. Guard: a multi-word trigger ("rejects allegations by …") keeps its
    # reading.
    ("en", "Talks between Chile and Bolivia, which had been planned for months, collapsed amid fresh attacks by "
           "Peruvian troops on Chilean soil.", [("CHL", "meetsWith", "BOL"), ("PER", "attacks", "CHL")]),
    # (guard)
    ("en", "\"Chile rejects allegations by Peru,\" the ministry said.", [("PER", "accuses", "CHL")]),
    # --- goal work -------------------------------------------------------------------------------
    # A deal or talks noun that a phrase of work towards it governs closely ("are working towards a ceasefire",
    # "will focus on a Chilean-Peruvian trade agreement"; lexicon `goal_work`, only articles, adjectives, nouns and
    # actor adjectives between) is a goal, not a deal concluded. Guards: work named before a deal signed in its own
    # clause.
    ("en", "The summit will focus on a Chilean-Peruvian trade agreement.", []),
    ("en", "Chile and Peru told their envoys to start working on a border treaty between the two states.", []),
    # (guards)
    ("en", "Chile and Peru are working towards a ceasefire.", []),
    ("en", "After years of work on a draft, Chile and Peru signed a peace treaty.",
     [("CHL", "signsAgreementWith", "PER")]),
    ("en", "Chile and Peru have been working on a deal for months and signed it on Monday.",
     [("CHL", "signsAgreementWith", "PER")]),
    # --- likely future ---------------------------------------------------------------------------
    # A future act told as only likely (lexicon `likelihood`: "probably", "wohl", "prawdopodobnie", with a `future`
    # word in the trigger's clause) is a future possibility, not a stated plan (ANNOTATION rule 2). Guards: a past act
    # told as probable stays a hedged assertion; a plain future plan stays a plan.
    ("en", "Chile will probably send troops to Peru.", []),
    ("de", "Chile wird der Entsendung von Soldaten nach Peru wohl zustimmen.", []),
    ("pl", "Chile prawdopodobnie będzie wysyłać wojska do Peru.", []),
    # (guards)
    ("en", "Chile probably sent troops to Peru.", [("CHL", "deploysTroopsTo", "PER")]),
    ("en", "Chile will send troops to Peru.", [("CHL", "deploysTroopsTo", "PER")]),
    # --- venue modifier --------------------------------------------------------------------------
    # A city named right before a meeting noun that a locative preposition governs ("In Lima meeting, …", "at the
    # Quito talks") is where the talks were, not a party of them (ANNOTATION rule 7). Guard: the city as the talks'
    # own modifier with no locative preposition ("Moscow talks with Kyiv") keeps its state as a party.
    ("en", "In Lima meeting, Chile agrees to lift tariffs on Bolivia.", []),
    # (guards)
    ("en", "Moscow talks with Kyiv collapsed.", [("RUS", "meetsWith", "UKR")]),
    ("en", "Chile and Peru held talks in Singapore.", [("CHL", "meetsWith", "PER")]),
    # --- demand for ------------------------------------------------------------------------------
    # A presupposing preposition right after a demand noun ("die Forderung nach Verhandlungen", "the call for talks")
    # is what is asked for, not a given event: the demand governs the act. Guard: "nach" opening the sentence is
    # temporal, its talks given.
    ("de", "Chile übermittelte Peru die Forderung nach einer Wiederaufnahme von Verhandlungen.", []),
    # (guard)
    ("de", "Nach den Verhandlungen mit Peru forderte Chile Geld.", [("CHL", "meetsWith", "PER")]),
    # --- judged victim ---------------------------------------------------------------------------
    # A speaker's judgement whose object would be the target of an attack noun it judges ("said the shelling of
    # Peruvian towns was a crime", "Die Bombardierung von peruanischem Gebiet ist inakzeptabel") names no one judged:
    # the one struck is not accused. Guard: the attacker named as the attack's owner ("Peru's shelling of Bolivian
    # towns") is judged.
    ("en", "The Chilean president said the shelling of Peruvian towns was a crime.", []),
    ("en", "\"The bombing of Peruvian territory is unacceptable,\" the Chilean president wrote.", []),
    ("de", "\"Die Bombardierung von peruanischem Gebiet ist inakzeptabel\", schrieb der chilenische Präsident.", []),
    # (guard)
    ("en", "The Chilean president said Peru's shelling of Bolivian towns was a crime.", [("CHL", "accuses", "PER")]),
    # --- summit venues and members (second round) ----------------------------------------------------
    # A state named after a summit word and a locative preposition ("the summit in Singapore", "na szczycie w
    # Singapurze", "beim Gipfel in Singapur") only places the summit: a pair phrase after it does not take it for a
    # side. A member at its organization's summit meets the other members, not the organization (a guest that is no
    # member still meets it).
    # --- the venue of a summit is no side of a pair phrase after it
    ("en", "Japan's defence minister spoke after a meeting at the summit in Singapore, the first such meeting "
           "between the two countries' ministers in years.", []),
    ("pl", "Minister obrony Japonii mówił po rozmowie na szczycie w Singapurze, pierwszym spotkaniu ministrów obu "
           "krajów od lat.", []),
    ("de", "Japans Verteidigungsminister sprach nach einem Treffen beim Gipfel in Singapur, dem ersten Treffen der "
           "Minister beider Länder seit Jahren.", []),
    # (guard: two sides named besides the venue are the pair)
    ("en", "Japan's minister met South Korea's minister at the summit in Singapore, the first such meeting "
           "between the two countries' ministers in years.", [("JPN", "meetsWith", "KOR")]),
    # --- a member at its organization's summit does not meet the organization
    ("pl", "Sojusz musi wydawać więcej na obronę - oświadczyła premier Włoch Giorgia Meloni w czwartek przed "
           "szczytem przywódców NATO w Wilnie.", []),
    ("pl", "Premier Włoch Giorgia Meloni przemawiała w czwartek na szczycie NATO w Wilnie.", []),
    ("de", "Italien will neue Zölle auf Stahl, erklärte die italienische Regierungschefin Giorgia Meloni am "
           "Donnerstag vor dem Gipfel der Nato in Vilnius.", []),
    # (guard: a guest that is no member)
    ("pl", "Prezydent Ukrainy Wołodymyr Zełenski przemawiał w czwartek na szczycie NATO w Wilnie.",
     [("UKR", "meetsWith", "NATO")]),
]

test_precision_s34 = edge_cases(CASES)
