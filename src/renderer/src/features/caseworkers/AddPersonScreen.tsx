import { useEffect, useState } from 'react'
import { addCaseworker, DuplicateCaseworkerError, listCaseworkers } from '@renderer/db'
import { cw } from '@renderer/i18n/caseworkers/register'
import { navigate, useUi } from '@renderer/store/ui'
import { PersonForm } from './PersonForm'

export default function AddPersonScreen() {
  const [units, setUnits] = useState<string[]>([])
  const announce = useUi((s) => s.announce)
  useEffect(() => {
    void listCaseworkers().then((all) => setUnits([...new Set(all.map((c) => c.unit))].sort((a, b) => a.localeCompare(b, 'sv'))))
  }, [])
  return (
    <section aria-labelledby="cw-add-title">
      <h1 id="cw-add-title">{cw.person.addTitle}</h1>
      <PersonForm
        units={units}
        submitLabel={cw.person.addButton}
        onSubmit={async (input) => {
          try {
            const record = await addCaseworker(input)
            announce(cw.person.added(record.name))
            navigate('handlaggare', 'person', record.id)
            return null
          } catch (e) {
            if (e instanceof DuplicateCaseworkerError) return e.message
            throw e
          }
        }}
      />
    </section>
  )
}
