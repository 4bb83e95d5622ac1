import { MAX_BRIDGE_FILE_BYTES } from '@shared/channels'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { useEffect, useId, useState } from 'react'
import { listBoards, getProfile } from '@renderer/db'
import { applyImport, BackupError, exportBackupFile, exportBoardBackupFile, prepareBackup, previewImport, type ImportMode, type ImportReport, type PreparedBackup } from '@renderer/db/backup'
import { recordBackupMade } from '@renderer/db/storageHealth'
import type { BoardRecord } from '@renderer/db/types'
import { MAX_BACKUP_BYTES } from '@renderer/domain/backup/format'
import { backupText as t } from '@renderer/i18n/backup'
import { appInfo, isElectron, openFile, saveFile } from '@renderer/platform/bridge'
import { useUi } from '@renderer/store/ui'
import { useBackupStatus } from './backupStatus'
import { ImportPreview } from './ImportPreview'
import './backup.css'

type Busy = null | 'export' | 'read' | 'apply'
type Message = { kind: 'ok' | 'error'; text: string } | null

const FILTERS = [{ name: 'Säkerhetskopia', extensions: ['json'] }]
/** The bridge accepts files up to 60 MB; in the browser the backup limit applies. */
// In Electron the file also crosses the bridge, which has its own ceiling.
const openLimit = () => (isElectron() ? Math.min(MAX_BRIDGE_FILE_BYTES, MAX_BACKUP_BYTES) : MAX_BACKUP_BYTES)

const messageOf = (error: unknown, context: string): string => (error instanceof BackupError ? error.message : `${context} ${(error as Error)?.message ?? String(error)}`)

export const formatTime = (iso: string): string => formatStockholmTime(iso)

export default function BackupArea() {
  const { status, refresh } = useBackupStatus()
  const setProfile = useUi((s) => s.setProfile)
  const [boards, setBoards] = useState<BoardRecord[]>([])
  const [boardId, setBoardId] = useState('')
  const [busy, setBusy] = useState<Busy>(null)
  const [exportMessage, setExportMessage] = useState<Message>(null)
  const [importMessage, setImportMessage] = useState<Message>(null)
  const [prepared, setPrepared] = useState<{ file: string; backup: PreparedBackup; previews: Record<ImportMode, ImportReport> } | null>(null)
  const boardSelectId = useId()

  useEffect(() => {
    void refresh()
    void listBoards(true).then((list) => {
      setBoards(list)
      setBoardId((id) => id || list[0]?.id || '')
    })
  }, [refresh])

  const doExport = async (scope: 'all' | 'board') => {
    setBusy('export')
    setExportMessage(null)
    try {
      const { version } = await appInfo()
      const file = scope === 'all' ? await exportBackupFile({ appVersion: version }) : await exportBoardBackupFile(boardId, { appVersion: version })
      const bytes = new Uint8Array(await file.blob.arrayBuffer())
      const result = await saveFile(file.fileName, bytes, FILTERS)
      if (!result.saved) {
        setExportMessage({ kind: 'ok', text: t.exportCancelled })
        return
      }
      // Only a backup of everything counts for the reminder.
      if (scope === 'all') await recordBackupMade(file.header.exportedAt)
      await refresh()
      setExportMessage({ kind: 'ok', text: t.exported(file.fileName) })
    } catch (error) {
      setExportMessage({ kind: 'error', text: messageOf(error, t.exportFailed) })
    } finally {
      setBusy(null)
    }
  }

  const chooseFile = async () => {
    setImportMessage(null)
    setPrepared(null)
    const picked = await openFile(FILTERS, openLimit())
    if (!picked.opened) {
      if (picked.reason === 'too-large') setImportMessage({ kind: 'error', text: t.fileTooLarge })
      return
    }
    setBusy('read')
    try {
      const backup = await prepareBackup(new Blob([picked.bytes as BlobPart]))
      const merge = await previewImport(backup, 'merge')
      const replace = await previewImport(backup, 'replace')
      setPrepared({ file: picked.name, backup, previews: { merge, replace } })
    } catch (error) {
      setImportMessage({ kind: 'error', text: messageOf(error, t.importFailed) })
    } finally {
      setBusy(null)
    }
  }

  const apply = async (mode: ImportMode) => {
    if (!prepared) return
    setBusy('apply')
    try {
      const report = await applyImport(prepared.backup, mode)
      // After replacing everything, the data is exactly this file's: it is the latest backup of it.
      if (mode === 'replace' && report.scope.kind === 'all') await recordBackupMade(report.exportedAt)
      setPrepared(null)
      const text = t.done(report.totals.added, report.totals.replaced, report.totals.removed)
      setImportMessage({ kind: 'ok', text })
      setProfile((await getProfile()) ?? null)
      setBoards(await listBoards(true))
      await refresh()
    } catch (error) {
      setImportMessage({ kind: 'error', text: messageOf(error, t.importFailed) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-labelledby="backup-title" className="backup-area">
      <h1 id="backup-title">{t.title}</h1>
      <p>{t.intro}</p>

      <section aria-labelledby="backup-export-title" className="card">
        <h2 id="backup-export-title">{t.exportTitle}</h2>
        <p data-testid="last-backup">
          {status?.lastBackupAt ? (
            <>
              {t.lastBackup}: <time dateTime={status.lastBackupAt}>{formatTime(status.lastBackupAt)}</time>
            </>
          ) : (
            t.never
          )}
        </p>
        <div className="actions">
          <button type="button" onClick={() => void doExport('all')} disabled={busy !== null}>
            {t.exportAll}
          </button>
        </div>
        {boards.length > 0 && (
          <div className="backup-board-export">
            <div className="field">
              <label htmlFor={boardSelectId}>{t.boardLabel}</label>
              <select id={boardSelectId} value={boardId} onChange={(e) => setBoardId(e.target.value)}>
                {boards.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                    {b.archived ? ' (arkiverad)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="actions">
              <button type="button" className="secondary" onClick={() => void doExport('board')} disabled={busy !== null || !boardId}>
                {t.exportBoard}
              </button>
            </div>
          </div>
        )}
        <div role="status" aria-live="polite">
          {busy === 'export' && <p>{t.exporting}</p>}
          {exportMessage?.kind === 'ok' && <p className="notice ok">{exportMessage.text}</p>}
        </div>
        {exportMessage?.kind === 'error' && (
          <p className="notice danger" role="alert">
            {exportMessage.text}
          </p>
        )}
      </section>

      <section aria-labelledby="backup-import-title" className="card">
        <h2 id="backup-import-title">{t.importTitle}</h2>
        <p>{t.importIntro}</p>
        <div className="actions">
          <button type="button" onClick={() => void chooseFile()} disabled={busy !== null}>
            {t.chooseFile}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {busy === 'read' && <p>{t.reading}</p>}
          {busy === 'apply' && <p>{t.applying}</p>}
          {importMessage?.kind === 'ok' && <p className="notice ok">{importMessage.text}</p>}
        </div>
        {importMessage?.kind === 'error' && (
          <p className="notice danger" role="alert">
            {importMessage.text}
          </p>
        )}
        {prepared && (
          <ImportPreview fileName={prepared.file} previews={prepared.previews} busy={busy === 'apply'} onConfirm={(mode) => void apply(mode)} onCancel={() => setPrepared(null)} />
        )}
      </section>
    </section>
  )
}
