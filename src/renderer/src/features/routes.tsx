import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { sv } from '@renderer/i18n/sv'

export type AreaProps = { params: string[] }

export type Area = {
  /** The hash path segment, e.g. "anslutning". */
  path: string
  label: string
  component: LazyExoticComponent<ComponentType<AreaProps>>
}

// Each area loads on first visit, so the first screen stays small (PDF and signature code
// never load until they are needed).
export const areas: Area[] = [
  { path: 'anslutning', label: sv.nav.connection, component: lazy(() => import('./connection/ConnectionArea')) },
  { path: 'avtal', label: sv.nav.agreement, component: lazy(() => import('./agreement/AgreementArea')) },
  { path: 'handlaggare', label: sv.nav.caseworkers, component: lazy(() => import('./caseworkers/CaseworkersArea')) },
  { path: 'sakerhetskopiering', label: sv.nav.backup, component: lazy(() => import('./backup/BackupArea')) },
  { path: 'installningar', label: sv.nav.settings, component: lazy(() => import('./settings/SettingsArea')) }
]

export const defaultArea = areas[0]!

export function findArea(path: string): Area {
  return areas.find((a) => a.path === path) ?? defaultArea
}
