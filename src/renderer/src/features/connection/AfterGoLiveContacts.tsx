import { useState } from 'react'
import type { Contact } from '@renderer/domain/agreement/types'
import { contactAt, contactHistory, upcomingContact, usableContact } from '@renderer/domain/goLive/rules'
import { CONTACT_ROLES, type ContactEntry, type ContactRole, type GoLiveEvent } from '@renderer/domain/goLive/types'
import { gl, goLiveStatements, roleLabels } from '@renderer/i18n/goLive'
import { saveFile } from '@renderer/platform/bridge'
import { TableHead } from '@renderer/ui/TableHead'
import { StatementView } from '../content/StatementView'
import { DateText, FormError, TextField, useGoLiveForm } from './AfterGoLiveForm'
import type { BoardData } from './data'
import { changeContact, contactNoticePdf } from './goLiveActions'

const t = gl.contacts

/** Who is the contact for `role` today: from the history, or (before any change) from the agreement draft. */
export function currentContact(
  data: BoardData,
  role: ContactRole,
  today: string
): { contact: Contact; fromAgreement: boolean; from?: string } | undefined {
  const entry = contactAt(data.goLive, role, today)
  if (entry) return { contact: entry.contact, fromAgreement: false, from: entry.from }
  const hasHistory = data.goLive.some((e) => e.kind === 'contact' && e.role === role)
  const agreed = hasHistory ? undefined : usableContact(role === 'admin' ? data.contacts?.adminContact : data.contacts?.technicalContact)
  return agreed ? { contact: agreed, fromAgreement: true } : undefined
}

export function CurrentContacts({ data, today }: { data: BoardData; today: string }) {
  return (
    <dl className="go-live-contacts" data-testid="current-contacts">
      {CONTACT_ROLES.map((role) => {
        const current = currentContact(data, role, today)
        const next = upcomingContact(data.goLive, role, today)
        return (
          <div key={role}>
            <dt>{roleLabels[role]}</dt>
            <dd data-testid={`current-contact-${role}`}>
              {current ? t.line(current.contact) : t.none}
              {current?.fromAgreement && <span className="hint"> ({t.fromAgreement})</span>}
              {next && <span className="hint"> · {t.upcoming(next.contact.name, next.from)}</span>}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}

const emptyForm = { role: 'admin', name: '', title: '', email: '', phone: '', from: '', reason: '' }

export function ContactsSection(props: { data: BoardData; today: string; canEdit: boolean; onSaved: (message: string) => Promise<void> }) {
  const { data, today, canEdit, onSaved } = props
  const form = useGoLiveForm(emptyForm, (v) => changeContact(data.board.id, { ...v, role: v.role as ContactRole }), onSaved)
  const { values, set, errors } = form
  const fromAgreement = CONTACT_ROLES.some((role) => currentContact(data, role, today)?.fromAgreement)
  return (
    <section className="card" aria-labelledby="go-live-contacts-title">
      <h2 id="go-live-contacts-title">{t.heading}</h2>
      <StatementView statement={goLiveStatements.confirmationRecipient} className="hint" />
      <StatementView statement={goLiveStatements.tellFk} className="hint" />
      <h3>{t.current}</h3>
      <CurrentContacts data={data} today={today} />
      {fromAgreement && <p className="hint">{t.fromAgreementHint}</p>}
      {canEdit && (
        <form onSubmit={(e) => void form.onSubmit(e)} noValidate aria-labelledby="go-live-contact-form-title">
          <h3 id="go-live-contact-form-title">{t.changeHeading}</h3>
          <fieldset className="radio-group">
            <legend>{t.role}</legend>
            {CONTACT_ROLES.map((role) => (
              <label key={role}>
                <input type="radio" name="go-live-role" value={role} checked={values.role === role} onChange={() => set('role')(role)} />{' '}
                {roleLabels[role]}
              </label>
            ))}
          </fieldset>
          <TextField label={t.name} value={values.name} onChange={set('name')} error={errors.name} required />
          <TextField label={t.title} value={values.title} onChange={set('title')} error={errors.title} />
          <TextField label={t.email} type="email" value={values.email} onChange={set('email')} error={errors.email} required />
          <TextField label={t.phone} type="tel" value={values.phone} onChange={set('phone')} error={errors.phone} />
          <DateText label={t.from} value={values.from} onChange={set('from')} error={errors.from} required />
          <TextField label={t.reason} hint={t.reasonHint} value={values.reason} onChange={set('reason')} error={errors.reason} required />
          <FormError errors={errors} />
          <div className="actions">
            <button type="submit" disabled={form.busy}>
              {t.save}
            </button>
          </div>
        </form>
      )}
      {CONTACT_ROLES.map((role) => (
        <ContactHistory key={role} data={data} role={role} today={today} />
      ))}
    </section>
  )
}

function ContactHistory({ data, role, today }: { data: BoardData; role: ContactRole; today: string }) {
  const periods = contactHistory(data.goLive, role)
  if (!periods.length) return null
  return (
    <>
      <h3>{t.historyHeading(role)}</h3>
      <table data-testid={`contact-history-${role}`}>
        <TableHead caption={t.historyCaption(role)} columns={[t.colPerson, t.colFrom, t.colUntil, t.colReason, t.colRecorded]} />
        <tbody>
          {periods.map(({ entry, until, replaced }) => (
            <tr key={entry.id}>
              <th scope="row">{t.line(entry.contact)}</th>
              <td>{entry.from}</td>
              <td>{replaced ? t.replaced : (until ?? t.untilNow)}</td>
              <td>{entry.source === 'agreement' ? t.fromAgreement : entry.reason}</td>
              <td>
                {entry.recordedAt.slice(0, 10)}
                {entry.source !== 'agreement' && <NoticeButton data={data} events={data.goLive} entry={entry} today={today} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

/** Writes "Anmälan om ändrad kontaktperson" for one change; the PDF library loads only on click. */
function NoticeButton({ data, events, entry, today }: { data: BoardData; events: GoLiveEvent[]; entry: ContactEntry; today: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  async function onClick() {
    setBusy(true)
    setMessage({ text: t.noticeWorking, error: false })
    try {
      const { fileName, bytes } = await contactNoticePdf(data.board, events, entry, today)
      const saved = await saveFile(fileName, bytes, [{ name: 'PDF', extensions: ['pdf'] }])
      setMessage(saved.saved ? { text: t.noticeDone(fileName), error: false } : null)
    } catch (error) {
      setMessage({ text: `${t.noticeFailed} ${(error as Error)?.message ?? ''}`, error: true })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div>
      <button type="button" className="secondary" onClick={() => void onClick()} disabled={busy}>
        {t.noticeButton(entry.role, entry.contact.name)}
      </button>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : undefined}>
        {message?.text}
      </p>
    </div>
  )
}
