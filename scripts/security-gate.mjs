// Runs Electronegativity on the built app and fails on any finding above "note". The tool itself
// always exits 0, so the gate reads its SARIF report.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const sarif = 'reports/electronegativity.sarif'
if (!existsSync('out/main/index.js')) {
  console.error('security gate: out/ is missing; run `npm run build` first')
  process.exit(1)
}
mkdirSync('reports', { recursive: true })
rmSync(sarif, { force: true })
execFileSync('npx', ['electronegativity', '-i', 'out', '-o', sarif, '-r', '-v', 'false', '-e', '45.5.0'], { stdio: 'ignore' })
if (!existsSync(sarif)) {
  console.error('security gate: Electronegativity wrote no report')
  process.exit(1)
}
const results = JSON.parse(readFileSync(sarif, 'utf8')).runs.flatMap((run) => run.results ?? [])
const above = results.filter((r) => (r.level ?? 'warning') !== 'note' && r.level !== 'none')
for (const r of results) {
  const where = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
  console.log(`  ${r.level ?? 'warning'}\t${r.ruleId}\t${where}`)
}
if (above.length > 0) {
  console.error(`security gate: ${above.length} finding(s) above note`)
  process.exit(1)
}
console.log(`security gate: ${results.length} finding(s), none above note`)
