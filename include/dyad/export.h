/*
 * dyad/export.h - tables out: CSV for spreadsheets, JSON, JSON Lines.
 *
 * CSV follows RFC 4180: a header row, CRLF line ends, fields with a
 * comma, quote, CR or LF quoted and inner quotes doubled, UTF-8, an
 * optional byte order mark for Excel. Numbers are written with '.' as the
 * decimal point under any locale and are never altered, so spreadsheets
 * chart them; a text cell that begins with = + - @ TAB or CR gets a
 * leading apostrophe, so no spreadsheet runs it as a formula. An empty
 * cell (no value: a period without articles) is empty in CSV and null in
 * JSON.
 *
 * JSON: one document, `{"KEY":"VALUE",...,"rows":[{...},...]}` with the
 * caller's leading fields (a leading field named "@rows" is not written:
 * its value replaces the name "rows"); JSON Lines: one object per row.
 * TABLE: columns padded to at least 12 characters, for reading.
 *
 * Ownership: the writer borrows the FILE and the column names, which must
 * outlive it; dyad_table_end frees it. Errors: DYAD_EIO when the FILE
 * fails, DYAD_ENOMEM. Thread-safety: one writer per thread.
 *
 * Example:
 *     static const char *cols[] = {"period_start", "articles"};
 *     dyad_table *t = dyad_table_begin(stdout, DYAD_FMT_CSV, 0, cols, 2,
 *                                      NULL, 0, &err);
 *     dyad_cell row[2] = {DYAD_TEXT("2026-02-09"), DYAD_INT(12)};
 *     dyad_table_row(t, row, &err);
 *     dyad_table_end(t, &err);
 */
#ifndef DYAD_EXPORT_H
#define DYAD_EXPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dyad/common.h"

enum dyad_format {
    DYAD_FMT_CSV = 0,
    DYAD_FMT_JSON = 1,
    DYAD_FMT_JSONL = 2,
    DYAD_FMT_TABLE = 3   /* aligned columns for a terminal */
};

enum dyad_cell_type {
    DYAD_CELL_EMPTY = 0,
    DYAD_CELL_TEXT,
    DYAD_CELL_NUM,      /* double, written with `decimals` at most */
    DYAD_CELL_INT,
    DYAD_CELL_PVAL      /* a p-value: two significant digits, "0.032",
                         * "7.3e-11", the same in every format */
};

typedef struct dyad_cell {
    int type;
    const char *s;
    double v;
    int64_t i;
    int decimals;
} dyad_cell;

#define DYAD_EMPTY ((dyad_cell){DYAD_CELL_EMPTY, NULL, 0, 0, 0})
#define DYAD_TEXT(x) ((dyad_cell){DYAD_CELL_TEXT, (x), 0, 0, 0})
#define DYAD_INT(x) ((dyad_cell){DYAD_CELL_INT, NULL, 0, (int64_t)(x), 0})
#define DYAD_NUM(x, d) ((dyad_cell){DYAD_CELL_NUM, NULL, (x), 0, (d)})
#define DYAD_PVAL(x) ((dyad_cell){DYAD_CELL_PVAL, NULL, (x), 0, 0})

typedef struct dyad_table dyad_table;

/* Starts a table on f. head: name/value pairs of text for the JSON
 * document's leading fields (nhead pairs; ignored for CSV and JSONL).
 * Writes the BOM (when bom and CSV) and the header. NULL on failure. */
dyad_table *dyad_table_begin(FILE *f, int format, int bom,
                             const char *const *columns, size_t ncols,
                             const char *const *head, size_t nhead,
                             dyad_err *err);
/* Writes one row of ncols cells. */
int dyad_table_row(dyad_table *t, const dyad_cell *cells, dyad_err *err);
/* Writes what closes the table, checks the FILE for errors and frees t
 * (also on error). */
int dyad_table_end(dyad_table *t, dyad_err *err);
/* Parses "csv", "json", "jsonl" or "table"; -1 when unknown. */
int dyad_format_parse(const char *s);

/* One column of a CSV file read back, for `dyad shifts --input`. */
typedef struct dyad_csv_column {
    double *v;          /* the values */
    char **label;       /* their time labels (or row numbers), owned */
    unsigned long *line;/* their line numbers in the file */
    size_t *row;        /* their 0-based data rows: the rows without a
                           value count, blank lines do not (but in a
                           file of one column, where a blank line is
                           a row whose cell is empty, before a row) */
    size_t n;
    size_t skipped;     /* rows whose cell had no value */
} dyad_csv_column;

/* Reads the numbers of column `column` (and the labels of `time_column`,
 * or 1-based row numbers when NULL) from the CSV file at path ("-": stdin):
 * RFC 4180 quoting, CRLF or LF, a UTF-8 BOM skipped, a header row. Cells
 * without a value (empty, or NA, NaN, null, #N/A, N/A in any case) are
 * skipped and counted, and so is a blank line followed by a row in a
 * file of one column (pandas writes a missing value so); a cell that is
 * not a number ('.' as the
 * decimal point under any locale) is DYAD_EPARSE naming file, line and
 * column. DYAD_EINVAL when a column is missing. Free with
 * dyad_csv_column_free. */
int dyad_csv_read_column(const char *path, const char *column,
                         const char *time_column, dyad_csv_column *out,
                         dyad_err *err);
void dyad_csv_column_free(dyad_csv_column *c);
/* Parses a decimal number ([+-]digits[.digits][e[+-]digits], also "NaN"
 * and "inf" refused) whatever the locale. 0 ok, -1 not a number. */
int dyad_parse_number(const char *s, size_t len, double *out);

/* Appends one CSV text field (guarded and quoted as above) to b. */
int dyad_csv_text(dyad_buf *b, const char *s, size_t len);

#endif
