/**
 * An article with its body repeated `times` times: the same title and standfirst, `times` times the
 * text. Each copy's paragraphs end with their round ("(round 2).") because identical copies read as
 * repeated page furniture and are dropped on reading.
 */
export function repeatedArticle(text: string, times: number): string {
  const [title, dek, ...body] = text.split('\n')
  const copy = (round: number) =>
    body
      .map((line) => (round > 1 && line.trim() ? line.replace(/\.(\s*)$/, ` (round ${round}).$1`) : line))
      .join('\n')
  return [title, dek, ...Array.from({ length: times }, (_unused, index) => copy(index + 1))].join('\n')
}
