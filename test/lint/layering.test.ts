import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/*
 * The project's own eslint.config.js, run on small sources placed (by name only: nothing is written)
 * in the folders whose boundaries it guards. Each case says whether the import must be refused.
 */

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const BOUNDARY_RULES = new Set([
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-imports',
  'no-restricted-syntax',
])

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: projectRoot })
})

async function boundaryMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  const fatal = result.messages.filter((message) => message.fatal)
  if (fatal.length > 0) throw new Error(`${file} did not parse: ${fatal[0].message}`)
  return result.messages
    .filter((message) => message.ruleId !== null && BOUNDARY_RULES.has(message.ruleId))
    .map((message) => message.message)
}

type Case = { file: string; code: string; refused: RegExp | null }

const cases: Case[] = [
  // Hosts never import each other, in any form.
  {
    file: 'main/web/probe.ts',
    code: "import { createWindow } from '../electron/window'\nexport const probe = createWindow",
    refused: /Hosts never import each other/,
  },
  {
    file: 'main/electron/probe.ts',
    code: "export { securityHeaders } from '../web/server'",
    refused: /Hosts never import each other/,
  },
  {
    file: 'main/cli/probe.ts',
    code: "export async function probe() {\n  return import('../web/cli-command')\n}",
    refused: /Hosts never import each other/,
  },
  {
    file: 'main/web/probe.ts',
    code: "import type { RunOptions } from '../cli/shared'\nexport type Probe = RunOptions",
    refused: /Hosts never import each other/,
  },
  // A stage imports only the stages before it, type-only imports included.
  {
    file: 'main/brief/probe.ts',
    code: "import type { Template } from '../templates/schema'\nexport type Probe = Template",
    refused: /main\/brief may import only common, article, analysis:/,
  },
  {
    file: 'main/article/probe.ts',
    code: "export type Probe = import('../analysis/types').Analysis",
    refused: /main\/article may import only common:/,
  },
  {
    file: 'main/templates/probe.ts',
    code: "import { writeFileAtomic } from '../files/atomic'\nexport const probe = writeFileAtomic",
    refused: /main\/templates may import only common, article, analysis, brief:/,
  },
  {
    file: 'main/pdf/engine/probe.ts',
    code: "import { createApiHost } from '../../api/host'\nexport const probe = createApiHost",
    refused: /main\/pdf may import only/,
  },
  {
    file: 'main/pdf/probe.ts',
    code: "import { checkBrief } from '../check/rules'\nexport const probe = checkBrief",
    refused: /main\/pdf does not import check or docx/,
  },
  {
    file: 'main/docx/probe.ts',
    code: "import { renderBriefPdf } from '../pdf/index'\nexport const probe = renderBriefPdf",
    refused: /main\/docx does not import pdf or check/,
  },
  {
    file: 'main/docx/probe.ts',
    code: "export const probe = () => import('../files/brief-file')",
    refused: /main\/docx may import only common, article, analysis, brief, templates:/,
  },
  {
    file: 'main/api/probe.ts',
    code: "import { startWebServer } from '../web/server'\nexport const probe = startWebServer",
    refused: /main\/api may import only/,
  },
  {
    file: 'main/files/probe.ts',
    code: "import { App } from '../../renderer/components/App'\nexport const probe = App",
    refused: /renderer\/ build on it/,
  },
  // main/common imports nothing but itself.
  {
    file: 'main/common/probe.ts',
    code: "import { z } from 'zod'\nexport const probe = z",
    refused: /main\/common is dependency-free/,
  },
  {
    file: 'main/common/probe.ts',
    code: "import type { Brief } from '../brief/schema'\nexport type Probe = Brief",
    refused: /main\/common may import nothing but itself/,
  },
  // 'electron' stays inside main/electron.
  {
    file: 'main/api/probe.ts',
    code: "import { app } from 'electron'\nexport const probe = app",
    refused: /Only main\/electron\/ imports 'electron'/,
  },
  // The renderer: types from main/, run-time code only from main/common.
  {
    file: 'renderer/probe.ts',
    code: "import { BriefSchema } from '../main/brief/schema'\nexport const probe = BriefSchema",
    refused: /run-time code only from main\/common/,
  },
  {
    file: 'renderer/state/probe.ts',
    code: "export const probe = () => import('../../main/api/contract')",
    refused: /run-time code only from main\/common/,
  },
  // Imports the order allows.
  {
    file: 'main/electron/probe.ts',
    code: "import { securityHeaders } from '../api/static-files'\nexport const probe = securityHeaders",
    refused: null,
  },
  {
    file: 'main/templates/probe.ts',
    code: "import { IdSchema } from '../brief/schema'\nexport const probe = IdSchema",
    refused: null,
  },
  {
    file: 'main/pdf/engine/probe.ts',
    code: "import type { TemplateStyle } from '../../templates/schema'\nimport { listLabel } from '../flow-list'\nexport const probe: [TemplateStyle | null, typeof listLabel] = [null, listLabel]",
    refused: null,
  },
  {
    file: 'main/cli/probe.ts',
    code: "export const probe = () => import('../api/host')",
    refused: null,
  },
  {
    file: 'main/docx/probe.ts',
    code: "import { printedSections } from '../templates/printed-sections'\nexport const probe = printedSections",
    refused: null,
  },
  {
    file: 'main/common/probe.ts',
    code: "import { LIMITS } from './limits'\nexport const probe = LIMITS",
    refused: null,
  },
  {
    file: 'renderer/probe.ts',
    code: "import type { Brief } from '../main/brief/schema'\nimport { COMMANDS } from '../main/common/commands'\nexport const probe: [Brief | null, typeof COMMANDS] = [null, COMMANDS]",
    refused: null,
  },
]

describe('import boundaries in eslint.config.js', () => {
  it.each(cases)('$file: $code', async ({ file, code, refused }) => {
    const messages = await boundaryMessages(file, code)
    if (refused === null) expect(messages).toEqual([])
    else {
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatch(refused)
    }
  })
})
