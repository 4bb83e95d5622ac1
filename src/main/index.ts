import { join } from 'node:path'
import { app, BrowserWindow, protocol, session, shell } from 'electron'
import { registerAppIpc } from './ipc/app'
import { registerFileIpc } from './ipc/files'
import { createAppProtocolHandler, rendererRootFrom } from './protocol'
import { APP_ORIGIN, APP_SCHEME, devServerOrigin, hardenSession, hardenWebContents, isSafeExternalUrl } from './security'

// Registered before `ready`: a standard, secure scheme gets its own origin, so IndexedDB works
// and stays in the app's profile folder.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

const devOrigin = devServerOrigin(process.env, app.isPackaged)
const openExternal = (url: string): void => {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin, openExternal))

  const createWindow = (): void => {
    mainWindow = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Anslutningsguiden',
      autoHideMenuBar: true,
      webPreferences: {
        preload: join(__dirname, '../preload/index.js'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        devTools: !app.isPackaged
      }
    })
    mainWindow.on('ready-to-show', () => mainWindow?.show())
    mainWindow.on('closed', () => (mainWindow = null))
    void mainWindow.loadURL(devOrigin ?? `${APP_ORIGIN}/index.html`)
  }

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, devOrigin)
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRootFrom(__dirname)))
    registerFileIpc(devOrigin)
    registerAppIpc(devOrigin)
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
