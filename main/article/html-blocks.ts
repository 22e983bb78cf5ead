import type { BlockDraft } from './assemble'
import { normalizeSpace } from './assemble'

export type WalkOptions = {
  /** Leave out navigation, captions, promotions and other page furniture (off for DOCX). */
  dropBoilerplate: boolean
}

export type WalkResult = { blocks: BlockDraft[]; dropped: number }

// Never body text, in any source. (Not <form>: some sites wrap the whole page in one.)
const skipped = new Set(
  'script style noscript template iframe object embed svg math canvas video audio picture img map select input textarea button dialog head title meta link'.split(
    ' ',
  ),
)
// Captions are not body text either: the brief's analysis must not quote a photo credit.
const furniture = new Set('nav aside footer header figure figcaption menu'.split(' '))
const inline = new Set(
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q rp rt ruby s samp small span strike strong sub sup time tt u var wbr nobr'.split(
    ' ',
  ),
)
const boilerplateTokens = new Set(
  'nav navbar navigation menu breadcrumb breadcrumbs caption credit credits bio newsletter signup subscribe subscription related recommended recommendations share sharing social promo promotion advert advertisement ad ads sponsor sponsored comments comment video outbrain taboola sidebar footer popup modal cookie cookies paywall gallery slideshow slides carousel slider'.split(
    ' ',
  ),
)
// Short lines that introduce a video, a link or a sign-up box rather than say anything. "Video"
// and "Watch" need a colon or dash: "Video footage showed…" is a sentence of the story.
const boilerplateText =
  /^(?:(?:watch|video|listen|related|more|read more|read next|see also)\s*[:|\u2013\u2014-]|read more\b|sign up\b|subscribe\b|advertisement$|follow us\b|share (?:this|on|via)\b|click here\b)/i
const boilerplateMaxLength = 200
// A box named like furniture is kept when it holds at least this share of the content's text (and
// this many characters): furniture is small beside the story it surrounds.
const storyShare = 1 / 3
const storyMinLength = 500

type Frame = { kind: BlockDraft['kind']; level?: number }

/**
 * Turns an HTML tree (Readability's content, mammoth's output or a whole body) into blocks:
 * h1-h6 → heading, p/div text → paragraph, blockquote → quote, ul/ol → list. Text is collected by
 * this walk, never with textContent, so script and style text cannot leak into the article.
 * Recursive: callers refuse trees deeper than `limits.htmlDepth` first.
 */
export function htmlToBlocks(root: Element, options: WalkOptions): WalkResult {
  const result: WalkResult = { blocks: [], dropped: 0 }
  const buffer: string[] = []
  const frames: Frame[] = [{ kind: 'paragraph' }]
  // A list (nested lists included) is one block with one item per line, as in plain text.
  const listItems: string[] = []
  let listDepth = 0

  const flush = () => {
    const raw = buffer.join('')
    buffer.length = 0
    const frame = frames[frames.length - 1]
    // A blank line made of <br><br> separates paragraphs inside one element.
    for (const part of raw.split(/\n[^\S\n]*\n\s*/)) {
      const text = normalizeSpace(part)
      if (text.length === 0) continue
      if (
        options.dropBoilerplate &&
        frame.kind !== 'heading' &&
        text.length < boilerplateMaxLength &&
        boilerplateText.test(text)
      ) {
        result.dropped++
        continue
      }
      if (listDepth > 0) {
        listItems.push(text)
        continue
      }
      const block: BlockDraft = { kind: frame.kind, text }
      if (frame.level !== undefined) block.level = frame.level
      result.blocks.push(block)
    }
  }

  // A box whose class says "read more" or "related" but which holds much of the article in its
  // own paragraphs is a page's way of folding the story, not furniture: names only decide for
  // small boxes. Paragraphs inside list items do not count: a gallery's or a teaser list's slides
  // can outweigh a short story, but they are items, not the story's paragraphs.
  let rootLength = -1
  const holdsTheStory = (element: Element) => {
    if (rootLength < 0) rootLength = visibleLength(root)
    const length = paragraphLength(element)
    return length >= storyMinLength && length >= rootLength * storyShare
  }

  const visit = (node: Node) => {
    if (node.nodeType === 3 || node.nodeType === 4) {
      buffer.push(node.nodeValue ?? '')
      return
    }
    if (node.nodeType !== 1) return
    const element = node as Element
    const tag = element.localName
    if (skipped.has(tag) || isHidden(element)) return
    if (
      options.dropBoilerplate &&
      node !== root &&
      (furniture.has(tag) ||
        (isBoilerplate(element) && !holdsTheStory(element)) ||
        isCaptionedPicture(element) ||
        isLinkOnlyParagraph(element))
    ) {
      if (normalizeSpace(element.textContent ?? '').length > 0) result.dropped++
      return
    }
    if (!options.dropBoilerplate && tag === 'figcaption') return
    if (tag === 'br') return void buffer.push('\n')
    if (tag === 'q') return void inlineChildren(element, '\u201c', '\u201d')
    if (inline.has(tag)) return void inlineChildren(element, '', '')
    if (tag === 'td' || tag === 'th') return void inlineChildren(element, ' ', ' ')
    const frame = frameFor(tag)
    const list = tag === 'ul' || tag === 'ol' || tag === 'dl'
    flush()
    if (frame) frames.push(frame)
    if (list) listDepth++
    for (const child of Array.from(element.childNodes)) visit(child)
    flush()
    if (frame) frames.pop()
    if (list && --listDepth === 0 && listItems.length > 0) {
      result.blocks.push({ kind: 'list', text: listItems.join('\n') })
      listItems.length = 0
    }
  }

  const inlineChildren = (element: Element, before: string, after: string) => {
    buffer.push(before)
    for (const child of Array.from(element.childNodes)) visit(child)
    buffer.push(after)
  }

  visit(root)
  flush()
  return result
}

/** The block kind an element starts, or null when it only separates blocks (div, li, section…). */
function frameFor(tag: string): Frame | null {
  const heading = /^h([1-6])$/.exec(tag)
  if (heading) return { kind: 'heading', level: Number(heading[1]) }
  if (tag === 'blockquote') return { kind: 'quote' }
  // A <p> inside a quote keeps the quote kind, so it starts no frame of its own.
  return null
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const style = element.getAttribute('style') ?? ''
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)
}

function isBoilerplate(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.id} ${element.getAttribute('role') ?? ''}`
  if (/read-?more|sign-?up|more-stories|author-info|about-the-author/i.test(names)) return true
  if (/^(?:navigation|banner|contentinfo|complementary)$/.test(element.getAttribute('role') ?? ''))
    return true
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((token) => boilerplateTokens.has(token))
}

const captionMaxLength = 250

/**
 * A box (div or section) that holds a picture and at most one short line of text outside it: a
 * captioned picture written without <figure>. A paragraph with an image inside it is not one.
 */
function isCaptionedPicture(element: Element): boolean {
  if (element.localName !== 'div' && element.localName !== 'section') return false
  const inText = (picture: Element) => {
    const paragraph = picture.closest('p')
    return paragraph !== null && visibleLength(paragraph) > 0
  }
  // (Readability wraps a lone linked image in a <p> of its own: that paragraph holds no text.)
  const pictures = Array.from(element.getElementsByTagName('img'))
  if (!pictures.some((picture) => !inText(picture))) return false
  const textParagraphs = Array.from(element.getElementsByTagName('p')).filter((p) => visibleLength(p) > 0)
  return textParagraphs.length <= 1 && visibleLength(element) <= captionMaxLength
}

/**
 * A paragraph that is one link and nothing else ("Every day our editors… Sign up here", "Read
 * more: …") points away from the story; a story's own paragraphs hold text outside their links.
 */
function isLinkOnlyParagraph(element: Element): boolean {
  if (element.localName !== 'p') return false
  const links = element.getElementsByTagName('a')
  if (links.length !== 1) return false
  const text = visibleLength(element)
  return text > 0 && visibleLength(links[0]) === text
}

function visibleLength(element: Element): number {
  return normalizeSpace(element.textContent ?? '').length
}

/** Text in the box's paragraphs that are not inside a list item of the box. */
function paragraphLength(box: Element): number {
  let length = 0
  for (const paragraph of Array.from(box.getElementsByTagName('p'))) {
    let inItem = false
    for (let parent = paragraph.parentElement; parent && parent !== box; parent = parent.parentElement) {
      if (parent.localName === 'li') inItem = true
    }
    if (!inItem) length += visibleLength(paragraph)
  }
  return length
}

/** Deepest element nesting below `root`, measured without recursion (the tree may be hostile). */
export function domDepth(root: Node): number {
  let deepest = 0
  const pending: Array<[Node, number]> = [[root, 0]]
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [Node, number]
    if (depth > deepest) deepest = depth
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) pending.push([child, depth + 1])
    }
  }
  return deepest
}
