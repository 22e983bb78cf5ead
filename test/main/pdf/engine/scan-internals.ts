import ts from 'typescript'

/*
 * Finds, in one source file, what only main/pdf/engine may do: import the PDF engine's packages,
 * name a private (underscored) member, or name one of the pdfkit/fontkit members the engine's
 * README lists. It reads the syntax tree, so comments and ordinary strings never count; it sees
 * members named in the code (`a._b`, `a['_b']`, `Reflect.get(a, '_b')`, `{ textWidth: 1 }`), not
 * keys computed at run time.
 */

/** The packages whose objects only the engine handles. */
export const ENGINE_PACKAGES = ['pdfkit', 'fontkit', 'harfbuzzjs'] as const

/** The members the engine's README lists that are not underscored (pdfkit options, hooks, glyph fields). */
export const ENGINE_MEMBERS = [
  'textWidth',
  'wordCount',
  'features',
  'endMetadata',
  'codePoints',
  'italicAngle',
] as const

export type Finding = { line: number; what: string }

const PRIVATE = /^_[A-Za-z]/
const REFLECT_KEYED = new Set([
  'get',
  'set',
  'has',
  'defineProperty',
  'deleteProperty',
  'getOwnPropertyDescriptor',
])

function enginePackage(specifier: string): string | undefined {
  return ENGINE_PACKAGES.find((name) => specifier === name || specifier.startsWith(`${name}/`))
}

function memberProblem(name: string): string | null {
  if (PRIVATE.test(name)) return `private member ${name}`
  if ((ENGINE_MEMBERS as readonly string[]).includes(name)) return `engine member ${name}`
  return null
}

function literalText(node: ts.Node | undefined): string | null {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null
}

/** What a file does that only the engine may do, line by line. */
export function scanSource(fileName: string, text: string): Finding[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
  const findings: Finding[] = []
  const report = (node: ts.Node, what: string): void => {
    findings.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what })
  }
  const checkName = (node: ts.Node, name: string | null): void => {
    const problem = name === null ? null : memberProblem(name)
    if (problem) report(node, problem)
  }
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const name = enginePackage(literalText(node.moduleSpecifier) ?? '')
      if (name) report(node, `imports ${name}`)
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression
      const specifier = literalText(node.arguments[0])
      const loads =
        callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')
      const name = loads && specifier !== null ? enginePackage(specifier) : undefined
      if (name) report(node, `imports ${name}`)
      if (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'Reflect' &&
        REFLECT_KEYED.has(callee.name.text)
      )
        checkName(node, literalText(node.arguments[1]))
    } else if (ts.isPropertyAccessExpression(node)) checkName(node.name, node.name.text)
    else if (ts.isElementAccessExpression(node)) checkName(node, literalText(node.argumentExpression))
    else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const key = node.name
      checkName(key, ts.isIdentifier(key) ? key.text : literalText(key))
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Proxy'
    )
      report(node, 'a Proxy')
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}
