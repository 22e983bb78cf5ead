// One tokenisation of the article text that every pass shares, so each pass is a walk over an array
// instead of a rescan of the text.

export type TokenKind = 'word' | 'punct' | 'possessive'

export type Token = {
  text: string
  /** Lower case with diacritics removed and curly apostrophes straightened: the matching key. */
  key: string
  start: number
  end: number
  kind: TokenKind
  /** Starts with an upper-case letter, or is written in a script without case (Han, kana, hangul…). */
  capitalized: boolean
  /** Every letter is upper case ("NATO", "U.S."). */
  upper: boolean
}

// Dotted abbreviations ("U.S.", "e.g."), then words with inner apostrophes ("O’Brien", "don't"),
// then numbers with separators ("1,000", "3.5"), then any other single character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\S/gu
const CASELESS = /^[\p{Lo}]/u
const NON_ASCII = /\P{ASCII}/u

/** Case-folds for matching: "Vučić" and "Vucic" share the key "vucic". */
export function fold(text: string): string {
  const lower = text.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/gu, "'")
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0]
    const start = match.index
    const possessive = value.length > 2 && /['’]/u.test(value) ? /^(.+?)(['’][sS])$/u.exec(value) : null
    if (possessive?.[1] && possessive[2] && /^\p{Lu}/u.test(value)) {
      tokens.push(makeToken(possessive[1], start, 'word'))
      tokens.push(makeToken(possessive[2], start + possessive[1].length, 'possessive'))
      continue
    }
    const isWord = /^[\p{L}\p{M}\p{N}]/u.test(value)
    tokens.push(makeToken(value, start, isWord ? 'word' : 'punct'))
  }
  markBareApostrophes(text, tokens)
  return tokens
}

function makeToken(text: string, start: number, kind: TokenKind): Token {
  const first = text.charAt(0)
  const lower = text.toLowerCase()
  return {
    text,
    key: fold(text),
    start,
    end: start + text.length,
    kind,
    capitalized: kind === 'word' && (first !== first.toLowerCase() || CASELESS.test(first)),
    upper: text === text.toUpperCase() && text !== lower,
  }
}

/** "the United States’ approach": an apostrophe glued to a word ending in s is a possessive marker. */
function markBareApostrophes(text: string, tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]
    const previous = tokens[i - 1]
    if (!token || !previous || (token.text !== '’' && token.text !== "'")) continue
    const after = text.charAt(token.end)
    if (
      previous.end === token.start &&
      previous.capitalized &&
      /s$/u.test(previous.text) &&
      !/\p{L}/u.test(after)
    ) {
      token.kind = 'possessive'
    }
  }
}

/** Index of the first token whose start is at or after `offset` (tokens.length when none). */
export function tokenIndexAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((tokens[middle]?.start ?? Infinity) < offset) low = middle + 1
    else high = middle
  }
  return low
}
