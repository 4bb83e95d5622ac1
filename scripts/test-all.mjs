// `npm test`: typecheck, lint, format check, unit tests, build, end-to-end tests, security gate — then one plain
// summary line that CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
const totals = { passed: 0, failed: 0, skipped: 0 }
mkdirSync('reports', { recursive: true })

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  console.log(`=== ${label}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return r.status === 0
}

/** A step that is itself one check (typecheck, lint, build, security gate). */
function step(label, cmd, args) {
  const ok = run(label, cmd, args)
  totals[ok ? 'passed' : 'failed'] += 1
  return ok
}

step('typecheck', 'npm', ['run', '-s', 'typecheck'])
step('lint', 'npm', ['run', '-s', 'lint'])
step('format', 'npm', ['run', '-s', 'format:check'])

rmSync('reports/unit.json', { force: true })
run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'])
if (existsSync('reports/unit.json')) {
  const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'))
  totals.passed += unit.numPassedTests
  totals.failed += unit.numFailedTests + (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0 ? unit.numFailedTestSuites : 0)
  totals.skipped += unit.numPendingTests + unit.numTodoTests
} else {
  totals.failed += 1
}

const built = step('build', 'npm', ['run', '-s', 'build'])

if (built) {
  rmSync('reports/e2e.json', { force: true })
  run('e2e', 'npx', ['playwright', 'test'], { PW_REPORTER: 'json', PW_JSON: 'reports/e2e.json' })
  if (existsSync('reports/e2e.json')) {
    const { stats } = JSON.parse(readFileSync('reports/e2e.json', 'utf8'))
    totals.passed += stats.expected + stats.flaky
    totals.failed += stats.unexpected
    totals.skipped += stats.skipped
  } else {
    totals.failed += 1
  }
  step('security', 'node', ['scripts/security-gate.mjs'])
  step('packaging layout', 'node', ['scripts/dist-check.mjs', '--skip-build'])
} else {
  totals.failed += 3
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed > 0 ? 1 : 0)
