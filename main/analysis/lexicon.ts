// Word lists shared by the people and quote passes. All entries are matching keys (see tokens.fold).

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word !== ''))
}

/** Military ranks as abbreviated before a name ("Spc.", "Sgt. 1st Class"): titles, never a sentence's end. */
export const RANK_ABBREVIATIONS = words('sgt spc pfc pvt cpl ssg sfc csm maj capt cmdr cdr ens amn')

/** Nouns that name a position a person holds; the last word of a role ("Foreign Minister"). */
export const ROLE_HEADS = words(`
  president vice-president premier chancellor minister secretary spokesman spokeswoman spokesperson envoy
  ambassador king queen prince princess emir sheikh sultan pope general gen lt colonel col admiral adm
  commander senator sen rep representative congressman congresswoman governor gov mayor director chief head
  leader chairman chairwoman chair ceo adviser advisor negotiator diplomat official analyst professor prof
  judge prosecutor speaker lawmaker mp deputy commissioner president-elect ayatollah captain sergeant marshal
  aide counselor counsellor economist researcher fellow expert strategist lieutenant major founder
  secretary-general director-general attorney-general spokespeople officials diplomats analysts experts
  attorney lawyer activist artist scientist journalist reporter editor author writer historian scholar
  student teacher resident farmer doctor physician nurse manager partner owner organizer
  organiser volunteer refugee veteran officer pastor priest rabbi imam engineer consultant lecturer
  specialist coordinator advocate campaigner curator biologist physicist candidate
  ${[...RANK_ABBREVIATIONS].join(' ')} cadet airman seaman ensign corporal
  superintendent sheriff inspector detective trooper constable warden
`)

/** Roles of those who report the news: a byline with one of them is the reporter's, not a signatory's. */
export const PRESS_ROLES = words(`
  writer writers reporter reporters editor editors correspondent correspondents journalist journalists
  author photographer contributor columnist producer
`)

/** Multi-word roles whose last word is not a role head on its own ("Secretary of State"). */
export const ROLE_PHRASES: readonly (readonly string[])[] = [
  ['secretary', 'of', 'state'],
  ['secretary', 'of', 'defense'],
  ['secretary', 'of', 'war'],
  ['secretary', '-', 'general'],
  ['secretary', 'general'],
  ['director', '-', 'general'],
  ['director', 'general'],
  ['attorney', 'general'],
  ['supreme', 'leader'],
  ['crown', 'prince'],
  ['foreign', 'secretary'],
  ['home', 'secretary'],
  ['press', 'secretary'],
  ['vice', 'president'],
  ['prime', 'minister'],
  ['national', 'security', 'adviser'],
  ['national', 'security', 'advisor'],
]

/** Words that may precede a role head inside the role ("former", "Foreign", "Deputy Prime"). */
export const ROLE_MODIFIERS = words(`
  former then acting interim outgoing incoming deputy vice senior top chief special presidential foreign
  defense defence interior finance economy economic trade justice health energy agriculture education
  culture prime first national security press military junior state assistant under associate executive
  managing lead principal permanent general grand supreme opposition party political regional
  high-ranking longtime retired rear staff master petty command brigadier brig warrant lance technical police
`)

/** Courtesy titles: they mark a name but are not a role. */
export const HONORIFICS = words('mr mrs ms mx dr sir dame lord lady')

/** Speech verbs written before their speaker at a sentence's end: ", said Ahmed Fouad Alkhatib." */
export const INVERTED_VERBS = words('said says added adds wrote writes noted explained continued replied')

/** Speech verbs that give a name rather than report words: "the program came to be called Star Wars". */
export const NAMING_VERBS = words(`
  call calls called calling dub dubs dubbed term terms termed label labels labeled labelled name names
  named naming nickname nicknamed
`)

/** Verbs and phrases that report speech, in every form the quote pass meets them. */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding state states stated stating note notes
  noted noting explain explains explained explaining emphasize emphasizes emphasized emphasizing emphasise
  emphasised emphasising stress stresses stressed stressing insist insists insisted insisting warn warns
  warned warning argue argues argued arguing acknowledge acknowledges acknowledged acknowledging
  characterize characterizes characterized characterizing characterise characterised describe describes
  described describing call calls called calling express expresses expressed expressing write writes wrote
  writing tweet tweets tweeted post posts posted declare declares declared declaring announce announces
  announced announcing assert asserts asserted asserting claim claims claimed claiming remark remarks
  remarked observe observes observed reply replies replied respond responds responded urge urges urged
  urging caution cautions cautioned concede concedes conceded admit admits admitted suggest suggests
  suggested suggesting predict predicts predicted promise promises promised pledge pledges pledged vow
  vows vowed demand demands demanded label labels labeled labelled term terms termed dub dubs dubbed hail
  hails hailed praise praised criticize criticized criticise criticised condemn condemned denounce
  denounced dismiss dismissed reject rejected welcome welcomes welcomed recall recalls recalled conclude
  concluded quip quipped joke joked ask asks asked asking answer answered mention mentioned comment
  commented report reported reiterate reiterated confirm confirmed deny denied contend contended maintain
  maintained repeat repeated recount recounted lament lamented complain complained continue continued
  offer offered offering testify testifies testified testifying talked talking speaks spoke
  speaking refers referred referring shout shouts shouted shouting exclaim exclaims exclaimed yell yelled
  boast boasts boasted muse mused wonder wondered proclaim proclaims proclaimed proclaiming accuse accuses
  accused accusing threaten threatens threatened allege alleges alleged retort retorted countered assure
  assures assured decry decries decried
`)

/** Nouns made of a verb of speech ("Democrat talking points"): no one speaks in them. */
export const SPEECH_COMPOUNDS = new Set([
  'talking point',
  'talking points',
  'talking heads',
  'speaking points',
  'speaking notes',
  'speaking engagement',
  'speaking engagements',
  'speaking role',
  'speaking tour',
])

/**
 * Verbs by which a document lays down words ("The Act requires … working groups on "…""): a source
 * only when their subject is a document (DOCUMENT_HEADS), never for a person.
 */
export const DOCUMENT_VERBS = words(`
  require requires required provide provides provided stipulate stipulates stipulated mandate mandates
  mandated direct directs directed oblige obliges obliged obligate obligates authorize authorizes
  authorized authorise authorises authorised prohibit prohibits prohibited specify specifies specified
  define defines defined establish establishes established commit commits committed
`)

/** Nouns that head the name of a document that can be quoted (a law, a report, a treaty). */
export const DOCUMENT_HEADS = words(`
  report reports assessment assessments treaty law act resolution declaration communique communiqué
  memorandum letter readout study survey document documents bill statute agreement accord charter
  constitution strategy directive order decree regulation convention protocol
`)

/** Nouns for someone's quoted words, after a possessive: "that was your quote", "in his words". */
export const QUOTE_NOUNS = words('quote words phrase term expression language description')

/**
 * Closing words of a paragraph that hands a broadcast or report over to a correspondent, whose quoted
 * report follows ("Nordic Radio's Tomas Lind has more.", "Tomas Lind reports.").
 */
export const HANDOVER_TAILS: readonly (readonly string[])[] = [
  ['has', 'more'],
  ['has', 'the', 'story'],
  ['has', 'this', 'report'],
  ['has', 'the', 'details'],
  ['reports'],
]

/** Words that open a clause after a quote; when one comes first, what follows is not an attribution. */
export const CLAUSE_OPENERS = words(`
  while whereas but and or because although though since as if when after before which that where so yet
`)

/** Nouns that head a phrase naming an anonymous or institutional source ("a senior official"). */
export const SOURCE_HEADS = words(`
  official officials spokesman spokeswoman spokesperson spokespeople source sources diplomat diplomats
  analyst analysts director fellow expert experts adviser advisers advisor advisors aide aides minister
  ministry ambassador envoy officer officers commander lawmaker lawmakers senator negotiator negotiators
  researcher professor leader leaders chief head secretary president statement representative resident
  residents witness witnesses person people member members chairman chairwoman economist strategist
  observer observers agency office department government administration council committee commission
  military army police prosecutor prosecutors authorities authority spokesmen spokeswomen staffer staffers
  correspondent general colonel officialdom mayor governor premier chancellor king queen opposition party
  critics activists protesters campaigners supporters group groups organization organizations company firm
  union ministries embassy campaign movement coalition alliance watchdog regulator court judge
  report reports assessment assessments treaty law act resolution declaration communique communiqué
  memorandum letter readout study survey document documents order orders decree directive proclamation
  bill researchers scientist scientists forecaster forecasters investigator investigators meteorologists
  doctor doctors lawyer lawyers attorney attorneys institute foundation association federation bureau service board panel
  tribunal
`)

/** Words that end an attribution phrase: relative pronouns, participles that start a clause, and so on. */
export const PHRASE_BREAKERS = words(`
  who whom whose which that while as because after before when during involved speaking requesting
  citing adding noting who’d told said says saying according reflecting echoing and but in on
`)

export const PRONOUNS = words('he she they')

/** Words that start sentences; capitalised there, they are still not names. */
export const FUNCTION_WORDS = words(`
  the a an in on at as by for from of to with and or but if when while after before since this that these
  those there here it its his her their our we i you he she they what why how who where which some many most
  other another such no not during despite although though meanwhile however still yet then now today
  according both each every all any
`)

/** Capitalised words that begin sentences or headings and are never part of a name. */
export const NOT_NAME_WORDS = words(`
  ${[...FUNCTION_WORDS].join(' ')}
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december god critics sources security success failure
  experts officials analysts international global european western eastern northern southern central
  middle north south east west new old great sea ocean gulf war peace plan talks state states
  government ministry department council committee commission union organization organisation institute
  institution foundation agency bank fund court university center centre party forces army navy
  parliament assembly senate congress office service federation league alliance network group watch
  republic kingdom empire church times post news press media company corporation
  background context implications perspective reactions response tour initiative relations
  two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
  thousand thousands million millions dozens several few
  affairs control development policy planning operations intelligence communications rights labor labour
  democracy humanitarian cooperation strategy resources environment transformation command
  project conference summit convention election elections among thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen act acts strip tribe tribes zoo natives museum hospital airport square treaty
  accord accords doctrine wars self order orders class dear association systems technologies force ship
  industries solutions dynamics laboratories holdings enterprises
`)

/** Last words of organisation names that the gazetteer does not list ("Institute for the Study of X"). */
export const ORGANIZATION_HEADS = words(`
  institute institution foundation council committee commission agency organization organisation association
  union party movement bank fund court university center centre watch corporation company forum alliance
  league federation endowment network service society trust tribunal front brigade brigades battalion
  coalition authority forces ministry department office militia army council institute school academy
  programme program initiative community team pact assembly platform group
`)

/** Lower-case words allowed between the capitalised words of an organisation name. */
export const NAME_CONNECTORS = words(
  'of on for and the de du des la le del der van von al el bin ibn da dos das di',
)
