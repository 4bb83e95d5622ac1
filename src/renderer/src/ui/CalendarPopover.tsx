import type { RefObject } from 'react'
import { parseDate, today, type CalendarDate } from '@internationalized/date'
import { Button } from 'react-aria-components/Button'
import { Calendar, CalendarCell, CalendarGrid } from 'react-aria-components/Calendar'
import { Dialog } from 'react-aria-components/Dialog'
import { Heading } from 'react-aria-components/Heading'
import { I18nProvider } from 'react-aria-components/I18nProvider'
import { Popover } from 'react-aria-components/Popover'
import { dateField as t } from '@renderer/i18n/widgets'
import './widgets.css'

/**
 * The month calendar behind DateField's button, loaded on first use. Arrow keys move by day, Page
 * Up/Down by month, Enter picks, Esc closes and returns to the button. Swedish month and day names,
 * weeks from Monday.
 */
export default function CalendarPopover({
  triggerRef,
  value,
  onPick,
  onClose
}: {
  triggerRef: RefObject<HTMLElement | null>
  /** A valid 'YYYY-MM-DD' or null. */
  value: string | null
  onPick: (isoDate: string) => void
  onClose: () => void
}) {
  const selected = value ? parseDate(value) : null
  return (
    <I18nProvider locale="sv-SE">
      <Popover
        triggerRef={triggerRef}
        isOpen
        onOpenChange={(open) => {
          if (!open) onClose()
        }}
        placement="bottom start"
        className="calendar-popover"
      >
        <Dialog aria-label={t.calendarLabel} className="calendar-dialog">
          <Calendar<CalendarDate>
            autoFocus
            value={selected}
            defaultFocusedValue={selected ?? today('Europe/Stockholm')}
            firstDayOfWeek="mon"
            onChange={(date) => onPick(date.toString())}
          >
            <header className="calendar-header">
              <Button slot="previous" className="calendar-nav">
                <span aria-hidden="true">‹</span>
              </Button>
              <Heading className="calendar-heading" />
              <Button slot="next" className="calendar-nav">
                <span aria-hidden="true">›</span>
              </Button>
            </header>
            <CalendarGrid className="calendar-grid">{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
          <div className="calendar-footer">
            <Button className="calendar-close" onPress={onClose}>
              {t.close}
            </Button>
          </div>
        </Dialog>
      </Popover>
    </I18nProvider>
  )
}
