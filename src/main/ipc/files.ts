import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { BrowserWindow, dialog, ipcMain } from 'electron'
import { channels, requestSchemas, type OpenFileResult, type SaveFileResult } from '@shared/ipc'
import { fileExtension, isAllowedSaveExtension } from '@shared/fileTypes'
import { writeFileAtomic } from '../fs/atomicWrite'
import { IpcRefusedError, validated } from './validated'

const DEFAULT_MAX = 50 * 1024 * 1024

export function registerFileIpc(devOrigin: string | null): void {
  ipcMain.handle(
    channels.saveFile,
    validated(requestSchemas.saveFile, devOrigin, async (req, event): Promise<SaveFileResult> => {
      const win = BrowserWindow.fromWebContents(event.sender)
      const options = { defaultPath: req.suggestedName, filters: req.filters }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return { saved: false }
      // The user may type any name; a name without an extension cannot run, one with a foreign
      // extension (x.exe typed over x.pdf) is refused like a renderer asking for it.
      const typed = fileExtension(result.filePath)
      if (typed && !isAllowedSaveExtension(typed)) throw new IpcRefusedError('Otillåten filtyp')
      await writeFileAtomic(result.filePath, req.bytes)
      return { saved: true, path: result.filePath }
    })
  )
  ipcMain.handle(
    channels.openFile,
    validated(requestSchemas.openFile, devOrigin, async (req, event): Promise<OpenFileResult> => {
      const win = BrowserWindow.fromWebContents(event.sender)
      const options = { properties: ['openFile' as const], filters: req.filters }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      const path = result.filePaths[0]
      if (result.canceled || !path) return { opened: false, reason: 'cancelled' }
      const info = await stat(path)
      if (info.size > (req.maxBytes ?? DEFAULT_MAX)) return { opened: false, reason: 'too-large' }
      return { opened: true, name: basename(path), bytes: new Uint8Array(await readFile(path)) }
    })
  )
}
