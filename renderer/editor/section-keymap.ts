import { Prec } from '@codemirror/state'
import type { Extension } from '@codemirror/state'
import { keymap } from '@codemirror/view'

/**
 * Alt+↑ / Alt+↓ move the whole section, as they do everywhere else in its card. CodeMirror's default
 * keymap gives these keys to moving a line; a section is a few paragraphs, where moving one line is
 * rarely wanted and the section move is what the hint on screen promises, so this binding wins.
 */
export function sectionMoveKeymap(move: (delta: -1 | 1) => void): Extension {
  return Prec.high(
    keymap.of([
      { key: 'Alt-ArrowUp', run: () => (move(-1), true) },
      { key: 'Alt-ArrowDown', run: () => (move(1), true) },
    ]),
  )
}
