// `node bench/profileSummary.mjs reports/backup-backupImport.cpuprofile [top]`: where a CPU profile
// (from BENCH_PROFILE=1) spent its time — idle (waiting on IndexedDB, files, the event loop),
// garbage collection, and the functions with the most time of their own and in total.
import { readFileSync } from 'node:fs'

const [file, topArg] = process.argv.slice(2)
const top = Number(topArg ?? 25)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const self = new Map()
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
}
const label = (n) => {
  const f = n.callFrame
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''
  return `${f.functionName || '(anonymous)'} ${where}`.trim()
}
const selfBy = new Map()
const totalBy = new Map()
let total = 0
for (const [id, ms] of self) {
  total += ms
  const n = byId.get(id)
  selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + ms)
  // Inclusive: every distinct function on the stack once.
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at))
    if (seen.has(l)) continue
    seen.add(l)
    totalBy.set(l, (totalBy.get(l) ?? 0) + ms)
  }
}
const show = (title, map) => {
  console.log(`\n${title}`)
  for (const [l, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${l}`)
}
console.log(`${file}: ${total.toFixed(0)} ms sampled`)
show('Own time', selfBy)
show('Total time (own + called)', totalBy)
