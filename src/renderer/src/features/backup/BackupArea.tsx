import { MAX_BRIDGE_FILE_BYTES } from '@shared/channels'
import { formatStockholmTime } from '@renderer/domain/time/stockholmTime'
import { useEffect, useId, useRef, useState } from 'react'
import { listBoards, getProfile } from '@renderer/db'
import { BackupError, type ImportMode, type Progress } from '@renderer/db/backup'
import type { BoardRecord } from '@renderer/db/types'
import { MAX_BACKUP_BYTES } from '@renderer/domain/backup/format'
import { backupText as t, progressStageText } from '@renderer/i18n/backup'
import { isElectron, openFile } from '@renderer/platform/bridge'
import { useUi } from '@renderer/store/ui'
import { applyBackup, errorText, exportAndSave, OPEN_FILTERS, readBackup, type ReadResult } from './actions'
import { useBackupStatus } from './backupStatus'
import { ImportPreview } from './ImportPreview'
import { PasswordChoice } from './PasswordChoice'
import './backup.css'

type Busy = null | 'export' | 'read' | 'apply'
type Message = { kind: 'ok' | 'error'; text: string } | null

/** In Electron the file also crosses the bridge, which has its own ceiling. */
const openLimit = () => (isElectron() ? Math.min(MAX_BRIDGE_FILE_BYTES, MAX_BACKUP_BYTES) : MAX_BACKUP_BYTES)

export const formatTime = (iso: string): string => formatStockholmTime(iso)

export default function BackupArea() {
  const { status, refresh } = useBackupStatus()
  const setProfile = useUi((s) => s.setProfile)
  const [boards, setBoards] = useState<BoardRecord[]>([])
  const [boardId, setBoardId] = useState('')
  const [busy, setBusy] = useState<Busy>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const [exportMessage, setExportMessage] = useState<Message>(null)
  const [importMessage, setImportMessage] = useState<Message>(null)
  const [askPassword, setAskPassword] = useState<null | { kind: 'all' } | { kind: 'board'; boardId: string }>(null)
  const [locked, setLocked] = useState<{ name: string; bytes: Uint8Array } | null>(null)
  const [unlockPassword, setUnlockPassword] = useState('')
  const [prepared, setPrepared] = useState<(ReadResult & { file: string }) | null>(null)
  const abort = useRef<AbortController | null>(null)
  const boardSelectId = useId()
  const unlockId = useId()

  useEffect(() => {
    void refresh()
    void listBoards(true).then((list) => {
      setBoards(list)
      setBoardId((id) => id || list[0]?.id || '')
    })
  }, [refresh])

  const doExport = async (password: string | null) => {
    if (!askPassword) return
    setBusy('export')
    setExportMessage(null)
    try {
      const result = await exportAndSave(askPassword, password, setProgress)
      setAskPassword(null)
      setExportMessage({ kind: 'ok', text: result.saved ? t.exported(result.fileName) : t.exportCancelled })
      await refresh()
    } catch (error) {
      setExportMessage({ kind: 'error', text: errorText(error, t.exportFailed) })
    } finally {
      setBusy(null)
      setProgress(null)
    }
  }

  const check = async (file: { name: string; bytes: Uint8Array }, password?: string) => {
    setBusy('read')
    setImportMessage(null)
    const controller = new AbortController()
    abort.current = controller
    try {
      const result = await readBackup(file.bytes, { password, signal: controller.signal, onProgress: setProgress })
      setLocked(null)
      setUnlockPassword('')
      setPrepared({ ...result, file: file.name })
    } catch (error) {
      if (error instanceof BackupError && (error.code === 'password-required' || error.code === 'wrong-password')) {
        setLocked(file)
        if (error.code === 'wrong-password') setImportMessage({ kind: 'error', text: errorText(error, t.importFailed) })
      } else {
        setLocked(null)
        setImportMessage({ kind: 'error', text: errorText(error, t.importFailed) })
      }
    } finally {
      abort.current = null
      setBusy(null)
      setProgress(null)
    }
  }

  const chooseFile = async () => {
    setImportMessage(null)
    setPrepared(null)
    setLocked(null)
    const picked = await openFile(OPEN_FILTERS, openLimit())
    if (!picked.opened) {
      if (picked.reason === 'too-large') setImportMessage({ kind: 'error', text: t.fileTooLarge })
      return
    }
    await check({ name: picked.name, bytes: picked.bytes })
  }

  const apply = async (mode: ImportMode, confirmedOther: boolean) => {
    if (!prepared) return
    setBusy('apply')
    try {
      const report = await applyBackup(prepared.backup, mode, confirmedOther, setProgress)
      setPrepared(null)
      setImportMessage({ kind: 'ok', text: t.done(report.totals.added, report.totals.replaced, report.totals.removed) })
      setProfile((await getProfile()) ?? null)
      setBoards(await listBoards(true))
      await refresh()
    } catch (error) {
      setImportMessage({ kind: 'error', text: errorText(error, t.importFailed) })
    } finally {
      setBusy(null)
      setProgress(null)
    }
  }

  const stage = progress ? progressStageText[progress.stage] : null

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
          <button type="button" onClick={() => setAskPassword({ kind: 'all' })} disabled={busy !== null}>
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
              <button
                type="button"
                className="secondary"
                onClick={() => setAskPassword({ kind: 'board', boardId })}
                disabled={busy !== null || !boardId}
              >
                {t.exportBoard}
              </button>
            </div>
          </div>
        )}
        {askPassword && (
          <PasswordChoice busy={busy === 'export'} onConfirm={(pw) => void doExport(pw)} onCancel={() => setAskPassword(null)} />
        )}
        <div role="status" aria-live="polite">
          {busy === 'export' && <p>{stage ?? t.exporting}</p>}
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
        {locked && (
          <form
            className="backup-unlock"
            onSubmit={(e) => {
              e.preventDefault()
              if (unlockPassword) void check(locked, unlockPassword)
            }}
          >
            <h3>{t.importPasswordTitle}</h3>
            <div className="field">
              <label htmlFor={unlockId}>{t.importPasswordLabel}</label>
              <input
                id={unlockId}
                type="password"
                autoComplete="off"
                value={unlockPassword}
                onChange={(e) => setUnlockPassword(e.target.value)}
                autoFocus
              />
            </div>
            <div className="actions">
              <button type="submit" disabled={busy !== null || !unlockPassword}>
                {t.importPasswordSubmit}
              </button>
              <button type="button" className="secondary" onClick={() => setLocked(null)} disabled={busy !== null}>
                {t.cancel}
              </button>
            </div>
          </form>
        )}
        <div role="status" aria-live="polite">
          {busy === 'read' && <p>{stage ?? t.reading}</p>}
          {busy === 'apply' && <p>{stage ?? t.applying}</p>}
          {importMessage?.kind === 'ok' && <p className="notice ok">{importMessage.text}</p>}
        </div>
        {busy === 'read' && (
          <div className="actions">
            <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
              {t.cancelReading}
            </button>
          </div>
        )}
        {importMessage?.kind === 'error' && (
          <p className="notice danger" role="alert">
            {importMessage.text}
          </p>
        )}
        {prepared && (
          <ImportPreview
            fileName={prepared.file}
            previews={prepared.previews}
            localBoardIds={new Set(boards.map((b) => b.id))}
            busy={busy === 'apply'}
            onConfirm={(mode, confirmedOther) => void apply(mode, confirmedOther)}
            onCancel={() => setPrepared(null)}
          />
        )}
      </section>
    </section>
  )
}
