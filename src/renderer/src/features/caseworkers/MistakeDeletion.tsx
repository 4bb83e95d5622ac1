import { useState } from 'react'
import type { CaseworkerRecord } from '@renderer/db'
import { cw } from '@renderer/i18n/caseworkers/register'
import { retention } from '@renderer/i18n/retention'
import { Field } from '@renderer/ui/Field'
import { deleteByMistake } from './actions/retention'

/**
 * Immediate deletion, only for a person registered by mistake: a reason is required and goes to
 * the culling log without personal data. Everyone else is culled by the rule.
 */
export function MistakeDeletion({ person, onDeleted }: { person: CaseworkerRecord; onDeleted: () => void }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)

  function ask() {
    if (reason.replace(/\s+/g, ' ').trim().length < 5) return setError(retention.mistake['reason-missing'])
    setError(null)
    setConfirming(true)
  }

  async function erase() {
    setBusy(true)
    try {
      const result = await deleteByMistake(person.id, reason)
      if (!result.ok) {
        setConfirming(false)
        return setError(retention.mistake[result.code])
      }
      onDeleted()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="notice danger">
      <p>{cw.person.eraseIntro}</p>
      <Field label={retention.mistake.reason} hint={retention.mistake.reasonHint} error={error} required>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="actions">
        {!confirming ? (
          <button type="button" className="danger" onClick={ask}>
            {cw.person.eraseButton(person.name)}
          </button>
        ) : (
          <>
            <button type="button" className="danger" disabled={busy} onClick={() => void erase()}>
              {cw.person.eraseConfirm(person.name)}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {cw.person.eraseCancel}
            </button>
          </>
        )}
      </div>
    </div>
  )
}
