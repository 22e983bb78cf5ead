import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

type Said = { text: string; speaker: string }

function analysisOf(body: string) {
  return analyzeArticle(articleFromText(`A Headline For The Test\n\n${body}`, 'test', { retrievedAt: 'x' }))
}

function quotesOf(body: string): Said[] {
  return analysisOf(body).quotes.map(({ text, speaker }) => ({ text, speaker }))
}

describe('attribution follows the text', () => {
  const cases: { name: string; body: string; expected: Said[] }[] = [
    {
      name: 'a long title with commas before the name and the verb',
      body: '“We will not yield,” the Foreign Ministry’s Deputy Director for Europe, Security and Arms Control Lena Ostrova told reporters.',
      expected: [{ text: 'We will not yield', speaker: 'Lena Ostrova' }],
    },
    {
      name: 'a surname two people share is the one whose full name came last before it',
      body: [
        'Voters in Kessa have elected Ana Petrovic as their mayor.',
        '“There are no limits,” Petrovic told reporters.',
        'Petrovic and her husband, Marko, fled the war in 1992. Marko Petrovic found work at the harbour.',
        '“The harbour gave us a home,” Petrovic said.',
        'Ana Petrovic later studied law.',
        '“I will build houses for veterans,” Petrovic said.',
      ].join('\n\n'),
      expected: [
        { text: 'There are no limits', speaker: 'Ana Petrovic' },
        { text: 'The harbour gave us a home', speaker: 'Marko Petrovic' },
        { text: 'I will build houses for veterans', speaker: 'Ana Petrovic' },
      ],
    },
    {
      name: 'a first name that speaks is the full name it opens, after a quotation closed on a comma too',
      body: [
        'Lena Varga’s father, Tomas, could not sleep through the night.',
        'Tomas Varga was a convoy commander for a year.',
        '"It was a bad, bad phase in my life. Really bad," Tomas said.',
        'Years later, Lena was in a position to help him. "I didn’t like it," Lena says.',
      ].join('\n\n'),
      expected: [
        { text: 'It was a bad, bad phase in my life. Really bad', speaker: 'Tomas Varga' },
        { text: 'I didn’t like it', speaker: 'Lena Varga' },
      ],
    },
    {
      name: 'a paragraph quoted whole after one that gives a person’s view is that person’s',
      body: [
        'The minister promised a 40-day truce on Monday.',
        'Another expert, Ilse Marek from the Harbour Institute in Kessa, doubts the promise made by the minister.',
        '“I think that promise needs to be weighed to see if it carries any weight at all.”',
      ].join('\n\n'),
      expected: [
        {
          text: 'I think that promise needs to be weighed to see if it carries any weight at all.',
          speaker: 'Ilse Marek',
        },
      ],
    },
    {
      name: 'who issued a statement speaks its words, not the statement',
      body: 'Out of the gate, Harbour Pilots Guild issued a statement saying, “We believe the accord is fair to every fleet.”\n\nThe Tervian foreign ministry put out a statement saying, “The strait stays open.”',
      expected: [
        { text: 'We believe the accord is fair to every fleet.', speaker: 'Harbour Pilots Guild' },
        { text: 'The strait stays open.', speaker: 'The Tervian foreign ministry' },
      ],
    },
    {
      name: 'a country’s name alone confirms no person ending in it; nor does a number or a role word start one',
      body: [
        'Eighteen U.S. aircraft ended up in Tervia in 2021.',
        '“The Tervians want training and equipment,” said a former U.S. official, who asked not to be named.',
        'Rear Admiral Ilse Marek praised Tervia as a partner.',
        'Calling Britain a “failed state,” Mira Holm said the country needed new leaders.',
        'Britain has not answered. The U.S. has not either.',
      ].join('\n\n'),
      expected: [
        { text: 'The Tervians want training and equipment', speaker: 'a former U.S. official' },
        { text: 'failed state', speaker: 'Mira Holm' },
      ],
    },
    {
      name: 'a shout is speech, after the speaker’s appositive too',
      body: 'Ilse Holm took the stage on Friday.\n\n“This is the chain saw of bureaucracy,” Holm, the head of the harbour board, shouted, waving the tool.',
      expected: [{ text: 'This is the chain saw of bureaucracy', speaker: 'Ilse Holm' }],
    },
    {
      name: 'the person before an appositive speaks, not one the appositive names',
      body: 'Mira Holm met Jonas Brekke in May.\n\nTomas Lind, a former commissioner who served on the harbour board under Brekke, told reporters that the order “would change how every port is run.”',
      expected: [{ text: 'would change how every port is run.', speaker: 'Tomas Lind' }],
    },
    {
      name: 'a bare verb after a quotation is a noun; a second "and said" has the first one’s subject; a hyphenated descriptor is no name',
      body: [
        'Minister Mira Holm on Friday said the Tervian leader “is going to sign” a revised harbour offer.',
        'Harbour-master-turned-politician Ilse Marek spoke next. Marek also said that she is honored that Holm named her to lead the board, and said she will focus it on “safe and open ports.”',
      ].join('\n\n'),
      expected: [
        { text: 'is going to sign', speaker: 'Mira Holm' },
        { text: 'safe and open ports.', speaker: 'Ilse Marek' },
      ],
    },
    {
      name: 'a title in quotation marks is no one’s words',
      body: [
        'The order, titled “Ensuring Accountability for All Harbours,” is expected to face challenges in court.',
        'Entitled “The Path to Peace,” the draft mourns “the loss of life in the strait,” the envoy said.',
        'Minister Mira Holm told Harbour Radio’s “Morning Report” that “the fleets will sail on Friday.”',
        'The Harbour Foundation’s “Project 2030 Strait Transition Plan” includes a patrol.',
      ].join('\n\n'),
      expected: [
        { text: 'the loss of life in the strait', speaker: 'the envoy' },
        { text: 'the fleets will sail on Friday.', speaker: 'Mira Holm' },
      ],
    },
    {
      name: 'a possessor is not the one who speaks',
      body: 'Mira Harlan met Jonas Brekke on Monday. Harlan rejected Brekke’s plan, saying, "It would fail within a year."',
      expected: [{ text: 'It would fail within a year.', speaker: 'Mira Harlan' }],
    },
    {
      name: '"what it calls": the actor that is the subject',
      body: 'Norway has fined the company for what it calls "repeated and deliberate breaches of the rules."',
      expected: [{ text: 'repeated and deliberate breaches of the rules.', speaker: 'Norway' }],
    },
    {
      name: 'a pronoun after an unnamed source in the same sentence is that source',
      body: 'Tomas Lind spoke first. The Indian foreign ministry spokesperson said at a briefing – to quote him, he said: "We reject the claims entirely."',
      expected: [
        { text: 'We reject the claims entirely.', speaker: 'The Indian foreign ministry spokesperson' },
      ],
    },
    {
      name: '"according to" a document keeps the document as the source',
      body: 'According to the 2024 budget review, "Spending rose faster than revenue in every quarter."',
      expected: [
        { text: 'Spending rose faster than revenue in every quarter.', speaker: 'the 2024 budget review' },
      ],
    },
    {
      name: 'a report that "says": the noun before the verb is the source',
      body: 'The March 2023 audit report says that the agency "failed to track its own contracts."',
      expected: [{ text: 'failed to track its own contracts.', speaker: 'The March 2023 audit report' }],
    },
    {
      name: 'a family name first, then alone',
      body: 'Health Minister Park Ji-hoon met the delegation. "The outbreak is contained," said Park.',
      expected: [{ text: 'The outbreak is contained', speaker: 'Park Ji-hoon' }],
    },
    {
      name: '"role of X, Name," before the verb',
      body: 'The city’s director of planning, Tomasz Wierzbicki, said the plan was "ready to go to the council."',
      expected: [{ text: 'ready to go to the council.', speaker: 'Tomasz Wierzbicki' }],
    },
    {
      name: 'words quoted as a person’s own with a possessive',
      body: 'Critics recalled Senator Mira Harlan’s "peace at any cost" slogan.',
      expected: [{ text: 'peace at any cost', speaker: 'Mira Harlan' }],
    },
    {
      name: '"testified" reports speech',
      body: 'Admiral Ruth Okafor testified in March that "the fleet is stretched thin."',
      expected: [{ text: 'the fleet is stretched thin.', speaker: 'Ruth Okafor' }],
    },
    {
      name: 'a quote ending its sentence is not credited to "according to" in the next one',
      body: 'Mayor Ilse Varga said the budget was "balanced for the first time." According to one estimate, debt fell.',
      expected: [{ text: 'balanced for the first time.', speaker: 'Ilse Varga' }],
    },
    {
      name: 'a name and a colon introduce the words',
      body: 'The order lists the remarks.\n\n- Governor Ana Ruiz: “The water belongs to everyone in the valley.”',
      expected: [{ text: 'The water belongs to everyone in the valley.', speaker: 'Ana Ruiz' }],
    },
    {
      name: 'the numbered article of a document is the source',
      body: 'Article 5 of the new fisheries treaty states that each party must "share catch data every month."',
      expected: [{ text: 'share catch data every month.', speaker: 'Article 5 of the new fisheries treaty' }],
    },
    {
      name: '"calls on" asks someone to act and quotes no one: a quoted word in its phrase is a scare quote',
      body: 'The Ministry of Ports calls on Arvland to end its so-called "inspection" raids at sea.',
      expected: [],
    },
    {
      name: 'one or two quoted words running on into a noun are the writer’s own phrase',
      body: 'Officials said the "blue corridor" scheme was ending.',
      expected: [],
    },
    {
      name: 'one quoted word followed by a relative clause or an adverb is still quoted',
      body: 'Critics have called Mayor Ilse Varga a "gambler" who bets the budget. Ilse Varga called the plan "final" yesterday.',
      expected: [
        { text: 'gambler', speaker: 'Critics' },
        { text: 'final', speaker: 'Ilse Varga' },
      ],
    },
    {
      name: 'a verb followed by "on" is still a speech verb when it is not a call',
      body: 'Minister Ode Lanz wrote on Friday that the deal is "a first step toward a settlement."',
      expected: [{ text: 'a first step toward a settlement.', speaker: 'Ode Lanz' }],
    },
    {
      name: 'a name after the quote with a long appositive of its own, then the verb',
      body: '"Oslo can already reach its goals," Otto Lindqvist, an associate fellow at the Center for Strategic and Regional Studies, wrote last month on its website.',
      expected: [{ text: 'Oslo can already reach its goals', speaker: 'Otto Lindqvist' }],
    },
    {
      name: 'an appositive that opens with "the" and holds commas of its own',
      body: '"It is very concerning," Karin Jacobi, the Nordic, Baltic and Arctic program coordinator at the Press Freedom Committee, told reporters.',
      expected: [{ text: 'It is very concerning', speaker: 'Karin Jacobi' }],
    },
    {
      name: 'a clause after the quote, and the sentence ends on who said it',
      body: '"My family and I could not sleep at night" since the order was signed, said 50-year-old Ahmad Zahir Noori, who fled in 2021.\n\nNoori now lives in Islamabad.',
      expected: [{ text: 'My family and I could not sleep at night', speaker: 'Ahmad Zahir Noori' }],
    },
    {
      name: 'an order that states its words, after them',
      body: '"This order suspends the program," stated the order.',
      expected: [{ text: 'This order suspends the program', speaker: 'the order' }],
    },
    {
      name: 'an order that states its words, before the verb',
      body: '“The state will defend its citizens,” the executive order stated.',
      expected: [{ text: 'The state will defend its citizens', speaker: 'the executive order' }],
    },
    {
      name: 'a name that ends on "Jr." before the verb',
      body: '“I am looking forward to the summit,” Chief Chuck Harlan Jr. posted on Facebook.',
      expected: [{ text: 'I am looking forward to the summit', speaker: 'Chuck Harlan Jr' }],
    },
    {
      name: 'quoted words after "to" are a verb of the speaker’s, and a left-out word is no limit for the next quote',
      body: 'Police chief Omar Haddad has said he wants to "come after" smugglers "who lied about their cargo."',
      expected: [
        { text: 'come after', speaker: 'Omar Haddad' },
        { text: 'who lied about their cargo.', speaker: 'Omar Haddad' },
      ],
    },
    {
      name: '"what it calls": a thing’s words, not those of a person named further back',
      body: 'Prime Minister Tomas Lind spoke on Monday.\n\nAs the Lind government reviews its plans, Norway has expressed interest, highlighting what it calls its "solid connection" with the Arctic Guard.',
      expected: [{ text: 'solid connection', speaker: 'Norway' }],
    },
    {
      name: 'after the quote, a name that opens on a particle or a title in lower case',
      body: 'Commission President Ursula van der Berg arrived on Monday.\n\n“We are in Kyiv today,” van der Berg said on X.\n\n“We have mobilized billions,” national security adviser Jake Sorensen told reporters.',
      expected: [
        { text: 'We are in Kyiv today', speaker: 'Ursula van der Berg' },
        { text: 'We have mobilized billions', speaker: 'Jake Sorensen' },
      ],
    },
    {
      name: '", said X" ends the sentence a quoted phrase is in',
      body: 'The port is “the first and the most developed” project in that effort, said Witney Schneider, a senior fellow at the Harbor Institution.',
      expected: [{ text: 'the first and the most developed', speaker: 'Witney Schneider' }],
    },
    {
      name: '", said his son, X": the name set off after the phrase',
      body: '“We thank the minister for her work,” said his son, Harrison Lu.',
      expected: [{ text: 'We thank the minister for her work', speaker: 'Harrison Lu' }],
    },
    {
      name: 'a word glossed in quotation marks before ", said his organization played" is no one’s',
      body: 'John Kamm, founder of the rights group Dui Hua, meaning “dialogue” in Chinese, said his organization played a role.',
      expected: [],
    },
    {
      name: 'words that close on a comma go on, after an abbreviation too',
      body: '"The first implication is support from the U.S.," said Ed Arnsen, senior research fellow.',
      expected: [{ text: 'The first implication is support from the U.S.', speaker: 'Ed Arnsen' }],
    },
    {
      name: '", she said." ends the sentence a quoted phrase is in',
      body: 'Helga Matson, acting coordinator at the State Department, said Tuesday the corridor would cut costs.\n\nThe investments will “amplify the impact of that infrastructure” with projects such as solar energy, she said.',
      expected: [{ text: 'amplify the impact of that infrastructure', speaker: 'Helga Matson' }],
    },
    {
      name: 'a name that qualifies a noun is not the speaker; "now a critic" opens an appositive',
      body: [
        'Asked again, Frances Browning repeated a refrain often voiced by Lind administration officials, saying: "he never shies away from talking about rights."',
        'Prime Minister Tomas Lind spoke, but former Attorney General Will Barrett, now a Lind critic, said it would happen “over my dead body.”',
      ].join('\n\n'),
      expected: [
        { text: 'he never shies away from talking about rights.', speaker: 'Frances Browning' },
        { text: 'over my dead body.', speaker: 'Will Barrett' },
      ],
    },
    {
      name: '", according to X." credits a quoted phrase, even one before a noun',
      body: 'Professor David Dunning spoke on Monday.\n\nDrones were seen above the base — a “particularly sinister” development, according to Dunning.',
      expected: [{ text: 'particularly sinister', speaker: 'David Dunning' }],
    },
    {
      name: 'a quote that opens its own sentence is in the voice the sentence before reports',
      body: 'Former minister Andriy Zaruba echoed these sentiments, warning that small steps hinder Ukraine. "This piecemeal strategy is escalatory itself. It brings no resolution."',
      expected: [
        {
          text: 'This piecemeal strategy is escalatory itself. It brings no resolution.',
          speaker: 'Andriy Zaruba',
        },
      ],
    },
    {
      name: 'military ranks, abbreviated or with a class, are titles',
      body: [
        '“Making history is something I will remember,” said Petty Officer 2nd Class Tyler Schnell. “It gives me pride.”',
        '“It is vital to base security,” said Col. Derek Salm, the wing commander.',
        '“The rule is zero drone use,” said Senior Master Sgt. Jorge Rivas.',
        '“It was pretty neat,” said Spc. Vanessa L. Lopes, a human resources specialist.',
        'Cadet 1st Class Regan Hanson spoke last. “It is a new frontier,” Hanson said.',
      ].join('\n\n'),
      expected: [
        { text: 'Making history is something I will remember', speaker: 'Tyler Schnell' },
        { text: 'It gives me pride.', speaker: 'Tyler Schnell' },
        { text: 'It is vital to base security', speaker: 'Derek Salm' },
        { text: 'The rule is zero drone use', speaker: 'Jorge Rivas' },
        { text: 'It was pretty neat', speaker: 'Vanessa L. Lopes' },
        { text: 'It is a new frontier', speaker: 'Regan Hanson' },
      ],
    },
    {
      name: '"the statement said": whoever issued the statement, as the sentence that introduced it says',
      body: [
        'In a statement issued Wednesday, the Harbor Air Wing said it had seen the drones.',
        '“None of the incidents affected residents,” the statement said.',
        'Minister Tomas Lind said in a statement that the port would stay open.',
        '“We will not close it,” the statement said.',
      ].join('\n\n'),
      expected: [
        { text: 'None of the incidents affected residents', speaker: 'Harbor Air Wing' },
        { text: 'We will not close it', speaker: 'Tomas Lind' },
      ],
    },
    {
      name: 'a verb of speech after a modal is a supposition, not an attribution',
      body: '"The question is how," former minister Andriy Zaruba said. While Ukrainians would welcome an end to the war, “some people suggest all kinds of concessions,” which he said, “is not going to stop the war.”',
      expected: [
        { text: 'The question is how', speaker: 'Andriy Zaruba' },
        { text: 'some people suggest all kinds of concessions', speaker: 'Andriy Zaruba' },
        { text: 'is not going to stop the war.', speaker: 'Andriy Zaruba' },
      ],
    },
    {
      name: 'a clause opener is no part of the speaker after it',
      body: 'While Ukrainians say “the war will end,” few expect it soon.',
      expected: [{ text: 'the war will end', speaker: 'Ukrainians' }],
    },
    {
      name: 'a round-up paragraph that opens on a body’s name and a colon',
      body: 'Reactions came in on Monday.\n\nNorth Valley Power Authority: “We have signed the pledge to protect our customers.”\n\nHouse Energy and Commerce Committee: “The pledge is a victory for families.”\n\nHarbor Light Power Co.: “Reaffirming our commitment to our customers, we signed the pledge today.”',
      expected: [
        {
          text: 'We have signed the pledge to protect our customers.',
          speaker: 'North Valley Power Authority',
        },
        { text: 'The pledge is a victory for families.', speaker: 'House Energy and Commerce Committee' },
        {
          text: 'Reaffirming our commitment to our customers, we signed the pledge today.',
          speaker: 'Harbor Light Power Co.',
        },
      ],
    },
    {
      name: 'after a colon with no verb of speech, the clause’s subject speaks, not a name after "with"',
      body: 'Senator Lina Gray died on Sunday.\n\nPrime Minister Tomas Lind reflected on his final conversation with Senator Gray: “It is devastating. She called me last night.”',
      expected: [{ text: 'It is devastating. She called me last night.', speaker: 'Tomas Lind' }],
    },
    {
      name: '"the embassy said": the body named earlier with that word in its name',
      body: 'The Chinese Embassy in Washington issued a response on Monday.\n\n“China strongly opposes the measures,” the embassy said.',
      expected: [{ text: 'China strongly opposes the measures', speaker: 'Chinese Embassy in Washington' }],
    },
    {
      name: 'a verb of speech right after the closing mark, whatever mark the words end on',
      body: '"Our crews restore the services." said Lt. Col. Jason Knott, the director.\n\n“We stand for peace!” said Alzahir.',
      expected: [
        { text: 'Our crews restore the services.', speaker: 'Jason Knott' },
        { text: 'We stand for peace!', speaker: 'Alzahir' },
      ],
    },
    {
      name: 'an appositive that opens on a role with no article, then ", said,"',
      body: 'Prime Minister Tomas Lind spoke on Monday.\n\nEbenezer Obadan, senior fellow for Africa studies at the Harbor Council that advises Lind, said, “One administration is unlikely to differ much from another.”',
      expected: [
        { text: 'One administration is unlikely to differ much from another.', speaker: 'Ebenezer Obadan' },
      ],
    },
    {
      name: 'words in title case that nobody is said to have spoken are a name or a slogan',
      body: 'Fans wore hats reading “Make Harbor Great Again” and signs that said “One Town, One Vote.” “We came to be heard,” said Anna Berglund, a volunteer.',
      expected: [{ text: 'We came to be heard', speaker: 'Anna Berglund' }],
    },
    {
      name: 'a name given as an example of people in a role, then "she said"',
      body: 'Activists like Elena Marek of the River Valley Council say the history is recent.\n\n"It was within our generation," she said.',
      expected: [{ text: 'It was within our generation', speaker: 'Elena Marek' }],
    },
    {
      name: 'a participle after the closing mark: its object is not who spoke',
      body: 'Gov. Jane Pritchard proclaimed that “Harbor voters cannot know a moment of peace,” urging her loyal supporters to march on the capitol.',
      expected: [{ text: 'Harbor voters cannot know a moment of peace', speaker: 'Jane Pritchard' }],
    },
    {
      name: 'a verb of speech that is part of a noun ("talking points") attributes nothing',
      body: 'As Press Secretary Karen Levitt said, the letter reads like Harbor talking points — “indistinguishable from the words we hear daily from their party.”',
      expected: [
        { text: 'indistinguishable from the words we hear daily from their party.', speaker: 'Karen Levitt' },
      ],
    },
    {
      name: 'accused, proclaimed: verbs of speech before the words',
      body: 'Sen. Tomas Reyes accused the governor of running “a campaign of fear against our own people.”',
      expected: [{ text: 'a campaign of fear against our own people.', speaker: 'Tomas Reyes' }],
    },
    {
      name: '"the president" is the person last named with that title, not the title as a body',
      body: [
        'Kessan President Ilse Marek spoke to parliament on Monday.',
        'Harbor President Tomas Lind was in Berlin on Friday for meetings with allies.',
        'The president said the cost of the plan “is no match for the cost of living in a world where aggression prevails.”',
      ].join('\n\n'),
      expected: [
        {
          text: 'is no match for the cost of living in a world where aggression prevails.',
          speaker: 'Tomas Lind',
        },
      ],
    },
    {
      name: 'a verb of speech as a noun after a determiner and a qualifier ("in a recent call")',
      body: 'Governor Tomas Reyes suggested he would give the port more leeway, telling Mayor Ilse Marek in a recent call to “do what you have to do.” Critics call it “a blank cheque for the harbour board.”',
      expected: [
        { text: 'do what you have to do.', speaker: 'Tomas Reyes' },
        { text: 'a blank cheque for the harbour board.', speaker: 'Critics' },
      ],
    },
    {
      name: 'a body before a relative clause that ends at the verb; "the party" is the party a sentence before opens on',
      body: [
        'After the bill was signed, opposition party Harbor Action, which vowed to pursue legal action, said in a statement, “It allows the government to set the price.”',
        'The center-right Liberal Union party not only opposed the new law — along with Harbor Action and the pro-farmer Freedom Plus party — it also objected to the governor’s remarks.',
        '“It would be a tragedy if this funding were cut because of a misunderstanding of the facts,” the party said in a statement.',
      ].join('\n\n'),
      expected: [
        { text: 'It allows the government to set the price.', speaker: 'opposition party Harbor Action' },
        {
          text: 'It would be a tragedy if this funding were cut because of a misunderstanding of the facts',
          speaker: 'Liberal Union party',
        },
      ],
    },
    {
      name: 'a participle after a comma has the main clause’s subject; "which X called" is X’s',
      body: [
        'Ilse Marek, a former prosecutor, said she was honoured to serve.',
        'Governor Tomas Reyes named Marek, 44, to lead the port agency on Saturday, saying she “is a brilliant lawyer and investigator who has spent her career exposing corruption.”',
        'During his call with Marek, Reyes condemned the recent strikes on the harbour, which the Harbor Ministry called “another escalation in the war against the port.”',
        'The plan was a mistake, Marek said later, adding that “nobody asked the dock workers what they needed.”',
      ].join('\n\n'),
      expected: [
        {
          text: 'is a brilliant lawyer and investigator who has spent her career exposing corruption.',
          speaker: 'Tomas Reyes',
        },
        { text: 'another escalation in the war against the port.', speaker: 'the Harbor Ministry' },
        { text: 'nobody asked the dock workers what they needed.', speaker: 'Ilse Marek' },
      ],
    },
    {
      name: 'a participle after the words goes on the writer’s sentence; ", he told X, a …" ends one',
      body: [
        'A ministry spokesperson recently said that the country remains concerned about “elevated” Kessan naval activity near the island, describing it as consistent with earlier drills.',
        'Omar Haddad, an analyst at the Harbor Institute, follows the militias closely.',
        '“It sent a message to the regime that it is not doing enough” to counter the militias, he told Harbor TV, a news channel based abroad.',
      ].join('\n\n'),
      expected: [
        { text: 'elevated', speaker: 'A ministry spokesperson' },
        { text: 'It sent a message to the regime that it is not doing enough', speaker: 'Omar Haddad' },
      ],
    },
    {
      name: 'a body after the words named only by its capitalised words; a speech verb before the words goes first',
      body: [
        '“This pause will work to the advantage of unscrupulous businesses,” Kessa Integrity International said in a statement.',
        'Harbor police testified that his family had “important political connections in the capital,” Harbor Press International reported in 2022.',
      ].join('\n\n'),
      expected: [
        {
          text: 'This pause will work to the advantage of unscrupulous businesses',
          speaker: 'Kessa Integrity International',
        },
        { text: 'important political connections in the capital', speaker: 'Harbor police' },
      ],
    },
    {
      name: 'the body before "in a statement" set off before the verb speaks',
      body: 'Harbor’s Defense Ministry, in a statement Thursday said the meeting will focus on “priorities for the port as the allies continue to work together.”',
      expected: [
        {
          text: 'priorities for the port as the allies continue to work together.',
          speaker: 'Harbor’s Defense Ministry',
        },
      ],
    },
    {
      name: 'an acronym alone names a body that speaks',
      body: 'The previous government engaged in what HPJ described as an “aggressive war on leaks.”',
      expected: [{ text: 'aggressive war on leaks.', speaker: 'HPJ' }],
    },
    {
      name: 'forecasters, researchers and investigators are sources',
      body: 'Strong winds returned on Monday. Forecasters called it a “particularly dangerous situation for the valley.”',
      expected: [{ text: 'particularly dangerous situation for the valley.', speaker: 'Forecasters' }],
    },
    {
      name: '"they" after an earlier verb of speech in the sentence is that verb’s subject',
      body: 'A recently released government report notes that the navy is “increasing its readiness for contingencies.”\n\nMeanwhile in Kessa, officials are warning against what they call “foreign military meddling in our affairs.”',
      expected: [
        {
          text: 'increasing its readiness for contingencies.',
          speaker: 'A recently released government report',
        },
        { text: 'foreign military meddling in our affairs.', speaker: 'officials' },
      ],
    },
  ]

  it.each(cases)('$name', ({ body, expected }) => {
    expect(quotesOf(body)).toEqual(expected)
  })
})

describe('names from the text', () => {
  const cases: { name: string; body: string; people: string[] }[] = [
    {
      name: 'a particle inside a name',
      body: 'Police said they had detained Ahmed bin Rashid overnight.',
      people: ['Ahmed bin Rashid'],
    },
    {
      name: 'a rank that is an everyday adjective is a title in lower case only set off by a comma',
      body: 'Crews fought multiple major Harbor Valley area fires on Monday, near the home of a retired general, Tomas Varga.',
      people: ['Tomas Varga'],
    },
    {
      name: 'a number word and a demonym are not a person',
      body: 'Five Chinese said they had been held for a week.',
      people: [],
    },
    {
      name: 'a hyphenated given name in lower case after the hyphen',
      body: 'Foreign Minister Chung Eui-yong arrived on Tuesday.',
      people: ['Chung Eui-yong'],
    },
    {
      name: 'a place before "talks" is not a person',
      body: 'Delegates met again for the Istanbul talks on Monday.',
      people: [],
    },
    {
      name: 'a regime is named after the one who leads it',
      body: 'Talks between the Oskarov regime and the opposition resumed.',
      people: ['Oskarov'],
    },
    {
      name: 'a name set off by an appositive of any occupation, then a speech verb',
      body: 'Lena Torvik, an attorney who specializes in tech policy and civil rights, said that such videos cause harm.',
      people: ['Lena Torvik'],
    },
    {
      name: 'an appositive with no role noun, then a speech verb',
      body: 'Jana Novak, a research associate for the Defense Project at the Center for Strategic Studies, said the plan was costly.',
      people: ['Jana Novak'],
    },
    {
      name: 'an appositive with no article that opens on a role',
      body: 'Rob Petersen, research fellow for Deterrence at the Harbor Foundation, said the plan was costly.',
      people: ['Rob Petersen'],
    },
    {
      name: 'a body set off by an appositive is not a person',
      body: 'Harbor Light, a rights group based in Oslo, said the plan was costly.',
      people: [],
    },
    {
      name: 'an occupation written before a name is its title',
      body: 'The blanket was designed by Pueblo artist Tomas Reyna, who says it evokes a storm.',
      people: ['Tomas Reyna'],
    },
    {
      name: 'names after "the", and a word after a place’s name, are things',
      body: [
        'Visitors flocked to the National Zoo. The National Zoo says it pays a fee.',
        'The Expropriation Act was signed, and the Act allows seizures.',
        'Residents of the Gaza Strip fled the fighting.',
        'Activists of the Walker River Paiute Tribe say it matters.',
        'On Friday the president signed an Executive Order to address the matter.',
      ].join('\n\n'),
      people: [],
    },
    {
      name: 'a name given with "called" is no speaker, nor is a name joined by a hyphen to a capitalised word',
      body: 'The program came to be called Star Wars. A law called the Act on Greenland Self-Government outlines a road map.',
      people: [],
    },
    {
      name: 'a nickname in quotation marks inside a name makes one person',
      body: 'General Michael “Erik” Kurilla met officials in Amman on Monday. Kurilla said the talks went well.',
      people: ['Michael “Erik” Kurilla'],
    },
    {
      name: 'a rank is the title of the name after it, with its abbreviated modifiers',
      body: 'Lt. Col. Anna Bergen and Brig. Gen. Tom Haley met Petty Officer 2nd Class Tyler Schnell.',
      people: ['Anna Bergen', 'Tom Haley', 'Tyler Schnell'],
    },
    {
      name: 'a salutation and an Air Force rank are no part of a name',
      body: '“We are ready,” said Technical Sgt. Tyler Witten.\n\nThe letter read: Dear Joe, thank you for your service, Joe said he was moved.',
      people: ['Tyler Witten', 'Joe'],
    },
    {
      name: 'police ranks are titles, and a task force or a ship is not a person',
      body: '“This is evil,” New Orleans Police Superintendent Anne Kirkland told reporters.\n\nThe Task Force and the Ship Ise sailed north.',
      people: ['Anne Kirkland'],
    },
    {
      name: 'a territory that speaks is not a person',
      body: 'As far back as 2010, Greenland told the United Nations it wanted more say.',
      people: [],
    },
  ]

  it.each(cases)('$name', ({ body, people }) => {
    expect(analysisOf(body).people.map((person) => person.name)).toEqual(people)
  })
})
