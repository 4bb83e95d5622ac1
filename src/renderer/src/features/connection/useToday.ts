import { todayIso } from '@renderer/base/calendarDate'

/** Today's local calendar date. Tests control it through the clock (Playwright's page.clock). */
export const useToday = (): string => todayIso()
