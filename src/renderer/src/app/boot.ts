import { mark, prefetchFirstView } from '@renderer/db/firstView'
import { readSafeMode } from '@renderer/platform/safeMode'

// Built into a small chunk of its own that index.html loads first and asynchronously
// (vite.startPath.mts), so it runs while the big start-up chunk is still being compiled: the first
// screen's data is read from the database meanwhile, instead of after it. main.tsx imports it first
// too, so it runs exactly once and before React and the app's other code in any case.
mark('boot')
if (!readSafeMode()) prefetchFirstView()
