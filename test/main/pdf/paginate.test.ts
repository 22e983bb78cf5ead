import { describe, expect, it } from 'vitest'
import type { FlowItem, LineItem, Placed, RowItem, SpaceItem } from '../../../main/pdf/flow-types'
import { paginate } from '../../../main/pdf/paginate'

const AREA = { top: 100, bottom: 200 }

function line(name: string, height = 10, keep = 0, glue = false): LineItem {
  return {
    kind: 'line',
    height,
    baseline: 8,
    fragments: [
      {
        text: name,
        face: 'serif',
        size: 10,
        color: '#000000',
        x: 0,
        width: 10,
        link: null,
        code: false,
        strike: false,
        characterSpacing: 0,
      },
    ],
    decor: [],
    keep,
    glue,
    outline: null,
    artifact: false,
  }
}

function space(height: number, decorated = false): SpaceItem {
  return {
    kind: 'space',
    height,
    decor: decorated ? [{ kind: 'fill', x: 0, width: 10, color: '#eeeeee' }] : [],
  }
}

function row(name: string, height: number, header = false): RowItem {
  return {
    kind: 'row',
    height,
    decor: [],
    cells: [{ tag: header ? 'TH' : 'TD', lines: [{ dy: 0, line: line(name) }] }],
    keep: header ? 1 : 0,
    header,
    artifact: false,
  }
}

function describePages(pages: Placed[][]): string[][] {
  return pages.map((page) =>
    page.map(({ item, y }) => {
      if (item.kind === 'line') return `${item.glue ? 'label ' : ''}${item.fragments[0]?.text ?? ''}@${y}`
      if (item.kind === 'row')
        return `${item.artifact ? 'repeat ' : ''}row ${item.cells[0]?.lines[0]?.line.fragments[0]?.text ?? ''}@${y}`
      if (item.kind === 'space') return `space ${item.height}@${y}`
      if (item.kind === 'image') return `image ${item.alt}@${y}`
      return `${item.kind} ${item.tag}`
    }),
  )
}

const fill = (count: number, prefix = 'f'): LineItem[] =>
  Array.from({ length: count }, (_, index) => line(`${prefix}${index}`))

describe('paginate', () => {
  it.each([
    {
      name: 'moves a heading that would end a page, with the lines it keeps',
      items: [...fill(8), line('H', 10, 2), line('a'), line('b')],
      expected: [
        ['f0@100', 'f1@110', 'f2@120', 'f3@130', 'f4@140', 'f5@150', 'f6@160', 'f7@170'],
        ['H@100', 'a@110', 'b@120'],
      ],
    },
    {
      name: 'leaves a heading where it is when it and its lines fit',
      items: [...fill(7), line('H', 10, 2), line('a'), line('b')],
      expected: [
        ['f0@100', 'f1@110', 'f2@120', 'f3@130', 'f4@140', 'f5@150', 'f6@160', 'H@170', 'a@180', 'b@190'],
      ],
    },
    {
      name: 'follows keep chains: a heading, then a paragraph whose first two lines stay together',
      items: [...fill(8), line('H', 10, 1), line('p1', 10, 1), line('p2'), line('p3')],
      expected: [
        ['f0@100', 'f1@110', 'f2@120', 'f3@130', 'f4@140', 'f5@150', 'f6@160', 'f7@170'],
        ['H@100', 'p1@110', 'p2@120', 'p3@130'],
      ],
    },
    {
      name: 'keeps the last two lines of a paragraph together (no widow)',
      items: [...fill(8), line('p1'), line('p2', 10, 1), line('p3')],
      expected: [
        ['f0@100', 'f1@110', 'f2@120', 'f3@130', 'f4@140', 'f5@150', 'f6@160', 'f7@170', 'p1@180'],
        ['p2@100', 'p3@110'],
      ],
    },
    {
      name: 'drops plain space at the top of a page but keeps a box fill',
      items: [...fill(10), space(15), line('a'), space(5, true), line('b')],
      expected: [
        fill(10).map((item, index) => `${item.fragments[0]?.text}@${100 + index * 10}`),
        ['a@100', 'space 5@110', 'b@115'],
      ],
    },
    {
      name: 'moves a sticky space (a box’s top padding) to the next page with the heading it leads to',
      items: [...fill(6), { ...space(12, true), sticky: true }, line('H', 10, 2), line('a'), line('b')],
      expected: [
        fill(6).map((item, index) => `${item.fragments[0]?.text}@${100 + index * 10}`),
        ['space 12@100', 'H@112', 'a@122', 'b@132'],
      ],
    },
    {
      name: 'leaves a sticky space where it is when what it leads to fits',
      items: [...fill(4), { ...space(12, true), sticky: true }, line('H', 10, 2), line('a'), line('b')],
      expected: [
        [
          ...fill(4).map((item, index) => `${item.fragments[0]?.text}@${100 + index * 10}`),
          'space 12@140',
          'H@152',
          'a@162',
          'b@172',
        ],
      ],
    },
    {
      name: 'shortens space at the foot of a page',
      items: [...fill(9), space(25), line('a')],
      expected: [
        [...fill(9).map((item, index) => `${item.fragments[0]?.text}@${100 + index * 10}`), 'space 10@190'],
        ['a@100'],
      ],
    },
    {
      name: 'moves a list label and the structure events after it with the line they belong to',
      items: [
        ...fill(10),
        { kind: 'open', tag: 'LI' },
        { kind: 'open', tag: 'Lbl' },
        line('•', 0, 0, true),
        { kind: 'close', tag: 'Lbl' },
        { kind: 'open', tag: 'LBody' },
        line('item'),
      ] satisfies FlowItem[],
      expected: [
        [
          ...fill(10).map((item, index) => `${item.fragments[0]?.text}@${100 + index * 10}`),
          'open LI',
          'open Lbl',
        ],
        ['label •@100', 'close Lbl', 'open LBody', 'item@100'],
      ],
    },
    {
      name: 'repeats a table header row, as an artifact, after a page break',
      items: [
        { kind: 'open', tag: 'Table' },
        row('head', 20, true),
        row('r1', 30),
        row('r2', 30),
        row('r3', 30),
        { kind: 'close', tag: 'Table' },
        line('after'),
      ] satisfies FlowItem[],
      expected: [
        ['open Table', 'row head@100', 'row r1@120', 'row r2@150'],
        ['repeat row head@100', 'row r3@120', 'close Table', 'after@150'],
      ],
    },
    {
      name: 'places an item taller than a page at the top of its own page',
      items: [line('a'), line('tall', 250), line('b')],
      expected: [['a@100'], ['tall@100'], ['b@100']],
    },
  ])('$name', ({ items, expected }) => {
    expect(describePages(paginate(items, AREA))).toEqual(expected)
  })

  // How fast it goes is the benchmark's business (npm run bench: cost per page at 10x and 100x).
  it('paginates 200,000 lines', () => {
    const items: FlowItem[] = []
    for (let index = 0; index < 200_000; index++)
      items.push(line(`l${index}`, 10, index % 5 === 0 ? 2 : 0), space(3))
    const pages = paginate(items, AREA)
    expect(pages.length).toBeGreaterThan(20_000)
  })
})
