import { mark, prefetchFirstView } from '@renderer/db/firstView'
import { readSafeMode } from '@renderer/platform/safeMode'

// Imported first by main.tsx, so it runs before React and the app's other code are evaluated: the
// first screen's data is read from the database meanwhile, instead of after them.
mark('boot')
if (!readSafeMode()) prefetchFirstView()
