import { normalizeSpace } from './assemble'

// Many articles close with the author's bio set wholly in bold or italics, starting with the
// author's name ("Jane Doe is a correspondent…", "JANE DOE IS…", in any language). Readability keeps
// it because it sits inside the story's container; it is not the story. An emphatic closing sentence
// of the story itself ("So is it useful? Definitely.") does not start with a name.

const emphasis = new Set(['b', 'strong', 'i', 'em'])
const taglineMaxLength = 300
const maxTaglines = 2
// A story this short has no room for a closing tagline: its last line is more likely the story.
const minStoryParagraphs = 3
// Two capitalised words (a name) and then at least one more word.
const startsWithName = /^\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+\p{L}/u

/** Removes up to two closing bios set wholly in emphasis; returns how many it removed. */
export function dropClosingTaglines(root: Element): number {
  const paragraphs = Array.from(root.querySelectorAll('p')).filter(
    (p) => normalizeSpace(p.textContent ?? '').length > 0,
  )
  let removed = 0
  for (let i = paragraphs.length - 1; i >= minStoryParagraphs && removed < maxTaglines; i--) {
    const paragraph = paragraphs[i]
    const text = normalizeSpace(paragraph.textContent ?? '')
    const closing = normalizeSpace(root.textContent ?? '').endsWith(text)
    const bio = startsWithName.test(text) && text.length <= taglineMaxLength
    if (!closing || !bio || !whollyEmphasised(paragraph)) break
    paragraph.remove()
    removed++
  }
  return removed
}

function whollyEmphasised(paragraph: Element): boolean {
  const pending: Node[] = [paragraph]
  while (pending.length > 0) {
    const node = pending.pop() as Node
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim() !== '' && !insideEmphasis(node, paragraph)) return false
      continue
    }
    for (let child = node.firstChild; child; child = child.nextSibling) pending.push(child)
  }
  return true
}

function insideEmphasis(node: Node, paragraph: Element): boolean {
  for (let parent = node.parentElement; parent && parent !== paragraph; parent = parent.parentElement) {
    if (emphasis.has(parent.localName)) return true
  }
  return false
}
