import { useState } from 'react'
import type { EffectiveItem, TaskValue } from '@renderer/domain/content/edits'
import { taskKey } from '@renderer/domain/content/edits'
import type { StepId } from '@renderer/domain/connection/types'
import { ce } from '@renderer/i18n/content'
import { useUi } from '@renderer/store/ui'
import { loadChecklist } from '../connection/content'
import { newOwnTaskId, saveItem } from './actions'
import { EditorName } from './EditorName'
import { ItemCard, StatementFields, validate, valueOf } from './ItemCard'
import { useContentEditor } from './useEditor'

function NewTask({
  stepId,
  stepTitle,
  editor,
  onChanged
}: {
  stepId: StepId
  stepTitle: string
  editor: string
  onChanged: () => Promise<void>
}) {
  const announce = useUi((s) => s.announce)
  const [form, setForm] = useState<Parameters<typeof StatementFields>[0]['form'] | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const set = <K extends keyof NonNullable<typeof form>>(k: K, v: NonNullable<typeof form>[K]) => setForm((f) => (f ? { ...f, [k]: v } : f))
  async function save() {
    if (!form) return
    const found = validate(form, true)
    setErrors(found)
    if (Object.keys(found).length) return
    if (!editor.trim()) return setMessage(ce.editorNameMissing)
    const id = newOwnTaskId()
    const base = { kind: 'task' as const, value: { stepId, custom: true } as TaskValue }
    try {
      await saveItem({ key: taskKey(id), kind: 'task' }, valueOf(base, form, editor, new Date().toISOString().slice(0, 10)), editor)
      announce(ce.saved(form.title.trim()))
      setForm(null)
      setMessage(null)
      await onChanged()
    } catch (e) {
      setMessage((e as Error).message)
    }
  }
  if (!form)
    return (
      <button
        type="button"
        className="secondary"
        onClick={() =>
          setForm({
            title: '',
            nextAction: '',
            text: '',
            status: 'förslag',
            source: 'anslutningsguiden',
            notApplicable: false,
            reviewed: true
          })
        }
      >
        {ce.addTask(stepTitle)}
      </button>
    )
  return (
    <fieldset className="card">
      <legend>
        {ce.addTaskTitle}: {stepTitle}
      </legend>
      <StatementFields form={form} set={set} isTask errors={errors} />
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {ce.save}
        </button>
        <button type="button" className="secondary" onClick={() => setForm(null)}>
          {ce.cancel}
        </button>
      </div>
    </fieldset>
  )
}

/** The checklist's tasks, step by step: edit, add own tasks, mark not applicable, history, reset. */
export function ChecklistEditor() {
  const { state, error, editor, changeEditor, reload } = useContentEditor()
  const checklist = loadChecklist()
  if (error || !checklist.ok)
    return (
      <p className="notice danger" role="alert">
        {error ?? (checklist.ok ? '' : checklist.message)}
      </p>
    )
  if (!state) return <p className="loading">{ce.loading}</p>
  const tasks = state.items.filter((i): i is EffectiveItem & { kind: 'task'; value: TaskValue } => i.kind === 'task')
  return (
    <>
      <p>{ce.intro}</p>
      <EditorName value={editor} onChange={changeEditor} />
      {checklist.value.steps.map((step) => (
        <section key={step.id} aria-labelledby={`ce-step-${step.id}`}>
          <h2 id={`ce-step-${step.id}`}>
            Steg {step.number}: {step.title}
          </h2>
          {tasks
            .filter((t) => t.value.stepId === step.id)
            .map((t) => (
              <ItemCard key={t.key} item={t} allEdits={state.edits} editor={editor} onChanged={reload} />
            ))}
          <NewTask stepId={step.id as StepId} stepTitle={step.title} editor={editor} onChanged={reload} />
        </section>
      ))}
    </>
  )
}
