/** Stages a long export or import reports, so the screen can name what is happening. */
export type ProgressStage = 'collecting' | 'packing' | 'encrypting' | 'reading' | 'decrypting' | 'checking' | 'comparing' | 'writing'

export type Progress = { stage: ProgressStage; done: number; total: number }
