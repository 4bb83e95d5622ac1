/**
 * Fonts shipped in resources/fonts and loaded locally, never from the web. The same code runs in
 * the browser/Electron (Vite turns these URLs into bundled assets) and in Node for unit and
 * acceptance tests (file: URLs read from disk).
 */
export type FontName = 'sans' | 'sans-bold' | 'handwriting'

const FONT_URLS: Record<FontName, URL> = {
  sans: new URL('../../../../resources/fonts/DejaVuSans.ttf', import.meta.url),
  'sans-bold': new URL('../../../../resources/fonts/DejaVuSans-Bold.ttf', import.meta.url),
  // Caveat (OFL, from npm @expo-google-fonts/caveat) for typed signatures.
  handwriting: new URL('../../../../resources/fonts/Caveat-Regular.ttf', import.meta.url)
}

const cache = new Map<string, Promise<Uint8Array>>()

export async function loadAssetBytes(url: URL): Promise<Uint8Array> {
  if (url.protocol === 'file:') {
    // Kept out of the browser bundle: only Node reaches this branch.
    const fsModule = 'node:fs/promises'
    const urlModule = 'node:url'
    const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises')
    const { fileURLToPath } = (await import(/* @vite-ignore */ urlModule)) as typeof import('node:url')
    return new Uint8Array(await readFile(fileURLToPath(url)))
  }
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Kunde inte läsa ${url.pathname} (${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

export function loadFont(name: FontName): Promise<Uint8Array> {
  const key = name
  let bytes = cache.get(key)
  if (!bytes) {
    bytes = loadAssetBytes(FONT_URLS[name])
    cache.set(key, bytes)
    bytes.catch(() => cache.delete(key))
  }
  return bytes
}
