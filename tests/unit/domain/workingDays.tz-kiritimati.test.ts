// The process time zone is set before any Date is used: calendar dates must not shift a day.
process.env.TZ = 'Pacific/Kiritimati'

import { workingDaysInZone } from './workingDaysTzSuite'

// Pacific/Kiritimati is ahead of UTC: getTimezoneOffset() is -840 minutes in June.
workingDaysInZone('Pacific/Kiritimati', -840)
