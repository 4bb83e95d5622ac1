import { z } from 'zod'
import { isValidIsoDate } from '@renderer/base/calendarDate'

// The stored shape of one FK event as a schema: the oracle the plain read-time check
// (parseFkEvent in fkEvents.ts) is tested against. Not used by the app at start-up.
const isoDate = z.string().refine((v) => isValidIsoDate(v))
const id = z.string().min(1).max(200)
const line = z.string().trim().min(1).max(2000)

export const fkEventSchema = z.discriminatedUnion('kind', [
  z.object({ id, kind: z.literal('case-number'), date: isoDate, caseNumber: line }),
  z.object({ id, kind: z.literal('completion-requested'), date: isoDate, what: line }),
  z.object({ id, kind: z.literal('completion-sent'), date: isoDate }),
  z.object({ id, kind: z.literal('confirmation-received'), date: isoDate, to: line }),
  z.object({ id, kind: z.literal('registered'), date: isoDate })
])
