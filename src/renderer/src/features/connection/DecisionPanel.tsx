import { useCallback, useState } from 'react'
import { saveDecision } from '@renderer/db/connection'
import type { Decision } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'
import { Field } from '@renderer/ui/Field'
import { DateField, validDateOrUndefined } from './DateField'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'

type Form = { body: string; date: string; paragraph: string; diarienummer: string }

const formOf = (decision: Decision): Form => ({
  body: decision.body ?? '',
  date: decision.date ?? '',
  paragraph: decision.paragraph ?? '',
  diarienummer: decision.diarienummer ?? ''
})

const toDecision = (f: Form): Decision => ({
  body: f.body.trim() || undefined,
  date: validDateOrUndefined(f.date),
  paragraph: f.paragraph.trim() || undefined,
  diarienummer: f.diarienummer.trim() || undefined
})

/** The revision of what saving `f` stores (what an autosave copy is checked against). */
const revisionOf = (f: Form) => contentRevision(formOf(toDecision(f)))

/** Step 2: who decided, when, under which paragraph (§) and diarienummer. */
export function DecisionPanel({ boardId, decision, onChanged }: { boardId: string; decision: Decision; onChanged: () => void }) {
  const copyKey = autosaveCopyKeys.boardPanel(boardId, 'decision')
  const [form, setForm] = useState<Form>(() => recoverStartingValue(copyKey, formOf(decision), revisionOf))
  const save = useCallback(
    async (f: Form) => {
      await saveDecision(boardId, toDecision(f))
      onChanged()
    },
    [boardId, onChanged]
  )
  const { state } = useAutosave(form, save, { copy: { key: copyKey, revisionOf } })
  const set = (key: keyof Form, value: string) => setForm((f) => ({ ...f, [key]: value }))
  return (
    <section className="card" aria-labelledby="decision-title">
      <h2 id="decision-title">{cx.decisionHeading}</h2>
      <div className="task-fields">
        <Field label={cx.decisionBody} hint={cx.decisionBodyHint}>
          <input type="text" value={form.body} onChange={(e) => set('body', e.target.value)} autoComplete="off" />
        </Field>
        <DateField label={cx.decisionDate} value={form.date} onChange={(v) => set('date', v)} />
        <Field label={cx.decisionParagraph} hint="Till exempel § 45">
          <input type="text" value={form.paragraph} onChange={(e) => set('paragraph', e.target.value)} autoComplete="off" />
        </Field>
        <Field label={cx.decisionDiarienummer}>
          <input type="text" value={form.diarienummer} onChange={(e) => set('diarienummer', e.target.value)} autoComplete="off" />
        </Field>
      </div>
      <SaveStatus state={state} />
    </section>
  )
}
