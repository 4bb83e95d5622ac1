// Apart from backup.ts: the reminder shows in the frame on the first screen, which should not load
// the whole backup area's wording to say one sentence.
export const backupReminderText = {
  reminderTitle: 'Påminnelse om säkerhetskopia',
  reminderNever: (days: number) => `Det har gått ${days} dagar utan säkerhetskopia av appens data.`,
  reminderOld: (days: number) => `Det har gått ${days} dagar sedan den senaste säkerhetskopian.`,
  reminderLink: 'Gör en säkerhetskopia nu'
}
