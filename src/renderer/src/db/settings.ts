import { readProfile } from '@renderer/domain/records/recordShapes'
import { noteDamagedRecord } from './damagedRecords'
import { db } from './database'
import { nowIso } from './ids'
import type { MunicipalityProfile } from './types'

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = await db().settings.get(key)
  return row?.value as T | undefined
}

export async function putSetting<T>(key: string, value: T): Promise<void> {
  await db().settings.put({ key, value })
}

/**
 * The municipality profile, read defensively: wrong-typed fields come back empty and the record is
 * noted as damaged (the shell then says so and points to restoring a backup) instead of breaking
 * every screen that shows the municipality's name.
 */
export async function getProfile(): Promise<MunicipalityProfile | undefined> {
  const { profile, damaged } = readProfile(await getSetting<unknown>('profile'))
  if (damaged.length) noteDamagedRecord('settings', 'profile')
  return profile ?? undefined
}

export async function saveProfile(
  profile: Omit<MunicipalityProfile, 'createdAt' | 'updatedAt'> & { createdAt?: string }
): Promise<MunicipalityProfile> {
  const now = nowIso()
  const full: MunicipalityProfile = { ...profile, createdAt: profile.createdAt ?? now, updatedAt: now }
  await putSetting('profile', full)
  return full
}
