import type { AgreementDraftRecord } from '@renderer/db/types'
import { draftStage } from '@renderer/domain/agreement/signing'
import { ag } from '@renderer/i18n/agreement'

const TONE = { draft: 'muted', signing: 'warn', signed: 'ok', exported: 'ok' } as const

/** Where a draft stands, the same words in the list of drafts and in the draft itself. */
export function DraftStageBadge({ draft, testId }: { draft: AgreementDraftRecord; testId: string }) {
  const stage = draftStage(draft.status, draft.data)
  return (
    <span className={`badge ${TONE[stage.kind]}`} data-testid={testId}>
      {ag.drafts.stageText(stage)}
    </span>
  )
}
