import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react'
import type SignaturePad from 'signature_pad'
import { ag } from '@renderer/i18n/agreement'
import { createSignaturePad } from '@renderer/ui/signaturePad'
import { trimmedCanvasPng } from './signatureImage'

export type SignaturePadHandle = { isEmpty: () => boolean; toPng: () => Promise<Uint8Array>; clear: () => void }

/** A drawing surface for mouse, pen and touch; signature_pad is loaded only when this appears. */
export const SignaturePadField = forwardRef<SignaturePadHandle, { onDrawn?: () => void }>(function SignaturePadField({ onDrawn }, ref) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const pad = useRef<SignaturePad | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let cancelled = false
    const canvas = canvasRef.current
    if (!canvas) return
    void createSignaturePad(canvas, { penColor: 'rgb(20, 30, 110)', backgroundColor: 'rgba(0,0,0,0)', minWidth: 0.8, maxWidth: 2.6 }).then(
      (created) => {
        if (cancelled) return void created.off()
        pad.current = created
        pad.current.addEventListener('endStroke', () => onDrawn?.())
        setReady(true)
      }
    )
    return () => {
      cancelled = true
      pad.current?.off()
    }
  }, [onDrawn])

  useImperativeHandle(ref, () => ({
    isEmpty: () => !pad.current || pad.current.isEmpty(),
    toPng: () => trimmedCanvasPng(canvasRef.current!),
    clear: () => pad.current?.clear()
  }))

  return (
    <div className="signature-pad">
      <canvas ref={canvasRef} className="signature-canvas" role="img" aria-label={ag.signing.pad} data-ready={ready ? 'true' : 'false'} />
      <button type="button" className="secondary" onClick={() => pad.current?.clear()}>
        {ag.signing.clear}
      </button>
    </div>
  )
})
