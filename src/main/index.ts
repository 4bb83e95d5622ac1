import { join } from 'node:path'
import { app, BrowserWindow, Menu, protocol, session, shell } from 'electron'
import { registerAppIpc } from './ipc/app'
import { registerFileIpc } from './ipc/files'
import { refusedLaunchReason } from './launchGuard'
import { appMenuTemplate } from './menu'
import { createAppProtocolHandler, rendererRootFrom } from './protocol'
import { APP_ORIGIN, APP_SCHEME, devServerOrigin, hardenSession, hardenWebContents, isSafeExternalUrl } from './security'

// Checked before anything else runs: a debugging port would expose the app and its data. A
// development run keeps them, with a warning: Playwright drives Electron through exactly these
// switches, and a developer's checkout holds no municipality's data.
const launchProblem = refusedLaunchReason(process.argv, (name) => app.commandLine.hasSwitch(name))
const refusal = launchProblem !== null && app.isPackaged
if (refusal) {
  console.error(`Anslutningsguiden startar inte: ${launchProblem}.`)
  app.exit(1)
} else if (launchProblem) console.warn(`Utvecklingsläge: ${launchProblem}, men appen är inte paketerad och startar ändå.`)

// Every renderer runs in Chromium's sandbox, whatever a window's own options say.
app.enableSandbox()

// Registered before `ready`: a standard, secure scheme gets its own origin, so IndexedDB works
// and stays in the app's profile folder. The code cache lets V8 reuse the start-up script's compiled
// code from the previous start instead of compiling it again at every window (a custom scheme has
// none unless asked for).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
])

const devOrigin = devServerOrigin(process.env, app.isPackaged)
const openExternal = (url: string): void => {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

if (refusal || !app.requestSingleInstanceLock()) {
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
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(app.isPackaged)))
    hardenSession(session.defaultSession, devOrigin, app.isPackaged)
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
