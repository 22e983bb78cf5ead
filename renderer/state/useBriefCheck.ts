import { useEffect, useRef, useState } from 'react'
import type { Brief } from '../../main/brief/schema'
import type { CallOutput } from '../../main/api/contract'
import type { Client } from '../api'

export type CheckResult = CallOutput<'checkBrief'>

/** The check of the brief being edited: the last result, for which brief, and whether a newer one is due. */
export type BriefCheckState = {
  result: CheckResult | null
  /** The brief the result is for: offsets are into its section bodies. */
  checked: Brief | null
  error: string | null
  /** The shown result is for an older brief than the one on screen. */
  stale: boolean
}

/** How long typing must pause before the check runs. */
export const CHECK_DELAY_MS = 600

type Idle = (callback: () => void) => () => void

/** Runs `callback` when the browser is idle (so it never takes a frame from typing), or soon after. */
const whenIdle: Idle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout: 1000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(callback, 0)
  return () => window.clearTimeout(handle)
}

/**
 * Checks `brief` through the api off the typing path: only after typing pauses (CHECK_DELAY_MS), in
 * an idle moment, one check at a time (a check that comes due meanwhile runs when the running one
 * ends; results for an older brief are kept on screen, marked stale, until then). The preview's
 * renders are never waited on: the check runs in the host's worker pool beside them.
 */
export function useBriefCheck(
  api: Pick<Client, 'checkBrief'>,
  brief: Brief | null,
  enabled: boolean,
): BriefCheckState {
  const [state, setState] = useState<{
    result: CheckResult | null
    checked: Brief | null
    error: string | null
  }>({
    result: null,
    checked: null,
    error: null,
  })
  const latest = useRef<Brief | null>(null)
  const running = useRef(false)
  // A check came due while one ran: it runs (with the latest brief) when that one ends.
  const due = useRef(false)
  const mounted = useRef(true)
  // Filled in by the effect below; a finished check calls it to check a brief edited meanwhile.
  const schedule = useRef<() => void>(() => undefined)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  useEffect(() => {
    latest.current = enabled ? brief : null
    if (!enabled || !brief) return
    let cancelIdle: (() => void) | null = null
    const run = () => {
      const target = latest.current
      if (!target) return
      if (running.current) {
        due.current = true
        return
      }
      running.current = true
      api
        .checkBrief({ brief: target })
        .then(
          (result) => {
            if (mounted.current) setState({ result, checked: target, error: null })
          },
          (error: unknown) => {
            if (mounted.current)
              setState((previous) => ({
                ...previous,
                error: error instanceof Error ? error.message : String(error),
              }))
          },
        )
        .finally(() => {
          running.current = false
          if (!due.current) return
          due.current = false
          if (mounted.current && latest.current !== target) schedule.current()
        })
    }
    schedule.current = () => {
      cancelIdle?.()
      cancelIdle = whenIdle(run)
    }
    const timer = window.setTimeout(() => schedule.current(), CHECK_DELAY_MS)
    return () => {
      window.clearTimeout(timer)
      cancelIdle?.()
    }
  }, [api, brief, enabled])

  return { ...state, stale: brief !== null && state.checked !== brief }
}
