/** A span of the article text, by character offsets into `Article.text`. */
export type Span = { start: number; end: number }

export type Sentence = Span & { text: string; blockIndex: number }

export type ActorKind = 'country' | 'organization' | 'person' | 'group'

/** A country, organisation or group that people speak for. One canonical name, aliases merged. */
export type Actor = {
  name: string
  kind: ActorKind
  mentions: number
  aliases: string[]
}

export type Person = {
  /** Canonical full name ("Emmanuel Macron"). */
  name: string
  /** Role as written ("President", "spokesman"), or null. */
  role: string | null
  /** Name of the actor the person stands for ("France"), or null. */
  actor: string | null
  mentions: number
  aliases: string[]
}

export type Quote = Span & {
  /** The quoted words, without the quotation marks. A quote split around its attribution is one quote. */
  text: string
  /** The person's name, or the article's own phrase for an anonymous source. */
  speaker: string
  /** The actor the speaker stands for, or null when unknown. */
  actor: string | null
  /** Span of the attribution phrase ("said a State Department official"), when found. */
  attribution: Span | null
}

/** Speech a transcript labels with its speaker ("MR. KIRBY:  …"): said by that speaker, not a quotation. */
export type Statement = Span & {
  text: string
  /** The labelled person's name, or the label itself in lower case ("senior administration official"). */
  speaker: string
  actor: string | null
  /** Span of the label ("MR. KIRBY:"). */
  label: Span
}

export type KeySentence = Span & { text: string; score: number }

/** What the article says and who says it. Plain data, derived only from an Article. */
export type Analysis = {
  sentences: Sentence[]
  actors: Actor[]
  people: Person[]
  quotes: Quote[]
  /** Labelled speech of a transcript, in order; empty for other articles. */
  statements: Statement[]
  /** Summary candidates, best first, by lead position plus centrality. */
  keySentences: KeySentence[]
}
