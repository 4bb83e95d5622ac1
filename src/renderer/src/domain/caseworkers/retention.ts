import { addMonths } from './dates'

/** People whose end date lies more than `months` months before today: they are due for deletion. */
export function dueForDeletion<P extends { endDate?: string }>(
  people: readonly P[],
  months: number | null | undefined,
  today: string
): P[] {
  if (!months || months <= 0) return []
  return people.filter((p) => p.endDate !== undefined && p.endDate !== '' && addMonths(p.endDate, months) < today)
}
