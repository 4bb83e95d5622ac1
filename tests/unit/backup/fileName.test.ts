import { describe, expect, it } from 'vitest'
import { backupFileName } from '@renderer/db/backup/exportBackup'
import { safeFileName } from '@shared/ipc'

describe('backup file name', () => {
  it('names the municipality, the board for a one-board file, and the local date', () => {
    const exportedAt = new Date(2026, 10, 26, 23, 59).toISOString()
    expect(backupFileName({ exportedAt, municipality: { code: '1480', name: 'Göteborg' }, scope: { kind: 'all' } })).toBe(
      'Anslutningsguiden säkerhetskopia Göteborg 2026-11-26.asgkopia'
    )
    expect(
      backupFileName({ exportedAt, municipality: null, scope: { kind: 'board', boardId: 'b', boardName: 'Vuxen- och utbildningsnämnden' } })
    ).toBe('Anslutningsguiden säkerhetskopia Vuxen- och utbildningsnämnden 2026-11-26.asgkopia')
  })

  it('is always a name the save dialog accepts', () => {
    const name = backupFileName({
      exportedAt: new Date().toISOString(),
      municipality: { code: '0', name: 'A/B:C*?"<>|\u0001' },
      scope: { kind: 'board', boardId: 'b', boardName: 'x'.repeat(300) }
    })
    expect(safeFileName.safeParse(name).success).toBe(true)
    expect(name.endsWith('.asgkopia')).toBe(true)
  })
})
