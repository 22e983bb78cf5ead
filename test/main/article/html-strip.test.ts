import { describe, expect, it } from 'vitest'
import { stripInertHtml } from '../../../main/article/html-strip'

// What is cut from raw HTML before parsing: only parts that can never be article text.

describe('stripInertHtml', () => {
  it.each([
    {
      name: 'nothing to cut',
      html: '<p>Plain <b>text</b> &lt;script&gt;</p>',
      expected: '<p>Plain <b>text</b> &lt;script&gt;</p>',
    },
    {
      name: 'scripts, whatever they hold',
      html: '<p>A</p><script>if (a < b) x("</p>")</script><p>B</p>',
      expected: '<p>A</p><p>B</p>',
    },
    {
      name: 'upper-case tags and end tags with spaces',
      html: '<P>A</P><SCRIPT type="x">y</SCRIPT ><STYLE>p{}</style>B',
      expected: '<P>A</P>B',
    },
    {
      name: 'JSON-LD metadata is kept',
      html: '<script type="application/ld+json">{"a":1}</script><p>A</p>',
      expected: '<script type="application/ld+json">{"a":1}</script><p>A</p>',
    },
    {
      name: 'comments, even one holding a script',
      html: 'A<!-- <script>x</script> -->B<!---->C',
      expected: 'ABC',
    },
    {
      name: 'a comment inside a script does not end it',
      html: '<script>a = "<!--"</script>B-->C',
      expected: 'B-->C',
    },
    {
      name: 'nested and self-closing svg',
      html: 'A<svg><svg><path/></svg><g/></svg>B<svg/>C',
      expected: 'ABC',
    },
    {
      name: 'noscript and template',
      html: 'A<noscript><img src=x></noscript>B<template><p>T</p></template>C',
      expected: 'ABC',
    },
    {
      name: 'a script left open runs to the end, as the parser reads it',
      html: '<p>A</p><script>never closed <p>B</p>',
      expected: '<p>A</p>',
    },
    {
      name: 'an svg left open is left to the parser',
      html: '<p>A <svg onload=x> B</p><p>C</p>',
      expected: '<p>A <svg onload=x> B</p><p>C</p>',
    },
    {
      name: 'an svg holding HTML paragraphs is left to the parser',
      html: '<svg><p>Text</p></svg>D',
      expected: '<svg><p>Text</p></svg>D',
    },
    {
      name: 'many unclosed svgs cost a bounded search, then are left alone',
      html: `${'<svg>'.repeat(2000)}<p>E</p>`,
      expected: `${'<svg>'.repeat(2000)}<p>E</p>`,
    },
    {
      name: 'names that only start the same are kept',
      html: '<scripted>A</scripted><svgs>B</svgs><styles>C</styles>',
      expected: '<scripted>A</scripted><svgs>B</svgs><styles>C</styles>',
    },
  ])('$name', ({ html, expected }) => {
    expect(stripInertHtml(html)).toBe(expected)
  })
})
