import { lazy, Suspense } from 'react'
import { sv } from '@renderer/i18n/sv'

// The form, its 290 municipalities and the combobox load only when the app has no profile yet:
// a returning user's start never pays for them.
const FirstRunForm = lazy(() => import('./FirstRunForm'))

export function FirstRun() {
  return (
    <Suspense fallback={<p className="loading">{sv.loading}</p>}>
      <FirstRunForm />
    </Suspense>
  )
}
