/** Thrown when the database was written by a newer version of the app: we refuse rather than damage it. */
export class NewerDatabaseError extends Error {
  constructor() {
    super(
      'Databasen har skapats av en nyare version av Anslutningsguiden. Installera den nyare versionen, eller återställ en säkerhetskopia, innan du fortsätter. Inget har ändrats.'
    )
    this.name = 'NewerDatabaseError'
  }
}
