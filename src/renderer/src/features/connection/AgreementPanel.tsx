import { useCallback, useState } from 'react'
import { saveAgreementProcess, type BoardAgreement } from '@renderer/db/connection'
import type { AgreementSubStep, ChecklistContent } from '@renderer/domain/connection/content'
import { confirmationRecipient } from '@renderer/domain/connection/confirmationRecipient'
import type { AgreementProcess, SendMethod } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'
import { routeHref } from '@renderer/store/ui'
import { DateField, validDateOrUndefined } from './DateField'
import { StatementView } from '../content/StatementView'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'

type Form = {
  termsReadDate: string
  sentDate: string
  /** Kept as recorded; new records are 'post' (FK's page: to the address in the form). */
  sentMethod: SendMethod
  fkReceivedDate: string
  qualityAssuredDate: string
  approvedDate: string
  registeredDate: string
}

function formOf(agreement: AgreementProcess): Form {
  return {
    termsReadDate: agreement.termsReadDate ?? '',
    sentDate: agreement.sent?.date ?? '',
    sentMethod: agreement.sent?.method ?? 'post',
    fkReceivedDate: agreement.fkReceivedDate ?? '',
    qualityAssuredDate: agreement.qualityAssuredDate ?? '',
    approvedDate: agreement.approvedDate ?? '',
    registeredDate: agreement.registeredDate ?? ''
  }
}

/** The revision of what saving `f` stores (what an autosave copy is checked against). */
const revisionOf = (f: Form) => contentRevision(formOf(toProcess(f)))

function toProcess(f: Form): AgreementProcess {
  const d = validDateOrUndefined
  const sentDate = d(f.sentDate)
  return {
    termsReadDate: d(f.termsReadDate),
    sent: sentDate ? { date: sentDate, method: f.sentMethod } : undefined,
    fkReceivedDate: d(f.fkReceivedDate),
    qualityAssuredDate: d(f.qualityAssuredDate),
    approvedDate: d(f.approvedDate),
    registeredDate: d(f.registeredDate)
  }
}

const DATE_KEY: Record<Exclude<AgreementSubStep['id'], 'sent'>, keyof Form> = {
  'terms-read': 'termsReadDate',
  'quality-assured': 'qualityAssuredDate',
  approved: 'approvedDate',
  registered: 'registeredDate'
}

/** Step 3's sub-process: the five sub-steps with their dates, how the agreement was sent, and FK's receipt. */
export function AgreementPanel(props: {
  boardId: string
  content: ChecklistContent
  agreement: AgreementProcess
  contacts: BoardAgreement | undefined
  /** The registration as the derived state has it (an event of FK's handling, or a date recorded earlier). */
  registeredDate?: string
  onChanged: () => void
}) {
  const { boardId, content, agreement, contacts, registeredDate, onChanged } = props
  const copyKey = autosaveCopyKeys.boardPanel(boardId, 'agreement')
  const [form, setForm] = useState<Form>(() => recoverStartingValue(copyKey, formOf(agreement), revisionOf))
  const save = useCallback(
    async (f: Form) => {
      await saveAgreementProcess(boardId, toProcess(f))
      onChanged()
    },
    [boardId, onChanged]
  )
  const { state } = useAutosave(form, save, { copy: { key: copyKey, revisionOf } })
  const set = (key: keyof Form, value: string) => setForm((f) => ({ ...f, [key]: value }))
  const recipient = confirmationRecipient(contacts)

  return (
    <section className="card" aria-labelledby="agreement-title">
      <h2 id="agreement-title">{cx.agreementHeading}</h2>
      <p>{cx.agreementIntro}</p>
      <ol className="sub-steps">
        {content.agreementSubSteps.map((sub) => (
          <li key={sub.id}>
            <h3>{sub.title}</h3>
            <StatementView statement={sub.help} />
            {sub.more?.map((s) => (
              <StatementView key={s.text} statement={s} />
            ))}
            {sub.id === 'sent' ? (
              <>
                <StatementView statement={content.fkAddress} className="hint" prefix={cx.fkAddress} />
                {form.sentDate && form.sentMethod === 'e-post' && <p className="hint">{cx.sentByEmailEarlier}</p>}
                <div className="task-fields">
                  <DateField label={cx.sentDate} value={form.sentDate} onChange={(v) => set('sentDate', v)} />
                </div>
                <DateField
                  label={cx.fkReceived}
                  hint={cx.fkReceivedHint}
                  value={form.fkReceivedDate}
                  onChange={(v) => set('fkReceivedDate', v)}
                />
              </>
            ) : sub.id === 'registered' && !agreement.registeredDate && !form.registeredDate ? (
              // Recorded as an event of FK's handling (below); a date recorded here earlier stays editable.
              <p data-testid="registered-summary">{registeredDate ? cx.registeredOn(registeredDate) : cx.registeredInHandling}</p>
            ) : (
              <DateField
                label={`${cx.subStepDate}: ${sub.title}`}
                value={form[DATE_KEY[sub.id]]}
                onChange={(v) => set(DATE_KEY[sub.id as keyof typeof DATE_KEY], v)}
              />
            )}
          </li>
        ))}
      </ol>
      <SaveStatus state={state} />
      <h3>{cx.recipientHeading}</h3>
      {recipient.kind === 'none' ? (
        <p>
          {cx.recipientNone} <a href={routeHref('avtal')}>{cx.recipientLink}</a>.
        </p>
      ) : (
        <>
          <p>{recipient.kind === 'technical' ? cx.recipientTechnical : cx.recipientAdmin}</p>
          <p data-testid="confirmation-recipient">
            <strong>{recipient.contact.name}</strong>
            {recipient.contact.email ? `, ${recipient.contact.email}` : ''}
          </p>
          <p>
            <a href={routeHref('avtal')}>Ändra kontaktpersonerna under Avtal</a>
          </p>
        </>
      )}
    </section>
  )
}
