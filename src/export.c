/*
 * export.c - CSV, JSON and JSON Lines tables (see dyad/export.h).
 */
#include "dyad/export.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "util/alloc.h"

struct dyad_table {
    FILE *f;
    int format;
    const char *const *cols;
    size_t ncols;
    size_t rows;
    dyad_buf b;
};

int dyad_format_parse(const char *s)
{
    if (strcmp(s, "csv") == 0)
        return DYAD_FMT_CSV;
    if (strcmp(s, "json") == 0)
        return DYAD_FMT_JSON;
    if (strcmp(s, "jsonl") == 0)
        return DYAD_FMT_JSONL;
    if (strcmp(s, "table") == 0)
        return DYAD_FMT_TABLE;
    return -1;
}

int dyad_csv_text(dyad_buf *b, const char *s, size_t len)
{
    /* = + - @ start formulas in Excel, LibreOffice and Sheets; TAB and CR
     * are used to smuggle them past naive guards */
    int guard = len > 0 && s[0] && strchr("=+-@\t\r", s[0]) != NULL;
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    int rc = quote ? dyad_buf_putc(b, '"') : DYAD_OK;
    if (!rc && guard)
        rc = dyad_buf_putc(b, '\'');
    for (size_t i = 0; i < len && !rc; i++)
        rc = s[i] == '"' && quote ? dyad_buf_append(b, "\"\"", 2)
                                  : dyad_buf_putc(b, s[i]);
    if (!rc && quote)
        rc = dyad_buf_putc(b, '"');
    return rc;
}

/* A p-value with two significant digits ("0.032", "7.3e-11"), a '.'
 * whatever the locale: a valid number in CSV and JSON alike. */
static int put_pvalue(dyad_buf *b, double p)
{
    char s[32];
    snprintf(s, sizeof s, "%.2g", p);
    for (char *q = s; *q; q++)
        if (*q == ',')
            *q = '.';
    return dyad_buf_puts(b, s);
}

static int put_cell(dyad_table *t, const dyad_cell *c)
{
    dyad_buf *b = &t->b;
    int csv = t->format == DYAD_FMT_CSV;
    switch (c->type) {
    case DYAD_CELL_TEXT:
        return csv ? dyad_csv_text(b, c->s, strlen(c->s))
                   : dyad_buf_json_str(b, c->s, strlen(c->s));
    case DYAD_CELL_INT:
        return dyad_buf_printf(b, "%lld", (long long)c->i);
    case DYAD_CELL_NUM:
        if (isfinite(c->v))
            return dyad_buf_num(b, c->v, c->decimals);
        return csv ? DYAD_OK : dyad_buf_puts(b, "null");
    case DYAD_CELL_PVAL:
        if (isfinite(c->v))
            return put_pvalue(b, c->v);
        return csv ? DYAD_OK : dyad_buf_puts(b, "null");
    default:
        return csv ? DYAD_OK : dyad_buf_puts(b, "null");
    }
}

static int flush(dyad_table *t, dyad_err *err)
{
    if (t->b.len && fwrite(t->b.data, 1, t->b.len, t->f) != t->b.len)
        return dyad_err_set(err, DYAD_EIO, NULL, 0, "cannot write: %s",
                            strerror(errno));
    dyad_buf_clear(&t->b);
    return DYAD_OK;
}

dyad_table *dyad_table_begin(FILE *f, int format, int bom,
                             const char *const *columns, size_t ncols,
                             const char *const *head, size_t nhead,
                             dyad_err *err)
{
    dyad_table *t = dyad_calloc(1, sizeof *t);
    if (!t) {
        dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    t->f = f;
    t->format = format;
    t->cols = columns;
    t->ncols = ncols;
    int rc = DYAD_OK;
    if (format == DYAD_FMT_CSV) {
        if (bom)
            rc = dyad_buf_puts(&t->b, "\xef\xbb\xbf");
        for (size_t i = 0; i < ncols && !rc; i++) {
            if (i)
                rc = dyad_buf_putc(&t->b, ',');
            if (!rc)
                rc = dyad_csv_text(&t->b, columns[i], strlen(columns[i]));
        }
        if (!rc)
            rc = dyad_buf_puts(&t->b, "\r\n");
    } else if (format == DYAD_FMT_TABLE) {
        for (size_t i = 0; i < ncols && !rc; i++)
            rc = dyad_buf_printf(&t->b, "%s%-12s", i ? " " : "", columns[i]);
        rc = rc ? rc : dyad_buf_putc(&t->b, '\n');
    } else if (format == DYAD_FMT_JSON) {
        const char *rows = "rows";
        rc = dyad_buf_putc(&t->b, '{');
        for (size_t i = 0; i < nhead && !rc; i++) {
            if (strcmp(head[2 * i], "@rows") == 0) {
                rows = head[2 * i + 1];
                continue;
            }
            rc = dyad_buf_json_str(&t->b, head[2 * i], strlen(head[2 * i]));
            rc = rc ? rc : dyad_buf_putc(&t->b, ':');
            rc = rc ? rc
                    : dyad_buf_json_str(&t->b, head[2 * i + 1],
                                        strlen(head[2 * i + 1]));
            rc = rc ? rc : dyad_buf_putc(&t->b, ',');
        }
        rc = rc ? rc : dyad_buf_json_str(&t->b, rows, strlen(rows));
        rc = rc ? rc : dyad_buf_puts(&t->b, ":[");
    }
    if (rc != DYAD_OK) {
        dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        dyad_buf_free(&t->b);
        dyad_free(t);
        return NULL;
    }
    return t;
}

int dyad_table_row(dyad_table *t, const dyad_cell *cells, dyad_err *err)
{
    int rc = DYAD_OK;
    dyad_buf *b = &t->b;
    if (t->format == DYAD_FMT_CSV) {
        for (size_t i = 0; i < t->ncols && !rc; i++) {
            if (i)
                rc = dyad_buf_putc(b, ',');
            rc = rc ? rc : put_cell(t, &cells[i]);
        }
        rc = rc ? rc : dyad_buf_puts(b, "\r\n");
    } else if (t->format == DYAD_FMT_TABLE) {
        for (size_t i = 0; i < t->ncols && !rc; i++) {
            size_t at = b->len;
            rc = i ? dyad_buf_putc(b, ' ') : 0;
            at = b->len;
            /* text as it is; numbers as in CSV; an empty cell shows "-" */
            if (!rc && cells[i].type == DYAD_CELL_TEXT)
                rc = dyad_buf_puts(b, cells[i].s);
            else if (!rc && (cells[i].type == DYAD_CELL_EMPTY ||
                             (cells[i].type == DYAD_CELL_NUM &&
                              !isfinite(cells[i].v))))
                rc = dyad_buf_putc(b, '-');
            else if (!rc)
                rc = put_cell(t, &cells[i]);
            while (!rc && b->len - at < 12)
                rc = dyad_buf_putc(b, ' ');
        }
        rc = rc ? rc : dyad_buf_putc(b, '\n');
    } else {
        if (t->format == DYAD_FMT_JSON && t->rows)
            rc = dyad_buf_putc(b, ',');
        rc = rc ? rc : dyad_buf_putc(b, '{');
        for (size_t i = 0; i < t->ncols && !rc; i++) {
            rc = dyad_buf_printf(b, "%s\"%s\":", i ? "," : "", t->cols[i]);
            rc = rc ? rc : put_cell(t, &cells[i]);
        }
        rc = rc ? rc : dyad_buf_puts(b, t->format == DYAD_FMT_JSONL ? "}\n"
                                                                    : "}");
    }
    if (rc != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    t->rows++;
    return b->len >= 1 << 16 ? flush(t, err) : DYAD_OK;
}

int dyad_table_end(dyad_table *t, dyad_err *err)
{
    int rc = DYAD_OK;
    if (t->format == DYAD_FMT_JSON && dyad_buf_puts(&t->b, "]}\n") != DYAD_OK)
        rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    if (rc == DYAD_OK)
        rc = flush(t, err);
    if (rc == DYAD_OK && (fflush(t->f) != 0 || ferror(t->f)))
        rc = dyad_err_set(err, DYAD_EIO, NULL, 0, "cannot write: %s",
                          strerror(errno));
    dyad_buf_free(&t->b);
    dyad_free(t);
    return rc;
}
