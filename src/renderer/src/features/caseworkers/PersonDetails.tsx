import { useCallback, useState } from 'react'
import type { CaseworkerRecord } from '@renderer/db'
import type { CaseworkerField } from '@renderer/domain/caseworkers/types'
import type { FieldProblem } from '@renderer/domain/caseworkers/validate'
import { localToday } from '@renderer/domain/caseworkers/dates'
import { cw } from '@renderer/i18n/caseworkers/register'
import { SaveStatus } from '@renderer/ui/SaveStatus'
import { recoverStartingValue, useAutosave } from '@renderer/ui/useAutosave'
import { PersonFields } from './PersonForm'
import {
  checkPersonDetails,
  DETAIL_FIELDS,
  detailsCopyKey,
  detailsRevision,
  detailValuesOf,
  savePersonDetails,
  type DetailValues,
  type PersonPage
} from './actions/person'

type State = { values: DetailValues; problems: FieldProblem[]; warning: string | null; valid: DetailValues }

/**
 * A person's details, saved as they are typed (with a write-ahead copy, like every autosaving
 * form). Input that breaks a rule is shown with its error and not saved until it is corrected.
 */
export function PersonDetails({
  person,
  others,
  units,
  onSaved
}: {
  person: CaseworkerRecord
  others: PersonPage['others']
  units: string[]
  onSaved: () => void
}) {
  const copyKey = detailsCopyKey(person.id)
  const [state, setState] = useState<State>(() => {
    const values = recoverStartingValue(copyKey, detailValuesOf(person), detailsRevision)
    const check = checkPersonDetails(values, others, person.id)
    return { values, problems: check.problems, warning: check.emailWarning, valid: values }
  })
  const save = useCallback(
    async (values: DetailValues) => {
      if (await savePersonDetails(person.id, values)) onSaved()
    },
    [person.id, onSaved]
  )
  const { state: saveState } = useAutosave(state.valid, save, { copy: { key: copyKey, revisionOf: detailsRevision } })

  const change = (field: CaseworkerField, value: string) =>
    setState((s) => {
      if (!(DETAIL_FIELDS as readonly string[]).includes(field)) return s
      const values = { ...s.values, [field]: value }
      const check = checkPersonDetails(values, others, person.id)
      return { values, problems: check.problems, warning: check.emailWarning, valid: check.input ? values : s.valid }
    })

  return (
    <div className="cw-details">
      <PersonFields
        values={state.values}
        problems={state.problems}
        warning={state.warning}
        units={units}
        idPrefix="cw-edit"
        onChange={change}
      />
      {!state.values.endDate && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => change('endDate', localToday())}>
            {cw.person.endToday}
          </button>
        </div>
      )}
      <SaveStatus state={saveState} blocked={state.problems.length ? cw.person.saveBlocked : null} />
    </div>
  )
}
