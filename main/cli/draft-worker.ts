import { serveTasks } from '../api/worker-runtime'
import { draftOne } from './draft-one'

// A batch of sources is drafted in worker threads, one per core, each with heap and time limits, so
// the batch uses both cores and one hostile article fails alone.

/** The tasks of the batch worker; draft-command.ts imports only their type. */
export const draftTasks = { draft: draftOne }

export type DraftTasks = typeof draftTasks

serveTasks(draftTasks)
