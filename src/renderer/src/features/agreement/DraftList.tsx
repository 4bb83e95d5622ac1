import { Fragment, useCallback, useEffect, useRef, useState } from 'react'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import {
  createAgreementDraft,
  deleteAgreementDraft,
  duplicateAgreementDraft,
  listAgreementDrafts,
  prefilledAgreement,
  renameAgreementDraft
} from '@renderer/db/agreementDrafts'
import type { AgreementDraftRecord, BoardRecord } from '@renderer/db/types'
import { signingStatus } from '@renderer/domain/agreement/signing'
import { ag } from '@renderer/i18n/agreement'
import { navigate, useUi } from '@renderer/store/ui'
import { todayIso } from '@renderer/base/calendarDate'
import { ConfirmRemoveDraft } from './ConfirmRemoveDraft'
import { DraftStageBadge } from './DraftStageBadge'

const UNDO_MS = 8000

/** One board's agreement drafts: open, copy, rename, delete (with a few seconds to undo). */
export function DraftList({ board }: { board: BoardRecord }) {
  const profile = useUi((s) => s.profile)
  const announce = useUi((s) => s.announce)
  const [drafts, setDrafts] = useState<AgreementDraftRecord[]>([])
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null)
  const [removed, setRemoved] = useState<AgreementDraftRecord | null>(null)
  /** A draft someone has signed, waiting for the user to confirm its removal. */
  const [confirming, setConfirming] = useState<string | null>(null)
  const pendingDelete = useRef<{ id: string; timer: ReturnType<typeof setTimeout> } | null>(null)

  const reload = useCallback(() => listAgreementDrafts(board.id).then(setDrafts), [board.id])
  useEffect(() => {
    void reload()
  }, [reload])

  // Leaving the screen makes a pending deletion final, as the undo window would have.
  useEffect(
    () => () => {
      const p = pendingDelete.current
      if (p) {
        clearTimeout(p.timer)
        void deleteAgreementDraft(p.id)
      }
    },
    []
  )

  const finalise = async () => {
    const p = pendingDelete.current
    if (!p) return
    clearTimeout(p.timer)
    pendingDelete.current = null
    await deleteAgreementDraft(p.id)
  }

  const create = async () => {
    const draft = await createAgreementDraft(
      board.id,
      `Anslutningsavtal ${board.name}`,
      prefilledAgreement(profile, board.name, todayIso())
    )
    navigate('avtal', 'utkast', draft.id)
  }

  const duplicate = async (d: AgreementDraftRecord) => {
    const copy = await duplicateAgreementDraft(d.id, ag.drafts.copyOf)
    await reload()
    announce(`${copy.name} skapades.`)
  }

  // Signatures are not redone in a moment: removing a draft that has any asks first, and says what goes.
  const askToRemove = (d: AgreementDraftRecord) => {
    if (signingStatus(d.data).signed.length > 0) setConfirming(d.id)
    else void remove(d)
  }

  const remove = async (d: AgreementDraftRecord) => {
    setConfirming(null)
    await finalise()
    setRemoved(d)
    setDrafts((list) => list.filter((x) => x.id !== d.id))
    const timer = setTimeout(() => {
      void finalise().then(() => setRemoved((r) => (r?.id === d.id ? null : r)))
    }, UNDO_MS)
    pendingDelete.current = { id: d.id, timer }
  }

  const undo = async () => {
    const p = pendingDelete.current
    if (p) clearTimeout(p.timer)
    pendingDelete.current = null
    const name = removed?.name ?? ''
    setRemoved(null)
    await reload()
    announce(ag.drafts.restored(name))
  }

  const saveName = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!renaming) return
    await renameAgreementDraft(renaming.id, renaming.name)
    setRenaming(null)
    await reload()
  }

  const headingId = `drafts-${board.id}`
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{ag.drafts.title(board.name)}</h2>
      <div role="status" aria-live="polite">
        {removed && (
          <p className="notice undo">
            {ag.drafts.removed(removed.name)}{' '}
            <button type="button" className="secondary" onClick={() => void undo()}>
              {ag.drafts.undo}
            </button>
          </p>
        )}
      </div>
      {drafts.length === 0 ? (
        <p>{ag.drafts.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ag.drafts.name}</th>
              <th scope="col">{ag.drafts.status}</th>
              <th scope="col">{ag.drafts.updated}</th>
              <th scope="col">{ag.drafts.actions}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <Fragment key={d.id}>
                <tr>
                  <th scope="row">
                    {renaming?.id === d.id ? (
                      <form onSubmit={(e) => void saveName(e)} className="inline-form">
                        <label htmlFor={`rename-${d.id}`}>{ag.drafts.newName}</label>
                        <input
                          id={`rename-${d.id}`}
                          type="text"
                          value={renaming.name}
                          onChange={(e) => setRenaming({ id: d.id, name: e.target.value })}
                          autoFocus
                        />
                        <button type="submit">{ag.drafts.saveName}</button>
                        <button type="button" className="secondary" onClick={() => setRenaming(null)}>
                          {ag.drafts.cancel}
                        </button>
                      </form>
                    ) : (
                      <a href={`#/avtal/utkast/${encodeURIComponent(d.id)}`}>{d.name}</a>
                    )}
                  </th>
                  <td>
                    <DraftStageBadge draft={d} testId="draft-stage" />
                  </td>
                  <td>{formatStockholmTime(d.updatedAt)}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="secondary" onClick={() => void duplicate(d)}>
                        {ag.drafts.duplicate}
                        <span className="visually-hidden"> {d.name}</span>
                      </button>
                      <button type="button" className="secondary" onClick={() => setRenaming({ id: d.id, name: d.name })}>
                        {ag.drafts.rename}
                        <span className="visually-hidden"> {d.name}</span>
                      </button>
                      <button type="button" className="secondary" onClick={() => askToRemove(d)}>
                        {ag.drafts.remove}
                        <span className="visually-hidden"> {d.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
                {confirming === d.id && (
                  <tr>
                    <td colSpan={4}>
                      <ConfirmRemoveDraft draft={d} onConfirm={() => void remove(d)} onCancel={() => setConfirming(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" onClick={() => void create()}>
          {ag.drafts.create}
          <span className="visually-hidden"> för {board.name}</span>
        </button>
      </div>
    </section>
  )
}
