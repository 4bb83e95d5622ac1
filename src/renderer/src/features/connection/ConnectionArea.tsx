// Placeholder screen from the foundation; replaced when its feature is built.
export default function ConnectionArea() {
  return (
    <section aria-labelledby="connection-title">
      <h1 id="connection-title">Anslutning</h1>
      <p>Här följer ni anslutningens fem steg för varje nämnd.</p>
    </section>
  )
}
