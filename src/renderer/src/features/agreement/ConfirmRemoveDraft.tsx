import type { AgreementDraftRecord } from '@renderer/db/types'
import { signingStatus } from '@renderer/domain/agreement/signing'
import { ag } from '@renderer/i18n/agreement'

/** Asks before a draft that someone has signed is removed, and says what goes with it. */
export function ConfirmRemoveDraft({
  draft,
  onConfirm,
  onCancel
}: {
  draft: AgreementDraftRecord
  onConfirm: () => void
  onCancel: () => void
}) {
  const { signed } = signingStatus(draft.data)
  const titleId = `confirm-remove-${draft.id}`
  return (
    <div role="group" aria-labelledby={titleId} className="notice danger">
      <p id={titleId}>
        <strong>{ag.drafts.confirmRemoveTitle(draft.name)}</strong>
      </p>
      <p>{ag.drafts.confirmRemoveText(signed.length, draft.data.signatories.length)}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {ag.drafts.confirmRemove(draft.name)}
        </button>
        <button type="button" className="secondary" onClick={onCancel} autoFocus>
          {ag.drafts.cancel}
        </button>
      </div>
    </div>
  )
}
