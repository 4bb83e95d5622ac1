import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { elementOf, type SavedNode } from './tree'

// Bench row 1c: the app's first screen, saved as a tree when the bench started (bench/run.mjs,
// snapshotFirstView), rendered by React as the app renders it (createRoot, then flushSync) but with
// none of the app's own code: no database, no app modules, no components. What the screen costs with
// React alone. The bench writes the tree into the page as JSON (no request of its own).

// As the app's main.tsx does: the start-up code has been parsed and evaluated (the bench's "skript").
performance.mark('ag:script-evaluated')
const saved = document.getElementById('first-view-tree')?.textContent
if (!saved) throw new Error('Första vyns träd saknas: öppna screen.html, som npm run bench skriver')
const tree = JSON.parse(saved) as SavedNode[]
const root = createRoot(document.getElementById('root')!)
flushSync(() => root.render(tree.map(elementOf)))
