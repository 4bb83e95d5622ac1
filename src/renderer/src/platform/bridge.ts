import type { AppInfo, BridgeApi, OpenFileResult, SaveFileResult } from '@shared/ipc'
import { isAllowedSaveName } from '@shared/fileTypes'
import { safeNamePart } from '@renderer/domain/text/fileNames'

/**
 * The only way the renderer reaches the operating system. In Electron it uses the preload's
 * `window.bridge`; in a plain browser it falls back to a download link and `<input type=file>`,
 * so the whole app also runs (and is tested) in Chromium.
 */
declare global {
  interface Window {
    bridge?: BridgeApi
  }
}

export type FileFilter = { name: string; extensions: string[] }

const electronBridge = (): BridgeApi | undefined => (typeof window !== 'undefined' ? window.bridge : undefined)

export const isElectron = (): boolean => electronBridge() !== undefined

export async function saveFile(suggestedName: string, bytes: Uint8Array, filters?: FileFilter[]): Promise<SaveFileResult> {
  const bridge = electronBridge()
  if (bridge) return bridge.saveFile({ suggestedName, bytes, filters })
  const type = suggestedName.toLowerCase().endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream'
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = suggestedName
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { saved: true, path: suggestedName }
}

/**
 * Saves a file the user attached earlier. Types that could run when opened (a `.doc` with macros,
 * an `.exe`) are never written as they are: they are packed in a zip, so nothing is lost and
 * opening it takes a deliberate step.
 */
export async function saveStoredFile(name: string, bytes: Uint8Array): Promise<SaveFileResult> {
  const safe = safeNamePart(name, 150)
  if (isAllowedSaveName(safe)) return saveFile(safe, bytes)
  const { zipSync } = await import('fflate')
  return saveFile(`${safe}.zip`, zipSync({ [safe]: bytes }, { level: 0 }), [{ name: 'Zip', extensions: ['zip'] }])
}

/** Asks the user for a file. Must be called from a user gesture (a click) in the browser. */
export async function openFile(filters?: FileFilter[], maxBytes = 50 * 1024 * 1024): Promise<OpenFileResult> {
  const bridge = electronBridge()
  if (bridge) return bridge.openFile({ filters, maxBytes })
  const input = document.createElement('input')
  input.type = 'file'
  input.style.display = 'none'
  if (filters?.length) input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
  document.body.append(input)
  try {
    const file = await new Promise<File | null>((resolve) => {
      input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
      input.addEventListener('cancel', () => resolve(null), { once: true })
      input.click()
    })
    if (!file) return { opened: false, reason: 'cancelled' }
    if (file.size > maxBytes) return { opened: false, reason: 'too-large' }
    return { opened: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } finally {
    input.remove()
  }
}

export async function appInfo(): Promise<AppInfo> {
  const bridge = electronBridge()
  if (bridge) return bridge.appInfo()
  return {
    name: 'Anslutningsguiden',
    version: import.meta.env.VITE_APP_VERSION ?? 'utveckling',
    electron: '',
    chrome: navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '',
    platform: 'webbläsare',
    userData: 'webbläsarens profil (IndexedDB)'
  }
}

/** Opens an e-mail draft. Only mailto: links are ever handed to the operating system. */
export async function openMailDraft(mailtoUrl: string): Promise<boolean> {
  if (!mailtoUrl.startsWith('mailto:')) return false
  const bridge = electronBridge()
  if (bridge) return bridge.openExternal({ url: mailtoUrl })
  window.location.href = mailtoUrl
  return true
}
