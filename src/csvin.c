/*
 * csvin.c - CSV articles in (RFC 4180): a header row naming the columns,
 * then one article per row; quoted fields may hold commas, doubled quotes
 * and line breaks; CRLF or LF line ends; a UTF-8 byte order mark is
 * skipped (ingest.c). Columns are found by the field options and default
 * lists of ingest.c, in any case ("Date", "News", "publish_date",
 * "headline_text").
 *
 * A bad row is rejected with the line it starts on and the rows around it
 * are kept: a row with the wrong number of fields, or text after a closing
 * quote, is one record; a quote that is never closed would swallow the
 * rest of the file, so its row's first line is rejected and the lines
 * after it are read again as rows. A header without a date column or
 * without a text or title column is reported (with the names looked for)
 * as one rejected record, and the file is not read.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ingest_int.h"
#include "util/alloc.h"

struct dyad_csv_state {
    int have_header;
    size_t ncols;
    long col_id, col_date, col_title, col_text;
    char *date_name;
    dyad_buf vals;           /* the row's fields, each NUL-terminated */
    size_t *off;             /* field i starts at vals.data + off[i] */
    size_t *len;
    size_t cap;
    size_t nf;
};

void dyad_csv_free(dyad_csv_state *s)
{
    if (!s)
        return;
    dyad_free(s->date_name);
    dyad_buf_free(&s->vals);
    dyad_free(s->off);
    dyad_free(s->len);
    dyad_free(s);
}

enum { ROW_OK = 1, ROW_END = 0, ROW_OPEN_QUOTE = 2, ROW_AFTER_QUOTE = 3,
       ROW_CUT = 4 };

static int field_end(dyad_csv_state *s, size_t start)
{
    if (s->nf == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        size_t *o = dyad_realloc(s->off, cap * sizeof *o);
        if (!o)
            return DYAD_ENOMEM;
        s->off = o;
        size_t *l = dyad_realloc(s->len, cap * sizeof *l);
        if (!l)
            return DYAD_ENOMEM;
        s->len = l;
        s->cap = cap;
    }
    s->off[s->nf] = start;
    s->len[s->nf] = s->vals.len - start;
    s->nf++;
    return dyad_buf_putc(&s->vals, '\0');
}

/* Reads one row (its raw bytes into r->rec, its fields into s): ROW_OK,
 * ROW_END at the end of input, ROW_OPEN_QUOTE (the input ends inside a
 * quoted field), ROW_AFTER_QUOTE (text after a closing quote; the row is
 * read to its end), ROW_CUT (a read error cut it short), or an error.
 * Blank lines are skipped. */
static int read_row(dyad_reader *r, dyad_csv_state *s, dyad_err *err)
{
    enum { START, PLAIN, QUOTED, CLOSED } st = START;
    int c, bad = 0;
    size_t start;
    for (;;) {
        dyad_in_rec_start(r);
        dyad_buf_clear(&s->vals);
        s->nf = 0;
        c = dyad_in_byte(r, err);
        if (c < 0)
            return ROW_END;
        if (c == '\n')
            continue;   /* a blank line */
        if (c == '\r') {
            int d = dyad_in_byte(r, err);
            if (d == '\n')
                continue;
            char dc = (char)d;
            if (d >= 0 && dyad_in_unread(r, &dc, 1) != DYAD_OK)
                return DYAD_ENOMEM;
        }
        break;
    }
    start = 0;
    for (;; c = dyad_in_byte(r, err)) {
        if (c < 0) {
            if (r->io_error)
                return ROW_CUT;
            if (st == QUOTED)
                return ROW_OPEN_QUOTE;
            break;
        }
        char ch = (char)c;
        int rc = dyad_in_rec_add(r, &ch, 1, err);
        if (rc != DYAD_OK)
            return rc;
        if (r->rec_oversize) {
            /* only the quoting is followed, to find the row's end */
            if (st == QUOTED) {
                if (c == '"')
                    st = CLOSED;
            } else if (c == '\n') {
                return ROW_OK;   /* rejected for its size by the caller */
            } else if (c == ',') {
                st = START;
            } else if (c == '"' && st != PLAIN) {
                st = QUOTED;
            } else if (st == START) {
                st = PLAIN;
            }
            continue;
        }
        switch (st) {
        case START:
            if (c == '"') {
                st = QUOTED;
                start = s->vals.len;
                continue;
            }
            start = s->vals.len;
            st = PLAIN;
            /* fall through */
        case PLAIN:
            if (c == ',' || c == '\n') {
                if (c == '\n' && s->vals.len > start &&
                    s->vals.data[s->vals.len - 1] == '\r')
                    s->vals.len--;
                goto field_done;
            }
            break;
        case QUOTED:
            if (c == '"') {
                st = CLOSED;
                continue;
            }
            break;
        case CLOSED:
            if (c == '"') {
                st = QUOTED;   /* a doubled quote */
                break;
            }
            if (c == ',' || c == '\n')
                goto field_done;
            if (c != '\r')
                bad = 1;
            continue;
        }
        if (dyad_buf_putc(&s->vals, ch) != DYAD_OK)
            return DYAD_ENOMEM;
        continue;
    field_done:
        if ((rc = field_end(s, start)) != DYAD_OK)
            return rc;
        st = START;
        if (c == '\n')
            return bad ? ROW_AFTER_QUOTE : ROW_OK;
    }
    /* the last row, without a line feed */
    if (st == PLAIN && s->vals.len > start &&
        s->vals.data[s->vals.len - 1] == '\r')
        s->vals.len--;
    if (!r->rec_oversize) {
        int rc = field_end(s, st == START ? s->vals.len : start);
        if (rc != DYAD_OK)
            return rc;
    }
    return bad ? ROW_AFTER_QUOTE : ROW_OK;
}

/* The input ended inside a quoted field: the row's first line is rejected
 * and what follows it is read again as rows. */
static int open_quote(dyad_reader *r, dyad_err *err, const char *what)
{
    if (!r->rec_oversize) {
        const char *nl = memchr(r->rec.data, '\n', r->rec.len);
        if (nl) {
            size_t keep = (size_t)(nl - r->rec.data);
            if (dyad_in_unread(r, nl + 1, r->rec.len - keep - 1) != DYAD_OK)
                return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                                    "out of memory");
            r->rec.len = keep;
            r->rec.data[keep] = '\0';
            if (keep && r->rec.data[keep - 1] == '\r')
                r->rec.data[--r->rec.len] = '\0';
            return dyad_in_reject(r, err,
                                  "%s: a quoted field is not closed (the "
                                  "lines after it are read as rows)", what);
        }
    }
    return dyad_in_reject(r, err, "%s: a quoted field is not closed", what);
}

static long find_col(const dyad_csv_state *s, const char *opt,
                     const char *const *defaults)
{
    const char *const one[] = {opt, NULL};
    for (const char *const *d = opt ? one : defaults; *d; d++)
        for (size_t i = 0; i < s->nf; i++)
            if (strcasecmp(s->vals.data + s->off[i], *d) == 0)
                return (long)i;
    return -1;
}

/* read_row, and the end of the input or a record counted: 0 at the end,
 * else read_row's result. */
static int next_row(dyad_reader *r, dyad_csv_state *s, dyad_err *err)
{
    int rc = read_row(r, s, err);
    if (rc == ROW_END) {
        r->mode = MODE_DONE;
        return 0;
    }
    if (rc > 0)
        r->stats.read++;
    return rc;
}

/* The header row: the columns, or a rejection that ends the file. */
static int read_header(dyad_reader *r, dyad_csv_state *s, dyad_err *err)
{
    int rc = next_row(r, s, err);
    if (rc <= 0)
        return rc;
    r->mode = MODE_DONE;   /* unless the header is good */
    if (r->rec_oversize)
        return dyad_in_reject(r, err, "CSV header line is longer than %zu "
                                      "bytes: the file is not read",
                              r->opts.max_record_bytes);
    if (rc == ROW_CUT)
        return dyad_in_reject(r, err, "CSV header cut short by a read "
                                      "error");
    if (rc == ROW_OPEN_QUOTE)
        return dyad_in_reject(r, err, "damaged CSV header: a quoted column "
                                      "name is not closed; the file is not "
                                      "read");
    if (rc == ROW_AFTER_QUOTE)
        return dyad_in_reject(r, err, "damaged CSV header: text after a "
                                      "closing quote; the file is not read");
    const dyad_ingest_opts *o = &r->opts;
    s->col_id = find_col(s, o->id_field, dyad_in_default_id);
    s->col_date = find_col(s, o->date_field, dyad_in_default_date);
    s->col_title = find_col(s, o->title_field, dyad_in_default_title);
    s->col_text = find_col(s, o->text_field, dyad_in_default_text);
    char names[160], tnames[96];
    if (s->col_date < 0) {
        dyad_in_field_names(names, sizeof names, o->date_field,
                            dyad_in_default_date);
        return dyad_in_reject(r, err, "damaged or not a CSV header of "
                                      "articles: no date column (looked "
                                      "for: %s); the file is not read",
                              names);
    }
    if (s->col_title < 0 && s->col_text < 0) {
        dyad_in_field_names(names, sizeof names, o->text_field,
                            dyad_in_default_text);
        dyad_in_field_names(tnames, sizeof tnames, o->title_field,
                            dyad_in_default_title);
        return dyad_in_reject(r, err, "damaged or not a CSV header of "
                                      "articles: no text or title column "
                                      "(looked for: %s; %s); the file is "
                                      "not read",
                              names, tnames);
    }
    s->date_name = dyad_strdup(s->vals.data + s->off[s->col_date]);
    if (!s->date_name)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                            "out of memory");
    s->ncols = s->nf;
    s->have_header = 1;
    r->stats.read--;   /* a good header is no record */
    r->mode = MODE_CSV;
    return 1;
}

static void take(const dyad_csv_state *s, long col, const char **p,
                 size_t *n)
{
    *p = NULL;
    *n = 0;
    if (col >= 0) {
        *p = s->vals.data + s->off[col];
        *n = s->len[col];
    }
}

int dyad_csv_next(dyad_reader *r, dyad_article *a, dyad_err *err)
{
    dyad_csv_state *s = r->csv;
    if (!s) {
        s = r->csv = dyad_calloc(1, sizeof *s);
        if (!s)
            return dyad_err_set(err, DYAD_ENOMEM, r->name, 0,
                                "out of memory");
    }
    if (!s->have_header) {
        int rc = read_header(r, s, err);
        if (rc != 1)
            return rc;
    }
    int rc = next_row(r, s, err);
    if (rc <= 0)
        return rc;
    if (r->rec.len && r->rec.data[r->rec.len - 1] == '\n')
        r->rec.data[--r->rec.len] = '\0';
    if (r->rec.len && r->rec.data[r->rec.len - 1] == '\r')
        r->rec.data[--r->rec.len] = '\0';
    if (r->rec_oversize)
        return dyad_in_reject(r, err,
                              "record longer than %zu bytes "
                              "(--max-article-bytes; not kept in --rejects)",
                              r->opts.max_record_bytes);
    if (rc == ROW_CUT)
        return dyad_in_reject(r, err, "CSV row cut short by a read error");
    if (rc == ROW_OPEN_QUOTE)
        return open_quote(r, err, "bad CSV row");
    if (rc == ROW_AFTER_QUOTE)
        return dyad_in_reject(r, err, "bad CSV row: text after a closing "
                                      "quote");
    if (s->nf != s->ncols)
        return dyad_in_reject(r, err, "bad CSV row: %zu fields, the header "
                                      "has %zu",
                              s->nf, s->ncols);
    dyad_in_fields f;
    take(s, s->col_id, &f.id, &f.id_len);
    take(s, s->col_date, &f.date, &f.date_len);
    take(s, s->col_title, &f.title, &f.title_len);
    take(s, s->col_text, &f.text, &f.text_len);
    f.date_name = s->date_name;
    return dyad_in_fields_article(r, &f, " in the row", a, err);
}
