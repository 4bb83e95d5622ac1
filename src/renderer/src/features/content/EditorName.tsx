import { ce } from '@renderer/i18n/content'
import { Field } from '@renderer/ui/Field'

export function EditorName({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  return (
    <Field label={ce.editorName}>
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="name" />
    </Field>
  )
}
