import { contextBridge, ipcRenderer } from 'electron'
import { channels } from '@shared/channels'
import type { BridgeApi } from '@shared/ipc'

// One method per channel; ipcRenderer itself never reaches the page.
const bridge = {
  saveFile: (req) => ipcRenderer.invoke(channels.saveFile, req),
  openFile: (req) => ipcRenderer.invoke(channels.openFile, req),
  appInfo: () => ipcRenderer.invoke(channels.appInfo),
  openExternal: (req) => ipcRenderer.invoke(channels.openExternal, req)
} satisfies BridgeApi

contextBridge.exposeInMainWorld('bridge', bridge)
