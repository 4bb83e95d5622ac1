// Placeholder screen from the foundation; replaced when its feature is built.
export default function AgreementArea() {
  return (
    <section aria-labelledby="agreement-title">
      <h1 id="agreement-title">Avtal</h1>
      <p>Här fyller ni i, undertecknar och exporterar anslutningsavtalet.</p>
    </section>
  )
}
