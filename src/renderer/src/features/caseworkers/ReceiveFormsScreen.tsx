import { useState, type DragEvent } from 'react'
import { forms } from '@renderer/i18n/caseworkers/undertakingForms'
import { routeHref } from '@renderer/store/ui'
import { importReturnedForms, previewReturnedForms, type IncomingFile, type ReceivedForm } from './actions/undertakingForms'

const MAX_FILE_BYTES = 50 * 1024 * 1024

/** Takes back many filled-in forms at once: a checked preview, then one save for the accepted. */
export default function ReceiveFormsScreen() {
  const [received, setReceived] = useState<ReceivedForm[] | null>(null)
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null)
  const [dragging, setDragging] = useState(false)

  async function readFiles(list: FileList | File[]) {
    const files = [...list]
    if (files.length === 0) return
    setStatus({ kind: 'busy', text: forms.receive.reading(files.length) })
    try {
      const incoming: IncomingFile[] = []
      // An oversized file is not read into memory; its first bytes are enough to refuse it.
      for (const f of files)
        incoming.push({ name: f.name, bytes: new Uint8Array(await (f.size > MAX_FILE_BYTES ? f.slice(0, 1024) : f).arrayBuffer()) })
      setReceived(await previewReturnedForms(incoming))
      setStatus(null)
    } catch (e) {
      setStatus({ kind: 'error', text: `${forms.receive.failed} ${(e as Error)?.message ?? ''}` })
    }
  }

  async function save() {
    if (!received) return
    setStatus({ kind: 'busy', text: forms.receive.reading(received.length) })
    try {
      const { recorded } = await importReturnedForms(received)
      // Read the same files again: they now show as already received, which proves nothing doubles.
      setReceived(await previewReturnedForms(received.map((r) => r.file)))
      setStatus({ kind: 'ok', text: forms.receive.saved(recorded) })
    } catch (e) {
      setStatus({ kind: 'error', text: `${forms.receive.failed} ${(e as Error)?.message ?? ''}` })
    }
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault()
    setDragging(false)
    void readFiles(e.dataTransfer.files)
  }

  const accepted = received?.filter((r) => r.verdict.outcome === 'accepted').length ?? 0
  const attention = received?.filter((r) => r.verdict.outcome === 'needs-attention').length ?? 0
  const already = received?.filter((r) => r.verdict.outcome === 'already-imported').length ?? 0
  const c = forms.receive.columns

  return (
    <section aria-labelledby="cw-receive-title">
      <h1 id="cw-receive-title">{forms.receive.title}</h1>
      <p>{forms.receive.intro}</p>
      <div
        className={`cw-drop${dragging ? ' active' : ''}`}
        role="group"
        aria-label={forms.receive.dropLabel}
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="cw-receive-files" className="button">
          {forms.receive.choose}
        </label>
        <input
          id="cw-receive-files"
          className="visually-hidden"
          type="file"
          multiple
          accept=".pdf,application/pdf"
          onChange={(e) => {
            const list = e.currentTarget.files
            if (list) void readFiles([...list])
            e.currentTarget.value = ''
          }}
        />
        <span>{forms.receive.drop}</span>
      </div>
      {status && (
        <p
          className={`notice ${status.kind === 'ok' ? 'ok' : status.kind === 'error' ? 'danger' : ''}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      {received && (
        <>
          <h2>{forms.receive.previewTitle}</h2>
          <p data-testid="cw-receive-counts">{forms.receive.counts(accepted, attention, already)}</p>
          <div className="cw-summary" style={{ overflowX: 'auto' }}>
            <table>
              <caption className="visually-hidden">{forms.receive.previewCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.file}</th>
                  <th scope="col">{c.person}</th>
                  <th scope="col">{c.version}</th>
                  <th scope="col">{c.date}</th>
                  <th scope="col">{c.result}</th>
                  <th scope="col">{c.reason}</th>
                </tr>
              </thead>
              <tbody>
                {received.map((r, i) => {
                  const v = r.verdict
                  const badge = v.outcome === 'accepted' ? 'ok' : v.outcome === 'already-imported' ? 'muted' : 'danger'
                  const label =
                    v.outcome === 'accepted'
                      ? forms.receive.accepted
                      : v.outcome === 'already-imported'
                        ? forms.receive.alreadyImported
                        : forms.receive.needsAttention
                  return (
                    <tr key={`${i}-${v.fileSha256}`} data-testid="cw-receive-row">
                      <td>{v.fileName}</td>
                      <td>
                        {v.personId && v.personName ? <a href={routeHref('handlaggare', 'person', v.personId)}>{v.personName}</a> : ''}
                      </td>
                      <td>{v.versionNumber ?? ''}</td>
                      <td>{v.signedOn ?? ''}</td>
                      <td>
                        <span className={`badge ${badge}`}>{label}</span>
                      </td>
                      <td>{r.reasonText}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" disabled={accepted === 0 || status?.kind === 'busy'} onClick={() => void save()}>
              {forms.receive.save(accepted)}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setReceived(null)
                setStatus(null)
              }}
            >
              {forms.receive.clear}
            </button>
          </div>
          {accepted === 0 && <p>{forms.receive.nothingToSave}</p>}
        </>
      )}
      <p>
        <a href={routeHref('handlaggare', 'formular-ut')}>{forms.send.link}</a>
      </p>
    </section>
  )
}
