#ifndef BILATERAL_CSQLITE_SHIM_H
#define BILATERAL_CSQLITE_SHIM_H
#include <sqlite3.h>
/// SQLITE_TRANSIENT is a macro (a cast of -1 to a function pointer) that
/// Swift cannot import.
static inline sqlite3_destructor_type bilateral_sqlite_transient(void) { return SQLITE_TRANSIENT; }
/// sqlite3_config is variadic: no memory statistics, so that SQLite's
/// allocations take no global mutex. Only effective before the library is
/// initialised (the first connection opened); SQLITE_MISUSE after that.
static inline int bilateral_sqlite_memstatus_off(void) { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }
/// sqlite3_db_config is variadic: turn on defensive mode (no writes to the
/// schema through PRAGMA writable_schema, no shadow table edits).
static inline int bilateral_sqlite_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}
#endif
