"""English constructions from the fresh-news batch of session 35, each with sentences written for the test. Every
case names the class of news wording it stands for."""

from __future__ import annotations

from scored import edge_cases

CASES = [
    # --- a pair phrase of sides ("both sides", "the two sides", "both parties"; lexicon `side_nouns`) names the two
    # sides of a conflict or of talks: the parties of the article's last talks or attack, not the last two actors
    # named acting together (helpers who promised monitors, envoys who were sent)
    ("Chile and Peru agreed to a truce after a week of clashes. Argentina and Brazil promised to send monitors. The "
     "first monitors arrived on Friday. The two sides have since accused each other of violating the deal.",
     [("CHL", "signsAgreementWith", "PER"), ("CHL", "attacks", "PER"), ("PER", "attacks", "CHL"),
      ("CHL", "accuses", "PER"), ("PER", "accuses", "CHL")]),
    # guard: the sides named in the sentence before stay the pair
    ("Chile and Peru held talks in Lima on Monday, while Argentina and Brazil watched closely. The talks ended "
     "without a deal. Both sides later accused each other of shelling civilians.",
     [("CHL", "meetsWith", "PER"), ("CHL", "attacks", "PER"), ("PER", "attacks", "CHL"),
      ("CHL", "accuses", "PER"), ("PER", "accuses", "CHL")]),
    # --- a host participle after the talks ("…, hosted by X", "organised by", "convened by"; trigger
    # meets.organised): its agent hosts the talks told just before in the clause and meets each of their parties
    ("Chile and Peru held talks in Quito, hosted by Ecuador.",
     [("CHL", "meetsWith", "PER"), ("ECU", "meetsWith", "CHL"), ("ECU", "meetsWith", "PER")]),
    ("Chile and Peru held talks in Quito, organised by the Ecuadorian government.",
     [("CHL", "meetsWith", "PER"), ("ECU", "meetsWith", "CHL"), ("ECU", "meetsWith", "PER")]),
    # --- the agent of a passive of attending after a meeting noun is a party of the meeting (lexicon
    # `attended_by`); one of judging is not
    ("The summit in Lima was attended by Chile, Peru and Bolivia.",
     [("CHL", "meetsWith", "PER"), ("CHL", "meetsWith", "BOL"), ("PER", "meetsWith", "BOL")]),
    ("The summit in Lima was condemned by Chile and Peru.", []),
    # --- "Minister" after "Prime" before a name is the title, not a verb: "by Prime Minister X" is the agent
    ("Chile and Peru signed a truce brokered by Prime Minister Anwar Ibrahim.",
     [("CHL", "signsAgreementWith", "PER"), ("MYS", "meetsWith", "CHL"), ("MYS", "meetsWith", "PER")]),
    # --- a name right after a lower-case common noun and before a finite verb opens an object relative without
    # 'that' ("the deal Iran signed with …"): the name is that verb's subject, its act told as fact even inside a
    # clause of doubt; an office or a body before a name is its title ("House speaker X visited")
    ("Clauses of the deal Chile signed with Peru expire in May.", [("CHL", "signsAgreementWith", "PER")]),
    ("Ecuador may respond before parts of a 2012 border treaty Chile signed with Peru expire.",
     [("CHL", "signsAgreementWith", "PER")]),
    ("China severed contacts after House speaker Nancy Pelosi visited Taiwan.", [("USA", "meetsWith", "TWN")]),
    # --- a relative clause opened by "whose" after a comma ends at its closing comma: the main verb after it is
    # the antecedent's, not the relative clause's last name's
    ("Lula, whose ally is Bolivia, met Boric.", [("BRA", "meetsWith", "CHL")]),
    # --- the one judged does the act of a light verb after the judging verb's object, a date between them or not
    # ("accused X on Friday of carrying out airstrikes on its territory": X attacks the accuser)
    ("Chile accused Peru on Friday of carrying out airstrikes on its territory.",
     [("CHL", "accuses", "PER"), ("PER", "attacks", "CHL")]),
    # --- "citing X's violations": an attribution word before a possessive that owns no body names the owner of a
    # reason cited, not a source who says the sentence (X accused no one here)
    ("Chile recalled its envoy from Lima, citing Peru's repeated violations of the treaty.", []),
    # --- a verb without an object joined by "and" to a verb of saying shares no object with it: the saying takes a
    # clause, whose subject is no object of the first verb
    ("Canada protested and said Chile and Peru had signed a deal.", [("CHL", "signsAgreementWith", "PER")]),
    # --- an act noun opened by "a"/"an" that is the subject of a modal auxiliary of supposition is supposed, not
    # told; a modal perfect says what a told act may have done
    ("A Chilean attack on Peru could trigger a regional war.", []),
    ("A Chilean attack on Peru could have killed ten soldiers, Lima said.", [("CHL", "attacks", "PER")]),
]

test_s35 = edge_cases(CASES, "en", prefix="s35")


def test_one_letter_name_before_a_sentence_opening_preposition_ends_the_sentence():
    """A lone capital after a lower-case word and before a preposition that opens a sentence is a one-letter name
    ("posted on X. On Monday …"), not an initial: the period ends the sentence; initials stay ("with J. Smith")."""
    from kg.text import split_sentences

    text = "Lima posted the note on X.\nOn Monday, Chile met J. Smith in Quito."
    spans = [text[a:b] for a, b in split_sentences(text, frozenset(), frozenset(), frozenset({"on", "in"}))]
    assert spans == ["Lima posted the note on X.", "On Monday, Chile met J. Smith in Quito."]

