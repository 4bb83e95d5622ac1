// Placeholder screen from the foundation; replaced when its feature is built.
export default function BackupArea() {
  return (
    <section aria-labelledby="backup-title">
      <h1 id="backup-title">Säkerhetskopiering</h1>
      <p>Här gör ni säkerhetskopior och återställer data.</p>
    </section>
  )
}
