import type { ChecklistContent } from '@renderer/domain/connection/content'
import type { Forecast } from '@renderer/domain/connection/forecast'
import { workingDaysBetween } from '@renderer/domain/workingDays'
import { cx } from '@renderer/i18n/connection'
import { forecastBasisText, forecastTexts as t } from '@renderer/i18n/connectionState'
import { StatementView } from '../content/StatementView'

/** The estimated decision window, the date it counts from and why, or why none can be given. */
export function ForecastPanel({
  forecast,
  today,
  content,
  headingLevel = 2
}: {
  forecast: Forecast
  today: string
  content: ChecklistContent
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const restart = content.forecast.completionRestart
  return (
    <section className="card" aria-labelledby="forecast-title" data-testid="forecast">
      <Heading id="forecast-title">{t.heading}</Heading>
      {forecast.kind === 'not-received' && <p>{t.notReceived}</p>}
      {forecast.kind === 'decided' && (
        <p className="notice ok">
          {forecast.approvedDate ? t.decided(forecast.approvedDate) : t.registered(forecast.registeredDate ?? '')}
        </p>
      )}
      {forecast.kind === 'awaiting-completion' && (
        <>
          <p className="notice warn" data-testid="forecast-awaiting-completion">
            {t.awaitingCompletion(forecast.requestedDate)}
          </p>
          {restart && <StatementView statement={restart} className="hint" />}
        </>
      )}
      {forecast.kind === 'open-ended' && <p className="notice warn">{forecast.consent === 'unknown' ? t.openUnknown : t.open}</p>}
      {forecast.kind === 'window' && (
        <>
          <p className={`notice ${forecast.longerThanNormal ? 'warn' : ''}`}>
            <strong>{t.window(forecast.earliest, forecast.latest)}</strong>
            {forecast.longerThanNormal && (
              <>
                <br />
                <strong>{t.longerThanNormal(forecast.latest)}</strong>
              </>
            )}
          </p>
          <p data-testid="forecast-basis">
            {forecastBasisText(forecast)} {today > forecast.from && t.day(workingDaysBetween(forecast.from, today))}
          </p>
          {forecast.countedFrom === 'consent-granted' && (
            <p className="hint" data-testid="forecast-assumption">
              {t.consentAssumption}
            </p>
          )}
          {forecast.countedFrom === 'completion-sent' && restart && <StatementView statement={restart} className="hint" />}
        </>
      )}
      <StatementView statement={content.forecast.note} className="hint" prefix={t.estimatePrefix} />
      <p className="hint">{cx.workingDayNote}</p>
    </section>
  )
}
