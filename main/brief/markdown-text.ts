/**
 * Escapes article text for use as inline Markdown, so that an asterisk, bracket or leading "#" in a
 * sentence is printed as written instead of becoming formatting or a link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+\-=])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Collapses runs of whitespace and trims: sentences from articles carry line breaks and indents. */
export function tidySentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
