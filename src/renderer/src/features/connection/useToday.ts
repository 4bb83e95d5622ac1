import { todayIso } from '@renderer/domain/calendarDate'

/** Today's local calendar date. Tests control it through the clock (Playwright's page.clock). */
export const useToday = (): string => todayIso()
