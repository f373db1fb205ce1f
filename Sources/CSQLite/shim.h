#ifndef BILATERAL_CSQLITE_SHIM_H
#define BILATERAL_CSQLITE_SHIM_H
#include <sqlite3.h>
/// SQLITE_TRANSIENT is a macro (a cast of -1 to a function pointer) that
/// Swift cannot import.
static inline sqlite3_destructor_type bilateral_sqlite_transient(void) { return SQLITE_TRANSIENT; }
/// sqlite3_config is variadic.
static inline int bilateral_sqlite_config_single_thread_off(void) { return sqlite3_config(SQLITE_CONFIG_MULTITHREAD); }
#endif
