import { useCallback, useMemo, useState } from 'react'
import {
  addTaskAttachment,
  deleteAttachment,
  getAttachment,
  saveTaskState,
  taskOwnerId,
  type AttachmentSummary
} from '@renderer/db/connection'
import type { ChecklistTask } from '@renderer/domain/connection/content'
import type { TaskState, TaskStatus } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'
import { openFile, saveStoredFile } from '@renderer/platform/bridge'
import { useUi } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'
import { StatementView, StatusLabel } from '../content/StatementView'
import { DateField, validDateOrUndefined } from './DateField'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { autosaveCopyKeys } from '@renderer/platform/autosaveCopies'
import { contentRevision } from '@renderer/domain/drafts/contentRevision'

type Form = { status: TaskStatus; reason: string; owner: string; dueDate: string; note: string }

const STATUSES: TaskStatus[] = ['not-started', 'in-progress', 'done', 'not-applicable']

const sizeText = (n: number) =>
  n < 1024 ? `${n} byte` : n < 1024 * 1024 ? `${Math.round(n / 1024)} kB` : `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`

const formOf = (state: Partial<TaskState> | undefined): Form => ({
  status: state?.status ?? 'not-started',
  reason: state?.reason ?? '',
  owner: state?.owner ?? '',
  dueDate: state?.dueDate ?? '',
  note: state?.note ?? ''
})

/** What saving `f` stores, apart from the board and task it belongs to. */
const toState = (f: Form): Omit<TaskState, 'boardId' | 'taskId' | 'updatedAt'> => ({
  status: f.status,
  reason: f.status === 'not-applicable' ? f.reason.trim() || undefined : undefined,
  owner: f.owner.trim() || undefined,
  dueDate: validDateOrUndefined(f.dueDate),
  note: f.note || undefined
})

/** The revision of what saving `f` stores (what an autosave copy is checked against). */
const revisionOf = (f: Form) => contentRevision(formOf(toState(f)))

export function TaskCard(props: {
  boardId: string
  task: ChecklistTask
  state: TaskState | undefined
  /** The data recorded in a panel (consent, decision, the sent agreement) already finishes this task. */
  recordedDone?: boolean
  attachments: AttachmentSummary[]
  onChanged: () => void
}) {
  const { boardId, task, state, attachments, onChanged } = props
  const announce = useUi((s) => s.announce)
  const copyKey = autosaveCopyKeys.boardPanel(boardId, `task:${task.id}`)
  const [form, setForm] = useState<Form>(() => recoverStartingValue(copyKey, formOf(state), revisionOf))
  const [fileMessage, setFileMessage] = useState<{ text: string; error: boolean } | null>(null)

  const save = useCallback(
    async (f: Form) => {
      await saveTaskState({ boardId, taskId: task.id, ...toState(f) })
      onChanged()
    },
    [boardId, task.id, onChanged]
  )
  const { state: saveState } = useAutosave(form, save, { copy: { key: copyKey, revisionOf } })
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }))
  const reasonMissing = form.status === 'not-applicable' && !form.reason.trim()

  const mine = useMemo(() => attachments.filter((a) => a.ownerId === taskOwnerId(boardId, task.id)), [attachments, boardId, task.id])

  async function onAttach() {
    setFileMessage(null)
    const result = await openFile()
    if (!result.opened) {
      if (result.reason === 'too-large') setFileMessage({ text: cx.attachTooLarge, error: true })
      return
    }
    try {
      await addTaskAttachment(boardId, task.id, { name: result.name, bytes: result.bytes })
      setFileMessage({ text: cx.attached(result.name), error: false })
      announce(cx.attached(result.name))
      onChanged()
    } catch {
      setFileMessage({ text: cx.attachFailed, error: true })
    }
  }

  async function onOpen(a: AttachmentSummary) {
    const record = await getAttachment(a.id)
    if (record) await saveStoredFile(record.name, record.bytes)
  }

  async function onRemove(a: AttachmentSummary) {
    if (!window.confirm(cx.removeConfirm(a.name))) return
    await deleteAttachment(a.id)
    onChanged()
  }

  const headingId = `task-${task.id}`
  return (
    <article className="card task-card" aria-labelledby={headingId} data-task={task.id}>
      <h3>
        <span id={headingId}>{task.title}</span> <StatusLabel status={task.help.status} />
      </h3>
      <div className="task-body">
        <div className="task-guidance">
          <StatementView statement={task.help} />
          {props.recordedDone && (
            <p className="notice ok" data-testid="task-recorded-done">
              Klar: uppgifterna du har registrerat visar att den här uppgiften är gjord.
            </p>
          )}
          {task.more?.map((s) => (
            <StatementView key={s.text} statement={s} />
          ))}
          {task.legalReference && <StatementView statement={task.legalReference} className="hint" prefix={cx.legal} />}
        </div>
        <div className="task-form">
          <div className="task-fields">
            <Field label={cx.taskStatus}>
              <select value={form.status} onChange={(e) => set('status', e.target.value as TaskStatus)}>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {cx.statusLabels[s]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={cx.owner}>
              <input type="text" value={form.owner} onChange={(e) => set('owner', e.target.value)} autoComplete="off" />
            </Field>
            <DateField label={cx.dueDate} value={form.dueDate} onChange={(v) => set('dueDate', v)} />
          </div>
          {form.status === 'not-applicable' && (
            <Field label={cx.reason} error={reasonMissing ? cx.reasonRequired : null} required>
              <input type="text" value={form.reason} onChange={(e) => set('reason', e.target.value)} autoComplete="off" />
            </Field>
          )}
          <Field label={cx.note}>
            <textarea value={form.note} onChange={(e) => set('note', e.target.value)} />
          </Field>
          <SaveStatus state={saveState} />
          <section aria-label={`${cx.evidenceHeading}: ${task.title}`}>
            <h4>{cx.evidenceHeading}</h4>
            {task.evidence && mine.length === 0 && (
              <p className={form.status === 'done' ? 'notice warn' : 'hint'}>
                {form.status === 'done' ? cx.evidenceMissing : cx.evidenceExpected}
              </p>
            )}
            {mine.length === 0 ? (
              <p>{cx.noAttachments}</p>
            ) : (
              <ul className="attachment-list">
                {mine.map((a) => (
                  <li key={a.id}>
                    <span>
                      {a.name} ({sizeText(a.size)}, {a.createdAt.slice(0, 10)})
                    </span>
                    <button type="button" className="secondary" onClick={() => void onOpen(a)}>
                      {cx.openAttachment(a.name)}
                    </button>
                    <button type="button" className="secondary" onClick={() => void onRemove(a)}>
                      {cx.removeAttachment(a.name)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" className="secondary" onClick={() => void onAttach()} aria-label={`${cx.attach} till ${task.title}`}>
              {cx.attach}
            </button>
            {fileMessage && (
              <p className={fileMessage.error ? 'error' : undefined} role={fileMessage.error ? 'alert' : 'status'}>
                {fileMessage.text}
              </p>
            )}
          </section>
        </div>
      </div>
    </article>
  )
}
