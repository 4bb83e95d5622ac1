// Opens the app's database the moment the page starts, while the app's own code is still being
// downloaded and compiled: db/firstView.ts then reads the first screen's data from this connection
// instead of opening the database only once that code runs (measured: the open was the last thing
// the first screen waited for). A plain script, loaded with `async` from index.html, so it blocks
// nothing. It never creates or upgrades the database: that is the database library's job.
;(function () {
  if (typeof indexedDB === 'undefined') return
  var open
  try {
    // The name is DB_NAME in src/renderer/src/db/database.ts (tests/unit/db/earlyOpen.test.ts checks it).
    open = indexedDB.open('anslutningsguiden')
  } catch (e) {
    return
  }
  window.__anslutningsguidenEarlyOpen = new Promise(function (resolve) {
    // Only a database that does not exist yet gets here: leave creating it to the database library.
    open.onupgradeneeded = function () {
      if (open.transaction) open.transaction.abort()
    }
    open.onsuccess = function () {
      var db = open.result
      // Never stand in the way of an upgrade or a deletion, should this connection not be used.
      db.onversionchange = function () {
        db.close()
      }
      resolve(db)
    }
    open.onerror = function () {
      resolve(null)
    }
    open.onblocked = function () {
      resolve(null)
    }
  })
})()
