import { useCallback, useMemo, useState } from 'react'
import { addTaskAttachment, deleteAttachment, getAttachment, saveTaskState, taskOwnerId, type AttachmentSummary } from '@renderer/db/connection'
import type { ChecklistTask } from '@renderer/domain/connection/content'
import type { TaskState, TaskStatus } from '@renderer/domain/connection/types'
import { cx } from '@renderer/i18n/connection'
import { openFile, saveFile } from '@renderer/platform/bridge'
import { useUi } from '@renderer/store/ui'
import { Field } from '@renderer/ui/Field'
import { DateField, validDateOrUndefined } from './DateField'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { useAutosave } from '@renderer/ui/useAutosave'

type Form = { status: TaskStatus; reason: string; owner: string; dueDate: string; note: string }

const STATUSES: TaskStatus[] = ['not-started', 'in-progress', 'done', 'not-applicable']

const sizeText = (n: number) => (n < 1024 ? `${n} byte` : n < 1024 * 1024 ? `${Math.round(n / 1024)} kB` : `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`)

export function TaskCard(props: {
  boardId: string
  task: ChecklistTask
  state: TaskState | undefined
  attachments: AttachmentSummary[]
  onChanged: () => void
}) {
  const { boardId, task, state, attachments, onChanged } = props
  const announce = useUi((s) => s.announce)
  const [form, setForm] = useState<Form>(() => ({
    status: state?.status ?? 'not-started',
    reason: state?.reason ?? '',
    owner: state?.owner ?? '',
    dueDate: state?.dueDate ?? '',
    note: state?.note ?? ''
  }))
  const [fileMessage, setFileMessage] = useState<{ text: string; error: boolean } | null>(null)

  const save = useCallback(
    async (f: Form) => {
      await saveTaskState({
        boardId,
        taskId: task.id,
        status: f.status,
        reason: f.status === 'not-applicable' ? f.reason.trim() || undefined : undefined,
        owner: f.owner.trim() || undefined,
        dueDate: validDateOrUndefined(f.dueDate),
        note: f.note || undefined
      })
      onChanged()
    },
    [boardId, task.id, onChanged]
  )
  const { state: saveState } = useAutosave(form, save)
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
    if (record) await saveFile(record.name, record.bytes)
  }

  async function onRemove(a: AttachmentSummary) {
    if (!window.confirm(cx.removeConfirm(a.name))) return
    await deleteAttachment(a.id)
    onChanged()
  }

  const headingId = `task-${task.id}`
  return (
    <article className="card task-card" aria-labelledby={headingId} data-task={task.id}>
      <h3 id={headingId}>{task.title}</h3>
      <p>{task.help}</p>
      {task.legalReference && (
        <p className="hint">
          <strong>{cx.legal}:</strong> {task.legalReference}
        </p>
      )}
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
          <p className={form.status === 'done' ? 'notice warn' : 'hint'}>{form.status === 'done' ? cx.evidenceMissing : cx.evidenceExpected}</p>
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
    </article>
  )
}
