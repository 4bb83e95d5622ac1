import { useState } from 'react'
import { historyOf, itemLabel, type ContentEdit, type EffectiveItem, type ItemValue, type TaskValue } from '@renderer/domain/content/edits'
import { STATEMENT_STATUSES, type Statement, type StatementStatus } from '@renderer/domain/content/statement'
import { ce, ct } from '@renderer/i18n/content'
import { Field } from '@renderer/ui/Field'
import { resetItem, saveItem } from './actions'
import { SOURCES } from './sources'
import { StatementView, StatusLabel } from './StatementView'

type Form = {
  title: string
  nextAction: string
  text: string
  status: StatementStatus
  source: string
  notApplicable: boolean
  reviewed: boolean
}

const statementOf = (v: ItemValue): Statement => ('help' in v ? v.help : v)
const day = (iso: string) => iso.slice(0, 10)
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`

export function formOf(v: ItemValue): Form {
  const s = statementOf(v)
  return {
    title: 'title' in v ? v.title : '',
    nextAction: 'nextAction' in v ? v.nextAction : '',
    text: s.text,
    status: s.status,
    source: s.source,
    notApplicable: 'notApplicable' in v ? Boolean(v.notApplicable) : false,
    reviewed: true
  }
}

/** Builds the item's new value from the form; the review (who, which day) is the editor's own. */
export function valueOf(item: Pick<EffectiveItem, 'kind' | 'value'>, f: Form, editor: string, today: string): ItemValue {
  const statement: Statement = { text: f.text.trim(), status: f.status, source: f.source }
  if (f.reviewed) statement.review = { by: editor.trim(), on: today }
  if (item.kind === 'task') {
    const v = item.value as TaskValue
    const task: TaskValue = { stepId: v.stepId, title: f.title.trim(), nextAction: f.nextAction.trim() || f.title.trim(), help: statement }
    if (f.notApplicable) task.notApplicable = true
    if (v.custom) task.custom = true
    return task
  }
  return { ...statement, id: (item.value as { id: string }).id }
}

export function StatementFields({
  form,
  set,
  isTask,
  errors
}: {
  form: Form
  set: <K extends keyof Form>(k: K, v: Form[K]) => void
  isTask: boolean
  errors: Partial<Record<keyof Form, string>>
}) {
  return (
    <>
      {isTask && (
        <>
          <Field label={ce.fields.title} error={errors.title} required>
            <input type="text" value={form.title} onChange={(e) => set('title', e.target.value)} />
          </Field>
          <Field label={ce.fields.nextAction}>
            <input type="text" value={form.nextAction} onChange={(e) => set('nextAction', e.target.value)} />
          </Field>
        </>
      )}
      <Field label={ce.fields.text} error={errors.text} required>
        <textarea rows={4} value={form.text} onChange={(e) => set('text', e.target.value)} />
      </Field>
      <Field label={ce.fields.status}>
        <select value={form.status} onChange={(e) => set('status', e.target.value as StatementStatus)}>
          {STATEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ct.statusLabels[s]} – {ct.statusExplained[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={ce.fields.source}>
        <select value={form.source} onChange={(e) => set('source', e.target.value)}>
          {SOURCES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.publisher}: {s.title}
            </option>
          ))}
        </select>
      </Field>
      {isTask && (
        <label className="check">
          <input type="checkbox" checked={form.notApplicable} onChange={(e) => set('notApplicable', e.target.checked)} />{' '}
          {ce.fields.notApplicable}
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={form.reviewed} onChange={(e) => set('reviewed', e.target.checked)} /> {ce.fields.reviewed}
      </label>
    </>
  )
}

export function validate(f: Form, isTask: boolean): Partial<Record<keyof Form, string>> {
  const errors: Partial<Record<keyof Form, string>> = {}
  if (isTask && !f.title.trim()) errors.title = ce.missingField
  if (!f.text.trim()) errors.text = ce.missingField
  return errors
}

function HistoryList({ edits }: { edits: ContentEdit[] }) {
  return (
    <details className="content-history">
      <summary>{ce.history(edits.length)}</summary>
      {edits.length === 0 ? (
        <p>{ce.historyEmpty}</p>
      ) : (
        <ol>
          {edits.map((e) => (
            <li key={e.seq ?? e.at}>
              {ce.historyLine(
                when(e.at),
                e.by,
                e.origin === 'pack' ? `${ce.historyWhat.pack} ${e.packName ?? ''}` : ce.historyWhat[e.origin]
              )}
              {e.value && <>: ”{itemLabel({ kind: e.kind, value: e.value })}”</>}
            </li>
          ))}
        </ol>
      )}
    </details>
  )
}

/** One editable item: its statement with status and source, who changed it, its history, edit and reset. */
export function ItemCard({
  item,
  allEdits,
  editor,
  onChanged,
  headingLevel = 3
}: {
  item: EffectiveItem
  allEdits: ContentEdit[]
  editor: string
  onChanged: () => Promise<void>
  headingLevel?: 3 | 4
}) {
  const [form, setForm] = useState<Form | null>(null)
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const label = itemLabel(item)
  const statement = statementOf(item.value)
  const isTask = item.kind === 'task'
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const custom = item.standard === null
  const history = historyOf(allEdits, item.key)
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => (f ? { ...f, [k]: v } : f))

  async function run(work: () => Promise<void>, done: string) {
    try {
      await work()
      setMessage({ text: done, error: false })
      await onChanged()
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true })
    }
  }

  async function save() {
    if (!form) return
    const found = validate(form, isTask)
    setErrors(found)
    if (Object.keys(found).length) return
    if (!editor.trim()) return setMessage({ text: ce.editorNameMissing, error: true })
    await run(
      async () => {
        await saveItem(item, valueOf(item, form, editor, new Date().toISOString().slice(0, 10)), editor)
        setForm(null)
      },
      ce.saved(isTask ? form.title.trim() : label)
    )
  }

  const meta = item.edit
    ? item.edit.origin === 'pack'
      ? ce.fromPack(item.edit.by, day(item.edit.at), item.edit.packName ?? '')
      : ce.editedBy(item.edit.by, day(item.edit.at))
    : ce.standard
  return (
    <article className="card content-item" data-item={item.key} aria-label={label}>
      {isTask ? (
        <Heading>
          {label} <StatusLabel status={statement.status} />
        </Heading>
      ) : null}
      <p className="meta">
        {custom ? `${ce.own} · ` : ''}
        {meta}
        {'notApplicable' in item.value && item.value.notApplicable ? ` · ${ce.notApplicable}` : ''}
      </p>
      {!form && <StatementView statement={statement} />}
      {form && (
        <fieldset>
          <legend>{ce.editLabel(label)}</legend>
          <StatementFields form={form} set={set} isTask={isTask} errors={errors} />
          <div className="actions">
            <button type="button" onClick={() => void save()}>
              {ce.save}
            </button>
            <button type="button" className="secondary" onClick={() => setForm(null)}>
              {ce.cancel}
            </button>
          </div>
        </fieldset>
      )}
      {!form && (
        <div className="actions">
          <button type="button" className="secondary" aria-label={ce.editLabel(label)} onClick={() => setForm(formOf(item.value))}>
            {ce.edit}
          </button>
          {item.edit && (
            <button
              type="button"
              className="secondary"
              aria-label={custom ? ce.removeLabel(label) : ce.resetLabel(label)}
              onClick={() => {
                if (!editor.trim()) return setMessage({ text: ce.editorNameMissing, error: true })
                void run(() => resetItem(item, editor), ce.resetDone(label))
              }}
            >
              {custom ? ce.remove : ce.reset}
            </button>
          )}
        </div>
      )}
      {message && (
        <p className={message.error ? 'error' : 'notice ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <HistoryList edits={history} />
    </article>
  )
}
