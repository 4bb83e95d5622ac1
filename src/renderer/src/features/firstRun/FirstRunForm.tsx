import { useMemo, useRef, useState, type FormEvent } from 'react'
import { completeFirstRun } from '@renderer/db/firstRun'
import { sv } from '@renderer/i18n/sv'
import { useUi } from '@renderer/store/ui'
import { ComboBoxField } from '@renderer/ui/ComboBoxField'
import { Field } from '@renderer/ui/Field'
import { findMunicipality, municipalityOptions } from './municipalityList'

const BOARD_SUGGESTIONS = ['Socialnämnden', 'Arbetsmarknadsnämnden', 'Vuxen- och utbildningsnämnden', 'Individ- och familjenämnden']

type FieldErrors = Partial<Record<'municipality' | 'officialName' | 'board', string>>

/** Messages for the fields as they are now; shown only once the user has tried to continue. */
function fieldErrors(hasMatch: boolean, officialName: string, board: string): FieldErrors {
  const errors: FieldErrors = {}
  if (!hasMatch) errors.municipality = sv.firstRun.municipalityRequired
  if (!officialName.trim()) errors.officialName = sv.firstRun.officialNameRequired
  if (!board.trim()) errors.board = sv.firstRun.boardRequired
  return errors
}

/** The first-run form (loaded lazily by FirstRun.tsx, so its list and widgets cost returning users nothing). */
export default function FirstRunForm() {
  const setProfile = useUi((s) => s.setProfile)
  const [municipalityInput, setMunicipalityInput] = useState('')
  const [officialName, setOfficialName] = useState('')
  const [officialTouched, setOfficialTouched] = useState(false)
  const [board, setBoard] = useState('')
  const [tried, setTried] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const match = findMunicipality(municipalityInput)
  // Once the text names a municipality there is nothing left to choose: the list closes.
  const options = useMemo(() => (match ? [] : municipalityOptions(municipalityInput)), [match, municipalityInput])
  const noMatch = !match && municipalityInput.trim() !== '' && options.length === 0
  // Derived from the current values, so a message disappears as soon as its field is put right.
  const errors: FieldErrors = tried ? fieldErrors(Boolean(match), officialName, board) : {}

  const onMunicipalityChange = (value: string) => {
    setMunicipalityInput(value)
    const m = findMunicipality(value)
    if (m && !officialTouched) setOfficialName(m.officialName)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    setFormError(null)
    if (Object.keys(fieldErrors(Boolean(match), officialName, board)).length > 0 || !match) {
      // Focus the first field in error once React has rendered the messages.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setSaving(true)
    try {
      const { profile } = await completeFirstRun({ code: match.code, name: match.name, officialName: officialName.trim() }, board)
      setProfile(profile)
    } catch {
      setFormError(sv.firstRun.saveFailed)
      setSaving(false)
    }
  }

  return (
    <main id="main" className="first-run">
      <h1>{sv.firstRun.title}</h1>
      <p>{sv.firstRun.intro}</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        <ComboBoxField
          label={sv.firstRun.municipalityLabel}
          hint={sv.firstRun.municipalityHint}
          error={errors.municipality}
          required
          value={municipalityInput}
          onChange={onMunicipalityChange}
          options={options}
          status={noMatch ? sv.firstRun.noMatches : null}
        />
        {/* Always in the page, so screen readers announce the match when it appears. */}
        <p className="match" aria-live="polite">
          {match && `${match.name}, kommunkod ${match.code}`}
        </p>
        <Field label={sv.firstRun.officialNameLabel} hint={sv.firstRun.officialNameHint} error={errors.officialName} required>
          <input
            type="text"
            value={officialName}
            onChange={(e) => {
              setOfficialName(e.target.value)
              setOfficialTouched(true)
            }}
          />
        </Field>
        <Field label={sv.firstRun.boardLabel} hint={sv.firstRun.boardHint} error={errors.board} required>
          <input type="text" list="board-options" value={board} onChange={(e) => setBoard(e.target.value)} />
        </Field>
        <datalist id="board-options">
          {BOARD_SUGGESTIONS.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" disabled={saving}>
          {sv.firstRun.submit}
        </button>
      </form>
    </main>
  )
}
