import { create } from 'zustand'
import type { MunicipalityProfile } from '@renderer/db/types'

export type Route = { area: string; params: string[] }

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  return { area: parts[0] ?? '', params: parts.slice(1) }
}

export function routeHref(area: string, ...params: string[]): string {
  return `#/${[area, ...params].map(encodeURIComponent).join('/')}`
}

type UiState = {
  route: Route
  profile: MunicipalityProfile | null
  /** A short message announced to screen readers in the shell's live region. */
  announcement: string
  /** Alt+N asked for the new-board form; the connection overview opens it and clears this. */
  newBoardRequested: boolean
  setRoute: (route: Route) => void
  setProfile: (profile: MunicipalityProfile | null) => void
  announce: (message: string) => void
  setNewBoardRequested: (requested: boolean) => void
}

export const useUi = create<UiState>((set) => ({
  route: parseHash(typeof location !== 'undefined' ? location.hash : ''),
  profile: null,
  announcement: '',
  newBoardRequested: false,
  setRoute: (route) => set({ route }),
  setProfile: (profile) => set({ profile }),
  announce: (announcement) => set({ announcement }),
  setNewBoardRequested: (newBoardRequested) => set({ newBoardRequested })
}))

export function navigate(area: string, ...params: string[]): void {
  location.hash = routeHref(area, ...params)
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => useUi.getState().setRoute(parseHash(location.hash)))
}
