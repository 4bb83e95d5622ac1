/**
 * Life after go-live, per board: contact persons with their history, reorganisations that move the
 * connection to another nämnd, new versions of Försäkringskassan's Allmänna villkor with the
 * re-read they call for, and termination (uppsägning). Everything is a recorded event; nothing is
 * changed in place, so the history is always complete.
 */
import type { Contact } from '../agreement/types'

export type ContactRole = 'admin' | 'technical'
export const CONTACT_ROLES: readonly ContactRole[] = ['admin', 'technical']

type EventBase = {
  id: string
  boardId: string
  /** When it was recorded in the app (ISO time). */
  recordedAt: string
}

/** A contact person for one role from a date on; the latest `from` on or before a day is the one in force. */
export type ContactEntry = EventBase & {
  kind: 'contact'
  role: ContactRole
  contact: Contact
  /** YYYY-MM-DD from which the person is the contact. */
  from: string
  /** Why the contact changed. The first entry taken from the agreement says so through `source`. */
  reason: string
  /** 'agreement': copied from the agreement draft when the history started. */
  source?: 'agreement'
}

/** The connection moved to another nämnd (or organisational unit): the board's name changes, the old one is kept here. */
export type ReorganisationEvent = EventBase & {
  kind: 'reorganisation'
  fromName: string
  toName: string
  /** The organisational unit (förvaltning) that handles ekonomiskt bistånd after the change. */
  unit?: string
  /** YYYY-MM-DD the change took effect. */
  date: string
  /** The decision's reference, e.g. "KF 2027-02-14 § 12, dnr KS 2027/45". */
  decisionReference?: string
}

/** Försäkringskassan published a new version of the Allmänna villkor. */
export type TermsVersionEvent = EventBase & {
  kind: 'terms-version'
  version: string
  /** YYYY-MM-DD of the version as Försäkringskassan dates it. */
  date: string
}

/** Someone read a version of the Allmänna villkor: closes its re-read task. */
export type TermsReadEvent = EventBase & {
  kind: 'terms-read'
  termsVersionId: string
  by: string
  /** YYYY-MM-DD */
  date: string
}

/** The connection was terminated (uppsägning). */
export type TerminationEvent = EventBase & {
  kind: 'termination'
  /** YYYY-MM-DD */
  date: string
  reason: string
  by: string
}

export type GoLiveEvent = ContactEntry | ReorganisationEvent | TermsVersionEvent | TermsReadEvent | TerminationEvent
export type GoLiveEventKind = GoLiveEvent['kind']
export const GO_LIVE_EVENT_KINDS: readonly GoLiveEventKind[] = ['contact', 'reorganisation', 'terms-version', 'terms-read', 'termination']
