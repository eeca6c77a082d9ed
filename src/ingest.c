/*
 * ingest.c - articles in: JSON Lines, a JSON array, CSV (csvin.c) or an
 * RSS / Atom feed (feed.c), plain or gzip (zlib reads both), from a file
 * or stdin. cJSON stays inside this file.
 *
 * A JSON array is not loaded whole: a small scanner splits it into its
 * elements (tracking strings and nesting without recursion), so array files
 * stream like JSON Lines and each record knows the line it starts on.
 *
 * The format is decided by the first byte that is not blank (after a
 * UTF-8 byte order mark): '[' a JSON array, '<' a feed, anything else JSON
 * Lines; a name ending in .csv or .csv.gz is CSV; dyad_ingest_opts.format
 * overrides. A bad record never costs the good ones beside it, whatever
 * the format: an array element that cannot end (a line break inside a
 * string, or a later line of it that is a whole JSON object by itself, as
 * in a JSON Lines file whose first line is damaged and starts with '[')
 * makes the rest of the input JSON Lines: the element's first line is
 * rejected and each following line judged on its own. After an array's
 * closing bracket the format is decided again.
 */
#include "dyad/ingest.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "ingest_int.h"
#include "util/alloc.h"
#include "util/hash.h"
#include "util/simd.h"
#include "util/utf8.h"

#define CHUNK (256 * 1024)

const char *const dyad_in_default_id[] = {"id", "url", "guid", "link", NULL};
const char *const dyad_in_default_date[] = {
    "date", "published", "publishedAt", "pubDate", "timestamp", "year",
    "publish_date", "published_at", "datetime", NULL};
const char *const dyad_in_default_title[] = {"title", "headline",
                                             "headline_text", "headlines",
                                             NULL};
const char *const dyad_in_default_text[] = {"text", "body", "content",
                                            "article", "news", NULL};
#define default_id dyad_in_default_id
#define default_date dyad_in_default_date
#define default_title dyad_in_default_title
#define default_text dyad_in_default_text

int dyad_input_format_parse(const char *s)
{
    static const char *const names[] = {"auto", "jsonl", "json", "csv",
                                        "rss", "atom"};
    for (int i = 0; i < (int)(sizeof names / sizeof *names); i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

/* A name ending in .csv or .csv.gz (any case). */
static int csv_name(const char *path)
{
    size_t n = strlen(path);
    if (n > 3 && strcasecmp(path + n - 3, ".gz") == 0)
        n -= 3;
    return n > 4 && strncasecmp(path + n - 4, ".csv", 4) == 0;
}

dyad_reader *dyad_reader_open(const char *path, const dyad_ingest_opts *opts,
                              dyad_err *err)
{
    int is_stdin = !path || strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    dyad_reader *r = dyad_calloc(1, sizeof *r);
    if (!r)
        goto nomem;
    r->name = dyad_strdup(name);
    r->chunk = dyad_malloc(CHUNK);
    if (!r->name || !r->chunk)
        goto nomem;
    if (opts)
        r->opts = *opts;
    if (!r->opts.max_record_bytes)
        r->opts.max_record_bytes = DYAD_MAX_RECORD_DEFAULT;
    if (!r->opts.now)
        r->opts.now = (int64_t)time(NULL);
    if (r->opts.format == DYAD_INPUT_AUTO && !is_stdin && csv_name(path))
        r->opts.format = DYAD_INPUT_CSV;
    int fd = is_stdin ? dup(STDIN_FILENO) : open(path, O_RDONLY);
    if (fd < 0) {
        dyad_err_set(err, DYAD_ENOENT, name, 0, "cannot open: %s",
                     strerror(errno));
        goto fail;
    }
    r->gz = gzdopen(fd, "rb");
    if (!r->gz) {
        close(fd);
        goto nomem;
    }
    /* zlib's input buffer at a quarter of a chunk: gzread of a chunk
     * then reads a plain file, or inflates a gzip stream, straight into
     * it (zlib does when asked for at least twice its output buffer,
     * which is twice its input buffer); with a whole chunk every byte
     * went through zlib's buffer and a copy (2.0M of 181.5M instructions
     * on 2,000 Reuters-21578 lines, 7.2M of 223.9M gzipped) */
    gzbuffer(r->gz, CHUNK / 4);
    return r;
nomem:
    dyad_err_set(err, DYAD_ENOMEM, name, 0, "out of memory");
fail:
    dyad_reader_close(r);
    return NULL;
}

void dyad_reader_close(dyad_reader *r)
{
    if (!r)
        return;
    if (r->gz)
        gzclose(r->gz);
    dyad_free(r->name);
    dyad_free(r->chunk);
    dyad_buf_free(&r->back);
    dyad_buf_free(&r->rec);
    dyad_buf_free(&r->id);
    dyad_buf_free(&r->title);
    dyad_buf_free(&r->text);
    dyad_buf_free(&r->tmp);
    dyad_scored_parser_free(r->sp);
    dyad_csv_free(r->csv);
    dyad_feed_free(r->feed);
    dyad_free(r);
}

dyad_span dyad_reader_raw(const dyad_reader *r)
{
    dyad_span s = {r->rec.data ? r->rec.data : "", r->rec.len};
    if (r->rec_oversize)
        s.len = 0;
    return s;
}

const dyad_ingest_stats *dyad_reader_stats(const dyad_reader *r)
{
    return &r->stats;
}

uint64_t dyad_reader_offset(const dyad_reader *r)
{
    z_off_t off = gzoffset(r->gz);
    return off > 0 ? (uint64_t)off : 0;
}

/* zlib's message without the "<fd:N>: " it puts first for a gzdopen'd
 * file: the file's name is in the report already. */
static const char *gz_msg(const char *msg)
{
    if (msg && strncmp(msg, "<fd:", 4) == 0) {
        const char *q = strstr(msg, ">: ");
        if (q)
            return q + 3;
    }
    return msg ? msg : "unknown error";
}

/* Refills the chunk; returns 0 at end of input, -1 on error. */
static int refill(dyad_reader *r, dyad_err *err)
{
    if (r->eof)
        return 0;
    int n = gzread(r->gz, r->chunk, CHUNK);
    if (n < 0 || (n == 0 && !gzeof(r->gz))) {
        int zerr;
        const char *msg = gzerror(r->gz, &zerr);
        r->eof = 1;
        r->io_error = r->io_pending = 1;
        dyad_err_set(&r->io_err, DYAD_EIO, r->name, r->line + 1,
                     "read error: %s",
                     zerr == Z_ERRNO ? strerror(errno) : gz_msg(msg));
        if (err)
            *err = r->io_err;
        return -1;
    }
    if (n == 0) {
        /* gzread hides a cut-short gzip stream until gzerror is asked. */
        int zerr;
        const char *msg = gzerror(r->gz, &zerr);
        r->eof = 1;
        if (zerr != Z_OK && zerr != Z_STREAM_END) {
            r->io_error = r->io_pending = 1;
            dyad_err_set(&r->io_err, DYAD_EIO, r->name, r->line + 1,
                         "read error: %s (truncated or corrupt input?)",
                          gz_msg(msg));
            if (err)
                *err = r->io_err;
            return -1;
        }
        return 0;
    }
    r->pos = 0;
    r->fill = (size_t)n;
    return 1;
}

int dyad_in_unread(dyad_reader *r, const void *p, size_t n)
{
    const char *s = p;
    for (size_t i = 0; i < n; i++)
        r->line -= s[i] == '\n';
    if (r->back_pos == r->back.len) {
        dyad_buf_clear(&r->back);
        r->back_pos = 0;
        return n ? dyad_buf_append(&r->back, s, n) : DYAD_OK;
    }
    if (n <= r->back_pos) {   /* the bytes just read from back */
        r->back_pos -= n;
        memmove(r->back.data + r->back_pos, s, n);
        return DYAD_OK;
    }
    /* in front of what is left to read: rebuild */
    size_t left = r->back.len - r->back_pos;
    dyad_buf nb = {0};
    if (dyad_buf_reserve(&nb, n + left) != DYAD_OK ||
        dyad_buf_append(&nb, s, n) != DYAD_OK ||
        dyad_buf_append(&nb, r->back.data + r->back_pos, left) != DYAD_OK) {
        dyad_buf_free(&nb);
        return DYAD_ENOMEM;
    }
    dyad_buf_free(&r->back);
    r->back = nb;
    r->back_pos = 0;
    return DYAD_OK;
}

int dyad_in_span(dyad_reader *r, const unsigned char **p, size_t *n,
                 dyad_err *err)
{
    if (r->back_pos < r->back.len) {
        *p = (const unsigned char *)r->back.data + r->back_pos;
        *n = r->back.len - r->back_pos;
        r->back_pos = r->back.len;
        return 1;
    }
    if (r->pos == r->fill) {
        int k = refill(r, err);
        if (k <= 0)
            return k;
    }
    *p = r->chunk + r->pos;
    *n = r->fill - r->pos;
    r->pos = r->fill;
    return 1;
}

/* Appends to the current record unless it grew past the limit. */
int dyad_in_rec_add(dyad_reader *r, const void *p, size_t n, dyad_err *err)
{
    if (r->rec_oversize)
        return DYAD_OK;
    if (r->rec.len + n > r->opts.max_record_bytes) {
        r->rec_oversize = 1;
        return DYAD_OK;
    }
    if (dyad_buf_append(&r->rec, p, n) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                            "out of memory for a record of %zu bytes",
                            r->rec.len + n);
    return DYAD_OK;
}
#define rec_add dyad_in_rec_add

void dyad_in_rec_start(dyad_reader *r)
{
    dyad_buf_clear(&r->rec);
    r->rec_oversize = 0;
    r->rec_line = r->line + 1;
}
#define rec_start dyad_in_rec_start

/* Reads one line into rec (without its LF). 1 = line, 0 = end, <0 error. */
static int read_line(dyad_reader *r, dyad_err *err)
{
    rec_start(r);
    int any = 0;
    for (;;) {
        const unsigned char *s;
        size_t avail;
        int from_back = r->back_pos < r->back.len;
        if (from_back) {
            s = (const unsigned char *)r->back.data + r->back_pos;
            avail = r->back.len - r->back_pos;
        } else {
            if (r->pos == r->fill) {
                int k = refill(r, err);
                if (k < 0)
                    return any ? 1 : DYAD_EIO;
                if (k == 0) {
                    if (any)
                        r->line++;
                    return any;
                }
            }
            s = r->chunk + r->pos;
            avail = r->fill - r->pos;
        }
        any = 1;
        const unsigned char *nl = memchr(s, '\n', avail);
        size_t n = nl ? (size_t)(nl - s) : avail;
        int rc = rec_add(r, s, n, err);
        if (rc != DYAD_OK)
            return rc;
        if (from_back)
            r->back_pos += n + (nl ? 1 : 0);
        else
            r->pos += n + (nl ? 1 : 0);
        if (nl) {
            r->line++;
            return 1;
        }
    }
}

int dyad_in_byte(dyad_reader *r, dyad_err *err)
{
    int c;
    if (r->back_pos < r->back.len) {
        c = (unsigned char)r->back.data[r->back_pos++];
    } else {
        if (r->pos == r->fill && refill(r, err) <= 0)
            return -1;
        c = r->chunk[r->pos++];
    }
    if (c == '\n')
        r->line++;
    return c;
}
#define next_byte dyad_in_byte

static int is_ws(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Gives one byte back (it was just read: the chunk still holds it). */
static int unread1(dyad_reader *r, int c)
{
    char ch = (char)c;
    return dyad_in_unread(r, &ch, 1);
}

/* A structural fault of the input that is not one record's (an array
 * never closed, a feed cut short): counted as one record read and
 * rejected, so that the summary adds up; the raw record is empty unless
 * keep_rec. */
static int input_fault(dyad_reader *r, dyad_err *err, unsigned long line,
                       int keep_rec, const char *msg)
{
    if (!keep_rec) {
        dyad_buf_clear(&r->rec);
        r->rec_oversize = 0;
    }
    r->rec_line = line;
    r->stats.read++;
    return dyad_in_reject(r, err, "%s", msg);
}

/* How deep JSON text is, byte by byte: strings (with their escapes) and
 * brackets; enough to split an array into elements and to tell a whole
 * object, not to check JSON (cJSON does that). */
typedef struct {
    long depth;
    int in_str, esc;
} nesting;

static void nest(nesting *st, int c)
{
    if (st->in_str) {
        if (st->esc)
            st->esc = 0;
        else if (c == '\\')
            st->esc = 1;
        else if (c == '"')
            st->in_str = 0;
    } else if (c == '"') {
        st->in_str = 1;
    } else if (c == '{' || c == '[') {
        st->depth++;
    } else if (c == '}' || c == ']') {
        st->depth--;
    }
}

/* 1 if s[0, n) is one whole JSON object by its brackets and quotes, with
 * nothing but blanks around it (and perhaps a comma after it): a line of
 * JSON Lines, or an element of an array written one to a line, which
 * cannot be the inside of a value. */
static int whole_object(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && is_ws((unsigned char)s[i]))
        i++;
    if (i == n || s[i] != '{')
        return 0;
    nesting st = {0, 0, 0};
    for (; i < n; i++) {
        nest(&st, s[i]);
        if (!st.in_str && (s[i] == '}' || s[i] == ']') && st.depth <= 0)
            break;
    }
    if (i == n || st.depth < 0)
        return 0;
    int comma = 0;
    for (i++; i < n; i++)
        if (!is_ws((unsigned char)s[i]) && (s[i] != ',' || comma++))
            return 0;
    return 1;
}

/* The element in rec cannot end: its first line is rejected and the lines
 * after it (given back) are read as JSON Lines. */
static int array_to_lines(dyad_reader *r, dyad_err *err, const char *why)
{
    const char *nl = memchr(r->rec.data, '\n', r->rec.len);
    size_t keep = nl ? (size_t)(nl - r->rec.data) : r->rec.len;
    if (nl && dyad_in_unread(r, nl + 1, r->rec.len - keep - 1) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                            "out of memory");
    r->rec.len = keep;
    r->rec.data[keep] = '\0';
    if (r->array_elems == 0 && r->rec_line == r->array_line) {
        /* the line as it was, with the bracket that opened the array
         * (for --rejects) */
        dyad_buf_clear(&r->tmp);
        if (dyad_buf_putc(&r->tmp, '[') != DYAD_OK ||
            dyad_buf_append(&r->tmp, r->rec.data, r->rec.len) != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                                "out of memory");
        dyad_buf swap = r->rec;
        r->rec = r->tmp;
        r->tmp = swap;
    }
    r->mode = MODE_LINES;
    r->array_lines = 1;
    char msg[160];
    snprintf(msg, sizeof msg,
             "JSON array element does not end (%s): the input is read as "
             "JSON Lines from line %lu", why, r->rec_line + 1);
    return input_fault(r, err, r->rec_line, 1, msg);
}

/* Reads the next element of a JSON array into rec. 1 = element, 0 = end
 * of input, 2 = end of the array (the format is decided again for what
 * follows), DYAD_EPARSE = the array itself is malformed (counted as a
 * rejected record).
 *
 * At each line break inside an element the scanner asks whether the
 * element can still be part of an array; when it cannot, the rest of the
 * input is read as lines (array_to_lines), so that one damaged element or
 * line never takes the good ones after it: a line break inside a string;
 * a closing bracket with no opening one; a whole value followed by
 * anything but ',' or ']'; a later line that is a whole JSON object by
 * itself (the lines of a JSON Lines file after a damaged first line). */
/* The bytes available now without reading (given back ones first, else
 * the chunk, refilled when empty): 1 with *p and *n, 0 at the end, -1 on
 * a read error. Nothing is consumed (in_consume). */
static int in_peek(dyad_reader *r, const unsigned char **p, size_t *n,
                   dyad_err *err)
{
    if (r->back_pos < r->back.len) {
        *p = (const unsigned char *)r->back.data + r->back_pos;
        *n = r->back.len - r->back_pos;
        return 1;
    }
    if (r->pos == r->fill) {
        int k = refill(r, err);
        if (k <= 0)
            return k;
    }
    *p = r->chunk + r->pos;
    *n = r->fill - r->pos;
    return 1;
}

/* Consumes n bytes of what in_peek gave (lines not counted). */
static void in_consume(dyad_reader *r, size_t n)
{
    if (r->back_pos < r->back.len)
        r->back_pos += n;
    else
        r->pos += n;
}

static int read_element(dyad_reader *r, dyad_err *err)
{
    int c;
    do {
        c = next_byte(r, err);
    } while (c >= 0 && (is_ws(c) || c == ','));
    if (c < 0) {
        r->mode = MODE_DONE;
        if (r->io_error)
            return 0;
        return input_fault(r, err, r->line + 1, 0,
                           "JSON array is not closed with ']'");
    }
    if (c == ']') {
        r->mode = MODE_UNKNOWN;
        r->after_array = 1;
        return 2;
    }
    rec_start(r);
    if (unread1(r, c) != DYAD_OK)
        goto nomem;
    size_t line_start = 0;   /* where the current line starts in rec */
    int first_line = 1, unbalanced = 0, rc;
    nesting st = {0, 0, 0};
    const unsigned char *p;
    size_t n;
    /* a run of bytes at a time, up to the element's end or a line feed */
    while (in_peek(r, &p, &n, err) > 0) {
        size_t i = 0;
        for (; i < n; i++) {
            c = p[i];
            if (c == '\n')
                break;
            if (!st.in_str && st.depth == 0 && (c == ',' || c == ']')) {
                rc = rec_add(r, p, i, err);
                /* a comma is taken; a bracket left: the caller sees the
                 * end next time */
                in_consume(r, i + (c == ','));
                r->array_elems++;
                return rc != DYAD_OK ? rc : 1;
            }
            nest(&st, c);
            if (st.depth < 0) {
                unbalanced = 1;
                st.depth = 0;
            }
        }
        if ((rc = rec_add(r, p, i + (i < n), err)) != DYAD_OK)
            return rc;
        in_consume(r, i + (i < n));
        if (i == n || r->rec_oversize) {
            r->line += i < n;
            continue;
        }
        r->line++;
        /* a line feed: can the element still be part of an array? */
        if (st.in_str || (st.depth == 0 && !unbalanced)) {
            /* a line break in a string, or after a whole value: unless
             * ',' or ']' (or nothing) follows, this is no array */
            while ((c = next_byte(r, err)) >= 0 && is_ws(c))
                ;
            if (c < 0)
                break;
            if (unread1(r, c) != DYAD_OK)
                goto nomem;
            if (!st.in_str && (c == ',' || c == ']'))
                continue;
            if (st.in_str)
                return array_to_lines(r, err, "a line break in a string");
            r->mode = MODE_LINES;   /* the value is a record; lines */
            r->array_lines = 1;
            return 1;
        }
        if (unbalanced)
            return array_to_lines(r, err, "a closing bracket without "
                                          "an opening one");
        if (!first_line &&
            whole_object(r->rec.data + line_start, r->rec.len - line_start))
            return array_to_lines(r, err,
                                  "a later line is a JSON object by itself");
        first_line = 0;
        line_start = r->rec.len;
    }
    if (st.depth == 0 && !st.in_str && !unbalanced && !r->io_error)
        return 1;   /* a whole value; the missing ']' is reported next */
    r->mode = MODE_DONE;
    if (r->io_error)
        return 1;   /* the part read is judged (and rejected) as a record */
    /* the last line may be a JSON object by itself (no line feed after it) */
    if (!first_line && !r->rec_oversize &&
        whole_object(r->rec.data + line_start, r->rec.len - line_start))
        return array_to_lines(r, err,
                              "a later line is a JSON object by itself");
    return input_fault(r, err, r->rec_line, 1,
                       "JSON array ends inside a value");
nomem:
    return dyad_err_set(err, DYAD_ENOMEM, r->name, r->line, "out of memory");
}

/* 1 if the input (at a '<') starts as XML does: a declaration, a comment,
 * a DOCTYPE, or the root of an RSS or Atom feed ("<rss", "<feed",
 * "<rdf:RDF", with or without a prefix); 0 if not (a damaged JSON line
 * that happens to start with '<'); the bytes stay unread. */
static int xml_start(dyad_reader *r, dyad_err *err)
{
    static const char *const starts[] = {"<?xml", "<!--", "<!DOCTYPE",
                                         "<rss", "<feed", "<rdf:RDF", NULL};
    char peek[16];
    size_t n = 0;
    int c;
    while (n < sizeof peek && (c = next_byte(r, err)) >= 0) {
        peek[n++] = (char)c;
        if (c == '>' || is_ws(c))
            break;
    }
    if (dyad_in_unread(r, peek, n) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, r->line,
                            "out of memory");
    for (const char *const *s = starts; *s; s++) {
        size_t k = strlen(*s);
        if (n >= k && memcmp(peek, *s, k) == 0)
            return 1;
    }
    /* "<atom:feed", "<x:rss": a prefixed root */
    const char *colon = memchr(peek, ':', n);
    if (colon) {
        size_t rest = n - (size_t)(colon + 1 - peek);
        if ((rest >= 3 && memcmp(colon + 1, "rss", 3) == 0) ||
            (rest >= 4 && memcmp(colon + 1, "feed", 4) == 0))
            return 1;
    }
    return 0;
}

/* Looks at the first byte that is not blank to decide the format. 1, or 0
 * at the end of input, or DYAD_ENOMEM. */
static int detect_mode(dyad_reader *r, dyad_err *err)
{
    int c;
    if (!r->started) {
        r->started = 1;
        /* a UTF-8 byte order mark at the very start */
        unsigned char bom[3];
        int k = 0;
        while (k < 3 && (c = next_byte(r, err)) >= 0 &&
               c == (unsigned char)"\xef\xbb\xbf"[k])
            bom[k++] = (unsigned char)c;
        if (k < 3) {
            if (c >= 0 && k < 3)
                bom[k++] = (unsigned char)c;
            if (dyad_in_unread(r, bom, (size_t)k) != DYAD_OK)
                return dyad_err_set(err, DYAD_ENOMEM, r->name, 0,
                                    "out of memory");
        }
        if (r->opts.format == DYAD_INPUT_CSV) {
            r->mode = MODE_CSV;
            return 1;
        }
    }
    if (r->opts.format == DYAD_INPUT_CSV) {
        r->mode = MODE_DONE;
        return 0;
    }
    while ((c = next_byte(r, err)) >= 0 && is_ws(c))
        ;
    if (c < 0) {
        r->mode = MODE_DONE;
        return 0;
    }
    if (unread1(r, c) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, r->line,
                            "out of memory");
    switch (r->opts.format) {
    case DYAD_INPUT_JSONL: r->mode = MODE_LINES; break;
    case DYAD_INPUT_RSS:
    case DYAD_INPUT_ATOM: r->mode = MODE_FEED; break;
    default:
        r->mode = c == '[' ? MODE_ARRAY : MODE_LINES;
        if (c == '<' && r->opts.format == DYAD_INPUT_AUTO && !r->after_array) {
            int k = xml_start(r, err);
            if (k < 0)
                return k;
            if (k)
                r->mode = MODE_FEED;
        }
    }
    if (r->mode == MODE_ARRAY) {
        r->back_pos++;   /* the bracket */
        r->array_line = r->line + 1;
        r->array_elems = 0;
    }
    if (r->mode == MODE_LINES && r->after_array)
        r->array_lines = 1;
    return 1;
}

static const cJSON *find_field(const cJSON *obj, const char *opt,
                               const char *const *defaults)
{
    if (opt)
        return cJSON_GetObjectItemCaseSensitive(obj, opt);
    for (; *defaults; defaults++) {
        const cJSON *f = cJSON_GetObjectItemCaseSensitive(obj, *defaults);
        if (f && !cJSON_IsNull(f))
            return f;
    }
    return NULL;
}

void dyad_in_field_names(char *out, size_t n, const char *opt,
                         const char *const *defaults)
{
    if (opt) {
        snprintf(out, n, "%s", opt);
        return;
    }
    size_t k = 0;
    out[0] = '\0';
    for (; *defaults && k < n; defaults++)
        k += (size_t)snprintf(out + k, n - k, "%s%s", k ? ", " : "",
                              *defaults);
}

#define field_names dyad_in_field_names

static int reject(dyad_reader *r, dyad_err *err, unsigned long col,
                  const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int reject(dyad_reader *r, dyad_err *err, unsigned long col,
                  const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dyad_err_set(err, DYAD_EPARSE, r->name, r->rec_line, "%s", msg);
    if (err)
        err->col = col;
    r->stats.rejected++;
    return DYAD_EPARSE;
}

int dyad_in_reject(dyad_reader *r, dyad_err *err, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return reject(r, err, 0, "%s", msg);
}

/* Copies n bytes of a string field, repairing its UTF-8. 0 ok, 1 beyond
 * repair, DYAD_ENOMEM. */
static int take_text_n(const char *s, size_t n, dyad_buf *dst, int *repaired)
{
    if (dyad_utf8_invalid(s, n) == 0) {
        dyad_buf_clear(dst);
        return dyad_buf_append(dst, s, n);
    }
    long k = dyad_utf8_repair(s, n, dst);
    if (k == DYAD_UTF8_BINARY)
        return 1;
    if (k < 0)
        return DYAD_ENOMEM;
    *repaired += (int)k;
    return 0;
}

static int take_text(const char *s, dyad_buf *dst, int *repaired)
{
    return take_text_n(s, strlen(s), dst, repaired);
}

struct dyad_scored_parser {
    dyad_scored s;
    dyad_scored_pair *pairs;
    size_t cap;
    dyad_buf pool;      /* lexicon and evidence texts, NUL-separated */
    dyad_buf line;      /* the line with JSON_PAD zero bytes (scan_record) */
    int cjson_only;     /* never the fast scanner */
};

/* The parse's strings are in p->pool, which moves while it grows: the
 * lexicon and each pair's evidence were kept as offsets until now. */
static void scored_done(dyad_scored_parser *p, size_t lex_off, size_t n)
{
    p->s.lexicon = p->pool.data + lex_off;
    for (size_t i = 0; i < n; i++)
        p->pairs[i].evidence = p->pool.data + (uintptr_t)p->pairs[i].evidence;
    p->s.pairs = p->pairs;
    p->s.npairs = n;
}

/* Sets a->date_iso; 1 if the date is in range, else a rejection. */
static int date_in_range(dyad_reader *r, dyad_article *a, dyad_err *err)
{
    dyad_date__iso(&a->date, a->date_iso);
    if (a->date.year < 1000 || a->date.unix > r->opts.now + 2 * 86400)
        return reject(r, err, 0,
                      "date %s out of range (year 1000 to two days from now)",
                      a->date_iso);
    return 1;
}

/* The record's date into a->date and a->date_iso. 1, or a rejection. */
static int get_date(dyad_reader *r, const cJSON *obj, dyad_article *a,
                    dyad_err *err)
{
    char names[160];
    const cJSON *date = find_field(obj, r->opts.date_field, default_date);
    field_names(names, sizeof names, r->opts.date_field, default_date);
    if (!date || cJSON_IsNull(date))
        return reject(r, err, 0, "no date (looked for: %s)", names);
    dyad_err derr = {0};
    int drc;
    if (cJSON_IsString(date))
        drc = dyad_date_parse(date->valuestring, strlen(date->valuestring),
                              &a->date, &derr);
    else if (cJSON_IsNumber(date))
        drc = dyad_date_from_number(date->valuedouble, &a->date, &derr);
    else
        drc = dyad_err_set(&derr, DYAD_EPARSE, NULL, 0,
                           "not a string or number");
    if (drc != DYAD_OK)
        return reject(r, err, 0, "bad date in '%s': %s", date->string,
                      derr.msg);
    return date_in_range(r, a, err);
}

static int hash_id(dyad_reader *r, const dyad_article *a, const char *title,
                   size_t title_len, const char *text, size_t text_len);
#define hash_id_bufs(r, a)                                                 \
    hash_id(r, a, (r)->title.data ? (r)->title.data : "", (r)->title.len, \
            (r)->text.data ? (r)->text.data : "", (r)->text.len)

/* The record's id, or a hash of its date, title and text. */
static int get_id(dyad_reader *r, const cJSON *obj, dyad_article *a)
{
    const cJSON *id = find_field(obj, r->opts.id_field, default_id);
    dyad_buf_clear(&r->id);
    if (id && cJSON_IsString(id) && id->valuestring[0])
        return dyad_buf_puts(&r->id, id->valuestring);
    if (id && cJSON_IsNumber(id))
        return dyad_buf_printf(&r->id, "%.17g", id->valuedouble);
    return hash_id_bufs(r, a);
}

/* The id of a record without one: a hash of its date, title and text. */
static int hash_id(dyad_reader *r, const dyad_article *a, const char *title,
                   size_t title_len, const char *text, size_t text_len)
{
    uint64_t h = dyad_hash(a->date_iso, 10, DYAD_HASH_INIT);
    h = dyad_hash("\x1f", 1, h);
    h = dyad_hash(title, title_len, h);
    h = dyad_hash("\x1f", 1, h);
    h = dyad_hash(text, text_len, h);
    return dyad_buf_printf(&r->id, "h%016llx", (unsigned long long)h);
}

/* 1 if s[0, n) holds something other than blanks. */
static int has_words_n(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_ws((unsigned char)s[i]))
            return 1;
    return 0;
}

/* 1 if the buffer holds something other than blanks. */
static int has_words(const dyad_buf *b)
{
    return has_words_n(b->data, b->len);
}

/* Text and title of an article record into r->text, r->title: a record
 * with either is read (a headline alone is news too). 1, or a rejection,
 * or DYAD_ENOMEM. */
static int get_text(dyad_reader *r, const cJSON *obj, const cJSON *text,
                    dyad_article *a, dyad_err *err)
{
    if (text && !cJSON_IsNull(text) && !cJSON_IsString(text))
        return reject(r, err, 0, "text field '%s' is not a string",
                      text->string);
    const cJSON *title = find_field(obj, r->opts.title_field, default_title);
    if (title && !cJSON_IsNull(title) && !cJSON_IsString(title))
        return reject(r, err, 0, "title field '%s' is not a string",
                      title->string);
    int k = 0;
    if (text && cJSON_IsString(text))
        k = take_text(text->valuestring, &r->text, &a->repaired);
    if (k == 0 && title && cJSON_IsString(title))
        k = take_text(title->valuestring, &r->title, &a->repaired);
    if (k == 1)
        return reject(r, err, 0,
                      "text is not UTF-8 and not repairable (binary data?)");
    if (k < 0)
        return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                            "out of memory");
    if (has_words(&r->text) || has_words(&r->title))
        return 1;
    char names[160], tnames[96];
    field_names(names, sizeof names, r->opts.text_field, default_text);
    field_names(tnames, sizeof tnames, r->opts.title_field, default_title);
    if (!text || cJSON_IsNull(text))
        return reject(r, err, 0, "no text or title (looked for: %s; %s)",
                      names, tnames);
    return reject(r, err, 0, "text '%s' is empty and there is no title",
                  text->string);
}

static int scored_from(dyad_scored_parser *p, const cJSON *obj, char *why,
                       size_t whyn);

/* cJSON decodes "\u0000" to a NUL that cuts the string short, and a \u
 * escape without four hex digits ("\uZZZZ") to the same NUL, silently.
 * Finds either in a record cJSON accepted (where a backslash is only ever
 * inside a string): 0 none, else the 1-based column; *nul says which. */
static unsigned long bad_u_escape(const char *s, size_t n, int *nul)
{
    const char *p = s, *e = s + n;
    while ((p = memchr(p, '\\', (size_t)(e - p))) != NULL) {
        const char *q = p;
        while (q < e && *q == '\\')
            q++;
        if (((q - p) & 1) && q < e && *q == 'u') {
            int ok = e - q >= 5;
            for (int i = 1; ok && i <= 4; i++)
                ok = dyad_hex_digit((unsigned char)q[i]) >= 0;
            *nul = ok;
            if (!ok || memcmp(q + 1, "0000", 4) == 0)
                return (unsigned long)(q - 1 - s) + 1;
        }
        p = q;
    }
    return 0;
}

/* Points a at the record's fields and counts it as good. */
static void finish(dyad_reader *r, dyad_article *a)
{
    a->id = r->id.data;
    a->title = r->title.data ? r->title.data : "";
    a->text = r->text.data ? r->text.data : "";
    a->text_len = r->text.len;
    a->src = r->name;
    a->line = r->rec_line;
    r->stats.good++;
    if (a->repaired)
        r->stats.repaired++;
}

/* The fast reader. cJSON builds a tree of every record, with an
 * allocation per value and a copy per string, and writes each evidence
 * array out again; for the few fields a record gives, a scanner over the
 * record's bytes does the same work at a fraction of the cost. It accepts
 * a strict subset of what cJSON reads (JSON whitespace only, keys without
 * escapes and none twice, no surrogate escapes that do not pair, nesting
 * up to FAST_DEPTH, numbers under 64 characters) and gives up on anything
 * else, and on any record it would reject: the record then goes to cJSON
 * as before, so what is read, and every rejection and its message, stay
 * those of cJSON. Measured (callgrind, 10,000 pre-scored lines): reading
 * took 2,100M instructions with cJSON, 570M with the scanner. The unit
 * tests test_ingest_fast_scanner_matches_cjson and
 * test_ingest_scanner_block_edges and the jsonl and scored fuzz targets
 * compare the two readers (dyad_ingest_opts.cjson_only). */

#define FAST_DEPTH 32
#define FAST_FIELDS 32
/* The scanner reads whole blocks: a record must have JSON_PAD zero bytes
 * after its end (pad_record), where a string that is not closed stops. */
#define JSON_PAD 64

enum jtype { J_NULL, J_FALSE, J_TRUE, J_NUM, J_STR, J_ARR, J_OBJ };

typedef struct {
    const char *key;
    size_t klen;
    enum jtype type;
    const char *v;      /* a string's bytes inside the quotes; else the
                           value's text */
    size_t vlen;
    int esc;            /* a string with escapes */
    int canon;          /* the value is as cJSON_PrintUnformatted writes it */
    int lazy;           /* an array only delimited, not checked yet */
    int ascii;          /* a string of ASCII bytes without \u escapes: it
                         * decodes to ASCII, which is UTF-8 */
    char *d;            /* a string decoded (scan_record with dec), its
                           length dlen */
    size_t dlen;
    unsigned tag;       /* key_tag of the key */
} jfield;

/* An object's members as scanned: f[0, n), and in keys a bit for each
 * member's key (key_slot), which tells most keys that are not there
 * without a look at the members. With the bits and tags, a key given
 * twice and the fields jget looks up are found without a memcmp call
 * for each key of the same length: dyad_reader_next on all of
 * Reuters-21578 100.9M -> 96.6M instructions. slot[b] is the member
 * whose key has bit b, unless bit b of multi says more keys have it:
 * jget then checks that member alone instead of looking through the
 * members before it (dyad_reader_next on all of Reuters-21578 80.8M ->
 * 79.9M). */
typedef struct {
    jfield f[FAST_FIELDS];
    size_t n;
    uint64_t keys, multi;
    unsigned char slot[64];
} jobj;
_Static_assert(FAST_FIELDS <= 256, "jobj.slot holds a member's index in a byte");

/* A key's length and first and last bytes: keys of different tags
 * differ. */
static inline unsigned key_tag(const char *k, size_t len)
{
    return len ? (unsigned)(len & 0xff) | (unsigned)(unsigned char)k[0] << 8 |
                     (unsigned)(unsigned char)k[len - 1] << 16
               : 0;
}

static inline unsigned key_slot(unsigned tag)
{
    return (tag * 0x9E3779B1u) >> 26;
}

static int hex4(const char *p, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int d = dyad_hex_digit((unsigned char)p[i]);
        if (d < 0)
            return 0;
        v = v * 16 + (unsigned)d;
    }
    *out = v;
    return 1;
}

/* A \u escape at p (p[0] == '\\', p[1] == 'u') that cJSON decodes to a
 * code point other than NUL: its length (6, or 12 for a surrogate pair),
 * the code point in *cp; 0 for anything else. */
static size_t u_escape(const char *p, const char *e, unsigned *cp)
{
    unsigned hi, lo;
    if (e - p < 6 || !hex4(p + 2, &hi) || hi == 0 ||
        (hi >= 0xDC00 && hi <= 0xDFFF))
        return 0;
    if (hi < 0xD800 || hi > 0xDBFF) {
        *cp = hi;
        return 6;
    }
    if (e - p < 12 || p[6] != '\\' || p[7] != 'u' || !hex4(p + 8, &lo) ||
        lo < 0xDC00 || lo > 0xDFFF)
        return 0;
    *cp = 0x10000 + (((hi & 0x3FF) << 10) | (lo & 0x3FF));
    return 12;
}

/* A string's bytes are read sixteen at a time as masks: bit k of
 * stops16(p) is set when p[k] ends a run of plain bytes ('"', '\\' or a
 * control byte), bit k of *high when p[k] is not ASCII. SSE2 where there
 * is SSE2 (every x86-64), else eight bytes a word; -DDYAD_NO_SIMD builds
 * the word version on x86 too (unit.ingest_scalar). */
#if DYAD_SSE2
static inline unsigned stops16(const char *p, unsigned *high)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    /* '"' ^ 2 is ' ' and control bytes stay below it: one unsigned
     * minimum finds both */
    __m128i y = _mm_xor_si128(x, _mm_set1_epi8(2));
    __m128i qc = _mm_cmpeq_epi8(_mm_min_epu8(y, _mm_set1_epi8(0x20)), y);
    __m128i bs = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
    *high = (unsigned)_mm_movemask_epi8(x);
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(qc, bs));
}
#else
/* Eight bytes little-endian, whatever the machine's order (compilers
 * make one load of it where they can). */
static inline uint64_t load8(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
           (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 |
           (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 |
           (uint64_t)u[7] << 56;
}

/* The top bits of w's bytes as eight bits, byte k's as bit k. */
static inline unsigned pack8(uint64_t w)
{
    return (unsigned)((((w >> 7) & 0x0101010101010101ULL) *
                       0x0102040810204080ULL) >> 56);
}

/* stops16 of eight bytes. A byte of t is zero when the top bit of
 * ((t & 0x7f) + 0x7f) | t is clear, exactly: no carry crosses a byte. */
static inline unsigned stops8(uint64_t w, unsigned *high)
{
    const uint64_t lo = 0x7f7f7f7f7f7f7f7fULL, ones = 0x0101010101010101ULL;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\'),
             c = w & (ones * 0xe0);
    uint64_t nz = (((q & lo) + lo) | q) & (((b & lo) + lo) | b) &
                  (((c & lo) + lo) | c);
    *high = pack8(w);
    return pack8(~nz);
}

static inline unsigned stops16(const char *p, unsigned *high)
{
    unsigned h0, h1;
    unsigned m = stops8(load8(p), &h0) | stops8(load8(p + 8), &h1) << 8;
    *high = h0 | h1 << 8;
    return m;
}
#endif

/* Copies the sixteen bytes at p to o. */
static inline void store16(char *o, const char *p)
{
#if DYAD_SSE2
    _mm_storeu_si128((__m128i *)(void *)o,
                     _mm_loadu_si128((const __m128i *)(const void *)p));
#else
    memcpy(o, p, 16);
#endif
}

static inline unsigned ctz32(unsigned m)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(m);
#else
    unsigned i = 0;
    for (; !(m & 1); m >>= 1)
        i++;
    return i;
#endif
}

/* What a two-byte escape's second byte stands for; 'u' for \u, 0 for
 * none. */
static const char unescape[256] = {
    ['"'] = '"', ['\\'] = '\\', ['/'] = '/', ['b'] = '\b', ['f'] = '\f',
    ['n'] = '\n', ['r'] = '\r', ['t'] = '\t', ['u'] = 'u'};

/* A string at p (at its opening quote): the byte after its closing quote,
 * or NULL to give up. *esc: it has escapes; *canon cleared when cJSON
 * would write it otherwise; *high set when it has a byte that is not
 * ASCII or a \u escape (a string without one needs no UTF-8 check,
 * fast_take). The record's zero bytes after its end (JSON_PAD) stop the
 * scan as any control byte does: no test of the end in the loop.
 *
 * With o, the string is decoded as cJSON decodes it into o (its length
 * in *olen) in the same pass: each block is stored as it is read, and an
 * escape writes its character and starts the next block after it. o
 * must have room for the string's length and 16 bytes more. Without o,
 * each stop of a block is taken from its mask (an escape clears its own
 * two bits) instead of reading the block again after it.
 *
 * Measured on all of Reuters-21578 (callgrind, Release; a text breaks a
 * line every 55 or so bytes, each a \n): dyad_reader_next took 146.5M
 * instructions when a string was skipped from stop to stop (skip_plain,
 * which also stopped at the first byte that is not ASCII) and decoded
 * again by jdecode's memchr and memcpy of each run between escapes;
 * 141.6M with the masks and the zero bytes after the record; 110.3M with
 * the decoding done in the scan. */
static inline const char *scan_str(const char *p, const char *e, int *esc,
                                   int *canon, unsigned *high, char *o,
                                   size_t *olen)
{
    unsigned hi = 0;
    char *o0 = o;
    *esc = 0;
    for (p++;;) {
        unsigned h, m;
        /* the blocks without a stop in a loop of their own: the
         * compiler keeps the masks' constants in registers (79.9M ->
         * 78.7M of dyad_reader_next on all of Reuters-21578); two
         * blocks an iteration (77.4M -> 76.5M) */
        for (;;) {
            unsigned h2, m2;
            if ((m = stops16(p, &h)) != 0)
                break;
            if (o)
                store16(o, p);
            hi |= h;
            if ((m2 = stops16(p + 16, &h2)) != 0) {
                p += 16;
                o = o ? o + 16 : NULL;
                m = m2;
                h = h2;
                break;
            }
            if (o) {
                store16(o + 16, p + 16);
                o += 32;
            }
            hi |= h2;
            p += 32;
        }
        const char *next = p + 16;
        if (o)
            store16(o, p);
        char *onext = o ? o + 16 : NULL;
        while (m) {
            unsigned i = ctz32(m);
            if (p[i] == '"') {
                hi |= h & ((1u << i) - 1);
                *high |= hi != 0;
                if (o)
                    *olen = (size_t)(o + i - o0);
                return p + i + 1;
            }
            if (p[i] != '\\')
                return NULL;            /* a control byte, or the end */
            *esc = 1;
            char d = unescape[(unsigned char)p[i + 1]];
            if (d == 'u') {
                unsigned cp;
                size_t n = u_escape(p + i, e, &cp);
                if (!n)
                    return NULL;
                *canon = 0;
                hi = 1;   /* it may decode to any character */
                next = p + i + n;
                if (o)
                    onext = o + i + dyad_utf8_encode(cp, o + i);
                break;
            }
            if (!d)
                return NULL;
            if (d == '/')
                *canon = 0;
            if (o) {
                o[i] = d;
                next = p + i + 2;
                onext = o + i + 1;
                break;
            }
            if (i == 15)
                next++;   /* the escaped byte opens the next block */
            m &= ~(3u << i);
        }
        hi |= h;
        p = next;
        o = onext;
    }
}

static const char *scan_string(const char *p, const char *e, int *esc,
                               int *canon, unsigned *high)
{
    return scan_str(p, e, esc, canon, high, NULL, NULL);
}

static const char *scan_decode(const char *p, const char *e, int *esc,
                               int *canon, unsigned *high, char *o,
                               size_t *olen)
{
    return scan_str(p, e, esc, canon, high, o, olen);
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* A number at p in JSON's grammar: the byte after it, or NULL. *canon
 * cleared unless cJSON writes the number back as these same characters:
 * an integer of up to 15 digits (not -0), or a decimal fraction with up to
 * 15 significant digits, no trailing zero and at most three zeros after
 * the point before the first digit (%1.15g prints those as written). */
static const char *scan_number(const char *p, const char *e, int *canon)
{
    const char *s = p;
    if (p < e && *p == '-')
        p++;
    const char *ip = p;
    if (p < e && *p == '0')
        p++;
    else if (p < e && *p >= '1' && *p <= '9')
        while (p < e && is_digit(*p))
            p++;
    else
        return NULL;
    size_t ilen = (size_t)(p - ip), flen = 0, lead = 0;
    const char *fp = NULL;
    if (p < e && *p == '.') {
        fp = ++p;
        while (p < e && is_digit(*p))
            p++;
        flen = (size_t)(p - fp);
        if (!flen)
            return NULL;
    }
    int expo = 0;
    if (p < e && (*p == 'e' || *p == 'E')) {
        expo = 1;
        p++;
        if (p < e && (*p == '+' || *p == '-'))
            p++;
        if (p == e || !is_digit(*p))
            return NULL;
        while (p < e && is_digit(*p))
            p++;
    }
    if (p - s >= 64)
        return NULL;
    int ok = !expo;
    if (ok && !fp) {
        ok = ilen <= 15 && !(*s == '-' && ilen == 1 && *ip == '0');
    } else if (ok) {
        ok = fp[flen - 1] != '0';
        if (*ip == '0') {
            while (lead < flen && fp[lead] == '0')
                lead++;
            ok = ok && lead <= 3 && flen - lead <= 15;
        } else {
            ok = ok && ilen + flen <= 15;
        }
    }
    if (!ok)
        *canon = 0;
    return p;
}

static const char *skip_ws(const char *p, const char *e, int *canon)
{
    /* none, or one space (after a comma or colon), without the loop:
     * 96.6M -> 95.0M instructions of dyad_reader_next on Reuters-21578.
     * The byte at e can be read (the record's, or a zero of JSON_PAD):
     * at e, either test returns e, as the loop would (78.7M -> 78.4M) */
    if ((unsigned char)*p > ' ')
        return p;
    if (e - p > 1 && *p == ' ' && (unsigned char)p[1] > ' ') {
        *canon = 0;
        return p + 1;
    }
    const char *s = p;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p != s)
        *canon = 0;
    return p;
}

/* The string at p as scan_value reads it. Inline in scan_object and
 * scan_nested too: a member's or element's string without a call of
 * scan_value (93.9M -> 93.1M of dyad_reader_next on Reuters-21578 for
 * members, 87.8M -> 87.2M for elements). */
static inline const char *string_value(const char *p, const char *e,
                                       jfield *f, char *o)
{
    unsigned high = 0;
    const char *q;
    f->canon = 1;
    f->lazy = 0;
    if (o) {
        f->d = o + 1;
        q = scan_decode(p, e, &f->esc, &f->canon, &high, o + 1, &f->dlen);
    } else {
        q = scan_string(p, e, &f->esc, &f->canon, &high);
    }
    if (!q)
        return NULL;
    f->ascii = !high;
    f->type = J_STR;
    f->v = p + 1;
    f->vlen = (size_t)(q - p) - 2;
    return q;
}

static const char *scan_value(const char *p, const char *e, int depth,
                              jfield *f, char *o);

/* The members of an object or the elements of an array at p (at its
 * bracket), checked: the byte after it, or NULL. */
static const char *scan_nested(const char *p, const char *e, int depth,
                               int *canon)
{
    char close = *p == '{' ? '}' : ']';
    int obj = close == '}';
    if (depth >= FAST_DEPTH)
        return NULL;
    p = skip_ws(p + 1, e, canon);
    if (p < e && *p == close)
        return p + 1;
    for (;;) {
        jfield v;
        if (obj) {
            int esc;
            unsigned high = 0;
            if (p == e || *p != '"' ||
                !(p = scan_string(p, e, &esc, canon, &high)))
                return NULL;
            p = skip_ws(p, e, canon);
            if (p == e || *p != ':')
                return NULL;
            p = skip_ws(p + 1, e, canon);
        }
        if (!(p = p < e && *p == '"' ? string_value(p, e, &v, NULL)
                                     : scan_value(p, e, depth + 1, &v, NULL)))
            return NULL;
        *canon &= v.canon;
        p = skip_ws(p, e, canon);
        if (p < e && *p == close)
            return p + 1;
        if (p == e || *p != ',')
            return NULL;
        p = skip_ws(p + 1, e, canon);
    }
}

/* The number at p as scan_value reads it, inline in scan_object (87.2M
 * -> 86.9M of dyad_reader_next on Reuters-21578, an id a record). */
static inline const char *number_value(const char *p, const char *e,
                                       jfield *f)
{
    const char *q;
    f->canon = 1;
    f->esc = 0;
    f->lazy = 0;
    f->ascii = 0;
    if (!(q = scan_number(p, e, &f->canon)))
        return NULL;
    f->type = J_NUM;
    f->v = p;
    f->vlen = (size_t)(q - p);
    return q;
}

/* The object or array at p as scan_value reads it, inline in scan_object
 * (a record's arrays without a call of scan_value: 78.4M -> 77.4M of
 * dyad_reader_next on all of Reuters-21578). */
static inline const char *nested_value(const char *p, const char *e,
                                       int depth, jfield *f)
{
    const char *q;
    f->canon = 1;
    f->esc = 0;
    f->lazy = 0;
    f->ascii = 0;
    if (!(q = scan_nested(p, e, depth, &f->canon)))
        return NULL;
    f->type = *p == '{' ? J_OBJ : J_ARR;
    f->v = p;
    f->vlen = (size_t)(q - p);
    return q;
}

/* Any value at p: its type and text in *f (key untouched); the byte after
 * it, or NULL. A string is decoded into o + 1 (o for the byte at p) when
 * o is given (scan_str). */
static const char *scan_value(const char *p, const char *e, int depth,
                              jfield *f, char *o)
{
    static const struct {
        const char *word;
        size_t len;
        enum jtype type;
    } lits[] = {{"null", 4, J_NULL}, {"false", 5, J_FALSE}, {"true", 4, J_TRUE}};
    const char *s = p, *q;
    f->canon = 1;
    f->esc = 0;
    f->lazy = 0;
    f->ascii = 0;
    if (p == e)
        return NULL;
    switch (*p) {
    case '"':
        return o ? string_value(p, e, f, o) : string_value(p, e, f, NULL);
    case '{':
    case '[':
        return nested_value(p, e, depth, f);
    case 'n':
    case 'f':
    case 't':
        for (int i = 0; i < 3; i++)
            if ((size_t)(e - p) >= lits[i].len &&
                memcmp(p, lits[i].word, lits[i].len) == 0) {
                f->type = lits[i].type;
                f->v = p;
                f->vlen = lits[i].len;
                return p + lits[i].len;
            }
        return NULL;
    default:
        if (!(q = scan_number(p, e, &f->canon)))
            return NULL;
        f->type = J_NUM;
        break;
    }
    f->v = s;
    f->vlen = (size_t)(q - s);
    return q;
}

/* The string at p (at its opening quote) only delimited: the byte after
 * its closing quote, or NULL. A backslash takes the byte after it, a
 * control byte is passed (the check that follows rejects it). */
static const char *skip_string(const char *p, const char *e)
{
    for (p++; p < e;) {
        unsigned h, m = stops16(p, &h);
        const char *next = p + 16;
        while (m) {
            unsigned i = ctz32(m);
            if (p[i] == '"')
                return p + i < e ? p + i + 1 : NULL;
            if (p[i] == '\\') {
                if (i == 15)
                    next++;
                m &= ~(3u << i);
            } else {
                m &= m - 1;
            }
        }
        p = next;
    }
    return NULL;
}

/* The array at p (at its bracket), only delimited: the byte after its
 * closing bracket, found by counting brackets outside strings, or NULL.
 * Its content is checked where it is read (fast_scored reads every
 * element of a scored line's pairs; otherwise jcheck), so that a record's
 * pairs are scanned once, not twice. For valid JSON the end found is the
 * array's end; for anything else the check that follows fails. */
static const char *skip_array(const char *p, const char *e, jfield *f)
{
    const char *s = p;
    size_t depth = 0;
    for (; p < e; p++) {
        char c = *p;
        if (c == '"') {
            if (!(p = skip_string(p, e)))
                return NULL;
            p--;
        } else if (c == '[' || c == '{') {
            depth++;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) {
                if (c != ']')
                    return NULL;
                f->type = J_ARR;
                f->v = s;
                f->vlen = (size_t)(p + 1 - s);
                f->canon = 0;
                f->esc = 0;
                f->lazy = 1;
                return p + 1;
            }
        }
    }
    return NULL;
}

/* A lazy field's value checked as scan_value would have: 1 if valid. */
static int jcheck(jfield *x)
{
    jfield v;
    const char *e = x->v + x->vlen;
    if (!x->lazy)
        return 1;
    if (scan_value(x->v, e, 1, &v, NULL) != e)
        return 0;
    x->canon = v.canon;
    x->lazy = 0;
    return 1;
}

/* A key at p (at its opening quote): the byte after its closing quote, or
 * NULL for a key with escapes (or anything scan_string gives up on). A
 * key of up to 15 bytes is one block and the first stop of its mask (45
 * -> 15 or so instructions a key: dyad_reader_next on Reuters-21578
 * 89.2M -> 87.8M). */
static inline const char *scan_key(const char *p, const char *e)
{
    unsigned h, m = stops16(p + 1, &h);
    if (m) {
        unsigned i = ctz32(m);
        return p[1 + i] == '"' ? p + 2 + i : NULL;
    }
    int esc, canon = 1;
    unsigned high = 0;
    const char *q = scan_string(p, e, &esc, &canon, &high);
    return q && !esc ? q : NULL;
}

/* The members of the object at p (at its brace) into o (up to
 * FAST_FIELDS): the byte after it, or NULL to give up (also for a key
 * with escapes, a key given twice, or too many members). At the top level
 * a "pairs" array is only delimited (skip_array). With dec (for the byte
 * at p, as long as the object and 16 bytes more), its member strings are
 * decoded into dec at their own offsets: a string decodes to no more
 * bytes than it has. A key is looked for among the keys before it only
 * when its key_slot bit is set already. */
static const char *scan_object(const char *p, const char *e, int depth,
                               jobj *o, char *dec)
{
    const char *s = p;
    jfield *f = o->f;
    int canon = 1;
    o->n = 0;
    o->keys = 0;
    o->multi = 0;
    if (p == e || *p != '{' || depth >= FAST_DEPTH)
        return NULL;
    p = skip_ws(p + 1, e, &canon);
    if (p < e && *p == '}')
        return p + 1;
    for (;;) {
        if (o->n == FAST_FIELDS || p == e || *p != '"')
            return NULL;
        const char *k = p + 1;
        if (!(p = scan_key(p, e)))
            return NULL;
        jfield *x = &f[o->n];
        x->key = k;
        x->klen = (size_t)(p - k) - 1;
        x->tag = key_tag(k, x->klen);
        unsigned b = key_slot(x->tag);
        uint64_t bit = (uint64_t)1 << b;
        if (o->keys & bit) {
            for (size_t i = 0; i < o->n; i++)
                if (f[i].tag == x->tag && f[i].klen == x->klen &&
                    memcmp(f[i].key, k, x->klen) == 0)
                    return NULL;
            o->multi |= bit;
        } else {
            o->slot[b] = (unsigned char)o->n;
        }
        o->keys |= bit;
        p = skip_ws(p, e, &canon);
        if (p == e || *p != ':')
            return NULL;
        p = skip_ws(p + 1, e, &canon);
        if (depth == 0 && x->klen == 5 && memcmp(k, "pairs", 5) == 0 &&
            p < e && *p == '[')
            p = skip_array(p, e, x);
        else if (p < e && *p == '"')
            p = string_value(p, e, x, dec ? dec + (p - s) : NULL);
        else if (p < e && (*p == '-' || is_digit(*p)))
            p = number_value(p, e, x);
        else if (p < e && (*p == '[' || *p == '{'))
            p = nested_value(p, e, depth + 1, x);
        else
            p = scan_value(p, e, depth + 1, x, dec ? dec + (p - s) : NULL);
        if (!p)
            return NULL;
        o->n++;
        p = skip_ws(p, e, &canon);
        if (p < e && *p == '}')
            return p + 1;
        if (p == e || *p != ',')
            return NULL;
        p = skip_ws(p + 1, e, &canon);
    }
}

#if defined(__GNUC__)
#define JINLINE static inline __attribute__((always_inline))
#else
#define JINLINE static inline
#endif

/* The member named key, or NULL. A key that is not there is mostly told
 * by its bit, a member of another key by its tag, without memcmp. Inline
 * with jfind: a key known to the compiler (a literal, a default name)
 * has its length, tag and bit worked out as it compiles. */
JINLINE int jkey_is(const jfield *f, const char *key, size_t len,
                    unsigned tag)
{
    if (f->tag != tag || f->klen != len)
        return 0;
    /* the tag matched the ends: the bytes between, inline (a memcmp call
     * a field found cost 1.6M of 95.0M) */
    size_t j = 1;
    while (j + 1 < len && f->key[j] == key[j])
        j++;
    return j + 1 >= len;
}

JINLINE const jfield *jget(const jobj *o, const char *key)
{
    size_t len = strlen(key);
    unsigned tag = key_tag(key, len), b = key_slot(tag);
    uint64_t bit = (uint64_t)1 << b;
    if (!(o->keys & bit))
        return NULL;
    if (!(o->multi & bit)) {
        const jfield *f = &o->f[o->slot[b]];
        return jkey_is(f, key, len, tag) ? f : NULL;
    }
    for (size_t i = 0; i < o->n; i++)
        if (jkey_is(&o->f[i], key, len, tag))
            return &o->f[i];
    return NULL;
}

/* find_field over scanned members. */
JINLINE const jfield *jfind(const jobj *o, const char *opt,
                            const char *const *defaults)
{
    if (opt)
        return jget(o, opt);
    /* the first name, the one most records use, apart: the compiler
     * works out its length and tag (the loop's it does not; 92.2M ->
     * 89.2M instructions of dyad_reader_next on Reuters-21578) */
    const jfield *x = jget(o, defaults[0]);
    if (x && x->type != J_NULL)
        return x;
    for (defaults++; *defaults; defaults++) {
        x = jget(o, *defaults);
        if (x && x->type != J_NULL)
            return x;
    }
    return NULL;
}

/* A number's value as cJSON reads it (strtod of its text). 0 if strtod
 * reads it otherwise (a locale with another decimal point). */
static int jnum(const jfield *x, double *out)
{
    static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                                   1e15};
    char tmp[64], *end;
    if (!x || x->type != J_NUM)
        return 0;
    /* Up to 15 digits and no exponent: m and 10^k are exact doubles, so
     * m / 10^k is the correctly rounded value, as strtod's is. */
    const char *p = x->v, *e = x->v + x->vlen;
    int neg = *p == '-', digits = 0, frac = -1;
    uint64_t m = 0;
    for (p += neg; p < e && digits <= 15; p++) {
        if (*p == '.') {
            frac = 0;
        } else if (is_digit(*p)) {
            m = m * 10 + (uint64_t)(*p - '0');
            digits++;
            frac += frac >= 0;
        } else {
            break;
        }
    }
    if (p == e && digits <= 15) {
        double v = (double)m / pow10[frac > 0 ? frac : 0];
        *out = neg ? -v : v;
        return 1;
    }
    memcpy(tmp, x->v, x->vlen);
    tmp[x->vlen] = '\0';
    *out = strtod(tmp, &end);
    return *end == '\0';
}

/* 1 when x is a number written as an integer of at most 15 digits
 * without leading zeros ("1", "-42"): exact as a double, and printed by
 * "%.17g" as it is written, so an id like Reuters' needs no printf (4.2M
 * of 327M instructions on 2,000 Reuters-21578 articles). */
static int int_literal(const jfield *x)
{
    if (x->type != J_NUM)
        return 0;
    const char *p = x->v, *e = x->v + x->vlen;
    p += p < e && *p == '-';
    if (p == e || e - p > 15 || (*p == '0' && e - p > 1))
        return 0;
    for (; p < e; p++)
        if (!is_digit(*p))
            return 0;
    return 1;
}

/* 1 when x, a string, decodes to text that needs no decoding: its bytes
 * are used as they are. */
static int jplain(const jfield *x)
{
    return x->type == J_STR && !x->esc;
}

static int pair_name_ok(const char *s);

/* The defaults of a pair's optional counts, for a line of an older dyad
 * without them: no co-mentions, and goldstein the mean of the pair's
 * conflict and cooperation hits when it is not 0. */
static void optional_counts(dyad_scored_pair *x, int has_events,
                            int has_comentions)
{
    if (!has_events)
        x->events = x->goldstein != 0 ? x->conflict + x->cooperation : 0;
    if (!has_comentions)
        x->comentions = 0;
}

/* Appends n bytes and a NUL to the pool; the offset goes to *off. */
static int pool_putn(dyad_buf *b, const char *s, size_t n, size_t *off)
{
    *off = b->len;
    if (dyad_buf_append(b, s, n) != DYAD_OK)
        return DYAD_ENOMEM;
    return dyad_buf_append(b, "", 1);
}

static int fast_num(const jobj *o, const char *name, double lo,
                    double *out)
{
    double v;
    if (!jnum(jget(o, name), &v) || !(v >= lo) || !isfinite(v))
        return 0;
    *out = v;
    return 1;
}

static int fast_count(const jobj *o, const char *name, unsigned *out)
{
    double v;
    if (!fast_num(o, name, 0, &v) || v > UINT_MAX ||
        v != (double)(unsigned)v)
        return 0;
    *out = (unsigned)v;
    return 1;
}

/* scored_from over scanned members: 0 read, 1 give up (cJSON reads the
 * line, and says what is wrong with it), DYAD_ENOMEM. Evidence arrays are
 * kept as their text, which is what cJSON would write for them. */
static int fast_scored(dyad_scored_parser *p, const jobj *o)
{
    static const char *const nums[] = {"sentiment", "tone", "positive",
                                       "negative", "polarity"};
    double *dst[] = {&p->s.sentiment, &p->s.tone, &p->s.positive,
                     &p->s.negative, &p->s.polarity};
    const jfield *lex = jget(o, "lexicon"), *pairs = jget(o, "pairs");
    double words;
    if (!lex || !jplain(lex) || !pairs || pairs->type != J_ARR ||
        !fast_num(o, "words", 0, &words) || words >= (double)SIZE_MAX)
        return 1;
    for (int i = 0; i < 5; i++)
        if (!fast_num(o, nums[i], -1e9, dst[i]))
            return 1;
    p->s.words = (size_t)words;
    dyad_buf_clear(&p->pool);
    size_t lex_off, np = 0, off;
    if (pool_putn(&p->pool, lex->v, lex->vlen, &lex_off) != DYAD_OK)
        return DYAD_ENOMEM;
    int canon = 1;
    const char *q = pairs->v + 1, *e = pairs->v + pairs->vlen - 1;
    for (q = skip_ws(q, e, &canon); q < e; np++) {
        jobj po;
        if (!(q = scan_object(q, e, 2, &po, NULL)))
            return 1;
        if (dyad_grow(&p->pairs, &p->cap, np + 1, sizeof *p->pairs) < 0)
            return DYAD_ENOMEM;
        dyad_scored_pair *x = &p->pairs[np];
        const jfield *name = jget(&po, "pair");
        if (!name || !jplain(name) || name->vlen >= sizeof x->pair)
            return 1;
        memcpy(x->pair, name->v, name->vlen);
        x->pair[name->vlen] = '\0';
        if (!pair_name_ok(x->pair) ||
            !fast_count(&po, "sentences", &x->sentences) ||
            !fast_count(&po, "conflict", &x->conflict) ||
            !fast_count(&po, "cooperation", &x->cooperation) ||
            !fast_count(&po, "threats", &x->threats) ||
            !fast_count(&po, "acts", &x->acts) ||
            !fast_num(&po, "tone", -1, &x->tone) || x->tone > 1 ||
            !fast_num(&po, "goldstein", -10, &x->goldstein) ||
            x->goldstein > 10 ||
            (jget(&po, "events") &&
             !fast_count(&po, "events", &x->events)) ||
            (jget(&po, "comentions") &&
             !fast_count(&po, "comentions", &x->comentions)))
            return 1;
        optional_counts(x, jget(&po, "events") != NULL,
                        jget(&po, "comentions") != NULL);
        const jfield *ev = jget(&po, "evidence");
        int arr = ev && ev->type == J_ARR;
        if (arr && !ev->canon)
            return 1;
        if (pool_putn(&p->pool, arr ? ev->v : "[]", arr ? ev->vlen : 2,
                      &off) != DYAD_OK)
            return DYAD_ENOMEM;
        /* keep the offset in the pointer until the pool stops moving */
        x->evidence = (const char *)(uintptr_t)off;
        q = skip_ws(q, e, &canon);
        if (q < e) {   /* a comma and another element (pairs is lazy) */
            if (*q != ',')
                return 1;
            q = skip_ws(q + 1, e, &canon);
            if (q == e)
                return 1;
        }
    }
    scored_done(p, lex_off, np);
    return 0;
}

/* The object in s[0, len) with nothing but whitespace around it, scanned
 * into f: 1, or 0 to give up. s[len, len + JSON_PAD) must be zero. With
 * dec (len + JSON_PAD bytes), its member strings are decoded there. */
static int scan_record(const char *s, size_t len, jobj *o, char *dec)
{
    int canon = 1;
    const char *e = s + len, *p = skip_ws(s, e, &canon);
    p = scan_object(p, e, 0, o, dec ? dec + (p - s) : NULL);
    return p && skip_ws(p, e, &canon) == e;
}

/* Makes b's JSON_PAD bytes after its end zero (scan_record). The room is
 * there but for the first records: no call then. */
static int pad_record(dyad_buf *b)
{
    if (b->cap < b->len + JSON_PAD + 1 &&
        dyad_buf_reserve(b, JSON_PAD) != DYAD_OK)
        return DYAD_ENOMEM;
    memset(b->data + b->len, 0, JSON_PAD);
    return DYAD_OK;
}

/* take_text of a scanned string, without a copy: the string decoded in
 * the record's copy (scan_record's dec), ended there with a NUL, in *out
 * and *len when it is UTF-8 (ASCII needs no check), else repaired into
 * dst. 0 ok, 1 beyond repair, DYAD_ENOMEM. Where the text was copied
 * into r->text: fast_take 5.35M -> 0 of 110.3M instructions of
 * dyad_reader_next on all of Reuters-21578. */
static int fast_take(const jfield *x, dyad_buf *dst, int *repaired,
                     const char **out, size_t *len)
{
    x->d[x->dlen] = '\0';   /* at the string's closing quote at most */
    if (!x->ascii && dyad_utf8_invalid(x->d, x->dlen)) {
        int k = take_text_n(x->d, x->dlen, dst, repaired);
        if (k != 0)
            return k;
        *out = dst->data;
        *len = dst->len;
        return 0;
    }
    *out = x->d;
    *len = x->dlen;
    return 0;
}

/* get_text over scanned members (text and title in *s with their
 * lengths): 1, 0 to give up, DYAD_ENOMEM. */
static int fast_text(dyad_reader *r, const jobj *o, const jfield *text,
                     dyad_article *a, const char **s, size_t *len)
{
    if (text && text->type != J_NULL && text->type != J_STR)
        return 0;
    const jfield *title = jfind(o, r->opts.title_field, default_title);
    if (title && title->type != J_NULL && title->type != J_STR)
        return 0;
    int k = 0;
    if (text && text->type == J_STR)
        k = fast_take(text, &r->text, &a->repaired, &s[0], &len[0]);
    if (k == 0 && title && title->type == J_STR)
        k = fast_take(title, &r->title, &a->repaired, &s[1], &len[1]);
    if (k != 0)
        return k < 0 ? k : 0;
    return has_words_n(s[0], len[0]) || has_words_n(s[1], len[1]);
}

/* convert without cJSON: 1 read, 0 give up (convert reads the record
 * with cJSON), DYAD_ENOMEM. Counts nothing before it succeeds. */
static int fast_convert(dyad_reader *r, dyad_article *a)
{
    jobj o;
    int rc = DYAD_OK;   /* set on every path; GCC 12 at -O2 with ASan cannot see it */
    if (r->tmp.cap < r->rec.len + JSON_PAD + 1)
        dyad_buf_clear(&r->tmp);   /* room for the strings, scan_record */
    if ((rc = pad_record(&r->rec)) != DYAD_OK ||
        (r->tmp.cap < r->rec.len + JSON_PAD + 1 &&
         (rc = dyad_buf_reserve(&r->tmp, r->rec.len + JSON_PAD)) != DYAD_OK))
        /* a NUL byte is rejected before memory runs out, as it was */
        return memchr(r->rec.data, '\0', r->rec.len) ? 0 : rc;
    if (!scan_record(r->rec.data, r->rec.len, &o, r->tmp.data))
        return 0;
    a->repaired = 0;
    a->scored = NULL;
    const char *tt[2] = {"", ""};   /* text, title */
    size_t tl[2] = {0, 0};
    const jfield *text = jfind(&o, r->opts.text_field, default_text);
    const jfield *pairs = jget(&o, "pairs"), *lex = jget(&o, "lexicon");
    if ((!text || text->type == J_NULL) && pairs && pairs->type == J_ARR &&
        lex && lex->type == J_STR) {
        if (!r->sp && !(r->sp = dyad_scored_parser_new()))
            return DYAD_ENOMEM;
        if ((rc = fast_scored(r->sp, &o)) != 0)
            return rc < 0 ? rc : 0;
        a->scored = &r->sp->s;
    } else if ((pairs && !jcheck((jfield *)pairs)) ||
               (rc = fast_text(r, &o, text, a, tt, tl)) != 1) {
        return pairs && pairs->lazy ? 0 : rc;
    }
    const jfield *date = jfind(&o, r->opts.date_field, default_date);
    double v;
    /* no message to keep: cJSON's path says what is wrong (a zeroed
     * dyad_err cost 1.5M instructions on Reuters-21578) */
    if (date && jplain(date))
        rc = dyad_date_parse(date->v, date->vlen, &a->date, NULL);
    else if (jnum(date, &v))
        rc = dyad_date_from_number(v, &a->date, NULL);
    else
        return 0;
    if (rc != DYAD_OK)
        return 0;
    /* from its year, month and day, which the parse found (dyad_date_iso
     * found them again from the day: on all of Reuters-21578 2.2M -> 0.8M
     * instructions) */
    dyad_date__iso(&a->date, a->date_iso);
    if (a->date.year < 1000 || a->date.unix > r->opts.now + 2 * 86400)
        return 0;
    const jfield *idf = jfind(&o, r->opts.id_field, default_id);
    dyad_buf_clear(&r->id);
    if (idf && idf->type == J_STR && idf->vlen)
        rc = idf->esc ? dyad_buf_append(&r->id, idf->d, idf->dlen)
                      : dyad_buf_append(&r->id, idf->v, idf->vlen);
    else if (idf && int_literal(idf))
        rc = dyad_buf_append(&r->id, idf->v, idf->vlen);
    else if (idf && idf->type == J_NUM)
        rc = jnum(idf, &v) ? dyad_buf_printf(&r->id, "%.17g", v) : 1;
    else if (idf && idf->type != J_NULL && idf->type != J_STR)
        return 0;
    else
        rc = hash_id(r, a, tt[1], tl[1], tt[0], tl[0]);
    if (rc != DYAD_OK)
        return rc < 0 ? rc : 0;
    /* an id from ASCII (a number, a hash, an ASCII string) is UTF-8 */
    if (idf && idf->type == J_STR && !idf->ascii &&
        dyad_utf8_invalid(r->id.data, r->id.len))
        return 0;   /* cJSON's path repairs it */
    finish(r, a);
    a->title = tt[1];
    a->text = tt[0];
    a->text_len = tl[0];
    return 1;
}

static int convert(dyad_reader *r, dyad_article *a, dyad_err *err)
{
    int rc;
    if (r->rec_oversize)
        return reject(r, err, 0,
                      "record longer than %zu bytes (--max-article-bytes; "
                      "not kept in --rejects)",
                      r->opts.max_record_bytes);
    /* the scanner gives up on a NUL byte: a record it reads has none */
    if (!r->opts.cjson_only && (rc = fast_convert(r, a)) != 0)
        return rc > 0 ? rc
                      : dyad_err_set(err, rc, r->name, r->rec_line,
                                     "out of memory");
    if (memchr(r->rec.data, '\0', r->rec.len))
        return reject(r, err, 0, "NUL byte in record");
    const char *end = NULL;
    cJSON *obj = cJSON_ParseWithLengthOpts(r->rec.data, r->rec.len, &end, 0);
    if (!obj) {
        const char *at = cJSON_GetErrorPtr();
        unsigned long col = 0;
        if (at && at >= r->rec.data && at <= r->rec.data + r->rec.len)
            col = (unsigned long)(at - r->rec.data) + 1;
        return reject(r, err, col, "invalid JSON%s",
                      col > r->rec.len ? " (truncated record)" : "");
    }
    while (end && end < r->rec.data + r->rec.len && is_ws(*end))
        end++;
    if (end && end < r->rec.data + r->rec.len) {
        rc = reject(r, err, (unsigned long)(end - r->rec.data) + 1,
                    "data after the JSON value");
        goto out;
    }
    if (!cJSON_IsObject(obj)) {
        rc = reject(r, err, 0, "record is not a JSON object");
        goto out;
    }
    int nul = 0;
    unsigned long ucol = bad_u_escape(r->rec.data, r->rec.len, &nul);
    if (ucol) {
        rc = reject(r, err, ucol,
                    nul ? "NUL character (\\u0000) in a string"
                        : "invalid JSON (\\u escape without four hex digits)");
        goto out;
    }
    a->repaired = 0;
    a->scored = NULL;
    dyad_buf_clear(&r->text);
    dyad_buf_clear(&r->title);
    const cJSON *text = find_field(obj, r->opts.text_field, default_text);
    int scored = (!text || cJSON_IsNull(text)) &&
                 cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(obj, "pairs")) &&
                 cJSON_IsString(cJSON_GetObjectItemCaseSensitive(obj, "lexicon"));
    if (scored) {
        char why[160];
        if (!r->sp && !(r->sp = dyad_scored_parser_new()))
            goto nomem;
        int k = scored_from(r->sp, obj, why, sizeof why);
        if (k < 0)
            goto nomem;
        if (k > 0) {
            rc = reject(r, err, 0, "scored record: %s", why);
            goto out;
        }
        a->scored = &r->sp->s;
    } else if ((rc = get_text(r, obj, text, a, err)) != 1) {
        goto out;
    }
    if ((rc = get_date(r, obj, a, err)) != 1)
        goto out;
    const cJSON *idf = find_field(obj, r->opts.id_field, default_id);
    if (idf && !cJSON_IsNull(idf) && !cJSON_IsString(idf) &&
        !cJSON_IsNumber(idf)) {
        rc = reject(r, err, 0, "id field '%s' is not a string or number",
                    idf->string);
        goto out;
    }
    if (get_id(r, obj, a) != DYAD_OK)
        goto nomem;
    if (dyad_utf8_invalid(r->id.data, r->id.len)) {
        /* the id is written out as text: repaired as a text is */
        int rep = 0;
        dyad_buf_clear(&r->tmp);
        if (dyad_buf_append(&r->tmp, r->id.data, r->id.len) != DYAD_OK)
            goto nomem;
        int k = take_text_n(r->tmp.data, r->tmp.len, &r->id, &rep);
        if (k < 0)
            goto nomem;
        if (k == 1) {
            rc = reject(r, err, 0, "id is not UTF-8 (binary data?)");
            goto out;
        }
    }
    finish(r, a);
    rc = 1;
    goto out;
nomem:
    rc = dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line, "out of memory");
out:
    cJSON_Delete(obj);
    return rc;
}

/* Records of CSV files and feeds. */

int dyad_in_fields_article(dyad_reader *r, const dyad_in_fields *f,
                           const char *where, dyad_article *a,
                           dyad_err *err)
{
    a->repaired = 0;
    a->scored = NULL;
    dyad_buf_clear(&r->text);
    dyad_buf_clear(&r->title);
    if ((f->text && memchr(f->text, '\0', f->text_len)) ||
        (f->title && memchr(f->title, '\0', f->title_len)) ||
        (f->id && memchr(f->id, '\0', f->id_len)))
        return reject(r, err, 0, "NUL byte in record");
    int k = 0;
    if (f->text)
        k = take_text_n(f->text, f->text_len, &r->text, &a->repaired);
    if (k == 0 && f->title)
        k = take_text_n(f->title, f->title_len, &r->title, &a->repaired);
    if (k == 1)
        return reject(r, err, 0,
                      "text is not UTF-8 and not repairable (binary data?)");
    if (k < 0)
        goto nomem;
    if (!has_words(&r->text) && !has_words(&r->title))
        return reject(r, err, 0, "no text and no title%s", where);
    size_t dl = f->date ? f->date_len : 0;
    const char *d = f->date;
    while (dl && is_ws((unsigned char)*d))
        d++, dl--;
    while (dl && is_ws((unsigned char)d[dl - 1]))
        dl--;
    if (!dl)
        return reject(r, err, 0, "no date%s", where);
    char basic[11];
    if (dl == 8 && strspn(d, "0123456789") >= 8) {
        /* ISO 8601's basic form, YYYYMMDD (as in some news CSVs) */
        snprintf(basic, sizeof basic, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
        d = basic;
        dl = 10;
    }
    dyad_err derr = {0};
    if (dyad_date_parse(d, dl, &a->date, &derr) != DYAD_OK)
        return reject(r, err, 0, "bad date in '%s': %s",
                      f->date_name ? f->date_name : "date", derr.msg);
    int rc = date_in_range(r, a, err);
    if (rc != 1)
        return rc;
    dyad_buf_clear(&r->id);
    k = 0;
    if (f->id && f->id_len) {
        int rep = 0;
        k = take_text_n(f->id, f->id_len, &r->id, &rep);
        if (k == 1)
            return reject(r, err, 0, "id is not UTF-8 (binary data?)");
    } else {
        k = hash_id_bufs(r, a);
    }
    if (k < 0)
        goto nomem;
    finish(r, a);
    return 1;
nomem:
    return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                        "out of memory");
}

/* Lines of `dyad score` output. */

dyad_scored_parser *dyad_scored_parser_new(void)
{
    return dyad_calloc(1, sizeof(dyad_scored_parser));
}

void dyad_scored_parser_cjson_only(dyad_scored_parser *p, int on)
{
    p->cjson_only = on;
}

void dyad_scored_parser_free(dyad_scored_parser *p)
{
    if (!p)
        return;
    dyad_free(p->pairs);
    dyad_buf_free(&p->pool);
    dyad_buf_free(&p->line);
    dyad_free(p);
}

static int num_field(const cJSON *o, const char *name, double lo, double *out)
{
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, name);
    /* cJSON reads 1e999 as inf, which would be written back as null */
    if (!cJSON_IsNumber(f) || !(f->valuedouble >= lo) ||
        !isfinite(f->valuedouble))
        return 0;
    *out = f->valuedouble;
    return 1;
}

static int count_field(const cJSON *o, const char *name, unsigned *out)
{
    double v;
    /* the cast is undefined past UINT_MAX: check the range first */
    if (!num_field(o, name, 0, &v) || v > UINT_MAX ||
        v != (double)(unsigned)v)
        return 0;
    *out = (unsigned)v;
    return 1;
}

/* "AAA-BBB": two codes of 2-8 capitals, in order. */
static int pair_name_ok(const char *s)
{
    const char *dash = strchr(s, '-');
    size_t la = dash ? (size_t)(dash - s) : 0, lb = dash ? strlen(dash + 1) : 0;
    if (la < 2 || la > 8 || lb < 2 || lb > 8)
        return 0;
    for (const char *q = s; *q; q++)
        if (q != dash && (*q < 'A' || *q > 'Z'))
            return 0;
    char a[9];
    memcpy(a, s, la);
    a[la] = '\0';
    return strcmp(a, dash + 1) < 0;
}

/* Appends s and a NUL to the pool; the offset goes to *off. */
static int pool_put(dyad_buf *b, const char *s, size_t *off)
{
    *off = b->len;
    return dyad_buf_append(b, s, strlen(s) + 1);
}

/* 0 ok, 1 malformed (reason in why), DYAD_ENOMEM. */
static int scored_from(dyad_scored_parser *p, const cJSON *obj, char *why,
                       size_t whyn)
{
    static const char *const nums[] = {"sentiment", "tone", "positive",
                                       "negative", "polarity"};
    double *dst[] = {&p->s.sentiment, &p->s.tone, &p->s.positive,
                     &p->s.negative, &p->s.polarity};
    double words;
    dyad_buf_clear(&p->pool);
    if (!num_field(obj, "words", 0, &words) || words >= (double)SIZE_MAX) {
        snprintf(why, whyn, "'words' is not a count");
        return 1;
    }
    p->s.words = (size_t)words;
    for (int i = 0; i < 5; i++)
        if (!num_field(obj, nums[i], -1e9, dst[i])) {
            snprintf(why, whyn, "'%s' is not a number", nums[i]);
            return 1;
        }
    size_t lex_off, n = 0;
    const cJSON *lexv = cJSON_GetObjectItemCaseSensitive(obj, "lexicon");
    if (pool_put(&p->pool, lexv->valuestring, &lex_off) != DYAD_OK)
        return DYAD_ENOMEM;
    const cJSON *pairs = cJSON_GetObjectItemCaseSensitive(obj, "pairs"), *pv;
    int rc = 0;
    cJSON_ArrayForEach(pv, pairs) {
        if (dyad_grow(&p->pairs, &p->cap, n + 1, sizeof *p->pairs) < 0)
            return DYAD_ENOMEM;
        dyad_scored_pair *q = &p->pairs[n];
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(pv, "pair");
        if (!cJSON_IsString(name) || strlen(name->valuestring) >= sizeof q->pair ||
            !pair_name_ok(name->valuestring)) {
            snprintf(why, whyn, "pair %zu has no valid 'pair' name", n + 1);
            return 1;
        }
        strcpy(q->pair, name->valuestring);
        if (!count_field(pv, "sentences", &q->sentences) ||
            !count_field(pv, "conflict", &q->conflict) ||
            !count_field(pv, "cooperation", &q->cooperation) ||
            !count_field(pv, "threats", &q->threats) ||
            !count_field(pv, "acts", &q->acts) ||
            !num_field(pv, "tone", -1, &q->tone) || q->tone > 1 ||
            !num_field(pv, "goldstein", -10, &q->goldstein) ||
            q->goldstein > 10) {
            snprintf(why, whyn, "pair %s has a missing or bad count or score",
                     q->pair);
            return 1;
        }
        const cJSON *evn = cJSON_GetObjectItemCaseSensitive(pv, "events");
        const cJSON *cm = cJSON_GetObjectItemCaseSensitive(pv, "comentions");
        if ((evn && !count_field(pv, "events", &q->events)) ||
            (cm && !count_field(pv, "comentions", &q->comentions))) {
            snprintf(why, whyn, "pair %s has a bad 'events' or 'comentions' "
                     "count", q->pair);
            return 1;
        }
        optional_counts(q, evn != NULL, cm != NULL);
        const cJSON *ev = cJSON_GetObjectItemCaseSensitive(pv, "evidence");
        char *evs = cJSON_IsArray(ev) ? cJSON_PrintUnformatted(ev) : NULL;
        size_t off;
        rc = pool_put(&p->pool, evs ? evs : "[]", &off);
        cJSON_free(evs);
        if (rc != DYAD_OK)
            return DYAD_ENOMEM;
        /* keep the offset in the pointer until the pool stops moving */
        q->evidence = (const char *)(uintptr_t)off;
        n++;
    }
    scored_done(p, lex_off, n);
    return 0;
}

int dyad_scored_parse(dyad_scored_parser *p, const char *json, size_t len,
                      const dyad_scored **out, dyad_err *err)
{
    jobj o;
    int rc = 1;
    if (!p->cjson_only) {
        dyad_buf_clear(&p->line);
        if (dyad_buf_append(&p->line, json, len) != DYAD_OK ||
            pad_record(&p->line) != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    }
    if (!p->cjson_only && scan_record(p->line.data, len, &o, NULL) &&
        (rc = fast_scored(p, &o)) <= 0) {
        if (rc < 0)
            return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        *out = &p->s;
        return DYAD_OK;
    }
    cJSON *obj = cJSON_ParseWithLength(json, len);
    char why[160] = "not a JSON object";
    rc = 1;
    if (cJSON_IsObject(obj) &&
        cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(obj, "pairs")) &&
        cJSON_IsString(cJSON_GetObjectItemCaseSensitive(obj, "lexicon")))
        rc = scored_from(p, obj, why, sizeof why);
    else if (obj)
        snprintf(why, sizeof why, "no 'pairs' array or 'lexicon' string");
    cJSON_Delete(obj);
    if (rc < 0)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    if (rc > 0)
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0, "scored record: %s",
                            why);
    *out = &p->s;
    return DYAD_OK;
}

/* Reads the next JSON record into rec (skipping blank lines): 1, 0 at the
 * end, 2 to decide the format again, or an error. */
static int next_json(dyad_reader *r, dyad_err *err)
{
    if (r->mode == MODE_ARRAY)
        return read_element(r, err);
    for (;;) {
        int rc = read_line(r, err);
        if (rc <= 0) {
            r->mode = MODE_DONE;
            return rc < 0 && rc != DYAD_EIO ? rc : 0;
        }
        if (r->rec.len && r->rec.data[r->rec.len - 1] == '\r')
            r->rec.data[--r->rec.len] = '\0';
        size_t i = 0;
        while (i < r->rec.len && is_ws((unsigned char)r->rec.data[i]))
            i++;
        if (r->array_lines && i < r->rec.len && !r->rec_oversize) {
            /* the lines of a broken array: an element's comma after it,
             * and the closing bracket, are not part of any record */
            size_t e = r->rec.len;
            while (e > i && is_ws((unsigned char)r->rec.data[e - 1]))
                e--;
            if (e - i == 1 && r->rec.data[i] == ']')
                continue;
            if (e - i > 1 && r->rec.data[e - 1] == ',' &&
                r->rec.data[i] == '{') {
                r->rec.len = e - 1;
                r->rec.data[r->rec.len] = '\0';
            }
        }
        if (i < r->rec.len || r->rec_oversize)
            return 1;
    }
}

int dyad_reader_next(dyad_reader *r, dyad_article *a, dyad_err *err)
{
    int rc;
    for (;;) {
        if (r->mode == MODE_UNKNOWN && (rc = detect_mode(r, err)) <= 0)
            break;
        if (r->mode == MODE_DONE) {
            rc = 0;
            break;
        }
        if (r->mode == MODE_CSV || r->mode == MODE_FEED) {
            rc = r->mode == MODE_CSV ? dyad_csv_next(r, a, err)
                                     : dyad_feed_next(r, a, err);
            if (rc != 0)
                return rc;
            break;
        }
        rc = next_json(r, err);
        if (rc == 2)
            continue;
        if (rc != 1)
            break;
        r->stats.read++;
        if (!r->rec.data && dyad_buf_reserve(&r->rec, 0) != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, r->name, r->rec_line,
                                "out of memory");
        return convert(r, a, err);
    }
    if (rc == 0 && r->io_pending) {
        /* the read error, after the records read before it */
        r->io_pending = 0;
        r->mode = MODE_DONE;
        if (err)
            *err = r->io_err;
        return DYAD_EIO;
    }
    return rc;
}

int dyad_evidence_each(const char *json,
                       int (*fn)(void *arg, const char *sentence,
                                 double tone),
                       void *arg, dyad_err *err)
{
    cJSON *arr = cJSON_Parse(json);
    if (!cJSON_IsArray(arr)) {
        cJSON_Delete(arr);
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0,
                            "evidence is not a JSON array");
    }
    const cJSON *e;
    cJSON_ArrayForEach(e, arr) {
        const cJSON *s = cJSON_GetObjectItemCaseSensitive(e, "sentence");
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(e, "tone");
        if (cJSON_IsString(s) &&
            fn(arg, s->valuestring, cJSON_IsNumber(t) ? t->valuedouble : 0))
            break;
    }
    cJSON_Delete(arr);
    return DYAD_OK;
}
