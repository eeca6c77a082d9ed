/*
 * csv.c - reading one column of a CSV file (see dyad/export.h).
 *
 * The reader is a small state machine over the bytes: fields, quoted
 * fields with doubled quotes, CR LF or LF record ends. It never recurses
 * and holds one record at a time, so a hostile file costs time in
 * proportion to its size and memory in proportion to its longest record.
 */
#include "dyad/export.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"

int dyad_parse_number(const char *s, size_t len, double *out)
{
    const char *p = s, *e = s + len;
    while (p < e && (*p == ' ' || *p == '\t'))
        p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    int neg = 0, digits = 0, exp = 0, eneg = 0, edigits = 0;
    long double m = 0;
    if (p < e && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    for (; p < e && *p >= '0' && *p <= '9'; p++, digits++)
        m = m * 10 + (*p - '0');
    if (p < e && *p == '.') {
        for (p++; p < e && *p >= '0' && *p <= '9'; p++, digits++) {
            m = m * 10 + (*p - '0');
            exp--;
        }
    }
    if (!digits)
        return -1;
    if (p < e && (*p == 'e' || *p == 'E')) {
        p++;
        int ev = 0;
        if (p < e && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        for (; p < e && *p >= '0' && *p <= '9'; p++, edigits++)
            if (ev < 100000)
                ev = ev * 10 + (*p - '0');
        if (!edigits)
            return -1;
        exp += eneg ? -ev : ev;
    }
    if (p != e)
        return -1;
    long double v = m * powl(10.0L, (long double)exp);
    if (!isfinite((double)v))
        return -1;
    *out = (double)(neg ? -v : v);
    return 0;
}

void dyad_csv_column_free(dyad_csv_column *c)
{
    for (size_t i = 0; i < c->n; i++)
        dyad_free(c->label[i]);
    dyad_free(c->label);
    dyad_free(c->v);
    dyad_free(c->line);
    dyad_free(c->row);
    memset(c, 0, sizeof *c);
}

typedef struct {
    FILE *f;
    const char *name;
    unsigned long line;      /* line where the current record starts */
    unsigned long nextline;
    dyad_buf rec;            /* the record's fields, NUL-separated */
    size_t *off;             /* field offsets in rec */
    size_t nf, cap;
    int bom_checked;
} csv_in;

/* Reads the next record. 1 = record, 0 = end, negative = error. */
static int next_record(csv_in *in, dyad_err *err)
{
    int c, quoted = 0, in_q = 0, any = 0;
    dyad_buf_clear(&in->rec);
    in->nf = 0;
    in->line = in->nextline + 1;
    size_t start = 0;
    for (;;) {
        c = getc(in->f);
        if (!in->bom_checked) {
            in->bom_checked = 1;
            if (c == 0xef) {
                int c2 = getc(in->f), c3 = getc(in->f);
                if (c2 == 0xbb && c3 == 0xbf)
                    c = getc(in->f);
                else
                    return dyad_err_set(err, DYAD_EPARSE, in->name, 1,
                                        "not UTF-8 CSV");
            }
        }
        if (c == EOF) {
            if (ferror(in->f))
                return dyad_err_set(err, DYAD_EIO, in->name, in->line,
                                    "read error: %s", strerror(errno));
            if (in_q)
                return dyad_err_set(err, DYAD_EPARSE, in->name, in->line,
                                    "quoted field not closed");
            if (!any)
                return 0;
            c = '\n';
        }
        any = 1;
        if (in_q) {
            if (c == '"') {
                int d = getc(in->f);
                if (d == '"') {
                    if (dyad_buf_putc(&in->rec, '"'))
                        goto nomem;
                    continue;
                }
                ungetc(d, in->f);
                in_q = 0;
                continue;
            }
            if (c == '\n')
                in->nextline++;
            if (dyad_buf_putc(&in->rec, (char)c))
                goto nomem;
            continue;
        }
        if (c == '"') {
            if (in->rec.len != start || quoted)
                return dyad_err_set(err, DYAD_EPARSE, in->name, in->line,
                                    "a quote inside an unquoted field "
                                    "(field %zu)",
                                    in->nf + 1);
            quoted = in_q = 1;
            continue;
        }
        if (c == ',' || c == '\n' || c == '\r') {
            if (c == '\r') {
                int d = getc(in->f);
                if (d != '\n')
                    ungetc(d, in->f);
            }
            if (dyad_grow(&in->off, &in->cap, in->nf + 1, sizeof *in->off) <
                    0 ||
                dyad_buf_putc(&in->rec, '\0'))
                goto nomem;
            in->off[in->nf++] = start;
            start = in->rec.len;
            quoted = 0;
            if (c != ',') {
                in->nextline++;
                return 1;
            }
            continue;
        }
        if (quoted)
            return dyad_err_set(err, DYAD_EPARSE, in->name, in->line,
                                "text after a closing quote (field %zu)",
                                in->nf + 1);
        if (dyad_buf_putc(&in->rec, (char)c))
            goto nomem;
    }
nomem:
    return dyad_err_set(err, DYAD_ENOMEM, in->name, in->line,
                        "out of memory");
}

static const char *field(const csv_in *in, size_t i)
{
    return in->rec.data + in->off[i];
}

/* Whether a cell says "no value": empty, or a missing-value marker as R
 * (NA), pandas and numpy (NaN, nan), JSON (null) and spreadsheets (#N/A,
 * N/A) write them, in any case. */
static int missing_cell(const char *cell, size_t len)
{
    static const char *const marks[] = {"na", "nan", "null", "#n/a", "n/a"};
    if (len == 0)
        return 1;
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strlen(marks[i]) == len && strncasecmp(cell, marks[i], len) == 0)
            return 1;
    return 0;
}

int dyad_csv_read_column(const char *path, const char *column,
                         const char *time_column, dyad_csv_column *out,
                         dyad_err *err)
{
    memset(out, 0, sizeof *out);
    csv_in in = {0};
    int is_stdin = strcmp(path, "-") == 0;
    in.name = is_stdin ? "<stdin>" : path;
    in.f = is_stdin ? stdin : fopen(path, "rb");
    if (!in.f)
        return dyad_err_set(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO,
                            path, 0, "cannot open: %s", strerror(errno));
    size_t cap = 0;
    long col = -1, tcol = -1;
    int rc = next_record(&in, err);
    if (rc == 0)
        rc = dyad_err_set(err, DYAD_EPARSE, in.name, 1, "empty file");
    if (rc < 0)
        goto out;
    for (size_t i = 0; i < in.nf; i++) {
        if (strcmp(field(&in, i), column) == 0)
            col = (long)i;
        if (time_column && strcmp(field(&in, i), time_column) == 0)
            tcol = (long)i;
    }
    if (col < 0 || (time_column && tcol < 0)) {
        rc = dyad_err_set(err, DYAD_EINVAL, in.name, 1,
                          "no column '%s' in the header",
                          col < 0 ? column : time_column);
        goto out;
    }
    /* A blank line is no row (as R and pandas read), but in a file of one
     * column it is a row whose cell is empty: pandas writes a missing
     * value so (its reader then loses the row, and every later index
     * moved). Blank lines that no row follows end the file. */
    int one_column = in.nf == 1;
    size_t rows = 0, blank = 0;   /* data rows read; blank lines pending */
    while ((rc = next_record(&in, err)) == 1) {
        if (in.nf == 1 && field(&in, 0)[0] == '\0') {
            blank += one_column;
            continue;
        }
        rows += blank;
        out->skipped += blank;
        blank = 0;
        size_t row = rows++;
        if ((size_t)col >= in.nf || (tcol >= 0 && (size_t)tcol >= in.nf)) {
            rc = dyad_err_set(err, DYAD_EPARSE, in.name, in.line,
                              "the record has %zu fields, the header more",
                              in.nf);
            goto out;
        }
        const char *cell = field(&in, (size_t)col);
        size_t len = strlen(cell);
        if (missing_cell(cell, len)) {
            out->skipped++;
            continue;
        }
        double v;
        if (dyad_parse_number(cell, len, &v) != 0) {
            rc = dyad_err_set(err, DYAD_EPARSE, in.name, in.line,
                              "column '%s': '%.40s' is not a number",
                              column, cell);
            goto out;
        }
        char num[32];
        snprintf(num, sizeof num, "%zu", row + 1);
        const char *lab = tcol >= 0 ? field(&in, (size_t)tcol) : num;
        /* the four arrays share one capacity: each grows from the old */
        size_t old = cap, c2 = cap, c3 = cap, c4 = cap;
        if (dyad_grow(&out->v, &cap, out->n + 1, sizeof *out->v) < 0 ||
            dyad_grow(&out->label, &c2, out->n + 1, sizeof *out->label) < 0 ||
            dyad_grow(&out->line, &c3, out->n + 1, sizeof *out->line) < 0 ||
            dyad_grow(&out->row, &c4, out->n + 1, sizeof *out->row) < 0) {
            cap = old;
            rc = DYAD_ENOMEM;
            goto nomem;
        }
        if (!(out->label[out->n] = dyad_strdup(lab))) {
            rc = DYAD_ENOMEM;
            goto nomem;
        }
        out->v[out->n] = v;
        out->line[out->n] = in.line;
        out->row[out->n] = row;
        out->n++;
    }
    if (rc == 0)
        rc = DYAD_OK;
    goto out;
nomem:
    rc = dyad_err_set(err, DYAD_ENOMEM, in.name, in.line, "out of memory");
out:
    if (!is_stdin)
        fclose(in.f);
    dyad_buf_free(&in.rec);
    dyad_free(in.off);
    if (rc != DYAD_OK)
        dyad_csv_column_free(out);
    return rc;
}
