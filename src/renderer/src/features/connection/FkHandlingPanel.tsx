import { useId, useState, type FormEvent } from 'react'
import type { BoardAgreement } from '@renderer/db/connection'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { confirmationRecipient } from '@renderer/domain/connection/confirmationRecipient'
import {
  FK_EVENT_KINDS,
  sortFkEvents,
  type FkEvent,
  type FkEventError,
  type FkEventField,
  type FkEventInput,
  type FkEventKind,
  type FkHandling
} from '@renderer/domain/connection/fkEvents'
import { cx } from '@renderer/i18n/connection'
import { fkEventLabels, fkEventText, fkProblemText } from '@renderer/i18n/connectionState'
import { useUi } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'
import { StatementView } from '../content/StatementView'
import { recordFkEvent, removeFkEvent } from './actions'
import { DateField } from './DateField'

type Form = { kind: FkEventKind; date: string; caseNumber: string; what: string; to: string }

const emptyForm = (kind: FkEventKind, to: string): Form => ({ kind, date: '', caseNumber: '', what: '', to })

function formOf(e: FkEvent): Form {
  return {
    kind: e.kind,
    date: e.date,
    caseNumber: e.kind === 'case-number' ? e.caseNumber : '',
    what: e.kind === 'completion-requested' ? e.what : '',
    to: e.kind === 'confirmation-received' ? e.to : ''
  }
}

function inputOf(f: Form): FkEventInput {
  switch (f.kind) {
    case 'case-number':
      return { kind: f.kind, date: f.date, caseNumber: f.caseNumber }
    case 'completion-requested':
      return { kind: f.kind, date: f.date, what: f.what }
    case 'confirmation-received':
      return { kind: f.kind, date: f.date, to: f.to }
    default:
      return { kind: f.kind, date: f.date }
  }
}

/** The kind the user most likely records next, given what is recorded. */
function likelyKind(fk: FkHandling, events: readonly FkEvent[]): FkEventKind {
  if (fk.open.length) return 'completion-sent'
  if (!events.some((e) => e.kind === 'case-number')) return 'case-number'
  return fk.registeredDate ? 'confirmation-received' : 'registered'
}

/**
 * FK's handling after the agreement is sent (step 3): case number, kompletteringar, the completed
 * underlag sent again, the confirmation and the registration as user. Each event can be corrected
 * or removed; the derived state reads them.
 */
export function FkHandlingPanel(props: {
  boardId: string
  content: ChecklistContent
  events: readonly FkEvent[]
  contacts: BoardAgreement | undefined
  fk: FkHandling
  today: string
  onChanged: () => void
}) {
  const { boardId, content, events, contacts, fk, today, onChanged } = props
  const name = useId()
  const announce = useUi((s) => s.announce)
  const recipient = confirmationRecipient(contacts)
  const defaultTo = recipient.kind === 'none' ? '' : [recipient.contact.name, recipient.contact.email].filter((v) => v?.trim()).join(', ')
  const [form, setForm] = useState<Form>(() => emptyForm(likelyKind(fk, events), defaultTo))
  const [editing, setEditing] = useState<FkEvent | null>(null)
  const [errors, setErrors] = useState<FkEventError[]>([])
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (key: keyof Form, value: string) => setForm((f) => ({ ...f, [key]: value }))
  const errorFor = (field: FkEventField): string | null => {
    const e = errors.find((x) => x.field === field)
    return e ? fkProblemText[e.code] : null
  }
  // DateField already says when a typed date has the wrong form.
  const dateError = errors.find((x) => x.field === 'date' && !(x.code === 'date-invalid' && form.date.trim()))

  function reset(kind?: FkEventKind) {
    setEditing(null)
    setErrors([])
    setForm(emptyForm(kind ?? form.kind, defaultTo))
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const result = await recordFkEvent(boardId, inputOf(form), today, editing?.id)
      if (!result.ok) {
        setErrors(result.errors)
        setMessage({ text: cx.fkFixErrors, error: true })
        return
      }
      const text = cx.fkSaved(fkEventText(result.event))
      setMessage({ text, error: false })
      announce(text)
      setEditing(null)
      setErrors([])
      setForm(emptyForm(form.kind, defaultTo))
      onChanged()
    } catch (error) {
      setMessage({ text: `Händelsen kunde inte sparas: ${(error as Error)?.message ?? ''}`, error: true })
    } finally {
      setBusy(false)
    }
  }

  async function onRemove(e: FkEvent) {
    const what = fkEventText(e)
    if (!window.confirm(cx.fkRemoveConfirm(what))) return
    const result = await removeFkEvent(boardId, e.id)
    if (!result.ok) {
      setMessage({ text: result.problems.map((p) => fkProblemText[p]).join(' '), error: true })
      return
    }
    if (editing?.id === e.id) reset()
    setMessage({ text: cx.fkRemoved(what), error: false })
    announce(cx.fkRemoved(what))
    onChanged()
  }

  function onEdit(e: FkEvent) {
    setEditing(e)
    setErrors([])
    setMessage(null)
    setForm(formOf(e))
  }

  const sorted = sortFkEvents(events)
  const restart = content.forecast.completionRestart
  return (
    <section className="card" aria-labelledby={`${name}-title`} data-testid="fk-handling">
      <h2 id={`${name}-title`}>{cx.fkHeading}</h2>
      <p>{cx.fkIntro}</p>
      <StatementView statement={content.forecast.note} className="hint" />
      {restart && <StatementView statement={restart} className="hint" />}
      {fk.open.map((r) => (
        <p key={r.id} className="notice warn" data-testid="fk-open-request">
          {cx.fkOpenRequest(r.date, r.what)}
        </p>
      ))}
      <h3>{cx.fkEventsHeading}</h3>
      {sorted.length === 0 ? (
        <p>{cx.fkNoEvents}</p>
      ) : (
        <ul className="fk-events" data-testid="fk-events">
          {sorted.map((e) => {
            const what = fkEventText(e)
            const request = e.kind === 'completion-requested' ? fk.requests.find((r) => r.id === e.id) : undefined
            return (
              <li key={e.id}>
                <span>
                  {what}
                  {request?.completedDate ? ` (${cx.fkCompleted(request.completedDate)})` : ''}
                </span>
                <button type="button" className="secondary" aria-label={cx.fkEdit(what)} onClick={() => onEdit(e)}>
                  Ändra
                </button>
                <button type="button" className="secondary" aria-label={cx.fkRemove(what)} onClick={() => void onRemove(e)}>
                  Ta bort
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${name}-form-title`}>
        <h3 id={`${name}-form-title`}>{editing ? cx.fkEditHeading : cx.fkAddHeading}</h3>
        <fieldset className="radio-group" disabled={Boolean(editing)}>
          <legend>{cx.fkKindLegend}</legend>
          {FK_EVENT_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={`${name}-kind`}
                value={kind}
                checked={form.kind === kind}
                onChange={() => {
                  setErrors([])
                  setForm((f) => ({ ...f, kind }))
                }}
              />{' '}
              {fkEventLabels[kind]}
            </label>
          ))}
        </fieldset>
        <div className="task-fields">
          <div>
            <DateField label={cx.fkDate} value={form.date} onChange={(v) => set('date', v)} />
            {dateError && (
              <p className="error" data-testid="fk-date-error">
                {fkProblemText[dateError.code]}
              </p>
            )}
          </div>
          {form.kind === 'case-number' && (
            <Field label={cx.fkCaseNumber} error={errorFor('caseNumber')} required>
              <input type="text" value={form.caseNumber} onChange={(e) => set('caseNumber', e.target.value)} autoComplete="off" />
            </Field>
          )}
          {form.kind === 'confirmation-received' && (
            <Field label={cx.fkTo} hint={cx.fkToHint} error={errorFor('to')} required>
              <input type="text" value={form.to} onChange={(e) => set('to', e.target.value)} autoComplete="off" />
            </Field>
          )}
        </div>
        {form.kind === 'completion-requested' && (
          <Field label={cx.fkWhat} error={errorFor('what')} required>
            <textarea rows={3} value={form.what} onChange={(e) => set('what', e.target.value)} />
          </Field>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {editing ? cx.fkSaveChange : cx.fkSave}
          </button>
          {editing && (
            <button type="button" className="secondary" onClick={() => reset()}>
              {cx.fkCancel}
            </button>
          )}
        </div>
        <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : undefined} data-testid="fk-message">
          {message?.text}
        </p>
      </form>
    </section>
  )
}
