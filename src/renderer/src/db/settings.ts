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

export const getProfile = (): Promise<MunicipalityProfile | undefined> => getSetting<MunicipalityProfile>('profile')

export async function saveProfile(profile: Omit<MunicipalityProfile, 'createdAt' | 'updatedAt'> & { createdAt?: string }): Promise<MunicipalityProfile> {
  const now = nowIso()
  const full: MunicipalityProfile = { ...profile, createdAt: profile.createdAt ?? now, updatedAt: now }
  await putSetting('profile', full)
  return full
}
