// The process time zone is set before any Date is used: calendar dates must not shift a day.
process.env.TZ = 'America/Los_Angeles'

import { workingDaysInZone } from './workingDaysTzSuite'

// America/Los_Angeles is behind UTC: getTimezoneOffset() is 420 minutes in June.
workingDaysInZone('America/Los_Angeles', 420)
