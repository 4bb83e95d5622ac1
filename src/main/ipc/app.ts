import { app, ipcMain, shell } from 'electron'
import { channels, requestSchemas, type AppInfo } from '@shared/ipc'
import { isSafeExternalUrl } from '../security'
import { validated } from './validated'

export function registerAppIpc(devOrigin: string | null): void {
  ipcMain.handle(
    channels.appInfo,
    validated(requestSchemas.appInfo, devOrigin, (): AppInfo => ({
      name: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      platform: process.platform,
      userData: app.getPath('userData')
    }))
  )
  ipcMain.handle(
    channels.openExternal,
    validated(requestSchemas.openExternal, devOrigin, async ({ url }) => {
      if (!isSafeExternalUrl(url)) return false
      await shell.openExternal(url)
      return true
    })
  )
}
