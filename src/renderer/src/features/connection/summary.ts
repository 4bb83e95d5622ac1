import type { ChecklistContent } from '@renderer/domain/connection/content'
import { forecastDecision, type Forecast } from '@renderer/domain/connection/forecast'
import { nextAction, type NextAction } from '@renderer/domain/connection/nextAction'
import { allStepProgress, type StepProgress } from '@renderer/domain/connection/progress'
import type { ConnectionState, TaskState } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'

export type BoardSummary = { progress: StepProgress[]; next: NextAction; forecast: Forecast; statusText: string; forecastText: string }

export function forecastText(f: Forecast): string {
  switch (f.kind) {
    case 'not-received':
      return 'Avtalet har inte kommit in till Försäkringskassan'
    case 'decided':
      return cx.forecastDecided(f.approvedDate)
    case 'open-ended':
      return 'Öppen – väntar på Transportstyrelsens medgivande'
    case 'window':
      return f.overdue ? `Försenad (väntades senast ${f.latest})` : cx.forecastWindow(f.earliest, f.latest)
  }
}

export function summarize(content: ChecklistContent, states: TaskState[], connection: ConnectionState, today: string): BoardSummary {
  const progress = allStepProgress(content, states, connection)
  const firstOpen = progress.findIndex((p) => !p.done)
  const step = content.steps[firstOpen]
  const forecast = forecastDecision(connection.agreement, connection.consent, today, {
    min: content.forecast.minWorkingDays,
    max: content.forecast.maxWorkingDays
  })
  return {
    progress,
    next: nextAction(content, states, connection, today),
    forecast,
    statusText: step ? cx.stepOf(step.number, step.title) : cx.allDone,
    forecastText: forecastText(forecast)
  }
}
