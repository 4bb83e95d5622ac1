// IndexedDB for Dexie in Node.
import 'fake-indexeddb/auto'
import fc from 'fast-check'

// A soak run (FC_NUM_RUNS=1000 npx vitest run) tries many more random cases than the everyday
// default, to find property tests that pass only by luck before CI's random seed does.
const soakRuns = Number(process.env.FC_NUM_RUNS)
if (soakRuns > 0) fc.configureGlobal({ numRuns: soakRuns })
