/** The connection guide's state per board, as stored in `boards.connection` and `taskStates`. */

export type StepId = 'stam-av' | 'fatta-beslut' | 'teckna-avtal' | 'for-dialog' | 'stall-krav'

export const STEP_IDS: readonly StepId[] = ['stam-av', 'fatta-beslut', 'teckna-avtal', 'for-dialog', 'stall-krav']

export type TaskStatus = 'not-started' | 'in-progress' | 'done' | 'not-applicable'

export type TaskState = {
  boardId: string
  taskId: string
  status: TaskStatus
  /** Required when status is 'not-applicable'. */
  reason?: string
  owner?: string
  /** YYYY-MM-DD */
  dueDate?: string
  note?: string
  updatedAt: string
}

export type SendMethod = 'post' | 'e-post'

/** The decision to connect (step 2, Fatta beslut). */
export type Decision = {
  body?: string
  /** YYYY-MM-DD */
  date?: string
  paragraph?: string
  diarienummer?: string
}

/** Step 3, Teckna avtal: the five sub-steps from FK's description, each with the date it happened. */
export type AgreementProcess = {
  termsReadDate?: string
  sent?: { date: string; method: SendMethod }
  /** The date FK received the agreement: the working-day forecast counts from here. */
  fkReceivedDate?: string
  qualityAssuredDate?: string
  approvedDate?: string
  registeredDate?: string
}

export type AgreementSubStepId = 'terms-read' | 'sent' | 'quality-assured' | 'approved' | 'registered'

/**
 * Transportstyrelsen's written consent for direct access to Vägtrafikregistret, in four states:
 * held (with the date it was granted), applied for (with the application date), missing
 * (Transportstyrelsen contacts the municipality after the agreement reaches FK) and not known.
 * The application and grant dates are separate fields, so one never stands in for the other.
 * (Older records had a fifth kind, 'granted', which reads as 'have'; see state.ts.)
 */
export type Consent =
  | { kind: 'unknown' }
  | {
      kind: 'have'
      /** YYYY-MM-DD the consent was granted. */ grantedDate?: string
      reference?: string
      /** Kept from an earlier application. */ appliedDate?: string
    }
  | { kind: 'not-yet' }
  | { kind: 'applied'; /** YYYY-MM-DD the application was sent. */ appliedDate?: string }

export type ConsentKind = Consent['kind']

export type ConnectionState = {
  decision: Decision
  agreement: AgreementProcess
  consent: Consent
}

export const emptyConnectionState = (): ConnectionState => ({ decision: {}, agreement: {}, consent: { kind: 'unknown' } })

/** True when the consent is held, so the normal 10–15 working-day window applies. */
export const consentHeld = (consent: Consent): boolean => consent.kind === 'have'
