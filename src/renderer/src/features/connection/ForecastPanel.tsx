import type { Forecast } from '@renderer/domain/connection/forecast'
import { workingDaysBetween } from '@renderer/domain/workingDays'
import { cx } from '@renderer/i18n/connection'

/** The expected decision window as dates, or why none can be given. */
export function ForecastPanel({ forecast, today, headingLevel = 2 }: { forecast: Forecast; today: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="card" aria-labelledby="forecast-title" data-testid="forecast">
      <Heading id="forecast-title">{cx.forecastHeading}</Heading>
      {forecast.kind === 'not-received' && <p>{cx.forecastNotReceived}</p>}
      {forecast.kind === 'decided' && <p className="notice ok">{cx.forecastDecided(forecast.approvedDate)}</p>}
      {forecast.kind === 'open-ended' && (
        <p className="notice warn">
          <strong>{cx.forecastOpen}</strong> {forecast.consent === 'unknown' ? cx.consentUnknownWarning : cx.consentWaitingWarning}
        </p>
      )}
      {forecast.kind === 'window' && (
        <>
          <p className={`notice ${forecast.overdue ? 'danger' : ''}`}>
            <strong>{cx.forecastWindow(forecast.earliest, forecast.latest)}</strong>
            {forecast.overdue && (
              <>
                <br />
                <strong>{cx.forecastOverdue(forecast.latest)}</strong>
              </>
            )}
          </p>
          <p>
            {cx.forecastBasis(forecast.from, forecast.countedFrom === 'consent-granted')}{' '}
            {today > forecast.from && cx.forecastDay(workingDaysBetween(forecast.from, today))}
          </p>
        </>
      )}
      <p className="hint">{cx.workingDayNote}</p>
    </section>
  )
}
