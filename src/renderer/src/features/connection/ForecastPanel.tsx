import type { Forecast } from '@renderer/domain/connection/forecast'
import { workingDaysBetween } from '@renderer/domain/workingDays'
import { cx } from '@renderer/i18n/connection'
import { forecastTexts as t } from '@renderer/i18n/connectionState'

/** The estimated decision window, the date it counts from and why, or why none can be given. */
export function ForecastPanel({ forecast, today, headingLevel = 2 }: { forecast: Forecast; today: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="card" aria-labelledby="forecast-title" data-testid="forecast">
      <Heading id="forecast-title">{t.heading}</Heading>
      {forecast.kind === 'not-received' && <p>{t.notReceived}</p>}
      {forecast.kind === 'decided' && <p className="notice ok">{t.decided(forecast.approvedDate)}</p>}
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
            {forecast.countedFrom === 'consent-granted'
              ? t.countedFromConsent(forecast.from, forecast.receivedDate)
              : t.countedFromReceived(forecast.from)}{' '}
            {today > forecast.from && t.day(workingDaysBetween(forecast.from, today))}
          </p>
          {forecast.countedFrom === 'consent-granted' && (
            <p className="hint" data-testid="forecast-assumption">
              {t.consentAssumption}
            </p>
          )}
        </>
      )}
      <p className="hint">{t.estimateNote}</p>
      <p className="hint">{cx.workingDayNote}</p>
    </section>
  )
}
