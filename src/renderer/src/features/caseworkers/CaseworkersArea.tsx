// Placeholder screen from the foundation; replaced when its feature is built.
export default function CaseworkersArea() {
  return (
    <section aria-labelledby="caseworkers-title">
      <h1 id="caseworkers-title">Handläggare</h1>
      <p>Här följer ni upp handläggarnas påminnelser.</p>
    </section>
  )
}
