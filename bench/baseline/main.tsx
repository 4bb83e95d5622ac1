import { createRoot } from 'react-dom/client'

// The smallest React page with the same landmarks the cold-start probe waits for.
createRoot(document.getElementById('root')!).render(
  <>
    <nav aria-label="Huvudmeny">
      <a href="#/">Start</a>
    </nav>
    <main>
      <h1>Baslinje</h1>
    </main>
  </>
)
