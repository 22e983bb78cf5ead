import { z } from 'zod'
import { RULE_IDS } from '../check/types'

/** The brief check's result on the wire (main/check's CheckResult). */
export const CheckResultSchema = z.strictObject({
  pages: z.number().int().nonnegative().nullable(),
  words: z.number().int().nonnegative(),
  findings: z
    .array(
      z.strictObject({
        rule: z.enum(RULE_IDS),
        severity: z.enum(['error', 'warning', 'info']),
        section: z.string().max(64),
        message: z.string().max(2000),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      }),
    )
    .max(100_000),
})
