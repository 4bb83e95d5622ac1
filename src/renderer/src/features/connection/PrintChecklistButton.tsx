import { useState } from 'react'
import type { ChecklistContent } from '@renderer/domain/connection/content'
import { cx } from '@renderer/i18n/connection'
import { saveFile } from '@renderer/platform/bridge'
import { useUi } from '@renderer/store/ui'
import { recordedOf, type BoardData } from './data'
import { earlierNames } from '@renderer/domain/goLive/rules'
import { useToday } from './useToday'

/** Exports the checklist status as a one-page A4 PDF; the PDF library loads only on click. */
export function PrintChecklistButton({ content, data }: { content: ChecklistContent; data: BoardData }) {
  const today = useToday()
  const profile = useUi((s) => s.profile)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  async function onClick() {
    setBusy(true)
    setMessage({ text: cx.pdfWorking, error: false })
    try {
      const { buildChecklistPdf, checklistPdfFileName } = await import('@renderer/pdf/checklistPdf')
      const bytes = await buildChecklistPdf({
        content,
        municipality: profile?.officialName ?? '',
        boardName: data.board.name,
        states: data.states,
        connection: data.connection,
        contactsNamed: recordedOf(data).contactsNamed,
        agreementSigned: recordedOf(data).agreementSigned,
        events: data.events,
        attachments: data.attachments,
        today,
        terminated: recordedOf(data).terminated,
        earlierNames: earlierNames(data.board.name, data.goLive)
      })
      const name = checklistPdfFileName(data.board.name, today)
      const result = await saveFile(name, bytes, [{ name: 'PDF', extensions: ['pdf'] }])
      if (result.saved) setMessage({ text: cx.pdfDone(name), error: false })
      else setMessage(null)
    } catch (error) {
      setMessage({ text: `${cx.pdfFailed} ${(error as Error)?.message ?? ''}`, error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" onClick={() => void onClick()} disabled={busy}>
        {cx.pdfButton}
      </button>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'error' : undefined}>
        {message?.text}
      </p>
    </>
  )
}
