import { create } from 'zustand'
import { readBackupStatus, type BackupStatus } from '@renderer/db/firstView'

/** The last-backup time and reminder setting, shared by the shell's banner, this area and Inställningar. */
type BackupStatusState = { status: BackupStatus | null; refresh: () => Promise<void> }

export const useBackupStatus = create<BackupStatusState>((set) => ({
  status: null,
  refresh: async () => {
    try {
      set({ status: await readBackupStatus() })
    } catch {
      // No reminder is better than a broken shell; the backup screen shows storage errors itself.
    }
  }
}))
