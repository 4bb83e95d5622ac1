// `npm run bench:check`: compares reports/bench.json with the budgets and exits non-zero where one
// is missed. For use by hand; CI never fails on a timing.
import { readFileSync } from 'node:fs'

// Start-up is budgeted as ratios to the minimal Vite + React page measured in the same
// run, which hold on a noisy machine: cold start ≤ 1.5×, initial JS (gzip) ≤ 1.6×.
const budgets = [
  { match: /^1\./, ratio: 1.5 },
  { match: /^2\./, ratio: 1.6 },
  { match: /^3\./, median: 300 },
  { match: /^5\./, median: 2000, ratio: 4 },
  { match: /^6a\./, median: 500 },
  { match: /^6b\./, p95: 100 },
  { match: /^7\./, p95: 50 },
  // Backups: export and import (ersätt) each ≤ 4 s, import ≤ 1.5× the export of the same run, peak
  // JS heap during import ≤ 2× the file. Import into an empty database (8e) has no budget of its own.
  { match: /^8a\./, median: 4000 },
  { match: /^8b\./, median: 4000, ratio: 1.5, heapPerFile: 2 },
  { match: /^8c\./, median: 4000 },
  { match: /^8d\./, median: 4000, ratio: 1.5, heapPerFile: 2 },
  { match: /^8e\./, heapPerFile: 2 }
]

const { rows } = JSON.parse(readFileSync('reports/bench.json', 'utf8'))
let missed = 0
for (const b of budgets) {
  const row = rows.find((r) => b.match.test(r.scenario))
  if (!row) continue
  if (row.notBuilt) {
    console.log(`–  ${row.scenario}: not built yet`)
    continue
  }
  const problems = []
  if (b.median !== undefined && row.median > b.median) problems.push(`median ${row.median.toFixed(1)} > ${b.median}`)
  if (b.p95 !== undefined && row.p95 > b.p95) problems.push(`p95 ${row.p95.toFixed(1)} > ${b.p95}`)
  if (b.ratio !== undefined && row.ratio > b.ratio) problems.push(`kvot ${row.ratio.toFixed(2)} > ${b.ratio}`)
  const heap = row.extra?.heapPeakMb / row.extra?.fileMb
  if (b.heapPerFile !== undefined && !(heap <= b.heapPerFile)) problems.push(`JS-heap ${heap.toFixed(2)}× filen > ${b.heapPerFile}`)
  console.log(`${problems.length ? '✗' : '✓'}  ${row.scenario}${problems.length ? ': ' + problems.join(', ') : ''}`)
  missed += problems.length ? 1 : 0
}
process.exit(missed ? 1 : 0)
