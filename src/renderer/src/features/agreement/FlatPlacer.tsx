import { useEffect, useRef, useState } from 'react'
import type { FieldMapping, PlacedBox } from '@renderer/domain/agreement/types'
import { ag, agreementTargets } from '@renderer/i18n/agreement'
import { Field } from '@renderer/ui/Field'
import { renderPdfPage } from './pdfPreview'

const m = ag.mapping
const SCALE = 1.25

/** For a PDF without form fields: the user clicks on the rendered page to place text and signature boxes. */
export function FlatPlacer(props: {
  bytes: Uint8Array
  pageSizes: { width: number; height: number }[]
  initial: FieldMapping | undefined
  signatoryCount: number
  onSave: (mapping: FieldMapping) => Promise<void>
}) {
  const { bytes, pageSizes, initial, signatoryCount, onSave } = props
  const paths = agreementTargets(signatoryCount)
  const [page, setPage] = useState(0)
  const [path, setPath] = useState(paths[0]!.path)
  const [boxes, setBoxes] = useState<PlacedBox[]>(() => [...(initial?.boxes ?? [])])
  const [rendering, setRendering] = useState(true)
  const canvas = useRef<HTMLCanvasElement>(null)
  const size = pageSizes[page]!

  useEffect(() => {
    let cancelled = false
    setRendering(true)
    void renderPdfPage(bytes, page, SCALE, canvas.current!).finally(() => !cancelled && setRendering(false))
    return () => {
      cancelled = true
    }
  }, [bytes, page])

  const addBox = (px: number, py: number) => {
    const kind = paths.find((p) => p.path === path)?.kind ?? 'text'
    const w = kind === 'signature' ? 180 : 220
    const h = kind === 'signature' ? 40 : 16
    // The point marks the box's lower-left corner, where text starts.
    setBoxes((b) => [...b, { page, x: Math.round(px), y: Math.round(py), width: w, height: h, path, kind }])
  }
  const place = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect()
    addBox(((e.clientX - rect.left) / rect.width) * size.width, size.height - ((e.clientY - rect.top) / rect.height) * size.height)
  }
  // Keyboard alternative to clicking: the position in points from the page's lower-left corner.
  const [coords, setCoords] = useState({ x: '', y: '' })
  const placeByCoords = (e: React.FormEvent) => {
    e.preventDefault()
    const x = Number(coords.x)
    const y = Number(coords.y)
    if (Number.isFinite(x) && Number.isFinite(y) && x >= 0 && y >= 0 && x <= size.width && y <= size.height) addBox(x, y)
  }

  const label = (p: string) => paths.find((x) => x.path === p)?.label ?? p

  return (
    <section aria-labelledby="placer-title" className="mapping">
      <h3 id="placer-title">{m.flatTitle}</h3>
      <p>{m.flatIntro}</p>
      <Field label={m.place}>
        <select value={path} onChange={(e) => setPath(e.target.value)}>
          {paths.map((p) => (
            <option key={p.path} value={p.path}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="actions">
        <button type="button" className="secondary" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
          {m.prevPage}
        </button>
        <span>{m.page(page + 1, pageSizes.length)}</span>
        <button type="button" className="secondary" disabled={page >= pageSizes.length - 1} onClick={() => setPage((p) => p + 1)}>
          {m.nextPage}
        </button>
      </div>
      <div className="page-stage" style={{ width: size.width * SCALE }}>
        {rendering && <p className="loading">{m.rendering}</p>}
        <canvas ref={canvas} onClick={place} role="img" aria-label={m.canvas(page + 1)} data-testid="pdf-page" />
        {boxes
          .filter((b) => b.page === page)
          .map((b, i) => (
            <div
              key={i}
              className={`placed-box ${b.kind ?? 'text'}`}
              style={{ left: b.x * SCALE, top: (size.height - b.y - b.height) * SCALE, width: b.width * SCALE, height: b.height * SCALE }}
              aria-hidden="true"
            >
              {label(b.path)}
            </div>
          ))}
      </div>
      <form className="inline-form" onSubmit={placeByCoords}>
        <label htmlFor="box-x">{m.x}</label>
        <input
          id="box-x"
          type="number"
          min={0}
          max={size.width}
          value={coords.x}
          onChange={(e) => setCoords((c) => ({ ...c, x: e.target.value }))}
        />
        <label htmlFor="box-y">{m.y}</label>
        <input
          id="box-y"
          type="number"
          min={0}
          max={size.height}
          value={coords.y}
          onChange={(e) => setCoords((c) => ({ ...c, y: e.target.value }))}
        />
        <button type="submit" className="secondary">
          {m.placeAt}
        </button>
      </form>
      <h4>{m.boxes}</h4>
      {boxes.length === 0 ? (
        <p>{m.noBoxes}</p>
      ) : (
        <ul>
          {boxes.map((b, i) => (
            <li key={i}>
              {label(b.path)} – sida {b.page + 1}, x {b.x}, y {b.y}{' '}
              <button type="button" className="secondary" onClick={() => setBoxes((x) => x.filter((_, j) => j !== i))}>
                {m.removeBox}
                <span className="visually-hidden"> {label(b.path)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={() => void onSave({ fields: {}, boxes })}>
          {m.save}
        </button>
      </div>
    </section>
  )
}
