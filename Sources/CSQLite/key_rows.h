#ifndef BILATERAL_CSQLITE_KEY_ROWS_H
#define BILATERAL_CSQLITE_KEY_ROWS_H
#include <sqlite3.h>
#include <string.h>

/// The table-valued function `bilateral_key_rows(?)`: the rows of an array
/// in the caller's memory, bound with `bilateral_bind_key_rows`, as a table
/// (key, recency, item_seq, value). It lets the store insert a whole batch
/// of classification rows with ONE `INSERT ... SELECT` (one cursor, one
/// statement run) instead of binding and running an INSERT per row. The
/// pointer can only come from `sqlite3_bind_pointer` with this type name,
/// so SQL text (a view, a trigger, a user's query) cannot forge one: the
/// function then yields no rows.

/// One row; `type` is SQLITE_INTEGER (`ivalue`), SQLITE_FLOAT (`dvalue`) or SQLITE_NULL.
typedef struct bilateral_key_row {
    sqlite3_int64 key;
    sqlite3_int64 recency;
    sqlite3_int64 seq;
    sqlite3_int64 ivalue;
    double dvalue;
    int type;
} bilateral_key_row;

/// A batch: `count` rows at `rows`, valid while it is bound.
typedef struct bilateral_key_rows {
    const bilateral_key_row *rows;
    sqlite3_int64 count;
} bilateral_key_rows;

typedef struct bilateral_key_rows_cursor {
    sqlite3_vtab_cursor base;
    const bilateral_key_rows *batch;
    sqlite3_int64 index;
} bilateral_key_rows_cursor;

static int bilateral_key_rows_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                                      sqlite3_vtab **table, char **error) {
    (void)aux; (void)argc; (void)argv; (void)error;
    int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(key, recency, item_seq, value, batch HIDDEN)");
    if (rc != SQLITE_OK) return rc;
    sqlite3_vtab *v = (sqlite3_vtab *)sqlite3_malloc(sizeof(sqlite3_vtab));
    if (v == 0) return SQLITE_NOMEM;
    memset(v, 0, sizeof(*v));
    *table = v;
    return SQLITE_OK;
}

static int bilateral_key_rows_disconnect(sqlite3_vtab *table) {
    sqlite3_free(table);
    return SQLITE_OK;
}

/// Only a plan with the batch argument (hidden column 4, equality) is accepted.
static int bilateral_key_rows_best_index(sqlite3_vtab *table, sqlite3_index_info *info) {
    int found = -1;
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *c = &info->aConstraint[i];
        if (c->iColumn != 4 || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
        if (!c->usable) return SQLITE_CONSTRAINT;
        found = i;
    }
    if (found < 0) {
        table->zErrMsg = sqlite3_mprintf("bilateral_key_rows: the batch argument is missing");
        return SQLITE_ERROR;
    }
    info->aConstraintUsage[found].argvIndex = 1;
    info->aConstraintUsage[found].omit = 1;
    info->estimatedCost = 1.0;
    info->estimatedRows = 1000;
    return SQLITE_OK;
}

static int bilateral_key_rows_open(sqlite3_vtab *table, sqlite3_vtab_cursor **cursor) {
    (void)table;
    bilateral_key_rows_cursor *c = (bilateral_key_rows_cursor *)sqlite3_malloc(sizeof(bilateral_key_rows_cursor));
    if (c == 0) return SQLITE_NOMEM;
    memset(c, 0, sizeof(*c));
    *cursor = &c->base;
    return SQLITE_OK;
}

static int bilateral_key_rows_close(sqlite3_vtab_cursor *cursor) {
    sqlite3_free(cursor);
    return SQLITE_OK;
}

static int bilateral_key_rows_filter(sqlite3_vtab_cursor *cursor, int plan, const char *planText, int argc,
                                     sqlite3_value **argv) {
    (void)plan; (void)planText;
    bilateral_key_rows_cursor *c = (bilateral_key_rows_cursor *)cursor;
    c->index = 0;
    c->batch = argc > 0 ? (const bilateral_key_rows *)sqlite3_value_pointer(argv[0], "bilateral_key_rows") : 0;
    return SQLITE_OK;
}

static int bilateral_key_rows_next(sqlite3_vtab_cursor *cursor) {
    ((bilateral_key_rows_cursor *)cursor)->index++;
    return SQLITE_OK;
}

static int bilateral_key_rows_eof(sqlite3_vtab_cursor *cursor) {
    const bilateral_key_rows_cursor *c = (const bilateral_key_rows_cursor *)cursor;
    return c->batch == 0 || c->index >= c->batch->count;
}

static int bilateral_key_rows_column(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column) {
    const bilateral_key_rows_cursor *c = (const bilateral_key_rows_cursor *)cursor;
    const bilateral_key_row *row = &c->batch->rows[c->index];
    switch (column) {
    case 0: sqlite3_result_int64(context, row->key); break;
    case 1: sqlite3_result_int64(context, row->recency); break;
    case 2: sqlite3_result_int64(context, row->seq); break;
    case 3:
        if (row->type == SQLITE_INTEGER) sqlite3_result_int64(context, row->ivalue);
        else if (row->type == SQLITE_FLOAT) sqlite3_result_double(context, row->dvalue);
        else sqlite3_result_null(context);
        break;
    default: sqlite3_result_null(context); break;
    }
    return SQLITE_OK;
}

static int bilateral_key_rows_rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid) {
    *rowid = ((const bilateral_key_rows_cursor *)cursor)->index;
    return SQLITE_OK;
}

/// Eponymous only (no xCreate): usable as `bilateral_key_rows(?)`, never as a stored table.
static const sqlite3_module bilateral_key_rows_module = {
    0,                                 /* iVersion */
    0,                                 /* xCreate */
    bilateral_key_rows_connect,        /* xConnect */
    bilateral_key_rows_best_index,     /* xBestIndex */
    bilateral_key_rows_disconnect,     /* xDisconnect */
    0,                                 /* xDestroy */
    bilateral_key_rows_open,           /* xOpen */
    bilateral_key_rows_close,          /* xClose */
    bilateral_key_rows_filter,         /* xFilter */
    bilateral_key_rows_next,           /* xNext */
    bilateral_key_rows_eof,            /* xEof */
    bilateral_key_rows_column,         /* xColumn */
    bilateral_key_rows_rowid,          /* xRowid; the rest (writes, transactions...) stay null */
};

/// Makes `bilateral_key_rows` available on `db`.
static inline int bilateral_register_key_rows(sqlite3 *db) {
    return sqlite3_create_module(db, "bilateral_key_rows", &bilateral_key_rows_module, 0);
}

/// Binds `batch` to parameter `index` of `statement` as the function's argument.
static inline int bilateral_bind_key_rows(sqlite3_stmt *statement, int index, const bilateral_key_rows *batch) {
    return sqlite3_bind_pointer(statement, index, (void *)batch, "bilateral_key_rows", 0);
}
#endif
