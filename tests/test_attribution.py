"""Attribution on short articles written for this file, at least three for each pattern of issue 15.

Each article lists every quotation it holds (by its opening words) with the speaker a careful reader
would name; None means the article does not say who speaks. None of the text comes from evaluation data.
"""

from __future__ import annotations

import pytest

import civics_kit as ck
from civics_kit.quotation import entities, quotes

ARTICLES: dict[str, tuple[str, list[tuple[str, str | None]]]] = {
    # 1. words glued onto a name
    "conjunction before a name": (
        "Harry Kane scored twice on Sunday.\n\n"
        '"We never stopped believing," Kane said after the match.\n\n'
        'And Harry Kane said the team would "come back stronger next season."',
        [("We never stopped", "Harry Kane"), ("the team would", "Harry Kane")],
    ),
    "subordinator before a name": (
        "The council met on Tuesday.\n\n"
        'When Meghan Ortiz spoke, she said: "This budget leaves our parks without staff."\n\n'
        'Although Ruth Tran voted for the budget, Tran said "the cuts go too far."',
        [("This budget leaves", "Meghan Ortiz"), ("the cuts go", "Ruth Tran")],
    ),
    "place and outlet before a name": (
        'Vancouver\'s Bo Horvat said the team "played with heart all night long."\n\n'
        '"We have the votes to pass it," said the U.S. Attorney for Massachusetts Joshua Levy on Monday.\n\n'
        "Levy has led the office since 2021.",
        [("the team", "Bo Horvat"), ("We have the votes", "Joshua Levy")],
    ),
    "possessive, job title and fused names": (
        "Mark Meadows' lawyer, Dana Cole, spoke to reporters.\n\n"
        '"My client has done nothing wrong," Cole said.\n\n'
        '"Markets will stay nervous until the summer," said Chief Market Strategist Ina Berg.\n\n'
        'Both Microsoft and Google said in statements that "the outage is over."',
        [
            ("My client has", "Dana Cole"),
            ("Markets will stay", "Ina Berg"),
            ("the outage is over", "Microsoft and Google"),
        ],
    ),
    # 2. pronouns: agreement and salience
    "she after a man was named": (
        "Councilwoman Ana Ruiz proposed the new bus line.\n\n"
        "Tom Reyes, who chairs the transit board, said he would study it.\n\n"
        '"This line will serve the people who need it most," she said.',
        [("he would study it", "Tom Reyes"), ("This line will", "Ana Ruiz")],
    ),
    "he is not the girl the sentence is about": (
        "Coach Dan Miller watched as his daughter Emma crossed the line first.\n\n"
        '"She trained every morning before school," he said.',
        [("She trained every", "Dan Miller")],
    ),
    "he after an unnamed source": (
        "Union leader Rob Kent called the offer an insult.\n\n"
        "A spokesperson for the employers said the offer was fair.\n\n"
        '"The employers have bargained in good faith for months," he said.',
        [
            ("the offer was fair", "A spokesperson for the employers"),
            ("The employers have", "A spokesperson for the employers"),
        ],
    ),
    "it is an organisation, she is a woman": (
        "Acme Corp. closed its plant in Riverton last year.\n\n"
        '"The decision was difficult but necessary," it said in a statement.\n\n'
        "Mayor Lisa Grant said she was disappointed.\n\n"
        '"We will find new jobs for every worker," she said.',
        [("The decision was", "Acme Corp."), ("she was disappointed", "Lisa Grant"), ("We will find", "Lisa Grant")],
    ),
    # 3. descriptions that refer back
    "the commissioner is the person introduced with that role": (
        "Ron Robison, the WHL commissioner, announced the new schedule on Friday.\n\n"
        '"Player safety comes first in every decision we make," the commissioner said.',
        [("Player safety comes", "Ron Robison")],
    ),
    "party and state refer back": (
        "Senator Rand Pauling of Kentucky blocked the vote on Thursday.\n\n"
        "Pauling is a Kentucky Republican serving his second term.\n\n"
        '"This bill spends money we do not have," the Kentucky Republican said.',
        [("This bill spends", "Rand Pauling")],
    ),
    "age refers back": (
        "Jake Neighbours, 26, signed a new contract with the club on Monday.\n\n"
        '"I want to win a championship here," the 26-year-old right wing said.',
        [("I want to win", "Jake Neighbours")],
    ),
    "the department is the department the article named": (
        "The Department of Health released new figures on Tuesday.\n\n"
        '"Hospital visits for flu have doubled since January," the department said.',
        [("Hospital visits for", "Department of Health")],
    ),
    # 4. nouns read as reporting verbs
    "state and claims are nouns here": (
        "New York state now has more than 4,000 licensed child care centres.\n\n"
        "Unemployment claims had topped 300,000 by the end of the month.\n\n"
        'Governor Kathy Hale said "every family deserves a place to leave their children."',
        [("every family deserves", "Kathy Hale")],
    ),
    "a weekday is never a speaker": (
        "The city council voted 7-2 on Wednesday to close the pool.\n\n"
        'Wednesday Councillor Ben Ode said: "We could not afford the repairs."\n\n'
        'Since October the union has said that "closing the pool costs twelve jobs."',
        [("We could not afford", "Ben Ode"), ("closing the pool", "the union")],
    ),
    "the lawsuit speaks for the people who filed it": (
        "Jane Moss filed a lawsuit against the Lakeview school district in March.\n\n"
        '"The district ignored our letters for two years," the lawsuit says.\n\n'
        "The district has not responded.",
        [("The district ignored", "Jane Moss")],
    ),
    # 5. titles of works and names in marks; long quotations are never scare
    "a film title is not a quotation": (
        '"Parasite" director Bong Joon Ho said the award "belongs to the whole crew."',
        [("the award", "Bong Joon Ho")],
    ),
    "a show and a nickname are not quotations": (
        'The cast of "Northern Lights" met fans on Saturday.\n\n'
        'Sam "The Hammer" Ortiz, who plays the sheriff, said: "The fans kept this show alive."',
        [("The fans kept", 'Sam "The Hammer" Ortiz')],
    ),
    "a long slogan without a cue is not scare": (
        "Voters still remember the campaign.\n\n"
        'Posters with the words "a bus every ten minutes on every street of the city" covered the walls.',
        [("a bus every ten", None)],
    ),
    "a long quotation is never scare": (
        "The mayor spoke at the opening of the library.\n\n"
        'Mayor Rita Chen called the building "a place where every child in this city can learn to read."',
        [("a place where every child", "Rita Chen")],
    ),
    # 6. cues missed
    "inverted cues with plural and rare verbs": (
        '"The ice is melting faster than our models predicted," say oceanographers at the institute.\n\n'
        '"The data leave no room for doubt," concluded Maria Chaves, who led the study.',
        [("The ice is melting", "oceanographers"), ("The data leave", "Maria Chaves")],
    ),
    "notes, replied and rejoined": (
        "Ruth Lee has studied the river for 20 years.\n\n"
        '"The fish came back when the dam came down," Lee notes.\n\n'
        'Asked whether the dam should be rebuilt, she replied: "Never."\n\n'
        'Tom Ward, who owns the mill, disagreed. "Without the dam there is no mill," he rejoined.',
        [("The fish came back", "Ruth Lee"), ("Never", "Ruth Lee"), ("Without the dam", "Tom Ward")],
    ),
    "according to and in a statement": (
        "According to Chief Ana Silva, the fire started in the kitchen.\n\n"
        'In a statement, the fire department said "no one was hurt."\n\n'
        '"Smoke alarms saved lives tonight," Silva added.',
        [
            ("the fire started", "Ana Silva"),
            ("no one was hurt", "the fire department"),
            ("Smoke alarms saved", "Ana Silva"),
        ],
    ),
    # 7. continuation
    "a quote-only paragraph continues the last speaker": (
        '"We expected a close race," said campaign manager Leo Park.\n\n'
        '"Nobody on our team took a single vote for granted."',
        [("We expected a close", "Leo Park"), ("Nobody on our team", "Leo Park")],
    ),
    "according to carries on to the next paragraph": (
        "The bridge will close for six months, according to engineer Priya Das.\n\n"
        '"The steel is older than anyone thought."',
        [("The bridge will close", "Priya Das"), ("The steel is older", "Priya Das")],
    ),
    "a quote about a person is the speaker's": (
        'Coach Omar Reed praised his goalkeeper, Kim Sato. "Kim made three saves that won the game," Reed said.\n\n'
        "Sato has played for the club since 2019.\n\n"
        '"Sato is the hardest worker I have ever coached."',
        [("Kim made three", "Omar Reed"), ("Sato is the hardest", "Omar Reed")],
    ),
    # 1. (again) a party-and-state tag in brackets after a name is a role, not the end of the speaker
    "party tag before said": (
        '"The rules are clear and they were broken," Sen. Ana Whitfield (D-Ore.) said on Tuesday.',
        [("The rules are clear", "Ana Whitfield")],
    ),
    "party tag in a reported clause": (
        "Rep. Tom Garza (R-Texas) said the committee would meet again in June.\n\n"
        '"We owe the voters an answer," Garza said.',
        [("the committee would", "Tom Garza"), ("We owe the voters", "Tom Garza")],
    ),
    "one-letter party tag": (
        "The vote was close.\n\n"
        "Council member Rosa Ibarra (D) told reporters the plan "
        '"still needs a lot of work before anyone can vote on it."',
        [("the plan", "Rosa Ibarra")],
    ),
    # 1. (again) a possessive pronoun that opens a sentence is no name
    "her office speaks for her": (
        "Senator Ana Ruiz has opposed the bill since March.\n\n"
        'Her office described it as "a giveaway to the richest companies in the whole country."',
        [("a giveaway to", "Ana Ruiz")],
    ),
    "his office said": (
        "Governor Paul Stein signed the order on Monday.\n\nHis office said the order takes effect at once.",
        [("the order takes", "Paul Stein")],
    ),
    "their lawyer is named": (
        "The Lopez family sued the school board in May.\n\n"
        'Their lawyer, Sam Ortiz, said "the family will appeal the ruling as soon as the court opens."',
        [("the family will appeal", "Sam Ortiz")],
    ),
    # 2. (again) "it" never points to an organisation named inside a quotation
    "it is not the body named inside the quote": (
        "Three dozen scholars have signed an open letter on the case.\n\n"
        "\u201cWe ask the National Government to call for their release without delay,\u201d it stated.",
        [("We ask the National", None)],
    ),
    "it is the company named before the quote": (
        'Acme Corp. closed its plant in May.\n\n"We thank the Riverton Council for years of support," it said.',
        [("We thank the Riverton", "Acme Corp.")],
    ),
    "it after a quote that names another company": (
        "Northway Bank Inc. said it would sue.\n\n"
        'The lawyers met on Friday. "Nobody at Harbor Trust Co. has answered our letters," it said.',
        [("it would sue", "Northway Bank Inc."), ("Nobody at Harbor", "Northway Bank Inc.")],
    ),
    # 4. (again) a belief, reports or data are no voice: no quotation
    "a common belief is no speaker": (
        "Snow fell for a week.\n\n"
        "A common belief says the winters are getting worse.\n\n"
        '"We plow more every year," said Joe Lind, who runs the city yard.',
        [("We plow more", "Joe Lind")],
    ),
    "city documents are no speaker": (
        "According to city documents, the rink cost $35 million.\n\nMayor Ina Holt said the rink would open in May.",
        [("the rink would open", "Ina Holt")],
    ),
    "a spokesperson is a voice, the figures are not": (
        "Official figures show the lake rose two metres.\n\nA city spokesperson said crews were ready.",
        [("crews were ready", "A city spokesperson")],
    ),
    # 3. (again) a description that uses the office noun of a title ("Sen." is "the senator")
    "the senator is the Sen. named before": (
        'Sen. Ann Lee voted against the bill. "This bill is a mistake," the senator said.',
        [("This bill is a mistake", "Ann Lee")],
    ),
    "the governor is the Gov. named before": (
        "Gov. Mark Ruiz signed the budget on Friday.\n\nThe governor said the new schools would open next fall.",
        [("the new schools", "Mark Ruiz")],
    ),
    "the doctor is the Dr. named before": (
        'Dr. Helen Park runs the clinic on Main Street.\n\n"We see more patients every winter," the doctor said.',
        [("We see more patients", "Helen Park")],
    ),
    # 6. (again) advice reported with an object and "to"
    "reminded customers to": (
        "Thousands were without power on Sunday.\n\n"
        "Coast Power reminded customers to keep their freezers shut during the outage.",
        [("to keep their freezers", "Coast Power")],
    ),
    "urged drivers never to": (
        "Snow fell all night across the valley.\n\n"
        "Police Chief Dana Wu urged drivers never to pass a snowplow on the right.",
        [("never to pass", "Dana Wu")],
    ),
    "agreed to is no advice": (
        "Councillor Ana Reyes agreed to run again. She told supporters to vote early in the new year.",
        [("to vote early", "Ana Reyes")],
    ),
    # 6. (again) an embedded post is the words of the account that signs it
    "an embedded tweet with a link": (
        "The debate grew heated online.\n\n"
        "You had your friends vote down a motion to debate me. Shame on you. https://t.co/abc123 "
        "\u2014 Jane Doe (@JaneDoeMP) January 10, 2019\n\n"
        "Doe has asked for the debate since the fall.",
        [("You had your friends", "Jane Doe")],
    ),
    "an embedded tweet from an organisation": (
        "Thousands were still without power on Saturday.\n\n"
        "Thursday was one of the worst storms we have seen. #Storm pic.twitter.com/xyz "
        "\u2014 Coast Power (@coastpower) December 22, 2018\n\n"
        "Coast Power said crews would work all night.",
        [("Thursday was one of", "Coast Power"), ("crews would work", "Coast Power")],
    ),
    "he after an embedded post is the man quoted before it": (
        'Party leader Tom Shaw spoke in Ottawa. "We will not apologize," Shaw said.\n\n'
        "You never show up to debate me. https://t.co/xyz \u2014 Lee Park (@LeeParkMP) January 10, 2019\n\n"
        '"We answer insults with facts," he said.',
        [("We will not apologize", "Tom Shaw"), ("You never show up", "Lee Park"), ("We answer insults", "Tom Shaw")],
    ),
    "a handle in a sentence is no post": (
        "The mayor, who posts as (@mayorlee) online, spoke to reporters.\n\n"
        '"We will rebuild the pier," Mayor Tom Lee said.',
        [("We will rebuild", "Tom Lee")],
    ),
    # 6. (again) a quotation signed with a dash at the end of its line
    "reader reactions signed with a dash": (
        "We asked readers what the new library means to them.\n\n"
        "\u201cIt is the only quiet place where my kids can do their homework.\u201d \u2014 Lena Brooks\n"
        "\u201cWe waited ten years for this building and it was worth it.\u201d \u2015 Omar Haddad, retired teacher",
        [("It is the only quiet", "Lena Brooks"), ("We waited ten years", "Omar Haddad")],
    ),
    "signatures that end in a no-break space, one line after another": (
        "The letters came in all week.\n\n"
        "\u201cThe ads are loud and they say nothing about rent.\u201d\u2015 Ines Marlow\u00a0\n"
        "\u201cI will vote for whoever fixes the buses first.\u201d \u2015 Kofi Mensah.\u00a0\n"
        "\u201cNobody came to our street to ask us anything.\u201d\u2015 Rita Okafor",
        [("The ads are loud", "Ines Marlow"), ("I will vote", "Kofi Mensah"), ("Nobody came", "Rita Okafor")],
    ),
    "a signed pull quote after a named speaker": (
        'Mayor Ina Cole said the budget was balanced. "We did not raise a single tax," Cole said.\n\n'
        '"Nobody in this city should pay for the mistakes of the last council." - Dan Pruitt, council member',
        [("the budget was", "Ina Cole"), ("We did not raise", "Ina Cole"), ("Nobody in this city", "Dan Pruitt")],
    ),
    "a dash inside a sentence signs nothing": (
        'Park ranger Jo Baker said the trail would reopen. "The bridge is safe again," she said \u2014 '
        "Baker had walked it herself.",
        [("the trail would", "Jo Baker"), ("The bridge is safe", "Jo Baker")],
    ),
    # 1. (again) a name never runs across a blank line: a byline or heading is not glued onto it
    "a byline is not part of the next name": (
        "By Staff Writer\n\n"
        "Tom Reyes praised the mayor.\n\n"
        '"Ana Diaz has done more for this city than anyone," Reyes said.',
        [("Ana Diaz has done", "Tom Reyes")],
    ),
    "a heading is not part of the next name": (
        "Town Hall Meeting\n\n"
        "Lena Fox and Sam Oduya disagreed about the plan.\n\n"
        '"The plan is sound," said Fox. "It is not," Oduya replied.',
        [("The plan is sound", "Lena Fox"), ("It is not", "Sam Oduya")],
    ),
    "an organisation after a byline keeps its own name": (
        "By Kim Doyle\n\n"
        "The Riverton School District closed two schools.\n\n"
        '"We had no other choice," the district said in a letter.',
        [("We had no other choice", "Riverton School District")],
    ),
    # 3. (again) "the bank", "the foundation", "the trust": the organisation the article named with that word
    # ("the court" is left out: a story about a case names several courts, and "the court" is often another)
    "the bank is the bank named before": (
        'Greenfield Bank opened a branch on Friday.\n\n"Every town deserves a bank it can walk to," the bank said.',
        [("Every town deserves", "Greenfield Bank")],
    ),
    "the foundation is the foundation named before": (
        "The Lakeside Foundation gave the school a new library.\n\n"
        '"Every child should have books at home and at school," the foundation said.',
        [("Every child should", "Lakeside Foundation")],
    ),
    "the trust is the trust named before": (
        'The Harbor Trust owns the old docks.\n\n"Our harbor needs dredging before the summer," the trust said.',
        [("Our harbor needs", "Harbor Trust")],
    ),
    # 3. (again) a description with the name in commas: the name is the subject ("Her neighbor, Sam Pike,")
    "her neighbor, then a name in commas": (
        "Janet Cole, 67, wants the library open.\n\n"
        'Her neighbor, Sam Pike, disagreed. "Somebody has to say no," he said.',
        [("Somebody has to say", "Sam Pike")],
    ),
    "a spokeswoman named in commas, then an adverb": (
        'The mayor spoke first.\n\nA city spokeswoman, Ada Kim, later said "the docks are safe for every boat."',
        [("the docks are safe", "Ada Kim")],
    ),
    "the founder named in commas": (
        "The event opened at noon.\n\n"
        'The company\'s founder, Ravi Mehta, took the stage. "We started in a garage," he said.',
        [("We started in a garage", "Ravi Mehta")],
    ),
    # 1. (again) a role noun between an organisation and a name ("Castle Vale boss Gary Lund"): the name is
    # the subject, not the organisation
    "a club boss is the subject": (
        "Castle Vale lost 2-1 on Saturday.\n\n"
        'Castle Vale boss Gary Lund was less happy. Asked about the winner, he said: "It should never have stood."',
        [("It should never", "Gary Lund")],
    ),
    "a campaigner is the subject": (
        "The march began at the river.\n\n"
        'Greenway campaigner Ana Diaz led it to the town hall. "The river cannot wait," she said.',
        [("The river cannot", "Ana Diaz")],
    ),
    "a striker is the subject": (
        "Northbridge won 3-0.\n\n"
        'Northbridge striker Leo Brandt scored twice in the second half. "The goals came late," he said.',
        [("The goals came", "Leo Brandt")],
    ),
    # 1. (again) a role noun that opens the sentence is not the first name ("Volunteer Nia Brooks")
    "a volunteer is not named Volunteer": (
        "The river rose overnight.\n\n"
        'Volunteer Nia Brooks said she had filled sandbags since dawn. "Everyone is helping," Brooks said.',
        [("she had filled", "Nia Brooks"), ("Everyone is helping", "Nia Brooks")],
    ),
    "a resident is not named Resident": (
        'The shelter opened at six.\n\n"We lost the kitchen and the garage," Resident Ana Diaz told reporters.',
        [("We lost the kitchen", "Ana Diaz")],
    ),
    "a surname that is a noun stays": (
        'The shelter opened at six.\n\n"We lost the kitchen and the garage," said Tony Parent, a retiree.',
        [("We lost the kitchen", "Tony Parent")],
    ),
    # 1. (again) an appositive with a relative clause ("a specialist who was not involved") is the role
    "a specialist who was not involved": (
        "Nurses on night shifts sleep almost an hour less than nurses on day shifts.\n\n"
        "Ben Ortiz, a sleep specialist who was not involved in the study, said the results "
        '"may not apply to other jobs."',
        [("the results", "Ben Ortiz")],
    ),
    "an economist who has studied rents": (
        "Rents rose again in March.\n\n"
        'Mia Ross, an economist who has studied rents for a decade, said: "Prices will keep rising all year."',
        [("Prices will keep", "Mia Ross")],
    ),
    "the farmer whose barn burned": (
        "The storm passed on Sunday.\n\n"
        'Leo Kim, the farmer whose barn burned down, said "we will rebuild it before the spring."',
        [("we will rebuild", "Leo Kim")],
    ),
    # 4. (again) "reported a loss": a figure reported, not words; "reported the man died" stays speech
    "a company reports a loss, not words": (
        "Greenfield Bank reported a loss of $3 million for the quarter.\n\n"
        '"The quarter was hard for every lender," the bank said.',
        [("The quarter was hard", "Greenfield Bank")],
    ),
    "record sales are no quotation": (
        "Hollis Toys reported record sales in May, and its shares rose.\n\n"
        "Chief executive Mara Quinn said the new line had sold out in a week.",
        [("the new line had", "Mara Quinn")],
    ),
    "police reported a clause": (
        "Police reported the driver died at the scene.\n\nSgt. Pia Holm said the road had been closed for an hour.",
        [("the driver died", "Police"), ("the road had", "Pia Holm")],
    ),
    # 6. (again) a phrase that sets the scene before ", S said," is not what S said
    "in a statement is how, not what": (
        'In a statement, Acme Corp. said, "We will close the plant in June."',
        [("We will close", "Acme Corp.")],
    ),
    "in an interview is how, not what": (
        'In an interview, forecaster Kim Doyle said, "Stay home on Friday."',
        [("Stay home on Friday", "Kim Doyle")],
    ),
    "a clause before she said is what she said": (
        "Ana Diaz ran the campaign.\n\nIn the end, we will win the seat, she said.",
        [("In the end, we will win", "Ana Diaz")],
    ),
}


HEADLINE = "News from the town\n\n"  # the first paragraph of a text is its headline


def _quotes(name: str):
    text, expected = ARTICLES[name]
    return quotes(HEADLINE + text), expected


def _speaker_of(frame, opening: str):
    rows = frame[frame["text"].str.startswith(opening) & (frame["kind"] != "scare")]
    assert len(rows) == 1, f"expected one quotation starting {opening!r}, found {list(frame['text'])}"
    return rows.iloc[0]["speaker"]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_every_quotation_has_the_right_speaker(name: str) -> None:
    frame, expected = _quotes(name)
    for opening, speaker in expected:
        assert _speaker_of(frame, opening) == speaker, (opening, frame[["speaker", "how", "text"]].to_string())


@pytest.mark.parametrize("name", list(ARTICLES))
def test_nothing_else_is_a_quotation(name: str) -> None:
    frame, expected = _quotes(name)
    found = frame[frame["kind"] != "scare"]
    assert len(found) == len(expected), found[["speaker", "kind", "text"]].to_string()


# ---------------------------------------------------------------- confidence, how, the teacher, entities


def test_every_row_says_how_sure_and_why() -> None:
    frame = quotes(ck.load_article())
    assert list(frame.columns[-2:]) == ["confidence", "how"]
    assert set(frame["confidence"]) <= {"high", "medium", "low"}
    assert frame["how"].map(lambda h: isinstance(h, str) and len(h) > 5).all()
    assert (frame.loc[frame["speaker"].isna(), "confidence"] == "low").all()
    parks = frame[frame["speaker_mention"] == "Bernard Parks"].iloc[0]
    assert (parks["confidence"], parks["how"]) == ("high", "named in the same sentence")


def test_a_pronoun_says_whom_it_points_to() -> None:
    frame, _ = _quotes("it is an organisation, she is a woman")
    last = frame.iloc[-1]
    assert last["speaker_mention"] == "she" and last["how"].startswith("'she':")


def test_a_quotation_that_goes_on_is_no_surer_than_the_one_it_continues() -> None:
    text = HEADLINE + (
        "Nora Vale and Tom Reyes met the parents on Monday.\n\n"
        '"The roof will be fixed by June," he said. "Classes will not stop."\n\n'
        'Vale told parents: "We heard you." "We will post every update online."'
    )
    frame = quotes(text)
    pronoun, goes_on = frame.iloc[0], frame.iloc[1]
    assert pronoun["confidence"] != "high" and goes_on["speaker"] == pronoun["speaker"]
    assert goes_on["confidence"] == pronoun["confidence"] and goes_on["how"].startswith("the quotation goes on")
    named, named_goes_on = frame.iloc[2], frame.iloc[3]
    assert (named["speaker"], named_goes_on["speaker"]) == ("Nora Vale", "Nora Vale")
    assert named_goes_on["confidence"] == "high"


def test_the_teacher_corrects_a_speaker_by_its_opening_words() -> None:
    text = HEADLINE + '"We will rebuild the bridge by spring," he said.\n\nThe mayor spoke first.'
    assert quotes(text)["speaker"].iloc[0] is None
    corrected = ck.Article.from_text(text, meta={"quote_speakers": {"We will rebuild": "Mayor Ana Diaz"}})
    row = quotes(corrected).iloc[0]
    assert (row["speaker"], row["confidence"], row["how"]) == ("Mayor Ana Diaz", "high", "set by the teacher")


def test_entities_lists_people_and_organisations_with_their_mentions() -> None:
    article = ck.Article.from_text(HEADLINE + ARTICLES["the commissioner is the person introduced with that role"][0])
    frame = entities(article)
    assert list(frame.columns) == ["entity", "name", "kind", "role", "mentions", "quotes"]
    robison = frame[frame["name"] == "Ron Robison"].iloc[0]
    assert robison["kind"] == "person" and robison["quotes"] == 1
    for text, start, end in robison["mentions"]:
        assert article.text[start:end] == text
    assert "gender" not in " ".join(frame.columns)


def test_a_described_subject_is_not_counted_as_a_name() -> None:
    text = HEADLINE + 'Janet Cole spoke first. Her neighbor disagreed. "Somebody has to say no," she said.'
    share = ck.quote_share(text)
    assert list(share["speaker"]) == ["Her neighbor"] and not share["named"].iloc[0]
    assert quotes(text)["how"].iloc[0] == "'she': the person described just before"


def test_no_output_has_a_gender_column() -> None:
    article = ck.load_article()
    for frame in (quotes(article), ck.quote_share(article), ck.voices(article), entities(article)):
        assert not any("gender" in c or c in ("sex", "male", "female") for c in frame.columns)


def test_the_view_says_not_sure_without_colour() -> None:
    text = HEADLINE + '"We will rebuild the bridge by spring," he said.'
    view = ck.show_quotes(text)
    assert "not sure who:" in str(view)


# ---------------------------------------------------------------- bad input never raises


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No quotations here at all.",
        'He said "this never closes. And neither does this\n\n“nor this',
        "“” ‘’ \"\" '' « »",
        "He said. " * 2000,
        "“Nested ‘marks “inside” marks’ here,” she said.",
    ],
)
def test_bad_input_gives_a_frame(text: str) -> None:
    frame = quotes(text)
    assert list(frame.columns) == list(ck.quotation.QUOTE_COLUMNS)
    assert all(text[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"], strict=True))


def test_five_hundred_names() -> None:
    surnames = [f"{a}{b}{c}son" for a in "BCDFGHJKLMNPRSTVWZ" for b in "aeiou" for c in "lmnrst"][:500]
    text = HEADLINE + "\n\n".join(f'"Point {k} matters," said Alex {name}.' for k, name in enumerate(surnames))
    frame = quotes(text)
    assert len(frame) == 500 and frame["speaker"].str.startswith("Alex ").all()


def test_two_megabytes_with_an_unclosed_mark() -> None:
    text = "Plain words in a long text. " * 72_000 + 'He said "this mark never closes'
    assert len(text) > 2_000_000
    frame = quotes(text)
    assert frame.iloc[-1]["text"] == "this mark never closes"
