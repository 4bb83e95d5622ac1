import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png'
}

/**
 * Serves the app at /app/ and the bench pages at /bench/ from one origin, so they share IndexedDB.
 * `headers` adds response headers per mount (the app gets the Content-Security-Policy header that
 * Electron's app:// protocol sends).
 */
export function startServer(mounts, port = 0, headers = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const mount = Object.keys(mounts).find((m) => url.pathname.startsWith(m))
    if (!mount) return void res.writeHead(404).end()
    const root = resolve(mounts[mount])
    const file = resolve(root, normalize(decodeURIComponent(url.pathname.slice(mount.length)) || 'index.html'))
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || statSync(file).isDirectory())
      return void res.writeHead(404).end()
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers[mount]
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` })))
}
export { join }
